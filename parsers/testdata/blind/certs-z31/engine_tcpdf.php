<?php
// tcpdf producer for the z31 blind set: php engine_tcpdf.php spec.json out.pdf
require_once '/usr/share/php/tcpdf/tcpdf.php';

function make_pdf($orient) {
    $p = new TCPDF($orient, 'pt', 'LETTER', true, 'UTF-8', false);
    $p->setPrintHeader(false);
    $p->setPrintFooter(false);
    $p->SetAutoPageBreak(false, 0);
    $p->SetMargins(0, 0, 0);
    $p->setCellPaddings(0, 0, 0, 0);
    $p->SetTitle('Certificate');
    $p->SetCreator('TCPDF');
    return $p;
}
function save_pdf($p, $out) { $p->Output($out, 'F'); }
function enc($s) { return $s; }
function draw_circle($p, $x, $y, $r) { $p->Circle($x, $y, $r); }

require_once __DIR__ . '/engine_common.php';
$spec = json_decode(file_get_contents($argv[1]), true);
run_engine($argv, $spec['page']['font'] == 'serif' ? 'dejavuserif' : 'dejavusans');
