"""Certificates produced with PHP: FPDF and TCPDF.  Python writes a JSON list of
drawing operations (mm, Letter) that php/fpdf_runner.php or php/tcpdf_runner.php
executes; text wrapping (MultiCell) is done by the PHP libraries."""
from common import gold
from engine import php_pdf

CERTS = []


def cert(fn):
    CERTS.append(fn)
    return fn


class Ops(list):
    def __init__(self, orient):
        super().__init__()
        self.W, self.H = (215.9, 279.4) if orient == "P" else (279.4, 215.9)
        self.append(["page", orient])

    def __getattr__(self, name):
        def f(*a):
            self.append([name] + list(a))
            return self
        return f

    def center(self, y, txt, h=8, x=0, w=None):
        self.append(["xy", x, y])
        self.append(["cell", w if w is not None else self.W, h, txt, 0, 1, "C"])
        return self

    def left(self, x, y, txt, h=6, w=0):
        self.append(["xy", x, y])
        self.append(["cell", w, h, txt, 0, 1, "L"])
        return self


# =========================================================================== FPDF
# --------------------------------------------------------------------------- yg02
@cert
def yg02():
    g = gold("yg02", "AABB", "fpdf",
             ["portrait", "letter", "suffix", "credentials", "format-line", "keyword-title", "for-and-in-name",
              "program-no-no-colon", "signatures"],
             "Letter-style confirmation; provider name contains 'for' and '&'; 'LIVE WEBINAR' format line; title "
             "contains 'Safety'; ID printed as 'Program No. 525-118-25' without colon; letter date and registration ID "
             "are distractors; name keeps the 'Jr.' suffix.",
             "Jamal R. Whitfield Jr.",
             "Building a Hospital Transfusion Safety Program: Lessons from Hemovigilance Data",
             "2025-09-17", 1.5, "contact hour",
             ["Association for the Advancement of Blood & Biotherapies", "AABB"], "525-118-25")

    def render():
        o = Ops("P")
        o.meta("Certificate of Attendance", "AABB", "AABB Education")
        o.fc(196, 18, 48).rect(0, 0, 215.9, 9, "F")
        o.tc(196, 18, 48).font("Helvetica", "B", 30).left(25, 20, "AABB", h=12)
        o.tc(60, 60, 60).font("Helvetica", "", 11).left(25, 33, "Association for the Advancement of Blood & Biotherapies")
        o.font("Helvetica", "", 9).left(25, 39, "Bethesda, Maryland")
        o.dc(196, 18, 48).lw(0.6).line(25, 47, 190.9, 47)
        o.tc(0, 0, 0).font("Times", "", 11.5)
        o.xy(25, 55).cell(165.9, 6, "September 30, 2025", 0, 1, "R")
        o.font("Times", "B", 16).left(25, 68, "CERTIFICATE OF ATTENDANCE", h=8)
        o.font("Times", "", 10).tc(90, 90, 90).left(25, 76, "Registration ID: R-77120453")
        o.tc(0, 0, 0).font("Times", "", 12).left(25, 92, "This letter confirms that")
        o.font("Times", "B", 17).left(25, 101, "Jamal R. Whitfield Jr., MT(ASCP)SBB", h=9)
        o.font("Times", "", 12).left(25, 113, "attended the")
        o.tc(196, 18, 48).font("Helvetica", "B", 11).left(25, 122, "LIVE WEBINAR")
        o.tc(0, 0, 0).font("Times", "B", 15)
        o.xy(25, 130).mcell(160, 7.5, "Building a Hospital Transfusion Safety Program: Lessons from Hemovigilance Data", 0, "L")
        o.font("Times", "", 12).ln(3).setx(25)
        o.mcell(165.9, 6.5, "held on September 17, 2025, and has been awarded 1.5 contact hours of P.A.C.E.\u00ae continuing "
                           "education credit for full participation in the live session.", 0, "L")
        o.ln(6).setx(25).font("Times", "", 10.5)
        o.mcell(165.9, 5.2, "AABB is approved as a provider of continuing education programs in the clinical laboratory "
                            "sciences by the ASCLS P.A.C.E.\u00ae Program.", 0, "L")
        o.setx(25).mcell(165.9, 5.2, "Program No. 525-118-25", 0, "L")
        o.font("Times", "", 12).left(25, 200, "Sincerely,")
        o.font("Times", "I", 20).left(25, 209, "Delphine Marchetti", h=9)
        o.lw(0.3).dc(0, 0, 0).line(25, 219, 100, 219)
        o.font("Times", "", 11).left(25, 221, "Delphine Marchetti, MS, MT(ASCP)SBB", h=5.5)
        o.left(25, 226.5, "Director, Education Programs", h=5.5)
        o.font("Helvetica", "", 8).tc(110, 110, 110)
        o.xy(25, 262).mcell(165.9, 4, "Please retain this letter for your continuing education records. Attendance was verified "
                                      "through the webinar platform log. This letter does not confer certification.", 0, "L")
        php_pdf("yg02", "fpdf", o)
    return g, render


