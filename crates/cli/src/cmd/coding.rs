//! Arguments shared by the commands that run the whole pipeline
//! (`gesta code`, `gesta ingest`).

use std::path::PathBuf;

use gesta_pipeline::PipelineOptions;

#[derive(clap::Args)]
pub struct CodingArgs {
    /// Input files, directories (recursive) or `-` for stdin.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Publication date (YYYY-MM-DD) for stories that carry none.
    #[arg(long)]
    pub date: Option<String>,
    /// A lexicon directory adding to / overriding the embedded lexicon.
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// Field dictionaries replacing the default lexicon and patterns:
    /// `tabari:PATH.project` or `phoenix:DIR`.
    #[arg(long)]
    pub dict: Option<String>,
    /// Worker threads for coding (0 = all cores).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
}

impl CodingArgs {
    /// The options for a full pipeline with these arguments.
    pub fn pipeline_options(&self) -> PipelineOptions {
        PipelineOptions {
            date: self.date.clone(),
            lexicon: self.lexicon.clone(),
            dict: self.dict.clone(),
            threads: self.threads,
            ..Default::default()
        }
    }
}
