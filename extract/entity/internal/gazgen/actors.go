package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/lexicon"
)

// actorsFile is UniversalPetrarch's Arabic actor dictionary: one actor a
// line, its words joined by «_», with its CAMEO codes in brackets on the
// same line or on the indented lines after it («[IRQGOV 20060520-20140908]»:
// Iraq's government, with the dates of the office).
const actorsFile = "universalpetrarch_ar/actor_dict_ar_v4.txt"

// agentsFile is its list of role nouns («جيش [~MIL]»), whose words are
// what an actor's form begins with where it is a role or a body, no
// person: «رئيس_سوداني_عمر_البشير_», «قوة_أمن_».
const agentsFile = "universalpetrarch_ar/agents.all.ar_v3.txt"

// actors keeps the people of UniversalPetrarch's actor dictionary. The
// dictionary was machine-made: its forms are lemmas, which drop the
// article of nouns and adjectives («اتحاد_أوروبي_» for «الاتحاد
// الأوروبي») and sometimes of family names («محمد_انور_سادات_»), and some
// entries are phrases of a news text with a code
// («اهتمام_حكومة_خادم_حرمان_شريف_»). So only people are kept, by these
// rules (actorRules.person has the words'):
//
//   - an actor needs a code with a sector (GOV, MIL, ELI…): a code of a
//     country alone («صيدا [LBN]») is a place, which places.tsv has;
//   - the words a form begins with that are roles, titles, heads,
//     nationality adjectives or the team's function and common words are
//     dropped («رئيس_وزير_غوردون_براون_» is «غوردون براون»), and a form
//     with such a word after a name word is left out
//     («أمير_سعود_بن_عبد_المحسن_أمير_منطقة_حايل_»);
//   - a form of two words or more needs a first name, a family name or a
//     Wikidata name token among its words, or a link of names («بن»,
//     «أبو»): «صيانة دستور» has none; and a form of Arab given names and
//     links alone («عبد الرحمن», «محمد بن راشد») is left to the name
//     rules, which read the rest of the name after it;
//   - a form of one word («ميركل», «السنيورة») is kept where it is the
//     first or the last word of a person so kept, it is no first name and
//     no frequent name token («نوري» alone names no one), and the
//     dictionary of everyday words (package lexicon) does not know it:
//     «صدام» is a clash and «مشرف» a supervisor more often than the men;
//     «عرفات» is Mount Arafat. A surname read alone after the full name
//     joins it (linkSurnames), so these words lose little.
//
// Forms the team's review threw out are listed in actors_review.tsv.
func (g *gen) actors() {
	if g.err != nil {
		return
	}
	lex, err := lexicon.Load()
	if err != nil {
		g.err = err
		return
	}
	notName := g.notNameWords()
	nameWord, given, arabGiven := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, file := range []string{"male_first_names.txt", "female_first_names.txt", "last_names.txt"} {
		g.rows(filepath.Join("arabic_names_mit", file), func(f []string) {
			w := searchForm(strings.TrimSpace(f[0]))
			nameWord[w] = true
			if file != "last_names.txt" {
				given[w], arabGiven[w] = true, true
			}
		})
	}
	g.rows("person_name_tokens_wikidata.tsv", func(f []string) {
		w := searchForm(f[0])
		nameWord[w] = true
		if n, _ := strconv.Atoi(field(f, 4)); n >= minNameTokenCount {
			given[w] = true
		}
	})
	links, seconds := map[string]bool{}, map[string]bool{}
	for _, row := range g.handMadeRows("name_parts.tsv") {
		switch field(row, 1) {
		case "nasab", "link", "compound":
			links[searchForm(row[0])] = true
		case "second":
			seconds[searchForm(row[0])] = true
		}
	}
	rejected := map[string]bool{}
	for _, row := range g.handMadeRows("actors_review.tsv") {
		rejected[row[0]] = true
	}
	entries := g.actorEntries()
	if g.err != nil {
		return
	}
	sectors := sectorCodes(entries)
	r := actorRules{notName: notName, nameWord: nameWord, arabGiven: arabGiven, links: links, seconds: seconds}
	type person struct{ form, code string }
	people := map[string]person{} // by search form
	var single []person
	for _, a := range entries {
		code := a.sector(sectors)
		if code == "" {
			continue
		}
		form, ok := r.person(a.form)
		if !ok || g.placeForms[form] || rejected[form] {
			continue
		}
		if !strings.Contains(form, " ") {
			single = append(single, person{form, code})
		} else if _, dup := people[searchForm(form)]; !dup {
			people[searchForm(form)] = person{form, code}
		}
	}
	// The first and last words of the people kept, which a one-word form
	// must be.
	ends := map[string]bool{}
	for s := range people {
		words := strings.Fields(s)
		ends[words[0]], ends[words[len(words)-1]] = true, true
	}
	for _, p := range single {
		s := searchForm(p.form)
		if !ends[s] || given[s] || links[s] || utf8.RuneCountInString(s) < 3 || lex.Read(s) != lexicon.Unknown {
			continue
		}
		if _, dup := people[s]; !dup {
			people[s] = p
		}
	}
	var lines []string
	for _, p := range people {
		lines = append(lines, p.form+"\tPerson\t"+p.code)
	}
	g.write("actors.tsv", "# Generated by internal/gazgen from the people of openeventdata/UniversalPetrarch's Arabic actor\n"+
		"# dictionary (MIT), reviewed by rule and by hand (actors_review.tsv). Do not edit: rerun gazgen.\n"+
		"# form\ttype (schema.org)\tCAMEO code\n", lines)
}

