#!/usr/bin/python3
"""Generator for blind test set certs-k (CE certificates for laboratory professionals).

Every certificate is written below as a page spec plus a list of layout blocks in a
small block language (T, KV, COLS, TABLE, SIGS, BOX, RULE, SP, PB).  Each certificate
names one producer; the block list is rendered by that producer's backend:

  reportlab   - own line-breaking layout engine -> ReportLab canvas
  acroform    - same engine, variable values as ReportLab AcroForm text fields,
                then flattened with qpdf --flatten-annotations=all
  fpdf        - same engine -> generated PHP script using FPDF core fonts
  ghostscript - same engine -> generated PostScript, converted with gs pdfwrite
  chromium    - HTML/CSS -> headless chromium --print-to-pdf
  tcpdf       - TCPDF writeHTML() + drawing calls, generated PHP script
  docx        - python-docx .docx -> soffice --convert-to pdf
  fodt        - flat ODF text (.fodt) XML -> soffice --convert-to pdf

Sources written by the backends go to src/.  Run:  /usr/bin/python3 build.py [NN ...]
"""
import html
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

from reportlab.pdfbase.pdfmetrics import stringWidth

DIR = os.environ.get('CERTS_DIR') or os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(DIR, 'src')
TMP = os.path.join(DIR, '.tmp')
os.makedirs(TMP, exist_ok=True)
tempfile.tempdir = TMP
PREFIX = 'k'

# ---------------------------------------------------------------- blocks

def T(text, size=11, b=False, i=False, align='C', font=None, ls=0, color=None,
      after=4, before=0, width=1.0, lead=1.25, field=False):
    return dict(k='T', text=text, size=size, b=b, i=i, align=align, font=font, ls=ls,
                color=color, after=after, before=before, width=width, lead=lead, field=field)


def KV(rows, lw=140, size=11, lsize=None, lb=True, lcolor=None, vb=False, font=None,
       lfont=None, after=8, gap=5, lalign='L', indent=0, field=True, vcolor=None):
    return dict(k='KV', rows=rows, lw=lw, size=size, lsize=lsize or size, lb=lb, lcolor=lcolor,
                vb=vb, font=font, lfont=lfont, after=after, gap=gap, lalign=lalign,
                indent=indent, field=field, vcolor=vcolor)


def COLS(rows, size=11, lsize=7.5, lcolor='#555555', lb=True, vb=False, font=None, after=8,
         gap=10, uline=False, widths=None, field=True, align='L'):
    return dict(k='COLS', rows=rows, size=size, lsize=lsize, lcolor=lcolor, lb=lb, vb=vb,
                font=font, after=after, gap=gap, uline=uline, widths=widths, field=field,
                align=align)


def TABLE(header, rows, widths, size=9.5, grid=True, hfill='#e6e6e6', font=None, after=8,
          hb=True, aligns=None, hcolor=None):
    return dict(k='TABLE', header=header, rows=rows, widths=widths, size=size, grid=grid,
                hfill=hfill, font=font, after=after, hb=hb, aligns=aligns, hcolor=hcolor)


def SIGS(items, size=9.5, after=6, before=10, font=None, lw=0.75):
    """items: dict(name=, title=, sig=True) or dict(seal=[lines], r=)"""
    return dict(k='SIGS', items=items, size=size, after=after, before=before, font=font, lw=lw)


def BOX(blocks, pad=8, lw=0.8, color='#000000', fill=None, after=8, width=1.0):
    return dict(k='BOX', blocks=blocks, pad=pad, lw=lw, color=color, fill=fill, after=after,
                width=width)


def RULE(width=1.0, lw=0.75, color='#000000', before=2, after=8):
    return dict(k='RULE', width=width, lw=lw, color=color, before=before, after=after)


def SP(h):
    return dict(k='SP', h=h)


def PB():
    return dict(k='PB')


def PAGE(orient='P', size='letter', margin=54, border='none', bcolor='#000000', font='serif',
         valign='top', corners=None, seal=None, top=None):
    """corners: list of (pos, text, size) with pos in tl,tr,bl,br,bc.
    seal: dict(lines=[...], x=frac, y=frac-from-top, r=pt, color=)"""
    return dict(orient=orient, size=size, margin=margin, border=border, bcolor=bcolor,
                font=font, valign=valign, corners=corners or [], seal=seal, top=top)


# ---------------------------------------------------------------- fonts & text

FAM = {
    'sans':    dict(prim='Helvetica', css="'Liberation Sans', Arial, sans-serif", office='Liberation Sans', tc='helvetica'),
    'serif':   dict(prim='Times', css="'Liberation Serif', 'Times New Roman', serif", office='Liberation Serif', tc='times'),
    'mono':    dict(prim='Courier', css="'Liberation Mono', monospace", office='Liberation Mono', tc='courier'),
    'script':  dict(prim='Times', css="'Z003', cursive", office='Z003', tc='times', force_i=True),
    'gothic':  dict(prim='Helvetica', css="'URW Gothic', sans-serif", office='URW Gothic', tc='helvetica'),
    'bookman': dict(prim='Times', css="'URW Bookman', serif", office='URW Bookman', tc='dejavuserif'),
    'c059':    dict(prim='Times', css="'C059', serif", office='C059', tc='times'),
    'p052':    dict(prim='Times', css="'P052', serif", office='P052', tc='times'),
    'dejavu':  dict(prim='Helvetica', css="'DejaVu Sans', sans-serif", office='DejaVu Sans', tc='dejavusans'),
    'dserif':  dict(prim='Times', css="'DejaVu Serif', serif", office='DejaVu Serif', tc='dejavuserif'),
    'narrow':  dict(prim='Helvetica', css="'Liberation Sans Narrow', sans-serif", office='Liberation Sans Narrow', tc='dejavusanscondensed'),
    'nimbus':  dict(prim='Helvetica', css="'Nimbus Sans', sans-serif", office='Nimbus Sans', tc='helvetica'),
}

PRIM_SUFFIX = {
    'Helvetica': {(0, 0): '', (1, 0): '-Bold', (0, 1): '-Oblique', (1, 1): '-BoldOblique'},
    'Courier': {(0, 0): '', (1, 0): '-Bold', (0, 1): '-Oblique', (1, 1): '-BoldOblique'},
    'Times': {(0, 0): '-Roman', (1, 0): '-Bold', (0, 1): '-Italic', (1, 1): '-BoldItalic'},
}


def prim_font(fam, b, i):
    f = FAM[fam]
    if f.get('force_i'):
        i = True
    base = f['prim']
    return base + PRIM_SUFFIX[base][(1 if b else 0, 1 if i else 0)]


def hexrgb(c):
    c = (c or '#000000').lstrip('#')
    return tuple(int(c[j:j + 2], 16) / 255.0 for j in (0, 2, 4))


def parse_runs(text, b0=False, i0=False):
    """'**' toggles bold, '~~' toggles italic.  Returns [(text, b, i)]."""
    runs, buf, b, i, j = [], '', b0, i0, 0
    while j < len(text):
        if text.startswith('**', j):
            if buf:
                runs.append((buf, b, i))
            buf, b, j = '', not b, j + 2
        elif text.startswith('~~', j):
            if buf:
                runs.append((buf, b, i))
            buf, i, j = '', not i, j + 2
        else:
            buf += text[j]
            j += 1
    if buf:
        runs.append((buf, b, i))
    return runs


def plain(text):
    return text.replace('**', '').replace('~~', '')


def tokens(text, b0, i0):
    """-> list of (word, b, i, space_before) with '\n' tokens for forced breaks"""
    out = []
    pending_space = False
    for seg, b, i in parse_runs(text, b0, i0):
        parts = re.split(r'(\n| +)', seg)
        for p in parts:
            if p == '':
                continue
            if p == '\n':
                out.append(('\n', b, i, False))
                pending_space = False
            elif p.strip(' ') == '':
                pending_space = True
            else:
                out.append((p, b, i, pending_space))
                pending_space = False
    return out


def wrap_tokens(toks, fam, size, width, ls=0):
    lines, cur, w = [], [], 0.0
    for tok in toks:
        word, b, i, sp = tok
        if word == '\n':
            lines.append(cur)
            cur, w = [], 0.0
            continue
        f = prim_font(fam, b, i)
        tw = stringWidth(word, f, size) + ls * len(word)
        sw = (stringWidth(' ', f, size) + ls) if (sp and cur) else 0
        if cur and w + sw + tw > width:
            lines.append(cur)
            cur, w = [(word, b, i, False)], tw
        else:
            cur.append(tok if cur else (word, b, i, False))
            w += sw + tw
    if cur or not lines:
        lines.append(cur)
    return lines


def line_segments(line, fam, size, ls):
    segs = []  # [text, font]
    for word, b, i, sp in line:
        f = prim_font(fam, b, i)
        if sp and segs:
            segs[-1][0] += ' '
        if segs and segs[-1][1] == f:
            segs[-1][0] += word
        else:
            segs.append([word, f])
    out = []
    for s, f in segs:
        out.append((s, f, stringWidth(s, f, size) + ls * len(s)))
    return out


# ---------------------------------------------------------------- primitive layout engine

PAGESIZES = {'letter': (612.0, 792.0), 'a4': (595.28, 841.89)}


def page_dims(pg):
    w, h = PAGESIZES[pg['size']]
    if pg['orient'] == 'L':
        w, h = h, w
    return w, h


def seal_ops(cx, cy, r, lines, color):
    ops = [('circle', cx, cy, r, 1.6, color), ('circle', cx, cy, r - 4, 0.6, color)]
    # serrated ring
    for k in range(36):
        a = 2 * math.pi * k / 36
        ops.append(('line', cx + (r + 1) * math.cos(a), cy + (r + 1) * math.sin(a),
                    cx + (r + 4) * math.cos(a), cy + (r + 4) * math.sin(a), 0.8, color))
    size = 7.5 if r >= 36 else 6.5
    n = len(lines)
    lead = size * 1.2
    ytop = cy + (n * lead) / 2 - size * 0.85
    for j, s in enumerate(lines):
        f = 'Helvetica-Bold'
        sz = size
        while stringWidth(s, f, sz) > 1.55 * (r - 4) and sz > 4:
            sz -= 0.25
        w = stringWidth(s, f, sz)
        ops.append(('text', cx - w / 2, ytop - j * lead, s, f, sz, color, 0, False))
    return ops


def squiggle(x0, x1, y, seed):
    rnd = random.Random(seed)
    pts = []
    n = 28
    for k in range(n + 1):
        t = k / n
        x = x0 + (x1 - x0) * t
        amp = 7 * math.sin(t * math.pi) + 2
        yy = y + amp * math.sin(t * rnd.uniform(14, 22) + rnd.uniform(0, 1)) * rnd.uniform(0.5, 1.0)
        pts.append((x, yy + 6))
    return ('poly', pts, 0.9, '#1b2a6b')


def border_ops(pg, W, H):
    c = pg['bcolor']
    st = pg['border']
    ops = []
    if st == 'line':
        ops.append(('rect', 24, 24, W - 48, H - 48, 1.5, c, None))
    elif st == 'double':
        ops.append(('rect', 20, 20, W - 40, H - 40, 3.0, c, None))
        ops.append(('rect', 28, 28, W - 56, H - 56, 0.8, c, None))
    elif st == 'ornate':
        ops.append(('rect', 18, 18, W - 36, H - 36, 5.0, c, None))
        ops.append(('rect', 28, 28, W - 56, H - 56, 1.0, c, None))
        for (x, y) in ((28, 28), (W - 28, 28), (28, H - 28), (W - 28, H - 28)):
            ops.append(('rect', x - 6, y - 6, 12, 12, 0.5, c, c))
            ops.append(('circle', x, y, 11, 0.8, c))
    elif st == 'frame3':
        for ins, lw in ((16, 0.5), (21, 2.2), (26, 0.5)):
            ops.append(('rect', ins, ins, W - 2 * ins, H - 2 * ins, lw, c, None))
    elif st == 'band':
        ops.append(('rect', 0, H - 22, W, 22, 0, c, c))
        ops.append(('rect', 0, 0, W, 12, 0, c, c))
    elif st == 'corners':
        L = 60
        for (x, y, dx, dy) in ((30, 30, 1, 1), (W - 30, 30, -1, 1), (30, H - 30, 1, -1), (W - 30, H - 30, -1, -1)):
            ops.append(('line', x, y, x + dx * L, y, 2.5, c))
            ops.append(('line', x, y, x, y + dy * L, 2.5, c))
            ops.append(('line', x + dx * 6, y + dy * 6, x + dx * (L - 14), y + dy * 6, 0.7, c))
            ops.append(('line', x + dx * 6, y + dy * 6, x + dx * 6, y + dy * (L - 14), 0.7, c))
    elif st == 'leftbar':
        ops.append(('rect', 0, 0, 34, H, 0, c, c))
        ops.append(('rect', 38, 0, 4, H, 0, c, c))
    return ops


class Prim:
    def __init__(self, pg):
        self.pg = pg
        self.W, self.H = page_dims(pg)
        self.pages = []
        self.fam = pg['font']
        self.nfield = 0
        self.new_page(first=True)

    def new_page(self, first=False):
        self.ops = []
        self.pages.append(self.ops)
        self.ops.extend(border_ops(self.pg, self.W, self.H))
        if first:
            for pos, text, size in self.pg['corners']:
                self.corner(pos, text, size)
            s = self.pg['seal']
            if s:
                self.ops.extend(seal_ops(s['x'] * self.W, self.H - s['y'] * self.H, s.get('r', 40),
                                         s['lines'], s.get('color', '#8a6d1a')))

    def corner(self, pos, text, size):
        m = self.pg['margin']
        f = prim_font(self.fam if self.fam != 'script' else 'serif', False, False)
        w = stringWidth(text, f, size)
        y = self.H - m * 0.62 if pos[0] == 't' else m * 0.55
        if pos[1] == 'l':
            x = m
        elif pos[1] == 'r':
            x = self.W - m - w
        else:
            x = (self.W - w) / 2
        self.ops.append(('text', x, y, text, f, size, '#444444', 0, False))

    def text_lines(self, text, x0, x1, y, size, b, i, fam, align, ls, color, lead, field):
        lines = wrap_tokens(tokens(text, b, i), fam, size, x1 - x0, ls)
        for line in lines:
            segs = line_segments(line, fam, size, ls)
            total = sum(s[2] for s in segs)
            if align == 'C':
                x = (x0 + x1 - total) / 2
            elif align == 'R':
                x = x1 - total
            else:
                x = x0
            base = y - size * 0.93
            if field and segs:
                s = ''.join(t for t, _, _ in segs)
                self.nfield += 1
                self.ops.append(('field', x, base, s, segs[0][1], size, color or '#000000',
                                 total + 6, 'f%d' % self.nfield))
            else:
                for s, f, w in segs:
                    self.ops.append(('text', x, base, s, f, size, color or '#000000', ls, False))
                    x += w
            y -= size * lead
        return y

    def flow(self, blocks, x0, x1, y):
        for blk in blocks:
            y = getattr(self, 'b_' + blk['k'])(blk, x0, x1, y)
        return y

    def b_PB(self, blk, x0, x1, y):
        self.new_page()
        return self.top_y()

    def top_y(self):
        return self.H - (self.pg['top'] if self.pg['top'] is not None else self.pg['margin'])

    def b_SP(self, blk, x0, x1, y):
        return y - blk['h']

    def b_RULE(self, blk, x0, x1, y):
        y -= blk['before']
        w = (x1 - x0) * blk['width']
        xa = (x0 + x1 - w) / 2
        self.ops.append(('line', xa, y, xa + w, y, blk['lw'], blk['color']))
        return y - blk['after']

    def b_T(self, blk, x0, x1, y):
        fam = blk['font'] or self.fam
        w = (x1 - x0) * blk['width']
        if blk['align'] == 'C':
            xa, xb = (x0 + x1 - w) / 2, (x0 + x1 + w) / 2
        elif blk['align'] == 'R':
            xa, xb = x1 - w, x1
        else:
            xa, xb = x0, x0 + w
        y -= blk['before']
        y = self.text_lines(blk['text'], xa, xb, y, blk['size'], blk['b'], blk['i'], fam,
                            blk['align'], blk['ls'], blk['color'], blk['lead'],
                            blk['field'] and self.forms)
        return y - blk['after']

    forms = False

    def b_KV(self, blk, x0, x1, y):
        fam = blk['font'] or self.fam
        lfam = blk['lfont'] or fam
        x0 += blk['indent']
        for label, value in blk['rows']:
            ya = self.text_lines(label, x0, x0 + blk['lw'] - 8, y, blk['lsize'], blk['lb'], False, lfam,
                                 blk['lalign'], 0, blk['lcolor'], 1.25, False)
            yb = self.text_lines(value, x0 + blk['lw'], x1, y, blk['size'], blk['vb'], False, fam,
                                 'L', 0, blk['vcolor'], 1.25, blk['field'] and self.forms)
            y = min(ya, yb) - blk['gap']
        return y - blk['after']

    def b_COLS(self, blk, x0, x1, y):
        fam = blk['font'] or self.fam
        for row in blk['rows']:
            n = len(row)
            widths = blk['widths'] or [1.0 / n] * n
            x = x0
            ymin = y
            for (label, value), wf in zip(row, widths):
                cw = (x1 - x0) * wf
                ya = self.text_lines(label, x, x + cw - 10, y, blk['lsize'], blk['lb'], False, fam,
                                     blk['align'], 0.3, blk['lcolor'], 1.2, False)
                ya -= 2
                yb = self.text_lines(value, x, x + cw - 10, ya, blk['size'], blk['vb'], False, fam,
                                     blk['align'], 0, None, 1.25, blk['field'] and self.forms)
                if blk['uline']:
                    self.ops.append(('line', x, yb - 1, x + cw - 14, yb - 1, 0.5, '#777777'))
                ymin = min(ymin, yb)
                x += cw
            y = ymin - blk['gap']
        return y - blk['after']

    def b_TABLE(self, blk, x0, x1, y):
        fam = blk['font'] or self.fam
        size = blk['size']
        ws = [(x1 - x0) * f for f in blk['widths']]
        aligns = blk['aligns'] or ['L'] * len(ws)
        pad = 4
        allrows = ([('H', blk['header'])] if blk['header'] else []) + [('R', r) for r in blk['rows']]
        ytop = y
        hlines = [y]
        for kind, row in allrows:
            # measure
            hts = []
            for cell, w in zip(row, ws):
                lines = wrap_tokens(tokens(cell, kind == 'H' and blk['hb'], False), fam, size, w - 2 * pad)
                hts.append(len(lines) * size * 1.2)
            rh = max(hts) + 2 * pad
            if kind == 'H' and blk['hfill']:
                self.ops.append(('rect', x0, y - rh, x1 - x0, rh, 0, blk['hfill'], blk['hfill']))
            x = x0
            for cell, w, al in zip(row, ws, aligns):
                self.text_lines(cell, x + pad, x + w - pad, y - pad, size, kind == 'H' and blk['hb'], False,
                                fam, al, 0, blk['hcolor'] if kind == 'H' else None, 1.2,
                                kind == 'R' and self.forms)
                x += w
            y -= rh
            hlines.append(y)
        lw = 0.6
        if blk['grid']:
            for hy in hlines:
                self.ops.append(('line', x0, hy, x1, hy, lw, '#444444'))
            x = x0
            for w in [0] + ws:
                x += w
                self.ops.append(('line', x, ytop, x, y, lw, '#444444'))
        else:
            self.ops.append(('line', x0, hlines[0], x1, hlines[0], 1.0, '#444444'))
            if blk['header']:
                self.ops.append(('line', x0, hlines[1], x1, hlines[1], 0.6, '#444444'))
            self.ops.append(('line', x0, y, x1, y, 1.0, '#444444'))
        return y - blk['after']

    def b_SIGS(self, blk, x0, x1, y):
        fam = blk['font'] or self.fam
        items = blk['items']
        n = len(items)
        cw = (x1 - x0) / n
        y -= blk['before']
        rmax = max([it.get('r', 38) for it in items if 'seal' in it] or [0])
        yline = y - max(30, rmax + 8)
        ymin = yline
        for k, it in enumerate(items):
            cx0 = x0 + k * cw
            cx1 = cx0 + cw
            if 'seal' in it:
                r = it.get('r', 38)
                self.ops.extend(seal_ops((cx0 + cx1) / 2, yline, r, it['seal'], it.get('color', '#8a6d1a')))
                ymin = min(ymin, yline - r - 6)
                continue
            lx0 = cx0 + cw * 0.1
            lx1 = cx1 - cw * 0.1
            if it.get('sig', True):
                self.ops.append(squiggle(lx0 + 12, lx1 - 20, yline, it['name']))
            self.ops.append(('line', lx0, yline, lx1, yline, blk['lw'], '#000000'))
            yy = self.text_lines(it['name'], lx0 - 10, lx1 + 10, yline - 3, blk['size'], it.get('b', True), False,
                                 fam, 'C', 0, None, 1.2, False)
            if it.get('title'):
                yy = self.text_lines(it['title'], lx0 - 10, lx1 + 10, yy, blk['size'] - 1.5, False, True, fam,
                                     'C', 0, '#333333', 1.2, False)
            ymin = min(ymin, yy)
        return ymin - blk['after']

    def b_BOX(self, blk, x0, x1, y):
        w = (x1 - x0) * blk['width']
        xa, xb = (x0 + x1 - w) / 2, (x0 + x1 + w) / 2
        idx = len(self.ops)
        y2 = self.flow(blk['blocks'], xa + blk['pad'], xb - blk['pad'], y - blk['pad'])
        y2 -= blk['pad'] - 4
        self.ops.insert(idx, ('rect', xa, y2, xb - xa, y - y2, blk['lw'], blk['color'], blk['fill']))
        return y2 - blk['after']

    def run(self, blocks):
        m = self.pg['margin']
        x0, x1 = m, self.W - m
        y0 = self.top_y()
        idx = len(self.ops)
        y = self.flow(blocks, x0, x1, y0)
        if self.pg['valign'] == 'center' and len(self.pages) == 1:
            used = y0 - y
            avail = y0 - m
            dy = max(0, (avail - used) / 2)
            self.ops[idx:] = [shift(op, -dy) for op in self.ops[idx:]]
        if y < m * 0.5:
            print('  WARNING: content overflows page bottom (y=%.0f)' % y)
        return self.pages


def shift(op, dy):
    k = op[0]
    if k in ('text', 'field'):
        return (k, op[1], op[2] + dy) + tuple(op[3:])
    if k == 'line':
        return (k, op[1], op[2] + dy, op[3], op[4] + dy) + tuple(op[5:])
    if k == 'rect':
        return (k, op[1], op[2] + dy) + tuple(op[3:])
    if k == 'circle':
        return (k, op[1], op[2] + dy) + tuple(op[3:])
    if k == 'poly':
        return (k, [(x, y + dy) for x, y in op[1]]) + tuple(op[2:])
    return op


def circle_pts(cx, cy, r, n=72):
    return [(cx + r * math.cos(2 * math.pi * k / n), cy + r * math.sin(2 * math.pi * k / n)) for k in range(n + 1)]


# ---- backend: reportlab (and acroform)

