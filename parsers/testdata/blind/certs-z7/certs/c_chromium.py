"""Certificates rendered by headless Chromium (--print-to-pdf) from HTML."""
from engine.registry import cert

BASE_CSS = """
* { box-sizing: border-box; font-variant-ligatures: none; }
html, body { margin: 0; padding: 0; }
@page { size: %s; margin: 0; }
.page { width: %s; height: %s; position: relative; overflow: hidden; }
"""


def page(css, body, landscape=False, title="Certificate"):
    size = "11in 8.5in" if landscape else "8.5in 11in"
    w, h = ("11in", "8.5in") if landscape else ("8.5in", "11in")
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>%s</title><style>%s%s</style>"
            "</head><body><div class='page'>%s</div></body></html>" % (title, BASE_CSS % (size, w, h), css, body))


# --------------------------------------------------------------------------
@cert("zg01", "ascp", "chromium",
      ["base:classic-centered", "portrait", "format-line-above", "title-wrap", "name-hyphen",
       "name-credentials", "multi-date", "id-colon", "distractor-numbers", "signature", "footer",
       "provider-logo"],
      "eCast pill above a two-line title; credential MLS(ASCP)CM after the name; completion vs issue date; "
      "certificate no. beside the course number; signer's own credentials nearby.",
      name="Renata Okonkwo-Bello",
      title="Interpreting Serum Protein Electrophoresis Patterns in Plasma Cell Disorders",
      date="2024-03-14", credits=1.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="EC2403-117")
def zg01():
    css = """
    body { font-family: 'C059', 'Liberation Serif', serif; color: #1d2b36; }
    .frame { position:absolute; inset:0.45in; border:1.5pt solid #2f5d7c; }
    .frame2 { position:absolute; inset:0.55in; border:0.5pt solid #2f5d7c; }
    .top { position:absolute; top:0.95in; left:0; right:0; text-align:center; }
    .mark { display:inline-block; font-family:'Nimbus Sans',sans-serif; font-weight:bold; font-size:26pt;
            color:#fff; background:#2f5d7c; padding:6px 14px; letter-spacing:2px; }
    .org { font-family:'Nimbus Sans',sans-serif; font-size:9.5pt; letter-spacing:1.5px; margin-top:8px;
           text-transform:none; color:#2f5d7c; }
    .main { position:absolute; top:2.35in; left:1in; right:1in; text-align:center; }
    h1 { font-family:'Z003', cursive; font-weight:normal; font-size:40pt; margin:0 0 18px; color:#2f5d7c; }
    .lead { font-size:12pt; font-style:italic; margin:10px 0; }
    .name { font-size:25pt; margin:8px 0 4px; }
    .name sup { font-size:11pt; }
    .pill { display:inline-block; font-family:'Nimbus Sans',sans-serif; font-size:9pt; border:1pt solid #2f5d7c;
            border-radius:10px; padding:2px 12px; margin:14px 0 6px; color:#2f5d7c; }
    .title { font-size:18pt; font-weight:bold; width:4.9in; margin:0 auto; line-height:1.3; }
    .credit { font-size:14pt; margin-top:16px; }
    .grid { position:absolute; top:7.15in; left:1.3in; right:1.3in; font-family:'Nimbus Sans',sans-serif;
            font-size:9.5pt; display:grid; grid-template-columns:1fr 1fr; row-gap:6px; }
    .sig { position:absolute; top:8.05in; left:0; right:0; text-align:center; font-size:10pt; }
    .sig .hand { font-family:'Z003',cursive; font-size:22pt; }
    .sig .line { width:2.8in; margin:0 auto 4px; border-top:0.75pt solid #333; }
    .foot { position:absolute; bottom:0.8in; left:0.9in; right:0.9in; font-family:'Nimbus Sans',sans-serif;
            font-size:7.5pt; text-align:center; color:#44525c; line-height:1.35; }
    """
    body = """
    <div class="frame"></div><div class="frame2"></div>
    <div class="top"><div class="mark">ASCP</div><div class="org">CONTINUING MEDICAL LABORATORY EDUCATION</div></div>
    <div class="main">
      <h1>Certificate of Completion</h1>
      <div class="lead">This is to certify that</div>
      <div class="name">Renata Okonkwo-Bello, MLS(ASCP)<sup>CM</sup></div>
      <div class="lead">has completed the educational activity</div>
      <div class="pill">eCast</div>
      <div class="title">Interpreting Serum Protein Electrophoresis Patterns in Plasma Cell Disorders</div>
      <div class="credit">and is awarded <b>1.0 CMLE</b> credit</div>
    </div>
    <div class="grid">
      <div>Course Number: EC2403-117</div><div style="text-align:right">Date Completed: March 14, 2024</div>
      <div>Certificate No. 88412-AX</div><div style="text-align:right">Date Issued: March 15, 2024</div>
    </div>
    <div class="sig"><div class="hand">Dana K. Whitcombe</div><div class="line"></div>
      Dana K. Whitcombe, MHA, MLS(ASCP)<sup>CM</sup> &middot; Director, Continuing Education</div>
    <div class="foot">The American Society for Clinical Pathology designates this eCast for 1.0 CMLE credit.
      CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.
      Keep this certificate with your CMP documentation; do not send it to the BOC unless you are audited.</div>
    """
    return page(css, body, title="ASCP eCast certificate")


