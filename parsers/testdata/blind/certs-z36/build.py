#!/usr/bin/python3
"""Build the z36 blind certificate set: yj01.pdf ... yj40.pdf + yjNN.gold.json + README.md.

Usage (from anywhere):  /usr/bin/python3 build.py [yj05 yj17 ...]
Without arguments every certificate is rebuilt.  Converters run one at a time.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

import registry  # noqa: E402
import certs_a  # noqa: E402,F401
import certs_b  # noqa: E402,F401
import certs_c  # noqa: E402,F401
import readme  # noqa: E402


def main(argv):
    wanted = set(argv)
    certs = sorted(registry.CERTS, key=lambda t: t[0])
    ids = [c[0] for c in certs]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    failed = []
    for cid, gold, fn in certs:
        if wanted and cid not in wanted:
            continue
        pdf = os.path.join(HERE, cid + '.pdf')
        try:
            fn(pdf)
        except Exception as e:  # keep going, report at the end
            failed.append((cid, e))
            print('FAILED', cid, e)
            continue
        with open(os.path.join(HERE, cid + '.gold.json'), 'w', encoding='utf8') as f:
            json.dump({k: gold[k] for k in registry.FIELDS}, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print('built', cid, gold['producer'])
    readme.write(certs, os.path.join(HERE, 'README.md'))
    if failed:
        print('%d failed' % len(failed))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
