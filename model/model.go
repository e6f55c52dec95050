// Package model defines what the pipeline reads and writes: the input
// Article, the JSON-LD NewsArticle it becomes, the typed nodes the
// extractors produce (entities, temporal expressions, quantities), the
// JSON-LD context that maps every key to an IRI, and the deterministic ids.
//
// Every span in the output is a Span: [Start, End) in Unicode code points of
// the article's original text, with Exact the original substring (the W3C Web
// Annotation TextPositionSelector and TextQuoteSelector in one object).
package model

import "slices"

// Article is one input article, as read from a .txt file or a JSONL line.
type Article struct {
	// ID names the article: the JSONL "id" field, or the file's path
	// (with ":LINE" for a JSONL line without an id).
	ID string
	// Text is the article's text. Offsets in the output count code points
	// of this string.
	Text string
	// DatePublished is "YYYY-MM-DD" when the input gives it.
	DatePublished string
	URL           string
	Headline      string
}

// Span locates a piece of the original text: [Start, End) in Unicode code
// points, and Exact, the substring itself.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Exact string `json:"exact"`
}

// Names are the spans of an article's entity mentions, in an order that
// tells in logarithmic time whether a span lies inside one: the later
// extractors leave out what a name holds («حركة طالبان» is no dual of طالب,
// «مدينة 6 أكتوبر» no date).
type Names struct {
	// spans are the mentions' [start, furthest end so far], by start.
	spans [][2]int
}

