// Package quantity finds the numbers in an article that count or measure
// something: their value (or range, or bound), whether the text says they
// are approximate, and what they count, the counted noun in its singular
// dictionary form («ما يقرب من 250 إلى 400 مترجم» → 250–400, approximate,
// مترجم), or the currency, measure or percent they are in.
//
// It reads the tokens of the normalized text. Its rules are the tables
// beside it (number words, approximators and bounds, units and currencies,
// plurals, vague quantities, words that are never counted); the code
// composes them: a number (digits or words, with scales), optionally a
// second one making a range, markers before and after, then what it counts.
// Years, dates, times, durations, codes and names with numbers in them
// (برنامج 1244, F-16) are not quantities.
package quantity

import (
	"strings"

	"github.com/khabar-lab/khabar/extract"
	"github.com/khabar-lab/khabar/extract/internal/wordtable"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
)

// Extractor finds quantities. It is safe for concurrent use.
type Extractor struct {
	tb       *tables
	calendar *normalize.Lexicon
	// calendarStarts are the words a calendar name may start at, so that
	// most tokens next to a number are turned away with a lookup of their
	// hash instead of a scan of the lexicon.
	calendarStarts *wordtable.Table[bool]
	// original spells a counted noun as the original writes it, without
	// diacritics or tatweel but with its hamzas and ة.
	original *normalize.Normalizer
}

// New loads the tables. It fails only if an embedded table is malformed,
// which the package's tests rule out.
func New() (*Extractor, error) {
	tb, err := loadTables()
	if err != nil {
		return nil, err
	}
	calendar := normalize.Calendar()
	starts := map[string]bool{}
	for _, w := range calendar.StartWords() {
		starts[w] = true
	}
	return &Extractor{tb: tb, calendar: calendar, calendarStarts: wordtable.New(starts), original: normalize.New(normalize.Options{
		Diacritics: true, ComposeHamza: true, Tatweel: true, Invisible: true, Spaces: true, PresentationForms: true, Digits: true})}, nil
}

// Name implements extract.Extractor.
func (x *Extractor) Name() string { return "quantities" }

// Extract implements extract.Extractor.
// A quantity that lies inside the name of an entity found before it
// («حركة طالبان» is no dual of طالب) is left out.
func (x *Extractor) Extract(doc *extract.Document, out *model.Extraction) {
	found := x.Find(doc.Text, doc.Tokens)
	if len(found) == 0 {
		return
	}
	names := out.MentionNames()
	for _, m := range found {
		q := m.Quantity(doc.Text)
		if !names.Contain(q.MentionedAt[0]) {
			out.Quantities = append(out.Quantities, q)
		}
	}
}

// Match is one quantity found in a text.
type Match struct {
	// Start and End are token indices [Start, End) of the whole phrase,
	// markers and counted noun included; StartByte and EndByte its bytes in
	// the search form (a proclitic before the first word is left out).
	Start, End         int
	StartByte, EndByte int

	Value, Min, Max float64
	HasValue        bool
	HasMin, HasMax  bool
	Approximate     bool

	Kind     string // "count", "currency", "percent", "measure"
	UnitText string // the counted noun, singular (or the measure's name)
	UnitCode string
	Currency string
}

// Quantity turns m into the output node.
func (m Match) Quantity(t *normalize.Text) model.Quantity {
	q := model.Quantity{Type: "QuantitativeValue", Approximate: m.Approximate, UnitText: m.UnitText, UnitCode: m.UnitCode,
		MentionedAt: []model.Span{t.Span(m.StartByte, m.EndByte)}}
	if m.HasValue {
		q.Value = ptr(m.Value)
	}
	if m.HasMin {
		q.MinValue = ptr(m.Min)
	}
	if m.HasMax {
		q.MaxValue = ptr(m.Max)
	}
	if m.Kind == "currency" {
		q.Type, q.Currency, q.UnitText, q.UnitCode = "MonetaryAmount", m.Currency, "", ""
		if m.Currency == "" {
			q.UnitText = m.UnitText // the currency word, when it does not say which
		}
	}
	return q
}

func ptr(v float64) *float64 { return &v }

