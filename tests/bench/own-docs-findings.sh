#!/usr/bin/env bash
# FactLint on its own README.md and docs/: findings left per file (with and without the bundled model) and findings
# inside factlint-disable ranges (the same run on a copy with every disable/enable comment line removed, minus the
# findings left). Prints a header (command, date, commit) and a tab-separated table; save it under docs/results/, through
# a temporary file when the docs cite the log being replaced (a redirect empties it while the docs are checked).
#
#   tests/bench/own-docs-findings.sh [FACTLINT_DLL]   (default: the CLI's Release build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dll="$(realpath "${1:-$root/src/FactLint.Cli/bin/Release/net10.0/factlint.dll}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
run() { (cd "$1" && dotnet "$dll" check README.md docs $2 --format json 2>/dev/null || true); }
run "$root" --no-model >"$work/nomodel.json"
run "$root" "" >"$work/model.json"
# The committed tree with the work tree's README and docs, so that links out of docs/ still resolve in the copy.
mkdir -p "$work/copy" && git archive HEAD | tar -x -C "$work/copy" && rm -rf "$work/copy/docs" && cp -r README.md docs "$work/copy/"
find "$work/copy/docs" "$work/copy/README.md" -name '*.md' -exec sed -i -E '/<!-- *factlint-(disable|enable)[^>]*-->/d' {} +
git init -q "$work/copy"
run "$work/copy" --no-model >"$work/stripped.json"
echo "# command: tests/bench/own-docs-findings.sh ($(basename "$dll")): factlint check README.md docs [--no-model] --format json"
echo "# suppressed = findings of the same command on a copy with every factlint-disable/enable comment line removed, minus findings left"
echo "# date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- README.md docs || echo ' (docs modified in the work tree)'); machine: $(nproc) cores, $(uname -m)"
python3 - "$work" <<'PY'
import json, sys, collections, os
work = sys.argv[1]
def counts(name):
    with open(os.path.join(work, name)) as f: data = json.load(f)
    return collections.Counter(x["path"] for x in data["findings"])
nomodel, model, stripped = counts("nomodel.json"), counts("model.json"), counts("stripped.json")
files = sorted(set(nomodel) | set(model) | set(stripped) | {"README.md"})
print("file\tno-model\tmodel\tsuppressed")
for f in files:
    print(f"{f}\t{nomodel[f]}\t{model[f]}\t{max(0, stripped[f] - nomodel[f])}")
print(f"total\t{sum(nomodel.values())}\t{sum(model.values())}\t{sum(max(0, stripped[f] - nomodel[f]) for f in files)}")
PY
