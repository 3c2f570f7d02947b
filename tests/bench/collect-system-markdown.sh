#!/usr/bin/env bash
# Copies every Markdown file installed on this machine (package READMEs, changelogs, SDK and library docs) into one
# folder, as a corpus of real Markdown that nobody on the team wrote. Names are hashes of the original paths.
#
#   tests/bench/collect-system-markdown.sh DEST
#   CORPUS_DIR=DEST tests/bench/check-throughput.sh
#
# The set depends on what is installed, so say which machine a figure came from. Skips /proc, /sys, /tmp and /work.
set -euo pipefail
dest="${1:?usage: collect-system-markdown.sh DEST}"
mkdir -p "$dest"
find / -xdev \( -path /proc -o -path /sys -o -path /tmp -o -path /work \) -prune -o -type f -name '*.md' -print 2>/dev/null |
while IFS= read -r f; do
    cp "$f" "$dest/$(printf '%s' "$f" | md5sum | cut -c1-12).md" 2>/dev/null || true
done
echo "collected $(find "$dest" -name '*.md' | wc -l) files, $(du -sb "$dest" | cut -f1) bytes into $dest" >&2
