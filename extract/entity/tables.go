package entity

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
	"github.com/khabar-lab/khabar/extract/lexicon"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

//go:embed data/*.tsv
var dataFS embed.FS

// entry is one name a gazetteer knows.
type entry struct {
	words []string // the search forms of its words
	typ   string   // a schema.org type
	qid   string   // a Wikidata id, or ""
	// sameAs is the Wikidata IRI of qid, or "": made once, not for every
	// mention.
	sameAs string
	form   string // the form as the table writes it
	name   string // the entity's name: the form, or the curated key
	key    string // what makes two entries one entity
	rank   int    // the source: lower wins when a form is in two
	// underHead marks a generated form that is a head word and a name the
	// tables list («دولة قطر» in WikiFANE): never matched, so that the
	// head rule reads it as the listed name, in one node with the others.
	underHead bool
	// phrase marks an everyday phrase of stop.tsv that looks like a name
	// («حركة المرور», «صلاة المغرب»): matched like an entry, so that no
	// rule reads a name in its words, and never written out.
	phrase bool
	// located marks a one-word place whose word is an everyday word or a
	// given name too, or a curated place of more words that names a person
	// as often (stop.tsv, located): read only where a place is expected.
	located bool
	// cued marks a listed name of two words or more that is an everyday
	// phrase too (stop.tsv, cued): read only where something says what it
	// is, as a cued word is. «اليوم السابع» is a paper and the seventh day.
	cued bool
	// spread marks a club of clubs.tsv that, once its context made a
	// mention the club, is the club in every other mention of the article.
	spread bool
	// alone marks a club of clubs.tsv that is the club without a context,
	// wherever spread would make it the club: «الزمالك يمدد عقد …».
	alone bool
	// homonym is the other place a one-word place's name may be
	// (homonyms.tsv), or nil.
	homonym *homonym
}

// homonym is a place of another country that a one-word place of the
// gazetteers shares its name with: «عمان» is Oman and Amman.
type homonym struct {
	other *entry
	// The keys of the two countries: the article names otherCountry and
	// not firstCountry for a lone mention to be the other place.
	otherCountry, firstCountry string
}

// head is a word that begins the name of an organization or a place.
type head struct {
	typ   string
	needs string // what the first word after it may be: definite, article, foreign, brand, named, any, nisba, listed, relation or adjective
	max   int    // how many words may follow
	// kind is true for a head that says what kind of place a name is,
	// and stays out of its span: «مدينة مشهد» is مشهد. It may take a
	// listed name of one of the types listedAs.
	kind bool
	// outOfListed is true for a head that is part of a name no table
	// has («وزارة الخارجية») and stays out of a listed one of the types
	// listedAs: «وكالة رويترز» is رويترز.
	outOfListed bool
	listedAs    []string
	// narrower maps the search form of the word right after the head to
	// the narrower type a name so begun has: «وكالة الأنباء …» is a
	// NewsMediaOrganization.
	narrower map[string]string
	// eponyms are the titles after which a person's name is the name
	// of what the head begins, in search form: «قاعدة الأمير سلطان
	// الجوية», «جامعة الملك سعود».
	eponyms []string
	// people is true for a head after which a person's name of two or
	// more name words is the name of what it begins: «شارع محمد محمود»,
	// «ميدان طلعت حرب».
	people bool
	// portfolios is true for a head whose name may join a second
	// portfolio (tables.portfolios) to the first with و: «وزارة التربية
	// والتعليم», «اتحاد الإذاعة والتليفزيون».
	portfolios bool
	// quoted is true for a head whose name may stand in quotes after
	// it, the head out of the name: «صحيفة "الشرق الأوسط"», «حزب
	// "الوسط"», «شركة «موبينيل»».
	quoted bool
	// purpose is true for a head whose name no list has may go on with
	// what the body is for, in ل: «شركة مصر للبترول», «منظمة العدل
	// والتنمية لحقوق الإنسان».
	purpose bool
	// purposeOnly is true for a head that names a body only with that
	// complement, after a listed name too: «مركز الأهرام للدراسات», but
	// «مركز المحلة الكبرى» is a district, «مركز شرطة» a police station.
	purposeOnly bool
}

// title is a title or role that stands before a person's name.
type title struct {
	words []string
	// epithet marks a title whose person may be named by an epithet
	// with ال alone: «الإمام الشافعي».
	epithet bool
	// credit marks a word of a work's credits, which a person's name
	// follows but which is no title of the person: «إخراج», «تأليف»;
	// and a word of kin (titles.tsv, kin), read the same: «نجله».
	credit bool
	// honorific marks a form of address, no office: «الدكتور», «السيد».
	honorific bool
	// given marks an honorific that is a given name too (titles.tsv,
	// given): after another title and before a family name it is the
	// name's first word, «الدكتور السيد البدوي».
	given bool
}

