package temporal

import (
	"strings"

	"github.com/khabar-lab/khabar/extract/token"
)

// The rules: each reads one pattern at token i and returns the expression
// it names, or nil.

// refAt: «الآن», «حاليا», «في وقت سابق».
func (p *parser) refAt(i int) *expr {
	m, ok := p.at(i, cNow)
	if !ok {
		return nil
	}
	return &expr{start: i, end: m.end, clitic: m.clitic, kind: kRef, refValue: m.value}
}

// dayAt: «اليوم», «أمس», «غدا», «يوم غد», «بعد غد», «اليوم الذي بعد الغد».
func (p *parser) dayAt(i int) *expr {
	k, clitic := i, 0
	w := p.text(i)
	lead := false
	if w == "يوم" || w == "اليوم" || w == "واليوم" || w == "ويوم" {
		k, lead = i+1, true
		if strings.HasPrefix(w, "و") {
			clitic = len("و")
		}
		if x := p.text(k); x == "الذي" || x == "الي" || x == "التي" {
			k++
		}
	}
	if lead {
		if m, ok := p.at(k, cDay); ok {
			return &expr{start: i, end: m.end, clitic: clitic, kind: kDate, rel: true, relGrain: gDay, relN: m.n}
		}
		// «اليوم الماضي», «اليوم السابق»
		if m, ok := p.at(k, cRel); ok && k == i+1 && m.n != 0 {
			return &expr{start: i, end: m.end, clitic: clitic, kind: kDate, rel: true, relGrain: gDay, relN: m.n}
		}
	}
	m, ok := p.at(i, cDay)
	if !ok || m.ambiguous {
		return nil
	}
	e := &expr{start: i, end: m.end, clitic: m.clitic, kind: kDate, rel: true, relGrain: gDay, relN: m.n}
	return e
}

// weekdayAt: «الاثنين», «يوم الجمعة», «الأحد الماضي», «أحد الأسبوع الماضي»,
// «الاثنين من هذا الأسبوع», «الجمعة 6 سبتمبر/أيلول 2024», «الخميس الموافق
// 14 شهر شباط», «السبت السادس عشر», «الثلاثاء الثالث من شهر أيلول».
func (p *parser) weekdayAt(i int) *expr {
	k, clitic := i, 0
	if w := p.text(i); w == "يوم" || w == "ويوم" {
		k = i + 1
		if w == "ويوم" {
			clitic = len("و")
		}
	} else if m, ok := p.at(i, cThis); ok {
		k, clitic = m.end, m.clitic // «هذا الاثنين»
	}
	wd, ambiguous, end, ok := p.weekdayName(k)
	if !ok {
		return nil
	}
	if k == i {
		clitic = p.cliticOf(i, p.tok(i).Text)
	}
	e := &expr{start: i, end: end, clitic: clitic, kind: kDate, wd: wd}
	// «الأحد الماضي», «الثلاثاء القادم»
	if m, ok := p.at(end, cRel); ok && m.n != 0 {
		e.wdDir, e.end = m.n, m.end
		return e
	}
	// «الأحد من الأسبوع الماضي», «اثنين الأسبوع الحالي», «الاثنين من هذا الأسبوع»
	k = end
	if p.text(k) == "من" {
		k++
	}
	this := false
	if m, ok := p.at(k, cThis); ok {
		k, this = m.end, true
	}
	if m, ok := p.at(k, cWeekWord); ok {
		if r, ok := p.at(m.end, cRel); ok && !this {
			e.rel, e.relGrain, e.relN, e.end = true, gWeek, r.n, r.end
			return e
		}
		if this {
			e.rel, e.relGrain, e.relN, e.end = true, gWeek, 0, m.end
			return e
		}
	}
	if ambiguous {
		return nil
	}
	// A date after the weekday.
	k = end
	if w := p.text(k); w == "،" || w == "," {
		k++
	}
	if m, ok := p.at(k, cLink); ok && m.value == "-" && p.text(k) != "من" {
		k = m.end
	}
	if d := p.dateAfterWeekday(k); d != nil {
		d.wd, d.start, d.clitic = wd, i, clitic
		return d
	}
	// «السبت السادس عشر», «الثلاثاء التاسع عشر من هذا الشهر», «الاثنين
	// الأخير من شهر ثلاثة», «الثلاثاء الثالث من شهر أيلول من عام 2014».
	if n, oend, ok := p.ordinal(end); ok {
		if me := p.monthAfterOf(oend); me != nil {
			me.start, me.clitic, me.wd = i, clitic, wd
			switch {
			case n < 0:
				me.nth = -1
			case n <= 5:
				me.d, me.nth, me.nthOrDay = n, n, true
			default:
				me.d = n
			}
			return me
		}
		if n >= 1 && n <= 31 {
			e.d, e.end = n, oend
		}
	}
	return e
}

