"""Producer back-ends for the z26 blind certificate set.

Every function takes source text (or a callback) and writes one PDF.
Intermediate sources go to .build/ (scratch, not part of the set);
browser / office profiles go to .profiles/.  Converters are run one at
a time (the build is strictly sequential).
"""
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, ".build")
PROFILES = os.path.join(HERE, ".profiles")
FPDF = "/usr/share/php/fpdf/fpdf.php"
TCPDF = "/usr/share/php/tcpdf/tcpdf.php"


def _prep():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(PROFILES, exist_ok=True)


def _run(cmd, ok=(0,), **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    if r.returncode not in ok:
        raise RuntimeError("command failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout[-2000:], r.stderr[-2000:]))
    return r


# ---------------------------------------------------------------- Chromium
def chromium(html, out, stem):
    _prep()
    src = os.path.join(BUILD, stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    prof = os.path.join(PROFILES, "chromium")
    if os.path.exists(out):
        os.remove(out)
    _run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
          "--user-data-dir=" + prof, "--no-pdf-header-footer",
          "--print-to-pdf=" + os.path.abspath(out), "file://" + src])
    if not os.path.exists(out):
        raise RuntimeError("chromium produced no PDF for " + stem)


# ---------------------------------------------------------------- LibreOffice
def libreoffice(src, out):
    """Convert an .fodt or .docx already written under .build/ to PDF."""
    _prep()
    prof = "file://" + os.path.join(PROFILES, "libreoffice")
    outdir = os.path.join(BUILD, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    _run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--norestore",
          "--convert-to", "pdf", "--outdir", outdir, src])
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out)


