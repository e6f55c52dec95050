package entity

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

// anercorpPath is ANERcorp's training part: measure only, never shipped.
const anercorpPath = "../../../shared/data/ner/anercorp_train.conll"

// tunedShare is the share of ANERcorp's sentences, from the start, that we
// looked at while building the tables and rules; the rest is only scored.
const tunedShare = 0.8

type nerSentence struct {
	words []string
	tags  []string
}

func readCoNLL(t *testing.T, path string) []nerSentence {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("ANERcorp not available: %v", err)
	}
	defer f.Close()
	var out []nerSentence
	var cur nerSentence
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			if len(cur.words) > 0 {
				out = append(out, cur)
			}
			cur = nerSentence{}
			continue
		}
		word, tag, ok := strings.Cut(line, "\t")
		if !ok {
			word, tag, _ = strings.Cut(line, " ")
		}
		cur.words = append(cur.words, word)
		cur.tags = append(cur.tags, tag)
	}
	if len(cur.words) > 0 {
		out = append(out, cur)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// nerSpan is an entity over word indices [start, end).
type nerSpan struct {
	start, end int
	typ        string
}

// goldSpans reads IOB2 tags.
func goldSpans(tags []string) []nerSpan {
	var out []nerSpan
	for i := 0; i < len(tags); i++ {
		if !strings.HasPrefix(tags[i], "B-") {
			continue
		}
		typ := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, nerSpan{i, j, typ})
	}
	return out
}

// nerType maps a schema.org type to ANERcorp's: Person, places, the rest
// organizations.
func nerType(typ string) string {
	switch typ {
	case "Person":
		return "PER"
	case "Place", "Country", "City", "AdministrativeArea", "Airport", "Hospital":
		return "LOC"
	}
	return "ORG"
}

// passage is how many consecutive sentences the test joins into one text.
// ANERcorp keeps its sentences in the order of their articles but does not
// mark where an article ends; a passage of a few sentences stands for one,
// so that a later «أنان» can join an earlier «كوفي أنان» as it would in an
// article.
const passage = 12

// predictedSpans runs the extractor over sentences written as their words
// joined by spaces, one line each, and maps each mention back to the
// sentence and the words it touches.
func predictedSpans(x *Extractor, sents []nerSentence) [][]nerSpan {
	type at struct{ sent, word int }
	var lines []string
	var starts []int // code point offset of each word
	var where []at
	pos := 0
	for si, s := range sents {
		for wi, w := range s.words {
			starts = append(starts, pos)
			where = append(where, at{si, wi})
			pos += utf8.RuneCountInString(w) + 1 // the space or line break after it
		}
		lines = append(lines, strings.Join(s.words, " "))
	}
	wordAt := func(cp int) at {
		return where[sort.Search(len(starts), func(i int) bool { return starts[i] > cp })-1]
	}
	out := make([][]nerSpan, len(sents))
	nt, err := normalize.Normalize(strings.Join(lines, "\n"))
	if err != nil {
		return out
	}
	for _, e := range x.Find(nt, token.Tokenize(nt.Norm)) {
		for _, m := range e.MentionedAt {
			first, last := wordAt(m.Start), wordAt(m.End-1)
			if first.sent != last.sent {
				continue // across a line break: no sentence's span
			}
			out[first.sent] = append(out[first.sent], nerSpan{first.word, last.word + 1, nerType(e.Type)})
		}
	}
	return out
}

type prf struct{ tp, fp, fn int }

func (s prf) String() string {
	p := float64(s.tp) / float64(max(1, s.tp+s.fp))
	r := float64(s.tp) / float64(max(1, s.tp+s.fn))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", p, r, f, s.tp, s.fp, s.fn)
}

func (s prf) f1() float64 {
	if s.tp == 0 {
		return 0
	}
	return 2 * float64(s.tp) / float64(2*s.tp+s.fp+s.fn)
}

