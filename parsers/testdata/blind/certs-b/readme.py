#!/usr/bin/python3
"""Writes README.md from certs.py (run after editing the specifications)."""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import certs  # noqa: E402

C = certs.CERTS
by_style = collections.Counter(c['style'] for c in C)
by_prod = collections.Counter(c['producer'] for c in C)
by_layout = collections.Counter(t for c in C for t in c['layout'])
VIA = {'fpdf': 'FPDF', 'tcpdf': 'TCPDF', 'chromium': 'Chromium', 'libreoffice-writer': 'LibreOffice Writer',
       'ps': 'hand-written PostScript', 'docx-libreoffice': 'docx'}


def prod(c):
    p = c['producer']
    if p == 'ghostscript':
        return 'ghostscript (from %s)' % VIA[c.get('via', 'ps')]
    return p


out = ['# certs-b: blind test set of CE certificates of completion', '',
       'Seventy PDF certificates of completion (CE for medical laboratory professionals, ASCP Credential '
       'Maintenance Program), each with a hand-written gold file `X.gold.json`. They were written without '
       'seeing the celedger reader; every person, ID number and most organisations are invented.', '',
       '## Files', '',
       '* `bNN.pdf` with `bNN.gold.json`: the documents and their gold facts.',
       '* `certs.py`: the specification of every certificate (printed blocks and the gold facts, side by side).',
       '* `blocks.py`: the block vocabulary (text line, paragraph, label/value rows in five modes, rule, '
       'page break, form field).',
       '* `gen.py`: renders each specification for its producer: HTML for Chromium, flat ODT (`.fodt`) for '
       'LibreOffice Writer, a `.docx` zipped with Python `zipfile` for LibreOffice, PHP for FPDF/TCPDF '
       '(using `src/certlib.php`), PostScript for Ghostscript, and ReportLab directly. AcroForm certificates '
       'are a ReportLab template with empty text fields that `gen.py` then fills the way a form filler does '
       '(`/V` plus a new `/AP /N` appearance stream per widget, no NeedAppearances); the flattened ones are '
       'the same, passed through `qpdf --flatten-annotations=all`.',
       '* `src/`: the generated sources (`.html`, `.fodt`, `.docx`, `.php`, `.ps`, `.fields.json`) and the '
       'hand-written `certlib.php`.',
       '* `make.sh`: regenerates every PDF (`./make.sh` or `./make.sh b07 b12`); scratch files go to `build/`, '
       'removed at the end unless `KEEP_BUILD=1`.',
       '* `verify.py`: checks each PDF against its gold with `pdftotext -layout` and raw `pdftotext` (name, '
       'title, provider forms, activity id, printed date and credit strings), page count, size < 200 KB, '
       'that AcroForm-filled files carry the name only in a field appearance, and that flattened files have '
       'no annotations left.',
       '* `readme.py`: writes this README from `certs.py`.', '',
       '## Gold conventions', '',
       '* `name`: as printed, without credentials after it (", MLS(ASCP)CM", ", MD" are dropped); names printed '
       'in capitals keep the capitals. Letter-spaced names (b14, b25, b36) are given without the spacing; '
       'pdftotext prints them normally.',
       '* `title`: exactly as printed, joined with single spaces where it wraps; no surrounding quotes, no '
       'format words ("the eCast", "the online course"). Inner curly quotes that belong to the title are kept '
       '(b22, b50).',
       '* `date`: completion / attendance date (ISO). For a multi-day meeting or course it is the last day. '
       'Issue, print, release, expiry and "valid through" dates are distractors.',
       '* `credits` and `unit`: the laboratory figure (P.A.C.E./contact hours/CMLE) where several credit types '
       'are printed; the claimed figure where a maximum is also printed. Units used: `contact hour`, `CMLE`, '
       '`CE hour`, `CEU`, `AMA PRA Category 1 Credit` (b12 is the only AMA-only certificate).',
       '* `points`: CMP points = credits, except CEU = 10 per unit (b63 0.2 CEU = 2, b64 1.2 CEUs = 12, '
       'b65 0.15 CEU = 1.5).',
       '* `provider`: the full provider name as printed first, then printed short forms (e.g. "AABB", '
       '"ASCP"). For LabCE the legal provider in the approval sentence, "MediaLab, Inc.", is also listed.',
       '* `activity_id`: the course / program / activity number; certificate serials, member, customer, '
       'learner and employee IDs, licence numbers, webinar IDs, P.A.C.E. or Florida provider numbers, '
       'accrediting-agency numbers, instrument serials and ACPE UANs are not it.',
       '* b69 and b70 are flattened twins of the AcroForm certificates b07 and b43 (same facts).', '',
       '## Counts', '',
       '%d certificates, %d pages in total (b41, b53 and b57 have a second page: accreditation details, an '
       'agenda and a course outline).' % (len(C), len(C) + 3), '',
       '| style | n |', '|---|---|']
out += ['| %s | %d |' % kv for kv in sorted(by_style.items())]
out += ['', '| producer | n |', '|---|---|']
out += ['| %s | %d |' % kv for kv in sorted(by_prod.items())]
out += ['', 'Ghostscript sources: %s.' % ', '.join(
    '%s from %s' % (c['id'], VIA[c.get('via', 'ps')]) for c in C if c['producer'] == 'ghostscript'), '',
        '| layout tag | n |', '|---|---|']
out += ['| %s | %d |' % kv for kv in sorted(by_layout.items(), key=lambda kv: (-kv[1], kv[0]))]
out += ['', '## Documents', '',
        '| file | style | producer | page | layout | what is special |', '|---|---|---|---|---|---|']
for c in C:
    page = {'letter': 'portrait', 'letter-l': 'landscape', 'a4': 'A4 portrait', 'a4-l': 'A4 landscape'}[c['page']]
    npages = 1 + sum(1 for b in c['blocks'] if b['k'] == 'pb')
    if npages > 1:
        page += ', %d pages' % npages
    out.append('| %s.pdf | %s | %s | %s | %s | %s |' % (c['id'], c['style'], prod(c), page,
                                                         ', '.join(c['layout']), c['notes'].replace('|', '/')))
open(os.path.join(HERE, 'README.md'), 'w').write('\n'.join(out) + '\n')