// Find returns the quantities in t, whose tokens are toks, in text order.
func (x *Extractor) Find(t *normalize.Text, toks []token.Token) []Match {
	months := months{x: x, t: t, toks: toks}
	var found []Match
	for i := 0; i < len(toks); {
		tok := &toks[i]
		number := tok.Kind == token.Number || x.tb.startsAtToken(tok) != 0
		dual := !number && tok.Kind == token.Word && len(tok.Text) > 6 && (strings.HasSuffix(tok.Text, "ين") || strings.HasSuffix(tok.Text, "ان"))
		if !number && !dual {
			i++ // most tokens: no Match to make
			continue
		}
		var m Match
		var ok bool
		if number {
			m, ok = x.quantityAt(t, toks, i, months)
		} else {
			m, ok = x.dualAt(toks, i)
		}
		if !ok {
			i++
			continue
		}
		found = append(found, m)
		i = m.End
	}
	return found
}

// months tells whether a month name stands right after or right before a
// token, to tell dates («26 يوليو», «يوليو 2021») from quantities. It
// looks only where asked, next to numbers, instead of scanning the text.
type months struct {
	x    *Extractor
	t    *normalize.Text
	toks []token.Token
}

// startsAt reports whether a month name starts at token i.
func (m months) startsAt(i int) bool {
	if i < 0 || i >= len(m.toks) || !m.mayStartName(&m.toks[i]) {
		return false
	}
	n, ok := m.x.calendar.NameAt(m.t, m.toks[i].Start)
	return ok && m.isDateMonth(n)
}

// mayStartName reports whether a calendar name may start at a token.
func (m months) mayStartName(t *token.Token) bool {
	if t.Kind != token.Word {
		return false
	}
	_, ok := m.x.calendarStarts.GetHashed(t.Text, t.Hash)
	return ok
}

// endsBefore reports whether a month name ends right before token i
// (a closing parenthesis of «أيار (مايو)» skipped).
func (m months) endsBefore(i int) bool {
	end := i - 1
	if end >= 0 && m.toks[end].Text == ")" {
		end--
	}
	for k := end; k >= 0 && k >= end-3; k-- {
		if !m.mayStartName(&m.toks[k]) {
			continue
		}
		n, ok := m.x.calendar.NameAt(m.t, m.toks[k].Start)
		if ok && n.End == m.toks[end].End() && m.isDateMonth(n) {
			return true
		}
	}
	return false
}

func (m months) isDateMonth(n normalize.CalendarName) bool {
	return n.Entry.Unit == "month"
}

// number is a number found at tokens [start, end).
type number struct {
	start, end int
	startByte  int // a proclitic (وثلاثة) is left out
	value      float64
	words      int  // number words used
	ambiguous  bool // a single word that is also a common word
	year       bool // four digits that could be a year
	vagueLo    float64
	vagueHi    float64
	vague      bool
	// scale is what the scale words the number ends with multiply by (1e6
	// for «100 مليون» and «ثلاثة ملايين»), 0 when it ends with none.
	scale float64
}

// Numeral is a number written in a text, in digits or in words, whatever
// it counts (if anything): the layer quantities are built on.
type Numeral struct {
	StartByte, EndByte int // in the search form
	Value              float64
	// Ambiguous numerals are single words that are also common words
	// (صفر, خمس, متين): a quantity needs more than them alone.
	Ambiguous bool
}

// Numerals returns every number written in toks, in text order.
func (x *Extractor) Numerals(toks []token.Token) []Numeral {
	var out []Numeral
	for i := 0; i < len(toks); {
		n, ok := x.numberAt(toks, i)
		if !ok || n.vague {
			i++
			continue
		}
		out = append(out, Numeral{StartByte: n.startByte, EndByte: toks[n.end-1].End(), Value: n.value, Ambiguous: n.ambiguous})
		i = n.end
	}
	return out
}

