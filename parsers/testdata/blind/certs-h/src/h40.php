<?php
require('/usr/share/php/fpdf/fpdf.php');
function L($s){return iconv('UTF-8','windows-1252//TRANSLIT',$s);}
$p=new FPDF('P','mm','Letter');
$p->SetMargins(20,18,20);$p->SetAutoPageBreak(true,15);
$p->SetCreator('FPDF');$p->AddPage();
$p->SetDrawColor(120,20,20);$p->SetLineWidth(1.2);$p->Rect(8,8,199.9,263.4);$p->SetLineWidth(0.2);
$p->SetFont('Times','B',16.0);
$p->MultiCell(0,7.5,L('College of American Pathologists (CAP)'),0,'C');$p->Ln(1.5);
$p->Ln(4);
$p->SetFont('Times','B',26.0);
$p->MultiCell(0,12.2,L('Certificate of Completion'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','',11.0);
$p->MultiCell(0,5.2,L('Gideon Abernethy-Kaur'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','B',15.0);
$p->MultiCell(0,7.0,L('Preanalytic Variables in Coagulation Proficiency Testing'),0,'C');$p->Ln(1.5);
$p->Ln(4);
$p->SetFont('Times','',10.5);$p->Cell(44.0,7,L('CAP-PT-0781'),'0',0,'C');
$p->SetFont('Times','',10.5);$p->Cell(44.0,7,L('18 Nov 2025'),'0',0,'C');
$p->SetFont('Times','',10.5);$p->Cell(44.0,7,L('1.0'),'0',0,'C');
$p->SetFont('Times','',10.5);$p->Cell(44.0,7,L('11/18/2028'),'0',1,'C');
$p->SetFont('Times','',7.5);$p->Cell(44.0,7,L('Activity ID'),'T',0,'C');
$p->SetFont('Times','',7.5);$p->Cell(44.0,7,L('Date Completed'),'T',0,'C');
$p->SetFont('Times','',7.5);$p->Cell(44.0,7,L('CE Hours'),'T',0,'C');
$p->SetFont('Times','',7.5);$p->Cell(44.0,7,L('Credit expires'),'T',1,'C');
$p->Ln(3);
$p->Output('F','/work/blind/certs-h/h40.pdf');