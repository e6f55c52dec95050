package temporal

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/quantity"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
	"github.com/stretchr/testify/require"
)

// Duckling's Arabic time and duration corpora (measure only:
// ../shared/data/dates), reference 2013-02-12T04:30 −02:00. An example
// passes when one expression covers the whole text (our spans leave out a
// leading «في») and stands for the same time at the same grain. TIMEX3 and
// Duckling write some things differently, and the test compares them as
// intervals:
//   - a TIMEX3 value is the interval of its grain (2013-03 is March);
//     PRESENT_REF is the reference second; a part of the day (TNI) is
//     18:00–24:00, TEV 18:00–24:00, TAF 12:00–18:00, TMO 00:00–12:00;
//   - a range is startDate to the end of endDate;
//   - START, MID and END name a part of a month without bounds: Duckling
//     writes a day («منتصف آذار» is 15 March) or the first or last ten
//     days; the example passes when Duckling's days lie in the first,
//     middle or last third of our month.

type ducklingExample struct {
	Dim      string          `json:"dim"`
	Text     string          `json:"text"`
	Negative bool            `json:"negative"`
	Expected json.RawMessage `json:"expected"`
	Line     int             `json:"line"`
}

type ducklingInstant struct {
	Value string `json:"value"`
	Grain string `json:"grain"`
}

type ducklingTime struct {
	Type  string           `json:"type"`
	Value json.RawMessage  `json:"value"`
	Grain string           `json:"grain"`
	Unit  string           `json:"unit"`
	From  *ducklingInstant `json:"from"`
	To    *ducklingInstant `json:"to"`
}

func loadDates(t *testing.T, name string) []ducklingExample {
	t.Helper()
	f, err := os.Open("../../../shared/data/dates/" + name)
	if err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	defer f.Close()
	var out []ducklingExample
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var ex ducklingExample
		require.NoError(t, json.Unmarshal(sc.Bytes(), &ex))
		out = append(out, ex)
	}
	require.NoError(t, sc.Err())
	return out
}

var ducklingZone = time.FixedZone("-02:00", -2*3600)
var ducklingRef = time.Date(2013, 2, 12, 4, 30, 0, 0, ducklingZone)

func newTestExtractor(t testing.TB) *Extractor {
	q, err := quantity.New()
	require.NoError(t, err)
	x, err := New(q)
	require.NoError(t, err)
	return x
}

// findAll normalizes, tokenizes and finds.
func findAll(x *Extractor, s string, ref time.Time) []model.TimeExpression {
	text, err := normalize.Normalize(s)
	if err != nil {
		panic(err)
	}
	return x.Find(text, token.Tokenize(text.Norm), ref)
}

// wholeText reports whether the expressions are one mention covering s.
func wholeText(s string, found []model.TimeExpression) bool {
	if len(found) != 1 || len(found[0].MentionedAt) != 1 {
		return false
	}
	sp := found[0].MentionedAt[0]
	runes := utf8.RuneCountInString(s)
	lead := 0
	for _, p := range []string{"في ", "عند "} {
		if strings.HasPrefix(s, p) {
			lead = utf8.RuneCountInString(p)
		}
	}
	return (sp.Start == 0 || sp.Start == lead) && sp.End == runes
}

// interval is the time a TIMEX3 value stands for, from and to (exclusive).
func interval(v string) (from, to time.Time, ok bool) {
	z := ducklingZone
	if v == "PRESENT_REF" {
		return ducklingRef, ducklingRef.Add(time.Second), true
	}
	if date, part, found := strings.Cut(v, "T"); found && len(part) == 2 {
		d, err := time.ParseInLocation("2006-01-02", date, z)
		if err != nil {
			return
		}
		hours := map[string][2]int{"MO": {0, 12}, "AF": {12, 18}, "EV": {18, 24}, "NI": {18, 24}}[part]
		return d.Add(time.Duration(hours[0]) * time.Hour), d.Add(time.Duration(hours[1]) * time.Hour), hours[1] > 0
	}
	layouts := []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006-01-02T15:04:05", func(t time.Time) time.Time { return t.Add(time.Second) }},
		{"2006-01-02T15:04", func(t time.Time) time.Time { return t.Add(time.Minute) }},
		{"2006-01-02", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
	}
	for _, l := range layouts {
		if len(v) == len(l.layout) {
			if t, err := time.ParseInLocation(l.layout, v, z); err == nil {
				// A minute written on the hour is the hour: TIMEX3 writes T15:00.
				if l.layout == "2006-01-02T15:04" && t.Minute() == 0 {
					return t, t.Add(time.Hour), true
				}
				return t, l.next(t), true
			}
		}
	}
	var y, w int
	if n, _ := fmt.Sscanf(v, "%4d-W%2d", &y, &w); n == 2 {
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, z)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return monday, monday.AddDate(0, 0, 7), true
	}
	return
}

