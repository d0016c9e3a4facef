"""zh15-zh19: PHP scripts using FPDF (core fonts)."""
import os

from .common import cert, php_pdf, ENGINE

HEAD = "<?php\nrequire_once '%s';\n" % os.path.join(ENGINE, "fpdf_kit.php")
TAIL = "\n$pdf->Output('F', $argv[1]);\n"


def php(cid, body):
    php_pdf(cid, HEAD + body + TAIL)


# ---------------------------------------------------------------- zh15 vendor operator training record
ZH15 = r"""
$pdf = new Kit('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->footerText = 'Form CTA-07 rev C  -  Record issued 2024-09-13  -  Page 1 of 1';
$pdf->AddPage();
$blue = [12, 74, 110];
$pdf->fillRect(0, 0, 215.9, 26, $blue);
$pdf->at(15, 7, 120, 'Corvane Instruments, Inc.', 'Helvetica', 'B', 17, 'L', [255, 255, 255]);
$pdf->at(15, 16, 120, 'Customer Training Academy', 'Helvetica', '', 10, 'L', [190, 220, 240]);
$pdf->at(120, 10, 81, 'OPERATOR TRAINING RECORD', 'Helvetica', 'B', 12, 'R', [255, 255, 255]);

// header boxes: label in small caps above value
$boxes = [
  [15, 34, 110, 'TRAINEE', 'Liam O\'Donoghue, MLS(ASCP)CM'],
  [129, 34, 72, 'CUSTOMER NO.', '300481'],
  [15, 50, 110, 'FACILITY', 'Bellwether Community Hospital Laboratory'],
  [129, 50, 72, 'INSTRUMENT SERIAL NO.', 'CV7-22018'],
];
foreach ($boxes as $b) {
  $pdf->box($b[0], $b[1], $b[2], 13, [150, 170, 185]);
  $pdf->at($b[0] + 2, $b[1] + 1.5, $b[2] - 4, $b[3], 'Helvetica', '', 6.5, 'L', [100, 110, 120]);
  $pdf->at($b[0] + 2, $b[1] + 6.5, $b[2] - 4, $b[4], 'Helvetica', 'B', 10.5);
}
$pdf->at(15, 70, 186, 'Training:', 'Helvetica', '', 9, 'L', [90, 90, 90]);
$pdf->at(15, 75, 186, 'Key Operator Training: CV-7000 Automated Coagulation Analyzer', 'Helvetica', 'B', 13.5);
$pdf->at(15, 84, 186, 'Training Code: KOT-CV7-B     Dates of training: September 9-11, 2024     Location: customer site', 'Helvetica', '', 9.5);

$pdf->at(15, 96, 186, 'Modules completed', 'Helvetica', 'B', 10, 'L', $blue);
$y = $pdf->grid(15, 102, [[22, 'C'], [106, 'L'], [29, 'C'], [29, 'C']], [
  ['Day', 'Module', 'Hours scheduled', 'Hours completed'],
  ['09/09/2024', 'Principles of clot detection; analyzer overview and safety', '6.0', '6.0'],
  ['09/10/2024', 'Daily, weekly and monthly maintenance; reagent handling; QC', '6.0', '6.0'],
  ['09/11/2024', 'Troubleshooting, error codes and competency check-off', '6.0', '5.5'],
  ['', 'Total', '18.0', '17.5'],
], 8.8, 7, [220, 232, 240], 'Helvetica', 1, true);

$pdf->at(15, $y + 6, 186, 'Continuing education awarded: 17.5 contact hours (P.A.C.E.)', 'Helvetica', 'B', 11);
$pdf->para(15, $y + 14, 186, 'Corvane Instruments, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' . chr(0xC2) . chr(0xAE) . ' Program. Hours completed reflect the time actually spent in instruction as recorded by the trainer; scheduled hours are shown for reference only. Completion of this record authorizes the trainee to act as key operator and to train additional operators at the facility listed above.', 'Helvetica', '', 8.3, 'J', [60, 60, 60]);

$pdf->hline(15, 95, 232, [0, 0, 0]);
$pdf->hline(121, 201, 232, [0, 0, 0]);
$pdf->at(15, 234, 80, 'Dmitri Kovalenko, Field Application Specialist', 'Helvetica', '', 8);
$pdf->at(15, 238, 80, 'Trainer ID FAS-0937', 'Helvetica', '', 8, 'L', [100, 100, 100]);
$pdf->at(121, 234, 80, 'Trainee signature', 'Helvetica', '', 8);
"""


