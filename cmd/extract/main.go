// Command extract turns Arabic news articles into JSON-LD: one line of JSON
// Lines per article, with the people, organizations and places it mentions,
// its temporal expressions and its quantities, every one located by code
// point offsets in the original text.
//
// Usage:
//
//	extract [flags] PATH...
//
// A PATH is a .txt file (one article), a .jsonl or .jsonl.gz file (one
// article a line), a directory (walked recursively in sorted order) or "-"
// for standard input. Run "extract --help" for the flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/khabar-lab/khabar/extract"
	"github.com/khabar-lab/khabar/extract/entity"
	"github.com/khabar-lab/khabar/extract/quantity"
	"github.com/khabar-lab/khabar/extract/temporal"
	"github.com/khabar-lab/khabar/model"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// the module version or VCS revision recorded by the Go toolchain is used.
var version = ""

const usageText = `extract turns Arabic news articles into JSON-LD, one line per article.

Usage:
  extract [flags] PATH...

A PATH is a .txt file (one article), a .jsonl or .jsonl.gz file (one article
a line: {"id", "text", "datePublished", "url", "headline"}; only "text" is
required), a directory (walked recursively, in sorted order), or - for
standard input (JSONL; exactly one output line per input line, in order).

Standard output carries JSON Lines only; messages, the progress bar (on a
terminal) and the final summary go to standard error. Bad input is reported
with its file and line, the other articles still come out, and the exit
status is 1 at the end; 2 means bad usage.

Examples:
  extract ./seeds > events.jsonl
  extract -j 2 -o events.jsonl corpus.jsonl.gz
  extract --reference-date 2021-07-26 article.txt
  zcat corpus.jsonl.gz | extract - | jq .quantities
  extract --context          # print the JSON-LD context
  extract --normalize-only seeds/000_53bee7b2b5e491d2.txt   # what the matchers see

Flags:
`

// options are the parsed command line.
type options struct {
	output        string
	workers       int
	referenceDate time.Time
	includeText   bool
	maxBytes      int64
	quiet         bool
	normalizeOnly bool
	paths         []string
}

// gcPercent is the command's GOGC unless the environment sets one. The
// heap is small (tens of MB) and nearly all of it garbage from one article
// to the next: collecting half as often saves about 5% of the run for some
// 20 MB more memory.
const gcPercent = 200

// errUsage marks a command line we cannot run; it exits with status 2.
var errUsage = errors.New("usage")

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, isTerminal(os.Stderr))
	stop()
	os.Exit(code)
}

// run is the whole command; it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, stderrIsTerminal bool) int {
	opts, exit, err := parseFlags(args, stdout, stderr)
	if err != nil {
		if !errors.Is(err, errUsage) {
			fmt.Fprintf(stderr, "extract: %v\n", err)
		}
		fmt.Fprintln(stderr, "Run 'extract --help' for usage.")
		return 2
	}
	if exit {
		return 0
	}

	out := stdout
	var tmp *os.File
	if opts.output != "" {
		// Write beside the target and rename at the end: a reader of the
		// output never sees half a file.
		tmp, err = os.CreateTemp(filepath.Dir(opts.output), "."+filepath.Base(opts.output)+".*.tmp")
		if err != nil {
			fmt.Fprintf(stderr, "extract: cannot write %s: %v\n", opts.output, err)
			return 1
		}
		defer os.Remove(tmp.Name()) // a no-op after the rename
		out = tmp
	}

	drawBar := stderrIsTerminal && !opts.quiet
	var total int64
	if drawBar {
		total = inputSize(opts.paths) // for the bar's percentage only
	}
	prog := newProgress(stderr, drawBar, total)
	r := &runner{
		workers:     opts.workers,
		window:      16 * opts.workers,
		includeText: opts.includeText,
		maxBytes:    opts.maxBytes,
		pipeline:    newPipeline(opts),
		render:      renderJSONLD,
		out:         out,
		report:      prog.message,
		progress:    prog,
	}
	if opts.normalizeOnly {
		r.render = renderNormalized
	}
	problems, err := r.run(ctx, opts.paths, stdin)
	prog.finish()

	if errors.Is(err, errBrokenPipe) {
		return 1 // the reader went away: stop quietly
	}
	if err == nil && ctx.Err() != nil {
		err = errors.New("interrupted")
	}
	if err == nil && tmp != nil {
		err = closeAndRename(tmp, opts.output)
	}
	if err != nil {
		fmt.Fprintf(stderr, "extract: %v\n", err)
		if tmp != nil {
			tmp.Close()
		}
		return 1
	}
	if !opts.quiet {
		fmt.Fprintln(stderr, prog.summary(problems))
	}
	if problems > 0 {
		return 1
	}
	return 0
}

