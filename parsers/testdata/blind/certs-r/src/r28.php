<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(230, 126, 34); $pdf->Rect(0, 0, 8, 279.4, 'F');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('Courier', 'B', 22); $pdf->SetXY(25, 25); $pdf->Cell(160, 10, 'ClinEdge Learning', 0, 1);
$pdf->SetFont('Helvetica', '', 9); $pdf->SetX(25); $pdf->Cell(160, 5, 'ClinEdge Learning, LLC  |  Asheville, NC  |  support@clinedge.example', 0, 1);
$pdf->SetFont('Helvetica', 'B', 20); $pdf->SetXY(25, 60); $pdf->Cell(160, 10, 'Certificate of Continuing Education', 0, 1);
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(25, 78); $pdf->Cell(160, 7, 'Issued to', 0, 1);
$pdf->SetFont('Helvetica', 'B', 18); $pdf->SetX(25); $pdf->Cell(160, 10, t('Jonathan P. Whitaker II'), 0, 1);
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(25, 104); $pdf->Cell(160, 7, 'for successful completion of', 0, 1);
$pdf->SetFont('Helvetica', 'I', 10); $pdf->SetTextColor(230, 126, 34); $pdf->SetX(25); $pdf->Cell(160, 6, 'Self-Study', 0, 1);
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('Times', 'B', 17); $pdf->SetX(25); $pdf->MultiCell(165, 8, t('Transfusion Reactions: Recognition, Workup, and Reporting'), 0, 'L');
$y = $pdf->GetY() + 12;
$rows = array(array('Course #', 'CE-TR-220'), array('Date completed', '10/02/2025'), array('Post-test score', '90%'),
              array('Contact hours (P.A.C.E.)', '2.0'), array('Order no.', '55120-77'),
              array('State license no.', 'CA CLS 00071836'));
$pdf->SetFont('Helvetica', '', 11);
foreach ($rows as $r) {
  $pdf->SetXY(25, $y); $pdf->Cell(60, 7, t($r[0]), 0, 0); $pdf->SetFont('Helvetica', 'B', 11);
  $pdf->Cell(80, 7, t($r[1]), 0, 1); $pdf->SetFont('Helvetica', '', 11); $y += 8;
}
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(25, 215);
$pdf->MultiCell(165, 4.6, t('ClinEdge Learning, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course is intended for laboratory professionals at the intermediate level.'), 0, 'L');
$pdf->Output('F', $argv[1]);