# --------------------------------------------------------------------------
@cert("zg09", "pace-provider", "chromium",
      ["base:two-column-sidebar", "portrait", "two-column", "format-line-below", "title-wrap",
       "provider-accreditation-sentence", "multi-date", "id-colon", "distractor-numbers", "signature"],
      "Provider appears only as subject of the P.A.C.E. approval sentence; details in a coloured sidebar "
      "(webinar date vs. certificate generated date, registrant ID next to the program number); "
      "'LIVE WEBINAR' printed under the title.",
      name="Priyanka Venkataraman",
      title="Antimicrobial Stewardship at the Bench: Cascade Reporting and Selective Susceptibility Release",
      date="2024-04-11", credits=1.0, unit="contact hour",
      provider=["Crescent Valley Laboratory Education Consortium"], activity_id="389-118-24")
def zg09():
    css = """
    body { font-family:'Liberation Sans', sans-serif; color:#222; }
    .side { position:absolute; top:0; left:0; bottom:0; width:2.5in; background:#24475a; color:#eef4f7; }
    .side .shape { position:absolute; top:0.8in; left:0.65in; width:1.2in; height:1.2in; border-radius:50%;
                   border:6px solid #8fc1d4; }
    .side .shape2 { position:absolute; top:1.15in; left:1.0in; width:0.5in; height:0.5in; background:#8fc1d4;
                    transform:rotate(45deg); }
    .side dl { position:absolute; top:6.0in; left:0.35in; right:0.3in; font-size:9pt; margin:0; }
    .side dt { text-transform:uppercase; font-size:7pt; letter-spacing:1px; color:#9fc7d6; margin-top:10px; }
    .side dd { margin:2px 0 0; }
    .main { position:absolute; top:0.9in; left:3.0in; right:0.6in; }
    .kicker { font-size:10pt; letter-spacing:3px; color:#24475a; }
    h1 { font-family:'P052', serif; font-size:30pt; margin:6px 0 0; font-weight:normal; }
    .rule { width:1.2in; border-top:3px solid #8fc1d4; margin:16px 0 36px; }
    .small { font-size:10.5pt; color:#555; }
    .name { font-family:'P052', serif; font-size:24pt; margin:6px 0 28px; }
    .title { font-size:16pt; font-weight:bold; line-height:1.3; margin-top:6px; }
    .fmt { font-size:9.5pt; font-weight:bold; letter-spacing:2.5px; color:#2c7a96; margin-top:8px; }
    .credit { font-size:11pt; margin-top:26px; line-height:1.45; }
    .obj { position:absolute; top:6.0in; left:3.0in; right:0.6in; font-size:9pt; color:#444; line-height:1.4; }
    .obj ol { margin:4px 0 0 16px; padding:0; }
    .sig { position:absolute; top:8.15in; left:3.0in; width:2.6in; font-size:9pt; }
    .sig .hand { font-family:'Z003', cursive; font-size:20pt; }
    .sig .line { border-top:0.75pt solid #333; margin:2px 0 3px; }
    .acc { position:absolute; bottom:0.7in; left:3.0in; right:0.6in; font-size:8.5pt; color:#333; line-height:1.4;
           border-top:0.5pt solid #bbb; padding-top:8px; }
    """
    body = """
    <div class="side"><div class="shape"></div><div class="shape2"></div>
      <dl>
        <dt>Date of webinar</dt><dd>Thursday, April 11, 2024</dd>
        <dt>P.A.C.E.&reg; Program #</dt><dd>389-118-24</dd>
        <dt>Contact hours</dt><dd>1.0</dd>
        <dt>Level</dt><dd>Intermediate</dd>
        <dt>Registrant ID</dt><dd>55-20931</dd>
        <dt>Certificate generated</dt><dd>04/18/2024</dd>
      </dl></div>
    <div class="main">
      <div class="kicker">CONTINUING EDUCATION</div>
      <h1>Certificate of Participation</h1>
      <div class="rule"></div>
      <div class="small">Awarded to</div>
      <div class="name">Priyanka Venkataraman</div>
      <div class="small">for participating in</div>
      <div class="title">Antimicrobial Stewardship at the Bench: Cascade Reporting and Selective Susceptibility Release</div>
      <div class="fmt">LIVE WEBINAR</div>
      <div class="credit">The participant attended the full 60-minute broadcast and completed the evaluation,
        earning 1.0 contact hour of P.A.C.E.&reg; credit.</div>
    </div>
    <div class="obj">Objectives addressed:<ol>
      <li>Describe cascade and selective reporting rules for Enterobacterales.</li>
      <li>Explain how suppressed results are released on request.</li>
      <li>Draft a stewardship communication plan with pharmacy.</li></ol></div>
    <div class="sig"><div class="hand">Miriam Castellanos</div><div class="line"></div>
      Miriam Castellanos, MS, MLS(ASCP)<br>Education Program Manager</div>
    <div class="acc">Crescent Valley Laboratory Education Consortium is approved as a provider of continuing
      education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div>
    """
    return page(css, body, title="Webinar certificate")


