package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/model"
)

// tense is what the sentence around an expression says about its time.
type tense uint8

const (
	none tense = iota
	past
	future
)

// resolved is one end of an expression, resolved.
type resolved struct {
	value, calValue, start, end string
	time                        bool
	notes                       []string
}

// resolve gives an expression its TIMEX3 value, against ref (zero: no
// reference date).
func (p *parser) resolve(e *expr, ref time.Time) model.TimeExpression {
	x := p.x
	te := model.TimeExpression{Type: model.TimeExpressionType, Calendar: "gregorian", Mod: e.mod}
	if e.hijri || (e.holiday != nil && strings.HasPrefix(e.holiday.value, "hijri")) {
		te.Calendar = "hijri"
	}
	switch e.kind {
	case kRef:
		te.Value, te.TimexType = e.refValue, "DATE"
		return te
	case kDuration, kSet:
		te.Value, te.TimexType = durationValue(e.dur), "DURATION"
		if e.kind == kSet {
			te.TimexType = "SET"
		}
		return te
	}
	t := none
	if !ref.IsZero() && needsTense(e) {
		t = p.tenseAt(e.start, e.end)
	}
	a := x.point(e, ref, t)
	te.Value, te.CalendarValue, te.Notes = a.value, a.calValue, a.notes
	te.TimexType = "DATE"
	if a.time {
		te.TimexType = "TIME"
	}
	if a.start != "" {
		te.StartDate, te.EndDate = a.start, a.end
	}
	if e.to != nil {
		b := x.point(e.to, ref, t)
		te.StartDate, te.EndDate = a.value, b.value
		if a.start != "" {
			te.StartDate = a.start
		}
		if b.end != "" {
			te.EndDate = b.end
		} else if b.start != "" {
			te.EndDate = b.start
		}
		te.Value = narrowest(te.StartDate, te.EndDate)
		if a.calValue != "" && b.calValue != "" {
			te.CalendarValue = a.calValue + "/" + b.calValue
		}
		for _, n := range b.notes {
			if !contains(te.Notes, n) {
				te.Notes = append(te.Notes, n)
			}
		}
	}
	if e.conflict != "" && !contains(te.Notes, e.conflict) {
		te.Notes = append(te.Notes, e.conflict)
	}
	return te
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// needsTense reports whether resolving e needs the tense of its sentence:
// a month, a day or a weekday without a year.
func needsTense(e *expr) bool {
	if e.rel || e.shift != 0 || e.y != 0 || e.timeGrain != 0 && e.d == 0 && e.wd == 0 {
		return false
	}
	return e.m != 0 || e.d != 0 || e.wd != 0 || e.holiday != nil
}

// narrowest is the narrowest TIMEX3 value that holds both a and b:
// «2011» and «2014» → «201», «2013-07-13» and «2013-07-15» → «2013-07».
func narrowest(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for _, cut := range []int{10, 7, 4, 3, 2} {
		if n >= cut && (cut == len(a) || cut < len(a) && (a[cut] == '-' || a[cut] == 'T' || cut <= 3)) {
			return a[:cut]
		}
	}
	return "XXXX"
}

// durationValue is the TIMEX3 value of a duration: P8Y, P20Y (عقدين),
// PT5H, PXY (سنوات, an unknown number).
func durationValue(d duration) string {
	n := d.n
	unit := d.unit
	switch unit {
	case gDecade:
		n, unit = n*10, gYear
	case gCentury:
		n, unit = n*100, gYear
	}
	num := "X"
	if n >= 0 {
		num = strconv.FormatFloat(n, 'f', -1, 64)
	}
	switch unit {
	case gYear:
		return "P" + num + "Y"
	case gMonth:
		return "P" + num + "M"
	case gWeek:
		return "P" + num + "W"
	case gDay:
		return "P" + num + "D"
	case gHour:
		return "PT" + num + "H"
	case gMinute:
		return "PT" + num + "M"
	case gSecond:
		return "PT" + num + "S"
	}
	return "P" + num + "Y"
}

func ymd(t time.Time) string     { return t.Format("2006-01-02") }
func ym(y, m int) string         { return fmt.Sprintf("%04d-%02d", y, m) }
func yearValue(y int) string     { return fmt.Sprintf("%04d", y) }
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// point resolves one end of an expression.
func (x *Extractor) point(e *expr, ref time.Time, t tense) resolved {
	has := !ref.IsZero()
	refDay := date(ref.Year(), int(ref.Month()), ref.Day())
	unresolved := func(v string) resolved { return resolved{value: v, notes: []string{"unresolved"}} }

	// Counted from the reference: «منذ ثلاثة أيام», «بعد أسبوعين».
	if e.shift != 0 {
		if e.dur.n < 0 {
			if e.shift < 0 {
				return resolved{value: "PAST_REF"}
			}
			return resolved{value: "FUTURE_REF"}
		}
		n := int(e.dur.n) * e.shift
		if !has {
			unresolved = func(v string) resolved {
				return resolved{value: v, notes: []string{"unresolved", relativeNote(e.dur.unit, int(e.dur.n)*e.shift)}}
			}
			return unresolved(map[grain]string{gYear: "XXXX", gMonth: "XXXX-XX", gDecade: "XXX", gCentury: "XX"}[e.dur.unit] + orDay(e.dur.unit))
		}
		switch e.dur.unit {
		case gCentury:
			return resolved{value: fmt.Sprintf("%02d", (ref.Year()+100*n)/100)}
		case gDecade:
			return resolved{value: fmt.Sprintf("%03d", (ref.Year()+10*n)/10)}
		case gYear:
			return resolved{value: yearValue(ref.Year() + n)}
		case gMonth:
			d := refDay.AddDate(0, n, 0)
			return resolved{value: ym(d.Year(), int(d.Month()))}
		case gWeek:
			return resolved{value: ymd(refDay.AddDate(0, 0, 7*n))}
		case gDay:
			return resolved{value: ymd(refDay.AddDate(0, 0, n))}
		default:
			units := map[grain]time.Duration{gHour: time.Hour, gMinute: time.Minute, gSecond: time.Second}
			d := ref.Add(time.Duration(n) * units[e.dur.unit])
			return resolved{value: timeValue(d, e.dur.unit), time: true}
		}
	}

	// Holidays.
	if e.holiday != nil {
		return x.holiday(e, ref, t)
	}
	// Hijri dates.
	if e.hijri {
		return x.hijriPoint(e, ref, t)
	}

	y, m, d := e.y, e.m, e.d
	// Counted from the reference: «العام الماضي», «الأحد من الأسبوع الماضي».
	if e.rel {
		if !has {
			// Say which, so that «الشهر الماضي» and «الشهر المقبل» stay apart.
			unresolved = func(v string) resolved {
				return resolved{value: v, notes: []string{"unresolved", relativeNote(e.relGrain, e.relN)}}
			}
			switch e.relGrain {
			case gCentury:
				return unresolved("XX")
			case gYear:
				if m != 0 {
					return unresolved("XXXX-" + fmt.Sprintf("%02d", m))
				}
				return unresolved("XXXX")
			case gMonth:
				if d > 0 {
					return unresolved(fmt.Sprintf("XXXX-XX-%02d", d))
				}
				return unresolved("XXXX-XX")
			case gWeek:
				if e.wd != 0 {
					return x.weekdayUnresolved(e, ref, unresolved)
				}
				return unresolved("XXXX-WXX")
			default:
				if e.part != "" && e.timeGrain == 0 {
					return unresolved("XXXX-XX-XXT" + e.part)
				}
				return unresolved("XXXX-XX-XX")
			}
		}
		switch e.relGrain {
		case gCentury:
			c := ref.Year()/100 + e.relN
			if e.decade != 0 {
				return resolved{value: fmt.Sprintf("%02d%d", c, e.decade%10)}
			}
			return resolved{value: fmt.Sprintf("%02d", c)}
		case gYear:
			y = ref.Year() + e.relN
			if m == 0 {
				return resolved{value: yearValue(y)}
			}
		case gMonth:
			first := date(ref.Year(), int(ref.Month()), 1).AddDate(0, e.relN, 0)
			y, m = first.Year(), int(first.Month())
			if d == 0 && e.nth == 0 && e.weekNth == 0 {
				return resolved{value: ym(y, m)}
			}
		case gWeek:
			monday := refDay.AddDate(0, 0, 1-isoWeekday(refDay)+7*e.relN)
			if e.wd == 0 {
				return resolved{value: weekValue(monday)}
			}
			return x.day(e, monday.AddDate(0, 0, e.wd-1), ref)
		case gDay:
			return x.day(e, refDay.AddDate(0, 0, e.relN), ref)
		}
	}

	switch {
	case e.decade != 0:
		return resolved{value: strconv.Itoa(e.decade)}
	case e.century != 0:
		return resolved{value: fmt.Sprintf("%02d", e.century)}
	}

	// A time or a part of the day alone: today's.
	if y == 0 && m == 0 && d == 0 && e.wd == 0 && (e.timeGrain != 0 || e.part != "") {
		if !has {
			r := x.day(e, date(2000, 1, 1), ref)
			r.value = "XXXX-XX-XX" + r.value[len("2000-01-01"):]
			r.notes = append(r.notes, "unresolved")
			return r
		}
		return x.day(e, refDay, ref)
	}
	// A weekday alone: «الاثنين», «الأحد الماضي».
	if y == 0 && m == 0 && d == 0 && e.wd != 0 {
		if !has {
			return x.weekdayUnresolved(e, ref, unresolved)
		}
		diff := e.wd - isoWeekday(refDay)
		switch {
		case e.wdDir < 0 || e.wdDir == 0 && t == past:
			if diff > 0 || diff == 0 && e.wdDir < 0 {
				diff -= 7
			}
		default:
			if diff <= 0 {
				diff += 7
			}
		}
		return x.day(e, refDay.AddDate(0, 0, diff), ref)
	}
	// A day without a month: «السبت السادس عشر».
	if y == 0 && m == 0 && d > 0 {
		if !has {
			return unresolved(fmt.Sprintf("XXXX-XX-%02d", d))
		}
		best := time.Time{}
		for _, k := range order(t) {
			c := date(ref.Year(), int(ref.Month())+k, 1)
			day := date(c.Year(), int(c.Month()), d)
			if day.Day() != d || e.wd != 0 && isoWeekday(day) != e.wd {
				continue
			}
			if (t == past && day.After(refDay)) || (t != past && day.Before(refDay)) {
				continue
			}
			best = day
			break
		}
		if best.IsZero() {
			best = date(ref.Year(), int(ref.Month()), d)
		}
		return x.day(e, best, ref)
	}
	if m == 0 {
		if y != 0 {
			return resolved{value: yearValue(y)}
		}
		return unresolved("XXXX")
	}
	// A month, maybe a day, maybe no year: choose the year.
	if y == 0 {
		if !has {
			switch {
			case d > 0:
				return unresolved(fmt.Sprintf("XXXX-%02d-%02d", m, d))
			default:
				return unresolved(fmt.Sprintf("XXXX-%02d", m))
			}
		}
		y = x.chooseYear(e, ref, t)
	}
	if d == 0 && e.nth == 0 && e.weekNth == 0 {
		return resolved{value: ym(y, m)}
	}
	day, ok := dayIn(e, y, m)
	if !ok {
		return resolved{value: ym(y, m), notes: []string{"invalid-date"}}
	}
	if e.weekNth != 0 {
		return resolved{value: weekValue(day)}
	}
	return x.day(e, day, ref)
}

// relativeNote says how an unresolved expression counts from the
// reference date: "reference-P1M" is the month before it.
func relativeNote(g grain, n int) string {
	sign := "+"
	if n < 0 {
		sign, n = "-", -n
	}
	return "reference" + sign + durationValue(duration{float64(n), g})
}

func orDay(g grain) string {
	switch g {
	case gWeek, gDay:
		return "XXXX-XX-XX"
	}
	return ""
}

// order is the months, counted from the reference's, in the order a day
// without a month is looked for.
func order(t tense) []int {
	if t == past {
		return []int{0, -1, -2}
	}
	return []int{0, 1, 2}
}

// dayIn is the day an expression names in month m of year y: a day of the
// month, the nth weekday, the last day or the nth week's Monday.
func dayIn(e *expr, y, m int) (time.Time, bool) {
	first := date(y, m, 1)
	last := first.AddDate(0, 1, -1)
	nthWeekday := func(wd, n int) time.Time {
		if n < 0 {
			return last.AddDate(0, 0, -((isoWeekday(last) - wd + 7) % 7))
		}
		return first.AddDate(0, 0, (wd-isoWeekday(first)+7)%7+7*(n-1))
	}
	switch {
	case e.weekNth < 0:
		// The last week that ends in the month.
		monday := nthWeekday(1, -1)
		if monday.AddDate(0, 0, 6).After(last) {
			monday = monday.AddDate(0, 0, -7)
		}
		return monday, true
	case e.weekNth > 0:
		return nthWeekday(1, e.weekNth), true
	case e.d == -1:
		return last, true
	case e.nthOrDay:
		if day := date(y, m, e.d); day.Month() == time.Month(m) && isoWeekday(day) == e.wd {
			return day, true
		}
		return nthWeekday(e.wd, e.nth), true
	case e.nth != 0:
		day := nthWeekday(e.wd, e.nth)
		return day, day.Month() == time.Month(m)
	}
	day := date(y, m, e.d)
	return day, day.Day() == e.d
}

// chooseYear chooses the year of a month or date written without one: in
// a past-tense sentence the latest on or before the reference, otherwise
// the next on or after it; a weekday named with the date must fit.
func (x *Extractor) chooseYear(e *expr, ref time.Time, t tense) int {
	refMonth := date(ref.Year(), int(ref.Month()), 1)
	refDay := date(ref.Year(), int(ref.Month()), ref.Day())
	fits := func(y int) bool {
		if e.d == 0 && e.nth == 0 || e.wd == 0 || e.nthOrDay {
			return true
		}
		day, ok := dayIn(e, y, e.m)
		return ok && isoWeekday(day) == e.wd
	}
	in := func(y int) bool {
		if e.d == 0 && e.nth == 0 && e.weekNth == 0 {
			first := date(y, e.m, 1)
			if t == past {
				return !first.After(refMonth)
			}
			return !first.Before(refMonth)
		}
		day, ok := dayIn(e, y, e.m)
		if !ok {
			return false
		}
		if t == past {
			return !day.After(refDay)
		}
		// A date of the reference's month is this month's, as Duckling reads it.
		return !date(y, e.m, 1).Before(refMonth)
	}
	years := []int{ref.Year(), ref.Year() + 1, ref.Year() + 2}
	if t == past {
		years = []int{ref.Year(), ref.Year() - 1, ref.Year() - 2}
	}
	for _, y := range years {
		if in(y) && fits(y) {
			return y
		}
	}
	for _, y := range years {
		if in(y) {
			return y
		}
	}
	return ref.Year()
}

// day finishes a resolved day: the weekday check, a time or a part of the
// day.
func (x *Extractor) day(e *expr, day time.Time, ref time.Time) resolved {
	r := resolved{value: ymd(day)}
	if e.wd != 0 && isoWeekday(day) != e.wd {
		r.notes = append(r.notes, "weekday-mismatch")
	}
	if e.timeGrain != 0 {
		h, mi := e.hh, e.mi
		if mi < 0 { // «الثانية عشرة إلا ربعا»: a quarter to twelve
			h, mi = h-1, 60+mi
			if h == 0 {
				h = 12
			}
		}
		switch e.ampm {
		case "PM":
			if h < 12 {
				h += 12
			}
		case "NOON":
			if h < 6 {
				h += 12
			}
		case "AM":
			if h == 12 {
				h = 0
			}
		case "":
			// No part of the day: the next such hour after the reference's time.
			if !ref.IsZero() && h <= 12 && day.Equal(date(ref.Year(), int(ref.Month()), ref.Day())) {
				at := ref.Hour()*60 + ref.Minute()
				if h*60+mi <= at && h < 12 {
					h += 12
				}
			}
		}
		tm := time.Date(day.Year(), day.Month(), day.Day(), h, mi, e.ss, 0, time.UTC)
		if e.utc && !ref.IsZero() {
			tm = time.Date(day.Year(), day.Month(), day.Day(), h, mi, e.ss, 0, time.UTC).In(ref.Location())
			tm = time.Date(tm.Year(), tm.Month(), tm.Day(), tm.Hour(), tm.Minute(), tm.Second(), 0, time.UTC)
		}
		g := e.timeGrain
		if g == gHour {
			g = gMinute
		}
		r.value, r.time = timeValue(tm, g), true
		return r
	}
	if e.part != "" {
		r.value += "T" + e.part
		r.time = true
	}
	return r
}

// weekdayUnresolved writes weekday e.wd of a week no reference date
// fixes, with the time or the part of the day e names: «مساء السبت» is
// XXXX-WXX-6TEV.
func (x *Extractor) weekdayUnresolved(e *expr, ref time.Time, unresolved func(string) resolved) resolved {
	r := unresolved(fmt.Sprintf("XXXX-WXX-%d", e.wd))
	if e.timeGrain != 0 || e.part != "" {
		// Any day of that weekday: 2000-01-03 was a Monday.
		t := x.day(e, date(2000, 1, 2+e.wd), ref)
		r.value += t.value[len("2000-01-01"):]
		r.time = t.time
	}
	return r
}

// timeValue writes a time to the minute or the second.
func timeValue(t time.Time, g grain) string {
	if g == gSecond {
		return t.Format("2006-01-02T15:04:05")
	}
	return t.Format("2006-01-02T15:04")
}

// holiday resolves a holiday: a fixed Gregorian day, a fixed Hijri day,
// a Hijri month or Easter, in the year the text names or the one the tense
// chooses.
func (x *Extractor) holiday(e *expr, ref time.Time, t tense) resolved {
	kind, spec, _ := strings.Cut(e.holiday.value, ":")
	refDay := date(ref.Year(), int(ref.Month()), ref.Day())
	pick := func(cands []time.Time) (time.Time, bool) {
		if t == past {
			for k := len(cands) - 1; k >= 0; k-- {
				if !cands[k].After(refDay) {
					return cands[k], true
				}
			}
		}
		for _, c := range cands {
			if !c.Before(refDay) {
				return c, true
			}
		}
		return time.Time{}, false
	}
	switch kind {
	case "gregorian", "easter":
		at := func(y int) time.Time {
			if kind == "easter" {
				return easter(y)
			}
			mm, _ := strconv.Atoi(spec[:2])
			dd, _ := strconv.Atoi(spec[3:])
			return date(y, mm, dd)
		}
		if e.y != 0 {
			return resolved{value: ymd(at(e.y))}
		}
		if ref.IsZero() {
			if kind == "easter" {
				return resolved{value: "XXXX-XX-XX", notes: []string{"unresolved"}}
			}
			return resolved{value: "XXXX-" + spec, notes: []string{"unresolved"}}
		}
		d, _ := pick([]time.Time{at(ref.Year() - 1), at(ref.Year()), at(ref.Year() + 1)})
		return resolved{value: ymd(d)}
	}
	// Hijri: a day (hijri:MM-DD) or a month (hijri-month:MM).
	mm, _ := strconv.Atoi(spec[:2])
	dd := 0
	if kind == "hijri" {
		dd, _ = strconv.Atoi(spec[3:])
	}
	var hy int
	switch {
	case e.y != 0 && e.hijri:
		hy = e.y
	case e.y != 0:
		// The Hijri year whose holiday falls in the Gregorian year named.
		hy = x.hijri.yearOf(date(e.y, 1, 1))
		if g := x.hijri.toGregorian(hy, mm, maxInt(dd, 1)); g.Year() < e.y {
			hy++
		}
	case ref.IsZero():
		cal := fmt.Sprintf("XXXX-%02d", mm)
		if dd > 0 {
			cal += fmt.Sprintf("-%02d", dd)
		}
		return resolved{value: "XXXX-XX-XX", calValue: cal, notes: []string{"unresolved"}}
	default:
		h0 := x.hijri.yearOf(refDay)
		var cands []time.Time
		for _, h := range []int{h0 - 1, h0, h0 + 1} {
			cands = append(cands, x.hijri.toGregorian(h, mm, maxInt(dd, 1)))
		}
		d, _ := pick(cands)
		hy = x.hijri.yearOf(d)
	}
	if dd > 0 {
		return resolved{value: ymd(x.hijri.toGregorian(hy, mm, dd)), calValue: fmt.Sprintf("%04d-%02d-%02d", hy, mm, dd)}
	}
	first, last := x.hijri.monthSpan(hy, mm)
	return resolved{value: narrowest(ymd(first), ymd(last)), start: ymd(first), end: ymd(last), calValue: fmt.Sprintf("%04d-%02d", hy, mm)}
}

// hijriPoint resolves a Hijri date: «15 رمضان 1445 هـ», «رمضان 1445»,
// «1441 هـ», «رمضان 2019».
func (x *Extractor) hijriPoint(e *expr, ref time.Time, t tense) resolved {
	if e.m == 0 {
		// A Hijri year.
		first := x.hijri.toGregorian(e.y, 1, 1)
		last := x.hijri.toGregorian(e.y+1, 1, 1).AddDate(0, 0, -1)
		return resolved{value: narrowest(ymd(first), ymd(last)), start: ymd(first), end: ymd(last), calValue: fmt.Sprintf("%04d", e.y)}
	}
	hy := e.y
	switch {
	case e.gregorianYear:
		hy = x.hijri.yearOf(date(e.y, 1, 1))
		if f, _ := x.hijri.monthSpan(hy, e.m); f.Year() < e.y {
			hy++
		}
	case hy == 0 && ref.IsZero():
		cal := fmt.Sprintf("XXXX-%02d", e.m)
		if e.d > 0 {
			cal += fmt.Sprintf("-%02d", e.d)
		}
		return resolved{value: "XXXX-XX-XX", calValue: cal, notes: []string{"unresolved"}}
	case hy == 0:
		refDay := date(ref.Year(), int(ref.Month()), ref.Day())
		h0 := x.hijri.yearOf(refDay)
		hy = h0
		if t == past {
			if f, _ := x.hijri.monthSpan(h0, e.m); f.After(refDay) {
				hy = h0 - 1
			}
		} else if _, l := x.hijri.monthSpan(h0, e.m); l.Before(refDay) {
			hy = h0 + 1
		}
	}
	if e.d > 0 {
		d := x.hijri.toGregorian(hy, e.m, e.d)
		r := x.day(e, d, ref)
		r.calValue = fmt.Sprintf("%04d-%02d-%02d", hy, e.m, e.d)
		return r
	}
	first, last := x.hijri.monthSpan(hy, e.m)
	return resolved{value: narrowest(ymd(first), ymd(last)), start: ymd(first), end: ymd(last), calValue: fmt.Sprintf("%04d-%02d", hy, e.m)}
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// tenseAt reads the tense of the sentence around tokens [start, end): the
// nearest cue before the expression, else after it, within the sentence.
func (p *parser) tenseAt(start, end int) tense {
	toks := p.toks
	for k := start - 1; k >= 0 && k >= start-20; k-- {
		if sentenceEnd(toks[k]) {
			break
		}
		if t := p.cue(k); t != none {
			return t
		}
	}
	for k := end; k < len(toks) && k < end+10; k++ {
		if sentenceEnd(toks[k]) {
			break
		}
		if t := p.cue(k); t != none {
			return t
		}
	}
	return none
}

func sentenceEnd(t token.Token) bool {
	if t.Kind == token.Break {
		return true
	}
	return t.Kind == token.Punct && (t.Text == "." || t.Text == "؟" || t.Text == "!" || t.Text == "?")
}

// futurePrefixExceptions are words that start like a future verb (س + a
// present-tense prefix) but are nouns.
var futurePrefixExceptions = []string{"سيا", "سيط", "سيد", "سير", "سيار", "سين", "سنو", "سنه", "سنت", "ستو", "ستين", "سته", "ستر", "ساع", "سام", "سال", "سان", "سائ"}

// cue is the tense token k marks, if any, read once per article.
func (p *parser) cue(k int) tense {
	s := &p.slots[k]
	if !s.cued {
		s.tense, s.cued = p.x.lex.cue(&p.toks[k]), true
	}
	return s.tense
}

// cue is the tense a word marks, if any. Most words are none of the
// forms cueSpelling reads, which cueForms tells with one lookup.
func (l *lexicon) cue(t *token.Token) tense {
	if t.Kind != token.Word {
		return none
	}
	if _, ok := l.cueForms.GetHashed(t.Text, t.Hash); !ok && !mayBeFuture(t.Text) {
		return none
	}
	return l.cueSpelling(t.Text)
}

// mayBeFuture reports whether w starts as cueSpelling's future verbs do,
// after the proclitics it peels.
func mayBeFuture(w string) bool {
	return strings.HasPrefix(w, "س") || strings.HasPrefix(w, "وس") || strings.HasPrefix(w, "فس")
}

// cueSuffixes are the endings of a past verb cueSpelling takes off.
var cueSuffixes = []string{"ت", "وا", "تا", "ا"}

// cueSpelling reads the tense of the word w: a form of tense.tsv, with و
// or ف before and one of cueSuffixes after a past verb, or a future verb.
func (l *lexicon) cueSpelling(w string) tense {
	for _, form := range []string{w, strings.TrimPrefix(w, "و"), strings.TrimPrefix(w, "ف")} {
		if c, ok := l.tense[form]; ok {
			return c
		}
		for _, suffix := range cueSuffixes {
			if strings.HasSuffix(form, suffix) && len(form) > len(suffix)+2 {
				if c, ok := l.tense[strings.TrimSuffix(form, suffix)]; ok && c == past {
					return c
				}
			}
		}
		// The future prefix: سيعود، ستنهي، سنواصل.
		if strings.HasPrefix(form, "س") && utf8.RuneCountInString(form) >= 5 {
			rest := form[len("س"):]
			if strings.HasPrefix(rest, "ي") || strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ن") {
				exception := false
				for _, x := range futurePrefixExceptions {
					if strings.HasPrefix(form, x) {
						exception = true
						break
					}
				}
				if !exception {
					return future
				}
			}
		}
	}
	return none
}
