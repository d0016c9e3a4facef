<?php
require('/usr/share/php/fpdf/fpdf.php');
function L($s){return iconv('UTF-8','windows-1252//TRANSLIT',$s);}
$p=new FPDF('L','mm','Letter');
$p->SetMargins(20,18,20);$p->SetAutoPageBreak(true,15);
$p->SetCreator('FPDF');$p->AddPage();
$p->SetDrawColor(120,20,20);$p->SetLineWidth(1.2);$p->Rect(8,8,263.4,199.9);$p->SetLineWidth(0.2);
$p->SetFont('Times','B',16.0);
$p->MultiCell(0,7.5,L('American Medical Technologists'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','',8.5);
$p->MultiCell(0,4.0,L('Continuing Education Program'),0,'C');$p->Ln(1.5);
$p->Ln(4);
$p->SetFont('Times','B',26.0);
$p->MultiCell(0,12.2,L('Certificate of Completion'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','',11.0);
$p->MultiCell(0,5.2,L('Delphine Moreau-Kasper, RPT(AMT)'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','',11.0);
$p->MultiCell(0,5.2,L('completed'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','B',15.0);
$p->MultiCell(0,7.0,L('Phlebotomy Orientation: Patient Identification and Specimen Labeling'),0,'C');$p->Ln(1.5);
$p->SetFont('Times','',11.0);
$p->MultiCell(0,5.2,L('on June 2, 2025 for 2.0 CE hours (Course ID AMT-ON-6610)'),0,'C');$p->Ln(1.5);
$p->Ln(4);
$p->SetFont('Times','',8.5);
$p->MultiCell(0,4.0,L('AMT Member ID 7730215'),0,'C');$p->Ln(1.5);
$p->Output('F','/work/blind/certs-h/h16.pdf');