"""ReportLab canvas, ReportLab AcroForm (+ qpdf flatten) and hand-written
PostScript (+ Ghostscript pdfwrite) producers."""
import os
import subprocess

from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.colors import Color

from flowlayout import Flow


def _layout(cert):
    fl = Flow(cert["page"])
    pages = fl.run(cert["elements"])
    return fl, pages


def _draw_rl(c, op, form=None):
    kind = op[0]
    if kind == "text":
        _, x, y, f, size, s, ls, rgb, field = op
        if field and form is not None:
            # an AcroForm text field exactly covering where the text goes
            w = stringWidth(s, f, size) + 6
            clear = Color(1, 1, 1, alpha=0)
            form.textfield(name=field, value=s, x=x, y=y - size * 0.3,
                           width=w, height=size * 1.3, fontName=f,
                           fontSize=size, borderWidth=0, borderColor=clear,
                           fillColor=clear, textColor=Color(*op[7]),
                           forceBorder=False,
                           fieldFlags="", annotationFlags="print")
            return
        c.setFillColorRGB(*rgb)
        if ls:
            t = c.beginText(x, y)
            t.setFont(f, size)
            t.setCharSpace(ls)
            t.textOut(s)
            t.setCharSpace(0)
            c.drawText(t)
        else:
            c.setFont(f, size)
            c.drawString(x, y, s)
    elif kind == "line":
        _, x1, y1, x2, y2, w, rgb = op
        c.setStrokeColorRGB(*rgb)
        c.setLineWidth(w)
        c.line(x1, y1, x2, y2)
    elif kind == "rect":
        _, x, y, w, h, lw, rgb = op
        c.setStrokeColorRGB(*rgb)
        c.setLineWidth(lw)
        c.rect(x, y, w, h, stroke=1, fill=0)
    elif kind == "fillrect":
        _, x, y, w, h, rgb = op
        c.setFillColorRGB(*rgb)
        c.rect(x, y, w, h, stroke=0, fill=1)
    elif kind == "circle":
        _, x, y, r, lw, rgb = op
        c.setStrokeColorRGB(*rgb)
        c.setLineWidth(lw)
        c.circle(x, y, r, stroke=1, fill=0)
    elif kind == "curve":
        _, x0, y0, x1, y1, x2, y2, x3, y3, lw, rgb = op
        c.setStrokeColorRGB(*rgb)
        c.setLineWidth(lw)
        p = c.beginPath()
        p.moveTo(x0, y0)
        p.curveTo(x1, y1, x2, y2, x3, y3)
        c.drawPath(p, stroke=1, fill=0)


def render_rlcanvas(cert, out):
    fl, pages = _layout(cert)
    c = canvas.Canvas(out, pagesize=(fl.W, fl.H))
    c.setTitle(cert["meta_title"])
    c.setAuthor(cert["meta_author"])
    c.setCreator("ReportLab canvas")
    for ops in pages:
        for op in ops:
            _draw_rl(c, op)
        c.showPage()
    c.save()


def render_acroform(cert, out, workdir):
    fl, pages = _layout(cert)
    tmp = os.path.join(workdir, os.path.basename(out) + ".form.pdf")
    c = canvas.Canvas(tmp, pagesize=(fl.W, fl.H))
    c.setTitle(cert["meta_title"])
    c.setAuthor(cert["meta_author"])
    c.setCreator("ReportLab AcroForm")
    for ops in pages:
        for op in ops:
            _draw_rl(c, op, form=c.acroForm)
        c.showPage()
    c.save()
    subprocess.run(["qpdf", "--warning-exit-0", "--generate-appearances",
                    "--flatten-annotations=all", tmp, out], check=True)
    os.remove(tmp)


# ------------------------------------------------------------------ PostScript
CP1252_HIGH = {
    0x80: "Euro", 0x82: "quotesinglbase", 0x83: "florin", 0x84: "quotedblbase",
    0x85: "ellipsis", 0x86: "dagger", 0x87: "daggerdbl", 0x88: "circumflex",
    0x89: "perthousand", 0x8A: "Scaron", 0x8B: "guilsinglleft", 0x8C: "OE",
    0x8E: "Zcaron", 0x91: "quoteleft", 0x92: "quoteright", 0x93: "quotedblleft",
    0x94: "quotedblright", 0x95: "bullet", 0x96: "endash", 0x97: "emdash",
    0x98: "tilde", 0x99: "trademark", 0x9A: "scaron", 0x9B: "guilsinglright",
    0x9C: "oe", 0x9E: "zcaron", 0x9F: "Ydieresis",
}
PSFONT = {"Times-Roman": "/TR", "Times-Bold": "/TB", "Times-Italic": "/TI",
          "Times-BoldItalic": "/TBI", "Helvetica": "/HR",
          "Helvetica-Bold": "/HB", "Helvetica-Oblique": "/HI",
          "Helvetica-BoldOblique": "/HBI"}


