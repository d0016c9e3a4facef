"""Ghostscript pdfwrite documents (PostScript sources and PDF re-distils)."""
import os

from pdfw import gold, out
from data import COURSES, HEADER, total
import tools

LIG = {'ffi': 4, 'ffl': 5, 'ff': 3, 'fi': 1, 'fl': 2}


def psstr(s, lig=False):
    outp = ''
    i = 0
    while i < len(s):
        if lig:
            for k in ('ffi', 'ffl', 'ff', 'fi', 'fl'):
                if s.startswith(k, i):
                    outp += '\\%03o' % LIG[k]
                    i += len(k)
                    break
            else:
                c = s[i]
                outp += '\\' + c if c in '()\\' else c
                i += 1
        else:
            c = s[i]
            outp += '\\' + c if c in '()\\' else c
            i += 1
    return '(' + outp + ')'


PS_HEAD = """%!PS-Adobe-3.0
%%Pages: (atend)
<< /PageSize [612 792] >> setpagedevice
/reenc { % newname basefont -> -
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding StandardEncoding 256 array copy def
    Encoding 1 /fi put Encoding 2 /fl put Encoding 3 /ff put Encoding 4 /ffi put Encoding 5 /ffl put
    currentdict
  end definefont pop
} def
/LigRoman /NimbusRoman-Regular reenc
/LigSansB /NimbusSans-Bold reenc
/F { findfont exch scalefont setfont } def
"""


def ligatures_gs():
    name = 'noTounicode-4-gs'
    lines = [('LigSansB', 18, 'Office of Affiliated Laboratory Staffing'),
             ('LigRoman', 13, 'Certificate of Proficiency'),
             ('LigRoman', 12, 'This certifies that Raffaella Griffin-Okafor, MLT(ASCP)'),
             ('LigRoman', 12, 'has fulfilled the requirements of the official training module'),
             ('LigRoman', 12, 'Efficient Workflow in Blood Gas and Fluid Analysis'),
             ('LigRoman', 12, 'and was awarded 1.0 contact hour on 10/10/2024.'),
             ('LigRoman', 11, 'Topics: baffling results, scuffled labels, insufficient volume.'),
             ('LigSansB', 11, 'Staff Development Officer: Tiffany Mifflin-Haffner')]
    ps = PS_HEAD + '%%Page: 1 1\n'
    y = 700
    L = []
    for f, size, s in lines:
        ps += '%d /%s F 72 %d moveto %s show\n' % (size, f, y, psstr(s, lig=True))
        L.append(s)
        y -= size + 14
    ps += 'showpage\n%%Trailer\n%%Pages: 1\n%%EOF\n'
    src = os.path.join(tools.BUILD, name + '.ps')
    open(src, 'w').write(ps)
    tools.gs_pdfwrite(src, out(name + '.pdf'))
    gold(name, 'noTounicode', 'gs', 'Ghostscript pdfwrite from PostScript: NimbusRoman/NimbusSans-Bold re-encoded so codes 1-5 are '
         '/fi /fl /ff /ffi /ffl. gs embeds Type1C (FontFile3) subsets, symbolic /Flags 4, with /Encoding '
         '<< /Differences [...] >> naming the ligature glyphs, and writes NO ToUnicode at all. Gold has the letters.',
         [L])


def cover_gs():
    name = 'coverpage-5-gs'
    ps = PS_HEAD
    ps += """%%Page: 1 1
gsave 0.1 0.2 0.4 setrgbcolor 6 setlinewidth 36 36 540 720 rectstroke
0.85 0.1 0.15 setrgbcolor 306 450 120 0 360 arc fill
1 setgray 286 370 40 160 rectfill 226 430 160 40 rectfill
0.1 0.2 0.4 setrgbcolor 3 setlinewidth
newpath 120 220 moveto 220 300 400 140 492 220 curveto stroke
grestore showpage
"""
    pages = [[]]
    for pi, chunk in enumerate([COURSES[:10], COURSES[10:20]]):
        ps += '%%%%Page: %d %d\n' % (pi + 2, pi + 2)
        L = []
        y = 720
        ps += '15 /LigSansB F 60 %d moveto %s show\n' % (y, psstr('Eastbrook Medical Laboratory - CE Summary'))
        L.append('Eastbrook Medical Laboratory - CE Summary')
        y -= 20
        ps += '11 /LigRoman F 60 %d moveto %s show\n' % (y, psstr('Technologist: Ottoline Vasquez-Brandt (page %d of 2)' % (pi + 1)))
        L.append('Technologist: Ottoline Vasquez-Brandt (page %d of 2)' % (pi + 1))
        y -= 30
        cols = [60, 330, 430, 490]
        for ri, r in enumerate([HEADER] + list(chunk)):
            f = 'LigSansB' if ri == 0 else 'LigRoman'
            for x, v in zip(cols, r):
                ps += '10 /%s F %d %d moveto %s show\n' % (f, x, y, psstr(v))
            L.append(' '.join(r))
            y -= 16
        if pi == 1:
            y -= 8
            ps += '11 /LigSansB F 60 %d moveto %s show\n' % (y, psstr('Total for 2024: %s credits' % total(COURSES)))
            L.append('Total for 2024: %s credits' % total(COURSES))
        ps += 'showpage\n'
        pages.append(L)
    ps += '%%Trailer\n%%Pages: 3\n%%EOF\n'
    src = os.path.join(tools.BUILD, name + '.ps')
    open(src, 'w').write(ps)
    tools.gs_pdfwrite(src, out(name + '.pdf'))
    gold(name, 'coverpage', 'gs', 'Ghostscript from PostScript: page 1 is vector art only (frame, filled circle, cross, curve), no text; '
         'pages 2 and 3 are the transcript. Fonts are Type1C subsets without ToUnicode (plain standard glyph names).',
         pages)


def symbol_gs():
    name = 'symbol-5-gs'
    import json
    src = out('symbol-1-hand.pdf')
    tools.gs_pdfwrite(src, out(name + '.pdf'))
    g = json.load(open(out('symbol-1-hand.gold.json'), encoding='utf-8'))
    gold(name, 'symbol', 'gs', 'Ghostscript 10 re-distil of symbol-1-hand.pdf: Symbol and ZapfDingbats stay unembedded but now carry '
         '/Encoding << /Differences [...] >> with the glyph names (alpha, beta, mu, a20, ...) (still no /Widths); text is '
         're-emitted with TJ kerning arrays. Symbol mu written U+00B5 (U+03BC equivalent), Delta U+0394 (U+2206 '
         'equivalent). mutool prints control characters for the dingbats.', g['pages'])


if __name__ == '__main__':
    ligatures_gs()
    cover_gs()
    symbol_gs()
