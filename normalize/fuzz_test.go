package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// optionSets are the normalizers the fuzzer drives: all steps, none, and
// the diacritics-and-hamza steps without folding (the composition paths).
var optionSets = []*Normalizer{
	New(Default()),
	New(Options{}),
	New(Options{ComposeHamza: true, Spaces: true, Digits: true}),
	New(Options{Diacritics: true, ComposeHamza: true, PresentationForms: true}),
}

func addSeeds(f *testing.F) {
	for _, s := range idempotenceSeeds {
		f.Add([]byte(s), uint8(0))
	}
	f.Add([]byte("الْعِرَاقُ ﻷن \xff\xfe ٣٫٥"), uint8(1))
	paths, _ := filepath.Glob("../seeds/*.txt")
	for i, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data[:min(len(data), 600)], uint8(i))
		}
	}
}

// FuzzNormalize: on any bytes the normalizer never panics, reports invalid
// UTF-8 where it is, and otherwise keeps a monotonic, covering offset map
// and an idempotent search form.
func FuzzNormalize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		n := optionSets[int(which)%len(optionSets)]
		s := string(data)
		text, err := n.Normalize(s)
		if !utf8.ValidString(s) {
			ie, ok := err.(*InvalidUTF8Error)
			if !ok {
				t.Fatalf("invalid UTF-8 not reported: %v", err)
			}
			if utf8.ValidString(s[:ie.Offset]) == false || utf8.FullRuneInString(s[ie.Offset:]) && utf8.ValidString(s[ie.Offset:ie.Offset+1]) {
				t.Fatalf("reported offset %d is not the first invalid byte", ie.Offset)
			}
			return
		}
		if err != nil {
			t.Fatalf("valid UTF-8 rejected: %v", err)
		}
		checkInvariants(t, text)
		again, err := n.Normalize(text.Norm)
		if err != nil || again.Norm != text.Norm {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, text.Norm, again.Norm)
		}
		// The calendar scan never panics and returns spans of Norm.
		if n == optionSets[0] {
			for _, p := range Calendar().MonthPhrases(text) {
				if p.Start < 0 || p.Start >= p.End || p.End > len(text.Norm) || len(p.Names) == 0 {
					t.Fatalf("bad month phrase %+v in %q", p, text.Norm)
				}
				_ = text.Span(p.Start, p.End)
			}
		}
		// Any span of the search form maps to whole code points of the
		// original, and its exact text is that slice of the original.
		// A Spanner, fed ranges in and out of order, maps them as Span.
		runes := []rune(s)
		spanner := text.Spanner()
		for i := 0; i < len(text.Norm); i += 3 {
			for _, j := range []int{i, i + 1, i + 7, len(text.Norm)} {
				sp := text.Span(i, j)
				if sp.Start < 0 || sp.End < sp.Start || sp.End > len(runes) || string(runes[sp.Start:sp.End]) != sp.Exact {
					t.Fatalf("Span(%d,%d) = %+v, not a slice of the original", i, j, sp)
				}
				if got := spanner.Span(i, j); got != sp {
					t.Fatalf("Spanner.Span(%d,%d) = %+v, Span = %+v", i, j, got, sp)
				}
				_, _, bs, be := text.OriginalRange(i, j)
				if gs, ge := text.OriginalBytes(i, j); gs != bs || ge != be {
					t.Fatalf("OriginalBytes(%d,%d) = %d, %d; OriginalRange's bytes are %d, %d", i, j, gs, ge, bs, be)
				}
				// Between rune starts, TanweenIn says what the original
				// range holds.
				if j > i && j <= len(text.Norm) && utf8.RuneStart(text.Norm[i]) && (j == len(text.Norm) || utf8.RuneStart(text.Norm[j])) {
					want := strings.ContainsAny(s[bs:be], "\u064b\u064c\u064d")
					if got := text.TanweenIn(i, j); got != want {
						t.Fatalf("TanweenIn(%d,%d) = %v, the original %q says %v", i, j, got, s[bs:be], want)
					}
				}
			}
		}
	})
}
