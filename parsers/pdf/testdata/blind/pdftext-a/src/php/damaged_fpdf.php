<?php
// Sources of damaged-2 (encrypted later by qpdf with RC4-128) and damaged-8
// (an unencrypted, uncompressed FPDF file whose page text contains "/Encrypt").
require '/usr/share/php/fpdf/fpdf.php';
function w($s) { return iconv('UTF-8', 'windows-1252', $s); }
$which = $argv[1];
$out = $argv[2];
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
if ($which == 'rc4') {
    $pdf->SetTitle('Transcript');
    $pdf->AddPage();
    $pdf->SetFont('Times', 'B', 16);
    $pdf->Text(60, 80, w('Southern Plains Blood Services'));
    $pdf->SetFont('Times', '', 11);
    $pdf->Text(60, 98, w('Continuing Education Transcript for Anneliese Mwangi-Przybylski, MLS(ASCP)'));
    $pdf->SetFont('Helvetica', 'B', 10);
    $y = 140;
    $cols = array(60, 320, 420, 480);
    foreach (array('Activity Title', 'Completion Date', 'Credits', 'Credit Type') as $i => $h) $pdf->Text($cols[$i], $y, $h);
    $rows = array(
        array('Donor Eligibility Updates 2025', '01/08/2025', '1.0', 'P.A.C.E.'),
        array('Apheresis Platelet Pathogen Reduction', '02/05/2025', '1.5', 'P.A.C.E.'),
        array('Irradiation of Cellular Components', '03/03/2025', '0.5', 'P.A.C.E.'),
        array('Antibody Titers for Prenatal Patients', '03/19/2025', '1.0', 'P.A.C.E.'),
    );
    $pdf->SetFont('Helvetica', '', 10);
    foreach ($rows as $r) {
        $y += 16;
        foreach ($r as $i => $c) $pdf->Text($cols[$i], $y, w($c));
    }
    $pdf->SetFont('Helvetica', 'B', 10);
    $pdf->Text(60, $y + 24, 'Total credits: 4.0');
} else {
    $pdf->SetCompression(false);
    $pdf->SetTitle('IT note /Encrypt');
    $pdf->AddPage();
    $pdf->SetFont('Helvetica', 'B', 15);
    $pdf->Text(60, 80, w('Laboratory Information Systems - Transcript Export Notice'));
    $pdf->SetFont('Helvetica', '', 11);
    $lines = array(
        'Employee: Cornelius Adebayo-Fairbanks (ID 55-0917)',
        'Exported transcript: 6 activities, 8.5 contact hours, last entry March 3, 2025.',
        'This export is NOT password protected. The trailer has no /Encrypt entry;',
        'older exports contained "/Encrypt 12 0 R" with /Filter /Standard /V 2 /R 3',
        'and were rejected by the CE tracker. If you see /Encrypt in a file, re-export it.',
        'Questions: lis-help@example.org (ticket LIS-4471).',
    );
    $y = 112;
    foreach ($lines as $l) { $pdf->Text(60, $y, w($l)); $y += 16; }
}
$pdf->Output('F', $out);
