package wordtable

import (
	"fmt"
	"strconv"
	"testing"
)

func TestGet(t *testing.T) {
	words := map[string]int{"": 7, "العراق": 1, "بغداد": 2}
	for i := range 1000 {
		words["w"+strconv.Itoa(i)] = i + 10
	}
	table := New(words)
	for w, want := range words {
		if got, ok := table.Get(w); !ok || got != want {
			t.Errorf("Get(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	for _, w := range []string{"عراق", "w1000", "w", "بغدادي"} {
		if got, ok := table.Get(w); ok {
			t.Errorf("Get(%q) = %d, true; want a miss", w, got)
		}
	}
}

// TestSharedHash: words that differ only where Hash does not look share a
// hash, and the table still tells them apart by their keys.
func TestSharedHash(t *testing.T) {
	a, b, c := "والمسؤولين-1-الامريكيين", "والمسؤولين-2-الامريكيين", "والمسؤولين-3-الامريكيين"
	if Hash(a) != Hash(b) || Hash(a) != Hash(c) {
		t.Fatal("the test needs words with one hash")
	}
	table := New(map[string]int{a: 1, b: 2})
	for w, want := range map[string]int{a: 1, b: 2} {
		if got, ok := table.Get(w); !ok || got != want {
			t.Errorf("Get(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	if _, ok := table.Get(c); ok {
		t.Errorf("found %q", c)
	}
	if got, ok := table.GetHashed(b, Hash(b)); !ok || got != 2 {
		t.Errorf("GetHashed(%q) = %d, %v", b, got, ok)
	}
}

func TestEmpty(t *testing.T) {
	if _, ok := New(map[string]bool{}).Get("x"); ok {
		t.Error("an empty table found x")
	}
}

func ExampleTable_Get() {
	months := New(map[string]int{"يناير": 1, "فبراير": 2})
	n, ok := months.Get("فبراير")
	fmt.Println(n, ok)
	_, ok = months.Get("الجمعة")
	fmt.Println(ok)
	// Output:
	// 2 true
	// false
}
