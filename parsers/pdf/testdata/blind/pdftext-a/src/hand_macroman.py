"""macroman-1-hand, macroman-2-hand, macroman-3-hand and the source of
macroman-4-hand+qpdf (MacRoman-encoded simple fonts)."""
from reportlab.pdfbase._fontdata import encodings
from reportlab.pdfbase._glyphlist import _glyphname2unicode as AGL

from pdfw import PDF, Stream, std_font, simple_doc, info_dict, write_gold, out, esc, sw
from lay import Page
from ttf import TTF, subset

MAC = encodings['MacRomanEncoding']
MAC_REV = {}
for code, name in enumerate(MAC):
    if name and code != 0xCA:
        MAC_REV.setdefault(chr(AGL[name]), code)


def mac(s):
    """Encode text with the PDF MacRomanEncoding (not Python's mac_roman)."""
    return bytes(MAC_REV[ch] for ch in s)


# ====================================================================== macroman-1
FN = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Times-Roman', 'F4': 'Times-Italic'}
pdf = PDF('1.3')
fonts = {k: std_font(pdf, v, '/MacRomanEncoding') for k, v in FN.items()}
p = Page(FN)
W = 612


def c(res, size, s, y):
    p.text((W - p.width(res, size, s)) / 2, y, res, size, s, enc=mac)


c('F2', 11, 'ASCP \u2022 AMERICAN SOCIETY FOR CLINICAL PATHOLOGY', 720)
c('F3', 28, 'Certificate of Participation', 670)
c('F4', 14, 'This certifies that', 630)
c('F2', 24, 'Jos\u00e9 Mu\u00f1oz-Ib\u00e1\u00f1ez', 592)
c('F3', 14, 'participated in the live virtual workshop', 556)
c('F2', 15, '\u201cDon\u2019t Guess \u2014 Measure: Serum Indices and Interference\u201d', 528)
c('F3', 14, 'on March 3, 2025 and earned 2.0 contact hours (P.A.C.E.\u00ae).', 500)
lines = [
    'Co-presenters: Zo\u00eb Fa\u00e7ade-Lindstr\u00f6m, MS, and Bj\u00f6rn \u00c5ngstr\u00f6m-Okoye, PhD',
    'Learner comment: \u201cI don\u2019t usually attend live events, but this one was worth it.\u201d',
    "Supervisor's note: O'Brien-N\u00fa\u00f1ez lab, hemolysis index cutoff \u00b1 10% reviewed.",
    'Temperature logs kept at 2\u20138 \u00b0C \u2026 reagent lot \u00a7 4.2 \u2122 \u00a9 2025',
]
y = 430
for s in lines:
    p.text(72, y, 'F1', 10, s, enc=mac)
    y -= 16
p.text(72, 300, 'F1', 10, 'Certificate no. ASCP-VW-25-0303-114', enc=mac)
p.text(400, 300, 'F1', 10, '\u00a9 ASCP 2025', enc=mac)
root = simple_doc(pdf, [{'content': p.content()}], fonts)
pdf.write(out('macroman-1-hand.pdf'), root, info_dict(pdf, 'Certificate of Participation'))
write_gold('macroman-1-hand', 'macroman', 'hand',
           'Standard Helvetica/Times fonts (not embedded, no /Widths) with /Encoding /MacRomanEncoding; '
           'all non-ASCII text is MacRoman bytes: \u00e9=0x8E, \u00f1=0x96, \u00e1=0x87, \u2019=0xD5, '
           '\u201c\u201d=0xD2/0xD3, \u2014=0xD1, \u00eb=0x91, \u00e7=0x8D, \u00c5=0x81, \u00f6=0x9A, '
           '\u00b0=0xA1, \u2022=0xA5, \u2026=0xC9, \u00a7=0xA4, \u2122=0xAA, \u00a9=0xA9, \u00ae=0xA8. '
           'The ASCII apostrophe (0x27) is used in "Supervisor\'s" and "O\'Brien".',
           [p.gold_lines()])

# ====================================================================== macroman-2
# embedded TrueType subset (Liberation Serif) as a simple /TrueType font with
# /Encoding /MacRomanEncoding and /Widths
LS = '/usr/share/fonts/truetype/liberation2/'


