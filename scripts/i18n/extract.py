#!/usr/bin/env python3
"""Lists every translatable English text of a framework file (unique, in file order)."""
import json, sys, tomllib

TEXT_KEYS = {"title", "description", "name", "text", "guidance", "levels", "recommendations",
             "evidence", "note", "changes", "weight_rationale", "owner", "measures",
             "best_fit", "not_covered", "evidence_expected"}
NOT_TEXT_PARENTS = set()

def walk(node, key, out, in_method=False):
    if isinstance(node, str):
        if key in TEXT_KEYS or in_method:
            out.append(node)
    elif isinstance(node, dict):
        if set(node) <= {"en", "fr", "ar"} and "en" in node:
            out.append(node["en"]); return
        for k, v in node.items():
            if key == "evidence_expected":
                walk(v, "evidence_expected", out)
            else:
                walk(v, k, out, in_method=(key == "methodology"))
    elif isinstance(node, list):
        for v in node:
            walk(v, key, out, in_method)

doc = tomllib.load(open(sys.argv[1], "rb"))
out = []
for k, v in doc.items():
    if k in ("id", "version"): continue
    if k == "sources":
        for s in v:
            for sk in ("title", "note"):
                if sk in s: walk(s[sk], sk, out)
        continue
    walk(v, k, out, in_method=(k == "methodology"))
seen, uniq = set(), []
for s in out:
    if s not in seen:
        seen.add(s); uniq.append(s)
json.dump(uniq, sys.stdout, ensure_ascii=False, indent=1)
