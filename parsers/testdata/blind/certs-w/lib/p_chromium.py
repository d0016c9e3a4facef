"""Certificates printed from HTML with headless Chromium."""
from common import chromium, gold

P = "Chromium"


def w01(wid):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0; }
body { margin:0; font-family: 'DejaVu Serif', Georgia, serif; color:#1d2a3a; }
.frame { position:absolute; inset:0.35in; border:6px double #8a6d1f; padding:0.45in 0.7in; text-align:center; }
.org { font-family:'DejaVu Sans', sans-serif; font-size:13pt; letter-spacing:2px; color:#5b1f2c; }
.logo { font-family:'DejaVu Sans', sans-serif; font-weight:bold; font-size:30pt; color:#5b1f2c; }
h1 { font-size:30pt; font-weight:normal; margin:14px 0 4px; font-style:italic; }
.small { font-size:11pt; color:#444; }
.name { font-size:25pt; text-transform:uppercase; letter-spacing:5px; margin:12px 0 4px; border-bottom:1px solid #8a6d1f; display:inline-block; padding:0 30px 4px; }
.fmt { font-family:'DejaVu Sans', sans-serif; font-size:10pt; letter-spacing:3px; color:#8a6d1f; margin-top:12px; }
.title { font-size:16pt; font-weight:bold; width:7in; margin:4px auto 10px; line-height:1.3; }
table.facts { margin:6px auto; font-family:'DejaVu Sans', sans-serif; font-size:10.5pt; border-collapse:collapse; }
table.facts td { padding:2px 14px; }
.seal { position:absolute; left:0.55in; bottom:0.45in; width:1.15in; height:1.15in; border-radius:50%; border:3px solid #8a6d1f;
        font-family:'DejaVu Sans',sans-serif; font-size:7pt; display:flex; align-items:center; justify-content:center; color:#8a6d1f; line-height:1.25;}
.sig { position:absolute; right:0.7in; bottom:0.5in; width:3.1in; border-top:1px solid #333; font-size:9.5pt; padding-top:4px; text-align:center;}
.foot { position:absolute; left:2.1in; bottom:0.5in; font-family:'DejaVu Sans',sans-serif; font-size:8pt; color:#666; text-align:left; line-height:1.5;}
</style></head><body><div class="frame">
<div class="logo">ASCP</div>
<div class="org">American Society for Clinical Pathology</div>
<h1>Certificate of Completion</h1>
<div class="small">This certifies that</div>
<div class="name">Priya K. Ramanathan</div>
<div class="small">has successfully completed the online educational activity</div>
<div class="fmt">ON-DEMAND COURSE</div>
<div class="title">Hematology Case Studies: Abnormal Red Cell Morphology in the Peripheral Blood Smear</div>
<table class="facts">
<tr><td>Course ID: <b>HEM-2611-OD</b></td><td>Date Completed: <b>January 14, 2026</b></td></tr>
<tr><td colspan="2">Credits Awarded: <b>1.5 CMLE</b> (Continuing Medical Laboratory Education)</td></tr>
</table>
<div class="seal">AMERICAN<br>SOCIETY FOR<br>CLINICAL<br>PATHOLOGY<br>&#9733; 1922 &#9733;</div>
<div class="foot">Certificate No. 2026-0114-77382<br>ASCP Customer ID: 10458892<br>Printed: January 15, 2026</div>
<div class="sig"><i>Eleanor H. Voss</i><br>Eleanor H. Voss, MD, FASCP<br>Chair, Continuing Education Commission</div>
</div></body></html>"""
    chromium(wid, html)
    return gold(wid, style="ascp-cmle", producer=P,
                layout=["landscape", "centered", "border", "seal", "caps-name-css", "letter-spaced-name",
                        "format-line", "long-title", "signature-block", "distractor-numbers", "distractor-dates"],
                notes="Name is printed through CSS text-transform:uppercase with letter-spacing; "
                      "printed date and customer ID/certificate no. are distractors.",
                name="PRIYA K. RAMANATHAN",
                title="Hematology Case Studies: Abnormal Red Cell Morphology in the Peripheral Blood Smear",
                date="2026-01-14", credits=1.5, unit="CMLE",
                provider=["American Society for Clinical Pathology", "ASCP"], activity_id="HEM-2611-OD")




def w09(wid):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.6in 0.75in; }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size:11pt; color:#111; }
.lh { border-bottom:2px solid #2f5d50; padding-bottom:6px; margin-bottom:14px; }
.lh .n { font-family:'Liberation Sans',Arial,sans-serif; font-size:16pt; color:#2f5d50; font-weight:bold; }
.lh .a { font-family:'Liberation Sans',Arial,sans-serif; font-size:8.5pt; color:#555; }
p { margin:0 0 8px; line-height:1.35; }
.cut { border-top:1px dashed #777; margin:16px 0 4px; text-align:center; font-size:7.5pt; color:#777; font-family:'Liberation Sans',sans-serif; }
.cert { border:2px solid #2f5d50; padding:12px 22px; text-align:center; }
.cert h2 { font-family:'Liberation Sans',sans-serif; font-size:15pt; letter-spacing:3px; color:#2f5d50; margin:0 0 6px; }
.cert .nm { font-size:19pt; font-style:italic; margin:4px 0; }
.cert .fmt { font-family:'Liberation Sans',sans-serif; font-size:8.5pt; letter-spacing:2px; margin-top:8px; color:#2f5d50; }
.cert .tt { font-size:13pt; font-weight:bold; margin:2px 40px 8px; }
.grid { display:flex; justify-content:space-between; font-family:'Liberation Sans',sans-serif; font-size:9pt; text-align:left; margin-top:6px; }
.grid div span { display:block; color:#666; font-size:7.5pt; text-transform:uppercase; }
.stmt { font-size:8pt; color:#333; margin-top:8px; text-align:left; }
</style></head><body>
<div class="lh"><div class="n">Cascadia Association of Clinical Microbiologists</div>
<div class="a">CACM Education Office &middot; 1420 Alder Creek Road, Suite 210 &middot; Olympia, WA 98501 &middot; education@cacm-micro.example.org</div></div>
<p>May 4, 2026</p>
<p>Rosalind J. Achterberg, MLS(ASCP)<br>Microbiology Section, Kittredge Valley Hospital<br>880 Orchard Way<br>Yakima, WA 98902</p>
<p>Dear Ms. Achterberg:</p>
<p>Thank you for joining us in Tacoma for our spring bench workshop. Your evaluation has been received and
your attendance has been confirmed by the workshop faculty, so your certificate is enclosed at the foot of this letter.</p>
<p>Please detach the certificate and keep it with your continuing education records; it is the document to
submit should you be selected for an audit of your ASCP Board of Certification Credential Maintenance
Program (CMP) declaration. Your registration number, R-26-00917, appears on your receipt only and is not needed for CMP.</p>
<p>We hope to see you at our autumn meeting.</p>
<p>Sincerely,<br><br><i>Graciela Montemayor</i><br>Graciela Montemayor, PhD, D(ABMM)<br>Chair, CACM Continuing Education Committee</p>
<div class="cut">&#9986; detach and retain for your records</div>
<div class="cert">
<h2>CERTIFICATE OF PARTICIPATION</h2>
<div>The Cascadia Association of Clinical Microbiologists certifies that</div>
<div class="nm">Rosalind J. Achterberg</div>
<div>participated in</div>
<div class="fmt">HANDS-ON WORKSHOP</div>
<div class="tt">Anaerobe Identification in the Era of MALDI-TOF: A Bench-Level Workshop</div>
<div class="grid">
<div><span>Workshop date</span>April 25, 2026</div>
<div><span>Course #</span>CACM-W26-03</div>
<div><span>Location</span>Tacoma, Washington</div>
<div><span>P.A.C.E.&reg; contact hours</span>6.0</div>
</div>
<div class="stmt">The Cascadia Association of Clinical Microbiologists (CACM) is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Level: intermediate. Instruction: laboratory (hands-on).</div>
</div>
</body></html>"""
    chromium(wid, html)
    return gold(wid, style="cover-letter", producer=P,
                layout=["portrait", "letter", "letterhead", "detachable-certificate", "labels-above-values",
                        "format-line", "signature-block", "distractor-dates", "distractor-numbers"],
                notes="Cover letter dated May 4, 2026 (distractor) with the certificate below a cut line; "
                      "registration number in the letter body is a distractor.",
                name="Rosalind J. Achterberg",
                title="Anaerobe Identification in the Era of MALDI-TOF: A Bench-Level Workshop",
                date="2026-04-25", credits=6.0, unit="contact hour",
                provider=["Cascadia Association of Clinical Microbiologists", "CACM"], activity_id="CACM-W26-03")


def w11(wid):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0; }
body { margin:0; font-family:'DejaVu Sans', sans-serif; color:#20232a; }
.band { background:#203a70; color:white; padding:0.45in 0.8in 0.3in; }
.band .k { font-size:26pt; font-weight:bold; letter-spacing:1px; }
.band .f { font-size:11pt; opacity:0.9; }
.main { padding:0.4in 0.8in; }
.lab { font-size:7.5pt; letter-spacing:1.5px; color:#6b7280; text-transform:uppercase; margin-bottom:2px; }
.val { font-size:12pt; margin-bottom:16px; }
.big { font-size:22pt; font-weight:bold; }
.fmt { font-size:10pt; font-weight:bold; color:#b45309; letter-spacing:2px; margin-top:8px; }
.title { font-size:17pt; font-family:'DejaVu Serif',serif; margin:2px 0 18px; line-height:1.25; }
.row { display:grid; grid-template-columns: 1fr 1fr 1fr; column-gap:24px; }
.stmt { font-size:8.5pt; color:#374151; border-top:1px solid #cbd5e1; padding-top:10px; margin-top:8px; line-height:1.45;}
.sigs { display:grid; grid-template-columns:1fr 1fr; column-gap:40px; margin-top:0.55in; font-size:9pt; }
.sigs div { border-top:1px solid #111; padding-top:4px; }
</style></head><body>
<div class="band"><div class="k">KSSMLS</div>
<div class="f">Keystone State Society for Medical Laboratory Science</div></div>
<div class="main">
<div style="font-size:20pt; font-family:'DejaVu Serif',serif; margin-bottom:18px;">Certificate of Attendance</div>
<div class="lab">Participant</div>
<div class="val big">Benjamin Okafor Thistlewood III</div>
<div class="fmt">SPRING SYMPOSIUM</div>
<div class="title">Quality Management Across the Total Testing Process: Pre-Analytical, Analytical, and Post-Analytical Safeguards</div>
<div class="row">
<div><div class="lab">Dates attended</div><div class="val">March 27&ndash;28, 2026</div></div>
<div><div class="lab">Location</div><div class="val">Hershey, Pennsylvania</div></div>
<div><div class="lab">P.A.C.E.&reg; contact hours</div><div class="val">7.0</div></div>
</div>
<div class="row">
<div><div class="lab">Program number</div><div class="val">KS-SS-2026-01</div></div>
<div><div class="lab">Member number</div><div class="val">PA-004471</div></div>
<div><div class="lab">Date issued</div><div class="val">April 6, 2026</div></div>
</div>
<div class="stmt">The Keystone State Society for Medical Laboratory Science is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Contact hours are awarded for sessions
attended in full; this certificate reflects the attendance recorded by badge scan on both symposium days.
Retain this certificate for four years.</div>
<div class="sigs">
<div>Loretta A. Kowalczyk, MS, MLS(ASCP)<br>President, KSSMLS</div>
<div>Devin M. Sauer, MLS(ASCP)<sup>CM</sup><br>Continuing Education Chair</div>
</div>
</div></body></html>"""
    chromium(wid, html)
    return gold(wid, style="state-society-meeting", producer=P,
                layout=["portrait", "header-band", "labels-above-values", "three-column-grid", "format-line",
                        "long-title", "suffix-name", "date-range", "signature-block", "distractor-numbers",
                        "distractor-dates"],
                notes="'SPRING SYMPOSIUM' printed on its own line above the symposium title; two-day range, "
                      "last day is the date; member number and issue date are distractors.",
                name="Benjamin Okafor Thistlewood III",
                title="Quality Management Across the Total Testing Process: Pre-Analytical, Analytical, and Post-Analytical Safeguards",
                date="2026-03-28", credits=7.0, unit="contact hour",
                provider=["Keystone State Society for Medical Laboratory Science", "KSSMLS"],
                activity_id="KS-SS-2026-01")


def w28(wid):
    html = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.55in 0.7in; }
body { font-family:'Liberation Sans', Arial, sans-serif; font-size:10pt; color:#222; }
.hdr { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid #7c2d12; padding-bottom:6px; }
.hdr .o { font-size:17pt; font-weight:bold; color:#7c2d12; }
.hdr .s { font-size:8.5pt; color:#555; text-align:right; }
h1 { font-size:14pt; text-align:center; margin:18px 0 4px; letter-spacing:1px; }
.nm { text-align:center; font-size:20pt; margin:6px 0 12px; font-family:'Liberation Serif',serif; }
.tt { text-align:center; font-size:13pt; font-weight:bold; margin:0 40px 4px; line-height:1.3; }
.dt { text-align:center; margin-bottom:12px; }
table { width:100%; border-collapse:collapse; margin:8px 0; }
th, td { border:1px solid #bbb; padding:4px 6px; text-align:left; font-size:9.5pt; }
th { background:#f3e8e2; }
.claim { border:2px solid #7c2d12; padding:8px 12px; margin:10px 0; font-size:10.5pt; }
.st { font-size:8pt; line-height:1.4; color:#333; margin-top:6px; }
.ft { font-size:7.5pt; color:#666; margin-top:14px; display:flex; justify-content:space-between; }
</style></head><body>
<div class="hdr"><div class="o">Summit Ridge Health Partners</div>
<div class="s">SRHP Continuing Professional Development<br>Jointly Accredited Provider&trade;</div></div>
<h1>CERTIFICATE OF PARTICIPATION</h1>
<div style="text-align:center">This document certifies that</div>
<div class="nm">Nadia Belkacem, MS, MLS(ASCP)<sup>CM</sup></div>
<div style="text-align:center">participated in the live activity</div>
<div class="tt">Molecular Tumor Board Series: Liquid Biopsy and Circulating Tumor DNA in Advanced Non-Small Cell Lung Cancer</div>
<div class="dt">held February 18, 2026 &middot; Summit Ridge Cancer Institute, Auditorium B and online &middot; Activity ID: SRHP-MTB-2602</div>
<table>
<tr><th>Credit type</th><th>Maximum designated for this activity</th></tr>
<tr><td>AMA PRA Category 1 Credits&trade; (physicians)</td><td>1.50</td></tr>
<tr><td>ANCC nursing contact hours</td><td>1.50</td></tr>
<tr><td>ACPE pharmacy contact hours (knowledge-based, 0.15 CEU)</td><td>1.50</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours (laboratory professionals)</td><td>1.50</td></tr>
</table>
<div class="claim"><b>Credit claimed by participant:</b> ASCLS P.A.C.E.&reg; &mdash; <b>1.0 contact hour</b> (attestation submitted 02/20/2026)</div>
<div class="st">In support of improving patient care, Summit Ridge Health Partners is jointly accredited by the Accreditation
Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the
American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.<br>
Summit Ridge Health Partners designates this live activity for a maximum of 1.50 <i>AMA PRA Category 1 Credits&trade;</i>.
Physicians should claim only the credit commensurate with the extent of their participation in the activity.<br>
Summit Ridge Health Partners is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.&reg; Program.</div>
<div class="ft"><span>Learner ID 55120478</span><span>Certificate generated 04/01/2026 09:12</span><span>Page 1 of 1</span></div>
</body></html>"""
    chromium(wid, html)
    return gold(wid, style="joint-cme", producer=P,
                layout=["portrait", "header-rule", "centered-name", "credit-table", "claimed-vs-maximum",
                        "long-title", "series-prefix-title", "credentials-after-name", "distractor-dates",
                        "distractor-numbers"],
                notes="Four credit types each with maximum 1.50; the learner claimed 1.0 P.A.C.E. contact hour. "
                      "Series name 'Molecular Tumor Board Series:' is on the title line so it is part of the title.",
                name="Nadia Belkacem",
                title="Molecular Tumor Board Series: Liquid Biopsy and Circulating Tumor DNA in Advanced Non-Small Cell Lung Cancer",
                date="2026-02-18", credits=1.0, unit="contact hour",
                provider=["Summit Ridge Health Partners", "SRHP"], activity_id="SRHP-MTB-2602")


CERTS = {"w01": w01, "w09": w09, "w11": w11, "w28": w28}
