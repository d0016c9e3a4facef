"""Certificates rendered by PHP TCPDF (writeHTML / writeHTMLCell plus drawing calls).
Each builder returns the PHP body; build.py adds the require line and $pdf->Output()."""
from engine.registry import cert


def setup(orient="P", title="Certificate", margins=(54, 54, 54), autobreak=54):
    return """
class CertPDF extends TCPDF {
    public function __construct($o) { parent::__construct($o, 'pt', 'LETTER', true, 'UTF-8', false); $this->tcpdflink = false; }
}
$pdf = new CertPDF('%s');
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF');
$pdf->SetTitle(%r);
$pdf->SetMargins(%d, %d, %d);
$pdf->SetAutoPageBreak(true, %d);
$pdf->setCellHeightRatio(1.25);
$pdf->AddPage();
""" % (orient, title, margins[0], margins[1], margins[2], autobreak)


# --------------------------------------------------------------------------
@cert("zg04", "aabb", "php-tcpdf",
      ["base:label-value", "portrait", "label-value", "name-honorific", "session-at-conference", "multi-date",
       "id-colon", "distractor-numbers", "provider-logo", "provider-accreditation-sentence", "date-range"],
      "Single-session certificate from a four-day annual meeting: the session date (Oct 21) is gold, not the "
      "meeting range; 'Dr.' before the name; 'Session:' number beside a registration ID; certificate generated "
      "date as distractor.",
      name="Aiyana Whitehorse",
      title="Cold Agglutinin Disease: Serologic Pitfalls and Transfusion Strategy",
      date="2024-10-21", credits=1.0, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="3207-TS")
def zg04():
    return setup(title="AABB session certificate") + r"""
$pdf->SetFillColor(138, 21, 56);
$pdf->Rect(0, 0, 612, 96, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 34);
$pdf->Text(54, 26, 'AABB');
$pdf->SetFont('helvetica', '', 11);
$pdf->Text(300, 30, 'AABB Annual Meeting 2024');
$pdf->SetFont('helvetica', '', 9);
$pdf->Text(300, 48, "October 19\u{2013}22, 2024 \u{00B7} Houston, Texas");
$pdf->SetTextColor(0, 0, 0);
$pdf->SetY(130);
$html = <<<'HTML'
<h1 style="font-family:times; font-size:26pt; font-weight:normal;">Session Attendance Certificate</h1>
<p style="font-size:10.5pt; color:#444444;">This record confirms attendance at the educational session below. It was produced
from the session scan and the completed evaluation.</p>
<br>
<table cellpadding="7" style="font-size:11pt;">
<tr><td width="150" style="color:#666666; border-bottom:0.5px solid #cccccc;">Attendee:</td>
    <td width="354" style="border-bottom:0.5px solid #cccccc;"><b>Dr. Aiyana Whitehorse</b></td></tr>
<tr><td style="color:#666666; border-bottom:0.5px solid #cccccc;">Registration ID:</td>
    <td style="border-bottom:0.5px solid #cccccc;">7712049</td></tr>
<tr><td style="color:#666666; border-bottom:0.5px solid #cccccc;">Session:</td>
    <td style="border-bottom:0.5px solid #cccccc;">3207-TS</td></tr>
<tr><td style="color:#666666; border-bottom:0.5px solid #cccccc;">Session Title:</td>
    <td style="border-bottom:0.5px solid #cccccc;">Cold Agglutinin Disease: Serologic Pitfalls and Transfusion Strategy</td></tr>
<tr><td style="color:#666666; border-bottom:0.5px solid #cccccc;">Session Date:</td>
    <td style="border-bottom:0.5px solid #cccccc;">Monday, October 21, 2024, 2:00&#8211;3:00 PM</td></tr>
<tr><td style="color:#666666; border-bottom:0.5px solid #cccccc;">Room:</td>
    <td style="border-bottom:0.5px solid #cccccc;">351D</td></tr>
<tr><td style="color:#666666; border-bottom:0.5px solid #cccccc;">Continuing Education:</td>
    <td style="border-bottom:0.5px solid #cccccc;">1.0 P.A.C.E.&#174; contact hour</td></tr>
<tr><td style="color:#666666; border-bottom:0.5px solid #cccccc;">Certificate generated:</td>
    <td style="border-bottom:0.5px solid #cccccc;">November 4, 2024</td></tr>
</table>
<br><br>
<p style="font-size:9pt; color:#333333;">The Association for the Advancement of Blood &amp; Biotherapies (AABB) is approved as a
provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&#174; Program.
Credit is recorded per session; this certificate covers one session only. Download certificates for other sessions
from the meeting app.</p>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->SetAutoPageBreak(false);
$pdf->SetDrawColor(138, 21, 56);
$pdf->SetLineWidth(1.5);
$pdf->Line(54, 740, 558, 740);
$pdf->SetFont('helvetica', '', 7.5);
$pdf->SetTextColor(90, 90, 90);
$pdf->Text(54, 746, 'Meeting attendance verification service');
"""


