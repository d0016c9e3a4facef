"""Certificates written as hand-made PostScript and distilled by Ghostscript
pdfwrite (z39, z44, z60). Text is encoded in a Latin-1 based encoding (see
engine.PS_PRELUDE); long lines are wrapped in Python with standard-font metrics."""
from common import gold
from engine import PS_PRELUDE, ps_str as S, ps_to_pdf, ps_wrap

P = "ghostscript-ps"


def setup(w, h):
    return PS_PRELUDE + "%%%%BoundingBox: 0 0 %d %d\n%%%%Page: 1 1\n<< /PageSize [%d %d] >> setpagedevice\n" % (w, h, w, h)


def rgb(hexs):
    h = hexs.lstrip("#")
    return "%.3f %.3f %.3f setrgbcolor" % tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def centred_block(x, y, text, font, size, width, leading):
    lines = ps_wrap(text, font, size, width)
    out = ["/%s %s sf" % (font, size)]
    for i, ln in enumerate(lines):
        out.append("%s %s %s ctr" % (x, y - i * leading, S(ln)))
    return "\n".join(out) + "\n", y - (len(lines) - 1) * leading


def left_block(x, y, text, font, size, width, leading):
    lines = ps_wrap(text, font, size, width)
    out = ["/%s %s sf" % (font, size)]
    for i, ln in enumerate(lines):
        out.append("%s %s %s lft" % (x, y - i * leading, S(ln)))
    return "\n".join(out) + "\n", y - (len(lines) - 1) * leading


# ---------------------------------------------------------------- z39 NSH, landscape, letter-spaced name
def z39_ps():
    W, H = 792, 612
    cx = W / 2
    ps = setup(W, H)
    ps += rgb("#3b2459") + "\n6 setlinewidth 24 24 744 564 rectstroke\n1 setlinewidth 36 36 720 540 rectstroke\n"
    # emblem
    ps += "gsave 396 520 translate " + rgb("#3b2459") + " newpath 0 0 34 0 360 arc fill 1 setgray newpath 0 0 27 0 360 arc fill\n"
    ps += rgb("#3b2459") + " /F-HelvB 15 sf 0 -5 (NSH) ctr grestore\n"
    ps += rgb("#3b2459") + "\n/F-HelvB 10 sf %d 466 3 %s sctr\n" % (cx, S("NATIONAL SOCIETY FOR HISTOTECHNOLOGY"))
    ps += "/F-Helv 9.5 sf %d 450 %s ctr\n" % (cx, S("2025 Annual Symposium/Convention  \u2022  September 19\u201324, 2025  \u2022  Providence, Rhode Island"))
    ps += "0.15 setgray /F-Chanc 40 sf %d 396 %s ctr\n" % (cx, S("Certificate of Attendance"))
    ps += "/F-TimesI 14 sf %d 362 %s ctr\n" % (cx, S("This certifies that"))
    ps += "0 setgray /F-TimesB 24 sf %d 328 7 %s sctr\n" % (cx, S("SARAH KOWALCZYK"))
    ps += "0.35 setgray /F-Helv 9 sf %d 312 %s ctr\n" % (cx, S("HT(ASCP)"))
    ps += "0.15 setgray /F-TimesI 14 sf %d 286 %s ctr\n" % (cx, S("attended the workshop"))
    blk, y = centred_block(cx, 260, "Frozen Section Quality: Cryostat Safety, Embedding Orientation, and Troubleshooting Artifacts",
                           "F-TimesB", 19, 520, 23)
    ps += rgb("#3b2459") + "\n" + blk
    ps += "0.1 setgray /F-Times 13 sf %d %d %s ctr\n" % (cx, y - 28, S("Session date: Sunday, September 21, 2025"))
    ps += "/F-Times 13 sf %d %d %s ctr\n" % (cx, y - 47, S("Session No. 2114     \u2022     Contact hours: 3.0"))
    blk, _ = centred_block(cx, y - 76, "The National Society for Histotechnology is approved as a provider of continuing "
                                       "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
                           "F-Helv", 8.5, 470, 11)
    ps += "0.3 setgray\n" + blk
    # signature
    ps += "0.12 0.12 0.3 setrgbcolor /F-Chanc 19 sf 200 92 %s ctr\n" % S("Dorothea Villanueva-Price")
    ps += "0 setgray 0.6 setlinewidth 95 84 moveto 305 84 lineto stroke\n"
    ps += "/F-Helv 8.5 sf 200 72 %s ctr 200 61 %s ctr\n" % (S("Dorothea Villanueva-Price, HTL(ASCP)QIHC"), S("Chair, Education Committee"))
    ps += "0.4 setgray /F-Helv 8 sf 700 72 %s rgt 700 61 %s rgt\n" % (S("Badge No. 4471-S"), S("Certificate printed 10/02/2025"))
    return ps + "showpage\n%%EOF\n"


