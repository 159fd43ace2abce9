#!/usr/bin/env python3
"""Average HTML bytes a page, per page type, of a built site.

usage: Benchmarks/bytes/page_bytes.py OUT_DIR
Page types come from the output paths (SPEC.md "Output"); other languages' copies (ar/, fa/, fr/, uk/)
count with the default language's. Prints pages, average and total bytes per type, then all pages.
"""
import os, re, sys, collections
root = sys.argv[1]
LANGS = {"ar", "fa", "fr", "uk"}
def kind(rel):
    parts = rel.split("/")[:-1]  # drop index.html
    if parts and parts[0] in LANGS: parts = parts[1:]
    if not parts: return "home"
    s = parts[0]
    if "print" in parts: return "print board"
    if s in ("search",): return "search"
    if s == "tags": return "tags index" if len(parts) == 1 else "tag page"
    if s in ("stories", "evaluations", "openings"):
        if len(parts) == 1 or parts[1] == "page": return s + " list"
        if s == "openings" and parts[1] in ("remote", "pipeline", "type", "language", "country"): return "facet page"
        return {"stories": "story", "evaluations": "evaluation", "openings": "opening"}[s]
    return "other"
sizes = collections.defaultdict(list)
for dirpath, _, files in os.walk(root):
    for f in files:
        if f.endswith(".html"):
            p = os.path.join(dirpath, f)
            rel = os.path.relpath(p, root)
            k = "404" if rel == "404.html" else kind(rel)
            sizes[k].append(os.path.getsize(p))
total = sum(sum(v) for v in sizes.values()); n = sum(len(v) for v in sizes.values())
print(f"{'page type':16} {'pages':>6} {'avg bytes':>10} {'total':>11}")
for k in sorted(sizes, key=lambda k: -sum(sizes[k])):
    v = sizes[k]; print(f"{k:16} {len(v):6} {sum(v)//len(v):10} {sum(v):11}")
print(f"{'ALL':16} {n:6} {total//n:10} {total:11}")
