//! Date-bounded roles: every boundary of every hand-written dated role is
//! tested on both sides, and a few are checked end to end on text.
use gesta_lexicon::convert::add_days;
use gesta_lexicon::format::resolve_codes;
use gesta_lexicon::{lookup, ActorRecognizer, Lexicon};

/// Index of the role chosen on `date`.
fn chosen(roles: &[gesta_lexicon::DatedCode], date: &str) -> Option<usize> {
    let r = resolve_codes(roles, Some(date))?;
    roles.iter().position(|x| std::ptr::eq(x, r))
}

#[test]
fn every_boundary_of_every_dated_role() {
    let lex = Lexicon::embedded().expect("embedded lexicon");
    let mut checked = 0;
    for p in lex.people.iter().filter(|p| p.origin.file == "people.tsv") {
        for (i, role) in p.roles.iter().enumerate() {
            // earlier roles win when they overlap: only test dates where no
            // earlier role holds
            let earlier_holds = |d: &str| p.roles[..i].iter().any(|r| r.holds(Some(d)));
            if let Some(from) = &role.from {
                let before = add_days(from, -1).expect("date");
                if !earlier_holds(from) {
                    assert_eq!(
                        chosen(&p.roles, from),
                        Some(i),
                        "{} on {from} (first day of {role})",
                        p.id
                    );
                    checked += 1;
                }
                assert_ne!(
                    chosen(&p.roles, &before),
                    Some(i),
                    "{} on {before} (day before {role})",
                    p.id
                );
                checked += 1;
            }
            if let Some(to) = &role.to {
                let last = add_days(to, -1).expect("date");
                if !earlier_holds(&last) {
                    assert_eq!(
                        chosen(&p.roles, &last),
                        Some(i),
                        "{} on {last} (last day of {role})",
                        p.id
                    );
                    checked += 1;
                }
                assert_ne!(
                    chosen(&p.roles, to),
                    Some(i),
                    "{} on {to} (day after {role})",
                    p.id
                );
                checked += 1;
            }
        }
    }
    println!("{checked} boundary checks");
    assert!(checked > 300);
}

#[test]
fn roles_resolve_on_text_on_both_sides_of_boundaries() {
    let lex = Lexicon::embedded().expect("embedded lexicon");
    let r = ActorRecognizer::new(&lex);
    let code = |text: &str, date: &str| -> String {
        lookup(&r, text, Some(date))
            .first()
            .map(|a| a.code.clone())
            .unwrap_or_default()
    };
    let cases = [
        ("Donald Trump said on Monday.", "2025-01-19", "USAELI"),
        ("Donald Trump said on Monday.", "2025-01-20", "USAGOV"),
        ("Donald Trump said on Monday.", "2021-01-19", "USAGOV"),
        ("Donald Trump said on Monday.", "2021-01-20", "USAELI"),
        ("Joe Biden said on Monday.", "2025-01-19", "USAGOV"),
        ("Joe Biden said on Monday.", "2025-01-20", "USAELI"),
        ("Bashar al-Assad said on Monday.", "2024-12-07", "SYRGOV"),
        ("Bashar al-Assad said on Monday.", "2024-12-08", "SYRELI"),
        ("Ahmed al-Sharaa said on Monday.", "2024-12-07", "SYRREB"),
        ("Ahmed al-Sharaa said on Monday.", "2024-12-08", "SYRGOV"),
        ("Andrii Yermak said on Monday.", "2025-11-27", "UKRGOV"),
        ("Andrii Yermak said on Monday.", "2025-11-28", "UKRELI"),
        ("Mark Rutte said on Monday.", "2024-09-30", "NLDELI"),
        ("Mark Rutte said on Monday.", "2024-10-01", "IGOWSTNAT"),
        ("Annalena Baerbock said on Monday.", "2025-05-05", "DEUGOV"),
        ("Annalena Baerbock said on Monday.", "2025-05-06", "DEULEG"),
    ];
    for (text, date, want) in cases {
        assert_eq!(code(text, date), want, "{text} on {date}");
    }
}