def fodt(xml, out, stem):
    _prep()
    src = os.path.join(BUILD, stem + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    libreoffice(src, out)


def docx(document, out, stem):
    """document: a python-docx Document object."""
    _prep()
    src = os.path.join(BUILD, stem + ".docx")
    document.save(src)
    libreoffice(src, out)


# ---------------------------------------------------------------- PHP (fpdf / tcpdf)
def php(code, out, stem):
    _prep()
    src = os.path.join(BUILD, stem + ".php")
    with open(src, "w", encoding="utf-8") as f:
        f.write(code)
    _run(["php", src, os.path.abspath(out)])


FPDF_HEAD = """<?php
require('%s');
function w($s) { return iconv('UTF-8', 'windows-1252', $s); }
$out = $argv[1];
""" % FPDF

TCPDF_HEAD = """<?php
require('%s');
class CertPDF extends TCPDF {
  public function __construct(...$a) { parent::__construct(...$a); $this->tcpdflink = false; }
}
$out = $argv[1];
""" % TCPDF


# ---------------------------------------------------------------- Ghostscript
PS_PROLOG = r"""%!PS-Adobe-3.0
% Latin-1 re-encoding with straight quote and grave restored
/LatinEnc ISOLatin1Encoding dup length array copy dup 39 /quotesingle put dup 45 /hyphen put dup 96 /grave put
  dup 128 /endash put dup 129 /emdash put dup 130 /trademark put dup 131 /bullet put def
/reenc { % /New /Old
  findfont dup length dict begin
  { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding LatinEnc def currentdict end definefont pop } def
/TR /Times-Roman reenc   /TB /Times-Bold reenc   /TI /Times-Italic reenc  /TBI /Times-BoldItalic reenc
/HR /Helvetica reenc     /HB /Helvetica-Bold reenc /HO /Helvetica-Oblique reenc
/PR /Palatino-Roman reenc /PB /Palatino-Bold reenc /PI /Palatino-Italic reenc
/NR /NewCenturySchlbk-Roman reenc /NB /NewCenturySchlbk-Bold reenc /NI /NewCenturySchlbk-Italic reenc
/F { findfont exch scalefont setfont } def          % size /Font F
/ctr { dup stringwidth pop 2 div neg 0 rmoveto show } def   % x y moveto (s) ctr
/rshow { dup stringwidth pop neg 0 rmoveto show } def
/C { moveto ctr } def                         % (s) x y C
/L { moveto show } def                        % (s) x y L
/R { moveto rshow } def                       % (s) x y R
/hline { newpath 3 1 roll moveto 0 rlineto stroke } def % x y len hline
"""


PS_EXTRA = {"\u2013": 128, "\u2014": 129, "\u2122": 130, "\u2022": 131}


def ps_escape(s):
    """UTF-8 text -> PostScript string body in Latin-1 with octal escapes."""
    res = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            res.append("\\" + ch)
        elif 32 <= o < 127:
            res.append(ch)
        elif ch in PS_EXTRA:
            res.append("\\%03o" % PS_EXTRA[ch])
        elif 160 <= o < 256:
            res.append("\\%03o" % o)
        else:
            raise ValueError("character not in Latin-1: %r" % ch)
    return "".join(res)


def ghostscript(ps, out, stem, paper=None):
    _prep()
    src = os.path.join(BUILD, stem + ".ps")
    with open(src, "w", encoding="latin-1") as f:
        f.write(ps)
    cmd = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite"]
    if paper:
        cmd += ["-dDEVICEWIDTHPOINTS=%d" % paper[0], "-dDEVICEHEIGHTPOINTS=%d" % paper[1], "-dFIXEDMEDIA"]
    cmd += ["-o", os.path.abspath(out), src]
    _run(cmd)


# ---------------------------------------------------------------- AcroForm fill + flatten
def acroform(draw_template, values, out, stem):
    """draw_template(path) writes a ReportLab PDF with empty text fields.
    The fields are then filled from `values` (field name -> text) by editing
    the PDF through qpdf's JSON interface, and flattened with qpdf."""
    _prep()
    tpl = os.path.join(BUILD, stem + "_form.pdf")
    draw_template(tpl)
    js = os.path.join(BUILD, stem + "_form.json")
    # ReportLab writes the AcroForm /DR with one /Font key per font (a duplicated
    # key); qpdf warns (exit 3) and keeps the last.  The full font map is rebuilt below.
    _run(["qpdf", "--json-output", "--json-stream-data=none", tpl, js], ok=(0, 3))
    with open(js, encoding="utf-8") as f:
        doc = json.load(f)
    objs = doc["qpdf"][1]
    upd = {}
    seen = set()
    for key, obj in objs.items():
        val = obj.get("value")
        if not isinstance(val, dict):
            continue
        if val.get("/FT") == "/Tx":
            name = val.get("/T", "")[2:]
            if name not in values:
                raise KeyError("no value for field " + name)
            seen.add(name)
            nv = dict(val)
            nv["/V"] = "u:" + values[name]
            nv.pop("/AP", None)
            nv.pop("/MK", None)
            upd[key] = {"value": nv}
        elif "/Fields" in val:
            nv = dict(val)
            nv["/NeedAppearances"] = True
            fonts = {}
            for k2, o2 in objs.items():
                v2 = o2.get("value")
                if (isinstance(v2, dict) and v2.get("/Type") == "/Font" and "/Name" in v2
                        and isinstance(v2.get("/Encoding"), str) and v2["/Encoding"].endswith(" R")):
                    fonts[v2["/Name"]] = k2[4:]
            dr = dict(nv.get("/DR", {}))
            dr["/Font"] = fonts
            nv["/DR"] = dr
            upd[key] = {"value": nv}
        elif val.get("/Type") == "/Font" and val.get("/Subtype") == "/Type1" and isinstance(val.get("/Encoding"), str) and val.get("/Encoding").endswith(" R"):
            nv = dict(val)
            nv["/Encoding"] = "/WinAnsiEncoding"
            upd[key] = {"value": nv}
    missing = set(values) - seen
    if missing:
        raise KeyError("fields not in form: %s" % sorted(missing))
    uj = os.path.join(BUILD, stem + "_fill.json")
    with open(uj, "w", encoding="utf-8") as f:
        json.dump({"qpdf": [doc["qpdf"][0], upd]}, f)
    filled = os.path.join(BUILD, stem + "_filled.pdf")
    _run(["qpdf", "--update-from-json=" + uj, tpl, filled])
    _run(["qpdf", "--generate-appearances", "--flatten-annotations=all", filled, os.path.abspath(out)])