def render_reportlab(c, out, forms=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import Color
    pg = c['page']
    eng = Prim(pg)
    eng.forms = forms
    pages = eng.run(c['blocks'])
    W, H = eng.W, eng.H
    raw = out + ('.raw.pdf' if forms else '')
    cv = canvas.Canvas(raw, pagesize=(W, H))
    cv.setTitle(c['meta'].get('doc_title', 'Certificate'))
    cv.setAuthor(c['meta'].get('doc_author', ''))
    for pi, ops in enumerate(pages):
        if pi:
            cv.showPage()
        for op in ops:
            k = op[0]
            if k == 'text':
                _, x, y, s, f, size, col, ls, _f = op
                cv.setFillColorRGB(*hexrgb(col))
                to = cv.beginText(x, y)
                to.setFont(f, size)
                to.setCharSpace(ls or 0)
                to.textOut(s)
                cv.drawText(to)
            elif k == 'field':
                _, x, y, s, f, size, col, w, name = op
                cv.acroForm.textfield(name=name, value=s, x=x - 2, y=y - size * 0.3, width=w,
                                      height=size * 1.35, borderWidth=0, fontName=f, fontSize=size,
                                      fillColor=Color(1, 1, 1), borderColor=Color(1, 1, 1),
                                      textColor=Color(*hexrgb(col)), forceBorder=False,
                                      annotationFlags='print', fieldFlags='readOnly')
            elif k == 'line':
                _, x1, y1, x2, y2, lw, col = op
                cv.setStrokeColorRGB(*hexrgb(col))
                cv.setLineWidth(lw)
                cv.line(x1, y1, x2, y2)
            elif k == 'rect':
                _, x, y, w, h, lw, col, fill = op
                cv.setStrokeColorRGB(*hexrgb(col))
                cv.setLineWidth(lw or 0.1)
                if fill:
                    cv.setFillColorRGB(*hexrgb(fill))
                cv.rect(x, y, w, h, stroke=1 if lw else 0, fill=1 if fill else 0)
            elif k == 'circle':
                _, x, y, r, lw, col = op
                cv.setStrokeColorRGB(*hexrgb(col))
                cv.setLineWidth(lw)
                cv.circle(x, y, r, stroke=1, fill=0)
            elif k == 'poly':
                _, pts, lw, col = op
                cv.setStrokeColorRGB(*hexrgb(col))
                cv.setLineWidth(lw)
                p = cv.beginPath()
                p.moveTo(*pts[0])
                for pt in pts[1:]:
                    p.lineTo(*pt)
                cv.drawPath(p, stroke=1, fill=0)
    cv.save()
    if forms:
        shutil.copy(raw, os.path.join(SRC, os.path.basename(out).replace('.pdf', '.form.pdf')))
        r = subprocess.run(['qpdf', '--flatten-annotations=all', '--generate-appearances', raw, out],
                           capture_output=True, text=True)
        if r.returncode not in (0, 3):
            raise RuntimeError(r.stderr)
        os.remove(raw)


# ---- backend: PostScript / ghostscript

PS_SPECIAL = {'\u201c': 0o200, '\u201d': 0o201, '\u2018': 0o202, '\u2019': 0o203, '\u2013': 0o204,
              '\u2014': 0o205, '\u2022': 0o206, '\u2122': 0o207, '\u2020': 0o210}


def ps_str(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '()\\':
            out.append('\\' + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif ch in PS_SPECIAL:
            out.append('\\%03o' % PS_SPECIAL[ch])
        elif 160 <= o < 256:
            out.append('\\%03o' % o)
        else:
            raise ValueError('char not encodable for PS: %r' % ch)
    return '(' + ''.join(out) + ')'


def render_ps(c, out, src):
    pg = c['page']
    eng = Prim(pg)
    pages = eng.run(c['blocks'])
    W, H = eng.W, eng.H
    fonts = sorted({op[4] for ops in pages for op in ops if op[0] == 'text'})
    L = ['%!PS-Adobe-3.0', '%%Title: ' + c['meta'].get('doc_title', 'Certificate'),
         '%%Creator: certs-k build.py', '%%Pages: %d' % len(pages), '%%EndComments',
         '/CertEnc ISOLatin1Encoding 256 array copy def',
         'CertEnc 39 /quotesingle put CertEnc 96 /grave put CertEnc 45 /hyphen put']
    for ch, code in PS_SPECIAL.items():
        name = {'\u201c': 'quotedblleft', '\u201d': 'quotedblright', '\u2018': 'quoteleft',
                '\u2019': 'quoteright', '\u2013': 'endash', '\u2014': 'emdash', '\u2022': 'bullet',
                '\u2122': 'trademark', '\u2020': 'dagger'}[ch]
        L.append('CertEnc %d /%s put' % (code, name))
    L.append('/mkfont { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall '
             '/Encoding CertEnc def currentdict end definefont pop } bind def')
    for f in fonts:
        L.append('/E-%s /%s mkfont' % (f, f))
    L.append('1 setlinejoin 1 setlinecap')
    for pi, ops in enumerate(pages):
        L.append('%%%%Page: %d %d' % (pi + 1, pi + 1))
        L.append('<< /PageSize [%d %d] >> setpagedevice' % (W, H))
        L.append('1 setlinejoin 1 setlinecap')
        for op in ops:
            k = op[0]
            if k in ('text', 'field'):
                x, y, s, f, size, col = op[1:7]
                ls = op[7] if k == 'text' else 0
                L.append('%.3f %.3f %.3f setrgbcolor /E-%s %.2f selectfont %.2f %.2f moveto' %
                         (hexrgb(col) + (f, size, x, y)))
                if ls:
                    L.append('%.2f 0 %s ashow' % (ls, ps_str(s)))
                else:
                    L.append('%s show' % ps_str(s))
            elif k == 'line':
                _, x1, y1, x2, y2, lw, col = op
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke'
                         % (hexrgb(col) + (lw, x1, y1, x2, y2)))
            elif k == 'rect':
                _, x, y, w, h, lw, col, fill = op
                if fill:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f %.2f %.2f %.2f rectfill' % (hexrgb(fill) + (x, y, w, h)))
                if lw:
                    L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth %.2f %.2f %.2f %.2f rectstroke'
                             % (hexrgb(col) + (lw, x, y, w, h)))
            elif k == 'circle':
                _, x, y, r, lw, col = op
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke'
                         % (hexrgb(col) + (lw, x, y, r)))
            elif k == 'poly':
                _, pts, lw, col = op
                seg = ' '.join('%.2f %.2f lineto' % p for p in pts[1:])
                L.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %s stroke'
                         % (hexrgb(col) + (lw,) + pts[0] + (seg,)))
        L.append('showpage')
    L.append('%%EOF')
    with open(src, 'w', encoding='latin-1') as fh:
        fh.write('\n'.join(L) + '\n')
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
                    '-dAutoRotatePages=/None', '-sOutputFile=' + out, src], check=True)


# ---- backend: FPDF

def php_bin(s, enc='cp1252'):
    b = s.encode(enc)
    out = []
    for ch in b:
        if ch in (0x5c, 0x22, 0x24):
            out.append('\\' + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append('\\x%02x' % ch)
    return '"' + ''.join(out) + '"'


def fpdf_font(f):
    base = f.split('-')[0]
    suf = f[len(base):]
    style = {'': '', '-Roman': '', '-Bold': 'B', '-Italic': 'I', '-Oblique': 'I',
             '-BoldItalic': 'BI', '-BoldOblique': 'BI'}[suf]
    return base, style


def render_fpdf(c, out, src):
    pg = c['page']
    eng = Prim(pg)
    pages = eng.run(c['blocks'])
    W, H = eng.W, eng.H
    L = ['<?php', "require('/usr/share/php/fpdf/fpdf.php');",
         'class CertPDF extends FPDF {',
         '  function CharSpace($c) { $this->_out(sprintf("%.3F Tc", $c)); }',
         '  function Poly($pts) { for ($i = 1; $i < count($pts); $i++) { $this->Line($pts[$i-1][0], $pts[$i-1][1], $pts[$i][0], $pts[$i][1]); } }',
         '}',
         "$pdf = new CertPDF('%s', 'pt', array(%.2f, %.2f));" % (pg['orient'], min(W, H), max(W, H)),
         '$pdf->SetAutoPageBreak(false);',
         '$pdf->SetTitle(%s);' % php_bin(c['meta'].get('doc_title', 'Certificate')),
         '$pdf->SetCreator("certs-k build.py / FPDF");']
    for ops in pages:
        L.append('$pdf->AddPage();')
        for op in ops:
            k = op[0]
            if k in ('text', 'field'):
                x, y, s, f, size, col = op[1:7]
                ls = op[7] if k == 'text' else 0
                fam, style = fpdf_font(f)
                r, g, b = [int(round(v * 255)) for v in hexrgb(col)]
                L.append("$pdf->SetFont('%s', '%s', %.2f); $pdf->SetTextColor(%d, %d, %d);" % (fam, style, size, r, g, b))
                if ls:
                    L.append('$pdf->CharSpace(%.2f);' % ls)
                L.append('$pdf->Text(%.2f, %.2f, %s);' % (x, H - y, php_bin(s)))
                if ls:
                    L.append('$pdf->CharSpace(0);')
            elif k == 'line':
                _, x1, y1, x2, y2, lw, col = op
                r, g, b = [int(round(v * 255)) for v in hexrgb(col)]
                L.append('$pdf->SetDrawColor(%d, %d, %d); $pdf->SetLineWidth(%.2f); $pdf->Line(%.2f, %.2f, %.2f, %.2f);'
                         % (r, g, b, lw, x1, H - y1, x2, H - y2))
            elif k == 'rect':
                _, x, y, w, h, lw, col, fill = op
                r, g, b = [int(round(v * 255)) for v in hexrgb(col)]
                mode = ('F' if fill else '') + ('D' if lw else '')
                if fill:
                    fr, fg, fb = [int(round(v * 255)) for v in hexrgb(fill)]
                    L.append('$pdf->SetFillColor(%d, %d, %d);' % (fr, fg, fb))
                L.append("$pdf->SetDrawColor(%d, %d, %d); $pdf->SetLineWidth(%.2f); $pdf->Rect(%.2f, %.2f, %.2f, %.2f, '%s');"
                         % (r, g, b, lw or 0.1, x, H - y - h, w, h, mode))
            elif k in ('circle', 'poly'):
                if k == 'circle':
                    _, cx, cy, rr, lw, col = op
                    pts = circle_pts(cx, cy, rr)
                else:
                    _, pts, lw, col = op
                r, g, b = [int(round(v * 255)) for v in hexrgb(col)]
                arr = ','.join('[%.2f,%.2f]' % (x, H - y) for x, y in pts)
                L.append('$pdf->SetDrawColor(%d, %d, %d); $pdf->SetLineWidth(%.2f); $pdf->Poly([%s]);' % (r, g, b, lw, arr))
    L.append("$pdf->Output('F', %s);" % php_bin(out))
    with open(src, 'w') as fh:
        fh.write('\n'.join(L) + '\n')
    subprocess.run(['php', src], check=True)


# ---------------------------------------------------------------- HTML (chromium)

def runs_html(text, b0=False, i0=False):
    out = []
    for s, b, i in parse_runs(text, b0, i0):
        h = html.escape(s, quote=False)
        h = re.sub(r'(\S*[-\u2013/]\S*)', r'<span style="white-space:nowrap">\1</span>', h)
        h = h.replace('\n', '<br>')
        if b and not b0:
            h = '<b>' + h + '</b>'
        if not b and b0:
            h = '<span style="font-weight:normal">' + h + '</span>'
        if i and not i0:
            h = '<i>' + h + '</i>'
        out.append(h)
    return ''.join(out)


def css_font(fam):
    return FAM[fam]['css']


class HtmlR:
    def __init__(self, c):
        self.c = c
        self.pg = c['page']
        self.fam = self.pg['font']

    def T(self, blk):
        fam = blk['font'] or self.fam
        st = ['font-family:%s' % css_font(fam), 'font-size:%.1fpt' % blk['size'],
              'line-height:%.2f' % blk['lead'], 'text-align:%s' % {'C': 'center', 'L': 'left', 'R': 'right'}[blk['align']],
              'margin:%.1fpt 0 %.1fpt 0' % (blk['before'], blk['after'])]
        if blk['b']:
            st.append('font-weight:bold')
        if blk['i'] or FAM[fam].get('force_i') and False:
            st.append('font-style:italic')
        if blk['ls']:
            st.append('letter-spacing:%.1fpt' % blk['ls'])
        if blk['color']:
            st.append('color:%s' % blk['color'])
        if blk['width'] < 1:
            st.append('width:%d%%' % (blk['width'] * 100))
            st.append({'C': 'margin-left:auto;margin-right:auto', 'L': '', 'R': 'margin-left:auto'}[blk['align']])
        return '<div style="%s">%s</div>' % (';'.join(s for s in st if s), runs_html(blk['text'], blk['b'], blk['i']))

    def KV(self, blk):
        fam = blk['font'] or self.fam
        lfam = blk['lfont'] or fam
        rows = []
        for label, value in blk['rows']:
            rows.append('<tr><td style="width:%.0fpt;font-family:%s;font-size:%.1fpt;%s%s;text-align:%s;padding:0 8pt %.1fpt 0;vertical-align:top">%s</td>'
                        '<td style="font-size:%.1fpt;%s%s;padding:0 0 %.1fpt 0;vertical-align:top">%s</td></tr>'
                        % (blk['lw'] - 8, css_font(lfam), blk['lsize'], 'font-weight:bold;' if blk['lb'] else '',
                           ('color:%s' % blk['lcolor']) if blk['lcolor'] else '', {'L': 'left', 'R': 'right'}[blk['lalign']],
                           blk['gap'], runs_html(label, blk['lb']), blk['size'], 'font-weight:bold;' if blk['vb'] else '',
                           ('color:%s' % blk['vcolor']) if blk['vcolor'] else '', blk['gap'], runs_html(value, blk['vb'])))
        return ('<table style="border-collapse:collapse;font-family:%s;margin:0 0 %.1fpt %.1fpt;width:calc(100%% - %.1fpt)">%s</table>'
                % (css_font(fam), blk['after'], blk['indent'], blk['indent'], ''.join(rows)))

    def COLS(self, blk):
        fam = blk['font'] or self.fam
        out = []
        al = {'L': 'left', 'C': 'center', 'R': 'right'}[blk['align']]
        for row in blk['rows']:
            n = len(row)
            widths = blk['widths'] or [1.0 / n] * n
            cells = []
            for (label, value), wf in zip(row, widths):
                cells.append('<td style="width:%.1f%%;vertical-align:top;padding:0 10pt %.1fpt 0;text-align:%s">'
                             '<div style="font-size:%.1fpt;color:%s;letter-spacing:0.3pt;%s">%s</div>'
                             '<div style="font-size:%.1fpt;%s%s;margin-top:2pt">%s</div></td>'
                             % (wf * 100, blk['gap'], al, blk['lsize'], blk['lcolor'], 'font-weight:bold' if blk['lb'] else '',
                                runs_html(label, blk['lb']), blk['size'], 'font-weight:bold;' if blk['vb'] else '',
                                'border-bottom:0.5pt solid #777;padding-bottom:1pt' if blk['uline'] else '',
                                runs_html(value, blk['vb'])))
            out.append('<tr>%s</tr>' % ''.join(cells))
        return ('<table style="border-collapse:collapse;width:100%%;font-family:%s;margin-bottom:%.1fpt;table-layout:fixed">%s</table>'
                % (css_font(fam), blk['after'], ''.join(out)))

    def TABLE(self, blk):
        fam = blk['font'] or self.fam
        aligns = blk['aligns'] or ['L'] * len(blk['widths'])
        bd = '0.6pt solid #444' if blk['grid'] else 'none'
        out = []
        if blk['header']:
            out.append('<tr>%s</tr>' % ''.join(
                '<th style="width:%.1f%%;border:%s;background:%s;padding:4pt;text-align:%s;%s%s">%s</th>'
                % (w * 100, bd, blk['hfill'] or 'transparent', {'L': 'left', 'C': 'center', 'R': 'right'}[a],
                   '' if blk['hb'] else 'font-weight:normal;', ('color:%s' % blk['hcolor']) if blk['hcolor'] else '',
                   runs_html(h, blk['hb'])) for h, w, a in zip(blk['header'], blk['widths'], aligns)))
        for r in blk['rows']:
            out.append('<tr>%s</tr>' % ''.join(
                '<td style="border:%s;padding:4pt;vertical-align:top;text-align:%s">%s</td>'
                % (bd, {'L': 'left', 'C': 'center', 'R': 'right'}[a], runs_html(cell)) for cell, a in zip(r, aligns)))
        extra = '' if blk['grid'] else 'border-top:1pt solid #444;border-bottom:1pt solid #444;'
        return ('<table style="border-collapse:collapse;width:100%%;font-family:%s;font-size:%.1fpt;margin-bottom:%.1fpt;table-layout:fixed;%s">%s</table>'
                % (css_font(fam), blk['size'], blk['after'], extra, ''.join(out)))

    def SIGS(self, blk):
        fam = blk['font'] or self.fam
        cells = []
        for it in blk['items']:
            if 'seal' in it:
                r = it.get('r', 38)
                col = it.get('color', '#8a6d1a')
                cells.append('<td style="text-align:center;vertical-align:middle"><div style="display:inline-flex;flex-direction:column;'
                             'justify-content:center;width:%.0fpt;height:%.0fpt;border-radius:50%%;border:2pt double %s;'
                             'outline:1pt dotted %s;outline-offset:3pt;color:%s;font-family:Liberation Sans;font-weight:bold;font-size:7pt;line-height:1.2">%s</div></td>'
                             % (2 * r, 2 * r, col, col, col, '<br>'.join(html.escape(s) for s in it['seal'])))
                continue
            sig = ''
            if it.get('sig', True):
                sig = ('<div style="font-family:Z003;font-size:19pt;color:#1b2a6b;height:24pt;line-height:24pt;overflow:visible">'
                       '<svg width="120" height="26" viewBox="0 0 120 26"><path d="%s" stroke="#1b2a6b" fill="none" stroke-width="1.2"/></svg></div>'
                       % svg_squiggle(it['name']))
            else:
                sig = '<div style="height:24pt"></div>'
            cells.append('<td style="text-align:center;vertical-align:bottom;padding:0 12pt">%s<div style="border-top:%.1fpt solid #000;'
                         'padding-top:2pt;font-size:%.1fpt;%s">%s</div><div style="font-size:%.1fpt;font-style:italic;color:#333">%s</div></td>'
                         % (sig, blk['lw'], blk['size'], 'font-weight:bold' if it.get('b', True) else '', runs_html(it['name']),
                            blk['size'] - 1.5, runs_html(it.get('title', ''))))
        return ('<table style="width:100%%;border-collapse:collapse;table-layout:fixed;font-family:%s;margin:%.1fpt 0 %.1fpt 0"><tr>%s</tr></table>'
                % (css_font(fam), blk['before'], blk['after'], ''.join(cells)))

    def BOX(self, blk):
        inner = ''.join(self.block(b) for b in blk['blocks'])
        return ('<div style="border:%.1fpt solid %s;%spadding:%.1fpt;margin:0 auto %.1fpt auto;width:calc(%d%% - %.1fpt)">%s</div>'
                % (blk['lw'], blk['color'], ('background:%s;' % blk['fill']) if blk['fill'] else '', blk['pad'],
                   blk['after'], blk['width'] * 100, 2 * blk['pad'] + 2 * blk['lw'], inner))

    def RULE(self, blk):
        return ('<div style="border-top:%.1fpt solid %s;width:%d%%;margin:%.1fpt auto %.1fpt auto"></div>'
                % (blk['lw'], blk['color'], blk['width'] * 100, blk['before'], blk['after']))

    def SP(self, blk):
        return '<div style="height:%.1fpt"></div>' % blk['h']

    def block(self, b):
        return getattr(self, b['k'])(b)

    def border_html(self):
        st = self.pg['border']
        c = self.pg['bcolor']
        if st == 'line':
            return '<div class="bd" style="inset:24pt;border:1.5pt solid %s"></div>' % c
        if st == 'double':
            return ('<div class="bd" style="inset:20pt;border:3pt solid %s"></div><div class="bd" style="inset:28pt;border:0.8pt solid %s"></div>' % (c, c))
        if st == 'ornate':
            return ('<div class="bd" style="inset:18pt;border:5pt double %s"></div><div class="bd" style="inset:30pt;border:1pt solid %s;border-radius:10pt"></div>' % (c, c))
        if st == 'frame3':
            return ''.join('<div class="bd" style="inset:%dpt;border:%.1fpt solid %s"></div>' % (i, w, c) for i, w in ((16, 0.5), (21, 2.2), (26, 0.5)))
        if st == 'band':
            return ('<div class="bd" style="left:0;right:0;top:0;height:22pt;background:%s"></div>'
                    '<div class="bd" style="left:0;right:0;bottom:0;height:12pt;background:%s"></div>' % (c, c))
        if st == 'corners':
            return ''.join('<div class="bd" style="%s:30pt;%s:30pt;width:60pt;height:60pt;border-%s:2.5pt solid %s;border-%s:2.5pt solid %s"></div>'
                           % (v, h, v, c, h, c) for v in ('top', 'bottom') for h in ('left', 'right'))
        if st == 'leftbar':
            return ('<div class="bd" style="left:0;top:0;bottom:0;width:34pt;background:%s"></div>'
                    '<div class="bd" style="left:38pt;top:0;bottom:0;width:4pt;background:%s"></div>' % (c, c))
        return ''

    def corners_html(self):
        m = self.pg['margin']
        out = []
        for pos, text, size in self.pg['corners']:
            v = 'top:%.0fpt' % (m * 0.45) if pos[0] == 't' else 'bottom:%.0fpt' % (m * 0.4)
            h = {'l': 'left:%.0fpt' % m, 'r': 'right:%.0fpt' % m, 'c': 'left:0;right:0;text-align:center'}[pos[1]]
            out.append('<div style="position:absolute;%s;%s;font-size:%.1fpt;color:#444">%s</div>' % (v, h, size, html.escape(text)))
        s = self.pg['seal']
        if s:
            W, H = page_dims(self.pg)
            r = s.get('r', 40)
            col = s.get('color', '#8a6d1a')
            out.append('<div style="position:absolute;left:%.0fpt;top:%.0fpt;width:%.0fpt;height:%.0fpt;border-radius:50%%;'
                       'border:2.5pt double %s;color:%s;display:flex;flex-direction:column;justify-content:center;text-align:center;'
                       'font:bold 7pt Liberation Sans;line-height:1.25">%s</div>'
                       % (s['x'] * W - r, s['y'] * H - r, 2 * r, 2 * r, col, col, '<br>'.join(html.escape(t) for t in s['lines'])))
        return ''.join(out)

    def doc(self):
        pg = self.pg
        W, H = page_dims(pg)
        m = pg['margin']
        top = pg['top'] if pg['top'] is not None else m
        chunks = [[]]
        for b in self.c['blocks']:
            if b['k'] == 'PB':
                chunks.append([])
            else:
                chunks[-1].append(self.block(b))
        pages = []
        for n, ch in enumerate(chunks):
            jc = 'center' if (pg['valign'] == 'center' and n == 0) else 'flex-start'
            pages.append('<section class="page">%s%s<div class="content" style="justify-content:%s">%s</div></section>'
                         % (self.border_html(), self.corners_html() if n == 0 else '', jc, ''.join(ch)))
        css = ('@page{size:%.0fpt %.0fpt;margin:0}html,body{margin:0;padding:0}'
               '.page{position:relative;width:%.0fpt;height:%.0fpt;overflow:hidden;page-break-after:always;box-sizing:border-box;'
               'padding:%.0fpt %.0fpt %.0fpt %.0fpt;font-family:%s;font-size:11pt;color:#000}'
               '.page:last-child{page-break-after:auto}.content{display:flex;flex-direction:column;height:100%%}'
               '.content>*{flex:none}.bd{position:absolute;box-sizing:border-box}td,th{font-family:inherit}'
               % (W, H, W, H, top, m, m, m, css_font(self.fam)))
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>'
                % (html.escape(self.c['meta'].get('doc_title', 'Certificate')), css, ''.join(pages)))


def svg_squiggle(seed):
    rnd = random.Random(seed)
    d = 'M 4 18'
    x = 4
    while x < 110:
        x2 = x + rnd.uniform(8, 16)
        d += ' Q %.1f %.1f %.1f %.1f' % ((x + x2) / 2, rnd.uniform(0, 26), x2, rnd.uniform(10, 22))
        x = x2
    return d


def render_chromium(c, out, src):
    with open(src, 'w', encoding='utf-8') as fh:
        fh.write(HtmlR(c).doc())
    prof = tempfile.mkdtemp(prefix='chr')
    r = subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--user-data-dir=' + prof, '--print-to-pdf=' + out, 'file://' + src],
                       capture_output=True, text=True, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    if not os.path.exists(out):
        raise RuntimeError(r.stderr[-2000:])


# ---------------------------------------------------------------- TCPDF

def tc_runs(text, b0=False, i0=False):
    out = []
    for s, b, i in parse_runs(text, b0, i0):
        h = html.escape(s, quote=False).replace('\n', '<br />')
        if b and not b0:
            h = '<b>' + h + '</b>'
        if not b and b0:
            h = '<span style="font-weight:normal">' + h + '</span>'
        if i and not i0:
            h = '<i>' + h + '</i>'
        out.append(h)
    return ''.join(out)


def php_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


