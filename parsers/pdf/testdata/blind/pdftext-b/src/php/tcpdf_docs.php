<?php
// TCPDF (php-tcpdf) documents.  Usage: php tcpdf_docs.php OUTDIR
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
$courses = json_decode(file_get_contents(__DIR__ . '/../courses.json'), true);
function gold($out, $name, $kind, $notes, $pages) {
    file_put_contents("$out/$name.gold.json", json_encode(array('kind'=>$kind, 'producer'=>'tcpdf', 'notes'=>$notes,
        'pages'=>$pages), JSON_PRETTY_PRINT|JSON_UNESCAPED_UNICODE|JSON_UNESCAPED_SLASHES) . "\n");
}
class NoLinkTCPDF extends TCPDF {
    // drop the invisible (Tr 3) "Powered by TCPDF" line that TCPDF appends to the last page
    public function __construct($o, $u, $f, $uni, $enc, $dc) { parent::__construct($o, $u, $f, $uni, $enc, $dc); $this->tcpdflink = false; }
}
function mk() {
    $p = new NoLinkTCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
    $p->setPrintHeader(false); $p->setPrintFooter(false);
    $p->SetMargins(54, 54, 54); $p->SetAutoPageBreak(true, 54);
    $p->SetCreator('TCPDF'); $p->setFontSubsetting(true);
    return $p;
}

// ---------------- std14-2-tcpdf: core fonts transcript
$p = mk(); $p->AddPage(); $g = array();
$p->SetFont('helvetica', 'B', 16); $p->Cell(0, 20, 'CAP ACCREDITED LABORATORY - STAFF CE LOG', 0, 1); $g[] = 'CAP ACCREDITED LABORATORY - STAFF CE LOG';
$p->SetFont('times', '', 12); $p->Cell(0, 16, 'Harborview Reference Laboratory, Building 3, Suite 210', 0, 1); $g[] = 'Harborview Reference Laboratory, Building 3, Suite 210';
$p->SetFont('helvetica', '', 11); $p->Cell(0, 16, 'Staff member: Thandiwe Kowalczyk-Reyes   Badge 58810   Shift B', 0, 1); $g[] = 'Staff member: Thandiwe Kowalczyk-Reyes Badge 58810 Shift B';
$p->Ln(10);
$w = array(250, 100, 60, 94);
$p->SetFont('helvetica', 'B', 10);
$hdr = array('Activity Title', 'Completion Date', 'Credits', 'Credit Type');
foreach ($hdr as $i => $h) $p->Cell($w[$i], 18, $h, 'B', 0);
$p->Ln(); $g[] = implode(' ', $hdr);
$p->SetFont('helvetica', '', 9.5);
foreach (array_slice($courses, 4, 12) as $r) { foreach ($r as $i => $v) $p->Cell($w[$i], 16, $v, 0, 0); $p->Ln(); $g[] = implode(' ', $r); }
$p->Ln(6);
$p->SetFont('courier', 'B', 10); $p->Cell(0, 14, 'SUBTOTAL 14.0 HOURS   REQUIRED 12.0   STATUS MET', 0, 1); $g[] = 'SUBTOTAL 14.0 HOURS REQUIRED 12.0 STATUS MET';
$p->SetFont('times', 'I', 10); $p->Cell(0, 14, 'Generated 11/30/2024 by LMS export v4.2', 0, 1); $g[] = 'Generated 11/30/2024 by LMS export v4.2';
$p->Output("$out/std14-2-tcpdf.pdf", 'F');
gold($out, 'std14-2-tcpdf', 'std14', 'TCPDF core fonts helvetica/times/courier: /Type1 with /Encoding /WinAnsiEncoding and no /Widths, '
  . 'no ToUnicode, no FontDescriptor. Each cell is its own BT..ET with Td. Multiple spaces inside one string (e.g. '
  . '"Reyes   Badge") collapse to one in the gold.', array($g));

