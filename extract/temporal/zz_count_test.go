package temporal

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

func TestZZCount(t *testing.T) {
	f, err := os.Open("../../../shared/corpus/eg2013-news.jsonl.gz")
	if err != nil {
		t.Skip()
	}
	zr, _ := gzip.NewReader(f)
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 64<<20)
	x := newTestExtractor(t)
	calls, hits := map[string]int{}, map[string]int{}
	toks, words, nums := 0, 0, 0
	for sc.Scan() {
		var a struct{ Text string }
		json.Unmarshal(sc.Bytes(), &a)
		tx, _ := normalize.Normalize(a.Text)
		tk := token.Tokenize(tx.Norm)
		p := x.parser(tx, tk)
		for i := range tk {
			toks++
			k := tk[i].Kind
			if k == token.Word {
				words++
			}
			if k == token.Number {
				nums++
			}
			if k != token.Number && (k != token.Word || p.mask(i)&startClasses == 0) {
				continue
			}
			w := tk[i].Text
			if k == token.Number {
				w = "<num>"
			}
			calls[w]++
			if p.expression(i) != nil {
				hits[w]++
			}
		}
		x.release(p)
	}
	type kv struct {
		w string
		n int
	}
	var all []kv
	tot := 0
	for w, n := range calls {
		all = append(all, kv{w, n})
		tot += n
	}
	sort.Slice(all, func(i, j int) bool { return all[i].n > all[j].n })
	fmt.Println("tokens", toks, "words", words, "numbers", nums, "expression calls", tot)
	for _, e := range all[:40] {
		fmt.Println(e.w, e.n, hits[e.w])
	}
}
