#!/usr/bin/python3
"""Regenerate every certificate PDF, its gold file and README.md from specs*.py."""
import os, sys, json, subprocess, shutil, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import Layout
import html_backend, fodt_backend, docx_backend, rl_backend, acro

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, 'src')
TMP = os.path.join(ROOT, 'src', 'tmp')
LO_PROFILE = 'file://' + os.path.join(TMP, 'lo-profile')       # private profiles, removed after the run
CHROME_PROFILE = os.path.join(TMP, 'chromium-profile')


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write('FAILED: %s\n%s\n%s\n' % (' '.join(cmd), r.stdout.decode(errors='replace'), r.stderr.decode(errors='replace')))
        raise SystemExit(1)
    return r


def chromium(html_path, pdf_path):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--user-data-dir=' + CHROME_PROFILE, '--print-to-pdf=' + pdf_path, html_path])


def soffice(src_path, pdf_path):
    outdir = os.path.join(TMP, 'lo')
    os.makedirs(outdir, exist_ok=True)
    run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--convert-to', 'pdf', '--outdir', outdir, src_path])
    base = os.path.splitext(os.path.basename(src_path))[0]
    shutil.move(os.path.join(outdir, base + '.pdf'), pdf_path)


def php(lib, ops, meta, pdf_path, job_path):
    with open(job_path, 'w') as f:
        json.dump({'lib': lib, 'ops': ops, 'meta': meta, 'out': pdf_path}, f, ensure_ascii=False)
    run(['php', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'php_backend.php'), job_path])


def produce(spec, via, pdf_path):
    cid = spec['id']
    page, blocks, meta = spec['page'], spec['blocks'], spec['meta']
    if via == 'chromium':
        hp = os.path.join(SRC, cid + '.html')
        with open(hp, 'w') as f:
            f.write(html_backend.render(page, blocks, meta['title']))
        chromium(hp, pdf_path)
    elif via == 'libreoffice-writer':
        fp = os.path.join(SRC, cid + '.fodt')
        with open(fp, 'w') as f:
            f.write(fodt_backend.render(page, blocks, meta['title'], meta.get('author', '')))
        soffice(fp, pdf_path)
    elif via == 'docx-libreoffice':
        dp = os.path.join(SRC, cid + '.docx')
        docx_backend.render(page, blocks, meta['title'], meta.get('author', ''), dp)
        soffice(dp, pdf_path)
    elif via in ('fpdf', 'tcpdf'):
        fs = 'core' if via == 'fpdf' else spec.get('tcfont', 'dejavu')
        L = Layout(page, fs)
        ops = L.run(blocks)
        php(via, ops, {'title': meta['title'], 'author': meta.get('author', ''), 'creator': meta.get('creator', meta.get('author', '')),
                       'fonts': fs}, pdf_path, os.path.join(SRC, cid + '.json'))
    elif via == 'reportlab':
        fs = spec.get('rlfont', 'core')
        L = Layout(page, fs)
        ops = L.run(blocks)
        rl_backend.render(ops, pdf_path, fs, meta)
    elif via in ('acroform-filled', 'acroform-flattened'):
        pg = dict(page, acroform=True)
        L = Layout(pg, 'core')
        ops = L.run(blocks)
        blank = os.path.join(TMP, cid + '-template.pdf')
        rl_backend.render(ops, blank, 'core', dict(meta, creator='Certificate template'))
        filled = pdf_path if via == 'acroform-filled' else os.path.join(TMP, cid + '-filled.pdf')
        acro.add_fields(blank, filled, L.fields, L.H, meta=meta)
        if via == 'acroform-flattened':
            run(['qpdf', '--flatten-annotations=all', '--remove-restrictions', filled, pdf_path],)
    else:
        raise ValueError(via)


def npages(pdf):
    out = run(['pdfinfo', pdf]).stdout.decode()
    for ln in out.splitlines():
        if ln.startswith('Pages:'):
            return int(ln.split()[1])


def produce_fit(spec, via, pdf_path):
    """Flow producers may overflow: shrink the measured top spacer until the page count is right."""
    want = 1 + sum(1 for b in spec['blocks'] if b['t'] == 'page')
    for scale in (1.0, 0.6, 0.3, 0.0):
        sp = dict(spec, page=dict(spec['page'], center_scale=scale))
        produce(sp, via, pdf_path)
        got = npages(pdf_path)
        if got == want:
            return
        if via not in ('libreoffice-writer', 'docx-libreoffice') or spec['page'].get('valign') != 'center':
            break
    sys.stderr.write('WARNING: %s has %d pages, expected %d\n' % (spec['id'], got, want))


def build(spec):
    pdf = os.path.join(ROOT, spec['id'] + '.pdf')
    if spec['producer'] == 'ghostscript':
        tmp = os.path.join(TMP, spec['id'] + '-pre-gs.pdf')
        produce_fit(spec, spec['via'], tmp)
        run(['gs', '-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
             '-dPDFSETTINGS=/printer', '-o', pdf, tmp])
    else:
        produce_fit(spec, spec['producer'], pdf)
    # tag 'title-wraps' from what the PDF really shows: the title is not on one line of pdftotext -layout
    lay = run(['pdftotext', '-layout', pdf, '-']).stdout.decode()
    one_line = any(' '.join(spec['gold']['title'].split()) in ' '.join(ln.split()) for ln in lay.splitlines())
    layout = [l for l in spec['layout'] if l != 'title-wraps']
    if not one_line:
        layout.append('title-wraps')
    spec['layout'] = layout
    gold = dict(style=spec['style'], producer=spec['producer'], layout=spec['layout'], notes=spec['notes'])
    gold.update(spec['gold'])
    with open(os.path.join(ROOT, spec['id'] + '.gold.json'), 'w') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')


