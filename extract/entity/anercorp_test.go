package entity

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

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
	case "Place", "Country", "City", "AdministrativeArea", "Airport":
		return "LOC"
	}
	return "ORG"
}

// predictedSpans runs the extractor over a sentence written as its words
// joined by spaces and maps each mention back to the words it touches.
func predictedSpans(x *Extractor, words []string) []nerSpan {
	text := strings.Join(words, " ")
	starts := make([]int, len(words)) // code point offsets of the words
	pos := 0
	for i, w := range words {
		starts[i] = pos
		pos += len([]rune(w)) + 1
	}
	wordAt := func(cp int) int {
		return sort.Search(len(starts), func(i int) bool { return starts[i] > cp }) - 1
	}
	nt, err := normalize.Normalize(text)
	if err != nil {
		return nil
	}
	var out []nerSpan
	for _, e := range x.Find(nt, token.Tokenize(nt.Norm)) {
		for _, m := range e.MentionedAt {
			out = append(out, nerSpan{wordAt(m.Start), wordAt(m.End-1) + 1, nerType(e.Type)})
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

// scoreNER scores exact spans per type, MISC left out on both sides.
func scoreNER(x *Extractor, sents []nerSentence) (map[string]*prf, prf) {
	per := map[string]*prf{"PER": {}, "LOC": {}, "ORG": {}}
	for _, s := range sents {
		gold := map[nerSpan]bool{}
		for _, g := range goldSpans(s.tags) {
			if per[g.typ] != nil {
				gold[g] = true
			}
		}
		seen := map[nerSpan]bool{}
		for _, p := range predictedSpans(x, s.words) {
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
		per, micro := scoreNER(x, part.sents)
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
