"""Hand-written PostScript, distilled to PDF with Ghostscript (pdfwrite)."""
import math
import os
import subprocess

from reportlab.pdfbase._fontdata import encodings
from reportlab.pdfbase.pdfmetrics import stringWidth

from .display import Layout

WINANSI = encodings["WinAnsiEncoding"]


def ps_string(s):
    out = []
    for ch in s:
        b = ch.encode("cp1252")[0]
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


FONTMAP = {}


def fname(base):
    return "/" + base + "-WinAnsi"


def prolog(W, H, npages, title):
    enc = " ".join("/" + (g if g else ".notdef") for g in WINANSI)
    fonts = ["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
             "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"]
    lines = [
        "%!PS-Adobe-3.0",
        f"%%Title: {title}",
        "%%Creator: hand-written PostScript certificate template",
        f"%%BoundingBox: 0 0 {int(W)} {int(H)}",
        f"%%Pages: {npages}",
        "%%EndComments",
        "%%BeginProlog",
        f"/WinAnsi [ {enc} ] def",
        "/reencode { % newname basename",
        "  findfont dup length dict begin",
        "  { 1 index /FID ne { def } { pop pop } ifelse } forall",
        "  /Encoding WinAnsi def currentdict end definefont pop } def",
    ]
    for f in fonts:
        lines.append(f"{fname(f)} /{f} reencode")
    lines += [
        "/T { % x y font size (str) r g b",
        "  setrgbcolor /_s exch def /_z exch def /_f exch def moveto",
        "  _f findfont _z scalefont setfont _s show } def",
        "/L { % x1 y1 x2 y2 lw r g b",
        "  setrgbcolor setlinewidth 4 2 roll newpath moveto lineto stroke } def",
        "/R { % x y w h lw r g b",
        "  setrgbcolor setlinewidth newpath 4 copy rectstroke pop pop pop pop } def",
        "/RF { % x y w h r g b",
        "  setrgbcolor rectfill } def",
        "%%EndProlog",
        "%%BeginSetup",
        f"<< /PageSize [{W:.0f} {H:.0f}] >> setpagedevice",
        "%%EndSetup",
    ]
    return "\n".join(lines)


def rgb(c):
    return "%.3f %.3f %.3f" % tuple(c)


def emit(items):
    out = []
    for it in items:
        k = it["k"]
        if k == "text":
            out.append(f"{it['x']:.2f} {it['y']:.2f} {fname(it['font'])} {it['size']} "
                       f"{ps_string(it['text'])} {rgb(it['color'])} T")
        elif k == "line":
            out.append(f"{it['x1']:.2f} {it['y1']:.2f} {it['x2']:.2f} {it['y2']:.2f} "
                       f"{it['lw']} {rgb(it['color'])} L")
        elif k == "rect":
            if it.get("fill"):
                out.append(f"{it['x']:.2f} {it['y']:.2f} {it['w']:.2f} {it['h']:.2f} "
                           f"{rgb(it['fill'])} RF")
            out.append(f"{it['x']:.2f} {it['y']:.2f} {it['w']:.2f} {it['h']:.2f} "
                       f"{it['lw']} {rgb(it['color'])} R")
        elif k == "squiggle":
            x, y, w = it["x"], it["y"], it["w"]
            out.append(f"gsave {rgb(it['color'])} setrgbcolor 0.9 setlinewidth newpath "
                       f"{x:.1f} {y + 2:.1f} moveto "
                       f"{x + w * .15:.1f} {y + 22:.1f} {x + w * .2:.1f} {y - 6:.1f} "
                       f"{x + w * .35:.1f} {y + 10:.1f} curveto "
                       f"{x + w * .45:.1f} {y + 20:.1f} {x + w * .55:.1f} {y - 2:.1f} "
                       f"{x + w * .7:.1f} {y + 12:.1f} curveto "
                       f"{x + w * .8:.1f} {y + 18:.1f} {x + w * .9:.1f} {y + 2:.1f} "
                       f"{x + w:.1f} {y + 6:.1f} curveto stroke grestore")
        elif k == "seal":
            x, y, r = it["x"], it["y"], it["r"]
            pts = []
            n = 36
            for i in range(2 * n + 1):
                a = math.pi * i / n
                rr = r if i % 2 == 0 else r - 4
                pts.append(f"{x + rr * math.cos(a):.2f} {y + rr * math.sin(a):.2f} "
                           + ("moveto" if i == 0 else "lineto"))
            w = stringWidth(it["text"], it["font"], 13)
            out.append(f"gsave {rgb(it['color'])} setrgbcolor 1 setlinewidth newpath "
                       + " ".join(pts) + " stroke "
                       f"newpath {x} {y} {r - 8} 0 360 arc stroke "
                       f"newpath {x} {y} {r - 11} 0 360 arc stroke grestore")
            out.append(f"{x - w / 2:.2f} {y - 4.5:.2f} {fname(it['font'])} 13 "
                       f"{ps_string(it['text'])} {rgb(it['color'])} T")
    return "\n".join(out)


def build(cert, out_pdf, workdir, gs="gs"):
    lay = Layout(cert)
    pages = lay.run()
    W, H = lay.W, lay.H
    body = [prolog(W, H, len(pages), f"Certificate {cert['id']}")]
    for i, items in enumerate(pages):
        body.append(f"%%Page: {i + 1} {i + 1}")
        body.append(emit(lay.decorations(i)))
        if i == 0:
            seal = lay.place_seal(items)
            if seal:
                body.append(emit([seal]))
        body.append(emit(items))
        body.append("showpage")
    body.append("%%EOF")
    ps_path = os.path.join(workdir, cert["id"] + ".ps")
    with open(ps_path, "w", encoding="ascii") as fh:
        fh.write("\n".join(body) + "\n")
    subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-dCompatibilityLevel=1.5", f"-sOutputFile={out_pdf}", ps_path],
                   check=True)
    return ps_path