# --------------------------------------------------------------------------- yg13
@cert
def yg13():
    g = gold("yg13", "state-society", "fpdf",
             ["landscape", "centered-award", "border", "seal", "format-line", "accreditation-subject-only",
              "signatures"],
             "Regional society webinar: the provider appears only as the subject of the P.A.C.E. approval statement at "
             "the bottom; 'Live Virtual Session' format line between verb and title; presenter is a distractor.",
             "Kateryna Bondarenko",
             "From Bench to Bedside: Communicating Critical Values Effectively",
             "2025-03-20", 1.0, "contact hour",
             ["Great Plains Society for Clinical Laboratory Science"], "412-055-25")

    def render():
        o = Ops("L")
        o.meta("Certificate of Completion", "Education Committee", "Certificate generator")
        o.dc(26, 83, 92).lw(2.2).rect(10, 10, 259.4, 195.9, "D")
        o.lw(0.4).rect(14, 14, 251.4, 187.9, "D")
        o.fc(226, 236, 238).circle(139.7, 36, 13, "FD")
        o.tc(26, 83, 92).font("Times", "B", 11).center(33, "P.A.C.E.\u00ae", h=6)
        o.font("Times", "", 7).center(38.5, "APPROVED", h=4)
        o.tc(26, 83, 92).font("Times", "B", 34).center(54, "Certificate of Completion", h=14)
        o.tc(40, 40, 40).font("Times", "I", 13).center(74, "This certifies that")
        o.tc(0, 0, 0).font("Times", "B", 26).center(84, "Kateryna Bondarenko", h=12)
        o.dc(150, 150, 150).lw(0.3).line(80, 97, 199.4, 97)
        o.tc(40, 40, 40).font("Times", "I", 13).center(101, "participated in the")
        o.tc(26, 83, 92).font("Helvetica", "B", 12).center(110, "Live Virtual Session")
        o.tc(0, 0, 0).font("Times", "B", 20).center(119, "From Bench to Bedside: Communicating Critical Values Effectively", h=10)
        o.font("Times", "", 13).center(132, "on Thursday, March 20, 2025")
        o.center(139, "and is awarded 1.0 contact hour of P.A.C.E.\u00ae continuing education credit")
        o.center(146, "Course Number: 412-055-25")
        o.tc(80, 80, 80).font("Times", "I", 11).center(155, "Presented by Lorenzo Vitale, MHA, MLS(ASCP)CM")
        o.tc(0, 0, 0).dc(0, 0, 0).lw(0.3).line(40, 172, 110, 172).line(169.4, 172, 239.4, 172)
        o.font("Helvetica", "", 9.5)
        o.xy(40, 173).cell(70, 5, "Abigail Sorensen-Pike, MLS(ASCP)", 0, 2, "C").cell(70, 5, "Education Chair", 0, 0, "C")
        o.xy(169.4, 173).cell(70, 5, "Dario Castellano, MS, MLS(ASCP)", 0, 2, "C").cell(70, 5, "Society President", 0, 0, "C")
        o.font("Helvetica", "", 8.5).tc(70, 70, 70)
        o.xy(30, 189).mcell(219.4, 4.2, "The Great Plains Society for Clinical Laboratory Science is approved as a provider of continuing "
                                       "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", 0, "C")
        php_pdf("yg13", "fpdf", o)
    return g, render


