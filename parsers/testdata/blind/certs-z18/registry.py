"""Registry of the 40 certificates: gold answer + render function."""
CERTS = {}
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}


def cert(cid, *, style, producer, layout, notes, name, title, date, credits, unit,
         provider, activity_id):
    assert unit in UNITS, unit
    points = round(credits * 10, 3) if unit == "CEU" else credits

    def deco(fn):
        assert cid not in CERTS, cid
        CERTS[cid] = {
            "gold": {"style": style, "producer": producer, "layout": list(layout),
                     "notes": notes, "name": name, "title": title, "date": date,
                     "credits": credits, "unit": unit, "points": points,
                     "provider": list(provider), "activity_id": activity_id},
            "render": fn,
        }
        return fn
    return deco


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
