#!/usr/bin/python3
"""Regenerate every certificate PDF and gold file of the certs-z10 blind set.
Usage: /usr/bin/python3 build.py [zj01 zj02 ...]   (sequential; temp files go to .profiles/)"""
import json, os, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import PRODUCERS, PROF, HERE
from certs import CERTS

KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']

def main():
    os.makedirs(PROF, exist_ok=True)
    only = set(sys.argv[1:])
    for c in CERTS:
        if only and c['id'] not in only:
            continue
        t = time.time()
        out = os.path.join(HERE, c['id'] + '.pdf')
        PRODUCERS[c['gold']['producer']](c, out)
        gold = {k: c['gold'][k] for k in KEYS}
        with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print('%s  %-20s %5.1fs' % (c['id'], c['gold']['producer'], time.time() - t), flush=True)

if __name__ == '__main__':
    main()
