package report

// ledger.xlsx is the educator's view of the ledger:
//
//	Roster       one row per person and credential: points, each area, status, deadline
//	<person>     one sheet per person and credential: every activity with its source
//	Review       every line a person has to decide on
//	Import log   every input file: format, status, records, problems
//
// Above maxPersonSheets person ledgers, the person sheets give way to one
// Activities sheet with the person in its first columns: a workbook of
// thousands of tabs cannot be navigated, and excelize holds every streamed
// sheet of less than 16 MiB in memory until the workbook is written, while
// a larger one spills to disk. Every sheet is streamed, the Roster too.
//
// Values are cells of their kind (points are numbers, dates are dates), so
// a user can sum, sort and filter them in Excel; text that a spreadsheet
// would run as a formula is neutralised as in ledger.csv. The same ledger
// gives the same bytes: the workbook's times come from the ledger's as-of
// date, never from the clock.

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"celedger"
)

const (
	sheetRoster     = "Roster"
	sheetReview     = "Review"
	sheetImportLog  = "Import log"
	maxSheetName    = 31 // Excel's limit, in characters
	maxColWidth     = 60 // characters; longer text wraps off screen rather than widening the column
	sheetActivities = "Activities"
	// maxPersonSheets is the most person sheets a workbook gets; a larger
	// staff gets the Activities sheet instead (see above).
	maxPersonSheets = 250
	// widthRows is how many rows of a sheet its column widths are fitted to.
	widthRows = 1000
)

// errEnoughRows stops a sheet's rows once columnWidths has seen widthRows.
var errEnoughRows = errors.New("enough rows")

// xlsxStyles are the cell styles the workbook uses.
type xlsxStyles struct {
	header, date, points int
	link                 int // an evidence link's blue underline
	wrap                 int // long text wrapped in its column (wrappedColumns), so it prints whole
	short, review, bad   int // conditional formats on the status column
}

// xlsxSheet is one sheet's content before it is streamed.
type xlsxSheet struct {
	name   string
	header []string
	// rows hands the sheet's rows to emit, in order, made as they are
	// written: a sheet of every activity of thousands of people is never
	// held. A cell is a string, int, float64, celedger.Points,
	// celedger.Date, or nil for an empty cell. It may be called more than
	// once (column widths, then writing).
	rows   rowSource
	status int // 1-based column whose words "short", "review", "expired" are highlighted; 0 for none
	// links makes each evidence cell a hyperlink of the sheet (a person's
	// sheet and the Review sheet, up to maxPersonSheets people); else a
	// HYPERLINK formula, as
	// excelize adds a sheet's hyperlinks in time growing with their
	// number squared, and a sheet holds at most 65,530 of them.
	links bool
}

// rowSource makes a sheet's rows; it stops at emit's first error and
// returns it.
type rowSource func(emit func(row []any) error) error

// WriteXLSX writes ledger.xlsx.
func WriteXLSX(w io.Writer, l *celedger.Ledger) error {
	f := excelize.NewFile(excelize.Options{TmpDir: TmpDir})
	defer f.Close()
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	// Each sheet is made just before it is written, and its rows as they
	// are written, so no sheet's rows are ever held whole.
	names := newSheetNames(sheetRoster, sheetReview, sheetImportLog, sheetActivities, "History")
	sheets := []func() xlsxSheet{func() xlsxSheet { return rosterSheet(l) }}
	if len(l.People) > maxPersonSheets {
		sheets = append(sheets, func() xlsxSheet { return activitiesSheet(l) })
	} else {
		for i := range l.People {
			sheets = append(sheets, func() xlsxSheet { return personSheet(l, i, names.name(personSheetBase(l, i))) })
		}
	}
	review := func() xlsxSheet {
		s := reviewSheet(l)
		s.links = len(l.People) <= maxPersonSheets // as the people's sheets: a staff whose lines are on one sheet gets formulas
		return s
	}
	sheets = append(sheets, review, func() xlsxSheet { return importLogSheet(l) })
	for i, build := range sheets {
		s := build()
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		if err := writeSheet(f, st, s); err != nil {
			return fmt.Errorf("sheet %q: %w", s.name, err)
		}
	}
	// The Roster, made from the new file's first sheet, is already the
	// active, selected tab. (SetActiveSheet would read every streamed sheet
	// back into memory as a parsed worksheet, undoing the streaming.)
	stamp := l.AsOf.Time().Format(time.RFC3339)
	if l.AsOf.IsZero() {
		stamp = "2000-01-01T00:00:00Z"
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: "CMP ledger", Creator: "celedger", Created: stamp, Modified: stamp,
	}); err != nil {
		return err
	}
	// excelize hands the zip writer a buffer of its own and copies that to w
	// afterwards; the parts go straight to w instead, so the workbook is
	// never held in memory whole, and the buffer stays empty.
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return &sortedZip{zw: zip.NewWriter(w)} })
	_, err = f.WriteToBuffer()
	return err
}

