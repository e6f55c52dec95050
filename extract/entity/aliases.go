package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/lexicon"
	"github.com/khabar-lab/khabar/extract/token"
)

// aliasKey says that the mentions of key from are one node with those of
// key to: the short name an article gives a body and the body's full name.
type aliasKey struct{ from, to nodeKey }

// bracketedAliases reads the short name a body is given in brackets or
// quotes right after its full name: «منظمة الأغذية والزراعة (الفاو)»,
// «الاتحاد الأفريقي لكرة القدم "الكاف"», «الشركة العربية لأنابيب البترول
// "سوميد"». The short name is one word, and the body again there and
// wherever else the article uses it alone: «وقرر الكاف». It is a word no
// table and no dictionary has, a place of the lists (Al-Faw and El Kef,
// which a body's short name is there, but not where something is: «في
// قنا»), or another body the lists have: «حركة المقاومة الإسلامية
// (حماس)», «الاتحاد الدولي لكرة القدم (الفيفا)». Two listed bodies with
// different Wikidata ids stay two. Never a person, a country, a
// nationality adjective or a word of the sentence held in quotes: «مجلس
// الشعب "المنحل"», «الأزهر «متطرف»».
//
// Most articles give no body a short name; for them this costs a look at
// the token after each body.
func (p *parser) bracketedAliases() {
	p.aliases = p.aliases[:0]
	for k, n := 0, len(p.mentions); k < n; k++ {
		m := p.mentions[k]
		a := m.end + 1 // the short name, between the tokens m.end and m.end+1
		if !body(m.typ) || m.nationality || !p.bracketed(m.end, a) || !arabicLetters(p.text(a)) || utf8.RuneCountInString(p.text(a)) < 3 {
			continue
		}
		if m.end-m.start < 2 || p.ownedBody(m.start) {
			// A short name is shorter than the full name: «الفيفا
			// "الكونجرس"» is FIFA's congress, «الموساد "زينغير"» an
			// agent of the Mossad.
			continue
		}
		// Behind ل or و the body may own, or be one of, what the short
		// name names: «البعثة المشتركة للاتحاد الأفريقي والأمم المتحدة
		// "مينواد"», «القوة المشتركة للأمم المتحدة والاتحاد الإفريقي
		// (مينواد)»; only a body the lists have is then the same.
		owned := m.clitic > 0 && !strings.HasSuffix(p.text(m.start)[:m.clitic], "ب")
		full := p.mentionKey(&m, p.article.Norm)
		o, covered := p.mentionOver(a)
		switch {
		case !covered:
			if owned || !p.unknownWord(a) {
				continue
			}
			p.mentions = append(p.mentions, mention{start: a, end: a + 1, typ: m.typ})
			p.claimed[a] = true
			o = len(p.mentions) - 1
		case p.mentions[o].start != a || p.mentions[o].end != a+1 || p.mentions[o].clitic != 0 || p.mentions[o].nationality:
			continue
		case body(p.mentions[o].typ) && p.mentions[o].entry != nil:
			// A listed body: one node with the full name, which is the
			// list's where the full name is no listed body with a
			// Wikidata id, unless both have ids and they differ.
			short := p.mentions[o].entry
			switch {
			case m.entry == nil || m.entry.qid == "" && short.qid != "":
				p.aliases = append(p.aliases, aliasKey{full, p.mentionKey(&p.mentions[o], p.article.Norm)})
			case short.qid == "" || short.qid == m.entry.qid:
				p.aliases = append(p.aliases, aliasKey{p.mentionKey(&p.mentions[o], p.article.Norm), full})
			}
			continue
		case minorPlace(p.mentions[o].typ) && p.mentions[o].entry != nil && !owned:
			p.mentions[o].typ, p.mentions[o].entry = m.typ, nil
		default:
			continue
		}
		p.aliases = append(p.aliases, aliasKey{p.mentionKey(&p.mentions[o], p.article.Norm), full})
		p.aliasElsewhere(a, m.typ)
	}
}

// ownedBody reports whether the body that begins at token i is in
// construct with a word before it, or said to own what comes before it,
// so that a short name in brackets after it names more than the body: «بعثة
// الأمم المتحدة "أوندوف"», «رابطة مشجعي النادي الأهلي "الأولتراس"»,
// «مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة "أوتشا"».
func (p *parser) ownedBody(i int) bool {
	if t := p.text(i - 1); p.isWord(i-1) && utf8.RuneCountInString(t) >= 3 && p.reading(i-1) == lexicon.AsItStands &&
		(p.taMarbuta(i-1) || strings.HasSuffix(t, "ات") || strings.HasPrefix(t, "م") && strings.HasSuffix(t, "ي")) {
		// A noun in construct: a feminine noun, a plural in ات, a
		// participle's plural: «بعثة الأمم المتحدة (يونامي)», «قوات
		// الأمم المتحدة (يونيفيل)», «مشجعي النادي الأهلي "الأولتراس"».
		// Not a verb with a pronoun: «أصدرته وزارة الدفاع الأمريكية
		// (البنتاجون)».
		return true
	}
	for _, f := range p.forms(i - 1) {
		if f.w.head != nil || f.w.common || len(f.w.titles) > 0 || f.clitic == 0 && f.w.function && strings.HasPrefix(p.text(i-1), "ال") {
			return true
		}
	}
	return false
}

