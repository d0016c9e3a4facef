"""Templates drawn with engine.Doc (reportlab canvas, AcroForm, FPDF, TCPDF,
Ghostscript).  Each takes (doc, d) where d is the printed data from certs.py.
Coordinates: points, top-left origin."""
import math

from certs import PACE

LAND = (792, 612)
PORT = (612, 792)


# ------------------------------------------------------------------ helpers
def border(doc, kind, col, m=22, col2=None):
    W, H = doc.W, doc.H
    if kind == "single":
        doc.stroke(col, 2.5)
        doc.rect(m, m, W - 2 * m, H - 2 * m)
    elif kind == "double":
        doc.stroke(col, 4)
        doc.rect(m, m, W - 2 * m, H - 2 * m)
        doc.stroke(col2 or col, 1)
        doc.rect(m + 9, m + 9, W - 2 * m - 18, H - 2 * m - 18)
    elif kind == "corners":
        doc.stroke(col, 0.8)
        doc.rect(m, m, W - 2 * m, H - 2 * m)
        doc.color(col)
        L, t = 60, 7
        for (x, y, sx, sy) in [(m, m, 1, 1), (W - m, m, -1, 1), (m, H - m, 1, -1), (W - m, H - m, -1, -1)]:
            doc.rect(min(x, x + sx * L), min(y, y + sy * t), L, t, "F")
            doc.rect(min(x, x + sx * t), min(y, y + sy * L), t, L, "F")
    elif kind == "guilloche":
        for i, lw in enumerate([3, 0.6, 0.6, 0.6, 1.5]):
            doc.stroke(col if i in (0, 4) else (col2 or col), lw)
            o = m + i * 4
            doc.rect(o, o, W - 2 * o, H - 2 * o)
        doc.color(col)
        for (x, y) in [(m + 8, m + 8), (W - m - 8, m + 8), (m + 8, H - m - 8), (W - m - 8, H - m - 8)]:
            doc.poly([(x, y - 10), (x + 10, y), (x, y + 10), (x - 10, y)], "F")


def logo(doc, kind, cx, cy, s, col, text=None, tcol="#ffffff", tsize=None, fam="sans"):
    doc.color(col)
    if kind == "circle":
        doc.ellipse(cx, cy, s, s, "F")
    elif kind == "hex":
        doc.poly([(cx + s * math.cos(math.radians(a)), cy + s * math.sin(math.radians(a)))
                  for a in range(30, 390, 60)], "F")
    elif kind == "drop":
        r = s * 0.62
        c0 = cy + s * 0.3
        pts = [(cx, cy - s)]
        for a in range(-30, 211, 12):
            pts.append((cx + r * math.cos(math.radians(a)), c0 + r * math.sin(math.radians(a))))
        doc.poly(pts, "F")
    elif kind == "shield":
        doc.poly([(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s * 0.2), (cx, cy + s * 1.1),
                  (cx - s, cy + s * 0.2)], "F")
    elif kind == "bars":
        for i, hh in enumerate([0.9, 1.5, 1.2]):
            doc.rect(cx - s + i * s * 0.72, cy + s - 2 * s * hh * 0.6, s * 0.5, 2 * s * hh * 0.6, "F")
    elif kind == "chevron":
        doc.poly([(cx - s, cy - s), (cx, cy + s * 0.2), (cx + s, cy - s), (cx + s, cy - s * 0.4),
                  (cx, cy + s), (cx - s, cy - s * 0.4)], "F")
    elif kind == "diamond":
        doc.poly([(cx, cy - s), (cx + s, cy), (cx, cy + s), (cx - s, cy)], "F")
    if text:
        doc.color(tcol)
        doc.font(fam, "B", tsize or s * 0.55)
        doc.text(cx, cy + (tsize or s * 0.55) * 0.35, text, "C")


def seal(doc, cx, cy, r, col, lines, size=6.5):
    doc.stroke(col, 1.6)
    doc.ellipse(cx, cy, r, r, "S")
    doc.stroke(col, 0.6)
    doc.ellipse(cx, cy, r - 5, r - 5, "S")
    pts = []
    for i in range(24):
        a = math.radians(i * 15)
        rr = r - 8 if i % 2 == 0 else r - 12
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    doc.stroke(col, 0.4)
    doc.poly(pts, "S")
    doc.color(col)
    doc.font("sans", "B", size)
    y = cy - (len(lines) - 1) * size * 0.6 + size * 0.35
    for ln in lines:
        doc.text(cx, y, ln, "C")
        y += size * 1.2


def sig(doc, x, y, w, name, role, col="#222222", fam="serif", script=True):
    doc.stroke("#555555", 0.7)
    doc.line(x, y, x + w, y)
    if script:
        doc.color("#1b2a6b")
        doc.font("serif", "I", 15)
        doc.text(x + 8, y - 6, name.split(",")[0])
    doc.color(col)
    doc.font(fam, "", 9)
    doc.text(x, y + 12, name)
    doc.font(fam, "I", 8.5)
    doc.text(x, y + 23, role)


def rows(doc, x, y, items, lw, vw, lf=("sans", "B", 10), vf=("sans", "", 10), lead=14, gap=6,
         lcol="#333333", vcol="#000000", field=False, bg="#ffffff"):
    for lab, val in items:
        doc.color(lcol)
        doc.font(*lf)
        doc.text(x, y, lab)
        doc.color(vcol)
        doc.font(*vf)
        vals = val if isinstance(val, list) else doc.wraplines(val, vw)
        yy = y
        for v in vals:
            if field:
                doc.field(x + lw, yy, vw, v, bg=bg)
            else:
                doc.text(x + lw, yy, v)
            yy += lead
        y = yy + gap
    return y


def para(doc, x, y, w, text, fam="sans", style="", size=8, col="#333333", align="C", lead=None):
    doc.color(col)
    doc.font(fam, style, size)
    return doc.wrap(x, y, w, text, lead or size * 1.3, align)


# ------------------------------------------------------------------ zk02
def aabb_land(doc, d):
    doc.page(*LAND)
    W = doc.W
    red = "#7a1020"
    border(doc, "double", red, col2="#b58a3c")
    logo(doc, "drop", W / 2, 68, 24, red)
    doc.color(red)
    doc.font("sans", "B", 22)
    doc.text(W / 2, 118, "AABB", "C", cs=3)
    doc.font("serif", "I", 11)
    doc.color("#444444")
    doc.text(W / 2, 134, d["org"], "C")
    doc.color("#111111")
    doc.font("serif", "B", 30)
    doc.text(W / 2, 180, "CERTIFICATE OF ATTENDANCE", "C", cs=2)
    doc.font("serif", "I", 14)
    doc.text(W / 2, 212, "presented to", "C")
    doc.font("serif", "B", 27)
    doc.color(red)
    doc.text(W / 2, 250, d["name"], "C")
    doc.stroke("#b58a3c", 1)
    doc.line(W / 2 - 170, 262, W / 2 + 170, 262)
    doc.color("#222222")
    doc.font("sans", "", 12)
    doc.text(W / 2, 288, d["lead"], "C")
    doc.font("sans", "B", 17)
    y = doc.wrap(W / 2, 314, 600, d["title"], 22, "C")
    doc.font("sans", "", 11.5)
    doc.text(W / 2, y + 6, d["date"], "C")
    doc.font("sans", "B", 11.5)
    doc.text(W / 2, y + 26, "Contact Hours: %s        Program Number: %s" % (d["hours"], d["program"]), "C")
    sig(doc, 80, 492, 220, d["signer"], d["signer_role"])
    seal(doc, W - 150, 478, 38, red, ["AABB", "EDUCATION", "P.A.C.E.\u00ae"])
    doc.color("#555555")
    doc.font("sans", "", 7.5)
    doc.text(W - 50, 52, "Certificate No. " + d["cert_no"], "R")
    y = 548
    for f in d["footer"]:
        y = para(doc, W / 2, y, 690, f, size=7.2, col="#444444")