// sortedZip is the workbook's zip writer: it spools the parts to a
// temporary file and writes them sorted by name on Close,
// [Content_Types].xml first. excelize writes stream-written sheets in map
// order, which would make two runs over the same ledger differ in bytes;
// spooling to disk rather than to memory keeps a workbook of thousands of
// sheets out of memory.
type sortedZip struct {
	zw       *zip.Writer
	spool    *os.File
	unlinked bool  // the spool file has no name left to remove
	end      int64 // spool size so far
	parts    map[string]*spooledPart
	err      error
}

// spooledPart is one part's bytes in the spool file.
type spooledPart struct {
	z           *sortedZip
	off, length int64
}

func (p *spooledPart) Write(b []byte) (int, error) {
	if p.z.err != nil {
		return 0, p.z.err
	}
	n, err := p.z.spool.WriteAt(b, p.z.end)
	p.z.end += int64(n)
	p.length += int64(n)
	if err != nil {
		p.z.err = err
	}
	return n, err
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	if z.err != nil {
		return nil, z.err
	}
	if z.spool == nil {
		z.spool, z.err = os.CreateTemp(TmpDir, ".celedger-xlsx-*")
		if z.err != nil {
			return nil, z.err
		}
		// Nameless at once where the system allows: nothing is left behind
		// however the run ends.
		z.unlinked = os.Remove(z.spool.Name()) == nil
		z.parts = map[string]*spooledPart{}
	}
	// Parts are written one after another, so each is one run of the spool.
	p := &spooledPart{z: z, off: z.end}
	z.parts[name] = p
	return p, nil
}

func (z *sortedZip) AddFS(fsys fs.FS) error { return z.zw.AddFS(fsys) }

func (z *sortedZip) Close() error {
	if z.spool != nil {
		if !z.unlinked {
			defer os.Remove(z.spool.Name())
		}
		defer z.spool.Close()
	}
	if z.err != nil {
		return z.err
	}
	names := make([]string, 0, len(z.parts))
	for n := range z.parts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if ci, cj := names[i] == "[Content_Types].xml", names[j] == "[Content_Types].xml"; ci != cj {
			return ci
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		w, err := z.zw.Create(n)
		if err != nil {
			return err
		}
		p := z.parts[n]
		if _, err := io.Copy(w, io.NewSectionReader(z.spool, p.off, p.length)); err != nil {
			return err
		}
	}
	return z.zw.Close()
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	var st xlsxStyles
	var err error
	newStyle := func(s *excelize.Style, cond bool) int {
		if err != nil {
			return 0
		}
		var id int
		if cond {
			id, err = f.NewConditionalStyle(s)
		} else {
			id, err = f.NewStyle(s)
		}
		return id
	}
	dateFmt := "yyyy-mm-dd"
	st.header = newStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}, false)
	st.date = newStyle(&excelize.Style{CustomNumFmt: &dateFmt}, false)
	st.points = newStyle(&excelize.Style{NumFmt: 2}, false) // 0.00: points are hundredths
	st.link = newStyle(&excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}}, false)
	st.wrap = newStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}, false)
	fill := func(font, bg string) *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Color: font, Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{bg}}}
	}
	st.short = newStyle(fill("9C5700", "FFEB9C"), true)
	st.review = newStyle(fill("1F4E78", "DDEBF7"), true)
	st.bad = newStyle(fill("9C0006", "FFC7CE"), true)
	return st, err
}

