package temporal

import (
	"github.com/khabar-lab/khabar/extract/quantity"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

// kind is the TIMEX3 type an expression will have, roughly.
type kind uint8

const (
	kDate     kind = iota + 1 // a date or a time (DATE or TIME)
	kDuration                 // DURATION
	kSet                      // SET: «كل يوم»
	kRef                      // PRESENT_REF, PAST_REF, FUTURE_REF
)

// grain is the unit a value is written to.
type grain int8

const (
	gNone grain = iota
	gCentury
	gDecade
	gYear
	gMonth
	gWeek
	gDay
	gHour
	gMinute
	gSecond
)

// duration is a length of time: n units (n < 0: an unknown number).
type duration struct {
	n    float64
	unit grain
}

// expr is what the grammar read: the parts of a date the text names, not
// yet resolved against the reference date.
type expr struct {
	start, end int // tokens
	clitic     int // bytes of a proclitic before the first token, not part of the span
	kind       kind

	y, m, d   int  // 0: not named; d = -1: the last day of the month
	hijri     bool // y, m, d are Hijri
	wd        int  // ISO weekday, 0: none
	wdDir     int  // «الاثنين الماضي» -1, «الاثنين المقبل» +1
	nth       int  // the nth weekday wd of the month (-1 the last)
	nthOrDay  bool // «الثلاثاء الثالث من أيلول»: the 3rd Tuesday or Tuesday the 3rd
	weekNth   int  // the nth week of the month (-1 the last)
	hh, mi    int
	ss        int
	timeGrain grain // gHour, gMinute, gSecond when a time is named
	ampm      string
	part      string // TIMEX3 part of day: MO AF EV NI
	utc       bool
	decade    int // TIMEX3 decade value (199)
	century   int // TIMEX3 century value (19)

	rel      bool // y, m, d… are counted from the reference
	relGrain grain
	relN     int
	shift    int // «منذ ثلاثة أيام» -1, «بعد أسبوعين» +1: the reference moved by dur

	holiday  *entry
	refValue string
	mod      string
	dur      duration
	to       *expr // the end of a range
	conflict string
	// gregorianYear: y is a Gregorian year though m is a Hijri month («رمضان 2019»).
	gregorianYear bool
}

// parser reads the expressions of one text.
type parser struct {
	x    *Extractor
	t    *normalize.Text
	toks []token.Token
	// slots[i] holds a bit for every class an entry starting at token
	// i may have, so that a rule asking for a class the token cannot
	// start costs one load; most rules fail so.
	slots   []slot
	scratch *[]slot // where slots came from
}

// slot is what the tables say of one token.
type slot struct {
	mask  uint64
	info  *wordInfo // nil when no table has the word
	tense tense     // the tense the word marks, once cued
	cued  bool
}

const (
	maskMonth   = 1 << 62 // a calendar month name starts here
	maskWeekday = 1 << 61 // a weekday name
	maskNumber  = 1 << 60 // a number written in words
)

// mask is the class mask of token i.
func (p *parser) mask(i int) uint64 {
	if uint(i) >= uint(len(p.slots)) {
		return 0
	}
	return p.slots[i].mask
}

// at returns the longest entry of class c at token i.
func (p *parser) at(i int, c class) (match, bool) {
	if p.mask(i)&(1<<c) == 0 {
		return match{}, false
	}
	return p.slots[i].info.at(p.toks, i, c)
}

func (p *parser) text(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.tok(i).Text
}

func (p *parser) isWord(i int) bool {
	return i >= 0 && i < len(p.toks) && p.tok(i).Kind == token.Word
}

// glued reports whether token i follows the one before it without a space.
func (p *parser) glued(i int) bool { return i < len(p.toks) && !p.tok(i).SpaceBefore }

// expression reads the longest expression at token i: a core, or
// modifiers (bounds, parts, contexts) and a core.
func (p *parser) expression(i int) *expr {
	best := p.ranged(i, false)
	if e := p.modified(i); e != nil && (best == nil || e.end > best.end) {
		best = e
	}
	return best
}

// modified reads modifiers before a core: «بحلول نهاية العام», «منذ ثلاثة
// أيام», «في أبريل», «خلال 12 شهرا», «كل يوم». Bounds, parts and «كل» are
// part of the span; «في» and context words («خلال») are not, nor is «منذ»
// before a date («منذ 2014» is 2014).
func (p *parser) modified(i int) *expr {
	if p.mask(i)&(1<<cBound|1<<cPart|1<<cContext|1<<cEvery|1<<cLink) == 0 {
		return nil
	}
	type modifier struct {
		at, clitic int
		bound      string // the bound's value, "" for other modifiers
	}
	var kept []modifier
	j := i
	part := ""
	every := false
	for n := 0; n < 4; n++ {
		if n > 0 && isQuote(p.text(j)) {
			j++ // «على الأقل حتى” عام 2026»
		}
		if m, ok := p.at(j, cBound); ok {
			kept = append(kept, modifier{j, m.clitic, m.value})
			j = m.end
			continue
		}
		if m, ok := p.at(j, cPart); ok {
			if m.value != "-" {
				part = m.value
			}
			kept = append(kept, modifier{j, m.clitic, ""})
			j = m.end
			continue
		}
		if m, ok := p.at(j, cContext); ok {
			j = m.end
			continue
		}
		if m, ok := p.at(j, cEvery); ok {
			every = true
			kept = append(kept, modifier{j, m.clitic, ""})
			j = m.end
			continue
		}
		if w := p.text(j); w == "في" || w == "وفي" || w == "فى" || w == "وفى" {
			j++
			continue
		}
		break
	}
	if j == i {
		return nil
	}
	e := p.ranged(j, true)
	if e == nil {
		return nil
	}
	mod := ""
	for k := 0; k < len(kept); k++ {
		b := kept[k].bound
		drop := false
		switch {
		case b == "":
		case e.kind == kDuration && b == "SINCE" && e.dur.n < 0:
			drop = true // «منذ سنوات»: for years, a duration
		case e.kind == kDuration && (b == "SINCE" || b == "BEFORE" || b == "AFTER") && !p.anchoredDuration(e.end):
			// «منذ ثلاثة أيام», «قبل شهرين», «بعد أسبوعين»: a date counted from the reference.
			e.kind, e.shift = kDate, -1
			if b == "AFTER" {
				e.shift = 1
			}
		case e.kind == kDuration:
			drop = true // «بعد 8 سنوات من الغزو»: a duration, not a date
		case b == "SINCE":
			drop = true
		default:
			mod = b
		}
		if drop {
			kept = append(kept[:k], kept[k+1:]...)
			k--
		}
	}
	if every && e.kind == kDuration {
		e.kind = kSet
	}
	if part != "" {
		e.mod = part
	} else if mod != "" && e.mod == "" {
		e.mod = mod
	}
	if len(kept) > 0 {
		e.start, e.clitic = kept[0].at, kept[0].clitic
	}
	return e
}

func isQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "«", "»", "'":
		return true
	}
	return false
}

