#!/usr/bin/python3
"""Generator for blind test set certs-t: CE certificates for medical laboratory professionals.

Writes tNN.pdf and tNN.gold.json beside this script, sources into src/.
Every person, activity, number and most organisations are invented.
Run:  /usr/bin/python3 build.py            (all)
      /usr/bin/python3 build.py t03 t17    (subset)
"""
import json, os, shutil, subprocess, sys, zipfile, html, textwrap

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(ROOT, 'src')
WORK = os.path.join(ROOT, '.work')          # scratch (converter output); not a source folder
CHROME_PROFILE = os.path.join(ROOT, '.chrome-profile')
LO_PROFILE = os.path.join(ROOT, '.lo-profile')
os.makedirs(SRC, exist_ok=True)
os.makedirs(WORK, exist_ok=True)

UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}


def gold(tid, style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id):
    assert unit in UNITS, unit
    points = round(credits * 10, 4) if unit == 'CEU' else credits
    g = {"style": style, "producer": producer, "layout": layout, "notes": notes,
         "name": name, "title": title, "date": date, "credits": credits, "unit": unit,
         "points": points, "provider": provider, "activity_id": activity_id}
    with open(os.path.join(ROOT, tid + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write('\n')
    return g


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError('command failed: %s\n%s\n%s' % (' '.join(cmd), r.stdout, r.stderr))
    return r


def write_src(fname, text, mode='w'):
    p = os.path.join(SRC, fname)
    with open(p, mode, encoding='utf-8') as f:
        f.write(text)
    return p


# ---------------------------------------------------------------- Chromium
def chromium(tid, html_text):
    src = write_src(tid + '.html', html_text)
    out = os.path.join(ROOT, tid + '.pdf')
    if os.path.exists(out):
        os.remove(out)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
         '--user-data-dir=' + CHROME_PROFILE, '--no-pdf-header-footer',
         '--print-to-pdf=' + out, 'file://' + src], timeout=180)
    assert os.path.exists(out)


# ---------------------------------------------------------------- LibreOffice
def soffice(tid, src_path):
    outdir = os.path.join(WORK, 'lo_' + tid)
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    run(['soffice', '-env:UserInstallation=file://' + LO_PROFILE, '--headless',
         '--convert-to', 'pdf', '--outdir', outdir, src_path], timeout=240)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src_path))[0] + '.pdf')
    shutil.move(produced, os.path.join(ROOT, tid + '.pdf'))


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" ')

FONT_DECLS = '''<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="P052" svg:font-family="P052" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="C059" svg:font-family="C059" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="URW Bookman" svg:font-family="'URW Bookman'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="URW Gothic" svg:font-family="'URW Gothic'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="Z003" svg:font-family="Z003" style:font-family-generic="script" style:font-pitch="variable"/>
 <style:font-face style:name="Nimbus Sans" svg:font-family="'Nimbus Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>'''


def ps(name, align='center', size=11, font='Liberation Serif', bold=False, italic=False,
       color='#000000', before=0.0, after=0.06, spacing=None, upper=False, keep=False, extra=''):
    """ODF automatic paragraph style."""
    t = ['style:font-name="%s"' % font, 'fo:font-size="%spt"' % size, 'fo:color="%s"' % color]
    if bold:
        t.append('fo:font-weight="bold"')
    if italic:
        t.append('fo:font-style="italic"')
    if spacing:
        t.append('fo:letter-spacing="%s"' % spacing)
    if upper:
        t.append('fo:text-transform="uppercase"')
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" '
            'fo:margin-top="%.3fin" fo:margin-bottom="%.3fin" %s/><style:text-properties %s/></style:style>'
            % (name, align, before, after, extra, ' '.join(t)))


def ts(name, font=None, size=None, bold=False, italic=False, color=None, spacing=None, upper=False):
    t = []
    if font: t.append('style:font-name="%s"' % font)
    if size: t.append('fo:font-size="%spt"' % size)
    if bold: t.append('fo:font-weight="bold"')
    if italic: t.append('fo:font-style="italic"')
    if color: t.append('fo:color="%s"' % color)
    if spacing: t.append('fo:letter-spacing="%s"' % spacing)
    if upper: t.append('fo:text-transform="uppercase"')
    return '<style:style style:name="%s" style:family="text"><style:text-properties %s/></style:style>' % (name, ' '.join(t))


def tbl_styles(name, width_in, cols_in, cell_border='none', cell_pad='0.04in', bg=None, extra_cells=''):
    s = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fin" table:align="center"/></style:style>' % (name, width_in)]
    for i, w in enumerate(cols_in):
        s.append('<style:style style:name="%s.%s" style:family="table-column"><style:table-column-properties style:column-width="%.2fin"/></style:style>' % (name, chr(65 + i), w))
    bgp = ' fo:background-color="%s"' % bg if bg else ''
    s.append('<style:style style:name="%s.c" style:family="table-cell"><style:table-cell-properties fo:padding="%s" fo:border="%s"%s/></style:style>' % (name, cell_pad, cell_border, bgp))
    s.append(extra_cells)
    return ''.join(s)


def odf_table(name, ncols, rows, cell_style=None):
    """rows: list of rows; each row a list of cell xml (already <text:p>…) or tuples (xml, colspan, style)."""
    cs = cell_style or name + '.c'
    x = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
    for i in range(ncols):
        x.append('<table:table-column table:style-name="%s.%s"/>' % (name, chr(65 + i)))
    for row in rows:
        x.append('<table:table-row>')
        for cell in row:
            if isinstance(cell, tuple):
                content, span, st = (cell + (None,))[:3]
                st = st or cs
                x.append('<table:table-cell table:style-name="%s" table:number-columns-spanned="%d" office:value-type="string">%s</table:table-cell>' % (st, span, content))
                for _ in range(span - 1):
                    x.append('<table:covered-table-cell/>')
            else:
                x.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cs, cell))
        x.append('</table:table-row>')
    x.append('</table:table>')
    return ''.join(x)


def P(style, text, raw=False):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if raw else html.escape(text, quote=False))


def page_layout(w, h, margins=(0.6, 0.6, 0.6, 0.6), border=None, padding='0in', landscape=False):
    b = ' fo:border="%s" fo:padding="%s"' % (border, padding) if border else ''
    return ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%.2fin" fo:page-height="%.2fin" '
            'style:print-orientation="%s" fo:margin-top="%.2fin" fo:margin-bottom="%.2fin" fo:margin-left="%.2fin" fo:margin-right="%.2fin"%s/></style:page-layout>'
            % (w, h, 'landscape' if landscape else 'portrait', margins[0], margins[1], margins[2], margins[3], b))


def fodt(tid, layout_xml, auto_styles, body):
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.text">\n%s\n'
           '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>'
           '<style:text-properties fo:hyphenate="false" fo:language="en" fo:country="US"/></style:default-style></office:styles>\n'
           '<office:automatic-styles>%s\n%s</office:automatic-styles>\n'
           '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>\n'
           '<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n'
           % (ODF_NS, FONT_DECLS, layout_xml, auto_styles, body))
    p = write_src(tid + '.fodt', doc)
    soffice(tid, p)


