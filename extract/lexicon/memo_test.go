package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
)

// TestMemoReadsAsLexicon: a Memo answers what the lexicon answers, for a
// word it remembers, a word that took its slot from another, a word too
// long to remember and no word at all.
func TestMemoReadsAsLexicon(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	words := []string{
		"تجاوز", "بتصريح", "نولاند", "سيقرر", "والكتاب", "أيرولت", "",
		strings.Repeat("ب", memoKey/2), strings.Repeat("ب", memoKey/2+1), // the longest kept, one longer
		"والمسؤولين", "والمسؤولون", // the same length, the same first and last bytes
	}
	for _, tc := range []struct {
		name string
		hash func(w string) uint64
	}{
		{"a slot a word", func(w string) uint64 { return uint64(len(w)) }},
		{"every word in one slot", func(string) uint64 { return 0 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := l.NewMemo()
			for range 2 { // the second time from the memo, where it kept the word
				for _, w := range words {
					assert.Equal(t, l.Read(w), m.Read(w, tc.hash(w)), w)
				}
			}
		})
	}
}

func BenchmarkMemoRead(b *testing.B) {
	l, err := Load()
	require.NoError(b, err)
	m := l.NewMemo()
	words := strings.Fields(searchForm(b, "تجاوز صلاحياته أيرولت المصنفة أودالتسوف والكتاب ستزور نولاند"))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		w := words[i%len(words)]
		m.Read(w, wordtable.Hash(w))
	}
}