class TcR:
    def __init__(self, c):
        self.c = c
        self.pg = c['page']
        self.fam = self.pg['font']
        W, H = page_dims(self.pg)
        self.cw = W - 2 * self.pg['margin']

    def font(self, fam):
        return FAM[fam]['tc']

    def T(self, blk, cw):
        fam = blk['font'] or self.fam
        al = {'C': 'center', 'L': 'left', 'R': 'right'}[blk['align']]
        st = 'font-family:%s;font-size:%.1fpt;text-align:%s;line-height:%.2f' % (self.font(fam), blk['size'], al, blk['lead'])
        if blk['ls']:
            st += ';letter-spacing:%.1fpt' % blk['ls']
        if blk['color']:
            st += ';color:%s' % blk['color']
        b, i = blk['b'], blk['i'] or FAM[fam].get('force_i', False)
        inner = tc_runs(blk['text'], b, i)
        if b:
            inner = '<b>' + inner + '</b>'
        if i:
            inner = '<i>' + inner + '</i>'
        sp = ''
        if blk['before']:
            sp += '<div style="font-size:%.1fpt;line-height:1">&nbsp;</div>' % (blk['before'])
        body = '<div style="%s">%s</div>' % (st, inner)
        if blk['width'] < 1:
            w = cw * blk['width']
            side = (cw - w) / 2 if blk['align'] == 'C' else (cw - w if blk['align'] == 'R' else 0)
            cells = ''
            if side:
                cells += '<td width="%.1f"></td>' % side
            cells += '<td width="%.1f">%s</td>' % (w, body)
            body = '<table cellpadding="0" cellspacing="0"><tr>%s</tr></table>' % cells
        return sp + body + self.gap(blk['after'])

    def gap(self, h):
        if h <= 0:
            return ''
        return '<div style="font-size:%.1fpt;line-height:1">&nbsp;</div>' % max(1, h * 0.8)

    def KV(self, blk, cw):
        fam = blk['font'] or self.fam
        lfam = blk['lfont'] or fam
        rows = []
        for label, value in blk['rows']:
            ind = ('<td width="%.1f"></td>' % blk['indent']) if blk['indent'] else ''
            rows.append('<tr>' + ind + '<td width="%.1f" style="font-family:%s;font-size:%.1fpt;%s;text-align:%s">%s</td>'
                        '<td width="%.1f" style="font-family:%s;font-size:%.1fpt;%s">%s</td></tr>'
                        % (blk['lw'], self.font(lfam), blk['lsize'], ('color:%s' % blk['lcolor']) if blk['lcolor'] else '',
                           {'L': 'left', 'R': 'right'}[blk['lalign']],
                           ('<b>%s</b>' % tc_runs(label, True)) if blk['lb'] else tc_runs(label),
                           cw - blk['lw'] - blk['indent'] - 1, self.font(fam), blk['size'],
                           ('color:%s' % blk['vcolor']) if blk['vcolor'] else '',
                           ('<b>%s</b>' % tc_runs(value, True)) if blk['vb'] else tc_runs(value)))
            rows.append('<tr><td colspan="%d" style="font-size:%.1fpt;line-height:1">&nbsp;</td></tr>' % (3 if blk['indent'] else 2, max(1, blk['gap'] * 0.6)))
        return '<table cellpadding="0" cellspacing="0">%s</table>' % ''.join(rows) + self.gap(blk['after'])

    def COLS(self, blk, cw):
        fam = blk['font'] or self.fam
        al = {'L': 'left', 'C': 'center', 'R': 'right'}[blk['align']]
        out = []
        for row in blk['rows']:
            n = len(row)
            widths = blk['widths'] or [1.0 / n] * n
            cells = []
            for (label, value), wf in zip(row, widths):
                lab = tc_runs(label, blk['lb'])
                if blk['lb']:
                    lab = '<b>%s</b>' % lab
                val = tc_runs(value, blk['vb'])
                if blk['vb']:
                    val = '<b>%s</b>' % val
                cells.append('<td width="%.1f" style="text-align:%s"><span style="font-size:%.1fpt;color:%s">%s</span><br />'
                             '<span style="font-size:%.1fpt">%s</span></td>' % (cw * wf, al, blk['lsize'], blk['lcolor'], lab, blk['size'], val))
            out.append('<tr>%s</tr>' % ''.join(cells))
            out.append('<tr><td style="font-size:%.1fpt">&nbsp;</td></tr>' % max(1, blk['gap'] * 0.6))
        return ('<table cellpadding="0" cellspacing="0" style="font-family:%s">%s</table>' % (self.font(fam), ''.join(out))) + self.gap(blk['after'])

    def TABLE(self, blk, cw):
        fam = blk['font'] or self.fam
        aligns = blk['aligns'] or ['L'] * len(blk['widths'])
        out = []
        border = '1' if blk['grid'] else '0'
        if blk['header']:
            out.append('<tr>%s</tr>' % ''.join(
                '<td width="%.1f" style="background-color:%s;text-align:%s;%s">%s</td>'
                % (cw * w, blk['hfill'] or '#ffffff', {'L': 'left', 'C': 'center', 'R': 'right'}[a],
                   ('color:%s' % blk['hcolor']) if blk['hcolor'] else '',
                   ('<b>%s</b>' % tc_runs(h, True)) if blk['hb'] else tc_runs(h))
                for h, w, a in zip(blk['header'], blk['widths'], aligns)))
        for r in blk['rows']:
            out.append('<tr>%s</tr>' % ''.join('<td width="%.1f" style="text-align:%s">%s</td>'
                                               % (cw * w, {'L': 'left', 'C': 'center', 'R': 'right'}[a], tc_runs(cell))
                                               for cell, w, a in zip(r, blk['widths'], aligns)))
        return ('<table border="%s" cellpadding="4" cellspacing="0" style="font-family:%s;font-size:%.1fpt">%s</table>'
                % (border, self.font(fam), blk['size'], ''.join(out))) + self.gap(blk['after'])

    def SIGS(self, blk, cw):
        fam = blk['font'] or self.fam
        n = len(blk['items'])
        w = cw / n
        cells = []
        for it in blk['items']:
            if 'seal' in it:
                col = it.get('color', '#8a6d1a')
                cells.append('<td width="%.1f" style="text-align:center"><table cellpadding="6" border="0"><tr><td width="%.1f" '
                             'style="border:2px solid %s;color:%s;font-family:helvetica;font-size:7pt;text-align:center"><b>%s</b></td></tr></table></td>'
                             % (w, w * 0.6, col, col, '<br />'.join(html.escape(s) for s in it['seal'])))
                continue
            cells.append('<td width="%.1f" style="text-align:center"><br /><br /><table cellpadding="1"><tr><td width="%.1f"></td><td width="%.1f" '
                         'style="border-top:%.1fpt solid #000000;text-align:center;font-size:%.1fpt">%s<br /><i><span style="font-size:%.1fpt;color:#333333">%s</span></i></td></tr></table></td>'
                         % (w, w * 0.1, w * 0.8, blk['lw'], blk['size'],
                            ('<b>%s</b>' % tc_runs(it['name'], True)) if it.get('b', True) else tc_runs(it['name']),
                            blk['size'] - 1.5, tc_runs(it.get('title', ''))))
        return (self.gap(blk['before']) + '<table cellpadding="0" cellspacing="0" style="font-family:%s"><tr>%s</tr></table>'
                % (self.font(fam), ''.join(cells)) + self.gap(blk['after']))

    def BOX(self, blk, cw):
        w = cw * blk['width']
        inner = ''.join(self.block(b, w - 2 * blk['pad'] - 2) for b in blk['blocks'])
        side = (cw - w) / 2
        cells = ('<td width="%.1f"></td>' % side if side > 0.5 else '')
        cells += ('<td width="%.1f" style="border:%.1fpt solid %s;%s">%s</td>'
                  % (w, blk['lw'], blk['color'], ('background-color:%s' % blk['fill']) if blk['fill'] else '', inner))
        return ('<table cellpadding="%.1f" cellspacing="0"><tr>%s</tr></table>' % (blk['pad'], cells)) + self.gap(blk['after'])

    def RULE(self, blk, cw):
        w = cw * blk['width']
        side = (cw - w) / 2
        return (self.gap(blk['before']) + '<table cellpadding="0" cellspacing="0"><tr><td width="%.1f"></td><td width="%.1f" style="border-bottom:%.1fpt solid %s;font-size:1pt">&nbsp;</td></tr></table>'
                % (side + 0.01, w, blk['lw'], blk['color'])) + self.gap(blk['after'])

    def SP(self, blk, cw):
        return self.gap(blk['h'])

    def block(self, b, cw=None):
        return getattr(self, b['k'])(b, cw if cw is not None else self.cw)

    def php(self, out):
        pg = self.pg
        W, H = page_dims(pg)
        m = pg['margin']
        top = pg['top'] if pg['top'] is not None else m
        chunks = [[]]
        for b in self.c['blocks']:
            if b['k'] == 'PB':
                chunks.append([])
            else:
                chunks[-1].append(self.block(b))
        eng = Prim(pg)   # reuse border/corner/seal primitive ops for the page furniture
        furn_first = eng.pages[0]
        furn_other = border_ops(pg, W, H)
        L = ['<?php', "require_once('/usr/share/php/tcpdf/tcpdf.php');",
             'class CertTC extends TCPDF { public function __construct($o) { parent::__construct($o, "pt", "%s", true, "UTF-8", false); $this->tcpdflink = false; } }'
             % pg['size'].upper(),
             "$pdf = new CertTC('%s');" % pg['orient'],
             '$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false, 0);',
             '$pdf->SetCreator("certs-k build.py / TCPDF"); $pdf->SetTitle(%s);' % php_str(self.c['meta'].get('doc_title', 'Certificate')),
             '$pdf->SetMargins(%.1f, %.1f, %.1f); $pdf->setCellPaddings(0,0,0,0); $pdf->setCellHeightRatio(1.2);' % (m, top, m)]
        for n, ch in enumerate(chunks):
            L.append('$pdf->AddPage();')
            for op in (furn_first if n == 0 else furn_other):
                L.append(self.op_php(op, H))
            htm = ''.join(ch)
            L.append('$pdf->SetTextColor(0, 0, 0); $pdf->SetFont(%s, "", 11);' % php_str(self.font(self.fam)))
            L.append('$html = %s;' % php_str(htm))
            if pg['valign'] == 'center' and n == 0:
                L.append('$pdf->startTransaction(); $pdf->SetY(%.1f); $pdf->writeHTML($html, false, false, true, false, ""); $h = $pdf->GetY() - %.1f; $pdf = $pdf->rollbackTransaction();' % (top, top))
                L.append('$pdf->SetY(%.1f + max(0, (%.1f - $h) / 2));' % (top, H - top - m))
            else:
                L.append('$pdf->SetY(%.1f);' % top)
            L.append('$pdf->writeHTML($html, false, false, true, false, "");')
            L.append('if ($pdf->getNumPages() > %d) { fwrite(STDERR, "WARNING: tcpdf overflow\\n"); }' % (n + 1))
        L.append('$pdf->Output(%s, "F");' % php_str(out))
        return '\n'.join(L) + '\n'

    def op_php(self, op, H):
        k = op[0]
        if k == 'text':
            _, x, y, s, f, size, col, ls, _f = op
            fam, style = fpdf_font(f)
            r, g, b = [int(round(v * 255)) for v in hexrgb(col)]
            return ("$pdf->SetFont('%s', '%s', %.2f); $pdf->SetTextColor(%d,%d,%d); $pdf->Text(%.2f, %.2f, %s, false, false, true, 0, 0, '', false, '', 0, false, 'L', 'B');"
                    % (fam.lower(), style, size, r, g, b, x, H - y, php_str(s)))
        if k == 'line':
            _, x1, y1, x2, y2, lw, col = op
            r, g, b = [int(round(v * 255)) for v in hexrgb(col)]
            return ("$pdf->Line(%.2f, %.2f, %.2f, %.2f, array('width'=>%.2f, 'color'=>array(%d,%d,%d)));" % (x1, H - y1, x2, H - y2, lw, r, g, b))
        if k == 'rect':
            _, x, y, w, h, lw, col, fill = op
            r, g, b = [int(round(v * 255)) for v in hexrgb(col)]
            st = ('F' if fill else '') + ('D' if lw else '')
            fc = 'array(%d,%d,%d)' % tuple(int(round(v * 255)) for v in hexrgb(fill)) if fill else 'array()'
            return ("$pdf->Rect(%.2f, %.2f, %.2f, %.2f, '%s', array('all'=>array('width'=>%.2f, 'color'=>array(%d,%d,%d))), %s);"
                    % (x, H - y - h, w, h, st, lw or 0.1, r, g, b, fc))
        if k == 'circle':
            _, x, y, rr, lw, col = op
            r, g, b = [int(round(v * 255)) for v in hexrgb(col)]
            return ("$pdf->Circle(%.2f, %.2f, %.2f, 0, 360, 'D', array('width'=>%.2f, 'color'=>array(%d,%d,%d)));" % (x, H - y, rr, lw, r, g, b))
        if k == 'poly':
            _, pts, lw, col = op
            r, g, b = [int(round(v * 255)) for v in hexrgb(col)]
            arr = ','.join('%.2f,%.2f' % (x, H - y) for x, y in pts)
            return ("$pdf->PolyLine(array(%s), 'D', array('all'=>array('width'=>%.2f, 'color'=>array(%d,%d,%d))));" % (arr, lw, r, g, b))
        return ''


def render_tcpdf(c, out, src):
    with open(src, 'w', encoding='utf-8') as fh:
        fh.write(TcR(c).php(out))
    r = subprocess.run(['php', src], capture_output=True, text=True)
    if r.returncode or not os.path.exists(out):
        raise RuntimeError(r.stdout[-2000:] + r.stderr[-2000:])
    if r.stderr.strip():
        print('  ' + r.stderr.strip())


# ---------------------------------------------------------------- DOCX (python-docx -> soffice)

def soffice_convert(src, outdir):
    prof = tempfile.mkdtemp(prefix='lo')
    r = subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--convert-to', 'pdf',
                        '--outdir', outdir, src], capture_output=True, text=True, timeout=240)
    shutil.rmtree(prof, ignore_errors=True)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')
    if not os.path.exists(pdf):
        raise RuntimeError(r.stdout + r.stderr)
    return pdf


class DocxR:
    def __init__(self, c):
        from docx import Document
        from docx.shared import Pt
        self.Pt = Pt
        self.c = c
        self.pg = c['page']
        self.fam = self.pg['font']
        self.doc = Document()
        W, H = page_dims(self.pg)
        self.cw = W - 2 * self.pg['margin']

    def _el(self, tag, **attrs):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn('w:' + k), str(v))
        return e

    def run_fmt(self, run, fam, size, b, i, color=None, ls=0):
        from docx.shared import RGBColor
        from docx.oxml.ns import qn
        run.font.name = FAM[fam]['office']
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = self._el('w:rFonts')
            rpr.insert(0, rf)
        for a in ('ascii', 'hAnsi', 'cs', 'eastAsia'):
            rf.set(qn('w:' + a), FAM[fam]['office'])
        run.font.size = self.Pt(size)
        run.font.bold = bool(b)
        run.font.italic = bool(i)
        if color:
            run.font.color.rgb = RGBColor(*[int(round(v * 255)) for v in hexrgb(color)])
        if ls:
            rpr.append(self._el('w:spacing', val=int(ls * 20)))

    def para(self, container, text, fam, size, b=False, i=False, align='L', color=None, ls=0, after=0, before=0,
             lead=1.15, border=None):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p = container.add_paragraph()
        p.alignment = {'L': WD_ALIGN_PARAGRAPH.LEFT, 'C': WD_ALIGN_PARAGRAPH.CENTER, 'R': WD_ALIGN_PARAGRAPH.RIGHT}[align]
        pf = p.paragraph_format
        pf.space_after = self.Pt(max(0, after))
        pf.space_before = self.Pt(max(0, before))
        pf.line_spacing = lead
        for s, rb, ri in parse_runs(text, b, i):
            parts = s.split('\n')
            for k, part in enumerate(parts):
                if k:
                    p.add_run().add_break()
                if part:
                    r = p.add_run(part)
                    self.run_fmt(r, fam, size, rb, ri, color, ls)
        if border:
            ppr = p._p.get_or_add_pPr()
            bd = self._el('w:pBdr')
            for side, (sz, col) in border.items():
                bd.append(self._el('w:' + side, val='single', sz=sz, space=1, color=col))
            ppr.append(bd)
        return p

    def table(self, container, nrows, widths_pt, borders=False):
        from docx.shared import Pt
        t = container.add_table(rows=nrows, cols=len(widths_pt))
        t.autofit = False
        tblpr = t._tbl.tblPr
        tblpr.append(self._el('w:tblLayout', type='fixed'))
        if borders:
            b = self._el('w:tblBorders')
            for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
                b.append(self._el('w:' + side, val='single', sz=4, space=0, color='444444'))
            tblpr.append(b)
        for row in t.rows:
            for cell, w in zip(row.cells, widths_pt):
                cell.width = Pt(w)
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol'), widths_pt):
            gc.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w', str(int(w * 20)))
        return t

    def clear(self, cell):
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)

    def shade(self, cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(self._el('w:shd', val='clear', color='auto', fill=fill.lstrip('#')))

    def render(self, blocks, container, cw):
        for b in blocks:
            getattr(self, 'b_' + b['k'])(b, container, cw)

    def b_T(self, blk, ct, cw):
        fam = blk['font'] or self.fam
        p = self.para(ct, blk['text'], fam, blk['size'], blk['b'], blk['i'], blk['align'], blk['color'], blk['ls'],
                      blk['after'], blk['before'], lead=blk['lead'] * 0.92)
        if blk['width'] < 1:
            side = cw * (1 - blk['width'])
            if blk['align'] == 'C':
                p.paragraph_format.left_indent = self.Pt(side / 2)
                p.paragraph_format.right_indent = self.Pt(side / 2)
            elif blk['align'] == 'L':
                p.paragraph_format.right_indent = self.Pt(side)
            else:
                p.paragraph_format.left_indent = self.Pt(side)

    def b_KV(self, blk, ct, cw):
        fam = blk['font'] or self.fam
        lfam = blk['lfont'] or fam
        widths = [blk['indent'] or 0.5, blk['lw'], cw - blk['lw'] - (blk['indent'] or 0.5)]
        t = self.table(ct, len(blk['rows']), widths)
        for row, (label, value) in zip(t.rows, blk['rows']):
            c0, c1, c2 = row.cells
            self.clear(c1)
            self.clear(c2)
            self.para(c1, label, lfam, blk['lsize'], blk['lb'], False, blk['lalign'], blk['lcolor'], after=blk['gap'])
            self.para(c2, value, fam, blk['size'], blk['vb'], False, 'L', blk['vcolor'], after=blk['gap'])
        self.para(ct, '', fam, 2, after=blk['after'] - 2)

    def b_COLS(self, blk, ct, cw):
        fam = blk['font'] or self.fam
        for row in blk['rows']:
            n = len(row)
            widths = blk['widths'] or [1.0 / n] * n
            t = self.table(ct, 1, [cw * w for w in widths])
            for cell, (label, value) in zip(t.rows[0].cells, row):
                self.clear(cell)
                self.para(cell, label, fam, blk['lsize'], blk['lb'], False, blk['align'], blk['lcolor'], ls=0.3, after=1)
                self.para(cell, value, fam, blk['size'], blk['vb'], False, blk['align'], after=blk['gap'],
                          border={'bottom': (4, '777777')} if blk['uline'] else None)
        self.para(ct, '', fam, 2, after=blk['after'] - 2)

    def b_TABLE(self, blk, ct, cw):
        fam = blk['font'] or self.fam
        aligns = blk['aligns'] or ['L'] * len(blk['widths'])
        rows = ([blk['header']] if blk['header'] else []) + blk['rows']
        t = self.table(ct, len(rows), [cw * w for w in blk['widths']], borders=blk['grid'])
        for ri, (trow, row) in enumerate(zip(t.rows, rows)):
            hdr = blk['header'] and ri == 0
            for cell, txt, al in zip(trow.cells, row, aligns):
                self.clear(cell)
                self.para(cell, txt, fam, blk['size'], hdr and blk['hb'], False, al, blk['hcolor'] if hdr else None,
                          after=2, before=2)
                if hdr and blk['hfill']:
                    self.shade(cell, blk['hfill'])
        self.para(ct, '', fam, 2, after=blk['after'] - 2)

    def b_SIGS(self, blk, ct, cw):
        fam = blk['font'] or self.fam
        n = len(blk['items'])
        self.para(ct, '', fam, 2, after=blk['before'])
        t = self.table(ct, 1, [cw / n] * n)
        for cell, it in zip(t.rows[0].cells, blk['items']):
            self.clear(cell)
            if 'seal' in it:
                col = it.get('color', '#8a6d1a').lstrip('#')
                p = None
                for k, s in enumerate(it['seal']):
                    p = self.para(cell, s, 'sans', 7, True, False, 'C', '#' + col, after=0)
                    ppr = p._p.get_or_add_pPr()
                    bd = self._el('w:pBdr')
                    sides = ['left', 'right'] + (['top'] if k == 0 else []) + (['bottom'] if k == len(it['seal']) - 1 else [])
                    for side in sides:
                        bd.append(self._el('w:' + side, val='double', sz=6, space=4, color=col))
                    ppr.append(bd)
                    p.paragraph_format.left_indent = self.Pt(cw / n * 0.2)
                    p.paragraph_format.right_indent = self.Pt(cw / n * 0.2)
                continue
            if it.get('sig', True):
                self.para(cell, it['name'].split(',')[0], 'script', 17, False, True, 'C', '#1b2a6b', after=0)
            else:
                self.para(cell, '', fam, 17, after=0)
            p = self.para(cell, it['name'], fam, blk['size'], it.get('b', True), False, 'C', after=0,
                          border={'top': (int(blk['lw'] * 8), '000000')})
            p.paragraph_format.left_indent = self.Pt(10)
            p.paragraph_format.right_indent = self.Pt(10)
            if it.get('title'):
                self.para(cell, it['title'], fam, blk['size'] - 1.5, False, True, 'C', '#333333', after=0)
        self.para(ct, '', fam, 2, after=blk['after'])

    def b_BOX(self, blk, ct, cw):
        w = cw * blk['width']
        side = (cw - w) / 2
        if side > 1:
            t = self.table(ct, 1, [side, w, side])
            cell = t.rows[0].cells[1]
        else:
            t = self.table(ct, 1, [w])
            cell = t.rows[0].cells[0]
        tcpr = cell._tc.get_or_add_tcPr()
        bd = self._el('w:tcBorders')
        for s in ('top', 'left', 'bottom', 'right'):
            bd.append(self._el('w:' + s, val='single', sz=int(blk['lw'] * 8), space=0, color=blk['color'].lstrip('#')))
        tcpr.append(bd)
        mar = self._el('w:tcMar')
        for s in ('top', 'left', 'bottom', 'right'):
            mar.append(self._el('w:' + s, w=int(blk['pad'] * 20), type='dxa'))
        tcpr.append(mar)
        if blk['fill']:
            self.shade(cell, blk['fill'])
        self.clear(cell)
        self.render(blk['blocks'], cell, w - 2 * blk['pad'])
        self.para(ct, '', self.fam, 2, after=blk['after'])

    def b_RULE(self, blk, ct, cw):
        p = self.para(ct, '', self.fam, 2, after=blk['after'], before=blk['before'],
                      border={'bottom': (int(blk['lw'] * 8), blk['color'].lstrip('#'))})
        side = cw * (1 - blk['width']) / 2
        p.paragraph_format.left_indent = self.Pt(side)
        p.paragraph_format.right_indent = self.Pt(side)

    def b_SP(self, blk, ct, cw):
        self.para(ct, '', self.fam, 2, after=max(0, blk['h'] - 3))

    def b_PB(self, blk, ct, cw):
        from docx.enum.text import WD_BREAK
        p = ct.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        p.paragraph_format.space_after = self.Pt(0)

    def build(self, path):
        from docx.enum.section import WD_ORIENT
        from docx.oxml.ns import qn
        pg = self.pg
        W, H = page_dims(pg)
        s = self.doc.sections[0]
        s.page_width, s.page_height = self.Pt(W), self.Pt(H)
        s.orientation = WD_ORIENT.LANDSCAPE if pg['orient'] == 'L' else WD_ORIENT.PORTRAIT
        m = pg['margin']
        top = pg['top'] if pg['top'] is not None else m
        s.left_margin = s.right_margin = self.Pt(m)
        s.top_margin, s.bottom_margin = self.Pt(top), self.Pt(m * 0.8)
        s.header_distance = s.footer_distance = self.Pt(m * 0.4)
        self.doc.core_properties.title = self.c['meta'].get('doc_title', 'Certificate')
        self.doc.core_properties.author = self.c['meta'].get('doc_author', '')
        # default paragraph spacing off
        st = self.doc.styles['Normal']
        st.paragraph_format.space_after = self.Pt(0)
        st.font.name = FAM[self.fam]['office']
        sect = s._sectPr
        bstyle = {'line': ('single', 12), 'double': ('double', 18), 'ornate': ('thickThinSmallGap', 36),
                  'frame3': ('triple', 12), 'band': ('thickThinLargeGap', 24), 'corners': ('single', 24),
                  'leftbar': ('thinThickSmallGap', 24)}.get(pg['border'])
        if bstyle:
            pb = self._el('w:pgBorders', offsetFrom='page')
            for side in ('top', 'left', 'bottom', 'right'):
                pb.append(self._el('w:' + side, val=bstyle[0], sz=bstyle[1], space=24, color=pg['bcolor'].lstrip('#')))
            pgmar = sect.find(qn('w:pgMar'))
            pgmar.addnext(pb)
        if pg['valign'] == 'center':
            va = self._el('w:vAlign', val='center')
            dg = sect.find(qn('w:docGrid'))
            if dg is not None:
                dg.addprevious(va)
            else:
                sect.append(va)
        # corners -> header / footer
        hdr = [(p_, t_, z_) for p_, t_, z_ in pg['corners'] if p_[0] == 't']
        ftr = [(p_, t_, z_) for p_, t_, z_ in pg['corners'] if p_[0] == 'b']
        for part, items in ((s.header, hdr), (s.footer, ftr)):
            if not items:
                continue
            part.is_linked_to_previous = False
            first = True
            for pos, text, size in items:
                if first:
                    p = part.paragraphs[0]
                    from docx.enum.text import WD_ALIGN_PARAGRAPH
                    p.alignment = {'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT, 'c': WD_ALIGN_PARAGRAPH.CENTER}[pos[1]]
                    r = p.add_run(text)
                    self.run_fmt(r, self.fam if self.fam != 'script' else 'serif', size, False, False, '#444444')
                    first = False
                else:
                    self.para(part, text, self.fam if self.fam != 'script' else 'serif', size, align=pos[1].upper(), color='#444444')
        body = self.doc
        # remove initial empty paragraph
        if body.paragraphs and not body.paragraphs[0].text:
            body.paragraphs[0]._p.getparent().remove(body.paragraphs[0]._p)
        self.render(self.c['blocks'], body, self.cw)
        self.doc.save(path)


def render_docx(c, out, src):
    DocxR(c).build(src)
    tmpd = tempfile.mkdtemp(prefix='dx')
    pdf = soffice_convert(src, tmpd)
    shutil.move(pdf, out)
    shutil.rmtree(tmpd, ignore_errors=True)


# ---------------------------------------------------------------- FODT (flat ODF -> soffice)

def xesc(s):
    return html.escape(s, quote=True)


class FodtR:
    def __init__(self, c):
        self.c = c
        self.pg = c['page']
        self.fam = self.pg['font']
        self.styles = []
        self.n = 0
        W, H = page_dims(self.pg)
        self.cw = W - 2 * self.pg['margin']

    def new(self, prefix):
        self.n += 1
        return '%s%d' % (prefix, self.n)

    def tprops(self, fam, size, b, i, color=None, ls=0):
        s = 'fo:font-family="%s" fo:font-size="%.1fpt" fo:font-weight="%s" fo:font-style="%s"' % (
            xesc(FAM[fam]['office']), size, 'bold' if b else 'normal', 'italic' if i else 'normal')
        if color:
            s += ' fo:color="%s"' % color
        if ls:
            s += ' fo:letter-spacing="%.2fpt"' % ls
        return s

    def para(self, text, fam, size, b=False, i=False, align='L', color=None, ls=0, after=0, before=0, lead=1.15,
             border=None, margins=None):
        name = self.new('P')
        al = {'L': 'start', 'C': 'center', 'R': 'end'}[align]
        extra = ''
        if border:
            extra += ' ' + border + ' fo:padding="1pt"'
        if margins:
            extra += ' fo:margin-left="%.1fpt" fo:margin-right="%.1fpt"' % margins
        self.styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" '
                           'fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:line-height="%d%%"%s/>'
                           '<style:text-properties %s/></style:style>'
                           % (name, al, max(0, before), max(0, after), int(lead * 100), extra, self.tprops(fam, size, b, i, color, ls)))
        body = []
        for s, rb, ri in parse_runs(text, b, i):
            parts = s.split('\n')
            seg = '<text:line-break/>'.join(self.spaces(xesc(p_)) for p_ in parts)
            if (rb, ri) != (b, i):
                tn = self.new('T')
                self.styles.append('<style:style style:name="%s" style:family="text"><style:text-properties fo:font-weight="%s" fo:font-style="%s"/></style:style>'
                                   % (tn, 'bold' if rb else 'normal', 'italic' if ri else 'normal'))
                seg = '<text:span text:style-name="%s">%s</text:span>' % (tn, seg)
            body.append(seg)
        return '<text:p text:style-name="%s">%s</text:p>' % (name, ''.join(body))

    def spaces(self, s):
        return re.sub(r'  +', lambda m_: ' <text:s text:c="%d"/>' % (len(m_.group(0)) - 1), s)

    def table(self, widths, rows_xml, border=False):
        tn = self.new('Tb')
        total = sum(widths)
        self.styles.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.1fpt" table:align="left"/></style:style>' % (tn, total))
        cols = []
        for w in widths:
            cn = self.new('C')
            self.styles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%.1fpt"/></style:style>' % (cn, w))
            cols.append('<table:table-column table:style-name="%s"/>' % cn)
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (tn, tn, ''.join(cols), ''.join(rows_xml))

    def cell(self, content, border='none', pad=1.5, fill=None, valign='top'):
        cn = self.new('D')
        self.styles.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties fo:border="%s" fo:padding="%.1fpt" style:vertical-align="%s"%s/></style:style>'
                           % (cn, border, pad, valign, (' fo:background-color="%s"' % fill) if fill else ''))
        return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cn, content)

    def render(self, blocks, cw):
        return ''.join(getattr(self, 'b_' + b['k'])(b, cw) for b in blocks)

    def b_T(self, blk, cw):
        fam = blk['font'] or self.fam
        margins = None
        if blk['width'] < 1:
            side = cw * (1 - blk['width'])
            margins = {'C': (side / 2, side / 2), 'L': (0, side), 'R': (side, 0)}[blk['align']]
        return self.para(blk['text'], fam, blk['size'], blk['b'], blk['i'], blk['align'], blk['color'], blk['ls'],
                         blk['after'], blk['before'], blk['lead'] * 0.92, margins=margins)

    def b_KV(self, blk, cw):
        fam = blk['font'] or self.fam
        lfam = blk['lfont'] or fam
        rows = []
        ind = blk['indent'] or 0.5
        for label, value in blk['rows']:
            rows.append('<table:table-row>%s%s%s</table:table-row>' % (
                self.cell(self.para('', fam, 2)),
                self.cell(self.para(label, lfam, blk['lsize'], blk['lb'], False, blk['lalign'], blk['lcolor'], after=blk['gap'])),
                self.cell(self.para(value, fam, blk['size'], blk['vb'], False, 'L', blk['vcolor'], after=blk['gap']))))
        return self.table([ind, blk['lw'], cw - blk['lw'] - ind], rows) + self.para('', fam, 2, after=blk['after'] - 2)

    def b_COLS(self, blk, cw):
        fam = blk['font'] or self.fam
        out = []
        for row in blk['rows']:
            n = len(row)
            widths = blk['widths'] or [1.0 / n] * n
            cells = []
            for (label, value), w in zip(row, widths):
                cells.append(self.cell(self.para(label, fam, blk['lsize'], blk['lb'], False, blk['align'], blk['lcolor'], ls=0.3, after=1)
                                       + self.para(value, fam, blk['size'], blk['vb'], False, blk['align'], after=blk['gap'],
                                                   border='fo:border-bottom="0.5pt solid #777777"' if blk['uline'] else None)))
            out.append(self.table([cw * w for w in widths], ['<table:table-row>%s</table:table-row>' % ''.join(cells)]))
        return ''.join(out) + self.para('', fam, 2, after=blk['after'] - 2)

    def b_TABLE(self, blk, cw):
        fam = blk['font'] or self.fam
        aligns = blk['aligns'] or ['L'] * len(blk['widths'])
        rows = []
        bd = '0.6pt solid #444444' if blk['grid'] else 'none'
        allr = ([('H', blk['header'])] if blk['header'] else []) + [('R', r) for r in blk['rows']]
        for n, (kind, r) in enumerate(allr):
            cells = []
            for txt, al in zip(r, aligns):
                h = kind == 'H'
                cb = bd
                if not blk['grid']:
                    cb = 'none'
                cell = self.cell(self.para(txt, fam, blk['size'], h and blk['hb'], False, al, blk['hcolor'] if h else None),
                                 border=cb, pad=3, fill=blk['hfill'] if h and blk['hfill'] else None)
                if not blk['grid']:
                    # top/bottom rules
                    bt = ' fo:border-top="1pt solid #444444"' if n == 0 else ''
                    bb = ' fo:border-bottom="%s"' % ('1pt solid #444444' if n == len(allr) - 1 else ('0.6pt solid #444444' if h else 'none'))
                    cell = cell.replace('table:style-name="%s"' % ('D%d' % self.n), 'table:style-name="D%d"' % self.n)
                    self.styles[-1] = self.styles[-1].replace('fo:border="none"', 'fo:border-left="none" fo:border-right="none"%s%s' % (bt or ' fo:border-top="none"', bb))
                cells.append(cell)
            rows.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        return self.table([cw * w for w in blk['widths']], rows) + self.para('', fam, 2, after=blk['after'] - 2)

    def b_SIGS(self, blk, cw):
        fam = blk['font'] or self.fam
        n = len(blk['items'])
        w = cw / n
        cells = []
        for it in blk['items']:
            if 'seal' in it:
                col = it.get('color', '#8a6d1a')
                inner = ''.join(self.para(s, 'sans', 7, True, False, 'C', col) for s in it['seal'])
                tb = self.table([w * 0.2, w * 0.6, w * 0.2], ['<table:table-row>%s%s%s</table:table-row>' % (
                    self.cell(self.para('', fam, 2)), self.cell(inner, border='2.2pt double %s' % col, pad=6, valign='middle'),
                    self.cell(self.para('', fam, 2)))])
                cells.append(self.cell(tb, valign='middle'))
                continue
            sig = (self.para(it['name'].split(',')[0], 'script', 17, False, True, 'C', '#1b2a6b') if it.get('sig', True)
                   else self.para('', fam, 17))
            nm = self.para(it['name'], fam, blk['size'], it.get('b', True), False, 'C',
                           border='fo:border-top="%.1fpt solid #000000"' % blk['lw'], margins=(10, 10))
            tt = self.para(it.get('title', ''), fam, blk['size'] - 1.5, False, True, 'C', '#333333') if it.get('title') else ''
            cells.append(self.cell(sig + nm + tt, valign='bottom'))
        return (self.para('', fam, 2, after=blk['before']) + self.table([w] * n, ['<table:table-row>%s</table:table-row>' % ''.join(cells)])
                + self.para('', fam, 2, after=blk['after']))

    def b_BOX(self, blk, cw):
        w = cw * blk['width']
        side = (cw - w) / 2
        inner = self.render(blk['blocks'], w - 2 * blk['pad'])
        c = self.cell(inner, border='%.1fpt solid %s' % (blk['lw'], blk['color']), pad=blk['pad'], fill=blk['fill'])
        if side > 1:
            row = '<table:table-row>%s%s%s</table:table-row>' % (self.cell(self.para('', self.fam, 2)), c, self.cell(self.para('', self.fam, 2)))
            t = self.table([side, w, side], [row])
        else:
            t = self.table([w], ['<table:table-row>%s</table:table-row>' % c])
        return t + self.para('', self.fam, 2, after=blk['after'])

    def b_RULE(self, blk, cw):
        side = cw * (1 - blk['width']) / 2
        return self.para('', self.fam, 2, after=blk['after'], before=blk['before'],
                         border='fo:border-bottom="%.1fpt solid %s"' % (blk['lw'], blk['color']), margins=(side, side))

    def b_SP(self, blk, cw):
        return self.para('', self.fam, 2, after=max(0, blk['h'] - 3))

    def b_PB(self, blk, cw):
        name = self.new('P')
        self.styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>' % name)
        self.pending_break = name
        return '\x00PB%s\x00' % name

    def build(self, path):
        pg = self.pg
        W, H = page_dims(pg)
        m = pg['margin']
        top = pg['top'] if pg['top'] is not None else m
        body = self.render(self.c['blocks'], self.cw)
        # apply page breaks: the paragraph following the marker gets break-before
        def fix(mo):
            return ''
        parts = re.split('\x00PB(P\\d+)\x00', body)
        body = parts[0]
        for k in range(1, len(parts), 2):
            nm, rest = parts[k], parts[k + 1]
            body += '<text:p text:style-name="%s"/>' % nm + rest
        bdr = {'line': '1.5pt solid', 'double': '3.4pt double', 'ornate': '5pt double', 'frame3': '4pt double',
               'band': '6pt solid', 'corners': '2pt solid', 'leftbar': '3pt solid'}.get(pg['border'])
        border = ''
        if bdr:
            border = ' fo:border="%s %s" fo:padding="%.1fpt"' % (bdr, pg['bcolor'], max(6, m - 30))
            if pg['border'] in ('double', 'ornate', 'frame3'):
                border += ' style:border-line-width="1pt 1pt 2.5pt"' if pg['border'] != 'ornate' else ' style:border-line-width="1pt 1.2pt 3pt"'
        mg = 30 if bdr else m
        pad_extra = (m - 30) if bdr else 0
        hdr = [x for x in pg['corners'] if x[0][0] == 't']
        ftr = [x for x in pg['corners'] if x[0][0] == 'b']
        fam0 = self.fam if self.fam != 'script' else 'serif'
        hx = ''.join(self.para(t, fam0, z, align=p_[1].upper(), color='#444444') for p_, t, z in hdr)
        fx = ''.join(self.para(t, fam0, z, align=p_[1].upper(), color='#444444') for p_, t, z in ftr)
        hstyle = '<style:header-style><style:header-footer-properties fo:min-height="0pt" fo:margin-bottom="4pt"/></style:header-style>' if hx else ''
        fstyle = '<style:footer-style><style:header-footer-properties fo:min-height="0pt" fo:margin-top="4pt"/></style:footer-style>' if fx else ''
        x = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
             'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
             'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
             'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
             'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">',
             '<office:meta><dc:title>%s</dc:title><meta:generator>certs-k build.py (flat ODT)</meta:generator></office:meta>' % xesc(self.c['meta'].get('doc_title', 'Certificate')),
             '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="0pt"/>'
             '<style:text-properties fo:font-family="%s" fo:font-size="11pt"/></style:default-style></office:styles>' % xesc(FAM[fam0]['office']),
             '<office:automatic-styles>',
             '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%.1fpt" fo:page-height="%.1fpt" style:print-orientation="%s" '
             'fo:margin-top="%.1fpt" fo:margin-bottom="%.1fpt" fo:margin-left="%.1fpt" fo:margin-right="%.1fpt"%s/>%s%s</style:page-layout>'
             % (W, H, 'landscape' if pg['orient'] == 'L' else 'portrait', (top if not bdr else mg), mg, mg, mg,
                border if bdr else '', hstyle, fstyle)]
        x.extend(self.styles)
        x.append('</office:automatic-styles>')
        x.append('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s%s</style:master-page></office:master-styles>'
                 % (('<style:header>%s</style:header>' % hx) if hx else '', ('<style:footer>%s</style:footer>' % fx) if fx else ''))
        lead = ''
        if bdr and top - mg > 0:
            pass
        x.append('<office:body><office:text>%s%s</office:text></office:body></office:document>' % (lead, body))
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(x))


