"""Producer back-ends for the certs-z1 blind test set.

Every function takes source text (or a callback) and writes one PDF.
Intermediate files go to ./_build, browser / office profiles to ./.profiles.
Converters are run strictly one at a time (the machine is shared).
"""
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "_build")
PROFILES = os.path.join(HERE, ".profiles")


def _prep():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(PROFILES, exist_ok=True)


def _run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout[-2000:], r.stderr[-2000:]))
    return r


# ---------------------------------------------------------------- Chromium
def chromium_pdf(html, out, stem):
    """HTML -> PDF with headless Chromium. Page size comes from the CSS @page rule."""
    _prep()
    src = os.path.join(BUILD, stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    prof = os.path.join(PROFILES, "chromium")
    os.makedirs(prof, exist_ok=True)
    _run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
          "--user-data-dir=" + prof, "--no-pdf-header-footer",
          "--print-to-pdf=" + os.path.abspath(out), "file://" + src], timeout=180)


# ---------------------------------------------------------------- LibreOffice
def soffice_pdf(src, out):
    """.fodt / .docx -> PDF with LibreOffice headless."""
    _prep()
    prof = os.path.join(PROFILES, "libreoffice")
    os.makedirs(prof, exist_ok=True)
    outdir = os.path.join(BUILD, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    _run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore",
          "--convert-to", "pdf", "--outdir", outdir, src], timeout=240)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out)


def fodt_pdf(fodt_text, out, stem):
    _prep()
    src = os.path.join(BUILD, stem + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt_text)
    soffice_pdf(src, out)


def docx_pdf(make_doc, out, stem):
    """make_doc(path) writes a .docx with python-docx; then LibreOffice converts it."""
    _prep()
    src = os.path.join(BUILD, stem + ".docx")
    make_doc(src)
    soffice_pdf(src, out)


# ---------------------------------------------------------------- PHP (fpdf / tcpdf)
def php_pdf(php_code, out, stem):
    """php_code must write the PDF to the path given as $argv[1]."""
    _prep()
    src = os.path.join(BUILD, stem + ".php")
    with open(src, "w", encoding="utf-8") as f:
        f.write(php_code)
    _run(["php", src, os.path.abspath(out)], timeout=120)


# ---------------------------------------------------------------- Ghostscript
def ps_pdf(ps_text, out, stem):
    _prep()
    src = os.path.join(BUILD, stem + ".ps")
    with open(src, "w", encoding="latin-1") as f:
        f.write(ps_text)
    _run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
          "-dCompatibilityLevel=1.5", "-sOutputFile=" + os.path.abspath(out), src], timeout=120)


# ---------------------------------------------------------------- AcroForm fill + flatten
def acroform_fill_flatten(template_pdf, values, out, stem):
    """Fill text fields of a blank AcroForm template (made with ReportLab) by editing
    the /V entries through qpdf's JSON round-trip, then let qpdf generate appearance
    streams and flatten all annotations into page content."""
    _prep()
    js = os.path.join(BUILD, stem + ".form.json")
    _run(["qpdf", "--json-output", template_pdf, js])
    with open(js) as f:
        objs = json.load(f)["qpdf"][1]
    upd = {}
    seen = set()
    for key, ob in objs.items():
        val = ob.get("value")
        if not isinstance(val, dict):
            continue
        if val.get("/FT") == "/Tx":
            name = val["/T"][2:]
            if name not in values:
                raise KeyError("no value for field %s" % name)
            seen.add(name)
            nv = dict(val)
            nv["/V"] = "u:" + values[name]
            nv.pop("/MK", None)      # no field background / border
            nv.pop("/AP", None)      # force regeneration
            nv.pop("/MaxLen", None)
            upd[key] = {"value": nv}
        elif "/Fields" in val:
            nv = dict(val)
            nv["/NeedAppearances"] = True
            upd[key] = {"value": nv}
        elif val.get("/Type") == "/Font" and val.get("/Subtype") == "/Type1" \
                and isinstance(val.get("/Encoding"), str) and val["/Encoding"].endswith(" R"):
            # ReportLab's form fonts carry a private Differences encoding that qpdf
            # cannot use for appearance text; WinAnsi covers accented Latin letters.
            nv = dict(val)
            nv["/Encoding"] = "/WinAnsiEncoding"
            upd[key] = {"value": nv}
    missing = set(values) - seen
    if missing:
        raise KeyError("fields not in template: %s" % sorted(missing))
    patch = os.path.join(BUILD, stem + ".patch.json")
    with open(patch, "w") as f:
        json.dump({"qpdf": [{"jsonversion": 2, "pushedinheritedpageresources": False,
                             "calledgetallpages": False, "maxobjectid": 0}, upd]}, f)
    filled = os.path.join(BUILD, stem + ".filled.pdf")
    _run(["qpdf", template_pdf, "--update-from-json=" + patch, filled])
    _run(["qpdf", "--generate-appearances", "--flatten-annotations=all", filled, os.path.abspath(out)])