# --------------------------------------------------------------------------- yg23
@cert
def yg23():
    g = gold("yg23", "LabCE", "fpdf",
             ["portrait", "two-column", "accented", "credentials", "wrapped-title+label"],
             "Two-column label/value layout; title wraps inside the value column and is directly followed by the "
             "'Date Completed:' row; certificate ID and customer ID are distractors.",
             "Ørjan Haugland",
             "Transfusion Reactions: Recognition, Investigation, and Reporting Requirements for the Blood Bank",
             "2025-12-02", 1.5, "contact hour",
             ["LabCE"], "3127")

    def render():
        o = Ops("P")
        o.meta("LabCE Certificate", "LabCE", "LabCE certificate service")
        o.fc(0, 114, 187).rect(0, 0, 215.9, 34, "F")
        o.tc(255, 255, 255).font("Helvetica", "B", 28).left(20, 10, "LabCE", h=12)
        o.font("Helvetica", "", 11).left(20, 22, "Continuing Education Certificate")
        o.tc(0, 0, 0).font("Helvetica", "B", 20).center(48, "Certificate of Completion", h=10)
        o.font("Helvetica", "", 11).tc(70, 70, 70).center(60, "This document verifies successful completion of the course listed below.")
        rows = [
            ("Participant:", "Ørjan Haugland, MLS(ASCP)CM"),
            ("Course Title:", "Transfusion Reactions: Recognition, Investigation, and Reporting Requirements for the Blood Bank"),
            ("Date Completed:", "December 2, 2025"),
            ("Course Number:", "3127"),
            ("Credit:", "1.5 contact hours (P.A.C.E.\u00ae)"),
            ("Level:", "Intermediate"),
            ("Certificate ID:", "5C2D-11F8-A904"),
            ("Customer ID:", "100822917"),
        ]
        o.tc(0, 0, 0)
        o.xy(25, 76)
        for lab, val in rows:
            o.setx(25).font("Helvetica", "B", 11).cell(42, 7, lab, 0, 0, "L")
            o.font("Helvetica", "", 11).mcell(118, 7, val, 0, "L")
            o.ln(2)
        o.dc(0, 114, 187).lw(0.5).line(25, 158, 190.9, 158)
        o.font("Helvetica", "", 9.5).tc(50, 50, 50).xy(25, 163)
        o.mcell(165.9, 5, "LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences "
                          "by the ASCLS P.A.C.E.\u00ae Program. Florida Board of Clinical Laboratory Personnel: this course is approved "
                          "for 1.5 hours in the Immunohematology category.", 0, "L")
        o.font("Times", "I", 18).tc(0, 0, 0).left(25, 200, "Caroline Whitlock-Baines", h=8)
        o.dc(0, 0, 0).lw(0.3).line(25, 209, 95, 209)
        o.font("Helvetica", "", 9).left(25, 210, "Caroline Whitlock-Baines, MS, MLS(ASCP)CM", h=4.5).left(25, 214.5, "Continuing Education Manager", h=4.5)
        o.font("Helvetica", "", 8).tc(120, 120, 120).xy(0, 265).cell(215.9, 4, "LabCE.com  |  Page 1 of 1", 0, 0, "C")
        php_pdf("yg23", "fpdf", o)
    return g, render


