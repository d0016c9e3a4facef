# Producer helpers for the certs-z9 blind set. Each helper writes one PDF.
import os, subprocess, shutil, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
PROF = os.path.join(HERE, '.profiles')
os.makedirs(PROF, exist_ok=True)


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s failed: %s %s' % (cmd[0], r.stdout.decode()[-800:], r.stderr.decode()[-800:]))
    return r


def wrap(s, n):
    """Split s into lines of at most n chars; ' '.join(result) == s."""
    return textwrap.wrap(s, n, break_long_words=False, break_on_hyphens=False)


# ---------------------------------------------------------------- chromium
BASE_CSS = """
* { font-variant-ligatures: none; box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
"""


def chromium(cid, html, out):
    src = os.path.join(PROF, cid + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(html.replace('/*BASE*/', BASE_CSS))
    tmp = os.path.join(PROF, cid + '.chrome.pdf')
    if os.path.exists(tmp):
        os.remove(tmp)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
         '--user-data-dir=' + os.path.join(PROF, 'chrome'),
         '--no-pdf-header-footer', '--print-to-pdf-no-header',
         '--print-to-pdf=' + tmp, 'file://' + src])
    shutil.move(tmp, out)


# ---------------------------------------------------------------- soffice
def soffice(cid, src, out):
    od = os.path.join(PROF, 'lo-out')
    os.makedirs(od, exist_ok=True)
    run(['soffice', '--headless', '-env:UserInstallation=file://' + os.path.join(PROF, 'lo-profile'),
         '--convert-to', 'pdf', '--outdir', od, src])
    base = os.path.splitext(os.path.basename(src))[0]
    shutil.move(os.path.join(od, base + '.pdf'), out)


# ---------------------------------------------------------------- php (fpdf / tcpdf)
def q(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


FPDF_HEAD = """<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s){ return iconv('UTF-8','windows-1252//TRANSLIT',$s); }
"""

TCPDF_HEAD = """<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
"""


def php(cid, code, out, kind):
    src = os.path.join(PROF, cid + '.' + kind + '.php')
    head = FPDF_HEAD if kind == 'fpdf' else TCPDF_HEAD
    with open(src, 'w', encoding='utf-8') as f:
        f.write(head + code.replace('@OUT@', q(out)))
    run(['php', src])


# ---------------------------------------------------------------- ghostscript
PS_PROLOG = r"""%!PS-Adobe-3.0
%%Pages: 1
/reencode { % newname basefont
  findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def
/F-R /Helvetica reencode /F-B /Helvetica-Bold reencode /F-I /Helvetica-Oblique reencode
/T-R /Times-Roman reencode /T-B /Times-Bold reencode /T-I /Times-Italic reencode
/T-BI /Times-BoldItalic reencode
/ft { exch findfont exch scalefont setfont } def
/L { moveto show } def
/C { moveto dup stringwidth pop 2 div neg 0 rmoveto show } def
/R { moveto dup stringwidth pop neg 0 rmoveto show } def
"""


def pss(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in '()\\':
            o.append('\\' + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append('\\%03o' % ch.encode('latin-1')[0])
    return '(' + ''.join(o) + ')'


class PS:
    def __init__(self, w=612, h=792):
        self.w, self.h = w, h
        self.body = []

    def font(self, name, size):
        self.body.append('/%s %g ft' % (name, size))

    def color(self, r, g, b):
        self.body.append('%g %g %g setrgbcolor' % (r, g, b))

    def text(self, x, y, s, align='L'):
        self.body.append('%s %g %g %s' % (pss(s), x, y, align))

    def raw(self, s):
        self.body.append(s)

    def write(self, cid, out):
        src = os.path.join(PROF, cid + '.ps')
        ps = (PS_PROLOG + '<< /PageSize [%d %d] >> setpagedevice\n' % (self.w, self.h)
              + '%%Page: 1 1\n' + '\n'.join(self.body) + '\nshowpage\n%%EOF\n')
        with open(src, 'w', encoding='latin-1') as f:
            f.write(ps)
        run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pdfwrite',
             '-sOutputFile=' + out, src])


# ---------------------------------------------------------------- qpdf AcroForm
def qpdf_flatten(src, out):
    run(['qpdf', '--generate-appearances', '--flatten-annotations=all', src, out])
