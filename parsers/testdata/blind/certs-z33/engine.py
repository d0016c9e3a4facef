"""Shared rendering back-ends for the z33 blind certificate set.

Every producer writes its intermediate source (HTML, FODT, DOCX, JSON op list,
PostScript) into ./src/ and converts it to ./ygNN.pdf.  Converters are run one
at a time (the machine is shared).  Paths are relative to this file's folder.
"""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
PROFILES = HERE / ".profiles"

SRC.mkdir(exist_ok=True)
PROFILES.mkdir(exist_ok=True)


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed (%s): %s\n%s\n%s" % (r.returncode, " ".join(map(str, cmd)), r.stdout, r.stderr))
    return r


def out_path(cid):
    return HERE / ("%s.pdf" % cid)


# ---------------------------------------------------------------- Chromium
def chromium_pdf(cid, html):
    src = SRC / ("%s.html" % cid)
    src.write_text(html, encoding="utf-8")
    out = out_path(cid)
    if out.exists():
        out.unlink()
    run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--user-data-dir=%s" % (PROFILES / "chromium"),
         "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
         "--print-to-pdf=%s" % out, src.as_uri()], timeout=180)
    if not out.exists():
        raise RuntimeError("chromium produced no PDF for %s" % cid)
    return out


# ---------------------------------------------------------------- LibreOffice
def soffice_pdf(cid, src):
    out = out_path(cid)
    with tempfile.TemporaryDirectory(dir=PROFILES) as td:
        run(["soffice", "--headless", "--norestore", "--nolockcheck",
             "-env:UserInstallation=%s" % (PROFILES / "libreoffice").as_uri(),
             "--convert-to", "pdf", "--outdir", td, str(src)], timeout=240)
        produced = Path(td) / (src.stem + ".pdf")
        if not produced.exists():
            raise RuntimeError("soffice produced no PDF for %s" % cid)
        shutil.move(str(produced), out)
    return out


def fodt_pdf(cid, xml):
    src = SRC / ("%s.fodt" % cid)
    src.write_text(xml, encoding="utf-8")
    return soffice_pdf(cid, src)


def docx_pdf(cid, document):
    src = SRC / ("%s.docx" % cid)
    document.save(str(src))
    return soffice_pdf(cid, src)


# ---------------------------------------------------------------- PHP (fpdf / tcpdf)
def php_pdf(cid, lib, ops):
    src = SRC / ("%s.%s.json" % (cid, lib))
    src.write_text(json.dumps(ops, ensure_ascii=False, indent=1), encoding="utf-8")
    out = out_path(cid)
    run(["php", str(HERE / "php" / ("%s_runner.php" % lib)), str(src), str(out)], timeout=120)
    return out


# ---------------------------------------------------------------- Ghostscript
def ps_pdf(cid, ps):
    src = SRC / ("%s.ps" % cid)
    src.write_bytes(ps.encode("ascii"))
    out = out_path(cid)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
         "-dCompatibilityLevel=1.6", "-o", str(out), str(src)], timeout=120)
    return out


def ps_str(s):
    """Encode a Python string as a PostScript string literal in the Windows-1252
    layout used by the /CertEncoding vector defined in the PostScript prolog."""
    out = []
    for ch in s:
        if ch in "()\\":
            out.append("\\" + ch)
            continue
        b = ch.encode("cp1252")[0]
        if 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


# ---------------------------------------------------------------- ReportLab
_FONTS_DONE = False


def rl_fonts():
    """Register TrueType families usable by the ReportLab producers."""
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    fams = {
        "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif%s.ttf",
        "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans%s.ttf",
        "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-%s.ttf",
        "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-%s.ttf",
    }
    for fam, pat in fams.items():
        if fam.startswith("DejaVu"):
            styles = {"": "", "-Bold": "-Bold", "-Italic": "-Italic" if fam == "DejaVuSerif" else "-Oblique",
                      "-BoldItalic": "-BoldItalic" if fam == "DejaVuSerif" else "-BoldOblique"}
        else:
            styles = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
        for suf, fs in styles.items():
            pdfmetrics.registerFont(TTFont(fam + suf, pat % fs))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-BoldItalic")
    _FONTS_DONE = True


def patch_acroform():
    """ReportLab writes one /Font key per field font into /DR, which qpdf
    rejects as duplicated keys; emit a single merged /Font dictionary."""
    from reportlab.pdfbase import acroform as A
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFString, PDFArray
    from reportlab.pdfbase.acroform import PDFFromString

    def fmt(self, doc):
        d = dict(Fields=PDFArray([self.getRef(f) for f in self.fields]))
        if self.fonts:
            fk = sorted(self.fonts.keys())
            fonts = " ".join("/%s %s" % (f, self.fonts[f]) for f in fk)
            d["DA"] = PDFString("/%s 0 Tf 0 g" % fk[0])
            d["DR"] = PDFFromString("<< /Encoding\n<<\n/RLAFencoding\n%s\n>>\n/Font << %s >>\n>>" % (self.encRefStr, fonts))
        return PDFDictionary(d).format(doc)

    A.AcroForm.format = fmt


def flatten(cid, filled):
    """qpdf: flatten the filled AcroForm into page content."""
    out = out_path(cid)
    run(["qpdf", "--generate-appearances", "--flatten-annotations=all", str(filled), str(out)], timeout=60)
    return out


def wrap(text, font, size, width):
    """Greedy word wrap using ReportLab/AFM metrics (same as the URW core fonts)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines
