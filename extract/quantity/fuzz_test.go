package quantity

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

// FuzzFind: on any text the extractor never panics, and every quantity is
// a non-empty span of the original with sane bounds.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"ما يقرب من 250 إلى 400 مترجم", "بين 20 و30", "$10-20$ و43c", "مليار ونصف", "-٣٫٥ مليون",
		"واحد فاصلة", "من عشرة ل", "مئات من", "شخصين", "20$ و 43c", "١٥٪", "10:30 F-16"} {
		f.Add(s)
	}
	paths, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		text, err := normalize.Normalize(s)
		if err != nil {
			t.Fatal(err)
		}
		runes := []rune(s)
		for _, m := range extractor.Find(text, token.Tokenize(text.Norm)) {
			q := m.Quantity(text)
			sp := q.MentionedAt[0]
			if sp.Start >= sp.End || sp.End > len(runes) || string(runes[sp.Start:sp.End]) != sp.Exact {
				t.Fatalf("bad span %+v for %q", sp, s)
			}
			if q.Value == nil && q.MinValue == nil && q.MaxValue == nil {
				t.Fatalf("a quantity without a value: %+v", m)
			}
		}
	})
}
