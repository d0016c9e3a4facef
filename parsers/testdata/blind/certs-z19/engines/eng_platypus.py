"""ReportLab Platypus producer: blocks -> Paragraph/Table flowables in a BaseDocTemplate."""
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, HRFlowable, KeepTogether)

from .ir import page_size
from .eng_layout import RLMetrics, decorations, _canvas_draw

AL = {'C': TA_CENTER, 'L': TA_LEFT, 'R': TA_RIGHT}


class Builder:
    def __init__(self, page):
        self.page = page
        self.m = RLMetrics()
        self.W, self.H = page_size(page)
        mg = page.get('margin', 72)
        self.ml = self.mr = page.get('mx', mg)
        self.mt, self.mb = page.get('mt', mg), page.get('mb', mg)
        self.cw = self.W - self.ml - self.mr
        self.fam = page.get('font', 'serif')
        self.n = 0

    def style(self, size=11, b=False, i=False, align='C', color=None, font=None, sb=0, sa=None, lh=1.22, w=None,
              track=0):
        self.n += 1
        fn = self.m.face(font or self.fam, b, i)
        li = ri = 0
        if w and w < self.cw:
            if align == 'C':
                li = ri = (self.cw - w) / 2
            else:
                ri = self.cw - w
        return ParagraphStyle('s%d' % self.n, fontName=fn, fontSize=size, leading=size * lh,
                              alignment=AL[align], textColor=colors.HexColor(color or self.page.get('color', '#000000')),
                              spaceBefore=sb, spaceAfter=size * 0.45 if sa is None else sa, leftIndent=li, rightIndent=ri)

    def P(self, text, **kw):
        track = kw.pop('track', 0)
        t = escape(str(text)).replace('\n', '<br/>')
        if track:
            # Platypus has no letter-spacing: space the letters out in the text itself
            t = '&nbsp;&nbsp;&nbsp;'.join(' '.join(list(w)) for w in str(text).split(' '))
        return Paragraph(t, self.style(**kw))

    def flow(self, b):
        k = b['k']
        pal = self.page.get('align', 'C')
        if k == 'T':
            return [self.P(b['text'], size=b.get('size', 11), b=b.get('b', False), i=b.get('i', False),
                           align=b.get('align', pal), color=b.get('color'), font=b.get('font'), sb=b.get('sb', 0),
                           sa=b.get('sa'), lh=b.get('lh', 1.22), w=b.get('w'), track=b.get('track', 0))]
        if k == 'SP':
            return [Spacer(1, b['h'])]
        if k == 'RULE':
            return [HRFlowable(width=b.get('w', self.cw), thickness=b.get('lw', 0.8),
                               color=colors.HexColor(b.get('color', self.page.get('accent', '#444444'))),
                               spaceBefore=b.get('sb', 2), spaceAfter=b.get('sa', 8))]
        if k == 'KV':
            size = b.get('size', 11)
            w = b.get('w', 440)
            lw = b.get('lw', 130)
            data = [[self.P(r[0], size=size, b=True, align='L', sa=0, font=b.get('font')),
                     self.P(r[1], size=size, align='L', sa=0, font=b.get('font'))] for r in b['rows']]
            t = Table(data, colWidths=[lw, w - lw], hAlign='CENTER' if b.get('align', 'C' if pal == 'C' else 'L') == 'C' else 'LEFT')
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                   ('BOTTOMPADDING', (0, 0), (-1, -1), b.get('gap', 4)), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
            return [t, Spacer(1, b.get('sa', 8))]
        if k == 'COLS':
            out = []
            size = b.get('size', 11.5)
            lsize = b.get('lsize', 8)
            w = b.get('w', self.cw)
            calign = b.get('calign', 'L')
            for row in b['rows']:
                n = len(row)
                fr = b.get('colw') or [1.0 / n] * n
                data = [[self.P(c[0], size=lsize, b=True, color='#555555', align=calign, sa=0) for c in row],
                        [self.P(c[1], size=size, align=calign, sa=0) for c in row]]
                t = Table(data, colWidths=[w * f for f in fr[:n]])
                st = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 2),
                      ('RIGHTPADDING', (0, 0), (-1, -1), 10), ('TOPPADDING', (0, 1), (-1, 1), 3)]
                for c in range(n):
                    st.append(('LINEBELOW', (c, 0), (c, 0), 0.5, colors.HexColor('#999999')))
                t.setStyle(TableStyle(st))
                out += [t, Spacer(1, b.get('gap', 10))]
            return out
        if k == 'TABLE':
            size = b.get('size', 10)
            w = b.get('w', self.cw)
            n = len(b['header'])
            fr = b.get('widths') or [1.0 / n] * n
            data = [[self.P(h, size=size, b=True, align='L', sa=0) for h in b['header']]]
            data += [[self.P(c, size=size, align='L', sa=0) for c in r] for r in b['rows']]
            t = Table(data, colWidths=[w * f for f in fr])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.HexColor('#666666')),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6')),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            return [t, Spacer(1, b.get('sa', 10))]
        if k == 'SIG':
            size = b.get('size', 9.5)
            sigs = b['sigs']
            lw = b.get('lw', 190)
            cells = []
            for s in sigs:
                inner = [self.P(s[2] if len(s) > 2 and s[2] else ' ', size=17, font='chancery', i=True, color='#1b2a6b', sa=2),
                         HRFlowable(width=lw, thickness=0.7, color=colors.HexColor('#333333'), spaceAfter=2),
                         self.P(s[0], size=size, b=True, sa=0)]
                for tl in str(s[1]).split('\n'):
                    if tl:
                        inner.append(self.P(tl, size=size - 0.5, i=True, sa=0))
                cells.append(inner)
            slot = self.cw / len(sigs) if len(sigs) > 1 else lw + 20
            al = 'CENTER' if (b.get('align', 'C') == 'C' or len(sigs) > 1) else 'LEFT'
            t = Table([cells], colWidths=[slot] * len(sigs), hAlign=al)
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
            return [Spacer(1, b.get('sb', 6)), KeepTogether([t]), Spacer(1, b.get('sa', 8))]
        if k == 'PB':
            return [PageBreak()]
        raise ValueError(k)