# --------------------------------------------------------------------------
@cert("zg13", "labce", "php-tcpdf",
      ["base:banner-logo", "portrait", "name-accents", "id-no-colon", "distractor-numbers", "provider-logo",
       "provider-accreditation-sentence", "title-wrap", "footer"],
      "Banner logo certificate; Spanish compound name with accents (no hyphen); 'Course 4502' without colon "
      "beside 'Customer #:'; no separate format line.",
      name="María José Fernández Ruiz",
      title="Blood Bank Antibody Identification: Advanced Panel Interpretation",
      date="2024-09-03", credits=2.0, unit="contact hour",
      provider=["LabCE"], activity_id="4502")
def zg13():
    return setup(title="LabCE certificate") + r"""
$pdf->SetFillColor(23, 43, 77);
$pdf->Rect(0, 0, 612, 118, 'F');
$pdf->SetFillColor(236, 125, 30);
$pdf->Rect(0, 118, 612, 6, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 40);
$pdf->Text(54, 30, 'Lab');
$w = $pdf->GetStringWidth('Lab');
$pdf->SetTextColor(236, 125, 30);
$pdf->Text(54 + $w, 30, 'CE');
$pdf->SetTextColor(210, 220, 235);
$pdf->SetFont('helvetica', '', 10);
$pdf->Text(56, 80, 'Continuing education for the clinical laboratory');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetY(170);
$html = <<<'HTML'
<p style="text-align:center; font-family:dejavuserif; font-size:28pt;">Certificate of Completion</p>
<p style="text-align:center; font-size:11pt; color:#555555;">presented to</p>
<p style="text-align:center; font-family:dejavuserif; font-size:24pt;"><b>María José Fernández Ruiz</b></p>
<p style="text-align:center; font-size:11pt; color:#555555;">who has successfully completed</p>
<p style="text-align:center; font-size:17pt;"><b>Blood Bank Antibody Identification: Advanced Panel Interpretation</b></p>
<br>
<table cellpadding="6" style="font-size:11pt;" align="center">
<tr><td width="130" align="center" style="border-top:1px solid #172b4d;">Course 4502</td>
    <td width="244" align="center" style="border-top:1px solid #172b4d;">Completion Date: September 3, 2024</td>
    <td width="130" align="center" style="border-top:1px solid #172b4d;">2.0 contact hours</td></tr>
</table>
<br><br>
<p style="text-align:center; font-size:9pt; color:#444444;">Customer #: 2210388 &#183; Level: Advanced &#183; Post-test score: 86%</p>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->SetY(640);
$foot = <<<'HTML'
<p style="font-size:8pt; color:#444444; text-align:center;">LabCE is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&#174; Program. This course is also accepted for
continuing education by state licensure boards that recognize P.A.C.E.&#174; credit.</p>
<p style="font-size:7.5pt; color:#777777; text-align:center;">www.labce.com &#183; certificate reprinted from the learner transcript</p>
HTML;
$pdf->writeHTML($foot, true, false, true, false, '');
"""


# --------------------------------------------------------------------------
@cert("zg23", "joint-accreditation", "php-tcpdf",
      ["base:transcript-statement", "portrait", "multi-credit", "claimed-vs-max", "page2-small-print", "name-accents",
       "name-hyphen", "name-credentials", "multi-date", "id-no-colon", "format-line-above", "distractor-numbers",
       "title-wrap", "footer", "provider-logo"],
      "Statement of credit from a jointly accredited provider: four credit types, laboratory row 1.25 claimed of "
      "1.5; release, expiration, completion and print dates; transcript number and UAN as distractors; "
      "accreditation statements on page 2.",
      name="Émile Gauthier-Roy",
      title="Opioid Stewardship and Toxicology Testing: Interpreting Urine Drug Screens and Confirmatory Results",
      date="2024-11-03", credits=1.25, unit="contact hour",
      provider=["Great Lakes Interprofessional Continuing Education", "GLICE"], activity_id="24-EM-0562")
