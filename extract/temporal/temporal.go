// Package temporal finds the temporal expressions of an article — dates,
// times, durations, sets and ranges, in the Gregorian and the Hijri
// calendar — and gives each a TIMEX3 value (the TimeML standard), resolved
// against the article's reference date when it has one.
//
// The rules are data: the words of temporal expressions are in words.tsv,
// the tense cues in tense.tsv, month and weekday names in the calendar
// lexicon of package normalize and the Umm al-Qura calendar in
// umalqura.tsv. The grammar is a set of small functions over tokens, each
// reading one pattern and producing the parts of a date it names (a
// pattern plus a function, as Duckling's rules are); resolve turns those
// parts into a TIMEX3 value.
package temporal

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/khabar-lab/khabar/extract"
	"github.com/khabar-lab/khabar/extract/quantity"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
)

// Extractor finds temporal expressions. It is safe for concurrent use.
type Extractor struct {
	lex      *lexicon
	calendar *normalize.Lexicon
	numbers  *quantity.Extractor
	hijri    *hijriCalendar
	scratch  sync.Pool // *[]uint64: the parser's class masks, reused
}

// startClasses are the classes a word starting an expression can have.
const startClasses = maskMonth | maskWeekday | maskNumber | 1<<cUnit | 1<<cNow | 1<<cDay | 1<<cThis | 1<<cPart | 1<<cBound |
	1<<cContext | 1<<cEvery | 1<<cOrdinal | 1<<cTens | 1<<cDayPart | 1<<cHoliday | 1<<cDecade | 1<<cCentury |
	1<<cYearWord | 1<<cMonthWord | 1<<cFrom | 1<<cBetween | 1<<cLink | 1<<cHour

var (
	tablesOnce sync.Once
	tables     struct {
		lex   *lexicon
		hijri *hijriCalendar
		err   error
	}
)

// New returns an extractor that reads number words with numbers (the
// quantity extractor's tables).
func New(numbers *quantity.Extractor) (*Extractor, error) {
	tablesOnce.Do(func() {
		tables.lex, tables.err = parseLexicon(wordsTSV, tenseTSV)
		if tables.err == nil {
			tables.hijri, tables.err = parseUmmAlQura(umalquraTSV)
		}
		if tables.err == nil {
			norm := normalize.New(normalize.Default())
			for _, e := range normalize.Calendar().Entries() {
				t, err := norm.Normalize(e.Form)
				if err != nil {
					tables.err = err
					return
				}
				m := uint64(maskWeekday)
				if e.Unit == "month" {
					m = maskMonth
				}
				tables.lex.add(strings.Fields(t.Norm)[0], m)
			}
			for _, w := range numbers.NumberWords() {
				tables.lex.starts.Add(w)
				tables.lex.masks[w] |= maskNumber
			}
		}
	})
	if tables.err != nil {
		return nil, tables.err
	}
	return &Extractor{lex: tables.lex, calendar: normalize.Calendar(), numbers: numbers, hijri: tables.hijri}, nil
}

// Name is "dates".
func (x *Extractor) Name() string { return "dates" }

// Extract adds the document's temporal expressions to out, and its
// dateline's date as out.DatePublished when the article had none.
func (x *Extractor) Extract(doc *extract.Document, out *model.Extraction) {
	ref := doc.ReferenceDate
	found := x.find(doc.Text, doc.Tokens)
	if len(found) == 0 {
		return
	}
	if d, ok := x.dateline(doc.Tokens, found); ok {
		if doc.Article.DatePublished == "" {
			out.DatePublished = d.Format(time.DateOnly)
		}
		if ref.IsZero() {
			ref = d
		}
	}
	out.TemporalExpressions = x.express(doc.Text, doc.Tokens, found, ref)
}

// Find returns the temporal expressions of a search form and its tokens,
// resolved against ref (zero: unresolved), one per distinct value with all
// its mentions, in the order of their first mention.
func (x *Extractor) Find(t *normalize.Text, toks []token.Token, ref time.Time) []model.TimeExpression {
	return x.express(t, toks, x.find(t, toks), ref)
}

// express resolves what find found and gathers equal expressions into one.
func (x *Extractor) express(t *normalize.Text, toks []token.Token, found []*expr, ref time.Time) []model.TimeExpression {
	var out []model.TimeExpression
	index := map[string]int{}
	for _, e := range found {
		te := x.resolve(e, toks, ref)
		start := toks[e.start].Start + e.clitic
		span := t.Span(start, toks[e.end-1].End)
		key := te.Value + "|" + te.TimexType + "|" + te.Mod + "|" + te.Calendar + "|" + te.CalendarValue + "|" +
			te.StartDate + "|" + te.EndDate + "|" + strings.Join(te.Notes, ",")
		if k, ok := index[key]; ok {
			out[k].MentionedAt = append(out[k].MentionedAt, span)
			continue
		}
		te.MentionedAt = []model.Span{span}
		index[key] = len(out)
		out = append(out, te)
	}
	return out
}

// dateline finds a dateline at the head of the article — a place, a full
// date, then an agency in parentheses or a dash: «واشنطن 26 يوليو 2021
// (شينخوا)» — and returns its date.
func (x *Extractor) dateline(toks []token.Token, found []*expr) (time.Time, bool) {
	e := found[0]
	if e.start == 0 || e.start > 4 || e.kind != kDate || e.y == 0 || e.m == 0 || e.d <= 0 || e.hijri || e.rel || e.mod != "" {
		return time.Time{}, false
	}
	for _, t := range toks[:e.start] {
		if t.Kind != token.Word {
			return time.Time{}, false
		}
	}
	if e.end >= len(toks) {
		return time.Time{}, false
	}
	switch toks[e.end].Text {
	case "(", "-", "–", "—", ":", "/":
	default:
		return time.Time{}, false
	}
	d := time.Date(e.y, time.Month(e.m), e.d, 0, 0, 0, 0, time.UTC)
	if d.Day() != e.d {
		return time.Time{}, false
	}
	return d, true
}

// find returns the expressions of the tokens, in text order.
func (x *Extractor) find(t *normalize.Text, toks []token.Token) []*expr {
	sc, _ := x.scratch.Get().(*[]uint64)
	if sc == nil {
		sc = new([]uint64)
	}
	defer x.scratch.Put(sc)
	classes := (*sc)[:0]
	if cap(classes) < len(toks) {
		classes = make([]uint64, len(toks))
	}
	classes = classes[:len(toks)]
	clear(classes)
	*sc = classes
	p := parser{x: x, t: t, toks: toks, classes: classes}
	var found []*expr
	for i := 0; i < len(toks); {
		if !x.mayStart(toks[i]) || toks[i].Kind == token.Word && p.mask(i)&startClasses == 0 {
			i++
			continue
		}
		e := p.expression(i)
		if e == nil {
			i++
			continue
		}
		found = append(found, e)
		i = e.end
	}
	sort.SliceStable(found, func(a, b int) bool { return found[a].start < found[b].start })
	return found
}
