"""Write the *.gold.json files for the documents listed in golds.py."""
import sys
from golds import G
from pdfw import write_gold

want = sys.argv[1:]
for name, g in G.items():
    if want and name not in want:
        continue
    g = dict(g)
    write_gold(name, g.pop('kind'), g.pop('producer'), g.pop('notes'), g.pop('pages', None), **g)
