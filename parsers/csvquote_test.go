package parsers

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"celedger"
)

// TestCSVQuotesAndLineEnds: a quote that never closes is an error at the
// line where it opened, and the rows after it are still read; CR-only
// line ends are lines.
func TestCSVQuotesAndLineEnds(t *testing.T) {
	const header = "Name:,Ada Placeholder\nCourse Title,Date,Contact Hours\n"
	tests := []struct {
		name, body string
		want       []string // brief() of each record
		problems   []string
	}{
		{"unclosed in the middle",
			header + "Gram Stain Review,2025-01-02,1\n\"Antibody Panels,2025-01-03,1\nUrinalysis,2025-01-04,1\nBody Fluids,2025-01-05,2\n",
			[]string{"3|Gram Stain Review|2025-01-02|1|contact hour|", "5|Urinalysis|2025-01-04|1|contact hour|", "6|Body Fluids|2025-01-05|2|contact hour|"},
			[]string{"t.csv:4: Course Title: unclosed quote: the quoted field that opens on this line never closes; the lines after it were read as rows of their own"}},
		{"two unclosed",
			header + "\"A,2025-01-02,1\nB,2025-01-03,1\nC,\"2025-01-04,1\nD,2025-01-05,2",
			[]string{"4|B|2025-01-03|1|contact hour|", "6|D|2025-01-05|2|contact hour|"},
			[]string{"t.csv:3: Course Title: unclosed quote", "t.csv:5: Date: unclosed quote"}},
		{"unclosed on the last line",
			header + "A,2025-01-02,1\nB,2025-01-03,\"1",
			[]string{"3|A|2025-01-02|1|contact hour|"},
			[]string{"t.csv:4: Contact Hours: unclosed quote"}},
		{"closed at the very end",
			header + "A,2025-01-02,1\nB,2025-01-03,\"1\"",
			[]string{"3|A|2025-01-02|1|contact hour|", "4|B|2025-01-03|1|contact hour|"}, nil},
		{"a title over two lines, and stray quotes",
			header + "\"Lipid Metabolism\nand Risk\",2025-01-02,1\n\"The \"\"Gram\"\" Stain\" Review\",2025-01-03,1\nA 5\" Stain,2025-01-04,1\n",
			[]string{"3|Lipid Metabolism and Risk|2025-01-02|1|contact hour|", `5|The "Gram" Stain" Review|2025-01-03|1|contact hour|`, `6|A 5" Stain|2025-01-04|1|contact hour|`}, nil},
		{"CR only",
			strings.ReplaceAll(header+"A,2025-01-02,1\n\nB,2025-01-03,2\n", "\n", "\r"),
			[]string{"3|A|2025-01-02|1|contact hour|", "5|B|2025-01-03|2|contact hour|"}, nil},
		{"CR only, unclosed",
			strings.ReplaceAll(header+"\"A,2025-01-02,1\nB,2025-01-03,2\n", "\n", "\r"),
			[]string{"4|B|2025-01-03|2|contact hour|"},
			[]string{"t.csv:3: Course Title: unclosed quote"}},
		{"CRLF, quote closed before CRLF",
			strings.ReplaceAll(header+"\"A\",2025-01-02,\"1\"\nB,2025-01-03,2\n", "\n", "\r\n"),
			[]string{"3|A|2025-01-02|1|contact hour|", "4|B|2025-01-03|2|contact hour|"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseDelimited(strings.NewReader(tt.body), int64(len(tt.body)), "t.csv", tableLayout{kind: "transcript", defaultUnit: celedger.UnitContactHour})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range doc.Records {
				got = append(got, brief(r))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("records\n %q\nwant\n %q", got, tt.want)
			}
			if len(doc.Problems) != len(tt.problems) {
				t.Fatalf("problems %v, want %q", doc.Problems, tt.problems)
			}
			for i, p := range doc.Problems {
				if !strings.HasPrefix(p.Error(), tt.problems[i]) || !errors.Is(p, ErrUnclosedQuote) {
					t.Errorf("problem %q, want %q", p, tt.problems[i])
				}
			}
		})
	}
}

