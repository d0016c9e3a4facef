<?php
$D = json_decode('{}', true);
$OUT = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 50, 60); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('CAP Learning'); $pdf->SetTitle('Certificate');
$pdf->AddPage();
$pdf->SetFillColor(0, 61, 121); $pdf->Rect(0, 0, 612, 14, 'F'); $pdf->Rect(0, 778, 612, 14, 'F');
$html = <<<EOT
<table cellpadding="0"><tr><td width="300"><span style="font-size:17pt;font-weight:bold;color:#003d79;">College of American Pathologists</span><br/><span style="font-size:9pt;color:#666;">CAP Learning &#183; Laboratory Professional Education</span></td>
<td width="192" align="right"><span style="font-size:8pt;color:#666;">Date issued: 10/01/2025<br/>Customer #: 2207514</span></td></tr></table>
<br/><br/><br/>
<div style="text-align:center;"><span style="font-size:26pt;color:#003d79;">Certificate of Completion</span></div>
<br/>
<div style="text-align:center;font-size:11pt;color:#444;">awarded to</div>
<div style="text-align:center;font-size:21pt;font-weight:bold;">Priya N. Venkataraman, MLS(ASCP)</div>
<br/>
<div style="text-align:center;font-size:11pt;color:#444;">for successful completion of</div>
<div style="text-align:center;font-size:15pt;font-weight:bold;color:#003d79;">Quality Management Essentials: Validating Laboratory-Developed Tests Under the Revised Federal Framework</div>
<div style="text-align:center;font-size:10pt;font-style:italic;color:#666;">Enduring Material</div>
<br/><br/>
<table cellpadding="5" border="0"><tr>
<td width="164"><span style="font-size:8pt;color:#777;">ACTIVITY ID</span><br/><span style="font-size:12pt;">QMLDT25</span></td>
<td width="164"><span style="font-size:8pt;color:#777;">DATE COMPLETED</span><br/><span style="font-size:12pt;">09/22/2025</span></td>
<td width="164"><span style="font-size:8pt;color:#777;">FORMAT</span><br/><span style="font-size:12pt;">Online, self-paced</span></td>
</tr></table>
<br/><br/>
<table cellpadding="6" border="1" style="border-color:#9aa9bd;">
<tr style="background-color:#e8eef6;font-weight:bold;font-size:10pt;"><td width="272">Credit type</td><td width="110" align="center">Maximum</td><td width="110" align="center">Claimed</td></tr>
<tr style="font-size:10pt;"><td>AMA PRA Category 1 Credits&#8482;</td><td align="center">2.00</td><td align="center">&#8212;</td></tr>
<tr style="font-size:10pt;"><td>P.A.C.E.&#174; contact hours (laboratory professionals)</td><td align="center">2.00</td><td align="center">1.50</td></tr>
</table>
<br/><br/>
<div style="font-size:8pt;color:#444;text-align:justify;">Joint Accreditation: the College of American Pathologists (CAP) is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE) and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. The CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits&#8482;; physicians should claim only the credit commensurate with the extent of their participation. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&#174; Program. Release date 03/01/2025; credit may be claimed until 02/28/2027.</div>
EOT;
$pdf->SetFont('helvetica', '', 10);
$pdf->writeHTMLCell(492, 0, 60, 50, $html, 0, 1, false, true, 'L', true);
$pdf->SetLineStyle(array('width' => 0.6, 'color' => array(60, 60, 60)));
$pdf->Line(60, 720, 250, 720);
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetXY(60, 724); $pdf->MultiCell(260, 0, "Howard J. Pennington-Reyes, MD, FCAP\nChair, Council on Education", 0, 'L');
$pdf->Output($OUT, 'F');
