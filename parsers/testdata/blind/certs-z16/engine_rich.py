"""Flow engines: the same block vocabulary as engine_draw, rendered as
HTML (Chromium), flat ODF text (.fodt -> LibreOffice), Word .docx
(python-docx -> LibreOffice) and ReportLab Platypus flowables."""
import html as _html, os, re, subprocess
from engine_draw import DrawLayout, render_canvas, SERIF, SANS

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES = os.path.join(HERE, '.profiles')


def hexc(c):
    return '#%02x%02x%02x' % tuple(int(round(v * 255)) for v in c)


def split_pages(blocks):
    pages = [[]]
    for b in blocks:
        if b[0] == 'pagebreak':
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def opts(cert):
    o = cert['page']
    land = o.get('orient', 'P') == 'L'
    return o, land, o.get('align', 'center'), tuple(o.get('accent', (0.10, 0.22, 0.45)))


SIZES = dict(logo=26, issuer=13.5, office=10.5, heading=None, h2=15, sub=12, name=24, format=10.5, title=15,
             line=11, kv=11, cols=12, table=9.5, para=11.5, small=8)


def sz(o, role, land):
    if role == 'heading':
        return o.get('sizes', {}).get('heading', 30 if land else 26)
    return o.get('sizes', {}).get(role, SIZES[role])


# ============================================================== HTML / Chromium
def h(s):
    s = _html.escape(s)
    s = re.sub(r'  +', lambda m: '&nbsp;' * len(m.group(0)), s)
    return re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)


