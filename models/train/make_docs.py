#!/usr/bin/env python3
"""Write model.yaml, MODEL.md and CORPUS.md from the recorded figures (no hand-typed numbers).

usage: make_docs.py WORK OUT_DIR
Reads WORK/ckpt.pt (training state), WORK/train_log.jsonl, WORK/eval.json, WORK/corpus/corpus_stats.json,
WORK/ort_check.json (optional), WORK/prepare_stats.json, and models/train/MODEL_NOTES.md (optional, appended).
"""
import datetime, hashlib, json, os, platform, sys
import numpy as np
import torch
from model import GPT, Config, count_params

LICENSES = {
    "python3.11-doc": "PSF-2.0 (Python documentation; see package copyright)",
    "postgresql-doc-15": "PostgreSQL (BSD-style)",
    "debian-handbook": "GPL-2.0+ or CC-BY-SA-3.0",
    "debian-reference-en": "GPL-2+",
    "git-doc": "GPL-2",
    "nodejs-doc": "Expat (MIT)",
    "dict-foldoc": "GFDL-1.1+ (no invariant sections)",
    "dict-jargon": "Public domain",
    "dict-gcide": "GPL-2+ (GCIDE; derived from the public-domain 1913 Webster's)",
}
KIND = {
    "python3.11-doc": "technical documentation (HTML)", "postgresql-doc-15": "technical documentation (HTML)",
    "debian-handbook": "technical book (HTML)", "debian-reference-en": "technical reference (HTML)",
    "git-doc": "technical documentation (HTML)", "nodejs-doc": "API documentation (HTML)",
    "dict-foldoc": "encyclopedic computing dictionary (dictd)", "dict-jargon": "hacker-culture glossary (dictd)",
    "dict-gcide": "general English dictionary (dictd)",
}
WEIGHTS_LICENSE = "MIT"
LICENSE_LINE = ("MIT (weights and recipe). Trained on openly licensed Debian-packaged text: PSF-2.0, PostgreSQL, "
                "GPL-2(+), CC-BY-SA-3.0/GPL-2.0+, GFDL-1.1+, Expat, public domain; see CORPUS.md")


def f(x, nd=3):
    return f"{x:.{nd}f}"


