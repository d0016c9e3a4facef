"""Shared helpers: element normalisation and sizing used by every engine."""
import json

# element tuple -> dict  {"t": type, "v": payload, **opts}
def norm(el):
    if isinstance(el, dict):
        return el
    t = el[0]
    v = el[1] if len(el) > 1 else None
    d = {"t": t, "v": v}
    if len(el) > 2 and isinstance(el[2], dict):
        d.update(el[2])
    return d


def spec_for_engine(cert):
    """Return a JSON-serialisable render spec (what the PHP engines read)."""
    r = cert["render"]
    return {
        "id": cert["id"],
        "orientation": r.get("orientation", "portrait"),
        "align": r.get("align", "center"),
        "border": r.get("border", "none"),
        "font": r.get("font", "serif"),
        "accent": r.get("accent", "#1f3a5f"),
        "seal": r.get("seal"),
        "footer": r.get("footer"),
        "vcenter": r.get("vcenter", r.get("align", "center") == "center"),
        "body": [norm(e) for e in r["body"]],
    }


def hex2rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def hex2rgb255(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


# point sizes per element type (portrait / landscape use the same, engines scale a bit)
SIZES = {
    "logo": 26, "issuer": 13, "issuer2": 11, "h1": 30, "h2": 18, "p": 12, "pi": 12,
    "fmt": 13, "name": 26, "title": 17, "kv": 11, "cols_label": 8.5, "cols_value": 12,
    "table": 10, "small": 8, "sig": 10, "footer": 7.5,
}
