# Rendering engine for the certs-y blind set. Imported by build.py.
import os, json, subprocess, textwrap, html, shutil
from xml.sax.saxutils import escape as xesc
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
PROF = os.path.join(HERE, '.profiles')

# ---------------------------------------------------------------- model
def T(text, size=11, b=False, i=False, al='C', ls=0, fam=None, color=None, after=4, caps=False):
    return dict(k='T', text=text, size=size, b=b, i=i, al=al, ls=ls, fam=fam, color=color, after=after, caps=caps)
def KV(rows, lw=0.32, size=10.5, after=8):
    return dict(k='KV', rows=rows, lw=lw, size=size, after=after)
def COLS(rows, size=10.5, after=8):
    return dict(k='COLS', rows=rows, size=size, after=after)
def TAB(head, rows, widths=None, size=9.5, after=8):
    return dict(k='TAB', head=head, rows=rows, widths=widths, size=size, after=after)
def SIG(sigs, size=9.5, after=6):
    return dict(k='SIG', sigs=sigs, size=size, after=after)
def GAP(h=12):
    return dict(k='GAP', h=h)
def RULE(after=8):
    return dict(k='RULE', after=after)
def PB():
    return dict(k='PB')

FONTS = {('H', 0, 0): 'Helvetica', ('H', 1, 0): 'Helvetica-Bold', ('H', 0, 1): 'Helvetica-Oblique',
         ('H', 1, 1): 'Helvetica-BoldOblique', ('T', 0, 0): 'Times-Roman', ('T', 1, 0): 'Times-Bold',
         ('T', 0, 1): 'Times-Italic', ('T', 1, 1): 'Times-BoldItalic'}

def fname(fam, b, i):
    return FONTS[(fam, int(bool(b)), int(bool(i)))]

def wrap(text, font, size, width, cs=0):
    out = []
    for para in text.split('\n'):
        words = para.split(' ')
        line = ''
        for w in words:
            cand = (line + ' ' + w) if line else w
            if stringWidth(cand, font, size) + cs * len(cand) <= width or not line:
                line = cand
            else:
                out.append(line); line = w
        out.append(line)
    return out

