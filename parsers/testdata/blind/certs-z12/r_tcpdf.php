<?php
// TCPDF renderer: php r_tcpdf.php content.json out.pdf
require_once '/usr/share/php/tcpdf/tcpdf.php';

function h($s) { return htmlspecialchars($s, ENT_QUOTES | ENT_HTML5, 'UTF-8'); }

function newpdf($orient = 'P', $format = 'LETTER') {
    $p = new TCPDF($orient, 'mm', $format, true, 'UTF-8', false);
    $p->setPrintHeader(false);
    $p->setPrintFooter(false);
    $p->SetAutoPageBreak(false);
    $p->SetMargins(0, 0, 0);
    $p->SetCreator('TCPDF');
    $p->AddPage();
    return $p;
}

// ------------------------------------------------------------------ zl04 (sidebar)
function zl04($c, $out) {
    $p = newpdf('L');
    $p->SetTitle('AABB Certificate of Completion');
    $p->SetFillColor(166, 25, 46);
    $p->Rect(0, 0, 68, 215.9, 'F');
    // drop logo
    $p->SetFillColor(255, 255, 255);
    $p->Circle(34, 45, 13, 0, 360, 'F');
    $p->Polygon([34, 20, 23, 39, 45, 39], 'F');
    $p->SetTextColor(166, 25, 46);
    $p->SetFont('dejavusans', 'B', 11);
    $p->SetXY(14, 42); $p->Cell(40, 6, $c['logo'], 0, 0, 'C');
    $p->SetTextColor(255, 255, 255);
    $p->SetFont('dejavusans', '', 9);
    $y = 120;
    foreach ($c['side'] as $s) {
        $p->SetXY(8, $y); $p->Cell(52, 5, $s, 0, 0, 'C'); $y += 5.5;
    }
    $p->SetTextColor(30, 30, 30);
    $x = 85;
    $p->SetXY($x, 28); $p->SetFont('dejavuserif', '', 32); $p->Cell(170, 14, $c['heading'], 0, 2, 'L');
    $p->SetXY($x, 55); $p->SetFont('dejavusans', '', 12); $p->SetTextColor(110, 110, 110);
    $p->Cell(170, 7, $c['intro'], 0, 2, 'L');
    $p->SetTextColor(30, 30, 30);
    $p->SetFont('dejavuserif', 'B', 26); $p->Cell(170, 13, $c['name'], 0, 2, 'L');
    $p->SetTextColor(110, 110, 110); $p->SetFont('dejavusans', '', 12);
    $p->Cell(170, 8, $c['verb'], 0, 2, 'L');
    $p->SetTextColor(166, 25, 46); $p->SetFont('dejavuserif', 'B', 12.5);
    $p->Cell(180, 9, $c['title'], 0, 2, 'L');
    $p->SetTextColor(30, 30, 30);
    $y = 120;
    foreach ($c['fields'] as $f) {
        $p->SetXY($x, $y);
        $p->SetFont('dejavusans', 'B', 11); $p->Cell(40, 7, $f[0] . ':', 0, 0, 'L');
        $p->SetFont('dejavusans', '', 11); $p->Cell(80, 7, $f[1], 0, 0, 'L');
        $y += 8;
    }
    $p->SetLineStyle(['width' => 0.3, 'color' => [0, 0, 0]]);
    $p->Line(190, 160, 260, 160);
    $p->SetXY(190, 161); $p->SetFont('dejavusans', '', 9);
    $p->Cell(70, 5, 'Director, Education Programs', 0, 0, 'L');
    $y = 178;
    foreach ($c['statements'] as $s) {
        $p->SetXY($x, $y); $p->SetFont('dejavusans', 'I', 8);
        $p->MultiCell(180, 4, $s, 0, 'L', false, 1);
        $y = $p->GetY() + 1.5;
    }
    $p->SetXY($x, 204); $p->SetFont('dejavusans', '', 7); $p->SetTextColor(120, 120, 120);
    $p->Cell(180, 4, $c['footer'], 0, 0, 'L');
    $p->Output($out, 'F');
}

