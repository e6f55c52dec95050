package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
	"github.com/khabar-lab/khabar/extract/lexicon"
	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
)

// covered reports whether token i lies inside a mention scan found.
func (p *parser) covered(i int) bool { return p.claimed[i] }

// linkClubs reads a one-word listed place as the club named after it
// where the article names the club with «نادي»: after «نادي الزمالك»,
// «الزمالك» is the club, not the district of Cairo. The article's own
// words beat the gazetteer's first reading. Not a city: «نادي باريس» is
// also the creditors' club, in articles where «باريس» is the city.
//
// A city or a place that a rule read as its club once («فاز ليفربول»,
// «مدرب مانشستر», «ميلان الإيطالي», «لاعب الزمالك») is the club wherever
// else the article names it alone: «حاصر ليفربول منطقة جزاء شيفلد» is the
// same team; with «نادي الزمالك» in the article, the club's node.
func (p *parser) linkClubs() {
	var clubs []int     // the club mentions
	var cities []string // the cities read as their club
	for k, m := range p.mentions {
		if m.end-m.start == 2 && p.text(m.start)[m.clitic:] == "نادي" {
			clubs = append(clubs, k)
		}
		if m.end-m.start == 1 && m.typ == "SportsTeam" && m.entry == nil {
			if c := p.text(m.start)[m.clitic:]; !slices.Contains(cities, c) {
				cities = append(cities, c)
			}
		}
	}
	for k := range p.mentions {
		m := &p.mentions[k]
		if m.end-m.start == 1 && m.entry != nil && minorPlace(m.entry.typ) && slices.Contains(cities, p.text(m.start)[m.clitic:]) && !p.whereOrWhich(*m) {
			m.typ, m.entry = "SportsTeam", nil
		}
	}
	for _, c := range clubs {
		club := p.mentions[c]
		word := p.text(club.start + 1)
		for k := range p.mentions {
			m := &p.mentions[k]
			if t := p.text(m.start)[m.clitic:]; m.end-m.start == 1 && (m.entry != nil && m.entry.typ == "Place" || m.typ == "SportsTeam" && m.entry == nil) && (t == word || "ا"+t == word) { // «للزمالك» leaves «لزمالك»
				m.typ, m.entry = club.typ, club.entry
				m.club = p.text(club.start)[club.clitic:] + " " + word
			}
		}
	}
}

// whereOrWhich reports whether the place m is where something is or
// which one a noun names, not a club: after «في» or ب («في مدريد»,
// «بمدريد»), or after a head, a common word or a title, in construct
// («بمدينة رفح», «مركز واشنطن», «استاد المنيا»).
func (p *parser) whereOrWhich(m mention) bool {
	if m.clitic > 0 && strings.HasSuffix(p.text(m.start)[:m.clitic], "ب") {
		return true
	}
	if p.text(m.start-1) == "في" {
		return true
	}
	for _, f := range p.forms(m.start - 1) {
		if f.w.head != nil || f.w.common || len(f.w.titles) > 0 {
			return true
		}
	}
	return false
}

// surname reports whether the last word of the person m is a surname
// that stands for the person alone elsewhere in the article.
func (p *parser) surname(m mention) bool {
	last := p.text(m.end - 1)
	if w := p.bare(m.end - 1); w != nil && (w.function || w.common || w.second) || utf8.RuneCountInString(last) < 3 || p.endsWithOrdinal(m) || p.feminineNoun(m.end-1) {
		return false // «عصام الدين», «بنديكت السادس عشر»: no surname
	}
	if w := p.bare(m.end - 2); m.end-2 >= m.start && w != nil && w.link && !w.particle {
		// «أحمد أبو جبل»: the surname is two words, not «جبل»; and «سلمان»
		// alone is not «محمد بن سلمان», but his father.
		return false
	}
	if m.entry == nil && p.nameParts(m) >= 3 && p.everydayNoun(m.end-1) && !p.namesBefore(m) {
		// A name that a rule read on past a word no list has as a name
		// to an everyday word with ال may have read on too far: «لم يعلم
		// خالد مكان السجن». Such a word alone is the word, elsewhere in
		// the article: «السجن». After names of the lists it is a family
		// name: «عباس محمود العقاد», «محمد خيرت الشاطر».
		return false
	}
	return true
}

// fatherName reports whether the person m ends with «بن» and the name of
// the father, which is how the article names the person again: «بن
// سلمان» after «محمد بن سلمان». A name of the grandfather too has no
// such short form.
func (p *parser) fatherName(m mention) bool {
	if m.end-m.start < 3 {
		return false
	}
	if w := p.bare(m.end - 2); w == nil || !w.nasab || utf8.RuneCountInString(p.text(m.end-1)) < 3 {
		return false
	}
	for k := m.start + 1; k < m.end-2; k++ {
		if w := p.bare(k); w != nil && w.nasab {
			return false // «خالد بن بندر بن عبدالعزيز»: «بن عبدالعزيز» is every son of the grandfather
		}
	}
	return true
}

// linkIsms adds the one-word first names of people the article names
// «X بن Y» where a title or a verb of saying stands before them and no
// rule read a name: «الشيخ تميم», «وقال حمد» after «الشيخ تميم بن حمد
// آل ثاني», «حمد بن جاسم». A first name such as «تميم» is an everyday
// word too, which no rule reads alone; the article's full name says that
// here it is the person. A first name that is a name more than a word
// (nameOnly) needs neither: «بقتلة عثمان» after «عثمان بن عفان».
func (p *parser) linkIsms() {
	isms := p.isms[:0]
	for _, m := range p.mentions {
		if m.typ == "Person" && m.end-m.start >= 3 && m.clitic == 0 {
			if w, first := p.bare(m.start+1), p.bare(m.start); w != nil && w.nasab && (first == nil || !first.function && !first.link) && !slices.Contains(isms, p.text(m.start)) {
				// Not «علي», which is «على» too: «وأكد على أنه»; nor
				// «عبد», which is no name alone.
				isms = append(isms, p.text(m.start))
			}
		}
	}
	p.isms = isms
	if len(isms) == 0 {
		return
	}
	scanned := len(p.mentions)
	for i := range p.toks {
		if !p.isWord(i) || p.covered(i) || p.isWord(i+1) && p.covered(i+1) {
			continue
		}
		if p.linkAt(i + 1) {
			continue // «أعرب تركي بن محمد»: another full name no rule read
		}
		if !slices.Contains(isms, p.text(i)) {
			// A first name that is a name more than a word (nameOnly)
			// stands for the person anywhere, behind a proclitic too,
			// but before a word that may go on with it as another's
			// name: «قتلة عثمان», «ولمعاوية» after «عثمان بن عفان»,
			// «معاوية بن أبي سفيان».
			if clitic, ok := p.peeledIsm(i, isms); ok {
				p.mentions = append(p.mentions, mention{start: i, end: i + 1, clitic: clitic, typ: "Person"})
			}
			continue
		}
		m := mention{start: i, end: i + 1, typ: "Person"}
		for k := i - 1; k >= max(0, i-3); k-- {
			if e, ok := p.titleAt(k); ok && e == i {
				m.title, m.titleWords = [2]int{k, i}, i
				break
			}
		}
		if m.title[1] > m.title[0] || p.reportVerb(i-1) || p.nameOnly(p.text(i)) && !p.nameNext(i+1) {
			p.mentions = append(p.mentions, m)
		}
	}
	for _, m := range p.mentions[scanned:] {
		p.claimed[m.start] = true
	}
}

