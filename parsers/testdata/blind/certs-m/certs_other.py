"""Certificates produced as HTML (Chromium), HTML-for-TCPDF (PHP) and DOCX (python-docx -> LibreOffice)."""
CERTS = []


def cert(num, producer, style, layout, notes, name, title, date, credits, unit, provider, activity_id):
    def deco(fn):
        pts = round(credits * 10, 2) if unit == 'CEU' else credits
        CERTS.append(dict(num=num, producer=producer, fn=fn, gold=dict(
            style=style, producer=producer, layout=layout, notes=notes, name=name, title=title, date=date,
            credits=credits, unit=unit, points=pts, provider=provider, activity_id=activity_id)))
        return fn
    return deco


def page(css_page, css, body):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { %s } html,body{margin:0;padding:0} %s</style>'
            '</head><body>%s</body></html>') % (css_page, css, body)

# =================================================================== Chromium
@cert(25, 'chromium', 'email-printout', ['portrait', 'e-mail printout', 'header fields', 'sent date distractor', 'monospace body'],
      'Certificate delivered as an e-mail body, printed from a web mail client; sent date and order number are distractors.',
      'Bernadette Oyelowo-Finch', 'Reading Peripheral Smears for Schistocytes: ICSH Counting Rules', '2026-02-02',
      1.0, 'contact hour', ['Hollis Medical Laboratories', 'HML'], 'HML-ED-0937')
def m25():
    return page('size: letter; margin: 0.6in', '''
 body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;color:#222}
 .bar{font-size:8pt;color:#666;display:flex;justify-content:space-between;border-bottom:1px solid #999;padding-bottom:4px}
 h1{font-size:15pt;font-weight:normal;margin:14px 0 8px}
 table.h td{padding:2px 8px 2px 0;font-size:9.5pt} table.h td:first-child{color:#666}
 .msg{border-top:1px solid #ccc;margin-top:10px;padding-top:12px}
 .cert{border:2px solid #2a5d84;padding:18px 22px;margin:16px 0;font-family:"DejaVu Serif",serif}
 .cert .t{font-size:13pt;font-weight:bold} .small{font-size:8.5pt;color:#555}
 pre{font-family:"DejaVu Sans Mono",monospace;font-size:9.5pt}
''', '''
<div class="bar"><span>Webmail - Print view</span><span>2/3/26, 7:42 AM</span></div>
<h1>Your CE certificate is ready - Order #HML-448-20931</h1>
<table class="h">
<tr><td>From:</td><td>Hollis Medical Laboratories Education &lt;education-noreply@hollislabs.example&gt;</td></tr>
<tr><td>To:</td><td>Bernadette Oyelowo-Finch &lt;b.oyelowofinch@example.net&gt;</td></tr>
<tr><td>Sent:</td><td>Tuesday, February 3, 2026 6:15 AM</td></tr>
<tr><td>Subject:</td><td>Certificate: Reading Peripheral Smears for Schistocytes</td></tr>
</table>
<div class="msg">
<p>Hello Bernadette,</p>
<p>Congratulations on finishing your course. Your certificate appears below; you can print this message for your records.</p>
<div class="cert">
<div class="small">HOLLIS MEDICAL LABORATORIES (HML) &middot; CLIENT EDUCATION SERVICES</div>
<p>Learner: <b>Bernadette Oyelowo-Finch, MLS(ASCP)CM</b></p>
<p>Course:</p>
<div class="t">Reading Peripheral Smears for Schistocytes: ICSH Counting Rules</div>
<pre>
Course ID ........... HML-ED-0937
Date completed ...... 02/02/2026
Credit .............. 1.0 P.A.C.E.(R) contact hour
Post-test score ..... 9/10
</pre>
<div class="small">Hollis Medical Laboratories is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div>
</div>
<p>Thank you for learning with us.<br>HML Client Education Team</p>
<p class="small">You received this message because you registered for a course at learn.hollislabs.example. Please do not reply.</p>
</div>''')


