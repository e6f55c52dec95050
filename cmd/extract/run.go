package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"

	"github.com/khabar-lab/khabar/extract"
	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
)

// job carries one item through the workers to the writer.
type job struct {
	seq  int
	it   item
	line []byte // the output line, with its newline; nil when none
}

// runner runs the ordered parallel pipeline: one reader, N workers, one
// writer that puts the lines back in input order. At most `window` items are
// in flight at once, so memory is bounded by the window, never by the input.
type runner struct {
	workers     int
	window      int
	includeText bool
	maxBytes    int64 // per article (--max-bytes)
	pipeline    *extract.Pipeline
	// render turns an article into its output line; the default extracts
	// and encodes JSON-LD (--normalize-only swaps it).
	render renderFunc
	out    io.Writer
	// report prints a bad-input message (stderr).
	report   func(msg string)
	progress *progress
}

// errBrokenPipe ends a run quietly: the reader of our output went away.
var errBrokenPipe = errors.New("broken pipe")

// run reads paths and writes one line per article to r.out, in order.
// It returns the number of bad inputs reported, and an error only when the
// output could not be written.
func (r *runner) run(ctx context.Context, paths []string, stdin io.Reader) (problems int, err error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	slots := make(chan struct{}, r.window) // a slot per item in flight
	jobs := make(chan *job, r.window)
	done := make(chan *job, r.window)

	// Reader: items in input order.
	go func() {
		defer close(jobs)
		seq := 0
		rd := &reader{maxBytes: r.maxBytes, counted: r.progress, emit: func(it item) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			jobs <- &job{seq: seq, it: it}
			seq++
			return true
		}}
		rd.readPaths(ctx, paths, stdin)
	}()

	// Workers: extract and encode.
	var wg sync.WaitGroup
	for range r.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for j := range jobs {
				if ctx.Err() == nil {
					r.process(j, &buf)
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// Writer: reorder and write.
	w := bufio.NewWriterSize(r.out, 256<<10)
	pending := make(map[int]*job, r.window)
	next := 0
	var writeErr error
	for j := range done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if j.it.problem != "" {
				problems++
				if writeErr == nil {
					r.report(j.it.problem)
				}
			}
			if j.it.article != nil {
				r.progress.articleDone(j.it.bytes)
			}
			if writeErr == nil && j.line != nil {
				if _, err := w.Write(j.line); err != nil {
					writeErr = err
					cancel()
				}
			}
			putLine(j.line)
			j.line = nil
			<-slots
		}
		// Flush when idle, so a filter answers each line without waiting
		// for a full buffer, and a bulk run still writes in large blocks.
		if writeErr == nil && len(done) == 0 {
			if err := w.Flush(); err != nil {
				writeErr = err
				cancel()
			}
		}
	}
	if writeErr == nil {
		writeErr = w.Flush()
	}
	if errors.Is(writeErr, syscall.EPIPE) {
		writeErr = errBrokenPipe
	}
	return problems, writeErr
}

// process turns a job's item into its output line.
func (r *runner) process(j *job, buf *bytes.Buffer) {
	buf.Reset()
	if j.it.undecoded {
		line := j.it.line
		j.it = decodeLine(j.it, r.maxBytes)
		putLine(line) // decoding copies what it keeps
	}
	switch {
	case j.it.article != nil:
		err := r.renderRecovered(j.it.article, buf)
		if err == nil {
			break
		}
		// The article cannot be written: it is bad input after all.
		where := j.it.where
		if where == "" {
			where = j.it.article.ID
		}
		var invalid *normalize.InvalidUTF8Error
		var internal *internalError
		switch {
		case errors.As(err, &invalid):
			j.it.problem = fmt.Sprintf("%s: invalid UTF-8 at byte %d of \"text\"", where, invalid.Offset)
		case errors.As(err, &internal):
			j.it.problem = where + ": " + internal.Error()
		default:
			j.it.problem = where + ": cannot encode output: " + err.Error()
		}
		j.it.article, j.it.errorRecord = nil, j.it.filter
		if !j.it.errorRecord {
			return
		}
		buf.Reset()
		fallthrough
	case j.it.errorRecord:
		if err := model.AppendJSONLD(buf, &model.FailedArticle{Type: "NewsArticle", Identifier: j.it.identifier, Error: j.it.problem}); err != nil {
			return
		}
	default:
		return
	}
	j.line = append(getLine(), buf.Bytes()...)
}

// renderRecovered is r.render, but a panic while extracting, which is a
// bug of ours and never the input's fault, becomes the article's error:
// the run reports it with the article's place, goes on with the other
// articles and exits 1, as for bad input, rather than losing the whole
// run's output.
func (r *runner) renderRecovered(a *model.Article, buf *bytes.Buffer) (err error) {
	defer func() {
		if v := recover(); v != nil {
			buf.Reset()
			err = &internalError{value: v, frame: panicFrame()}
		}
	}()
	return r.render(r.pipeline, a, r.includeText, buf)
}

// internalError is a panic recovered while extracting from one article.
type internalError struct {
	value any
	frame string // the function and line that panicked
}

func (e *internalError) Error() string {
	return fmt.Sprintf("internal error, please report it with this article: %v (at %s)", e.value, e.frame)
}

// panicFrame names the innermost function, outside the runtime, of the
// panicking goroutine's stack; called from a deferred function of a panic.
func panicFrame() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown"
		}
	}
}

// lines recycles the byte slices that carry input lines from the reader to
// the workers and output lines from the workers to the writer: without it
// they were a third of everything a run allocates, and so of the work of
// the garbage collector.
var lines sync.Pool

// getLine returns an empty slice, with room from an earlier line if one
// was put back.
func getLine() []byte {
	if b, ok := lines.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return nil
}

// putLine gives b back for reuse. The caller must not use b afterwards.
// Slices over 1 MiB are left to the collector, so that one huge article
// does not keep its buffer alive.
func putLine(b []byte) {
	if b == nil || cap(b) > 1<<20 {
		return
	}
	lines.Put(&b)
}

// renderJSONLD extracts from a and encodes its NewsArticle.
func renderJSONLD(p *extract.Pipeline, a *model.Article, includeText bool, buf *bytes.Buffer) error {
	x, err := p.Extract(a)
	if err != nil {
		return err
	}
	return model.AppendJSONLD(buf, model.NewNewsArticle(a, x, includeText))
}

// normalizedLine is what --normalize-only writes for each article: the
// search form the matchers see (plain JSON, not JSON-LD).
type normalizedLine struct {
	Identifier string `json:"identifier"`
	Normalized string `json:"normalized"`
	Text       string `json:"text,omitempty"`
}

// renderNormalized writes a's search form instead of extracting.
func renderNormalized(p *extract.Pipeline, a *model.Article, includeText bool, buf *bytes.Buffer) error {
	t, err := p.Normalize(a)
	if err != nil {
		return err
	}
	line := normalizedLine{Identifier: a.ID, Normalized: t.Norm}
	if includeText {
		line.Text = a.Text
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(line)
}

// renderFunc turns an article into its output line in buf.
type renderFunc func(p *extract.Pipeline, a *model.Article, includeText bool, buf *bytes.Buffer) error
