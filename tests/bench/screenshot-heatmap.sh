#!/usr/bin/env bash
# Renders the surprisal heat map as HTML with the given (or default) model and screenshots it
# with headless Chromium. usage: tests/bench/screenshot-heatmap.sh [MODEL_DIR] [OUT.png]
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
dotnet run -c Release --project "$root/tests/bench/HeatmapReport" -- "${model_args[@]}" --out "$html" --json "$out_dir/heatmap.json" --ansi

chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1300 \
  --screenshot="$png" "file://$html" 2>/dev/null
echo "screenshot: $png" >&2
