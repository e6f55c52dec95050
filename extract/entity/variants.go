package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
)

// Spelling variants.
//
// A foreign place has many Arabic spellings: the long vowels come and go
// («زيوريخ», «زيورخ»; «كراكاس», «كاراكاس»), g is ج or غ («جوانتانامو»,
// «غوانتانامو»), t is ت or ط («استنبول», «اسطنبول»), and a final a is ا
// or ة («هولندة», «هولندا»). The lists give one or two of them. A word no
// table and no dictionary knows, whose skeleton is the skeleton of exactly
// one listed place and of no other word of the tables, and whose spelling
// is the place's but for one vowel at most, is that place where a place
// is expected or beside a word of the place's name (variantAround).

// skeletonMinLetters is the fewest letters a skeleton of a listed place
// has, and variantMinLetters the fewest a word has, for the word to be
// read as a variant: a shorter word is some other word's spelling too
// often.
const (
	skeletonMinLetters = 3
	variantMinLetters  = 5
)

// appendSkeleton appends the skeleton of w, a word of the search form, to
// b: its first and last letters as they stand, with ا for a final ه (ة in
// the search form: «هولندة», «هولندا»), and between them the letters
// without ا, و, ي and ء; with ج for غ, ت for ط and س for ص throughout, and
// a letter doubled written once, but for the first. It reports false for
// a word that is not all Arabic letters or that begins with ال: a
// foreign place has no article, a word with one is a word of the
// language or a family name («الخرباوي»).
func appendSkeleton(b []byte, w string) ([]byte, bool) {
	if strings.HasPrefix(w, "ال") {
		return b, false
	}
	// Every letter of the search form is two bytes of UTF-8: the loop
	// reads them as such, for it runs on most words of an article.
	var last rune
	second := false // the letter before is the first: «ببدروم» is no «بدروم»
	for k := 0; k < len(w); k += 2 {
		r, ok := arabicLetterAt(w, k)
		if !ok {
			return b, false
		}
		first, final := k == 0, k+2 == len(w)
		if (r == 'ا' || r == 'و' || r == 'ي' || r == 'ء') && !first && !final {
			continue
		}
		r = spellingClass(r, final)
		if r == last && !final && !second {
			continue
		}
		b = append(b, byte(0xC0|r>>6), byte(0x80|r&0x3F))
		last, second = r, first
	}
	return b, true
}

// arabicLetterAt returns the letter (ء to ي) whose two bytes of UTF-8
// begin at byte k of w, or false where none does.
func arabicLetterAt(w string, k int) (rune, bool) {
	if k+1 >= len(w) {
		return 0, false
	}
	r := rune(w[k]&0x1F)<<6 | rune(w[k+1]&0x3F)
	return r, w[k]&0xE0 == 0xC0 && w[k+1]&0xC0 == 0x80 && r >= 'ء' && r <= 'ي'
}

// variantIndex finds listed places by skeleton. A skeleton two places
// share maps to nil: ambiguous. A word of the tables that shares a place's
// skeleton is kept beside it (others): a variant as near that word's
// spelling as the place's is ambiguous too.
type variantIndex struct {
	// places maps the skeleton of a place of one word, or of two joined
	// by a space, to the place.
	places map[string]*entry
	// parts marks the skeletons of the words of two-word places: where
	// a word is none, no pair is looked up.
	parts map[string]bool
	// others holds, by the skeleton of a place of places, the other words
	// of the tables with that skeleton: «كروكس», a rarer name token,
	// beside «كاراكاس».
	others map[string][]otherWord
}

// otherWord is a word of the tables with a listed place's skeleton that
// is no spelling of that place.
type otherWord struct {
	word string
	// yields: the word is a place of the same type with no Wikidata id,
	// and the place with one was preferred to it (oneCity): a variant as
	// near both is the place's.
	yields bool
}