@cert(26, 'chromium', 'ASCP', ['landscape', 'letter-spaced ALL-CAPS name (CSS)', 'annual meeting session', 'ribbon seal', 'two credit types'],
      'CSS letter-spacing on the name; AMA PRA credit for physicians listed but CMLE counts.',
      'ISADORA K. WREN', 'Digital Pathology Validation for the Laboratory Professional: Lessons from Three Go-Lives', '2025-10-02',
      1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'AM25-2107')
def m26():
    return page('size: letter landscape; margin: 0', '''
 body{font-family:"DejaVu Serif",Georgia,serif;color:#1d2a44}
 .frame{position:absolute;inset:0.35in;border:3px solid #1d2a44;outline:1px solid #1d2a44;outline-offset:-10px;padding:0.45in 0.7in;text-align:center}
 .org{font-family:"DejaVu Sans",sans-serif;letter-spacing:3px;font-size:11pt}
 .big{font-size:30pt;margin:14px 0 4px;font-style:italic}
 .name{font-size:23pt;letter-spacing:7px;margin:14px 0;font-weight:bold}
 .title{font-size:16pt;font-weight:bold;margin:8px 80px}
 .meta{font-family:"DejaVu Sans",sans-serif;font-size:10pt;margin-top:18px}
 .meta span{margin:0 14px}
 .acc{font-family:"DejaVu Sans",sans-serif;font-size:7.5pt;color:#555;margin:16px 40px 0}
 .seal{position:absolute;right:0.6in;bottom:0.55in;width:86px;height:86px;border-radius:50%;border:3px double #8a1c1c;color:#8a1c1c;font:bold 8pt "DejaVu Sans",sans-serif;display:flex;align-items:center;justify-content:center;text-align:center}
''', '''
<div class="frame">
<div class="org">AMERICAN SOCIETY FOR CLINICAL PATHOLOGY &middot; ASCP 2025 ANNUAL MEETING</div>
<div class="big">Certificate of Attendance</div>
<div>This acknowledges that</div>
<div class="name">ISADORA K. WREN, MLS(ASCP)CM</div>
<div>attended the educational session</div>
<div class="title">Digital Pathology Validation for the Laboratory Professional: Lessons from Three Go-Lives</div>
<div class="meta"><span>Session Code: AM25-2107</span><span>Session attended: October 2, 2025</span></div>
<div class="meta"><span>Laboratory professionals: 1.0 CMLE</span><span>Physicians: 1.0 AMA PRA Category 1 Credit&trade;</span></div>
<div class="acc">The ASCP is accredited by the ACCME to provide continuing medical education for physicians and designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit&trade;. CMLE credit is accepted for the ASCP BOC Credential Maintenance Program.</div>
</div>
<div class="seal">ASCP<br>2025</div>''')


@cert(27, 'chromium', 'university-CEU', ['portrait', 'transcript of one course', 'school provider', 'course date range', 'CEU', 'print date distractor'],
      'Single-course noncredit transcript; 1.5 CEU = 15 points; course dates June 2-6, last day used.',
      'Thaddeus R. Ambrose', 'Molecular Diagnostics Boot Camp for Practicing Technologists', '2025-06-06',
      1.5, 'CEU', ['Bellweather University', 'Bellweather University, School of Health Professions'], 'CLS-X 550')
