<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = '/work/blind/certs-l/l38.pdf';

$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(0, 0, 0);
$pdf->AddPage();
$pdf->SetFillColor(236, 242, 248); $pdf->Rect(540, 0, 252, 612, 'F');
$pdf->SetFillColor(0, 85, 140); $pdf->Rect(0, 0, 792, 8, 'F');
$left = '<div style="font-family:helvetica;">
<span style="font-size:12pt;color:#00558c;font-weight:bold;">College of American Pathologists</span><br/><br/><br/>
<span style="font-size:30pt;font-family:times;">Certificate of Attendance</span><br/><br/>
<span style="font-size:10pt;color:#666666;">PRESENTED TO</span><br/>
<span style="font-size:22pt;font-weight:bold;">Ramón E. Castellanos-Ibarra</span><br/><br/>
<span style="font-size:10pt;color:#666666;">FOR ATTENDING</span><br/>
<span style="font-size:18pt;font-weight:bold;color:#00558c;">CAP25 Annual Meeting</span><br/>
<span style="font-size:11pt;">September 13–16, 2025 · Orlando, Florida</span></div>';
$pdf->writeHTMLCell(470, 0, 50, 60, $left, 0, 1);
$right = '<div style="font-family:helvetica;font-size:9.5pt;">
<b style="font-size:11pt;color:#00558c;">CREDIT SUMMARY</b><br/><br/>
Meeting ID<br/><b style="font-size:12pt;">CAP25-AM</b><br/><br/>
Continuing education (CE) hours available<br/><b style="font-size:12pt;">18.5</b><br/><br/>
CE hours claimed<br/><b style="font-size:16pt;">12.0</b><br/><br/>
AMA PRA Category 1 Credits™ (physicians only)<br/><b style="font-size:12pt;">max. 18.5</b><br/><br/>
Claim submitted<br/><b>09/30/2025</b><br/><br/>
Attendee ID<br/><b>A-2291847</b></div>';
$pdf->writeHTMLCell(200, 0, 566, 60, $right, 0, 1);
$acc = '<div style="font-family:helvetica;font-size:8pt;color:#333333;">In support of improving patient care, the College of American
Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for
Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.
The CAP designates this live activity for a maximum of 18.5 AMA PRA Category 1 Credits™ and a maximum of 18.5 CE hours for
non-physician laboratory professionals. Participants should claim only the credit commensurate with the extent of their participation.</div>';
$pdf->writeHTMLCell(460, 0, 50, 430, $acc, 0, 1);
$pdf->SetFont('times', 'I', 16); $pdf->SetTextColor(30, 40, 110); $pdf->SetXY(50, 520); $pdf->Cell(200, 18, 'H. Abernathy-Soto', 0, 0);
$pdf->SetTextColor(0); $pdf->Line(50, 540, 260, 540);
$pdf->SetFont('helvetica', 'B', 9); $pdf->SetXY(50, 543); $pdf->Cell(210, 12, 'Helena Abernathy-Soto, MD, FCAP', 0, 2);
$pdf->SetFont('helvetica', '', 8); $pdf->Cell(210, 10, 'Chair, CAP Council on Education', 0, 2);
$pdf->Output($OUT, 'F');
