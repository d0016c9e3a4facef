"""Producer engines for the z36 blind certificate set.

Every function takes a source (HTML text, flat-ODF XML, a python-docx Document,
PHP code, PostScript code, ReportLab callbacks) and writes one PDF.  Intermediate
sources go to .build/, browser/office profiles to .profiles/ (neither is part of
the set).  Converters are run one at a time.
"""
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, '.build')
PROFILES = os.path.join(HERE, '.profiles')

CHROMIUM = '/usr/bin/chromium'
SOFFICE = 'soffice'


def _prep():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(PROFILES, exist_ok=True)


def _run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=300, **kw)
    if r.returncode != 0:
        raise RuntimeError('command failed (%s): %s\n%s' % (
            r.returncode, ' '.join(cmd), r.stderr.decode('utf8', 'replace')[-2000:]))
    return r


def _stem(out):
    return os.path.splitext(os.path.basename(out))[0]


# ---------------------------------------------------------------- Chromium
def html_pdf(html_text, out):
    """HTML -> PDF with headless Chromium (page size from CSS @page)."""
    _prep()
    src = os.path.join(BUILD, _stem(out) + '.html')
    with open(src, 'w', encoding='utf8') as f:
        f.write(html_text)
    prof = os.path.join(PROFILES, 'chromium')
    _run([CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu',
          '--user-data-dir=' + prof, '--no-pdf-header-footer',
          '--print-to-pdf=' + os.path.abspath(out), 'file://' + src])


# ---------------------------------------------------------------- LibreOffice
def _soffice(src, out):
    prof = os.path.join(PROFILES, 'libreoffice')
    _run([SOFFICE, '--headless', '-env:UserInstallation=file://' + prof,
          '--convert-to', 'pdf', '--outdir', BUILD, src])
    shutil.move(os.path.join(BUILD, os.path.splitext(os.path.basename(src))[0] + '.pdf'), out)


FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
'''


def fodt_pdf(body_xml, out):
    """Flat ODF text document (full XML after the root element opening) -> PDF."""
    _prep()
    src = os.path.join(BUILD, _stem(out) + '.fodt')
    with open(src, 'w', encoding='utf8') as f:
        f.write(FODT_HEAD + body_xml + '\n</office:document>\n')
    _soffice(src, out)


def docx_pdf(document, out):
    """python-docx Document -> .docx -> PDF through LibreOffice."""
    _prep()
    src = os.path.join(BUILD, _stem(out) + '.docx')
    document.save(src)
    _soffice(src, out)


# ---------------------------------------------------------------- PHP
FPDF_HEAD = "<?php\nrequire('/usr/share/php/fpdf/fpdf.php');\nfunction w($s){return iconv('UTF-8','windows-1252',$s);}\n"
TCPDF_HEAD = ("<?php\nrequire('/usr/share/php/tcpdf/tcpdf.php');\n"
              "class CertPDF extends TCPDF { public function __construct($o,$u,$f){"
              "parent::__construct($o,$u,$f,true,'UTF-8',false); $this->tcpdflink=false;"
              "$this->setPrintHeader(false); $this->setPrintFooter(false);} }\n")


def php_pdf(code, out, kind):
    """kind 'fpdf' or 'tcpdf'; code uses $OUT for the output path."""
    _prep()
    src = os.path.join(BUILD, _stem(out) + '.' + kind + '.php')
    head = FPDF_HEAD if kind == 'fpdf' else TCPDF_HEAD
    with open(src, 'w', encoding='utf8') as f:
        f.write(head + '$OUT=$argv[1];\n' + code + '\n')
    _run(['php', src, os.path.abspath(out)])


def php_str(s):
    """PHP single-quoted string literal."""
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


# ---------------------------------------------------------------- PostScript
PS_PROLOG = r'''%!PS-Adobe-3.0
%%Creator: certificate-ps 1.2
/WinEnc ISOLatin1Encoding 256 array copy def
WinEnc 39 /quotesingle put WinEnc 45 /hyphen put WinEnc 96 /grave put
WinEnc 16#91 /quoteleft put WinEnc 16#92 /quoteright put
WinEnc 16#93 /quotedblleft put WinEnc 16#94 /quotedblright put
WinEnc 16#95 /bullet put WinEnc 16#96 /endash put WinEnc 16#97 /emdash put
WinEnc 16#99 /trademark put
/RE { % /new /base RE
  findfont dup length dict begin { 1 index /FID ne {def} {pop pop} ifelse } forall
  /Encoding WinEnc def currentdict end definefont pop } bind def