// word is everything the tables say of one search form.
type word struct {
	// The fields the reading of every token touches (parser.reset) come
	// first, and then those that best asks of a token a rule may begin
	// at: most words are read and passed over, and these stay in the
	// first bytes of the struct, one cache line.
	nisba *entry // the country of a nationality adjective
	names *trie  // the entries whose first word this is
	// starts is true for a word some rule may begin a mention at, in one
	// of the forms of a token: most words begin none, and are passed over
	// with one test.
	starts      bool
	quoted      bool // follows the name of a person quoted: «عن غريفيث قوله»
	nasab       bool // a link that names the father: «بن»; a name word before it begins a name
	variantPart bool // a word of a two-word place, beside which a variant of the other is read: «نيو» of «نيو أورليانز»
	locative    bool // a preposition of place, after which a spelling variant of a place is read: «في زيوريخ»
	clubWord    bool // clubs is not empty
	report      bool // a function word that reports speech: a lone name may follow, «وقال بلير»
	first       bool // a first name
	// alsoFirst marks a function word that is also a first name: «علي»
	// is the search form of the preposition «على» and of the name «علي»,
	// «امام» of «أمام» and «إمام» (see spellings).
	alsoFirst   bool
	token       bool // a Wikidata name token seen often (names.tsv, token)
	personStart bool // begins a listed person's name: «لاريجاني», «عبدالفتاح»
	name        bool // a part of some name: a first or family name, or a name token
	kunya       bool // begins a kunya: «أبو», «أم»
	function    bool // a function word: ends every name
	common      bool // a common word: never a name alone
	head        *head
	titles      []*title // titles whose first word this is, longest first
	// spellings tell the word's readings apart by the original's
	// spelling; never nil.
	*spellings
	clubs      []*entry   // clubs of clubs.tsv whose name begins with this word, read only in their context
	ordinals   [][]string // regnal ordinals that begin with this word: «الثاني»
	language   bool       // a nationality adjective after it names a language: «اللغة الفرنسية»
	verbal     bool       // a head that is also a verbal noun: «تنظيم» (organizing), «حركة» (traffic)
	quantity   bool       // a word of quantity, which a noun follows: «العديد», «المزيد»
	direction  bool       // a common word that names a direction: «جنوب», «الشرقية»
	unlisted   bool       // never a one-word entry of the generated lists: «الصور», «جمال»
	located    bool       // a one-word place only where a place is expected: «تدمر», «سرت»
	construct  bool       // a first name that is also a noun: «مالك العقار» is a construct
	role       bool       // a first name that is also a noun of office: «سهل بن حنيف أمير المدينة», «أمير الكويت»
	tail       bool       // may close a name a head began: «الجوية»
	outside    bool       // ends a name a head began, outside it: «السابق»
	sports     bool       // a city after it is its club: «فاز برشلونة» (sports.tsv)
	clubBefore bool       // a club of clubs.tsv after it is the club: «لاعب الأهلي», «مباراة الأهلي» (sports.tsv)
	clubAfter  bool       // a verb of a match's result, after a club too: «الأهلي يفوز» (sports.tsv, result)
	clubHead   bool       // «نادي», part of the name of a club after it: «النادي الأهلي» (sports.tsv, club)
	qualifier  bool       // an adjective between a title and a name: «السابق»
	adjective  bool       // also an indefinite adjective: «مالي» (financial, and Mali)
	cued       bool       // a listed name read only after a cue: «الجزيرة» (the island, and the channel)
	cue        bool       // a word that says what a cued name after it is: «مراسل الجزيرة»
	partyCue   bool       // a cue for a cued organization only: «قيادات الحرية والعدالة»
	ofPlace    bool       // a noun whose complement is a place, after which a located name is read: «مقيم الشيخ زايد»
	link       bool       // joins two parts of a person's name: «بن», «آل»
	inner      bool       // a link that begins no name: «ولد» first is «was born»
	compound   bool       // a link that takes any word after it: «عبد التواب», «أبو سعدة»
	particle   bool       // a link of foreign names: «فان رومبوي» is «رومبوي» again
	second     bool       // the second part of a compound name: «الدين» of «عز الدين»

	// attributive: also a definite adjective with a complement in ل,
	// «المعادي» (hostile, and Maadi) (stop.tsv).
	attributive bool
	// definite: also a definite adjective, with no complement: «العمرانية»
	// (urban, and a district of Giza) (stop.tsv).
	definite bool
	// objectFrom: also a verbal noun whose object follows «من»: «النيل
	// من سمعته» (stop.tsv, objectfrom).
	objectFrom bool
	// placeHeads maps the search form of a second word to the head of
	// two words it makes with this one, a body named for the place it
	// serves (heads.tsv, needs place): «مديرية» and «أمن», «محكمة» and
	// «جنايات»; "" to this word's own such head, «نيابة».
	placeHeads map[string]*head
	// precinct: a word that may stand between such a head and its
	// place, numbering a precinct or naming a court's circuit: «قسم
	// شرطة ثان المنصورة», «محكمة جنح مستأنف الدقي» (stop.tsv).
	precinct bool
}

// spellings are the original spellings that tell a word's readings apart
// where its search form does not. Few words have any, so they are kept out
// of word, which the lookup of nearly every token reads.
type spellings struct {
	// functionSpellings are the function word's spellings in stop.tsv
	// that differ from its search form («على»), which the name never has.
	functionSpellings []string
	// nameSpellings are the name's spellings in the first-name lists
	// that differ from it («إمام»): where there are any, the name is
	// spelled so, and a spelling that is neither («امام», as papers that
	// write no hamza spell both) is the function word, the commoner.
	nameSpellings []string
	// verbSpellings are the spellings in stop.tsv of a verb or particle
	// whose search form this name or title is: «تأمر» of «تامر», «وإلى»
	// of «والي».
	verbSpellings []string
	// pronounSpellings are the spellings in stop.tsv in which this first
	// name is also a word with an attached pronoun: «منى» (from me, as
	// Egyptian papers spell «مني»), «ناديه» (his club; the name spelled
	// «نادية» is the name).
	pronounSpellings []string
	// nounSpellings are the spellings in stop.tsv of an everyday noun
	// whose search form this one-word place is: «فأس» (an axe) of «فاس»
	// (Fez).
	nounSpellings []string
}

// noSpellings is the spellings of every word that has none.
var noSpellings spellings

