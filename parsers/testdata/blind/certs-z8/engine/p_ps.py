"""zh37-zh40: hand-written PostScript rendered with Ghostscript (pdfwrite)."""
import os

from .common import cert, ps_pdf, ENGINE
from .p_rlcanvas import wrap

SPECIAL = {"\u2013": 128, "\u2014": 129, "\u2018": 130, "\u2019": 131, "\u201c": 132, "\u201d": 133,
           "\u2022": 134, "\u2122": 135, "\u00b7": 136}


def s(text):
    """PostScript string literal in CertEncoding (see prelude.ps)."""
    out = []
    for ch in text:
        code = SPECIAL.get(ch, ord(ch))
        if code > 255:
            raise ValueError("character not encodable: %r" % ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif code < 32 or code > 126:
            out.append("\\%03o" % code)
        else:
            out.append(ch)
    return "(" + "".join(out) + ")"


class PS:
    def __init__(self, w, h, title):
        self.lines = ["%!PS-Adobe-3.0", "%%%%BoundingBox: 0 0 %d %d" % (w, h),
                      "<< /PageSize [%d %d] >> setpagedevice" % (w, h)]
        with open(os.path.join(ENGINE, "prelude.ps")) as f:
            self.lines.append(f.read())
        self.lines.append("[ /Title %s /Creator (certs-z8 hand-written PostScript) /DOCINFO pdfmark" % s(title))
        self.w, self.h = w, h

    def font(self, name, size):
        self.lines.append("/X-%s %.2f F" % (name, size))

    def rgb(self, c):
        self.lines.append("%d %d %d RGB" % c)

    def text(self, x, y, txt, align="left", font=None, size=None, color=None):
        if font:
            self.font(font, size)
        if color is not None:
            self.rgb(color)
        op = {"left": "L", "center": "C", "right": "R"}[align]
        self.lines.append("%s %.2f %.2f %s" % (s(txt), x, y, op))

    def lines_of(self, x, y, rows, leading, align="left", font=None, size=None, color=None):
        if font:
            self.font(font, size)
        if color is not None:
            self.rgb(color)
        for r in rows:
            self.text(x, y, r, align)
            y -= leading
        return y

    def fill(self, x, y, w, h, color):
        self.rgb(color)
        self.lines.append("%.2f %.2f %.2f %.2f FILLBOX" % (x, y, w, h))

    def stroke(self, x, y, w, h, color, lw=0.6):
        self.rgb(color)
        self.lines.append("%.2f %.2f %.2f %.2f %.2f STROKEBOX" % (x, y, w, h, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6):
        self.rgb(color)
        self.lines.append("%.2f %.2f %.2f %.2f %.2f LINE" % (x2, y2, x1, y1, lw))

    def raw(self, code):
        self.lines.append(code)

    def source(self):
        return ("\n".join(self.lines + ["showpage", "%%EOF", ""])).encode("latin-1")


GREY = (105, 105, 105)
BLACK = (0, 0, 0)


# ---------------------------------------------------------------- zh37 ASM landscape certificate
def build_zh37():
    W, H = 792, 612
    p = PS(W, H, "ASM Certificate of Attendance")
    navy, gold = (16, 52, 96), (190, 150, 60)
    p.stroke(22, 22, W - 44, H - 44, navy, 5)
    p.stroke(32, 32, W - 64, H - 64, gold, 1.2)
    for cx, cy in [(32, 32), (W - 32, 32), (32, H - 32), (W - 32, H - 32)]:
        p.rgb(gold)
        p.raw("newpath %.1f %.1f moveto 9 9 rlineto 9 -9 rlineto -9 -9 rlineto closepath fill" % (cx - 9, cy))
    p.text(W / 2, 530, "American Society for Microbiology", "center", "Palatino-Bold", 24, navy)
    p.fill(W / 2 - 120, 517, 240, 1.2, gold)
    p.text(W / 2, 470, "Certificate of Attendance", "center", "ZapfChancery-MediumItalic", 40, BLACK)
    p.text(W / 2, 432, "This is to certify that", "center", "Palatino-Italic", 13, GREY)
    p.text(W / 2, 398, "Bérénice Chastain, PhD", "center", "Palatino-Bold", 26, BLACK)
    p.text(W / 2, 368, "attended the", "center", "Palatino-Italic", 13, GREY)
    p.text(W / 2, 344, "Live Webinar", "center", "Helvetica-Bold", 10.5, gold)
    p.lines_of(W / 2, 318, ["Fungal Identification by MALDI-TOF Mass Spectrometry:",
                            "Building and Validating an In-House Spectral Library"], 22, "center", "Palatino-Bold", 18, navy)
    p.text(W / 2, 252, "12 November 2024", "center", "Palatino-Roman", 14, BLACK)
    p.text(W / 2, 226, "1.0 P.A.C.E.\u00ae contact hour   \u00b7   Activity: ASM-W-2411", "center", "Helvetica", 11, BLACK)
    p.lines_of(W / 2, 190, ["ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the",
                            "ASCLS P.A.C.E.\u00ae Program. Participants must attend the full live broadcast to receive credit."],
               11, "center", "Helvetica", 8, (70, 70, 70))
    p.line(120, 120, 320, 120)
    p.line(472, 120, 672, 120)
    p.lines_of(220, 106, ["Ravindra Okonjo-Hale, PhD, D(ABMM)", "Chair, Professional Development Committee"], 11, "center",
               "Helvetica", 8.5, BLACK)
    p.lines_of(572, 106, ["Certificate issued 11/19/2024", "Attendee ID 55-48120"], 11, "center", "Helvetica", 8.5, GREY)
    ps_pdf("zh37", p.source())


# ---------------------------------------------------------------- zh38 vendor operator certification / training record
def build_zh38():
    W, H = 612, 792
    p = PS(W, H, "Operator Training Record")
    red, dark = (170, 35, 45), (40, 40, 40)
    p.fill(0, 736, W, 56, dark)
    p.fill(0, 732, W, 4, red)
    p.text(40, 760, "Verantis Diagnostics", "left", "AvantGarde-Demi", 22, (255, 255, 255))
    p.text(40, 744, "Technical Education Services", "left", "AvantGarde-Book", 10, (220, 220, 220))
    p.text(W - 40, 756, "TRAINING RECORD", "right", "Helvetica-Bold", 12, (255, 255, 255))
    p.text(40, 690, "Certificate of Operator Training", "left", "NewCenturySchlbk-Bold", 20, BLACK)
    rows = [("Trainee", "KENJI WATANABE-HOLT"), ("Facility", "Pinecrest Regional Medical Center, Respiratory Therapy Laboratory"),
            ("Training", "Point-of-Care Blood Gas Analyzer Operator Certification: VX-300 System"),
            ("Training ID:", "VX3-OC-0227"), ("Date trained", "02/27/2025"), ("Certification expires", "02/27/2026"),
            ("Trainer ID", "T-4471")]
    y = 650
    for k, v in rows:
        p.text(40, y, k, "left", "Helvetica", 9, GREY)
        p.text(170, y, v, "left", "Helvetica-Bold", 10.5 if k != "Training" else 11, BLACK)
        p.line(40, y - 6, W - 40, y - 6, (210, 210, 210), 0.4)
        y -= 24
    y -= 10
    p.text(40, y, "Topics covered", "left", "Helvetica-Bold", 10, red)
    y -= 8
    p.fill(40, y - 18, W - 80, 18, (238, 238, 238))
    p.text(48, y - 12, "Topic", "left", "Helvetica-Bold", 8.5, BLACK)
    p.text(W - 48, y - 12, "Hours", "right", "Helvetica-Bold", 8.5, BLACK)
    y -= 18
    for topic, hrs in [("Analyzer principles, sensors and calibration cycles", "1.0"),
                       ("Sample collection, air bubbles and mixing errors", "1.0"),
                       ("Quality control, cartridge lot acceptance and documentation", "0.5"),
                       ("Troubleshooting and observed competency assessment", "0.5")]:
        p.text(48, y - 13, topic, "left", "Helvetica", 9.5, BLACK)
        p.text(W - 48, y - 13, hrs, "right", "Helvetica", 9.5, BLACK)
        p.line(40, y - 18, W - 40, y - 18, (200, 200, 200), 0.4)
        y -= 18
    p.text(48, y - 14, "Total", "left", "Helvetica-Bold", 9.5, BLACK)
    p.text(W - 48, y - 14, "3.0", "right", "Helvetica-Bold", 9.5, BLACK)
    y -= 44
    p.text(40, y, "Continuing education: 3.0 contact hours (P.A.C.E.\u00ae)", "left", "Helvetica-Bold", 11.5, BLACK)
    p.lines_of(40, y - 22, ["Verantis Diagnostics is approved as a provider of continuing education programs in the clinical laboratory",
                            "sciences by the ASCLS P.A.C.E.\u00ae Program. Operator certification must be renewed annually by completing",
                            "the competency assessment; continuing education hours are awarded only for the initial training."],
               11.5, "left", "Helvetica", 8.5, (70, 70, 70))
    p.line(40, 150, 250, 150)
    p.line(W - 250, 150, W - 40, 150)
    p.lines_of(40, 137, ["Hollis Marchand, RRT, Clinical Education Specialist", "Verantis Diagnostics"], 11, "left", "Helvetica", 8.5, BLACK)
    p.text(W - 40, 137, "Trainee signature", "right", "Helvetica", 8.5, BLACK)
    p.text(W / 2, 40, "VTD-TES-F112 rev 4  \u00b7  Record generated 03/03/2025", "center", "Helvetica", 7, GREY)
    ps_pdf("zh38", p.source())


# ---------------------------------------------------------------- zh39 academic medical center, joint accreditation
def build_zh39():
    W, H = 612, 792
    p = PS(W, H, "Certificate of Participation")
    green = (30, 90, 60)
    p.stroke(30, 30, W - 60, H - 60, green, 1)
    p.text(W / 2, 724, "Riverstone Academic Medical Center", "center", "Times-Bold", 22, green)
    p.text(W / 2, 704, "Office of Continuing Medical Education", "center", "Times-Italic", 12, BLACK)
    p.line(150, 694, W - 150, 694, green, 0.8)
    p.text(W / 2, 650, "CERTIFICATE OF PARTICIPATION", "center", "Helvetica-Bold", 14, BLACK)
    p.text(W / 2, 618, "Dr. Edmund Hargreaves III, PhD, HCLD(ABB)", "center", "Times-Bold", 20, BLACK)
    p.text(W / 2, 596, "participated in the following accredited activity", "center", "Times-Italic", 11, GREY)
    p.lines_of(W / 2, 564, ["Pathology Grand Rounds: Liquid Biopsy and Circulating Tumor DNA",
                            "in Solid Tumor Management"], 19, "center", "Times-Bold", 15, green)
    p.text(W / 2, 512, "Grand Rounds date: Wednesday, October 16, 2024     Session ID 24-GR-1016", "center", "Helvetica", 10, BLACK)
    # two columns: credit table on the left, accreditation statement on the right
    x0, y0, cw = 52, 460, [150, 52, 52]
    p.text(x0, y0 + 30, "CREDIT SUMMARY", "left", "Helvetica-Bold", 8.5, green)
    p.text(350, y0 + 30, "ACCREDITATION", "left", "Helvetica-Bold", 8.5, green)
    p.line(334, y0 + 40, 334, y0 - 170, (170, 190, 175), 0.6)
    p.fill(x0, y0, sum(cw), 20, (225, 236, 228))
    hdr = ["Credit type", "Available", "Claimed"]
    rows = [("AMA PRA Category 1 Credit\u2122", "1.00", "\u2014"), ("ANCC contact hours", "1.00", "\u2014"),
            ("ACPE contact hours", "1.00", "\u2014"), ("P.A.C.E.\u00ae contact hours", "1.00", "1.00")]
    p.text(x0 + 5, y0 + 6, hdr[0], "left", "Helvetica-Bold", 8.5, BLACK)
    p.text(x0 + cw[0] + cw[1] / 2, y0 + 6, hdr[1], "center")
    p.text(x0 + cw[0] + cw[1] + cw[2] / 2, y0 + 6, hdr[2], "center")
    y = y0
    for a, b, c in rows:
        y -= 20
        p.text(x0 + 5, y + 6, a, "left", "Helvetica", 8.8, BLACK)
        p.text(x0 + cw[0] + cw[1] / 2, y + 6, b, "center")
        p.text(x0 + cw[0] + cw[1] + cw[2] / 2, y + 6, c, "center")
        p.line(x0, y, x0 + sum(cw), y, (170, 190, 175), 0.5)
    p.stroke(x0, y, sum(cw), y0 + 20 - y, (120, 150, 130), 0.6)
    p.lines_of(x0, y - 20, ["Credit claimed on 10/20/2024 by the participant.", "Only the claimed credit type is reported."],
               11, "left", "Helvetica-Oblique", 8.5, GREY)
    statement = ("In support of improving patient care, Riverstone Academic Medical Center is jointly accredited by the "
                 "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
                 "Education (ACPE), and the American Nurses Credentialing Center (ANCC) to provide continuing education for "
                 "the healthcare team. The Office of Continuing Medical Education is approved as a provider of continuing "
                 "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")
    p.lines_of(350, y0 + 12, wrap(statement, "Helvetica", 8, 205), 11, "left", "Helvetica", 8, (60, 60, 60))
    p.line(90, 150, 280, 150)
    p.line(W - 280, 150, W - 90, 150)
    p.lines_of(185, 137, ["Constance Afolabi-Reyes, MD", "Director, Continuing Medical Education"], 11, "center", "Helvetica", 8.5, BLACK)
    p.lines_of(W - 185, 137, ["Viktor Lindgren, MD, PhD", "Chair, Department of Pathology"], 11, "center", "Helvetica", 8.5, BLACK)
    p.text(W / 2, 48, "CME record 2024-1016-0387  \u00b7  Printed 10/20/2024", "center", "Helvetica", 7, GREY)
    ps_pdf("zh39", p.source())


# ---------------------------------------------------------------- zh40 CLSI, left sidebar
def build_zh40():
    W, H = 612, 792
    p = PS(W, H, "CLSI Certificate of Completion")
    green = (0, 105, 80)
    p.fill(0, 0, 170, H, green)
    p.text(24, 720, "CLSI", "left", "Helvetica-Bold", 36, (255, 255, 255))
    p.lines_of(24, 696, ["Clinical and", "Laboratory Standards", "Institute"], 12, "left", "Helvetica", 9.5, (215, 240, 230))
    p.lines_of(24, 90, ["Order No. 7730215", "Enrollment 2025-04-28", "Access expires 2026-04-28"], 12, "left", "Helvetica", 8,
               (215, 240, 230))
    x = 205
    p.text(x, 700, "Certificate of Completion", "left", "Bookman-Light", 26, BLACK)
    p.text(x, 660, "Awarded to", "left", "Helvetica", 10, GREY)
    p.text(x, 636, "Yasmin Haddad, MT(AMT)", "left", "Bookman-Demi", 20, BLACK)
    p.text(x, 520, "Self-Study", "left", "Helvetica-Bold", 9.5, green)
    p.lines_of(x, 498, ["Quality Management System Essentials:", "Nonconforming Event Management"], 20, "left",
               "Bookman-Demi", 15.5, BLACK)
    y = 430
    for k, v in [("Course Code:", "QMS-NCE-201"), ("Completion date:", "2025-05-06"), ("Credit:", "2.0 P.A.C.E.\u00ae contact hours"),
                 ("Assessment:", "passed (score 88%)")]:
        p.text(x, y, k, "left", "Helvetica", 9.5, GREY)
        p.text(x + 105, y, v, "left", "Helvetica-Bold", 10.5, BLACK)
        y -= 20
    p.lines_of(x, 320, ["The Clinical and Laboratory Standards Institute is approved as a provider of continuing",
                        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
                        "This self-paced course includes six lessons and a final assessment; credit is granted once."],
               11.5, "left", "Helvetica", 8.3, (60, 60, 60))
    p.line(x, 170, x + 200, 170)
    p.lines_of(x, 157, ["Ingeborg Sandoval-Pike, MS, MT(ASCP)", "Director, Education and Training"], 11, "left", "Helvetica", 8.5, BLACK)
    ps_pdf("zh40", p.source())


CERTS = [
    cert("zh37", "ASM", "ghostscript-ps",
         ["landscape-border", "landscape", "provider-logo-heading", "format-line", "wrapped-title", "name-accent",
          "name-credentials", "multi-date", "id-colon", "distractor-ids", "signature"],
         "Ornate landscape PostScript certificate; Live Webinar above a 2-line title; issued date and attendee ID distractors.",
         "Bérénice Chastain",
         "Fungal Identification by MALDI-TOF Mass Spectrometry: Building and Validating an In-House Spectral Library",
         "2024-11-12", 1.0, "contact hour", ["American Society for Microbiology", "ASM"], "ASM-W-2411", build_zh37),
    cert("zh38", "vendor", "ghostscript-ps",
         ["training-record", "label-value", "session-table", "provider-department", "name-caps", "name-hyphen",
          "multi-date", "id-colon", "distractor-ids", "signature", "footer"],
         "Vendor operator certification record with label/value rows and topic-hours table; certification expiry and generated date distractors; trainer ID.",
         "KENJI WATANABE-HOLT", "Point-of-Care Blood Gas Analyzer Operator Certification: VX-300 System",
         "2025-02-27", 3.0, "contact hour",
         ["Verantis Diagnostics", "Verantis Diagnostics, Technical Education Services"], "VX3-OC-0227", build_zh38),
    cert("zh39", "joint-accreditation", "ghostscript-ps",
         ["cme-credit-table", "two-column", "wrapped-title", "provider-department", "provider-accreditation-sentence", "name-honorific",
          "name-suffix", "name-credentials", "multi-date", "multi-credit", "id-no-colon", "distractor-ids", "signature", "footer"],
         "Academic CME office certificate; 'Pathology Grand Rounds:' series prefix in a 2-line title; two columns: credit table AMA/ANCC/ACPE/P.A.C.E. beside the accreditation statement; claim/print dates; CME record number.",
         "Edmund Hargreaves III",
         "Pathology Grand Rounds: Liquid Biopsy and Circulating Tumor DNA in Solid Tumor Management",
         "2024-10-16", 1.0, "contact hour",
         ["Riverstone Academic Medical Center", "Riverstone Academic Medical Center, Office of Continuing Medical Education"],
         "24-GR-1016", build_zh39),
    cert("zh40", "CLSI", "ghostscript-ps",
         ["sidebar", "label-value", "provider-logo-heading", "format-line", "wrapped-title", "name-credentials",
          "multi-date", "id-colon", "distractor-ids", "signature"],
         "Green left sidebar with wordmark, order number, enrollment and access-expiry dates; Self-Study above a 2-line title.",
         "Yasmin Haddad", "Quality Management System Essentials: Nonconforming Event Management",
         "2025-05-06", 2.0, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"], "QMS-NCE-201", build_zh40),
]
