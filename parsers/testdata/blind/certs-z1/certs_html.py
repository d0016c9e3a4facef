"""Certificates produced with headless Chromium from hand-written HTML/CSS."""
from engines import chromium_pdf

CERTS = []


def cert(**kw):
    def deco(fn):
        kw["build"] = fn
        CERTS.append(kw)
        return fn
    return deco


# --------------------------------------------------------------------- z01
@cert(id="z01", style="ascp", producer="chromium-html",
      layout=["landscape", "centred-award", "double-border", "seal", "format-line", "long-title-wrap+date-label",
              "signature-block", "credentials-after-name", "hyphenated-name"],
      notes="Format line 'Self-Study Module' sits between the completion verb and the title. The long title wraps and "
            "is followed directly by 'Date of Completion:'. Customer ID and issue date are distractors; AMA PRA figure "
            "is a distractor.",
      gold=dict(name="Marisol Quintero-Vance",
                title="Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy and Other Microangiopathic Hemolytic Anemias",
                date="2025-03-14", credits=1.5, unit="CMLE", points=1.5,
                provider=["American Society for Clinical Pathology", "ASCP"], activity_id="HEM-SS-2514"))
def z01(out):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
html,body { margin:0; padding:0 }
body { width:11in; height:8.5in; font-family:'Liberation Serif', serif; color:#1d2a3a; }
.frame { position:absolute; left:0.35in; top:0.35in; right:0.35in; bottom:0.35in; border:6px double #7a1f2b; }
.inner { position:absolute; left:0.55in; top:0.55in; right:0.55in; bottom:0.55in; border:1px solid #b58a3c; text-align:center; }
.org { margin-top:0.38in; font-size:17pt; letter-spacing:2px; font-variant:normal; color:#7a1f2b; font-family:'Liberation Sans',sans-serif; }
.h1 { font-family:'C059',serif; font-size:38pt; margin-top:0.12in; color:#1d2a3a; }
.small { font-size:13pt; font-style:italic; margin-top:0.12in }
.name { font-family:'Z003',cursive; font-size:34pt; margin-top:0.05in; }
.fmt { font-family:'Liberation Sans',sans-serif; font-size:11pt; letter-spacing:2px; text-transform:uppercase; margin-top:0.1in; color:#7a1f2b }
.title { font-size:20pt; font-weight:bold; width:7.4in; margin:0.06in auto 0 auto; line-height:1.2 }
.date { font-size:13pt; margin-top:0.05in }
.cred { font-size:12pt; margin-top:0.12in }
.cred b { font-size:13pt }
.seal { position:absolute; left:0.45in; bottom:0.35in; width:1.25in; height:1.25in; border-radius:50%;
        background:radial-gradient(circle,#d8b15a 0,#b58a3c 70%,#8d6a25 100%); color:#fff; font-family:'Liberation Sans',sans-serif;
        font-size:8pt; display:flex; align-items:center; justify-content:center; text-align:center; line-height:1.3; border:3px solid #fff; box-shadow:0 0 0 2px #b58a3c }
.sig { position:absolute; right:0.6in; bottom:0.45in; width:3.2in; text-align:center; font-size:10.5pt }
.sig .line { border-top:1px solid #1d2a3a; padding-top:3px }
.sig .scr { font-family:'Z003',cursive; font-size:20pt }
.meta { position:absolute; left:2.0in; bottom:0.5in; text-align:left; font-size:9.5pt; font-family:'Liberation Sans',sans-serif; color:#444; line-height:1.5 }
.stmt { width:8.2in; margin:0.1in auto 0 auto; font-size:8.5pt; font-family:'Liberation Sans',sans-serif; color:#444; line-height:1.35 }
</style></head><body>
<div class="frame"></div>
<div class="inner">
  <div class="org">American Society for Clinical Pathology</div>
  <div class="h1">Certificate of Completion</div>
  <div class="small">This certifies that</div>
  <div class="name">Marisol Quintero-Vance, MLS(ASCP)<sup style="font-size:14pt">CM</sup></div>
  <div class="small">has successfully completed the</div>
  <div class="fmt">Self-Study Module</div>
  <div class="title">Interpreting Peripheral Blood Smears in Suspected Thrombotic Microangiopathy and Other Microangiopathic Hemolytic Anemias</div>
  <div class="date">Date of Completion: March 14, 2025</div>
  <div class="cred">Course Number: HEM-SS-2514 &nbsp;&nbsp;|&nbsp;&nbsp; Credits awarded: <b>1.5 CMLE</b></div>
  <div class="stmt">The ASCP is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical
  education for physicians. The ASCP designates this enduring material for a maximum of 1.5 <i>AMA PRA Category 1 Credits</i>&trade;.
  This activity also meets the requirements of the ASCP Board of Certification Credential Maintenance Program.</div>
  <div class="seal">ASCP<br>CONTINUING<br>EDUCATION</div>
  <div class="meta">ASCP Customer ID: 00418832<br>Certificate issued: March 16, 2025</div>
  <div class="sig"><div class="scr">Lorna T. Beckwith</div><div class="line">Lorna T. Beckwith, MS, MLS(ASCP)<sup>CM</sup><br>Director, Continuing Education</div></div>
</div>
</body></html>"""
    chromium_pdf(html, out, "z01")


# --------------------------------------------------------------------- z10
@cert(id="z10", style="amt", producer="chromium-html",
      layout=["portrait", "labels-above-values", "format-line", "accented-name", "credentials-after-name",
              "signature-block", "header-band"],
      notes="Participant / Date of Completion / CE Hours are labels with values on the row below. 'On-Demand Webinar' "
            "is a format line. AMT Member ID and Certificate No. are distractors; print date in footer is a distractor.",
      gold=dict(name="José Luis Ibáñez",
                title="Phlebotomy Safety: Preventing Needlestick Injuries and Pre-Analytical Errors",
                date="2025-06-03", credits=1.0, unit="CE hour", points=1.0,
                provider=["American Medical Technologists", "AMT"], activity_id="AMT-W2509"))
def z10(out):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin:0; width:8.5in; height:11in; font-family:'Liberation Sans',sans-serif; color:#222; }
.band { background:#0b4f6c; color:#fff; padding:0.45in 0.7in 0.35in 0.7in; }
.band .o { font-size:22pt; font-weight:bold; }
.band .s { font-size:11pt; margin-top:4px; opacity:.9 }
.logo { float:right; border:2px solid #fff; font-size:20pt; font-weight:bold; padding:6px 12px; margin-top:2px }
.body { padding:0.8in 0.7in 0 0.7in }
h1 { font-size:28pt; letter-spacing:2px; margin:0 0 0.35in 0; color:#0b4f6c; font-weight:normal }
.p { font-size:12pt; line-height:1.5 }
.fmt { font-size:12pt; font-weight:bold; color:#0b4f6c; margin-top:0.15in }
.title { font-size:18pt; font-weight:bold; margin-top:0.05in; line-height:1.25 }
table.grid { width:100%; border-collapse:collapse; margin-top:0.6in }
table.grid th { text-align:left; font-size:9pt; text-transform:uppercase; letter-spacing:1px; color:#667; font-weight:normal; padding:0 8px 2px 0; border-bottom:1px solid #bbb }
table.grid td { font-size:13pt; padding:5px 8px 14px 0; vertical-align:top }
.stmt { font-size:10pt; color:#333; margin-top:0.5in; line-height:1.45 }
.sig { margin-top:1.1in; width:3.3in; font-size:10pt }
.sig .scr { font-family:'Z003',cursive; font-size:22pt }
.sig .l { border-top:1px solid #333; padding-top:3px }
.foot { position:absolute; bottom:0.4in; left:0.7in; right:0.7in; font-size:8pt; color:#777; border-top:1px solid #ccc; padding-top:4px }
</style></head><body>
<div class="band"><div class="logo">AMT</div><div class="o">American Medical Technologists</div>
<div class="s">Continuing Education Program &middot; Certification Continuation Program (CCP)</div></div>
<div class="body">
<h1>CERTIFICATE OF COMPLETION</h1>
<div class="p">This document confirms that the participant named below has completed the</div>
<div class="fmt">On-Demand Webinar</div>
<div class="title">Phlebotomy Safety: Preventing Needlestick Injuries and Pre-Analytical Errors</div>
<table class="grid">
<tr><th style="width:48%">Participant</th><th style="width:30%">Date of Completion</th><th>CE Hours</th></tr>
<tr><td>José Luis Ibáñez, MT(AMT)</td><td>June 3, 2025</td><td>1.0</td></tr>
<tr><th>Course ID</th><th>AMT Member ID</th><th>Certificate No.</th></tr>
<tr><td>AMT-W2509</td><td>3318204</td><td>CE-25-118406</td></tr>
</table>
<div class="stmt">American Medical Technologists has approved this program for 1.0 CE hour toward the AMT Certification
Continuation Program. Participants should retain this certificate for a minimum of three years. Speaker: Dana R. Whitcombe, MSN, RN, PBT(ASCP).</div>
<div class="sig"><div class="scr">Renata Vollmer</div><div class="l">Renata Vollmer, MBA, MT(AMT)<br>Director, Education and Credentialing</div></div>
</div>
<div class="foot">American Medical Technologists &middot; americanmedtech.org &middot; Printed July 14, 2025 &middot; Page 1 of 1</div>
</body></html>"""
    chromium_pdf(html, out, "z10")


# --------------------------------------------------------------------- z19
@cert(id="z19", style="ascp", producer="chromium-html",
      layout=["landscape", "small-table", "all-caps-name", "accented-name", "hyphenated-name", "credentials-after-name",
              "conference-session", "signature-block"],
      notes="Session certificate at a three-day meeting: gold date is the session date (Oct 23), not the last meeting "
            "day. Session number is the activity id; badge and registration numbers are distractors. AMA PRA maximum "
            "is a distractor.",
      gold=dict(name="CHLOÉ MARTIN-DUARTE",
                title="Hands-On Digital Pathology Workshop: Validating Whole Slide Imaging for Primary Diagnosis",
                date="2025-10-23", credits=1.5, unit="CMLE", points=1.5,
                provider=["American Society for Clinical Pathology", "ASCP"], activity_id="S-3114"))
def z19(out):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin:0; width:11in; height:8.5in; font-family:'Liberation Sans',sans-serif; color:#1c1c1c }
.wrap { position:absolute; inset:0.4in; border:2px solid #27466b; padding:0.35in 0.55in }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.ev { font-size:20pt; font-weight:bold; color:#27466b }
.ev2 { font-size:11pt; color:#555; margin-top:3px }
.iss { text-align:right; font-size:10pt; color:#27466b; line-height:1.4 }
h1 { text-align:center; font-family:'C059',serif; font-weight:normal; font-size:30pt; margin:0.35in 0 0.05in 0 }
.sub { text-align:center; font-size:11pt; color:#555 }
.to { text-align:center; font-size:12pt; margin-top:0.25in }
.name { text-align:center; font-size:24pt; letter-spacing:1px; font-weight:bold; margin-top:0.05in }
table { width:100%; border-collapse:collapse; margin-top:0.3in; font-size:11pt }
th { background:#27466b; color:#fff; text-align:left; padding:5px 8px; font-weight:normal }
td { border-bottom:1px solid #27466b; padding:7px 8px; vertical-align:top }
.stmt { font-size:8.5pt; color:#444; margin-top:0.2in; line-height:1.4 }
.bottom { position:absolute; bottom:0.3in; left:0.55in; right:0.55in; display:flex; justify-content:space-between; align-items:flex-end; font-size:9.5pt }
.sig .scr { font-family:'Z003',cursive; font-size:20pt }
.sig .l { border-top:1px solid #333; padding-top:2px; width:3in }
</style></head><body><div class="wrap">
<div class="top"><div><div class="ev">ASCP 2025 Annual Meeting</div><div class="ev2">October 22&ndash;24, 2025 &middot; Nashville, Tennessee</div></div>
<div class="iss">American Society for Clinical Pathology<br>Badge No. 40821<br>Registration ID: AM25-77160</div></div>
<h1>Certificate of Attendance</h1>
<div class="sub">Individual Education Session</div>
<div class="to">This certificate is presented to</div>
<div class="name">CHLOÉ MARTIN-DUARTE, MLS(ASCP)<sup style="font-size:12pt">CM</sup></div>
<table>
<tr><th style="width:13%">Session No.</th><th>Session Title</th><th style="width:17%">Session Date</th><th style="width:13%">CMLE Credits</th></tr>
<tr><td>S-3114</td><td>Hands-On Digital Pathology Workshop: Validating Whole Slide Imaging for Primary Diagnosis</td><td>October 23, 2025</td><td>1.5</td></tr>
</table>
<div class="stmt">The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing Medical Education
(ACCME) to provide continuing medical education for physicians. ASCP designates this live activity for a maximum of 17.25
<i>AMA PRA Category 1 Credits</i>&trade;. Physicians should claim only the credit commensurate with the extent of their participation.
ASCP CMLE credits are accepted by the ASCP Board of Certification for the Credential Maintenance Program.</div>
<div class="bottom"><div class="sig"><div class="scr">Harriet Osei-Mensah</div><div class="l">Harriet Osei-Mensah, MD, FASCP<br>Chair, Annual Meeting Program Committee</div></div>
<div style="color:#555">Certificate generated November 2, 2025</div></div>
</div></body></html>"""
    chromium_pdf(html, out, "z19")


# --------------------------------------------------------------------- z28
@cert(id="z28", style="public-health-lab", producer="chromium-html",
      layout=["portrait", "centred-award", "issuer-line-only", "long-title-wrap+date-label", "signature-block",
              "two-signers", "credentials-after-name", "hyphenated-name"],
      notes="Provider appears only as the issuer line over 'Certificate of Completion'. Long title wraps and is "
            "followed by 'Date of completion:'. Retraining due date (2027) is an expiry distractor; signers are "
            "distractors.",
      gold=dict(name="Ngozi Adeyemi-Clarke",
                title="Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Specimens for Sentinel Laboratories",
                date="2025-06-12", credits=3.0, unit="contact hour", points=3.0,
                provider=["Tri-County Public Health Laboratory"], activity_id="TCPHL-DOT-0612"))
def z28(out):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin:0; width:8.5in; height:11in; font-family:'DejaVu Serif',serif; color:#183a1d; }
.b { position:absolute; inset:0.45in; border:3px solid #2f6b3a; }
.b2 { position:absolute; inset:0.58in; border:1px solid #2f6b3a; text-align:center; padding:0 0.45in }
.iss { margin-top:0.7in; font-family:'DejaVu Sans',sans-serif; font-size:14pt; letter-spacing:1px; color:#2f6b3a }
h1 { font-size:34pt; font-weight:normal; margin:0.1in 0 0.3in 0; font-family:'P052',serif }
.p { font-size:12pt; font-style:italic }
.name { font-size:22pt; margin:0.12in 0 0.22in 0; font-family:'P052',serif; border-bottom:1px solid #2f6b3a; display:inline-block; padding:0 0.3in 4px 0.3in }
.title { font-size:17pt; font-weight:bold; line-height:1.3; margin-top:0.12in }
.date { font-size:12pt; margin-top:0.04in }
.kv { font-family:'DejaVu Sans',sans-serif; font-size:10.5pt; margin-top:0.3in; line-height:1.7 }
.note { font-family:'DejaVu Sans',sans-serif; font-size:8.5pt; margin-top:0.25in; color:#444; line-height:1.4; text-align:left }
.sigs { position:absolute; bottom:0.55in; left:0.45in; right:0.45in; display:flex; justify-content:space-between; font-family:'DejaVu Sans',sans-serif; font-size:9pt; text-align:left }
.sigs div.s { width:2.8in }
.sigs .scr { font-family:'Z003',cursive; font-size:19pt; }
.sigs .l { border-top:1px solid #183a1d; padding-top:2px }
</style></head><body><div class="b"></div><div class="b2">
<div class="iss">Tri-County Public Health Laboratory</div>
<h1>Certificate of Completion</h1>
<div class="p">is awarded to</div>
<div class="name">Ngozi Adeyemi-Clarke, MPH, MLS(ASCP)</div>
<div class="p">for successful completion of the annual training</div>
<div class="title">Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Specimens for Sentinel Laboratories</div>
<div class="date">Date of completion: June 12, 2025</div>
<div class="kv">Training No. TCPHL-DOT-0612 &nbsp;&middot;&nbsp; Contact hours: 3.0 &nbsp;&middot;&nbsp; Learner ID: 20-4471</div>
<div class="note">This course provides function-specific training consistent with 49 CFR 172.704 and IATA Dangerous Goods
Regulations section 1.5. Recurrent training is required within 24 months; retraining is due by June 12, 2027.
Instructor: Marcus T. Delacroix, MS, SM(ASCP).</div>
<div class="sigs"><div class="s"><div class="scr">Samuel Okonjo</div><div class="l">Samuel Okonjo, PhD, HCLD(ABB)<br>Laboratory Director</div></div>
<div class="s"><div class="scr">Lucia Ferraro</div><div class="l">Lucia Ferraro, MS<br>Training and Outreach Coordinator</div></div></div>
</div></body></html>"""
    chromium_pdf(html, out, "z28")
