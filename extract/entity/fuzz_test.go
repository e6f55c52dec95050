package entity

import (
	"testing"
	"unicode/utf8"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

// FuzzFind checks that the extractor never panics and that every span is
// the slice of the original text it claims to be.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"قال الرئيس جو بايدن إن بايدن",
		"رئيس الوزراء العراقي مصطفى الكاظمي",
		"للعراق والعراقيين وزارة الخارجية الأمريكية",
		"قاعدة عين الأسد الجوية أبو مهدي المهندس",
		"الأمين العام للناتو ينس ستولتنبرغ",
		"الإمام عَلِيّ وعلى محمد صلاح ووعلي عبد الله صالح",
		"مجلس الأمن القومي حزب الله اللبناني بنديكت السادس عشر",
		"وقال بلير إن البرازيلي رونالدينيو هدفا وأكد حمدين صباحي",
		"جان مارك أيرولت سيزور بالجيزة والبابا تواضروس وسعيد محمود",
		"فاز الأهلي على الزمالك وللنادي الأهلي والمصري البنك الأهلي حرس الحدود",
		"الحارس غانلويغي بوفون وغانلوكا زامبروتا ( 13 ) خافيير سولانا الرئيس السادات وصل ديفيد",
	} {
		f.Add(s)
	}
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		nt, err := normalize.Normalize(text)
		if err != nil {
			return
		}
		runes := []rune(text)
		for _, e := range x.Find(nt, token.Tokenize(nt.Norm)) {
			if e.Name == "" || e.Type == "" {
				t.Fatalf("entity without a name or type: %+v", e)
			}
			for _, m := range append(e.MentionedAt, e.NationalityMentionedAt...) {
				if m.Start < 0 || m.End > len(runes) || m.Start >= m.End || string(runes[m.Start:m.End]) != m.Exact {
					t.Fatalf("span %+v is not the text's [%d,%d)", m, m.Start, m.End)
				}
			}
		}
	})
}