class MacTT:
    def __init__(self, path):
        self.path = path
        self.f = TTF(path)
        self.cmap = self.f.cmap()
        self.adv = self.f.advance_widths()
        self.upm = self.f.units_per_em
        self.used = set()

    def w(self, s, size):
        return sum(self.adv[self.cmap[ord(ch)]] for ch in s) * size / self.upm

    def lit(self, s):
        for ch in s:
            self.used.add(self.cmap[ord(ch)])
        return '(%s)' % esc(mac(s))

    def write(self, pdf, name):
        font = subset(self.path, self.used)
        ff = pdf.add(Stream(font, extra='/Length1 %d' % len(font), filters=['FlateDecode']))
        desc = pdf.add('<< /Type /FontDescriptor /FontName /%s /Flags 34 /FontBBox [-570 -300 2000 900] '
                       '/ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 /FontFile2 %d 0 R >>'
                       % (name, ff))
        ws = []
        for code in range(32, 256):
            n = MAC[code]
            g = self.cmap.get(AGL.get(n, 0)) if n else None
            ws.append(round(self.adv[g] * 1000 / self.upm) if g else 0)
        return pdf.add('<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 '
                       '/Widths [%s] /Encoding /MacRomanEncoding /FontDescriptor %d 0 R >>'
                       % (name, ' '.join(map(str, ws)), desc))


pdf = PDF('1.4')
reg = MacTT(LS + 'LiberationSerif-Regular.ttf')
bol = MacTT(LS + 'LiberationSerif-Bold.ttf')
ops, gold = [], []


def line(y, *segs):
    for f, res, size, x, s in segs:
        ops.append('BT /%s %g Tf %.2f %.2f Td %s Tj ET' % (res, size, x, y, f.lit(s)))
    gold.append(' '.join(s for *_, s in segs))


line(740, (bol, 'F2', 16, 60, 'Universit\u00e9 de Montr\u00e9al \u2014 Biologie m\u00e9dicale'))
line(720, (reg, 'F1', 11, 60, 'Relev\u00e9 de formation continue / Continuing education record'))
line(690, (reg, 'F1', 11, 60, 'Participante : Fran\u00e7oise L\u00e9vesque-\u00d8degaard'), (reg, 'F1', 11, 380, 'Dossier no 77-2190'))
line(674, (reg, 'F1', 11, 60, 'Employeur : Centre hospitalier de l\u2019Universit\u00e9'), (reg, 'F1', 11, 380, '\u00c9tat : actif'))
cols = [60, 300, 400, 460]
line(640, *[(bol, 'F2', 10, x, h) for x, h in zip(cols, ['Activity Title', 'Completion Date', 'Credits', 'Credit Type'])])
rows = [
    ('H\u00e9matologie : frottis sanguin', '2025-01-20', '1,5', 'OPTMQ'),
    ('Microbiologie \u2014 \u00e9cologie bact\u00e9rienne', '2025-02-11', '2,0', 'OPTMQ'),
    ('Biochimie : l\u2019\u00e9lectrophor\u00e8se des prot\u00e9ines', '2025-03-03', '1,0', 'P.A.C.E.\u00ae'),
    ('Banque de sang : ph\u00e9notypage \u00e9tendu', '2025-03-24', '1,5', 'OPTMQ'),
    ('S\u00e9curit\u00e9 : d\u00e9versements \u00e0 l\u2019\u00e9thanol', '2025-04-07', '0,5', 'Interne'),
]
y = 622
for r in rows:
    line(y, *[(reg, 'F1', 10, x, s) for x, s in zip(cols, r)])
    y -= 15
line(y - 8, (bol, 'F2', 10, 60, 'Total des cr\u00e9dits : 6,5'))
line(y - 40, (reg, 'F1', 10, 60, '\u00ab Ce relev\u00e9 n\u2019est valide qu\u2019avec la signature du coordonnateur. \u00bb'))
line(y - 56, (reg, 'F1', 10, 60, 'Coordonnateur : No\u00ebl Fa\u00e7ade-Tremblay, T.M.'))
f1 = reg.write(pdf, 'QXWZAB+LiberationSerif')
f2 = bol.write(pdf, 'QXWZAC+LiberationSerif-Bold')
root = simple_doc(pdf, [{'content': '\n'.join(ops) + '\n'}], {'F1': f1, 'F2': f2})
pdf.write(out('macroman-2-hand.pdf'), root, info_dict(pdf, 'Releve de formation continue'))
write_gold('macroman-2-hand', 'macroman', 'hand',
           'Embedded Liberation Serif subsets as simple /TrueType fonts with /Encoding /MacRomanEncoding, '
           '/Widths, non-symbolic flags and no ToUnicode; a French/English transcript with MacRoman bytes '
           'for \u00e9 \u00e8 \u00e0 \u00e7 \u00c9 \u00d8 \u00eb \u00ab \u00bb \u2019 \u2014 \u00ae.',
           [gold])

