<?php
// TCPDF with its Unicode (TrueTypeUnicode) fonts: ToUnicode CMaps made of <XX00> <XXff> <XX00> bfranges.
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
$courses = json_decode(file_get_contents(__DIR__ . '/../courses.json'), true);
function gold($out, $name, $kind, $notes, $pages) {
    file_put_contents("$out/$name.gold.json", json_encode(array('kind'=>$kind, 'producer'=>'tcpdf', 'notes'=>$notes,
        'pages'=>$pages), JSON_PRETTY_PRINT|JSON_UNESCAPED_UNICODE|JSON_UNESCAPED_SLASHES) . "\n");
}
class NoLinkTCPDF extends TCPDF {
    public function __construct($o, $u, $f, $uni, $enc, $dc) { parent::__construct($o, $u, $f, $uni, $enc, $dc); $this->tcpdflink = false; }
}
function mk() {
    $p = new NoLinkTCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
    $p->setPrintHeader(false); $p->setPrintFooter(false);
    $p->SetMargins(54, 54, 54); $p->SetAutoPageBreak(true, 54);
    $p->SetCreator('TCPDF'); $p->setFontSubsetting(true);
    return $p;
}

// ---------- cmap0000-1-tcpdf: certificate, dejavusans
$p = mk(); $p->AddPage(); $g = array();
$p->SetLineWidth(1.5); $p->Rect(36, 36, 540, 720);
$p->SetY(90);
$p->SetFont('dejavusans', 'B', 15); $p->Cell(0, 20, 'Szpital Uniwersytecki – Zakład Diagnostyki Laboratoryjnej', 0, 1, 'C'); $g[] = 'Szpital Uniwersytecki – Zakład Diagnostyki Laboratoryjnej';
$p->SetFont('dejavusans', '', 11); $p->Cell(0, 16, 'University Hospital – Department of Laboratory Diagnostics, Kraków', 0, 1, 'C'); $g[] = 'University Hospital – Department of Laboratory Diagnostics, Kraków';
$p->Ln(40);
$p->SetFont('dejavusans', 'B', 24); $p->Cell(0, 30, 'Certificate of Completion', 0, 1, 'C'); $g[] = 'Certificate of Completion';
$p->Ln(10);
$p->SetFont('dejavusans', '', 13); $p->Cell(0, 18, 'awarded to', 0, 1, 'C'); $g[] = 'awarded to';
$p->SetFont('dejavusans', 'B', 18); $p->Cell(0, 26, 'Łukasz Wiśniewski-Ødegård, MLS(ASCP)ᶜᴹ', 0, 1, 'C'); $g[] = 'Łukasz Wiśniewski-Ødegård, MLS(ASCP)ᶜᴹ';
$p->SetFont('dejavusans', '', 12); $p->Cell(0, 18, 'for the course', 0, 1, 'C'); $g[] = 'for the course';
$p->SetFont('dejavusans', 'B', 14); $p->Cell(0, 20, '“Blood Gas Analysis: pH, pCO₂, pO₂ and HCO₃⁻”', 0, 1, 'C'); $g[] = '“Blood Gas Analysis: pH, pCO₂, pO₂ and HCO₃⁻”';
$p->Ln(20);
$p->SetFont('dejavusans', '', 11);
foreach (array(array('Date / Data:', '15.10.2024'), array('Credits:', '1.5 P.A.C.E.® (≥ 70 % on post-test)'),
               array('Lactate cut-off:', '≥ 2 mmol/L · ionized Ca²⁺ 1.15–1.33 mmol/L'), array('Verified:', '✓ yes — see register № 2024/118')) as $kv) {
  $p->SetX(100); $p->Cell(110, 18, $kv[0], 0, 0); $p->Cell(0, 18, $kv[1], 0, 1); $g[] = $kv[0] . ' ' . $kv[1];
}
$p->Ln(50);
$p->SetFont('dejavusans', '', 10); $p->Cell(0, 14, 'dr hab. n. med. Agnieszka Żółtowska-Brennan, Kierownik Zakładu', 0, 1, 'C'); $g[] = 'dr hab. n. med. Agnieszka Żółtowska-Brennan, Kierownik Zakładu';
$p->Output("$out/cmap0000-1-tcpdf.pdf", 'F');
gold($out, 'cmap0000-1-tcpdf', 'cmap0000', 'TCPDF dejavusans / dejavusansb (Type0, Identity-H, CIDFontType2 with a CIDToGIDMap stream; codes are '
  . 'Unicode code points). ToUnicode is 256 bfranges "<0000> <00ff> <0000>", "<0100> <01ff> <0100>" ... up to <ff00>. '
  . 'Text includes Polish letters, superscript/subscript digits (ᶜᴹ U+1D9C U+1D39, ₂, ₃, ⁻, ²⁺), ≥, ✓, №, ®, curly quotes.', array($g));