# ------------------------------------------------------------------ zk04
def ascls_form(doc, d):
    doc.page(*PORT)
    W = doc.W
    navy = "#173a6a"
    doc.color(navy)
    doc.rect(0, 0, W, 96, "F")
    logo(doc, "hex", 70, 48, 30, "#ffffff", "ASCLS", tcol=navy, tsize=11)
    doc.color("#ffffff")
    doc.font("sans", "B", 15)
    doc.text(116, 42, "American Society for Clinical Laboratory Science")
    doc.font("sans", "", 10)
    doc.text(116, 60, "P.A.C.E.\u00ae  Professional Acknowledgment for Continuing Education")
    doc.color("#c8a13a")
    doc.rect(0, 96, W, 5, "F")
    doc.color("#111111")
    doc.font("serif", "B", 24)
    doc.text(W / 2, 150, "Certificate of Attendance", "C")
    doc.font("serif", "I", 11)
    doc.text(W / 2, 170, "Retain this certificate as documentation of continuing education participation.", "C")
    items = [("Participant:", d["name"]), ("ASCLS Member ID:", d["member"]), ("Program Title:", d["title"]),
             ("P.A.C.E.\u00ae Program Number:", d["program"]), ("Date(s):", d["dates"]),
             ("Format:", d["fmt"]), ("Level of Instruction:", d["level"]),
             ("Contact Hours Awarded:", d["hours"])]
    doc.stroke("#cccccc", 0.6)
    y = 214
    for lab, val in items:
        doc.color("#333333")
        doc.font("sans", "B", 10.5)
        doc.text(72, y, lab)
        doc.color("#000000")
        doc.font("sans", "", 11)
        lines = doc.wraplines(val, 300)
        yy = y
        for ln in lines:
            doc.text(258, yy, ln)
            yy += 15
        doc.line(72, yy - 8, W - 72, yy - 8)
        y = yy + 12
    doc.html(72, y + 4, W - 144,
             '<div style="font-size:8.5pt;color:#333333;"><b>Notes to participant</b><ul>'
             '<li>This certificate is issued only to individuals who attended the entire program.</li>'
             '<li>Keep this certificate with your records for at least four years.</li>'
             '<li>Contact hours are not transferable.</li></ul></div>')
    sig(doc, 72, 640, 210, "Carla M. Whitt, EdD, MLS(ASCP)CM", "P.A.C.E.\u00ae Program Administrator")
    para(doc, W / 2, 712, W - 144,
         "This program is approved by the American Society for Clinical Laboratory Science (ASCLS) "
         "P.A.C.E.\u00ae Program for %s contact hours." % d["hours"], size=8)
    para(doc, W / 2, 740, W - 144, "ASCLS \u00b7 Continuing Education Department \u00b7 ce@ascls-example.org",
         size=7, col="#777777")


# ------------------------------------------------------------------ zk05
def pace_form(doc, d):
    doc.page(*PORT)
    W = doc.W
    teal = "#0c6b73"
    # wave-like logo
    doc.color(teal)
    doc.poly([(50, 70), (70, 50), (90, 66), (110, 46), (130, 62), (130, 84), (50, 84)], "F")
    doc.color("#f0a830")
    doc.ellipse(116, 38, 8, 8, "F")
    doc.color(teal)
    doc.font("sans", "B", 16)
    doc.text(142, 62, d["org"])
    doc.font("sans", "", 9)
    doc.color("#555555")
    doc.text(142, 78, d["short"] + "  \u00b7  " + d["addr"])
    doc.stroke(teal, 1.2)
    doc.line(50, 96, W - 50, 96)
    doc.color("#111111")
    doc.font("serif", "B", 26)
    doc.text(W / 2, 150, "Certificate of Completion", "C")
    doc.font("serif", "I", 11)
    doc.text(W / 2, 172, "Continuing Education for Clinical Laboratory Professionals", "C")
    # boxed fields
    fields = [("Attendee Name", [d["name"]]), ("Program Title", d["title"]),
              ("P.A.C.E.\u00ae Program #", [d["program"]]), ("Date of Program", [d["date"]]),
              ("Contact Hours Awarded", [d["hours"]]), ("Level", [d["level"]]), ("Format", [d["fmt"]]),
              ("Location", [d["location"]]), ("Registration ID", [d["reg"]])]
    y = 206
    for lab, vals in fields:
        h = 14 + 16 * len(vals)
        doc.stroke("#9fb9bc", 0.7)
        doc.color("#eef5f5")
        doc.rect(60, y, 150, h, "FD")
        doc.stroke("#9fb9bc", 0.7)
        doc.rect(210, y, W - 270, h, "S")
        doc.color("#0c3e43")
        doc.font("sans", "B", 9.5)
        doc.text(68, y + 18, lab)
        doc.color("#000000")
        doc.font("sans", "", 11)
        yy = y + 18
        for v in vals:
            doc.field(218, yy, W - 290, v)
            yy += 16
        y += h
    sig(doc, 60, 640, 220, "Monique A. Delahaye, MS, MLS(ASCP)", "Program Director", script=True)
    sig(doc, W - 280, 640, 220, "Trevor J. Pham, MLS(ASCP)", "Continuing Education Coordinator", script=True)
    para(doc, W / 2, 708, W - 120, d["org"] + " " + PACE, size=8.2, col="#333333")
    para(doc, W / 2, 736, W - 120,
         "Florida Board of Clinical Laboratory Personnel CE Broker Provider #50-18832. "
         "Participants should retain this certificate for four years.", size=7.5, col="#666666")


# ------------------------------------------------------------------ zk06
def labce_land(doc, d):
    doc.page(*LAND)
    W = doc.W
    green, blue = "#2f8f46", "#1d4e89"
    border(doc, "single", blue)
    doc.color(green)
    doc.rect(22, 22, W - 44, 10, "F")
    logo(doc, "bars", 74, 78, 18, green)
    doc.color(blue)
    doc.font("sans", "B", 30)
    doc.text(108, 92, "LabCE")
    doc.font("sans", "", 9.5)
    doc.color("#555555")
    doc.text(110, 108, "Continuing Education for Laboratory Professionals")
    doc.font("sans", "", 8)
    doc.text(W - 50, 64, "Certificate ID: " + d["cert_id"], "R")
    doc.text(W - 50, 76, "Customer ID: " + d["customer"], "R")
    doc.text(W - 50, 88, "Printed " + d["printed"], "R")
    doc.color("#111111")
    doc.font("serif", "B", 34)
    doc.text(W / 2, 178, "Certificate of Completion", "C")
    doc.font("serif", "I", 14)
    doc.text(W / 2, 214, "This is to certify that", "C")
    doc.color(blue)
    doc.font("serif", "B", 28)
    doc.text(W / 2, 254, d["name"], "C")
    doc.color("#111111")
    doc.font("serif", "I", 14)
    doc.text(W / 2, 288, "has successfully completed the online course", "C")
    doc.font("sans", "B", 18)
    doc.color(green)
    y = doc.wrap(W / 2, 322, 560, d["title"], 23, "C")
    doc.color("#111111")
    doc.font("sans", "", 12)
    doc.text(W / 2, y + 10, "Course Number: %s" % d["course"], "C")
    doc.text(W / 2, y + 30, "for %s P.A.C.E.\u00ae contact hours  \u2014  Completed on %s" % (d["hours"], d["date"]), "C")
    sig(doc, 90, 500, 220, "Brenda Castellanos, MA, MT(ASCP)", "Director of Continuing Education")
    seal(doc, W - 140, 488, 40, green, ["LabCE", "P.A.C.E.\u00ae", "APPROVED"])
    para(doc, W / 2, 560, 680, "LabCE " + PACE + " LabCE is also an approved provider of continuing "
         "education for the Florida Board of Clinical Laboratory Personnel and California Laboratory Field Services.",
         size=7.5)


