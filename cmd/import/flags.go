package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"celedger"
	"celedger/batch"
	"celedger/internal/isolate"
	"celedger/internal/near"
	"celedger/parsers"
	"celedger/reconcile"
	"celedger/report"
)

// config is the parsed command line: the run's settings and what the
// terminal shows.
type config struct {
	run       batch.Options // Log and Progress are set by importAll
	person    string
	show      []string // summary groups to print (report.ShowChoices); empty: everyone
	review    bool     // also in run.Review
	printJSON bool
	explain   bool
	quiet     bool
}

// listFlag collects a repeated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	*l = append(*l, strings.ToUpper(strings.TrimSpace(s)))
	return nil
}

// dateFlag is a YYYY-MM-DD flag.
type dateFlag struct{ d *celedger.Date }

func (f dateFlag) String() string {
	if f.d == nil {
		return ""
	}
	return f.d.String()
}

// Set reads YYYY-MM-DD only: "01/12/2026" is January 12 in one country
// and December 1 in another, and a flag has no column of other dates to
// tell which.
func (f dateFlag) Set(s string) error {
	s = strings.TrimSpace(s)
	t, err := time.Parse(time.DateOnly, s)
	switch {
	case err == nil:
	case ymdShape.MatchString(s):
		return fmt.Errorf("%s is no day of the calendar", s) // "2026-02-30", "2026-13-01"
	case ymdSlashed.MatchString(s):
		return fmt.Errorf("want a date as YYYY-MM-DD (%s, with hyphens)", strings.ReplaceAll(s, "/", "-"))
	case strings.Count(s, "/") == 2:
		return fmt.Errorf("want a date as YYYY-MM-DD (%s is a day and a month in one order or the other)", s)
	default:
		return errors.New("want a date as YYYY-MM-DD")
	}
	d, err := celedger.ParseDate(t.Format(time.DateOnly))
	if err != nil {
		return errors.New("want a date as YYYY-MM-DD")
	}
	*f.d = d
	return nil
}

// ymdShape is a date in the flag's form whatever its numbers; ymdSlashed
// the same with slashes ("2027/05/31": one reading only).
var (
	ymdShape   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	ymdSlashed = regexp.MustCompile(`^\d{4}/\d{1,2}/\d{1,2}$`)
)

// usageText is the help -h prints; PROG stands for the command as run.
const usageText = `usage: PROG [flags] PATH...

Reads CE transcripts and certificates (files, folders) and writes a CMP
points ledger into -out. Flags may come before or after the paths. Example:

  PROG -out ledger samples/
  PROG -roster samples/staff/roster.csv -out staff-ledger samples/staff/

Flags:
`

