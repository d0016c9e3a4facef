"""HTML templates printed with headless Chromium (--print-to-pdf)."""
from html import escape as E

from certs import PACE

BASE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
<style>%s</style></head><body>%s</body></html>"""


def page(title, css, body):
    return BASE % (E(title), css, body)


# ------------------------------------------------------------------ zk01
def html_ascp(d):
    css = """
@page { size: 11in 8.5in; margin: 0; }
html, body { margin: 0; padding: 0; }
body { width: 11in; height: 8.5in; font-family: 'Liberation Serif', serif; color: #1a1a1a; }
.frame { position: absolute; left: 0.35in; top: 0.35in; right: 0.35in; bottom: 0.35in;
  border: 6px solid #003a70; }
.inner { position: absolute; left: 10px; top: 10px; right: 10px; bottom: 10px; border: 1.5px solid #8aa4c2; }
.logo { position: absolute; left: 0.55in; top: 0.5in; width: 64px; height: 64px; background: #003a70; color: #fff;
  font: bold 19px 'Liberation Sans', sans-serif; display: flex; align-items: center; justify-content: center;
  border-radius: 6px; }
.org { position: absolute; left: 1.55in; top: 0.62in; font: bold 17px 'Liberation Sans', sans-serif; color: #003a70; }
.ids { position: absolute; right: 0.65in; top: 0.6in; text-align: right; font: 10px 'Liberation Sans', sans-serif;
  color: #555; line-height: 1.45; }
.center { position: absolute; left: 1in; right: 1in; top: 1.55in; text-align: center; }
h1 { font-size: 40px; margin: 0 0 6px 0; letter-spacing: 1px; color: #003a70; }
.lead { font-style: italic; font-size: 17px; margin: 14px 0 6px; }
.name { font-size: 34px; font-weight: bold; margin: 4px 0; }
.title { font: bold 21px/1.3 'Liberation Sans', sans-serif; margin: 6px 0.4in 4px; }
.fmt { font: 14px 'Liberation Sans', sans-serif; color: #555; }
.facts { font: 15px 'Liberation Sans', sans-serif; margin-top: 16px; }
.facts b { color: #003a70; }
.sig { position: absolute; bottom: 1.25in; width: 2.8in; border-top: 1px solid #444; padding-top: 4px;
  font: 12px 'Liberation Sans', sans-serif; }
.sig .s { position: absolute; top: -30px; left: 6px; font: italic 22px 'Liberation Serif', serif; color: #1b2a6b; }
.foot { position: absolute; left: 0.8in; right: 0.8in; bottom: 0.55in; text-align: center;
  font: 10px/1.35 'Liberation Sans', sans-serif; color: #444; }
"""
    body = f"""
<div class="frame"><div class="inner"></div></div>
<div class="logo">ASCP</div>
<div class="org">American Society for Clinical Pathology</div>
<div class="ids">Certificate #: {E(d['cert_no'])}<br>ASCP Customer ID: {E(d['customer'])}<br>Issued: {E(d['issued'])}</div>
<div class="center">
 <h1>Certificate of Completion</h1>
 <div class="lead">This certifies that</div>
 <div class="name">{d['name']}</div>
 <div class="lead">has successfully completed</div>
 <div class="title">{E(d['title'])}</div>
 <div class="fmt">{E(d['fmt'])}</div>
 <div class="facts">Date Completed: <b>{E(d['date'])}</b> &nbsp;&nbsp;|&nbsp;&nbsp; Activity Code: <b>{E(d['code'])}</b>
  &nbsp;&nbsp;|&nbsp;&nbsp; <b>{E(d['cmle'])} CMLE</b> credit</div>
</div>
<div class="sig" style="left:1.2in"><span class="s">Karen Lindgren-Moss</span>Karen Lindgren-Moss, MS, MLS(ASCP)<sup>CM</sup><br><i>Director, Continuing Education</i></div>
<div class="sig" style="right:1.2in"><span class="s">Paul F. Ashworth</span>Paul F. Ashworth, MD, FASCP<br><i>Chair, Commission on Continuing Professional Development</i></div>
<div class="foot">The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing Medical
Education to provide continuing medical education for physicians. ASCP designates this enduring material for a maximum of
1 <i>AMA PRA Category 1 Credit</i>&trade;. ASCP designates this activity for 1.0 CMLE credit. ASCP CMLE credit is
acceptable for the ASCP Board of Certification Credential Maintenance Program.</div>
"""
    return page("ASCP Certificate of Completion", css, body)


# ------------------------------------------------------------------ zk09
def html_nsh(d):
    css = """
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; width: 11in; font-family: 'DejaVu Sans', sans-serif; color: #222; }
.band { background: #6a1b4d; color: #fff; height: 1.45in; display: flex; align-items: center; padding: 0 0.6in; }
.mark { width: 78px; height: 78px; border-radius: 50%; background: #f2d58a; color: #6a1b4d; font: bold 24px 'DejaVu Serif', serif;
  display: flex; align-items: center; justify-content: center; margin-right: 22px; }
.band h2 { margin: 0; font-size: 22px; }
.band p { margin: 4px 0 0; font-size: 13px; opacity: .9; }
.main { padding: 0.35in 0.8in 0; }
h1 { font-family: 'DejaVu Serif', serif; font-size: 30px; margin: 0 0 4px; color: #6a1b4d; }
.sub { font-size: 13px; color: #666; margin-bottom: 20px; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 28px; row-gap: 18px; }
.cell .l { font-size: 9.5px; letter-spacing: 1.5px; text-transform: uppercase; color: #8a6a7c; font-weight: bold; }
.cell .v { font-size: 15px; margin-top: 4px; border-bottom: 1px solid #ddd; padding-bottom: 5px; }
.wide { grid-column: 1 / span 3; }
.name .v { font-size: 22px; font-weight: bold; text-transform: uppercase; letter-spacing: 5px; }
.ttl .v { font-size: 19px; font-weight: bold; line-height: 1.3; }
.foot { position: absolute; left: 0.8in; right: 0.8in; top: 7.35in; font-size: 10px; color: #555; line-height: 1.4;
  border-top: 2px solid #f2d58a; padding-top: 6px; }
.sig { position: absolute; top: 6.55in; right: 0.8in; width: 2.6in; border-top: 1px solid #555; font-size: 11px; padding-top: 3px; }
"""
    body = f"""
<div class="band"><div class="mark">NSH</div><div><h2>National Society for Histotechnology</h2>
<p>{E(d['meeting'])} &middot; {E(d['mdates'])} &middot; {E(d['place'])}</p></div></div>
<div class="main">
<h1>Certificate of Attendance</h1>
<div class="sub">Workshop session record &mdash; retain for your continuing education files</div>
<div class="grid">
 <div class="cell name wide"><div class="l">Attendee</div><div class="v">{E(d['name'])}</div></div>
 <div class="cell ttl wide"><div class="l">Workshop Title</div><div class="v">{E(d['title'])}</div>
   <div style="font-size:12px;color:#666;margin-top:4px">{E(d['fmt'])}</div></div>
 <div class="cell"><div class="l">Session Code</div><div class="v">{E(d['code'])}</div></div>
 <div class="cell"><div class="l">Session Date</div><div class="v">{E(d['sdate'])}</div></div>
 <div class="cell"><div class="l">Contact Hours</div><div class="v">{E(d['hours'])}</div></div>
 <div class="cell"><div class="l">Badge ID</div><div class="v">{E(d['badge'])}</div></div>
</div></div>
<div class="sig">Tamsin Greaves, HTL(ASCP)<br><i>NSH Education Committee Chair</i></div>
<div class="foot">The National Society for Histotechnology (NSH) {E(PACE)} Contact hours are awarded per session attended.
Workshops require separate registration.</div>
"""
    return page("NSH Workshop Certificate", css, body)


# ------------------------------------------------------------------ zk17
def html_train(d):
    css = """
@page { size: 8.5in 11in; margin: 0.6in 0.6in; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 12px; color: #222; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #24375a; padding-bottom: 8px; }
.brand { font: bold 28px 'Liberation Sans', sans-serif; color: #24375a; }
.brand small { display: block; font-size: 11px; font-weight: normal; color: #666; }
.meta { text-align: right; font-size: 10.5px; color: #555; line-height: 1.5; }
h1 { font-size: 20px; margin: 18px 0 4px; }
table { border-collapse: collapse; width: 100%; margin-top: 10px; }
th, td { border: 1px solid #c5ccd8; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f6; width: 30%; font-weight: bold; color: #24375a; }
.credits th { width: auto; background: #7fb13b; color: #fff; }
.pb { page-break-before: always; }
p { line-height: 1.45; }
.foot { margin-top: 26px; font-size: 9.5px; color: #777; }
"""
    body = f"""
<div class="top"><div class="brand">TRAIN <small>Learning Network &middot; Course Completion Record</small></div>
<div class="meta">Learner Transcript (excerpt)<br>Login / User ID: {E(d['user'])}<br>Generated {E(d['generated'])}</div></div>
<h1>Course Completion Record</h1>
<p>Learner: <b>{E(d['name'])}</b></p>
<table>
<tr><th>Course Title</th><td>{E(d['title'])}</td></tr>
<tr><th>Course ID</th><td>{E(d['course'])}</td></tr>
<tr><th>Course Provider</th><td>Centers for Disease Control and Prevention (CDC)</td></tr>
<tr><th>Course Type</th><td>Online, self-paced (Enduring)</td></tr>
<tr><th>Registration Date</th><td>{E(d['registered'])}</td></tr>
<tr><th>Completion Date</th><td>{E(d['date'])}</td></tr>
<tr><th>Status</th><td>Completed &mdash; evaluation and post-assessment submitted</td></tr>
</table>
<h1 style="font-size:15px">Credits Awarded</h1>
<table class="credits"><tr><th>Credit Type</th><th>Amount</th><th>Status</th></tr>
<tr><td>P.A.C.E.&reg;</td><td>{E(d['hours'])} contact hours</td><td>Awarded</td></tr>
<tr><td>CNE</td><td>1.5</td><td>Awarded</td></tr>
<tr><td>CPH</td><td>1.5</td><td>Awarded</td></tr></table>
<div class="foot">This record lists a single course from the learner's TRAIN transcript. See page 2 for accreditation statements.</div>
<div class="pb"></div>
<h1>Accreditation Statements</h1>
<p><b>P.A.C.E.&reg;:</b> The Centers for Disease Control and Prevention {E(PACE)} This course is approved for
{E(d['hours'])} contact hours.</p>
<p><b>CNE:</b> The Centers for Disease Control and Prevention is accredited as a provider of nursing continuing professional
development by the American Nurses Credentialing Center's Commission on Accreditation. This activity provides 1.5 nursing
contact hours.</p>
<p><b>CPH:</b> The CDC is a pre-approved provider of Certified in Public Health (CPH) recertification credits and is authorized
to offer 1.5 CPH recertification credits for this program.</p>
<p><b>Disclosure:</b> In compliance with continuing education requirements, all planners and presenters must disclose
financial relationships. The planners and presenters of this activity have no financial relationships to disclose.</p>
<div class="foot">TRAIN is a national learning network provided by the Public Health Foundation. Page 2 of 2.</div>
"""
    return page("TRAIN Course Completion Record", css, body)


# ------------------------------------------------------------------ zk25
def html_pace(d):
    css = """
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; width: 11in; height: 8.5in; font-family: 'Liberation Serif', serif; color: #222; position: relative; }
.side { position: absolute; left: 0; top: 0; bottom: 0; width: 2.6in; background: #14365e; color: #fff; text-align: center; }
.side .mark { margin: 0.7in auto 0; width: 1.2in; height: 1.2in; transform: rotate(45deg); background: #e8b323; }
.side .mark span { display: block; transform: rotate(-45deg); font: bold 26px 'Liberation Sans', sans-serif; color: #14365e;
  line-height: 1.2in; }
.side .nm { margin-top: 0.45in; font: bold 16px 'Liberation Sans', sans-serif; padding: 0 0.2in; }
.side .tag { position: absolute; bottom: 0.6in; left: 0.2in; right: 0.2in; font: 11px 'Liberation Sans', sans-serif; opacity: .8; }
.main { position: absolute; left: 3.1in; right: 0.6in; top: 0.75in; }
h1 { font-size: 38px; margin: 0; color: #14365e; }
.rule { width: 3in; height: 3px; background: #e8b323; margin: 8px 0 30px; }
.lead { font-style: italic; font-size: 16px; margin: 10px 0 4px; }
.name { font-size: 30px; font-weight: bold; }
.title { font: bold 21px/1.3 'Liberation Sans', sans-serif; margin-top: 2px; color: #14365e; }
.fmt { font: 13px 'Liberation Sans', sans-serif; color: #666; margin-top: 3px; }
table { margin-top: 22px; font: 14px 'Liberation Sans', sans-serif; border-collapse: collapse; }
td { padding: 3px 18px 3px 0; }
td.l { color: #555; }
.foot { position: absolute; left: 3.1in; right: 0.6in; bottom: 0.45in; font: 10px/1.4 'Liberation Sans', sans-serif; color: #555; }
.sig { position: absolute; left: 3.1in; bottom: 1.15in; width: 2.6in; border-top: 1px solid #555; font: 11.5px 'Liberation Sans', sans-serif; padding-top: 3px; }
"""
    body = f"""
<div class="side"><div class="mark"><span>KCLS</span></div>
<div class="nm">Keystone Clinical Lab Seminars</div>
<div class="tag">Continuing education for the clinical laboratory since 2009</div></div>
<div class="main">
<h1>Certificate of Completion</h1><div class="rule"></div>
<div class="lead">is hereby awarded to</div>
<div class="name">{E(d['name'])}</div>
<div class="lead">for successful completion of</div>
<div class="title">{E(d['title'])}</div>
<div class="fmt">{E(d['fmt'])}</div>
<table>
<tr><td class="l">Date</td><td>{E(d['date'])}</td><td class="l">P.A.C.E.&reg; Course Number</td><td>{E(d['course'])}</td></tr>
<tr><td class="l">Contact Hours</td><td>{E(d['hours'])} P.A.C.E.&reg; contact hours</td><td class="l">Registration #</td><td>{E(d['reg'])}</td></tr>
</table></div>
<div class="sig">Gretchen Albrecht-Sow, MS, MLS(ASCP)<sup>CM</sup><br><i>Education Director</i></div>
<div class="foot">Keystone Clinical Lab Seminars {E(PACE)}
Level: intermediate. Participants must complete the evaluation to receive credit.</div>
"""
    return page("Certificate of Completion", css, body)


# ------------------------------------------------------------------ zk33
def html_hosp(d):
    css = """
@page { size: 8.5in 11in; margin: 0; }
body { margin: 0; width: 8.5in; font-family: 'Liberation Sans', sans-serif; color: #222; }
.hdr { background: #0e5e6f; color: #fff; padding: 0.35in 0.6in 0.3in; display: flex; align-items: center; }
.cross { width: 58px; height: 58px; position: relative; margin-right: 20px; }
.cross:before, .cross:after { content: ''; position: absolute; background: #ffd166; }
.cross:before { left: 20px; top: 0; width: 18px; height: 58px; }
.cross:after { left: 0; top: 20px; width: 58px; height: 18px; }
.hdr h2 { margin: 0; font-size: 24px; }
.hdr p { margin: 3px 0 0; font-size: 13px; }
.body { padding: 0.5in 0.8in 0; text-align: center; }
h1 { font-family: 'Liberation Serif', serif; font-size: 34px; margin: 0; color: #0e5e6f; }
.lead { font: italic 16px 'Liberation Serif', serif; margin: 18px 0 6px; }
.name { font: bold 28px 'Liberation Serif', serif; }
.title { font-weight: bold; font-size: 19px; line-height: 1.35; margin: 6px 0.2in 0; }
table { margin: 30px auto 0; border-collapse: collapse; font-size: 13px; text-align: left; }
td { border-bottom: 1px solid #d5e3e6; padding: 7px 14px; }
td.l { font-weight: bold; color: #0e5e6f; width: 1.9in; }
.sigs { display: flex; justify-content: space-between; padding: 0 0.8in; margin-top: 0.9in; font-size: 11.5px; }
.sigs div { width: 2.7in; border-top: 1px solid #555; padding-top: 4px; }
.foot { position: absolute; left: 0.8in; right: 0.8in; top: 10in; font-size: 9.5px; color: #555; text-align: center; line-height: 1.4; }
"""
    body = f"""
<div class="hdr"><div class="cross"></div><div><h2>Mercy Valley Health</h2>
<p>Laboratory Education &amp; Development</p></div></div>
<div class="body">
<h1>Certificate of Participation</h1>
<div class="lead">in recognition of</div>
<div class="name">{E(d['name'])}</div>
<div class="lead">for participation in</div>
<div class="title">{E(d['title'])}</div>
<table>
<tr><td class="l">Date of Attendance</td><td>{E(d['date'])}</td></tr>
<tr><td class="l">CE Hours</td><td>{E(d['hours'])}</td></tr>
<tr><td class="l">Offering ID</td><td>{E(d['offering'])}</td></tr>
<tr><td class="l">Employee #</td><td>{E(d['employee'])}</td></tr>
<tr><td class="l">Delivery</td><td>In person and livestream, Education Center Room B</td></tr>
</table></div>
<div class="sigs"><div>Nadia Kowalski-Friend, MLS(ASCP)<sup>CM</sup><br><i>Laboratory Education Coordinator</i></div>
<div>Theo Barrington, MD<br><i>Laboratory Medical Director</i></div></div>
<div class="foot">Mercy Valley Health, Laboratory Education &amp; Development, {E(PACE)}<br>
Questions: lab.education@mercyvalley-example.org</div>
"""
    return page("Certificate of Participation", css, body)


TPL = {"html_ascp": html_ascp, "html_nsh": html_nsh, "html_train": html_train, "html_pace": html_pace,
       "html_hosp": html_hosp}
