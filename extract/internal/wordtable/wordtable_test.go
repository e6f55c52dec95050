package wordtable

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

func found(t *Table[bool], w string) bool {
	_, ok := t.Get(w)
	return ok
}

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

// TestEveryByte: a word that differs from a key in any one byte is not
// the key, whatever its length: the halves a slot keeps hold every byte
// of a word of up to 16 bytes, and a longer one is compared byte by byte.
func TestEveryByte(t *testing.T) {
	for n := 1; n <= 20; n++ {
		key := strings.Repeat("a", n)
		table := New(map[string]bool{key: true})
		if !found(table, key) {
			t.Fatalf("Get(%q) missed", key)
		}
		for k := range n {
			w := key[:k] + "b" + key[k+1:]
			if found(table, w) {
				t.Errorf("Get(%q) found the key %q", w, key)
			}
		}
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