[ /Times-Roman /Times-Bold /Times-Italic /Times-BoldItalic /Helvetica /Helvetica-Bold
  /Helvetica-Oblique /Helvetica-BoldOblique /Palatino-Roman /Palatino-Bold /Palatino-Italic
  /Palatino-BoldItalic /NewCenturySchlbk-Roman /NewCenturySchlbk-Bold /NewCenturySchlbk-Italic
  /ZapfChancery-MediumItalic /Bookman-Light /Bookman-Demi /AvantGarde-Book /AvantGarde-Demi ]
{ dup 100 string cvs (W-) exch concatstrings cvn exch RE } forall
/F { exch (W-) exch 100 string cvs concatstrings cvn findfont exch scalefont setfont } bind def
/L { moveto show } bind def                                  % (s) x y L
/C { moveto dup stringwidth pop 2 div neg 0 rmoveto show } bind def   % centred at x
/R { moveto dup stringwidth pop neg 0 rmoveto show } bind def         % right-aligned at x
/SP { 4 2 roll moveto 0 3 -1 roll ashow } bind def                     % (s) x y dx SP
/SPC { /sp_dx exch def /sp_y exch def /sp_x exch def /sp_s exch def     % (s) x y dx SPC centred
  sp_s stringwidth pop sp_s length 1 sub sp_dx mul add 2 div sp_x exch sub sp_y moveto
  sp_dx 0 sp_s ashow } bind def
/HL { newpath moveto lineto stroke } bind def                % x1 y1 x2 y2 HL
/BOX { newpath 4 2 roll moveto 1 index 0 rlineto 0 exch rlineto neg 0 rlineto closepath stroke } bind def
/FILLBOX { newpath 4 2 roll moveto 1 index 0 rlineto 0 exch rlineto neg 0 rlineto closepath fill } bind def
'''


def ps_str(s):
    """PostScript string literal in the WinEnc encoding of the prolog."""
    b = s.encode('cp1252')
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append('\\%03o' % ch)
    return '(' + ''.join(out) + ')'


def ps_pdf(body, out, title='Certificate'):
    _prep()
    src = os.path.join(BUILD, _stem(out) + '.ps')
    with open(src, 'w', encoding='latin-1') as f:
        f.write(PS_PROLOG)
        f.write('[ /Title %s /Creator (certificate-ps 1.2) /DOCINFO pdfmark\n' % ps_str(title))
        f.write(body)
        f.write('\n%%EOF\n')
    _run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pdfwrite',
          '-sOutputFile=' + os.path.abspath(out), src])


# ---------------------------------------------------------------- AcroForm
def acroform_pdf(draw, fields, values, out, pagesize):
    """draw(canvas) paints the static template; fields: list of dicts
    (name, x, y, w, h, font, size).  A blank template is written with
    ReportLab, the fields are filled through qpdf's JSON update, then qpdf
    generates appearances and flattens all annotations."""
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    _prep()
    stem = _stem(out)
    tpl = os.path.join(BUILD, stem + '.template.pdf')
    c = canvas.Canvas(tpl, pagesize=pagesize)
    c.setTitle('Certificate form')
    draw(c)
    for fd in fields:
        c.acroForm.textfield(name=fd['name'], x=fd['x'], y=fd['y'], width=fd['w'],
                             height=fd.get('h', 18), borderWidth=0, value='',
                             fillColor=colors.transparent, borderColor=colors.transparent,
                             textColor=fd.get('color', colors.black),
                             fontName=fd.get('font', 'Helvetica'), fontSize=fd.get('size', 12),
                             maxlen=300)
    c.showPage()
    c.save()
    js = os.path.join(BUILD, stem + '.template.json')
    _run(['qpdf', '--warning-exit-0', '--json-output=2', tpl, js])
    with open(js) as f:
        d = json.load(f)
    objs = d['qpdf'][1]
    upd, fonts = {}, {}
    for k, v in objs.items():
        val = v.get('value') if isinstance(v, dict) else None
        if isinstance(val, dict) and val.get('/Type') == '/Font' and '/Name' in val:
            fonts[val['/Name']] = k[4:]
            val['/Encoding'] = '/WinAnsiEncoding'
            upd[k] = {'value': val}
    for k, v in objs.items():
        val = v.get('value') if isinstance(v, dict) else None
        if isinstance(val, dict) and val.get('/FT') == '/Tx':
            nm = val['/T'][2:]
            val['/V'] = 'u:' + values.get(nm, '')
            upd[k] = {'value': val}
        if isinstance(val, dict) and '/Fields' in val:
            val['/NeedAppearances'] = True
            val['/DR'] = {'/Font': fonts}
            upd[k] = {'value': val}
    ujs = os.path.join(BUILD, stem + '.fill.json')
    with open(ujs, 'w') as f:
        json.dump({'qpdf': [{'jsonversion': 2, 'pushedinheritedpageresources': False,
                             'calledgetallpages': False,
                             'maxobjectid': d['qpdf'][0]['maxobjectid']}, upd]}, f)
    filled = os.path.join(BUILD, stem + '.filled.pdf')
    _run(['qpdf', '--warning-exit-0', tpl, '--update-from-json=' + ujs, filled])
    _run(['qpdf', '--warning-exit-0', '--generate-appearances',
          '--flatten-annotations=all', filled, os.path.abspath(out)])
