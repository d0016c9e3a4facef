package parsers

import "celedger"

// aabbTranscriptPDF is the AABB education transcript as printed: program
// number, title, date and CE hours (P.A.C.E. contact hours unless a row
// names another credit type).
var aabbTranscriptPDF = tableLayout{provider: "AABB", defaultUnit: celedger.UnitContactHour, kind: "transcript"}
