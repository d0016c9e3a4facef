<?php
// Blank state-society CE certificate (portrait; labels above fields)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('P', 'pt', 'CSCLS-Carolinas CE Certificate');
$pdf->AddPage();
$pdf->SetFillColor(0, 70, 127); $pdf->Rect(0, 0, 612, 18, 'F'); $pdf->Rect(0, 774, 612, 18, 'F');
$pdf->SetFont('times', 'B', 19); $pdf->SetTextColor(0, 70, 127);
$pdf->SetXY(0, 60); $pdf->Cell(612, 22, 'Carolinas Society for Clinical Laboratory Science', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(0, 84); $pdf->Cell(612, 12, 'CSCLS-Carolinas · serving North and South Carolina laboratory professionals', 0, 1, 'C');
$pdf->SetFont('times', '', 26); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(0, 130); $pdf->Cell(612, 30, 'Continuing Education Certificate', 0, 1, 'C');
function lab($pdf, $x, $y, $t) { $pdf->SetFont('helvetica', 'B', 8); $pdf->SetTextColor(0, 70, 127); $pdf->SetXY($x, $y); $pdf->Cell(300, 10, $t, 0, 0, 'L'); }
lab($pdf, 72, 200, 'PARTICIPANT NAME');       tfield($pdf, 'participant_name', 72, 212, 468, 26);
lab($pdf, 72, 256, 'PROGRAM TITLE');          tfield($pdf, 'program_title', 72, 268, 468, 44, true);
lab($pdf, 72, 330, 'DATE OF PROGRAM');        tfield($pdf, 'program_date', 72, 342, 140, 24);
lab($pdf, 236, 330, 'CONTACT HOURS');         tfield($pdf, 'contact_hours', 236, 342, 140, 24);
lab($pdf, 400, 330, 'P.A.C.E.® #:');          tfield($pdf, 'pace_no', 400, 342, 140, 24);
lab($pdf, 72, 386, 'FORMAT');                 tfield($pdf, 'format', 72, 398, 304, 24);
lab($pdf, 400, 386, 'DATE ISSUED');           tfield($pdf, 'issued', 400, 398, 140, 24);
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(72, 470);
$pdf->MultiCell(468, 11, 'This program was approved for continuing education credit by the ASCLS P.A.C.E.® Program. Carolinas Society for Clinical Laboratory Science is a constituent society of the American Society for Clinical Laboratory Science. Retain this certificate for credential maintenance and licensure audits.', 0, 'L');
$pdf->Line(72, 600, 272, 600); $pdf->SetXY(72, 604); $pdf->Cell(200, 10, 'CE Coordinator', 0, 0, 'L');
$pdf->Output($argv[1], 'F');
