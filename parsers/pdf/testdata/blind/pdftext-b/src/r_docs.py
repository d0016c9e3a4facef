"""reportlab-generated documents (Debian python3-reportlab, /usr/bin/python3)."""
import io
import os
import random

from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from pdfw import gold, out
from data import COURSES, HEADER, total

W, H = 612, 792
DJ = '/usr/share/fonts/truetype/dejavu/'


def rot90_transcript():
    name = 'rotated-1-reportlab'
    # reportlab swaps the MediaBox of a page rotated by 90, so give the landscape size to get a 612x792 MediaBox
    c = canvas.Canvas(out(name + '.pdf'), pagesize=(H, W))
    pages = []
    for pi, chunk in enumerate([COURSES[:11], COURSES[11:]]):
        c.setPageRotation(90)
        c.saveState()
        c.transform(0, 1, -1, 0, W, 0)   # landscape coordinates 792 x 612, upright after /Rotate 90
        L = []
        c.setFont('Helvetica-Bold', 16)
        c.drawString(50, 560, 'Mercy Valley Health - Laboratory Continuing Education')
        L.append('Mercy Valley Health - Laboratory Continuing Education')
        c.setFont('Helvetica', 11)
        c.drawString(50, 540, 'Staff member: Anneliese Okoro-Villanueva, MLS(ASCP)CM')
        c.drawRightString(742, 540, 'Page %d of 2' % (pi + 1))
        L.append('Staff member: Anneliese Okoro-Villanueva, MLS(ASCP)CM Page %d of 2' % (pi + 1))
        y = 505
        cols = [50, 430, 560, 640]
        c.setFont('Helvetica-Bold', 10.5)
        for x, h in zip(cols, HEADER):
            c.drawString(x, y, h)
        L.append(' '.join(HEADER))
        c.line(50, y - 5, 742, y - 5)
        y -= 22
        c.setFont('Helvetica', 10.5)
        for r in chunk:
            for x, v in zip(cols, r):
                c.drawString(x, y, v)
            L.append(' '.join(r))
            y -= 17
        if pi == 1:
            c.setFont('Helvetica-Bold', 11)
            c.drawString(50, y - 10, 'Total credits 2024: %s' % total(COURSES))
            L.append('Total credits 2024: %s' % total(COURSES))
        c.restoreState()
        c.showPage()
        pages.append(L)
    c.save()
    gold(name, 'rotated', 'reportlab', 'Portrait MediaBox 612x792 with /Rotate 90 on both pages; content drawn through '
         '"0 1 -1 0 612 0 cm" so it reads upright as landscape. Right-aligned page number shares the staff line '
         'baseline. reportlab standard-14 fonts have no /Widths.', pages)