// cliticOf is the length of a proclitic on token i when its text is not in
// the calendar lexicon as it stands.
func (p *parser) cliticOf(i int, w string) int {
	if i >= len(p.toks) {
		return 0
	}
	if n, ok := p.x.calendar.NameAt(p.t, p.tok(i).Start); ok {
		return n.Start - p.tok(i).Start
	}
	return 0
}

// dateAfterWeekday reads the date that follows a weekday: a day and a
// month, or a numeric day/month.
func (p *parser) dateAfterWeekday(k int) *expr {
	if e := p.numberLed(k, false); e != nil && e.d != 0 {
		return e
	}
	if k+2 < len(p.toks) && p.tok(k).Kind == token.Number && p.text(k+1) == "/" && p.tok(k+2).Kind == token.Number && p.glued(k+1) && p.glued(k+2) {
		d, m := int(p.tok(k).Value), int(p.tok(k+2).Value)
		if d >= 1 && d <= 31 && m >= 1 && m <= 12 {
			return &expr{start: k, end: k + 3, kind: kDate, d: d, m: m}
		}
	}
	// An ordinal up to the fifth may be the nth weekday: weekdayAt decides.
	if e := p.ordinalLed(k); e != nil && e.d > 5 && e.wd == 0 {
		return e
	}
	return nil
}

// monthAfterOf reads what follows «من» (or «في», «ب») after a day or an
// ordinal: a month with its year («من شهر أيلول من عام 2014»), or a month
// counted from the reference («من هذا الشهر», «من الشهر القادم»).
func (p *parser) monthAfterOf(k int) *expr {
	// «بشهر», «بأيلول»: the month rules peel a proclitic ب themselves.
	if w := p.text(k); w == "من" || w == "في" || w == "ب" {
		k++
	}
	if e := p.monthAt(k, true); e != nil && e.m != 0 {
		return e
	}
	// «هذا الشهر», «الشهر القادم»
	kk := k
	this := false
	if m, ok := p.at(kk, cThis); ok {
		kk, this = m.end, true
	}
	if m, ok := p.at(kk, cUnit); ok && m.grain == gMonth && m.count == 1 {
		if this {
			return &expr{start: k, end: m.end, kind: kDate, rel: true, relGrain: gMonth}
		}
		if r, ok := p.at(m.end, cRel); ok {
			return &expr{start: k, end: r.end, kind: kDate, rel: true, relGrain: gMonth, relN: r.n}
		}
	}
	return nil
}

