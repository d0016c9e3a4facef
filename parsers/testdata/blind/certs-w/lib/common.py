"""Shared helpers for the certificate generators."""
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(HERE, "src")
WORK = os.path.join(HERE, "_work")          # browser / office profiles live here, not in src/
os.makedirs(SRC, exist_ok=True)
os.makedirs(WORK, exist_ok=True)


def out(wid):
    return os.path.join(HERE, wid + ".pdf")


def src(name):
    return os.path.join(SRC, name)


def write_src(name, text):
    p = src(name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def run(cmd, timeout=120, cwd=None):
    r = subprocess.run(cmd, cwd=cwd or HERE, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], r.stderr.decode(errors="replace")[-800:]))
    return r


def chromium(wid, html):
    p = write_src(wid + ".html", html)
    prof = os.path.join(WORK, "chromium-profile")
    run(["timeout", "90", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--user-data-dir=" + prof, "--no-pdf-header-footer",
         "--print-to-pdf=" + out(wid), "file://" + p], timeout=100)


def soffice(wid, srcname):
    prof = os.path.join(WORK, "lo-profile")
    tmpout = os.path.join(WORK, "lo-out")
    os.makedirs(tmpout, exist_ok=True)
    run(["timeout", "120", "soffice", "-env:UserInstallation=file://" + prof, "--headless",
         "--convert-to", "pdf", "--outdir", tmpout, src(srcname)], timeout=130)
    shutil.move(os.path.join(tmpout, os.path.splitext(srcname)[0] + ".pdf"), out(wid))


def php(wid, code):
    p = write_src(wid + ".php", code)
    run(["timeout", "60", "php", p, out(wid)], timeout=70)


def ghostscript(wid, ps):
    p = write_src(wid + ".ps", ps)
    run(["timeout", "60", "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
         "-sOutputFile=" + out(wid), p], timeout=70)


def qpdf_flatten(wid, formpdf):
    run(["timeout", "60", "qpdf", "--warning-exit-0", "--generate-appearances", "--flatten-annotations=all",
         formpdf, out(wid)], timeout=70)


def gold(wid, *, style, producer, layout, notes, name, title, date, credits, unit,
         provider, activity_id):
    assert unit in ("contact hour", "CMLE", "CE hour", "CEU"), unit
    points = round(credits * 10, 2) if unit == "CEU" else credits
    g = {"style": style, "producer": producer, "layout": layout, "notes": notes,
         "name": name, "title": title, "date": date, "credits": credits, "unit": unit,
         "points": points, "provider": provider, "activity_id": activity_id}
    with open(os.path.join(HERE, wid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return g


def esc_ps(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
