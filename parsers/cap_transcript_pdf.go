package parsers

// capTranscriptPDF is the CAP learning transcript as printed: activity ID,
// title, date claimed, credits claimed, credit type (CME or CE: no
// default, each row must say) and claim status.
var capTranscriptPDF = tableLayout{provider: "CAP", kind: "transcript"}
