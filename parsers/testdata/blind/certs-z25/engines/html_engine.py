"""Chromium producer: certlib blocks -> HTML/CSS -> chromium --print-to-pdf."""
import html
import os
import subprocess

SERIF = {"serif": "'P052', 'Liberation Serif', serif",
         "sans": "'Liberation Sans', 'DejaVu Sans', sans-serif",
         "gothic": "'URW Gothic', 'Liberation Sans', sans-serif",
         "school": "'C059', 'Liberation Serif', serif"}


def esc(s):
    return html.escape(s).replace("\n", "<br>")


def _style_T(e, accent):
    st = ["font-size:%spt" % e["size"], "text-align:%s" %
          {"C": "center", "L": "left", "R": "right"}[e["align"]],
          "margin-top:%spt" % e["sb"], "white-space:pre-wrap"]
    if e["b"]:
        st.append("font-weight:bold")
    if e["i"]:
        st.append("font-style:italic")
    if e["ls"]:
        st.append("letter-spacing:%spt" % e["ls"])
    if e["color"]:
        st.append("color:%s" % (accent if e["color"] == "accent" else e["color"]))
    if e["font"]:
        st.append("font-family:%s" % SERIF[e["font"]])
    return ";".join(st)


def to_html(cert):
    p = cert["page"]
    land = p["orient"] == "L"
    W, H = (11, 8.5) if land else (8.5, 11)
    m = p["margin"] / 72.0
    acc = p["accent"]
    fam = SERIF[p.get("hfont") or p["font"]]
    border = {
        None: "",
        "single": "border:2px solid %s;" % acc,
        "double": "border:6px double %s;" % acc,
        "thick": "border:10px solid %s; box-shadow: inset 0 0 0 4px #fff, inset 0 0 0 5px %s;" % (acc, acc),
        "corners": "border:1px solid #bbb;",
    }[p.get("border")]
    pad = p["pad"] / 72.0
    css = """
@page { size: %(W)sin %(H)sin; margin: 0; }
html, body { margin:0; padding:0; }
body { font-family: %(fam)s; color:#111; }
.sheet { box-sizing:border-box; position:relative; width:%(W)sin; height:%(H)sin;
         padding:%(m)sin; page-break-after:always; overflow:hidden; }
.sheet:last-child { page-break-after:auto; }
.frame { box-sizing:border-box; position:relative; height:100%%; %(border)s padding:%(pad)sin; }
.topbar { position:absolute; left:0; right:0; top:0; height:18pt; background:%(acc)s; }
table.kv { border-collapse:collapse; margin-top:6pt; }
table.kv td { vertical-align:top; padding:2pt 6pt 2pt 0; }
table.kv td.l { font-weight:bold; color:#333; }
table.cols { border-collapse:collapse; width:100%%; }
table.cols td { vertical-align:top; padding:1pt 4pt; }
table.cols tr.lab td { color:#5f5f5f; }
table.grid { border-collapse:collapse; width:100%%; }
table.grid th, table.grid td { border:0.6pt solid #888; padding:3pt 4pt; vertical-align:top; }
table.grid th { background:#e6e8ef; text-align:left; }
.sigs { display:flex; justify-content:space-around; }
.sig { text-align:center; width:%(sigw)s; }
.sig .ln { border-top:0.8pt solid #000; padding-top:3pt; font-weight:bold; }
.sig .scr { font-family:'Z003', cursive; font-size:20pt; color:#1f2a72; height:24pt; line-height:24pt; }
.sig .t { font-style:italic; }
.seal { position:absolute; width:88pt; height:88pt; border-radius:50%%;
        border:2.2pt solid %(acc)s; box-shadow: inset 0 0 0 4pt #fff, inset 0 0 0 5pt %(acc)s;
        color:%(acc)s; font-weight:bold; font-size:8pt; text-align:center;
        display:flex; flex-direction:column; justify-content:center; }
.seal div:first-child { font-size:10pt; }
.footer { position:absolute; left:0; right:0; bottom:%(fb)s; text-align:center; font-size:7.5pt; color:#555; }
.corner { position:absolute; width:46pt; height:46pt; border-color:%(acc)s; border-style:solid; }
""" % dict(W=W, H=H, m=m, fam=fam, border=border, pad=pad, acc=acc,
           sigw="40%", fb="6pt" if p.get("border") else "-14pt")
    pages = [[]]
    for e in cert["elements"]:
        if e["k"] == "BR":
            pages.append([])
        else:
            pages[-1].append(e)
    body = []
    for pn, els in enumerate(pages):
        body.append('<div class="sheet">')
        if p.get("topbar"):
            body.append('<div class="topbar"></div>')
        body.append('<div class="frame">')
        if p.get("border") == "corners":
            for pos, bw in (("left:-1px;top:-1px", "3pt 0 0 3pt"),
                            ("right:-1px;top:-1px", "3pt 3pt 0 0"),
                            ("left:-1px;bottom:-1px", "0 0 3pt 3pt"),
                            ("right:-1px;bottom:-1px", "0 3pt 3pt 0")):
                body.append('<div class="corner" style="%s;border-width:%s"></div>' % (pos, bw))
        for e in els:
            body.append(render(e, acc))
        if p.get("seal") and pn == 0:
            pos = {"BL": "left:%sin" % (pad + 0.05), "BR": "right:%sin" % (pad + 0.05),
                   "BC": "left:calc(50%% - 44pt)"}[p.get("seal_pos", "BL")]
            body.append('<div class="seal" style="%s;bottom:%sin">%s</div>' % (
                pos, pad + 0.05, "".join("<div>%s</div>" % esc(s) for s in p["seal"])))
        if p.get("footer"):
            body.append('<div class="footer">%s</div>' % esc(p["footer"]))
        body.append("</div></div>")
    return ("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>%s</title>"
            "<style>%s</style></head><body>\n%s\n</body></html>\n"
            % (esc(cert["meta_title"]), css, "\n".join(body)))


