package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSkeleton(t *testing.T) {
	tests := []struct {
		words []string
		want  string
		ok    bool
	}{
		{[]string{"زيوريخ"}, "زرخ", true},
		{[]string{"زيورخ"}, "زرخ", true},
		{[]string{"كراكاس"}, "كركس", true},
		{[]string{"كاراكاس"}, "كركس", true},
		// غ is ج, ط is ت, ص is س; the first and the last letter stay.
		{[]string{"غوانتانامو"}, "جنتنمو", true},
		{[]string{"جوانتانامو"}, "جنتنمو", true},
		{[]string{"اسطنبول"}, "استنبل", true},
		// A final ه (ة in the search form) is written as ا.
		{[]string{"هولنده"}, "هلندا", true},
		{[]string{"هولندا"}, "هلندا", true},
		// A letter doubled is written once, but for the first.
		{[]string{"ببدروم"}, "ببدرم", true},
		{[]string{"بيونج", "يانج"}, "بنج ينج", true},
		// No word with ال, and only Arabic letters.
		{[]string{"الخرباوي"}, "", false},
		{[]string{"Zurich"}, "", false},
	}
	for _, tt := range tests {
		got, ok := skeleton(tt.words)
		assert.Equal(t, tt.ok, ok, tt.words)
		assert.Equal(t, tt.want, got, tt.words)
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"زيوريخ", "زيورخ", 5, 1},
		{"دوربان", "ديربان", 5, 1},
		{"ماستر", "موستار", 5, 2},
		{"ماستر", "موستار", 2, 2}, // capped at the limit
		{"", "ابجد", 9, 4},
		{"ابجد", "ابجد", 1, 0},
		{"مايدوغوري", "ميدغري", 2, 2},
	}
	for _, tt := range tests {
		var rows []int
		assert.Equal(t, tt.want, editDistance([]rune(tt.a), []rune(tt.b), tt.limit, &rows), tt.a+" "+tt.b)
	}
}

func TestSpellingClasses(t *testing.T) {
	tests := []struct{ word, want string }{
		{"جوهانسبرغ", "جوهانسبرج"},
		{"تومبكتو", "تومبكتو"},
		{"هولنده", "هولندا"},
		{"نيو", "نيو"},
		{"اسطنبول", "استنبول"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, string(appendSpellingClasses(nil, false, tt.word)))
	}
}
