#!/usr/bin/python3
"""Build the blind certificate set: ybNN.pdf + ybNN.gold.json for every certificate in certs.py.

usage:  /usr/bin/python3 build.py            # everything
        /usr/bin/python3 build.py yb03 yb17  # a subset
Intermediate files (HTML, .fodt, .docx, PHP specs, PostScript, blank/filled forms) go to ./build/,
browser and office profiles to ./.profiles/.  Converters run one at a time."""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import certs  # noqa: E402
import engine_layout as EL  # noqa: E402
import engine_flow as EF  # noqa: E402

WORK = os.path.join(HERE, 'build')
PROF = os.path.join(HERE, '.profiles')
from reportlab.pdfbase.acroform import AcroForm  # noqa: E402
FORM_FONTS = AcroForm.formFontNames
GOLD_KEYS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']


def run(cmd, ok=(0,), **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode not in ok:
        raise RuntimeError('%s failed (%d):\n%s\n%s' % (cmd[0], r.returncode, r.stdout[-2000:], r.stderr[-3000:]))
    return r.stdout


def soffice(src):
    prof = 'file://' + os.path.join(PROF, 'libreoffice')
    run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', WORK, src])
    return os.path.splitext(src)[0] + '.pdf'


def points(credits, unit):
    return round(credits * 10, 4) if unit == 'CEU' else credits


def fill_form(blank, filled, values):
    """Fill AcroForm text fields with qpdf's JSON round trip (no PDF library needed)."""
    js = json.loads(run(['qpdf', '--json-output', blank, '-'], ok=(0, 3)))
    objs = js['qpdf'][1]
    seen = set()
    for key, obj in objs.items():
        v = obj.get('value') if isinstance(obj, dict) else None
        if not isinstance(v, dict):
            continue
        if '/Fields' in v:
            v['/NeedAppearances'] = True
            # ReportLab writes one /Font key per font into /DR (duplicate keys, only the last survives);
            # rebuild the resource dictionary so every /DA font resolves, with WinAnsi encoding.
            v['/DR'] = {'/Font': {'/' + short: {'/Type': '/Font', '/Subtype': '/Type1', '/BaseFont': '/' + base,
                                                '/Encoding': '/WinAnsiEncoding'}
                                  for base, short in FORM_FONTS.items()}}
            v['/DA'] = 'u:/Helv 0 Tf 0 g'
        if v.get('/FT') == '/Tx' and '/T' in v:
            t = v['/T']
            name = t[2:] if t.startswith('u:') else t
            if name in values:
                val, q = values[name]
                v['/V'] = 'u:' + val
                v['/Q'] = q
                v.pop('/AP', None)  # drop ReportLab's empty appearance so qpdf builds a fresh one from /DR
                seen.add(name)
    missing = set(values) - seen
    if missing:
        raise RuntimeError('unfilled fields: %s' % sorted(missing))
    upd = blank + '.update.json'
    with open(upd, 'w') as f:
        json.dump(js, f)
    run(['qpdf', blank, '--update-from-json=' + upd, filled], ok=(0, 3))


def produce(c):
    cid, p = c['id'], c['producer']
    out = os.path.join(HERE, cid + '.pdf')
    meta = dict(title=c.get('meta_title', 'Certificate'), author=c.get('meta_author', ''), creator=c.get('meta_creator', ''))
    c['meta'] = meta
    if p == 'chromium':
        src = os.path.join(WORK, cid + '.html')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(EF.to_html(c))
        run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--user-data-dir=' + os.path.join(PROF, 'chromium'),
             '--no-pdf-header-footer', '--print-to-pdf=' + out, 'file://' + src])
    elif p == 'fodt':
        src = os.path.join(WORK, cid + '.fodt')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(EF.to_fodt(c))
        shutil.move(soffice(src), out)
    elif p == 'docx':
        src = os.path.join(WORK, cid + '.docx')
        EF.build_docx(c, src)
        shutil.move(soffice(src), out)
    elif p == 'fpdf':
        src = os.path.join(WORK, cid + '.fpdf.json')
        with open(src, 'w', encoding='utf-8') as f:
            json.dump(EL.to_fpdf_json(EL.Flow(c), meta), f, ensure_ascii=False)
        run(['php', os.path.join(HERE, 'php', 'fpdf_engine.php'), src, out])
    elif p == 'tcpdf':
        src = os.path.join(WORK, cid + '.tcpdf.json')
        with open(src, 'w', encoding='utf-8') as f:
            json.dump(EF.to_tcpdf_spec(c), f, ensure_ascii=False)
        run(['php', os.path.join(HERE, 'php', 'tcpdf_engine.php'), src, out])
    elif p == 'rl_canvas':
        EL.render_reportlab(EL.Flow(c), out, meta)
    elif p == 'rl_platypus':
        EF.build_platypus(c, out)
    elif p == 'acroform':
        fl = EL.Flow(c, acro=True)
        blank = os.path.join(WORK, cid + '.form.pdf')
        filled = os.path.join(WORK, cid + '.filled.pdf')
        EL.render_reportlab(fl, blank, meta)
        fill_form(blank, filled, EL.field_values(fl))
        run(['qpdf', '--generate-appearances', '--flatten-annotations=all', filled, out], ok=(0, 3))
    elif p == 'ghostscript':
        src = os.path.join(WORK, cid + '.ps')
        with open(src, 'w', encoding='latin-1') as f:
            f.write(EL.to_postscript(EL.Flow(c), meta))
        run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.6',
             '-sOutputFile=' + out, src])
    else:
        raise ValueError(p)
    g = dict(c['gold'])
    g['points'] = points(g['credits'], g['unit'])
    gold = dict(style=c['style'], producer=p, layout=c['layout'], notes=c['notes'])
    gold.update(g)
    gold = {k: gold[k] for k in GOLD_KEYS}
    with open(os.path.join(HERE, cid + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write('\n')


def main(argv):
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(PROF, exist_ok=True)
    want = set(argv[1:])
    for c in certs.CERTS:
        if want and c['id'] not in want:
            continue
        print('building', c['id'], c['producer'])
        produce(c)
    import make_readme
    make_readme.main()


if __name__ == '__main__':
    main(sys.argv)
