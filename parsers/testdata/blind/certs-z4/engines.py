"""Producer engines for the certs-z4 blind test set.

Every function takes a base name (e.g. "zd07") and producer-specific content,
writes the intermediate source into ./src/ and the final PDF into the set
folder.  Paths are relative to this file's folder.  Converters are run one at
a time (the machine is shared).
"""
import json
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(ROOT, "src")
PROFILES = os.path.join(ROOT, ".profiles")
FONTDIR_LIB = "/usr/share/fonts/truetype/liberation"
FONTDIR_DJV = "/usr/share/fonts/truetype/dejavu"


def _ensure():
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(PROFILES, exist_ok=True)


def out_path(base):
    return os.path.join(ROOT, base + ".pdf")


def _run(cmd, ok=(0,), **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode not in ok:
        raise RuntimeError("command failed: %s\n%s\n%s" % (
            " ".join(cmd), r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")))
    return r


# --------------------------------------------------------------- Chromium HTML
def html_pdf(base, html):
    _ensure()
    src = os.path.join(SRC, base + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    prof = os.path.join(PROFILES, "chromium")
    os.makedirs(prof, exist_ok=True)
    _run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
          "--user-data-dir=" + prof, "--no-pdf-header-footer",
          "--print-to-pdf-no-header", "--virtual-time-budget=2000",
          "--print-to-pdf=" + out_path(base), "file://" + src])


# ------------------------------------------------------------- LibreOffice
def _soffice(src_file, base):
    prof = os.path.join(PROFILES, "libreoffice")
    os.makedirs(prof, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="z4lo", dir=PROFILES)
    try:
        _run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
              "--norestore", "--convert-to", "pdf", "--outdir", tmp, src_file])
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(src_file))[0] + ".pdf")
        shutil.move(produced, out_path(base))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def fodt_pdf(base, fodt_xml):
    _ensure()
    src = os.path.join(SRC, base + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt_xml)
    _soffice(src, base)


def docx_pdf(base, document):
    """document: a python-docx Document object."""
    _ensure()
    src = os.path.join(SRC, base + ".docx")
    document.save(src)
    _soffice(src, base)


# ------------------------------------------------------------- PHP fpdf/tcpdf
def php_pdf(base, php_code):
    _ensure()
    src = os.path.join(SRC, base + ".php")
    with open(src, "w", encoding="utf-8") as f:
        f.write(php_code)
    _run(["php", src, out_path(base)])


def php_str(s, cp1252=False):
    """PHP single-quoted string literal.  For fpdf (core fonts) the text is
    wrapped in iconv() so the UTF-8 source is written as windows-1252."""
    lit = "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if cp1252:
        return "iconv('UTF-8','windows-1252',%s)" % lit
    return lit


# ------------------------------------------------------------- ReportLab
_FONTS_DONE = False


def rl_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    fams = {
        "LibSerif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic", FONTDIR_LIB),
        "LibSans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic", FONTDIR_LIB),
        "DejaSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique", FONTDIR_DJV),
        "DejaSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic", FONTDIR_DJV),
    }
    for fam, (r, b, i, bi, d) in fams.items():
        for suffix, fn, bold, ital in (("", r, 0, 0), ("-Bold", b, 1, 0), ("-Italic", i, 0, 1), ("-BoldItalic", bi, 1, 1)):
            pdfmetrics.registerFont(TTFont(fam + suffix, os.path.join(d, fn + ".ttf")))
            addMapping(fam, bold, ital, fam + suffix)
    _FONTS_DONE = True


def rl_canvas_pdf(base, pagesize, draw, title=None):
    """draw(c, W, H) draws one or more pages (call c.showPage() between pages;
    the final showPage is done here)."""
    from reportlab.pdfgen import canvas
    rl_fonts()
    c = canvas.Canvas(out_path(base), pagesize=pagesize)
    if title:
        c.setTitle(title)
    W, H = pagesize
    draw(c, W, H)
    c.showPage()
    c.save()