def odt(tid, layout_xml, auto_styles, body, title='Certificate'):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">%s'
               '<office:automatic-styles>%s</office:automatic-styles><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>' % (ODF_NS, FONT_DECLS, auto_styles, body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">%s'
              '<office:styles><style:default-style style:family="paragraph"><style:text-properties fo:hyphenate="false" fo:language="en" fo:country="US"/></style:default-style></office:styles>'
              '<office:automatic-styles>%s</office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
              '</office:document-styles>' % (ODF_NS, FONT_DECLS, layout_xml))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<dc:title>%s</dc:title><meta:generator>certs-t build.py</meta:generator></office:meta></office:document-meta>' % (ODF_NS, title))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    p = os.path.join(SRC, tid + '.odt')
    with zipfile.ZipFile(p, 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text', compress_type=zipfile.ZIP_STORED)
        z.writestr('content.xml', content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('styles.xml', styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('meta.xml', meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('META-INF/manifest.xml', manifest, compress_type=zipfile.ZIP_DEFLATED)
    soffice(tid, p)


# ---------------------------------------------------------------- PHP (FPDF / TCPDF)
def php(tid, code):
    out = os.path.join(ROOT, tid + '.pdf')
    code = code.replace('@@OUT@@', out)
    p = write_src(tid + '.php', code)
    run(['php', p], timeout=120)
    assert os.path.exists(out)


def php_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


# ---------------------------------------------------------------- PostScript / Ghostscript
def ps_str(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '()\\':
            out.append('\\' + ch)
        elif o < 128:
            out.append(ch)
        else:
            b = ch.encode('latin-1')[0]
            out.append('\\%03o' % b)
    return '(' + ''.join(out) + ')'


PS_PROLOG = r'''%!PS-Adobe-3.0
%%Creator: certs-t build.py
%%Pages: 1
%%EndComments
/relatin { % newname basename
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def
  currentdict end definefont pop } def
/TR /Times-Roman relatin
/TB /Times-Bold relatin
/TI /Times-Italic relatin
/TBI /Times-BoldItalic relatin
/HR /Helvetica relatin
/HB /Helvetica-Bold relatin
/HO /Helvetica-Oblique relatin
/PR /Palatino-Roman relatin
/PB /Palatino-Bold relatin
/PI /Palatino-Italic relatin
/ZC /ZapfChancery-MediumItalic relatin
/F { exch findfont exch scalefont setfont } def            % /Font size F
/C { moveto dup stringwidth pop 2 div neg 0 rmoveto show } def  % (s) x y C  centred
/L { moveto show } def                                      % (s) x y L
/R { moveto dup stringwidth pop neg 0 rmoveto show } def    % (s) x y R  right aligned
'''


def ghostscript(tid, ps_text):
    p = write_src(tid + '.ps', ps_text)
    out = os.path.join(ROOT, tid + '.pdf')
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + out, p], timeout=120)


def wrap_ps(text, font, size, width):
    """wrap using ReportLab's metrics for the base-14 font that gs substitutes"""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(), [], ''
    for w in words:
        t = (cur + ' ' + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- ReportLab fonts
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    reg = {
        'DejaVuSerif': '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
        'DejaVuSerif-Bold': '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
        'DejaVuSerif-Italic': '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf',
        'DejaVuSans': '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
        'DejaVuSans-Bold': '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
        'LibSerif': '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
        'LibSerif-Bold': '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
        'LibSerif-Italic': '/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf',
        'LibSans': '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
        'LibSans-Bold': '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    }
    for k, v in reg.items():
        if k not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(k, v))


CERTS = {}


def cert(fn):
    CERTS[fn.__name__] = fn
    return fn


# =====================================================================================
#                                     CHROMIUM
# =====================================================================================

@cert
def t01():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><title>ASCP CMLE certificate</title><style>
@page { size: 11in 8.5in; margin: 0 }
html, body { margin: 0; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: .32in; }
.frame { height: 100%; box-sizing: border-box; border: 9px double #1f3d6b; outline: 2px solid #b08d3c; outline-offset: -20px;
         padding: .55in .8in .3in; text-align: center; font-family: 'C059', serif; color: #1b1b1b; position: relative; }
.org { font-family: 'Nimbus Sans', sans-serif; font-size: 12pt; letter-spacing: .22em; text-transform: uppercase; color: #1f3d6b; }
.cert { font-family: 'URW Bookman', serif; font-size: 34pt; margin: .18in 0 .12in; color: #1f3d6b; }
.lead { font-style: italic; font-size: 13pt; margin: .08in 0; }
.name { font-size: 27pt; font-weight: bold; margin: .08in 0 .02in; border-bottom: 1px solid #b08d3c; display: inline-block; padding: 0 .4in .04in; }
.title { font-size: 17pt; font-weight: bold; margin: .1in auto 0; max-width: 8.1in; line-height: 1.25; }
.fmt { font-family: 'Nimbus Sans', sans-serif; font-size: 10pt; letter-spacing: .3em; color: #b08d3c; margin: .06in 0 .12in; }
.award { font-size: 13pt; margin: .06in 0; }
.bottom { position: absolute; left: .8in; right: .8in; bottom: 1.05in; display: flex; justify-content: space-between; align-items: flex-end; }
.left { text-align: left; font-family: 'Nimbus Sans', sans-serif; font-size: 10pt; line-height: 1.5; width: 2.6in; }
.seal { width: 1.25in; height: 1.25in; border-radius: 50%; border: 3px solid #b08d3c; box-shadow: 0 0 0 4px #fff, 0 0 0 6px #1f3d6b;
        display: flex; flex-direction: column; justify-content: center; font-family: 'Nimbus Sans', sans-serif; color: #1f3d6b; }
.seal b { font-size: 20pt; letter-spacing: .08em; } .seal span { font-size: 7pt; letter-spacing: .12em; }
.sig { width: 2.8in; font-size: 10pt; text-align: center; }
.sig .hand { font-family: 'Z003', cursive; font-size: 22pt; color: #23395d; }
.sig .line { border-top: 1px solid #333; padding-top: 3px; }
.foot { position: absolute; left: .7in; right: .7in; bottom: .3in; font-size: 7.6pt; line-height: 1.35; color: #444; font-family: 'Nimbus Sans', sans-serif; }
</style></head><body><div class="page"><div class="frame">
<div class="org">American Society for Clinical Pathology</div>
<div class="cert">Certificate of Completion</div>
<div class="lead">This is to certify that</div>
<div class="name">Marisol T. Okonkwo-Reyes, MLS(ASCP)<sup>CM</sup></div>
<div class="lead">has successfully completed the continuing education activity</div>
<div class="title">Hematology Morphology Challenge: Distinguishing Reactive Lymphocytes from Circulating Blasts</div>
<div class="fmt">ECAST</div>
<div class="award">on January 14, 2026, and is awarded <b>1.0 CMLE</b> credit.</div>
<div class="bottom">
  <div class="left">Activity ID: <b>26-HEM-0417</b><br>Credit type: CMLE (Continuing Medical Laboratory Education)<br>Level: Intermediate</div>
  <div class="seal"><b>ASCP</b><span>CONTINUING</span><span>EDUCATION</span></div>
  <div class="sig"><div class="hand">E. H. Lindqvist</div><div class="line">E. Harriet Lindqvist, MD, FASCP<br>Chair, Council on Continuing Education</div></div>
</div>
<div class="foot">The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians. ASCP designates this eCast for a maximum of 1.0 CMLE credit. CMLE credit is acceptable to meet the continuing education requirements of the ASCP Board of Certification Credential Maintenance Program (CMP).<br>
Certificate No. C-2026-0091837 &nbsp;·&nbsp; Customer ID 10442871 &nbsp;·&nbsp; Issued January 15, 2026</div>
</div></div></body></html>'''
    chromium('t01', h)
    return gold('t01', 'ascp_cmle', 'chromium', ['landscape', 'centred_award', 'double_border', 'seal', 'signature_block', 'letter_spaced_org'],
                'eCast format word on its own line (printed via CSS letter-spacing) is not part of the title; issue date, certificate no. and customer ID are distractors; maximum equals awarded.',
                'Marisol T. Okonkwo-Reyes',
                'Hematology Morphology Challenge: Distinguishing Reactive Lymphocytes from Circulating Blasts',
                '2026-01-14', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], '26-HEM-0417')


@cert
def t03():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #222; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: .6in .7in; }
.top { display: flex; align-items: center; gap: .2in; border-bottom: 4px solid #0b5c8e; padding-bottom: .14in; }
.logo { width: .8in; height: .8in; background: #0b5c8e; color: #fff; font: bold 22pt 'Liberation Serif'; display: flex; align-items: center; justify-content: center; }
.orgname { font-size: 17pt; font-weight: bold; color: #0b5c8e; }
.sub { font-size: 9.5pt; color: #555; letter-spacing: .06em; }
h1 { font: 24pt 'Liberation Serif'; margin: .3in 0 .2in; color: #0b5c8e; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: .3in; row-gap: .18in; }
.cell .lbl { font-size: 8pt; text-transform: uppercase; letter-spacing: .12em; color: #0b5c8e; margin-bottom: 2px; }
.cell .val { font-size: 12pt; border-bottom: 1px solid #c8d6e0; padding-bottom: 3px; }
.span2 { grid-column: 1 / span 2; }
.big { font-size: 20pt !important; font-family: 'Liberation Serif'; }
table { width: 100%; border-collapse: collapse; margin-top: .32in; font-size: 10.5pt; }
th { background: #0b5c8e; color: #fff; text-align: left; padding: 5px 8px; font-weight: normal; }
td { border-bottom: 1px solid #c8d6e0; padding: 6px 8px; }
td.n, th.n { text-align: right; width: 1.4in; }
.stmt { font-size: 8.6pt; line-height: 1.45; color: #333; margin-top: .3in; }
.stmt p { margin: 0 0 .08in; }
.sig { margin-top: .35in; display: flex; justify-content: space-between; align-items: flex-end; font-size: 9.5pt; }
.sig .hand { font-family: 'Z003'; font-size: 20pt; color: #163a5c; }
</style></head><body><div class="page">
<div class="top"><div class="logo">CAP</div><div><div class="orgname">College of American Pathologists</div><div class="sub">Learning &amp; Professional Development</div></div></div>
<h1>Certificate of Continuing Education</h1>
<div class="grid">
 <div class="cell span2"><div class="lbl">Participant</div><div class="val big">Dr. Anjali R. Venkataraman</div></div>
 <div class="cell span2"><div class="lbl">Activity title</div><div class="val">Next-Generation Sequencing Validation Under the Molecular Pathology Checklist: Accuracy, Precision, and Limit of Detection</div></div>
 <div class="cell"><div class="lbl">Activity type</div><div class="val">Enduring Material (online)</div></div>
 <div class="cell"><div class="lbl">Activity ID</div><div class="val">CAP-ED-25-0712</div></div>
 <div class="cell"><div class="lbl">Date completed</div><div class="val">02/09/2026</div></div>
 <div class="cell"><div class="lbl">Certificate printed</div><div class="val">02/10/2026</div></div>
</div>
<table>
 <tr><th>Credit type</th><th class="n">Maximum available</th><th class="n">Credits claimed</th></tr>
 <tr><td>AMA PRA Category 1 Credits™</td><td class="n">2.00</td><td class="n">—</td></tr>
 <tr><td>CE hours (laboratory professionals)</td><td class="n">2.00</td><td class="n"><b>1.75</b></td></tr>
</table>
<div class="stmt">
<p><b>Joint Accreditation Statement.</b> In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.</p>
<p><b>Credit Designation.</b> The CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. The CAP designates this activity for a maximum of 2.00 CE hours for laboratory professionals; participants claim only the time actually spent in the activity.</p>
<p>Release date: 07/15/2025 &nbsp;·&nbsp; Expiration date: 07/14/2027</p>
</div>
<div class="sig"><div><div class="hand">Gordon P. Ashby</div>Gordon P. Ashby, MD, FCAP<br>Chair, Council on Education</div><div style="text-align:right;color:#666">CAP Customer No. 2731804</div></div>
</div></body></html>'''
    chromium('t03', h)
    return gold('t03', 'cap_joint', 'chromium', ['portrait', 'css_grid', 'labels_above_values', 'credit_table_max_vs_claimed', 'signature_block'],
                'Claimed 1.75 vs maximum 2.00; AMA PRA row not claimed; printed/release/expiration dates are distractors; leading "Dr." dropped from name; activity type cell "Enduring Material (online)" is not title.',
                'Anjali R. Venkataraman',
                'Next-Generation Sequencing Validation Under the Molecular Pathology Checklist: Accuracy, Precision, and Limit of Detection',
                '2026-02-09', 1.75, 'CE hour', ['College of American Pathologists', 'CAP'], 'CAP-ED-25-0712')


@cert
def t05():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #263238; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; display: flex; flex-direction: column; }
header { background: #00695c; color: #fff; padding: .35in .6in; display: flex; justify-content: space-between; align-items: center; }
.brand { font-size: 28pt; font-weight: bold; letter-spacing: -.01em; }
.tag { font-size: 9pt; opacity: .9; max-width: 2.6in; text-align: right; }
main { flex: 1; padding: .5in .7in; }
.kicker { font-size: 10pt; letter-spacing: .25em; text-transform: uppercase; color: #00897b; }
h1 { font-size: 26pt; margin: .05in 0 .35in; font-weight: 300; }
.name { font-size: 22pt; font-weight: bold; }
.txt { font-size: 11pt; margin: .12in 0; color: #455a64; }
.course { font-size: 16pt; font-weight: bold; color: #004d40; line-height: 1.3; margin: .05in 0 .3in; }
.boxes { display: flex; gap: .18in; }
.box { flex: 1; border: 1px solid #b2dfdb; border-top: 4px solid #00897b; padding: .12in .15in; }
.box .l { font-size: 8pt; color: #78909c; text-transform: uppercase; letter-spacing: .1em; }
.box .v { font-size: 13pt; margin-top: 4px; }
.fl { margin-top: .3in; font-size: 9.5pt; background: #e0f2f1; padding: .12in .15in; }
.stmt { font-size: 8.5pt; color: #546e7a; margin-top: .35in; line-height: 1.45; }
footer { padding: .25in .7in; font-size: 8pt; color: #78909c; border-top: 1px solid #cfd8dc; display: flex; justify-content: space-between; }
</style></head><body><div class="page">
<header><div class="brand">LabCE</div><div class="tag">Online continuing education for the clinical laboratory</div></header>
<main>
<div class="kicker">Continuing Education</div>
<h1>Certificate of Completion</h1>
<div class="name">Jasmine Tran-Whitaker, MLT(ASCP)</div>
<div class="txt">has successfully completed the online course</div>
<div class="course">Laboratory Safety: Chemical Hygiene and the OSHA Laboratory Standard</div>
<div class="boxes">
 <div class="box"><div class="l">Course #</div><div class="v">1187</div></div>
 <div class="box"><div class="l">Date completed</div><div class="v">Feb 27, 2026</div></div>
 <div class="box"><div class="l">Credit earned</div><div class="v">2.0 P.A.C.E.® contact hours</div></div>
</div>
<div class="fl">Florida Board of Clinical Laboratory Personnel: this course is accepted toward the Laboratory Safety requirement for license renewal. Course level: Basic.</div>
<div class="stmt">LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. The learner passed the post-test with a score of 92%.</div>
</main>
<footer><span>Order #LC-5589102</span><span>Printed 03/01/2026</span><span>Learner ID 884213</span></footer>
</div></body></html>'''
    chromium('t05', h)
    return gold('t05', 'labce', 'chromium', ['portrait', 'flex_boxes', 'labels_above_values', 'header_band'],
                'Title contains "Safety"; order number, learner ID, printed date and post-test score are distractors; credentials MLT(ASCP) stripped.',
                'Jasmine Tran-Whitaker',
                'Laboratory Safety: Chemical Hygiene and the OSHA Laboratory Standard',
                '2026-02-27', 2.0, 'contact hour', ['LabCE'], '1187')


@cert
def t08():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'P052', serif; color: #222; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: .45in .6in; display: grid; grid-template-columns: 6.3in 1fr; column-gap: .35in; }
.uni { grid-column: 1 / span 2; display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #6a1b2a; padding-bottom: 6px; }
.uni .u { font-size: 19pt; text-transform: uppercase; letter-spacing: .12em; color: #6a1b2a; }
.uni .o { font-size: 10pt; font-style: italic; color: #6a1b2a; }
.head { grid-column: 1 / span 2; }
.head h1 { font-size: 25pt; font-weight: normal; margin: .2in 0 .1in; }
.head .p { font-size: 11.5pt; margin: .05in 0; }
.head .nm { font-size: 22pt; font-weight: bold; margin: .05in 0; }
.head .tt { font-size: 16pt; font-weight: bold; color: #6a1b2a; margin: .05in 0 .05in; line-height: 1.25; }
.facts { display: grid; grid-template-columns: 1.4in 1fr; row-gap: 4px; font-size: 10.5pt; margin-top: .12in; }
.facts div:nth-child(odd) { color: #666; }
.side { border-left: 1px solid #d7c3c7; padding-left: .25in; font-size: 9.5pt; }
.side h2 { font-size: 11pt; margin: .05in 0 .08in; color: #6a1b2a; text-transform: uppercase; letter-spacing: .08em; }
.side table { border-collapse: collapse; width: 100%; }
.side td { padding: 4px 2px; border-bottom: 1px dotted #bbb; }
.side td.n { text-align: right; }
.claim { margin-top: .15in; background: #f5eef0; padding: .1in; font-size: 10pt; }
.stmt { grid-column: 1 / span 2; font-size: 7.8pt; line-height: 1.4; color: #333; align-self: end; }
.stmt p { margin: 0 0 4px; }
.sig { margin-top: .25in; font-size: 9.5pt; }
.sig .hand { font-family: 'Z003'; font-size: 21pt; color: #3b2a55; }
</style></head><body><div class="page">
<div class="uni"><span class="u">Northbridge University</span><span class="o">Office of Interprofessional Continuing Education</span></div>
<div class="head">
 <h1>Certificate of Participation</h1>
 <div class="p">This certificate acknowledges that</div>
 <div class="nm">Dana M. Whitcomb, MLS(ASCP)CM, SM(ASCP)</div>
 <div class="p">participated in the live activity</div>
 <div class="tt">Antimicrobial Stewardship Grand Rounds: Interpreting Cumulative Antibiograms for Empiric Therapy</div>
</div>
<div class="main">
 <div class="facts">
  <div>Activity ID</div><div>26-1148-AS</div>
  <div>Date</div><div>Thursday, March 12, 2026</div>
  <div>Location</div><div>Halvorsen Auditorium and live stream</div>
  <div>Registration No.</div><div>R-55290</div>
 </div>
 <div class="sig"><div class="hand">Renata Osei-Mensah</div>Renata Osei-Mensah, MD, MPH<br>Associate Dean, Interprofessional Continuing Education</div>
</div>
<div class="side">
 <h2>Credit designation</h2>
 <table>
  <tr><td>AMA PRA Category 1 Credits™</td><td class="n">1.50</td></tr>
  <tr><td>ANCC contact hours</td><td class="n">1.50</td></tr>
  <tr><td>ACPE contact hours (0.15 CEU)</td><td class="n">1.50</td></tr>
  <tr><td>ASCLS P.A.C.E.® contact hours</td><td class="n">1.50</td></tr>
 </table>
 <div class="claim">Credit claimed by this participant:<br><b>1.50 P.A.C.E.® contact hours</b> (clinical laboratory science)</div>
</div>
<div class="stmt">
<p>In support of improving patient care, Northbridge University, Office of Interprofessional Continuing Education is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The university designates this live activity for a maximum of 1.50 AMA PRA Category 1 Credits™; physicians should claim only the credit commensurate with the extent of their participation. Nurses will receive a maximum of 1.50 ANCC contact hours. This knowledge-based activity provides 1.50 contact hours (0.15 CEU) of ACPE credit for pharmacists and pharmacy technicians. Northbridge University is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.</p>
</div>
</div></body></html>'''
    chromium('t08', h)
    return gold('t08', 'joint_accreditation_cme', 'chromium', ['landscape', 'css_grid', 'two_column', 'credit_table', 'label_value_grid', 'signature_block'],
                'Four credit types (AMA PRA, ANCC, ACPE with 0.15 CEU, P.A.C.E.); only P.A.C.E. counts. Series name "Antimicrobial Stewardship Grand Rounds" on the title line before colon is part of the title. Registration no. is a distractor. Institution header printed in CSS uppercase.',
                'Dana M. Whitcomb',
                'Antimicrobial Stewardship Grand Rounds: Interpreting Cumulative Antibiograms for Empiric Therapy',
                '2026-03-12', 1.5, 'contact hour',
                ['Northbridge University', 'Northbridge University, Office of Interprofessional Continuing Education'], '26-1148-AS')


@cert
def t11():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'URW Gothic', sans-serif; color: #1e2a38; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; display: flex; }
.bar { width: 1.1in; background: linear-gradient(#4a148c, #1565c0); }
.content { flex: 1; padding: .6in .75in .45in; display: flex; flex-direction: column; }
.org { display: flex; justify-content: space-between; align-items: center; }
.org .full { font-size: 14pt; font-weight: bold; color: #4a148c; }
.org .abbr { font-size: 30pt; font-weight: bold; color: #1565c0; letter-spacing: .05em; }
.kick { margin-top: .4in; font-size: 11pt; letter-spacing: .35em; text-transform: uppercase; color: #6a6a6a; }
.name { font-size: 30pt; text-transform: uppercase; letter-spacing: .28em; margin: .15in 0 .25in; color: #111; }
.fmt { display: inline-block; background: #1565c0; color: #fff; font-size: 9.5pt; letter-spacing: .2em; padding: 3px 10px; }
.title { font-size: 19pt; font-weight: bold; margin: .08in 0 .05in; line-height: 1.25; color: #4a148c; }
.meta { display: flex; gap: .45in; margin-top: .25in; font-size: 11pt; }
.meta .l { font-size: 8pt; text-transform: uppercase; letter-spacing: .15em; color: #888; }
.spacer { flex: 1; }
.stmt { font-size: 8.2pt; line-height: 1.45; color: #555; border-top: 1px solid #ccc; padding-top: .1in; }
</style></head><body><div class="page"><div class="bar"></div><div class="content">
<div class="org"><span class="full">Association for Diagnostics &amp; Laboratory Medicine</span><span class="abbr">ADLM</span></div>
<div class="kick">Certificate of Attendance</div>
<div class="name">Priya Natarajan-Holt</div>
<div class="fmt">LIVE WEBINAR</div>
<div class="title">Troponin Reporting in the Emergency Department: Sex-Specific Cutoffs and Delta Checks</div>
<div class="meta">
 <div><div class="l">Webinar date</div>October 21, 2025</div>
 <div><div class="l">Event ID</div>25WB-1021</div>
 <div><div class="l">Credit</div>1.0 ACCENT® contact hour</div>
 <div><div class="l">Member No.</div>300117842</div>
</div>
<div class="spacer"></div>
<div class="stmt">ADLM designates this live webinar for 1.0 ACCENT® contact hour. ACCENT® credit is accepted by the ASCP Board of Certification Credential Maintenance Program and by most state licensure boards for clinical laboratory personnel. Attendance was verified through the webinar platform log (58 of 60 minutes). Certificate generated November 3, 2025.</div>
</div></div></body></html>'''
    chromium('t11', h)
    return gold('t11', 'webinar', 'chromium', ['landscape', 'flex', 'side_bar', 'labels_above_values', 'letter_spaced_name', 'css_uppercase_name'],
                'Name is printed in capitals via CSS text-transform with letter-spacing (gold in capitals, spacing removed). LIVE WEBINAR badge is a format word, not title. Member No. and generation date are distractors; unit is ACCENT contact hour.',
                'PRIYA NATARAJAN-HOLT',
                'Troponin Reporting in the Emergency Department: Sex-Specific Cutoffs and Delta Checks',
                '2025-10-21', 1.0, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '25WB-1021')


@cert
def t13():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'Liberation Serif', serif; color: #2b2b2b; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: .5in; }
.frame { border: 2px solid #7b3f61; height: 100%; box-sizing: border-box; padding: .5in .6in; position: relative; }
.corner { position: absolute; width: .5in; height: .5in; border: 6px solid #c79bb4; }
.c1 { top: -6px; left: -6px; border-right: none; border-bottom: none; } .c2 { top: -6px; right: -6px; border-left: none; border-bottom: none; }
.c3 { bottom: -6px; left: -6px; border-right: none; border-top: none; } .c4 { bottom: -6px; right: -6px; border-left: none; border-top: none; }
.hdr { text-align: center; }
.hdr .o { font-size: 20pt; font-variant: small-caps; letter-spacing: .04em; color: #7b3f61; }
.hdr .m { font-size: 10.5pt; color: #555; margin-top: 4px; }
h1 { text-align: center; font-size: 28pt; font-weight: normal; margin: .45in 0 .3in; font-style: italic; }
.c { text-align: center; font-size: 12pt; }
.nm { text-align: center; font-size: 24pt; font-weight: bold; margin: .12in 0 .25in; }
.tt { text-align: center; font-size: 18pt; color: #7b3f61; font-weight: bold; margin: .1in .2in .3in; line-height: 1.3; }
.row { display: flex; justify-content: center; gap: .5in; font-size: 11pt; margin-top: .1in; }
.row b { display: block; font-size: 8.5pt; letter-spacing: .12em; text-transform: uppercase; color: #7b3f61; }
.sigs { display: flex; justify-content: space-between; margin-top: .8in; font-size: 10pt; }
.sigs div { width: 2.9in; border-top: 1px solid #555; padding-top: 4px; }
.stmt { position: absolute; left: .6in; right: .6in; bottom: .4in; font-size: 8.5pt; color: #555; line-height: 1.4; text-align: center; }
</style></head><body><div class="page"><div class="frame">
<div class="corner c1"></div><div class="corner c2"></div><div class="corner c3"></div><div class="corner c4"></div>
<div class="hdr"><div class="o">National Society for Histotechnology</div>
<div class="m">Annual Symposium/Convention &nbsp;·&nbsp; September 25–30, 2025 &nbsp;·&nbsp; Louisville, Kentucky</div></div>
<h1>Workshop Certificate</h1>
<div class="c">This certifies that</div>
<div class="nm">Emeka O. Nwachukwu, HT(ASCP)QIHC</div>
<div class="c">attended and completed the workshop</div>
<div class="tt">Frozen Section Troubleshooting: From Cryostat to Coverslip</div>
<div class="row">
 <div><b>Workshop No.</b>H-214</div>
 <div><b>Workshop date</b>Saturday, September 27, 2025</div>
 <div><b>Contact hours</b>3.0</div>
</div>
<div class="sigs"><div>Rosalind Achterberg, HTL(ASCP)<br>NSH Education Committee Chair</div><div>Badge/Registration # 51-08842<br>Verified at workshop check-out</div></div>
<div class="stmt">The National Society for Histotechnology (NSH) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This workshop has been approved for 3.0 contact hours. Please retain this certificate for your records.</div>
</div></div></body></html>'''
    chromium('t13', h)
    return gold('t13', 'nsh', 'chromium', ['portrait', 'centred_award', 'border_corners', 'labels_above_values', 'signature_block'],
                'Meeting date range Sept 25-30 printed in header, but the certificate is for one workshop on Sept 27 (labelled Workshop date). Badge/registration no. is a distractor. Provider name printed in small caps via CSS font-variant (text stays mixed case).',
                'Emeka O. Nwachukwu',
                'Frozen Section Troubleshooting: From Cryostat to Coverslip',
                '2025-09-27', 3.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'H-214')


@cert
def t17():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1c2b39; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: .5in; background: #fbfaf6; }
.in { border: 1px solid #2e5e4e; height: 100%; box-sizing: border-box; padding: .55in .9in .4in; display: flex; flex-direction: column; }
.head { display: flex; align-items: center; gap: .25in; }
.mono { width: .95in; height: .95in; border-radius: 50%; border: 3px solid #2e5e4e; display: flex; align-items: center; justify-content: center; font: bold 15pt 'DejaVu Sans'; color: #2e5e4e; letter-spacing: .04em; }
.head .t { font-size: 16pt; color: #2e5e4e; }
.head .s { font-size: 9.5pt; color: #666; font-family: 'DejaVu Sans'; }
h1 { font-weight: normal; font-size: 22pt; letter-spacing: .06em; margin: .45in 0 .25in; }
.para { font-size: 14pt; line-height: 1.75; text-align: justify; }
.para .n { font-weight: bold; }
.para .q { font-style: italic; }
.grow { flex: 1; }
.foot { display: flex; justify-content: space-between; align-items: flex-end; font-family: 'DejaVu Sans'; font-size: 9pt; color: #444; }
.foot .sig .hand { font-family: 'Z003'; font-size: 20pt; color: #1c3a30; }
.foot .sig { border-top: 1px solid #444; padding-top: 3px; width: 3in; }
.small { font-size: 8pt; color: #666; font-family: 'DejaVu Sans'; margin-top: .15in; line-height: 1.4; }
</style></head><body><div class="page"><div class="in">
<div class="head"><div class="mono">ASCLS</div><div><div class="t">American Society for Clinical Laboratory Science</div><div class="s">Professional Development &amp; eLearning</div></div></div>
<h1>Continuing Education Certificate</h1>
<div class="para">This certifies that <span class="n">Yolanda Greer-Matsumoto, MLS(ASCP)CM</span> has completed the self-paced course <span class="q">“The Date Is the Data: Specimen Labeling Errors and Patient Safety”</span> on February 24, 2026 and is awarded 1.5 P.A.C.E.® contact hours.</div>
<div class="grow"></div>
<div class="foot">
 <div>P.A.C.E.® Course No. 101-553-26<br>Cert # 2026-ASCLS-004519<br>Member since 2011</div>
 <div class="sig"><div class="hand">Harold J. Penrose</div>Harold J. Penrose, EdD, MLS(ASCP)<br>Director, P.A.C.E.® Program</div>
</div>
<div class="small">ASCLS administers the Professional Acknowledgment for Continuing Education (P.A.C.E.®) Program. Credits are recorded in the learner’s P.A.C.E.® transcript within 30 days. Date issued: 02/25/2026.</div>
</div></div></body></html>'''
    chromium('t17', h)
    return gold('t17', 'ascls_pace', 'chromium', ['landscape', 'one_paragraph', 'quoted_title', 'signature_block', 'monogram_seal'],
                'One-paragraph certificate; title in curly quotes and contains "Date" and "Safety". Cert # and issue date are distractors; "Member since 2011" is a distractor year.',
                'Yolanda Greer-Matsumoto',
                'The Date Is the Data: Specimen Labeling Errors and Patient Safety',
                '2026-02-24', 1.5, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '101-553-26')


@cert
def t22():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #202020; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: .45in .6in; border-top: .25in solid #00526b; }
.h { display: flex; justify-content: space-between; align-items: flex-start; }
.h .sys { font-size: 20pt; font-weight: bold; color: #00526b; }
.h .dept { font-size: 11pt; color: #00526b; }
.h .right { text-align: right; font-size: 9pt; color: #666; }
h1 { font-size: 13pt; letter-spacing: .3em; text-transform: uppercase; margin: .35in 0 .25in; color: #666; font-weight: normal; }
.form { display: grid; grid-template-columns: 1.9in 1fr; row-gap: .12in; font-size: 12pt; }
.form .k { color: #00526b; font-weight: bold; font-size: 10pt; text-transform: uppercase; letter-spacing: .05em; padding-top: 3px; }
.form .v { border-bottom: 1px solid #bcd; padding-bottom: 3px; }
.form .v.big { font-size: 18pt; }
.cred { margin-top: .25in; display: grid; grid-template-columns: 1fr 1fr; gap: .2in; }
.cred div { border: 1px solid #bcd; padding: .1in .14in; font-size: 10.5pt; }
.cred b { font-size: 15pt; color: #00526b; }
.stmt { font-size: 8pt; color: #555; margin-top: .22in; line-height: 1.4; }
.sig { position: absolute; }
.sigrow { display: flex; justify-content: flex-end; margin-top: .15in; font-size: 9.5pt; }
.sigrow div { width: 3.2in; border-top: 1px solid #333; padding-top: 3px; }
</style></head><body><div class="page">
<div class="h"><div><div class="sys">Lakeside Mercy Health System</div><div class="dept">Department of Pathology and Laboratory Medicine</div></div>
<div class="right">Education Office · 1400 Shoreline Drive<br>Form CE-7 (rev. 2024)</div></div>
<h1>Verification of Attendance</h1>
<div class="form">
 <div class="k">Attendee</div><div class="v big">Aaron T. Feldstein-Moreau, MLS(ASCP)</div>
 <div class="k">Presentation</div><div class="v">Pathology Grand Rounds: Heparin-Induced Thrombocytopenia — Laboratory Testing Algorithms and Pitfalls</div>
 <div class="k">Presenter</div><div class="v">Lucinda Ferreira-Watts, MD, Hematopathology</div>
 <div class="k">Session #</div><div class="v">GR-2026-06</div>
 <div class="k">Date attended</div><div class="v">Wednesday, 11 February 2026, 12:00–13:00</div>
</div>
<div class="cred">
 <div>AMA PRA Category 1 Credit™ (physicians only)<br><b>1.0</b></div>
 <div>P.A.C.E.® contact hours (laboratory professionals)<br><b>1.0</b></div>
</div>
<div class="stmt">Lakeside Mercy Health System is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians and designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit™. Lakeside Mercy Health System, Department of Pathology and Laboratory Medicine is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Sign-in sheets are retained by the Education Office for six years.</div>
<div class="sigrow"><div>Theodore Vance, MS, MLS(ASCP) — Laboratory Education Coordinator<br>Signed 02/13/2026</div></div>
</div></body></html>'''
    chromium('t22', h)
    return gold('t22', 'hospital_grand_rounds', 'chromium', ['landscape', 'css_grid', 'two_column_label_value', 'credit_boxes', 'signature_block'],
                'Grand Rounds series name before the colon is part of the title; title contains an em dash. AMA PRA and P.A.C.E. both 1.0; P.A.C.E. counts. Presenter, signed date and form revision are distractors.',
                'Aaron T. Feldstein-Moreau',
                'Pathology Grand Rounds: Heparin-Induced Thrombocytopenia — Laboratory Testing Algorithms and Pitfalls',
                '2026-02-11', 1.0, 'contact hour',
                ['Lakeside Mercy Health System', 'Lakeside Mercy Health System, Department of Pathology and Laboratory Medicine'], 'GR-2026-06')


@cert
def t24():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'C059', serif; color: #1d1d1d; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: .55in; }
.b { border: 1px solid #1f3d6b; box-shadow: inset 0 0 0 6px #fff, inset 0 0 0 7px #1f3d6b; height: 100%; box-sizing: border-box; padding: .6in .6in .4in; text-align: center; position: relative; }
.o1 { font: bold 34pt 'Nimbus Sans'; color: #1f3d6b; letter-spacing: .1em; }
.o2 { font-size: 12pt; color: #1f3d6b; margin-top: 2px; }
.h { font-size: 25pt; margin: .4in 0 .1in; }
.fmt { font: 10pt 'Nimbus Sans'; letter-spacing: .4em; text-transform: uppercase; color: #8a6d1f; margin-top: .35in; }
.tt { font-size: 18pt; font-weight: bold; margin: .06in .1in .35in; line-height: 1.3; }
.name { font-size: 23pt; letter-spacing: .18em; margin: .2in 0 .05in; }
.lead { font-style: italic; font-size: 12pt; }
.cols { display: grid; grid-template-columns: repeat(3, 1fr); text-align: left; gap: .15in .25in; margin-top: .35in; }
.cols .l { font: 7.5pt 'Nimbus Sans'; letter-spacing: .15em; text-transform: uppercase; color: #666; }
.cols .v { font-size: 12pt; margin-top: 2px; }
.stmt { position: absolute; left: .6in; right: .6in; bottom: .45in; font-size: 8.3pt; line-height: 1.45; color: #444; text-align: left; }
</style></head><body><div class="page"><div class="b">
<div class="o1">ASCP</div><div class="o2">American Society for Clinical Pathology</div>
<div class="h">Certificate of Completion</div>
<div class="lead">awarded to</div>
<div class="name">Terrence A. Holloway Jr.</div>
<div class="lead">for successful completion of</div>
<div class="fmt">Self-Study</div>
<div class="tt">Urinalysis Microscopy Essentials: Casts, Crystals, and Cellular Elements</div>
<div class="cols">
 <div><div class="l">Activity ID</div><div class="v">SS-URN-2611</div></div>
 <div><div class="l">Completed</div><div class="v">30-Jan-2026</div></div>
 <div><div class="l">CMLE credits</div><div class="v">1.5</div></div>
 <div><div class="l">Certificate no.</div><div class="v">0337-9921</div></div>
 <div><div class="l">Issued</div><div class="v">31-Jan-2026</div></div>
 <div><div class="l">Passing score</div><div class="v">80% (achieved 95%)</div></div>
</div>
<div class="stmt">ASCP designates this self-study activity for a maximum of 1.5 CMLE credits. ASCP continuing education activities are accepted by the ASCP Board of Certification (BOC) for the Credential Maintenance Program (CMP). This certificate must be retained by the participant for five years.</div>
</div></div></body></html>'''
    chromium('t24', h)
    return gold('t24', 'ascp_cmle', 'chromium', ['portrait', 'centred_award', 'border', 'labels_above_values', 'css_grid_3col', 'letter_spaced_name'],
                'Letter-spaced name with suffix Jr. (no comma). Self-Study format word printed (CSS uppercase) on its own line above title. Certificate no., issue date and scores are distractors.',
                'Terrence A. Holloway Jr.',
                'Urinalysis Microscopy Essentials: Casts, Crystals, and Cellular Elements',
                '2026-01-30', 1.5, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'SS-URN-2611')


@cert
def t26():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #1a1a1a; }
.page { width: 11in; height: 8.5in; display: flex; }
.side { width: 2.7in; background: #133b2a; color: #e8efe9; padding: .6in .35in; box-sizing: border-box; display: flex; flex-direction: column; align-items: center; text-align: center; }
.seal { width: 1.6in; height: 1.6in; border-radius: 50%; border: 3px solid #d4b35a; display: flex; flex-direction: column; align-items: center; justify-content: center; color: #d4b35a; }
.seal .y { font-size: 9pt; letter-spacing: .2em; } .seal .v { font: bold 20pt 'Liberation Serif'; }
.uhead { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1px solid #d4b35a; padding-bottom: 5px; margin-bottom: .3in; }
.uhead .u { font: bold 15pt 'Liberation Serif'; color: #133b2a; }
.uhead .c { font-size: 9pt; color: #555; }
.side .grow { flex: 1; }
.side .ids { font-size: 8pt; color: #b8c9bd; line-height: 1.5; }
.main { flex: 1; padding: .5in .75in .45in; box-sizing: border-box; display: flex; flex-direction: column; }
.kick { font-size: 10pt; letter-spacing: .3em; text-transform: uppercase; color: #8d7a3d; }
h1 { font: 30pt 'Liberation Serif'; margin: .1in 0 .35in; color: #133b2a; }
.t { font-size: 11.5pt; color: #444; }
.nm { font: bold 24pt 'Liberation Serif'; margin: .08in 0 .2in; }
.tt { font-size: 17pt; font-weight: bold; color: #133b2a; line-height: 1.3; margin: .06in 0 .25in; }
.kv { display: flex; flex-wrap: wrap; gap: .12in .5in; font-size: 11pt; }
.kv span { color: #777; font-size: 9pt; display: block; text-transform: uppercase; letter-spacing: .08em; }
.grow { flex: 1; }
.sig { display: flex; gap: .5in; font-size: 9.5pt; }
.sig div { border-top: 1px solid #333; padding-top: 3px; width: 2.7in; }
.note { font-size: 7.8pt; color: #666; margin-top: .15in; line-height: 1.4; }
</style></head><body><div class="page">
<div class="side">
 <div class="seal"><div class="y">EST. 1911</div><div class="v">VU</div><div class="y">VALLEYFORD</div></div>
 <div class="grow"></div>
 <div class="ids">Transcript No. T-25-44180<br>Student ID V0019732<br>Printed 12/15/2025</div>
</div>
<div class="main">
 <div class="uhead"><span class="u">Valleyford University</span><span class="c">Center for Professional Learning · School of Health Sciences</span></div>
 <div class="kick">Continuing Education Units</div>
 <h1>Certificate of Completion</h1>
 <div class="t">Valleyford University certifies that</div>
 <div class="nm">Ana Lucía Quiñones-Barrett</div>
 <div class="t">has completed the continuing education course</div>
 <div class="tt">Point-of-Care Testing Program Oversight: Regulatory Requirements, Competency, and Connectivity</div>
 <div class="kv">
  <div><span>Course No.</span>PCL-POC-501</div>
  <div><span>Section</span>01 (online, instructor-led)</div>
  <div><span>Completed</span>December 10, 2025</div>
  <div><span>Awarded</span>0.3 CEU</div>
 </div>
 <div class="grow"></div>
 <div class="sig"><div>Miriam Olufemi-Stark, EdD<br>Director, Center for Professional Learning</div><div>Paul D. Renwick, PhD, MLS(ASCP)<br>Program Director, Medical Laboratory Science</div></div>
 <div class="note">Issued by Valleyford University, Center for Professional Learning. The Continuing Education Unit (CEU) is a nationally recognized measure: one CEU is ten contact hours of participation in an organized continuing education experience under responsible sponsorship, capable direction and qualified instruction.</div>
</div>
</div></body></html>'''
    chromium('t26', h)
    return gold('t26', 'university_ceu', 'chromium', ['landscape', 'flex', 'side_panel', 'seal', 'labels_above_values', 'signature_block'],
                'Unit is CEU (0.3 CEU = 3 points); CEU definition sentence mentions contact hours. Section number, transcript no., student ID and printed date are distractors. Title contains "Program". Name has accented letters.',
                'Ana Lucía Quiñones-Barrett',
                'Point-of-Care Testing Program Oversight: Regulatory Requirements, Competency, and Connectivity',
                '2025-12-10', 0.3, 'CEU',
                ['Valleyford University', 'Valleyford University, Center for Professional Learning'], 'PCL-POC-501')


@cert
def t29():
    h = r'''<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #222; font-size: 10.5pt; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: .6in .7in; page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
.band { display: flex; justify-content: space-between; align-items: center; border-bottom: 3px solid #c2410c; padding-bottom: 8px; }
.band .n { font-size: 18pt; font-weight: bold; color: #7c2d12; }
.band .o { font-size: 9pt; color: #7c2d12; text-align: right; }
h1 { font-size: 22pt; font-weight: normal; margin: .35in 0 .2in; }
.lbl { font-size: 8pt; text-transform: uppercase; letter-spacing: .12em; color: #9a3412; margin-top: .16in; }
.val { font-size: 13pt; margin-top: 2px; }
.val.nm { font-size: 20pt; font-weight: bold; }
.two { display: grid; grid-template-columns: 1fr 1fr; column-gap: .4in; }
table { border-collapse: collapse; width: 100%; margin-top: .3in; font-size: 10pt; }
th { border-bottom: 2px solid #7c2d12; text-align: left; padding: 5px; }
td { border-bottom: 1px solid #ddd; padding: 5px; }
td.r, th.r { text-align: right; }
.note { font-size: 8.5pt; color: #555; margin-top: .15in; }
.sig { position: absolute; bottom: .7in; left: .7in; font-size: 9.5pt; border-top: 1px solid #333; padding-top: 3px; width: 3.3in; }
.p2 h2 { font-size: 14pt; color: #7c2d12; margin: .35in 0 .1in; }
.p2 p { line-height: 1.5; font-size: 9.5pt; }
</style></head><body>
<div class="page">
<div class="band"><div class="n">Harborlight Cancer Institute</div><div class="o">Office of Continuing Education<br>Continuing Medical &amp; Interprofessional Education</div></div>
<h1>Certificate of Credit</h1>
<div class="lbl">Learner</div><div class="val nm">Siobhan A. Kirkpatrick-Nguyen, MB(ASCP)CM</div>
<div class="lbl">Activity</div><div class="val">Liquid Biopsy in Solid Tumors: Pre-Analytical Variables, ctDNA Assays, and Reporting Standards</div>
<div class="two">
 <div><div class="lbl">Activity #</div><div class="val">HCI-26-LB01</div></div>
 <div><div class="lbl">Dates</div><div class="val">January 23–24, 2026</div></div>
 <div><div class="lbl">Format</div><div class="val">Live course (in person)</div></div>
 <div><div class="lbl">Evaluation submitted</div><div class="val">February 2, 2026</div></div>
</div>
<table>
 <tr><th>Credit type</th><th class="r">Maximum designated</th><th class="r">Claimed</th></tr>
 <tr><td>AMA PRA Category 1 Credits™</td><td class="r">10.50</td><td class="r">0.00</td></tr>
 <tr><td>ANCC contact hours</td><td class="r">10.50</td><td class="r">0.00</td></tr>
 <tr><td>ACPE contact hours (1.05 CEU)</td><td class="r">10.50</td><td class="r">0.00</td></tr>
 <tr><td>ASCLS P.A.C.E.® contact hours</td><td class="r">10.50</td><td class="r"><b>9.25</b></td></tr>
</table>
<div class="note">Only credit types claimed by the learner are valid. Accreditation and designation statements are on page 2.</div>
<div class="sig">Corinne Adebayo-Ross, DNP, RN<br>Director, Office of Continuing Education</div>
</div>
<div class="page p2">
<div class="band"><div class="n">Harborlight Cancer Institute</div><div class="o">Accreditation Statements</div></div>
<h2>Joint Accreditation</h2>
<p>In support of improving patient care, Harborlight Cancer Institute, Office of Continuing Education is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.</p>
<h2>Credit Designation</h2>
<p>Physicians: Harborlight Cancer Institute designates this live activity for a maximum of 10.50 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.</p>
<p>Nurses: this activity is approved for a maximum of 10.50 ANCC contact hours.</p>
<p>Pharmacists: this knowledge-based activity is approved for 10.50 contact hours (1.05 CEU).</p>
<p>Clinical laboratory professionals: Harborlight Cancer Institute (HCI) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for a maximum of 10.50 P.A.C.E.® contact hours.</p>
<p style="margin-top:.4in;color:#666">Certificate ID 7745-0219-HCI &nbsp;·&nbsp; Generated 02/02/2026 14:07</p>
</div>
</body></html>'''
    chromium('t29', h)
    return gold('t29', 'joint_accreditation_cme', 'chromium', ['portrait', 'two_pages', 'labels_above_values', 'credit_table_max_vs_claimed', 'accreditation_page_2'],
                'Two pages: accreditation statements on page 2. Four credit types with maximum 10.50 each; only P.A.C.E. claimed 9.25 counts. Date range Jan 23-24 -> last day. Evaluation-submitted and generated dates, certificate ID are distractors.',
                'Siobhan A. Kirkpatrick-Nguyen',
                'Liquid Biopsy in Solid Tumors: Pre-Analytical Variables, ctDNA Assays, and Reporting Standards',
                '2026-01-24', 9.25, 'contact hour',
                ['Harborlight Cancer Institute', 'Harborlight Cancer Institute, Office of Continuing Education', 'HCI'], 'HCI-26-LB01')

# =====================================================================================
#                                     LIBREOFFICE
# =====================================================================================
from docx import Document
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ALIGN = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'left': WD_ALIGN_PARAGRAPH.LEFT,
         'right': WD_ALIGN_PARAGRAPH.RIGHT, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}


def dx_doc(landscape=False, margins=0.8):
    d = Document()
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Inches(margins)
    st = d.styles['Normal']
    st.font.name = 'Liberation Serif'
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    return d


def dx_border(doc, val='double', sz=18, color='1F3D6B', space=24):
    sectPr = doc.sections[0]._sectPr
    pb = OxmlElement('w:pgBorders')
    pb.set(qn('w:offsetFrom'), 'page')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), val); e.set(qn('w:sz'), str(sz)); e.set(qn('w:space'), str(space)); e.set(qn('w:color'), color)
        pb.append(e)
    sectPr.append(pb)


def dx_run(p, text, size=None, bold=False, italic=False, font=None, color=None, caps=False, spacing=None):
    r = p.add_run(text)
    f = r.font
    if size: f.size = Pt(size)
    f.bold = bold or None
    f.italic = italic or None
    if font:
        f.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    if color: f.color.rgb = RGBColor.from_string(color)
    if caps: f.all_caps = True
    if spacing is not None:
        sp = OxmlElement('w:spacing'); sp.set(qn('w:val'), str(spacing)); r._element.get_or_add_rPr().append(sp)
    return r


def dx_para(container, text='', align='center', before=0, after=4, line=None, **kw):
    p = container.add_paragraph()
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line: pf.line_spacing = line
    if text:
        dx_run(p, text, **kw)
    return p


def dx_cell_text(cell, text, align='left', **kw):
    p = cell.paragraphs[0]
    p.alignment = ALIGN[align]
    p.paragraph_format.space_after = Pt(2)
    dx_run(p, text, **kw)
    return p


def dx_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def dx_widths(table, widths):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Inches(w)


def dx_noborders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side); e.set(qn('w:val'), 'nil'); b.append(e)
    tblPr.append(b)


def docx_build(tid, doc):
    p = os.path.join(SRC, tid + '.docx')
    doc.save(p)
    soffice(tid, p)


@cert
def t02():
    d = dx_doc(margins=0.9)
    dx_border(d, 'single', 24, '8B1A1A', 20)
    dx_para(d, 'AABB', size=40, bold=True, font='Liberation Sans', color='8B1A1A', after=0)
    dx_para(d, 'Association for the Advancement of Blood & Biotherapies', size=12, font='Liberation Sans', color='8B1A1A', after=18)
    dx_para(d, 'Certificate of Attendance', size=24, font='Liberation Serif', after=2)
    dx_para(d, 'Continuing Education', size=12, italic=True, color='555555', after=16)
    dx_para(d, 'AABB certifies that the individual named below participated in the following educational activity.',
            align='left', size=11, after=10)
    rows = [('Participant', 'GREGORY P. HALVORSEN III'),
            ('Member ID', '0048823'),
            ('Activity', 'Patient Blood Management in the Surgical Setting: Building an Effective Program'),
            ('Format', 'Live webinar (Zoom)'),
            ('Program Code', '25EL-312'),
            ('Date of Activity', 'November 18, 2025'),
            ('Credit Awarded', '1.5 contact hours (ASCLS P.A.C.E.®)'),
            ('Date Issued', 'November 19, 2025')]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (k, v) in enumerate(rows):
        dx_cell_text(t.cell(i, 0), k, bold=True, size=10.5, font='Liberation Sans', color='FFFFFF')
        dx_shade(t.cell(i, 0), '8B1A1A')
        dx_cell_text(t.cell(i, 1), v, size=11.5, bold=(k in ('Participant',)))
    dx_widths(t, [1.8, 4.9])
    dx_para(d, '', after=14)
    dx_para(d, 'Accreditation', align='left', size=10, bold=True, font='Liberation Sans', after=2)
    dx_para(d, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. '
               'This program has been approved for 1.5 contact hours. AABB is also an approved provider for California clinical laboratory personnel '
               '(accrediting agency no. 0027). Participants should retain this certificate for four years.',
            align='justify', size=9.5, color='333333', after=30)
    sig = d.add_table(rows=1, cols=2)
    dx_noborders(sig)
    dx_cell_text(sig.cell(0, 0), 'Lydia M. Okafor', font='Z003', size=20, color='1F2F5F')
    p = sig.cell(0, 0).add_paragraph(); dx_run(p, 'Lydia M. Okafor, MS, MT(ASCP)SBB', size=9.5); 
    p = sig.cell(0, 0).add_paragraph(); dx_run(p, 'Director, Education Programs', size=9.5, italic=True)
    dx_cell_text(sig.cell(0, 1), ' ', align='right')
    p = sig.cell(0, 1).add_paragraph(); p.alignment = ALIGN['right']; dx_run(p, 'Bethesda, Maryland', size=9.5, color='666666')
    dx_widths(sig, [3.6, 3.1])
    docx_build('t02', d)
    return gold('t02', 'aabb', 'libreoffice-docx', ['portrait', 'two_column_label_value_table', 'page_border', 'signature_block', 'all_caps_name'],
                'Name typed in capitals with suffix III (no dot). Title contains "Program"; format cell says Live webinar. Member ID, accrediting agency no. and issue date are distractors.',
                'GREGORY P. HALVORSEN III',
                'Patient Blood Management in the Surgical Setting: Building an Effective Program',
                '2025-11-18', 1.5, 'contact hour',
                ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '25EL-312')


@cert
def t07():
    d = dx_doc(margins=0.75)
    hdr = d.add_table(rows=1, cols=2)
    dx_noborders(hdr)
    dx_cell_text(hdr.cell(0, 0), 'Saint Brendan Regional Medical Center', size=16, bold=True, font='Liberation Sans', color='0F4C81')
    p = hdr.cell(0, 0).add_paragraph(); dx_run(p, 'Department of Laboratory Medicine', size=11, font='Liberation Sans', color='0F4C81')
    dx_cell_text(hdr.cell(0, 1), 'SBRMC', align='right', size=26, bold=True, font='Liberation Sans', color='9DB7D5')
    dx_widths(hdr, [5.2, 1.8])
    dx_para(d, 'In-Service Education Certificate', size=22, font='P052', before=28, after=4)
    dx_para(d, 'Laboratory Staff Development Program', size=11, italic=True, color='555555', after=22)
    p = dx_para(d, '', align='left', after=14, line=1.3)
    dx_run(p, 'This is to certify that ', size=12)
    dx_run(p, 'Roberto Q. Villaseñor, Jr., MLT', size=12, bold=True)
    dx_run(p, ' attended the in-service training session described below and completed the required post-session quiz.', size=12)
    t1 = d.add_table(rows=2, cols=1)
    t1.style = 'Table Grid'
    dx_cell_text(t1.cell(0, 0), 'Session Title', size=9, bold=True, font='Liberation Sans', color='0F4C81')
    dx_shade(t1.cell(0, 0), 'E4EDF6')
    dx_cell_text(t1.cell(1, 0), 'New Employee Safety Orientation: Core Laboratory Chemical, Electrical, and Fire Safety', size=13, bold=True)
    dx_widths(t1, [7.0])
    dx_para(d, '', after=6)
    heads = ['Session No.', 'Date Presented', 'CE Hours Awarded', 'Employee ID']
    vals = ['IS-2026-014', 'January 8, 2026', '1.0', '118-4420']
    t2 = d.add_table(rows=2, cols=4)
    t2.style = 'Table Grid'
    for i, (h, v) in enumerate(zip(heads, vals)):
        dx_cell_text(t2.cell(0, i), h, size=9, bold=True, font='Liberation Sans', color='0F4C81')
        dx_shade(t2.cell(0, i), 'E4EDF6')
        dx_cell_text(t2.cell(1, i), v, size=12)
    dx_widths(t2, [1.75, 1.75, 1.75, 1.75])
    dx_para(d, '', after=8)
    dx_para(d, 'Instructor: Patrice Dumont, MS, CHMM, Laboratory Safety Officer. Location: Pavilion B, Conference Room 3. '
               'This in-service meets the annual safety training requirement of the laboratory’s accreditation checklist and counts toward '
               'continuing education for state licensure renewal as 1.0 CE hour.', align='left', size=10, color='333333', after=40, line=1.2)
    sig = d.add_table(rows=1, cols=2)
    dx_noborders(sig)
    for i, (nm, ti) in enumerate([('Gwendolyn Ashcroft-Bell, MLS(ASCP)', 'Laboratory Education Coordinator'),
                                   ('Samir Haddad, MD', 'Medical Director, Clinical Laboratories')]):
        c = sig.cell(0, i)
        dx_cell_text(c, '______________________________', size=10)
        p = c.add_paragraph(); dx_run(p, nm, size=10)
        p = c.add_paragraph(); dx_run(p, ti, size=9.5, italic=True)
    dx_widths(sig, [3.5, 3.5])
    dx_para(d, '', after=30)
    dx_para(d, 'Issued by Saint Brendan Regional Medical Center, Department of Laboratory Medicine · 2200 Harbor Avenue · Record retained in the learning management system. Date printed: 01/09/2026',
            size=8.5, color='666666')
    docx_build('t07', d)
    return gold('t07', 'hospital_inservice', 'libreoffice-docx', ['portrait', 'labels_above_values_table', 'name_in_sentence', 'signature_block'],
                'Name inside a sentence, suffix ", Jr." followed by credential MLT (stripped). Title contains "Orientation" and "Safety". Employee ID and printed date distractors; series line "Laboratory Staff Development Program" is not the title.',
                'Roberto Q. Villaseñor, Jr.',
                'New Employee Safety Orientation: Core Laboratory Chemical, Electrical, and Fire Safety',
                '2026-01-08', 1.0, 'CE hour',
                ['Saint Brendan Regional Medical Center', 'Saint Brendan Regional Medical Center, Department of Laboratory Medicine', 'SBRMC'],
                'IS-2026-014')


@cert
def t18():
    d = dx_doc(margins=0.9)
    dx_border(d, 'thinThickSmallGap', 24, '1F3D6B', 24)
    dx_para(d, 'ASCP', size=30, bold=True, font='Liberation Sans', color='1F3D6B', before=20, after=0)
    dx_para(d, 'American Society for Clinical Pathology', size=12, font='Liberation Sans', color='1F3D6B', after=4)
    dx_para(d, 'Lab Management University', size=10, italic=True, color='7A6320', after=30)
    dx_para(d, 'Certificate of Completion', size=28, font='C059', after=18)
    dx_para(d, 'Presented to', size=12, italic=True, after=6)
    dx_para(d, "Catherine E. O'Donnell-Baptiste, MBA, MLS(ASCP)CM", size=22, bold=True, font='C059', caps=False, after=14)
    dx_para(d, 'for successfully completing the course', size=12, italic=True, after=8)
    dx_para(d, 'Lab Management University: Budgeting and Financial Management for Laboratory Leaders', size=17, bold=True, color='1F3D6B', after=14, line=1.15)
    p = dx_para(d, '', size=12, after=4)
    dx_run(p, 'Date completed: ', size=12); dx_run(p, 'August 14, 2025', size=12, bold=True)
    p = dx_para(d, '', after=40)
    dx_run(p, 'Credits earned: ', size=12); dx_run(p, '4.0 CMLE', size=12, bold=True)
    sig = d.add_table(rows=1, cols=2)
    dx_noborders(sig)
    for i, (hand, nm, ti) in enumerate([('Beatriz Calloway', 'Beatriz Calloway, MHA, MLS(ASCP)CM', 'Program Director, Lab Management University'),
                                         ('Owen T. Marsh', 'Owen T. Marsh, MD, FASCP', 'Chief Learning Officer')]):
        c = sig.cell(0, i)
        dx_cell_text(c, hand, align='center', font='Z003', size=19, color='1F2F5F')
        p = c.add_paragraph(); p.alignment = ALIGN['center']; dx_run(p, nm, size=9.5)
        p = c.add_paragraph(); p.alignment = ALIGN['center']; dx_run(p, ti, size=9, italic=True)
    dx_widths(sig, [3.35, 3.35])
    dx_para(d, '', after=26)
    dx_para(d, 'Activity details and accreditation appear on page 2.', size=8.5, color='777777')
    # page 2: transcript line + accreditation statement
    p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    dx_para(d, 'Transcript Excerpt', align='left', size=16, bold=True, font='Liberation Sans', color='1F3D6B', after=4)
    dx_para(d, "Learner: Catherine E. O'Donnell-Baptiste  ·  Customer ID 20718834  ·  Printed 08/20/2025", align='left', size=9.5, color='555555', after=12)
    t = d.add_table(rows=2, cols=4)
    t.style = 'Table Grid'
    for i, (h, v) in enumerate(zip(['Activity ID', 'Completed', 'Credit type', 'Credits'], ['LMU-FIN-204', '08/14/2025', 'CMLE', '4.0'])):
        dx_cell_text(t.cell(0, i), h, size=9.5, bold=True, font='Liberation Sans', color='FFFFFF')
        dx_shade(t.cell(0, i), '1F3D6B')
        dx_cell_text(t.cell(1, i), v, size=11)
    dx_widths(t, [1.8, 1.6, 1.6, 1.7])
    dx_para(d, '', after=14)
    dx_para(d, 'Accreditation Statement', align='left', size=11, bold=True, font='Liberation Sans', after=4)
    dx_para(d, 'The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing Medical Education (ACCME) '
               'to provide continuing medical education for physicians. ASCP designates this enduring material for a maximum of 4.0 CMLE credits. '
               'ASCP CMLE credits are acceptable to meet the continuing education requirements of the ASCP Board of Certification (BOC) Credential '
               'Maintenance Program (CMP). This course is one of eight modules of the Lab Management University curriculum.',
            align='justify', size=10, line=1.25, after=8)
    docx_build('t18', d)
    return gold('t18', 'ascp_cmle', 'libreoffice-docx', ['portrait', 'two_pages', 'centred_award', 'page_border', 'transcript_table_page_2', 'signature_block'],
                'Activity ID only on page 2 (transcript table, label above value). Series "Lab Management University" appears both as a line above (not title) and before the colon on the title line (part of title). Straight apostrophe in name. Customer ID and printed date distractors.',
                "Catherine E. O'Donnell-Baptiste",
                'Lab Management University: Budgeting and Financial Management for Laboratory Leaders',
                '2025-08-14', 4.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'LMU-FIN-204')


@cert
def t27():
    d = dx_doc(margins=1.0)
    dx_border(d, 'single', 12, '2F5233', 30)
    dx_para(d, 'Blue Ridge Laboratory Education Consortium', size=18, bold=True, font='URW Bookman', color='2F5233', before=10, after=2)
    dx_para(d, 'BRLEC  ·  Roanoke, Virginia', size=10, font='Liberation Sans', color='666666', after=40)
    dx_para(d, 'CERTIFICATE', size=30, font='URW Bookman', color='2F5233', spacing=120, after=30)
    p = dx_para(d, '', align='justify', after=30, line=1.6)
    dx_run(p, 'Be it known that ', size=13)
    dx_run(p, 'Eleanor Whitcombe-Adair, MLS(ASCP)CM', size=13, bold=True)
    dx_run(p, ' has completed ', size=13)
    dx_run(p, '“Beyond the Gram Stain: A Case-Based Review of Rapid Molecular Blood Culture Identification, Antimicrobial Resistance Markers, and Communication with Antimicrobial Stewardship Teams”', size=13, italic=True)
    dx_run(p, ' on March 19, 2026 and is hereby awarded 1.5 contact hours of P.A.C.E.® continuing education credit.', size=13)
    t = d.add_table(rows=1, cols=2)
    dx_noborders(t)
    dx_cell_text(t.cell(0, 0), 'P.A.C.E.® Course Number: 239-411-26', size=10.5, font='Liberation Sans')
    p = t.cell(0, 0).add_paragraph(); dx_run(p, 'Level: Intermediate  ·  Format: Live, virtual', size=10, font='Liberation Sans', color='555555')
    dx_cell_text(t.cell(0, 1), 'Winifred Castellane-Ruiz', align='center', font='Z003', size=18, color='203020')
    p = t.cell(0, 1).add_paragraph(); p.alignment = ALIGN['center']; dx_run(p, 'Winifred Castellane-Ruiz, MS, MLS(ASCP)', size=9.5)
    p = t.cell(0, 1).add_paragraph(); p.alignment = ALIGN['center']; dx_run(p, 'Continuing Education Coordinator', size=9, italic=True)
    dx_widths(t, [3.3, 3.2])
    dx_para(d, '', after=50)
    dx_para(d, 'Blue Ridge Laboratory Education Consortium is approved as a provider of continuing education programs in the clinical laboratory sciences '
               'by the ASCLS P.A.C.E.® Program. Keep this certificate for license renewal audits. Certificate #BR-26-00871, issued 03/20/2026.',
            align='center', size=9, color='555555', line=1.3)
    docx_build('t27', d)
    return gold('t27', 'ascls_pace', 'libreoffice-docx', ['portrait', 'one_paragraph', 'quoted_title', 'page_border', 'letter_spaced_heading', 'signature_block'],
                'One-paragraph certificate with a three-line quoted title inside running text. Certificate # and issue date distractors; ASCLS P.A.C.E. is the accreditor, not the provider.',
                'Eleanor Whitcombe-Adair',
                'Beyond the Gram Stain: A Case-Based Review of Rapid Molecular Blood Culture Identification, Antimicrobial Resistance Markers, and Communication with Antimicrobial Stewardship Teams',
                '2026-03-19', 1.5, 'contact hour', ['Blue Ridge Laboratory Education Consortium', 'BRLEC'], '239-411-26')


@cert
def t04():
    lay = page_layout(11, 8.5, (0.55, 0.45, 0.7, 0.7), border='4.5pt double #2c5d3f', padding='0.25in', landscape=True)
    st = ''.join([
        ps('Org', size=15, font='URW Gothic', color='#2c5d3f', spacing='0.06in', after=0.02),
        ps('Abbr', size=10, font='URW Gothic', color='#7a8f80', after=0.18, spacing='0.04in'),
        ps('Big', size=36, font='URW Bookman', color='#2c5d3f', after=0.12),
        ps('Lead', size=13, italic=True, font='P052', after=0.06),
        ps('Name', size=26, bold=True, font='P052', upper=True, spacing='0.05in', after=0.1),
        ps('Mtg', size=19, bold=True, font='P052', color='#2c5d3f', after=0.04),
        ps('Dt', size=12, font='P052', after=0.14),
        ps('Cr', size=13, font='P052', after=0.2),
        ps('SigH', size=18, font='Z003', color='#203a2a', after=0),
        ps('SigN', size=9.5, font='Liberation Sans', after=0),
        ps('SigT', size=8.5, font='Liberation Sans', italic=True, after=0),
        ps('Seal', size=11, font='URW Gothic', bold=True, color='#2c5d3f', after=0),
        ps('SealS', size=7, font='URW Gothic', color='#2c5d3f', after=0),
        ps('Foot', size=8, font='Liberation Sans', color='#444444', before=0.14, after=0),
        tbl_styles('S', 9.0, [3.4, 2.2, 3.4], cell_border='none', cell_pad='0.03in'),
        '<style:style style:name="S.seal" style:family="table-cell"><style:table-cell-properties fo:padding="0.08in" fo:border="2.5pt double #2c5d3f" style:vertical-align="middle"/></style:style>',
    ])
    sig = lambda hand, n, t: P('SigH', hand) + P('SigN', n) + P('SigT', t)
    body = ''.join([
        P('Org', 'Cascadia Society for Clinical Laboratory Science'),
        P('Abbr', 'CSCLS · Founded 1962'),
        P('Big', 'Certificate of Attendance'),
        P('Lead', 'presented to'),
        P('Name', 'Tobias Wendell Ashgrove'),
        P('Lead', 'for attendance at the'),
        P('Mtg', 'Cascadia Laboratory Science Annual Meeting 2026'),
        P('Dt', 'April 23–25, 2026 · Spokane Convention Center · Spokane, Washington'),
        P('Cr', 'P.A.C.E.® contact hours earned: 12.5 (of 16.0 offered)'),
        odf_table('S', 3, [[sig('Miriam J. Castellanos', 'Miriam J. Castellanos, MLS(ASCP)', 'President'),
                            ('' + P('Seal', 'CSCLS') + P('SealS', 'OFFICIAL SEAL') + P('SealS', 'EST. 1962'), 1, 'S.seal'),
                            sig('Howard Teague', 'Howard Teague, MS, MT(AMT)', 'Continuing Education Chair')]]),
        P('Foot', 'The Cascadia Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical '
                  'laboratory sciences by the ASCLS P.A.C.E.® Program. P.A.C.E.® Program No. 542-118-26. Registration No. 2026-0419. Date issued: May 1, 2026.'),
    ])
    fodt('t04', lay, st, body)
    return gold('t04', 'regional_society', 'libreoffice-fodt', ['landscape', 'centred_award', 'page_border_double', 'seal', 'two_signatures', 'uppercase_name_via_style'],
                'Meeting attendance (title = meeting name); date range April 23-25 -> last day. Claimed 12.5 of 16.0 offered. Name printed in capitals via ODF text-transform and letter-spacing. Founded year, registration no. and issue date are distractors.',
                'TOBIAS WENDELL ASHGROVE',
                'Cascadia Laboratory Science Annual Meeting 2026',
                '2026-04-25', 12.5, 'contact hour',
                ['Cascadia Society for Clinical Laboratory Science', 'CSCLS'], '542-118-26')


@cert
def t09():
    lay = page_layout(8.5, 11, (0.8, 0.7, 0.9, 0.9), border='1.5pt solid #5b2333', padding='0.3in')
    st = ''.join([
        ps('U', size=22, font='C059', bold=True, color='#5b2333', after=0.02),
        ps('U2', size=11, font='C059', italic=True, color='#5b2333', after=0.0),
        ps('U3', size=10, font='Liberation Sans', color='#777777', after=0.45),
        ps('H', size=30, font='C059', after=0.3),
        ps('L', size=12, font='C059', italic=True, after=0.08),
        ps('N', size=24, font='C059', bold=True, after=0.2),
        ps('T', size=17, font='C059', bold=True, color='#5b2333', after=0.25),
        ps('K', size=10.5, font='Liberation Sans', align='left', after=0.02),
        ps('A', size=14, font='C059', before=0.25, after=0.5),
        ps('S', size=9.5, font='Liberation Sans', after=0.0),
        ps('SI', size=9, font='Liberation Sans', italic=True, after=0.0),
        ps('F', size=8, font='Liberation Sans', color='#555555', align='justify', before=0.35, after=0.0),
        tbl_styles('K', 5.2, [2.0, 3.2], cell_border='none', cell_pad='0.03in'),
        tbl_styles('G', 6.5, [3.25, 3.25], cell_border='none', cell_pad='0.05in'),
        '<style:style style:name="G.top" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:border-top="0.75pt solid #000000" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"/></style:style>',
    ])
    kv = [('Course Number', 'CLS 8100-CE'), ('Course Dates', 'June 9–10, 2025'), ('Delivery', 'On campus, Allied Health Building, Lab 214'),
          ('Student ID', 'R00873412')]
    body = ''.join([
        P('U', 'Ridgemont State University'),
        P('U2', 'College of Health Professions'),
        P('U3', 'RSU Office of Continuing and Professional Education'),
        P('H', 'Certificate of Completion'),
        P('L', 'This is to certify that'),
        P('N', 'Samuel K. Oyelaran'),
        P('L', 'has satisfactorily completed the non-credit continuing education course'),
        P('T', 'Clinical Microbiology Refresher: Identification of Gram-Negative Bacilli and Anaerobes'),
        odf_table('K', 2, [[P('K', k + ':'), P('K', v)] for k, v in kv]),
        P('A', 'and is hereby awarded 1.6 Continuing Education Units (CEUs).'),
        odf_table('G', 2, [[(P('S', 'Helen V. Marchetti, EdD') + P('SI', 'Director, Continuing and Professional Education'), 1, 'G.top'),
                            (P('S', 'Raymond Okafor-Lindqvist, PhD') + P('SI', 'Dean, College of Health Professions'), 1, 'G.top')]]),
        P('F', 'Issued by Ridgemont State University, Office of Continuing and Professional Education, 400 College Avenue. One Continuing Education Unit '
               '(CEU) equals ten hours of participation in an organized continuing education experience under responsible sponsorship, capable direction, '
               'and qualified instruction. This course does not carry academic credit. Date of issue: June 24, 2025.'),
    ])
    fodt('t09', lay, st, body)
    return gold('t09', 'university_ceu', 'libreoffice-fodt', ['portrait', 'centred_award', 'page_border', 'two_column_label_value', 'signature_block'],
                'CEU unit: 1.6 CEU -> 16 points. Two-day course June 9-10 -> last day. Student ID and date of issue are distractors. Office printed with RSU prefix in header and full form in footer.',
                'Samuel K. Oyelaran',
                'Clinical Microbiology Refresher: Identification of Gram-Negative Bacilli and Anaerobes',
                '2025-06-10', 1.6, 'CEU',
                ['Ridgemont State University', 'Ridgemont State University, Office of Continuing and Professional Education', 'RSU'], 'CLS 8100-CE')


@cert
def t20():
    lay = page_layout(8.5, 11, (0.7, 0.6, 0.8, 0.8))
    st = ''.join([
        ps('O', size=16, font='Liberation Sans', bold=True, color='#1d4e89', align='left', after=0.0),
        ps('O2', size=9.5, font='Liberation Sans', color='#5c6f84', align='left', after=0.3),
        ps('H', size=24, font='DejaVu Serif', align='left', after=0.2),
        ps('B', size=11.5, font='DejaVu Serif', align='left', after=0.08),
        ps('N', size=20, font='DejaVu Serif', bold=True, align='left', after=0.08),
        ps('M', size=15, font='DejaVu Serif', bold=True, color='#1d4e89', align='left', after=0.04),
        ps('D', size=11, font='DejaVu Serif', align='left', after=0.2),
        ps('TH', size=9, font='Liberation Sans', bold=True, color='#ffffff', align='left', after=0),
        ps('TD', size=10, font='Liberation Sans', align='left', after=0),
        ps('TDR', size=10, font='Liberation Sans', align='right', after=0),
        ps('TT', size=10.5, font='Liberation Sans', bold=True, align='right', after=0),
        ps('X', size=9, font='Liberation Sans', align='left', color='#333333', before=0.2, after=0.04),
        ps('Sig', size=10, font='Liberation Sans', align='left', before=0.45, after=0),
        ps('SigI', size=9, font='Liberation Sans', italic=True, align='left', after=0),
        tbl_styles('T', 6.9, [0.9, 4.9, 1.1], cell_border='0.5pt solid #9fb3c8', cell_pad='0.05in'),
        '<style:style style:name="T.h" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:background-color="#1d4e89" fo:border="0.5pt solid #1d4e89"/></style:style>',
    ])
    sessions = [('08:30', 'Quality Control Program Design for Small Laboratories', '1.0'),
                ('10:00', 'Carbapenemase Detection: Phenotypic and Molecular Methods', '1.5'),
                ('13:00', 'Point-of-Care Glucose Meters in Critical Care: Where Do We Stand?', '1.0'),
                ('14:15', 'Leadership Orientation for New Laboratory Supervisors', '2.0')]
    rows = [[(P('TH', 'Time'), 1, 'T.h'), (P('TH', 'Session attended'), 1, 'T.h'), (P('TH', 'Contact hours'), 1, 'T.h')]]
    rows += [[P('TD', a), P('TD', b), P('TDR', c)] for a, b, c in sessions]
    rows += [[('' + P('TT', 'Total P.A.C.E.® contact hours'), 2), P('TT', '5.5')]]
    body = ''.join([
        P('O', 'Sierra Nevada Society for Medical Laboratory Science'),
        P('O2', 'SNSMLS · A constituent society of ASCLS Region IX'),
        P('H', 'Certificate of Attendance'),
        P('B', 'This certificate is awarded to'),
        P('N', 'Bethany Ruiz-Kowalczyk, MLS(ASCP)CM, CLS'),
        P('B', 'for attending the'),
        P('M', '2025 Fall Clinical Laboratory Seminar'),
        P('D', 'Saturday, October 18, 2025 · Sierra Pines Conference Center, Reno, Nevada'),
        odf_table('T', 3, rows),
        P('X', 'P.A.C.E.® Program #: 603-207-25   ·   Member ID: SNS-2219   ·   California CLS license no. on file: CLS 98812'),
        P('X', 'The Sierra Nevada Society for Medical Laboratory Science is approved as a provider of continuing education programs in the clinical '
               'laboratory sciences by the ASCLS P.A.C.E.® Program. Attendance was verified by session sign-in.'),
        P('Sig', 'Delphine Moreau-Kagawa, MS, MLS(ASCP)'),
        P('SigI', 'SNSMLS Education Chair · signed October 20, 2025'),
    ])
    fodt('t20', lay, st, body)
    return gold('t20', 'state_society', 'libreoffice-fodt', ['portrait', 'left_aligned', 'session_table', 'signature_block'],
                'Seminar attendance; title is the seminar name, not any session in the table (one session contains "Orientation", another "Program"). Total 5.5 is the credit. Member ID, license no. and signature date are distractors.',
                'Bethany Ruiz-Kowalczyk',
                '2025 Fall Clinical Laboratory Seminar',
                '2025-10-18', 5.5, 'contact hour',
                ['Sierra Nevada Society for Medical Laboratory Science', 'SNSMLS'], '603-207-25')


@cert
def t30():
    lay = page_layout(8.5, 11, (0.7, 0.7, 0.85, 0.85))
    st = ''.join([
        ps('H1', size=18, font='Liberation Serif', bold=True, color='#4a2c0b', after=0.0),
        ps('H2', size=11, font='Liberation Serif', italic=True, color='#4a2c0b', after=0.35),
        ps('H3', size=20, font='Liberation Sans', upper=True, spacing='0.03in', after=0.08),
        ps('H4', size=10, font='Liberation Sans', color='#777777', after=0.3),
        ps('K', size=10, font='Liberation Sans', bold=True, align='left', color='#4a2c0b', after=0),
        ps('V', size=11.5, font='Liberation Serif', align='left', after=0),
        ps('VB', size=14, font='Liberation Serif', bold=True, align='left', after=0),
        ps('X', size=9, font='Liberation Sans', align='justify', color='#333333', before=0.25, after=0.05),
        ps('S', size=10, font='Liberation Sans', align='left', before=0.0, after=0),
        ps('SI', size=9, font='Liberation Sans', italic=True, align='left', after=0),
        tbl_styles('F', 6.8, [2.0, 4.8], cell_border='0.75pt solid #8c6d46', cell_pad='0.06in'),
        '<style:style style:name="F.k" style:family="table-cell"><style:table-cell-properties fo:padding="0.06in" fo:background-color="#f3ece2" fo:border="0.75pt solid #8c6d46"/></style:style>',
        tbl_styles('G', 6.8, [3.4, 3.4], cell_border='none', cell_pad='0.05in'),
        '<style:style style:name="G.top" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:border-top="0.75pt solid #000000" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"/></style:style>',
    ])
    kv = [('Employee', P('VB', 'Vikram S. Raghunathan, MT(ASCP)SBB')),
          ('Employee No.', P('V', 'E-30981')),
          ('Course', P('V', 'Annual Transfusion Service Competency and Safety Update: Massive Transfusion Protocol Activation and Emergency Release')),
          ('Course ID', P('V', 'TS-COMP-25')),
          ('Completion Date', P('V', '12/02/2025')),
          ('Next Competency Due', P('V', '12/31/2026')),
          ('CE Hours', P('V', '2.0')),
          ('Assessment', P('V', 'Written quiz 100% · direct observation satisfactory'))]
    rows = [[(P('K', k), 1, 'F.k'), v] for k, v in kv]
    body = ''.join([
        P('H1', 'Cedar Valley Medical Center'),
        P('H2', 'Laboratory Services · Transfusion Service'),
        P('H3', 'Record of Continuing Education'),
        P('H4', 'Competency assessment and in-service credit'),
        odf_table('F', 2, rows),
        P('X', 'Issued by Cedar Valley Medical Center, Laboratory Services. This in-service was planned and presented by the Transfusion Service '
               'education team and provides 2.0 CE hours toward state clinical laboratory license renewal. Documentation is retained in the employee '
               'competency file for the current and previous two inspection cycles.'),
        P('S', ' '),
        odf_table('G', 2, [[(P('S', 'Naomi Fairbanks-Ito, MLS(ASCP)SBB') + P('SI', 'Transfusion Service Supervisor'), 1, 'G.top'),
                            (P('S', 'Julian Obradovic, MD') + P('SI', 'Medical Director, Transfusion Medicine'), 1, 'G.top')]]),
    ])
    fodt('t30', lay, st, body)
    return gold('t30', 'hospital_inservice', 'libreoffice-fodt', ['portrait', 'two_column_label_value_table', 'signature_block'],
                'Competency record; title contains "Safety". Next competency due date and employee no. are distractors. Subtitle "Transfusion Service" is a section of Laboratory Services; issuing office printed as "Cedar Valley Medical Center, Laboratory Services".',
                'Vikram S. Raghunathan',
                'Annual Transfusion Service Competency and Safety Update: Massive Transfusion Protocol Activation and Emergency Release',
                '2025-12-02', 2.0, 'CE hour',
                ['Cedar Valley Medical Center', 'Cedar Valley Medical Center, Laboratory Services'], 'TS-COMP-25')


@cert
def t15():
    lay = page_layout(11, 8.5, (0.6, 0.5, 0.8, 0.8), landscape=True)
    st = ''.join([
        ps('Top', size=11, font='DejaVu Sans', color='#00447c', align='left', after=0),
        ps('Org', size=20, font='DejaVu Sans', bold=True, color='#00447c', align='left', after=0.35),
        ps('H', size=28, font='DejaVu Serif', align='left', after=0.25),
        ps('B', size=12, font='DejaVu Serif', align='left', after=0.06),
        ps('N', size=22, font='DejaVu Serif', bold=True, align='left', after=0.2),
        ps('F', size=10, font='DejaVu Sans', bold=True, color='#c25e00', align='left', spacing='0.02in', after=0.02),
        ps('T', size=17, font='DejaVu Serif', bold=True, color='#00447c', align='left', after=0.3),
        ps('L', size=8.5, font='DejaVu Sans', color='#666666', align='left', after=0),
        ps('V', size=12, font='DejaVu Serif', align='left', after=0),
        ps('X', size=8.5, font='DejaVu Sans', color='#444444', align='left', before=0.35, after=0.04),
        tbl_styles('G', 9.4, [2.35, 2.35, 2.35, 2.35], cell_border='none', cell_pad='0.04in'),
        '<style:style style:name="G.l" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:border-bottom="0.5pt solid #00447c" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>',
    ])
    labels = ['Program ID', 'Date Completed', 'P.A.C.E.® Credit Awarded', 'Order No.']
    vals = ['CLSI-OD-EP15-24', '2 February 2026', '1.5 contact hours', '0045521-W']
    body = ''.join([
        P('Top', 'CLSI Education'),
        P('Org', 'Clinical and Laboratory Standards Institute (CLSI)'),
        P('H', 'Certificate of Completion'),
        P('B', 'This certificate is presented to'),
        P('N', 'Hye-jin Park, MB(ASCP)'),
        P('B', 'in recognition of completing'),
        P('F', 'ON-DEMAND WEBINAR'),
        P('T', 'Verification of Performance for Precision and Trueness: Applying EP15 in Your Laboratory'),
        odf_table('G', 4, [[(P('L', x), 1, 'G.l') for x in labels], [P('V', x) for x in vals]]),
        P('X', 'The Clinical and Laboratory Standards Institute is approved as a provider of continuing education programs in the clinical laboratory '
               'sciences by the ASCLS P.A.C.E.® Program. Webinar recording originally broadcast 14 November 2024; on-demand access expires 31 December 2026.'),
        P('X', 'Anneliese Dubrow, Vice President, Standards and Education'),
    ])
    odt('t15', lay, st, body)
    return gold('t15', 'clsi', 'libreoffice-odt', ['landscape', 'left_aligned', 'labels_above_values_table', 'format_line'],
                'ON-DEMAND WEBINAR format line above title (not title). Original broadcast date and access-expiry date are distractors, as is Order No. Document standard "EP15" inside the title.',
                'Hye-jin Park',
                'Verification of Performance for Precision and Trueness: Applying EP15 in Your Laboratory',
                '2026-02-02', 1.5, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'CLSI-OD-EP15-24')


@cert
def t25():
    lay = page_layout(8.5, 11, (0.6, 0.6, 0.75, 0.75), border='3pt solid #8b1a1a', padding='0.35in')
    st = ''.join([
        ps('Logo', size=44, font='Liberation Sans', bold=True, color='#8b1a1a', after=0.0),
        ps('Ev', size=15, font='Liberation Sans', color='#8b1a1a', after=0.0),
        ps('Evd', size=11, font='Liberation Sans', color='#555555', after=0.45),
        ps('H', size=26, font='P052', after=0.12),
        ps('L', size=12, font='P052', italic=True, after=0.08),
        ps('N', size=23, font='P052', bold=True, after=0.3),
        ps('K', size=10, font='Liberation Sans', bold=True, align='left', after=0),
        ps('V', size=11, font='Liberation Sans', align='right', after=0),
        ps('VB', size=12, font='Liberation Sans', bold=True, align='right', after=0),
        ps('X', size=8.5, font='Liberation Sans', align='justify', color='#444444', before=0.3, after=0.05),
        ps('S', size=18, font='Z003', color='#2b2b55', before=0.3, after=0),
        ps('SN', size=9.5, font='Liberation Sans', after=0),
        tbl_styles('C', 5.2, [3.6, 1.6], cell_border='none', cell_pad='0.05in'),
        '<style:style style:name="C.b" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:border-bottom="0.5pt solid #bbbbbb" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>',
    ])
    kv = [('Event Code', P('V', 'TSS25')),
          ('Sessions attended', P('V', '11')),
          ('Maximum contact hours available', P('V', '22.5')),
          ('P.A.C.E.® contact hours claimed', P('VB', '14.25')),
          ('Registration No.', P('V', 'A25-117730'))]
    body = ''.join([
        P('Logo', 'AABB'),
        P('Ev', 'AABB Transfusion Safety Summit 2025'),
        P('Evd', 'October 25–28, 2025 · Hynes Convention Center, Boston, Massachusetts'),
        P('H', 'Continuing Education Certificate'),
        P('L', 'This is to certify that'),
        P('N', 'Olusegun F. Bakare-Lindgren, MLS(ASCP)CM SBB'),
        P('L', 'attended the summit and claimed the following continuing education credit:'),
        odf_table('C', 2, [[(P('K', k), 1, 'C.b'), (v, 1, 'C.b')] for k, v in kv]),
        P('X', 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. '
               'Credit was self-reported by the attendee through the summit evaluation portal, which closed December 15, 2025. Certificate generated December 2, 2025.'),
        P('S', 'Marguerite Lanphier'),
        P('SN', 'Marguerite Lanphier, MT(ASCP)SBB, Senior Director, Education'),
    ])
    odt('t25', lay, st, body)
    return gold('t25', 'aabb', 'libreoffice-odt', ['portrait', 'centred_award', 'page_border', 'label_value_table', 'claimed_vs_max', 'signature_block'],
                'Meeting attendance; title = meeting name printed near the top. Range Oct 25-28 -> last day. Claimed 14.25 vs maximum 22.5; sessions count 11. Portal closing date, generated date and registration no. are distractors.',
                'Olusegun F. Bakare-Lindgren',
                'AABB Transfusion Safety Summit 2025',
                '2025-10-28', 14.25, 'contact hour', ['AABB'], 'TSS25')


# =====================================================================================
#                                     REPORTLAB
# =====================================================================================
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import letter, landscape as rl_landscape
from reportlab.lib.colors import HexColor, white, black
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY


def rl_para(c, text, x, y_top, w, style):
    p = Paragraph(text, style)
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, y_top - h)
    return y_top - h


@cert
def t06():
    out = os.path.join(ROOT, 't06.pdf')
    W, H = letter
    c = rl_canvas.Canvas(out, pagesize=letter)
    c.setTitle('Certificate of Completion - MediaLab')
    c.setAuthor('MediaLab, Inc.')
    purple = HexColor('#3b2667')
    c.setFillColor(purple); c.rect(0, H - 100, W, 100, fill=1, stroke=0)
    c.setFillColor(white); c.setFont('Helvetica-Bold', 30); c.drawString(54, H - 62, 'MediaLab')
    c.setFont('Helvetica', 10); c.drawRightString(W - 54, H - 55, 'Compliance Training & Continuing Education')
    c.drawRightString(W - 54, H - 69, 'for Laboratory Professionals')
    c.setFillColor(HexColor('#e2b53e')); c.rect(0, H - 106, W, 6, fill=1, stroke=0)
    c.setFillColor(black)
    t = c.beginText(); t.setFont('Helvetica-Bold', 20); t.setCharSpace(3)
    s = 'CERTIFICATE OF COMPLETION'
    from reportlab.pdfbase.pdfmetrics import stringWidth
    tw = stringWidth(s, 'Helvetica-Bold', 20) + 3 * (len(s) - 1)
    t.setTextOrigin((W - tw) / 2, H - 175); t.textOut(s); t.setCharSpace(0); c.drawText(t)
    c.setFont('Times-Italic', 13); c.drawCentredString(W / 2, H - 220, 'Awarded to')
    c.setFont('Times-Bold', 24); c.drawCentredString(W / 2, H - 255, 'Keisha-Lynn Abernathy-Moore, MLS(ASCP)CM')
    c.setStrokeColor(HexColor('#e2b53e')); c.setLineWidth(1.2); c.line(110, H - 265, W - 110, H - 265)
    c.setFont('Times-Italic', 13); c.drawCentredString(W / 2, H - 292, 'for successful completion of the course')
    st = ParagraphStyle('t', fontName='Times-Bold', fontSize=18, leading=23, alignment=TA_CENTER, textColor=purple)
    y = rl_para(c, 'Annual Compliance Orientation: Bloodborne Pathogens, Exposure Control, and Hand Hygiene', 95, H - 310, W - 190, st)
    y -= 40
    rows = [('Course ID:', 'ML-BBP-2026'), ('Completion Date:', 'January 22, 2026'), ('Credit:', '1.0 contact hour (P.A.C.E.®)'),
            ('Organization:', 'Lakemont Community Hospital Laboratory'), ('Valid Through:', 'January 22, 2027')]
    for k, v in rows:
        c.setFont('Helvetica-Bold', 11); c.drawRightString(250, y, k)
        c.setFont('Helvetica', 11); c.drawString(262, y, v)
        y -= 20
    y -= 30
    st2 = ParagraphStyle('s', fontName='Helvetica', fontSize=9.5, leading=13, alignment=TA_JUSTIFY, textColor=HexColor('#333333'))
    y = rl_para(c, 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
                   'P.A.C.E.® Program. This course satisfies the annual OSHA Bloodborne Pathogens Standard training requirement; '
                   'the “Valid Through” date applies to the compliance requirement only.', 72, y, W - 144, st2)
    # seal
    cx, cy = W - 150, 150
    c.setStrokeColor(purple); c.setLineWidth(3); c.circle(cx, cy, 52); c.setLineWidth(1); c.circle(cx, cy, 45)
    c.setFillColor(purple); c.setFont('Helvetica-Bold', 11); c.drawCentredString(cx, cy + 4, 'COMPLIANCE')
    c.setFont('Helvetica', 8); c.drawCentredString(cx, cy - 10, 'VERIFIED')
    c.setFillColor(black)
    c.setFont('Helvetica', 8); c.setFillColor(HexColor('#666666'))
    c.drawString(72, 60, 'Certificate ID: 6F2K-88QW-1P   ·   Generated electronically; valid without signature.')
    c.showPage(); c.save()
    return gold('t06', 'medialab', 'reportlab', ['portrait', 'header_band', 'centred_award', 'two_column_label_value', 'seal', 'letter_spaced_heading'],
                'Title contains "Orientation"; "Valid Through" expiry date and Organization (subscriber hospital) are distractors; certificate ID distractor. No signature.',
                'Keisha-Lynn Abernathy-Moore',
                'Annual Compliance Orientation: Bloodborne Pathogens, Exposure Control, and Hand Hygiene',
                '2026-01-22', 1.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-BBP-2026')


@cert
def t16():
    rl_fonts()
    out = os.path.join(ROOT, 't16.pdf')
    W, H = rl_landscape(letter)
    c = rl_canvas.Canvas(out, pagesize=(W, H))
    c.setTitle('ASM certificate of attendance')
    teal = HexColor('#0e5a6b')
    c.setStrokeColor(teal); c.setLineWidth(5); c.rect(24, 24, W - 48, H - 48)
    c.setLineWidth(1); c.rect(34, 34, W - 68, H - 68)
    c.setFillColor(teal); c.setFont('DejaVuSans-Bold', 34); c.drawString(70, H - 100, 'ASM')
    c.setFont('DejaVuSans', 12); c.drawString(70, H - 120, 'American Society for Microbiology')
    c.setFont('DejaVuSans', 9); c.setFillColor(HexColor('#555555'))
    c.drawRightString(W - 70, H - 90, 'Registration ID: ASM25-118304')
    c.drawRightString(W - 70, H - 104, 'Event No.: CPHM-25')
    c.setFillColor(black)
    c.setFont('DejaVuSerif', 30); c.drawCentredString(W / 2, H - 175, 'Certificate of Attendance')
    c.setFont('DejaVuSerif-Italic', 12.5); c.drawCentredString(W / 2, H - 208, 'This is to certify that')
    c.setFont('DejaVuSerif-Bold', 24); c.drawCentredString(W / 2, H - 242, 'Fernando A. Castillo-Ibarra, PhD, D(ABMM)')
    c.setFont('DejaVuSerif-Italic', 12.5); c.drawCentredString(W / 2, H - 272, 'attended the')
    c.setFillColor(teal); c.setFont('DejaVuSerif-Bold', 19)
    c.drawCentredString(W / 2, H - 302, 'ASM Clinical and Public Health Microbiology Summit 2025')
    c.setFillColor(black); c.setFont('DejaVuSerif', 12)
    c.drawCentredString(W / 2, H - 325, 'October 6–8, 2025  ·  Baltimore, Maryland')
    c.setFont('DejaVuSans', 12)
    c.drawCentredString(W / 2, H - 362, 'Contact hours claimed: 15.5   (maximum available: 18.0)')
    st = ParagraphStyle('s', fontName='DejaVuSans', fontSize=8.5, leading=11.5, alignment=TA_CENTER, textColor=HexColor('#444444'))
    rl_para(c, 'The American Society for Microbiology is approved as a provider of continuing education programs in the clinical laboratory sciences '
               'by the ASCLS P.A.C.E.® Program. Contact hours were claimed by the attendee in the online evaluation. ASM is not accredited to award '
               'AMA PRA Category 1 Credit™ for this event.', 110, 175, W - 220, st)
    # signature
    c.setFont('DejaVuSerif-Italic', 15); c.setFillColor(HexColor('#23395d')); c.drawCentredString(W - 210, 108, 'Gabriela Thorsen-Mbeki')
    c.setFillColor(black); c.line(W - 320, 100, W - 100, 100)
    c.setFont('DejaVuSans', 9); c.drawCentredString(W - 210, 88, 'Gabriela Thorsen-Mbeki, PhD, Program Committee Chair')
    # seal
    cx, cy = 180, 100
    c.setStrokeColor(teal); c.setLineWidth(2.5); c.circle(cx, cy, 42); c.setLineWidth(.8); c.circle(cx, cy, 36)
    c.setFillColor(teal); c.setFont('DejaVuSans-Bold', 14); c.drawCentredString(cx, cy + 2, 'ASM')
    c.setFont('DejaVuSans', 6.5); c.drawCentredString(cx, cy - 11, 'CONTINUING EDUCATION')
    c.showPage(); c.save()
    return gold('t16', 'asm', 'reportlab', ['landscape', 'centred_award', 'double_border', 'seal', 'signature_block', 'claimed_vs_max'],
                'Meeting attendance; title = meeting name. Range Oct 6-8 -> last day. Claimed 15.5 of 18.0 max. Registration ID distractor; Event No. is the activity id. Credentials PhD, D(ABMM) stripped.',
                'Fernando A. Castillo-Ibarra',
                'ASM Clinical and Public Health Microbiology Summit 2025',
                '2025-10-08', 15.5, 'contact hour', ['American Society for Microbiology', 'ASM'], 'CPHM-25')


@cert
def t21():
    form = os.path.join(SRC, 't21_form.pdf')
    W, H = letter
    c = rl_canvas.Canvas(form, pagesize=letter)
    c.setTitle('PPTMS CE certificate (fillable)')
    navy = HexColor('#243c5a')
    c.setStrokeColor(navy); c.setLineWidth(2); c.rect(36, 36, W - 72, H - 72)
    c.setFillColor(navy); c.setFont('Helvetica-Bold', 17); c.drawCentredString(W / 2, H - 90, 'Prairie-Plains Transfusion Medicine Society')
    c.setFont('Helvetica', 10.5); c.drawCentredString(W / 2, H - 107, 'PPTMS · Serving blood bank and transfusion service professionals since 1979')
    c.setFont('Times-Roman', 28); c.setFillColor(black); c.drawCentredString(W / 2, H - 165, 'Continuing Education Certificate')
    c.setFont('Times-Italic', 11.5)
    c.drawCentredString(W / 2, H - 190, 'Complete all fields. Certificates with missing fields are not valid.')
    labels = [('Participant name', H - 245), ('Program title', H - 300), ('Program #', H - 390), ('Date of program', H - 425),
              ('Contact hours awarded', H - 460), ('Location', H - 495)]
    c.setFont('Helvetica-Bold', 10)
    for lab, y in labels:
        c.drawString(72, y, lab)
    af = c.acroForm
    def tf(name, value, y, h=20, w=330, flags='readOnly'):
        af.textfield(name=name, value=value, x=220, y=y - 6, width=w, height=h, fontName='Helvetica', fontSize=11.5,
                     borderWidth=0, borderColor=None, fillColor=None, textColor=black, fieldFlags=flags, forceBorder=False)
        c.setStrokeColor(HexColor('#999999')); c.setLineWidth(.5); c.line(220, y - 7, 220 + w, y - 7)
    tf('participant', 'Ingrid S. Halloran-Beck, MLS(ASCP)SBB', H - 245)
    tf('title1', 'Antibody Identification Workshop: Warm Autoantibodies,', H - 300)
    tf('title2', 'Adsorption Techniques, and Selecting Compatible Units', H - 322)
    tf('program_no', 'PPTMS-26-02', H - 390)
    tf('date', 'March 20, 2026', H - 425)
    tf('hours', '4.0', H - 460)
    tf('location', 'Wichita Regional Blood Center, Training Room A', H - 495)
    st = ParagraphStyle('s', fontName='Helvetica', fontSize=9, leading=12.5, alignment=TA_JUSTIFY, textColor=HexColor('#333333'))
    rl_para(c, 'The Prairie-Plains Transfusion Medicine Society is approved as a provider of continuing education programs in the clinical laboratory '
               'sciences by the ASCLS P.A.C.E.® Program. One contact hour equals 50–60 minutes of instruction. This workshop includes a hands-on '
               'wet laboratory component (adsorption and elution).', 72, H - 530, W - 144, st)
    c.setFont('Helvetica', 10); c.setFillColor(black)
    c.line(72, 150, 300, 150); c.drawString(72, 136, 'Workshop Coordinator: Arvid Lindahl, MT(ASCP)SBB')
    c.line(330, 150, 540, 150); c.drawString(330, 136, 'Signed: 03/24/2026')
    c.setFont('Helvetica', 8); c.setFillColor(HexColor('#666666'))
    c.drawString(72, 70, 'Form PPTMS-CE-3 (rev. 01/2025)')
    c.showPage(); c.save()
    out = os.path.join(ROOT, 't21.pdf')
    r = subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', form, out], capture_output=True, text=True)
    if r.returncode not in (0, 3):
        raise RuntimeError(r.stderr)
    return gold('t21', 'regional_society', 'reportlab-acroform+qpdf', ['portrait', 'form_fields_flattened', 'two_column_label_value', 'border', 'signature_line'],
                'AcroForm text fields flattened with qpdf; title split across two single-line fields. Form number/revision and signed date are distractors; "since 1979" distractor year.',
                'Ingrid S. Halloran-Beck',
                'Antibody Identification Workshop: Warm Autoantibodies, Adsorption Techniques, and Selecting Compatible Units',
                '2026-03-20', 4.0, 'contact hour',
                ['Prairie-Plains Transfusion Medicine Society', 'PPTMS'], 'PPTMS-26-02')


# =====================================================================================
#                                     FPDF / TCPDF (PHP)
# =====================================================================================
FPDF_HEAD = r'''<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
'''


@cert
def t10():
    code = FPDF_HEAD + r'''
$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetTitle('Quantiva training certificate');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetDrawColor(0, 84, 147); $pdf->SetLineWidth(4); $pdf->Rect(22, 22, $W - 44, $H - 44);
$pdf->SetLineWidth(1); $pdf->Rect(32, 32, $W - 64, $H - 64);
$pdf->SetFillColor(0, 84, 147); $pdf->Rect(32, 32, 14, $H - 64, 'F');
$pdf->SetTextColor(0, 84, 147);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetXY(70, 52); $pdf->Cell(300, 30, 'QUANTIVA', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(70, 82); $pdf->Cell(300, 14, t('Quantiva Diagnostics, Inc. · Customer Education Center'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(470, 56); $pdf->Cell(270, 13, 'Registration No.: 77301', 0, 2, 'R');
$pdf->Cell(270, 13, 'Instrument Serial No.: Q45-220918', 0, 2, 'R');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', '', 32); $pdf->SetXY(60, 130); $pdf->Cell($W - 120, 36, 'Certificate of Training', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(60); $pdf->Cell($W - 120, 24, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24); $pdf->SetX(60); $pdf->Cell($W - 120, 32, 'Wojciech J. Nowakowski', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(60); $pdf->Cell($W - 120, 24, 'has successfully completed the instructor-led course', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 17); $pdf->SetTextColor(0, 84, 147); $pdf->SetX(110);
$pdf->MultiCell($W - 220, 21, 'Q-Series 4500 Chemistry Analyzer Key Operator Training: Calibration, Quality Control, and Preventive Maintenance', 0, 'C');
$pdf->SetTextColor(20, 20, 20);
$y = $pdf->GetY() + 18;
$rows = array(array('Course Code:', 'QS45-KOT-201'), array('Training Dates:', t('February 2–4, 2026')),
              array('Location:', 'Quantiva Training Center, Raleigh, North Carolina'), array('Contact Hours:', t('14.0 (ASCLS P.A.C.E.®)')));
foreach ($rows as $r) {
  $pdf->SetXY(200, $y); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(130, 17, $r[0], 0, 0, 'R');
  $pdf->SetFont('Helvetica', '', 11); $pdf->Cell(300, 17, '  ' . $r[1], 0, 0, 'L');
  $y += 18;
}
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(80, $y + 16);
$pdf->MultiCell($W - 160, 11, t('Issued by Quantiva Diagnostics, Inc., Customer Education Center. Quantiva Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course qualifies the attendee as a key operator for the Q-Series 4500 platform; key operator status must be renewed every 24 months.'), 0, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.6);
$pdf->Line(90, 520, 330, 520); $pdf->Line(462, 520, 702, 520);
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetXY(90, 524); $pdf->Cell(240, 12, 'Alana Fairweather, MT(ASCP)', 0, 2, 'C'); $pdf->Cell(240, 12, 'Senior Applications Specialist, Trainer', 0, 0, 'C');
$pdf->SetXY(462, 524); $pdf->Cell(240, 12, 'Desmond Achebe-Price', 0, 2, 'C'); $pdf->Cell(240, 12, 'Manager, Customer Education Center', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(60, 562); $pdf->Cell($W - 120, 10, 'Issued February 6, 2026  ·  Certificate QD-CE-26-00318', 0, 0, 'C');
$pdf->Output('F', '@@OUT@@');
'''
    php('t10', code)
    return gold('t10', 'vendor_training', 'fpdf', ['landscape', 'border', 'centred_award', 'two_column_label_value', 'two_signatures'],
                'Vendor key-operator training over three days (Feb 2-4 -> last day). Instrument serial no., registration no., certificate no. and issue date are distractors; 24-month renewal mention. Long title wraps to two lines.',
                'Wojciech J. Nowakowski',
                'Q-Series 4500 Chemistry Analyzer Key Operator Training: Calibration, Quality Control, and Preventive Maintenance',
                '2026-02-04', 14.0, 'contact hour',
                ['Quantiva Diagnostics, Inc.', 'Quantiva Diagnostics, Inc., Customer Education Center'], 'QS45-KOT-201')


@cert
def t28():
    code = FPDF_HEAD + r'''
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('OSCLP Spring Symposium session certificate');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = 612; $H = 792;
$pdf->SetFillColor(122, 31, 43); $pdf->Rect(0, 0, $W, 70, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 15);
$pdf->SetXY(40, 18); $pdf->Cell($W - 80, 18, 'Ozark Society for Clinical Laboratory Professionals', 0, 2, 'L');
$pdf->SetFont('Helvetica', '', 9.5); $pdf->Cell($W - 80, 14, 'OSCLP  |  Springfield, Missouri', 0, 0, 'L');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Courier', '', 9); $pdf->SetXY(40, 86); $pdf->Cell($W - 80, 12, 'Attendee Badge 0412  /  Printed 04/11/2026 16:52', 0, 0, 'R');
$pdf->SetFont('Times', 'B', 26); $pdf->SetXY(40, 130); $pdf->Cell($W - 80, 30, 'Session Attendance Certificate', 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetX(40); $pdf->Cell($W - 80, 26, 'Awarded to', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 20); $pdf->SetX(40); $pdf->Cell($W - 80, 30, 'CHARLOTTE M. DUBOIS-OKAFOR, MLS(ASCP)', 0, 1, 'C');
$pdf->Ln(16);
$pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(122, 31, 43); $pdf->SetX(40); $pdf->Cell($W - 80, 16, 'SPRING SYMPOSIUM', 0, 1, 'C');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Times', 'B', 17); $pdf->SetX(80);
$pdf->MultiCell($W - 160, 21, 'Pre-Analytical Errors in Blood Gas Analysis: Air Bubbles, Transport Delays, and Heparin Dilution', 0, 'C');
$pdf->Ln(22);
$rows = array(array('Session No.', '3B'), array('Session date', 'April 11, 2026'), array('Speaker', 'Dr. Hollis Kemper-Ward, Respiratory Diagnostics'),
              array('Symposium dates', t('April 10–11, 2026')), array('Contact hours', '1.0'), array('Member ID', 'OS-10872'));
$pdf->SetDrawColor(180, 160, 160);
foreach ($rows as $r) {
  $pdf->SetX(110); $pdf->SetFont('Helvetica', 'B', 10.5); $pdf->SetFillColor(246, 238, 238);
  $pdf->Cell(130, 22, ' ' . $r[0], 1, 0, 'L', true);
  $pdf->SetFont('Helvetica', '', 10.5); $pdf->Cell(262, 22, ' ' . $r[1], 1, 1, 'L');
}
$pdf->Ln(26);
$pdf->SetFont('Times', '', 10); $pdf->SetX(70);
$pdf->MultiCell($W - 140, 13, t('The Ozark Society for Clinical Laboratory Professionals is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This session provides 1.0 contact hour of basic-level credit. Attendance was confirmed by badge scan at session exit.'), 0, 'J');
$pdf->Ln(40);
$pdf->Line(70, $pdf->GetY(), 290, $pdf->GetY());
$pdf->SetFont('Helvetica', '', 9.5); $pdf->SetX(70); $pdf->Cell(220, 14, 'Lenora Vasquez-Hale, MS, MLS(ASCP)', 0, 2, 'L');
$pdf->Cell(220, 12, 'Symposium Chair', 0, 0, 'L');
$pdf->Output('F', '@@OUT@@');
'''
    php('t28', code)
    return gold('t28', 'state_society', 'fpdf', ['portrait', 'header_band', 'label_value_table', 'all_caps_name', 'format_line', 'signature_line'],
                'Name typed in capitals. "SPRING SYMPOSIUM" format line above the session title is not part of it. Session date equals the last symposium day. Badge number, printed timestamp, Member ID are distractors; speaker has a "Dr." honorific.',
                'CHARLOTTE M. DUBOIS-OKAFOR',
                'Pre-Analytical Errors in Blood Gas Analysis: Air Bubbles, Transport Delays, and Heparin Dilution',
                '2026-04-11', 1.0, 'contact hour',
                ['Ozark Society for Clinical Laboratory Professionals', 'OSCLP'], '3B')


TCPDF_HEAD = r'''<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
'''


@cert
def t12():
    code = TCPDF_HEAD + r'''
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(54, 50, 54); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('TCHD Public Health Laboratory training certificate');
$pdf->AddPage();
$html = <<<'EOT'
<table cellpadding="4" style="border-bottom:2px solid #2e7d32;">
<tr><td width="404"><span style="font-size:15pt;font-weight:bold;color:#2e7d32;">Tamarack County Health Department</span><br/><span style="font-size:11pt;color:#2e7d32;">Public Health Laboratory · Biosafety &amp; Training Unit</span></td>
<td width="100" align="right"><span style="font-size:24pt;font-weight:bold;color:#9ccc65;">TCHD</span></td></tr>
</table>
<p></p>
<h1 style="text-align:center;font-size:25pt;font-weight:normal;">Training Completion Certificate</h1>
<p style="text-align:center;font-size:12pt;">The Public Health Laboratory certifies that</p>
<p style="text-align:center;font-size:21pt;font-weight:bold;">Deandre L. Whitfield Sr., MB(ASCP)</p>
<p style="text-align:center;font-size:12pt;">has completed the initial/recurrent shipper training course</p>
<p style="text-align:center;font-size:15pt;font-weight:bold;color:#1b5e20;">Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B</p>
<p></p>
<table cellpadding="5" border="1" style="border-color:#a5c8a7;font-size:10.5pt;">
<tr><td width="170" style="background-color:#e8f5e9;"><b>Training ID</b></td><td width="334">PHL-SHIP-26-03</td></tr>
<tr><td style="background-color:#e8f5e9;"><b>Date of training</b></td><td>March 5, 2026</td></tr>
<tr><td style="background-color:#e8f5e9;"><b>Credit</b></td><td>3.0 P.A.C.E.® contact hours</td></tr>
<tr><td style="background-color:#e8f5e9;"><b>Shipper certification valid through</b></td><td>March 5, 2028 (recurrent training required every 24 months)</td></tr>
<tr><td style="background-color:#e8f5e9;"><b>Laboratory license no.</b></td><td>CLS-004117</td></tr>
</table>
<p></p>
<p style="font-size:8.5pt;color:#444444;text-align:justify;">Issued by Tamarack County Health Department, Public Health Laboratory. The Tamarack County Health Department is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Course content addresses 49 CFR Parts 171–180 and the current IATA Dangerous Goods Regulations.</p>
<p></p><p></p>
<table cellpadding="2" style="font-size:9.5pt;"><tr>
<td width="252" style="border-top:1px solid #000000;">Marguerite Ellison-Park, PhD, HCLD(ABB)<br/><i>Laboratory Director</i></td>
<td width="30"></td>
<td width="222" style="border-top:1px solid #000000;">Kwame Asante-Riley, MPH<br/><i>Training Coordinator · signed 03/06/2026</i></td>
</tr></table>
EOT;
$pdf->SetFont('dejavusans', '', 10);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output('@@OUT@@', 'F');
'''
    php('t12', code)
    return gold('t12', 'public_health_lab', 'tcpdf', ['portrait', 'html_table', 'two_column_label_value', 'signature_block'],
                'Suffix "Sr." before credential. Shipper certification expiry, laboratory license no., CFR part numbers and signed date are distractors.',
                'Deandre L. Whitfield Sr.',
                'Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B',
                '2026-03-05', 3.0, 'contact hour',
                ['Tamarack County Health Department', 'Tamarack County Health Department, Public Health Laboratory', 'TCHD'], 'PHL-SHIP-26-03')


@cert
def t19():
    code = TCPDF_HEAD + r'''
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('CAP Enduring Material certificate');
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetLineStyle(array('width' => 1.5, 'color' => array(11, 92, 142)));
$pdf->Rect(30, 30, $W - 60, $H - 60);
$pdf->SetLineStyle(array('width' => 0.5, 'color' => array(11, 92, 142)));
$pdf->Rect(38, 38, $W - 76, $H - 76);
// seal
$pdf->SetLineStyle(array('width' => 2, 'color' => array(176, 141, 60)));
$pdf->Circle(120, 118, 46);
$pdf->SetLineStyle(array('width' => 0.7, 'color' => array(176, 141, 60)));
$pdf->Circle(120, 118, 40);
$pdf->SetTextColor(11, 92, 142);
$pdf->SetFont('dejavuserif', 'B', 20); $pdf->SetXY(74, 102); $pdf->Cell(92, 22, 'CAP', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 6); $pdf->SetXY(74, 124); $pdf->Cell(92, 8, 'EST. 1946', 0, 0, 'C');
$pdf->SetFont('dejavusans', 'B', 15); $pdf->SetXY(190, 86); $pdf->Cell(500, 20, 'College of American Pathologists', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 9.5); $pdf->Cell(500, 14, 'Laboratory Accreditation Program · Inspector Education', 0, 0, 'L');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('dejavuserif', '', 28); $pdf->SetXY(60, 175); $pdf->Cell($W - 120, 34, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetX(60); $pdf->Cell($W - 120, 24, 'The College of American Pathologists recognizes', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetX(60); $pdf->Cell($W - 120, 32, 'Marcus J. Abernethy II, MLS(ASCP)CM', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetX(60); $pdf->Cell($W - 120, 22, 'for completing', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 9); $pdf->SetTextColor(176, 141, 60); $pdf->SetX(60); $pdf->Cell($W - 120, 16, 'Enduring Material', 0, 1, 'C');
$pdf->SetTextColor(11, 92, 142); $pdf->SetFont('dejavuserif', 'B', 16); $pdf->SetX(110);
$pdf->MultiCell($W - 220, 20, 'Inspector Training: Teamwork, Communication, and the Laboratory General Checklist', 0, 'C', false, 1);
$pdf->SetTextColor(25, 25, 25);
$pdf->Ln(10);
$pdf->SetFont('dejavusans', '', 10.5);
$cols = array(array('Activity No.', 'CAP-INS-0421'), array('Completion Date', '11/06/2025'), array('Credit Claimed', '1.25 CE hours'), array('Laboratory CAP No.', '7182935'));
$x = 96; $y = $pdf->GetY();
foreach ($cols as $c) {
  $pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(110, 110, 110); $pdf->SetXY($x, $y); $pdf->Cell(150, 12, strtoupper($c[0]), 0, 2, 'C');
  $pdf->SetFont('dejavusans', 'B', 11); $pdf->SetTextColor(25, 25, 25); $pdf->Cell(150, 16, $c[1], 0, 0, 'C');
  $x += 150;
}
$pdf->SetFont('dejavusans', '', 7.6); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(70, $y + 46);
$pdf->MultiCell($W - 140, 10, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The CAP designates this enduring material for a maximum of 1.25 AMA PRA Category 1 Credits™ for physicians and 1.25 CE hours for laboratory professionals. Completion also fulfills the CAP inspector training requirement for one inspection cycle.', 0, 'C', false, 1);
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetXY(470, 520); $pdf->Cell(250, 12, 'Priscilla N. Okonjo, MD, FCAP', 'T', 2, 'C'); $pdf->Cell(250, 12, 'Chair, Council on Accreditation Education', 0, 0, 'C');
$pdf->SetXY(70, 532); $pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(120, 120, 120); $pdf->Cell(300, 10, 'Printed 11/07/2025 · Transcript record 55120947', 0, 0, 'L');
$pdf->Output('@@OUT@@', 'F');
'''
    php('t19', code)
    return gold('t19', 'cap_joint', 'tcpdf', ['landscape', 'double_border', 'seal', 'labels_above_values', 'format_line', 'signature_block'],
                'Enduring Material format line above title. Label row printed in capitals via strtoupper. Laboratory CAP No. (lab accreditation number), transcript record and printed date are distractors; AMA PRA figure equals CE hours but unit is CE hour. Suffix II without dot.',
                'Marcus J. Abernethy II',
                'Inspector Training: Teamwork, Communication, and the Laboratory General Checklist',
                '2025-11-06', 1.25, 'CE hour', ['College of American Pathologists', 'CAP'], 'CAP-INS-0421')


# =====================================================================================
#                                     GHOSTSCRIPT (hand-written PostScript)
# =====================================================================================

@cert
def t14():
    W, H = 612, 792
    L = [PS_PROLOG, '%%Page: 1 1\n<< /PageSize [612 792] >> setpagedevice\n']
    L.append('0.45 0.10 0.12 setrgbcolor 3 setlinewidth 30 30 552 732 rectstroke 0.8 setlinewidth 38 38 536 716 rectstroke\n')
    L.append('/HB 40 F %s 306 690 C\n' % ps_str('AMT'))
    L.append('/HR 12 F %s 306 668 C\n' % ps_str('American Medical Technologists'))
    L.append('0 setgray /PR 27 F %s 306 600 C\n' % ps_str('Continuing Education Certificate'))
    L.append('/PI 13 F %s 306 560 C\n' % ps_str('This certificate is awarded to'))
    L.append('/PB 22 F %s 306 526 C\n' % ps_str('Lorraine B. Fitzgerald-Nakamura, RMT'))
    L.append('/PI 13 F %s 306 492 C\n' % ps_str('for successfully completing the course'))
    L.append('0.45 0.10 0.12 setrgbcolor /HB 10 F %s 306 462 C 0 setgray\n' % ps_str('SELF-STUDY'))
    title = '"Phlebotomy Order of Draw and Additive Carryover: A Practical Review"'
    y = 438
    for line in wrap_ps(title, 'Times-Bold', 19, 440):
        L.append('/PB 19 F %s 306 %d C\n' % (ps_str(line), y)); y -= 24
    y -= 18
    rows = [('Course No.:', 'STEP-4471'), ('Completion Date:', '12/03/2025'), ('CE Hours:', '1.5'), ('AMT Member ID:', '2209715')]
    for k, v in rows:
        L.append('/HB 11 F %s 290 %d R /HR 11 F %s 300 %d L\n' % (ps_str(k), y, ps_str(v), y)); y -= 17
    y -= 20
    stmt = ('American Medical Technologists (AMT) is approved as a provider of continuing education programs in the clinical laboratory '
            'sciences by the ASCLS P.A.C.E.\u00ae Program. CE hours may be applied to the AMT Certification Continuation Program.')
    for line in wrap_ps(stmt, 'Helvetica', 8.5, 470):
        L.append('0.25 setgray /HR 8.5 F %s 306 %d C\n' % (ps_str(line), y)); y -= 11
    L.append('0 setgray /ZC 20 F %s 410 150 C\n' % ps_str('Delores K. Brannigan'))
    L.append('0.6 setlinewidth 300 140 moveto 520 140 lineto stroke\n')
    L.append('/HR 9 F %s 410 127 C %s 410 115 C\n' % (ps_str('Delores K. Brannigan, MT(AMT)'), ps_str('Director of Education')))
    L.append('0.45 0.10 0.12 setrgbcolor 2 setlinewidth newpath 150 140 40 0 360 arc closepath stroke 0.7 setlinewidth newpath 150 140 34 0 360 arc closepath stroke\n')
    L.append('/HB 15 F %s 150 136 C /HR 6 F %s 150 124 C\n' % (ps_str('AMT'), ps_str('SINCE 1939')))
    L.append('0.4 setgray /HR 7.5 F %s 306 60 C\n' % ps_str('Certificate printed 12/04/2025  -  Record 0912-7731'))
    L.append('showpage\n%%EOF\n')
    ghostscript('t14', ''.join(L))
    return gold('t14', 'amt', 'ghostscript', ['portrait', 'double_border', 'centred_award', 'seal', 'two_column_label_value', 'format_line', 'quoted_title', 'signature_block'],
                'Title in straight double quotes; SELF-STUDY format line. Member ID, record number, printed date and "SINCE 1939" are distractors. Credential RMT stripped.',
                'Lorraine B. Fitzgerald-Nakamura',
                'Phlebotomy Order of Draw and Additive Carryover: A Practical Review',
                '2025-12-03', 1.5, 'CE hour', ['American Medical Technologists', 'AMT'], 'STEP-4471')


@cert
def t23():
    W, H = 792, 612
    L = [PS_PROLOG, '%%Page: 1 1\n<< /PageSize [792 612] >> setpagedevice\n']
    # left colour panel
    L.append('0.05 0.27 0.33 setrgbcolor 0 0 230 612 rectfill\n')
    L.append('1 setgray /HB 24 F %s 115 530 C\n' % ps_str('HELIXPOINT'))
    L.append('/HR 9.5 F %s 115 512 C %s 115 499 C\n' % (ps_str('Molecular Diagnostics'), ps_str('Customer Education')))
    L.append('1 setgray 1.5 setlinewidth newpath 115 380 50 0 360 arc closepath stroke /HB 13 F %s 115 384 C /HR 7 F %s 115 370 C\n' % (ps_str('eCast'), ps_str('VERIFIED ATTENDANCE')))
    L.append('/HR 8 F %s 115 120 C %s 115 108 C %s 115 96 C\n' % (ps_str('Customer account 55-21870'), ps_str('Polling responses: 4 of 4'), ps_str('Printed 09/18/2025')))
    L.append('0.1 setgray /TR 30 F %s 270 520 L\n' % ps_str('Certificate of Attendance'))
    L.append('/TI 13 F %s 270 482 L\n' % ps_str('This is to certify that'))
    L.append('/TB 23 F %s 270 450 L\n' % ps_str('Rhiannon K. Beaumont-Salas, MLS(ASCP)CM'))
    L.append('/TI 13 F %s 270 420 L\n' % ps_str('attended the live educational broadcast'))
    L.append('0.05 0.27 0.33 setrgbcolor /HB 10 F %s 270 392 L\n' % ps_str('eCast'))
    y = 370
    for line in wrap_ps('Multiplex Respiratory Pathogen Panel: Result Interpretation, Co-Detections, and Reporting', 'Times-Bold', 19, 460):
        L.append('/TB 19 F %s 270 %d L\n' % (ps_str(line), y)); y -= 24
    L.append('0.1 setgray\n')
    y -= 14
    for k, v in [('Webinar ID', 'HX-EC-0925'), ('Broadcast date', 'September 16, 2025'), ('Contact hours', '1.0 (P.A.C.E.\u00ae)')]:
        L.append('/HB 10.5 F %s 270 %d L /HR 10.5 F %s 390 %d L\n' % (ps_str(k), y, ps_str(v), y)); y -= 16
    y -= 16
    stmt = ('Helixpoint Molecular, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
            'ASCLS P.A.C.E.\u00ae Program. This product-focused activity was reviewed to ensure balanced, evidence-based content.')
    for line in wrap_ps(stmt, 'Helvetica', 8.5, 470):
        L.append('0.3 setgray /HR 8.5 F %s 270 %d L\n' % (ps_str(line), y)); y -= 11
    L.append('0 setgray /ZC 18 F %s 270 110 L 0.6 setlinewidth 270 104 moveto 480 104 lineto stroke\n' % ps_str('Tamsin Okereke'))
    L.append('/HR 9 F %s 270 92 L %s 270 80 L\n' % (ps_str('Tamsin Okereke, PhD, Scientific Affairs Manager'), ps_str('Helixpoint Molecular, Inc.')))
    L.append('showpage\n%%EOF\n')
    ghostscript('t23', ''.join(L))
    return gold('t23', 'vendor_training', 'ghostscript', ['landscape', 'side_panel', 'left_aligned', 'seal', 'two_column_label_value', 'format_line', 'signature_block'],
                'Vendor eCast; "eCast" appears on its own line above the title and in the seal. Customer account, polling responses and printed date are distractors.',
                'Rhiannon K. Beaumont-Salas',
                'Multiplex Respiratory Pathogen Panel: Result Interpretation, Co-Detections, and Reporting',
                '2025-09-16', 1.0, 'contact hour', ['Helixpoint Molecular, Inc.'], 'HX-EC-0925')


# =====================================================================================
def main(argv):
    want = argv or sorted(CERTS)
    for tid in want:
        print('building', tid, flush=True)
        CERTS[tid]()
    missing = [t for t in ('t%02d' % i for i in range(1, 31)) if t not in CERTS]
    if missing:
        print('WARNING: not defined:', missing)


if __name__ == '__main__':
    main(sys.argv[1:])
