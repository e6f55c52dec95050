package normalize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// only returns Options with just the named step on, to test steps alone.
func only(step string) Options {
	var o Options
	switch step {
	case "diacritics":
		o.Diacritics, o.ComposeHamza = true, true
	case "compose":
		o.ComposeHamza = true
	case "tatweel":
		o.Tatweel = true
	case "invisible":
		o.Invisible = true
	case "spaces":
		o.Spaces = true
	case "presentation":
		o.PresentationForms = true
	case "variants":
		o.LetterVariants = true
	case "digits":
		o.Digits = true
	case "punctuation":
		o.Punctuation = true
	default:
		panic(step)
	}
	return o
}

func TestSteps(t *testing.T) {
	tests := []struct {
		step, in, want string
	}{
		// Diacritics: harakat, superscript alef, Quranic marks.
		{"diacritics", "مُحَمَّدٌ رَسُولُ اللَّهِ", "محمد رسول الله"},
		{"diacritics", "هٰذَا", "هذا"},
		{"diacritics", "الرَّحِيمِ ۝١", "الرحيم ١"},
		{"diacritics", "صَلَّىٰ ٱللَّهُ", "صلى ٱلله"},
		// A combining hamza becomes the precomposed letter first (NFC).
		{"diacritics", "سا\u0654ل", "سأل"},
		{"diacritics", "ا\u064e\u0654", "أ"}, // fatha between the letter and the hamza
		{"diacritics", "ا\u0653", "آ"},
		{"diacritics", "ا\u0655", "إ"},
		{"diacritics", "مسي\u0654ول", "مسئول"},
		{"diacritics", "مو\u0654تمر", "مؤتمر"},
		{"diacritics", "\u0654م", "م"}, // a hamza with nothing to compose with is a diacritic
		{"compose", "ا\u064e\u0654", "أ\u064e"},
		{"compose", "م\u0654", "م\u0654"},
		// Tatweel.
		{"tatweel", "الـــعراق", "العراق"},
		{"tatweel", "المنصورة ـ عطية", "المنصورة ـ عطية"}, // a kashida after a space is a dash
		{"tatweel", "ـــ\nـ", "ـ\nـ"},
		{"tatweel", "لـDW", "لDW"},
		{"tatweel", "من ـربع", "من ربع"}, // it draws out the word after it
		// Zero-width and bidi controls.
		{"invisible", "\u200fالعراق\u200e \u202bبغداد\u202c\u2067x\u2069\ufeff", "العراق بغداد" + "x"},
		{"invisible", "كلمة\u200cأخرى", "كلمةأخرى"},
		// Spaces.
		{"spaces", "العراق\u00a0\u2009 \u3000بغداد", "العراق بغداد"},
		{"spaces", "سطر\r\nسطر\rسطر\u2028سطر", "سطر\nسطر\nسطر\nسطر"},
		{"spaces", "فقرة  \n\n  فقرة", "فقرة\n\nفقرة"},
		{"spaces", "a\t\tb", "a b"},
		// Presentation forms, lam-alef keeping its hamza or madda; word
		// ligatures stay.
		{"presentation", "ﻷن", "لأن"},
		{"presentation", "ﻵ ﻹ ﻻ", "لآ لإ لا"},
		{"presentation", "ﺍﻟﻌﺮﺍﻕ", "العراق"},
		{"presentation", "ﷺ ﷽ ﷲ", "ﷺ ﷽ ﷲ"},
		{"presentation", "ﮎ", "ک"},
		// Letter variants.
		{"variants", "أحمد إلى آذار ٱلله", "احمد الي اذار الله"},
		{"variants", "مدرسة مستشفى", "مدرسه مستشفي"},
		{"variants", "کتاب یک ۀ ھ", "كتاب يك ه ه"},
		// Digits and number separators.
		{"digits", "٢٠٢٠/٣/١٥", "2020/3/15"},
		{"digits", "۱۴۰۳", "1403"},
		{"digits", "٣٫٥ و٢٬٥٠٠", "3.5 و2,500"},
		{"digits", "٣٫ نص", "3٫ نص"}, // a separator not between digits stays
		{"digits", "٫٥", "٫5"},
		{"digits", "١٥٪", "15%"},
		// Punctuation.
		{"punctuation", "قال، ثم؛ لماذا؟", "قال, ثم; لماذا?"},
		{"punctuation", "«برنامج» “1244” „x‟ ‹y›", `"برنامج" "1244" "x" "y"`},
		{"punctuation", "2011–2014 — a‐b − c", "2011-2014 - a-b - c"},
	}
	for _, tc := range tests {
		t.Run(tc.step+"/"+tc.in, func(t *testing.T) {
			got, err := New(only(tc.step)).Normalize(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.Norm)
			checkInvariants(t, got)
		})
	}
}

