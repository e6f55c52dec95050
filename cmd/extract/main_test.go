package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/khabar-lab/khabar/extract"
	"github.com/khabar-lab/khabar/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain lets the test binary act as the command, for the tests that need
// a real process (a broken pipe on a real stdout).
func TestMain(m *testing.M) {
	if os.Getenv("EXTRACT_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

func TestUsageErrorsExitWithStatus2(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no path", []string{}, "no PATH given"},
		{"unknown flag", []string{"--frobnicate", "seeds"}, "flag provided but not defined"},
		{"zero workers", []string{"-j", "0", "seeds"}, "-j must be at least 1"},
		{"bad reference date", []string{"--reference-date", "26/07/2021", "seeds"}, "is not a date"},
		{"bad max bytes", []string{"--max-bytes", "lots", "seeds"}, "is not a positive size"},
		{"stdin twice", []string{"-", "-"}, "only once"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runExtract(t, "", tc.args...)
			assert.Equal(t, 2, res.code)
			assert.Empty(t, res.stdout)
			assert.Contains(t, res.stderr, tc.want)
			assert.Contains(t, res.stderr, "extract --help")
		})
	}
}

func TestInformationFlags(t *testing.T) {
	help := runExtract(t, "", "--help")
	assert.Equal(t, 0, help.code)
	for _, want := range []string{"Usage:", "Examples:", "extract ./seeds > events.jsonl", "-reference-date", "-max-bytes", "-include-text"} {
		assert.Contains(t, help.stdout, want)
	}
	version := runExtract(t, "", "--version")
	assert.Equal(t, 0, version.code)
	assert.True(t, strings.HasPrefix(version.stdout, "extract "), version.stdout)

	ctx := runExtract(t, "", "--context")
	assert.Equal(t, 0, ctx.code)
	var parsed struct {
		Context []json.RawMessage `json:"@context"`
	}
	require.NoError(t, json.Unmarshal([]byte(ctx.stdout), &parsed))
	require.Len(t, parsed.Context, 2)
	assert.Equal(t, `"https://schema.org/"`, string(parsed.Context[0]))
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  bool
	}{
		{"100", 100, false}, {"8MiB", 8 << 20, false}, {"64KiB", 64 << 10, false},
		{"2M", 2_000_000, false}, {"1G", 1_000_000_000, false}, {"10B", 10, false},
		{"0", 0, true}, {"-5", 0, true}, {"MiB", 0, true}, {"1.5M", 0, true},
	}
	for _, tc := range tests {
		got, err := parseSize(tc.in)
		if tc.err {
			assert.Error(t, err, tc.in)
			continue
		}
		assert.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}

// TestIncludeTextAndReferenceDate checks the flags that change documents.
func TestIncludeTextAndReferenceDate(t *testing.T) {
	t.Chdir("../..")
	res := runExtract(t, "", "-q", "--include-text", "--reference-date", "2021-07-26", "testdata/articles/crlf.txt")
	require.Equal(t, 0, res.code, res.stderr)
	var doc struct {
		Text string `json:"text"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &doc))
	raw, err := os.ReadFile("testdata/articles/crlf.txt")
	require.NoError(t, err)
	assert.Equal(t, string(raw), doc.Text, "the text is the file, CRLF and all: offsets count its code points")

	bom := runExtract(t, "", "-q", "--include-text", "testdata/articles/bom.txt")
	require.NoError(t, json.Unmarshal([]byte(bom.stdout), &doc))
	assert.False(t, strings.HasPrefix(doc.Text, "\uFEFF"), "the BOM is stripped")
}

// TestFilterModeKeepsOneLinePerLine feeds standard input with good, blank and
// broken lines: every line in gets exactly one line out, in order.
func TestFilterModeKeepsOneLinePerLine(t *testing.T) {
	var in strings.Builder
	var want []string
	for i := range 500 {
		id := fmt.Sprintf("doc-%03d", i)
		switch i % 7 {
		case 3:
			in.WriteString("\n")
			id = fmt.Sprintf("-:%d", i+1)
		case 5:
			in.WriteString(`{"id": "` + id + `", "text": ` + "\n")
			id = fmt.Sprintf("-:%d", i+1)
		default:
			fmt.Fprintf(&in, `{"id": %q, "text": "خبر رقم %d عن العراق"}`+"\n", id, i)
		}
		want = append(want, id)
	}
	res := runExtract(t, in.String(), "-q", "-j", "4", "-")
	assert.Equal(t, 1, res.code)
	lines := strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n")
	require.Len(t, lines, len(want))
	for i, line := range lines {
		var doc struct {
			Identifier string `json:"identifier"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &doc))
		assert.Equal(t, want[i], doc.Identifier, "line %d", i+1)
	}
}

func TestOutputFileIsWrittenWhole(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	target := filepath.Join(dir, "events.jsonl")
	res := runExtract(t, "", "-q", "-o", target, "seeds")
	require.Equal(t, 0, res.code, res.stderr)
	assert.Empty(t, res.stdout)
	data, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Equal(t, 5, bytes.Count(data, []byte("\n")))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file is left behind")

	res = runExtract(t, "", "-q", "-o", filepath.Join(dir, "no-such-dir", "x.jsonl"), "seeds")
	assert.Equal(t, 1, res.code)
	assert.Contains(t, res.stderr, "cannot write")
}