def m27():
    return page('size: letter; margin: 0.7in', '''
 body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt}
 .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #5b2c0f;padding-bottom:6px}
 .u{font-family:"DejaVu Serif",serif;font-size:20pt;color:#5b2c0f} .s{font-size:10pt}
 h2{font-size:12pt;letter-spacing:2px;margin:18px 0 10px}
 table{border-collapse:collapse;width:100%;margin:8px 0} td,th{border:1px solid #777;padding:5px 7px;text-align:left;font-size:9.5pt}
 th{background:#eee2d6}
 .lbl{width:28%;background:#f6f1ec;font-weight:bold}
 .note{font-size:8.5pt;color:#444;margin-top:14px}
''', '''
<div class="hd"><div><div class="u">Bellweather University</div><div class="s">School of Health Professions &middot; Continuing Education</div></div>
<div style="font-size:8pt;text-align:right">Unofficial copy<br>Printed 07/15/2025</div></div>
<h2>NONCREDIT TRANSCRIPT &mdash; CONTINUING EDUCATION UNITS</h2>
<table>
<tr><td class="lbl">Student</td><td>Thaddeus R. Ambrose</td></tr>
<tr><td class="lbl">Student number</td><td>B-20871133</td></tr>
<tr><td class="lbl">Course title</td><td>Molecular Diagnostics Boot Camp for Practicing Technologists</td></tr>
</table>
<table>
<tr><th>Course number</th><th>Course dates</th><th>Contact hours</th><th>CEUs awarded</th><th>Grade</th></tr>
<tr><td>CLS-X 550</td><td>June 2&ndash;6, 2025</td><td>15</td><td>1.5</td><td>Pass</td></tr>
</table>
<p><b>Total CEUs: 1.5</b></p>
<p class="note">Bellweather University, School of Health Professions, awards one Continuing Education Unit (CEU) for each ten contact hours of participation in an organized continuing education experience under responsible sponsorship, capable direction and qualified instruction. This course is not for academic credit.</p>
<p style="margin-top:40px">________________________________<br>Renata O. Kovalenko, MS, MLS(ASCP)<br><span style="font-size:9pt">Director of Professional Education, School of Health Professions</span></p>''')


@cert(28, 'chromium', 'NSH-regional', ['portrait', 'Spring Symposium format line', 'centred', 'gradient header', 'name with suffix'],
      '"Spring Symposium" printed on its own line under the title; symposium dates not printed, session date only.',
      'Ambrose L. Whitaker Sr.', 'Frozen Section Artifacts and How to Avoid Them', '2026-04-25',
      2.0, 'contact hour', ['Mid-Atlantic Histotechnology Society', 'MAHS'], 'MAHS-SS26-08')
def m28():
    return page('size: letter; margin: 0', '''
 body{font-family:"DejaVu Sans",sans-serif;color:#222}
 .top{background:linear-gradient(90deg,#3f1d5c,#7a3e9d);color:#fff;padding:34px 60px 26px}
 .top .a{font-size:22pt;font-weight:bold} .top .b{font-size:10pt;opacity:.9}
 .c{text-align:center;padding:40px 80px}
 .k{font-size:10pt;color:#666;text-transform:uppercase;letter-spacing:2px;margin-top:26px}
 .n{font-size:24pt;font-family:"DejaVu Serif",serif;margin-top:6px}
 .t{font-size:17pt;font-weight:bold;margin-top:6px} .f{font-size:11pt;font-style:italic;color:#7a3e9d;margin-top:4px}
 .grid{display:grid;grid-template-columns:1fr 1fr 1fr;margin:34px 40px 0;border-top:1px solid #bbb;border-bottom:1px solid #bbb}
 .grid div{padding:10px} .grid b{display:block;font-size:7.5pt;color:#666;letter-spacing:1px}
 .acc{font-size:8.5pt;color:#444;margin-top:30px}
 .sig{margin-top:50px;display:flex;justify-content:space-around}
 .sig div{border-top:1px solid #333;width:200px;padding-top:4px;font-size:9pt}
''', '''
<div class="top"><div class="a">Mid-Atlantic Histotechnology Society</div><div class="b">MAHS &middot; a regional affiliate society for histology professionals</div></div>
<div class="c">
<div class="k">Continuing education credit is awarded to</div>
<div class="n">Ambrose L. Whitaker Sr., HT(ASCP)</div>
<div class="k">for attending</div>
<div class="t">Frozen Section Artifacts and How to Avoid Them</div>
<div class="f">Spring Symposium</div>
<div class="grid"><div><b>SESSION NUMBER</b>MAHS-SS26-08</div><div><b>DATE</b>Saturday, April 25, 2026</div><div><b>CONTACT HOURS</b>2.0</div></div>
<div class="acc">Mid-Atlantic Histotechnology Society is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div>
<div class="sig"><div>Delphine S. Marchand, HTL(ASCP)<br>MAHS Education Chair</div><div>Kwame J. Asante, HT(ASCP)<br>MAHS President</div></div>
</div>''')


