// Package wordtable is a read-only map from words to what a table says of
// them, built for the lookups an extractor makes: nearly every token of an
// article is looked up and most are not there, so a miss must be cheap. It
// is an open-addressing table at most half full whose probe reads a 32-bit
// fingerprint from a compact array and touches the keys only when a
// fingerprint matches; before that, a bit array of eight or more bits a
// word, small enough to stay in the nearest cache, turns most misses away. Every table hashes
// with Hash, so a caller that looks one word up in several tables can hash
// it once (GetHashed).
package wordtable

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// Table maps words to values of type V. It is safe for concurrent reads.
type Table[V any] struct {
	// filter has a bit set for the hash of every word, eight bits a word
	// or more: a small array, read before prints, that turns most misses
	// away without touching the larger ones.
	filter     []uint64
	filterBits uint
	prints     []uint32 // a fingerprint of the word in each slot; 0 marks an empty slot
	entries    []entry[V]
	mask       uint64
}

type entry[V any] struct {
	word  string
	value V
	// a and b are the word's bytes as Hash reads them: a word of up to 16
	// bytes is told from another of its length by them alone, without
	// reading its bytes, which lie elsewhere in memory.
	a, b uint64
}

// New returns a table holding the words of m.
func New[V any](m map[string]V) *Table[V] {
	size := 64
	for size < 2*len(m) {
		size *= 2
	}
	t := &Table[V]{
		prints:  make([]uint32, size),
		entries: make([]entry[V], size),
		mask:    uint64(size - 1),
	}
	t.filterBits = uint(bits.Len(uint(4*size))) - 1 // log2 of 4 bits a slot, 8 a word or more
	t.filter = make([]uint64, 1<<t.filterBits/64)
	for w, v := range m {
		h := Hash(w)
		f := h >> (64 - t.filterBits)
		t.filter[f/64] |= 1 << (f % 64)
		i, print := h&t.mask, fingerprint(h)
		for t.prints[i] != 0 {
			i = (i + 1) & t.mask
		}
		a, b := halves(w)
		t.prints[i], t.entries[i] = print, entry[V]{w, v, a, b}
	}
	return t
}

// fingerprint is the high half of a hash, never 0: the low bits pick the
// slot.
func fingerprint(h uint64) uint32 { return uint32(h>>32) | 1 }

// Get returns the value of the word w, and whether the table has w.
func (t *Table[V]) Get(w string) (V, bool) { return t.GetHashed(w, Hash(w)) }

// GetHashed is Get for a word whose Hash the caller has: h must be
// Hash(w).
func (t *Table[V]) GetHashed(w string, h uint64) (V, bool) {
	var zero V
	if f := h >> (64 - t.filterBits); t.filter[f/64]&(1<<(f%64)) == 0 {
		return zero, false
	}
	print := fingerprint(h)
	for i := h & t.mask; t.prints[i] != 0; i = (i + 1) & t.mask {
		if t.prints[i] != print {
			continue
		}
		if e := &t.entries[i]; len(e.word) == len(w) {
			if len(w) <= 16 {
				if a, b := halves(w); e.a == a && e.b == b {
					return e.value, true
				}
			} else if e.word == w {
				return e.value, true
			}
		}
	}
	return zero, false
}

// halves are the two numbers Hash mixes: for a word of up to 16 bytes
// they hold every byte of it.
func halves(w string) (a, b uint64) {
	n := len(w)
	switch {
	case n >= 8:
		a, b = load64(w), load64(w[n-8:])
	case n >= 4:
		a, b = uint64(load32(w)), uint64(load32(w[n-4:]))
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n/2])<<8 | uint64(w[n-1])
	}
	return a, b
}

// Hash is the hash every table uses: cheap, which a word of a few letters
// needs more than a strong mix. It reads the first and the last eight
// bytes (four and four of a shorter word), so it sees every byte of a word
// of up to 16 bytes, eight Arabic letters; longer words that differ only in
// the middle share a hash and are told apart by their keys. It is fixed,
// not seeded: the keys are the tables', not the input's, so input cannot
// crowd one slot.
func Hash(w string) uint64 {
	n := len(w)
	a, b := halves(w)
	hi, lo := bits.Mul64(a^0x9e3779b97f4a7c15, b^uint64(n)<<56^0xd6e8feb86659fd93)
	return hi ^ lo
}

// load64 and load32 read the first bytes of s as a little-endian number:
// one load where the machine allows it.
func load64(s string) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s), 8))
}

func load32(s string) uint32 {
	return binary.LittleEndian.Uint32(unsafe.Slice(unsafe.StringData(s), 4))
}
