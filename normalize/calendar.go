package normalize

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// calendarTSV is the calendar lexicon: month and weekday names with their
// numbers. A linguist extends it without touching Go; see its header.
//
//go:embed calendar.tsv
var calendarTSV []byte

// CalendarEntry is one name of the calendar lexicon.
type CalendarEntry struct {
	Form     string // as written in the lexicon
	Calendar string // "gregorian", "hijri", or "" for weekdays
	Unit     string // "month" or "weekday"
	// Number is the month (1–12) or the ISO 8601 weekday (1 = Monday … 7 = Sunday).
	Number int
	// System is the naming system: egyptian, syriac, maghreb, morocco,
	// mauritania, hijri or weekday.
	System string
	// Ambiguous names are also common words or names (مارس "he practised",
	// رمضان a first name): a date needs more than the name alone.
	Ambiguous bool
}

// Lexicon finds calendar names in normalized text.
type Lexicon struct {
	entries []CalendarEntry
	// byFirst maps the search form of a name's first word to the names
	// that start with it, longest first.
	byFirst map[string][]lexName
	// maybeFirst is a cheap filter in front of byFirst: most words of a
	// text fail it.
	maybeFirst WordFilter
}

type lexName struct {
	rest  []string // the search forms of the following words
	entry *CalendarEntry
}

var (
	calendarOnce sync.Once
	calendar     *Lexicon
	calendarErr  error
)

// Calendar returns the calendar lexicon embedded in the package. It panics
// if the embedded table is malformed, which the package's tests rule out.
func Calendar() *Lexicon {
	calendarOnce.Do(func() { calendar, calendarErr = ParseLexicon(calendarTSV) })
	if calendarErr != nil {
		panic(calendarErr)
	}
	return calendar
}

