package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/klauspost/compress/gzip"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract"
	"github.com/khabar-lab/khabar/model"
)

// item is one unit of work in input order: an article to extract from, or a
// piece of bad input to report. Bad input travels through the ordered
// pipeline too, so that messages come out in input order and, in filter
// mode, every input line gets its output line.
type item struct {
	article *model.Article
	// problem says what was wrong with the input; the article, when not
	// nil, is still emitted (a bad datePublished, say).
	problem string
	// errorRecord asks for an output line standing for a line that could
	// not be read (filter mode: one line out for every line in).
	errorRecord bool
	// identifier names the input in an error record.
	identifier string
	bytes      int64
	// undecoded marks a JSONL line still to be decoded (by a worker, in
	// parallel), found at where ("file:line"); filter tells it came from
	// standard input.
	undecoded bool
	line      []byte
	where     string
	filter    bool
}

// reader turns PATH arguments into items, in order.
type reader struct {
	maxBytes int64
	// counted reports raw bytes read from files, for the progress bar.
	counted *progress
	emit    func(item) bool
}

// inputKind is how a path is read.
type inputKind int

const (
	kindUnknown inputKind = iota
	kindText
	kindJSONL
	kindJSONLGzip
)

func kindOf(path string) inputKind {
	switch {
	case strings.HasSuffix(path, ".jsonl.gz"):
		return kindJSONLGzip
	case strings.HasSuffix(path, ".jsonl"):
		return kindJSONL
	case strings.HasSuffix(path, ".txt"):
		return kindText
	}
	return kindUnknown
}

// readPaths reads every path in order; it stops early when emit returns
// false (the run was cancelled).
func (r *reader) readPaths(ctx context.Context, paths []string, stdin io.Reader) {
	for _, p := range paths {
		if ctx.Err() != nil {
			return
		}
		if p == "-" {
			r.readJSONL(ctx, "-", stdin, true)
			continue
		}
		if !r.readPath(ctx, filepath.Clean(p)) {
			return
		}
	}
}

func (r *reader) bad(where, format string, args ...any) bool {
	return r.emit(item{problem: where + ": " + fmt.Sprintf(format, args...)})
}

func (r *reader) readPath(ctx context.Context, path string) bool {
	info, err := os.Stat(path)
	if err != nil {
		return r.bad(path, "%s", describeOpenError(err))
	}
	if !info.IsDir() {
		return r.readFile(ctx, path, true)
	}
	var files []string
	walkErr := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable subdirectory: report it, keep walking the rest.
			files = append(files, p)
			return nil
		}
		name := d.Name()
		if p != path && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && kindOf(name) != kindUnknown {
			files = append(files, p)
		}
		return nil
	})
	if walkErr != nil {
		return r.bad(path, "%v", walkErr)
	}
	if len(files) == 0 {
		return r.bad(path, "no articles in directory (looked for .txt, .jsonl and .jsonl.gz files)")
	}
	slices.Sort(files) // WalkDir is lexical per directory; make the whole order explicit
	for _, f := range files {
		if ctx.Err() != nil || !r.readFile(ctx, f, false) {
			return false
		}
	}
	return true
}

func describeReadError(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "file is truncated (unexpected end of data)"
	}
	return err.Error()
}

func describeOpenError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return "cannot read: " + err.Error()
}

func (r *reader) readFile(ctx context.Context, path string, explicit bool) bool {
	kind := kindOf(path)
	if kind == kindUnknown {
		return r.bad(path, "unknown input kind: want a .txt, .jsonl or .jsonl.gz file, or a directory")
	}
	f, err := os.Open(path)
	if err != nil {
		return r.bad(path, "%s", describeOpenError(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return r.bad(path, "is a directory")
	}
	var in io.Reader = countingReader{f, r.counted}
	switch kind {
	case kindText:
		return r.readText(path, in)
	case kindJSONLGzip:
		zr, err := gzip.NewReader(in)
		if err != nil {
			return r.bad(path, "not a gzip file: %v", err)
		}
		defer zr.Close()
		in = zr
	}
	return r.readJSONL(ctx, path, in, false)
}

// readText reads a .txt file: the whole file is one article.
func (r *reader) readText(path string, in io.Reader) bool {
	data, err := io.ReadAll(io.LimitReader(in, r.maxBytes+int64(len(utf8BOM))+1))
	if err != nil {
		return r.bad(path, "%s", describeOpenError(err))
	}
	bom := 0
	if bytes.HasPrefix(data, utf8BOM) {
		data, bom = data[len(utf8BOM):], len(utf8BOM)
	}
	if int64(len(data)) > r.maxBytes {
		return r.bad(path, "article is over --max-bytes %d", r.maxBytes)
	}
	if problem := checkText(data, bom); problem != "" {
		return r.bad(path, "%s", problem)
	}
	text := string(data)
	return r.emit(item{
		article: &model.Article{ID: filepath.ToSlash(path), Text: text},
		bytes:   int64(len(data)),
	})
}

var utf8BOM = []byte("\uFEFF")

// checkText says what makes data unusable as an article's text, or "".
// Byte offsets are reported in the file, which had skip bytes (a BOM)
// before data.
func checkText(data []byte, skip int) string {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Sprintf("binary data: NUL byte at byte %d", skip+i)
	}
	if !utf8.Valid(data) {
		return fmt.Sprintf("invalid UTF-8 at byte %d", skip+invalidUTF8At(data))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return "empty file: no article"
		}
		return "no text: only white space"
	}
	return ""
}

