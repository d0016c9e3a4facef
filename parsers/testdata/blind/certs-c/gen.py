#!/usr/bin/python3
"""Regenerate every certificate PDF (and gold JSON) of this set from src/.

Usage:  /usr/bin/python3 gen.py [cNN ...]     (no ids = all)

Source naming in src/ (by producer):
  chromium            cNN.html          -> chromium --headless --print-to-pdf
  libreoffice-fodt    cNN.fodt          -> soffice --headless --convert-to pdf
  libreoffice-docx    cNN.docx.xml      -> zipped with src/lib/docx/* into build/cNN.docx -> soffice
  fpdf                cNN.fpdf.php      -> php (FPDF 1.84 from /usr/share/php/fpdf)
  tcpdf               cNN.tcpdf.php     -> php (TCPDF 6.6 from /usr/share/php/tcpdf)
  reportlab           cNN.rl.py         -> /usr/bin/python3 (reportlab 3.6)
  ghostscript         cNN.ps            -> ps2pdf
  acroform-filled     cNN.form.json     -> blank template (cNN.tpl.py | cNN.tpl.php) + src/lib/fill_form.py
  acroform-flattened  cNN.form.json     -> as above, then qpdf --flatten-annotations=all
"""
import json, os, shutil, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
BUILD = os.path.join(HERE, "build")
sys.dont_write_bytecode = True
os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
sys.path.insert(0, SRC)
import manifest  # noqa: E402

PY = "/usr/bin/python3"   # system python carries reportlab + pypdf


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode(errors="replace") + r.stderr.decode(errors="replace"))
        raise SystemExit("command failed: %s" % " ".join(cmd))
    return r


def soffice(path):
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", BUILD, path])
    return os.path.join(BUILD, os.path.splitext(os.path.basename(path))[0] + ".pdf")


def build_docx(cid):
    out = os.path.join(BUILD, cid + ".docx")
    lib = os.path.join(SRC, "lib", "docx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for root, _, files in os.walk(lib):
            for f in sorted(files):
                full = os.path.join(root, f)
                z.write(full, os.path.relpath(full, lib))
        z.write(os.path.join(SRC, cid + ".docx.xml"), "word/document.xml")
    return out


def build(c):
    cid, prod = c["id"], c["producer"]
    dst = os.path.join(HERE, cid + ".pdf")
    tmp = os.path.join(BUILD, cid + ".out.pdf")
    if prod == "chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=" + os.path.join(BUILD, "chrome-profile"),
             "--print-to-pdf=" + tmp, "file://" + os.path.join(SRC, cid + ".html")])
    elif prod == "libreoffice-fodt":
        shutil.move(soffice(os.path.join(SRC, cid + ".fodt")), tmp)
    elif prod == "libreoffice-docx":
        shutil.move(soffice(build_docx(cid)), tmp)
    elif prod in ("fpdf", "tcpdf"):
        run(["php", os.path.join(SRC, "%s.%s.php" % (cid, prod)), tmp], cwd=SRC)
    elif prod == "reportlab":
        run([PY, os.path.join(SRC, cid + ".rl.py"), tmp], cwd=SRC)
    elif prod == "ghostscript":
        run(["ps2pdf", "-dPDFSETTINGS=/default", "-dAutoRotatePages=/None", os.path.join(SRC, cid + ".ps"), tmp])
    elif prod.startswith("acroform"):
        spec = json.load(open(os.path.join(SRC, cid + ".form.json"), encoding="utf-8"))
        tpl = os.path.join(BUILD, cid + ".blank.pdf")
        t = spec["template"]
        if t.endswith(".php"):
            run(["php", os.path.join(SRC, t), tpl], cwd=SRC)
        else:
            run([PY, os.path.join(SRC, t), tpl], cwd=SRC)
        filled = tmp if prod == "acroform-filled" else os.path.join(BUILD, cid + ".filled.pdf")
        run([PY, os.path.join(SRC, "lib", "fill_form.py"), tpl,
             os.path.join(SRC, cid + ".form.json"), filled])
        if prod == "acroform-flattened":
            run(["qpdf", "--flatten-annotations=all", filled, tmp])
    else:
        raise SystemExit("unknown producer " + prod)
    shutil.move(tmp, dst)
    gold = {k: c[k] for k in ("style", "producer", "layout", "notes", "name", "title", "date",
                              "credits", "unit")}
    gold["points"] = manifest.points(c)
    gold["provider"] = c["provider"]
    gold["activity_id"] = c["activity_id"]
    with open(os.path.join(HERE, cid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    size = os.path.getsize(dst)
    print("%s  %-20s %7d bytes" % (cid, prod, size))
    if size > 200 * 1024:
        print("  WARNING: larger than 200 KB")


def main():
    os.makedirs(BUILD, exist_ok=True)
    want = set(sys.argv[1:])
    for c in manifest.C:
        if want and c["id"] not in want:
            continue
        build(c)
    if not want:
        shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
