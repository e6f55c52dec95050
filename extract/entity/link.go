package entity

import (
	"slices"
	"strings"

	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
)

// covered reports whether token i lies inside a mention scan found.
func (p *parser) covered(i int) bool { return p.claimed[i] }

// linkSurnames adds the later bare surnames of people named in full:
// «الكاظمي» after «مصطفى الكاظمي».
func (p *parser) linkSurnames() {
	surnames := map[string]bool{}
	for _, m := range p.mentions {
		if m.typ != "Person" || m.end-m.start < 2 {
			continue
		}
		last := p.text(m.end - 1)
		if w := p.bare(m.end - 1); w != nil && (w.function || w.common) || len([]rune(last)) < 3 {
			continue
		}
		surnames[last] = true
	}
	if len(surnames) == 0 {
		return
	}
	var added []mention
	for i := range p.toks {
		if !p.isWord(i) || p.covered(i) {
			continue
		}
		if surnames[p.text(i)] {
			added = append(added, mention{start: i, end: i + 1, typ: "Person"})
			continue
		}
		for _, peel := range []string{"و", "ف", "ل", "ب", "وب", "ول", "فب", "فل"} {
			rest, ok := strings.CutPrefix(p.text(i), peel)
			if !ok {
				continue
			}
			if surnames[rest] {
				added = append(added, mention{start: i, end: i + 1, clitic: len(peel), typ: "Person"})
				break
			}
			if strings.HasSuffix(peel, "ل") && strings.HasPrefix(rest, "ل") && surnames["ا"+rest] {
				// «للسوداني»: ل before ال, which loses its alif.
				added = append(added, mention{start: i, end: i + 1, clitic: len(peel), typ: "Person"})
				break
			}
		}
	}
	p.mentions = append(p.mentions, added...)
	slices.SortStableFunc(p.mentions, func(a, b mention) int { return a.start - b.start })
	for _, m := range added {
		p.claimed[m.start] = true
	}
}

// nationalities adds the nationality adjectives outside any name.
func (p *parser) nationalities() {
	var added []mention
	for i := range p.toks {
		if !p.isWord(i) || p.covered(i) {
			continue
		}
		for _, f := range p.forms(i) {
			if f.w.nisba != nil {
				added = append(added, mention{start: i, end: i + 1, clitic: f.clitic, typ: f.w.nisba.typ, entry: f.w.nisba, nationality: true})
				break
			}
		}
	}
	p.mentions = append(p.mentions, added...)
	slices.SortStableFunc(p.mentions, func(a, b mention) int { return a.start - b.start })
}

// nodes gathers the mentions into one node per entity, in the order of
// their first mention.
func (p *parser) nodes(t *normalize.Text) []model.Entity {
	if len(p.mentions) == 0 {
		return nil
	}
	type node struct {
		entity   model.Entity
		key      string
		longest  int // mention tokens of the longest name mention
		fromList bool
		// alternates are the other names it is mentioned by: the table's
		// forms, or the texts of the mentions a rule read.
		alternates []string
	}
	var nodes []*node
	byKey := map[string]int{}
	bySurname := map[string]int{}
	// Full names before surnames, so that «الكاظمي» finds «مصطفى الكاظمي»
	// wherever it stands.
	order := make([]int, len(p.mentions))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ma, mb := p.mentions[a], p.mentions[b]
		return (mb.end - mb.start) - (ma.end - ma.start)
	})
	group := make([]int, len(p.mentions))
	for _, k := range order {
		m := p.mentions[k]
		key := ""
		if m.entry != nil {
			key = m.entry.key
		} else {
			key = m.typ + ":" + p.joined(m.start, m.end)
		}
		n, ok := byKey[key]
		if !ok && m.typ == "Person" && m.end-m.start == 1 {
			n, ok = bySurname[p.text(m.start)]
		}
		if !ok {
			n = len(nodes)
			e := model.Entity{Type: m.typ}
			if m.entry != nil {
				e.Name, e.Type = m.entry.name, m.entry.typ
				if m.entry.qid != "" {
					e.SameAs = "http://www.wikidata.org/entity/" + m.entry.qid
				}
			}
			nodes = append(nodes, &node{entity: e, key: key, fromList: m.entry != nil})
		}
		byKey[key] = n
		if m.typ == "Person" && m.end-m.start >= 2 {
			if _, taken := bySurname[p.text(m.end-1)]; !taken {
				bySurname[p.text(m.end-1)] = n
			}
		}
		group[k] = n
	}
	// Mentions in text order; the first node mentioned comes first.
	first := make([]int, len(nodes))
	for k := range first {
		first[k] = -1
	}
	for k, m := range p.mentions {
		nd := nodes[group[k]]
		if first[group[k]] < 0 {
			first[group[k]] = k
		}
		start := p.toks[m.start].Start + m.clitic
		span := t.Span(start, p.toks[m.end-1].End)
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
			nd.entity.JobTitle = t.Span(ts, p.toks[m.title[1]-1].End).Exact
		}
		if !nd.fromList && m.end-m.start > nd.longest {
			nd.entity.Name, nd.longest = span.Exact, m.end-m.start
		}
	}
	perm := make([]int, len(nodes))
	for k := range perm {
		perm[k] = k
	}
	slices.SortStableFunc(perm, func(a, b int) int { return first[a] - first[b] })
	out := make([]model.Entity, 0, len(nodes))
	for _, k := range perm {
		e := nodes[k].entity
		if e.MentionedAt == nil {
			e.MentionedAt = []model.Span{}
		}
		for _, a := range nodes[k].alternates {
			if a != e.Name && !slices.Contains(e.AlternateName, a) {
				e.AlternateName = append(e.AlternateName, a)
			}
		}
		out = append(out, e)
	}
	return out
}

// joined is the search form of tokens [start, end).
func (p *parser) joined(start, end int) string {
	var b strings.Builder
	for i := start; i < end; i++ {
		if i > start {
			b.WriteByte(' ')
		}
		b.WriteString(p.toks[i].Text)
	}
	return b.String()
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