// wrappedColumns are the columns whose text wraps within the column's
// width rather than running past it: a reason or an error is read whole,
// on screen and on paper ("… matches 2 roster people: Chris Morgan (ID
// 05550101), Chris Morgan (ID 05550202)").
var wrappedColumns = []string{"Reason", "Error", "Notes"}

// writeSheet streams one sheet: column widths, a frozen header row and
// the rows, so no sheet's rows are held as a worksheet in memory. Every
// sheet gets an autofilter over its rows and prints landscape, one page
// wide, its header row repeated on each page; a sheet with a status
// column (the Roster) highlights its status words. The stream writer has
// no calls for those, but it writes what the worksheet holds when it is
// flushed (sheet properties when it is made), so they are set on the
// worksheet around it.
func writeSheet(f *excelize.File, st xlsxStyles, s xlsxSheet) error {
	if err := fitToPage(f, s.name); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	// From the last column to the first: the stream writer lists each new
	// column before those set already, and Excel wants them in order.
	widths := columnWidths(s)
	for i := len(widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	r := 0                // rows written, the header included
	var links [][2]string // cell, target
	wrap := make([]bool, len(s.header))
	for i, h := range s.header {
		wrap[i] = slices.Contains(wrappedColumns, h)
	}
	emit := func(row []any) error {
		r++
		cells := make([]any, len(row))
		lines := 1 // the row's height in lines of its tallest wrapped cell
		for i, v := range row {
			text, isText := v.(string)
			ev, isEvidence := v.(evidence)
			switch {
			case isText && i < len(wrap) && wrap[i] && text != "":
				cells[i] = excelize.Cell{StyleID: st.wrap, Value: Neutral(text)}
				lines = max(lines, wrappedLines(text, int(widths[i])-2))
			case isEvidence && s.links && len(ev) > 0:
				cells[i] = excelize.Cell{StyleID: st.link, Value: Neutral(sourceList(ev))}
				links = append(links, [2]string{cellName(i+1, r), workbookLink(ev[0])})
			default:
				cells[i] = cellValue(st, v)
			}
		}
		if lines > 1 {
			// (Spreadsheets size a row to its wrapped text only when told.)
			return sw.SetRow(cellName(1, r), cells, excelize.RowOpts{Height: 15 * float64(lines)})
		}
		return sw.SetRow(cellName(1, r), cells)
	}
	// The header row: as tall as its most wrapped label.
	head, lines := make([]any, len(s.header)), 1
	for i, h := range s.header {
		head[i] = excelize.Cell{StyleID: st.header, Value: h}
		lines = max(lines, wrappedLines(h, int(widths[i])-2))
	}
	r++
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 15 * float64(lines)}); err != nil {
		return err
	}
	if err := s.rows(emit); err != nil {
		return err
	}
	if err := f.AutoFilter(s.name, "A1:"+cellName(len(s.header), max(r, 2)), nil); err != nil {
		return err
	}
	for _, l := range links {
		// (Set on the worksheet the stream writer flushes, as the filter is.)
		if err := f.SetCellHyperLink(s.name, l[0], l[1], "External"); err != nil {
			return err
		}
	}
	if s.status > 0 && r > 1 {
		if err := highlightStatus(f, st, s.name, cellName(s.status, 2)+":"+cellName(s.status, r)); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// wrappedLines is how many lines text takes when wrapped at spaces into
// lines of width characters.
func wrappedLines(text string, width int) int {
	lines, used := 1, 0
	for _, word := range strings.Fields(text) {
		n := utf8.RuneCountInString(word)
		switch {
		case used == 0:
			used = n
		case used+1+n <= width:
			used += 1 + n
		default:
			lines++
			used = n
		}
	}
	return lines
}

// fitToPage prints a sheet landscape, as wide as one page, its header
// row repeated at the top of every page and the sheet's name (a person's
// name and ID) with the page number over each page.
func fitToPage(f *excelize.File, sheet string) error {
	landscape, one, fit := "landscape", 1, true
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: new(int)}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddHeader: "&L&A&RPage &P of &N"}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	quoted := "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: quoted + "!$1:$1", Scope: sheet})
}