// ducklingInterval is the time Duckling's value stands for.
func ducklingInterval(d ducklingTime) (from, to time.Time, ok bool) {
	grainEnd := func(t time.Time, g string) time.Time {
		switch g {
		case "second":
			return t.Add(time.Second)
		case "minute":
			return t.Add(time.Minute)
		case "hour":
			return t.Add(time.Hour)
		case "day":
			return t.AddDate(0, 0, 1)
		case "week":
			return t.AddDate(0, 0, 7)
		case "month":
			return t.AddDate(0, 1, 0)
		case "year":
			return t.AddDate(1, 0, 0)
		}
		return t
	}
	parse := func(s string) time.Time {
		t, err := time.Parse("2006-01-02T15:04:05.000-07:00", s)
		if err != nil {
			return time.Time{}
		}
		return t
	}
	if d.Type == "interval" {
		if d.From == nil || d.To == nil {
			return
		}
		return parse(d.From.Value), parse(d.To.Value), true
	}
	var s string
	if json.Unmarshal(d.Value, &s) != nil {
		return
	}
	t := parse(s)
	return t, grainEnd(t, d.Grain), true
}

// sameTime reports whether an expression stands for Duckling's time.
func sameTime(te model.TimeExpression, d ducklingTime) bool {
	df, dt, ok := ducklingInterval(d)
	if !ok {
		return false
	}
	var from, to time.Time
	if te.StartDate != "" {
		f, _, ok1 := interval(te.StartDate)
		_, t, ok2 := interval(te.EndDate)
		if !ok1 || !ok2 {
			return false
		}
		from, to = f, t
	} else {
		f, t, ok := interval(te.Value)
		if !ok {
			return false
		}
		from, to = f, t
	}
	switch te.Mod {
	case "START", "MID", "END":
		third := to.Sub(from) / 3
		lo := map[string]time.Duration{"START": 0, "MID": third, "END": 2 * third}[te.Mod]
		pf, pt := from.Add(lo), from.Add(lo+third)
		if te.Mod == "END" {
			pt = to
		}
		return !df.Before(pf.Add(-24*time.Hour)) && !dt.After(pt.Add(24*time.Hour))
	}
	if len(te.Value) == len("2006-01-02T15:04") && strings.HasSuffix(te.Value, ":00") && (d.Grain == "minute" || d.Grain == "hour") {
		// TIMEX3 writes 8 o'clock and 8:00 alike: compare the start.
		return df.Equal(from)
	}
	return df.Equal(from) && dt.Equal(to)
}

func TestDucklingTime(t *testing.T) {
	x := newTestExtractor(t)
	examples := loadDates(t, "duckling_time.jsonl")
	ok := 0
	var failed []string
	negativesFound := 0
	for _, ex := range examples {
		found := findAll(x, ex.Text, ducklingRef)
		if ex.Negative {
			if len(found) == 0 {
				ok++
			} else {
				negativesFound++
				failed = append(failed, fmt.Sprintf("%s → (negative) got %+v", ex.Text, found))
			}
			continue
		}
		var want ducklingTime
		require.NoError(t, json.Unmarshal(ex.Expected, &want))
		if wholeText(ex.Text, found) && sameTime(found[0], want) {
			ok++
			continue
		}
		got := make([]string, len(found))
		for k, f := range found {
			got[k] = fmt.Sprintf("%s %s %s [%s %s] %q", f.Value, f.TimexType, f.Mod, f.StartDate, f.EndDate, f.MentionedAt[0].Exact)
		}
		failed = append(failed, fmt.Sprintf("%s → %s | got %s", ex.Text, string(ex.Expected), strings.Join(got, "; ")))
	}
	share := float64(ok) / float64(len(examples))
	t.Logf("Duckling time: %d of %d (%.1f%%)", ok, len(examples), 100*share)
	for _, f := range failed {
		t.Logf("  failed: %s", f)
	}
	require.Zero(t, negativesFound, "a negative example matched")
	require.GreaterOrEqual(t, share, 0.90)
}

func TestDucklingDuration(t *testing.T) {
	x := newTestExtractor(t)
	examples := loadDates(t, "duckling_duration.jsonl")
	units := map[string]string{"second": "PT%sS", "minute": "PT%sM", "hour": "PT%sH", "day": "P%sD", "week": "P%sW", "month": "P%sM", "year": "P%sY"}
	ok := 0
	for _, ex := range examples {
		var want ducklingTime
		require.NoError(t, json.Unmarshal(ex.Expected, &want))
		var n float64
		require.NoError(t, json.Unmarshal(want.Value, &n))
		value := fmt.Sprintf(units[want.Unit], strconv.FormatFloat(n, 'f', -1, 64))
		found := findAll(x, ex.Text, ducklingRef)
		if wholeText(ex.Text, found) && found[0].Value == value && found[0].TimexType == "DURATION" {
			ok++
			continue
		}
		t.Logf("  failed: %s → %s | got %+v", ex.Text, value, found)
	}
	t.Logf("Duckling duration: %d of %d", ok, len(examples))
	require.Equal(t, len(examples), ok, "every duration")
}
