// Package entity finds the people, organizations and places an article
// mentions, gathers every mention of one entity under one node, and links
// well-known entities to Wikidata.
//
// It is rule-based and its rules are tables (data/*.tsv): gazetteers
// (curated news entities, CLDR and Wikidata places, WikiFANE), titles,
// organization and place heads, first names and name tokens, nationality
// adjectives and stop words. Matching runs over the shared tokens of the
// search form, longest match first, with proclitics peeled («بالعراق»
// finds العراق and the span covers just العراق). Context rules read names
// no list has: a title before a person (kept as jobTitle, with a
// portfolio, «وزير العدل», and the nationality adjectives and qualifiers
// such as «السابق» between; the words of a work's credits, «إخراج»,
// «تأليف», are no jobTitle), a first name followed by more name words,
// two or three name words in a row, links and a regnal ordinal inside a
// name («خليفة بن زايد آل نهيان», «عبدالله الثاني»), a name word before
// «بن» («حامد بن جاسم»), a kunya («أبو مهدي المهندس»), a family name
// after a person listed by a given name alone («زين الدين زيدان»), and a
// head word before an organization or a place («وزارة الخارجية
// الأمريكية», «قاعدة عين الأسد الجوية»; a nationality adjective after
// «الجيش» or «الخارجية» agrees with it; a head with ال names a body
// with an adjective and what the body is for in ل, «اللجنة العليا
// للانتخابات»; a title in quotes after the head
// of a paper, «صحيفة "الشرق الأوسط"», is the paper; «تنظيم» and «حركة»
// before a plural in ات are verbal nouns, «تنظيم المظاهرات», «تنظيم» takes
// only a listed organization, «تنظيم القاعدة», and stop.tsv's phrases
// say what «حركة» moves, «حركة السفر»; after the
// head of a company, a paper or a bank a foreign word no table knows is
// the name, «شركة موتورولا»). A word no
// table knows may be part of a name unless it has the shape of a common
// word (shapes.tsv: «اقتراح», «الصناعية»). Within an article, a later surname («الكاظمي»,
// «بالكاظمي») joins the person first named in full or, by a word no
// dictionary has, after a verb of saying («وقال رشوان»); a city or a
// place read once as its club («فاز ليفربول», «مهاجم الزمالك») is the
// club wherever the article names it alone; entries of one gazetteer key
// («داعش», «تنظيم الدولة الإسلامية») are one node, and nationality
// adjectives («القوات الأمريكية») are listed on their country's node as
// nationalityMentionedAt, but not those that name a language («باللغة
// الفرنسية»). A one-word place that is also an adjective («سورية»,
// «مالي») is the place only where it begins a phrase (startsPhrase), one
// that is also a definite adjective («المعادي», hostile) is no place
// after a word with ال or before its complement in ل (attributiveAt), and
// a listed name that is an everyday word too («الجزيرة») only where a word
// says what it is: «مراسل الجزيرة» (cuedAt).
package entity

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/khabar-lab/khabar/extract"
	"github.com/khabar-lab/khabar/extract/internal/wordtable"
	"github.com/khabar-lab/khabar/extract/lexicon"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
)

var (
	loadOnce sync.Once
	loaded   *tables
	loadErr  error
)

// Extractor finds entities. It is safe for concurrent use.
type Extractor struct {
	t    *tables
	pool sync.Pool // *parser, reused across articles
}

// New returns an extractor over the embedded tables, loading them on the
// first call.
func New() (*Extractor, error) {
	loadOnce.Do(func() { loaded, loadErr = loadTables() })
	if loadErr != nil {
		return nil, loadErr
	}
	return &Extractor{t: loaded}, nil
}

// Name is "entities".
func (x *Extractor) Name() string { return "entities" }

// Extract adds the article's entities to out.Mentions.
func (x *Extractor) Extract(doc *extract.Document, out *model.Extraction) {
	out.Mentions = x.Find(doc.Text, doc.Tokens)
}

// Find returns the entities of a search form and its tokens, one node per
// entity in the order of first mention.
func (x *Extractor) Find(t *normalize.Text, toks []token.Token) []model.Entity {
	p, _ := x.pool.Get().(*parser)
	if p == nil {
		p = &parser{t: x.t, lexicon: x.t.lexicon.NewMemo(), byKey: map[nodeKey]int{}, bySurname: map[string]int{}, byIsm: map[string]calledBy{}}
	}
	defer x.pool.Put(p)
	p.reset(toks)
	p.article = t
	p.scan()
	p.spellingVariants()
	p.foreignPairs()
	p.apposedNames()
	p.conjoinedNames()
	p.quotedNames()
	p.bracketedAliases()
	p.readClubs()
	p.linkClubs()
	p.linkRepeats()
	p.linkLocated()
	p.linkSurnames()
	p.nationalities()
	p.readHomonyms()
	slices.SortStableFunc(p.mentions, func(a, b mention) int { return a.start - b.start })
	return p.nodes(t)
}

// mention is one span found in the tokens.
type mention struct {
	start, end  int // tokens
	clitic      int // bytes of a proclitic before the name in the first token
	typ         string
	entry       *entry // the gazetteer entry, or nil for a context rule
	title       [2]int // the tokens of a title before a person, with what qualifies it
	titleWords  int    // the token after the title's own words
	group       int    // the node it belongs to, once linked
	nationality bool   // a nationality adjective, not a name
	// club is the name of the club a one-word place stands for, as the
	// article gave it («نادي الزمالك»), or "".
	club string
}

// form is one way to read a token: as it stands or without a proclitic.
type form struct {
	w      *word
	clitic int
}

// slot is what the parser has read of one token, each part once.
type slot struct {
	forms [3]form
	n     int8
	// The gazetteer entry that starts here (nil for none) once gazDone:
	// its end token and the proclitic before it.
	gazDone   bool
	gaz       *entry
	gazEnd    int32
	gazClitic int8
	// reading caches the lexicon's answer for the token, plus one: 0
	// not asked yet.
	reading int8
	// nisba: one of the forms is a nationality adjective; starts: one
	// of them may begin a mention (word.starts).
	nisba, starts bool
}

type parser struct {
	t        *tables
	lexicon  *lexicon.Memo   // the tables' lexicon, remembering words across articles
	article  *normalize.Text // for the original spelling of a token
	toks     []token.Token
	slots    []slot
	mentions []mention
	claimed  []bool  // tokens inside a mention, once scanned
	starts   []int32 // the tokens a rule may begin a mention at (slot.starts)
	nisbas   []int32 // the tokens that may be nationality adjectives (slot.nisba)
	quotedAt []int   // the tokens forms found a quoted word at («قوله»)
	clubAt   []int32 // the tokens a club of clubs.tsv may begin at («الأهلي»)
	// pairAt are the tokens that begin two words in a row that no table
	// has, each of four letters or more, not the same word twice: where
	// foreignPairs looks for a foreign name (a shorter rarer token is as
	// often a proclitic and a word: «لآل ساويرس», «مرسيدس بنز»; «فينك
	// فينك» is where are you, twice).
	pairAt []int32
	// variantAt are the words no table has, of four letters or more,
	// beside a preposition of place or a word of a two-word place: where
	// spellingVariants looks for a place the lists spell otherwise.
	variantAt []int32
	buf       []byte
	// Scratch space of spellingVariants' edit distance.
	runes, runes2 []rune
	distance      []int
	// aliases are the short names the article gave bodies
	// (bracketedAliases).
	aliases []aliasKey
	// What nodes reuses from one article to the next.
	nodeBuf    []entityNode
	alternates []alternate
	order      []int
	byKey      map[nodeKey]int
	bySurname  map[string]int
	byIsm      map[string]calledBy
	surnames   []string
	fathers    []string // the fathers' names of people named «X بن Y»
	pairs      []string // the family names of two words of people named in full (pairSurname)
	repeats    []int32  // the mentions whose names linkRepeats looks for
	placeKeys  []string // the keys of the places linkLocated finds
	firstNamed []string // the surnames of people named in full after a listed first name
	tokenNamed []string // the surnames of people named in full after a name token that is no listed first name
	isms       []string // the first names of people named «X بن Y»
	said       []string // the surnames that are common words too, which only a verb of saying marks (commonSurname)
}

// reset readies p for an article's tokens, keeping its buffers, and
// reads every word in the tables once: what the rules ask of a token
// later is in its slot, and the scan visits only the tokens a rule may
// begin a mention at.
func (p *parser) reset(toks []token.Token) {
	p.toks, p.mentions, p.quotedAt = toks, p.mentions[:0], p.quotedAt[:0]
	p.starts, p.nisbas, p.clubAt = p.starts[:0], p.nisbas[:0], p.clubAt[:0]
	if cap(p.slots) < len(toks) {
		p.slots = make([]slot, len(toks))
		p.claimed = make([]bool, len(toks))
	}
	p.slots, p.claimed = p.slots[:len(toks)], p.claimed[:len(toks)]
	clear(p.slots)
	clear(p.claimed)
	p.pairAt, p.variantAt = p.pairAt[:0], p.variantAt[:0]
	loose := -1  // the last word no table has, of four letters or more
	beside := -1 // the last word a spelling variant of a place may follow
	for i := range toks {
		if toks[i].Kind != token.Word {
			if i > 0 && i+1 < len(toks) && toks[i].Text == "-" && toks[i-1].Kind == token.Word {
				// A byline may begin after the dash: «كتبت - راتان
				// جميل:», «قنا - حسان عبداللطيف:» (bylineAt).
				p.slots[i+1].starts = true
			}
			continue
		}
		s := &p.slots[i]
		p.read(i, s)
		if s.n == 0 && len(toks[i].Text) >= len("ابجد") {
			if i > 0 && loose == i-1 && toks[i].Start == toks[i-1].End()+1 && toks[i].Text != toks[i-1].Text {
				p.pairAt = append(p.pairAt, int32(i-1))
			}
			loose = i
			if beside == i-1 {
				p.variantAt = append(p.variantAt, int32(i))
			}
		}
		if s.n > 0 && s.forms[0].clitic == 0 && s.forms[0].w.nasab && p.isWord(i-1) && !p.slots[i-1].starts {
			// «سمرة بن جندب»: the word before «بن» may begin a name
			// (nasab) though no table has it as a word, only the rarer
			// Wikidata name tokens.
			p.slots[i-1].starts = true
			p.starts = append(p.starts, int32(i-1))
		}
		if !s.starts && joinedCompound(toks[i].Text) {
			s.starts = true // a compound given name that no list has (joinedName)
		}
		if s.starts {
			p.starts = append(p.starts, int32(i))
		}
		if s.nisba {
			p.nisbas = append(p.nisbas, int32(i))
		}
		club, part := false, false
		for _, f := range s.forms[:s.n] {
			club = club || f.w.clubWord
			part = part || f.w.variantPart && f.clitic == 0
		}
		locative := p.locative(i)
		if club {
			p.clubAt = append(p.clubAt, int32(i))
		}
		if part && loose == i-1 && (len(p.variantAt) == 0 || p.variantAt[len(p.variantAt)-1] != int32(i-1)) {
			p.variantAt = append(p.variantAt, int32(i-1))
		}
		if locative || part {
			beside = i
		}
	}
}

// forms returns the readings of token i the tables know, the token as it
// stands first.
func (p *parser) forms(i int) []form {
	if uint(i) >= uint(len(p.slots)) {
		return nil
	}
	s := &p.slots[i]
	return s.forms[:s.n]
}

// read fills in slot s of word token i: its readings, as it stands and
// without a proclitic.
func (p *parser) read(i int, s *slot) {
	w := p.toks[i].Text
	addWord := func(x *word, clitic int) {
		if s.n < int8(len(s.forms)) {
			if x != nil {
				s.forms[s.n] = form{x, clitic}
				s.n++
				s.nisba = s.nisba || x.nisba != nil
				s.starts = s.starts || x.starts
				if x.quoted && clitic == 0 {
					p.quotedAt = append(p.quotedAt, i)
				}
			}
		}
	}
	add := func(f string, h uint64, clitic int) { addWord(p.t.get(f, h), clitic) }
	add(w, p.toks[i].Hash, 0)
	rest, clitic := w, 0
	if strings.HasPrefix(rest, "و") || strings.HasPrefix(rest, "ف") {
		rest, clitic = rest[len("و"):], len("و")
		if len(rest) >= 6 {
			add(rest, wordtable.Hash(rest), clitic)
		} else if len(rest) == 4 && s.n < int8(len(s.forms)) {
			// A word of two letters after the conjunction is read only as
			// the first word of a longer listed name: «وتل أبيب», «وأم
			// درمان»; «وفي» and «ولا» stay what they are.
			if x := p.t.get(rest, wordtable.Hash(rest)); x != nil && x.names != nil && x.names.entry == nil && !x.function && !x.common {
				s.forms[s.n] = form{x, clitic}
				s.n++
				s.nisba = s.nisba || x.nisba != nil
				s.starts = s.starts || x.starts
			}
		}
	}
	if strings.HasPrefix(rest, "لل") && len(rest) >= 8 {
		// «للعراق»: ل before ال, which loses its alif; «للجنة», «للواء»:
		// ل before ال and a word that begins with ل, whose lam the
		// article's is written with (assimilated). Where the tables
		// have a word so read, it is the reading: «للجنة» is «اللجنة»,
		// the committee, and not «الجنة».
		if x := p.assimilated(rest[len("ل"):]); x != nil {
			addWord(x, clitic+len("ل"))
		} else {
			p.buf = append(append(p.buf[:0], "ال"...), rest[len("لل"):]...)
			addWord(p.bufWord(), clitic+len("ل"))
		}
		// «للبنان», «لليبيا»: ل before a listed name that begins with ل.
		// Only a name of the gazetteers with a Wikidata id is read so
		// (a town of the lists may be a word with ال: «للديانة» is ل and
		// «الديانة»), and its mention takes its key and its name from the
		// list: any other reading of a word behind «لل» is one with ال
		// (lostArticleAlif).
		if f := rest[len("ل"):]; s.n < int8(len(s.forms)) {
			if x := p.t.get(f, wordtable.Hash(f)); x != nil && x.names != nil && x.names.entry != nil && x.names.entry.qid != "" && gazetteerOnly(x) {
				s.forms[s.n] = form{x, clitic + len("ل")}
				s.n++
				s.starts = s.starts || x.starts
			}
		}
	} else if len(rest) >= 8 && (strings.HasPrefix(rest, "ب") || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ك")) {
		f := rest[len("ب"):]
		add(f, wordtable.Hash(f), clitic+len("ب"))
	}
}

// assimilated returns the word of the tables that rest, a word behind the
// proclitic ل that begins with ل, is with the article: «لجنة» of «للجنة»
// is «اللجنة», «لواء» of «للواء» «اللواء». It returns nil where the
// tables have no such word.
func (p *parser) assimilated(rest string) *word {
	p.buf = append(append(p.buf[:0], "ال"...), rest...)
	return p.bufWord()
}

// bufWord returns what the tables say of the word in p.buf, or nil. The
// lookup reads p.buf in place: the table keeps no key it is asked for, and
// a string copy for each word behind «لل» would cost an allocation.
func (p *parser) bufWord() *word {
	if len(p.buf) == 0 {
		return nil
	}
	f := unsafe.String(&p.buf[0], len(p.buf))
	return p.t.get(f, wordtable.Hash(f))
}

// untabled reports whether the tables know nothing of token k as a word:
// it has no form in them, or its forms only begin longer gazetteer
// entries, none of which is there: «رايمون» begins «رايمون اوديرنو» of the
// actor list, which «قال رايمون دومينيك» does not have.
func (p *parser) untabled(k int) bool {
	forms := p.forms(k)
	for _, f := range forms {
		if f.w.names == nil || f.w.names.entry != nil || !onlyEntries(f.w) {
			return false
		}
	}
	if len(forms) > 0 {
		if _, ok := p.gazetteer(k); ok {
			return false
		}
	}
	return true
}

// gazetteerOnly reports whether no rule but the gazetteer's reads w: it
// is no part of a person's name, no head, title or nationality adjective,
// and no word of the other tables.
func gazetteerOnly(w *word) bool { return !w.personStart && onlyEntries(w) }

// onlyEntries reports whether the gazetteer's entries are all the tables
// say of w: what gazetteerOnly asks, but that w may begin a listed
// person's name.
func onlyEntries(w *word) bool {
	return !w.first && !w.name && !w.token && !w.link && w.head == nil && len(w.titles) == 0 &&
		w.nisba == nil && !w.function && !w.common && !w.alsoFirst && w.clubs == nil && !w.quoted
}

// bare is what the tables say of token i as it stands, or nil.
func (p *parser) bare(i int) *word {
	if f := p.forms(i); len(f) > 0 && f[0].clitic == 0 {
		return f[0].w
	}
	return nil
}

func (p *parser) text(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].Text
}

func (p *parser) isWord(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == token.Word
}

// wordsAt reports whether the tokens from i on are ws.
func (p *parser) wordsAt(i int, ws []string) bool {
	if i+len(ws) > len(p.toks) {
		return false
	}
	for k, w := range ws {
		if p.toks[i+k].Text != w {
			return false
		}
	}
	return true
}

// hasArticle reports whether token i, after a proclitic clitic bytes
// long, begins with the article ال: the search form begins with ال, but
// for a word of the name lists that the original writes with a hamza on
// its alif. «ألبرت», «ألكسندر» and «إلياس» are names that the search form,
// which drops the hamza, spells with ال; «ألغى» and «ألعاب» are words,
// which no name rule reads. (Words such as «ألف», a thousand, that the
// name lists have too are common words in stop.tsv.)
func (p *parser) hasArticle(i, clitic int) bool {
	if i < 0 || i >= len(p.toks) || !strings.HasPrefix(p.toks[i].Text[clitic:], "ال") {
		return false
	}
	if p.article == nil {
		return true
	}
	name := clitic == 0 && p.rareName(i)
	for _, f := range p.forms(i) {
		name = name || f.clitic == clitic && f.w.name
	}
	return !name || p.plainAlif(i, clitic)
}

// plainAlif reports whether the original writes the alif that begins
// token i, after a proclitic clitic bytes long, without a hamza or a
// madda: the alif of the article ال, not of «ألقت», «إلغاء» or «آلاف»,
// which the search form spells alike.
func (p *parser) plainAlif(i, clitic int) bool {
	if p.article == nil {
		return true
	}
	at := p.toks[i].Start + clitic
	bs, be := p.article.OriginalBytes(at, at+len("ا"))
	return !strings.ContainsAny(p.article.Original[bs:be], "أإآ")
}

// hamzaBelow reports whether the original writes the alif after the
// first at bytes of token i with a hamza below: «إ».
func (p *parser) hamzaBelow(i, at int) bool {
	if p.article == nil {
		return false
	}
	at += p.toks[i].Start
	bs, be := p.article.OriginalBytes(at, at+len("ا"))
	return strings.Contains(p.article.Original[bs:be], "إ")
}

// tanween reports whether the original of token i carries tanween (ً ٌ ٍ),
// the ending of an indefinite noun or adjective, which a proper name never
// takes: «سيراً» (on foot) is no town «سيرا», «سوريًا» no «سوريا».
func (p *parser) tanween(i int) bool {
	if p.article == nil {
		return false
	}
	return p.article.TanweenIn(p.toks[i].Start, p.toks[i].End())
}

// withoutTanween drops the words with tanween a person's name begins or
// ends with («حديثاً محمد مرسي» is «محمد مرسي»), and any other mention
// with tanween in it. Classical names take tanween in fully vowelled text
// («محمدٌ»); news does not vowel them.
func (p *parser) withoutTanween(m mention) (mention, bool) {
	trimmed := false
	for k := m.start; k < m.end; k++ {
		if !p.tanween(k) {
			continue
		}
		if m.typ != "Person" || m.entry != nil {
			return m, false
		}
		switch {
		case k == m.start && m.title[1] == m.title[0]:
			m.start, m.clitic = k+1, 0
		case k == m.end-1:
			m.end = k
		default:
			return m, false
		}
		trimmed = true
	}
	if !trimmed {
		return m, true
	}
	// One word left of a name without a title stood before an adverb or
	// after one, and is no name alone: «سليم قانونياً» is sound in law.
	return m, m.end-m.start >= 2 || m.end > m.start && m.title[1] > m.title[0]
}

// scan reads the tokens left to right, taking the longest mention at each
// token a rule may begin one at.
func (p *parser) scan() {
	skipFrom, skipTo := -1, -1
	for i, k := 0, 0; ; {
		for k < len(p.starts) && int(p.starts[k]) < i {
			k++
		}
		if k == len(p.starts) {
			break
		}
		if at := int(p.starts[k]); skipFrom >= i && skipFrom <= at {
			i = skipTo // the name a title was read before, read already
			continue
		}
		i = int(p.starts[k])
		m, ok := p.best(i)
		if ok {
			m, ok = p.withoutTanween(m)
		}
		if ok && i < skipFrom && m.end > skipFrom {
			ok = false // between a title and its name, a reading of the name again
		}
		if ok && m.entry != nil && m.entry.located && !p.placeSaid(m) {
			ok = false // «فهي تدمر المجتمع»: the verb, not Palmyra
		}
		if ok && m.entry != nil && p.verbalNounWithObject(m) {
			ok = false // «محاولات النيل من سمعته»: harming, not the Nile
		}
		if ok && m.entry == nil && m.typ == "Person" && p.mixesScripts(m) {
			ok = false // «نصحى Early», «مجموعة Preston Group», «لـDW»
		}
		if !ok {
			i++
			continue
		}
		if m.entry != nil && m.entry.phrase {
			// Claimed, so that no later rule reads its words either: «مرة
			// أخرى» is again, not the family name of «جلال مرة».
			for k := i; k < m.end; k++ {
				p.claimed[k] = true
			}
			i = m.end
			continue
		}
		if p.clubOfCity(m) || p.clubInSport(m) {
			m.typ, m.entry = "SportsTeam", nil
		}
		p.mentions = append(p.mentions, m)
		if m.title[1] > m.title[0] && m.titleWords < m.start {
			// Read what stands between a title and the name: «رئيس الوزراء
			// العراقي», «الأمين العام للناتو».
			i, skipFrom, skipTo = m.titleWords, m.start, m.end
			k, _ = slices.BinarySearch(p.starts, int32(i))
			continue
		}
		i = m.end
	}
	slices.SortStableFunc(p.mentions, func(a, b mention) int { return a.start - b.start })
	for _, m := range p.mentions {
		for i := m.start; i < m.end; i++ {
			p.claimed[i] = true
		}
	}
}

// clubOfCity reports whether m, a city or a region of the lists, is the
// club named after it: a masculine nationality adjective follows it, which
// agrees with «النادي», not with the city («ليون الفرنسي», «ميلان
// الإيطالي»; the city is «ليون الفرنسية»).
func (p *parser) clubOfCity(m mention) bool {
	if m.entry == nil || !minorPlace(m.typ) || m.typ == "Place" || m.end-m.start > 1 || strings.HasPrefix(p.text(m.start)[m.clitic:], "ال") {
		return false // «قطاع غزة», «الجولان» are masculine places
	}
	t := p.text(m.end)
	if !strings.HasPrefix(t, "ال") || !strings.HasSuffix(t, "ي") || !p.nisbaAt(m.end) {
		return false
	}
	// After a noun the adjective is the noun's: «معهد ماساتشوستس
	// الأمريكي», «إقليم توسكانا الإيطالي», «مطاري عمان الأردني».
	for _, f := range p.forms(m.start - 1) {
		if f.w.head != nil || f.w.common || len(f.w.titles) > 0 {
			return false
		}
	}
	if p.ownerBefore(m.start) {
		return false
	}
	// After another place and its adjective, what that one is:
	// «مطاري عمان الأردني ودمشق السوري», «مينائي مرسيليا الفرنسي أو جنوة
	// الإيطالي» are places; «يوفنتوس الإيطالي وبايرن ميونيخ الألماني»
	// clubs.
	if prev, ok := p.conjunctBefore(m); ok {
		return prev.typ == "SportsTeam"
	}
	return true
}

// verbalNounWithObject reports whether the one-word place m is a verbal
// noun too (stop.tsv, objectfrom) whose object follows in «من», or «من»
// with a pronoun, where no noun it completes stands before it: a head or
// a noun of ofplace, singular or dual, a direction or a word that begins
// a place's name (stop.tsv, prefix: «وادي»). «محاولات النيل من
// سمعته», «والنيل منهم» are harming; «كورنيش النيل من قبل», «مجرى النيل من
// أسوان» the Nile.
func (p *parser) verbalNounWithObject(m mention) bool {
	if m.end-m.start != 1 || !p.objectFromAt(m.start, m.clitic) {
		return false
	}
	switch next := p.text(m.end); next {
	case "من", "منه", "منها", "منهم", "منهما", "منهن", "منك", "منكم", "منا", "مني":
	default:
		return false
	}
	if m.clitic > 0 {
		return true // a noun's complement has no proclitic
	}
	for _, f := range p.forms(m.start - 1) {
		if f.w.direction || f.w.head != nil || f.w.ofPlace {
			return false
		}
	}
	before := p.text(m.start - 1)
	if p.t.placePrefixes[before] || strings.HasPrefix(before, "و") && p.t.placePrefixes[before[len("و"):]] {
		return false // «ووادي النيل من السولار»
	}
	return !p.ownerBefore(m.start)
}

// objectFromAt reports whether token i, after a proclitic clitic bytes
// long, is a word of stop.tsv's kind objectfrom.
func (p *parser) objectFromAt(i, clitic int) bool {
	for _, f := range p.forms(i) {
		if f.clitic == clitic && f.w.objectFrom {
			return true
		}
	}
	return false
}

// conjunctBefore returns the one-word place or club mention read before
// m that m is joined to by و or «أو», with a nationality adjective after
// it: «عمان الأردني» before «ودمشق السوري».
func (p *parser) conjunctBefore(m mention) (mention, bool) {
	adjective := m.start - 1
	switch t := p.text(m.start - 1); {
	case p.text(m.start)[:m.clitic] == "و":
	case t == "أو" || t == "او":
		adjective--
	default:
		return mention{}, false
	}
	if adjective < 1 || !strings.HasPrefix(p.text(adjective), "ال") || !p.nisbaAt(adjective) {
		return mention{}, false
	}
	for k := len(p.mentions) - 1; k >= 0; k-- {
		if n := p.mentions[k]; n.end == adjective && n.start == adjective-1 {
			return n, n.typ == "SportsTeam" || n.typ == "Country" || minorPlace(n.typ)
		}
	}
	return mention{}, false
}

