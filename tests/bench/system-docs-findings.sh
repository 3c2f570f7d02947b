#!/usr/bin/env bash
# FactLint on the software docs this machine ships, as a stand-in for real-dev's held-out npm and Debian genres: npm's own
# bundled package READMEs (/usr/lib/node_modules/npm) and Debian's /usr/share/doc Markdown, minus the packages real-dev
# holds. Each file keeps its base name (README.md, CHANGELOG_V10.md) so `auto` sees what a user's run sees. Prints FL1xx
# finding lines per 1,000 lines for each genre (no labels: nearly every line of these docs is first-party, so most
# findings are false alarms; read them with --list).
#
#   tests/bench/system-docs-findings.sh [FACTLINT_DLL_OR_EXE] [--list]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="$(realpath "${1:-$root/src/FactLint.Cli/bin/Release/net10.0/factlint.dll}")"
list="${2:-}"
case "$bin" in *.dll) cmd=(dotnet "$bin") ;; *) cmd=("$bin") ;; esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
copy() { # genre, source file, folder it came from
    local dir="$work/$1/$(echo "$3" | tr '/@' '__')"
    mkdir -p "$dir" && cp "$2" "$dir/"
}
for f in /usr/lib/node_modules/npm/README.md /usr/lib/node_modules/npm/node_modules/*/README.md \
         /usr/lib/node_modules/npm/node_modules/*/CHANGELOG.md /usr/lib/node_modules/npm/node_modules/@*/*/README.md; do
    if [ -f "$f" ]; then d="${f%/*}"; copy npm "$f" "${d#/usr/lib/node_modules/}"; fi
done
find /usr/share/doc -name '*.md' -size +1k 2>/dev/null | sort \
    | grep -v -i -E 'blosc|libaec|libffi|libxml2|msgpack|python3-requests|xmltodict|nodejs/api/' | while read -r f; do
    d="${f%/*}"; copy debian "$f" "${d#/usr/share/doc/}"
done
echo "# command: tests/bench/system-docs-findings.sh $(basename "$bin"): factlint check . --no-model per genre; FL1xx lines counted"
echo "# build: $bin; date: $(date -u "+%Y-%m-%d %H:%M UTC"); repository at $(git -C "$root" rev-parse --short HEAD); machine: $(nproc) cores, $(uname -m)"
printf 'genre\tfiles\tlines\tfinding lines\tper 1,000 lines\n'
for g in npm debian; do
    [ -d "$work/$g" ] || { printf '%s\t0\t0\t0\t-\n' "$g"; continue; }
    files=$(find "$work/$g" -type f -name '*.md' | wc -l)
    lines=$(find "$work/$g" -type f -name '*.md' -exec cat {} + | wc -l)
    rc=0; (cd "$work/$g" && "${cmd[@]}" check . --no-model --format concise >"$work/$g.all" 2>"$work/$g.err") || rc=$?
    # 0 clean, 1 findings; anything else is a failed run, not a clean one.
    [ "$rc" -le 1 ] || { echo "system-docs-findings: factlint exited $rc on $g:" >&2; cat "$work/$g.err" >&2; exit 1; }
    grep ': FL1' "$work/$g.all" >"$work/$g.out" || true
    flagged=$(cut -d: -f1,2 "$work/$g.out" | sort -u | wc -l)
    printf '%s\t%s\t%s\t%s\t%.2f\n' "$g" "$files" "$lines" "$flagged" "$(echo "$flagged * 1000 / $lines" | bc -l)"
    if [ "$list" = --list ]; then sed "s|^|  $g: |" "$work/$g.out"; sed "s|^|  $g (stderr): |" "$work/$g.err"; fi
done
exit 0
