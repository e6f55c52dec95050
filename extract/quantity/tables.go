package quantity

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

// The tables: rules as data, each with a header that says its format.
var (
	//go:embed numbers.tsv
	numbersTSV []byte
	//go:embed markers.tsv
	markersTSV []byte
	//go:embed units.tsv
	unitsTSV []byte
	//go:embed plurals.tsv
	pluralsTSV []byte
	//go:embed vague.tsv
	vagueTSV []byte
	//go:embed stopwords.tsv
	stopwordsTSV []byte
)

// wordKind is the role of a number word.
type wordKind uint8

const (
	kindUnit wordKind = iota + 1
	kindTeen
	kindTen
	kindHundred
	kindScale
	kindDual
	kindPlural
	kindFraction
	kindPoint
)

var wordKinds = map[string]wordKind{"unit": kindUnit, "teen": kindTeen, "ten": kindTen, "hundred": kindHundred,
	"scale": kindScale, "dual": kindDual, "plural": kindPlural, "fraction": kindFraction, "point": kindPoint}

// numberWord is a row of numbers.tsv.
type numberWord struct {
	value     float64
	kind      wordKind
	ambiguous bool // also a common word
	compound  bool // only inside a compound number
}

// phrase is a sequence of search-form tokens to match, from a table row.
type phrase struct {
	tokens []string
	// for markers.tsv
	meaning, where string
	// for units.tsv
	unit unitInfo
}

// unitInfo is what a unit word says.
type unitInfo struct {
	kind     string // currency, cent, percent, measure, duration
	code     string // ISO 4217 or UN/CEFACT
	unitText string
}

// tables is every table, loaded and normalized once.
type tables struct {
	numbers map[string]numberWord
	markers []phrase // longest first
	units   []phrase // longest first
	// The phrases again, by their first (and, for markers, last) token,
	// longest first: the extractor looks them up at every token.
	// The phrases by their first or last word, looked up with a token's
	// hash.
	markersByFirst, markersByLast, unitsByFirst *wordtable.Table[[]*phrase]
	// starts says, for a token's text, what a quantity may begin with
	// there; a text absent from it starts nothing (most words).
	starts    map[string]startFlags
	startsBy  *wordtable.Table[startFlags] // starts, for the lookup at every token
	plurals   map[string]string
	singulars map[string]string // the search form of each singular → its spelling
	vague     map[string][2]float64
	stopwords map[string]bool
}

// startsAt returns what a quantity may begin with at a token's text.
func (tb *tables) startsAt(w string) startFlags {
	f, _ := tb.startsBy.Get(w)
	return f
}

// phrasesAt returns the phrases of byWord (markersByFirst…) a token's
// text is the word of.
func (tb *tables) phrasesAt(byWord *wordtable.Table[[]*phrase], t *token.Token) []*phrase {
	ps, _ := byWord.GetHashed(t.Text, t.Hash)
	return ps
}

// startsAtToken is startsAt for a token, whose hash the
// tokenizer made.
func (tb *tables) startsAtToken(t *token.Token) startFlags {
	f, _ := tb.startsBy.GetHashed(t.Text, t.Hash)
	return f
}

// rows reads a tab-separated table, skipping comments and blank lines.
func rows(name string, data []byte, minFields, maxFields int, each func(line int, f []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < minFields || len(f) > maxFields {
			return fmt.Errorf("%s line %d: want %d to %d tab-separated fields, have %d", name, line, minFields, maxFields, len(f))
		}
		if err := each(line, f); err != nil {
			return fmt.Errorf("%s line %d: %w", name, line, err)
		}
	}
	return sc.Err()
}

// searchForm normalizes a table entry the way the text is normalized.
func searchForm(s string) (string, error) {
	t, err := normalize.Normalize(s)
	if err != nil {
		return "", err
	}
	return t.Norm, nil
}

// phraseTokens is a table phrase as the tokens the text will show.
func phraseTokens(s string) ([]string, error) {
	norm, err := searchForm(s)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, t := range token.Tokenize(norm) {
		out = append(out, t.Text)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty phrase %q", s)
	}
	return out, nil
}