def render_platypus(cert, out_pdf, src_dir=None):
    page = cert['page']
    bld = Builder(page)
    foots = [b for b in cert['blocks'] if b['k'] == 'FOOT']
    body = [b for b in cert['blocks'] if b['k'] != 'FOOT']
    foot_paras = [bld.P(f['text'], size=f.get('size', 7.5), align=f.get('align', page.get('align', 'C')),
                        color=f.get('color', '#444444'), sa=f.get('sa', 2), i=f.get('i', False), font=f.get('font'),
                        lh=1.15) for f in foots]
    fh = sum(p.wrap(bld.cw, 500)[1] + 2 for p in foot_paras)
    deco = decorations(page)

    def on_page(c, doc):
        c.saveState()
        _canvas_draw(c, deco)
        y = bld.mb
        for p in reversed(foot_paras):
            w, h = p.wrap(bld.cw, 500)
            p.drawOn(c, bld.ml, y)
            y += h + 2
        c.restoreState()

    doc = BaseDocTemplate(out_pdf, pagesize=(bld.W, bld.H), leftMargin=bld.ml, rightMargin=bld.mr,
                          topMargin=bld.mt, bottomMargin=bld.mb + fh + 6, title=page.get('meta_title', 'Certificate'),
                          author=page.get('meta_author', ''), creator=page.get('meta_creator', 'ReportLab Platypus'),
                          invariant=1)
    frame = Frame(bld.ml, bld.mb + fh + 6, bld.cw, bld.H - bld.mt - bld.mb - fh - 6, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id='body')
    doc.addPageTemplates([PageTemplate(id='cert', frames=[frame], onPage=on_page)])
    story = []
    if page.get('top_space'):
        story.append(Spacer(1, page['top_space']))
    for b in body:
        story += bld.flow(b)
    doc.build(story)
