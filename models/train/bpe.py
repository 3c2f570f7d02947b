#!/usr/bin/env python3
"""Byte-level BPE (GPT-2 format) trainer and encoder, pure Python.

Produces vocab.json + merges.txt that load like GPT-2's files:
- GPT-2 bytes_to_unicode mapping (space -> 'Ġ'),
- GPT-2 pre-tokenisation regex,
- merges.txt starting with '#version: 0.2',
- '<|endoftext|>' as the last id.
"""
import heapq, json, sys
from collections import Counter, defaultdict

import regex

EOT = "<|endoftext|>"
GPT2_PAT = regex.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


B2U = bytes_to_unicode()
U2B = {v: k for k, v in B2U.items()}


def to_unicode(s):
    return "".join(B2U[b] for b in s.encode("utf-8"))


def pretokenize(text):
    return GPT2_PAT.findall(text)


def train(text_iter, vocab_size=8192, min_freq=2, log=print):
    counts = Counter()
    for text in text_iter:
        for w in pretokenize(text):
            counts[to_unicode(w)] += 1
    words = [tuple(w) for w, c in counts.items() if c >= min_freq or len(w) == 1]
    freqs = [counts["".join(w)] for w in words]
    log(f"bpe: {len(words)} unique pre-tokens")
    base = [B2U[b] for b in range(256)]
    vocab = {t: i for i, t in enumerate(sorted(base, key=lambda ch: U2B[ch]))}
    merges = []
    pair_counts = defaultdict(int)
    where = defaultdict(set)
    for wi, w in enumerate(words):
        f = freqs[wi]
        for a, b in zip(w, w[1:]):
            pair_counts[(a, b)] += f
            where[(a, b)].add(wi)
    heap = [(-c, p) for p, c in pair_counts.items()]
    heapq.heapify(heap)
    target = vocab_size - 1  # room for <|endoftext|>
    while len(vocab) < target and heap:
        negc, pair = heapq.heappop(heap)
        c = pair_counts.get(pair, 0)
        if c != -negc:
            if c > 0:
                heapq.heappush(heap, (-c, pair))
            continue
        if c < 2:
            break
        a, b = pair
        new = a + b
        merges.append(pair)
        if new not in vocab:
            vocab[new] = len(vocab)
        changed = set()
        for wi in list(where[pair]):
            w = words[wi]
            f = freqs[wi]
            # remove old pairs
            for p in zip(w, w[1:]):
                pair_counts[p] -= f
                changed.add(p)
            nw = []
            i = 0
            while i < len(w):
                if i + 1 < len(w) and w[i] == a and w[i + 1] == b:
                    nw.append(new)
                    i += 2
                else:
                    nw.append(w[i])
                    i += 1
            nw = tuple(nw)
            words[wi] = nw
            for p in zip(nw, nw[1:]):
                pair_counts[p] += f
                where[p].add(wi)
                changed.add(p)
        del pair_counts[pair]
        where.pop(pair, None)
        for p in changed:
            if p != pair and pair_counts.get(p, 0) > 0:
                heapq.heappush(heap, (-pair_counts[p], p))
        if len(merges) % 1000 == 0:
            log(f"bpe: {len(merges)} merges, vocab {len(vocab)}")
    vocab[EOT] = len(vocab)
    return vocab, merges


def save(vocab, merges, vocab_path, merges_path):
    with open(vocab_path, "w", encoding="utf-8") as fh:
        json.dump(vocab, fh, ensure_ascii=False)
    with open(merges_path, "w", encoding="utf-8") as fh:
        fh.write("#version: 0.2\n")
        for a, b in merges:
            fh.write(f"{a} {b}\n")


class Tokenizer:
    def __init__(self, vocab_path, merges_path):
        with open(vocab_path, encoding="utf-8") as fh:
            self.vocab = json.load(fh)
        self.inv = {i: t for t, i in self.vocab.items()}
        self.ranks = {}
        with open(merges_path, encoding="utf-8") as fh:
            for i, line in enumerate(fh.read().split("\n")[1:]):
                if not line:
                    continue
                a, b = line.split(" ")
                self.ranks.setdefault((a, b), i)
        self.eot_id = self.vocab[EOT]
        self.cache = {}

    def bpe(self, word):
        if word in self.cache:
            return self.cache[word]
        parts = list(word)
        while len(parts) > 1:
            best = None
            best_rank = None
            for i in range(len(parts) - 1):
                r = self.ranks.get((parts[i], parts[i + 1]))
                if r is not None and (best_rank is None or r < best_rank):
                    best_rank, best = r, i
            if best is None:
                break
            a, b = parts[best], parts[best + 1]
            merged = []
            i = 0
            while i < len(parts):
                if i + 1 < len(parts) and parts[i] == a and parts[i + 1] == b:
                    merged.append(a + b)
                    i += 2
                else:
                    merged.append(parts[i])
                    i += 1
            parts = merged
        ids = [self.vocab[p] for p in parts]
        if len(self.cache) < 2_000_000:
            self.cache[word] = ids
        return ids

    def encode_with_offsets(self, text):
        """Returns (ids, [(start_char, end_char)]) with character offsets into text.
        A token that covers part of a multi-byte character is given that character's span."""
        ids, spans = [], []
        for m in GPT2_PAT.finditer(text):
            w = m.group(0)
            wb = w.encode("utf-8")
            # byte offset -> char offset inside w
            b2c = []
            for ci, ch in enumerate(w):
                b2c.extend([ci] * len(ch.encode("utf-8")))
            b2c.append(len(w))
            pos = 0
            for tid in self.bpe("".join(B2U[b] for b in wb)):
                nb = len(self.inv[tid])  # one unicode char per byte
                s = b2c[pos]
                e_byte = pos + nb
                e = b2c[e_byte] if e_byte < len(b2c) else len(w)
                if e_byte < len(wb) and b2c[e_byte] == b2c[e_byte - 1]:
                    e = b2c[e_byte - 1] + 1  # token ends mid-character
                ids.append(tid)
                spans.append((m.start() + s, m.start() + max(e, s + 1)))
                pos = e_byte
        return ids, spans

    def encode(self, text):
        out = []
        for w in GPT2_PAT.findall(text):
            out.extend(self.bpe("".join(B2U[b] for b in w.encode("utf-8"))))
        return out

    def decode_token(self, tid):
        t = self.inv[tid]
        if t == EOT:
            return t
        return bytes(U2B[c] for c in t).decode("utf-8", errors="replace")

    def decode(self, ids):
        bs = bytearray()
        for t in ids:
            tok = self.inv[t]
            if tok == EOT:
                bs.extend(EOT.encode())
            else:
                bs.extend(U2B[c] for c in tok)
        return bs.decode("utf-8", errors="replace")


def iter_docs(path, max_bytes=None):
    """Yields documents (without the EOT marker) from a corpus file."""
    buf = []
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.rstrip("\n") == EOT:
                yield "".join(buf).rstrip("\n")
                buf = []
                if max_bytes and n >= max_bytes:
                    return
                continue
            buf.append(line)
            n += len(line)
    if buf:
        yield "".join(buf).rstrip("\n")


if __name__ == "__main__":
    import time
    corpus, out_vocab, out_merges = sys.argv[1:4]
    max_bytes = int(sys.argv[4]) if len(sys.argv) > 4 else 8_000_000
    t = time.time()
    vocab, merges = train(iter_docs(corpus, max_bytes), 8192)
    save(vocab, merges, out_vocab, out_merges)
    print(f"bpe: vocab {len(vocab)}, merges {len(merges)}, {time.time()-t:.0f}s")
