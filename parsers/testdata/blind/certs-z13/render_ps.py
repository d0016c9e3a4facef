"""Hand-written PostScript certificates distilled with Ghostscript (pdfwrite)."""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, ".profiles", "src")

# Latin-1 encoding with a straight quote and a few extra glyphs in 128-135.
EXTRA = {"\u2013": (0o200, "endash"), "\u2014": (0o201, "emdash"), "\u2122": (0o202, "trademark"),
         "\u2022": (0o203, "bullet"), "\u2019": (0o204, "quoteright"), "\u201c": (0o205, "quotedblleft"),
         "\u201d": (0o206, "quotedblright")}

PROLOG = r"""%!PS-Adobe-3.0
%%Creator: hand-written PostScript (certs-z13)
/CertEnc ISOLatin1Encoding dup length array copy def
CertEnc 39 /quotesingle put
CertEnc 45 /hyphen put
CertEnc 96 /grave put
""" + "".join(f"CertEnc {code} /{name} put\n" for code, name in EXTRA.values()) + r"""
/reenc { % newname oldname
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding CertEnc def currentdict
  end definefont pop } def
/F-Times /Times-Roman reenc
/F-TimesB /Times-Bold reenc
/F-TimesI /Times-Italic reenc
/F-Helv /Helvetica reenc
/F-HelvB /Helvetica-Bold reenc
/F-HelvO /Helvetica-Oblique reenc
/F-Pal /Palatino-Roman reenc
/F-PalB /Palatino-Bold reenc
/F-PalI /Palatino-Italic reenc
/F-Chan /ZapfChancery-MediumItalic reenc
/sf { exch findfont exch scalefont setfont } def
/ctr { % x y string
  dup stringwidth pop 2 div 4 -1 roll exch sub 3 -1 roll moveto show } def
/rgt { dup stringwidth pop 4 -1 roll exch sub 3 -1 roll moveto show } def
/lft { 3 1 roll moveto show } def
/actr { % x y spacing string : centred letter-spaced text
  /s exch def /sp exch def /yy exch def /xx exch def
  s length 1 sub sp mul s stringwidth pop add /ww exch def
  xx ww 2 div sub yy moveto sp 0 s ashow } def
"""


def ps(s):
    out = []
    for ch in s:
        if ch in EXTRA:
            out.append("\\%03o" % EXTRA[ch][0])
        elif ch in "()\\":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ch.encode("latin-1")[0]
            out.append("\\%03o" % code)
    return "(" + "".join(out) + ")"


def zm09(c):
    g, f = c["gold"], c["f"]
    L = [PROLOG, "<< /PageSize [792 612] >> setpagedevice", "%%Page: 1 1",
         "0.15 0.25 0.45 setrgbcolor 4 setlinewidth 24 24 744 564 rectstroke",
         "1 setlinewidth 34 34 724 544 rectstroke",
         "0.55 0.12 0.35 setrgbcolor",
         f"/F-HelvB 34 sf 396 520 {ps('NSH')} ctr",
         f"/F-Helv 12 sf 396 500 {ps('National Society for Histotechnology')} ctr",
         "0.2 0.2 0.2 setrgbcolor",
         f"/F-Helv 10 sf 396 482 {ps(f['meeting'] + ' · ' + f['meeting_dates'] + ' · ' + f['location'])} ctr",
         "0 0 0 setrgbcolor",
         f"/F-PalB 30 sf 396 428 {ps('Certificate of Attendance')} ctr",
         f"/F-PalI 13 sf 396 398 {ps('This certifies that')} ctr",
         f"/F-PalB 24 sf 396 364 {ps(f['name_printed'])} ctr",
         "0.5 setlinewidth 216 356 moveto 576 356 lineto stroke",
         f"/F-PalI 13 sf 396 334 {ps('attended the convention session')} ctr",
         "0.55 0.12 0.35 setrgbcolor",
         f"/F-HelvO 10.5 sf 396 312 {ps('Hands-On Workshop')} ctr",
         "0 0 0 setrgbcolor"]
    y = 290
    for line in f["title_lines"]:
        L.append(f"/F-PalB 17 sf 396 {y} {ps(line)} ctr")
        y -= 22
    L += [f"/F-Pal 12.5 sf 396 {y - 10} {ps('Session #: ' + g['activity_id'] + '   ·   ' + f['session_date'] + ', 8:00 – 11:30 a.m.')} ctr",
          f"/F-PalB 13 sf 396 {y - 32} {ps('3.0 contact hours')} ctr",
          f"/F-Helv 8 sf 396 92 {ps('The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences')} ctr",
          f"/F-Helv 8 sf 396 81 {ps('by the ASCLS P.A.C.E.® Program. Contact hours exclude the 30-minute break. Retain this certificate for your records.')} ctr",
          f"/F-Helv 8 sf 60 52 {ps('Registration ID ' + f['registration'])} lft",
          "0.5 setlinewidth 520 140 moveto 720 140 lineto stroke",
          f"/F-Chan 16 sf 620 146 {ps('M. Thibodeaux')} ctr",
          f"/F-Helv 8.5 sf 620 128 {ps('Chair, Education Committee')} ctr",
          "showpage", "%%EOF"]
    return "\n".join(L)


