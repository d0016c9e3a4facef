<?php
// Shared helpers for the TCPDF renderers. Usage: php X.php data.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

function load_data() {
    global $argv;
    return json_decode(file_get_contents($argv[1]), true);
}
function h($s) { return htmlspecialchars($s, ENT_QUOTES, 'UTF-8'); }

class FooterPDF extends TCPDF {
    public $footerText = '';
    public $pageOf = true;
    public $footerFont = 'helvetica';
    public function Header() {}
    public function Footer() {
        $this->SetY(-14);
        $this->SetFont($this->footerFont, '', 8);
        if ($this->footerText !== '') $this->Cell(120, 6, $this->footerText, 0, 0, 'L');
        if ($this->pageOf) $this->Cell(0, 6, 'Page ' . $this->getAliasNumPage() . ' of ' . $this->getAliasNbPages(), 0, 0, 'R');
    }
}
function new_pdf($orient, $format, $footerText = '', $pageOf = true) {
    $pdf = new FooterPDF($orient, 'mm', $format, true, 'UTF-8', false);
    $pdf->SetCreator('TCPDF');
    $pdf->SetTitle('CE Transcript');
    $pdf->setPrintHeader(false);
    $pdf->footerText = $footerText;
    $pdf->pageOf = $pageOf;
    $pdf->setPrintFooter($footerText !== '' || $pageOf);
    return $pdf;
}
// TCPDF wants an absolute file name.
function out_path() {
    global $argv;
    $o = $argv[2];
    return ($o[0] === '/') ? $o : getcwd() . '/' . $o;
}
