package entity

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/khabar-lab/khabar/extract"
	"github.com/khabar-lab/khabar/extract/quantity"
	"github.com/khabar-lab/khabar/extract/temporal"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
)

func find(t *testing.T, text string) []model.Entity {
	t.Helper()
	nt, err := normalize.Normalize(text)
	require.NoError(t, err)
	return newTestExtractor(t).Find(nt, token.Tokenize(nt.Norm))
}

// node is what a test checks of one entity.
type node struct {
	typ, name, title string
	exact            []string
	nationality      []string
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []node
	}{
		{"قال الرئيس جو بايدن إن بايدن", []node{{typ: "Person", name: "جو بايدن", title: "الرئيس", exact: []string{"جو بايدن", "بايدن"}}}},
		{"سافر بالعراق والعراق للعراق", []node{{typ: "Country", name: "العراق", exact: []string{"العراق", "العراق", "لعراق"}}}},
		// ل before a listed name that begins with ل; but a town of the
		// lists with no Wikidata id is not read behind «لل», where a word
		// with ال is as likely: «للديانة» is ل and «الديانة».
		{"دعم للبنان ولليبيا", []node{
			{typ: "Country", name: "لبنان", exact: []string{"لبنان"}},
			{typ: "Country", name: "ليبيا", exact: []string{"ليبيا"}}}},
		{"احترام للديانة", nil},
		// A token that is an everyday word as it stands is و and a town
		// only where a place is expected: «وزاريا» is ministerial,
		// «وجوبا» obligatorily, but «الخرطوم وجوبا» names two cities and
		// «وبيلا، وقلين، وسيدى سالم» a list of them.
		{"أصدر الوزير قرارا وزاريا بتشكيل اللجنة", nil},
		{"يعاقب مرتكبها وجوبا بالسجن المشدد", nil},
		{"التوتر بين الخرطوم وجوبا", []node{
			{typ: "City", name: "الخرطوم", exact: []string{"الخرطوم"}},
			{typ: "City", name: "جوبا", exact: []string{"جوبا"}}}},
		{"وتضم مراكز وقلين، وسيدى سالم", []node{
			{typ: "City", name: "قلين", exact: []string{"قلين"}},
			{typ: "Place", name: "سيدى سالم", exact: []string{"سيدى سالم"}}}},
		// «للجنة» is ل and «اللجنة»: the tables have the word so, and
		// the span is what the original has of it, «لجنة».
		{"تقرير للجنة الدولية للصليب الأحمر", []node{{typ: "Organization", name: "اللجنة الدولية للصليب الأحمر", exact: []string{"لجنة الدولية للصليب الأحمر"}}}},
		{"سافر للاذقية", []node{{typ: "City", name: "اللاذقية", exact: []string{"لاذقية"}}}},
		{"دخول للجنة والنار", nil},
		// A country's official name is the country (curated.tsv).
		{"رئيس جمهورية مصر العربية ومصر", []node{{typ: "Country", name: "مصر", exact: []string{"جمهورية مصر العربية", "مصر"}}}},
		{"رئيس الوزراء العراقي مصطفى الكاظمي. وقال الكاظمي", []node{
			{typ: "Country", name: "العراق", nationality: []string{"العراقي"}},
			{typ: "Person", name: "مصطفى الكاظمي", title: "رئيس الوزراء العراقي", exact: []string{"مصطفى الكاظمي", "الكاظمي"}},
		}},
		// «آصف» is a rare name token, read only after another: Pakistan's
		// president is curated, «على» and ى as Egyptian papers spell him.
		{"وقال الرئيس الباكستاني آصف على زردارى. وأضاف زرداري", []node{
			{typ: "Country", name: "باكستان", nationality: []string{"الباكستاني"}},
			{typ: "Person", name: "آصف علي زرداري", title: "الرئيس الباكستاني", exact: []string{"آصف على زردارى", "زرداري"}},
		}},
		// A name does not go on into a country: after the name it is the
		// verb's object. A foreign family name may be one after a
		// nationality adjective, but not after a person listed alone.
		{"ووصلت رايس إسرائيل قادمة من بيروت", []node{
			{typ: "Country", name: "إسرائيل", exact: []string{"إسرائيل"}},
			{typ: "City", name: "بيروت", exact: []string{"بيروت"}}}},
		{"وقال جمال إسرائيل", []node{
			{typ: "Person", name: "جمال", exact: []string{"جمال"}},
			{typ: "Country", name: "إسرائيل", exact: []string{"إسرائيل"}}}},
		{"زار الأمريكي كيري إسرائيل", []node{
			{typ: "Country", name: "الولايات المتحدة", nationality: []string{"الأمريكي"}},
			{typ: "Person", name: "جون كيري", exact: []string{"كيري"}},
			{typ: "Country", name: "إسرائيل", exact: []string{"إسرائيل"}}}},
		// «المصنف» is the player's seeding (titles.tsv), no family name.
		{"وفاز الأرجنتيني خوان موناكو المصنف 12 على", []node{
			{typ: "Country", name: "الأرجنتين", nationality: []string{"الأرجنتيني"}},
			{typ: "Person", name: "خوان موناكو", exact: []string{"خوان موناكو"}}}},
		{"وفاز الفرنسي جيل سيمون المصنف السادس. وقال سيمون", []node{
			{typ: "Country", name: "فرنسا", nationality: []string{"الفرنسي"}},
			{typ: "Person", name: "جيل سيمون", exact: []string{"جيل سيمون", "سيمون"}}}},
		// A spokesman's title with an adjective before «باسم», which is no
		// first name there.
		{"وكان الناطق الصحفي باسم الفاتيكان القس فيديريكو لومباردي أعلن", []node{
			{typ: "Country", name: "الفاتيكان", exact: []string{"الفاتيكان"}},
			{typ: "Person", name: "فيديريكو لومباردي", title: "الناطق الصحفي باسم الفاتيكان", exact: []string{"فيديريكو لومباردي"}}}},
		{"وقال الناطق الإعلامي باسم الحركة أحمد عارف", []node{
			{typ: "Person", name: "أحمد عارف", title: "الناطق الإعلامي باسم الحركة", exact: []string{"أحمد عارف"}}}},
		// WikiFANE's people named by one everyday word or by a given name
		// are no one-word entries (stop.tsv, unlisted): the word is the
		// word, and the given name begins the name after it.
		{"وهو أمر واجب ولا مناص منه", nil},
		{"اشتبه في سيارة بيجو يقودها", nil},
		{"يفيد باصابة مكرم محمد عثمان 45 سنه", []node{{typ: "Person", name: "مكرم محمد عثمان", exact: []string{"مكرم محمد عثمان"}}}},
		// A city of the generated lists named as people are, with fewer
		// than 250,000 people, is read only where a place is expected
		// (places.tsv, located); a larger one anywhere. «ميري» (government
		// issue) is no town at all (stop.tsv, unlisted).
		{"وأدى المحتجون رقصة هارلم شيك أمام المقر", nil},
		{"يعيش في هارلم منذ سنوات", []node{{typ: "City", name: "هارلم", exact: []string{"هارلم"}}}},
		{"فيلم لينكولن للمخرج", nil},
		{"محطة فوكوشيما النووية", []node{{typ: "City", name: "فوكوشيما", exact: []string{"فوكوشيما"}}}},
		{"بتهمة سرقة طبنجة ميري", nil},
		// «بنين» after a school's name is boys', no Benin (stop.tsv,
		// adjective).
		{"تظاهر طلاب مدرسة الفتح الإعدادية بنين أمس", nil},
		{"توجو وبنين ونيجيريا", []node{
			{typ: "Country", name: "توجو", exact: []string{"توجو"}},
			{typ: "Country", name: "بنين", exact: []string{"بنين"}},
			{typ: "Country", name: "نيجيريا", exact: []string{"نيجيريا"}}}},
		// What follows «بني» (sons of) names a tribe, a town or a team,
		// no person; a family name may begin with it after a given name.
		// «لا» before an everyday word is the negation, no particle of a
		// foreign name, which two particles may begin.
		{"تؤكد جماهير بنى ياس دعمها", nil},
		{"وكل بنى آدم خطاء", nil},
		{"أشاد صالح إسماعيل مدير فريق بنى ياس بالنجم", []node{{typ: "Person", name: "صالح إسماعيل", exact: []string{"صالح إسماعيل"}}}},
		{"وقال بني خالد لموقع", []node{{typ: "Person", name: "بني خالد", exact: []string{"بني خالد"}}}},
		{"فلا يتردد زكي بني أرشيد بالقول", []node{{typ: "Person", name: "زكي بني أرشيد", exact: []string{"زكي بني أرشيد"}}}},
		{"الاعتداء على الكنيسة في بني غازي لا يعكس أخلاق الشعب", []node{{typ: "City", name: "بنغازي", exact: []string{"بني غازي"}}}},
		{"قال غازي لا يعكس", []node{{typ: "Person", name: "غازي", exact: []string{"غازي"}}}},
		{"وقال السفير جان مارك دو لا سابليير", []node{{typ: "Person", name: "جان مارك دو لا سابليير", title: "السفير", exact: []string{"جان مارك دو لا سابليير"}}}},
		// ل and a dictionary word after a first name is the purpose of
		// what the sentence says, but for foreign family names in «لا»,
		// «لو» and a short «لي».
		{"كلفنا الكتاتنى وعزت لبحث مبادرات القوى", nil},
		{"وأكد عدم وجود نظام عادل وسليم بنسبة كاملة", nil},
		{"وتوافد المؤمنون على ساحة القديس بطرس لحضور القداس", []node{{typ: "Person", name: "بطرس", title: "القديس", exact: []string{"بطرس"}}}},
		{"وتقدمت مارين لوبن وكارل ليفن ويائير لابيد", []node{
			{typ: "Person", name: "مارين لوبن", exact: []string{"مارين لوبن"}},
			{typ: "Person", name: "كارل ليفن", exact: []string{"كارل ليفن"}},
			{typ: "Person", name: "يائير لابيد", exact: []string{"يائير لابيد"}}}},
		// A name in quotes or brackets after a title is the title's: one
		// the lists know, or words they and the dictionary do not. Not
		// after a title that takes a complement, nor one word after a
		// body, which the quotes hold: its short name.
		{`وقال اللواء "أحمد عبد الرازق" مدير الأمن`, []node{{typ: "Person", name: "أحمد عبد الرازق", title: "اللواء", exact: []string{"أحمد عبد الرازق"}}}},
		{`تبدأ من الإمبراطور " هوانج تي " الذي حكم`, []node{{typ: "Person", name: "هوانج تي", title: "الإمبراطور", exact: []string{"هوانج تي"}}}},
		{`وحرر بلاغ ضد الدكتور" محمد مرسى العياط " رئيس الجمهورية`, []node{{typ: "Person", name: "محمد مرسى العياط", title: "الدكتور", exact: []string{"محمد مرسى العياط"}}}},
		{`يمثل للمحاكمة رئيس زامبيا السابق " روبياه باندا " الذى`, []node{
			{typ: "Country", name: "زامبيا", exact: []string{"زامبيا"}},
			{typ: "Person", name: "روبياه باندا", title: "رئيس زامبيا السابق", exact: []string{"روبياه باندا"}}}},
		{"وأكد قائد ( سينتكوم ) أن", nil},
		{`رئيس الجمعية المصرية لحقوق الإنسان " الأيرو " وآخرين`, []node{{typ: "Organization", name: "الجمعية المصرية لحقوق الإنسان", exact: []string{"الجمعية المصرية لحقوق الإنسان"}}}},
		{"ومنع تهريب هذا المنتج ( السولار ) الذى", nil},
		// A head of a kind of place before a listed person or body is a
		// noun in construct with it («ولاية» is a term of office too),
		// but for a town named after a person of two words or more where
		// towns are so named (heads.tsv, eponyms). Nor does it take the
		// conjunction and a word; «وادي» begins a name of two words
		// (stop.tsv, prefix). «وشقة» (Huesca) is read only where a place
		// is expected (stop.tsv, located).
		{"في فترة ولاية باراك أوباما الثانية", []node{{typ: "Person", name: "باراك أوباما", exact: []string{"باراك أوباما"}}}},
		{"تحت ولاية مكتب الإرشاد .", []node{{typ: "Organization", name: "مكتب الإرشاد", exact: []string{"مكتب الإرشاد"}}}},
		{"ومقيمة بقرية أبو الغيط مركز القناطر", []node{{typ: "Place", name: "أبو الغيط", exact: []string{"أبو الغيط"}}}},
		{"الاستهلاك في كل محافظة وحجم الاحتياطي", nil},
		{"في مدينة وادي حلفا", []node{{typ: "City", name: "وادي حلفا", exact: []string{"وادي حلفا"}}}},
		{"معه سيارة وشقة تمليك", nil},
		{"ولد في وشقة", []node{{typ: "AdministrativeArea", name: "وشقة", exact: []string{"وشقة"}}}},
		// Given names of given_names.tsv that the shipped lists lack:
		// «لميس», «رولا»; «قائلة» (saying) ends a name as «قائلا» does.
		{"وقالت الإعلامية لميس الحديدي إن", []node{{typ: "Person", name: "لميس الحديدي", title: "الإعلامية", exact: []string{"لميس الحديدي"}}}},
		{"وعندما تدخلت الإعلامية رولا قائلة \" وقتنا خلص", []node{{typ: "Person", name: "رولا", title: "الإعلامية", exact: []string{"رولا"}}}},
		// A naval officer's rank with «أركان حرب» (staff) is one title.
		{"قام اللواء بحري أركان حرب أسامة الجندي بتفقد", []node{{typ: "Person", name: "أسامة الجندي", title: "اللواء بحري أركان حرب", exact: []string{"أسامة الجندي"}}}},
		// A compound given name in «عبد» written as one word that no list
		// has begins a name, but not before an everyday word the lists
		// lack.
		{"وأعلنوا رفضهم تعيين عبداللطيف الحليسى نائبا", []node{{typ: "Person", name: "عبداللطيف الحليسى", exact: []string{"عبداللطيف الحليسى"}}}},
		{"وللحقيقة ما فعله عبدالواحد أنقذ الفريق", nil},
		{"وأبدى عبدالقوى دهشته من مسمى الجبهة", nil},
		// People of UniversalPetrarch's actor dictionary (actors.tsv).
		{"التقى عزام الأحمد عضو اللجنة المركزية", []node{{typ: "Person", name: "عزام الأحمد", exact: []string{"عزام الأحمد"}}}},
		{"وزار جلعاد شاليط أسرته", []node{{typ: "Person", name: "جلعاد شاليط", exact: []string{"جلعاد شاليط"}}}},
		// «رايمون» begins «رايمون اوديرنو» of the list and nothing else:
		// after a verb of saying it begins a name as a first name does.
		// «راديو» begins no person's name.
		{"ومن الجانب الفرنسي قال رايمون دومينيك مدرب منتخب فرنسا", []node{
			{typ: "Country", name: "فرنسا", exact: []string{"فرنسا"}, nationality: []string{"الفرنسي"}},
			{typ: "Person", name: "رايمون دومينيك", exact: []string{"رايمون دومينيك"}}}},
		{"وقال راديو فرنسا إن الحكومة", []node{{typ: "Country", name: "فرنسا", exact: []string{"فرنسا"}}}},
		// A surname with a proclitic joins the same person: «بالكاظمي»,
		// «وللكاظمي» (ل before ال, whose alif it drops).
		{"رئيس الوزراء مصطفى الكاظمي. والتقى وفد بالكاظمي وللكاظمي", []node{
			{typ: "Person", name: "مصطفى الكاظمي", title: "رئيس الوزراء", exact: []string{"مصطفى الكاظمي", "الكاظمي", "لكاظمي"}},
		}},
		// Words shaped like common words end a name (shapes.tsv): «اقتراح»
		// is no name after the title, «بوقف» no surname.
		{"رفض السفير الأميركي اقتراح ساليفان بوقف", []node{
			{typ: "Country", name: "الولايات المتحدة", nationality: []string{"الأميركي"}},
		}},
		// An organization's head stays out of a listed name (heads.tsv,
		// span listed), with a proclitic on the head too.
		{"تنظيم الدولة الإسلامية (داعش)", []node{{typ: "Organization", name: "تنظيم الدولة الإسلامية", exact: []string{"الدولة الإسلامية", "داعش"}}}},
		// Armed groups and coalitions of the conflicts (curated.tsv): a
		// listed name inside («القدس», «الشام», «المغرب») is not read alone.
		{"أعلنت سرايا القدس وكتائب القسام وحركة أحرار الشام", []node{
			{typ: "Organization", name: "سرايا القدس", exact: []string{"سرايا القدس"}},
			{typ: "Organization", name: "كتائب عز الدين القسام", exact: []string{"كتائب القسام"}},
			{typ: "Organization", name: "حركة أحرار الشام", exact: []string{"حركة أحرار الشام"}}}},
		{"عناصر تنظيم القاعدة في بلاد المغرب الإسلامي والجماعة الإسلامية", []node{
			{typ: "Organization", name: "تنظيم القاعدة في بلاد المغرب الإسلامي", exact: []string{"تنظيم القاعدة في بلاد المغرب الإسلامي"}},
			{typ: "Organization", name: "الجماعة الإسلامية", exact: []string{"الجماعة الإسلامية"}}}},
		// Egypt's movements and bodies that no head names; «6 أبريل» alone
		// is a date.
		{"وقال التيار الشعبي إن المجلس العسكري ومكتب الإرشاد والدعوة السلفية", []node{
			{typ: "Organization", name: "التيار الشعبي المصري", exact: []string{"التيار الشعبي"}},
			{typ: "GovernmentOrganization", name: "المجلس العسكري", exact: []string{"المجلس العسكري"}},
			{typ: "Organization", name: "مكتب الإرشاد", exact: []string{"مكتب الإرشاد"}},
			{typ: "Organization", name: "الدعوة السلفية", exact: []string{"الدعوة السلفية"}}}},
		{"عضو حركة 6 أبريل منذ 6 أبريل 2008", []node{{typ: "Organization", name: "حركة شباب 6 أبريل", exact: []string{"حركة 6 أبريل"}}}},
		{"اشتبك الجيش الحر مع الجيش العربي السوري. وقال الائتلاف الوطني لقوى الثورة والمعارضة السورية إن الائتلاف السوري", []node{
			{typ: "Organization", name: "الجيش السوري الحر", exact: []string{"الجيش الحر"}},
			{typ: "GovernmentOrganization", name: "الجيش العربي السوري", exact: []string{"الجيش العربي السوري"}},
			{typ: "Organization", name: "الائتلاف الوطني السوري", exact: []string{"الائتلاف الوطني لقوى الثورة والمعارضة السورية", "الائتلاف السوري"}}}},
		{"قالت حركة حماس إن لحركة طالبان", []node{
			{typ: "Organization", name: "حماس", exact: []string{"حماس"}},
			{typ: "Organization", name: "طالبان", exact: []string{"طالبان"}},
		}},
		// «الأناضول» alone is the agency; the region has longer names.
		{"وقال مراسل الأناضول إن وكالة الأناضول", []node{{typ: "NewsMediaOrganization", name: "وكالة الأناضول", exact: []string{"الأناضول", "وكالة الأناضول"}}}},
		{"في جنوب شرق الأناضول", []node{{typ: "Place", name: "جنوب شرق الأناضول", exact: []string{"جنوب شرق الأناضول"}}}},
		// Names of two countries keep their name and no id; the
		// adjective links to them (nisba_extra.tsv).
		{"منتخب الكونغو واللاعب الكونغولي", []node{{typ: "Country", name: "الكونغو", exact: []string{"الكونغو"}, nationality: []string{"الكونغولي"}}}},
		{"في البوسنة", []node{{typ: "Country", name: "البوسنة والهرسك", exact: []string{"البوسنة"}}}},
		// «السعودية» is the country and the feminine adjective: the
		// adjective after a noun with ال or another adjective, the
		// country in a construct, after a preposition and in a list.
		{"أعلنت السلطات السعودية وقالت سلطات السعودية", []node{{typ: "Country", name: "المملكة العربية السعودية", exact: []string{"السعودية"}, nationality: []string{"السعودية"}}}},
		{"العلاقات المصرية والسعودية", []node{
			{typ: "Country", name: "مصر", nationality: []string{"المصرية"}},
			{typ: "Country", name: "المملكة العربية السعودية", nationality: []string{"السعودية"}},
		}},
		{"بلغت 14 مليون دولار والسعودية 49", []node{{typ: "Country", name: "المملكة العربية السعودية", exact: []string{"السعودية"}}}},
		{"ممثلو الصومال السعودية", []node{
			{typ: "Country", name: "الصومال", exact: []string{"الصومال"}},
			{typ: "Country", name: "المملكة العربية السعودية", exact: []string{"السعودية"}},
		}},
		{"بالحكومة السعودية", []node{{typ: "GovernmentOrganization", name: "الحكومة السعودية", exact: []string{"الحكومة السعودية"}}}},
		// «الركن» qualifies a rank.
		{"وقال الفريق الركن عبدالحميد حجي إن", []node{{typ: "Person", name: "عبدالحميد حجي", title: "الفريق الركن", exact: []string{"عبدالحميد حجي"}}}},
		// A nationality adjective without ال that is a name token is a
		// surname after a first name, the adjective after a noun.
		{"قتلت راشيل كوري بجرافة", []node{{typ: "Person", name: "راشيل كوري", exact: []string{"راشيل كوري"}}}},
		{"شارك جندي كوري", []node{{typ: "Place", name: "كوريا", nationality: []string{"كوري"}}}},
		// After a word with ال, an adjective without ال is no adjective
		// of it: a name that is a nationality adjective too.
		{"وقال الأمير تركي الفيصل إن", []node{{typ: "Person", name: "تركي الفيصل", title: "الأمير", exact: []string{"تركي الفيصل"}}}},
		// Given names the shipped lists lack (given_names.tsv) begin a
		// name as a Wikidata token does.
		{"أعلن حازم الببلاوي تشكيل الحكومة", []node{{typ: "Person", name: "حازم الببلاوي", exact: []string{"حازم الببلاوي"}}}},
		{"وانتقد ثروت الخرباوي الجماعة", []node{{typ: "Person", name: "ثروت الخرباوي", exact: []string{"ثروت الخرباوي"}}}},
		// A title of two words with ال after a name is the office, no
		// family name.
		{"وقال محمود عفيفي المنسق العام للحركة", []node{{typ: "Person", name: "محمود عفيفي", exact: []string{"محمود عفيفي"}}}},
		// After a nationality adjective used as a noun, a name token
		// begins a name that goes on as after a title.
		{"وفاز على الفرنسي نيكولا ماهو .", []node{
			{typ: "Country", name: "فرنسا", nationality: []string{"الفرنسي"}},
			{typ: "Person", name: "نيكولا ماهو", exact: []string{"نيكولا ماهو"}},
		}},
		// A name word that reads as ك and a listed name goes on with the
		// name: ك says «as» before an office or a noun only.
		{"بفوزه على الفرنسي أرنو كليمان 6 - 4", []node{
			{typ: "Country", name: "فرنسا", nationality: []string{"الفرنسي"}},
			{typ: "Person", name: "أرنو كليمان", exact: []string{"أرنو كليمان"}},
		}},
		// So does a word the tables know only as the first of listed
		// people's names («رافائيل كوريا»).
		{"وتغلب الإسباني رافائيل نادال على", []node{
			{typ: "Country", name: "إسبانيا", nationality: []string{"الإسباني"}},
			{typ: "Person", name: "رافائيل نادال", exact: []string{"رافائيل نادال"}},
		}},
		{"والتقى الرئيس التركي عبد الله غول", []node{
			{typ: "Country", name: "تركيا", nationality: []string{"التركي"}},
			{typ: "Person", name: "عبد الله غول", title: "الرئيس التركي", exact: []string{"عبد الله غول"}},
		}},
		// Facebook as Egyptian news writes it, in two words.
		{"نشر على صفحته على فيس بوك وعلى الفيسبوك", []node{{typ: "Corporation", name: "فيسبوك", exact: []string{"فيس بوك", "الفيسبوك"}}}},
		{"نقلا عن لوكالة فرانس برس", []node{{typ: "NewsMediaOrganization", name: "فرانس برس", exact: []string{"فرانس برس"}}}},
		// «ديلي» alone is no town (stop.tsv, unlisted): it is the Daily
		// of papers' names, Dili only after a head.
		{"نشرت ديلي ميل", []node{{typ: "NewsMediaOrganization", name: "ديلي ميل", exact: []string{"ديلي ميل"}}}},
		// A later word of a foreign name after a head may be a name token
		// that the tables read only as a proclitic and a function word:
		// «لاين» is no ل and «أين».
		{"وذكرت شركة ميديا لاين أن الشركة", []node{{typ: "Corporation", name: "ميديا لاين", exact: []string{"ميديا لاين"}}}},
		{"وذكرت شركة ميديا لأن الشركة", []node{{typ: "Corporation", name: "ميديا", exact: []string{"ميديا"}}}},
		{"نشرت ديلي جويش", nil},
		{"وزارة الخارجية الأمريكية", []node{{typ: "GovernmentOrganization", name: "وزارة الخارجية الأمريكية", exact: []string{"وزارة الخارجية الأمريكية"}}}},
		{"سقط صاروخ على قاعدة عين الأسد الجوية", []node{{typ: "Place", name: "قاعدة عين الأسد الجوية", exact: []string{"قاعدة عين الأسد الجوية"}}}},
		// A base, an airport, a university or a city named after a king
		// or a prince is that thing, not the person (heads.tsv, eponyms),
		// and the name ends before the base's tail and a word behind ل.
		// An office is no eponym: «قاعدة الرئيس» is his following.
		{"هبطت في قاعدة الأمير سلطان الجوية", []node{{typ: "Place", name: "قاعدة الأمير سلطان الجوية", exact: []string{"قاعدة الأمير سلطان الجوية"}}}},
		{"تخرج في جامعة الملك سعود", []node{{typ: "CollegeOrUniversity", name: "جامعة الملك سعود", exact: []string{"جامعة الملك سعود"}}}},
		{"مستشار مدينة الملك عبد الله للطاقة الذرية", []node{{typ: "City", name: "الملك عبد الله", exact: []string{"الملك عبد الله"}}}},
		{"وأيدت قاعدة الرئيس محمد مرسي الشعبية قراره", []node{{typ: "Person", name: "محمد مرسي", title: "الرئيس", exact: []string{"محمد مرسي"}}}},
		// ل before ال begins no word of a name: «للعمل», «للصحفيين».
		{"انتداب نجله المستشار محمد للعمل بدولة قطر", []node{
			{typ: "Person", name: "محمد", title: "المستشار", exact: []string{"محمد"}},
			{typ: "Country", name: "قطر", exact: []string{"قطر"}},
		}},
		{"وقال الكاتب حسين للصحفيين إن", []node{{typ: "Person", name: "حسين", title: "الكاتب", exact: []string{"حسين"}}}},
		// A head that says what kind of place a name is stays out of its
		// span (heads.tsv, span name): «مدينة أربيل» is the listed أربيل,
		// one node with the later «أربيل»; a name no list has is read
		// with the head's type, and so is one listed as a place of another
		// kind (a state named after its city); a name listed as another
		// kind of entity keeps its head; «دولة» takes listed countries only.
		{"زار مدينة أربيل ثم عاد إلى أربيل", []node{{typ: "City", name: "أربيل", exact: []string{"أربيل", "أربيل"}}}},
		{"في مدينة قوانغتشو", []node{{typ: "City", name: "قوانغتشو", exact: []string{"قوانغتشو"}}}},
		// An everyday noun without ال is in construct with the word after
		// it; an everyday adjective in ة is no name.
		{"تظاهر أهالي قرية ميت السراج ومدينة رأس البر", []node{
			{typ: "Place", name: "ميت السراج", exact: []string{"ميت السراج"}},
			{typ: "City", name: "رأس البر", exact: []string{"رأس البر"}},
		}},
		{"فاز بولاية ثانية في مدينة تاريخية", nil},
		{"في أي محافظة أخرى، وهي مدينة أخرى", nil},
		// A country begins no name: «فرنسا» and «تشاد» are Wikidata name
		// tokens too.
		{"ومنحت فرنسا بريطانيا الحق. وأن تعيد فرنسا النظر فيه", []node{
			{typ: "Country", name: "فرنسا", exact: []string{"فرنسا", "فرنسا"}},
			{typ: "Country", name: "المملكة المتحدة", exact: []string{"بريطانيا"}}}},
		{"موقف تشاد الرافض", []node{{typ: "Country", name: "تشاد", exact: []string{"تشاد"}}}},
		// A participle in apposition ends a name (stop.tsv); «الموجود» is
		// not one of them: «عبد الموجود» is a name.
		{"عاقبت غيابيا رجل الأعمال حسين سالم الهارب إلى إسبانيا", []node{
			{typ: "Person", name: "حسين سالم", title: "رجل الأعمال", exact: []string{"حسين سالم"}},
			{typ: "Country", name: "إسبانيا", exact: []string{"إسبانيا"}}}},
		{"قتلت محمود المبحوح المسؤول عن شراء الأسلحة", []node{{typ: "Person", name: "محمود المبحوح", exact: []string{"محمود المبحوح"}}}},
		{"وقدم يحيى بيرت الحاصل على الدكتوراه", []node{{typ: "Person", name: "يحيى بيرت", exact: []string{"يحيى بيرت"}}}},
		{"وقال اللواء عبد الموجود لطفي", []node{{typ: "Person", name: "عبد الموجود لطفي", title: "اللواء", exact: []string{"عبد الموجود لطفي"}}}},
		// So do a noun of kinship or membership, «أنّ» with a pronoun, and
		// a title: «القنصل العام» is the office.
		{"قال الحاج صلاح والد الشهيد عمر", []node{{typ: "Person", name: "صلاح", title: "الحاج", exact: []string{"صلاح"}}}},
		{"وأضاف حسام عادل العضو بحزب الدستور أننا", []node{
			{typ: "Person", name: "حسام عادل", exact: []string{"حسام عادل"}},
			{typ: "Organization", name: "حزب الدستور", exact: []string{"حزب الدستور"}}}},
		{"وتابع صالح أننا نرفض", []node{{typ: "Person", name: "صالح", exact: []string{"صالح"}}}},
		{"وضم الوفد السفير حسام عيسى القنصل العام", []node{{typ: "Person", name: "حسام عيسى", title: "السفير", exact: []string{"حسام عيسى"}}}},
		// A portfolio without ال, before a pronoun or a country.
		{"الرئيس المخلوع حسني مبارك ووزير داخليته حبيب العادلي", []node{
			{typ: "Person", name: "حسني مبارك", title: "الرئيس المخلوع", exact: []string{"حسني مبارك"}},
			{typ: "Person", name: "حبيب العادلي", title: "وزير داخليته", exact: []string{"حبيب العادلي"}}}},
		{"وقال وزير خارجية مصر محمد كامل عمرو", []node{
			{typ: "Country", name: "مصر", exact: []string{"مصر"}},
			{typ: "Person", name: "محمد كامل عمرو", title: "وزير خارجية مصر", exact: []string{"محمد كامل عمرو"}}}},
		// First names that are nouns in construct (stop.tsv, construct).
		{"كبادرة على حسن النوايا في الدقيقة 90 من عمر المباراة", nil},
		{"والتقى بأعضاء مجلس أمناء بيت العائلة بالمحافظة", nil},
		{"وقال وزير الدفاع بيت هيغسيث إن", []node{{typ: "Person", name: "بيت هيغسيث", title: "وزير الدفاع", exact: []string{"بيت هيغسيث"}}}},
		{"يبدد توفيق الحكيم هذه الإشاعة", []node{{typ: "Person", name: "توفيق الحكيم", exact: []string{"توفيق الحكيم"}}}},
		// A word that begins a village's name (stop.tsv, prefix) takes
		// the word after it whatever it is, a word with ال in ة too, and
		// is no name alone.
		{"شمال مدينة رأس غارب وقرية أبو حلقة ومدينة سيدي براني", []node{
			{typ: "City", name: "رأس غارب", exact: []string{"رأس غارب"}},
			{typ: "Place", name: "أبو حلقة", exact: []string{"أبو حلقة"}},
			{typ: "City", name: "سيدي براني", exact: []string{"سيدي براني"}},
		}},
		{"مشاجرة بقرية دير الجنادلة وقرية عرب بني شعران", []node{
			{typ: "Place", name: "دير الجنادلة", exact: []string{"دير الجنادلة"}},
			{typ: "Place", name: "عرب بني شعران", exact: []string{"عرب بني شعران"}},
		}},
		{"من أهالي قرية أبو، وقال", nil},
		// A word the generated lists have as a one-word town but news
		// uses for something else is no place alone (stop.tsv,
		// unlisted); a head still names it, and a first name stays one.
		{"شاهد الصور وقال وكيل وزارة التموين إن", []node{{typ: "GovernmentOrganization", name: "وزارة التموين", exact: []string{"وزارة التموين"}}}},
		{"وصلنا إلى مدينة مشهد المقدسة", []node{{typ: "City", name: "مشهد", exact: []string{"مشهد"}}}},
		{"قال البابا فرانسيس إن", []node{{typ: "Person", name: "فرانسيس", title: "البابا", exact: []string{"فرانسيس"}}}},
		{"نقلت وكالة أنباء فارس عن", []node{{typ: "NewsMediaOrganization", name: "وكالة أنباء فارس", exact: []string{"وكالة أنباء فارس"}}}},
		// A lone first name names no one (gazgen drops WikiFANE's people
		// named by one), and neither do the words among them.
		{"أعلن عن أسماء المقبوض عليهم وصوت لصالح القرار مسلم واحد", nil},
		{"في ولاية نيويورك ثم نيويورك", []node{
			{typ: "AdministrativeArea", name: "نيويورك", exact: []string{"نيويورك"}},
			{typ: "City", name: "نيويورك", exact: []string{"نيويورك"}},
		}},
		{"انتقلت إلى مدينة ميلانو", []node{{typ: "City", name: "ميلانو", exact: []string{"ميلانو"}}}},
		{"في دولة عربية", nil},
		// Common words are no proclitic and a town: «كبيرا» is no ك +
		// بيرا, «بأي» no town باي, «فاشن» no ف + اشن; «يورو» is money.
		{"كان الأثر كبيرا بأي شكل في عرض فاشن بسعر يورو", nil},
		// A generated form of a head and a listed name is read by the head
		// rule: «دولة قطر» (a WikiFANE place of its own) is قطر.
		{"في دولة قطر ثم قطر", []node{{typ: "Country", name: "قطر", exact: []string{"قطر", "قطر"}}}},
		// «مكة» alone is Mecca, one node with «مكة المكرمة».
		{"زار مكة ثم مكة المكرمة", []node{{typ: "City", name: "مكة المكرمة", exact: []string{"مكة", "مكة المكرمة"}}}},
		// A nationality adjective is no person, alone or before a name.
		{"الكاتب المصري توفيق الحكيم", []node{
			{typ: "Country", name: "مصر", nationality: []string{"المصري"}},
			{typ: "Person", name: "توفيق الحكيم", title: "الكاتب المصري", exact: []string{"توفيق الحكيم"}},
		}},
		{"وقال الكاتب المصري الكبير", []node{{typ: "Country", name: "مصر", nationality: []string{"المصري"}}}},
		// A rarer name token is a name after a name word, never alone.
		{"قال جون بولتون إن", []node{{typ: "Person", name: "جون بولتون", exact: []string{"جون بولتون"}}}},
		{"قصيدة الشاعر نزار قباني", []node{{typ: "Person", name: "نزار قباني", title: "الشاعر", exact: []string{"نزار قباني"}}}},
		{"إن بولتون قباني", nil},
		// A one-word team name that is a common word is that word.
		{"ثبتت رؤية الهلال", nil},
		// A family name that a generated list also has as a town is the
		// person the article named in full: «بلير» is no town, and
		// «وبلير» is not و + ب + the town «لير».
		{"قال رئيس الوزراء البريطاني توني بلير إن بلير وبلير", []node{
			{typ: "Country", name: "المملكة المتحدة", nationality: []string{"البريطاني"}},
			{typ: "Person", name: "توني بلير", title: "رئيس الوزراء البريطاني", exact: []string{"توني بلير", "بلير", "بلير"}},
		}},
		// So is any place of the generated lists without ال after a
		// listed first name, and a city after a name token: «ساكو» is
		// no province of the Philippines, «سولانا» no town in
		// California.
		{"قال لويس ساكو إن ساكو", []node{{typ: "Person", name: "لويس ساكو", exact: []string{"لويس ساكو", "ساكو"}}}},
		{"وصل خافيير سولانا إلى بيروت ثم غادر سولانا", []node{
			{typ: "Person", name: "خافيير سولانا", exact: []string{"خافيير سولانا", "سولانا"}},
			{typ: "City", name: "بيروت", exact: []string{"بيروت"}},
		}},
		// ل or ك before a common word leaves no three-letter town of a
		// generated list («لجان» is not ل + جان); ب leaves Gaza.
		{"تشكيل لجان بكمية", nil},
		{"وصل بغزة", []node{{typ: "City", name: "غزة", exact: []string{"غزة"}}}},
		{"القائد أبو مهدي المهندس", []node{{typ: "Person", name: "أبو مهدي المهندس", title: "القائد", exact: []string{"أبو مهدي المهندس"}}}},
		// «بن» says that the name word before it begins a name, a first
		// name that is an everyday word too («سهل», «حامد»); not a word
		// of no name list, as «بن» begins family names too, nor a noun
		// before a listed «بن علي».
		{"وحضر اللقاء حامد بن جاسم وعدد من", []node{{typ: "Person", name: "حامد بن جاسم", exact: []string{"حامد بن جاسم"}}}},
		{"ويذكر أن سهل بن حنيف كان", []node{{typ: "Person", name: "سهل بن حنيف", exact: []string{"سهل بن حنيف"}}}},
		{"ويروى أن سمرة بن جندب قال", []node{{typ: "Person", name: "سمرة بن جندب", exact: []string{"سمرة بن جندب"}}}},
		{"وبعد استقالة بن عمر من", nil},
		{"وسقط نظام بن علي في", []node{{typ: "Person", name: "بن علي", exact: []string{"بن علي"}}}},
		// After a link, «علي» is the name, not «على».
		{"وقال الشيخ خالد بن علي آل خليفة إن", []node{{typ: "Person", name: "خالد بن علي آل خليفة", title: "الشيخ", exact: []string{"خالد بن علي آل خليفة"}}}},
		// A person listed by the given name alone («زين الدين», «محمد
		// علي») goes on with a family name; one listed with a link last,
		// «شينزو آبي», does not take the verb after it.
		{"وقال زين الدين زيدان إن زيدان", []node{{typ: "Person", name: "زين الدين زيدان", exact: []string{"زين الدين زيدان", "زيدان"}}}},
		{"وقال محمد علي السعدي إن", []node{{typ: "Person", name: "محمد علي السعدي", exact: []string{"محمد علي السعدي"}}}},
		{"التي يرأسها شينزو آبي ارتفعت إلى", []node{{typ: "Person", name: "شينزو آبي", exact: []string{"شينزو آبي"}}}},
		{"الجيش السوداني", []node{{typ: "GovernmentOrganization", name: "الجيش السوداني", exact: []string{"الجيش السوداني"}}}},
		// WikiFANE's forms that kept the ل of «لل» are listed with ال:
		// the span is what the original has of the name. Its bodies named
		// by a curated name and a nationality adjective are not listed:
		// the rules read the curated body and its country.
		{"يقع في الوجه القبلي وقرب للوجه البحري", []node{
			{typ: "Place", name: "الوجه القبلي", exact: []string{"الوجه القبلي"}},
			{typ: "Place", name: "الوجه البحري", exact: []string{"لوجه البحري"}}}},
		{"تقدير الرئاسة للقوات المسلحة المصرية ممثلة في", []node{
			{typ: "GovernmentOrganization", name: "القوات المسلحة", exact: []string{"لقوات المسلحة"}},
			{typ: "Country", name: "مصر", nationality: []string{"المصرية"}}}},
		{"القوات الأمريكية", []node{{typ: "Country", name: "الولايات المتحدة", nationality: []string{"الأمريكية"}}}},
		// An organization's head stays out of a listed name (span listed
		// in heads.tsv), and is part of a name no table has.
		{"قالت وكالة رويترز ثم رويترز", []node{{typ: "NewsMediaOrganization", name: "رويترز", exact: []string{"رويترز", "رويترز"}}}},
		// A word a rule reads as a person that the article names as an
		// organization or a place is that one, before or after.
		{"ولفتت نيوزويك إلى أن التقرير. وقالت مجلة نيوزويك إن", []node{
			{typ: "NewsMediaOrganization", name: "نيوزويك", exact: []string{"نيوزويك", "نيوزويك"}}}},
		{"وقالت وكالة داغونغ للتصنيف إن التصنيف. وأضافت داغونغ أن", []node{
			{typ: "Organization", name: "داغونغ", exact: []string{"داغونغ", "داغونغ"}}}},
		// The rating agencies and the oil and car makers news names are
		// listed companies (curated.tsv); «تويوتا» is no Japanese city
		// here, and «وكالة موديز» is the listed «موديز».
		{"وقالت فيتش إن. وكانت موديز وجهت تحذيرا", []node{
			{typ: "Corporation", name: "فيتش", exact: []string{"فيتش"}},
			{typ: "Corporation", name: "موديز", exact: []string{"موديز"}}}},
		{"لتجد تويوتا نفسها على وشك الإفلاس", []node{{typ: "Corporation", name: "تويوتا", exact: []string{"تويوتا"}}}},
		{"خفضت وكالة موديز التصنيف", []node{{typ: "Corporation", name: "موديز", exact: []string{"موديز"}}}},
		{"أشارت جلوبال بوست إلى أن الحكومة. وقالت صحيفة جلوبال بوست إن", []node{
			{typ: "NewsMediaOrganization", name: "جلوبال بوست", exact: []string{"جلوبال بوست", "جلوبال بوست"}}}},
		{"قالت حركة النهضة", []node{{typ: "Organization", name: "حركة النهضة", exact: []string{"حركة النهضة"}}}},
		{"وصل إلى جزيرة قبرص ثم جزيرة القرصاية", []node{
			{typ: "Country", name: "قبرص", exact: []string{"قبرص"}},
			{typ: "Place", name: "جزيرة القرصاية", exact: []string{"جزيرة القرصاية"}},
		}},
		// «تنظيم» and «حركة» are verbal nouns too (stop.tsv, verbal): a
		// plural in ات or a word of quantity after them is their object.
		{"وتوقفت حركة السيارات بسبب تنظيم المظاهرات", nil},
		{"وشهد تنظيم العديد من الندوات", nil},
		// «تنظيم» takes only a listed organization (needs listed), which
		// stands without it; «حركة» before an everyday phrase's noun is
		// motion (stop.tsv, phrase).
		{"قانون تنظيم الأسرة وتنظيم الصحافة", nil},
		{"أعلن تنظيم القاعدة ثم زعيم تنظيم الجهاد", []node{
			{typ: "Organization", name: "تنظيم القاعدة", exact: []string{"القاعدة"}},
			{typ: "Organization", name: "تنظيم الجهاد", exact: []string{"تنظيم الجهاد"}},
		}},
		{"توقفت حركة السفر وحركة الصيد بسبب حركة الرياح", nil},
		// A noun of rank that is a first name too (stop.tsv, role) is
		// what the sentence says of the person before it; so is an
		// adverb of circumstance (function): «نقلا عن».
		// Other names of listed entities join them: «الإخوان» alone is the
		// Brotherhood, «أفريقيا الوسطى» the country, not Africa.
		{"قالت جماعة الإخوان المسلمين إن الإخوان في أفريقيا الوسطى", []node{
			{typ: "Organization", name: "جماعة الإخوان المسلمين", exact: []string{"الإخوان المسلمين", "الإخوان"}},
			{typ: "Country", name: "جمهورية أفريقيا الوسطى", exact: []string{"أفريقيا الوسطى"}},
		}},
		// «الجزيرة» is the channel only where something says so (stop.tsv,
		// cued and cue); a peninsula and a district are no channel.
		{"قال مراسل الجزيرة إن القتال في شبه الجزيرة", []node{{typ: "NewsMediaOrganization", name: "الجزيرة", exact: []string{"الجزيرة"}}}},
		{"وقال للجزيرة ثم لقناة \"الجزيرة\" إن مقر النادي بالجزيرة", []node{{typ: "NewsMediaOrganization", name: "الجزيرة", exact: []string{"لجزيرة", "الجزيرة"}}}},
		{"في حريق بالجزيرة", nil},
		// Egypt's papers named by everyday words, in the quotes of what
		// they were told or after a cue; in quotes after a preposition of
		// place, «التحرير» is the square.
		{"وقال لـ«الوطن» إن حب الوطن", []node{{typ: "NewsMediaOrganization", name: "الوطن", exact: []string{"الوطن"}}}},
		{"وقالت مصادر لـ\"اليوم السابع\" إنه في اليوم السابع من الشهر", []node{{typ: "NewsMediaOrganization", name: "اليوم السابع", exact: []string{"اليوم السابع"}}}},
		// So are Egypt's parties named by everyday phrases; after
		// «جريدة», the party's paper, listed with its head.
		{"وقال لـ\"الحرية والعدالة\" إن", []node{{typ: "Organization", name: "حزب الحرية والعدالة", exact: []string{"الحرية والعدالة"}}}},
		{"دفاعا عن قيم الحرية والعدالة الاجتماعية", nil},
		// After a word of a party's members, leaders or seat (stop.tsv,
		// partycue), a cued organization; a cued paper is not read there.
		{"اقتحام مقر الحرية والعدالة أمس", []node{{typ: "Organization", name: "حزب الحرية والعدالة", exact: []string{"الحرية والعدالة"}}}},
		{"دعت الجماعة الإسلامية وحزبها البناء والتنمية إلى مليونية", []node{
			{typ: "Organization", name: "الجماعة الإسلامية", exact: []string{"الجماعة الإسلامية"}},
			{typ: "Organization", name: "حزب البناء والتنمية", exact: []string{"البناء والتنمية"}},
		}},
		{"وفتحت قيادات الوطن النار على النور", nil},
		{"ما نشرته جريدة \"الحرية والعدالة\" عن العصيان", []node{{typ: "NewsMediaOrganization", name: "جريدة الحرية والعدالة", exact: []string{"الحرية والعدالة"}}}},
		{"أعلن حزب المصريين الأحرار. وقال المصريين الأحرار", []node{{typ: "Organization", name: "حزب المصريين الأحرار", exact: []string{"حزب المصريين الأحرار", "المصريين الأحرار"}}}},
		// Parties the head rule does not read: «غد» has no ال; the others
		// are named without «حزب», and «العربي الناصري» after «رئيس الحزب»
		// is the party, not a person the title names.
		{"أعلن حزب غد الثورة. وقال الحزب المصري الديمقراطي الاجتماعي إن المصري الديمقراطي الاجتماعي", []node{
			{typ: "Organization", name: "حزب غد الثورة", exact: []string{"حزب غد الثورة"}},
			{typ: "Organization", name: "الحزب المصري الديمقراطي الاجتماعي", exact: []string{"الحزب المصري الديمقراطي الاجتماعي", "المصري الديمقراطي الاجتماعي"}},
		}},
		{"وقال سامح عاشور رئيس الحزب العربي الناصري، تعليقا", []node{
			{typ: "Person", name: "سامح عاشور", exact: []string{"سامح عاشور"}},
			{typ: "Organization", name: "الحزب العربي الديمقراطي الناصري", exact: []string{"الحزب العربي الناصري"}},
		}},
		// NATO by its other names (curated.tsv), one node.
		{"وقال الحلف الأطلسي إن حلف شمال الأطلنطي", []node{
			{typ: "Organization", name: "حلف شمال الأطلسي", exact: []string{"الحلف الأطلسي", "حلف شمال الأطلنطي"}},
		}},
		// A word that begins a listed name completes a title where the
		// name is not there: «الحلف» begins «الحلف الأطلسي».
		{"وذكر الناطق باسم الحلف أوانا لونجسكو، اليوم", []node{
			{typ: "Person", name: "أوانا لونجسكو", title: "الناطق باسم الحلف", exact: []string{"أوانا لونجسكو"}},
		}},
		{"أطلق جنود الأمن المركزي الغاز", []node{{typ: "GovernmentOrganization", name: "الأمن المركزي", exact: []string{"الأمن المركزي"}}}},
		{"وعلمت \"الشروق\" أن المتظاهرين في \"التحرير\" منذ الفجر", []node{{typ: "NewsMediaOrganization", name: "الشروق", exact: []string{"الشروق"}}}},
		{"نشر ببوابة الفجر وقال لمصراوي", []node{
			{typ: "NewsMediaOrganization", name: "الفجر", exact: []string{"الفجر"}},
			{typ: "NewsMediaOrganization", name: "مصراوي", exact: []string{"مصراوي"}}}},
		// A name in quotes after the head of a body (heads.tsv, quoted) is
		// the body's, numbers and all; a listed one is the list's entry.
		{"وطالبت حركة «6 إبريل» وعمال شركة \"بلاتينيوم\" ومؤسسة \"مصر للطيران\" ومؤسسة «سوزان مبارك»", []node{
			{typ: "Organization", name: "حركة شباب 6 أبريل", exact: []string{"6 إبريل"}},
			{typ: "Corporation", name: "بلاتينيوم", exact: []string{"بلاتينيوم"}},
			{typ: "Corporation", name: "مصر للطيران", exact: []string{"مصر للطيران"}},
			{typ: "Organization", name: "سوزان مبارك", exact: []string{"سوزان مبارك"}},
		}},
		{"قال رئيس حزب \"الحرية والعدالة\" إن", []node{{typ: "Organization", name: "حزب الحرية والعدالة", exact: []string{"الحرية والعدالة"}}}},
		// A body's short name in brackets or quotes after its full name
		// (bracketedAliases) is the body, there and alone elsewhere: a
		// word no table has («الإيسيسكو», «للإيسيسكو» behind ل), a town of the
		// lists but where something is («في قنا»), a listed body, whose
		// node the full name joins. Not an everyday word held in quotes,
		// nor the short name of what the body is in construct with.
		{"وقالت المنظمة الإسلامية للتربية والعلوم والثقافة \"الإيسيسكو\" إن. وأكدت للإيسيسكو", []node{
			{typ: "Organization", name: "المنظمة الإسلامية للتربية والعلوم والثقافة", exact: []string{"المنظمة الإسلامية للتربية والعلوم والثقافة", "الإيسيسكو", "لإيسيسكو"}}}},
		{"تحتفل منظمة الأغذية والزراعة «الفاو»، الخميس. وقال مدير الفاو إن", []node{
			{typ: "Organization", name: "منظمة الأغذية والزراعة", exact: []string{"منظمة الأغذية والزراعة", "الفاو", "الفاو"}}}},
		{"نقلت وكالة الأنباء القطرية (قنا) عن مصدر في قنا", []node{
			{typ: "NewsMediaOrganization", name: "وكالة الأنباء القطرية", exact: []string{"وكالة الأنباء القطرية", "قنا"}},
			{typ: "City", name: "قنا", exact: []string{"قنا"}}}},
		{"وأعلنت حركة المقاومة الإسلامية (حماس) أن. وقالت حماس", []node{
			{typ: "Organization", name: "حماس", exact: []string{"حركة المقاومة الإسلامية", "حماس", "حماس"}}}},
		{"قال الاتحاد الأفريقي لكرة القدم \"الكاف\" إن. وقرر الكاف", []node{
			{typ: "Organization", name: "الاتحاد الأفريقي لكرة القدم", exact: []string{"الاتحاد الأفريقي لكرة القدم", "الكاف", "الكاف"}}}},
		// The curated bodies of the United Nations by their other names.
		{"وقالت مفوضية اللاجئين ووكالة الغوث", []node{
			{typ: "Organization", name: "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", exact: []string{"مفوضية اللاجئين"}},
			{typ: "Organization", name: "الأونروا", exact: []string{"وكالة الغوث"}}}},
		{"وقال مجلس الشعب \"المنحل\" إن", []node{{typ: "GovernmentOrganization", name: "مجلس الشعب", exact: []string{"مجلس الشعب"}}}},
		{"اقتحم العشرات من رابطة مشجعي النادي الأهلي \"الأولتراس\" المبنى", []node{
			{typ: "SportsTeam", name: "النادي الأهلي", exact: []string{"النادي الأهلي"}}}},
		{"وقالت بعثة الأمم المتحدة (مينوسما) إن", []node{{typ: "Organization", name: "الأمم المتحدة", exact: []string{"الأمم المتحدة"}}}},
		{"قال رئيس الفيفا \"الكونجرس\" إن", []node{
			{typ: "Organization", name: "الاتحاد الدولي لكرة القدم", exact: []string{"الفيفا"}},
			{typ: "GovernmentOrganization", name: "الكونغرس", exact: []string{"الكونجرس"}}}},
		// A title goes on over a body's name in quotes to the person's.
		// The party is curated (curated.tsv): its node has the list's name.
		{"وقال رئيس حزب \"غد الثورة\" أيمن نور إن", []node{
			{typ: "Organization", name: "حزب غد الثورة", exact: []string{"غد الثورة"}},
			{typ: "Person", name: "أيمن نور", title: "رئيس حزب \"غد الثورة\"", exact: []string{"أيمن نور"}},
		}},
		// Not an adjective held at a distance, nor a head in quotes.
		{"قال إنها ليست جبهة \"ثورية\" ولا نقابة «مهنية»", nil},
		{"لا يعرف لفظ \"جماعة\" ولا منصب \"مرشد\"", nil},
		{"قال لويس هاميلتون بطل العالم", []node{{typ: "Person", name: "لويس هاميلتون", exact: []string{"لويس هاميلتون"}}}},
		{"وقال بكري أبو الحسن شيخ الطريقة", []node{{typ: "Person", name: "بكري أبو الحسن", exact: []string{"بكري أبو الحسن"}}}},
		// A family name goes on after the second part of a compound first
		// name, as after any other first name, but not behind a proclitic.
		// A word no table or dictionary knows, spelled as a listed place
		// but for a vowel or a letter written two ways (variants.go), is
		// that place where a place is expected: after a preposition of
		// place, in a list of places, as a dateline. Beside a word of a
		// two-word place as the list spells it, it needs no such context.
		// A word two vowels off, or with ال, is no variant.
		{"وصل الوفد إلى زيوريخ ثم زيورخ", []node{{typ: "City", name: "زيورخ", exact: []string{"زيوريخ", "زيورخ"}}}},
		{"وقال إن زيوريخ مدينة", nil},
		{"وفي زيوريخ قال", []node{{typ: "City", name: "زيورخ", exact: []string{"زيوريخ"}}}},
		{"تجربة نووية في بيونج يانج", []node{{typ: "City", name: "بيونغ يانغ", exact: []string{"بيونج يانج"}}}},
		{"وصل إلى سان دييجو", []node{{typ: "City", name: "سان دييغو", exact: []string{"سان دييجو"}}}},
		{"معرض في برلين وشتوتجارت", []node{
			{typ: "City", name: "برلين", exact: []string{"برلين"}},
			{typ: "City", name: "شتوتغارت", exact: []string{"شتوتجارت"}}}},
		{"جوهانسبرج (رويترز) - قال", []node{
			{typ: "City", name: "جوهانسبرغ", exact: []string{"جوهانسبرج"}},
			{typ: "NewsMediaOrganization", name: "رويترز", exact: []string{"رويترز"}}}},
		{"وصل إلى دندون ثم إلى الخرباوي", nil},
		{"سافر إلى ببدروم", nil},
		// Another word of the tables with the place's skeleton leaves a
		// variant to the place where the variant is nearer the place's
		// spelling: Haiti's «غوناييف» does not hide Geneva. A variant as
		// near both is left unread: «كيروين» is as near «كيروان» as the
		// name «كيرون». Of one city in two spellings, the one with an id is
		// the variants': «كاتماندو» (Q797472), not «كتمندو».
		{"مؤتمر صحفي في جينيف", []node{{typ: "City", name: "جنيف", exact: []string{"جينيف"}}}},
		{"وصل الوفد إلى كاتمندو", []node{{typ: "City", name: "كاتماندو", exact: []string{"كاتمندو"}}}},
		{"وصل إلى كيروين", nil},
		// A listed first name the lexicon does not know, «ديفيد», «وليام»,
		// begins a name though Wikidata's names use it less often; not
		// before a word with ال or an everyday word, nor where it is a
		// word of a two-word place.
		{"وصل ديفيد هاسلهوف أمس", []node{{typ: "Person", name: "ديفيد هاسلهوف", exact: []string{"ديفيد هاسلهوف"}}}},
		{"حضر الحفل ووليام هيغ أمس", []node{{typ: "Person", name: "وليام هيغ", exact: []string{"وليام هيغ"}}}},
		{"وصل دانيال واليس أمس", []node{{typ: "Person", name: "دانيال واليس", exact: []string{"دانيال واليس"}}}},
		{"وصل ديفيد", nil}, // the text's last word: no word after it to read
		{"زحام في ميدان رمسيس بعيدا عن", []node{{typ: "Place", name: "ميدان رمسيس", exact: []string{"ميدان رمسيس"}}}},
		{"مؤتمر برمسيس لبحث الاعتداء", nil},
		{"زلزال هز لوس انجليس", []node{{typ: "City", name: "لوس أنجلوس", exact: []string{"لوس انجليس"}}}},
		// A town of the generated lists after a foreign first name is the
		// person's family name: Solana, Meyssan.
		{"المنسق الأوروبي خافيير سولانا أن", []node{
			{typ: "Person", name: "خافيير سولانا", exact: []string{"خافيير سولانا"}}}},
		{"الكاتب الفرنسي تيري ميسان إن", []node{
			{typ: "Country", name: "فرنسا", nationality: []string{"الفرنسي"}},
			{typ: "Person", name: "تيري ميسان", title: "الكاتب الفرنسي", exact: []string{"تيري ميسان"}}}},
		// A list of people goes on with the conjunction and two words no
		// table and no dictionary knows; numbers in brackets may stand
		// between.
		{"الحارس غانلويغي بوفون وغانلوكا زامبروتا وديفد تريزيغيه وباتريك فييرا", []node{
			{typ: "Person", name: "غانلويغي بوفون", title: "الحارس", exact: []string{"غانلويغي بوفون"}},
			{typ: "Person", name: "غانلوكا زامبروتا", exact: []string{"غانلوكا زامبروتا"}},
			{typ: "Person", name: "ديفد تريزيغيه", exact: []string{"ديفد تريزيغيه"}},
			{typ: "Person", name: "باتريك فييرا", exact: []string{"باتريك فييرا"}}}},
		{"ستيفن جيرارد ( 13 ) وجيرماين ديفو ( 38 )", []node{
			{typ: "Person", name: "ستيفن جيرارد", exact: []string{"ستيفن جيرارد"}},
			{typ: "Person", name: "جيرماين ديفو", exact: []string{"جيرماين ديفو"}}}},
		// A name between commas after a title is in apposition to it;
		// not after a title that is itself in apposition to a person
		// before it, and not where the first word is an everyday word.
		{"وقال وزير الخارجية الألماني، غيدو فيسترفيله، إن", []node{
			{typ: "Country", name: "ألمانيا", nationality: []string{"الألماني"}},
			{typ: "Person", name: "غيدو فيسترفيله", title: "وزير الخارجية الألماني", exact: []string{"غيدو فيسترفيله"}}}},
		{"استقبل الإمام الأكبر أحمد الطيب، شيخ الأزهر، ناجح بكيرات، مدير إدارة المسجد", []node{
			{typ: "Person", name: "أحمد الطيب", title: "الإمام الأكبر", exact: []string{"أحمد الطيب"}},
			{typ: "Organization", name: "الازهر", exact: []string{"الأزهر"}}}},
		{"موقع إخباري أمريكي محافظ، مقره واشنطن، ويهتم بقضايا الفساد", []node{
			{typ: "Country", name: "الولايات المتحدة", nationality: []string{"أمريكي"}},
			{typ: "City", name: "واشنطن", exact: []string{"واشنطن"}}}},
		// A party's adjective qualifies a title: «السناتور الجمهوري».
		{"وقال السناتور الجمهوري ليندسي غراهام إن", []node{
			{typ: "Person", name: "ليندسي غراهام", title: "السناتور الجمهوري", exact: []string{"ليندسي غراهام"}}}},
		// So it does with the conjunction and a listed first name, whose
		// family name may be an everyday word; not with a verb after the
		// first name, nor with a noun behind a preposition.
		{"إلى جوار محمد بنطلحة وصلاح بوسريف وحسن نجمي .", []node{
			{typ: "Person", name: "محمد بنطلحة", exact: []string{"محمد بنطلحة"}},
			{typ: "Person", name: "صلاح بوسريف", exact: []string{"صلاح بوسريف"}},
			{typ: "Person", name: "حسن نجمي", exact: []string{"حسن نجمي"}}}},
		{"الرئيس جمال عبد الناصر ومبارك كانوا ضمن الجماعة", []node{
			{typ: "Person", name: "جمال عبد الناصر", title: "الرئيس", exact: []string{"جمال عبد الناصر"}}}},
		{"وواجه المستشار علاء النجار وجمال بالتقرير الذي أعدته", []node{
			{typ: "Person", name: "علاء النجار", title: "المستشار", exact: []string{"علاء النجار"}}}},
		// A title before the family name of a curated person names him by
		// it; not a person of the lists, others bear it.
		{"حاول الرئيس السادات أن", []node{{typ: "Person", name: "السادات", title: "الرئيس", exact: []string{"السادات"}}}},
		{"الرئيس السوري بشار الأسد. وأضاف الرئيس الأسد أن", []node{
			{typ: "Country", name: "سوريا", nationality: []string{"السوري"}},
			{typ: "Person", name: "بشار الأسد", title: "الرئيس السوري", exact: []string{"بشار الأسد", "الأسد"}}}},
		{"وأضاف الرئيس الأسد أن", []node{{typ: "Person", name: "الأسد", title: "الرئيس", exact: []string{"الأسد"}}}},
		// So does a title before one without ال, which the name rules
		// refuse where it is also an everyday word: «مرسي» (a harbour, as
		// «مرسى» is searched), «طنطاوي».
		{"طالبوا الرئيس مرسي بعودتهم", []node{{typ: "Person", name: "مرسي", title: "الرئيس", exact: []string{"مرسي"}}}},
		{"ناشد حمزاوي الرئيس مرسي الاستجابة لمطالبهم", []node{{typ: "Person", name: "مرسي", title: "الرئيس", exact: []string{"مرسي"}}}},
		{"حثت حكومة الرئيس مرسي على اتخاذ التدابير", []node{{typ: "Person", name: "مرسي", title: "الرئيس", exact: []string{"مرسي"}}}},
		{"مؤتمر حول فكر الإمام بديع الزمان النورسي", nil},
		// «السيد» after another title and before a family name is the
		// given name; before a first name it stays «Mr».
		{"وقال الدكتور السيد البدوي رئيس حزب الوفد. وأكد البدوي", []node{
			{typ: "Person", name: "السيد البدوي", title: "الدكتور", exact: []string{"السيد البدوي", "البدوي"}},
			{typ: "Organization", name: "حزب الوفد", exact: []string{"حزب الوفد"}}}},
		{"وقال الأمين العام السيد حسن نصر الله", []node{{typ: "Person", name: "حسن نصر الله", title: "الأمين العام", exact: []string{"حسن نصر الله"}}}},
		{"وقال المشير طنطاوي إن الجيش", []node{{typ: "Person", name: "طنطاوي", title: "المشير", exact: []string{"طنطاوي"}}}},
		{"وقال مدير المشروع إن العمل انتهى", nil},
		{"وأضاف الرئيس الجديد أن", nil},
		{"وأضاف الرئيس الابن أن", nil}, // «بوش الابن» ends with no family name
		// So does a verb of saying: «وقال السادات»; not «وقال الجديد».
		{"وقال السادات إن الحزب", []node{{typ: "Person", name: "السادات", exact: []string{"السادات"}}}},
		{"وقال الجديد إن الحزب", nil},
		// A curated family name without ال, of one word or a compound's
		// two, after a verb of saying: «وأضاف عنان», «وأكد نصر الله».
		// After it, an everyday word is what the sentence says, a name
		// word goes on with it where a title follows, and an everyday
		// word before a word with ال is the verb's subject's role.
		{"وأضاف عنان إن الوضع خطير", []node{{typ: "Person", name: "عنان", exact: []string{"عنان"}}}},
		{"وأكد نصر الله أن المقاومة باقية", []node{{typ: "Person", name: "نصر الله", exact: []string{"نصر الله"}}}},
		{"ورفض موسى فكرة تدخل الجيش", []node{{typ: "Person", name: "موسى", exact: []string{"موسى"}}}},
		{"وقال سليمان عياط الناطق باسم الحزب إن", []node{{typ: "Person", name: "سليمان عياط", exact: []string{"سليمان عياط"}}}},
		{"وقال مشرف المشروع إن العمل انتهى", nil},
		// «حي» heads a quarter's name with ال, or one no dictionary knows,
		// and stays out of its span; «حي يرزق» is alive, «من وحي» inspired
		// by. A foreign name after a head of a kind of place goes on.
		{"انفجار في حي الزيتون بدمشق", []node{
			{typ: "Place", name: "الزيتون", exact: []string{"الزيتون"}},
			{typ: "City", name: "دمشق", exact: []string{"دمشق"}}}},
		{"قصف على حي جوبر أمس", []node{{typ: "Place", name: "جوبر", exact: []string{"جوبر"}}}},
		{"ما زال حي يرزق", nil},
		{"يسكن في حي شعبي", nil},
		{"قصة من وحي الخيال", nil},
		{"حفل في مدينة بيفرلي هيلز أمس", []node{{typ: "City", name: "بيفرلي هيلز", exact: []string{"بيفرلي هيلز"}}}},
		// «باتا» (Bata) and «المرسى» (La Marsa) are unlisted: "categorical", the anchorage.
		{"ترفض رفضا باتا هذه المحاولات", nil},
		// «تدمر» and «ينبع» (stop.tsv, located) are towns only where a
		// place is expected.
		{"فهي تدمر المجتمع", nil},
		{"التغيير لا بد أن ينبع من الداخل", nil},
		{"طائرة قادمة من ينبع", []node{{typ: "City", name: "ينبع", exact: []string{"ينبع"}}}},
		{"انفجار في مدينة تدمر وحمص", []node{
			{typ: "City", name: "تدمر", exact: []string{"تدمر"}},
			{typ: "City", name: "حمص", exact: []string{"حمص"}}}},
		{"قصف حمص وتدمر", []node{
			{typ: "City", name: "حمص", exact: []string{"حمص"}},
			{typ: "City", name: "تدمر", exact: []string{"تدمر"}}}},
		{"قرب تدمر", []node{{typ: "City", name: "تدمر", exact: []string{"تدمر"}}}},
		// Curated towns of the conflicts: «سرت», «القصير», «التاجي» and
		// «دوما» are everyday words too (stop.tsv, located), read as towns
		// only where a place is expected; after a first name, a family
		// name, as an unknown word would be.
		{"وصل إلى سرت ثم سرت في الشارع", []node{{typ: "City", name: "سرت", exact: []string{"سرت"}}}},
		{"على المدى القصير", nil},
		{"مرض الشريان التاجي", nil},
		{"ستظل مصر دوما تفتح ذراعيها", []node{{typ: "Country", name: "مصر", exact: []string{"مصر"}}}},
		{"قصف دوما وحرستا وفي منطقة التاجي شمال بغداد", []node{
			{typ: "City", name: "دوما", exact: []string{"دوما"}},
			{typ: "City", name: "حرستا", exact: []string{"حرستا"}},
			{typ: "City", name: "التاجي", exact: []string{"التاجي"}},
			{typ: "City", name: "بغداد", exact: []string{"بغداد"}}}},
		{"الغربية - فوزي دهب", []node{{typ: "Person", name: "فوزي دهب", exact: []string{"فوزي دهب"}}}},
		{"كتب أحمد عبدالله دهب", []node{{typ: "Person", name: "أحمد عبدالله دهب", exact: []string{"أحمد عبدالله دهب"}}}},
		{"في طريقهما من طابا إلى دهب", []node{
			{typ: "City", name: "طابا", exact: []string{"طابا"}},
			{typ: "City", name: "دهب", exact: []string{"دهب"}}}},
		{"انفجار في تلعفر وفي حي مدينة الصدر", []node{
			{typ: "City", name: "تلعفر", exact: []string{"تلعفر"}},
			{typ: "Place", name: "مدينة الصدر", exact: []string{"مدينة الصدر"}}}},
		// «كانو» is also «كانوا» misspelled, «كابل» a cable and «أبهر» a
		// verb (stop.tsv, located); a country in brackets after a town
		// says it is one.
		{"الناس الذين كانو يعملون هناك", nil},
		{"قتلى التفجير  كانو (نيجيريا) (ا ف ب) - افادت", []node{
			{typ: "City", name: "كانو", exact: []string{"كانو"}},
			{typ: "Country", name: "نيجيريا", exact: []string{"نيجيريا"}},
			{typ: "NewsMediaOrganization", name: "فرانس برس", exact: []string{"ا ف ب"}}}},
		{"ضبط متهم بسرقة كابل كهربائي", nil},
		{"مؤتمر دولي في كابل", []node{{typ: "City", name: "كابل", exact: []string{"كابل"}}}},
		{"بالشعار الذي أبهر العالم", nil},
		// A billion is no ب + Lyon (stop.tsv, common).
		{"بلغت ثروته 73 بليون دولار", nil},
		// Everyday phrases: a cornerstone, olive oil (stop.tsv, phrase);
		// Cairo's Zawiya al-Hamra is curated.
		{"الديمقراطية حجر الزاوية في بناء الدولة", nil},
		{"يضاف زيت الزيتون والملح", nil},
		{"وقعت اشتباكات في الزاوية الحمراء", []node{{typ: "Place", name: "الزاوية الحمراء", exact: []string{"الزاوية الحمراء"}}}},
		// A body named for the place it serves, after a head of two
		// words (heads.tsv, needs place): the place is part of its name,
		// after a direction or a precinct's word too; a place no list
		// has, or one behind a proclitic, names no such body.
		{"ضبطت مباحث قسم شرطة الزاوية الحمراء متهما", []node{{typ: "PoliceStation", name: "قسم شرطة الزاوية الحمراء", exact: []string{"قسم شرطة الزاوية الحمراء"}}}},
		{"قضت محكمة جنايات شمال القاهرة ببراءة", []node{{typ: "GovernmentOrganization", name: "محكمة جنايات شمال القاهرة", exact: []string{"محكمة جنايات شمال القاهرة"}}}},
		{"أيدت محكمة جنح مستأنف مصر الجديدة القرار", []node{{typ: "GovernmentOrganization", name: "محكمة جنح مستأنف مصر الجديدة", exact: []string{"محكمة جنح مستأنف مصر الجديدة"}}}},
		{"تلقى إخطارا من مأمور قسم شرطة ثان المنصورة", []node{{typ: "PoliceStation", name: "قسم شرطة ثان المنصورة", exact: []string{"قسم شرطة ثان المنصورة"}}}},
		{"اشتباكات أمام مديرية أمن بورسعيد. وقالت مديرية أمن بورسعيد", []node{{typ: "GovernmentOrganization", name: "مديرية أمن بورسعيد", exact: []string{"مديرية أمن بورسعيد", "مديرية أمن بورسعيد"}}}},
		{"أبلغوا مركز شرطة الفشنية", nil},
		{"أحالتها محكمة جنايات بالقاهرة", []node{{typ: "City", name: "القاهرة", exact: []string{"القاهرة"}}}},
		{"قررت نيابة قصر النيل حبس المتهمين", []node{{typ: "GovernmentOrganization", name: "نيابة قصر النيل", exact: []string{"نيابة قصر النيل"}}}},
		{"أمرت نيابة حوادث جنوب الجيزة الكلية بحبسه", []node{{typ: "GovernmentOrganization", name: "نيابة حوادث جنوب الجيزة الكلية", exact: []string{"نيابة حوادث جنوب الجيزة الكلية"}}}},
		{"قررت محكمة بورسعيد الابتدائية", []node{{typ: "GovernmentOrganization", name: "محكمة بورسعيد الابتدائية", exact: []string{"محكمة بورسعيد الابتدائية"}}}},
		// «وإلى» so spelled (stop.tsv, verb) is "and to", not the title «والي».
		{"سافر من جنيف وإلى زيوريخ", []node{
			{typ: "City", name: "جنيف", exact: []string{"جنيف"}},
			{typ: "City", name: "زيورخ", exact: []string{"زيوريخ"}}}},
		{"وقال علاء الدين بروجردي رئيس لجنة", []node{{typ: "Person", name: "علاء الدين بروجردي", exact: []string{"علاء الدين بروجردي"}}}},
		{"وقال نور الدين بالقاهرة", []node{
			{typ: "Person", name: "نور الدين", exact: []string{"نور الدين"}},
			{typ: "City", name: "القاهرة", exact: []string{"القاهرة"}},
		}},
		{"وأضاف عريقات نقلا عن مصادر", []node{{typ: "Person", name: "عريقات", exact: []string{"عريقات"}}}},
		// Sports teams by names that are nothing else; «نادي» stays out of
		// a listed team and heads a name no table has.
		{"فاز ريال مدريد على نادي مانشستر يونايتد", []node{
			{typ: "SportsTeam", name: "ريال مدريد", exact: []string{"ريال مدريد"}},
			{typ: "SportsTeam", name: "مانشستر يونايتد", exact: []string{"مانشستر يونايتد"}},
		}},
		{"قال نادي الأسير الفلسطيني", []node{{typ: "Organization", name: "نادي الأسير الفلسطيني", exact: []string{"نادي الأسير الفلسطيني"}}}},
		// A one-word listing gives way to the longer name after a title.
		{"قال الرئيس الفلسطيني محمود عباس إن", []node{
			{typ: "Country", name: "الأراضي الفلسطينية", nationality: []string{"الفلسطيني"}},
			{typ: "Person", name: "محمود عباس", title: "الرئيس الفلسطيني", exact: []string{"محمود عباس"}},
		}},
		// Links and regnal ordinals from name_parts.tsv.
		{"استقبل الملك عبدالله الثاني", []node{{typ: "Person", name: "عبدالله الثاني", title: "الملك", exact: []string{"عبدالله الثاني"}}}},
		// An ordinal closes the name, but for the father's name after it.
		{"وتولى الملك فيصل الثاني ملك العراق", []node{
			{typ: "Person", name: "فيصل الثاني", title: "الملك", exact: []string{"فيصل الثاني"}},
			{typ: "Country", name: "العراق", exact: []string{"العراق"}},
		}},
		{"وقال الملك عبدالله الثاني بن الحسين إن", []node{{typ: "Person", name: "عبدالله الثاني بن الحسين", title: "الملك", exact: []string{"عبدالله الثاني بن الحسين"}}}},
		// After a name of two words, an ordinal may agree with a noun
		// with ال the name seemed to go on with: the name ends before it.
		{"ويعد حسن مالك الرجل الثاني في الجماعة", []node{{typ: "Person", name: "حسن مالك", exact: []string{"حسن مالك"}}}},
		{"وفاز الطالب محمد بالصف الأول الثانوي", nil},
		{"خلفه البابا قليمندوس الرابع عشر", []node{{typ: "Person", name: "قليمندوس الرابع عشر", title: "البابا", exact: []string{"قليمندوس الرابع عشر"}}}},
		{"قال الشيخ خليفة بن زايد آل نهيان", []node{{typ: "Person", name: "خليفة بن زايد آل نهيان", title: "الشيخ", exact: []string{"خليفة بن زايد آل نهيان"}}}},
		// Two name words in a row, no title; a later surname joins them.
		{"التقى جون كيري نظيره، وقال كيري", []node{{typ: "Person", name: "جون كيري", exact: []string{"جون كيري", "كيري"}}}},
		// Four names, the person's, the father's, the grandfather's and the
		// family's, as courts and the police give them; the fourth may be
		// a word no list has or a family name in ي, not an everyday word.
		{"وتم ضبط أحمد عامر حسين عامر، 25 عاما", []node{{typ: "Person", name: "أحمد عامر حسين عامر", exact: []string{"أحمد عامر حسين عامر"}}}},
		{"المتهمين أكرم حسين حسن الشافعي وعصام يوسف عادل العدوى", []node{
			{typ: "Person", name: "أكرم حسين حسن الشافعي", exact: []string{"أكرم حسين حسن الشافعي"}},
			{typ: "Person", name: "عصام يوسف عادل العدوى", exact: []string{"عصام يوسف عادل العدوى"}},
		}},
		{"وطارق العربي سليمان المحكوم عليه بالإعدام", []node{{typ: "Person", name: "طارق العربي سليمان", exact: []string{"طارق العربي سليمان"}}}},
		// A hyphen joins two first names into one given name; a dash
		// between spaces does so only between foreign names the lexicon
		// does not know, and not after a dateline.
		{"وقال رئيس الوزراء جان-مارك أيرولت", []node{{typ: "Person", name: "جان-مارك أيرولت", title: "رئيس الوزراء", exact: []string{"جان-مارك أيرولت"}}}},
		{"وقال الإيطالي جيان - ألبرتو بينداتزي", []node{
			{typ: "Country", name: "إيطاليا", nationality: []string{"الإيطالي"}},
			{typ: "Person", name: "جيان - ألبرتو بينداتزي", exact: []string{"جيان - ألبرتو بينداتزي"}},
		}},
		{"القاهرة - محمد علي", []node{
			{typ: "City", name: "القاهرة", exact: []string{"القاهرة"}},
			{typ: "Person", name: "محمد على", exact: []string{"محمد علي"}},
		}},
		// A rank of the police and a head of government with a pronoun are
		// titles; «كون» (being) and «منتخب» (a team) are no names.
		{"تلقى النقيب شرطة عباس أحمد فريد بلاغا", []node{{typ: "Person", name: "عباس أحمد فريد", title: "النقيب شرطة", exact: []string{"عباس أحمد فريد"}}}},
		{"ورئيس حكومته هشام قنديل", []node{{typ: "Person", name: "هشام قنديل", title: "رئيس حكومته", exact: []string{"هشام قنديل"}}}},
		{"متحدثا عن كون الفيلم يتناول", nil},
		{"لرئيس منتخب مدني", nil},
		// «إمام» is a family name spelled so, and «امام», as papers that
		// write no hamza spell «أمام», is the preposition; after a name,
		// before a mosque's name, «إمام» is the imam's office.
		{"ولاقت استجابة من عادل إمام وأحمد السقا", []node{
			{typ: "Person", name: "عادل إمام", exact: []string{"عادل إمام"}},
			{typ: "Person", name: "أحمد السقا", exact: []string{"أحمد السقا"}},
		}},
		{"الذي خسر الانتخابات امام هوغو تشافيز", []node{{typ: "Person", name: "هوغو تشافيز", exact: []string{"هوغو تشافيز"}}}},
		{"وقال الرئيس السوري امام هؤلاء", []node{{typ: "Country", name: "سوريا", nationality: []string{"السوري"}}}},
		{"قبل الهزيمة امام اسبانيا", []node{{typ: "Country", name: "إسبانيا", exact: []string{"اسبانيا"}}}},
		{"وقال الشيخ مظهر شاهين إمام مسجد عمر مكرم", []node{
			{typ: "Person", name: "مظهر شاهين", title: "الشيخ", exact: []string{"مظهر شاهين"}},
			{typ: "Place", name: "مسجد عمر مكرم", exact: []string{"مسجد عمر مكرم"}},
		}},
		{"بينما قال الشيخ عبد الله الشهاوى إمام وخطيب مسجد النور", []node{
			{typ: "Person", name: "عبد الله الشهاوى", title: "الشيخ", exact: []string{"عبد الله الشهاوى"}},
			{typ: "Place", name: "مسجد النور", exact: []string{"مسجد النور"}},
		}},
		// «صاحب» before the head of a body's name is the owner's office.
		{"المقدم من عبد الله بدر وعاطف عبد الرشيد صاحب قناة الحافظ", []node{
			{typ: "Person", name: "عبد الله بدر", exact: []string{"عبد الله بدر"}},
			{typ: "Person", name: "عاطف عبد الرشيد", exact: []string{"عاطف عبد الرشيد"}},
			{typ: "NewsMediaOrganization", name: "قناة الحافظ", exact: []string{"قناة الحافظ"}},
		}},
		// «منى» is also «مني» (from me) as Egyptian papers spell it, and
		// «ناديه» «نادي» and «ـه» (his club): so spelled, they begin a name
		// only where a word of a name follows.
		{"وطلبوا منى التدخل لانهم", nil},
		{"طلب منى حراسة المستشفى", nil},
		{"التي يعانيها مع ناديه السعودى والتركيز", []node{{typ: "Country", name: "المملكة العربية السعودية", nationality: []string{"السعودى"}}}},
		{"صدم بيريز، رئيس ناديه، بطلب", nil},
		{"وقالت منى الشاذلي إن", []node{{typ: "Person", name: "منى الشاذلي", exact: []string{"منى الشاذلي"}}}},
		{"ألقتها الدكتورة منى ذو الفقار نيابة عنه", []node{{typ: "Person", name: "منى ذو الفقار", title: "الدكتورة", exact: []string{"منى ذو الفقار"}}}},
		{"المهندسة ناديه حسونة رئيس حي", []node{{typ: "Person", name: "ناديه حسونة", title: "المهندسة", exact: []string{"ناديه حسونة"}}}},
		{"وقالت نادية التدخل", []node{{typ: "Person", name: "نادية التدخل", exact: []string{"نادية التدخل"}}}},
		// A month name is no person, even with an ordinal after it.
		{"في كانون الثاني", nil},
		// A proclitic on a title ends the name: «وزعيم» is و + زعيم.
		{"قال النائب كريم سعدون وزعيم الكتلة", []node{{typ: "Person", name: "كريم سعدون", title: "النائب", exact: []string{"كريم سعدون"}}}},
		// A name begins with a word Wikidata's names use often: «حياة»
		// of the first-name lists is a common word here.
		{"عاشوا حياة الفقراء", nil},
		// A proclitic before a first name, and an unknown word as the
		// second word of a name: «وأحمد الصحاف», «جيمس ماتيس».
		{"وصل وأحمد الصحاف", []node{{typ: "Person", name: "أحمد الصحاف", exact: []string{"أحمد الصحاف"}}}},
		// Past the second word, an unknown word ends the name.
		{"قال الوزير جيمس ماتيس سيزور", []node{{typ: "Person", name: "جيمس ماتيس", title: "الوزير", exact: []string{"جيمس ماتيس"}}}},
		// A verb of a report ends a name (stop.tsv): «ساليفان» alone, a
		// word no table knows, is then no name.
		{"وكان الوزير ساليفان زار بغداد", []node{{typ: "City", name: "بغداد", exact: []string{"بغداد"}}}},
		// A name does not run into a listed place of several words, and a
		// link counts toward the second word: «زيد بن حارث».
		{"اتهم رئيس الوزراء فؤاد السنيورة الولايات المتحدة", []node{
			{typ: "Person", name: "فؤاد السنيورة", title: "رئيس الوزراء", exact: []string{"فؤاد السنيورة"}},
			{typ: "Country", name: "الولايات المتحدة", exact: []string{"الولايات المتحدة"}},
		}},
		{"وقال الوزير زيد بن حارث أوضح", []node{{typ: "Person", name: "زيد بن حارث", title: "الوزير", exact: []string{"زيد بن حارث"}}}},
		// Directions are words of the sentence: «جنوب غرب» is no place,
		// and «غرب أفريقيا» is read as «جنوب لبنان» is.
		{"في منطقة جنوب غرب البلاد", nil},
		{"وفي غرب أفريقيا وجنوب لبنان", []node{
			{typ: "Place", name: "أفريقيا", exact: []string{"أفريقيا"}},
			{typ: "Country", name: "لبنان", exact: []string{"لبنان"}},
		}},
		// A listed name a head begins goes on only with an adjective of
		// relation: the council ends before «الأسبوع المقبل».
		{"ويتوصل مجلس الأمن الأسبوع المقبل إلى قرار", []node{{typ: "GovernmentOrganization", name: "مجلس الأمن الدولي", exact: []string{"مجلس الأمن"}}}},
		{"اجتمع مجلس الأمن القومي", []node{{typ: "GovernmentOrganization", name: "مجلس الأمن القومي", exact: []string{"مجلس الأمن القومي"}}}},
		// «علي» is the search form of the name and of «على»: a name where
		// the original spells it so and a name word or a link follows, or
		// after a title; where the original has «على» or «أمام», not
		// but for «على» after a title where a word of a name follows, as
		// Egyptian papers write a final ي: «الدكتور على جمعة».
		{"قال الرئيس علي عبد الله صالح إن", []node{{typ: "Person", name: "علي عبد الله صالح", title: "الرئيس", exact: []string{"علي عبد الله صالح"}}}},
		{"والتقى وعلي عبد الرحمن", []node{{typ: "Person", name: "علي عبد الرحمن", exact: []string{"علي عبد الرحمن"}}}},
		{"قتل الإمام علي في رمضان", []node{{typ: "Person", name: "علي", title: "الإمام", exact: []string{"علي"}}}},
		{"عتب على محمد صلاح", []node{{typ: "Person", name: "محمد صلاح", exact: []string{"محمد صلاح"}}}},
		{"عتب عـلـى محمد صلاح", []node{{typ: "Person", name: "محمد صلاح", exact: []string{"محمد صلاح"}}}},
		{"وقف علي الحدود", nil},
		{"يخلف الدكتور على جمعة الذى تنتهى فترته", []node{{typ: "Person", name: "على جمعة", title: "الدكتور", exact: []string{"على جمعة"}}}},
		{"قال اللواء على أبو زيد إن", []node{{typ: "Person", name: "على أبو زيد", title: "اللواء", exact: []string{"على أبو زيد"}}}},
		{"وشدد الوزير على حسن النية", nil},
		{"وأكد الرئيس على أهمية الحوار", nil},
		{"مباراة الفريق أمام فيتا كلوب غدا", nil},
		// The colloquial relative «اللي» ends a name as «الذي» does.
		{"وقال الفنان نبيل الحلفاوي اللي قدم الدور", []node{{typ: "Person", name: "نبيل الحلفاوي", title: "الفنان", exact: []string{"نبيل الحلفاوي"}}}},
		// «مفتي» is a title as «المفتي» is.
		{"وقال مفتي مصر شوقي علام", []node{
			{typ: "Country", name: "مصر", exact: []string{"مصر"}},
			{typ: "Person", name: "شوقي علام", title: "مفتي مصر", exact: []string{"شوقي علام"}}}},
		{"خسر أمام فرنسا", []node{{typ: "Country", name: "فرنسا", exact: []string{"فرنسا"}}}},
		// One place per search form: «عمان» is Oman, not Amman, in an
		// article that does not name Jordan (TestHomonyms); the states and
		// countries of libgeonames with their spellings.
		{"في سلطنة عمان ثم عمان", []node{{typ: "Country", name: "عُمان", exact: []string{"سلطنة عمان", "عمان"}}}},
		{"في محافظة الأنبار", []node{{typ: "AdministrativeArea", name: "الأنبار", exact: []string{"الأنبار"}}}},
		{"فاز منتخب توجو على الجابون", []node{
			{typ: "Country", name: "توجو", exact: []string{"توجو"}},
			{typ: "Country", name: "الجابون", exact: []string{"الجابون"}},
		}},
		// A word with ال begins no person's name: «الخامس عشر», «الفيس
		// بوك», which is Facebook (curated.tsv).
		{"في الخامس عشر من الشهر", nil},
		{"كتب على صفحته على الفيس بوك", []node{{typ: "Corporation", name: "فيسبوك", exact: []string{"الفيس بوك"}}}},
		// A name that ends with an ordinal or with the second part of a
		// compound (name_parts.tsv) has no one-word surname to find later.
		// A rarer name token with ال before a regnal ordinal is a name.
		{"حضر جنازة الملك الراحل الحسن الثاني", []node{{typ: "Person", name: "الحسن الثاني", title: "الملك الراحل", exact: []string{"الحسن الثاني"}}}},
		{"استقال البابا بنديكت السادس عشر. وفي الخامس عشر من مارس", []node{{typ: "Person", name: "بنديكت السادس عشر", title: "البابا", exact: []string{"بنديكت السادس عشر"}}}},
		{"قال محمد عصام الدين إن الدين", []node{{typ: "Person", name: "محمد عصام الدين", exact: []string{"محمد عصام الدين"}}}},
		// Words that begin WikiFANE's people's names are first names
		// (wikifane_first.tsv): one unknown word may follow them.
		{"قال ليون بانيتا إن بانيتا", []node{{typ: "Person", name: "ليون بانيتا", exact: []string{"ليون بانيتا", "بانيتا"}}}},
		{"وصرح بيل شانكلي بأن", []node{{typ: "Person", name: "بيل شانكلي", exact: []string{"بيل شانكلي"}}}},
		// A word that neither the tables nor the lexicon of everyday words
		// know goes on a name past its second word.
		{"قال جان مارك أيرولت إن أيرولت", []node{{typ: "Person", name: "جان مارك أيرولت", exact: []string{"جان مارك أيرولت", "أيرولت"}}}},
		// But not an everyday word («تجاوز», «سيزور»), a listed word
		// after a proclitic («بالجيزة»), a word after a family name with
		// ال, or after a country.
		{"قال جان مارك أيرولت سيزور", []node{{typ: "Person", name: "جان مارك أيرولت", exact: []string{"جان مارك أيرولت"}}}},
		// A verb of the present tense ends a name even second.
		{"وأكد الرئيس مبارك يمثل", []node{{typ: "Person", name: "مبارك", title: "الرئيس", exact: []string{"مبارك"}}}},
		{"قال محمد عبد الرحمن بالجيزة", []node{
			{typ: "Person", name: "محمد عبد الرحمن", exact: []string{"محمد عبد الرحمن"}},
			{typ: "City", name: "الجيزة", exact: []string{"الجيزة"}},
		}},
		{"الفريق عبد الفتاح السيسي بجضور", []node{{typ: "Person", name: "عبد الفتاح السيسي", title: "الفريق", exact: []string{"عبد الفتاح السيسي"}}}},
		{"إن فرنسا مازالت", []node{{typ: "Country", name: "فرنسا", exact: []string{"فرنسا"}}}},
		// Newspapers are listed (curated.tsv).
		{"ذكرت صحيفة نيويورك تايمز وواشنطن بوست", []node{
			{typ: "NewsMediaOrganization", name: "نيويورك تايمز", exact: []string{"نيويورك تايمز"}},
			{typ: "NewsMediaOrganization", name: "واشنطن بوست", exact: []string{"واشنطن بوست"}},
		}},
		// Seas, rivers and regions news names, and international
		// organizations, are listed (curated.tsv).
		{"على ضفاف النيل وفي دارفور", []node{
			{typ: "Place", name: "نهر النيل", exact: []string{"النيل"}},
			{typ: "Place", name: "دارفور", exact: []string{"دارفور"}},
		}},
		{"وصلت بعثة صندوق النقد الدولي", []node{{typ: "Organization", name: "صندوق النقد الدولي", exact: []string{"صندوق النقد الدولي"}}}},
		// Parties and movements: «والعدالة» is part of the name, not a
		// conjunction after it; «فتح» alone is a verb, «حركة فتح» listed.
		{"بيان حزب الحرية والعدالة وحركة فتح", []node{
			{typ: "Organization", name: "حزب الحرية والعدالة", exact: []string{"حزب الحرية والعدالة"}},
			{typ: "Organization", name: "حركة فتح", exact: []string{"حركة فتح"}},
		}},
		{"فتح باب الترشح", nil},
		{"أعلن حزب البناء والتنمية، الذراع السياسية للجماعة", []node{{typ: "Organization", name: "حزب البناء والتنمية", exact: []string{"حزب البناء والتنمية"}}}},
		// A ministry's or an authority's name may join a second portfolio
		// with و (heads.tsv, portfolios; stop.tsv, portfolio), but no other
		// body.
		{"أعلنت وزارة التربية والتعليم أن", []node{{typ: "GovernmentOrganization", name: "وزارة التربية والتعليم", exact: []string{"وزارة التربية والتعليم"}}}},
		{"قرار وزارة التموين والتجارة الداخلية بشأن", []node{{typ: "GovernmentOrganization", name: "وزارة التموين والتجارة الداخلية", exact: []string{"وزارة التموين والتجارة الداخلية"}}}},
		{"قال رئيس اتحاد الإذاعة والتليفزيون إن", []node{{typ: "Organization", name: "اتحاد الإذاعة والتليفزيون", exact: []string{"اتحاد الإذاعة والتليفزيون"}}}},
		{"التنسيق بين وزارة الداخلية والأجهزة الأمنية", []node{{typ: "GovernmentOrganization", name: "وزارة الداخلية", exact: []string{"وزارة الداخلية"}}}},
		// After the conjunction, a Wikidata name token begins a name as a
		// listed first name does, but not before an everyday word with ال.
		{"حضر الوزير وسعيد محمود", []node{{typ: "Person", name: "سعيد محمود", exact: []string{"سعيد محمود"}}}},
		{"رحب بهم وكرم الضيافة", nil},
		// A name token as it stands is not a proclitic and a town:
		// «بشير» is no ب + «شير».
		{"وإن بشير ثم", nil},
		// After a verb of saying, a name token or a word no table and no
		// dictionary knows may stand alone, and a name goes on as after a
		// title; not a role («أمين عام»).
		{"وقال فابيوس إن", []node{{typ: "Person", name: "فابيوس", exact: []string{"فابيوس"}}}},
		{"وأكد حمدين صباحي أن", []node{{typ: "Person", name: "حمدين صباحي", exact: []string{"حمدين صباحي"}}}},
		{"وقال رشوان إن", []node{{typ: "Person", name: "رشوان", exact: []string{"رشوان"}}}},
		{"وقال كارتر للإذاعة إن", []node{{typ: "Person", name: "كارتر", exact: []string{"كارتر"}}}},
		// A listed first name that is no Wikidata token begins a name of
		// two words or more there, if the lexicon does not know it or a
		// name word follows; a third word with ال must be a name word.
		{"وقال معاذ الخطيب إن الائتلاف", []node{{typ: "Person", name: "معاذ الخطيب", exact: []string{"معاذ الخطيب"}}}},
		{"وأكد إيهاب خاطر المنسق العام للحركة", []node{{typ: "Person", name: "إيهاب خاطر", exact: []string{"إيهاب خاطر"}}}},
		{"وقال بيان صادر عن الحزب إن", nil},
		// After a title, one word no table and no dictionary knows is a
		// name too.
		{"التقى البابا تواضروس", []node{{typ: "Person", name: "تواضروس", title: "البابا", exact: []string{"تواضروس"}}}},
		// After a title, an everyday word before a word with ال, or behind
		// ل or ب, heads a construct: a role or a body, not a name.
		{"وقال مدير أمن المنيا", []node{{typ: "AdministrativeArea", name: "المنيا", exact: []string{"المنيا"}}}},
		{"وقال رئيس مباحث القسم", nil},
		{"مساعد وزير الخارجية للشئون القنصلية", nil},
		// So is one before a listed entity that is no person.
		{"قال نائب وزير خارجية روسيا إن", []node{{typ: "Country", name: "روسيا", exact: []string{"روسيا"}}}},
		// A name the search form spells with ال because it drops the
		// hamza («ألبرت») has no article; a word spelled so is a word.
		{"وقال ألكسندر لوكاشنكو إن ألبرت أينشتاين", []node{
			{typ: "Person", name: "ألكسندر لوكاشنكو", exact: []string{"ألكسندر لوكاشنكو"}},
			{typ: "Person", name: "ألبرت أينشتاين", exact: []string{"ألبرت أينشتاين"}},
		}},
		{"الرئيس التونسي ألغى زيارته على مساحة ألف ميل", []node{{typ: "Country", name: "تونس", nationality: []string{"التونسي"}}}},
		{"وقال أمين عام الحزب", nil},
		// A rarer name token that is also an everyday word is a name there
		// too, but not before a word with ال or a noun: a role.
		{"وقال عاشور إن", []node{{typ: "Person", name: "عاشور", exact: []string{"عاشور"}}}},
		{"وقال مقدم البرنامج إن", nil},
		// A nationality adjective used as a noun: a listed first name or
		// an unknown word after it is a person; the adjective is still
		// the country's.
		{"وسجل البرازيلي رونالدينيو هدفا", []node{
			{typ: "Country", name: "البرازيل", nationality: []string{"البرازيلي"}},
			{typ: "Person", name: "رونالدينيو", exact: []string{"رونالدينيو"}},
		}},
		// A name token of Wikidata's that is an everyday word too begins a
		// name of two words there, not one alone; the two parts of a
		// compound name count as one word.
		{"اغتيل المعارض اليساري التونسي شكري بلعيد أمس", []node{
			{typ: "Country", name: "تونس", nationality: []string{"التونسي"}},
			{typ: "Person", name: "شكري بلعيد", exact: []string{"شكري بلعيد"}},
		}},
		{"وأعرب المصري شكري عن أمله", []node{{typ: "Country", name: "مصر", nationality: []string{"المصري"}}}},
		// A plural or a dual stands before no one's name: the verb's
		// object follows it.
		{"يجري بائعو التجزئة البريطانيون فحوصات للكشف عن", []node{{typ: "Country", name: "المملكة المتحدة", nationality: []string{"البريطانيون"}}}},
		{"ويقول العراقيان كوميجل وحيدر إن", []node{{typ: "Country", name: "العراق", nationality: []string{"العراقيان"}}}},
		// A given name of the team's list that Wikidata's tokens lack.
		{"تمثال لرائد علم المصريات فرانسوا شامبليون في باريس", []node{
			{typ: "Country", name: "مصر", nationality: []string{"المصريات"}},
			{typ: "Person", name: "فرانسوا شامبليون", exact: []string{"فرانسوا شامبليون"}},
			{typ: "City", name: "باريس", exact: []string{"باريس"}},
		}},
		// A governorate's security chief: the office is the job title,
		// not the rank after it.
		{"وقال مدير أمن القاهرة اللواء أسامة الصغير إن", []node{
			{typ: "City", name: "القاهرة", exact: []string{"القاهرة"}},
			{typ: "Person", name: "أسامة الصغير", title: "مدير أمن القاهرة", exact: []string{"أسامة الصغير"}},
		}},
		// After a title that a listed place completes, one word that is
		// the sentence's is no name: the preposition, a verb.
		{"وقال إن مدير أمن بورسعيد وعد أكثر من مرة", []node{{typ: "City", name: "بورسعيد", exact: []string{"بورسعيد"}}}},
		{"وشدد محافظ القاهرة علي أن توفيق الأوضاع", []node{{typ: "City", name: "القاهرة", exact: []string{"القاهرة"}}}},
		{"محافظ اسيوط يكافىء فريق حملة", []node{{typ: "City", name: "أسيوط", exact: []string{"اسيوط"}}}},
		// A title that ends with ال takes no place after it: the place is
		// the name's first word, or the sentence's.
		{"وقال اللواء عابدين يوسف مدير الأمن", []node{{typ: "Person", name: "عابدين يوسف", title: "اللواء", exact: []string{"عابدين يوسف"}}}},
		{"وزار الرئيس الصومالي واشنطن يناير الماضي", []node{
			{typ: "Country", name: "الصومال", nationality: []string{"الصومالي"}},
			{typ: "City", name: "واشنطن", exact: []string{"واشنطن"}},
		}},
		{"يلعب دور الرئيس لأول مرة بسبب", nil},
		// An adjective that says which bodies are meant is no part of
		// a body's name.
		{"مع أفراد قطاعات وزارة الداخلية المختلفة", []node{{typ: "GovernmentOrganization", name: "وزارة الداخلية", exact: []string{"وزارة الداخلية"}}}},
		// «جده» is his grandfather and «وجده» found him: the towns the
		// lists spell so are «جدة» and «وجدة»; «بوجه عام» is "in
		// general".
		{"تعلم النخوة من جده الذى", nil},
		{"وجده واقفا أمام البيت", nil},
		{"لا يمكن أن نذهب بوجه عام إلى", nil},
		// «فأس» is an axe, «فاس» Fez: the search form spells both «فاس».
		{"قام بالتعدي عليها بفأس، ما أودى بحياتها", nil},
		{"وعاد إلى فاس كموفد من والده", []node{{typ: "City", name: "فاس", exact: []string{"فاس"}}}},
		{"في الرياض وجدة والمدينة", []node{
			{typ: "City", name: "الرياض", exact: []string{"الرياض"}},
			{typ: "City", name: "جدة", exact: []string{"جدة"}}}},
		// «العاشر من رمضان» is a city where a place is expected, and the
		// date of the 1973 war elsewhere; «مدينة الإنتاج» is short for
		// the media city.
		{"مقيم بالعاشر من رمضان", []node{{typ: "City", name: "العاشر من رمضان", exact: []string{"العاشر من رمضان"}}}},
		{"في ذكرى حرب العاشر من رمضان", nil},
		{"أمام مدينة الإنتاج للمطالبة", []node{{typ: "Place", name: "مدينة الإنتاج الإعلامي", exact: []string{"مدينة الإنتاج"}}}},
		// Egyptian «عاوز» (wants) and «لا مناص» (no escape) name no one.
		{"الرئيس عاوز المعارضة تتصور معاه", nil},
		{"ولكنه لا مناص منه لحماية الدعوة", nil},
		// «آنذاك» ("then") is no one's name.
		{"وقال وزير الدفاع آنذاك ليون بانيتا", []node{{typ: "Person", name: "ليون بانيتا", exact: []string{"ليون بانيتا"}}}},
		// Nor is «مكان», «بدلا» or «خلفا» (in place of, succeeding): «حل
		// برنار كازنوف مكان كاهوزاك» is one man replacing another.
		{"وحل برنار كازنوف مكان كاهوزاك على طاولة", []node{{typ: "Person", name: "برنار كازنوف", exact: []string{"برنار كازنوف"}}}},
		{"وتولت الدكتورة هبة خلفا لها", []node{{typ: "Person", name: "هبة", title: "الدكتورة", exact: []string{"هبة"}}}},
		// «علي» after a first name and before the clause ends is the name,
		// however it is spelled; before «أن» it is the preposition of
		// «أكد على أن».
		{"وصرح المتحدث باسم الرئاسة ياسر علي بأن", []node{{typ: "Person", name: "ياسر علي", title: "المتحدث باسم الرئاسة", exact: []string{"ياسر علي"}}}},
		{"وقال خالد على، المحامي، إن", []node{{typ: "Person", name: "خالد على", exact: []string{"خالد على"}}}},
		{"وأكد ياسر علي أن الرئاسة", []node{{typ: "Person", name: "ياسر", exact: []string{"ياسر"}}}},
		// Between two first names, or before «عبد», it is the father's
		// name, spelled with ى as Egyptian papers spell it; after a
		// first name before an everyday word it stays the preposition.
		{"وقال المستشار حسين على حسين", []node{{typ: "Person", name: "حسين على حسين", title: "المستشار", exact: []string{"حسين على حسين"}}}},
		{"التحقيق مع أحمد على محمد سالم عضو الجماعة", []node{{typ: "Person", name: "أحمد على محمد سالم", exact: []string{"أحمد على محمد سالم"}}}},
		{"ملك محمد على عبد الله، وتبين", []node{{typ: "Person", name: "محمد على عبد الله", exact: []string{"محمد على عبد الله"}}}},
		{"وأكد ياسر على ضرورة الحوار", []node{{typ: "Person", name: "ياسر", exact: []string{"ياسر"}}}},
		// So before a title in apposition, though no title of the table
		// follows whole; but not before the title of the next person.
		{"واكد ياسر على المتحدث الرسمي لرئاسة الجمهورية", []node{
			{typ: "Person", name: "ياسر على", exact: []string{"ياسر على"}},
			{typ: "Organization", name: "رئاسة الجمهورية", exact: []string{"رئاسة الجمهورية"}}}},
		{"وقال خالد على المرشح الرئاسي السابق", []node{{typ: "Person", name: "خالد على", exact: []string{"خالد على"}}}},
		{"وعلق ياسر على الرئيس محمد مرسي", []node{{typ: "Person", name: "محمد مرسي", title: "الرئيس", exact: []string{"محمد مرسي"}}}},
		// After a frequent name token that the given names lack, too:
		// «عمرو», «حسن».
		{"وأكد المهندس عمرو على عضو الهيئة العليا", []node{{typ: "Person", name: "عمرو على", title: "المهندس", exact: []string{"عمرو على"}}}},
		// Before a name word after which the clause ends or a title
		// follows; not before a noun in construct.
		{"وقال الدكتور عمار على حسن، الباحث السياسى", []node{{typ: "Person", name: "عمار على حسن", title: "الدكتور", exact: []string{"عمار على حسن"}}}},
		{"وقال الدكتور محمد على بشر وزير التنمية المحلية", []node{{typ: "Person", name: "محمد على بشر", title: "الدكتور", exact: []string{"محمد على بشر"}}}},
		{"وشدد الدكتور عمار على حسن النية", []node{{typ: "Person", name: "عمار", title: "الدكتور", exact: []string{"عمار"}}}},
		{"إن الإسلام حافظ على تراث الحضارات", nil},
		// Between a word and itself, though the word is an everyday one:
		// a son named for his grandfather.
		{"وقال الدكتور عزازى على عزازى، عضو مجلس أمناء التيار", []node{{typ: "Person", name: "عزازى على عزازى", title: "الدكتور", exact: []string{"عزازى على عزازى"}}}},
		{"مع الدكتور نافع على نافع نائب رئيس الحزب", []node{{typ: "Person", name: "نافع على نافع", title: "الدكتور", exact: []string{"نافع على نافع"}}}},
		// So after a link: no preposition stands before a comma.
		{"لحقوق الإنسان، صلاح بن على، أعرب فيه", []node{{typ: "Person", name: "صلاح بن على", exact: []string{"صلاح بن على"}}}},
		{"دعا الدكتور سلطان أبو على، وزير الاقتصاد الأسبق", []node{{typ: "Person", name: "سلطان أبو على", title: "الدكتور", exact: []string{"سلطان أبو على"}}}},
		// «السيد» between two name words is the father's name, as many
		// Egyptians are named; before or after a listed person it is Mr.
		{"وقال محمد السيد إبراهيم، رئيس النقابة", []node{{typ: "Person", name: "محمد السيد إبراهيم", exact: []string{"محمد السيد إبراهيم"}}}},
		{"وقال وزير المالية المرسي السيد حجازي في يناير", []node{{typ: "Person", name: "المرسي السيد حجازي", title: "وزير المالية", exact: []string{"المرسي السيد حجازي"}}}},
		{"ومحمد السيد السيد مصطفى، وشهرته مناديلو", []node{{typ: "Person", name: "محمد السيد السيد مصطفى", exact: []string{"محمد السيد السيد مصطفى"}}}},
		{"استقبل الرئيس محمود عباس السيد جون كيري", []node{
			{typ: "Person", name: "محمود عباس", title: "الرئيس", exact: []string{"محمود عباس"}},
			{typ: "Person", name: "جون كيري", title: "السيد", exact: []string{"جون كيري"}}}},
		// «حداد» and «أرواح» are first names of the lists: a minute's
		// silence is a phrase (stop.tsv).
		{"وقفوا دقيقة حداد على أرواح الشهداء", nil},
		// A byline: the reporter's name on a line of its own between the
		// headline and the text, «على» as the name Ali. Not a country, not
		// the conjunction.
		{"إخلاء سبيل متهمين\n\nمروة على\n\nقررت غرفة المشورة", []node{{typ: "Person", name: "مروة على", exact: []string{"مروة على"}}}},
		{"سرقة بمكتب صرافة\n\nمحمد بسيونى\n\nألقت مباحث", []node{{typ: "Person", name: "محمد بسيونى", exact: []string{"محمد بسيونى"}}}},
		{"عنوان الخبر\n\nجمال مصر\n\nقال الوزير", []node{{typ: "Country", name: "مصر", exact: []string{"مصر"}}}},
		{"عنوان الخبر\nمريم وبس\nاللى اتقبض عليهم", nil},
		// Or after «كتب» and a dash, before a colon; the site's editor is
		// no one's name.
		{"حجارة عند كوبري\n\nكتبت - راتان جميل:\n\nتداول رواد", []node{{typ: "Person", name: "راتان جميل", exact: []string{"راتان جميل"}}}},
		{"كتب ـ صهيب ياسين:\nخاطب النائب العام", []node{{typ: "Person", name: "صهيب ياسين", exact: []string{"صهيب ياسين"}}}},
		{"كتب ـ محرر مصراوي :\nتقدم", []node{{typ: "NewsMediaOrganization", name: "مصراوي", exact: []string{"مصراوي"}}}},
		{"كتبت - ندا عمر:\nأكد", []node{{typ: "Person", name: "ندا عمر", exact: []string{"ندا عمر"}}}},
		{"كتبت - دعاء ابو النصر:\nأكد", []node{{typ: "Person", name: "دعاء ابو النصر", exact: []string{"دعاء ابو النصر"}}}},
		{"كتب - أ ش أ:\nقال", []node{{typ: "NewsMediaOrganization", name: "وكالة أنباء الشرق الأوسط", exact: []string{"أ ش أ"}}}},
		{"ترجمة: منار طارق\nقالت", []node{{typ: "Person", name: "منار طارق", exact: []string{"منار طارق"}}}},
		// Or after a dateline and a dash, before a colon or the line's
		// end; not letters.
		{"قنا - حسان عبداللطيف:\nقال", []node{
			{typ: "City", name: "قنا", exact: []string{"قنا"}},
			{typ: "Person", name: "حسان عبداللطيف", exact: []string{"حسان عبداللطيف"}},
		}},
		{"القاهرة - ش أ\nقال", []node{{typ: "City", name: "القاهرة", exact: []string{"القاهرة"}}}},
		{"بون - دويتشه فيله\nقال", []node{
			{typ: "City", name: "بون", exact: []string{"بون"}},
			{typ: "NewsMediaOrganization", name: "دويتشه فيله", exact: []string{"دويتشه فيله"}},
		}},
		// A foreign family name in W is written with و: a Wikidata name
		// token, or after a foreign first name a word no table and no
		// dictionary knows; an Arab name after و is the next person.
		{"وشارك ديفيد هاسلهوف وهنري وينكلر في الفيلم", []node{
			{typ: "Person", name: "ديفيد هاسلهوف", exact: []string{"ديفيد هاسلهوف"}},
			{typ: "Person", name: "هنري وينكلر", exact: []string{"هنري وينكلر"}},
		}},
		{"وقال مايك وولدريج إن", []node{{typ: "Person", name: "مايك وولدريج", exact: []string{"مايك وولدريج"}}}},
		{"التقى أيمن نور والكتاتني", []node{{typ: "Person", name: "أيمن نور", exact: []string{"أيمن نور"}}}},
		// «آية» with madda is the given name; «أية» ("any") the function
		// word the search form spells alike.
		{"كتبت - آية رمزي:\nأعلن", []node{{typ: "Person", name: "آية رمزي", exact: []string{"آية رمزي"}}}},
		{"ولا توجد أية رمزية في ذلك", nil},
		// A title of two words or more ends a name: «صادق» is the verb.
		{"كيف صادق آية الله الخميني على قتل", []node{{typ: "Person", name: "روح الله الخميني", title: "آية الله", exact: []string{"الخميني"}}}},
		// A person that WikiFANE lists with the title is read as the
		// title rules read it: «فهد», jobTitle «الملك».
		{"وقال الملك فهد إن", []node{{typ: "Person", name: "فهد", title: "الملك", exact: []string{"فهد"}}}},
		{"وقال آية الله خامنئي إن", []node{{typ: "Person", name: "علي خامنئي", title: "آية الله", exact: []string{"خامنئي"}}}},
		// A village may be named after a sheikh or an imam.
		{"ومقيم بقرية الإمام مالك بوادي النطرون", []node{
			{typ: "Place", name: "الإمام مالك", exact: []string{"الإمام مالك"}},
			{typ: "Place", name: "وادي النطرون", exact: []string{"وادي النطرون"}},
		}},
		// England and Scotland have adjectives of their own
		// (nisba_extra.tsv), which a title takes; with a proclitic such an
		// adjective is no part of a paper's name, and behind ب it names a
		// language.
		{"وأكد المدرب الاسكتلندي أليكس فيرغسون أن", []node{
			{typ: "AdministrativeArea", name: "اسكتلندا", nationality: []string{"الاسكتلندي"}},
			{typ: "Person", name: "أليكس فيرغسون", title: "المدرب الاسكتلندي", exact: []string{"أليكس فيرغسون"}},
		}},
		{"نشرته صحيفة الأهرام بالإنجليزية أمس", []node{{typ: "NewsMediaOrganization", name: "صحيفة الأهرام", exact: []string{"صحيفة الأهرام"}}}},
		// An adjective that names a language links no country.
		{"وهو يتحدث الفرنسية ويكتب بالإيطالية", nil},
		{"درس اللغة الإنجليزية مع خبراء من الشركات الأمريكية", []node{{typ: "Country", name: "الولايات المتحدة", nationality: []string{"الأمريكية"}}}},
		{"توفي المواطن المصري عزت حكيم عطا الله في", []node{
			{typ: "Country", name: "مصر", nationality: []string{"المصري"}},
			{typ: "Person", name: "عزت حكيم عطا الله", exact: []string{"عزت حكيم عطا الله"}},
		}},
		// A title names a man by a compound given name alone rarely: the
		// word before a comma after it is his family name, an everyday
		// word too («الشحات», a beggar), but not a function word.
		{"قال المهندس عبد المنعم الشحات، المتحدث الرسمي. وأضاف الشحات أن", []node{
			{typ: "Person", name: "عبد المنعم الشحات", title: "المهندس", exact: []string{"عبد المنعم الشحات", "الشحات"}},
		}},
		{"رأس الحزب المهندس أبو العلا ماضى، وحضره", []node{{typ: "Person", name: "أبو العلا ماضى", title: "المهندس", exact: []string{"أبو العلا ماضى"}}}},
		{"وأكد الدكتور عبد المنعم اليوم، أن", []node{{typ: "Person", name: "عبد المنعم", title: "الدكتور", exact: []string{"عبد المنعم"}}}},
		// Before another break, a function word, only a word no table and
		// no dictionary knows: not the verb's object, nor a verbal noun.
		{"قال وزير الصحة الأردني عبد اللطيف وريكات اليوم الأربعاء إن", []node{{typ: "Country", name: "الأردن", nationality: []string{"الأردني"}}, {typ: "Person", name: "عبد اللطيف وريكات", title: "وزير الصحة الأردني", exact: []string{"عبد اللطيف وريكات"}}}},
		{"وقدم الفنان عبد الوهاب مجموعة من أعماله", []node{{typ: "Person", name: "عبد الوهاب", title: "الفنان", exact: []string{"عبد الوهاب"}}}},
		{"ورفض الدكتور حجاج استمرار وصف الحزب", []node{{typ: "Person", name: "حجاج", title: "الدكتور", exact: []string{"حجاج"}}}},
		{"وقال الدكتور محمد العدل، عضو الجبهة", []node{{typ: "Person", name: "محمد العدل", title: "الدكتور", exact: []string{"محمد العدل"}}}},
		{"طالبات مدرسة السيدة زينب الثانوية، وقال", []node{{typ: "Place", name: "السيدة زينب", exact: []string{"السيدة زينب"}}}},
		// Schools and stadiums named by a person are places (heads.tsv);
		// one named by a listed place is that place, and one behind a
		// proclitic says where the school is.
		{"اقتحموا مدرسة فؤاد عويس الإعدادية", []node{{typ: "Place", name: "مدرسة فؤاد عويس", exact: []string{"مدرسة فؤاد عويس"}}}},
		{"تدرب الفريق على ملعب مختار التتش", []node{{typ: "Place", name: "ملعب مختار التتش", exact: []string{"ملعب مختار التتش"}}}},
		{"قضية مذبحة استاد بورسعيد", []node{{typ: "City", name: "بورسعيد", exact: []string{"بورسعيد"}}}},
		{"مدرس في مدرسة بالسويس", []node{{typ: "City", name: "السويس", exact: []string{"السويس"}}}},
		{"لاعب على ملعب المباراة", nil},
		// The first part of a compound name goes on a name though no list
		// has it alone: «عز» of «عز الدين».
		{"وكان اللواء أمين عز الدين مدير أمن", []node{{typ: "Person", name: "أمين عز الدين", title: "اللواء", exact: []string{"أمين عز الدين"}}}},
		{"قال محمود فتحي عز الدين إن", []node{{typ: "Person", name: "محمود فتحي عز الدين", exact: []string{"محمود فتحي عز الدين"}}}},
		{"قال المسؤول الأمريكي إن", []node{{typ: "Country", name: "الولايات المتحدة", nationality: []string{"الأمريكي"}}}},
		// A nationality adjective that does not agree with the head before
		// it belongs to a noun before that: the minister is Chinese, and
		// «الخارجية» is his title's, no ministry.
		{"قال وزير الخارجية الصيني إن", []node{{typ: "Country", name: "الصين", nationality: []string{"الصيني"}}}},
		{"وقالت الخارجية الصينية إن", []node{{typ: "GovernmentOrganization", name: "الخارجية الصينية", exact: []string{"الخارجية الصينية"}}}},
		{"وقال مسؤول إن", nil},
		// Other spellings of a country are that country, by its id.
		{"زار الدنمارك ثم الدانمرك وتركمنستان", []node{
			{typ: "Country", name: "الدانمرك", exact: []string{"الدنمارك", "الدانمرك"}},
			{typ: "Country", name: "تركمانستان", exact: []string{"تركمنستان"}},
		}},
		// After a foreign name word, an everyday word with ال is what the
		// sentence says of the person, not a family name; an Arab name
		// written as one word («عبدالفتاح») and a first word go on.
		{"وكان الالماني تومي هاس المصنف 15", []node{
			{typ: "Country", name: "ألمانيا", nationality: []string{"الالماني"}},
			{typ: "Person", name: "تومي هاس", exact: []string{"تومي هاس"}},
		}},
		{"وأدى الرئيس نيكولاس مادورو اليمين", []node{{typ: "Person", name: "نيكولاس مادورو", title: "الرئيس", exact: []string{"نيكولاس مادورو"}}}},
		{"التقى الفريق محمد عبدالرحيم الشاطر", []node{{typ: "Person", name: "محمد عبدالرحيم الشاطر", title: "الفريق", exact: []string{"محمد عبدالرحيم الشاطر"}}}},
		// Nor does a foreign name go on with an everyday word behind a
		// preposition or the future's س.
		{"وأدلى الرئيس مورالس بتصريح", []node{{typ: "Person", name: "مورالس", title: "الرئيس", exact: []string{"مورالس"}}}},
		// A body named by a head with ال, an adjective and what it is for
		// in ل (heads.tsv, needs relation).
		{"أعلنت اللجنة العليا للانتخابات الرئاسية أن", []node{{typ: "Organization", name: "اللجنة العليا للانتخابات الرئاسية", exact: []string{"اللجنة العليا للانتخابات الرئاسية"}}}},
		{"وقال عضو المجلس القومي لحقوق الإنسان إن", []node{{typ: "GovernmentOrganization", name: "المجلس القومي لحقوق الإنسان", exact: []string{"المجلس القومي لحقوق الإنسان"}}}},
		// «المرصد» heads such a name; «الشرعية» is an adjective of a
		// body's name (stop.tsv, institutional); a second noun of the
		// portfolios after و goes on with it.
		{"أعلن المرصد المصري للحقوق والحريات أن", []node{{typ: "Organization", name: "المرصد المصري للحقوق والحريات", exact: []string{"المرصد المصري للحقوق والحريات"}}}},
		{"استقال من عضوية الهيئة الشرعية للحقوق والإصلاح أمس", []node{{typ: "Organization", name: "الهيئة الشرعية للحقوق والإصلاح", exact: []string{"الهيئة الشرعية للحقوق والإصلاح"}}}},
		// A company, an organization or a foundation no list has goes on
		// with what it is for, in ل (heads.tsv, purpose): a noun with ال
		// behind «لل», or a noun and the noun with ال it governs.
		{"وقال رئيس شركة النصر للسيارات إن", []node{{typ: "Corporation", name: "شركة النصر للسيارات", exact: []string{"شركة النصر للسيارات"}}}},
		{"أعلنت شركة العامرية لتكرير البترول أن", []node{{typ: "Corporation", name: "شركة العامرية لتكرير البترول", exact: []string{"شركة العامرية لتكرير البترول"}}}},
		{"وقال رئيس منظمة الاتحاد المصري لحقوق الإنسان إن", []node{{typ: "Organization", name: "منظمة الاتحاد المصري لحقوق الإنسان", exact: []string{"منظمة الاتحاد المصري لحقوق الإنسان"}}}},
		{"وطالبت مؤسسة الأقصى للوقف والتراث بوقف", []node{{typ: "Organization", name: "مؤسسة الأقصى للوقف والتراث", exact: []string{"مؤسسة الأقصى للوقف والتراث"}}}},
		// Not after a listed body, nor a verbal noun that governs a
		// preposition, nor a body no head of the flag names: a
		// university's «لشئون» is its vice-president's portfolio.
		{"ودعت مؤسسة الرئاسة للحوار", []node{{typ: "GovernmentOrganization", name: "مؤسسة الرئاسة", exact: []string{"مؤسسة الرئاسة"}}}},
		{"وفد من شركة المياه للوقوف على أسباب", []node{{typ: "Corporation", name: "شركة المياه", exact: []string{"شركة المياه"}}}},
		{"وقال نائب رئيس جامعة القاهرة لشئون التعليم والطلاب إن", []node{{typ: "CollegeOrUniversity", name: "جامعة القاهرة", exact: []string{"جامعة القاهرة"}}}},
		{"دعت الشرعية للحوار", nil},
		// The public prosecution and Egypt's offices (curated.tsv).
		{"أحالت نيابة أمن الدولة العليا المتهمين إلى النيابة العامة وجهاز الكسب غير المشروع", []node{
			{typ: "GovernmentOrganization", name: "نيابة أمن الدولة العليا", exact: []string{"نيابة أمن الدولة العليا"}},
			{typ: "GovernmentOrganization", name: "النيابة العامة", exact: []string{"النيابة العامة"}},
			{typ: "GovernmentOrganization", name: "جهاز الكسب غير المشروع", exact: []string{"جهاز الكسب غير المشروع"}},
		}},
		// Hotels (heads.tsv, needs brand): a foreign name or a word with
		// ال that is no everyday word; a later word in و is the list's
		// next name.
		{"اقتحموا فندق سميراميس وشبرد ثم فندق الإقامة", []node{
			{typ: "Hotel", name: "فندق سميراميس", exact: []string{"فندق سميراميس"}},
		}},
		{"عقد المؤتمر في فندق الشيراتون", []node{{typ: "Hotel", name: "فندق الشيراتون", exact: []string{"فندق الشيراتون"}}}},
		// Egypt's television channels and bodies no head rule reads
		// (curated.tsv).
		{"وقال في تصريحات لقناة أون تي في إن حركة أطباء بلا حقوق ونادي ضباط الشرطة", []node{
			{typ: "NewsMediaOrganization", name: "أون تي في", exact: []string{"أون تي في"}},
			{typ: "Organization", name: "أطباء بلا حقوق", exact: []string{"حركة أطباء بلا حقوق"}},
			{typ: "Organization", name: "نادي ضباط الشرطة", exact: []string{"نادي ضباط الشرطة"}},
		}},
		// The armed forces named alone (curated.tsv): a body, which a
		// title goes on over to the person's.
		{"قال رئيس أركان حرب القوات المسلحة الفريق صدقي صبحي إن القوات المسلحة", []node{
			{typ: "GovernmentOrganization", name: "القوات المسلحة", exact: []string{"القوات المسلحة", "القوات المسلحة"}},
			{typ: "Person", name: "صدقي صبحي", title: "رئيس أركان حرب القوات المسلحة", exact: []string{"صدقي صبحي"}},
		}},
		// The Syrian Observatory, in full and short (curated.tsv).
		{"قال المرصد السوري لحقوق الانسان إن 70 قتلوا، بحسب المرصد السوري", []node{
			{typ: "Organization", name: "المرصد السوري لحقوق الإنسان", exact: []string{"المرصد السوري لحقوق الانسان", "المرصد السوري"}},
		}},
		{"وقالت الشركة المصرية للاتصالات إن", []node{{typ: "Corporation", name: "الشركة المصرية للاتصالات", exact: []string{"الشركة المصرية للاتصالات"}}}},
		// A complement that is an everyday phrase of stop.tsv is no body
		// of the lists, though WikiFANE has «التامين الصحي» too.
		{"قالت الهيئة العامة للتأمين الصحي إن الخدمة", []node{{typ: "Organization", name: "الهيئة العامة للتأمين الصحي", exact: []string{"الهيئة العامة للتأمين الصحي"}}}},
		// Nouns joined by و go on the complement, but a head begins the
		// next name.
		{"رئيس الجهاز المركزي للتعبئة العامة والإحصاء، إن", []node{{typ: "GovernmentOrganization", name: "الجهاز المركزي للتعبئة العامة والإحصاء", exact: []string{"الجهاز المركزي للتعبئة العامة والإحصاء"}}}},
		// «الجنائية» begins «الجنائية الدولية» of the lists, which is not
		// there: a coordinated noun still.
		{"وقال المركز القومي للبحوث الاجتماعية والجنائية إن", []node{{typ: "Organization", name: "المركز القومي للبحوث الاجتماعية والجنائية", exact: []string{"المركز القومي للبحوث الاجتماعية والجنائية"}}}},
		{"اللجنة العليا للانتخابات والمجلس القومي للمرأة", []node{
			{typ: "Organization", name: "اللجنة العليا للانتخابات", exact: []string{"اللجنة العليا للانتخابات"}},
			{typ: "GovernmentOrganization", name: "المجلس القومي للمرأة", exact: []string{"المجلس القومي للمرأة"}},
		}},
		// Not without the complement, nor with an adjective of another
		// kind, nor after a listed body, nor where the complement is a
		// body or a head: it is another's office. («المجلس العسكري» is
		// listed, Egypt's ruling council of 2011, without the complement.)
		{"وقرر المجلس العسكري للبلاد", []node{{typ: "GovernmentOrganization", name: "المجلس العسكري", exact: []string{"المجلس العسكري"}}}},
		{"وقرر المجلس الحربي للبلاد", nil},
		{"بدأ الجهاز الفني للمنتخب الاستعداد", nil},
		{"وذكر المركز الثاني للفريق", nil},
		{"وقالت اللجنة العليا لانتخابات الحركة إن", nil},
		{"التقى مبعوث الاتحاد الأوروبي لجنوب المتوسط", []node{{typ: "GovernmentOrganization", name: "الاتحاد الأوروبي", exact: []string{"الاتحاد الأوروبي"}}}},
		{"وقررت الهيئة العليا لحزب النور", []node{{typ: "Organization", name: "حزب النور", exact: []string{"حزب النور"}}}},
		// Such a head does not end a name another head began.
		{"قرار مجلس الدولة في", []node{{typ: "GovernmentOrganization", name: "مجلس الدولة", exact: []string{"مجلس الدولة"}}}},
		// The Wikidata list of cities gave some towns the label of another
		// item; gazgen leaves such labels out.
		{"قال الزعيم الصيني ماو تسي تونغ إن", []node{
			{typ: "Country", name: "الصين", nationality: []string{"الصيني"}},
			{typ: "Person", name: "ماو تسي تونغ", title: "الزعيم الصيني", exact: []string{"ماو تسي تونغ"}},
		}},
		// News agencies by their names and by the letters of a dateline.
		{"القاهرة (أ ش أ) ذكرت وكالة أنباء الشرق الأوسط", []node{
			{typ: "City", name: "القاهرة", exact: []string{"القاهرة"}},
			{typ: "NewsMediaOrganization", name: "وكالة أنباء الشرق الأوسط", exact: []string{"أ ش أ", "وكالة أنباء الشرق الأوسط"}},
		}},
		// The dateline letters written with dots.
		{"برلين (د.ب.أ) قال", []node{
			{typ: "City", name: "برلين", exact: []string{"برلين"}},
			{typ: "NewsMediaOrganization", name: "وكالة الأنباء الألمانية", exact: []string{"د.ب.أ"}},
		}},
		{"القاهرة - أ. ش. أ: قال", []node{
			{typ: "City", name: "القاهرة", exact: []string{"القاهرة"}},
			{typ: "NewsMediaOrganization", name: "وكالة أنباء الشرق الأوسط", exact: []string{"أ. ش. أ"}},
		}},
		// A news agency no list has is a NewsMediaOrganization by the
		// words that begin its name (heads.tsv, a form of two words).
		{"وقالت وكالة الأنباء الموريتانية الرسمية", []node{{typ: "NewsMediaOrganization", name: "وكالة الأنباء الموريتانية الرسمية", exact: []string{"وكالة الأنباء الموريتانية الرسمية"}}}},
		{"ونقلت وكالة أنباء فارس عن", []node{{typ: "NewsMediaOrganization", name: "وكالة أنباء فارس", exact: []string{"وكالة أنباء فارس"}}}},
		// So is one in quotes after those words, listed with the head
		// («وكالة فارس») or not.
		{"ونقلت وكالة أنباء \"فارس\" الإيرانية عن", []node{
			{typ: "NewsMediaOrganization", name: "وكالة أنباء فارس", exact: []string{"فارس"}},
			{typ: "Country", name: "إيران", nationality: []string{"الإيرانية"}},
		}},
		{"وذكرت وكالة أنباء «برينسا لاتينا» أن", []node{{typ: "NewsMediaOrganization", name: "برينسا لاتينا", exact: []string{"برينسا لاتينا"}}}},
		// «المتخصصة» is an institutional adjective (stop.tsv).
		{"وقضت المحكمة الجزائية المتخصصة بالسجن", []node{{typ: "GovernmentOrganization", name: "المحكمة الجزائية المتخصصة", exact: []string{"المحكمة الجزائية المتخصصة"}}}},
		// A head with ال of needs adjective takes adjectives that agree
		// with it, and no other word: «المنصة» is what the court sat on,
		// «الجديد» no part of the bank's name.
		{"واعتلت هيئة المحكمة المنصة، وقضت المحكمة الدستورية العليا", []node{{typ: "GovernmentOrganization", name: "المحكمة الدستورية العليا", exact: []string{"المحكمة الدستورية العليا"}}}},
		{"وقال البنك المركزي الجديد والبنك الشعبي", []node{
			{typ: "Corporation", name: "البنك المركزي", exact: []string{"البنك المركزي"}},
			{typ: "Corporation", name: "البنك الشعبي", exact: []string{"البنك الشعبي"}},
		}},
		{"وقررت المحكمة التنحي عن نظر القضية", nil},
		// After a verb, a foreign name does not go on with an everyday
		// word in ة or with a pronoun: the verb's object follows.
		{"فيما أوضحت باترسون رغبة الجانب", []node{{typ: "Person", name: "باترسون", exact: []string{"باترسون"}}}},
		{"واعلن هيغل عودته على حسابه", []node{{typ: "Person", name: "هيغل", exact: []string{"هيغل"}}}},
		{"ونفى دويدار صحة ما تناقلته", []node{{typ: "Person", name: "دويدار", exact: []string{"دويدار"}}}},
		{"وقال حسن نافعة إن", []node{{typ: "Person", name: "حسن نافعة", exact: []string{"حسن نافعة"}}}},
		// A noun in ة or ات in construct with a word with ال is no family
		// name: the name ends before it. A Wikidata name token in ات is.
		{"ويرأس الإمام عبدالله لجنة المسجد", []node{{typ: "Person", name: "عبدالله", title: "الإمام", exact: []string{"عبدالله"}}}},
		{"وناشد الدكتور سعيد هيئات المجتمع المدني", []node{{typ: "Person", name: "سعيد", title: "الدكتور", exact: []string{"سعيد"}}}},
		{"وأبدى الوزير سلطان استغرابه الشديد", []node{{typ: "Person", name: "سلطان", title: "الوزير", exact: []string{"سلطان"}}}},
		{"وضاعف محمد بركات النتيجة", []node{{typ: "Person", name: "محمد بركات", exact: []string{"محمد بركات"}}}},
		// A verb that the search form spells as a name begins no name as
		// the original spells it (stop.tsv, verb); the name still does.
		{"النيابة تأمر بضبط المتهمين", nil},
		{"واستضاف تامر النحاس", []node{{typ: "Person", name: "تامر النحاس", exact: []string{"تامر النحاس"}}}},
		// A first name that is also a noun, before an everyday word with
		// ال, is the noun in construct (stop.tsv, construct); not before
		// a family name of the lists.
		{"أثناء قيام مالك العقار بترميمه", nil},
		// A first name that is also a noun of office (stop.tsv, role) is
		// the person's office after a name, and no name before a listed
		// place; «سلطان» is a family name.
		{"توفي سهل بن حنيف أمير المدينة", []node{{typ: "Person", name: "سهل بن حنيف", exact: []string{"سهل بن حنيف"}}}},
		{"وقال أحمد حسن صاحب الشركة", []node{{typ: "Person", name: "أحمد حسن", exact: []string{"أحمد حسن"}}}},
		{"وقال أمير قطر إن", []node{{typ: "Country", name: "قطر", exact: []string{"قطر"}}}},
		{"وقال عصام سلطان القيادي بالحزب", []node{{typ: "Person", name: "عصام سلطان", exact: []string{"عصام سلطان"}}}},
		// «قاضي» is a role too: «قاضي التحقيق», «قاضى المعارضات» after a
		// name is the office; before a comma, a family name.
		{"قرر المستشار وائل الشيمي قاضى المعارضات تجديد حبس المتهمين", []node{{typ: "Person", name: "وائل الشيمي", title: "المستشار", exact: []string{"وائل الشيمي"}}}},
		{"نفى نائب رئيس اللجنة عبد الله قاضي، تورط الشركات", []node{{typ: "Person", name: "عبد الله قاضي", exact: []string{"عبد الله قاضي"}}}},
		// So is «نجم», the star of a team; before a title, or a function
		// word that looks like a word with ال («إلى»), it is a family name.
		{"يتحدث فيها محمد أبوتريكة نجم الأهلى المعار", []node{
			{typ: "Person", name: "محمد أبوتريكة", exact: []string{"محمد أبوتريكة"}},
			{typ: "SportsTeam", name: "النادي الأهلي", exact: []string{"الأهلى"}},
		}},
		{"أكد الدكتور إبراهيم نجم المستشار الإعلامي للمفتي", []node{{typ: "Person", name: "إبراهيم نجم", title: "الدكتور", exact: []string{"إبراهيم نجم"}}}},
		{"وأشار الدكتور ابراهيم نجم إلى أنه", []node{{typ: "Person", name: "ابراهيم نجم", title: "الدكتور", exact: []string{"ابراهيم نجم"}}}},
		{"وأشار الدكتور أحمد أمير إلى أن", []node{{typ: "Person", name: "أحمد أمير", title: "الدكتور", exact: []string{"أحمد أمير"}}}},
		// «أمر» so spelled is a verb, ordered (stop.tsv, verb); «آمر» is
		// the name.
		{"قال المتحدث إن الوزير أمر بالتحقيق في الواقعة", nil},
		{"قال المهندس آمر شريف إن", []node{{typ: "Person", name: "آمر شريف", title: "المهندس", exact: []string{"آمر شريف"}}}},
		// «مرة أخرى» is once again (stop.tsv, phrase), no family name.
		{"وعودة أحمد جمال الدين مرة أخرى وزيرا للداخلية", []node{{typ: "Person", name: "أحمد جمال الدين", exact: []string{"أحمد جمال الدين"}}}},
		// A title with ال after a first name is a family name, where no
		// name follows it.
		{"وقال طارق السيد إن", []node{{typ: "Person", name: "طارق السيد", exact: []string{"طارق السيد"}}}},
		{"وكان عمر الإمام علي 63 سنة", []node{{typ: "Person", name: "علي", title: "الإمام", exact: []string{"علي"}}}},
		// So is a form of address (titles.tsv, honorific) where a name
		// follows that begins with no first name; one that begins with a
		// first name is another person's.
		{"وقال الدكتور أحمد السيد النجار إن", []node{{typ: "Person", name: "أحمد السيد النجار", title: "الدكتور", exact: []string{"أحمد السيد النجار"}}}},
		// Behind ل, ال loses its alif; the jobTitle has it back.
		{"وقال للدكتور أحمد زويل إن", []node{{typ: "Person", name: "احمد زويل", title: "الدكتور", exact: []string{"أحمد زويل"}}}},
		{"وبعث برقية للأمير سطام بن عبدالعزيز", []node{{typ: "Person", name: "سطام بن عبدالعزيز", title: "الأمير", exact: []string{"سطام بن عبدالعزيز"}}}},
		{"قرر المستشار محمد السيد عبد النبي", []node{{typ: "Person", name: "محمد السيد عبد النبي", title: "المستشار", exact: []string{"محمد السيد عبد النبي"}}}},
		{"استقبل الأمير نواف الشيخ محمد بن زايد", []node{
			{typ: "Person", name: "نواف", title: "الأمير", exact: []string{"نواف"}},
			{typ: "Person", name: "محمد بن زايد آل نهيان", title: "الشيخ", exact: []string{"محمد بن زايد"}},
		}},
		{"وكتب مالك الحداد", []node{{typ: "Person", name: "مالك الحداد", exact: []string{"مالك الحداد"}}}},
		// Nouns that are name tokens too are no name after a title: the
		// police of a district.
		{"المقدم عطية نجم رئيس مباحث أوسيم", []node{{typ: "Person", name: "عطية نجم", title: "المقدم", exact: []string{"عطية نجم"}}}},
		{"وقال الأنبا موسى أسقف الشباب", []node{{typ: "Person", name: "موسى", title: "الأنبا", exact: []string{"موسى"}}}},
		{"قال الرئيس أوباما سيزور إسرائيل", []node{
			{typ: "Person", name: "باراك أوباما", title: "الرئيس", exact: []string{"أوباما"}},
			{typ: "Country", name: "إسرائيل", exact: []string{"إسرائيل"}},
		}},
		// A regnal ordinal after a listed name makes another name.
		{"وقال الملك عبد الله الثاني إن", []node{{typ: "Person", name: "عبد الله الثاني", title: "الملك", exact: []string{"عبد الله الثاني"}}}},
		// Adjectives may stand between a title and the name with the
		// nationality, and are part of the title.
		{"وقال الرئيس الفنزويلي الراحل هوجو تشافيز إن", []node{
			{typ: "Country", name: "فنزويلا", nationality: []string{"الفنزويلي"}},
			{typ: "Person", name: "هوغو تشافيز", title: "الرئيس الفنزويلي الراحل", exact: []string{"هوجو تشافيز"}},
		}},
		// «المعارض» is a title, and an adjective an organization's name
		// goes on with.
		{"واغتيل المعارض شكري بلعيد", []node{{typ: "Person", name: "شكري بلعيد", title: "المعارض", exact: []string{"شكري بلعيد"}}}},
		{"قال حزب العمال المعارض إن", []node{{typ: "Organization", name: "حزب العمال المعارض", exact: []string{"حزب العمال المعارض"}}}},
		// A name that begins a title is a name where the title does not
		// follow: «أمين» of «أمين عام».
		{"وقال جلال مرة أمين عام حزب النور إن", []node{
			{typ: "Person", name: "جلال مرة", exact: []string{"جلال مرة"}},
			{typ: "Organization", name: "حزب النور", exact: []string{"حزب النور"}},
		}},
		{"كتب قاسم أمين في", []node{{typ: "Person", name: "قاسم أمين", exact: []string{"قاسم أمين"}}}},
		// The curated leaders: a listed surname alone is the person, and
		// every spelling joins one node.
		{"التقى أنجيلا ميركل ثم انجيلا ميركل. وقالت ميركل", []node{{typ: "Person", name: "أنجيلا ميركل", exact: []string{"أنجيلا ميركل", "انجيلا ميركل", "ميركل"}}}},
		{"وقال كيري للإذاعة إن", []node{{typ: "Person", name: "جون كيري", exact: []string{"كيري"}}}},
		// A person listed by a surname alone does not go on with an
		// everyday word with ال: the sentence goes on.
		{"ورفض بوش وبلير القول", []node{
			{typ: "Person", name: "جورج دبليو بوش", exact: []string{"بوش"}},
			{typ: "Person", name: "توني بلير", exact: []string{"بلير"}},
		}},
		{"وأدى كيري اليمين", []node{{typ: "Person", name: "جون كيري", exact: []string{"كيري"}}}},
		// A word that begins a listed person's name goes on a name as a
		// name word: «صادق لاريجاني» is not «لاريجاني», the listed Ali.
		{"وقال صادق لاريجاني إن", []node{{typ: "Person", name: "صادق لاريجاني", exact: []string{"صادق لاريجاني"}}}},
		// «سورية» is Syria where no noun comes before it, and the
		// adjective after one.
		{"ما يجري في سورية حرب", []node{{typ: "Country", name: "سوريا", exact: []string{"سورية"}}}},
		{"دخلت قوات سورية", []node{{typ: "Country", name: "سوريا", nationality: []string{"سورية"}}}},
		// «مالي» is Mali where it begins a phrase, and «financial» after a
		// noun.
		{"القتال في مالي وشمالي مالي وجيش مالي ومصر ومالي", []node{
			{typ: "Country", name: "مالي", exact: []string{"مالي", "مالي", "مالي", "مالي"}},
			{typ: "Country", name: "مصر", exact: []string{"مصر"}},
		}},
		// So is «الجليل», Galilee where it begins a phrase and «venerable»
		// after a noun.
		{"قصف في الجليل. وقال الصحابي الجليل", []node{{typ: "Place", name: "الجليل", exact: []string{"الجليل"}}}},
		// «المعادي» is hostile after a word with ال and before its
		// complement in ل (stop.tsv, attributive), and Maadi after a noun
		// of the place or a preposition; nor is it part of a party's name.
		{"تراجع عن موقفه المعادي للصحفيين واستمرار النظام المعادي", nil},
		{"مسجد بحدائق المعادي وقطع الطريق من المعادي للهرم ونيابة المعادي للتحقيق", []node{
			{typ: "Place", name: "المعادي", exact: []string{"المعادي", "المعادي"}},
			{typ: "GovernmentOrganization", name: "نيابة المعادي", exact: []string{"نيابة المعادي"}}}},
		{"العضو السابق بحزب الحرية اليميني المعادي للإسلام", []node{
			{typ: "Organization", name: "حزب الحرية اليميني", exact: []string{"حزب الحرية اليميني"}}}},
		// «التشيلي» is Chilean: a nationality adjective, which a name may
		// follow, not a place.
		{"وبلغ الدور أيضا التشيلي بول كابديفيا بفوزه", []node{
			{typ: "Country", name: "تشيلي", nationality: []string{"التشيلي"}},
			{typ: "Person", name: "بول كابديفيا", exact: []string{"بول كابديفيا"}},
		}},
		// A form of WikiFANE's that keeps a proclitic on a country is no
		// entry: the span is the country's.
		{"في جولة بجنوب افريقيا من", []node{{typ: "Country", name: "جنوب أفريقيا", exact: []string{"جنوب افريقيا"}}}},
		{"والخصم الأكبر للسعودية والإمارات", []node{
			{typ: "Country", name: "المملكة العربية السعودية", exact: []string{"لسعودية"}},
			{typ: "Country", name: "الإمارات العربية المتحدة", exact: []string{"الإمارات"}},
		}},
		// No place and no name begins with a particle joined to «ما».
		{"دفنت الحمم بلدة مما أسفر عن مقتل", nil},
		// A title with punctuation is read as the tokenizer splits it:
		// «د.» before a name no list has.
		{"هذا ما قاله د. جيلبرتو بونر المختص", []node{{typ: "Person", name: "جيلبرتو بونر", title: "د.", exact: []string{"جيلبرتو بونر"}}}},
		// A listed given name after a title goes on to the family name,
		// and an honorific after an office leaves the office the job
		// title.
		{"وأوضح وزير التنمية المحلية د.محمد علي بشر أن", []node{{typ: "Person", name: "محمد علي بشر", title: "وزير التنمية المحلية", exact: []string{"محمد علي بشر"}}}},
		{"وقال رئيس الوزراء الدكتور هشام قنديل إن", []node{{typ: "Person", name: "هشام قنديل", title: "رئيس الوزراء", exact: []string{"هشام قنديل"}}}},
		{"وقال وزير الداخلية اللواء محمد إبراهيم إن", []node{{typ: "Person", name: "محمد ابراهيم", title: "وزير الداخلية", exact: []string{"محمد إبراهيم"}}}},
		// An office after a form of address (titles.tsv, honorific) is
		// the job title.
		{"وقال الدكتور القس أندريا زكي إن", []node{{typ: "Person", name: "أندريا زكي", title: "القس", exact: []string{"أندريا زكي"}}}},
		// Not a title with a proclitic: «بالرئيس» begins another person.
		{"لقاء شيخ الأزهر بالرئيس الإيراني محمود أحمدي نجاد", []node{
			{typ: "Organization", name: "الازهر", exact: []string{"الأزهر"}},
			{typ: "Country", name: "إيران", nationality: []string{"الإيراني"}},
			{typ: "Person", name: "محمود أحمدي نجاد", title: "الرئيس الإيراني", exact: []string{"محمود أحمدي نجاد"}},
		}},
		// A listed kunya is a whole name, with or without a title.
		{"وتفقد الرئيس أبو مازن الجرحى في المستشفى", []node{{typ: "Person", name: "محمود عباس", title: "الرئيس", exact: []string{"أبو مازن"}}}},
		{"مهرجان أبو ظبي السينمائي", []node{{typ: "City", name: "أبو ظبي", exact: []string{"أبو ظبي"}}}},
		// After a kunya no list has, a family name in ي is read, and
		// the second part of a compound, but no other everyday word.
		{"كان عمه أبو خليل القباني من أوائل", []node{{typ: "Person", name: "أبو خليل القباني", exact: []string{"أبو خليل القباني"}}}},
		{"وقال أبو بكر أحمد عبد الحميد إن", []node{{typ: "Person", name: "أبو بكر أحمد عبد الحميد", exact: []string{"أبو بكر أحمد عبد الحميد"}}}},
		{"مقتل أبو زيد المسلحة", []node{{typ: "Person", name: "أبو زيد", exact: []string{"أبو زيد"}}}},
		// «أم» is «or» before a word that is no name: no kunya.
		{"هل تقدم أم تأخر؟ وماذا عن أم ماذا وأم كلثوم", []node{{typ: "Person", name: "ام كلثوم", exact: []string{"أم كلثوم"}}}},
		// A hyphenated place of the lists, written either way.
		{"ولاية بادن-فورتمبيرغ وولاية شمال الراين وستفاليا", []node{
			{typ: "AdministrativeArea", name: "بادن-فورتمبيرغ", exact: []string{"بادن-فورتمبيرغ"}},
			{typ: "AdministrativeArea", name: "شمال الراين وستفاليا", exact: []string{"شمال الراين وستفاليا"}},
		}},
		// A listed name from the generated lists that more of a name
		// follows after a title is part of it; a curated one is whole.
		{"وقال وزير الخارجية محمد كامل عمرو إن", []node{{typ: "Person", name: "محمد كامل عمرو", title: "وزير الخارجية", exact: []string{"محمد كامل عمرو"}}}},
		{"وقال الرئيس باراك أوباما صديق لإسرائيل", []node{
			{typ: "Person", name: "باراك أوباما", title: "الرئيس", exact: []string{"باراك أوباما"}},
			{typ: "Country", name: "إسرائيل", exact: []string{"إسرائيل"}},
		}},
		// A title names a person by a surname alone, and a later bare
		// surname is that person; not a first name.
		{"استقبل الرئيس كارتر الوفد. وقال الوفد إن كارتر", []node{{typ: "Person", name: "كارتر", title: "الرئيس", exact: []string{"كارتر", "كارتر"}}}},
		{"استقبل الدكتور ياسر الوفد. وكان ياسر", []node{{typ: "Person", name: "ياسر", title: "الدكتور", exact: []string{"ياسر"}}}},
		// No surname after a definite noun, whose adjective it is, nor
		// before the second part of a compound name.
		{"قال الأمين العام نبيل العربي إن البرلمان العربي", []node{
			{typ: "Person", name: "نبيل العربي", title: "الأمين العام", exact: []string{"نبيل العربي"}},
			{typ: "GovernmentOrganization", name: "البرلمان العربي", exact: []string{"البرلمان العربي"}}}},
		{"وقال محمد فؤاد جاد إن. وأضاف جاد الله", []node{{typ: "Person", name: "محمد فؤاد جاد", exact: []string{"محمد فؤاد جاد"}}}},
		// A first name that begins a role ends a name before it: «مساعد
		// وزير», «أمين الحزب»; a title may go on with one its last word
		// begins («مساعد رئيس» + «رئيس أركان حرب»).
		{"وقال عمر الشريف مساعد وزير العدل إن", []node{{typ: "Person", name: "عمر الشريف", exact: []string{"عمر الشريف"}}}},
		{"والدكتور أحمد شحاتة أمين الحزب بالشرقية", []node{{typ: "Person", name: "أحمد شحاتة", title: "الدكتور", exact: []string{"أحمد شحاتة"}}}},
		{"وتلقى المقدم محمد أمين رئيس المباحث إخطارا", []node{{typ: "Person", name: "محمد أمين", title: "المقدم", exact: []string{"محمد أمين"}}}},
		{"اللواء أركان حرب إبراهيم الدماطي مساعد رئيس أركان حرب القوات المسلحة", []node{
			{typ: "Person", name: "إبراهيم الدماطي", title: "اللواء أركان حرب", exact: []string{"إبراهيم الدماطي"}},
			{typ: "GovernmentOrganization", name: "القوات المسلحة", exact: []string{"القوات المسلحة"}},
		}},
		{"أهدى البابا تواضروس الثاني بابا الإسكندرية جائزة", []node{
			{typ: "Person", name: "تواضروس الثاني", title: "البابا", exact: []string{"تواضروس الثاني"}},
			{typ: "City", name: "الإسكندرية", exact: []string{"الإسكندرية"}},
		}},
		{"قال الرئيس الصومالي حسن شيخ محمود إن", []node{
			{typ: "Country", name: "الصومال", nationality: []string{"الصومالي"}},
			{typ: "Person", name: "حسن شيخ محمود", title: "الرئيس الصومالي", exact: []string{"حسن شيخ محمود"}},
		}},
		// A title's name may have four words; a verb of the present tense
		// begins none.
		{"فتاوى أصدرها الدكتور محمد سعيد رمضان البوطي", []node{{typ: "Person", name: "محمد سعيد رمضان البوطي", title: "الدكتور", exact: []string{"محمد سعيد رمضان البوطي"}}}},
		// A nationality adjective after an Arab name is the family name,
		// and a later one alone is that person but after a definite noun,
		// a proclitic before its ال too; after a foreign name it is an
		// adjective.
		{"وقال خالد المصري إن المشهد للاقتصاد المصري تغير. وأكد المصري", []node{
			{typ: "Person", name: "خالد المصري", exact: []string{"خالد المصري", "المصري"}},
			{typ: "Country", name: "مصر", nationality: []string{"المصري"}},
		}},
		{"وقال فيدرر السويسري", []node{
			{typ: "Person", name: "فيدرر", exact: []string{"فيدرر"}},
			{typ: "Country", name: "سويسرا", nationality: []string{"السويسري"}},
		}},
		// A city with a masculine nationality adjective after it is the
		// club named after it; with a feminine one, or after a head whose
		// adjective it is, the place.
		{"فاز برشلونة الإسباني على أرضه", []node{
			{typ: "SportsTeam", name: "برشلونة", exact: []string{"برشلونة"}},
			{typ: "Country", name: "إسبانيا", nationality: []string{"الإسباني"}},
		}},
		{"زار مدينة ليون الفرنسية", []node{
			{typ: "City", name: "ليون", exact: []string{"ليون"}},
			{typ: "Country", name: "فرنسا", nationality: []string{"الفرنسية"}},
		}},
		{"في إقليم توسكانا الإيطالي", []node{
			{typ: "AdministrativeArea", name: "توسكانا", exact: []string{"توسكانا"}},
			{typ: "Country", name: "إيطاليا", nationality: []string{"الإيطالي"}},
		}},
		// «الإمام» may name its person by an epithet alone (titles.tsv,
		// epithet); epithets of praise stand between it and the name, and
		// after a link they are a name.
		{"وذهب إلى مسجد الإمام الشافعي أمس", []node{{typ: "Person", name: "الشافعي", title: "الإمام", exact: []string{"الشافعي"}}}},
		{"وقال الإمام الأكبر أحمد الطيب إن", []node{{typ: "Person", name: "أحمد الطيب", title: "الإمام الأكبر", exact: []string{"أحمد الطيب"}}}},
		{"وقال الإمام الأكبر الجهود مستمرة", nil},
		{"وكتب محمد عبد الشهيد مقالا", []node{{typ: "Person", name: "محمد عبد الشهيد", exact: []string{"محمد عبد الشهيد"}}}},
		// A noun in apposition after a name is no family name.
		{"وكان النقيب رامي أسامة الضابط بقسم الشرطة", []node{{typ: "Person", name: "رامي أسامة", title: "النقيب", exact: []string{"رامي أسامة"}}}},
		{"وكان المحافظ يتابع حادث القطار", nil},
		// «ولد» joins a Mauritanian name but begins none: first, it is
		// «was born».
		{"ولد أوباما في هاواي عام 1961", []node{
			{typ: "Person", name: "باراك أوباما", exact: []string{"أوباما"}},
			{typ: "AdministrativeArea", name: "هاواي", exact: []string{"هاواي"}},
		}},
		// The conjunction and an everyday word end a name; a family name
		// in و goes on.
		{"استقبلت الأميرة ديانا ورجل الأعمال", []node{{typ: "Person", name: "ديانا", title: "الأميرة", exact: []string{"ديانا"}}}},
		{"قال الرئيس كارتر ولا يزال الجدل قائما", []node{{typ: "Person", name: "كارتر", title: "الرئيس", exact: []string{"كارتر"}}}},
		{"وقال الدكتور مجدي وصفي إن الدعم مستمر", []node{{typ: "Person", name: "مجدي وصفي", title: "الدكتور", exact: []string{"مجدي وصفي"}}}},
		// «عبد» and «أبو» take any word after them (name_parts.tsv,
		// compound); a name does not end with them, and the word after
		// them is no surname alone: «حجر» is a stone.
		{"وأضاف عبد التواب، أن الاشتباكات مستمرة", []node{{typ: "Person", name: "عبد التواب", exact: []string{"عبد التواب"}}}},
		{"وقال العقيد محمد عبد السلام، مفتش المباحث", []node{{typ: "Person", name: "محمد عبد السلام", title: "العقيد", exact: []string{"محمد عبد السلام"}}}},
		{"التقى سعيد أبو حجر بالوفد. وكان حجر كبير قد سقط", []node{{typ: "Person", name: "سعيد أبو حجر", exact: []string{"سعيد أبو حجر"}}}},
		// A family name of two words, a compound name or a kunya, is the
		// person again, with a proclitic too; not «عبد الله» after a name
		// that ends with it, the father's name, nor a sound plural read
		// on after a first name.
		{"وقال المستشار خالد علم الدين إن الرئاسة أقالت علم الدين أمس، ونفت لعلم الدين أي خطأ", []node{
			{typ: "Person", name: "خالد علم الدين", title: "المستشار", exact: []string{"خالد علم الدين", "علم الدين", "علم الدين"}},
		}},
		{"قال عبد المنعم أبو الفتوح إن الحزب يرفض. وأضاف أبو الفتوح أن", []node{
			{typ: "Person", name: "عبد المنعم أبو الفتوح", exact: []string{"عبد المنعم أبو الفتوح", "أبو الفتوح"}},
		}},
		{"قال محمد عبد الله إن عبد الله", []node{
			{typ: "Person", name: "محمد عبد الله", exact: []string{"محمد عبد الله"}},
			{typ: "Person", name: "عبد الله", exact: []string{"عبد الله"}},
		}},
		{"صبت جميعها فى صالح جماعات الاسلام السياسى، دون الوطن", nil},
		// A Hijri month names no one, and «شهر» ends a name.
		{"وأعلن أن هلال شهر ربيع الآخر ستثبت رؤيته يوم 29 من ربيع الأول", nil},
		// A title that takes a complement, before a first name that is a
		// noun in construct (stop.tsv), heads the noun's phrase; a family
		// name of the lists makes it a name.
		{"وأكد الشيخ على أبو الحسن رئيس بيت العائلة بأسيوط، بضرورة التواصل", []node{
			{typ: "Person", name: "على أبو الحسن", title: "الشيخ", exact: []string{"على أبو الحسن"}},
			{typ: "City", name: "أسيوط", exact: []string{"أسيوط"}},
		}},
		{"وقال رئيس مالك الحداد إن", []node{{typ: "Person", name: "مالك الحداد", title: "رئيس", exact: []string{"مالك الحداد"}}}},
		// So does one before an everyday noun no table knows, its
		// complement: only a name word without ال begins a name after
		// it, none in quotes; not after a form of address («د.»).
		{"قال رئيس غرفة طاوشانلي إن", nil},
		{"ورئيس وحدة الدين العام", nil},
		{"إقالة نائبه ووزير ماليته سيميون ديانكوف", []node{{typ: "Person", name: "سيميون ديانكوف", title: "وزير ماليته", exact: []string{"سيميون ديانكوف"}}}},
		{"أعلن رئيس وزراء تونس حمادي الجبالي فشل مبادرته", []node{
			{typ: "Country", name: "تونس", exact: []string{"تونس"}},
			{typ: "Person", name: "حمادي الجبالي", title: "رئيس وزراء تونس", exact: []string{"حمادي الجبالي"}}}},
		{"أن رئيس أعمال \"سامسونج ديسبلاي\" كيم كي نام", []node{{typ: "Corporation", name: "سامسونج", exact: []string{"سامسونج"}}}},
		{"د. راجية الجرزاوى", []node{{typ: "Person", name: "راجية الجرزاوى", title: "د.", exact: []string{"راجية الجرزاوى"}}}},
		// «نظام» is a regime, no given name; its phrase with «مالي» is no
		// Mali. A first name that is also a noun begins collocations:
		// kindergartens, a beauty queen.
		{"الصادر من رئيس وزراء نظام مبارك الدكتور أحمد نظيف", []node{
			{typ: "Person", name: "أحمد نظيف", title: "الدكتور", exact: []string{"أحمد نظيف"}}}},
		{"وانتقدت نظام مرسى، منذ توليه الرئاسة", nil},
		{"مع ضرورة التفكير فى نظام مالى يضمن التكافل", nil},
		{"بفتح فصول رياض أطفال بها", nil},
		{"دمج جميع الأحزاب المنضمة تحت لواء الجبهة، إلى حزبين", nil},
		// «كبير» before a plural of the trades is the person's office.
		{"احتجزوا الدكتور عصام فرج كبير موظفي المجلس", []node{
			{typ: "Person", name: "عصام فرج", title: "الدكتور", exact: []string{"عصام فرج"}}}},
		{"وأحمد عصام بصيلة كبير مذيعين", []node{
			{typ: "Person", name: "أحمد عصام بصيلة", exact: []string{"أحمد عصام بصيلة"}}}},
		// «مركز» names a body only with what it is for, in ل, after a
		// listed name too; alone it is a district or a police station.
		{"قال الباحث في مركز الأهرام للدراسات إن", []node{
			{typ: "Organization", name: "مركز الأهرام للدراسات", exact: []string{"مركز الأهرام للدراسات"}}}},
		{"أعلن مركز النيل للإعلام التابع للهيئة", []node{
			{typ: "Organization", name: "مركز النيل للإعلام", exact: []string{"مركز النيل للإعلام"}}}},
		{"في قرية تابعة لمركز المحلة الكبرى", []node{
			{typ: "City", name: "المحلة الكبرى", exact: []string{"المحلة الكبرى"}}}},
		{"وأثناء مرور ضباط وحدة مباحث مركز أبو صوير لتفقد الحالة الأمنية", []node{
			{typ: "City", name: "أبو صوير", exact: []string{"أبو صوير"}}}},
		{"حاول نقله إلى مركز الشرطة لتهريب المتهم", nil},
		// «العمرانية» after a word with ال, with a proclitic too, is
		// urban, not the district; the authority is listed.
		{"أكدت هيئة المجتمعات العمرانية الجديدة أنها الجهة الوحيدة", []node{{typ: "GovernmentOrganization", name: "هيئة المجتمعات العمرانية الجديدة", exact: []string{"هيئة المجتمعات العمرانية الجديدة"}}}},
		{"المجتمعات العمرانية تطرح 1337 فدان", nil},
		{"عين وزيرا للإسكان والتنمية العمرانية، والمهندس", nil},
		{"وقال وزير الإسكان والمجتمعات العمرانية اليوم", nil},
		{"عثر الأهالى بمنطقة العمرانية على جثة", []node{{typ: "City", name: "العمرانية", exact: []string{"العمرانية"}}}},
		// «المحمدية» after a word with ال is Muhammadan, not the Moroccan
		// town; the Salafi society and the monastery of «المحرق» are listed.
		{"من قبل أنصار السنة المحمدية ، مشددا", []node{{typ: "Organization", name: "جماعة أنصار السنة المحمدية", exact: []string{"أنصار السنة المحمدية"}}}},
		{"وننشر رسالة الرحمة المحمدية", nil},
		{"ملعب مدينة المحمدية", []node{{typ: "City", name: "المحمدية", exact: []string{"المحمدية"}}}},
		// A country spelled as its nationality adjective qualifies a word
		// with ال behind a proclitic too.
		{"مناشداتها للسلطات السعودية لوقف", []node{{typ: "Country", name: "المملكة العربية السعودية", nationality: []string{"السعودية"}}}},
		{"وعدد الموجودين بالسجون السعودية منذ", []node{{typ: "Country", name: "المملكة العربية السعودية", nationality: []string{"السعودية"}}}},
		// So are other places after a word with ال (stop.tsv, definite),
		// but not before a word in ل as «المعادي» (attributive) is.
		{"تم تفكيك التجربة الناصرية وطرد السوفييت", nil},
		{"وسحب البطاقات الزرقاء، والاعتقالات", nil},
		{"وجوازات السفر إلى سواحل الحديدة لاتخاذ الإجراءات", []node{{typ: "City", name: "الحديدة", exact: []string{"الحديدة"}}}},
		{"البابا تواضروس يزور دير المحرق غدا", []node{
			{typ: "Person", name: "تواضروس", title: "البابا", exact: []string{"تواضروس"}},
			{typ: "Place", name: "دير المحرق", exact: []string{"دير المحرق"}}}},
		// «السيدة عائشة» is a quarter of Cairo where a place is expected.
		{"وأنه كان قادما من السيدة عائشة وفى طريقه", []node{{typ: "Place", name: "السيدة عائشة", exact: []string{"السيدة عائشة"}}}},
		{"ويتهمون السيدة عائشة بما برأها الله", []node{{typ: "Person", name: "عائشة", title: "السيدة", exact: []string{"عائشة"}}}},
		// A profession without ال after a rank is part of the title.
		{"قال اللواء طبيب جمال الصيرفى، مدير إدارة الخدمات الطبية", []node{{typ: "Person", name: "جمال الصيرفى", title: "اللواء طبيب", exact: []string{"جمال الصيرفى"}}}},
		// «مساعد الأمين العام» is an office: «مساعد» is no family name.
		{"صدر ضد عبد القادر مولى مساعد الامين العام للحزب", []node{{typ: "Person", name: "عبد القادر مولى", exact: []string{"عبد القادر مولى"}}}},
		{"محاولة هروب عدد من نزلاء سجن مركز الشهداء", []node{
			{typ: "Place", name: "سجن مركز الشهداء", exact: []string{"سجن مركز الشهداء"}}}},
		// «مصر القوية» is a party, with «حزب» or without.
		{"لقاء أحزاب النور ومصر القوية والإصلاح", []node{
			{typ: "Organization", name: "حزب مصر القوية", exact: []string{"مصر القوية"}}}},
		{"وقال حزب \"مصر القوية\"، في بيان", []node{
			{typ: "Organization", name: "حزب مصر القوية", exact: []string{"مصر القوية"}}}},
		// «مقدم» (a presenter, a lieutenant colonel) ends a name and
		// begins none; between «بن» and a name it is the father's name.
		{"كشف الإعلامي وائل الإبراشي مقدم برنامج العاشرة مساء النقاب", []node{
			{typ: "Person", name: "وائل الإبراشي", title: "الإعلامي", exact: []string{"وائل الإبراشي"}}}},
		{"وقال النائب حسين زايد مقدم المشروع إن القانون", []node{
			{typ: "Person", name: "حسين زايد", title: "النائب", exact: []string{"حسين زايد"}}}},
		{"وأكد مقدم البلاغ أن", nil},
		{"قال السفير سيف بن مقدم البوعينين، سفير دولة قطر", []node{
			{typ: "Person", name: "سيف بن مقدم البوعينين", title: "السفير", exact: []string{"سيف بن مقدم البوعينين"}},
			{typ: "Country", name: "قطر", exact: []string{"قطر"}}}},
		{"قال الشيخ خالد بن على آل خليفة المشرف على الحوار", []node{
			{typ: "Person", name: "خالد بن على آل خليفة", title: "الشيخ", exact: []string{"خالد بن على آل خليفة"}}}},
		{"من ألبومها الأخير \"ملكة جمال الكون\"", nil},
		// The other occurrences of a person's name of two words or more
		// are the person where no rule reads them: «باسم» alone is "in
		// the name of", «على» "on".
		{"قال الإعلامي باسم يوسف إن البرنامج مستمر. واتهمت الدعوى باسم يوسف بالإساءة", []node{
			{typ: "Person", name: "باسم يوسف", title: "الإعلامي", exact: []string{"باسم يوسف", "باسم يوسف"}},
		}},
		{"وقال الدكتور على جمعة إن الفتوى صحيحة. ومكى يكرم على جمعة اليوم", []node{
			{typ: "Person", name: "على جمعة", title: "الدكتور", exact: []string{"على جمعة", "على جمعة"}},
		}},
		{"وقال حسين فرزات إن", []node{{typ: "Person", name: "حسين فرزات", exact: []string{"حسين فرزات"}}}},
		// After a verb of saying, an office in apposition says that the
		// words before it name a person, whatever the dictionary makes
		// of them: a family name with ال, a name token that is an
		// everyday word, «علي» spelled as the name.
		{"وقال حمادي الجبالي رئيس الحكومة إن", []node{{typ: "Person", name: "حمادي الجبالي", exact: []string{"حمادي الجبالي"}}}},
		{"وقالت باكينام الشرقاوي مساعد الرئيس إن", []node{{typ: "Person", name: "باكينام الشرقاوي", exact: []string{"باكينام الشرقاوي"}}}},
		{"وقال رجب عبد المنعم، أمين عام مساعد النقابة، إن", []node{{typ: "Person", name: "رجب عبد المنعم", exact: []string{"رجب عبد المنعم"}}}},
		{"قال علي العريض رئيس الوزراء التونسي إن", []node{
			{typ: "Person", name: "علي العريض", exact: []string{"علي العريض"}},
			{typ: "Country", name: "تونس", nationality: []string{"التونسي"}},
		}},
		// So does a foreign name whose first word the dictionary misreads
		// («أميت», I make die), if no dictionary knows the second; not
		// without the office («متحدث باسم» is a role, «مؤيدو هيغل» the
		// supporters).
		{"وقال اميت مالفيا المتحدث باسم الوزارة إن", []node{{typ: "Person", name: "اميت مالفيا", exact: []string{"اميت مالفيا"}}}},
		{"وقال بنوا تيولين، مدير عام الشركة، إن", []node{{typ: "Person", name: "بنوا تيولين", exact: []string{"بنوا تيولين"}}}},
		{"ويقول مؤيدو هيغل إن هناك مخاطر", nil},
		{"وقال مسؤولو طوارئ إن حافلة", nil},
		// Foreign ranks are titles: «اللفتنانت جنرال», «الكولونيل»;
		// «الرقيب سري» is one rank, not the name «سري».
		{"وقال الكولونيل دجوما نركويو إن", []node{{typ: "Person", name: "دجوما نركويو", title: "الكولونيل", exact: []string{"دجوما نركويو"}}}},
		{"عن المتحدث العسكري الميجور جنرال عاصم باجوا قوله", []node{{typ: "Person", name: "عاصم باجوا", title: "الميجور جنرال", exact: []string{"عاصم باجوا"}}}},
		{"وأصيب الرقيب سري محمد السيد محمود الشيخ من قوة المركز", []node{{typ: "Person", name: "محمد السيد محمود الشيخ", title: "الرقيب سري", exact: []string{"محمد السيد محمود الشيخ"}}}},
		// Anywhere an office follows in apposition, but then no everyday
		// word is read, «ختام البطولة» is the verb's object; the office
		// is no name's part («عبد الملك»); nor is an office of one word
		// before a comma, as often a family name; nor are «إخلاء سبيل»
		// and «على الفور» (stop.tsv, phrase) names.
		{"ويركز جورفان فييرا المدير الفني خلال تدريب اليوم", []node{{typ: "Person", name: "جورفان فييرا", exact: []string{"جورفان فييرا"}}}},
		{"ومن المنتظر أن يحضر ختام البطولة وزير الدولة للرياضة", nil},
		{"مينا نشأت باسيلى عبد الملك، مصطفى", nil},
		{"إعادة المعتمرة حسناء عبدالله الفقيه، 82 عاما", nil},
		{"قضت المحكمة بإخلاء سبيل يوسف والي، وزير الزراعة الأسبق", nil},
		{"مرت منذ أيام ذكري ميلاد الفنان الكبير صلاح جاهين", []node{{typ: "Person", name: "صلاح جاهين", title: "الفنان الكبير", exact: []string{"صلاح جاهين"}}}},
		{"وانتقل علي الفور اللواء محمد القصيري مدير المباحث", []node{{typ: "Person", name: "محمد القصيري", title: "اللواء", exact: []string{"محمد القصيري"}}}},
		// Not what the sentence says after the verb, nor «على» spelled
		// as the preposition.
		{"وطالب حمدان بإقالة وزير الداخلية", []node{{typ: "Person", name: "حمدان", exact: []string{"حمدان"}}}},
		{"وطالب بيان الحركة النقيب ضياء راشون بأن يكون", []node{{typ: "Person", name: "ضياء راشون", title: "النقيب", exact: []string{"ضياء راشون"}}}},
		{"وأكد علي حرص رئيس الجمهورية على الحوار", nil},
		{"قال على العريض رئيس الوزراء", nil},
		// A name «X بن Y» is «بن Y» again, never «Y» alone, which is the
		// father; nor is «بن Y» the grandson's of a name with two of it.
		{"التقى ولي العهد الأمير محمد بن سلمان بالرئيس. وقال بن سلمان إن الملك سلمان يدعم الخطة", []node{
			{typ: "Person", name: "محمد بن سلمان", title: "ولي العهد", exact: []string{"محمد بن سلمان", "بن سلمان"}},
			{typ: "Person", name: "سلمان", title: "الملك", exact: []string{"سلمان"}},
		}},
		{"خلف زين العابدين بن علي بورقيبة. وهرب بن علي إلى جدة", []node{
			{typ: "Person", name: "زين العابدين بن علي", exact: []string{"زين العابدين بن علي", "بن علي"}},
			{typ: "Person", name: "بورقيبة", exact: []string{"بورقيبة"}},
			{typ: "City", name: "جدة", exact: []string{"جدة"}},
		}},
		// And X after a title of X's or a verb of saying is X بن Y, though
		// «تميم» alone is an everyday word; not a title X's full name
		// did not have, nor «على», which is «علي» too.
		{"استقبل الشيخ تميم بن حمد آل ثاني الوفد. وقال الشيخ تميم إن الدوحة تدعم الحوار", []node{
			{typ: "Person", name: "تميم بن حمد آل ثاني", title: "الشيخ", exact: []string{"تميم بن حمد آل ثاني", "تميم"}},
			{typ: "City", name: "الدوحة", exact: []string{"الدوحة"}},
		}},
		{"تولى الملك عبدالله بن عبدالعزيز الحكم. وكان الملك عبدالعزيز قد أسس المملكة، وقال الملك عبدالله إن", []node{
			{typ: "Person", name: "عبد الله بن عبد العزيز", title: "الملك", exact: []string{"عبدالله بن عبدالعزيز", "عبدالله"}},
			{typ: "Person", name: "عبدالعزيز", title: "الملك", exact: []string{"عبدالعزيز"}},
		}},
		{"روى علي بن أبي طالب الحديث. وأكد على أنه صحيح", []node{{typ: "Person", name: "على بن ابي طالب", exact: []string{"علي بن أبي طالب"}}}},
		// So is the name before a regnal ordinal.
		{"استقبل البابا تواضروس الثاني الوفد. وقال البابا تواضروس إن", []node{{typ: "Person", name: "تواضروس الثاني", title: "البابا", exact: []string{"تواضروس الثاني", "تواضروس"}}}},
		// Anywhere, where X is a name more than a word: one the
		// dictionary does not know, a first name it knows as it stands
		// («عثمان») or with ال («الوليد»), behind a proclitic too; not
		// before another name word, which begins someone else's name.
		{"بعد مقتل الخليفة عثمان بن عفان رفض معاوية بن أبي سفيان البيعة مطالبا بقتلة عثمان. وكان معاوية واليا ولمعاوية أنصار، وحضر عثمان أحمد", []node{
			{typ: "Person", name: "عثمان بن عفان", title: "الخليفة", exact: []string{"عثمان بن عفان", "عثمان"}},
			{typ: "Person", name: "معاوية بن أبي سفيان", exact: []string{"معاوية بن أبي سفيان", "معاوية", "معاوية"}},
			{typ: "Person", name: "عثمان أحمد", exact: []string{"عثمان أحمد"}},
		}},
		// A family name that is a common word too (a month, a weekday,
		// stop.tsv's common kind) is the person alone after a verb of
		// saying or before the quoted word, before no name word.
		{"استقبل طه ياسين رمضان الوفد. واعرب رمضان عن ثقته. ونقلت الوكالة عن رمضان قوله إن العراق مستعد في رمضان", []node{
			{typ: "Person", name: "طه ياسين رمضان", exact: []string{"طه ياسين رمضان", "رمضان", "رمضان"}},
			{typ: "Country", name: "العراق", exact: []string{"العراق"}},
		}},
		{"وقال الدكتور علي جمعة إن الدار أصدرت فتاوى. وأكد جمعة اهتمام الدار. وقال جمعة محمد إن صلاة الجمعة", []node{
			{typ: "Person", name: "علي جمعة", title: "الدكتور", exact: []string{"علي جمعة", "جمعة"}},
		}},
		{"قدرت المجلة ثروة الوليد بن طلال بعشرين مليارا، إلا أن الوليد قدر ثروته بأكثر", []node{
			{typ: "Person", name: "الوليد بن طلال", exact: []string{"الوليد بن طلال", "الوليد"}},
		}},
		// Two rarer Wikidata name tokens in a row that no table and no
		// dictionary know are a person's name, and the second is its
		// surname later; not a word said twice.
		{"صدر كتاب عن سيغموند فرويد وأعماله. وكان فرويد طبيبا", []node{{typ: "Person", name: "سيغموند فرويد", exact: []string{"سيغموند فرويد", "فرويد"}}}},
		{"يا حرية فينك فينك الداخلية بيننا وبينك", nil},
		// After a particle, the surname alone is the person.
		{"وحضر هيرمان فان رومبوي الاجتماع. وقال رومبوي إن", []node{{typ: "Person", name: "هيرمان فان رومبوي", exact: []string{"هيرمان فان رومبوي", "رومبوي"}}}},
		// An everyday phrase (stop.tsv, phrase) is no name, and no rule
		// reads one in its words: traffic, a prayer, a board.
		{"توقفت حركة القطارات بعد صلاة المغرب", nil},
		{"متظاهرون يقطعون حركة السكك الحديدية ببنها", []node{{typ: "City", name: "بنها", exact: []string{"بنها"}}}},
		{"الإخوان يستولون على حركة المحافظين", []node{{typ: "Organization", name: "جماعة الإخوان المسلمين", exact: []string{"الإخوان"}}}},
		{"قرر مجلس الإدارة برئاسة المهندس", nil},
		// A town's council, a union's, a department of a ministry: no
		// one body, and no region of the lists.
		{"تظاهروا أمام مجلس المدينة وطالبوا مجلس النقابة", nil},
		{"قال رئيس الإدارة المركزية للتعليم الأساسي", nil},
		{"والمشاريع الصغيرة على وجه الخصوص", nil},
		// A head's name ends before «السابق» (tails.tsv, outside), and
		// before «ألقت», which the search form spells with ال.
		{"وقرر مجلس النواب السابق حل اللجنة", []node{{typ: "GovernmentOrganization", name: "مجلس النواب", exact: []string{"مجلس النواب"}}}},
		{"وقوات الأمن ألقت القبض على المتهم", []node{{typ: "Organization", name: "قوات الأمن", exact: []string{"قوات الأمن"}}}},
		// Egyptian villages (heads.tsv), and a listed place that begins
		// with a head after another head.
		{"أهالي قرية كفر الشهاوي", []node{{typ: "Place", name: "كفر الشهاوي", exact: []string{"كفر الشهاوي"}}}},
		{"طلاب جامعة كفر الشيخ", []node{{typ: "CollegeOrUniversity", name: "جامعة كفر الشيخ", exact: []string{"جامعة كفر الشيخ"}}}},
		// A town of a generated list that is an everyday word (stop.tsv,
		// unlisted): «سارت» is «went».
		{"وسارت المسيرة في الشوارع", nil},
		// After an Arab first name, an everyday noun behind ب is no
		// family name; «كيف» and «وأن» end a name.
		{"أصيب محمد بطلقة نارية في الصدر", nil},
		{"وقال رايت كيف يمكن ذلك", []node{{typ: "Person", name: "رايت", exact: []string{"رايت"}}}},
		{"وأكد حبيب العادلي وأن الأمن مستقر", []node{{typ: "Person", name: "حبيب العادلي", exact: []string{"حبيب العادلي"}}}},
		// A family name in و that is a name token goes on.
		{"وأوضح شهاب وجيه المتحدث باسم الحزب", []node{{typ: "Person", name: "شهاب وجيه", exact: []string{"شهاب وجيه"}}}},
		// The quoted person of «نقل عن X قوله» (stop.tsv, quoted).
		{"ونقلت الإذاعة عن غريفيث قوله إن الحوار مستمر", []node{{typ: "Person", name: "غريفيث", exact: []string{"غريفيث"}}}},
		// After a word of sport (sports.tsv) a city is its club; the
		// meeting of a city is where it is, and «سري» is secret.
		{"فاز برشلونة على ضيفه", []node{{typ: "SportsTeam", name: "برشلونة", exact: []string{"برشلونة"}}}},
		{"وصل الوفد إلى برشلونة لعقد لقاء سري", []node{{typ: "City", name: "برشلونة", exact: []string{"برشلونة"}}}},
		// A title with the alif of tanween is what a person is appointed
		// as, not a family name.
		// Forms of address and professions of everyday news are titles;
		// a word inside a longer title begins none («الإعلامي» of
		// «المتحدث الإعلامي باسم»), and a form of address after a first
		// name is a family name.
		{"وكان الإعلامي باسم يوسف قد شن هجوما", []node{{typ: "Person", name: "باسم يوسف", title: "الإعلامي", exact: []string{"باسم يوسف"}}}},
		{"قالت الدكتورة باكينام الشرقاوي مساعد رئيس الجمهورية", []node{{typ: "Person", name: "باكينام الشرقاوي", title: "الدكتورة", exact: []string{"باكينام الشرقاوي"}}}},
		{"وقال رجل الأعمال نجيب ساويرس إن", []node{{typ: "Person", name: "نجيب ساويرس", title: "رجل الأعمال", exact: []string{"نجيب ساويرس"}}}},
		// After a form of address alone, an everyday word begins a name
		// before a word with ال of a family name's shape: a noun of
		// craft, a nisba no dictionary has, the second part of a
		// compound; the name goes on with name words only. Not before an
		// adjective, nor behind a proclitic.
		{"كما ألقت الدكتورة نجاح العطار كلمة", []node{{typ: "Person", name: "نجاح العطار", title: "الدكتورة", exact: []string{"نجاح العطار"}}}},
		{"قالت الدكتورة منار الشوربجي إن", []node{{typ: "Person", name: "منار الشوربجي", title: "الدكتورة", exact: []string{"منار الشوربجي"}}}},
		{"إقالة الدكتور علم الدين شأن يخص الرئاسة", []node{{typ: "Person", name: "علم الدين", title: "الدكتور", exact: []string{"علم الدين"}}}},
		{"للشيخ سراج الدين محمد سليمان", []node{{typ: "Person", name: "سراج الدين محمد سليمان", title: "الشيخ", exact: []string{"سراج الدين محمد سليمان"}}}},
		{"التقى محمد مرسى وفدا. وفي حوار الدكتور مرسى الأخير مع المذيع", []node{{typ: "Person", name: "محمد مرسي", title: "الدكتور", exact: []string{"محمد مرسى", "مرسى"}}}},
		{"حسب الحاجة للبحث العلمي", nil},
		{"وأكد المتحدث الإعلامي باسم الجبهة أن", nil},
		{"وقال محمد المهندس المتحدث باسم الحزب", []node{{typ: "Person", name: "محمد المهندس", exact: []string{"محمد المهندس"}}}},
		{"قبل أن يفاجئ حسن الراهب الجميع بهدف", []node{{typ: "Person", name: "حسن الراهب", exact: []string{"حسن الراهب"}}}},
		{"وقرر الوزير تعيين المهندس حسام رئيسا للجنة", []node{{typ: "Person", name: "حسام", title: "المهندس", exact: []string{"حسام"}}}},
		// «أمين» is a first name, and a police sergeant (titles.tsv).
		{"أدى أمين شرطة بالقسم التحية لزميله", nil},
		// An ordinal begins no name: the first deputy.
		{"وأكد النائب الأول أن الهدف هو التطوير", nil},
		// A proclitic standing apart is no name word; another letter is
		// an initial.
		{"وحضر جمال و علاء مبارك أمس", []node{{typ: "Person", name: "علاء مبارك", exact: []string{"علاء مبارك"}}}},
		{"وأوضح فوزى لـ\"اليوم السابع\" أن", []node{
			{typ: "Person", name: "فوزى", exact: []string{"فوزى"}},
			{typ: "NewsMediaOrganization", name: "اليوم السابع", exact: []string{"اليوم السابع"}}}},
		{"وتوجه محمد ب. وهشام ل. الى وكالات بنكية", []node{
			{typ: "Person", name: "محمد ب", exact: []string{"محمد ب"}},
			{typ: "Person", name: "هشام ل", exact: []string{"هشام ل"}},
		}},
		// An everyday word with ال in ة is a family name only after a
		// first name.
		{"وحضر علاء مبارك الجلسة", []node{{typ: "Person", name: "علاء مبارك", exact: []string{"علاء مبارك"}}}},
		{"وقال المجند محمد العمدة إنه أدى الخدمة", []node{{typ: "Person", name: "محمد العمدة", exact: []string{"محمد العمدة"}}}},
		// After a title, two everyday words are a role, not a name.
		{"والعقيد محمد سعد رئيس قسم شرطة البيئة", []node{{typ: "Person", name: "محمد سعد", title: "العقيد", exact: []string{"محمد سعد"}}}},
		{"قداس عيد القيامة المجيد", nil},
		// A listed organization named by a feminine noun is that noun
		// after «هذه» or before an adjective that agrees with it, but
		// not after a head.
		// ك before a town of a generated list begins a word: «كواليس» is
		// no ك + «واليس», «كاميليا» no ك + «اميليا».
		{"ما يدور في كواليس الحكم", nil},
		{"من تأليف السيدة كاميليا حلمي عضو منظمة", []node{{typ: "Person", name: "كاميليا حلمي", title: "السيدة", exact: []string{"كاميليا حلمي"}}}},
		// A first name written as «عبد» and its name in one word begins
		// a name: it spells no everyday word.
		{"وقال المهندس عبدالله فوزي رئيس الشركة", []node{{typ: "Person", name: "عبدالله فوزي", title: "المهندس", exact: []string{"عبدالله فوزي"}}}},
		// A weekday ends a name; «عيد» before an everyday word is a feast.
		{"وقال مجلس الشيوخ الثلاثاء إن", []node{{typ: "GovernmentOrganization", name: "مجلس الشيوخ", exact: []string{"مجلس الشيوخ"}}}},
		{"بمناسبة عيد الحب", nil},
		// Curated names that the rules would cut or mistype.
		{"في مدينة نصر أمس", []node{{typ: "Place", name: "مدينة نصر", exact: []string{"مدينة نصر"}}}},
		{"وقالت جماعة البلاك بلوك إن", []node{{typ: "Organization", name: "بلاك بلوك", exact: []string{"البلاك بلوك"}}}},
		// After «نادي الزمالك», «الزمالك» is the club, in its node, named
		// as clubs.tsv names it.
		{"وقال نادي الزمالك إن اللاعب وقع للزمالك", []node{{typ: "SportsTeam", name: "نادي الزمالك", exact: []string{"نادي الزمالك", "لزمالك"}}}},
		// A place of the lists after a word of sport is its club, and with
		// «نادي الزمالك» in the article the club's node takes it; where
		// one lives it stays the place.
		{"وأكد لاعب الزمالك أنه يقيم في الزمالك", []node{
			{typ: "SportsTeam", name: "نادي الزمالك", exact: []string{"الزمالك"}},
			{typ: "Place", name: "الزمالك", exact: []string{"الزمالك"}},
		}},
		{"وقال نادي الزمالك إن لاعب الزمالك", []node{{typ: "SportsTeam", name: "نادي الزمالك", exact: []string{"نادي الزمالك", "الزمالك"}}}},
		// A club whose name is an everyday word or an adjective too
		// (clubs.tsv) is the club after a word of football, before a verb
		// of a result, joined by و to a club, or after «على» after one.
		{"وفاز الأهلي على الزمالك بهدفين", []node{
			{typ: "SportsTeam", name: "النادي الأهلي", exact: []string{"الأهلي"}},
			{typ: "SportsTeam", name: "نادي الزمالك", exact: []string{"الزمالك"}},
		}},
		{"مباراة الأهلي والمصري في الدوري", []node{
			{typ: "SportsTeam", name: "النادي الأهلي", exact: []string{"الأهلي"}},
			{typ: "SportsTeam", name: "النادي المصري", exact: []string{"المصري"}},
		}},
		{"الإسماعيلي يتعادل مع إنبي", []node{
			{typ: "SportsTeam", name: "النادي الإسماعيلي", exact: []string{"الإسماعيلي"}},
			{typ: "SportsTeam", name: "نادي إنبي", exact: []string{"إنبي"}},
		}},
		// «النادي» is part of the club's name; a later «الأهلي» alone is
		// the club too, but not after a definite noun, whose adjective it
		// is.
		{"قال رئيس النادي الأهلي إن الأهلي يدعم العمل الأهلي والبنك الأهلي", []node{
			{typ: "SportsTeam", name: "النادي الأهلي", exact: []string{"النادي الأهلي", "الأهلي"}},
			{typ: "Corporation", name: "البنك الاهلي", exact: []string{"البنك الأهلي"}},
		}},
		// Without a word of football the words are what they are.
		{"دعم المجتمع الأهلي والشعب المصري", []node{{typ: "Country", name: "مصر", nationality: []string{"المصري"}}}},
		// But «الأهلي» and «الزمالك» (clubs.tsv, alone) are the clubs
		// alone, unless the article names the bank or the district by
		// them: after a definite noun, after what has the name
		// («لبنكي», «بحي», «محال»), where something is or in a list of
		// places.
		{"حصل الأهلي على جائزة", []node{{typ: "SportsTeam", name: "النادي الأهلي", exact: []string{"الأهلي"}}}},
		{"الزمالك يمدد عقد فييرا", []node{{typ: "SportsTeam", name: "نادي الزمالك", exact: []string{"الزمالك"}}}},
		{"فاز البنك الأهلي بجائزة، وقال رئيس الأهلي", []node{{typ: "Corporation", name: "البنك الاهلي", exact: []string{"البنك الأهلي"}}}},
		{"وقال المستشار القانوني لبنكي الأهلي ومصر", []node{{typ: "Country", name: "مصر", exact: []string{"مصر"}}}},
		{"حاصرت الشرطة منزله بحي الزمالك، وقال إن الزمالك هادئ", []node{{typ: "Place", name: "الزمالك", exact: []string{"الزمالك", "الزمالك"}}}},
		{"اشتباكات أمام محال الزمالك", []node{{typ: "Place", name: "الزمالك", exact: []string{"الزمالك"}}}},
		{"أزمة مرورية بالمهندسين والزمالك", []node{
			{typ: "Place", name: "المهندسين", exact: []string{"المهندسين"}},
			{typ: "Place", name: "الزمالك", exact: []string{"الزمالك"}},
		}},
		// «واجه» before a club that is no place is facing, not playing.
		{"واجه حرس الحدود المهربين", nil},
		// Nor is it playing before a place that is no city or region.
		{"أخطر ما يواجه ماسبيرو", []node{{typ: "Place", name: "ماسبيرو", exact: []string{"ماسبيرو"}}}},
		// A street or a square named after a person is a place, not the
		// person; «ميدان» takes no everyday word («ميدان القتال» is a
		// battlefield), and «الرئيسي» stays outside the name.
		{"اشتباكات في شارع محمد محمود بوسط البلد", []node{{typ: "Place", name: "شارع محمد محمود", exact: []string{"شارع محمد محمود"}}}},
		{"تظاهروا في ميدان طلعت حرب", []node{{typ: "Place", name: "ميدان طلعت حرب", exact: []string{"ميدان طلعت حرب"}}}},
		{"في شارع الحبيب بورقيبة الرئيسي", []node{{typ: "Place", name: "شارع الحبيب بورقيبة", exact: []string{"شارع الحبيب بورقيبة"}}}},
		{"سقط في ميدان القتال", nil},
		// Egyptian towns named like a kunya are towns (curated.tsv), and a
		// blessing ends a name (stop.tsv, phrase).
		{"بحادث تصادم بمركز أبو النمرس", []node{{typ: "City", name: "أبو النمرس", exact: []string{"أبو النمرس"}}}},
		{"وقعت مشاجرة في بولاق أبو العلا", []node{{typ: "Place", name: "بولاق أبو العلا", exact: []string{"بولاق أبو العلا"}}}},
		{"عن السيدة عائشة رضي الله عنها", []node{{typ: "Person", name: "عائشة", title: "السيدة", exact: []string{"عائشة"}}}},
		{"نبي الإسلام محمد صلى الله عليه وسلم", nil},
		{"مولد سيد الكائنات محمد صلى الله عليه وآله وسلم", nil},
		{"عندما تكلم على بلال بن رباح رضي الله عنهم قال", []node{{typ: "Person", name: "بلال بن رباح", exact: []string{"بلال بن رباح"}}}},
		// A word of the lexicon as it stands is no proclitic and a
		// one-word name of WikiFANE or the actors («وابل» is a barrage,
		// not و + Apple); «كوسوفا» is Kosovo.
		{"ثم فاجأ المدرس الجميع بإطلاق وابل من الرصاص", nil},
		{"اعتراف مصر بكوسوفا", []node{
			{typ: "Country", name: "مصر", exact: []string{"مصر"}},
			{typ: "Country", name: "كوسوفو", exact: []string{"كوسوفا"}},
		}},
		// Clashes are named by their place, which the head leaves out;
		// «الأحداث», juveniles, is no head in a body's complement.
		{"أصيب في أحداث محمد محمود الأولى وقتل", []node{{typ: "Place", name: "شارع محمد محمود", exact: []string{"محمد محمود"}}}},
		// The street is listed, read alone only where a place is expected
		// (stop.tsv, located): after a preposition of place, a head, in
		// quotes after one, or a noun of those hurt there. Elsewhere it is
		// a man's name, inside a longer one too, no title's place.
		{"من مصابي محمد محمود وشهداء ماسبيرو", []node{
			{typ: "Place", name: "شارع محمد محمود", exact: []string{"محمد محمود"}},
			{typ: "Place", name: "ماسبيرو", exact: []string{"ماسبيرو"}}}},
		{"في ذكرى موقعة «محمد محمود»", []node{{typ: "Place", name: "شارع محمد محمود", exact: []string{"محمد محمود"}}}},
		{"وصف متظاهرو محمد محمود بالبلطجية، وكانت في معركة «محمد محمود»", []node{{typ: "Place", name: "شارع محمد محمود", exact: []string{"محمد محمود", "محمد محمود"}}}},
		{"وقال محمد محمود إن", []node{{typ: "Person", name: "محمد محمود", exact: []string{"محمد محمود"}}}},
		// Where the article reads the street, its name alone is the
		// street too, but not after a verb of saying, nor with a title.
		{"مسيرة إلى شارع محمد محمود. وفي ذكرى محمد محمود هتفوا", []node{{typ: "Place", name: "شارع محمد محمود", exact: []string{"شارع محمد محمود", "محمد محمود"}}}},
		{"مسيرة إلى شارع محمد محمود. وقال محمد محمود إن", []node{
			{typ: "Place", name: "شارع محمد محمود", exact: []string{"شارع محمد محمود"}},
			{typ: "Person", name: "محمد محمود", exact: []string{"محمد محمود"}}}},
		{"مسيرة إلى شارع محمد محمود. وصرح اللواء محمد محمود بأن", []node{
			{typ: "Place", name: "شارع محمد محمود", exact: []string{"شارع محمد محمود"}},
			{typ: "Person", name: "محمد محمود", title: "اللواء", exact: []string{"محمد محمود"}}}},
		{"والمقدم محمد محمود أبو سريع رئيس المباحث", []node{{typ: "Person", name: "محمد محمود أبو سريع", title: "المقدم", exact: []string{"محمد محمود أبو سريع"}}}},
		{"وتوفيق محمد محمود عاصي رئيس مجلس إدارة الشركة", []node{{typ: "Person", name: "توفيق محمد محمود عاصي", exact: []string{"توفيق محمد محمود عاصي"}}}},
		// A head of a body named after its place expects one too.
		{"طلاب جامعة العاشر من رمضان", []node{{typ: "CollegeOrUniversity", name: "جامعة العاشر من رمضان", exact: []string{"جامعة العاشر من رمضان"}}}},
		{"حصيلة اشتباكات سيدي جابر", []node{{typ: "Place", name: "سيدي جابر", exact: []string{"سيدي جابر"}}}},
		{"أحداث العنف أمس", nil},
		{"وكشفت الإدارة العامة لرعاية الأحداث عن", []node{{typ: "GovernmentOrganization", name: "الإدارة العامة لرعاية الأحداث", exact: []string{"الإدارة العامة لرعاية الأحداث"}}}},
		// A body's name ends before the verb's object: a verbal noun with
		// ال after a word with ال, or what forces fire (tails.tsv,
		// outside). An adjective goes on, and so does the plural أفعال,
		// which the search form spells as the verbal noun إفعال.
		{"ورفضت وزارة الداخلية التعليق على الحادث", []node{{typ: "GovernmentOrganization", name: "وزارة الداخلية", exact: []string{"وزارة الداخلية"}}}},
		{"وتولت قوات الأمن الإفراج عنهم", []node{{typ: "Organization", name: "قوات الأمن", exact: []string{"قوات الأمن"}}}},
		{"وأطلقت قوات الأمن القنابل المسيلة للدموع", []node{{typ: "Organization", name: "قوات الأمن", exact: []string{"قوات الأمن"}}}},
		{"وقال حزب الديمقراطيين الأحرار إن", []node{{typ: "Organization", name: "حزب الديمقراطيين الأحرار", exact: []string{"حزب الديمقراطيين الأحرار"}}}},
		{"وحكمت المحكمة الإدارية العليا بإلغاء القرار", []node{{typ: "GovernmentOrganization", name: "المحكمة الإدارية العليا", exact: []string{"المحكمة الإدارية العليا"}}}},
		// A ministry's or an authority's name ends after a portfolio named
		// by an adjective in ية, after a nationality adjective, and before
		// a plural, but for adjectives: of relation, of nationality, and
		// stop.tsv's institutional ones.
		{"وأزالت وزارة الداخلية الحواجز الخرسانية", []node{{typ: "GovernmentOrganization", name: "وزارة الداخلية", exact: []string{"وزارة الداخلية"}}}},
		{"وطالبت وزارة الداخلية السورية العمل على", []node{{typ: "GovernmentOrganization", name: "وزارة الداخلية السورية", exact: []string{"وزارة الداخلية السورية"}}}},
		{"وتلقت وزارة الإسكان الطلبات المقدمة", []node{{typ: "GovernmentOrganization", name: "وزارة الإسكان", exact: []string{"وزارة الإسكان"}}}},
		{"وقال اتحاد العلماء المسلمين إن", []node{{typ: "Organization", name: "اتحاد العلماء المسلمين", exact: []string{"اتحاد العلماء المسلمين"}}}},
		{"وقال اتحاد الصيادلة المهنيين إن", []node{{typ: "Organization", name: "اتحاد الصيادلة المهنيين", exact: []string{"اتحاد الصيادلة المهنيين"}}}},
		{"وزارة القوى العاملة والهجرة", []node{{typ: "GovernmentOrganization", name: "وزارة القوى العاملة والهجرة", exact: []string{"وزارة القوى العاملة والهجرة"}}}},
		// «الشيخ زايد» is the Giza city where a place is expected
		// (stop.tsv, located and ofplace), and Zayed bin Sultan elsewhere.
		{"قتل خفير خاص بمنطقة الشيخ زايد", []node{{typ: "City", name: "مدينة الشيخ زايد", exact: []string{"الشيخ زايد"}}}},
		{"ضبط عاطل مقيم الشيخ زايد دائرة القسم", []node{{typ: "City", name: "مدينة الشيخ زايد", exact: []string{"الشيخ زايد"}}}},
		{"وكان الشيخ زايد يرى أن الوحدة", []node{{typ: "Person", name: "زايد", title: "الشيخ", exact: []string{"زايد"}}}},
		// Towns spelled with «أبو» joined, and landmarks named like people
		// (curated.tsv).
		{"داخل معبد أبوسمبل وسط", []node{{typ: "City", name: "أبو سمبل", exact: []string{"أبوسمبل"}}}},
		{"الأهرامات وأبو الهول", []node{{typ: "Place", name: "أبو الهول", exact: []string{"أبو الهول"}}}},
		// The words of an everyday phrase are no lone family name either:
		// «مرة أخرى», «أول مرة» after «جلال مرة».
		{"وقال جلال مرة إن الحزب يتعاون مرة أخرى مع الحزب الذي تأسس أول مرة عام 2011", []node{{typ: "Person", name: "جلال مرة", exact: []string{"جلال مرة"}}}},
		// A person's name is in one script: a rule that runs from Arabic
		// words into Latin ones has run past the name. A name all in
		// Latin letters before an office is a person's.
		{"يقول لمرسي إن الحوار بيخلينا منعرفش نصحى Early", nil},
		{"مع Kevin Duckworth رئيس مجموعة Preston Group وكذا", []node{{typ: "Person", name: "Kevin Duckworth", exact: []string{"Kevin Duckworth"}}}},
		{"وقال مالك لـDW عربية إن", nil},
		// A function word behind a proclitic is no word of a name.
		{"وقالت ميساء لمن يسألها", []node{{typ: "Person", name: "ميساء", exact: []string{"ميساء"}}}},
		{"وشدد مبارك وإن كان", []node{{typ: "Person", name: "مبارك", exact: []string{"مبارك"}}}},
		// A kashida between spaces is a dash, which no name crosses.
		{"وأضاف قراقع ـ حسبما أفادت القناة", []node{{typ: "Person", name: "قراقع", exact: []string{"قراقع"}}}},
		// «بأم عينيه», with his own eyes, is an idiom (stop.tsv, phrase).
		{"حتى رأى بأم عينيه النيران وهى تلتهم المحل", nil},
		// A word with tanween is an indefinite noun or adjective, no name:
		// «سيراً» is on foot, not the town «سيرا»; «سوريًا» Syrian, and an
		// adverb before or after a name stays out of it.
		{"وصل سيراً على الأقدام", nil},
		{"قدم دعما سوريًا للمعارضة", nil},
		{"تعيين نجل الرئيس المصري المنتخب حديثاً محمد مرسي في وظيفة", []node{
			{typ: "Country", name: "مصر", nationality: []string{"المصري"}},
			{typ: "Person", name: "محمد مرسي", exact: []string{"محمد مرسي"}},
		}},
		// After the conjunction, a word of two letters begins a longer
		// listed name.
		{"بين القدس وتل أبيب", []node{
			{typ: "City", name: "القدس", exact: []string{"القدس"}},
			{typ: "City", name: "تل أبيب", exact: []string{"تل أبيب"}},
		}},
		// A head that takes any word does not take an everyday plural, or
		// an everyday word that ends the phrase: it says what kind the
		// place is.
		{"متاح من قاعدة بيانات عبر الإنترنت", nil},
		{"وصل إلى مطار دولي", nil},
		{"نقل إلى سجن وادي النطرون", []node{{typ: "Place", name: "سجن وادي النطرون", exact: []string{"سجن وادي النطرون"}}}},
		{"في حي السيدة زينب", []node{{typ: "Place", name: "السيدة زينب", exact: []string{"السيدة زينب"}}}},
		// In a list of people, a listed name's first word after و begins
		// the next one, but not an everyday word («ونظام الإخوان»).
		{"مع الفنانين وليد توفيق وفايز السعيد", []node{
			{typ: "Person", name: "وليد توفيق", exact: []string{"وليد توفيق"}},
			{typ: "Person", name: "فايز السعيد", exact: []string{"فايز السعيد"}},
		}},
		{"ضد سياسات محمد مرسي ونظام الإخوان", []node{
			{typ: "Person", name: "محمد مرسي", exact: []string{"محمد مرسي"}},
			{typ: "Organization", name: "جماعة الإخوان المسلمين", exact: []string{"الإخوان"}},
		}},
		{"ولم يتم الكشف عن موقع هذه القاعدة", nil},
		{"يجب أن تشكل القاعدة السياسية لأي وقف", nil},
		{"حول القاعدة العسكرية الروسية", []node{{typ: "Country", name: "روسيا", nationality: []string{"الروسية"}}}},
		{"قال أنصار تنظيم القاعدة الإرهابية إن", []node{{typ: "Organization", name: "تنظيم القاعدة", exact: []string{"القاعدة"}}}},
		{"بابا الفاتيكان الجديد يخرج للجماهير", []node{{typ: "Country", name: "الفاتيكان", exact: []string{"الفاتيكان"}}}},
		{"ضبط مبلغ مالي ودعم سياسي ومالي", nil},
		// Bodies named in construct after «نقابة», «مؤسسة», «معهد»,
		// «اتحاد», «جمعية», «رابطة»: «نقابة المهندسين» is the syndicate,
		// not the Cairo district, «معهد واشنطن» not the city.
		{"ننتظر ردا رسميا من مؤسسة الكرامة", []node{{typ: "Organization", name: "مؤسسة الكرامة", exact: []string{"مؤسسة الكرامة"}}}},
		{"وأكد مجلس نقابة المهندسين أن", []node{{typ: "Organization", name: "نقابة المهندسين", exact: []string{"نقابة المهندسين"}}}},
		{"قال باحث في معهد واشنطن إن", []node{{typ: "Organization", name: "معهد واشنطن", exact: []string{"معهد واشنطن"}}}},
		// A foreign word no table or dictionary knows names a company, a
		// paper or a bank after its head (heads.tsv, needs foreign), and
		// stays apart from a head that keeps out of listed names; not a
		// party's, whose foreign word is its leader.
		{"وقالت مجلة نيوزويك عن الفيلم", []node{{typ: "NewsMediaOrganization", name: "نيوزويك", exact: []string{"نيوزويك"}}}},
		{"بعد إعلان منافستها شركة موتورولا زيادة أرباحها", []node{{typ: "Corporation", name: "موتورولا", exact: []string{"موتورولا"}}}},
		{"في برنامج على قناة الفراعين أمس", []node{{typ: "NewsMediaOrganization", name: "قناة الفراعين", exact: []string{"قناة الفراعين"}}}},
		{"وفاز حزب كيباكي بالأغلبية", nil},
		// «منظمة» takes a foreign name and keeps out of a listed one; a
		// rarer Wikidata name token («فالنسيا») is a foreign name too,
		// although the lexicon reads it as «ف» and a word. Where «منظمة»
		// is "organized", the word after it is no name.
		{"وقالت منظمة فريدوم هاوس ومنظمة الأمم المتحدة", []node{
			{typ: "Organization", name: "فريدوم هاوس", exact: []string{"فريدوم هاوس"}},
			{typ: "Organization", name: "الأمم المتحدة", exact: []string{"الأمم المتحدة"}},
		}},
		{"أبدى نادي فالنسيا اهتمامه", []node{{typ: "Organization", name: "فالنسيا", exact: []string{"فالنسيا"}}}},
		{"اعتداءات بصورة منظمة وممنهجة", nil},
		{"هجمات منظمة للبلطجة", nil},
		{"تأسيس منظمة بلوشستانية مسلحة", nil},
		{"أعلنت شركة بومباردييه", []node{{typ: "Corporation", name: "بومباردييه", exact: []string{"بومباردييه"}}}},
		{"أمام الجمعية العامة للأمم المتحدة", []node{{typ: "GovernmentOrganization", name: "الجمعية العامة للأمم المتحدة", exact: []string{"الجمعية العامة للأمم المتحدة"}}}},
		{"قال اتحاد الكرة إن", []node{{typ: "Organization", name: "اتحاد الكرة", exact: []string{"اتحاد الكرة"}}}}, // a body, no person
		{"في أغسطس الماضي", nil},
		{"قال إنه سيعود", nil},
		// A minister of a portfolio no title lists: the portfolio is part
		// of the title («وزير العدل»), and a nationality adjective may
		// follow.
		{"قال وزير العدل شارل رزق في", []node{{typ: "Person", name: "شارل رزق", title: "وزير العدل", exact: []string{"شارل رزق"}}}},
		{"ويقف وزير الثقافة الإيراني مهاجراني في وضع", []node{
			{typ: "Country", name: "إيران", nationality: []string{"الإيراني"}},
			{typ: "Person", name: "مهاجراني", title: "وزير الثقافة الإيراني", exact: []string{"مهاجراني"}},
		}},
		// A rarer name token after a title is a name, an everyday word
		// («فريدون») too where a word of a name follows; an everyday word
		// alone or before everyday words is not.
		{"قال السيد فريدون كرمانشاهي في", []node{{typ: "Person", name: "فريدون كرمانشاهي", title: "السيد", exact: []string{"فريدون كرمانشاهي"}}}},
		// Participles after a body's name end it (stop.tsv), and so does
		// the object «القبض».
		{"ألقت قوات الأمن القبض على المتهم", []node{{typ: "Organization", name: "قوات الأمن", exact: []string{"قوات الأمن"}}}},
		{"قوات الأمن المكلفة بحماية", []node{{typ: "Organization", name: "قوات الأمن", exact: []string{"قوات الأمن"}}}},
		{"حكم محكمة القضاء الإداري الصادر أمس", []node{{typ: "GovernmentOrganization", name: "محكمة القضاء الإداري", exact: []string{"محكمة القضاء الإداري"}}}},
		// A head that a nationality adjective completes (الخارجية,
		// الشرطة) is a complement in construct; «قوات» leaves the body
		// named with the adjective to it.
		{"قالت وزارة الخارجية في بيان", []node{{typ: "GovernmentOrganization", name: "وزارة الخارجية", exact: []string{"وزارة الخارجية"}}}},
		{"انتشرت قوات الشرطة في", []node{{typ: "Organization", name: "قوات الشرطة", exact: []string{"قوات الشرطة"}}}},
		{"انتشرت قوات الجيش السوري الحر", []node{{typ: "Organization", name: "الجيش السوري الحر", exact: []string{"الجيش السوري الحر"}}}},
		// A listed place behind a proclitic after a head says where the
		// thing is.
		{"بجوار بنك بالقاهرة", []node{{typ: "City", name: "القاهرة", exact: []string{"القاهرة"}}}},
		// A town of the generated lists whose name has a word spelled as
		// a function word is none: «مرسى علي» is a town, «مرسي على» Morsi
		// and a preposition.
		{"قال الرئيس محمد مرسي. وحرص مرسي على التأكيد", []node{{typ: "Person", name: "محمد مرسي", title: "الرئيس", exact: []string{"محمد مرسي", "مرسي"}}}},
		{"سافر إلى مرسى علي", []node{{typ: "City", name: "مرسى علي", exact: []string{"مرسى علي"}}}},
		// Places of worship (heads.tsv), named by a saint with his title
		// («مار», titles.tsv) or by an adjective («الكاتدرائية المرقسية»).
		{"احتفلت كنيسة مار جرجس بالفيوم", []node{
			{typ: "Place", name: "كنيسة مار جرجس", exact: []string{"كنيسة مار جرجس"}},
			{typ: "City", name: "الفيوم", exact: []string{"الفيوم"}}}},
		{"صلى في مسجد القائد إبراهيم", []node{{typ: "Place", name: "مسجد القائد إبراهيم", exact: []string{"مسجد القائد إبراهيم"}}}},
		{"أمام الكاتدرائية المرقسية", []node{{typ: "Place", name: "الكاتدرائية المرقسية", exact: []string{"الكاتدرائية المرقسية"}}}},
		// A listed place behind ب ends a name after its first word; a
		// Maghrebi family name in «بن» does not.
		{"وقال الأنبا بيشوي بوادي النطرون", []node{
			{typ: "Person", name: "بيشوي", title: "الأنبا", exact: []string{"بيشوي"}},
			{typ: "Place", name: "وادي النطرون", exact: []string{"وادي النطرون"}}}},
		{"وقال الشاعر محمد بنيس", []node{{typ: "Person", name: "محمد بنيس", title: "الشاعر", exact: []string{"محمد بنيس"}}}},
		// Adverbs and interrogatives (stop.tsv, function) end a name; so
		// does an everyday word after the short form of a listed name,
		// and the conjunction and an everyday word after an Arab one.
		{"أصيب حمادة أثناء الاشتباكات", nil},
		{"ناريمان محمد ماذا يمكن أن تفعل", nil},
		{"وأعلن الرئيس بوش حالة طوارئ", []node{{typ: "Person", name: "جورج دبليو بوش", title: "الرئيس", exact: []string{"بوش"}}}},
		{"ومنهم يوحنا قلته من الكنيسة", []node{{typ: "Person", name: "يوحنا قلته", exact: []string{"يوحنا قلته"}}}},
		{"الخارجين على عثمان وقتل من وصل إليهم", nil},
		{"شاركت مي سليم ودرة التونسية", []node{{typ: "Country", name: "تونس", nationality: []string{"التونسية"}}}},
		// A plural or dual with ال is no family name; the second part of
		// a compound name after a link is.
		{"والدكتور حلمي الجزار القياديين في الجماعة", []node{{typ: "Person", name: "حلمي الجزار", title: "الدكتور", exact: []string{"حلمي الجزار"}}}},
		{"طالب بإقالة اللواء محمد إبراهيم وإنصاف المتظاهرين، واصفا المتظاهرين بالسلميين", []node{{typ: "Person", name: "محمد ابراهيم", title: "اللواء", exact: []string{"محمد إبراهيم"}}}},
		{"وقال حسن أبو العينين", []node{{typ: "Person", name: "حسن أبو العينين", exact: []string{"حسن أبو العينين"}}}},
		// Nor is a verbal noun of a derived verb with ال; the second part
		// of a compound first name of that shape is a name.
		{"واقترحت السفيرة ليلى عمارة الإسراع في اتخاذ الإجراءات", []node{{typ: "Person", name: "ليلى عمارة", title: "السفيرة", exact: []string{"ليلى عمارة"}}}},
		{"ورفضت مها أبو العينين الإفصاح عن الاتجاهات", []node{{typ: "Person", name: "مها أبو العينين", exact: []string{"مها أبو العينين"}}}},
		{"وأعاد أيمن سليمان الاتصال بالرئيس", []node{{typ: "Person", name: "أيمن سليمان", exact: []string{"أيمن سليمان"}}}},
		{"ووصل محمد فخر الإسلام إلى", []node{{typ: "Person", name: "محمد فخر الإسلام", exact: []string{"محمد فخر الإسلام"}}}},
		// A first name that is also a noun, before an everyday word with
		// ال, is the noun in construct, however long the phrase.
		{"وحمل مجدي حمدان، أمين العمل الجماهيري بالحزب", []node{{typ: "Person", name: "مجدي حمدان", exact: []string{"مجدي حمدان"}}}},
		{"وفر مالك العقار المنهار", nil},
		// Hospitals (heads.tsv): named by a word with ال or a person; one
		// named by a listed place is the place.
		{"نقل إلى مستشفى أحمد ماهر التعليمي", []node{{typ: "Hospital", name: "مستشفى أحمد ماهر التعليمي", exact: []string{"مستشفى أحمد ماهر التعليمي"}}}},
		{"داخل مستشفى الشرطة بالعجوزة", []node{
			{typ: "Hospital", name: "مستشفى الشرطة", exact: []string{"مستشفى الشرطة"}},
			{typ: "Place", name: "العجوزة", exact: []string{"العجوزة"}}}},
		{"نقل إلى مستشفى السويس العام", []node{{typ: "City", name: "السويس", exact: []string{"السويس"}}}},
		// Participles in apposition end a name; the body's too.
		{"والدكتور هشام لبيب المشرف على قطاع التنمية", []node{{typ: "Person", name: "هشام لبيب", title: "الدكتور", exact: []string{"هشام لبيب"}}}},
		{"صرح مدير المركز القومي للامتحانات والمشرف على مركز التطوير", []node{{typ: "Organization", name: "المركز القومي للامتحانات", exact: []string{"المركز القومي للامتحانات"}}}},
		{"قال الرئيس الباكستاني برفيز مشرف", []node{
			{typ: "Country", name: "باكستان", nationality: []string{"الباكستاني"}},
			{typ: "Person", name: "برويز مشرف", title: "الرئيس الباكستاني", exact: []string{"برفيز مشرف"}}}},
		// «خان» and «بير» (stop.tsv, later) are a part of a name only after
		// another: they begin places' names, not people's.
		{"تجول في خان الخليلي", nil},
		{"قال رئيس الوزراء عمران خان إن البلاد بخير. وأشار خان إلى", []node{{typ: "Person", name: "عمران خان", title: "رئيس الوزراء", exact: []string{"عمران خان", "خان"}}}},
		// A Wikidata name token no dictionary knows is a name though it has
		// a common word's shape («انيبال» is shaped as «انفعال»).
		{"وقال الرئيس انيبال كافاكو سيلفا", []node{{typ: "Person", name: "انيبال كافاكو سيلفا", title: "الرئيس", exact: []string{"انيبال كافاكو سيلفا"}}}},
		{"ظهر كزعيم قادر على جلب النظام", nil},
		{"تلقى رئيس المباحث إخطارًابوجود مشاجرة على", nil},
		{"شدد وزير الكهرباء والطاقة علي العمل علي مدار اليوم", nil},
		{"ضد الرئيس أكبر دليل على تراجع", nil},
		{"والمحامي مقدم الدعوى عن الحضور", nil},
		{"انتخاب أول رئيس مدني لمصر", []node{{typ: "Country", name: "مصر", exact: []string{"مصر"}}}},
		// A name follows the words of a work's credits (titles.tsv,
		// credit), which are no jobTitle; «بإخراج» draws a weapon.
		{"المسلسل تأليف محمد رفعت وإخراج باسم محفوظ", []node{
			{typ: "Person", name: "محمد رفعت", exact: []string{"محمد رفعت"}},
			{typ: "Person", name: "باسم محفوظ", exact: []string{"باسم محفوظ"}},
		}},
		{"قام بإخراج فرد خرطوش وأطلق الرصاص", nil},
		// So does a word of kin (titles.tsv, kin), a first name alone
		// too; not a first name that is a noun in construct.
		{"تقدم بلاغا بوفاة نجله مصطفى، 5 أعوام، طالب", []node{{typ: "Person", name: "مصطفى", exact: []string{"مصطفى"}}}},
		{"وأصيب شقيقه حسام 35 عاما مزارع", []node{{typ: "Person", name: "حسام", exact: []string{"حسام"}}}},
		{"ومرض زوجها محمد أحمد محمد هارون، 42 عاما", []node{{typ: "Person", name: "محمد أحمد محمد هارون", exact: []string{"محمد أحمد محمد هارون"}}}},
		{"ربة منزل (والدة مالك الشقة) مصابة", nil},
		{"وأكد شقيقه على أن أسرته تنتظر", nil},
		// A title in quotes after the head of a paper or a channel is
		// the paper, not a place; one the lists have is their entry.
		{"نشرته صحيفة \" الشرق الاوسط \" السعودية", []node{
			{typ: "NewsMediaOrganization", name: "الشرق الاوسط", exact: []string{"الشرق الاوسط"}},
			{typ: "Country", name: "المملكة العربية السعودية", exact: []string{"السعودية"}},
		}},
		{"نشرت مجلة «العربي» تقريرا", []node{{typ: "NewsMediaOrganization", name: "العربي", exact: []string{"العربي"}}}},
		{"قالت قناة \"الجزيرة\" إن", []node{{typ: "NewsMediaOrganization", name: "الجزيرة", exact: []string{"الجزيرة"}}}},
		{"وتصدر عنها جريدة القدس", []node{{typ: "NewsMediaOrganization", name: "جريدة القدس", exact: []string{"جريدة القدس"}}}},
		// After a title, an everyday word after a foreign name is the
		// sentence's, not the family name.
		{"وقد سبقت زيارة الرئيس مورالس مواقفه الكبيرة", []node{{typ: "Person", name: "مورالس", title: "الرئيس", exact: []string{"مورالس"}}}},
		// A one-word person no title named, by a word neither the tables
		// nor the lexicon know, is that person wherever the article names
		// the word again.
		{"وقال رشوان إن الحوار مستمر. ويرى رشوان أن", []node{{typ: "Person", name: "رشوان", exact: []string{"رشوان", "رشوان"}}}},
		// A city read as its club once is the club throughout the
		// article; «مرمى» is a word of sport.
		{"فاز ليفربول على شيفلد. وحاصر ليفربول منطقة جزاء شيفلد", []node{{typ: "SportsTeam", name: "ليفربول", exact: []string{"ليفربول", "ليفربول"}}}},
		{"أنقذ حارس مرمى ليفربول الكرة", []node{{typ: "SportsTeam", name: "ليفربول", exact: []string{"ليفربول"}}}},
		{"فاز برشلونة على ضيفه. وقالت وسائل الإعلام في برشلونة إن", []node{
			{typ: "SportsTeam", name: "برشلونة", exact: []string{"برشلونة"}},
			{typ: "City", name: "برشلونة", exact: []string{"برشلونة"}},
		}},
		// A place whose name is a compound given name goes on the name of
		// a person before it; alone it is the place only where one is
		// expected (stop.tsv, located).
		{"وتستمع النيابة إلى أقوال المحامي وحيد صلاح الدين، ابن شقيقة", []node{{typ: "Person", name: "وحيد صلاح الدين", title: "المحامي", exact: []string{"وحيد صلاح الدين"}}}},
		{"وأمين بحث ياسر صلاح الدين، المعينان", []node{{typ: "Person", name: "ياسر صلاح الدين", title: "أمين بحث", exact: []string{"ياسر صلاح الدين"}}}},
		{"وأكد صلاح الدين، أن اللحظة", []node{{typ: "Person", name: "صلاح الدين", exact: []string{"صلاح الدين"}}}},
		{"في محافظات الأنبار ونينوى وصلاح الدين", []node{
			{typ: "AdministrativeArea", name: "الأنبار", exact: []string{"الأنبار"}},
			{typ: "AdministrativeArea", name: "نينوى", exact: []string{"نينوى"}},
			{typ: "AdministrativeArea", name: "صلاح الدين", exact: []string{"صلاح الدين"}},
		}},
		{"مدينة سامراء بمحافظة صلاح الدين", []node{
			{typ: "City", name: "سامراء", exact: []string{"سامراء"}},
			{typ: "AdministrativeArea", name: "صلاح الدين", exact: []string{"صلاح الدين"}},
		}},
		{"واللواء أركان حرب متقاعد صلاح الدين سلامة", []node{{typ: "Person", name: "صلاح الدين سلامة", title: "اللواء أركان حرب متقاعد", exact: []string{"صلاح الدين سلامة"}}}},
		// «الكاف» is the African football federation, not Tunisia's Kef.
		{"ينتظر الاتحاد قرارات الكاف اليوم", []node{{typ: "Organization", name: "الاتحاد الأفريقي لكرة القدم", exact: []string{"الكاف"}}}},
		// «افريقية» is the adjective (stop.tsv, unlisted); «البندقية» the
		// rifle but where a place is expected (located).
		{"سيتم إرسالهم إلى دول أفريقية مجاورة", nil},
		{"لتشكيل قوة افريقية لمواجهة الإسلاميين", nil},
		{"فأخرج المجند البندقية وظن أنها فارغة", nil},
		{"افتتح المهرجان في البندقية أمس", []node{{typ: "AdministrativeArea", name: "البندقية", exact: []string{"البندقية"}}}},
		// «النيل» before «من» or «منه» is harming, but for a noun it
		// completes before it (stop.tsv, objectfrom).
		{"وستواجه بحزم أية محاولات تستهدف النيل منها", nil},
		{"حملة شرسة تسعى للنيل من المشروع", nil},
		{"وأرادوا وأد الحريات والنيل من استقلال القضاء", nil},
		{"بشارع كورنيش النيل من قبل بعض الصبية", []node{{typ: "Place", name: "نهر النيل", exact: []string{"النيل"}}}},
		{"حصة كل مركز في الدلتا ووادي النيل من السولار", []node{{typ: "Place", name: "نهر النيل", exact: []string{"النيل"}}}},
		{"على طول مجرى النيل من أسوان", []node{
			{typ: "Place", name: "نهر النيل", exact: []string{"النيل"}},
			{typ: "City", name: "أسوان", exact: []string{"أسوان"}},
		}},
		{"سافر إلى النيل", []node{{typ: "Place", name: "نهر النيل", exact: []string{"النيل"}}}},
		// A city and a masculine adjective is its club, but not after
		// the dual of a head («مطاري», «مينائي»), nor joined to a place
		// with its adjective that is no club.
		{"نقلت أسطولها إلى مطاري عمان الأردني ودمشق السوري", []node{
			{typ: "City", name: "عمّان", exact: []string{"عمان"}},
			{typ: "Country", name: "الأردن", nationality: []string{"الأردني"}},
			{typ: "City", name: "دمشق", exact: []string{"دمشق"}},
			{typ: "Country", name: "سوريا", nationality: []string{"السوري"}},
		}},
		{"إضافة أي من مينائي مرسيليا الفرنسي أو جنوة الإيطالي", []node{
			{typ: "Place", name: "مرسيليا", exact: []string{"مرسيليا"}},
			{typ: "Country", name: "فرنسا", nationality: []string{"الفرنسي"}},
			{typ: "City", name: "جنوة", exact: []string{"جنوة"}},
			{typ: "Country", name: "إيطاليا", nationality: []string{"الإيطالي"}},
		}},
		{"مواجهة بين يوفنتوس الإيطالي وبايرن ميونيخ الألماني", []node{
			{typ: "SportsTeam", name: "يوفنتوس", exact: []string{"يوفنتوس"}},
			{typ: "Country", name: "إيطاليا", nationality: []string{"الإيطالي"}},
			{typ: "SportsTeam", name: "بايرن ميونخ", exact: []string{"بايرن ميونيخ"}},
			{typ: "Country", name: "ألمانيا", nationality: []string{"الألماني"}},
		}},
		{"فاز ليفربول الإنجليزي وميلان الإيطالي", []node{
			{typ: "SportsTeam", name: "ليفربول", exact: []string{"ليفربول"}},
			{typ: "AdministrativeArea", name: "إنجلترا", nationality: []string{"الإنجليزي"}},
			{typ: "SportsTeam", name: "ميلان", exact: []string{"ميلان"}},
			{typ: "Country", name: "إيطاليا", nationality: []string{"الإيطالي"}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := find(t, tt.text)
			var nodes []node
			for _, e := range got {
				n := node{typ: e.Type, name: e.Name, title: e.JobTitle}
				for _, m := range e.MentionedAt {
					n.exact = append(n.exact, m.Exact)
				}
				for _, m := range e.NationalityMentionedAt {
					n.nationality = append(n.nationality, m.Exact)
				}
				nodes = append(nodes, n)
			}
			assert.Equal(t, tt.want, nodes)
		})
	}
}