def platypus_pdf(base, pagesize, story_fn, on_page=None, margins=(54, 54, 54, 54), title=None):
    from reportlab.platypus import SimpleDocTemplate
    rl_fonts()
    l, r, t, b = margins
    doc = SimpleDocTemplate(out_path(base), pagesize=pagesize, leftMargin=l,
                            rightMargin=r, topMargin=t, bottomMargin=b,
                            title=title or "Certificate")
    story = story_fn(doc)
    kw = {}
    if on_page:
        kw = {"onFirstPage": on_page, "onLaterPages": on_page}
    doc.build(story, **kw)


# ------------------------------------------------------------- AcroForm
def acroform_pdf(base, pagesize, draw_template, values):
    """draw_template(c, W, H, form) draws the static page and creates EMPTY
    text fields through form.textfield(name=...).  The blank form is saved in
    src/, then filled by updating the field /V values through qpdf's JSON
    interface (NeedAppearances true), and flattened with
    qpdf --generate-appearances --flatten-annotations=all."""
    from reportlab.pdfgen import canvas
    _ensure()
    rl_fonts()
    blank = os.path.join(SRC, base + ".form.pdf")
    c = canvas.Canvas(blank, pagesize=pagesize)
    W, H = pagesize
    draw_template(c, W, H, c.acroForm)
    c.showPage()
    c.save()
    # --- fill: read qpdf JSON, set /V of each named field
    r = _run(["qpdf", "--json=2", "--json-key=qpdf", blank], ok=(0, 3))
    data = json.loads(r.stdout.decode())
    objs = data["qpdf"][1]
    updates = {}
    acroform_ref = None
    for key, obj in objs.items():
        if key == "trailer":
            continue
        val = obj.get("value") if isinstance(obj, dict) else None
        if not isinstance(val, dict):
            continue
        if val.get("/Type") == "/Catalog" and "/AcroForm" in val:
            acroform_ref = val["/AcroForm"]
        t = val.get("/T")
        if t and val.get("/FT") == "/Tx":
            fname = t[2:] if t.startswith("u:") else t
            if fname in values:
                nv = dict(val)
                v = values[fname]
                if any(ord(ch) > 126 for ch in v):
                    raise ValueError("qpdf draws only ASCII into fields: %r" % v)
                nv["/V"] = "u:" + v
                nv.pop("/AP", None)
                updates[key] = {"value": nv}
    missing = set(values) - {objs[k]["value"]["/T"][2:] for k in updates}
    if missing:
        raise RuntimeError("fields not found: %s" % missing)
    # ReportLab writes /DR with a duplicated /Font key (only the last
    # survives), so rebuild /DR /Font from the fonts used by the widgets.
    fonts = {}
    for key, obj in objs.items():
        st = obj.get("stream") if isinstance(obj, dict) else None
        if st and st["dict"].get("/Subtype") == "/Form":
            fonts.update(st["dict"].get("/Resources", {}).get("/Font", {}))
    if isinstance(acroform_ref, str) and "obj:" + acroform_ref in objs:
        acroform_ref = "obj:" + acroform_ref
    if isinstance(acroform_ref, str) and acroform_ref in objs:
        af = dict(objs[acroform_ref]["value"])
        af["/NeedAppearances"] = True
        dr = dict(af.get("/DR", {}))
        f0 = dict(dr.get("/Font", {}))
        f0.update(fonts)
        dr["/Font"] = f0
        af["/DR"] = dr
        updates[acroform_ref] = {"value": af}
    elif isinstance(acroform_ref, dict):
        # inline AcroForm dictionary in the catalog
        for key, obj in objs.items():
            val = obj.get("value") if isinstance(obj, dict) else None
            if isinstance(val, dict) and val.get("/Type") == "/Catalog":
                nc = dict(val)
                af = dict(nc["/AcroForm"])
                af["/NeedAppearances"] = True
                nc["/AcroForm"] = af
                updates[key] = {"value": nc}
    upd = {"qpdf": [{"jsonversion": 2, "pushedinheritedpageresources": False,
                     "calledgetallpages": False, "maxobjectid": data["qpdf"][0]["maxobjectid"]},
                    updates]}
    updfile = os.path.join(SRC, base + ".fill.json")
    with open(updfile, "w") as f:
        json.dump(upd, f, indent=1)
    filled = os.path.join(SRC, base + ".filled.pdf")
    _run(["qpdf", "--update-from-json=" + updfile, blank, filled], ok=(0, 3))
    _run(["qpdf", "--generate-appearances", "--flatten-annotations=all", filled, out_path(base)], ok=(0, 3))
    os.remove(filled)


