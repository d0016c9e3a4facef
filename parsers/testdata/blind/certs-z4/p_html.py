"""Certificates produced with headless Chromium from HTML."""
from engines import html_pdf
from gold import cert

P = "chromium-html"


def page(css, body, size="letter landscape"):
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Certificate</title>
<style>
@page { size: %s; margin: 0; }
html, body { margin: 0; padding: 0; }
* { box-sizing: border-box; }
%s
</style></head>
<body>
%s
</body></html>
""" % (size, css, body)


# ---------------------------------------------------------------- zd01 ASCP
@cert("zd01", style="ASCP", producer=P,
      layout=["landscape", "centred-award", "border", "seal", "signature-block",
              "format-line", "long-title-wrap+labelled-date", "issuer-line"],
      notes="Issuer line over 'Certificate of Completion'; the completion verb "
            "carries the format ('has completed the on-demand webinar'); long title "
            "wraps and is followed directly by 'Date of Completion:'. Issue date and "
            "certificate number are distractors.",
      name="Marisol Etxeberria-Lund",
      title="Interpreting Serum Free Light Chain Ratios in the Setting of Renal "
            "Impairment and Monoclonal Gammopathy",
      date="2025-02-18", credits=1.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"],
      activity_id="WCH2514")
def zd01(base):
    css = """