# ---------------------------------------------------------------- absolute layout
def layout(c):
    """Turn the element list into absolute drawing ops (top-left origin, points)."""
    land = c.get('orient') == 'L'
    W, H = (792, 612) if land else (612, 792)
    m = c.get('margin', 60 if c.get('border') else 54)
    fam = c.get('fam', 'H')
    pages = [[]]
    ops = pages[0]
    y = c.get('top', m + 6)
    cw = W - 2 * m
    def txt(x, y, s, font, size, al='L', cs=0, field=None, color=None):
        ops.append(dict(o='t', x=x, y=y, s=s, font=font, size=size, al=al, cs=cs, field=field, color=color))
    def line(x1, y1, x2, y2, w=0.7):
        ops.append(dict(o='l', x1=x1, y1=y1, x2=x2, y2=y2, w=w))
    nfield = [0]
    def fid():
        nfield[0] += 1
        return 'f%d' % nfield[0]
    for e in c['els']:
        k = e['k']
        if k == 'T':
            f = fname(e['fam'] or fam, e['b'], e['i'])
            s = e['text'].upper() if e['caps'] else e['text']
            lines = wrap(s, f, e['size'], cw, e['ls'])
            for ln in lines:
                y += e['size'] * 1.0
                x = {'L': m, 'C': W / 2, 'R': W - m}[e['al']]
                txt(x, y, ln, f, e['size'], e['al'], e['ls'], fid() if e.get('field') else None, e['color'])
                y += e['size'] * 0.3
            y += e['after']
        elif k == 'KV':
            lw = cw * e['lw']; sz = e['size']
            fb = fname(fam, 1, 0); fr = fname(fam, 0, 0)
            for lab, val in e['rows']:
                vl = wrap(val, fr, sz, cw - lw - 6)
                y0 = y
                txt(m, y0 + sz, lab, fb, sz)
                for j, ln in enumerate(vl):
                    txt(m + lw, y0 + sz + j * sz * 1.3, ln, fr, sz, field=fid())
                y = y0 + len(vl) * sz * 1.3 + 4
            y += e['after']
        elif k == 'COLS':
            n = len(e['rows']); colw = cw / n; sz = e['size']
            fl = fname(fam, 0, 0); fv = fname(fam, 1, 0)
            mx = 1
            for j, (lab, val) in enumerate(e['rows']):
                x = m + j * colw
                txt(x, y + sz * 0.8, lab, fl, sz * 0.78, color=(0.35, 0.35, 0.35))
                vl = wrap(val, fv, sz, colw - 8)
                mx = max(mx, len(vl))
                for q, ln in enumerate(vl):
                    txt(x, y + sz * 0.8 + 4 + sz + q * sz * 1.3, ln, fv, sz, field=fid())
            y += sz * 0.8 + 4 + mx * sz * 1.3 + 4 + e['after']
        elif k == 'TAB':
            n = len(e['head']); sz = e['size']
            ws = e['widths'] or [1.0 / n] * n
            ws = [w * cw for w in ws]
            xs = [m + sum(ws[:j]) for j in range(n)]
            fb = fname(fam, 1, 0); fr = fname(fam, 0, 0)
            line(m, y, m + cw, y)
            for r, row in enumerate([e['head']] + e['rows']):
                f = fb if r == 0 else fr
                cells = [wrap(str(v), f, sz, ws[j] - 8) for j, v in enumerate(row)]
                h = max(len(cl) for cl in cells) * sz * 1.25 + 6
                for j, cl in enumerate(cells):
                    for q, ln in enumerate(cl):
                        txt(xs[j] + 4, y + 3 + sz + q * sz * 1.25, ln, f, sz, field=None if r == 0 else fid())
                y += h
                line(m, y, m + cw, y, 0.4)
            for x in xs + [m + cw]:
                pass
            y += e['after']
        elif k == 'SIG':
            n = len(e['sigs']); colw = cw / n; sz = e['size']
            y += 26
            for j, (nm, ti) in enumerate(e['sigs']):
                cx = m + colw * j + colw / 2
                line(cx - colw * 0.38, y, cx + colw * 0.38, y, 0.6)
                txt(cx, y + sz + 3, nm, fname(fam, 1, 0), sz, 'C')
                for q, ln in enumerate(wrap(ti, fname(fam, 0, 1), sz - 1, colw * 0.9)):
                    txt(cx, y + 2 * sz + 5 + q * sz * 1.2, ln, fname(fam, 0, 1), sz - 1, 'C')
            y += 3 * sz + 10 + e['after']
        elif k == 'GAP':
            y += e['h']
        elif k == 'RULE':
            line(m, y, W - m, y, 0.8); y += e['after']
        elif k == 'PB':
            ops = []; pages.append(ops); y = c.get('top', m + 6)
    return W, H, pages

def decor(c, W, H):
    """Border and seal ops (drawn on page 1)."""
    ops = []
    b = c.get('border', 0)
    if b:
        ops.append(dict(o='r', x=24, y=24, w=W - 48, h=H - 48, lw=2.2 if b == 2 else 1.2))
        if b == 2:
            ops.append(dict(o='r', x=31, y=31, w=W - 62, h=H - 62, lw=0.6))
    if c.get('seal'):
        sx, sy = c['seal']
        ops.append(dict(o='c', x=sx, y=sy, r=34, lw=1.5))
        ops.append(dict(o='c', x=sx, y=sy, r=29, lw=0.5))
    return ops

