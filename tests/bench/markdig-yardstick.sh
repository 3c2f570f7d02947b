#!/usr/bin/env bash
# Two native FactLint builds on the same folder under `perf record` (one core, runs interleaved), with Markdig's own
# samples as the yardstick: both builds run the same Markdig on the same paragraphs, so FactLint's samples per Markdig
# sample compare the builds' work even when the machine's speed drifts between runs (a shared box's wall times vary by
# 20-30% from run to run; this ratio by about 5%). Only user-space samples count: interrupts that other tenants' work
# raises on the pinned core land in the kernel and are no build's work. Prints each run, the median ratio of each build,
# and the ratio of its summed samples (steadier than the median when the runs are few).
#
#   tests/bench/markdig-yardstick.sh BUILD_A BUILD_B FOLDER [RUNS]      (RUNS: default 6; needs perf)
#
# A build is a native executable (see compare-builds.sh for how to publish one from an older commit). The two builds must
# gate the same paragraphs into Markdig's inline parse, or the yardstick differs: check-phases prints the count.
set -euo pipefail
a="${1:?usage: markdig-yardstick.sh BUILD_A BUILD_B FOLDER [RUNS]}"
b="${2:?usage: markdig-yardstick.sh BUILD_A BUILD_B FOLDER [RUNS]}"
folder="${3:?usage: markdig-yardstick.sh BUILD_A BUILD_B FOLDER [RUNS]}"
runs="${4:-6}"
command -v perf >/dev/null || { echo "markdig-yardstick: needs perf" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run_once() { # build label
    (cd "$folder" && DOTNET_PROCESSOR_COUNT=1 perf record -q -e cpu-clock:u -F 4000 -o "$work/perf.data" taskset -c 0 "$1" check . --no-model --quiet --format concise \
        >/dev/null 2>&1) || [ $? -le 1 ] || { echo "markdig-yardstick: $1 failed" >&2; exit 1; }
    perf report -i "$work/perf.data" --sort sym -F sample,sym --stdio 2>/dev/null | grep -v '^#' |
        awk -v label="$2" 'NF >= 2 { t += $1; if ($0 ~ /Markdig_/) m += $1 } END { printf "%s %d %d %.3f\n", label, t, m, t / m }' >>"$work/runs"
}

echo "== load before: $(uptime | sed 's/.*load average/load average/')"
for i in $(seq 1 "$runs"); do run_once "$a" A; run_once "$b" B; done
echo "== load after:  $(uptime | sed 's/.*load average/load average/')"
echo "build  samples  markdig  samples/markdig"
sort -k1,1 -k4n "$work/runs"
for x in A B; do
    build="$a"; [ "$x" = B ] && build="$b"
    grep "^$x " "$work/runs" | sort -k4n | awk -v n="$runs" -v label="$x" -v build="$build" -v out="$work/medians" '
        { r[NR] = $4; t += $2; m += $3 } END { med = (n % 2) ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2
            printf "%s  median %.3f, summed %.3f samples per Markdig sample  %s\n", label, med, t / m, build; print med, t / m >> out }'
done
awk 'NR == 1 { a = $1; as = $2 } NR == 2 { printf "B / A: %.3f (medians), %.3f (sums)\n", $1 / a, $2 / as }' "$work/medians"
