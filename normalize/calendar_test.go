package normalize

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMonthPhrases(t *testing.T) {
	type phrase struct {
		exact    string // the original text the phrase covers
		month    int
		names    int
		conflict bool
	}
	tests := []struct {
		in   string
		want []phrase
	}{
		{"في آذار / مارس 2020", []phrase{{"آذار / مارس", 3, 2, false}}},
		{"الجمعة 6 سبتمبر/أيلول 2024", []phrase{{"سبتمبر/أيلول", 9, 2, false}}},
		{"في مايو أيار الماضي", []phrase{{"مايو أيار", 5, 2, false}}},
		{"كانون الثاني / يناير 2020", []phrase{{"كانون الثاني / يناير", 1, 2, false}}},
		{"الخامس من أغسطس/ آب", []phrase{{"أغسطس/ آب", 8, 2, false}}},
		{"منذ أيار (مايو) الماضي", []phrase{{"أيار (مايو)", 5, 2, false}}},
		{"تشرين الأول/أكتوبر", []phrase{{"تشرين الأول/أكتوبر", 10, 2, false}}},
		{"تشرين أول 2019", []phrase{{"تشرين أول", 10, 1, false}}},
		{"كانون ثاني", []phrase{{"كانون ثاني", 1, 1, false}}},
		{"جانفي - يناير", []phrase{{"جانفي - يناير", 1, 2, false}}},
		// Two names of different months in a pair: kept, flagged.
		{"آذار / أبريل 2020", []phrase{{"آذار / أبريل", 3, 2, true}}},
		// Same system: two months, not a pair.
		{"يناير/فبراير", []phrase{{"يناير", 1, 1, false}, {"فبراير", 2, 1, false}}},
		// A list is not a pair.
		{"آذار، مارس", []phrase{{"آذار", 3, 1, false}, {"مارس", 3, 1, false}}},
		{"آذار ومارس", []phrase{{"آذار", 3, 1, false}, {"مارس", 3, 1, false}}},
		// Diacritics, tatweel and variants in the original.
		{"في أَيْلُول/سبتمـــبر", []phrase{{"أَيْلُول/سبتمـــبر", 9, 2, false}}},
		{"ابريل وإبريل", []phrase{{"ابريل", 4, 1, false}, {"إبريل", 4, 1, false}}},
		// A proclitic is not part of the name.
		{"وآذار", []phrase{{"آذار", 3, 1, false}}},
		{"بحزيران", []phrase{{"حزيران", 6, 1, false}}},
		// Hijri months are found, never paired with Gregorian ones.
		{"15 رمضان 1445 هـ", []phrase{{"رمضان", 9, 1, false}}},
		{"ذو الحجة/يونيو", []phrase{{"ذو الحجة", 12, 1, false}, {"يونيو", 6, 1, false}}},
		{"جمادى الآخرة", []phrase{{"جمادى الآخرة", 6, 1, false}}},
		// Whole words only.
		{"مارسيليا والآباء وفبرايرات", nil},
		{"فبراير", []phrase{{"فبراير", 2, 1, false}}},
	}
	lex := Calendar()
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			text, err := Normalize(tc.in)
			require.NoError(t, err)
			var got []phrase
			for _, p := range lex.MonthPhrases(text) {
				got = append(got, phrase{text.Span(p.Start, p.End).Exact, p.Month, len(p.Names), p.Conflict})
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFindWeekdays(t *testing.T) {
	text, err := Normalize("وصل يوم الإثنين، وغادر الجمعة 6 سبتمبر/أيلول، لا الأحدث")
	require.NoError(t, err)
	var got []string
	for _, n := range Calendar().Find(text) {
		got = append(got, n.Entry.Unit+":"+text.Span(n.Start, n.End).Exact)
	}
	assert.Equal(t, []string{"weekday:الإثنين", "weekday:الجمعة", "month:سبتمبر", "month:أيلول"}, got)
}

func TestParseLexiconRejectsBadRows(t *testing.T) {
	for _, row := range []string{
		"يناير\tgregorian\tmonth\t13\tegyptian",
		"يناير\tgregorian\tmonth\tone\tegyptian",
		"يناير\tgregorian\tyear\t1\tegyptian",
		"يناير\tgregorian\tmonth",
		"يناير\tgregorian\tmonth\t1\tegyptian\tmaybe",
	} {
		_, err := ParseLexicon([]byte(row + "\n"))
		assert.Error(t, err, row)
	}
}

// TestLexiconCoversCLDR: every month and weekday name of every Arabic
// locale in CLDR 48 is found, with its number.
func TestLexiconCoversCLDR(t *testing.T) {
	data, err := os.ReadFile("../../shared/data/calendar/months_gregorian_ar_locales.json")
	if err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	var months struct {
		Months map[string]struct {
			Format struct{ Wide []string } `json:"format"`
		} `json:"months"`
	}
	require.NoError(t, json.Unmarshal(data, &months))
	lex := Calendar()
	checked := 0
	for locale, m := range months.Months {
		for i, name := range m.Format.Wide {
			text, err := Normalize(name)
			require.NoError(t, err)
			found := lex.Find(text)
			if assert.Len(t, found, 1, "%s %q", locale, name) {
				assert.Equal(t, i+1, found[0].Entry.Number, "%s %q", locale, name)
				assert.Equal(t, len(text.Norm), found[0].End-found[0].Start, "%s %q: the whole name", locale, name)
			}
			checked++
		}
	}
	data, err = os.ReadFile("../../shared/data/calendar/weekdays_ar_locales.json")
	require.NoError(t, err)
	var days struct {
		Days map[string]struct {
			Format struct{ Wide []string } `json:"format"`
		} `json:"days"`
	}
	require.NoError(t, json.Unmarshal(data, &days))
	for locale, d := range days.Days {
		for i, name := range d.Format.Wide { // sun..sat
			text, err := Normalize(name)
			require.NoError(t, err)
			found := lex.Find(text)
			if assert.Len(t, found, 1, "%s %q", locale, name) {
				assert.Equal(t, (i+6)%7+1, found[0].Entry.Number, "%s %q: ISO weekday", locale, name)
			}
			checked++
		}
	}
	t.Logf("%d CLDR names found with their numbers", checked)
}

// TestWordRuneAt checks the word classes the tokenizer and the lexicons
// share, and that the inline Arabic lookup agrees with the full one over
// the whole Arabic block.
func TestWordRuneAt(t *testing.T) {
	tests := []struct {
		in   string
		size int
		word bool
	}{
		{"ب", 2, true}, {"\u064E", 2, true}, {"،", 2, false}, {"٣", 2, false},
		{"a", 1, true}, {"Z", 1, true}, {"1", 1, false}, {" ", 1, false},
		{"é", 2, true}, {"ﻷ", 3, true}, {"—", 3, false}, {"\xff", 1, false},
	}
	for _, tt := range tests {
		size, word := WordRuneAt(tt.in, 0)
		assert.Equal(t, tt.size, size, "%q", tt.in)
		assert.Equal(t, tt.word, word, "%q", tt.in)
	}
	for r := rune(0x0600); r < 0x0700; r++ {
		s := string(r)
		_, word := WordRuneAt(s, 0)
		assert.Equal(t, word, IsArabicWordRune(s[0], s[1]), "%U", r)
		assert.Equal(t, isWordRune(r), word, "%U", r)
	}
}

// TestStartWords: every name NameAt finds, in the table's forms with and
// without proclitics and in the seeds, starts at one of StartWords.
func TestStartWords(t *testing.T) {
	lex := Calendar()
	start := map[string]bool{}
	for _, w := range lex.StartWords() {
		start[w] = true
	}
	var texts []string
	for _, e := range lex.Entries() {
		for _, p := range append([]string{""}, proclitics...) {
			texts = append(texts, p+e.Form+" 2020", "في "+p+e.Form)
		}
	}
	paths, _ := filepath.Glob("../seeds/*.txt")
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		texts = append(texts, string(data))
	}
	found := 0
	for _, s := range texts {
		text, err := Normalize(s)
		require.NoError(t, err)
		for i := 0; i < len(text.Norm); {
			ws, we := nextWord(text.Norm, i)
			if ws < 0 {
				break
			}
			if _, ok := lex.NameAt(text, ws); ok {
				found++
				assert.True(t, start[text.Norm[ws:we]], "%q starts a name but is not a start word", text.Norm[ws:we])
			}
			i = we
		}
	}
	assert.Greater(t, found, len(lex.Entries()))
}