# ------------------------------------------------------------------ zk08
def adlm_land(doc, d):
    doc.page(*LAND)
    W = doc.W
    teal, dark = "#00788a", "#163847"
    border(doc, "corners", teal)
    logo(doc, "hex", W / 2, 74, 28, teal, "ADLM", tsize=12)
    doc.color(dark)
    doc.font("sans", "B", 13)
    doc.text(W / 2, 124, "Association for Diagnostics & Laboratory Medicine", "C")
    doc.font("serif", "B", 30)
    doc.text(W / 2, 176, "CERTIFICATE OF PARTICIPATION", "C", cs=1.5)
    doc.font("serif", "I", 14)
    doc.color("#333333")
    doc.text(W / 2, 208, "presented to", "C")
    doc.font("serif", "B", 26)
    doc.color(teal)
    doc.text(W / 2, 246, d["name"], "C")
    doc.color("#333333")
    doc.font("serif", "I", 13)
    doc.text(W / 2, 278, "for participating in the webinar", "C")
    doc.color(dark)
    doc.font("sans", "B", 18)
    y = 310
    for ln in d["title"]:
        doc.text(W / 2, y, ln, "C")
        y += 23
    doc.font("sans", "", 12)
    doc.text(W / 2, y + 8, "held " + d["date"], "C")
    doc.font("sans", "B", 12)
    doc.text(W / 2, y + 30, "ACCENT\u00ae CE hours awarded: %s        Event ID: %s" % (d["hours"], d["event"]), "C")
    sig(doc, 100, 500, 230, "Marguerite Osei, PhD, DABCC", "Chair, Education Core Committee")
    sig(doc, W - 330, 500, 230, "Daniel R. Feld, MBA", "Senior Director, Professional Learning")
    para(doc, W / 2, 556, 660,
         "ADLM designates this activity for a maximum of %s ACCENT\u00ae continuing education credit. "
         "ACCENT\u00ae is a registered trademark of ADLM. Certificate generated %s." % (d["hours"], d["generated"]),
         size=7.5)


# ------------------------------------------------------------------ zk10
def asm_sidebar(doc, d):
    doc.page(*LAND)
    W, H = doc.W, doc.H
    navy, gold = "#0f2c5c", "#d6a419"
    doc.color(navy)
    doc.rect(0, 0, 210, H, "F")
    doc.color(gold)
    doc.rect(210, 0, 6, H, "F")
    logo(doc, "circle", 105, 86, 44, "#ffffff", "ASM", tcol=navy, tsize=24)
    doc.color("#ffffff")
    doc.font("sans", "B", 12)
    doc.text(105, 158, "American Society", "C")
    doc.text(105, 174, "for Microbiology", "C")
    doc.font("sans", "", 8.5)
    doc.color("#c9d3e6")
    doc.text(105, 540, "Advancing the", "C")
    doc.text(105, 552, "microbial sciences", "C")
    x = 256
    doc.color(navy)
    doc.font("serif", "B", 32)
    doc.text(x, 92, "Certificate of Completion")
    doc.stroke(gold, 2)
    doc.line(x, 106, x + 260, 106)
    doc.color("#333333")
    doc.font("serif", "I", 13)
    doc.text(x, 196, "This certifies that")
    doc.color(navy)
    doc.font("serif", "B", 24)
    doc.text(x, 230, d["name"])
    doc.color("#333333")
    doc.font("serif", "I", 13)
    doc.text(x, 262, "has successfully completed")
    doc.color("#111111")
    doc.font("sans", "B", 17)
    y = 294
    for runs in d["title_runs"]:
        doc.runs(x, y, runs)
        y += 22
    doc.font("sans", "", 11)
    doc.color("#555555")
    doc.text(x, y + 2, d["fmt"])
    y = rows(doc, x, y + 40, [("Program ID:", d["program"]), ("Date Completed:", d["date"]),
                              ("P.A.C.E.\u00ae Contact Hours:", d["hours"])], 150, 300,
             lf=("sans", "B", 11), vf=("sans", "", 11), gap=4)
    sig(doc, x, 492, 230, "Alicia Brennan-Torres, PhD, D(ABMM)", "Chair, Clinical Education Committee")
    para(doc, x, 560, W - x - 40, "ASM " + PACE, size=8, align="L")


# ------------------------------------------------------------------ zk12
def state_land(doc, d):
    doc.page(*LAND)
    W = doc.W
    green = "#24573a"
    border(doc, "double", green, col2="#8aa66b")
    logo(doc, "shield", W / 2, 66, 22, green, "OH", tsize=11)
    doc.color(green)
    doc.font("serif", "B", 15)
    doc.text(W / 2, 116, "American Society for Clinical Laboratory Science \u2013 Ohio", "C")
    doc.font("sans", "", 9.5)
    doc.color("#555555")
    doc.text(W / 2, 131, "ASCLS-Ohio  \u00b7  A constituent society of ASCLS", "C")
    doc.color("#111111")
    doc.font("serif", "B", 32)
    doc.text(W / 2, 184, "Certificate of Attendance", "C")
    doc.font("serif", "I", 14)
    doc.text(W / 2, 216, "This certifies that", "C")
    doc.font("serif", "BI", 28)
    doc.color(green)
    doc.text(W / 2, 258, d["name"], "C")
    doc.color("#111111")
    doc.font("serif", "I", 14)
    doc.text(W / 2, 290, "attended the", "C")
    doc.font("sans", "B", 19)
    doc.text(W / 2, 322, d["meeting"], "C")
    doc.font("sans", "", 12)
    doc.text(W / 2, 344, d["dates"], "C")
    doc.font("serif", "", 13)
    doc.text(W / 2, 378, "and has earned %s P.A.C.E.\u00ae contact hours" % d["hours"], "C")
    doc.font("sans", "", 10.5)
    doc.text(W / 2, 398, "P.A.C.E.\u00ae Program No. " + d["program"], "C")
    sig(doc, 90, 484, 220, "Denise Yablonski, MS, MLS(ASCP)", "Seminar Chair")
    sig(doc, W - 310, 484, 220, "Harold Iwu, MLS(ASCP)CM", "Chair, Education Committee")
    para(doc, W / 2, 548, 660,
         "This program is approved for up to %s contact hours by the ASCLS P.A.C.E.\u00ae Program. "
         "Participants receive credit only for sessions attended." % d["maxhours"], size=7.8)


# ------------------------------------------------------------------ zk13
def hosp_form(doc, d):
    doc.page(*PORT)
    W = doc.W
    plum = "#5a2a63"
    doc.color(plum)
    doc.rect(0, 0, W, 84, "F")
    logo(doc, "circle", 60, 42, 24, "#ffffff")
    doc.color(plum)
    doc.rect(56, 26, 8, 32, "F")
    doc.rect(44, 38, 32, 8, "F")
    doc.color("#ffffff")
    doc.font("sans", "B", 16)
    doc.text(100, 38, d["org"])
    doc.font("sans", "", 10)
    doc.text(100, 56, d["dept"] + "  \u00b7  Laboratory Education")
    doc.color("#111111")
    doc.font("sans", "B", 20)
    doc.text(W / 2, 130, "In-Service Education Certificate", "C")
    doc.font("sans", "", 9.5)
    doc.color("#555555")
    doc.text(W / 2, 148, "Record of attendance \u2014 keep a copy in your competency file", "C")

    def box(x, y, w, h, lab, vals):
        doc.stroke("#999999", 0.7)
        doc.rect(x, y, w, h, "S")
        doc.color("#5a2a63")
        doc.font("sans", "B", 7.5)
        doc.text(x + 6, y + 11, lab.upper(), cs=0.6)
        doc.color("#000000")
        doc.font("sans", "", 11)
        yy = y + 27
        for v in vals:
            doc.field(x + 6, yy, w - 12, v)
            yy += 15

    L, R = 56, W - 56
    mid = (L + R) / 2
    box(L, 176, mid - L, 40, "Employee Name", [d["name"]])
    box(mid, 176, R - mid, 40, "Employee ID", [d["employee"]])
    box(L, 216, R - L, 56, "In-Service Title", d["title"])
    box(L, 272, mid - L, 40, "Date", [d["date"]])
    box(mid, 272, R - mid, 40, "Class #", [d["klass"]])
    box(L, 312, R - L, 40, "Presenter", [d["presenter"]])
    box(L, 352, mid - L, 40, "CE Hours", [d["hours"]])
    box(mid, 352, R - mid, 40, "Category", [d["category"]])
    doc.color("#333333")
    para(doc, L, 424, R - L,
         "The employee named above attended the in-service listed and completed the post-session "
         "competency checklist. This in-service also satisfies annual competency element 4 (instrument "
         "maintenance) for the coagulation bench.", size=9, align="L")
    sig(doc, L, 560, 210, "Priscilla Navarro, MHA, MLS(ASCP)", "Laboratory Education Coordinator")
    sig(doc, R - 210, 560, 210, "Gordon Ellery, MD", "Medical Director, Clinical Laboratory")
    para(doc, W / 2, 690, R - L, d["org"] + " " + PACE, size=8)
    para(doc, W / 2, 740, R - L, "Form LAB-ED-017 rev. 01/2025", size=7, col="#888888")


