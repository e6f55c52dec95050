// Command gazgen builds the entity extractor's generated gazetteers from
// the shippable sources in ../shared/data/gazetteers. Its output is
// committed, so building and testing never need ../shared:
//
//	go run ./extract/entity/internal/gazgen -src ../shared/data/gazetteers -out extract/entity/data
//
// It writes places.tsv (countries, subdivisions and cities, with Wikidata
// ids where the source has them), wikifane.tsv (WikiFANE Gold people,
// organizations and places), names.tsv (first names, family names and
// name tokens), nisba.tsv (nationality adjectives derived from the
// country names by the regular nisba rules) and actors.tsv (the people of
// UniversalPetrarch's actor dictionary, reviewed). Every file is sorted, so a
// rerun over the same sources gives the same bytes.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/normalize"
)

func main() {
	src := flag.String("src", "../shared/data/gazetteers", "the gazetteer sources")
	out := flag.String("out", "extract/entity/data", "where to write the tables")
	flag.Parse()
	g := &gen{src: *src, out: *out}
	g.places()
	g.wikifane()
	g.names()
	g.wikifaneFirstNames()
	g.actors()
	if g.err != nil {
		log.Fatal(g.err)
	}
}

type gen struct {
	src, out string
	err      error
	// countries are the country names, by ISO code.
	countries map[string][]string
	// placeForms are the forms places.tsv has.
	placeForms map[string]bool
	// nisbaForms are the nationality adjectives: derived (nisba.tsv) and
	// listed by hand (nisba_extra.tsv).
	nisbaForms map[string]bool
}

