<?php
// Draws an engine.py display list with TCPDF (core fonts).
require_once('/usr/share/php/tcpdf/tcpdf.php');
$j = json_decode(file_get_contents($argv[1]), true);
$W = $j['W']; $H = $j['H'];
$pdf = new TCPDF($W > $H ? 'L' : 'P', 'pt', array(min($W,$H), max($W,$H)), true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false, 0); $pdf->SetMargins(0,0,0); $pdf->setCellPaddings(0,0,0,0);
$pdf->SetTitle($j['title']); $pdf->SetAuthor($j['author']); $pdf->SetCreator('TCPDF');
$pdf->AddPage();
$fam = array('H'=>array('helvetica',''),'HB'=>array('helvetica','B'),'HI'=>array('helvetica','I'),
 'T'=>array('times',''),'TB'=>array('times','B'),'TI'=>array('times','I'),'C'=>array('courier',''),'CB'=>array('courier','B'));
function c255($c){ return array_map(function($v){return (int)round($v*255);}, $c); }
foreach ($j['D'] as $it) {
  if ($it[0]=='r') {
    list(,$x,$y,$w,$h,$fill,$stroke,$lw) = $it; $st=''; $fc=array();
    if ($fill) { $fc=c255($fill); $st.='F'; }
    $ls = array();
    if ($stroke) { $ls=array('all'=>array('width'=>$lw,'color'=>c255($stroke))); $st.='D'; }
    $pdf->Rect($x,$y,$w,$h,$st,$ls,$fc);
  } elseif ($it[0]=='l') {
    list(,$x1,$y1,$x2,$y2,$col,$lw) = $it;
    $pdf->Line($x1,$y1,$x2,$y2,array('width'=>$lw,'color'=>c255($col)));
  } else {
    list(,$x,$y,$f,$s,$col,$t) = $it; $c=c255($col);
    $pdf->SetTextColor($c[0],$c[1],$c[2]); $pdf->SetFont($fam[$f][0],$fam[$f][1],$s);
    // TCPDF Text() positions the top of the cell; shift by the ascent so $y is the baseline
    $pdf->Text($x, $y - $s*0.80, $t, false, false, true, 0, 0, '', false, '', 0, false, 'T', 'T');
  }
}
$pdf->Output($j['out'], 'F');
