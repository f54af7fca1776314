#!/usr/bin/env python3
"""Writes translations into a framework file: each translatable string literal becomes
{ en = "...", fr = "...", ar = "..." } in place, so comments and layout stay.
usage: merge.py FILE.toml FR.json AR.json  (rewrites FILE.toml)"""
import json, re, sys, tomllib

NOT_TEXT = {"id", "version", "dimension", "url", "publisher", "depends_on", "see_also",
            "indicators", "year"}
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')

def decode(lit):
    return json.loads('"' + lit + '"') if '\\' in lit else lit

def enc(s):
    return json.dumps(s, ensure_ascii=False)

def main(path, fr_path, ar_path):
    fr, ar = json.load(open(fr_path)), json.load(open(ar_path))
    src = open(path, encoding="utf-8").read()
    out, key_of_array, missing = [], None, set()
    for line in src.splitlines(keepends=True):
        stripped = line.lstrip()
        if stripped.startswith("#"):
            out.append(line); continue
        m = re.match(r'\s*([A-Za-z0-9_"-]+)\s*=', line)
        key = m.group(1).strip('"') if m else None
        if key is not None:
            key_of_array = key if re.search(r'=\s*\[\s*$', line) else None
        ctx = key if key is not None else key_of_array
        if stripped.startswith("]"):
            key_of_array = None
        if ctx in NOT_TEXT:
            out.append(line); continue
        def repl(mm):
            en = decode(mm.group(1))
            if en in fr and en in ar:
                return "{ en = %s, fr = %s, ar = %s }" % (enc(en), enc(fr[en]), enc(ar[en]))
            if len(en) > 12 and ' ' in en:
                missing.add(en)
            return mm.group(0)
        # only the value part of `key = value` lines
        if m and key is not None:
            head, tail = line[:m.end()], line[m.end():]
            out.append(head + STRING.sub(repl, tail))
        else:
            out.append(STRING.sub(repl, line))
    text = "".join(out)
    tomllib.loads(text)  # still valid TOML
    open(path, "w", encoding="utf-8").write(text)
    for s in sorted(missing):
        print("untranslated:", s[:80], file=sys.stderr)

main(*sys.argv[1:])
