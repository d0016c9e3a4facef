"""Certificates written directly in PostScript and distilled with Ghostscript (pdfwrite)."""
from common import ghostscript, gold

P = "Ghostscript (PostScript)"

PROLOG = r"""%!PS-Adobe-3.0
%%Pages: 1
%%BoundingBox: 0 0 {w} {h}
%%EndComments
<< /PageSize [{w} {h}] >> setpagedevice
% Latin-1 encoding with hyphen and quotesingle in their ASCII slots
/MyEnc ISOLatin1Encoding dup length array copy def
MyEnc 45 /hyphen put MyEnc 39 /quotesingle put MyEnc 96 /grave put
/ReEnc {{ % newname oldname
  findfont dup length dict begin {{ 1 index /FID ne {{ def }} {{ pop pop }} ifelse }} forall
  /Encoding MyEnc def currentdict end definefont pop }} def
/TR /Times-Roman ReEnc  /TB /Times-Bold ReEnc  /TI /Times-Italic ReEnc  /TBI /Times-BoldItalic ReEnc
/HR /Helvetica ReEnc  /HB /Helvetica-Bold ReEnc  /HO /Helvetica-Oblique ReEnc
/F {{ exch findfont exch scalefont setfont }} def            % /font size F
/CS {{ % x y string -> centred show
  dup stringwidth pop 2 div 4 -1 roll exch sub 3 -1 roll moveto show }} def
/RS {{ dup stringwidth pop 4 -1 roll exch sub 3 -1 roll moveto show }} def
/LS {{ 3 1 roll moveto show }} def
/CA {{ % x y track string -> centred letter-spaced show
  dup length 1 sub 2 index mul 1 index stringwidth pop add 2 div
  5 -1 roll exch sub 4 -1 roll moveto 0 exch ashow }} def
/RGB {{ setrgbcolor }} def
"""


def ps(s):
    outp = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            outp.append("\\" + ch)
        elif o > 126:
            if o > 255:
                raise ValueError("not latin-1: %r" % ch)
            outp.append("\\%03o" % o)
        else:
            outp.append(ch)
    return "(" + "".join(outp) + ")"


def wrap(text, width, font_w):
    """Crude word wrap by average character width (points per char)."""
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if len(t) * font_w > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def w08(wid):
    W, H = 612, 792
    L = [PROLOG.format(w=W, h=H)]
    a = L.append
    a("0.55 0.1 0.1 RGB 40 736 532 6 rectfill")
    a("/HB 16 F 0.55 0.1 0.1 RGB 54 708 %s LS" % ps("Riverside Presbyterian Hospital"))
    a("/HR 10 F 0.2 0.2 0.2 RGB 54 693 %s LS" % ps("Clinical Laboratory"))
    a("/HR 8 F 0.4 0.4 0.4 RGB 558 708 %s RS" % ps("1 Riverside Plaza, Cedar Falls, Iowa"))
    a("558 696 %s RS" % ps("Lab Education: ext. 3-7720"))
    a("0 0 0 RGB /TB 22 F 306 640 %s CS" % ps("Certificate of In-Service Education"))
    a("/TI 12 F 306 618 %s CS" % ps("presented upon completion of the annual operator recertification"))
    rows = [("NAME", "MARCUS T. OKONKWO-BELL JR."),
            ("EMPLOYEE NO.", "E-0061942"),
            ("IN-SERVICE TITLE", "Point-of-Care Glucose Meter Operator Recertification: Quality Control and Date/Time Verification"),
            ("IN-SERVICE NO.", "RPH-POC-1007"),
            ("DATE OF IN-SERVICE", "10/07/2025"),
            ("CONTACT HOURS", "0.5 contact hour (ASCLS P.A.C.E.)"),
            ("OPERATOR STATUS", "Recertified - next recertification due 10/07/2026")]
    y = 570
    for lab, val in rows:
        a("/HB 8.5 F 0.35 0.35 0.35 RGB 70 %d %s LS" % (y, ps(lab)))
        big = lab in ("NAME", "IN-SERVICE TITLE")
        lines = wrap(val, 370, 6.4 if big else 5.6)
        a("0 0 0 RGB")
        for i, ln in enumerate(lines):
            a("/%s %s F 200 %d %s LS" % ("HB" if big else "HR", 12 if big else 11, y - i * 15, ps(ln)))
        y -= 15 * len(lines) + 8
        a("0.7 0.7 0.7 RGB 0.5 setlinewidth 70 %d moveto 542 %d lineto stroke" % (y + 4, y + 4))
        y -= 14
    y -= 10
    stmt = ("Riverside Presbyterian Hospital, Clinical Laboratory is approved as a provider of continuing education "
            "programs in the clinical laboratory sciences by the ASCLS P.A.C.E. Program. This in-service satisfies "
            "the annual competency requirement for waived glucose testing under hospital policy POC-12.")
    a("0.2 0.2 0.2 RGB")
    for i, ln in enumerate(wrap(stmt, 470, 4.4)):
        a("/HR 9 F 70 %d %s LS" % (y - i * 12, ps(ln)))
    y -= 100
    a("0 0 0 RGB 0.6 setlinewidth 70 %d moveto 270 %d lineto stroke" % (y, y))
    a("342 %d moveto 542 %d lineto stroke" % (y, y))
    a("/HR 9.5 F 70 %d %s LS" % (y - 13, ps("Alicia M. Brandt-Yazzie, MT(ASCP)")))
    a("70 %d %s LS" % (y - 25, ps("POC Coordinator / Trainer")))
    a("342 %d %s LS" % (y - 13, ps("Printed 10/09/2025")))
    a("/HO 7.5 F 0.45 0.45 0.45 RGB 306 48 %s CS" % ps("RPH-LAB-FRM-0227  -  retain in employee competency file"))
    a("showpage\n%%EOF")
    ghostscript(wid, "\n".join(L))
    return gold(wid, style="hospital-inservice", producer=P,
                layout=["portrait", "labels-left", "caps-name", "suffix-name", "long-title", "signature-block",
                        "distractor-numbers", "distractor-dates"],
                notes="Name printed in capitals with suffix 'JR.'; title contains 'Date'; employee no., next "
                      "recertification date and printed date are distractors; office of the hospital issues it.",
                name="MARCUS T. OKONKWO-BELL JR.",
                title="Point-of-Care Glucose Meter Operator Recertification: Quality Control and Date/Time Verification",
                date="2025-10-07", credits=0.5, unit="contact hour",
                provider=["Riverside Presbyterian Hospital",
                          "Riverside Presbyterian Hospital, Clinical Laboratory"],
                activity_id="RPH-POC-1007")