# ---------------------------------------------------------------- ReportLab / AcroForm
def render_reportlab(c, out, acro=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import white
    W, H, pages = layout(c)
    cv = canvas.Canvas(out, pagesize=(W, H))
    cv.setTitle(c.get('doctitle', 'Certificate'))
    cv.setAuthor(c.get('docauthor', ''))
    cv.setCreator('ReportLab')
    for pi, ops in enumerate(pages):
        if pi == 0:
            for d in decor(c, W, H):
                cv.setLineWidth(d['lw'])
                if d['o'] == 'r':
                    cv.rect(d['x'], H - d['y'] - d['h'], d['w'], d['h'])
                else:
                    cv.circle(d['x'], H - d['y'], d['r'])
        for d in ops:
            if d['o'] == 'l':
                cv.setLineWidth(d['w']); cv.line(d['x1'], H - d['y1'], d['x2'], H - d['y2'])
                continue
            s = d['s']; f = d['font']; sz = d['size']
            w = stringWidth(s, f, sz) + d['cs'] * len(s)
            x = d['x'] - (w / 2 if d['al'] == 'C' else w if d['al'] == 'R' else 0)
            if acro and d['field']:
                cv.acroForm.textfield(name=d['field'], value=s, x=x - 2, y=H - d['y'] - 3, width=w + 8,
                                      height=sz + 5, fontName=f, fontSize=sz, borderWidth=0,
                                      fillColor=white, borderColor=white, forceBorder=False)
                continue
            col = d['color'] or (0, 0, 0)
            cv.setFillColorRGB(*col)
            to = cv.beginText(x, H - d['y'])
            to.setFont(f, sz); to.setCharSpace(d['cs']); to.textOut(s)
            cv.drawText(to)
            cv.setFillColorRGB(0, 0, 0)
        cv.showPage()
    cv.save()

# ---------------------------------------------------------------- fpdf / tcpdf (PHP)
def php_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"

PHPF = {'Helvetica': ('helvetica', ''), 'Helvetica-Bold': ('helvetica', 'B'), 'Helvetica-Oblique': ('helvetica', 'I'),
        'Helvetica-BoldOblique': ('helvetica', 'BI'), 'Times-Roman': ('times', ''), 'Times-Bold': ('times', 'B'),
        'Times-Italic': ('times', 'I'), 'Times-BoldItalic': ('times', 'BI')}

def render_php(c, out, lib, phpfile):
    W, H, pages = layout(c)
    o = 'L' if W > H else 'P'
    L = ['<?php']
    if lib == 'fpdf':
        L += ["require('/usr/share/php/fpdf/fpdf.php');",
              "function E($s){return iconv('UTF-8','windows-1252//TRANSLIT',$s);}",
              "$p=new FPDF('%s','pt','Letter');" % o, "$p->SetAutoPageBreak(false);",
              "$p->SetTitle(%s);" % php_str(c.get('doctitle', 'Certificate')), "$p->SetCreator('FPDF');"]
    else:
        L += ["require_once('/usr/share/php/tcpdf/tcpdf.php');",
              "function E($s){return $s;}",
              "$p=new TCPDF('%s','pt','LETTER',true,'UTF-8',false);" % o, "$p->setPrintHeader(false);$p->setPrintFooter(false);",
              "$p->SetAutoPageBreak(false);$p->SetMargins(0,0,0);$p->setCellPaddings(0,0,0,0);",
              "$p->SetTitle(%s);" % php_str(c.get('doctitle', 'Certificate')), "$p->SetCreator('TCPDF');"]
    for pi, ops in enumerate(pages):
        L.append('$p->AddPage();')
        if pi == 0:
            for d in decor(c, W, H):
                L.append('$p->SetLineWidth(%.2f);' % d['lw'])
                if d['o'] == 'r':
                    L.append('$p->Rect(%.1f,%.1f,%.1f,%.1f);' % (d['x'], d['y'], d['w'], d['h']))
                elif lib == 'tcpdf':
                    L.append('$p->Circle(%.1f,%.1f,%.1f);' % (d['x'], d['y'], d['r']))
                else:  # fpdf has no circle: draw a polygon
                    import math
                    pts = [(d['x'] + d['r'] * math.cos(a * math.pi / 24), d['y'] + d['r'] * math.sin(a * math.pi / 24)) for a in range(49)]
                    for a in range(48):
                        L.append('$p->Line(%.1f,%.1f,%.1f,%.1f);' % (pts[a] + pts[a + 1]))
        for d in ops:
            if d['o'] == 'l':
                L.append('$p->SetLineWidth(%.2f);$p->Line(%.1f,%.1f,%.1f,%.1f);' % (d['w'], d['x1'], d['y1'], d['x2'], d['y2']))
                continue
            fam, st = PHPF[d['font']]
            s = d['s']; sz = d['size']
            w = stringWidth(s, d['font'], sz) + d['cs'] * len(s)
            x = d['x'] - (w / 2 if d['al'] == 'C' else w if d['al'] == 'R' else 0)
            col = d['color'] or (0, 0, 0)
            L.append("$p->SetFont('%s','%s',%.1f);$p->SetTextColor(%d,%d,%d);" % (fam, st, sz, *[int(v * 255) for v in col]))
            if d['cs'] and lib == 'fpdf':
                xx = x
                for ch in s:
                    L.append('$p->Text(%.2f,%.2f,E(%s));' % (xx, d['y'], php_str(ch)))
                    xx += stringWidth(ch, d['font'], sz) + d['cs']
            elif d['cs']:
                L.append('$p->setFontSpacing(%.2f);$p->Text(%.2f,%.2f,E(%s),false,false,true,0,0,"",false,"",0,false,"L");$p->setFontSpacing(0);' % (d['cs'], x, d['y'], php_str(s)))
            elif lib == 'fpdf':
                L.append('$p->Text(%.2f,%.2f,E(%s));' % (x, d['y'], php_str(s)))
            else:
                L.append('$p->Text(%.2f,%.2f,%s,false,false,true,0,0,"",false,"",0,false,"L");' % (x, d['y'], php_str(s)))
    L.append("$p->Output('F',%s);" % php_str(out) if lib == 'fpdf' else "$p->Output(__DIR__.'/../'.%s,'F');" % php_str(out))
    open(phpfile, 'w').write('\n'.join(L) + '\n')
    subprocess.run(['php', phpfile], check=True, timeout=60, cwd=HERE)

# ---------------------------------------------------------------- PostScript / gs
def ps_str(s):
    s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', "'")
    b = s.encode('latin-1', 'replace')
    o = ''
    for ch in b:
        if ch in (40, 41, 92):
            o += '\\' + chr(ch)
        elif ch > 126:
            o += '\\%03o' % ch
        else:
            o += chr(ch)
    return '(' + o + ')'

def render_gs(c, out, psfile):
    W, H, pages = layout(c)
    used = sorted(set(d['font'] for ops in pages for d in ops if d['o'] == 't'))
    L = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (W, H), '%%Title: ' + c.get('doctitle', 'Certificate'),
         '%%Creator: hand-written PostScript', '%%EndComments',
         '<< /PageSize [%d %d] >> setpagedevice' % (W, H)]
    for f in used:
        L.append('/%s findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall '
                 '/Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put dup 39 /quotesingle put def currentdict end /%s-L exch definefont pop' % (f, f))
    for pi, ops in enumerate(pages):
        L.append('%%%%Page: %d %d' % (pi + 1, pi + 1))
        if pi == 0:
            for d in decor(c, W, H):
                L.append('%.2f setlinewidth' % d['lw'])
                if d['o'] == 'r':
                    L.append('newpath %.1f %.1f %.1f %.1f rectstroke' % (d['x'], H - d['y'] - d['h'], d['w'], d['h']))
                else:
                    L.append('newpath %.1f %.1f %.1f 0 360 arc stroke' % (d['x'], H - d['y'], d['r']))
        for d in ops:
            if d['o'] == 'l':
                L.append('%.2f setlinewidth newpath %.1f %.1f moveto %.1f %.1f lineto stroke' % (d['w'], d['x1'], H - d['y1'], d['x2'], H - d['y2']))
                continue
            s = d['s']; sz = d['size']
            w = stringWidth(s, d['font'], sz) + d['cs'] * len(s)
            x = d['x'] - (w / 2 if d['al'] == 'C' else w if d['al'] == 'R' else 0)
            col = d['color'] or (0, 0, 0)
            L.append('%.2f %.2f %.2f setrgbcolor /%s-L findfont %.1f scalefont setfont %.2f %.2f moveto' % (*col, d['font'], sz, x, H - d['y']))
            if d['cs']:
                L.append('%.2f 0 %s ashow' % (d['cs'], ps_str(s)))
            else:
                L.append('%s show' % ps_str(s))
        L.append('showpage')
    L.append('%%EOF')
    open(psfile, 'w').write('\n'.join(L) + '\n')
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + out, psfile],
                   check=True, timeout=60, cwd=HERE)

