#!/usr/bin/env python3
"""Evaluate the trained LM against baselines.

usage: evaluate.py WORK MODEL_DIR DEV_JSONL OUT_JSON
- validation perplexity / bits per byte of the LM and of add-k unigram/bigram token models
  (trained on the same train.bin, k chosen on the validation split);
- on the dev claims (label detail = positive): AUC of claim surprisal (max/mean/sum of the bits of tokens
  overlapping the claim's character span, sentence scored with <|endoftext|> prepended), for the LM and the
  n-gram baselines, plus "every number is a claim" (constant score, AUC 0.5 by construction) and a
  digit-count heuristic.
"""
import json, math, os, sys, time
import numpy as np
import torch
import torch.nn.functional as F
import bpe
from export import load

LN2 = math.log(2)


def auc(scores, labels):
    """Mann-Whitney AUC, ties count 1/2. labels: 1 = positive (detail)."""
    pos = [s for s, l in zip(scores, labels) if l == 1]
    neg = [s for s, l in zip(scores, labels) if l == 0]
    if not pos or not neg:
        return float("nan")
    tot = 0.0
    for p in pos:
        for n in neg:
            tot += 1.0 if p > n else 0.5 if p == n else 0.0
    return tot / (len(pos) * len(neg))


def bootstrap_ci(scores, labels, n=1000, seed=0):
    rng = np.random.default_rng(seed)
    s, l = np.array(scores), np.array(labels)
    vals = []
    for _ in range(n):
        idx = rng.integers(0, len(s), len(s))
        if l[idx].min() == l[idx].max():
            continue
        vals.append(auc(s[idx].tolist(), l[idx].tolist()))
    return [round(float(np.percentile(vals, 2.5)), 3), round(float(np.percentile(vals, 97.5)), 3)]


class NGram:
    def __init__(self, train_ids, V, order):
        self.V, self.order = V, order
        self.uni = np.bincount(train_ids, minlength=V).astype(np.float64)
        self.N = float(len(train_ids))
        if order == 2:
            keys = train_ids[:-1].astype(np.int64) * V + train_ids[1:].astype(np.int64)
            self.keys, self.counts = np.unique(keys, return_counts=True)
        self.k = 1.0

    def bigram_count(self, prev, nxt):
        key = np.asarray(prev, dtype=np.int64) * self.V + np.asarray(nxt, dtype=np.int64)
        i = np.searchsorted(self.keys, key)
        i = np.clip(i, 0, len(self.keys) - 1)
        return np.where(self.keys[i] == key, self.counts[i], 0).astype(np.float64)

    def bits(self, prev, nxt):
        """bits of each nxt given prev (arrays)."""
        if self.order == 1:
            p = (self.uni[nxt] + self.k) / (self.N + self.k * self.V)
        else:
            p = (self.bigram_count(prev, nxt) + self.k) / (self.uni[prev] + self.k * self.V)
        return -np.log2(p)


