"""TCPDF producer: blocks -> small HTML chunks (TCPDF's writeHTMLCell dialect) -> tcpdf_render.php.

Text blocks, label/value rows, label-above-value columns and tables go through
TCPDF's HTML parser; signatures, rules and the seal are drawn with TCPDF
primitives by the PHP driver.
"""
import html
import json
import re
import os
import subprocess



def E(s):
    """escape, keeping runs of spaces visible (TCPDF's HTML parser collapses them)"""
    return re.sub(r'  +', lambda m: ' ' + '&nbsp;' * (len(m.group(0)) - 1), html.escape(str(s)))
HERE = os.path.dirname(os.path.abspath(__file__))

TFONT = {'serif': 'times', 'sans': 'helvetica', 'dserif': 'dejavuserif', 'dsans': 'dejavusans',
         'dsanscond': 'dejavusanscondensed', 'mono': 'courier', 'chancery': 'times',
         'palatino': 'times', 'century': 'times', 'bookman': 'times', 'gothic': 'helvetica'}


def fnt(key):
    return TFONT.get(key, 'times')


def chunks(cert):
    page = cert['page']
    pf = page.get('font', 'serif')
    pal = page.get('align', 'C')
    out = []
    for b in cert['blocks']:
        k = b['k']
        if k == 'T':
            st = ['font-family:%s' % fnt(b.get('font', pf)), 'font-size:%gpt' % b.get('size', 11),
                  'color:%s' % b.get('color', page.get('color', '#000000'))]
            if b.get('b'):
                st.append('font-weight:bold')
            if b.get('i'):
                st.append('font-style:italic')
            al = {'C': 'center', 'L': 'left', 'R': 'right'}[b.get('align', pal)]
            text = E(b['text']).replace('\n', '<br />')
            if b.get('track'):
                text = '&nbsp;&nbsp;&nbsp;'.join(' '.join(E(ch) for ch in w) for w in b['text'].split(' '))
            out.append(dict(t='html', html='<div style="%s;text-align:%s">%s</div>' % (';'.join(st), al, text),
                            sb=b.get('sb', 0), sa=b.get('sa', b.get('size', 11) * 0.45), w=b.get('w'),
                            align=b.get('align', pal), lh=b.get('lh', 1.2)))
        elif k == 'KV':
            size = b.get('size', 11)
            w = b.get('w', 440)
            lw = b.get('lw', 130)
            f = fnt(b.get('font', pf))
            rows = ''.join('<tr><td width="%.2f%%"><b>%s</b></td><td width="%.2f%%">%s</td></tr>' % (
                100.0 * lw / w, E(r[0]), 100.0 - 100.0 * lw / w, E(r[1])) for r in b['rows'])
            out.append(dict(t='html', html='<table cellpadding="%g" style="font-family:%s;font-size:%gpt">%s</table>' % (
                b.get('gap', 4) / 2 + 1, f, size, rows), sb=0, sa=b.get('sa', 8), w=w,
                align=b.get('align', 'C' if pal == 'C' else 'L'), lh=1.2))
        elif k == 'COLS':
            size = b.get('size', 11.5)
            lsize = b.get('lsize', 8)
            f = fnt(b.get('font', pf))
            al = {'L': 'left', 'C': 'center'}[b.get('calign', 'L')]
            for row in b['rows']:
                n = len(row)
                fr = b.get('colw') or [1.0 / n] * n
                labs = ''.join('<td width="%.2f%%" style="font-size:%gpt;color:#555555;font-weight:bold;text-align:%s;'
                               'border-bottom:0.5pt solid #999999">%s</td>' % (100 * f_, lsize, al, E(c[0]))
                               for f_, c in zip(fr, row))
                vals = ''.join('<td width="%.2f%%" style="font-size:%gpt;text-align:%s">%s</td>' % (100 * f_, size, al, E(c[1]))
                               for f_, c in zip(fr, row))
                out.append(dict(t='html', html='<table cellpadding="2" style="font-family:%s"><tr>%s</tr><tr>%s</tr></table>' % (
                    f, labs, vals), sb=0, sa=b.get('gap', 10), w=b.get('w'), align='C', lh=1.2))
        elif k == 'TABLE':
            n = len(b['header'])
            fr = b.get('widths') or [1.0 / n] * n
            f = fnt(b.get('font', pf))
            head = ''.join('<td width="%.2f%%" bgcolor="#e6e6e6"><b>%s</b></td>' % (100 * f_, E(h)) for f_, h in zip(fr, b['header']))
            body = ''.join('<tr>%s</tr>' % ''.join('<td width="%.2f%%">%s</td>' % (100 * f_, E(c)) for f_, c in zip(fr, r))
                           for r in b['rows'])
            out.append(dict(t='html', html='<table border="0.6" cellpadding="4" style="font-family:%s;font-size:%gpt"><tr>%s</tr>%s</table>' % (
                f, b.get('size', 10), head, body), sb=0, sa=b.get('sa', 10), w=b.get('w'), align='C', lh=1.2))
        elif k == 'FOOT':
            out.append(dict(t='foot', html='<div style="font-family:%s;font-size:%gpt;color:%s;text-align:%s">%s</div>' % (
                fnt(b.get('font', pf)), b.get('size', 7.5), b.get('color', '#444444'),
                {'C': 'center', 'L': 'left', 'R': 'right'}[b.get('align', pal)], E(b['text']).replace('\n', '<br />'))))
        else:
            d = dict(b)
            d['t'] = k.lower()
            out.append(d)
    return out


def render_tcpdf(cert, out_pdf, src_dir):
    spec = dict(page=cert['page'], chunks=chunks(cert))
    js = os.path.join(src_dir, cert['id'] + '.tcpdf.json')
    with open(js, 'w', encoding='utf-8') as fh:
        json.dump(spec, fh, indent=1, ensure_ascii=False)
    subprocess.run(['php', os.path.join(HERE, 'tcpdf_render.php'), js, os.path.abspath(out_pdf)], check=True,
                   capture_output=True)


def render_fpdf(cert, out_pdf, src_dir):
    spec = dict(page=cert['page'], blocks=cert['blocks'])
    js = os.path.join(src_dir, cert['id'] + '.fpdf.json')
    with open(js, 'w', encoding='utf-8') as fh:
        json.dump(spec, fh, indent=1, ensure_ascii=False)
    r = subprocess.run(['php', os.path.join(HERE, 'fpdf_render.php'), js, os.path.abspath(out_pdf)], capture_output=True,
                       text=True)
    if r.returncode != 0 or not os.path.exists(out_pdf):
        raise RuntimeError(r.stdout + r.stderr)