# ---------------------------------------------------------------- HTML / Chromium
def render_html(c, htmlfile):
    land = c.get('orient') == 'L'
    fam = c.get('fam', 'H')
    ff = "'Liberation Serif', 'Nimbus Roman', serif" if fam == 'T' else "'Liberation Sans', 'Nimbus Sans', sans-serif"
    b = c.get('border', 0)
    bord = {0: 'none', 1: '1.5px solid #333', 2: '6px double #1d3b5c'}[b]
    css = """@page { size: %s; margin: 0 }
body { margin:0; font-family:%s; font-variant-ligatures:none; color:#111 }
.pg { box-sizing:border-box; width:%s; height:%s; padding:0.45in; position:relative; page-break-after:always }
.fr { box-sizing:border-box; border:%s; height:100%%; padding:0.35in 0.5in }
p { margin:0 } table { border-collapse:collapse; width:100%% }
.kv td { padding:3px 6px 3px 0; vertical-align:top }
.kv td.l { font-weight:bold; white-space:nowrap }
.cols td { vertical-align:top; padding:0 10px 0 0 }
.cols .lab { font-size:75%%; text-transform:uppercase; color:#555; letter-spacing:0.5px }
.cols .val { font-weight:bold }
.tb td, .tb th { border:1px solid #777; padding:4px 6px; text-align:left; vertical-align:top }
.sig td { text-align:center; vertical-align:top; padding:34px 18px 0 18px }
.sig .ln { border-top:1px solid #222; padding-top:3px; font-weight:bold }
.sig .ti { font-style:italic; font-size:90%%}
.seal { position:absolute; width:80px; height:80px; border:3px double #8a6d1d; border-radius:50%%; }
""" % ('letter landscape' if land else 'letter', ff, '11in' if land else '8.5in', '8.5in' if land else '11in', bord)
    css += c.get('css', '')
    pages = [[]]
    for e in c['els']:
        if e['k'] == 'PB':
            pages.append([])
        else:
            pages[-1].append(e)
    H = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>' % (html.escape(c.get('doctitle', 'Certificate')), css)]
    for pi, els in enumerate(pages):
        H.append('<div class="pg"><div class="fr">')
        if pi == 0 and c.get('seal'):
            sx, sy = c['seal']
            H.append('<div class="seal" style="left:%dpt;top:%dpt"></div>' % (sx - 40, sy - 40))
        for e in els:
            k = e['k']
            if k == 'T':
                st = 'font-size:%.1fpt;text-align:%s;margin-bottom:%dpt;' % (e['size'], {'L': 'left', 'C': 'center', 'R': 'right'}[e['al']], e['after'])
                if e['b']: st += 'font-weight:bold;'
                if e['i']: st += 'font-style:italic;'
                if e['ls']: st += 'letter-spacing:%.1fpt;' % e['ls']
                if e['caps']: st += 'text-transform:uppercase;'
                if e['fam']: st += "font-family:%s;" % ("'Liberation Serif',serif" if e['fam'] == 'T' else "'Liberation Sans',sans-serif")
                if e['color']: st += 'color:rgb(%d,%d,%d);' % tuple(int(v * 255) for v in e['color'])
                H.append('<p style="%s">%s</p>' % (st, html.escape(e['text']).replace('\n', '<br>')))
            elif k == 'KV':
                H.append('<table class="kv" style="font-size:%.1fpt;margin-bottom:%dpt">' % (e['size'], e['after']))
                for l, v in e['rows']:
                    H.append('<tr><td class="l" style="width:%d%%">%s</td><td>%s</td></tr>' % (int(e['lw'] * 100), html.escape(l), html.escape(v)))
                H.append('</table>')
            elif k == 'COLS':
                H.append('<table class="cols" style="font-size:%.1fpt;margin-bottom:%dpt"><tr>' % (e['size'], e['after']))
                for l, v in e['rows']:
                    H.append('<td><div class="lab">%s</div><div class="val">%s</div></td>' % (html.escape(l), html.escape(v)))
                H.append('</tr></table>')
            elif k == 'TAB':
                H.append('<table class="tb" style="font-size:%.1fpt;margin-bottom:%dpt"><tr>' % (e['size'], e['after']))
                H.append(''.join('<th>%s</th>' % html.escape(h) for h in e['head']) + '</tr>')
                for r in e['rows']:
                    H.append('<tr>' + ''.join('<td>%s</td>' % html.escape(str(v)) for v in r) + '</tr>')
                H.append('</table>')
            elif k == 'SIG':
                H.append('<table class="sig" style="font-size:%.1fpt;margin-bottom:%dpt"><tr>' % (e['size'], e['after']))
                for n, t in e['sigs']:
                    H.append('<td><div class="ln">%s</div><div class="ti">%s</div></td>' % (html.escape(n), html.escape(t)))
                H.append('</tr></table>')
            elif k == 'GAP':
                H.append('<div style="height:%dpt"></div>' % e['h'])
            elif k == 'RULE':
                H.append('<hr style="border:0;border-top:1px solid #444;margin:0 0 %dpt 0">' % e['after'])
        H.append('</div></div>')
    H.append('</body></html>')
    open(htmlfile, 'w').write('\n'.join(H))

