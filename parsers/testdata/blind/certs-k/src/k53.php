<?php
require('/usr/share/php/fpdf/fpdf.php');
class CertPDF extends FPDF {
  function CharSpace($c) { $this->_out(sprintf("%.3F Tc", $c)); }
  function Poly($pts) { for ($i = 1; $i < count($pts); $i++) { $this->Line($pts[$i-1][0], $pts[$i-1][1], $pts[$i][0], $pts[$i][1]); } }
}
$pdf = new CertPDF('L', 'pt', array(612.00, 792.00));
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle("AABB on-demand certificate");
$pdf->SetCreator("certs-k build.py / FPDF");
$pdf->AddPage();
$pdf->SetDrawColor(122, 31, 43); $pdf->SetLineWidth(3.00); $pdf->Rect(20.00, 20.00, 752.00, 572.00, 'D');
$pdf->SetDrawColor(122, 31, 43); $pdf->SetLineWidth(0.80); $pdf->Rect(28.00, 28.00, 736.00, 556.00, 'D');
$pdf->SetFont('Helvetica', '', 8.00); $pdf->SetTextColor(68, 68, 68);
$pdf->Text(629.28, 574.60, "Order no. 2026-0104-7781");
$pdf->SetFont('Helvetica', 'B', 30.00); $pdf->SetTextColor(122, 31, 43);
$pdf->Text(352.68, 174.76, "AABB");
$pdf->SetFont('Helvetica', '', 11.00); $pdf->SetTextColor(0, 0, 0);
$pdf->Text(256.60, 194.59, "Association for the Advancement of Blood & Biotherapies");
$pdf->SetFont('Helvetica', '', 26.00); $pdf->SetTextColor(0, 0, 0);
$pdf->Text(253.68, 246.29, "Certificate of Completion");
$pdf->SetFont('Helvetica', 'B', 22.00); $pdf->SetTextColor(0, 0, 0);
$pdf->Text(290.26, 291.07, "Beatriz Santos-Lima");
$pdf->SetFont('Helvetica', '', 11.00); $pdf->SetTextColor(85, 85, 85);
$pdf->Text(370.63, 318.34, "completed");
$pdf->SetFont('Helvetica', 'I', 10.00); $pdf->SetTextColor(122, 31, 43);
$pdf->Text(368.77, 337.16, "On-Demand");
$pdf->SetFont('Helvetica', 'B', 16.00); $pdf->SetTextColor(0, 0, 0);
$pdf->Text(174.18, 357.24, "Chain of Identity and Chain of Custody in Cellular Therapy");
$pdf->SetFont('Helvetica', '', 10.50); $pdf->SetTextColor(0, 0, 0);
$pdf->Text(276.28, 376.13, "Program OD-CT-2601 \x95 completed January 9, 2026");
$pdf->SetFillColor(242, 222, 222);
$pdf->SetDrawColor(242, 222, 222); $pdf->SetLineWidth(0.10); $pdf->Rect(68.00, 393.49, 656.00, 21.20, 'F');
$pdf->SetFont('Helvetica', 'B', 11.00); $pdf->SetTextColor(0, 0, 0);
$pdf->Text(168.66, 407.72, "P.A.C.E.\xae contact hours");
$pdf->SetFont('Helvetica', 'B', 11.00); $pdf->SetTextColor(0, 0, 0);
$pdf->Text(478.41, 407.72, "AMA PRA Category 1 Credits\x99");
$pdf->SetFont('Helvetica', '', 11.00); $pdf->SetTextColor(0, 0, 0);
$pdf->Text(224.35, 428.92, "1.5");
$pdf->SetFont('Helvetica', '', 11.00); $pdf->SetTextColor(0, 0, 0);
$pdf->Text(549.30, 428.92, "1.25");
$pdf->SetDrawColor(68, 68, 68); $pdf->SetLineWidth(0.60); $pdf->Line(68.00, 393.49, 724.00, 393.49);
$pdf->SetDrawColor(68, 68, 68); $pdf->SetLineWidth(0.60); $pdf->Line(68.00, 414.69, 724.00, 414.69);
$pdf->SetDrawColor(68, 68, 68); $pdf->SetLineWidth(0.60); $pdf->Line(68.00, 435.89, 724.00, 435.89);
$pdf->SetDrawColor(68, 68, 68); $pdf->SetLineWidth(0.60); $pdf->Line(68.00, 393.49, 68.00, 435.89);
$pdf->SetDrawColor(68, 68, 68); $pdf->SetLineWidth(0.60); $pdf->Line(396.00, 393.49, 396.00, 435.89);
$pdf->SetDrawColor(68, 68, 68); $pdf->SetLineWidth(0.60); $pdf->Line(724.00, 393.49, 724.00, 435.89);
$pdf->SetFont('Helvetica', '', 8.50); $pdf->SetTextColor(68, 68, 68);
$pdf->Text(141.30, 451.79, "AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program.");
$pdf->SetFont('Helvetica', '', 8.50); $pdf->SetTextColor(68, 68, 68);
$pdf->Text(226.17, 462.42, "AABB is accredited by the ACCME to provide continuing medical education for physicians.");
$pdf->Output('F', "/work/blind/certs-k/k53.pdf");