def spaced_tc_tz():
    name = 'spaced-3-reportlab'
    c = canvas.Canvas(out(name + '.pdf'), pagesize=(W, H))
    L = []

    def line(x, y, font, size, s, cs=0, hs=100, ws=0):
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(cs)
        t.setHorizScale(hs)
        t.setWordSpace(ws)
        t.textOut(s)
        c.drawText(t)
        return pdfmetrics.stringWidth(s, font, size) * hs / 100.0 + cs * len(s) * hs / 100.0 + ws * s.count(' ') * hs / 100.0

    line(60, 710, 'Helvetica-Bold', 18, 'CERTIFICATE OF ACHIEVEMENT', cs=6)
    L.append('CERTIFICATE OF ACHIEVEMENT')
    line(60, 688, 'Times-Roman', 12, 'Great Lakes Society for Clinical Laboratory Science', cs=1.2)
    L.append('Great Lakes Society for Clinical Laboratory Science')
    w = line(60, 640, 'Helvetica', 12, 'Participant: ', cs=0)
    line(60 + w, 640, 'Helvetica-Bold', 12, 'ELEANOR VASQUEZ-TIMMONS', cs=3.5)
    L.append('Participant: ELEANOR VASQUEZ-TIMMONS')
    line(60, 615, 'Helvetica', 12, 'Credential: MLS(ASCP)CM, SH(ASCP)', hs=150)
    L.append('Credential: MLS(ASCP)CM, SH(ASCP)')
    line(60, 580, 'Helvetica', 12, 'Course: Automated Hematology Analyzer Flags and Smear Review Criteria', hs=72)
    L.append('Course: Automated Hematology Analyzer Flags and Smear Review Criteria')
    line(60, 560, 'Helvetica', 12, 'Completed: 03/21/2024 Credits: 1.5 P.A.C.E. Format: Self-study', cs=-0.4)
    L.append('Completed: 03/21/2024 Credits: 1.5 P.A.C.E. Format: Self-study')
    line(60, 530, 'Times-Roman', 11, 'This activity meets the ASCP BOC CMP requirement for hematology.', ws=6)
    L.append('This activity meets the ASCP BOC CMP requirement for hematology.')
    w = line(60, 490, 'Helvetica-Bold', 11, 'SCORE', cs=5)
    line(60 + w + 8, 490, 'Helvetica', 11, '91% (pass mark 70%)')
    L.append('SCORE 91% (pass mark 70%)')
    w = line(60, 470, 'Helvetica-Bold', 11, 'STATUS', cs=5, hs=120)
    line(60 + w + 8, 470, 'Helvetica', 11, 'Complete')
    L.append('STATUS Complete')
    line(60, 400, 'Helvetica', 10, 'Verify at glscls.example/verify  code  R7T-22K-9QP', cs=0.8, hs=90)
    L.append('Verify at glscls.example/verify code R7T-22K-9QP')
    c.showPage()
    c.save()
    gold(name, 'spaced', 'reportlab', 'Letter spacing by Tc: title Tc 6 at 18pt (wider than the 5pt space), subtitle Tc 1.2, '
         'capital name Tc 3.5 right after a normal "Participant: " run on the same baseline, "SCORE"/"STATUS" Tc 5 '
         '(STATUS also Tz 120) then a separate run 8pt later. Horizontal scaling Tz 150 and Tz 72; negative Tc -0.4; '
         'word spacing Tw 6. Standard-14 fonts without /Widths. pdftotext and mutool are WRONG on the Tc lines '
         '(they split ELEANOR VASQUEZ-TIMMONS, SCORE, STATUS and even the Tc 1.2 subtitle into letters/fragments).', [L])


def macroman_rl():
    name = 'macroman-3-reportlab'
    pdfmetrics.registerFont(pdfmetrics.Font('Helv-Mac', 'Helvetica', 'MacRomanEncoding'))
    pdfmetrics.registerFont(pdfmetrics.Font('HelvB-Mac', 'Helvetica-Bold', 'MacRomanEncoding'))
    pdfmetrics.registerFont(pdfmetrics.Font('Times-Mac', 'Times-Roman', 'MacRomanEncoding'))
    c = canvas.Canvas(out(name + '.pdf'), pagesize=(W, H))
    L = []
    items = [
        ('HelvB-Mac', 17, 'Clinique Universitaire Saint-Fran\u00e7ois'),
        ('Times-Mac', 12, 'Biologie m\u00e9dicale \u2013 Formation continue'),
        ('Helv-Mac', 13, 'Attestation de participation'),
        ('Helv-Mac', 12, 'D\u00e9livr\u00e9e \u00e0 : Ma\u00eblle Besan\u00e7on-N\u00fa\u00f1ez'),
        ('Helv-Mac', 12, 'Module : \u00ab H\u00e9mostase et anticoagulants oraux directs \u00bb'),
        ('Helv-Mac', 12, 'Dur\u00e9e : 2 h \u2022 Cr\u00e9dits : 2.0 \u2022 Date : 14/06/2024'),
        ('Times-Mac', 12, 'L\u2019\u00e9quipe p\u00e9dagogique vous f\u00e9licite \u2014 \u201cbravo\u201d !'),
        ('Times-Mac', 11, 'Responsable : Pr. Ir\u00e8ne Lef\u00e8vre-\u00d6zt\u00fcrk'),
    ]
    y = 700
    for f, size, s in items:
        c.setFont(f, size)
        c.drawString(72, y, s)
        L.append(s)
        y -= size + 14
    c.showPage()
    c.save()
    gold(name, 'macroman', 'reportlab', 'reportlab fonts registered with MacRomanEncoding: /Encoding /MacRomanEncoding, bytes '
         'like \\216 (e acute) and \\325 (right quote), guillemets \\307/\\310. Quirk: reportlab\'s MacRoman table has no '
         'space, so every space is drawn as a separate ( ) Tj in the /Symbol font (F-number switch mid-line).', [L])


