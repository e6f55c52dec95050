// Package token splits the search form of a text (normalize.Text.Norm) into
// the tokens every extractor reads: words, numbers, punctuation and line
// breaks, each with its byte range in the search form.
//
// Like the lexer of text/template/parse it is a small state machine over
// runes; unlike it, it never fails: every byte of the input belongs to a
// token or to the spaces between tokens.
package token

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
	"github.com/khabar-lab/khabar/normalize"
)

// Kind is the kind of a token.
type Kind uint8

const (
	Word   Kind = iota + 1 // a run of letters and marks
	Number                 // digits, with "," thousands groups and a "." decimal part
	Punct                  // any other single character but a space
	Break                  // a line break
)

func (k Kind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Punct:
		return "Punct"
	case Break:
		return "Break"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Token is one token of a search form.
type Token struct {
	Text  string // the search form's bytes [Start, End())
	Start int    // byte offset in the search form
	// Value is the number a Number token writes (2,500 → 2500, 3.5 → 3.5).
	Value float64
	// Hash is wordtable.Hash(Text), made once so that no extractor's table
	// hashes the token again.
	Hash uint64
	Kind Kind
	// SpaceBefore tells that a space stands between this token and the one
	// before it ("20-30" has none; "20 - 30" has).
	SpaceBefore bool
}

// End is the byte offset in the search form where the token ends.
func (t Token) End() int { return t.Start + len(t.Text) }

// Tokenize splits s, a search form, into tokens. Digits are ASCII there
// (normalization turned Arabic-Indic ones into them); a number's "," must be
// followed by exactly three digits to group thousands, so "2003, 2004" is
// two numbers, and a "." must be followed by a digit to start decimals.
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/6), s)
}

// AppendTokens appends the tokens of s to toks, reusing its storage: a
// loop over many articles tokenizes without allocating.
func AppendTokens(toks []Token, s string) []Token {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			space = true
			i++
			continue
		case c == '\n':
			toks = append(toks, Token{Kind: Break, Start: i, Text: "\n", Hash: newlineHash, SpaceBefore: space})
			i++
		case c >= '0' && c <= '9',
			c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && (i == 0 || s[i-1] < '0' || s[i-1] > '9'):
			// A number, or a decimal one without its 0: «.77».
			end := scanNumber(s, i)
			toks = append(toks, Token{Kind: Number, Start: i, Text: s[i:end], Value: numberValue(s[i:end]), Hash: wordtable.Hash(s[i:end]), SpaceBefore: space})
			i = end
		default:
			if end := wordEnd(s, i); end > i {
				toks = append(toks, Token{Kind: Word, Start: i, Text: s[i:end], Hash: wordtable.Hash(s[i:end]), SpaceBefore: space})
				i = end
			} else {
				size, _ := normalize.WordRuneAt(s, i)
				toks = append(toks, Token{Kind: Punct, Start: i, Text: s[i : i+size], Hash: wordtable.Hash(s[i : i+size]), SpaceBefore: space})
				i += size
			}
		}
		space = false
	}
	return toks
}

// wordEnd returns where the run of word runes (letters and marks) from
// s[i] ends: i when s[i] starts none. Arabic letters and ASCII, most of a
// news text, are classified inline; other runes ask WordRuneAt.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				return i
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if !normalize.IsArabicWordRune(c, s[i+1]) {
				return i
			}
			i += 2
			continue
		}
		size, word := normalize.WordRuneAt(s, i)
		if !word {
			return i
		}
		i += size
	}
	return i
}

var newlineHash = wordtable.Hash("\n")

// scanNumber returns where the number starting at s[i] ends.
func scanNumber(s string, i int) int {
	if s[i] == '.' {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j
	}
	digits := func(j int) int {
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j
	}
	end := digits(i)
	for end < len(s) && s[end] == ',' {
		j := digits(end + 1)
		if j-(end+1) != 3 {
			break
		}
		end = j
	}
	if end+1 < len(s) && s[end] == '.' && s[end+1] >= '0' && s[end+1] <= '9' {
		end = digits(end + 1)
	}
	return end
}

// numberValue reads a number token's text.
func numberValue(text string) float64 {
	v, err := strconv.ParseFloat(strings.ReplaceAll(text, ",", ""), 64)
	if err != nil {
		return 0
	}
	return v
}

// IsDigits reports whether a Number token is digits only: no separator.
func (t Token) IsDigits() bool {
	return t.Kind == Number && strings.IndexFunc(t.Text, func(r rune) bool { return r < '0' || r > '9' }) < 0
}