def load_specs():
    import specs
    return specs.ALL


def readme(all_specs):
    from collections import Counter
    lines = ['# certs-a — blind test set of CE certificates of completion', '',
             'Generated by `make.sh` (which runs `gen/build.py`). Every `X.pdf` has a `X.gold.json` with the facts a reader',
             'should extract. Sources written by the generators are kept in `src/` (HTML for Chromium, .fodt for LibreOffice',
             'Writer, .docx for the Word-like path, JSON display lists for the PHP FPDF/TCPDF back end).', '',
             'Gold conventions: `name` as it should be read (ALL-CAPS kept when printed in caps; post-nominal credentials such',
             'as ", MLS(ASCP)" are not part of the name); `title` without surrounding quotes/format words; `date` = date of',
             'completion/attendance (ISO); `credits`/`unit` = the laboratory credit figure (P.A.C.E./contact hour/CMLE/CE hour/CEU,',
             'or AMA PRA Category 1 when that is the only figure); `points` = CMP points (CEU x10, otherwise 1 per credit);',
             '`provider` = acceptable strings for the organisation providing the course (full printed name first);',
             '`activity_id` = course/program/activity number, never a certificate serial or licence number ("" if none).',
             '`unit` is one of: `contact hour` (incl. P.A.C.E. contact hours), `CMLE`, `CE hour`, `CEU`, `AMA PRA Category 1 Credit`.', '',
             'Layout tags: `centred` (heading / "This certifies that" / name / "has completed" / title / date / credits lines);',
             '`format-line` (a line such as "the eCast", "the online course", "the spring symposium" between the name and the title);',
             '`two-column` (labels above values in columns); `labels-below` (value above a rule, label under it); `labels-beside`',
             '("Participant: ..."); `ruled-table` (label | value cells with borders); `one-paragraph` (all facts inside one',
             'sentence); `title-wraps` (title not on one line of `pdftotext -layout`, detected from the PDF); `label-after-title`',
             '(e.g. "Date of completion: 5/12/2025" right under the title); `issuer-only` (provider printed only as the issuer line',
             'and in the approval sentence); `provider-with-for-and-of`; `program-no-without-colon` ("Program No. 123-456-25",',
             '"P.A.C.E.® Course # 524-118-25"); `letter-spaced-name` (extracts as spaced-out letters in some producers);',
             '`all-caps-name`; `orientation-title` ("Orientation" in the tissue sense); `quoted-title` (a quoted phrase inside',
             'the title); `certificate-number` / `license-number` (extra numbers that are not the activity ID); `multi-credit`',
             '(AMA/ANCC/ACPE/P.A.C.E. figures together); `issue-date-differs` (another date printed besides completion);',
             '`credentials-after-name`; `second-page`; `acroform` (form fields); `logo` / `signature` (vector drawings).', '',
             'Producers: `chromium` (HTML printed by headless Chromium), `libreoffice-writer` (.fodt converted by soffice),',
             '`docx-libreoffice` (.docx written with zipfile, converted by soffice), `fpdf` / `tcpdf` (php-fpdf / php-tcpdf),',
             '`reportlab` (python3-reportlab canvas), `acroform-filled` (ReportLab page with AcroForm text fields added with pypdf;',
             'the values exist only in the widget appearance streams, not flattened), `acroform-flattened` (the same kind of',
             'form flattened with `qpdf --flatten-annotations=all`), `ghostscript` (a PDF from another producer re-distilled',
             'with `gs -sDEVICE=pdfwrite`; the original producer is named in the notes).', '']
    sc = Counter(s['style'] for s in all_specs)
    pc = Counter(s['producer'] for s in all_specs)
    lc = Counter(l for s in all_specs for l in s['layout'])
    lines += ['## Counts', '', '%d certificates.' % len(all_specs), '',
              '**Styles:** ' + ', '.join('%s %d' % kv for kv in sorted(sc.items())), '',
              '**Producers:** ' + ', '.join('%s %d' % kv for kv in sorted(pc.items())), '',
              '**Layout tags:** ' + ', '.join('%s %d' % kv for kv in sorted(lc.items())), '',
              '## Files', '', '| file | style | producer | layout | special |', '|---|---|---|---|---|']
    for s in all_specs:
        lines.append('| %s.pdf | %s | %s%s | %s | %s |' % (s['id'], s['style'], s['producer'],
                                                          (' (via %s)' % s['via']) if s.get('via') else '', ', '.join(s['layout']),
                                                          s['notes'].replace('|', '\\|')))
    with open(os.path.join(ROOT, 'README.md'), 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    specs_ = load_specs()
    only = set(sys.argv[1:])
    for sp in specs_:
        if only and sp['id'] not in only and not any(sp['id'].startswith(o) for o in only):
            continue
        print('building', sp['id'], flush=True)
        build(sp)
    if not only:
        readme(specs_)
    shutil.rmtree(TMP, ignore_errors=True)
