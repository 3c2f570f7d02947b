#!/usr/bin/env bash
# Renders the surprisal heat map as HTML (`factlint score --html`) with the given (or default) model and
# screenshots it with headless Chromium. usage: tests/bench/screenshot-heatmap.sh [MODEL_DIR] [OUT.png]
# Installs Debian's chromium with apt-get when it is missing (needs root).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out_dir="$root/tests/bench/out"
mkdir -p "$out_dir"
model="${1:-}"
png="${2:-$out_dir/heatmap.png}"
html="$out_dir/heatmap.html"

if ! command -v chromium >/dev/null; then
  echo "installing chromium..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

model_args=()
[[ -n "$model" ]] && model_args=(--model "$model")
# The page comes from `factlint score --html`, so its claims table shows check's own decisions.
text="$out_dir/heatmap.md"
cat > "$text" <<'MD'
# Release notes

PostgreSQL 15 was released in October 2022. Revenue was $9.73 billion in Q3 2021, up 12.5 % year on year.
The survey of 1,204 developers in Zürich found that 37 % use version 3.11, and the report called it "the fastest yet".
Median latency fell from 180 ms to 95 ms after the 2.4.1 patch ([changelog](https://example.org/changelog)).
MD
dotnet run -c Release --project "$root/src/FactLint.Cli" -- score "$text" "${model_args[@]}" --html "$html" --no-color
grep -q '<th>Decision</th>' "$html" || { echo "heat map has no decision column" >&2; exit 1; }

chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1300 \
  --screenshot="$png" "file://$html" 2>/dev/null
echo "screenshot: $png" >&2
