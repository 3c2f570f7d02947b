#!/usr/bin/env bash
# Bounded-time fuzzing of FactLint (issue 7): Markdown -> claims -> rules, and the YAML pack loader.
# Usage: tests/fuzz/run.sh [seconds=60] [seed] ; failures are saved to $FUZZ_CRASHES (default /tmp/reliab-fuzz-crashes)
# and the exit code is 1. Turn each saved input into a regression test in tests/FactLint.Core.Tests/Reliability/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
seed="${2:-$RANDOM}"
crashes="${FUZZ_CRASHES:-/tmp/reliab-fuzz-crashes}"
dotnet build tests/FactLint.Fuzz -c Release -v q -nologo >/dev/null
exec dotnet tests/FactLint.Fuzz/bin/Release/net10.0/FactLint.Fuzz.dll --seconds "$seconds" --seed "$seed" --crashes "$crashes"