// anchoredDuration reports whether a duration ending at token i is counted
// from an event the text names («بعد 8 سنوات من الغزو»), not from the
// reference date.
func (p *parser) anchoredDuration(i int) bool {
	w := p.text(i)
	return w == "من" || w == "على"
}

// ranged reads a core, or a range: «من 2011 إلى 2014», «بين مارس
// وأبريل». allowBare lets a bare year or day be read (after a modifier).
func (p *parser) ranged(i int, allowBare bool) *expr {
	if m, ok := p.at(i, cFrom); ok || p.textIs(i, "بين") {
		between := !ok
		j := i + 1
		if ok {
			j = m.end
		}
		a := p.core(j, true)
		if a != nil && a.to != nil {
			a.start, a.clitic = i, 0 // «من 13 إلى 15 يوليو», «من 1-8 شهر أيلول»
			return a
		}
		if a == nil {
			a = p.bareDay(j)
		}
		if a != nil && a.kind == kDate {
			k := a.end
			if to, ok := p.at(k, cTo); ok {
				k = to.end
			} else if p.text(k) == "-" || p.text(k) == "–" {
				k++
			} else if between && p.text(k) == "و" {
				k++
			}
			if k > a.end || between {
				b := p.core(k, true)
				if b == nil {
					b = p.bareDay(k)
				}
				if b != nil && b.kind == kDate && join(a, b) {
					a.start, a.clitic, a.end, a.to = i, 0, b.end, b
					return a
				}
			}
		}
	}
	return p.core(i, allowBare)
}

func (p *parser) textIs(i int, w string) bool { return p.text(i) == w }

