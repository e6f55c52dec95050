package entity

import (
	"slices"
	"strings"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
)

// readClubs reads the football clubs of clubs.tsv, whose names are
// everyday words, adjectives, places or other bodies' names too
// («الأهلي», «المصري», «الزمالك»), where the words around a name say it
// is the club (clubContext): «لاعب الأهلي», «فاز الأهلي على الزمالك»,
// «الأهلي والزمالك». A club whose name spreads (clubs.tsv, article) is
// then the club in every other mention of the article that is not an
// adjective («البنك الأهلي») or, for a place, where something is («في
// الزمالك»). A club read alone (clubs.tsv, alone: «الأهلي», «الزمالك»)
// is the club so without a context, in an article that names nothing
// else by its name (namesOtherwise).
//
// Most articles name no such club; for them this costs one test.
func (p *parser) readClubs() {
	if len(p.clubAt) == 0 {
		return
	}
	var read []*entry // the clubs their context named
	for _, i := range p.clubAt {
		p.eachClub(int(i), func(c *entry, clitic, end int) bool {
			if !p.clubContext(int(i), end, clitic) || !p.takeClub(int(i), end, clitic, c) {
				return false
			}
			if !slices.Contains(read, c) {
				read = append(read, c)
			}
			return true
		})
	}
	var otherwise []*entry // clubs read alone that the article names otherwise as well
	for _, i := range p.clubAt {
		p.eachClub(int(i), func(c *entry, clitic, end int) bool {
			if c.alone && !slices.Contains(read, c) && !slices.Contains(otherwise, c) && p.namesOtherwise(int(i), end, clitic) {
				otherwise = append(otherwise, c)
			}
			return false
		})
	}
	for _, i := range p.clubAt {
		p.eachClub(int(i), func(c *entry, clitic, end int) bool {
			spreads := c.spread && slices.Contains(read, c) || c.alone && !slices.Contains(otherwise, c)
			if !spreads || p.adjectiveAt(int(i), clitic) {
				return false
			}
			if k, ok := p.mentionOver(int(i)); ok {
				m := p.mentions[k]
				if m.entry == c || m.start != int(i) || m.end != end {
					return false // the club already, or part of another name
				}
				place := m.entry != nil && minorPlace(m.entry.typ) || m.typ == "SportsTeam" && m.entry == nil
				if !place || p.whereOrWhich(m) {
					return false
				}
			}
			return p.takeClub(int(i), end, clitic, c)
		})
	}
}

// namesOtherwise reports whether the name of a club of clubs.tsv, from
// token i (after a proclitic clitic bytes long) to end, names something
// else here: it is an adjective («البنك الأهلي»), follows what has it as
// a name («لبنكي الأهلي», «محال الزمالك») or is a place where something
// is or in a list of places («بالزمالك», «المعادي والزمالك»).
func (p *parser) namesOtherwise(i, end, clitic int) bool {
	if p.adjectiveAt(i, clitic) || p.ownerBefore(i) {
		return true
	}
	k, ok := p.mentionOver(i)
	if !ok {
		return false
	}
	m := p.mentions[k]
	return m.start == i && m.end == end && m.entry != nil && minorPlace(m.entry.typ) && (p.whereOrWhich(m) || p.amongPlaces(m))
}

// eachClub calls take with each club of clubs.tsv whose name begins at
// token i, in one of its forms, and the token after the name, until take
// reports that it took one.
func (p *parser) eachClub(i int, take func(c *entry, clitic, end int) bool) {
	for _, f := range p.forms(i) {
		for _, c := range f.w.clubs {
			if p.wordsAt(i+1, c.words[1:]) && take(c, f.clitic, i+len(c.words)) {
				return
			}
		}
	}
}

// clubContext reports whether the words around the name of a club of
// clubs.tsv, from token i (after a proclitic clitic bytes long) to
// token end, say it is the club:
//   - a word of football before it (sports.tsv): «لاعب الأهلي», «فاز
//     الزمالك», «مباراة الأهلي», «النادي الإسماعيلي»;
//   - a verb of a match's result after it: «الأهلي يفوز»;
//   - another club joined to it by و: «الأهلي والزمالك», «الإسماعيلي
//     وإنبي»;
//   - «على», «مع», «أمام» or «ضد» after a club before it: «فاز الأهلي على
//     الزمالك».
//
// Never after a definite noun, whose adjective the name is: «المنتخب
// المصري», «البنك الأهلي».
func (p *parser) clubContext(i, end, clitic int) bool {
	if p.adjectiveAt(i, clitic) {
		return false
	}
	if clitic == 0 {
		for _, f := range p.forms(i - 1) {
			if f.w.clubBefore {
				return true
			}
		}
		if versus(p.text(i-1)) && p.clubEndsAt(i-1) {
			return true
		}
	}
	if clitic == 0 || p.conjunction(i, clitic) {
		if w := p.bare(end); w != nil && w.clubAfter {
			return true
		}
	}
	return p.clubJoinedAt(end) || p.conjunction(i, clitic) && p.clubEndsAt(i)
}

