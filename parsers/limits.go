package parsers

import "fmt"

// Limits bound what one input may cost, so a hostile or broken file ends in
// a clear error instead of exhausting the machine. Every limit has a flag.
type Limits struct {
	MaxFileSize int64 // bytes of one input file (or zip member)
	MaxRows     int   // rows read from one table (CSV, sheet, PDF transcript)
	MaxUnzipped int64 // uncompressed bytes of one XLSX part or zip member
	MaxZipDepth int   // zips inside zips
	// MaxSharedStrings is the most shared strings one workbook may hold:
	// each costs memory whatever its length.
	MaxSharedStrings int
}

// DefaultLimits are generous for real CE documents: a 30-year transcript
// has a few hundred rows and a certificate is well under a megabyte.
var DefaultLimits = Limits{
	MaxFileSize: 256 << 20,
	MaxRows:     1_000_000,
	MaxUnzipped: 256 << 20,
	MaxZipDepth: 2,

	MaxSharedStrings: 1_000_000,
}

// Limit is the limits in force. batch.Run sets it from its options
// before reading; readers only read it.
var Limit = DefaultLimits

func (l Limits) String() string {
	return fmt.Sprintf("max file size %d bytes, max rows %d, max unzipped %d bytes, max zip depth %d, max shared strings %d",
		l.MaxFileSize, l.MaxRows, l.MaxUnzipped, l.MaxZipDepth, l.MaxSharedStrings)
}

// TmpDir is where readers put temporary files (excelize spills a large
// worksheet to one); "" is the system's temporary folder. batch.Run sets
// it to a folder inside -out, removed when the run ends.
var TmpDir string
