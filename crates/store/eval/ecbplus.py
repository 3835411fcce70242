#!/usr/bin/env python3
"""Pairwise evaluation of gesta-store's event grouping on ECB+.

Procedure (see docs/store.md, "Grouping on ECB+"):

  python3 crates/store/eval/ecbplus.py extract ../shared/eval/coreference/ecbplus/ECB+ /tmp/ecb
  gesta ingest /tmp/ecb/docs.jsonl --date 2000-01-01 --db /tmp/ecb/ecb.db
  python3 crates/store/eval/ecbplus.py score /tmp/ecb

`extract` writes one JSON Lines story per ECB+ document (tokens joined by
spaces, one line per sentence; no publication date: ECB+ has none, so every
story gets the same placeholder date and grouping is decided by actors,
CAMEO root, place and the event's own resolved time) and `gold.json` with the
token strings and the cross-document instance of every annotated action
mention. `score` aligns each stored event mention (trigger span) to the
annotated action mention whose tokens it overlaps, then counts, over pairs of
aligned mentions from DIFFERENT documents, the pairs we put in one real event
(predicted) and the pairs ECB+ puts in one cross-document chain (gold).
Only standard-library Python.
"""
import json
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET


def extract(src, out):
    os.makedirs(out, exist_ok=True)
    gold = {}
    n = 0
    with open(os.path.join(out, "docs.jsonl"), "w") as f:
        for topic in sorted(os.listdir(src), key=lambda t: (len(t), t)):
            tdir = os.path.join(src, topic)
            if not os.path.isdir(tdir):
                continue
            for name in sorted(os.listdir(tdir)):
                if not name.endswith(".xml"):
                    continue
                root = ET.parse(os.path.join(tdir, name)).getroot()
                toks = []  # (t_id, sentence, text)
                for t in root.findall("token"):
                    toks.append((t.get("t_id"), int(t.get("sentence")), t.text or ""))
                sents = {}
                for _tid, s, w in toks:
                    sents.setdefault(s, []).append(w)
                text = "\n".join(" ".join(ws) for _s, ws in sorted(sents.items()))
                doc_id = name[: -len(".xml")]
                # action mentions: m_id -> token ids
                mentions = {}
                markables = root.find("Markables")
                if markables is not None:
                    for m in markables:
                        if m.tag.startswith("ACTION") or m.tag.startswith("NEG"):
                            anchors = [a.get("t_id") for a in m.findall("token_anchor")]
                            if anchors:
                                mentions[m.get("m_id")] = anchors
                instance = {}
                relations = root.find("Relations")
                if relations is not None:
                    for r in relations.findall("CROSS_DOC_COREF"):
                        note = r.get("note") or ""
                        for s in r.findall("source"):
                            if s.get("m_id") in mentions:
                                instance[s.get("m_id")] = note
                tindex = {tid: i for i, (tid, _s, _w) in enumerate(toks)}
                gold[doc_id] = {
                    "tokens": [w for _tid, _s, w in toks],
                    "mentions": [
                        {
                            "m_id": mid,
                            "tokens": sorted(tindex[a] for a in anchors if a in tindex),
                            "instance": instance.get(mid),
                        }
                        for mid, anchors in mentions.items()
                    ],
                }
                f.write(json.dumps({"id": doc_id, "title": doc_id, "text": text}) + "\n")
                n += 1
    with open(os.path.join(out, "gold.json"), "w") as g:
        json.dump(gold, g)
    print(f"{n} documents written to {out}/docs.jsonl")


def token_spans(text, tokens):
    """Char spans of the tokens in `text` (greedy, in order); None if lost."""
    spans, pos = [], 0
    for w in tokens:
        i = text.find(w, pos) if w else -1
        if i < 0 or i - pos > 200:
            spans.append(None)
            continue
        spans.append((i, i + len(w)))
        pos = i + len(w)
    return spans


def score(out):
    gold = json.load(open(os.path.join(out, "gold.json")))
    db = sqlite3.connect(os.path.join(out, "ecb.db"))
    # byte offsets in the db; convert via utf-8
    docs = {sid: (did, text) for did, sid, text in db.execute("SELECT id, story_id, text FROM documents")}
    aligned = []  # (doc, event id, gold instance or None, m_id)
    coded = 0
    for sid, (did, text) in docs.items():
        g = gold.get(sid)
        if g is None:
            continue
        b = text.encode("utf-8")
        spans = token_spans(text, g["tokens"])
        # char -> byte offsets
        char_to_byte = {}
        acc = 0
        for ci, ch in enumerate(text):
            char_to_byte[ci] = acc
            acc += len(ch.encode("utf-8"))
        char_to_byte[len(text)] = acc
        tok_bytes = [
            (char_to_byte[s[0]], char_to_byte[s[1]]) if s else None for s in spans
        ]
        used = set()
        for mid_db, ev, ts, te in db.execute(
            "SELECT id, event, trigger_start, trigger_end FROM mentions WHERE doc = ?", (did,)
        ):
            coded += 1
            best = None
            for m in g["mentions"]:
                for ti in m["tokens"]:
                    sp = tok_bytes[ti] if ti < len(tok_bytes) else None
                    if sp and sp[0] < te and ts < sp[1]:
                        best = m
                        break
                if best:
                    break
            if best is None:
                continue
            key = (sid, best["m_id"], ev)
            if key in used:
                continue
            used.add(key)
            aligned.append((sid, ev, best["instance"], best["m_id"]))
        _ = b
    tp = fp = fn = 0
    for i in range(len(aligned)):
        for j in range(i + 1, len(aligned)):
            a, c = aligned[i], aligned[j]
            if a[0] == c[0]:
                continue
            pred = a[1] == c[1]
            gl = a[2] is not None and a[2] == c[2]
            tp += pred and gl
            fp += pred and not gl
            fn += gl and not pred
    gold_linked = sum(
        1 for g in gold.values() for m in g["mentions"] if m["instance"] is not None
    )
    aligned_linked = sum(1 for a in aligned if a[2] is not None)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"stories {len(docs)}, stored event mentions {coded}, aligned to ECB+ action mentions {len(aligned)}")
    print(f"gold action mentions in cross-doc chains {gold_linked}, of which aligned {aligned_linked}")
    print(f"cross-document pairs: predicted {tp + fp}, gold {tp + fn}, correct {tp}")
    print(f"pairwise precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "extract":
        extract(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "score":
        score(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