// dualAt reads the dual of a counted noun standing alone: «شخصين» and
// «مرحلتين» are two. The stem must be a singular the plural table knows,
// and the word must not be one of its plurals (مدنيين is civilians).
func (x *Extractor) dualAt(toks []token.Token, i int) (Match, bool) {
	w := toks[i].Text
	if toks[i].Kind != token.Word || x.tb.stopwords[w] || strings.HasPrefix(w, "ال") {
		return Match{}, false
	}
	if _, plural := x.tb.plurals[w]; plural {
		return Match{}, false
	}
	if u, n := x.unitAt(toks, i); n > 0 && u.kind == "duration" {
		return Match{}, false // «عامين»: the date extractor's
	}
	var stem string
	switch {
	case strings.HasSuffix(w, "تين"), strings.HasSuffix(w, "تان"):
		stem = strings.TrimSuffix(strings.TrimSuffix(w, "تين"), "تان") + "ه" // the search form of ة
	case strings.HasSuffix(w, "ين"), strings.HasSuffix(w, "ان"):
		stem = strings.TrimSuffix(strings.TrimSuffix(w, "ين"), "ان")
	default:
		return Match{}, false
	}
	single, ok := x.tb.singulars[stem]
	if !ok || len([]rune(stem)) < 2 {
		return Match{}, false
	}
	if i > 0 && toks[i-1].Kind == token.Number {
		return Match{}, false
	}
	return Match{Start: i, End: i + 1, StartByte: toks[i].Start, EndByte: toks[i].End(), Value: 2, HasValue: true,
		Kind: "count", UnitText: single, UnitCode: "C62"}, true
}

// quantityAt tries to read a quantity starting at token i.
func (x *Extractor) quantityAt(t *normalize.Text, toks []token.Token, i int, months months) (Match, bool) {
	// Markers before the number: approximators, bounds, codes.
	markStart, meaning := i, ""
	if p, n := x.markerAt(toks, i, "before"); n > 0 {
		markStart, meaning = i, p.meaning
		i += n
	}
	if meaning == "code" {
		return Match{}, false
	}
	rangeOpen := "" // "بين" or "من" before the first number
	if i+1 < len(toks) && toks[i].Text == "ما" && toks[i+1].Text == "بين" {
		if meaning == "" {
			markStart = i
		}
		i++ // «ما بين»
	}
	if i < len(toks) && toks[i].Kind == token.Word && (toks[i].Text == "بين" || toks[i].Text == "من") {
		rangeOpen = toks[i].Text
		i++
	}
	symbol, symbolStart := x.currencySymbolBefore(toks, i)
	a, ok := x.numberAt(toks, i)
	if !ok {
		return Match{}, false
	}
	if symbol != nil && symbolStart < i {
		a.start, a.startByte = symbolStart, toks[symbolStart].Start
	}
	if x.excluded(toks, a, months) {
		return Match{}, false
	}
	m := Match{Start: a.start, StartByte: a.startByte, End: a.end, Kind: "count"}
	if meaning != "" || rangeOpen != "" {
		m.Start = markStart
		m.StartByte = toks[markStart].Start
	}
	j := a.end
	// A unit right after the first number of a range: «10$-20$».
	var unit *unitInfo
	if u, n := x.unitAt(toks, j); n > 0 && u.kind != "duration" {
		if k := j + n; k+1 < len(toks) && toks[k].Text == "-" {
			unit, j = u, k
		}
	}
	// A second number: a range.
	var b number
	hasB := false
	if j < len(toks) {
		conn := toks[j]
		switch {
		case conn.Kind == token.Punct && (conn.Text == "-" || conn.Text == "/") && !a.vague:
			if nb, ok := x.numberAt(toks, j+1); ok && !nb.vague && conn.Text == "-" {
				b, hasB = nb, true
			}
		case conn.Kind == token.Word && (conn.Text == "الي" || conn.Text == "حتي" || conn.Text == "او" || (conn.Text == "و" && rangeOpen == "بين")):
			if nb, ok := x.numberAt(toks, j+1); ok && !nb.vague {
				b, hasB = nb, true
			}
		case conn.Kind == token.Word && (strings.HasPrefix(conn.Text, "و") && rangeOpen == "بين" || strings.HasPrefix(conn.Text, "ل") && rangeOpen == "من"):
			// «بين 20 وثلاثين», «من عشرة لعشرين»: the connector is a proclitic.
			if nb, ok := x.numberAt(toks, j); ok && nb.startByte > conn.Start && !nb.vague {
				b, hasB = nb, true
			}
		}
	}
	if hasB && a.scale == 0 && b.scale > 0 && !a.vague && a.value*b.scale <= b.value {
		// The scale word of the second number is the first's too: «من 2
		// إلى 3 مليارات دولار» is two to three billion.
		a.value *= b.scale
	}
	if hasB {
		if b.value <= a.value && !(unit != nil) {
			hasB = false // «20-10» is no range: a score or a code
		}
	}
	if rangeOpen == "بين" && !hasB {
		return Match{}, false // «بين 2003» … is not a quantity we read
	}
	if hasB {
		j = b.end
		if symbol == nil {
			symbol, _ = x.currencySymbolBefore(toks, j-(b.end-b.start))
		}
	}
	// What it counts or measures.
	if u, n := x.unitAt(toks, j); n > 0 {
		if u.kind == "duration" {
			return Match{}, false // the date extractor's
		}
		unit = u
		j += n
	}
	if unit == nil && symbol != nil {
		unit = symbol
	}
	if unit != nil && unit.kind == "cent" && symbol == nil {
		unit = &unitInfo{kind: "cent", code: "USD"}
	}
	noun := ""
	if unit == nil {
		at := j
		if a.vague && at < len(toks) && toks[at].Text == "من" {
			at++ // «مئات من قوات التحالف»
		}
		if w, n := x.countedNoun(t, toks, at, months, a.vague); n > 0 {
			noun = w
			j = at + n
		}
	}
	// Dollars and cents: «20 دولار و43 سنت».
	value := a.value
	if unit != nil && unit.kind == "currency" && !hasB {
		if c, end, ok := x.centsAt(toks, j); ok {
			value += c / 100
			j = end
		}
	}
	// Markers after: تقريبا, على الأقل.
	after := ""
	if p, n := x.markerAt(toks, j, "after"); n > 0 {
		after = p.meaning
		j += n
	}

	// Is it a quantity at all?
	marked := meaning != "" || after != "" || hasB || a.vague
	switch {
	case a.ambiguous && noun == "" && unit == nil && !hasB:
		return Match{}, false
	case a.year && !hasB && unit == nil && !x.knownNoun(toks, a.end):
		return Match{}, false // a year: the date extractor's
	case noun == "" && unit == nil && !marked:
		return Match{}, false
	}

	m.End = j
	m.EndByte = toks[j-1].End()
	lo, hi := value, value
	if a.vague {
		lo, hi = a.vagueLo, a.vagueHi
		m.Approximate = true
	}
	if hasB {
		hi = b.value
		if b.vague {
			hi = b.vagueHi
		}
	}
	if unit != nil && unit.kind == "cent" {
		lo, hi = lo/100, hi/100
	}
	switch {
	case a.vague || hasB:
		m.Min, m.Max, m.HasMin, m.HasMax = lo, hi, true, true
	case meaning == "min" || after == "min":
		m.Min, m.HasMin = lo, true
	case meaning == "max" || after == "max":
		m.Max, m.HasMax = hi, true
	default:
		m.Value, m.HasValue = lo, true
	}
	if meaning == "approximate" || after == "approximate" {
		m.Approximate = true
	}
	switch {
	case unit == nil:
		m.UnitText, m.UnitCode = noun, "C62"
	case unit.kind == "currency" || unit.kind == "cent":
		m.Kind, m.Currency = "currency", unit.code
		if unit.code == "" {
			m.UnitText = toks[j-1].Text
		}
	case unit.kind == "percent":
		m.Kind, m.UnitCode = "percent", "P1"
	case unit.kind == "measure":
		m.Kind, m.UnitCode, m.UnitText = "measure", unit.code, unit.unitText
	}
	return m, true
}

