import importlib
ALL = []
for mod in ('specs_a', 'specs_b', 'specs_c', 'specs_d'):
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError as e:
        if e.name != mod:
            raise
        continue
    ALL += m.S
ids = [s['id'] for s in ALL]
assert len(ids) == len(set(ids)), 'duplicate ids'
