#!/usr/bin/env bash
# Which JIT tier the portable build's code runs at during `check --no-model` on one core: the count of methods compiled
# at tier 0, rejitted at tier 1 and compiled on-stack (OSR), with the wall time of the run.
#
#   tests/bench/jit-tiers.sh FOLDER [factlint.dll]      (default: the Release build under src/FactLint.Cli/bin)
#   ENV="DOTNET_TC_CallCountingDelayMs=0" tests/bench/jit-tiers.sh FOLDER    (extra runtime settings for the run)
#
# Needs a Release build (dotnet build -c Release src/FactLint.Cli) and taskset (util-linux).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
folder="${1:?usage: jit-tiers.sh FOLDER [factlint.dll]}"
dll="${2:-$root/src/FactLint.Cli/bin/Release/net10.0/factlint.dll}"
[ -f "$dll" ] || { echo "jit-tiers: missing $dll (dotnet build -c Release src/FactLint.Cli)" >&2; exit 1; }
log="$(mktemp)"
times="$(mktemp)"
trap 'rm -f "$log" "$times"' EXIT
# JitStdOutFile + JitDisasmSummary: one line per compiled method, with its tier.
(cd "$folder" && env ${ENV:-} DOTNET_JitStdOutFile="$log" DOTNET_JitDisasmSummary=1 DOTNET_PROCESSOR_COUNT=1 \
    /usr/bin/time -f '%e' -o "$times" taskset -c 0 dotnet "$dll" check . --no-model --quiet --format concise >/dev/null 2>&1) || true
echo "folder: $folder"
echo "build: $dll ${ENV:+($ENV)}"
echo "wall: $(tail -1 "$times") s on one core"
echo "methods compiled at tier 0:      $(grep -c 'Tier0' "$log" || true)"
echo "methods rejitted at tier 1:      $(grep -c 'Tier1,' "$log" || true)"
echo "loops compiled on stack (OSR):   $(grep -c 'Tier1-OSR' "$log" || true)"
echo "methods compiled fully at once:  $(grep -Ec 'FullOpts|Instrumented' "$log" || true)"