# --------------------------------------------------------------------------- yg35
@cert
def yg35():
    g = gold("yg35", "vendor", "fpdf",
             ["landscape", "centered-award", "border", "issuer-line-only", "format-line", "wrapped-title+label",
              "signatures"],
             "Vendor webinar: provider printed only in the issuer line under 'Certificate of Completion'; "
             "'LIVE WEBINAR' format line; wrapped title directly followed by 'Webinar Date:'; presenter is a distractor.",
             "Ravi Shankar Iyer",
             "Syndromic Respiratory Panels in the Post-Pandemic Era: Stewardship, Reimbursement, and Result Interpretation",
             "2025-01-22", 1.0, "contact hour",
             ["Lumetra Molecular, Inc."], "LM-WB-0122")

    def render():
        o = Ops("L")
        o.meta("Webinar certificate", "Medical Affairs", "LMS export")
        o.fc(245, 243, 236).rect(0, 0, 279.4, 215.9, "F")
        o.dc(120, 46, 140).lw(1.5).rect(12, 12, 255.4, 191.9, "D")
        o.fc(120, 46, 140).rect(12, 12, 255.4, 6, "F")
        o.tc(120, 46, 140).font("Helvetica", "B", 32).center(32, "Certificate of Completion", h=14)
        o.tc(60, 60, 60).font("Helvetica", "", 12).center(47, "Issued by Lumetra Molecular, Inc.")
        o.font("Helvetica", "I", 9).center(53, "An ASCLS P.A.C.E.\u00ae approved provider of continuing education programs in the clinical laboratory sciences", h=5)
        o.tc(0, 0, 0).font("Times", "", 13).center(68, "This certifies that")
        o.font("Times", "B", 24).center(77, "Ravi Shankar Iyer", h=11)
        o.font("Times", "", 13).center(91, "has attended the")
        o.tc(120, 46, 140).font("Helvetica", "B", 12).center(99, "LIVE WEBINAR")
        o.tc(0, 0, 0).font("Times", "B", 18)
        o.xy(40, 108).mcell(199.4, 8.5, "Syndromic Respiratory Panels in the Post-Pandemic Era: Stewardship, Reimbursement, and Result Interpretation", 0, "C")
        o.font("Times", "", 13).setx(0).cell(279.4, 7, "Webinar Date: January 22, 2025", 0, 1, "C")
        o.setx(0).cell(279.4, 7, "P.A.C.E.\u00ae contact hours: 1.0", 0, 1, "C")
        o.setx(0).cell(279.4, 7, "Course No. LM-WB-0122", 0, 1, "C")
        o.tc(90, 90, 90).font("Times", "I", 11).setx(0).cell(279.4, 8, "Presenter: Giulia Ferraro-Banks, PhD, D(ABMM), Director of Medical Affairs", 0, 1, "C")
        o.tc(0, 0, 0).dc(0, 0, 0).lw(0.3).line(95, 184, 184.4, 184)
        o.font("Helvetica", "", 9.5).xy(95, 185).cell(89.4, 5, "Warren Achterberg, MBA", 0, 2, "C").cell(89.4, 5, "Senior Manager, Professional Education", 0, 0, "C")
        o.font("Helvetica", "", 7.5).tc(120, 120, 120).xy(20, 197).cell(100, 4, "Attendance verified by webinar log-in and poll responses.", 0, 0, "L")
        php_pdf("yg35", "fpdf", o)
    return g, render


