<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(88, 24, 69);
$pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, 196, 259.4);
$pdf->SetLineWidth(0.3); $pdf->Rect(13, 13, 190, 253.4);
$pdf->SetTextColor(88, 24, 69);
$pdf->SetFont('Times', 'B', 17);
$pdf->SetXY(20, 24); $pdf->Cell(176, 8, 'Acadiana Clinical Laboratory Society', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13);
$pdf->SetX(20); $pdf->Cell(176, 7, t('Société acadienne des sciences de laboratoire clinique'), 0, 1, 'C');
$pdf->SetFont('Times', '', 10);
$pdf->SetX(20); $pdf->Cell(176, 6, t('ACLaS · Lafayette, Louisiana'), 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', '', 24);
$pdf->SetXY(20, 60); $pdf->Cell(176, 11, 'Certificate of Attendance', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 18);
$pdf->SetX(20); $pdf->Cell(176, 9, 'Attestation de participation', 0, 1, 'C');
$pdf->Ln(8);
$pdf->SetFont('Times', '', 12);
$pdf->SetX(20); $pdf->Cell(176, 7, t('This is to certify that / Nous attestons que'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24);
$pdf->SetX(20); $pdf->Cell(176, 14, t('Marie-Claude Thibodeaux'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12);
$pdf->SetX(20); $pdf->Cell(176, 7, t('attended the session / a assisté à la séance'), 0, 1, 'C');
$pdf->Ln(3);
$pdf->SetFont('Times', 'B', 16);
$pdf->SetX(30); $pdf->MultiCell(156, 8, t('“Hemostasis Case Studies: Interpreting Mixing Studies and Factor Assays”'), 0, 'C');
$pdf->Ln(10);
$rows = array(
  array(t("Activity No. / N° d'activité :"), 'ACLaS-25-117'),
  array('Date :', t('November 7, 2025 / le 7 novembre 2025')),
  array(t('Contact hours / Heures de contact :'), t('1.5 P.A.C.E.®')),
  array(t('Member ID / N° de membre :'), '30-0612'),
);
foreach ($rows as $r) {
  $pdf->SetX(28);
  $pdf->SetFont('Times', 'B', 11.5); $pdf->Cell(74, 8, $r[0], 0, 0, 'R');
  $pdf->SetFont('Times', '', 11.5);  $pdf->Cell(90, 8, '  ' . $r[1], 0, 1, 'L');
}
$pdf->SetXY(24, 200);
$pdf->SetFont('Times', '', 9);
$pdf->MultiCell(168, 4.4, t('The Acadiana Clinical Laboratory Society is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$pdf->Ln(1.5);
$pdf->SetX(24);
$pdf->SetFont('Times', 'I', 9);
$pdf->MultiCell(168, 4.4, t("La Société acadienne des sciences de laboratoire clinique est reconnue comme fournisseur de formation continue en sciences de laboratoire clinique par le programme ASCLS P.A.C.E.®."), 0, 'C');
$pdf->SetDrawColor(30, 30, 30); $pdf->SetLineWidth(0.3);
$pdf->Line(30, 240, 95, 240); $pdf->Line(121, 240, 186, 240);
$pdf->SetFont('Times', '', 9.5);
$pdf->SetXY(30, 241); $pdf->MultiCell(65, 4.5, t("Pierre-Luc Broussard, MLS(ASCP)\nPresident / Président"), 0, 'C');
$pdf->SetXY(121, 241); $pdf->MultiCell(65, 4.5, t("Anne-Sophie Guidry, MS, MLS(ASCP)\nCE Chair / Responsable de la FC"), 0, 'C');
$pdf->Output('F', $argv[1]);
