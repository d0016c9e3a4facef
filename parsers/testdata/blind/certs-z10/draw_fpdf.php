<?php
// Draws an engine.py display list with FPDF (core fonts, cp1252).
require_once('/usr/share/php/fpdf/fpdf.php');
$j = json_decode(file_get_contents($argv[1]), true);
$W = $j['W']; $H = $j['H'];
$pdf = new FPDF($W > $H ? 'L' : 'P', 'pt', array(min($W,$H), max($W,$H)));
$pdf->SetAutoPageBreak(false); $pdf->SetMargins(0,0,0);
$pdf->SetTitle($j['title'], true); $pdf->SetAuthor($j['author'], true);
$pdf->AddPage();
$fam = array('H'=>array('Helvetica',''),'HB'=>array('Helvetica','B'),'HI'=>array('Helvetica','I'),
 'T'=>array('Times',''),'TB'=>array('Times','B'),'TI'=>array('Times','I'),'C'=>array('Courier',''),'CB'=>array('Courier','B'));
function c255($c){ return array_map(function($v){return (int)round($v*255);}, $c); }
foreach ($j['D'] as $it) {
  if ($it[0]=='r') {
    list(,$x,$y,$w,$h,$fill,$stroke,$lw) = $it; $st='';
    if ($fill) { $c=c255($fill); $pdf->SetFillColor($c[0],$c[1],$c[2]); $st.='F'; }
    if ($stroke) { $c=c255($stroke); $pdf->SetDrawColor($c[0],$c[1],$c[2]); $pdf->SetLineWidth($lw); $st.='D'; }
    $pdf->Rect($x,$y,$w,$h,$st);
  } elseif ($it[0]=='l') {
    list(,$x1,$y1,$x2,$y2,$col,$lw) = $it; $c=c255($col);
    $pdf->SetDrawColor($c[0],$c[1],$c[2]); $pdf->SetLineWidth($lw); $pdf->Line($x1,$y1,$x2,$y2);
  } else {
    list(,$x,$y,$f,$s,$col,$t) = $it; $c=c255($col);
    $pdf->SetTextColor($c[0],$c[1],$c[2]); $pdf->SetFont($fam[$f][0],$fam[$f][1],$s);
    $pdf->Text($x,$y,iconv('UTF-8','windows-1252//TRANSLIT',$t));
  }
}
$pdf->Output('F', $j['out']);