def render_fodt(c, out, src):
    FodtR(c).build(src)
    tmpd = tempfile.mkdtemp(prefix='od')
    pdf = soffice_convert(src, tmpd)
    shutil.move(pdf, out)
    shutil.rmtree(tmpd, ignore_errors=True)


# ---------------------------------------------------------------- registry

CERTS = []

UNITS = ('contact hour', 'CMLE', 'CE hour', 'CEU')


def add(style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id, page, blocks, **extra):
    assert unit in UNITS, unit
    assert re.match(r'^\d{4}-\d{2}-\d{2}$', date)
    assert producer in RENDER, producer
    points = round(credits * 10, 2) if unit == 'CEU' else credits
    meta = dict(style=style, producer=producer, layout=layout, notes=notes, name=name, title=title, date=date,
                credits=credits, unit=unit, points=points, provider=provider, activity_id=activity_id)
    meta_doc = dict(doc_title=extra.get('doc_title', 'Certificate of Completion'), doc_author=extra.get('doc_author', ''))
    CERTS.append(dict(meta=meta, page=page, blocks=blocks, docmeta=meta_doc))


RENDER = {
    'reportlab': lambda c, out, src: render_reportlab(c, out, False),
    'acroform': lambda c, out, src: render_reportlab(c, out, True),
    'ghostscript': render_ps,
    'fpdf': render_fpdf,
    'chromium': render_chromium,
    'tcpdf': render_tcpdf,
    'docx': render_docx,
    'fodt': render_fodt,
}
SRC_EXT = {'reportlab': None, 'acroform': '.form.pdf', 'ghostscript': '.ps', 'fpdf': '.php', 'chromium': '.html',
           'tcpdf': '.php', 'docx': '.docx', 'fodt': '.fodt'}


def check_furniture(c, out):
    """warn when a corner text is missing or the page count is not the intended one"""
    txt = subprocess.run(['pdftotext', '-layout', out, '-'], capture_output=True, text=True).stdout
    flat = re.sub(r'\s+', '', txt)
    for pos, text, size in c['page']['corners']:
        if re.sub(r'\s+', '', text) not in flat:
            print('  WARNING: corner text missing: %r' % text)
    want = 1 + sum(1 for b in c['blocks'] if b['k'] == 'PB')
    got = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', out], capture_output=True, text=True).stdout).group(1))
    if got != want:
        print('  WARNING: %d pages, expected %d' % (got, want))


def build(only=None):
    os.makedirs(SRC, exist_ok=True)
    for n, c in enumerate(CERTS, 1):
        stem = '%s%02d' % (PREFIX, n)
        if only and stem not in only and '%02d' % n not in only:
            continue
        c['meta_full'] = c['meta']
        cc = dict(meta=c['docmeta'], page=c['page'], blocks=c['blocks'])
        prod = c['meta']['producer']
        out = os.path.join(DIR, stem + '.pdf')
        ext = SRC_EXT[prod]
        src = os.path.join(SRC, stem + (ext or '.txt'))
        print('%s  %-11s %s' % (stem, prod, c['meta']['style']))
        if os.path.exists(out):
            os.remove(out)
        RENDER[prod](cc, out, src)
        if prod == 'reportlab':
            with open(src, 'w') as fh:
                fh.write('Drawn directly with the ReportLab canvas by build.py (no intermediate source).\n')
        check_furniture(c, out)
        with open(os.path.join(DIR, stem + '.gold.json'), 'w', encoding='utf-8') as fh:
            json.dump(c['meta'], fh, indent=2, ensure_ascii=False)
            fh.write('\n')


# ======================================================================== CERTIFICATES

# ---- k01  ASCP online course, chromium, landscape award
_n, _t = 'Marisol T. Quintanilla', 'Hemoglobinopathies in Practice: Interpreting HPLC and Capillary Electrophoresis Patterns'
add('ascp-cmle', 'chromium', ['landscape', 'centred-award', 'ornate-border', 'seal', 'signatures', 'title-in-quotes', 'wrapped-title'],
    'ASCP online course. AMA PRA maximum printed in small print with the same figure; customer ID (corner) and issue date are distractors.',
    _n, _t, '2026-01-14', 1.5, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'OLC-HEM-4471',
    PAGE('L', border='ornate', bcolor='#00467f', font='c059', valign='center', margin=62,
         corners=[('tr', 'Customer ID 10482217', 8), ('bl', 'Issued 01/15/2026', 7.5)]),
    [T('American Society for Clinical Pathology', 16, b=True, color='#00467f', ls=1, after=1),
     T('ASCP Continuing Education', 10, color='#555555', after=10),
     T('Certificate of Completion', 34, font='script', color='#00467f', after=8),
     T('awarded to', 11, i=True, after=4),
     T(_n, 27, b=True, after=10),
     T('for successfully completing the online course', 11, after=4),
     T('\u201c' + _t + '\u201d', 15, b=True, width=0.72, after=8),
     T('Course Code: OLC-HEM-4471\u2003|\u2003Completed January 14, 2026', 10.5, after=6),
     T('1.5 CMLE Credits', 15, b=True, color='#00467f', after=6),
     T('ASCP designates this enduring material for a maximum of 1.5 ~~AMA PRA Category 1 Credits\u2122~~. CMLE credit is accepted '
       'by the ASCP Board of Certification toward the Credential Maintenance Program (CMP).', 8, width=0.7, color='#444444', after=2),
     SIGS([dict(name='Lorraine V. Castellano, MD, FASCP', title='Chair, Council on Education'),
           dict(seal=['ASCP', 'CONTINUING', 'EDUCATION'], r=36, color='#00467f'),
           dict(name='Howard Ng, MBA', title='Vice President, Learning')], before=6)],
    doc_title='ASCP Certificate - OLC-HEM-4471')

# ---- k02  AABB eCast, reportlab, portrait, label/value form, ALL-CAPS name with suffix
_n, _t = 'DARNELL K. WHITFIELD JR.', 'Warm Autoimmune Hemolytic Anemia: Serologic Workup and Selecting Blood for Transfusion'
add('aabb', 'reportlab', ['portrait', 'band-border', 'two-column-label-value', 'all-caps-name', 'suffix', 'format-word-line', 'signature'],
    'AABB eCast; format word printed on its own line under the title; certificate no., member ID and printed date are distractors; '
    'California CLS credit printed with the same figure.',
    _n, _t, '2025-11-06', 1.0, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '25EC-319',
    PAGE('P', border='band', bcolor='#7a1f2b', font='sans', margin=60, top=70,
         corners=[('tr', 'Certificate No. AB-26-118305', 8), ('bl', 'Printed 11/20/2025', 7.5)]),
    [T('AABB', 36, b=True, color='#7a1f2b', align='L', after=0),
     T('Association for the Advancement of Blood & Biotherapies', 11, align='L', color='#7a1f2b', after=30),
     T('CONTINUING EDUCATION CERTIFICATE', 13, b=True, ls=2, align='L', after=4),
     RULE(1.0, 2, '#7a1f2b', after=20),
     KV([('Participant', _n), ('AABB Member ID', '0049921'), ('Program', _t + '\neCast'), ('Program No.', '25EC-319'),
         ('Date of participation', 'November 6, 2025'), ('Credit awarded', '1.0 P.A.C.E.\u00ae contact hour')],
        lw=150, size=11.5, lsize=9.5, lcolor='#7a1f2b', gap=9),
     SP(10),
     T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. This program is also approved by the California Department of Public Health, Laboratory Field '
       'Services, for 1.0 hour of CLS continuing education.', 9, align='L', lead=1.35, after=30),
     T('Keep this certificate for your records. AABB does not report credit to certifying agencies on your behalf.', 8.5,
       i=True, align='L', color='#555555', after=30),
     SIGS([dict(name='Debra A. Lunsford, MT(ASCP)SBB', title='Director, Education Programs'),
           dict(name='Marcus Ebright', title='Chief Executive Officer')], font='sans')],
    doc_title='AABB eCast certificate')

# ---- k03  CAP joint accreditation, docx, portrait, credit table
_n, _t = 'Priya Raghunathan', 'Measurable Residual Disease Testing by Flow Cytometry: Validation Pitfalls and How to Avoid Them'
add('cap', 'docx', ['portrait', 'credit-table', 'multiple-credit-types', 'name-with-credentials', 'joint-accreditation-statement'],
    'CAP webinar, several credit types in a table; laboratory (P.A.C.E.) row differs from AMA/ANCC/ACPE rows; registration no. is a distractor.',
    _n, _t, '2025-09-17', 1.25, 'contact hour', ['College of American Pathologists', 'CAP'], 'CAP-WB-25-0912',
    PAGE('P', border='line', bcolor='#1d4f91', font='sans', margin=64,
         corners=[('tr', 'Registration #: 7730051', 8)]),
    [T('COLLEGE OF AMERICAN PATHOLOGISTS', 15, b=True, color='#1d4f91', ls=1, after=2),
     T('Learning \u2022 Accreditation \u2022 Advocacy', 9, color='#666666', after=26),
     T('Certificate of Participation', 24, font='p052', after=18),
     T('Presented to', 10.5, color='#555555', after=2),
     T(_n + ', MLS(ASCP)^CM^'.replace('^', ''), 20, b=True, after=16),
     T('in recognition of participation in the CAP webinar', 10.5, after=6),
     T(_t, 14, b=True, color='#1d4f91', width=0.85, after=10),
     T('Webinar date: September 17, 2025\u2003\u2003Activity ID: CAP-WB-25-0912', 10, after=18),
     TABLE(['Credit type', 'Credits earned'],
           [['AMA PRA Category 1 Credit\u2122 (physicians)', '1.50'],
            ['ANCC contact hours (nursing)', '1.50'],
            ['ACPE contact hours (pharmacy)', '1.50'],
            ['ASCLS P.A.C.E.\u00ae contact hours (laboratory professionals)', '1.25']],
           [0.72, 0.28], size=10, hfill='#dfe8f5', aligns=['L', 'C']),
     T('Laboratory credit reflects the recorded session only; the live Q&A segment was not approved for P.A.C.E.\u00ae credit.',
       8.5, i=True, color='#444444', width=0.9, after=12),
     T('In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation '
       'Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American '
       'Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. The CAP is approved as a provider '
       'of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 8, align='L',
       color='#333333', lead=1.3, after=16),
     SIGS([dict(name='Rebecca J. Holloway, MD, FCAP', title='Chair, Council on Education')], size=9.5)],
    doc_title='CAP certificate CAP-WB-25-0912')

# ---- k04  ASCLS meeting session, tcpdf, landscape, labels above values
_n, _t = 'Eleanor Vasquez-Hart', 'Antimicrobial Stewardship at the Bench: Cascade Reporting That Clinicians Actually Read'
add('ascls-pace', 'tcpdf', ['landscape', 'double-border', 'labels-above-values', 'meeting-date-range-distractor', 'signatures'],
    'Single session at a multi-day national meeting: the session date counts, the meeting range is context. Attendee badge no. is a distractor.',
    _n, _t, '2025-07-28', 1.5, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '519-214-25',
    PAGE('L', border='double', bcolor='#0b5d5b', font='serif', margin=60, valign='center'),
    [T('American Society for Clinical Laboratory Science', 19, b=True, color='#0b5d5b', after=0),
     T('ASCLS Annual Meeting \u2022 Baltimore, Maryland \u2022 July 26\u201330, 2025', 10.5, color='#444444', after=16),
     T('CERTIFICATE OF ATTENDANCE', 22, ls=3, after=12),
     T('This certifies that the individual named below attended the educational session listed and is entitled to the '
       'P.A.C.E.\u00ae contact hours shown.', 10.5, i=True, width=0.75, after=14),
     COLS([[('ATTENDEE', _n), ('BADGE NUMBER', 'AM25-06318'), ('SESSION DATE', 'July 28, 2025')]],
          size=12, lsize=7.5, lcolor='#0b5d5b', uline=True, after=0),
     COLS([[('SESSION TITLE', _t)]], size=12, lsize=7.5, lcolor='#0b5d5b', uline=True, after=0),
     COLS([[('P.A.C.E.\u00ae COURSE NO.', '519-214-25'), ('FORMAT', 'Live, in person'), ('LEVEL', 'Intermediate'),
            ('CONTACT HOURS', '1.5')]], size=12, lsize=7.5, lcolor='#0b5d5b', uline=True),
     T('ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program.', 8.5, color='#444444', after=4),
     SIGS([dict(name='Kendra L. Oyelowo, EdD, MLS(ASCP)', title='ASCLS President'),
           dict(name='Victor Almeida, MS, MLS(ASCP)', title='Chair, Education & Scientific Assembly')], before=4)],
    doc_title='ASCLS session attendance')

# ---- k05  LabCE, fpdf, portrait, table, left aligned
_n, _t = 'Kwame A. Boateng', 'Urine Sediment Identification: Casts, Crystals and Look-Alikes'
add('labce', 'fpdf', ['portrait', 'left-aligned', 'small-table', 'customer-number-distractor', 'order-number-distractor'],
    'LabCE online course; order no. and customer no. are distractors; course number in the table.',
    _n, _t, '2026-02-02', 2.0, 'contact hour', ['LabCE'], '1187',
    PAGE('P', border='leftbar', bcolor='#e07b00', font='sans', margin=70, top=80,
         corners=[('br', 'Order #LC-5520913 \u2022 Customer #880214', 7.5)]),
    [T('LabCE', 30, b=True, color='#e07b00', align='L', after=0),
     T('Online Continuing Education for the Laboratory', 10, align='L', color='#555555', after=36),
     T('Certificate of Continuing Education', 20, b=True, align='L', after=18),
     T('We are pleased to confirm that', 11, align='L', after=4),
     T(_n, 18, b=True, align='L', after=4),
     T('successfully completed the following self-paced course and passed the post-test with a score of 90%.', 11, align='L',
       after=16),
     TABLE(['Course #', 'Course title', 'Completed', 'Contact hours'],
           [['1187', _t, '02/02/2026', '2.0']], [0.1, 0.64, 0.14, 0.12], size=9.5, hfill='#fbe3c8',
           aligns=['L', 'L', 'L', 'C']),
     T('Self-Study', 9, b=True, align='L', color='#e07b00', after=14),
     T('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. Contact hours are also accepted by the Florida Board of Clinical Laboratory Personnel and the '
       'California Department of Public Health.', 9, align='L', lead=1.35, after=40),
     T('Certificate generated automatically upon course completion. No signature is required.', 8, i=True, align='L',
       color='#777777')],
    doc_title='LabCE Certificate 1187')

# ---- k06  MediaLab, ghostscript, one paragraph
_n, _t = 'Hyun-woo Park', 'Bloodborne Pathogens Safety for Laboratory Staff (2026 Update)'
add('medialab', 'ghostscript', ['portrait', 'one-paragraph', 'frame3-border', 'title-in-quotes', 'certificate-id-distractor'],
    'One-paragraph certificate; certificate ID and expiry of compliance are distractors.',
    _n, _t, '2026-03-03', 1.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-BBP-26',
    PAGE('P', border='frame3', bcolor='#2c5f2d', font='serif', margin=78, top=130,
         corners=[('bc', 'Certificate ID 6b1f-22a9-0c41  \u2022  Compliance training valid until 03/03/2027', 7.5)]),
    [T('MediaLab, Inc.', 22, b=True, color='#2c5f2d', after=2),
     T('Laboratory Compliance & Continuing Education', 10.5, i=True, after=40),
     T('CERTIFICATE', 26, ls=6, after=30),
     T('This is to certify that **' + _n + '** has completed \u201c' + _t + '\u201d on March 3, 2026 and is awarded 1.0 '
       'contact hour of continuing education credit (Course ID: ML-BBP-26).', 13, lead=1.55, width=0.92, after=30),
     T('MediaLab is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program.', 9.5, i=True, width=0.85, after=50),
     SIGS([dict(name='Anita Gorski', title='Director of Content, MediaLab')], size=10)],
    doc_title='MediaLab CE certificate')

