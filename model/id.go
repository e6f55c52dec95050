package model

import "github.com/google/uuid"

// idNamespace is the UUID namespace of every id the project makes: a v5
// UUID of the project's namespace IRI, so ids never collide with other
// producers' v5 ids.
var idNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte(ProjectNamespace))

// ArticleID returns the article's "@id": a v5 (SHA-1) UUID URN over its id
// and its text, stable across runs and machines, and different when either
// changes.
func ArticleID(id, text string) string {
	buf := make([]byte, 0, len(id)+1+len(text))
	buf = append(buf, id...)
	buf = append(buf, 0) // separator: ("ab","c") and ("a","bc") differ
	buf = append(buf, text...)
	return uuid.NewSHA1(idNamespace, buf).URN()
}

// NodeID returns the "@id" of a node found in an article (an entity, say):
// a v5 UUID URN over the article's "@id" and a key that names the node
// within the article.
func NodeID(articleID, key string) string {
	return uuid.NewSHA1(idNamespace, []byte(articleID+"\x00"+key)).URN()
}