def build_zh15():
    php("zh15", ZH15)


# ---------------------------------------------------------------- zh16 ASCLS landscape
ZH16 = r"""
$pdf = new Kit('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$navy = [20, 45, 95];
$gold = [176, 141, 56];
$pdf->box(8, 8, 263.4, 199.9, $navy, 1.6);
$pdf->box(11.5, 11.5, 256.4, 192.9, $gold, 0.5);
// monogram seal
$pdf->SetFillColor(20, 45, 95);
$pdf->Rect(119.7, 18, 40, 14, 'F');
$pdf->at(119.7, 21.5, 40, 'ASCLS', 'Times', 'B', 20, 'C', [255, 255, 255]);
$pdf->at(20, 36, 239.4, 'American Society for Clinical Laboratory Science', 'Times', '', 13, 'C', $navy);
$pdf->at(20, 50, 239.4, 'Certificate of Continuing Education', 'Times', 'BI', 30, 'C', $navy);
$pdf->at(20, 68, 239.4, 'presented to', 'Times', 'I', 12, 'C');
$pdf->at(20, 77, 239.4, 'D E V O N T E   R .   M C A L L I S T E R, MLS(ASCP)CM', 'Times', 'B', 21, 'C');
$pdf->hline(60, 219.4, 88, $gold, 0.4);
$pdf->at(20, 92, 239.4, 'for completing the', 'Times', 'I', 12, 'C');
$pdf->at(20, 101, 239.4, 'Leadership Academy Webinar: Managing Generational Differences', 'Times', 'B', 17, 'C', $navy);
$pdf->at(20, 109.5, 239.4, 'on the Laboratory Bench', 'Times', 'B', 17, 'C', $navy);
$pdf->at(20, 119, 239.4, 'Live Webinar', 'Helvetica', '', 10, 'C', $gold);
$pdf->at(20, 130, 239.4, 'on the 23rd day of January, 2025', 'Times', '', 13, 'C');
$pdf->at(20, 142, 239.4, '1.0 P.A.C.E.' . chr(0xC2) . chr(0xAE) . ' contact hour          P.A.C.E.' . chr(0xC2) . chr(0xAE) . ' Program Number 001-207-25', 'Helvetica', 'B', 11, 'C');
$pdf->hline(40, 115, 176, [0, 0, 0]);
$pdf->hline(164.4, 239.4, 176, [0, 0, 0]);
$pdf->at(40, 178, 75, 'Rhiannon Delacroix-Mbeki, EdD, MLS(ASCP)', 'Helvetica', '', 8.5, 'C');
$pdf->at(40, 182, 75, 'President', 'Helvetica', '', 8.5, 'C', [90, 90, 90]);
$pdf->at(164.4, 178, 75, 'Gareth Oyelowo, MS, MLS(ASCP)', 'Helvetica', '', 8.5, 'C');
$pdf->at(164.4, 182, 75, 'Chair, Education and Professional Development', 'Helvetica', '', 8.5, 'C', [90, 90, 90]);
$pdf->at(20, 195, 239.4, 'Issued January 30, 2025  |  Certificate 25-0130-0082  |  The ASCLS P.A.C.E. program is the accrediting body for this activity.', 'Helvetica', '', 7, 'C', [110, 110, 110]);
"""


def build_zh16():
    php("zh16", ZH16)