// versus reports whether w, a search form, is a preposition that names
// a club's opponent: «على», «مع», «أمام», «ضد».
func versus(w string) bool {
	return w == "علي" || w == "مع" || w == "امام" || w == "ضد"
}

// adjectiveAt reports whether token i, bare, follows a definite noun that
// is no word of football, so that it is the noun's adjective: «البنك
// الأهلي», «المنتخب المصري», «العمل الأهلي».
func (p *parser) adjectiveAt(i, clitic int) bool {
	if clitic != 0 || !p.isWord(i-1) || !definite(p.text(i-1)) {
		return false
	}
	for _, f := range p.forms(i - 1) {
		if f.w.clubBefore {
			return false // «النادي الأهلي»
		}
	}
	return true
}

// clubEndsAt reports whether a club ends right before token k: a club
// read already, or a bare one-word club name of clubs.tsv that is no
// adjective.
func (p *parser) clubEndsAt(k int) bool {
	for _, m := range p.mentions {
		if m.end == k && m.typ == "SportsTeam" {
			return true
		}
	}
	if w := p.bare(k - 1); w != nil && w.clubs != nil && len(w.clubs[0].words) == 1 {
		return !p.adjectiveAt(k-1, 0)
	}
	return false
}

// clubJoinedAt reports whether token k begins a club after the
// conjunction و: a club read already («وإنبي»), or the name of a club of
// clubs.tsv («والزمالك»).
func (p *parser) clubJoinedAt(k int) bool {
	for _, f := range p.forms(k) {
		if !p.conjunction(k, f.clitic) {
			continue
		}
		for _, c := range f.w.clubs {
			if p.wordsAt(k+1, c.words[1:]) {
				return true
			}
		}
	}
	for _, m := range p.mentions {
		if m.start == k && m.typ == "SportsTeam" && p.conjunction(k, m.clitic) {
			return true
		}
	}
	return false
}

// mentionOver finds the mention that covers token i.
func (p *parser) mentionOver(i int) (int, bool) {
	for k, m := range p.mentions {
		if m.start <= i && i < m.end {
			return k, true
		}
	}
	return 0, false
}

// takeClub makes the tokens from i to end, after a proclitic clitic bytes
// long, a mention of club c, with «نادي» or «النادي» before them
// («النادي الأهلي»). The mentions read inside them give way; one that
// reaches past them keeps its words, and takeClub reports false.
func (p *parser) takeClub(i, end, clitic int, c *entry) bool {
	start := i
	if clitic == 0 {
		for _, f := range p.forms(i - 1) {
			if f.w.clubHead {
				start, clitic = i-1, f.clitic
				break
			}
		}
	}
	for _, m := range p.mentions {
		if m.start < end && start < m.end && (m.start < start || m.end > end) {
			return false
		}
	}
	p.mentions = slices.DeleteFunc(p.mentions, func(m mention) bool { return m.start >= start && m.end <= end })
	p.mentions = append(p.mentions, mention{start: start, end: end, clitic: clitic, typ: c.typ, entry: c})
	for k := start; k < end; k++ {
		p.claimed[k] = true
	}
	return true
}

// ownerBefore reports whether the word before token i, behind a
// proclitic or not, singular or in the dual of construct («مينائي»), is a head
// (heads.tsv) or a noun whose complement is a place (stop.tsv, ofplace):
// what it names has a club's name that is a district's or a bank's too,
// «بحي الزمالك», «محال الزمالك», «لبنكي الأهلي ومصر».
func (p *parser) ownerBefore(i int) bool {
	t := p.text(i - 1)
	if !p.isWord(i - 1) {
		return false
	}
	owner := func(w string) bool {
		x := p.t.get(w, wordtable.Hash(w))
		return x != nil && (x.head != nil || x.ofPlace)
	}
	for _, w := range []string{t, strings.TrimPrefix(strings.TrimPrefix(t, "و"), "ب"), strings.TrimPrefix(strings.TrimPrefix(t, "و"), "ل")} {
		if owner(w) || strings.HasSuffix(w, "ي") && owner(strings.TrimSuffix(w, "ي")) || strings.HasSuffix(w, "ئي") && owner(strings.TrimSuffix(w, "ئي")+"ء") {
			return true
		}
	}
	return false
}

// amongPlaces reports whether the mention m stands in a list of places,
// joined by و to a place before it or after it: «بالمهندسين والزمالك»,
// «الزمالك، والمعادي». A comma may stand before the و.
func (p *parser) amongPlaces(m mention) bool {
	before, after := m.start-1, m.end
	if comma(p.text(before)) {
		before--
	}
	if comma(p.text(after)) {
		after++
	}
	for _, o := range p.mentions {
		if !minorPlace(o.typ) {
			continue
		}
		if p.conjunction(m.start, m.clitic) && o.start <= before && before < o.end || o.start == after && p.conjunction(after, o.clitic) {
			return true
		}
	}
	return false
}

// comma reports whether w is a comma, Arabic or Latin.
func comma(w string) bool { return w == "،" || w == "," }
