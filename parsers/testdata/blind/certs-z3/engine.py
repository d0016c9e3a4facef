"""Rendering engine for the certs-z3 blind certificate set.

A certificate is described as a page dict plus a list of simple blocks
(text, cols, kv, table, sig, rule, space, page).  Each producer backend turns
those blocks into a PDF with its own tool:

  html      -> Chromium headless --print-to-pdf
  fodt      -> LibreOffice Writer (flat ODF) -> PDF
  docx      -> python-docx -> LibreOffice -> PDF
  fpdf      -> PHP FPDF (engine_fpdf.php) from positioned drawing ops
  tcpdf     -> PHP TCPDF (engine_tcpdf.php) from the blocks (MultiCell/writeHTML)
  rlcanvas  -> ReportLab canvas from positioned drawing ops
  platypus  -> ReportLab Platypus flowables
  acroform  -> ReportLab canvas + AcroForm text fields, filled by a qpdf JSON
               update and flattened with qpdf --generate-appearances
  ps        -> hand-written PostScript from positioned drawing ops -> Ghostscript

Only standard library + reportlab + python-docx are used.
"""
import json
import os
import re
import subprocess
from xml.sax.saxutils import escape as xesc

from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, ".profiles")
WORK = os.path.join(PROFILES, "work")

PAGE = {"P": (612.0, 792.0), "L": (792.0, 612.0)}
FONTS = {
    "serif": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
}
CSS_FONTS = {
    "serif": "'Liberation Serif', 'Nimbus Roman', serif",
    "sans": "'Liberation Sans', 'Nimbus Sans', sans-serif",
    "script": "'Z003', 'URW Chancery L', cursive",
}
LO_FONTS = {"serif": "Liberation Serif", "sans": "Liberation Sans"}


# --------------------------------------------------------------------------
# block helpers (used by certs.py)
# --------------------------------------------------------------------------
def T(s, size=11, b=False, i=False, al=None, font=None, gap=None, c=None, **kw):
    d = {"k": "text", "s": s, "size": size, "b": b, "i": i}
    if al: d["al"] = al
    if font: d["font"] = font
    if gap is not None: d["gap"] = gap
    if c: d["c"] = c
    d.update(kw)
    return d


def COLS(labels, values, **kw):
    d = {"k": "cols", "labels": labels, "values": values}
    d.update(kw)
    return d


def KV(rows, **kw):
    d = {"k": "kv", "rows": rows}
    d.update(kw)
    return d


def TABLE(head, rows, **kw):
    d = {"k": "table", "head": head, "rows": rows}
    d.update(kw)
    return d


def SIG(sigs, **kw):
    d = {"k": "sig", "sigs": sigs}
    d.update(kw)
    return d


def RULE(**kw):
    d = {"k": "rule"}
    d.update(kw)
    return d


def SP(h):
    return {"k": "space", "h": h}


def PB():
    return {"k": "page"}


def F(name, v, **kw):
    """A filled value; on AcroForm certificates it becomes a form field."""
    d = {"f": name, "v": v}
    d.update(kw)
    return d


def cellv(v):
    if isinstance(v, dict):
        return v.get("v", ""), v.get("f"), v.get("ls", False)
    return v, None, False


def lsp(s):
    """Letter-space a string: 'SARAH KIM' -> 'S A R A H   K I M'."""
    return "   ".join(" ".join(w) for w in s.split(" "))


def fontname(fam, b=False, i=False):
    return FONTS[fam][(1 if b else 0) + (2 if i else 0)]


def color_of(c, pg):
    if not c:
        return "#000000"
    if c == "accent":
        return pg.get("accent", "#1f3a5f")
    if c == "grey":
        return "#555555"
    return c


def wrap(text, font, size, width):
    if isinstance(text, list):
        out = []
        for t in text:
            out += wrap(t, font, size, width)
        return out
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if not cur or stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def sig_parts(s):
    """sig entry: [name, title] or [name, title, script_text_or_False]"""
    name, title = s[0], s[1]
    script = s[2] if len(s) > 2 else name.split(",")[0]
    titles = title if isinstance(title, list) else [title]
    return name, titles, script