// ordinalLed: «الخامس من أغسطس/ آب», «الأول من شباط», «في أول شباط»,
// «اليوم الثالث من أكتوبر», «ثالث يوم من شهر عشرة», «آخر يوم بشهر عشرة سنة
// 2015», «آخر اثنين من شهر آذار», «ثالث يوم ثلاثاء بأيلول بعام 2014», «أول
// أسبوع بشهر أكتوبر 2014», «الأسبوع الأخير في الشهر التاسع سنة 2014».
func (p *parser) ordinalLed(i int) *expr {
	k, clitic := i, 0
	w := p.text(i)
	if w == "اليوم" || w == "واليوم" {
		k = i + 1
		if w == "واليوم" {
			clitic = len("و")
		}
	}
	// «الأسبوع الأول من …»
	if m, ok := p.at(i, cUnit); ok && m.grain == gWeek && m.count == 1 {
		if n, oend, ok := p.ordinal(m.end); ok {
			if me := p.monthAfterOf(oend); me != nil {
				me.start, me.clitic, me.weekNth = i, m.clitic, n
				return me
			}
		}
		return nil
	}
	n, oend, ok := p.ordinal(k)
	if !ok {
		return nil
	}
	if k == i {
		if m, ok := p.at(i, cOrdinal); ok {
			clitic = m.clitic
		} else if m, ok := p.at(i, cTens); ok {
			clitic = m.clitic
		}
	}
	e := func(me *expr) *expr {
		me.start, me.clitic = i, clitic
		return me
	}
	j := oend
	// «ثالث يوم ثلاثاء», «آخر اثنين», «أول أسبوع»
	dayWord := false
	if m, ok := p.at(j, cUnit); ok && m.grain == gDay && m.count == 1 && m.clitic == 0 {
		j, dayWord = m.end, true
	}
	if wd, _, wend, ok := p.weekdayName(j); ok {
		if me := p.monthAfterOf(wend); me != nil {
			me.wd, me.nth = wd, n
			return e(me)
		}
		return nil
	}
	if !dayWord {
		if m, ok := p.at(j, cUnit); ok && m.grain == gWeek && m.count == 1 && m.clitic == 0 {
			if me := p.monthAfterOf(m.end); me != nil {
				me.weekNth = n
				return e(me)
			}
			return nil
		}
	}
	// A day of a month.
	if n == 0 || n > 31 {
		return nil
	}
	me := p.monthAfterOf(j)
	if me == nil {
		// «في أول شباط», «الأول شباط»
		if mm := p.monthAt(j, true); mm != nil && mm.m != 0 && mm.d == 0 {
			me = mm
		}
	}
	if me == nil || me.d != 0 {
		return nil
	}
	me.d = n
	return e(me)
}

// numberLed: dates, years and durations that start with a number: «4
// أبريل 2020», «13 إلى 15 تموز», «15 رمضان 1445 هـ», «2020/03/15»,
// «15-3-2020», «1441 هـ», «2011-2014», «8 سنوات».
func (p *parser) numberLed(i int, allowBare bool) *expr {
	t := p.tok(i)
	if !t.IsDigits() {
		return nil
	}
	if e := p.numericDate(i); e != nil {
		return e
	}
	// A day, or two, and a month.
	if d, end, ok := p.dayNumber(i); ok {
		j := end
		d2 := 0
		if w := p.text(j); (w == "-" || w == "–") && p.tok(j+1).Kind == token.Number {
			if x, xend, ok := p.dayNumber(j + 1); ok && x > d {
				d2, j = x, xend
			}
		} else if m, ok := p.at(j, cTo); ok {
			if x, xend, ok := p.dayNumber(m.end); ok && x > d {
				d2, j = x, xend
			}
		}
		if me := p.monthOfDay(j); me != nil {
			me.start, me.d = i, d
			if d2 != 0 {
				b := *me
				b.d, b.start, b.to = d2, j, nil
				me.to = &b
			}
			return me
		}
	}
	// A year with its mark or where a year is expected.
	if y, hijri, end, ok := p.year(i, false); ok {
		_, _, _, marked := p.yearMark(i)
		if marked || allowBare {
			e := &expr{start: i, end: end, kind: kDate, y: y, hijri: hijri}
			// «2011-2014»
			if w := p.text(end); (w == "-" || w == "–") && p.glued(end) && p.glued(end+1) {
				if y2, h2, end2, ok := p.year(end+1, false); ok && y2 > y && h2 == hijri {
					b := &expr{start: end + 1, end: end2, kind: kDate, y: y2, hijri: h2}
					e.to, e.end = b, end2
				}
			}
			return e
		}
	}
	// A duration: «8 سنوات», «12 شهرا», «30 يوم».
	if m, ok := p.at(i+1, cUnit); ok && m.clitic == 0 && m.count != 2 && !strings.HasPrefix(p.text(i+1), "ال") {
		return &expr{start: i, end: m.end, kind: kDuration, dur: duration{t.Value, m.grain}}
	}
	return nil
}

