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
	"slices"
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
	scratch  sync.Pool // *[]slot: the parser's per-token masks, reused
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
				tables.lex.mark(w, maskNumber)
			}
			tables.lex.link()
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
	p := x.parser(doc.Text, doc.Tokens)
	defer x.release(p)
	found := p.find()
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
	out.TemporalExpressions = outsideNames(p.express(found, ref), out)
}

// outsideNames leaves out the mentions that lie inside the name of an
// entity found before them, and the expressions left with none: «مدينة 6
// أكتوبر» is a town, not the sixth of October.
func outsideNames(exprs []model.TimeExpression, out *model.Extraction) []model.TimeExpression {
	if len(exprs) == 0 || len(out.Mentions) == 0 {
		return exprs
	}
	names := out.MentionNames()
	kept, dropped := exprs[:0], false
	for _, e := range exprs {
		spans := e.MentionedAt[:0]
		for _, s := range e.MentionedAt {
			if !names.Contain(s) {
				spans = append(spans, s)
			}
		}
		dropped = dropped || len(spans) < len(e.MentionedAt)
		if len(spans) > 0 {
			e.MentionedAt = spans
			kept = append(kept, e)
		}
	}
	if dropped {
		// Still in the order of their first mention.
		slices.SortStableFunc(kept, func(a, b model.TimeExpression) int {
			return a.MentionedAt[0].Start - b.MentionedAt[0].Start
		})
	}
	return kept
}

// Find returns the temporal expressions of a search form and its tokens,
// resolved against ref (zero: unresolved), one per distinct value with all
// its mentions, in the order of their first mention.
func (x *Extractor) Find(t *normalize.Text, toks []token.Token, ref time.Time) []model.TimeExpression {
	p := x.parser(t, toks)
	defer x.release(p)
	return p.express(p.find(), ref)
}

// express resolves what find found and gathers equal expressions into
// one. An article has few distinct expressions, so equal ones are found by
// comparing with those kept; the mentions share one backing array.
func (p *parser) express(found []*expr, ref time.Time) []model.TimeExpression {
	toks := p.toks
	out := make([]model.TimeExpression, 0, len(found))
	group := make([]int, len(found))
	counts := make([]int, 0, len(found))
	for n, e := range found {
		te := p.resolve(e, ref)
		k := 0
		for k < len(out) && !sameValue(&out[k], &te) {
			k++
		}
		if k == len(out) {
			out = append(out, te)
			counts = append(counts, 0)
		}
		group[n] = k
		counts[k]++
	}
	spans := make([]model.Span, len(found))
	next := 0
	for k := range out {
		out[k].MentionedAt = spans[next : next : next+counts[k]]
		next += counts[k]
	}
	for n, e := range found {
		start := toks[e.start].Start + e.clitic
		k := group[n]
		out[k].MentionedAt = append(out[k].MentionedAt, p.t.Span(start, toks[e.end-1].End()))
	}
	return out
}

// sameValue reports whether two expressions say the same thing.
func sameValue(a, b *model.TimeExpression) bool {
	return a.Value == b.Value && a.TimexType == b.TimexType && a.Mod == b.Mod &&
		a.Calendar == b.Calendar && a.CalendarValue == b.CalendarValue &&
		a.StartDate == b.StartDate && a.EndDate == b.EndDate && slices.Equal(a.Notes, b.Notes)
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

// parser returns a parser over an article's search form and tokens, with
// per-token scratch from the pool; release gives it back.
func (x *Extractor) parser(t *normalize.Text, toks []token.Token) *parser {
	sc, _ := x.scratch.Get().(*[]slot)
	if sc == nil {
		sc = new([]slot)
	}
	slots := (*sc)[:0]
	if cap(slots) < len(toks) {
		slots = make([]slot, len(toks))
	}
	slots = slots[:len(toks)]
	clear(slots)
	*sc = slots
	// Every token's mask, in one pass: most tokens start nothing, and
	// the rules ask of a token only its slot.
	for i := range toks {
		if t := &toks[i]; t.Kind == token.Word {
			s := &slots[i]
			if s.info, _ = x.lex.table.GetHashed(t.Text, t.Hash); s.info != nil {
				s.mask = s.info.mask
			}
		}
	}
	return &parser{x: x, t: t, toks: toks, slots: slots, scratch: sc}
}

func (x *Extractor) release(p *parser) { x.scratch.Put(p.scratch) }

// find reads every expression of the article, left to right, longest first.
func (p *parser) find() []*expr {
	toks := p.toks
	var found []*expr
	for i := 0; i < len(toks); {
		if toks[i].Kind != token.Number && p.slots[i].mask&startClasses == 0 || toks[i].Kind == token.Word && !p.mayStart(i) {
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
	slices.SortStableFunc(found, func(a, b *expr) int { return a.start - b.start })
	return found
}