# --------------------------------------------------------------------------- yg40
@cert
def yg40():
    g = gold("yg40", "hospital-inservice", "fpdf",
             ["portrait", "labels-above", "table", "suffix", "credentials", "department-provider", "signatures"],
             "Grand rounds certificate from a hospital education office; labels above values (Attendee | Date | "
             "Session No. | Contact Hours); series name before the colon is part of the title; name keeps 'Sr.'.",
             "Frederick L. Osei Sr.",
             "Laboratory Medicine Grand Rounds: Interpreting Thromboelastography in Massive Transfusion",
             "2025-07-17", 1.0, "contact hour",
             ["Lakeshore Memorial Hospital", "Lakeshore Memorial Hospital, Clinical Laboratory Education Office"],
             "GR-0717")

    def render():
        o = Ops("P")
        o.meta("Certificate of Attendance", "Clinical Laboratory Education Office", "Education tracking")
        o.dc(30, 30, 30).lw(0.8).rect(12, 12, 191.9, 255.4, "D")
        o.tc(20, 60, 110).font("Times", "B", 22).center(24, "Lakeshore Memorial Hospital", h=10)
        o.tc(60, 60, 60).font("Times", "I", 13).center(34, "Clinical Laboratory Education Office")
        o.font("Helvetica", "", 8.5).center(40, "1200 Lakeshore Boulevard, Marquette Bay, Michigan 49855", h=5)
        o.dc(20, 60, 110).lw(0.5).line(30, 48, 185.9, 48)
        o.tc(0, 0, 0).font("Times", "B", 24).center(58, "CERTIFICATE OF ATTENDANCE", h=12)
        cols = [(22, 66, "ATTENDEE", "Frederick L. Osei Sr., MT(ASCP)"), (88, 34, "DATE", "07/17/2025"),
                (122, 34, "SESSION NO.", "GR-0717"), (156, 38, "CONTACT HOURS", "1.0")]
        o.fc(233, 239, 247)
        for x, w, lab, val in cols:
            o.xy(x, 82).font("Helvetica", "B", 8).tc(20, 60, 110).cell(w, 7, lab, "LTR", 0, "L", True)
            o.xy(x, 89).font("Times", "", 11.5).tc(0, 0, 0).cell(w, 9, val, "LBR", 0, "L")
        o.xy(22, 106).font("Helvetica", "B", 8).tc(20, 60, 110).cell(172, 7, "PRESENTATION TITLE", "LTR", 1, "L", True)
        o.setx(22).font("Times", "B", 13).tc(0, 0, 0).mcell(172, 7, "Laboratory Medicine Grand Rounds: Interpreting Thromboelastography in Massive Transfusion", "LBR", "L")
        o.ln(4).setx(22).font("Times", "", 11).mcell(172, 6, "Presenter: Anjali Raghunathan-Cole, MD, Medical Director, Transfusion Service", 0, "L")
        o.ln(2).setx(22).font("Times", "", 10.5).mcell(172, 5.5, "Lakeshore Memorial Hospital is approved as a provider of continuing education programs in the "
                                                            "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours are awarded for "
                                                            "attendance at the entire session.", 0, "L")
        o.dc(0, 0, 0).lw(0.3).line(22, 200, 92, 200).line(124, 200, 194, 200)
        o.font("Helvetica", "", 9).xy(22, 201).cell(70, 4.5, "Janelle Whitmore-Sax, MEd, MLS(ASCP)", 0, 2, "L").cell(70, 4.5, "Clinical Laboratory Educator", 0, 0, "L")
        o.xy(124, 201).cell(70, 4.5, "Anjali Raghunathan-Cole, MD", 0, 2, "L").cell(70, 4.5, "Medical Director, Transfusion Service", 0, 0, "L")
        o.font("Helvetica", "", 7.5).tc(120, 120, 120).xy(22, 255).cell(172, 4, "Employee No. 55-20914   |   Form CLE-7 rev. 2024", 0, 0, "L")
        php_pdf("yg40", "fpdf", o)
    return g, render