// highlightStatus colours the words "short", "review" and "expired" in a
// range of cells.
func highlightStatus(f *excelize.File, st xlsxStyles, sheet, rng string) error {
	var opts []excelize.ConditionalFormatOptions
	for _, c := range []struct {
		word  string
		style int
	}{{"short", st.short}, {"review", st.review}, {"expired", st.bad}} {
		opts = append(opts, excelize.ConditionalFormatOptions{Type: "cell", Criteria: "==", Value: `"` + c.word + `"`, Format: &c.style})
	}
	return f.SetConditionalFormat(sheet, rng, opts)
}

// cellValue makes a value a typed cell: dates and points get their number
// formats, text is neutralised.
func cellValue(st xlsxStyles, v any) any {
	switch v := v.(type) {
	case string:
		return Neutral(v)
	case celedger.Date:
		if v.IsZero() {
			return nil
		}
		return excelize.Cell{StyleID: st.date, Value: v.Time()}
	case celedger.Points:
		return excelize.Cell{StyleID: st.points, Value: v.Float()}
	case evidence:
		if len(v) == 0 {
			return nil
		}
		// A link to the first source's file, relative to the workbook, as
		// a formula (see xlsxSheet.links).
		text := Neutral(sourceList(v))
		quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
		return excelize.Cell{StyleID: st.link, Formula: "HYPERLINK(" + quote(workbookLink(v[0])) + "," + quote(text) + ")", Value: text}
	}
	return v
}

// workbookLink is EvidenceLink without a PDF page ("#page=2"): Excel reads
// what follows "#" as a place in a workbook and would not open the file.
// The cell's text names the page.
func workbookLink(src celedger.Source) string {
	link, _, _ := strings.Cut(EvidenceLink(src), "#page=")
	return link
}

// columnWidths fits each column to its longest value (in characters) in
// the header and the first widthRows rows, bounded by maxColWidth. The
// rows are made again to be written; a sheet of every activity of
// thousands of people is sized by its first screens, not read twice.
func columnWidths(s xlsxSheet) []float64 {
	widths := make([]float64, len(s.header))
	fit := func(i, n int) {
		if w := float64(min(n, maxColWidth)) + 2; i < len(widths) && w > widths[i] {
			widths[i] = w
		}
	}
	for i, h := range s.header {
		// The header wraps at spaces: its longest word must fit, with room
		// for the filter button.
		for _, word := range strings.Fields(h) {
			fit(i, utf8.RuneCountInString(word)+2)
		}
	}
	seen := 0
	s.rows(func(row []any) error {
		if seen++; seen > widthRows {
			return errEnoughRows
		}
		for i, v := range row {
			switch v := v.(type) {
			case string:
				fit(i, utf8.RuneCountInString(v))
			case celedger.Date:
				fit(i, 10)
			case celedger.Points:
				fit(i, len(v.String())+3)
			case int:
				fit(i, len(fmt.Sprint(v)))
			case evidence:
				fit(i, utf8.RuneCountInString(sourceList(v)))
			}
		}
		return nil
	})
	return widths
}