# ---------------------------------------------------------------- zh17 AMT certificate + wallet card
ZH17 = r"""
$pdf = new Kit('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$teal = [0, 102, 102];
$pdf->box(14, 12, 187.9, 128, $teal, 0.8);
$pdf->fillRect(14, 12, 187.9, 20, $teal);
$pdf->at(20, 16.5, 120, 'American Medical Technologists', 'Helvetica', 'B', 16, 'L', [255, 255, 255]);
$pdf->at(20, 24.5, 120, 'AMT Continuing Education', 'Helvetica', '', 9, 'L', [200, 235, 235]);
$pdf->at(150, 17.5, 46, 'AMT', 'Times', 'B', 26, 'R', [255, 255, 255]);
$pdf->at(14, 40, 187.9, 'Certificate of Continuing Education', 'Times', 'B', 22, 'C', $teal);
$pdf->at(14, 54, 187.9, 'This acknowledges that', 'Times', 'I', 11, 'C');
$pdf->at(14, 62, 187.9, 'Ma. Cristina Dela Peña, RMT(AMT)', 'Times', 'B', 19, 'C');
$pdf->at(14, 73, 187.9, 'has completed the AMT online learning activity', 'Times', 'I', 11, 'C');
$pdf->at(14, 81, 187.9, 'Phlebotomy Complications and Patient Safety: Nerve Injury, Hematoma, and Syncope', 'Times', 'B', 13, 'C', $teal);
$pdf->grid(32, 94, [[50, 'C'], [50, 'C'], [50, 'C']], [
  ['Date completed', 'CE hours', 'Activity #'],
  ['04/12/2025', '1.5', '25-CE-118'],
], 10, 7, [225, 240, 240], 'Helvetica', 1);
$pdf->para(24, 115, 167.9, 'AMT continuing education activities are reviewed by the AMT Education Committee. Record this activity in your AMT Certification Continuation Program profile before your compliance period ends; retain this certificate for audit.', 'Helvetica', '', 7.8, 'C', [70, 70, 70]);
$pdf->at(24, 131, 167.9, 'Issued 04/12/2025 8:14 PM  -  Member ID 0038821', 'Helvetica', '', 7, 'C', [120, 120, 120]);

// cut line and wallet card
$pdf->SetDrawColor(120, 120, 120);
$pdf->SetLineWidth(0.2);
for ($x = 14; $x < 202; $x += 4) { $pdf->Line($x, 152, $x + 2, 152); }
$pdf->at(14, 154, 187.9, 'cut along the dotted line and keep the card with your credentials', 'Helvetica', 'I', 7, 'C', [120, 120, 120]);
$pdf->box(62.9, 165, 90, 54, $teal, 0.6);
$pdf->fillRect(62.9, 165, 90, 10, $teal);
$pdf->at(64.9, 167.5, 86, 'AMT CE WALLET CARD', 'Helvetica', 'B', 9, 'C', [255, 255, 255]);
$pdf->at(66, 179, 84, 'Ma. Cristina Dela Peña', 'Helvetica', 'B', 10);
$pdf->at(66, 185, 84, 'Phlebotomy Complications and Patient Safety', 'Helvetica', '', 7.5);
$pdf->at(66, 191, 84, 'Activity # 25-CE-118', 'Helvetica', '', 7.5);
$pdf->at(66, 196, 84, 'CE hours: 1.5     Completed: 04/12/2025', 'Helvetica', '', 7.5);
$pdf->at(66, 201, 84, 'Member ID 0038821', 'Helvetica', '', 7.5);
$pdf->at(66, 210, 84, 'American Medical Technologists', 'Helvetica', 'I', 7, 'L', [90, 90, 90]);
"""


def build_zh17():
    php("zh17", ZH17)


