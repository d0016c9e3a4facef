<?php
require('/usr/share/php/fpdf/fpdf.php');
function L($s){return iconv('UTF-8','windows-1252//TRANSLIT',$s);}
$p=new FPDF('P','mm','Letter');
$p->SetMargins(20,18,20);$p->SetAutoPageBreak(true,15);
$p->SetCreator('FPDF');$p->AddPage();
$p->SetDrawColor(120,20,20);$p->SetLineWidth(1.2);$p->Rect(8,8,199.9,263.4);$p->SetLineWidth(0.2);
$p->SetFont('Arial','B',16.0);
$p->MultiCell(0,7.5,L('LabCreditsNow, LLC'),0,'L');$p->Ln(1.5);
$p->SetFont('Arial','',8.5);
$p->MultiCell(0,4.0,L('www.labcreditsnow.example'),0,'L');$p->Ln(1.5);
$p->Ln(4);
$p->SetFont('Arial','B',26.0);
$p->MultiCell(0,12.2,L('Certificate of Completion'),0,'L');$p->Ln(1.5);
$p->Ln(4);
$p->SetX(20);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Awarded to:'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('Emeka Chukwudi'),0,'L');
$p->SetX(20);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Customer #:'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('LCN-0099812'),0,'L');
$p->SetX(20);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Course:'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('Urinalysis Microscopy: Casts and Crystals'),0,'L');
$p->SetX(20);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Course ID:'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('1187'),0,'L');
$p->SetX(20);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Completed:'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('03/08/2025'),0,'L');
$p->SetX(20);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('P.A.C.E.(R) Credit:'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('1.0 contact hour'),0,'L');
$p->SetX(20);$p->SetFont('Arial','B',10.5);$p->Cell(55,6.5,L('Format:'),0,0);$p->SetFont('Arial','',10.5);$p->MultiCell(0,6.5,L('Online, self-paced'),0,'L');
$p->Ln(4);
$p->SetFont('Arial','',8.5);
$p->MultiCell(0,4.0,L('LabCreditsNow, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.(R) Program. Provider #519.'),0,'L');$p->Ln(1.5);
$p->Output('F','/work/blind/certs-h/h05.pdf');