def chromium(htmlfile, out):
    os.makedirs(PROF, exist_ok=True)
    subprocess.run(['timeout', '90', 'chromium', '--headless', '--no-sandbox', '--disable-gpu',
                    '--user-data-dir=' + os.path.join(PROF, 'chrome'), '--no-pdf-header-footer',
                    '--print-to-pdf=' + out, 'file://' + os.path.abspath(htmlfile)],
                   check=True, cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- DOCX (python-docx -> soffice)
def render_docx(c, docxfile):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    land = c.get('orient') == 'L'
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for a in ('left_margin', 'right_margin'):
        setattr(sec, a, Inches(0.9))
    sec.top_margin = sec.bottom_margin = Inches(0.75)
    fam = 'Liberation Serif' if c.get('fam') == 'T' else 'Liberation Sans'
    st = d.styles['Normal']; st.font.name = fam; st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(0)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), fam)
    b = c.get('border', 0)
    if b:
        pg = OxmlElement('w:pgBorders'); pg.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            el = OxmlElement('w:' + side)
            el.set(qn('w:val'), 'double' if b == 2 else 'single'); el.set(qn('w:sz'), '18' if b == 2 else '8')
            el.set(qn('w:space'), '24'); el.set(qn('w:color'), '1F3B5C')
            pg.append(el)
        sec._sectPr.append(pg)
    AL = {'L': WD_ALIGN_PARAGRAPH.LEFT, 'C': WD_ALIGN_PARAGRAPH.CENTER, 'R': WD_ALIGN_PARAGRAPH.RIGHT}
    def run(p, text, size=None, bold=False, italic=False, ls=0, caps=False, color=None, f=None):
        r = p.add_run(text)
        if size: r.font.size = Pt(size)
        r.bold = bold; r.italic = italic
        if caps: r.font.all_caps = True
        if color: r.font.color.rgb = RGBColor(*[int(v * 255) for v in color])
        if f: r.font.name = 'Liberation Serif' if f == 'T' else 'Liberation Sans'
        if ls:
            sp = OxmlElement('w:spacing'); sp.set(qn('w:val'), str(int(ls * 20)))
            r._element.get_or_add_rPr().append(sp)
        return r
    def nobord(t):
        tblPr = t._tbl.tblPr
        bd = OxmlElement('w:tblBorders')
        for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            el = OxmlElement('w:' + side); el.set(qn('w:val'), 'nil'); bd.append(el)
        tblPr.append(bd)
    def after(h):
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(''); r.font.size = Pt(max(1, h * 0.6))
    first = True
    for e in c['els']:
        k = e['k']
        if k == 'T':
            p = d.add_paragraph(); p.alignment = AL[e['al']]
            p.paragraph_format.space_after = Pt(e['after'])
            lines = e['text'].split('\n')
            for j, ln in enumerate(lines):
                r = run(p, ln, e['size'], e['b'], e['i'], e['ls'], e['caps'], e['color'], e['fam'])
                if j < len(lines) - 1: r.add_break()
        elif k in ('KV', 'COLS', 'TAB', 'SIG'):
            if k == 'KV':
                t = d.add_table(rows=len(e['rows']), cols=2); nobord(t)
                for i, (l, v) in enumerate(e['rows']):
                    c0, c1 = t.rows[i].cells
                    c0.width = Inches(6.7 * e['lw'] if not land else 9.2 * e['lw']); c1.width = Inches((6.7 if not land else 9.2) * (1 - e['lw']))
                    run(c0.paragraphs[0], l, e['size'], True); run(c1.paragraphs[0], v, e['size'])
            elif k == 'COLS':
                t = d.add_table(rows=2, cols=len(e['rows'])); nobord(t)
                for i, (l, v) in enumerate(e['rows']):
                    run(t.rows[0].cells[i].paragraphs[0], l.upper(), e['size'] * 0.75, color=(0.35, 0.35, 0.35))
                    run(t.rows[1].cells[i].paragraphs[0], v, e['size'], True)
            elif k == 'TAB':
                t = d.add_table(rows=1 + len(e['rows']), cols=len(e['head'])); t.style = 'Table Grid'
                for i, h in enumerate(e['head']):
                    run(t.rows[0].cells[i].paragraphs[0], h, e['size'], True)
                for r_, row in enumerate(e['rows']):
                    for i, v in enumerate(row):
                        run(t.rows[r_ + 1].cells[i].paragraphs[0], str(v), e['size'])
            else:
                t = d.add_table(rows=3, cols=len(e['sigs'])); nobord(t)
                for i, (n, ti) in enumerate(e['sigs']):
                    p0 = t.rows[0].cells[i].paragraphs[0]; p0.alignment = AL['C']
                    run(p0, '_' * 30, e['size'])
                    p1 = t.rows[1].cells[i].paragraphs[0]; p1.alignment = AL['C']; run(p1, n, e['size'], True)
                    p2 = t.rows[2].cells[i].paragraphs[0]; p2.alignment = AL['C']; run(p2, ti, e['size'] - 1, italic=True)
            after(e['after'])
        elif k == 'GAP':
            after(e['h'])
        elif k == 'RULE':
            p = d.add_paragraph(); p.paragraph_format.space_after = Pt(e['after'])
            pPr = p._p.get_or_add_pPr(); bd = OxmlElement('w:pBdr'); bt = OxmlElement('w:bottom')
            bt.set(qn('w:val'), 'single'); bt.set(qn('w:sz'), '6'); bt.set(qn('w:space'), '1'); bt.set(qn('w:color'), '444444')
            bd.append(bt); pPr.append(bd)
        elif k == 'PB':
            d.add_page_break()
    d.core_properties.title = c.get('doctitle', 'Certificate')
    d.core_properties.author = c.get('docauthor', '')
    d.save(docxfile)

