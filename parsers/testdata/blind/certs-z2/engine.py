"""Producer engines for the z31-z60 blind certificate set.

Every function takes source material (HTML, flat ODF text, a python-docx
builder, PHP code, PostScript, ReportLab drawing code) and writes one PDF.
All paths are relative to this folder; browser/office profiles live in
.profiles/ and intermediate sources in .build/.
"""
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, ".build")
PROFILES = os.path.join(HERE, ".profiles")
os.makedirs(BUILD, exist_ok=True)
os.makedirs(PROFILES, exist_ok=True)


def _run(cmd, ok=(0,), **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode not in ok:
        raise RuntimeError("command failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout, r.stderr))
    return r


# ---------------------------------------------------------------- Chromium
def html_to_pdf(cid, html, out):
    src = os.path.join(BUILD, cid + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    prof = os.path.join(PROFILES, "chromium")
    tmp = os.path.join(BUILD, cid + ".chromium.pdf")
    if os.path.exists(tmp):
        os.remove(tmp)
    _run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
          "--user-data-dir=" + prof, "--no-pdf-header-footer",
          "--print-to-pdf=" + tmp, "file://" + src])
    shutil.move(tmp, out)


# ---------------------------------------------------------------- LibreOffice
def _soffice(src, out):
    prof = os.path.join(PROFILES, "libreoffice")
    outdir = os.path.join(BUILD, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    _run(["soffice", "--headless", "--norestore",
          "-env:UserInstallation=file://" + prof,
          "--convert-to", "pdf", "--outdir", outdir, src])
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out)


def fodt_to_pdf(cid, fodt, out):
    src = os.path.join(BUILD, cid + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt)
    _soffice(src, out)


def docx_to_pdf(cid, builder, out):
    """builder(path) must write a .docx file with python-docx."""
    src = os.path.join(BUILD, cid + ".docx")
    builder(src)
    _soffice(src, out)


# ---------------------------------------------------------------- PHP (fpdf / tcpdf)
def php_to_pdf(cid, php, out):
    src = os.path.join(BUILD, cid + ".php")
    with open(src, "w", encoding="utf-8") as f:
        f.write(php)
    _run(["php", src, out])


# ---------------------------------------------------------------- Ghostscript
def ps_to_pdf(cid, ps, out):
    src = os.path.join(BUILD, cid + ".ps")
    with open(src, "wb") as f:
        f.write(ps.encode("latin-1"))
    _run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
          "-sOutputFile=" + out, src])


# ---------------------------------------------------------------- AcroForm fill + flatten
def qpdf_fill_flatten(cid, blank, values, out, quad=None):
    """Fill text fields of a blank AcroForm (values: fullname -> text) by
    rewriting their /V through qpdf JSON, then let qpdf generate appearance
    streams and flatten every annotation into page content. quad: optional
    fullname -> /Q (0 left, 1 centre, 2 right)."""
    quad = quad or {}
    j = json.loads(_run(["qpdf", "--json", "--json-key=acroform", "--json-key=qpdf", blank], ok=(0, 3)).stdout)
    objs = j["qpdf"][1]
    upd = {}
    for fld in j["acroform"]["fields"]:
        if fld["fullname"] in values:
            ref = "obj:" + fld["object"]
            o = objs[ref]
            o["value"]["/V"] = "u:" + values[fld["fullname"]]
            if fld["fullname"] in quad:
                o["value"]["/Q"] = quad[fld["fullname"]]
            o["value"].pop("/AP", None)
            upd[ref] = o
    root_ref = "obj:" + objs["trailer"]["value"]["/Root"]
    af = objs[root_ref]["value"]["/AcroForm"]
    if isinstance(af, str):
        aref = "obj:" + af
        objs[aref]["value"]["/NeedAppearances"] = True
        upd[aref] = objs[aref]
    else:
        af["/NeedAppearances"] = True
        upd[root_ref] = objs[root_ref]
    hdr = dict(j["qpdf"][0])
    upd_path = os.path.join(BUILD, cid + ".fill.json")
    with open(upd_path, "w", encoding="utf-8") as f:
        json.dump({"qpdf": [hdr, upd]}, f, ensure_ascii=False, indent=1)
    filled = os.path.join(BUILD, cid + ".filled.pdf")
    _run(["qpdf", blank, "--update-from-json=" + upd_path, filled], ok=(0, 3))
    flatten(filled, out)


