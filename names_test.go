package celedger

import "testing"

// TestNameKey: one person under any name form is one key; different
// people are different keys.
func TestNameKey(t *testing.T) {
	same := [][]string{
		{"Nguyễn Thị Hương", "Nguyễn, Thị Hương", "NGUYEN Thi Huong", "Thị Hương Nguyễn"},
		{"Maria Okafor", "OKAFOR Maria", "Okafor, Maria", "maria  okafor"},
		{"Sean O'Brien", "Seán O’Brien", "O'Brien, Seán", "Sean OBrien"},
		{"Łukasz Wróbel", "Lukasz Wrobel"},
		{"Søren Ødegård", "Soren Odegard"},
		{"Yıldız Ağaoğlu", "Yildiz Agaoglu"},
		{"Grete Strauß", "Grete Strauss"},
		{"Æsa Dæhlie", "Aesa Daehlie"},
		{"Đặng Văn Lâm", "Dang Van Lam"},
	}
	var keys []string
	for _, names := range same {
		k := NameKey(names[0])
		for _, n := range names[1:] {
			if got := NameKey(n); got != k {
				t.Errorf("NameKey(%q) = %q, want %q as for %q", n, got, k, names[0])
			}
		}
		keys = append(keys, k)
	}
	apart := [][2]string{
		{"Anna Marie Smith", "Marie Anna Smith"}, // not a rotation
		{"Jane Ross", "Jane Roſs"},               // a compatibility character is kept
		{"Mary Smith", "Mary Kate Smith"},
	}
	for _, p := range apart {
		if NameKey(p[0]) == NameKey(p[1]) {
			t.Errorf("%q and %q share the key %q", p[0], p[1], NameKey(p[0]))
		}
	}
	if NameKey("  ,. ") != "" {
		t.Error("a name without letters has no key")
	}
	if got := FoldName("Okafor, Maria"); got != "maria okafor" {
		t.Errorf("FoldName keeps the order a comma gives: %q", got)
	}
}