body { font-family: 'Liberation Serif', serif; color: #1d2a3a; }
.sheet { width: 11in; height: 8.5in; padding: 0.38in; }
.frame { width: 100%; height: 100%; border: 10px double #1f4e79; padding: 0.32in 0.6in;
         position: relative; text-align: center; }
.issuer { font-family: 'Liberation Sans', sans-serif; font-size: 15px; letter-spacing: 1px;
          color: #1f4e79; margin-top: 6px; }
h1 { font-size: 44px; font-weight: normal; margin: 8px 0 14px; color: #1f4e79; font-style: italic; }
.lead { font-size: 17px; margin: 6px 0; }
.name { font-size: 34px; font-weight: bold; margin: 8px 0 10px; }
.title { font-size: 25px; font-weight: bold; line-height: 1.25; margin: 10px 40px 4px; }
.date { font-size: 16px; margin: 2px 0 14px; }
.award { font-size: 17px; margin: 6px 0; }
.small { font-family: 'Liberation Sans', sans-serif; font-size: 10.5px; color: #444; }
.sigs { position: absolute; bottom: 0.55in; left: 0.7in; right: 0.7in; display: flex;
        justify-content: space-between; }
.sig { width: 3.1in; border-top: 1px solid #333; padding-top: 4px; font-size: 13px; text-align: center; }
.sig i { font-family: 'Liberation Sans', sans-serif; font-style: normal; font-size: 11px; color: #555; }
.seal { position: absolute; left: 50%; bottom: 0.42in; margin-left: -0.55in; width: 1.1in; height: 1.1in;
        border-radius: 50%; background: #b8912f; color: #fff; font-family: 'Liberation Sans', sans-serif;
        font-size: 11px; font-weight: bold; display: flex; align-items: center; justify-content: center;
        border: 4px dotted #fff; box-shadow: 0 0 0 3px #b8912f; }
.foot { position: absolute; bottom: 0.12in; left: 0.4in; right: 0.4in; display: flex; justify-content: space-between; }
"""
    body = """<div class="sheet"><div class="frame">
<div class="issuer">American Society for Clinical Pathology</div>
<h1>Certificate of Completion</h1>
<div class="lead">This certifies that</div>
<div class="name">Marisol Etxeberria-Lund, MLS(ASCP)<sup>CM</sup></div>
<div class="lead">has completed the on-demand webinar</div>
<div class="title">Interpreting Serum Free Light Chain Ratios in the Setting of Renal Impairment and Monoclonal Gammopathy</div>
<div class="date">Date of Completion: February 18, 2025</div>
<div class="award">and is awarded <b>1.0 CMLE</b> credit &nbsp;&middot;&nbsp; Activity ID: WCH2514</div>
<p class="small" style="margin:10px 60px 0">ASCP designates this on-demand activity for 1.0 CMLE credit. CMLE credit is accepted by the
ASCP Board of Certification for the Credential Maintenance Program (CMP).</p>
<div class="seal">ASCP&nbsp;CMLE</div>
<div class="sigs">
 <div class="sig">Dalia Ferreira-Knox, MD, FASCP<br><i>Chief Medical Officer</i></div>
 <div class="sig">Gregory Tillotson, MS, MLS(ASCP)<sup>CM</sup><br><i>Director, Continuing Education</i></div>
</div>
<div class="foot small"><span>Certificate No. 2025-0219-48213</span><span>Issued February 19, 2025</span></div>
</div></div>"""
    html_pdf(base, page(css, body))


# ---------------------------------------------------------------- zd08 ADLM
@cert("zd08", style="ADLM/AACC", producer=P,
      layout=["portrait", "centred-header", "format-line", "labels-above-values",
              "accented-name", "multiple-credit-types", "signature-block"],
      notes="'LIVE WEBINAR' sits on its own line between 'participated in the' and "
            "the title. Date, program number and credit are in a row of columns with "
            "labels above values. ACCENT contact hours are the laboratory figure; the "
            "AMA PRA figure in the footnote is a distractor. Credentials PhD, DABCC dropped.",
      name="Zoë Castellanos-Whitfield",
      title="Beyond the Reference Interval: Harmonizing Pediatric Thyroid Testing "
            "Across Immunoassay Platforms",
      date="2025-10-08", credits=1.0, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"],
      activity_id="WB25-4410")
def zd08(base):
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #222; }
.sheet { width: 8.5in; height: 11in; padding: 0.6in 0.75in; position: relative; }
.band { height: 0.18in; background: linear-gradient(90deg, #00594f, #3aa58f); margin-bottom: 0.3in; }
.org { text-align: center; font-size: 15px; color: #00594f; font-weight: bold; }
.abbr { text-align: center; font-size: 40px; color: #00594f; font-weight: bold; letter-spacing: 4px; margin-top: 4px; }
h1 { text-align: center; font-family: 'DejaVu Serif', serif; font-weight: normal; font-size: 32px; margin: 0.45in 0 0.25in; }
.c { text-align: center; }
.lead { font-size: 14px; color: #555; margin: 10px 0; }
.name { font-family: 'DejaVu Serif', serif; font-size: 30px; margin: 6px 0 18px; }
.fmt { font-size: 13px; letter-spacing: 3px; color: #00594f; font-weight: bold; margin: 18px 0 6px; }
.title { font-family: 'DejaVu Serif', serif; font-size: 21px; font-weight: bold; line-height: 1.3; margin: 0 0.2in; }
table.cols { width: 100%; margin-top: 0.45in; border-collapse: collapse; }
table.cols th { font-size: 10px; text-transform: none; color: #777; font-weight: normal; text-align: left;
                border-bottom: 1px solid #bbb; padding: 0 6px 3px; letter-spacing: 0.5px; }
table.cols td { font-size: 15px; padding: 6px 6px; text-align: left; }
.note { font-size: 9.5px; color: #555; line-height: 1.45; margin-top: 0.4in; }
.sig { position: absolute; bottom: 1.25in; left: 0.75in; width: 3.2in; border-top: 1px solid #444; padding-top: 4px; font-size: 12px; }
.sig span { color: #666; font-size: 10.5px; }
.foot { position: absolute; bottom: 0.5in; left: 0.75in; right: 0.75in; font-size: 9px; color: #888;
        display: flex; justify-content: space-between; border-top: 1px solid #ddd; padding-top: 4px; }
"""
    body = """<div class="sheet">
<div class="band"></div>
<div class="org">Association for Diagnostics &amp; Laboratory Medicine</div>
<div class="abbr">ADLM</div>
<h1>Certificate of Attendance</h1>
<div class="c lead">This is to certify that</div>
<div class="c name">Zoë Castellanos-Whitfield, PhD, DABCC</div>
<div class="c lead">participated in the</div>
<div class="c fmt">LIVE WEBINAR</div>
<div class="c title">Beyond the Reference Interval: Harmonizing Pediatric Thyroid Testing Across Immunoassay Platforms</div>
<table class="cols">
<tr><th>Webinar Date</th><th>Program Number</th><th>ACCENT&reg; Credit</th></tr>
<tr><td>October 8, 2025</td><td>WB25-4410</td><td>1.0 contact hour</td></tr>
</table>
<div class="note">ADLM designates this live activity for 1.0 ACCENT&reg; continuing education credit (contact hour) for
laboratory professionals. ADLM is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide
continuing medical education for physicians and designates this live activity for a maximum of 1.0 <i>AMA PRA Category 1 Credit</i>&trade;.
Physicians should claim only the credit commensurate with the extent of their participation in the activity.</div>
<div class="sig">Nathaniel Oyelowo-Baptiste, PhD<br><span>Chair, ADLM Education Core Committee</span></div>
<div class="foot"><span>Registrant ID 7720418</span><span>Generated 10/09/2025 08:14 ET</span><span>Page 1 of 1</span></div>
</div>"""
    html_pdf(base, page(css, body, "letter portrait"))


# ---------------------------------------------------------------- zd19 vendor
@cert("zd19", style="vendor", producer=P,
      layout=["portrait", "centred-award", "format-line", "provider-in-accreditation-statement-only",
              "presented-by-distractor", "credentials-after-name"],
      notes="No logo: the provider is named only as the subject of the ASCLS P.A.C.E. "
            "approval statement. 'On-Demand Webinar' is a format line. Speaker, "
            "certificate number and print date are distractors.",
      name="Fionnuala Bexley-Oduya",
      title="Procalcitonin and Beyond: Biomarker-Guided Antimicrobial Stewardship in Sepsis",
      date="2025-03-02", credits=1.0, unit="contact hour",
      provider=["Halvorsen Biosystems, Inc."],
      activity_id="604-118-25")
def zd19(base):
    css = """
body { font-family: 'Liberation Sans', sans-serif; color: #2b2b2b; }
.sheet { width: 8.5in; height: 11in; padding: 0.5in; }
.frame { height: 100%; border: 2px solid #7a6a3a; outline: 6px solid #efe6c8; outline-offset: -14px;
         padding: 1.0in 0.8in 0.6in; text-align: center; position: relative; }
h1 { font-family: 'Liberation Serif', serif; font-size: 40px; letter-spacing: 1px; margin: 0.2in 0 0.5in; color: #5a4a1a; }
.lead { font-size: 14px; margin: 14px 0; color: #555; }
.name { font-family: 'Liberation Serif', serif; font-size: 32px; margin: 6px 0 24px; border-bottom: 1px solid #bba; padding-bottom: 8px; }
.fmt { font-size: 14px; font-weight: bold; margin: 20px 0 8px; color: #7a6a3a; }
.title { font-family: 'Liberation Serif', serif; font-size: 22px; font-weight: bold; line-height: 1.3; }
.by { font-size: 13px; font-style: italic; margin: 10px 0 24px; color: #555; }
.kv { font-size: 14px; margin: 6px 0; }
.stmt { font-size: 11px; line-height: 1.5; color: #444; margin-top: 0.45in; text-align: left; }
.foot { position: absolute; bottom: 0.3in; left: 0.5in; right: 0.5in; font-size: 9px; color: #888;
        display: flex; justify-content: space-between; }
"""
    body = """<div class="sheet"><div class="frame">
<h1>Certificate of Completion</h1>
<div class="lead">Awarded to</div>
<div class="name">Fionnuala Bexley-Oduya, MLS(ASCP)<sup>CM</sup></div>
<div class="lead">for completing the</div>
<div class="fmt">On-Demand Webinar</div>
<div class="title">Procalcitonin and Beyond: Biomarker-Guided Antimicrobial Stewardship in Sepsis</div>
<div class="by">presented by Ravindra Kallambella, PhD, DABCC</div>
<div class="kv">Completed on: 2025-03-02</div>
<div class="kv">Credit awarded: 1.0 P.A.C.E.&reg; contact hour</div>
<div class="kv">P.A.C.E.&reg; Course No. 604-118-25</div>
<div class="stmt">Halvorsen Biosystems, Inc. is approved as a provider of continuing education programs in the clinical
laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This program is intended for medical laboratory scientists and
technicians at the intermediate level. Participants who complete the program and its post-test receive 1.0 contact hour.</div>
<div class="foot"><span>Certificate # HB-2025-000731</span><span>Printed 2025-03-04</span></div>
</div></div>"""
    html_pdf(base, page(css, body, "letter portrait"))


# ---------------------------------------------------------------- zd22 CAP
@cert("zd22", style="CAP", producer=P,
      layout=["portrait", "labels-above-values", "columns", "accented-name", "course-word-in-title"],
      notes="All facts sit in column blocks with small labels ABOVE the values "
            "(Participant | Date of Completion, then Activity Title, then Activity "
            "Number | Format | CE Hours). 'Meeting' is part of the course title; the "
            "format 'On-Demand' is in its own column. Customer number and print date are distractors.",
      name="Beatriz Almeida-Sørensen",
      title="Inspection Readiness: Preparing Your Laboratory for the Summation Meeting",
      date="2025-07-14", credits=1.0, unit="CE hour",
      provider=["College of American Pathologists", "CAP"],
      activity_id="INSP-2507")
def zd22(base):
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #1a1a1a; }
.sheet { width: 8.5in; height: 11in; padding: 0.7in 0.8in; position: relative; }
.hdr { display: flex; align-items: center; border-bottom: 3px solid #0b3d6e; padding-bottom: 10px; }
.logo { width: 0.9in; height: 0.9in; background: #0b3d6e; color: #fff; font-weight: bold; font-size: 26px;
        display: flex; align-items: center; justify-content: center; border-radius: 6px; margin-right: 16px; }
.org { font-size: 20px; color: #0b3d6e; font-weight: bold; }
.sub { font-size: 11px; color: #555; margin-top: 3px; }
h1 { font-size: 26px; font-weight: normal; margin: 0.5in 0 0.35in; color: #0b3d6e; }
.grid { display: grid; gap: 22px 30px; }
.g2 { grid-template-columns: 1.4fr 1fr; }
.g3 { grid-template-columns: 1fr 1fr 1fr; }
.g1 { grid-template-columns: 1fr; }
.lbl { font-size: 9.5px; color: #6a6a6a; letter-spacing: 0.6px; border-bottom: 1px solid #c9d3de; padding-bottom: 2px; margin-bottom: 6px; }
.val { font-size: 15px; }
.val.big { font-size: 19px; font-weight: bold; }
.block { margin-bottom: 26px; }
.txt { font-size: 10.5px; line-height: 1.5; color: #333; margin-top: 0.35in; }
.sig { margin-top: 0.45in; width: 3in; border-top: 1px solid #333; padding-top: 4px; font-size: 11.5px; }
.foot { position: absolute; bottom: 0.45in; left: 0.8in; right: 0.8in; font-size: 8.5px; color: #888;
        border-top: 1px solid #ddd; padding-top: 4px; display: flex; justify-content: space-between; }
"""
    body = """<div class="sheet">
<div class="hdr"><div class="logo">CAP</div><div><div class="org">College of American Pathologists</div>
<div class="sub">Learning &middot; Continuing Education Transcript Service</div></div></div>
<h1>Certificate of Continuing Education</h1>
<div class="grid g2 block">
 <div><div class="lbl">Participant</div><div class="val big">Beatriz Almeida-Sørensen</div></div>
 <div><div class="lbl">Date of Completion</div><div class="val big">July 14, 2025</div></div>
</div>
<div class="grid g1 block">
 <div><div class="lbl">Activity Title</div><div class="val big">Inspection Readiness: Preparing Your Laboratory for the Summation Meeting</div></div>
</div>
<div class="grid g3 block">
 <div><div class="lbl">Activity Number</div><div class="val">INSP-2507</div></div>
 <div><div class="lbl">Format</div><div class="val">On-Demand</div></div>
 <div><div class="lbl">CE Hours Earned</div><div class="val">1.0</div></div>
</div>
<div class="txt">The College of American Pathologists (CAP) certifies that the participant named above completed this activity
and earned 1.0 continuing education (CE) hours for laboratory professionals. This activity is acceptable for the ASCP Board of
Certification Credential Maintenance Program. Retain this certificate for your records.</div>
<div class="sig">Helena Marchetti-Boyle, MD, FCAP<br><span style="color:#666;font-size:10px">Chair, Council on Education</span></div>
<div class="foot"><span>CAP Customer No. 3319047</span><span>Printed 08/02/2025</span><span>cap.org</span></div>
</div>"""
    html_pdf(base, page(css, body, "letter portrait"))


# ---------------------------------------------------------------- zd30 CLSI
@cert("zd30", style="CLSI", producer=P,
      layout=["landscape", "centred-award", "letter-spaced-name", "all-caps-name", "format-line",
              "program-no-without-colon", "border", "signature-block"],
      notes="Name printed letter-spaced in capitals (A N A S T A S I A ...). 'Live Webinar' "
            "is a format line between the verb and the title. 'Program No. 127-403-25' "
            "without a colon is the activity id. Transcript number is a distractor.",
      name="ANASTASIA KROL-MENDOZA",
      title="Antimicrobial Susceptibility Testing Breakpoint Updates: What Changed in M100 "
            "and How to Implement It",
      date="2025-01-29", credits=1.0, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"],
      activity_id="127-403-25")
def zd30(base):
    css = """
body { font-family: 'Liberation Sans', sans-serif; color: #15324b; }
.sheet { width: 11in; height: 8.5in; padding: 0.3in; background: #f4f7fa; }
.frame { height: 100%; background: #fff; border: 1px solid #15324b; box-shadow: inset 0 0 0 8px #fff, inset 0 0 0 10px #7fa7c9;
         padding: 0.45in 0.8in; text-align: center; position: relative; }
.org { font-size: 16px; letter-spacing: 2px; color: #4b6d8a; margin-top: 0.15in; }
.abbr { font-size: 30px; font-weight: bold; letter-spacing: 6px; color: #15324b; margin: 4px 0 8px; }
h1 { font-family: 'Liberation Serif', serif; font-size: 46px; font-weight: normal; margin: 10px 0 22px; }
.lead { font-size: 15px; color: #555; margin: 10px 0; }
.name { font-family: 'Liberation Serif', serif; font-size: 30px; font-weight: bold; margin: 8px 0 12px; }
.fmt { font-size: 15px; font-weight: bold; color: #4b6d8a; margin: 14px 0 6px; }
.title { font-family: 'Liberation Serif', serif; font-size: 26px; font-weight: bold; line-height: 1.3; margin: 0 0.4in; }
.meta { font-size: 15px; margin-top: 22px; line-height: 1.7; }
.sigs { position: absolute; left: 0.9in; right: 0.9in; bottom: 0.55in; display: flex; justify-content: space-between; }
.sig { width: 3.2in; border-top: 1px solid #333; padding-top: 4px; font-size: 12px; }
.sig span { font-size: 10.5px; color: #666; }
.acc { position: absolute; left: 0.6in; right: 0.6in; bottom: 0.15in; font-size: 9px; color: #666; }
"""
    body = """<div class="sheet"><div class="frame">
<div class="org">Clinical and Laboratory Standards Institute</div>
<div class="abbr">CLSI</div>
<h1>Certificate of Attendance</h1>
<div class="lead">This certificate is presented to</div>
<div class="name">A N A S T A S I A &nbsp;&nbsp; K R O L - M E N D O Z A</div>
<div class="lead">who attended the</div>
<div class="fmt">Live Webinar</div>
<div class="title">Antimicrobial Susceptibility Testing Breakpoint Updates: What Changed in M100 and How to Implement It</div>
<div class="meta">Held January 29, 2025 &nbsp;|&nbsp; Program No. 127-403-25 &nbsp;|&nbsp; 1.0 P.A.C.E.&reg; contact hour</div>
<div class="sigs">
 <div class="sig">Corinne Delacroix-Abara, MT(ASCP)<br><span>Vice President, Education and Training</span></div>
 <div class="sig">Desmond Achterberg, PhD<br><span>Moderator</span></div>
</div>
<div class="acc">CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.
&nbsp; Transcript ref. TR-88410-2025 &nbsp;&middot;&nbsp; clsi.org</div>
</div></div>"""
    html_pdf(base, page(css, body))
