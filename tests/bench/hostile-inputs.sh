#!/usr/bin/env bash
# Issue 22 reproductions: builds each hostile input in a scratch git repository, runs `factlint check` on it next to a
# good file, and prints one row per case: exit code, wall seconds, peak RSS (from /usr/bin/time -v), and the first
# line of output that names the bad file. Usage: tests/bench/hostile-inputs.sh DLL [case...] [--limit SECONDS]
# Cases: store-link cache-file stars backticks long-line footnotes refdefs wide-table fifo dev-zero fragment big-source
#        odd-names output-folder output-full msbuild-binary config-folder config-types
set -u
DLL=$(realpath "$1"); shift
LIMIT=${LIMIT:-60}
CASES=("$@")
[ ${#CASES[@]} -eq 0 ] && CASES=(store-link cache-file stars backticks long-line footnotes refdefs wide-table fifo dev-zero fragment big-source odd-names output-folder output-full msbuild-binary config-folder config-types)
WORK=$(mktemp -d /tmp/factlint-hostile.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
GOOD='We served 1,847 customers last year.'

fresh() { # a repository with good.md (one FL101 finding)
  local d="$WORK/$1"; rm -rf "$d"; mkdir -p "$d"; git -C "$d" init -q; printf '%s\n' "$GOOD" > "$d/good.md"; echo "$d"
}

run() { # name dir args...: runs the CLI in dir with a time limit, prints the row
  local name=$1 dir=$2; shift 2
  local out="$WORK/$name.out" tv="$WORK/$name.time"
  ( cd "$dir" && timeout -s KILL "$LIMIT" /usr/bin/time -v -o "$tv" dotnet "$DLL" "$@" > "$out" 2>&1 ); local rc=$?
  local wall mem
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.1f", s}' "$tv" 2>/dev/null)
  mem=$(awk -F': ' '/Maximum resident set size/{printf "%d", $2/1024}' "$tv" 2>/dev/null)
  local cpu; cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.1f", u+s}' "$tv" 2>/dev/null)
  [ "$rc" = 137 ] && { wall=">$LIMIT"; mem="?"; cpu="?"; }
  local good="lost"; grep -qE "good.md(:1:|\(1,).*FL101" "$out" && good="kept"
  local line; line=$(grep -v "good.md\|^ *|\|^[0-9]* |\|^$\|^  =\|Found \|All clear\|factlint: surprisal skipped\|factlint: CUDA" "$out" | head -1 | cut -c1-150)
  local lines; lines=$(wc -l < "$out")
  printf '%-15s exit=%-3s wall=%-6s cpu=%-6s peak_MB=%-5s good=%-4s out_lines=%-6s %s\n' "$name" "$rc" "$wall" "$cpu" "$mem" "$good" "$lines" "$line"
}

for c in "${CASES[@]}"; do
  case $c in
  store-link)
    d=$(fresh $c); mkdir -p "$d/.factlint/sources"; ln -s /etc/passwd "$d/.factlint/sources/lnk.txt"
    printf 'sources:\n  "@lnk": {file: lnk.txt, sha256: %s}\n' "$(sha256sum /etc/passwd | cut -d' ' -f1)" > "$d/.factlint/sources/sources.yaml"
    echo 'Rate 12.0% [@lnk].' > "$d/doc.md"
    run $c "$d" check --no-model doc.md good.md
    grep -q "root:x:0" "$WORK/$c.out" && echo "  LEAK: /etc/passwd text in the output" ;;
  cache-file)
    d=$(fresh $c); cp -r "$(dirname "$0")/../../samples/." "$d/"; rm -rf "$d/.factlint/cache"; mkdir -p "$d/.factlint"; touch "$d/.factlint/cache"
    run $c "$d" check --format concise . good.md
    echo "  FL900 lines: $(grep -c FL900 "$WORK/$c.out"), findings: $(grep -c ': FL[0-9]' "$WORK/$c.out")" ;;
  stars)
    d=$(fresh $c); python3 -c "print('*'*40000+'x 12.5%'+'*'*40000)" > "$d/e.md"
    run $c "$d" check --no-model e.md good.md ;;
  backticks) # a paragraph the gate leaves unparsed whose code spans are counted from raw lines: many runs with no closer
    d=$(fresh $c); python3 -c "print(''.join('\`'*k+'b ' for k in range(2, 1500))+'\`a '*200000)" > "$d/ticks.md"
    run $c "$d" check --no-model ticks.md good.md ;;
  long-line)
    d=$(fresh $c); python3 -c "print('The value was 12.5% and 3,400 units. '*113000)" > "$d/long.md"
    run $c "$d" check --no-model --format concise long.md good.md ;;
  footnotes)
    d=$(fresh $c); python3 -c "