// excluded tells numbers that are no quantity: parts of dates, times,
// codes and names.
func (x *Extractor) excluded(toks []token.Token, a number, months months) bool {
	first := toks[a.start]
	if first.Kind != token.Number {
		return months.startsAt(a.end) || months.endsBefore(a.start)
	}
	if months.startsAt(a.end) || months.endsBefore(a.start) {
		return true // «26 يوليو», «يوليو 2021»
	}
	if a.start > 0 {
		prev := toks[a.start-1]
		switch {
		case prev.Kind == token.Word && !first.SpaceBefore && !isProclitic(prev.Text):
			return true // glued to a word: «F16», «ب2»… but not «و30»
		case prev.Kind == token.Punct && !first.SpaceBefore && (prev.Text == "-" || prev.Text == "/" || prev.Text == ":" || prev.Text == "." || prev.Text == "+"):
			if prev.Text == "-" && (a.start < 2 || prev.SpaceBefore || toks[a.start-2].Kind == token.Punct || toks[a.start-2].Kind == token.Break) {
				break // a minus sign, or a dash after a space
			}
			return true // «F-16», «COVID-19», «10:30», «2020/3/15», «+964»
		}
	}
	if a.end < len(toks) {
		next := toks[a.end]
		if next.Kind == token.Punct && !next.SpaceBefore && (next.Text == ":" || next.Text == "/" || next.Text == ".") &&
			a.end+1 < len(toks) && toks[a.end+1].Kind == token.Number && !toks[a.end+1].SpaceBefore {
			return true // «10:30», «15/3/2020», «15.3.2020»
		}
		if next.Text == "-" && !next.SpaceBefore && a.end+3 < len(toks) && toks[a.end+1].Kind == token.Number &&
			toks[a.end+2].Text == "-" && toks[a.end+3].Kind == token.Number {
			return true // «15-3-2020»
		}
	}
	if first.IsDigits() && len(first.Text) >= 7 && first.Text[0] == '0' {
		return true // a telephone number
	}
	if a.start > 0 {
		if p, n := x.markerEndingAt(toks, a.start); n > 0 && p.meaning == "code" {
			return true // «برنامج 1244», «القرار 2254»
		}
	}
	return false
}

