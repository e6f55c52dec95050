package entity

import (
	"strings"
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
		"منظمة الأغذية والزراعة «الفاو» وقال الفاو للإيسيسكو حركة المقاومة الإسلامية (حماس) في قنا",
		"قال لـ\"اليوم السابع\" و\" للفجر \" في «التحرير» ( الوطن ) وصل إلى سرت فوزي دهب سرايا القدس",
		"ناشد الرئيس مرسي الاستجابة والدكتور على جمعة اللي والدكتور السيد البدوي جريدة \"الحرية والعدالة\" مفتي",
		"خالد علم الدين أقالت لعلم الدين الإعلامي باسم يوسف باسم يوسف عبد باسم يوسف بن المرصد السوري لحقوق الإنسان هلال شهر ربيع الآخر البريطانيون فحوصات",
		"عنوان\n\nمروة على\n\nكتبت - راتان جميل:\nقنا - حسان عبداللطيف:\nوقال ياسر علي إن مدير أمن بورسعيد وعد هنري وينكلر -",
	} {
		f.Add(s)
	}
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		checkFind(t, x, text)
	})
}

// checkFind runs the extractor over text and fails t where an entity has
// no name or type, or a span is not the slice of text it claims to be. A
// panic fails the test too.
func checkFind(t *testing.T, x *Extractor, text string) {
	t.Helper()
	nt, err := normalize.Normalize(text)
	if err != nil {
		return
	}
	runes := []rune(text)
	for _, e := range x.Find(nt, token.Tokenize(nt.Norm)) {
		if e.Name == "" || e.Type == "" {
			t.Fatalf("%q: entity without a name or type: %+v", text, e)
		}
		for _, m := range append(e.MentionedAt, e.NationalityMentionedAt...) {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End || string(runes[m.Start:m.End]) != m.Exact {
				t.Fatalf("%q: span %+v is not the text's [%d,%d)", text, m, m.Start, m.End)
			}
		}
	}
}

// TestFindEveryTableEntryAtTheEdges puts the first field of every line of
// every table (a name, a title, a head, a stop word) at the start and at
// the end of a text, alone, twice and after a title, where a rule that
// reads the words after it finds none: «صلى في مسجد» once read past the
// text's last token. The fuzzer seldom makes such texts.
func TestFindEveryTableEntryAtTheEdges(t *testing.T) {
	x := newTestExtractor(t)
	files, err := dataFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	entries := 0
	for _, f := range files {
		data, err := dataFS.ReadFile("data/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			w, _, _ := strings.Cut(line, "\t")
			if w == "" || strings.HasPrefix(w, "#") || !utf8.ValidString(w) {
				continue
			}
			entries++
			for _, text := range []string{w, "صلى في " + w, w + " " + w, "وقال الرئيس " + w, w + " قال", "«" + w + "».", "و" + w} {
				checkFind(t, x, text)
			}
		}
	}
	if entries < 30000 {
		t.Fatalf("read %d table entries, want the tables' 30,000 or more", entries)
	}
}