# --------------------------------------------------------------------------
# positioned layout (rlcanvas, acroform, ps, fpdf)
# --------------------------------------------------------------------------
def layout_ops(cert):
    pg = cert["page"]
    W, H = PAGE[pg.get("orient", "P")]
    m = pg.get("margin", 72)
    top = pg.get("top", m)
    bottom = pg.get("bottom", m)
    fam0 = pg.get("font", "serif")
    al0 = pg.get("align", "c")
    x0 = m
    cw = W - 2 * m
    pages = []
    cur = []
    feet = []
    dy = 0.0

    def T_(x, y, w, al, font, size, s, color, field=None):
        op = {"op": "field" if field else "text", "x": x, "dy": y, "w": w, "al": al,
              "font": font, "size": size, "s": s, "color": color}
        if field:
            op["name"] = field
        cur.append(op)

    def L_(xa, ya, xb, yb, lw=0.6, color="#000000"):
        cur.append({"op": "line", "x1": xa, "dy1": ya, "x2": xb, "dy2": yb, "lw": lw, "color": color})

    def R_(x, y, w, h, lw=0.6, color="#000000", fill=None):
        cur.append({"op": "rect", "x": x, "dy": y, "w": w, "h": h, "lw": lw, "color": color, "fill": fill})

    def finish():
        pages.append((cur[:], dy, feet[:]))

    for blk in cert["blocks"]:
        k = blk["k"]
        fam = blk.get("font", fam0)
        if k == "page":
            finish()
            cur.clear(); feet.clear(); dy = 0.0
            continue
        if k == "space":
            dy += blk["h"]
            continue
        if k == "text":
            size = blk["size"]
            font = fontname(fam, blk.get("b"), blk.get("i"))
            al = blk.get("al", al0)
            wfrac = blk.get("w", 1.0)
            bw = cw * wfrac
            bx = x0 + (cw - bw) / 2 if al == "c" else x0
            color = color_of(blk.get("c"), pg)
            s = blk["s"]
            if blk.get("ls"):
                lines = [lsp(s)]
            elif blk.get("f"):
                lines = [s]
            else:
                lines = wrap(s, font, size, bw)
            if blk.get("foot"):
                feet.append((lines, font, size, al, color))
                continue
            dy += blk.get("gap", size * 0.5)
            for ln in lines:
                base = dy + size * 0.95
                T_(bx, base, bw, al, font, size, ln, color, blk.get("f"))
                dy += size * 1.25
            continue
        if k == "rule":
            dy += blk.get("gap", 6)
            wfrac = blk.get("w", 1.0)
            bw = cw * wfrac
            al = blk.get("al", al0)
            bx = x0 + (cw - bw) / 2 if al == "c" else x0
            L_(bx, dy, bx + bw, dy, blk.get("lw", 0.8), color_of(blk.get("c", "accent"), pg))
            dy += blk.get("after", 4)
            continue
        if k == "cols":
            dy += blk.get("gap", 8)
            n = len(blk["labels"])
            wfrac = blk.get("w", 1.0)
            tw = cw * wfrac
            tx = x0 + (cw - tw) / 2 if blk.get("al", al0) == "c" or wfrac < 1 else x0
            cws = [tw * f_ for f_ in (blk.get("widths") or [1.0 / n] * n)]
            cxs = [tx + sum(cws[:j]) for j in range(n)]
            cal = blk.get("cal", "c" if al0 == "c" else "l")
            lsz = blk.get("lsize", 8.5)
            vsz = blk.get("size", 12)
            lfont = fontname(blk.get("lfont", "sans"), blk.get("lb", True), False)
            vfont = fontname(fam, blk.get("vb", False), False)
            lcolor = color_of(blk.get("lc", "grey"), pg)
            base = dy + lsz
            for j, lab in enumerate(blk["labels"]):
                lab = lab.upper() if blk.get("caps", True) else lab
                T_(cxs[j] + 4, base, cws[j] - 8, cal, lfont, lsz, lab, lcolor)
            dy += lsz * 1.5
            maxl = 1
            for j, v in enumerate(blk["values"]):
                s, f, ls = cellv(v)
                ls = ls or False
                lines = [lsp(s)] if ls else wrap(s, vfont, vsz, cws[j] - 8)
                maxl = max(maxl, len(lines))
                for li, ln in enumerate(lines):
                    T_(cxs[j] + 4, dy + vsz * 0.95 + li * vsz * 1.25, cws[j] - 8, cal, vfont, vsz, ln,
                       "#000000", f if li == 0 else None)
            dy += maxl * vsz * 1.25
            if blk.get("underline"):
                for j in range(n):
                    L_(cxs[j] + 10, dy + 2, cxs[j] + cws[j] - 10, dy + 2, 0.5, "#777777")
                dy += 4
            continue
        if k == "kv":
            dy += blk.get("gap", 8)
            wfrac = blk.get("w", 1.0)
            tw = cw * wfrac
            tx = x0 + (cw - tw) / 2
            lw_ = tw * blk.get("lw", 0.34)
            sz = blk.get("size", 11)
            lfont = fontname(blk.get("lfont", fam), blk.get("lb", True), False)
            vfont = fontname(fam, blk.get("vb", False), False)
            la = blk.get("la", "l")
            for lab, val in blk["rows"]:
                vals = val if isinstance(val, list) else [val]
                lines = []
                for v in vals:
                    s, f, ls = cellv(v)
                    if f:
                        lines.append((s, f))
                    else:
                        for ln in wrap(s, vfont, sz, tw - lw_ - 10):
                            lines.append((ln, None))
                T_(tx, dy + sz * 0.95, lw_ - 10, la, lfont, sz, lab, color_of(blk.get("lc"), pg))
                for li, (ln, f) in enumerate(lines):
                    T_(tx + lw_, dy + sz * 0.95 + li * sz * 1.25, tw - lw_, "l", vfont, sz, ln, "#000000", f)
                dy += len(lines) * sz * 1.25 + blk.get("rowgap", 3)
            continue
        if k == "table":
            dy += blk.get("gap", 8)
            wfrac = blk.get("w", 1.0)
            tw = cw * wfrac
            tx = x0 + (cw - tw) / 2
            n = len(blk["head"])
            widths = blk.get("widths") or [1.0 / n] * n
            colx = [tx]
            for wv in widths:
                colx.append(colx[-1] + wv * tw)
            sz = blk.get("size", 10)
            pad = 5
            aligns = blk.get("aligns") or ["l"] + ["c"] * (n - 1)
            top_dy = dy
            rowlines = [dy]
            allrows = [(blk["head"], True)] + [(r, False) for r in blk["rows"]]
            for r, head in allrows:
                font = fontname(blk.get("hfont", "sans") if head else fam, head, False)
                cells = []
                for j, v in enumerate(r):
                    s, f, ls = cellv(v)
                    ls_ = [(s, f)] if f else [(ln, None) for ln in wrap(s, font, sz, colx[j + 1] - colx[j] - 2 * pad)]
                    cells.append(ls_)
                nl = max(len(c) for c in cells)
                rh = nl * sz * 1.25 + 2 * pad
                if head and blk.get("hfill", "#e8ecf2"):
                    R_(tx, dy, tw, rh, 0, None, blk.get("hfill", "#e8ecf2"))
                for j, c in enumerate(cells):
                    for li, (ln, f) in enumerate(c):
                        T_(colx[j] + pad, dy + pad + sz * 0.95 + li * sz * 1.25, colx[j + 1] - colx[j] - 2 * pad,
                           aligns[j], font, sz, ln, "#000000", f)
                dy += rh
                rowlines.append(dy)
            for yl in rowlines:
                L_(tx, yl, tx + tw, yl, 0.6, "#333333")
            for xl in colx:
                L_(xl, top_dy, xl, dy, 0.6, "#333333")
            continue
        if k == "sig":
            dy += blk.get("gap", 28)
            sigs = blk["sigs"]
            n = len(sigs)
            al = blk.get("al", "c")
            sw = min(blk.get("sw", 200), cw / n - 24)
            if al == "c":
                slot = cw / n
                xs = [x0 + slot * j + (slot - sw) / 2 for j in range(n)]
            else:
                xs = [x0 + j * (sw + 40) for j in range(n)]
            maxh = 0
            for j, s in enumerate(sigs):
                name, titles, script = sig_parts(s)
                yy = dy
                if script:
                    T_(xs[j], yy - 4, sw, "c" if al == "c" else "l", "Times-Italic", 15, script, "#1a2a6c")
                L_(xs[j], yy, xs[j] + sw, yy, 0.7, "#000000")
                yy += 12
                T_(xs[j], yy, sw, "c" if al == "c" else "l", fontname(fam, True), 9.5, name, "#000000")
                for t in titles:
                    yy += 11
                    T_(xs[j], yy, sw, "c" if al == "c" else "l", fontname(fam), 8.5, t, "#333333")
                maxh = max(maxh, yy - dy + 4)
            dy += maxh
            continue
        raise ValueError(k)
    finish()

    # convert to PDF coordinates
    out = []
    avail_h = H - top - bottom
    for ops, used, fts in pages:
        off = top + (max(0.0, (avail_h - used) / 2) if pg.get("vcenter") else 0.0)
        pops = []
        pops += decoration_ops(pg, W, H)
        for o in ops:
            o = dict(o)
            if "dy" in o:
                o["y"] = H - (off + o.pop("dy"))
                if o["op"] == "rect":
                    o["y"] -= o["h"]
            if "dy1" in o:
                o["y1"] = H - (off + o.pop("dy1"))
                o["y2"] = H - (off + o.pop("dy2"))
            pops.append(o)
        # footer lines stacked upward from the bottom
        fl = []
        for lines, font, size, al, color in fts:
            for ln in lines:
                fl.append((ln, font, size, al, color))
        yb = pg.get("foot", 44)
        for ln, font, size, al, color in reversed(fl):
            pops.append({"op": "text", "x": m, "y": yb, "w": W - 2 * m, "al": al, "font": font, "size": size,
                         "s": ln, "color": color})
            yb += size * 1.3
        out.append(pops)
    return {"W": W, "H": H, "pages": out}


def decoration_ops(pg, W, H):
    ops = []
    acc = pg.get("accent", "#1f3a5f")
    b = pg.get("border")
    if b == "single":
        ops.append({"op": "rect", "x": 22, "y": 22, "w": W - 44, "h": H - 44, "lw": 1.5, "color": acc, "fill": None})
    elif b in ("double", "ornate"):
        ops.append({"op": "rect", "x": 18, "y": 18, "w": W - 36, "h": H - 36, "lw": 3, "color": acc, "fill": None})
        ops.append({"op": "rect", "x": 26, "y": 26, "w": W - 52, "h": H - 52, "lw": 0.8, "color": acc, "fill": None})
        if b == "ornate":
            for (cx, cy) in ((26, 26), (W - 26, 26), (26, H - 26), (W - 26, H - 26)):
                ops.append({"op": "rect", "x": cx - 7, "y": cy - 7, "w": 14, "h": 14, "lw": 1, "color": acc,
                            "fill": pg.get("accent2", "#b08d3c")})
            ops.append({"op": "rect", "x": 34, "y": 34, "w": W - 68, "h": H - 68, "lw": 0.4,
                        "color": pg.get("accent2", "#b08d3c"), "fill": None})
    seal = pg.get("seal")
    if seal:
        pos = seal.get("pos", "br")
        r = seal.get("r", 40)
        cx = {"br": W - 110, "bl": 110, "bc": W / 2}[pos]
        cy = seal.get("y", 100)
        gold = pg.get("accent2", "#b08d3c")
        ops.append({"op": "circle", "cx": cx, "cy": cy, "r": r, "lw": 2.2, "color": gold})
        ops.append({"op": "circle", "cx": cx, "cy": cy, "r": r - 6, "lw": 0.7, "color": gold})
        lines = seal["text"]
        n = len(lines)
        for j, ln in enumerate(lines):
            y = cy + (n - 1) * 5 - j * 10 - 3
            ops.append({"op": "text", "x": cx - r, "y": y, "w": 2 * r, "al": "c", "font": "Helvetica-Bold",
                        "size": 7.5, "s": ln, "color": gold})
    return ops


def hex2rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


