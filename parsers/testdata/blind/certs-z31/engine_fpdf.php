<?php
// fpdf producer for the z31 blind set: php engine_fpdf.php spec.json out.pdf
require_once '/usr/share/php/fpdf/fpdf.php';

class CertFPDF extends FPDF {
    function Circle($x, $y, $r) {
        // four Bezier arcs
        $k = $this->k; $hp = $this->h;
        $c = 0.5523 * $r;
        $pt = function ($px, $py) use ($k, $hp) { return sprintf('%.2F %.2F', $px * $k, ($hp - $py) * $k); };
        $this->_out($pt($x + $r, $y) . ' m');
        $this->_out($pt($x + $r, $y - $c) . ' ' . $pt($x + $c, $y - $r) . ' ' . $pt($x, $y - $r) . ' c');
        $this->_out($pt($x - $c, $y - $r) . ' ' . $pt($x - $r, $y - $c) . ' ' . $pt($x - $r, $y) . ' c');
        $this->_out($pt($x - $r, $y + $c) . ' ' . $pt($x - $c, $y + $r) . ' ' . $pt($x, $y + $r) . ' c');
        $this->_out($pt($x + $c, $y + $r) . ' ' . $pt($x + $r, $y + $c) . ' ' . $pt($x + $r, $y) . ' c S');
    }
}

function make_pdf($orient) {
    $p = new CertFPDF($orient, 'pt', 'Letter');
    $p->SetAutoPageBreak(false);
    $p->SetMargins(0, 0, 0);
    $p->SetTitle('Certificate');
    return $p;
}
function save_pdf($p, $out) { $p->Output('F', $out); }
function enc($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function draw_circle($p, $x, $y, $r) { $p->Circle($x, $y, $r); }

require_once __DIR__ . '/engine_common.php';
$spec = json_decode(file_get_contents($argv[1]), true);
run_engine($argv, $spec['page']['font'] == 'serif' ? 'Times' : 'Helvetica');