func isProclitic(w string) bool {
	switch w {
	case "و", "ب", "ل", "ف", "ك", "وب", "ول", "لل", "ال":
		return true
	}
	return false
}

// WordNumberAt reads a number written in words («ثلاثة», «خمس وأربعون»)
// starting at token i: its value and the token after it. Vague counts
// (عشرات) are not numbers here. The date extractor reads days, hours and
// durations with it.
func (x *Extractor) WordNumberAt(toks []token.Token, i int) (n Numeral, end int, ok bool) {
	if i >= len(toks) || toks[i].Kind != token.Word {
		return Numeral{}, 0, false
	}
	num, ok := x.numberAt(toks, i)
	if !ok || num.vague {
		return Numeral{}, 0, false
	}
	return Numeral{StartByte: num.startByte, EndByte: toks[num.end-1].End(), Value: num.value, Ambiguous: num.ambiguous}, num.end, true
}

// MayStartNumber reports whether a word may start a number written in
// words: a cheap test to run before WordNumberAt.
func (x *Extractor) MayStartNumber(w string) bool { return x.tb.startsAt(w)&startNumber != 0 }

// NumberWords returns every word a number written in words may start
// with, proclitics included, so that another extractor can fold them into
// its own word filter.
func (x *Extractor) NumberWords() []string {
	var out []string
	for w, f := range x.tb.starts {
		if f&startNumber != 0 {
			out = append(out, w)
		}
	}
	return out
}

// numberAt reads a number, in digits or words, starting at token i.
func (x *Extractor) numberAt(toks []token.Token, i int) (number, bool) {
	if i >= len(toks) {
		return number{}, false
	}
	t := toks[i]
	if t.Kind == token.Word && x.tb.startsAtToken(&t)&startNumber == 0 {
		return number{}, false
	}
	switch t.Kind {
	case token.Number:
		n := number{start: i, end: i + 1, startByte: t.Start, value: t.Value}
		// A minus sign glued to the number at the start of a phrase.
		if i > 0 && toks[i-1].Text == "-" && !t.SpaceBefore && (i < 2 || toks[i-2].Kind != token.Number) &&
			(i < 2 || toks[i-1].SpaceBefore || toks[i-2].Kind == token.Break) {
			n.start, n.startByte, n.value = i-1, toks[i-1].Start, -t.Value
		}
		if t.IsDigits() && len(t.Text) == 4 && t.Value >= 1800 && t.Value <= 2100 {
			n.year = true
		}
		// «1 فاصلة 5»
		if i+2 < len(toks) && x.wordKind(toks[i+1].Text) == kindPoint && toks[i+2].Kind == token.Number {
			n.value += fractionPart(toks[i+2].Text)
			n.end = i + 3
		}
		// «3 ونصف مليون»: a half before the scale word.
		if n.end < len(toks) {
			if f, end, ok := x.fractionAfter(toks, n.end); ok && end < len(toks) && x.isScale(toks[end].Text) {
				n.value += f
				n.end = end
			}
		}
		x.scales(toks, &n)
		return n, true
	case token.Word:
		if n, ok := x.vagueAt(toks, i); ok {
			return n, true
		}
		return x.wordsAt(toks, i)
	}
	return number{}, false
}

// fractionPart reads digits after a decimal point: "5" → 0.5, "25" → 0.25.
func fractionPart(digits string) float64 {
	v, scale := 0.0, 1.0
	for _, c := range digits {
		if c < '0' || c > '9' {
			break
		}
		scale /= 10
		v += float64(c-'0') * scale
	}
	return v
}