// ParseLexicon reads a lexicon table (the format of calendar.tsv).
func ParseLexicon(data []byte) (*Lexicon, error) {
	lex := &Lexicon{byFirst: map[string][]lexName{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < 5 || len(f) > 6 {
			return nil, fmt.Errorf("calendar lexicon line %d: want 5 or 6 tab-separated fields, have %d", line, len(f))
		}
		num, err := strconv.Atoi(f[3])
		if err != nil || num < 1 || num > 12 || (f[2] == "weekday" && num > 7) {
			return nil, fmt.Errorf("calendar lexicon line %d: bad number %q", line, f[3])
		}
		if f[2] != "month" && f[2] != "weekday" {
			return nil, fmt.Errorf("calendar lexicon line %d: unit %q is not month or weekday", line, f[2])
		}
		e := CalendarEntry{Form: f[0], Calendar: strings.Trim(f[1], "-"), Unit: f[2], Number: num, System: f[4]}
		if len(f) == 6 {
			switch f[5] {
			case "ambiguous":
				e.Ambiguous = true
			case "":
			default:
				return nil, fmt.Errorf("calendar lexicon line %d: unknown flag %q", line, f[5])
			}
		}
		lex.entries = append(lex.entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for i := range lex.entries {
		e := &lex.entries[i]
		norm, err := Normalize(e.Form)
		if err != nil {
			return nil, err
		}
		words := strings.Fields(norm.Norm)
		if len(words) == 0 {
			return nil, fmt.Errorf("calendar lexicon: empty form %q", e.Form)
		}
		lex.byFirst[words[0]] = append(lex.byFirst[words[0]], lexName{rest: words[1:], entry: e})
		lex.maybeFirst.Add(words[0])
	}
	for _, names := range lex.byFirst {
		// Longest first, so كانون الثاني wins over a shorter name.
		for i := 1; i < len(names); i++ {
			for j := i; j > 0 && len(names[j].rest) > len(names[j-1].rest); j-- {
				names[j], names[j-1] = names[j-1], names[j]
			}
		}
	}
	return lex, nil
}

// Entries returns every name of the lexicon, in table order.
func (l *Lexicon) Entries() []CalendarEntry { return l.entries }

// CalendarName is a calendar name found in a text.
type CalendarName struct {
	// Start and End are byte offsets in the search form (Text.Norm); they
	// cover the name, not a proclitic before it (وآذار → آذار).
	Start, End int
	Entry      *CalendarEntry
}

// proclitics may stand before a name: و ف ب ل, and و or ف before ب or ل.
var proclitics = []string{"وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"}

// Find returns every calendar name in t, in text order. Words are runs of
// letters and marks of the search form; a name must be whole words.
func (l *Lexicon) Find(t *Text) []CalendarName {
	var found []CalendarName
	s := t.Norm
	for i := 0; i < len(s); {
		ws, we := nextWord(s, i)
		if ws < 0 {
			break
		}
		i = we
		word := s[ws:we]
		if m, ok := l.match(s, ws, we, word); ok {
			found = append(found, m)
			i = m.End
			continue
		}
		for _, p := range proclitics {
			if len(word) > len(p)+2 && strings.HasPrefix(word, p) {
				if m, ok := l.match(s, ws+len(p), we, word[len(p):]); ok {
					found = append(found, m)
					i = m.End
					break
				}
			}
		}
	}
	return found
}

// StartWords returns, sorted, every word at which NameAt and Find may find
// a name: the first word of each name, alone and after each proclitic
// they peel. A word that is none of them starts no name, which a caller
// with its own word lookup can tell before it calls NameAt.
func (l *Lexicon) StartWords() []string {
	var words []string
	for first := range l.byFirst {
		words = append(words, first)
		if len(first) > 2 {
			for _, p := range proclitics {
				words = append(words, p+first)
			}
		}
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// NameAt returns the calendar name that starts at byte i of t.Norm, where
// a word starts, peeling a proclitic as Find does; the extractors use it to
// look next to a number without scanning the whole text.
func (l *Lexicon) NameAt(t *Text, i int) (CalendarName, bool) {
	s := t.Norm
	if i < 0 || i >= len(s) {
		return CalendarName{}, false
	}
	ws, we := nextWord(s, i)
	if ws != i {
		return CalendarName{}, false
	}
	word := s[ws:we]
	if m, ok := l.match(s, ws, we, word); ok {
		return m, true
	}
	for _, p := range proclitics {
		if len(word) > len(p)+2 && strings.HasPrefix(word, p) {
			if m, ok := l.match(s, ws+len(p), we, word[len(p):]); ok {
				return m, true
			}
		}
	}
	return CalendarName{}, false
}

// match tries the names starting with word (which spans s[ws:we]).
func (l *Lexicon) match(s string, ws, we int, word string) (CalendarName, bool) {
	if !l.maybeFirst.MayContain(word) {
		return CalendarName{}, false
	}
	names, ok := l.byFirst[word]
	if !ok {
		return CalendarName{}, false
	}
	for _, n := range names {
		end, ok := matchWords(s, we, n.rest)
		if ok {
			return CalendarName{Start: ws, End: end, Entry: n.entry}, true
		}
	}
	return CalendarName{}, false
}

// matchWords reports whether words follow s[at:], each after one space, and
// where the last ends.
func matchWords(s string, at int, words []string) (int, bool) {
	for _, w := range words {
		if at >= len(s) || s[at] != ' ' {
			return 0, false
		}
		ws, we := nextWord(s, at)
		if ws != at+1 || s[ws:we] != w {
			return 0, false
		}
		at = we
	}
	return at, true
}

// nextWord returns the next run of letters and marks in s from byte i, or
// -1 when there is none.
func nextWord(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		size, word := WordRuneAt(s, i)
		if word {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			return start, i
		}
		i += size
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(s)
}

// WordRuneAt returns the size of the rune at s[i] and whether it belongs to
// a word of the search form: a letter or a combining mark. ASCII and the
// Arabic block, nearly all of a news text, are classified without decoding.
// The tokenizer and the lexicons share it, so they agree on what a word is.
func WordRuneAt(s string, i int) (size int, word bool) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		return 1, (c|0x20) >= 'a' && (c|0x20) <= 'z'
	case c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		return 2, arabicWord[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)-0x0600]
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return size, isWordRune(r)
}

// IsArabicWordRune reports whether the two-byte UTF-8 sequence c0 c1 of the
// Arabic block (c0 from 0xD8 to 0xDB) is a word rune, as WordRuneAt would:
// a lookup small enough to inline in a tokenizer's inner loop.
func IsArabicWordRune(c0, c1 byte) bool {
	return arabicWord[int(c0&0x03)<<6|int(c1&0x3F)]
}

// arabicWord classifies U+0600–U+06FF once.
var arabicWord = func() (t [0x100]bool) {
	for r := rune(0x0600); r < 0x0700; r++ {
		t[r-0x0600] = isWordRune(r)
	}
	return t
}()

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// MonthPhrase is a month name, or two names of one month side by side, as
// news writes them for readers of two naming systems: «آذار / مارس»,
// «سبتمبر/أيلول», «مايو أيار», «أيار (مايو)».
type MonthPhrase struct {
	// Start and End are byte offsets in Text.Norm, covering both names and
	// what joins them (a closing parenthesis included).
	Start, End int
	// Names are the month names, one or two.
	Names []CalendarName
	// Month is the month number (of the first name, when they conflict).
	Month int
	// Conflict is set when two paired names are of different months
	// («آذار / أبريل»): both are kept, and the reader is told.
	Conflict bool
}

// MonthPhrases finds the Gregorian and Hijri month names of t and joins
// paired names into one phrase each. Two names make a pair when they are of
// different naming systems and nothing but spaces, one slash, one dash or
// parentheses stands between them.
func (l *Lexicon) MonthPhrases(t *Text) []MonthPhrase {
	names := l.Find(t)
	var phrases []MonthPhrase
	for i := 0; i < len(names); i++ {
		a := names[i]
		if a.Entry.Unit != "month" {
			continue
		}
		p := MonthPhrase{Start: a.Start, End: a.End, Names: []CalendarName{a}, Month: a.Entry.Number}
		if i+1 < len(names) {
			b := names[i+1]
			if end, ok := pairJoin(t.Norm, a, b); ok {
				p.End = end
				p.Names = append(p.Names, b)
				p.Conflict = a.Entry.Number != b.Entry.Number
				i++
			}
		}
		phrases = append(phrases, p)
	}
	return phrases
}

// JoinPair reports whether the month names a and b of t, in this order,
// are one paired month phrase («آذار / مارس»), and where the pair ends.
func (l *Lexicon) JoinPair(t *Text, a, b CalendarName) (end int, ok bool) {
	return pairJoin(t.Norm, a, b)
}

// pairJoin reports whether month names a and b, in this order, form a pair,
// and where the pair ends.
func pairJoin(s string, a, b CalendarName) (int, bool) {
	if b.Entry.Unit != "month" || a.Entry.System == b.Entry.System ||
		a.Entry.Calendar != "gregorian" || b.Entry.Calendar != "gregorian" {
		return 0, false
	}
	gap := s[a.End:b.Start]
	seps, parens := 0, 0
	for _, r := range gap {
		switch r {
		case ' ':
		case '/', '-':
			seps++
		case '(':
			parens++
		default:
			return 0, false
		}
	}
	if seps > 1 || parens > 1 || seps+parens > 1 {
		return 0, false
	}
	end := b.End
	if parens == 1 {
		rest := strings.TrimLeft(s[end:], " ")
		if !strings.HasPrefix(rest, ")") {
			return 0, false
		}
		end = len(s) - len(rest) + 1
	}
	return end, true
}
