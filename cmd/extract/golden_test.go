package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in golden/ from the current output")

// result is what one run of the command produced.
type result struct {
	code   int
	stdout string
	stderr string
}

// runExtract runs the command in-process with the repository root as the
// working directory, so identifiers read "seeds/…" as a user would see them.
func runExtract(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &stdout, &stderr, false)
	return result{code, stdout.String(), stderr.String()}
}

// goldenCase is one input of the golden tests: its arguments and the golden
// file name its output is kept under.
type goldenCase struct {
	name  string // golden/<name>.jsonld (and .stderr)
	args  []string
	stdin string // a file fed on standard input, for filter mode
}

// goldenCases lists every seed and every testdata input. Files are found by
// walking, so a new input cannot be forgotten; a few bad inputs need their
// own arguments.
func goldenCases(t *testing.T) []goldenCase {
	t.Helper()
	special := map[string][]string{
		"testdata/bad/too-long.txt":   {"--max-bytes", "300"},
		"testdata/bad/too-long.jsonl": {"--max-bytes", "300"},
	}
	var cases []goldenCase
	for _, root := range []string{"seeds", "testdata"} {
		entries, err := os.ReadDir(root)
		require.NoError(t, err)
		var walk func(dir string, entries []os.DirEntry)
		walk = func(dir string, entries []os.DirEntry) {
			for _, e := range entries {
				p := dir + "/" + e.Name()
				if e.IsDir() && p != "testdata/bad/no-articles" {
					sub, err := os.ReadDir(p)
					require.NoError(t, err)
					walk(p, sub)
					continue
				}
				args := append([]string{"-q", "-j", "2"}, special[p]...)
				if strings.HasPrefix(p, "testdata/stdin/") {
					// Filter mode: the file is fed on standard input.
					cases = append(cases, goldenCase{name: p, args: append(args, "-"), stdin: p})
					continue
				}
				cases = append(cases, goldenCase{name: p, args: append(args, p)})
			}
		}
		walk(root, entries)
	}
	// Paths that are not files in the tree.
	cases = append(cases, goldenCase{name: "testdata/bad/missing.txt", args: []string{"-q", "testdata/bad/missing.txt"}})
	slices.SortFunc(cases, func(a, b goldenCase) int { return strings.Compare(a.name, b.name) })
	return cases
}

// TestGolden runs the command on every seed and testdata input and compares
// its output with golden/: the JSON-LD pretty-printed as a JSON array in
// <input>.jsonld, and, for bad input, the exit status and messages in
// <input>.stderr. Rewrite them with: go test ./... -update
func TestGolden(t *testing.T) {
	t.Chdir("../..")
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			stdin := ""
			if c.stdin != "" {
				data, err := os.ReadFile(c.stdin)
				require.NoError(t, err)
				stdin = string(data)
			}
			res := runExtract(t, stdin, c.args...)
			gotJSON := prettyLines(t, res.stdout)
			bad := strings.HasPrefix(c.name, "testdata/bad/") || c.stdin != ""
			gotStderr := fmt.Sprintf("exit status %d\n%s", res.code, res.stderr)
			if !bad {
				require.Equal(t, 0, res.code, "stderr: %s", res.stderr)
				require.Empty(t, res.stderr)
			} else {
				require.Equal(t, 1, res.code, "bad input must end with status 1")
				require.NotEmpty(t, res.stderr, "bad input must be reported")
			}
			jsonPath := filepath.Join("golden", c.name+".jsonld")
			stderrPath := filepath.Join("golden", c.name+".stderr")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(jsonPath), 0o755))
				require.NoError(t, os.WriteFile(jsonPath, gotJSON, 0o644))
				if bad {
					require.NoError(t, os.WriteFile(stderrPath, []byte(gotStderr), 0o644))
				}
				return
			}
			want, err := os.ReadFile(jsonPath)
			require.NoError(t, err, "no golden file: run go test ./... -update and read the diff")
			assert.Equal(t, string(want), string(gotJSON), "output differs from %s", jsonPath)
			if bad {
				want, err := os.ReadFile(stderrPath)
				require.NoError(t, err)
				assert.Equal(t, string(want), gotStderr, "messages differ from %s", stderrPath)
			}
		})
	}
}

// prettyLines turns JSON Lines into one indented JSON array, for reading.
func prettyLines(t *testing.T, jsonl string) []byte {
	t.Helper()
	var docs []json.RawMessage
	for _, line := range strings.Split(strings.TrimSuffix(jsonl, "\n"), "\n") {
		if line == "" {
			continue
		}
		require.True(t, json.Valid([]byte(line)), "output line is not JSON: %s", line)
		docs = append(docs, json.RawMessage(line))
	}
	if docs == nil {
		docs = []json.RawMessage{}
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(docs))
	return out.Bytes()
}

// TestSeedsDirectory checks the main job: `extract ./seeds` writes one valid
// line per seed, in sorted path order, the same lines as file by file.
func TestSeedsDirectory(t *testing.T) {
	t.Chdir("../..")
	res := runExtract(t, "", "-q", "./seeds")
	require.Equal(t, 0, res.code, res.stderr)
	lines := strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n")
	require.Len(t, lines, 5)
	files, err := filepath.Glob("seeds/*.txt")
	require.NoError(t, err)
	for i, f := range files {
		var doc struct {
			Identifier string `json:"identifier"`
		}
		require.NoError(t, json.Unmarshal([]byte(lines[i]), &doc))
		assert.Equal(t, f, doc.Identifier)
		one := runExtract(t, "", "-q", f)
		assert.Equal(t, lines[i]+"\n", one.stdout)
	}
}

// TestWorkersDoNotChangeOutput checks that -j 1 and -j 8 write the same
// bytes, over every input and, when present, the benchmark corpus.
func TestWorkersDoNotChangeOutput(t *testing.T) {
	t.Chdir("../..")
	inputs := []string{"seeds", "testdata/articles"}
	if _, err := os.Stat("../shared/corpus/eg2013-news.jsonl.gz"); err == nil && !testing.Short() {
		inputs = append(inputs, "../shared/corpus/eg2013-news.jsonl.gz")
	}
	one := runExtract(t, "", append([]string{"-q", "-j", "1"}, inputs...)...)
	eight := runExtract(t, "", append([]string{"-q", "-j", "8"}, inputs...)...)
	require.Equal(t, 0, one.code, one.stderr)
	require.Equal(t, 0, eight.code, eight.stderr)
	assert.True(t, one.stdout == eight.stdout, "-j 1 and -j 8 outputs differ")
	assert.Greater(t, strings.Count(one.stdout, "\n"), 5)
}
