<?php
require('/usr/share/php/fpdf/fpdf.php');
function L($s){return iconv('UTF-8','windows-1252//TRANSLIT',$s);}
$p=new FPDF('L','mm','Letter');
$p->SetMargins(20,18,20);$p->SetAutoPageBreak(true,15);
$p->SetCreator('FPDF');$p->AddPage();
$p->SetDrawColor(120,20,20);$p->SetLineWidth(1.2);$p->Rect(8,8,263.4,199.9);$p->SetLineWidth(0.2);
$p->SetFont('Arial','B',16.0);
$p->MultiCell(0,7.5,L('Gateway Clinical Laboratory Educators Consortium'),0,'C');$p->Ln(1.5);
$p->SetFont('Arial','B',26.0);
$p->MultiCell(0,12.2,L('Continuing Education Certificate'),0,'C');$p->Ln(1.5);
$p->Ln(4);
$p->SetX(45);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Participant'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('Tobias Whitcombe'),0,'L');
$p->SetX(45);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Program'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('Point-of-Care Glucose Meter Oversight'),0,'L');
$p->SetX(45);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('P.A.C.E. Course No.'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('222-014-25'),0,'L');
$p->SetX(45);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Date'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('Sep 4, 2025'),0,'L');
$p->SetX(45);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Contact Hours'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('1.0'),0,'L');
$p->Ln(4);
$p->SetFont('Arial','',8.5);
$p->MultiCell(0,4.0,L('GCLEC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E. Program.'),0,'C');$p->Ln(1.5);
$p->Output('F','/work/blind/certs-h/h38.pdf');