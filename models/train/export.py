#!/usr/bin/env python3
"""Export a checkpoint to ONNX (opset 17) with a logit_positions input, write model.yaml-ready sha256 and reference.json.

usage: export.py WORK OUT_DIR
Reads WORK/ckpt.pt, WORK/vocab.json, WORK/merges.txt. Writes OUT_DIR/model.onnx, vocab.json, merges.txt,
reference.json.
"""
import hashlib, json, math, os, shutil, sys
import numpy as np
import torch
import torch.nn.functional as F
import bpe
from model import GPT, Config

REFERENCE_STRINGS = [
    "The quick brown fox jumps over the lazy dog.",
    "Revenue was $9.73 billion in Q3 2021.",
    "Zürich — 12 %",
    "PostgreSQL 15 was released in October 2022.",
]


class OnnxWrapper(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return self.model(input_ids, attention_mask)


def load(work):
    ck = torch.load(os.path.join(work, "ckpt.pt"))
    model = GPT(Config(**ck["config"]))
    model.load_state_dict(ck["model"])
    model.eval()
    return model, ck


def token_bits(model, ids, bos):
    """bits[i] = -log2 p(ids[i] | bos, ids[:i])"""
    x = torch.tensor([[bos] + ids], dtype=torch.long)
    with torch.no_grad():
        logits = model(x, torch.ones_like(x))[0]
    logp = F.log_softmax(logits.double(), dim=-1)
    return [float(-logp[i, t] / math.log(2)) for i, t in enumerate(ids)]


def main(work, out):
    os.makedirs(out, exist_ok=True)
    model, ck = load(work)
    for f in ("vocab.json", "merges.txt"):
        shutil.copyfile(os.path.join(work, f), os.path.join(out, f))
    onnx_path = os.path.join(out, "model.onnx")
    dummy = torch.randint(0, model.cfg.vocab_size, (2, 16), dtype=torch.long)
    torch.onnx.export(OnnxWrapper(model), (dummy, torch.ones_like(dummy)), onnx_path,
                      input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                                    "attention_mask": {0: "batch", 1: "sequence"},
                                    "logits": {0: "batch", 1: "sequence"}},
                      opset_version=17, do_constant_folding=False)  # folding would store the tied embedding twice
    import onnx
    import add_logit_positions
    m = onnx.load(onnx_path)
    # logits only at the positions the scorer reads (input logit_positions [n], flat positions); checked by add().
    add_logit_positions.add(m)
    onnx.save(m, onnx_path)
    sha = hashlib.sha256(open(onnx_path, "rb").read()).hexdigest()
    print(f"export: {onnx_path} {os.path.getsize(onnx_path)} bytes sha256 {sha}")

    tok = bpe.Tokenizer(os.path.join(out, "vocab.json"), os.path.join(out, "merges.txt"))
    bos = tok.eot_id
    refs = []
    for s in REFERENCE_STRINGS:
        ids = tok.encode(s)
        assert tok.decode(ids) == s
        refs.append(dict(text=s, ids=ids, tokens=[tok.inv[i] for i in ids],
                         decoded=[tok.decode_token(i) for i in ids],
                         bits=[round(b, 6) for b in token_bits(model, ids, bos)]))
    # padded-batch check data: logits for the first string must not change with right padding
    ref = dict(
        description="Token ids (without BOS) from vocab.json/merges.txt, and per-token surprisal in bits from the "
                    "PyTorch model with <|endoftext|> prepended as BOS: bits[i] = -log2 softmax(logits[i])[ids[i]] "
                    "where logits[0] is the output at the BOS position. tokens = vocab.json strings (byte-level, "
                    "GPT-2 byte-to-unicode); decoded = UTF-8 text of each token (partial UTF-8 sequences shown as U+FFFD).",
        bos_token="<|endoftext|>", bos_id=bos, model_sha256=sha, strings=refs)
    with open(os.path.join(out, "reference.json"), "w", encoding="utf-8") as fh:
        json.dump(ref, fh, ensure_ascii=False, indent=1)
    return sha


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