func newVariantIndex() *variantIndex {
	return &variantIndex{places: make(map[string]*entry, 8192), parts: make(map[string]bool, 4096), others: map[string][]otherWord{}}
}

// skeleton returns the skeleton of the words ws, joined by spaces, and
// whether every word has one.
func skeleton(ws []string) (string, bool) {
	var b []byte
	for k, w := range ws {
		if k > 0 {
			b = append(b, ' ')
		}
		var ok bool
		if b, ok = appendSkeleton(b, w); !ok {
			return "", false
		}
	}
	return string(b), true
}

// addPlace indexes e, a listed place of one or two words, by its skeleton.
func (v *variantIndex) addPlace(e *entry) {
	if len(e.words) > 2 || e.typ == "Place" {
		return
	}
	s, ok := skeleton(e.words)
	if !ok || utf8.RuneCountInString(strings.ReplaceAll(s, " ", "")) < skeletonMinLetters {
		return
	}
	if first, second, two := strings.Cut(s, " "); two {
		v.parts[first], v.parts[second] = true, true
	}
	old, seen := v.places[s]
	switch {
	case !seen || old != nil && old.key == e.key:
		v.places[s] = e
	case old != nil && oneCity(old, e):
		// One city in two spellings of two lists, one with an id:
		// «كاتماندو» (Q797472) and «كتمندو»; or, as often, two places,
		// «جنيف» (Q69290) and «غوناييف» in Haiti. The one with the id is
		// the variants'; the other's spelling is kept among the others,
		// and a variant nearer to it than to the place is left unread.
		if e.qid != "" {
			v.places[s], e = e, old
		}
		v.others[s] = append(v.others[s], otherWord{strings.Join(e.words, " "), true})
	default:
		v.places[s] = nil
	}
}

// oneCity reports whether places a and b, of one skeleton, may be one:
// of one type, and only one of them with a Wikidata id.
func oneCity(a, b *entry) bool {
	return a.typ == b.typ && (a.qid == "") != (b.qid == "")
}

// block notes words ws, known to the tables as something other than the
// place of their skeleton, as another word a variant may be (others). e
// is the entry the tables have for ws, or nil.
func (v *variantIndex) block(ws []string, e *entry) {
	s, ok := skeleton(ws)
	if !ok {
		return
	}
	old, seen := v.places[s]
	if !seen || old == nil || e != nil && old.key == e.key {
		return
	}
	w := strings.Join(ws, " ")
	if !slices.ContainsFunc(v.others[s], func(o otherWord) bool { return o.word == w }) {
		v.others[s] = append(v.others[s], otherWord{w, false})
	}
}

// spellingVariants reads, among the tokens no table knows, the spellings
// of listed places the lists lack: an unknown word beside a word of a
// two-word place as the lists spell it («نيو أورليانز»), and where a
// place is expected, one unknown word, behind the conjunction و or not
// («في زيوريخ», «وشتوتجارت»), or two («في بيونج يانج»). Most words are
// none of these, and most are unknown: the words looked at are those
// beside the words and the places that make such a context. Its
// mentions are not in order.
func (p *parser) spellingVariants() {
	scanned := len(p.mentions)
	for _, k := range p.variantAt {
		p.variantAround(int(k), scanned)
	}
	for k := range scanned {
		if m := p.mentions[k]; m.entry != nil && (m.typ == "Country" || minorPlace(m.typ)) {
			// A place in a list: «برلين وشتوتجارت», «برلين، شتوتجارت».
			p.variantAround(m.end, scanned)
			p.variantAround(m.end+1, scanned)
		}
	}
	if p.article != nil {
		// The first word of each of the first lines, which may be a
		// dateline: the article's first line, or the one after a title.
		k := 0
		for line := 0; line < datelineLines && k < len(p.toks); line++ {
			p.variantAround(k, scanned)
			nl := strings.IndexByte(p.article.Norm[p.toks[k].Start:], '\n')
			if nl < 0 {
				break
			}
			at := p.toks[k].Start + nl + 1
			for k < len(p.toks) && p.toks[k].Start < at {
				k++
			}
		}
	}
	for k := scanned; k < len(p.mentions); k++ {
		if m := p.mentions[k]; p.clubOfCity(m) || p.clubInSport(m) {
			p.mentions[k].typ, p.mentions[k].entry = "SportsTeam", nil
		}
	}
}