func TestDefault(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ﻷن الـــعراق  ٢٠٢٠/٣/١٥ و ٣٫٥٪", "لان العراق 2020/3/15 و 3.5%"},
		{"«آذار / مارس 2020»، أَيْلُول", `"اذار / مارس 2020", ايلول`},
		{"ﺇﻟﻰ", "الي"},
		{"وأضاف قراقع ـ حسبما أفادت", "واضاف قراقع - حسبما افادت"},
		{"برلين 1948 ـ1949", "برلين 1948 -1949"},
		{"", ""},
		{"\u064b\u200f", ""},
	}
	for _, tc := range tests {
		got, err := Normalize(tc.in)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got.Norm, tc.in)
		checkInvariants(t, got)
	}
}

// TestOtherScriptsPassThrough: we are not arclean; Latin, Cyrillic, CJK,
// emoji and digits of other scripts stay exactly as they are.
func TestOtherScriptsPassThrough(t *testing.T) {
	for _, s := range []string{
		"Reuters: Biden met al-Kadhimi on July 26, 2021 (AFP).",
		"Москва, 15 марта", "北京 2024年9月6日", "😀👍🏽🇮🇶", "हिन्दी ४२", "ไทย ๔๒", "ℕ ½ ² €100",
		"שלום", "Ελλάδα", "F-16 COVID-19 1244",
	} {
		got, err := Normalize(s)
		require.NoError(t, err)
		assert.Equal(t, s, got.Norm)
		checkInvariants(t, got)
	}
}

func TestInvalidUTF8IsReported(t *testing.T) {
	_, err := Normalize("العراق\xff\xfeبغداد")
	var ie *InvalidUTF8Error
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, len("العراق"), ie.Offset)
}

func TestSpanQuotesTheOriginal(t *testing.T) {
	const sentence = "قال الرَّئِيسُ الـعِرَاقِيُّ\u200f في بغداد"
	tests := []struct{ orig, find, want string }{
		{sentence, "الرئيس", "الرَّئِيسُ"},
		{sentence, "العراقي", "الـعِرَاقِيُّ"}, // the final shadda-damma belong to its last letter, the RLM to no span
		{sentence, "بغداد", "بغداد"},
		{sentence, "قال", "قال"},
		// What is removed before the first letter belongs to it, and to
		// nothing after it; but an invisible control ends no span and
		// begins none.
		{"\u200f25\u200f فبراير", "2", "2"},
		{"\u200f25\u200f فبراير", "5", "5"},
		{"\u200f25\u200f فبراير", "25 فبراير", "25\u200f فبراير"},
		{"\ufeff\u064eمصر", "مصر", "\u064eمصر"},
		{"مصرـ\u200f\u200e.", "مصر", "مصرـ"},
		{"جو\u200c بايدن", "جو بايدن", "جو\u200c بايدن"},
		{"\u064eابن", "بن", "بن"},
		// Characters whose bytes change length, and expansions.
		{"في ٢٠٢٠/٣/١٥ م", "2020", "٢٠٢٠"},
		{"في ٢٠٢٠/٣/١٥ م", "15 م", "١٥ م"},
		{"ﻷن الأمر", "لان", "ﻷن"},
		{"ﻷن الأمر", "ن", "ن"},
		{"قال، «نعم»", ", \"نعم\"", "، «نعم»"},
		{"ا\u0654\u064eمر اخر", "امر", "ا\u0654\u064eمر"},
		// Collapsed spaces and line breaks join the character before them.
		{"سطر  \r\nثان", "سطر\n", "سطر  \r\n"},
		{"سطر  \r\nثان", "ثان", "ثان"},
	}
	for _, tc := range tests {
		text, err := Normalize(tc.orig)
		require.NoError(t, err)
		i := strings.Index(text.Norm, tc.find)
		require.GreaterOrEqual(t, i, 0, "%q in %q", tc.find, text.Norm)
		span := text.Span(i, i+len(tc.find))
		assert.Equal(t, tc.want, span.Exact, "%q in %q", tc.find, tc.orig)
		assert.Equal(t, tc.want, string([]rune(tc.orig)[span.Start:span.End]), "code points, not bytes")
	}
	text, err := Normalize(sentence)
	require.NoError(t, err)
	require.Equal(t, "قال الرئيس العراقي في بغداد", text.Norm)
	empty := text.Span(3, 3)
	assert.Equal(t, empty.Start, empty.End)
	// A control the normalizer keeps is a character of the text like any
	// other, and a span that ends with it quotes it.
	kept, err := New(Options{}).Normalize("مصر\u200f")
	require.NoError(t, err)
	assert.Equal(t, "مصر\u200f", kept.Span(0, len(kept.Norm)).Exact)
}

