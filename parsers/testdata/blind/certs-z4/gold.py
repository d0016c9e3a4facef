"""Gold record helper and the registry of certificates."""
from decimal import Decimal

UNITS = ("contact hour", "CMLE", "CE hour", "CEU")
REGISTRY = {}


def cert(cid, *, style, producer, layout, notes, name, title, date, credits,
         unit, provider, activity_id):
    assert unit in UNITS, unit
    c = Decimal(str(credits))
    pts = float(c * 10) if unit == "CEU" else float(c)
    g = {
        "style": style,
        "producer": producer,
        "layout": list(layout),
        "notes": notes,
        "name": name,
        "title": title,
        "date": date,
        "credits": float(c),
        "unit": unit,
        "points": pts,
        "provider": list(provider),
        "activity_id": activity_id,
    }

    def deco(fn):
        assert cid not in REGISTRY, cid
        REGISTRY[cid] = (g, fn)
        return fn
    return deco
