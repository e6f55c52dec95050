package normalize

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"unicode/utf8"
	"unsafe"

	"github.com/khabar-lab/khabar/model"
)

// segmentFrom is segmentAt, searching on from the cursor's segment, by
// steps that double, when b lies after it: the next range of an
// increasing series is mostly a few segments on.
func (t *Text) segmentFrom(c *cursor, b int) int {
	n := len(t.anchors) - 1 // segments
	if c == nil || c.seg < 0 || int(t.anchors[c.seg].norm) > b {
		return t.segmentIn(0, n, b)
	}
	lo, step := c.seg, 1
	for lo+step < n && int(t.anchors[lo+step].norm) <= b {
		lo += step
		step *= 2
	}
	return t.segmentIn(lo, min(lo+step, n), b)
}

// segmentAt returns the index of the anchor whose segment holds byte b of
// Norm (0 <= b < len(Norm)).
func (t *Text) segmentAt(b int) int { return t.segmentIn(0, len(t.anchors)-1, b) }

// segmentIn returns the last segment k in [lo, hi) that starts at or
// before byte b, given that segment lo does (or lo is 0).
func (t *Text) segmentIn(lo, hi, b int) int {
	for lo+1 < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(t.anchors[mid].norm) <= b {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// cursor is a point of a plain segment whose original code point is
// counted: byte norm of Norm, in segment seg, is original code point
// origRune. Ranges mapped in increasing order count on from it, so each
// rune is counted once (Spanner).
type cursor struct{ seg, norm, origRune int }

// runeStart returns where the range of the Norm rune starting at byte b
// of segment k starts in the original. With a cursor c in the same
// segment at or before b, it counts the runes from c on, and moves c to b.
func (t *Text) runeStart(c *cursor, k, b int) (runeStart, byteStart int) {
	a := t.anchors[k]
	if a.group {
		return int(a.origRune), int(a.orig)
	}
	from, r := int(a.norm), int(a.origRune)
	if c != nil && c.seg == k && c.norm >= from && c.norm <= b {
		from, r = c.norm, c.origRune
	}
	r += countRunes(t.Norm[from:b])
	if c != nil {
		*c = cursor{k, b, r}
	}
	return r, int(a.orig) + b - int(a.norm)
}

// runeEnd returns where the range of the Norm rune starting at byte b of
// segment k ends in the original.
func (t *Text) runeEnd(c *cursor, k, b int) (runeEnd, byteEnd int) {
	next := t.anchors[k+1]
	_, size := utf8.DecodeRuneInString(t.Norm[b:])
	if t.anchors[k].group || b+size == int(next.norm) {
		return int(next.origRune), int(next.orig)
	}
	rs, bs := t.runeStart(c, k, b)
	return rs + 1, bs + size
}

// ownEnd is the byte of the original where the Norm rune at byte b of
// segment k, size bytes long, ends without the runes the normalizer
// dropped after it: for a rune of a group, the end of the group's first
// original rune.
func (t *Text) ownEnd(k, b, size int) int {
	a := t.anchors[k]
	if !a.group {
		return int(a.orig) + b - int(a.norm) + size
	}
	_, first := utf8.DecodeRuneInString(t.Original[a.orig:])
	return int(a.orig) + first
}

// trailingInvisible moves the end of a range of the original, code point
// runeEnd at byte byteEnd, back over the invisible controls (RLM, ZWNJ,
// BOM…) just before it, but not before byte floor. A Norm rune's range
// runs on over the runes dropped after it, so that a letter takes in its
// harakat and tatweel; a bidirectional mark after a name is no part of
// it, and a span that ended with one would show it in exact.
func (t *Text) trailingInvisible(floor, runeEnd, byteEnd int) (int, int) {
	for byteEnd > floor {
		r, size := utf8.DecodeLastRuneInString(t.Original[floor:byteEnd])
		if !invisible(r) {
			break
		}
		byteEnd -= size
		runeEnd--
	}
	return runeEnd, byteEnd
}

// leadingInvisible is where the range of the first Norm rune starts: it
// takes in the runes dropped before it, less the invisible controls they
// begin with (a BOM or a directional mark at the start of the text).
func (t *Text) leadingInvisible() (runeStart, byteStart int) {
	end := int(t.anchors[1].orig)
	for byteStart < end {
		r, size := utf8.DecodeRuneInString(t.Original[byteStart:end])
		if !invisible(r) || byteStart+size == end {
			break
		}
		byteStart += size
		runeStart++
	}
	return runeStart, byteStart
}

// invisible reports whether r is one of the controls Options.Invisible
// removes.
func invisible(r rune) bool {
	switch {
	case r < 0xAD:
		return false
	case r == 0x00AD, r == 0x061C, r == 0xFEFF, r == 0x2060:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// countRunes returns the number of runes of s, valid UTF-8: the bytes
// that are not continuation bytes, counted eight at a time (a plain
// segment is mostly Arabic letters, which utf8.RuneCountInString decodes
// one by one).
func countRunes(s string) int {
	const highs = 0x8080808080808080
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))
		// A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
		n -= bits.OnesCount64(x & highs &^ (x << 1))
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// backToRuneStart returns the start of the Norm rune that byte b is in.
func (t *Text) backToRuneStart(b int) int {
	for b > 0 && !utf8.RuneStart(t.Norm[b]) {
		b--
	}
	return b
}

// OriginalRange maps bytes [start, end) of Norm to the original text: code
// points [runeStart, runeEnd) and bytes [byteStart, byteEnd). The range runs
// from the first original character of the first Norm character to the last
// original character of the last one, so it takes in the diacritics and
// tatweel that belong to its letters; but an invisible control the
// normalizer removed (an RLM, a BOM) is no part of the text at either end,
// and the range stops short of it, while RuneRange's ranges, the map
// itself, cover every code point. Offsets outside Norm are clamped; an
// empty range maps to an empty range.
func (t *Text) OriginalRange(start, end int) (runeStart, runeEnd, byteStart, byteEnd int) {
	return t.originalRange(nil, start, end)
}

func (t *Text) originalRange(c *cursor, start, end int) (runeStart, runeEnd, byteStart, byteEnd int) {
	if len(t.Norm) == 0 {
		return 0, 0, 0, 0
	}
	start = max(0, min(start, len(t.Norm)))
	end = max(start, min(end, len(t.Norm)))
	if start == len(t.Norm) {
		return t.originalRunes, t.originalRunes, len(t.Original), len(t.Original)
	}
	empty := start == end
	start = t.backToRuneStart(start)
	k := t.segmentFrom(c, start)
	if k == 0 && t.anchors[0].group {
		runeStart, byteStart = t.leadingInvisible()
	} else {
		runeStart, byteStart = t.runeStart(c, k, start)
	}
	if empty {
		return runeStart, runeStart, byteStart, byteStart
	}
	last := t.backToRuneStart(end - 1)
	k = t.segmentFrom(c, last)
	runeEnd, byteEnd = t.runeEnd(c, k, last)
	_, size := utf8.DecodeRuneInString(t.Norm[last:])
	runeEnd, byteEnd = t.trailingInvisible(t.ownEnd(k, last, size), runeEnd, byteEnd)
	return runeStart, runeEnd, byteStart, byteEnd
}

// OriginalBytes is OriginalRange without the code points: the bytes
// [byteStart, byteEnd) of the original that bytes [start, end) of Norm
// come from. It searches the offset map and counts nothing, so it costs
// little where a caller only reads the original («أ» or «ا»).
func (t *Text) OriginalBytes(start, end int) (byteStart, byteEnd int) {
	if len(t.Norm) == 0 {
		return 0, 0
	}
	start = max(0, min(start, len(t.Norm)))
	end = max(start, min(end, len(t.Norm)))
	if start == len(t.Norm) {
		return len(t.Original), len(t.Original)
	}
	empty := start == end
	start = t.backToRuneStart(start)
	if k := t.segmentAt(start); k == 0 && t.anchors[0].group {
		_, byteStart = t.leadingInvisible()
	} else {
		byteStart = t.byteStart(k, start)
	}
	if empty {
		return byteStart, byteStart
	}
	last := t.backToRuneStart(end - 1)
	k := t.segmentAt(last)
	next := t.anchors[k+1]
	_, size := utf8.DecodeRuneInString(t.Norm[last:])
	if t.anchors[k].group || last+size == int(next.norm) {
		_, byteEnd = t.trailingInvisible(t.ownEnd(k, last, size), 0, int(next.orig))
		return byteStart, byteEnd
	}
	return byteStart, t.byteStart(k, last) + size
}

// byteStart is the byte of the original where the Norm rune at byte b of
// segment k starts.
func (t *Text) byteStart(k, b int) int {
	a := t.anchors[k]
	if a.group {
		return int(a.orig)
	}
	return int(a.orig) + b - int(a.norm)
}

// Span maps bytes [start, end) of Norm to a span of the original: code
// points and the original substring.
func (t *Text) Span(start, end int) model.Span {
	rs, re, bs, be := t.OriginalRange(start, end)
	return model.Span{Start: rs, End: re, Exact: t.Original[bs:be]}
}

// A Spanner maps many ranges of one Text to spans of the original, as
// Span does, faster when they come in increasing order: it searches for a
// range's segment on from the last range's, and counts the code points of
// a long plain segment on from the last range instead of from the
// segment's start. A range before the last is mapped as Span maps it. A
// Spanner is not safe for concurrent use.
type Spanner struct {
	t *Text
	c cursor
}

// Spanner returns a Spanner of t.
func (t *Text) Spanner() *Spanner { return &Spanner{t: t, c: cursor{seg: -1}} }

// Span maps bytes [start, end) of Norm as Text.Span does.
func (s *Spanner) Span(start, end int) model.Span {
	rs, re, bs, be := s.t.originalRange(&s.c, start, end)
	return model.Span{Start: rs, End: re, Exact: s.t.Original[bs:be]}
}

// Len returns the number of characters (runes) of Norm.
func (t *Text) Len() int { return t.runes }

// OriginalRunes returns the number of code points of the original text.
func (t *Text) OriginalRunes() int { return t.originalRunes }

// RuneRange returns the range of the original that rune i of Norm
// (0 <= i < Len()) came from, in code points and in bytes.
func (t *Text) RuneRange(i int) (runeStart, runeEnd, byteStart, byteEnd int) {
	segments := t.anchors[:len(t.anchors)-1]
	k := sort.Search(len(segments), func(k int) bool { return int(segments[k].normRune) > i }) - 1
	b := int(t.anchors[k].norm)
	for j := int(t.anchors[k].normRune); j < i; j++ {
		_, size := utf8.DecodeRuneInString(t.Norm[b:])
		b += size
	}
	runeStart, byteStart = t.runeStart(nil, k, b)
	runeEnd, byteEnd = t.runeEnd(nil, k, b)
	return runeStart, runeEnd, byteStart, byteEnd
}

// TanweenIn reports whether the original of bytes [start, end) of Norm
// carries tanween (U+064B–U+064D, ً ٌ ٍ), the ending of an indefinite noun
// or adjective, whether the search form dropped it or kept it. It costs a
// binary search over the article's tanween, which most articles have none
// of.
func (t *Text) TanweenIn(start, end int) bool {
	if len(t.tanween) == 0 || start >= end {
		return false
	}
	// A tanween is recorded at the byte after the rune it follows, so one
	// in the range lies in (start, end]; one before the first rune of the
	// text is in that rune's range, at 0.
	if start == 0 && t.tanween[0] == 0 {
		return true
	}
	k, _ := slices.BinarySearch(t.tanween, int32(start+1))
	if k == len(t.tanween) {
		return false
	}
	if int(t.tanween[k]) <= end {
		return true
	}
	// A range that ends inside a group (ﻷ, which is «لا» in Norm) takes
	// in the whole group's original, and a tanween recorded after it.
	if end < len(t.Norm) {
		if g := t.segmentAt(t.backToRuneStart(end - 1)); t.anchors[g].group {
			return int(t.tanween[k]) <= int(t.anchors[g+1].norm)
		}
	}
	return false
}

func isTanween(r rune) bool { return r >= 0x064B && r <= 0x064D }
