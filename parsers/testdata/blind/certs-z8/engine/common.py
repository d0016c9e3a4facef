"""Shared helpers: paths, subprocess runner, producer front-ends, gold records."""
import os
import shutil
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENGINE = os.path.join(ROOT, "engine")
PROF = os.path.join(ROOT, ".profiles")
SRC = os.path.join(PROF, "src")

PRODUCERS = {
    "chromium": "Chromium headless --print-to-pdf from hand-written HTML/CSS",
    "soffice-fodt": "LibreOffice headless conversion of hand-written flat ODF (.fodt)",
    "soffice-docx": "python3-docx document converted by LibreOffice headless",
    "php-fpdf": "PHP script using FPDF (core fonts, cp1252)",
    "php-tcpdf": "PHP script using TCPDF (DejaVu/core fonts, UTF-8)",
    "reportlab-canvas": "python3-reportlab low-level canvas drawing",
    "reportlab-platypus": "python3-reportlab Platypus flowables (SimpleDocTemplate/Table)",
    "qpdf-acroform": "hand-written PDF with AcroForm text fields, then qpdf --generate-appearances --flatten-annotations=all",
    "ghostscript-ps": "hand-written PostScript rendered by Ghostscript pdfwrite (ps2pdf)",
}


def ensure_dirs():
    os.makedirs(SRC, exist_ok=True)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed (%s): %s\n%s\n%s" % (r.returncode, " ".join(cmd), r.stdout[-2000:], r.stderr[-2000:]))
    return r


def write(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding) as f:
        f.write(text)
    return path


def out_pdf(cid):
    return os.path.join(ROOT, cid + ".pdf")


# ---------------------------------------------------------------- producers
def chromium_pdf(cid, html):
    src = write(os.path.join(SRC, cid + ".html"), html)
    target = out_pdf(cid)
    if os.path.exists(target):
        os.remove(target)
    run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
         "--user-data-dir=" + os.path.join(PROF, "chromium"),
         "--no-pdf-header-footer", "--print-to-pdf=" + target, "file://" + src])
    if not os.path.exists(target):
        raise RuntimeError("chromium produced nothing for " + cid)


def soffice_pdf(cid, src):
    """Convert src (.fodt/.docx in SRC) to ROOT/cid.pdf with a private profile."""
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(PROF, "libreoffice"),
         "--headless", "--convert-to", "pdf", "--outdir", SRC, src])
    produced = os.path.join(SRC, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out_pdf(cid))


def php_pdf(cid, php_source):
    src = write(os.path.join(SRC, cid + ".php"), php_source)
    run(["php", src, out_pdf(cid)])


def ps_pdf(cid, ps_source):
    src = os.path.join(SRC, cid + ".ps")
    with open(src, "wb") as f:
        f.write(ps_source)
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
         "-dCompatibilityLevel=1.6", "-sOutputFile=" + out_pdf(cid), src])


def points_for(credits, unit):
    return round(credits * 10, 2) if unit == "CEU" else credits


UNITS = ("contact hour", "CMLE", "CE hour", "CEU")


def cert(cid, style, producer, layout, notes, name, title, date, credits, unit,
         provider, activity_id, build):
    assert unit in UNITS, unit
    assert producer in PRODUCERS, producer
    return {
        "id": cid,
        "gold": {
            "style": style,
            "producer": producer,
            "layout": list(layout),
            "notes": notes,
            "name": name,
            "title": title,
            "date": date,
            "credits": credits,
            "unit": unit,
            "points": points_for(credits, unit),
            "provider": list(provider),
            "activity_id": activity_id,
        },
        "build": build,
    }
