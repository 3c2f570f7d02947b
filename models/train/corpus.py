#!/usr/bin/env python3
"""Build the FactLint training corpus from Debian documentation packages.

Reads installed package files (HTML docs, dictd dictionaries), strips markup,
deduplicates paragraphs, and writes train.txt / val.txt where documents are
separated by the <|endoftext|> marker line. Also writes corpus_stats.json.
"""
import base64, gzip, hashlib, html, json, os, re, subprocess, sys
from html.parser import HTMLParser

EOT = "<|endoftext|>"

# (name, package, kind, path(s), byte cap of cleaned text)
SOURCES = [
    ("python-docs", "python3.11-doc", "html", ["/usr/share/doc/python3.11/html"], 16_000_000),
    ("postgresql-docs", "postgresql-doc-15", "html", ["/usr/share/doc/postgresql-doc-15/html"], 9_000_000),
    ("debian-handbook", "debian-handbook", "html", ["/usr/share/doc/debian-handbook/html/en-US"], 6_000_000),
    ("debian-reference", "debian-reference-en", "html", ["/usr/share/debian-reference"], 3_000_000),
    ("git-docs", "git-doc", "html", ["/usr/share/doc/git-doc"], 5_000_000),
    ("nodejs-docs", "nodejs-doc", "html", ["/usr/share/doc/nodejs/api"], 4_000_000),
    ("foldoc", "dict-foldoc", "dictd", ["/usr/share/dictd/foldoc"], 6_000_000),
    ("jargon", "dict-jargon", "dictd", ["/usr/share/dictd/jargon"], 2_000_000),
    ("gcide", "dict-gcide", "dictd", ["/usr/share/dictd/gcide"], 6_000_000),
]

SKIP_TAGS = {"script", "style", "head", "nav", "pre", "code", "table"}  # code blocks are noisy for a prose LM
BLOCK_TAGS = {"p", "div", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "blockquote", "title", "td"}


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def clean_paragraphs(text):
    """Collapse whitespace; keep paragraphs that look like prose."""
    out = []
    for para in text.split("\n"):
        p = re.sub(r"\s+", " ", para).strip()
        p = p.replace("\u00b6", "").strip()  # Sphinx permalink pilcrows
        if len(p) < 40:
            continue
        letters = sum(c.isalpha() for c in p)
        if letters < 0.6 * len(p):
            continue
        if len(p.split()) < 6:
            continue
        out.append(p)
    return out


def html_docs(top, root):
    # doc ids are the installed absolute paths, so the train/val split does not depend on where packages were unpacked
    files = []
    for d, _, fs in os.walk(top):
        for f in fs:
            if f.endswith(".html") or f.endswith(".html.gz"):
                files.append(os.path.join(d, f))
    files.sort()
    for fp in files:
        if "/genindex" in fp or "/search.html" in fp or "/_static" in fp:
            continue
        opener = gzip.open if fp.endswith(".gz") else open
        with opener(fp, "rb") as fh:
            raw = fh.read().decode("utf-8", errors="replace")
        ex = TextExtractor()
        try:
            ex.feed(raw)
        except Exception:
            continue
        yield "/" + os.path.relpath(fp, root), clean_paragraphs("".join(ex.parts))


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64num(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def dictd_docs(base, root):
    doc_base = "/" + os.path.relpath(base, root)
    with gzip.open(base + ".dict.dz", "rb") as fh:
        data = fh.read()
    seen = set()
    with open(base + ".index", encoding="utf-8", errors="replace") as fh:
        entries = []
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or parts[0].startswith("00database"):
                continue
            off, ln = b64num(parts[1]), b64num(parts[2])
            if (off, ln) in seen:
                continue
            seen.add((off, ln))
            entries.append((off, ln, parts[0]))
    entries.sort()
    # group ~40 entries per document so documents are not tiny
    group = []
    for i, (off, ln, hw) in enumerate(entries):
        t = data[off:off + ln].decode("utf-8", errors="replace")
        t = re.sub(r"<[^>]{1,40}>", "", t)          # gcide markup
        t = re.sub(r"\{([^{}]*)\}", r"\1", t)         # foldoc/jargon cross refs
        t = html.unescape(t)
        paras = []
        for para in re.split(r"\n\s*\n", t):
            p = re.sub(r"\s+", " ", para).strip()
            if len(p) >= 30 and len(p.split()) >= 5:
                paras.append(p)
        group.extend(paras)
        if len(group) >= 40:
            yield f"{doc_base}#{i}", group
            group = []
    if group:
        yield f"{doc_base}#end", group


def pkg_info(root, pkg):
    """Version recorded by fetch step (root/VERSIONS), else from dpkg."""
    vf = os.path.join(root, "VERSIONS")
    if os.path.exists(vf):
        for line in open(vf):
            name, _, ver = line.strip().partition(" ")
            if name == pkg:
                return ver
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True).stdout.strip() or "?"
    except Exception:
        return "?"


def main(out_dir, root="/", val_frac=0.02, scale=1.0):
    os.makedirs(out_dir, exist_ok=True)
    seen_para = set()
    stats = []
    with open(os.path.join(out_dir, "train.txt"), "w", encoding="utf-8") as tr, \
         open(os.path.join(out_dir, "val.txt"), "w", encoding="utf-8") as va:
        for name, pkg, kind, paths, cap in SOURCES:
            cap = int(cap * scale)
            n_bytes = n_docs = n_dup = 0
            v_bytes = 0
            path = os.path.join(root, paths[0].lstrip("/"))
            gen = html_docs(path, root) if kind == "html" else dictd_docs(path, root)
            for doc_id, paras in gen:
                keep = []
                for p in paras:
                    h = hashlib.sha1(p.encode()).digest()[:12]
                    if h in seen_para:
                        n_dup += 1
                        continue
                    seen_para.add(h)
                    keep.append(p)
                if len(keep) < 1:
                    continue
                text = "\n".join(keep)
                is_val = int(hashlib.md5(doc_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < val_frac
                (va if is_val else tr).write(text + "\n" + EOT + "\n")
                b = len(text.encode("utf-8"))
                if is_val:
                    v_bytes += b
                n_bytes += b
                n_docs += 1
                if n_bytes >= cap:
                    break
            stats.append(dict(name=name, package=pkg, version=pkg_info(root, pkg), bytes=n_bytes,
                              val_bytes=v_bytes, docs=n_docs, dup_paragraphs_dropped=n_dup))
            print(f"{name:18s} {pkg:22s} {stats[-1]['version']:28s} {n_bytes/1e6:7.2f} MB docs={n_docs} dup={n_dup}", flush=True)
    with open(os.path.join(out_dir, "corpus_stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)


if __name__ == "__main__":
    out = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else "/"
    scale = float(os.environ.get("CORPUS_SCALE", "1.0"))
    main(out, root=root, scale=scale)
