package temporal

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

//go:embed words.tsv
var wordsTSV []byte

//go:embed tense.tsv
var tenseTSV []byte

// class is what a word of the table does in a temporal expression; the
// header of words.tsv says what each one means.
type class uint8

const (
	cUnit class = iota + 1
	cNow
	cDay
	cRel
	cThis
	cPart
	cBound
	cContext
	cEvery
	cOrdinal
	cTens
	cTeen
	cDayPart
	cHoliday
	cDecade
	cCentury
	cYearWord
	cMonthWord
	cWeekWord
	cHijri
	cGregorian
	cTo
	cFrom
	cBetween
	cAnd
	cLink
	cHour
	cMinute
	cFraction
	cMinus
	cZone
	cUTC
	cFew
)

var classNames = map[string]class{
	"unit": cUnit, "now": cNow, "day": cDay, "rel": cRel, "this": cThis, "part": cPart,
	"bound": cBound, "context": cContext, "every": cEvery, "ordinal": cOrdinal, "tens": cTens,
	"teen": cTeen, "daypart": cDayPart, "holiday": cHoliday, "decade": cDecade,
	"century": cCentury, "yearword": cYearWord, "monthword": cMonthWord, "weekword": cWeekWord,
	"hijri": cHijri, "gregorian": cGregorian, "to": cTo, "from": cFrom, "between": cBetween,
	"and": cAnd, "link": cLink, "hour": cHour, "minute": cMinute, "fraction": cFraction,
	"minus": cMinus, "zone": cZone, "utc": cUTC, "few": cFew,
}

// entry is one line of words.tsv.
type entry struct {
	class     class
	value     string // as written in the table
	n         int    // the number the value gives, where it is one
	grain     grain  // units
	count     int    // units: 1 singular, 2 dual, 0 plural
	ambiguous bool
	compound  bool
	words     int      // how many words the form has
	rest      []string // the search forms of the words after the first
}

// lexicon is words.tsv and tense.tsv, ready to match tokens.
type lexicon struct {
	byFirst map[string][]*entry // by the search form of the first word, longest first
	// starts is a cheap filter in front of byFirst, holding every first
	// word with and without a proclitic.
	starts wordSet
	// masks maps every first word, with each proclitic too, to the classes
	// of the entries it may start (and maskMonth, maskWeekday, maskNumber
	// for calendar names and number words): one lookup per word.
	masks map[string]uint64
	tense map[string]tense
}

// add records that w, and w after any proclitic, may start an entry of
// the classes in m.
func (l *lexicon) add(w string, m uint64) {
	l.starts.Add(w)
	l.masks[w] |= m
	for _, p := range proclitics {
		l.starts.Add(p + w)
		l.masks[p+w] |= m
	}
}

// proclitics may stand before a word: و ف ب ل ك, and و or ف before ب or ل.
var proclitics = []string{"وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"}

var unitGrains = map[byte]grain{'Y': gYear, 'M': gMonth, 'W': gWeek, 'D': gDay, 'H': gHour, 'N': gMinute, 'S': gSecond, 'E': gDecade, 'C': gCentury}