# =========================================================================== TCPDF
# --------------------------------------------------------------------------- yg04
@cert
def yg04():
    g = gold("yg04", "ASCLS", "tcpdf",
             ["landscape", "centered-award", "border", "seal", "caps-name", "credentials", "date-range",
              "meeting-name-title", "keyword-title", "signatures"],
             "ASCLS's own meeting attendance certificate (ASCLS is provider, the P.A.C.E. program is its own); no "
             "session title, so title = meeting name (contains 'Meeting'); date = last day of the range; member "
             "number is a distractor; ALL-CAPS name.",
             "DEVONTE A. HARRIS",
             "2025 ASCLS Annual Meeting",
             "2025-07-30", 14.5, "contact hour",
             ["American Society for Clinical Laboratory Science", "ASCLS"], None)

    def render():
        o = Ops("L")
        o.meta("Certificate of Attendance", "ASCLS", "ASCLS meeting services")
        o.dc(0, 75, 135).lw(3).rect(9, 9, 261.4, 197.9, "D")
        o.dc(200, 160, 60).lw(0.8).rect(14, 14, 251.4, 187.9, "D")
        o.fc(200, 160, 60).dc(200, 160, 60).star(240, 40, 15, 24, 2, "DF")
        o.tc(255, 255, 255).font("helvetica", "B", 9).xy(225, 37).cell(30, 6, "P.A.C.E.\u00ae", 0, 0, "C")
        o.tc(0, 75, 135).font("helvetica", "B", 14).center(24, "American Society for Clinical Laboratory Science", h=7)
        o.tc(0, 0, 0).font("times", "", 36).center(38, "Certificate of Attendance", h=16)
        o.font("times", "I", 14).center(62, "This is to certify that", h=7)
        o.font("times", "B", 28).center(74, "DEVONTE A. HARRIS, MLS(ASCP)", h=12)
        o.font("times", "I", 14).center(92, "attended the", h=7)
        o.tc(0, 75, 135).font("times", "B", 26).center(102, "2025 ASCLS Annual Meeting", h=12)
        o.tc(40, 40, 40).font("times", "", 13).center(117, "July 27\u201330, 2025  \u2022  Spokane Convention Center  \u2022  Spokane, Washington", h=7)
        o.tc(0, 0, 0).font("times", "", 15).center(130, "and earned 14.5 P.A.C.E.\u00ae contact hours", h=8)
        o.font("helvetica", "", 9).tc(90, 90, 90).center(140, "ASCLS Member #: 0192847", h=5)
        o.tc(0, 0, 0).dc(0, 0, 0).lw(0.3).line(40, 172, 115, 172).line(164.4, 172, 239.4, 172)
        o.font("helvetica", "", 9.5)
        o.xy(40, 173).cell(75, 5, "Rochelle Abernathy-Quist, EdD, MLS(ASCP)CM", 0, 2, "C").cell(75, 5, "President", 0, 0, "C")
        o.xy(164.4, 173).cell(75, 5, "Terrence Obi-Lindqvist, MS, MLS(ASCP)", 0, 2, "C").cell(75, 5, "Chair, Education and Professional Development", 0, 0, "C")
        o.font("helvetica", "", 8).tc(80, 80, 80).xy(25, 190)
        o.mcell(229.4, 4, "The American Society for Clinical Laboratory Science is approved as a provider of continuing education programs "
                          "in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours reflect sessions verified "
                          "through the meeting app.", 0, "C")
        php_pdf("yg04", "tcpdf", o)
    return g, render


# --------------------------------------------------------------------------- yg11
@cert
def yg11():
    g = gold("yg11", "ASM", "tcpdf",
             ["landscape", "two-column", "session-date", "date-range", "credentials", "hyphenated"],
             "Session certificate at a conference: gold date is the session date (October 7), not the conference "
             "range; ID labelled 'Session No.:'; time of day and registration ID are distractors.",
             "Wen-Hsuan Liao",
             "Direct-from-Blood-Culture Susceptibility Testing: Validation Strategies for Rapid Methods",
             "2025-10-07", 1.5, "contact hour",
             ["American Society for Microbiology", "ASM"], "214")

    def render():
        o = Ops("L")
        o.meta("Session certificate", "ASM", "ASM conference services")
        o.fc(0, 91, 130).rect(0, 0, 279.4, 30, "F")
        o.tc(255, 255, 255).font("helvetica", "B", 20).left(18, 7, "American Society for Microbiology", h=9)
        o.font("helvetica", "", 10.5).left(18, 17, "ASM Clinical & Public Health Microbiology Conference 2025  \u2022  October 6\u20138, 2025  \u2022  Denver, Colorado", h=6)
        o.tc(255, 255, 255).font("helvetica", "B", 26).xy(230, 8).cell(35, 12, "ASM", 0, 0, "R")
        o.tc(0, 91, 130).font("times", "B", 26).center(42, "Session Certificate of Attendance", h=12)
        o.tc(0, 0, 0).font("times", "I", 13).center(60, "This certifies that", h=7)
        o.font("times", "B", 22).center(69, "Wen-Hsuan Liao, PhD, D(ABMM)", h=10)
        o.font("times", "I", 13).center(83, "attended the session", h=7)
        o.font("times", "B", 17).center(92, "Direct-from-Blood-Culture Susceptibility Testing: Validation Strategies for Rapid Methods", h=9)
        rows = [("Session No.:", "214"), ("Session Date:", "Tuesday, October 7, 2025, 1:30\u20133:00 PM MT"),
                ("Contact Hours:", "1.5 (P.A.C.E.\u00ae)"), ("Moderator:", "Claudia Restrepo-Vance, PhD"),
                ("Registration ID:", "55120-AX")]
        y = 110
        for lab, val in rows:
            o.tc(0, 91, 130).font("helvetica", "B", 11).xy(70, y).cell(45, 7, lab, 0, 0, "R")
            o.tc(0, 0, 0).font("helvetica", "", 11).xy(119, y).cell(110, 7, val, 0, 0, "L")
            y += 8
        o.dc(0, 91, 130).lw(0.4).line(18, 162, 261.4, 162)
        o.font("helvetica", "", 9).tc(60, 60, 60).xy(18, 166)
        o.mcell(243.4, 4.5, "ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                            "ASCLS P.A.C.E.\u00ae Program. Contact hours are awarded per session attended; attendance was verified by "
                            "badge scan at session entry and exit.", 0, "L")
        o.tc(0, 0, 0).dc(0, 0, 0).lw(0.3).line(18, 192, 90, 192)
        o.font("helvetica", "", 9).xy(18, 193).cell(72, 4.5, "Harriet Okafor-Lindstrom, PhD", 0, 2, "L").cell(72, 4.5, "Chair, Conference Program Committee", 0, 0, "L")
        php_pdf("yg11", "tcpdf", o)
    return g, render


