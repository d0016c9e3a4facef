"""Certificate registry: every certificate module registers its builder here."""
CERTS = {}

PRODUCERS = ["chromium", "soffice-fodt", "soffice-docx", "reportlab-canvas", "reportlab-platypus",
             "php-fpdf", "php-tcpdf", "ghostscript", "qpdf-acroform"]


def cert(id, style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id):
    assert producer in PRODUCERS, producer
    assert unit in ("contact hour", "CMLE", "CE hour", "CEU"), unit

    def deco(fn):
        assert id not in CERTS, id
        points = round(credits * 10, 2) if unit == "CEU" else credits
        CERTS[id] = dict(id=id, fn=fn, gold={
            "style": style, "producer": producer, "layout": layout, "notes": notes,
            "name": name, "title": title, "date": date, "credits": credits, "unit": unit,
            "points": points, "provider": provider, "activity_id": activity_id})
        return fn
    return deco
