<?php
// Execute an engine display list (JSON) with FPDF or TCPDF.
// usage: php php_backend.php job.json
$job = json_decode(file_get_contents($argv[1]), true);
$lib = $job['lib'];
if ($lib == 'fpdf') {
    require_once('/usr/share/php/fpdf/fpdf.php');
    class CertPDF extends FPDF {
        function rawPath($segs, $mode) {
            $h = $this->h; $k = $this->k;
            foreach ($segs as $s) {
                if ($s[0] == 'M') $this->_out(sprintf('%.2F %.2F m', $s[1]*$k, ($h-$s[2])*$k));
                elseif ($s[0] == 'L') $this->_out(sprintf('%.2F %.2F l', $s[1]*$k, ($h-$s[2])*$k));
                elseif ($s[0] == 'C') $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', $s[1]*$k, ($h-$s[2])*$k, $s[3]*$k, ($h-$s[4])*$k, $s[5]*$k, ($h-$s[6])*$k));
                elseif ($s[0] == 'Z') $this->_out('h');
            }
            $this->_out($mode == 'F' ? 'f' : ($mode == 'B' ? 'B' : 'S'));
        }
    }
} else {
    require_once('/usr/share/php/tcpdf/tcpdf.php');
    class CertPDF extends TCPDF {
        function rawPath($segs, $mode) {
            $h = $this->h; $k = $this->k;
            foreach ($segs as $s) {
                if ($s[0] == 'M') $this->_out(sprintf('%.2F %.2F m', $s[1]*$k, ($h-$s[2])*$k));
                elseif ($s[0] == 'L') $this->_out(sprintf('%.2F %.2F l', $s[1]*$k, ($h-$s[2])*$k));
                elseif ($s[0] == 'C') $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', $s[1]*$k, ($h-$s[2])*$k, $s[3]*$k, ($h-$s[4])*$k, $s[5]*$k, ($h-$s[6])*$k));
                elseif ($s[0] == 'Z') $this->_out('h');
            }
            $this->_out($mode == 'F' ? 'f' : ($mode == 'B' ? 'B' : 'S'));
        }
    }
}
$fam = ($lib == 'fpdf') ? array('serif' => 'Times', 'sans' => 'Helvetica', 'script' => 'Times')
                        : (($job['meta']['fonts'] == 'core') ? array('serif' => 'times', 'sans' => 'helvetica', 'script' => 'times')
                                                               : array('serif' => 'dejavuserif', 'sans' => 'dejavusans', 'script' => 'dejavuserif'));
$pdf = null;
$sp = 0;
foreach ($job['ops'] as $op) {
    switch ($op[0]) {
    case 'np':
        $W = $op[1]; $H = $op[2];
        $o = ($W > $H) ? 'L' : 'P';
        if ($pdf === null) {
            if ($lib == 'fpdf') {
                $pdf = new CertPDF($o, 'pt', array($W, $H));
                $pdf->SetAutoPageBreak(false);
                $pdf->SetMargins(0, 0, 0);
            } else {
                $pdf = new CertPDF($o, 'pt', array($W, $H), true, 'UTF-8', false);
                $pdf->setPrintHeader(false);
                $pdf->setPrintFooter(false);
                $pdf->SetMargins(0, 0, 0);
                $pdf->SetAutoPageBreak(false, 0);
                $pdf->setCellPaddings(0, 0, 0, 0);
                $pdf->setFontSubsetting(true);
            }
            $m = $job['meta'];
            if ($lib == 'fpdf') {
                $pdf->SetTitle($m['title'], true); $pdf->SetAuthor($m['author'], true); $pdf->SetCreator($m['creator'], true);
            } else {
                $pdf->SetTitle($m['title']); $pdf->SetAuthor($m['author']); $pdf->SetCreator($m['creator']);
            }
        }
        $pdf->AddPage($o, array($W, $H));
        break;
    case 'font':
        $pdf->SetFont($fam[$op[1]], $op[2], $op[3]);
        break;
    case 'fill':
        $pdf->SetTextColor($op[1], $op[2], $op[3]);
        $pdf->SetFillColor($op[1], $op[2], $op[3]);
        break;
    case 'stroke':
        $pdf->SetDrawColor($op[1], $op[2], $op[3]);
        break;
    case 'lw':
        $pdf->SetLineWidth($op[1]);
        break;
    case 'text':
        $x = $op[1]; $y = $op[2]; $s = $op[3]; $sp = $op[4];
        if ($lib == 'fpdf') {
            $t = iconv('UTF-8', 'windows-1252//TRANSLIT', $s);
            if ($sp > 0) {
                for ($i = 0; $i < strlen($t); $i++) {
                    $ch = $t[$i];
                    if ($ch != ' ') $pdf->Text($x, $y, $ch);
                    $x += $pdf->GetStringWidth($ch) + $sp;
                }
            } else {
                $pdf->Text($x, $y, $t);
            }
        } else {
            $pdf->setFontSpacing($sp);
            $pdf->SetXY($x, $y);
            $pdf->Cell(0, 0, $s, 0, 0, 'L', false, '', 0, false, 'L', 'M');
            if ($sp) $pdf->setFontSpacing(0);
        }
        break;
    case 'line':
        $pdf->Line($op[1], $op[2], $op[3], $op[4]);
        break;
    case 'rect':
        $st = array('S' => 'D', 'F' => 'F', 'B' => 'DF');
        $pdf->Rect($op[1], $op[2], $op[3], $op[4], $st[$op[5]]);
        break;
    case 'path':
        $pdf->rawPath($op[1], $op[2]);
        break;
    }
}
$pdf->Output($job['out'], 'F');
