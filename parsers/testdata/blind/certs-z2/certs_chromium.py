"""Certificates rendered from HTML by headless Chromium (z31, z40, z47, z54)."""
from common import gold
from engine import html_to_pdf

P = "chromium-html"

# ---------------------------------------------------------------- z31 ASCP on-demand webinar
Z31_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Certificate</title>
<style>
@page { size: 11in 8.5in; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: 'DejaVu Serif', serif; color: #1d2a3a; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.35in; }
.frame { border: 6px double #0b4f7c; height: 100%; box-sizing: border-box; padding: 0.28in 0.6in;
         position: relative; text-align: center; outline: 1px solid #9fb9cc; outline-offset: -14px; }
.org { font-family: 'DejaVu Sans', sans-serif; font-size: 12.5pt; letter-spacing: 0.08em; color: #0b4f7c;
       text-transform: uppercase; margin-top: 0.1in; }
.mono { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; font-size: 26pt; color: #0b4f7c;
        letter-spacing: 0.12em; }
h1 { font-size: 30pt; font-weight: normal; margin: 0.12in 0 0.08in; font-variant: small-caps; letter-spacing: 0.04em; }
.lead { font-size: 12.5pt; font-style: italic; margin: 0.05in 0; }
.name { font-size: 24pt; font-weight: bold; margin: 0.06in 0 0.04in; }
.format { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; color: #0b4f7c; margin: 0.1in 0 0.04in; }
.title { font-size: 17pt; font-weight: bold; margin: 0 auto; width: 7.4in; line-height: 1.25; }
.date { font-size: 12pt; margin-top: 0.1in; }
.award { font-size: 12.5pt; margin-top: 0.06in; }
.seal { position: absolute; left: 0.45in; bottom: 0.85in; width: 1.15in; height: 1.15in; }
.sig { position: absolute; right: 0.7in; bottom: 0.95in; width: 3in; text-align: center; font-size: 10pt; }
.sig .line { border-top: 1px solid #1d2a3a; margin-bottom: 3px; }
.sig .script { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 17pt; color: #243a6b; }
.ids { position: absolute; left: 1.85in; bottom: 0.95in; text-align: left; font-family: 'DejaVu Sans', sans-serif;
       font-size: 8.5pt; color: #445; line-height: 1.45; }
.fine { position: absolute; left: 0.5in; right: 0.5in; bottom: 0.15in; font-family: 'DejaVu Sans', sans-serif;
        font-size: 7.3pt; color: #555; line-height: 1.35; text-align: justify; }
</style></head><body><div class="page"><div class="frame">
<div class="mono">ASCP</div>
<div class="org">American Society for Clinical Pathology</div>
<h1>Certificate of Completion</h1>
<div class="lead">This is to certify that</div>
<div class="name">Dr. Marisol Echeverría-Quintana, MD, FASCP</div>
<div class="lead">has successfully completed the</div>
<div class="format">On-Demand Webinar</div>
<div class="title">Interpreting Flow Cytometry in Chronic Lymphoproliferative Disorders: A Case-Based Approach to Small B-Cell Neoplasms</div>
<div class="date">Date of Completion: March 14, 2025</div>
<div class="award">and has been awarded <b>1.0 CMLE</b> credit</div>
<svg class="seal" viewBox="0 0 100 100">
  <circle cx="50" cy="50" r="47" fill="#0b4f7c"/>
  <circle cx="50" cy="50" r="40" fill="none" stroke="#e8eef3" stroke-width="1.5" stroke-dasharray="2 2"/>
  <circle cx="50" cy="50" r="33" fill="#e8eef3"/>
  <text x="50" y="47" font-family="DejaVu Sans" font-size="11" font-weight="bold" text-anchor="middle" fill="#0b4f7c">CME</text>
  <text x="50" y="62" font-family="DejaVu Sans" font-size="11" font-weight="bold" text-anchor="middle" fill="#0b4f7c">CMLE</text>
</svg>
<div class="ids">Course Code: WB25-FC-0314<br>Customer ID: 00481127<br>Certificate issued: March 15, 2025</div>
<div class="sig"><div class="script">E. Harrington Vale</div><div class="line"></div>
E. Harrington Vale, MD, FASCP<br>Chair, Council on Continuing Education</div>
<div class="fine">The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing
Medical Education (ACCME) to provide continuing medical education for physicians. ASCP designates this enduring material
for a maximum of 1.0 AMA PRA Category 1 Credit&#8482;. Physicians should claim only the credit commensurate with the extent
of their participation in the activity. ASCP CMLE credit is accepted by the ASCP Board of Certification Credential
Maintenance Program (CMP). Retain this certificate for your records.</div>
</div></div></body></html>
"""

# ---------------------------------------------------------------- z40 AMT label/value
Z40_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>AMT CE Certificate</title>
<style>
@page { size: letter; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; color: #222; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.6in 0.75in; position: relative; }
.band { background: #7a1f2b; color: #fff; padding: 0.22in 0.3in; display: flex; align-items: center; }
.band .logo { font-family: 'Liberation Serif', serif; font-size: 34pt; font-weight: bold; letter-spacing: 0.06em;
              border: 3px solid #fff; padding: 0 0.12in; margin-right: 0.25in; }
.band .org { font-size: 17pt; font-weight: bold; }
.band .tag { font-size: 9.5pt; opacity: 0.9; margin-top: 2px; }
h1 { font-family: 'Liberation Serif', serif; font-size: 25pt; color: #7a1f2b; text-align: center; margin: 0.45in 0 0.2in; }
.lead { text-align: center; font-size: 12pt; }
.name { text-align: center; font-family: 'Liberation Serif', serif; font-size: 22pt; font-weight: bold; margin: 0.12in 0; }
table { width: 100%; border-collapse: collapse; margin-top: 0.3in; font-size: 11.5pt; }
td { padding: 7px 10px; border-bottom: 1px solid #d9c7ca; vertical-align: top; }
td.l { width: 1.9in; font-weight: bold; color: #7a1f2b; }
.stmt { margin-top: 0.35in; font-size: 10pt; line-height: 1.45; }
.sig { margin-top: 0.55in; width: 3.2in; font-size: 10pt; }
.sig .script { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 16pt; color: #333; }
.sig .line { border-top: 1px solid #333; margin: 2px 0 4px; }
.foot { position: absolute; left: 0.75in; right: 0.75in; bottom: 0.45in; font-size: 8pt; color: #666;
        border-top: 1px solid #ccc; padding-top: 5px; display: flex; justify-content: space-between; }
</style></head><body><div class="page">
<div class="band"><div class="logo">AMT</div><div><div class="org">American Medical Technologists</div>
<div class="tag">Certifying excellence in allied health since 1939 &middot; Rosemont, Illinois</div></div></div>
<h1>Certificate of Continuing Education</h1>
<div class="lead">This certificate acknowledges that</div>
<div class="name">Marcus Aurelio Fontaine-Beaulieu, MLT(AMT)</div>
<div class="lead">has completed the following AMT continuing education activity:</div>
<table>
<tr><td class="l">Course Title</td><td>Hemoglobin Variants and Thalassemias: From Electrophoresis to HPLC Interpretation in the Community Hospital Laboratory</td></tr>
<tr><td class="l">Course ID</td><td>AMT-ED-2291</td></tr>
<tr><td class="l">Delivery</td><td>Online, self-paced with post-test</td></tr>
<tr><td class="l">Completion Date</td><td>06/12/2025</td></tr>
<tr><td class="l">CE Hours Awarded</td><td>2.0</td></tr>
<tr><td class="l">AMT Member ID</td><td>0331872</td></tr>
</table>
<div class="stmt">This activity has been approved by American Medical Technologists for 2.0 CE hours toward the AMT
Certification Continuation Program. A passing score of 70% or higher on the post-test is required for credit.
Please keep this certificate for at least four years in case of audit.</div>
<div class="sig"><div class="script">Lucinda Farraday-Oakes</div><div class="line"></div>
Lucinda Farraday-Oakes, MBA, MT(AMT)<br>Director, Continuing Education</div>
<div class="foot"><span>Certificate No. AMT-CE-25-77410</span><span>Printed 06/13/2025</span><span>Page 1 of 1</span></div>
</div></body></html>
"""

# ---------------------------------------------------------------- z47 joint accreditation grand rounds
Z47_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Certificate of Attendance</title>
<style>
@page { size: letter; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1b1b1b; font-size: 10.5pt; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.7in 0.85in; position: relative; }
.head { border-bottom: 3px solid #2f6b3a; padding-bottom: 8px; }
.head .inst { font-family: 'DejaVu Serif', serif; font-size: 17pt; font-weight: bold; color: #2f6b3a; }
.head .off { font-size: 11pt; color: #2f6b3a; margin-top: 2px; }
.head .addr { font-size: 8.5pt; color: #555; margin-top: 4px; }
h1 { font-family: 'DejaVu Serif', serif; font-size: 21pt; font-weight: normal; margin: 0.4in 0 0.25in; letter-spacing: 0.03em; }
.name { font-family: 'DejaVu Serif', serif; font-size: 18pt; font-weight: bold; margin: 6px 0 10px; }
.title { font-family: 'DejaVu Serif', serif; font-size: 14pt; font-weight: bold; margin: 6px 0 4px; line-height: 1.3; }
.kv { margin: 3px 0; }
.presenter { font-style: italic; color: #444; margin: 2px 0 8px; }
table { border-collapse: collapse; width: 100%; margin: 0.25in 0 0.15in; font-size: 10pt; }
th { background: #2f6b3a; color: #fff; text-align: left; padding: 6px 8px; font-weight: bold; }
td { border-bottom: 1px solid #c8d6ca; padding: 6px 8px; }
td.n { text-align: center; width: 1.3in; }
.acc { font-size: 8.6pt; color: #333; line-height: 1.42; margin-top: 0.15in; text-align: justify; }
.acc p { margin: 0 0 6px; }
.sig { position: absolute; left: 0.85in; bottom: 0.95in; width: 3.2in; font-size: 9.5pt; }
.sig .script { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 15pt; }
.sig .line { border-top: 1px solid #333; margin: 2px 0 4px; }
.issued { position: absolute; right: 0.85in; bottom: 0.95in; font-size: 9pt; color: #444; text-align: right; }
</style></head><body><div class="page">
<div class="head"><div class="inst">Bellmont University Health Sciences Center</div>
<div class="off">Office of Continuing Professional Development</div>
<div class="addr">2100 Larkspur Parkway, Suite 410 &middot; Bellmont, Ohio 43099 &middot; cpd.bellmont-hsc.example.edu</div></div>
<h1>Certificate of Attendance</h1>
<div>This certifies that</div>
<div class="name">Ingrid Halvorsen-Matić, MS, MLS(ASCP)<sup>CM</sup></div>
<div>attended the live activity</div>
<div class="title">Pathology Grand Rounds: Diagnostic Stewardship of Multiplex Molecular Respiratory Panels</div>
<div class="presenter">presented by Tobias Renwick-Lund, MD, PhD, Associate Professor of Pathology</div>
<div class="kv"><b>Activity date:</b> April 16, 2026 &nbsp;&nbsp;&nbsp; <b>Activity ID:</b> 26-PGR-0416 &nbsp;&nbsp;&nbsp; <b>Location:</b> Hollis Auditorium and livestream</div>
<table>
<tr><th>Credit type</th><th style="text-align:center">Designated (maximum)</th><th style="text-align:center">Claimed</th></tr>
<tr><td>AMA PRA Category 1 Credits&#8482;</td><td class="n">1.25</td><td class="n">&mdash;</td></tr>
<tr><td>ANCC nursing contact hours</td><td class="n">1.25</td><td class="n">&mdash;</td></tr>
<tr><td>ACPE contact hours (knowledge-based)</td><td class="n">1.25</td><td class="n">&mdash;</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td class="n">1.5</td><td class="n"><b>1.5</b></td></tr>
</table>
<div class="acc">
<p>In support of improving patient care, Bellmont University Health Sciences Center is jointly accredited by the
Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE),
and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.</p>
<p>Bellmont University Health Sciences Center designates this live activity for a maximum of 1.25 AMA PRA Category 1
Credits&#8482;. Physicians should claim only the credit commensurate with the extent of their participation in the activity.
Nurses and pharmacists may claim up to 1.25 contact hours.</p>
<p>Bellmont University Health Sciences Center, Office of Continuing Professional Development, is approved as a provider of
continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</p>
</div>
<div class="sig"><div class="script">Naomi Achterberg</div><div class="line"></div>
Naomi Achterberg, EdD, CHCP<br>Director, Office of Continuing Professional Development</div>
<div class="issued">Credit claimed: April 21, 2026<br>Transcript No. 0092-5518</div>
</div></body></html>
"""

# ---------------------------------------------------------------- z54 MediaLab two pages
Z54_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Course Certificate</title>
<style>
@page { size: letter; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #203040; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.5in; position: relative; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.frame { border: 2px solid #2a7ab0; height: 100%; box-sizing: border-box; padding: 0.5in 0.55in; position: relative; }
.corner { position: absolute; width: 0.5in; height: 0.5in; border: 4px solid #f2a01f; }
.tl { top: -6px; left: -6px; border-right: none; border-bottom: none; }
.br { bottom: -6px; right: -6px; border-left: none; border-top: none; }
.brand { font-size: 26pt; font-weight: bold; color: #2a7ab0; text-align: center; letter-spacing: -0.01em; }
.brand span { color: #f2a01f; }
.sub { text-align: center; font-size: 9.5pt; color: #567; margin-top: 2px; }
h1 { text-align: center; font-family: 'Liberation Serif', serif; font-size: 28pt; font-weight: normal; margin: 0.55in 0 0.3in; }
.c { text-align: center; font-size: 12pt; }
.name { text-align: center; font-family: 'Liberation Serif', serif; font-size: 23pt; font-weight: bold; margin: 0.15in 0; }
.title { text-align: center; font-size: 16pt; font-weight: bold; color: #1b4f72; margin: 0.15in 0.2in 0.12in; line-height: 1.3; }
.meta { width: 80%; margin: 0.35in auto 0; font-size: 11pt; border-collapse: collapse; }
.meta td { padding: 5px 8px; border-bottom: 1px dotted #9ab; }
.meta td.l { color: #567; width: 45%; }
.stmt { font-size: 9pt; color: #456; margin-top: 0.35in; line-height: 1.45; text-align: center; }
.foot { position: absolute; left: 0.55in; right: 0.55in; bottom: 0.25in; font-size: 8pt; color: #789;
        display: flex; justify-content: space-between; }
.sig { position: absolute; left: 0; right: 0; bottom: 1.0in; text-align: center; font-size: 9.5pt; }
.sig .script { font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 16pt; color: #1b3a5c; }
.sig .line { width: 3in; margin: 2px auto 4px; border-top: 1px solid #203040; }
h2 { font-size: 15pt; color: #1b4f72; margin: 0 0 0.12in; }
h3 { font-size: 11.5pt; color: #2a7ab0; margin: 0.25in 0 0.06in; }
.p2 { font-size: 10.5pt; line-height: 1.45; }
.p2 ol { margin: 0.05in 0 0 0.1in; padding-left: 0.25in; }
</style></head><body>
<div class="page"><div class="frame"><div class="corner tl"></div><div class="corner br"></div>
<div class="brand">Media<span>Lab</span></div>
<div class="sub">Online continuing education for laboratory professionals</div>
<h1>Certificate of Completion</h1>
<div class="c">This is to certify that</div>
<div class="name">Patience Amankwah-Delacroix, MLT(ASCP)</div>
<div class="c">has successfully completed the course</div>
<div class="title">Preventing Pre-Analytical Errors in Coagulation Testing: Collection, Transport, and Processing</div>
<table class="meta">
<tr><td class="l">Date completed</td><td>January 30, 2026</td></tr>
<tr><td class="l">Course No.</td><td>COAG-311</td></tr>
<tr><td class="l">P.A.C.E.&reg; contact hours</td><td>1.5</td></tr>
<tr><td class="l">Level</td><td>Intermediate</td></tr>
</table>
<div class="stmt">MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.&reg; Program. See page 2 for course objectives and state approvals.</div>
<div class="sig"><div class="script">Winifred Castellanos-Reyes</div><div class="line"></div>
Winifred Castellanos-Reyes, MA, MLS(ASCP)<sup>CM</sup><br>Director of Content Development</div>
<div class="foot"><span>Account 44-190237 &middot; Printed 02/02/2026</span><span>Page 1 of 2</span></div>
</div></div>
<div class="page"><div class="frame">
<h2>Course Information</h2>
<div class="p2">
<b>Course:</b> Preventing Pre-Analytical Errors in Coagulation Testing: Collection, Transport, and Processing<br>
<b>Course No.:</b> COAG-311 &nbsp;&middot;&nbsp; <b>Participant:</b> Patience Amankwah-Delacroix &nbsp;&middot;&nbsp; <b>Completed:</b> 01/30/2026
<h3>Learning objectives</h3>
<ol>
<li>Describe the effect of under-filled citrate tubes and elevated hematocrit on PT and aPTT results.</li>
<li>Identify collection practices that activate platelets or introduce tissue factor into the specimen.</li>
<li>Apply transport and centrifugation conditions that yield platelet-poor plasma.</li>
<li>Recognize specimen rejection criteria and document corrective action.</li>
</ol>
<h3>Author and reviewers</h3>
Author: Delphine Arceneaux-Wu, MS, MLS(ASCP)<sup>CM</sup>SH<sup>CM</sup><br>
Reviewer: Gerald Opoku-Hartmann, MD, Medical Director, Coagulation Laboratory, Pinecrest General Hospital
<h3>Approvals</h3>
MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.&reg; Program. This course has been approved for 1.5 contact hours. Florida licensees: this course
satisfies 1.5 hours in the Hemostasis category. California: accepted as P.A.C.E.&reg;-approved continuing education.
<h3>Retention</h3>
Keep this certificate for your records. Credential-maintenance programs may audit documentation of completed
continuing education.
</div>
<div class="foot"><span>MediaLab, Inc.</span><span>Page 2 of 2</span></div>
</div></div>
</body></html>
"""


def _mk(cid, html):
    return lambda out: html_to_pdf(cid, html, out)


CERTS = [
    {"id": "z31", "build": _mk("z31", Z31_HTML), "gold": gold(
        "ascp-cmle", P,
        ["landscape", "centred-award", "border", "seal", "signature-block", "format-line",
         "long-title-wrap", "labelled-line-after-title", "honorific", "credentials-after-name",
         "accented-name", "hyphenated-name", "multiple-credit-types", "provider-for-in-name"],
        "Format line 'On-Demand Webinar' sits alone between the completion verb and the title; the long title "
        "wraps and is followed by 'Date of Completion:'. 'Dr.' and 'MD, FASCP' are stripped. AMA PRA figure "
        "(same 1.0) and issue date are distractors; 'Customer ID' is not the activity id.",
        "Marisol Echeverría-Quintana",
        "Interpreting Flow Cytometry in Chronic Lymphoproliferative Disorders: A Case-Based Approach to Small B-Cell Neoplasms",
        "2025-03-14", 1.0, "CMLE",
        ["American Society for Clinical Pathology", "ASCP"], "WB25-FC-0314")},
    {"id": "z40", "build": _mk("z40", Z40_HTML), "gold": gold(
        "amt", P,
        ["portrait", "two-column-label-value", "header-band", "signature-block", "long-title-wrap",
         "credentials-after-name", "hyphenated-name", "page-footer"],
        "Two-column label/value table; the course title wraps inside the value column. Member ID, certificate "
        "number and print date are distractors. 'Delivery' row is a format, not part of the title.",
        "Marcus Aurelio Fontaine-Beaulieu",
        "Hemoglobin Variants and Thalassemias: From Electrophoresis to HPLC Interpretation in the Community Hospital Laboratory",
        "2025-06-12", 2.0, "CE hour",
        ["American Medical Technologists", "AMT"], "AMT-ED-2291")},
    {"id": "z47", "build": _mk("z47", Z47_HTML), "gold": gold(
        "joint-accreditation-cme", P,
        ["portrait", "letter-style", "left-aligned", "credit-table", "multiple-credit-types",
         "maximum-vs-claimed", "series-name-in-title", "presented-by", "signature-block",
         "department-provider", "credentials-after-name", "accented-name", "hyphenated-name"],
        "Joint-accreditation fixed statements. Lab figure is the P.A.C.E. row (1.5, claimed), which differs from "
        "the AMA/ANCC/ACPE 1.25 designations. Series name 'Pathology Grand Rounds:' is part of the title. "
        "Provider is an office of the institution. Claim date and transcript number are distractors; the "
        "speaker is not the participant.",
        "Ingrid Halvorsen-Matić",
        "Pathology Grand Rounds: Diagnostic Stewardship of Multiplex Molecular Respiratory Panels",
        "2026-04-16", 1.5, "contact hour",
        ["Bellmont University Health Sciences Center",
         "Bellmont University Health Sciences Center, Office of Continuing Professional Development"],
        "26-PGR-0416")},
    {"id": "z54", "build": _mk("z54", Z54_HTML), "gold": gold(
        "medialab", P,
        ["portrait", "two-page", "centred-award", "border", "label-value-table", "long-title-wrap",
         "credentials-after-name", "hyphenated-name", "page-footer"],
        "Two pages: certificate plus course-information page repeating the title. Print date and account "
        "number are distractors; author and reviewer names are not the participant.",
        "Patience Amankwah-Delacroix",
        "Preventing Pre-Analytical Errors in Coagulation Testing: Collection, Transport, and Processing",
        "2026-01-30", 1.5, "contact hour",
        ["MediaLab, Inc.", "MediaLab"], "COAG-311")},
]