// invalidUTF8At returns the byte offset of the first invalid UTF-8 sequence.
func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// jsonArticle is one JSONL line. Pointers tell a missing field from an
// empty one.
type jsonArticle struct {
	ID            *string `json:"id"`
	Text          *string `json:"text"`
	DatePublished string  `json:"datePublished"`
	URL           string  `json:"url"`
	Headline      string  `json:"headline"`
}

// readJSONL reads one article a line. In filter mode (standard input) every
// line, even a blank or broken one, yields exactly one item, and so one
// output line.
func (r *reader) readJSONL(ctx context.Context, path string, in io.Reader, filter bool) bool {
	br := bufio.NewReaderSize(in, 1<<20)
	// A line may be longer than its text: JSON escapes (\u0627) take up to
	// three times the bytes of the UTF-8 they stand for.
	maxLine := 3*r.maxBytes + 64<<10
	var line []byte
	articles := 0
	for lineNo := 1; ; lineNo++ {
		if ctx.Err() != nil {
			return false
		}
		var tooLong bool
		var err error
		line, tooLong, err = readLine(br, line[:0], maxLine)
		if err != nil && err != io.EOF {
			// A read error (a truncated or corrupt .gz, an I/O error): the
			// line in hand is incomplete, so it is not an article.
			return r.bad(path, "cannot read after line %d: %v", lineNo-1, describeReadError(err))
		}
		if len(line) == 0 && !tooLong && err == io.EOF {
			break
		}
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if tooLong || filter || len(bytes.TrimSpace(line)) > 0 {
			articles++
			where := fmt.Sprintf("%s:%d", path, lineNo)
			it := item{undecoded: true, line: append(getLine(), line...), where: where, filter: filter}
			if tooLong {
				it = item{problem: fmt.Sprintf("%s: line is over the limit for --max-bytes %d", where, r.maxBytes),
					errorRecord: filter, identifier: where}
			}
			if !r.emit(it) {
				return false
			}
		}
		if err == io.EOF {
			break
		}
	}
	if articles == 0 && !filter {
		return r.bad(path, "empty file: no article")
	}
	return true
}

// readLine appends the next line of br to buf without its line ending (LF or
// CRLF). A line longer than max is consumed but not kept: tooLong is set.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, tooLong, e
	}
}

// decodeLine turns a JSONL line into an article, or into the problem that
// keeps it from being one. Workers call it, so decoding runs in parallel.
func decodeLine(it item, maxBytes int64) item {
	line, where, filter := it.line, it.where, it.filter
	fail := func(format string, args ...any) item {
		return item{problem: where + ": " + fmt.Sprintf(format, args...), errorRecord: filter, identifier: where}
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return fail("blank line: no article")
	}
	var ja jsonArticle
	if fastDecodeArticle(line, &ja) {
		// The text is checked for invalid UTF-8 by the normalizer, which
		// reads it anyway (see runner.process); the other fields here.
		for _, f := range []struct{ name, value string }{{"id", deref(ja.ID)}, {"datePublished", ja.DatePublished}, {"url", ja.URL}, {"headline", ja.Headline}} {
			if !utf8.ValidString(f.value) {
				return fail("invalid UTF-8 at byte %d of %q", invalidUTF8At([]byte(f.value)), f.name)
			}
		}
	} else {
		if !utf8.Valid(line) {
			return fail("invalid UTF-8 at byte %d of the line", invalidUTF8At(line))
		}
		ja = jsonArticle{}
		if err := json.Unmarshal(line, &ja); err != nil {
			return fail("malformed JSON: %s", describeJSONError(err))
		}
	}
	id := where
	if ja.ID != nil && *ja.ID != "" {
		id = *ja.ID
	}
	if ja.Text == nil {
		it := fail(`no "text" field`)
		it.identifier = id
		return it
	}
	text := *ja.Text
	problem := ""
	switch {
	case int64(len(text)) > maxBytes:
		problem = fmt.Sprintf("article is over --max-bytes %d (%d bytes)", maxBytes, len(text))
	case strings.IndexByte(text, 0) >= 0:
		problem = fmt.Sprintf(`binary data: NUL character at byte %d of "text"`, strings.IndexByte(text, 0))
	case strings.TrimSpace(text) == "":
		problem = `empty "text"`
	}
	if problem != "" {
		it := fail("%s", problem)
		it.identifier = id
		return it
	}
	a := &model.Article{ID: id, Text: text, URL: ja.URL, Headline: ja.Headline}
	out := item{article: a, bytes: int64(len(text)), where: where, filter: filter, identifier: id}
	if ja.DatePublished != "" {
		if _, err := extract.ParseDate(ja.DatePublished); err != nil {
			out.problem = fmt.Sprintf("%s: datePublished %q is not a date (YYYY-MM-DD or RFC 3339); left out", where, ja.DatePublished)
		} else {
			a.DatePublished = ja.DatePublished
		}
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func describeJSONError(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d of the line)", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q should be a %s, not a JSON %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}

// countingReader reports the bytes it reads to the progress counter.
type countingReader struct {
	r io.Reader
	p *progress
}

func (c countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	if c.p != nil {
		c.p.inputRead.Add(int64(n))
	}
	return n, err
}