// parseFlags returns the config, or an exit code >= 0 when the run should
// stop now (help asked for, or bad usage).
func parseFlags(args []string, stderr io.Writer) (config, int) {
	var cfg config
	var creds listFlag
	fs := flag.NewFlagSet("celedger", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below, one line and a hint
	fs.Usage = func() {}
	fs.StringVar(&cfg.run.Out, "out", "ledger", "write the outputs into `DIR` (created if missing)")
	fs.Var(dateFlag{&cfg.run.AsOf}, "as-of", "reconcile as of this `DATE` (YYYY-MM-DD; default today)")
	fs.Var(&creds, "credential", "credential `ID` to reconcile (repeatable; default MLS unless documents say)")
	fs.Var(dateFlag{&cfg.run.CycleEnd}, "cycle-end", "cycle end `DATE` for people whose documents do not print one")
	fs.StringVar(&cfg.run.Name, "name", "", "the person's `\"Full Name\"`, for documents that name nobody")
	fs.StringVar(&cfg.run.Roster, "roster", "", "staff roster `FILE` (CSV or XLSX)")
	fs.StringVar(&cfg.person, "person", "", "print one person's ledger in detail (`NAME` or ID) instead of the summary")
	fs.StringVar(&cfg.run.Overrides, "overrides", "", "area decisions `FILE` (the filled-in review.csv)")
	fs.BoolVar(&cfg.review, "review", false, "after the run, decide uncertain areas one by one on the terminal (saved to -overrides, or <out>/overrides.csv)")
	fs.BoolVar(&cfg.printJSON, "json", false, "print ledger.json to standard output instead of the summary")
	fs.BoolVar(&cfg.quiet, "q", false, "print no summary")
	fs.BoolVar(&cfg.run.AuditPackets, "audit-packet", false, "also write an audit packet per person and credential (audit/<ID>-<credential>.zip: the evidence of every counted line and an index); with -person, that person's only")
	fs.StringVar(&cfg.run.Since, "since", "", "compare with this earlier ledger.json `FILE` (default: the one in -out)")
	var show string
	fs.StringVar(&show, "show", "", "print only these people in the summary: a comma-separated `LIST` of expired, short, review, compliant, due (submit-by within 90 days), action (all but compliant, and due)")
	fs.BoolVar(&cfg.explain, "explain", false, "print what is read from each `FILE` (format, lines, columns, rows, fields) instead of importing")
	fs.IntVar(&cfg.run.Workers, "workers", 0, "read `N` files at once (default: one per CPU)")
	cfg.run.Limits = parsers.DefaultLimits
	var fileMiB, unzipMiB int64
	fs.Int64Var(&fileMiB, "max-file-size", cfg.run.Limits.MaxFileSize>>20, "largest input file to read, in `MiB`")
	fs.IntVar(&cfg.run.Limits.MaxRows, "max-rows", cfg.run.Limits.MaxRows, "most rows to read from one table (`N`)")
	fs.Int64Var(&unzipMiB, "max-unzipped", cfg.run.Limits.MaxUnzipped>>20, "largest uncompressed XLSX part or zip member, in `MiB`")
	fs.IntVar(&cfg.run.Limits.MaxZipDepth, "max-zip-depth", cfg.run.Limits.MaxZipDepth, "deepest nesting of zips inside zips (`N`)")
	fs.IntVar(&cfg.run.Limits.MaxSharedStrings, "max-shared-strings", cfg.run.Limits.MaxSharedStrings, "most shared strings in one XLSX workbook (`N`)")
	var parseMiB int64
	fs.Int64Var(&parseMiB, "max-parse-memory", isolate.DefaultMemory>>20, "memory one file's parser may use, in `MiB`")
	fs.DurationVar(&cfg.run.ParseTime, "max-parse-time", isolate.DefaultTimeout, "time one file may take to read (`DURATION`, such as 30s or 2m)")
	paths, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stderr)
		fmt.Fprint(stderr, strings.ReplaceAll(usageText, "PROG", programName()))
		fs.PrintDefaults()
		return cfg, exitOK
	}
	if err != nil {
		usageError(fs, err, stderr)
		return cfg, exitUsage
	}
	cfg.run.Limits.MaxFileSize, cfg.run.Limits.MaxUnzipped, cfg.run.ParseMemory = fileMiB<<20, unzipMiB<<20, parseMiB<<20
	if fileMiB <= 0 || unzipMiB <= 0 || cfg.run.Limits.MaxRows <= 0 || cfg.run.Limits.MaxZipDepth < 0 || parseMiB <= 0 || cfg.run.ParseTime <= 0 || cfg.run.Limits.MaxSharedStrings <= 0 {
		fmt.Fprintln(stderr, "celedger: error: limits must be positive")
		return cfg, exitUsage
	}
	for _, c := range creds {
		if code := celedger.CredentialCode(c); code != "" {
			c = code // "-credential MLS(ASCP)CM" is MLS
		}
		cfg.run.Credentials = append(cfg.run.Credentials, c)
	}
	if !knownCredentials(cfg.run.Credentials, stderr) {
		return cfg, exitUsage
	}
	for _, s := range strings.Split(show, ",") {
		if s = strings.ToLower(strings.TrimSpace(s)); s == "" {
			continue
		}
		if !slices.Contains(report.ShowChoices, s) {
			fmt.Fprintf(stderr, "celedger: error: -show %s: unknown group\n", s)
			if best := near.Nearest(s, report.ShowChoices); best != "" {
				fmt.Fprintf(stderr, "celedger: hint: did you mean %s? -show takes a comma-separated list of %s\n", best, strings.Join(report.ShowChoices, ", "))
			} else {
				fmt.Fprintf(stderr, "celedger: hint: -show takes a comma-separated list of %s\n", strings.Join(report.ShowChoices, ", "))
			}
			return cfg, exitUsage
		}
		cfg.show = append(cfg.show, s)
	}
	cfg.run.Paths = paths
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "celedger: error: no input paths")
		fmt.Fprintf(stderr, "celedger: hint: %s -out ledger samples/\n", programName())
		return cfg, exitUsage
	}
	cfg.run.Review = cfg.review
	if cfg.run.AuditPackets {
		cfg.run.PacketsFor = cfg.person // -person's packets only
	}
	if err := batch.CheckPaths(cfg.run); err != nil {
		return cfg, fail(stderr, err)
	}
	return cfg, -1
}