func loadTables() (*tables, error) {
	tb := &tables{numbers: map[string]numberWord{}, plurals: map[string]string{}, singulars: map[string]string{},
		vague: map[string][2]float64{}, stopwords: map[string]bool{}}
	err := rows("numbers.tsv", numbersTSV, 3, 4, func(_ int, f []string) error {
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		kind, ok := wordKinds[f[2]]
		if !ok {
			return fmt.Errorf("unknown kind %q", f[2])
		}
		w := numberWord{value: v, kind: kind}
		if len(f) == 4 {
			for _, flag := range strings.Split(f[3], ",") {
				switch flag {
				case "ambiguous":
					w.ambiguous = true
				case "compound":
					w.compound = true
				case "egyptian", "":
				default:
					return fmt.Errorf("unknown flag %q", flag)
				}
			}
		}
		form, err := searchForm(f[0])
		if err != nil {
			return err
		}
		tb.numbers[form] = w
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = rows("markers.tsv", markersTSV, 3, 3, func(_ int, f []string) error {
		toks, err := phraseTokens(f[0])
		if err != nil {
			return err
		}
		switch f[1] {
		case "approximate", "min", "max", "code":
		default:
			return fmt.Errorf("unknown meaning %q", f[1])
		}
		if f[2] != "before" && f[2] != "after" {
			return fmt.Errorf("unknown position %q", f[2])
		}
		tb.markers = append(tb.markers, phrase{tokens: toks, meaning: f[1], where: f[2]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = rows("units.tsv", unitsTSV, 2, 4, func(_ int, f []string) error {
		toks, err := phraseTokens(f[0])
		if err != nil {
			return err
		}
		u := unitInfo{kind: f[1]}
		if len(f) > 2 {
			u.code = f[2]
		}
		if len(f) > 3 {
			u.unitText = f[3]
		}
		switch u.kind {
		case "currency", "cent", "percent", "measure", "duration":
		default:
			return fmt.Errorf("unknown kind %q", u.kind)
		}
		tb.units = append(tb.units, phrase{tokens: toks, unit: u})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = rows("plurals.tsv", pluralsTSV, 2, 2, func(_ int, f []string) error {
		form, err := searchForm(f[0])
		if err != nil {
			return err
		}
		tb.plurals[form] = f[1]
		single, err := searchForm(f[1])
		if err != nil {
			return err
		}
		tb.singulars[single] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = rows("vague.tsv", vagueTSV, 3, 3, func(_ int, f []string) error {
		lo, err1 := strconv.ParseFloat(f[1], 64)
		hi, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil || lo > hi {
			return fmt.Errorf("bad bounds %q, %q", f[1], f[2])
		}
		form, err := searchForm(f[0])
		if err != nil {
			return err
		}
		tb.vague[form] = [2]float64{lo, hi}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = rows("stopwords.tsv", stopwordsTSV, 1, 1, func(_ int, f []string) error {
		form, err := searchForm(f[0])
		if err != nil {
			return err
		}
		tb.stopwords[form] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	longestFirst := func(p []phrase) {
		sort.SliceStable(p, func(i, j int) bool { return len(p[i].tokens) > len(p[j].tokens) })
	}
	longestFirst(tb.markers)
	longestFirst(tb.units)
	markersByFirst, markersByLast, unitsByFirst := map[string][]*phrase{}, map[string][]*phrase{}, map[string][]*phrase{}
	for i := range tb.markers {
		p := &tb.markers[i]
		markersByFirst[p.tokens[0]] = append(markersByFirst[p.tokens[0]], p)
		last := p.tokens[len(p.tokens)-1]
		markersByLast[last] = append(markersByLast[last], p)
	}
	for i := range tb.units {
		p := &tb.units[i]
		unitsByFirst[p.tokens[0]] = append(unitsByFirst[p.tokens[0]], p)
	}
	tb.markersByFirst, tb.markersByLast, tb.unitsByFirst = wordtable.New(markersByFirst), wordtable.New(markersByLast), wordtable.New(unitsByFirst)
	tb.starts = map[string]startFlags{}
	for w := range tb.numbers {
		tb.starts[w] |= startNumber
		for _, p := range proclitics {
			tb.starts[p+w] |= startNumber
		}
	}
	for w := range tb.vague {
		tb.starts[w] |= startNumber
	}
	for first := range markersByFirst {
		tb.starts[first] |= startMarker
	}
	for first, ps := range unitsByFirst {
		for _, p := range ps {
			if p.unit.kind == "currency" && len(p.tokens) == 1 {
				tb.starts[first] |= startSymbol
			}
		}
	}
	for _, w := range []string{"بين", "من", "ما"} {
		tb.starts[w] |= startMarker
	}
	tb.startsBy = wordtable.New(tb.starts)
	return tb, nil
}

// startFlags say what a quantity may begin with at a token.
type startFlags uint8

const (
	startNumber startFlags = 1 << iota // a number word, or one after a proclitic
	startMarker                        // a marker, or a range's «بين», «من», «ما بين»
	startSymbol                        // a currency symbol or word («$10»)
)

// proclitics may stand before the first word of a number: «وثلاثة».
var proclitics = []string{"و", "ب", "ل", "ف", "ك"}
