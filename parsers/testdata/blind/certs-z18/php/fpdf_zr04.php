<?php
// zr04 - ASCLS annual meeting attendance, landscape award with double border (fpdf)
require(__DIR__ . '/fpdf_common.php');
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetCreator('ASCLS Meetings CE Tracker');
$pdf->SetAutoPageBreak(false);
$pdf->SetMargins(25, 20, 25);
$pdf->AddPage();
$W = 279.4; $H = 215.9;
$pdf->SetDrawColor(0, 70, 127); $pdf->SetLineWidth(2.2); $pdf->Rect(9, 9, $W - 18, $H - 18);
$pdf->SetLineWidth(0.5); $pdf->Rect(13, 13, $W - 26, $H - 26);
$pdf->SetY(22);
ccell($pdf, 9, 'American Society for Clinical Laboratory Science', 'Times', 'B', 19, array(0, 70, 127));
ccell($pdf, 7, 'ASCLS', 'Helvetica', 'B', 13, array(170, 120, 20));
$pdf->Ln(6);
ccell($pdf, 15, 'Certificate of Attendance', 'Times', 'I', 36);
$pdf->Ln(4);
ccell($pdf, 8, 'This is to certify that', 'Times', '', 13);
$pdf->Ln(2);
ccell($pdf, 12, $D['name'] . ', MLS(ASCP)CM', 'Times', 'B', 24);
$pdf->Ln(2);
ccell($pdf, 8, 'attended the', 'Times', '', 13);
ccell($pdf, 12, $D['title'], 'Helvetica', 'B', 21, array(0, 70, 127));
ccell($pdf, 7, 'Providence, Rhode Island  ·  June 22–25, 2025', 'Helvetica', '', 11.5, array(70, 70, 70));
$pdf->Ln(4);
ccell($pdf, 9, 'and is awarded 14.5 P.A.C.E.® contact hours', 'Times', '', 15);
ccell($pdf, 7, 'Event No. 2025-AM-0622          Member ID 00418823', 'Helvetica', '', 10, array(70, 70, 70));
// signatures
$pdf->SetDrawColor(40, 40, 40); $pdf->SetLineWidth(0.3);
$y = 170;
$pdf->Line(45, $y, 115, $y); $pdf->Line(165, $y, 235, $y);
$pdf->SetFont('Helvetica', '', 9.5); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(45, $y + 1); $pdf->MultiCell(70, 4.5, t("Yolanda Brightwater, EdD, MLS(ASCP)CM\nPresident"), 0, 'C');
$pdf->SetXY(165, $y + 1); $pdf->MultiCell(70, 4.5, t("Curtis Mbeki-Hall, MS, MT(ASCP)\nDirector of Education and Meetings"), 0, 'C');
$pdf->SetXY(25, 192);
$pdf->SetFont('Helvetica', 'I', 8); $pdf->SetTextColor(90, 90, 90);
$pdf->MultiCell(0, 3.8, t('Contact hours reflect sessions recorded on the attendee\'s CE tracker. Certificate issued July 8, 2025. P.A.C.E.® is the continuing education approval program of ASCLS.'), 0, 'C');
$pdf->Output('F', $OUT);