// ---------- cmap0000-2-tcpdf: 2-page transcript via writeHTML table, dejavuserif
$p = mk();
$pages = array();
foreach (array(array_slice($courses, 0, 10), array_slice($courses, 10, 10)) as $pi => $chunk) {
  $p->AddPage(); $g = array();
  $p->SetFont('dejavuserif', 'B', 15); $p->Cell(0, 20, 'Transcript of Continuing Education – Fiscal Year 2024', 0, 1); $g[] = 'Transcript of Continuing Education – Fiscal Year 2024';
  $p->SetFont('dejavuserif', '', 11); $p->Cell(0, 16, 'Participant: Søren Ávila-Nakagawa · ID 77-0418 · Page ' . ($pi + 1) . ' of 2', 0, 1); $g[] = 'Participant: Søren Ávila-Nakagawa · ID 77-0418 · Page ' . ($pi + 1) . ' of 2';
  $p->Ln(8);
  $html = '<table cellpadding="3" border="0"><tr style="font-weight:bold"><td width="52%">Activity Title</td><td width="20%">Completion Date</td><td width="10%">Credits</td><td width="18%">Credit Type</td></tr>';
  $g[] = 'Activity Title Completion Date Credits Credit Type';
  foreach ($chunk as $r) {
    $html .= '<tr><td width="52%">' . htmlspecialchars($r[0]) . '</td><td width="20%">' . $r[1] . '</td><td width="10%">' . $r[2] . '</td><td width="18%">' . $r[3] . '</td></tr>';
    $g[] = implode(' ', $r);
  }
  $html .= '</table>';
  $p->SetFont('dejavuserif', '', 9);
  $p->writeHTML($html, true, false, false, false, '');
  $pages[] = $g;
}
$p->Output("$out/cmap0000-2-tcpdf.pdf", 'F');
gold($out, 'cmap0000-2-tcpdf', 'cmap0000', 'TCPDF dejavuserif (+bold) Type0 fonts with the 256-range "<XX00> <XXff> <XX00>" ToUnicode; the '
  . 'table is TCPDF writeHTML output (each cell its own BT, bold header row). Two pages.', $pages);

// ---------- cmap0000-3-tcpdf: mixed dejavusanscondensed + dejavusansmono, Greek/Cyrillic
$p = mk(); $p->AddPage(); $g = array();
$p->SetFont('dejavusanscondensed', 'B', 16); $p->Cell(0, 20, 'Διεθνές Σεμινάριο Αιματολογίας / International Hematology Seminar', 0, 1); $g[] = 'Διεθνές Σεμινάριο Αιματολογίας / International Hematology Seminar';
$p->SetFont('dejavusanscondensed', '', 11); $p->Cell(0, 16, 'Thessaloniki, 7–9 November 2024 · 12 contact hours', 0, 1); $g[] = 'Thessaloniki, 7–9 November 2024 · 12 contact hours';
$p->Ln(12);
$p->SetFont('dejavusanscondensed', '', 12); $p->Cell(0, 18, 'Attendance certificate for / Πιστοποιητικό παρακολούθησης:', 0, 1); $g[] = 'Attendance certificate for / Πιστοποιητικό παρακολούθησης:';
$p->SetFont('dejavusanscondensed', 'B', 14); $p->Cell(0, 20, 'Ελένη Παπαδοπούλου-Карпова, MLS', 0, 1); $g[] = 'Ελένη Παπαδοπούλου-Карпова, MLS';
$p->Ln(8);
$p->SetFont('dejavusansmono', '', 10);
$rows = array(array('SESSION', 'DAY', 'HOURS'), array('Μυελοδυσπλαστικά σύνδρομα (MDS)', 'Thu', '4.0'),
              array('Flow cytometry: CD34⁺/CD38⁻ gating', 'Fri', '4.0'), array('Ферритин и гепсидин (iron studies)', 'Sat', '4.0'));