def html_source(cert):
    o, land, align, acc = opts(cert)
    W, H = (11, 8.5) if land else (8.5, 11)
    m = o.get('margin', 70 if land else 66)
    serif = o.get('html_serif', 'Liberation Serif')
    sans = o.get('html_sans', 'Liberation Sans')
    main = serif if o.get('font', 'serif') == 'serif' else sans
    A = hexc(acc)
    S = lambda r: sz(o, r, land)
    css = f"""
@page {{ size: {W}in {H}in; margin: 0 }}
html, body {{ margin: 0; padding: 0 }}
body {{ font-family: '{main}'; color: #1f1f24; -webkit-print-color-adjust: exact; print-color-adjust: exact }}
.page {{ width: {W}in; height: {H}in; box-sizing: border-box; padding: {m - 6}pt {m}pt {m}pt {m}pt;
  position: relative; overflow: hidden; page-break-after: always; text-align: {align};
  display: flex; flex-direction: column; justify-content: {'center' if o.get('vcenter', align == 'center') else 'flex-start'} }}
.page:last-child {{ page-break-after: auto }}
.dec {{ position: absolute; box-sizing: border-box }}
.logo {{ font: bold {S('logo')}pt '{sans}'; color: {A}; letter-spacing: 1pt }}
.issuer {{ font-weight: bold; font-size: {S('issuer')}pt; color: {A}; margin-top: 3pt }}
.office {{ font-size: {S('office')}pt; color: #61616b; margin-top: 2pt }}
.heading {{ font-size: {S('heading')}pt; font-weight: bold; margin: 10pt 0 4pt; {o.get('html_heading_css', '')} }}
.h2 {{ font-size: {S('h2')}pt; font-weight: bold; color: {A}; margin: 12pt 0 6pt; text-align: left }}
.sub {{ font-style: italic; font-size: {S('sub')}pt; color: #555; margin-top: 9pt }}
.name {{ font-size: {S('name')}pt; font-weight: bold; margin: 6pt 0 4pt; {o.get('html_name_css', '')} }}
.format {{ font: bold {S('format')}pt '{sans}'; color: {A}; margin-top: 12pt; letter-spacing: 0.6pt }}
.title {{ font-size: {S('title')}pt; font-weight: bold; margin: 5pt {'auto' if align == 'center' else '0'} 6pt;
  max-width: {int(o.get('title_w', 0.86 if align == 'center' else 1.0) * 100)}%; line-height: 1.2 }}
.line {{ font: {S('line')}pt '{sans}'; margin-top: 6pt }}
.para {{ font-size: {S('para')}pt; margin-top: 6pt; line-height: 1.35 }}
.small {{ font: {S('small')}pt '{sans}'; color: #61616b; margin: 8pt {'auto' if align == 'center' else '0'} 0;
  max-width: {'90%' if align == 'center' else '100%'}; line-height: 1.3 }}
table {{ border-collapse: collapse; margin: 8pt {'auto' if align == 'center' else '0'} 0; text-align: left }}
table.kv td {{ padding: 3pt 8pt 3pt 0; vertical-align: top; font-size: {S('kv') + 0.5}pt }}
table.kv td.l {{ font: bold {S('kv') - 1}pt '{sans}'; color: #61616b; white-space: nowrap }}
table.cols th {{ font: bold 7.5pt '{sans}'; color: #61616b; text-align: left; padding: 0 12pt 2pt 0; letter-spacing: 0.5pt }}
table.cols td {{ font-size: {S('cols')}pt; padding: 0 12pt 4pt 0; border-bottom: 0.5pt solid #999; vertical-align: top }}
table.grid th, table.grid td {{ border: 0.5pt solid #888; padding: 3pt 5pt; font: {S('table')}pt '{sans}'; vertical-align: top }}
table.grid th {{ background: {hexc(tuple(1 - (1 - c) * 0.15 for c in acc))}; text-align: left }}
.sigs {{ display: flex; justify-content: {'space-around' if align == 'center' else 'flex-start'}; margin-top: {o.get('sig_gap', 34)}pt; gap: 30pt }}
.sig {{ width: {o.get('sig_w', '32%' if max([len(b[1]) for b in cert['blocks'] if b[0] == 'sigs'] or [1]) > 1 else '46%')}; text-align: {'center' if align == 'center' else 'left'}; font-family: '{sans}' }}
.sig .script {{ font-family: 'Z003'; font-size: 19pt; height: 24pt; color: #24306b }}
.sig .n {{ border-top: 0.7pt solid #222; padding-top: 3pt; font-weight: bold; font-size: 9.5pt }}
.sig .t {{ font-size: 8.5pt; color: #61616b; white-space: pre-line }}
.footer {{ position: absolute; left: 0; right: 0; bottom: {o.get('footer_y', 38 if o.get('border') else 30) - 4}pt; text-align: center; font: 7.5pt '{sans}'; color: #61616b }}
.corner {{ position: absolute; right: {m}pt; top: {m * 0.45}pt; font: 8pt '{sans}'; color: #61616b }}
.seal {{ position: absolute; width: 84pt; height: 84pt; border-radius: 50%; background: #cca33d; box-shadow: inset 0 0 0 4pt #cca33d, inset 0 0 0 5pt #fff;
  display: flex; flex-direction: column; justify-content: center; align-items: center; font: bold 8pt '{sans}'; color: #fff; line-height: 1.15 }}
rule {{ display: block }}
.rule {{ border-top: 1pt solid {A}; width: 50%; margin: 8pt {'auto' if align == 'center' else '0'} }}
"""
    bord = o.get('border')
    dec = ''
    if bord == 'double':
        dec = f'<div class="dec" style="inset:18pt;border:3pt solid {A}"></div><div class="dec" style="inset:27pt;border:0.8pt solid {A}"></div>'
    elif bord == 'thick':
        dec = f'<div class="dec" style="inset:22pt;border:7pt solid {A}"></div>'
    elif bord == 'corners':
        dec = f'<div class="dec" style="inset:26pt;border:1pt solid {A}"></div>' + ''.join(
            f'<div class="dec" style="{v}:20pt;{hh}:20pt;width:12pt;height:12pt;background:{A}"></div>'
            for v in ('top', 'bottom') for hh in ('left', 'right'))
    elif bord == 'band':
        dec = f'<div class="dec" style="top:0;left:0;right:0;height:22pt;background:{A}"></div><div class="dec" style="bottom:0;left:0;right:0;height:10pt;background:{A}"></div>'
    elif bord == 'thin':
        dec = '<div class="dec" style="inset:30pt;border:0.6pt solid #61616b"></div>'
    elif bord == 'sidebar':
        dec = f'<div class="dec" style="top:0;bottom:0;left:0;width:28pt;background:{A}"></div><div class="dec" style="top:0;bottom:0;left:28pt;width:5pt;background:#cca33d"></div>'
    body = []
    for pi, blocks in enumerate(split_pages(cert['blocks'])):
        top = ' style="justify-content:flex-start"' if blocks and blocks[0][0] == 'h2' else ''
        out = [f'<div class="page"{top}>', dec]
        if pi == 0 and o.get('seal'):
            s = o['seal']
            r = s.get('r', 40)
            pos = s.get('pos', 'br')
            hpos = {'br': f'right:{m + 6}pt', 'bl': f'left:{m + 6}pt', 'bc': f'left:calc(50% - {r + 2}pt)'}[pos]
            out.append(f'<div class="seal" style="{hpos};bottom:{m + 4}pt;width:{2 * r}pt;height:{2 * r}pt">' +
                       '<br>'.join(h(t) for t in s['text']) + '</div>')
        for b in blocks:
            k = b[0]
            if k in ('logo', 'issuer', 'office', 'heading', 'h2', 'sub', 'name', 'format', 'title', 'para', 'small'):
                out.append(f'<div class="{k}">{h(b[1])}</div>')
            elif k == 'line':
                if len(b) == 2 or b[2] is None:
                    out.append(f'<div class="line">{h(b[1])}</div>')
                else:
                    out.append(f'<div class="line"><b>{h(b[1])}</b> {h(b[2])}</div>')
            elif k == 'kv':
                rows = ''.join(f'<tr><td class="l">{h(a)}</td><td>{h(v)}</td></tr>' for a, v in b[1])
                out.append(f'<table class="kv">{rows}</table>')
            elif k == 'cols':
                n = len(b[1])
                frac = b[3] if len(b) > 3 and b[3] else (0.86 if align == 'center' else 1.0)
                ths = ''.join(f'<th style="width:{100 / n:.1f}%">{h(x.upper())}</th>' for x in b[1])
                tds = ''.join(f'<td>{h(x)}</td>' for x in b[2])
                out.append(f'<table class="cols" style="width:{frac * 100:.0f}%"><tr>{ths}</tr><tr>{tds}</tr></table>')
            elif k == 'table':
                hdr, rows = b[1], b[2]
                widths = b[3] if len(b) > 3 and b[3] else [1.0 / len(hdr)] * len(hdr)
                frac = b[4] if len(b) > 4 and b[4] else (0.86 if align == 'center' else 1.0)
                ths = ''.join(f'<th style="width:{w * 100:.1f}%">{h(x)}</th>' for x, w in zip(hdr, widths))
                trs = ''.join('<tr>' + ''.join(f'<td>{h(c)}</td>' for c in r) + '</tr>' for r in rows)
                out.append(f'<table class="grid" style="width:{frac * 100:.0f}%"><tr>{ths}</tr>{trs}</table>')
            elif k == 'sigs':
                sg = ''.join(f'<div class="sig"><div class="script">{h(script_of(n))}</div><div class="n">{h(n)}</div>'
                             f'<div class="t">{h(t)}</div></div>' for n, t in b[1])
                out.append(f'<div class="sigs">{sg}</div>')
            elif k == 'space':
                out.append(f'<div style="height:{b[1]}pt"></div>')
            elif k == 'rule':
                out.append('<div class="rule"></div>')
            elif k == 'footer':
                out.append(f'<div class="footer">{h(b[1])}</div>')
            elif k == 'corner':
                out.append(f'<div class="corner">{h(b[1])}</div>')
            else:
                raise ValueError(k)
        out.append('</div>')
        body.append('\n'.join(out))
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{h(cert["gold"]["title"])}</title>'
            f'<style>{css}</style></head><body>\n' + '\n'.join(body) + '\n</body></html>\n')


