#!/bin/sh
# Byte-identity and CPU-cost check of pipeline stages between two builds of
# examples/stage_cost.rs (see docs/attributes.md and docs/lexicon.md, "Speed").
#
#   sh crates/pipeline/examples/stage_check.sh BEFORE_BIN AFTER_BIN WORKDIR [REPS] [STAGES]
#
# BEFORE_BIN / AFTER_BIN: stage_cost binaries of the two builds (copy
# target/release/examples/stage_cost aside after each build of
# `cargo build --release -p gesta-pipeline --example stage_cost`).
# STAGES: consecutive stages, comma-separated (default events,attributes;
# e.g. actors). WORKDIR keeps the prepared inputs of the first stage (made
# once with AFTER_BIN: the first 2 MB of ../shared/corpus/news.jsonl and the
# seed story, through the stages before it) and the outputs. Both builds
# run the same prepared documents; each stage's output (STAGE.jsonl) is
# compared byte for byte; exits 1 on a difference.
set -eu
BEFORE=$1
AFTER=$2
W=$3
REPS=${4:-5}
STAGES=${5:-events,attributes}
FIRST=${STAGES%%,*}
SHARED=$(cd "$(dirname "$0")/../../../../shared" && pwd)
mkdir -p "$W"
if [ ! -s "$W/news2mb.$FIRST.jsonl" ]; then
  "$AFTER" prepare --stage "$FIRST" 2000000 "$W/news2mb.$FIRST.jsonl" "$SHARED/corpus/news.jsonl"
fi
if [ ! -s "$W/seed.$FIRST.jsonl" ]; then
  python3 -c 'import json,sys; print(json.dumps({"id":"seed","date":"2025-04-17","text":open(sys.argv[1]).read()}))' \
    "$SHARED/seed/paris-talks.txt" > "$W/seed_in.jsonl"
  "$AFTER" prepare --stage "$FIRST" 100000000 "$W/seed.$FIRST.jsonl" "$W/seed_in.jsonl"
fi
status=0
for input in news2mb seed; do
  for side in before after; do
    bin=$BEFORE
    [ "$side" = after ] && bin=$AFTER
    echo "$input $side: $("$bin" run --stage "$STAGES" "$W/$input.$FIRST.jsonl" "$W/$input.$side" "$REPS" | tail -1)"
  done
  for stage in $(echo "$STAGES" | tr ',' ' '); do
    f=$stage.jsonl
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
  echo "load $side: $("$bin" load --stage "$STAGES" 9 2>/dev/null | tail -1 || echo '(load failed)')"
done
exit $status