# --------------------------------------------------------------------------
# ReportLab canvas / AcroForm
# --------------------------------------------------------------------------
def _rl_draw(c, ops, form_fields=None):
    from reportlab.lib.colors import Color
    for o in ops:
        op = o["op"]
        if op == "text" or (op == "field" and form_fields is None):
            c.setFont(o["font"], o["size"])
            c.setFillColor(Color(*hex2rgb(o["color"])))
            if o["al"] == "c":
                c.drawCentredString(o["x"] + o["w"] / 2, o["y"], o["s"])
            elif o["al"] == "r":
                c.drawRightString(o["x"] + o["w"], o["y"], o["s"])
            else:
                c.drawString(o["x"], o["y"], o["s"])
        elif op == "field":
            form_fields.append(o)
            # qpdf's appearance generator ignores /Q (quadding) and draws the value from the left
            # edge of the box, so a centred value gets a box hugging the text's width.
            fx, fw = o["x"], o["w"]
            if o["al"] != "l":
                tw = stringWidth(o["s"], o["font"], o["size"]) + 4
                fx = o["x"] + (o["w"] - tw) / (2 if o["al"] == "c" else 1)
                fw = tw
            # field rectangle: text baseline sits ~0.3*size above the bottom
            c.acroForm.textfield(name=o["name"], value="", x=fx - 2, y=o["y"] - o["size"] * 0.35,
                                 width=fw + 2, height=o["size"] * 1.45, fontName=o["font"],
                                 fontSize=o["size"], borderWidth=0, borderColor=None, fillColor=None,
                                 textColor=Color(*hex2rgb(o["color"])), forceBorder=False, maxlen=200)
        elif op == "line":
            c.setStrokeColor(Color(*hex2rgb(o["color"])))
            c.setLineWidth(o["lw"])
            c.line(o["x1"], o["y1"], o["x2"], o["y2"])
        elif op == "rect":
            if o.get("fill"):
                c.setFillColor(Color(*hex2rgb(o["fill"])))
            if o["lw"]:
                c.setStrokeColor(Color(*hex2rgb(o["color"])))
                c.setLineWidth(o["lw"])
            c.rect(o["x"], o["y"], o["w"], o["h"], stroke=1 if o["lw"] else 0, fill=1 if o.get("fill") else 0)
        elif op == "circle":
            c.setStrokeColor(Color(*hex2rgb(o["color"])))
            c.setLineWidth(o["lw"])
            c.circle(o["cx"], o["cy"], o["r"], stroke=1, fill=0)


def render_rlcanvas(cert, out):
    from reportlab.pdfgen import canvas
    lay = layout_ops(cert)
    c = canvas.Canvas(out, pagesize=(lay["W"], lay["H"]))
    c.setTitle(cert["meta_title"])
    c.setAuthor(cert.get("meta_author", ""))
    for ops in lay["pages"]:
        _rl_draw(c, ops)
        c.showPage()
    c.save()


def render_acroform(cert, out):
    """Blank form with ReportLab, then fill the fields by a qpdf JSON update and
    flatten with qpdf --generate-appearances --flatten-annotations=all."""
    from reportlab.pdfgen import canvas
    os.makedirs(WORK, exist_ok=True)
    base = os.path.join(WORK, cert["id"])
    blank = base + ".blank.pdf"
    lay = layout_ops(cert)
    c = canvas.Canvas(blank, pagesize=(lay["W"], lay["H"]))
    c.setTitle(cert["meta_title"])
    fields = []
    for ops in lay["pages"]:
        _rl_draw(c, ops, fields)
        c.showPage()
    c.save()
    values = {f["name"]: f for f in fields}
    for f in fields:
        if not all(ord(ch) < 128 for ch in f["s"]):
            raise ValueError("non-ASCII form value in %s: %r" % (cert["id"], f["s"]))
    # (exit status 3 = warnings: ReportLab writes the AcroForm /DR with a duplicated /Font key,
    #  which is repaired below)
    r = subprocess.run(["qpdf", "--json=2", "--json-key=qpdf", blank], capture_output=True, text=True)
    if r.returncode not in (0, 3):
        raise RuntimeError(r.stderr)
    js = json.loads(r.stdout)
    objs = js["qpdf"][1]
    upd = {}
    # form fonts by resource name (/HeBo, /Helv, ...)
    form_fonts = {}
    for key, ob in objs.items():
        v = ob.get("value") if isinstance(ob, dict) else None
        if isinstance(v, dict) and v.get("/Type") == "/Font" and not str(v.get("/Encoding", "")).startswith("/"):
            form_fonts.setdefault(v["/Name"], key[4:])
    for key, ob in objs.items():
        v = ob.get("value") if isinstance(ob, dict) else None
        if not isinstance(v, dict):
            continue
        if v.get("/FT") == "/Tx" and "/T" in v:
            nm = v["/T"]
            nm = nm[2:] if nm.startswith("u:") else nm
            if nm in values:
                f = values[nm]
                nv = dict(v)
                nv["/V"] = "u:" + f["s"]
                nv["/Q"] = {"l": 0, "c": 1, "r": 2}[f["al"]]
                nv["/Ff"] = 1  # read-only once filled
                nv.pop("/AP", None)
                nv.pop("/MK", None)
                upd[key] = {"value": nv}
        if "/Fields" in v and "/DA" in v:
            nv = dict(v)
            nv["/NeedAppearances"] = True
            dr = dict(nv.get("/DR", {}))
            dr["/Font"] = form_fonts
            nv["/DR"] = dr
            upd[key] = {"value": nv}
    patch = base + ".patch.json"
    with open(patch, "w") as fh:
        json.dump({"qpdf": [{"jsonversion": 2, "pushedinheritedpageresources": False,
                             "calledgetallpages": False, "maxobjectid": js["qpdf"][0]["maxobjectid"]}, upd]}, fh)
    filled = base + ".filled.pdf"
    subprocess.run(["qpdf", blank, "--update-from-json=" + patch, filled], check=True)
    subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", filled, out], check=True)


# --------------------------------------------------------------------------
# PostScript -> Ghostscript
# --------------------------------------------------------------------------
PS_ENC_PATCH = {0x27: "quotesingle", 0x2D: "hyphen", 0x60: "grave", 0x80: "Euro", 0x91: "quoteleft",
                0x92: "quoteright", 0x93: "quotedblleft", 0x94: "quotedblright", 0x95: "bullet",
                0x96: "endash", 0x97: "emdash", 0x99: "trademark", 0xAD: "hyphen"}


def ps_str(s):
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


def render_ps(cert, out):
    lay = layout_ops(cert)
    W, H = lay["W"], lay["H"]
    L = []
    L.append("%!PS-Adobe-3.0")
    L.append("%%%%BoundingBox: 0 0 %d %d" % (W, H))
    L.append("%%%%Title: %s" % cert["meta_title"].encode("ascii", "replace").decode())
    L.append("%%%%Creator: %s" % cert.get("meta_author", "certificate.ps"))
    L.append("%%%%Pages: %d" % len(lay["pages"]))
    L.append("%%EndComments")
    L.append("%%BeginProlog")
    L.append("/Enc ISOLatin1Encoding 256 array copy def")
    for k, v in sorted(PS_ENC_PATCH.items()):
        L.append("Enc %d /%s put" % (k, v))
    L.append("/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall "
             "/Encoding Enc def currentdict end definefont pop } bind def")
    used = sorted({o["font"] for p in lay["pages"] for o in p if o["op"] in ("text", "field")})
    for f in used:
        L.append("/%s-L /%s reenc" % (f, f))
    L.append("/SF { exch findfont exch scalefont setfont } bind def")
    L.append("/LT { moveto show } bind def")
    L.append("/CT { % str x w y\n  3 1 roll 2 div add exch moveto dup stringwidth pop 2 div neg 0 rmoveto show } bind def")
    L.append("/RT { 3 1 roll add exch moveto dup stringwidth pop neg 0 rmoveto show } bind def")
    L.append("%%EndProlog")
    L.append("%%BeginSetup")
    L.append("<< /PageSize [%d %d] >> setpagedevice" % (W, H))
    L.append("%%EndSetup")
    for pi, ops in enumerate(lay["pages"]):
        L.append("%%%%Page: %d %d" % (pi + 1, pi + 1))
        L.append("gsave")
        for o in ops:
            op = o["op"]
            if op in ("text", "field"):
                r, g, b = hex2rgb(o["color"])
                L.append("%.3f %.3f %.3f setrgbcolor /%s-L %.2f SF" % (r, g, b, o["font"], o["size"]))
                s = ps_str(o["s"])
                if o["al"] == "c":
                    L.append("%s %.2f %.2f %.2f CT" % (s, o["x"], o["w"], o["y"]))
                elif o["al"] == "r":
                    L.append("%s %.2f %.2f %.2f RT" % (s, o["x"], o["w"], o["y"]))
                else:
                    L.append("%s %.2f %.2f LT" % (s, o["x"], o["y"]))
            elif op == "line":
                r, g, b = hex2rgb(o["color"])
                L.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke"
                         % (r, g, b, o["lw"], o["x1"], o["y1"], o["x2"], o["y2"]))
            elif op == "rect":
                if o.get("fill"):
                    r, g, b = hex2rgb(o["fill"])
                    L.append("%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill"
                             % (r, g, b, o["x"], o["y"], o["w"], o["h"]))
                if o["lw"]:
                    r, g, b = hex2rgb(o["color"])
                    L.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke"
                             % (r, g, b, o["lw"], o["x"], o["y"], o["w"], o["h"]))
            elif op == "circle":
                r, g, b = hex2rgb(o["color"])
                L.append("%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke"
                         % (r, g, b, o["lw"], o["cx"], o["cy"], o["r"]))
        L.append("grestore showpage")
    L.append("%%EOF")
    os.makedirs(WORK, exist_ok=True)
    ps = os.path.join(WORK, cert["id"] + ".ps")
    with open(ps, "w", encoding="latin-1") as fh:
        fh.write("\n".join(L) + "\n")
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-dCompatibilityLevel=1.5", "-sOutputFile=" + out, ps], check=True)