# ------------------------------------------------------------------ zk14
def joint_form(doc, d):
    doc.page(*PORT)
    W = doc.W
    blue, orange = "#1e4f7a", "#e07b24"
    doc.color(blue)
    doc.rect(0, 0, W, 74, "F")
    doc.color(orange)
    doc.rect(0, 74, W, 4, "F")
    logo(doc, "diamond", 54, 37, 22, "#ffffff")
    doc.color(orange)
    doc.ellipse(54, 37, 8, 8, "F")
    doc.color("#ffffff")
    doc.font("sans", "B", 17)
    doc.text(90, 36, d["org"])
    doc.font("sans", "", 9.5)
    doc.text(90, 53, "Continuing Education for the Health Care Team")
    doc.color("#111111")
    doc.font("serif", "B", 22)
    doc.text(W / 2, 118, "Certificate of Participation", "C")
    doc.font("serif", "", 11)
    doc.text(W / 2, 142, "This certifies that", "C")
    doc.font("serif", "B", 17)
    doc.text(W / 2, 166, d["name"], "C")
    doc.font("serif", "", 11)
    doc.text(W / 2, 188, "participated in the live activity", "C")
    doc.font("sans", "B", 14)
    doc.color(blue)
    y = doc.wrap(W / 2, 214, 460, d["title"], 18, "C")
    doc.color("#111111")
    y = rows(doc, 140, y + 14, [("Activity ID:", d["act"]), ("Date:", d["date"]), ("Location:", d["location"])],
             110, 250, lf=("sans", "B", 10), vf=("sans", "", 10), gap=2)
    # credit table
    x0, cw = 72, [250, 110, 110]
    y0 = y + 10
    hdr = ["Credit Type", "Maximum Available", "Credits Claimed"]
    data = [["AMA PRA Category 1 Credits\u2122", "1.50", "\u2014"],
            ["ANCC Nursing Contact Hours", "1.50", "\u2014"],
            ["ACPE Contact Hours (0.15 CEU)", "1.50", "\u2014"],
            ["P.A.C.E.\u00ae Contact Hours (Laboratory)", "1.50", "1.25"]]
    doc.color(blue)
    doc.rect(x0, y0, sum(cw), 20, "F")
    doc.color("#ffffff")
    doc.font("sans", "B", 9.5)
    x = x0
    for i, h in enumerate(hdr):
        doc.text(x + 6, y0 + 14, h)
        x += cw[i]
    yy = y0 + 20
    doc.stroke("#a9b8c8", 0.6)
    for r, row in enumerate(data):
        if r % 2:
            doc.color("#eef3f8")
            doc.rect(x0, yy, sum(cw), 20, "F")
        doc.color("#111111")
        doc.font("sans", "B" if r == 3 else "", 9.5)
        x = x0
        for i, c in enumerate(row):
            doc.text(x + 6, yy + 14, c)
            x += cw[i]
        yy += 20
    doc.rect(x0, y0, sum(cw), yy - y0, "S")
    y = yy + 24
    stm = [
        "In support of improving patient care, %s is jointly accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the "
        "American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team." % d["org"],
        "Physicians: %s designates this live activity for a maximum of 1.5 AMA PRA Category 1 Credit(s)\u2122. "
        "Physicians should claim only the credit commensurate with the extent of their participation in the activity." % d["org"],
        "Nurses: This activity is approved for a maximum of 1.5 ANCC contact hours.",
        "Pharmacists: This knowledge-based activity is approved for 1.5 contact hours (0.15 CEU). UAN: %s." % d["uan"],
        "Laboratory professionals: %s %s" % (d["org"], PACE),
    ]
    for s in stm:
        y = para(doc, 72, y, W - 144, s, size=8, align="L") + 4
    sig(doc, 72, 712, 220, "Rosalind Achebe, PharmD, MPH", "Director, Accredited Continuing Education")
    doc.color("#777777")
    doc.font("sans", "", 7)
    doc.text(W - 72, 740, "Credit claimed via the LHSI learner portal", "R")


# ------------------------------------------------------------------ zk16
def vendor_port(doc, d):
    doc.page(*PORT)
    W = doc.W
    purple, lav = "#4b2c82", "#b9a6dd"
    doc.color(purple)
    doc.rect(0, 0, W, 120, "F")
    doc.color(lav)
    doc.poly([(W - 200, 0), (W, 0), (W, 120), (W - 110, 120)], "F")
    logo(doc, "chevron", 70, 60, 24, "#ffffff")
    doc.color("#ffffff")
    doc.font("sans", "B", 26)
    doc.text(108, 60, "VERIDIAN", cs=3)
    doc.font("sans", "", 12)
    doc.text(110, 80, "Diagnostics Academy")
    doc.stroke(purple, 2.5)
    doc.rect(14, 120, W - 28, doc.H - 134)
    doc.color("#111111")
    doc.font("serif", "B", 30)
    doc.text(W / 2, 186, "Certificate of Training", "C")
    doc.font("serif", "I", 13)
    doc.text(W / 2, 222, "This is to certify that", "C")
    doc.color(purple)
    doc.font("serif", "B", 26)
    doc.text(W / 2, 262, d["name"], "C")
    doc.color("#111111")
    doc.font("serif", "I", 13)
    doc.text(W / 2, 296, "has completed", "C")
    doc.font("sans", "B", 17)
    y = doc.wrap(W / 2, 330, 440, d["title"], 22, "C")
    doc.font("sans", "", 11)
    doc.color("#444444")
    doc.text(W / 2, y + 2, "Instructor-led, on-site", "C")
    doc.color("#111111")
    y = rows(doc, 150, y + 40, [("Dates:", d["dates"]), ("Location:", d["place"]),
                                ("P.A.C.E.\u00ae Contact Hours:", d["hours"]), ("Training ID:", d["training"]),
                                ("Instrument Serial No.:", d["serial"])], 150, 240,
             lf=("sans", "B", 10.5), vf=("sans", "", 10.5), gap=3)
    sig(doc, 70, 610, 200, "Kofi Mensah-Larbi, MLS(ASCP)", "Field Applications Instructor")
    sig(doc, W - 270, 610, 200, "Ursula Brandvold, MS", "Academy Manager")
    para(doc, W / 2, 690, W - 120, "Veridian Diagnostics Academy " + PACE, size=8)
    para(doc, W / 2, 716, W - 120, "This certificate does not certify competency; competency assessment "
         "remains the responsibility of the employing laboratory.", size=7.5, col="#666666")


# ------------------------------------------------------------------ zk18
def conf_form(doc, d):
    doc.page(*PORT)
    W = doc.W
    maroon, sand = "#6d1f2f", "#f3e9dc"
    doc.color(sand)
    doc.rect(0, 0, W, 140, "F")
    doc.color(maroon)
    doc.rect(0, 140, W, 3, "F")
    logo(doc, "circle", 62, 66, 28, maroon, d["short"], tsize=9)
    doc.color(maroon)
    doc.font("serif", "B", 20)
    doc.text(104, 56, d["meeting"])
    doc.color("#333333")
    doc.font("sans", "", 10.5)
    doc.text(104, 74, d["mdates"] + "  \u00b7  " + d["venue"])
    doc.font("sans", "I", 9.5)
    doc.text(104, 92, "Presented by the " + d["org"] + " (" + d["short"] + ")")
    doc.color("#111111")
    doc.font("sans", "B", 22)
    doc.text(W / 2, 190, "Session Attendance Certificate", "C")
    items = [("Attendee:", d["name"]), ("Badge #:", d["badge"]), ("Session Code:", d["code"]),
             ("Session Title:", d["title"]), ("Session Date:", d["sdate"]), ("Time:", d["time"]),
             ("Speaker:", d["speaker"]), ("P.A.C.E.\u00ae Contact Hours:", d["hours"])]
    y = rows(doc, 80, 238, items, 160, 290, lf=("sans", "B", 11), vf=("sans", "", 11), lead=16, gap=10,
             lcol=maroon)
    doc.stroke("#cccccc", 0.6)
    doc.line(80, y + 6, W - 80, y + 6)
    para(doc, 80, y + 30, W - 160,
         "I attest that I attended this session in its entirety. Credit is awarded per session; the forum "
         "offers up to 14.5 contact hours in total across all three days.", size=9, align="L")
    sig(doc, 80, 640, 210, "Beatrix Holloway, MS, MLS(ASCP)CM", "Forum Education Chair")
    para(doc, W / 2, 700, W - 140, "The " + d["org"] + " " + PACE, size=8)


