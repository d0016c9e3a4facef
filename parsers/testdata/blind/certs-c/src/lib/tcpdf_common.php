<?php
// Shared bits for the TCPDF sources.
require_once('/usr/share/php/tcpdf/tcpdf.php');
function new_pdf($orient, $unit = 'pt', $title = 'Certificate') {
  $pdf = new TCPDF($orient, $unit, 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false);
  $pdf->setPrintFooter(false);
  $pdf->SetAutoPageBreak(false, 0);
  $pdf->SetMargins(0, 0, 0);
  $pdf->SetTitle($title);
  $pdf->setFontSubsetting(true);
  return $pdf;
}
// Blank text field for the TCPDF-built AcroForm templates (value left empty; filled later).
function tfield($pdf, $name, $x, $y, $w, $h, $multiline = false) {
  $prop = array('borderStyle' => 'none', 'fillColor' => array(247, 247, 250), 'textColor' => array(0, 0, 0));
  if ($multiline) { $prop['multiline'] = 'true'; }
  $pdf->SetFont('helvetica', '', 11);
  $pdf->TextField($name, $w, $h, $prop, array('v' => '', 'dv' => ''), $x, $y);
}
