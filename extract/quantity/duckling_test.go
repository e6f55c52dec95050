package quantity

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
	"github.com/stretchr/testify/require"
)

// Duckling's Arabic corpora (measure only: ../shared/data/numbers). Each
// example is a whole text; it passes when one result spans the whole text
// with Duckling's value. Duckling has no ranges of counts, approximations
// or counted nouns: these suites are a floor.

type ducklingExample struct {
	Dim      string          `json:"dim"`
	Locale   string          `json:"locale"`
	Text     string          `json:"text"`
	Negative bool            `json:"negative"`
	Expected json.RawMessage `json:"expected"`
	Line     int             `json:"line"`
}

type ducklingValue struct {
	Type  string   `json:"type"`
	Value *float64 `json:"value"`
	Unit  string   `json:"unit"`
	From  *struct {
		Value float64 `json:"value"`
		Unit  string  `json:"unit"`
	} `json:"from"`
	To *struct {
		Value float64 `json:"value"`
		Unit  string  `json:"unit"`
	} `json:"to"`
}

func loadDuckling(t *testing.T, name string) []ducklingExample {
	t.Helper()
	f, err := os.Open("../../../shared/data/numbers/" + name)
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

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// score prints the share of examples that pass and the failures.
func score(t *testing.T, name string, examples []ducklingExample, pass func(ducklingExample, *normalize.Text, []token.Token) bool) float64 {
	t.Helper()
	ok := 0
	var failed []string
	for _, ex := range examples {
		text, err := normalize.Normalize(ex.Text)
		require.NoError(t, err)
		if pass(ex, text, token.Tokenize(text.Norm)) {
			ok++
		} else {
			failed = append(failed, ex.Locale+" "+ex.Text+" → "+string(ex.Expected))
		}
	}
	share := float64(ok) / float64(len(examples))
	t.Logf("%s: %d of %d (%.1f%%)", name, ok, len(examples), 100*share)
	for _, f := range failed {
		t.Logf("  failed: %s", f)
	}
	return share
}

func TestDucklingNumerals(t *testing.T) {
	examples := loadDuckling(t, "duckling_numeral.jsonl")
	share := score(t, "numerals", examples, func(ex ducklingExample, text *normalize.Text, toks []token.Token) bool {
		var want ducklingValue
		require.NoError(t, json.Unmarshal(ex.Expected, &want))
		ns := extractor.Numerals(toks)
		return len(ns) == 1 && ns[0].StartByte == 0 && ns[0].EndByte == len(text.Norm) && near(ns[0].Value, *want.Value)
	})
	if share < 0.95 {
		t.Errorf("numerals: %.1f%%, below the 95%% bar", 100*share)
	}
}

// currencyMatches maps Duckling's units to ISO 4217. Duckling's "£" is a
// pound of no country: a plain جنيه is Egyptian in Arabic news, so both
// GBP and EGP answer it.
func currencyMatches(duckling, ours string) bool {
	switch duckling {
	case "$", "cent":
		return ours == "USD"
	case "£":
		return ours == "GBP" || ours == "EGP"
	}
	return duckling == ours
}

func TestDucklingMoney(t *testing.T) {
	examples := loadDuckling(t, "duckling_amount_of_money.jsonl")
	share := score(t, "amount_of_money", examples, func(ex ducklingExample, text *normalize.Text, toks []token.Token) bool {
		var want ducklingValue
		require.NoError(t, json.Unmarshal(ex.Expected, &want))
		ms := extractor.Find(text, toks)
		if len(ms) != 1 || ms[0].StartByte != 0 || ms[0].EndByte != len(text.Norm) || ms[0].Kind != "currency" {
			return false
		}
		m := ms[0]
		scale := func(unit string, v float64) float64 {
			if unit == "cent" {
				return v / 100
			}
			return v
		}
		switch {
		case want.Value != nil:
			return m.HasValue && near(m.Value, scale(want.Unit, *want.Value)) && currencyMatches(want.Unit, m.Currency)
		case want.From != nil && want.To != nil:
			return m.HasMin && m.HasMax && near(m.Min, scale(want.From.Unit, want.From.Value)) &&
				near(m.Max, scale(want.To.Unit, want.To.Value)) && currencyMatches(want.From.Unit, m.Currency)
		case want.From != nil:
			return m.HasMin && !m.HasMax && near(m.Min, scale(want.From.Unit, want.From.Value)) && currencyMatches(want.From.Unit, m.Currency)
		case want.To != nil:
			return m.HasMax && !m.HasMin && near(m.Max, scale(want.To.Unit, want.To.Value)) && currencyMatches(want.To.Unit, m.Currency)
		}
		return false
	})
	if share < 0.90 {
		t.Errorf("amount_of_money: %.1f%%, below the 90%% bar", 100*share)
	}
}

// TestDucklingOtherDimensions prints how the measures fare (no bar: news
// rarely writes ounces) and checks that negatives and ordinals yield no
// quantity.
func TestDucklingOtherDimensions(t *testing.T) {
	for _, name := range []string{"duckling_quantity.jsonl", "duckling_volume.jsonl", "duckling_temperature.jsonl"} {
		examples := loadDuckling(t, name)
		score(t, strings.TrimSuffix(strings.TrimPrefix(name, "duckling_"), ".jsonl"), examples, func(ex ducklingExample, text *normalize.Text, toks []token.Token) bool {
			ms := extractor.Find(text, toks)
			if ex.Negative {
				return len(ms) == 0
			}
			var want ducklingValue
			require.NoError(t, json.Unmarshal(ex.Expected, &want))
			return len(ms) == 1 && ms[0].StartByte == 0 && ms[0].EndByte == len(text.Norm) && want.Value != nil &&
				(near(ms[0].Value, *want.Value) || near(ms[0].Min, *want.Value))
		})
	}
	ordinals := loadDuckling(t, "duckling_ordinal.jsonl")
	share := score(t, "ordinals (no quantity expected)", ordinals, func(_ ducklingExample, text *normalize.Text, toks []token.Token) bool {
		return len(extractor.Find(text, toks)) == 0
	})
	if share < 1 {
		t.Errorf("an ordinal was taken for a quantity")
	}
}
