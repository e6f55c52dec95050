package temporal

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// umalquraTSV holds the month lengths of the Umm al-Qura calendar; see its
// header.
//
//go:embed umalqura.tsv
var umalquraTSV []byte

// hijriCalendar converts Hijri dates to Gregorian ones: the Umm al-Qura
// calendar of Saudi Arabia for the years its table covers (1300–1600 AH,
// 1882–2174), the tabular civil calendar outside them.
type hijriCalendar struct {
	first int // the first year of the table
	// monthStart[12*(y-first)+m-1] is the day number (days since
	// 1970-01-01) of the first day of month m of year y; one more entry
	// marks the end of the table.
	monthStart []int
}

// epochDay is the day number of 1 Muharram 1300 AH (12 November 1882).
var umalquraEpoch = dayNumber(1882, 11, 12)

func parseUmmAlQura(data []byte) (*hijriCalendar, error) {
	c := &hijriCalendar{}
	day := umalquraEpoch
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		year, lengths, ok := strings.Cut(text, "\t")
		y, err := strconv.Atoi(year)
		if !ok || err != nil || len(lengths) != 12 {
			return nil, fmt.Errorf("umalqura.tsv:%d: want a year, a tab and 12 digits 0 or 1", line)
		}
		if c.first == 0 {
			c.first = y
		} else if y != c.first+len(c.monthStart)/12 {
			return nil, fmt.Errorf("umalqura.tsv:%d: year %d out of order", line, y)
		}
		for _, b := range lengths {
			if b != '0' && b != '1' {
				return nil, fmt.Errorf("umalqura.tsv:%d: month length %q is not 0 or 1", line, b)
			}
			c.monthStart = append(c.monthStart, day)
			day += 29 + int(b-'0')
		}
	}
	c.monthStart = append(c.monthStart, day)
	return c, sc.Err()
}

// dayNumber is the number of days from 1970-01-01 to a Gregorian date.
func dayNumber(y, m, d int) int {
	return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// fromDayNumber is the Gregorian date of a day number.
func fromDayNumber(n int) time.Time {
	return time.Unix(int64(n)*86400, 0).UTC()
}

// monthStartDay is the day number of the first day of Hijri month m of
// year y.
func (c *hijriCalendar) monthStartDay(y, m int) int {
	if k := 12*(y-c.first) + m - 1; k >= 0 && k+1 < len(c.monthStart) {
		return c.monthStart[k]
	}
	// The tabular (civil) Islamic calendar: 30-year cycles, 1 Muharram 1
	// AH is Julian day 1948440 (16 July 622, Julian); 1970-01-01 is
	// Julian day 2440588.
	days := (y-1)*354 + (3+11*y)/30 + (59*(m-1)+1)/2
	return 1948440 + days - 2440588
}

// toGregorian is the Gregorian date of a Hijri date.
func (c *hijriCalendar) toGregorian(y, m, d int) time.Time {
	return fromDayNumber(c.monthStartDay(y, m) + d - 1)
}

// monthSpan is the first and last Gregorian day of a Hijri month.
func (c *hijriCalendar) monthSpan(y, m int) (first, last time.Time) {
	start := c.monthStartDay(y, m)
	ny, nm := y, m+1
	if nm > 12 {
		ny, nm = y+1, 1
	}
	return fromDayNumber(start), fromDayNumber(c.monthStartDay(ny, nm) - 1)
}

// yearOf is the Hijri year in which a Gregorian day falls.
func (c *hijriCalendar) yearOf(t time.Time) int {
	n := int(t.Unix() / 86400)
	y := int(float64(t.Year()-622)*1.030684) + 1 // a close guess, then walk
	for c.monthStartDay(y, 1) > n {
		y--
	}
	for c.monthStartDay(y+1, 1) <= n {
		y++
	}
	return y
}

// easter is the date of Western Easter Sunday in a Gregorian year (the
// anonymous Gregorian algorithm of Meeus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