// datelineLines is how many lines from the top of an article a dateline
// is looked for on.
const datelineLines = 3

// variantAround reads a spelling variant of a place at token i, an
// unknown word: with the word before or after it where that is a word
// of a two-word place as the lists spell it, and where a place is
// expected (placeExpected) alone or with an unknown word after it. A
// mention it finds claims its tokens at once.
func (p *parser) variantAround(i, scanned int) {
	if !p.unknown(i) || p.claimed[i] {
		return
	}
	free := func(k int) bool { return p.isWord(k) && !p.claimed[k] }
	pairable := func(k int) bool {
		if !free(k) {
			return false
		}
		w := p.bare(k)
		return w != nil && w.variantPart
	}
	add := func(e *entry, start, end, clitic int) {
		p.mentions = append(p.mentions, mention{start: start, end: end, clitic: clitic, typ: e.typ, entry: e})
		for k := start; k < end; k++ {
			p.claimed[k] = true
		}
	}
	if pairable(i-1) && p.toks[i].Start == p.toks[i-1].End()+1 {
		if e := p.variantOf(i-1, 2, 0); e != nil && !p.everyday(i) {
			add(e, i-1, i+1, 0)
			return
		}
	}
	next := free(i+1) && p.toks[i+1].Start == p.toks[i].End()+1
	if next && pairable(i+1) {
		if e := p.variantOf(i, 2, 0); e != nil && !p.everyday(i) {
			add(e, i, i+2, 0)
			return
		}
	}
	// Otherwise an unknown word is read only where a place is expected:
	// it is as often a name or a loanword, «رودريغز» (Rodrigues),
	// «كمبوت» (Kampot). There it may be one word or the first of two
	// unknown words («في بيونج يانج»).
	c := variantClitic(p.text(i))
	if !p.placeExpected(i, c, scanned) {
		return
	}
	// The word's skeleton first: most words are no key of the index.
	var ok bool
	if p.buf, ok = appendSkeleton(p.buf[:0], p.text(i)); !ok {
		return
	}
	v := p.t.variants
	one, part := v.places[string(p.buf)] != nil, v.parts[string(p.buf)]
	if part && next && p.unknown(i+1) {
		if e := p.variantOf(i, 2, 0); e != nil && !p.everyday(i) && !p.everyday(i+1) {
			add(e, i, i+2, 0)
			return
		}
	}
	var e *entry
	switch {
	case one:
		e, c = p.variantOf(i, 1, 0), 0
	case c > 0:
		e = p.variantOf(i, 1, c)
	}
	if e != nil && utf8.RuneCountInString(p.text(i)[c:]) >= variantMinLetters && !p.everyday(i) {
		add(e, i, i+1, c)
	}
}