# ---- k07  State society spring symposium, acroform, claimed vs maximum
_n = 'Bridget O\'Sullivan'
_t = 'Forty-First Annual Spring Symposium'
add('state-society', 'acroform', ['portrait', 'form-fields-flattened', 'two-column-label-value', 'date-range', 'claimed-vs-maximum',
                                  'meeting-name-as-title'],
    'Meeting attendance with no session title: title is the meeting name; last day of the range is the date; '
    'attendee claims 9.5 of a 12.0 maximum. Field values were AcroForm fields flattened with qpdf.',
    _n, _t, '2026-04-17', 9.5, 'contact hour', ['Keystone Society for Clinical Laboratory Science', 'KSCLS'], '119-204-26',
    PAGE('P', border='line', bcolor='#3a3a8c', font='sans', margin=66),
    [T('Keystone Society for Clinical Laboratory Science (KSCLS)', 14, b=True, color='#3a3a8c', after=2),
     T('A constituent society of the American Society for Clinical Laboratory Science', 9, i=True, color='#555555', after=24),
     T('VERIFICATION OF ATTENDANCE', 17, b=True, ls=1.5, after=4),
     T('Complete, sign and retain for your records. Do not return to KSCLS.', 9, color='#555555', after=22),
     KV([('Attendee name:', _n), ('Meeting:', _t), ('Location:', 'Hershey Lodge Conference Center, Hershey, PA'),
         ('Dates:', 'April 15-17, 2026'), ('P.A.C.E.\u00ae course no.:', '119-204-26'),
         ('Maximum available:', '12.0 contact hours'), ('Contact hours claimed:', '9.5'),
         ('License no. (if applicable):', 'PA-CLS-040877')],
        lw=190, size=11, lsize=10, gap=10),
     T('I attest that I attended the sessions for which I am claiming credit.', 9.5, align='L', before=8, after=2),
     SIGS([dict(name='Attendee signature', title='', b=False, sig=False), dict(name='Date signed: 04/20/2026', title='', b=False, sig=False)],
          before=2),
     RULE(1.0, 0.5, '#999999', before=8),
     T('KSCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. One contact hour equals fifty minutes of instruction.', 8.5, align='L', color='#444444', after=8),
     SIGS([dict(name='Janet M. Kowalski, MS, MLS(ASCP)', title='KSCLS Continuing Education Coordinator')], before=0)],
    doc_title='KSCLS Spring Symposium attendance')

# ---- k08  Hospital in-service, fodt, department issues
_n, _t = 'Luis Fernando Echeverría', 'Annual Laboratory Safety Orientation & Chemical Hygiene Plan Review'
add('hospital-inservice', 'fodt', ['portrait', 'department-provider', 'two-column-label-value', 'employee-id-distractor',
                                   'title-word-orientation-safety'],
    'Hospital laboratory in-service issued by a department; employee ID and next-due date are distractors.',
    _n, _t, '2026-02-11', 1.5, 'CE hour',
    ['Mercy Valley Regional Medical Center', 'Mercy Valley Regional Medical Center, Department of Pathology & Laboratory Medicine'],
    'LAB-SAF-0226',
    PAGE('P', border='double', bcolor='#5b2a86', font='serif', margin=72),
    [T('Mercy Valley Regional Medical Center', 18, b=True, color='#5b2a86', after=2),
     T('Department of Pathology & Laboratory Medicine', 12, i=True, after=2),
     T('Laboratory Education & Training', 10, color='#555555', after=34),
     T('In-Service Training Record', 22, after=26),
     KV([('Employee', _n), ('Employee ID', 'E-204419'), ('In-service', _t), ('In-service code', 'LAB-SAF-0226'),
         ('Date presented', 'February 11, 2026'), ('Presenter', 'Renata Iwu, MS, CHMM, Laboratory Safety Officer'),
         ('Education hours', '1.5 CE hours'), ('Next due', 'February 2027')],
        lw=130, size=11.5, lsize=10.5, lcolor='#5b2a86', gap=6),
     SP(12),
     T('This in-service meets the annual safety training requirement of the laboratory\u2019s accreditation checklist and may be '
       'submitted as continuing education for certification maintenance.', 9.5, align='L', lead=1.3, after=34),
     SIGS([dict(name='Renata Iwu, MS, CHMM', title='Laboratory Safety Officer'),
           dict(name='Gerald Ashby, MD', title='Medical Director, Clinical Laboratories')])],
    doc_title='In-service record')

# ---- k09  Joint-accreditation CME, chromium, two pages, series title
_n = 'Adaeze N. Okonkwo'
_t = 'Grand Rounds: Sepsis Biomarkers Beyond Lactate \u2014 Procalcitonin, Monocyte Distribution Width and What Comes Next'
add('joint-cme', 'chromium', ['portrait', 'two-pages', 'series-title', 'multiple-credit-types', 'accreditation-page', 'claimed-vs-maximum'],
    'Jointly accredited health system; page 2 holds the accreditation statements. ACPE figure printed as 0.1 CEU is not the laboratory figure.',
    _n, _t, '2025-10-09', 1.0, 'contact hour',
    ['Northbridge Health System', 'Northbridge Health System, Center for Interprofessional Education'], '58213',
    PAGE('P', border='corners', bcolor='#8c1d40', font='gothic', margin=64),
    [T('NORTHBRIDGE HEALTH SYSTEM', 17, b=True, ls=2, color='#8c1d40', after=2),
     T('Center for Interprofessional Education', 11.5, after=40),
     T('Certificate of Credit', 26, after=24),
     T('This certificate is awarded to', 11, color='#555555', after=6),
     T(_n, 22, b=True, after=20),
     T('for participation in the live activity', 11, color='#555555', after=6),
     T(_t, 14, b=True, width=0.8, after=8),
     T('Thursday, October 9, 2025 \u2022 Northbridge Medical Center Auditorium and livestream', 10, after=6),
     T('Activity ID: 58213', 10, after=26),
     TABLE(['Profession', 'Credit type', 'Maximum', 'Claimed'],
           [['Physician', 'AMA PRA Category 1 Credits\u2122', '1.00', '\u2014'],
            ['Nurse', 'ANCC contact hours', '1.00', '\u2014'],
            ['Pharmacist', 'ACPE knowledge-based (0.1 CEU)', '1.00', '\u2014'],
            ['Laboratory professional', 'ASCLS P.A.C.E.\u00ae contact hours', '1.00', '1.00']],
           [0.26, 0.44, 0.15, 0.15], size=10, hfill='#f3dbe3', aligns=['L', 'L', 'C', 'C']),
     T('See page 2 for accreditation and credit designation statements.', 8.5, i=True, color='#555555', after=20),
     SIGS([dict(name='Theodora Okafor-Reyes, DNP, RN', title='Director, Interprofessional Education')]),
     PB(),
     T('Accreditation and Credit Designation', 14, b=True, align='L', color='#8c1d40', after=10),
     T('In support of improving patient care, Northbridge Health System is jointly accredited by the Accreditation Council '
       'for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses '
       'Credentialing Center (ANCC), to provide continuing education for the healthcare team.', 10, align='L', lead=1.4, after=10),
     T('~~Physicians:~~ Northbridge Health System designates this live activity for a maximum of 1.00 AMA PRA Category 1 '
       'Credit\u2122. Physicians should claim only the credit commensurate with the extent of their participation in the activity.',
       10, align='L', lead=1.4, after=10),
     T('~~Nurses:~~ This activity is approved for 1.00 ANCC contact hour.', 10, align='L', after=10),
     T('~~Pharmacists:~~ This knowledge-based activity is approved for 1.00 contact hour (0.1 CEU).', 10, align='L', after=10),
     T('~~Laboratory professionals:~~ Northbridge Health System is approved as a provider of continuing education programs in the '
       'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This activity is approved for 1.00 P.A.C.E.\u00ae contact hour.',
       10, align='L', lead=1.4, after=24),
     T('Certificate printed October 14, 2025. Retain for six years.', 8.5, align='L', color='#666666')],
    doc_title='Northbridge certificate of credit')

# ---- k10  University CEU, reportlab, multi-week course
_n, _t = 'Margaret Ellen Lindqvist', 'Molecular Diagnostics for the Practicing Laboratorian'
add('university-ceu', 'reportlab', ['landscape', 'frame3-border', 'centred-award', 'ceu-unit', 'date-range', 'student-id-distractor',
                                    'signatures'],
    'University non-credit course over seven weeks; last day of the range is the completion date; 2.4 CEU = 24 points. '
    'Student ID and award date are distractors.',
    _n, _t, '2025-10-27', 2.4, 'CEU', ['Cedar Plains State University', 'Cedar Plains State University, Division of Continuing Studies'],
    'MLS 5902-CE',
    PAGE('L', border='frame3', bcolor='#4b3b1f', font='serif', margin=70, valign='center',
         corners=[('br', 'Student ID 900318842', 7.5)]),
    [T('Cedar Plains State University', 24, b=True, ls=2, color='#4b3b1f', after=2),
     T('Division of Continuing Studies', 13, i=True, after=22),
     T('upon the recommendation of the faculty hereby recognizes', 11, after=8),
     T(_n, 28, font='serif', b=True, i=True, after=10),
     T('for satisfactory completion of the non-credit professional course', 11, after=6),
     T(_t, 17, b=True, after=4),
     T('Course No. MLS 5902-CE \u2022 September 8 \u2013 October 27, 2025 \u2022 24 instructional hours', 10.5, after=12),
     T('and awards', 11, after=2),
     T('2.4 Continuing Education Units (CEUs)', 15, b=True, color='#4b3b1f', after=4),
     T('One CEU equals ten contact hours of participation in an organized continuing education experience under '
       'responsible sponsorship, capable direction and qualified instruction.', 8.5, i=True, width=0.6, color='#555555', after=4),
     SIGS([dict(name='Dr. Miriam Oduya', title='Dean, Division of Continuing Studies'),
           dict(seal=['CEDAR PLAINS', 'STATE', 'UNIVERSITY', '1891'], r=38, color='#4b3b1f'),
           dict(name='Stephen P. Garrow, PhD, MB(ASCP)', title='Course Director')], before=2),
     T('Awarded November 3, 2025', 8.5, color='#555555', before=2, after=0)],
    doc_title='CEU certificate')

# ---- k11  Vendor key-operator training, docx, labels above values, 3-day course
_n, _t = 'Rahul S. Venkataraman', 'Key Operator Certification: Cellara XR-5000 Hematology Analyzer'
add('vendor-training', 'docx', ['landscape', 'labels-above-values', 'date-range', 'serial-number-distractor', 'account-number-distractor',
                                'signatures'],
    'Three-day vendor course; last day is the completion date. Instrument serial no. and customer account no. are distractors; '
    'the education center is an office of the vendor.',
    _n, _t, '2025-05-14', 18.0, 'contact hour',
    ['Veridian Diagnostics', 'Veridian Diagnostics, Customer Education Center'], 'KOC-XR5-0525',
    PAGE('L', border='double', bcolor='#005f73', font='dejavu', margin=58),
    [T('VERIDIAN DIAGNOSTICS', 20, b=True, ls=2, color='#005f73', align='L', after=0),
     T('Customer Education Center \u2022 Raleigh, North Carolina', 10, align='L', color='#555555', after=18),
     T('Certificate of Training', 26, align='L', after=4),
     T('The person named below has completed instrument operator training and is qualified to serve as a key operator for the '
       'system listed.', 10.5, align='L', color='#333333', after=14),
     COLS([[('TRAINEE', _n), ('FACILITY', 'St. Brendan Community Hospital Laboratory'), ('CUSTOMER ACCOUNT', '30-118842')]],
          size=12, lsize=7.5, lcolor='#005f73', gap=6, after=0),
     COLS([[('COURSE', _t), ('COURSE CODE', 'KOC-XR5-0525')]], widths=[0.667, 0.333], size=12, lsize=7.5, lcolor='#005f73',
          gap=6, after=0),
     COLS([[('TRAINING DATES', 'May 12\u201314, 2025'), ('INSTRUMENT S/N', 'XR5-22D-01937'),
            ('CREDIT', '18.0 P.A.C.E.\u00ae contact hours')]], size=12, lsize=7.5, lcolor='#005f73', gap=6),
     T('Veridian Diagnostics is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
       'ASCLS P.A.C.E.\u00ae Program. Credit is awarded for full attendance and a passing practical assessment.', 8.5,
       align='L', color='#444444', after=10),
     SIGS([dict(name='Colin Faraday', title='Senior Clinical Applications Specialist'),
           dict(name='Maya Lindgren-Shaw, MLS(ASCP)', title='Manager, Customer Education')], size=9.5)],
    doc_title='Veridian key operator certificate')

# ---- k12  Webinar one-paragraph, tcpdf, "Date" in title, LIVE WEBINAR line
_n, _t = 'Chlo\u00e9 Bertrand', 'Date Math for the Lab: Calculating Stability Windows, Expiration Dates and Hold Times'
add('webinar', 'tcpdf', ['portrait', 'one-paragraph', 'format-word-line', 'title-word-date', 'registration-id-distractor', 'accented-name'],
    'Live webinar; "LIVE WEBINAR" printed alone above the title; the paragraph restates the title. Registration ID is a distractor.',
    _n, _t, '2025-12-04', 1.0, 'contact hour', ['BenchLink Learning'], 'BL-W2611',
    PAGE('P', border='line', bcolor='#2b6cb0', font='sans', margin=72, top=90, corners=[('bl', 'Registration ID 55-90317-A', 8)]),
    [T('BenchLink Learning', 24, b=True, color='#2b6cb0', after=2),
     T('Practical education for the clinical laboratory', 10, i=True, color='#555555', after=40),
     T('LIVE WEBINAR', 10, b=True, ls=3, color='#2b6cb0', after=6),
     T(_t, 17, b=True, width=0.85, after=6),
     T('Event #: BL-W2611', 9.5, color='#555555', after=40),
     T('This is to certify that ' + _n + ' participated in the live webinar \u201c' + _t + '\u201d on December 4, 2025 and is '
       'awarded 1.0 P.A.C.E.\u00ae contact hour.', 12, align='L', lead=1.5, after=24),
     T('BenchLink Learning is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
       'ASCLS P.A.C.E.\u00ae Program. Attendance was verified through the webinar platform\u2019s log-in records and a completed '
       'evaluation.', 9.5, align='L', lead=1.4, color='#333333', after=40),
     SIGS([dict(name='Nadia Ferreira-Kahn, MS, MLS(ASCP)', title='Program Director')], size=10)],
    doc_title='BenchLink webinar certificate')

# ---- k13  Public health lab, fpdf, shipping training, office issues
_n, _t = 'Samuel J. Oyelaran III', 'Packaging and Shipping Division 6.2 Infectious Substances (Category A and Category B)'
add('public-health-lab', 'fpdf', ['portrait', 'department-provider', 'two-column-label-value', 'suffix', 'expiry-date-distractor',
                                  'wrapped-title'],
    'State/regional public health laboratory training office; shipping-training expiry date and training record no. are distractors.',
    _n, _t, '2025-06-10', 4.0, 'CE hour',
    ['Great Lakes Regional Public Health Laboratory', 'Great Lakes Regional Public Health Laboratory, Laboratory Training Program'],
    'GLPHL-T-0611',
    PAGE('P', border='double', bcolor='#1b4332', font='serif', margin=70, corners=[('tr', 'Training record 2025-00417', 8)]),
    [T('Great Lakes Regional Public Health Laboratory', 17, b=True, color='#1b4332', after=2),
     T('Laboratory Training Program', 12, after=2),
     T('Protecting communities through laboratory science', 9, i=True, color='#555555', after=34),
     T('Certificate of Training Completion', 21, b=True, after=24),
     KV([('Name', _n), ('Course', _t), ('Training ID', 'GLPHL-T-0611'), ('Delivery', 'Instructor-led, virtual classroom'),
         ('Completed on', 'June 10, 2025'), ('Continuing education', '4.0 CE hours'),
         ('Shipping training valid through', 'June 10, 2027')],
        lw=170, size=11.5, lsize=11, lb=True, gap=8),
     SP(6),
     T('This course addresses the training requirements of 49 CFR 172.704 and IATA Dangerous Goods Regulations section 1.5 for '
       'personnel who package, mark, label or document shipments of infectious substances. Recurrent training is required every '
       'twenty-four months.', 9.5, align='L', lead=1.35, after=34),
     SIGS([dict(name='Dr. Harold Benning', title='Laboratory Director'),
           dict(name='Corinne Vale, MPH', title='Training Coordinator')])],
    doc_title='GLPHL training certificate')

# ---- k14  NSH workshop, ghostscript, landscape ornate, meeting range distractor
_n, _t = 'Ingrid Solberg', 'Troubleshooting Frozen Sections in the Mohs Surgery Laboratory'
add('nsh', 'ghostscript', ['landscape', 'ornate-border', 'centred-award', 'workshop-number', 'meeting-date-range-distractor', 'seal'],
    'Workshop at an annual symposium; the workshop date counts, not the convention range; member no. is a distractor.',
    _n, _t, '2025-09-06', 3.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'W-37',
    PAGE('L', border='ornate', bcolor='#6b2d5c', font='serif', margin=70, valign='center',
         corners=[('bl', 'NSH Member #H-77105', 7.5)], seal=dict(lines=['NSH', 'SYMPOSIUM', '2025'], x=0.87, y=0.2, r=40, color='#6b2d5c')),
    [T('National Society for Histotechnology', 20, b=True, color='#6b2d5c', after=2),
     T('51st Annual Symposium/Convention \u2022 Providence, Rhode Island \u2022 September 4\u20139, 2025', 10, after=20),
     T('CERTIFICATE OF ATTENDANCE', 24, ls=4, after=16),
     T('This certificate acknowledges that', 11, i=True, after=6),
     T(_n, 26, b=True, after=8),
     T('attended Workshop W-37', 11, i=True, after=4),
     T(_t, 16, b=True, after=6),
     T('held Saturday, September 6, 2025, and has earned', 11, after=4),
     T('3.0 contact hours', 15, b=True, color='#6b2d5c', after=8),
     T('NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program.', 8.5, i=True, color='#444444', after=4),
     SIGS([dict(name='Patrice Oduya-Grant, HTL(ASCP)', title='NSH President'),
           dict(name='Lewis T. Marchetti, HT(ASCP)', title='Education Committee Chair')], before=6)],
    doc_title='NSH workshop W-37')

# ---- k15  AMT, acroform, ALL-CAPS name, labels above values (form)
_n, _t = 'TERRENCE L. MAGUIRE', 'Phlebotomy Pre-Analytical Errors and Specimen Rejection: Root Causes and Fixes'
add('amt', 'acroform', ['portrait', 'form-fields-flattened', 'labels-above-values', 'all-caps-name', 'member-id-distractor'],
    'AMT continuing education certificate with flattened form fields; AMT member ID and certificate no. are distractors.',
    _n, _t, '2025-08-21', 1.5, 'CE hour', ['American Medical Technologists', 'AMT'], 'AMT-CE-25-0419',
    PAGE('P', border='frame3', bcolor='#003c71', font='sans', margin=68, corners=[('tr', 'Certificate No. 2025-0419-11873', 8)]),
    [T('AMERICAN MEDICAL TECHNOLOGISTS', 15, b=True, ls=1.5, color='#003c71', after=2),
     T('Certification Continuation Program', 10.5, color='#555555', after=30),
     T('Continuing Education Certificate', 22, after=24),
     COLS([[('PARTICIPANT NAME', _n), ('AMT MEMBER ID', '0617734')]], size=12.5, lsize=8, lcolor='#003c71', uline=True),
     COLS([[('PROGRAM TITLE', _t)]], size=12, lsize=8, lcolor='#003c71', uline=True),
     COLS([[('COURSE CODE', 'AMT-CE-25-0419'), ('DATE COMPLETED', '08/21/2025'), ('CE HOURS AWARDED', '1.5')]],
          size=12, lsize=8, lcolor='#003c71', uline=True),
     COLS([[('FORMAT', 'Recorded webinar with post-test'), ('CCP CATEGORY', 'Technical / Clinical')]], size=12, lsize=8,
          lcolor='#003c71', uline=True),
     SP(10),
     T('American Medical Technologists (AMT) awards CE hours for this program toward the Certification Continuation Program. '
       'AMT is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program.', 9, align='L', lead=1.35, after=30),
     SIGS([dict(name='Angela Drummond, MBA, MT(AMT)', title='Director, Certification Continuation')], size=9.5)],
    doc_title='AMT CE certificate')

# ---- k16  CLSI on-demand webinar, fodt, order no. distractor
_n, _t = 'Fatima Al-Rashidi', 'Verifying Precision and Trueness with EP15: A Practical Walkthrough for Small Laboratories'
add('clsi', 'fodt', ['portrait', 'format-word-line', 'two-column-label-value', 'order-number-distractor', 'wrapped-title'],
    'CLSI on-demand webinar; "On-Demand Webinar" printed on its own line above the title; order no. is a distractor.',
    _n, _t, '2026-01-22', 1.5, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'CLSI-ODW-0382',
    PAGE('P', border='line', bcolor='#00205b', font='narrow', margin=72, corners=[('br', 'Order no. W-2026-118204', 8)]),
    [T('CLSI', 34, b=True, color='#00205b', after=0),
     T('Clinical and Laboratory Standards Institute', 12, color='#00205b', after=34),
     T('Certificate of Completion', 22, after=22),
     T('On-Demand Webinar', 10.5, i=True, color='#555555', after=3),
     T(_t, 15, b=True, width=0.9, after=24),
     KV([('Awarded to', _n), ('Date completed', 'January 22, 2026'), ('Program code', 'CLSI-ODW-0382'),
         ('Credit', '1.5 P.A.C.E.\u00ae contact hours')], lw=150, size=12, lsize=11, indent=60, gap=6),
     SP(16),
     T('The Clinical and Laboratory Standards Institute is approved as a provider of continuing education programs in the '
       'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. To receive credit, participants viewed the full recording '
       'and passed the online assessment with a score of 70% or higher.', 9.5, align='L', lead=1.35, after=40),
     SIGS([dict(name='Bernadette Osei, MT(ASCP)', title='Director, Education')], size=10)],
    doc_title='CLSI webinar certificate')

# ---- k17  ASM Microbe meeting attendance, chromium, claimed vs maximum, no activity id
_n, _t = 'Lan T. Nguyen', 'ASM Microbe 2025'
add('asm', 'chromium', ['landscape', 'meeting-name-as-title', 'date-range', 'claimed-vs-maximum', 'no-activity-id',
                        'registration-number-distractor', 'letter-spaced-header'],
    'Meeting attendance certificate: title is the meeting name, date is the last day of the range; claimed 18.5 of a maximum 32.0; '
    'no activity number is printed (registration no. is a distractor).',
    _n, _t, '2025-06-23', 18.5, 'contact hour', ['American Society for Microbiology', 'ASM'], None,
    PAGE('L', border='leftbar', bcolor='#006b3f', font='nimbus', margin=72, top=60,
         corners=[('br', 'Registration no. MIC25-448170', 8)]),
    [T('American Society for Microbiology', 15, b=True, color='#006b3f', align='L', after=30),
     T('C E R T I F I C A T E\u2003O F\u2003A T T E N D A N C E', 18, align='L', after=24),
     T(_n, 26, b=True, align='L', after=6),
     T('attended', 11, align='L', color='#555555', after=4),
     T(_t, 22, b=True, color='#006b3f', align='L', after=4),
     T('June 19\u201323, 2025 \u2022 Los Angeles, California', 11.5, align='L', after=22),
     KV([('Maximum P.A.C.E.\u00ae contact hours offered', '32.0'), ('P.A.C.E.\u00ae contact hours claimed', '18.5')],
        lw=260, size=12, lsize=11, lb=False, vb=True, gap=5),
     T('The American Society for Microbiology is approved as a provider of continuing education programs in the clinical '
       'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Participants should claim only the hours actually spent in '
       'educational sessions.', 9, align='L', width=0.75, color='#444444', lead=1.35, after=10),
     SIGS([dict(name='Helen R. Abernathy, PhD', title='Chair, ASM Meetings Board'),
           dict(name='Oren Castellanos', title='Director, Scientific Meetings')], before=4)],
    doc_title='ASM Microbe 2025 attendance')

# ---- k18  ADLM ACCENT on-demand, reportlab, transcript date distractor
_n, _t = 'Jacob Feldstein', 'Interpreting High-Sensitivity Troponin Delta Algorithms in the Emergency Department'
add('adlm', 'reportlab', ['portrait', 'accent-credit', 'format-word-line', 'credit-box', 'transcript-date-distractor'],
    'ADLM ACCENT on-demand course; "On-Demand" printed alone above the title; transcript print date is a distractor.',
    _n, _t, '2025-11-19', 1.0, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '6712',
    PAGE('P', border='none', font='sans', margin=64, top=60, corners=[('br', 'Transcript generated 12/01/2025 09:14', 7.5)]),
    [T('ADLM', 30, b=True, color='#c8102e', align='L', after=0),
     T('Association for Diagnostics & Laboratory Medicine', 11, align='L', color='#333333', after=6),
     RULE(1.0, 3, '#c8102e', after=36),
     T('Certificate of Continuing Education', 20, b=True, align='L', after=20),
     T('This document certifies that', 11, align='L', after=4),
     T(_n, 20, b=True, align='L', after=12),
     T('has completed the ADLM educational activity', 11, align='L', after=10),
     T('On-Demand', 9.5, b=True, align='L', color='#c8102e', after=2),
     T(_t, 14, b=True, align='L', width=0.85, after=8),
     KV([('Activity #', '6712'), ('Completion date', 'November 19, 2025')], lw=120, size=11, lsize=10, lb=False,
        lcolor='#555555', gap=4),
     BOX([T('1.0 ACCENT\u00ae contact hour', 14, b=True, color='#c8102e', after=2),
          T('ACCENT\u00ae credit is accepted for P.A.C.E.\u00ae-equivalent continuing education by the ASCP Board of Certification.', 8.5,
            color='#444444', after=0)], width=0.6, color='#c8102e', lw=1.2, pad=10, after=24),
     T('ADLM designates this activity for a maximum of 1.0 ACCENT\u00ae credit. ACCENT\u00ae is a registered trademark of the '
       'Association for Diagnostics & Laboratory Medicine.', 8.5, align='L', color='#555555', after=36),
     SIGS([dict(name='Gwendolyn Archer, PhD, DABCC', title='Chair, Education Core Committee')], font='sans')],
    doc_title='ADLM ACCENT certificate')

