package temporal

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
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
	// words maps every first word, with each proclitic too, to the classes
	// of the entries it may start (and maskMonth, maskWeekday, maskNumber
	// for calendar names and number words) and to those entries: one
	// lookup per token of an article, none per rule.
	words map[string]*wordInfo
	// table is words frozen for lookup by link.
	table *wordtable.Table[*wordInfo]
	tense map[string]tense
	// cueForms are the spellings of the tense cues: with و or ف before,
	// with a past verb's endings after.
	cueForms *wordtable.Table[bool]
}

// add records that w, and w after any proclitic, may start an entry of
// the classes in m.
func (l *lexicon) add(w string, m uint64) {
	l.mark(w, m)
	for _, p := range proclitics {
		l.mark(p+w, m)
	}
}

// mark records that the word w may start something of the classes in m.
func (l *lexicon) mark(w string, m uint64) {
	info := l.words[w]
	if info == nil {
		info = &wordInfo{}
		l.words[w] = info
	}
	info.mask |= m
}

// wordInfo is what a token's text may start.
type wordInfo struct {
	mask uint64
	// candidates are the entries whose first word is the text, longest
	// first, then those whose first word is the text without a proclitic,
	// in the order of proclitics: the order at tries them in.
	candidates []candidate
}

type candidate struct {
	*entry
	clitic int // bytes of the proclitic peeled off the first word
}

// link fills in every word's candidates once the tables are read, and
// freezes the words for lookup.
func (l *lexicon) link() {
	defer func() { l.table = wordtable.New(l.words) }()
	for w, info := range l.words {
		info.candidates = info.candidates[:0]
		for _, e := range l.byFirst[w] {
			info.candidates = append(info.candidates, candidate{entry: e})
		}
		for _, p := range proclitics {
			if len(w) > len(p)+2 && strings.HasPrefix(w, p) {
				for _, e := range l.byFirst[w[len(p):]] {
					info.candidates = append(info.candidates, candidate{entry: e, clitic: len(p)})
				}
			}
		}
	}
}

// proclitics may stand before a word: و ف ب ل ك, and و or ف before ب or ل.
var proclitics = []string{"وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"}

var unitGrains = map[byte]grain{'Y': gYear, 'M': gMonth, 'W': gWeek, 'D': gDay, 'H': gHour, 'N': gMinute, 'S': gSecond, 'E': gDecade, 'C': gCentury}

func parseLexicon(words, tenses []byte) (*lexicon, error) {
	l := &lexicon{byFirst: map[string][]*entry{}, words: map[string]*wordInfo{}, tense: map[string]tense{}}
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
	// Every spelling cueSpelling finds in the table, for the one lookup
	// that turns most words away.
	forms := map[string]bool{}
	for stem := range l.tense {
		for _, p := range []string{"", "و", "ف"} {
			forms[p+stem] = true
			for _, suffix := range cueSuffixes {
				if len(stem) > 2 {
					forms[p+stem+suffix] = true
				}
			}
		}
	}
	l.cueForms = wordtable.New(forms)
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

// at returns the longest entry of class c that starts at token i, whose
// text has info, peeling a proclitic off the first word when the word
// itself is not in the table.
func (info *wordInfo) at(toks []token.Token, i int, c class) (match, bool) {
	for _, cand := range info.candidates {
		if cand.class != c || i+cand.words > len(toks) {
			continue
		}
		ok := true
		for k, w := range cand.rest {
			if toks[i+1+k].Text != w {
				ok = false
				break
			}
		}
		if ok {
			return match{entry: cand.entry, end: i + cand.words, clitic: cand.clitic}, true
		}
	}
	return match{}, false
}