# --------------------------------------------------------------------------
@cert("zg12", "labce", "chromium",
      ["base:online-receipt", "portrait", "label-value", "name-suffix", "multi-date", "id-no-colon",
       "distractor-numbers", "footer", "provider-logo", "provider-accreditation-sentence"],
      "Browser print-out look (timestamp header and URL footer); label/value table without colons; "
      "suffix after a comma (', Jr.') is kept; customer ID, provider number and CE Broker number as distractors.",
      name="Kwame Asante, Jr.",
      title="Urine Sediment Identification: Casts, Crystals, and Cells",
      date="2024-07-22", credits=1.0, unit="contact hour",
      provider=["LabCE"], activity_id="8137")
def zg12():
    css = """
    body { font-family:'DejaVu Sans', sans-serif; color:#202020; }
    .bh { position:absolute; top:0.3in; left:0.45in; right:0.45in; font-size:7.5pt; display:flex;
          justify-content:space-between; color:#333; }
    .bf { position:absolute; bottom:0.3in; left:0.45in; right:0.45in; font-size:7.5pt; display:flex;
          justify-content:space-between; color:#333; }
    .wrap { position:absolute; top:0.9in; left:0.9in; right:0.9in; border:1px solid #c9c9c9; padding:0.4in 0.5in; }
    .logo { font-size:30pt; font-weight:bold; letter-spacing:-1px; }
    .logo .ce { color:#e07b00; }
    .tag { font-size:8.5pt; color:#666; margin-bottom:24px; }
    h1 { font-size:19pt; font-weight:normal; border-bottom:2px solid #e07b00; padding-bottom:6px; margin:0 0 18px; }
    p { font-size:10pt; line-height:1.45; }
    .name { font-size:20pt; font-weight:bold; margin:6px 0 14px; }
    table { border-collapse:collapse; width:100%; font-size:10pt; margin:8px 0 20px; }
    td { border-bottom:1px solid #e2e2e2; padding:7px 6px; vertical-align:top; }
    td.k { width:2.0in; color:#555; }
    .fine { font-size:8pt; color:#444; line-height:1.45; }
    """
    body = """
    <div class="bh"><span>8/1/24, 9:15 AM</span><span>LabCE - Certificate of Completion</span></div>
    <div class="wrap">
      <div class="logo">Lab<span class="ce">CE</span></div>
      <div class="tag">Online continuing education for laboratory professionals</div>
      <h1>Certificate of Completion</h1>
      <p>This certificate is awarded to</p>
      <div class="name">Kwame Asante, Jr.</div>
      <p>for successfully completing the following continuing education course and passing its post-test.</p>
      <table>
        <tr><td class="k">Course Name</td><td>Urine Sediment Identification: Casts, Crystals, and Cells</td></tr>
        <tr><td class="k">Course Number</td><td>8137</td></tr>
        <tr><td class="k">Contact Hours</td><td>1.0</td></tr>
        <tr><td class="k">Level of Instruction</td><td>Basic</td></tr>
        <tr><td class="k">Date Completed</td><td>07/22/2024 10:42 PM Eastern</td></tr>
        <tr><td class="k">Customer ID</td><td>2047761</td></tr>
      </table>
      <div class="fine">LabCE is approved as a provider of continuing education programs in the clinical
        laboratory sciences by the ASCLS P.A.C.E.&reg; Program, provider number 0530.<br>
        Florida Board of Clinical Laboratory Personnel provider #50-2391; CE Broker tracking number 20-431957.<br>
        Keep this certificate for your records. Duplicate certificates can be printed from your transcript at any time.</div>
    </div>
    <div class="bf"><span>https://www.labce.com/transcript/certificate.aspx?c=8137&amp;u=2047761</span><span>1/1</span></div>
    """
    return page(css, body, title="LabCE - Certificate of Completion")


