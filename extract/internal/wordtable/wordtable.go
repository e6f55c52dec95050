// Package wordtable is a read-only map from words to what a table says of
// them, built for the lookups an extractor makes: nearly every token of an
// article is looked up and most are not there, so a miss must be cheap. It
// is an open-addressing table at most half full whose probe reads a 32-bit
// fingerprint from a compact array, small enough to stay in the cache, and
// touches the keys only when a fingerprint matches.
package wordtable

import "hash/maphash"

// Table maps words to values of type V. It is safe for concurrent reads.
type Table[V any] struct {
	seed    maphash.Seed
	prints  []uint32 // a fingerprint of the word in each slot; 0 marks an empty slot
	entries []entry[V]
	mask    uint64
}

type entry[V any] struct {
	word  string
	value V
}

// New returns a table holding the words of m.
func New[V any](m map[string]V) *Table[V] {
	size := 64
	for size < 2*len(m) {
		size *= 2
	}
	t := &Table[V]{
		seed:    maphash.MakeSeed(),
		prints:  make([]uint32, size),
		entries: make([]entry[V], size),
		mask:    uint64(size - 1),
	}
	for w, v := range m {
		h := maphash.String(t.seed, w)
		i, print := h&t.mask, fingerprint(h)
		for t.prints[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.prints[i], t.entries[i] = print, entry[V]{w, v}
	}
	return t
}

// fingerprint is the high half of a hash, never 0: the low bits pick the
// slot.
func fingerprint(h uint64) uint32 { return uint32(h>>32) | 1 }

// Get returns the value of the word w, and whether the table has w.
func (t *Table[V]) Get(w string) (V, bool) {
	h := maphash.String(t.seed, w)
	print := fingerprint(h)
	for i := h & t.mask; t.prints[i] != 0; i = (i + 1) & t.mask {
		if t.prints[i] == print && t.entries[i].word == w {
			return t.entries[i].value, true
		}
	}
	var zero V
	return zero, false
}