// peeledIsm reports whether token i is one of the first names isms
// behind a proclitic (surnamePeels), and the proclitic's length: a name
// more than a word (nameOnly), before no word that may go on with it.
func (p *parser) peeledIsm(i int, isms []string) (int, bool) {
	text := p.text(i)
	if r, _ := utf8.DecodeRuneInString(text); r != 'و' && r != 'ف' && r != 'ل' && r != 'ب' {
		return 0, false
	}
	for _, peel := range surnamePeels {
		if rest, ok := strings.CutPrefix(text, peel); ok && slices.Contains(isms, rest) && p.nameOnly(rest) && !p.nameNext(i+1) {
			return len(peel), true
		}
	}
	return 0, false
}

// nameOnly reports whether w, a word of the search form, is a name more
// than a word: one the dictionary does not know, or a first name of the
// lists that it knows as it stands or behind ال only; and no
// function or common word, title, head or nationality adjective of the
// tables.
func (p *parser) nameOnly(w string) bool {
	x := p.t.get(w, wordtable.Hash(w))
	if x != nil && (x.function || x.common || len(x.titles) > 0 || x.head != nil || x.nisba != nil) {
		return false
	}
	switch p.lexiconRead(w) {
	case lexicon.Unknown:
		return true
	case lexicon.AsItStands:
		return x != nil && x.first // «عمر», «عثمان»: a name more than a word
	}
	// Behind a proclitic, only ال («الوليد»): «بكر» is ب and «كر».
	return x != nil && x.first && strings.HasPrefix(w, "ال")
}

// reportVerb reports whether token i is a verb of saying, behind و or ف
// too: «وقال».
func (p *parser) reportVerb(i int) bool {
	for _, f := range p.forms(i) {
		if f.w.report && (f.clitic == 0 || p.conjunction(i, f.clitic)) {
			return true
		}
	}
	return false
}

// commonSurname reports whether the person m, of two words or more, ends
// with a family name that is a common word too: a month or a weekday
// («طه ياسين رمضان», «علي جمعة», «طيب رجب»), a word of stop.tsv's common
// kind («محمد سلامة»). Alone, such a word is the person only where the
// sentence says so (linkSaid).
func (p *parser) commonSurname(m mention) bool {
	if m.end-m.start < 2 || p.nameParts(m) < 2 {
		return false
	}
	w := p.bare(m.end - 1)
	if w == nil || !w.common || w.function || w.second || w.direction || utf8.RuneCountInString(p.text(m.end-1)) < 3 {
		return false
	}
	l := p.bare(m.end - 2)
	return l == nil || !l.link
}

// linkSaid adds the later lone family names of people named in full that
// are common words too (commonSurname), where a verb of saying stands
// before them or the quoted word after them, and no name word follows,
// which would begin another name: «وأكد جمعة» after «علي جمعة», «عن رمضان
// قوله» after «طه ياسين رمضان»; not «وقال رمضان محمد رمضان».
func (p *parser) linkSaid() {
	scanned := len(p.mentions)
	for i := range p.toks {
		if !p.isWord(i) || p.covered(i) || !slices.Contains(p.said, p.text(i)) || p.nameNext(i+1) {
			continue
		}
		if p.reportVerb(i-1) || slices.Contains(p.quotedAt, i+1) {
			p.mentions = append(p.mentions, mention{start: i, end: i + 1, typ: "Person"})
		}
	}
	for _, m := range p.mentions[scanned:] {
		p.claimed[m.start] = true
	}
}

// linkFathers adds the later «بن» and father's name of people named by
// them, «بن سلمان», «وبن زايد», where no other rule read a name.
func (p *parser) linkFathers() {
	scanned := len(p.mentions)
	for i := range p.toks {
		if !p.isWord(i) || !p.isWord(i+1) || p.covered(i) || p.covered(i+1) || !slices.Contains(p.fathers, p.text(i+1)) {
			continue
		}
		if p.isWord(i-1) && (p.covered(i-1) || p.nameWord(i-1) || p.nameListed(i-1) || !p.everyday(i-1)) {
			// «تركي بن محمد», «سطام بن عبدالعزيز»: the name of someone
			// else, which no rule read; «خالد بن بندر بن عبدالعزيز»: the
			// rest of a name a rule read.
			continue
		}
		for _, f := range p.forms(i) {
			if f.w.nasab && (f.clitic == 0 || p.conjunction(i, f.clitic)) {
				p.mentions = append(p.mentions, mention{start: i, end: i + 2, clitic: f.clitic, typ: "Person"})
				break
			}
		}
	}
	for _, m := range p.mentions[scanned:] {
		p.claimed[m.start], p.claimed[m.start+1] = true, true
	}
}