func parseLexicon(words, tenses []byte) (*lexicon, error) {
	l := &lexicon{byFirst: map[string][]*entry{}, masks: map[string]uint64{}, tense: map[string]tense{}}
	norm := normalize.New(normalize.Default())
	err := eachLine(words, "words.tsv", func(line int, f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want form, class and value")
		}
		c, ok := classNames[f[1]]
		if !ok {
			return fmt.Errorf("unknown class %q", f[1])
		}
		e := &entry{class: c, value: f[2]}
		if len(f) > 3 {
			for _, flag := range strings.Split(f[3], ",") {
				switch flag {
				case "ambiguous":
					e.ambiguous = true
				case "compound":
					e.compound = true
				default:
					return fmt.Errorf("unknown flag %q", flag)
				}
			}
		}
		switch c {
		case cUnit:
			g, count, ok := strings.Cut(e.value, ":")
			n, err := strconv.Atoi(count)
			if !ok || len(g) != 1 || unitGrains[g[0]] == 0 || err != nil {
				return fmt.Errorf("unit value %q is not grain:count", e.value)
			}
			e.grain, e.count = unitGrains[g[0]], n
		case cDay, cRel, cOrdinal, cTens, cTeen, cFraction, cDecade:
			n, err := strconv.Atoi(e.value)
			if err != nil {
				return fmt.Errorf("value %q is not a number", e.value)
			}
			e.n = n
		}
		t, err := norm.Normalize(f[0])
		if err != nil {
			return err
		}
		ws := strings.Fields(t.Norm)
		e.words, e.rest = len(ws), ws[1:]
		list := append(l.byFirst[ws[0]], e)
		// Longest first, so that a phrase wins over its first word.
		for k := len(list) - 1; k > 0 && list[k].words > list[k-1].words; k-- {
			list[k], list[k-1] = list[k-1], list[k]
		}
		l.byFirst[ws[0]] = list
		l.add(ws[0], 1<<c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(tenses, "tense.tsv", func(line int, f []string) error {
		if len(f) != 2 || (f[1] != "past" && f[1] != "future") {
			return fmt.Errorf("want form and past or future")
		}
		t, err := norm.Normalize(f[0])
		if err != nil {
			return err
		}
		l.tense[t.Norm] = map[string]tense{"past": past, "future": future}[f[1]]
		return nil
	})
	return l, err
}

// eachLine calls fn with the tab-separated fields of every line of a table
// that is not blank or a comment.
func eachLine(data []byte, name string, fn func(line int, fields []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := fn(line, strings.Split(text, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

// match is an entry found in the tokens.
type match struct {
	*entry
	end    int // the token after it
	clitic int // bytes of a proclitic peeled off the first word
}

// at returns the longest entry of class c that starts at token i, peeling
// a proclitic off the first word when the word itself is not in the table.
func (l *lexicon) at(toks []token.Token, i int, c class) (match, bool) {
	if i >= len(toks) || toks[i].Kind != token.Word {
		return match{}, false
	}
	w := toks[i].Text
	if !l.starts.MayContain(w) {
		return match{}, false
	}
	if m, ok := l.entryAt(toks, i, w, c); ok {
		return m, true
	}
	for _, p := range proclitics {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) {
			if m, ok := l.entryAt(toks, i, w[len(p):], c); ok {
				m.clitic = len(p)
				return m, true
			}
		}
	}
	return match{}, false
}

func (l *lexicon) entryAt(toks []token.Token, i int, first string, c class) (match, bool) {
	for _, e := range l.byFirst[first] {
		if e.class != c || i+e.words > len(toks) {
			continue
		}
		ok := true
		for k, w := range e.rest {
			if toks[i+1+k].Text != w {
				ok = false
				break
			}
		}
		if ok {
			return match{entry: e, end: i + e.words}, true
		}
	}
	return match{}, false
}

// mayStart reports whether a token may start a temporal expression: a
// number, a word of the tables or of the calendar, or a number word.
func (x *Extractor) mayStart(t token.Token) bool {
	return t.Kind == token.Number || (t.Kind == token.Word && x.lex.starts.MayContain(t.Text))
}

// wordSet answers "certainly not in the set" for most words at the cost
// of a few bit operations. normalize.WordFilter keys on a word's length
// and two bytes, which lets through too many common words for a set that
// holds every word with every proclitic; this one also keys on the second
// letter (Arabic letters are two bytes: the odd bytes tell them apart).
type wordSet struct{ bits [1 << 21 / 64]uint64 }

func wordKey(w string) uint32 {
	if len(w) < 4 {
		return uint32(len(w))<<17 | uint32(w[0])<<6 | uint32(w[len(w)-1])&0x3F
	}
	return uint32(len(w)&15)<<17 | uint32(w[1]&0x3F)<<11 | uint32(w[3]&0x3F)<<5 | uint32(w[len(w)-1]&0x1F)
}

// Add puts w in the set.
func (s *wordSet) Add(w string) {
	if w == "" {
		return
	}
	h := wordKey(w)
	s.bits[h/64] |= 1 << (h % 64)
}

// MayContain reports false when w was certainly never added.
func (s *wordSet) MayContain(w string) bool {
	if w == "" {
		return false
	}
	h := wordKey(w)
	return s.bits[h/64]&(1<<(h%64)) != 0
}