# --------------------------------------------------------------------------
# FPDF (PHP) from positioned ops
# --------------------------------------------------------------------------
def render_fpdf(cert, out):
    lay = layout_ops(cert)
    lay["title"] = cert["meta_title"]
    lay["author"] = cert.get("meta_author", "")
    os.makedirs(WORK, exist_ok=True)
    j = os.path.join(WORK, cert["id"] + ".fpdf.json")
    with open(j, "w") as fh:
        json.dump(lay, fh)
    subprocess.run(["php", os.path.join(HERE, "engine_fpdf.php"), j, out], check=True)


def render_tcpdf(cert, out):
    os.makedirs(WORK, exist_ok=True)
    j = os.path.join(WORK, cert["id"] + ".tcpdf.json")
    d = {"page": cert["page"], "blocks": cert["blocks"], "title": cert["meta_title"],
         "author": cert.get("meta_author", ""), "seal_ops": decoration_ops(
            {"seal": cert["page"].get("seal"), "accent2": cert["page"].get("accent2", "#b08d3c")},
            *PAGE[cert["page"].get("orient", "P")])}
    with open(j, "w") as fh:
        json.dump(d, fh)
    subprocess.run(["php", os.path.join(HERE, "engine_tcpdf.php"), j, out], check=True)


# --------------------------------------------------------------------------
# HTML -> Chromium
# --------------------------------------------------------------------------
def h(s):
    return xesc(s)


def html_value(v):
    s, f, ls = cellv(v)
    if ls:
        return '<span class="ls">%s</span>' % h(s)
    return h(s)


def render_html(cert, out):
    pg = cert["page"]
    orient = pg.get("orient", "P")
    W, H = PAGE[orient]
    m = pg.get("margin", 72)
    top = pg.get("top", m)
    bottom = pg.get("bottom", m)
    fam0 = pg.get("font", "serif")
    al0 = pg.get("align", "c")
    acc = pg.get("accent", "#1f3a5f")
    acc2 = pg.get("accent2", "#b08d3c")
    ALN = {"c": "center", "l": "left", "r": "right"}
    css = """
@page { size: %(W)dpt %(H)dpt; margin: 0 }
html, body { margin: 0; padding: 0; }
body { font-family: %(font)s; color: #111; }
.page { width: %(W)dpt; height: %(H)dpt; position: relative; overflow: hidden; box-sizing: border-box; break-after: page; }
.page:last-child { break-after: auto; }
.content { position: absolute; left: %(m)dpt; right: %(m)dpt; top: %(top)dpt; bottom: %(bottom)dpt;
  display: flex; flex-direction: column; justify-content: %(jc)s; }
.content > * { flex: none; }
.ls { letter-spacing: 0.3em; white-space: nowrap; }
.caps { text-transform: uppercase; letter-spacing: 0.12em; }
table { border-collapse: collapse; }
td, th { vertical-align: top; }
.lab { font-family: %(sans)s; font-size: 8.5pt; font-weight: bold; color: #555; text-transform: uppercase; letter-spacing: 0.06em; }
.grid td, .grid th { border: 0.6pt solid #333; padding: 4pt 6pt; }
.grid th { background: #e8ecf2; font-family: %(sans)s; }
.script { font-family: %(script)s; font-size: 19pt; color: #1a2a6c; height: 22pt; line-height: 22pt; }
.sigline { border-top: 0.7pt solid #000; padding-top: 2pt; font-weight: bold; font-size: 9.5pt; }
.sigt { font-size: 8.5pt; color: #333; }
.foot { position: absolute; left: %(m)dpt; right: %(m)dpt; bottom: %(fb)dpt; font-size: 8pt; color: #444; }
""" % {"W": W, "H": H, "m": m, "top": top, "bottom": bottom, "font": CSS_FONTS[fam0],
       "sans": CSS_FONTS["sans"], "script": CSS_FONTS["script"],
       "jc": "center" if pg.get("vcenter") else "flex-start", "fb": pg.get("foot", 40)}
    deco = []
    b = pg.get("border")
    if b == "single":
        deco.append('<div style="position:absolute;inset:22pt;border:1.5pt solid %s"></div>' % acc)
    elif b in ("double", "ornate"):
        deco.append('<div style="position:absolute;inset:16.5pt;border:3pt solid %s"></div>' % acc)
        deco.append('<div style="position:absolute;inset:25.6pt;border:0.8pt solid %s"></div>' % acc)
        if b == "ornate":
            deco.append('<div style="position:absolute;inset:33.8pt;border:0.4pt solid %s"></div>' % acc2)
    seal = pg.get("seal")
    if seal:
        r = seal.get("r", 40)
        cx = {"br": W - 110, "bl": 110, "bc": W / 2}[seal.get("pos", "br")]
        cy = seal.get("y", 100)
        txt = "".join('<text x="%d" y="%d" text-anchor="middle" font-family="Liberation Sans" font-weight="bold" '
                      'font-size="7.5" fill="%s">%s</text>' % (r + 2, r + 2 + (len(seal["text"]) - 1) * -5 + j * 10 + 3,
                                                               acc2, h(t)) for j, t in enumerate(seal["text"]))
        deco.append('<svg style="position:absolute;left:%dpt;top:%dpt" width="%dpt" height="%dpt" viewBox="0 0 %d %d">'
                    '<circle cx="%d" cy="%d" r="%d" fill="none" stroke="%s" stroke-width="2.2"/>'
                    '<circle cx="%d" cy="%d" r="%d" fill="none" stroke="%s" stroke-width="0.7"/>%s</svg>'
                    % (cx - r - 2, H - cy - r - 2, 2 * r + 4, 2 * r + 4, 2 * r + 4, 2 * r + 4,
                       r + 2, r + 2, r, acc2, r + 2, r + 2, r - 6, acc2, txt))
    pages = [[]]
    feet = [[]]
    for blk in cert["blocks"]:
        k = blk["k"]
        fam = blk.get("font", fam0)
        ff = "font-family:%s;" % CSS_FONTS[fam] if fam != fam0 else ""
        if k == "page":
            pages.append([]); feet.append([])
            continue
        cur = pages[-1]
        if k == "space":
            cur.append('<div style="height:%.1fpt"></div>' % blk["h"])
        elif k == "text":
            al = ALN[blk.get("al", al0)]
            st = "%sfont-size:%.1fpt;text-align:%s;line-height:1.25;white-space:pre-wrap;" % (ff, blk["size"], al)
            if blk.get("b"): st += "font-weight:bold;"
            if blk.get("i"): st += "font-style:italic;"
            if blk.get("c"): st += "color:%s;" % color_of(blk["c"], pg)
            if blk.get("w", 1) < 1:
                st += "width:%d%%;margin-left:auto;margin-right:auto;" % (blk["w"] * 100)
            s = blk["s"]
            inner = "<br>".join(h(x) for x in s) if isinstance(s, list) else h(s)
            cls = ' class="ls"' if blk.get("ls") else ""
            if blk.get("css"):
                st += blk["css"]
            if blk.get("foot"):
                feet[-1].append('<div style="%s">%s</div>' % (st, inner))
            else:
                st += "margin-top:%.1fpt;" % blk.get("gap", blk["size"] * 0.5)
                cur.append('<div%s style="%s">%s</div>' % (cls, st, inner))
        elif k == "rule":
            wpc = blk.get("w", 1.0) * 100
            mg = "auto" if blk.get("al", al0) == "c" else "0"
            cur.append('<div style="margin:%.1fpt %s %.1fpt %s;width:%d%%;border-top:%.1fpt solid %s"></div>'
                       % (blk.get("gap", 6), mg, blk.get("after", 4), mg if mg == "auto" else "0", wpc,
                          blk.get("lw", 0.8), color_of(blk.get("c", "accent"), pg)))
        elif k == "cols":
            n = len(blk["labels"])
            cal = ALN[blk.get("cal", "c" if al0 == "c" else "l")]
            rows = '<tr>%s</tr><tr>%s</tr>' % (
                "".join('<td class="lab" style="text-align:%s;padding:0 4pt 3pt">%s</td>' % (cal, h(x)) for x in blk["labels"]),
                "".join('<td style="text-align:%s;font-size:%.1fpt;padding:0 4pt;%s%s">%s</td>'
                        % (cal, blk.get("size", 12), "font-weight:bold;" if blk.get("vb") else "",
                           "border-bottom:0.5pt solid #777;" if blk.get("underline") else "", html_value(v))
                        for v in blk["values"]))
            cg = "<colgroup>%s</colgroup>" % "".join('<col style="width:%.1f%%">' % (f_ * 100)
                                                      for f_ in (blk.get("widths") or [1.0 / n] * n))
            cur.append('<table style="width:%d%%;table-layout:fixed;margin:%.1fpt auto 0">%s%s</table>'
                       % (blk.get("w", 1.0) * 100, blk.get("gap", 8), cg, rows))
        elif k == "kv":
            sz = blk.get("size", 11)
            rows = ""
            for lab, val in blk["rows"]:
                vals = val if isinstance(val, list) else [val]
                rows += ('<tr><td style="width:%d%%;text-align:%s;font-weight:%s;padding:1.5pt 10pt 1.5pt 0">%s</td>'
                         '<td style="padding:1.5pt 0;%s">%s</td></tr>'
                         % (blk.get("lw", 0.34) * 100, ALN[blk.get("la", "l")],
                            "bold" if blk.get("lb", True) else "normal", h(lab),
                            "font-weight:bold;" if blk.get("vb") else "", "<br>".join(html_value(v) for v in vals)))
            cur.append('<table style="width:%d%%;margin:%.1fpt auto 0;font-size:%.1fpt">%s</table>'
                       % (blk.get("w", 1.0) * 100, blk.get("gap", 8), sz, rows))
        elif k == "table":
            n = len(blk["head"])
            widths = blk.get("widths") or [1.0 / n] * n
            aligns = blk.get("aligns") or ["l"] + ["c"] * (n - 1)
            sz = blk.get("size", 10)
            rows = "<tr>%s</tr>" % "".join('<th style="width:%d%%;text-align:%s">%s</th>' % (wv * 100, ALN[a], h(x))
                                           for wv, a, x in zip(widths, aligns, blk["head"]))
            for r in blk["rows"]:
                rows += "<tr>%s</tr>" % "".join('<td style="text-align:%s">%s</td>' % (ALN[a], html_value(x))
                                                for a, x in zip(aligns, r))
            cur.append('<table class="grid" style="width:%d%%;margin:%.1fpt auto 0;font-size:%.1fpt;text-align:left">%s</table>'
                       % (blk.get("w", 1.0) * 100, blk.get("gap", 8), sz, rows))
        elif k == "sig":
            al = blk.get("al", "c")
            items = ""
            for s in blk["sigs"]:
                name, titles, script = sig_parts(s)
                items += ('<div style="width:%dpt;text-align:%s"><div class="script">%s</div><div class="sigline">%s</div>%s</div>'
                          % (blk.get("sw", 200), "center" if al == "c" else "left", h(script) if script else "&nbsp;",
                             h(name), "".join('<div class="sigt">%s</div>' % h(t) for t in titles)))
            cur.append('<div style="display:flex;justify-content:%s;gap:40pt;margin-top:%.1fpt">%s</div>'
                       % ("space-around" if al == "c" else "flex-start", blk.get("gap", 28) - 18, items))
        else:
            raise ValueError(k)
    body = ""
    for p, ft in zip(pages, feet):
        body += '<div class="page">%s<div class="content">%s</div><div class="foot">%s</div></div>\n' % (
            "".join(deco), "\n".join(p), "\n".join(ft))
    doc = '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>' \
          '<body>\n%s</body></html>\n' % (h(cert["meta_title"]), css, body)
    os.makedirs(WORK, exist_ok=True)
    hp = os.path.join(WORK, cert["id"] + ".html")
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(doc)
    prof = os.path.join(PROFILES, "chromium")
    os.makedirs(prof, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof,
                    "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + hp],
                   check=True, capture_output=True)