// pairSurname returns the two words of the family name that the person
// m, named in three words or more, ends with, where it has two: the
// second part of a compound name after its first («خالد علم الدين»,
// «حسن نصر الله», «محمد فؤاد جاد الله») or a kunya («عبد المنعم أبو
// الفتوح»). The article names the person by them again: «أقالت علم
// الدين», «وأضاف أبو الفتوح». Not a name that ends «عبد الله»: «عبد»
// begins a name of its own, the father's of «محمد عبد الله».
func (p *parser) pairSurname(m mention) (a, b string, ok bool) {
	if m.typ != "Person" || m.end-m.start < 3 {
		return "", "", false
	}
	first, second := p.bare(m.end-2), p.bare(m.end-1)
	switch {
	case first != nil && first.kunya:
	case second != nil && second.second && p.nameish(m.end-2) && (first == nil || !first.link && !first.common && !first.second):
	default:
		return "", "", false
	}
	if w := p.bare(m.end - 3); w != nil && (w.link || w.kunya) {
		return "", "", false // «أبو علم الدين»: one name, of three words
	}
	return p.text(m.end - 2), p.text(m.end - 1), true
}

// surnameTaken reports whether bySurname has key.
func (p *parser) surnameTaken(key string) bool {
	_, taken := p.bySurname[key]
	return taken
}

// pairKey is the key of bySurname for a family name of two words.
func pairKey(a, b string) string { return a + " " + b }

// hasPair reports whether pairs holds pairKey(a, b), without building
// the key.
func (p *parser) hasPair(a, b string) bool {
	for _, pair := range p.pairs {
		if len(pair) == len(a)+1+len(b) && pair[:len(a)] == a && pair[len(a)] == ' ' && pair[len(a)+1:] == b {
			return true
		}
	}
	return false
}

// linkPairs adds the later family names of two words of people named in
// full (pairSurname), with a proclitic on the first word too («لعلم
// الدين»), where no rule read a name.
func (p *parser) linkPairs() {
	// A bit for the hash of each pair's second word, which takes no
	// proclitic: one test turns nearly every token away.
	var seconds uint64
	for _, m := range p.mentions {
		if _, _, ok := p.pairSurname(m); ok {
			seconds |= 1 << (p.toks[m.end-1].Hash & 63)
		}
	}
	scanned := len(p.mentions)
	for i := range p.toks {
		if i+1 >= len(p.toks) || seconds&(1<<(p.toks[i+1].Hash&63)) == 0 || !p.isWord(i) || !p.isWord(i+1) || p.covered(i) || p.covered(i+1) {
			continue
		}
		if w := p.bare(i - 1); p.isWord(i-1) && w != nil && (w.link || w.kunya) {
			continue // «عبد نصر الله», «أبو علم الدين»: another's name
		}
		if n := p.bare(i + 2); p.isWord(i+2) && n != nil && n.second {
			continue // «أبو نصر الله» is not «أبو نصر»
		}
		text, next := p.text(i), p.text(i+1)
		if p.hasPair(text, next) {
			p.mentions = append(p.mentions, mention{start: i, end: i + 2, typ: "Person"})
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text); r != 'و' && r != 'ف' && r != 'ل' && r != 'ب' {
			continue // no proclitic a family name may carry
		}
		for _, peel := range surnamePeels {
			if rest, ok := strings.CutPrefix(text, peel); ok && p.hasPair(rest, next) {
				p.mentions = append(p.mentions, mention{start: i, end: i + 2, clitic: len(peel), typ: "Person"})
				break
			}
		}
	}
	for _, m := range p.mentions[scanned:] {
		p.claimed[m.start], p.claimed[m.start+1] = true, true
	}
}

// linkRepeats adds the other occurrences of a person's name of two
// words or more where no rule read it: the article's name says what the
// words are, where a rule found it once after a title or a verb and
// another time nothing stood before it («مكى يكرم على جمعة» after
// «الدكتور على جمعة»), or the words after it stopped the rule
// («الدكتور على جمعة جعلنا»). Not inside a longer name: after a link or
// a kunya («عبد», «أبو»), nor before a link or the second part of a
// compound («بن», «الدين»).
func (p *parser) linkRepeats() {
	// The names to look for, and a bit for the hash of each one's first
	// token: one pass over the tokens turns nearly all of them away.
	scanned, names, firsts := len(p.mentions), p.repeats[:0], uint64(0)
	for k := range scanned {
		m := p.mentions[k]
		if m.typ == "Person" && m.end-m.start >= 2 && m.clitic == 0 && !p.among(names, m) {
			names = append(names, int32(k))
			firsts |= 1 << (p.toks[m.start].Hash & 63)
		}
	}
	p.repeats = names
	if len(names) == 0 {
		return
	}
	for i := range p.toks {
		if firsts&(1<<(p.toks[i].Hash&63)) == 0 || p.covered(i) {
			continue
		}
		var found *mention // the longest name that stands here
		for _, k := range names {
			m := &p.mentions[k]
			n := m.end - m.start
			if p.toks[i].Hash != p.toks[m.start].Hash || i+n > len(p.toks) || found != nil && n <= found.end-found.start {
				continue
			}
			if p.sameTokens(i, m.start, n) && p.uncovered(i, n) {
				found = m
			}
		}
		if found == nil {
			continue
		}
		n := found.end - found.start
		if w := p.bare(i - 1); p.isWord(i-1) && w != nil && (w.link || w.kunya) {
			continue
		}
		if w := p.bare(i + n); p.isWord(i+n) && w != nil && (w.second || w.link) {
			continue
		}
		p.mentions = append(p.mentions, mention{start: i, end: i + n, typ: "Person", entry: found.entry})
		for j := i; j < i+n; j++ {
			p.claimed[j] = true
		}
	}
}

// linkLocated reads as the place a person of no title whose words are a
// listed place read only where a place is expected (stop.tsv, located),
// where the article reads that place elsewhere: after «شارع محمد محمود»
// or «أحداث محمد محمود», «ذكرى محمد محمود» and «ماسبيرو ومحمد محمود» are
// the street and the clashes there, no man. Not after a verb of saying:
// «وقال محمد محمود» is someone speaking.
func (p *parser) linkLocated() {
	keys := p.placeKeys[:0] // the keys of the places the article reads
	for _, m := range p.mentions {
		if m.entry != nil && m.typ != "Person" && !slices.Contains(keys, m.entry.key) {
			keys = append(keys, m.entry.key)
		}
	}
	p.placeKeys = keys
	if len(keys) == 0 {
		return
	}
	for k := range p.mentions {
		m := &p.mentions[k]
		if m.typ != "Person" || m.entry != nil || m.title[1] > m.title[0] || p.reportVerb(m.start-1) {
			continue
		}
		s := &p.slots[m.start]
		if !s.gazDone {
			p.readGazetteer(m.start)
		}
		if e := s.gaz; e != nil && e.located && int(s.gazEnd) == m.end && int(s.gazClitic) == m.clitic && slices.Contains(keys, e.key) {
			m.typ, m.entry = e.typ, e
		}
	}
}