func TestSummaryOnStderr(t *testing.T) {
	t.Chdir("../..")
	res := runExtract(t, "", "seeds", "testdata/bad/empty.txt")
	assert.Equal(t, 1, res.code)
	assert.Regexp(t, `(?m)^extract: 5 articles, 0\.02 MB of text in [0-9.]+ s \([0-9.]+ MB/s\), 1 errors$`, res.stderr)
	assert.Equal(t, 5, strings.Count(res.stdout, "\n"), "the good articles still come out")
}

// TestUnreadableFile covers a file without read permission (meaningless for
// root, who reads everything; the symlink loop in testdata/bad covers an
// unreadable file for every user).
func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read a file without read permission")
	}
	p := filepath.Join(t.TempDir(), "secret.txt")
	require.NoError(t, os.WriteFile(p, []byte("نص"), 0o000))
	res := runExtract(t, "", "-q", p)
	assert.Equal(t, 1, res.code)
	assert.Contains(t, res.stderr, p+": permission denied")
}

// brokenPipe fails every write after the first n with EPIPE.
type brokenPipe struct{ n int }

func (w *brokenPipe) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, syscall.EPIPE
	}
	w.n--
	return len(p), nil
}

// TestBrokenPipeStopsQuietly: when the reader of the output goes away, the
// run stops without reading the rest of the input and without a message.
func TestBrokenPipeStopsQuietly(t *testing.T) {
	var in strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&in, `{"id": "doc-%d", "text": "خبر رقم %d"}`+"\n", i, i)
	}
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"-j", "2", "-"}, strings.NewReader(in.String()), &brokenPipe{n: 1}, &stderr, false)
	assert.Equal(t, 1, code)
	assert.Empty(t, stderr.String(), "a broken pipe is not an error to report")
}

// TestBrokenPipeProcess runs the command as a process whose stdout is a
// pipe closed after the first line, as `extract corpus | head -1` does.
func TestBrokenPipeProcess(t *testing.T) {
	t.Chdir("../..")
	exe, err := os.Executable()
	require.NoError(t, err)
	var in strings.Builder
	for i := range 50000 {
		fmt.Fprintf(&in, `{"id": "doc-%d", "text": "خبر رقم %d"}`+"\n", i, i)
	}
	cmd := exec.Command(exe, "-j", "2", "-")
	cmd.Env = append(os.Environ(), "EXTRACT_RUN_MAIN=1")
	cmd.Stdin = strings.NewReader(in.String())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	first := make([]byte, 100)
	_, err = io.ReadFull(out, first)
	require.NoError(t, err)
	out.Close()
	err = cmd.Wait()
	require.Error(t, err, "the process ends on the broken pipe, not after the whole input")
	assert.Empty(t, stderr.String())
}

// TestNormalizeOnly shows a linguist what the matchers see.
func TestNormalizeOnly(t *testing.T) {
	res := runExtract(t, `{"id": "n", "text": "قالَ الرَّئيسُ الـعراقي، في ٢٦ تموز"}`+"\n", "-q", "--normalize-only", "-")
	require.Equal(t, 0, res.code, res.stderr)
	assert.Equal(t, `{"identifier":"n","normalized":"قال الرئيس العراقي, في 26 تموز"}`+"\n", res.stdout)
}

func TestProgressBarText(t *testing.T) {
	p := newProgress(io.Discard, false, 1000)
	p.inputRead.Store(250)
	p.articleDone(2_000_000)
	p.finish()
	assert.Regexp(t, `^\[=======                       \]  25%  1 articles  2\.0 MB  [0-9.]+ MB/s$`, p.status())
	assert.Equal(t, "==========", bar(150, 10), "clamped at full")
	assert.Equal(t, "          ", bar(-5, 10), "clamped at empty")
}

// TestPanicIsTheArticlesError: a panic while extracting from one article (a
// bug, as «صلى في مسجد» once was) is reported with the article's file and
// line and the function that panicked; the other articles are written and
// the run counts one problem, so the command exits 1.
func TestPanicIsTheArticlesError(t *testing.T) {
	input := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(input, []byte(`{"id": "a", "text": "خبر"}`+"\n"+
		`{"id": "boom", "text": "خبر"}`+"\n"+`{"id": "c", "text": "خبر"}`+"\n"), 0o644))
	var out bytes.Buffer
	var reports []string
	r := &runner{
		workers: 2, window: 4, maxBytes: 1 << 20, pipeline: newPipeline(options{}),
		render: func(p *extract.Pipeline, a *model.Article, includeText bool, buf *bytes.Buffer) error {
			if a.ID == "boom" {
				buf.WriteString("half a line")
				var words []string
				_ = words[len(a.Text)] // index out of range
			}
			return renderJSONLD(p, a, includeText, buf)
		},
		out: &out, report: func(msg string) { reports = append(reports, msg) }, progress: newProgress(io.Discard, false, 0),
	}
	problems, err := r.run(context.Background(), []string{input}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, problems)
	require.Len(t, reports, 1)
	assert.Contains(t, reports[0], input+":2: internal error, please report it with this article: runtime error: index out of range")
	assert.Contains(t, reports[0], "TestPanicIsTheArticlesError")
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `"identifier":"a"`)
	assert.Contains(t, lines[1], `"identifier":"c"`)
	assert.NotContains(t, out.String(), "half a line")
}