// ownSpellings returns w's spellings to add to.
func (w *word) ownSpellings() *spellings {
	if w.spellings == &noSpellings {
		w.spellings = new(spellings)
	}
	return w.spellings
}

// phrase reports whether ws are the words of an everyday phrase of
// stop.tsv.
func (t *tables) phrase(ws []string) bool {
	w0 := t.words[ws[0]]
	if w0 == nil {
		return false
	}
	n := w0.names
	for _, w := range ws[1:] {
		if n == nil {
			return false
		}
		n = n.child(w, wordtable.Hash(w))
	}
	return n != nil && n.entry != nil && n.entry.phrase
}

// kunyaWords begin a kunya, in their search forms.
var kunyaWords = []string{"ابو", "ام", "ابي"}

// trie holds the gazetteer entries that begin with one word, by the
// words that follow it, so a match costs one lookup per word however many
// entries share the first («محافظة» begins hundreds).
type trie struct {
	entry *entry // the entry whose words end here, or nil
	// children are the words that may follow, with their wordtable.Hash:
	// most nodes have a few, which child scans comparing hashes first; a
	// node with more than manyChildren also has them in index.
	children []trieChild
	// index is an open-addressing table of the children by their hash,
	// at most half full: each slot is a child's position plus one, 0 for
	// none. The token's hash is at hand, so no word is hashed again.
	index []int32
}

type trieChild struct {
	hash uint64
	word string
	node *trie
}

const manyChildren = 8

// child returns the node under the word w, whose hash is h, or nil.
func (n *trie) child(w string, h uint64) *trie {
	if n.index != nil {
		mask := uint64(len(n.index) - 1)
		for j := h & mask; n.index[j] != 0; j = (j + 1) & mask {
			if c := &n.children[n.index[j]-1]; c.hash == h && c.word == w {
				return c.node
			}
		}
		return nil
	}
	for i := range n.children {
		if c := &n.children[i]; c.hash == h && c.word == w {
			return c.node
		}
	}
	return nil
}

// indexChild puts child k in the index, which it first makes or grows
// where the children would fill more than half of it.
func (n *trie) indexChild(k int) {
	if 2*len(n.children) > len(n.index) {
		size := 16
		for size < 4*len(n.children) {
			size *= 2
		}
		n.index = make([]int32, size)
		for i := range k {
			n.indexChild(i)
		}
	}
	mask := uint64(len(n.index) - 1)
	j := n.children[k].hash & mask
	for n.index[j] != 0 {
		j = (j + 1) & mask
	}
	n.index[j] = int32(k + 1)
}

// insert adds e under the words that follow the first. An earlier entry
// of the same words wins.
func (n *trie) insert(e *entry) {
	for _, w := range e.words[1:] {
		h := wordtable.Hash(w)
		child := n.child(w, h)
		if child == nil {
			child = &trie{}
			n.children = append(n.children, trieChild{h, w, child})
			if len(n.children) > manyChildren {
				n.indexChild(len(n.children) - 1)
			}
		}
		n = child
	}
	if n.entry == nil {
		n.entry = e
	}
}

// tables are the extractor's tables, loaded once.
type tables struct {
	words map[string]*word // while loading
	// table is words frozen for the lookups of every token.
	table *wordtable.Table[*word]
	// rare are the rarer name tokens (names.tsv, rare): a part of a name
	// only after a name word, so looked up only there, not with every
	// token.
	rare      *wordtable.Table[bool]
	rareWords map[string]bool // while loading
	// institutional are the adjectives of a body's name (stop.tsv,
	// institutional), looked up only after a head of needs relation.
	institutional map[string]bool
	// portfolios are the nouns that name a second portfolio after و in
	// the name of a body whose head takes one (stop.tsv, portfolio;
	// heads.tsv, portfolios), looked up only there: «والتعليم» of «وزارة
	// التربية والتعليم».
	portfolios map[string]bool
	// placePrefixes are the words that begin a place's name of two words
	// whatever the second (stop.tsv, prefix), looked up only after a head
	// of a kind of place: «قرية أبو حلقة», «مدينة رأس غارب».
	placePrefixes map[string]bool
	// shapes are the templates of common words (shapes.tsv).
	shapes []shape
	// lexicon has the everyday words of the language (Ayaspell): a word
	// it lacks that no table knows may be a foreign or rare family name.
	lexicon *lexicon.Lexicon
	// variants finds a listed place by the skeleton of a spelling the
	// lists lack (variants.go).
	variants *variantIndex
	// surnames are the family names with ال that end the names of
	// curated people, by which a title names a person: «الرئيس السادات»,
	// «الرئيس الأسد».
	surnames map[string]bool
	// familyNames are the other family names of curated people, without
	// ال, of one word or of a compound's two («نصر الله»), by which a verb
	// of saying names a person: «وأضاف عنان», «وأكد نصر الله».
	familyNames map[string]bool
}

// shape is a template of common words: runes where 'C' is any letter and
// '*' any letters, and the literal text it must begin and end with, which
// rules most words out before the template is read.
type shape struct {
	runes          []rune
	prefix, suffix string
}

func newShape(template string) shape {
	s := shape{runes: []rune(template)}
	wild := func(r rune) bool { return r == 'C' || r == '*' }
	s.prefix = template[:max(0, strings.IndexFunc(template, wild))]
	s.suffix = template[strings.LastIndexFunc(template, wild)+1:]
	return s
}

// sources lists the gazetteers in the order they win a form both have,
// with the fields each line has: form, type, then a Wikidata id and a key
// (curated), a Wikidata id and a source (places), a fine type (WikiFANE)
// or a CAMEO code (UniversalPetrarch's actors).
var sources = []struct {
	file   string
	fields int
	qid    bool
}{
	{"curated.tsv", 4, true},
	{"places.tsv", 4, true},
	{"wikifane.tsv", 3, false},
	{"actors.tsv", 3, false},
}

