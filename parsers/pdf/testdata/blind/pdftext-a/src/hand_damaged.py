"""Hand-written damaged / unusual files:
  damaged-4-hand  content stream dictionary has no /Length
  damaged-5-hand  xref table offsets are all wrong
  damaged-6-hand  content stream in /ASCIIHexDecode
  damaged-7-hand  content stream in [/ASCII85Decode /FlateDecode]
  damaged-9-hand  truncated file: no catalog, no xref, no trailer
"""
from pdfw import PDF, Stream, std_font, simple_doc, info_dict, write_gold, out
from lay import Page

FN = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Times-Roman'}


def cert_page(p, org, name, course, date, hours, ident, extra=()):
    W = 612

    def c(res, size, s, y):
        p.text((W - p.width(res, size, s)) / 2, y, res, size, s)
    c('F2', 12, org, 720)
    c('F3', 26, 'Certificate of Completion', 670)
    c('F3', 13, 'This certifies that', 630)
    c('F2', 20, name, 596)
    c('F3', 13, 'has successfully completed', 562)
    c('F2', 14, course, 536)
    c('F3', 13, 'on %s and earned %s contact hours (P.A.C.E.\u00ae).' % (date, hours), 510)
    p.text(72, 430, 'F1', 10, 'Certificate no. ' + ident)
    p.text(400, 430, 'F1', 10, 'Issued: ' + date)
    y = 400
    for s in extra:
        p.text(72, y, 'F1', 10, s)
        y -= 14


def build(name, page_specs, stream_kw, notes, write_kw=None, gold=True, expect='text'):
    pdf = PDF('1.4')
    fonts = {k: std_font(pdf, v) for k, v in FN.items()}
    pages, golds = [], []
    for spec in page_specs:
        p = Page(FN)
        cert_page(p, *spec)
        pages.append({'content': Stream(p.content(), **stream_kw)})
        golds.append(p.gold_lines())
    root = simple_doc(pdf, pages, fonts)
    info = info_dict(pdf, 'Certificate')
    data = pdf.write(out(name + '.pdf'), root, info, **(write_kw or {}))
    write_gold(name, 'damaged', 'hand', notes, golds if gold else None, expect=expect)
    return data


build('damaged-4-hand',
      [('ASCLS MICHIGAN', 'Fenella Ugochukwu-Brandt', 'Body Fluid Differentials on Cytospin Slides',
        'March 3, 2025', '1.0', 'MI-25-0219',
        ['The content stream of this page was written without a /Length entry.'])],
      dict(filters=['FlateDecode'], no_length=True),
      'The page content stream dictionary is << /Filter /FlateDecode >> with NO /Length key; the data '
      'must be found by scanning for "endstream". Everything else is well formed (xref offsets correct).')

build('damaged-5-hand',
      [('HOSPITAL LABORATORY EDUCATION COUNCIL', 'Rustam Achebe-Lindqvist',
        'Sepsis Biomarkers: Procalcitonin and Lactate', 'March 3, 2025', '1.5', 'HLEC-0303-557',
        ['Attendance verified by badge scan at the live session.'])],
      dict(filters=['FlateDecode']),
      'The xref table is present and startxref points to it, but every object offset in it is wrong '
      '(shifted by +37 bytes, object 3 by -100), so a reader must rebuild the cross-reference by scanning '
      'for "N 0 obj". Objects themselves are intact.',
      write_kw=dict(xref_shift=lambda n, off: max(0, off - 100) if n == 3 else off + 37))

build('damaged-6-hand',
      [('CAP LEARNING', 'Ottilie Nakashima-Oyelaran', 'Frozen Section Quality Assurance',
        'March 3, 2025', '0.5', 'CAPL-25-88120',
        ['This activity was delivered as a recorded webinar.']),
       ('CAP LEARNING', 'Ottilie Nakashima-Oyelaran', 'Synoptic Cancer Reporting Updates',
        'March 10, 2025', '1.0', 'CAPL-25-88121',
        ['This activity was delivered for live participants only.'])],
      dict(filters=['ASCIIHexDecode']),
      'Two pages whose content streams use /Filter /ASCIIHexDecode only (64 hex digits per line, ending '
      'with ">"). Standard fonts, no /Widths.')

build('damaged-7-hand',
      [('AABB ECAST', 'Joaqu\u00edn Oduya-Mortensen', 'Granulocyte Transfusion: Donor Selection',
        'March 3, 2025', '1.0', 'ECAST-25-3031',
        ['Content stream filters: ASCII85 over Flate.'])],
      dict(filters=['ASCII85Decode', 'FlateDecode']),
      'The content stream has /Filter [/ASCII85Decode /FlateDecode]: ASCII85 text (ending "~>") that '
      'decodes to zlib data that decodes to the page operators.')

data = build('damaged-9-hand',
             [('LABCE', 'Priscilla Thorvaldsen-Mbah', 'Urine Culture Interpretation', 'March 3, 2025',
               '1.0', 'LCE-25-44109', [])],
             dict(filters=['FlateDecode']),
             'Truncated download: the file stops 120 bytes into the (Flate) page content stream. There is no '
             'page object, no catalog, no xref table and no trailer, so no page can be shown; a reader '
             'should report the file as damaged.',
             gold=False, expect='damaged')
# cut the file 120 bytes after the start of the content stream data (object 5)
cut = data.index(b'stream\n', data.index(b'\n5 0 obj')) + 7 + 120
with open(out('damaged-9-hand.pdf'), 'wb') as f:
    f.write(data[:cut])