func (x *Extractor) wordKind(w string) wordKind {
	if nw, ok := x.tb.numbers[w]; ok {
		return nw.kind
	}
	return 0
}

// scales applies scale words after a number: «170 ألف», «2.5 مليار»,
// «3 ملايين», «مليار ونصف».
func (x *Extractor) scales(toks []token.Token, n *number) {
	lastScale := 0.0
	for n.end < len(toks) && toks[n.end].Kind == token.Word {
		w, ok := x.tb.numbers[toks[n.end].Text]
		switch {
		case ok && (w.kind == kindScale || w.kind == kindPlural) && (lastScale == 0 || w.value > lastScale):
			n.value *= w.value
			n.scale = max(n.scale, 1) * w.value
			lastScale = w.value
			n.year = false
			n.end++
			continue
		case lastScale > 0:
			if f, end, ok := x.fractionAfter(toks, n.end); ok {
				n.value += f * lastScale
				n.end = end
			}
		}
		return
	}
}

// isScale reports whether w is a scale word: «ألف», «ملايين».
func (x *Extractor) isScale(w string) bool {
	nw, ok := x.tb.numbers[w]
	return ok && (nw.kind == kindScale || nw.kind == kindPlural)
}

// fractionAfter reads «ونصف» or «و نصف» at token i.
func (x *Extractor) fractionAfter(toks []token.Token, i int) (float64, int, bool) {
	w := toks[i].Text
	if w == "و" && i+1 < len(toks) {
		i++
		w = toks[i].Text
	} else if strings.HasPrefix(w, "و") {
		w = w[len("و"):]
	} else {
		return 0, 0, false
	}
	if nw, ok := x.tb.numbers[w]; ok && nw.kind == kindFraction {
		return nw.value, i + 1, true
	}
	return 0, 0, false
}

// vagueAt reads «مئات», «عشرات الآلاف» at token i.
func (x *Extractor) vagueAt(toks []token.Token, i int) (number, bool) {
	bounds, ok := x.tb.vague[toks[i].Text]
	if !ok {
		return number{}, false
	}
	n := number{start: i, end: i + 1, startByte: toks[i].Start, vague: true, vagueLo: bounds[0], vagueHi: bounds[1]}
	if i+1 < len(toks) {
		if w, ok := x.tb.numbers[toks[i+1].Text]; ok && w.kind == kindPlural {
			n.vagueLo *= w.value
			n.vagueHi *= w.value
			n.end++
		}
	}
	return n, true
}