def script_of(name):
    """The 'handwritten' signature: first initial + surname, without credentials."""
    core = name.split(',')[0]
    parts = [p for p in core.split() if p not in ('Dr.',)]
    return (parts[0][0] + '. ' + ' '.join(parts[1:])) if len(parts) > 1 else core


def build_html(cert, out, workdir):
    src = os.path.join(workdir, cert['id'] + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(html_source(cert))
    prof = os.path.join(PROFILES, 'chromium')
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + prof,
                    '--no-pdf-header-footer', '--print-to-pdf=' + os.path.abspath(out),
                    'file://' + os.path.abspath(src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ ODF (flat .fodt)
def ox(s, bold_style='B'):
    s = _html.escape(s, quote=False)
    s = re.sub(r'  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), s)
    return re.sub(r'\*\*(.+?)\*\*', r'<text:span text:style-name="%s">\1</text:span>' % bold_style, s)


def fodt_source(cert):
    o, land, align, acc = opts(cert)
    A = hexc(acc)
    S = lambda r: sz(o, r, land)
    serif = o.get('odf_serif', 'Liberation Serif')
    sans = o.get('odf_sans', 'Liberation Sans')
    main = 'Serif' if o.get('font', 'serif') == 'serif' else 'Sans'
    AL = 'center' if align == 'center' else 'start'
    m = o.get('margin', 70 if land else 66)
    W, H = ('11in', '8.5in') if land else ('8.5in', '11in')
    bord = o.get('border')
    bcss = {'double': f'4.5pt double {A}', 'thick': f'6pt solid {A}', 'thin': '0.6pt solid #61616b',
            'corners': f'1.5pt solid {A}', 'band': f'2pt solid {A}', 'sidebar': f'2pt solid {A}'}.get(bord)
    if bcss:
        pl = (f'fo:margin-top="0.35in" fo:margin-bottom="0.35in" fo:margin-left="0.35in" fo:margin-right="0.35in" '
              f'fo:border="{bcss}" fo:padding-top="{m - 36}pt" fo:padding-bottom="{max(m - 50, 8)}pt" fo:padding-left="{m - 25}pt" fo:padding-right="{m - 25}pt"')
        if bord == 'double':
            pl += ' style:border-line-width="0.8pt 1.2pt 2.5pt"'
    else:
        pl = f'fo:margin-top="{m - 10}pt" fo:margin-bottom="{m - 30}pt" fo:margin-left="{m}pt" fo:margin-right="{m}pt"'

    def ps(name, fam, size, weight='normal', style='normal', color='#1f1f24', al=AL, mt=0, mb=0, extra='', pextra=''):
        return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties fo:text-align="{al}" '
                f'fo:margin-top="{mt}pt" fo:margin-bottom="{mb}pt" {pextra}/><style:text-properties style:font-name="{fam}" '
                f'fo:font-size="{size}pt" fo:font-weight="{weight}" fo:font-style="{style}" fo:color="{color}" {extra}/></style:style>')
    styles = [
        ps('Standard', main, 11),
        ps('Logo', 'Sans', S('logo'), 'bold', color=A, extra='fo:letter-spacing="1pt"'),
        ps('Issuer', main, S('issuer'), 'bold', color=A, mt=3),
        ps('Office', main, S('office'), color='#61616b', mt=2),
        ps('Heading', main, S('heading'), 'bold', mt=10, mb=4),
        ps('H2', main, S('h2'), 'bold', color=A, al='start', mt=12, mb=6),
        ps('Sub', main, S('sub'), style='italic', color='#555555', mt=9),
        ps('Name', main, S('name'), 'bold', mt=6, mb=4),
        ps('Format', 'Sans', S('format'), 'bold', color=A, mt=12, extra='fo:letter-spacing="0.6pt"'),
        ps('Title', main, S('title'), 'bold', mt=5, mb=6,
           pextra=(f'fo:margin-left="{int(o.get("odf_title_indent", 40))}pt" fo:margin-right="{int(o.get("odf_title_indent", 40))}pt"' if align == 'center' else '')),
        ps('Line', 'Sans', S('line'), mt=6),
        ps('Para', main, S('para'), mt=6, pextra='fo:line-height="135%"'),
        ps('Small', 'Sans', S('small'), color='#61616b', mt=8,
           pextra=('fo:margin-left="30pt" fo:margin-right="30pt"' if align == 'center' else '')),
        ps('KvL', 'Sans', S('kv') - 1, 'bold', color='#61616b', al='start'),
        ps('KvV', main, S('kv') + 0.5, al='start'),
        ps('ColL', 'Sans', 7.5, 'bold', color='#61616b', al='start', extra='fo:letter-spacing="0.5pt"'),
        ps('ColV', main, S('cols'), al='start'),
        ps('GridH', 'Sans', S('table'), 'bold', al='start'),
        ps('GridC', 'Sans', S('table'), al='start'),
        ps('SigScript', 'Script', 18, color='#24306b', al='center' if align == 'center' else 'start'),
        ps('SigN', 'Sans', 9.5, 'bold', al='center' if align == 'center' else 'start',
           pextra='fo:border-top="0.7pt solid #222222" fo:padding-top="3pt"'),
        ps('SigT', 'Sans', 8.5, color='#61616b', al='center' if align == 'center' else 'start'),
        ps('Footer', 'Sans', 7.5, color='#61616b', al='center'),
        ps('Corner', 'Sans', 8, color='#61616b', al='end'),
        ps('SealP', 'Sans', 8, 'bold', color='#ffffff', al='center'),
        '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
    ]
    auto = [f'<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="{W}" fo:page-height="{H}" '
            f'style:print-orientation="{"landscape" if land else "portrait"}" {pl}/>'
            f'<style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="4pt"/></style:footer-style></style:page-layout>',
            '<style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>',
            '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="#cca33d" '
            'draw:stroke="solid" svg:stroke-color="#ffffff" svg:stroke-width="1pt" style:wrap="run-through" style:run-through="foreground" '
            'draw:textarea-vertical-align="middle" draw:textarea-horizontal-align="center" fo:padding="2pt"/></style:style>',
            '<style:style style:name="CellNone" style:family="table-cell"><style:table-cell-properties fo:padding="2pt" fo:border="none"/></style:style>',
            '<style:style style:name="CellPad" style:family="table-cell"><style:table-cell-properties fo:padding-top="3pt" fo:padding-bottom="3pt" fo:padding-right="8pt" fo:border="none"/></style:style>',
            '<style:style style:name="CellVal" style:family="table-cell"><style:table-cell-properties fo:padding-right="12pt" fo:padding-bottom="4pt" fo:border-bottom="0.5pt solid #999999" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>',
            '<style:style style:name="CellGrid" style:family="table-cell"><style:table-cell-properties fo:padding="3pt" fo:border="0.5pt solid #888888"/></style:style>',
            f'<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:padding="3pt" fo:border="0.5pt solid #888888" fo:background-color="{hexc(tuple(1 - (1 - c) * 0.15 for c in acc))}"/></style:style>',
            '<style:style style:name="CellSig" style:family="table-cell"><style:table-cell-properties fo:padding-left="14pt" fo:padding-right="14pt" fo:border="none"/></style:style>',
            ]
    textw = (11 if land else 8.5) * 72 - 2 * (m if not bcss else (0.35 * 72 + m - 25)) - (2 * 1.5 if bcss else 0)
    body = []
    tcount = [0]

    def table(colfracs, rows_xml, frac, name_prefix='T'):
        tcount[0] += 1
        n = tcount[0]
        tw = textw * frac
        auto.append(f'<style:style style:name="{name_prefix}{n}" style:family="table"><style:table-properties style:width="{tw:.1f}pt" '
                    f'table:align="{"center" if align == "center" else "left"}" fo:margin-top="8pt"/></style:style>')
        cols = ''
        for i, f in enumerate(colfracs):
            auto.append(f'<style:style style:name="{name_prefix}{n}c{i}" style:family="table-column"><style:table-column-properties style:column-width="{tw * f:.1f}pt"/></style:style>')
            cols += f'<table:table-column table:style-name="{name_prefix}{n}c{i}"/>'
        return f'<table:table table:name="{name_prefix}{n}" table:style-name="{name_prefix}{n}">{cols}{rows_xml}</table:table>'

    def cell(style, paras):
        return f'<table:table-cell table:style-name="{style}" office:value-type="string">{paras}</table:table-cell>'

    pages = split_pages(cert['blocks'])
    footer = ''
    for pi, blocks in enumerate(pages):
        first_para = True
        for b in blocks:
            k = b[0]
            pre = ''
            if pi > 0 and first_para and k not in ('footer',):
                brk = True
            else:
                brk = False
            if k == 'footer':
                footer = footer or b[1]
                continue
            sty = {'logo': 'Logo', 'issuer': 'Issuer', 'office': 'Office', 'heading': 'Heading', 'h2': 'H2', 'sub': 'Sub',
                   'name': 'Name', 'format': 'Format', 'title': 'Title', 'para': 'Para', 'small': 'Small', 'corner': 'Corner'}.get(k)
            if brk:
                body.append('<text:p text:style-name="PBreak"/>')
            first_para = False
            if sty:
                seal = ''
                if pi == 0 and not body and o.get('seal'):
                    s = o['seal']; r = s.get('r', 40)
                    pos = s.get('pos', 'br')
                    PW, PH = (792, 612) if land else (612, 792)
                    cx = {'br': PW - m - r - 6, 'bl': m + r + 6, 'bc': PW / 2}[pos]
                    cy = PH - (m + r + 4)
                    seal = (f'<draw:custom-shape text:anchor-type="page" text:anchor-page-number="1" draw:z-index="0" draw:style-name="gr1" '
                            f'svg:width="{2 * r}pt" svg:height="{2 * r}pt" svg:x="{cx - r:.1f}pt" svg:y="{cy - r:.1f}pt">' +
                            ''.join(f'<text:p text:style-name="SealP">{ox(t)}</text:p>' for t in s['text']) +
                            '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="ellipse"/></draw:custom-shape>')
                body.append(f'<text:p text:style-name="{sty}">{seal}{ox(b[1])}</text:p>')
            elif k == 'line':
                if len(b) == 2 or b[2] is None:
                    body.append(f'<text:p text:style-name="Line">{ox(b[1])}</text:p>')
                else:
                    body.append(f'<text:p text:style-name="Line"><text:span text:style-name="B">{ox(b[1])}</text:span> {ox(b[2])}</text:p>')
            elif k == 'kv':
                frac = b[3] if len(b) > 3 and b[3] else (0.78 if align == 'center' else 1.0)
                lw = (b[2] if len(b) > 2 and b[2] else 150) / (textw * frac)
                rows = ''.join('<table:table-row>' + cell('CellPad', f'<text:p text:style-name="KvL">{ox(a)}</text:p>') +
                               cell('CellPad', f'<text:p text:style-name="KvV">{ox(v)}</text:p>') + '</table:table-row>' for a, v in b[1])
                body.append(table([lw, 1 - lw], rows, frac))
            elif k == 'cols':
                n = len(b[1])
                frac = b[3] if len(b) > 3 and b[3] else (0.86 if align == 'center' else 1.0)
                rows = ('<table:table-row>' + ''.join(cell('CellNone', f'<text:p text:style-name="ColL">{ox(x.upper())}</text:p>') for x in b[1]) +
                        '</table:table-row><table:table-row>' + ''.join(cell('CellVal', f'<text:p text:style-name="ColV">{ox(x)}</text:p>') for x in b[2]) +
                        '</table:table-row>')
                body.append(table([1.0 / n] * n, rows, frac))
            elif k == 'table':
                hdr, rws = b[1], b[2]
                widths = b[3] if len(b) > 3 and b[3] else [1.0 / len(hdr)] * len(hdr)
                frac = b[4] if len(b) > 4 and b[4] else (0.86 if align == 'center' else 1.0)
                rows = ('<table:table-header-rows><table:table-row>' + ''.join(cell('CellHead', f'<text:p text:style-name="GridH">{ox(x)}</text:p>') for x in hdr) +
                        '</table:table-row></table:table-header-rows>' +
                        ''.join('<table:table-row>' + ''.join(cell('CellGrid', f'<text:p text:style-name="GridC">{ox(c)}</text:p>') for c in r) + '</table:table-row>' for r in rws))
                body.append(table(widths, rows, frac))
            elif k == 'sigs':
                n = len(b[1])
                frac = 0.9 if (align == 'center' or n > 1) else 0.45
                body.append(f'<text:p text:style-name="Standard"><text:s/></text:p>' * max(1, o.get('odf_sig_space', 1)))
                rows = '<table:table-row>' + ''.join(cell('CellSig', f'<text:p text:style-name="SigScript">{ox(script_of(nm))}</text:p>'
                                                           f'<text:p text:style-name="SigN">{ox(nm)}</text:p>' +
                                                           ''.join(f'<text:p text:style-name="SigT">{ox(t)}</text:p>' for t in tt.split('\n')))
                                                      for nm, tt in b[1]) + '</table:table-row>'
                body.append(table([1.0 / n] * n, rows, frac))
            elif k == 'space':
                body.append('<text:p text:style-name="Standard"><text:s/></text:p>')
            elif k == 'rule':
                body.append(f'<text:p text:style-name="Standard"><text:s/></text:p>')
            else:
                raise ValueError(k)
    master = ('<style:master-page style:name="Standard" style:page-layout-name="PL">' +
              (f'<style:footer><text:p text:style-name="Footer">{ox(footer)}</text:p></style:footer>' if footer else '') +
              '</style:master-page>')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{ox(cert['gold']['title'])}</dc:title><meta:generator>z16 fodt writer</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Serif" svg:font-family="'{serif}'" style:font-family-generic="roman"/>
 <style:font-face style:name="Sans" svg:font-family="'{sans}'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Script" svg:font-family="Z003" style:font-family-generic="script"/>
</office:font-face-decls>
<office:styles>
{chr(10).join(styles)}
</office:styles>
<office:automatic-styles>
{chr(10).join(auto)}
</office:automatic-styles>
<office:master-styles>{master}</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''


def soffice_convert(src, outdir):
    prof = 'file://' + os.path.join(PROFILES, 'libreoffice')
    subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf', '--outdir', outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build_fodt(cert, out, workdir):
    src = os.path.join(workdir, cert['id'] + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt_source(cert))
    soffice_convert(src, workdir)
    os.replace(os.path.join(workdir, cert['id'] + '.pdf'), out)


# ===================================================================== DOCX
def build_docx(cert, out, workdir):
    from docx import Document
    from docx.shared import Pt, RGBColor, Emu
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    o, land, align, acc = opts(cert)
    S = lambda r: sz(o, r, land)
    serif = o.get('docx_serif', 'Liberation Serif')
    sans = o.get('docx_sans', 'Liberation Sans')
    main = serif if o.get('font', 'serif') == 'serif' else sans
    AL = WD_ALIGN_PARAGRAPH.CENTER if align == 'center' else WD_ALIGN_PARAGRAPH.LEFT
    A = RGBColor(*[int(round(c * 255)) for c in acc])
    GRAYC = RGBColor(0x61, 0x61, 0x6b)
    m = o.get('margin', 70 if land else 66)
    doc = Document()
    sec = doc.sections[0]
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Pt(792), Pt(612)
    else:
        sec.page_width, sec.page_height = Pt(612), Pt(792)
    sec.left_margin = sec.right_margin = Pt(m)
    sec.top_margin = Pt(m - 12)
    sec.bottom_margin = Pt(m - 20)
    sec.footer_distance = Pt(30)
    sec.header_distance = Pt(28)
    st = doc.styles['Normal']
    st.font.name = main
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    doc.core_properties.title = cert['gold']['title']
    doc.core_properties.author = 'z16 build'
    bord = o.get('border')
    spec = {'double': ('double', 18), 'thick': ('single', 36), 'thin': ('single', 4), 'corners': ('thinThickSmallGap', 24),
            'band': ('single', 18), 'sidebar': ('single', 18)}.get(bord)
    if spec:
        pb = OxmlElement('w:pgBorders')
        pb.set(qn('w:offsetFrom'), 'page')
        for side in ('top', 'left', 'bottom', 'right'):
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), spec[0]); e.set(qn('w:sz'), str(spec[1])); e.set(qn('w:space'), '24')
            e.set(qn('w:color'), 'auto' if bord == 'thin' else '%02X%02X%02X' % tuple(int(round(c * 255)) for c in acc))
            pb.append(e)
        sectPr = sec._sectPr
        pgMar = sectPr.find(qn('w:pgMar'))
        pgMar.addnext(pb)

    def para(container, text, font=None, size=11, bold=False, italic=False, color=None, al=None, before=0, after=0, rich=True):
        p = container.add_paragraph()
        p.alignment = AL if al is None else al
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(after)
        segs = [(s, i % 2 == 1) for i, s in enumerate(text.split('**'))] if rich else [(text, False)]
        for s, b in segs:
            if not s:
                continue
            r = p.add_run(s)
            r.font.name = font or main
            r.font.size = Pt(size)
            r.font.bold = bold or b
            r.font.italic = italic
            if color is not None:
                r.font.color.rgb = color
        return p

    def set_cell_border(cell, **kw):
        tcPr = cell._tc.get_or_add_tcPr()
        b = OxmlElement('w:tcBorders')
        for side, val in kw.items():
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), val[0]); e.set(qn('w:sz'), str(val[1])); e.set(qn('w:color'), val[2])
            b.append(e)
        tcPr.append(b)

    textw = (792 if land else 612) - 2 * m

    def mktable(nrows, ncols, fracs, frac, grid=False):
        t = doc.add_table(rows=nrows, cols=ncols)
        if grid:
            t.style = doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER if align == 'center' else WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for i, f in enumerate(fracs):
            t.columns[i].width = Pt(textw * frac * f)
            for c in t.columns[i].cells:
                c.width = Pt(textw * frac * f)
        tblPr = t._tbl.tblPr
        tw = OxmlElement('w:tblW'); tw.set(qn('w:w'), str(int(textw * frac * 20))); tw.set(qn('w:type'), 'dxa')
        for old in tblPr.findall(qn('w:tblW')):
            tblPr.remove(old)
        tblPr.append(tw)
        lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); tblPr.append(lay)
        return t

    pages = split_pages(cert['blocks'])
    for pi, blocks in enumerate(pages):
        if pi > 0:
            doc.add_page_break()
        for b in blocks:
            k = b[0]
            if k == 'logo':
                para(doc, b[1], sans, S('logo'), True, color=A)
            elif k == 'issuer':
                para(doc, b[1], None, S('issuer'), True, color=A, before=3)
            elif k == 'office':
                para(doc, b[1], None, S('office'), color=GRAYC, before=2)
            elif k == 'heading':
                para(doc, b[1], None, S('heading'), True, before=10, after=4)
            elif k == 'h2':
                para(doc, b[1], None, S('h2'), True, color=A, al=WD_ALIGN_PARAGRAPH.LEFT, before=12, after=6)
            elif k == 'sub':
                para(doc, b[1], None, S('sub'), italic=True, color=RGBColor(0x55, 0x55, 0x55), before=9)
            elif k == 'name':
                para(doc, b[1], None, S('name'), True, before=6, after=4)
            elif k == 'format':
                para(doc, b[1], sans, S('format'), True, color=A, before=12)
            elif k == 'title':
                p = para(doc, b[1], None, S('title'), True, before=5, after=6)
                if align == 'center':
                    ind = o.get('docx_title_indent', 40)
                    p.paragraph_format.left_indent = Pt(ind); p.paragraph_format.right_indent = Pt(ind)
            elif k == 'line':
                if len(b) == 2 or b[2] is None:
                    para(doc, b[1], sans, S('line'), before=6)
                else:
                    para(doc, '**' + b[1] + '** ' + b[2], sans, S('line'), before=6)
            elif k == 'para':
                p = para(doc, b[1], None, S('para'), before=6)
                p.paragraph_format.line_spacing = 1.25
            elif k == 'small':
                p = para(doc, b[1], sans, S('small'), color=GRAYC, before=8)
                if align == 'center':
                    p.paragraph_format.left_indent = Pt(30); p.paragraph_format.right_indent = Pt(30)
            elif k == 'kv':
                frac = b[3] if len(b) > 3 and b[3] else (0.78 if align == 'center' else 1.0)
                lw = (b[2] if len(b) > 2 and b[2] else 150) / (textw * frac)
                t = mktable(len(b[1]), 2, [lw, 1 - lw], frac)
                for i, (a, v) in enumerate(b[1]):
                    c0, c1 = t.rows[i].cells
                    c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
                    r = c0.paragraphs[0].add_run(a); r.font.name = sans; r.font.size = Pt(S('kv') - 1); r.font.bold = True; r.font.color.rgb = GRAYC
                    r = c1.paragraphs[0].add_run(v); r.font.name = main; r.font.size = Pt(S('kv') + 0.5)
                    for c in (c0, c1):
                        c.paragraphs[0].paragraph_format.space_before = Pt(3); c.paragraphs[0].paragraph_format.space_after = Pt(3)
            elif k == 'cols':
                n = len(b[1])
                frac = b[3] if len(b) > 3 and b[3] else (0.86 if align == 'center' else 1.0)
                t = mktable(2, n, [1.0 / n] * n, frac)
                for i in range(n):
                    c = t.rows[0].cells[i]
                    r = c.paragraphs[0].add_run(b[1][i].upper()); r.font.name = sans; r.font.size = Pt(7.5); r.font.bold = True; r.font.color.rgb = GRAYC
                    c.paragraphs[0].paragraph_format.space_before = Pt(8)
                    c = t.rows[1].cells[i]
                    r = c.paragraphs[0].add_run(b[2][i]); r.font.name = main; r.font.size = Pt(S('cols'))
                    c.paragraphs[0].paragraph_format.space_after = Pt(3)
                    set_cell_border(c, bottom=('single', 4, '999999'))
            elif k == 'table':
                hdr, rws = b[1], b[2]
                widths = b[3] if len(b) > 3 and b[3] else [1.0 / len(hdr)] * len(hdr)
                frac = b[4] if len(b) > 4 and b[4] else (0.86 if align == 'center' else 1.0)
                para(doc, ' ', size=4)
                t = mktable(1 + len(rws), len(hdr), widths, frac, grid=True)
                para(doc, ' ', size=2)
                for ri, row in enumerate([hdr] + list(rws)):
                    for ci, txt in enumerate(row):
                        c = t.rows[ri].cells[ci]
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
                        r = c.paragraphs[0].add_run(txt); r.font.name = sans; r.font.size = Pt(S('table')); r.font.bold = (ri == 0)
                        if ri == 0:
                            tcPr = c._tc.get_or_add_tcPr()
                            shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto')
                            shd.set(qn('w:fill'), hexc(tuple(1 - (1 - x) * 0.15 for x in acc))[1:])
                            tcPr.append(shd)
            elif k == 'sigs':
                n = len(b[1])
                para(doc, ' ', before=o.get('docx_sig_gap', 16))
                frac = 0.9 if (align == 'center' or n > 1) else 0.45
                t = mktable(1, n, [1.0 / n] * n, frac)
                sal = WD_ALIGN_PARAGRAPH.CENTER if (align == 'center' or n > 1) else WD_ALIGN_PARAGRAPH.LEFT
                for i, (nm, tt) in enumerate(b[1]):
                    c = t.rows[0].cells[i]
                    p = c.paragraphs[0]; p.alignment = sal
                    r = p.add_run(script_of(nm)); r.font.name = 'Z003'; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x24, 0x30, 0x6b)
                    p = c.add_paragraph(); p.alignment = sal
                    pPr = p._p.get_or_add_pPr(); bd = OxmlElement('w:pBdr'); tp = OxmlElement('w:top')
                    tp.set(qn('w:val'), 'single'); tp.set(qn('w:sz'), '6'); tp.set(qn('w:space'), '2'); tp.set(qn('w:color'), '222222')
                    bd.append(tp); pPr.append(bd)
                    r = p.add_run(nm); r.font.name = sans; r.font.size = Pt(9.5); r.font.bold = True
                    for tl in tt.split('\n'):
                        p = c.add_paragraph(); p.alignment = sal
                        r = p.add_run(tl); r.font.name = sans; r.font.size = Pt(8.5); r.font.color.rgb = GRAYC
            elif k == 'space':
                para(doc, ' ', size=b[1] * 0.6)
            elif k == 'rule':
                para(doc, ' ')
            elif k == 'footer':
                fp = sec.footer.paragraphs[0]
                fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = fp.add_run(b[1]); r.font.name = sans; r.font.size = Pt(7.5); r.font.color.rgb = GRAYC
            elif k == 'corner':
                hp = sec.header.paragraphs[0]
                hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                r = hp.add_run(b[1]); r.font.name = sans; r.font.size = Pt(8); r.font.color.rgb = GRAYC
            else:
                raise ValueError(k)
    src = os.path.join(workdir, cert['id'] + '.docx')
    doc.save(src)
    soffice_convert(src, workdir)
    os.replace(os.path.join(workdir, cert['id'] + '.pdf'), out)