# ---- k19  ASCP live webinar, docx, landscape, letter-spaced name
_n, _t = 'ROSALIND A. KETTERING', 'Pathology Informatics Essentials: Writing Middleware Rules for Safe Autoverification'
add('ascp-cmle', 'docx', ['landscape', 'letter-spaced-name', 'all-caps-name', 'format-word-line', 'centred-award', 'signatures'],
    'ASCP live webinar; name printed letter-spaced in capitals; "LIVE WEBINAR" on its own line above the title; '
    'ASCP ID and issue date are distractors.',
    _n, _t, '2025-04-29', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'WEB-INF-2504',
    PAGE('L', border='ornate', bcolor='#00467f', font='c059', margin=64, valign='center',
         corners=[('br', 'ASCP ID 00731906 \u2022 Issued 05/02/2025', 8)]),
    [T('ASCP', 26, b=True, color='#00467f', after=0),
     T('American Society for Clinical Pathology', 12, after=18),
     T('Certificate of Continuing Education', 24, i=True, after=14),
     T('This is to certify that', 11, after=6),
     T(_n, 22, b=True, ls=5, after=12),
     T('participated in', 11, after=6),
     T('LIVE WEBINAR', 9, b=True, ls=2, color='#00467f', after=2),
     T(_t, 15, b=True, width=0.75, after=6),
     T('presented April 29, 2025 \u2022 Activity Code WEB-INF-2504', 10.5, after=10),
     T('Credit earned: 1.0 CMLE', 13, b=True, color='#00467f', after=14),
     SIGS([dict(name='Edwin Marsh, MD, FASCP', title='Medical Director, Continuing Education'),
           dict(name='Carla Dunleavy, MS, MLS(ASCP)', title='Senior Manager, Laboratory Education')], size=9.5)],
    doc_title='ASCP webinar certificate')

# ---- k20  AABB Annual Meeting, tcpdf, claimed vs maximum, multiple credit types
_n, _t = 'Mateo Villalobos', 'AABB Annual Meeting 2025'
add('aabb', 'tcpdf', ['landscape', 'meeting-name-as-title', 'date-range', 'claimed-vs-maximum', 'multiple-credit-types',
                      'credit-table', 'badge-number-distractor'],
    'Meeting attendance: title is the meeting name; last day of range; P.A.C.E. claimed 14.5 (maximum 28.0); CME claimed 12.0 is not '
    'the laboratory figure. Badge no. is a distractor.',
    _n, _t, '2025-10-28', 14.5, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '25AM-CE',
    PAGE('L', border='line', bcolor='#7a1f2b', font='serif', margin=64, valign='center', corners=[('tl', 'Badge 100-27781', 8)]),
    [T('AABB', 30, b=True, color='#7a1f2b', after=0),
     T('Association for the Advancement of Blood & Biotherapies', 11.5, after=18),
     T('Certificate of Attendance and Credit Claimed', 20, after=12),
     T(_n, 22, b=True, after=6),
     T('attended the', 11, i=True, after=2),
     T(_t, 17, b=True, color='#7a1f2b', after=2),
     T('San Diego, California \u2022 October 25\u201328, 2025 \u2022 Activity ID 25AM-CE', 10.5, after=14),
     TABLE(['Credit type', 'Maximum available', 'Claimed by participant'],
           [['ASCLS P.A.C.E.\u00ae contact hours', '28.0', '14.5'],
            ['AMA PRA Category 1 Credits\u2122', '24.0', '12.0'],
            ['California CLS CE hours', '28.0', 'see P.A.C.E.\u00ae']],
           [0.46, 0.27, 0.27], size=10.5, hfill='#f2dede', aligns=['L', 'C', 'C']),
     T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program and is accredited by the ACCME to provide continuing medical education for physicians.', 8.5,
       color='#444444', width=0.85, after=4),
     SIGS([dict(name='Sandra Whitlock, MS, MT(ASCP)SBB', title='Vice President, Education')], size=9.5, before=4)],
    doc_title='AABB Annual Meeting certificate')

# ---- k21  CAP self-study module, fpdf, enduring material line, customer no. distractor
_n, _t = 'Grace H. Tanaka-Moore', 'Antibody Identification Panels: Rule-Outs, Dosage and Multiple Antibodies'
add('cap', 'fpdf', ['portrait', 'format-word-line', 'small-table', 'customer-number-distractor', 'hyphenated-name'],
    'CAP self-study module; "Enduring Material" line above the title; AMA credit row reads "not offered"; customer no. is a distractor.',
    _n, _t, '2026-02-24', 1.0, 'CE hour', ['College of American Pathologists', 'CAP'], 'CAH-BB-114',
    PAGE('P', border='none', font='sans', margin=62, top=56, corners=[('br', 'CAP customer no. 2207731  |  page 1 of 1', 7.5)]),
    [TABLE(None, [['**College of American Pathologists**\nCAP Learning \u2022 Competency Assessment Hub',
                   'Certificate date\nFebruary 24, 2026']], [0.7, 0.3], size=10, grid=False, aligns=['L', 'R']),
     SP(40),
     T('CERTIFICATE OF COMPLETION', 20, b=True, color='#1d4f91', align='L', after=24),
     T('Learner', 9, color='#777777', align='L', after=1),
     T(_n, 17, b=True, align='L', after=16),
     T('Enduring Material', 9, color='#777777', align='L', after=1),
     T(_t, 14, b=True, align='L', after=20),
     TABLE(['Course ID', 'Completed', 'Credit type', 'Amount'],
           [['CAH-BB-114', '02/24/2026', 'Laboratory CE hours', '1.0'],
            ['', '', 'AMA PRA Category 1 Credit\u2122', 'not offered']],
           [0.2, 0.2, 0.4, 0.2], size=10, hfill='#dfe8f5', aligns=['L', 'L', 'L', 'R']),
     T('The College of American Pathologists (CAP) is approved as a provider of continuing education programs in the clinical '
       'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This module is suitable for annual competency documentation '
       'under CLIA personnel requirements when accompanied by direct observation.', 9, align='L', lead=1.35, after=40),
     T('Verify this certificate at the CAP learning portal using the learner\u2019s customer number.', 8, i=True, align='L',
       color='#777777')],
    doc_title='CAP Competency Assessment Hub certificate')

# ---- k22  P.A.C.E. approved provider, ghostscript, P.A.C.E.-style field list
_n, _t = 'Oluwaseun Adebayo', 'Body Fluid Cell Counts and Differentials: From Cytospin to Report'
add('ascls-pace', 'ghostscript', ['portrait', 'pace-form', 'two-column-label-value', 'provider-number-distractor', 'level-of-instruction'],
    'P.A.C.E.-approved regional provider; classic field list. P.A.C.E. provider no. is a distractor; program no. is the activity id.',
    _n, _t, '2026-03-19', 2.0, 'contact hour',
    ['Heartland Clinical Laboratory Education Network', 'HCLEN'], '1420-033-26',
    PAGE('P', border='line', bcolor='#333333', font='serif', margin=66),
    [T('Heartland Clinical Laboratory Education Network', 17, b=True, after=1),
     T('(HCLEN) \u2022 Omaha, Nebraska', 10.5, after=26),
     T('P.A.C.E.\u00ae Certificate of Continuing Education', 19, after=4),
     T('Professional Acknowledgment for Continuing Education', 10, i=True, color='#555555', after=26),
     KV([('Participant', _n), ('Program title', _t), ('P.A.C.E.\u00ae program number', '1420-033-26'),
         ('Date(s) of program', 'March 19, 2026'), ('Level of instruction', 'Intermediate'), ('Format', 'Workshop with microscope session'),
         ('Contact hours awarded', '2.0'), ('P.A.C.E.\u00ae provider number', '1420')],
        lw=175, size=11.5, lsize=11, lb=False, lcolor='#333333', vb=True, gap=9, indent=10),
     SP(8),
     T('HCLEN is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. One contact hour is awarded for each fifty minutes of instruction. Participants should retain '
       'this certificate for four years.', 9.5, align='L', lead=1.35, after=40),
     SIGS([dict(name='Gloria Wendt, MA, MLS(ASCP)', title='P.A.C.E.\u00ae Program Coordinator, HCLEN')], size=10)],
    doc_title='HCLEN PACE certificate')

# ---- k23  LabCE, acroform, certificate form with score
_n, _t = 'Caitlin M. Rourke', 'Laboratory Safety: Fire, Electrical and Compressed Gas Hazards'
add('labce', 'acroform', ['landscape', 'form-fields-flattened', 'two-column-label-value', 'score-distractor', 'title-word-safety'],
    'LabCE form-style certificate, values flattened from AcroForm fields; post-test score and customer no. are distractors.',
    _n, _t, '2025-07-08', 1.0, 'CE hour', ['LabCE'], '2044',
    PAGE('L', border='band', bcolor='#e07b00', font='sans', margin=64, top=64, corners=[('br', 'Customer no. 880219  \u2022  Certificate 2044-31190', 7.5)]),
    [T('LabCE', 28, b=True, color='#e07b00', align='L', after=0),
     T('Continuing education and compliance training for laboratory professionals', 9.5, align='L', color='#555555', after=24),
     T('Continuing Education Certificate', 22, align='L', after=18),
     KV([('Name:', _n), ('Course:', _t), ('Course number:', '2044'), ('Date completed:', 'July 8, 2025'),
         ('Post-test score:', '100%'), ('CE hours:', '1.0')], lw=150, size=12.5, lsize=11, lcolor='#444444', gap=8),
     T('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. This course is also approved for 1.0 hour of Florida laboratory safety credit.', 9, align='L', width=0.8,
       color='#333333', before=8, after=0)],
    doc_title='LabCE certificate 2044')

# ---- k24  MediaLab, fodt, landscape award with licence number distractor
_n, _t = 'Dmitri Volkov', 'Gram Stain Interpretation: Recognizing Morphology in Direct Specimens'
add('medialab', 'fodt', ['landscape', 'centred-award', 'double-border', 'license-number-distractor', 'signatures'],
    'MediaLab course certificate; Florida licence no. and issue date are distractors.',
    _n, _t, '2025-09-30', 1.5, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'GS-210',
    PAGE('L', border='double', bcolor='#2c5f2d', font='bookman', margin=60, corners=[('bl', 'FL License CLS 0089123', 8), ('br', 'Issued 10/01/2025', 8)]),
    [T('MediaLab', 26, b=True, color='#2c5f2d', after=0),
     T('a division of MediaLab, Inc.', 9.5, i=True, after=16),
     T('Certificate of Completion', 26, after=12),
     T('This certificate is presented to', 11, after=6),
     T(_n, 24, b=True, after=10),
     T('who completed the online course', 11, after=6),
     T(_t, 15, b=True, after=4),
     T('Course GS-210 \u2022 completed September 30, 2025', 10.5, after=10),
     T('Credit: 1.5 contact hours (P.A.C.E.\u00ae)', 12.5, b=True, color='#2c5f2d', after=8),
     T('MediaLab is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program and by the Florida Board of Clinical Laboratory Personnel.', 8.5, i=True, width=0.75, after=8),
     SIGS([dict(name='Anita Gorski', title='Director of Content'), dict(name='Wesley Trainor, MBA', title='President')], size=9.5, before=0)],
    doc_title='MediaLab certificate GS-210')

# ---- k25  Regional society two-day conference, chromium, portrait
_n, _t = 'AYESHA SIDDIQUI', 'High Plains Laboratory Conference 2025'
add('state-society', 'chromium', ['portrait', 'meeting-name-as-title', 'date-range', 'corners-border', 'member-number-distractor',
                                  'signatures', 'letter-spaced-name', 'all-caps-name'],
    'Regional society conference attendance; meeting name is the title; last day of the two-day range; member no. is a distractor. '
    'The name is typed with a space between letters (extracts as "A Y E S H A  S I D D I Q U I").',
    _n, _t, '2025-10-17', 11.0, 'contact hour', ['Mountain States Clinical Laboratory Association', 'MSCLA'], 'MSCLA-25-F',
    PAGE('P', border='corners', bcolor='#7b4f2c', font='p052', margin=70, valign='center', corners=[('bc', 'Member no. 4471', 8)]),
    [T('MSCLA', 30, b=True, ls=6, color='#7b4f2c', after=2),
     T('Mountain States Clinical Laboratory Association', 12.5, i=True, after=40),
     T('Certificate of Attendance', 26, after=26),
     T('We gratefully acknowledge the attendance of', 11.5, after=8),
     T(' '.join(_n.replace(' ', '\u2003')), 22, b=True, after=20),
     T('at the', 11.5, after=6),
     T(_t, 18, b=True, color='#7b4f2c', after=4),
     T('October 16\u201317, 2025 \u2022 Cheyenne, Wyoming', 11.5, after=4),
     T('Conference code MSCLA-25-F', 10, color='#555555', after=26),
     T('Total continuing education earned: **11.0 contact hours**', 12.5, after=8),
     T('MSCLA is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program.', 9, i=True, width=0.8, color='#444444', after=30),
     SIGS([dict(name='Dolores Yazzie, MLS(ASCP)', title='MSCLA President'),
           dict(name='Brent Kalani, MS', title='Conference Chair')])],
    doc_title='MSCLA conference certificate')

# ---- k26  Hospital in-service, reportlab, one paragraph, "Program" in title
_n, _t = 'Patrick J. Donnelly Sr.', 'Critical Value Notification Program: Read-Back, Documentation and Escalation'
add('hospital-inservice', 'reportlab', ['portrait', 'one-paragraph', 'department-provider', 'suffix', 'employee-number-distractor',
                                        'title-word-program'],
    'Hospital laboratory education committee; one paragraph states title, date and hours; employee no. is a distractor.',
    _n, _t, '2025-05-14', 1.0, 'contact hour',
    ['Saint Aurelia Medical Center', 'Saint Aurelia Medical Center, Clinical Laboratory Education Committee'], 'CLEC-0525',
    PAGE('P', border='double', bcolor='#203864', font='serif', margin=80, top=120, corners=[('bc', 'Employee no. 0044127', 8)]),
    [T('Saint Aurelia Medical Center', 20, b=True, color='#203864', after=2),
     T('Clinical Laboratory Education Committee', 12, i=True, after=46),
     T('Certificate', 30, font='script', after=36),
     T(_n + ' has completed \u201c' + _t + '\u201d on May 14, 2025 and is awarded 1.0 contact hour of continuing education. '
       'Session reference CLEC-0525.', 13, lead=1.6, width=0.9, after=36),
     T('Saint Aurelia Medical Center Clinical Laboratory is approved as a provider of continuing education programs in the '
       'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 9.5, i=True, width=0.85, after=60),
     SIGS([dict(name='Marguerite Oyelaran, MT(ASCP)', title='Education Coordinator'),
           dict(name='Ivan Petrossian, MD', title='Laboratory Medical Director')], size=9.5)],
    doc_title='Saint Aurelia in-service certificate')

# ---- k27  Joint-accreditation multi-day course, docx, claimed vs maximum, many credit types
_n = 'Yolanda Castellanos'
_t = 'Hematopathology Update 2026: Lymphomas, Myeloid Neoplasms and Molecular Integration'
add('joint-cme', 'docx', ['portrait', 'credit-table', 'multiple-credit-types', 'claimed-vs-maximum', 'date-range', 'wrapped-title'],
    'Three-day course by a jointly accredited academic center; P.A.C.E. claimed 12.5 of 15.5; AMA/ANCC/ACPE rows have other figures. '
    'Last day of the range is the date.',
    _n, _t, '2026-02-22', 12.5, 'contact hour',
    ['Riverbend University Medical Center', 'Riverbend University Medical Center, Office of Continuing Professional Development'],
    'JA-26-0117',
    PAGE('P', border='none', font='dserif', margin=60, corners=[('tr', 'Certificate generated 03/02/2026', 8)]),
    [T('Riverbend University Medical Center', 16, b=True, color='#2f4f4f', align='L', after=0),
     T('Office of Continuing Professional Development', 11, align='L', after=4),
     RULE(1.0, 1.5, '#2f4f4f', after=26),
     T('CERTIFICATE OF CREDIT CLAIMED', 16, b=True, align='L', after=16),
     KV([('Participant', _n + ', MLS(ASCP)'), ('Activity', _t), ('Dates', 'February 20\u201322, 2026'),
         ('Location', 'Riverbend Conference Center, Columbus, Ohio'), ('Activity ID', 'JA-26-0117')],
        lw=110, size=11, lsize=10, gap=5),
     SP(6),
     TABLE(['Credit type', 'Maximum', 'Claimed'],
           [['AMA PRA Category 1 Credits\u2122', '15.75', '13.00'],
            ['ANCC nursing contact hours', '15.75', '\u2014'],
            ['ACPE pharmacy contact hours', '6.00', '\u2014'],
            ['ASCLS P.A.C.E.\u00ae contact hours', '15.50', '12.50'],
            ['ABP MOC Part 2 points', '15.00', '\u2014']],
           [0.56, 0.22, 0.22], size=10, hfill='#dde7e7', aligns=['L', 'C', 'C']),
     T('In support of improving patient care, Riverbend University Medical Center is jointly accredited by the ACCME, ACPE and '
       'ANCC to provide continuing education for the healthcare team. Riverbend University Medical Center is approved as a provider '
       'of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 8.5, align='L',
       lead=1.3, color='#333333', after=10),
     T('Credit claimed was attested by the participant in the online evaluation. Physicians should claim only the credit '
       'commensurate with the extent of their participation.', 8.5, i=True, align='L', color='#333333', after=26),
     SIGS([dict(name='Anjali Deshpande, MD', title='Course Director'),
           dict(name='Robert E. Linwood, MEd', title='Director, Continuing Professional Development')], size=9.5)],
    doc_title='Riverbend certificate of credit')

# ---- k28  Community/technical college CEU, tcpdf, second page transcript line
_n, _t = 'Benedict Asamoah', 'Phlebotomy Refresher for Laboratory Assistants'
add('university-ceu', 'tcpdf', ['portrait', 'two-pages', 'transcript-page', 'ceu-unit', 'student-id-distractor', 'seal'],
    'College continuing education; page 2 is a transcript line repeating course, dates and CEU; student ID and transcript no. '
    'are distractors. 0.8 CEU = 8 points.',
    _n, _t, '2026-03-12', 0.8, 'CEU', ['Eastgate Technical College', 'Eastgate Technical College, Workforce & Continuing Education'],
    'PHB 0410',
    PAGE('P', border='frame3', bcolor='#1c3f60', font='serif', margin=72, top=120,
         seal=dict(lines=['EASTGATE', 'TECHNICAL', 'COLLEGE'], x=0.5, y=0.8, r=40, color='#1c3f60')),
    [T('Eastgate Technical College', 22, b=True, color='#1c3f60', after=2),
     T('Workforce & Continuing Education', 12, i=True, after=40),
     T('This certifies that', 12, after=8),
     T(_n, 24, b=True, after=14),
     T('has satisfactorily completed', 12, after=8),
     T(_t, 17, b=True, after=8),
     T('Course No. PHB 0410 \u2022 February 19 \u2013 March 12, 2026', 11, after=14),
     T('and is awarded **0.8 Continuing Education Units**', 13, after=30),
     T('Given at Eastgate, Michigan, on the twentieth day of March, 2026.', 10, i=True, after=0),
     PB(),
     T('Eastgate Technical College \u2014 Workforce & Continuing Education', 12, b=True, align='L', after=2),
     T('Unofficial Continuing Education Transcript', 11, align='L', after=16),
     KV([('Student', _n), ('Student ID', 'E00619244'), ('Transcript no.', 'T-26-03381')], lw=100, size=10.5, lsize=10, gap=3),
     SP(8),
     TABLE(['Course', 'Title', 'Start', 'End', 'Hrs', 'CEU', 'Result'],
           [['PHB 0410', _t, '02/19/2026', '03/12/2026', '8', '0.8', 'S']],
           [0.1, 0.45, 0.12, 0.12, 0.07, 0.07, 0.07], size=8.5, hfill='#dde4ee', aligns=['L', 'L', 'L', 'L', 'C', 'C', 'C']),
     T('Result codes: S = satisfactory, U = unsatisfactory, W = withdrawn.', 8, align='L', color='#555555', after=8),
     T('One Continuing Education Unit (CEU) represents ten contact hours of participation in an organized continuing education '
       'experience. CEUs are not academic credit and do not apply toward a degree.', 9, align='L', lead=1.3)],
    doc_title='Eastgate CEU certificate')

# ---- k29  Vendor webinar, fpdf, landscape centred
_n, _t = 'Hannah R. Goldberg', 'Verifying Syndromic PCR Panels: Sample Selection, Discordant Analysis and Ongoing Quality Monitoring'
add('vendor-training', 'fpdf', ['landscape', 'centred-award', 'corners-border', 'wrapped-title', 'format-word-line', 'account-number-distractor'],
    'Vendor educational webinar; "Live Webinar" on its own line; account no. is a distractor; webinar ID is the activity id.',
    _n, _t, '2025-08-13', 1.0, 'contact hour', ['Helix Molecular Systems'], 'HMS-EDU-0813',
    PAGE('L', border='corners', bcolor='#5a189a', font='sans', margin=66, valign='center', corners=[('br', 'Account 7001-448', 8)]),
    [T('HELIX MOLECULAR SYSTEMS', 13, b=True, ls=3, color='#5a189a', after=2),
     T('Scientific Affairs \u2022 Educational Programs', 9.5, color='#666666', after=28),
     T('Certificate of Participation', 26, after=18),
     T(_n, 22, b=True, after=12),
     T('attended', 11, color='#555555', after=8),
     T('Live Webinar', 10, i=True, color='#5a189a', after=3),
     T(_t, 14, b=True, width=0.7, after=8),
     T('Wednesday, August 13, 2025 \u2022 Webinar ID HMS-EDU-0813', 10.5, after=14),
     T('This program has been approved for 1.0 P.A.C.E.\u00ae contact hour.', 12, after=8),
     T('Helix Molecular Systems is approved as a provider of continuing education programs in the clinical laboratory sciences by '
       'the ASCLS P.A.C.E.\u00ae Program. This program is non-promotional; product names are used for identification only.', 8.5,
       color='#555555', width=0.7, after=12),
     SIGS([dict(name='Dr. Kenji Watanabe', title='Director, Scientific Affairs')], size=9.5, before=4)],
    doc_title='Helix webinar certificate')

# ---- k30  Webinar series card, ghostscript, series title
_n, _t = 'Sione Tupou', 'Coagulation Corner: Heparin Monitoring with Anti-Xa Versus aPTT'
add('webinar', 'ghostscript', ['landscape', 'series-title', 'small-table', 'leftbar-border', 'customer-number-distractor'],
    'Regional network webinar series; series name before the colon is part of the title; attendee no. and issue date are distractors.',
    _n, _t, '2026-01-28', 1.0, 'CE hour', ['Cascade Laboratory Network', 'CLN'], 'CC-2026-01',
    PAGE('L', border='leftbar', bcolor='#0f4c5c', font='sans', margin=80, top=70, corners=[('br', 'Issued 01/30/2026', 8)]),
    [T('Cascade Laboratory Network (CLN)', 14, b=True, color='#0f4c5c', align='L', after=1),
     T('Webinar Series for Laboratory Professionals', 10, align='L', color='#555555', after=34),
     T('Certificate of Attendance', 26, b=True, align='L', after=16),
     T('Awarded to', 10, align='L', color='#555555', after=2),
     T(_n, 22, align='L', after=22),
     TABLE(['Webinar', 'Session no.', 'Date', 'CE hours'],
           [[_t, 'CC-2026-01', 'Jan 28, 2026', '1.0']],
           [0.58, 0.15, 0.15, 0.12], size=10.5, grid=False, hfill=None, aligns=['L', 'L', 'L', 'C']),
     T('Attendee no. 31-0872. CE hours are awarded for attendance at the full live session. Cascade Laboratory Network is approved '
       'as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.',
       9, align='L', width=0.85, color='#444444', lead=1.35, after=26),
     SIGS([dict(name='Marisa Okonjo, MLS(ASCP)SH', title='Series Moderator'), dict(name='Troy Ellingsen, MBA', title='Network Director')],
          size=9.5)],
    doc_title='CLN webinar certificate')

# ---- k31  Public health lab wet workshop, acroform, CLIA number distractor
_n, _t = 'Keisha L. Marshall', 'Rule-Out of Biothreat Agents for Sentinel Clinical Laboratories'
add('public-health-lab', 'acroform', ['portrait', 'form-fields-flattened', 'labels-above-values', 'department-provider',
                                      'clia-number-distractor'],
    'Regional health department laboratory division; hands-on sentinel workshop. CLIA no. of the attendee\'s facility and the '
    'certificate no. are distractors.',
    _n, _t, '2025-05-21', 6.0, 'CE hour',
    ['Tidewater Regional Health Department', 'Tidewater Regional Health Department, Division of Laboratory Services'], 'TRHD-LRN-2505',
    PAGE('P', border='double', bcolor='#7f1d1d', font='sans', margin=64, corners=[('tr', 'Cert. no. 25-0521-044', 8)]),
    [T('Tidewater Regional Health Department', 16, b=True, color='#7f1d1d', after=1),
     T('Division of Laboratory Services \u2022 Laboratory Response Network Reference Laboratory', 9.5, color='#555555', after=32),
     T('Certificate of Completion', 22, b=True, after=4),
     T('Hands-on Wet Workshop', 10.5, i=True, color='#7f1d1d', after=26),
     COLS([[('PARTICIPANT', _n), ('FACILITY', 'Harborview Community Hospital')]], size=12, lsize=8, lcolor='#7f1d1d', uline=True),
     COLS([[('WORKSHOP', _t)]], size=12, lsize=8, lcolor='#7f1d1d', uline=True),
     COLS([[('COURSE ID', 'TRHD-LRN-2505'), ('DATE', '05/21/2025'), ('CE HOURS', '6.0')]], size=12, lsize=8, lcolor='#7f1d1d', uline=True),
     COLS([[('FACILITY CLIA NO.', '49D0718830'), ('INSTRUCTOR', 'Yusuf Amadi, MS, SM(ASCP)')]], size=12, lsize=8,
          lcolor='#7f1d1d', uline=True),
     SP(8),
     T('This workshop covered recognition and rule-out of select agents, referral to the LRN reference laboratory, and packaging '
       'of isolates. CE hours are granted for full-day attendance including the laboratory practicum.', 9.5, align='L', lead=1.35,
       after=36),
     SIGS([dict(name='Yusuf Amadi, MS, SM(ASCP)', title='Bioterrorism Response Coordinator'),
           dict(name='Claire Hutchins, PhD, HCLD(ABB)', title='Director, Laboratory Services')], size=9.5)],
    doc_title='TRHD sentinel workshop')

# ---- k32  NSH webinar, fodt, CEU unit, labels above values
_n, _t = 'Anders Halvorsen', 'Special Stains Quality Control: Controls, Cut-Offs and Common Artifacts'
add('nsh', 'fodt', ['portrait', 'labels-above-values', 'ceu-unit', 'format-word-line', 'member-number-distractor'],
    'NSH webinar credited in CEU (0.15 CEU = 1.5 points); "Webinar" printed on its own line; member no. is a distractor.',
    _n, _t, '2025-03-12', 0.15, 'CEU', ['National Society for Histotechnology', 'NSH'], 'NSH-W-2511',
    PAGE('P', border='line', bcolor='#6b2d5c', font='sans', margin=70, corners=[('bl', 'NSH member 0030566', 8)]),
    [T('NSH', 36, b=True, color='#6b2d5c', align='L', after=0),
     T('National Society for Histotechnology', 12.5, align='L', after=40),
     T('Certificate of Continuing Education', 22, align='L', after=26),
     COLS([[('Presented to', _n), ('Date of webinar', 'March 12, 2025')]], size=13, lsize=9, lcolor='#6b2d5c', lb=False,
          widths=[0.6, 0.4]),
     T('Webinar', 9, color='#6b2d5c', align='L', after=1),
     T(_t, 14.5, b=True, align='L', after=16),
     COLS([[('Webinar number', 'NSH-W-2511'), ('Continuing education units', '0.15 CEU'), ('Level', 'Intermediate')]],
          size=12, lsize=9, lcolor='#6b2d5c', lb=False),
     SP(8),
     T('The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical '
       'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. NSH awards 0.1 CEU for each hour of instruction.', 9.5,
       align='L', lead=1.35, after=50),
     SIGS([dict(name='Marjorie Tillotson, HTL(ASCP)QIHC', title='Chair, NSH Education Committee')], size=10)],
    doc_title='NSH webinar certificate')

# ---- k33  AMT eLearning, chromium, one paragraph, "Orientation" in title
_n, _t = 'Maribel Ochoa', 'Molecular Testing Orientation for the Generalist Technologist'
add('amt', 'chromium', ['landscape', 'one-paragraph', 'ornate-border', 'seal', 'title-word-orientation', 'member-id-distractor'],
    'AMT one-paragraph certificate; title contains "Orientation"; AMT ID and printed date are distractors.',
    _n, _t, '2025-12-15', 2.0, 'CE hour', ['American Medical Technologists', 'AMT'], 'AMT-EL-6042',
    PAGE('L', border='ornate', bcolor='#003c71', font='p052', margin=80, valign='center',
         corners=[('bl', 'AMT ID 1128807', 8), ('br', 'Printed 12/16/2025', 8)],
         seal=dict(lines=['AMT', 'CCP', 'APPROVED'], x=0.86, y=0.24, r=38, color='#003c71')),
    [T('American Medical Technologists', 22, b=True, color='#003c71', after=2),
     T('AMT eLearning', 11.5, i=True, after=30),
     T('Certificate of Continuing Education', 28, font='script', color='#003c71', after=26),
     T('American Medical Technologists certifies that **' + _n + '** completed the online course \u201c' + _t + '\u201d (Course ID '
       'AMT-EL-6042) on December 15, 2025, earning 2.0 CE hours toward the AMT Certification Continuation Program.', 14,
       lead=1.55, width=0.78, after=30),
     SIGS([dict(name='Angela Drummond, MBA, MT(AMT)', title='Director, Certification Continuation')], size=10)],
    doc_title='AMT eLearning certificate')

# ---- k34  CLSI in-person workshop, reportlab, boxed labels above values, invoice distractor
_n, _t = 'Winston Chu', 'Implementing Updated Antimicrobial Susceptibility Breakpoints with M100'
add('clsi', 'reportlab', ['landscape', 'labels-above-values', 'boxed-fields', 'invoice-number-distractor', 'signatures'],
    'CLSI one-day workshop; invoice no. and badge are distractors; workshop code is the activity id.',
    _n, _t, '2025-04-08', 6.5, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'WS-M100-0425',
    PAGE('L', border='none', font='sans', margin=56, top=48, corners=[('br', 'Invoice INV-0425-31877', 7.5)]),
    [T('CLSI', 26, b=True, color='#00205b', align='L', after=0),
     T('Clinical and Laboratory Standards Institute', 10.5, color='#00205b', align='L', after=6),
     RULE(1.0, 4, '#00205b', after=28),
     T('Workshop Certificate of Completion', 24, align='L', after=20),
     BOX([COLS([[('PARTICIPANT', _n), ('ORGANIZATION', 'Pacific Rim Reference Laboratories')],
                [('WORKSHOP', _t), ('WORKSHOP CODE', 'WS-M100-0425')],
                [('DATE', 'April 8, 2025'), ('LOCATION', 'Wayne, Pennsylvania (in person)')],
                [('CREDIT AWARDED', '6.5 P.A.C.E.\u00ae contact hours'), ('INSTRUCTIONAL LEVEL', 'Advanced')]],
               widths=[0.66, 0.34], size=12, lsize=7.5, lcolor='#00205b', gap=8, after=0)],
         pad=14, lw=0.8, color='#00205b', fill='#f3f6fb', after=16),
     T('CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program.', 9, align='L', color='#333333', after=8),
     SIGS([dict(name='Roberta Anselm, MT(ASCP)', title='Workshop Faculty'), dict(name='Desmond Ike, MBA', title='Vice President, Education')],
          size=9.5, before=4)],
    doc_title='CLSI workshop certificate')

# ---- k35  ASM virtual workshop, docx, label-value table, member ID
_n, _t = 'Leticia D. Ferreira', 'Fungal Identification by MALDI-TOF: Extraction, Libraries and Limits'
add('asm', 'docx', ['portrait', 'two-column-label-value', 'member-id-distractor', 'format-word-line', 'signature'],
    'ASM virtual workshop; "Virtual Workshop" printed on its own line; ASM member ID is a distractor; session ID is the activity id.',
    _n, _t, '2025-11-13', 3.0, 'contact hour', ['American Society for Microbiology', 'ASM'], 'VW-CM-1125',
    PAGE('P', border='band', bcolor='#006b3f', font='sans', margin=66, top=80),
    [T('American Society for Microbiology', 17, b=True, color='#006b3f', after=2),
     T('Clinical and Public Health Microbiology Education', 10.5, color='#555555', after=36),
     T('Continuing Education Certificate', 22, after=6),
     T('Virtual Workshop', 10.5, i=True, color='#006b3f', after=2),
     T(_t, 15, b=True, after=26),
     KV([('Participant', _n), ('ASM member ID', '2000487315'), ('Session ID', 'VW-CM-1125'), ('Workshop date', 'November 13, 2025'),
         ('P.A.C.E.\u00ae contact hours', '3.0')], lw=170, size=11.5, lsize=10.5, lcolor='#006b3f', gap=6, indent=40),
     SP(14),
     T('ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae '
       'Program. Credit requires attendance at all three live hours; recordings are not eligible.', 9.5, align='L', lead=1.3, after=40),
     SIGS([dict(name='Priscilla Yeboah, PhD, D(ABMM)', title='Chair, Clinical Microbiology Education')], size=10)],
    doc_title='ASM virtual workshop certificate')

# ---- k36  ADLM annual meeting, tcpdf, claimed hours, no activity id
_n, _t = 'Aaron McAllister', 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo'
add('adlm', 'tcpdf', ['landscape', 'meeting-name-as-title', 'date-range', 'claimed-vs-maximum', 'no-activity-id', 'badge-number-distractor',
                      'accent-credit'],
    'Annual meeting attendance; ACCENT contact hours claimed 16.5 of 27.0 available; last day of range; no activity number; '
    'badge/registration no. is a distractor.',
    _n, _t, '2025-07-31', 16.5, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], None,
    PAGE('L', border='double', bcolor='#c8102e', font='sans', margin=64, valign='center', corners=[('br', 'Registration/badge 7730-2291', 8)]),
    [T('ADLM', 32, b=True, color='#c8102e', after=0),
     T('Association for Diagnostics & Laboratory Medicine', 11.5, after=22),
     T('CERTIFICATE OF ATTENDANCE', 20, b=True, ls=2, after=14),
     T(_n, 24, after=10),
     T('participated in the', 11, color='#555555', after=4),
     T(_t, 17, b=True, color='#c8102e', after=4),
     T('Chicago, Illinois \u2022 July 27\u201331, 2025', 11, after=16),
     TABLE(['', 'Available', 'Claimed'],
           [['ACCENT\u00ae contact hours', '27.0', '16.5']], [0.5, 0.25, 0.25], size=11, hfill='#f7d9de', aligns=['L', 'C', 'C']),
     T('The Association for Diagnostics & Laboratory Medicine designates this educational activity for a maximum of 27.0 ACCENT\u00ae '
       'credit hours. Participants should only claim credit commensurate with the extent of their participation.', 8.5,
       color='#444444', width=0.8, after=0)],
    doc_title='ADLM 2025 attendance certificate')