# ------------------------------------------------------------------ zk20
def wallet_tc(doc, d):
    W, H = 252, 153
    doc.page(W, H)
    green = "#2d6a4f"
    doc.color(green)
    doc.rect(0, 0, W, 30, "F")
    logo(doc, "diamond", 16, 15, 9, "#ffffff")
    doc.color("#ffffff")
    doc.font("sans", "B", 7.6)
    doc.text(30, 13, d["org"])
    doc.font("sans", "", 6.5)
    doc.text(30, 24, "CE ATTENDANCE CARD", cs=0.8)
    doc.color("#000000")
    y = rows(doc, 10, 46, [("Name:", d["name"]), ("Program:", d["title"]), ("Date:", d["date"]),
                           ("Contact Hours:", d["hours"]), ("Program #:", d["program"])], 64, 172,
             lf=("sans", "B", 6.8), vf=("sans", "", 7.2), lead=9, gap=3.5, lcol=green)
    doc.stroke(green, 0.5)
    doc.rect(3, 3, W - 6, H - 6)
    # back
    doc.page(W, H)
    doc.stroke(green, 0.5)
    doc.rect(3, 3, W - 6, H - 6)
    doc.color(green)
    doc.font("sans", "B", 8)
    doc.text(W / 2, 22, "Continuing Education Verification", "C")
    para(doc, W / 2, 40, W - 24, d["org"] + " " + PACE, size=6.6, col="#222222")
    para(doc, W / 2, 86, W - 24, "Keep this card with your ASCP BOC Credential Maintenance Program records.",
         size=6.2, col="#444444")
    doc.color("#222222")
    doc.font("sans", "", 6.4)
    doc.text(14, 130, "Card No. " + d["card"])
    doc.stroke("#777777", 0.4)
    doc.line(130, 128, W - 14, 128)
    doc.font("sans", "I", 5.8)
    doc.text(130, 137, "Program Coordinator")


# ------------------------------------------------------------------ zk21
def ascp_form(doc, d):
    doc.page(*PORT)
    W = doc.W
    blue = "#003a70"
    doc.color(blue)
    doc.rect(0, 0, W, 90, "F")
    doc.color("#ffffff")
    doc.rect(44, 22, 46, 46, "F")
    doc.color(blue)
    doc.font("serif", "B", 15)
    doc.text(67, 51, "ascp", "C")
    doc.color("#ffffff")
    doc.font("sans", "B", 17)
    doc.text(106, 44, "American Society for Clinical Pathology")
    doc.font("sans", "", 10)
    doc.text(106, 62, "Continuing Education  \u00b7  Credential Maintenance")
    doc.color("#111111")
    doc.font("sans", "B", 22)
    doc.text(W / 2, 136, "CMLE Credit Certificate", "C")
    doc.font("sans", "", 9.5)
    doc.color("#555555")
    doc.text(W / 2, 154, "Continuing Medical Laboratory Education", "C")
    items = [("Participant", [d["name"]]), ("ASCP Customer #", [d["customer"]]), ("Program Title", d["title"]),
             ("Program #", [d["program"]]), ("Format", [d["fmt"]]), ("Date Completed", [d["date"]]),
             ("CMLE Credits Earned", [d["cmle"]]), ("Date Issued", [d["issued"]])]
    y = 184
    for lab, vals in items:
        h = 10 + 17 * len(vals)
        doc.color("#e8eef5")
        doc.rect(56, y, 150, h - 4, "F")
        doc.color(blue)
        doc.font("sans", "B", 9.5)
        doc.text(64, y + 16, lab)
        doc.stroke("#8fa6bf", 0.6)
        doc.rect(212, y, W - 268, h - 4, "S")
        doc.color("#000000")
        doc.font("sans", "", 11)
        yy = y + 16
        for v in vals:
            doc.field(220, yy, W - 290, v)
            yy += 17
        y += h + 2
    y += 16
    for s in ["The ASCP designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits\u2122. "
              "Physicians should only claim credit commensurate with the extent of their participation in the activity.",
              "ASCP designates this activity for 1.5 CMLE credits. ASCP CMLE credits are acceptable for the ASCP "
              "Board of Certification Credential Maintenance Program (CMP).",
              "The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for "
              "Continuing Medical Education (ACCME) to provide continuing medical education for physicians."]:
        y = para(doc, 56, y, W - 112, s, size=8.2, align="L") + 5
    sig(doc, 56, 690, 220, "Evelyn Park-Sorensen, MEd, MLS(ASCP)CM", "Vice President, Learning")


# ------------------------------------------------------------------ zk22
def aabb_form(doc, d):
    doc.page(*PORT)
    W = doc.W
    red = "#8c1c13"
    doc.color("#f4ece8")
    doc.rect(0, 0, W, 110, "F")
    logo(doc, "drop", 66, 54, 26, red)
    doc.color(red)
    doc.font("sans", "B", 26)
    doc.text(102, 56, "AABB", cs=2)
    doc.color("#333333")
    doc.font("serif", "", 12)
    doc.text(102, 76, "American Association of Blood Banks")
    doc.font("sans", "", 8.5)
    doc.text(W - 50, 40, "Education Department", "R")
    doc.text(W - 50, 52, "education@aabb-example.org", "R")
    doc.color("#111111")
    doc.font("serif", "B", 22)
    doc.text(W / 2, 160, "Certificate of Completion \u2013 Virtual Workshop", "C")
    items = [("Name:", d["name"]), ("Course Title:", d["title"]), ("Course No.:", d["course"]),
             ("Format:", d["fmt"]), ("Date:", d["date"]), ("P.A.C.E.\u00ae Contact Hours:", d["hours"]),
             ("Order #:", d["order"])]
    doc.stroke("#d9c6c0", 0.6)
    y = 210
    for lab, val in items:
        doc.color("#555555")
        doc.font("sans", "B", 10.5)
        doc.text(76, y, lab)
        doc.color("#000000")
        doc.font("serif", "", 12)
        yy = y
        for ln in doc.wraplines(val, 300):
            doc.text(236, yy, ln)
            yy += 16
        doc.line(76, yy - 9, W - 76, yy - 9)
        y = yy + 12
    para(doc, 76, y + 18, W - 152,
         "The participant named above attended all sessions of the virtual workshop and completed the "
         "case-study assessment.", fam="serif", size=11, align="L", col="#222222")
    sig(doc, 76, 600, 220, "Margaret O. Lindqvist, MT(ASCP)SBB", "Director, Education")
    para(doc, W / 2, 680, W - 140, "AABB " + PACE, size=8.2)
    para(doc, W / 2, 712, W - 140, "Certificate printed " + d["printed"], size=7.5, col="#777777")


# ------------------------------------------------------------------ zk24
def ascls_grid(doc, d):
    doc.page(*PORT)
    W = doc.W
    navy, gold = "#173a6a", "#c8a13a"
    logo(doc, "hex", 76, 70, 30, navy, "ASCLS", tsize=11)
    doc.color(navy)
    doc.font("serif", "B", 17)
    doc.text(120, 66, "American Society for Clinical Laboratory Science")
    doc.font("sans", "", 9.5)
    doc.color("#555555")
    doc.text(120, 82, "Self-Study Continuing Education")
    doc.stroke(gold, 2)
    doc.line(46, 112, W - 46, 112)
    doc.color("#111111")
    doc.font("serif", "B", 24)
    doc.text(W / 2, 160, "Self-Study Certificate of Completion", "C")

    def cell(x, y, w, lab, val, size=12, cs=0):
        doc.color("#6b7a90")
        doc.font("sans", "B", 7.5)
        doc.text(x, y, lab, cs=0.8)
        doc.color("#000000")
        doc.font("sans", "B" if cs else "", size)
        yy = y + 17
        for ln in doc.wraplines(val, w, cs):
            doc.text(x, yy, ln, cs=cs)
            yy += size * 1.3
        doc.stroke("#d0d6df", 0.6)
        doc.line(x, yy - size * 1.3 + 7, x + w, yy - size * 1.3 + 7)
        return yy

    L, R = 72, W - 72
    c2 = 330
    y1 = cell(L, 210, 230, "PARTICIPANT", d["name"], size=14, cs=3)
    cell(c2, 210, R - c2, "MEMBER NO.", d["member"])
    y = cell(L, y1 + 20, R - L, "COURSE TITLE", d["title"], size=14)
    y2 = cell(L, y + 20, 230, "P.A.C.E.\u00ae COURSE NUMBER", d["course"])
    cell(c2, y + 20, R - c2, "COMPLETION DATE", d["date"])
    y3 = cell(L, y2 + 20, 230, "CONTACT HOURS", d["hours"])
    cell(c2, y2 + 20, R - c2, "LEVEL", d["level"])
    y4 = cell(L, y3 + 20, 230, "FORMAT", d["fmt"], size=11)
    cell(c2, y3 + 20, R - c2, "POST-TEST SCORE", d["score"])
    para(doc, W / 2, y4 + 40, R - L,
         "The participant named above has completed the self-study module and passed the post-test with a score "
         "of 70% or higher.", size=9.5, col="#222222")
    seal(doc, W / 2, 600, 42, navy, ["ASCLS", "P.A.C.E.\u00ae", "SELF-STUDY"])
    para(doc, W / 2, 690, R - L,
         "The American Society for Clinical Laboratory Science (ASCLS) " + PACE, size=8)
    para(doc, W / 2, 716, R - L, "Questions about this module: selfstudy@ascls-example.org",
         size=7, col="#888888")