# ------------------------------------------------------------- Ghostscript
# WinAnsi-like re-encoding.  NB: ISOLatin1Encoding maps 0x2D to /minus, which
# would extract as U+2212; we force /hyphen there.
PS_PROLOG = r"""%!PS-Adobe-3.0
%%Pages: 1
/winvec ISOLatin1Encoding 256 array copy def
winvec 45 /hyphen put
winvec 39 /quotesingle put
winvec 96 /grave put
winvec 128 /Euro put
winvec 130 /quotesinglbase put
winvec 132 /quotedblbase put
winvec 133 /ellipsis put
winvec 145 /quoteleft put
winvec 146 /quoteright put
winvec 147 /quotedblleft put
winvec 148 /quotedblright put
winvec 149 /bullet put
winvec 150 /endash put
winvec 151 /emdash put
winvec 153 /trademark put
/reenc { % newname oldname
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding winvec def
    currentdict
  end definefont pop
} def
/F-Roman /Times-Roman reenc
/F-Bold /Times-Bold reenc
/F-Italic /Times-Italic reenc
/F-BoldItalic /Times-BoldItalic reenc
/F-Sans /Helvetica reenc
/F-SansBold /Helvetica-Bold reenc
/F-SansObl /Helvetica-Oblique reenc
/F-Book /Bookman-Light reenc
/F-BookDemi /Bookman-Demi reenc
/F-Chancery /ZapfChancery-MediumItalic reenc
/F-Pal /Palatino-Roman reenc
/F-PalBold /Palatino-Bold reenc
/F-PalItalic /Palatino-Italic reenc
/F-Schoolbook /NewCenturySchlbk-Roman reenc
/F-SchoolbookBold /NewCenturySchlbk-Bold reenc
/F-SchoolbookItalic /NewCenturySchlbk-Italic reenc
/sf { exch findfont exch scalefont setfont } def          % /font size sf
/ctr { dup stringwidth pop 2 div neg 0 rmoveto show } def  % x y moveto (s) ctr
/rgt { dup stringwidth pop neg 0 rmoveto show } def
/cshow { % x y (s) cshow
  3 1 roll moveto ctr } def
/lshow { 3 1 roll moveto show } def
/rshow { 3 1 roll moveto rgt } def
/spaced { % x y (s) tracking spaced  -- centred, letter-spaced
  /trk exch def /str exch def
  str stringwidth pop str length 1 sub trk mul add 2 div neg 3 -1 roll add exch moveto
  trk 0 str ashow } def
"""


def ps_string(s):
    """Encode text as a PostScript string literal in the winvec encoding."""
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


def ps_pdf(base, ps_body, landscape=False, pages=1):
    _ensure()
    w, h = (792, 612) if landscape else (612, 792)
    src = os.path.join(SRC, base + ".ps")
    with open(src, "w", encoding="ascii") as f:
        f.write(PS_PROLOG.replace("%%Pages: 1", "%%%%Pages: %d" % pages))
        f.write("<< /PageSize [%d %d] >> setpagedevice\n" % (w, h))
        f.write(ps_body)
        f.write("\n%%EOF\n")
    _run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
          "-dCompatibilityLevel=1.5", "-o", out_path(base), src])