// placeSaid reports whether m, a place whose word is an everyday word
// too (stop.tsv, located), stands where a place is expected: behind the
// preposition ب («بتدمر»), after a preposition of place, a direction, a
// head that says what kind of place it is («إلى ينبع», «شمال تدمر»,
// «مدينة تدمر»), a head of a body named after its place («جامعة العاشر
// من رمضان») or a noun whose complement is a place (stop.tsv,
// ofplace: «مقيم الشيخ زايد», «قسم شرطة الشيخ زايد»), the name in quotes
// or not («موقعة "محمد محمود"»), in a list after or
// before a place («حمص وتدمر», «تدمر وحمص») or as a dateline. Elsewhere
// the word is the everyday one: «ينبع من» (stems from), «سوريا تدمر» (is
// being destroyed).
func (p *parser) placeSaid(m mention) bool {
	if strings.HasSuffix(p.text(m.start)[:m.clitic], "ب") {
		return true
	}
	before := m.start - 1
	if openingQuote(p.text(before)) && m.clitic == 0 {
		before-- // «أحداث «محمد محمود»», «مدينة "تدمر"»
	}
	for _, f := range p.forms(before) {
		if f.w.direction || f.w.head != nil || f.w.ofPlace {
			return true
		}
	}
	if p.placeExpected(m.start, m.clitic, len(p.mentions)) {
		return true
	}
	// A list that it begins: «تدمر وحمص», «وقلين، وسيدى سالم».
	at := m.end
	if t := p.text(at); t == "،" || t == "," {
		at++
	}
	next, ok := p.gazetteer(at)
	return ok && next.clitic > 0 && p.conjunction(at, next.clitic) && (next.typ == "Country" || minorPlace(next.typ)) && !next.entry.located
}

// locative reports whether token k is a preposition of place (stop.tsv,
// locative), alone or behind the conjunction و or ف: «في», «وفي». The
// tables' readings of a token leave out a word of two letters behind the
// conjunction, so «في» of «وفي» is looked up here.
func (p *parser) locative(k int) bool {
	for _, f := range p.forms(k) {
		if f.w.locative && (f.clitic == 0 || p.conjunction(k, f.clitic)) {
			return true
		}
	}
	t := p.text(k)
	if len(t) != len("وفي") || !strings.HasPrefix(t, "و") && !strings.HasPrefix(t, "ف") || !p.isWord(k) {
		return false
	}
	w := p.t.get(t[len("و"):], wordtable.Hash(t[len("و"):]))
	return w != nil && w.locative
}

// unknown reports whether token i is a word of four letters or more that
// no table knows, as it stands or behind a proclitic.
func (p *parser) unknown(i int) bool {
	return p.isWord(i) && p.slots[i].n == 0 && len(p.toks[i].Text) >= len("ابجد")
}

// variantClitic returns the length in bytes of the conjunction و at the
// start of w, or 0. Other proclitics are not peeled off a word no table
// knows: ب, ل and ف begin too many words the dictionary lacks
// («بلطجية», «لازانيا»).
func variantClitic(w string) int {
	if strings.HasPrefix(w, "و") {
		return len("و")
	}
	return 0
}

// variantOf returns the place whose skeleton is that of the n tokens at
// i, the first clitic bytes left out, or nil.
func (p *parser) variantOf(i, n, clitic int) *entry {
	p.buf = p.buf[:0]
	ok := true
	for k := i; k < i+n && ok; k++ {
		if k > i {
			p.buf = append(p.buf, ' ')
		}
		p.buf, ok = appendSkeleton(p.buf, p.tokenWord(i, k, clitic))
	}
	if !ok {
		return nil
	}
	e := p.t.variants.places[string(p.buf)]
	if e == nil {
		return nil
	}
	// The same skeleton, and one vowel more, less or other at most:
	// «زيوريخ», «زيورخ». Two or more differences are as often another
	// word: «ماستر» is no «موستار», «دندون» no «دنيدن».
	text, listed := p.runes[:0], p.runes2[:0]
	for k := i; k < i+n; k++ {
		text = appendSpellingClasses(text, k > i, p.tokenWord(i, k, clitic))
	}
	for k, w := range e.words {
		listed = appendSpellingClasses(listed, k > 0, w)
	}
	p.runes, p.runes2 = text, listed
	d := editDistance(text, listed, maxVowelEdits+1, &p.distance)
	if d > maxVowelEdits {
		return nil
	}
	// Another word of the tables of the same skeleton, as near or
	// nearer, may be what the text spells: «جينيف» is Geneva, and no
	// «غوناييف»; «كيروين» is as near «كيروان» as «كيرون».
	for _, o := range p.t.variants.others[string(p.buf)] {
		p.runes2 = p.runes2[:0]
		for w := range strings.SplitSeq(o.word, " ") {
			p.runes2 = appendSpellingClasses(p.runes2, len(p.runes2) > 0, w)
		}
		if n := editDistance(text, p.runes2, d+1, &p.distance); n < d || n == d && !o.yields {
			return nil
		}
	}
	return e
}

