package main

import "testing"

func TestPlausibleCityLabel(t *testing.T) {
	for _, c := range []struct {
		ar, en string
		want   bool
	}{
		{"بغداد", "Baghdad", true},
		{"الجزائر العاصمة", "Algiers", true},         // ال aside, 10 letters against 7
		{"ولاية قندهار", "Kandahar", true},           // the kind before the name
		{"إدارة كوتشابامبا", "Cochabamba", true},     // the kind before the name
		{"أبوبا، السلفادور", "Apopa", true},          // the country after a comma
		{"كاليفورنيا", "Cali", false},                // California, another place
		{"كوبنهاغن", "Kobe", false},                  // Copenhagen
		{"فاموتيدين", "Mosul", false},                // a drug
		{"سلطنة عمان", "Uman", false},                // the Sultanate of Oman
		{"ماو تسي تونغ", "Mao", false},               // two words more
		{"نادي بلاكبول", "Blackpool", false},         // a club
		{"التجمع الوطني الديمقراطي", "Balad", false}, // a party
	} {
		if got := plausibleCityLabel(c.ar, c.en); got != c.want {
			t.Errorf("plausibleCityLabel(%q, %q) = %v, want %v", c.ar, c.en, got, c.want)
		}
	}
}