// TestSurnamesLinked checks which words a person's name makes a person
// alone elsewhere in the article. A name read on past a word no list has
// to an everyday word with ال («خالد مكان السجن», a run-on of the name
// rules) does not make every «السجن» of the article a person; after names
// of the lists such a word is a family name and does («عباس محمود
// العقاد»).
func TestSurnamesLinked(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		linked     bool
	}{
		{"لم يعلم خالد مكان السجن الحربي. وقال إن السجن كله شاهده", "السجن", false},
		{"كتب عباس محمود العقاد مقالا. وقال العقاد إن", "العقاد", true},
		{"وقال مصطفى الكاظمي إن. وأكد الكاظمي", "الكاظمي", true},
		// A title that is a family name too stands alone for the person,
		// but not before a name, whose title it is.
		{"وقال شوقي السيد إن القانون باطل. وأضاف السيد أن", "السيد", true},
		{"وقال شوقي السيد إن القانون باطل. وحضر السيد رشاد", "السيد", false},
	} {
		alone := false
		for _, e := range find(t, tt.text) {
			for _, m := range e.MentionedAt {
				alone = alone || e.Type == "Person" && m.Exact == tt.word
			}
		}
		assert.Equal(t, tt.linked, alone, tt.text)
	}
}

// TestSameAs checks the Wikidata ids the tables give: curated persons,
// a country, a capital that world-cities lists without an id and dr5hn
// with one, a city that dr5hn has as a division of its own or under a
// smaller count, a city whose name other towns share, which has none,
// a state that a wrong city label no longer hides, and a body the lists
// have without an id named by its short name in brackets, which has one.
func TestSameAs(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"قال جو بايدن", "Q6279"},
		// «بوش» alone is the son; «بوش الأب», the longer entry, the father.
		{"قال بوش", "Q207"},
		{"قال بوش الاب", "Q23505"},
		{"في العراق", "Q796"},
		{"في القاهرة", "Q85"},
		{"في دمشق", "Q3766"},
		{"في قرطبة", ""},
		{"في باريس", "Q90"},
		{"في موسكو", "Q649"},
		{"في أنقرة", "Q3640"},
		{"في ولاية كاليفورنيا", "Q99"},
		{"في بورتسودان", ""}, // dr5hn gives it Omdurman's id
		// A listed body with an id as the short name of one listed
		// without: one node, with the id (bracketedAliases).
		{"وفي بيان أصدرته وزارة الدفاع الأمريكية (البنتاجون) تحدث", "Q11208"},
	} {
		got := find(t, tt.text)
		if assert.Len(t, got, 1, tt.text) {
			want := ""
			if tt.want != "" {
				want = "http://www.wikidata.org/entity/" + tt.want
			}
			assert.Equal(t, want, got[0].SameAs, tt.text)
		}
	}
}

