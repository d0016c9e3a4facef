package reconcile

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
)

// Providers are one organisation under any spelling: "LabCE" and
// "LabCE.com", "AABB" and "American Association of Blood Banks". The
// spellings are data (providers.txt); duplicate matching compares the
// canonical keys ProviderKey gives.

//go:embed providers.txt
var providersFile string

var (
	providerAliasesOnce sync.Once
	providerAliases     map[string]string // folded spelling → folded short name
)

// aliases reads providers.txt once.
func aliases() map[string]string {
	providerAliasesOnce.Do(func() { providerAliases = parseProviders(providersFile) })
	return providerAliases
}

// parseProviders reads lines of "Short | Spelling | …" into a map from
// every folded spelling, the short name's included, to the folded short
// name. Lines starting with # and blank lines are skipped.
func parseProviders(text string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		names := strings.Split(line, "|")
		short := plainProvider(names[0])
		for _, n := range names {
			if k := plainProvider(n); k != "" {
				m[k] = short
			}
		}
	}
	return m
}

// webEnding is a web address's ending as folded text: "labce com".
var webEnding = regexp.MustCompile(` (?:com|org|net|edu)$`)

// bracketedAcronym is an acronym in brackets after a name: "(ASCLS)".
var bracketedAcronym = regexp.MustCompile(`\s*\([A-Z][A-Za-z&.]{1,11}\)\s*$`)

// plainProvider folds a provider's name (foldText) without what spellings
// of one name vary in: a leading "the", "www." and a web ending, and an
// acronym in brackets after the name.
func plainProvider(name string) string {
	name = bracketedAcronym.ReplaceAllString(strings.TrimSpace(name), "")
	f := foldText(name)
	f = strings.TrimPrefix(f, "the ")
	f = strings.TrimPrefix(f, "www ")
	return webEnding.ReplaceAllString(f, "")
}

// ProviderKey is the key two spellings of one provider share: the folded
// short name providers.txt gives the organisation, else the name folded by
// plainProvider. "" for no provider.
func ProviderKey(name string) string {
	f := plainProvider(name)
	if short, ok := aliases()[f]; ok {
		return short
	}
	return f
}
