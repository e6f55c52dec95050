package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
	"github.com/stretchr/testify/require"
)

var extractor = func() *Extractor {
	x, err := New()
	if err != nil {
		panic(err)
	}
	return x
}()

// describe renders the quantities of s compactly, for table tests:
// «exact» value|min..max ~ unit
func describe(t testing.TB, s string) []string {
	t.Helper()
	text, err := normalize.Normalize(s)
	require.NoError(t, err)
	var out []string
	for _, m := range extractor.Find(text, token.Tokenize(text.Norm)) {
		q := m.Quantity(text)
		var b strings.Builder
		fmt.Fprintf(&b, "«%s» ", q.MentionedAt[0].Exact)
		switch {
		case q.Value != nil:
			fmt.Fprintf(&b, "%g", *q.Value)
		default:
			if q.MinValue != nil {
				fmt.Fprintf(&b, "%g", *q.MinValue)
			}
			b.WriteString("..")
			if q.MaxValue != nil {
				fmt.Fprintf(&b, "%g", *q.MaxValue)
			}
		}
		if q.Approximate {
			b.WriteString(" ~")
		}
		for _, u := range []string{q.UnitText, q.UnitCode, q.Currency} {
			if u != "" {
				b.WriteString(" " + u)
			}
		}
		out = append(out, b.String())
	}
	return out
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// Digits in both scripts, with separators.
		{"يوجد 2,500 جندي", []string{"«2,500 جندي» 2500 جندي C62"}},
		{"يوجد ٢٬٥٠٠ جندي", []string{"«٢٬٥٠٠ جندي» 2500 جندي C62"}},
		{"بلغت 3.5 مليار دولار", []string{"«3.5 مليار دولار» 3.5e+09 USD"}},
		{"بلغت ٣٫٥ مليون دولار", []string{"«٣٫٥ مليون دولار» 3.5e+06 USD"}},
		// Number words, masculine and feminine, compounds, hundreds, scales.
		{"قتل ثلاثة وعشرون جنديا", []string{"«ثلاثة وعشرون جنديا» 23 جندي C62"}},
		{"أصيب أربعة عشر شخصا", []string{"«أربعة عشر شخصا» 14 شخص C62"}},
		{"نقل إحدى عشرة طائرة", []string{"«إحدى عشرة طائرة» 11 طائرة C62"}},
		{"وصل ثلاث مئة لاجئ", []string{"«ثلاث مئة لاجئ» 300 لاجئ C62"}},
		{"وصل ثلاثمائة وخمسون لاجئا", []string{"«ثلاثمائة وخمسون لاجئا» 350 لاجئ C62"}},
		{"وصل مئتان وخمسون نازحا", []string{"«مئتان وخمسون نازحا» 250 نازح C62"}},
		{"نشر 170 ألف جندي", []string{"«170 ألف جندي» 170000 جندي C62"}},
		{"نزح ٣ ملايين شخص", []string{"«٣ ملايين شخص» 3e+06 شخص C62"}},
		{"نزح ربع مليون لاجئ", []string{"«ربع مليون لاجئ» 250000 لاجئ C62"}},
		{"خصص مليار ونصف دولار", []string{"«مليار ونصف دولار» 1.5e+09 USD"}},
		{"خصص 3 ونصف مليون جنيه", []string{"«3 ونصف مليون جنيه» 3.5e+06 EGP"}},
		{"خصص ثلاثة آلاف دولار", []string{"«ثلاثة آلاف دولار» 3000 USD"}},
		{"خصص خمسة ملايين ومئتي ألف دولار", []string{"«خمسة ملايين ومئتي ألف دولار» 5.2e+06 USD"}},
		{"إصابة شخصين", []string{"«شخصين» 2 شخص C62"}},
		{"ستتضمن مرحلتين", []string{"«مرحلتين» 2 مرحلة C62"}},
		// Ranges.
		{"ما يقرب من 250 إلى 400 مترجم", []string{"«ما يقرب من 250 إلى 400 مترجم» 250..400 ~ مترجم C62"}},
		{"قتل بين 20 و30 شخصا", []string{"«بين 20 و30 شخصا» 20..30 شخص C62"}},
		{"أطلق من 10 إلى 15 صاروخا", []string{"«من 10 إلى 15 صاروخا» 10..15 صاروخ C62"}},
		{"أصيب 20-30 شخصا", []string{"«20-30 شخصا» 20..30 شخص C62"}},
		// The second number's scale word is the first's too.
		{"خصص من 2 إلى 3 مليارات دولار", []string{"«من 2 إلى 3 مليارات دولار» 2e+09..3e+09 USD"}},
		{"ما بين 50 و100 مليون جرادة", []string{"«ما بين 50 و100 مليون جرادة» 5e+07..1e+08 جرادة C62"}},
		{"بين ثلاثة وأربعة آلاف جندي", []string{"«بين ثلاثة وأربعة آلاف جندي» 3000..4000 جندي C62"}},
		{"من 900 إلى 1.2 مليون", []string{"«من 900 إلى 1.2 مليون» 900..1.2e+06 C62"}},
		{"من 500 ألف إلى مليون شخص", []string{"«من 500 ألف إلى مليون شخص» 500000..1e+06 شخص C62"}},
		// A kashida between spaces is a dash: a range, and no noun counted
		// after the number of a list item.
		{"أصيب 20 ـ 25 شخصا", []string{"«20 ـ 25 شخصا» 20..25 شخص C62"}},
		{"2 ـ تشكيل لجنة", nil},
		{"قتل بين أربعة وخمسة جنود", []string{"«بين أربعة وخمسة جنود» 4..5 جندي C62"}}, // no sum
		{"جاء أربعة وخمسة", nil}, // no noun «وخمسة»
		// Approximation and bounds.
		{"يوجد نحو 2500 جندي", []string{"«نحو 2500 جندي» 2500 ~ جندي C62"}},
		{"يوجد حوالي 900 جندي", []string{"«حوالي 900 جندي» 900 ~ جندي C62"}},
		{"قرابة 40 قتيلا", []string{"«قرابة 40 قتيلا» 40 ~ قتيل C62"}},
		{"زهاء مئة شخص", []string{"«زهاء مئة شخص» 100 ~ شخص C62"}},
		{"قتل 20 شخصا تقريبا", []string{"«20 شخصا تقريبا» 20 ~ شخص C62"}},
		{"أكثر من 300 جندي", []string{"«أكثر من 300 جندي» 300.. جندي C62"}},
		{"قوة تزيد عن 300 في العراق", []string{"«تزيد عن 300» 300.. C62"}},
		{"ما لا يقل عن 12 قتيلا", []string{"«ما لا يقل عن 12 قتيلا» 12.. قتيل C62"}},
		{"أصيب خمسة أفراد على الأقل", []string{"«خمسة أفراد على الأقل» 5.. فرد C62"}},
		{"ما يصل إلى 14 صاروخا", []string{"«ما يصل إلى 14 صاروخا» ..14 صاروخ C62"}},
		{"أقل من 50 شخصا", []string{"«أقل من 50 شخصا» ..50 شخص C62"}},
		{"لا يتجاوز 100 جندي", []string{"«لا يتجاوز 100 جندي» ..100 جندي C62"}},
		{"شن مئات الهجمات", []string{"«مئات الهجمات» 200..999 ~ هجوم C62"}},
		{"خروج مئات من قوات التحالف", []string{"«مئات من قوات» 200..999 ~ قوة C62"}},
		{"قتل عشرات المدنيين", []string{"«عشرات المدنيين» 20..99 ~ مدني C62"}},
		{"نزح عشرات الآلاف", []string{"«عشرات الآلاف» 20000..99000 ~ C62"}},
		// Percentages, money, measures.
		{"ارتفع 15%", []string{"«15%» 15 P1"}},
		{"ارتفع ١٥٪", []string{"«١٥٪» 15 P1"}},
		{"ارتفع 15 في المائة", []string{"«15 في المائة» 15 P1"}},
		{"ارتفع 7.5 بالمئة", []string{"«7.5 بالمئة» 7.5 P1"}},
		{"كلفت 20 مليون يورو", []string{"«20 مليون يورو» 2e+07 EUR"}},
		{"رصد 500 مليار دينار عراقي", []string{"«500 مليار دينار عراقي» 5e+11 IQD"}},
		{"بلغ 200 ريال سعودي", []string{"«200 ريال سعودي» 200 SAR"}},
		{"بلغ 50 جنيه مصري", []string{"«50 جنيه مصري» 50 EGP"}},
		{"بلغ 1000 ليرة لبنانية", []string{"«1000 ليرة لبنانية» 1000 LBP"}},
		{"بلغ 1000 ليرة", []string{"«1000 ليرة» 1000 ليره"}},
		{"كلف $10,000", []string{"«$10,000» 10000 USD"}},
		{"على بعد 40 كيلومترا", []string{"«40 كيلومترا» 40 كيلومتر KMT"}},
		{"على بعد 40 كم", []string{"«40 كم» 40 كيلومتر KMT"}},
		{"نقل 3 أطنان", []string{"«3 أطنان» 3 طن TNE"}},
		{"ينتج مليون برميل", []string{"«مليون برميل» 1e+06 برميل BLL"}},
		{"بلغت الحرارة 45 درجة مئوية", []string{"«45 درجة مئوية» 45 درجة مئوية CEL"}},
		// Not quantities.
		{"في عام 2003 وفي 2011", nil},
		{"منذ 2014 ثم في 2003.", nil},
		{"في 26 يوليو 2021 و4 أبريل 2020", nil},
		{"بتاريخ 2020/03/15 أو 15-3-2020", nil},
		{"في اليوم الخامس", nil},
		{"برنامج 1244 والقرار 2254", nil},
		{"جائحة COVID-19 وطائرات F-16", nil},
		{"اتصل على 01001234567", nil},
		{"الساعة 10 صباحا و10:30", nil},
		{"ظل 8 سنوات و12 شهرا وعقدين", nil},
		{"أحد الجنود وإحدى الطائرات", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assertEqualLists(t, tc.want, describe(t, tc.in))
		})
	}
}

func assertEqualLists(t *testing.T, want, got []string) {
	t.Helper()
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Errorf("\nwant %q\n got %q", want, got)
	}
}
