package entity

import (
	"strconv"
	"testing"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
)

func TestTrieChildFindsEveryChild(t *testing.T) {
	// Past manyChildren a node's children are found through its index,
	// which grows as they are added.
	for _, n := range []int{1, manyChildren, manyChildren + 1, 33, 300} {
		root := &trie{}
		for k := range n {
			root.insert(&entry{words: []string{"محافظة", "كلمة" + strconv.Itoa(k)}})
		}
		for k := range n {
			w := "كلمة" + strconv.Itoa(k)
			if c := root.child(w, wordtable.Hash(w)); c == nil || c.entry == nil || c.entry.words[1] != w {
				t.Errorf("%d children: child %q not found", n, w)
			}
		}
		if c := root.child("كلمة", wordtable.Hash("كلمة")); c != nil {
			t.Errorf("%d children: a word no entry has is found", n)
		}
	}
}