# ---------------------------------------------------------------- z44 TALPE, portrait letter style
def z44_ps():
    W, H = 612, 792
    L = 72
    ps = setup(W, H)
    teal = rgb("#0e5a6b")
    ps += teal + "\n%d 690 92 44 rectfill 1 setgray /F-HelvB 17 sf %d 706 (TALPE) ctr\n" % (L, L + 46)
    ps += teal + " /F-Helv 8.5 sf %d 712 %s lft %d 700 %s lft\n" % (L + 104, S("Lunch & Learn Webinar Series"), L + 104, S("Continuing education for the laboratory community"))
    ps += "0.1 setgray /F-TimesB 25 sf %d 640 %s lft\n" % (L, S("CERTIFICATE OF PARTICIPATION"))
    ps += "0.3 setgray /F-TimesI 12 sf %d 620 %s lft\n" % (L, S("Issued by the Tri-State Association for Laboratory Professionals and Educators"))
    ps += teal + " 1.5 setlinewidth %d 608 moveto %d 608 lineto stroke\n" % (L, W - L)
    ps += "0 setgray /F-Times 12.5 sf %d 570 %s lft\n" % (L, S("This is to confirm that"))
    ps += "/F-TimesB 21 sf %d 542 %s lft\n" % (L, S("Jerome A. Battiste Sr., MT(ASCP)"))
    ps += "/F-Times 12.5 sf %d 514 %s lft\n" % (L, S("participated in"))
    blk, y = left_block(L, 486, "Meeting CLIA Proficiency Testing Requirements When No Commercial Survey Exists: Alternative "
                                "Assessment Strategies", "F-TimesB", 16, W - 2 * L, 20)
    ps += teal + "\n" + blk
    rows = [("Date of participation:", "January 22, 2026"), ("Activity No.", "W26-03"),
            ("Credit:", "1.0 P.A.C.E.\u00ae contact hour"), ("Format:", "Live webinar, 60 minutes")]
    yy = y - 30
    for lab, val in rows:
        ps += "0 setgray /F-Times 12.5 sf %d %d %s lft /F-TimesB 12.5 sf %d %d %s lft\n" % (L, yy, S(lab), L + 140, yy, S(val))
        yy -= 19
    blk, yy = left_block(L, yy - 18, "TALPE is approved as a provider of continuing education programs in the clinical laboratory "
                                     "sciences by the ASCLS P.A.C.E.\u00ae Program. Participants must attend the entire live "
                                     "session to receive credit. Presenter: Felicity Oyelowo-Grant, MS, MLS(ASCP)CM, "
                                     "Laboratory Quality Manager, Harlan Creek Hospital.", "F-Helv", 9, W - 2 * L, 12)
    ps += "0.25 setgray\n" + blk
    ps += "0.1 0.1 0.3 setrgbcolor /F-Chanc 20 sf %d 200 %s lft\n" % (L, S("Marisa Quintanilla"))
    ps += "0 setgray 0.6 setlinewidth %d 192 moveto %d 192 lineto stroke\n" % (L, L + 220)
    ps += "/F-Helv 9 sf %d 180 %s lft %d 168 %s lft\n" % (L, S("Marisa Quintanilla, MS, MLS(ASCP)CM"), L, S("Continuing Education Coordinator"))
    ps += teal + " 0.8 setlinewidth %d 76 moveto %d 76 lineto stroke\n" % (L, W - L)
    ps += "0.4 setgray /F-Helv 7.5 sf %d 64 %s lft %d 64 %s rgt\n" % (L, S("Member No. TA-20931  \u2022  www.talpe.example.org"), W - L, S("Page 1 of 1"))
    return ps + "showpage\n%%EOF\n"