// yearMark reports whether a Hijri or Gregorian mark follows the number at i.
func (p *parser) yearMark(i int) (int, bool, int, bool) {
	if m, ok := p.at(i+1, cHijri); ok && m.clitic == 0 {
		return 0, true, m.end, true
	}
	if m, ok := p.at(i+1, cGregorian); ok && m.clitic == 0 {
		return 0, false, m.end, true
	}
	return 0, false, 0, false
}

// monthOfDay reads the month after a day: «أبريل 2020», «من شباط», «شهر
// شباط», «من الشهر الثامن».
func (p *parser) monthOfDay(j int) *expr {
	if me := p.monthAt(j, true); me != nil && me.m != 0 && me.d == 0 {
		return me
	}
	if p.text(j) == "من" {
		if me := p.monthAt(j+1, true); me != nil && me.m != 0 && me.d == 0 {
			return me
		}
	}
	return nil
}

// numericDate: 2020/03/15, 15/3/2020, 15-3-2020, 15.3.2020, 2/2013.
func (p *parser) numericDate(i int) *expr {
	var parts []int
	var seps []string
	k := i
	for {
		t := p.tok(k)
		if t.Kind != token.Number || !t.IsDigits() || len(t.Text) > 4 {
			return nil
		}
		parts = append(parts, int(t.Value))
		if len(parts) == 3 || k+2 >= len(p.toks) {
			k++
			break
		}
		sep := p.text(k + 1)
		if (sep != "/" && sep != "-" && sep != ".") || !p.glued(k+1) || !p.glued(k+2) || p.tok(k+2).Kind != token.Number {
			k++
			break
		}
		if len(seps) > 0 && sep != seps[0] {
			return nil
		}
		seps = append(seps, sep)
		k += 2
	}
	var y, m, d int
	switch {
	case len(parts) == 3 && parts[0] >= 1000:
		y, m, d = parts[0], parts[1], parts[2]
	case len(parts) == 3 && parts[2] >= 1000:
		d, m, y = parts[0], parts[1], parts[2]
	case len(parts) == 2 && seps[0] == "/" && parts[1] >= 1900 && parts[1] <= 2100 && parts[0] >= 1 && parts[0] <= 12:
		return &expr{start: i, end: k, kind: kDate, y: parts[1], m: parts[0]}
	default:
		return nil
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2100 {
		return nil
	}
	return &expr{start: i, end: k, kind: kDate, y: y, m: m, d: d}
}

// monthAt: «آذار / مارس 2020», «فبراير», «شهر شباط», «شهر 3», «شهر عشرة»,
// «الشهر التاسع», «يوليو 13-15», «أغسطس 27 إلى 29», «رمضان 1445 هـ».
// A month name that is also a common word (مارس, رمضان) needs something
// else: «شهر» before it, a day or a year after it, a pair, or a modifier
// before it (allowBare).
func (p *parser) monthAt(i int, allowBare bool) *expr {
	k, clitic := i, 0
	word := false
	if m, ok := p.at(i, cMonthWord); ok {
		k, clitic, word = m.end, m.clitic, true
	}
	ev := expr{start: i, clitic: clitic, kind: kDate}
	e := &ev // on the stack until it is a match: most calls are not
	m, hijri, ambiguous, conflict, end, ok := p.monthName(k)
	switch {
	case ok:
		if !word {
			e.clitic = p.cliticOf(i, p.text(i))
		}
		e.m, e.hijri, e.conflict, e.end = m, hijri, conflict, end
	case word && k < len(p.toks) && p.tok(k).Kind == token.Number && p.tok(k).IsDigits() && p.tok(k).Value >= 1 && p.tok(k).Value <= 12:
		e.m, e.end = int(p.tok(k).Value), k+1 // «شهر 3»
	case word:
		if n, nend, ok := p.wordNumber(k); ok && n.Value >= 1 && n.Value <= 12 && n.Value == float64(int(n.Value)) {
			e.m, e.end = int(n.Value), nend // «شهر عشرة»
		} else if n, oend, ok := p.ordinal(k); ok && n >= 1 && n <= 12 && p.text(i) == "الشهر" {
			e.m, e.end = n, oend // «الشهر التاسع»
		} else {
			return nil
		}
	default:
		return nil
	}
	// Days after the month: «يوليو 13-15», «أغسطس 27 إلى 29», «مارس 13».
	if d, dend, ok := p.dayNumber(e.end); ok && p.tok(e.end).Kind == token.Number {
		if _, _, _, isYear := p.year(e.end, false); !isYear {
			e.d = d
			e.end = dend
			if w := p.text(dend); (w == "-" || w == "–") && dend+1 < len(p.toks) {
				if x, xend, ok := p.dayNumber(dend + 1); ok && x > d {
					b := *e
					b.d, b.start = x, dend+1
					b.end = xend
					e.to, e.end = &b, xend
				}
			} else if to, ok := p.at(dend, cTo); ok {
				if x, xend, ok := p.dayNumber(to.end); ok && x > d {
					b := *e
					b.d, b.start, b.end = x, to.end, xend
					e.to, e.end = &b, xend
				}
			}
		}
	}
	before := e.end
	p.yearAfter(e, e.end)
	if e.to != nil {
		e.to.y, e.to.hijri, e.to.gregorianYear = e.y, e.hijri, e.gregorianYear
	}
	if ambiguous && !word && e.end == before && e.d == 0 && !allowBare && !p.monthContext(i) {
		return nil
	}
	return e.clone()
}

// monthContext reports whether the word before token i makes an ambiguous
// month name a month: a preposition of time, a bound or a part.
func (p *parser) monthContext(i int) bool {
	if i == 0 {
		return false
	}
	switch p.text(i - 1) {
	case "في", "وفي", "منذ", "حتى", "بحلول", "خلال", "من", "الى", "إلى", "مطلع", "منتصف", "نهاية", "بداية", "أواخر", "اواخر", "اوائل", "قبل", "بعد":
		return true
	}
	_, ok := p.at(i-1, cPart)
	return ok
}

// unitLed: «العام الماضي», «هذا الأسبوع», «الشهر الجاري», «الأشهر القليلة
// الماضية», «الأسابيع الثلاثة القادمة», «عام 2003», «لعام 2014», «نهاية
// العام» (allowBare: after a part or a bound).
func (p *parser) unitLed(i int, allowBare bool) *expr {
	// «عام 2003», «سنة 2019», «العام 2020»
	if m, ok := p.at(i, cYearWord); ok {
		if y, hijri, end, ok := p.year(m.end, true); ok {
			e := &expr{start: i, end: end, clitic: m.clitic, kind: kDate, y: y, hijri: hijri}
			if w := p.text(end); (w == "-" || w == "–") && p.glued(end+1) {
				if y2, h2, end2, ok := p.year(end+1, true); ok && y2 > y && h2 == hijri {
					e.to, e.end = &expr{start: end + 1, end: end2, kind: kDate, y: y2, hijri: h2}, end2
				}
			} else if to, ok := p.at(end, cTo); ok {
				k := to.end
				if yw, ok := p.at(k, cYearWord); ok {
					k = yw.end
				}
				if y2, h2, end2, ok := p.year(k, true); ok && y2 > y && h2 == hijri {
					e.to, e.end = &expr{start: to.end, end: end2, kind: kDate, y: y2, hijri: h2}, end2
				}
			}
			return e
		}
	}
	k, clitic := i, 0
	this := false
	if m, ok := p.at(i, cThis); ok {
		k, clitic, this = m.end, m.clitic, true
	}
	m, ok := p.at(k, cUnit)
	if !ok || !strings.HasPrefix(strings.TrimPrefix(p.text(k)[m.clitic:], ""), "ال") {
		return nil
	}
	if k == i {
		clitic = m.clitic
	}
	e := &expr{start: i, clitic: clitic, kind: kDate, rel: true, relGrain: m.grain}
	if m.count == 0 {
		// «الأشهر الماضية», «السنوات القليلة المقبلة», «الأسابيع الثلاثة القادمة»
		j := m.end
		n := 0.0
		if f, ok := p.at(j, cFew); ok {
			j = f.end
		} else if num, nend, ok := p.wordNumber(j); ok && num.Value >= 2 {
			j, n = nend, num.Value
		}
		r, ok := p.at(j, cRel)
		if !ok || r.n == 0 {
			return nil
		}
		e.end = r.end
		if n > 0 && m.grain >= gYear {
			// The n units before or after the reference's.
			e.relN = r.n
			b := &expr{start: e.start, end: e.end, kind: kDate, rel: true, relGrain: m.grain, relN: r.n * int(n)}
			if r.n < 0 {
				e.relN, b.relN = r.n*int(n), r.n
			}
			e.to = b
			return e
		}
		e.kind, e.rel = kRef, false
		e.refValue = "PAST_REF"
		if r.n > 0 {
			e.refValue = "FUTURE_REF"
		}
		return e
	}
	if m.count != 1 {
		return nil
	}
	if this {
		e.end = m.end
		return e
	}
	if r, ok := p.at(m.end, cRel); ok {
		e.relN, e.end = r.n, r.end
		return e
	}
	// «نهاية العام»: the unit alone means the reference's, after a part
	// or a bound.
	if allowBare && m.grain >= gYear && m.grain <= gWeek && i > 0 {
		if _, ok := p.at(i-1, cPart); ok {
			e.end = m.end
			return e
		}
		if b, ok := p.at(i-1, cBound); ok && b.value == "ON_OR_BEFORE" {
			e.end = m.end
			return e
		}
	}
	return nil
}

// wordDuration: «ثلاثة أشهر», «خمسة ساعات», «سبع أسابيع», «عقدين», «شهرين»,
// and a unit alone where nothing but a duration can stand: «شهر», «لمدة
// أسبوع», «منذ سنوات».
func (p *parser) wordDuration(i int) *expr {
	if n, end, ok := p.wordNumber(i); ok && n.Value > 0 {
		if m, ok := p.at(end, cUnit); ok && m.clitic == 0 && m.count != 2 && !strings.HasPrefix(p.text(end), "ال") {
			return &expr{start: i, end: m.end, clitic: n.StartByte - p.tok(i).Start, kind: kDuration, dur: duration{n.Value, m.grain}}
		}
	}
	m, ok := p.at(i, cUnit)
	if !ok || strings.HasPrefix(p.text(i)[m.clitic:], "ال") {
		return nil
	}
	e := &expr{start: i, end: m.end, clitic: m.clitic, kind: kDuration, dur: duration{1, m.grain}}
	switch m.count {
	case 2:
		e.dur.n = 2
		return e
	case 0:
		e.dur.n = -1
		if p.durationContext(i) {
			return e
		}
		return nil
	}
	if m.clitic > 0 {
		return nil
	}
	// A singular alone: a duration at the start of a sentence or after a
	// context word; «ولاية ثانية» is an adjective.
	if p.durationContext(i) || (!m.ambiguous && (i == 0 || !p.isWord(i-1))) || (m.ambiguous && i == 0 && m.end == len(p.toks)) {
		return e
	}
	return nil
}

// durationContext reports whether the word before token i asks for a
// duration: «لمدة», «خلال», «منذ», «كل», «قبل».
func (p *parser) durationContext(i int) bool {
	if i == 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if m, ok := p.at(k, cContext); ok && m.end == i {
			return true
		}
		if m, ok := p.at(k, cEvery); ok && m.end == i {
			return true
		}
		if m, ok := p.at(k, cBound); ok && m.end == i {
			return true
		}
	}
	return false
}

