package normalize

import "testing"

func TestWordFilterNeverMissesAnAddedWord(t *testing.T) {
	var f WordFilter
	words := []string{"يناير", "كانون", "x", "2500", "ثلاثمائه", "وثلاثه"}
	for _, w := range words {
		f.Add(w)
	}
	for _, w := range words {
		if !f.MayContain(w) {
			t.Errorf("%q was added but is reported absent", w)
		}
	}
	if f.MayContain("") {
		t.Error("the empty word is never in the filter")
	}
	var empty WordFilter
	if empty.MayContain("يناير") {
		t.Error("an empty filter contains nothing")
	}
}
