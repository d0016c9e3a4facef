"""Helpers to run the external producers and qpdf-based post-processing."""
import os
import re
import subprocess

from pdfw import OUT

BUILD = os.path.join(OUT, 'build')
os.makedirs(BUILD, exist_ok=True)
ENV = dict(os.environ, TMPDIR=BUILD, HOME=BUILD)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, env=ENV, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s' % (cmd, r.stderr.decode(errors='replace')[-800:]))
    return r


def chromium(html_text, pdf_path, stem):
    h = os.path.join(BUILD, stem + '.html')
    with open(h, 'w', encoding='utf-8') as f:
        f.write(html_text)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--user-data-dir=' + os.path.join(BUILD, 'chrome-profile'),
         '--print-to-pdf=' + pdf_path, h])
    return pdf_path


def soffice(src_path, outdir=BUILD):
    run(['soffice', '--headless', '-env:UserInstallation=file://' + os.path.join(BUILD, 'lo-profile'),
         '--convert-to', 'pdf', '--outdir', outdir, src_path])
    return os.path.join(outdir, os.path.splitext(os.path.basename(src_path))[0] + '.pdf')


def qdf(src, dst):
    run(['qpdf', '--qdf', '--object-streams=disable', src, dst])


def fix_and_pack(qdf_path, dst):
    fixed = qdf_path + '.fixed.pdf'
    with open(fixed, 'wb') as f:
        subprocess.run(['fix-qdf', qdf_path], stdout=f, check=True, env=ENV)
    run(['qpdf', '--compress-streams=y', '--object-streams=disable', fixed, dst])


def qdf_edit(src, dst, fn):
    """Open src in QDF form, apply fn(bytes)->bytes, fix offsets and repack to dst."""
    q = os.path.join(BUILD, os.path.basename(dst) + '.qdf.pdf')
    qdf(src, q)
    data = open(q, 'rb').read()
    data = fn(data)
    open(q, 'wb').write(data)
    fix_and_pack(q, dst)


def gs_pdfwrite(src, dst, extra=()):
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite'] + list(extra) +
        ['-sOutputFile=' + dst, src])
