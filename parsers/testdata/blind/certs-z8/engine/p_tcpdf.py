"""zh20-zh23: PHP scripts using TCPDF (UTF-8, DejaVu and core fonts)."""
from .common import cert, php_pdf

HEAD = r"""<?php
require_once '/usr/share/php/tcpdf/tcpdf.php';
function mk($orient) {
    $pdf = new TCPDF($orient, 'mm', 'LETTER', true, 'UTF-8', false);
    $pdf->setPrintHeader(false);
    $pdf->setPrintFooter(false);
    $pdf->SetCreator('TCPDF');
    $pdf->SetAutoPageBreak(false, 0);
    $pdf->SetMargins(0, 0, 0);
    return $pdf;
}
"""
TAIL = "\n$pdf->Output($argv[1], 'F');\n"


def php(cid, body):
    php_pdf(cid, HEAD + body + TAIL)


# ---------------------------------------------------------------- zh20 joint accreditation, landscape credit table
ZH20 = r"""
$pdf = mk('L');
$pdf->SetTitle('Certificate of Completion');
$pdf->AddPage();
$pdf->SetFillColor(38, 70, 83);
$pdf->Rect(0, 0, 279.4, 18, 'F');
$pdf->SetFillColor(233, 196, 106);
$pdf->Rect(0, 18, 279.4, 1.5, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavusans', 'B', 14);
$pdf->SetXY(14, 5); $pdf->Cell(170, 8, 'Ardent Medical Education Partners', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 8);
$pdf->SetXY(180, 5); $pdf->Cell(85, 8, 'Learner transcript · Activity # AMEP-24-0615', 0, 0, 'R');
$pdf->SetTextColor(38, 70, 83);
$lines = [
  [30, 'dejavuserif', '', 24, 'CERTIFICATE OF COMPLETION', [38, 70, 83]],
  [44, 'dejavusans', '', 10, 'This certifies that', [102, 102, 102]],
  [51, 'dejavuserif', 'B', 21, 'Zoë Lefèvre, MLS(ASCP)', [26, 26, 26]],
  [63, 'dejavusans', '', 10, 'has completed the accredited activity', [102, 102, 102]],
  [70, 'dejavuserif', 'B', 15, 'Pharmacogenomic Testing in Practice:', [38, 70, 83]],
  [77.5, 'dejavuserif', 'B', 15, 'From Genotype Report to Prescribing Decision', [38, 70, 83]],
  [86, 'dejavusans', '', 9.5, 'Enduring Material', [181, 101, 29]],
];
foreach ($lines as $l) {
    $pdf->SetFont($l[1], $l[2], $l[3]);
    $pdf->SetTextColor($l[5][0], $l[5][1], $l[5][2]);
    $pdf->SetXY(14, $l[0]);
    $pdf->Cell(251.4, 7, $l[4], 0, 0, 'C');
}
$tbl = <<<EOD
<table cellpadding="4" border="0.5" style="border-color:#9aa9ad;font-size:9pt;">
<tr style="background-color:#e9eff1;font-weight:bold;"><td width="62%">Credit type</td><td width="19%" align="center">Designated</td><td width="19%" align="center">Claimed</td></tr>
<tr><td><i>AMA PRA Category 1 Credits</i>™</td><td align="center">2.00</td><td align="center">0.00</td></tr>
<tr><td>ANCC nursing contact hours (0.75 in pharmacotherapeutics)</td><td align="center">2.00</td><td align="center">0.00</td></tr>
<tr><td>ACPE knowledge-based contact hours (0.2 CEU)</td><td align="center">2.00</td><td align="center">0.00</td></tr>
<tr><td>ASCLS P.A.C.E.® contact hours</td><td align="center">2.00</td><td align="center"><b>2.00</b></td></tr>
</table>
EOD;
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetTextColor(30, 30, 30);
$pdf->writeHTMLCell(150, 0, 64.7, 97, $tbl, 0, 1);
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->SetXY(14, 145); $pdf->Cell(251.4, 5, 'Date of completion: 2024-12-05          Release date: 2024-06-01          Termination date: 2025-05-31', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 7.2);
$pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(24, 155);
$pdf->MultiCell(231.4, 0, 'In support of improving patient care, Ardent Medical Education Partners (AMEP) is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. AMEP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Each learner may claim one credit type for this activity; the claimed column reflects the selection made when the evaluation was submitted.', 0, 'C');
$pdf->SetDrawColor(60, 60, 60);
$pdf->Line(40, 190, 110, 190);
$pdf->Line(169.4, 190, 239.4, 190);
$pdf->SetFont('dejavusans', '', 8);
$pdf->SetTextColor(30, 30, 30);
$pdf->SetXY(40, 191); $pdf->MultiCell(70, 0, "Beatriz Olawale-Sunde, PharmD\nDirector, Accreditation", 0, 'C');
$pdf->SetXY(169.4, 191); $pdf->MultiCell(70, 0, "Nikolai Brandt, MD, MPH\nMedical Director", 0, 'C');
$pdf->SetFont('dejavusans', '', 6.5);
$pdf->SetTextColor(130, 130, 130);
$pdf->SetXY(14, 206); $pdf->Cell(251.4, 4, 'Certificate serial 7740-1120-AMEP · Generated 2024-12-05 21:07 UTC', 0, 0, 'C');
"""