// among reports whether one of the mentions at names is of the same
// tokens as m.
func (p *parser) among(names []int32, m mention) bool {
	for _, k := range names {
		if o := &p.mentions[k]; o.end-o.start == m.end-m.start && p.sameTokens(o.start, m.start, m.end-m.start) {
			return true
		}
	}
	return false
}

// sameTokens reports whether the n tokens at i are those at j.
func (p *parser) sameTokens(i, j, n int) bool {
	for d := range n {
		if p.toks[i+d].Text != p.toks[j+d].Text {
			return false
		}
	}
	return true
}

// uncovered reports whether no mention covers any of the n tokens at i.
func (p *parser) uncovered(i, n int) bool {
	for d := range n {
		if p.covered(i + d) {
			return false
		}
	}
	return true
}

// linkSurnames adds the later bare surnames of people named in full:
// «الكاظمي» after «مصطفى الكاظمي»; and the father's name after «بن»
// of people named by it: «بن سلمان» after «محمد بن سلمان». It gathers
// the first names linkIsms and the common-word family names linkSaid look
// for, and calls them.
func (p *parser) linkSurnames() {
	surnames, fathers, firstNamed, tokenNamed, pairs, said := p.surnames[:0], p.fathers[:0], p.firstNamed[:0], p.tokenNamed[:0], p.pairs[:0], p.said[:0]
	for _, m := range p.mentions {
		if m.typ != "Person" {
			continue
		}
		if p.commonSurname(m) {
			if last := p.text(m.end - 1); !slices.Contains(said, last) {
				said = append(said, last)
			}
			continue
		}
		if a, b, ok := p.pairSurname(m); ok {
			if pair := pairKey(a, b); !slices.Contains(pairs, pair) {
				pairs = append(pairs, pair)
			}
		}
		if p.fatherName(m) {
			if last := p.text(m.end - 1); !slices.Contains(fathers, last) {
				fathers = append(fathers, last)
			}
			continue
		}
		if m.end-m.start < 2 && !p.titledSurname(m) && !p.loneSurname(m) || !p.surname(m) {
			continue
		}
		last := p.text(m.end - 1)
		if !slices.Contains(surnames, last) {
			surnames = append(surnames, last)
		}
		if first := p.bare(m.start); first != nil && m.end-m.start >= 2 && p.namesBefore(m) {
			switch {
			case first.first && !slices.Contains(firstNamed, last):
				firstNamed = append(firstNamed, last)
			case first.token && !first.first && !slices.Contains(tokenNamed, last):
				tokenNamed = append(tokenNamed, last)
			}
		}
	}
	p.surnames, p.fathers, p.firstNamed, p.tokenNamed, p.pairs, p.said = surnames, fathers, firstNamed, tokenNamed, pairs, said
	if len(fathers) > 0 {
		p.linkFathers()
	}
	if len(said) > 0 {
		p.linkSaid()
	}
	if len(pairs) > 0 {
		p.linkPairs()
	}
	p.linkIsms()
	if len(surnames) == 0 {
		return
	}
	// A one-word place from the generated lists that is the surname of a
	// person the article names in full is that person: «بلير» after «توني
	// بلير» is neither a town nor ب + the town «لير». The article's own
	// evidence beats a gazetteer of every small place on earth; the
	// curated list is trusted. Where the lists do not know the word as a
	// family name (names.tsv), the full name must say more: it begins
	// with a listed first name («لويس ساكو»: not the Philippine province
	// «ساكو»), or with a name token and the place is a city («خافيير
	// سولانا»; not «وحث كاميرون اسكتلندا», a name misread over the
	// object of a verb). A place with ال is a place here: «الريان» is a
	// family too, but «هلال بندر المنيا» names no one «المنيا».
	for k := range p.mentions {
		m := &p.mentions[k]
		if m.end-m.start != 1 || m.entry == nil || m.entry.rank == 0 || !minorPlace(m.entry.typ) {
			continue
		}
		for _, f := range p.forms(m.start) { // the longest reading first: «وبلير» is و + «بلير»
			if f.clitic > m.clitic {
				continue
			}
			rest := p.text(m.start)[f.clitic:]
			if f.w.name && slices.Contains(surnames, rest) || !strings.HasPrefix(rest, "ال") && (slices.Contains(firstNamed, rest) || m.entry.typ == "City" && slices.Contains(tokenNamed, rest)) {
				m.typ, m.entry, m.clitic = "Person", nil, f.clitic
				break
			}
		}
	}
	// A token, with or without its proclitic, ends as its surname does:
	// the set of the surnames' endings turns nearly every other token away
	// before any comparison.
	var endings endingSet
	for _, s := range surnames {
		endings.add(s)
	}
	scanned := len(p.mentions)
	for i := range p.toks {
		if !p.isWord(i) || p.covered(i) || !endings.has(p.toks[i].Text) || !p.aloneAsSurname(i) {
			continue
		}
		text := p.text(i)
		if slices.Contains(surnames, text) {
			p.mentions = append(p.mentions, mention{start: i, end: i + 1, typ: "Person"})
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text); r != 'و' && r != 'ف' && r != 'ل' && r != 'ب' {
			continue // no proclitic a surname may carry
		}
		for _, peel := range surnamePeels {
			rest, ok := strings.CutPrefix(text, peel)
			if !ok {
				continue
			}
			if slices.Contains(surnames, rest) || strings.HasSuffix(peel, "ل") && strings.HasPrefix(rest, "ل") && p.alifLost(rest) {
				// «للسوداني»: ل before ال, which loses its alif.
				p.mentions = append(p.mentions, mention{start: i, end: i + 1, clitic: len(peel), typ: "Person"})
				break
			}
		}
	}
	for _, m := range p.mentions[scanned:] {
		p.claimed[m.start] = true
	}
}

// nameParts counts the parts of the name m: a link and the word after
// it are one («عبد الرحمن», «أبو الفتوح»), and so is a first name with
// the second part of a compound one («عز الدين»).
func (p *parser) nameParts(m mention) int {
	n := m.end - m.start
	for k := m.start + 1; k < m.end; k++ {
		if w, l := p.bare(k), p.bare(k-1); w != nil && w.second || l != nil && l.link {
			n--
		}
	}
	return n
}

