package model

import (
	"crypto/sha1"
	"hash"
	"sync"

	"github.com/google/uuid"
)

// idNamespace is the UUID namespace of every id the project makes: a v5
// UUID of the project's namespace IRI, so ids never collide with other
// producers' v5 ids.
var idNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte(ProjectNamespace))

// ArticleID returns the article's "@id": a v5 (SHA-1) UUID URN over its id
// and its text, stable across runs and machines, and different when either
// changes.
func ArticleID(id, text string) string {
	return nameUUID(id, "\x00", text).URN() // "\x00": ("ab","c") and ("a","bc") differ
}

// NodeID returns the "@id" of a node found in an article (an entity, say):
// a v5 UUID URN over the article's "@id" and a key that names the node
// within the article.
func NodeID(articleID, key string) string {
	return nameUUID(articleID, "\x00", key).URN()
}

// hasher is a SHA-1 state and a buffer to feed it strings through, reused:
// an article's text is hashed without a copy of it.
type hasher struct {
	h   hash.Hash
	buf [4096]byte
}

var hashers = sync.Pool{New: func() any { return &hasher{h: sha1.New()} }}

// nameUUID is the version 5 UUID in idNamespace of the name that is the
// parts written one after the other: uuid.NewSHA1 of their concatenation,
// without making it.
func nameUUID(parts ...string) uuid.UUID {
	hs := hashers.Get().(*hasher)
	defer hashers.Put(hs)
	hs.h.Reset()
	hs.h.Write(idNamespace[:])
	for _, s := range parts {
		for len(s) > 0 {
			n := copy(hs.buf[:], s)
			hs.h.Write(hs.buf[:n])
			s = s[n:]
		}
	}
	var u uuid.UUID
	copy(u[:], hs.h.Sum(hs.buf[:0]))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // the RFC 4122 variant
	return u
}