// scoreNER scores exact spans per type, MISC left out on both sides, over
// texts of n consecutive sentences.
func scoreNER(x *Extractor, sents []nerSentence, n int) (map[string]*prf, prf) {
	per := map[string]*prf{"PER": {}, "LOC": {}, "ORG": {}}
	var predicted [][]nerSpan
	for k := 0; k < len(sents); k += n {
		predicted = append(predicted, predictedSpans(x, sents[k:min(k+n, len(sents))])...)
	}
	for si, s := range sents {
		gold := map[nerSpan]bool{}
		for _, g := range goldSpans(s.tags) {
			if per[g.typ] != nil {
				gold[g] = true
			}
		}
		seen := map[nerSpan]bool{}
		for _, p := range predicted[si] {
			if seen[p] {
				continue
			}
			seen[p] = true
			if gold[p] {
				per[p.typ].tp++
				delete(gold, p)
			} else {
				per[p.typ].fp++
			}
		}
		for g := range gold {
			per[g.typ].fn++
		}
	}
	var micro prf
	for _, s := range per {
		micro.tp += s.tp
		micro.fp += s.fp
		micro.fn += s.fn
	}
	return per, micro
}

// TestANERcorp scores the extractor on ANERcorp: the first 80% of the
// sentences (the part we looked at) and the last 20% (only scored), with
// exact spans per type. It prints the figures; it fails only if the
// extractor finds nearly nothing, which would mean it is broken.
func TestANERcorp(t *testing.T) {
	sents := readCoNLL(t, anercorpPath)
	x := newTestExtractor(t)
	cut := int(float64(len(sents)) * tunedShare)
	for _, part := range []struct {
		name  string
		sents []nerSentence
	}{{"tuned (first 80%)", sents[:cut]}, {"held out (last 20%)", sents[cut:]}} {
		per, micro := scoreNER(x, part.sents, passage)
		t.Logf("ANERcorp %s, %d sentences:", part.name, len(part.sents))
		for _, typ := range []string{"PER", "LOC", "ORG"} {
			t.Logf("  %s %v", typ, per[typ])
		}
		t.Logf("  micro %v", micro)
		if micro.f1() < 0.3 {
			t.Errorf("%s: micro F1 %.3f: the extractor finds almost nothing", part.name, micro.f1())
		}
	}
}

func newTestExtractor(t testing.TB) *Extractor {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// wojoodPaths are the two parts of the SinaLab Wojood sample: measure
// only, and never looked at while building the tables and rules.
var wojoodPaths = []string{"../../../shared/data/ner/wojood_sample_train.conll", "../../../shared/data/ner/wojood_sample_val.conll"}

// TestWojood scores the extractor on the Wojood sample, a corpus of
// another team, other years and other genres (news, history, social
// media), with exact spans: GPE, LOC and FAC count as places, NORP
// (nationalities, which we link to their country but do not name) is
// left out. Its sentences are shuffled, so each is a text of its own. It
// prints the figures; it fails only if the extractor finds nearly nothing.
func TestWojood(t *testing.T) {
	var sents []nerSentence
	for _, path := range wojoodPaths {
		for _, s := range readCoNLL(t, path) {
			for k, tag := range s.tags {
				for _, place := range []string{"GPE", "FAC"} {
					if typ, ok := strings.CutSuffix(tag, place); ok {
						s.tags[k] = typ + "LOC"
					}
				}
				if strings.HasSuffix(tag, "NORP") {
					s.tags[k] = "O"
				}
			}
			sents = append(sents, s)
		}
	}
	per, micro := scoreNER(newTestExtractor(t), sents, 1)
	t.Logf("Wojood sample, %d sentences:", len(sents))
	for _, typ := range []string{"PER", "LOC", "ORG"} {
		t.Logf("  %s %v", typ, per[typ])
	}
	t.Logf("  micro %v", micro)
	if micro.f1() < 0.3 {
		t.Errorf("micro F1 %.3f: the extractor finds almost nothing", micro.f1())
	}
}