# ---------------------------------------------------------------- zh18 CLSI label/value certificate
ZH18 = r"""
$pdf = new Kit('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->footerText = 'CLSI Learning  -  Verify this certificate with registration number R-558102';
$pdf->AddPage();
$green = [0, 105, 80];
$pdf->SetFillColor(0, 105, 80);
$pdf->Rect(20, 18, 30, 16, 'F');
$pdf->at(20, 22.5, 30, 'CLSI', 'Helvetica', 'B', 18, 'C', [255, 255, 255]);
$pdf->at(54, 20, 140, 'Clinical and Laboratory Standards Institute', 'Helvetica', 'B', 13, 'L', $green);
$pdf->at(54, 27, 140, 'Setting the standard for quality in medical laboratory testing', 'Helvetica', 'I', 8.5, 'L', [110, 110, 110]);
$pdf->hline(20, 195.9, 40, $green, 0.8);
$pdf->at(20, 52, 175.9, 'Certificate of Completion', 'Times', '', 24, 'L');
$pdf->at(20, 68, 175.9, 'On-Demand', 'Helvetica', 'B', 9, 'L', $green);
$pdf->at(20, 74, 175.9, 'Implementing EP15: User Verification of Precision and Estimation of Bias', 'Times', 'B', 14.5, 'L');
$rows = [
  ['Participant:', 'Dr. Benedikt Sørensen, PhD, DABCC'],
  ['Event ID:', 'W-EP15-0924'],
  ['Originally presented:', 'September 24, 2024 (live webinar)'],
  ['Completed:', 'November 2, 2024'],
  ['Contact hours:', '1.5 (P.A.C.E.' . "\u{00AE}" . ')'],
  ['Registration No.:', 'R-558102'],
];
$y = 92;
foreach ($rows as $r) {
  $pdf->at(20, $y, 50, $r[0], 'Helvetica', '', 10, 'L', [90, 90, 90]);
  $pdf->at(72, $y, 124, $r[1], 'Helvetica', 'B', 10.5);
  $pdf->hline(20, 195.9, $y + 7, [215, 225, 220], 0.2);
  $y += 10;
}
$pdf->para(20, $y + 8, 175.9, 'CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' . "\u{00AE}" . ' Program. Learners who view the recording after the live broadcast receive the same number of contact hours as live attendees once the post-assessment is passed.', 'Helvetica', '', 8.5, 'J', [60, 60, 60]);
$pdf->hline(20, 95, 215, [0, 0, 0]);
$pdf->at(20, 217, 90, 'Tamsin Achebe-Larsen, Director, Education', 'Helvetica', '', 8.5);
"""


def build_zh18():
    php("zh18", ZH18)


# ---------------------------------------------------------------- zh19 CAMLT distance-learning series, issuer line only
ZH19 = r"""
$pdf = new Kit('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$plum = [105, 40, 80];
$pdf->box(12, 12, 191.9, 255.4, $plum, 0.4);
$pdf->at(12, 26, 191.9, 'DISTANCE LEARNING CERTIFICATE', 'Helvetica', 'B', 11, 'C', $plum);
$pdf->at(12, 40, 191.9, 'Hematology Case Conference Series: Red Cell Morphology Revisited', 'Times', 'B', 16, 'C');
$pdf->at(12, 48, 191.9, '[Course DL-25-118]', 'Courier', '', 10, 'C', [80, 80, 80]);
$pdf->at(12, 62, 191.9, 'Participant', 'Helvetica', '', 8.5, 'C', [110, 110, 110]);
$pdf->at(12, 67, 191.9, 'Lan T. Nguyen, CLS', 'Times', 'B', 18, 'C');
$pdf->at(12, 77, 191.9, 'California Clinical Laboratory Scientist license on file', 'Helvetica', 'I', 8, 'C', [110, 110, 110]);
$y = $pdf->grid(30, 92, [[14, 'C'], [86, 'L'], [26, 'C'], [30, 'C']], [
  ['Part', 'Topic', 'Hours offered', 'Hours attended'],
  ['1', 'Microcytic patterns and the iron studies that explain them', '2.0', '2.0'],
  ['2', 'Macrocytes, target cells and liver disease', '2.0', '2.0'],
  ['3', 'Schistocytes and the thrombotic microangiopathies', '2.0', '1.0'],
  ['4', 'Inclusions: Howell-Jolly, Pappenheimer, basophilic stippling', '2.0', '2.0'],
  ['', 'Total', '8.0', '7.0'],
], 8.5, 7, [236, 224, 232], 'Helvetica', 1, true);
$pdf->grid(30, $y + 4, [[25, 'L'], [30, 'C'], [30, 'C'], [30, 'C'], [30, 'C']], [
  ['Part dates', '03/06/2025', '03/13/2025', '03/20/2025', '03/27/2025'],
], 8, 6, null, 'Helvetica', 0);
$pdf->at(12, $y + 18, 191.9, 'Total CE hours earned: 7.0', 'Helvetica', 'B', 12, 'C');
$pdf->at(12, $y + 26, 191.9, 'Course completed: March 27, 2025', 'Helvetica', '', 10.5, 'C');
$pdf->para(30, $y + 38, 155.9, 'Hours are credited only for live sessions attended in full or for archived recordings viewed within 14 days with a passing quiz score. Partial attendance is recorded in half-hour increments.', 'Helvetica', '', 8, 'C', [80, 80, 80]);
$pdf->hline(30, 100, 226, [0, 0, 0]);
$pdf->at(30, 228, 70, 'Course coordinator', 'Helvetica', '', 8);
$pdf->at(115.9, 228, 70, 'Printed 04/02/2025', 'Helvetica', '', 8, 'R', [110, 110, 110]);
$pdf->hline(20, 195.9, 244, $plum, 0.3);
$pdf->para(20, 247, 175.9, 'Issued by California Association for Medical Laboratory Technology (CAMLT). CA Accrediting Agency No. 0021. Keep this certificate for four years after the renewal period in which the hours were used.', 'Helvetica', '', 7.5, 'C', [90, 90, 90]);
"""


