package entity

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strings"

	"github.com/khabar-lab/khabar/normalize"
)

//go:embed data/*.tsv
var dataFS embed.FS

// entry is one name a gazetteer knows.
type entry struct {
	words []string // the search forms of its words
	typ   string   // a schema.org type
	qid   string   // a Wikidata id, or ""
	form  string   // the form as the table writes it
	name  string   // the entity's name: the form, or the curated key
	key   string   // what makes two entries one entity
	rank  int      // the source: lower wins when a form is in two
}

// head is a word that begins the name of an organization or a place.
type head struct {
	typ   string
	needs string // what the first word after it may be: definite, any or nisba
	max   int    // how many words may follow
}

// title is a title or role that stands before a person's name.
type title struct{ words []string }

// word is everything the tables say of one search form.
type word struct {
	entries  []*entry // entries whose first word this is, longest first
	titles   []*title // titles whose first word this is, longest first
	head     *head
	nisba    *entry // the country of a nationality adjective
	first    bool   // a first name
	name     bool   // a part of some name: a first or family name, or a name token
	function bool   // a function word: ends every name
	common   bool   // a common word: never a name alone
	tail     bool   // may close a name a head began: «الجوية»
}

// tables are the extractor's tables, loaded once.
type tables struct {
	words map[string]*word
}

// sources lists the gazetteers in the order they win a form both have,
// with the fields each line has: form, type, then a Wikidata id and a key
// (curated), a Wikidata id and a source (places) or a fine type (WikiFANE).
var sources = []struct {
	file   string
	fields int
	qid    bool
}{
	{"curated.tsv", 4, true},
	{"places.tsv", 4, true},
	{"wikifane.tsv", 3, false},
}

func loadTables() (*tables, error) {
	t := &tables{words: map[string]*word{}}
	norm := normalize.New(normalize.Default())
	normWords := func(s string) ([]string, error) {
		n, err := norm.Normalize(s)
		if err != nil {
			return nil, err
		}
		return strings.Fields(n.Norm), nil
	}
	// Stop words first: the gazetteers consult them.
	err := eachLine("stop.tsv", 2, func(f []string) error {
		ws, err := normWords(f[0])
		if err != nil || len(ws) != 1 {
			return fmt.Errorf("want one word: %v", err)
		}
		w := t.word(ws[0])
		switch f[1] {
		case "function":
			w.function = true
		case "common":
			w.common = true
		default:
			return fmt.Errorf("unknown kind %q", f[1])
		}
		return nil
	})
	// Month and weekday names are common words here: «أغسطس» is no person.
	for _, e := range normalize.Calendar().Entries() {
		if ws, err := normWords(e.Form); err == nil && len(ws) == 1 {
			t.word(ws[0]).common = true
		}
	}
	seen := map[string]bool{} // forms a better source has
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
			if seen[form] && rank > 0 {
				return nil
			}
			if len(ws) == 1 && (t.word(ws[0]).common || t.word(ws[0]).function || len([]rune(ws[0])) < 3) {
				return nil
			}
			seen[form] = true
			e := &entry{words: ws, typ: f[1], form: f[0], name: f[0], key: form, rank: rank}
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
				e.key = e.qid
			}
			w := t.word(ws[0])
			w.entries = append(w.entries, e)
			for k := len(w.entries) - 1; k > 0 && len(w.entries[k].words) > len(w.entries[k-1].words); k-- {
				w.entries[k], w.entries[k-1] = w.entries[k-1], w.entries[k]
			}
			return nil
		})
	}
	if err == nil {
		err = eachLine("titles.tsv", 1, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) == 0 {
				return fmt.Errorf("empty title: %v", err)
			}
			w := t.word(ws[0])
			w.titles = append(w.titles, &title{words: ws})
			for k := len(w.titles) - 1; k > 0 && len(w.titles[k].words) > len(w.titles[k-1].words); k-- {
				w.titles[k], w.titles[k-1] = w.titles[k-1], w.titles[k]
			}
			return nil
		})
	}
	if err == nil {
		err = eachLine("heads.tsv", 4, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) != 1 {
				return fmt.Errorf("want one word: %v", err)
			}
			h := &head{typ: f[1], needs: f[2]}
			if f[2] != "nisba" && f[2] != "any" && f[2] != "definite" {
				return fmt.Errorf("needs is %q, want definite, any or nisba", f[2])
			}
			if _, err := fmt.Sscan(f[3], &h.max); err != nil || h.max < 1 {
				return fmt.Errorf("max is %q", f[3])
			}
			t.word(ws[0]).head = h
			return nil
		})
	}
	if err == nil {
		err = eachLine("tails.tsv", 1, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) != 1 {
				return fmt.Errorf("want one word: %v", err)
			}
			t.word(ws[0]).tail = true
			return nil
		})
	}
	if err == nil {
		err = eachLine("names.tsv", 2, func(f []string) error {
			ws, err := normWords(f[0])
			if err != nil || len(ws) != 1 {
				return nil // a name the normalizer splits is no use here
			}
			w := t.word(ws[0])
			if w.function {
				return nil
			}
			w.name = true
			if f[1] == "first" && !w.common {
				w.first = true
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
	if err != nil {
		return nil, err
	}
	return t, nil
}

// word returns what the tables say of the search form w, adding it.
func (t *tables) word(w string) *word {
	x := t.words[w]
	if x == nil {
		x = &word{}
		t.words[w] = x
	}
	return x
}

// lookup returns the entry whose words are ws.
func (t *tables) lookup(ws []string) *entry {
	w := t.words[ws[0]]
	if w == nil {
		return nil
	}
	for _, e := range w.entries {
		if strings.Join(e.words, " ") == strings.Join(ws, " ") {
			return e
		}
	}
	return nil
}

// eachLine calls fn with the tab-separated fields of every line of a table
// that is not blank or a comment, after checking it has at least min fields.
func eachLine(name string, min int, fn func(fields []string) error) error {
	data, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) < min {
			return fmt.Errorf("%s:%d: want %d fields, have %d", name, line, min, len(f))
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}
