#!/usr/bin/python3
"""Build the certs-z3 blind test set.

usage: /usr/bin/python3 build.py            # all 40 certificates + gold + README table
       /usr/bin/python3 build.py zc05 zc17  # only these

Converters are run one at a time (Chromium, LibreOffice, PHP, Ghostscript, qpdf).
Browser/office profiles and intermediate files go to .profiles/ (not part of the set).
"""
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

from certs import CERTS  # noqa: E402
from engine import PRODUCER_NAMES, RENDERERS  # noqa: E402

GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
             "provider", "activity_id"]


def gold_of(c):
    g = {"style": c["style"], "producer": PRODUCER_NAMES[c["prod"]], "layout": c["layout"], "notes": c["notes"]}
    g.update(c["gold"])
    return {k: g[k] for k in GOLD_KEYS}


def build(ids=None):
    for c in CERTS:
        if ids and c["id"] not in ids:
            continue
        out = os.path.join(HERE, c["id"] + ".pdf")
        t = time.time()
        RENDERERS[c["prod"]](c, out)
        with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold_of(c), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("%s  %-24s %-12s %.1fs" % (c["id"], PRODUCER_NAMES[c["prod"]], c["style"], time.time() - t), flush=True)
    write_readme()


def md(s):
    return str(s).replace("|", "\\|")


def write_readme():
    from collections import Counter
    tmpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    golds = [(c["id"], gold_of(c)) for c in CERTS]
    sc = Counter(g["style"] for _, g in golds)
    pc = Counter(g["producer"] for _, g in golds)
    style_tab = "| style | count |\n|---|---|\n" + "".join("| %s | %d |\n" % (k, v) for k, v in sorted(sc.items()))
    prod_tab = "| producer | count |\n|---|---|\n" + "".join("| %s | %d |\n" % (k, v) for k, v in sorted(pc.items()))
    rows = "| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |\n"
    rows += "|---|---|---|---|---|---|---|---|---|---|---|\n"
    for i, g in golds:
        rows += "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n" % (
            i, g["style"], g["producer"], md(g["name"]), md(g["title"]), g["date"], g["credits"], g["unit"],
            g["points"], md("; ".join(g["provider"])), md(g["activity_id"]) if g["activity_id"] else "null")
    txt = tmpl.replace("{{STYLE_COUNTS}}", style_tab).replace("{{PRODUCER_COUNTS}}", prod_tab) \
        .replace("{{TABLE}}", rows).replace("{{N}}", str(len(golds)))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(txt)


if __name__ == "__main__":
    build(set(sys.argv[1:]) or None)
