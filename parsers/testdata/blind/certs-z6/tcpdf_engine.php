<?php
// TCPDF engine: renders the simple HTML produced by engine.to_html(simple=True)
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF { public function noLink() { $this->tcpdflink = false; } }
$j = json_decode(file_get_contents($argv[1]), true);
$pdf = new CertPDF($j['orient'], 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->noLink(); $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 56, 60); $pdf->SetAutoPageBreak(true, 50);
$pdf->SetFont($j['serif'] ? 'dejavuserif' : 'dejavusans', '', 11);
$pdf->AddPage();
if ($j['border']) { $w = $pdf->getPageWidth(); $h = $pdf->getPageHeight();
  $pdf->SetLineStyle(array('width' => 2.5, 'color' => array(20, 60, 110))); $pdf->Rect(24, 24, $w - 48, $h - 48);
  $pdf->SetLineStyle(array('width' => 0.7, 'color' => array(20, 60, 110))); $pdf->Rect(31, 31, $w - 62, $h - 62);
  $pdf->SetLineStyle(array('width' => 0.5, 'color' => array(0, 0, 0))); }
$pdf->writeHTML($j['html'], true, false, true, false, '');
$pdf->Output($j['out'], 'F');
