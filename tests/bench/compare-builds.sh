#!/usr/bin/env bash
# Two FactLint builds on the same folder, runs interleaved (A, B, A, B, …) on one core, so that a change in machine load
# falls on both alike. Prints best and median wall time of each, and checks that both print the same findings.
#
#   tests/bench/compare-builds.sh BUILD_A BUILD_B FOLDER [RUNS]      (RUNS: default 5)
#
# A build is a native executable (factlint) or a factlint.dll (run with dotnet). Build B from an older commit with, e.g.,
#   git worktree add /tmp/old <commit> && dotnet publish /tmp/old/src/FactLint.Cli -c Release -r linux-x64 -p:PublishAot=true -o /tmp/old-aot
set -euo pipefail
a="${1:?usage: compare-builds.sh BUILD_A BUILD_B FOLDER [RUNS]}"
b="${2:?usage: compare-builds.sh BUILD_A BUILD_B FOLDER [RUNS]}"
folder="${3:?usage: compare-builds.sh BUILD_A BUILD_B FOLDER [RUNS]}"
runs="${4:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command_for() { case "$1" in *.dll) echo "dotnet $1" ;; *) echo "$1" ;; esac; }

run_once() { # build label
    local cmd; cmd="$(command_for "$1")"
    (cd "$folder" && DOTNET_PROCESSOR_COUNT=1 /usr/bin/time -f '%e' -o "$work/t" taskset -c 0 $cmd check . --no-model --quiet --format concise \
        >"$work/$2.out" 2>/dev/null) || [ $? -le 1 ] || { echo "compare-builds: $1 failed" >&2; exit 1; }
    tail -1 "$work/t" >>"$work/$2.times"
}

echo "== load before: $(uptime | sed 's/.*load average/load average/')"
for i in $(seq 1 "$runs"); do run_once "$a" A; run_once "$b" B; done
echo "== load after:  $(uptime | sed 's/.*load average/load average/')"
bytes="$(find "$folder" -type f -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}')"
for x in A B; do
    build="$a"; [ "$x" = B ] && build="$b"
    sort -n "$work/$x.times" | awk -v n="$runs" -v label="$x" -v build="$build" -v bytes="$bytes" '
        { t[NR] = $1 } END {
            med = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
            printf "%s  best %.2f s  median %.2f s  (%.2f MB/s best)  %s\n", label, t[1], med, bytes / 1e6 / t[1], build }'
done
if cmp -s "$work/A.out" "$work/B.out"; then echo "findings: identical ($(wc -l <"$work/A.out") lines)"; else echo "findings: DIFFERENT"; fi
