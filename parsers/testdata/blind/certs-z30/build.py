#!/usr/bin/env python3
"""Build the z30 blind certificate set: /usr/bin/python3 build.py [ydNN ...]"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine, specs

only = set(sys.argv[1:])
for c in specs.CERTS:
    if only and c['id'] not in only:
        continue
    out = os.path.join(HERE, c['id'] + '.pdf')
    engine.PRODUCERS[c['producer']](c, out)
    g = dict(style=c['style'], producer=c['producer'], layout=c['layout'], notes=c['notes'])
    g.update(c['gold'])
    g = {k: g[k] for k in ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']}
    with open(os.path.join(HERE, c['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
    print(c['id'], c['producer'])
