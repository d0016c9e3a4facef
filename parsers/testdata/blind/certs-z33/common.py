"""Gold-record helper shared by the certificate modules."""

UNITS = ("contact hour", "CMLE", "CE hour", "CEU")


def gold(cid, style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id):
    assert unit in UNITS, unit
    assert isinstance(provider, list) and provider
    points = round(credits * 10, 2) if unit == "CEU" else credits
    return {
        "id": cid,
        "style": style,
        "producer": producer,
        "layout": layout,
        "notes": notes,
        "name": name,
        "title": title,
        "date": date,
        "credits": credits,
        "unit": unit,
        "points": points,
        "provider": provider,
        "activity_id": activity_id,
    }


GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits",
             "unit", "points", "provider", "activity_id"]


def esc(s):
    """HTML/XML escape."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
