//! Prints the quotes of the text on standard input, one per line:
//! `cargo run -p gesta-attributes --example quotes < story.txt`
use std::io::Read;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("could not read standard input as UTF-8");
        std::process::exit(1);
    }
    for q in gesta_attributes::find_quotes(&text) {
        let sp = q
            .speaker
            .as_ref()
            .map(|s| format!("{} ({})", s.text, s.name.as_deref().unwrap_or("")));
        println!(
            "{} {:?} <- {:?} [{:?}]",
            if q.direct { "D" } else { "I" },
            q.text,
            sp,
            q.cue.map(|c| c.text)
        );
    }
}
