package celedger

import "testing"

// TestCredentialCode: a credential as rosters, documents and -credential
// print it is its code.
func TestCredentialCode(t *testing.T) {
	for in, want := range map[string]string{
		"MLS": "MLS", "mls": "MLS", " MLS(ASCP)CM ": "MLS", "MLS (ASCP) CM": "MLS", "MLS(ASCP)": "MLS",
		"SBB(ASCP)": "SBB", "M(ASCPi)": "M", "C(ASCP)CM": "C", "MT(AMT)": "MT", "CA-CLS": "CA-CLS",
		"MB(ASCP)CM": "MB", "": "", "Medical Laboratory Scientist": "", "MLS, SBB": "",
	} {
		if got := CredentialCode(in); got != want {
			t.Errorf("CredentialCode(%q) = %q, want %q", in, got, want)
		}
	}
}