def soffice(files, outdir):
    os.makedirs(PROF, exist_ok=True)
    subprocess.run(['timeout', '180', 'soffice', '-env:UserInstallation=file://' + os.path.join(PROF, 'lo'),
                    '--headless', '--convert-to', 'pdf', '--outdir', outdir] + files,
                   check=True, cwd=HERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- FODT (flat ODF -> soffice)
def render_fodt(c, fodtfile):
    land = c.get('orient') == 'L'
    fam = 'Liberation Serif' if c.get('fam') == 'T' else 'Liberation Sans'
    b = c.get('border', 0)
    bord = {0: 'none', 1: '0.04cm solid #333333', 2: '0.18cm double #1d3b5c'}[b]
    auto = []; body = []; n = [0]
    def pstyle(size, bold=False, italic=False, al='C', ls=0, caps=False, color=None, after=4, f=None, brk=False, border_bottom=False):
        n[0] += 1; nm = 'P%d' % n[0]
        tp = 'fo:font-size="%.1fpt"' % size
        if bold: tp += ' fo:font-weight="bold"'
        if italic: tp += ' fo:font-style="italic"'
        if ls: tp += ' fo:letter-spacing="%.2fpt"' % ls
        if caps: tp += ' fo:text-transform="uppercase"'
        if color: tp += ' fo:color="#%02x%02x%02x"' % tuple(int(v * 255) for v in color)
        if f: tp += ' style:font-name="%s"' % ('Liberation Serif' if f == 'T' else 'Liberation Sans')
        pp = 'fo:text-align="%s" fo:margin-bottom="%.1fpt" fo:margin-top="0pt"' % ({'L': 'start', 'C': 'center', 'R': 'end'}[al], after)
        if brk: pp += ' fo:break-before="page"'
        if border_bottom: pp += ' fo:border-bottom="0.03cm solid #444444" fo:padding-bottom="1pt"'
        auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties %s/><style:text-properties %s/></style:style>' % (nm, pp, tp))
        return nm
    def para(text, **kw):
        return '<text:p text:style-name="%s">%s</text:p>' % (pstyle(**kw), '<text:line-break/>'.join(xesc(t) for t in text.split('\n')))
    def table(rows, colw, grid=False, after=6):
        n[0] += 1; tn = 'Tb%d' % n[0]
        tot = sum(colw)
        auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fin" table:align="left" fo:margin-bottom="%dpt"/></style:style>' % (tn, tot, after))
        auto.append('<style:style style:name="%sC" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:border="%s"/></style:style>' % (tn, '0.5pt solid #777777' if grid else 'none'))
        for j, w in enumerate(colw):
            auto.append('<style:style style:name="%s.%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fin"/></style:style>' % (tn, j, w))
        o = ['<table:table table:name="%s" table:style-name="%s">' % (tn, tn)]
        for j in range(len(colw)):
            o.append('<table:table-column table:style-name="%s.%d"/>' % (tn, j))
        for r in rows:
            o.append('<table:table-row>' + ''.join('<table:table-cell table:style-name="%sC" office:value-type="string">%s</table:table-cell>' % (tn, cell) for cell in r) + '</table:table-row>')
        o.append('</table:table>')
        return ''.join(o)
    cw = 9.0 if land else 6.6
    brk = False
    for e in c['els']:
        k = e['k']
        if k == 'T':
            body.append(para(e['text'], size=e['size'], bold=e['b'], italic=e['i'], al=e['al'], ls=e['ls'], caps=e['caps'], color=e['color'], after=e['after'], f=e['fam'], brk=brk)); brk = False
        elif k == 'KV':
            rows = [[para(l, size=e['size'], bold=True, al='L', after=0), para(v, size=e['size'], al='L', after=0)] for l, v in e['rows']]
            body.append(table(rows, [cw * e['lw'], cw * (1 - e['lw'])], after=e['after']))
        elif k == 'COLS':
            nn = len(e['rows'])
            rows = [[para(l.upper(), size=e['size'] * 0.75, al='L', color=(0.35, 0.35, 0.35), after=0) for l, v in e['rows']],
                    [para(v, size=e['size'], bold=True, al='L', after=0) for l, v in e['rows']]]
            body.append(table(rows, [cw / nn] * nn, after=e['after']))
        elif k == 'TAB':
            nn = len(e['head']); ws = e['widths'] or [1.0 / nn] * nn
            rows = [[para(h, size=e['size'], bold=True, al='L', after=0) for h in e['head']]] + \
                   [[para(str(v), size=e['size'], al='L', after=0) for v in r] for r in e['rows']]
            body.append(table(rows, [cw * w for w in ws], grid=True, after=e['after']))
        elif k == 'SIG':
            nn = len(e['sigs'])
            rows = [[para('\n\n' + '_' * 28, size=e['size'], after=0) for s in e['sigs']],
                    [para(s[0], size=e['size'], bold=True, after=0) for s in e['sigs']],
                    [para(s[1], size=e['size'] - 1, italic=True, after=0) for s in e['sigs']]]
            body.append(table(rows, [cw / nn] * nn, after=e['after']))
        elif k == 'GAP':
            body.append(para(' ', size=max(1, e['h'] * 0.6), after=0))
        elif k == 'RULE':
            body.append(para(' ', size=2, after=e['after'], border_bottom=True))
        elif k == 'PB':
            brk = True
    W, H = ('11in', '8.5in') if land else ('8.5in', '11in')
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%s</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="%s" fo:font-size="10.5pt"/></style:style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="0.4in" fo:margin-bottom="0.4in" fo:margin-left="0.45in" fo:margin-right="0.45in" fo:border="%s" fo:padding="0.35in"/></style:page-layout>
%s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
''' % (xesc(c.get('doctitle', 'Certificate')), fam, W, H, 'landscape' if land else 'portrait', bord, '\n'.join(auto), '\n'.join(body))
    open(fodtfile, 'w').write(doc)