def build_zh20():
    php("zh20", ZH20)


# ---------------------------------------------------------------- zh21 ASCP learning portal export with page 2
ZH21 = r"""
$pdf = mk('P');
$pdf->AddPage();
$pdf->SetFillColor(245, 245, 245);
$pdf->Rect(0, 0, 215.9, 30, 'F');
$pdf->SetFillColor(122, 31, 43);
$pdf->Rect(0, 30, 215.9, 1.2, 'F');
$pdf->SetFont('helvetica', 'B', 22); $pdf->SetTextColor(122, 31, 43);
$pdf->SetXY(18, 8); $pdf->Cell(40, 12, 'ASCP', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 9); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(18, 19); $pdf->Cell(100, 5, 'Learning Portal  |  My Transcript  |  Certificates', 0, 0, 'L');
$pdf->SetXY(120, 12); $pdf->MultiCell(78, 0, "Order Number 9001234\nExported 2025-03-04 09:26", 0, 'R');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('helvetica', '', 20);
$pdf->SetXY(18, 44); $pdf->Cell(180, 10, 'Certificate of Completion', 0, 0, 'L');
$html = <<<EOD
<table cellpadding="5" style="font-size:10pt;">
<tr><td width="30%" style="color:#777777;">Learner</td><td width="70%"><b>Kwame Mensah, MLS(ASCP)<sup>CM</sup>, SBB(ASCP)<sup>CM</sup></b></td></tr>
<tr><td style="color:#777777;">Activity No.</td><td>8841</td></tr>
<tr><td style="color:#777777;">Completed</td><td>2025-02-18</td></tr>
<tr><td style="color:#777777;">Credit claimed on</td><td>2025-02-20</td></tr>
<tr><td style="color:#777777;">Credits available</td><td>3.0 CMLE</td></tr>
<tr><td style="color:#777777;">Credits claimed</td><td><b>2.5 CMLE</b></td></tr>
</table>
EOD;
$pdf->SetFont('helvetica', 'B', 8.5); $pdf->SetTextColor(122, 31, 43);
$pdf->SetXY(18, 62); $pdf->Cell(180, 5, 'Self-Study', 0, 0, 'L');
$pdf->SetFont('times', 'B', 15); $pdf->SetTextColor(20, 20, 20);
$pdf->SetXY(18, 68); $pdf->MultiCell(175, 0, "Lab Management University: Budgeting and Financial Management for the Clinical Laboratory", 0, 'L');
$pdf->SetFont('helvetica', '', 10);
$pdf->writeHTMLCell(175, 0, 18, 88, $html, 0, 1);
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(18, 145);
$pdf->MultiCell(178, 0, "You claimed fewer credits than the maximum available because one of the six modules was not completed. Additional credit can be claimed until the activity expires on 2026-01-31; a new certificate will then be generated.", 0, 'L');
$pdf->SetDrawColor(120, 120, 120);
$pdf->Line(18, 236, 88, 236);
$pdf->SetXY(18, 237); $pdf->MultiCell(90, 0, "Odalys Renfro-Kim, MBA, MLS(ASCP)\nDirector, Professional Development", 0, 'L');
$pdf->SetFont('helvetica', '', 7); $pdf->SetTextColor(130, 130, 130);
$pdf->SetXY(18, 262); $pdf->Cell(180, 4, 'American Society for Clinical Pathology  ·  Page 1 of 2', 0, 0, 'C');

$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 10); $pdf->SetTextColor(122, 31, 43);
$pdf->SetXY(18, 18); $pdf->Cell(180, 6, 'Accreditation and credit information', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(50, 50, 50);
$pdf->SetXY(18, 27);
$pdf->MultiCell(178, 0, "The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians. ASCP designates this enduring material for a maximum of 3.0 AMA PRA Category 1 Credits(TM); physicians should claim only the credit commensurate with the extent of their participation.\n\nASCP CMLE credit is accepted by the ASCP Board of Certification (BOC) for the Credential Maintenance Program and by most state licensure boards. ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E. Program.\n\nPrivacy: your transcript is visible only to you and, if you opted in, to your employer's learning administrator. Certificates exported from the Learning Portal carry the date of export, which is not the completion date.", 0, 'L');
$pdf->SetFont('helvetica', '', 7); $pdf->SetTextColor(130, 130, 130);
$pdf->SetXY(18, 262); $pdf->Cell(180, 4, 'American Society for Clinical Pathology  ·  Page 2 of 2', 0, 0, 'C');
"""