# --------------------------------------------------------------------------
@cert("zg22", "joint-accreditation", "chromium",
      ["base:cme-credit-table", "portrait", "multi-credit", "claimed-vs-max", "name-honorific",
       "name-credentials", "name-hyphen", "multi-date", "id-colon", "distractor-numbers", "title-wrap",
       "signature", "provider-logo"],
      "Jointly accredited provider; credit table with AMA PRA, ANCC, ACPE (with UAN) and P.A.C.E. rows, "
      "P.A.C.E. maximum 3.5 vs claimed 3.0; 'Dr.' and PhD, DABCC around the name; claim date vs activity date.",
      name="Abimbola Oyelaran-Fitzgerald",
      title="Sepsis Diagnostics Update 2024: Biomarkers, Rapid Identification and Stewardship",
      date="2024-09-19", credits=3.0, unit="contact hour",
      provider=["Summit Ridge Health Sciences Institute", "SRHSI"], activity_id="JA-24-1187")
def zg22():
    css = """
    body { font-family:'Nimbus Sans', sans-serif; color:#1b1b1b; }
    .hdr { position:absolute; top:0; left:0; right:0; height:1.35in; background:#f2efe6; border-bottom:3px solid #7a5c1e; }
    .mono { position:absolute; top:0.35in; left:0.7in; width:0.75in; height:0.75in; background:#7a5c1e; color:#fff;
            font-weight:bold; font-size:12pt; text-align:center; line-height:0.75in; letter-spacing:0.5px; }
    .org { position:absolute; top:0.42in; left:1.65in; font-size:17pt; font-family:'P052',serif; }
    .sub { position:absolute; top:0.8in; left:1.65in; font-size:9pt; letter-spacing:2px; color:#7a5c1e; }
    .main { position:absolute; top:1.75in; left:0.8in; right:0.8in; text-align:center; }
    h1 { font-family:'P052',serif; font-weight:normal; font-size:26pt; margin:0 0 14px; }
    .s { font-size:10.5pt; color:#444; }
    .name { font-size:20pt; font-weight:bold; margin:8px 0 12px; }
    .title { font-family:'P052',serif; font-size:16.5pt; font-style:italic; width:5.4in; margin:8px auto 6px; line-height:1.3; }
    .meta { font-size:10pt; margin-top:6px; }
    table { position:absolute; top:5.35in; left:0.8in; width:6.9in; border-collapse:collapse; font-size:9.5pt; }
    th { background:#7a5c1e; color:#fff; text-align:left; padding:6px 8px; font-weight:bold; }
    td { border-bottom:1px solid #d6cfbd; padding:6px 8px; vertical-align:top; }
    td.n { text-align:center; width:1.2in; }
    .claim { position:absolute; top:7.45in; left:0.8in; right:0.8in; font-size:9pt; color:#333; }
    .sig { position:absolute; top:7.95in; right:0.8in; width:3.0in; font-size:9pt; text-align:left; }
    .sig .hand { font-family:'Z003',cursive; font-size:20pt; }
    .sig .line { border-top:0.75pt solid #333; margin:1px 0 3px; }
    .acc { position:absolute; bottom:0.55in; left:0.8in; right:0.8in; font-size:7.3pt; color:#444; line-height:1.4; }
    """
    body = """
    <div class="hdr"><div class="mono">SRHSI</div>
      <div class="org">Summit Ridge Health Sciences Institute</div>
      <div class="sub">INTERPROFESSIONAL CONTINUING EDUCATION</div></div>
    <div class="main">
      <h1>Certificate of Participation</h1>
      <div class="s">This certifies that</div>
      <div class="name">Dr. Abimbola Oyelaran-Fitzgerald, PhD, DABCC</div>
      <div class="s">participated in the live educational activity</div>
      <div class="title">Sepsis Diagnostics Update 2024: Biomarkers, Rapid Identification and Stewardship</div>
      <div class="meta">September 19, 2024 &middot; Summit Ridge Conference Center, Denver, Colorado</div>
      <div class="meta">Activity #: JA-24-1187</div>
    </div>
    <table>
      <tr><th>Credit type</th><th style="text-align:center">Designated (maximum)</th><th style="text-align:center">Claimed</th></tr>
      <tr><td>AMA PRA Category 1 Credits&trade;</td><td class="n">3.25</td><td class="n">&mdash;</td></tr>
      <tr><td>ANCC nursing contact hours</td><td class="n">3.25</td><td class="n">&mdash;</td></tr>
      <tr><td>ACPE pharmacy contact hours (UAN JA0007345-0000-24-118-L01-P)</td><td class="n">3.25</td><td class="n">&mdash;</td></tr>
      <tr><td>ASCLS P.A.C.E.&reg; contact hours &ndash; laboratory professionals</td><td class="n">3.5</td><td class="n">3.0</td></tr>
    </table>
    <div class="claim">Credit claimed October 2, 2024 through the SRHSI learner portal &middot; Learner record no. 60-118244</div>
    <div class="sig"><div class="hand">Harriet Osei-Lindgren</div><div class="line"></div>
      Harriet Osei-Lindgren, MD<br>Chair, Interprofessional CE Committee</div>
    <div class="acc">In support of improving patient care, Summit Ridge Health Sciences Institute is jointly accredited by the
      Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE),
      and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.
      Summit Ridge Health Sciences Institute is approved as a provider of continuing education programs in the clinical
      laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Learners should claim only the credit commensurate with the
      extent of their participation in the activity.</div>
    """
    return page(css, body, title="Certificate of Participation")