func (g *gen) rows(name string, fn func(f []string)) {
	if g.err != nil {
		return
	}
	file, err := os.Open(filepath.Join(g.src, name))
	if err != nil {
		g.err = err
		return
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(nil, 1<<20)
	first := true
	for sc.Scan() {
		if first && strings.HasSuffix(name, ".tsv") {
			first = false
			continue // the header
		}
		fn(strings.Split(sc.Text(), "\t"))
	}
	if g.err == nil {
		g.err = sc.Err()
	}
}

func (g *gen) write(name, header string, lines []string) {
	if g.err != nil {
		return
	}
	sort.Strings(lines)
	lines = compact(lines)
	g.err = os.WriteFile(filepath.Join(g.out, name), []byte(header+strings.Join(lines, "\n")+"\n"), 0o644)
}

// handMadeForms returns the forms, the first field, of a table the team
// keeps by hand in the output directory: nisba_extra.tsv, curated.tsv.
func (g *gen) handMadeForms(name string) []string {
	data, err := os.ReadFile(filepath.Join(g.out, name))
	if err != nil {
		if g.err == nil {
			g.err = err
		}
		return nil
	}
	var forms []string
	for _, l := range strings.Split(string(data), "\n") {
		if form, _, ok := strings.Cut(l, "\t"); ok && !strings.HasPrefix(l, "#") {
			forms = append(forms, form)
		}
	}
	return forms
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func compact(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// place is a candidate for one written form; the best one wins.
type place struct {
	form, typ, qid, source string
	score                  float64
	capital                bool // a country's capital
}

func (g *gen) places() {
	best := map[string]place{}
	var offer func(form string, p place)
	offer = func(form string, p place) {
		form = strings.TrimSpace(strings.ReplaceAll(form, "\u00a0", " "))
		// CLDR marks with «²» a region that has the name of a city or
		// a province («مراكش²»); Wikidata writes an underscore for a
		// space now and then («إقليم_فرانه»).
		form = strings.TrimRight(strings.ReplaceAll(form, "_", " "), "¹²³")
		// A category page («تصنيف:…»), two names in two languages
		// («بيال/بيان») and a label with its country after a comma
		// («أبوبا، السلفادور»), which in a text are two places, are no
		// name of one.
		if form == "" || strings.ContainsAny(form, "()0123456789:/،,") {
			return
		}
		if strings.Contains(form, "-") {
			// A hyphenated name is written with the hyphen or a space
			// («بادن-فورتمبيرغ», «بادن فورتمبيرغ»): both forms, which
			// the entity tables read as the tokens of a text.
			offer(strings.Join(strings.Fields(strings.ReplaceAll(form, "-", " ")), " "), p)
		}
		// One place per search form: «عمان» is Oman, the country, and
		// not Amman, which a city list writes the same way.
		key := searchForm(form)
		p.form = form
		if old, ok := best[key]; !ok || p.score > old.score || p.score == old.score && old.qid == "" && p.qid != "" {
			best[key] = p
		}
	}
	// dr5hn's cities and states were machine-translated where no Arabic
	// name was at hand («نهاية» for Ende, «تغيير» for Changge): a form of
	// theirs is taken only when an independent source writes it too. A
	// state's name of five letters or more may differ in its hamzas
	// («الأنبار» is confirmed by «الانبار»); a city's must be the same
	// letters, or towns called «المنشأة» (the facility) and «أبا» come
	// in, and short states («إمبو» in Kenya) match in «كوم أمبو».
	confirmed, confirmedState := map[string]bool{}, map[string]bool{}
	confirm := func(f []string) {
		confirmed[f[0]] = true
		if k := searchForm(f[0]); utf8.RuneCountInString(k) >= 5 {
			confirmedState[k] = true
		}
	}
	g.rows("places_cldr_geonames.tsv", confirm)
	g.rows("world_cities_wikidata.tsv", confirm)
	countryQID := map[string]string{}
	g.countries = map[string][]string{}
	dr5hnState := map[string]bool{}
	// The Wikidata ids of capitals, by Arabic name and ISO code of the
	// country. World-cities has no ids; a capital of theirs takes the id
	// of dr5hn's capital of the same name in the same country. Other
	// cities take one only as below: a name two towns share is the one
	// the news means more often, and that is not always the most
	// populous («قرطبة» is Córdoba in Spain more often than the one in
	// Argentina; «المرج» is a district of Cairo, which curated.tsv
	// lists, as well as a Libyan town).
	capitalQID := map[string]string{}
	// The twelve largest countries have no cities in dr5hn, but some of
	// their cities are a division of the first level of their own, with
	// the city's id: Paris (Q90) is a «metropolitan collectivity with
	// special status», Berlin (Q64) a land, Moscow (Q649) an «autonomous
	// city», Shanghai (Q8686) a municipality. A world-cities city takes
	// the id of such a division of its English name in its country, and
	// otherwise that of dr5hn's most populous city of its Arabic name in
	// its country when that has half its population or more (Ankara,
	// Q3640; Karachi, Q8660): the same city counted another way, not a
	// village of the same name. Provinces, states and metropolitan cities
	// named as their capital are left out: Rome's (Q18288203) is not
	// Rome, New York State (Q1384) not the city. A name that a city of
	// another country bears too, with a tenth of the population or more,
	// gets no id this way: «قرطبة» is Córdoba in Argentina by number,
	// but in the news more often the one in Spain. Nor does a town whose
	// name is a person's too («ديفيد», David in Panama; «ماري», Mary in
	// Turkmenistan) take the id of dr5hn's city.
	type qidAndPop struct {
		qid string
		pop float64
	}
	cityQID := map[string]qidAndPop{}
	populations := map[string]map[string]float64{} // Arabic name, ISO code: the largest population
	countPopulation := func(name, code string, pop float64) {
		if populations[name] == nil {
			populations[name] = map[string]float64{}
		}
		populations[name][code] = max(populations[name][code], pop)
	}
	rival := func(name, code string, pop float64) bool {
		for other, n := range populations[name] {
			if other != code && 10*n >= pop {
				return true
			}
		}
		return false
	}
	cityStateQID := map[string]string{}
	cityStates := map[string]bool{"autonomous city": true, "metropolitan collectivity with special status": true, "land": true, "city": true, "municipality": true, "special municipality": true, "federal territory": true, "capital territory": true, "capital district": true, "capital city": true, "federal district": true}
	countryCode := map[string]string{} // English name to ISO code
	// dr5hn gives some ids to more than one city: Port Sudan has
	// Omdurman's (Q180921), 87 villages of Jamaica share one. Only the
	// most populous city of those keeps the id.
	qidHolder := map[string]float64{}
	g.rows("places_dr5hn.tsv", func(f []string) {
		if pop, _ := strconv.ParseFloat(field(f, 6), 64); len(f) >= 8 && strings.HasPrefix(f[3], "city:") && f[2] != "" {
			qidHolder[f[2]] = max(qidHolder[f[2]], pop)
		}
	})
	g.rows("places_dr5hn.tsv", func(f []string) {
		if len(f) < 8 {
			return
		}
		pop, _ := strconv.ParseFloat(f[6], 64)
		if strings.HasPrefix(f[3], "city:") && pop < qidHolder[f[2]] {
			f[2] = ""
		}
		if f[3] == "country" {
			countryCode[f[4]] = f[5]
		}
		if f[3] == "city:capital" && f[2] != "" {
			capitalQID[f[0]+"\t"+f[5]] = f[2]
		}
		if strings.HasPrefix(f[3], "city:") {
			countPopulation(f[0], f[5], pop)
		}
		if key := f[0] + "\t" + f[5]; strings.HasPrefix(f[3], "city:") && f[2] != "" && pop > cityQID[key].pop {
			cityQID[key] = qidAndPop{f[2], pop}
		}
		if cityStates[strings.TrimPrefix(f[3], "state:")] && f[2] != "" {
			cityStateQID[f[4]+"\t"+f[5]] = f[2]
		}
		if strings.HasPrefix(f[3], "state:") {
			dr5hnState[searchForm(f[0])] = true
		}
		switch {
		case f[3] != "country" && !confirmed[f[0]] && !(strings.HasPrefix(f[3], "state:") && confirmedState[searchForm(f[0])]):
		case f[3] == "country":
			// Only the id: some of its Arabic country names are machine
			// translations gone wrong (Turkey as «ديك رومى», the bird).
			countryQID[f[5]] = f[2]
		case strings.HasPrefix(f[3], "state:"):
			offer(f[0], place{typ: "AdministrativeArea", qid: f[2], source: "dr5hn", score: 1e5})
		case strings.HasPrefix(f[3], "city:") && pop >= 50000:
			offer(f[0], place{typ: "City", qid: f[2], source: "dr5hn", score: pop, capital: f[3] == "city:capital"})
		}
	})
	var terr struct {
		Names    map[string]string `json:"territories"`
		AltNames map[string]string `json:"alt_names"`
		Regions  map[string]string `json:"regions_un_m49"`
	}
	if g.err == nil {
		data, err := os.ReadFile(filepath.Join(g.src, "territories_ar.json"))
		if err == nil {
			err = json.Unmarshal(data, &terr)
		}
		g.err = err
	}
	addTerritory := func(code, name string) {
		code, _, _ = strings.Cut(code, "-alt")
		name = withoutGloss(name)
		g.countries[code] = append(g.countries[code], name)
		offer(name, place{typ: "Country", qid: countryQID[code], source: "cldr", score: 1e12})
	}
	// The CLDR name first: it names the country in nisba.tsv.
	for _, names := range []map[string]string{terr.Names, terr.AltNames} {
		for _, code := range sortedKeys(names) {
			addTerritory(code, names[code])
		}
	}
	for code, name := range terr.Regions {
		// «العالم», the world, is a common word. A region named by a
		// direction before a continent («شمال أفريقيا», «جنوب شرق آسيا»)
		// is read as «جنوب لبنان» is: the direction is a word of the
		// sentence and the continent the place.
		direction, _, _ := strings.Cut(name, " ")
		if code != "001" && !slices.Contains([]string{"شمال", "جنوب", "شرق", "غرب", "وسط"}, direction) {
			offer(name, place{typ: "Place", qid: "", source: "cldr", score: 1e11})
		}
	}
	personToken := map[string]bool{}
	g.rows("person_name_tokens_wikidata.tsv", func(f []string) {
		if n, _ := strconv.Atoi(field(f, 4)); n >= minRareTokenCount {
			personToken[f[0]] = true
		}
	})
	g.rows("places_cldr_geonames.tsv", func(f []string) {
		if len(f) < 6 {
			return
		}
		switch f[3] {
		case "subdivision":
			offer(f[0], place{typ: "AdministrativeArea", qid: "", source: "cldr", score: 1e5})
		case "city(tz exemplar)":
			offer(f[0], place{typ: "City", qid: "", source: "cldr", score: 2e5})
		case "city(geonames)":
			// libgeonames' names of countries («طاجكستان», geonames:TJ)
			// and first-level divisions (geonames:SD.41), at times
			// spelled otherwise than CLDR. Its thousands of towns are
			// left out: one-word towns called «ثورة», «طراز» or «بلد»
			// cost far more than they find.
			code := strings.TrimPrefix(f[5], "geonames:")
			switch {
			case len(code) == 2:
				offer(f[0], place{typ: "Country", qid: countryQID[code], source: "geonames", score: 1e10})
			case strings.Contains(code, ".") && !personToken[f[0]] && (utf8.RuneCountInString(f[0]) >= 5 || dr5hnState[searchForm(f[0])]):
				// A division named as people are («جوهر», «بهار») is
				// more often the person, and a short name is taken
				// only if dr5hn has the state too («أبين», not
				// «بولى», Bolu, which is also «my urine»).
				offer(f[0], place{typ: "AdministrativeArea", qid: "", source: "geonames", score: 1e5})
			}
		}
	})
	g.rows("world_cities_wikidata.tsv", func(f []string) {
		if pop, _ := strconv.ParseFloat(field(f, 4), 64); len(f) >= 5 && plausibleCityLabel(f[0], f[1]) {
			countPopulation(f[0], countryCode[f[3]], pop)
		}
	})
	g.rows("world_cities_wikidata.tsv", func(f []string) {
		if len(f) < 5 {
			return
		}
		if pop, _ := strconv.ParseFloat(f[4], 64); pop >= 50000 && plausibleCityLabel(f[0], f[1]) {
			code := countryCode[f[3]]
			qid := capitalQID[f[0]+"\t"+code]
			if qid == "" && !rival(f[0], code, pop) {
				qid = cityStateQID[f[1]+"\t"+code]
				if c := cityQID[f[0]+"\t"+code]; qid == "" && 2*c.pop >= pop && !personToken[f[0]] {
					qid = c.qid
				}
			}
			offer(f[0], place{typ: "City", qid: qid, source: "wikidata-cities", score: pop, capital: capitalQID[f[0]+"\t"+code] != ""})
		}
	})
	var lines []string
	g.placeForms = map[string]bool{}
	for _, p := range best {
		g.placeForms[p.form] = true
		line := p.form + "\t" + p.typ + "\t" + p.qid + "\t" + p.source
		if namedAsPeople(p, personToken) {
			line += "\tlocated"
		}
		lines = append(lines, line)
	}
	g.write("places.tsv", "# Generated by internal/gazgen from CLDR 48 (Unicode-3.0), GeoNames (CC BY 4.0, via libgeonames-common),\n# dr5hn/countries-states-cities-database "+
		"(ODbL 1.0) and jamsshhayd/world-cities-translations (CC BY 4.0, from Wikidata). Do not edit: rerun gazgen.\n"+
		"# form\ttype (schema.org)\twikidata id\tsource\tlocated: read only where a place is expected (namedAsPeople)\n", lines)
	g.nisba()
}

// locatedBelow is the population under which a city named as people are
// is read only where a place is expected. At a million, «نابولي» (960,000)
// and «فوكوشيما», which eg2013 names as places, were lost too.
const locatedBelow = 250000

// namedAsPeople reports whether p, a one-word city, has the name of people
// too, a Wikidata name token, and is neither a capital, nor a city that
// names a time zone of CLDR («سول», Seoul), nor one of locatedBelow people
// or more: «ماكاي» (Mackay) is more often Macky Sall, «رودس» Ben Rhodes,
// «هارلم» the Harlem Shake, «لينكولن» the president and the film. Such a
// place is read only where one is expected, as a word of the entity
// package's stop.tsv of kind located is: «في هارلم», «مدينة لينكولن».
// «واشنطن», «باريس», «صوفيا», «نابولي» and «فوكوشيما» are read anywhere.
func namedAsPeople(p place, personToken map[string]bool) bool {
	return p.typ == "City" && p.source != "cldr" && !strings.Contains(p.form, " ") && personToken[p.form] && !p.capital && p.score < locatedBelow
}

// nisba derives nationality adjectives from one-word country names by the
// regular rules (مصر → مصري، مصرية، المصري، المصريون…). Irregular and
// multiword countries are in the hand-made nisba_extra.tsv.
func (g *gen) nisba() {
	var lines []string
	for code, names := range g.countries {
		if len(code) != 2 {
			continue
		}
		country := names[0]
		for _, name := range names {
			stem := strings.TrimPrefix(name, "ال")
			if strings.Contains(stem, " ") || len([]rune(stem)) < 3 {
				continue
			}
			switch {
			case strings.HasSuffix(stem, "يا"): // سوريا، تركيا
				stem = strings.TrimSuffix(stem, "يا")
			case strings.HasSuffix(stem, "ة"), strings.HasSuffix(stem, "ا"): // فرنسا
				stem = stem[:len(stem)-len("ا")]
			case strings.HasSuffix(stem, "ي"), strings.HasSuffix(stem, "ى"):
				continue // مالي: the adjective would be the name
			}
			for _, suffix := range []string{"ي", "ية", "يون", "يين", "يان", "يتان", "يات"} {
				lines = append(lines, stem+suffix+"\t"+country, "ال"+stem+suffix+"\t"+country)
			}
		}
	}
	g.nisbaForms = map[string]bool{}
	for _, l := range lines {
		g.nisbaForms[l[:strings.Index(l, "\t")]] = true
	}
	for _, form := range g.handMadeForms("nisba_extra.tsv") {
		g.nisbaForms[form] = true
	}
	g.write("nisba.tsv", "# Generated by internal/gazgen: nationality adjectives by the regular nisba rules from\n"+
		"# one-word CLDR and dr5hn country names. Reviewed: see nisba_extra.tsv for the irregular ones\n"+
		"# and stop.tsv for forms that are common words. Do not edit: rerun gazgen.\n"+
		"# form\tcountry (a form in places.tsv)\n", lines)
}

// wikifane keeps WikiFANE's people, organizations and places. Forms with a
// word of one letter are broken (brokenWords) and left out, and so are
// forms that begin with a preposition (particleFirst). One-word forms
// annotated once are mostly noise («نكون», «الزيارة») and are left out, as
// are forms that keep a proclitic («والعراق») on a form it or places.tsv
// has, or on a country or a curated name spelled otherwise («بجنوب افريقيا»,
// «للسعودية»); a form in «لل» that no form with ال has is written with
// ال (withoutLam). Left out are the organizations named by a curated name
// or a head and a nationality adjective, which the rules read as the body
// and its country, with the curated type and the article's spelling:
// «القوات المسلحة المصرية», «الجيش الامريكي»; and so are places that are
// nationality adjectives («التشيلي»). So is
// a sports team named by one word that is a common word with ال (الهلال is
// the crescent moon of most news, الهدف the goal) or a place (النجف): the
// team's longer names («نادي الهلال») stay. And so is a person named by one
// word with ال: alone, «المصري» is an adjective and «الجميل» another more
// often than the people they name; a surname read alone joins a full name
// the article gave (linkSurnames). So, too, is a person named by one word
// that is a first name or a frequent Wikidata name token: «محمد», «صالح»,
// «بيتر» alone name no one, and the name rules read them where more of the
// name follows. The first names WikiFANE's own people begin with count too
// («رفعت», «عبدالله»: wikifaneFirstWords), but for a ruler known by one name
// («نابليون», «قسطنطين»).
func (g *gen) wikifane() {
	types := map[string]string{"PER": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}
	givenName := map[string]bool{}
	for _, file := range []string{"male_first_names.txt", "female_first_names.txt"} {
		g.rows(filepath.Join("arabic_names_mit", file), func(f []string) {
			givenName[searchForm(strings.TrimSpace(f[0]))] = true
		})
	}
	g.rows("person_name_tokens_wikidata.tsv", func(f []string) {
		if n, _ := strconv.Atoi(field(f, 4)); n >= minNameTokenCount {
			givenName[searchForm(f[0])] = true
		}
	})
	wikifaneFirst := map[string]bool{}
	for _, w := range g.wikifaneFirstWords() {
		wikifaneFirst[searchForm(w)] = true
	}
	var rows [][]string
	forms := maps.Clone(g.placeForms)
	// And the search forms of the countries, of the team's curated list and
	// of WikiFANE's forms, which a form with a proclitic may spell
	// otherwise: «بجنوب افريقيا» is ب + «جنوب أفريقيا», «للسعودية» ل +
	// «السعودية». Not of every place: «لاوس» is no ل + «أوس», a town.
	searchForms := map[string]bool{}
	for _, names := range g.countries {
		for _, name := range names {
			searchForms[searchForm(name)] = true
		}
	}
	for _, form := range g.handMadeForms("curated.tsv") {
		searchForms[searchForm(form)] = true
	}
	g.rows("wikifane_entities.tsv", func(f []string) {
		if len(f) < 5 || types[f[1]] == "" || strings.ContainsAny(f[0], "()0123456789.\",،") || len([]rune(f[0])) < 3 || brokenWords(f[0]) || particleFirst(f[0]) {
			return
		}
		if n, _ := strconv.Atoi(f[4]); n < 2 && !strings.Contains(f[0], " ") {
			return
		}
		// A form left out still rules out its forms with a proclitic.
		forms[f[0]] = true
		searchForms[searchForm(f[0])] = true
		if f[3] == "Sports" && !strings.Contains(f[0], " ") && (strings.HasPrefix(f[0], "ال") || g.placeForms[f[0]]) {
			return
		}
		if (f[1] == "GPE" || f[1] == "LOC") && g.nisbaForms[f[0]] {
			return // «التشيلي»: a nationality adjective, annotated as the country
		}
		if f[1] == "PER" && !strings.Contains(f[0], " ") && (strings.HasPrefix(f[0], "ال") || givenName[searchForm(f[0])] || wikifaneFirst[searchForm(f[0])] && f[3] != "Politician") {
			return
		}
		rows = append(rows, f)
	})
	heads := g.headTypes()
	curated := map[string]bool{}
	for _, form := range g.handMadeForms("curated.tsv") {
		curated[searchForm(form)] = true
	}
	nisba := map[string]bool{}
	for form := range g.nisbaForms {
		nisba[searchForm(form)] = true
	}
	var lines []string
	for _, f := range rows {
		if hasClitic(f[0], forms) || hasClitic(searchForm(f[0]), searchForms) {
			continue
		}
		form := withoutLam(f[0])
		if body, adjective, ok := cutLastWord(searchForm(form)); ok && f[1] == "ORG" && nisba[adjective] && (curated[body] || heads[body] != "") {
			continue // «القوات المسلحة المصرية», «الجيش الامريكي»: the rules read the body and its country
		}
		typ := types[f[1]]
		if f[1] == "ORG" && orgSubtypes[f[3]] != "" {
			typ = orgSubtypes[f[3]]
		}
		if first, _, _ := strings.Cut(searchForm(form), " "); f[1] == "ORG" && typ == "Organization" && heads[first] != "" && headSubtypes[f[3]] == heads[first] {
			typ = heads[first]
		}
		lines = append(lines, form+"\t"+typ+"\t"+f[3])
	}
	g.write("wikifane.tsv", "# Generated by internal/gazgen from WikiFANE Gold (Alotaibi & Lee, Arabic Wikipedia),\n"+
		"# CC BY-SA 3.0, via ibrahim85/Arabic-Named-Entity-Recognition-1. Do not edit: rerun gazgen.\n"+
		"# form\ttype (schema.org)\tWikiFANE fine type\n", lines)
}

// cutLastWord splits a form of two words or more before its last word.
func cutLastWord(form string) (before, last string, ok bool) {
	i := strings.LastIndexByte(form, ' ')
	if i < 0 {
		return "", "", false
	}
	return form[:i], form[i+1:], true
}

// withoutLam returns form without the preposition ل that WikiFANE's
// annotators took with a name that begins with ال, which ل joins as
// «لل»: «للقوات المسلحة المصرية» is ل + «القوات المسلحة المصرية». No
// Arabic word begins with «لل» but so.
func withoutLam(form string) string {
	if rest, ok := strings.CutPrefix(form, "لل"); ok {
		return "ال" + rest
	}
	return form
}

// particleFirst reports whether a form of more than one word begins with a
// preposition or a conjunction that begins no name: the annotator took the
// word before the name in («في همان», «مع سرتة», «من هل عرفات», «في شرق
// المملكة العربية السعودية»). «على», «بين», «دون» and «علي» begin names too:
// «على باشا مبارك», «بين كروس», «دون كنج», «علي خامنئي».
func particleFirst(form string) bool {
	first, _, more := strings.Cut(form, " ")
	return more && slices.Contains([]string{"في", "من", "مع", "عن", "إلى", "الى", "أو", "او"}, first)
}

// brokenWords reports whether a form has a word of one letter: WikiFANE's
// forms come from tokenized text, and such a word is a letter split off a
// name («و ليد جنبلاط», «عان ه», «ف لوريدا») far more often than the
// conjunction standing apart («البوسنة و الهرسك»), which the text joins
// to the next word and so never matches.
func brokenWords(form string) bool {
	for _, w := range strings.Fields(form) {
		if utf8.RuneCountInString(w) == 1 {
			return true
		}
	}
	return false
}

// hasClitic reports whether form is another form of the set after a
// proclitic: و، ف، ب، ك، ل, or لل before a word whose ال it replaces.
func hasClitic(form string, set map[string]bool) bool {
	for _, p := range []string{"و", "ف", "ب", "ك", "ل"} {
		rest, ok := strings.CutPrefix(form, p)
		if ok && (set[rest] || strings.HasPrefix(rest, "ل") && set["ا"+rest]) {
			return true
		}
	}
	return false
}

func (g *gen) names() {
	var lines []string
	for _, file := range []string{"male_first_names.txt", "female_first_names.txt"} {
		g.rows(filepath.Join("arabic_names_mit", file), func(f []string) {
			if w := strings.TrimSpace(f[0]); w != "" {
				lines = append(lines, w+"\tfirst")
			}
		})
	}
	g.rows(filepath.Join("arabic_names_mit", "last_names.txt"), func(f []string) {
		if w := strings.TrimSpace(f[0]); w != "" {
			lines = append(lines, w+"\tlast")
		}
	})
	g.rows("person_name_tokens_wikidata.tsv", func(f []string) {
		if len(f) < 5 {
			return
		}
		n, _ := strconv.Atoi(f[4])
		if len([]rune(f[0])) < 3 || strings.Contains(f[0], " ") {
			return
		}
		switch {
		case n >= minNameTokenCount:
			lines = append(lines, f[0]+"\ttoken")
		case n >= minRareTokenCount:
			lines = append(lines, f[0]+"\trare")
		}
	})
	g.write("names.tsv", "# Generated by internal/gazgen from AKhateeb/arabic-names (MIT) and the Wikidata person\n"+
		"# name tokens of steveash/NETransliteration-COLING2018 (CC0; tokens seen at least "+strconv.Itoa(minNameTokenCount)+" times are\n"+
		"# token, at least "+strconv.Itoa(minRareTokenCount)+" times rare). Do not edit: rerun gazgen.\n"+
		"# form\tkind: first, last, token (a part of some name) or rare (a part of a name only after another)\n", lines)
}

// minNameTokenCount is how often a Wikidata name token must be seen to be
// a name word: below it the tokens are mostly foreign surnames, with some
// everyday words among them («أو», «كانون», «بارك»). minRareTokenCount is
// how often one must be seen to be read as a name after a name word that
// begins one: «جون بولتون», «نزار قباني».
const (
	minNameTokenCount = 20
	minRareTokenCount = 3
)

// field is f[i], or "" for a short row.
func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

// searchForm is s as the extractor matches it.
func searchForm(s string) string {
	t, err := normalize.Normalize(s)
	if err != nil {
		return s
	}
	return t.Norm
}

// orgSubtypes are the schema.org types of WikiFANE's organizations of a
// fine type whose entries are nearly all of one kind: its Media are
// papers, channels, radios and agencies; its Commercial, companies and
// banks. Its other fine types mix kinds (Sports has clubs, national teams
// and federations; Government armies, ministries and banks) and stay
// Organization.
var orgSubtypes = map[string]string{"Media": "NewsMediaOrganization", "Commercial": "Corporation"}

// headSubtypes are the schema.org types that a head of heads.tsv gives
// a WikiFANE organization of a fine type, where the two agree: its
// Government bodies named «وزارة …», «مجلس …», «الجيش …» are
// GovernmentOrganization as the head rule reads them in the text, so that
// one ministry is not of one type listed and of another read; its
// Educational ones named «جامعة …», CollegeOrUniversity. A Government
// body under another head (an airline, a bank) stays Organization.
var headSubtypes = map[string]string{"Government": "GovernmentOrganization", "Educational": "CollegeOrUniversity", "Medical-Science": "Hospital"}

// headTypes maps the search form of each head of heads.tsv to its type.
func (g *gen) headTypes() map[string]string {
	data, err := os.ReadFile(filepath.Join(g.out, "heads.tsv"))
	if err != nil {
		if g.err == nil {
			g.err = err
		}
		return nil
	}
	types := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, "\t")
		if len(f) >= 2 && !strings.HasPrefix(line, "#") {
			types[searchForm(f[0])] = f[1]
		}
	}
	return types
}

// wikifaneFirstNames writes the words that begin WikiFANE's people's names
// more often than they stand later in them, and begin at least two: «جون»,
// «بيتر», «سام», which the Arabic first-name lists lack. A word with ال
// (a family name), one of fewer than three letters, and the words the
// team lists as function or common words, name parts or titles (stop.tsv,
// name_parts.tsv, titles.tsv: «أبو», «بين», «بابا») are left out, but
// for stop.tsv's kinds of first names: unlisted, construct, role, verb and
// pronoun.
func (g *gen) wikifaneFirstNames() {
	words := g.wikifaneFirstWords()
	if g.err != nil {
		return
	}
	var lines []string
	for _, w := range words {
		lines = append(lines, w+"\tfirst")
	}
	g.write("wikifane_first.tsv", "# Generated by internal/gazgen from WikiFANE Gold (Alotaibi & Lee, Arabic Wikipedia),\n"+
		"# CC BY-SA 3.0, via ibrahim85/Arabic-Named-Entity-Recognition-1: the words that begin two or more of its\n"+
		"# people's names and begin more than they continue. Do not edit: rerun gazgen.\n"+
		"# form\tkind: first\n", lines)
}

// wikifaneFirstWords returns the first names wikifaneFirstNames writes.
func (g *gen) wikifaneFirstWords() []string {
	if g.err != nil {
		return nil
	}
	skip := map[string]bool{}
	for _, file := range []string{"stop.tsv", "name_parts.tsv", "titles.tsv"} {
		data, err := os.ReadFile(filepath.Join(g.out, file))
		if err != nil {
			g.err = err
			return nil
		}
		for _, line := range strings.Split(string(data), "\n") {
			form, kind, _ := strings.Cut(line, "\t")
			if kind == "unlisted" || kind == "construct" || kind == "role" || kind == "verb" || kind == "pronoun" {
				continue // a first name too: «جمال», «جورج», «مالك», «تامر» of «تأمر», «منى»
			}
			if form != "" && !strings.HasPrefix(line, "#") {
				skip[searchForm(form)] = true
				if t, ok := strings.CutPrefix(searchForm(form), "ال"); ok {
					skip[t] = true // «البابا»: «بابا»
				}
			}
		}
	}
	first, later := map[string]int{}, map[string]int{}
	g.rows("wikifane_entities.tsv", func(f []string) {
		if len(f) < 2 || f[1] != "PER" {
			return
		}
		words := strings.Fields(f[0])
		if len(words) < 2 {
			return
		}
		first[words[0]]++
		for _, w := range words[1:] {
			later[w]++
		}
	})
	var words []string
	for w, n := range first {
		if n >= 2 && n > later[w] && !strings.HasPrefix(withoutLam(w), "ال") && utf8.RuneCountInString(w) >= 3 && !skip[searchForm(w)] {
			words = append(words, w)
		}
	}
	return words
}

// plausibleCityLabel reports whether ar, a city's Arabic label in the
// Wikidata list, may be a name of the city whose English name is en. The
// list matched some labels to the wrong item: Mao (Chad) has «ماو تسي
// تونغ», Balad (Iraq) «التجمع الوطني الديمقراطي», Nawa (Syria) «الشرق
// الأوسط وشمال إفريقيا», Westminster «برلمان المملكة المتحدة». Such a
// label has words the English name has not: more than one word more, a
// word of a kind before it («ولاية», «محافظة») and a qualifier after a
// comma left out. A few right labels go with them («مولهايم أن در
// رور» for Mulheim), towns the other sources mostly have. Nor is a label
// that begins with the kind of a body or a building a city's: «نادي
// بلاكبول», «جامعة المنيا», «مطار الفاشر».
func plausibleCityLabel(ar, en string) bool {
	ar, _, _ = strings.Cut(ar, "،")
	ar, _, _ = strings.Cut(ar, ",")
	words := strings.Fields(ar)
	if len(words) > 1 && slices.Contains([]string{"نادي", "جامعة", "كلية", "الكلية", "مطار", "مجلس", "حزب", "شركة", "مؤسسة", "منظمة", "جمعية", "اتحاد", "مستشفى", "قاعدة"}, words[0]) {
		return false
	}
	if len(words) > 1 && slices.Contains([]string{"مقاطعة", "ولاية", "محافظة", "بلدية", "دائرة", "ناحية", "مركز", "مدينة", "قضاء", "منطقة", "إقليم", "لواء", "إدارة", "مديرية", "معتمدية", "ضاحية", "ريف", "قرية", "بلدة", "كانتون"}, words[0]) {
		words = words[1:]
	}
	if len(words) > len(strings.FieldsFunc(en, func(r rune) bool { return r == ' ' || r == '-' }))+1 {
		return false
	}
	// Arabic writes no short vowels, so a city's own label is seldom
	// longer than its English name: one longer by more than three
	// letters (the article ال aside) names something else. Cali has
	// «كاليفورنيا», Kobe «كوبنهاغن», Mosul «فاموتيدين» (a drug), Ho
	// «هولميوم», Uman «سلطنة عمان». Right labels of a few towns go with
	// them («سان سيباستيان» for Donostia).
	arabic, latin := 0, 0
	for _, w := range words {
		for _, r := range strings.TrimPrefix(w, "ال") {
			if unicode.IsLetter(r) {
				arabic++
			}
		}
	}
	for _, r := range en {
		if unicode.IsLetter(r) {
			latin++
		}
	}
	return arabic <= latin+3
}

// withoutGloss returns a CLDR territory name without the gloss CLDR gives
// in brackets: «ميانمار (بورما)» is «ميانمار», «جزر كوكوس (كيلينغ)» is
// «جزر كوكوس». No article writes the brackets, so the name with them is
// found nowhere; the gloss is a former name or a description («منطقة
// إدارية خاصة»), which curated.tsv lists where it is a name of its own.
func withoutGloss(name string) string {
	before, _, _ := strings.Cut(name, " (")
	return before
}