// ------------------------------------------------------------------ zl12 (table)
function zl12($c, $out) {
    $p = newpdf('P');
    $p->SetFillColor(35, 57, 91);
    $p->Rect(0, 0, 215.9, 30, 'F');
    $p->SetFillColor(232, 119, 34);
    $p->Rect(0, 30, 215.9, 3, 'F');
    $p->SetTextColor(255, 255, 255);
    $p->SetFont('helvetica', 'B', 24); $p->SetXY(20, 9); $p->Cell(60, 12, $c['org'], 0, 0, 'L');
    $p->SetFont('helvetica', '', 12); $p->SetXY(110, 11); $p->Cell(86, 10, $c['heading'], 0, 0, 'R');
    $p->SetTextColor(0, 0, 0);
    $p->SetXY(20, 50);
    $rows = '';
    foreach ($c['rows'] as $r) {
        $rows .= '<tr><td width="35%" style="background-color:#eef2f7;"><b>' . h($r[0]) . '</b></td><td width="65%">' . h($r[1]) . '</td></tr>';
    }
    $html = '<p style="font-size:11pt;">The learner named below has completed the following continuing education course.</p>'
          . '<table border="0.4" cellpadding="6" style="font-size:11pt;">' . $rows . '</table>';
    $p->SetFont('dejavusans', '', 11);
    $p->writeHTMLCell(176, 0, 20, 50, $html, 0, 1);
    $y = $p->GetY() + 10;
    foreach ($c['statements'] as $s) {
        $p->SetXY(20, $y); $p->SetFont('dejavusans', '', 8.5);
        $p->MultiCell(176, 4.5, $s, 0, 'L', false, 1);
        $y = $p->GetY() + 2;
    }
    $p->SetXY(20, 262); $p->SetFont('dejavusans', '', 7.5); $p->SetTextColor(130, 130, 130);
    $p->Cell(176, 4, 'Verify this certificate online with your LabCE account.', 0, 0, 'C');
    $p->Output($out, 'F');
}

// ------------------------------------------------------------------ zl19 (header band)
function zl19($c, $out) {
    $p = newpdf('P');
    $p->SetFillColor(0, 84, 122);
    $p->Rect(0, 0, 215.9, 42, 'F');
    // petri-dish logo
    $p->SetLineStyle(['width' => 1.2, 'color' => [255, 255, 255]]);
    $p->Circle(30, 21, 11, 0, 360, 'D');
    $p->SetFillColor(255, 255, 255);
    $p->Circle(26, 18, 2.2, 0, 360, 'F'); $p->Circle(33, 24, 3, 0, 360, 'F'); $p->Circle(32, 16, 1.4, 0, 360, 'F');
    $p->SetTextColor(255, 255, 255);
    $p->SetXY(48, 11); $p->SetFont('dejavusans', 'B', 22); $p->Cell(100, 10, $c['logo'], 0, 2, 'L');
    $p->SetFont('dejavusans', '', 12); $p->Cell(140, 7, $c['org'], 0, 0, 'L');
    $p->SetTextColor(20, 20, 20);
    $p->SetXY(0, 62); $p->SetFont('dejavuserif', '', 30); $p->Cell(215.9, 14, $c['heading'], 0, 2, 'C');
    $p->Ln(4);
    $p->SetFont('dejavuserif', 'I', 13); $p->Cell(215.9, 8, $c['intro'], 0, 2, 'C');
    $p->SetFont('dejavuserif', 'B', 24); $p->Cell(215.9, 13, $c['name'], 0, 2, 'C');
    $p->SetFont('dejavuserif', 'I', 13); $p->Cell(215.9, 8, $c['verb'], 0, 2, 'C');
    $p->Ln(2);
    $p->SetFont('dejavuserif', 'B', 15.5);
    foreach ($c['title_lines'] as $t) { $p->Cell(215.9, 8, $t, 0, 2, 'C'); }
    $y = 150;
    foreach ($c['fields'] as $f) {
        $p->SetXY(45, $y);
        $p->SetFont('dejavusans', 'B', 11); $p->Cell(60, 7, $f[0] . ':', 0, 0, 'R');
        $p->SetFont('dejavusans', '', 11); $p->Cell(70, 7, '  ' . $f[1], 0, 0, 'L');
        $y += 8;
    }
    $p->SetLineStyle(['width' => 0.3, 'color' => [0, 0, 0]]);
    $p->Line(72, 210, 144, 210);
    $p->SetXY(0, 211); $p->SetFont('dejavusans', '', 9.5);
    $p->Cell(215.9, 5, 'Director, Professional Development', 0, 2, 'C');
    $p->SetXY(25, 238); $p->SetFont('dejavusans', '', 8.5); $p->SetTextColor(80, 80, 80);
    $p->MultiCell(166, 4.5, $c['statement'], 0, 'C', false, 1);
    $p->SetXY(25, 252); $p->SetFont('dejavusans', '', 7.5);
    $p->Cell(166, 4, 'American Society for Microbiology · 1752 N Street NW · Washington, DC 20036', 0, 0, 'C');
    $p->Output($out, 'F');
}

