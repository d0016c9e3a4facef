// Command staffzip writes samples/staff/downloads.zip: transcripts as an educator receives
// them in one archive, one in a per-person folder. The archive is
// deterministic (fixed times, sorted names), so re-running it changes
// nothing. Run from the repository root:
//
//	go run ./internal/samplegen/staffzip
package main

import (
	"archive/zip"
	"log"
	"os"
	"path/filepath"
	"sort"
	"time"
)

var members = map[string]string{
	// Named on the transcript (no ID): matched to the roster by name.
	"ascp-transcript-tomas-ruiz.csv": `ASCP CE Transcript,,,,
Name:,Tomas Ruiz,,,
Certification:,MLS(ASCP)CM,,,
,,,,
Activity Title,Activity Type,Completion Date,Credits,Credit Type
Blood Gas Analysis and Interpretation,Online course,01/15/2024,2,CMLE
Renal Function Testing,Webinar,06/03/2024,1.5,CMLE
Anemia Workup for the Bench,Online course,03/27/2025,2,CMLE
Immunology Serology Review,Online course,09/30/2025,4,CMLE
`,
	// Names nobody: the folder it sits in says whose it is.
	"grace-kim/labce-course-history.csv": `LabCE Course History
Course Name,Completed On,Credits
Crossmatch Techniques Refresher,"Feb 5, 2025",2 contact hours
Fire Safety in the Laboratory,"May 14, 2025",1 contact hours
Leukemia Classification Update,"Sep 23, 2025",1.5 contact hours
`,
}

func main() {
	out := filepath.Join("samples", "staff", "downloads.zip")
	f, err := os.Create(out)
	if err != nil {
		log.Fatal(err)
	}
	w := zip.NewWriter(f)
	var names []string
	for n := range members {
		names = append(names, n)
	}
	sort.Strings(names)
	stamp := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	for _, n := range names {
		m, err := w.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			log.Fatal(err)
		}
		if _, err := m.Write([]byte(members[n])); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