func loadTables() (*tables, error) {
	// The lexicon of everyday words is a table of its own: it loads on
	// another core, if there is one, while the gazetteers are read.
	type loaded struct {
		lexicon *lexicon.Lexicon
		err     error
	}
	lexiconLoaded := make(chan loaded, 1)
	go func() {
		l, err := lexicon.Load()
		lexiconLoaded <- loaded{l, err}
	}()
	// The maps are sized for the tables as they are (some 14,000 words
	// and 19,000 forms) so that they do not grow by rehashing.
	t := &tables{words: make(map[string]*word, 16384), rareWords: make(map[string]bool, 8192), institutional: map[string]bool{}, portfolios: map[string]bool{}, placePrefixes: map[string]bool{}, variants: newVariantIndex()}
	norm := normalize.New(normalize.Default())
	// normWords splits a form into the tokens the tokenizer makes of it
	// in an article, punctuation included: «د.» is «د» and «.», and
	// «بادن-فورتمبيرغ» three tokens with the hyphen between.
	var toks []token.Token
	var n normalize.Text // reused: a table has tens of thousands of lines
	normWords := func(s string) ([]string, error) {
		if err := norm.NormalizeInto(&n, s); err != nil {
			return nil, err
		}
		toks = token.AppendTokens(toks[:0], n.Norm)
		ws := make([]string, len(toks))
		for k, tok := range toks {
			ws[k] = tok.Text
		}
		return ws, nil
	}
	seen := make(map[string]bool, 24576) // forms a better source has
	later := map[string]bool{}           // name tokens read only after another (stop.tsv, later)
	// Curated places of two words or more that name a person as often,
	// read only where a place is expected (stop.tsv, located).
	located := map[string]bool{}
	// Listed names of two words or more read only after a cue (stop.tsv,
	// cued).
	cued := map[string]bool{}
	// Stop words first: the gazetteers consult them.
	err := eachLine("stop.tsv", 2, func(f []string) error {
		ws, err := normWords(f[0])
		if f[1] == "phrase" {
			if err != nil || len(ws) < 2 {
				return fmt.Errorf("want a phrase of two words or more: %v", err)
			}
			form := strings.Join(ws, " ")
			e := &entry{words: ws, form: f[0], name: f[0], key: form, phrase: true}
			w := t.word(ws[0])
			if w.names == nil {
				w.names = &trie{}
			}
			w.names.insert(e)
			seen[form] = true
			return nil
		}
		if f[1] == "located" && err == nil && len(ws) > 1 {
			located[strings.Join(ws, " ")] = true
			return nil
		}
		if f[1] == "cued" && err == nil && len(ws) > 1 {
			cued[strings.Join(ws, " ")] = true
			return nil
		}
		if err != nil || len(ws) != 1 {
			return fmt.Errorf("want one word: %v", err)
		}
		// These two are kept apart from the words every token looks up,
		// whose readings an entry would change.
		switch f[1] {
		case "institutional":
			t.institutional[ws[0]] = true
			return nil
		case "portfolio":
			t.portfolios[ws[0]] = true
			return nil
		case "prefix":
			t.placePrefixes[ws[0]] = true
			return nil
		case "later":
			later[ws[0]] = true
			return nil
		}
		w := t.word(ws[0])
		switch f[1] {
		case "function", "report", "quoted":
			w.function, w.report, w.quoted = true, f[1] == "report", f[1] == "quoted"
			if f[0] != ws[0] {
				// «على» is «علي» in the search form, which is also a
				// name: the spelling tells them apart. «في» needs no
				// such test.
				sp := w.ownSpellings()
				sp.functionSpellings = append(sp.functionSpellings, f[0])
			}
		case "common":
			w.common = true
		case "direction":
			w.common, w.direction = true, true
		case "adjective":
			w.adjective = true
		case "attributive":
			w.attributive = true
		case "definite":
			w.definite = true
		case "objectfrom":
			w.objectFrom = true
		case "precinct":
			w.precinct = true
		case "unlisted":
			w.unlisted = true
		case "located":
			w.located = true
		case "cued":
			w.cued = true
		case "cue":
			w.cue = true
		case "partycue":
			w.partyCue = true
		case "locative":
			w.locative = true
		case "ofplace":
			w.ofPlace = true
		case "construct":
			w.construct = true
		case "role":
			w.role = true
		case "pronoun":
			sp := w.ownSpellings()
			sp.pronounSpellings = append(sp.pronounSpellings, f[0])
		case "noun":
			if f[0] == ws[0] {
				return fmt.Errorf("noun %q: the search form spells it alike, so no spelling tells it from the place", f[0])
			}
			sp := w.ownSpellings()
			sp.nounSpellings = append(sp.nounSpellings, f[0])
		case "verb":
			if f[0] == ws[0] {
				return fmt.Errorf("verb %q: the search form spells it alike, so no spelling tells it from the name", f[0])
			}
			sp := w.ownSpellings()
			sp.verbSpellings = append(sp.verbSpellings, f[0])
		case "language":
			w.language = true
		case "verbal":
			w.verbal = true
		case "quantity":
			w.quantity = true
		default:
			return fmt.Errorf("unknown kind %q", f[1])
		}
		return nil
	})
	for _, k := range kunyaWords {
		t.word(k).kunya = true
	}
	// Month and weekday names are common words here: «أغسطس» is no person.
	for _, e := range normalize.Calendar().Entries() {
		if ws, err := normWords(e.Form); err == nil && len(ws) == 1 {
			t.word(ws[0]).common = true
		}
	}
	// Titles before the gazetteers, which consult them.
	if err == nil {
		err = eachLine("titles.tsv", 1, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) == 0 {
				return fmt.Errorf("empty title: %v", err)
			}
			kind := field(f, 1)
			switch {
			case kind == "qualifier" && len(ws) == 1:
				t.word(ws[0]).qualifier = true
				return nil
			case kind != "" && kind != "title" && kind != "epithet" && kind != "credit" && kind != "kin" && kind != "honorific" && kind != "given":
				return fmt.Errorf("want kind title, epithet, credit, kin, honorific, given or a one-word qualifier, have %q %q", f[0], kind)
			}
			w := t.word(ws[0])
			w.titles = append(w.titles, &title{words: ws, epithet: kind == "epithet", credit: kind == "credit" || kind == "kin", honorific: kind == "honorific" || kind == "given", given: kind == "given"})
			for k := len(w.titles) - 1; k > 0 && len(w.titles[k].words) > len(w.titles[k-1].words); k-- {
				w.titles[k], w.titles[k-1] = w.titles[k-1], w.titles[k]
			}
			return nil
		})
	}
	var generated []*entry // multi-word forms of the generated sources
	var others []*entry    // entries of no place
	var people []*entry    // curated people of two words or more
	for rank, src := range sources {
		if err != nil {
			break
		}
		err = eachLine(src.file, src.fields, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) == 0 {
				return fmt.Errorf("empty form: %v", err)
			}
			form := strings.Join(ws, " ")
			if seen[form] && (rank > 0 || t.phrase(ws)) {
				return nil
			}
			if w := t.word(ws[0]); len(ws) == 1 && (w.common && !(rank == 0 && w.cued) || w.function || len([]rune(ws[0])) < 3) {
				return nil // but a curated name read only after a cue: «الوطن», the paper
			}
			if len(ws) == 1 && rank > 0 && t.word(ws[0]).unlisted {
				return nil // «الصور» is no town here, «جمال» no city
			}
			if t.allDirections(ws) {
				return nil // «جنوب غرب» is no place of a generated list here
			}
			if len(ws) == 1 && rank > 0 && t.cliticFunction(ws[0]) {
				return nil // «باي» is «بأي», ب and a function word, before it is a town
			}
			if rank > 0 && f[1] == "Person" && t.titleLeads(ws) {
				return nil // «الملك فهد»: the title rules read «فهد», the title its jobTitle
			}
			seen[form] = true
			e := &entry{words: ws, typ: f[1], form: f[0], name: f[0], key: form, rank: rank}
			// A generated town named as people are is located too
			// (places.tsv, fifth field): «في هارلم», not «رقصة هارلم شيك».
			e.located = len(ws) == 1 && t.word(ws[0]).located || rank == 0 && located[form] || src.file == "places.tsv" && field(f, 4) == "located"
			e.cued = rank == 0 && cued[form]
			if src.qid {
				e.qid = f[2]
			}
			if rank == 0 && len(f) > 3 {
				e.name = f[3]
				if k, err := normWords(f[3]); err == nil {
					e.key = strings.Join(k, " ")
				}
			}
			if e.qid != "" {
				e.key, e.sameAs = e.qid, "http://www.wikidata.org/entity/"+e.qid
			}
			w := t.word(ws[0])
			if w.names == nil {
				w.names = &trie{}
			}
			w.names.insert(e)
			if e.typ == "Person" && utf8.RuneCountInString(ws[0]) >= 3 {
				w.personStart = true
			}
			if rank > 0 && len(ws) > 1 {
				generated = append(generated, e)
			}
			if rank == 0 && len(ws) > 1 && e.typ == "Person" {
				people = append(people, e)
			}
			switch {
			case rank < 2 && (e.typ == "Country" || minorPlace(e.typ)):
				t.variants.addPlace(e)
			case e.typ != "Place":
				others = append(others, e) // «سوخوي» the company is no variant of a town
			}
			return nil
		})
	}
	if err == nil {
		err = eachLine("heads.tsv", 2, func(f []string) error {
			ws, err := normWords(f[0])
			if err == nil && len(ws) >= 1 && len(ws) <= 2 && field(f, 2) == "place" {
				// A head of one word or two before the place a body
				// serves; one word's is keyed by "".
				h := &head{typ: f[1], needs: "place"}
				if _, err := fmt.Sscan(field(f, 3), &h.max); err != nil || h.max < 1 || len(f) > 4 {
					return fmt.Errorf("a head of needs place has a form, a type, needs and max alone; max is %q", field(f, 3))
				}
				w := t.word(ws[0])
				if w.placeHeads == nil {
					w.placeHeads = map[string]*head{}
				}
				w.placeHeads[strings.Join(ws[1:], "")] = h
				return nil
			}
			if err == nil && len(ws) == 2 {
				// A head and the word after it: a narrower type.
				w := t.words[ws[0]]
				if w == nil || w.head == nil || len(f) != 2 {
					return fmt.Errorf("a form of two words is a head listed above and the word after it, with a type alone")
				}
				if w.head.narrower == nil {
					w.head.narrower = map[string]string{}
				}
				w.head.narrower[ws[1]] = f[1]
				return nil
			}
			if err != nil || len(ws) != 1 || len(f) < 4 {
				return fmt.Errorf("want one word and four fields: %v", err)
			}
			h := &head{typ: f[1], needs: f[2]}
			if !slices.Contains([]string{"definite", "article", "foreign", "brand", "named", "any", "nisba", "listed", "relation", "adjective"}, f[2]) {
				return fmt.Errorf("needs is %q, want definite, article, foreign, brand, named, any, nisba, listed, relation or adjective", f[2])
			}
			if _, err := fmt.Sscan(f[3], &h.max); err != nil || h.max < 1 {
				return fmt.Errorf("max is %q", f[3])
			}
			switch span := field(f, 4); span {
			case "", "whole":
			case "name", "listed":
				h.kind, h.outOfListed = span == "name", span == "listed"
				h.listedAs = strings.Split(field(f, 5), ",")
				if field(f, 5) == "" {
					return fmt.Errorf("a head with span %s needs the types a listed name may have", span)
				}
			default:
				return fmt.Errorf("span is %q, want whole, name or listed", span)
			}
			if h.needs == "listed" && !h.kind && !h.outOfListed {
				return fmt.Errorf("needs listed is for heads with span name or listed")
			}
			if h.needs == "article" && !h.kind {
				return fmt.Errorf("needs article is for heads with span name")
			}
			if eponyms := field(f, 6); eponyms != "" {
				for _, e := range strings.Split(eponyms, ",") {
					ew, err := normWords(e)
					if err != nil || len(ew) != 1 {
						return fmt.Errorf("eponym title %q: want one word: %v", e, err)
					}
					h.eponyms = append(h.eponyms, ew[0])
				}
			}
			if flags := field(f, 7); flags != "" {
				for _, flag := range strings.Split(flags, ",") {
					switch flag {
					case "people":
						h.people = true
					case "portfolios":
						h.portfolios = true
					case "quoted":
						h.quoted = true
					case "purpose":
						h.purpose = true
					case "purposeonly":
						h.purpose, h.purposeOnly = true, true
					default:
						return fmt.Errorf("want people, portfolios, quoted, purpose or purposeonly in the last field, have %q", flag)
					}
				}
			}
			t.word(ws[0]).head = h
			return nil
		})
	}
	for _, e := range generated {
		if h := t.words[e.words[0]].head; h != nil && (h.kind || h.outOfListed) {
			if listed := t.lookup(e.words[1:]); listed != nil && slices.Contains(h.listedAs, listed.typ) {
				e.underHead = true
			}
		}
	}
	if err == nil {
		err = eachLine("sports.tsv", 1, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) != 1 {
				return fmt.Errorf("want one word: %v", err)
			}
			w := t.word(ws[0])
			switch kind := field(f, 1); kind {
			case "":
				w.sports, w.clubBefore = true, true
			case "result":
				w.sports, w.clubBefore, w.clubAfter = true, true, true
			case "city":
				w.sports = true
			case "match":
				w.clubBefore = true
			case "club":
				w.sports, w.clubBefore, w.clubHead = true, true, true
			default:
				return fmt.Errorf("want kind result, city, match or club, have %q", kind)
			}
			return nil
		})
	}
	if err == nil {
		err = eachLine("homonyms.tsv", 6, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) != 1 {
				return fmt.Errorf("want one word: %v", err)
			}
			first := t.lookup(ws)
			if first == nil || first.homonym != nil {
				return fmt.Errorf("%q is no place of the gazetteers, or listed twice", f[0])
			}
			countries := [2]string{}
			for k, c := range f[4:6] {
				cw, err := normWords(c)
				e := (*entry)(nil)
				if err == nil && len(cw) > 0 {
					e = t.lookup(cw)
				}
				if e == nil || e.typ != "Country" {
					return fmt.Errorf("%q is no country of the gazetteers", c)
				}
				countries[k] = e.key
			}
			other := &entry{words: ws, typ: f[1], qid: f[2], form: f[0], name: f[3], key: f[2], sameAs: "http://www.wikidata.org/entity/" + f[2]}
			if f[2] == "" {
				return fmt.Errorf("the other place needs its Wikidata id: it is its node's key")
			}
			first.homonym = &homonym{other: other, otherCountry: countries[0], firstCountry: countries[1]}
			return nil
		})
	}
	if err == nil {
		err = eachLine("clubs.tsv", 3, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) == 0 {
				return fmt.Errorf("empty form: %v", err)
			}
			key, err := normWords(f[1])
			if err != nil || len(key) == 0 {
				return fmt.Errorf("empty club: %v", err)
			}
			if f[2] != "article" && f[2] != "here" {
				return fmt.Errorf("want spread article or here, have %q", f[2])
			}
			alone := field(f, 3)
			if alone != "" && alone != "alone" {
				return fmt.Errorf("want alone or nothing in the fourth column, have %q", alone)
			}
			e := &entry{words: ws, typ: "SportsTeam", form: f[0], name: f[1], key: strings.Join(key, " "), spread: f[2] == "article", alone: alone == "alone"}
			w := t.word(ws[0])
			w.clubs, w.clubWord = append(w.clubs, e), true
			return nil
		})
	}
	if err == nil {
		err = eachLine("tails.tsv", 1, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) != 1 {
				return fmt.Errorf("want one word: %v", err)
			}
			switch kind := field(f, 1); kind {
			case "", "tail":
				t.word(ws[0]).tail = true
			case "outside":
				t.word(ws[0]).outside = true
			default:
				return fmt.Errorf("want kind tail or outside, have %q", kind)
			}
			return nil
		})
	}
	// names.tsv, the first names WikiFANE's people begin with, and the
	// given names the team adds.
	for _, file := range []string{"names.tsv", "wikifane_first.tsv", "given_names.tsv"} {
		if err != nil {
			break
		}
		err = eachLine(file, 2, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) != 1 {
				return nil // a name the normalizer splits is no use here
			}
			if f[1] == "rare" || later[ws[0]] {
				t.rareWords[ws[0]] = true
				return nil
			}
			w := t.word(ws[0])
			if w.function {
				if f[1] == "first" {
					w.alsoFirst = true
					if f[0] != ws[0] && !slices.Contains(w.nameSpellings, f[0]) {
						sp := w.ownSpellings()
						sp.nameSpellings = append(sp.nameSpellings, f[0])
					}
				}
				return nil
			}
			w.name = true
			if f[1] == "token" {
				w.token = true
			}
			if f[1] == "first" && !w.common {
				w.first = true
			}
			return nil
		})
	}
	if err == nil {
		err = eachLine("name_parts.tsv", 2, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) == 0 {
				return fmt.Errorf("empty form: %v", err)
			}
			w := t.word(ws[0])
			switch {
			case f[1] == "link" && len(ws) == 1:
				w.link = true
			case f[1] == "inner" && len(ws) == 1:
				w.link, w.inner = true, true
			case f[1] == "compound" && len(ws) == 1:
				w.link, w.compound = true, true
			case f[1] == "particle" && len(ws) == 1:
				w.link, w.particle = true, true
			case f[1] == "nasab" && len(ws) == 1:
				w.link, w.nasab = true, true
			case f[1] == "ordinal":
				w.ordinals = append(w.ordinals, ws)
			case f[1] == "second" && len(ws) == 1:
				w.second = true
			default:
				return fmt.Errorf("want a one-word link, inner, compound, particle, nasab or second, or an ordinal, have %q %q", f[0], f[1])
			}
			return nil
		})
	}
	for _, file := range []string{"nisba.tsv", "nisba_extra.tsv"} {
		if err != nil {
			break
		}
		err = eachLine(file, 2, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) != 1 {
				return fmt.Errorf("want one word: %v", err)
			}
			country, err := normWords(f[1])
			if err != nil {
				return err
			}
			e := t.lookup(country)
			if e == nil {
				return fmt.Errorf("%q is not a place the gazetteers know", f[1])
			}
			w := t.word(ws[0])
			w.nisba = e
			return nil
		})
	}
	if err == nil {
		err = eachLine("shapes.tsv", 1, func(f []string) error {
			// A template is one word whose '*' the tokenizer would split
			// off: the normalized form, split at spaces only.
			n, err := norm.Normalize(f[0])
			if err != nil {
				return err
			}
			ws := strings.Fields(n.Norm)
			if len(ws) != 1 {
				return fmt.Errorf("want one template")
			}
			if !strings.ContainsAny(ws[0], "C*") {
				return fmt.Errorf("%q: a template needs C or *; list a word in stop.tsv", ws[0])
			}
			t.shapes = append(t.shapes, newShape(ws[0]))
			return nil
		})
	}
	if err != nil {
		return nil, err
	}
	for _, w := range t.words {
		// A verb of saying and a nationality adjective may stand before a
		// lone name: «وقال بلير», «البرازيلي رونالدينيو».
		w.starts = w.names != nil || len(w.titles) > 0 || w.head != nil || w.placeHeads != nil || w.first || w.token || w.kunya || w.name || w.alsoFirst || w.report || w.nisba != nil
	}
	for _, e := range others {
		t.variants.block(e.words, nil)
	}
	t.surnames = curatedSurnames(t.words, people)
	t.familyNames = curatedFamilyNames(t.words, people)
	for _, e := range t.variants.places {
		// A word of a two-word place, as the lists spell it, may go with
		// a variant of the other: «سان» of «سان دييجو». No function word:
		// «لا» of «لا كورونيا» begins too many phrases.
		if e != nil && len(e.words) == 2 {
			for _, form := range e.words {
				if w := t.words[form]; w != nil && !w.function && !w.common && len(w.titles) == 0 && w.head == nil {
					w.variantPart = true
				}
			}
		}
	}
	for form, w := range t.words {
		// A word of the tables is what they say it is, not a variant of
		// a place: «ميلان» is no «ميلانو».
		var e *entry
		if w.names != nil {
			e = w.names.entry
		}
		t.variants.block([]string{form}, e)
	}
	for form := range t.rareWords {
		t.variants.block([]string{form}, nil)
	}
	t.table, t.words = wordtable.New(t.words), nil
	t.rare, t.rareWords = wordtable.New(t.rareWords), nil
	l := <-lexiconLoaded
	if l.err != nil {
		return nil, l.err
	}
	t.lexicon = l.lexicon
	return t, nil
}