// checkInvariants checks the offset map of t: every Norm character has a
// range of the original; the ranges are monotonic, cover the original, and
// never split a UTF-8 sequence; the byte and code point ranges agree.
func checkInvariants(t testing.TB, text *Text) {
	t.Helper()
	n := text.Len()
	if n != utf8.RuneCountInString(text.Norm) {
		t.Fatalf("Len %d, but Norm has %d runes", n, utf8.RuneCountInString(text.Norm))
	}
	if n == 0 {
		return
	}
	orig := text.Original
	origRunes := utf8.RuneCountInString(orig)
	if text.OriginalRunes() != origRunes {
		t.Fatalf("OriginalRunes %d, want %d", text.OriginalRunes(), origRunes)
	}
	prevStart, prevEnd := -1, 0
	for i := 0; i < n; i++ {
		rs, re, bs, be := text.RuneRange(i)
		if rs >= re || bs >= be {
			t.Fatalf("rune %d: empty range [%d,%d)", i, rs, re)
		}
		if !utf8.RuneStart(orig[bs]) || (be < len(orig) && !utf8.RuneStart(orig[be])) {
			t.Fatalf("rune %d: bytes [%d,%d) split a UTF-8 sequence", i, bs, be)
		}
		if utf8.RuneCountInString(orig[:bs]) != rs || utf8.RuneCountInString(orig[bs:be]) != re-rs {
			t.Fatalf("rune %d: bytes [%d,%d) are not code points [%d,%d)", i, bs, be, rs, re)
		}
		sameSource := rs == prevStart && re == prevEnd // an expansion: ﻷ → ل أ
		if !sameSource && rs != prevEnd {
			t.Fatalf("rune %d: range [%d,%d) does not follow [%d,%d): not monotonic or not covering", i, rs, re, prevStart, prevEnd)
		}
		prevStart, prevEnd = rs, re
	}
	if prevEnd != origRunes {
		t.Fatalf("the last range ends at %d, not at the end of the original, %d", prevEnd, origRunes)
	}
}

// TestIdempotent: normalizing the search form changes nothing.
func TestIdempotent(t *testing.T) {
	for _, s := range idempotenceSeeds {
		once, err := Normalize(s)
		require.NoError(t, err)
		twice, err := Normalize(once.Norm)
		require.NoError(t, err)
		assert.Equal(t, once.Norm, twice.Norm, "input %q", s)
	}
}

var idempotenceSeeds = []string{
	"مُحَمَّدٌ رَسُولُ اللَّهِ ﷺ",
	"ﻷن الـــعراق  ٢٠٢٠/٣/١٥ و ٣٫٥٪ «آذار / مارس»، ى ة",
	"٣٫٫٥ ٣٬٬٥ ٫٣٫",
	" \u200f \r\n \u00a0 x \n\n\r\r",
	"ا\u0654\u0654 ا\u064e\u0654\u0653",
	"ﹰ ﹱ ﳲ ﱞ",
	"\u0654ا",
	"كتب ـ هاني ـــ\nـ لـDW",
}

// TestCountRunes: the eight-bytes-at-a-time count agrees with
// utf8.RuneCountInString on every prefix of texts of one-, two-, three-
// and four-byte runes.
func TestCountRunes(t *testing.T) {
	for _, s := range []string{"", "abc", "العراق في 2020", "ﻷن €ab 😀 ج", "ـًٌٍَُِّْٰ٠١٢", strings.Repeat("بغداد 😀 x", 5)} {
		for i := 0; i <= len(s); i++ {
			if utf8.ValidString(s[:i]) {
				assert.Equal(t, utf8.RuneCountInString(s[:i]), countRunes(s[:i]), "%q", s[:i])
			}
		}
	}
}

