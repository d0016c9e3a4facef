<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 50, 60); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 61, 121); $pdf->Rect(0, 0, 612, 70, 'F');
$pdf->SetTextColor(255,255,255);
$pdf->SetFont('helvetica', 'B', 20); $pdf->SetXY(60, 18); $pdf->Cell(0, 20, 'College of American Pathologists', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 11); $pdf->SetX(60); $pdf->Cell(0, 14, 'CAP Learning  |  Continuing Education Transcript Services', 0, 1, 'L');
$pdf->SetTextColor(20,20,20);
$pdf->SetFont('times', 'B', 30); $pdf->SetXY(60, 120); $pdf->Cell(492, 30, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(60, 172); $pdf->Cell(492, 16, 'awarded to', 0, 1, 'C');
$pdf->SetFont('times', 'B', 22); $pdf->SetXY(60, 196); $pdf->Cell(492, 26, 'Dr. Anand R. Khatri, MD, FCAP', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(60, 240); $pdf->Cell(492, 16, 'for successful completion of', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 15); $pdf->SetXY(90, 266);
$pdf->MultiCell(432, 20, 'Molecular Oncology Testing in Solid Tumors: Pre-Analytic Variables and Specimen Adequacy', 0, 'C');
$pdf->SetFont('helvetica', 'I', 10.5); $pdf->SetXY(60, 314); $pdf->Cell(492, 14, 'Enduring Material', 0, 1, 'C');
// labels above values
$cols = array(array('ACTIVITY CODE', 'CAP-QP-2509'), array('COMPLETION DATE', 'November 6, 2025'), array('TRANSCRIPT NO.', 'TR-0091-55713'));
$x = 60;
foreach ($cols as $c) {
  $pdf->SetFont('helvetica', 'B', 8); $pdf->SetTextColor(0,61,121); $pdf->SetXY($x, 370); $pdf->Cell(164, 12, $c[0], 0, 0, 'C');
  $pdf->SetFont('helvetica', '', 12); $pdf->SetTextColor(20,20,20); $pdf->SetXY($x, 384); $pdf->Cell(164, 16, $c[1], 'T', 0, 'C');
  $x += 164;
}
$pdf->SetFont('helvetica', 'B', 11); $pdf->SetXY(60, 440); $pdf->Cell(492, 16, 'Credit awarded', 0, 1, 'L');
$tbl = '<table border="1" cellpadding="5"><tr style="background-color:#e8eef5;"><th width="340"><b>Credit type</b></th><th width="152" align="center"><b>Amount</b></th></tr>'
 . '<tr><td>AMA PRA Category 1 Credits&trade;</td><td align="center">2.00</td></tr>'
 . '<tr><td>ASCLS P.A.C.E.&reg; contact hours (laboratory professionals)</td><td align="center">1.75</td></tr></table>';
$pdf->SetFont('helvetica', '', 10.5); $pdf->SetXY(60, 460); $pdf->writeHTML($tbl, true, false, false, false, '');
$pdf->SetFont('helvetica', '', 9); $pdf->SetXY(60, 560);
$pdf->MultiCell(492, 12, 'Physicians should claim only the credit commensurate with the extent of their participation in the activity. See page 2 for accreditation and designation statements.', 0, 'L');
$pdf->Line(60, 680, 250, 680);
$pdf->SetFont('times', '', 11); $pdf->SetXY(60, 684); $pdf->Cell(200, 14, 'Lorraine B. Whitacre, MD, FCAP', 0, 1, 'L');
$pdf->SetFont('times', 'I', 9.5); $pdf->SetX(60); $pdf->Cell(200, 12, 'Chair, Council on Education', 0, 1, 'L');
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 14); $pdf->SetXY(60, 70); $pdf->Cell(0, 18, 'Accreditation and Designation Statements', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 10.5); $pdf->SetXY(60, 100);
$pdf->MultiCell(492, 14, "In support of improving patient care, the College of American Pathologists (CAP) is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.\n\nThe CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.\n\nThe CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 1.75 P.A.C.E.® contact hours.", 0, 'L');
$pdf->SetFont('helvetica', '', 8); $pdf->SetXY(60, 740); $pdf->Cell(0, 10, 'Printed 01/12/2026  -  Page 2 of 2', 0, 0, 'L');

$pdf->Output($argv[1], 'F');