def flatten(src, out):
    r = subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", src, out],
                       capture_output=True, text=True)
    if r.returncode not in (0, 3):  # 3 = warnings
        raise RuntimeError(r.stderr)


# ---------------------------------------------------------------- PostScript helpers
PS_PRELUDE = r"""%!PS-Adobe-3.0
%%Pages: 1
/CertEncoding ISOLatin1Encoding 256 array copy def
CertEncoding 45 /hyphen put
CertEncoding 39 /quotesingle put
CertEncoding 96 /grave put
CertEncoding 153 /trademark put
CertEncoding 150 /endash put
CertEncoding 151 /emdash put
CertEncoding 149 /bullet put
CertEncoding 146 /quoteright put
/reenc { % newname basename
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding CertEncoding def
    currentdict
  end definefont pop } bind def
/F-Times /Times-Roman reenc
/F-TimesB /Times-Bold reenc
/F-TimesI /Times-Italic reenc
/F-TimesBI /Times-BoldItalic reenc
/F-Helv /Helvetica reenc
/F-HelvB /Helvetica-Bold reenc
/F-HelvO /Helvetica-Oblique reenc
/F-Pal /Palatino-Roman reenc
/F-PalB /Palatino-Bold reenc
/F-PalI /Palatino-Italic reenc
/F-Chanc /ZapfChancery-MediumItalic reenc
/F-Bk /Bookman-Light reenc
/F-BkD /Bookman-Demi reenc
/sf { exch findfont exch scalefont setfont } bind def
/ctr { % x y (str) -> centred at x
  dup stringwidth pop 2 div 4 -1 roll exch sub 3 -1 roll moveto show } bind def
/rgt { dup stringwidth pop 4 -1 roll exch sub 3 -1 roll moveto show } bind def
/lft { 3 1 roll moveto show } bind def
/sctr { % x y track (str) -> letter-spaced, centred
  /s_ exch def /tr_ exch def /y_ exch def /x_ exch def
  x_ s_ stringwidth pop s_ length 1 sub tr_ mul add 2 div sub y_ moveto
  tr_ 0 s_ ashow } bind def
/slft { % x y track (str) -> letter-spaced from x
  /s_ exch def /tr_ exch def moveto tr_ 0 s_ ashow } bind def
"""

_PS_MAP = {"\u2122": 153, "\u2013": 150, "\u2014": 151, "\u2022": 149, "\u2019": 146}


def ps_str(s):
    """Python text -> PostScript string literal in CertEncoding."""
    out = []
    for ch in s:
        code = _PS_MAP.get(ch)
        if code is None:
            code = ord(ch)
            if code > 255:
                raise ValueError("not encodable in PostScript cert encoding: %r" % ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= code < 127:
            out.append(chr(code))
        else:
            out.append("\\%03o" % code)
    return "(" + "".join(out) + ")"


_RL_FONT = {"F-Times": "Times-Roman", "F-TimesB": "Times-Bold", "F-TimesI": "Times-Italic",
            "F-TimesBI": "Times-BoldItalic", "F-Helv": "Helvetica", "F-HelvB": "Helvetica-Bold",
            "F-HelvO": "Helvetica-Oblique"}


def ps_wrap(text, font, size, width):
    """Greedy word wrap using ReportLab's metrics of the standard-14 faces
    (same metrics as Ghostscript's URW clones)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, _RL_FONT.get(font, font), size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- PHP string helper
def php_str(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


# ---------------------------------------------------------------- flat ODF helper
def fodt_doc(body, styles="", auto_styles="", page_w="8.5in", page_h="11in",
             margin="0.75in", border="none", border_padding="0in", font_decls=""):
    """Assemble a flat .fodt document. `styles` holds common (named) styles,
    `auto_styles` automatic styles, `body` the office:text content."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 {font_decls}
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 {styles}
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="{page_w}" fo:page-height="{page_h}"
   fo:margin-top="{margin}" fo:margin-bottom="{margin}" fo:margin-left="{margin}" fo:margin-right="{margin}"
   fo:border="{border}" fo:padding="{border_padding}" style:print-orientation="{'landscape' if page_w > page_h and page_w[-2:]==page_h[-2:] and float(page_w[:-2])>float(page_h[:-2]) else 'portrait'}"/>
 </style:page-layout>
 {auto_styles}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
