"""HTML certificates printed with Chromium headless --print-to-pdf."""
import html
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, ".profiles", "src")
PROFILE = os.path.join(HERE, ".profiles", "chromium")

e = html.escape


def zm01(c):
    g, f = c["gold"], c["f"]
    name = e(f["name_printed"]) + "<sup>" + e(f["name_sup"]) + "</sup>"
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: 11in 8.5in; margin: 0; }}
body {{ margin:0; font-family: 'Liberation Serif', serif; color:#1b1b1b; }}
.page {{ width:11in; height:8.5in; box-sizing:border-box; padding:0.45in; }}
.frame {{ border:10px solid #7a1f2b; outline:2px solid #b48a3c; outline-offset:-18px;
         height:100%; box-sizing:border-box; padding:0.45in 0.8in; text-align:center; position:relative; }}
.logo {{ font-family:'Liberation Sans',sans-serif; font-weight:bold; font-size:30pt; color:#7a1f2b; letter-spacing:2px; }}
.org {{ font-family:'Liberation Sans',sans-serif; font-size:12pt; color:#444; margin-top:2px; }}
h1 {{ font-size:30pt; font-weight:normal; margin:22px 0 6px; font-variant:small-caps; }}
.lead {{ font-size:13pt; font-style:italic; margin:8px 0; }}
.name {{ font-size:26pt; font-weight:bold; margin:6px 0 10px; border-bottom:1px solid #999; display:inline-block; padding:0 30px 4px; }}
.fmt {{ font-family:'Liberation Sans',sans-serif; font-size:11pt; font-style:italic; letter-spacing:1px; color:#7a1f2b; margin-top:12px; }}
.title {{ font-size:18pt; font-weight:bold; margin:4px 0 12px; }}
.row {{ font-size:12.5pt; margin:4px 0; }}
.small {{ position:absolute; bottom:0.35in; left:0.6in; right:0.6in; font-family:'Liberation Sans',sans-serif;
          font-size:8pt; color:#555; text-align:left; }}
.ids {{ display:flex; justify-content:space-between; margin-top:6px; }}
.sig {{ position:absolute; right:0.9in; bottom:1.25in; text-align:center; font-size:10pt; }}
.sig .line {{ border-top:1px solid #333; width:2.6in; padding-top:3px; }}
</style></head><body><div class="page"><div class="frame">
<div class="logo">ASCP</div>
<div class="org">American Society for Clinical Pathology</div>
<h1>Certificate of Completion</h1>
<div class="lead">This is to certify that</div>
<div class="name">{name}</div>
<div class="lead">has successfully completed the continuing education activity</div>
<div class="fmt">{e(f['format_line'])}</div>
<div class="title">{e(g['title'])}</div>
<div class="row">Date of Completion: <b>{e(f['date_printed'])}</b> &nbsp;&nbsp;|&nbsp;&nbsp; Activity ID: <b>{e(g['activity_id'])}</b></div>
<div class="row">Credits Earned: <b>1.0 CMLE</b></div>
<div class="sig"><div style="font-family:'Z003',cursive;font-size:18pt">Elaine R. Moberly</div><div class="line">Elaine R. Moberly, MD, FASCP<br>Chair, Council on Continuing Education</div></div>
<div class="small">
The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing Medical Education
to provide continuing medical education for physicians. ASCP designates this enduring material for a maximum of 1 <i>AMA PRA Category 1 Credit</i>&trade;.
ASCP designates this activity for a maximum of 1.0 CMLE credit. ASCP CMLE credit is acceptable to meet the continuing education requirements for the ASCP BOC Credential Maintenance Program (CMP).
<div class="ids"><span>Certificate No. {e(f['cert_no'])}</span><span>Customer ID: {e(f['customer_id'])}</span><span>Printed: {e(f['printed'])}</span></div>
</div>
</div></div></body></html>"""


def zm04(c):
    g, f = c["gold"], c["f"]
    rows = "\n".join(
        f"<tr><td>{e(d)}</td><td>{e(t)}</td><td class='n'>{h}</td></tr>" for d, t, h in f["sessions"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin: 0; }}
body {{ margin:0; font-family:'DejaVu Sans',sans-serif; color:#16324f; }}
.page {{ width:8.5in; height:11in; box-sizing:border-box; padding:0.5in; page-break-after:always; }}
.b {{ border:3px double #16324f; height:100%; box-sizing:border-box; padding:0.6in 0.6in; position:relative; }}
.top {{ display:flex; align-items:center; gap:16px; border-bottom:2px solid #2f7d6d; padding-bottom:10px; }}
.mark {{ width:64px; height:64px; border-radius:32px; background:#2f7d6d; color:white; font-weight:bold;
        display:flex; align-items:center; justify-content:center; font-size:13pt; }}
.orgname {{ font-size:14pt; font-weight:bold; }}
.orgsub {{ font-size:9pt; color:#555; }}
h1 {{ text-align:center; font-size:24pt; margin:40px 0 6px; letter-spacing:1px; }}
.c {{ text-align:center; }}
.name {{ font-family:'DejaVu Serif',serif; font-size:22pt; margin:18px 0; }}
.meet {{ font-size:17pt; font-weight:bold; margin:14px 0 4px; }}
.when {{ font-size:12pt; }}
.hrs {{ margin:30px auto 10px; width:70%; border:1px solid #2f7d6d; padding:12px; font-size:12pt; text-align:center; }}
.foot {{ position:absolute; bottom:0.5in; left:0.6in; right:0.6in; font-size:8.5pt; color:#444; }}
table {{ border-collapse:collapse; width:100%; font-size:9.5pt; margin-top:14px; }}
td, th {{ border-bottom:1px solid #bbb; padding:6px 4px; text-align:left; vertical-align:top; }}
td.n, th.n {{ text-align:right; white-space:nowrap; }}
h2 {{ font-size:14pt; margin:0 0 4px; }}
</style></head><body>
<div class="page"><div class="b">
<div class="top"><div class="mark">ASCLS</div><div><div class="orgname">American Society for Clinical Laboratory Science</div>
<div class="orgsub">Member Services &middot; 4400 Glenmore Parkway, Suite 310 &middot; Reston, VA 20190</div></div></div>
<h1>Certificate of Attendance</h1>
<div class="c">This certifies that</div>
<div class="c name">{e(f['name_printed'])}</div>
<div class="c">attended the</div>
<div class="c meet">{e(g['title'])}</div>
<div class="c when">{e(f['dates_printed'])} &middot; {e(f['location'])}</div>
<div class="hrs">Total P.A.C.E.&reg; contact hours earned: <b>14.5</b><br>
<span style="font-size:10pt">P.A.C.E.&reg; Program #: {e(g['activity_id'])} &nbsp;&middot;&nbsp; Level: Intermediate</span></div>
<div class="c" style="font-size:9pt;color:#555">See page 2 for the sessions attended.</div>
<div class="foot">ASCLS Member #: {e(f['member'])} &nbsp;&nbsp; Certificate issued {e(f['issued'])}<br>
ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.
Retain this certificate for your records; do not send it to ASCLS.</div>
</div></div>
<div class="page"><div class="b">
<h2>Sessions Attended</h2>
<div style="font-size:10pt">{e(f['name_printed'])} &mdash; {e(g['title'])}</div>
<table><tr><th>Day</th><th>Session</th><th class="n">Contact hours</th></tr>
{rows}
<tr><td></td><td><b>Total</b></td><td class="n"><b>14.5</b></td></tr></table>
<p style="font-size:9pt;margin-top:24px">Contact hours are awarded for sessions attended in full. Sessions were verified by
session attendance codes entered in the meeting app. One contact hour equals 50&ndash;60 minutes of instruction.</p>
<div class="foot">Page 2 of 2</div>
</div></div>
</body></html>"""


def zm12(c):
    g, f = c["gold"], c["f"]
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: letter landscape; margin: 0; }}
body {{ margin:0; font-family:'Liberation Sans',sans-serif; color:#222; }}
.page {{ width:11in; height:8.5in; position:relative; }}
.band {{ background:#0b4f71; color:white; padding:22px 0.7in; display:flex; justify-content:space-between; align-items:flex-end; }}
.band .a {{ font-size:28pt; font-weight:bold; letter-spacing:2px; }}
.band .b {{ font-size:11pt; text-align:right; }}
.stripe {{ height:8px; background:#f2a33a; }}
.body {{ padding:0.45in 0.9in; }}
h1 {{ font-size:26pt; margin:0 0 18px; color:#0b4f71; font-weight:normal; }}
.lbl {{ font-size:9pt; text-transform:uppercase; color:#777; letter-spacing:1px; margin-top:14px; }}
.val {{ font-size:16pt; }}
.val.big {{ font-size:22pt; font-weight:bold; }}
.fmt {{ font-size:10pt; color:#0b4f71; font-style:italic; }}
.grid {{ display:flex; gap:60px; }}
.foot {{ position:absolute; bottom:0; left:0; right:0; padding:14px 0.7in; font-size:8pt; color:#444; border-top:1px solid #ccc; }}
</style></head><body><div class="page">
<div class="band"><div class="a">APHL</div><div class="b">Association of Public Health Laboratories<br>Laboratory Training &amp; Workforce Development</div></div>
<div class="stripe"></div>
<div class="body">
<h1>Certificate of Completion</h1>
<div class="lbl">Awarded to</div><div class="val big">{e(f['name_printed'])}</div>
<div class="lbl">For successful completion of</div>
<div class="fmt">{e(f['format_line'])}</div>
<div class="val">{e(g['title'])}</div>
<div class="grid">
<div><div class="lbl">Training dates</div><div class="val">{e(f['dates_printed'])}</div></div>
<div><div class="lbl">Training ID</div><div class="val">{e(g['activity_id'])}</div></div>
<div><div class="lbl">Contact hours</div><div class="val">6.0</div></div>
</div>
<div style="margin-top:36px;font-size:10pt">Issued {e(f['issued'])} &nbsp;&middot;&nbsp; Course registration # {e(f['registration'])}</div>
</div>
<div class="foot">The Association of Public Health Laboratories (APHL) is approved as a provider of continuing education programs in the clinical
laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This training has been approved for 6.0 contact hours.</div>
</div></body></html>"""


def zm17(c):
    g, f = c["gold"], c["f"]
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin: 0.6in; }}
body {{ font-family:'DejaVu Sans',sans-serif; font-size:9.5pt; color:#222; }}
.hdr {{ display:flex; justify-content:space-between; border-bottom:3px solid #3b6e2f; padding-bottom:6px; }}
.hdr .l {{ font-size:16pt; font-weight:bold; color:#3b6e2f; }}
.hdr .r {{ font-size:8.5pt; text-align:right; color:#555; }}
h1 {{ font-size:14pt; margin:18px 0 8px; }}
table {{ border-collapse:collapse; width:100%; }}
th {{ text-align:left; width:20%; background:#eef3ec; font-weight:normal; color:#333; }}
th, td {{ border:1px solid #c8d3c4; padding:6px 8px; }}
.note {{ font-size:8.5pt; color:#555; margin-top:16px; }}
.status {{ color:#3b6e2f; font-weight:bold; }}
</style></head><body>
<div class="hdr"><div class="l">Riverbend Learning Hub</div>
<div class="r">Riverbend Health System<br>Printed {e(f['printed'])} by self-service</div></div>
<h1>Learning Completion Record</h1>
<table>
<tr><th>Learner</th><td>{e(f['name_printed'])}</td></tr>
<tr><th>Employee ID</th><td>{e(f['employee'])}</td></tr>
<tr><th>Department</th><td>Core Laboratory &ndash; Chemistry / Blood Gas</td></tr>
<tr><th>Course Title</th><td>{e(g['title'])}</td></tr>
<tr><th>Course Code</th><td>{e(g['activity_id'])}</td></tr>
<tr><th>Delivery</th><td>Online module with observed practical</td></tr>
<tr><th>Assigned</th><td>{e(f['assigned'])}</td></tr>
<tr><th>Due</th><td>{e(f['due'])}</td></tr>
<tr><th>Completion Status</th><td class="status">Completed &ndash; Passed (score 92%)</td></tr>
<tr><th>Completed On</th><td>{e(f['completed'])}</td></tr>
<tr><th>CE Credit</th><td>0.5 contact hour</td></tr>
<tr><th>Provider</th><td>Riverbend Health System, Laboratory Education and Development</td></tr>
<tr><th>Transcript ID</th><td>{e(f['transcript'])}</td></tr>
</table>
<div class="note">Riverbend Health System, Laboratory Education and Development, is approved as a provider of continuing education programs in
the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This record was generated from the learning management system and is
valid without signature.</div>
</body></html>"""


FUNCS = {"zm01": zm01, "zm04": zm04, "zm12": zm12, "zm17": zm17}


def render(c, out_pdf):
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(PROFILE, exist_ok=True)
    src = os.path.join(SRC, c["id"] + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(FUNCS[c["id"]](c))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + PROFILE, "--no-pdf-header-footer",
                    "--print-to-pdf=" + out_pdf, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120)
