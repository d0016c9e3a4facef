<?php
require '/usr/share/php/tcpdf/tcpdf.php';
class CertPDF extends TCPDF { public function noLink() { $this->tcpdflink = false; } }

$pdf = new CertPDF('L', 'pt', 'LETTER', true, 'UTF-8', false); $pdf->noLink();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(40, 40, 40); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 2, 'color' => array(11, 122, 138)));
$pdf->RoundedRect(28, 28, 736, 556, 18, '1111');
$pdf->SetFillColor(11, 122, 138); $pdf->Rect(246, 52, 300, 40, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('helvetica', 'B', 24); $pdf->SetXY(246, 58); $pdf->Cell(300, 28, 'LabCE', 0, 0, 'C');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('times', '', 34); $pdf->SetXY(40, 120); $pdf->Cell(712, 40, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('times', 'I', 14); $pdf->SetXY(40, 176); $pdf->Cell(712, 18, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('times', 'B', 26); $pdf->SetXY(40, 202); $pdf->Cell(712, 30, 'Anand V. Subramaniam', 0, 1, 'C');
$pdf->SetFont('times', 'I', 14); $pdf->SetXY(40, 244); $pdf->Cell(712, 18, 'has completed the online course', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 18); $pdf->SetTextColor(11, 100, 115); $pdf->SetXY(40, 272); $pdf->Cell(712, 24, 'Heparin Monitoring with Anti-Xa Assays', 0, 1, 'C');
$pdf->SetTextColor(40, 40, 40); $pdf->SetFont('helvetica', '', 11.5); $pdf->SetXY(40, 312);
$pdf->Cell(712, 16, 'Course # 1207     Completed Jan 08, 2026     P.A.C.E.® Contact Hours: 1.0', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetXY(40, 334);
$pdf->Cell(712, 14, 'Florida Board of Clinical Laboratory Personnel: 1.0 hr, Hemostasis/Coagulation', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(90, 90, 90); $pdf->SetXY(120, 372);
$pdf->MultiCell(552, 10, 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. LabCE is an approved provider of continuing education for the Florida Board of Clinical Laboratory Personnel.', 0, 'C');
$pdf->SetTextColor(40, 40, 40); $pdf->SetDrawColor(0, 0, 0); $pdf->SetLineStyle(array('width' => 0.5, 'color' => array(0, 0, 0)));
$pdf->Line(286, 486, 506, 486);
$pdf->SetFont('times', 'I', 16); $pdf->SetXY(286, 464); $pdf->Cell(220, 20, 'Gregory Tannhauser', 0, 0, 'C');
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetXY(286, 490); $pdf->Cell(220, 11, 'Gregory Tannhauser, MS, MLS(ASCP)', 0, 2, 'C'); $pdf->Cell(220, 11, 'Education Director', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 7); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(48, 556); $pdf->Cell(300, 9, 'Customer ID: 2290417   Certificate # 1207-2290417-0108', 0, 0, 'L');
$pdf->Output('/work/blind/certs-n/n24.pdf', 'F');
