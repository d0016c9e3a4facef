"""Chromium producer: HTML + CSS printed with headless Chromium."""
import os
import subprocess
from html import escape

from .blocks import group_widths

SERIF = "'C059', 'Liberation Serif', serif"
SANS = "'Nimbus Sans', 'Liberation Sans', sans-serif"
SCRIPT = "'Z003', 'C059', serif"


def e(s):
    return escape(s, quote=False)


def render(cert):
    o = cert["opts"]
    land = o.get("orient") == "L"
    center = o.get("align") == "center"
    acc = o.get("accent", "#222")
    font = SERIF if o.get("font", "serif") == "serif" else SANS
    W, H = ("11in", "8.5in") if land else ("8.5in", "11in")
    border = o.get("border", "none")
    valign = o.get("valign", 0.5 if center else 0.3)
    bcss = {
        "none": "",
        "single": f"inset:0.38in; border:1.6px solid {acc};",
        "double": f"inset:0.3in; border:5px double {acc};",
        "thick": f"inset:0.28in; border:9px solid {acc}; outline:1px solid #777; outline-offset:-16px;",
        "ornate": f"inset:0.25in; border:4px solid {acc}; outline:1px solid {acc}; outline-offset:6px; "
                  f"box-shadow: inset 0 0 0 5px #fff, inset 0 0 0 6px {acc};",
    }[border]
    css = f"""
@page {{ size: letter {'landscape' if land else 'portrait'}; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {font}; color: #161616; }}
.page {{ width: {W}; height: {H}; box-sizing: border-box; position: relative;
  padding: {'0.8in 1.05in' if land else '0.85in 0.95in'}; overflow: hidden;
  display: flex; flex-direction: column; page-break-after: always;
  text-align: {'center' if center else 'left'}; }}
.page:last-child {{ page-break-after: auto; }}
.frame {{ position: absolute; {bcss} pointer-events: none; }}
.spacer-top {{ flex: {valign}; }}
.spacer-bot {{ flex: {1 - valign}; }}
.org {{ color: {acc}; font-weight: bold; line-height: 1.1; margin: 0 0 3pt 0; }}
.sub {{ font-style: italic; color: #555; font-size: 12pt; margin: 0 0 4pt 0; }}
.heading {{ font-family: {SCRIPT if center else font}; color: {acc}; line-height: 1.1;
  margin: 6pt 0 8pt 0; font-weight: {'normal' if center else 'bold'}; }}
.p {{ font-size: 11.5pt; margin: 0 0 5pt 0; line-height: 1.3; }}
.name {{ font-size: {26 if land else 22}pt; font-weight: bold; margin: 4pt 0 8pt 0; }}
.name.spaced {{ letter-spacing: 0.32em; }}
.fmt {{ font-size: 11pt; font-weight: bold; color: {acc}; letter-spacing: 0.04em; margin: 0 0 4pt 0; }}
.title {{ font-size: {18 if land else 15.5}pt; font-weight: bold; line-height: 1.25;
  margin: 2pt {'0.5in' if center else '0'} 7pt {'0.5in' if center else '0'}; }}
table.kv {{ border-collapse: collapse; font-size: 10.5pt; margin: 2pt {'auto' if center else '0'} 6pt {'auto' if center else '0'}; text-align: left; }}
table.kv td {{ padding: 1.5pt 10pt 1.5pt 0; vertical-align: top; }}
table.kv td.l {{ font-weight: bold; color: #555; white-space: nowrap; }}
table.cols {{ border-collapse: collapse; margin: 8pt {'auto' if center else '0'} 6pt {'auto' if center else '0'}; text-align: left; table-layout: fixed; }}
table.cols th {{ font-size: 7.5pt; color: {acc}; text-transform: uppercase; letter-spacing: 0.05em;
  text-align: left; padding: 0 12pt 2pt 0; font-weight: bold; }}
table.cols td {{ font-size: 11.5pt; padding: 0 12pt 3pt 0; vertical-align: top; }}
table.cols td span {{ display: block; border-bottom: 0.6pt solid #777; padding-bottom: 3pt; }}
table.grid {{ border-collapse: collapse; font-size: 10pt; margin: 4pt {'auto' if center else '0'} 6pt {'auto' if center else '0'}; text-align: left; }}
table.grid th {{ background: #e6ebf2; }}
table.grid th, table.grid td {{ border: 0.6pt solid #777; padding: 3pt 5pt; vertical-align: top; }}
.sigs {{ display: flex; gap: 60pt; justify-content: {'center' if center else 'flex-start'}; margin: 18pt 0 6pt 0; }}
.sig {{ width: 170pt; text-align: center; }}
.sig svg {{ display: block; margin: 0 auto; }}
.sig .line {{ border-top: 0.7pt solid #111; padding-top: 3pt; font-weight: bold; font-size: 9.5pt; }}
.sig .t {{ font-style: italic; color: #555; font-size: 8.5pt; }}
.small {{ font-size: 8pt; color: #555; line-height: 1.3; margin: 0 {'0.4in' if center else '0'} 4pt {'0.4in' if center else '0'}; }}
.rule {{ border-top: 1.4pt solid {acc}; margin: 5pt 0 7pt 0; }}
.foot {{ position: absolute; left: 0; right: 0; bottom: 0.55in; text-align: center; font-size: 7.5pt; color: #555; }}
.seal {{ position: absolute; width: 76pt; height: 76pt; border-radius: 50%;
  border: 3px double {acc}; color: {acc}; display: flex; align-items: center; justify-content: center;
  font-weight: bold; font-size: 13pt; box-shadow: 0 0 0 4px #fff, 0 0 0 5px {acc}; }}
"""
    squig = ('<svg width="130" height="30" viewBox="0 0 130 30"><path d="M2 22 C 20 2, 26 30, 45 14 '
             'S 70 4, 85 18 S 110 12, 128 16" fill="none" stroke="#1a2a70" stroke-width="1.2"/></svg>')
    pages = [[]]
    foots = {}
    for b in cert["blocks"]:
        t = b["t"]
        cur = pages[-1]
        if t == "org":
            cur.append(f'<div class="org" style="font-size:{b.get("size") or 16}pt">{e(b["text"])}</div>')
        elif t == "sub":
            cur.append(f'<div class="sub">{e(b["text"])}</div>')
        elif t == "heading":
            cur.append(f'<div class="heading" style="font-size:{b.get("size") or 28}pt">{e(b["text"])}</div>')
        elif t == "p":
            style = f'font-size:{b.get("size") or 11.5}pt;'
            if b.get("bold"):
                style += "font-weight:bold;"
            if b.get("italic"):
                style += "font-style:italic;"
            if b.get("align"):
                style += f"text-align:{b['align']};"
            cur.append(f'<div class="p" style="{style}">{e(b["text"])}</div>')
        elif t == "name":
            cls = "name spaced" if b.get("spaced") else "name"
            st = f' style="font-size:{b["size"]}pt"' if b.get("size") else ""
            cur.append(f'<div class="{cls}"{st}>{e(b["text"])}</div>')
        elif t == "fmt":
            cur.append(f'<div class="fmt">{e(b["text"])}</div>')
        elif t == "title":
            st = f' style="font-size:{b["size"]}pt"' if b.get("size") else ""
            cur.append(f'<div class="title"{st}>{e(b["text"])}</div>')
        elif t == "kv":
            w = (b.get("width") or 0.7) * 100
            rows = "".join(f'<tr><td class="l">{e(l)}:</td><td>{e(v)}</td></tr>' for l, v in b["rows"])
            st = f'width:{w:.0f}%;' + (f'font-size:{b["size"]}pt;' if b.get("size") else "")
            cur.append(f'<table class="kv" style="{st}">{rows}</table>')
        elif t == "cols":
            w = (b.get("width") or (0.9 if center else 1.0)) * 100
            for gi, group in enumerate(b["groups"]):
                gw = group_widths(b, gi)
                colg = "".join(f'<col style="width:{x * 100:.1f}%">' for x in gw)
                th = "".join(f"<th>{e(l)}</th>" for l, _ in group)
                td = "".join(f"<td><span>{e(v)}</span></td>" for _, v in group)
                cur.append(f'<table class="cols" style="width:{w:.0f}%"><colgroup>{colg}</colgroup>'
                           f'<tr>{th}</tr><tr>{td}</tr></table>')
        elif t == "table":
            w = (b.get("width") or 1.0) * 100
            colg = "".join(f'<col style="width:{x * 100:.1f}%">' for x in b["widths"])
            th = "".join(f"<th>{e(h)}</th>" for h in b["head"])
            trs = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b["rows"])
            st = f'width:{w:.0f}%;' + (f'font-size:{b["size"]}pt;' if b.get("size") else "")
            cur.append(f'<table class="grid" style="{st}"><colgroup>{colg}</colgroup>'
                       f'<tr>{th}</tr>{trs}</table>')
        elif t == "sig":
            sigs = "".join(
                f'<div class="sig">{squig}<div class="line">{e(nm)}</div>' +
                "".join(f'<div class="t">{e(x)}</div>' for x in titles) + "</div>"
                for nm, titles in b["signers"])
            cur.append(f'<div class="sigs">{sigs}</div>')
        elif t == "small":
            st = f' style="text-align:{b["align"]}"' if b.get("align") else ""
            cur.append(f'<div class="small"{st}>{e(b["text"])}</div>')
        elif t == "sp":
            cur.append(f'<div style="height:{b["h"]}pt"></div>')
        elif t == "rule":
            cur.append('<div class="rule"></div>')
        elif t == "page":
            pages.append([])
        elif t == "foot":
            foots[len(pages)] = b["text"]
    out = []
    for i, pg in enumerate(pages, 1):
        extra = ""
        if i == 1 and o.get("seal"):
            pos = o.get("seal_pos", "left:1.1in; bottom:0.85in;")
            extra += f'<div class="seal" style="{pos}">{e(o["seal"])}</div>'
        if foots.get(i):
            extra += f'<div class="foot">{e(foots[i])}</div>'
        top = '<div class="spacer-top"></div>' if i == 1 else ""
        out.append(f'<div class="page"><div class="frame"></div>{top}{"".join(pg)}'
                   f'<div class="spacer-bot"></div>{extra}</div>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<title>Certificate {cert["id"]}</title><style>{css}</style></head>'
            f'<body>{"".join(out)}</body></html>')


def build(cert, out_pdf, workdir, profiles, chromium="/usr/bin/chromium"):
    html_path = os.path.join(workdir, cert["id"] + ".html")
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(render(cert))
    prof = os.path.join(profiles, "chromium")
    os.makedirs(prof, exist_ok=True)
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-extensions", f"--user-data-dir={prof}", "--no-pdf-header-footer",
           "--print-to-pdf-no-header", f"--print-to-pdf={os.path.abspath(out_pdf)}",
           "file://" + os.path.abspath(html_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    return html_path