// TestHomonyms checks the place a one-word name that two countries have
// a place by is read as (homonyms.tsv): the gazetteers' first place, or
// the other one in an article that names its country, by name or by an
// adjective, and the first one's country in no other way.
func TestHomonyms(t *testing.T) {
	const oman, amman = "عُمان Q842", "عمّان Q3805"
	const libya, lebanon = "طرابلس Q3579", "طرابلس Q168954"
	for _, tt := range []struct{ text, word, want string }{
		{"وصل الوزير إلى عمان أمس", "عمان", oman},
		{"وصل إلى العاصمة الأردنية عمان أمس. وغادر عمان اليوم", "عمان", amman},
		{"عمان - أ ش أ أعلن الناطق باسم الحكومة أن الأردن يستقبل اللاجئين", "عمان", amman},
		{"والتقى العاهل الأردني في عمان وزير الخارجية", "عمان", amman},
		{"في عمان الأردنية", "عمان", amman},
		// Oman named in another way: the article means Oman.
		{"وصل الملك الأردني إلى سلطنة عمان. وتستقبل عمان الزوار", "عمان", oman},
		{"قال الوزير العماني في عمان إن الأردن", "عمان", oman},
		{"اشتباكات في طرابلس", "طرابلس", libya},
		{"انطلقت اليوم في مدينة طرابلس بشمال لبنان مسيرة", "طرابلس", lebanon},
		{"قطع المتظاهرون الطرق في بيروت وصيدا وطرابلس. وقال وزير الداخلية اللبناني", "طرابلس", lebanon},
		{"مقر الأمم المتحدة بطرابلس الليبية، وقال السفير اللبناني", "طرابلس", libya},
	} {
		got := ""
		for _, e := range find(t, tt.text) {
			for _, m := range e.MentionedAt {
				if strings.HasSuffix(m.Exact, tt.word) {
					got = e.Name + " " + strings.TrimPrefix(e.SameAs, "http://www.wikidata.org/entity/")
				}
			}
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// TestQuantitiesYieldToNames: «طالبان» is no dual of طالب once the
// entity extractor has read it as a name.
func TestQuantitiesYieldToNames(t *testing.T) {
	q, err := quantity.New()
	require.NoError(t, err)
	p := extract.NewPipeline(extract.Options{ReferenceDate: time.Now()}, newTestExtractor(t), q)
	out, err := p.Extract(&model.Article{ID: "t", Text: "قالت حركة طالبان إن 300 مقاتل قتلوا"})
	require.NoError(t, err)
	require.Len(t, out.Quantities, 1)
	assert.Equal(t, "300 مقاتل", out.Quantities[0].MentionedAt[0].Exact)
}

// TestDatesYieldToNames: «6 أكتوبر» in the name of a town is no date;
// the date after it still is.
func TestDatesYieldToNames(t *testing.T) {
	q, err := quantity.New()
	require.NoError(t, err)
	dates, err := temporal.New(q)
	require.NoError(t, err)
	p := extract.NewPipeline(extract.Options{ReferenceDate: time.Date(2013, 3, 1, 0, 0, 0, 0, time.UTC)}, newTestExtractor(t), dates)
	out, err := p.Extract(&model.Article{ID: "t", Text: "وصل إلى مدينة 6 أكتوبر يوم 6 أكتوبر"})
	require.NoError(t, err)
	require.Len(t, out.TemporalExpressions, 1)
	assert.Equal(t, []model.Span{{Start: 27, End: 35, Exact: "6 أكتوبر"}}, out.TemporalExpressions[0].MentionedAt)
}

// TestSpansAreExact checks that every mention is the substring it claims.
func TestSpansAreExact(t *testing.T) {
	text := "وقال الرئيسُ الأمريكيُّ جو بايدن للعراقيين: إن القوات الأميركية باقية في بغداد ومطار بغداد الدولي"
	runes := []rune(text)
	for _, e := range find(t, text) {
		for _, m := range append(e.MentionedAt, e.NationalityMentionedAt...) {
			assert.Equal(t, string(runes[m.Start:m.End]), m.Exact)
		}
	}
}

// TestCommonShape: the templates of shapes.tsv, on search forms.
func TestCommonShape(t *testing.T) {
	x := newTestExtractor(t)
	for w, want := range map[string]bool{
		"اقتراح": true, "الاجتماع": true, "استقلال": true, "الصناعيه": true, "والانتخابات": true,
		"مواقفها": true, "قادتهم": true, "التنسيق": true, "بالتعاون": true,
		"الكاظمي": false, "بولتون": false, "السنيوره": false, "جوتشولك": false, "هارون": false, "": false,
	} {
		assert.Equal(t, want, x.t.commonShape(w), w)
	}
}

// TestMentionKey: a rule's mention has one key however its tokens are
// spaced in the search form: the words with one space between them,
// without the proclitic.
func TestMentionKey(t *testing.T) {
	x := newTestExtractor(t)
	keyOf := func(text string, start, end, clitic int) nodeKey {
		nt, err := normalize.Normalize(text)
		require.NoError(t, err)
		p := &parser{t: x.t, article: nt}
		p.reset(token.Tokenize(nt.Norm))
		return p.mentionKey(&mention{start: start, end: end, clitic: clitic, typ: "Organization"}, nt.Norm)
	}
	want := nodeKey{"Organization", "شركه بيبسي - كولا"}
	assert.Equal(t, want, keyOf("وشركة بيبسي - كولا", 0, 4, len("و")))
	assert.Equal(t, want, keyOf("شركة بيبسي-كولا", 0, 4, 0))
}

// TestNodeNames checks the names of nodes no list has: a name read behind
// ل before ال, which lost its alif, is the name with ال and one node with
// the name without the ل; and a name and a job title are clean of the
// invisible marks and odd spaces a span of the original takes in.
func TestNodeNames(t *testing.T) {
	for _, tt := range []struct {
		text  string
		names []string
	}{
		{"وقدم الطلب للحكومة المصرية ثم قالت الحكومة المصرية إن", []string{"الحكومة المصرية"}},
		{"وذكر بيان للخارجية العراقية أن", []string{"الخارجية العراقية"}},
		{"وقدم شكوى للمجلس القومي لحقوق الإنسان", []string{"المجلس القومي لحقوق الإنسان"}},
		{"وقال هاني بركات\u200f إن", []string{"هاني بركات"}},
		{"وقالت وزارة\u00a0الصحة إن", []string{"وزارة الصحة"}},
		{"وقال وزير  الداخلية\u200f اللواء محمد إبراهيم إن", []string{"محمد ابراهيم/وزير الداخلية"}},
		// ل before ال and a word that begins with ل: the article's lam
		// is written with the word's, and the name has both back.
		{"وقدم طلبا للجنة العليا للانتخابات ثم قالت اللجنة العليا للانتخابات", []string{"اللجنة العليا للانتخابات"}},
		{"ووردت معلومات للواء نجاح فوزي مساعد الوزير", []string{"نجاح فوزي/اللواء"}},
	} {
		var names []string
		for _, e := range find(t, tt.text) {
			if e.JobTitle != "" {
				e.Name += "/" + e.JobTitle
			}
			names = append(names, e.Name)
		}
		assert.Equal(t, tt.names, names, tt.text)
	}
}

func TestCleanName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"هاني بركات", "هاني بركات"},
		{"هاني بركات\u200f", "هاني بركات"},
		{"\u200eهاني  بركات", "هاني بركات"},
		{"وزارة\u00a0الصحة", "وزارة الصحة"},
		{"الجيش\nالإسرائيلي", "الجيش الإسرائيلي"},
		{"الإخـوان", "الإخوان"},
		{"مُحمّد", "مُحمّد"}, // harakat are the article's spelling
		{"«الأهرام»", "«الأهرام»"},
		{"\u0600الأهرام", "الأهرام"},
		{"الأهرام\u00ad", "الأهرام"},
	} {
		assert.Equal(t, tt.want, cleanName(tt.in), "%q", tt.in)
	}
}
