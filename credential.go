package celedger

import (
	"regexp"
	"strings"
)

// certifyingMark is what follows a credential code as certificates,
// rosters and signatures print it: the certifying body in brackets, and
// the CM mark of a credential under the Credential Maintenance Program
// ("MLS(ASCP)CM", "MLS (ASCP) CM", "SBB(ASCP)", "M(ASCPi)").
var certifyingMark = regexp.MustCompile(`^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\s*(?:\(\s*(?:ASCPI|ASCP|AMT|AAB|NCA|ABB)\s*\))?\s*(?:CM)?$`)

// CredentialCode is the code of a credential as printed: upper case,
// without the certifying body and the CM mark ("MLS(ASCP)CM", "MLS (ASCP)
// CM", "mls" → "MLS"; "SBB(ASCP)" → "SBB"; "CA-CLS" stays). It returns ""
// for text that is no credential code. The rule sets decide which codes
// are known (reconcile/rules).
func CredentialCode(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if m := certifyingMark.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}