// wordsAt reads a number written in words: «ثلاثمائة وخمسين»,
// «خمسمائة و خمسة و عشرون», «إحدى عشرة», «ربع مليون», «مليار ونصف».
func (x *Extractor) wordsAt(toks []token.Token, i int) (number, bool) {
	var total, cur, lastScale float64
	var prev wordKind
	n := number{start: i, startByte: toks[i].Start}
	j := i
	for j < len(toks) && toks[j].Kind == token.Word {
		text := toks[j].Text
		joined := false
		skip := 0
		if n.words == 0 {
			if _, ok := x.tb.numbers[text]; !ok {
				// A proclitic before the first word: «وثلاثة», «بخمسة».
				for _, p := range proclitics {
					if strings.HasPrefix(text, p) {
						if _, ok := x.tb.numbers[text[len(p):]]; ok {
							text, n.startByte = text[len(p):], toks[j].Start+len(p)
							break
						}
					}
				}
			}
		} else {
			if text == "و" && j+1 < len(toks) {
				if _, ok := x.tb.numbers[toks[j+1].Text]; ok {
					text, joined, skip = toks[j+1].Text, true, 1
				}
			} else if strings.HasPrefix(text, "و") {
				if _, ok := x.tb.numbers[text[len("و"):]]; ok {
					text, joined = text[len("و"):], true
				}
			}
		}
		w, ok := x.tb.numbers[text]
		if !ok {
			break
		}
		accept := true
		switch w.kind {
		case kindUnit:
			if n.words > 0 && !joined && prev != kindHundred && prev != kindScale && prev != kindPlural && prev != kindDual || prev == kindUnit {
				// «ثلاثة وأربعة» is two numbers, no sum.
				accept = false
			} else {
				cur += w.value
			}
		case kindTeen:
			switch {
			case n.words == 0:
				cur = w.value
			case prev == kindUnit && !joined && cur > 0 && cur < 10:
				cur += 10
			case joined && (prev == kindHundred || prev == kindScale || prev == kindPlural || prev == kindDual):
				cur += w.value // «متين وعشرة»
			default:
				accept = false
			}
		case kindTen:
			if prev == kindTen || prev == kindTeen || (n.words > 0 && !joined && prev == kindUnit) {
				accept = false
			} else {
				cur += w.value
			}
		case kindHundred:
			switch {
			case n.words == 0:
				cur = w.value
			case prev == kindUnit && !joined && cur >= 1 && cur < 10 && w.value == 100:
				cur *= 100 // «ثلاث مئة»
			case (prev == kindScale || prev == kindPlural || prev == kindDual) && joined:
				cur = w.value
			default:
				accept = false
			}
		case kindScale, kindPlural:
			if lastScale > 0 && w.value >= lastScale {
				accept = false
				break
			}
			if cur == 0 {
				if w.kind == kindPlural || n.words > 0 {
					accept = false
					break
				}
				cur = 1
			}
			total += cur * w.value
			cur, lastScale = 0, w.value
		case kindDual:
			if n.words > 0 && !joined {
				accept = false
			} else {
				total += w.value
				lastScale = w.value / 2
			}
		case kindFraction:
			switch {
			case n.words == 0:
				cur = w.value // «ربع مليون», «نصف»
			case lastScale > 0 && joined && cur == 0:
				total += w.value * lastScale // «مليار ونصف»
			default:
				accept = false
			}
		case kindPoint:
			// «واحد فاصلة واحد»: the words after the point are the decimals.
			if n.words == 0 || j+1+skip >= len(toks) {
				accept = false
				break
			}
			after, ok := x.wordsAt(toks, j+1+skip)
			if !ok || after.value != float64(int(after.value)) || after.value >= 10 {
				accept = false
				break
			}
			total += cur + after.value/10
			cur = 0
			n.words += after.words + 1
			j = after.end
			n.end = j
			n.value = total
			return n, true
		}
		if !accept {
			break
		}
		if w.compound && n.words == 0 {
			// أحد, اثنا: only as the start of a compound («أحد عشر»).
			if j+1 >= len(toks) || x.wordKind(toks[j+1].Text) != kindTeen {
				return number{}, false
			}
		}
		n.ambiguous = n.words == 0 && w.ambiguous
		if n.words > 0 {
			n.ambiguous = false
		}
		prev = w.kind
		n.words++
		j += 1 + skip
	}
	if n.words == 0 {
		return number{}, false
	}
	n.end = j
	n.value = total + cur
	if cur == 0 && (prev == kindScale || prev == kindPlural) {
		n.scale = lastScale
	}
	return n, true
}

// markerAt matches a marker phrase at token i, with the given position.
func (x *Extractor) markerAt(toks []token.Token, i int, where string) (*phrase, int) {
	if i >= len(toks) {
		return nil, 0
	}
	for _, p := range x.tb.phrasesAt(x.tb.markersByFirst, &toks[i]) {
		if p.where != where || (where == "before" && p.meaning == "code") {
			continue
		}
		if matchTokens(toks, i, p.tokens) {
			return p, len(p.tokens)
		}
	}
	return nil, 0
}

// markerEndingAt matches a "before" marker that ends right before token i.
func (x *Extractor) markerEndingAt(toks []token.Token, i int) (*phrase, int) {
	if i == 0 || i > len(toks) {
		return nil, 0
	}
	for _, p := range x.tb.phrasesAt(x.tb.markersByLast, &toks[i-1]) {
		if p.where != "before" {
			continue
		}
		if start := i - len(p.tokens); start >= 0 && matchTokens(toks, start, p.tokens) {
			return p, len(p.tokens)
		}
	}
	return nil, 0
}

func matchTokens(toks []token.Token, i int, want []string) bool {
	if i+len(want) > len(toks) {
		return false
	}
	for k, w := range want {
		if toks[i+k].Text != w || (k > 0 && toks[i+k].Kind == token.Break) {
			return false
		}
	}
	return true
}