def build_zh19():
    php("zh19", ZH19)


CERTS = [
    cert("zh15", "vendor", "php-fpdf",
         ["training-record", "labels-above", "session-table", "provider-department", "name-apostrophe", "name-credentials",
          "date-range", "multi-date", "max-vs-claimed", "id-colon", "distractor-ids", "signature", "footer"],
         "Vendor key-operator training record: module table with scheduled 18.0 vs completed 17.5 hours; customer and instrument serial numbers; 3-day range; record issued date in footer.",
         "Liam O'Donoghue", "Key Operator Training: CV-7000 Automated Coagulation Analyzer",
         "2024-09-11", 17.5, "contact hour",
         ["Corvane Instruments, Inc.", "Corvane Instruments, Inc., Customer Training Academy"], "KOT-CV7-B", build_zh15),
    cert("zh16", "ASCLS", "php-fpdf",
         ["landscape-border", "landscape", "provider-logo-heading", "wrapped-title", "format-line", "name-caps",
          "name-letterspaced", "name-credentials", "multi-date", "id-no-colon", "distractor-ids", "signature", "footer"],
         "Landscape framed certificate; letter-spaced ALL-CAPS name; series name before colon in a 2-line title; Live Webinar below; date written as '23rd day of January, 2025'; issued date and certificate number distractors.",
         "DEVONTE R. MCALLISTER",
         "Leadership Academy Webinar: Managing Generational Differences on the Laboratory Bench",
         "2025-01-23", 1.0, "contact hour", ["American Society for Clinical Laboratory Science", "ASCLS"], "001-207-25", build_zh16),
    cert("zh17", "AMT", "php-fpdf",
         ["wallet-card", "labels-above", "provider-logo-heading", "name-accent", "name-credentials", "multi-date",
          "id-no-colon", "distractor-ids"],
         "Half-page certificate plus cut-out wallet card repeating the facts; 'Ma.' abbreviation and n-tilde in the name; member ID distractor; issued timestamp same day.",
         "Ma. Cristina Dela Peña",
         "Phlebotomy Complications and Patient Safety: Nerve Injury, Hematoma, and Syncope",
         "2025-04-12", 1.5, "CE hour", ["American Medical Technologists", "AMT"], "25-CE-118", build_zh17),
    cert("zh18", "CLSI", "php-fpdf",
         ["label-value-certificate", "label-value", "format-line", "provider-logo-heading", "name-honorific",
          "name-accent", "name-credentials", "multi-date", "id-colon", "distractor-ids", "signature", "footer"],
         "Label/value rows; 'Originally presented' live date vs completion date of the on-demand recording; Dr. honorific and o-slash; registration number distractor.",
         "Benedikt Sørensen", "Implementing EP15: User Verification of Precision and Estimation of Bias",
         "2024-11-02", 1.5, "contact hour", ["Clinical and Laboratory Standards Institute", "CLSI"], "W-EP15-0924", build_zh18),
    cert("zh19", "state-society", "php-fpdf",
         ["series-session-table", "session-table", "provider-issuer-line", "name-credentials", "multi-date",
          "max-vs-claimed", "id-brackets", "distractor-ids", "signature"],
         "Four-part series table (offered 8.0 / attended 7.0) with part dates; explicit 'Course completed' date; course number in square brackets; provider only in the bottom 'Issued by' line with accrediting agency number.",
         "Lan T. Nguyen", "Hematology Case Conference Series: Red Cell Morphology Revisited",
         "2025-03-27", 7.0, "CE hour",
         ["California Association for Medical Laboratory Technology", "CAMLT"], "DL-25-118", build_zh19),
]