// join makes a and b the two ends of one range, giving a what b names and
// a leaves out («13 إلى 15 تموز»), and reports whether they fit.
func join(a, b *expr) bool {
	if a.rel || b.rel || a.to != nil || b.to != nil {
		return false
	}
	if a.d != 0 && a.m == 0 && b.m != 0 {
		a.m, a.hijri = b.m, b.hijri
	}
	if a.y == 0 && b.y != 0 && a.m != 0 {
		a.y = b.y
	}
	if a.timeGrain != 0 && b.timeGrain != 0 {
		if a.ampm == "" {
			a.ampm = b.ampm
		}
		if a.d == 0 && b.d != 0 {
			a.y, a.m, a.d, a.wd = b.y, b.m, b.d, b.wd
		}
		return true
	}
	if a.d != 0 && a.m == 0 {
		return false
	}
	// The ends must be of the same grain: years with years, days with days.
	return (a.d != 0) == (b.d != 0) && (a.m != 0) == (b.m != 0) && a.y != 0 == (b.y != 0)
}

// bareDay reads a day of the month with nothing after it: the first end of
// «13 إلى 15 تموز».
func (p *parser) bareDay(i int) *expr {
	if n, end, ok := p.dayNumber(i); ok {
		return &expr{start: i, end: end, kind: kDate, d: n}
	}
	return nil
}

// core reads one expression at token i, the longest its rules find.
func (p *parser) core(i int, allowBare bool) *expr {
	if i >= len(p.toks) {
		return nil
	}
	var best *expr
	try := func(e *expr) {
		if e != nil && (best == nil || e.end > best.end) {
			best = e
		}
	}
	switch p.tok(i).Kind {
	case token.Number:
		try(p.numberLed(i, allowBare))
		try(p.timeAt(i, allowBare))
	case token.Word:
		m := p.mask(i)
		if m&startClasses == 0 {
			return nil
		}
		for _, r := range wordRules {
			if m&r.first != 0 {
				try(r.read(p, i, allowBare))
			}
		}
	}
	if best != nil && best.kind == kDate && best.timeGrain == 0 && (best.d != 0 || best.wd != 0 || best.rel && best.relGrain == gDay) {
		p.timeAfter(best)
	}
	return best
}

// ruleFirst is every class a word rule's first word may have.
var ruleFirst = func() (m uint64) {
	for _, r := range wordRules {
		m |= r.first
	}
	return m
}()

// mayStart reports whether an expression may start at word i: a word rule
// may read the word, or the word is a modifier or the start of a range
// («في», «من», «خلال») and what follows the words it starts may begin an
// expression. Most words of a text are none of these, and the common
// modifiers are mostly followed by words that begin nothing.
func (p *parser) mayStart(i int) bool {
	m := p.mask(i)
	if m&startClasses == 0 {
		return false
	}
	if m&ruleFirst != 0 {
		return true
	}
	// The token after the entry at i, however many words it has.
	last := i + 1
	for _, c := range p.slots[i].info.candidates {
		last = max(last, i+c.words)
	}
	for j := i + 1; j <= last && j < len(p.toks); j++ {
		if t := &p.toks[j]; t.Kind == token.Number || t.Kind == token.Word && p.mask(j)&startClasses != 0 || isQuote(t.Text) {
			return true
		}
	}
	return false
}

// wordRule is a rule whose expression starts with a word, and the classes
// that word may have: most words of a text start none, so a rule is
// tried only where its first word can be.
type wordRule struct {
	first uint64
	read  func(p *parser, i int, allowBare bool) *expr
}

// wordRules are tried in this order; of two expressions of the same
// length the first found wins.
var wordRules = []wordRule{
	{1 << cNow, func(p *parser, i int, _ bool) *expr { return p.refAt(i) }},
	{1<<cDay | 1<<cUnit, func(p *parser, i int, _ bool) *expr { return p.dayAt(i) }},                    // «أمس», «يوم غد»
	{maskWeekday | 1<<cThis | 1<<cUnit, func(p *parser, i int, _ bool) *expr { return p.weekdayAt(i) }}, // «هذا الاثنين», «يوم الجمعة»
	{1<<cOrdinal | 1<<cTens | 1<<cUnit, func(p *parser, i int, _ bool) *expr { return p.ordinalLed(i) }},
	{maskMonth | 1<<cMonthWord, (*parser).monthAt},
	{1<<cYearWord | 1<<cThis | 1<<cUnit, (*parser).unitLed},
	{maskNumber | 1<<cUnit, func(p *parser, i int, _ bool) *expr { return p.wordDuration(i) }},
	{1<<cHour | 1<<cOrdinal | 1<<cTens, (*parser).timeAt}, // «الساعة 3», «الثالثة فجرا»
	{1 << cDayPart, func(p *parser, i int, _ bool) *expr { return p.dayPartAt(i) }},
	{1 << cHoliday, func(p *parser, i int, _ bool) *expr { return p.holidayAt(i) }},
	{1 << cDecade, func(p *parser, i int, _ bool) *expr { return p.decadeAt(i) }},
	{1 << cCentury, func(p *parser, i int, _ bool) *expr { return p.centuryAt(i) }},
}

