#!/usr/bin/python3
"""Build the m-series blind test set of CE certificates (PDF + gold JSON).

Producers: ReportLab canvas, ReportLab AcroForm (+ qpdf flatten), Ghostscript (PostScript),
FPDF (PHP), TCPDF (PHP writeHTML), Chromium headless (HTML), LibreOffice (python-docx .docx).
Run:  /usr/bin/python3 build.py
"""
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine  # noqa: E402
import certs_engine  # noqa: E402
import certs_other  # noqa: E402
import certs_docx  # noqa: E402

PREFIX = 'm'
SRC = os.path.join(HERE, 'src')

TCPDF_TMPL = r'''<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('%(orient)s', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF');
$pdf->SetTitle('Certificate');
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetMargins(%(margin)d, %(margin)d, %(margin)d);
$pdf->SetAutoPageBreak(false);
$pdf->SetFont('%(font)s', '', 11);
$pdf->AddPage();
%(extra)s
$html = <<<'EOT'
%(html)s
EOT;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output('%(out)s', 'F');
'''

EXTRA = {
    '': '',
    'frame': "$pdf->SetLineStyle(array('width'=>3,'color'=>array(120,120,120)));$pdf->Rect(24,24,744,564);"
             "$pdf->SetLineStyle(array('width'=>0.8,'color'=>array(47,111,126)));$pdf->Rect(34,34,724,544);",
    'seal': "$pdf->SetLineStyle(array('width'=>2,'color'=>array(20,60,110)));$pdf->Circle(520,640,42);"
            "$pdf->SetLineStyle(array('width'=>0.6,'color'=>array(20,60,110)));$pdf->Circle(520,640,36);"
            "$pdf->SetTextColor(20,60,110);$pdf->SetFont('helvetica','B',7);$pdf->Text(496,628,'OFFICIAL SEAL');"
            "$pdf->SetTextColor(0,0,0);$pdf->SetFont('times','',11);$pdf->SetXY(72,72);",
}


def fn(num, ext):
    return '%s%02d%s' % (PREFIX, num, ext)


def main():
    t0 = time.time()
    os.makedirs(SRC, exist_ok=True)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and (f.endswith('.pdf') or f.endswith('.gold.json')):
            os.remove(os.path.join(HERE, f))
    allc = sorted(certs_engine.CERTS + certs_other.CERTS, key=lambda c: c['num'])
    assert [c['num'] for c in allc] == list(range(1, 41)), [c['num'] for c in allc]
    jobs = []        # (cmd, cwd, post) run in parallel
    docx_files = []
    post = []        # callables after jobs
    for c in allc:
        n, prod = c['num'], c['producer']
        out = os.path.join(HERE, fn(n, '.pdf'))
        if prod == 'reportlab':
            engine.render_reportlab(c['fn'](), out)
        elif prod == 'reportlab-acroform':
            form = os.path.join(SRC, fn(n, '.form.pdf'))
            engine.render_reportlab(c['fn'](), form, acroform=True)
            jobs.append(['qpdf', '--generate-appearances', '--flatten-annotations=all', form, out])
        elif prod == 'ghostscript':
            ps = os.path.join(SRC, fn(n, '.ps'))
            engine.render_ps(c['fn'](), ps)
            jobs.append(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + out, ps])
        elif prod == 'fpdf':
            php = os.path.join(SRC, fn(n, '.php'))
            engine.render_fpdf(c['fn'](), php, out)
            jobs.append(['php', php])
        elif prod == 'tcpdf':
            spec = c['fn']()
            php = os.path.join(SRC, fn(n, '.php'))
            margin = 72 if spec['extra'] == 'seal' else 54
            open(php, 'w').write(TCPDF_TMPL % dict(orient=spec['orient'], margin=margin, font=spec['font'],
                                                   extra=EXTRA[spec['extra']], html=spec['html'].strip(), out=out))
            jobs.append(['php', php])
        elif prod == 'chromium':
            html = os.path.join(SRC, fn(n, '.html'))
            open(html, 'w', encoding='utf-8').write(c['fn']())
            prof = os.path.join(SRC, 'chrome-profile-%02d' % n)
            jobs.append(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                         '--user-data-dir=' + prof, '--print-to-pdf=' + out, 'file://' + html])
        elif prod == 'soffice-docx':
            dx = os.path.join(SRC, fn(n, '.docx'))
            certs_docx.BUILD[n](dx)
            docx_files.append((dx, out))
        else:
            raise ValueError(prod)
        g = dict(c['gold'])
        json.dump(g, open(os.path.join(HERE, fn(n, '.gold.json')), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    if docx_files:
        prof = 'file://' + os.path.join(SRC, 'lo-profile')
        jobs.append(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf', '--outdir', SRC]
                    + [d for d, _ in docx_files])
    procs = []
    running = []
    for cmd in jobs:
        while len(running) >= 8:
            for p in running[:]:
                if p.poll() is not None:
                    running.remove(p)
            time.sleep(0.05)
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        procs.append((cmd, p))
        running.append(p)
    for cmd, p in procs:
        o, e = p.communicate()
        if p.returncode != 0:
            print('FAILED', ' '.join(cmd[:3]), e.decode(errors='replace')[-800:])
    for dx, out in docx_files:
        shutil.move(dx[:-5] + '.pdf', out)
    for d in os.listdir(SRC):
        if d.startswith('chrome-profile') or d == 'lo-profile':
            shutil.rmtree(os.path.join(SRC, d), ignore_errors=True)
    missing = [c['num'] for c in allc if not os.path.exists(os.path.join(HERE, fn(c['num'], '.pdf')))]
    print('built %d certificates in %.1fs; missing: %s' % (len(allc) - len(missing), time.time() - t0, missing))


if __name__ == '__main__':
    main()
