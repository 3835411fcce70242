#!/bin/sh
# Byte-identity and CPU-cost check of the coder and attributes stages between
# two builds of examples/stage_cost.rs (see docs/attributes.md, "Speed").
#
#   sh crates/attributes/examples/stage_check.sh BEFORE_BIN AFTER_BIN WORKDIR [REPS]
#
# BEFORE_BIN / AFTER_BIN: stage_cost binaries of the two builds (copy
# target/release/examples/stage_cost aside after each build). WORKDIR keeps
# the prepared inputs (made once with AFTER_BIN: the first 2 MB of
# ../shared/corpus/news.jsonl and the seed story, through gesta-text,
# -syntax and -lexicon) and the outputs. Both builds code the same prepared
# documents; their events (coder.jsonl) and whole documents
# (attributes.jsonl) are compared byte for byte; exits 1 on a difference.
set -eu
BEFORE=$1
AFTER=$2
W=$3
REPS=${4:-5}
SHARED=$(cd "$(dirname "$0")/../../../../shared" && pwd)
mkdir -p "$W"
if [ ! -s "$W/news2mb.jsonl" ]; then
  "$AFTER" prepare 2000000 "$W/news2mb.jsonl" "$SHARED/corpus/news.jsonl"
fi
if [ ! -s "$W/seed.jsonl" ]; then
  python3 -c 'import json,sys; print(json.dumps({"id":"seed","date":"2025-04-17","text":open(sys.argv[1]).read()}))' \
    "$SHARED/seed/paris-talks.txt" > "$W/seed_in.jsonl"
  "$AFTER" prepare 100000000 "$W/seed.jsonl" "$W/seed_in.jsonl"
fi
status=0
for input in news2mb seed; do
  for side in before after; do
    bin=$BEFORE
    [ "$side" = after ] && bin=$AFTER
    echo "$input $side: $("$bin" run "$W/$input.jsonl" "$W/$input.$side" "$REPS" | tail -1)"
  done
  for f in coder.jsonl attributes.jsonl; do
    if cmp -s "$W/$input.before/$f" "$W/$input.after/$f"; then
      echo "$input $f: identical"
    else
      echo "$input $f: DIFFERENT"
      status=1
    fi
  done
done
for side in before after; do
  bin=$BEFORE
  [ "$side" = after ] && bin=$AFTER
  echo "load $side: $("$bin" load 9 2>/dev/null || echo '(no load mode in this build)')"
done
exit $status