// timeAt: «الساعة 3 صباحا», «الساعة الثالثة وربع العصر», «3:18 صباحا»,
// «15:23:24», «الثالثة فجرا», «الساعة 12 إلا ربع قبل الظهر», «الساعة 8
// بتوقيت GMT».
func (p *parser) timeAt(i int, allowBare bool) *expr {
	k, clitic := i, 0
	hourWord := false
	if m, ok := p.at(i, cHour); ok {
		k, clitic, hourWord = m.end, m.clitic, true
	} else if p.text(i) == "عند" {
		k = i + 1
	}
	ev := expr{start: i, clitic: clitic, kind: kDate, timeGrain: gHour}
	e := &ev // on the stack until it is a match
	j := k
	// The hour.
	switch {
	case j < len(p.toks) && p.tok(j).Kind == token.Number && p.tok(j).IsDigits():
		h := int(p.tok(j).Value)
		if h > 24 || len(p.tok(j).Text) > 2 {
			return nil
		}
		e.hh, j = h, j+1
		// «3:18», «15:23:24»
		if p.text(j) == ":" && p.glued(j) && p.glued(j+1) && j+1 < len(p.toks) && p.tok(j+1).Kind == token.Number && len(p.tok(j+1).Text) == 2 {
			e.mi, e.timeGrain, j = int(p.tok(j+1).Value), gMinute, j+2
			if p.text(j) == ":" && p.glued(j) && p.glued(j+1) && j+1 < len(p.toks) && p.tok(j+1).Kind == token.Number && len(p.tok(j+1).Text) == 2 {
				e.ss, e.timeGrain, j = int(p.tok(j+1).Value), gSecond, j+2
			}
			if e.mi > 59 || e.ss > 59 {
				return nil
			}
		} else if !hourWord {
			return nil
		}
	default:
		if n, oend, ok := p.ordinal(j); ok && n >= 1 && n <= 12 {
			e.hh, j = n, oend
		} else if n, nend, ok := p.wordNumber(j); ok && hourWord && n.Value >= 1 && n.Value <= 12 && n.Value == float64(int(n.Value)) {
			e.hh, j = int(n.Value), nend
		} else {
			return nil
		}
	}
	// Minutes: «و18 دقيقة», «وثمانية عشر دقيقة», «وربع», «إلا ثلث».
	if e.timeGrain == gHour {
		if mi, mend, ok := p.minutes(j); ok {
			e.mi, e.timeGrain, j = mi, gMinute, mend
		}
	}
	// The part of the day and the time zone.
	if m, ok := p.at(j, cDayPart); ok {
		e.ampm, e.part = ampmOf(m.value), partOf(m.value)
		j = m.end
	}
	if m, ok := p.at(j, cZone); ok {
		if u, ok := p.at(m.end, cUTC); ok {
			e.utc, j = true, u.end
			if e.timeGrain == gHour {
				e.timeGrain = gMinute
			}
		}
	}
	if !hourWord && e.ampm == "" && e.timeGrain == gHour {
		return nil // «الثالثة» alone is not a time
	}
	e.end = j
	return e.clone()
}