def zg23():
    return setup(title="Statement of Credit", margins=(60, 54, 60)) + r"""
$pdf->SetFillColor(0, 92, 120);
$pdf->Rect(60, 50, 46, 46, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Text(63, 66, 'GLICE');
$pdf->SetTextColor(0, 92, 120);
$pdf->SetFont('helvetica', 'B', 14);
$pdf->Text(116, 52, 'Great Lakes Interprofessional Continuing Education');
$pdf->SetFont('helvetica', '', 9);
$pdf->Text(116, 72, 'Learner transcript service');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetY(118);
$html = <<<'HTML'
<h1 style="font-size:22pt; font-weight:normal;">Statement of Credit</h1>
<table cellpadding="4" style="font-size:10pt;">
<tr><td width="120" style="color:#666666;">Learner</td><td width="372"><b>Émile Gauthier-Roy, MLS(ASCP)</b></td></tr>
<tr><td style="color:#666666;">Profession</td><td>Medical laboratory scientist</td></tr>
<tr><td style="color:#666666;">Transcript no.</td><td>GL-0045127</td></tr>
</table>
<hr style="color:#005c78;">
<p style="font-size:8.5pt; color:#005c78; letter-spacing:2px;"><b>ENDURING MATERIAL</b></p>
<p style="font-size:15pt;"><b>Opioid Stewardship and Toxicology Testing: Interpreting Urine Drug Screens and Confirmatory Results</b></p>
<table cellpadding="4" style="font-size:10pt;">
<tr><td width="120" style="color:#666666;">Activity ID</td><td width="372">24-EM-0562</td></tr>
<tr><td style="color:#666666;">Release date</td><td>January 15, 2024</td></tr>
<tr><td style="color:#666666;">Expiration date</td><td>January 14, 2026</td></tr>
<tr><td style="color:#666666;">Date completed</td><td>November 3, 2024</td></tr>
</table>
<br><br>
<table cellpadding="6" style="font-size:10pt;">
<tr style="background-color:#005c78; color:#ffffff;"><td width="292"><b>Credit type</b></td><td width="100" align="center"><b>Maximum</b></td><td width="100" align="center"><b>Claimed</b></td></tr>
<tr><td style="border-bottom:0.5px solid #b8cdd6;">AMA PRA Category 1 Credits&#8482;</td><td align="center" style="border-bottom:0.5px solid #b8cdd6;">1.5</td><td align="center" style="border-bottom:0.5px solid #b8cdd6;">&#8212;</td></tr>
<tr><td style="border-bottom:0.5px solid #b8cdd6;">ANCC contact hours</td><td align="center" style="border-bottom:0.5px solid #b8cdd6;">1.5</td><td align="center" style="border-bottom:0.5px solid #b8cdd6;">&#8212;</td></tr>
<tr><td style="border-bottom:0.5px solid #b8cdd6;">ACPE contact hours (knowledge-based)</td><td align="center" style="border-bottom:0.5px solid #b8cdd6;">1.5</td><td align="center" style="border-bottom:0.5px solid #b8cdd6;">&#8212;</td></tr>
<tr><td style="border-bottom:0.5px solid #b8cdd6;">P.A.C.E.&#174; contact hours</td><td align="center" style="border-bottom:0.5px solid #b8cdd6;">1.5</td><td align="center" style="border-bottom:0.5px solid #b8cdd6;"><b>1.25</b></td></tr>
</table>
<br><br>
<p style="font-size:8.5pt; color:#444444;">Claimed values are those the learner attested to in the evaluation. Accreditation and
designation statements continue on page 2.</p>
HTML;
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->SetAutoPageBreak(false);
$pdf->SetFont('helvetica', '', 7.5);
$pdf->SetTextColor(110, 110, 110);
$pdf->Text(60, 742, 'Statement printed 11/05/2024');
$pdf->Text(500, 742, 'Page 1 of 2');
$pdf->SetAutoPageBreak(true, 54);
$pdf->AddPage();
$pdf->SetTextColor(0, 0, 0);
$small = <<<'HTML'
<p style="font-size:9pt;"><b>Accreditation and credit designation</b></p>
<p style="font-size:7.5pt; color:#333333;">In support of improving patient care, Great Lakes Interprofessional Continuing Education is
jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy
Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.</p>
<p style="font-size:7.5pt; color:#333333;">Physicians: GLICE designates this enduring material for a maximum of 1.5 AMA PRA Category 1
Credits&#8482;. Physicians should claim only the credit commensurate with the extent of their participation in the activity.</p>
<p style="font-size:7.5pt; color:#333333;">Nurses: this activity is approved for 1.5 ANCC contact hours. Pharmacists: this knowledge-based
activity is approved for 1.5 contact hours (0.15 CEU); UAN JA4008123-9999-24-221-H08-P.</p>
<p style="font-size:7.5pt; color:#333333;">Laboratory professionals: Great Lakes Interprofessional Continuing Education is approved as a
provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&#174; Program. A maximum of 1.5
contact hours is available.</p>
<p style="font-size:7.5pt; color:#333333;">Credit for this enduring material may be claimed until the expiration date shown on page 1.
Statements may be reprinted from the learner transcript; reprints carry the original completion date.</p>
HTML;
$pdf->writeHTML($small, true, false, true, false, '');
$pdf->SetAutoPageBreak(false);
$pdf->SetFont('helvetica', '', 7.5);
$pdf->SetTextColor(110, 110, 110);
$pdf->Text(500, 742, 'Page 2 of 2');
"""