// namesBefore reports whether every word of m but its first and its last
// is a name word of the lists (not a rarer Wikidata token, many of which
// are everyday words: «مكان»), a link or the second part of a compound
// name.
func (p *parser) namesBefore(m mention) bool {
	for k := m.start + 1; k < m.end-1; k++ {
		if w := p.bare(k); w == nil || !w.name && !w.link && !w.second {
			return false
		}
	}
	return true
}

// everydayNoun reports whether token k is an everyday word with ال that
// no list has as a name and that ends in no ي of a family name or an
// adjective of nationality: «السجن», «المتهمين», not «الكاظمي».
func (p *parser) everydayNoun(k int) bool {
	return p.hasArticle(k, 0) && p.everyday(k) && !strings.HasSuffix(p.text(k), "ي") && !p.nameListed(k) && !p.nisbaAt(k)
}

// aloneAsSurname reports whether token i may be a surname standing for a
// person: not the adjective after a definite noun («البرلمان العربي» after
// «نبيل العربي») and not the first part of a compound name («جاد الله»
// after «محمد فؤاد جاد»).
func (p *parser) aloneAsSurname(i int) bool {
	if n := p.bare(i + 1); n != nil && n.second {
		return false
	}
	if p.titleWord(i) && (p.nameNext(i+1) || p.isWord(i-1) && (p.nameWord(i-1) || p.nameListed(i-1))) {
		// A title that is a family name too («محمد السيد») is the title
		// of a name after it («السيد رشاد») and the family name of
		// another before it («حمادة السيد»).
		return false
	}
	if strings.HasPrefix(p.text(i), "ال") && definite(p.text(i-1)) {
		return p.titleEndsAt(i) // «رئيس الوزراء الكاظمي»
	}
	return true
}

// titleWord reports whether token i, or it without its proclitic, begins
// a title: «السيد», «والشيخ».
func (p *parser) titleWord(i int) bool {
	for _, f := range p.forms(i) {
		if len(f.w.titles) > 0 {
			return true
		}
	}
	return false
}

// nameNext reports whether token k may be a name after a title: a name
// word of the lists or a word the lexicon does not know.
func (p *parser) nameNext(k int) bool {
	return p.isWord(k) && (p.nameWord(k) || p.nameListed(k) || !p.everyday(k))
}

// definite reports whether w has ال, after a proclitic too: «الاقتصاد»,
// «للاقتصاد», «وبالاقتصاد».
func definite(w string) bool {
	for _, c := range []string{"و", "ف"} {
		w = strings.TrimPrefix(w, c)
	}
	for _, c := range []string{"ب", "ك", "ل"} {
		if r, ok := strings.CutPrefix(w, c); ok {
			if c == "ل" && strings.HasPrefix(r, "ل") {
				return true // «للاقتصاد»: ل before ال, which loses its alif
			}
			w = r
			break
		}
	}
	return strings.HasPrefix(w, "ال")
}

// titleEndsAt reports whether a title ends right before token i.
func (p *parser) titleEndsAt(i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		if e, ok := p.titleAt(k); ok && e == i {
			return true
		}
	}
	return false
}

// titledSurname reports whether m is a one-word person a title named by
// a word that is no first name and no everyday word: «الرئيس بوش» makes
// a later «بوش» the same man, «الدكتور ياسر» no later «ياسر».
func (p *parser) titledSurname(m mention) bool {
	if m.end-m.start != 1 || m.entry != nil || m.title[1] == m.title[0] || m.clitic > 0 {
		return false
	}
	if w := p.bare(m.start); w != nil && (w.first || w.alsoFirst || w.common || w.nisba != nil) {
		return false
	}
	return p.reading(m.start) != lexicon.AsItStands
}

// loneSurname reports whether m is a one-word person that no title and
// no list named, by a word that is no first name, no common word and no
// word of the lexicon: «وقال رشوان» makes every other «رشوان» of the
// article the same man.
func (p *parser) loneSurname(m mention) bool {
	if m.end-m.start != 1 || m.entry != nil || m.clitic > 0 {
		return false
	}
	if w := p.bare(m.start); w != nil && (w.first || w.alsoFirst || w.common || w.nisba != nil) {
		return false
	}
	return p.reading(m.start) == lexicon.Unknown
}

// endsWithOrdinal reports whether a person's name ends with a regnal
// ordinal: «بنديكت السادس عشر».
func (p *parser) endsWithOrdinal(m mention) bool {
	for k := m.start + 1; k < m.end; k++ {
		if n := p.ordinalAt(k); n > 0 && k+n == m.end {
			return true
		}
	}
	return false
}

// minorPlace reports whether a type is of a place that may share its name
// with a family: a city, a region, not a country.
func minorPlace(typ string) bool {
	return typ == "City" || typ == "Place" || typ == "AdministrativeArea"
}

// endingSet is a set of word endings: the last byte of each of a word's
// last two letters (for Arabic, the bytes that tell letters apart), one
// bit per pair.
type endingSet [64]uint64

func endingKey(w string) int {
	if len(w) < 3 {
		return 0
	}
	return int(w[len(w)-1]&0x3F) | int(w[len(w)-3]&0x3F)<<6
}

func (e *endingSet) add(w string) { k := endingKey(w); e[k/64] |= 1 << (k % 64) }

func (e *endingSet) has(w string) bool { k := endingKey(w); return e[k/64]&(1<<(k%64)) != 0 }

// fatherKey is the key of bySurname for a person named by the father's
// name after «بن»: a key of two words, which no surname is.
func fatherKey(father string) string { return "بن " + father }

// calledBy is the person an article names «X بن Y» or «X» and a regnal
// ordinal that a later X alone stands for: «الملك عبدالله» after «الملك
// عبدالله بن عبدالعزيز», «وقال حمد» after «حمد بن جاسم», «البابا
// تواضروس» after «البابا تواضروس الثاني».
type calledBy struct {
	node      int
	title     [2]int // the tokens of the title of the full name
	ambiguous bool   // two people of the article are called X
}