def symbol_rl():
    name = 'symbol-2-reportlab'
    c = canvas.Canvas(out(name + '.pdf'), pagesize=(W, H))
    L = []
    c.setFont('Helvetica-Bold', 15)
    c.drawString(60, 720, 'AABB Immunohematology Reference Lab - Training Log')
    L.append('AABB Immunohematology Reference Lab - Training Log')
    c.setFont('Helvetica', 11)
    c.drawString(60, 700, 'Trainee: Cassius Ng-Abernethy   Supervisor: Ilse Vanterpool')
    L.append('Trainee: Cassius Ng-Abernethy Supervisor: Ilse Vanterpool')
    rows = [
        ('\u2714', [('Helvetica', 'Anti-'), ('Symbol', '\u03b2'), ('Helvetica', '2-glycoprotein I antibodies')], 'Anti-\u03b22-glycoprotein I antibodies', '1.0'),
        ('\u2714', [('Symbol', '\u03b1'), ('Helvetica', '-Thalassemia trait on CBC indices')], '\u03b1-Thalassemia trait on CBC indices', '0.5'),
        ('\u2714', [('Helvetica', 'Cord blood bilirubin > 85 '), ('Symbol', '\u00b5'), ('Helvetica', 'mol/L')], 'Cord blood bilirubin > 85 \u00b5mol/L', '0.5'),
        ('\u2718', [('Helvetica', 'Storage at 22 '), ('Symbol', '\u00b1'), ('Helvetica', ' 2 '), ('Symbol', '\u00b0'), ('Helvetica', 'C with agitation')], 'Storage at 22 \u00b1 2 \u00b0C with agitation', '1.0'),
        ('\u2714', [('Helvetica', 'Rh'), ('Symbol', '\u03a6'), ('Helvetica', ' and weak D typing (')], 'Rh\u03a6 and weak D typing (', None),
    ]
    y = 660
    for mark, runs, txt, cr in rows:
        c.setFont('ZapfDingbats', 11)
        c.drawString(60, y, mark)
        t = c.beginText(80, y)
        for f, s in runs:
            t.setFont(f, 11)
            t.textOut(s)
        if cr is None:
            t.setFont('Symbol', 11)
            t.textOut('\u2265')
            t.setFont('Helvetica', 11)
            t.textOut(' 18 years)')
            txt = txt + '\u2265 18 years)'
            cr = '1.0'
        c.drawText(t)
        c.setFont('Helvetica', 11)
        c.drawString(480, y, cr)
        L.append('%s %s %s' % (mark, txt, cr))
        y -= 20
    c.setFont('ZapfDingbats', 11)
    c.drawString(60, y - 10, '\u2714')
    c.setFont('Helvetica', 10)
    c.drawString(80, y - 10, '= signed off      ')
    c.setFont('ZapfDingbats', 11)
    c.drawString(170, y - 10, '\u2718')
    c.setFont('Helvetica', 10)
    c.drawString(190, y - 10, '= repeat required')
    L.append('\u2714 = signed off \u2718 = repeat required')
    c.showPage()
    c.save()
    gold(name, 'symbol', 'reportlab', 'reportlab Symbol and ZapfDingbats (built-in encodings, no /Encoding, no /Widths): '
         'alpha, beta, Phi, mu (gold U+00B5; U+03BC equivalent), plusminus, degree, greaterequal; dingbats a20 '
         '(U+2714) and a24 (U+2718) as separate runs at the left of each row. mutool is WRONG on the dingbats '
         '(emits 0x14/0x18) and splits rows into blocks; pdftotext matches.', [L])


