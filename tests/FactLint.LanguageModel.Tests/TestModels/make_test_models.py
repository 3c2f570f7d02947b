#!/usr/bin/python3
"""Writes the tiny ONNX models and tokenizer files the LanguageModel tests load.

Run with Debian's python3 (apt-get install -y python3-onnx python3-numpy):
    /usr/bin/python3 tests/FactLint.LanguageModel.Tests/TestModels/make_test_models.py
The outputs are committed, so the tests need no Python. Every weight is a small
multiple of a power of two given by a formula, so float32 arithmetic in the model is
exact and the C# tests can recompute the logits by hand (TestModelMath.cs mirrors this).
"""
import base64
import hashlib
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))


def bytes_to_unicode():
    # GPT-2's reversible byte -> printable character table.
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return [(b, chr(c)) for b, c in zip(bs, cs)]


BYTE_CHARS = bytes_to_unicode()
# Merges in priority order; "Ã ©" joins the two UTF-8 bytes of "é" into one token.
MERGES = [("Ġ", "t"), ("h", "e"), ("Ġt", "he"), ("i", "n"), ("e", "r"), ("Ġ", "a"), ("Ã", "©")]
BOS = "<|endoftext|>"

vocab = {}
for _, ch in BYTE_CHARS:
    vocab[ch] = len(vocab)
for a, b in MERGES:
    vocab[a + b] = len(vocab)
vocab[BOS] = len(vocab)
V = len(vocab)  # 264
D = 4
R = 2


def E(i, k): return ((i * 7 + k * 13) % 17 - 8) / 4.0
def W(k, j): return ((k * 5 + j * 11) % 19 - 9) / 8.0
def Q(p, k): return ((p * 3 + k * 5) % 7 - 3) / 2.0
def Rw(k, j): return ((k * 3 + j * 7) % 5 - 2) / 4.0


MAX_POS = 64
emb = np.array([[E(i, k) for k in range(D)] for i in range(V)], dtype=np.float32)
out = np.array([[W(k, j) for j in range(V)] for k in range(D)], dtype=np.float32)
pos_q = np.array([[Q(p, k) for k in range(R)] for p in range(MAX_POS)], dtype=np.float32)
pos_r = np.array([[Rw(k, j) for j in range(V)] for k in range(R)], dtype=np.float32)


def bigram_weights(v):
    return (np.array([[E(i, k) for k in range(D)] for i in range(v)], dtype=np.float32),
            np.array([[W(k, j) for j in range(v)] for k in range(D)], dtype=np.float32))


def ids_input(name="input_ids"):
    return helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "sequence"])


def logits_output():
    return helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "sequence", V])


def save(graph, name):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="factlint-tests")
    model.ir_version = 7
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(HERE, name))


def bigram_nodes(logits_name):
    return [
        helper.make_node("Gather", ["emb", "input_ids"], ["h"], axis=0),
        helper.make_node("MatMul", ["h", "out"], [logits_name]),
    ]


def inits():
    return [numpy_helper.from_array(emb, "emb"), numpy_helper.from_array(out, "out")]


# 1. bigram.onnx: logits[b,t,:] = emb[ids[b,t]] @ out. Depends on the current token only.
save(helper.make_graph(bigram_nodes("logits"), "bigram", [ids_input()], [logits_output()], inits()), "bigram.onnx")

# 2. bigram-mask-pos.onnx: (emb[ids] @ out + pos_q[position_ids] @ pos_r) * attention_mask.
# Needs both optional inputs; a wrong mask zeroes the logits, wrong positions shift them.
nodes = bigram_nodes("base") + [
    helper.make_node("Gather", ["pos_q", "position_ids"], ["pq"], axis=0),
    helper.make_node("MatMul", ["pq", "pos_r"], ["pl"]),
    helper.make_node("Add", ["base", "pl"], ["sum"]),
    helper.make_node("Cast", ["attention_mask"], ["maskf"], to=TensorProto.FLOAT),
    helper.make_node("Unsqueeze", ["maskf", "axis_last"], ["mask3"]),
    helper.make_node("Mul", ["sum", "mask3"], ["logits"]),
]
save(helper.make_graph(
    nodes, "bigram_mask_pos",
    [ids_input(), ids_input("attention_mask"), ids_input("position_ids")],
    [logits_output()],
    inits() + [numpy_helper.from_array(pos_q, "pos_q"), numpy_helper.from_array(pos_r, "pos_r"),
               numpy_helper.from_array(np.array([-1], dtype=np.int64), "axis_last")]), "bigram-mask-pos.onnx")