// addIsm registers the first name of the person m, the node n, if its
// next word is «بن»: «حمد بن جاسم», «عبد الله بن عبد العزيز»; and the
// name before a regnal ordinal: «البابا تواضروس» is «البابا تواضروس
// الثاني», «شنودة» «شنودة الثالث».
func (p *parser) addIsm(m *mention, n int, norm string) {
	for k := m.start + 1; k < m.end; k++ {
		if w := p.bare(k); k <= m.start+2 && k < m.end-1 && w != nil && w.nasab {
			p.registerIsm(m, k, n, norm)
			return
		}
		if o := p.ordinalAt(k); o > 0 && k+o == m.end {
			p.registerIsm(m, k, n, norm)
			return
		}
	}
}

// registerIsm registers the words of the person m before token end as a
// name of the node n; a name two nodes share is ambiguous.
func (p *parser) registerIsm(m *mention, end, n int, norm string) {
	ism := mention{start: m.start, end: end, clitic: m.clitic, typ: m.typ}
	key := p.mentionKey(&ism, norm).words
	if c, ok := p.byIsm[key]; ok {
		c.ambiguous = c.ambiguous || c.node != n
		p.byIsm[key] = c
	} else {
		p.byIsm[key] = calledBy{node: n, title: m.title}
	}
}

// linkAt reports whether token k is a link of names, «بن», «آل»: after a
// first name it says that the name goes on where no rule read it
// («عبد الله آل الشيخ»), so the first name alone is no one's.
func (p *parser) linkAt(k int) bool {
	w := p.bare(k)
	return w != nil && w.link
}

// sameTitle reports whether the title of the person m, if it has one, is
// a word of the title before the full name: «الملك عبدالله» is «خادم
// الحرمين الشريفين الملك عبدالله بن عبد العزيز», «الشيخ تميم» is «أمير
// قطر الشيخ تميم بن حمد»; «النبي محمد» is not «محمد بن سلمان».
func (p *parser) sameTitle(m *mention, full [2]int) bool {
	if m.title[1] == m.title[0] {
		return true
	}
	head := p.text(m.title[0])[p.slotsClitic(m.title[0]):]
	for k := full[0]; k < full[1]; k++ {
		if p.text(k)[p.slotsClitic(k):] == head {
			return true
		}
	}
	return false
}

// namedOtherwise returns the mention of an organization or a place that
// the word a rule read as a person in m begins, and where that name ends
// at m: «وقالت فيتش» is the agency the article named before («وكالة
// فيتش» read «فيتش» alone too), «نيوزويك:» the magazine of «مجلة
// نيوزويك», and «أشارت جلوبال بوست» the paper of «صحيفة جلوبال بوست»,
// whose second word the rule left out: the mention takes it, where no
// other mention has it. Only a person read by a rule from its context,
// alone and with no title, is so re-read: a listed person, or one with a
// title, is a person.
func (p *parser) namedOtherwise(m *mention) (*mention, int) {
	if m.typ != "Person" || m.entry != nil || m.end-m.start != 1 || m.title[1] > m.title[0] {
		return nil, 0
	}
	w := p.text(m.start)[m.clitic:]
	for k := range p.mentions {
		o := &p.mentions[k]
		if o.typ == "Person" || o.nationality || p.text(o.start)[o.clitic:] != w {
			continue
		}
		end := m.start + o.end - o.start
		if end > len(p.toks) {
			continue
		}
		same := true
		for j := m.end; j < end && same; j++ {
			same = p.toks[j].Text == p.toks[o.start+j-m.start].Text && !p.claimed[j]
		}
		if same {
			return o, end
		}
	}
	return nil, 0
}

// surnameNode finds the person whose surname w is, as it stands or with
// the alif its ال lost after ل («للكاظمي» leaves «لكاظمي»).
func (p *parser) surnameNode(w string) (int, bool) {
	if n, ok := p.bySurname[w]; ok {
		return n, true
	}
	if strings.HasPrefix(w, "ل") {
		var b [64]byte // not p.buf: it holds the caller's key
		if n, ok := p.bySurname[string(append(append(b[:0], "ا"...), w...))]; ok {
			return n, true
		}
	}
	return 0, false
}

// surnamePeels are the proclitics a later surname may carry, in the order
// they are tried.
var surnamePeels = []string{"و", "ف", "ل", "ب", "وب", "ول", "فب", "فل"}

// alifLost reports whether rest is a surname without the alif of its ال:
// «لسوداني» of «السوداني».
func (p *parser) alifLost(rest string) bool {
	for _, s := range p.surnames {
		if a, ok := strings.CutPrefix(s, "ا"); ok && a == rest {
			return true
		}
	}
	return false
}

// nationalities adds the nationality adjectives outside any name, but
// for one that names a language: a feminine one behind ب («كتب
// بالفرنسية»), or one after a word of language (stop.tsv, language:
// «باللغة الإنجليزية», «يتحدث الإنجليزية»).
func (p *parser) nationalities() {
	for _, i := range p.nisbas {
		if p.claimed[i] || p.languageBefore(int(i)) {
			continue
		}
		for _, f := range p.forms(int(i)) {
			if t := p.text(int(i)); f.clitic > 0 && strings.HasSuffix(t[:f.clitic], "ب") && strings.HasSuffix(t, "يه") {
				break
			}
			if f.w.nisba != nil {
				p.mentions = append(p.mentions, mention{start: int(i), end: int(i) + 1, clitic: f.clitic, typ: f.w.nisba.typ, entry: f.w.nisba, nationality: true})
				break
			}
		}
	}
}

// readHomonyms makes each lone mention of a place that shares its name
// with a place of another country (homonyms.tsv) the other place, in an
// article that names the other place's country and names the first
// place's country in no other way: «العاصمة الأردنية عمان» is Amman,
// and so is every «عمان» of the article; with «سلطنة عمان» or
// «العماني» in it, Oman. It runs after nationalities, whose adjectives
// name the countries too.
func (p *parser) readHomonyms() {
	for _, m := range p.mentions {
		h := homonymOf(m)
		if h == nil {
			continue
		}
		other, first := false, false
		for _, n := range p.mentions {
			switch {
			case n.entry == nil:
			case n.entry.key == h.otherCountry:
				other = true
			case n.entry.key == h.firstCountry && homonymOf(n) == nil:
				first = true
			}
		}
		if !other || first {
			continue
		}
		for k := range p.mentions {
			if n := &p.mentions[k]; homonymOf(*n) == h {
				n.entry, n.typ = h.other, h.other.typ
			}
		}
	}
}