def form_rl():
    name = 'form-1-reportlab'
    c = canvas.Canvas(out(name + '.pdf'), pagesize=(W, H))
    L = []
    c.setFont('Helvetica-Bold', 17)
    c.drawString(60, 720, 'Lakeshore Medical Center Laboratory')
    L.append('Lakeshore Medical Center Laboratory')
    c.setFont('Helvetica', 12)
    c.drawString(60, 700, 'In-Service Education Record (fillable)')
    L.append('In-Service Education Record (fillable)')
    form = c.acroForm
    fields = [('employee', 'Employee:', 'Yusuf Halvorsen-Adeyemi'),
              ('dept', 'Department:', 'Microbiology'),
              ('topic', 'Topic:', 'MALDI-TOF Identification Pitfalls'),
              ('date', 'Date:', '05/22/2024'),
              ('hours', 'Contact hours:', '1.0')]
    y = 650
    for key, lab, val in fields:
        c.setFont('Helvetica-Bold', 11)
        c.drawString(60, y, lab)
        form.textfield(name=key, value=val, x=170, y=y - 6, width=300, height=20, fontName='Helvetica', fontSize=11,
                       borderWidth=1, borderColor=None, fillColor=None, textColor=None, forceBorder=True)
        L.append(lab + ' ' + val)
        y -= 32
    c.setFont('Helvetica-Bold', 11)
    c.drawString(60, y, 'Comments:')
    comment = 'Reviewed 12 mixed cultures; no misidentifications.'
    form.textfield(name='comments', value=comment, x=170, y=y - 40, width=300, height=52, fontName='Helvetica',
                   fontSize=10, borderWidth=1, fieldFlags='multiline', forceBorder=True)
    L.append('Comments: ' + comment)
    y -= 80
    form.checkbox(name='competent', checked=True, x=60, y=y - 3, size=14, buttonStyle='check', borderWidth=1,
                  forceBorder=True)
    c.setFont('Helvetica', 11)
    c.drawString(84, y, 'Competency demonstrated')
    form.checkbox(name='retrain', checked=False, x=260, y=y - 3, size=14, buttonStyle='check', borderWidth=1,
                  forceBorder=True)
    c.drawString(284, y, 'Retraining needed')
    L.append('Competency demonstrated Retraining needed')
    c.showPage()
    c.save()
    gold(name, 'form', 'reportlab', 'reportlab AcroForm, filled and not flattened: values only in /V and the widget '
         'appearance streams (/Tx BMC ... EMC), field text on the label baselines. "comments" is a multiline field '
         '(Ff 4096, 52pt tall) holding one line (reportlab positions extra lines of a multiline value outside the '
         'box, so a one-line value was used). Check box "competent" is on but its appearance is a vector tick '
         '(no text); "retrain" is off. Labels are page content. mutool lists field values as separate blocks.', [L])


def logo_png():
    im = Image.new('RGB', (900, 600), (250, 250, 252))
    d = ImageDraw.Draw(im)
    for i in range(12):
        r = 260 - i * 18
        col = (20 + i * 12, 60 + i * 10, 120 + i * 8)
        d.ellipse((450 - r, 300 - r, 450 + r, 300 + r), outline=col, width=6)
    d.rectangle((430, 110, 470, 490), fill=(180, 30, 40))
    d.rectangle((260, 280, 640, 320), fill=(180, 30, 40))
    d.polygon([(120, 560), (450, 40), (780, 560)], outline=(40, 40, 40), width=5)
    buf = io.BytesIO()
    im.save(buf, 'PNG', optimize=True)
    buf.seek(0)
    return ImageReader(buf)