# ====================================================================== macroman-3
# Times-Roman with /Differences (standard names for accented letters, at
# codes that do not match any standard encoding) + ZapfDingbats with
# /Differences using a-names (a192, a20, a71) for decorative markers only.
pdf = PDF('1.4')
DIFF = [(1, 'eacute'), (2, 'ntilde'), (3, 'aacute'), (4, 'odieresis'), (5, 'Aring'), (6, 'ccedilla'),
        (7, 'edieresis'), (8, 'quoteright'), (9, 'udieresis'), (0x7F, 'Oslash'), (0x80, 'emdash'),
        (0x81, 'quotedblleft'), (0x82, 'quotedblright'), (0x83, 'scaron'), (0x84, 'zcaron'),
        (0x85, 'Lslash'), (0x86, 'iacute'), (0x87, 'oacute'), (0x88, 'registered'),
        (0x89, 'Eacute'), (0x8A, 'Scaron'), (0x8B, 'oslash'), (0x8C, 'Zcaron')]
DREV = {chr(AGL[n]): c for c, n in DIFF}


def denc(s):
    out_ = bytearray()
    for ch in s:
        out_.append(DREV[ch] if ch in DREV else ord(ch))
        assert ord(ch) < 0x7F or ch in DREV, ch
    return bytes(out_)


diffs = []
prev = None
for c_, n in DIFF:
    diffs.append(('%d /%s' % (c_, n)) if prev is None or c_ != prev + 1 else '/' + n)
    prev = c_
f_t = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding '
              '/BaseEncoding /MacRomanEncoding /Differences [%s] >> >>' % ' '.join(diffs))
f_tb = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding << /Type /Encoding '
               '/Differences [%s] >> >>' % ' '.join(diffs))
f_z = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats /Encoding << /Type /Encoding '
              '/Differences [65 /a192 /a20 /a71] >> >>')
FN3 = {'F1': 'Times-Roman', 'F2': 'Times-Bold', 'F3': 'ZapfDingbats'}
p = Page(FN3)


def t(x, y, res, size, s):
    # widths: metrics of the real characters (the names are standard glyphs)
    return p.text(x, y, res, size, s, enc=denc)


t(72, 730, 'F2', 18, 'Saint-\u00c9tienne Regional Laboratory Network')
t(72, 706, 'F1', 12, 'CE summary for \u0141ucja \u0160imek-Sm\u00f8rgrav')
ZD = {'\u279a': b'A', '\u2714': b'B', '\u25cf': b'C'}
items = [
    ('\u279a', 'Jos\u00e9 Mu\u00f1oz-Ib\u00e1\u00f1ez presented \u201cCoagulation Factor Inhibitors\u201d'),
    ('\u279a', 'Zo\u00eb \u00c5ngstr\u00f6m-Fa\u00e7ade led the hands-on session \u2014 1.5 hours'),
    ('\u2714', 'Post-test passed; the learner didn\u2019t need a retake'),
    ('\u2714', 'Evaluation submitted for P.A.C.E.\u00ae credit'),
    ('\u25cf', '\u017delimir Ga\u0161par (observer) \u2014 no credit claimed'),
]
y = 670
for sym, s in items:
    p.raw('BT /F3 10 Tf 1 0 0 1 80 %g Tm (%s) Tj ET' % (y, esc(ZD[sym])))
    t(98, y, 'F1', 12, s)
    p.gold[-1] = (y, 80, sym + ' ' + s)
    y -= 20
t(72, 540, 'F1', 11, 'All sessions were held on March 3, 2025 at the \u00d8stfold satellite site.')
root = simple_doc(pdf, [{'content': p.content()}], {'F1': f_t, 'F2': f_tb, 'F3': f_z})
pdf.write(out('macroman-3-hand.pdf'), root, info_dict(pdf, 'CE summary'))
write_gold('macroman-3-hand', 'macroman', 'hand',
           'Times-Roman: /Encoding with /BaseEncoding /MacRomanEncoding and a /Differences array that puts '
           'standard glyph names (eacute ntilde aacute odieresis Aring ccedilla edieresis quoteright '
           'udieresis Oslash emdash quotedblleft quotedblright scaron zcaron Lslash iacute oacute registered '
           'Eacute Scaron oslash Zcaron) at codes 1-9 and 0x7F-0x8C, which mean something else (or nothing) in MacRoman. Times-Bold uses '
           'the same /Differences without a /BaseEncoding. Decorative list markers come from ZapfDingbats '
           'with /Differences [65 /a192 /a20 /a71] (uncommon a-names); gold gives them as their Adobe '
           'ZapfDingbats Unicode values \u279a U+279A, \u2714 U+2714, \u25cf U+25CF (non-essential symbols). '
           'mutool 1.21 cannot map the ZapfDingbats a-names.',
           [p.gold_lines()])

