<?php
// TCPDF renderer: writes the HTML produced by engine.to_html(for_tcpdf=True).
require_once('/usr/share/php/tcpdf/tcpdf.php');
$doc = json_decode(file_get_contents($argv[1]), true);
$land = (isset($doc['orient']) && $doc['orient'] == 'landscape');
$pdf = new TCPDF($land ? 'L' : 'P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetTitle('Certificate');
$border = !empty($doc['border']);
$m = $border ? 66 : 54;
$pdf->SetMargins($m, $m - 6, $m); $pdf->SetAutoPageBreak(false);
$font = (isset($doc['font']) && $doc['font'] == 'Times') ? 'dejavuserif' : 'dejavusans';
foreach ($doc['html_pages'] as $html) {
  $pdf->AddPage();
  $W = $pdf->getPageWidth(); $H = $pdf->getPageHeight();
  if ($border) {
    $pdf->SetLineStyle(array('width' => 3, 'color' => array(110, 30, 40))); $pdf->Rect(24, 24, $W - 48, $H - 48);
    $pdf->SetLineStyle(array('width' => 0.8, 'color' => array(110, 30, 40))); $pdf->Rect(32, 32, $W - 64, $H - 64);
  }
  if (!empty($doc['seal'])) {
    $pdf->SetLineStyle(array('width' => 2, 'color' => array(170, 130, 40))); $pdf->Circle($W - 110, $H - 100, 40);
    $pdf->SetFont('helvetica', 'B', 7); $pdf->SetTextColor(170, 130, 40);
    $pdf->SetXY($W - 150, $H - 104); $pdf->Cell(80, 8, $doc['seal'], 0, 0, 'C'); $pdf->SetTextColor(0);
  }
  $pdf->SetLineStyle(array('width' => 0.5, 'color' => array(0, 0, 0)));
  $pdf->SetFont($font, '', 11);
  $pdf->SetXY($m, $m - 6);
  $pdf->writeHTML($html, true, false, true, false, '');
}
$pdf->Output($argv[2], 'F');