// parseInterleaved parses flags given before, between and after the
// paths ("celedger in/ -q -out ledger"), and returns the paths in order;
// everything after "--" is a path, even when it starts with "-".
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	head, tail := args, []string(nil)
	if i := slices.Index(args, "--"); i >= 0 {
		head, tail = args[:i], args[i+1:]
	}
	var paths []string
	for {
		if err := fs.Parse(head); err != nil {
			return nil, err
		}
		head = fs.Args()
		if len(head) == 0 {
			break
		}
		paths, head = append(paths, head[0]), head[1:]
	}
	return append(paths, tail...), nil
}

// usageError reports a flag the parser refused on one line, with a hint:
// the flag meant when one is a slip away ("-credntial" → -credential),
// else where the list of flags is.
func usageError(fs *flag.FlagSet, err error, stderr io.Writer) {
	fmt.Fprintf(stderr, "celedger: error: %v\n", err)
	const undefined = "flag provided but not defined: -"
	if name, ok := strings.CutPrefix(err.Error(), undefined); ok {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if best := near.Nearest(strings.TrimLeft(name, "-"), names); best != "" {
			fmt.Fprintf(stderr, "celedger: hint: did you mean -%s?\n", best)
			return
		}
	}
	fmt.Fprintf(stderr, "celedger: hint: %s -h lists every flag\n", programName())
}

// programName is the command as it was run: "celedger", "import", or
// "go run ./cmd/import" when go run built it into a temporary folder.
func programName() string {
	exe := filepath.Base(os.Args[0])
	if strings.Contains(os.Args[0], "go-build") {
		return "go run ./cmd/import"
	}
	return exe
}

// knownCredentials checks -credential against the rule sets before any
// file is read, naming the nearest code for a slip ("MSL" → MLS).
func knownCredentials(creds []string, stderr io.Writer) bool {
	if len(creds) == 0 {
		return true
	}
	rules, err := reconcile.LoadRules()
	if err != nil {
		return true // reported by the run itself
	}
	codes := rules.Codes()
	ok := true
	for _, c := range creds {
		if slices.Contains(codes, strings.ToUpper(c)) {
			continue
		}
		ok = false
		fmt.Fprintf(stderr, "celedger: error: -credential %s: unknown credential\n", c)
		if best := near.Nearest(strings.ToUpper(c), codes); best != "" {
			fmt.Fprintf(stderr, "celedger: hint: did you mean %s? (known: %s)\n", best, strings.Join(codes, " "))
		} else {
			fmt.Fprintf(stderr, "celedger: hint: known credentials: %s\n", strings.Join(codes, " "))
		}
	}
	return ok
}
