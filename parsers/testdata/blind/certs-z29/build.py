#!/usr/bin/python3
"""Build the blind certificate set: /usr/bin/python3 build.py [ycNN ...]
Writes ycNN.pdf and ycNN.gold.json next to this script. One converter runs at a time."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.makedirs(os.path.join(HERE, ".profiles"), exist_ok=True)
from certs import C
from engines import render

GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points", "provider", "activity_id"]

def main(only):
    for c in C:
        if only and c["id"] not in only:
            continue
        out = os.path.join(HERE, c["id"] + ".pdf")
        render(c["page"], c["producer"], out)
        with open(os.path.join(HERE, c["id"] + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump({k: c[k] for k in GOLD_KEYS}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("built", c["id"], c["producer"])

if __name__ == "__main__":
    main(set(sys.argv[1:]))
    import make_readme
    make_readme.main()
