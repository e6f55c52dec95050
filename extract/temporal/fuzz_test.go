package temporal

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFind: on any text, with and without a reference date, the extractor
// never panics, every span is a non-empty slice of the original text and
// every expression has a value and a type; the rules' gates never turn
// away a word a rule would read, and the tense cues' lookup agrees with
// their spelling.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"من 13 الى 15 تموز", "الثلاثاء الاخير من شهر مارس السنة القادمة", "الساعة 12 الا ربع",
		"1441 هـ", "رمضان 2019", "بين مارس و", "من", "الساعة", "31/02/2020", "2011-", "منذ", "عيد الأضحى 9999",
		"يوم الاثنين في 31 شباط", "الخامس من", "آخر اسبوع في", "15:99", "99 رمضان 1445 هـ"} {
		f.Add(s, false)
	}
	paths, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data), true)
		}
	}
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, s string, withRef bool) {
		if !utf8.ValidString(s) {
			return
		}
		r := time.Time{}
		if withRef {
			r = ref
		}
		checkRuleGates(t, x, s)
		checkCues(t, x, s)
		runes := []rune(s)
		for _, te := range findAll(x, s, r) {
			if te.Value == "" || te.TimexType == "" {
				t.Fatalf("an expression without a value: %+v in %q", te, s)
			}
			for _, sp := range te.MentionedAt {
				if sp.Start >= sp.End || sp.End > len(runes) || string(runes[sp.Start:sp.End]) != sp.Exact {
					t.Fatalf("bad span %+v for %q", sp, s)
				}
			}
		}
	})
}