@cert(29, 'chromium', 'joint-accreditation-CME', ['portrait', 'several credit types', 'credit matrix', 'UAN distractor', 'center provider', 'long title'],
      'Interprofessional CE; AMA PRA, ANCC, ACPE and P.A.C.E. all 1.5 - learner claimed P.A.C.E. only; ACPE UAN is a distractor number.',
      'Genevieve P. Ashdown-Kole', 'Antimicrobial Stewardship Across the Care Team: Rapid Diagnostics, Pharmacy Review and Nursing Handoffs', '2025-12-04',
      1.5, 'contact hour',
      ['Sablewood University Medical Center', 'Sablewood University Medical Center, Center for Interprofessional Continuing Education', 'SUMC'], 'JA-SUMC-25-3381')
def m29():
    return page('size: letter; margin: 0.65in', '''
 body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt;color:#111}
 .l1{font-size:17pt;font-weight:bold;color:#0b4f3c} .l2{font-size:10.5pt}
 .box{border:1px solid #0b4f3c;margin-top:16px;padding:14px 18px}
 .lab{font-size:8pt;color:#555;text-transform:uppercase;letter-spacing:1px;margin-top:10px}
 .val{font-size:12pt} .ttl{font-size:14pt;font-weight:bold}
 table{width:100%;border-collapse:collapse;margin-top:14px} th,td{border-bottom:1px solid #999;padding:5px;text-align:left;font-size:9.5pt}
 th{background:#e3efe9} td.n{text-align:center}
 .fine{font-size:7.8pt;line-height:1.35;margin-top:14px;color:#333}
''', '''
<div class="l1">Sablewood University Medical Center (SUMC)</div>
<div class="l2">Center for Interprofessional Continuing Education</div>
<div class="box">
<div style="font-size:15pt">Certificate of Credit</div>
<div class="lab">Learner</div><div class="val">Genevieve P. Ashdown-Kole, MLS(ASCP)CM</div>
<div class="lab">Activity</div><div class="ttl">Antimicrobial Stewardship Across the Care Team: Rapid Diagnostics, Pharmacy Review and Nursing Handoffs</div>
<div class="lab">Activity ID</div><div class="val">JA-SUMC-25-3381</div>
<div class="lab">Activity date</div><div class="val">December 4, 2025 (live, in person)</div>
<table><tr><th>Credit type</th><th>Designated</th><th>Claimed by learner</th></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td class="n">1.50</td><td class="n">&mdash;</td></tr>
<tr><td>ANCC contact hours</td><td class="n">1.50</td><td class="n">&mdash;</td></tr>
<tr><td>ACPE contact hours (UAN JA4008163-9999-25-211-L01-P)</td><td class="n">1.50</td><td class="n">&mdash;</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td class="n">1.50</td><td class="n">1.5</td></tr>
<tr><td>IPCE credits&trade;</td><td class="n">1.50</td><td class="n">&mdash;</td></tr></table>
</div>
<div class="fine">In support of improving patient care, Sablewood University Medical Center is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. This activity was planned by and for the healthcare team, and learners will receive 1.5 Interprofessional Continuing Education (IPCE) credits for learning and change. Sablewood University Medical Center designates this live activity for a maximum of 1.50 AMA PRA Category 1 Credits&trade;. Physicians should claim only the credit commensurate with the extent of their participation in the activity. Sablewood University Medical Center, Center for Interprofessional Continuing Education, is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div>
<div class="fine" style="margin-top:24px">Generated 12/11/2025 &middot; Certificate 0000418872</div>''')


@cert(30, 'chromium', 'webinar', ['landscape', 'two pages', 'LIVE WEBINAR format line', 'accreditation on page 2', 'title with Date'],
      'Page 1 certificate, page 2 accreditation statement and transcript line. Title contains "Date".',
      'Rosemary E. Kettleborough', 'Date Integrity in the LIS: Audit Trails, Time Stamps and Result Amendments', '2026-03-26',
      1.0, 'contact hour', ['Heartland Laboratory Quality Network', 'HLQN'], 'HLQN-WB-2611')