# --------------------------------------------------------------------------
# LibreOffice helpers
# --------------------------------------------------------------------------
def soffice_convert(src, out):
    prof = os.path.join(PROFILES, "libreoffice")
    os.makedirs(prof, exist_ok=True)
    outdir = os.path.dirname(src)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True)
    pdf = os.path.splitext(src)[0] + ".pdf"
    os.replace(pdf, out)


# --------------------------------------------------------------------------
# Flat ODF (.fodt) -> LibreOffice
# --------------------------------------------------------------------------
def odf_text(s):
    """escape and keep runs of spaces"""
    out = []
    for part in re.split(r"( {2,})", s):
        if part.startswith("  "):
            out.append(' <text:s text:c="%d"/>' % (len(part) - 1))
        else:
            out.append(xesc(part))
    return "".join(out)


def render_fodt(cert, out):
    pg = cert["page"]
    orient = pg.get("orient", "P")
    W, H = PAGE[orient]
    m = pg.get("margin", 72)
    fam0 = pg.get("font", "serif")
    al0 = pg.get("align", "c")
    ALN = {"c": "center", "l": "start", "r": "end"}
    styles = {}
    auto = []

    def pstyle(fam, size, b=False, i=False, al="c", color="#000000", gap=0.0, brk=False, border_top=False,
               ls=False, after=0.0):
        key = (fam, size, b, i, al, color, round(gap, 1), brk, border_top, ls, after)
        if key in styles:
            return styles[key]
        nm = "P%d" % (len(styles) + 1)
        styles[key] = nm
        pp = 'fo:text-align="%s" fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:line-height="118%%"' % (
            ALN[al], gap, after)
        if brk:
            pp += ' fo:break-before="page"'
        if border_top:
            pp += ' fo:border-top="0.6pt solid #000000" fo:padding-top="2pt" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"'
        tp = 'style:font-name="%s" fo:font-size="%.1fpt" fo:color="%s"' % (LO_FONTS.get(fam, fam), size, color)
        if b: tp += ' fo:font-weight="bold"'
        if i: tp += ' fo:font-style="italic"'
        if ls: tp += ' fo:letter-spacing="0.1cm"'
        auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                    '<style:paragraph-properties %s/><style:text-properties %s/></style:style>' % (nm, pp, tp))
        return nm

    tcount = [0]

    def table(colw_pt, rows_xml, gap, border=False, head_fill=None, align="center"):
        tcount[0] += 1
        tn = "Tbl%d" % tcount[0]
        tw = sum(colw_pt)
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.1fpt" '
                    'table:align="%s" fo:margin-top="%.1fpt"/></style:style>' % (tn, tw, align, gap))
        cols = ""
        for j, cwd in enumerate(colw_pt):
            auto.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                        'style:column-width="%.1fpt"/></style:style>' % (tn, j, cwd))
            cols += '<table:table-column table:style-name="%s.C%d"/>' % (tn, j)
        cs_plain = tn + ".cp"
        cs_b = tn + ".cb"
        cs_h = tn + ".ch"
        auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                    'fo:padding-left="3pt" fo:padding-right="3pt" fo:padding-top="1pt" fo:padding-bottom="1pt" fo:border="none"/></style:style>' % cs_plain)
        auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                    'fo:padding="4pt" fo:border="0.6pt solid #333333"/></style:style>' % cs_b)
        auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                    'fo:padding="4pt" fo:border="0.6pt solid #333333" fo:background-color="%s"/></style:style>'
                    % (cs_h, head_fill or "#e8ecf2"))
        body = ""
        for ri, r in enumerate(rows_xml):
            body += "<table:table-row>"
            for cell in r:
                st = cs_plain if not border else (cs_h if (ri == 0 and head_fill) else cs_b)
                body += '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (st, cell)
            body += "</table:table-row>"
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (tn, tn, cols, body)

    cw = W - 2 * m
    parts = []
    feet = []
    brk = False
    first = True
    for blk in cert["blocks"]:
        k = blk["k"]
        fam = blk.get("font", fam0)
        if k == "page":
            brk = True
            continue
        if k == "space":
            parts.append('<text:p text:style-name="%s"/>' % pstyle(fam0, max(1, blk["h"] / 1.2), brk=brk))
            brk = False
            continue
        if k == "text":
            gap = blk.get("gap", blk["size"] * 0.5)
            if first and pg.get("top") is not None:
                gap += pg["top"] - m
            st = pstyle(fam, blk["size"], blk.get("b"), blk.get("i"), blk.get("al", al0), color_of(blk.get("c"), pg),
                        0 if blk.get("foot") else gap, brk, ls=False)
            s = blk["s"]
            if blk.get("ls"):
                s = lsp(s)
            inner = "<text:line-break/>".join(odf_text(x) for x in s) if isinstance(s, list) else odf_text(s)
            if blk.get("foot"):
                feet.append('<text:p text:style-name="%s">%s</text:p>' % (st, inner))
            else:
                parts.append('<text:p text:style-name="%s">%s</text:p>' % (st, inner))
                brk = False
                first = False
            continue
        if k == "rule":
            wpt = cw * blk.get("w", 1.0)
            # a paragraph with a bottom border, indented to the rule width
            key = "R%d" % (len(styles) + 1)
            styles[("rule", key)] = key
            ind = (cw - wpt) / 2 if blk.get("al", al0) == "c" else 0
            auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties '
                        'fo:margin-left="%.1fpt" fo:margin-right="%.1fpt" fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" '
                        'fo:border-bottom="%.1fpt solid %s" fo:padding="0pt"/><style:text-properties fo:font-size="2pt"/></style:style>'
                        % (key, ind, (cw - wpt - ind), blk.get("gap", 6), blk.get("after", 4), blk.get("lw", 0.8),
                           color_of(blk.get("c", "accent"), pg)))
            parts.append('<text:p text:style-name="%s"/>' % key)
            continue
        if k == "cols":
            n = len(blk["labels"])
            tw = cw * blk.get("w", 1.0)
            cal = blk.get("cal", "c" if al0 == "c" else "l")
            lst = pstyle("sans", blk.get("lsize", 8.5), True, False, cal, "#555555", 0)
            vst = pstyle(fam, blk.get("size", 12), blk.get("vb", False), False, cal, "#000000", 1)
            r1 = ['<text:p text:style-name="%s">%s</text:p>' % (lst, odf_text(x.upper())) for x in blk["labels"]]
            r2 = []
            for v in blk["values"]:
                s, f, ls = cellv(v)
                r2.append('<text:p text:style-name="%s">%s</text:p>' % (vst, odf_text(lsp(s) if ls else s)))
            parts.append(table([tw * f_ for f_ in (blk.get("widths") or [1.0 / n] * n)], [r1, r2], blk.get("gap", 8)))
            continue
        if k == "kv":
            tw = cw * blk.get("w", 1.0)
            lwf = blk.get("lw", 0.34)
            sz = blk.get("size", 11)
            lst = pstyle(fam, sz, blk.get("lb", True), False, blk.get("la", "l"), color_of(blk.get("lc"), pg), 0)
            vst = pstyle(fam, sz, blk.get("vb", False), False, "l", "#000000", 0)
            rows = []
            for lab, val in blk["rows"]:
                vals = val if isinstance(val, list) else [val]
                rows.append(['<text:p text:style-name="%s">%s</text:p>' % (lst, odf_text(lab)),
                             '<text:p text:style-name="%s">%s</text:p>' % (
                                 vst, "<text:line-break/>".join(odf_text(cellv(v)[0]) for v in vals))])
            parts.append(table([tw * lwf, tw * (1 - lwf)], rows, blk.get("gap", 8)))
            continue
        if k == "table":
            n = len(blk["head"])
            tw = cw * blk.get("w", 1.0)
            widths = blk.get("widths") or [1.0 / n] * n
            aligns = blk.get("aligns") or ["l"] + ["c"] * (n - 1)
            sz = blk.get("size", 10)
            rows = [['<text:p text:style-name="%s">%s</text:p>' % (pstyle("sans", sz, True, False, a, "#000000", 0),
                                                                 odf_text(x)) for a, x in zip(aligns, blk["head"])]]
            for r in blk["rows"]:
                rows.append(['<text:p text:style-name="%s">%s</text:p>' % (pstyle(fam, sz, False, False, a, "#000000", 0),
                                                                         odf_text(cellv(x)[0])) for a, x in zip(aligns, r)])
            parts.append(table([tw * wv for wv in widths], rows, blk.get("gap", 8), border=True, head_fill="#e8ecf2"))
            continue
        if k == "sig":
            sigs = blk["sigs"]
            n = len(sigs)
            al = blk.get("al", "c")
            sw = blk.get("sw", 200)
            row = []
            for s in sigs:
                name, titles, script = sig_parts(s)
                c = '<text:p text:style-name="%s">%s</text:p>' % (
                    pstyle("serif", 16, False, True, al, "#1a2a6c", 0), odf_text(script) if script else "")
                c += '<text:p text:style-name="%s">%s</text:p>' % (
                    pstyle(fam, 9.5, True, False, al, "#000000", 0, border_top=True), odf_text(name))
                for t in titles:
                    c += '<text:p text:style-name="%s">%s</text:p>' % (pstyle(fam, 8.5, False, False, al, "#333333", 0),
                                                                     odf_text(t))
                row.append(c)
            if al == "c":
                # spacer columns between signatures
                gapw = (cw - n * sw) / (n + 1)
                cells, widths = [], []
                for j, c in enumerate(row):
                    cells += ["<text:p/>", c]
                    widths += [gapw, sw]
                cells.append("<text:p/>")
                widths.append(gapw)
                parts.append(table(widths, [cells], blk.get("gap", 28) - 16))
            else:
                widths = []
                cells = []
                for c in row:
                    cells += [c, "<text:p/>"]
                    widths += [sw, 30]
                parts.append(table(widths, [cells], blk.get("gap", 28) - 16, align="left"))
            continue
        raise ValueError(k)
    b = pg.get("border")
    acc = pg.get("accent", "#1f3a5f")
    border = ""
    bm = 0.35 * 72
    if b == "single":
        border = 'fo:border="1.5pt solid %s" fo:padding="%.1fpt"' % (acc, m - 22 - 14)
    elif b in ("double", "ornate"):
        border = 'fo:border="4.5pt double %s" style:border-line-width="0.8pt 1.5pt 1.8pt" fo:padding="%.1fpt"' % (acc, m - 20 - 14)
    if border:
        pm = "fo:margin-top=\"20pt\" fo:margin-bottom=\"20pt\" fo:margin-left=\"20pt\" fo:margin-right=\"20pt\""
    else:
        pm = 'fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:margin-left="%.1fpt" fo:margin-right="%.1fpt"' % (
            m - 14, m - 14, m, m)
    footer_xml = ""
    footer_props = ""
    if feet:
        footer_xml = "<style:footer>%s</style:footer>" % "".join(feet)
        footer_props = '<style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="4pt"/></style:footer-style>'
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%(title)s</dc:title><meta:initial-creator>%(author)s</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="%(f0)s" fo:font-size="11pt" fo:language="en" fo:country="US"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%(W).1fpt" fo:page-height="%(H).1fpt"
  style:print-orientation="%(orient)s" %(pm)s %(border)s/>%(fp)s</style:page-layout>
 %(auto)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%(footer)s</style:master-page></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