def main(work, out):
    here = os.path.dirname(os.path.abspath(__file__))
    ck = torch.load(os.path.join(work, "ckpt.pt"))
    cfg = Config(**ck["config"])
    model = GPT(cfg)
    n_params = count_params(model)
    n_emb = cfg.vocab_size * cfg.d_model + cfg.n_ctx * cfg.d_model
    st = ck["state"]
    log = [json.loads(l) for l in open(os.path.join(work, "train_log.jsonl"))] if os.path.exists(os.path.join(work, "train_log.jsonl")) else []
    ev = json.load(open(os.path.join(work, "eval.json")))
    cs = json.load(open(os.path.join(work, "corpus", "corpus_stats.json")))
    ps = json.load(open(os.path.join(work, "prepare_stats.json"))) if os.path.exists(os.path.join(work, "prepare_stats.json")) else {}
    ort = json.load(open(os.path.join(work, "ort_check.json"))) if os.path.exists(os.path.join(work, "ort_check.json")) else None
    onnx_path = os.path.join(out, "model.onnx")
    sha = hashlib.sha256(open(onnx_path, "rb").read()).hexdigest()
    onnx_mb = os.path.getsize(onnx_path) / 1e6
    smoke = os.environ.get("SMOKE") == "1"

    # ---------------- model.yaml
    yaml = f"""name: factlint-tiny
onnx: model.onnx
sha256: {sha}
tokenizer:
  kind: bpe            # byte-level BPE, GPT-2 format
  vocab: vocab.json
  merges: merges.txt
  bos_token: "<|endoftext|>"   # prepended before scoring so the first real token has a prediction
inputs:
  input_ids: input_ids
  attention_mask: attention_mask
  logit_positions: logit_positions   # [n] flat positions (b * sequence + p): logits only there, [n, vocab] (models/train/add_logit_positions.py)
outputs:
  logits: logits
context_length: {cfg.n_ctx}
vocab_size: {cfg.vocab_size}
license: "{LICENSE_LINE}"
"""
    open(os.path.join(out, "model.yaml"), "w").write(yaml)

    # ---------------- CORPUS.md
    tot = sum(s["bytes"] for s in cs)
    rows = "\n".join(
        f"| {s['name']} | `{s['package']}` | {s['version']} | {LICENSES.get(s['package'], '?')} | {KIND.get(s['package'], '')} | "
        f"{s['bytes']/1e6:.2f} | {s['docs']} | {s['dup_paragraphs_dropped']} |" for s in cs)
    corpus_md = f"""# Training corpus of factlint-tiny

Built by `models/train/corpus.py` (run by `bash models/train/build.sh`); the text is **not** committed.
Every source is a Debian bookworm package fetched with `apt-get download` and unpacked with `dpkg-deb -x`
into `models/train/work/debs/` (nothing is installed system-wide). Licences are as stated in each package's
`/usr/share/doc/<package>/copyright`.

| source | package | version | licence | kind | cleaned text (MB) | documents | duplicate paragraphs dropped |
|---|---|---|---|---|---:|---:|---:|
{rows}
| **total** | | | | | **{tot/1e6:.2f}** | {sum(s['docs'] for s in cs)} | {sum(s['dup_paragraphs_dropped'] for s in cs)} |

Technical documentation: {sum(s['bytes'] for s in cs if 'dictd' not in KIND.get(s['package'], ''))/1e6:.2f} MB;
dictionaries / encyclopedic glossaries: {sum(s['bytes'] for s in cs if 'dictd' in KIND.get(s['package'], ''))/1e6:.2f} MB.

## Processing
- HTML: text outside `<script>`, `<style>`, `<head>`, `<nav>`, `<pre>`, `<code>` and `<table>` elements; block
  elements become line breaks; whitespace collapsed; Sphinx pilcrows removed. Code blocks and tables are left out
  on purpose: the linter scores prose.
- dictd (`.dict.dz`): each index entry decoded once, `<...>` markup and `{{cross refs}}` braces removed, entries
  grouped 40 paragraphs to a document.
- A paragraph is kept if it has at least 40 characters, 6 words and 60 % letters (dictd: 30 characters, 5 words).
- Exact duplicate paragraphs (SHA-1 of the paragraph) are dropped across the whole corpus (first occurrence kept).
- Per-source caps (python 16 MB, PostgreSQL 9, handbook 6, reference 3, git 5, node 4, FOLDOC 6, Jargon 2,
  GCIDE 6 MB); only GCIDE reaches its cap.
- Documents are separated by a `<|endoftext|>` line (token id {cfg.vocab_size - 1} in training data).
- Validation split: a document goes to `val.txt` when the MD5 of its installed path (dictd: path#entry-group) falls
  in the lowest 2 %; {sum(s['val_bytes'] for s in cs)/1e6:.2f} MB of text.
- Tokens after BPE: train {ps.get('train_tokens', '?')}, validation {ps.get('val_tokens', '?')}.
"""
    open(os.path.join(out, "CORPUS.md"), "w").write(corpus_md)

    # ---------------- MODEL.md
    first_wall = log[0]["wall"] if log else "?"
    last_wall = log[-1]["wall"] if log else "?"
    lm, bg, ug = ev["lm_val"], ev["bigram_val"], ev["unigram_val"]
    dev = ev.get("dev")
    auc_rows = ""
    verdict = ""
    if dev:
        A = dev["auc"]
        def row(label, key):
            a = A[key]
            return f"| {label} | {f(a['auc'])} | {a['ci95'][0]:.3f}–{a['ci95'][1]:.3f} |"
        auc_rows = "\n".join([
            "| scorer | AUC | bootstrap 95 % interval |", "|---|---:|---:|",
            row("**LM**, max token bits", "lm_max"), row("**LM**, mean token bits", "lm_mean"), row("**LM**, sum of token bits", "lm_sum"),
            row("**LM**, sum over digit tokens only", "lm_digits_sum"), row("**LM**, mean over digit tokens only", "lm_digits_mean"),
            row("bigram (add-k), max", "bigram_max"), row("bigram (add-k), mean", "bigram_mean"), row("bigram (add-k), sum", "bigram_sum"),
            row("bigram, sum over digit tokens only", "bigram_digits_sum"), row("bigram, mean over digit tokens only", "bigram_digits_mean"),
            row("unigram (add-k), max", "unigram_max"), row("unigram (add-k), mean", "unigram_mean"), row("unigram (add-k), sum", "unigram_sum"),
            row("every number is a claim (constant score)", "every_number_constant"),
            row("digits in the claim (count)", "digit_count"), row("tokens in the claim (count)", "claim_token_count"),
        ])
        aggs = ("max", "mean", "sum", "digits_sum", "digits_mean")
        best_lm = max(aggs, key=lambda a: A[f"lm_{a}"]["auc"])
        best_bg = max(aggs, key=lambda a: A[f"bigram_{a}"]["auc"])
        verdict = (f"Best LM aggregate: {best_lm} (AUC {f(A['lm_'+best_lm]['auc'])}); best bigram aggregate: {best_bg} "
                   f"(AUC {f(A['bigram_'+best_bg]['auc'])}); token count alone: {f(A['claim_token_count']['auc'])}. "
                   + ("The LM's best aggregate is above the bigram's best." if A['lm_'+best_lm]['auc'] > A['bigram_'+best_bg]['auc']
                      else "The LM does **not** beat the bigram baseline's best aggregate on this set.")
                   + f" With {dev['n']} items ({dev['n_detail']} detail, {dev['n_common']} common) the intervals are wide: "
                     "differences under about 0.1 AUC are not meaningful.")
    ort_txt = ("not run (node/npm or onnxruntime-node unavailable)" if not ort else
               f"onnxruntime-node {ort.get('ort_version', '?')} on `model.onnx`: max |bits − PyTorch bits| over the "
               f"reference strings = {ort['max_abs_bits_diff_vs_pytorch']:.2e}; max |logit change| of real tokens when the "
               f"batch is right-padded = {ort['max_abs_logit_diff_right_padding']:.2e}; output dims for a 4×{ort['output_dims'][1]} "
               f"batch = {ort['output_dims']} ({ort['output_type']}).")
    notes = ""
    npath = os.path.join(here, "MODEL_NOTES.md")
    if os.path.exists(npath) and not smoke:
        notes = "\n" + open(npath).read()
    md = f"""# factlint-tiny

{"**SMOKE BUILD — not the shipped model.**" if smoke else ""}
A small GPT-2-style causal language model trained from scratch on CPU for FactLint's surprisal scoring
(`-log2 p` per token). Everything below is written by `models/train/make_docs.py` from recorded figures.

## Files
| file | what |
|---|---|
| `model.onnx` | fp32 ONNX, opset 17, {onnx_mb:.2f} MB, SHA-256 `{sha}` |
| `vocab.json`, `merges.txt` | byte-level BPE, GPT-2 format (`#version: 0.2`), {cfg.vocab_size} ids, `<|endoftext|>` = {cfg.vocab_size - 1} |
| `model.yaml` | what the C# engine reads |
| `reference.json` | token ids and PyTorch per-token bits for 4 strings (engine tests) |
| `CORPUS.md` | training data sources, versions, licences, sizes |

## Inference contract
- Inputs: `input_ids` int64 `[batch, sequence]`, `attention_mask` int64 `[batch, sequence]` (1 = real token),
  `logit_positions` int64 `[positions]`: flat positions `b * sequence + i` at which to compute logits.
- Output: `logits` float32 `[positions, {cfg.vocab_size}]`; row `k` is the logits at position `logit_positions[k]`, and the
  logits at position `i` predict token `i + 1`. The vocabulary projection runs only at those rows (it is more than
  half of the model's FLOPs per position); pass every position to get the whole `[batch × sequence, {cfg.vocab_size}]`. The
  input is added after the PyTorch export by `add_logit_positions.py` (a Flatten and a Gather before the final MatMul).
- Dynamic axes `batch` and `sequence`; `sequence` ≤ {cfg.n_ctx} (learned positions; longer input fails).
- Prepend `<|endoftext|>` (id {cfg.vocab_size - 1}) as BOS; training put it between documents.
- Attention is causal; keys with `attention_mask` = 0 are masked as well, so **right** padding never changes real
  tokens' logits. Positions are always `0..sequence-1`, so left padding is not supported.
- No past key/value inputs. No quantised variant ships (see below).
- ONNX Runtime check: {ort_txt}

## Architecture
Decoder-only transformer, GPT-2 layout: {cfg.n_layer} layers, {cfg.n_head} heads, d_model {cfg.d_model},
MLP {4 * cfg.d_model} (GELU, erf form), pre-LayerNorm, final LayerNorm, learned position embeddings
({cfg.n_ctx}), input and output embeddings tied, no dropout, biases on all linear layers.
Parameters: **{n_params:,}** ({n_emb:,} in token + position embeddings, {n_params - n_emb:,} in the blocks).

## Training
- Data: {sum(s['bytes'] for s in cs)/1e6:.1f} MB of cleaned Debian documentation and dictionary text
  (CORPUS.md), {ps.get('train_tokens', '?')} training tokens.
- Tokens seen: **{st['tokens_seen']:,}** ({st['step']} steps × batch {st['tokens_seen'] // max(st['step'], 1) // cfg.n_ctx} × {cfg.n_ctx} tokens)
  = {st['tokens_seen'] / max(ps.get('train_tokens', 1), 1):.2f} epochs.
- Optimiser: AdamW (β 0.9/0.95, weight decay 0.1 on matrices), peak LR {os.environ.get('LR', '2e-3')}, linear warm-up
  over the first 3 % of the time budget, cosine decay to 10 % of peak at the end of the budget; gradient clip 1.0;
  random 257-token windows.
- Training time: {st['train_seconds']/60:.1f} min of compute wall time (checkpoint/eval pauses excluded),
  {first_wall} → {last_wall} (first/last checkpoint, UTC).
- Machine: {os.cpu_count()}-core x86-64 CPU, no GPU, shared with other builds (training ran under `nice -n 15`),
  PyTorch {torch.__version__} (Debian `python3-torch`) on OpenBLAS, Python {platform.python_version()}.
- Checkpoints every 3 minutes to `models/train/work/ckpt.pt`; `build.sh` resumes from it.

## Evaluation (`models/train/evaluate.py`, run by `build.sh`)
Validation split ({lm['tokens']:,} predicted tokens, non-overlapping {cfg.n_ctx}-token windows):

| model | bits/token | perplexity | bits/byte (approx.) |
|---|---:|---:|---:|
| **factlint-tiny** | {f(lm['bits_per_token'])} | **{lm['perplexity']:.1f}** | {f(lm.get('bits_per_byte_approx', float('nan')))} |
| bigram, add-k (k = {bg['k']}) | {f(bg['bits_per_token'])} | {bg['perplexity']:.1f} | {f(bg.get('bits_per_byte_approx', float('nan')))} |
| unigram, add-k (k = {ug['k']}) | {f(ug['bits_per_token'])} | {ug['perplexity']:.1f} | {f(ug.get('bits_per_byte_approx', float('nan')))} |

n-gram models are counted on the same `train.bin`; k is picked from a grid on this validation split.

Dev claims (`../shared/eval/claims-dev.jsonl`, {dev['n'] if dev else 0} sentences; positive = `detail`):
each sentence is scored with `<|endoftext|>` prepended; the claim's tokens are those whose character span
overlaps the claim's span; the claim score is the max, mean or sum of their bits ("digit tokens only": just the claim's tokens that contain
a digit, i.e. the number without its unit words). The bigram and unigram baselines
use the same recipe (the bigram's context for the first token is `<|endoftext|>`). "Every number is a claim" flags
every claim with the same score, so its AUC is 0.5 by construction. Two length heuristics are added for context,
because "sum of bits" grows with the number of tokens.

{auc_rows if dev else "Dev data not found: AUC not computed."}

{verdict}

## Quantisation
Not shipped. The recipe allows an int8 variant only if validation loss stays within 2 %, which needs
`onnxruntime.quantization` (Python) to build and measure; no Python onnxruntime is installable from this
machine's package sources (Debian has none; PyPI is not reachable), so none was built. The fp32 model is
{onnx_mb:.1f} MB.

## Licence
Weights: {WEIGHTS_LICENSE}. Training text licences: see CORPUS.md (PSF-2.0, PostgreSQL, GPL-2(+),
CC-BY-SA-3.0/GPL-2.0+, GFDL-1.1+, Expat, public domain). The corpus itself is not redistributed.

## Reproduce
```
bash models/train/build.sh                 # TRAIN_MINUTES=75 was the shipped budget
SMOKE=1 bash models/train/build.sh         # < 2 min check into a temp dir
```
{notes}"""
    open(os.path.join(out, "MODEL.md"), "w").write(md)
    print(f"docs: wrote model.yaml, MODEL.md, CORPUS.md in {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
