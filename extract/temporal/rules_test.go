package temporal

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

// checkRuleGates runs every word rule at every word of s, whatever the
// word's classes, and fails when a rule reads an expression at a word its
// gate (wordRule.first) would not have let it try, or an expression starts
// at a word mayStart turns away: the gates must only save work, never
// change what is found.
func checkRuleGates(t testing.TB, x *Extractor, s string) {
	t.Helper()
	text, err := normalize.Normalize(s)
	if err != nil {
		return
	}
	p := x.parser(text, token.Tokenize(text.Norm))
	defer x.release(p)
	for i, tok := range p.toks {
		if tok.Kind != token.Word {
			continue
		}
		if !p.mayStart(i) {
			if e := p.expression(i); e != nil {
				t.Fatalf("%q starts %q, but mayStart turns it away", tok.Text, tokensText(p, e.start, e.end))
			}
		}
		for k, r := range wordRules {
			if p.mask(i)&r.first != 0 {
				continue
			}
			for _, bare := range []bool{false, true} {
				if e := r.read(p, i, bare); e != nil {
					t.Fatalf("rule %d reads %q at %q, but its gate turns the word away", k, tokensText(p, e.start, e.end), tok.Text)
				}
			}
		}
	}
}

// checkCues fails when the one-lookup tense cue of a word of s differs
// from reading its spelling.
func checkCues(t testing.TB, x *Extractor, s string) {
	t.Helper()
	text, err := normalize.Normalize(s)
	if err != nil {
		return
	}
	for _, tok := range token.Tokenize(text.Norm) {
		if tok.Kind != token.Word {
			continue
		}
		if got, want := x.lex.cue(&tok), x.lex.cueSpelling(tok.Text); got != want {
			t.Fatalf("%q: the lookup says tense %d, its spelling %d", tok.Text, got, want)
		}
	}
}

func tokensText(p *parser, start, end int) string {
	var words []string
	for i := start; i < end && i < len(p.toks); i++ {
		words = append(words, p.toks[i].Text)
	}
	return strings.Join(words, " ")
}

// seedAndDucklingTexts returns the seed articles and, when ../shared is
// there, the texts of the named Duckling example files.
func seedAndDucklingTexts(t *testing.T, duckling ...string) []string {
	t.Helper()
	var texts []string
	paths, _ := filepath.Glob("../../seeds/*.txt")
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, name := range duckling {
		if _, err := os.Stat("../../../shared/data/dates/" + name); err == nil {
			for _, ex := range loadDates(t, name) {
				texts = append(texts, ex.Text)
			}
		}
	}
	return texts
}

// TestRuleGates checks the gates on the seeds, Duckling's examples when
// ../shared is there, and every form of the tables before a year, a
// number, an ordinal and a relative word.
func TestRuleGates(t *testing.T) {
	x := newTestExtractor(t)
	texts := seedAndDucklingTexts(t, "duckling_time.jsonl", "duckling_duration.jsonl")
	forms := []string{"يوم", "ويوم", "اليوم", "واليوم", "عند"}
	for _, line := range strings.Split(string(wordsTSV), "\n") {
		if form, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			forms = append(forms, form)
		}
	}
	for _, e := range normalize.Calendar().Entries() {
		forms = append(forms, e.Form)
	}
	for _, a := range forms {
		for _, b := range []string{"2013", "3 صباحا", "الأول من مارس", "الماضي", "الثالثة فجرا", "الجمعة", "مارس 2013", "الأسبوع الأول من مارس", "ثلاثة أيام"} {
			texts = append(texts, a+" "+b, "و"+a+" "+b)
		}
	}
	for _, s := range texts {
		checkRuleGates(t, x, s)
	}
}

// TestCueLookup: the tense cues found with one lookup are those the
// spelling gives, on the seeds, Duckling's examples and every form of
// tense.tsv with and without its proclitics, endings and a letter more.
func TestCueLookup(t *testing.T) {
	x := newTestExtractor(t)
	texts := append(seedAndDucklingTexts(t, "duckling_time.jsonl"), "سيعود وسيعود فستنهي سيارة وسيارات ستين سنواصل قالت وقالوا فأعلنا كانت")
	for stem := range x.lex.tense {
		for _, p := range []string{"", "و", "ف", "ب", "س"} {
			for _, suffix := range []string{"", "ت", "وا", "تا", "ا", "ه", "ين"} {
				texts = append(texts, p+stem+suffix, p+stem[:len(stem)/2]+suffix)
			}
		}
	}
	for _, s := range texts {
		checkCues(t, x, s)
	}
}
