<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$OUT = '/work/blind/certs-l/l52.pdf';

$pdf = new FPDF('P', 'pt', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(90, 20, 30); $pdf->Rect(0, 0, 612, 10, 'F');
$pdf->SetFont('Times', 'B', 18); $pdf->SetXY(60, 50); $pdf->Cell(492, 22, t('Eastbrook University School of Medicine'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetX(60); $pdf->Cell(492, 16, t('Office of Continuing Medical Education'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(60, 130); $pdf->Cell(492, 26, t('CERTIFICATE OF ATTENDANCE'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetXY(60, 175); $pdf->Cell(492, 16, t('This certifies that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SetX(60); $pdf->Cell(492, 30, t('Saoirse B. Kilbride-Mensah, MB(ASCP)CM'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetX(60); $pdf->Cell(492, 18, t('participated in the live activity'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(90, 250);
$pdf->MultiCell(432, 19, t('Molecular Tumor Board: Interpreting Somatic Variant Reports in Lung Adenocarcinoma'), 0, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetX(60); $pdf->Cell(492, 22, t('on May 9, 2024'), 0, 1, 'C');
$y = 330; $pdf->SetXY(156, $y);
$pdf->SetFillColor(240, 230, 232); $pdf->SetFont('Helvetica', 'B', 9.5);
$pdf->Cell(200, 20, t('Credit type'), 1, 0, 'L', true); $pdf->Cell(100, 20, t('Credits'), 1, 1, 'C', true);
$rows = array(array('AMA PRA Category 1 Credits™', '1.50'), array('ANCC contact hours', '1.50'),
  array('ACPE contact hours (UAN on file)', '1.50'), array('ASCLS P.A.C.E.® contact hours', '1.5'));
$pdf->SetFont('Helvetica', '', 9.5);
foreach ($rows as $r) { $pdf->SetX(156); $pdf->Cell(200, 19, t($r[0]), 1, 0, 'L'); $pdf->Cell(100, 19, t($r[1]), 1, 1, 'C'); }
$pdf->SetXY(60, $pdf->GetY() + 14); $pdf->SetFont('Helvetica', '', 10);
$pdf->Cell(492, 14, t('Activity ID: EUSM-24-0509-MTB          Learner no. 1177-0452'), 0, 1, 'C');
$pdf->SetXY(72, 520); $pdf->SetFont('Times', '', 9);
$pdf->MultiCell(468, 12, t('In support of improving patient care, Eastbrook University School of Medicine is jointly accredited by the '
 . 'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the '
 . 'American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The School of Medicine '
 . 'designates this live activity for a maximum of 1.50 AMA PRA Category 1 Credits™. Eastbrook University School of Medicine is '
 . 'approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'J');
$pdf->Line(72, 680, 260, 680); $pdf->Line(352, 680, 540, 680);
$pdf->SetFont('Helvetica', 'B', 9); $pdf->SetXY(72, 684); $pdf->Cell(188, 12, t('Imogen Castellanos, MD, PhD'), 0, 0);
$pdf->SetXY(352, 684); $pdf->Cell(188, 12, t('Theo Vandermeer, MEd'), 0, 0);
$pdf->SetFont('Helvetica', '', 8); $pdf->SetXY(72, 697); $pdf->Cell(188, 10, t('Activity Director, Molecular Tumor Board'), 0, 0);
$pdf->SetXY(352, 697); $pdf->Cell(188, 10, t('Director, Office of CME'), 0, 0);
$pdf->SetFont('Helvetica', '', 7); $pdf->SetXY(60, 750); $pdf->Cell(492, 10, t('Certificate printed 05/16/2024'), 0, 0, 'C');
$pdf->Output('F', $OUT);