// maxVowelEdits is how many vowels a variant may add, drop or change.
const maxVowelEdits = 1

// tokenWord returns the search form of token k of a variant that begins
// at token i, the first clitic bytes of token i left out.
func (p *parser) tokenWord(i, k, clitic int) string {
	if k == i {
		return p.text(k)[clitic:]
	}
	return p.text(k)
}

// appendSpellingClasses appends the runes of w to r, after a space where
// space is true, with the letters a skeleton takes as one written alike:
// ج for غ, ت for ط, س for ص, ا for a final ه or ى.
func appendSpellingClasses(r []rune, space bool, w string) []rune {
	if space {
		r = append(r, ' ')
	}
	for k, c := range w {
		r = append(r, spellingClass(c, k+utf8.RuneLen(c) == len(w)))
	}
	return r
}

// spellingClass returns the letter that stands for r, the final letter
// of its word where final is true, among letters written alike: ج for غ,
// ت for ط, س for ص, ا for a final ه or ى.
func spellingClass(r rune, final bool) rune {
	switch {
	case r == 'غ':
		return 'ج'
	case r == 'ط':
		return 'ت'
	case r == 'ص':
		return 'س'
	case final && (r == 'ه' || r == 'ى'):
		return 'ا'
	}
	return r
}

// editDistance returns the Levenshtein distance of a and b, or limit
// where it is limit or more. rows is scratch space for two rows of the
// table, kept from one call to the next.
func editDistance(a, b []rune, limit int, rows *[]int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	if cap(*rows) < 2*(len(b)+1) {
		*rows = make([]int, 2*(len(b)+1))
	}
	prev, cur := (*rows)[:len(b)+1], (*rows)[len(b)+1:2*(len(b)+1)]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}

// placeExpected reports whether token i, which may begin with a
// proclitic clitic bytes long, stands where a place is expected: after a
// preposition of place (stop.tsv, locative: «في», «إلى»), after a place
// of the first scanned mentions in a list («نابلس وقلقيلة», «برلين،
// شتوتجارت»), as a dateline, first on its line before a bracket or a
// dash («جوهانسبرج (رويترز)»), or before its country in brackets
// («كانو (نيجيريا)»).
func (p *parser) placeExpected(i, clitic, scanned int) bool {
	if p.locative(i - 1) {
		return true
	}
	if comma := p.text(i-1) == "،" || p.text(i-1) == ","; clitic > 0 || comma {
		before := i
		if comma {
			before--
		}
		// The scanned mentions are in order: the last that begins before
		// the word is the one that may end right before it.
		k, _ := slices.BinarySearchFunc(p.mentions[:scanned], before, func(m mention, t int) int { return m.start - t })
		if k > 0 {
			m := p.mentions[k-1]
			return m.end == before && m.entry != nil && (m.typ == "Country" || minorPlace(m.typ))
		}
		return false
	}
	if p.text(i+1) == "(" && p.text(i+3) == ")" {
		if c, ok := p.gazetteer(i + 2); ok && c.typ == "Country" && c.end == i+3 && c.clitic == 0 {
			return true
		}
	}
	if next := p.text(i + 1); p.article != nil && (next == "(" || next == "-" || next == "–") {
		from := 0
		if i > 0 {
			from = p.toks[i-1].End()
		}
		return i == 0 || strings.Contains(p.article.Norm[from:p.toks[i].Start], "\n")
	}
	return false
}