def zm20(c):
    g, f = c["gold"], c["f"]
    W, H = 252, 153
    front = [
        "0.0 0.30 0.55 setrgbcolor 0 113 252 40 rectfill",
        "1 1 1 setrgbcolor",
        f"/F-HelvB 20 sf 12 126 {ps('AMT')} lft",
        f"/F-Helv 7.5 sf 62 134 {ps('American Medical Technologists')} lft",
        f"/F-Helv 6.5 sf 62 124 {ps('Continuing Education Verification Card')} lft",
        "0 0 0 setrgbcolor",
        f"/F-Helv 6.5 sf 12 98 {ps('CARDHOLDER')} lft",
        f"/F-HelvB 11 sf 12 85 {ps(f['name_printed'])} lft",
        f"/F-Helv 6.5 sf 12 66 {ps('AMT ID')} lft",
        f"/F-Helv 9 sf 12 55 {ps(f['member'])} lft",
        f"/F-Helv 6.5 sf 130 66 {ps('CARD EXPIRES')} lft",
        f"/F-Helv 9 sf 130 55 {ps(f['expires'])} lft",
        f"/F-HelvO 6 sf 126 14 {ps('Present this card with your CE records. See reverse.')} ctr",
        "0.5 setlinewidth 0.0 0.30 0.55 setrgbcolor 3 3 246 147 rectstroke",
    ]
    y = 132
    back = ["0.0 0.30 0.55 setrgbcolor 0.5 setlinewidth 3 3 246 147 rectstroke", "0 0 0 setrgbcolor",
            f"/F-Helv 6.5 sf 12 140 {ps('CONTINUING EDUCATION COMPLETED')} lft"]
    for line in f["title_lines"]:
        back.append(f"/F-HelvB 9.5 sf 12 {y - 4} {ps(line)} lft")
        y -= 12
    back += [
        f"/F-Helv 8 sf 12 {y - 8} {ps('Course #: ' + g['activity_id'])} lft",
        f"/F-Helv 8 sf 12 {y - 20} {ps('Date completed: ' + f['date_printed'])} lft",
        f"/F-HelvB 8 sf 12 {y - 32} {ps('CE Hours: 1.0')} lft",
        f"/F-Helv 6 sf 12 24 {ps('Issued by American Medical Technologists (AMT)')} lft",
        f"/F-Helv 6 sf 12 16 {ps('Credit applies to the AMT Certification Continuation Program.')} lft",
    ]
    L = [PROLOG, f"<< /PageSize [{W} {H}] >> setpagedevice", "%%Page: 1 1"] + front + \
        ["showpage", "%%Page: 2 2"] + back + ["showpage", "%%EOF"]
    return "\n".join(L)


def zm28(c):
    g, f = c["gold"], c["f"]
    L = [PROLOG, "<< /PageSize [612 792] >> setpagedevice", "%%Page: 1 1",
         "0.85 0.55 0.1 setrgbcolor 0 742 612 50 rectfill",
         "0.12 0.2 0.35 setrgbcolor 0 736 612 6 rectfill",
         "1 1 1 setrgbcolor",
         f"/F-HelvB 24 sf 50 757 {ps('ISCLS')} lft",
         f"/F-Helv 11 sf 562 764 {ps('Illinois Society for Clinical Laboratory Science')} rgt",
         f"/F-Helv 8.5 sf 562 751 {ps('A constituent society of ASCLS')} rgt",
         "0.12 0.2 0.35 setrgbcolor",
         f"306 650 3 /F-TimesB 24 sf {ps('CERTIFICATE OF PARTICIPATION')} actr",
         "0 0 0 setrgbcolor",
         f"/F-TimesI 13 sf 306 600 {ps('This is to certify that')} ctr",
         f"306 560 4.5 /F-TimesB 20 sf {ps(f['name_printed'])} actr",
         "0.4 setlinewidth 120 550 moveto 492 550 lineto stroke",
         f"/F-TimesI 13 sf 306 520 {ps('participated in the live webinar')} ctr"]
    y = 486
    for line in f["title_lines"]:
        L.append(f"/F-TimesB 16 sf 306 {y} {ps(line)} ctr")
        y -= 21
    L += [f"/F-Times 13 sf 306 {y - 14} {ps('presented ' + f['date_printed'] + ', 12:00 – 1:00 p.m. Central')} ctr",
          f"/F-TimesB 14 sf 306 {y - 44} {ps('1.0 P.A.C.E.® contact hour')} ctr",
          f"/F-Times 11 sf 306 {y - 64} {ps('P.A.C.E.® Program # ' + g['activity_id'] + '   ·   Level: Intermediate')} ctr",
          "0.4 setlinewidth 90 200 moveto 270 200 lineto stroke 342 200 moveto 522 200 lineto stroke",
          f"/F-Chan 15 sf 180 206 {ps('Joanna K. Pruitt')} ctr",
          f"/F-Helv 8.5 sf 180 188 {ps('ISCLS Continuing Education Chair')} ctr",
          f"/F-Helv 8.5 sf 432 188 {ps('Webinar Moderator')} ctr",
          f"/F-Helv 7.5 sf 306 96 {ps('The Illinois Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the')} ctr",
          f"/F-Helv 7.5 sf 306 86 {ps('clinical laboratory sciences by the ASCLS P.A.C.E.® Program (Provider #' + f['provider_no'] + '). Keep this certificate for four years.')} ctr",
          "showpage", "%%EOF"]
    return "\n".join(L)


FUNCS = {"zm09": zm09, "zm20": zm20, "zm28": zm28}


def render(c, out_pdf):
    os.makedirs(SRC, exist_ok=True)
    src = os.path.join(SRC, c["id"] + ".ps")
    with open(src, "w", encoding="ascii") as fh:
        fh.write(FUNCS[c["id"]](c))
    subprocess.run(["gs", "-q", "-dSAFER", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite",
                    "-dAutoRotatePages=/None",
                    "-sOutputFile=" + out_pdf, src], check=True)
