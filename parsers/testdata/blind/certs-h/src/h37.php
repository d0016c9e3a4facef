<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetCreator('TCPDF'); $pdf->SetMargins(50, 45, 50); $pdf->SetAutoPageBreak(true, 40);
$pdf->AddPage();
$pdf->writeHTML('<div style="font-family:dejavusans;"><p style="font-size:16.0pt;text-align:left;font-weight:bold;color:#1a3d6d;">ProLab CE Online</p>
<p style="font-size:26.0pt;text-align:left;font-weight:bold;">Certificate of Completion</p>
<p style="font-size:11.0pt;text-align:left;">Anneliese Vogt, MLS(ASCP)</p>
<table style="font-size:11.0pt;margin:8pt auto;width:85%;border-collapse:collapse;" width="85%" cellpadding="3"><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Course</td><td style="padding:3pt;vertical-align:top;">Orientation to the Clinical Microbiology Laboratory: Specimen Setup</td></tr><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Course ID</td><td style="padding:3pt;vertical-align:top;">5512</td></tr><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Completed</td><td style="padding:3pt;vertical-align:top;">2025-05-30 14:22 CDT</td></tr><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Credit</td><td style="padding:3pt;vertical-align:top;">2.0 P.A.C.E.® contact hours</td></tr><tr><td style="font-weight:bold;width:38%;padding:3pt;vertical-align:top;">Transcript ID</td><td style="padding:3pt;vertical-align:top;">TR-88120-4</td></tr></table>
<p style="font-size:8.5pt;text-align:left;color:#444;">ProLab CE Online is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.</p></div>', true, false, true, false, '');
$pdf->Output('/work/blind/certs-h/h37.pdf', 'F');
