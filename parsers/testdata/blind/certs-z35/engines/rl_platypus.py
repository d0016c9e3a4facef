"""ReportLab Platypus engine: flowables (Paragraph, Table) in a frame, border and
seal drawn in the page callback."""
from xml.sax.saxutils import escape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, HRFlowable)
from .common import page_size, decorations, font_for
from .rl_canvas import draw_ops

AL = {'left': TA_LEFT, 'center': TA_CENTER, 'right': TA_RIGHT}


def ps(name, font, size, al='left', color=None, sb=0, lh=1.25, ls=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * lh, alignment=AL[al],
                          textColor=colors.HexColor(color) if color else colors.black, spaceBefore=sb)


def para(text, style, ls=0):
    t = escape(text).replace('\n', '<br/>')
    return Paragraph(t, style)


def render(spec, out, title=None, author=None):
    pg = spec['page']
    W, H = page_size(spec)
    fam = pg.get('family', 'serif')
    align = pg.get('align', 'center')
    m = pg.get('margin', 72)
    CW = W - 2 * m

    def on_page(c, doc):
        draw_ops(c, decorations(spec, W, H))

    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=m, rightMargin=m, topMargin=m,
                          bottomMargin=m, title=title or 'Certificate', author=author or '')
    frame = Frame(m, m, CW, H - 2 * m, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id='cert', frames=[frame], onPage=on_page)])
    story = []
    if pg.get('top'):
        story.append(Spacer(1, pg['top']))
    n = 0
    for b in spec['blocks']:
        n += 1
        t = b['t']
        ff = b.get('ff') or fam
        bw = (b.get('w') or 1.0) * CW
        if t == 'pagebreak':
            story.append(PageBreak())
            if pg.get('top'):
                story.append(Spacer(1, pg['top']))
        elif t == 'space':
            story.append(Spacer(1, b['h']))
        elif t == 'rule':
            story.append(Spacer(1, b['sb']))
            story.append(HRFlowable(width='%d%%' % int(b['w'] * 100), thickness=b['width'],
                                    color=colors.HexColor(b['color']), spaceBefore=0, spaceAfter=0))
        elif t == 'p':
            text = b['text']
            if b['ls']:
                from .common import spaced
                text = spaced(text).replace('   ', '\u00a0\u00a0 ')
            st = ps('p%d' % n, font_for(ff, b['b'], b['i']), b['size'], b['al'] or align, b['color'], b['sb'], b['lh'])
            p = para(text, st)
            if b.get('w') and b['w'] < 1:
                tb = Table([[p]], colWidths=[bw])
                tb.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 0),
                                        ('TOPPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 0)]))
                story.append(Spacer(1, b['sb']))
                story.append(tb)
            else:
                story.append(p)
        else:
            story.append(Spacer(1, b['sb']))
            if t == 'kv':
                ls_ = ps('l%d' % n, font_for(ff, b['lb']), b['lsize'], 'left', b['lcolor'])
                vs_ = ps('v%d' % n, font_for(ff, b['vb']), b['size'], 'left')
                data = [[para(l, ls_), para(v, vs_)] for l, v in b['rows']]
                tb = Table(data, colWidths=[b['lw'], bw - b['lw']])
                tb.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                        ('TOPPADDING', (0, 0), (-1, -1), b['gap'] / 2),
                                        ('BOTTOMPADDING', (0, 0), (-1, -1), b['gap'] / 2)]))
            elif t == 'cols':
                k = len(b['cols'])
                fr = b['widths'] or [1.0 / k] * k
                ls_ = ps('l%d' % n, font_for(ff, False), b['lsize'], b['al'], b['lcolor'])
                vs_ = ps('v%d' % n, font_for(ff, b['vb']), b['size'], b['al'])
                data = [[para(l, ls_) for l, v in b['cols']], [para(v, vs_) for l, v in b['cols']]]
                tb = Table(data, colWidths=[f * bw for f in fr])
                sty = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 6),
                       ('RIGHTPADDING', (0, 0), (-1, -1), 6)]
                if b['rule']:
                    for j in range(k):
                        sty.append(('LINEBELOW', (j, 1), (j, 1), 0.8, colors.HexColor('#777777')))
                tb.setStyle(TableStyle(sty))
            elif t == 'table':
                k = len(b['header'])
                fr = b['widths'] or [1.0 / k] * k
                hs = ps('h%d' % n, font_for(ff, True), b['size'], b['al'])
                cs = ps('c%d' % n, font_for(ff, False), b['size'], b['al'])
                data = [[para(c, hs) for c in b['header']]] + [[para(c, cs) for c in r] for r in b['rows']]
                tb = Table(data, colWidths=[f * bw for f in fr])
                sty = [('GRID', (0, 0), (-1, -1), 0.7, colors.HexColor('#555555')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
                if b['hfill']:
                    sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(b['hfill'])))
                tb.setStyle(TableStyle(sty))
            elif t == 'sigs':
                k = len(b['sigs'])
                sc = ps('s%d' % n, 'Times-Italic', 17, 'center', '#1c2f6b')
                ns = ps('n%d' % n, font_for(ff, True), b['size'], 'center')
                ts = ps('t%d' % n, font_for(ff, False), b['size'] - 0.5, 'center')
                gap = 40
                cwid = (bw - gap * (k - 1)) / k
                rows = [[], [], []]
                widths = []
                for j, s_ in enumerate(b['sigs']):
                    if j:
                        for r in rows:
                            r.append('')
                        widths.append(gap)
                    rows[0].append(para(s_[0].split(',')[0] if b['script'] else ' ', sc))
                    rows[1].append(para(s_[0], ns))
                    rows[2].append(para(s_[1], ts))
                    widths.append(cwid)
                tb = Table(rows, colWidths=widths)
                sty = [('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 2),
                       ('TOPPADDING', (0, 1), (-1, -1), 1), ('BOTTOMPADDING', (0, 1), (-1, -1), 1)]
                for j in range(k):
                    sty.append(('LINEBELOW', (2 * j, 0), (2 * j, 0), 0.7, colors.black))
                tb.setStyle(TableStyle(sty))
            story.append(tb)
    doc.build(story)