// TestOriginalBytes: the bytes of the original that a range of the
// search form comes from, as OriginalRange has them: the hamza the search
// form drops is there, and so are a letter's diacritics.
func TestOriginalBytes(t *testing.T) {
	text, err := Normalize("قوات الأمن ألقتْ القبض")
	require.NoError(t, err)
	for _, tc := range []struct {
		word, norm, original string // norm begins word
	}{
		{"الامن", "الامن", "الأمن"},
		{"القت", "القت", "ألقتْ"},
		{"القت", "ا", "أ"},
		{"الامن", "ا", "ا"},
	} {
		at := strings.Index(text.Norm, " "+tc.word) + 1
		bs, be := text.OriginalBytes(at, at+len(tc.norm))
		require.Equal(t, tc.original, text.Original[bs:be], tc.norm)
		_, _, rbs, rbe := text.OriginalRange(at, at+len(tc.norm))
		require.Equal(t, [2]int{rbs, rbe}, [2]int{bs, be}, tc.norm)
	}
}

// TestTanweenIn: tanween in the original of a word, dropped by the search
// form or kept, and at the very start of the text.
func TestTanweenIn(t *testing.T) {
	for _, tc := range []struct {
		normalizer *Normalizer
		original   string
		word       string // a word of the search form
		want       bool
	}{
		{defaultNormalizer, "سار سيراً إلى البلدة", "سيرا", true},
		{defaultNormalizer, "سار سيراً إلى البلدة", "سار", false},
		{defaultNormalizer, "سار سيراً إلى البلدة", "الي", false},
		{defaultNormalizer, "وصل سوريًا إلى", "سوريا", true}, // tanween before the alif
		{defaultNormalizer, "كتابٌ جديدٌ", "جديد", true},
		{defaultNormalizer, "قرأ كتاباً ً جديد", "جديد", false}, // a stray mark after a space is the space's
		{defaultNormalizer, "ًمصر", "مصر", true},                // before the first letter: the first letter's
		{defaultNormalizer, "مصرُ", "مصر", false},               // a damma is no tanween
		{defaultNormalizer, "قال ﻷٌ", "ل", true},                // inside ﻷ, «لا»: the ligature's original
		{New(Options{}), "سار سيراً إلى", "سيراً", true},        // kept
	} {
		text, err := tc.normalizer.Normalize(tc.original)
		require.NoError(t, err)
		at := -1
		for i := 0; i <= len(text.Norm)-len(tc.word); i++ {
			if text.Norm[i:i+len(tc.word)] == tc.word && (i == 0 || text.Norm[i-1] == ' ') {
				at = i
				break
			}
		}
		require.GreaterOrEqual(t, at, 0, "%q not in %q", tc.word, text.Norm)
		require.Equal(t, tc.want, text.TanweenIn(at, at+len(tc.word)), "%s in %s", tc.word, tc.original)
	}
}

// TestSpannerMatchesSpan maps ranges of the seeds, in order and shuffled,
// with a Spanner and with Span.
func TestSpannerMatchesSpan(t *testing.T) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	require.NotEmpty(t, paths)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		text, err := Normalize(string(data))
		require.NoError(t, err)
		var ranges [][2]int
		for i := 0; i < 400; i++ {
			a, b := rng.IntN(len(text.Norm)+1), rng.IntN(len(text.Norm)+1)
			ranges = append(ranges, [2]int{min(a, b), max(a, b)})
		}
		slices.SortFunc(ranges, func(x, y [2]int) int { return x[0] - y[0] })
		ordered := text.Spanner()
		for _, r := range ranges {
			require.Equal(t, text.Span(r[0], r[1]), ordered.Span(r[0], r[1]), "%s %v", p, r)
		}
		rng.Shuffle(len(ranges), func(i, j int) { ranges[i], ranges[j] = ranges[j], ranges[i] })
		shuffled := text.Spanner()
		for _, r := range ranges {
			require.Equal(t, text.Span(r[0], r[1]), shuffled.Span(r[0], r[1]), "%s %v", p, r)
		}
	}
}
