//! `gesta conformance`: run the TABARI validation suite or the PETRARCH
//! unit-test records from raw text with their own dictionaries.

use std::path::PathBuf;

use clap::Subcommand;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    suite: Suite,
}

#[derive(Subcommand)]
enum Suite {
    /// TABARI validation: `gesta conformance tabari Validate.project`.
    Tabari {
        /// The suite's .project file (names the dictionaries and texts).
        project: PathBuf,
    },
    /// PETRARCH unit records: `gesta conformance petrarch RECORDS.xml --dict DIR`.
    Petrarch {
        /// PETR.UnitTest.records.xml
        records: PathBuf,
        /// Folder with the PETR.Validate.* dictionaries.
        #[arg(long)]
        dict: PathBuf,
    },
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let report = match args.suite {
        Suite::Tabari { project } => gesta_dictionaries::run_tabari(&project)?,
        Suite::Petrarch { records, dict } => gesta_dictionaries::run_petrarch(&records, &dict)?,
    };
    println!("{report}");
    Ok(())
}