// ------------------------------------------------------------------ zl28 (centred + statement box)
function zl28($c, $out) {
    $p = newpdf('P');
    $p->SetLineStyle(['width' => 1.5, 'color' => [46, 90, 60]]);
    $p->Rect(10, 10, 195.9, 259.4, 'D');
    $p->SetLineStyle(['width' => 0.4, 'color' => [46, 90, 60]]);
    $p->Rect(13, 13, 189.9, 253.4, 'D');
    // pine-tree logo
    $p->SetFillColor(46, 90, 60);
    $p->Polygon([107.95, 22, 98, 40, 117.9, 40], 'F');
    $p->Polygon([107.95, 30, 95, 50, 120.9, 50], 'F');
    $p->Rect(105.95, 50, 4, 5, 'F');
    $p->SetTextColor(46, 90, 60);
    $p->SetXY(0, 58); $p->SetFont('dejavusans', 'B', 13); $p->Cell(215.9, 7, $c['org'], 0, 2, 'C');
    $p->SetFont('dejavusans', '', 10); $p->Cell(215.9, 5, $c['logo'], 0, 2, 'C');
    $p->SetTextColor(20, 20, 20);
    $p->Ln(5);
    $p->SetFont('dejavuserif', '', 28); $p->Cell(215.9, 13, $c['heading'], 0, 2, 'C');
    $p->Ln(3);
    $p->SetFont('dejavuserif', 'B', 13.5); $p->Cell(215.9, 9, $c['title'], 0, 2, 'C');
    $p->SetFont('dejavuserif', '', 12); $p->Cell(215.9, 7, $c['where'], 0, 2, 'C');
    $p->Ln(6);
    $p->SetFont('dejavuserif', 'I', 12.5); $p->Cell(215.9, 7, $c['intro'], 0, 2, 'C');
    $p->SetFont('dejavuserif', 'B', 18); $p->Cell(215.9, 12, $c['name'], 0, 2, 'C');
    $p->SetFont('dejavuserif', 'I', 12.5); $p->Cell(215.9, 7, $c['verb'], 0, 2, 'C');
    $p->SetFont('dejavuserif', 'B', 17); $p->Cell(215.9, 10, $c['credit_line'], 0, 2, 'C');
    $p->Ln(2);
    $parts = [];
    foreach ($c['fields'] as $f) { $parts[] = $f[0] . ': ' . $f[1]; }
    $p->SetFont('dejavusans', '', 10); $p->Cell(215.9, 6, implode('      ', $parts), 0, 2, 'C');
    // statement box
    $p->SetFillColor(238, 244, 238);
    $p->SetLineStyle(['width' => 0.3, 'color' => [46, 90, 60]]);
    $html = '';
    foreach ($c['statements'] as $s) { $html .= '<p>' . h($s) . '</p>'; }
    $p->SetFont('dejavusans', '', 8.5);
    $p->SetXY(25, 190);
    $p->writeHTMLCell(165.9, 50, 25, 190, '<div style="font-size:8.5pt;line-height:1.3;">' . $html . '</div>', 1, 1, true, true, 'L');
    $p->SetLineStyle(['width' => 0.3, 'color' => [0, 0, 0]]);
    $p->Line(72, 252, 144, 252);
    $p->SetXY(0, 253); $p->SetFont('dejavusans', '', 9);
    $p->Cell(215.9, 5, 'Symposium Course Director', 0, 0, 'C');
    $p->Output($out, 'F');
}