# --------------------------------------------------------------------------
@cert("zg35", "asm", "php-tcpdf",
      ["base:two-column-sidebar", "portrait", "two-column", "session-at-conference", "name-accents", "name-hyphen",
       "multi-date", "id-colon", "distractor-numbers", "provider-logo", "title-wrap", "date-range"],
      "Pre-meeting workshop at a five-day meeting: session date (June 13) is gold; sidebar with meeting dates, "
      "badge number and issue date placed below the main text; 'Session ID:' is the activity ID.",
      name="Linnea Bergström-Hale",
      title="Clinical Microbiology Workshop: Fungal Identification by MALDI-TOF and Sequencing",
      date="2024-06-13", credits=3.0, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"], activity_id="WS12")
def zg35():
    return setup(title="Workshop certificate", margins=(0, 0, 0), autobreak=0) + r"""
$pdf->SetFillColor(14, 74, 110);
$pdf->Rect(0, 0, 176, 792, 'F');
$pdf->SetFillColor(127, 191, 63);
$pdf->Rect(176, 0, 5, 792, 'F');
$pdf->SetDrawColor(255, 255, 255);
$pdf->SetLineWidth(1.2);
$pdf->Circle(88, 110, 40);
$pdf->Circle(88, 110, 22);
$pdf->SetFillColor(255, 255, 255);
$pdf->Circle(88, 110, 6, 0, 360, 'F');
$side = <<<'HTML'
<p style="color:#a9d18e; font-size:7.5pt; letter-spacing:1.5px;">MEETING</p>
<p style="color:#ffffff; font-size:10pt;">ASM Microbe 2024<br>June 13&#8211;17, 2024<br>Atlanta, Georgia</p>
<p style="color:#a9d18e; font-size:7.5pt; letter-spacing:1.5px;">BADGE</p>
<p style="color:#ffffff; font-size:10pt;">40-17735</p>
<p style="color:#a9d18e; font-size:7.5pt; letter-spacing:1.5px;">ISSUED</p>
<p style="color:#ffffff; font-size:10pt;">June 28, 2024</p>
HTML;
$pdf->writeHTMLCell(130, 0, 26, 520, $side, 0, 1, false, true, 'L', true);
$main = <<<'HTML'
<p style="font-size:11pt; color:#0e4a6e;"><b>American Society for Microbiology</b></p>
<p style="font-size:30pt; color:#0e4a6e;"><b>ASM</b></p>
<br>
<p style="font-family:times; font-size:28pt;">Certificate of Attendance</p>
<p style="font-size:10.5pt; color:#555555;">This is to certify that</p>
<p style="font-family:times; font-size:24pt;">Linnea Bergström-Hale</p>
<p style="font-size:10.5pt; color:#555555;">attended the pre-meeting workshop</p>
<p style="font-size:16pt;"><b>Clinical Microbiology Workshop: Fungal Identification by MALDI-TOF and Sequencing</b></p>
<p style="font-size:10.5pt;">Thursday, June 13, 2024 &#183; 8:00 AM&#8211;12:00 PM</p>
<p style="font-size:10.5pt;">Session ID: WS12</p>
<p style="font-size:12pt;"><b>3.0 P.A.C.E.&#174; contact hours</b></p>
HTML;
$pdf->writeHTMLCell(360, 0, 214, 70, $main, 0, 1, false, true, 'L', true);
$pdf->SetDrawColor(0, 0, 0);
$pdf->SetLineWidth(0.6);
$pdf->Line(214, 660, 420, 660);
$pdf->SetFont('times', 'I', 17);
$pdf->Text(218, 636, 'Oksana Reyes-Lindqvist');
$pdf->SetFont('helvetica', '', 8);
$pdf->Text(214, 664, 'Oksana Reyes-Lindqvist, PhD, D(ABMM)');
$pdf->Text(214, 675, 'Chair, Clinical Microbiology Workshops');
$pdf->SetFont('helvetica', '', 7.5);
$pdf->SetTextColor(80, 80, 80);
$pdf->writeHTMLCell(360, 0, 214, 712, '<p style="font-size:7.5pt; color:#555555;">This workshop is approved for P.A.C.E.&#174; contact hours. Attendance was recorded by badge scan at entry and exit.</p>', 0, 1, false, true, 'L', true);
"""