// actorRules are the word lists an actor's form is read with, in search
// form.
type actorRules struct {
	notName   map[string]bool // roles, titles, heads, nationality adjectives, function and common words
	nameWord  map[string]bool // first and family names, Wikidata name tokens
	arabGiven map[string]bool // Arab first names
	links     map[string]bool // «بن», «أبو», «عبد»
	seconds   map[string]bool // second parts of compound names: «الدين»
}

// person returns the name of a person that form, an actor's form with
// its words joined by «_», is, with its words apart, and whether it is
// one: the words it begins with that no name has are dropped; no such
// word may follow, nor a word of fewer than two letters; a form of two
// words or more needs a name word or a link among them and a word that is
// no Arab first name, link or second part.
func (r actorRules) person(form string) (string, bool) {
	var words []string
	for _, w := range strings.Split(form, "_") {
		if w != "" {
			words = append(words, w)
		}
	}
	for len(words) > 0 && r.notName[searchForm(words[0])] {
		words = words[1:]
	}
	if len(words) == 0 {
		return "", false
	}
	named, givenOnly := false, true
	for _, w := range words {
		s := searchForm(w)
		if r.notName[s] || utf8.RuneCountInString(s) < 2 || s == "ال" {
			return "", false
		}
		named = named || r.nameWord[s] || r.links[s]
		givenOnly = givenOnly && (r.arabGiven[s] || r.links[s] || r.seconds[s])
	}
	if len(words) > 1 && (!named || givenOnly) {
		return "", false
	}
	return strings.Join(words, " "), true
}

// actor is one entry of the actor dictionary.
type actor struct {
	form  string
	codes []string // the roots of its codes: «IRQGOV», «SAU»
}

// sector returns the first of a's codes that names a sector, or "".
func (a actor) sector(sectors map[string]bool) string {
	for _, c := range a.codes {
		if len(c) > 3 || sectors[c] {
			return c
		}
	}
	return ""
}

var codePattern = regexp.MustCompile(`\[~?([A-Z]*)[^\]]*\]`)

// actorEntries reads the actor dictionary.
func (g *gen) actorEntries() []actor {
	var entries []actor
	g.rows(actorsFile, func(f []string) {
		line := strings.Join(f, "\t")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			return
		}
		var codes []string
		for _, m := range codePattern.FindAllStringSubmatch(line, -1) {
			codes = append(codes, m[1])
		}
		form, _, _ := strings.Cut(line, "[")
		form = strings.TrimSpace(form)
		if form == "" {
			// The codes of the actor above.
			if n := len(entries); n > 0 {
				entries[n-1].codes = append(entries[n-1].codes, codes...)
			}
			return
		}
		entries = append(entries, actor{form: form, codes: codes})
	})
	return entries
}

// sectorCodes returns the three-letter codes of sectors: those that follow
// a country's code in three or more of the dictionary's codes («GOV» of
// «IRQGOV»). A three-letter code that is none is a country's.
func sectorCodes(entries []actor) map[string]bool {
	seen := map[string]int{}
	for _, a := range entries {
		for _, c := range a.codes {
			if len(c) >= 6 {
				seen[c[3:6]]++
			}
		}
	}
	sectors := map[string]bool{}
	for c, n := range seen {
		if n >= 3 {
			sectors[c] = true
		}
	}
	return sectors
}

// notNameWords returns the search forms of the words no person's name in
// the actor dictionary has: UniversalPetrarch's role nouns, the words of
// the team's titles and heads (with and without ال), nationality
// adjectives (with and without ال: the dictionary's lemmas drop it), the
// function and common words of stop.tsv, and the preposition «ل» that
// the dictionary writes apart.
func (g *gen) notNameWords() map[string]bool {
	words := map[string]bool{"ل": true}
	add := func(form string) {
		for _, w := range strings.Fields(strings.ReplaceAll(form, "_", " ")) {
			s := searchForm(w)
			words[s] = true
			if t, ok := strings.CutPrefix(s, "ال"); ok && utf8.RuneCountInString(t) >= 2 {
				words[t] = true
			}
		}
	}
	g.rows(agentsFile, func(f []string) {
		if line := strings.Join(f, " "); !strings.HasPrefix(line, "#") {
			form, _, _ := strings.Cut(line, "[")
			add(form)
		}
	})
	for _, file := range []string{"titles.tsv", "heads.tsv"} {
		for _, row := range g.handMadeRows(file) {
			add(row[0])
		}
	}
	for form := range g.nisbaForms {
		add(form)
	}
	for _, row := range g.handMadeRows("stop.tsv") {
		switch field(row, 1) {
		case "function", "report", "quoted", "common", "direction":
			add(row[0])
		}
	}
	return words
}

// handMadeRows returns the rows of a table the team keeps by hand in the
// output directory, split at tabs, without comments.
func (g *gen) handMadeRows(name string) [][]string {
	data, err := os.ReadFile(filepath.Join(g.out, name))
	if err != nil {
		if g.err == nil {
			g.err = err
		}
		return nil
	}
	var rows [][]string
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			rows = append(rows, strings.Split(l, "\t"))
		}
	}
	return rows
}