# ------------------------------------------------------------------ zk26
def labce_table(doc, d):
    doc.page(*PORT)
    W = doc.W
    green, blue = "#2f8f46", "#1d4e89"
    doc.color(blue)
    doc.rect(0, 0, W, 80, "F")
    logo(doc, "bars", 56, 40, 14, "#8fd19e")
    doc.color("#ffffff")
    doc.font("sans", "B", 26)
    doc.text(84, 50, "LabCE")
    doc.font("sans", "", 9)
    doc.text(W - 40, 36, "Certificate ID " + d["cert_id"], "R")
    doc.text(W - 40, 50, "www.labce-example.com", "R")
    doc.color("#111111")
    doc.font("sans", "B", 20)
    doc.text(40, 130, "Certificate of Course Completion")
    doc.font("sans", "", 11)
    doc.text(40, 164, "Awarded to:")
    doc.font("sans", "B", 16)
    doc.text(110, 164, d["name"])
    doc.font("sans", "", 10.5)
    doc.text(40, 192, "The learner named above successfully completed the following continuing education course:")
    cols = [("Course #", 70), ("Course Title", 270), ("Completed", 82), ("Credit", 110)]
    x0, y0 = 40, 214
    doc.color(green)
    doc.rect(x0, y0, sum(w for _, w in cols), 22, "F")
    doc.color("#ffffff")
    doc.font("sans", "B", 9.5)
    x = x0
    for h, w in cols:
        doc.text(x + 6, y0 + 15, h)
        x += w
    doc.color("#000000")
    doc.font("sans", "", 9.5)
    x = x0
    for (h, w), v in zip(cols, [d["course"], d["title"], d["date"], d["hours"] + " contact hour"]):
        doc.text(x + 6, y0 + 40, v)
        x += w
    doc.stroke("#9aa7b8", 0.6)
    doc.rect(x0, y0, sum(w for _, w in cols), 52, "S")
    y = 300
    y = rows(doc, 40, y, [("Exam score:", d["score"]), ("Credit type:", "P.A.C.E.\u00ae"),
                          ("Course level:", "Basic")], 90, 300, lf=("sans", "B", 9.5), vf=("sans", "", 9.5), gap=2)
    para(doc, 40, y + 20, W - 80, "LabCE " + PACE + " This course is also approved for Florida licensure "
         "renewal (general, 1 hour).", size=8.5, align="L")
    sig(doc, 40, 520, 200, "Brenda Castellanos, MA, MT(ASCP)", "Director of Continuing Education")


# ------------------------------------------------------------------ zk28
def adlm_sidebar(doc, d):
    doc.page(*PORT)
    W, H = doc.W, doc.H
    teal, dark = "#00788a", "#163847"
    doc.color(teal)
    doc.rect(0, 0, 150, H, "F")
    logo(doc, "hex", 75, 90, 40, "#ffffff", "ADLM", tcol=teal, tsize=15)
    doc.color("#dff2f4")
    doc.font("sans", "", 8)
    for i, ln in enumerate(["Association for", "Diagnostics &", "Laboratory", "Medicine"]):
        doc.text(75, 700 + i * 11, ln, "C")
    x = 186
    doc.color(dark)
    doc.font("sans", "B", 26)
    doc.text(x, 96, "Learning Lab")
    doc.font("sans", "", 13)
    doc.text(x, 116, "Certificate of Completion")
    doc.stroke(teal, 1.5)
    doc.line(x, 132, W - 40, 132)

    def cell(y, lab, val, size=12, style=""):
        doc.color("#5f7d87")
        doc.font("sans", "B", 7.5)
        doc.text(x, y, lab, cs=0.8)
        doc.color("#000000")
        doc.font("sans", style, size)
        return doc.wrap(x, y + 18, W - x - 60, val, size * 1.3) + 14

    y = cell(176, "LEARNER", d["name"], 16, "B")
    y = cell(y, "ADLM MEMBER NO.", d["member"])
    y = cell(y, "COURSE", d["title"], 15, "B")
    y = cell(y, "COURSE CODE", d["course"])
    y = cell(y, "DATE COMPLETED", d["date"])
    y = cell(y, "CONTACT HOURS EARNED", d["hours"])
    doc.html(x, y + 6, W - x - 50,
             '<p style="font-size:8.5pt;color:#333333;">Association for Diagnostics &amp; Laboratory Medicine '
             '(ADLM) is approved as a provider of continuing education programs in the clinical laboratory sciences '
             'by the ASCLS P.A.C.E.\u00ae Program. This Learning Lab activity was self-paced and required a passing '
             'score on the final quiz.</p>')
    sig(doc, x, 690, 220, "Ines Carvalho-Whyte, PhD, DABCC", "Director, Learning Lab")


# ------------------------------------------------------------------ zk29
def nsh_land(doc, d):
    doc.page(*LAND)
    W = doc.W
    wine, gold = "#6a1b4d", "#b98b2e"
    border(doc, "guilloche", wine, col2=gold)
    logo(doc, "circle", W / 2, 74, 26, wine, "NSH", tsize=13)
    doc.color(wine)
    doc.font("serif", "B", 15)
    doc.text(W / 2, 124, "National Society for Histotechnology", "C")
    doc.color("#111111")
    doc.font("serif", "B", 32)
    doc.text(W / 2, 176, "Certificate of Completion", "C")
    doc.font("serif", "I", 13)
    doc.text(W / 2, 206, "This certifies that", "C")
    doc.font("serif", "B", 24)
    doc.color(wine)
    doc.field(120, 244, W - 240, d["name"], align="C")
    doc.stroke(gold, 0.8)
    doc.line(200, 264, W - 200, 264)
    doc.color("#111111")
    doc.font("serif", "I", 13)
    doc.text(W / 2, 282, "has completed the NSH webinar", "C")
    doc.font("sans", "B", 17)
    doc.field(100, 316, W - 200, d["title"], align="C")
    doc.font("sans", "", 12)
    doc.text(W / 2 - 10, 350, "held on", "R")
    doc.field(W / 2, 350, 200, d["date"])
    doc.font("sans", "B", 12)
    doc.text(260, 384, "CEUs Awarded:", "R")
    doc.field(266, 384, 60, d["ceu"])
    doc.text(W / 2 + 120, 384, "Course ID:", "R")
    doc.field(W / 2 + 126, 384, 140, d["course"])
    sig(doc, 100, 480, 220, "Yolanda Prieto, HTL(ASCP)QIHC", "Education Chair")
    seal(doc, W - 160, 468, 40, wine, ["NSH", "CE", "APPROVED"])
    para(doc, W / 2, 540, 660, "The National Society for Histotechnology " + PACE +
         " This webinar is approved for 0.2 CEU (2.0 contact hours).", size=7.8)


