#!/usr/bin/env python3
"""Encode corpus train.txt / val.txt into uint16 token files with <|endoftext|> between documents."""
import sys, time
import numpy as np
import bpe

def encode_file(tok, src, dst):
    t = time.time()
    out = []
    for doc in bpe.iter_docs(src):
        out.extend(tok.encode(doc))
        out.append(tok.eot_id)
    arr = np.array(out, dtype=np.uint16)
    arr.tofile(dst)
    print(f"prepare: {src} -> {dst}: {len(arr)} tokens in {time.time()-t:.0f}s", flush=True)
    return len(arr)

if __name__ == "__main__":
    vocab, merges, src_dir, dst_dir = sys.argv[1:5]
    tok = bpe.Tokenizer(vocab, merges)
    stats = {}
    for split in ("val", "train"):
        stats[f"{split}_tokens"] = encode_file(tok, f"{src_dir}/{split}.txt", f"{dst_dir}/{split}.bin")
    import json
    json.dump(stats, open(f"{dst_dir}/prepare_stats.json", "w"))