""" % {"title": xesc(cert["meta_title"]), "author": xesc(cert.get("meta_author", "")), "f0": LO_FONTS[fam0],
       "W": W, "H": H, "orient": "landscape" if orient == "L" else "portrait", "pm": pm, "border": border,
       "fp": footer_props, "auto": "\n ".join(auto), "footer": footer_xml, "body": "\n".join(parts)}
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, cert["id"] + ".fodt")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(doc)
    soffice_convert(src, out)


# --------------------------------------------------------------------------
# DOCX (python-docx) -> LibreOffice
# --------------------------------------------------------------------------
def render_docx(cert, out):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    pg = cert["page"]
    orient = pg.get("orient", "P")
    W, H = PAGE[orient]
    m = pg.get("margin", 72)
    fam0 = pg.get("font", "serif")
    al0 = pg.get("align", "c")
    ALN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}
    doc = Document()
    doc.core_properties.title = cert["meta_title"]
    doc.core_properties.author = cert.get("meta_author", "")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE if orient == "L" else WD_ORIENT.PORTRAIT
    sec.page_width = Pt(W)
    sec.page_height = Pt(H)
    sec.left_margin = sec.right_margin = Pt(m)
    sec.top_margin = Pt(pg.get("top", m) - 10)
    sec.bottom_margin = Pt(m - 14)
    sec.footer_distance = Pt(30)
    st = doc.styles["Normal"]
    st.font.name = LO_FONTS[fam0]
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)

    b = pg.get("border")
    if b:
        acc = pg.get("accent", "#1f3a5f").lstrip("#")
        pb = OxmlElement("w:pgBorders")
        pb.set(qn("w:offsetFrom"), "page")
        for side in ("top", "left", "bottom", "right"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single" if b == "single" else "thinThickSmallGap")
            e.set(qn("w:sz"), "12" if b == "single" else "24")
            e.set(qn("w:space"), "22")
            e.set(qn("w:color"), acc)
            pb.append(e)
        pgMar = sec._sectPr.find(qn("w:pgMar"))
        pgMar.addnext(pb)

    def para(container, text, fam, size, bold=False, ital=False, al="c", color="#000000", gap=0.0,
             border_top=False, page_break=False):
        p = container.add_paragraph()
        p.alignment = ALN[al]
        pf = p.paragraph_format
        pf.space_before = Pt(gap)
        pf.space_after = Pt(0)
        pf.line_spacing = 1.08
        if page_break:
            pf.page_break_before = True
        lines = text if isinstance(text, list) else [text]
        for j, ln in enumerate(lines):
            r = p.add_run(ln)
            r.font.name = LO_FONTS.get(fam, fam)
            r.font.size = Pt(size)
            r.font.bold = bold
            r.font.italic = ital
            r.font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())
            if j < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        if border_top:
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            t = OxmlElement("w:top")
            t.set(qn("w:val"), "single"); t.set(qn("w:sz"), "6"); t.set(qn("w:space"), "1"); t.set(qn("w:color"), "000000")
            bdr.append(t)
            pPr.append(bdr)
        return p

    def set_cell_width(cell, wpt):
        tcPr = cell._tc.get_or_add_tcPr()
        tcW = OxmlElement("w:tcW")
        tcW.set(qn("w:w"), str(int(wpt * 20)))
        tcW.set(qn("w:type"), "dxa")
        tcPr.append(tcW)

    def set_borders(tbl, on):
        tblPr = tbl._tbl.tblPr
        bd = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single" if on else "nil")
            if on:
                e.set(qn("w:sz"), "6"); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "333333")
            bd.append(e)
        tblPr.append(bd)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill.lstrip("#"))
        tcPr.append(sh)

    def make_table(nrows, widths, gap, borders, align="c"):
        if gap:
            sp = doc.add_paragraph()
            sp.paragraph_format.space_before = Pt(0)
            sp.paragraph_format.line_spacing = Pt(max(gap, 1))
            sp.paragraph_format.space_after = Pt(0)
            r = sp.add_run("")
            r.font.size = Pt(1)
        t = doc.add_table(rows=nrows, cols=len(widths))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if align == "c" else WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        set_borders(t, borders)
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 20)))
        tblPr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        for row in t.rows:
            for j, c in enumerate(row.cells):
                set_cell_width(c, widths[j])
                c.width = Pt(widths[j])
        return t

    def cell_para(cell, text, fam, size, bold=False, al="l", color="#000000", first=True, ital=False, border_top=False):
        if first:
            p = cell.paragraphs[0]
            p.alignment = ALN[al]
            lines = text if isinstance(text, list) else [text]
            for j, ln in enumerate(lines):
                r = p.add_run(ln)
                r.font.name = LO_FONTS.get(fam, fam); r.font.size = Pt(size); r.font.bold = bold; r.font.italic = ital
                r.font.color.rgb = RGBColor.from_string(color.lstrip("#").upper())
                if j < len(lines) - 1:
                    r.add_break(WD_BREAK.LINE)
            if border_top:
                pPr = p._p.get_or_add_pPr()
                bdr = OxmlElement("w:pBdr")
                tp = OxmlElement("w:top")
                tp.set(qn("w:val"), "single"); tp.set(qn("w:sz"), "6"); tp.set(qn("w:space"), "1"); tp.set(qn("w:color"), "000000")
                bdr.append(tp)
                pPr.append(bdr)
            return p
        return para(cell, text, fam, size, bold, ital, al, color, 0, border_top)

    cw = W - 2 * m
    brk = False
    footer = sec.footer
    fpar_used = False
    for blk in cert["blocks"]:
        k = blk["k"]
        fam = blk.get("font", fam0)
        if k == "page":
            brk = True
            continue
        if k == "space":
            p = para(doc, "", fam0, 2, gap=blk["h"], page_break=brk)
            brk = False
            continue
        if k == "text":
            s = blk["s"]
            if blk.get("ls"):
                s = lsp(s)
            if blk.get("foot"):
                if not fpar_used:
                    p = footer.paragraphs[0]
                    fpar_used = True
                    p.alignment = ALN[blk.get("al", al0)]
                    r = p.add_run(s if isinstance(s, str) else " ".join(s))
                    r.font.size = Pt(blk["size"]); r.font.name = LO_FONTS.get(fam, fam)
                    r.font.color.rgb = RGBColor.from_string(color_of(blk.get("c"), pg).lstrip("#").upper())
                else:
                    para(footer, s, fam, blk["size"], blk.get("b"), blk.get("i"), blk.get("al", al0),
                         color_of(blk.get("c"), pg), 0)
                continue
            para(doc, s, fam, blk["size"], blk.get("b"), blk.get("i"), blk.get("al", al0), color_of(blk.get("c"), pg),
                 blk.get("gap", blk["size"] * 0.5), page_break=brk)
            brk = False
            continue
        if k == "rule":
            p = para(doc, "", fam0, 2, gap=blk.get("gap", 6), page_break=brk)
            brk = False
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            e = OxmlElement("w:bottom")
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(int(blk.get("lw", 0.8) * 8)))
            e.set(qn("w:space"), "1"); e.set(qn("w:color"), color_of(blk.get("c", "accent"), pg).lstrip("#"))
            bdr.append(e)
            pPr.append(bdr)
            ind = cw * (1 - blk.get("w", 1.0)) / 2
            p.paragraph_format.left_indent = Pt(ind)
            p.paragraph_format.right_indent = Pt(ind)
            continue
        if k == "cols":
            n = len(blk["labels"])
            tw = cw * blk.get("w", 1.0)
            cal = blk.get("cal", "c" if al0 == "c" else "l")
            t = make_table(2, [tw * f_ for f_ in (blk.get("widths") or [1.0 / n] * n)], blk.get("gap", 8), False)
            for j, lab in enumerate(blk["labels"]):
                cell_para(t.rows[0].cells[j], lab.upper(), "sans", blk.get("lsize", 8.5), True, cal, "#555555")
            for j, v in enumerate(blk["values"]):
                s, f, ls = cellv(v)
                cell_para(t.rows[1].cells[j], lsp(s) if ls else s, fam, blk.get("size", 12), blk.get("vb", False), cal)
            continue
        if k == "kv":
            tw = cw * blk.get("w", 1.0)
            lwf = blk.get("lw", 0.34)
            sz = blk.get("size", 11)
            t = make_table(len(blk["rows"]), [tw * lwf, tw * (1 - lwf)], blk.get("gap", 8), False)
            for i, (lab, val) in enumerate(blk["rows"]):
                vals = val if isinstance(val, list) else [val]
                cell_para(t.rows[i].cells[0], lab, fam, sz, blk.get("lb", True), blk.get("la", "l"),
                          color_of(blk.get("lc"), pg))
                cell_para(t.rows[i].cells[1], [cellv(v)[0] for v in vals], fam, sz, blk.get("vb", False), "l")
            continue
        if k == "table":
            n = len(blk["head"])
            tw = cw * blk.get("w", 1.0)
            widths = blk.get("widths") or [1.0 / n] * n
            aligns = blk.get("aligns") or ["l"] + ["c"] * (n - 1)
            sz = blk.get("size", 10)
            t = make_table(1 + len(blk["rows"]), [tw * wv for wv in widths], blk.get("gap", 8), True)
            for j, x in enumerate(blk["head"]):
                cell_para(t.rows[0].cells[j], x, "sans", sz, True, aligns[j])
                shade(t.rows[0].cells[j], "#e8ecf2")
            for i, r in enumerate(blk["rows"]):
                for j, x in enumerate(r):
                    cell_para(t.rows[i + 1].cells[j], cellv(x)[0], fam, sz, False, aligns[j])
            continue
        if k == "sig":
            sigs = blk["sigs"]
            n = len(sigs)
            al = blk.get("al", "c")
            sw = blk.get("sw", 200)
            if al == "c":
                gapw = (cw - n * sw) / (n + 1)
                widths = []
                for j in range(n):
                    widths += [gapw, sw]
                widths.append(gapw)
                t = make_table(1, widths, max(blk.get("gap", 28) - 16, 1), False)
                idx = [2 * j + 1 for j in range(n)]
            else:
                widths = []
                for j in range(n):
                    widths += [sw, 30]
                t = make_table(1, widths, max(blk.get("gap", 28) - 16, 1), False, align="l")
                idx = [2 * j for j in range(n)]
            for j, s in enumerate(sigs):
                name, titles, script = sig_parts(s)
                c = t.rows[0].cells[idx[j]]
                cell_para(c, script or "", "serif", 16, False, al, "#1a2a6c", True, ital=True)
                cell_para(c, name, fam, 9.5, True, al, "#000000", False, border_top=True)
                for tt in titles:
                    cell_para(c, tt, fam, 8.5, False, al, "#333333", False)
            continue
        raise ValueError(k)
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, cert["id"] + ".docx")
    doc.save(src)
    soffice_convert(src, out)


# --------------------------------------------------------------------------
# ReportLab Platypus
# --------------------------------------------------------------------------
def render_platypus(cert, out):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
    from reportlab.platypus.flowables import HRFlowable

    pg = cert["page"]
    orient = pg.get("orient", "P")
    W, H = PAGE[orient]
    m = pg.get("margin", 72)
    fam0 = pg.get("font", "serif")
    al0 = pg.get("align", "c")
    ALN = {"c": TA_CENTER, "l": TA_LEFT, "r": TA_RIGHT}
    cw = W - 2 * m
    nst = [0]

    def ps(fam, size, b=False, i=False, al="c", color="#000000", gap=0):
        nst[0] += 1
        return ParagraphStyle("s%d" % nst[0], fontName=fontname(fam, b, i), fontSize=size, leading=size * 1.22,
                              alignment=ALN[al], textColor=HexColor(color), spaceBefore=gap, spaceAfter=0)

    def P(text, style, ls=False):
        if isinstance(text, list):
            t = "<br/>".join(xesc(x) for x in text)
        else:
            t = xesc(lsp(text)).replace(" ", "&nbsp;") if ls else xesc(text)
        return Paragraph(t, style)

    story = []
    feet = [[]]
    for blk in cert["blocks"]:
        k = blk["k"]
        fam = blk.get("font", fam0)
        if k == "page":
            story.append(PageBreak())
            feet.append([])
            continue
        if k == "space":
            story.append(Spacer(1, blk["h"]))
            continue
        if k == "text":
            al = blk.get("al", al0)
            color = color_of(blk.get("c"), pg)
            if blk.get("foot"):
                feet[-1].append((blk["s"], fontname(fam, blk.get("b"), blk.get("i")), blk["size"], al, color))
                continue
            st = ps(fam, blk["size"], blk.get("b"), blk.get("i"), al, color, blk.get("gap", blk["size"] * 0.5))
            p = P(blk["s"], st, blk.get("ls"))
            if blk.get("w", 1) < 1:
                t = Table([[p]], colWidths=[cw * blk["w"]])
                t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), blk.get("gap", blk["size"] * 0.5))]))
                story.append(t)
            else:
                story.append(p)
            continue
        if k == "rule":
            story.append(HRFlowable(width="%d%%" % (blk.get("w", 1.0) * 100), thickness=blk.get("lw", 0.8),
                                    color=HexColor(color_of(blk.get("c", "accent"), pg)), spaceBefore=blk.get("gap", 6),
                                    spaceAfter=blk.get("after", 4), hAlign="CENTER" if blk.get("al", al0) == "c" else "LEFT"))
            continue
        if k == "cols":
            n = len(blk["labels"])
            tw = cw * blk.get("w", 1.0)
            cal = blk.get("cal", "c" if al0 == "c" else "l")
            lst = ps("sans", blk.get("lsize", 8.5), True, False, cal, "#555555")
            vst = ps(fam, blk.get("size", 12), blk.get("vb", False), False, cal)
            data = [[P(x.upper(), lst) for x in blk["labels"]],
                    [P(cellv(v)[0], vst, cellv(v)[2]) for v in blk["values"]]]
            t = Table(data, colWidths=[tw * f_ for f_ in (blk.get("widths") or [1.0 / n] * n)])
            sty = [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if blk.get("underline"):
                sty.append(("LINEBELOW", (0, 1), (-1, 1), 0.5, HexColor("#777777")))
            t.setStyle(TableStyle(sty))
            story.append(Spacer(1, blk.get("gap", 8)))
            story.append(t)
            continue
        if k == "kv":
            tw = cw * blk.get("w", 1.0)
            lwf = blk.get("lw", 0.34)
            sz = blk.get("size", 11)
            lst = ps(fam, sz, blk.get("lb", True), False, blk.get("la", "l"), color_of(blk.get("lc"), pg))
            vst = ps(fam, sz, blk.get("vb", False), False, "l")
            data = []
            for lab, val in blk["rows"]:
                vals = val if isinstance(val, list) else [val]
                data.append([P(lab, lst), P([cellv(v)[0] for v in vals] if len(vals) > 1 else cellv(vals[0])[0], vst)])
            t = Table(data, colWidths=[tw * lwf, tw * (1 - lwf)])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
            story.append(Spacer(1, blk.get("gap", 8)))
            story.append(t)
            continue
        if k == "table":
            n = len(blk["head"])
            tw = cw * blk.get("w", 1.0)
            widths = blk.get("widths") or [1.0 / n] * n
            aligns = blk.get("aligns") or ["l"] + ["c"] * (n - 1)
            sz = blk.get("size", 10)
            data = [[P(x, ps("sans", sz, True, False, a)) for a, x in zip(aligns, blk["head"])]]
            for r in blk["rows"]:
                data.append([P(cellv(x)[0], ps(fam, sz, False, False, a)) for a, x in zip(aligns, r)])
            t = Table(data, colWidths=[tw * wv for wv in widths])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, HexColor("#333333")),
                                   ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e8ecf2")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(Spacer(1, blk.get("gap", 8)))
            story.append(t)
            continue
        if k == "sig":
            sigs = blk["sigs"]
            n = len(sigs)
            al = blk.get("al", "c")
            sw = blk.get("sw", 200)
            cells = []
            for s in sigs:
                name, titles, script = sig_parts(s)
                cells.append([P(script or " ", ps("serif", 16, False, True, al, "#1a2a6c")),
                              P(name, ps(fam, 9.5, True, False, al)),
                              ] + [P(t_, ps(fam, 8.5, False, False, al, "#333333")) for t_ in titles])
            if al == "c":
                slot = cw / n
                t = Table([cells], colWidths=[slot] * n)
                pad = (slot - sw) / 2
                t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            else:
                t = Table([cells], colWidths=[sw + 30] * n, hAlign="LEFT")
                t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 30),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, blk.get("gap", 28) - 16))
            story.append(SigTable(t))
            continue
        raise ValueError(k)

    lay_deco = decoration_ops(pg, W, H)

    def on_page(c, d):
        _rl_draw(c, lay_deco)
        idx = d.page - 1
        fl = feet[idx] if idx < len(feet) else []
        yb = pg.get("foot", 44)
        for s, font, size, al, color in reversed(fl):
            c.setFont(font, size)
            c.setFillColor(HexColor(color))
            if al == "c":
                c.drawCentredString(W / 2, yb, s)
            else:
                c.drawString(m, yb, s)
            yb += size * 1.3

    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=pg.get("top", m),
                            bottomMargin=pg.get("bottom", m), title=cert["meta_title"],
                            author=cert.get("meta_author", ""))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _sig_table_cls():
    from reportlab.platypus import Flowable

    class SigTable(Flowable):
        """wraps a signature Table and draws a line above each signer's printed name"""

        def __init__(self, t):
            super().__init__()
            self.t = t

        def wrap(self, aw, ah):
            self.w, self.h = self.t.wrap(aw, ah)
            return self.w, self.h

        def draw(self):
            self.t.drawOn(self.canv, 0, 0)
            # line under the script row, per column
            t = self.t
            x = 0
            rowh = t._rowHeights[0]
            for j, cwid in enumerate(t._colWidths):
                cell = t._cellvalues[0][j]
                lp = t._cellStyles[0][j].leftPadding
                rp = t._cellStyles[0][j].rightPadding
                # height of script paragraph
                sh = cell[0].height if hasattr(cell[0], "height") else 20
                y = rowh - t._cellStyles[0][j].topPadding - sh - 1
                self.canv.setLineWidth(0.7)
                self.canv.line(x + lp, y, x + cwid - rp, y)
                x += cwid

    return SigTable


SigTable = _sig_table_cls()

RENDERERS = {
    "html": render_html,
    "fodt": render_fodt,
    "docx": render_docx,
    "fpdf": render_fpdf,
    "tcpdf": render_tcpdf,
    "rlcanvas": render_rlcanvas,
    "platypus": render_platypus,
    "acroform": render_acroform,
    "ps": render_ps,
}
PRODUCER_NAMES = {
    "html": "chromium-html",
    "fodt": "libreoffice-fodt",
    "docx": "docx-libreoffice",
    "fpdf": "php-fpdf",
    "tcpdf": "php-tcpdf",
    "rlcanvas": "reportlab-canvas",
    "platypus": "reportlab-platypus",
    "acroform": "acroform-qpdf-flattened",
    "ps": "ghostscript-postscript",
}
