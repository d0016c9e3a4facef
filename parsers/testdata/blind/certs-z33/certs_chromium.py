"""Certificates produced with headless Chromium (HTML + CSS -> PDF)."""
from common import gold, esc
from engine import chromium_pdf

CERTS = []


def cert(fn):
    CERTS.append(fn)
    return fn


PAGE_L = "@page { size: 11in 8.5in; margin: 0; } html, body { margin: 0; padding: 0; }"
PAGE_P = "@page { size: 8.5in 11in; margin: 0; } html, body { margin: 0; padding: 0; }"


# --------------------------------------------------------------------------- yg01
@cert
def yg01():
    g = gold("yg01", "ASCP", "chromium",
             ["landscape", "centered-award", "border", "seal", "signatures", "credentials",
              "hyphenated", "format-line", "wrapped-title+label", "for-and-in-name"],
             "Format phrase 'has completed the on-demand webinar' on its own line; wrapped title directly "
             "followed by 'Date of Completion:'; issue date and certificate number are distractors.",
             "Marisol Quintero-Vega",
             "Interpreting Serum Protein Electrophoresis and Immunofixation Patterns in Monoclonal Gammopathies",
             "2025-08-12", 1.0, "CMLE",
             ["American Society for Clinical Pathology", "ASCP"], "W2541")

    def render():
        html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