// timeAfter adds a time that follows a day: «الخميس الساعة 8», «يوم
// السبت 21/09 الساعة 1:30 بعد الظهر», «الخميس من الساعة التاسعة وحتى
// الحادية عشرة صباحا».
func (p *parser) timeAfter(e *expr) {
	k := e.end
	if p.text(k) == "،" || p.text(k) == "," {
		k++
	}
	if m, ok := p.at(k, cFrom); ok {
		if a := p.timeAt(m.end, true); a != nil {
			if to, ok := p.at(a.end, cTo); ok {
				if b := p.timeAt(to.end, true); b != nil && join(a, b) {
					a.y, a.m, a.d, a.wd, a.rel, a.relGrain, a.relN = e.y, e.m, e.d, e.wd, e.rel, e.relGrain, e.relN
					a.start, a.clitic, a.to = e.start, e.clitic, b
					b.y, b.m, b.d, b.wd, b.rel, b.relGrain, b.relN = e.y, e.m, e.d, e.wd, e.rel, e.relGrain, e.relN
					a.end = b.end
					*e = *a
					return
				}
			}
		}
	}
	if t := p.timeAt(k, true); t != nil && t.timeGrain != 0 {
		e.hh, e.mi, e.ss, e.timeGrain, e.ampm, e.utc, e.end = t.hh, t.mi, t.ss, t.timeGrain, t.ampm, t.utc, t.end
		if t.part != "" && e.part == "" {
			e.part = t.part
		}
		return
	}
	if m, ok := p.at(k, cDayPart); ok && k == e.end {
		e.part, e.end = partOf(m.value), m.end
	}
}

// dayNumber reads a day of the month: 1–31 in digits, or an ordinal in
// words («الخامس», «الثالث عشر», «الثالث والعشرون»).
func (p *parser) dayNumber(i int) (int, int, bool) {
	if i >= len(p.toks) {
		return 0, 0, false
	}
	t := p.tok(i)
	if t.Kind == token.Number {
		if t.IsDigits() && len(t.Text) <= 2 && t.Value >= 1 && t.Value <= 31 {
			return int(t.Value), i + 1, true
		}
		return 0, 0, false
	}
	n, end, ok := p.ordinal(i)
	if ok && n >= 1 && n <= 31 {
		return n, end, true
	}
	return 0, 0, false
}

// ordinal reads an ordinal in words: «الخامس» 5, «الحادي عشر» 11, «الثالث
// والعشرون» 23, «العشرين» 20, «الأخير» -1.
func (p *parser) ordinal(i int) (int, int, bool) {
	if m, ok := p.at(i, cTens); ok {
		return m.n, m.end, true
	}
	m, ok := p.at(i, cOrdinal)
	if !ok {
		return 0, 0, false
	}
	n, end := m.n, m.end
	if n < 0 {
		return n, end, true
	}
	if t, ok := p.at(end, cTeen); ok && n < 10 {
		return n + 10, t.end, true
	}
	if t, ok := p.at(end, cTens); ok && t.clitic > 0 && n < 10 {
		return n + t.n, t.end, true // «الثالث والعشرون»
	}
	if m.compound {
		return 0, 0, false
	}
	return n, end, true
}

// monthName reads a month name at token i, joined with its pair («آذار /
// مارس», «أيار (مايو)»): the month, whether it is Hijri, whether the name is
// also a common word, and the token after it.
func (p *parser) monthName(i int) (m int, hijri, ambiguous bool, conflict string, end int, ok bool) {
	if i >= len(p.toks) || p.tok(i).Kind != token.Word || p.mask(i)&maskMonth == 0 {
		return
	}
	cal := p.x.calendar
	a, found := cal.NameAt(p.t, p.tok(i).Start)
	if !found || a.Entry.Unit != "month" {
		return
	}
	end = p.tokenEnding(i, a.End)
	m, hijri, ambiguous, ok = a.Entry.Number, a.Entry.Calendar == "hijri", a.Entry.Ambiguous, true
	// A pair: the next name after spaces, a slash, a dash or a parenthesis.
	k := end
	if w := p.text(k); w == "/" || w == "-" || w == "(" {
		k++
	}
	if k < len(p.toks) && p.tok(k).Kind == token.Word && p.mask(k)&maskMonth != 0 {
		if b, found := cal.NameAt(p.t, p.tok(k).Start); found && b.Entry.Unit == "month" {
			if pend, joined := cal.JoinPair(p.t, a, b); joined {
				end = p.tokenEnding(k, pend)
				ambiguous = false
				if b.Entry.Number != m {
					conflict = "month-conflict"
				}
			}
		}
	}
	return
}