// unitAt matches a unit, currency or percent phrase at token i.
func (x *Extractor) unitAt(toks []token.Token, i int) (*unitInfo, int) {
	if i >= len(toks) {
		return nil, 0
	}
	for _, p := range x.tb.phrasesAt(x.tb.unitsByFirst, &toks[i]) {
		if matchTokens(toks, i, p.tokens) {
			return &p.unit, len(p.tokens)
		}
	}
	return nil, 0
}

// currencySymbolBefore finds a currency symbol right before token i: «$10».
func (x *Extractor) currencySymbolBefore(toks []token.Token, i int) (*unitInfo, int) {
	if i == 0 || i > len(toks) || toks[i-1].Kind != token.Punct {
		return nil, i
	}
	if u, n := x.unitAt(toks, i-1); n == 1 && u.kind == "currency" {
		return u, i - 1
	}
	return nil, i
}

// centsAt reads «و43 سنت», «و 43c» after an amount.
func (x *Extractor) centsAt(toks []token.Token, i int) (float64, int, bool) {
	if i >= len(toks) || toks[i].Text != "و" {
		return 0, 0, false
	}
	n, ok := x.numberAt(toks, i+1)
	if !ok || n.value >= 100 {
		return 0, 0, false
	}
	if u, k := x.unitAt(toks, n.end); k > 0 && u.kind == "cent" {
		return n.value, n.end + k, true
	}
	return 0, 0, false
}

// knownNoun reports whether token i is a noun the plural table knows, in
// any of its forms: «2000 جندي» counts soldiers even though 2000 could be
// a year.
func (x *Extractor) knownNoun(toks []token.Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != token.Word {
		return false
	}
	w := toks[i].Text
	_, plural := x.tb.plurals[w]
	_, single := x.tb.singulars[w]
	return plural || single
}

// countedNoun returns the singular of the noun at token i, if a number can
// count it, and how many tokens it takes (1).
//
// After a number the noun is indefinite («20 جنديا»); after a vague one it
// is a definite plural («مئات الهجمات»), whose ال is set aside. A noun with
// a preposition before it («2014 لدعم») is no counted noun.
func (x *Extractor) countedNoun(t *normalize.Text, toks []token.Token, i int, months months, vague bool) (string, int) {
	if i >= len(toks) || toks[i].Kind != token.Word || months.startsAt(i) {
		return "", 0
	}
	w := toks[i].Text
	if x.tb.stopwords[w] || x.wordKind(w) != 0 || !isArabicWord(w) || len([]rune(w)) < 2 {
		return "", 0
	}
	if rest, ok := strings.CutPrefix(w, "و"); ok && x.wordKind(rest) != 0 {
		return "", 0 // «أربعة وخمسة»: a number after و counts nothing
	}
	article := 0
	switch {
	case strings.HasPrefix(w, "ال") && vague:
		article = len("ال")
		w = w[article:]
	case strings.HasPrefix(w, "ال"):
		return "", 0 // «20 الجنود» does not count soldiers
	}
	for _, p := range []string{"لل", "بال", "كال", "وال", "فال"} {
		if strings.HasPrefix(w, p) {
			return "", 0
		}
	}
	if x.tb.stopwords[w] || len([]rune(w)) < 2 {
		return "", 0
	}
	if s, ok := x.tb.plurals[w]; ok {
		return s, 1
	}
	if s, ok := x.tb.singulars[w]; ok {
		return s, 1
	}
	// Not in the table: the suffix rules, on the word as the original
	// spells it (so a ة comes back).
	orig, err := x.original.Normalize(t.Span(toks[i].Start+article, toks[i].End()).Exact)
	if err != nil {
		return "", 0
	}
	return singular(orig.Norm), 1
}

// isArabicWord reports whether w is written in Arabic letters only.
func isArabicWord(w string) bool {
	for _, r := range w {
		if r < 0x0620 || r > 0x06FF {
			return false
		}
	}
	return true
}

// singular undoes the regular endings of a counted noun: the sound
// masculine plural (ون, ين), the sound feminine plural (ات → ة) and the
// tanween alif of the accusative (مترجما → مترجم).
func singular(w string) string {
	r := []rune(w)
	n := len(r)
	switch {
	case n > 4 && (strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ين")):
		return string(r[:n-2])
	case n > 4 && strings.HasSuffix(w, "ات"):
		return string(r[:n-2]) + "ة"
	case n > 3 && strings.HasSuffix(w, "ا") && !strings.HasSuffix(w, "اا"):
		return string(r[:n-1])
	}
	return w
}