# ------------------------------------------------------------------ zk30
def asm_form(doc, d):
    doc.page(*PORT)
    W = doc.W
    navy, gold = "#0f2c5c", "#d6a419"
    doc.color(navy)
    doc.rect(0, 0, W, 100, "F")
    logo(doc, "circle", 66, 50, 30, "#ffffff", "ASM", tcol=navy, tsize=16)
    doc.color("#ffffff")
    doc.font("sans", "B", 18)
    doc.text(110, 48, "American Society for Microbiology")
    doc.font("sans", "", 10)
    doc.text(110, 66, "Clinical Microbiology Laboratory Workshop Series")
    doc.color(gold)
    doc.rect(0, 100, W, 4, "F")
    doc.color("#111111")
    doc.font("serif", "B", 24)
    doc.text(W / 2, 156, "Certificate of Completion", "C")
    doc.font("serif", "", 12)
    doc.text(W / 2, 186, "This certifies that", "C")
    doc.font("serif", "B", 19)
    doc.text(W / 2, 214, d["name"], "C")
    doc.font("serif", "", 12)
    doc.text(W / 2, 240, "has successfully completed the following workshop:", "C")
    y = rows(doc, 90, 290, [("Workshop Title:", d["title"]), ("Course No.:", d["course"]), ("Dates:", d["dates"]),
                            ("Format:", d["fmt"]), ("CEUs:", d["ceu"] + " (20 contact hours)"),
                            ("ASM Member #:", d["member"])], 130, 300,
             lf=("sans", "B", 10.5), vf=("sans", "", 11), lead=15, gap=9)
    para(doc, 90, y + 20, W - 180, "One Continuing Education Unit (CEU) equals ten contact hours of participation "
         "in an organized continuing education experience.", size=9, align="L")
    sig(doc, 90, 600, 200, "Theodore Kaminski, PhD, D(ABMM)", "Workshop Director")
    sig(doc, W - 290, 600, 200, "Sandra Oyelaran, MS, SM(ASCP)", "Chair, Professional Development")
    para(doc, W / 2, 690, W - 160, "ASM " + PACE, size=8)


# ------------------------------------------------------------------ zk32
def state_gs(doc, d):
    doc.page(*LAND)
    W = doc.W
    maroon, peach = "#7b2431", "#e9a272"
    border(doc, "single", maroon, m=26)
    doc.stroke(peach, 1)
    doc.rect(34, 34, W - 68, 612 - 68)
    logo(doc, "circle", 110, 100, 34, peach)
    doc.color(maroon)
    doc.font("serif", "B", 14)
    doc.text(110, 105, "GSCLS", "C")
    doc.color(maroon)
    doc.font("serif", "B", 17)
    doc.text(160, 94, "Georgia Society for Clinical Laboratory Science")
    doc.color("#555555")
    doc.font("sans", "", 10)
    doc.text(160, 112, "Fall Workshop 2025  \u00b7  Macon, Georgia")
    doc.font("sans", "", 8)
    doc.text(W - 60, 60, "Certificate No. " + d["cert_no"], "R")
    doc.color("#111111")
    doc.font("serif", "B", 32)
    doc.text(W / 2, 190, "Certificate of Attendance", "C")
    doc.font("serif", "I", 14)
    doc.text(W / 2, 222, "This certifies that", "C")
    doc.font("serif", "B", 25)
    doc.color(maroon)
    doc.text(W / 2, 260, d["name"], "C")
    doc.color("#111111")
    doc.font("serif", "I", 14)
    doc.text(W / 2, 292, "attended", "C")
    doc.font("serif", "B", 19)
    y = doc.wrap(W / 2, 324, 560, d["title"], 24, "C")
    doc.font("serif", "", 13)
    doc.text(W / 2, y + 4, "on " + d["date"], "C")
    doc.font("sans", "B", 12)
    doc.text(W / 2, y + 30, "Contact Hours: %s          Course #: %s" % (d["hours"], d["course"]), "C")
    sig(doc, 110, 486, 220, "Lucinda Farr-Oglesby, MS, MLS(ASCP)", "President, GSCLS")
    sig(doc, W - 330, 486, 220, "Anthony Mbatha, MLS(ASCP)CM", "Workshop Coordinator")
    para(doc, W / 2, 548, 660, "GSCLS " + PACE, size=8)


# ------------------------------------------------------------------ zk34
def joint_land(doc, d):
    doc.page(*LAND)
    W = doc.W
    pine, gold = "#1f4d3a", "#b7962f"
    border(doc, "double", pine, col2=gold)
    logo(doc, "chevron", W / 2, 70, 22, pine)
    doc.color(pine)
    doc.font("serif", "B", 18)
    doc.text(W / 2, 118, d["org"], "C")
    doc.font("serif", "I", 12)
    doc.text(W / 2, 136, d["office"], "C")
    doc.color("#111111")
    doc.font("serif", "B", 32)
    doc.text(W / 2, 190, "Certificate of Attendance", "C")
    doc.font("serif", "I", 14)
    doc.text(W / 2, 222, "This is to certify that", "C")
    doc.font("serif", "B", 26)
    doc.color(pine)
    doc.text(W / 2, 262, d["name"], "C")
    doc.color("#111111")
    doc.font("serif", "I", 14)
    doc.text(W / 2, 294, "attended", "C")
    doc.font("serif", "B", 22)
    doc.text(W / 2, 328, d["title"], "C")
    doc.font("serif", "", 13)
    doc.text(W / 2, 352, d["dates"] + "  \u00b7  " + d["place"], "C")
    doc.font("sans", "", 11)
    doc.text(W / 2, 380, "Activity #: " + d["act"], "C")
    doc.font("sans", "I", 10)
    doc.color("#555555")
    doc.text(W / 2, 404, "Credit summary and accreditation statements on page 2.", "C")
    sig(doc, 110, 490, 220, "Miriam Castellano-Reyes, MD", "Course Director")
    sig(doc, W - 330, 490, 220, "Oren Bialik, MEd", "Director, Continuing Professional Education")
    # page 2
    doc.page(*LAND)
    doc.color(pine)
    doc.font("serif", "B", 20)
    doc.text(60, 70, "Credit Summary")
    doc.color("#333333")
    doc.font("sans", "", 10)
    doc.text(60, 90, "Participant: " + d["name"] + "    Activity: " + d["title"] + " (" + d["act"] + ")")
    doc.text(60, 104, "Credits claimed on " + d["claimdate"])
    cols = [("Credit type", 300), ("Maximum designated", 150), ("Claimed by participant", 170)]
    data = [["AMA PRA Category 1 Credits\u2122", d["maxc"], "\u2014"],
            ["ANCC contact hours", d["maxc"], "\u2014"],
            ["P.A.C.E.\u00ae contact hours", d["maxc"], d["claimed"]]]
    x0, y0 = 60, 124
    doc.color(pine)
    doc.rect(x0, y0, 620, 22, "F")
    doc.color("#ffffff")
    doc.font("sans", "B", 10)
    x = x0
    for h, w in cols:
        doc.text(x + 8, y0 + 15, h)
        x += w
    y = y0 + 22
    for row in data:
        doc.color("#111111")
        doc.font("sans", "", 10)
        x = x0
        for (h, w), v in zip(cols, row):
            doc.text(x + 8, y + 15, v)
            x += w
        doc.stroke("#c9d3cc", 0.6)
        doc.line(x0, y + 22, x0 + 620, y + 22)
        y += 22
    doc.font("sans", "B", 11)
    doc.text(60, y + 26, "Total P.A.C.E.\u00ae contact hours claimed: " + d["claimed"])
    y += 60
    for s in [
        "In support of improving patient care, %s, %s, is jointly accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American "
        "Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team." % (d["org"], d["office"]),
        "%s designates this live activity for a maximum of %s AMA PRA Category 1 Credits\u2122. Physicians should claim "
        "only the credit commensurate with the extent of their participation in the activity." % (d["org"], d["maxc"]),
        "This activity is approved for a maximum of %s ANCC contact hours." % d["maxc"],
        "%s %s This activity is approved for up to %s P.A.C.E.\u00ae contact hours." % (d["org"], PACE, d["maxc"]),
    ]:
        y = para(doc, 60, y, 670, s, size=9, align="L") + 6


