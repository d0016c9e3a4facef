<?php
$D = json_decode('{}', true);
$OUT = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(20, 18, 20); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(18, 32, 58); $pdf->Rect(0, 0, 279.4, 42, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 22); $pdf->SetXY(20, 12); $pdf->Cell(150, 10, 'Helixon Molecular, Inc.', 0, 2, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->Cell(150, 6, 'Scientific Affairs · Laboratory Education Series', 0, 0, 'L');
$pdf->SetTextColor(255, 196, 0); $pdf->SetFont('helvetica', 'B', 11);
$pdf->SetXY(190, 16); $pdf->Cell(70, 8, 'LIVE WEBINAR', 1, 0, 'C');
$pdf->SetTextColor(20, 20, 20);
$html = <<<EOT
<p style="font-size:11pt;color:#555;">CERTIFICATE OF PARTICIPATION</p>
<p style="font-size:24pt;font-weight:bold;">Samira Haddad-Eriksen</p>
<p style="font-size:11pt;">participated in the accredited educational webinar</p>
EOT;
$pdf->writeHTMLCell(140, 0, 20, 52, $html, 0, 1);
$pdf->SetFont('helvetica', 'B', 16); $pdf->SetTextColor(18, 32, 58);
$pdf->SetXY(20, 100);
$pdf->MultiCell(200, 0, 'Sepsis Biomarkers in Practice: Procalcitonin, Lactate, and the Role of the Laboratory in Early Recognition', 0, 'L');
$pdf->SetFillColor(240, 243, 248);
$pdf->Rect(160, 50, 100, 42, 'F');
$items = array(array('DATE', 'November 5, 2025', 165, 55), array('ACTIVITY NO.', 'HXM-WB-1105', 212, 55),
               array('CREDIT', '1.0 contact hour', 165, 73), array('REGISTRATION NO.', '4471-0923', 212, 73));
foreach ($items as $it) {
  $pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(100, 100, 100);
  $pdf->SetXY($it[2], $it[3]); $pdf->Cell(45, 4, $it[0], 0, 2, 'L');
  $pdf->SetFont('helvetica', 'B', 11); $pdf->SetTextColor(20, 20, 20);
  $pdf->Cell(45, 6, $it[1], 0, 0, 'L');
}
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(20, 150);
$pdf->MultiCell(240, 0, 'Helixon Molecular, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This webinar is approved for 1.0 contact hour at the intermediate level. Content was developed independently of Helixon product marketing; no product claims are made. Attendance was verified by webinar log-in duration (minimum 50 minutes) and completion of the evaluation.', 0, 'L');
$pdf->SetDrawColor(0, 0, 0); $pdf->Line(20, 190, 90, 190);
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetXY(20, 191); $pdf->MultiCell(90, 0, "Dr. Konstantin Vaarala\nDirector, Scientific Affairs", 0, 'L');
$pdf->Output($OUT, 'F');
