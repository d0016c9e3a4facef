package mapping

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"celedger"
)

func TestReadOverrides(t *testing.T) {
	in := "\ufeffperson,title,provider,decision,note\n" +
		"Jane Doe,Platelet Transfusion Refractoriness,AABB,blood_banking,\n" +
		"Jane Doe,Lab Math,,General,\n" +
		"Jane Doe,Yoga for Stress Relief,,,\n" +
		"Jane Doe,Hospital Orientation Day,,exclude,not CE\n" +
		"Jane Doe,'=Formula Looking Title,,Blood banking,\n"
	o, err := ReadOverrides("review.csv", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if o.Len() != 4 {
		t.Fatalf("Len = %d, want 4 (the empty decision is skipped)", o.Len())
	}
	auto := celedger.Classification{Area: celedger.AreaHematology, Score: 0.6, Zone: celedger.ZoneReview, Terms: []string{"platelet"}}
	for _, tt := range []struct {
		title, provider string
		area            celedger.Area
		exclude         string
		zone            celedger.Zone
	}{
		{"platelet transfusion  refractoriness!", "aabb", celedger.AreaBloodBanking, "", celedger.ZoneOverride},
		{"Platelet Transfusion Refractoriness", "ASCP", celedger.AreaHematology, "", celedger.ZoneReview}, // decided for AABB only
		{"LAB MATH", "LabCE", celedger.AreaGeneral, "", celedger.ZoneOverride},                            // any provider
		{"Hospital Orientation Day", "", "", "exclude", celedger.ZoneOverride},
		{"=Formula Looking Title", "", celedger.AreaBloodBanking, "", celedger.ZoneOverride},
		{"Yoga for Stress Relief", "", celedger.AreaHematology, "", celedger.ZoneReview},
	} {
		got := o.Apply(tt.title, tt.provider, auto)
		if got.Area != tt.area || got.Exclude != tt.exclude || got.Zone != tt.zone {
			t.Errorf("Apply(%q, %q) = %+v", tt.title, tt.provider, got)
		}
		if got.Zone == celedger.ZoneOverride && (got.Score != 1 || len(got.Terms) != 1 || got.Terms[0] != "override") {
			t.Errorf("Apply(%q): override score/terms %v %v", tt.title, got.Score, got.Terms)
		}
		if again := o.Apply(tt.title, tt.provider, got); again.Area != got.Area || again.Zone != got.Zone || again.Exclude != got.Exclude {
			t.Errorf("Apply twice (%q) changed %+v to %+v", tt.title, got, again)
		}
	}
}

func TestReadOverridesErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"title,decision\nA,hematology\nB,hemotology\nC,micro\n\"D\nwrapped\",chem\nE,zzzz\n",
			`review.csv:7: decision: unknown area "zzzz" (areas: blood_banking, chemistry, hematology, microbiology, safety, ethics, general, exclude)`},
		{"title,decision\nA,hematology\na,chemistry\n", `review.csv:3: decision: "chemistry" contradicts "hematology" on line 2 for the same title`},
		{"title,area\nA,hematology\n", `review.csv:1: no "decision" column (found: title, area)`},
		{",decision\n,safety\n", `review.csv:1: no "title" column (found: , decision)`},
		{"title,decision\n\"A,safety\n", `review.csv:2: extraneous or missing " in quoted-field`},
	} {
		_, err := ReadOverrides("review.csv", strings.NewReader(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("ReadOverrides(%q):\n got %v\nwant %s", tt.in, err, tt.want)
		}
	}
	// A slip or a few letters read as the area, as the picker reads them,
	// and said (line numbers count a quoted cell's lines).
	o, err := ReadOverrides("review.csv", strings.NewReader("title,decision\nB,hemotology\nC,micro\n\"D\nwrapped\",chem\n"))
	want := []string{`review.csv:2: decision: "hemotology" read as hematology`, `review.csv:3: decision: "micro" read as microbiology`, `review.csv:4: decision: "chem" read as chemistry`}
	if err != nil || o.Len() != 3 || !slices.Equal(o.Notes(), want) {
		t.Errorf("slips: %v, %d decisions, notes %q", err, o.Len(), o.Notes())
	}
	if o, err := ReadOverrides("empty.csv", strings.NewReader("")); err != nil || o.Len() != 0 {
		t.Errorf("empty file: %v %d", err, o.Len())
	}
}

func TestWriteOverridesRoundTrip(t *testing.T) {
	var o Overrides
	for _, d := range [][3]string{{"Zeta Course", "", "safety"}, {"Alpha, \"quoted\" course", "ASCP", "exclude"}, {"=SUM(A1)", "", "ethics"}} {
		if err := o.Set(d[0], d[1], d[2], "note"); err != nil {
			t.Fatal(err)
		}
	}
	if err := o.Set("X", "", "hemotology", ""); err == nil {
		t.Error("Set accepted an unknown area")
	}
	var a, b bytes.Buffer
	if err := WriteOverrides(&a, o); err != nil {
		t.Fatal(err)
	}
	back, err := ReadOverrides("overrides.csv", bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteOverrides(&b, back); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() || back.Len() != 3 {
		t.Errorf("round trip changed the file:\n%s\n%s", a.String(), b.String())
	}
}

func TestDidYouMean(t *testing.T) {
	for in, want := range map[string]string{"hemotology": "hematology", "blood_bank": "blood_banking", "excl": "exclude", "safty": "safety", "qqqq": ""} {
		if got := DidYouMean(in); got != want {
			t.Errorf("DidYouMean(%q) = %q, want %q", in, got, want)
		}
	}
}
