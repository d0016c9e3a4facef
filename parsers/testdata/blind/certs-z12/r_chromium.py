# -*- coding: utf-8 -*-
"""HTML templates printed with Chromium headless --print-to-pdf."""
import html
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, ".profiles")


def e(s):
    return html.escape(s, quote=False)


def fields_html(fields, cls="f"):
    return "".join('<span class="%s"><b>%s:</b> %s</span>' % (cls, e(k), e(v)) for k, v in fields)


def zl01(c):
    title = "<br>".join(e(t) for t in c["title_lines"])
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin:0; font-family: 'Liberation Serif', serif; color:#1d2b3a }
.outer { position:absolute; left:.35in; top:.35in; right:.35in; bottom:.35in; border:10px solid #0b4f6c; }
.inner { position:absolute; left:.12in; top:.12in; right:.12in; bottom:.12in; border:2px solid #c9a227; text-align:center }
.logo { margin:.28in auto 0; width:1.5in; height:.55in; background:#0b4f6c; color:#fff; font:bold 28pt 'Liberation Sans'; line-height:.55in; border-radius:6px }
.org { font: 13pt 'Liberation Sans'; letter-spacing:1px; margin-top:6px }
h1 { font-size:34pt; margin:.18in 0 .06in; color:#0b4f6c; font-weight:normal }
.intro { font-style:italic; font-size:14pt; margin-top:.1in }
.name { font-size:28pt; margin:.06in 0; font-weight:bold }
.verb { font-style:italic; font-size:14pt }
.title { font-size:19pt; font-weight:bold; margin:.08in .4in 0; line-height:1.25 }
.fmt { font-size:11pt; color:#555; margin-top:3px }
.dl { font-size:13pt; margin-top:.1in }
.cl { font-size:15pt; font-weight:bold; margin-top:.05in }
.fields { font: 9pt 'Liberation Sans'; margin-top:.14in }
.fields .f { margin:0 .14in }
.sig { position:absolute; left:0; right:0; bottom:.95in; font: 10pt 'Liberation Sans' }
.sig .line { width:3in; border-top:1px solid #333; margin:0 auto 2px }
.stmt { position:absolute; left:.5in; right:.5in; bottom:.18in; font: 7.5pt 'Liberation Sans'; color:#444; text-align:justify }
</style></head><body><div class="outer"><div class="inner">
<div class="logo">%(logo)s</div><div class="org">%(org)s</div>
<h1>%(heading)s</h1>
<div class="intro">%(intro)s</div>
<div class="name">%(name)s</div>
<div class="verb">%(verb)s</div>
<div class="title">%(title)s</div>
<div class="fmt">%(fmt)s</div>
<div class="dl">%(dl)s</div>
<div class="cl">%(cl)s</div>
<div class="fields">%(fields)s</div>
<div class="sig"><div class="line"></div>%(s1)s<br>%(s2)s</div>
<div class="stmt">%(stmt)s</div>
</div></div></body></html>""" % dict(
        logo=e(c["logo"]), org=e(c["org"]), heading=e(c["heading"]), intro=e(c["intro"]),
        name=c["name"], verb=e(c["verb"]), title=title, fmt=e(c["fmt"]), dl=e(c["date_line"]),
        cl=e(c["credit_line"]), fields=fields_html(c["fields"]), s1=e(c["sig"][0]), s2=e(c["sig"][1]),
        stmt=e(c["statement"]))


def zl05(c):
    cols = "".join('<div class="col"><div class="lab">%s</div><div class="val">%s</div></div>' % (e(k), e(v))
                   for k, v in c["cols"])
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin:0; font-family:'Liberation Sans', sans-serif; color:#222 }
.band { background:#00365f; color:#fff; height:1.35in; position:relative }
.seal { position:absolute; left:.6in; top:.22in; width:.9in; height:.9in; border-radius:50%%; border:3px solid #fff; font:bold 22pt 'Liberation Serif'; text-align:center; line-height:.9in }
.bandtxt { position:absolute; left:1.75in; top:.42in; font: bold 20pt 'Liberation Serif'; text-transform:uppercase; letter-spacing:2px }
.main { margin:.6in .75in 0 }
h1 { font: normal 30pt 'Liberation Serif'; color:#00365f; margin:0 0 .3in }
.name { font: bold 24pt 'Liberation Serif'; border-bottom:1px solid #999; padding-bottom:4px }
.verb { margin:.12in 0 .35in; font-size:12pt }
.lab { font-size:8pt; text-transform:uppercase; letter-spacing:1px; color:#00365f; font-weight:bold }
.val { font-size:12pt; margin-top:3px }
.titlebox .val { font-size:13.5pt; font-weight:bold }
.cols { display:flex; justify-content:space-between; margin-top:.35in; border-top:2px solid #00365f; padding-top:.15in }
.col { width:24%% }
.stmt { position:absolute; left:.75in; right:.75in; bottom:.9in; font-size:9pt; color:#333 }
.printed { position:absolute; left:.75in; bottom:.5in; font-size:8pt; color:#777 }
</style></head><body>
<div class="band"><div class="seal">CAP</div><div class="bandtxt">%(org)s</div></div>
<div class="main">
<h1>%(heading)s</h1>
<div class="name">%(name)s</div>
<div class="verb">%(verb)s</div>
<div class="titlebox"><div class="lab">Activity</div><div class="val">%(title)s</div></div>
<div class="cols">%(cols)s</div>
</div>
<div class="stmt">%(stmt)s</div>
<div class="printed">%(printed)s</div>
</body></html>""" % dict(org=e(c["org"]), heading=e(c["heading"]), name=e(c["name"]), verb=e(c["verb"]),
                          title=e(c["title"]), cols=cols, stmt=e(c["statement"]), printed=e(c["printed"]))


def zl15(c):
    title = "<br>".join(e(t) for t in c["title_lines"])
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin:0; font-family:'DejaVu Sans', sans-serif; color:#23303c }
.band { height:1.15in; background:linear-gradient(90deg,#5b2a86,#1f6f8b); color:#fff; position:relative }
.hex { position:absolute; left:.55in; top:.2in; width:.75in; height:.75in; background:#fff; color:#5b2a86; transform:rotate(45deg); }
.hex span { display:block; transform:rotate(-45deg); font:bold 15pt 'DejaVu Sans'; text-align:center; line-height:.75in }
.org { position:absolute; left:1.65in; top:.4in; font-size:17pt }
.body { text-align:center; margin-top:.45in }
h1 { font: 300 32pt 'DejaVu Sans'; margin:0; letter-spacing:1px }
.intro { margin-top:.25in; font-size:12pt; color:#666 }
.name { font: bold 26pt 'DejaVu Serif'; margin:.06in 0 }
.verb { font-size:12pt; color:#666 }
.title { font: bold 18pt 'DejaVu Serif'; margin-top:.1in; line-height:1.3 }
.fmt { font-size:11pt; margin-top:.1in }
.fields { margin-top:.25in; font-size:11pt }
.fields .f { margin:0 .3in; padding:4px 10px; border:1px solid #bbb; border-radius:4px }
.sig { position:absolute; right:1in; bottom:1.05in; width:3in; text-align:center; font-size:9.5pt }
.sig .line { border-top:1px solid #333; margin-bottom:2px }
.stmt { position:absolute; left:.8in; right:.8in; bottom:.35in; font-size:7.5pt; color:#555; text-align:center }
</style></head><body>
<div class="band"><div class="hex"><span>%(logo)s</span></div><div class="org">%(org)s</div></div>
<div class="body">
<h1>%(heading)s</h1>
<div class="intro">%(intro)s</div>
<div class="name">%(name)s</div>
<div class="verb">%(verb)s</div>
<div class="title">%(title)s</div>
<div class="fmt">%(fmt)s</div>
<div class="fields">%(fields)s</div>
</div>
<div class="sig"><div class="line"></div>%(s1)s<br>%(s2)s</div>
<div class="stmt">%(stmt)s</div>
</body></html>""" % dict(logo=e(c["logo"]), org=e(c["org"]), heading=e(c["heading"]), intro=e(c["intro"]),
                          name=e(c["name"]), verb=e(c["verb"]), title=title, fmt=e(c["fmt"]),
                          fields=fields_html(c["fields"]), s1=e(c["sig"][0]), s2=e(c["sig"][1]),
                          stmt=e(c["statement"]))


def zl24(c):
    rows = []
    for i, r in enumerate(c["table"]):
        tag = "th" if i == 0 else "td"
        cls = ' class="tot"' if i == len(c["table"]) - 1 else ""
        rows.append("<tr%s>%s</tr>" % (cls, "".join("<%s>%s</%s>" % (tag, e(x), tag) for x in r)))
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin:0; font-family:'Liberation Serif', serif; color:#1b1b1b }
.frame { position:absolute; left:.45in; right:.45in; top:.45in; bottom:.45in; border:3px solid #7a1f2b; outline:1px solid #7a1f2b; outline-offset:-9px; text-align:center }
.peach { margin:.45in auto 0; width:1.1in; height:1.1in; border-radius:50%%; background:#f3a35c; position:relative }
.peach:after { content:''; position:absolute; left:.5in; top:-.12in; width:.22in; height:.3in; background:#3c7a33; border-radius:0 80%% 0 80%% }
.logo { font: bold 16pt 'Liberation Sans'; color:#7a1f2b; margin-top:.12in }
.org { font-size:13pt }
.parent { font-size:9.5pt; font-style:italic; color:#555 }
h1 { font-size:30pt; margin:.3in 0 .1in; color:#7a1f2b; font-weight:normal; font-variant:small-caps }
.intro { font-style:italic; font-size:13pt }
.name { font: bold 16pt 'Liberation Sans'; letter-spacing:.22em; margin:.12in 0; white-space:nowrap }
.verb { font-style:italic; font-size:13pt }
.title { font-size:22pt; font-weight:bold; margin:.08in 0 }
.where { font-size:12pt }
table { margin:.3in auto 0; border-collapse:collapse; font: 10.5pt 'Liberation Sans'; width:5.6in }
th, td { border:1px solid #999; padding:5px 8px }
th { background:#f1e4e6 }
td:first-child { text-align:left }
tr.tot td { font-weight:bold; background:#faf5f6 }
.fields { margin-top:.18in; font: 10pt 'Liberation Sans' }
.sig { margin:.5in auto 0; width:3in; font: 10pt 'Liberation Sans' }
.sig .line { border-top:1px solid #333; margin-bottom:2px }
.stmt { position:absolute; left:.5in; right:.5in; bottom:.3in; font: 8pt 'Liberation Sans'; color:#444 }
</style></head><body><div class="frame">
<div class="peach"></div>
<div class="logo">%(logo)s</div>
<div class="org">%(org)s</div>
<div class="parent">%(parent)s</div>
<h1>%(heading)s</h1>
<div class="intro">%(intro)s</div>
<div class="name">%(name)s</div>
<div class="verb">%(verb)s</div>
<div class="title">%(title)s</div>
<div class="where">%(where)s</div>
<table>%(rows)s</table>
<div class="fields">%(fields)s</div>
<div class="sig"><div class="line"></div>%(s1)s<br>%(s2)s</div>
<div class="stmt">%(stmt)s</div>
</div></body></html>""" % dict(logo=e(c["logo"]), org=e(c["org"]), parent=e(c["parent"]), heading=e(c["heading"]),
                                intro=e(c["intro"]), name=e(c["name"]), verb=e(c["verb"]), title=e(c["title"]),
                                where=e(c["where"]), rows="".join(rows), fields=fields_html(c["fields"]),
                                s1=e(c["sig"][0]), s2=e(c["sig"][1]), stmt=e(c["statement"]))


def zl31(c):
    title = "<br>".join(e(t) for t in c["title_lines"])
    rows = "".join("<tr><th>%s</th><td>%s</td></tr>" % (e(k), e(v)) for k, v in c["fields"])
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin:0; font-family:'Liberation Sans', sans-serif; color:#1e2a2a }
.side { position:absolute; left:0; top:0; bottom:0; width:2.3in; background:#0f5e4f; }
.mark { position:absolute; left:.55in; top:.6in; width:0; height:0; border-left:.6in solid transparent; border-right:.6in solid transparent; border-top:1in solid #9ee6c8 }
.mark2 { position:absolute; left:.85in; top:.75in; width:0; height:0; border-left:.3in solid transparent; border-right:.3in solid transparent; border-top:.5in solid #0f5e4f }
.main { position:absolute; left:2.9in; right:.6in; top:.6in }
.logo { font: bold 15pt 'Liberation Sans'; letter-spacing:.35em; color:#0f5e4f }
.org { font-size:12pt; color:#555; margin-top:2px }
h1 { font: normal 34pt 'Liberation Serif'; margin:.35in 0 .15in }
.intro { font-size:12pt; color:#666 }
.name { font: bold 26pt 'Liberation Serif'; margin:.05in 0 .12in }
.verb { font-size:12pt; color:#666 }
.title { font: bold 16pt 'Liberation Sans'; margin-top:.08in; line-height:1.3; color:#0f5e4f }
table { margin-top:.3in; font-size:10.5pt; border-collapse:collapse }
th { text-align:left; padding:2px 18px 2px 0; color:#0f5e4f }
td { padding:2px 0 }
.sig { position:absolute; left:2.9in; bottom:1.1in; width:3in; font-size:9.5pt }
.sig .line { border-top:1px solid #333; margin-bottom:2px }
.stmt { position:absolute; left:2.9in; right:.6in; bottom:.55in; font-size:8pt; color:#444 }
.copy { position:absolute; left:2.9in; bottom:.3in; font-size:7pt; color:#888 }
</style></head><body>
<div class="side"><div class="mark"></div><div class="mark2"></div></div>
<div class="main">
<div class="logo">%(logo)s</div><div class="org">%(org)s</div>
<h1>%(heading)s</h1>
<div class="intro">%(intro)s</div>
<div class="name">%(name)s</div>
<div class="verb">%(verb)s</div>
<div class="title">%(title)s</div>
<table>%(rows)s</table>
</div>
<div class="sig"><div class="line"></div>%(s1)s<br>%(s2)s</div>
<div class="stmt">%(stmt)s</div>
<div class="copy">%(copy)s</div>
</body></html>""" % dict(logo=e(c["logo"]), org=e(c["org"]), heading=e(c["heading"]), intro=e(c["intro"]),
                          name=e(c["name"]), verb=e(c["verb"]), title=title, rows=rows,
                          s1=e(c["sig"][0]), s2=e(c["sig"][1]), stmt=e(c["statement"]), copy=e(c["copyright"]))


def render(cert, out_pdf):
    c = cert["c"]
    src = os.path.join(PROF, "src", cert["id"] + ".html")
    os.makedirs(os.path.dirname(src), exist_ok=True)
    with open(src, "w", encoding="utf-8") as f:
        f.write(globals()[cert["id"]](c))
    if os.path.exists(out_pdf):
        os.remove(out_pdf)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + os.path.join(PROF, "chromium"),
                    "--no-pdf-header-footer", "--print-to-pdf=" + out_pdf,
                    "file://" + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