// NamesOf returns the spans of the entities' mentions.
func NamesOf(entities []Entity) Names {
	n := 0
	for _, e := range entities {
		n += len(e.MentionedAt)
	}
	spans := make([][2]int, 0, n)
	for _, e := range entities {
		for _, m := range e.MentionedAt {
			spans = append(spans, [2]int{m.Start, m.End})
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	end := 0
	for i := range spans {
		end = max(end, spans[i][1])
		spans[i][1] = end
	}
	return Names{spans}
}

// Contain reports whether s lies within one of the names.
func (n Names) Contain(s Span) bool {
	// The mentions that start at or before s; one of them holds s if the
	// furthest of their ends reaches s's end.
	i, _ := slices.BinarySearchFunc(n.spans, s.Start+1, func(x [2]int, start int) int { return x[0] - start })
	return i > 0 && n.spans[i-1][1] >= s.End
}

// Entity is a person, organization or place the article mentions, with every
// mention of it gathered under one node.
type Entity struct {
	ID            string   `json:"@id"`
	Type          string   `json:"@type"` // Person, Organization, Place or a schema.org subtype
	Name          string   `json:"name"`
	AlternateName []string `json:"alternateName,omitempty"`
	JobTitle      string   `json:"jobTitle,omitempty"`
	SameAs        string   `json:"sameAs,omitempty"` // a Wikidata entity IRI
	// MentionedAt are the mentions of the name. A country named only by a
	// nationality adjective has none.
	MentionedAt []Span `json:"mentionedAt"`
	// NationalityMentionedAt are a country's nationality adjectives
	// («القوات الأمريكية»): they point to the country without naming it.
	NationalityMentionedAt []Span `json:"nationalityMentionedAt,omitempty"`
}

// TimeExpression is one temporal expression with its TIMEX3 value.
type TimeExpression struct {
	Type string `json:"@type"` // always TimeExpressionType
	// Value is the TIMEX3 value in the Gregorian calendar: "2020-03-01",
	// "2020-03", "XXXX-04", "P8Y", "PRESENT_REF"…
	Value string `json:"value"`
	// TimexType is DATE, TIME, DURATION or SET.
	TimexType string `json:"timexType"`
	// Mod is the TIMEX3 modifier: START, MID, END, APPROX, BEFORE, AFTER…
	Mod string `json:"mod,omitempty"`
	// Calendar is the calendar the text wrote the date in: "gregorian" or "hijri".
	Calendar string `json:"calendar"`
	// CalendarValue is the value in that calendar when it is not Gregorian
	// (for Hijri dates: "1445-09-15").
	CalendarValue string `json:"calendarValue,omitempty"`
	// Notes flag what a reader should know: "unresolved" (no reference
	// date), "weekday-mismatch", "month-conflict"…
	Notes []string `json:"note,omitempty"`
	// StartDate and EndDate bound a range («من 2011 إلى 2014», a Hijri
	// month) as TIMEX3 values; Value is then the narrowest TIMEX3 value
	// that holds both («201»).
	StartDate   string `json:"startDate,omitempty"`
	EndDate     string `json:"endDate,omitempty"`
	MentionedAt []Span `json:"mentionedAt"`
}

// Quantity is a number that counts or measures something, with what it counts.
type Quantity struct {
	Type        string   `json:"@type"` // QuantitativeValue or MonetaryAmount
	Value       *float64 `json:"value,omitempty"`
	MinValue    *float64 `json:"minValue,omitempty"`
	MaxValue    *float64 `json:"maxValue,omitempty"`
	Approximate bool     `json:"approximate,omitempty"`
	UnitText    string   `json:"unitText,omitempty"`
	UnitCode    string   `json:"unitCode,omitempty"` // UN/CEFACT common code: C62 count, P1 percent…
	Currency    string   `json:"currency,omitempty"` // ISO 4217
	MentionedAt []Span   `json:"mentionedAt"`
}

// Extraction is what the extractors found in one article.
type Extraction struct {
	Mentions            []Entity
	TemporalExpressions []TimeExpression
	Quantities          []Quantity
	// DatePublished is set when the extractors found the article's date in
	// its text (a dateline) and the input gave none.
	DatePublished string

	// names caches NamesOf(Mentions) for the extractors that run after
	// the entities' (MentionNames); namesOf is the Mentions it was made of.
	names   Names
	namesOf []Entity
}

// MentionNames returns NamesOf(x.Mentions), made once for the extractors
// that each leave out what lies inside a name.
func (x *Extraction) MentionNames() Names {
	if x.names.spans == nil || len(x.namesOf) != len(x.Mentions) || len(x.Mentions) > 0 && &x.namesOf[0] != &x.Mentions[0] {
		x.names, x.namesOf = NamesOf(x.Mentions), x.Mentions
	}
	return x.names
}

// NewsArticle is one output document: an article and what was found in it.
// Its JSON form is a JSON-LD object whose keys are all defined by Context.
type NewsArticle struct {
	Type                string           `json:"@type"`
	ID                  string           `json:"@id"`
	Identifier          string           `json:"identifier"`
	URL                 string           `json:"url,omitempty"`
	Headline            string           `json:"headline,omitempty"`
	InLanguage          string           `json:"inLanguage"`
	DatePublished       string           `json:"datePublished,omitempty"`
	Text                string           `json:"text,omitempty"`
	Mentions            []Entity         `json:"mentions"`
	TemporalExpressions []TimeExpression `json:"temporalExpressions"`
	Quantities          []Quantity       `json:"quantities"`
}

// TimeExpressionType is the project class of temporal expressions.
const TimeExpressionType = "TimeExpression"

// NewNewsArticle builds the output document for a and what was found in it.
// The text itself is included only when includeText is set.
func NewNewsArticle(a *Article, x *Extraction, includeText bool) *NewsArticle {
	doc := &NewsArticle{
		Type:                "NewsArticle",
		ID:                  ArticleID(a.ID, a.Text),
		Identifier:          a.ID,
		URL:                 a.URL,
		Headline:            a.Headline,
		InLanguage:          "ar",
		DatePublished:       a.DatePublished,
		Mentions:            []Entity{},
		TemporalExpressions: []TimeExpression{},
		Quantities:          []Quantity{},
	}
	if includeText {
		doc.Text = a.Text
	}
	if x != nil {
		if doc.DatePublished == "" {
			doc.DatePublished = x.DatePublished
		}
		if x.Mentions != nil {
			doc.Mentions = x.Mentions
			for i := range doc.Mentions {
				m := &doc.Mentions[i]
				if m.ID == "" {
					m.ID = NodeID(doc.ID, "entity\x00"+m.Type+"\x00"+m.Name)
				}
			}
		}
		if x.TemporalExpressions != nil {
			doc.TemporalExpressions = x.TemporalExpressions
		}
		if x.Quantities != nil {
			doc.Quantities = x.Quantities
		}
	}
	return doc
}

// FailedArticle stands, in filter mode, for an input line that could not be
// read, so that every line in still gets exactly one line out.
type FailedArticle struct {
	Type       string `json:"@type"`
	Identifier string `json:"identifier"`
	Error      string `json:"error"`
}