// quotedNames reads the name of a person quoted in the formula «نقل عن
// X قوله»: one to three words between a function word or punctuation and
// a word of kind quoted (stop.tsv: «قوله», «قولها»), that no rule read,
// each a name word or a word neither the tables nor the lexicon know
// («ونقلت الإذاعة عن غريفيث قوله»), none a title, a head or a common word.
func (p *parser) quotedNames() {
	for _, k := range p.quotedAt {
		if p.claimed[k] {
			continue
		}
		start := k
		for start > 0 && k-start < 3 && !p.claimed[start-1] && p.quotable(start-1) {
			start--
		}
		if start == k || start > 0 && p.isWord(start-1) && !p.endsName(start-1) {
			continue
		}
		p.mentions = append(p.mentions, mention{start: start, end: k, typ: "Person"})
		for i := start; i < k; i++ {
			p.claimed[i] = true
		}
	}
}

// quotable reports whether token i may be a word of a quoted person's
// name: a name word, a rarer name token, or an Arabic word neither the
// tables nor the lexicon know, with no proclitic the tables read.
func (p *parser) quotable(i int) bool {
	if !p.isWord(i) || !arabicLetters(p.text(i)) {
		return false
	}
	f := p.forms(i)
	if len(f) > 0 && f[0].clitic == 0 {
		w := f[0].w
		return (w.name || w.link) && !w.common && !w.function && w.head == nil && len(w.titles) == 0 && w.nisba == nil
	}
	return len(f) == 0 && (p.rareName(i) || !p.everyday(i))
}

// kafName reports whether token k reads behind ك as a name word only: a
// name, a first name or a name token that is no common or function word,
// title or head, the reading of a foreign name that begins with ك
// («كليمان»): «كـ» is «as» before an office or a noun («كرئيس»,
// «كوسيط»), not before a name.
func (p *parser) kafName(k int) bool {
	if !strings.HasPrefix(p.text(k), "ك") {
		return false
	}
	for _, f := range p.forms(k) {
		w := f.w
		if f.clitic != len("ك") || !(w.name || w.first || w.token) || w.common || w.function || len(w.titles) > 0 || w.head != nil {
			return false
		}
	}
	return true
}

// endsName reports whether token i, a word, ends any name before it: a
// function word.
func (p *parser) endsName(i int) bool {
	w := p.bare(i)
	return w != nil && w.function
}

// clubInSport reports whether m, a one-word city, region or place of the
// lists, is the football club named after it: a word of sport stands
// before it (sports.tsv: «فاز برشلونة», «لاعب مانشستر», «ومدرب ليفربول»,
// «مهاجم الزمالك»). A verb of facing (kind city) says less: before a
// place that is neither a city nor a region, a landmark or a district, it
// is what the place faces, «أخطر ما يواجه ماسبيرو».
func (p *parser) clubInSport(m mention) bool {
	if m.entry == nil || !minorPlace(m.typ) || m.end-m.start > 1 || m.clitic > 0 {
		return false
	}
	for _, f := range p.forms(m.start - 1) {
		if f.w.sports && (f.w.clubBefore || m.typ != "Place") {
			return true
		}
	}
	return false
}

