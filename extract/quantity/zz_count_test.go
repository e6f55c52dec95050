package quantity

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
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
	x, _ := New()
	toks, pass, hit := 0, 0, 0
	for sc.Scan() {
		var a struct{ Text string }
		json.Unmarshal(sc.Bytes(), &a)
		tx, _ := normalize.Normalize(a.Text)
		for _, tk := range token.Tokenize(tx.Norm) {
			if tk.Kind == token.Number {
				continue
			}
			toks++
			if x.tb.maybeStart.MayContain(tk.Text) {
				pass++
				if x.tb.startsAtToken(&tk) != 0 {
					hit++
				}
			}
		}
	}
	fmt.Println("tokens", toks, "filter pass", pass, "hits", hit, "starts", len(x.tb.starts))
}
