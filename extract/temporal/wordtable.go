package temporal

import "hash/maphash"

// wordTable maps the words of the tables to what they may start. Nearly
// every token of an article is looked up and few are there, so a miss must
// be cheap: an open-addressing table a quarter full, whose probe reads one
// hash from a compact array and usually finds the slot empty.
type wordTable struct {
	seed   maphash.Seed
	hashes []uint64    // 0 marks an empty slot
	infos  []*wordInfo // the word is infos[i].word
	mask   uint64
}

func newWordTable(words map[string]*wordInfo) *wordTable {
	size := 64
	for size < 4*len(words) {
		size *= 2
	}
	t := &wordTable{seed: maphash.MakeSeed(), hashes: make([]uint64, size), infos: make([]*wordInfo, size), mask: uint64(size - 1)}
	for w, info := range words {
		info.word = w
		h := t.hash(w)
		i := h & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hashes[i], t.infos[i] = h, info
	}
	return t
}

func (t *wordTable) hash(w string) uint64 {
	if h := maphash.String(t.seed, w); h != 0 {
		return h
	}
	return 1
}

// get returns what the word w may start, or nil.
func (t *wordTable) get(w string) *wordInfo {
	h := t.hash(w)
	for i := h & t.mask; t.hashes[i] != 0; i = (i + 1) & t.mask {
		if t.hashes[i] == h && t.infos[i].word == w {
			return t.infos[i]
		}
	}
	return nil
}
