package normalize

// WordFilter answers "certainly not in the set" for most words of a text
// at the cost of a few bit operations, so that a map lookup is paid only for
// words that may be in the set. It keeps one bit per (length, second byte,
// last byte): for Arabic letters, two bytes each, the second and last bytes
// tell letters apart. The zero value is an empty filter.
type WordFilter struct{ bits [1 << 17 / 64]uint64 }

func wordFilterKey(w string) int {
	second := w[0]
	if len(w) > 1 {
		second = w[1]
	}
	return (len(w)&0x1F)<<12 | (int(second)&0x3F)<<6 | int(w[len(w)-1])&0x3F
}

// Add puts w in the filter.
func (f *WordFilter) Add(w string) {
	if w == "" {
		return
	}
	k := wordFilterKey(w)
	f.bits[k/64] |= 1 << (k % 64)
}

// MayContain reports false when w was certainly never added.
func (f *WordFilter) MayContain(w string) bool {
	if w == "" {
		return false
	}
	k := wordFilterKey(w)
	return f.bits[k/64]&(1<<(k%64)) != 0
}