def m30():
    return page('size: letter landscape; margin: 0.5in', '''
 body{font-family:"DejaVu Sans",sans-serif;color:#10233a}
 .p1{height:7.3in;border:10px solid #d9a227;padding:40px 60px;box-sizing:border-box;text-align:center;page-break-after:always}
 .o{font-size:13pt;letter-spacing:4px;font-weight:bold} .w{font-size:9pt;letter-spacing:5px;color:#b07d10;margin-top:14px}
 .x{font-size:32pt;font-family:"DejaVu Serif",serif;margin:16px 0 10px}
 .n{font-size:22pt;font-weight:bold;margin:10px 0} .t{font-size:17pt;font-family:"DejaVu Serif",serif;font-style:italic;margin:6px 60px}
 .m{margin-top:22px;font-size:10.5pt}
 .p2{padding:20px 40px;font-size:10.5pt;line-height:1.5}
 .p2 table{border-collapse:collapse;margin-top:12px} .p2 td,.p2 th{border:1px solid #888;padding:5px 10px;font-size:9.5pt}
''', '''
<div class="p1">
<div class="o">HEARTLAND LABORATORY QUALITY NETWORK</div>
<div class="x">Certificate of Participation</div>
<div>presented to</div>
<div class="n">Rosemary E. Kettleborough</div>
<div>for participating in</div>
<div class="t">Date Integrity in the LIS: Audit Trails, Time Stamps and Result Amendments</div>
<div class="w">LIVE WEBINAR</div>
<div class="m">Webinar ID: HLQN-WB-2611 &nbsp;&nbsp;|&nbsp;&nbsp; Broadcast date: March 26, 2026 &nbsp;&nbsp;|&nbsp;&nbsp; 1.0 P.A.C.E.&reg; contact hour</div>
<div class="m" style="font-size:9pt">See page 2 for accreditation information.</div>
</div>
<div class="p2">
<h3>Accreditation and credit information</h3>
<p>Heartland Laboratory Quality Network (HLQN) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Participants who attended the full live broadcast and completed the evaluation receive 1.0 contact hour at the intermediate level.</p>
<table><tr><th>Webinar ID</th><th>Participant</th><th>Attended</th><th>Credit</th></tr>
<tr><td>HLQN-WB-2611</td><td>Rosemary E. Kettleborough</td><td>03/26/2026</td><td>1.0 contact hour</td></tr></table>
<p style="font-size:9pt;margin-top:16px">Registration no. 26-0326-00417 &middot; Evaluation submitted 03/27/2026 &middot; Keep this record for at least three years.</p>
</div>''')


# =================================================================== TCPDF
def tcpdf(orient, html, font='helvetica', extra=''):
    return dict(orient=orient, html=html, font=font, extra=extra)


@cert(31, 'tcpdf', 'AABB', ['portrait', 'meeting CE record', 'claimed vs maximum', 'date range', 'no activity number', 'member ID distractor'],
      'Annual meeting summary; 14.5 claimed of 22.0 available contact hours; no activity/program number printed.',
      'Cornelius B. Adeyemi-Shaw', 'AABB 2025 Annual Meeting', '2025-10-28',
      14.5, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], None)
def m31():
    return tcpdf('P', '''
<table cellpadding="6"><tr><td width="22%" style="background-color:#8b0d1a;color:#ffffff;font-size:20pt;font-weight:bold">AABB</td>
<td width="78%" style="font-size:10pt">Association for the Advancement of Blood &amp; Biotherapies<br/>Education Department</td></tr></table>
<br/><br/>
<h2 style="font-size:16pt">Continuing Education Record</h2>
<table cellpadding="5" border="0">
<tr><td width="35%"><b>Attendee</b></td><td width="65%">Cornelius B. Adeyemi-Shaw, MT(ASCP)SBB</td></tr>
<tr><td><b>AABB Member ID</b></td><td>00218844</td></tr>
<tr><td><b>Meeting</b></td><td>AABB 2025 Annual Meeting</td></tr>
<tr><td><b>Dates</b></td><td>October 25&ndash;28, 2025</td></tr>
<tr><td><b>Location</b></td><td>San Diego Convention Center, San Diego, CA</td></tr>
</table>
<br/><br/>
<table cellpadding="5" border="1">
<tr style="background-color:#eeeeee"><th width="50%"><b>Credit</b></th><th width="25%" align="center"><b>Maximum available</b></th><th width="25%" align="center"><b>Claimed</b></th></tr>
<tr><td>P.A.C.E.&reg; contact hours</td><td align="center">22.0</td><td align="center">14.5</td></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td align="center">22.0</td><td align="center">0.0</td></tr>
</table>
<br/><br/>
<p style="font-size:9pt">AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. The claimed figure reflects the sessions the attendee selected on the credit claim form. Credits may not be claimed after December 31, 2025.</p>
<br/><br/><br/>
<p style="font-size:9pt">______________________________<br/>Ingrid V. Thorsdottir, MBA<br/>Vice President, Education, AABB</p>
<p style="font-size:7.5pt;color:#666666">Claim processed 11/06/2025 &middot; Transaction 55-112704</p>
''')


