"""Shared helpers for the certificate definitions."""

UNITS = ("contact hour", "CMLE", "CE hour", "CEU")


def gold(style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id):
    assert unit in UNITS, unit
    points = round(credits * 10, 2) if unit == "CEU" else credits
    if isinstance(points, float) and points.is_integer():
        points = float(points)
    return {
        "style": style,
        "producer": producer,
        "layout": list(layout),
        "notes": notes,
        "name": name,
        "title": title,
        "date": date,
        "credits": credits,
        "unit": unit,
        "points": points,
        "provider": list(provider),
        "activity_id": activity_id,
    }