# ====================================================================== macroman-4 (before qpdf)
# Helvetica with /Widths from the AFM, /MacRomanEncoding as /BaseEncoding with
# a small /Differences; two pages; make.sh then moves every object into
# object streams with qpdf --object-streams=generate.
from pdfw import std_font_widths  # noqa: E402

pdf = PDF('1.5')
F4 = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold'}


def helv_mac(base):
    from reportlab.pdfbase.pdfmetrics import getFont
    f = getFont(base)
    ws = []
    for code in range(32, 256):
        n = MAC[code]
        ch = chr(AGL[n]) if n and n in AGL else None
        try:
            ws.append(int(round(f.stringWidth(ch, 1000))) if ch and ch.encode('cp1252') else 0)
        except UnicodeEncodeError:
            ws.append(0)
    return pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] '
                   '/Encoding << /Type /Encoding /BaseEncoding /MacRomanEncoding /Differences [39 /quotesingle] >> >>'
                   % (base, ' '.join(map(str, ws))))


fonts = {k: helv_mac(v) for k, v in F4.items()}
pages, golds = [], []
rows = [
    ('Gerinnungsdiagnostik: Faktor-VIII-Hemmk\u00f6rper', '14.01.2025', '2', 'DVTA'),
    ('H\u00e4matologie \u2013 Blutausstrich f\u00fcr Fortgeschrittene', '28.01.2025', '3', 'DVTA'),
    ('Qualit\u00e4tssicherung nach Rili-B\u00c4K', '11.02.2025', '4', 'DVTA'),
    ('Mikrobiologie: Gramf\u00e4rbung \u00fcben', '25.02.2025', '2', 'Intern'),
    ('Klinische Chemie \u2014 \u201eHook-Effekt\u201c erkennen', '03.03.2025', '1,5', 'P.A.C.E.\u00ae'),
    ('Transfusionsmedizin: Kreuzprobe', '17.03.2025', '2', 'DVTA'),
    ('Urinsediment \u2013 Zylinder & Kristalle', '31.03.2025', '1', 'Intern'),
    ('Immunologie: ANA-Muster auf HEp-2', '14.04.2025', '2', 'DVTA'),
]
for pg in range(2):
    p = Page(F4)
    p.text(56, 780, 'F2', 15, 'Fortbildungsnachweis 2025', enc=mac)
    p.text(56, 760, 'F1', 10, 'Zentrallabor \u00b7 St.-Ursula-Klinikum K\u00f6ln', enc=mac)
    p.text(480, 760, 'F1', 10, 'Seite %d von 2' % (pg + 1), enc=mac)
    if pg == 0:
        p.text(56, 725, 'F1', 11, 'Teilnehmer: J\u00fcrgen Wei\u00df-Ou\u00e9draogo, MTLA', enc=mac)
        p.text(56, 709, 'F1', 11, "Personalnummer: 40'118 \u2022 Abteilung: H\u00e4matologie", enc=mac)
        y = 670
        sub = rows[:5]
    else:
        y = 725
        sub = rows[5:]
    cols = [56, 330, 420, 470]
    for x, h in zip(cols, ['Activity Title', 'Completion Date', 'Credits', 'Credit Type']):
        p.text(x, y, 'F2', 10, h, enc=mac)
    y -= 18
    for r in sub:
        for i, (x, s) in enumerate(zip(cols, r)):
            if i == 2:
                x = x + 30 - p.width('F1', 10, s)
            p.text(x, y, 'F1', 10, s, enc=mac)
        y -= 15
    if pg == 1:
        p.text(56, y - 10, 'F2', 10, 'Summe der Fortbildungspunkte: 17,5', enc=mac)
        p.text(56, y - 40, 'F1', 10, '\u00c4nderungen nur durch die Laborleitung (Dr. Bj\u00f6rn M\u00fcller-Nakat\u00e9).', enc=mac)
    pages.append({'content': p.content(), 'mediabox': (0, 0, 595, 842)})
    golds.append(p.gold_lines())
root = simple_doc(pdf, pages, fonts)
pdf.write(out('macroman-4-hand+qpdf.pdf'), root, info_dict(pdf, 'Fortbildungsnachweis'))
write_gold('macroman-4-hand+qpdf', 'macroman', 'hand+qpdf',
           'Two A4 pages in Helvetica / Helvetica-Bold (standard, not embedded) WITH /Widths, /Encoding '
           '<< /BaseEncoding /MacRomanEncoding /Differences [39 /quotesingle] >>; German text with MacRoman '
           'bytes for \u00e4 \u00f6 \u00fc \u00df \u00c4 \u00e9 \u2013 \u2014 \u201e \u201c \u00b7 \u2022 \u00ae. '
           'After writing, qpdf --object-streams=generate moved the font and page objects into compressed '
           'object streams with a cross-reference stream.',
           golds)