// TestCSVBlankLinesCountTowardRows: a file of blank lines stops at the row
// limit like a file of rows.
func TestCSVBlankLinesCountTowardRows(t *testing.T) {
	defer func(old Limits) { Limit = old }(Limit)
	Limit.MaxRows = 10
	body := "Course Title,Date,Contact Hours\nA,2025-01-02,1\n" + strings.Repeat("\n", 50) + "B,2025-01-03,1\n"
	doc, err := parseDelimited(strings.NewReader(body), int64(len(body)), "t.csv", tableLayout{kind: "transcript", defaultUnit: celedger.UnitContactHour})
	if err != nil || len(doc.Records) != 1 || len(doc.Problems) != 1 || !strings.Contains(doc.Problems[0].Error(), "t.csv:53: over the limit: more than 10 rows") {
		t.Errorf("records %d, problems %v, err %v", len(doc.Records), doc.Problems, err)
	}
}

// FuzzEachRow: eachRow reads what encoding/csv reads, row for row, except
// where a quoted field runs to the end of the text: there it names the
// line the quote opened on, which is where encoding/csv's last field
// starts.
func FuzzEachRow(f *testing.F) {
	for _, s := range []string{"a,b\n\"c,d\ne,f", "\"a\"\"b\",c\n", "a\"b,\"c\"d\",e\r\nf,g", "\"x\"\r", "\"\n\"\n\"", "a,\"b\"c\n\"d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsRune(s, '\r') && !strings.Contains(s, "\r\n") {
			return // lone CRs: encoding/csv keeps them as text, eachRow too unless the file is CR-only
		}
		type row struct {
			line  int
			cells string
		}
		var want []row
		cr := newCSVReader(strings.NewReader(s), ',')
		lastFieldLine := 0
		for {
			rec, err := cr.Read()
			if err != nil {
				if err != io.EOF {
					var pe *csv.ParseError
					if !errors.As(err, &pe) {
						t.Fatalf("csv: %v", err)
					}
				}
				break
			}
			line, _ := cr.FieldPos(0)
			lastFieldLine, _ = cr.FieldPos(len(rec) - 1)
			want = append(want, row{line, strings.Join(rec, "|")})
		}
		var got []row
		opened := 0
		eachRow(bytes.NewReader([]byte(s)), 0, int64(len(s)), ',', false, func(line int, cells []string) bool {
			got = append(got, row{line, strings.Join(cells, "|")})
			return true
		}, func(line, _ int) {
			if opened == 0 {
				opened = line
			}
		})
		if opened == 0 {
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%q: eachRow %v, csv %v", s, got, want)
			}
			return
		}
		// Up to the unclosed quote, the same rows; encoding/csv's last
		// row is the one that swallowed the rest.
		if len(want) == 0 || lastFieldLine != opened {
			t.Fatalf("%q: unclosed quote on line %d, csv's last field starts on %d", s, opened, lastFieldLine)
		}
		n := len(want) - 1
		if len(got) < n || fmt.Sprint(got[:n]) != fmt.Sprint(want[:n]) {
			t.Fatalf("%q: eachRow %v, csv %v", s, got, want)
		}
	})
}

// TestRosterQuotesAndLineEnds: a roster with CR-only line ends is read,
// and one quote that never closes costs its own row only.
func TestRosterQuotesAndLineEnds(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/roster.csv"
	body := "Employee Name,ASCP ID,Cycle End Date\r\"Ada Placeholder,00000001,2027-06-30\rBo Invented,00000002,2027-06-30\r"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	people, problems, err := ReadRoster(path)
	if err != nil || len(people) != 1 || people[0].Name != "Bo Invented" || people[0].Source.Line != 3 ||
		len(problems) != 1 || !strings.HasPrefix(problems[0].Error(), path+":2: unclosed quote") {
		t.Errorf("people %+v, problems %v, err %v", people, problems, err)
	}
}