# ================================================================= Platypus
def build_platypus(cert, out, workdir):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.colors import Color, HexColor
    o, land, align, acc = opts(cert)
    S = lambda r: sz(o, r, land)
    fam = SERIF if o.get('font', 'serif') == 'serif' else SANS
    AL = TA_CENTER if align == 'center' else TA_LEFT
    A = Color(*acc)
    GRAYC = HexColor('#61616b')
    W, H = (792, 612) if land else (612, 792)
    m = o.get('margin', 70 if land else 66)

    def P(name, font, size, color=HexColor('#1f1f24'), al=AL, before=0, after=0, lead=None, **kw):
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.22, textColor=color,
                              alignment=al, spaceBefore=before, spaceAfter=after, **kw)
    ST = dict(
        logo=P('logo', 'Helvetica-Bold', S('logo'), A),
        issuer=P('issuer', fam['b'], S('issuer'), A, before=3),
        office=P('office', fam['r'], S('office'), GRAYC, before=2),
        heading=P('heading', fam['b'], S('heading'), before=10, after=4),
        h2=P('h2', fam['b'], S('h2'), A, al=TA_LEFT, before=12, after=6),
        sub=P('sub', fam['i'], S('sub'), HexColor('#555555'), before=9),
        name=P('name', fam['b'], S('name'), before=6, after=4),
        format=P('format', 'Helvetica-Bold', S('format'), A, before=12),
        title=P('title', fam['b'], S('title'), before=5, after=6,
                leftIndent=(o.get('plat_title_indent', 40) if align == 'center' else 0),
                rightIndent=(o.get('plat_title_indent', 40) if align == 'center' else 0)),
        line=P('line', 'Helvetica', S('line'), before=6),
        para=P('para', fam['r'], S('para'), before=6, lead=S('para') * 1.35),
        small=P('small', 'Helvetica', S('small'), GRAYC, before=8, leftIndent=(30 if align == 'center' else 0),
                rightIndent=(30 if align == 'center' else 0)),
        kvl=P('kvl', 'Helvetica-Bold', S('kv') - 1, GRAYC, al=TA_LEFT),
        kvv=P('kvv', fam['r'], S('kv') + 0.5, al=TA_LEFT),
        coll=P('coll', 'Helvetica-Bold', 7.5, GRAYC, al=TA_LEFT),
        colv=P('colv', fam['r'], S('cols'), al=TA_LEFT),
        gh=P('gh', 'Helvetica-Bold', S('table'), al=TA_LEFT),
        gc=P('gc', 'Helvetica', S('table'), al=TA_LEFT),
        sn=P('sn', 'Helvetica-Bold', 9.5, al=TA_CENTER if align == 'center' else TA_LEFT),
        stt=P('stt', 'Helvetica', 8.5, GRAYC, al=TA_CENTER if align == 'center' else TA_LEFT),
    )

    def x(s):
        s = _html.escape(s, quote=False)
        s = re.sub(r'  +', lambda mm: '&nbsp;' * len(mm.group(0)), s)
        return re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)

    textw = W - 2 * m
    story = []
    page_marks = {}
    pages = split_pages(cert['blocks'])
    for pi, blocks in enumerate(pages):
        if pi > 0:
            story.append(PageBreak())
        for b in blocks:
            k = b[0]
            if k in ('logo', 'issuer', 'office', 'heading', 'h2', 'sub', 'name', 'format', 'title', 'para', 'small'):
                story.append(Paragraph(x(b[1]), ST[k]))
            elif k == 'line':
                txt = x(b[1]) if len(b) == 2 or b[2] is None else '<b>%s</b> %s' % (x(b[1]), x(b[2]))
                story.append(Paragraph(txt, ST['line']))
            elif k == 'kv':
                frac = b[3] if len(b) > 3 and b[3] else (0.78 if align == 'center' else 1.0)
                lw = b[2] if len(b) > 2 and b[2] else 150
                data = [[Paragraph(x(a), ST['kvl']), Paragraph(x(v), ST['kvv'])] for a, v in b[1]]
                t = Table(data, colWidths=[lw, textw * frac - lw], hAlign='CENTER' if align == 'center' else 'LEFT')
                t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                       ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
                story += [Spacer(1, 8), t]
            elif k == 'cols':
                n = len(b[1])
                frac = b[3] if len(b) > 3 and b[3] else (0.86 if align == 'center' else 1.0)
                data = [[Paragraph(x(l.upper()), ST['coll']) for l in b[1]], [Paragraph(x(v), ST['colv']) for v in b[2]]]
                t = Table(data, colWidths=[textw * frac / n] * n, hAlign='CENTER' if align == 'center' else 'LEFT')
                t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                       ('RIGHTPADDING', (0, 0), (-1, -1), 12),
                                       ('LINEBELOW', (0, 1), (-1, 1), 0.5, HexColor('#999999'))]))
                story += [Spacer(1, 8), t]
            elif k == 'table':
                hdr, rws = b[1], b[2]
                widths = b[3] if len(b) > 3 and b[3] else [1.0 / len(hdr)] * len(hdr)
                frac = b[4] if len(b) > 4 and b[4] else (0.86 if align == 'center' else 1.0)
                data = [[Paragraph(x(c), ST['gh']) for c in hdr]] + [[Paragraph(x(c), ST['gc']) for c in r] for r in rws]
                t = Table(data, colWidths=[textw * frac * w for w in widths], hAlign='CENTER' if align == 'center' else 'LEFT')
                t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, HexColor('#888888')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                       ('BACKGROUND', (0, 0), (-1, 0), Color(*[1 - (1 - c) * 0.15 for c in acc]))]))
                story += [Spacer(1, 8), t]
            elif k == 'sigs':
                n = len(b[1])
                frac = 0.9 if (align == 'center' or n > 1) else 0.45
                cells = [[Paragraph(x(nm), ST['sn'])] + [Paragraph(x(t), ST['stt']) for t in tt.split('\n')] for nm, tt in b[1]]
                t = Table([cells], colWidths=[textw * frac / n] * n, hAlign='CENTER' if align == 'center' else 'LEFT')
                cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 14), ('RIGHTPADDING', (0, 0), (-1, -1), 14)]
                t.setStyle(TableStyle(cmds))
                t._z16_siglines = True
                story += [Spacer(1, o.get('sig_gap', 40)), SigLine(t, n, textw * frac / n)]
            elif k == 'space':
                story.append(Spacer(1, b[1]))
            elif k == 'rule':
                story.append(Spacer(1, 8))
            elif k in ('footer', 'corner'):
                page_marks.setdefault(pi, []).append(b)
            else:
                raise ValueError(k)

    def onpage(c, doc):
        pno = doc.page - 1
        lay = DrawLayout(cert)
        lay.ops = lay.pages[0]
        if pno == 0 and o.get('seal'):
            lay.seal(o['seal'])
        for b in page_marks.get(pno, []):
            getattr(lay, 'b_' + b[0])(b[1])
        from engine_draw import rl_color
        for op in lay.ops:
            kk = op[0]
            if kk == 'text':
                _, xx, yy, s, font, size, col = op
                c.setFont(font, size); c.setFillColor(rl_color(col)); c.drawString(xx, yy, s)
            elif kk == 'line':
                _, x1, y1, x2, y2, lw, col = op
                c.setLineWidth(lw); c.setStrokeColor(rl_color(col)); c.line(x1, y1, x2, y2)
            elif kk in ('rect', 'circle'):
                if kk == 'rect':
                    _, xx, yy, w, hh, lw, st, fi = op
                else:
                    _, cx, cy, r, lw, st, fi = op
                if fi: c.setFillColor(rl_color(fi))
                if st: c.setStrokeColor(rl_color(st)); c.setLineWidth(lw)
                if kk == 'rect':
                    c.rect(xx, yy, w, hh, stroke=1 if st else 0, fill=1 if fi else 0)
                else:
                    c.circle(cx, cy, r, stroke=1 if st else 0, fill=1 if fi else 0)

    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=m - 10, bottomMargin=m - 20,
                          title=cert['gold']['title'], author='z16 build', creator='ReportLab Platypus')
    frame = Frame(m, m - 20, W - 2 * m, H - 2 * m + 30, id='f', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id='p', frames=[frame], onPage=onpage)])
    doc.build(story)


from reportlab.platypus import Flowable


class SigLine(Flowable):
    """Wraps the signature table and draws a rule above each column."""
    def __init__(self, table, n, colw):
        super().__init__()
        self.t, self.n, self.colw = table, n, colw
        self.hAlign = table.hAlign

    def wrap(self, aw, ah):
        self.w, self.h = self.t.wrap(aw, ah)
        return self.w, self.h + 4

    def draw(self):
        c = self.canv
        self.t.drawOn(c, 0, 0)
        c.setLineWidth(0.7)
        for i in range(self.n):
            c.line(i * self.colw + 14, self.h + 2, (i + 1) * self.colw - 14, self.h + 2)


def build(cert, out, workdir):
    p = cert['producer']
    {'html': build_html, 'fodt': build_fodt, 'docx': build_docx, 'platypus': build_platypus}[p](cert, out, workdir)
