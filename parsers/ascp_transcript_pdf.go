package parsers

import "celedger"

// ascpTranscriptPDF is the CE transcript ASCP prints from its website: a
// header block with name, customer ID, credential and CMP cycle, then a
// table of activity title, completion date, credits and credit type
// (CMLE unless a row says otherwise), repeated on every page.
var ascpTranscriptPDF = tableLayout{provider: "ASCP", defaultUnit: celedger.UnitCMLE, kind: "transcript"}
