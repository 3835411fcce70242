//! Integer codes of the dependency relations and POS tags that the clause
//! analysis compares. Each token's tags are coded once per sentence
//! ([`Tags::of`], with the UPOS; the XPOS when asked for); the analysis
//! then compares bytes, not strings.
//!
//! A code names exactly one string: a tag that is none of the listed ones
//! is `Other`, so comparing codes is comparing the strings.

use gesta_document::Token;

/// A dependency relation (full, with its subtype), or the base of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Other,
    Acl,
    AclRelcl,
    Advcl,
    Advmod,
    Amod,
    Appos,
    Aux,
    AuxPass,
    Case,
    Cc,
    Ccomp,
    Compound,
    CompoundPrt,
    Conj,
    Cop,
    Csubj,
    CsubjPass,
    Det,
    Dobj,
    Expl,
    Fixed,
    Flat,
    FlatName,
    Iobj,
    Mark,
    Neg,
    Nmod,
    NmodNpmod,
    NmodPoss,
    NmodUnmarked,
    Nsubj,
    NsubjPass,
    Nummod,
    Obj,
    Obl,
    OblAgent,
    OblNpmod,
    OblUnmarked,
    Parataxis,
    Punct,
    Xcomp,
}

impl Rel {
    /// The code of a relation string.
    fn of(s: &[u8]) -> Rel {
        use Rel::*;
        // by length first: a jump, then a few fixed-length compares
        match s.len() {
            2 => match s {
                b"cc" => Cc,
                _ => Other,
            },
            3 => match s {
                b"acl" => Acl,
                b"aux" => Aux,
                b"cop" => Cop,
                b"det" => Det,
                b"neg" => Neg,
                b"obj" => Obj,
                b"obl" => Obl,
                _ => Other,
            },
            4 => match s {
                b"amod" => Amod,
                b"case" => Case,
                b"conj" => Conj,
                b"dobj" => Dobj,
                b"expl" => Expl,
                b"flat" => Flat,
                b"iobj" => Iobj,
                b"mark" => Mark,
                b"nmod" => Nmod,
                _ => Other,
            },
            5 => match s {
                b"advcl" => Advcl,
                b"appos" => Appos,
                b"ccomp" => Ccomp,
                b"csubj" => Csubj,
                b"fixed" => Fixed,
                b"nsubj" => Nsubj,
                b"punct" => Punct,
                b"xcomp" => Xcomp,
                _ => Other,
            },
            6 => match s {
                b"advmod" => Advmod,
                b"nummod" => Nummod,
                _ => Other,
            },
            8 => match s {
                b"aux:pass" => AuxPass,
                b"compound" => Compound,
                _ => Other,
            },
            9 => match s {
                b"acl:relcl" => AclRelcl,
                b"flat:name" => FlatName,
                b"nmod:poss" => NmodPoss,
                b"obl:agent" => OblAgent,
                b"obl:npmod" => OblNpmod,
                b"parataxis" => Parataxis,
                _ => Other,
            },
            10 => match s {
                b"csubj:pass" => CsubjPass,
                b"nmod:npmod" => NmodNpmod,
                b"nsubj:pass" => NsubjPass,
                _ => Other,
            },
            12 => match s {
                b"compound:prt" => CompoundPrt,
                b"obl:unmarked" => OblUnmarked,
                _ => Other,
            },
            13 => match s {
                b"nmod:unmarked" => NmodUnmarked,
                _ => Other,
            },
            _ => Other,
        }
    }

    /// The base of a listed relation with a subtype (`nsubj:pass` ->
    /// `nsubj`); `None` for one without (its own base) and for `Other`.
    fn listed_base(self) -> Option<Rel> {
        use Rel::*;
        Some(match self {
            AclRelcl => Acl,
            AuxPass => Aux,
            CompoundPrt => Compound,
            CsubjPass => Csubj,
            FlatName => Flat,
            NmodNpmod | NmodPoss | NmodUnmarked => Nmod,
            NsubjPass => Nsubj,
            OblAgent | OblNpmod | OblUnmarked => Obl,
            _ => return None,
        })
    }
}

/// A universal POS tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Upos {
    Other,
    /// Not tagged (the empty string).
    None,
    Adj,
    Aux,
    Det,
    Noun,
    Num,
    Pron,
    Propn,
    Punct,
    Sconj,
    Verb,
    X,
}

impl Upos {
    fn of(s: &[u8]) -> Upos {
        use Upos::*;
        if s.is_empty() {
            return None;
        }
        match s.len() {
            1 => match s {
                b"X" => X,
                _ => Other,
            },
            3 => match s {
                b"ADJ" => Adj,
                b"AUX" => Aux,
                b"DET" => Det,
                b"NUM" => Num,
                _ => Other,
            },
            4 => match s {
                b"NOUN" => Noun,
                b"PRON" => Pron,
                b"VERB" => Verb,
                _ => Other,
            },
            5 => match s {
                b"PROPN" => Propn,
                b"PUNCT" => Punct,
                b"SCONJ" => Sconj,
                _ => Other,
            },
            _ => Other,
        }
    }
}

/// A Penn Treebank tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Xpos {
    Other,
    /// Starts with `VB`, none of the ones below.
    VbOther,
    Vbd,
    Vbg,
    Vbn,
    Vbp,
    Vbz,
    Nns,
    Nnps,
}