# ---- k37  ASCP Lab Management University, fpdf, series title, transcript table
_n, _t = 'Shirin Farahani', 'Lab Management University: Budgeting and Financial Management for Laboratory Leaders'
add('ascp-cmle', 'fpdf', ['portrait', 'series-title', 'small-table', 'customer-number-distractor', 'wrapped-title'],
    'ASCP course in a named series (series name before the colon is part of the title); ASCP customer no. and print date are distractors.',
    _n, _t, '2025-08-04', 3.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'LMU-FIN-301',
    PAGE('P', border='line', bcolor='#00467f', font='serif', margin=66, corners=[('tr', 'ASCP Customer #: 40177092', 8), ('br', 'Printed 08/05/2025', 7.5)]),
    [T('ASCP', 30, b=True, color='#00467f', align='L', after=0),
     T('American Society for Clinical Pathology', 12, align='L', after=40),
     T('Certificate of Completion', 24, align='L', after=18),
     T('This acknowledges that', 11.5, align='L', after=4),
     T(_n, 20, b=True, align='L', after=10),
     T('has completed the following course and earned Continuing Medical Laboratory Education (CMLE) credit:', 11.5, align='L',
       after=14),
     T(_t, 14, b=True, align='L', after=16),
     TABLE(['Course ID', 'Format', 'Completion date', 'CMLE'],
           [['LMU-FIN-301', 'Online, self-paced', 'August 4, 2025', '3.0']],
           [0.25, 0.3, 0.27, 0.18], size=10.5, hfill='#dbe6f1', aligns=['L', 'L', 'L', 'C']),
     T('The ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. ASCP CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance '
       'Program.', 9.5, align='L', lead=1.35, after=46),
     SIGS([dict(name='Lorraine V. Castellano, MD, FASCP', title='Chair, Council on Education')], size=10)],
    doc_title='ASCP LMU certificate')

# ---- k38  AABB multi-week virtual course, ghostscript, "Program" in title, date range
_n, _t = 'Colette Dubois', 'Quality Manager Certificate Program \u2013 Module 3: Document Control and Change Management'
add('aabb', 'ghostscript', ['portrait', 'labels-above-values', 'date-range', 'title-word-program', 'member-id-distractor', 'seal'],
    'AABB virtual course module over four weekly sessions; last session date is the completion date; member ID is a distractor.',
    _n, _t, '2026-03-25', 6.0, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], 'QMCP-M3-26',
    PAGE('P', border='frame3', bcolor='#7a1f2b', font='sans', margin=70,
         seal=dict(lines=['AABB', 'QUALITY', 'EDUCATION'], x=0.8, y=0.87, r=40, color='#7a1f2b')),
    [T('AABB', 30, b=True, color='#7a1f2b', align='L', after=0),
     T('Association for the Advancement of Blood & Biotherapies', 10.5, align='L', after=36),
     T('Certificate of Completion', 22, b=True, align='L', after=24),
     COLS([[('NAME', _n), ('AABB MEMBER ID', '0081236')]], size=13, lsize=8, lcolor='#7a1f2b', widths=[0.6, 0.4]),
     COLS([[('COURSE', _t)]], size=13, lsize=8, lcolor='#7a1f2b'),
     COLS([[('COURSE NUMBER', 'QMCP-M3-26'), ('SESSIONS', 'March 4, 11, 18 and 25, 2026')]], size=12, lsize=8, lcolor='#7a1f2b',
          widths=[0.4, 0.6]),
     COLS([[('CONTACT HOURS', '6.0 (P.A.C.E.\u00ae)'), ('FORMAT', 'Virtual instructor-led')]], size=12, lsize=8, lcolor='#7a1f2b',
          widths=[0.4, 0.6]),
     SP(10),
     T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. Completion of all six modules is required for the Quality Manager Certificate; this document '
       'confirms completion of Module 3 only.', 9.5, align='L', lead=1.35, after=40),
     SIGS([dict(name='Debra A. Lunsford, MT(ASCP)SBB', title='Director, Education Programs')], size=10)],
    doc_title='AABB QMCP module 3')

# ---- k39  CAP inspector training, acroform, CME and P.A.C.E. different figures
_n, _t = 'Devon A. Pritchard', 'Inspector Training: Laboratory General and All Common Checklists'
add('cap', 'acroform', ['landscape', 'form-fields-flattened', 'two-column-label-value', 'multiple-credit-types', 'inspector-id-distractor'],
    'CAP inspector training; P.A.C.E. contact hours (3.0) differ from AMA PRA credits (2.5); inspector ID is a distractor.',
    _n, _t, '2025-06-02', 3.0, 'contact hour', ['College of American Pathologists', 'CAP'], 'INSP-LG-0625',
    PAGE('L', border='line', bcolor='#1d4f91', font='serif', margin=64),
    [T('College of American Pathologists', 20, b=True, color='#1d4f91', after=0),
     T('Laboratory Accreditation Program \u2022 Inspector Education', 10.5, i=True, after=22),
     T('Training Completion Certificate', 22, after=18),
     KV([('Name', _n), ('CAP inspector ID', 'INS-0448127'), ('Course', _t), ('Activity ID', 'INSP-LG-0625'),
         ('Completed', 'June 2, 2025'), ('P.A.C.E.\u00ae contact hours', '3.0'), ('AMA PRA Category 1 Credits', '2.5')],
        lw=190, size=12, lsize=11, gap=6, indent=70),
     T('The CAP is jointly accredited to provide continuing education for the healthcare team and is approved as a provider of '
       'continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 8.5, i=True,
       width=0.8, color='#444444', before=6, after=8),
     SIGS([dict(name='Rebecca J. Holloway, MD, FCAP', title='Chair, Council on Education')], size=9.5, before=0)],
    doc_title='CAP inspector training')

# ---- k40  ASCLS journal-based CE, fodt, self-study line, quiz number
_n, _t = 'Imani J. Okafor', 'Beyond the Blood Smear: Digital Morphology Analyzers in the Community Hospital'
add('ascls-pace', 'fodt', ['portrait', 'format-word-line', 'journal-ce', 'two-column-label-value', 'member-number-distractor'],
    'ASCLS journal-based self-study; "Self-Study" line above the article title; quiz no. is the activity id; member no. is a distractor.',
    _n, _t, '2025-12-30', 1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], 'JCE-38-4',
    PAGE('P', border='double', bcolor='#0b5d5b', font='serif', margin=72, corners=[('tr', 'ASCLS Member No. 00917733', 8)]),
    [T('American Society for Clinical Laboratory Science', 17, b=True, color='#0b5d5b', after=2),
     T('Journal Continuing Education Program', 11, i=True, after=40),
     T('Certificate of Credit', 24, after=26),
     T('Self-Study', 10, b=True, color='#0b5d5b', after=2),
     T(_t, 15, b=True, width=0.85, after=26),
     KV([('Participant', _n), ('Quiz number', 'JCE-38-4'), ('Quiz passed', 'December 30, 2025'),
         ('P.A.C.E.\u00ae contact hours', '1.0'), ('Level', 'Basic')], lw=160, size=12, lsize=11, indent=50, gap=6),
     SP(16),
     T('ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. Credit is awarded upon passing the article quiz with a score of 70% or greater.', 9.5, align='L',
       lead=1.35, after=40),
     SIGS([dict(name='Dana Whitcombe, PhD, MLS(ASCP)', title='Journal Continuing Education Editor')], size=10)],
    doc_title='ASCLS journal CE certificate')

# ---- k41  LabCE, chromium, verification code distractor
_n, _t = 'Rebecca Stanhope', 'Introduction to Flow Cytometry Gating Strategies'
add('labce', 'chromium', ['landscape', 'centred-award', 'verification-code-distractor', 'line-border'],
    'LabCE course certificate; verification code and account no. are distractors.',
    _n, _t, '2025-10-02', 1.5, 'contact hour', ['LabCE'], '1502',
    PAGE('L', border='line', bcolor='#e07b00', font='sans', margin=70, valign='center',
         corners=[('bl', 'Verification code 7QK2-99HX-PL04', 8), ('br', 'Account 880377', 8)]),
    [T('LabCE', 34, b=True, color='#e07b00', after=0),
     T('continuing education for laboratory professionals', 10, i=True, color='#666666', after=26),
     T('CERTIFICATE OF COMPLETION', 22, ls=3, after=20),
     T(_n, 26, b=True, after=12),
     T('has completed LabCE course #1502', 11.5, after=6),
     T(_t, 17, b=True, color='#e07b00', after=6),
     T('on October 2, 2025, earning 1.5 P.A.C.E.\u00ae contact hours.', 11.5, after=18),
     T('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. Approved by the Florida Board of Clinical Laboratory Personnel and the California Department of '
       'Public Health for continuing education.', 8.5, color='#555555', width=0.7, after=0)],
    doc_title='LabCE certificate 1502')

# ---- k42  MediaLab compliance course, reportlab, grid of labelled boxes
_n, _t = 'Tariq Mahmood', 'Chemical Safety in the Clinical Laboratory: GHS Labels, SDS and Spill Response'
add('medialab', 'reportlab', ['portrait', 'small-table', 'user-id-distractor', 'title-word-safety', 'institution-subscription'],
    'MediaLab course taken through an employer subscription: the hospital is not the provider. User ID is a distractor.',
    _n, _t, '2026-04-09', 1.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'CS-118',
    PAGE('P', border='none', font='sans', margin=60, top=56),
    [TABLE(None, [['**MediaLab, Inc.**\nCompliance Training & Continuing Education', 'CERTIFICATE\nof completion']],
           [0.62, 0.38], size=12, grid=False, aligns=['L', 'R']),
     SP(34),
     TABLE(['Learner', 'User ID'], [[_n, 'tmahmood_lvh']], [0.62, 0.38], size=11, hfill='#e8f1e8'),
     TABLE(['Course title'], [[_t]], [1.0], size=11, hfill='#e8f1e8'),
     TABLE(['Course no.', 'Date completed', 'Credit', 'Subscribing institution'],
           [['CS-118', 'April 9, 2026', '1.0 contact hour', 'Lakeview Hospital Laboratory']], [0.16, 0.22, 0.22, 0.4], size=11,
           hfill='#e8f1e8'),
     SP(10),
     T('MediaLab is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. This course also satisfies the annual chemical hygiene training requirement when completed '
       'within the facility\u2019s training year.', 9.5, align='L', lead=1.35, after=40),
     SIGS([dict(name='Anita Gorski', title='Director of Content')], size=10)],
    doc_title='MediaLab CS-118')

# ---- k43  State society convention session, docx, session number
_n, _t = 'Jun Nakamura', 'Leadership Without the Title: Influence Skills for Bench Scientists'
add('state-society', 'docx', ['portrait', 'session-at-convention', 'meeting-date-range-distractor', 'two-column-label-value', 'signatures'],
    'State society convention; the session date counts (not the convention range); session number is the activity id; '
    'registration no. is a distractor.',
    _n, _t, '2025-04-25', 1.0, 'contact hour', ['Garden State Society for Medical Laboratory Science', 'GSSMLS'], '3B',
    PAGE('P', border='double', bcolor='#2e5e1e', font='serif', margin=68),
    [T('Garden State Society for Medical Laboratory Science', 16, b=True, color='#2e5e1e', after=2),
     T('GSSMLS 2025 Annual Convention \u2022 Atlantic City, New Jersey \u2022 April 24\u201326, 2025', 10, after=36),
     T('Continuing Education Certificate', 22, after=24),
     KV([('Attendee', _n), ('Registration no.', 'GS25-0318'), ('Session no.', '3B'), ('Session', _t),
         ('Session date', 'Friday, April 25, 2025'), ('Speaker', 'Felicia Warren-Obi, DHSc, MLS(ASCP)'),
         ('Contact hours', '1.0 (P.A.C.E.\u00ae)')], lw=130, size=11.5, lsize=11, gap=6, indent=20),
     SP(14),
     T('GSSMLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. A separate certificate is issued for each session attended.', 9.5, align='L', lead=1.35, after=40),
     SIGS([dict(name='Arturo Benedetti, MLS(ASCP)', title='Convention Chair'), dict(name='Kim-Ly Tran, MS', title='GSSMLS President')],
          size=9.5)],
    doc_title='GSSMLS session certificate')

# ---- k44  Hospital new-employee orientation, tcpdf, sign-off table
_n, _t = 'Ofelia Ram\u00edrez', 'New Employee Laboratory Orientation: Specimen Labeling and Patient Identification'
add('hospital-inservice', 'tcpdf', ['landscape', 'department-provider', 'small-table', 'title-word-orientation', 'competency-date-distractor',
                                    'accented-name'],
    'Children\'s hospital laboratory orientation module; competency sign-off date and employee no. are distractors.',
    _n, _t, '2025-08-18', 2.0, 'CE hour',
    ["Lakeside Children's Hospital", "Lakeside Children's Hospital, Laboratory Education Services"], 'LES-ORI-07',
    PAGE('L', border='corners', bcolor='#0077b6', font='dejavu', margin=66, valign='center'),
    [T("Lakeside Children's Hospital", 20, b=True, color='#0077b6', after=0),
     T('Laboratory Education Services', 11.5, after=22),
     T('Certificate of Completion', 24, after=14),
     T(_n, 22, b=True, after=4),
     T('Employee no. 2093317', 9.5, color='#555555', after=10),
     T('has completed the orientation module', 11, color='#555555', after=4),
     T(_t, 15, b=True, color='#0077b6', width=0.8, after=12),
     TABLE(['Module code', 'Completed', 'CE hours'],
           [['LES-ORI-07', '08/18/2025', '2.0']], [0.34, 0.33, 0.33], size=10.5, hfill='#d7ecf7',
           aligns=['C', 'C', 'C']),
     T('Competency sign-off by the section supervisor was recorded on 08/29/2025. Laboratory Education Services awards CE hours '
       'for internal programs that meet the accrediting agency\u2019s criteria for continuing education.', 9, width=0.85,
       color='#333333', after=6),
     SIGS([dict(name='Priya Menon, MLS(ASCP)', title='Laboratory Educator'),
           dict(name='Dr. Samuel Adeyemi', title='Director of Laboratories')], size=9.5, before=4)],
    doc_title='Lakeside orientation certificate')

# ---- k45  Joint-accreditation tumor board, fpdf, two pages, IPCE
_n = 'Gregory P. Halloran II'
_t = 'Molecular Tumor Board: Liquid Biopsy Reporting in Non-Small Cell Lung Cancer'
add('joint-cme', 'fpdf', ['portrait', 'two-pages', 'accreditation-page', 'multiple-credit-types', 'suffix', 'series-title'],
    'Jointly accredited health network; IPCE/AMA/ANCC/P.A.C.E. credits all listed; laboratory figure is the P.A.C.E. one (1.0) while '
    'AMA is 1.5 for the extended physician segment. Page 2 repeats the accreditation language.',
    _n, _t, '2026-04-02', 1.0, 'contact hour', ['Sierra Vista Health Partners', 'SVHP'], 'SV-MTB-0426',
    PAGE('P', border='line', bcolor='#4a6741', font='sans', margin=68, corners=[('br', 'Generated 04/06/2026 - page 1', 7.5)]),
    [T('Sierra Vista Health Partners (SVHP)', 17, b=True, color='#4a6741', align='L', after=1),
     T('Continuing Education for the Healthcare Team', 10, align='L', color='#555555', after=40),
     T('CERTIFICATE', 26, b=True, ls=5, align='L', after=4),
     T('of interprofessional continuing education', 12, i=True, align='L', after=28),
     KV([('Awarded to', _n), ('Activity', _t), ('Activity ID', 'SV-MTB-0426'), ('Date', 'April 2, 2026'),
         ('Type', 'Regularly scheduled series (RSS), live')], lw=110, size=11.5, lsize=10.5, gap=7),
     SP(8),
     TABLE(['Credit', 'Hours'],
           [['AMA PRA Category 1 Credits\u2122', '1.5'], ['ANCC contact hours', '1.0'], ['IPCE credits', '1.0'],
            ['ASCLS P.A.C.E.\u00ae contact hours', '1.0']], [0.7, 0.3], size=10.5, hfill='#e3ece1', aligns=['L', 'C']),
     T('Accreditation statements appear on page 2.', 9, i=True, align='L', color='#555555', after=30),
     SIGS([dict(name='Nnamdi Eze, MD, PhD', title='Activity Director')], size=10),
     PB(),
     T('Accreditation', 13, b=True, align='L', color='#4a6741', after=8),
     T('In support of improving patient care, Sierra Vista Health Partners is jointly accredited by the Accreditation Council for '
       'Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses '
       'Credentialing Center (ANCC), to provide continuing education for the healthcare team. This activity was planned by and for '
       'the healthcare team, and learners will receive 1.0 Interprofessional Continuing Education (IPCE) credit for learning and '
       'change.', 10, align='L', lead=1.4, after=10),
     T('SVHP designates this live activity for a maximum of 1.5 AMA PRA Category 1 Credits\u2122. Physicians should claim only the '
       'credit commensurate with the extent of their participation in the activity. Nurses: 1.0 ANCC contact hour.', 10, align='L',
       lead=1.4, after=10),
     T('SVHP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program: 1.0 contact hour (the 30-minute physician case review was not included).', 10, align='L', lead=1.4)],
    doc_title='SVHP certificate')