def render(e, acc):
    k = e["k"]
    if k == "T":
        return '<div style="%s">%s</div>' % (_style_T(e, acc), esc(e["text"]))
    if k == "KV":
        lw = "%d%%" % (e["lw"] * 100)
        style = "width:100%" if e["align"] != "C" else "width:78%;margin-left:auto;margin-right:auto"
        rows = "".join(
            '<tr%s><td class="l" style="width:%s%s">%s</td><td>%s</td></tr>' % (
                ' style="border-bottom:0.5pt solid #bbb"' if e["rule"] else "",
                lw, "" if e["lb"] else ";font-weight:normal", esc(a), esc(b))
            for a, b in e["rows"])
        return ('<table class="kv" style="%s;font-size:%spt;margin-top:%spt">%s</table>'
                % (style, e["size"], e["sb"], rows))
    if k == "COLS":
        al = {"C": "center", "L": "left", "R": "right"}[e["align"]]
        lab = "".join('<td style="width:%.1f%%;font-size:%spt;text-align:%s">%s</td>' % (
            w * 100, e["lsize"], al, esc(x)) for w, x in zip(e["widths"], e["labels"]))
        val = "".join('<td style="text-align:%s;%s%s">%s</td>' % (
            al, "font-weight:bold;" if e["vb"] else "",
            "border-bottom:0.6pt solid #777;" if e["rule"] else "", esc(x))
            for x in e["values"])
        return ('<table class="cols" style="font-size:%spt;margin-top:%spt"><tr class="lab">%s</tr><tr>%s</tr></table>'
                % (e["size"], e["sb"], lab, val))
    if k == "TABLE":
        al = {"C": "center", "L": "left", "R": "right"}
        head = "".join('<th style="width:%.1f%%;text-align:%s">%s</th>' % (w * 100, al[a], esc(h))
                       for w, a, h in zip(e["widths"], e["align"], e["header"]))
        rows = "".join("<tr>%s</tr>" % "".join('<td style="text-align:%s">%s</td>' % (al[a], esc(c))
                                               for a, c in zip(e["align"], r)) for r in e["rows"])
        return ('<table class="grid" style="font-size:%spt;margin-top:%spt"><tr>%s</tr>%s</table>'
                % (e["size"], e["sb"], head, rows))
    if k == "SIGS":
        out = []
        for name, titles in e["sigs"]:
            scr = name.split(",")[0]
            out.append('<div class="sig"><div class="scr">%s</div><div class="ln">%s</div>%s</div>' % (
                esc(scr) if e["scribble"] else "&nbsp;", esc(name),
                "".join('<div class="t">%s</div>' % esc(t) for t in titles)))
        return '<div class="sigs" style="font-size:%spt;margin-top:%spt">%s</div>' % (
            e["size"], max(e["sb"] - 24, 2), "".join(out))
    if k == "RULE":
        c = acc if e["color"] in (None, "accent") else e["color"]
        return '<div style="margin:%spt auto 0 auto;width:%d%%;border-top:%spt solid %s"></div>' % (
            e["sb"], e["w"] * 100, e["thick"], c)
    if k == "SP":
        return '<div style="height:%spt"></div>' % e["h"]
    raise ValueError(k)


def render_chromium(cert, out, workdir, profiles):
    h = os.path.join(workdir, os.path.basename(out)[:-4] + ".html")
    with open(h, "w", encoding="utf-8") as fh:
        fh.write(to_html(cert))
    prof = os.path.join(profiles, "chromium")
    os.makedirs(prof, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + prof, "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", "--print-to-pdf=" + os.path.abspath(out),
                    "file://" + os.path.abspath(h)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return h