print(''.join(f'Claim {i} is {i}.5%.[^{i}] ' for i in range(10000)))
print()
print(''.join(f'[^{i}]: Source number {i}.\n' for i in range(10000)))" > "$d/fn.md"
    run $c "$d" check --no-model --format concise fn.md good.md ;;
  refdefs)
    d=$(fresh $c); python3 -c "
print('See [ref1] for 12.5%.')
print()
print(''.join(f'[ref{i}]: https://example.com/{i}\n' for i in range(100000)))" > "$d/refs.md"
    run $c "$d" check --no-model --format concise refs.md good.md ;;
  wide-table)
    d=$(fresh $c); python3 -c "
cols=5000
print('|'+'|'.join(f'h{i}' for i in range(cols))+'|')
print('|'+'|'.join('---' for i in range(cols))+'|')
for r in range(200): print('|'+'|'.join(f'{r}.{i}%' if i%50==0 else 'x' for i in range(cols))+'|')" > "$d/table.md"
    run $c "$d" check --no-model --format concise table.md good.md ;;
  fifo)
    d=$(fresh $c); mkfifo "$d/x.md"; run $c "$d" check --no-model --format concise .
    d=$(fresh $c-config); mkfifo "$d/.factlint.yaml"; run $c-config "$d" check --no-model --format concise good.md
    d=$(fresh $c-rule); mkdir -p "$d/pack"; printf 'name: p\n' > "$d/pack/pack.yaml"; mkfifo "$d/pack/rule.yaml"
    printf 'packs: [core, ./pack]\n' > "$d/.factlint.yaml"; run $c-rule "$d" check --no-model --format concise good.md
    d=$(fresh $c-source); mkfifo "$d/data.txt"; echo 'Rate 12.0% [data](data.txt).' > "$d/doc.md"
    run $c-source "$d" check --no-model --format concise doc.md good.md ;;
  dev-zero)
    d=$(fresh $c); ln -s /dev/zero "$d/z.md"; run $c "$d" check --no-model --format concise z.md good.md ;;
  fragment)
    d=$(fresh $c); printf 'one\ntwo\n' > "$d/data.txt"
    printf 'Rate 12.0%% [data](data.txt#L99999999999). Count 1,234 [data](data.txt).\n' > "$d/doc.md"
    run $c "$d" check --no-model --format concise doc.md good.md
    echo "  doc.md findings: $(grep -c '^doc.md' "$WORK/$c.out")" ;;
  big-source)
    d=$(fresh $c); python3 -c "
import random; random.seed(1)
print('\n'.join(f'Row {i}: revenue {random.randint(1,10**6)} units, rate {random.randint(1,999)/10}%, on 2021-03-{i%28+1:02d}.' for i in range(330000)))" > "$d/big.txt"
    echo 'Rate 12.0% [data](big.txt).' > "$d/doc.md"
    run $c "$d" check --no-model --format concise doc.md good.md
    echo "  cache: $(du -sh "$d/.factlint/cache" 2>/dev/null | cut -f1) source: $(du -h "$d/big.txt" | cut -f1)" ;;
  odd-names)
    d=$(fresh $c); printf '%s\n' "$GOOD" > "$d/a
::error file=x::forged.md"; printf '%s\n' "$GOOD" > "$d/b:9:9: FL999 [error] forged.md"
    for f in text concise msbuild; do run $c-$f "$d" check --no-model --format $f .; grep -E '^(::|b:9)' "$WORK/$c-$f.out" | sed 's/^/  FORGED: /' | head -2; done ;;
  output-folder)
    d=$(fresh $c); mkdir "$d/outdir"; run $c "$d" check --no-model good.md -o outdir ;;
  output-full)
    d=$(fresh $c); run $c "$d" check --no-model good.md -o /dev/full ;;
  msbuild-binary)
    d=$(fresh $c); head -c 4096 /dev/urandom > "$d/bin.md"; printf '\x00' >> "$d/bin.md"
    run $c "$d" check --no-model --format msbuild bin.md good.md
    run $c-warn "$d" check --no-model --format msbuild --unreadable-level warning bin.md good.md ;;
  config-folder)
    d=$(fresh $c); mkdir "$d/.factlint.yaml"; run $c "$d" check --no-model good.md ;;
  config-types)
    d=$(fresh $c); printf 'packs: core\n' > "$d/.factlint.yaml"; run $c-packs "$d" check --no-model good.md
    printf 'include: 5\n' > "$d/.factlint.yaml"; run $c-include "$d" check --no-model good.md ;;
  *) echo "unknown case $c" ;;
  esac
done
