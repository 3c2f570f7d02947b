#!/usr/bin/env bash
# Grounding speed: `factlint check answer.md --context context.md --no-model` on a generated 2,000-word answer against
# 200 kB of context (figures, dates and quotes; a tenth of the answer's figures drifted). Prints the best and median
# wall and CPU time of RUNS runs, and the same answer checked without --context (the rest of the run: start-up, parsing).
#
#   tests/bench/grounding-speed.sh [FACTLINT] [RUNS]
#
# FACTLINT: a factlint.dll (run with dotnet) or a native executable (dotnet publish src/FactLint.Cli -c Release -r linux-x64
# -p:PublishAot=true); default: the Release build of src/FactLint.Cli. RUNS: default 5. Needs python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tool="${1:-$root/src/FactLint.Cli/bin/Release/net10.0/factlint.dll}"
runs="${2:-5}"
if [[ "$tool" == *.dll ]]; then cmd=(dotnet "$tool"); else cmd=("$tool"); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'packs: [core]\n' > "$work/.factlint.yaml"

python3 - "$work" <<'PY'
import random, sys, os
random.seed(19)
work = sys.argv[1]
months = ['January','February','March','April','May','June','July','August','September','October','November','December']
subjects = ['Revenue', 'Operating income', 'The fleet', 'Exports', 'The survey', 'Enrolment', 'The grid', 'Shipments']
facts, context = [], []
while sum(len(p) for p in context) < 200_000:
    s, n, pct = random.choice(subjects), random.randint(100, 99_999), round(random.uniform(0.1, 99.9), 1)
    y, m, d = random.randint(1950, 2024), random.choice(months), random.randint(1, 28)
    facts.append((s, n, pct, y, m, d))
    context.append(f'{s} reached {n:,} units on {m} {d}, {y}, up {pct}% from the year before, according to the annual filing. '
                   f'Analysts said the figure was "in line with the long-term trend" for the sector.\n\n')
open(os.path.join(work, 'context.md'), 'w').write(''.join(context))
answer, words = [], 0
while words < 2000:
    s, n, pct, y, m, d = random.choice(facts)
    if random.random() < 0.1: n += 1
    sentence = f'{s} came to {n:,} units by {m} {d}, {y}, a rise of {pct}% over the previous year, which matches the filing. '
    answer.append(sentence)
    words += len(sentence.split())
open(os.path.join(work, 'answer.md'), 'w').write(''.join(answer) + '\n')
print(f'answer: {words} words, {len(answer)} sentences; context: {sum(len(p) for p in context):,} bytes, {len(context)} paragraphs', file=sys.stderr)
PY

# Wall time, and CPU time (user + system, from the kernel's child accounting): on a shared, loaded machine the CPU time
# is the steadier figure.
time_runs() {
    python3 - "$runs" "$work" "${cmd[@]}" check answer.md --no-model --quiet --format concise "$@" <<'PY'
import resource, subprocess, sys, time
runs, work, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
walls, cpus = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(f'{work}/out.txt', 'w') as out:
        subprocess.run(command, cwd=work, stdout=out, stderr=subprocess.DEVNULL)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
walls.sort(); cpus.sort()
m = (runs - 1) // 2
print(f'wall best {walls[0]:.3f} s, median {walls[m]:.3f} s; CPU best {cpus[0]:.3f} s, median {cpus[m]:.3f} s', end='')
PY
}
echo "with --context context.md: $(time_runs --context context.md); $(grep -c FL206 "$work/out.txt") FL206 findings"
echo "without --context:         $(time_runs)"
