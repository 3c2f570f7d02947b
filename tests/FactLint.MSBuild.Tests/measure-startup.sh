#!/usr/bin/env bash
# Measures what the integrations cost (figures for docs/benchmarks.md):
#   1. an unchanged incremental `dotnet build` of samples/DocsProject with and without FactLint.MSBuild;
#   2. the FactLint targets alone (MSBuild's performance summary), when FactLint runs and when it is skipped;
#   3. `factlint check --staged --no-model` in a git repository with a typical commit (3 staged Markdown files).
# Usage: measure-startup.sh <feed-with-FactLint.MSBuild> [runs]     (build the feed with pack-local-feed.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
feed="$(cd "${1:?feed folder}" && pwd)"
runs="${2:-7}"
work="$(mktemp -d /tmp/msbuild-measure-XXXXXX)"
trap 'rm -rf "$work"' EXIT
version="$(ls "$feed" | sed -n 's/^FactLint\.MSBuild\.\(.*\)\.nupkg$/\1/p' | head -1)"

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %d ms, min %d ms, max %d ms (%d runs)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'; }

setup() { # name, with-package
  local dir="$work/$1"
  mkdir -p "$dir"
  cp -r "$root/samples/DocsProject/." "$dir/"
  rm -rf "$dir/bin" "$dir/obj"
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="feed" value="%s" /></packageSources></configuration>\n' "$feed" > "$dir/nuget.config"
  if [ "$2" = no ]; then sed -i '/FactLint.MSBuild/d' "$dir/DocsProject.csproj"; fi
  (cd "$dir" && dotnet build -nologo -v:q -p:FactLintVersion="$version" -p:RestorePackagesPath="$work/packages" >/dev/null 2>&1 || true)
}

build_ms() { # name: one unchanged build, in ms
  local t0; t0=$(now)
  (cd "$work/$1" && dotnet build -nologo -v:q -p:FactLintVersion="$version" -p:RestorePackagesPath="$work/packages" >/dev/null 2>&1 || true)
  ms "$t0" "$(now)"
}

echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) SDK"
setup with yes
setup without no
# Interleaved, so that the load of a shared machine falls on both alike.
: > "$work/with.ms"; : > "$work/without.ms"
for _ in $(seq "$runs"); do build_ms without >> "$work/without.ms"; build_ms with >> "$work/with.ms"; done
echo "unchanged dotnet build, without FactLint.MSBuild: $(stats < "$work/without.ms")"
echo "unchanged dotnet build, with FactLint.MSBuild:    $(stats < "$work/with.ms")"

summary() { grep -E '^\s+[0-9]+ ms\s+(FactLint|_FactLint[A-Za-z]*)\s' | awk '{s[$3]+=$1} END {for (k in s) printf "%s=%d ms ", k, s[k]}'; }
echo "targets when FactLint is skipped (unchanged): $(cd "$work/with" && dotnet build -nologo -v:q -clp:PerformanceSummary -p:FactLintVersion="$version" -p:RestorePackagesPath="$work/packages" 2>&1 | summary)"
for _ in 1 2 3; do
  echo "" >> "$work/with/docs/guide.md"
  echo "targets when FactLint runs (a doc edited):   $(cd "$work/with" && dotnet build -nologo -v:q -clp:PerformanceSummary -p:FactLintVersion="$version" -p:RestorePackagesPath="$work/packages" 2>&1 | summary)"
done

# 3. --staged on a typical commit, with the CLI the package carries.
cli="$work/packages/factlint.msbuild/$version/tools/factlint.dll"
repo="$work/repo"
mkdir -p "$repo/docs" && cd "$repo" && git init -q && git config user.email m@example.com && git config user.name m
cp "$root/samples/DocsProject/README.md" "$root/samples/DocsProject/docs/guide.md" "$repo/docs/"
printf '# Changelog\n\n## 0.2.0\n\nFaster greetings.\n' > "$repo/CHANGELOG.md"
git add . && git commit -qm init
for f in docs/README.md docs/guide.md CHANGELOG.md; do echo "More text, added 2025-01-01." >> "$f"; done
git add .
# Wall time, and CPU time (user + sys, children included), which a busy shared machine inflates far less.
cpu_ms() { tail -1 "$1" | awk '{printf "%d\n", ($1 + $2) * 1000}'; }
for what in "check --staged --no-model --quiet" "--version"; do
  : > "$work/wall"; : > "$work/cpu"
  for _ in $(seq "$runs"); do
    t0=$(now)
    /usr/bin/time -f "%U %S" -o "$work/t" dotnet "$cli" $what >/dev/null 2>&1 || true
    ms "$t0" "$(now)" >> "$work/wall"; cpu_ms "$work/t" >> "$work/cpu"
  done
  echo "factlint $what (repository with 3 staged Markdown files): wall $(stats < "$work/wall"); CPU $(stats < "$work/cpu")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
