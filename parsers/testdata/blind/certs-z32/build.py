#!/usr/bin/env python3
"""Build the z32 blind certificate set.

Usage:  /usr/bin/python3 build.py            # all 40
        /usr/bin/python3 build.py yf03 yf17  # selected ones
Writes yfNN.pdf and yfNN.gold.json next to this script.  Intermediate files
(HTML, FODT, DOCX, PHP, PostScript, blank forms) and browser/office profiles go
to .profiles/ (not part of the set).  Converters run one at a time.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

import engine  # noqa: E402
from certs import CERTS  # noqa: E402

KEYS = ['style', 'producer', 'layout', 'notes']
GOLD = ['name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']


def main(argv):
    want = set(argv[1:])
    for c in CERTS:
        if want and c['id'] not in want:
            continue
        out = os.path.join(HERE, c['id'] + '.pdf')
        engine.render(c, out)
        gold = {k: c[k] for k in KEYS}
        gold.update({k: c['gold'][k] for k in GOLD})
        with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print('built', c['id'], c['producer'])
    if not want:
        import readme
        readme.main()
        print('wrote README.md')


if __name__ == '__main__':
    main(sys.argv)
