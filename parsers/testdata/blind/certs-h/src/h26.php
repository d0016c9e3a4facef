<?php
require('/usr/share/php/fpdf/fpdf.php');
function L($s){return iconv('UTF-8','windows-1252//TRANSLIT',$s);}
$p=new FPDF('P','mm','Letter');
$p->SetMargins(20,18,20);$p->SetAutoPageBreak(true,15);
$p->SetCreator('FPDF');$p->AddPage();
$p->SetDrawColor(120,20,20);$p->SetLineWidth(1.2);$p->Rect(8,8,199.9,263.4);$p->SetLineWidth(0.2);
$p->SetFont('Times','B',16.0);
$p->MultiCell(0,7.5,L('Eastfield State University'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','',11.0);
$p->MultiCell(0,5.2,L('College of Health Sciences'),0,'C');$p->Ln(1.5);
$p->Ln(4);
$p->SetFont('Times','B',26.0);
$p->MultiCell(0,12.2,L('Certificate of Continuing Education'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','',11.0);
$p->MultiCell(0,5.2,L('Yolanda Castellanos'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','',11.0);
$p->MultiCell(0,5.2,L('successfully completed'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','B',15.0);
$p->MultiCell(0,7.0,L('Clinical Chemistry Review Course'),0,'C');$p->Ln(1.5);
$p->SetX(45);$p->SetFont('Times','B',10.5);$p->Cell(55,6.5,L('Course No.'),0,0);$p->SetFont('Times','',10.5);$p->MultiCell(0,6.5,L('CLS 590-CE'),0,'L');
$p->SetX(45);$p->SetFont('Times','B',10.5);$p->Cell(55,6.5,L('Dates'),0,0);$p->SetFont('Times','',10.5);$p->MultiCell(0,6.5,L('January 6 - February 24, 2025'),0,'L');
$p->SetX(45);$p->SetFont('Times','B',10.5);$p->Cell(55,6.5,L('Continuing Education Units'),0,0);$p->SetFont('Times','',10.5);$p->MultiCell(0,6.5,L('1.2 CEUs'),0,'L');
$p->SetFont('Times','',8.5);
$p->MultiCell(0,4.0,L('Date of issue: March 3, 2025'),0,'C');$p->Ln(1.5);
$p->Output('F','/work/blind/certs-h/h26.pdf');