def coverpage_image():
    name = 'coverpage-1-reportlab'
    c = canvas.Canvas(out(name + '.pdf'), pagesize=(W, H))
    c.drawImage(logo_png(), 81, 300, width=450, height=300)
    c.setStrokeColorRGB(0.6, 0.1, 0.15)
    c.setLineWidth(4)
    c.rect(40, 40, 532, 712)
    c.showPage()
    L = []
    c.setFont('Helvetica-Bold', 16)
    c.drawString(60, 720, 'Pinecrest University Hospital - Laboratory Medicine')
    L.append('Pinecrest University Hospital - Laboratory Medicine')
    c.setFont('Helvetica', 12)
    c.drawString(60, 698, 'Annual Continuing Education Summary for Evander Mbeki-Rasmussen')
    L.append('Annual Continuing Education Summary for Evander Mbeki-Rasmussen')
    y = 660
    cols = [60, 330, 430, 490]
    c.setFont('Helvetica-Bold', 10)
    for x, h in zip(cols, HEADER):
        c.drawString(x, y, h)
    L.append(' '.join(HEADER))
    c.setFont('Helvetica', 10)
    y -= 18
    for r in COURSES[3:11]:
        for x, v in zip(cols, r):
            c.drawString(x, y, v)
        L.append(' '.join(r))
        y -= 16
    c.showPage()
    c.save()
    gold(name, 'coverpage', 'reportlab', 'Page 1 has only a raster logo (PNG image XObject) and a vector frame: no text at '
         'all. Page 2 has the text.', [[], L])


def scan_image(lines, seed=3):
    random.seed(seed)
    im = Image.new('L', (850, 1100), 255)
    d = ImageDraw.Draw(im)
    fb = ImageFont.truetype(DJ + 'DejaVuSerif-Bold.ttf', 34)
    fr = ImageFont.truetype(DJ + 'DejaVuSerif.ttf', 22)
    y = 150
    for i, s in enumerate(lines):
        f = fb if i == 0 else fr
        w = d.textlength(s, font=f)
        d.text(((850 - w) / 2, y), s, font=f, fill=30)
        y += 70 if i == 0 else 48
    d.rectangle((60, 60, 790, 1040), outline=60, width=4)
    im = im.rotate(0.8, resample=Image.BICUBIC, fillcolor=255)
    px = im.load()
    for _ in range(9000):
        x, yy = random.randrange(850), random.randrange(1100)
        px[x, yy] = random.choice((90, 140, 200))
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    im.save(buf, 'JPEG', quality=55)
    buf.seek(0)
    return ImageReader(buf)


def coverpage_lastscan():
    name = 'coverpage-4-reportlab'
    c = canvas.Canvas(out(name + '.pdf'), pagesize=(W, H))
    pages = []
    for pi, chunk in enumerate([COURSES[:7], COURSES[7:14]]):
        L = []
        c.setFont('Times-Bold', 15)
        c.drawString(60, 720, 'Tri-County Reference Laboratory - CE Portfolio')
        L.append('Tri-County Reference Laboratory - CE Portfolio')
        c.setFont('Times-Roman', 12)
        c.drawString(60, 700, 'Technologist: Florentyna Adebayo-Marsh   Section %d of 2' % (pi + 1))
        L.append('Technologist: Florentyna Adebayo-Marsh Section %d of 2' % (pi + 1))
        y = 660
        for r in chunk:
            c.drawString(60, y, r[0])
            c.drawString(350, y, r[1])
            c.drawString(440, y, r[2] + ' ' + r[3])
            L.append(' '.join(r))
            y -= 18
        c.showPage()
        pages.append(L)
    c.drawImage(scan_image(['Certificate of Completion', 'Tri-County Reference Laboratory', 'awarded to',
                            'Florentyna Adebayo-Marsh', 'Safety Training 2024', '1.0 contact hour',
                            'Signed 11/02/2024']), 0, 0, width=W, height=H)
    c.showPage()
    pages.append([])
    c.save()
    gold(name, 'coverpage', 'reportlab', 'Pages 1-2 have text. Page 3 (the LAST page) is an image-only scan (grayscale JPEG of '
         'a certificate, slightly skewed, with noise): no text layer, so its gold is []. The words visible in the '
         'scan are not extractable text.', pages)


if __name__ == '__main__':
    rot90_transcript()
    spaced_tc_tz()
    macroman_rl()
    symbol_rl()
    coverpage_image()
    coverpage_lastscan()
    form_rl()
