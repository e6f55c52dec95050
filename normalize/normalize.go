// Package normalize turns raw Arabic news text into the search form every
// extractor matches against, and remembers, for every character of that
// form, which characters of the original it came from.
//
// The search form drops diacritics, tatweel and invisible controls, folds
// letter variants (أ إ آ ٱ → ا, ى → ي, ة → ه, Persian look-alikes), turns
// Arabic-Indic digits into ASCII ones, presentation forms into letters and
// the many quotes, dashes, spaces and Arabic punctuation marks into one form
// each. Each step can be switched off (Options). Text in other scripts
// passes through untouched.
//
// Nothing downstream reports a position in the search form: Text.Span maps
// a range of it back to code points of the original, and quotes the original.
//
// The work is one pass over the input with a per-rune action table, so a
// Normalizer is fast (well over 150 MB/s on one core with the offset map)
// and safe for concurrent use.
package normalize

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Options switch the steps of normalization. The zero value switches them
// all off; Default switches them all on.
type Options struct {
	// Diacritics removes harakat (U+064B–U+0652), superscript alef
	// (U+0670), Quranic marks (U+0610–U+061A, U+06D6–U+06ED) and the
	// combining hamza and madda (U+0653–U+0655) that ComposeHamza could not
	// put into a precomposed letter.
	Diacritics bool
	// ComposeHamza turns a letter followed by a combining hamza or madda
	// into the precomposed letter (ا + ٔ → أ, ي + ٔ → ئ), as NFC does, so
	// removing diacritics never loses a hamza.
	ComposeHamza bool
	// Tatweel removes the kashida U+0640.
	Tatweel bool
	// Invisible removes zero-width and bidirectional controls (U+200B–U+200F,
	// U+202A–U+202E, U+2066–U+2069, U+FEFF, U+061C, U+00AD).
	Invisible bool
	// Spaces turns every Unicode space into a plain space and runs of them
	// into one; every line break (CRLF, CR, U+2028…) becomes one "\n".
	Spaces bool
	// PresentationForms turns U+FB50–U+FDFF and U+FE70–U+FEFF into letters
	// (ﻷ → لأ); word ligatures (ﷺ, ﷽, ﷲ…, U+FDF0–U+FDFF) stay as they are.
	PresentationForms bool
	// LetterVariants folds for matching: أ إ آ ٱ → ا, ى → ي, ة → ه, and
	// Persian/Urdu look-alikes ک → ك, ی → ي, ۀ → ه, ھ → ه.
	LetterVariants bool
	// Digits turns Arabic-Indic (٠–٩) and Extended (۰–۹) digits into 0–9,
	// the Arabic decimal and thousands separators (٫ ٬) into "." and ","
	// between digits, and ٪ into %.
	Digits bool
	// Punctuation turns ، ؛ ؟ into , ; ? and every quote and dash into one
	// form each (" and -).
	Punctuation bool
}

// Default returns Options with every step on.
func Default() Options {
	return Options{Diacritics: true, ComposeHamza: true, Tatweel: true, Invisible: true, Spaces: true,
		PresentationForms: true, LetterVariants: true, Digits: true, Punctuation: true}
}

// action is what the normalizer does with one rune.
type action uint8

const (
	keep      action = iota // copy as is
	keepBase                // copy; a letter a combining hamza may compose with
	keepMark                // copy; a combining mark, which does not end a base letter's run
	drop                    // remove; the rune joins the previous output character's range
	space                   // a horizontal space: " ", runs collapsed
	newline                 // a line break: "\n" (CRLF as one)
	replace                 // write the rune's replacement (one or more runes)
	hamzaMark               // a combining hamza or madda: compose with the letter before, else drop or keep
	separator               // ٫ or ٬: "." or "," between digits, else kept
)

// tableSize covers the Basic Multilingual Plane; runes above it are kept.
const tableSize = 0x10000

// Normalizer normalizes text with a fixed set of Options. It is safe for
// concurrent use.
type Normalizer struct {
	opts        Options
	actions     [tableSize]action
	replacement map[rune]string // for runes whose action is replace
	// single holds the replacement of runes replaced by exactly one rune,
	// so the main loop needs no map lookup for them (ة → ه, ٣ → 3…).
	single [tableSize]rune
	// compose maps a base letter and a combining hamza/madda to the
	// precomposed letter.
	compose map[[2]rune]rune
}

