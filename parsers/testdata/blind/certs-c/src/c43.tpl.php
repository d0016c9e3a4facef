<?php
// Blank public-health laboratory training certificate (landscape; labels above fields)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('L', 'pt', 'NRPHL Training Center Certificate');
$pdf->AddPage();
$pdf->SetDrawColor(120, 20, 20); $pdf->SetLineWidth(2); $pdf->Rect(28, 28, 736, 556, 'D');
$pdf->SetFont('times', 'B', 17); $pdf->SetTextColor(120, 20, 20);
$pdf->SetXY(0, 56); $pdf->Cell(792, 20, 'Northeast Regional Public Health Laboratory Training Center', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(0, 78); $pdf->Cell(792, 12, 'NRPHL-TC · hands-on laboratory training for clinical and public health laboratories', 0, 1, 'C');
$pdf->SetFont('times', '', 30); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(0, 120); $pdf->Cell(792, 34, 'Certificate of Training', 0, 1, 'C');
function lab2($pdf, $x, $y, $t) { $pdf->SetFont('helvetica', 'B', 8); $pdf->SetTextColor(120, 20, 20); $pdf->SetXY($x, $y); $pdf->Cell(300, 10, $t, 0, 0, 'L'); }
lab2($pdf, 80, 190, 'TRAINEE');            tfield($pdf, 'trainee', 80, 202, 632, 28);
lab2($pdf, 80, 248, 'COURSE');             tfield($pdf, 'course', 80, 260, 632, 30);
lab2($pdf, 80, 310, 'DATE OF TRAINING');   tfield($pdf, 'training_date', 80, 322, 190, 24);
lab2($pdf, 301, 310, 'CONTACT HOURS');     tfield($pdf, 'hours', 301, 322, 190, 24);
lab2($pdf, 522, 310, 'COURSE CODE');       tfield($pdf, 'code', 522, 322, 190, 24);
lab2($pdf, 80, 366, 'EMPLOYING LABORATORY'); tfield($pdf, 'employer', 80, 378, 632, 24);
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(80, 470);
$pdf->MultiCell(632, 10, 'This course has been approved for P.A.C.E.® contact hours through the Association of Public Health Laboratories. Wet-lab sessions were held at the NRPHL-TC BSL-3 training suite under the supervision of certified instructors.', 0, 'L');
$pdf->Line(80, 540, 300, 540); $pdf->SetXY(80, 544); $pdf->Cell(220, 10, 'Training Center Director', 0, 0, 'L');
$pdf->Output($argv[1], 'F');
