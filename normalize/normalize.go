// Package normalize turns raw Arabic news text into the search form every
// extractor matches against, and remembers, for every character of that
// form, which characters of the original it came from.
//
// The search form drops diacritics, tatweel and invisible controls, folds
// letter variants (أ إ آ ٱ → ا, ى → ي, ة → ه, Persian look-alikes), turns
// Arabic-Indic digits into ASCII ones, presentation forms into letters and
// the many quotes, dashes (a kashida that draws out no letter is one),
// spaces and Arabic punctuation marks into one form each. Each step can be
// switched off (Options). Text in other scripts passes through untouched.
//
// Nothing downstream reports a position in the search form: Text.Span maps
// a range of it back to code points of the original, and quotes the original.
//
// The work is one pass over the input with a per-rune action table; runs
// of runes the search form keeps as they are are copied at once, and the
// offset map is kept sparsely, with an anchor only where the search form
// stops being a copy of the original. A Normalizer is fast (about 300 MB/s
// on one core, offset map included) and safe for concurrent use.
package normalize

import (
	"fmt"
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
	// Tatweel removes the kashida U+0640 that draws out a letter. A
	// kashida that follows no letter (at the start of a line or after a
	// space) and runs into none is a dash, as in «المنصورة ـ عطية عبد
	// الحميد» or «1948 ـ1949»: it stays, as "-" where Punctuation is on.
	Tatweel bool
	// Invisible removes zero-width and bidirectional controls (U+200B–U+200F,
	// U+202A–U+202E, U+2066–U+2069, U+2060, U+FEFF, U+061C, U+00AD). A span
	// never begins or ends with one it removed.
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

// tatweel is the kashida U+0640, which draws out a letter.
const tatweel = 0x0640

// tableSize covers the Basic Multilingual Plane; runes above it are kept.
const tableSize = 0x10000

// Normalizer normalizes text with a fixed set of Options. It is safe for
// concurrent use.
type Normalizer struct {
	opts    Options
	actions [tableSize]action
	// plainPair[c-0x80][d] is true where bytes c d are a valid
	// two-byte rune whose action is keep or keepBase: a rune plainRun
	// copies, told by one lookup.
	plainPair   [0x60][256]bool
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
		n.set(tatweel, drop, "")
	}
	if o.Invisible {
		for r := rune(0); r < tableSize; r++ {
			if invisible(r) {
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
	for r := rune(0x80); r < 0x800; r++ {
		if a := n.actions[r]; a == keep || a == keepBase {
			c, d := 0xC0|r>>6, 0x80|r&0x3F
			n.plainPair[c-0x80][d] = true
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

	// anchors map Norm back to the original sparsely: a new one starts
	// wherever the correspondence stops being a plain copy (after a
	// removed character, at a character whose bytes change length, at an
	// expansion). Anchor k covers Norm bytes [anchors[k].norm,
	// anchors[k+1].norm); a last anchor marks the ends of both texts.
	anchors       []anchor
	runes         int // runes of Norm
	originalRunes int
	scratch       []byte
	// tanween are the bytes of Norm right after each tanween (U+064B–
	// U+064D) of the original, in increasing order: where the search form
	// dropped one, or where it kept one.
	tanween []int32
}

// anchor is where a segment of Norm starts, and where its range of the
// original starts. In a plain segment every Norm character is the
// original character at the same distance from the start, in bytes and in
// code points, and the last one's range runs on to the next segment (it
// takes in the characters removed after it). In a group segment every
// character has the segment's whole range: the characters of one
// expansion (ﻷ → ل أ), or one character whose bytes changed length (٣ → 3).
type anchor struct {
	norm, normRune int32 // the segment's first byte and rune of Norm
	orig, origRune int32 // where its range of the original starts, in bytes and code points
	group          bool
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
	t.Original, t.Norm, t.runes, t.originalRunes, t.tanween = s, "", 0, 0, t.tanween[:0]
	b := builder{out: t.scratch[:0], anchors: t.anchors[:0]}
	defer func() { t.scratch, t.anchors = b.out[:0], b.anchors }()

	// lastBase is the byte offset in the output of the last letter a
	// combining hamza may compose with; -1 when something else came since.
	lastBase, lastBaseRune := -1, rune(0)
	prevSpace := false // the last output rune is a space
	runeIdx := 0
	for i := 0; i < len(s); {
		// Most of a text is runs of letters, digits and single spaces
		// that the search form keeps as they are: copy them at once.
		if end, runes := n.plainRun(s, i, prevSpace || b.lastByte() == '\n'); end > i {
			b.copyRun(s, i, end, runeIdx, runes)
			i, runeIdx = end, runeIdx+runes
			prevSpace, lastBase = s[end-1] == ' ', -1
			if s[end-1] >= utf8.RuneSelf { // a two-byte letter, which a hamza may compose with
				if r := rune(s[end-2]&0x1F)<<6 | rune(s[end-1]&0x3F); n.actions[r] == keepBase {
					lastBase, lastBaseRune = len(b.out)-2, r
				}
			}
			continue
		}
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
		bs := i // this rune is original bytes [bs, i) and code points [runeIdx, runeIdx+1)
		i += size
		a := keep
		if r < tableSize {
			a = n.actions[r]
		}
		switch a {
		case keep:
			b.copyRun(s, bs, i, runeIdx, 1)
			prevSpace, lastBase = false, -1
		case keepBase:
			lastBase, lastBaseRune = len(b.out), r
			b.copyRun(s, bs, i, runeIdx, 1)
			prevSpace = false
		case keepMark:
			b.copyRun(s, bs, i, runeIdx, 1)
			prevSpace = false
			if isTanween(r) {
				t.tanween = append(t.tanween, int32(len(b.out)))
			}
		case drop:
			if r == tatweel && (prevSpace || b.lastByte() == '\n' || len(b.out) == 0) && !letterAfterKashida(s, i) {
				// A kashida that draws out no letter is a dash.
				if n.opts.Punctuation {
					b.emit('-', bs, i, runeIdx)
				} else {
					b.copyRun(s, bs, i, runeIdx, 1)
				}
				prevSpace, lastBase = false, -1
				break
			}
			// Nothing to write: the rune joins the range of the output
			// rune before it, as the next anchor will show.
			if isTanween(r) {
				t.tanween = append(t.tanween, int32(len(b.out)))
			}
		case hamzaMark:
			if c, ok := n.compose[[2]rune{lastBaseRune, r}]; ok && lastBase >= 0 {
				n.recompose(b.out, lastBase, c)
				lastBase = -1
			} else if !n.opts.Diacritics {
				b.copyRun(s, bs, i, runeIdx, 1)
				prevSpace = false
			}
		case space:
			if prevSpace || b.lastByte() == '\n' {
				break // collapsed into the space or line break before
			}
			b.emit(' ', bs, i, runeIdx)
			prevSpace, lastBase = true, -1
		case newline:
			switch {
			case r == '\n' && bs > 0 && s[bs-1] == '\r' && b.lastByte() == '\n':
				// the LF of a CRLF
			case prevSpace:
				b.out[len(b.out)-1] = '\n' // a space before a line break joins it
			default:
				b.emit('\n', bs, i, runeIdx)
			}
			prevSpace, lastBase = false, -1
		case replace:
			if c := n.single[r]; c != 0 {
				b.emit(c, bs, i, runeIdx)
			} else {
				b.expand(n.replacement[r], bs, runeIdx)
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
			b.emit(repl, bs, i, runeIdx)
			prevSpace, lastBase = false, -1
		}
		runeIdx++
	}
	t.originalRunes = runeIdx
	t.Norm = string(b.out)
	t.runes = b.runes
	b.anchors = append(b.anchors, anchor{norm: int32(len(b.out)), normRune: int32(b.runes), orig: int32(len(s)), origRune: int32(runeIdx)})
	return nil
}

// plainRun returns the end of the run of runes from byte i of s that the
// search form keeps byte for byte (ASCII and two-byte runes whose action
// is keep or keepBase, and single spaces), and how many runes it has. A
// run stops after about maxPlain bytes.
// afterSpace says whether the output before i ends with a space or a line
// break, so that a space at i would be collapsed.
func (n *Normalizer) plainRun(s string, i int, afterSpace bool) (end, runes int) {
	for stop := min(len(s), i+maxPlain); i < stop; {
		c := s[i]
		if c < utf8.RuneSelf {
			a := n.actions[c]
			if a == keep || (a == space && c == ' ' && !afterSpace) {
				afterSpace = a == space
				i++
				runes++
				continue
			}
			break
		}
		if c >= 0xE0 || i+1 >= len(s) || !n.plainPair[c-0x80][s[i+1]] {
			break
		}
		afterSpace = false
		i += 2
		runes++
	}
	return i, runes
}

// maxPlain is how long, in bytes of Norm, a plain segment may grow before
// the next run of copied runes starts a new one, so that mapping a position
// inside a segment counts few runes: at most about twice this.
const maxPlain = 64

// builder appends output runes to a Text and anchors where the map back
// to the original needs one.
type builder struct {
	out     []byte
	anchors []anchor
	runes   int
	// next is the original byte at which the next rune continues the
	// current plain segment; limit is the output length it may grow to
	// (0 when the current segment is a group).
	next, limit int
}

// emit appends r, the search form of original bytes [bs, be) at code
// point rs.
func (b *builder) emit(r rune, bs, be, rs int) {
	n := utf8.RuneLen(r)
	if n != be-bs {
		b.anchor(bs, rs, true)
	} else if bs != b.next || len(b.out) >= b.limit {
		b.anchor(bs, rs, false)
	}
	b.out = utf8.AppendRune(b.out, r)
	b.next = be
	b.runes++
}

// copyRun appends original bytes [bs, be) of s, runes runes from code
// point rs that the search form keeps as they are.
func (b *builder) copyRun(s string, bs, be, rs, runes int) {
	if bs != b.next || len(b.out) >= b.limit {
		if len(b.anchors) == 0 && bs > 0 {
			// The first output rune takes in the runes removed before it,
			// which makes it a group of its own.
			_, size := utf8.DecodeRuneInString(s[bs:])
			b.anchor(bs, rs, true)
			b.out = append(b.out, s[bs:bs+size]...)
			b.runes++
			bs, rs, runes = bs+size, rs+1, runes-1
		}
		if bs < be {
			b.anchor(bs, rs, false)
		}
	}
	b.out = append(b.out, s[bs:be]...)
	b.next = be
	b.runes += runes
}

// expand appends the runes of repl, which all come from the original
// rune at byte bs and code point rs: one group.
func (b *builder) expand(repl string, bs, rs int) {
	b.anchor(bs, rs, true)
	b.out = append(b.out, repl...)
	b.runes += utf8.RuneCountInString(repl)
}

// anchor starts a segment at the current output, whose range of the
// original starts at byte bs and code point rs. The first segment starts
// at 0 whatever came before it: runes removed before any output belong to
// the first output rune, which makes that rune a group of its own.
func (b *builder) anchor(bs, rs int, group bool) {
	if len(b.anchors) == 0 && bs > 0 {
		bs, rs, group = 0, 0, true
	}
	b.anchors = append(b.anchors, anchor{norm: int32(len(b.out)), normRune: int32(b.runes), orig: int32(bs), origRune: int32(rs), group: group})
	b.limit = len(b.out) + maxPlain
	if group {
		b.limit = 0
	}
}

func (b *builder) lastByte() byte {
	if len(b.out) == 0 {
		return 0
	}
	return b.out[len(b.out)-1]
}

// recompose replaces the output letter at byte at (a letter of two bytes,
// as every base letter that composes is) with the precomposed letter c,
// folded like any other letter.
func (n *Normalizer) recompose(out []byte, at int, c rune) {
	if folded := n.single[c]; folded != 0 {
		c = folded // أ → ا when letter variants are folded
	}
	if utf8.RuneLen(c) == 2 && at+2 <= len(out) {
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

// letterAfterKashida reports whether the kashida that ends at byte i of s
// (and any that follow it) runs into an Arabic letter: «من ـربع» draws out
// the word after it, not a dash.
func letterAfterKashida(s string, i int) bool {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != tatweel {
			return r >= 0x0621 && r <= 0x064A || r >= 0x0671 && r <= 0x06D3
		}
		i += size
	}
	return false
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }
