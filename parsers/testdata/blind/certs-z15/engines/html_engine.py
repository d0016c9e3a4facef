"""HTML + CSS certificate, printed to PDF with headless Chromium."""
import html
import math
from .common import SIZES, norm

E = html.escape


def _squiggle(seed):
    pts = []
    for k in range(9):
        pts.append((10 + k * 15, 22 - 9 * math.sin(k * 1.7 + seed) - (k % 3) * 2))
    d = "M%.1f %.1f" % pts[0]
    for i in range(1, len(pts) - 2, 3):
        d += " C%.1f %.1f %.1f %.1f %.1f %.1f" % (pts[i] + pts[i + 1] + pts[i + 2])
    return ('<svg width="150" height="34" viewBox="0 0 150 34"><path d="%s" fill="none" stroke="#1f2a5a" '
            'stroke-width="1.4"/></svg>' % d)


def build_html(spec):
    land = spec["orientation"] == "landscape"
    W, H = ("11in", "8.5in") if land else ("8.5in", "11in")
    fam = ("'P052', 'Liberation Serif', serif" if spec["font"] == "serif"
           else "'Liberation Sans', 'Nimbus Sans', sans-serif")
    acc = spec["accent"]
    al = spec["align"]
    b = spec["border"]
    border_css = {
        "none": "",
        "single": ".frame{position:absolute;inset:0.33in;border:2px solid %s;}" % acc,
        "double": ".frame{position:absolute;inset:0.28in;border:4px double %s;outline:1px solid %s;outline-offset:6px;}" % (acc, acc),
        "ornate": ".frame{position:absolute;inset:0.22in;border:9px solid %s;box-shadow: inset 0 0 0 4px #fff, inset 0 0 0 5px %s;}" % (acc, acc),
    }[b]
    pad = "0.75in 0.9in" if b != "none" else "0.7in 0.8in"
    css = """
@page { size: %(W)s %(H)s; margin: 0; }
html,body{margin:0;padding:0;}
body{font-family:%(fam)s;color:#1a1a1a;}
.page{width:%(W)s;height:%(H)s;position:relative;box-sizing:border-box;padding:%(pad)s;overflow:hidden;
      page-break-after:always;text-align:%(al)s;}
.page:last-child{page-break-after:auto;}
.page.vc{display:flex;flex-direction:column;justify-content:center;align-items:center;}
%(border)s
.logo{display:inline-block;background:%(acc)s;color:#fff;font-weight:bold;font-size:%(logo)spt;padding:2px 12px;
      letter-spacing:1px;margin-bottom:8px;font-family:'Liberation Sans',sans-serif;}
.logo.nobox{background:none;color:%(acc)s;padding:0;}
.issuer{color:%(acc)s;font-weight:bold;font-size:%(issuer)spt;margin:2px 0;}
.issuer2{color:#555;font-style:italic;font-size:%(issuer2)spt;margin:2px 0;}
h1{color:%(acc)s;font-size:%(h1)spt;margin:12px 0 10px 0;font-weight:bold;}
h2{color:%(acc)s;font-size:%(h2)spt;margin:8px 0 6px 0;}
p{font-size:%(p)spt;margin:5px 0;white-space:pre-wrap;}
.fmt{color:%(acc)s;font-weight:bold;font-style:italic;font-size:%(fmt)spt;margin:8px 0;}
.name{font-size:%(name)spt;font-weight:bold;font-style:italic;margin:10px auto 12px auto;}
.name.ul{border-bottom:1px solid #777;display:block;width:70%%;padding-bottom:3px;}
.title{font-size:%(title)spt;font-weight:bold;margin:10px 0;line-height:1.22;}
.center .title{margin-left:auto;margin-right:auto;}
.small{font-size:%(small)spt;color:#555;margin:5px 0;line-height:1.3;}
table.kv{border-collapse:collapse;font-size:%(kv)spt;margin:6px 0;}
.center table.kv{margin-left:auto;margin-right:auto;}
table.kv td{padding:2px 10px 2px 0;vertical-align:top;text-align:left;}
table.kv td.l{font-weight:bold;white-space:nowrap;}
table.cols{border-collapse:collapse;margin:10px auto;width:90%%;}
table.cols td{vertical-align:top;padding:2px 8px;}
table.cols td.l{font-size:%(cl)spt;font-weight:bold;color:#666;border-bottom:1px solid #999;}
table.cols td.v{font-size:%(cv)spt;padding-top:5px;}
table.grid{border-collapse:collapse;margin:8px auto;width:90%%;font-size:%(table)spt;}
table.grid th{background:%(acc)s22;text-align:left;border:1px solid #888;padding:4px;}
table.grid td{border:1px solid #888;padding:4px;text-align:left;vertical-align:top;}
.sigs{display:flex;justify-content:%(sigjust)s;gap:0.6in;margin-top:18px;}
.sig{width:3.1in;text-align:center;}
.sig .line{border-top:1px solid #222;margin-top:-4px;padding-top:3px;font-weight:bold;font-size:9.5pt;}
.sig .t{font-style:italic;font-size:8.5pt;color:#555;}
.seal{position:absolute;right:0.85in;bottom:0.75in;width:1.2in;height:1.2in;border-radius:50%%;
      border:3px double %(acc)s;color:%(acc)s;display:flex;align-items:center;justify-content:center;
      text-align:center;font-size:6.5pt;font-weight:bold;font-family:'Liberation Sans',sans-serif;}
.footer{position:absolute;left:0;right:0;bottom:0.42in;text-align:center;white-space:pre;font-size:%(footer)spt;color:#666;}
""" % dict(W=W, H=H, fam=fam, pad=pad, al=al, border=border_css, acc=acc,
           logo=SIZES["logo"], issuer=SIZES["issuer"], issuer2=SIZES["issuer2"], h1=SIZES["h1"] - 2,
           h2=SIZES["h2"], p=SIZES["p"], fmt=SIZES["fmt"], name=SIZES["name"], title=SIZES["title"],
           small=SIZES["small"], kv=SIZES["kv"], cl=SIZES["cols_label"], cv=SIZES["cols_value"],
           table=SIZES["table"], footer=SIZES["footer"], sigjust="center" if al == "center" else "flex-start")

    pages = [[]]
    for el in spec["body"]:
        el = norm(el)
        t, v = el["t"], el["v"]
        out = pages[-1]
        st = ""
        if el.get("size"):
            st = ' style="font-size:%spt"' % el["size"]
        if t == "pagebreak":
            pages.append([])
        elif t == "sp":
            out.append('<div style="height:%spt"></div>' % v)
        elif t == "rule":
            out.append('<hr style="border:0;border-top:1px solid %s;width:%s;margin:8px auto;">'
                       % (acc, "50%" if al == "center" else "100%"))
        elif t == "logo":
            out.append('<div class="logo%s"%s>%s</div>' % ("" if el.get("box", True) else " nobox", st, E(v)))
        elif t in ("issuer", "issuer2"):
            out.append('<div class="%s"%s>%s</div>' % (t, st, E(v)))
        elif t == "h1":
            out.append("<h1%s>%s</h1>" % (st, E(v)))
        elif t == "h2":
            out.append("<h2%s>%s</h2>" % (st, E(v)))
        elif t in ("p", "pi"):
            s = []
            if t == "pi" or el.get("italic"):
                s.append("font-style:italic")
            if el.get("bold"):
                s.append("font-weight:bold")
            if el.get("size"):
                s.append("font-size:%spt" % el["size"])
            if el.get("align"):
                s.append("text-align:%s" % el["align"])
            out.append('<p style="%s">%s</p>' % (";".join(s), E(v)))
        elif t == "fmt":
            out.append('<div class="fmt"%s>%s</div>' % (st, E(v)))
        elif t == "name":
            cls = "name ul" if (al == "center" and el.get("underline", True)) else "name"
            s2 = []
            if el.get("size"):
                s2.append("font-size:%spt" % el["size"])
            if el.get("style") == "b":
                s2.append("font-style:normal")
            out.append('<div class="%s" style="%s">%s</div>' % (cls, ";".join(s2), E(v)))
        elif t == "title":
            w = el.get("maxw", 0.8) * 100
            s2 = "max-width:%d%%;" % w
            if el.get("size"):
                s2 += "font-size:%spt;" % el["size"]
            out.append('<div class="title" style="%s">%s</div>' % (s2, E(v)))
        elif t == "small":
            s2 = "font-style:italic;" if el.get("italic") else ""
            if el.get("align"):
                s2 += "text-align:%s;" % el["align"]
            out.append('<div class="small" style="%s">%s</div>' % (s2, E(v)))
        elif t == "kv":
            rows = "".join('<tr><td class="l">%s</td><td>%s</td></tr>' % (E(l), E(x)) for l, x in v)
            out.append('<table class="kv">%s</table>' % rows)
        elif t == "cols":
            w = el.get("w", 0.9 if al == "center" else 1.0) * 100
            ta = "center" if al == "center" else "left"
            r1 = "".join('<td class="l" style="text-align:%s">%s</td>' % (ta, E(l)) for l, x in v)
            r2 = "".join('<td class="v" style="text-align:%s">%s</td>' % (ta, E(x)) for l, x in v)
            out.append('<table class="cols" style="width:%d%%"><tr>%s</tr><tr>%s</tr></table>' % (w, r1, r2))
        elif t == "table":
            widths = v.get("widths")
            hd = "".join('<th%s>%s</th>' % (' style="width:%d%%"' % (widths[i] * 100) if widths else "", E(h))
                         for i, h in enumerate(v["head"]))
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in v["rows"])
            out.append('<table class="grid"><tr>%s</tr>%s</table>' % (hd, rows))
        elif t == "sig":
            ss = []
            for i, (nm, ti) in enumerate(v):
                ss.append('<div class="sig">%s<div class="line">%s</div>%s</div>'
                          % (_squiggle(i * 3 + len(nm)), E(nm),
                             "".join('<div class="t">%s</div>' % E(x) for x in ti.split("\n"))))
            out.append('<div class="sigs">%s</div>' % "".join(ss))
        else:
            raise ValueError("unknown element " + t)

    body = []
    n = len(pages)
    for i, pg in enumerate(pages):
        extra = ""
        if spec["border"] != "none":
            extra += '<div class="frame"></div>'
        if spec.get("seal") and i == 0:
            extra += '<div class="seal">%s</div>' % "<br>".join(E(x) for x in spec["seal"].split("\n"))
        if spec.get("footer"):
            ft = spec["footer"] + ("    Page %d of %d" % (i + 1, n) if n > 1 else "")
            extra += '<div class="footer">%s</div>' % E(ft)
        body.append('<div class="page %s%s">%s%s</div>' % (al, " vc" if spec.get("vcenter") else "", extra,
                                                           "\n".join(pg)))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Certificate</title><style>%s</style></head>'
            '<body>%s</body></html>' % (css, "\n".join(body)))
