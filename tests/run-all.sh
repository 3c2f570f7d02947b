#!/usr/bin/env bash
# Runs the whole test suite (every test project in FactLint.sln, rule-pack fixtures included)
# and ends with one summary line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet test FactLint.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# Sum the per-project lines: "Passed!  - Failed:     0, Passed:   116, Skipped:     0, Total:   116, ..."
read -r passed failed skipped < <(grep -E '^\s*(Passed|Failed)!\s+-' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "dotnet test failed before or outside the tests (exit $status)"; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
