#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build the z17 blind certificate set.

usage:  /usr/bin/python3 build.py            # all 40
        /usr/bin/python3 build.py zq05 zq19  # selected
Writes zqNN.pdf and zqNN.gold.json next to this script. Converters run one at a time.
Browser / office profiles and scratch files go to .profiles/ (not part of the set).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from certs import CERTS  # noqa: E402
import engine  # noqa: E402

GOLD_KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points',
             'provider', 'activity_id']


def main(argv):
    os.makedirs(os.path.join(HERE, '.profiles'), exist_ok=True)
    want = set(argv[1:])
    for c in CERTS:
        if want and c['id'] not in want:
            continue
        out = os.path.join(HERE, c['id'] + '.pdf')
        if os.path.exists(out):
            os.remove(out)
        engine.RENDERERS[c['gold']['producer']](c, out)
        if not os.path.exists(out):
            raise SystemExit('no output for ' + c['id'])
        g = {k: c['gold'][k] for k in GOLD_KEYS}
        with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print('built', c['id'], c['gold']['producer'])


if __name__ == '__main__':
    main(sys.argv)
