package normalize

import "github.com/khabar-lab/khabar/model"

// runeAt returns the index of the Norm rune that byte offset b falls in
// (Len() for b == len(Norm)).
func (t *Text) runeAt(b int) int {
	if b >= len(t.Norm) {
		return t.Len()
	}
	return int(t.runeOf[max(b, 0)])
}

func (t *Text) runeEnd(i int) int32 { return t.offsets[3*i+1] }
func (t *Text) byteEnd(i int) int32 { return t.offsets[3*i+2] }

// groupStart returns where the range of Norm rune i starts: where the
// range before its expansion group ends, or 0.
func (t *Text) groupStart(i int) (runeStart, byteStart int) {
	end := t.runeEnd(i)
	for i > 0 && t.runeEnd(i-1) == end {
		i--
	}
	if i == 0 {
		return 0, 0
	}
	return int(t.runeEnd(i - 1)), int(t.byteEnd(i - 1))
}

// OriginalRange maps bytes [start, end) of Norm to the original text: code
// points [runeStart, runeEnd) and bytes [byteStart, byteEnd). The range runs
// from the first original character of the first Norm character to the last
// original character of the last one, so it takes in the diacritics and
// tatweel that belong to its letters. Offsets outside Norm are clamped; an
// empty range maps to an empty range.
func (t *Text) OriginalRange(start, end int) (runeStart, runeEnd, byteStart, byteEnd int) {
	n := t.Len()
	if n <= 0 {
		return 0, 0, 0, 0
	}
	start = max(0, min(start, len(t.Norm)))
	end = max(start, min(end, len(t.Norm)))
	first := t.runeAt(start)
	if first >= n {
		return t.originalRunes, t.originalRunes, len(t.Original), len(t.Original)
	}
	runeStart, byteStart = t.groupStart(first)
	if start == end {
		return runeStart, runeStart, byteStart, byteStart
	}
	last := t.runeAt(end - 1)
	return runeStart, int(t.runeEnd(last)), byteStart, int(t.byteEnd(last))
}

// Span maps bytes [start, end) of Norm to a span of the original: code
// points and the original substring.
func (t *Text) Span(start, end int) model.Span {
	rs, re, bs, be := t.OriginalRange(start, end)
	return model.Span{Start: rs, End: re, Exact: t.Original[bs:be]}
}

// Len returns the number of characters (runes) of Norm.
func (t *Text) Len() int { return len(t.offsets) / 3 }

// OriginalRunes returns the number of code points of the original text.
func (t *Text) OriginalRunes() int { return t.originalRunes }

// RuneRange returns the range of the original that rune i of Norm came
// from, in code points and in bytes.
func (t *Text) RuneRange(i int) (runeStart, runeEnd, byteStart, byteEnd int) {
	runeStart, byteStart = t.groupStart(i)
	return runeStart, int(t.runeEnd(i)), byteStart, int(t.byteEnd(i))
}
