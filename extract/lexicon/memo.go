package lexicon

// Memo remembers the readings of the words its Lexicon was last asked of,
// for a caller that asks of every word of an article and meets the same
// words again from one article to the next: a reading found in the
// lexicon takes a dozen lookups or more (each proclitic, each ending),
// and one remembered takes one. A Memo holds a fixed number of words, the
// last asked of in each of its slots, and copies each, so it keeps no
// article's text. It is not safe for concurrent use: give each worker its
// own.
type Memo struct {
	lex   *Lexicon
	slots []memoSlot
}

const (
	memoSlots = 1 << 12 // a power of two
	memoKey   = 30      // the longest word a slot holds, in bytes
)

type memoSlot struct {
	n       uint8 // the word's length in bytes; 0 for an empty slot
	reading Reading
	key     [memoKey]byte
}

// NewMemo returns an empty Memo of l.
func (l *Lexicon) NewMemo() *Memo {
	return &Memo{lex: l, slots: make([]memoSlot, memoSlots)}
}

// Read is l.Read(w) for the Lexicon l of m. The word's hash h picks its
// slot: any hash of w will do, as long as the same word comes with the
// same hash.
func (m *Memo) Read(w string, h uint64) Reading {
	if len(w) == 0 || len(w) > memoKey {
		return m.lex.Read(w)
	}
	s := &m.slots[h&(memoSlots-1)]
	if int(s.n) == len(w) && string(s.key[:len(w)]) == w {
		return s.reading
	}
	r := m.lex.Read(w)
	s.n, s.reading = uint8(len(w)), r
	copy(s.key[:], w)
	return r
}
