package model

import "testing"

func TestNamesContain(t *testing.T) {
	names := NamesOf([]Entity{
		{MentionedAt: []Span{{Start: 30, End: 40}, {Start: 0, End: 5}}},
		{MentionedAt: []Span{{Start: 10, End: 20}}},
		{NationalityMentionedAt: []Span{{Start: 50, End: 60}}}, // no name
	})
	for _, tt := range []struct {
		s    Span
		want bool
	}{
		{Span{Start: 0, End: 5}, true},
		{Span{Start: 1, End: 3}, true},
		{Span{Start: 3, End: 6}, false},
		{Span{Start: 5, End: 10}, false},
		{Span{Start: 12, End: 20}, true},
		{Span{Start: 19, End: 21}, false},
		{Span{Start: 30, End: 40}, true},
		{Span{Start: 35, End: 41}, false},
		{Span{Start: 52, End: 55}, false},
		{Span{Start: 70, End: 71}, false},
	} {
		if got := names.Contain(tt.s); got != tt.want {
			t.Errorf("Contain(%d, %d) = %v, want %v", tt.s.Start, tt.s.End, got, tt.want)
		}
	}
	if (Names{}).Contain(Span{Start: 0, End: 1}) {
		t.Error("no names contain a span")
	}
}

func TestMentionNamesFollowsMentions(t *testing.T) {
	var x Extraction
	inside := Span{Start: 2, End: 4}
	if x.MentionNames().Contain(inside) {
		t.Fatal("no mentions contain a span")
	}
	x.Mentions = append(x.Mentions, Entity{MentionedAt: []Span{{Start: 0, End: 5}}})
	if !x.MentionNames().Contain(inside) {
		t.Error("a mention added after the first call is not in MentionNames")
	}
	x.Mentions = []Entity{{MentionedAt: []Span{{Start: 10, End: 20}}}}
	if x.MentionNames().Contain(inside) {
		t.Error("MentionNames kept the names of mentions replaced since")
	}
	if !x.MentionNames().Contain(Span{Start: 12, End: 15}) {
		t.Error("MentionNames lacks the replacing mention")
	}
}