// best is the longest mention starting at token i.
func (p *parser) best(i int) (mention, bool) {
	if i >= len(p.toks) {
		return mention{}, false // a rule that reads the name after a word at the text's end
	}
	forms := p.forms(i)
	if !p.slots[i].starts {
		return mention{}, false
	}
	var best mention
	found := false
	try := func(m mention, ok bool) {
		if ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	// Each rule needs its kind of word here; most tokens start none.
	var names, titles, heads, firsts, reports bool
	for _, f := range forms {
		reports = reports || f.w.report && (f.clitic == 0 || p.conjunction(i, f.clitic))
		names = names || f.w.names != nil
		firsts = firsts || f.w.first || f.w.alsoFirst || (f.w.token || f.w.personStart) && p.conjunction(i, f.clitic)
		titles = titles || len(f.w.titles) > 0
		heads = heads || f.w.head != nil || f.w.placeHeads != nil
	}
	if end, ok := p.bylineAt(i); ok {
		// Before the other rules: a tie is the byline's, «محمد بسيونى»
		// on a line of its own is the reporter, not the village.
		try(mention{start: i, end: end, typ: "Person"}, true)
	}
	if names {
		m, ok := p.gazetteer(i)
		if ok && m.entry.phrase {
			return m, true // an everyday phrase: no rule reads a name in it
		}
		try(m, ok)
		if ok && m.typ == "Person" {
			try(p.givenNameGoesOn(m))
		}
	}
	if titles {
		try(p.titled(i))
	}
	if w := p.bare(i + 1); w != nil && w.nasab {
		try(p.nasab(i))
	}
	var w *word // the token as it stands
	if len(forms) > 0 && forms[0].clitic == 0 {
		w = forms[0].w
	}
	if w != nil && (w.token || w.alsoFirst || joinedAbd(p.text(i), w) || p.foreignFirst(i, 0, w)) || w == nil && firsts {
		try(p.firstName(i))
	}
	if (w == nil && len(forms) == 0 || w != nil && !w.first && !w.token && !w.name && !w.common && !w.function) && joinedCompound(p.text(i)) {
		try(p.joinedName(i))
	}
	if w != nil && w.kunya {
		try(p.kunya(i))
	}
	if w != nil && w.name && !w.first {
		try(p.nameWords(i))
	}
	if heads {
		try(p.headed(i))
	}
	if reports {
		try(p.reported(i, false))
	} else if w != nil && w.nisba != nil && strings.HasPrefix(p.text(i), "ال") && singularNisba(p.text(i)) {
		try(p.reported(i, true))
	}
	if found && best.typ == "Person" && p.sonsOf(best) {
		return mention{}, false
	}
	return best, found
}

// sonsOf reports whether person m is read in a name with «بني» (sons of)
// that is no person's: right after it, beginning with it, or with it
// after a word that begins no name. What follows «بني» names a tribe, a
// town or a team: «بني ياس», «في بني غازي», «كل بني آدم», «مدير فريق بني
// ياس». A family name may begin with it after a given name, «زكي بني
// ارشيد», and stand alone after a verb of saying: «وقال بني خالد».
func (p *parser) sonsOf(m mention) bool {
	if m.clitic == 0 && m.start > 0 && p.isWord(m.start-1) {
		t := p.text(m.start - 1)
		for _, c := range []string{"", "و", "ف", "ب", "وب"} {
			if len(t) == len(c)+len("بني") && strings.HasPrefix(t, c) && strings.HasSuffix(t, "بني") {
				return true
			}
		}
	}
	for k := m.start; k < m.end-1; k++ {
		t := p.text(k)
		if k == m.start {
			t = t[m.clitic:]
		}
		if t != "بني" {
			continue
		}
		w := p.bare(k - 1)
		if k == m.start && (m.clitic > 0 || w == nil || !w.report) || k > m.start && (w == nil || !(w.first || w.alsoFirst || w.token || w.name)) {
			return true
		}
	}
	return false
}

// gazetteer reads the longest gazetteer entry at token i: of the token as
// it stands first, then without a proclitic.
func (p *parser) gazetteer(i int) (mention, bool) {
	if !p.isWord(i) {
		return mention{}, false
	}
	s := &p.slots[i]
	if !s.gazDone {
		p.readGazetteer(i)
	}
	if s.gaz == nil {
		return mention{}, false
	}
	m := mention{start: i, end: int(s.gazEnd), clitic: int(s.gazClitic), typ: s.gaz.typ, entry: s.gaz}
	if s.gaz.located && m.end-m.start > 1 && !p.placeSaid(m) {
		// A place of two words or more that names a person as often, where
		// no place is expected, is no entry of the lists to any rule:
		// «الشيخ زايد» is the founder of the Emirates, whom the title rule
		// reads, and «المقدم محمد محمود أبو سريع» an officer, no title
		// and Cairo's street.
		return mention{}, false
	}
	if m.clitic > 0 && m.end-m.start == 1 && minorPlace(m.typ) && p.reading(i) == lexicon.AsItStands && !p.placeSaid(m) {
		// A token that is an everyday word as it stands is a proclitic
		// and a town only where a place is expected: «يعاقب مرتكبها
		// وجوبا» is obligatorily, «الخرطوم وجوبا» Khartoum and Juba;
		// «قرارا وزاريا» is ministerial, «زوجته وحماه» her father-in-law.
		// Not a country, whose name is seldom anything else: «وغانا».
		return mention{}, false
	}
	return m, true
}

// readGazetteer fills in token i's gazetteer entry.
func (p *parser) readGazetteer(i int) {
	s := &p.slots[i]
	s.gazDone = true
	// A token that is a common word as it stands is that word, not a
	// proclitic and a name: «كبيرا» is no ك + بيرا.
	bare := p.bare(i)
	commonWord := bare != nil && (bare.common || bare.function)
	for _, f := range p.forms(i) {
		n := f.w.names
		if n == nil || f.clitic > 0 && commonWord {
			continue
		}
		var e *entry
		end := i + 1
		for k := i; ; {
			if n.entry != nil && !n.entry.underHead {
				e, end = n.entry, k+1
			}
			k++
			if len(n.children) == 0 || k >= len(p.toks) {
				break
			}
			if n = n.child(p.toks[k].Text, p.toks[k].Hash); n == nil {
				break
			}
		}
		if e != nil && e.rank > 0 && minorPlace(e.typ) && len(e.words) == 1 {
			// ل, ك or ف peeled off a common word leaves a short word that
			// some town is called: «لغات» is no ل + غات, «كمية» no ك +
			// مية, «فاشن» no ف + اشن. A town that short, from a generated
			// list, is not read after them («بغزة», «ودبي» are); nor is
			// any such town after ك, «like», which comes before a town
			// far less often than it begins a word: «كاميليا» is no ك +
			// «اميليا».
			pre := p.toks[i].Text[:f.clitic]
			if strings.HasSuffix(pre, "ك") || utf8.RuneCountInString(e.words[0]) < 4 && (strings.HasSuffix(pre, "ل") || pre == "ف") {
				continue
			}
		}
		if e != nil && f.clitic > 0 && e.rank > 1 && len(e.words) == 1 && p.reading(i) == lexicon.AsItStands {
			// Nor is a word of the lexicon as it stands a proclitic and a
			// one-word name of WikiFANE or the actor list: «فاجأ» is no ف
			// + the person «اجا».
			continue
		}
		if e != nil && f.clitic > 0 && bare != nil && bare.token && e.rank > 0 && minorPlace(e.typ) && len(e.words) == 1 {
			// A name token as it stands is that name, not a proclitic and
			// a town of a generated list: «بلير» is no ب + «لير».
			continue
		}
		if e != nil && !e.phrase && !p.spelledAsName(i, f.w) {
			continue // «على محمد» is no «علي محمد»; but «أول مرة» is a phrase
		}
		if e != nil && e.rank > 0 && minorPlace(e.typ) && !p.spelledAsNames(i+1, end) {
			// Nor is a town of the generated lists where a word of its
			// name is spelled as a function word: «حرص مرسي على التأكيد»
			// is no «مرسى علي». A person's name still is: Egyptian
			// spelling writes «محمد على» for «محمد علي».
			continue
		}
		if e != nil && len(e.words) == 1 && e.typ != "Person" && (p.spelledAs(i, f.w.pronounSpellings) || p.spelledAs(i, f.w.nounSpellings)) {
			continue // «جده» is his grandfather, no Jeddah; «بفأس» an axe, no Fez (stop.tsv, pronoun, noun)
		}
		if e != nil && len(e.words) == 1 && (f.w.nisba != nil || f.w.adjective) && !p.startsPhrase(i, f.clitic, f.w.nisba == nil) && !(e.typ == "Country" && f.w.nisba != nil && p.notQualifying(i, f.clitic)) {
			// A country spelled as a nationality adjective, or as another
			// adjective (stop.tsv), is the country where no noun comes
			// before it: «في سورية», «شمال مالي», not «قوات سورية»,
			// «مبلغ مالي», «السلطات السعودية».
			continue
		}
		if e != nil && len(e.words) == 1 && f.clitic == 0 && (f.w.attributive && p.attributiveAt(i) || f.w.definite && p.afterDefinite(i)) {
			// «النظام المعادي», «موقفه المعادي للصحفيين» are hostile, no
			// Maadi; «التنمية العمرانية» is urban development.
			continue
		}
		if e != nil && (len(e.words) == 1 && f.w.cued || e.cued) && !p.cuedAt(i, end, f.clitic, e.typ) {
			continue // «شبه الجزيرة», «بالجزيرة» are no channel; «مراسل الجزيرة» is
		}
		if e != nil && len(e.words) == 1 && e.typ == "Organization" && p.commonNounAt(i, f.clitic) {
			continue // «هذه القاعدة», «القاعدة السياسية» are no al-Qaeda
		}
		if e != nil {
			s.gaz, s.gazEnd, s.gazClitic = e, int32(end), int8(f.clitic)
			return
		}
	}
}

// notQualifying reports whether token i, a nationality adjective with a
// proclitic clitic bytes long that is also its country's name, stands
// where it can qualify no noun before it: with ال after a word without
// («سلطات السعودية» is a construct, the country's authorities), or after
// و but for another adjective of nationality («القوات الأمريكية
// والسعودية»): «14 مليون دولار والسعودية», «المنطقة عموما وسورية»; nor
// does it qualify a country's name.
func (p *parser) notQualifying(i, clitic int) bool {
	if clitic > 0 {
		return !p.nisbaAt(i - 1)
	}
	if !p.hasArticle(i, 0) || !p.isWord(i-1) {
		return false
	}
	if m, ok := p.gazetteer(i - 1); ok && m.end == i && m.typ == "Country" {
		return true // a list: «الصومال السعودية البحرين»
	}
	for _, f := range p.forms(i - 1) {
		if p.hasArticle(i-1, f.clitic) {
			return false // «بالحكومة السعودية»
		}
	}
	// A word with ال behind a proclitic that the tables do not know so:
	// «بالسجون السعودية», «للسلطات السعودية».
	return !p.afterDefinite(i)
}

// commonNounAt reports whether token i, a word with ال after a proclitic
// clitic bytes long that the lexicon knows, is used as that word: after a
// feminine demonstrative («هذه القاعدة») or, a noun in ة, before an
// adjective in ة that agrees with it («القاعدة السياسية», «القاعدة
// الأمريكية»), where no head («تنظيم القاعدة الإرهابية») and no feminine
// noun or plural stands before it that the adjective may agree with
// instead («مبادرة الأزهر الأخيرة»).
func (p *parser) commonNounAt(i, clitic int) bool {
	if !strings.HasPrefix(p.text(i)[clitic:], "ال") || !p.everyday(i) {
		return false
	}
	if clitic == 0 {
		switch prev := p.text(i - 1); {
		case prev == "هذه" || prev == "تلك":
			return true
		case strings.HasSuffix(prev, "ه") || strings.HasSuffix(prev, "ات"):
			return false // the adjective may be the noun's before it: «مبادرة الأزهر الأخيرة»
		}
		for _, f := range p.forms(i - 1) {
			if f.w.head != nil {
				return false // «تنظيم القاعدة الإرهابية»
			}
		}
	}
	next := p.text(i + 1)
	return strings.HasSuffix(p.text(i), "ه") && strings.HasPrefix(next, "ال") && strings.HasSuffix(next, "ه") && p.everyday(i+1)
}

// cuedAt reports whether the tokens from i to end, after a proclitic
// clitic bytes long, are where a listed name that is an everyday word or
// phrase too (stop.tsv, cued) is that name: after a word that says what
// it is (stop.tsv, cue: «مراسل الجزيرة»), behind ل after a verb of saying
// or such a word («قال للجزيرة», «تصريحات للجزيرة»), or alone in brackets
// or quotes («لـ"اليوم السابع"», «"للفجر"»), but for quotes after a
// preposition of place: «في "التحرير"» is the square, «لـ"التحرير"» the
// paper. A party's cue (stop.tsv, partycue) is one for an organization of
// type typ only: «قيادات الحرية والعدالة», not «قيادات الوطن».
func (p *parser) cuedAt(i, end, clitic int, typ string) bool {
	if i == 0 {
		return false
	}
	if before := p.toks[i-1]; before.Kind == token.Punct {
		if end >= len(p.toks) || clitic > 0 && p.text(i)[:clitic] != "ل" {
			return false
		}
		after := p.toks[end]
		if after.Kind != token.Punct {
			return false
		}
		if before.Text == "(" {
			return clitic == 0 && after.Text == ")"
		}
		// In quotes, behind ل too: «" للفجر "».
		return openingQuote(before.Text) && closingQuote(before.Text, after.Text) && !p.locative(i-2) && p.text(i-2) != "ب"
	}
	behindLam := strings.HasSuffix(p.text(i)[:clitic], "ل")
	for _, f := range p.forms(i - 1) {
		if (f.w.cue || f.w.partyCue && typ == "Organization") && (clitic == 0 || behindLam) || behindLam && f.w.report {
			return true
		}
	}
	return false
}

// startsPhrase reports whether token i, after a proclitic clitic bytes
// long, begins a phrase an adjective does not go with: behind the
// preposition ب or ل («بمالي»); the first token, or one after
// punctuation, a proclitic standing apart, a function word («في», «زار»),
// a direction («شمال»), a title or a head that names a kind of place
// («دولة»); if afterNoun, after a common noun too («جيش مالي»: the
// feminine «سورية» agrees with «قوات» and «حكومة» as an adjective, the
// masculine «مالي» does not); behind the conjunction, after a listed
// place («فرنسا ومالي»).
func (p *parser) startsPhrase(i, clitic int, afterNoun bool) bool {
	if pre := p.text(i)[:clitic]; strings.HasSuffix(pre, "ب") || strings.HasSuffix(pre, "ل") {
		return true
	}
	if !p.isWord(i-1) || utf8.RuneCountInString(p.text(i-1)) == 1 {
		return true // a proclitic standing apart: «و مالي»
	}
	if clitic > 0 {
		if m, ok := p.gazetteer(i - 1); ok && m.end == i && (m.typ == "Country" || minorPlace(m.typ)) {
			return true
		}
	}
	for _, f := range p.forms(i - 1) {
		if w := f.w; w.function || w.direction || afterNoun && w.common || len(w.titles) > 0 || w.head != nil && w.head.kind {
			return true
		}
	}
	return false
}

// attributiveAt reports whether token i, a one-word place whose name is
// also a definite adjective that takes its complement in ل (stop.tsv,
// attributive), is the adjective: after a word with ال, which it agrees
// with («النظام المعادي», afterDefinite), or before a word in ل where no
// phrase begins at it («موقفه المعادي للصحفيين»). After a noun without
// ال it is the place the noun is of, «حدائق المعادي»; after a
// preposition or a common noun, the place whatever follows, «من المعادي
// للهرم», «نيابة المعادي للتحقيق».
func (p *parser) attributiveAt(i int) bool {
	if p.afterDefinite(i) {
		return true
	}
	next := p.text(i + 1)
	return p.isWord(i+1) && strings.HasPrefix(next, "ل") && utf8.RuneCountInString(next) >= 3 && !p.startsPhrase(i, 0, true)
}

// afterDefinite reports whether a word with ال stands before token i,
// behind a proclitic too: a place that is also a definite adjective
// (stop.tsv, attributive or definite) is the adjective there, which agrees
// with it: «النظام المعادي», «وزير الإسكان والتنمية العمرانية».
func (p *parser) afterDefinite(i int) bool {
	return p.hasArticle(i-1, 0) || p.isWord(i-1) && p.definiteBehindProclitic(i-1)
}

// definiteBehindProclitic reports whether token i is a word with ال
// behind a proclitic: «والتنمية», «بالمدن», and «للتنمية», where ل takes
// the article's alif.
func (p *parser) definiteBehindProclitic(i int) bool {
	t := p.text(i)
	if strings.HasPrefix(t, "لل") {
		return utf8.RuneCountInString(t) >= 4
	}
	for _, c := range []string{"و", "ف", "ب", "ك"} {
		if strings.HasPrefix(t, c+"ال") {
			return p.hasArticle(i, len(c))
		}
	}
	return false
}

// titleMisspelled reports whether the original spells token i, read as
// w, as a particle that is no title (stop.tsv, verb): «وإلى زيوريخ» is
// "and to", not the governor «والي».
func (p *parser) titleMisspelled(i int, w *word) bool {
	return len(w.titles) > 0 && p.spelledAs(i, w.verbSpellings)
}

// titleAsItStands reports whether token i, with no proclitic, begins a
// title: «المستشار» of «المستشار الإعلامي».
func (p *parser) titleAsItStands(i int) bool {
	w := p.bare(i)
	if w == nil || len(w.titles) == 0 {
		return false
	}
	_, ok := p.titleAt(i)
	return ok
}

// titleAt reads a title at token i and returns the token after it.
func (p *parser) titleAt(i int) (int, bool) {
	for _, f := range p.forms(i) {
		if p.titleMisspelled(i, f.w) {
			continue
		}
		for _, tl := range f.w.titles {
			if p.wordsAt(i+1, tl.words[1:]) {
				return i + len(tl.words), true
			}
		}
	}
	return 0, false
}

// nisbaAt reports whether token i is a nationality adjective.
func (p *parser) nisbaAt(i int) bool {
	for _, f := range p.forms(i) {
		if f.w.nisba != nil {
			return true
		}
	}
	return false
}

// apposedToPerson reports whether a comma stands before token i, and a
// person the scan has read before the comma.
func (p *parser) apposedToPerson(i int) bool {
	n := len(p.mentions)
	return p.comma(i-1) && n > 0 && p.mentions[n-1].end == i-1 && p.mentions[n-1].typ == "Person"
}

// comma reports whether token i is a comma.
func (p *parser) comma(i int) bool {
	return i >= 0 && i < len(p.toks) && (p.toks[i].Text == "،" || p.toks[i].Text == ",")
}

// clauseEndsAt reports whether a clause ends before token k: a comma, a
// stop or another mark, a line break or the text's end, or a word that
// begins a clause of saying, «إن», «بأن».
func (p *parser) clauseEndsAt(k int) bool {
	if k >= len(p.toks) || p.toks[k].Kind == token.Break {
		return true
	}
	switch p.toks[k].Text {
	case "،", ",", ".", ":", "؛", ";", "بان":
		return true
	case "ان", "وان":
		return p.spelledAs(k, []string{"إن"}) // not «أن», which the search form spells so too
	}
	return false
}

// surnameBeforeBreak returns how many words after a name that is only a
// given name, from j to end, are its family name, where the sentence
// breaks after them: «المهندس عبد المنعم الشحات، المتحدث», «المهندس أبو
// العلا ماضى، وحضره», «الوزير عبد اللطيف وريكات اليوم». A title names a
// man by his given name alone rarely, and a comma, a function word or
// another title after و closes a name, so the word before it is the
// family name. Before a comma it may be an everyday word or a common
// one, which names nothing alone («الشحات», a beggar; «البحر»); before
// any other break only a word that neither the dictionary nor a list
// knows («وريكات»): «وقدم الفنان عبد الوهاب مجموعة من أعماله» is the
// verb's object. Never a function word («الدكتور عبد المنعم اليوم،»),
// a link or kunya («داوود عبد»), a word a proclitic may begin («كنعان
// وأم», «زايد والنوبارية»), the noun a construct first name goes with
// (stop.tsv: «عمر جيله»), a word of two letters, a direction, a head, a
// nationality adjective with ال, an indefinite accusative («يوسف
// مساعدا»), a feminine noun with ال («مدرسة السيدة زينب الثانوية،»), a
// word the dictionary reads only after a proclitic other than ال
// («اللواء محمد للصحفيين إن»), a verb of the present tense, a verbal
// noun («ورفض الدكتور حجاج استمرار») or a word that begins a listed name
// of something else; a title only where it is a family name too.
func (p *parser) surnameBeforeBreak(j, end int) int {
	w := p.bare(j)
	switch {
	case w == nil:
		return 0
	case end == j+1 && w.first && !w.alsoFirst:
	case end == j+2 && (w.link || w.kunya):
	default:
		return 0
	}
	n := 1
	if w := p.bare(end + 1); w != nil && w.second {
		n = 2 // «عبد المنعم ضيف الله»
	}
	comma := p.comma(end + n)
	if !comma && !p.breakAt(end+n) {
		return 0
	}
	for k := end; k < end+n; k++ {
		t := p.text(k)
		if w.construct && p.everyday(k) && !p.nameListed(k) {
			return 0 // «عمر جيله», «وسام التكريم»: the noun in construct
		}
		for _, c := range []string{"وال", "فال", "بال", "كال", "لل"} {
			if strings.HasPrefix(t, c) {
				return 0 // «الشيخ زايد والنوبارية»
			}
		}
		if !p.isWord(k) || !arabicLetters(t) || utf8.RuneCountInString(t) < 3 || p.accusative(k) || p.feminineNoun(k) || !comma && (p.everyday(k) || p.nameListed(k)) {
			return 0
		}
		if p.reading(k) == lexicon.AfterClitic && !strings.HasPrefix(t, "ال") {
			return 0
		}
		for _, f := range p.forms(k) {
			if f.clitic > 0 || f.w.function || f.w.link || f.w.kunya || f.w.direction || f.w.head != nil || f.w.common && !comma || f.w.nisba != nil && p.hasArticle(k, 0) || len(f.w.titles) > 0 && !f.w.name {
				return 0
			}
		}
		if r, _ := utf8.DecodeRuneInString(t); (r == 'ي' || r == 'ت') && !strings.HasSuffix(t, "ه") && p.everyday(k) {
			return 0 // a verb; «تليمة» ends as no verb does
		}
		if verbalNounShaped(t) && p.everyday(k) {
			return 0 // «ورفض الدكتور حجاج استمرار وصف»
		}
		if m, ok := p.gazetteer(k); ok && m.typ != "Person" {
			return 0
		}
	}
	return n
}

// breakAt reports whether a name ends before token k: the text ends, or
// k is a comma or another mark, a function word, or a title behind و:
// «والنقيب».
func (p *parser) breakAt(k int) bool {
	if k >= len(p.toks) || p.comma(k) {
		return true
	}
	if !p.isWord(k) {
		t := p.toks[k].Text
		return t == "." || t == "(" || t == ")" || t == ":" || t == "؛"
	}
	for _, f := range p.forms(k) {
		if f.clitic == 0 && f.w.function {
			return true
		}
	}
	for _, f := range p.forms(k) {
		if len(f.w.titles) > 0 && p.conjunction(k, f.clitic) {
			return true // «والنقيب»; not a title alone, which may be an everyday word: «مهاجم الفريق»
		}
	}
	return false
}

// titled reads a person after a title: «الرئيس جو بايدن», «رئيس الوزراء
// العراقي مصطفى الكاظمي», «المتحدث باسم البنتاغون جون كيربي».
func (p *parser) titled(i int) (mention, bool) {
	j, ok := p.titleAt(i)
	if !ok || p.insideTitle(i) {
		return mention{}, false
	}
	for n := 0; n < 3; n++ {
		// A title may go on with one its last word begins: «مساعد رئيس»
		// and «رئيس أركان حرب» make «مساعد رئيس أركان حرب».
		e, ok := p.titleAt(j - 1)
		if !ok || e <= j {
			break
		}
		j = e
	}
	// The job title is the first title, or one that follows it where
	// the first is a form of address (honorific): «الدكتور القس أندريا
	// زكي». extending tells whether the words read now still belong to
	// it.
	titleStart, titleEnd, words := i, j, j
	honorific, extending := p.honorificAt(i, j), true
	// A title that ends with an indefinite noun takes a portfolio: «وزير
	// العدل». Not one that ends with a head, whose complement names the
	// body («أمين حزب الحرية والعدالة», «وكيل وزارة التعليم»), which the
	// scan reads after the title.
	construct, complements := p.takesPortfolio(j), 0
	given := false  // the name begins with a form of address: «السيد»
	placed := false // a listed place or body completes the title: «مدير أمن القاهرة»
	bodied := false // so does a place or body, listed or headed: «رئيس حزب "الوسط"»
	// unplaced is a listed place, body or phrase right after a title that
	// ends with ال, which it cannot complete (a value: a pointer to the
	// loop's mention would move every one to the heap).
	unplaced, isUnplaced := mention{}, false
	everyday := false // the complement is an everyday noun: «رئيس غرفة»
	extend := func() {
		if extending {
			titleEnd = j
		}
	}
	for n := 0; n < 4 && p.isWord(j); n++ {
		if w := p.bare(j); p.nisbaAt(j) && !p.nisbaNamed(j) || w != nil && w.qualifier {
			j++
			extend()
			construct = false // «وزير الثقافة الإيراني»: the title is whole
			continue
		}
		if construct && complements < 2 && p.portfolio(j, complements > 0) {
			j++
			extend()
			complements++
			continue
		}
		if construct && complements == 0 && n == 0 && titleEnd-titleStart == 1 && !honorific && p.untabled(j) && p.reading(j) == lexicon.AsItStands && !p.rareName(j) && utf8.RuneCountInString(p.text(j)) >= 3 {
			// A one-word title in construct before an everyday noun
			// that no table knows, not a name: the noun is its
			// complement, «رئيس غرفة طاوشانلي», «وزير ماليته سيميون
			// ديانكوف», and only a name word of the lists without ال
			// begins a name after it (below), none in quotes: «رئيس
			// وحدة الدين العام», «رئيس أعمال "سامسونج ديسبلاي"».
			j++
			extend()
			complements++
			everyday = true
			continue
		}
		if m, ok := p.gazetteer(j); ok && m.typ != "Person" && !p.firstNameOfPlace(m) {
			if m.clitic == 0 && p.hasArticle(j-1, 0) {
				// A word with ال takes no complement: «اللواء عابدين
				// يوسف» is a man of that name.
				unplaced, isUnplaced = m, true
				break
			}
			j = m.end
			extend()
			placed, bodied = true, true
			continue
		}
		if m, ok := p.headed(j); ok {
			j = m.end
			if o := m.start - 1; o > i && p.toks[o].Kind == token.Punct && openingQuote(p.toks[o].Text) && j < len(p.toks) && closingQuote(p.toks[o].Text, p.toks[j].Text) {
				j++ // a name in quotes and the quote that closes it: «رئيس حزب "الوسط" أبو العلا ماضي»
			}
			extend()
			bodied = true
			continue
		}
		if w := p.bare(j); w == nil || len(w.titles) == 0 {
			break
		}
		if e, ok := p.titleAt(j); ok && !p.creditAt(j, e) {
			if e == j+1 && p.givenAt(j, e) && p.familyShaped(e) {
				// A form of address that is a given name too, after
				// another title and before a family name, is the name:
				// many Egyptians are named «السيد», and few are called
				// Mr after a title by their family name alone: «الدكتور
				// السيد البدوي». Before a first name it may be Mr
				// («الأمين العام السيد حسن نصر الله»), and stays a title.
				given = true
				break
			}
			// Another title, with no proclitic («شيخ الأزهر بالرئيس
			// الإيراني» is two people): an honorific or a rank after the
			// office («رئيس الوزراء الدكتور هشام قنديل», «وزير الداخلية
			// اللواء محمد إبراهيم»), or the office after an honorific.
			extending = honorific && !p.honorificAt(j, e)
			placed, bodied = false, false // the last title is the one before the name: «الأب لومباردي»
			if extending {
				titleStart, titleEnd, honorific = j, e, false
				construct, complements = p.takesPortfolio(e), 0
			}
			j = e
			continue
		}
		break
	}
	apposed := false
	if p.comma(j) && !p.apposedToPerson(i) {
		// A name between commas after the title, in apposition: «السناتور
		// الجمهوري ، ارلن سبيكتر ، اقتراحا», «الرئيس النيجيري، جودلاك
		// جوناثان، بالتعاون». Not where the title is itself between
		// commas after a person, whose title it is: «أحمد الطيب، شيخ
		// الأزهر، ناجح بكيرات، مدير إدارة». The name's first word is one
		// of a name: «محافظ، مقره واشنطن،» is a conservative site, based
		// in Washington.
		first := p.nameWord(j+1) || p.rareName(j+1) || p.isWord(j+1) && p.reading(j+1) == lexicon.Unknown
		if end, ok := p.nameRun(j+1, false); ok && first && p.comma(end) {
			j, apposed = j+1, true
		}
	}
	var end int
	quoted := false
	if !apposed && !(construct && complements == 0 && j == words) && !everyday {
		// A name in quotes or brackets after the title: «اللواء "محمد
		// كمال جلال"», «الإمبراطور " هوانج تي "». Not after a title
		// that takes a complement, which the quotes hold: «قائد (
		// سينتكوم )», «رئيس " سيليكا "». After a body or a portfolio,
		// one word in quotes is its short name but for a listed
		// person: «رئيس منظمة الاتحاد المصرى لحقوق الإنسان " الأيرو "»,
		// but «رئيس زامبيا السابق " روبياه باندا "».
		if e, ok := p.quotedName(j, bodied || complements > 0); ok {
			j, end, quoted, apposed = j+1, e, true, true
		}
	}
	if quoted {
		ok = true
	} else if given {
		end = p.runName(j, 4, func(k int) bool { return p.nameGoesOn(j, k, true) })
		ok = end > j+1
	} else {
		end, ok = p.nameRun(j, honorific && j == words)
	}
	if ok && !quoted {
		end += p.surnameBeforeBreak(j, end)
	}
	if w := p.bare(j); ok && construct && complements == 0 && j == words && w != nil && p.constructNoun(j, w) {
		// A title that takes a complement, before a first name that is a
		// noun in construct, heads that noun's phrase: «رئيس بيت
		// العائلة», the Family House.
		return mention{}, false
	}
	if w := p.bare(j); ok && !apposed && complements > 0 && construct && (w == nil || !p.nameWord(j) || w.alsoFirst) && !p.rareName(j) {
		// Right after a portfolio, only a word of the name lists begins
		// the name, and not one that is also a function word: «رئيس
		// المباحث إخطارًابوجود مشاجرة» is a run-on report, «وزير الكهرباء
		// علي العمل» is «على».
		// After a nationality adjective, any name word will do, as after
		// any title: «وزير الثقافة الإيراني مهاجراني».
		ok = false
	}
	if ok && everyday && !apposed && p.hasArticle(j, 0) {
		// After an everyday complement a word with ال goes on with it:
		// «رئيس وحدة الدين العام» is the public debt unit's.
		ok = false
	}
	if ok && placed && !apposed && end == j+1 && p.sentenceGoesOn(j) {
		ok = false
	}
	if ok && isUnplaced && (unplaced.entry != nil && unplaced.entry.phrase || end <= unplaced.end) {
		// Only a name that goes on past the listed words holds them:
		// «وزار الرئيس الصومالي واشنطن», «يلعب دور الرئيس لأول مرة».
		ok = false
	}
	if !ok && j == words && p.epithetAt(i, words) {
		end, ok = p.epithet(j)
	}
	credit := p.creditAt(i, words)
	if credit {
		// «وإخراج خيري بشارة», «ونجله جمال»: the credit or the word of
		// kin has no words after it, a first name or a name token begins
		// the name, but not one that is a noun in construct («والدة مالك
		// الشقة»), and ب stands before no credit: «بإخراج طبنجة» draws a
		// pistol, «إخراج أجيال» brings forth generations.
		w, c := p.bare(j), p.slotsClitic(i)
		if j != words || w == nil || !w.first && !w.token || p.constructNoun(j, w) || c > 0 && !p.conjunction(i, c) {
			return mention{}, false
		}
	}
	if m, listed := p.gazetteer(j); listed && m.typ == "Person" && (!ok || m.end >= end || m.end-m.start > 1 && m.entry.rank == 0 && !quoted) {
		// A listed person, unless a one-word listing is followed by more
		// of the name: «الرئيس الفلسطيني محمود عباس» is more than the
		// listed «محمود». A regnal ordinal may follow, and makes the name
		// one no list has: «الملك عبد الله الثاني» is not the listed «عبد
		// الله». So do quotes that hold more: «الدكتور" محمد مرسى العياط "».
		if more, ok := p.givenNameGoesOn(m); ok {
			// A listed given name with a family name after it: «الدكتور
			// محمد علي بشر», as without the title.
			m = more
		}
		if !credit {
			m.title, m.titleWords = [2]int{titleStart, titleEnd}, words
		}
		if n := p.ordinalAt(m.end); n > 0 {
			m.end += n
			m.entry = nil
		}
		return m, true
	}
	if !ok && j == words && !credit {
		end, ok = p.curatedSurname(j)
		if !ok {
			end, ok = p.curatedFamilyName(j, true)
		}
	}
	if !ok {
		return mention{}, false
	}
	if credit {
		return mention{start: j, end: end, typ: "Person"}, true
	}
	return mention{start: j, end: end, typ: "Person", title: [2]int{titleStart, titleEnd}, titleWords: words}, true
}

// quotedName reports where a name ends that stands in quotes or brackets
// at token j, right after a title: «اللواء "محمد كمال جلال"», «القس (
// متياس نصر )». The marks hold one to three words that nameRun reads as
// a name, or that are each a name word or a word neither the tables nor
// the lexicon know (quotable), the first with no ال: «الإمبراطور " هوانج
// تي "», not «المنتج ( السولار )». After a body, one word must be a
// listed person (afterBody). The end is the closing mark's token.
func (p *parser) quotedName(j int, afterBody bool) (int, bool) {
	if j >= len(p.toks) || p.toks[j].Kind != token.Punct {
		return 0, false
	}
	open := p.toks[j].Text
	if !openingQuote(open) && open != "(" {
		return 0, false
	}
	closes := func(k int) bool {
		if k >= len(p.toks) || p.toks[k].Kind != token.Punct {
			return false
		}
		if open == "(" {
			return p.toks[k].Text == ")"
		}
		return closingQuote(open, p.toks[k].Text)
	}
	end, ok := p.nameRun(j+1, false)
	if !ok || end-j > 4 || !closes(end) {
		end = j + 1
		for end < len(p.toks) && end-j <= 3 && p.quotable(end) && (end > j+1 || !p.hasArticle(end, 0)) {
			end++
		}
		if end == j+1 || !closes(end) {
			return 0, false
		}
	}
	if afterBody && end == j+2 {
		if m, ok := p.gazetteer(j + 1); !ok || m.typ != "Person" {
			return 0, false // «رئيس اتحاد الشركات السياحية الهندية (تاى)»
		}
	}
	return end, true
}

// sentenceGoesOn reports whether token j, one word after a title that a
// listed place or body completes, is what the sentence says next and no
// name: the preposition «على» spelled «علي» («مدير أمن الأقصر علي توفير
// نقطة»), an everyday word before another that no list has as a name
// («مدير أمن بورسعيد وعد أكثر من مرة», «لمحافظ أسيوط شعار الحركة»), or
// a verb of the present tense that no dictionary knows as spelled
// («محافظ اسيوط يكافىء فريق»). A name Wikidata's people often bear,
// alone there, is the person's, if cut short («وزير خارجية كندا جون
// بايرد» gives «جون»), as is a foreign name («رئيس جنوب السودان
// سلفاكير»).
func (p *parser) sentenceGoesOn(j int) bool {
	w := p.bare(j)
	switch {
	case w != nil && w.alsoFirst && !p.spelledAsName(j, w):
		return true
	case (w == nil || !w.token) && p.everyday(j) && p.isWord(j+1) && p.everyday(j+1) && !p.nameListed(j+1):
		return true
	}
	return w == nil && strings.HasPrefix(p.text(j), "ي")
}

// curatedSurname reads a name at token j, right after a title, where no
// listed person is: a word with ال that ends the name of a curated person
// (tables.surnames), «الرئيس السادات», «الرئيس الأسد». It returns where
// the name ends. The mention is no listed one: others bear the name
// («السيد الجعفري» may be Bashar or Ibrahim), which the article's other
// mentions may tell (linkSurnames). Alone the word is a common word too
// often to be read («الأسد», the lion), and no name word may follow: the
// name is longer.
func (p *parser) curatedSurname(j int) (int, bool) {
	if !p.isWord(j) || !p.hasArticle(j, 0) || !p.t.surnames[p.text(j)] || p.nameWord(j+1) || p.rareName(j+1) {
		return 0, false
	}
	return j + 1, true
}

// curatedFamilyName reads the family name of a curated person without ال
// at token j, after a verb of saying (tables.familyNames): «وأضاف عنان»,
// «وأكد نصر الله»; or after a title where the name rules read no name,
// the word being an everyday word too: «الرئيس مرسي» («مرسى», a harbour),
// «المشير طنطاوي». It returns where the name ends. As for curatedSurname,
// the mention is no listed one, and no name word may follow («على» is
// none: «الرئيس مرسي على»). After a verb (titled false), a family name
// that is also an everyday word, before a word with ال or a noun, is
// that word in construct: «وقال مشرف المشروع» is the project's
// supervisor. After a title, a word of no name list is the name there,
// the title naming a person: «ناشد الرئيس مرسي الاستجابة»; a name word
// is left to the name rules, which have refused it: «الإمام بديع
// الزمان».
func (p *parser) curatedFamilyName(j int, titled bool) (int, bool) {
	if !p.isWord(j) {
		return 0, false
	}
	end := j + 1
	if w := p.bare(j + 1); w != nil && w.second {
		p.buf = append(append(append(p.buf[:0], p.text(j)...), ' '), p.text(j+1)...)
		if !p.t.familyNames[string(p.buf)] {
			return 0, false
		}
		end = j + 2
	} else if !p.t.familyNames[p.text(j)] {
		return 0, false
	}
	if n := p.bare(end); p.nameWord(end) && !(n.alsoFirst && !p.spelledAsName(end, n)) || p.rareName(end) || p.isWord(end) && n == nil && !p.everyday(end) {
		// A longer name, which the verb's other rules read: «وقال حسين
		// عبدالغني», «وقال بيريز اسكويفيل»; but an everyday word after the
		// family name is what the sentence says: «وأضاف منصور أثناء».
		return 0, false
	}
	if n := p.bare(end); !(titled && !p.nameWord(j)) && p.everyday(j) && (p.hasArticle(end, 0) || n != nil && (n.common || n.head != nil || len(n.titles) > 0)) {
		return 0, false
	}
	return end, true
}

// insideTitle reports whether token i is inside a longer title that
// begins before it: «الإعلامي» of «المتحدث الإعلامي باسم الجبهة» begins no
// title of its own, and «باسم» there is "in the name of", no «باسم».
func (p *parser) insideTitle(i int) bool {
	for k := max(i-3, 0); k < i; k++ {
		if e, ok := p.titleAt(k); ok && e > i {
			return true
		}
	}
	return false
}

// country reports whether token i, behind a proclitic or not, is a
// country of the lists by itself. A country begins no name that no list
// has, though Wikidata's names use «فرنسا», «إسبانيا» and «تشاد» often
// enough to make them name tokens: «أن تعيد فرنسا النظر», «ومنحت فرنسا
// بريطانيا», «تشاد الرافض» are no people.
func (p *parser) country(i int) bool {
	m, ok := p.gazetteer(i)
	return ok && m.typ == "Country" && m.end == i+1
}

// firstNameOfPlace reports whether m, a one-word place of the lists after
// a title, is a first name that begins the person's name: «فيكتوريا
// نولاند», «الجنرال مارتن ديمبسي».
func (p *parser) firstNameOfPlace(m mention) bool {
	if m.end-m.start != 1 || m.clitic > 0 {
		return false
	}
	if w := p.bare(m.start); w == nil || !w.first && !w.token || m.typ == "Country" {
		return false
	}
	if !p.nameish(m.end) || p.hasArticle(m.end, 0) {
		return false
	}
	if n := p.bare(m.end); n != nil {
		return n.name
	}
	return p.rareName(m.end) || len(p.forms(m.end)) == 0 && !p.everyday(m.end)
}

// portfolio reports whether token j is an everyday word with ال that
// completes a title in construct, behind و after the first: «وزير العدل»,
// «وزير الثقافة والإعلام».
func (p *parser) portfolio(j int, more bool) bool {
	t := p.text(j)
	if more {
		var ok bool
		if t, ok = strings.CutPrefix(t, "و"); !ok {
			return false
		}
	}
	if !strings.HasPrefix(t, "ال") || p.lexiconRead(t) == lexicon.Unknown {
		return false
	}
	for _, f := range p.forms(j) {
		if w := f.w; w.function || w.nisba != nil || len(w.titles) > 0 || w.head != nil {
			return false
		}
	}
	// A word that begins a listed name is a portfolio where the name is
	// not there: «الحلف» of «الناطق باسم الحلف أوانا لونجسكو» begins
	// «الحلف الأطلسي».
	_, listed := p.gazetteer(j)
	return !listed
}

// epithetAt reports whether the title at token i, whose words end before
// token end, names its person by an epithet (titles.tsv, epithet).
func (p *parser) epithetAt(i, end int) bool {
	return p.titleKindAt(i, end, func(tl *title) bool { return tl.epithet })
}

// honorificAt reports whether the title from token i to end is a form of
// address (titles.tsv, honorific).
func (p *parser) honorificAt(i, end int) bool {
	return p.titleKindAt(i, end, func(tl *title) bool { return tl.honorific })
}

// givenInName reports whether token k, inside a name that begins at
// token j, is a form of address that is a given name too (titles.tsv,
// given), right after a name word and before another: the father's
// or grandfather's name, «محمد السيد إبراهيم», «المرسي السيد حجازي»,
// «عبد الرحمن السيد العربى»; not Mr after a listed person or before one,
// «استقبل الرئيس محمود عباس السيد جون كيري».
func (p *parser) givenInName(j, k int) bool {
	if w := p.bare(k); w == nil || len(w.titles) == 0 || !p.givenAt(k, k+1) || p.toks[k].Start != p.toks[k-1].End()+1 {
		return false
	}
	named := p.givenAt(k-1, k) // «محمد السيد السيد مصطفى»
	for _, f := range p.forms(k - 1) {
		named = named || f.w.name || f.w.second || f.w.alsoFirst
	}
	if !named {
		return false
	}
	if m, ok := p.gazetteer(j); ok && m.typ == "Person" && m.end == k {
		if l := p.bare(k - 1); l == nil || !l.second {
			return false // a listed person, but for a compound given name: «عبد الرحمن»
		}
	}
	if m, ok := p.gazetteer(k + 1); ok && m.typ == "Person" && m.end-m.start > 1 {
		return false
	}
	n := p.bare(k + 1)
	return n != nil && (n.name || n.alsoFirst) && len(n.titles) == 0 && p.spelledAsName(k+1, n)
}

// givenAt reports whether the title from token i to end is a form of
// address that is a given name too (titles.tsv, given).
func (p *parser) givenAt(i, end int) bool {
	return p.titleKindAt(i, end, func(tl *title) bool { return tl.given })
}

// takesPortfolio reports whether a title that ends before token end ends
// with an indefinite noun that is no head, which a portfolio completes.
func (p *parser) takesPortfolio(end int) bool {
	construct := !definite(p.text(end - 1))
	for _, f := range p.forms(end - 1) {
		construct = construct && f.w.head == nil
	}
	return construct
}

// creditAt reports whether the title at token i, whose words end before
// token end, is a word of credits (titles.tsv, credit): no jobTitle.
func (p *parser) creditAt(i, end int) bool {
	return p.titleKindAt(i, end, func(tl *title) bool { return tl.credit })
}

func (p *parser) titleKindAt(i, end int, kind func(*title) bool) bool {
	for _, f := range p.forms(i) {
		if p.titleMisspelled(i, f.w) {
			continue
		}
		for _, tl := range f.w.titles {
			if kind(tl) && i+len(tl.words) == end && p.wordsAt(i+1, tl.words[1:]) {
				return true
			}
		}
	}
	return false
}

// epithet reads the epithet with ال that names a person after such a
// title, with a link and the name after it: «الإمام الشافعي», «الإمام
// الحسين بن علي». A word the tables know as something else is none, nor is
// one of a common word's shape: «الإمام الأكبر» is a qualifier, «الإمام
// الثامن» an ordinal.
func (p *parser) epithet(j int) (int, bool) {
	t := p.text(j)
	if !strings.HasPrefix(t, "ال") || utf8.RuneCountInString(t) < 5 || p.ordinalAt(j) > 0 || p.listedOther(j) || p.t.commonShape(t) {
		return 0, false
	}
	if w := p.bare(j); w != nil && !w.nameish() {
		return 0, false
	}
	return p.runName(j, 1, func(k int) bool { return p.nameGoesOn(j, k, false) }), true
}

// proclitic reports whether w is a letter that is written as a proclitic:
// و، ف، ب، ل، ك.
func proclitic(w string) bool {
	return w == "و" || w == "ف" || w == "ب" || w == "ل" || w == "ك"
}

// functionBehindProclitic reports whether w is a proclitic and a
// function word of stop.tsv: «لمن», «بما», «فلا».
func (p *parser) functionBehindProclitic(w string) bool {
	for _, c := range []string{"و", "ف", "ب", "ل", "ك"} {
		if rest, ok := strings.CutPrefix(w, c); ok && rest != "" {
			if x := p.t.get(rest, wordtable.Hash(rest)); x != nil && x.function {
				return true
			}
		}
	}
	return false
}

// nameish reports whether token i may be part of a name a rule reads.
func (p *parser) nameish(i int) bool {
	if !p.isWord(i) {
		return false
	}
	w := p.bare(i)
	if w != nil && len(w.verbSpellings) > 0 && p.spelledAs(i, w.verbSpellings) {
		return false // «وإلى», «تأمر»: the particle or verb, as spelled
	}
	if w == nil {
		// Unknown as it stands: not a name if it has the shape of a
		// common word («اقتراح», «الصناعية»), if it is a proclitic
		// standing apart («جمال و علاء», «فوزى لـ»; with a period, or
		// another letter, it is an initial: «هشام ل.», «محمد ع»), or if,
		// without its proclitic, it is a word that is not one («وزعيم»,
		// «والعراقي»). A Wikidata name token that no dictionary knows is
		// no common word for its shape: «انيبال» is shaped as «انفعال».
		text := p.text(i)
		if p.t.commonShape(text) && !(p.rareName(i) && p.reading(i) == lexicon.Unknown) || proclitic(text) && p.text(i+1) != "." {
			return false
		}
		if len(text) <= len("لمما") && p.functionBehindProclitic(text) {
			return false // «ميساء لمن يسألها»: a function word behind a proclitic
		}
		if strings.HasPrefix(text, "و") && utf8.RuneCountInString(text) > 4 && !(p.rareName(i) && p.reading(i) == lexicon.Unknown) {
			// «ومواقفنا», «وابلغه»: the conjunction before a word we do
			// not know. The names that begin with و («وليد», «وائل») are
			// listed, and so are foreign ones in W among Wikidata's
			// name tokens: «هنري وينكلر».
			return false
		}
		for _, f := range p.forms(i) {
			if !f.w.nameish() {
				return false
			}
		}
		return true
	}
	if w.alsoFirst && p.spelledAsName(i, w) {
		if l := p.bare(i - 1); l != nil && l.link {
			return true // after a link, «علي» is the name: «خالد بن علي آل خليفة»
		}
		if len(w.nameSpellings) > 0 {
			return true // spelled as only the name is: «عادل إمام»
		}
	}
	if w.alsoFirst && p.afterFirstName(i) && (p.clauseEndsAt(i+1) || p.firstNameAt(i+1) || p.compoundAt(i+1)) {
		// After a first name and before the clause ends, «علي» is no
		// preposition, which an object follows, however it is spelled:
		// «وقال ياسر علي إن», «خالد على، المحامي». Not before «أن»:
		// «وأكد محمد على أن» stresses that. Between two first names it
		// is the father's name, as Egyptian papers spell it with a
		// final ى: «محمد على محمد», «المستشار حسين على حسين», «محمد على
		// عبد الله». A first name is rarely the object of «على» after a
		// subject named by his first name alone.
		return true
	}
	if len(w.titles) > 0 && (w.name || p.rareName(i) || p.hasArticle(i, 0) && p.honorificAt(i, i+1)) {
		// A form of address with ال is a family name after a first name
		// as the lists' family names are («محمد المهندس المتحدث باسم
		// الحزب», «فؤاد المهندس»): nobody is addressed after a first name.
		// A name that begins a title is a name where the title's other
		// words do not follow: «أمين» of «أمين عام» in «قاسم أمين».
		// Nor where a word that names a body or a thing follows: «أمين
		// صندوق الحزب», «مساعد الشرطة».
		if _, ok := p.titleAt(i); !ok && !p.roleGoesOn(i+1) {
			return w.nameishBesidesTitles()
		}
		if p.afterFirstName(i) && p.hasArticle(i, 0) && !p.roleGoesOn(i+1) && !p.nameListed(i+1) && !p.nameWord(i+1) {
			// A title with ال that is a family name too is one after
			// a first name where no name follows it: «طارق السيد»,
			// «محمد الشيخ», not «عمر الإمام علي».
			return w.nameishBesidesTitles()
		}
		if p.afterFirstName(i) && p.hasArticle(i, 0) && p.honorificAt(i, i+1) && !p.roleGoesOn(i+1) && !p.firstNameAt(i+1) {
			// So is a form of address where a name follows that begins
			// with no first name: nobody is addressed in the middle of
			// a name («محمد السيد عبد النبي», «أحمد السيد النجار»); but
			// «الأمير نواف الشيخ محمد» is two people.
			return w.nameishBesidesTitles()
		}
	}
	if w.role && p.listedBody(i+1) {
		if l := p.bare(i - 1); l == nil || !l.link {
			return false // «أمير الكويت», «محمد علي ملك مصر»: an office
		}
	}
	return w.nameish()
}

// afterFirstName reports whether token i comes right after a first name,
// which may have a proclitic: «وطارق السيد».
func (p *parser) afterFirstName(i int) bool {
	f := p.forms(i - 1)
	return len(f) > 0 && f[0].w.first && !f[0].w.common && !f[0].w.function
}

// firstNameAt reports whether token k as it stands is a first name of the
// lists that is no common or function word.
func (p *parser) firstNameAt(k int) bool {
	w := p.bare(k)
	return w != nil && (w.first || w.alsoFirst && p.spelledAsName(k, w)) && !w.common && !w.function
}

// compoundAt reports whether token k as it stands begins a compound given
// name: «عبد», «أبو» (name_parts.tsv, compound).
func (p *parser) compoundAt(k int) bool {
	w := p.bare(k)
	return w != nil && w.compound && p.isWord(k+1)
}

// roleGoesOn reports whether token k continues a role a word that is also
// a name began: a head, a common word, or a listed entity that is no
// person. A title does not: «محمد أمين رئيس المباحث»; the titles that
// such a word begins are listed («مساعد مدير»).
func (p *parser) roleGoesOn(k int) bool {
	if w := p.bare(k); w != nil && (w.head != nil || w.common && len(w.titles) == 0) {
		return true
	}
	m, ok := p.gazetteer(k)
	return ok && m.typ != "Person"
}

// nameish reports whether the word may be part of a name.
func (w *word) nameish() bool {
	return len(w.titles) == 0 && w.nameishBesidesTitles()
}

// nameishBesidesTitles is nameish for a word that no title begins.
func (w *word) nameishBesidesTitles() bool {
	return !w.function && w.nisba == nil && w.head == nil && !w.qualifier && (w.name || !w.common)
}

// nameWord reports whether token k as it stands is a word of the name
// lists: a first name, a name token or a link.
func (p *parser) nameWord(k int) bool {
	w := p.bare(k)
	return w != nil && (w.name || w.first || w.token || w.link || w.personStart)
}

// nameRun reads a name after a title: one to three name words, the first
// not a word with ال unless the lists know it, the others as nameGoesOn
// allows; a single word must be a known name or a word of Arabic letters
// that neither the tables nor the lexicon know («البابا تواضروس»).
// addressed says that only a form of address stands before j, which no
// role or body follows (titled).
func (p *parser) nameRun(j int, addressed bool) (int, bool) {
	w := p.bare(j)
	asName := w != nil && w.alsoFirst && (p.spelledAsName(j, w) || p.spelledWithFinalAlif(j, w) && p.nameFollows(j)) || p.nisbaNamed(j) // «الإمام علي», «الأمير تركي»
	if !asName && !p.nameish(j) || w != nil && len(w.ordinals) > 0 {
		// A regnal ordinal closes a name and begins none: «النائب
		// الأول» is the first deputy.
		return 0, false
	}
	// A rarer name token before a regnal ordinal is a name, with ال too:
	// «الملك الراحل الحسن الثاني».
	known := w != nil && w.name || asName || p.rareName(j) && p.ordinalAt(j+1) > 0 || p.mirroredAli(j)
	if p.hasArticle(j, 0) && !known {
		return 0, false
	}
	end := p.runName(j, 4, func(k int) bool {
		if k == j+1 && p.foreignName(j) && p.reading(k) == lexicon.AsItStands && p.bare(k) == nil && !p.rareName(k) {
			// After a title, a foreign name is often the family name
			// alone, and an everyday word after it is the sentence's:
			// «الرئيس شافيز مواقفه», «الرئيس هولاند متحدثا».
			return false
		}
		return p.nameGoesOn(j, k, true)
	})
	if end-j == 1 && w != nil && p.pronounRead(j, w) {
		return 0, false // «رئيس ناديه»: the president of his club
	}
	if w == nil && !p.hasArticle(j, 0) && p.rareName(j) && p.reading(j) != lexicon.AfterClitic && (!p.everyday(j) || end-j > 1 && (p.nameWord(j+1) || p.rareName(j+1) || p.reading(j+1) == lexicon.Unknown)) {
		// A rarer name token of Wikidata's is a name after a title, but
		// for a word the lexicon reads behind a proclitic («كسفير لحسن
		// النوايا») and an everyday word that no word of a name follows
		// («كزعيم قادر على», «الرئيس أكبر دليل», «المحامي مقدم الدعوى»,
		// «رئيس مدني لمصر»): «السيد فريدون كرمانشاهي».
		known = true
	}
	if end-j == 1 && !known && !(w == nil && len(p.forms(j)) == 0 && arabicLetters(p.text(j)) && !p.everyday(j) && utf8.RuneCountInString(p.text(j)) >= 3) {
		return 0, false
	}
	if !known && p.everyday(j) {
		// An everyday word no name list has, before a word with ال or a
		// listed entity that is no person, is the head of a construct and
		// a role or a body, not a name: «مدير أمن المنيا», «رئيس مباحث
		// القسم», «رئيس شعبة المخابز»; so is one before another everyday
		// word («رئيس قسم شرطة البيئة», «مدير معهد بحوث»); so is an
		// everyday word behind ل or ب: «مساعد وزير الخارجية للشئون
		// القنصلية».
		// Not after a form of address alone, which a name follows and no
		// role, where the word has no proclitic and the word with ال has
		// a family name's shape: «الدكتورة نجاح العطار», «الدكتور علم
		// الدين»; but «الدكتور مرسى الأخير» is Morsi and an adjective.
		// Such a name goes on only with name words and words the lexicon
		// does not know: «الشيخ سراج الدين محمد سليمان», but «الدكتور علم
		// الدين شأن يخص الرئاسة» is a matter.
		if f := p.forms(j); end-j >= 2 && addressed && p.familyShaped(j+1) && (len(f) == 0 || f[0].clitic == 0) && p.reading(j) == lexicon.AsItStands {
			goesOn := func(k int) bool {
				w := p.bare(k)
				return w != nil && (w.first || w.name) && !w.common || !p.everyday(k)
			}
			k := j + 2
			for k < end && goesOn(k) {
				k++
			}
			return k + p.ordinalAt(k), true
		}
		if end-j >= 2 && (p.hasArticle(j+1, 0) || p.everyday(j+1) && !p.rareName(j+1) && !p.nameWord(j+1)) {
			return 0, false
		}
		if m, ok := p.gazetteer(j + 1); ok && m.typ != "Person" {
			// «قائد منتخب ألمانيا», «وزير خارجية روسيا»; but «الأمير
			// مولاي رشيد», where the place is a name too.
			if n := p.bare(j + 1); n == nil || !n.name {
				return 0, false
			}
		}
		if r, _ := utf8.DecodeRuneInString(p.text(j)); w == nil && (r == 'ل' || r == 'ب' || r == 'ي' && !p.rareName(j)) {
			// Nor is a verb of the present tense: «بابا الفاتيكان الجديد
			// يخرج للجماهير».
			return 0, false
		}
	}
	return end + p.ordinalAt(end), true
}

// runName reads on from the first word of a name at token j: up to max
// name words that ok accepts, where a link and the word after it («بن
// زايد», «آل نهيان») count as one, and so do the two parts of a compound
// name («عطا الله», «عز الدين»). It returns the token after them; an
// ordinal may follow (ordinalAt).
func (p *parser) runName(j, max int, ok func(i int) bool) int {
	end, words := j+1, 1
	if w := p.bare(j); w != nil && w.link {
		words = 0 // «عبد الله», «أبو بكر» are one name word
		if w.compound && p.compoundPart(j+1) {
			end, words = j+2, 1 // «عبد التواب», «أبو سعدة»
		}
	}
	for end < len(p.toks) {
		if p.hyphenatedFirst(end) {
			end += 2 // «جان-مارك», «جيان - ألبرتو»: one given name
			continue
		}
		if w, n := p.bare(end), p.bare(end+1); w != nil && w.particle && n != nil && n.particle && ok(end+2) && !p.negationNotParticle(end+1, n) {
			end += 3 // two particles: «جان مارك دو لا سابليير»
			words++
			continue
		}
		if w := p.bare(end); w != nil && w.link && (ok(end+1) || w.compound && p.compoundPart(end+1)) && !p.negationNotParticle(end, w) {
			end += 2
			words++
			continue
		}
		if w := p.bare(end); w != nil && w.second && end > j && ok(end) {
			end++ // «عطا الله», «عز الدين» are one name word
			continue
		}
		if n := p.ordinalAt(end); n > 0 {
			if words > 1 && p.nounOfOrdinal(end-1) {
				// After a name of two words or more, an ordinal may
				// agree with a noun with ال that the name seemed to go
				// on with: «محمد بالصف الأول», «أسامة رجب الشوط الأول»,
				// «حسن مالك الرجل الثاني». The name ends before it.
				end--
				break
			}
			// A regnal ordinal closes the name but for the father's
			// name: «فرناندو الثالث», «عبدالله الثاني بن الحسين», not
			// «فيصل الثاني ملك العراق».
			end += n
			if w := p.bare(end); w != nil && w.nasab && ok(end+1) {
				end += 2
			}
			break
		}
		if words >= max || !ok(end) {
			break
		}
		end++
		words++
	}
	for end-1 > j {
		// A name does not end with a link: «حافظ أبو» is no name.
		if w := p.bare(end - 1); w == nil || !w.link {
			break
		}
		end--
	}
	return end
}

// negationNotParticle reports whether token k, w, a particle of foreign
// names that is a function word too («لا» of «دو لا سابليير»), is that
// word: before an everyday word that no name list has it is the negation
// and the clause's, «في بني غازي لا يعكس».
func (p *parser) negationNotParticle(k int, w *word) bool {
	return w.particle && w.function && p.everyday(k+1) && !p.nameListed(k+1)
}

// longName is runName for a name that no title introduces: up to three
// name words, or four where the fourth may be a family name (fourthName).
// Courts, prosecutors and the police name people by four names, their
// own, their father's, their grandfather's and the family's («حسن محمد
// حسنين هيكل», «محمد سعيد رمضان البوطي», «أحمد عامر حسين عامر»); an
// everyday word after three is more often the sentence's than a name:
// «طارق العربي سليمان المحكوم عليه».
func (p *parser) longName(j int, ok func(k int) bool) int {
	// The second run asks ok of the same tokens again, and ok costs
	// lookups: its answers are kept, 1 for true and 2 for false.
	var answers [12]int8
	kept := func(k int) bool {
		d := k - j
		if d < 0 || d >= len(answers) {
			return ok(k)
		}
		if answers[d] == 0 {
			answers[d] = 2
			if ok(k) {
				answers[d] = 1
			}
		}
		return answers[d] == 1
	}
	end := p.runName(j, 3, kept)
	if long := p.runName(j, 4, kept); long > end && p.fourthName(long-1) {
		return long
	}
	return end
}

// fourthName reports whether token k may be the fourth word of a name: a
// name word of the lists, a word the lexicon does not know («غنيمى»), or a
// family name in the shape of an adjective of relation, with ال and in ي,
// that is no nationality («الشربيني», «الفقي», «السيسى»).
func (p *parser) fourthName(k int) bool {
	if p.nameListed(k) || !p.everyday(k) {
		return true
	}
	t := p.text(k)
	return p.hasArticle(k, 0) && (strings.HasSuffix(t, "ي") || strings.HasSuffix(t, "ى")) && !p.nisbaAt(k)
}

// hyphenatedFirst reports whether token k is a hyphen that joins the first
// name before it to another after it, the two a compound given name:
// «جان-مارك أيرولت», «جون-إيف», and, with a dash between spaces («-»,
// or a kashida, «ـ», as Egyptian papers write one), «جيان - ألبرتو
// بينداتزي». A dash between spaces also parts a dateline from a byline
// («القاهرة - محمد علي»), so there both must also be foreign names the
// lexicon does not know. Both are first names of the lists: «هانز ـ بيتر
// فريدريتش» is cut, as the lists have «هانس».
func (p *parser) hyphenatedFirst(k int) bool {
	if k == 0 || k+1 >= len(p.toks) || p.toks[k].Kind != token.Punct || p.toks[k].Text != "-" || !p.isWord(k-1) || !p.isWord(k+1) {
		return false
	}
	first := func(i int) bool {
		w := p.bare(i)
		return w != nil && (w.first || w.token) && !w.common && !w.function && w.nisba == nil
	}
	if !first(k-1) || !first(k+1) {
		return false
	}
	tight := !p.toks[k].SpaceBefore && !p.toks[k+1].SpaceBefore
	spaced := p.toks[k].SpaceBefore && p.toks[k+1].SpaceBefore
	return tight || spaced && p.reading(k-1) == lexicon.Unknown && p.reading(k+1) == lexicon.Unknown
}

// compoundPart reports whether token k may follow a compound link
// («عبد», «أبو»): a word of Arabic letters, an everyday one too («عبد
// السلام», «أبو سعدة»), but no function word, title, nationality
// adjective without ال, or conjunction and word.
func (p *parser) compoundPart(k int) bool {
	if !p.isWord(k) {
		return false
	}
	if w := p.bare(k); w != nil && (w.function || len(w.titles) > 0 || w.nisba != nil && !strings.HasPrefix(p.text(k), "ال")) {
		return false
	}
	if strings.HasPrefix(p.text(k), "و") && p.reading(k) == lexicon.AfterClitic {
		return false // «أبي وأسرتي» is my father and my family
	}
	return arabicLetters(p.text(k))
}

// nounOfOrdinal reports whether token k, before an ordinal, is an everyday
// word with ال, behind a proclitic too, that no name list has: the noun
// the ordinal agrees with, «الصف الأول», «الدور الأول», not a family
// name («العادلي»).
func (p *parser) nounOfOrdinal(k int) bool {
	t := p.text(k)
	if r, size := utf8.DecodeRuneInString(t); strings.ContainsRune("وفبك", r) && strings.HasPrefix(t[size:], "ال") {
		t = t[size:]
	}
	return strings.HasPrefix(t, "ال") && p.everyday(k) && !p.nameListed(k) && !p.familyShaped(k)
}

// ordinalAt is the number of tokens of the longest regnal ordinal at
// token i («السادس عشر», not «السادس»), or 0.
func (p *parser) ordinalAt(i int) int {
	n := 0
	if w := p.bare(i); w != nil {
		for _, o := range w.ordinals {
			if len(o) > n && p.wordsAt(i, o) {
				n = len(o)
			}
		}
	}
	return n
}

// firstName reads a frequent Wikidata name token (names.tsv, token),
// after a proclitic too, followed by the name words nameGoesOn allows:
// «مصطفى الكاظمي», «محمد شياع السوداني», «وأحمد الصحاف».
func (p *parser) firstName(i int) (mention, bool) {
	w, clitic := p.bare(i), 0
	if w == nil && p.isWord(i) {
		// «وأحمد حسن»: a proclitic before a first name no table knows
		// as a word of its own; the conjunction before a name token too
		// («وسعيد جعفر»), not ب, ل or ك, which make words of them
		// («لكون», «كبار»).
		if f := p.forms(i); len(f) > 0 && (f[0].w.first || f[0].w.alsoFirst || f[0].w.token && p.conjunction(i, f[0].clitic) || f[0].w.personStart && p.afterPerson(i, f[0].clitic) && !p.everydayPeeled(i, f[0].clitic)) {
			w, clitic = f[0].w, f[0].clitic
		}
	}
	if w != nil && w.alsoFirst {
		return p.ambiguousFirst(i, clitic)
	}
	if w != nil && p.spelledAs(i, w.verbSpellings) {
		return mention{}, false // «النيابة تأمر بضبط»: the verb, not «تامر»
	}
	if w != nil && p.pronounRead(i, w) {
		return mention{}, false // «طلبوا منى التدخل»: from me, not Mona
	}
	if w == nil || !w.token && !joinedAbd(p.text(i)[clitic:], w) && !((w.first || w.personStart && !p.everydayPeeled(i, clitic)) && p.afterPerson(i, clitic)) && !p.foreignFirst(i, clitic, w) || w.common || w.function || w.second || w.inner || w.nisba != nil || p.hasArticle(i, clitic) {
		// A name begins with a word Wikidata's names use often: the
		// first-name lists alone hold common words («بيان», «حياة»). A
		// nationality adjective begins no name: «الكاتب المصري توفيق
		// الحكيم» is توفيق الحكيم. Nor does a word with ال, which ends
		// names here: the Wikidata tokens «الدين», «الثالث», «الفيس» of
		// «عز الدين», «أمنحتب الثالث», «الفيس بريسلي» began «الدين
		// الإسلامي», «الثالث الميداني» and «الفيس بوك».
		return mention{}, false
	}
	if _, ok := p.titleAt(i); ok {
		return mention{}, false // «بابا الإسكندرية» is a title, not Baba
	}
	if p.country(i) {
		return mention{}, false
	}
	if p.text(i)[clitic:] == "عيد" && p.hasArticle(i+1, 0) && p.everyday(i+1) {
		return mention{}, false // a feast: «عيد الحب», «عيد العمال», «عيد الأضحى»
	}
	end := p.longName(i, func(k int) bool { return p.nameGoesOn(i, k, w.first) })
	if w.kunya {
		end = p.kunyaEnd(i, end)
	}
	if end == i+1 {
		return mention{}, false
	}
	if clitic > 0 && !w.first && !w.link && p.familyAl(i+1) && p.everyday(i+1) && !strings.HasSuffix(p.text(i+1), "ي") && !p.afterPerson(i, clitic) {
		// After the conjunction, a name token and an everyday word with
		// ال are words: «وكرم الضيافة», «وفن السينما».
		return mention{}, false
	}
	if clitic == 0 && p.constructNoun(i, w) {
		return mention{}, false
	}
	return mention{start: i, end: end + p.ordinalAt(end), clitic: clitic, typ: "Person"}, true
}

// afterOfPlace reports whether token i, as it stands, follows a noun
// whose complement is a place (stop.tsv, ofplace): «مباحث مركز أبو صوير
// لتفقد الحالة» is the district's police, on its rounds.
func (p *parser) afterOfPlace(i int) bool {
	if f := p.forms(i); len(f) > 0 && f[0].clitic > 0 {
		return false
	}
	for _, f := range p.forms(i - 1) {
		if f.w.ofPlace {
			return true
		}
	}
	return false
}

// functionAfterLink reports whether token k is a word that ends names
// (stop.tsv, function) standing between «بن» and a name word or a word
// the lexicon does not know: the father's name, «سيف بن مقدم البوعينين»,
// «خالد بن على آل خليفة», though «مقدم» ends a name elsewhere («عمرو
// أديب مقدم برنامج»); or after «عبد», with ال: «حماده عبد الاحد فهيم».
// Not after «ابن», a son too («رضا ابن شقيق حمادة»), nor «أبي» («وافق
// آبي كذلك على»).
func (p *parser) functionAfterLink(k int) bool {
	l, w := p.bare(k-1), p.bare(k)
	if l == nil || w == nil || !w.function || w.report || utf8.RuneCountInString(p.text(k)) < 3 {
		return false
	}
	if !l.nasab && !(l.compound && p.text(k-1) == "عبد" && p.hasArticle(k, 0)) {
		return false
	}
	return p.nameWord(k+1) || p.rareName(k+1) || p.isWord(k+1) && !p.everyday(k+1)
}

// constructNoun reports whether token i, whose word is w, is a first name
// that is also a noun (stop.tsv, construct) before an everyday word with
// ال that no list has as a name: that noun in construct, whatever
// follows, «مالك العقار», «أمين الشباب», «عمر المباراة», «أمين العمل
// الجماهيري», «مالك العقار المنهار».
func (p *parser) constructNoun(i int, w *word) bool {
	return w.construct && p.familyAl(i+1) && p.everyday(i+1) && !strings.HasSuffix(p.text(i+1), "ي") && !p.nameListed(i+1)
}

// foreignFirst reports whether token i, alone or after the conjunction
// (clitic bytes long), is a listed first name w that no word of the
// lexicon is, as it stands or without the conjunction, and that a name
// word may follow: a name of another language, «ديفيد»,
// «كريستوفر», which Wikidata's names use less often than they use «جورج»
// but which, unlike «بيان» or «حياة», the lists hold as no common word.
//
// A word with ال does not go on such a name, which is seldom an Arab
// one: «طريق رمسيس المتفرع» is a road; nor does an everyday word that no
// list has as a name: «ميدان رمسيس بعيدا عن», «وشارع رمسيس عقب». Nor does
// a word of a two-word place begin one: «لوس أنجليس», «لوس انجليس».
func (p *parser) foreignFirst(i, clitic int, w *word) bool {
	if !w.first || w.variantPart || !p.isWord(i+1) || p.reading(i) != lexicon.Unknown || p.hasArticle(i+1, 0) {
		return false
	}
	if p.reading(i+1) == lexicon.AsItStands && !p.nameListed(i+1) || p.conjoined(i+1) {
		return false
	}
	if m, ok := p.gazetteer(i); ok && m.typ != "Person" {
		return false
	}
	return clitic == 0 || p.conjunction(i, clitic) && p.lexiconRead(p.text(i)[clitic:]) == lexicon.Unknown
}

// nameListed reports whether token k as it stands is a name word of the
// lists or a rarer Wikidata name token.
func (p *parser) nameListed(k int) bool {
	w := p.bare(k)
	return w != nil && w.name || p.rareName(k)
}

// givenNameGoesOn reads on from m, a listed person whose name ends with a
// first name or the second part of a compound one: Wikipedia lists
// people by their given names alone («زين الدين», «محمد علي», «نور
// الدين»), and a family name after one makes another person's name:
// «زين الدين زيدان», «محمد علي السعدي». A listed name that ends with a
// family name («جورج بوش») does not go on.
func (p *parser) givenNameGoesOn(m mention) (mention, bool) {
	last := p.bare(m.end - 1)
	if last == nil || !last.first && !last.second && !(last.alsoFirst && p.spelledAsName(m.end-1, last)) || last.common || last.link {
		return mention{}, false // a link last would take any word: «شينزو آبي ارتفعت»
	}
	if _, ok := p.titleAt(m.start); ok {
		return mention{}, false // some are listed with a title: «الملك فيصل»
	}
	if w := p.bare(m.start); m.clitic == 0 && (w == nil || !w.name && !w.first && !w.token && !w.link) && !(m.end-m.start == 2 && last.second) {
		// Nor may a word that is no name begin one («الدكتورة ليلى»),
		// but for the first part of a compound name: «عز الدين».
		return mention{}, false
	}
	if w := p.bare(m.start); w != nil && w.kunya && p.everyday(m.end) && !p.nameListed(m.end) {
		// A listed kunya is a whole name; an everyday word after it is
		// a word of the sentence: «وتفقد أبو مازن الجرحى».
		return mention{}, false
	}
	first := m.start
	end := p.longName(first, func(k int) bool { return k < m.end || p.nameGoesOn(first, k, false) })
	if end <= m.end {
		return mention{}, false
	}
	return mention{start: m.start, end: end + p.ordinalAt(end), clitic: m.clitic, typ: "Person"}, true
}

// joinedAbd reports whether w, the search form t, is a first name of the
// lists written as «عبد» and the name it joins: «عبدالله», «عبدالرحمن»,
// which no everyday word spells.
func joinedAbd(t string, w *word) bool {
	return w.first && strings.HasPrefix(t, "عبد") && utf8.RuneCountInString(t) > 4
}

// joinedCompound reports whether t, a word in search form, is a compound
// given name in «عبد» written as one word: «عبدالمقصود», «عبدالقوي», as
// «عبد المقصود» is two. No everyday word begins «عبدال».
func joinedCompound(t string) bool {
	rest, ok := strings.CutPrefix(t, "عبدال")
	return ok && utf8.RuneCountInString(rest) >= 3
}

// joinedName reads a name at token i that begins with a compound given
// name written as one word that no list has (joinedCompound), with the
// name words after it: «عبدالمقصود الجبالي», «عبدالرحمن أبوجامع». The
// lists hold the frequent ones as first names («عبدالرحمن», «عبدالعزيز»),
// which firstName reads.
func (p *parser) joinedName(i int) (mention, bool) {
	if p.everyday(i+1) && !p.nameListed(i+1) && !p.hasArticle(i+1, 0) {
		// Unlisted, the name holds no everyday word the lists lack
		// after it: «ما فعله عبدالواحد أنقذ الفريق», «وأبدى عبدالقوى
		// دهشته».
		return mention{}, false
	}
	end := p.longName(i, func(k int) bool { return p.nameGoesOn(i, k, true) })
	if end == i+1 {
		return mention{}, false
	}
	return mention{start: i, end: end + p.ordinalAt(end), typ: "Person"}, true
}

// afterPerson reports whether token i, after the conjunction و (clitic
// bytes long), comes right after a person's name: in a list of people a first
// name begins the next one («لمياء طارق وعبير أحمد», «وليد توفيق وفايز
// السعيد»), though alone it begins none.
func (p *parser) afterPerson(i, clitic int) bool {
	if clitic != len("و") || !strings.HasPrefix(p.text(i), "و") || len(p.mentions) == 0 {
		return false
	}
	m := &p.mentions[len(p.mentions)-1]
	return m.end == i && m.typ == "Person"
}

// everydayPeeled reports whether token i, as it stands or without its
// proclitic clitic bytes long, is a word the lexicon knows as it stands:
// «وملك» is و + «ملك», a king, and «فتوى» a fatwa, before they are the
// names a listed person begins with.
func (p *parser) everydayPeeled(i, clitic int) bool {
	return p.reading(i) == lexicon.AsItStands || p.lexiconRead(p.text(i)[clitic:]) == lexicon.AsItStands
}

// conjunction reports whether the proclitic of token i, clitic bytes
// long, is the conjunction و or ف alone.
func (p *parser) conjunction(i, clitic int) bool {
	t := p.text(i)
	return clitic == len("و") && (strings.HasPrefix(t, "و") || strings.HasPrefix(t, "ف"))
}

// ambiguousFirst reads a name that begins with a first name that is also
// a function word, «علي» (the search form of «على»), where the original
// spells it as the name and the next word is a link or a name the lists
// know: «علي عبد الله صالح», «وعلي لاريجاني», not «على الحدود».
func (p *parser) ambiguousFirst(i, clitic int) (mention, bool) {
	n := p.bare(i + 1)
	if n == nil || !p.spelledAsName(i, p.forms(i)[0].w) || p.hasArticle(i+1, 0) {
		return mention{}, false
	}
	if !n.link && !(n.name && n.nameish()) {
		return mention{}, false
	}
	end := p.runName(i, 3, func(k int) bool { return p.nameGoesOn(i, k, false) })
	if end == i+1 {
		return mention{}, false
	}
	return mention{start: i, end: end + p.ordinalAt(end), clitic: clitic, typ: "Person"}, true
}

// aliInName reports whether token k, «علي» right after the first word of
// a name at token j, is the father's name. Egyptian papers spell the name
// as the preposition «على» (spelledWithFinalAlif), which an object
// follows; the name it is
//   - before a title in apposition: «وقال ياسر على المتحدث الرسمي»,
//     «والمهندس عمرو على عضو الهيئة العليا»; not «وافق ياسر على
//     القرار», nor where the title is the next person's, «وعلق ياسر على
//     الرئيس مرسي», «هجوم مرتضى منصور على الرئيس مرسي» (the cost is
//     «وعلق ياسر على الرئيس» read as «ياسر على»). A word a title begins
//     with will do: «المتحدث الرسمي لرئاسة» though the title is
//     «المتحدث الرسمي باسم»;
//   - before a given name of the lists or a compound one: «محمد على
//     محمد», «محمد على عبد الله», «حسن على محمود». After a frequent
//     name token that is no given name of the lists, not before a word
//     with ال: «الإسلام حافظ على تراث الحضارات»;
//   - before a name word without ال that ends the clause or that a title
//     follows: «الدكتور عمار على حسن، الباحث», «الدكتور محمد على بشر
//     وزير التنمية»; not «وشدد عمار على حسن النية»;
//   - between a word and itself, a son named for his grandfather:
//     «الدكتور عزازى على عزازى», «نافع على نافع» (mirroredAli).
//
// But for the last, the first word is a given name of the lists or a
// frequent name token that is no common word: «عمرو», «حسن».
func (p *parser) aliInName(j, k int) bool {
	w := p.bare(k)
	if w == nil || !w.alsoFirst || !p.spelledWithFinalAlif(k, w) && !p.spelledAsName(k, w) {
		return false
	}
	if p.mirroredAli(j) {
		return true
	}
	first := p.bare(j)
	if first == nil || !first.first && !first.token || first.common || first.function {
		return false
	}
	if (p.firstNameAt(k+1) || p.compoundAt(k+1)) && (first.first || !p.hasArticle(k+2, 0)) {
		return true
	}
	if p.officeAfterAli(k + 1) {
		return true
	}
	n := p.bare(k + 1)
	if p.hasArticle(k+1, 0) || !p.nameWord(k+1) && !p.rareName(k+1) || n != nil && !n.nameish() {
		return false
	}
	return p.clauseEndsAt(k+2) || p.officeAfterAli(k+2)
}

// officeAfterAli reports whether a title in apposition begins at token k,
// after «علي» and the name: a word a title begins with, where the title
// is no one else's, as a name word after it would make it.
func (p *parser) officeAfterAli(k int) bool {
	n := p.bare(k)
	if n == nil || len(n.titles) == 0 || p.titleMisspelled(k, n) {
		return false
	}
	end, ok := p.titleAt(k)
	return !ok || !p.nameWord(end) && !p.t.familyNames[p.text(end)]
}

// mirroredAli reports whether token j, «علي» after it and the same word
// again after that are a name: «عزازي علي عزازي», «حسين على حسين». The word
// is one a name may hold, without ال or the accusative's alif («يوما على
// يوم» is no name in any case), and after it the clause ends or a title
// or a name word follows.
func (p *parser) mirroredAli(j int) bool {
	if j+2 >= len(p.toks) || p.text(j) != p.text(j+2) || !p.isWord(j+2) {
		return false
	}
	if a := p.bare(j + 1); a == nil || !a.alsoFirst {
		return false
	}
	if !p.nameish(j) || p.hasArticle(j, 0) || p.accusative(j) || utf8.RuneCountInString(p.text(j)) < 3 {
		return false
	}
	return p.clauseEndsAt(j+3) || p.officeAfterAli(j+3) || p.nameWord(j+3) || p.rareName(j+3)
}

// spelledWithFinalAlif reports whether token j, read as the first name w,
// is spelled as the function word w also is where that spelling ends in
// ى: Egyptian papers write a final ي so, and spell the name «علي» as the
// preposition «على».
func (p *parser) spelledWithFinalAlif(j int, w *word) bool {
	for _, s := range w.functionSpellings {
		if strings.HasSuffix(s, "ى") && p.spelledAs(j, []string{s}) {
			return true
		}
	}
	return false
}

// nameFollows reports whether a word of a name follows token j, a first
// name spelled as the function word it also is (spelledWithFinalAlif),
// after a title: a link, a name word without ال, or a family name with ال
// that is no everyday word: «الدكتور على جمعة», «اللواء على أبو زيد»;
// but «الرئيس على هامش», «الوزير على الاستفسارات». A name word that is
// an everyday word too ends the name before a function word, a title or
// the end of the clause, or goes on with a name word: «الدكتور على جمعة
// الذي», but «الوزير على حسن سير العمل».
func (p *parser) nameFollows(j int) bool {
	k := j + 1
	if p.hasArticle(k, 0) {
		return p.familyShaped(k) && !p.everyday(k)
	}
	n := p.bare(k)
	link := n != nil && n.link
	if !link && !(n != nil && n.name && n.nameish()) && !p.compoundFirst(k) && !(n == nil && p.rareName(k)) {
		return false
	}
	if link || !p.everyday(k) || !p.isWord(k+1) || p.nameWord(k+1) {
		return true
	}
	if _, ok := p.titleAt(k + 1); ok {
		return true
	}
	m := p.bare(k + 1)
	return m != nil && m.function
}

// spelledAsName reports whether the original may spell token i, read as
// w, as a name: not as stop.tsv spells w as a function word («على»,
// «أمام») unless a clause ends after it, where no preposition stands
// (Egyptian papers spell the name «علي» as the preposition: «وقال ياسر
// على، المتحدث», «ياسر على: لا تعديل», «قال خالد على إن»), and as the
// first-name lists spell the name where they spell it otherwise than its
// search form («إمام», not «امام»), after any proclitic and without
// diacritics.
func (p *parser) spelledAsName(i int, w *word) bool {
	if p.spelledAs(i, w.functionSpellings) && !p.clauseEndsAt(i+1) {
		return false
	}
	return len(w.nameSpellings) == 0 || p.spelledAs(i, w.nameSpellings)
}

// pronounRead reports whether token i, read as the first name w, is
// spelled as stop.tsv spells w where it is a word with an attached pronoun
// (pronoun), and no word of a name follows it. Such a word is a name word
// of the lists or a rarer name token that is no nationality adjective, a
// compound in «عبد» written as one word, a name spelled as only the name
// is («إمام»), «ذو» and a word with ال, a word the lexicon does not know,
// or a family name with ال in ي that is no everyday word. «طلبوا منى
// التدخل» is "asked me", «مع ناديه المريخ» "with his club Al-Merrikh";
// «منى الشاذلي» is a name, and «نادية» is the name however it goes on.
// After a title nameRun reads only the word alone so: «الدكتورة منى
// العقاد» is a name, «رئيس ناديه» is not.
func (p *parser) pronounRead(i int, w *word) bool {
	if len(w.pronounSpellings) == 0 || !p.spelledAs(i, w.pronounSpellings) {
		return false
	}
	k := i + 1
	if !p.isWord(k) || p.nisbaAt(k) {
		return true // «رئيس ناديه،», «مع ناديه السعودى»
	}
	if n := p.bare(k); p.nameWord(k) || p.rareName(k) || n != nil && (joinedAbd(p.text(k), n) || n.alsoFirst && p.spelledAsName(k, n)) {
		return false // «منى عبدالغني», «منى إمام»
	}
	if p.text(k) == "ذو" && p.hasArticle(k+1, 0) {
		return false // a compound family name: «منى ذو الفقار»
	}
	if p.hasArticle(k, 0) {
		return !strings.HasSuffix(p.text(k), "ي") || p.everyday(k)
	}
	return p.reading(k) != lexicon.Unknown
}

// spelledAsNames reports whether spelledAsName holds for each token from
// i to end.
func (p *parser) spelledAsNames(i, end int) bool {
	for k := i; k < end; k++ {
		if w := p.bare(k); w != nil && !p.spelledAsName(k, w) {
			return false
		}
	}
	return true
}

// spelledAs reports whether the original spells token i as one of
// spellings, after any proclitic and without diacritics.
func (p *parser) spelledAs(i int, spellings []string) bool {
	if p.article == nil || len(spellings) == 0 {
		return false
	}
	_, _, bs, be := p.article.OriginalRange(p.toks[i].Start, p.toks[i].End())
	var b [32]byte
	letters := b[:0]
	for _, r := range p.article.Original[bs:be] {
		if !(r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640) { // harakat, dagger alif, tatweel
			letters = utf8.AppendRune(letters, r)
		}
	}
	for _, s := range spellings {
		if strings.HasSuffix(string(letters), s) {
			return true
		}
	}
	return false
}

// nameGoesOn reports whether token k may follow the first word of a name
// at token j: a name word, a rarer name token, or a word with ال
// («الكاظمي»), but for an everyday one after a foreign name word past the
// first (foreignName) or after a person the lists name by one word
// (listedAlone); a word that neither the tables nor the lexicon of everyday
// words know («جان مارك أيرولت», «فيكتوريا نولاند»); and, if
// unknownSecond, as the second word any word no table knows («محمد
// بنيس», «عبد الله بلخير»): Arab family names are often everyday words;
// not a present-tense verb, nor after a foreign first word an everyday
// word behind a preposition («الرئيس شيراك سيقرر»). Every one of them
// must not have the shape of a common word (nameish). Past the second
// word an everyday word ends the name: «ناجي صبري عقد»; so does a word with
// ال that begins a title of two words or more, which is the person's office
// («محمود عفيفي المنسق العام»). A nationality
// adjective after an Arab name word is a family name (nisbaSurname), as is
// one without ال that is a name word too (nisbaNameToken), and so is an
// epithet of praise after a link («عبد الشهيد»).
func (p *parser) nameGoesOn(j, k int, unknownSecond bool) bool {
	if p.nisbaSurname(k) || p.nisbaNameToken(k) {
		return true
	}
	if l, w := p.bare(k-1), p.bare(k); l != nil && l.link && w != nil && w.qualifier && strings.HasPrefix(p.text(k), "ال") {
		return true // «عبد الشهيد»: after a link, an epithet of praise is a name
	}
	if p.functionAfterLink(k) {
		return true
	}
	if k == j+1 && p.foreignW(j, k) {
		return true
	}
	if p.givenInName(j, k) {
		return true
	}
	if k == j+1 && p.aliInName(j, k) || k == j+2 && p.mirroredAli(j) {
		return true
	}
	if !p.nameish(k) || p.listedOther(k) || p.conjoined(k) || p.countryEndsName(j, k) {
		return false // «بوش ولا», «أوباما وجون كيري», «حبيب العادلي وأن»
	}
	if t := p.text(k); strings.HasPrefix(t, "لل") && utf8.RuneCountInString(t) >= 5 && !p.nameWord(k) && !p.rareName(k) {
		return false // «الملك عبد الله للطاقة»: ل before ال begins no name word
	}
	n := p.bare(k)
	if l := p.bare(k - 1); n != nil && n.role && (l == nil || !l.link) && p.officeOf(k+1) && !p.titleAsItStands(k+1) {
		// «سهل بن حنيف أمير المدينة»: the office, no family name; before
		// a title it is a name, «إبراهيم نجم المستشار الإعلامي».
		return false
	}
	if e, ok := p.titleAt(k); ok && e-k >= 2 {
		// «إيهاب خاطر المنسق العام»: the office, no family name;
		// «صادق آية الله الخميني»: a verb and a title.
		return false
	}
	if p.hasArticle(k, 0) {
		if p.feminineNoun(k) {
			if w := p.bare(k - 1); w == nil || !w.first {
				return false
			}
		}
		if p.commonNoun(k) {
			return false // «عبد اللطيف المواطنين», «إنصاف المتظاهرين»
		}
		if k-1 == j && p.everyday(k) && !p.nameListed(k) && p.listedAlone(j) {
			// A person the lists name by one word, a surname, is named
			// in full: an everyday word with ال after it is the
			// sentence's («وقال كيري اليمين», «أوباما الكثير»).
			return false
		}
		return k-1 == j || !p.foreignName(k-1) || !p.everyday(k)
	}
	if k-1 == j && n == nil && p.everyday(k) && !p.rareName(k) && p.shortForm(j) {
		// Nor, after the short form of a listed person's longer name, does
		// an everyday word without ال that no list has as a name: «وأعلن
		// الرئيس بوش حالة طوارئ» (but «يوحنا قلته», where «يوحنا» is a
		// name of its own).
		return false
	}
	if n == nil && p.reading(k) == lexicon.AsItStands && p.constructHead(k) {
		// A noun in construct with a word with ال is no family name but
		// what the sentence says next: «ويرأس الإمام عبدالله لجنة
		// المسجد», «وأبدى الوزير سلطان استغرابه الشديد».
		return false
	}
	if n != nil && (n.name || n.personStart) || p.rareName(k) {
		return true // «صادق لاريجاني» though «لاريجاني» is listed alone
	}
	if n != nil && n.alsoFirst && len(n.nameSpellings) > 0 && p.spelledAsName(k, n) {
		return true // «عادل إمام»: spelled as the preposition «أمام» never is
	}
	if n != nil && (k == j+1 && p.townAsSurname(j, k) || p.locatedSurname(k)) {
		return true
	}
	if n != nil && p.compoundFirst(k) {
		return true // «اللواء أمين عز الدين»: «عز» is no name alone
	}
	if n != nil {
		return false
	}
	if k == j+1 && p.purposeLam(k) {
		return false // «كلفنا الكتاتنى وعزت لبحث مبادرات القوى»
	}
	second := j + 1
	if w := p.bare(j); w != nil && w.link {
		second++ // «عبد الله بلخير»
	}
	if w := p.bare(second); w != nil && w.link {
		second++ // «زيد بن حارث»
	}
	if unknownSecond && k == second {
		// Any word, but for a verb of the present tense, which begins
		// with ي or ت: «سارة تلد», «خاتمي يمثل». A word after a link is
		// a name («أبو تريكة»).
		if l := p.bare(k - 1); l == nil || !l.link {
			if r, _ := utf8.DecodeRuneInString(p.text(k)); (r == 'ي' || r == 'ت') && p.everyday(k) {
				return false
			}
		}
		if p.accusative(k) {
			return false // «عين حسام رئيسا للجنة»
		}
		if t := p.text(k); strings.HasSuffix(t, "ات") && utf8.RuneCountInString(t) >= 6 && p.everyday(k) {
			// A plural: «فى صالح جماعات الإسلام السياسي», «وجه فابيوس
			// انتقادات». A shorter word in ات is a family name as often:
			// «نشأت», «عنايات», «فرزات».
			return false
		}
		if t := p.text(k); (strings.HasPrefix(t, "ب") || strings.HasPrefix(t, "ل")) && !strings.HasPrefix(t, "بن") {
			// A listed place or body behind ب or ل is where the person
			// is or what the sentence says: «الأنبا بيشوي بوادي النطرون»,
			// «علاء بشندي». Not a Maghrebi family name in «بن»: «محمد
			// بنيس» is no «ب» and «نيس».
			if m, ok := p.gazetteer(k); ok && m.clitic > 0 && m.typ != "Person" {
				return false
			}
		}
		if k == j+1 && p.foreignName(j) && strings.HasSuffix(p.text(k), "ه") && p.reading(k) == lexicon.AsItStands {
			// Nor does a foreign name with an everyday word in ة or a
			// pronoun: the verb's object follows the subject («أكدت
			// باترسون رغبة», «أعلن تشافيز عودته»), as an Arab family
			// name in ة does not («حسن نافعة»).
			return false
		}
		if k != j+1 || !p.prepositional(k) {
			return true
		}
		if p.foreignName(j) {
			// A foreign name does not go on with an everyday word behind
			// a proclitic: «الرئيس شيراك سيقرر», «الرئيس شافيز بتصريح».
			return false
		}
		// Nor does an Arab one with a noun in ة or ات, or a word of five
		// letters or more, behind ل or ب («محمد بطلقة», «الشيخ زايد
		// بمساحة»); a foreign family name may look like ل or ب and a
		// short word («فيليب لاليو», «برتون»), and Maghrebi ones begin
		// with «بن» («حسناء بنحسي»).
		t := p.text(k)
		_, size := utf8.DecodeRuneInString(t)
		rest := t[size:]
		feminine := strings.HasSuffix(rest, "ه") || strings.HasSuffix(rest, "ات")
		if strings.HasPrefix(t, "س") || strings.HasPrefix(t, "بن") && (!feminine || p.sonOfName(t[len("بن"):])) {
			return true // «محمد بنطلحة», not «سليم بنسبة 100%»
		}
		return !(feminine || utf8.RuneCountInString(rest) >= 5 && !strings.HasSuffix(rest, "ين") && !strings.HasSuffix(rest, "ون"))
	}
	if len(p.forms(k)) > 0 || p.familyAl(k-1) && (!p.compoundSecond(k-1) || behindProclitic(p.text(k))) {
		// A word the tables know after a proclitic is that word («محمد
		// عبد الرحمن بالجيزة», «أحمد فهمي لرويترز»), and a family name
		// with ال ends a name («عبد الفتاح السيسي بجضور»), but for the
		// second part of a compound first name: «علاء الدين بروجردي», not
		// «صلاح الدين بالمنيل».
		return false
	}
	// Nor does a country, an organization or a curated place begin such a
	// name: «فرنسا مازالت», «واشنطن ووتش». The towns of the generated
	// lists may: many are first names too («كلاوس», «كيت»).
	if m, listed := p.gazetteer(j); listed && m.typ != "Person" && !(m.entry != nil && m.entry.rank > 0 && minorPlace(m.typ)) {
		return false
	}
	return !p.everyday(k) // the lexicon last: it costs the most
}

// sonOfName reports whether w, what follows «بن» in a Maghrebi family
// name written as one word, is a name: a name word of the tables
// («طلحة» of «بنطلحة») or no word of the dictionary; «سبة» of «بنسبة» is
// a word. A name whose rest the dictionary spells is lost («بنونة»: «ونة»
// is و and «نه»).
func (p *parser) sonOfName(w string) bool {
	h := wordtable.Hash(w)
	if x := p.t.get(w, h); x != nil && (x.name || x.first) && !x.common {
		return true
	}
	if _, rare := p.t.rare.GetHashed(w, h); rare {
		return true
	}
	return p.lexiconRead(w) == lexicon.Unknown
}

// purposeLam reports whether token k, a word no name list has, is ل and
// a word of the dictionary of three letters or more: the purpose of what
// the sentence says, not a family name («وعزت لبحث», «القديس بطرس
// لحضور», «شوقي ليصبح»). Foreign family names begin with «لا», «لو» and
// a short «لي»: «يائير لابيد», «مارين لوبن», «كارل ليفن».
func (p *parser) purposeLam(k int) bool {
	rest, ok := strings.CutPrefix(p.text(k), "ل")
	if !ok || p.nameWord(k) || p.rareName(k) || p.nameListed(k) {
		return false
	}
	n := utf8.RuneCountInString(rest)
	if r, _ := utf8.DecodeRuneInString(rest); r == 'ا' || r == 'و' || r == 'ل' || n < 3 || r == 'ي' && n < 4 {
		return false
	}
	return p.lexiconRead(rest) != lexicon.Unknown
}

// officeOf reports whether token k may complete a noun of office
// (stop.tsv, role) in construct: an everyday word with ال that no list has
// as a name and that is no nationality adjective, a listed place or body,
// or the head of a place's or a body's name: «أمير المدينة», «ملك مصر»,
// «إمام مسجد عمر مكرم». So may a second office after و that shares the
// construct, an everyday word that no list has: «إمام وخطيب مسجد».
func (p *parser) officeOf(k int) bool {
	return p.officeWord(k) || strings.HasPrefix(p.text(k), "و") && len(p.forms(k)) == 0 && p.reading(k) == lexicon.AfterClitic && p.officeWord(k+1)
}

// officeWord is officeOf without the second office after و.
func (p *parser) officeWord(k int) bool {
	if w := p.bare(k); w != nil && w.function {
		return false // «إلى», whose search form «الي» begins as ال does
	}
	if p.hasArticle(k, 0) && p.everyday(k) && !p.nameListed(k) && !p.nisbaAt(k) {
		return true
	}
	if w := p.bare(k); w != nil && w.head != nil {
		return true
	}
	if t := p.text(k); tradesPlural(t) && utf8.RuneCountInString(t) >= 5 && p.reading(k) == lexicon.AsItStands && !p.nameListed(k) && !p.nisbaAt(k) {
		// A plural of the trades without ال: «علي محمد كبير محررين»,
		// «ريك سبونر كبير محللي السوق».
		return true
	}
	return p.listedBody(k)
}

// tradesPlural reports whether t has the shape of a sound masculine
// plural, «محررين», «مذيعون», or of a participle's plural in construct,
// «محللي», «مستشاري»: the people of a trade.
func tradesPlural(t string) bool {
	if strings.HasSuffix(t, "ين") || strings.HasSuffix(t, "ون") {
		return true
	}
	return strings.HasPrefix(t, "م") && (strings.HasSuffix(t, "ي") || strings.HasSuffix(t, "ى"))
}

// listedBody reports whether token k as it stands begins a listed place
// or body.
func (p *parser) listedBody(k int) bool {
	m, ok := p.gazetteer(k)
	return ok && m.typ != "Person" && m.clitic == 0
}

// shortForm reports whether token i is a person the lists name by that
// one word, as the short form of a longer name: «بوش» of «جورج دبليو بوش».
func (p *parser) shortForm(i int) bool {
	m, ok := p.gazetteer(i)
	return ok && m.typ == "Person" && m.end == i+1 && len(m.entry.words) == 1 && strings.Contains(m.entry.name, " ")
}

// listedAlone reports whether token i is a person the lists name by that
// one word: «كيري», «بلير».
func (p *parser) listedAlone(i int) bool {
	m, ok := p.gazetteer(i)
	return ok && m.typ == "Person" && m.end == i+1 && len(m.entry.words) == 1
}

// bylineAt returns the end of the byline that begins at token i, the
// reporter's name, two or three words: on a line of its own, after the
// headline and before the text; after «كتب» or «كتبت» and a dash, before
// a colon, «كتبت - راتان جميل:»; or after a dateline and a dash, before a
// colon or the line's end, «قنا - حسان عبداللطيف:». On a line of its own
// the first word is a first name of the lists that is no common word.
// After a dash it is any first name or name token of the lists, or any
// other word that may be part of a name: «راتان», «صهيب», «ندا». The
// others are words of a name, or «على», which on such a line is the
// name Ali, however it is spelled: «مروة على», «فاتن غلاب», «ندى عبد
// الرحمن». A line with a country («جمال مصر») or a listed place or body
// of more than one word, or whose words a title, a head, a nationality
// adjective or the conjunction is, is no byline; nor is «كتب - محرر
// مصراوي:», the site's editor.
func (p *parser) bylineAt(i int) (int, bool) {
	afterDash := i >= 2 && p.toks[i-1].Text == "-" && (wroteBy(p.text(i-2)) || p.datelineBefore(i-1))
	if !afterDash && i > 0 && p.toks[i-1].Kind != token.Break {
		return 0, false // most tokens: neither kind of byline
	}
	end := i
	for end < len(p.toks) && p.toks[end].Kind == token.Word && end-i < 4 {
		end++
	}
	if end-i < 2 || end-i > 3 || end >= len(p.toks) {
		return 0, false
	}
	w := p.bare(i)
	if w != nil && (w.function || len(w.titles) > 0 || w.head != nil || w.nisba != nil) || p.hasArticle(i, 0) {
		return 0, false
	}
	if m, ok := p.gazetteer(i); ok && m.typ != "Person" && !minorPlace(m.typ) {
		// A listed body: «القاهرة - أ ش أ». A town of the lists is as
		// often named after a man, and on a byline's line is one.
		return 0, false
	}
	switch {
	case afterDash:
		// A dateline's byline may end with the line; «كتب»'s ends with
		// a colon.
		if p.toks[end].Text != ":" && !(p.toks[end].Kind == token.Break && !wroteBy(p.text(i-2))) {
			return 0, false
		}
		if !p.nameish(i) && !(w != nil && (w.first || w.alsoFirst || w.token)) {
			return 0, false
		}
	default:
		if p.toks[end].Kind != token.Break || w == nil || !w.first || w.common {
			return 0, false
		}
		more := false // the article's text after the line
		for k := end + 1; k < len(p.toks) && !more; k++ {
			more = p.toks[k].Kind == token.Word
		}
		if !more {
			return 0, false
		}
	}
	for k := i; k < end; k++ {
		if utf8.RuneCountInString(p.text(k)) < 2 {
			return 0, false // letters: «ش أ», a misspelt «أ ش أ»
		}
	}
	for k := i + 1; k < end; k++ {
		t := p.text(k)
		if t == "على" || t == "علي" {
			continue
		}
		if w := p.bare(k); w != nil && w.compound && k+1 < end {
			continue // «دعاء أبو النصر», «أحمد عبد الحميد»: a compound
		}
		if l := p.bare(k - 1); k-1 > i && l != nil && l.compound {
			continue // which takes any word after it
		}
		if w := p.bare(k); strings.HasPrefix(t, "و") && (w == nil || !w.name) {
			return 0, false // «مريم وبس»: the conjunction
		}
		if !p.nameish(k) || p.listedOther(k) || p.country(k) {
			return 0, false
		}
	}
	return end, true
}

// datelineBefore reports whether the line that the dash at token d
// stands in begins with a place of the lists that ends at the dash: the
// dateline before a byline, «قنا - حسان عبداللطيف:», «كفر الشيخ -».
func (p *parser) datelineBefore(d int) bool {
	k := d - 1
	for k > 0 && k > d-4 && p.toks[k-1].Kind == token.Word {
		k--
	}
	if k > 0 && p.toks[k-1].Kind != token.Break || !p.isWord(k) {
		return false
	}
	m, ok := p.gazetteer(k)
	return ok && m.end == d && m.clitic == 0 && (minorPlace(m.typ) || m.typ == "Country")
}

// wroteBy reports whether w is the verb a byline begins with: «كتب»,
// «كتبت».
func wroteBy(w string) bool { return w == "كتب" || w == "كتبت" }

// foreignW reports whether token k, after the first name at token j, is a
// foreign family name that begins with W, written و: «روبرت واتكنز»,
// «مايك وولدريج». The first name is one of the lists that the lexicon does
// not know («روبرت», not «نور»), and the family name a word that no table has
// and the lexicon knows neither as it stands nor behind the conjunction,
// without ال: «أيمن نور والكتاتني» is two people.
func (p *parser) foreignW(j, k int) bool {
	t := p.text(k)
	if !strings.HasPrefix(t, "و") || strings.HasPrefix(t, "وال") || utf8.RuneCountInString(t) < 4 {
		return false
	}
	if w := p.bare(j); w == nil || !w.first || w.common || p.reading(j) != lexicon.Unknown {
		return false
	}
	return len(p.forms(k)) == 0 && p.reading(k) == lexicon.Unknown
}

// conjoined reports whether token k is the conjunction و and a word: a
// word of one or two letters («ولا», «ولم»), a name the lists know, which
// begins the next name («وجون»), a common or function word of the tables
// («والف»), or the head of a construct with an everyday word with ال
// («ورجل الأعمال»). A name goes on with no other word in و, nor with a
// name token in و: «وصفي», «وحيش», «وجيه» are family names as often.
func (p *parser) conjoined(k int) bool {
	t := p.text(k)
	rest, ok := strings.CutPrefix(t, "و")
	if !ok {
		return false
	}
	if utf8.RuneCountInString(rest) <= 2 {
		return true
	}
	if w := p.bare(k); w != nil && (w.name || w.first) || p.rareName(k) {
		return false // «شهاب وجيه»: a name that begins with و
	}
	if len(p.forms(k)) == 0 && p.reading(k) == lexicon.AfterClitic && p.lexiconRead(rest) == lexicon.AsItStands && !p.foreignName(k-1) {
		// A word the lexicon reads only as و and a word is the
		// conjunction and that word: «الخارجين على عثمان وقتل من». Not
		// after a word that may be a foreign name (foreignName), whose
		// family name may begin with و; after a listed first name this
		// loses one: «كريس ويدج».
		return true
	}
	for _, f := range p.forms(k) {
		// A name after و begins the next name, but for a word the
		// lexicon reads as it stands, a family name as often: «شهاب
		// وجيه», «مصطفى وهبة».
		if f.w.common || f.w.function || f.clitic == len("و") && (f.w.name || f.w.first) && p.reading(k) != lexicon.AsItStands {
			return true
		}
	}
	return p.hasArticle(k+1, 0) && p.everyday(k) && p.everyday(k+1) && !p.nisbaAt(k+1)
}

// accusative reports whether token k is a title in the indefinite
// accusative, with the alif of tanween: «مديرا», «رئيسا», «عضوا», what a
// person is appointed as, not a family name. A name the lists know is no
// such word: «رضا».
func (p *parser) accusative(k int) bool {
	stem, ok := strings.CutSuffix(p.text(k), "ا")
	if !ok || p.rareName(k) {
		return false
	}
	if w := p.bare(k); w != nil && w.name {
		return false
	}
	w := p.t.get(stem, wordtable.Hash(stem))
	return w != nil && len(w.titles) > 0
}

// nisbaSurname reports whether token k, a masculine nationality adjective
// with ال, is the family name of the Arab name before it: «فيصل السويدي»,
// «حمادة المصري». An adjective of nationality comes before the name
// («الكاتب المصري توفيق الحكيم»); after a foreign one it is what the
// sentence says of the person («فيدرر السويسري»).
func (p *parser) nisbaSurname(k int) bool {
	t := p.text(k)
	if !strings.HasPrefix(t, "ال") || !strings.HasSuffix(t, "ي") || !p.nisbaAt(k) {
		return false
	}
	w := p.bare(k - 1)
	if w == nil || !w.name || w.common || p.foreignName(k-1) || strings.HasPrefix(p.text(k-1), "ال") {
		return false
	}
	// Nor after a place: «ميلان الإيطالي», «ليون الفرنسي» are clubs.
	m, listed := p.gazetteer(k - 1)
	return !listed || m.typ == "Person"
}

// nisbaNameToken reports whether token k, a nationality adjective without
// ال that is a first name or a frequent Wikidata name token too, is a
// surname: after a first name or a name token it is («راشيل كوري», «محمد تركي»), after a noun the adjective
// («جندي كوري»).
func (p *parser) nisbaNameToken(k int) bool {
	w, l := p.bare(k), p.bare(k-1)
	return w != nil && w.nisba != nil && (w.token || w.first) && !w.common && !strings.HasPrefix(p.text(k), "ال") &&
		l != nil && (l.first || l.token) && !l.common && !l.function
}

// nisbaNamed reports whether token j, a nationality adjective without ال
// that is a first name or a name token too, is the name after a word with
// ال, which an adjective without ال does not agree with: «الأمير تركي
// الفيصل», not «الأمير التركي».
func (p *parser) nisbaNamed(j int) bool {
	w := p.bare(j)
	return w != nil && w.nisba != nil && (w.first || w.token) && !w.common && !p.hasArticle(j, 0) && p.isWord(j-1) && p.hasArticle(j-1, 0)
}

// feminineNoun reports whether token k is an everyday word with ال in
// ة: a noun more often than a family name («أدى الخدمة», «تأمر
// النيابة»), which after a first name it may be («فاروق العقدة»).
func (p *parser) feminineNoun(k int) bool {
	t := p.text(k)
	return strings.HasPrefix(t, "ال") && strings.HasSuffix(t, "ه") && !strings.HasSuffix(t, "له") && p.everyday(k)
}

// commonNoun reports whether token k is an everyday word with ال that a
// family name never is: a plural or a dual in ين, or a verbal noun of a
// derived form (verbalNounShaped). It must be no name of the lists and
// not the second part of a compound name after a link or a first word
// («أبو العينين», «زين العابدين», «سيف الإسلام»). After a name the word is
// the sentence's: «عبد اللطيف المواطنين», «حلمي الجزار القياديين»,
// «واقترحت السفيرة ليلى عمارة الإسراع في».
func (p *parser) commonNoun(k int) bool {
	t := p.text(k)
	if !strings.HasPrefix(t, "ال") || !strings.HasSuffix(t, "ين") && !verbalNounShaped(t[len("ال"):]) || !p.everyday(k) || p.nameListed(k) {
		return false
	}
	if w := p.bare(k); w != nil && (w.second || w.nisba != nil) {
		return false
	}
	l := p.bare(k - 1)
	return l == nil || !l.link
}

// verbalNounAfterDefinite reports whether token k is a verbal noun with ال
// (verbalNounShaped), an everyday word of no list, right after another
// word with ال. A definite noun takes no complement, so the verbal noun is
// no part of the name that word ends but the sentence's, the verb's
// object: «ورفضت وزارة الداخلية التعليق», «وتولت قوات الأمن الإفراج»;
// an adjective goes on («المحكمة الإدارية العليا»). Two shapes are also
// an adjective's, and are read as a verbal noun only as the original
// tells them apart: إفعال is the plural أفعال too where the search form
// drops the hamza («حزب الديمقراطيين الأحرار»), so it must be written
// with «إ»; and تفعيل with ة is an adjective («جامعة الشرق الأوسط
// التقنية»).
func (p *parser) verbalNounAfterDefinite(k int) bool {
	t := p.text(k)
	if !strings.HasPrefix(t, "ال") || !strings.HasPrefix(p.text(k-1), "ال") {
		return false
	}
	bare := t[len("ال"):]
	if !verbalNounShaped(bare) || strings.HasSuffix(bare, "ه") {
		return false
	}
	if utf8.RuneCountInString(bare) == 5 && strings.HasPrefix(bare, "ا") && !p.hamzaBelow(k, len("ال")) {
		return false
	}
	if w := p.bare(k); w != nil && (w.name || w.second || w.nisba != nil) {
		return false
	}
	return p.everyday(k) && !p.nameListed(k)
}

// verbalNounShaped reports whether the search form w (no ال) has the shape
// of the verbal noun of a derived verb: إفعال («إسراع», «إعلان»), افتعال
// («احتفال»), انفعال («انسحاب»), استفعال («استقبال») or تفعيل («تحقيق»).
// The search form writes إ as ا.
func verbalNounShaped(w string) bool {
	var rs [8]rune
	n := 0
	for _, r := range w {
		if n == len(rs) {
			return false
		}
		rs[n] = r
		n++
	}
	switch n {
	case 5:
		return rs[0] == 'ا' && rs[3] == 'ا' || rs[0] == 'ت' && rs[3] == 'ي'
	case 6:
		return rs[0] == 'ا' && (rs[2] == 'ت' || rs[1] == 'ن') && rs[4] == 'ا'
	case 7:
		return rs[0] == 'ا' && rs[1] == 'س' && rs[2] == 'ت' && rs[5] == 'ا'
	}
	return false
}

// foreignPairs reads two rarer Wikidata name tokens in a row, neither a
// word of the lexicon nor of the other tables, as a person: «سيغموند
// فرويد». One alone is too often a word.
func (p *parser) foreignPairs() {
	scanned := len(p.mentions)
	for _, k := range p.pairAt {
		i := int(k)
		if p.claimed[i] || p.claimed[i+1] || len(p.mentions) > scanned && p.mentions[len(p.mentions)-1].end > i {
			continue
		}
		if !p.hasArticle(i, 0) && p.rareName(i) && p.rareName(i+1) && p.reading(i) != lexicon.AsItStands && p.reading(i+1) != lexicon.AsItStands {
			p.mentions = append(p.mentions, mention{start: i, end: i + 2, typ: "Person"})
		}
	}
	for _, m := range p.mentions[scanned:] {
		p.claimed[m.start], p.claimed[m.start+1] = true, true
	}
}

// apposedNames reads the names that an office follows in apposition
// where no rule read them, as apposedName does after a verb of saying:
// «ويركز جورفان فييرا المدير الفني», «التقى مكي ستافروس لامبرنديس
// المبعوث». The name is the longest run of two to four unread words
// before the office that apposedName reads up to it; its first word has
// no ال, is no word the tables know only behind a proclitic, and comes
// right after no unread name word, where the name would have begun.
func (p *parser) apposedNames() {
	scanned := len(p.mentions)
	for _, k := range p.starts {
		j := int(k)
		if j < 2 || p.claimed[j] {
			continue
		}
		if s := &p.slots[j]; s.n == 0 || s.forms[0].clitic > 0 || len(s.forms[0].w.titles) == 0 {
			continue // no office as it stands
		}
		end := j
		if p.comma(j - 1) {
			end = j - 1
		}
		// Cheap tests first: most offices follow a word that is no name's.
		if end < 2 || p.claimed[end-1] || !p.isWord(end-1) || !p.isWord(end-2) {
			continue
		}
		if w := p.bare(end - 1); w != nil && (w.function || w.common || w.head != nil || len(w.titles) > 0) || !p.apposition(j, true) {
			continue
		}
		for start := max(0, end-4); start <= end-2; start++ {
			if !p.isWord(start) || p.hasArticle(start, 0) || slices.Contains(p.claimed[start:end], true) {
				continue
			}
			if w := p.bare(start); w == nil && len(p.forms(start)) > 0 || !p.nameish(start) && (w == nil || !w.alsoFirst) {
				continue
			}
			if start > 0 && !p.claimed[start-1] && p.nameWord(start-1) && p.nameish(start-1) && !p.hasArticle(start-1, 0) {
				continue // the name began before: «محمدين رجب صاحب ميكروباص»
			}
			if n, ok := p.apposedName(start, true); ok && n == end {
				p.mentions = append(p.mentions, mention{start: start, end: end, typ: "Person"})
				break
			}
		}
	}
	for _, m := range p.mentions[scanned:] {
		for k := m.start; k < m.end; k++ {
			p.claimed[k] = true
		}
	}
}

// conjoinedNames reads a list of people on from a full name: after a
// person of two words or more, the conjunction and two words that no
// table and no dictionary knows, before a list's next word or its end,
// are the next person: «غانلويغي بوفون وغانلوكا زامبروتا»,
// «ستيفن جيرارد ( 13 ) وجيرماين ديفو». Each one read so may begin the
// next. A word of the lists ends the run: the other rules read it.
func (p *parser) conjoinedNames() {
	for k := 0; k < len(p.mentions); k++ {
		m := p.mentions[k]
		if m.typ != "Person" || m.end-m.start < 2 {
			continue
		}
		i := p.afterNumbers(m.end)
		if !p.conjoinedForeign(i) && !p.conjoinedFirst(i) {
			continue
		}
		p.mentions = append(p.mentions, mention{start: i, end: i + 2, clitic: len("و"), typ: "Person"})
		p.claimed[i], p.claimed[i+1] = true, true
	}
}

// afterNumbers returns the token after numbers in brackets at token i,
// a player's goals or minutes in a list of scorers («جيرارد ( 13 )»,
// «فيا ( 44 و62 )»), or i where there are none.
func (p *parser) afterNumbers(i int) int {
	if i >= len(p.toks) || p.toks[i].Text != "(" {
		return i
	}
	for k := i + 1; k < len(p.toks) && k < i+8; k++ {
		switch t := p.toks[k]; {
		case t.Text == ")":
			if k > i+1 {
				return k + 1
			}
			return i
		case t.Kind != token.Number && t.Text != "و" && t.Text != "،" && t.Text != ",":
			return i
		}
	}
	return i
}

// conjoinedForeign reports whether token i is the conjunction and a word,
// and token i+1 a word, that no table and no dictionary knows, neither
// with ال and the second not behind the conjunction too («وأوسيم
// والبدرشين» are two towns), with no word after them or one that begins
// the list's next item (the conjunction) or a function word: the name of
// a person in a list.
func (p *parser) conjoinedForeign(i int) bool {
	if !p.isWord(i) || !p.isWord(i+1) || p.claimed[i] || p.claimed[i+1] {
		return false
	}
	rest, ok := strings.CutPrefix(p.text(i), "و")
	if !ok || utf8.RuneCountInString(rest) < 3 || strings.HasPrefix(rest, "ال") || !p.foreignWord(i, 4) || p.lexiconRead(rest) != lexicon.Unknown {
		return false
	}
	if t := p.text(i + 1); utf8.RuneCountInString(t) < 3 || strings.HasPrefix(t, "و") || !p.foreignWord(i+1, 3) || p.reading(i+1) != lexicon.Unknown {
		return false
	}
	if p.isWord(i + 2) {
		w := p.bare(i + 2)
		return strings.HasPrefix(p.text(i+2), "و") || w != nil && w.function
	}
	return true
}

// conjoinedFirst reports whether token i is the conjunction and a listed
// first name or Wikidata name token, and token i+1 a word without ال that
// no other table reads, before a list's next word, its end or a function
// word: the next person of a list, whose family name may be an everyday
// word: «محمد بنطلحة وصلاح بوسريف وحسن نجمي .». A first name that is also
// a common word reads none, nor does a function word after it
// («وعبدالحليم علي»: «علي» is «على» too).
func (p *parser) conjoinedFirst(i int) bool {
	if !p.isWord(i) || !p.isWord(i+1) || p.claimed[i] || p.claimed[i+1] {
		return false
	}
	first := false
	for _, f := range p.forms(i) {
		first = first || f.clitic == len("و") && strings.HasPrefix(p.text(i), "و") && (f.w.first || f.w.alsoFirst || f.w.token) && !f.w.common && !f.w.function && len(f.w.titles) == 0 && f.w.head == nil
	}
	if !first || p.hasArticle(i+1, 0) || strings.HasPrefix(p.text(i+1), "و") || utf8.RuneCountInString(p.text(i+1)) < 3 {
		return false
	}
	if t := p.text(i + 1); strings.HasSuffix(t, "وا") || strings.HasPrefix(t, "بال") || strings.HasPrefix(t, "فال") || strings.HasPrefix(t, "كال") || strings.HasPrefix(t, "لل") {
		return false // a verb, «ومبارك كانوا», or a noun behind a preposition: «وجمال بالتقرير»
	}
	if w := p.bare(i + 1); w != nil && (w.function || w.common || w.nisba != nil || len(w.titles) > 0 || w.head != nil || w.link || w.kunya) || len(p.forms(i+1)) > 0 && p.bare(i+1) == nil {
		return false
	}
	if p.isWord(i + 2) {
		w := p.bare(i + 2)
		return strings.HasPrefix(p.text(i+2), "و") || w != nil && w.function
	}
	return true
}

// foreignName reports whether token k is a name word of a foreign name:
// one that is neither an Arab first name of the lists nor a word of the
// lexicon, and has no ال. An everyday word with ال after it is no family
// name but what the sentence says of the person: «أندريه أغاسي المصنف
// خامسا»; a word with ال the lexicon does not know is («عبود الزمر»).
func (p *parser) foreignName(k int) bool {
	if p.hasArticle(k, 0) {
		return false
	}
	if w := p.bare(k); w != nil && (w.first || w.link || w.kunya) {
		return false
	}
	if t := p.text(k); strings.HasPrefix(t, "عبد") || strings.HasSuffix(t, "الدين") || strings.HasSuffix(t, "الله") {
		return false // «عبدالرحيم», «سعدالدين»: written as one word
	}
	return !p.everyday(k)
}

// constructHead reports whether token k, an everyday word in ة or ات
// (or a pronoun ه: the search form writes ة as ه) and no Wikidata name
// token, is a noun in construct with an everyday word with ال after it:
// «لجنة المسجد», «هيئات المجتمع». Not before an adjective of nationality, a
// title or a word in ي, which may follow a family name as what the
// sentence says of the person: «خالد عليوة الرئيس», «محمد مقلد
// المريخي». A word of another shape is as often a family name before
// an adjective: «محمد يزبك المسئول».
func (p *parser) constructHead(k int) bool {
	if t := p.text(k); !strings.HasSuffix(t, "ه") && !strings.HasSuffix(t, "ات") || p.rareName(k) {
		return false // a Wikidata name token is a family name as often: «محمد بركات»
	}
	if !p.hasArticle(k+1, 0) || !p.everyday(k+1) || p.nisbaAt(k+1) || strings.HasSuffix(p.text(k+1), "ي") {
		return false
	}
	w := p.bare(k + 1)
	return w == nil || w.common && !w.name && len(w.titles) == 0 && !w.qualifier
}

// prepositional reports whether token k is an everyday word of four
// letters or more behind the preposition ل or ب, or a verb behind the
// future's س: «لإسرائيل», «بتصريح», «سيقرر».
func (p *parser) prepositional(k int) bool {
	if p.reading(k) != lexicon.AfterClitic {
		return false
	}
	t := p.text(k)
	r, size := utf8.DecodeRuneInString(t)
	rest := t[size:]
	switch r {
	case 'ل', 'ب':
	case 'س':
		if n, _ := utf8.DecodeRuneInString(rest); n != 'ي' && n != 'ت' && n != 'ن' {
			return false
		}
	default:
		return false
	}
	return utf8.RuneCountInString(rest) >= 4 && p.lexiconRead(rest) != lexicon.Unknown
}

// everyday reports whether token k is a word of the lexicon of everyday
// words.
func (p *parser) everyday(k int) bool {
	return p.reading(k) != lexicon.Unknown
}

// reading is how token k is a word of the lexicon of everyday words.
// Past the text's end it is Unknown, as a punctuation token is.
func (p *parser) reading(k int) lexicon.Reading {
	if uint(k) >= uint(len(p.slots)) {
		return lexicon.Unknown
	}
	s := &p.slots[k]
	if s.reading == 0 {
		s.reading = int8(p.lexicon.Read(p.text(k), p.toks[k].Hash)) + 1
	}
	return lexicon.Reading(s.reading - 1)
}

// lexiconRead is what the lexicon says of the word w, which need not be
// a token: a token without its proclitic («ملك» of «وملك»).
func (p *parser) lexiconRead(w string) lexicon.Reading {
	return p.lexicon.Read(w, wordtable.Hash(w))
}

// mixesScripts reports whether mention m has letters of the Arabic script
// and of the Latin one. A person's name is written in one («لاري بيج» or
// «Larry Page»), and a rule that runs from Arabic words into Latin ones,
// or reads a word like «لـDW», has run past the name (a channel's, «MBC
// مصر», may mix them).
func (p *parser) mixesScripts(m mention) bool {
	arabic, latin := false, false
	for k := m.start; k < m.end; k++ {
		for _, r := range p.text(k) {
			switch {
			case r < utf8.RuneSelf:
				latin = latin || 'a' <= r|0x20 && r|0x20 <= 'z'
			case unicode.Is(unicode.Arabic, r):
				arabic = true
			case unicode.Is(unicode.Latin, r):
				latin = true
			}
		}
	}
	return arabic && latin
}

// arabicLetters reports whether w is all Arabic letters: no name rule
// reads «Europe» or «MSC» after a verb.
func arabicLetters(w string) bool {
	for _, r := range w {
		if r < 0x0621 || r > 0x064A {
			return false
		}
	}
	return w != ""
}

// familyAl reports whether token i is a family name with ال: a word with
// ال that is not the second part of «عبد العاطي», «أبو الحسن».
func (p *parser) familyAl(i int) bool {
	if !p.hasArticle(i, 0) {
		return false
	}
	w := p.bare(i - 1)
	return w == nil || !w.link
}

// familyShaped reports whether token k is a word with ال that has the
// shape of a family name: a word of the name lists or a Wikidata name
// token, the second part of a compound name («علم الدين»), a nisba the
// lexicon does not know («الشوربجي»), or a noun of craft, of the pattern
// فعّال («العطار», «القزاز»).
func (p *parser) familyShaped(k int) bool {
	if !p.isWord(k) {
		return false
	}
	t, ok := strings.CutPrefix(p.text(k), "ال")
	if !ok {
		return false
	}
	if w := p.bare(k); p.nameWord(k) || p.rareName(k) || w != nil && w.second {
		return true
	}
	letters := utf8.RuneCountInString(t)
	if strings.HasSuffix(t, "ي") && letters >= 4 && p.reading(k) == lexicon.Unknown {
		return true
	}
	if letters != 4 {
		return false
	}
	_, n1 := utf8.DecodeRuneInString(t)
	_, n2 := utf8.DecodeRuneInString(t[n1:])
	return strings.HasPrefix(t[n1+n2:], "ا")
}

// compoundFirst reports whether token k is the first part of a compound
// name whose second part follows: «عز» of «عز الدين», «سيف» of «سيف
// الإسلام», words the lists know only as parts of longer names, or as
// everyday words. Not a head («حزب الله»), a common word («رجال الدين»),
// a function word, nor the first word of a blessing of stop.tsv, which
// ends the name: «محمد صلى الله عليه وسلم».
func (p *parser) compoundFirst(k int) bool {
	w, n := p.bare(k), p.bare(k+1)
	if w == nil || n == nil || !n.second || w.common || w.function || w.link || w.head != nil || len(w.titles) > 0 || p.hasArticle(k, 0) {
		return false
	}
	m, ok := p.gazetteer(k)
	return !ok || !m.entry.phrase
}

// compoundSecond reports whether token i is the second part of a
// compound name («الدين», «الله») after a name word: «علاء الدين».
func (p *parser) compoundSecond(i int) bool {
	w, l := p.bare(i), p.bare(i-1)
	return w != nil && w.second && l != nil && !l.link && (l.name || l.first)
}

// behindProclitic reports whether the search form t is a word with ال
// behind a proclitic: «بالمنيل», «والقاهرة», «للجنة».
func behindProclitic(t string) bool {
	for _, p := range [...]string{"بال", "وال", "فال", "كال", "لل"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// listedOther reports whether a gazetteer entry of more than one word
// that is no person begins at token k as it stands. A name does not go on
// there: «اتهم فؤاد السنيورة الولايات المتحدة». One-word places do not
// end a name: many family names are places («أمين فارس»).
func (p *parser) listedOther(k int) bool {
	m, ok := p.gazetteer(k)
	return ok && m.clitic == 0 && m.typ != "Person" && m.end-m.start > 1 && !p.compoundGivenName(m.start, m.end)
}

// compoundGivenName reports whether tokens i to end are a compound given
// name: a first name and the second part of one (name_parts.tsv, second),
// «صلاح الدين». A place so named does not end the name of a person it
// follows: «ياسر صلاح الدين», «المحامي وحيد صلاح الدين».
func (p *parser) compoundGivenName(i, end int) bool {
	if end-i != 2 {
		return false
	}
	first, second := p.bare(i), p.bare(i+1)
	return first != nil && first.first && second != nil && second.second
}

// countryEndsName reports whether token k, a later word of the name that
// begins at token j, is a country the lists name in one word, with no
// proclitic. A name does not go on into it: after a name it is what the
// sentence says next, the object of the verb before the name («ووصلت
// رايس إسرائيل», «زار كيري إسرائيل») or the place an office is of
// («رانيا ملكة الأردن»). Few family names are a country's name as it
// stands, and those are foreign ones, introduced by a nationality
// adjective that the first name follows: «الأرجنتيني خوان موناكو»; not
// where that word is a person the lists name by it alone, «الأمريكي كيري
// إسرائيل». Towns are family names more often: «أمين فارس»
// (townAsSurname).
func (p *parser) countryEndsName(j, k int) bool {
	m, ok := p.gazetteer(k)
	if !ok || m.clitic != 0 || m.typ != "Country" || m.end != k+1 {
		return false
	}
	return k != j+1 || !p.nisbaAt(j-1) || p.listedAlone(j)
}

// townAsSurname reports whether token k, right after the first name j,
// is a town of the generated lists that is the person's family name:
// «خافيير سولانا», «تيري ميسان». The first name is a listed one or a
// Wikidata name token that the dictionary does not know, a foreign name,
// and the town is one word with no proclitic.
func (p *parser) townAsSurname(j, k int) bool {
	w := p.bare(j)
	if w == nil || !w.first && !w.token || w.common || p.reading(j) != lexicon.Unknown {
		return false
	}
	m, ok := p.gazetteer(k)
	return ok && m.clitic == 0 && m.end == k+1 && m.entry.rank > 0 && minorPlace(m.typ)
}

// locatedSurname reports whether token k, a word of a name after its
// first, is a town read only where a place is expected (stop.tsv,
// located) that no other table knows: there it is a family name, «فوزي
// دهب», «أحمد عبدالله دهب», as an unknown word would be.
func (p *parser) locatedSurname(k int) bool {
	w := p.bare(k)
	if w == nil || !w.located || !onlyEntries(w) {
		return false
	}
	m, ok := p.gazetteer(k)
	return ok && m.clitic == 0 && m.end == k+1 && m.entry.located
}

// nameWords reads two or three name words in a row that no other rule
// began, none of them a common word: «جون كيري». After the first, a rarer
// name token will do: «جون بولتون».
func (p *parser) nameWords(i int) (mention, bool) {
	isName := func(k int) bool {
		w := p.bare(k)
		return (w != nil && w.name && !w.common && !(k == i && w.inner) || k > i && p.rareName(k)) && p.nameish(k) && !p.hasArticle(k, 0) && !(k > i && p.countryEndsName(i, k))
	}
	if !isName(i) || p.country(i) {
		return mention{}, false
	}
	end := p.runName(i, 3, isName)
	if end-i < 2 {
		return mention{}, false
	}
	return mention{start: i, end: end, typ: "Person"}, true
}

// rareName reports whether token k is a rarer name token (names.tsv,
// rare) that is not a common or function word of the other tables.
func (p *parser) rareName(k int) bool {
	if !p.isWord(k) {
		return false
	}
	if _, ok := p.t.rare.GetHashed(p.toks[k].Text, p.toks[k].Hash); !ok {
		return false
	}
	w := p.bare(k)
	return w == nil || !w.common && !w.function
}

// reported reads a name right after a verb of saying at token i: «وقال
// بلير», «أكد حمدين صباحي». The verb says that a person follows, so a
// Wikidata name token may stand alone there, and so may a word that
// neither the tables nor the lexicon know («وقال رشوان»); the name goes on
// as after a title. A listed first name begins a name of two words or more
// there («وقال معاذ الخطيب»). A word some other rule reads is left to it. With
// strict, after a nationality adjective used as a noun («البرازيلي
// فييرا», «والتشيكي بافل ندفيد»), which an adjective's noun follows as
// often, only a listed first name or a word no table and no dictionary
// knows stands alone as the name, and a Wikidata name token begins one of
// two words or more («التونسي شكري بلعيد»).
func (p *parser) reported(i int, strict bool) (mention, bool) {
	k := i + 1
	// The family name of a curated person, as after a title: «وقال
	// السادات», «وأضاف الأحمد»; no person of the lists, others bear it.
	if !strict {
		if end, ok := p.curatedSurname(k); ok {
			return mention{start: k, end: end, typ: "Person"}, true
		}
		if end, ok := p.curatedFamilyName(k, false); ok {
			if w := p.bare(k); w != nil && (w.first || w.token) {
				// «سليمان», «موسى»: a first name too, which reportedName
				// reads with the words after it where a title's first word
				// or the clause's end follows them, «وقال سليمان عياط
				// الناطق باسم», «وأكد هادي خشبة، مدير»; else the words
				// after the family name are what the sentence says: «ورفض
				// موسى فكرة تدخل الجيش».
				if m, ok := p.reportedName(k, strict); ok && m.end > end {
					if n := p.bare(m.end); n != nil && len(n.titles) > 0 || !p.isWord(m.end) {
						return m, true
					}
				}
			}
			if _, ok := p.best(k); !ok {
				return mention{start: k, end: end, typ: "Person"}, true
			}
			return mention{}, false // a rule reads the name at k
		}
	}
	return p.reportedName(k, strict)
}

// singularNisba reports whether w, a nationality adjective in search
// form, is singular: «الفرنسي», «الفرنسية» may stand before a person's
// name, a plural or a dual («البريطانيون», «الأفغان», «العراقيان») before
// no one's: «يجري بائعو التجزئة البريطانيون فحوصات».
func singularNisba(w string) bool {
	return strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه")
}

// reportedName is reported's reading of a name at token k, after a verb
// of saying or a nationality adjective, where no family name of a curated
// person is.
func (p *parser) reportedName(k int, strict bool) (mention, bool) {
	if !p.isWord(k) || p.hasArticle(k, 0) {
		return mention{}, false
	}
	// nameish: never a function word, so no chain of verbs; but «علي»
	// may begin a name in apposition (apposedName).
	if w := p.bare(k); !p.nameish(k) && (strict || w == nil || !w.alsoFirst) {
		return mention{}, false
	}
	if _, ok := p.best(k); ok {
		return mention{}, false
	}
	if !strict {
		if end, ok := p.apposedName(k, false); ok {
			return mention{start: k, end: end, typ: "Person"}, true
		}
		if !p.nameish(k) {
			return mention{}, false
		}
	}
	w := p.bare(k)
	// A word the tables know only as the first of longer listed names,
	// one of a person's among them, is read as a listed first name: «وقال
	// رايمون دومينيك» («رايمون اوديرنو» is listed); not «وقال راديو
	// فرنسا».
	begins := w != nil && w.personStart && p.untabled(k)
	listed := w != nil && w.token && w.name && !w.common
	unknown := w == nil && len(p.forms(k)) == 0 && !(p.everydayAfterVerb(k) && !p.rareName(k)) && utf8.RuneCountInString(p.text(k)) >= 3 && arabicLetters(p.text(k))
	alone := listed || unknown // a name that may stand alone here
	if strict {
		alone = alone && !p.everyday(k) && (w == nil || w.first)
	}
	// After a nationality adjective, a name token of Wikidata's that may
	// not stand alone there begins a name of two words or more, and so
	// does a word that begins listed people's names only: «الفرنسي أرنو
	// كليمان», «السنغالي سيدي بيه», «الإسباني رافائيل نادال». After a
	// frequent token (listed) any word no table knows may be the second,
	// as after a title: «الفرنسي نيكولا ماهو».
	// After a verb of saying, a listed first name that is no Wikidata
	// token, which begins no name elsewhere, begins one of two words or
	// more, if the lexicon does not know it or a name word follows:
	// «وقال معاذ الخطيب», «وقالت هبة ياسين»; not «وقال بيان صادر عن».
	firstName := !strict && !alone && w != nil && (w.first || begins) && !w.common && !w.function && (!p.everyday(k) || p.nameListed(k+1))
	pair := !alone && strict && (listed || p.rareName(k) || begins) || firstName
	if !alone && !pair {
		return mention{}, false
	}
	if n := p.bare(k + 1); w == nil && p.everydayAfterVerb(k) && (p.hasArticle(k+1, 0) || n != nil && (n.common || n.head != nil || len(n.titles) > 0)) {
		// A rarer name token that is also an everyday word, before a word
		// with ال or a noun, is a role: «وقال مقدم البرنامج», «وقال والد
		// الشهيد», «وقال مساعد وزير».
		return mention{}, false
	}
	end := p.runName(k, 3, func(j int) bool {
		if firstName {
			// As after a first name anywhere, but for a third word with
			// ال that no list has as a name, which is as often what the
			// sentence says of the person: «وقال إيهاب خاطر المنسق
			// العام». The cost: «وقال ممدوح شفيق النحاس» is read as
			// «ممدوح شفيق».
			if j > k+1 && p.hasArticle(j, 0) && !p.nameListed(j) && !p.nisbaSurname(j) {
				return false
			}
			return p.nameGoesOn(k, j, true)
		}
		// As after a title, but a word with ال, a listed word behind a
		// proclitic and an everyday word behind ل or ب end the name: the
		// verb's object or complement follows («وقال كيري للإذاعة»,
		// «ودعا نتانياهو النواب»); but not the second part of a
		// compound name («المصري عزت حكيم عطا الله»), nor a name word
		// behind ك, which says «as» before a title or a common word
		// only: «الفرنسي أرنو كليمان» is no ك and «ليمان».
		if w, l := p.bare(j), p.bare(j-1); w != nil && w.second && p.nameish(j-1) && (l != nil && l.name || p.rareName(j-1)) {
			return true
		}
		if p.hasArticle(j, 0) || p.bare(j) == nil && len(p.forms(j)) > 0 && !p.kafName(j) {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(p.text(j)); (r == 'ل' || r == 'ب') && p.bare(j) == nil && p.everyday(j) {
			return false
		}
		return p.nameGoesOn(k, j, !strict || listed)
	})
	if pair && end == k+1 {
		return mention{}, false
	}
	if end == k+1 {
		// «أمين عام الحزب», «أمين حزب التجمع»: a role, not a name.
		if n := p.bare(k + 1); n != nil && (n.head != nil || n.common) {
			return mention{}, false
		}
	}
	return mention{start: k, end: end + p.ordinalAt(end), typ: "Person"}, true
}

// apposedName reads a name of two to four words at token k, after a
// verb of saying, that an office follows in apposition, with a comma
// before it or without: «وقال حمادي الجبالي رئيس الحكومة», «وقالت
// باكينام الشرقاوي مساعد الرئيس», «وقال رجب عبد المنعم، أمين عام مساعد
// النقابة». The verb and the office between them say that a person is
// named, so a family name with ال may end it, which after a verb alone
// is as often the verb's object, if the tables know it as no other word
// («وقال رفعت السعيد», not «وطالب بيان الحركة»). The first word is a
// name of the lists or a word no table and no dictionary knows; the
// others are no function word, common word, head, title or nationality
// adjective, and no everyday word but with ال or as a name of the
// lists; anywhere, where no verb of saying stands before the name, with
// ال no everyday word either but as a name of the lists: «يحضر ختام
// البطولة وزير الدولة» is the verb, its object and its subject. It
// returns the token after the name.
func (p *parser) apposedName(k int, anywhere bool) (int, bool) {
	w := p.bare(k)
	// After a verb, a word the dictionary knows but no table does may
	// begin the name if the next is a word neither knows: a foreign name
	// the dictionary misreads, «وقال اميت مالفيا المتحدث باسم» («أميت», I
	// make die), «وقال بنوا تيولين، مدير عام».
	misread := !anywhere && w == nil && len(p.forms(k)) == 0 && !p.hasArticle(k, 0) && p.foreignWord(k+1, 3)
	if !(w == nil && len(p.forms(k)) == 0 && !p.everyday(k) || p.nameListed(k) || w != nil && (w.first || w.alsoFirst) || misread) {
		return 0, false
	}
	if w != nil && w.alsoFirst && !(p.spelledAsName(k, w) && p.hasArticle(k+1, 0)) {
		// «علي» as the name is spelled, before a family name with ال:
		// «قال علي العريض رئيس الوزراء»; before other words it is as
		// often «على», on, as spelled in Egypt: «وأكد علي حرص رئيس
		// الجمهورية».
		return 0, false
	}
	if p.everydayAfterVerb(k) && (w == nil || !w.first && !w.token && !w.alsoFirst) && p.everyday(k+1) && !p.nameListed(k+1) {
		// A rarer name token that is an everyday word, before another:
		// a role, «وقال مقدم البلاغ»; not «وقال حمادي الجبالي».
		return 0, false
	}
	for end := k + 1; end <= k+4 && end < len(p.toks); end++ {
		if end > k+1 && p.apposition(end, anywhere) {
			if w := p.bare(end - 1); w != nil && w.link {
				return 0, false // «مينا نشأت باسيلى عبد الملك»: the office is a name's
			}
			return end, true
		}
		if !p.isWord(end) {
			return 0, false
		}
		if !p.nameish(end) || len(p.forms(end)) > 0 && p.bare(end) == nil {
			return 0, false // a word the tables know only behind a proclitic
		}
		if w := p.bare(end); w != nil && (w.function || w.common || w.head != nil || w.nisba != nil || len(w.titles) > 0) {
			return 0, false
		}
		if n := p.bare(end); p.everyday(end) && !p.nameListed(end) && (anywhere || n == nil && !p.hasArticle(end, 0) || n != nil && !n.second) {
			// What the sentence says: «وطالب حمدان بإقالة وزير», «وطالب
			// بيان الحركة النقيب»; a family name with ال that the
			// dictionary knows too is read («وقال رفعت السعيد»), as the
			// tables know no such word but as a name.
			return 0, false
		}
	}
	return 0, false
}

// apposition reports whether an office begins at token j, or after a
// comma there, as after a name in apposition: «رئيس الحكومة», «، عضو
// مجلس الشعب». Honorifics, credits and words of kin are no office.
// With anywhere, an office of one word is followed by another word, its
// complement or a qualifier: alone before a comma it is as often a
// family name, «أسماء محمد الشاعر، 23 سنة».
func (p *parser) apposition(j int, anywhere bool) bool {
	if p.comma(j) {
		j++
	}
	for _, f := range p.forms(j) {
		if f.clitic > 0 || p.titleMisspelled(j, f.w) {
			continue
		}
		for _, tl := range f.w.titles {
			if !tl.credit && !tl.honorific && p.wordsAt(j+1, tl.words[1:]) && !(anywhere && len(tl.words) == 1 && !p.isWord(j+1)) {
				return true
			}
		}
	}
	return false
}

// everydayAfterVerb is everyday for the word right after a verb of
// saying, where ف and a verb of the present tense do not stand: «وقال
// فيدرر» is no «ف» + «يدرر», as the lexicon would read it (but «فقاموا»
// is ف and a verb).
func (p *parser) everydayAfterVerb(k int) bool {
	if p.reading(k) != lexicon.AfterClitic {
		return p.reading(k) == lexicon.AsItStands
	}
	rest, ok := strings.CutPrefix(p.text(k), "في")
	return !ok || p.lexiconRead("ي"+rest) == lexicon.Unknown
}

// nasab reads a name whose second word is «بن», son of, after a word of
// the name lists, a first name no rule reads alone as it may be an
// everyday word too: «حامد بن جاسم آل ثاني», «سهل بن حنيف». Any other
// word before «بن» is not a name of the lists: «بن» also begins foreign
// and Maghrebi family names («مخرجه بن أفلك», «استقالة بن عمر»). Nor is
// a word that is no first name before a listed person whose name begins
// with «بن»: «نظام بن علي».
func (p *parser) nasab(i int) (mention, bool) {
	w := p.bare(i)
	if !p.nameish(i) || w == nil && !p.rareName(i) || w != nil && (!w.name && !w.first && !w.token || len(w.ordinals) > 0 || w.link || w.common || w.second) {
		return mention{}, false
	}
	if m, ok := p.gazetteer(i + 1); ok && m.typ == "Person" && (w == nil || !w.first) {
		return mention{}, false
	}
	if !p.nameish(i+2) || p.hasArticle(i+2, 0) && !p.nameWord(i+2) {
		return mention{}, false
	}
	end := p.runName(i, 3, func(k int) bool { return p.nameGoesOn(i, k, true) })
	if end < i+3 {
		return mention{}, false
	}
	return mention{start: i, end: end + p.ordinalAt(end), typ: "Person"}, true
}

// kunya reads «أبو مهدي المهندس», «أم كلثوم».
func (p *parser) kunya(i int) (mention, bool) {
	if w := p.bare(i); w == nil || !w.kunya {
		return mention{}, false
	}
	if !p.nameish(i+1) || p.hasArticle(i+1, 0) {
		return mention{}, false
	}
	if p.text(i) == "ام" && !p.nameListed(i+1) {
		// «أم» is also «or»: «أم ستجد», «أم مكتب الإرشاد». A name of
		// the lists follows the kunya: «أم كلثوم», «أم خالد».
		return mention{}, false
	}
	end := i + 2
	if n := p.bare(end); p.nameish(end) && (n != nil && n.name || p.hasArticle(end, 0)) {
		end = p.kunyaEnd(i, end+1)
	}
	return mention{start: i, end: end, typ: "Person"}, true
}

// kunyaEnd cuts a name that begins with the kunya at token i and ends
// before end at an everyday word with ال after the kunya's name that no
// list has as a name: «أبو مازن المصالحة» is no name. After a kunya no
// list has, such a word in ي may be a family name, as nisbas are
// everyday adjectives: «أبو خليل القباني», «أبي الحسن المسعودي». After
// a listed one, a whole name, it is a word of the sentence: «وتفقد أبو
// مازن الجرحى» (the search form writes ى as ي), «مهرجان أبو ظبي
// السينمائي».
func (p *parser) kunyaEnd(i, end int) int {
	m, ok := p.gazetteer(i)
	listed := ok && m.clitic == 0 && m.end == i+2
	for k := i + 2; k < end; k++ {
		if w := p.bare(k - 1); w != nil && w.link {
			continue // the second part of a compound: «عبد الحميد»
		}
		if p.hasArticle(k, 0) && p.everyday(k) && !p.nameListed(k) && (listed || !strings.HasSuffix(p.text(k), "ي")) {
			return k
		}
	}
	return end
}

// placeHeaded reads a body named for the place it serves after a head of
// one word or two at token i (heads.tsv, needs place): «مديرية أمن
// القاهرة», «محكمة جنايات شمال القاهرة», «قسم شرطة ثان المنصورة», «نيابة
// قصر النيل». A head of two words is tried first. The place is a
// listed one, with no proclitic; a direction may stand before it, and
// before that up to max-1 words of stop.tsv's kind precinct: «محكمة جنح
// مستأنف الدقي»; adjectives of the head's may follow it, «محكمة بورسعيد
// الابتدائية». The place is part of the body's name, no mention of its
// own.
func (p *parser) placeHeaded(i, clitic int, heads map[string]*head) (mention, bool) {
	if !p.isWord(i + 1) {
		return mention{}, false
	}
	h, k := heads[p.text(i+1)], i+2
	if h == nil {
		if h, k = heads[""], i+1; h == nil {
			return mention{}, false
		}
	}
	for n := 1; n < h.max && p.isWord(k); n++ {
		if w := p.bare(k); w == nil || !w.precinct {
			break
		}
		k++
	}
	place := func(k int) (mention, bool) {
		m, ok := p.gazetteer(k)
		return m, ok && m.start == k && m.clitic == 0 && (m.typ == "Country" || minorPlace(m.typ))
	}
	m, ok := place(k)
	if !ok {
		if w := p.bare(k); w == nil || !w.direction || strings.HasPrefix(p.text(k), "ال") {
			return mention{}, false
		}
		if m, ok = place(k + 1); !ok {
			return mention{}, false
		}
	}
	end := m.end
	for p.isWord(end) && p.hasArticle(end, 0) && p.headAdjective(end) && p.agrees(i, end) {
		end++ // «محكمة بورسعيد الابتدائية», «نيابة شرق القاهرة الكلية»
	}
	return mention{start: i, end: end, clitic: clitic, typ: h.typ}, true
}

// headed reads an organization or a place after a head word: «وزارة
// الخارجية الأمريكية», «حركة طالبان», «الجيش العراقي», «قاعدة عين الأسد
// الجوية».
func (p *parser) headed(i int) (mention, bool) {
	for _, f := range p.forms(i) {
		if f.w.placeHeads != nil {
			if m, ok := p.placeHeaded(i, f.clitic, f.w.placeHeads); ok {
				return m, true
			}
		}
		h := f.w.head
		if h == nil {
			continue
		}
		if h.kind {
			if m, ok := p.kindHeaded(i, f.clitic, h); ok {
				return m, true
			}
			continue
		}
		if h.needs == "relation" {
			if m, ok := p.institution(i, f.clitic, h); ok {
				return m, true
			}
			continue
		}
		if end, ok := p.eponym(h, i+1); ok {
			if w := p.bare(end); w != nil && w.tail {
				end++ // «قاعدة الأمير سلطان الجوية»
			}
			return mention{start: i, end: end, clitic: f.clitic, typ: h.typ}, true
		}
		if end, ok := p.namedAfter(h, i); ok {
			return mention{start: i, end: end, clitic: f.clitic, typ: h.typ}, true
		}
		if h.quoted {
			if m, ok := p.quotedTitle(i, f.clitic, h); ok {
				return m, true
			}
		}
		// A listed name the head begins («مجلس الأمن») goes on only with
		// an adjective of relation: «مجلس الأمن القومي», «مجلس الأمن
		// الدولي»; in «مجلس الأمن الأسبوع المقبل» and «مجلس الأمن
		// التابع للأمم المتحدة» the council ends before them.
		listedEnd := len(p.toks)
		if m, ok := p.gazetteer(i); ok && m.clitic == f.clitic && m.end-m.start > 1 {
			listedEnd = m.end
		}
		end, limit, paired, listedBody := i+1, i+1+h.max, false, listedEnd < len(p.toks)
		for end < limit && p.isWord(end) {
			if h.needs == "adjective" {
				// «المحكمة الدستورية العليا», «البنك المركزي المصري»; not
				// «المحكمة القضية» (the court the case), «البنك الجديد».
				if !p.headAdjective(end) || !p.agrees(i, end) {
					break
				}
				end++
				continue
			}
			if end >= listedEnd && !p.nisbaAt(end) && !p.relationAdjective(end) {
				break
			}
			w := p.bare(end)
			if w != nil && w.attributive && p.hasArticle(end-1, 0) && strings.HasPrefix(p.text(end+1), "ل") {
				break // «حزب الحرية اليميني المعادي للإسلام»: what the party is, no name
			}
			named, isNamed := p.gazetteer(end)
			if isNamed && named.entry.phrase {
				break // «تنظيم حركة المرور»: an everyday phrase names nothing
			}
			// Another head ends the name, but for a listed place it begins:
			// «جامعة كفر الشيخ», «هيئة قناة السويس»; «قوات حزب الله» is
			// حزب الله's.
			listedPlace := end == i+1 && isNamed && named.clitic == 0 && (named.typ == "Country" || minorPlace(named.typ))
			// So does a head that a nationality adjective completes, in
			// construct: «وزارة الخارجية», «قوات الشرطة». Where the
			// adjective follows, that head names a body of its own, which
			// a head of portfolios still takes («وزارة الخارجية
			// الروسية») and «قوات» does not: «قوات الجيش السوري» are the
			// Syrian army's.
			complement := end == i+1 && w != nil && w.head != nil && w.head.needs == "nisba" && (h.portfolios || !p.nisbaAt(end+1))
			// A head that names a body only with its purpose goes on the
			// name as a noun: «سجن مركز الشهداء».
			endsName := w != nil && w.head != nil && w.head.needs != "relation" && !w.head.purposeOnly
			if w != nil && (w.function || endsName && !listedPlace && !complement || len(w.titles) > 0 && !w.qualifier || w.tail || w.outside && end > i+1) {
				break // «مجلس النواب السابق» is the parliament (tails.tsv, outside)
			}
			// An adjective of the head's stands without a proclitic:
			// «صحيفة الأهرام بالإنجليزية» is the paper in English.
			nisba := w != nil && w.nisba != nil
			definite := strings.HasPrefix(p.text(end), "ال")
			if end > i+1 && h.portfolios && !paired && strings.HasPrefix(p.text(end-1), "ال") && p.secondPortfolio(end) {
				// A second portfolio, once, which the head's words do not
				// count: «وزارة التربية والتعليم», «وزارة التموين
				// والتجارة الداخلية». Another body after و is another
				// name: «وزارة الداخلية والأجهزة الأمنية».
				paired = true
				end++
				limit++
				continue
			}
			if end == i+1 {
				ok := false
				switch h.needs {
				case "nisba":
					ok = nisba && p.agrees(i, end)
				case "definite", "foreign", "brand":
					if h.needs != "definite" && !isNamed && p.foreignWord(end, 4) && !p.feminineNisba(i, end) {
						// A foreign name no table has: «شركة موتورولا»,
						// «مجلة نيوزويك», «شركة كونكو فيليبس». Like a listed
						// name, it keeps the head out where the head says
						// so (span listed): the company is «موتورولا».
						k := end + 1
						for k < i+1+h.max && (p.foreignWord(k, 3) || p.foreignBehindClitic(k)) && !listedNext(p.text(k)) {
							k++ // «شركة نايل سات»: a later word may be shorter
						}
						if h.outOfListed {
							return mention{start: end, end: k, typ: h.typ}, true
						}
						end = k
						continue
					}
					// A listed name behind a proclitic says where the thing
					// is: «بنك بالسويس» is a bank in Suez.
					ok = !nisba && (definite && p.plainAlif(end, 0) || isNamed && named.clitic == 0 || w != nil && (w.name || w.link))
					if ok && h.needs == "brand" && !isNamed && p.everyday(end) {
						ok = false // «فندق الإقامة» is where one stays, «فندق الشيراتون» a name
					}
					if ok && f.w.verbal && definite && !isNamed && (strings.HasSuffix(p.text(end), "ات") || w != nil && w.quantity) {
						// A head that is also a verbal noun takes its
						// object: a plural in ات or a word of quantity
						// names no body. «تنظيم المظاهرات», «حركة
						// السيارات», «تنظيم العديد من الندوات».
						ok = false
					}
				case "listed":
					// Only a name listed as one of the head's types: «تنظيم
					// القاعدة»; «تنظيم الأسرة» is family planning.
					ok = isNamed && named.clitic == 0 && slices.Contains(h.listedAs, named.entry.typ)
				case "named":
					// A listed name, a name word, or a word with ال the
					// lexicon does not know: «ميدان رمسيس», «ميدان
					// العباسية»; «ميدان القتال» is a battlefield.
					// A listed name behind a proclitic says where the thing
					// is: «مدرسة بالسويس» is a school in Suez.
					ok = !nisba && (isNamed && named.clitic == 0 || w != nil && (w.name || w.link) || definite && p.plainAlif(end, 0) && !p.everyday(end))
				case "any":
					// Any word but an everyday one no list names that
					// says what kind the thing is: a plural («قاعدة
					// بيانات»), or a word nothing with ال follows («مطار
					// دولي», «قاعدة شعبية», «سجن جديد»); «سجن وادي
					// النطرون», «مطار برج العرب» are names.
					ok = !nisba
					if ok && !definite && !isNamed && (w == nil || !w.name) && p.reading(end) == lexicon.AsItStands {
						ok = !strings.HasSuffix(p.text(end), "ات") && p.hasArticle(end+1, 0) && !p.nisbaAt(end+1)
					}
				}
				if !ok {
					break
				}
				if isNamed && !nisba {
					if h.outOfListed && named.clitic == 0 && slices.Contains(h.listedAs, named.entry.typ) {
						return named, true // «وكالة رويترز» is the listed رويترز
					}
					end = named.end // «وكالة أسوشيتيد برس»
					listedBody = named.typ != "Country" && !minorPlace(named.typ)
					continue
				}
			} else if isNamed && !nisba || !definite && !nisba || h.needs == "nisba" && !nisba {
				break // «وزارة الدفاع البنتاغون», «قوات التحالف بقيادة»
			} else if !nisba && !p.plainAlif(end, 0) {
				break // «قوات الأمن ألقت»: the search form spells «ألقت» with ال
			} else if !nisba && p.verbalNounAfterDefinite(end) {
				break // «ورفضت وزارة الداخلية التعليق»: the verb's object
			} else if !nisba && h.portfolios && p.portfolioEnded(i, end) {
				break // «طرحت وزارة العدل المسودة الثانية»
			}
			end++
		}
		if w := p.bare(end - 1); end > i+1 && w != nil && w.link {
			end-- // «عزبة أبو» is no name: a name does not end with a link
		}
		if end == i+1 {
			continue
		}
		if h.purpose && (!listedBody || h.purposeOnly) && p.isWord(end) {
			// What the body is for, in ل, after a name no list has:
			// «شركة طنطا للكتان», «منظمة العدل والتنمية لحقوق الإنسان».
			// A listed body is its entry: «منظمة الصحة العالمية لإقليم
			// الشرق المتوسط» is the organization's region. A verbal noun
			// that governs a preposition says what someone does: «على
			// إدارة شركة فرج الله للتراجع عن», «شركة المياه للوقوف على».
			if k, ok := p.purpose(end, end+4); ok && !governed(p.text(k)) && !(h.purposeOnly && p.afterOfPlace(i)) {
				end = k
			} else if h.purposeOnly {
				continue // «مركز المحلة الكبرى» is the district, the city's
			}
		} else if h.purposeOnly {
			continue
		}
		if w := p.bare(end); w != nil && w.tail {
			end++
		}
		typ := h.typ
		if narrower, ok := h.narrower[p.text(i+1)]; ok {
			typ = narrower // «وكالة الأنباء السورية»
		}
		return mention{start: i, end: end, clitic: f.clitic, typ: typ}, true
	}
	return mention{}, false
}

// portfolioEnded reports whether the name that the head of portfolios at
// token i begins (a ministry, an authority) has ended before token k, a
// word with ال that is no nationality adjective: the verb's object or
// what the sentence says next. It has after a portfolio named by an
// adjective in ية, which takes no word but an adjective of relation
// («وزارة الداخلية السورية», not «وزارة الداخلية الحواجز الخرسانية»,
// «وزارة الخارجية المواطنين»); after a nationality adjective, before a
// word that is no adjective in ي or ة («وزارة الداخلية السورية العمل»);
// and before a plural in ات or ين that is no adjective of relation in يين
// («ناشدت وزارة الأوقاف الأئمة», «وزارة الإسكان الطلبات المقدمة»,
// «وزارة الداخلية المعتصمين»; but «اتحاد الصيادلة المهنيين», and
// stop.tsv's institutional adjectives: «اتحاد العلماء المسلمين»).
func (p *parser) portfolioEnded(i, k int) bool {
	t := p.text(k)
	adjective := p.relationAdjective(k) || p.t.institutional[t]
	if k-1 == i+1 && strings.HasSuffix(p.text(k-1), "يه") && !adjective {
		return true
	}
	if p.nisbaAt(k-1) && !adjective && !strings.HasSuffix(t, "ه") {
		return true
	}
	return !adjective && (strings.HasSuffix(t, "ات") || strings.HasSuffix(t, "ين") && !strings.HasSuffix(t, "يين"))
}

// secondPortfolio reports whether token k is و and a noun that names a
// portfolio (stop.tsv, portfolio), no listed name: «والتعليم»,
// «والتليفزيون».
func (p *parser) secondPortfolio(k int) bool {
	rest, ok := strings.CutPrefix(p.text(k), "و")
	if !ok || !p.t.portfolios[rest] {
		return false
	}
	_, listed := p.gazetteer(k)
	return !listed
}

// foreignWord reports whether token k is a word of Arabic letters, at
// least min of them and no ال, that neither the tables nor the lexicon
// know, behind a proclitic either: a foreign name after a head, «جامعة
// شتوتجارت», «مجلة نيوزويك», «شركة نوفارتيس». A word with ال is read as
// any other after a head: «قناة الفراعين» keeps its head.
func (p *parser) foreignWord(k, min int) bool {
	if !p.isWord(k) {
		return false
	}
	t := p.text(k)
	if len(p.forms(k)) > 0 || !arabicLetters(t) || strings.HasPrefix(t, "ال") || utf8.RuneCountInString(t) < min {
		return false
	}
	if strings.HasPrefix(t, "لل") || strings.HasPrefix(t, "و") && strings.HasSuffix(t, "ه") {
		// A noun behind «لل», or a feminine word behind «و», that the
		// lexicon lacks: «منظمة للبلطجة», «بصورة منظمة وممنهجة», where
		// «منظمة» is "organized". «وورلد تريبيون» is a name.
		return false
	}
	switch p.reading(k) {
	case lexicon.Unknown:
		return true
	case lexicon.AfterClitic:
		// A rarer Wikidata name token the lexicon reads only behind a
		// proclitic: «فالنسيا» is no «ف» and «النسيا».
		return p.rareName(k)
	}
	return false
}

// listedNext reports whether a later word of a foreign name, t, is the
// conjunction and the next name of a list: «فندق سميراميس وشبرد» are two
// hotels. A foreign word that begins with «وو» is spelled so for its W:
// «ديزني وورلد».
func listedNext(t string) bool {
	return strings.HasPrefix(t, "و") && !strings.HasPrefix(t, "وو")
}

// foreignBehindClitic reports whether token k is a Wikidata name token
// that the tables know only as a proclitic and another word: «لاين» of
// «شركة ميديا لاين» is no ل and «أين» (where) after a foreign name.
func (p *parser) foreignBehindClitic(k int) bool {
	forms := p.forms(k)
	if len(forms) == 0 || forms[0].clitic == 0 || !arabicLetters(p.text(k)) || strings.HasPrefix(p.text(k), "ال") {
		return false
	}
	return p.rareName(k)
}

// feminineNisba reports whether token k, after the feminine head i, has
// the shape of an adjective of relation that agrees with it, «ية» after a
// consonant: «صحيفة كتالونية» is a Catalan paper and «منظمة بلوشستانية» a
// Baluch organization, no names; «شركة بومباردييه» is one.
func (p *parser) feminineNisba(i, k int) bool {
	t := p.text(k)
	return strings.HasSuffix(p.text(i), "ه") && strings.HasSuffix(t, "يه") && !strings.HasSuffix(t, "ييه")
}

// institution reads the name of a body after a definite head: one
// adjective or more, then what the body is for, in ل: «اللجنة العليا
// للانتخابات», «المجلس القومي لحقوق الإنسان», «المنظمة العالمية للملكية
// الفكرية». The adjective is a nationality adjective or a word of
// stop.tsv's kind institutional («الأعلى», «العامة»). Without the
// complement in ل the words name no body («المجلس القومي» alone); nor
// with one that names a body of the lists, a place, another head or a
// title: «الهيئة العليا لحزب النور» is the party's, «الهيئة العليا
// للحزب» the party's too, and «الإدارة العامة لمباحث الجيزة» no name of
// ours.
func (p *parser) institution(i, clitic int, h *head) (mention, bool) {
	j := i + 1
	for j <= i+3 && p.isWord(j) && p.institutionAdjective(j, true) {
		j++
	}
	if j == i+1 || !p.isWord(j) {
		return mention{}, false
	}
	if m, ok := p.gazetteer(i); ok && m.clitic == clitic && m.end >= j {
		// A listed body is its entry: «مبعوث الاتحاد الأوروبي لجنوب
		// المتوسط» is the Union's envoy to the south.
		return mention{}, false
	}
	end, ok := p.purpose(j, i+1+h.max)
	if !ok {
		return mention{}, false
	}
	return mention{start: i, end: end, clitic: clitic, typ: h.typ}, true
}

// governed reports whether t, a word after a verbal noun, is a
// preposition such a noun governs: «للتراجع عن», «للوقوف على», «للإفلات
// من».
func governed(t string) bool {
	return t == "عن" || t == "على" || t == "علي" || t == "من"
}

// purpose reads the complement in ل at token j that says what a body is
// for, up to token limit, and returns where it ends: «للانتخابات» of
// «اللجنة العليا للانتخابات», «لحقوق الإنسان», «للتعبئة العامة
// والإحصاء». A body, a place, a head or a title after ل is another's
// («للحزب», «لحزب النور», «للرئيس»), and so is no complement.
func (p *parser) purpose(j, limit int) (int, bool) {
	rest, ok := strings.CutPrefix(p.text(j), "ل")
	if !ok || utf8.RuneCountInString(rest) < 3 || p.reading(j) == lexicon.AsItStands || p.bodyOrPlace(j) {
		return 0, false // «لديه» is no ل and a noun
	}
	if w := p.bare(j); w != nil && (w.function || w.common) {
		return 0, false // «لدى», «لكل»
	}
	noun := rest // the noun after ل, without ال: «انتخابات», «حقوق»
	if after, ok := strings.CutPrefix(rest, "ل"); ok {
		noun = after // «للانتخابات»: ل before ال, which loses its alif
		j++
	} else {
		// «لحقوق الإنسان»: a noun without ال takes a noun with ال.
		if !p.hasArticle(j+1, 0) || !p.plainAlif(j+1, 0) || p.bodyOrPlace(j+1) || p.headWord(strings.TrimPrefix(p.text(j+1), "ال")) {
			return 0, false // «اللجنة العليا لانتخابات الحركة» is the movement's
		}
		j += 2
	}
	if p.headWord(noun) {
		return 0, false // «للحزب», «لحزب النور», «للرئيس»
	}
	for j < limit && p.isWord(j) && p.institutionAdjective(j, false) {
		j++ // «للانتخابات الرئاسية», «للتعبئة العامة»
	}
	// Up to two nouns with ال joined by و go on the complement: «للتعبئة
	// العامة والإحصاء», «لمياه الشرب والصرف الصحي»; but not a body, a
	// head, a title or a word of the tables («والمجلس القومي», «والأزهر»),
	// which begin the next name.
	for n := 0; n < 2 && j < limit && p.coordinatedNoun(j); n++ {
		j++
		for j < limit && p.isWord(j) && p.institutionAdjective(j, false) {
			j++
		}
	}
	return j, true
}

// coordinatedNoun reports whether token k is و and a noun with ال that no
// table knows, three letters or more after ال: «والإحصاء»; or one of
// stop.tsv's portfolios: «والإصلاح» of «الهيئة الشرعية للحقوق والإصلاح»;
// or an adjective of relation that only begins longer names of the lists,
// none of which is there: «الجنائية» of «الجنائية الدولية» in «للبحوث الاجتماعية
// والجنائية» (untabled). A noun that begins a listed body's name begins
// another body there: «للمحاسبات والمخابرات العامة», «للانتخابات والسلطة
// التنفيذية».
func (p *parser) coordinatedNoun(k int) bool {
	noun, ok := strings.CutPrefix(p.text(k), "وال")
	if !ok || !p.isWord(k) || utf8.RuneCountInString(noun) < 3 || !p.plainAlif(k, len("و")) || p.headWord(noun) {
		return false
	}
	if len(p.forms(k)) > 0 && !(p.untabled(k) && (strings.HasSuffix(noun, "ي") || strings.HasSuffix(noun, "يه"))) {
		return p.secondPortfolio(k) // «للحقوق والإصلاح»: a noun of stop.tsv's portfolios
	}
	_, listed := p.gazetteer(k)
	return !listed
}

// institutionAdjective reports whether token k is an adjective that may
// stand in the name of a body. Right after the head (first), only a
// nationality adjective or a word of stop.tsv's kind institutional
// («القومي», «العليا»): «الإدارة الحقيقية للحكم» and «الجهاز الفني
// للمنتخب» (the coaching staff) name no body. After the complement, any
// adjective of relation: «للانتخابات الرئاسية», «للملكية الفكرية»; but no
// ordinal («الثاني») and no word that ends a name outside it («الحالي»).
func (p *parser) institutionAdjective(k int, first bool) bool {
	w := p.bare(k)
	if w != nil && w.nisba != nil || p.t.institutional[p.text(k)] {
		return true
	}
	if first || w != nil && (w.outside || w.common || w.function || len(w.ordinals) > 0) {
		return false
	}
	return p.relationAdjective(k) && p.plainAlif(k, 0) && !p.bodyOrPlace(k)
}

// headAdjective reports whether token k may be an adjective of a head
// with ال: a nationality adjective, a word of stop.tsv's kind
// institutional, or a word with the shape of an adjective of relation,
// common («الشعبي», «الاقتصادية») or listed («السعودية») as it may be,
// but for a word that ends a name outside it («السابق») or a function
// word.
func (p *parser) headAdjective(k int) bool {
	w := p.bare(k)
	if w != nil && w.nisba != nil || p.t.institutional[p.text(k)] {
		return true
	}
	if w != nil && (w.outside || w.function || len(w.ordinals) > 0) {
		return false
	}
	return p.relationAdjective(k) && p.plainAlif(k, 0)
}

// headWord reports whether w, a word without ال, is a head or begins a
// title: the body or the person a complement in ل names is another's.
// Not a head that names clashes after their place, a plain noun here:
// «الإدارة العامة لرعاية الأحداث» (juveniles).
func (p *parser) headWord(w string) bool {
	x := p.t.get(w, wordtable.Hash(w))
	return x != nil && (x.head != nil && !(x.head.kind && x.head.people) || len(x.titles) > 0)
}

// bodyOrPlace reports whether a gazetteer entry begins at token k, or a
// head: a body, a place or a person the lists have, with or without a
// proclitic.
func (p *parser) bodyOrPlace(k int) bool {
	if m, ok := p.gazetteer(k); ok && !m.entry.phrase {
		return true // an everyday phrase is neither: «للتأمين الصحي»
	}
	for _, f := range p.forms(k) {
		if f.w.head != nil {
			return true
		}
	}
	return false
}

// quotedTitle reads the name of a body that stands in quotes after its
// head, a head of heads.tsv's flag quoted: «صحيفة " الشرق الأوسط "»,
// «لصحيفة «الشرق الأوسط»», «حزب "الوسط"», «حركة «6 إبريل»». The quoted
// words are the name, the head stays out of it, and a place or a word a
// title names is the body here, not the place; a body the lists have as
// one of the head's types is their entry. The word of a narrower form of
// heads.tsv may stand between the head and the quotes, and gives its type:
// «وكالة أنباء "فارس"». One indefinite adjective in quotes is a word held
// at a distance, no name: «ليست جبهة "ثورية"».
func (p *parser) quotedTitle(i, clitic int, h *head) (mention, bool) {
	open, typ := i+1, h.typ
	if narrower, ok := h.narrower[p.text(open)]; ok && p.isWord(open) && !p.hasArticle(open, 0) {
		// The word of heads.tsv's narrower form between the head and
		// the quotes: «وكالة أنباء "فارس"» is a news agency.
		open, typ = open+1, narrower
	}
	if open >= len(p.toks) || p.toks[open].Kind != token.Punct || !openingQuote(p.toks[open].Text) {
		return mention{}, false
	}
	if i > 0 && p.toks[i-1].Kind == token.Punct && p.toks[i-1].Text == p.toks[open].Text && p.toks[i-1].End() == p.toks[i].Start && p.toks[i].End() == p.toks[open].Start {
		// The head quoted, the quotes on it: «لفظ "جماعة" ولا منصب
		// "مرشد"»; not «"الخضر" وحزب "الوطن"».
		return mention{}, false
	}
	words := 0
	for end := open + 1; end < len(p.toks) && end <= open+1+h.max+1; end++ {
		if p.toks[end].Kind == token.Punct && closingQuote(p.toks[open].Text, p.toks[end].Text) {
			if words == 0 || end == open+2 && p.indefiniteAdjective(open+1) {
				break
			}
			if e := p.listedWithHead(i, clitic, open+1, end, typ); e != nil {
				// Listed with its head, as a name that is an everyday
				// word alone is: «قناة "الجزيرة"» is «قناة الجزيرة»;
				// and as a name that alone is another body's: «جريدة
				// "الحرية والعدالة"» is the party's paper, no party.
				return mention{start: open + 1, end: end, typ: e.typ, entry: e}, true
			}
			if m, ok := p.gazetteer(open + 1); ok && m.end == end && m.clitic == 0 && (slices.Contains(h.listedAs, m.entry.typ) || h.listedAs == nil && body(m.typ)) {
				// A listed body: «صحيفة "الأهرام"», «مؤسسة "أخبار
				// اليوم"»; «مؤسسة "سوزان مبارك"» is no person.
				return m, true
			}
			return mention{start: open + 1, end: end, typ: typ}, true
		}
		switch p.toks[end].Kind {
		case token.Word:
			words++
		case token.Number: // «قناة "فرانس 24"», «حركة "6 إبريل"»
		default:
			return mention{}, false
		}
	}
	return mention{}, false
}

// body reports whether typ is a type of organization of the tables.
func body(typ string) bool {
	switch typ {
	case "Organization", "Corporation", "NewsMediaOrganization", "GovernmentOrganization", "SportsTeam", "CollegeOrUniversity", "Hospital", "PoliceStation":
		return true
	}
	return false
}

// indefiniteAdjective reports whether token k is an adjective of
// relation without the article that the lexicon knows: «ثورية»,
// «مهنية»; not «كفاية» (ايه) nor a name no dictionary has.
func (p *parser) indefiniteAdjective(k int) bool {
	t := p.text(k)
	if strings.HasPrefix(t, "ال") || p.reading(k) != lexicon.AsItStands {
		return false
	}
	stem, ok := strings.CutSuffix(t, "ه")
	if !ok {
		stem = t
	}
	return strings.HasSuffix(stem, "ي") && !strings.HasSuffix(stem, "اي") && utf8.RuneCountInString(stem) >= 4
}

// listedWithHead returns the entry that the head at token i (behind a
// proclitic clitic bytes long) and tokens from to end name together, listed
// as type typ (the head's, or its narrower form's) in the curated list, or
// nil: «وكالة أنباء "فارس"» is the listed «وكالة فارس». WikiFANE lists papers
// with their heads too («جريدة الوطن», «صحيفة هاارتس»), but in its own
// spelling, without hamzas: the title the article quotes names the paper
// better («الوطن», «هاآرتس»).
func (p *parser) listedWithHead(i, clitic, from, end int, typ string) *entry {
	t := p.text(i)[clitic:]
	w := p.t.get(t, wordtable.Hash(t))
	if w == nil || w.names == nil {
		return nil
	}
	n := w.names
	for k := from; k < end && n != nil; k++ {
		n = n.child(p.text(k), p.toks[k].Hash)
	}
	if n == nil || n.entry == nil || n.entry.typ != typ || n.entry.rank != 0 {
		return nil
	}
	return n.entry
}

// openingQuote reports whether s opens a quotation.
func openingQuote(s string) bool { return s == "\"" || s == "«" || s == "“" || s == "'" }

// closingQuote reports whether s closes the quotation that open opened.
func closingQuote(open, s string) bool {
	switch open {
	case "«":
		return s == "»"
	case "“":
		return s == "”"
	}
	return s == open
}

// agrees reports whether the adjective at token k may agree with the noun
// at token i in gender: a feminine noun in ة takes an adjective in ية, a
// masculine one an adjective in ي. An adjective that does not agree
// belongs to a noun before: in «وزير الخارجية الصيني» the minister is
// Chinese and «الخارجية» is the title's, no ministry. Plural adjectives
// («الأفغان») agree with either.
func (p *parser) agrees(i, k int) bool {
	feminine := strings.HasSuffix(p.text(i), "ه")
	adjective := p.text(k)
	if strings.HasSuffix(adjective, "يه") {
		return feminine
	}
	return !strings.HasSuffix(adjective, "ي") || !feminine
}

// relationAdjective reports whether token i has the shape of a definite
// adjective of relation: «القومي», «الوطنية».
func (p *parser) relationAdjective(i int) bool {
	w := p.text(i)
	return strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه"))
}

// kindHeaded reads the name after a head that says what kind of place it
// is, and leaves the head out: «مدينة مشهد» is the listed مشهد, joined
// with every other mention of it, and «مدينة قوانغتشو» the city قوانغتشو.
// A name listed as a place of another kind is the head's kind, with no
// entry («ولاية نيويورك» is the state, not the listed city); a name listed
// as another kind of entity keeps its head, as one name: «مدينة الكويت» is
// not the country.
func (p *parser) kindHeaded(i, clitic int, h *head) (mention, bool) {
	j := i + 1
	if end, ok := p.eponym(h, j); ok {
		return mention{start: j, end: end, typ: h.typ}, true // «مدينة الشيخ زايد»
	}
	if end, ok := p.namedAfter(h, i); ok {
		if named, listed := p.gazetteer(j); listed && named.clitic == 0 && named.end >= end && slices.Contains(h.listedAs, named.entry.typ) {
			return named, true // the listed street: «أحداث محمد محمود الأولى»
		}
		return mention{start: j, end: end, typ: h.typ}, true // «أحداث محمد محمود»
	}
	// After a head of needs article, a word with ال or one no table and no
	// dictionary knows: «حي الزيتون», «حي جوبر»; an everyday word without
	// ال is no name there: «حي يرزق» is alive, «حي شعبي» a kind of quarter.
	if !p.isWord(j) || p.nisbaAt(j) || h.needs == "article" && !(p.hasArticle(j, 0) && p.plainAlif(j, 0) || p.foreignWord(j, 3)) {
		return mention{}, false
	}
	named, listed := p.gazetteer(j)
	if p.t.placePrefixes[p.text(j)] && minorPlace(h.typ) && (!listed || named.end == j+1) {
		// A word that begins a place's name of two words takes the word
		// after it, whatever it is, and is no name alone: «قرية أبو
		// حلقة», «مدينة رأس غارب», «قرية ميت عساس»; not «قرية أبو» and
		// a comma. Another such word takes one more: «قرية عرب بني
		// شعران».
		if h.max < 2 || !p.prefixGoesOn(j+1) {
			return mention{}, false
		}
		end := j + 2
		if p.t.placePrefixes[p.text(j+1)] && p.prefixGoesOn(j+2) {
			end++
		}
		return mention{start: j, end: end, typ: h.typ}, true
	}
	if listed {
		if named.clitic == 0 && slices.Contains(h.listedAs, named.entry.typ) {
			return named, true
		}
		if named.typ == "Person" && len(h.eponyms) > 0 && named.end-named.start >= 2 && named.clitic == 0 && h.needs != "listed" {
			// A town named after a listed person, after a head of towns so
			// named (eponyms): «بقرية أبو الغيط», «مدينة عمر المختار».
			return mention{start: j, end: named.end, typ: h.typ}, true
		}
		if h.needs == "listed" || named.clitic != 0 || named.typ == "Person" || !minorPlace(named.typ) && named.typ != "Country" {
			// Else a head before a listed person or body is a noun in
			// construct with it: «في فترة ولاية أوباما» is his term,
			// «تحت ولاية مكتب الإرشاد» its authority, «مدينة ميقاتي»
			// the town he comes from.
			return mention{}, false
		}
		if minorPlace(h.typ) && minorPlace(named.entry.typ) {
			// A city and the province named after it share the name:
			// «مدينة ميلانو» is the city where the lists have the province,
			// «ولاية نيويورك» the state where they have the city. The name
			// without the head, of the head's kind and no entry's.
			return mention{start: j, end: named.end, typ: h.typ}, true
		}
		return mention{start: i, end: named.end, clitic: clitic, typ: h.typ}, true
	}
	if h.needs == "listed" || !p.nameish(j) || p.conjoined(j) && utf8.RuneCountInString(p.text(j)) > 3 {
		// Nor is the conjunction and a word, the sentence's next item:
		// «في كل محافظة وحجم الاحتياطي», «بمهاجمة قرية وقتل 17 شخصا».
		return mention{}, false
	}
	// A name no list has: its first word, and the name words after it. An
	// everyday noun without ال is in construct with the word after it, if
	// that has ال or is no everyday word («قرية كفر عميرة», «مدينة رأس
	// البر», «قرية ميت السراج»). An everyday word in ة with no ال and
	// nothing after it is an adjective of the head, not a name: «لولاية
	// ثانية», «مدينة تاريخية».
	end := j + 1
	everyday := !strings.HasPrefix(p.text(j), "ال") && p.reading(j) == lexicon.AsItStands
	if everyday && end < i+1+h.max && p.constructGoesOn(end, strings.HasSuffix(p.text(i), "ه")) {
		end++
	}
	foreign := p.foreignWord(j, 3)
	for end < i+1+h.max && p.isWord(end) && !p.nisbaAt(end) {
		if w := p.bare(end); (w == nil || !w.name) && !(foreign && p.foreignWord(end, 3) && !strings.HasPrefix(p.text(end), "و")) {
			break // but a foreign name goes on, unless conjoined: «مدينة بيفرلي هيلز»
		}
		end++
	}
	if w := p.bare(j); end == j+1 && everyday && strings.HasSuffix(p.text(j), "ه") && (w == nil || !w.name) {
		return mention{}, false
	}
	return mention{start: j, end: end, typ: h.typ}, true
}

// namedAfter reads, after head h at token i that flags people
// (heads.tsv), the name of a person as the rules read it, of two words
// or more and without a title, as the name of what the head begins:
// «شارع محمد محمود», «ميدان عبد المنعم رياض», «أحداث محمد محمود» (the
// clashes in that street). It returns where the name ends, before a word
// that stays outside a name: «شارع الحبيب بورقيبة الرئيسي» is the main
// street, «أحداث محمد محمود الأولى» the first clashes there.
func (p *parser) namedAfter(h *head, i int) (int, bool) {
	if !h.people {
		return 0, false
	}
	m, ok := p.best(i + 1)
	if !ok || m.typ != "Person" || m.entry != nil || m.start != i+1 || m.clitic != 0 || m.end-m.start < 2 || m.title[1] != m.title[0] {
		return 0, false
	}
	end := m.end
	for k := i + 3; k < end; k++ {
		if w := p.bare(k); w != nil && w.outside {
			end = k
			break
		}
	}
	return end, true
}

// eponym reads a person's title and name at token j, after head h, as
// the name of what the head begins («جامعة الملك سعود», «مطار الملك خالد
// الدولي», «مدينة الشيخ زايد»), where the title is one of the head's
// eponyms (heads.tsv) and stands without a proclitic. It returns the
// token after the name, which ends before a tail, a word that stays
// outside a name, a nationality adjective or a word behind ل or ب:
// «قاعدة الأمير سلطان الجوية» is no «سلطان الجوية», «مدينة الملك عبد
// الله للطاقة الذرية» no «عبد الله للطاقة».
func (p *parser) eponym(h *head, j int) (int, bool) {
	if len(h.eponyms) == 0 || !p.isWord(j) || !slices.Contains(h.eponyms, p.text(j)) {
		return 0, false
	}
	k, ok := p.titleAt(j)
	if !ok {
		return 0, false
	}
	end, ok := p.nameRun(k, false)
	if !ok {
		return 0, false
	}
	for n := k + 1; n < end; n++ {
		if w := p.bare(n); w != nil && (w.tail || w.outside) || p.nisbaAt(n) || p.prepositional(n) {
			return n, true
		}
	}
	return end, true
}

// prefixGoesOn reports whether token k may end a place's name that a
// prefix begins (stop.tsv, prefix): a word, but no function word or
// nationality adjective. A word with ال in ة is the name's, not an
// adjective of the head, which would follow the whole name: «بقرية دير
// الجنادلة».
func (p *parser) prefixGoesOn(k int) bool {
	if !p.isWord(k) || p.nisbaAt(k) {
		return false
	}
	w := p.bare(k)
	return w == nil || !w.function
}

// constructGoesOn reports whether token k may be the second word of a
// place's name whose first word is in construct with it: a word with ال
// or one the lexicon does not know, that may be part of a name, and is
// not a nationality adjective, a listed name («مدينة نصر القاهرة») or a
// listed word behind a proclitic («مدينة نصر بالقاهرة»); after a feminine
// head, not a word with ال in ة, the head's adjective («مدينة مشهد
// المقدسة»).
func (p *parser) constructGoesOn(k int, feminineHead bool) bool {
	if !p.isWord(k) || p.nisbaAt(k) || !p.nameish(k) {
		return false
	}
	if t := p.text(k); feminineHead && strings.HasPrefix(t, "ال") && strings.HasSuffix(t, "ه") {
		return false
	}
	if _, listed := p.gazetteer(k); listed || !strings.HasPrefix(p.text(k), "ال") && p.everyday(k) {
		return false
	}
	return p.bare(k) != nil || len(p.forms(k)) == 0
}