// New returns a Normalizer for opts.
func New(opts Options) *Normalizer {
	n := &Normalizer{opts: opts, replacement: map[rune]string{}, compose: map[[2]rune]rune{}}
	n.build()
	for r, repl := range n.replacement {
		if rs := []rune(repl); len(rs) == 1 && n.actions[r] == replace {
			n.single[r] = rs[0]
		}
	}
	return n
}

var defaultNormalizer = New(Default())

// Normalize normalizes s with every step on; see Normalizer.Normalize.
func Normalize(s string) (*Text, error) { return defaultNormalizer.Normalize(s) }

func (n *Normalizer) set(r rune, a action, repl string) {
	n.actions[r] = a
	if a == replace {
		n.replacement[r] = repl
	}
}

// build fills the action table from the options.
func (n *Normalizer) build() {
	o := n.opts
	if o.Diacritics {
		for _, rg := range [][2]rune{{0x064B, 0x0652}, {0x0670, 0x0670}, {0x0610, 0x061A}, {0x06D6, 0x06ED}} {
			for r := rg[0]; r <= rg[1]; r++ {
				n.set(r, drop, "")
			}
		}
	}
	for r := rune(0x0653); r <= 0x0655; r++ {
		if o.ComposeHamza || o.Diacritics {
			n.set(r, hamzaMark, "")
		}
	}
	if o.ComposeHamza {
		for _, base := range []rune{'ا', 'و', 'ي', 'ە', 'ہ', 'ے'} {
			for mark := rune(0x0653); mark <= 0x0655; mark++ {
				if c := []rune(norm.NFC.String(string([]rune{base, mark}))); len(c) == 1 {
					n.compose[[2]rune{base, mark}] = c[0]
				}
			}
		}
	}
	if o.Tatweel {
		n.set(0x0640, drop, "")
	}
	if o.Invisible {
		for _, rg := range [][2]rune{{0x200B, 0x200F}, {0x202A, 0x202E}, {0x2066, 0x2069}, {0xFEFF, 0xFEFF}, {0x061C, 0x061C}, {0x00AD, 0x00AD}, {0x2060, 0x2060}} {
			for r := rg[0]; r <= rg[1]; r++ {
				n.set(r, drop, "")
			}
		}
	}
	if o.Spaces {
		for r := rune(0); r < tableSize; r++ {
			if unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) {
				n.set(r, space, "")
			}
		}
		for _, r := range []rune{'\n', '\r', '\v', '\f', 0x0085, 0x2028, 0x2029} {
			n.set(r, newline, "")
		}
	}
	if o.LetterVariants {
		for from, to := range map[rune]rune{'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه',
			'ک': 'ك', 'ی': 'ي', 'ۀ': 'ه', 'ھ': 'ه', 'ٲ': 'ا', 'ٳ': 'ا'} {
			n.set(from, replace, string(to))
		}
	}
	if o.Digits {
		for i := rune(0); i < 10; i++ {
			n.set(0x0660+i, replace, string('0'+i))
			n.set(0x06F0+i, replace, string('0'+i))
		}
		n.set(0x066B, separator, "") // ARABIC DECIMAL SEPARATOR
		n.set(0x066C, separator, "") // ARABIC THOUSANDS SEPARATOR
		n.set(0x066A, replace, "%")  // ARABIC PERCENT SIGN
	}
	if o.Punctuation {
		for from, to := range map[rune]string{'،': ",", '؛': ";", '؟': "?",
			'“': `"`, '”': `"`, '«': `"`, '»': `"`, '„': `"`, '‹': `"`, '›': `"`, '‟': `"`, '″': `"`,
			'–': "-", '—': "-", '‐': "-", '‑': "-", '−': "-", '‒': "-", '―': "-", '﹘': "-", '﹣': "-", '－': "-"} {
			n.set(from, replace, to)
		}
	}
	if o.PresentationForms {
		n.buildPresentationForms()
	}
	// Kept combining marks and the letters a hamza composes with get
	// their own actions, so the main loop needs no lookups for them.
	for r := rune(0); r < tableSize; r++ {
		if n.actions[r] == keep && unicode.Is(unicode.Mn, r) {
			n.actions[r] = keepMark
		}
	}
	for pair := range n.compose {
		if n.actions[pair[0]] == keep {
			n.actions[pair[0]] = keepBase
		}
	}
}