def build_zh21():
    php("zh21", ZH21)


# ---------------------------------------------------------------- zh22 hospital in-service with right sidebar
ZH22 = r"""
$pdf = mk('P');
$pdf->AddPage();
// right sidebar
$pdf->SetFillColor(236, 242, 248);
$pdf->Rect(150, 0, 65.9, 279.4, 'F');
$pdf->SetFillColor(31, 78, 121);
$pdf->Rect(150, 0, 2, 279.4, 'F');
$pdf->SetTextColor(31, 78, 121);
$pdf->SetFont('dejavusans', 'B', 8.5);
$pdf->SetXY(157, 150); $pdf->Cell(55, 5, 'EDUCATION COMMITTEE', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(157, 157);
$pdf->MultiCell(52, 0, "Chair: Odette Villanueva, MS, MLS(ASCP)\nMicrobiology: Farid Haddad, MB(ASCP)\nBlood Bank: Greta Lindahl, BB(ASCP)\nCore Lab: Tomasz Wrona, MLS(ASCP)\nQuality: Adaeze Obi, MLS(ASCP)CM", 0, 'L');
$pdf->SetFont('dejavusans', 'B', 8.5); $pdf->SetTextColor(31, 78, 121);
$pdf->SetXY(157, 200); $pdf->Cell(55, 5, 'RECORD DETAILS', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(157, 207);
$pdf->MultiCell(52, 0, "Employee ID 104882\nSign-in sheet verified 07/18/2024\nRoster page 2 of 3\nHR learning code EDU-LAB", 0, 'L');
// main column
$pdf->SetTextColor(31, 78, 121);
$pdf->SetFont('dejavuserif', 'B', 18);
$pdf->SetXY(16, 20); $pdf->Cell(130, 9, 'Harbor Crest Medical Center', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->SetXY(16, 30); $pdf->Cell(130, 5, 'Clinical Laboratory Education Committee', 0, 0, 'L');
$pdf->SetDrawColor(31, 78, 121); $pdf->SetLineWidth(0.5);
$pdf->Line(16, 38, 140, 38);
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavusans', '', 16);
$pdf->SetXY(16, 50); $pdf->Cell(130, 8, 'In-Service Attendance Certificate', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 9); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(16, 66); $pdf->Cell(130, 5, 'This is to acknowledge that', 0, 0, 'L');
$pdf->SetFont('dejavuserif', 'B', 20); $pdf->SetTextColor(20, 20, 20);
$pdf->SetXY(16, 73); $pdf->Cell(130, 10, 'Ana-Lucía Ferreira', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 9); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(16, 87); $pdf->Cell(130, 5, 'attended the laboratory in-service', 0, 0, 'L');
$pdf->SetFont('dejavuserif', 'B', 13.5); $pdf->SetTextColor(31, 78, 121);
$pdf->SetXY(16, 95); $pdf->MultiCell(126, 0, 'Grand Rounds: Blood Culture Contamination — Root Causes and Practical Fixes', 0, 'L');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetTextColor(30, 30, 30);
$y = 118;
foreach ([['In-service date', '07/16/2024'], ['Class #', 'LAB-IS-0716'], ['CE hours', '1.0'], ['Presenter', 'Wendell Achterberg, MD, Infectious Diseases']] as $r) {
    $pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(110, 110, 110);
    $pdf->SetXY(16, $y); $pdf->Cell(35, 5, $r[0], 0, 0, 'L');
    $pdf->SetFont('dejavusans', 'B', 10); $pdf->SetTextColor(30, 30, 30);
    $pdf->SetXY(52, $y); $pdf->Cell(92, 5, $r[1], 0, 0, 'L');
    $y += 8;
}
$pdf->SetFont('dejavusans', '', 7.8); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(16, 158);
$pdf->MultiCell(126, 0, "Harbor Crest Medical Center, through its Clinical Laboratory Education Committee, offers in-service education that is accepted for continuing education by the state clinical laboratory licensing board. One CE hour corresponds to sixty minutes of instruction. Attendance is confirmed against the sign-in sheet before a certificate is released.", 0, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.2);
$pdf->Line(16, 232, 80, 232);
$pdf->SetFont('dejavusans', '', 8); $pdf->SetTextColor(30, 30, 30);
$pdf->SetXY(16, 233); $pdf->MultiCell(70, 0, "Odette Villanueva, MS, MLS(ASCP)\nChair, Education Committee", 0, 'L');
"""