impl Xpos {
    fn of(s: &[u8]) -> Xpos {
        use Xpos::*;
        match s {
            b"VBD" => Vbd,
            b"VBG" => Vbg,
            b"VBN" => Vbn,
            b"VBP" => Vbp,
            b"VBZ" => Vbz,
            b"NNS" => Nns,
            b"NNPS" => Nnps,
            [b'V', b'B', ..] => VbOther,
            _ => Other,
        }
    }

    /// Starts with `VB`.
    pub(crate) fn is_verb(self) -> bool {
        use Xpos::*;
        matches!(self, VbOther | Vbd | Vbg | Vbn | Vbp | Vbz)
    }

    /// `VBD`, `VBZ` or `VBP` (a finite verb form).
    pub(crate) fn is_finite(self) -> bool {
        matches!(self, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
    }
}

/// The coded relation of one token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tags {
    pub rel: Rel,
    /// The relation without its subtype (`nsubj:pass` -> `nsubj`).
    pub base: Rel,
    /// The relation starts with `acl` (`acl`, `acl:relcl`).
    pub acl: bool,
    /// The UPOS (every token's is asked for by `Sent::new`).
    pub upos: Upos,
}

impl Tags {
    pub(crate) fn of(t: &Token) -> Tags {
        let d = t.deprel.as_bytes();
        let rel = Rel::of(d);
        let base = match rel.listed_base() {
            Some(b) => b,
            None if rel != Rel::Other => rel,
            // an unlisted relation: its base may be listed ("obl:tmod")
            None => match d.iter().position(|&b| b == b':') {
                Some(i) => Rel::of(&d[..i]),
                None => Rel::Other,
            },
        };
        Tags {
            rel,
            base,
            acl: d.starts_with(b"acl"),
            upos: Upos::of_token(t),
        }
    }
}

impl Upos {
    /// The UPOS of a token.
    pub(crate) fn of_token(t: &Token) -> Upos {
        Upos::of(t.upos.as_bytes())
    }
}

impl Xpos {
    /// The XPOS of a token.
    pub(crate) fn of_token(t: &Token) -> Xpos {
        Xpos::of(t.xpos.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(deprel: &str, upos: &str, xpos: &str) -> Token {
        Token {
            deprel: deprel.into(),
            upos: upos.into(),
            xpos: xpos.into(),
            ..Default::default()
        }
    }

    #[test]
    fn every_length_group() {
        let rel = |s: &str| Rel::of(s.as_bytes());
        assert_eq!(rel("cc"), Rel::Cc);
        assert_eq!(rel("cd"), Rel::Other);
        assert_eq!(rel("obl"), Rel::Obl);
        assert_eq!(rel("case"), Rel::Case);
        assert_eq!(rel("xcomp"), Rel::Xcomp);
        assert_eq!(rel("nummod"), Rel::Nummod);
        assert_eq!(rel("aux:pass"), Rel::AuxPass);
        assert_eq!(rel("obl:npmod"), Rel::OblNpmod);
        assert_eq!(rel("obl:npmox"), Rel::Other);
        assert_eq!(rel("csubj:pass"), Rel::CsubjPass);
        assert_eq!(rel("obl:unmarked"), Rel::OblUnmarked);
        assert_eq!(rel("nmod:unmarked"), Rel::NmodUnmarked);
        assert_eq!(rel("nmod:unmarked:x"), Rel::Other);
        assert_eq!(rel("compound:prt:extra_long"), Rel::Other);
        assert_eq!(Upos::of(b"PROPN"), Upos::Propn);
        assert_eq!(Upos::of(b"PROPS"), Upos::Other);
        assert_eq!(Xpos::of(b"NNPS"), Xpos::Nnps);
        assert_eq!(Xpos::of(b"VBX"), Xpos::VbOther);
        assert_eq!(Xpos::of(b"NN"), Xpos::Other);
    }

    #[test]
    fn codes_name_exactly_their_strings() {
        let t = Tags::of(&tok("nsubj:pass", "PRON", "VBD"));
        assert_eq!((t.rel, t.base), (Rel::NsubjPass, Rel::Nsubj));
        let t = Tags::of(&tok("obl:tmod", "", "VB"));
        assert_eq!((t.rel, t.base), (Rel::Other, Rel::Obl));
        assert_eq!(Upos::of_token(&tok("x", "", "VB")), Upos::None);
        let x = Xpos::of_token(&tok("x", "", "VB"));
        assert!(x == Xpos::VbOther && x.is_verb() && !x.is_finite());
        let t = Tags::of(&tok("aclx", "Verb", "NN"));
        assert_eq!((t.rel, t.base), (Rel::Other, Rel::Other));
        assert!(t.acl);
        assert_eq!(Upos::of(b"Verb"), Upos::Other);
        let t = Tags::of(&tok("acl:relcl", "VERB", "VBN"));
        assert_eq!((t.rel, t.base), (Rel::AclRelcl, Rel::Acl));
        assert!(t.acl);
        let t = Tags::of(&tok("conj", "NOUN", "NNS"));
        assert_eq!((t.rel, t.base), (Rel::Conj, Rel::Conj));
        assert!(!t.acl);
    }
}
