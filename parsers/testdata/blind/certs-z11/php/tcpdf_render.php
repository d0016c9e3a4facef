<?php
// Renders an engine.py op list with TCPDF (DejaVu TrueType fonts, UTF-8).
require_once('/usr/share/php/tcpdf/tcpdf.php');

$data = json_decode(file_get_contents($argv[1]), true);
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false, 0);
$pdf->SetMargins(0, 0, 0);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->setCellMargins(0, 0, 0, 0);
$pdf->SetTitle($data['meta']['title']);
$pdf->SetAuthor($data['meta']['author']);
$pdf->SetCreator('TCPDF certificate generator');
$famap = array('sans' => 'dejavusans', 'serif' => 'dejavuserif', 'mono' => 'dejavusansmono');
foreach ($data['pages'] as $pg) {
    $w = $pg['w']; $h = $pg['h'];
    $pdf->AddPage($w > $h ? 'L' : 'P', array($w, $h));
    foreach ($pg['ops'] as $o) {
        switch ($o['op']) {
        case 'font':
            $pdf->SetFont($famap[$o['fam']], $o['style'], $o['size']); break;
        case 'fill':
            $c = $o['rgb'];
            $pdf->SetFillColor(round($c[0]*255), round($c[1]*255), round($c[2]*255));
            $pdf->SetTextColor(round($c[0]*255), round($c[1]*255), round($c[2]*255)); break;
        case 'stroke':
            $c = $o['rgb'];
            $pdf->SetDrawColor(round($c[0]*255), round($c[1]*255), round($c[2]*255));
            $pdf->SetLineWidth($o['lw']); break;
        case 'text':
            $pdf->setFontSpacing($o['cs']);
            $pdf->Text($o['x'], $o['y'], $o['s'], false, false, true, 0, 0, 'L', false, '', 0, false, 'L', 'M');
            $pdf->setFontSpacing(0);
            break;
        case 'rect':
            $pdf->Rect($o['x'], $o['y'], $o['w'], $o['h'], $o['mode'] == 'S' ? 'D' : $o['mode']); break;
        case 'line':
            $pdf->Line($o['x1'], $o['y1'], $o['x2'], $o['y2']); break;
        case 'ellipse':
            $pdf->Ellipse($o['cx'], $o['cy'], $o['rx'], $o['ry'], 0, 0, 360, $o['mode'] == 'S' ? 'D' : $o['mode']); break;
        case 'poly':
            $pdf->Polygon($o['pts'], $o['mode'] == 'S' ? 'D' : $o['mode']); break;
        case 'html':
            $pdf->writeHTMLCell($o['w'], 0, $o['x'], $o['y'], $o['html'], 0, 0, false, true, '', true); break;
        default:
            fwrite(STDERR, "unknown op " . $o['op'] . "\n"); exit(1);
        }
    }
}
$pdf->Output($argv[2], 'F');