// homonymOf returns the other place the one-word mention m of a listed
// place may be (homonyms.tsv), or nil.
func homonymOf(m mention) *homonym {
	if m.entry == nil || m.entry.homonym == nil || m.end-m.start != 1 || m.nationality {
		return nil
	}
	return m.entry.homonym
}

// entityNode is one entity while the mentions are gathered: what its
// first mention in longest-first order says of it, and the counts that
// size its parts of the output.
type entityNode struct {
	typ, name, sameAs string
	longest           int // mention tokens of the longest name mention
	rank              int // its place in the output, or -1 until its first mention in text order
	fromList          bool
	// aliased marks a node made under the key of another name of the
	// same body (aliasOf).
	aliased bool
	// How many mentions and nationality adjectives it has.
	mentions, nationalities int
}

// nodeKey is what makes two mentions one entity: a gazetteer entry's key
// (typ empty), or the type and the words a context rule read.
type nodeKey struct{ typ, words string }

// alternate is a name a node is mentioned by: a table's form or the text
// of a mention a rule read.
type alternate struct {
	rank int
	name string
}

// mentionKey is m's nodeKey. A rule's words are those of the search
// form, the proclitic left out («والكاظمي» is «الكاظمي»), one space
// between tokens: the search form itself where it has one space between
// them, which costs no copy.
func (p *parser) mentionKey(m *mention, norm string) nodeKey {
	if m.entry != nil {
		return nodeKey{words: m.entry.key}
	}
	if m.club != "" {
		return nodeKey{m.typ, m.club}
	}
	start := p.toks[m.start].Start + m.clitic
	end := p.toks[m.end-1].End()
	// «للحكومة المصرية» is «الحكومة المصرية» again.
	lost := p.lostArticle(m.start, m.clitic)
	spaced := lost == ""
	for i := m.start; i+1 < m.end && spaced; i++ {
		e := p.toks[i].End()
		spaced = p.toks[i+1].Start == e+1 && norm[e] == ' '
	}
	if spaced {
		return nodeKey{m.typ, norm[start:end]}
	}
	p.buf = append(p.buf[:0], lost...)
	for i := m.start; i < m.end; i++ {
		if i > m.start {
			p.buf = append(p.buf, ' ')
		}
		w := p.toks[i].Text
		if i == m.start {
			w = w[m.clitic:]
		}
		p.buf = append(p.buf, w...)
	}
	return nodeKey{m.typ, string(p.buf)}
}

// nodes gathers the mentions into one node per entity, in the order of
// their first mention.
func (p *parser) nodes(t *normalize.Text) []model.Entity {
	if len(p.mentions) == 0 {
		return nil
	}
	clear(p.byKey)
	clear(p.bySurname)
	clear(p.byIsm)
	p.nodeBuf = p.nodeBuf[:0]
	// Full names before surnames, so that «الكاظمي» finds «مصطفى الكاظمي»
	// wherever it stands.
	order := p.order[:0]
	for k := range p.mentions {
		order = append(order, k)
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ma, mb := &p.mentions[a], &p.mentions[b]
		return (mb.end - mb.start) - (ma.end - ma.start)
	})
	for _, k := range order {
		m := &p.mentions[k]
		key, aliased := p.aliasOf(p.mentionKey(m, t.Norm))
		n, ok := p.byKey[key]
		if ok && m.entry != nil && p.nodeBuf[n].aliased && (!p.nodeBuf[n].fromList || p.nodeBuf[n].sameAs == "" && m.entry.sameAs != "") {
			// The listed body a short name is, met after its full name
			// made the node: «حركة المقاومة الإسلامية (حماس)».
			nd := &p.nodeBuf[n]
			nd.typ, nd.name, nd.sameAs, nd.fromList = m.entry.typ, m.entry.name, m.entry.sameAs, true
		}
		if !ok {
			if m.typ == "Person" && m.end-m.start == 1 {
				n, ok = p.surnameNode(p.text(m.start)[m.clitic:])
			} else if m.typ == "Person" && m.end-m.start == 2 && p.bare(m.start) != nil && p.bare(m.start).nasab {
				n, ok = p.bySurname[fatherKey(p.text(m.start+1))]
			} else if m.typ == "Person" && m.end-m.start == 2 {
				n, ok = p.bySurname[pairKey(p.text(m.start)[m.clitic:], p.text(m.start+1))]
			}
			if c, found := p.byIsm[key.words]; !ok && found && m.typ == "Person" && !c.ambiguous && p.sameTitle(m, c.title) && !p.linkAt(m.end) {
				n, ok = c.node, true
			}
			src := m // the mention a new node takes its type and entry from
			if !ok {
				if o, end := p.namedOtherwise(m); o != nil {
					key = p.mentionKey(o, t.Norm)
					n, ok = p.byKey[key]
					src, m.end = o, end
				}
			}
			if !ok {
				n = len(p.nodeBuf)
				nd := entityNode{typ: src.typ, rank: -1, aliased: aliased}
				if src.entry != nil {
					nd.typ, nd.name, nd.sameAs, nd.fromList = src.entry.typ, src.entry.name, src.entry.sameAs, true
				}
				p.nodeBuf = append(p.nodeBuf, nd)
			}
			p.byKey[key] = n
		}
		if m.typ == "Person" && m.end-m.start >= 2 {
			p.addIsm(m, n, t.Norm)
		}
		if m.typ == "Person" && m.end-m.start >= 2 {
			// A one-word person another rule read is the person named
			// in full whose last word it is, a word linkSurnames does
			// not look for too: a titled «الشيخ شعبان», a reported «وأكد
			// طه». But for the father's name after «بن», which alone is
			// the father: «محمد بن سلمان» is «بن سلمان» again, never
			// «سلمان»; and «خالد بن بندر بن عبدالعزيز» is neither.
			surname := p.text(m.end - 1)
			if w := p.bare(m.end - 2); w != nil && w.nasab {
				surname = ""
				if p.fatherName(*m) {
					surname = fatherKey(p.text(m.end - 1))
				}
			}
			if _, taken := p.bySurname[surname]; surname != "" && !taken {
				p.bySurname[surname] = n
			}
			if a, b, pair := p.pairSurname(*m); pair {
				if key := pairKey(a, b); !p.surnameTaken(key) {
					p.bySurname[key] = n
				}
			}
		}
		m.group = n
		if m.nationality {
			p.nodeBuf[n].nationalities++
		} else {
			p.nodeBuf[n].mentions++
		}
	}
	p.order = order
	// The nodes in the order of their first mention.
	rank := 0
	for k := range p.mentions {
		if nd := &p.nodeBuf[p.mentions[k].group]; nd.rank < 0 {
			nd.rank, rank = rank, rank+1
		}
	}
	out := make([]model.Entity, len(p.nodeBuf))
	// Every span of the article in one array, each node's in a part of it
	// with room for exactly its own.
	spans := make([]model.Span, len(p.mentions))
	for k := range p.nodeBuf {
		nd := &p.nodeBuf[k]
		e := &out[nd.rank]
		e.Type, e.Name, e.SameAs = nd.typ, nd.name, nd.sameAs
		e.MentionedAt, spans = spans[:0:nd.mentions], spans[nd.mentions:]
		if nd.nationalities > 0 {
			e.NationalityMentionedAt, spans = spans[:0:nd.nationalities], spans[nd.nationalities:]
		}
	}
	// Mentions in text order. The Spanner counts the original's code
	// points on from one mention to the next.
	alternates := p.alternates[:0]
	spanner := t.Spanner()
	for k := range p.mentions {
		m := &p.mentions[k]
		nd := &p.nodeBuf[m.group]
		e := &out[nd.rank]
		start := p.toks[m.start].Start + m.clitic
		span := spanner.Span(start, p.toks[m.end-1].End())
		if m.nationality {
			e.NationalityMentionedAt = append(e.NationalityMentionedAt, span)
			continue
		}
		e.MentionedAt = append(e.MentionedAt, span)
		if m.entry != nil {
			alternates = append(alternates, alternate{nd.rank, m.entry.form})
		} else if m.clitic == 0 {
			alternates = append(alternates, alternate{nd.rank, cleanName(span.Exact)})
		}
		if m.title[1] > m.title[0] && e.JobTitle == "" {
			// «للرئيس»: ل before ال, which lost its alif; the title is
			// «الرئيس», not «لرئيس»; «للواء» is «اللواء».
			c := p.slotsClitic(m.title[0])
			ts := p.toks[m.title[0]].Start + c
			e.JobTitle = p.lostArticle(m.title[0], c) + cleanName(spanner.Span(ts, p.toks[m.title[1]-1].End()).Exact)
		}
		if !nd.fromList && m.end-m.start > nd.longest {
			// «للخارجية العراقية» names «الخارجية العراقية», «للجنة
			// العليا للانتخابات» «اللجنة العليا للانتخابات».
			e.Name, nd.longest = p.lostArticle(m.start, m.clitic)+cleanName(span.Exact), m.end-m.start
		}
	}
	// Each node's other names, in the order they are first met.
	slices.SortStableFunc(alternates, func(a, b alternate) int { return a.rank - b.rank })
	for _, a := range alternates {
		e := &out[a.rank]
		if a.name != e.Name && !slices.Contains(e.AlternateName, a.name) {
			e.AlternateName = append(e.AlternateName, a.name)
		}
	}
	clear(alternates) // the buffer keeps nothing of out
	p.alternates = alternates[:0]
	return out
}

