#!/usr/bin/env bash
# Times `factlint check` with the default model (cold: empty score cache) against `--no-model`, side by side.
# usage: tests/bench/model-vs-nomodel.sh <factlint.dll or executable> [DOCS_DIR] [ROUNDS]
# DOCS_DIR defaults to ../shared/eval/real-dev/docs; each round runs no-model, cold model, then warm model
# (the cache the cold run left) in a scratch copy. Prints each run's wall and CPU seconds, medians and ratios.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:?usage: model-vs-nomodel.sh <factlint.dll|factlint> [DOCS_DIR] [ROUNDS]}"
docs="${2:-$root/../shared/eval/real-dev/docs}"
rounds="${3:-5}"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
if [[ "$bin" == *.dll ]]; then cmd=(dotnet "$bin"); else cmd=("$bin"); fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$docs" "$work/docs"
echo "docs: $docs ($(du -sk "$work/docs" | cut -f1) kB, $(find "$work/docs" -type f | wc -l) files); $(nproc) cores; $(date -u +%FT%TZ)"

run() { # tag, extra args; prints "tag wall cpu"
  local tag="$1"; shift
  python3 - "$tag" "$work" "${cmd[@]}" check docs -q "$@" <<'PY'
import os, subprocess, sys, time
tag, work, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
t0 = time.perf_counter(); r0 = os.times()
rc = subprocess.run(argv, cwd=work, stdout=subprocess.DEVNULL).returncode
t1 = time.perf_counter(); r1 = os.times()
if rc not in (0, 1): sys.exit(f"{tag}: factlint exited {rc}")
cpu = (r1.children_user - r0.children_user) + (r1.children_system - r0.children_system)
print(f"{tag} {t1 - t0:.3f} {cpu:.3f}")
PY
}

results="$work/times.txt"
for ((i = 1; i <= rounds; i++)); do
  run nomodel --no-model | tee -a "$results"
  rm -rf "$work/.factlint"
  run model-cold | tee -a "$results"
  run model-warm | tee -a "$results"
done
python3 - "$results" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    tag, wall, cpu = line.split()
    rows[tag].append((float(wall), float(cpu)))
med = {t: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for t, v in rows.items()}
for t, (w, c) in med.items():
    print(f"median {t:<11} wall {w:6.2f} s  cpu {c:6.2f} s")
n = med["nomodel"]
for t in ("model-cold", "model-warm"):
    print(f"{t} / nomodel: wall {med[t][0] / n[0]:.2f}x  cpu {med[t][1] / n[1]:.2f}x")
PY
