#!/usr/bin/python3
"""Regenerate README.md (counts + certificate table) from the ybNN.gold.json files."""
import collections
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PRODUCERS = {
    'chromium': 'Chromium headless `--print-to-pdf` from generated HTML/CSS (engine_flow.to_html)',
    'fodt': 'LibreOffice Writer: flat ODF `.fodt` written as XML, `soffice --headless --convert-to pdf` (engine_flow.to_fodt)',
    'docx': 'Word-style `.docx` built with python-docx, converted by LibreOffice (engine_flow.build_docx)',
    'fpdf': 'PHP FPDF 1.8 core fonts (php/fpdf_engine.php reading positioned ops from engine_layout)',
    'tcpdf': 'PHP TCPDF `writeHTML` with DejaVu fonts (php/tcpdf_engine.php reading engine_flow.to_tcpdf_spec)',
    'rl_canvas': 'ReportLab canvas, hand-positioned text (engine_layout.Flow + render_reportlab)',
    'rl_platypus': 'ReportLab Platypus flowables: Paragraph/Table/PageBreak (engine_flow.build_platypus)',
    'acroform': 'ReportLab AcroForm with empty text fields -> fields filled through qpdf JSON (`--json-output` / `--update-from-json`, /NeedAppearances) -> `qpdf --generate-appearances --flatten-annotations=all`',
    'ghostscript': 'Hand-written PostScript (WinAnsi re-encoded standard fonts) -> Ghostscript `pdfwrite` (engine_layout.to_postscript)',
}

CONVENTIONS = """- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page."""


def esc(s):
    return str(s).replace('|', '\\|')


def main():
    golds = []
    for p in sorted(glob.glob(os.path.join(HERE, 'yb*.gold.json'))):
        g = json.load(open(p, encoding='utf-8'))
        g['id'] = os.path.basename(p).split('.')[0]
        golds.append(g)
    by_style = collections.Counter(g['style'] for g in golds)
    by_prod = collections.Counter(g['producer'] for g in golds)
    by_unit = collections.Counter(g['unit'] for g in golds)
    tags = collections.Counter(t for g in golds for t in g['layout'])
    L = []
    L.append('# Blind test set z28: CE certificates for ASCP BOC CMP fact extraction\n')
    L.append('%d certificates `yb01.pdf` … `yb%02d.pdf`, each with a gold file `ybNN.gold.json`. '
             'Every person, hospital, company, university and activity is invented; real organisation names '
             '(ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE, MediaLab) carry invented activities, officers and numbers.\n' % (len(golds), len(golds)))
    L.append('## How it was made\n')
    L.append('```\ncd /work/blind/certs-z28\n/usr/bin/python3 build.py          # all 40 (about 1-2 minutes; converters run one at a time)\n'
             '/usr/bin/python3 build.py yb07 yb12  # a subset\n/usr/bin/python3 verify.py         # pdftotext -layout checks against the gold\n'
             '/usr/bin/python3 make_readme.py    # regenerate this README from the gold files (build.py also does it)\n```\n')
    L.append('Files:\n')
    L.append('- `certs.py` – the 40 certificates: content as a block list (text / kv label-value / cols labels-above-values / table / sig / foot / pagebreak), layout options, and the gold answer.')
    L.append('- `engine_layout.py` – hand-positioned layout (AFM metrics of the standard fonts) producing drawing ops; back ends for ReportLab canvas, AcroForm, fpdf (JSON) and PostScript.')
    L.append('- `engine_flow.py` – flowing back ends: HTML for Chromium, flat ODF, python-docx, TCPDF HTML, ReportLab Platypus.')
    L.append('- `php/fpdf_engine.php`, `php/tcpdf_engine.php` – the PHP renderers.')
    L.append('- `build.py` – writes `ybNN.pdf` and `ybNN.gold.json`; intermediates (HTML, .fodt, .docx, PHP specs, .ps, blank and filled forms) go to `build/`; Chromium and LibreOffice profiles go to `.profiles/` (not part of the set).')
    L.append('- `verify.py` – runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that name, title, every provider string (an "Institution, Office" entry passes when both parts are printed), activity id, credits figure and unit word appear, that points match credits/unit, and that the gold date is printed in some form (Month D, YYYY; MM/DD/YYYY; a range ending on that day).')
    L.append('- `make_readme.py` – regenerates this README.\n')
    L.append('Producers:\n')
    for k, v in PRODUCERS.items():
        L.append('- `%s` – %s' % (k, v))
    L.append('')
    L.append('## Gold schema\n')
    L.append('One JSON object per certificate:\n')
    L.append('```\n{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD","credits","unit","points","provider":[...],"activity_id"}\n```\n')
    L.append('`style` is the provider style (ASCP, AABB, CAP, ASCLS, PACE-provider = a P.A.C.E.-approved education company, LabCE, MediaLab, ADLM, NSH, AMT, ASM, CLSI, state-society, hospital, public-health, joint-CME, university, vendor); '
             '`layout` lists layout tags and traps; `notes` explains the traps and the distractors.\n')
    L.append('## Conventions (the gold follows these exactly)\n')
    L.append(CONVENTIONS + '\n')
    L.append('## Counts\n')
    L.append('Per style (%d styles):\n' % len(by_style))
    L.append('| style | n |\n|---|---|')
    for k, v in sorted(by_style.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append('| %s | %d |' % (k, v))
    L.append('\nPer producer:\n')
    L.append('| producer | n |\n|---|---|')
    for k in PRODUCERS:
        L.append('| %s | %d |' % (k, by_prod.get(k, 0)))
    L.append('\nPer unit: ' + ', '.join('%s %d' % kv for kv in sorted(by_unit.items())) + '.\n')
    hard = ['wrapped-title-then-date-label', 'format-line-own', 'labels-above-values', 'provider-only-in-accreditation-statement', 'issuer-line',
            'program-no-without-colon', 'multi-credit', 'max-vs-claimed', 'conference-session', 'meeting-attendance', 'date-range',
            'letter-spaced-name', 'all-caps-name', 'suffix', 'accented-name', 'two-page', 'filled-form']
    L.append('Selected layout tags: ' + ', '.join('%s %d' % (t, tags.get(t, 0)) for t in hard) + '.\n')
    L.append('## Certificates\n')
    L.append('| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |')
    L.append('|---|---|---|---|---|---|---|---|---|---|---|')
    for g in golds:
        L.append('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' % (
            g['id'], g['style'], g['producer'], esc(g['name']), esc(g['title']), g['date'], g['credits'], g['unit'], g['points'],
            esc('; '.join(g['provider'])), esc(g['activity_id']) if g['activity_id'] is not None else 'null'))
    L.append('')
    L.append('## Notes per certificate\n')
    for g in golds:
        L.append('- **%s** (%s; %s): %s' % (g['id'], ', '.join(g['layout']), g['producer'], g['notes']))
    L.append('')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