// cleanName is a span's exact text as a name or a job title: without
// the invisible marks of direction and joining (U+200E, U+200F, U+200C…)
// and the tatweel that the search form drops and a span may take in, with
// one space wherever the article has spaces of any kind (a no-break
// space, a line break). A name is what an analyst groups by: «هاني بركات»
// with a right-to-left mark is «هاني بركات».
func cleanName(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		// Most names need nothing: look for what news text carries of
		// what the loop below changes, by its first bytes: a space other
		// than a single ' ', a rune of U+0080–U+00BF (the no-break space,
		// the soft hyphen), the tatweel, the Arabic letter mark, the
		// Arabic number signs (U+0600–U+0605), the marks and spaces of
		// U+2000–U+2FFF and U+FEFF. Format characters of other blocks
		// (tags, U+180E) are left as they are.
		switch c := s[i]; {
		case c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			clean = false
		case c == ' ':
			clean = i > 0 && i+1 < len(s) && s[i+1] != ' '
		case c == 0xC2 || c == 0xE2 || c == 0xEF:
			clean = false
		case c == 0xD9 && i+1 < len(s) && s[i+1] == 0x80: // U+0640, tatweel
			clean = false
		case c == 0xD8 && i+1 < len(s) && (s[i+1] == 0x9C || s[i+1] >= 0x80 && s[i+1] <= 0x85): // U+061C, U+0600–U+0605
			clean = false
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
		case unicode.Is(unicode.Cf, r) || r == 'ـ':
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lostArticle returns what token i, behind a proclitic clitic bytes long
// that ends with ل, lacks of the article ال: its alif where the ل took it,
// «ا» («للرئيس» is ل and «الرئيس», and its span begins at the article's
// lam, «لرئيس», which is all of the article the original has); or the
// whole article where the word begins with ل and the article's lam is
// written with it, «ال» («للجنة» is ل and «اللجنة», its span «لجنة»), as
// read reads the word when the tables have it so. read gives a word that
// begins with «لل» no other reading behind ل but a gazetteer entry's,
// whose mention takes its key and its name from the list, and which is no
// title. It returns "" for a word that lost nothing.
func (p *parser) lostArticle(i, clitic int) string {
	t := p.text(i)
	if clitic == 0 || clitic > len(t) || !strings.HasSuffix(t[:clitic], "ل") || !strings.HasPrefix(t[clitic:], "ل") {
		return ""
	}
	if p.assimilated(t[clitic:]) != nil {
		return "ال"
	}
	return "ا"
}

// slotsClitic is the proclitic a title's first token carries («وقال
// الرئيس» has none; «وزير» read from «ووزير» has و).
func (p *parser) slotsClitic(i int) int {
	for _, f := range p.forms(i) {
		if len(f.w.titles) > 0 {
			return f.clitic
		}
	}
	return 0
}

// languageBefore reports whether the word before token i, as it stands or
// behind a proclitic, is one after which an adjective names a language.
func (p *parser) languageBefore(i int) bool {
	for _, f := range p.forms(i - 1) {
		if f.w.language {
			return true
		}
	}
	return false
}