%s
body { font-family: 'C059', 'Liberation Serif', serif; color: #1d2a3a; }
.sheet { position: relative; width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.35in; }
.frame { position: absolute; inset: 0.35in; border: 6px double #1f4e79; }
.inner { position: absolute; inset: 0.55in; border: 1px solid #9fb6cc; text-align: center; }
.issuer { margin-top: 0.42in; font-family: 'Liberation Sans', sans-serif; font-size: 15px; letter-spacing: 0.06em; color: #1f4e79; font-weight: bold; }
h1 { font-family: 'P052', serif; font-size: 40px; margin: 0.16in 0 0.12in; font-weight: normal; color: #1f4e79; }
.lead { font-size: 16px; font-style: italic; margin: 0.08in 0; }
.name { font-family: 'P052', serif; font-size: 32px; margin: 0.06in 0 0.06in; }
.title { font-size: 23px; font-weight: bold; margin: 0.06in 1.1in 0.04in; line-height: 1.25; }
.meta { font-size: 15px; margin: 0.03in 0; }
.seal { position: absolute; right: 0.55in; top: 0.45in; width: 1.05in; height: 1.05in; border-radius: 50%%;
        border: 3px solid #b8872b; color: #b8872b; font-family: 'Liberation Sans', sans-serif; font-weight: bold;
        display: flex; flex-direction: column; align-items: center; justify-content: center; font-size: 19px; }
.seal small { font-size: 9px; letter-spacing: 0.1em; }
.sig { position: absolute; left: 0.7in; bottom: 0.55in; width: 3.3in; text-align: left; font-size: 12px; }
.sig .line { border-top: 1px solid #333; padding-top: 3px; }
.sig .script { font-family: 'Z003', cursive; font-size: 26px; margin-bottom: 1px; }
.ids { position: absolute; right: 0.7in; bottom: 0.62in; text-align: right; font-size: 11px; font-family: 'Liberation Sans', sans-serif; color: #444; }
.stmt { position: absolute; left: 1.3in; right: 1.3in; bottom: 0.05in; font-size: 9.5px; font-family: 'Liberation Sans', sans-serif; color: #555; text-align: center; }
</style></head><body><div class="sheet"><div class="frame"></div><div class="inner">
<div class="issuer">American Society for Clinical Pathology</div>
<h1>Certificate of Completion</h1>
<div class="lead">This certifies that</div>
<div class="name">Marisol Quintero-Vega, MLS(ASCP)<sup style="font-size:14px">CM</sup></div>
<div class="lead">has completed the on-demand webinar</div>
<div class="title">Interpreting Serum Protein Electrophoresis and Immunofixation Patterns in Monoclonal Gammopathies</div>
<div class="meta">Date of Completion: August 12, 2025</div>
<div class="meta">CMLE Credit: 1.0</div>
<div class="meta">Course No.: W2541</div>
<div class="seal"><small>ASCP</small>CMLE<small>APPROVED</small></div>
<div class="sig"><div class="script">Lorraine Adebisi-Holt</div><div class="line">Lorraine K. Adebisi-Holt, MBA, MLS(ASCP)<sup>CM</sup><br>Senior Director, Continuing Education</div></div>
<div class="ids">Certificate No. 0085321-7712<br>Issued: August 13, 2025</div>
<div class="stmt">The American Society for Clinical Pathology (ASCP) designates this enduring material for 1.0 CMLE credit.
ASCP CMLE credit is acceptable for the ASCP Board of Certification Credential Maintenance Program (CMP).</div>
</div></div></body></html>""" % PAGE_L
        chromium_pdf("yg01", html)
    return g, render


# --------------------------------------------------------------------------- yg09
@cert
def yg09():
    g = gold("yg09", "NSH", "chromium",
             ["landscape", "centered-award", "border", "seal", "letter-spaced-name", "caps-name", "accented",
              "format-line", "keyword-title", "signatures"],
             "Letter-spaced ALL-CAPS accented name; 'LIVE WEBINAR' format line between verb and title; title "
             "contains Grossing and Orientation (real course words); presenter is a distractor; ID labelled 'Event ID'.",
             "SIOBHÁN O'REILLY",
             "Grossing Small Biopsies: Orientation, Inking, and Embedding for Optimal Sectioning",
             "2025-02-26", 1.0, "contact hour",
             ["National Society for Histotechnology", "NSH"], "WB25-0226")

    def render():
        html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
%s
body { font-family: 'URW Bookman', 'Liberation Serif', serif; color: #2b2b2b; }
.sheet { position: relative; width: 11in; height: 8.5in; box-sizing: border-box; }
.b1 { position: absolute; inset: 0.3in; border: 14px solid #5b2a6e; }
.b2 { position: absolute; inset: 0.52in; border: 2px solid #c9a646; }
.content { position: absolute; inset: 0.75in 0.9in; text-align: center; }
.logo { font-family: 'URW Gothic', sans-serif; font-weight: bold; font-size: 30px; color: #5b2a6e; letter-spacing: 0.2em; }
.org { font-family: 'URW Gothic', sans-serif; font-size: 16px; color: #5b2a6e; margin-top: 2px; }
h1 { font-size: 34px; margin: 0.22in 0 0.1in; color: #333; font-weight: normal; }
.small { font-size: 15px; font-style: italic; }
.name { font-size: 30px; letter-spacing: 0.42em; margin: 0.12in 0 0.12in; font-weight: bold; color: #5b2a6e; }
.fmt { font-family: 'URW Gothic', sans-serif; font-size: 14px; letter-spacing: 0.25em; color: #c9a646; margin: 0.1in 0 0.04in; font-weight: bold; }
.title { font-size: 22px; font-weight: bold; margin: 0.02in 0.4in 0.1in; line-height: 1.3; }
.pres { font-size: 13px; font-style: italic; margin-bottom: 0.12in; }
.grid { display: flex; justify-content: center; gap: 0.6in; font-size: 14px; }
.grid b { display: block; font-family: 'URW Gothic', sans-serif; font-size: 11px; color: #777; letter-spacing: 0.1em; }
.seal { position: absolute; left: 0.15in; bottom: 0.1in; width: 1.1in; height: 1.1in; border-radius: 50%%; background: #c9a646;
        color: white; display: flex; align-items: center; justify-content: center; font-family: 'URW Gothic'; font-weight: bold; font-size: 22px;
        box-shadow: 0 0 0 4px #fff, 0 0 0 6px #c9a646; }
.sig { position: absolute; right: 0.2in; bottom: 0.25in; width: 3.2in; font-size: 12px; text-align: center; }
.sig .line { border-top: 1px solid #444; padding-top: 3px; }
.stmt { position: absolute; left: 1.5in; right: 3.6in; bottom: 0.05in; font-size: 10px; color: #555; text-align: left; }
</style></head><body><div class="sheet"><div class="b1"></div><div class="b2"></div><div class="content">
<div class="logo">NSH</div>
<div class="org">National Society for Histotechnology</div>
<h1>Certificate of Completion</h1>
<div class="small">is presented to</div>
<div class="name">SIOBHÁN O'REILLY</div>
<div class="small">for successful completion of the</div>
<div class="fmt">LIVE WEBINAR</div>
<div class="title">Grossing Small Biopsies: Orientation, Inking, and Embedding for Optimal Sectioning</div>
<div class="pres">Presented by Harlan Mbeki-Stroud, PhD, HTL(ASCP)</div>
<div class="grid"><div><b>WEBINAR DATE</b>February 26, 2025</div><div><b>CREDIT</b>1.0 Contact Hour</div><div><b>EVENT ID</b>WB25-0226</div></div>
<div class="seal">2025</div>
<div class="sig"><div class="line">Colette Ransome-Iwu, BS, HT(ASCP)<br>Chair, NSH Education Committee</div></div>
<div class="stmt">NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.
Retain this certificate for your records.</div>
</div></div></body></html>""" % PAGE_L
        chromium_pdf("yg09", html)
    return g, render


# --------------------------------------------------------------------------- yg22
@cert
def yg22():
    g = gold("yg22", "PACE-provider", "chromium",
             ["portrait", "centered-award", "border", "format-line", "accreditation-subject-only",
              "program-no-no-colon", "hyphenated", "accented"],
             "Provider appears only as the subject of the P.A.C.E. approval statement; 'Self-Study' format line; "
             "ID given as 'Program No. 307-112-25' without a colon; generation date and URL are distractors.",
             "Ingrid Solheim-Tavares",
             "Hemoglobin Variants on HPLC: Recognizing Hb S, C, E, and D Patterns",
             "2025-09-02", 1.0, "contact hour",
             ["Riverbend Valley Health System"], "307-112-25")

    def render():
        html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
%s
body { font-family: 'Liberation Sans', sans-serif; color: #222; }
.sheet { position: relative; width: 8.5in; height: 11in; box-sizing: border-box; }
.frame { position: absolute; inset: 0.4in; border: 3px solid #2e6b4f; border-radius: 10px; }
.band { position: absolute; left: 0.4in; right: 0.4in; top: 0.4in; height: 1.15in; background: #2e6b4f; border-radius: 7px 7px 0 0; }
.band h1 { color: white; font-family: 'Liberation Serif', serif; font-size: 38px; text-align: center; margin: 0; padding-top: 0.3in; font-weight: normal; letter-spacing: 0.03em; }
.content { position: absolute; top: 2.0in; left: 0.9in; right: 0.9in; text-align: center; }
.lead { font-size: 15px; color: #555; margin: 0.14in 0 0.06in; }
.name { font-family: 'Liberation Serif', serif; font-size: 34px; border-bottom: 1px solid #999; padding-bottom: 6px; margin: 0 0.4in; }
.fmt { font-size: 16px; font-weight: bold; color: #2e6b4f; margin: 0.18in 0 0.05in; }
.title { font-family: 'Liberation Serif', serif; font-size: 24px; font-weight: bold; line-height: 1.25; margin: 0 0.1in; }
table { margin: 0.4in auto 0; border-collapse: collapse; font-size: 14px; }
td { padding: 5px 14px; text-align: left; }
td.l { color: #555; text-align: right; }
.foot { position: absolute; left: 0.9in; right: 0.9in; bottom: 0.75in; font-size: 11px; color: #444; text-align: center; line-height: 1.45; }
.sig { position: absolute; left: 0.9in; right: 0.9in; bottom: 2.0in; display: flex; justify-content: space-between; font-size: 12px; }
.sig div { width: 2.8in; border-top: 1px solid #333; padding-top: 4px; }
</style></head><body><div class="sheet"><div class="frame"></div><div class="band"><h1>Certificate of Completion</h1></div>
<div class="content">
<div class="lead">This is to certify that</div>
<div class="name">Ingrid Solheim-Tavares</div>
<div class="lead">has completed the</div>
<div class="fmt">Self-Study</div>
<div class="title">Hemoglobin Variants on HPLC: Recognizing Hb S, C, E, and D Patterns</div>
<table>
<tr><td class="l">Completion date:</td><td>09/02/2025</td></tr>
<tr><td class="l">Contact hours:</td><td>1.0</td></tr>
<tr><td class="l">Learner ID:</td><td>RVH-004418</td></tr>
</table>
</div>
<div class="sig"><div>Anders Thorvaldsen, MS, MLS(ASCP)<br>Laboratory Education Coordinator</div><div>Patricia Nwachukwu-Lowe, MD<br>Medical Director, Clinical Laboratories</div></div>
<div class="foot">Riverbend Valley Health System is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.<br>
Program No. 307-112-25<br>
Certificate generated 09/03/2025 &middot; learning.riverbendvalley.example.org</div>
</div></body></html>""" % PAGE_P
        chromium_pdf("yg22", html)
    return g, render


# --------------------------------------------------------------------------- yg24
@cert
def yg24():
    g = gold("yg24", "MediaLab", "chromium",
             ["landscape", "centered-award", "border", "caps-name", "table", "labels-above", "signatures"],
             "ALL-CAPS name; format folded into the verb line ('has completed the online self-study course'); "
             "access expiry date and certificate number are distractors.",
             "ABIGAIL ROSE THORNBURY",
             "Quality Control Rules and Levey-Jennings Charts",
             "2025-06-18", 1.5, "contact hour",
             ["MediaLab, Inc."], "QC-112")

    def render():
        html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
%s
body { font-family: 'DejaVu Sans', sans-serif; color: #1b1b1b; }
.sheet { position: relative; width: 11in; height: 8.5in; }
.frame { position: absolute; inset: 0.45in; border: 2px solid #0b6e99; }
.corner { position: absolute; width: 0.7in; height: 0.7in; border: 5px solid #f39c12; }
.tl { left: 0.3in; top: 0.3in; border-right: none; border-bottom: none; }
.br { right: 0.3in; bottom: 0.3in; border-left: none; border-top: none; }
.head { position: absolute; top: 0.75in; left: 0.9in; right: 0.9in; display: flex; justify-content: space-between; align-items: center; }
.brand { font-size: 26px; font-weight: bold; color: #0b6e99; }
.addr { font-size: 10px; text-align: right; color: #666; line-height: 1.4; }
.content { position: absolute; top: 1.8in; left: 1in; right: 1in; text-align: center; }
h1 { font-family: 'DejaVu Serif', serif; font-size: 36px; margin: 0 0 0.2in; color: #0b6e99; font-weight: normal; }
.lead { font-size: 14px; color: #555; margin: 0.1in 0; }
.name { font-size: 30px; font-weight: bold; letter-spacing: 0.04em; }
.title { font-family: 'DejaVu Serif', serif; font-size: 24px; font-style: italic; margin: 0.06in 0 0.25in; }
table { margin: 0 auto; border-collapse: collapse; font-size: 13px; }
th { background: #0b6e99; color: white; padding: 5px 16px; font-weight: normal; }
td { border: 1px solid #bbb; padding: 6px 16px; }
.sig { position: absolute; left: 1in; bottom: 0.75in; font-size: 11px; width: 3in; border-top: 1px solid #555; padding-top: 3px; }
.note { position: absolute; right: 1in; bottom: 0.75in; font-size: 10px; color: #555; width: 4.4in; text-align: right; line-height: 1.4; }
</style></head><body><div class="sheet"><div class="frame"></div><div class="corner tl"></div><div class="corner br"></div>
<div class="head"><div class="brand">MediaLab, Inc.</div><div class="addr">Continuing Education Certificate<br>Certificate #: ML-25-0618-55304</div></div>
<div class="content">
<h1>Certificate of Completion</h1>
<div class="lead">This certificate is awarded to</div>
<div class="name">ABIGAIL ROSE THORNBURY</div>
<div class="lead">who has completed the online self-study course</div>
<div class="title">Quality Control Rules and Levey-Jennings Charts</div>
<table><tr><th>Course Number</th><th>Date Completed</th><th>P.A.C.E.&reg; Contact Hours</th></tr>
<tr><td>QC-112</td><td>2025-06-18</td><td>1.5</td></tr></table>
</div>
<div class="sig">Helena Marchetti-Sousa, MS, MLS(ASCP)<br>Director of Continuing Education</div>
<div class="note">MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.<br>
Course access expires 2026-06-18.</div>
</div></body></html>""" % PAGE_L
        chromium_pdf("yg24", html)
    return g, render


# --------------------------------------------------------------------------- yg33
@cert
def yg33():
    g = gold("yg33", "joint-CME", "chromium",
             ["portrait", "letter", "table", "multi-credit", "max-vs-claimed", "date-range", "meeting-name-title",
              "honorific", "hyphenated", "department-provider", "two-page"],
             "Two pages. Conference attendance certificate: title is the conference name, date the last day of the "
             "range; page 2 lists the sessions attended (session titles/dates are distractors) adding up to the claimed total. Credit table lists AMA PRA, ANCC, ACPE maxima and P.A.C.E. maximum vs claimed; gold "
             "is the claimed P.A.C.E. figure. Joint Accreditation provider number and claim date are distractors.",
             "Evangeline Marchbanks-Oyelaran",
             "2025 Hematopathology and Laboratory Hematology Update",
             "2025-11-08", 12.0, "contact hour",
             ["Mount Calloway Health", "Mount Calloway Health, Office of Interprofessional Continuing Education"],
             "MCH-2511-HEME")

    def render():
        html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
%s
body { font-family: 'Liberation Serif', serif; color: #111; }
.sheet { position: relative; width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.7in 0.9in; }
.lh { display: flex; align-items: center; border-bottom: 3px solid #7a1f2b; padding-bottom: 10px; }
.mark { width: 0.7in; height: 0.7in; background: #7a1f2b; color: #fff; font-family: 'Liberation Sans'; font-weight: bold; font-size: 24px;
        display: flex; align-items: center; justify-content: center; margin-right: 14px; clip-path: polygon(50%% 0, 100%% 100%%, 0 100%%); }
.lh .o1 { font-size: 22px; font-weight: bold; color: #7a1f2b; }
.lh .o2 { font-size: 14px; color: #444; }
h1 { font-size: 28px; text-align: center; margin: 0.35in 0 0.2in; font-weight: normal; letter-spacing: 0.04em; }
p { font-size: 14.5px; line-height: 1.5; margin: 0.08in 0; }
.name { font-size: 24px; font-weight: bold; text-align: center; margin: 0.12in 0; }
.conf { font-size: 20px; font-weight: bold; text-align: center; margin: 0.1in 0 0.02in; }
.where { text-align: center; font-size: 14px; margin-bottom: 0.15in; }
table { width: 100%%; border-collapse: collapse; font-size: 13px; margin: 0.12in 0; }
th, td { border: 1px solid #999; padding: 5px 8px; text-align: left; }
th { background: #f1e6e7; }
td.n { text-align: center; }
.acc { font-size: 10.5px; line-height: 1.4; color: #333; margin-top: 0.12in; }
.sig { margin-top: 0.3in; font-size: 12.5px; }
.sig .s { font-family: 'Z003'; font-size: 26px; }
.foot { position: absolute; bottom: 0.45in; left: 0.9in; right: 0.9in; font-size: 9.5px; color: #666; border-top: 1px solid #ccc; padding-top: 4px; display: flex; justify-content: space-between; }
.sheet { page-break-after: always; overflow: hidden; }
.sheet:last-child { page-break-after: auto; }
h2 { font-size: 18px; margin: 0.3in 0 0.1in; color: #7a1f2b; }
table.s td, table.s th { font-size: 12px; }
</style></head><body><div class="sheet">
<div class="lh"><div class="mark">M</div><div><div class="o1">Mount Calloway Health</div><div class="o2">Office of Interprofessional Continuing Education</div></div></div>
<h1>Certificate of Attendance</h1>
<p style="text-align:center">This is to certify that</p>
<div class="name">Dr. Evangeline Marchbanks-Oyelaran</div>
<p style="text-align:center">attended the conference</p>
<div class="conf">2025 Hematopathology and Laboratory Hematology Update</div>
<div class="where">November 6&ndash;8, 2025 &middot; Calloway Conference Center, Ashford Springs, Vermont<br>Activity ID: MCH-2511-HEME</div>
<table>
<tr><th>Credit type</th><th>Maximum available</th><th>Claimed by participant</th></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td class="n">16.75</td><td class="n">&mdash;</td></tr>
<tr><td>ANCC nursing contact hours</td><td class="n">16.75</td><td class="n">&mdash;</td></tr>
<tr><td>ACPE contact hours (knowledge-based)</td><td class="n">16.75</td><td class="n">&mdash;</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours (clinical laboratory)</td><td class="n">16.5</td><td class="n">12.0</td></tr>
</table>
<div class="acc">In support of improving patient care, Mount Calloway Health is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.
Mount Calloway Health designates this live activity for a maximum of 16.75 <i>AMA PRA Category 1 Credits</i>&trade;. Physicians should claim only the credit commensurate with the extent of their participation in the activity.
Mount Calloway Health is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div>
<div class="sig"><div class="s">Rosemary Lindqvist</div>Rosemary Lindqvist, MSN, RN<br>Director, Office of Interprofessional Continuing Education</div>
<div class="foot"><span>Joint Accreditation Provider #4008163</span><span>Credit claimed: November 20, 2025</span><span>Page 1 of 2</span></div>
</div>
<div class="sheet">
<div class="lh"><div class="mark">M</div><div><div class="o1">Mount Calloway Health</div><div class="o2">Office of Interprofessional Continuing Education</div></div></div>
<h2>Transcript of sessions claimed</h2>
<p>Participant: Dr. Evangeline Marchbanks-Oyelaran &middot; Activity ID: MCH-2511-HEME</p>
<table class="s">
<tr><th>Date</th><th>Session</th><th>P.A.C.E.&reg; hours</th></tr>
<tr><td>Nov 6, 2025</td><td>Keynote: The Evolving WHO and ICC Classifications of Myeloid Neoplasms</td><td class="n">1.0</td></tr>
<tr><td>Nov 6, 2025</td><td>Flow Cytometry in Minimal Residual Disease Monitoring</td><td class="n">1.5</td></tr>
<tr><td>Nov 6, 2025</td><td>Morphology Review: Dysplasia or Reactive Change?</td><td class="n">1.5</td></tr>
<tr><td>Nov 7, 2025</td><td>Digital Morphology Analyzers: Validation and Workflow</td><td class="n">1.0</td></tr>
<tr><td>Nov 7, 2025</td><td>Coagulation Case Conference: Lupus Anticoagulant Testing</td><td class="n">1.5</td></tr>
<tr><td>Nov 7, 2025</td><td>Hemoglobinopathy Screening and Confirmatory Testing</td><td class="n">1.0</td></tr>
<tr><td>Nov 8, 2025</td><td>Molecular Genetics of Acute Myeloid Leukemia for the Laboratory</td><td class="n">1.5</td></tr>
<tr><td>Nov 8, 2025</td><td>Body Fluid Morphology Workshop</td><td class="n">2.0</td></tr>
<tr><td>Nov 8, 2025</td><td>Closing Panel: Staffing the Hematology Laboratory of the Future</td><td class="n">1.0</td></tr>
<tr><th></th><th>Total P.A.C.E.&reg; contact hours claimed</th><th class="n">12.0</th></tr>
</table>
<div class="acc">Sessions not listed were not claimed. Credit for this activity could be claimed until December 8, 2025. Questions: Office of Interprofessional Continuing Education, (802) 555-0177.</div>
<div class="foot"><span>Joint Accreditation Provider #4008163</span><span>Credit claimed: November 20, 2025</span><span>Page 2 of 2</span></div>
</div>
</body></html>""" % PAGE_P
        chromium_pdf("yg33", html)
    return g, render