# ------------------------------------------------------------------ zk36
def vendor_land(doc, d):
    doc.page(*LAND)
    W = doc.W
    amber, slate = "#c7791b", "#2e3a48"
    border(doc, "guilloche", slate, col2=amber)
    logo(doc, "circle", 90, 86, 28, amber)
    doc.color("#ffffff")
    doc.ellipse(90, 86, 14, 14, "F")
    doc.color(amber)
    doc.ellipse(90, 86, 7, 7, "F")
    doc.color(slate)
    doc.font("sans", "B", 17)
    doc.text(130, 82, "Halcyon Reagents")
    doc.font("sans", "", 11)
    doc.text(130, 98, "Learning Center")
    doc.color("#111111")
    doc.font("serif", "B", 32)
    doc.text(W / 2, 170, "Certificate of Completion", "C")
    doc.font("serif", "I", 14)
    doc.text(W / 2, 202, "presented to", "C")
    doc.font("serif", "B", 25)
    doc.color(slate)
    doc.text(W / 2, 240, d["name"], "C")
    doc.color("#111111")
    doc.font("serif", "I", 13)
    doc.text(W / 2, 272, "for completing the program", "C")
    doc.font("sans", "B", 16)
    y = doc.wrap(W / 2, 302, 600, d["title"], 21, "C")
    doc.font("sans", "", 11)
    doc.color("#555555")
    doc.text(W / 2, y, d["fmt"], "C")
    doc.color("#111111")
    doc.font("sans", "", 11.5)
    doc.text(W / 2, y + 26, "Date: %s      Program #: %s      Contact Hours: %s" % (d["date"], d["program"], d["hours"]), "C")
    doc.font("sans", "", 9)
    doc.color("#666666")
    doc.text(W / 2, y + 44, "Webinar ID: " + d["webinar"], "C")
    sig(doc, 100, 488, 220, "Priyanka Venkataraman, PhD", "Scientific Education Lead")
    para(doc, W / 2, 540, 640, "Halcyon Reagents Learning Center " + PACE +
         " This educational program is non-promotional.", size=8)


# ------------------------------------------------------------------ zk37
def train_form(doc, d):
    doc.page(*PORT)
    W = doc.W
    navy, lime = "#24375a", "#7fb13b"
    doc.color(navy)
    doc.rect(0, 0, W, 70, "F")
    doc.color(lime)
    for i in range(4):
        doc.rect(40 + i * 10, 24 + (3 - i) * 5, 7, 22 - (3 - i) * 5, "F")
    doc.color("#ffffff")
    doc.font("sans", "B", 22)
    doc.text(92, 44, "TRAIN")
    doc.font("sans", "", 9)
    doc.text(170, 34, "Learning Network")
    doc.text(170, 46, "powered by the Public Health Foundation")
    doc.color("#111111")
    doc.font("sans", "B", 20)
    doc.text(W / 2, 116, "Certificate of Completion", "C")
    doc.font("sans", "", 10.5)
    doc.text(W / 2, 136, "This certifies that the learner below has completed the following TRAIN course.", "C")
    items = [("Learner", d["name"]), ("Learner ID", d["learner"]), ("Course ID", d["course"]),
             ("Course Title", d["title"]), ("Course Provider", d["provider"]), ("Completion Date", d["date"])]
    y = 166
    for lab, val in items:
        doc.stroke("#b8c2d3", 0.6)
        doc.rect(60, y, W - 120, 28)
        doc.color("#eef1f6")
        doc.rect(60.3, y + 0.3, 130, 27.4, "F")
        doc.color(navy)
        doc.font("sans", "B", 9.5)
        doc.text(68, y + 18, lab)
        doc.color("#000000")
        doc.font("sans", "", 10.5)
        doc.field(198, y + 18, W - 270, val)
        y += 28
    y += 24
    doc.color(navy)
    doc.font("sans", "B", 11)
    doc.text(60, y, "Credits")
    y += 10
    cols = [("Credit Type", 220), ("Amount", 120), ("Status", 152)]
    doc.color(lime)
    doc.rect(60, y, W - 120, 20, "F")
    doc.color("#ffffff")
    doc.font("sans", "B", 9.5)
    x = 60
    for h, w in cols:
        doc.text(x + 8, y + 14, h)
        x += w
    y += 20
    for row in [["P.A.C.E.\u00ae (laboratory)", d["hours"] + " contact hour", "Awarded"],
                ["CPH (Certified in Public Health)", "1.0", "Awarded"]]:
        doc.color("#000000")
        doc.font("sans", "", 10)
        x = 60
        for (h, w), v in zip(cols, row):
            doc.field(x + 8, y + 14, w - 12, v)
            x += w
        doc.stroke("#b8c2d3", 0.6)
        doc.line(60, y + 20, W - 60, y + 20)
        y += 20
    y += 24
    para(doc, 60, y, W - 120, "The Great Lakes Regional Public Health Training Center " + PACE +
         " TRAIN is a learning platform; questions about course content should be directed to the course provider.",
         size=8.5, align="L")
    doc.color("#777777")
    doc.font("sans", "", 7.5)
    doc.text(60, 740, "Certificate generated by TRAIN  \u00b7  train-example.org")


# ------------------------------------------------------------------ zk38
def conf_land(doc, d):
    doc.page(*LAND)
    W = doc.W
    forest, sky = "#27543e", "#4f87b3"
    border(doc, "single", forest)
    doc.color(forest)
    doc.rect(22, 22, W - 44, 88, "F")
    logo(doc, "chevron", 70, 64, 18, "#ffffff")
    doc.color("#ffffff")
    doc.font("sans", "B", 19)
    doc.text(104, 58, d["meeting"])
    doc.font("sans", "", 10.5)
    doc.text(104, 76, d["mdates"] + "  \u00b7  " + d["place"])
    doc.font("sans", "I", 9.5)
    doc.text(104, 92, "Presented by the Northwest Branch of the American Society for Microbiology")
    doc.color("#111111")
    doc.font("serif", "B", 28)
    doc.text(W / 2, 162, "Certificate of Attendance \u2014 Single Session", "C")
    doc.font("serif", "I", 13)
    doc.text(W / 2, 194, "This certifies that", "C")
    doc.font("serif", "B", 24)
    doc.color(forest)
    doc.text(W / 2, 230, d["name"], "C")
    doc.color("#111111")
    doc.font("serif", "I", 13)
    doc.text(W / 2, 262, "attended the following session:", "C")
    doc.font("sans", "", 11)
    doc.color(sky)
    doc.text(W / 2, 290, "Session Code " + d["code"], "C")
    doc.color("#111111")
    doc.font("sans", "B", 16)
    y = doc.wrap(W / 2, 316, 560, d["title"], 21, "C")
    doc.font("sans", "", 12)
    doc.text(W / 2, y + 6, d["sdate"], "C")
    doc.font("sans", "B", 12)
    doc.text(W / 2, y + 28, "CE Hours: " + d["hours"], "C")
    sig(doc, 90, 494, 220, "Gwendolyn Ostrander, PhD, D(ABMM)", "Symposium Program Chair")
    para(doc, W / 2, 548, 660, "The Northwest Branch of the American Society for Microbiology " + PACE, size=8)


# ------------------------------------------------------------------ zk40
def wallet_gs(doc, d):
    W, H = 243, 153
    doc.page(W, H)
    navy = "#20306b"
    doc.stroke(navy, 0.8)
    doc.rect(4, 4, W - 8, H - 8)
    logo(doc, "shield", 24, 26, 12, navy, "AMT", tsize=6)
    doc.color(navy)
    doc.font("sans", "B", 8.5)
    doc.text(44, 22, "American Medical Technologists")
    doc.font("sans", "", 6.2)
    doc.text(44, 32, "CONTINUING EDUCATION CREDIT", cs=0.7)
    doc.color("#000000")
    rows(doc, 12, 54, [("Name:", d["name"]), ("Event:", d["title"]), ("Date:", d["date"]),
                       ("CE Hours:", d["hours"]), ("Event #:", d["event"])], 44, 180,
         lf=("sans", "B", 6.6), vf=("sans", "", 7), lead=8.6, gap=3.4, lcol=navy)
    doc.page(W, H)
    doc.stroke(navy, 0.8)
    doc.rect(4, 4, W - 8, H - 8)
    doc.color(navy)
    doc.font("sans", "B", 7.5)
    doc.text(W / 2, 20, "AMT Educational Program", "C")
    para(doc, W / 2, 36, W - 26, "This card verifies attendance at an AMT-approved continuing education event. "
         "Retain it with your certification renewal records.", size=6.2, col="#222222")
    doc.color("#222222")
    doc.font("sans", "", 6.4)
    doc.text(14, 100, "Member ID: " + d["member"])
    doc.stroke("#777777", 0.4)
    doc.line(120, 124, W - 14, 124)
    doc.font("sans", "I", 5.8)
    doc.text(120, 133, "AMT Education Department")


TPL = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_")}
