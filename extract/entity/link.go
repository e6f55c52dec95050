package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/lexicon"
	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
)

// covered reports whether token i lies inside a mention scan found.
func (p *parser) covered(i int) bool { return p.claimed[i] }

// linkSurnames adds the later bare surnames of people named in full:
// «الكاظمي» after «مصطفى الكاظمي».
func (p *parser) linkSurnames() {
	surnames := p.surnames[:0]
	for _, m := range p.mentions {
		if m.typ != "Person" || m.end-m.start < 2 && !p.titledSurname(m) {
			continue
		}
		last := p.text(m.end - 1)
		if w := p.bare(m.end - 1); w != nil && (w.function || w.common || w.second) || utf8.RuneCountInString(last) < 3 || p.endsWithOrdinal(m) {
			continue // «عصام الدين», «بنديكت السادس عشر»: no surname
		}
		if !slices.Contains(surnames, last) {
			surnames = append(surnames, last)
		}
	}
	p.surnames = surnames
	if len(surnames) == 0 {
		return
	}
	// A one-word place from the generated lists that is a family name
	// (names.tsv) and the surname of a person the article names in full
	// is that person: «بلير» after «توني بلير» is neither a town nor
	// ب + the town «لير». The article's own evidence beats a gazetteer of
	// every small place on earth; the curated list is trusted.
	for k := range p.mentions {
		m := &p.mentions[k]
		if m.end-m.start != 1 || m.entry == nil || m.entry.rank == 0 || !minorPlace(m.entry.typ) {
			continue
		}
		for _, f := range p.forms(m.start) { // the longest reading first: «وبلير» is و + «بلير»
			if f.clitic <= m.clitic && f.w.name && slices.Contains(surnames, p.text(m.start)[f.clitic:]) {
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

// aloneAsSurname reports whether token i may be a surname standing for a
// person: not the adjective after a definite noun («البرلمان العربي» after
// «نبيل العربي») and not the first part of a compound name («جاد الله»
// after «محمد فؤاد جاد»).
func (p *parser) aloneAsSurname(i int) bool {
	if n := p.bare(i + 1); n != nil && n.second {
		return false
	}
	if strings.HasPrefix(p.text(i), "ال") && definite(p.text(i-1)) {
		return p.titleEndsAt(i) // «رئيس الوزراء الكاظمي»
	}
	return true
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

// nationalities adds the nationality adjectives outside any name.
func (p *parser) nationalities() {
	for i := range p.toks {
		if !p.isWord(i) || p.covered(i) {
			continue
		}
		for _, f := range p.forms(i) {
			if f.w.nisba != nil {
				p.mentions = append(p.mentions, mention{start: i, end: i + 1, clitic: f.clitic, typ: f.w.nisba.typ, entry: f.w.nisba, nationality: true})
				break
			}
		}
	}
}

// entityNode is one entity while the mentions are gathered.
type entityNode struct {
	entity   model.Entity
	longest  int // mention tokens of the longest name mention
	first    int // the index of its first mention
	fromList bool
	// alternates are the other names it is mentioned by: the table's
	// forms, or the texts of the mentions a rule read.
	alternates []string
	// How many mentions and nationality adjectives it has.
	mentions, nationalities int
}

// nodes gathers the mentions into one node per entity, in the order of
// their first mention.
func (p *parser) nodes(t *normalize.Text) []model.Entity {
	if len(p.mentions) == 0 {
		return nil
	}
	clear(p.byKey)
	clear(p.bySurname)
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
		// The key: the entry's, or the type and the words a rule read.
		p.buf = p.buf[:0]
		if m.entry != nil {
			p.buf = append(p.buf, m.entry.key...)
		} else {
			p.buf = append(append(p.buf, m.typ...), ':')
			for i := m.start; i < m.end; i++ {
				if i > m.start {
					p.buf = append(p.buf, ' ')
				}
				w := p.toks[i].Text
				if i == m.start {
					w = w[m.clitic:] // «والكاظمي» is «الكاظمي»
				}
				p.buf = append(p.buf, w...)
			}
		}
		n, ok := p.byKey[string(p.buf)]
		if !ok {
			if m.typ == "Person" && m.end-m.start == 1 {
				n, ok = p.surnameNode(p.text(m.start)[m.clitic:])
			}
			if !ok {
				n = len(p.nodeBuf)
				e := model.Entity{Type: m.typ}
				if m.entry != nil {
					e.Name, e.Type = m.entry.name, m.entry.typ
					if m.entry.qid != "" {
						e.SameAs = "http://www.wikidata.org/entity/" + m.entry.qid
					}
				}
				p.nodeBuf = append(p.nodeBuf, entityNode{entity: e, first: -1, fromList: m.entry != nil})
			}
			p.byKey[string(p.buf)] = n
		}
		if m.typ == "Person" && m.end-m.start >= 2 {
			if _, taken := p.bySurname[p.text(m.end-1)]; !taken {
				p.bySurname[p.text(m.end-1)] = n
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
	// Every span of the article in one array, each node's in a part of it
	// with room for exactly its own.
	spans := make([]model.Span, len(p.mentions))
	for k := range p.nodeBuf {
		nd := &p.nodeBuf[k]
		if nd.mentions > 0 {
			nd.entity.MentionedAt, spans = spans[:0:nd.mentions], spans[nd.mentions:]
		}
		if nd.nationalities > 0 {
			nd.entity.NationalityMentionedAt, spans = spans[:0:nd.nationalities], spans[nd.nationalities:]
		}
	}
	// Mentions in text order; the first node mentioned comes first. The
	// Spanner counts the original's code points on from one mention to
	// the next.
	spanner := t.Spanner()
	for k := range p.mentions {
		m := &p.mentions[k]
		nd := &p.nodeBuf[m.group]
		if nd.first < 0 {
			nd.first = k
		}
		start := p.toks[m.start].Start + m.clitic
		span := spanner.Span(start, p.toks[m.end-1].End())
		if m.nationality {
			nd.entity.NationalityMentionedAt = append(nd.entity.NationalityMentionedAt, span)
			continue
		}
		nd.entity.MentionedAt = append(nd.entity.MentionedAt, span)
		if m.entry != nil {
			nd.alternates = append(nd.alternates, m.entry.form)
		} else if m.clitic == 0 {
			nd.alternates = append(nd.alternates, span.Exact)
		}
		if m.title[1] > m.title[0] && nd.entity.JobTitle == "" {
			ts := p.toks[m.title[0]].Start + p.slotsClitic(m.title[0])
			nd.entity.JobTitle = spanner.Span(ts, p.toks[m.title[1]-1].End()).Exact
		}
		if !nd.fromList && m.end-m.start > nd.longest {
			nd.entity.Name, nd.longest = span.Exact, m.end-m.start
		}
	}
	slices.SortStableFunc(p.nodeBuf, func(a, b entityNode) int { return a.first - b.first })
	out := make([]model.Entity, len(p.nodeBuf))
	for k := range p.nodeBuf {
		nd := &p.nodeBuf[k]
		e := &out[k]
		*e = nd.entity
		if e.MentionedAt == nil {
			e.MentionedAt = []model.Span{}
		}
		for _, a := range nd.alternates {
			if a != e.Name && !slices.Contains(e.AlternateName, a) {
				e.AlternateName = append(e.AlternateName, a)
			}
		}
		nd.alternates = nil // out keeps nothing of the buffer
	}
	return out
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
