package temporal

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ref is a reference date for the table: Monday 26 July 2021.
var ref = time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC)

func TestExpressions(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		ref        time.Time // zero: none
		exact      string    // the span; "" means the whole text
		value      string
		timexType  string // "" means DATE
		mod        string
		calendar   string // "" means gregorian
		calValue   string
		start, end string
		note       string // one note that must be there
	}{
		// Absolute
		{name: "day month year", text: "26 يوليو 2021", value: "2021-07-26"},
		{name: "day month year", text: "بحلول 4 أبريل 2020", value: "2020-04-04", mod: "ON_OR_BEFORE"},
		{name: "paired month", text: "في 11 سبتمبر/أيلول 2001", exact: "11 سبتمبر/أيلول 2001", value: "2001-09-11"},
		{name: "weekday checked", text: "الجمعة 6 سبتمبر/أيلول 2024", value: "2024-09-06"},
		{name: "weekday mismatch", text: "الخميس 6 سبتمبر/أيلول 2024", value: "2024-09-06", note: "weekday-mismatch"},
		{name: "numeric ymd", text: "2020/03/15", value: "2020-03-15"},
		{name: "numeric dmy", text: "15-3-2020", value: "2020-03-15"},
		{name: "arabic-indic digits", text: "٢٠٢٠/٣/١٥", value: "2020-03-15"},
		// Partial
		{name: "paired month and year", text: "وفي آذار / مارس 2020", exact: "آذار / مارس 2020", value: "2020-03"},
		{name: "month and year", text: "فبراير 2021", value: "2021-02"},
		{name: "year after عام", text: "عام 2003", value: "2003"},
		{name: "year after في", text: "غزت العراق في 2003 للإطاحة", exact: "2003", value: "2003"},
		{name: "year after سنة", text: "سنة 2019", value: "2019"},
		{name: "year after منذ", text: "منذ 2014", exact: "2014", value: "2014"},
		{name: "not a year", text: "نشر 2500 جندي", value: ""},
		{name: "decade", text: "في التسعينيات", exact: "التسعينيات", value: "199"},
		{name: "century", text: "القرن العشرين", value: "19"},
		{name: "century compound", text: "القرن الحادي والعشرين", value: "20"},
		// Paired months, every form
		{name: "pair slash", text: "سبتمبر/أيلول 2024", value: "2024-09"},
		{name: "pair space", text: "مايو أيار 2020", value: "2020-05"},
		{name: "pair dash", text: "آذار - مارس 2020", value: "2020-03"},
		{name: "pair parentheses", text: "أيار (مايو) 2020", value: "2020-05"},
		{name: "pair conflict", text: "آذار / أبريل 2020", value: "2020-03", note: "month-conflict"},
		// Without a year
		{name: "month, no reference", text: "في أبريل", exact: "أبريل", value: "XXXX-04", note: "unresolved"},
		{name: "month, past tense", text: "كان البلدان قد اتفقا على تغيير مهمة القوات في أبريل", ref: ref, exact: "أبريل", value: "2021-04"},
		{name: "month, past tense, later month", text: "قال المسؤول في أكتوبر إن", ref: ref, exact: "أكتوبر", value: "2020-10"},
		{name: "month, future tense", text: "ستجري الانتخابات في أكتوبر", ref: ref, exact: "أكتوبر", value: "2021-10"},
		{name: "month, future tense, earlier month", text: "سيعود الوفد في أبريل", ref: ref, exact: "أبريل", value: "2022-04"},
		{name: "paired month without year", text: "بدأت المحادثات في يناير/كانون الثاني", ref: ref, exact: "يناير/كانون الثاني", value: "2021-01"},
		{name: "day and paired month", text: "أعلنت في 1 مارس / آذار", ref: ref, exact: "1 مارس / آذار", value: "2021-03-01"},
		{name: "ordinal day", text: "وفي الخامس من أغسطس/ آب، أصيب", ref: ref, exact: "الخامس من أغسطس/ آب", value: "2020-08-05"},
		{name: "ordinal day, no reference", text: "الخامس من أغسطس/ آب", value: "XXXX-08-05", note: "unresolved"},
		// Relative
		{name: "today", text: "اليوم", ref: ref, value: "2021-07-26"},
		{name: "yesterday", text: "أمس", ref: ref, value: "2021-07-25"},
		{name: "tomorrow", text: "غدا", ref: ref, value: "2021-07-27"},
		{name: "weekday, past", text: "قال الرئيس يوم الاثنين", ref: ref, exact: "يوم الاثنين", value: "2021-07-26"},
		{name: "weekday, past, earlier", text: "قال الرئيس يوم الجمعة", ref: ref, exact: "يوم الجمعة", value: "2021-07-23"},
		{name: "weekday, future", text: "سيزور الرئيس بغداد يوم الجمعة", ref: ref, exact: "يوم الجمعة", value: "2021-07-30"},
		{name: "weekday, no reference", text: "يوم الاثنين", value: "XXXX-WXX-1", note: "unresolved"},
		{name: "last week", text: "الأسبوع الماضي", ref: ref, value: "2021-W29"},
		{name: "next month", text: "الشهر المقبل", ref: ref, value: "2021-08"},
		{name: "this month", text: "الشهر الجاري", ref: ref, value: "2021-07"},
		{name: "this month, demonstrative", text: "هذا الشهر", ref: ref, value: "2021-07"},
		{name: "last year", text: "العام الماضي", ref: ref, value: "2020"},
		{name: "next year", text: "العام التالي", ref: ref, value: "2022"},
		{name: "last year, no reference", text: "العام الماضي", value: "XXXX", note: "reference-P1Y"},
		{name: "days ago", text: "منذ ثلاثة أيام", ref: ref, value: "2021-07-23"},
		{name: "months ago", text: "قبل شهرين", ref: ref, value: "2021-05"},
		{name: "weeks later", text: "بعد أسبوعين", ref: ref, value: "2021-08-09"},
		{name: "earlier this month", text: "في وقت سابق من هذا الشهر", ref: ref, value: "2021-07"},
		{name: "earlier", text: "وفي وقت سابق قالت الوزارة", exact: "في وقت سابق", value: "PAST_REF"},
		{name: "now", text: "ويوجد حاليا نحو 2500 جندي", exact: "حاليا", value: "PRESENT_REF"},
		{name: "the next few years", text: "خلال السنوات القليلة المقبلة", exact: "السنوات القليلة المقبلة", value: "FUTURE_REF"},
		// Parts and bounds
		{name: "by the end of the year", text: "بحلول نهاية العام", ref: ref, value: "2021", mod: "END"},
		{name: "end of a year", text: "نهاية عام 2025", value: "2025", mod: "END"},
		{name: "start", text: "مطلع 2020", value: "2020", mod: "START"},
		{name: "middle", text: "منتصف مارس 2020", value: "2020-03", mod: "MID"},
		{name: "late", text: "أواخر 2019", value: "2019", mod: "END"},
		{name: "at least until", text: "على الأقل حتى عام 2026", value: "2026", mod: "ON_OR_AFTER"},
		{name: "before", text: "قبل عام 2020", value: "2020", mod: "BEFORE"},
		{name: "after", text: "بعد عام 2020", value: "2020", mod: "AFTER"},
		{name: "by", text: "بحلول عام 2007", value: "2007", mod: "ON_OR_BEFORE"},
		// Ranges
		{name: "year range", text: "من 2011 إلى 2014", value: "201", start: "2011", end: "2014"},
		{name: "month range", text: "بين مارس وأبريل 2020", value: "2020", start: "2020-03", end: "2020-04"},
		{name: "year range, dash", text: "في الفترة 2011-2014", exact: "2011-2014", value: "201", start: "2011", end: "2014"},
		{name: "day range", text: "من 13 إلى 15 تموز 2013", value: "2013-07", start: "2013-07-13", end: "2013-07-15"},
		// Durations
		{name: "years", text: "بعد 8 سنوات من الغزو", exact: "8 سنوات", value: "P8Y", timexType: "DURATION"},
		{name: "months", text: "في غضون 12 شهرًا", exact: "12 شهرًا", value: "P12M", timexType: "DURATION"},
		{name: "two decades", text: "يستمر عقدين من الزمن", exact: "عقدين", value: "P20Y", timexType: "DURATION"},
		{name: "two months", text: "شهرين", value: "P2M", timexType: "DURATION"},
		{name: "two days", text: "يومين", value: "P2D", timexType: "DURATION"},
		{name: "two years", text: "عامين", value: "P2Y", timexType: "DURATION"},
		{name: "months in words", text: "ثلاثة أشهر", value: "P3M", timexType: "DURATION"},
		{name: "for years", text: "منذ سنوات", exact: "سنوات", value: "PXY", timexType: "DURATION"},
		{name: "set", text: "كل يوم", value: "P1D", timexType: "SET"},
		{name: "an adjective, not a duration", text: "ولاية ثانية", value: ""},
		{name: "generally, not a year", text: "بشكل عام", value: ""},
		// Hijri
		{name: "hijri day", text: "15 رمضان 1445 هـ", value: "2024-03-25", calendar: "hijri", calValue: "1445-09-15"},
		{name: "hijri year", text: "1441 هـ", value: "20", calendar: "hijri", calValue: "1441", start: "2019-08-31", end: "2020-08-19"},
		{name: "hijri month", text: "رمضان 1445", value: "2024", calendar: "hijri", calValue: "1445-09", start: "2024-03-11", end: "2024-04-09"},
		{name: "ramadan in a gregorian year", text: "رمضان 2019", value: "2019", calendar: "hijri", calValue: "1440-09", start: "2019-05-06", end: "2019-06-03"},
		{name: "eid", text: "عيد الأضحى 2013", value: "2013-10-15", calendar: "hijri", calValue: "1434-12-10"},
		{name: "tabular calendar outside the table", text: "1 محرم 1700 هـ", value: "2270-12-15", calendar: "hijri", calValue: "1700-01-01"},
		// Times of day
		{name: "o'clock", text: "الساعة العاشرة صباحا", ref: ref, value: "2021-07-26T10:00", timexType: "TIME"},
		{name: "evening of a weekday", text: "قال مساء الاثنين", ref: ref, exact: "مساء الاثنين", value: "2021-07-26TEV", timexType: "TIME"},
		{name: "evening of a weekday, no reference", text: "قال مساء السبت", exact: "مساء السبت", value: "XXXX-WXX-6TEV", timexType: "TIME", note: "unresolved"},
		{name: "time on a weekday, no reference", text: "الخميس الساعة 8 مساء", value: "XXXX-WXX-4T20:00", timexType: "TIME", note: "unresolved"},
		{name: "a time, no reference", text: "الساعة 3 عصرا", value: "XXXX-XX-XXT15:00", timexType: "TIME", note: "unresolved"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found := findAll(x, tc.text, tc.ref)
			if tc.value == "" {
				assert.Empty(t, found)
				return
			}
			require.Len(t, found, 1, "%+v", found)
			f := found[0]
			exact := tc.exact
			if exact == "" {
				exact = tc.text
			}
			require.Len(t, f.MentionedAt, 1)
			assert.Equal(t, exact, f.MentionedAt[0].Exact)
			assert.Equal(t, tc.value, f.Value)
			assert.Equal(t, or(tc.timexType, "DATE"), f.TimexType)
			assert.Equal(t, tc.mod, f.Mod)
			assert.Equal(t, or(tc.calendar, "gregorian"), f.Calendar)
			assert.Equal(t, tc.calValue, f.CalendarValue)
			assert.Equal(t, tc.start, f.StartDate)
			assert.Equal(t, tc.end, f.EndDate)
			if tc.note != "" {
				assert.Contains(t, f.Notes, tc.note)
			} else {
				for _, n := range f.Notes {
					assert.True(t, strings.HasPrefix(n, "reference") || n == "unresolved" && tc.ref.IsZero(), "unexpected note %q", n)
				}
			}
		})
	}
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// The Umm al-Qura table agrees with dates the Saudi calendar published.
func TestUmmAlQura(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct {
		y, m, d int
		want    string
	}{
		{1445, 9, 1, "2024-03-11"},  // Ramadan 1445
		{1435, 1, 1, "2013-11-04"},  // Islamic new year 1435
		{1434, 10, 1, "2013-08-08"}, // Eid al-Fitr 1434
		{1441, 1, 1, "2019-08-31"},
		{1300, 1, 1, "1882-11-12"}, // the table's first day
	} {
		assert.Equal(t, tc.want, ymd(x.hijri.toGregorian(tc.y, tc.m, tc.d)), "%d-%d-%d", tc.y, tc.m, tc.d)
	}
	// The tabular calendar where the table agrees with it.
	assert.Equal(t, "2024-03-11", ymd(fromDayNumber(1948440+(1445-1)*354+(3+11*1445)/30+(59*8+1)/2-2440588)))
	// Across the table's edge the tabular calendar takes over within a day or two.
	last := x.hijri.toGregorian(1600, 12, 29)
	next := x.hijri.toGregorian(1601, 1, 1)
	assert.InDelta(t, 1, next.Sub(last).Hours()/24, 2)
}

func TestEaster(t *testing.T) {
	for y, want := range map[int]string{2013: "2013-03-31", 2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20"} {
		assert.Equal(t, want, ymd(easter(y)))
	}
}

func TestNarrowest(t *testing.T) {
	for _, tc := range [][3]string{
		{"2011", "2014", "201"},
		{"2013-07-13", "2013-07-15", "2013-07"},
		{"2019-08-31", "2020-08-19", "20"},
		{"2013-02-12T15:00", "2013-02-12T16:00", "2013-02-12"},
		{"2013-W08", "2013-W10", "2013"},
		{"2020-03", "2020-04", "2020"},
	} {
		assert.Equal(t, tc[2], narrowest(tc[0], tc[1]), "%s %s", tc[0], tc[1])
	}
}