// curatedSurnames returns tables.surnames for the curated people of two
// words or more. A family name is the last word of a name, with ال and of
// five letters or more, after a word that is no link or kunya, no second
// part of a compound and no person listed alone: not «الناصر» of «عبد
// الناصر», «الفتوح» of «أبو الفتوح», «الخميني» of «روح الله الخميني» or
// «الابن» of «بوش الابن». Nor is it a word the tables read otherwise: a
// nationality adjective, a title, a common or function word.
func curatedSurnames(words map[string]*word, people []*entry) map[string]bool {
	surnames := map[string]bool{}
	for _, e := range people {
		last := e.words[len(e.words)-1]
		if !strings.HasPrefix(last, "ال") || utf8.RuneCountInString(last) < 5 {
			continue
		}
		if b := words[e.words[len(e.words)-2]]; b != nil && (b.link || b.kunya || b.second || b.names != nil && b.names.entry != nil && b.names.entry.typ == "Person") {
			continue
		}
		if w := words[last]; w != nil && (w.nisba != nil || len(w.titles) > 0 || w.qualifier || w.common || w.function) {
			continue
		}
		surnames[last] = true
	}
	return surnames
}

// curatedFamilyNames returns tables.familyNames for the curated people of
// two words or more: the last word, of three letters or more and without
// ال, after a word that is no link, kunya or second part of a compound
// (not «زايد» of «بن زايد», «مازن» of «أبو مازن», «صالح» of «عبد الله
// صالح»); or a compound's two last words, «نصر الله» of «حسن نصر الله».
// Nor is it a word the tables read otherwise: a nationality adjective, a
// title or a head, a common or function word, a link or a kunya.
func curatedFamilyNames(words map[string]*word, people []*entry) map[string]bool {
	names := map[string]bool{}
	other := func(w *word) bool {
		return w != nil && (w.nisba != nil || len(w.titles) > 0 || w.head != nil || w.qualifier || w.common || w.function || w.link || w.kunya || w.report)
	}
	for _, e := range people {
		n := len(e.words)
		last, before := e.words[n-1], words[e.words[n-2]]
		if w := words[last]; w != nil && w.second && n >= 3 {
			// «حسن نصر الله»: the compound is the family name.
			if other(before) || before != nil && before.second || words[e.words[n-3]] != nil && (words[e.words[n-3]].link || words[e.words[n-3]].kunya) {
				continue
			}
			names[e.words[n-2]+" "+last] = true
			continue
		}
		if strings.HasPrefix(last, "ال") || utf8.RuneCountInString(last) < 3 || other(words[last]) {
			continue
		}
		if before != nil && (before.link || before.kunya || before.second) {
			continue
		}
		names[last] = true
	}
	return names
}

