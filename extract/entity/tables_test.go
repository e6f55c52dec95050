package entity

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
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

// TestCuratedFormsOnce: a form is listed once in curated.tsv. The same
// line twice is an editing slip, and a form that the search form reads as
// another's with another key is two entities of which one never wins.
// Spellings that the search form reads alike may stand for one entity
// («محمد مرسي», «محمد مرسى»).
func TestCuratedFormsOnce(t *testing.T) {
	norm := normalize.New(normalize.Default())
	type listed struct{ form, key string }
	first := map[string]listed{}
	err := eachLine("curated.tsv", 4, func(f []string) error {
		n, err := norm.Normalize(f[0])
		if err != nil {
			return err
		}
		var words []string
		for _, tok := range token.Tokenize(n.Norm) {
			words = append(words, tok.Text)
		}
		search := strings.Join(words, " ")
		if before, ok := first[search]; ok && (before.form == f[0] || before.key != f[3]) {
			t.Errorf("%q is listed twice: %v and %v", search, before, listed{f[0], f[3]})
		}
		first[search] = listed{f[0], f[3]}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, len(first), 500)
}
