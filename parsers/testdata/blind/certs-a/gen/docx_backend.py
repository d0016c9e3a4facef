"""Blocks -> Word-style .docx (WordprocessingML written with zipfile), converted by LibreOffice."""
import zipfile, struct, zlib, datetime
from xml.sax.saxutils import escape
from engine import PAGE_SIZES, parse_rich, Layout
from svgops import logo_ops, sig_ops, svg_of_ops, d_of

FONTS = {'serif': 'Liberation Serif', 'sans': 'Liberation Sans', 'script': 'Z003'}
ALT = {'dejavu': {'serif': 'DejaVu Serif', 'sans': 'DejaVu Sans'}, 'urw': {'serif': 'C059', 'sans': 'URW Gothic'},
       'p052': {'serif': 'P052', 'sans': 'Nimbus Sans'}}
JC = {'C': 'center', 'L': 'left', 'R': 'right', 'J': 'both'}
EMU = 12700  # per pt


def tw(pt):
    return int(round(pt * 20))


def png1():
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(b'\x00\xff\xff\xff')) + chunk(b'IEND', b''))


def logo_segs(bl):
    segs = []
    filled = bl['kind'] not in ('circle',)
    for op in logo_ops(dict(bl, text='')):
        if op[0] == 'path':
            segs += op[1]
        elif op[0] == 'rect':
            x, y, w, h = op[1:5]
            segs += [('M', x, y), ('L', x + w, y), ('L', x + w, y + h), ('L', x, y + h), ('Z',)]
        if bl['kind'] == 'seal' and op[0] == 'path':
            break
    return segs, filled


class Docx:
    def __init__(self, page):
        self.fonts = dict(FONTS)
        if page.get('hfonts'):
            self.fonts.update(ALT[page['hfonts']])
        self.media = []
        self.rels = []
        self.nid = 0

    def rpr(self, font, size, b=False, i=False, color='000000', sp=0):
        f = self.fonts[font]
        s = '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (f, f, f)
        if b:
            s += '<w:b/><w:bCs/>'
        if i:
            s += '<w:i/><w:iCs/>'
        if color != '000000':
            s += '<w:color w:val="%s"/>' % color.upper()
        if sp:
            s += '<w:spacing w:val="%d"/>' % tw(sp)
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (int(round(size * 2)), int(round(size * 2)))
        return s

    def runs(self, s, font, size, b=False, i=False, color='000000', sp=0):
        out = []
        for t, bb, ii in parse_rich(s, b, i):
            parts = t.split('\n')
            for k, p in enumerate(parts):
                if k:
                    out.append('<w:r>%s<w:br/></w:r>' % self.rpr(font, size, bb, ii, color, sp))
                if p:
                    out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (self.rpr(font, size, bb, ii, color, sp), escape(p)))
        return ''.join(out)

    def p(self, inner, align='L', before=0, after=0, lh=1.15, ind=0, indr=0, border_bottom=None, page_break=False, keep=False):
        ppr = '<w:pPr>'
        if page_break:
            ppr += '<w:pageBreakBefore/>'
        if border_bottom:
            ppr += '<w:pBdr><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>' % border_bottom
        ppr += '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="auto"/>' % (tw(before), tw(after), int(lh * 240 / 1.15))
        if ind or indr:
            ppr += '<w:ind w:left="%d" w:right="%d"/>' % (tw(ind), tw(indr))
        ppr += '<w:jc w:val="%s"/></w:pPr>' % JC[align]
        return '<w:p>%s%s</w:p>' % (ppr, inner)

    def vml(self, segs, w, h, color='1f3a68', weight=1.0, filled=False, anchor=None):
        """A VML drawing (one path), as Word writes for simple shapes; LibreOffice imports it as vector art."""
        self.nid += 1
        sc = 100.0
        parts = []
        for sg in segs:
            if sg[0] == 'Z':
                parts.append('x')
            else:
                parts.append(sg[0].lower() + ','.join(str(int(round(v * sc))) for v in sg[1:]))
        path = ''.join(parts) + 'e'
        style = 'width:%.2fpt;height:%.2fpt' % (w, h)
        if anchor:
            style = ('position:absolute;margin-left:%.2fpt;margin-top:%.2fpt;width:%.2fpt;height:%.2fpt;z-index:-%d;'
                     'mso-position-horizontal-relative:page;mso-position-vertical-relative:page') % (anchor[0], anchor[1], w, h, self.nid)
        fill = ('fillcolor="#%s" filled="t" stroked="f"' % color) if filled else 'filled="f"'
        return ('<w:r><w:pict><v:shape id="_x0000_s%d" xmlns:v="urn:schemas-microsoft-com:vml" style="%s" coordsize="%d,%d" '
                'path="%s" strokecolor="#%s" strokeweight="%.2fpt" %s/></w:pict></w:r>') % (
            1024 + self.nid, style, int(w * sc), int(h * sc), path, color, weight, fill)

    def table(self, colw, rows, borders=False, jc='center', after=0, ind=0, cellmar=(0, 0, 0, 0)):
        b = ''.join('<w:%s w:val="%s" w:sz="5" w:space="0" w:color="505050"/>' % (e, 'single' if borders else 'nil')
                    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="%s"/>%s<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
               '<w:tblCellMar><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/><w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>' % (
                   tw(sum(colw)), jc, ('<w:tblInd w:w="%d" w:type="dxa"/>' % tw(ind)) if ind else '', b,
                   tw(cellmar[0]), tw(cellmar[1]), tw(cellmar[2]), tw(cellmar[3]))]
        out += ['<w:gridCol w:w="%d"/>' % tw(w) for w in colw]
        out.append('</w:tblGrid>')
        for row in rows:
            out.append('<w:tr>')
            for (cell, tcpr), w in zip(row, colw):
                out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (tw(w), tcpr or '', cell))
            out.append('</w:tr>')
        out.append('</w:tbl>')
        out.append('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>' % max(tw(after), 20))
        return ''.join(out)