# --------------------------------------------------------------------------
@cert("zg31", "adlm", "chromium",
      ["base:landscape-bordered", "landscape", "format-line-below", "title-wrap", "name-accents",
       "multi-date", "multi-credit", "id-colon", "labels-above-values", "footer", "provider-logo"],
      "Landscape double border; 'ENDURING MATERIAL' under the title; ACCENT credit in contact hours vs a "
      "smaller AMA PRA figure in the small print; release and expiration dates as distractors.",
      name="Mateus Gonçalves da Silva",
      title="Troponin in the Emergency Department: Implementing High-Sensitivity Algorithms and Single-Sample Rule-Out",
      date="2024-08-01", credits=1.5, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="ADLM-OD-24311")
def zg31():
    css = """
    body { font-family:'URW Gothic', 'DejaVu Sans', sans-serif; color:#10243e; }
    .b1 { position:absolute; inset:0.35in; border:4px solid #0d5c63; }
    .b2 { position:absolute; inset:0.48in; border:1px solid #0d5c63; }
    .logo { position:absolute; top:0.8in; left:0; right:0; text-align:center; }
    .logo .a { font-size:32pt; font-weight:bold; letter-spacing:6px; color:#0d5c63; }
    .logo .b { font-size:10pt; letter-spacing:1px; margin-top:2px; }
    .main { position:absolute; top:2.05in; left:1.2in; right:1.2in; text-align:center; }
    h1 { font-family:'C059',serif; font-size:28pt; font-weight:normal; margin:0 0 10px; }
    .s { font-family:'C059',serif; font-style:italic; font-size:12pt; }
    .name { font-family:'C059',serif; font-size:26pt; margin:6px 0 8px; color:#0d5c63; }
    .title { font-size:15pt; font-weight:bold; width:7.2in; margin:8px auto 0; line-height:1.3; }
    .fmt { font-size:9pt; letter-spacing:4px; margin-top:8px; color:#0d5c63; }
    .cols { position:absolute; top:5.45in; left:1.5in; right:1.5in; display:flex; justify-content:space-between;
            font-size:11pt; text-align:center; }
    .cols .k { font-size:7.5pt; letter-spacing:2px; color:#5a6b7c; margin-bottom:3px; }
    .foot { position:absolute; bottom:0.7in; left:1.0in; right:1.0in; font-size:7.5pt; text-align:center;
            line-height:1.4; color:#44556a; }
    """
    body = """
    <div class="b1"></div><div class="b2"></div>
    <div class="logo"><div class="a">ADLM</div>
      <div class="b">Association for Diagnostics &amp; Laboratory Medicine</div></div>
    <div class="main">
      <h1>Certificate of Completion</h1>
      <div class="s">This certificate is presented to</div>
      <div class="name">Mateus Gonçalves da Silva</div>
      <div class="s">for completing the online course</div>
      <div class="title">Troponin in the Emergency Department: Implementing High-Sensitivity Algorithms and Single-Sample Rule-Out</div>
      <div class="fmt">ENDURING MATERIAL</div>
    </div>
    <div class="cols">
      <div><div class="k">COMPLETED</div>August 1, 2024</div>
      <div><div class="k">ACCENT&reg; CREDIT</div>1.5 contact hours</div>
      <div><div class="k">ACTIVITY ID:</div>ADLM-OD-24311</div>
    </div>
    <div class="foot">Release date: March 4, 2024 &middot; Expiration date: March 3, 2027.
      ADLM designates this enduring material for a maximum of 1.25 <i>AMA PRA Category 1 Credits</i>&trade;;
      physicians should claim only the credit commensurate with the extent of their participation.
      ACCENT&reg; continuing education credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.</div>
    """
    return page(css, body, landscape=True, title="ADLM certificate")
