#!/usr/bin/env bash
# Wall and CPU time of `factlint check --staged` on a small commit (3 staged Markdown files), without and with the model.
#   tests/bench/staged-timing.sh [runs=5]
#   FACTLINT=/path/to/factlint tests/bench/staged-timing.sh   # time another build: a .dll runs under dotnet, else as a program
#   (e.g. dotnet publish src/FactLint.Cli -c Release -r linux-x64 -p:PublishAot=true -o /tmp/factlint-aot)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
if [ -z "${FACTLINT:-}" ]; then
  dotnet build -c Release "$root/src/FactLint.Cli" -v q -nologo >/dev/null
  FACTLINT="$root/src/FactLint.Cli/bin/Release/net10.0/factlint.dll"
fi
case "$FACTLINT" in *.dll) cli=(dotnet "$FACTLINT") ;; *) cli=("$FACTLINT") ;; esac
echo "cli: ${cli[*]}"
repo="$(mktemp -d /tmp/staged-timing.XXXXXX)"
trap 'rm -rf "$repo"' EXIT
cd "$repo"
git init -q && git config user.email bench@example.com && git config user.name bench
for i in 1 2 3; do printf "# Doc %s\n\nWe served 1,847 users in 2021 and grew 12%%.\n" "$i" > "d$i.md"; done
git add .
echo "load: $(uptime)"
for mode in "--no-model" "--device cpu"; do
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$repo/.time" -f "%e s wall, %U+%S s cpu  (check --staged $mode)" "${cli[@]}" check --staged $mode -q >/dev/null 2>&1 || true
    tail -1 "$repo/.time"
  done
done