// get returns what the tables say of the search form w, whose
// wordtable.Hash is h, or nil.
func (t *tables) get(w string, h uint64) *word {
	x, _ := t.table.GetHashed(w, h)
	return x
}

// word returns what the tables say of the search form w, adding it.
func (t *tables) word(w string) *word {
	x := t.words[w]
	if x == nil {
		x = &word{spellings: &noSpellings}
		t.words[w] = x
	}
	return x
}

// titleLeads reports whether a title of titles.tsv, not a credit or kin,
// begins the words ws and a word follows it. WikiFANE and
// UniversalPetrarch list some people with their title («اية الله خامنئي»,
// «الملك فهد», «رئيس مالاوي بنغو وا موثاريكا»); read as a name, the title
// would be the name's and no jobTitle.
func (t *tables) titleLeads(ws []string) bool {
	w := t.words[ws[0]]
	if w == nil {
		return false
	}
	for _, ti := range w.titles {
		if !ti.credit && len(ti.words) < len(ws) && slices.Equal(ti.words, ws[:len(ti.words)]) {
			return true
		}
	}
	return false
}

// cliticFunction reports whether w is a proclitic and a function word of
// stop.tsv: «بأي», «لأن».
func (t *tables) cliticFunction(w string) bool {
	for _, p := range []string{"و", "ف", "ب", "ل", "ك"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			if x := t.words[rest]; x != nil && x.function {
				return true
			}
		}
	}
	return false
}