def main(work, model_dir, dev_path, out_json):
    t0 = time.time()
    torch.set_num_threads(int(os.environ.get("THREADS", "2")))
    model, ck = load(work)
    V, T = model.cfg.vocab_size, model.cfg.n_ctx
    tok = bpe.Tokenizer(os.path.join(model_dir, "vocab.json"), os.path.join(model_dir, "merges.txt"))
    bos = tok.eot_id
    train_ids = np.fromfile(os.path.join(work, "train.bin"), dtype=np.uint16).astype(np.int64)
    val_ids = np.fromfile(os.path.join(work, "val.bin"), dtype=np.uint16).astype(np.int64)
    val_bytes = os.path.getsize(os.path.join(work, "corpus", "val.txt")) if os.path.exists(os.path.join(work, "corpus", "val.txt")) else None
    res = dict()

    # ---- validation: LM over non-overlapping windows of T+1 tokens (T predictions each)
    n_win = (len(val_ids) - 1) // T
    tot_bits, n_tok = 0.0, 0
    with torch.no_grad():
        for b in range(0, n_win, 16):
            starts = range(b * T, min(n_win, b + 16) * T, T)
            x = torch.from_numpy(np.stack([val_ids[s:s + T] for s in starts]))
            y = torch.from_numpy(np.stack([val_ids[s + 1:s + T + 1] for s in starts]))
            loss = F.cross_entropy(model(x).view(-1, V), y.reshape(-1), reduction="sum").item()
            tot_bits += loss / LN2
            n_tok += y.numel()
    lm_val = dict(tokens=n_tok, bits_per_token=tot_bits / n_tok, perplexity=2 ** (tot_bits / n_tok))
    # the same predicted tokens for the n-gram models: targets val_ids[1 : n_win*T+1]
    prev = val_ids[:n_win * T]
    nxt = val_ids[1:n_win * T + 1]
    ngrams = {}
    for name, order in (("unigram", 1), ("bigram", 2)):
        ng = NGram(train_ids, V, order)
        best = None
        for k in (1.0, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001):
            ng.k = k
            b = float(ng.bits(prev, nxt).mean())
            if best is None or b < best[1]:
                best = (k, b)
        ng.k = best[0]
        ngrams[name] = ng
        res[f"{name}_val"] = dict(tokens=len(nxt), k=best[0], bits_per_token=best[1], perplexity=2 ** best[1])
    res["lm_val"] = lm_val
    if val_bytes:
        # val.txt bytes include the '<|endoftext|>\n' separator lines; count only the document text
        eot_lines = int((val_ids == bos).sum())
        text_bytes = val_bytes - eot_lines * len((bpe.EOT + "\n").encode())
        frac = n_tok / (len(val_ids) - 1)
        res["val_text_bytes"] = text_bytes
        for key in ("lm_val", "unigram_val", "bigram_val"):
            r = res[key]
            r["bits_per_byte_approx"] = r["bits_per_token"] * r["tokens"] / (text_bytes * frac)

    # ---- dev claims
    if dev_path and os.path.exists(dev_path):
        rows = [json.loads(l) for l in open(dev_path, encoding="utf-8") if l.strip()]
        labels, details = [], []
        feats = {m: {a: [] for a in ("max", "mean", "sum", "digits_sum", "digits_mean")} for m in ("lm", "bigram", "unigram")}
        digits, ntoks = [], []
        for r in rows:
            text, claim = r["text"], r["claim"]
            cs = text.find(claim)
            if cs < 0:
                raise SystemExit(f"claim not found in text: {r}")
            ce = cs + len(claim)
            ids, spans = tok.encode_with_offsets(text)
            sel = [i for i, (s, e) in enumerate(spans) if s < ce and e > cs]
            # the claim's tokens that contain a digit (numbers without their unit words)
            dsel = [i for i in sel if any(c.isdigit() for c in tok.decode_token(ids[i]))] or sel
            x = torch.tensor([[bos] + ids])
            with torch.no_grad():
                logp = F.log_softmax(model(x, torch.ones_like(x))[0].double(), dim=-1)
            lm_bits = np.array([-logp[i, t].item() / LN2 for i, t in enumerate(ids)])
            prev_ids = np.array([bos] + ids[:-1])
            per = {"lm": lm_bits, "bigram": ngrams["bigram"].bits(prev_ids, np.array(ids)),
                   "unigram": ngrams["unigram"].bits(prev_ids, np.array(ids))}
            for m, b in per.items():
                cb = b[sel]
                feats[m]["max"].append(float(cb.max()))
                feats[m]["mean"].append(float(cb.mean()))
                feats[m]["sum"].append(float(cb.sum()))
                feats[m]["digits_sum"].append(float(b[dsel].sum()))
                feats[m]["digits_mean"].append(float(b[dsel].mean()))
            labels.append(1 if r["label"] == "detail" else 0)
            digits.append(sum(c.isdigit() for c in claim))
            ntoks.append(len(sel))
            details.append(dict(text=text, claim=claim, label=r["label"],
                                claim_tokens=[tok.decode_token(ids[i]) for i in sel],
                                lm_bits=[round(float(lm_bits[i]), 3) for i in sel],
                                bigram_bits=[round(float(per["bigram"][i]), 3) for i in sel]))
        table = {}
        for m in feats:
            for a in feats[m]:
                table[f"{m}_{a}"] = dict(auc=auc(feats[m][a], labels), ci95=bootstrap_ci(feats[m][a], labels))
        table["every_number_constant"] = dict(auc=auc([1.0] * len(labels), labels), ci95=[0.5, 0.5])
        table["digit_count"] = dict(auc=auc(digits, labels), ci95=bootstrap_ci(digits, labels))
        table["claim_token_count"] = dict(auc=auc(ntoks, labels), ci95=bootstrap_ci(ntoks, labels))
        res["dev"] = dict(path=os.path.basename(dev_path), n=len(labels), n_detail=sum(labels),
                          n_common=len(labels) - sum(labels), auc=table)
        with open(os.path.join(work, "eval_details.jsonl"), "w", encoding="utf-8") as fh:
            for d in details:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    else:
        res["dev"] = None
    res["eval_seconds"] = round(time.time() - t0, 1)
    with open(out_json, "w") as fh:
        json.dump(res, fh, indent=1)
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main(*sys.argv[1:5])