// taMarbuta reports whether the original writes token k with ة at its
// end, which the search form writes ه.
func (p *parser) taMarbuta(k int) bool {
	if p.article == nil {
		return false
	}
	_, _, bs, be := p.article.OriginalRange(p.toks[k].Start, p.toks[k].End())
	t := p.article.Original[bs:be]
	for len(t) > 0 {
		r, n := utf8.DecodeLastRuneInString(t)
		if !(r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640) { // harakat, dagger alif, tatweel
			return r == 'ة'
		}
		t = t[:len(t)-n]
	}
	return false
}

// bracketed reports whether token a is one word between the brackets or
// quotes at tokens open and a+1.
func (p *parser) bracketed(open, a int) bool {
	if a+1 >= len(p.toks) || p.toks[open].Kind != token.Punct || !p.isWord(a) || p.toks[a+1].Kind != token.Punct {
		return false
	}
	o, c := p.toks[open].Text, p.toks[a+1].Text
	return o == "(" && c == ")" || openingQuote(o) && closingQuote(o, c)
}

// unknownWord reports whether token a is a word that neither the tables
// nor the dictionary have, as it stands or behind a proclitic: the short
// names of bodies are such words («سوميد», «بيميكس», «إيسيسكو»), the
// words of a sentence held in quotes are not («المنحل», «بعنوان»).
func (p *parser) unknownWord(a int) bool {
	return len(p.forms(a)) == 0 && !p.rareName(a) && p.reading(a) == lexicon.Unknown && p.nameish(a)
}

// aliasElsewhere makes every other mention of the short name at token a in
// the article, alone, a mention of typ: the place of the lists it spells
// is that body there too, but where something is («في الكاف», «بقنا»); a
// one-word person a context rule read («وأكدت الإيسيسكو») is the body; the
// word no rule read is a new mention. The word may carry a proclitic:
// «وقرر الكاف», «للإيكاو».
func (p *parser) aliasElsewhere(a int, typ string) {
	w := p.text(a)
	for i := range p.toks {
		if i == a || !p.isWord(i) {
			continue
		}
		clitic, ok := aliasClitic(p.text(i), w)
		if !ok || p.locative(i-1) || strings.HasSuffix(p.text(i)[:clitic], "ب") {
			continue
		}
		if o, covered := p.mentionOver(i); covered {
			m := &p.mentions[o]
			if m.start != i || m.end != i+1 || m.nationality {
				continue
			}
			if m.entry != nil && minorPlace(m.typ) && m.clitic == clitic || m.entry == nil && m.typ == "Person" {
				m.typ, m.entry, m.clitic, m.title = typ, nil, clitic, [2]int{}
			}
			continue
		}
		for _, f := range p.forms(i) {
			ok = ok && gazetteerOnly(f.w)
		}
		if ok {
			p.mentions = append(p.mentions, mention{start: i, end: i + 1, clitic: clitic, typ: typ})
			p.claimed[i] = true
		}
	}
}

// aliasPeels are the proclitics a short name may carry.
var aliasPeels = [...]string{"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}

// aliasClitic reports whether t is the word w, as it stands or behind a
// proclitic (aliasPeels), and how many bytes the proclitic takes. Behind
// ل the article's alif is gone: «للإيسيسكو» is ل and «الإيسيسكو», and its
// mention begins at the lam of the article.
func aliasClitic(t, w string) (int, bool) {
	if t == w {
		return 0, true
	}
	for _, c := range aliasPeels {
		if strings.HasPrefix(t, c) && (t[len(c):] == w || strings.HasSuffix(c, "ل") && strings.HasPrefix(w, "ال") && t[len(c):] == w[len("ا"):]) {
			return len(c), true
		}
	}
	return 0, false
}

// aliasOf is the key of the node that mentions of key belong to: key,
// or the full name's where the article gave a body a short name.
func (p *parser) aliasOf(key nodeKey) (nodeKey, bool) {
	for _, a := range p.aliases {
		if a.from == key {
			return a.to, true
		}
	}
	return key, false
}
