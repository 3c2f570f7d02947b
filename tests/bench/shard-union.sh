#!/usr/bin/env bash
# --shard i/n: lints N generated files (default 50,000) once whole and once in SHARDS parts (default 4), and checks that
# the parts' findings together equal the whole run's, each finding exactly once. Prints the counts and times.
# Usage: tests/bench/shard-union.sh DLL [files=50000] [shards=4]
set -euo pipefail
DLL=$(realpath "$1"); FILES=${2:-50000}; SHARDS=${3:-4}
WORK=$(mktemp -d /tmp/factlint-shards.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
python3 - "$WORK/repo" "$FILES" <<'PY'
import os, random, sys
root, n = sys.argv[1], int(sys.argv[2]); random.seed(22)
lines = ["We served {a:,} customers in {y}.", "Revenue grew {p}.{q}% last year [report](data.txt).",
         "The plain sentence has no claim.", "About {s} out of {t} users agreed.", "It costs ${a:,} per seat.",
         "See the [guide](README.md) for details.", "Version {v}.{w}.1 shipped on March {d}, {y}."]
for i in range(n):
    d = os.path.join(root, f"part{i % 97}", f"sub{i % 13}")
    os.makedirs(d, exist_ok=True)
    k = random.randint(1, 4)
    text = "\n\n".join(random.choice(lines).format(a=random.randint(1000, 99999), y=random.randint(1990, 2024),
        p=random.randint(1, 99), q=random.randint(0, 9), s=random.randint(1, 4), t=random.randint(5, 9),
        v=random.randint(1, 9), w=random.randint(0, 20), d=random.randint(1, 28)) for _ in range(k))
    open(os.path.join(d, f"doc{i}.md"), "w").write(f"# Document {i}\n\n{text}\n")
open(os.path.join(root, "data.txt"), "w").write("Revenue grew 12.5% last year.\n")
PY
cd "$WORK/repo"; git init -q .
run() { local start=$(date +%s.%N); dotnet "$DLL" check --no-model --format concise -q "$@" . > "$WORK/out" || [ $? -le 1 ]; echo "$(echo "$(date +%s.%N) - $start" | bc)"; }
t=$(run); sort "$WORK/out" > "$WORK/whole"
echo "whole run: $(wc -l < "$WORK/whole") findings in $t s"
: > "$WORK/parts"
for i in $(seq 1 "$SHARDS"); do
  t=$(run --shard "$i/$SHARDS"); files=$(cut -d: -f1 "$WORK/out" | sort -u | wc -l)
  echo "shard $i/$SHARDS: $(wc -l < "$WORK/out") findings in $files files, $t s"; cat "$WORK/out" >> "$WORK/parts"
done
sort "$WORK/parts" > "$WORK/parts.sorted"
if cmp -s "$WORK/whole" "$WORK/parts.sorted"; then echo "union of $SHARDS shards == whole run ($(wc -l < "$WORK/whole") findings, $FILES files)"; else echo "MISMATCH"; diff "$WORK/whole" "$WORK/parts.sorted" | head; exit 1; fi