// tokenEnding is the index of the token after the one that ends at byte
// end, searching from token i.
func (p *parser) tokenEnding(i, end int) int {
	for i < len(p.toks) && p.tok(i).End() <= end {
		i++
	}
	return i
}

// weekdayName reads a weekday name at token i.
func (p *parser) weekdayName(i int) (wd int, ambiguous bool, end int, ok bool) {
	if i >= len(p.toks) || p.tok(i).Kind != token.Word || p.mask(i)&maskWeekday == 0 {
		return
	}
	a, found := p.x.calendar.NameAt(p.t, p.tok(i).Start)
	if !found || a.Entry.Unit != "weekday" {
		return
	}
	return a.Entry.Number, a.Entry.Ambiguous, p.tokenEnding(i, a.End), true
}

// year reads a year in digits at token i, with a Hijri or Gregorian mark
// after it: the year, whether it is Hijri, and the token after it.
// Without a mark, a year must be 1800–2100 unless bare is false and the
// caller knows a year stands there.
func (p *parser) year(i int, anyNumber bool) (y int, hijri bool, end int, ok bool) {
	if i >= len(p.toks) || p.tok(i).Kind != token.Number || !p.tok(i).IsDigits() || len(p.tok(i).Text) > 4 {
		return
	}
	y, end = int(p.tok(i).Value), i+1
	if m, found := p.at(end, cHijri); found && m.clitic == 0 {
		return y, true, m.end, y >= 1 && y <= 1700
	}
	if m, found := p.at(end, cGregorian); found && m.clitic == 0 {
		return y, false, m.end, y >= 1 && y <= 2200
	}
	if anyNumber {
		return y, false, end, y >= 1 && y <= 2200 && len(p.tok(i).Text) == 4
	}
	return y, false, end, y >= 1800 && y <= 2100 && len(p.tok(i).Text) == 4
}

// yearAfter reads a year after a month or a date: «2020», «عام 2020», «من
// عام 2014», «لعام 2014», «1445 هـ», «السنة القادمة».
func (p *parser) yearAfter(e *expr, i int) {
	k := i
	if p.text(k) == "،" || p.text(k) == "," {
		k++
	}
	if m, ok := p.at(k, cLink); ok {
		k = m.end
	}
	marked := false
	if m, ok := p.at(k, cYearWord); ok {
		if m.value == "-" && (p.text(m.end) == "" || p.tok(minInt(m.end, len(p.toks)-1)).Kind == token.Number) {
			k, marked = m.end, true
		}
	}
	if y, hijri, end, ok := p.year(k, marked || e.hijri); ok {
		if e.hijri && y >= 1 && y < 1700 {
			hijri = true // «رمضان 1445»
		}
		if hijri == e.hijri || !e.hijri {
			e.y, e.end = y, end
			if hijri {
				e.hijri = true
			}
			return
		}
		// A Hijri month with a Gregorian year: «رمضان 2019».
		e.y, e.end, e.gregorianYear = y, end, true
		return
	}
	// «السنة القادمة», «العام الماضي»
	if m, ok := p.at(k, cUnit); ok && m.grain == gYear && m.count == 1 {
		if r, ok := p.at(m.end, cRel); ok && !e.rel {
			e.rel, e.relGrain, e.relN, e.end = true, gYear, r.n, r.end
		}
	}
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// tok is token i, or a zero token past the end.
func (p *parser) tok(i int) token.Token {
	if i < 0 || i >= len(p.toks) {
		return token.Token{}
	}
	return p.toks[i]
}

// clone moves an expression built on the stack to the heap.
func (e *expr) clone() *expr {
	c := *e
	return &c
}

// wordNumber reads a number written in words at token i.
func (p *parser) wordNumber(i int) (quantity.Numeral, int, bool) {
	if p.mask(i)&maskNumber == 0 {
		return quantity.Numeral{}, 0, false
	}
	return p.x.numbers.WordNumberAt(p.toks, i)
}