@cert(32, 'tcpdf', 'MediaLab', ['landscape', 'centred award', 'Safety title', 'order number distractor', 'grey frame'],
      'Compliance-style safety course from MediaLab; expiration of compliance is a distractor date.',
      'Percival N. Achterberg', 'OSHA Bloodborne Pathogens Standard: Annual Safety Training for Laboratory Personnel', '2026-01-06',
      1.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], '2291')
def m32():
    return tcpdf('L', '''
<div style="text-align:center">
<span style="font-size:11pt;color:#2f6f7e;letter-spacing:2px">MEDIALAB, INC.</span><br/><br/>
<span style="font-size:28pt;font-family:times">Certificate</span><br/>
<span style="font-size:12pt;font-family:times"><i>of continuing education</i></span><br/><br/>
<span style="font-size:11pt">This certificate is awarded to</span><br/>
<span style="font-size:22pt"><b>Percival N. Achterberg</b></span><br/><br/>
<span style="font-size:11pt">who completed the MediaLab course</span><br/>
<span style="font-size:15pt"><b>OSHA Bloodborne Pathogens Standard: Annual Safety Training for Laboratory Personnel</b></span><br/><br/>
<table cellpadding="4" width="100%"><tr>
<td width="14%" align="center"><span style="font-size:8pt;color:#777777">COURSE ID</span><br/>2291</td>
<td width="18%" align="center"><span style="font-size:8pt;color:#777777">DATE COMPLETED</span><br/>01/06/2026</td>
<td width="32%" align="center"><span style="font-size:8pt;color:#777777">CREDIT</span><br/>1.0 P.A.C.E.&reg; contact hour</td>
<td width="18%" align="center"><span style="font-size:8pt;color:#777777">ORDER #</span><br/>ML-0031-88720</td>
<td width="18%" align="center"><span style="font-size:8pt;color:#777777">RETRAIN BY</span><br/>01/06/2027</td>
</tr></table><br/>
<span style="font-size:8pt">MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</span>
</div>''', extra='frame')


@cert(33, 'tcpdf', 'vendor-training', ['portrait', 'vendor webinar', 'On-Demand Webinar format line', 'logo block', 'customer no. distractor'],
      'Vendor academy on-demand webinar; customer account number distractor.',
      'Sunniva K. Lindgren', 'Flow Cytometry Panel Design for Minimal Residual Disease Monitoring', '2025-09-30',
      1.5, 'contact hour', ['Talvera Diagnostics, Inc.', 'Talvera Diagnostics'], 'TDA-0412')