def w19(wid):
    W, H = 792, 612
    L = [PROLOG.format(w=W, h=H)]
    a = L.append
    # ornamental border
    a("0.05 0.3 0.45 RGB 8 setlinewidth 24 24 744 564 rectstroke")
    a("1.2 setlinewidth 36 36 720 540 rectstroke")
    a("0.75 0.6 0.25 RGB 0.6 setlinewidth 42 42 708 528 rectstroke")
    # seal bottom-left: concentric circles with starburst
    a("gsave 118 112 translate 0.75 0.6 0.25 RGB")
    a("0 1 35 { pop 0 0 moveto 0 46 lineto 5 rotate 0 46 lineto closepath fill 5 rotate } for")
    a("1 1 1 RGB 0 0 38 0 360 arc fill 0.05 0.3 0.45 RGB 1.5 setlinewidth 0 0 34 0 360 arc stroke")
    a("/HB 8 F 0 4 %s CS /HR 6 F 0 -6 %s CS grestore" % (ps("GCLSC"), ps("1991")))
    a("0.05 0.3 0.45 RGB /HB 13 F 396 548 %s CS" % ps("Gulf Coast Laboratory Science Council"))
    a("/HR 9 F 396 534 %s CS" % ps("GCLSC - Alabama - Florida - Louisiana - Mississippi - Texas"))
    a("0 0 0 RGB /TI 34 F 396 478 %s CS" % ps("Certificate of Attendance"))
    a("/TR 12 F 396 448 %s CS" % ps("The Council is pleased to certify that"))
    a("/TB 24 F 396 410 4 %s CA" % ps("NATALIE ORTEGA-BREEN"))
    a("0.75 0.6 0.25 RGB 1 setlinewidth 236 400 moveto 556 400 lineto stroke 0 0 0 RGB")
    a("/TR 12 F 396 378 %s CS" % ps("attended the"))
    a("0.05 0.3 0.45 RGB /TB 19 F 396 350 %s CS" % ps("34th Gulf Coast Regional Laboratory Science Conference"))
    a("0 0 0 RGB /TR 12.5 F 396 328 %s CS" % ps("June 4-6, 2025  -  Magnolia Bay Convention Hall, Biloxi, Mississippi"))
    a("/HR 11 F 396 300 %s CS" % ps("Event No.: GCLSC-2025-34        Total P.A.C.E.\256 contact hours: 12.5"))
    stmt = ("The Gulf Coast Laboratory Science Council is approved as a provider of continuing education programs in "
            "the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Attendance was verified from "
            "session scans; hours for the optional pre-conference workshop (June 3) are reported on a separate certificate.")
    a("/HO 8.5 F 0.25 0.25 0.25 RGB")
    for i, ln in enumerate(wrap(stmt, 520, 4.25)):
        a("396 %d %s CS" % (270 - i * 11, ps(ln)))
    a("0 0 0 RGB 0.6 setlinewidth 240 120 moveto 420 120 lineto stroke 480 120 moveto 660 120 lineto stroke")
    a("/TI 14 F 330 126 %s CS 570 126 %s CS" % (ps("Beatrice L. Thibodeaux"), ps("Rigoberto Salinas")))
    a("/HR 8.5 F 330 108 %s CS 330 97 %s CS" % (ps("Beatrice L. Thibodeaux, MS, MLS(ASCP)"), ps("Conference Chair")))
    a("570 108 %s CS 570 97 %s CS" % (ps("Rigoberto Salinas, MLS(ASCP)CM"), ps("GCLSC President")))
    a("/HR 7.5 F 0.4 0.4 0.4 RGB 740 50 %s RS" % ps("Certificate 2025-0418  -  Mailed June 20, 2025"))
    a("showpage\n%%EOF")
    ghostscript(wid, "\n".join(L))
    return gold(wid, style="regional-meeting", producer=P,
                layout=["landscape", "centered", "border", "seal", "letter-spaced-name", "caps-name",
                        "date-range", "signature-block", "distractor-numbers", "distractor-dates"],
                notes="Three-day regional conference (June 4-6), meeting name is the title; name in capitals "
                      "letter-spaced with PostScript ashow; pre-conference date, certificate number and mailed "
                      "date are distractors.",
                name="NATALIE ORTEGA-BREEN",
                title="34th Gulf Coast Regional Laboratory Science Conference",
                date="2025-06-06", credits=12.5, unit="contact hour",
                provider=["Gulf Coast Laboratory Science Council", "GCLSC"], activity_id="GCLSC-2025-34")