def ps_string(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def render_postscript(cert, ps_path):
    fl, pages = _layout(cert)
    W, H = fl.W, fl.H
    L = []
    L.append("%!PS-Adobe-3.0")
    L.append("%%Title: " + cert["meta_title"].encode("ascii", "replace").decode())
    L.append("%%Creator: hand-written PostScript")
    L.append("%%BoundingBox: 0 0 %d %d" % (W, H))
    L.append("%%Pages: " + str(len(pages)))
    L.append("%%EndComments")
    L.append("%%BeginProlog")
    L.append("% Windows-1252 style encoding so accents, dashes and (TM) print")
    L.append("/WinEnc ISOLatin1Encoding 256 array copy def")
    L.append("WinEnc 45 /hyphen put WinEnc 39 /quotesingle put WinEnc 96 /grave put")
    for code, name in sorted(CP1252_HIGH.items()):
        L.append("WinEnc %d /%s put" % (code, name))
    L.append("/ReEnc { % newname basefont")
    L.append("  findfont dup length dict begin")
    L.append("  { 1 index /FID ne { def } { pop pop } ifelse } forall")
    L.append("  /Encoding WinEnc def currentdict end definefont pop } bind def")
    for base, short in PSFONT.items():
        L.append("%s /%s ReEnc" % (short, base))
    L.append("/F { exch findfont exch scalefont setfont } bind def")
    L.append("/S { moveto show } bind def            % (str) x y S")
    L.append("/SS { moveto 0 exch ashow } bind def   % (str) ls x y SS -> ls 0 (str) ashow")
    L.append("/C { setrgbcolor } bind def")
    L.append("%%EndProlog")
    L.append("%%BeginSetup")
    L.append("<< /PageSize [%d %d] >> setpagedevice" % (W, H))
    L.append("%%EndSetup")
    for n, ops in enumerate(pages, 1):
        L.append("%%%%Page: %d %d" % (n, n))
        L.append("gsave")
        cur = None
        for op in ops:
            k = op[0]
            if k == "text":
                _, x, y, f, size, s, ls, rgb, field = op
                L.append("%.3f %.3f %.3f C" % rgb)
                if cur != (f, size):
                    L.append("%s %.2f F" % (PSFONT[f], size))
                    cur = (f, size)
                if ls:
                    L.append("%.2f %s %.2f %.2f SS" % (ls, ps_string(s), x, y))
                else:
                    L.append("%s %.2f %.2f S" % (ps_string(s), x, y))
            elif k == "line":
                _, x1, y1, x2, y2, w, rgb = op
                L.append("%.3f %.3f %.3f C %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke"
                         % (rgb + (w, x1, y1, x2, y2)))
            elif k == "rect":
                _, x, y, w, h, lw, rgb = op
                L.append("%.3f %.3f %.3f C %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke"
                         % (rgb + (lw, x, y, w, h)))
            elif k == "fillrect":
                _, x, y, w, h, rgb = op
                L.append("%.3f %.3f %.3f C %.2f %.2f %.2f %.2f rectfill"
                         % (rgb + (x, y, w, h)))
            elif k == "circle":
                _, x, y, r, lw, rgb = op
                L.append("%.3f %.3f %.3f C %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke"
                         % (rgb + (lw, x, y, r)))
            elif k == "curve":
                _, x0, y0, x1, y1, x2, y2, x3, y3, lw, rgb = op
                L.append("%.3f %.3f %.3f C %.2f setlinewidth 1 setlinecap newpath %.2f %.2f moveto %.2f %.2f %.2f %.2f %.2f %.2f curveto stroke"
                         % (rgb + (lw, x0, y0, x1, y1, x2, y2, x3, y3)))
        L.append("grestore")
        L.append("showpage")
    L.append("%%EOF")
    with open(ps_path, "w", encoding="ascii") as fh:
        fh.write("\n".join(L) + "\n")


def render_ghostscript(cert, out, workdir):
    ps = os.path.join(workdir, os.path.basename(out)[:-4] + ".ps")
    render_postscript(cert, ps)
    subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE",
                    "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
                    "-sOutputFile=" + out, ps], check=True)
    return ps