def m33():
    return tcpdf('P', '''
<table cellpadding="8"><tr><td width="22%" style="background-color:#ff7a00;color:#ffffff;font-size:26pt;font-weight:bold" align="center">T</td>
<td width="78%"><span style="font-size:18pt;font-weight:bold">Talvera Diagnostics Academy</span><br/><span style="font-size:9pt">Talvera Diagnostics, Inc. &middot; Scientific Education</span></td></tr></table>
<br/><br/><br/>
<p style="font-size:12pt">Certificate awarded to</p>
<p style="font-size:20pt"><b>Sunniva K. Lindgren, SCYM(ASCP)</b></p>
<p style="font-size:12pt">for completing the educational webinar</p>
<p style="font-size:15pt;color:#333333"><b>Flow Cytometry Panel Design for Minimal Residual Disease Monitoring</b></p>
<p style="font-size:10pt"><i>On-Demand Webinar</i></p>
<br/>
<table cellpadding="5" border="1" width="70%">
<tr><td width="45%" style="background-color:#f3f3f3">Webinar #</td><td width="55%">TDA-0412</td></tr>
<tr><td style="background-color:#f3f3f3">Viewed and evaluated on</td><td>September 30, 2025</td></tr>
<tr><td style="background-color:#f3f3f3">Contact hours (P.A.C.E.&reg;)</td><td>1.5</td></tr>
<tr><td style="background-color:#f3f3f3">Customer account</td><td>US-11093-A</td></tr>
</table>
<br/><br/>
<p style="font-size:8.5pt">Talvera Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This program is educational and is not intended to promote any product.</p>
''')


@cert(34, 'tcpdf', 'public-health-lab', ['portrait', 'one-paragraph certificate', 'title in curly quotes', 'state department provider', 'seal text'],
      'One-paragraph award from a state public health laboratory (office of a department).',
      'Augustin M. Delacroix', 'Biothreat Agent Rule-Out: Sentinel Laboratory Protocols for Bacillus, Brucella and Francisella', '2026-03-10',
      3.0, 'contact hour',
      ['Bayshore State Department of Health', 'Bayshore State Department of Health, Tidewater Regional Public Health Laboratory'], 'LRN-SEN-301')
def m34():
    return tcpdf('P', '''
<br/><br/><br/>
<p align="center" style="font-size:13pt;letter-spacing:1px"><b>BAYSHORE STATE DEPARTMENT OF HEALTH</b><br/><span style="font-size:11pt">Tidewater Regional Public Health Laboratory</span></p>
<br/><br/><br/>
<p style="font-size:13pt;line-height:1.7;text-align:justify">Augustin M. Delacroix, MLS(ASCP)CM, of Harborside Community Hospital has completed &#8220;Biothreat Agent Rule-Out: Sentinel Laboratory Protocols for Bacillus, Brucella and Francisella&#8221; (course #LRN-SEN-301) on March 10, 2026 and is awarded 3.0 contact hours by the Bayshore State Department of Health, Tidewater Regional Public Health Laboratory, which is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</p>
<br/><br/><br/><br/>
<table width="100%"><tr><td width="50%" style="font-size:10pt">________________________<br/>Simone R. Achebe-Lowell, PhD<br/>Laboratory Director</td>
<td width="50%" align="right" style="font-size:8pt;color:#555555">Certificate No. TRPHL-26-0310-044<br/>Date signed: 03/12/2026</td></tr></table>
''', font='times', extra='seal')


@cert(35, 'tcpdf', 'ADLM', ['landscape', 'local section provider', 'ACCENT', 'labels above values', 'event ID'],
      'Local section of ADLM issues; provider list has society, society+section, and acronym.',
      'Harriet Q. Oyelaran-Birch', 'Troponin Delta Checks in the Emergency Department: Setting Rules Your Clinicians Will Trust', '2026-02-11',
      1.0, 'contact hour',
      ['Association for Diagnostics & Laboratory Medicine', 'Association for Diagnostics & Laboratory Medicine, Pacific Northwest Local Section', 'ADLM'],
      'PNW-2602')