def w23(wid):
    W, H = 612, 792
    L = [PROLOG.format(w=W, h=H)]
    a = L.append
    a("0.93 0.96 0.99 RGB 0 0 612 792 rectfill")
    a("1 1 1 RGB 36 36 540 720 rectfill 0.1 0.35 0.65 RGB 2 setlinewidth 36 36 540 720 rectstroke")
    a("0.1 0.35 0.65 RGB 36 700 540 56 rectfill")
    a("1 1 1 RGB /HB 28 F 60 716 %s LS" % ps("LabCE"))
    a("/HR 10 F 552 724 %s RS" % ps("Continuing Education for Laboratory Professionals"))
    a("0 0 0 RGB /TB 26 F 306 630 %s CS" % ps("Certificate of Completion"))
    a("/TR 12 F 306 600 %s CS" % ps("This is to certify that"))
    a("/TBI 24 F 306 565 %s CS" % ps("Ifeoma C. Nwachukwu-Daly"))
    a("/TR 12 F 306 535 %s CS" % ps("has successfully completed the online course and passed the post-test"))
    a("0.1 0.35 0.65 RGB /HB 9 F 306 508 2 %s CA" % ps("ONLINE COURSE"))
    a("0 0 0 RGB /HB 16 F 306 484 %s CS" % ps("Urine Sediment Identification: Crystals, Casts, and Cells"))
    rows = [("Course #", "LC-UA-3310"), ("Date completed", "December 3, 2025"),
            ("Credit", "1.5 P.A.C.E.\u00ae contact hours"), ("Post-test score", "88%"),
            ("Order #", "7740213"), ("Course level", "Basic")]
    y = 430
    for i, (k, v) in enumerate(rows):
        col = i % 2
        x = 90 + col * 230
        if col == 0 and i:
            y -= 40
        a("0.45 0.45 0.45 RGB /HR 8 F %d %d %s LS" % (x, y + 14, ps(k.upper())))
        a("0 0 0 RGB /HB 12 F %d %d %s LS" % (x, y, ps(v)))
    stmt = ("LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by "
            "the ASCLS P.A.C.E.\u00ae Program. This course is also approved for Florida laboratory personnel; "
            "completions are reported to CE Broker. LabCE does not award credit for repeated completions of the same course.")
    a("/HR 8.5 F 0.25 0.25 0.25 RGB")
    for i, ln in enumerate(wrap(stmt, 440, 4.25)):
        a("306 %d %s CS" % (300 - i * 11.5, ps(ln)))
    a("0 0 0 RGB 0.6 setlinewidth 206 170 moveto 406 170 lineto stroke")
    a("/TI 14 F 306 176 %s CS" % ps("Helena Margolis-Quinn"))
    a("/HR 9 F 306 157 %s CS 306 145 %s CS" % (ps("Helena Margolis-Quinn, MS, MLS(ASCP)"), ps("Director of Course Development")))
    a("/HR 7.5 F 0.45 0.45 0.45 RGB 306 60 %s CS" % ps("Certificate printed 12/04/2025  -  Verify at labce.example.com/verify  code 9K2-PX7"))
    a("showpage\n%%EOF")
    ghostscript(wid, "\n".join(L))
    return gold(wid, style="labce", producer=P,
                layout=["portrait", "header-band", "border", "labels-above-values", "two-column-grid",
                        "format-line", "signature-block", "distractor-numbers", "distractor-dates"],
                notes="Online course from LabCE; order number, verification code, post-test score and printed "
                      "date are distractors; 'ONLINE COURSE' letter-spaced format line.",
                name="Ifeoma C. Nwachukwu-Daly",
                title="Urine Sediment Identification: Crystals, Casts, and Cells",
                date="2025-12-03", credits=1.5, unit="contact hour",
                provider=["LabCE"], activity_id="LC-UA-3310")


CERTS = {"w08": w08, "w19": w19, "w23": w23}