// minutes reads the minutes after an hour.
func (p *parser) minutes(j int) (int, int, bool) {
	w := p.text(j)
	if m, ok := p.at(j, cMinus); ok {
		if f, ok := p.at(m.end, cFraction); ok {
			return -f.n, f.end, true
		}
		if n, end, ok := p.minuteCount(m.end); ok {
			return -n, end, true
		}
		return 0, 0, false
	}
	if w == "و" {
		j++
	} else if strings.HasPrefix(w, "و") {
		if f, ok := p.at(j, cFraction); ok && f.clitic == len("و") {
			return f.n, f.end, true
		}
		if n, end, ok := p.minuteCount(j); ok {
			return n, end, true
		}
		return 0, 0, false
	} else {
		return 0, 0, false
	}
	if f, ok := p.at(j, cFraction); ok {
		return f.n, f.end, true
	}
	return p.minuteCount(j)
}

// minuteCount reads «18 دقيقة», «ثمانية عشر دقيقة», «خمس وأربعون دقيقة».
func (p *parser) minuteCount(j int) (int, int, bool) {
	n := 0
	end := 0
	if j < len(p.toks) && p.tok(j).Kind == token.Number && p.tok(j).IsDigits() {
		n, end = int(p.tok(j).Value), j+1
	} else if num, nend, ok := p.wordNumber(j); ok {
		n, end = int(num.Value), nend
	} else if t := p.text(j); strings.HasPrefix(t, "و") && j < len(p.toks) {
		// «و18» is one word and one number: «و» then «18»
		return 0, 0, false
	} else {
		return 0, 0, false
	}
	if n < 1 || n > 59 {
		return 0, 0, false
	}
	if m, ok := p.at(end, cMinute); ok {
		end = m.end
	}
	return n, end, true
}