# --------------------------------------------------------------------------- yg18
@cert
def yg18():
    g = gold("yg18", "vendor", "tcpdf",
             ["portrait", "centered-award", "two-column", "table", "border", "date-range", "credentials",
              "signatures"],
             "Vendor key-operator training over four days (gold date = last day); ID labelled 'Training ID'; "
             "instrument serial number is a distractor.",
             "Ahmad F. Haddad",
             "AuroSpec 900 Chemistry Analyzer Key Operator Training",
             "2025-03-06", 28.0, "contact hour",
             ["Veridian Diagnostics, Inc."], "KO-A900-2503")

    def render():
        o = Ops("P")
        o.meta("Certificate of Training", "Veridian Diagnostics, Inc.", "Training records")
        o.dc(0, 120, 90).lw(1.2).rrect(10, 10, 195.9, 259.4, 6, "D")
        o.fc(0, 120, 90).rect(10, 28, 195.9, 2, "F")
        o.tc(0, 120, 90).font("helvetica", "B", 18).center(15, "Veridian Diagnostics, Inc.", h=9)
        o.tc(0, 0, 0).font("dejavuserif", "", 28).center(44, "Certificate of Training", h=14)
        o.font("dejavuserif", "I", 12).center(64, "This certifies that", h=7)
        o.font("dejavuserif", "B", 20).center(74, "Ahmad F. Haddad, MLS(ASCP)CM", h=10)
        o.font("dejavuserif", "I", 12).center(88, "has successfully completed", h=7)
        o.tc(0, 120, 90).font("dejavuserif", "B", 16).center(98, "AuroSpec 900 Chemistry Analyzer Key Operator Training", h=9)
        rows = [("Training dates", "March 3\u20136, 2025"), ("Location", "Veridian Training Center, Raleigh, North Carolina"),
                ("Training ID", "KO-A900-2503"), ("Instrument serial no.", "A9-004417"),
                ("Continuing education", "28.0 P.A.C.E.\u00ae contact hours"), ("Instructor", "Graciela Montalvo-Reyes, MT(ASCP)")]
        y = 118
        o.lw(0.2).dc(180, 180, 180).fc(236, 246, 242)
        for i, (lab, val) in enumerate(rows):
            o.tc(0, 0, 0).font("helvetica", "B", 10.5).xy(30, y).cell(52, 9, lab, 1, 0, "L", True)
            o.font("helvetica", "", 10.5).xy(82, y).cell(104, 9, val, 1, 0, "L")
            y += 9
        o.font("helvetica", "", 9.5).tc(60, 60, 60).xy(28, 180)
        o.mcell(160, 5, "Veridian Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical "
                        "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Completion of this course qualifies the participant "
                        "to perform key operator maintenance and to train other operators at the customer site.", 0, "L")
        o.dc(0, 0, 0).lw(0.3).line(28, 232, 98, 232).line(118, 232, 188, 232)
        o.tc(0, 0, 0).font("helvetica", "", 9)
        o.xy(28, 233).cell(70, 4.5, "Graciela Montalvo-Reyes, MT(ASCP)", 0, 2, "L").cell(70, 4.5, "Senior Applications Instructor", 0, 0, "L")
        o.xy(118, 233).cell(70, 4.5, "Oskar Lindahl", 0, 2, "L").cell(70, 4.5, "Manager, Customer Training", 0, 0, "L")
        o.font("helvetica", "", 7.5).tc(130, 130, 130).xy(10, 258).cell(195.9, 4, "Record TRN-25-03-118  \u2022  Issued March 7, 2025", 0, 0, "C")
        php_pdf("yg18", "tcpdf", o)
    return g, render