// buildPresentationForms maps every Arabic presentation form to its
// compatibility decomposition (NFKC), passed through the other steps, so
// that ﻷ becomes لأ and then, with LetterVariants, لا.
func (n *Normalizer) buildPresentationForms() {
	for _, rg := range [][2]rune{{0xFB50, 0xFDEF}, {0xFE70, 0xFEFE}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if !unicode.In(r, unicode.Arabic) && !unicode.Is(unicode.Mn, r) {
				continue // unassigned
			}
			decomposed := norm.NFKC.String(string(r))
			if decomposed == string(r) {
				continue
			}
			var out []rune
			letters := 0
			for _, d := range decomposed {
				switch n.actions[d] {
				case keep, keepBase, keepMark:
					out = append(out, d)
				case replace:
					out = append(out, []rune(n.replacement[d])...)
				case hamzaMark:
					if n.opts.Diacritics {
						continue
					}
					out = append(out, d)
				case drop, space:
					continue
				default:
					out = append(out, d)
				}
				if unicode.IsLetter(d) {
					letters++
				}
			}
			if letters == 0 {
				// An isolated or medial form of a haraka (ﹰ = space + fathatan):
				// a diacritic, removed with the others.
				if n.opts.Diacritics {
					n.set(r, drop, "")
				}
				continue
			}
			n.set(r, replace, string(out))
		}
	}
}

// Text is an article's text, its search form and the map between them.
type Text struct {
	// Original is the text as given.
	Original string
	// Norm is the search form.
	Norm string

	// offsets holds, for each rune i of Norm, three numbers: its byte
	// offset in Norm, and where its range of the original ends in code
	// points and in bytes. A range starts where the one before it ends (at
	// 0 for the first), so the ranges cover the original; the runes of one
	// expansion (ﻷ → ل أ) share one range.
	offsets []int32
	// runeOf is the index of the Norm rune each byte of Norm belongs to,
	// and Len() at len(Norm).
	runeOf        []int32
	originalRunes int
	scratch       []byte
}

// InvalidUTF8Error reports input that is not valid UTF-8; it is never
// repaired silently.
type InvalidUTF8Error struct{ Offset int }

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8 at byte %d", e.Offset)
}

// Normalize returns the search form of s with its offset map. It returns an
// *InvalidUTF8Error when s is not valid UTF-8.
func (n *Normalizer) Normalize(s string) (*Text, error) {
	t := &Text{}
	if err := n.NormalizeInto(t, s); err != nil {
		return nil, err
	}
	return t, nil
}

// NormalizeInto is Normalize reusing t's buffers, for loops over many
// articles: it allocates only the search form's string.
func (n *Normalizer) NormalizeInto(t *Text, s string) error {
	t.Original, t.Norm, t.originalRunes = s, "", 0
	t.offsets = t.offsets[:0]
	b := builder{t: t, out: t.scratch[:0]}
	defer func() { t.scratch = b.out[:0] }()

	// lastBase is the output index of the last letter a combining hamza
	// may compose with; -1 when something else came since.
	lastBase, lastBaseRune := -1, rune(0)
	prevSpace := false // the last output rune is a space
	runeIdx := 0
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		var size int
		switch {
		case c < utf8.RuneSelf:
			r, size = rune(c), 1
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// Two bytes, as Arabic letters are: decoded inline.
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		default:
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return &InvalidUTF8Error{Offset: i}
			}
		}
		bs := i // this rune is original bytes [bs, i) and code points [runeIdx-1, runeIdx)
		runeIdx++
		i += size
		a := keep
		if r < tableSize {
			a = n.actions[r]
		}
		switch a {
		case keep:
			b.emit(r, runeIdx, i)
			prevSpace, lastBase = false, -1
		case keepBase:
			b.emit(r, runeIdx, i)
			prevSpace, lastBase, lastBaseRune = false, t.Len()-1, r
		case keepMark:
			b.emit(r, runeIdx, i)
			prevSpace = false
		case drop:
			b.dropped(runeIdx, i)
		case hamzaMark:
			if c, ok := n.compose[[2]rune{lastBaseRune, r}]; ok && lastBase >= 0 {
				n.recompose(t, b.out, lastBase, c)
				b.dropped(runeIdx, i)
				lastBase = -1
			} else if n.opts.Diacritics {
				b.dropped(runeIdx, i)
			} else {
				b.emit(r, runeIdx, i)
				prevSpace = false
			}
		case space:
			if prevSpace || b.lastByte() == '\n' {
				b.dropped(runeIdx, i) // collapsed into the space or line break before
				continue
			}
			b.emit(' ', runeIdx, i)
			prevSpace, lastBase = true, -1
		case newline:
			switch {
			case r == '\n' && bs > 0 && s[bs-1] == '\r' && b.lastByte() == '\n':
				b.dropped(runeIdx, i) // the LF of a CRLF
			case prevSpace:
				b.out[len(b.out)-1] = '\n' // a space before a line break joins it
				b.dropped(runeIdx, i)
			default:
				b.emit('\n', runeIdx, i)
			}
			prevSpace, lastBase = false, -1
		case replace:
			if c := n.single[r]; c != 0 {
				b.emit(c, runeIdx, i)
			} else {
				for _, c := range n.replacement[r] {
					b.emit(c, runeIdx, i) // one range for the whole expansion
				}
			}
			prevSpace, lastBase = false, -1
		case separator:
			repl := r
			if isASCIIDigit(b.lastByte()) && n.digitAt(s, i) {
				repl = '.'
				if r == 0x066C {
					repl = ','
				}
			}
			b.emit(repl, runeIdx, i)
			prevSpace, lastBase = false, -1
		}
	}
	t.originalRunes = runeIdx
	t.Norm = string(b.out)
	t.indexRunes()
	return nil
}

