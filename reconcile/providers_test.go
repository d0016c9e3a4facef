package reconcile

import (
	"fmt"
	"testing"

	"celedger"
)

// TestProviderKey: one organisation under the spellings documents give it
// is one key; different organisations are different keys.
func TestProviderKey(t *testing.T) {
	same := [][]string{
		{"LabCE", "LabCE.com", "www.labce.com", "LABCE"},
		{"AABB", "American Association of Blood Banks", "Association for the Advancement of Blood & Biotherapies", "the Association for the Advancement of Blood and Biotherapies (AABB)"},
		{"CAP", "College of American Pathologists"},
		{"ASCP", "American Society for Clinical Pathology"},
		{"ASCLS", "American Society for Clinical Laboratory Science", "ASCLS P.A.C.E.®", "the P.A.C.E.® Program"},
		{"ADLM", "AACC", "Association for Diagnostics & Laboratory Medicine"},
		{"Holloway Creek Hospital", "Holloway Creek Hospital (HCH)", "holloway creek hospital"},
	}
	var keys []string
	for _, names := range same {
		k := ProviderKey(names[0])
		for _, n := range names[1:] {
			if got := ProviderKey(n); got != k {
				t.Errorf("ProviderKey(%q) = %q, want %q as for %q", n, got, k, names[0])
			}
		}
		for _, other := range keys {
			if other == k {
				t.Errorf("%q shares its key %q with another organisation", names[0], k)
			}
		}
		keys = append(keys, k)
	}
	if ProviderKey("") != "" {
		t.Error("no provider has a key")
	}
	if ProviderKey("MediaLab") == ProviderKey("LabCE") {
		t.Error("MediaLab and LabCE are listed apart")
	}
}

// TestDuplicateAcrossProviderSpellings: a course on a transcript (provider
// "LabCE") and on its certificate ("LabCE.com") is one activity; the same
// title and date from another provider is not.
func TestDuplicateAcrossProviderSpellings(t *testing.T) {
	title := "Kleihauer-Betke Stain for Fetomaternal Hemorrhage"
	var acts []celedger.Activity
	for i, provider := range []string{"LabCE", "LabCE.com", "MediaLab Webinars"} {
		a := act(fmt.Sprintf("f%d.csv:2", i), title, celedger.AreaBloodBanking, "2025-07-14", "1")
		a.Provider = provider
		acts = append(acts, a)
	}
	lines := mustRules(t).lines(acts)
	markDuplicates(lines)
	if lines[1].e.Status != celedger.StatusDuplicate {
		t.Errorf("LabCE.com line: status %q, want duplicate", lines[1].e.Status)
	}
	if lines[2].e.Status != "" {
		t.Errorf("another provider's line: status %q, want it kept", lines[2].e.Status)
	}
}