# ---- k46  University CEU, ghostscript, one paragraph, date range
_n, _t = 'Natasha Ivanova', 'Clinical Chemistry Review for Certification Maintenance'
add('university-ceu', 'ghostscript', ['landscape', 'one-paragraph', 'ceu-unit', 'date-range', 'seal', 'double-border'],
    'University school issues a one-paragraph CEU certificate for three Saturday sessions; last date counts; 1.2 CEU = 12 points.',
    _n, _t, '2025-11-22', 1.2, 'CEU',
    ['University of the Northern Lakes', 'University of the Northern Lakes, School of Medical Laboratory Science'], 'MLS-CE-118',
    PAGE('L', border='double', bcolor='#123c69', font='serif', margin=78, valign='center',
         seal=dict(lines=['UNIVERSITY OF', 'THE NORTHERN', 'LAKES'], x=0.13, y=0.2, r=42, color='#123c69')),
    [T('University of the Northern Lakes', 22, b=True, color='#123c69', after=2),
     T('School of Medical Laboratory Science', 12.5, i=True, after=30),
     T('Certificate of Continuing Education', 22, after=24),
     T('The School of Medical Laboratory Science certifies that ' + _n + ' has completed \u201c' + _t + '\u201d (course no. MLS-CE-118), '
       'offered on November 8, 15 and 22, 2025, and is awarded 1.2 Continuing Education Units (CEUs).', 13.5, lead=1.55,
       width=0.8, after=28),
     SIGS([dict(name='Harlan Ostrowski, EdD', title='Dean, College of Health Sciences'),
           dict(name='Eliza Thornbury, PhD, MLS(ASCP)', title='Program Director')],
          size=10, before=10)],
    doc_title='UNL CEU certificate')

# ---- k47  Vendor POC training, acroform, device serial distractor
_n, _t = 'Emeka Chukwu', 'POC Coordinator Training: Blood Gas Analyzer Competency and Quality Control'
add('vendor-training', 'acroform', ['portrait', 'form-fields-flattened', 'two-column-label-value', 'serial-number-distractor',
                                    'ceu-unit'],
    'Vendor training credited in CEU (0.4 CEU = 4 points); analyzer serial no. and service ticket are distractors.',
    _n, _t, '2025-09-11', 0.4, 'CEU', ['Aurora Point-of-Care Solutions', 'Aurora POC'], 'APOC-TR-214',
    PAGE('P', border='frame3', bcolor='#b5651d', font='sans', margin=66),
    [T('Aurora Point-of-Care Solutions', 18, b=True, color='#b5651d', after=1),
     T('(Aurora POC) Clinical Education', 10.5, color='#555555', after=34),
     T('TRAINING CERTIFICATE', 18, b=True, ls=2, after=24),
     KV([('Trainee', _n), ('Course', _t), ('Course number', 'APOC-TR-214'), ('Training date', 'September 11, 2025'),
         ('Analyzer serial no.', 'BGX-7731-0925'), ('Service ticket', 'ST-55190'), ('Continuing education', '0.4 CEU')],
        lw=150, size=11.5, lsize=10.5, gap=8),
     SP(8),
     T('Aurora Point-of-Care Solutions awards 0.1 CEU per hour of instruction for completed training courses. Trainees '
       'demonstrated analyzer start-up, QC, calibration verification and troubleshooting.', 9.5, align='L', lead=1.35, after=40),
     SIGS([dict(name='Dana Kowalczyk, RRT, MLT(ASCP)', title='Clinical Education Specialist')], size=10)],
    doc_title='Aurora POC training certificate')

# ---- k48  Webinar one paragraph, fodt
_n, _t = 'Siobhan Keane', 'Staffing the Night Shift: Scheduling Models That Reduce Burnout'
add('webinar', 'fodt', ['portrait', 'one-paragraph', 'format-word-line', 'registration-number-distractor'],
    'Webinar one-paragraph certificate; "LIVE WEBINAR" printed on its own line above the title; registration no. is a distractor.',
    _n, _t, '2025-06-18', 1.0, 'contact hour', ['ClinLab Connect'], 'CLC-0618',
    PAGE('P', border='none', font='sans', margin=76, top=90, corners=[('bl', 'Registration no. 4471-2025-0618-09', 8)]),
    [T('ClinLab Connect', 26, b=True, color='#3d5a80', align='L', after=2),
     T('Webinars for laboratory leaders', 10.5, align='L', color='#666666', after=6),
     RULE(1.0, 1.0, '#3d5a80', after=46),
     T('LIVE WEBINAR', 10, b=True, ls=2, color='#3d5a80', align='L', after=4),
     T(_t, 16, b=True, align='L', after=4),
     T('Webinar code: CLC-0618', 10, align='L', color='#555555', after=36),
     T(_n + ' attended the live webinar \u201c' + _t + '\u201d on June 18, 2025. ClinLab Connect, an approved provider of '
       'continuing education programs in the clinical laboratory sciences through the ASCLS P.A.C.E.\u00ae Program, awards 1.0 '
       'contact hour for this activity.', 12, align='L', lead=1.5, after=50),
     SIGS([dict(name='Renee Altman, MBA, MLS(ASCP)', title='Founder and Program Director')],
          size=10)],
    doc_title='ClinLab Connect webinar')

# ---- k49  Public health laboratory newborn screening, chromium
_n, _t = 'Carlos E. Montenegro', 'Newborn Screening Specimen Collection: Avoiding Unsatisfactory Dried Blood Spots'
add('public-health-lab', 'chromium', ['landscape', 'department-provider', 'two-column-label-value', 'submitter-code-distractor'],
    'State public health laboratory office issues the certificate; hospital submitter code is a distractor.',
    _n, _t, '2026-05-06', 1.0, 'contact hour',
    ['Bayou State Department of Health', 'Bayou State Department of Health, Office of Public Health Laboratory'], 'NBS-EDU-26-05',
    PAGE('L', border='band', bcolor='#3a6b35', font='dejavu', margin=64, top=60),
    [T('Bayou State Department of Health', 18, b=True, color='#3a6b35', align='L', after=0),
     T('Office of Public Health Laboratory \u2022 Newborn Screening Program', 10.5, align='L', after=30),
     T('Certificate of Completion', 24, align='L', after=20),
     KV([('Participant', _n), ('Course', _t), ('Course number', 'NBS-EDU-26-05'), ('Completed', 'May 6, 2026'),
         ('Submitter code', 'H-0417 (St. Landry Women\u2019s Hospital)'), ('Credit', '1.0 contact hour')],
        lw=140, size=11.5, lsize=10.5, lcolor='#3a6b35', gap=6),
     T('The Office of Public Health Laboratory is approved as a provider of continuing education programs in the clinical '
       'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 9, align='L', color='#444444', before=6, after=12),
     SIGS([dict(name='Louis Thibodeaux, PhD', title='Laboratory Director'), dict(name='Amara Okoro, MPH', title='Newborn Screening Educator')],
          size=9.5)],
    doc_title='Newborn screening training certificate')

# ---- k50  NSH self-study quiz, reportlab, letter-spaced capitals name
_n, _t = 'LINDSEY MARIE AUCOIN', 'Decalcification Endpoints and Their Effect on Immunohistochemistry'
add('nsh', 'reportlab', ['landscape', 'letter-spaced-name', 'all-caps-name', 'format-word-line', 'centred-award', 'member-number-distractor'],
    'NSH self-study quiz; the name is printed letter-spaced (character spacing) in capitals; "Self-Study" on its own line.',
    _n, _t, '2026-02-16', 1.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'SSQ-2602',
    PAGE('L', border='frame3', bcolor='#6b2d5c', font='serif', margin=72, valign='center', corners=[('br', 'Member 0041920', 8)]),
    [T('National Society for Histotechnology', 18, b=True, color='#6b2d5c', after=30),
     T('Certificate of Continuing Education', 26, i=True, after=22),
     T(_n, 22, ls=4.5, after=18),
     T('successfully completed the quiz for', 11.5, after=8),
     T('Self-Study', 10, b=True, color='#6b2d5c', after=2),
     T(_t, 16, b=True, after=8),
     T('Quiz SSQ-2602 \u2022 passed February 16, 2026 \u2022 1.0 contact hour', 11, after=20),
     T('NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program.', 9, i=True, color='#444444', after=10),
     SIGS([dict(name='Lewis T. Marchetti, HT(ASCP)', title='Education Committee Chair')], size=9.5)],
    doc_title='NSH self-study certificate')

# ---- k51  AMT approved webinar, docx, labels above values, approval no.
_n, _t = 'Vikram Choudhary', 'Point-of-Care Glucose Testing: Regulatory Requirements and Operator Competency'
add('amt', 'docx', ['landscape', 'labels-above-values', 'approval-number', 'member-id-distractor', 'signature'],
    'AMT-approved program; the AMT approval number is the activity id; AMT member ID and certificate date are distractors.',
    _n, _t, '2025-03-27', 1.0, 'CE hour', ['American Medical Technologists', 'AMT'], 'AMT-AP-25-0611',
    PAGE('L', border='line', bcolor='#003c71', font='dejavu', margin=60),
    [T('American Medical Technologists', 18, b=True, color='#003c71', align='L', after=0),
     T('Continuing Education \u2022 Certification Continuation Program (CCP)', 10, align='L', color='#555555', after=22),
     T('Record of Continuing Education', 22, align='L', after=16),
     COLS([[('NAME', _n), ('AMT MEMBER ID', '0934216'), ('CERTIFICATION', 'MT(AMT)')]], size=12, lsize=7.5, lcolor='#003c71',
          uline=True, widths=[0.5, 0.25, 0.25]),
     COLS([[('PROGRAM', _t)]], size=12, lsize=7.5, lcolor='#003c71', uline=True),
     COLS([[('AMT APPROVAL NO.', 'AMT-AP-25-0611'), ('DATE OF PROGRAM', 'March 27, 2025'), ('CE HOURS', '1.0'),
            ('CERTIFICATE DATE', 'April 2, 2025')]], size=12, lsize=7.5, lcolor='#003c71', uline=True),
     T('This program was reviewed and approved by American Medical Technologists for CE hours in the technical category of the '
       'Certification Continuation Program.', 9, align='L', color='#333333', before=4, after=12),
     SIGS([dict(name='Angela Drummond, MBA, MT(AMT)', title='Director, Certification Continuation')], size=9.5)],
    doc_title='AMT CE record')

# ---- k52  ASCP Annual Meeting, tcpdf, CMLE claimed vs maximum
_n, _t = 'Harriet Blackwood', 'ASCP 2025 Annual Meeting'
add('ascp-cmle', 'tcpdf', ['portrait', 'meeting-name-as-title', 'date-range', 'claimed-vs-maximum', 'multiple-credit-types', 'seal'],
    'Annual meeting attendance: CMLE claimed 9.0 of 22.5; AMA PRA claimed 0 (non-physician). Last day of range is the date.',
    _n, _t, '2025-09-12', 9.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'AM2025',
    PAGE('P', border='ornate', bcolor='#00467f', font='serif', margin=72, valign='center',
         seal=dict(lines=['ASCP', 'ANNUAL', 'MEETING'], x=0.2, y=0.89, r=38, color='#00467f')),
    [T('American Society for Clinical Pathology', 18, b=True, color='#00467f', after=30),
     T('Certificate of Attendance', 28, i=True, after=20),
     T('presented to', 11, after=6),
     T(_n, 24, b=True, after=18),
     T('for attendance at the', 11, after=6),
     T(_t, 18, b=True, color='#00467f', after=4),
     T('September 10\u201312, 2025 \u2022 Denver, Colorado \u2022 Event ID AM2025', 10.5, after=20),
     TABLE(['Credit', 'Available', 'Claimed'],
           [['CMLE credits', '22.5', '9.0'], ['AMA PRA Category 1 Credits\u2122', '22.5', '0.0']],
           [0.5, 0.25, 0.25], size=10.5, hfill='#dbe6f1', aligns=['L', 'C', 'C']),
     T('CMLE credit claimed is recorded for the ASCP Board of Certification Credential Maintenance Program. The ASCP is accredited '
       'by the ACCME to provide continuing medical education for physicians.', 9, width=0.9, color='#333333', after=16),
     SIGS([dict(name='Lorraine V. Castellano, MD, FASCP', title='Chair, Council on Education')], size=10)],
    doc_title='ASCP Annual Meeting certificate')

# ---- k53  AABB on-demand, fpdf, CME and P.A.C.E.
_n, _t = 'Beatriz Santos-Lima', 'Chain of Identity and Chain of Custody in Cellular Therapy'
add('aabb', 'fpdf', ['landscape', 'format-word-line', 'multiple-credit-types', 'centred-award', 'order-number-distractor',
                     'hyphenated-name'],
    'AABB on-demand course; "On-Demand" on its own line above the title; CME and P.A.C.E. figures differ (1.25 vs 1.5); order no. is a distractor.',
    _n, _t, '2026-01-09', 1.5, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], 'OD-CT-2601',
    PAGE('L', border='double', bcolor='#7a1f2b', font='sans', margin=68, valign='center', corners=[('br', 'Order no. 2026-0104-7781', 8)]),
    [T('AABB', 30, b=True, color='#7a1f2b', after=0),
     T('Association for the Advancement of Blood & Biotherapies', 11, after=24),
     T('Certificate of Completion', 26, after=16),
     T(_n, 22, b=True, after=10),
     T('completed', 11, color='#555555', after=6),
     T('On-Demand', 10, i=True, color='#7a1f2b', after=2),
     T(_t, 16, b=True, after=4),
     T('Program OD-CT-2601 \u2022 completed January 9, 2026', 10.5, after=14),
     TABLE(['P.A.C.E.\u00ae contact hours', 'AMA PRA Category 1 Credits\u2122'], [['1.5', '1.25']], [0.5, 0.5], size=11,
           hfill='#f2dede', aligns=['C', 'C']),
     T('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program. AABB is accredited by the ACCME to provide continuing medical education for physicians.', 8.5,
       color='#444444', width=0.8, after=0)],
    doc_title='AABB on-demand certificate')

# ---- k54  CAP director training, ghostscript, landscape, two credit figures
_n, _t = 'Reginald T. Okoye', 'Laboratory Director Responsibilities: Meeting CLIA and CAP Accreditation Requirements'
add('cap', 'ghostscript', ['landscape', 'centred-award', 'multiple-credit-types', 'wrapped-title', 'leftbar-border', 'signatures'],
    'CAP course with CE hours and AMA PRA credits on separate lines (2.0 vs 1.75); transcript no. is a distractor.',
    _n, _t, '2025-12-03', 2.0, 'CE hour', ['College of American Pathologists', 'CAP'], 'CAP-LD-2512',
    PAGE('L', border='leftbar', bcolor='#1d4f91', font='serif', margin=84, valign='center', corners=[('br', 'Transcript no. T-5531907', 8)]),
    [T('College of American Pathologists', 22, b=True, color='#1d4f91', after=2),
     T('Center for Education', 11.5, i=True, after=24),
     T('This certifies that', 11.5, after=6),
     T(_n, 26, b=True, after=10),
     T('has completed the course', 11.5, after=6),
     T(_t, 16, b=True, width=0.7, after=6),
     T('Activity ID CAP-LD-2512 \u2022 December 3, 2025', 10.5, after=14),
     T('Laboratory continuing education: 2.0 CE hours', 12.5, b=True, after=2),
     T('Physicians: 1.75 AMA PRA Category 1 Credits\u2122', 10.5, after=12),
     SIGS([dict(name='Rebecca J. Holloway, MD, FCAP', title='Chair, Council on Education'),
           dict(name='Omar Haddad, MD, FCAP', title='Course Director')], size=9.5)],
    doc_title='CAP director course certificate')

# ---- k55  ASCLS educators conference, acroform, claimed vs maximum
_n = 'Megan E. Schultz'
_t = "Clinical Laboratory Educators' Conference 2026"
add('ascls-pace', 'acroform', ['portrait', 'form-fields-flattened', 'meeting-name-as-title', 'date-range', 'claimed-vs-maximum',
                               'two-column-label-value'],
    'National conference attendance form; meeting name is the title; claimed 13.5 of 15.0; last day of range. Values are flattened '
    'AcroForm fields.',
    _n, _t, '2026-02-28', 13.5, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '519-300-26',
    PAGE('P', border='double', bcolor='#0b5d5b', font='serif', margin=66, corners=[('br', 'Form CE-3 rev. 01/2026', 7.5)]),
    [T('American Society for Clinical Laboratory Science', 16, b=True, color='#0b5d5b', after=2),
     T('ASCLS', 11, b=True, ls=3, after=28),
     T('Continuing Education Record', 21, after=4),
     T('Complete all fields. Claim only hours actually attended.', 9.5, i=True, color='#555555', after=22),
     KV([('Name', _n), ('Conference', _t), ('Location', 'Louisville, Kentucky'), ('Dates attended', 'February 26-28, 2026'),
         ('P.A.C.E.\u00ae program no.', '519-300-26'), ('Contact hours offered', '15.0'), ('Contact hours claimed', '13.5'),
         ('State license no.', 'KY-MT-22107')], lw=170, size=11.5, lsize=10.5, gap=9, indent=20),
     SP(6),
     T('ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
       'P.A.C.E.\u00ae Program.', 9, align='L', color='#333333', after=30),
     SIGS([dict(name='Kendra L. Oyelowo, EdD, MLS(ASCP)', title='ASCLS President')], size=9.5)],
    doc_title='CLEC 2026 CE record')

# ---- k56  State society spring seminar, fodt, "Spring Seminar" format line
_n, _t = 'Abdirahman Warsame', 'Microbiology Madness: A Day of Case Studies'
add('state-society', 'fodt', ['landscape', 'format-word-line', 'centred-award', 'district-meeting', 'member-number-distractor'],
    'State society district seminar; "Spring Seminar" printed on its own line above the title; one-day date; member no. distractor.',
    _n, _t, '2026-04-11', 6.0, 'contact hour', ['Lone Star Association of Laboratory Professionals', 'LSALP'], 'D4-SS-26',
    PAGE('L', border='ornate', bcolor='#9c2a00', font='c059', margin=64, corners=[('bl', 'LSALP member 11-4409', 8)]),
    [T('Lone Star Association of Laboratory Professionals', 18, b=True, color='#9c2a00', after=0),
     T('LSALP \u2022 District IV', 11, after=20),
     T('Certificate of Attendance', 26, i=True, after=12),
     T('This certifies that', 11, after=4),
     T(_n, 24, b=True, after=10),
     T('attended', 11, after=4),
     T('Spring Seminar', 10.5, b=True, ls=2, color='#9c2a00', after=2),
     T(_t, 17, b=True, after=4),
     T('Saturday, April 11, 2026 \u2022 Texas Tech Health Sciences Center, Lubbock \u2022 Seminar code D4-SS-26', 10, after=10),
     T('6.0 P.A.C.E.\u00ae contact hours', 13, b=True, color='#9c2a00', after=10),
     SIGS([dict(name='Rosa Delgado, MLS(ASCP)', title='District IV Director'), dict(name='Kyle Brennan, MS', title='Seminar Chair')],
          size=9.5, before=0)],
    doc_title='LSALP spring seminar')

# ---- k57  Hospital laboratory grand rounds, chromium, series title, paragraph + footnote
_n, _t = 'Paulette Desrosiers', 'Laboratory Grand Rounds: Interpreting Thromboelastography in Massive Transfusion'
add('hospital-inservice', 'chromium', ['portrait', 'series-title', 'department-provider', 'one-paragraph', 'employee-id-distractor'],
    'Hospital department grand rounds; series name before the colon is part of the title; employee ID and print date are distractors.',
    _n, _t, '2025-11-20', 1.0, 'contact hour',
    ['St. Columba University Hospital', 'St. Columba University Hospital, Department of Laboratory Medicine'], 'LGR-2511',
    PAGE('P', border='line', bcolor='#4b2e83', font='dserif', margin=72, top=80, corners=[('bc', 'Employee ID 77-30419 \u2022 Printed 11/24/2025', 8)]),
    [T('St. Columba University Hospital', 19, b=True, color='#4b2e83', after=1),
     T('Department of Laboratory Medicine', 12, after=50),
     T('Certificate of Attendance', 24, after=34),
     T('This certifies that **' + _n + '** attended \u201c' + _t + '\u201d, presented on November 20, 2025 (session LGR-2511), '
       'and is awarded 1.0 contact hour of P.A.C.E.\u00ae-approved continuing education.', 12.5, lead=1.6, width=0.9, after=34),
     T('The Department of Laboratory Medicine, St. Columba University Hospital, is approved as a provider of continuing education '
       'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 9, i=True, width=0.85, color='#444444',
       after=50),
     SIGS([dict(name='Hugo Bernier, MD, PhD', title='Chair, Department of Laboratory Medicine'),
           dict(name='Anne-Marie Lachance, MLS(ASCP)', title='Education Coordinator')], size=9.5)],
    doc_title='Laboratory grand rounds certificate')

# ---- k58  Joint-accreditation summit, reportlab, pharmacy+lab, claimed
_n, _t = 'Ruth Ann Kowalczyk', 'Antimicrobial Stewardship Collaborative Summit 2025'
add('joint-cme', 'reportlab', ['portrait', 'meeting-name-as-title', 'date-range', 'claimed-vs-maximum', 'multiple-credit-types',
                               'credit-table'],
    'Two-day interprofessional summit; ACPE and ANCC rows are not laboratory credit; P.A.C.E. claimed 8.5 of 10.0; last day of range.',
    _n, _t, '2025-10-04', 8.5, 'contact hour', ['Coastal Carolina Healthcare Education Alliance', 'CCHEA'], '25-014',
    PAGE('P', border='double', bcolor='#00587a', font='sans', margin=64, corners=[('tr', 'Certificate 25-014-00871', 8)]),
    [T('Coastal Carolina Healthcare Education Alliance', 16, b=True, color='#00587a', after=1),
     T('CCHEA \u2022 Jointly Accredited Provider of Interprofessional Continuing Education', 9, color='#555555', after=30),
     T('Certificate of Credit', 24, after=18),
     T(_n, 20, b=True, after=6),
     T('participated in', 10.5, color='#555555', after=4),
     T(_t, 15, b=True, color='#00587a', after=4),
     T('October 3\u20134, 2025 \u2022 Wilmington, North Carolina \u2022 Activity # 25-014', 10, after=20),
     TABLE(['Credit type', 'Offered', 'Claimed'],
           [['ACPE contact hours (UAN on pharmacy statement)', '10.0', '\u2014'], ['ANCC contact hours', '10.0', '\u2014'],
            ['AMA PRA Category 1 Credits\u2122', '10.0', '\u2014'], ['P.A.C.E.\u00ae contact hours (laboratory)', '10.0', '8.5']],
           [0.6, 0.2, 0.2], size=10, hfill='#d9eef5', aligns=['L', 'C', 'C']),
     T('In support of improving patient care, CCHEA is jointly accredited by the ACCME, ACPE and ANCC to provide continuing '
       'education for the healthcare team. CCHEA is approved as a provider of continuing education programs in the clinical laboratory '
       'sciences by the ASCLS P.A.C.E.\u00ae Program.', 8.5, align='L', lead=1.3, color='#333333', after=30),
     SIGS([dict(name='Tamsin Greer, PharmD, BCIDP', title='Summit Co-Chair'), dict(name='Luis Ocampo, MS, MLS(ASCP)CM', title='Summit Co-Chair')],
          size=9.5)],
    doc_title='CCHEA summit certificate')

# ---- k59  University boot camp CEU, docx, labels above values
_n, _t = 'Jonah Whitehorse', 'Molecular Diagnostics Summer Boot Camp'
add('university-ceu', 'docx', ['portrait', 'labels-above-values', 'ceu-unit', 'date-range', 'student-id-distractor', 'department-provider'],
    'University department CE offering over five days, 2.0 CEU (20 points); last day of range; student ID distractor.',
    _n, _t, '2025-07-18', 2.0, 'CEU',
    ['Pacific Crest University', 'Pacific Crest University, Department of Clinical Laboratory Science'], 'CLS-CE 7010',
    PAGE('P', border='frame3', bcolor='#264653', font='bookman', margin=70, corners=[('br', 'Student ID PCU-2250913', 8)]),
    [T('Pacific Crest University', 20, b=True, color='#264653', after=1),
     T('Department of Clinical Laboratory Science', 11.5, i=True, after=36),
     T('Certificate of Continuing Education', 21, after=26),
     COLS([[('Participant', _n), ('Course number', 'CLS-CE 7010')]], size=12, lsize=8.5, lcolor='#264653', widths=[0.68, 0.32]),
     COLS([[('Program', _t), ('Dates', 'July 14\u201318, 2025')]], size=12, lsize=8.5, lcolor='#264653', widths=[0.68, 0.32]),
     COLS([[('Continuing Education Units', '2.0 CEUs'), ('Instructional hours', '20')]], size=13, lsize=8.5, lcolor='#264653',
          widths=[0.6, 0.4]),
     SP(10),
     T('The Department of Clinical Laboratory Science awards one CEU for every ten hours of instruction. The boot camp included '
       'nucleic acid extraction, real-time PCR, fragment analysis and an introduction to NGS library preparation.', 9.5, align='L',
       lead=1.35, after=40),
     SIGS([dict(name='Dr. Lorena Ibarra', title='Chair, Department of Clinical Laboratory Science')], size=10)],
    doc_title='PCU boot camp certificate')

# ---- k60  Vendor LIS/middleware training, tcpdf, A4 landscape, CEU
_n, _t = 'Mei-Ling Cheng', 'Middleware Administrator Training, Level 1'
add('vendor-training', 'tcpdf', ['landscape', 'a4', 'ceu-unit', 'date-range', 'customer-number-distractor', 'signatures'],
    'Vendor classroom course printed on A4; 1.6 CEU = 16 points; last day of the range; customer site no. is a distractor.',
    _n, _t, '2025-02-27', 1.6, 'CEU', ['Meridian Bay Instruments', 'MBI'], 'MW-ADM-101',
    PAGE('L', size='a4', border='frame3', bcolor='#2d3142', font='sans', margin=62, top=56,
         corners=[('bl', 'Customer site no. 00318-CA', 8)]),
    [T('Meridian Bay Instruments (MBI)', 18, b=True, color='#2d3142', after=0),
     T('Informatics Training Services', 10.5, color='#555555', after=26),
     T('Certificate of Completion', 26, after=16),
     T('This certificate is awarded to', 11, after=6),
     T(_n, 24, b=True, after=12),
     T('for completing the instructor-led course', 11, after=6),
     T(_t, 17, b=True, after=4),
     T('Course code MW-ADM-101 \u2022 February 24\u201327, 2025 \u2022 Sacramento Training Center', 10.5, after=12),
     T('Continuing education awarded: 1.6 CEUs', 13, b=True, after=14),
     SIGS([dict(name='Farid Nasser', title='Lead Instructor'), dict(name='Julia Brandt', title='Manager, Training Services')], size=9.5,
          before=0)],
    doc_title='MBI training certificate')


assert len(CERTS) == 60, len(CERTS)


if __name__ == '__main__':
    build(sys.argv[1:] or None)
    shutil.rmtree(TMP, ignore_errors=True)
