package report

import (
	"bytes"
	"celedger"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium runs headless Chromium with flags that keep it off the network
// and away from the user's profile. The context only guards against a hung
// browser; nothing is asserted about time.
func chromium(t *testing.T, args ...string) []byte {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium not found: .ci/run installs it")
		}
		t.Skip("chromium not found")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

// TestHTMLInBrowser renders report.html in headless Chromium and checks
// what the browser built from it. Set CELEDGER_SCREENSHOT=path.png to keep
// a screenshot of the page.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, []byte(renderHTML(t, testLedger())), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(page)
	dom := string(chromium(t, "--dump-dom", url))

	if strings.Contains(dom, "<script") {
		t.Error("the browser built a script element from document text")
	}
	if !strings.Contains(dom, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the hostile title is not on the page as text")
	}
	rows := regexp.MustCompile(`(?s)<table class="roster">.*?</table>`).FindString(dom)
	if n := strings.Count(rows, "<tr>"); n != 1+len(testLedger().People) {
		t.Errorf("roster table has %d rows, want a header and %d people", n, len(testLedger().People))
	}
	for _, p := range testLedger().People {
		if !strings.Contains(rows, ">"+p.Name+"</a>") {
			t.Errorf("roster lacks %q", p.Name)
		}
	}
	// The still-needed column, as the browser built it: a header and, for
	// a person short of points, the total and the areas short.
	if !strings.Contains(rows, "<th>Still needed</th>") {
		t.Error("the roster has no still-needed column")
	}
	for _, p := range testLedger().People {
		if want := stillNeeded(&p); want != "" && !strings.Contains(rows, `<td class="needed">`+want+`</td>`) {
			t.Errorf("%s: still needed %q not in the roster", p.Name, want)
		}
	}
	if n := strings.Count(dom, `<section class="person" id="p`); n != len(testLedger().People) {
		t.Errorf("%d person sections, want %d", n, len(testLedger().People))
	}

	shot := filepath.Join(dir, "report.png")
	if keep := os.Getenv("CELEDGER_SCREENSHOT"); keep != "" {
		shot = keep
	}
	chromium(t, "--screenshot="+shot, "--window-size=1280,2000", "--hide-scrollbars", url)
	png, err := os.ReadFile(shot)
	if err != nil || len(png) < 8 || string(png[1:4]) != "PNG" {
		t.Errorf("no screenshot: %v", err)
	}
}

// TestDeclarationWorksheetOnOnePage prints a worksheet of ten activities,
// none on the ASCP transcript (each in both of its tables), and counts the
// pages of the PDF Chromium makes of it: one, as the worksheet promises
// "where it fits".
func TestDeclarationWorksheetOnOnePage(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	d := celedger.MustDate
	p := celedger.PersonLedger{Name: "Robin Achterberg", ID: "00000456", Credential: "MLS", CycleStart: d("2024-01-01"), CycleEnd: d("2026-12-31"),
		DeclarationOpens: d("2026-10-02"), SubmitBy: d("2026-12-01"), Required: 3600, Status: celedger.PersonShort}
	minimum := map[celedger.Area]celedger.Points{celedger.AreaBloodBanking: 200, celedger.AreaChemistry: 200, celedger.AreaHematology: 200, celedger.AreaMicrobiology: 200, celedger.AreaSafety: 100, celedger.AreaEthics: 100}
	for _, a := range celedger.Areas {
		p.Areas = append(p.Areas, celedger.AreaLedger{Area: a, Required: minimum[a]})
	}
	areas := celedger.Areas
	for i := range 10 {
		p.Activities = append(p.Activities, celedger.Entry{
			Title: fmt.Sprintf("Clinical Laboratory Update %d: Methods, Interpretation and Quality Practices", i+1), Provider: "Northgate Society for Laboratory Education",
			Completed: d(fmt.Sprintf("2025-%02d-14", i+1)), Credits: 150, Unit: celedger.UnitContactHour, Points: 150,
			Status: celedger.StatusCounted, AllocatedTo: areas[i%len(areas)], Sources: []celedger.Source{{Path: fmt.Sprintf("in/cert-%d.pdf", i+1), Page: 1}},
		})
	}
	l := &celedger.Ledger{People: []celedger.PersonLedger{p}}
	for i := range 10 {
		l.Files = append(l.Files, celedger.FileResult{Path: fmt.Sprintf("in/cert-%d.pdf", i+1), Format: "ce-certificate-pdf", Status: celedger.FileImported})
	}
	decl, err := NewDeclarations(l)
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	if err := decl.WritePage(&page, 0); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	html, pdf := filepath.Join(dir, "worksheet.html"), filepath.Join(dir, "worksheet.pdf")
	if err := os.WriteFile(html, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	chromium(t, "--print-to-pdf="+pdf, "--no-pdf-header-footer", "file://"+filepath.ToSlash(html))
	b, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`/Type\s*/Page\b`).FindAll(b, -1)); n != 1 {
		t.Errorf("the worksheet of ten activities prints on %d pages, want 1", n)
	}
}