// ------------------------------------------------------------------ zl34 (transcript excerpt)
function zl34($c, $out) {
    $p = newpdf('L');
    $p->SetFillColor(0, 70, 127);
    $p->Rect(0, 0, 279.4, 24, 'F');
    $p->SetFillColor(255, 255, 255);
    $p->Polygon([18, 6, 12, 18, 24, 18], 'F');
    $p->SetTextColor(255, 255, 255);
    $p->SetXY(30, 5); $p->SetFont('helvetica', 'B', 18); $p->Cell(40, 9, $c['logo'], 0, 2, 'L');
    $p->SetFont('helvetica', '', 10); $p->Cell(120, 5, $c['org'], 0, 0, 'L');
    $p->SetTextColor(0, 0, 0);
    $p->SetXY(18, 34); $p->SetFont('dejavusans', 'B', 17); $p->Cell(240, 9, $c['heading'], 0, 1, 'L');
    $y = 48;
    foreach ($c['meta'] as $i => $m) {
        $col = $i % 2; $row = intdiv($i, 2);
        $p->SetXY(18 + $col * 125, $y + $row * 7);
        $p->SetFont('dejavusans', 'B', 10); $p->Cell(40, 6, $m[0] . ':', 0, 0, 'L');
        $p->SetFont('dejavusans', '', 10); $p->Cell(80, 6, $m[1], 0, 0, 'L');
    }
    $t = $c['table'];
    $w = ['12%', '13%', '50%', '10%', '15%'];
    $html = '<table border="0.3" cellpadding="5"><tr style="background-color:#dbe5f1;">';
    foreach ($t[0] as $j => $x) { $html .= '<th width="' . $w[$j] . '"><b>' . h($x) . '</b></th>'; }
    $html .= '</tr>';
    for ($i = 1; $i < count($t); $i++) {
        $html .= '<tr>';
        foreach ($t[$i] as $j => $x) { $html .= '<td width="' . $w[$j] . '">' . h($x) . '</td>'; }
        $html .= '</tr>';
    }
    $html .= '</table>';
    $p->SetFont('dejavusans', '', 10);
    $p->writeHTMLCell(243, 0, 18, 72, $html, 0, 1);
    $p->SetXY(18, $p->GetY() + 4); $p->SetFont('dejavusans', 'I', 9);
    $p->Cell(243, 5, $c['shown'], 0, 2, 'L');
    $p->SetFont('dejavusans', 'B', 10); $p->Cell(243, 6, $c['total'], 0, 2, 'L');
    $p->SetXY(18, 190); $p->SetFont('dejavusans', '', 7.5); $p->SetTextColor(110, 110, 110);
    $p->MultiCell(243, 4, 'This transcript excerpt lists continuing education recorded in your AMT member account. Hours are shown as reported by the course provider. American Medical Technologists · 10700 W. Higgins Road, Suite 150 · Rosemont, IL 60018', 0, 'L', false, 1);
    $p->Output($out, 'F');
}

$data = json_decode(file_get_contents($argv[1]), true);
$fn = $data['id'];
$fn($data['c'], $argv[2]);