foreach ($rows as $r) { $p->Cell(300, 16, $r[0], 0, 0); $p->Cell(60, 16, $r[1], 0, 0); $p->Cell(0, 16, $r[2], 0, 1); $g[] = implode(' ', $r); }
$p->Ln(10);
$p->SetFont('dejavusanscondensed', '', 11); $p->Cell(0, 16, 'Total: 12.0 h — ECTS-equivalent 0.5 · accredited by ΕΕΚΒ', 0, 1); $g[] = 'Total: 12.0 h — ECTS-equivalent 0.5 · accredited by ΕΕΚΒ';
$p->Output("$out/cmap0000-3-tcpdf.pdf", 'F');
gold($out, 'cmap0000-3-tcpdf', 'cmap0000', 'TCPDF dejavusanscondensed(+bold) and dejavusansmono Type0 fonts, ToUnicode bfranges <0000> <00ff> <0000> ... '
  . 'Greek and Cyrillic text (codes >= 0x0370, so the ranges <0300>/<0400> matter), superscript ⁺ and ⁻.', array($g));

// ---------- form-5-tcpdf: form fields filled, not flattened
$p = mk(); $p->AddPage(); $g = array();
$p->SetFont('helvetica', 'B', 16); $p->Cell(0, 20, 'Northgate Clinical Laboratories', 0, 1); $g[] = 'Northgate Clinical Laboratories';
$p->SetFont('helvetica', '', 11); $p->Cell(0, 16, 'Competency Sign-off Form (electronic)', 0, 1); $g[] = 'Competency Sign-off Form (electronic)';
$p->Ln(14);
$p->SetFont('helvetica', '', 11);
$fields = array(array('tech', 'Technologist:', 'Perpetua Onwudiwe-Lindgren'), array('assay', 'Assay:', 'Fibrinogen (Clauss)'),
                array('dt', 'Sign-off date:', '07/30/2024'), array('ceu', 'CE credit:', '0.5 CMLE'));
foreach ($fields as $f) {
  $p->Cell(110, 20, $f[1], 0, 0);
  $p->TextField($f[0], 260, 20, array('borderColor'=>array(0,0,0), 'lineWidth'=>1), array('v'=>$f[2]));
  $p->Ln(28); $g[] = $f[1] . ' ' . $f[2];
}
$p->Cell(110, 20, 'Observations:', 0, 0);
$obs = "Ran 3 levels of QC in range.\nPatient correlation r = 0.98.";
$p->TextField('obs', 260, 44, array('multiline'=>true, 'borderColor'=>array(0,0,0), 'lineWidth'=>1), array('v'=>$obs));
$p->Ln(52);
$p->CheckBox('ok', 14, true, array(), array(), 'OK');
$p->Cell(0, 14, ' Meets competency criteria', 0, 1);
$p->Output("$out/form-5-tcpdf.pdf", 'F');
$g[] = 'Observations: Ran 3 levels of QC in range.'; $g[] = 'Patient correlation r = 0.98.';
$g[] = "\u{25A0} Meets competency criteria";
gold($out, 'form-5-tcpdf', 'form', 'TCPDF form: TextField values (/V as UTF-16 hex strings) with TCPDF-generated /AP appearance streams, not '
  . 'flattened, /NeedAppearances false. Field text sits 2-4pt above the label baseline (label cells are vertically '
  . 'centred, field text top-aligned) and reads as one line with the label. "obs" is multi-line (two lines). The '
  . 'check box is on and its appearance draws ZapfDingbats "n" = a73 U+25A0 (a text glyph), so the gold has the square. '
  . 'mutool prints field text as separate blocks and the square as "n".', array($g));