def render(page, blocks, title='Certificate', author='', path=None):
    d = Docx(page)
    W, H = PAGE_SIZES[page.get('size', 'letter')]
    if page.get('orient', 'P') == 'L':
        W, H = H, W
    m = page.get('margin', 60)
    mx, mt, mb = page.get('mx', m), page.get('mt', m), page.get('mb', m)
    CW = W - 2 * mx
    acc = page.get('accent', '1f3a68')
    body = []
    pages = [[]]
    for bl in blocks:
        (pages.append([]) if bl['t'] == 'page' else pages[-1].append(bl))
    for pno, pb in enumerate(pages):
        pending_break = pno > 0
        if page.get('valign') == 'center':
            L = Layout(page, 'lib')
            h = L._flow(pb, 0, measure=True) * 1.15
            avail = H - mt - mb
            if h < avail:
                body.append(d.p('', before=max(((avail - h) / 2 - 8) * page.get('center_scale', 1.0), 0), lh=0.3, page_break=pending_break))
                pending_break = False
        for bl in pb:
            t = bl['t']
            x = ''
            if pending_break and t in ('logo', 'table', 'cols', 'kv', 'sig'):
                body.append(d.p('', lh=0.3, page_break=True))
                pending_break = False
            if t == 'space':
                x = d.p('', before=max(bl['h'] - 4, 0), lh=0.3, page_break=pending_break)
            elif t == 'rule':
                ml = CW * (1 - bl['frac']) / 2
                x = d.p('', before=bl['before'], after=bl['after'], lh=0.3, ind=ml, indr=ml,
                        border_bottom=(int(bl['lw'] * 8), bl['color'].upper()), page_break=pending_break)
            elif t == 'text':
                ml = (CW - bl['w']) / 2 if bl['w'] else 0
                x = d.p(d.runs(bl['s'], bl['font'], bl['size'], bl['b'], bl['i'], bl['color'], bl['sp']), bl['align'],
                        bl['before'], bl['after'], bl['lh'], ml, ml, page_break=pending_break)
            elif t == 'cols':
                n = len(bl['pairs'])
                ws = bl['widths'] or [1.0 / n] * n
                colw = [CW * w for w in ws]
                labs = [(d.p(d.runs(p[0], bl['font'], bl['lsize'], color=bl['lcolor']), bl['align'], lh=1.25), None) for p in bl['pairs']]
                vals = [(d.p(d.runs(p[1], bl['vfont'], bl['vsize'], b=bl['vb']), bl['align'], lh=1.25,
                             before=3 if bl['order'] == 'above' else 0), None) for p in bl['pairs']]
                if bl['order'] == 'above':
                    if bl['rule']:
                        vals = [(v, '<w:tcBorders><w:bottom w:val="single" w:sz="4" w:color="969696"/></w:tcBorders>') for v, _ in vals]
                    rows = [labs, vals]
                else:
                    rows = [[(v, '<w:tcBorders><w:bottom w:val="single" w:sz="5" w:color="3C3C3C"/></w:tcBorders>') for v, _ in vals],
                            [(l.replace('<w:spacing w:before="0"', '<w:spacing w:before="60"'), None) for l, _ in labs]]
                x = d.table(colw, rows, jc='center', after=bl['after'], cellmar=(0, 0, 0, 14))
            elif t == 'kv':
                if bl['inline']:
                    parts = []
                    for k, r in enumerate(bl['rows']):
                        lab = r[0] + (':' if bl['colon'] and r[0] else '')
                        parts.append(d.p(d.runs(('**%s**' % lab) if bl['lb'] else lab, bl['font'], bl['size']) +
                                         d.runs(' ' + r[1], bl['font'], bl['size']), 'L', 0,
                                         bl['gap'] + (bl['after'] if k == len(bl['rows']) - 1 else 0), 1.3, bl['indent']))
                    x = ''.join(parts)
                else:
                    rows = [[(d.p(d.runs(r[0] + (':' if bl['colon'] and r[0] else ''), bl['font'], bl['size'], b=bl['lb']), 'L', after=bl['gap'], lh=1.3), None),
                             (d.p(d.runs(r[1], bl['font'], bl['size']), 'L', after=bl['gap'], lh=1.3), None)] for r in bl['rows']]
                    x = d.table([bl['lw'], CW - bl['indent'] - bl['lw']], rows, jc='left', after=bl['after'], ind=bl['indent'])
            elif t == 'table':
                w = bl['w'] or CW - 2 * bl['indent']
                rows = []
                if bl['header']:
                    rows.append([(d.p(d.runs(bl['header'], bl['font'], bl['size'], b=True, color='ffffff'), 'L', lh=1.3),
                                  '<w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % acc.upper())])
                for r in bl['rows']:
                    rows.append([(d.p(d.runs(r[0], bl['font'], bl['size'], b=True), 'L', lh=1.3), '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % bl['shade'].upper()),
                                 (d.p(d.runs(r[1], bl['font'], bl['size']), 'L', lh=1.3), None)])
                # header row spans both columns
                if bl['header']:
                    hdr = rows[0][0]
                    x = d.table([bl['lw'], w - bl['lw']], [[hdr, ('', None)]] + rows[1:], borders=True, after=bl['after'], cellmar=(5, 5, 5, 5))
                    x = x.replace('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr></w:tc>' % tw(w - bl['lw']), '', 1)
                    x = x.replace('<w:tcW w:w="%d" w:type="dxa"/><w:gridSpan' % tw(bl['lw']), '<w:tcW w:w="%d" w:type="dxa"/><w:gridSpan' % tw(w), 1)
                else:
                    x = d.table([bl['lw'], w - bl['lw']], rows, borders=True, after=bl['after'], cellmar=(5, 5, 5, 5))
            elif t == 'sig':
                n = len(bl['items'])
                cells = []
                for k, it in enumerate(bl['items']):
                    segs = sig_ops(170, 34, bl['seed'] + k) + [('M', 0, 35.5), ('L', 170, 35.5)]
                    c = d.p(d.vml(segs, 170, 36, '141E5A', 1.1), 'C', lh=1.0)
                    for j, line in enumerate(it):
                        c += d.p(d.runs(line, bl['font'], bl['size'], b=(j == 0)), 'C', before=3 if j == 0 else 0, lh=1.25)
                    cells.append((c, None))
                x = d.table([CW / n] * n, [cells], after=bl['after'])
            elif t == 'logo':
                s = bl['size']
                w = s * (4.2 if bl['kind'] == 'bars' and bl['text'] else 1)
                segs, filled = logo_segs(bl)
                if bl['abs']:
                    ax, ay = bl['abs']
                    if ax < 0:
                        ax = W + ax - s
                    body.append(d.p(d.vml(segs, s, s, bl['color'].upper(), 2.0, filled, anchor=(ax, ay)), 'L', lh=0.1, page_break=pending_break))
                    pending_break = False
                    continue
                word = ''
                if bl['text']:
                    word = d.runs(' ' + bl['text'], bl['font'], s * 0.3, b=True, color=bl['color'])
                x = d.p(d.vml(segs, s, s, bl['color'].upper(), 2.0, filled) + word, bl['align'], after=bl['after'], lh=1.0)
            if x:
                if t in ('space', 'rule', 'text'):
                    pending_break = False
                body.append(x)
    pgb = ''
    bd = page.get('border', 'none')
    if bd in ('double', 'single', 'thick', 'band', 'corners'):
        val = 'double' if bd == 'double' else 'single'
        sz = {'double': 12, 'thick': 24}.get(bd, 16)
        pgb = '<w:pgBorders w:offsetFrom="page">' + ''.join(
            '<w:%s w:val="%s" w:sz="%d" w:space="20" w:color="%s"/>' % (e, val, sz, acc.upper()) for e in ('top', 'left', 'bottom', 'right')) + '</w:pgBorders>'
    sect = '<w:sectPr><w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="0" w:footer="0" w:gutter="0"/>%s<w:cols w:space="720"/></w:sectPr>' % (
        tw(W), tw(H), ' w:orient="landscape"' if W > H else '', tw(mt), tw(mx), tw(mb), tw(mx), pgb)
    NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
    document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, ''.join(body), sect)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/><w:sz w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
              '</w:styles>') % ((d.fonts['serif'],) * 3)
    now = '2025-06-02T09:14:00Z'
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created></cp:coreProperties>') % (escape(title), escape(author), now)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="png" ContentType="image/png"/><Default Extension="svg" ContentType="image/svg+xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rIdSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
             ''.join('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="%s"/>' % r for r in d.rels) +
             '</Relationships>')
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    for nm, data in [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', core), ('docProps/app.xml', app),
                     ('word/document.xml', document), ('word/styles.xml', styles), ('word/_rels/document.xml.rels', drels)]:
        zi = zipfile.ZipInfo(nm, date_time=(2025, 6, 2, 9, 14, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    for nm, data in d.media:
        zi = zipfile.ZipInfo('word/' + nm, date_time=(2025, 6, 2, 9, 14, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    z.close()
