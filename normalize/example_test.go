package normalize_test

import (
	"fmt"
	"strings"

	"github.com/khabar-lab/khabar/normalize"
)

// The search form drops diacritics and tatweel, folds letter variants and
// digits; Span maps a match in it back to the original.
func ExampleNormalize() {
	text, err := normalize.Normalize("أعلنَ الرَّئِيسُ الـعِرَاقِيُّ في ٢٦ تموز")
	if err != nil {
		panic(err)
	}
	fmt.Println(text.Norm)
	i := strings.Index(text.Norm, "العراقي")
	span := text.Span(i, i+len("العراقي"))
	fmt.Println(span.Start, span.End, span.Exact)
	// Output:
	// اعلن الرئيس العراقي في 26 تموز
	// 17 30 الـعِرَاقِيُّ
}

// Each step can be switched off: here only digits are normalized.
func ExampleNew() {
	digitsOnly := normalize.New(normalize.Options{Digits: true})
	text, _ := digitsOnly.Normalize("نحو ٢٬٥٠٠ جندي، أي ٣٫٥٪")
	fmt.Println(text.Norm)
	// Output: نحو 2,500 جندي، أي 3.5%
}

// Paired month names are one phrase with one month number.
func ExampleLexicon_MonthPhrases() {
	text, _ := normalize.Normalize("في آذار / مارس 2020 ثم في أيار (مايو)")
	for _, p := range normalize.Calendar().MonthPhrases(text) {
		fmt.Println(text.Span(p.Start, p.End).Exact, p.Month, len(p.Names))
	}
	// Output:
	// آذار / مارس 3 2
	// أيار (مايو) 5 2
}