# ---------------------------------------------------------------- z60 KSCLS archived webinar, landscape, caps name
def z60_ps():
    W, H = 792, 612
    cx = W / 2
    ps = setup(W, H)
    blue = rgb("#1d3f73")
    ps += blue + "\n0 552 792 60 rectfill 0 0 792 22 rectfill\n"
    ps += "1 setgray /F-HelvB 22 sf 54 574 (KSCLS) lft /F-Helv 11 sf 150 576 %s lft\n" % S("Kentucky Society for Clinical Laboratory Science")
    ps += "0.85 0.7 0.3 setrgbcolor 0 546 792 6 rectfill\n"
    ps += blue + " /F-PalB 32 sf %d 480 %s ctr\n" % (cx, S("CERTIFICATE OF COMPLETION"))
    ps += "0.2 setgray /F-PalI 14 sf %d 444 %s ctr\n" % (cx, S("This certifies that"))
    ps += "0 setgray /F-PalB 23 sf %d 412 %s ctr\n" % (cx, S("WINSTON E. ABERNATHY-COLE II, MLS(ASCP)CM"))
    ps += "0.2 setgray /F-PalI 14 sf %d 380 %s ctr\n" % (cx, S("has completed the"))
    ps += "0.75 0.55 0.1 setrgbcolor /F-HelvB 11 sf %d 356 %s ctr\n" % (cx, S("Archived Webinar"))
    blk, y = centred_block(cx, 328, "Vitamin D Testing Discordance: Immunoassay Versus LC-MS/MS and What to Tell Clinicians",
                           "F-TimesB", 20, 560, 24)
    ps += blue + "\n" + blk
    ps += "0.1 setgray /F-Pal 12.5 sf %d %d %s ctr\n" % (cx, y - 30, S("Date viewed: June 23, 2026"))
    ps += "/F-Pal 12.5 sf %d %d %s ctr\n" % (cx, y - 48, S("Course No. KS-AW-2607   \u2022   1.5 P.A.C.E.\u00ae contact hours"))
    ps += "0.35 setgray /F-PalI 10 sf %d %d %s ctr\n" % (cx, y - 68, S("Originally presented live on March 4, 2026, by Rupert Nakashima-Bell, PhD, DABCC"))
    blk, _ = centred_block(cx, y - 96, "KSCLS is approved as a provider of continuing education programs in the clinical "
                                       "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.", "F-Helv", 8.5, 480, 11)
    ps += "0.3 setgray\n" + blk
    ps += "0.1 0.1 0.3 setrgbcolor /F-Chanc 19 sf 590 92 %s ctr\n" % S("Leona Fairbanks-Ito")
    ps += "0 setgray 0.6 setlinewidth 485 84 moveto 695 84 lineto stroke\n"
    ps += "/F-Helv 8.5 sf 590 72 %s ctr 590 61 %s ctr\n" % (S("Leona Fairbanks-Ito, MS, MLS(ASCP)CM"), S("KSCLS Continuing Education Chair"))
    ps += "0.4 setgray /F-Helv 8 sf 60 72 %s lft 60 61 %s lft\n" % (S("Certificate issued 06/24/2026"), S("Serial 26-0623-1187"))
    return ps + "showpage\n%%EOF\n"


CERTS = [
    {"id": "z39", "build": lambda out: ps_to_pdf("z39", z39_ps(), out), "gold": gold(
        "nsh", P,
        ["landscape", "centred-award", "border", "seal", "letter-spaced-name", "all-caps-name", "session-certificate",
         "date-range", "long-title-wrap", "labelled-line-after-title", "title-word-safety",
         "title-word-orientation", "provider-for-in-name", "signature-block"],
        "Name letter-spaced in capitals (PostScript ashow), credentials on their own line. Convention runs September "
        "19-24 but the workshop certificate names its own session date (September 21). Title contains Safety and "
        "Orientation. 'Session No. 2114' without colon. Badge number and print date are distractors. Full name is "
        "printed letter-spaced in capitals at the top and in mixed case in the approval statement.",
        "SARAH KOWALCZYK",
        "Frozen Section Quality: Cryostat Safety, Embedding Orientation, and Troubleshooting Artifacts",
        "2025-09-21", 3.0, "contact hour",
        ["National Society for Histotechnology", "NSH"], "2114")},
    {"id": "z44", "build": lambda out: ps_to_pdf("z44", z44_ps(), out), "gold": gold(
        "state-society", P,
        ["portrait", "letter-style", "left-aligned", "issuer-line-only", "provider-for-in-name",
         "provider-and-in-name", "long-title-wrap", "labelled-line-after-title", "title-word-meeting",
         "suffix-in-name", "credentials-after-name", "signature-block", "presented-by", "url-distractor",
         "page-footer"],
        "Regional society webinar. Provider printed as an issuer line under the heading ('Issued by the ...'), with "
        "'for' and 'and' inside the name, plus the short form TALPE. Title begins with 'Meeting' (not a meeting "
        "attendance). Suffix Sr. kept. Series name in the logo band is not part of the title. Member number and the "
        "presenter are distractors.",
        "Jerome A. Battiste Sr.",
        "Meeting CLIA Proficiency Testing Requirements When No Commercial Survey Exists: Alternative Assessment Strategies",
        "2026-01-22", 1.0, "contact hour",
        ["Tri-State Association for Laboratory Professionals and Educators", "TALPE"], "W26-03")},
    {"id": "z60", "build": lambda out: ps_to_pdf("z60", z60_ps(), out), "gold": gold(
        "state-society", P,
        ["landscape", "centred-award", "header-band", "all-caps-name", "suffix-in-name", "hyphenated-name",
         "credentials-after-name", "format-line", "long-title-wrap", "labelled-line-after-title",
         "original-presentation-date-distractor", "signature-block"],
        "'Archived Webinar' is a format line. ALL-CAPS name with suffix II. The completion date is the date viewed "
        "(June 23); 'Originally presented live on March 4' and the issue date are distractors. Serial number is a "
        "distractor; 'Course No.' is the id.",
        "WINSTON E. ABERNATHY-COLE II",
        "Vitamin D Testing Discordance: Immunoassay Versus LC-MS/MS and What to Tell Clinicians",
        "2026-06-23", 1.5, "contact hour",
        ["Kentucky Society for Clinical Laboratory Science", "KSCLS"], "KS-AW-2607")},
]
