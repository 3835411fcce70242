//! `gesta train`: train the POS tagger, lemma table and dependency parser
//! on a UD treebank and write the model directory.

use anyhow::Context;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// UD treebank directory with *-ud-{train,dev,test}.conllu.
    #[arg(long)]
    pub ud: PathBuf,
    /// Output model directory (gets syntax.bin).
    #[arg(long, default_value = "crates/syntax/model")]
    pub out: PathBuf,
    /// Where to write the derived lemma table [default: OUT/../data/lemmas.tsv].
    #[arg(long)]
    pub lemmas: Option<PathBuf>,
    /// Tagger training epochs.
    #[arg(long, default_value_t = gesta_syntax::train::Options::default().tagger_epochs)]
    pub tagger_epochs: usize,
    /// Parser training epochs.
    #[arg(long, default_value_t = gesta_syntax::train::Options::default().parser_epochs)]
    pub parser_epochs: usize,
    /// Jackknife folds for the parser's training tags.
    #[arg(long, default_value_t = gesta_syntax::train::Options::default().folds)]
    pub folds: usize,
    /// Shuffling/exploration seed (the committed model used 19; see docs/syntax.md).
    #[arg(long, default_value_t = gesta_syntax::train::Options::default().seed)]
    pub seed: u64,
    /// Pruning threshold for quantised weight rows (of 32000).
    #[arg(long, default_value_t = gesta_syntax::train::Options::default().min_q_actions)]
    pub min_q: i16,
    /// Report dev accuracy after every epoch.
    #[arg(long)]
    pub verbose: bool,
    /// Train on train + dev (test stays held-out; dev figures are then
    /// not held-out).
    #[arg(long)]
    pub with_dev: bool,
    /// Tagger feature templates to leave out (numbers or ranges, e.g.
    /// "3,5,10-12"; "" keeps all). See docs/syntax.md.
    #[arg(long, default_value = gesta_syntax::train::DEFAULT_DROP_TAGGER)]
    pub drop_tagger: String,
    /// Parser (action) feature templates to leave out.
    #[arg(long, default_value = gesta_syntax::train::DEFAULT_DROP_PARSER)]
    pub drop_parser: String,
    /// Arc-labeller feature templates to leave out.
    #[arg(long, default_value = gesta_syntax::train::DEFAULT_DROP_LABELLER)]
    pub drop_labeller: String,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let mut templates = gesta_syntax::Templates::all();
    for (part, list) in [
        ("tagger", &args.drop_tagger),
        ("parser", &args.drop_parser),
        ("labeller", &args.drop_labeller),
    ] {
        templates
            .drop_list(part, list)
            .map_err(|e| anyhow::anyhow!("--drop-{part}: {e}"))?;
    }
    let opts = gesta_syntax::train::Options {
        templates,
        tagger_epochs: args.tagger_epochs,
        parser_epochs: args.parser_epochs,
        folds: args.folds,
        seed: args.seed,
        verbose: args.verbose,
        with_dev: args.with_dev,
        min_q_tagger: args.min_q,
        min_q_actions: args.min_q,
        min_q_labeller: args.min_q,
    };
    let t = std::time::Instant::now();
    let trained = gesta_syntax::train::train(&args.ud, &opts, |m| eprintln!("{m}"))
        .with_context(|| format!("training on {}", args.ud.display()))?;
    trained.model.save(&args.out)?;
    let lemmas = args
        .lemmas
        .unwrap_or_else(|| args.out.join("..").join("data").join("lemmas.tsv"));
    if let Some(dir) = lemmas.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&lemmas, &trained.lemmas_tsv)
        .with_context(|| format!("writing {}", lemmas.display()))?;
    let size = std::fs::metadata(args.out.join(gesta_syntax::MODEL_FILE))
        .map(|m| m.len())
        .unwrap_or(0);
    println!("dev:  {}", trained.dev);
    println!("test: {}", trained.test);
    println!(
        "model: {} ({:.2} MB), lemmas: {}, trained in {:.1}s",
        args.out.join(gesta_syntax::MODEL_FILE).display(),
        size as f64 / 1e6,
        lemmas.display(),
        t.elapsed().as_secs_f64()
    );
    Ok(())
}
