"""Producer engines for the z18 blind certificate set.

Every engine takes source text (or a callable) and writes one PDF.
All paths are relative to this folder; profiles live in ./.profiles.
Converters are run one at a time (the machine is shared).
"""
import os, subprocess, shutil, json, glob

HERE = os.path.dirname(os.path.abspath(__file__))
INTER = os.path.join(HERE, "intermediate")
PROFILES = os.path.join(HERE, ".profiles")


def _run(cmd, ok=(0,), **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode not in ok:
        raise RuntimeError("command failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout, r.stderr))
    return r


def chromium_html(cid, html, out_pdf):
    """Chromium headless --print-to-pdf from an HTML string."""
    src = os.path.join(INTER, cid + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    prof = os.path.join(PROFILES, "chromium")
    os.makedirs(prof, exist_ok=True)
    if os.path.exists(out_pdf):
        os.remove(out_pdf)
    _run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
          "--user-data-dir=" + prof, "--no-pdf-header-footer",
          "--print-to-pdf=" + out_pdf, "file://" + src], timeout=180)
    assert os.path.exists(out_pdf), out_pdf


def _soffice(src, out_pdf):
    prof = os.path.join(PROFILES, "libreoffice")
    os.makedirs(prof, exist_ok=True)
    outdir = os.path.join(INTER, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    _run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
          "--convert-to", "pdf", "--outdir", outdir, src], timeout=300)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out_pdf)


def libreoffice_fodt(cid, fodt_xml, out_pdf):
    """LibreOffice Writer: flat ODF text document (.fodt) -> PDF."""
    src = os.path.join(INTER, cid + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt_xml)
    _soffice(src, out_pdf)


def libreoffice_docx(cid, build_doc, out_pdf):
    """python-docx builds a .docx (build_doc(path)); LibreOffice converts it."""
    src = os.path.join(INTER, cid + ".docx")
    build_doc(src)
    _soffice(src, out_pdf)


def php_script(cid, script, data, out_pdf):
    """fpdf / tcpdf: php/<script> reads a JSON data file and writes the PDF."""
    jpath = os.path.join(INTER, cid + ".json")
    with open(jpath, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    _run(["php", os.path.join(HERE, "php", script), jpath, out_pdf], timeout=120)
    assert os.path.exists(out_pdf), out_pdf


def ghostscript_ps(cid, ps, out_pdf):
    """Hand-written PostScript -> Ghostscript pdfwrite."""
    src = os.path.join(INTER, cid + ".ps")
    with open(src, "w", encoding="latin-1") as f:
        f.write(ps)
    _run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite",
          "-dPDFSETTINGS=/prepress", "-o", out_pdf, src], timeout=120)


def reportlab_draw(cid, draw, out_pdf):
    """ReportLab canvas or Platypus: draw(out_pdf) writes the PDF directly."""
    draw(out_pdf)


def acroform_flatten(cid, draw_form, out_pdf):
    """ReportLab writes a PDF with filled AcroForm text fields; qpdf flattens it."""
    src = os.path.join(INTER, cid + "_form.pdf")
    draw_form(src)
    # qpdf exits 3 when it only printed warnings (ReportLab writes a duplicated /Font key in the form's /DR)
    _run(["qpdf", "--generate-appearances", "--flatten-annotations=all", src, out_pdf], ok=(0, 3))
