<?php
// Shared bits for the FPDF sources: load FPDF 1.84 and convert UTF-8 to cp1252.
require_once('/usr/share/php/fpdf/fpdf.php');
function w($s) {
  $r = iconv('UTF-8', 'windows-1252', $s);
  if ($r === false) { fwrite(STDERR, "cannot encode: $s\n"); exit(1); }
  return $r;
}
