"""Chromium HTML certificates (zr01, zr10, zr20, zr29, zr38)."""
from registry import cert, esc_html as E
from engines import chromium_html


# ---------------------------------------------------------------- zr01 ASCP
@cert("zr01", style="ASCP", producer="chromium-html",
      layout=["landscape", "centered-award", "border", "seal", "signature-block",
              "format-in-verb-line", "credentials-after-name", "hyphenated-name"],
      notes="Format (on-demand webinar) is inside the completion verb line, title on its own line. "
            "Certificate No. and print date are distractors.",
      name="Mariela Fuentes-Ortiz",
      title="Pre-Analytic Variables in Coagulation Testing: Tubes, Tourniquets and Timing",
      date="2025-04-14", credits=1.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="CW25-0412")
def zr01(g, out):
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: 11in 8.5in; margin: 0; }}
body {{ margin:0; font-family: 'Liberation Serif', serif; color:#1d2b3a; }}
.page {{ width:11in; height:8.5in; box-sizing:border-box; padding:0.45in; }}
.frame {{ border:10px double #1f4e79; height:100%; box-sizing:border-box; padding:0.35in 0.6in; text-align:center; position:relative; }}
.org {{ font-family:'Liberation Sans',sans-serif; letter-spacing:1px; font-size:15pt; color:#1f4e79; }}
.logo {{ font-family:'Liberation Sans',sans-serif; font-weight:bold; font-size:30pt; color:#1f4e79; }}
h1 {{ font-size:34pt; margin:12px 0 6px; font-weight:normal; letter-spacing:3px; }}
.small {{ font-size:13pt; margin:6px 0; }}
.name {{ font-family:'Z003','URW Chancery L',cursive; font-size:36pt; margin:6px 0; }}
.title {{ font-size:20pt; font-weight:bold; margin:8px 0 14px; }}
.row {{ font-family:'Liberation Sans',sans-serif; font-size:12pt; margin:4px 0; }}
.credit {{ font-size:17pt; margin:10px 0; }}
.sig {{ position:absolute; bottom:0.45in; left:0.8in; text-align:left; font-size:11pt; }}
.sig .line {{ border-top:1px solid #333; width:3in; padding-top:3px; }}
.seal {{ position:absolute; bottom:0.35in; right:0.9in; width:1.3in; height:1.3in; border-radius:50%;
  border:4px solid #b8860b; color:#b8860b; font-family:'Liberation Sans',sans-serif; font-size:9pt;
  display:flex; align-items:center; justify-content:center; text-align:center; }}
.foot {{ position:absolute; bottom:0.1in; left:0; right:0; font-size:8pt; color:#666; font-family:'Liberation Sans',sans-serif; }}
</style></head><body><div class="page"><div class="frame">
<div class="logo">ASCP</div>
<div class="org">American Society for Clinical Pathology</div>
<h1>CERTIFICATE OF COMPLETION</h1>
<div class="small">This certifies that</div>
<div class="name">{E(g['name'])}, MLS(ASCP)<sup>CM</sup></div>
<div class="small">has completed the on-demand webinar</div>
<div class="title">{E(g['title'])}</div>
<div class="row">Activity ID: CW25-0412 &nbsp;&nbsp;&bull;&nbsp;&nbsp; Date of Completion: April 14, 2025</div>
<div class="credit">and is awarded <b>1.0 CMLE</b> credit</div>
<div class="row" style="font-size:9.5pt;color:#444;margin-top:10px">The American Society for Clinical Pathology is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div>
<div class="sig"><div style="font-family:'Z003',cursive;font-size:20pt">Helena Marsh-Whitcombe</div>
<div class="line">Helena Marsh-Whitcombe, MS, MLS(ASCP)<sup>CM</sup><br>Director, Continuing Education</div></div>
<div class="seal">ASCP<br>CMLE<br>CREDIT</div>
<div class="foot">Certificate No. 2025-0087731 &nbsp;|&nbsp; Printed May 2, 2025 &nbsp;|&nbsp; Retain this certificate for your CMP records.</div>
</div></div></body></html>"""
    chromium_html("zr01", html, out)


# ---------------------------------------------------------------- zr10 AMT
@cert("zr10", style="AMT", producer="chromium-html",
      layout=["portrait", "centered-award", "border", "suffix-Jr", "credentials-after-name",
              "signature-block", "title-word-Ethics"],
      notes="Name carries suffix Jr. plus credential MT(AMT). Member No. is a distractor; "
            "the 'Date' line is the completion date; retention note has no date.",
      name="Robert L. Whitfield Jr.",
      title="Ethics in the Clinical Laboratory: Confidentiality, Conflicts of Interest and Reporting Errors",
      date="2025-05-17", credits=2.0, unit="CE hour",
      provider=["American Medical Technologists", "AMT"], activity_id="AMT-CE-25-0317")
def zr10(g, out):
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin:0; }}
body {{ margin:0; font-family:'Liberation Sans',sans-serif; color:#222; }}
.page {{ width:8.5in; height:11in; box-sizing:border-box; padding:0.5in; }}
.frame {{ border:3px solid #7a1f2b; outline:1px solid #7a1f2b; outline-offset:-10px; height:100%; box-sizing:border-box; padding:0.7in 0.6in; text-align:center; position:relative; }}
.hdr {{ font-size:13pt; color:#7a1f2b; font-weight:bold; letter-spacing:2px; }}
h1 {{ font-family:'C059','Liberation Serif',serif; font-size:30pt; font-weight:normal; margin:36px 0 30px; color:#7a1f2b; }}
.name {{ font-family:'C059',serif; font-size:26pt; margin:16px 0; }}
.t {{ font-size:17pt; font-weight:bold; margin:18px 0 30px; line-height:1.3; }}
table {{ margin:0 auto; border-collapse:collapse; font-size:12pt; }}
td {{ padding:5px 14px; text-align:left; }}
td.l {{ color:#7a1f2b; font-weight:bold; }}
.sigs {{ position:absolute; bottom:1.0in; left:0.6in; right:0.6in; display:flex; justify-content:space-between; font-size:10pt; text-align:left; }}
.sigs div {{ border-top:1px solid #444; width:2.8in; padding-top:4px; }}
.foot {{ position:absolute; bottom:0.35in; left:0; right:0; font-size:8.5pt; color:#555; }}
</style></head><body><div class="page"><div class="frame">
<div class="hdr">American Medical Technologists (AMT)</div>
<h1>Certificate of Continuing Education</h1>
<div>This is to certify that</div>
<div class="name">{E(g['name'])}, MT(AMT)</div>
<div>has successfully completed the continuing education activity</div>
<div class="t">{E(g['title'])}</div>
<table>
<tr><td class="l">Activity #:</td><td>AMT-CE-25-0317</td></tr>
<tr><td class="l">Date:</td><td>May 17, 2025</td></tr>
<tr><td class="l">CE Hours:</td><td>2.0</td></tr>
<tr><td class="l">AMT Member No.:</td><td>2331987</td></tr>
</table>
<div class="sigs"><div>Denise Harrowgate, MT(AMT)<br>Director, Education &amp; Credentialing</div>
<div>Paul E. Lindqvist, EdD<br>Chair, Education Committee</div></div>
<div class="foot">Please retain this certificate for a minimum of four years for recertification audit purposes.</div>
</div></div></body></html>"""
    chromium_html("zr10", html, out)


# ---------------------------------------------------------------- zr20 AABB session
@cert("zr20", style="AABB", producer="chromium-html",
      layout=["landscape", "two-column-label-value", "conference-session", "multiple-credit-types",
              "accented-name", "border"],
      notes="Session certificate at a multi-day meeting (Oct 18-21): gold date is the printed Session Date. "
            "AMA PRA and CA BRN figures are distractors; Badge # is a distractor.",
      name="Felipe Echeverría Solís",
      title="Cold-Stored Platelets: Early Experience from Hospital Transfusion Services",
      date="2025-10-20", credits=1.0, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="TS-412")
def zr20(g, out):
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: 11in 8.5in; margin:0; }}
body {{ margin:0; font-family:'Liberation Sans',sans-serif; color:#1b1b1b; }}
.page {{ width:11in; height:8.5in; box-sizing:border-box; padding:0.4in; }}
.frame {{ border:2px solid #c8102e; height:100%; box-sizing:border-box; position:relative; }}
.band {{ background:#c8102e; color:white; padding:18px 36px; }}
.band .a {{ font-size:30pt; font-weight:bold; letter-spacing:2px; }}
.band .b {{ font-size:12pt; }}
.body {{ padding:26px 50px; }}
h1 {{ font-size:24pt; margin:0 0 4px; font-weight:normal; }}
h2 {{ font-size:13pt; margin:0 0 22px; color:#666; font-weight:normal; }}
table {{ border-collapse:collapse; font-size:13pt; width:100%; }}
td {{ padding:7px 8px; vertical-align:top; border-bottom:1px solid #e2e2e2; }}
td.l {{ width:2.6in; color:#c8102e; font-weight:bold; }}
.acc {{ font-size:9pt; color:#444; margin-top:18px; line-height:1.35; }}
.foot {{ position:absolute; bottom:10px; left:50px; right:50px; font-size:8.5pt; color:#777; display:flex; justify-content:space-between; }}
</style></head><body><div class="page"><div class="frame">
<div class="band"><div class="a">AABB</div>
<div class="b">AABB Annual Meeting 2025 &nbsp;&middot;&nbsp; San Antonio, Texas &nbsp;&middot;&nbsp; October 18&ndash;21, 2025</div></div>
<div class="body">
<h1>Certificate of Attendance</h1><h2>Education Session</h2>
<table>
<tr><td class="l">Attendee</td><td>{E(g['name'])}</td></tr>
<tr><td class="l">Session</td><td>{E(g['title'])}</td></tr>
<tr><td class="l">Session Code</td><td>TS-412</td></tr>
<tr><td class="l">Session Date</td><td>October 20, 2025</td></tr>
<tr><td class="l">P.A.C.E.&reg; Contact Hours</td><td>1.0</td></tr>
<tr><td class="l">AMA PRA Category 1 Credit&trade;</td><td>1.0 (physicians only)</td></tr>
<tr><td class="l">CA BRN Contact Hours</td><td>1.2 (California nurses only)</td></tr>
</table>
<div class="acc">The Association for the Advancement of Blood &amp; Biotherapies (AABB) is approved as a provider of continuing
education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. AABB is accredited by the
Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians.</div>
</div>
<div class="foot"><span>Badge # 55102</span><span>Certificate generated October 24, 2025</span><span>Page 1 of 1</span></div>
</div></div></body></html>"""
    chromium_html("zr20", html, out)


# ---------------------------------------------------------------- zr29 hospital in-service
@cert("zr29", style="hospital-inservice", producer="chromium-html",
      layout=["portrait", "two-column-label-value", "signature-block", "department-provider",
              "hyphenated-name", "credentials-after-name"],
      notes="Provider is a hospital's Laboratory Education Council: gold = institution alone and "
            "'Institution, Council'. Badge # is a distractor; record printed date is a distractor.",
      name="Grace Nakamura-Ellison",
      title="Critical Value Notification: Read-Back Verification and Documentation",
      date="2025-12-09", credits=1.0, unit="contact hour",
      provider=["Mercy Harbor Hospital", "Mercy Harbor Hospital, Laboratory Education Council"],
      activity_id="LAB-IS-1209")
def zr29(g, out):
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin:0.6in; }}
body {{ margin:0; font-family:'DejaVu Sans',sans-serif; font-size:11pt; color:#222; }}
.hdr {{ border-bottom:3px solid #2e6b4f; padding-bottom:10px; display:flex; justify-content:space-between; align-items:flex-end; }}
.hdr .h {{ font-size:20pt; font-weight:bold; color:#2e6b4f; }}
.hdr .s {{ font-size:12pt; color:#2e6b4f; }}
.hdr .addr {{ font-size:8.5pt; text-align:right; color:#555; }}
h1 {{ text-align:center; font-size:19pt; margin:40px 0 4px; letter-spacing:1px; }}
.sub {{ text-align:center; color:#555; margin-bottom:34px; }}
table {{ border-collapse:collapse; width:100%; }}
td {{ padding:9px 6px; vertical-align:top; border-bottom:1px dotted #aaa; }}
td.l {{ width:1.9in; font-weight:bold; color:#2e6b4f; }}
p.acc {{ font-size:9pt; color:#444; margin-top:26px; }}
.sigs {{ display:flex; justify-content:space-between; margin-top:70px; }}
.sigs div {{ width:3in; border-top:1px solid #333; padding-top:4px; font-size:9.5pt; }}
.foot {{ position:fixed; bottom:0; left:0; right:0; font-size:8pt; color:#777; text-align:center; }}
</style></head><body>
<div class="hdr"><div><div class="h">Mercy Harbor Hospital</div><div class="s">Laboratory Education Council</div></div>
<div class="addr">2200 Harborview Parkway<br>Port Alden, ME 04190<br>Laboratory Services &middot; Ext. 4410</div></div>
<h1>CERTIFICATE OF ATTENDANCE</h1>
<div class="sub">In-Service Education Program</div>
<table>
<tr><td class="l">Name</td><td>{E(g['name'])}, MLS(ASCP)<sup>CM</sup></td></tr>
<tr><td class="l">Badge #</td><td>40772</td></tr>
<tr><td class="l">In-Service Title</td><td>{E(g['title'])}</td></tr>
<tr><td class="l">Date</td><td>December 9, 2025</td></tr>
<tr><td class="l">Class ID</td><td>LAB-IS-1209</td></tr>
<tr><td class="l">Contact Hours</td><td>1.0</td></tr>
<tr><td class="l">Instructor</td><td>Tobias Wren, MS, MLS(ASCP)<sup>CM</sup></td></tr>
</table>
<p class="acc">The Mercy Harbor Hospital Laboratory Education Council is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</p>
<div class="sigs"><div>Anita Costa-Reyes, MLS(ASCP)<sup>CM</sup><br>Chair, Laboratory Education Council</div>
<div>Leonard Fairchild, MBA<br>Administrative Director, Laboratory Services</div></div>
<div class="foot">Record printed 12/15/2025 &middot; Form LEC-07 rev. 03/2024</div>
</body></html>"""
    chromium_html("zr29", html, out)


# ---------------------------------------------------------------- zr38 P.A.C.E.-approved reference lab
@cert("zr38", style="PACE-approved-provider", producer="chromium-html",
      layout=["portrait", "centered-award", "letter-spaced-name", "all-caps-name", "format-line",
              "long-title-wrap-then-date-label", "department-provider", "border", "signature-block"],
      notes="Letter-spaced ALL-CAPS name (CSS letter-spacing). Format line 'Live Virtual Session' is not part of "
            "the title; the long title wraps and is directly followed by 'Date of completion:'. "
            "'Program No. 301-557-25' has no colon.",
      name="OLIVIA CHEN-RAMIREZ",
      title="Hemoglobinopathy Evaluation by HPLC and Capillary Electrophoresis: Pattern Recognition and Common Pitfalls",
      date="2025-08-27", credits=1.5, unit="contact hour",
      provider=["Summit Reference Laboratories", "Summit Reference Laboratories, Education Services"],
      activity_id="301-557-25")
def zr38(g, out):
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin:0; }}
body {{ margin:0; font-family:'Liberation Sans',sans-serif; color:#263238; }}
.page {{ width:8.5in; height:11in; box-sizing:border-box; padding:0.55in; }}
.frame {{ border:1px solid #37474f; height:100%; box-sizing:border-box; padding:0.6in 0.55in; text-align:center; position:relative;
  box-shadow: inset 0 0 0 8px #fff, inset 0 0 0 10px #90a4ae; }}
.o1 {{ font-size:22pt; font-weight:bold; color:#00695c; }}
.o2 {{ font-size:12pt; color:#00695c; letter-spacing:3px; margin-top:2px; }}
h1 {{ font-family:'P052','Liberation Serif',serif; font-weight:normal; font-size:30pt; margin:50px 0 28px; }}
.name {{ font-size:24pt; letter-spacing:9px; margin:18px 0; font-weight:bold; }}
.fmt {{ font-size:12pt; text-transform:none; letter-spacing:2px; color:#00695c; margin-top:22px; font-weight:bold; }}
.t {{ font-family:'P052',serif; font-size:19pt; margin:8px 0.2in 6px; line-height:1.25; }}
.d {{ font-size:12pt; margin:0 0 26px; }}
.c {{ font-size:14pt; margin:18px 0 6px; }}
.acc {{ font-size:9pt; color:#455a64; margin-top:30px; line-height:1.4; }}
.sig {{ position:absolute; bottom:0.9in; left:0; right:0; font-size:10pt; }}
.sig span {{ display:inline-block; border-top:1px solid #263238; padding-top:4px; width:3.2in; }}
</style></head><body><div class="page"><div class="frame">
<div class="o1">Summit Reference Laboratories</div>
<div class="o2">EDUCATION SERVICES</div>
<h1>Certificate of Completion</h1>
<div>This is to certify that</div>
<div class="name">{E(g['name'])}</div>
<div>has successfully completed the</div>
<div class="fmt">Live Virtual Session</div>
<div class="t">{E(g['title'])}</div>
<div class="d">Date of completion: August 27, 2025</div>
<div class="c">1.5 P.A.C.E.&reg; contact hours</div>
<div>Program No. 301-557-25</div>
<div class="acc">Summit Reference Laboratories is approved as a provider of continuing education programs in the clinical
laboratory sciences by the ASCLS P.A.C.E.&reg; Program.<br>Questions: education@summitreflabs.example &middot; Certificate serial SRL-0098213</div>
<div class="sig"><span>Rebecca Ostrowski, PhD, MLS(ASCP)<sup>CM</sup><br>Manager, Education Services</span></div>
</div></div></body></html>"""
    chromium_html("zr38", html, out)