def build_zh22():
    php("zh22", ZH22)


# ---------------------------------------------------------------- zh23 P.A.C.E. provider letter
ZH23 = r"""
$pdf = mk('P');
$pdf->SetMargins(25, 20, 25);
$pdf->AddPage();
$pdf->SetFont('times', 'B', 17); $pdf->SetTextColor(120, 72, 0);
$pdf->SetXY(25, 18); $pdf->Cell(165.9, 8, 'Prairie Sky Laboratory Professionals Consortium', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(100, 100, 100);
$pdf->SetXY(25, 27); $pdf->Cell(165.9, 5, '410 Cottonwood Avenue, Suite 12  ·  Larkspur Junction  ·  continuing education for laboratory professionals since 1998', 0, 0, 'L');
$pdf->SetDrawColor(120, 72, 0); $pdf->SetLineWidth(0.6);
$pdf->Line(25, 34, 190.9, 34);
$letter = <<<EOD
<p>March 24, 2025</p>
<p>Chinedu P. Okafor Sr., MLS(ASCP)<br/>Clinical Chemistry, Whitmore Valley Medical Center<br/>88 Granary Road<br/>Larkspur Junction</p>
<p>Dear Mr. Okafor,</p>
<p style="text-align:justify">Thank you for taking part in our spring continuing education offering. This letter serves as your certificate of
attendance; our records show that you were logged in for the full program and completed the evaluation on March 17, 2025.</p>
<table cellpadding="3" style="background-color:#fbf6ee;border:0.3px solid #c9a66b;">
<tr><td width="100%"><span style="font-size:8.5pt;color:#8a5a00;">Virtual Session</span><br/><b style="font-size:12pt;">Hemoglobin Variants and HbA1c Interference: What the Chemistry Laboratory Needs to Know</b><br/>
Saturday, 15 March 2025 (Offering # 25-0315-H) &nbsp;·&nbsp; 2.0 P.A.C.E.® contact hours &nbsp;·&nbsp; Level: intermediate</td></tr>
</table>
<p style="text-align:justify">Prairie Sky Laboratory Professionals Consortium is approved as a provider of continuing education programs in the
clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Please retain this letter with your professional records. If you need the
session slides, reply to this letter and reference your attendee number, 2207.</p>
<p>Cordially,</p>
<p><br/>Marguerite Doucet-Ansah, MS, MLS(ASCP)<br/>Continuing Education Coordinator</p>
EOD;
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('times', '', 11);
$pdf->writeHTMLCell(165.9, 0, 25, 44, $letter, 0, 1);
$pdf->SetFont('helvetica', '', 7); $pdf->SetTextColor(130, 130, 130);
$pdf->SetXY(25, 262); $pdf->Cell(165.9, 4, 'PSLPC is a nonprofit educational consortium. Attendance records are kept for five years.', 0, 0, 'C');
"""


def build_zh23():
    php("zh23", ZH23)


CERTS = [
    cert("zh20", "joint-accreditation", "php-tcpdf",
         ["cme-credit-table", "landscape", "wrapped-title", "format-line", "multi-credit", "max-vs-claimed",
          "provider-accreditation-sentence", "name-accent", "name-credentials", "multi-date", "id-no-colon",
          "distractor-ids", "signature", "footer"],
         "Landscape joint-accreditation certificate; AMA/ANCC/ACPE (with 0.2 CEU) designated 2.00 but claimed 0.00, P.A.C.E. claimed 2.00; release/termination/generated dates; serial no.",
         "Zoë Lefèvre", "Pharmacogenomic Testing in Practice: From Genotype Report to Prescribing Decision",
         "2024-12-05", 2.0, "contact hour", ["Ardent Medical Education Partners", "AMEP"], "AMEP-24-0615", build_zh20),
    cert("zh21", "ASCP", "php-tcpdf",
         ["lms-export", "label-value", "format-line", "wrapped-title", "page2-smallprint", "provider-logo-heading",
          "name-credentials", "multi-date", "multi-credit", "max-vs-claimed", "id-no-colon", "distractor-ids", "signature", "footer"],
         "Learning-portal export: Self-Study above a wrapped title; 3.0 CMLE available vs 2.5 claimed; completion vs claim vs export vs expiry dates; order number; page 2 AMA PRA statement.",
         "Kwame Mensah", "Lab Management University: Budgeting and Financial Management for the Clinical Laboratory",
         "2025-02-18", 2.5, "CMLE", ["American Society for Clinical Pathology", "ASCP"], "8841", build_zh21),
    cert("zh22", "hospital-inservice", "php-tcpdf",
         ["sidebar", "label-value", "provider-department", "name-accent", "name-hyphen", "multi-date", "id-no-colon",
          "distractor-ids", "signature"],
         "Right sidebar with committee roster, employee ID and sign-in verification date; 'Grand Rounds:' series prefix is part of the title; class number.",
         "Ana-Lucía Ferreira", "Grand Rounds: Blood Culture Contamination — Root Causes and Practical Fixes",
         "2024-07-16", 1.0, "CE hour",
         ["Harbor Crest Medical Center", "Harbor Crest Medical Center, Clinical Laboratory Education Committee"],
         "LAB-IS-0716", build_zh22),
    cert("zh23", "PACE-provider", "php-tcpdf",
         ["letter", "format-line", "provider-logo-heading", "name-suffix", "name-credentials", "multi-date",
          "id-parens", "distractor-ids", "signature", "footer"],
         "Attendance letter; Virtual Session above the title in a boxed panel; letter date and evaluation date as distractors; attendee number; offering number in parentheses.",
         "Chinedu P. Okafor Sr.", "Hemoglobin Variants and HbA1c Interference: What the Chemistry Laboratory Needs to Know",
         "2025-03-15", 2.0, "contact hour", ["Prairie Sky Laboratory Professionals Consortium", "PSLPC"], "25-0315-H", build_zh23),
]