// lookup returns the entry whose words are ws.
func (t *tables) lookup(ws []string) *entry {
	w := t.words[ws[0]]
	if w == nil || w.names == nil {
		return nil
	}
	n := w.names
	for _, x := range ws[1:] {
		if n = n.child(x, wordtable.Hash(x)); n == nil {
			return nil
		}
	}
	return n.entry
}

// eachLine calls fn with the tab-separated fields of every line of a table
// that is not blank or a comment, after checking it has at least min fields.
// fn may keep the fields but not the slice, which the next line reuses.
func eachLine(name string, min int, fn func(fields []string) error) error {
	data, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return err
	}
	// One string for the table, and the lines and fields slices of it:
	// the entries keep their forms without a copy each.
	var f []string
	line := 0
	for text := range strings.Lines(string(data)) {
		line++
		text = strings.TrimRight(text, "\r\n")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f = f[:0]
		for field := range strings.SplitSeq(text, "\t") {
			f = append(f, field)
		}
		if len(f) < min {
			return fmt.Errorf("%s:%d: want %d fields, have %d", name, line, min, len(f))
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	return nil
}

// field returns f[i], or "" for a field the line leaves out.
func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

// allDirections reports whether every word of ws names a direction
// (stop.tsv, direction).
func (t *tables) allDirections(ws []string) bool {
	for _, w := range ws {
		if x := t.words[w]; x == nil || !x.direction {
			return false
		}
	}
	return true
}

// commonShape reports whether w, a word the tables do not know, has the
// shape of a common word (shapes.tsv), as it stands or without a proclitic.
func (t *tables) commonShape(w string) bool {
	for _, s := range t.shapes {
		if s.match(w) {
			return true
		}
	}
	if r, size := utf8.DecodeRuneInString(w); r == 'و' || r == 'ف' || r == 'ب' || r == 'ل' {
		for _, s := range t.shapes {
			if s.match(w[size:]) {
				return true
			}
		}
	}
	return false
}

func (s *shape) match(w string) bool {
	return len(w) >= len(s.prefix)+len(s.suffix) && strings.HasPrefix(w, s.prefix) &&
		strings.HasSuffix(w, s.suffix) && shapeMatch(s.runes, w)
}

// shapeMatch reports whether the whole of w fits the template s.
func shapeMatch(s []rune, w string) bool {
	for k, c := range s {
		if c == '*' {
			rest := s[k+1:]
			for i := range w {
				if shapeMatch(rest, w[i:]) {
					return true
				}
			}
			return shapeMatch(rest, "")
		}
		r, size := utf8.DecodeRuneInString(w)
		if size == 0 || c != 'C' && c != r || c == 'C' && !unicode.IsLetter(r) {
			return false
		}
		w = w[size:]
	}
	return w == ""
}
