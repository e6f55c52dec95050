package model

import (
	"strings"
	"testing"

	"github.com/google/uuid"
)

// The ids are uuid.NewSHA1 of the joined parts, whatever their length.
func TestIDsAreNameBasedUUIDs(t *testing.T) {
	long := strings.Repeat("القوات الأمريكية في العراق ", 500) // several buffers
	for _, tc := range []struct{ id, text string }{
		{"", ""},
		{"a1", "نص قصير"},
		{"seed-3", long},
		{"x", long[:4096]},
	} {
		want := uuid.NewSHA1(idNamespace, []byte(tc.id+"\x00"+tc.text)).URN()
		if got := ArticleID(tc.id, tc.text); got != want {
			t.Errorf("ArticleID(%q, %d bytes) = %s, want %s", tc.id, len(tc.text), got, want)
		}
		if got := NodeID(tc.id, tc.text); got != want {
			t.Errorf("NodeID(%q, %d bytes) = %s, want %s", tc.id, len(tc.text), got, want)
		}
	}
	if ArticleID("ab", "c") == ArticleID("a", "bc") {
		t.Error("the id and the text run together")
	}
}
