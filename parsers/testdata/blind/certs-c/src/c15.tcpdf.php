<?php
// ASCLS webinar certificate (portrait, label | value table via writeHTML)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('P', 'mm', 'ASCLS Certificate of Attendance');
$pdf->SetMargins(22, 20, 22);
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 26); $pdf->SetTextColor(0, 84, 150);
$pdf->Cell(0, 12, 'ASCLS', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(60, 60, 60);
$pdf->Cell(0, 5, 'American Society for Clinical Laboratory Science', 0, 1, 'L');
$pdf->Cell(0, 5, 'Webinar Series', 0, 1, 'L');
$pdf->Ln(14);
$pdf->SetFont('times', 'B', 22); $pdf->SetTextColor(0, 0, 0);
$pdf->Cell(0, 10, 'Certificate of Attendance', 0, 1, 'C');
$pdf->Ln(10);
$html = '<style>td.l{font-weight:bold;background-color:#e8f0f8;width:42mm} td.v{width:130mm}</style>
<table cellpadding="6" border="0">
<tr><td class="l">Attendee</td><td class="v">Ngozi Eze-Carrington, MLS(ASCP)<sup>CM</sup></td></tr>
<tr><td class="l">ASCLS Member #</td><td class="v">310-48821</td></tr>
<tr><td class="l">Webinar</td><td class="v">Fentanyl and Beyond: Updates in Urine Drug Testing Interpretation</td></tr>
<tr><td class="l">Presenter</td><td class="v">Gordon Phillips, PhD, DABCC</td></tr>
<tr><td class="l">Date attended</td><td class="v">19 February 2025</td></tr>
<tr><td class="l">P.A.C.E.® contact hours</td><td class="v">1.0</td></tr>
<tr><td class="l">Course #:</td><td class="v">522-031-25</td></tr>
<tr><td class="l">Level</td><td class="v">Intermediate</td></tr>
</table>';
$pdf->SetFont('helvetica', '', 11);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(16);
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->MultiCell(0, 5, 'The American Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Attendance verified through the webinar platform log. Certificate generated 02/20/2025.', 0, 'L');
$pdf->Output($argv[1], 'F');