# --------------------------------------------------------------------------- yg30
@cert
def yg30():
    g = gold("yg30", "state-society", "tcpdf",
             ["landscape", "centered-award", "border", "seal", "hyphenated", "credentials", "date-range",
              "meeting-name-title", "keyword-title", "program-no-no-colon", "signatures"],
             "Regional society fall meeting attendance: title = meeting name (contains 'Meeting'); date = last day of "
             "range; printed short form TSCLSA; 'P.A.C.E.® Program No. 634-310-25' without colon; member number is a distractor.",
             "Brianna Kowalski-Nguyen",
             "2025 Fall Educational Meeting",
             "2025-10-24", 9.5, "contact hour",
             ["Tri-State Clinical Laboratory Science Association", "TSCLSA"], "634-310-25")

    def render():
        o = Ops("L")
        o.meta("Certificate of Attendance", "TSCLSA", "TSCLSA")
        o.fc(250, 248, 240).rect(0, 0, 279.4, 215.9, "F")
        o.dc(110, 30, 30).lw(4).rect(10, 10, 259.4, 195.9, "D")
        o.lw(0.5).rect(15, 15, 249.4, 185.9, "D")
        o.fc(110, 30, 30).circle(139.7, 36, 14, "F")
        o.tc(255, 255, 255).font("helvetica", "B", 11).center(33, "TSCLSA", h=6)
        o.tc(110, 30, 30).font("times", "B", 16).center(54, "Tri-State Clinical Laboratory Science Association", h=8)
        o.tc(0, 0, 0).font("times", "", 32).center(65, "Certificate of Attendance", h=15)
        o.font("times", "I", 13).center(83, "presented to", h=7)
        o.font("times", "B", 26).center(91, "Brianna Kowalski-Nguyen, MLS(ASCP)CM", h=12)
        o.font("times", "I", 13).center(106, "for attendance at the", h=7)
        o.tc(110, 30, 30).font("times", "B", 22).center(115, "2025 Fall Educational Meeting", h=10)
        o.tc(40, 40, 40).font("times", "", 12.5).center(127, "October 23\u201324, 2025  \u2022  Harborside Conference Center, Wheeling, West Virginia", h=7)
        o.tc(0, 0, 0).font("times", "B", 14).center(137, "Total P.A.C.E.\u00ae contact hours earned: 9.5", h=7)
        o.font("times", "", 11).center(145, "P.A.C.E.\u00ae Program No. 634-310-25", h=6)
        o.dc(0, 0, 0).lw(0.3).line(40, 174, 115, 174).line(164.4, 174, 239.4, 174)
        o.font("helvetica", "", 9.5)
        o.xy(40, 175).cell(75, 5, "Lorna McIntyre-Haas, MS, MLS(ASCP)", 0, 2, "C").cell(75, 5, "President", 0, 0, "C")
        o.xy(164.4, 175).cell(75, 5, "Kwame Asante-Doyle, MLS(ASCP)", 0, 2, "C").cell(75, 5, "Continuing Education Coordinator", 0, 0, "C")
        o.font("helvetica", "", 8).tc(80, 80, 80).xy(25, 189)
        o.mcell(229.4, 4, "TSCLSA is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
                          "ASCLS P.A.C.E.\u00ae Program.   Member No. TS-2290", 0, "C")
        php_pdf("yg30", "tcpdf", o)
    return g, render