// indexRunes fills in runeOf, so that a span costs two reads, not two
// binary searches.
func (t *Text) indexRunes() {
	norm := t.Norm
	runeOf := slices.Grow(t.runeOf[:0], len(norm)+1)[:len(norm)+1]
	// Norm rune i is the i-th UTF-8 sequence: count the bytes that start
	// one.
	i := int32(-1)
	for b := 0; b < len(norm); b++ {
		if norm[b]&0xC0 != 0x80 {
			i++
		}
		runeOf[b] = i
	}
	runeOf[len(norm)] = int32(t.Len())
	t.runeOf = runeOf
}

// builder appends output runes and their ranges to a Text.
type builder struct {
	t   *Text
	out []byte
}

// emit appends output rune r, whose range of the original ends at code
// point re and byte be. It is small enough to be inlined in the main loop.
func (b *builder) emit(r rune, re, be int) {
	b.t.offsets = append(b.t.offsets, int32(len(b.out)), int32(re), int32(be))
	if r < 0x800 {
		if r < utf8.RuneSelf {
			b.out = append(b.out, byte(r))
			return
		}
		b.out = append(b.out, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
		return
	}
	b.out = utf8.AppendRune(b.out, r)
}

// dropped records an original rune without output of its own, ending at
// code point re and byte be: it joins the range of the output character
// before it (before any output, the first one's range starts at 0 anyway).
func (b *builder) dropped(re, be int) {
	m := b.t.offsets
	last := len(m) - 3
	if last < 0 {
		return
	}
	// Every output rune of one expansion shares one range: extend them
	// together.
	end := m[last+1]
	for j := last; j >= 0 && m[j+1] == end; j -= 3 {
		m[j+1], m[j+2] = int32(re), int32(be)
	}
}

func (b *builder) lastByte() byte {
	if len(b.out) == 0 {
		return 0
	}
	return b.out[len(b.out)-1]
}

// recompose replaces output rune idx (a letter of two bytes, as every base
// letter that composes is) with the precomposed letter c, folded like any
// other letter.
func (n *Normalizer) recompose(t *Text, out []byte, idx int, c rune) {
	if folded := n.single[c]; folded != 0 {
		c = folded // أ → ا when letter variants are folded
	}
	at := t.offsets[3*idx]
	if utf8.RuneLen(c) == 2 && int(at)+2 <= len(out) {
		utf8.EncodeRune(out[at:at+2], c)
	}
}

// digitAt reports whether the next rune of s from byte i that the output
// keeps is a digit, ASCII or Arabic-Indic (so ٣٬ٓ٥ reads as 3,5, as its
// search form does).
func (n *Normalizer) digitAt(s string, i int) bool {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < tableSize {
			if a := n.actions[r]; a == drop || (a == hamzaMark && n.opts.Diacritics) {
				i += size
				continue
			}
		}
		return (r >= '0' && r <= '9') || (r >= 0x0660 && r <= 0x0669) || (r >= 0x06F0 && r <= 0x06F9)
	}
	return false
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }
