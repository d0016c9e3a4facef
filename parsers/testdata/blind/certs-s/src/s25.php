<?php
$D = json_decode('{}', true);
$OUT = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'in', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(1, 0.9, 1); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
// seal top right
$pdf->SetFillColor(120, 20, 60); $pdf->Circle(7.2, 1.15, 0.55, 0, 360, 'F');
$pdf->SetFillColor(255, 255, 255); $pdf->Circle(7.2, 1.15, 0.45, 0, 360, 'F');
$pdf->SetTextColor(120, 20, 60); $pdf->SetFont('times', 'B', 11);
$pdf->SetXY(6.7, 1.0); $pdf->Cell(1.0, 0.3, 'GRH', 0, 0, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('times', 'B', 20); $pdf->SetXY(1, 0.9); $pdf->Cell(5.5, 0.35, 'Granite Ridge Health', 0, 2, 'L');
$pdf->SetFont('times', 'I', 12); $pdf->Cell(5.5, 0.25, 'Laboratory Education Services', 0, 2, 'L');
$pdf->SetFont('helvetica', '', 8.5); $pdf->Cell(5.5, 0.2, 'ASCLS P.A.C.E.® Provider No. 562', 0, 2, 'L');
$pdf->SetDrawColor(120, 20, 60); $pdf->SetLineWidth(0.02); $pdf->Line(1, 1.85, 7.5, 1.85);
$pdf->SetFont('times', '', 12);
$html = <<<EOT
<p style="font-size:22pt;text-align:center;">Continuing Education Certificate</p>
<p style="text-align:center;">Granite Ridge Health, Laboratory Education Services, certifies that</p>
<p style="text-align:center;font-size:19pt;font-weight:bold;">Caleb Oduya-Fischer, MLS(ASCP)</p>
<p style="text-align:center;">attended the live session</p>
<p style="text-align:center;font-size:15pt;font-style:italic;">Microbiology Bench Rounds: Gram Stain Interpretation of Positive Blood Cultures</p>
EOT;
$pdf->writeHTMLCell(6.5, 0, 1, 2.2, $html, 0, 1);
$y = 5.4;
$rows = array(array('Session date', 'January 14, 2026'), array('P.A.C.E.® Course No.', '562-114-26'),
              array('Level / format', 'Intermediate; live, interactive (in person and video link)'),
              array('Contact hours awarded', '1.0'), array('Employee no.', '0088315'));
foreach ($rows as $r) {
  $pdf->SetFont('helvetica', 'B', 10); $pdf->SetXY(1.5, $y); $pdf->Cell(2.0, 0.25, $r[0], 'B', 0, 'L');
  $pdf->SetFont('helvetica', '', 10); $pdf->Cell(3.5, 0.25, $r[1], 'B', 0, 'L');
  $y += 0.3;
}
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetXY(1, 7.4);
$pdf->MultiCell(6.5, 0, 'Granite Ridge Health, Laboratory Education Services, is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Learners must attend the entire session and complete the evaluation to receive credit.', 0, 'C');
$pdf->Line(1.2, 9.1, 3.7, 9.1); $pdf->Line(4.8, 9.1, 7.3, 9.1);
$pdf->SetXY(1.2, 9.15); $pdf->MultiCell(2.8, 0, "Rosalind Tchakarova, MS, MLS(ASCP)CM\nP.A.C.E.® Program Coordinator", 0, 'L');
$pdf->SetXY(4.8, 9.15); $pdf->MultiCell(2.8, 0, "Date signed: 01/21/2026\nCertificate ID 562-26-01987", 0, 'L');
$pdf->Output($OUT, 'F');
