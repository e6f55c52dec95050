package token

import (
	"fmt"
	"strings"
	"testing"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
	"github.com/stretchr/testify/assert"
)

// show renders tokens compactly: Word(x) Number(2500=2500) …
func show(toks []Token) string {
	var parts []string
	for _, t := range toks {
		s := fmt.Sprintf("%s(%s)", t.Kind, t.Text)
		if t.Kind == Number {
			s = fmt.Sprintf("Number(%s=%g)", t.Text, t.Value)
		}
		if t.SpaceBefore {
			s = "_" + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"يوجد 2500 جندي", "Word(يوجد) _Number(2500=2500) _Word(جندي)"},
		{"نحو 2,500 و3.5%", "Word(نحو) _Number(2,500=2500) _Word(و) Number(3.5=3.5) Punct(%)"},
		{"عام 2003, 2004.", "Word(عام) _Number(2003=2003) Punct(,) _Number(2004=2004) Punct(.)"},
		{"20-30 و1,50", "Number(20=20) Punct(-) Number(30=30) _Word(و) Number(1=1) Punct(,) Number(50=50)"},
		{"F-16 COVID-19", "Word(F) Punct(-) Number(16=16) _Word(COVID) Punct(-) Number(19=19)"},
		{"سطر\nسطر", "Word(سطر) Break(\n) Word(سطر)"},
		{"10:30 $10", "Number(10=10) Punct(:) Number(30=30) _Punct($) Number(10=10)"},
		{"", ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, show(Tokenize(tc.in)), tc.in)
	}
}

func TestTokensCoverTheText(t *testing.T) {
	s := "قال 20 شخصا، و١٥% «منهم» في 2,500.5 F-16\nx"
	prev := 0
	for _, tok := range Tokenize(s) {
		assert.Equal(t, strings.TrimSpace(s[prev:tok.Start]), "", "only spaces between tokens")
		assert.Equal(t, s[tok.Start:tok.End()], tok.Text)
		assert.Equal(t, wordtable.Hash(tok.Text), tok.Hash, "the hash every table uses: %q", tok.Text)
		prev = tok.End()
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("نحو 2,500 و3.5% 2003, 2004. F-16\n")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < prev || tok.End() <= tok.Start || tok.End() > len(s) || s[tok.Start:tok.End()] != tok.Text {
				t.Fatalf("bad token %+v after %d in %q", tok, prev, s)
			}
			if tok.Hash != wordtable.Hash(tok.Text) {
				t.Fatalf("token %+v: hash is not wordtable.Hash", tok)
			}
			prev = tok.End()
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	s := strings.Repeat("قال المتحدث باسم التحالف الدولي إن 2,500 جندي أمريكي سيبقون في العراق حتى عام 2026. ", 200)
	var toks []Token
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		toks = AppendTokens(toks[:0], s)
	}
}