// ---------------- spaced-5-tcpdf: font spacing (Tc) and stretching (Tz)
$p = mk(); $p->AddPage(); $g = array();
$p->SetFont('helvetica', 'B', 20); $p->setFontSpacing(5); $p->Cell(0, 26, 'CONTINUING EDUCATION', 0, 1, 'C'); $g[] = 'CONTINUING EDUCATION';
$p->setFontSpacing(0);
$p->SetFont('helvetica', '', 12); $p->setFontStretching(130); $p->Cell(0, 18, 'Clinical Microbiology Webinar Series', 0, 1, 'C'); $g[] = 'Clinical Microbiology Webinar Series';
$p->setFontStretching(100);
$p->Ln(20);
$p->SetFont('helvetica', '', 12); $p->Cell(95, 18, 'This certifies that', 0, 0);
$p->SetFont('helvetica', 'B', 13); $p->setFontSpacing(3.2); $p->Cell(0, 18, 'MAGDALENA FITZGERALD-OSEI', 0, 1); $p->setFontSpacing(0);
$g[] = 'This certifies that MAGDALENA FITZGERALD-OSEI';
$p->SetFont('helvetica', '', 12); $p->Cell(0, 18, 'completed the webinar listed below on 02/29/2024.', 0, 1); $g[] = 'completed the webinar listed below on 02/29/2024.';
$p->Ln(10);
$p->SetFont('helvetica', '', 12); $p->setFontStretching(80); $p->Cell(0, 18, 'Carbapenemase Detection: Phenotypic and Molecular Methods Compared', 0, 1); $g[] = 'Carbapenemase Detection: Phenotypic and Molecular Methods Compared';
$p->setFontStretching(100);
$p->SetFont('helvetica', 'B', 11); $p->setFontSpacing(2.5); $p->Cell(110, 18, 'CREDITS', 0, 0); $p->setFontSpacing(0); $p->SetFont('helvetica', '', 11); $p->Cell(0, 18, '1.0 P.A.C.E.', 0, 1); $g[] = 'CREDITS 1.0 P.A.C.E.';
$p->SetFont('helvetica', 'B', 11); $p->setFontSpacing(2.5); $p->Cell(110, 18, 'PROGRAM', 0, 0); $p->setFontSpacing(0); $p->SetFont('helvetica', '', 11); $p->Cell(0, 18, '519-112-24-044', 0, 1); $g[] = 'PROGRAM 519-112-24-044';
$p->Ln(30);
$p->SetFont('times', '', 11); $p->setFontSpacing(1.5); $p->setFontStretching(110); $p->Cell(0, 16, 'Issued by the Tidewater Clinical Laboratory Association', 0, 1, 'C'); $g[] = 'Issued by the Tidewater Clinical Laboratory Association';
$p->Output("$out/spaced-5-tcpdf.pdf", 'F');
gold($out, 'spaced-5-tcpdf', 'spaced', 'TCPDF setFontSpacing (written as Tc) and setFontStretching (written as Tz): title Tc 5 at 20pt, '
  . 'name Tc 3.2 beside normal text on one line, labels CREDITS/PROGRAM Tc 2.5, lines stretched 130%, 80%, and Tc 1.5 + Tz 110. pdftotext and mutool are WRONG: they split the Tc-spaced words into letters.', array($g));

// ---------------- symbol-4-tcpdf
$p = mk(); $p->AddPage(); $g = array();
$p->SetFont('helvetica', 'B', 15); $p->Cell(0, 20, 'ASCLS Immunology Self-Assessment - Results', 0, 1); $g[] = 'ASCLS Immunology Self-Assessment - Results';
$p->SetFont('helvetica', '', 11); $p->Cell(0, 16, 'Learner: Nkechi Vantongeren   Completed 09/12/2024', 0, 1); $g[] = 'Learner: Nkechi Vantongeren Completed 09/12/2024';
$p->Ln(8);
$rows = array(
  array('3', array(array('', 'IFN-'), array('s', 'g'), array('', ' release assay (IGRA) interpretation')), "\u{2713} IFN-\u{03B3} release assay (IGRA) interpretation"),
  array('3', array(array('', 'TNF-'), array('s', 'a'), array('', ' and IL-6 in cytokine release syndrome')), "\u{2713} TNF-\u{03B1} and IL-6 in cytokine release syndrome"),
  array('5', array(array('', 'C3/C4 and CH50: '), array('s', 'b'), array('', '1H globulin')), "\u{2715} C3/C4 and CH50: \u{03B2}1H globulin"),
  array('3', array(array('', 'Free light chains: '), array('s', 'k'), array('', ' 3.3-19.4 mg/L, '), array('s', 'l'), array('', ' 5.7-26.3 mg/L')), "\u{2713} Free light chains: \u{03BA} 3.3-19.4 mg/L, \u{03BB} 5.7-26.3 mg/L"),
);
foreach ($rows as $r) {
  $p->SetFont('zapfdingbats', '', 12); $p->Cell(22, 18, $r[0], 0, 0);
  foreach ($r[1] as $run) { $p->SetFont($run[0] == 's' ? 'symbol' : 'helvetica', '', 11); $p->Cell($p->GetStringWidth($run[1]), 18, $run[1], 0, 0, '', false, '', 0, false, 'T', 'M'); }
  $p->Ln(); $g[] = $r[2];
}
$p->Ln(8);
$p->SetFont('helvetica', '', 11); $p->Cell(70, 16, 'Score: 3/4', 0, 0);
$p->SetFont('symbol', '', 11); $p->Cell(17, 16, "\u{00AE}", 0, 0);
$p->SetFont('helvetica', '', 11); $p->Cell(0, 16, 'review item 3 before the retest', 0, 1);
$g[] = "Score: 3/4 \u{2192} review item 3 before the retest";
$p->Output("$out/symbol-4-tcpdf.pdf", 'F');
gold($out, 'symbol-4-tcpdf', 'symbol', 'TCPDF core fonts symbol and zapfdingbats beside helvetica, each run its own cell (own BT/Td). '
  . 'ZapfDingbats "3" = a19 U+2713, "5" = a21 U+2715; Symbol g/a/b/k/l Greek and 0xAE arrowright U+2192. mutool is WRONG on the dingbats (control characters) and splits runs into lines.', array($g));
