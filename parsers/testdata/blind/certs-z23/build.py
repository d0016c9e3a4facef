#!/usr/bin/python3
"""Build the blind certificate set.

    /usr/bin/python3 build.py            # all 40 certificates + gold + README
    /usr/bin/python3 build.py zw05 zw17  # only these (README is rewritten too)

Paths are relative to this folder; browser / office profiles go to .profiles/,
intermediate sources (HTML, FODT, DOCX, PS, JSON) to .build/.
Converters are run one at a time.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

from certs import CERTS          # noqa: E402
from engines import ENGINES      # noqa: E402
import readme                    # noqa: E402

KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits",
        "unit", "points", "provider", "activity_id"]


def main(argv):
    want = set(argv) if argv else None
    ids = [c['id'] for c in CERTS]
    assert len(ids) == len(set(ids)) == 40, ids
    for c in CERTS:
        if want and c['id'] not in want:
            continue
        g = c['gold']
        out = os.path.join(HERE, c['id'] + '.pdf')
        print('building', c['id'], g['producer'], flush=True)
        ENGINES[g['producer']](c, out)
        with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump({k: g[k] for k in KEYS}, f, ensure_ascii=False, indent=2)
            f.write('\n')
    readme.write(CERTS, os.path.join(HERE, 'README.md'))
    print('done')


if __name__ == '__main__':
    main(sys.argv[1:])