# 3. bigram-kv.onnx: Llama-style decoder with past key/values. logits gain 1000 * past_length
# on token 0, so scores are only right when the scorer feeds an empty (length 0) past.
past_shape = ["batch", 2, "past_sequence_length", D]
kv_inputs = [helper.make_tensor_value_info(f"past_key_values.0.{kv}", TensorProto.FLOAT, past_shape) for kv in ("key", "value")]
onehot = np.zeros([V], dtype=np.float32)
onehot[0] = 1000.0
nodes = bigram_nodes("base") + [
    helper.make_node("Shape", ["past_key_values.0.key"], ["pshape"]),
    helper.make_node("Gather", ["pshape", "two"], ["plen"], axis=0),
    helper.make_node("Cast", ["plen"], ["plenf"], to=TensorProto.FLOAT),
    helper.make_node("Mul", ["onehot", "plenf"], ["bump"]),
    helper.make_node("Add", ["base", "bump"], ["logits"]),
    helper.make_node("Identity", ["past_key_values.0.key"], ["present.0.key"]),
    helper.make_node("Identity", ["past_key_values.0.value"], ["present.0.value"]),
]
save(helper.make_graph(
    nodes, "bigram_kv",
    [ids_input(), ids_input("attention_mask")] + kv_inputs,
    [logits_output()] + [helper.make_tensor_value_info(f"present.0.{kv}", TensorProto.FLOAT, past_shape) for kv in ("key", "value")],
    inits() + [numpy_helper.from_array(onehot, "onehot"), numpy_helper.from_array(np.array(2, dtype=np.int64), "two")]), "bigram-kv.onnx")

# 5. bigram-positions.onnx: bigram.onnx through models/train/add_logit_positions.py, as the bundled model is:
# logits [batch, n, V] only at the positions named by logit_positions [batch, n].
import sys
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "models", "train"))
import add_logit_positions
positions_model = helper.make_model(helper.make_graph(bigram_nodes("logits"), "bigram_positions", [ids_input()], [logits_output()], inits()),
                                    opset_imports=[helper.make_opsetid("", 13)], producer_name="factlint-tests")
positions_model.ir_version = 7
onnx.save(add_logit_positions.add(positions_model), os.path.join(HERE, "bigram-positions.onnx"))

with open(os.path.join(HERE, "vocab.json"), "w", encoding="utf-8") as f:
    json.dump(vocab, f, ensure_ascii=False, indent=0)
with open(os.path.join(HERE, "merges.txt"), "w", encoding="utf-8") as f:
    f.write("#version: 0.2\n")
    for a, b in MERGES:
        f.write(f"{a} {b}\n")

# Same tokenizer in Hugging Face tokenizer.json form, for the bpe-json loader.
tokenizer_json = {
    "version": "1.0",
    "added_tokens": [{"id": vocab[BOS], "content": BOS, "special": True}],
    "normalizer": None,
    "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
    "model": {"type": "BPE", "vocab": vocab, "merges": [f"{a} {b}" for a, b in MERGES]},
}
with open(os.path.join(HERE, "tokenizer.json"), "w", encoding="utf-8") as f:
    json.dump(tokenizer_json, f, ensure_ascii=False)

# 4. bigram-v320.onnx: the same formulas over 320 tokens, for the SentencePiece test tokenizer.
V_SP = 320
emb_sp, out_sp = bigram_weights(V_SP)
save(helper.make_graph(
    bigram_nodes("logits"), "bigram_v320", [ids_input()],
    [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "sequence", V_SP])],
    [numpy_helper.from_array(emb_sp, "emb"), numpy_helper.from_array(out_sp, "out")]), "bigram-v320.onnx")

# tiktoken rank file: every byte at rank = its value, then a few merges (tiktoken merges whatever pair is ranked).
TIKTOKEN_MERGES = [b" t", b"he", b" the", b"in"]
with open(os.path.join(HERE, "tiny.tiktoken"), "w") as f:
    for rank, token in enumerate([bytes([b]) for b in range(256)] + TIKTOKEN_MERGES):
        f.write(f"{base64.b64encode(token).decode()} {rank}\n")

# SentencePiece BPE with byte fallback, identity normalisation and no whitespace collapsing, so
# pieces spell the text exactly (plus the dummy-prefix space). Needs python3-sentencepiece.
try:
    import sentencepiece as spm
    corpus = os.path.join(HERE, "sp-corpus.tmp")
    with open(corpus, "w", encoding="utf-8") as f:
        for _ in range(50):
            f.write("the theory in the inner thing then there were 12 tests in 2024\n")
    spm.SentencePieceTrainer.train(
        input=corpus, model_prefix=os.path.join(HERE, "tiny-sp"), vocab_size=V_SP, model_type="bpe",
        byte_fallback=True, character_coverage=1.0, normalization_rule_name="identity",
        remove_extra_whitespaces=False, add_dummy_prefix=True, bos_id=1, eos_id=2, unk_id=0, pad_id=-1,
        minloglevel=2)
    os.remove(corpus)
    os.remove(os.path.join(HERE, "tiny-sp.vocab"))
except ImportError:
    print("python3-sentencepiece missing: tiny-sp.model not regenerated")

for name in ("bigram.onnx", "bigram-mask-pos.onnx", "bigram-kv.onnx", "bigram-v320.onnx", "bigram-positions.onnx", "tiny.tiktoken", "tiny-sp.model"):
    with open(os.path.join(HERE, name), "rb") as f:
        print(name, os.path.getsize(os.path.join(HERE, name)), hashlib.sha256(f.read()).hexdigest())
print("vocab", V)
