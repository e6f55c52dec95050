package temporal_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/khabar-lab/khabar/extract/quantity"
	"github.com/khabar-lab/khabar/extract/temporal"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

func Example() {
	numbers, _ := quantity.New()
	dates, _ := temporal.New(numbers)
	text, _ := normalize.Normalize("وفي آذار / مارس 2020 بدأ التحالف نقل القواعد، وقال الرئيس يوم الاثنين إن المهمة ستنتهي بحلول نهاية العام، بعد 8 سنوات من الغزو، في 15 رمضان 1445 هـ.")
	published := time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC)
	for _, e := range dates.Find(text, token.Tokenize(text.Norm), published) {
		fmt.Println(e.MentionedAt[0].Exact + "\t" + strings.TrimSpace(strings.Join([]string{e.TimexType, e.Value, e.Mod, e.Calendar, e.CalendarValue}, " ")))
	}
	// Output:
	// آذار / مارس 2020	DATE 2020-03  gregorian
	// يوم الاثنين	DATE 2021-07-26  gregorian
	// بحلول نهاية العام	DATE 2021 END gregorian
	// 8 سنوات	DURATION P8Y  gregorian
	// 15 رمضان 1445 هـ	DATE 2024-03-25  hijri 1445-09-15
}
