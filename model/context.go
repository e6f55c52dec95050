package model

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
)

// SchemaOrgContextURL is the remote context every document names first.
const SchemaOrgContextURL = "https://schema.org/"

// ProjectNamespace is the IRI prefix of the project's own vocabulary, for
// what neither schema.org nor the Web Annotation vocabulary has.
const ProjectNamespace = "https://khabar-lab.github.io/ns#"

// projectContextJSON defines the project's terms, once; see context.jsonld.
//
//go:embed context.jsonld
var projectContextJSON []byte

// contextJSON is the compact "@context" value of every document:
// ["https://schema.org/", {project terms}], computed once.
var contextJSON = func() []byte {
	var b bytes.Buffer
	b.WriteString(`["` + SchemaOrgContextURL + `",`)
	if err := json.Compact(&b, projectContextJSON); err != nil {
		panic("model: context.jsonld is not valid JSON: " + err.Error())
	}
	b.WriteString("]")
	return b.Bytes()
}()

// Context returns the JSON-LD context every output document carries,
// pretty-printed, as `extract --context` prints it.
func Context() []byte {
	var b bytes.Buffer
	_ = json.Indent(&b, []byte(`{"@context":`+string(contextJSON)+`}`), "", "  ")
	b.WriteByte('\n')
	return b.Bytes()
}

// AppendJSONLD appends doc, a struct whose JSON form is an object, as a
// JSON-LD document: its "@context" first, then its own fields. The shared
// context is written from bytes computed once, not encoded per document.
func AppendJSONLD(buf *bytes.Buffer, doc any) error {
	start := buf.Len()
	buf.WriteString(`{"@context":`)
	buf.Write(contextJSON)
	if a, ok := doc.(*NewsArticle); ok {
		// The common case, encoded by hand (encode.go).
		b, err := a.appendJSON(buf.AvailableBuffer())
		if err != nil {
			buf.Truncate(start)
			return err
		}
		b[0] = ',' // the object's '{' follows the context
		buf.Write(append(b, '\n'))
		return nil
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false) // the output is data, not a web page
	body := buf.Len()
	if err := enc.Encode(doc); err != nil {
		buf.Truncate(start)
		return err
	}
	// The encoded object starts with '{': splice it after the context.
	b := buf.Bytes()
	if b[body] != '{' {
		buf.Truncate(start)
		return fmt.Errorf("model: %T does not encode as a JSON object", doc)
	}
	if b[body+1] == '}' {
		// An object with no fields: drop "{}" but keep the closing brace.
		copy(b[body:], b[body+1:])
		buf.Truncate(buf.Len() - 1)
	} else {
		b[body] = ','
	}
	return nil
}