func cellName(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// rosterAreas is every area some person's rule set requires, in report
// order, so each gets an allocated and a required column.
func rosterAreas(l *celedger.Ledger) []celedger.Area {
	seen := map[celedger.Area]bool{}
	for _, p := range l.People {
		for _, a := range p.Areas {
			seen[a.Area] = true
		}
	}
	var out []celedger.Area
	for _, a := range celedger.Areas {
		if seen[a] {
			out = append(out, a)
			delete(seen, a)
		}
	}
	for _, p := range l.People { // areas outside the canonical list, in first-seen order
		for _, a := range p.Areas {
			if seen[a.Area] {
				out = append(out, a.Area)
				delete(seen, a.Area)
			}
		}
	}
	return out
}

// rosterColumns are the Roster's columns before the areas' and after.
var (
	rosterHead = []string{"Name", "ID", "E-mail", "Department", "Shift", "Credential", "Status", "Submit by", "Days left",
		"Points", "Required", "Still needed"}
	rosterTail = []string{"Lines to review", "Cycle end"}
)

// rosterSheet is one row per person and credential, most urgent first (as
// report.html and the summary order them): who, what is still needed in
// total and in each area with a minimum ("<area> still needed"; blank when
// met), and when to submit. The ID is text, so leading zeros stay.
func rosterSheet(l *celedger.Ledger) xlsxSheet {
	var areas []celedger.Area // those with a minimum: general's "still needed" is the total's
	for _, a := range rosterAreas(l) {
		if slices.ContainsFunc(l.People, func(p celedger.PersonLedger) bool {
			return slices.ContainsFunc(p.Areas, func(al celedger.AreaLedger) bool { return al.Area == a && al.Required > 0 })
		}) {
			areas = append(areas, a)
		}
	}
	s := xlsxSheet{name: sheetRoster, header: slices.Clone(rosterHead)}
	for _, a := range areas {
		s.header = append(s.header, a.Label()+" still needed")
	}
	s.header = append(s.header, rosterTail...)
	s.status = slices.Index(rosterHead, "Status") + 1
	order := byUrgency(l.People)
	s.rows = func(emit func([]any) error) error {
		for _, i := range order {
			if err := emit(rosterRow(&l.People[i], areas)); err != nil {
				return err
			}
		}
		return nil
	}
	return s
}

// rosterRow is one person's Roster row, with a column per area.
func rosterRow(p *celedger.PersonLedger, areas []celedger.Area) []any {
	var days any
	if !p.SubmitBy.IsZero() {
		days = p.DaysToSubmit
	}
	var short any
	if p.Short > 0 {
		short = p.Short
	}
	row := []any{p.Name, p.ID, p.Email, p.Department, p.Shift, p.Credential, string(p.Status), p.SubmitBy, days,
		p.Points, p.Required, short}
	for _, a := range areas {
		var need any
		for i := range p.Areas {
			if p.Areas[i].Area == a && p.Areas[i].Short > 0 {
				need = p.Areas[i].Short
			}
		}
		row = append(row, need)
	}
	return append(row, p.ReviewCount, p.CycleEnd)
}

// activityColumns are the columns of a person sheet; the Activities sheet
// puts the person's name, ID and credential before them.
var activityColumns = []string{"Provider", "Title", "Completed", "Credits", "Unit", "Points", "Counted points", "Area", "Zone",
	"Allocated to", "Status", "Reason", "Sources"}

// evidence is a cell of sources: their text, linked to the first one's file.
type evidence []celedger.Source

func activityCells(e *celedger.Entry) []any {
	return []any{e.Provider, e.Title, e.Completed, e.Credits, string(e.Unit), e.Points, countedOf(e), // (sums to the person's points)
		string(e.Area), string(e.Zone), string(e.AllocatedTo), string(e.Status), e.Reason, evidence(e.Sources)}
}

// personSheet is the sheet of l.People[i]. Its lines are read once, when
// the rows are first made (for the column widths), and kept for writing.
func personSheet(l *celedger.Ledger, i int, name string) xlsxSheet {
	var p *celedger.PersonLedger
	return xlsxSheet{name: name, header: activityColumns, links: true, rows: func(emit func([]any) error) error {
		if p == nil {
			read, err := l.Person(i)
			if err != nil {
				return err
			}
			p = &read
		}
		for i := range p.Activities {
			if err := emit(activityCells(&p.Activities[i])); err != nil {
				return err
			}
		}
		return nil
	}}
}

// activitiesSheet is every person's activities on one sheet.
func activitiesSheet(l *celedger.Ledger) xlsxSheet {
	return xlsxSheet{
		name:   sheetActivities,
		header: append([]string{"Name", "ID", "Credential"}, activityColumns...),
		rows: func(emit func([]any) error) error {
			return l.Each(nil, func(_ int, p *celedger.PersonLedger) error {
				for i := range p.Activities {
					if err := emit(append([]any{p.Name, p.ID, p.Credential}, activityCells(&p.Activities[i])...)); err != nil {
						return err
					}
				}
				return nil
			})
		},
	}
}

// needsReview reports whether a line needs a person's decision: its status
// says so, or its area was not mapped with confidence.
func needsReview(e *celedger.Entry) bool {
	return e.Status == celedger.StatusReview || e.Zone == celedger.ZoneReview || e.Zone == celedger.ZoneNone
}

func reviewSheet(l *celedger.Ledger) xlsxSheet {
	s := xlsxSheet{name: sheetReview, header: []string{
		"Name", "ID", "Credential", "Title", "Provider", "Completed", "Credits", "Unit", "Points",
		"Area", "Score", "Zone", "Other areas", "Status", "Reason", "Sources"}}
	s.rows = func(emit func([]any) error) error {
		return l.Each(nil, func(_ int, p *celedger.PersonLedger) error {
			for i := range p.Activities {
				e := &p.Activities[i]
				if !needsReview(e) {
					continue
				}
				var others []string
				for _, c := range e.Candidates {
					others = append(others, fmt.Sprintf("%s %.2f", c.Area, c.Score))
				}
				err := emit([]any{p.Name, p.ID, p.Credential, e.Title, e.Provider, e.Completed, e.Credits,
					string(e.Unit), e.Points, string(e.Area), e.AreaScore, string(e.Zone), strings.Join(others, "; "),
					string(e.Status), e.Reason, evidence(e.Sources)})
				if err != nil {
					return err
				}
			}
			return nil
		})
	}
	return s
}

// importLogSheet lists every input file, then one more row per problem
// beyond the first, as import-log.csv does.
func importLogSheet(l *celedger.Ledger) xlsxSheet {
	s := xlsxSheet{name: sheetImportLog,
		header: []string{"Path", "Format", "Status", "Records", "Error", "Notes"}}
	s.rows = func(emit func([]any) error) error {
		return l.EachFile(func(f *celedger.FileResult) error {
			if err := emit([]any{f.Path, f.Format, string(f.Status), f.Records, f.Error, strings.Join(f.Notes, "; ")}); err != nil {
				return err
			}
			for _, p := range f.Problems[min(1, len(f.Problems)):] {
				if err := emit([]any{f.Path, f.Format, "problem", nil, p, nil}); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return s
}

// personSheetBase is the sheet name a person's ledger asks for: the name
// and the ID, with the credential when the same person has several.
func personSheetBase(l *celedger.Ledger, i int) string {
	p := &l.People[i]
	tail := ""
	if p.ID != "" {
		tail = " " + p.ID // two people of one name stay apart: "Chris Morgan 05550101"
	}
	for j := range l.People {
		if j != i && l.People[j].Name == p.Name && l.People[j].ID == p.ID {
			tail += " " + p.Credential
			break
		}
	}
	// The name gives way to the ID and credential at Excel's 31 characters.
	return strings.TrimRight(truncateRunes(p.Name, maxSheetName-utf8.RuneCountInString(tail)), " ") + tail
}

// sheetNames hands out sheet names that Excel accepts and that differ from
// each other (Excel compares them without case).
type sheetNames map[string]bool

func newSheetNames(taken ...string) sheetNames {
	n := sheetNames{}
	for _, t := range taken {
		n[strings.ToLower(t)] = true
	}
	return n
}

// name makes want a safe, unused sheet name: the characters Excel forbids
// ([]:*?/\) become "-", an apostrophe becomes ’ (excelize's AutoFilter,
// v2.11.0, quotes a sheet name without doubling one, and Excel then offers
// to repair the file: "Seán O’Brien"), leading and trailing spaces go, the
// name is cut to 31 characters, and a clash gets " (2)", " (3)", ….
func (n sheetNames) name(want string) string {
	base := strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune(`[]:*?/\`, r) || r < ' ':
			return '-'
		case r == '\'':
			return '’'
		}
		return r
	}, strings.Trim(want, "' "))
	base = strings.TrimSpace(base)
	if base == "" {
		base = "Person"
	}
	for k := 1; ; k++ {
		suffix := ""
		if k > 1 {
			suffix = fmt.Sprintf(" (%d)", k)
		}
		cand := strings.TrimRight(truncateRunes(base, maxSheetName-len(suffix)), "' ") + suffix
		if !n[strings.ToLower(cand)] {
			n[strings.ToLower(cand)] = true
			return cand
		}
	}
}

func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