def m35():
    return tcpdf('L', '''
<table cellpadding="10" width="100%"><tr><td style="border-bottom:2px solid #005a99">
<span style="font-size:20pt;color:#005a99"><b>ADLM</b></span> <span style="font-size:12pt">Association for Diagnostics &amp; Laboratory Medicine</span><br/>
<span style="font-size:11pt">Pacific Northwest Local Section &middot; Dinner Lecture Series</span></td></tr></table>
<br/><br/>
<p style="font-size:18pt">ACCENT&reg; Credit Certificate</p>
<table cellpadding="4" width="100%">
<tr><td width="100%" style="font-size:8pt;color:#666666">PARTICIPANT</td></tr>
<tr><td style="font-size:16pt">Harriet Q. Oyelaran-Birch</td></tr>
<tr><td style="font-size:8pt;color:#666666">LECTURE</td></tr>
<tr><td style="font-size:14pt"><b>Troponin Delta Checks in the Emergency Department: Setting Rules Your Clinicians Will Trust</b></td></tr>
</table>
<br/>
<table cellpadding="4" width="100%">
<tr style="font-size:8pt;color:#666666"><td width="25%">EVENT ID</td><td width="25%">DATE</td><td width="25%">ACCENT&reg; CONTACT HOURS</td><td width="25%">VENUE</td></tr>
<tr style="font-size:12pt"><td>PNW-2602</td><td>February 11, 2026</td><td>1.0</td><td>Tacoma, WA</td></tr>
</table>
<br/><br/>
<p style="font-size:8.5pt">Issued by the Association for Diagnostics &amp; Laboratory Medicine, Pacific Northwest Local Section. This activity was approved by ADLM for 1.0 ACCENT&reg; credit hour. ADLM is approved by the ASCLS P.A.C.E.&reg; Program as a provider of continuing education programs in the clinical laboratory sciences.</p>
<p style="font-size:9pt">Signed: Dr. Anselm T. Greaves, Chair, Pacific Northwest Local Section &nbsp;&nbsp;&nbsp; Signed on: 02/18/2026</p>
''')


# =================================================================== DOCX (python-docx -> soffice)
@cert(36, 'soffice-docx', 'hospital-inservice', ['portrait', 'letter with certificate below', 'Orientation title', 'bordered table certificate', 'department provider'],
      'Memo letter on top, certificate in a bordered table below; letter date distractor.',
      'Josephine A. Varga', 'New Employee Laboratory Orientation: Quality Management System Overview', '2025-08-14',
      2.0, 'contact hour', ['Riverbend Memorial Hospital', 'Riverbend Memorial Hospital, Clinical Laboratory'], 'ORI-0825')
def m36():
    return 'm36'


@cert(37, 'soffice-docx', 'CAP', ['portrait', 'training record table', 'inspector training', 'CE hours', 'several dates'],
      'CAP inspector training; record has enrolled/completed/expires dates. Only completion counts.',
      'Benedikt O. Szymanski', 'Inspector Training: Checklist Essentials for the Chemistry and Toxicology Sections', '2025-10-20',
      2.5, 'CE hour', ['College of American Pathologists', 'CAP'], 'IT-CHM-2025')
def m37():
    return 'm37'


@cert(38, 'soffice-docx', 'bilingual', ['landscape', 'bilingual French/English', 'two language columns', 'two acronyms'],
      'French/English bilingual; title printed with French and English halves separated by a slash.',
      'Élodie M. Tremblay-Harcourt', 'Hémostase au quotidien : interpréter un TCA prolongé / Everyday Hemostasis: Interpreting a Prolonged aPTT',
      '2025-11-29', 2.0, 'contact hour',
      ['Association bilingue des sciences de laboratoire', 'Bilingual Laboratory Science Association', 'ABSL', 'BLSA'], 'ABSL-25-117')
def m38():
    return 'm38'


@cert(39, 'soffice-docx', 'vendor-training', ['portrait', 'training record', 'class roster style', 'date range', 'long title three lines'],
      'LIS vendor super-user class over two days; 6.0 CE hours.',
      'Rafferty D. Oyelowo', 'Nexalis LIS Super-User Training: Result Entry, Auto-Verification Rules, Instrument Interfaces and Downtime Procedures',
      '2026-01-15', 6.0, 'CE hour', ['Nexalis Health Software, Inc.', 'Nexalis'], 'NX-SU-2601')
def m39():
    return 'm39'


@cert(40, 'soffice-docx', 'state-society', ['landscape', 'centred award', 'title in quotes', 'page border', 'signature block'],
      'Annual meeting session, award style; title in quotation marks.',
      'Maximilian J. Obuya', 'Sepsis Biomarkers Beyond Lactate', '2026-04-17',
      1.0, 'contact hour', ['Lone Star Society for Clinical Laboratory Science', 'LSSCLS'], 'LSSCLS-26-014')
def m40():
    return 'm40'
