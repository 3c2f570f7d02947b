#!/usr/bin/env bash
# One command for the default model: corpus -> tokenizer -> training (resumable) -> ONNX -> checks -> docs.
#   bash models/train/build.sh                      full build into models/factlint-tiny (resumes from work/ckpt.pt)
#   SMOKE=1 bash models/train/build.sh              tiny end-to-end check in a temp dir (< 2 min)
# Env: TRAIN_MINUTES (total training budget across resumes, default 75), CKPT_MINUTES (3), THREADS (2),
#      WORK (work dir), OUT (model dir), DEV_JSONL (dev claims), FACTLINT_SHARED (shared dir).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(git -C "$HERE" rev-parse --show-toplevel 2>/dev/null || (cd "$HERE/../.." && pwd))"
SHARED="${FACTLINT_SHARED:-$REPO/../shared}"
DEV_JSONL="${DEV_JSONL:-$SHARED/eval/claims-dev.jsonl}"
PY=/usr/bin/python3   # Debian's Python: python3-torch etc. live there
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
PACKAGES="python3.11-doc postgresql-doc-15 debian-handbook debian-reference-en git-doc nodejs-doc dict-foldoc dict-jargon dict-gcide"

if [ "${SMOKE:-0}" = "1" ]; then
  WORK="${WORK:-$(mktemp -d /tmp/factlint-smoke.XXXXXX)/work}"
  OUT="${OUT:-$(dirname "$WORK")/factlint-tiny}"
  export TRAIN_MINUTES="${TRAIN_MINUTES:-0.4}" CKPT_MINUTES="${CKPT_MINUTES:-0.2}" CORPUS_SCALE="${CORPUS_SCALE:-0.03}"
  # reuse already unpacked packages (read-only) if a full build fetched them
  [ -f "$HERE/work/debs/root/VERSIONS" ] && DEBS="${DEBS:-$HERE/work/debs}"
else
  WORK="${WORK:-$HERE/work}"
  OUT="${OUT:-$REPO/models/factlint-tiny}"
  export TRAIN_MINUTES="${TRAIN_MINUTES:-75}" CKPT_MINUTES="${CKPT_MINUTES:-3}"
fi
DEBS="${DEBS:-$WORK/debs}"
mkdir -p "$WORK" "$OUT"
log() { echo "[build $(date -u +%H:%M:%S)] $*"; }
log "work=$WORK out=$OUT debs=$DEBS"

# 0. dependencies (Debian packages; OpenBLAS makes torch ~10x faster than reference BLAS)
if ! $PY -c "import torch, numpy, onnx, regex" 2>/dev/null || ! dpkg -s libopenblas0-pthread >/dev/null 2>&1; then
  log "installing python3-torch python3-onnx python3-numpy python3-regex libopenblas0-pthread"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch python3-onnx python3-numpy python3-regex libopenblas0-pthread
fi

# 1. corpus packages: downloaded and unpacked, not installed (nodejs-doc would conflict with other node builds)
if [ ! -f "$DEBS/root/VERSIONS" ]; then
  log "fetching $PACKAGES"
  mkdir -p "$DEBS/root"
  ( cd "$DEBS" && { apt-get download $PACKAGES || { $SUDO apt-get update -qq && apt-get download $PACKAGES; }; } )
  : > "$DEBS/root/VERSIONS.tmp"
  for deb in "$DEBS"/*.deb; do
    dpkg-deb -x "$deb" "$DEBS/root"
    echo "$(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version)" >> "$DEBS/root/VERSIONS.tmp"
  done
  mv "$DEBS/root/VERSIONS.tmp" "$DEBS/root/VERSIONS"
fi

cd "$HERE"
# 2. corpus text
[ -f "$WORK/corpus/train.txt" ] || { log "corpus"; nice -n 10 $PY corpus.py "$WORK/corpus" "$DEBS/root"; }
# 3. tokenizer (trained on the whole training split)
[ -f "$WORK/merges.txt" ] || { log "tokenizer"; nice -n 10 $PY bpe.py "$WORK/corpus/train.txt" "$WORK/vocab.json" "$WORK/merges.txt" 1000000000; }
# 4. token files
[ -f "$WORK/train.bin" ] || { log "encode"; nice -n 10 $PY prepare.py "$WORK/vocab.json" "$WORK/merges.txt" "$WORK/corpus" "$WORK"; }
# 5. training (resumes from $WORK/ckpt.pt; returns at once when the budget is spent)
log "train (budget ${TRAIN_MINUTES} min)"
nice -n 15 $PY train.py "$WORK"
# 6. ONNX export + reference.json
log "export"
$PY export.py "$WORK" "$OUT" 2>&1 | grep -v -E "TracerWarning|^  " || true
[ -f "$OUT/model.onnx" ] || { echo "export failed"; exit 1; }
# 7. ONNX Runtime cross-check (optional: needs node + npm; onnxruntime-node's CPU binary ships in the npm package)
rm -f "$WORK/ort_check.json"
if command -v node >/dev/null && command -v npm >/dev/null; then
  ORTDIR="${ORTDIR:-$HERE/work/ortnode}"
  if [ ! -d "$ORTDIR/node_modules/onnxruntime-node" ]; then
    mkdir -p "$ORTDIR" && (cd "$ORTDIR" && npm install --silent --ignore-scripts --no-audit --no-fund onnxruntime-node@1.20.1 >/dev/null 2>&1) || log "onnxruntime-node install failed"
  fi
  if [ -d "$ORTDIR/node_modules/onnxruntime-node" ]; then
    log "onnxruntime check"
    NODE_PATH="$ORTDIR/node_modules" node ort_check.js "$OUT" | tee "$WORK/ort_check.json"
  fi
else
  log "node/npm not found: skipping onnxruntime check"
fi
# 8. evaluation
log "evaluate"
nice -n 10 $PY evaluate.py "$WORK" "$OUT" "$DEV_JSONL" "$WORK/eval.json" > "$WORK/eval_stdout.log"
# 9. model.yaml, MODEL.md, CORPUS.md
$PY make_docs.py "$WORK" "$OUT"
log "done: $OUT"; ls -la "$OUT"