func closeAndRename(tmp *os.File, target string) error {
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", target, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", target, err)
	}
	// CreateTemp makes the file 0600; the output is an ordinary file.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), target)
}

// newPipeline builds the extractors for a run. The tables are embedded
// and tested, so failing to load them is a bug, not bad input.
func newPipeline(opts options) *extract.Pipeline {
	quantities, err := quantity.New()
	if err != nil {
		panic("extract: the quantity tables do not load: " + err.Error())
	}
	dates, err := temporal.New(quantities)
	if err != nil {
		panic("extract: the date tables do not load: " + err.Error())
	}
	entities, err := entity.New()
	if err != nil {
		panic("extract: the entity tables do not load: " + err.Error())
	}
	// Entities first: quantities leave out what lies inside a name.
	return extract.NewPipeline(extract.Options{ReferenceDate: opts.referenceDate}, entities, dates, quantities)
}

func parseFlags(args []string, stdout, stderr io.Writer) (opts options, exit bool, err error) {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&opts.output, "o", "", "write to `FILE` (through a temporary file renamed at the end) instead of standard output")
	fs.IntVar(&opts.workers, "j", runtime.NumCPU(), "run `N` workers in parallel; the output order never changes")
	refDate := fs.String("reference-date", "", "anchor relative dates to `YYYY-MM-DD` for articles without a datePublished")
	fs.BoolVar(&opts.includeText, "include-text", false, "copy each article's text into the output (\"text\")")
	maxBytes := fs.String("max-bytes", "8MiB", "skip, and report, articles longer than `SIZE` bytes (K, M, KiB, MiB suffixes)")
	fs.BoolVar(&opts.normalizeOnly, "normalize-only", false, "write each article's normalized search form, what the matchers see, instead of extracting: {\"identifier\", \"normalized\"}")
	fs.BoolVar(&opts.quiet, "q", false, "no progress bar and no final summary (bad input is still reported)")
	showVersion := fs.Bool("version", false, "print the version and exit")
	showContext := fs.Bool("context", false, "print the JSON-LD context of the output and exit")
	help := fs.Bool("help", false, "print this help and exit")
	fs.BoolVar(help, "h", false, "print this help and exit")

	if err := fs.Parse(args); err != nil {
		return opts, false, err
	}
	switch {
	case *help:
		fmt.Fprint(stdout, usageText)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return opts, true, nil
	case *showVersion:
		fmt.Fprintln(stdout, "extract", versionString())
		return opts, true, nil
	case *showContext:
		stdout.Write(model.Context())
		return opts, true, nil
	}
	if opts.workers < 1 {
		return opts, false, fmt.Errorf("-j must be at least 1, not %d", opts.workers)
	}
	if *refDate != "" {
		t, err := time.Parse(time.DateOnly, *refDate)
		if err != nil {
			return opts, false, fmt.Errorf("--reference-date %q is not a date (YYYY-MM-DD)", *refDate)
		}
		opts.referenceDate = t
	}
	opts.maxBytes, err = parseSize(*maxBytes)
	if err != nil {
		return opts, false, fmt.Errorf("--max-bytes: %v", err)
	}
	opts.paths = fs.Args()
	if len(opts.paths) == 0 {
		return opts, false, errors.New("no PATH given (use - to read standard input)")
	}
	stdinUses := 0
	for _, p := range opts.paths {
		if p == "-" {
			stdinUses++
		}
	}
	if stdinUses > 1 {
		return opts, false, errors.New("- (standard input) may be given only once")
	}
	return opts, false, nil
}

// parseSize reads a byte count with an optional K/M/G (1000) or
// KiB/MiB/GiB (1024) suffix.
func parseSize(s string) (int64, error) {
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"K", 1e3}, {"M", 1e6}, {"G", 1e9}, {"B", 1}}
	mult := int64(1)
	num := strings.TrimSpace(s)
	for _, u := range units {
		if strings.HasSuffix(num, u.suffix) {
			num, mult = strings.TrimSuffix(num, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("%q is not a positive size", s)
	}
	return n * mult, nil
}

// inputSize sums the sizes of the input files and directories, for the
// progress bar's percentage; 0 when unknown (standard input).
func inputSize(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		_ = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && kindOf(path) != kindUnknown {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			return bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				return "devel-" + s.Value[:min(12, len(s.Value))]
			}
		}
	}
	return "devel"
}
