package lexicon

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/khabar-lab/khabar/normalize"
)

func searchForm(t testing.TB, w string) string {
	n, err := normalize.Normalize(w)
	require.NoError(t, err)
	return n.Norm
}

func TestHas(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	for _, tc := range []struct {
		word string
		want bool
	}{
		// Verbs: past, present, future, with a suffix.
		{"تجاوز", true}, {"تناولت", true}, {"يكتبون", true}, {"ستزور", true}, {"سيحاسب", true},
		// Nouns and adjectives, with the article, a proclitic, a
		// plural, a dual, an enclitic pronoun.
		{"المصنفة", true}, {"التاسعة", true}, {"والكتاب", true}, {"بالمدينة", true},
		{"للعراق", true}, {"المدرستين", true}, {"الكاتبات", true}, {"صلاحياته", true},
		// Names no dictionary has.
		{"أيرولت", false}, {"أودالتسوف", false}, {"كابريلس", false}, {"راخوي", false},
		{"أولاند", false}, {"نولاند", false}, {"مخيون", false}, {"بيرلسكوني", false},
		// Not a word.
		{"", false}, {"abc", false},
	} {
		assert.Equal(t, tc.want, l.Has(searchForm(t, tc.word)), tc.word)
	}
}

// TestRead: how a word is a word of the lexicon, as it stands or only
// after a proclitic.
func TestRead(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	for _, tc := range []struct {
		word string
		want Reading
	}{
		{"تجاوز", AsItStands}, {"كتاب", AsItStands}, {"صلاحياته", AsItStands},
		// The article is one of the proclitics.
		{"بتصريح", AfterClitic}, {"سيقرر", AfterClitic}, {"والكتاب", AfterClitic}, {"المصنفة", AfterClitic},
		{"أيرولت", Unknown}, {"", Unknown},
	} {
		assert.Equal(t, tc.want, l.Read(searchForm(t, tc.word)), tc.word)
	}
}

// TestParadigmForms checks that every form the tables describe is found:
// each stem with each ending of its paradigm, as it stands and after a
// proclitic. It reads every 97th stem.
func TestParadigmForms(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	endings := map[string][][2]string{} // paradigm id → (strip, add)
	for line := range strings.Lines(paradigmsData) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		id, list, _ := strings.Cut(strings.TrimSpace(line), "\t")
		for _, e := range strings.Fields(list) {
			strip, add, _ := strings.Cut(e, ">")
			endings[id] = append(endings[id], [2]string{strip, add})
		}
	}
	checked, i := 0, 0
	for line := range strings.Lines(stemsData) {
		if i++; strings.HasPrefix(line, "#") || i%97 != 0 {
			continue
		}
		stem, id, _ := strings.Cut(strings.TrimSpace(line), "\t")
		require.True(t, l.Has(stem), stem)
		for _, e := range endings[id] {
			base, ok := strings.CutSuffix(stem, e[0])
			require.True(t, ok, "stem %q does not end with %q", stem, e[0])
			form := base + e[1]
			if !assert.True(t, l.Has(form), "%s: %s", stem, form) || !assert.True(t, l.Has("و"+form), "و%s", form) {
				return
			}
			checked++
		}
	}
	t.Logf("%d forms checked", checked)
}

func TestParseErrors(t *testing.T) {
	const paradigms = "0\t>ون >ين\n1\t\n"
	for _, tc := range []struct {
		name, stems, paradigms, want string
	}{
		{"unsorted", "كتب\t0\nامر\t1\n", paradigms, "stems.tsv:2: \"امر\" is out of order"},
		{"repeated", "امر\t0\nامر\t1\n", paradigms, "out of order or repeated"},
		{"unknown paradigm", "امر\t7\n", paradigms, "stems.tsv:1: want a stem and a paradigm id"},
		{"no paradigm", "امر\n", paradigms, "stems.tsv:1: want a stem and a paradigm id"},
		{"paradigm out of order", "امر\t0\n", "1\t>ون\n", "paradigms.tsv:1: id \"1\", want 0"},
		{"ending without >", "امر\t0\n", "0\tون\n", "paradigms.tsv:1: ending \"ون\" has no >"},
		{"stem too long", strings.Repeat("ا", 40000) + "\t0\n", paradigms, "stems.tsv:1: the stem or the table is too long"},
	} {
		_, err := Parse(tc.stems, tc.paradigms, "")
		if assert.Error(t, err, tc.name) {
			assert.Contains(t, err.Error(), tc.want, tc.name)
		}
	}
	l, err := Parse("# a comment\r\nامر\t1\r\nكتب\t0\r\n", paradigms, "و\nال\nوال\n")
	require.NoError(t, err)
	for w, want := range map[string]bool{"كتب": true, "كتبون": true, "والكتبين": true, "امر": true, "امرون": false, "كت": false} {
		assert.Equal(t, want, l.Has(w), w)
	}
}

func FuzzHas(f *testing.F) {
	for _, s := range []string{"والكتاب", "صلاحياته", "أيرولت", "ستزور", "لل", "ي"} {
		f.Add(s)
	}
	l, err := Load()
	require.NoError(f, err)
	memo := l.NewMemo()
	f.Fuzz(func(t *testing.T, w string) {
		// The conjunction before a form of the lexicon is a word of it.
		if l.form(w) && !l.Has("و"+w) && utf8.RuneCountInString(w) >= 2 {
			t.Fatalf("%q is a form, و%q is not a word", w, w)
		}
		// The memo answers as the lexicon does, words the fuzzer tried
		// before sharing its slots (a hash of the length alone).
		if got, want := memo.Read(w, uint64(len(w))), l.Read(w); got != want {
			t.Fatalf("Memo.Read(%q) = %d, want %d", w, got, want)
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHas(b *testing.B) {
	l, err := Load()
	require.NoError(b, err)
	words := strings.Fields(searchForm(b, "تجاوز صلاحياته أيرولت المصنفة أودالتسوف والكتاب ستزور نولاند"))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		l.Has(words[i%len(words)])
	}
}

func Example() {
	l, err := Load()
	if err != nil {
		panic(err)
	}
	// Words in the search form of package normalize: «المصنفة» is
	// «المصنفه» there.
	for _, w := range []string{"تجاوز", "المصنفه", "والكتاب", "نولاند"} {
		fmt.Println(w, l.Has(w))
	}
	// Output:
	// تجاوز true
	// المصنفه true
	// والكتاب true
	// نولاند false
}