func ampmOf(v string) string { a, _, _ := strings.Cut(v, ":"); return a }
func partOf(v string) string { _, b, _ := strings.Cut(v, ":"); return b }

// dayPartAt: «مساء الاثنين», «صباح اليوم», «ليلة الخميس», «الليلة», «هذه
// الليلة».
func (p *parser) dayPartAt(i int) *expr {
	m, ok := p.at(i, cDayPart)
	if !ok {
		return nil
	}
	if d := p.dayAt(m.end); d != nil {
		d.start, d.clitic, d.part = i, m.clitic, partOf(m.value)
		return d
	}
	if d := p.weekdayAt(m.end); d != nil && d.d == 0 {
		d.start, d.clitic, d.part = i, m.clitic, partOf(m.value)
		return d
	}
	if w := p.text(i); w == "الليله" || w == "هذه" && m.end == i+2 && p.text(i+1) == "الليله" {
		return &expr{start: i, end: m.end, kind: kDate, rel: true, relGrain: gDay, part: "NI"}
	}
	return nil
}

// holidayAt: «عيد الأضحى», «عيد الفطر 2013», «عيد الميلاد 2020», «رأس السنة
// الهجرية 2019».
func (p *parser) holidayAt(i int) *expr {
	m, ok := p.at(i, cHoliday)
	if !ok {
		return nil
	}
	e := &expr{start: i, end: m.end, clitic: m.clitic, kind: kDate, holiday: m.entry}
	if y, hijri, end, ok := p.year(m.end, false); ok {
		e.y, e.end = y, end
		e.gregorianYear = !hijri
		e.hijri = hijri
	}
	return e
}

// decadeAt: «التسعينيات», «تسعينيات القرن الماضي».
func (p *parser) decadeAt(i int) *expr {
	m, ok := p.at(i, cDecade)
	if !ok {
		return nil
	}
	e := &expr{start: i, end: m.end, clitic: m.clitic, kind: kDate, decade: m.n}
	if c, ok := p.at(m.end, cCentury); ok {
		if r, ok := p.at(c.end, cRel); ok {
			e.end, e.rel, e.relGrain, e.relN = r.end, true, gCentury, r.n
		}
	}
	return e
}

// centuryAt: «القرن العشرين», «القرن الحادي والعشرين», «القرن الماضي».
func (p *parser) centuryAt(i int) *expr {
	m, ok := p.at(i, cCentury)
	if !ok {
		return nil
	}
	if n, end, ok := p.ordinal(m.end); ok && n >= 1 && n <= 30 {
		return &expr{start: i, end: end, clitic: m.clitic, kind: kDate, century: n - 1}
	}
	if r, ok := p.at(m.end, cRel); ok {
		return &expr{start: i, end: r.end, clitic: m.clitic, kind: kDate, rel: true, relGrain: gCentury, relN: r.n}
	}
	return nil
}
