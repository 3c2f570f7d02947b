#!/usr/bin/env bash
# Runs the whole test suite (every test project in FactLint.sln, rule-pack fixtures included)
# and ends with one summary line: "N passed, N failed, N skipped".
#
# Two end-to-end tests need big artefacts: the MSBuild tests a packed FactLint.MSBuild (and FactLint.Cli) feed, the native
# AOT test a published native executable. This script builds each once, in the background while the other tests build
# and run, and says so; the tests wait for them (FACTLINT_TEST_FEED, FACTLINT_TEST_AOT). No step has a fixed time limit:
# only a step that prints nothing for a long while (stretched on a slow or busy machine) counts as hung.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
start=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/factlint-run-all-XXXXXX")
log="$work/test.log"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

say() { echo "run-all: [$(( $(date +%s) - start ))s] $*"; }

# A background step: its output goes to $dir/log, its exit code to $dir/status when it ends (what the tests wait for).
background_step() {
  local dir=$1; shift
  mkdir -p "$dir"
  set -m
  ( "$@" >"$dir/log" 2>&1; echo $? >"$dir/status.tmp"; mv "$dir/status.tmp" "$dir/status" ) &
  pids+=($!)
  set +m
}

say "restoring NuGet packages (on an empty cache: a 215 MB download, 184 MB of it ONNX Runtime; see README)"
if ! dotnet restore FactLint.sln --nologo -v:q; then echo "0 passed, 1 failed, 0 skipped"; exit 1; fi

feed="$work/feed"
say "packing FactLint.Cli and FactLint.MSBuild into $feed for the MSBuild end-to-end tests (in the background; log: $feed/log)"
background_step "$feed" bash -c "dotnet pack src/FactLint.MSBuild/FactLint.MSBuild.csproj -c Release -o '$feed' -nologo --no-restore -v:n \
  && dotnet pack src/FactLint.Cli/FactLint.Cli.csproj -c Release -o '$feed' -nologo --no-restore -v:n"
export FACTLINT_TEST_FEED="$feed"

if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && { command -v clang >/dev/null || command -v gcc >/dev/null; }; then
  aot="$work/aot"
  linker=$(command -v clang >/dev/null && echo clang || echo gcc)
  say "publishing the native AOT executable into $aot for NativeAotTests (in the background, with $linker; log: $aot/log)"
  background_step "$aot" dotnet publish src/FactLint.Cli/FactLint.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true \
    "-p:CppCompilerAndLinker=$linker" --artifacts-path "$aot/artifacts" -o "$aot/out" -nologo -v:n
  export FACTLINT_TEST_AOT="$aot"
fi

say "building and running the test projects (dotnet test FactLint.sln)"
dotnet test FactLint.sln --nologo --no-restore "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
for dir in "$feed" "${aot:-}"; do
  [ -n "$dir" ] && [ -f "$dir/status" ] && say "$(basename "$dir") step ended with exit code $(cat "$dir/status")"
done
# Sum the per-project lines: "Passed!  - Failed:     0, Passed:   116, Skipped:     0, Total:   116, ..."
read -r passed failed skipped < <(grep -E '^\s*(Passed|Failed)!\s+-' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "dotnet test failed before or outside the tests (exit $status)"; fi
say "done in $(( $(date +%s) - start )) s"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
