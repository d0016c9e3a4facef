"""PostScript engine: writes hand-made PostScript from the positioned layout
(standard fonts re-encoded to WinAnsi) and converts it with Ghostscript."""
import os
import subprocess
from reportlab.pdfbase._fontdata import encodings
from .common import layout, page_size, hex2rgb

FONTS = ['Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic',
         'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']


def ps_str(s):
    out = []
    for ch in s.encode('cp1252'):
        if ch in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append('\\%03o' % ch)
    return '(' + ''.join(out) + ')'


def header(W, H, npages, title):
    enc = encodings['WinAnsiEncoding']
    names = ' '.join('/' + (n if n else '.notdef') for n in enc)
    lines = ['%!PS-Adobe-3.0', '%%%%BoundingBox: 0 0 %d %d' % (W, H), '%%%%Pages: %d' % npages,
             '%%%%Title: %s' % title, '%%Creator: hand-written PostScript', '%%EndComments',
             '/WinEnc [ %s ] def' % names,
             '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
             '  /Encoding WinEnc def currentdict end definefont pop } bind def']
    for f in FONTS:
        lines.append('/%s-W /%s reenc' % (f, f))
    lines.append('<< /PageSize [%d %d] >> setpagedevice' % (W, H))
    lines.append('%%EndProlog')
    return '\n'.join(lines) + '\n'


def render(spec, out, psfile, title='Certificate'):
    W, H = page_size(spec)
    pages = layout(spec)
    ps = [header(W, H, len(pages), title)]
    for n, ops in enumerate(pages, 1):
        ps.append('%%%%Page: %d %d' % (n, n))
        for op in ops:
            k = op[0]
            if k in ('text', 'field'):
                if k == 'field':
                    _, name, x, y, w, h, font, size, text, al, color = op
                    y = y + size * 0.3
                    cs = 0
                else:
                    _, x, y, font, size, text, color, cs = op
                r, g, b = hex2rgb(color)
                ps.append('%.3f %.3f %.3f setrgbcolor /%s-W findfont %.2f scalefont setfont' % (r, g, b, font, size))
                if cs:
                    ps.append('%.2f %.2f moveto %.2f 0 %s ashow' % (x, y, cs, ps_str(text)))
                else:
                    ps.append('%.2f %.2f moveto %s show' % (x, y, ps_str(text)))
            elif k == 'line':
                _, x1, y1, x2, y2, w, col = op
                ps.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke'
                          % (hex2rgb(col) + (w, x1, y1, x2, y2)))
            elif k == 'rect':
                _, x, y, w, h, lw, stroke, fill = op
                if fill:
                    ps.append('%.3f %.3f %.3f setrgbcolor newpath %.2f %.2f %.2f %.2f rectfill'
                              % (hex2rgb(fill) + (x, y, w, h)))
                if stroke and lw:
                    ps.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f %.2f rectstroke'
                              % (hex2rgb(stroke) + (lw, x, y, w, h)))
            elif k == 'circle':
                _, cx, cy, r, lw, stroke, fill = op
                if fill:
                    ps.append('%.3f %.3f %.3f setrgbcolor newpath %.2f %.2f %.2f 0 360 arc fill'
                              % (hex2rgb(fill) + (cx, cy, r)))
                ps.append('%.3f %.3f %.3f setrgbcolor %.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc stroke'
                          % (hex2rgb(stroke) + (lw, cx, cy, r)))
        ps.append('showpage')
    ps.append('%%EOF')
    with open(psfile, 'w', encoding='latin-1') as f:
        f.write('\n'.join(ps) + '\n')
    subprocess.run(['gs', '-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite',
                    '-dDEVICEWIDTHPOINTS=%d' % W, '-dDEVICEHEIGHTPOINTS=%d' % H, '-dFIXEDMEDIA',
                    '-sOutputFile=' + out, psfile], check=True)
    return psfile
