<?php
require '/usr/share/php/fpdf/fpdf.php';
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

class P extends FPDF {
  function SpacedCentered($y, $txt, $sp) {
    $w = $this->GetStringWidth($txt) + $sp * (strlen($txt) - 1);
    $this->_out(sprintf('%.3F Tc', $sp));
    $this->Text(($this->w - $w) / 2, $y, $txt);
    $this->_out('0 Tc');
  }
}
$pdf = new P('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetDrawColor(120, 30, 80); $pdf->SetLineWidth(6); $pdf->Rect(22, 22, 748, 568);
$pdf->SetLineWidth(1); $pdf->Rect(34, 34, 724, 544);
$pdf->SetTextColor(120, 30, 80);
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(34, 60); $pdf->Cell(724, 26, 'NSH', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 12); $pdf->SetX(34); $pdf->Cell(724, 16, 'National Society for Histotechnology', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'I', 10.5); $pdf->SetX(34); $pdf->Cell(724, 16, '51st Annual Symposium/Convention', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 30); $pdf->SetXY(34, 150); $pdf->Cell(724, 34, 'Certificate of Continuing Education', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(34, 200); $pdf->Cell(724, 16, 'awarded to', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SpacedCentered(250, 'MARGARET ROSE DELACROIX-HUNT, HTL(ASCP)', 3.2);
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(34, 272); $pdf->Cell(724, 16, 'for attending the half-day workshop', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 18); $pdf->SetXY(34, 298); $pdf->Cell(724, 22, 'Troubleshooting Immunohistochemistry Staining Artifacts', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetXY(34, 336);
$pdf->Cell(724, 16, t('Workshop No. W-214   •   Saturday, September 13, 2025'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 13); $pdf->SetXY(34, 366); $pdf->Cell(724, 18, '3.0 contact hours (0.3 CEU)', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(110, 402);
$pdf->MultiCell(572, 11, t('The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Credit is awarded only for workshops the participant attended in full.'), 0, 'C');
$pdf->SetLineWidth(0.5); $pdf->SetDrawColor(0, 0, 0); $pdf->Line(120, 500, 330, 500); $pdf->Line(462, 500, 672, 500);
$pdf->SetFont('Times', 'I', 15);
$pdf->SetXY(120, 480); $pdf->Cell(210, 18, 'Deborah Quintanilla', 0, 0, 'C');
$pdf->SetXY(462, 480); $pdf->Cell(210, 18, 'Eamon Falkenrath', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(120, 504); $pdf->Cell(210, 11, 'Deborah Quintanilla, HT(ASCP)', 0, 2, 'C'); $pdf->Cell(210, 11, 'President', 0, 0, 'C');
$pdf->SetXY(462, 504); $pdf->Cell(210, 11, 'Eamon Falkenrath, MS, HTL(ASCP)QIHC', 0, 2, 'C'); $pdf->Cell(210, 11, 'Education Committee Chair', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetXY(44, 560); $pdf->Cell(300, 10, 'Member # 0391-5527', 0, 0, 'L');
$pdf->Output('F', '/work/blind/certs-n/n14.pdf');
