"""Cue files of the languages added after the first eighteen (Czech, Greek, Catalan, ...):
a meeting, an arrest and a sanction or expulsion in invented sentences come out with their
type, sides and date; a negated or future meeting is not reported as done."""

from __future__ import annotations

import pytest

from dateline.multilingual import supported
from tests.multilingual.conftest import ids

# The articles are published on Saturday 16 August 2025: a weekday is the one before it.
# (language, text, type, source, target, date or None)
SENTENCES = [
    ("cs", "Putin se ve středu v Pekingu setkal se Si Ťin-pchingem.", "CONSULT", "vladimir-putin", "xi-jinping",
     "2025-08-13"),
    ("cs", "Ruská policie v neděli zadržela Alexeje Navalného.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("cs", "Evropská unie uvalila nové sankce na Rusko.", "SANCTION", "org:eu", "country:RU", None),
    ("cs", "Česko 12. srpna vyhostilo ruské diplomaty.", "SANCTION", "country:CZ", "country:RU", "2025-08-12"),
    ("cs", "Rusko v pondělí zaútočilo na Ukrajinu.", "ASSAULT", "country:RU", "country:UA", "2025-08-11"),
    ("el", "Ο Πούτιν συναντήθηκε την Τρίτη με τον Σι Τζινπίνγκ στο Πεκίνο.", "CONSULT", "vladimir-putin",
     "xi-jinping", "2025-08-12"),
    ("el", "Η ρωσική αστυνομία συνέλαβε την Κυριακή τον Αλεξέι Ναβάλνι.", "COERCE", "country:RU", "alexei-navalny",
     "2025-08-10"),
    ("el", "Η Ευρωπαϊκή Ένωση επέβαλε νέες κυρώσεις στη Ρωσία στις 12 Αυγούστου.", "SANCTION", "org:eu",
     "country:RU", "2025-08-12"),
    ("el", "Η Ελλάδα απέλασε δύο Ρώσους διπλωμάτες.", "SANCTION", "country:GR", "country:RU", None),
    ("ca", "Putin es va reunir dimarts amb Xi Jinping a Pequín.", "CONSULT", "vladimir-putin", "xi-jinping",
     "2025-08-12"),
    ("ca", "La policia russa va detenir diumenge Aleksei Navalni.", "COERCE", "country:RU", "alexei-navalny",
     "2025-08-10"),
    ("ca", "La Unió Europea va aprovar el 12 d'agost noves sancions contra Rússia.", "SANCTION", "org:eu",
     "country:RU", "2025-08-12"),
    ("ca", "Espanya va expulsar dos diplomàtics russos.", "SANCTION", "country:ES", "country:RU", None),
    ("sk", "Putin sa v stredu v Pekingu stretol so Si Ťin-pchingom.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("sk", "Ruská polícia v nedeľu zadržala Alexeja Navaľného.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("sk", "Európska únia uvalila nové sankcie na Rusko.", "SANCTION", "org:eu", "country:RU", None),
    ("sk", "Slovensko 12. augusta vyhostilo ruských diplomatov.", "SANCTION", "country:SK", "country:RU", "2025-08-12"),
    ("sv", "Putin träffade Xi Jinping i Peking på onsdagen.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("sv", "Rysk polis grep Aleksej Navalnyj i söndags.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("sv", "EU införde nya sanktioner mot Ryssland.", "SANCTION", "org:eu", "country:RU", None),
    ("sv", "Sverige utvisade den 12 augusti tre ryska diplomater.", "SANCTION", "country:SE", "country:RU", "2025-08-12"),
    ("ro", "Putin s-a întâlnit miercuri cu Xi Jinping la Beijing.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("ro", "Poliția rusă l-a arestat duminică pe Aleksei Navalnîi.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("ro", "Uniunea Europeană a impus noi sancțiuni împotriva Rusiei.", "SANCTION", "org:eu", "country:RU", None),
    ("ro", "România a expulzat pe 12 august doi diplomați ruși.", "SANCTION", "country:RO", "country:RU", "2025-08-12"),
    ("hr", "Putin se u srijedu u Pekingu sastao s Xi Jinpingom.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("hr", "Ruska policija u nedjelju je uhitila Alekseja Navaljnog.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("hr", "Europska unija uvela je nove sankcije protiv Rusije.", "SANCTION", "org:eu", "country:RU", None),
    ("hr", "Hrvatska je 12. kolovoza protjerala ruske diplomate.", "SANCTION", "country:HR", "country:RU", "2025-08-12"),
    ("hu", "Putyin szerdán Pekingben találkozott Hszi Csin-pinggel.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("hu", "Az orosz rendőrség vasárnap letartóztatta Alekszej Navalnijt.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("hu", "Az Európai Unió új szankciókat vezetett be Oroszország ellen.", "SANCTION", "org:eu", "country:RU", None),
    ("hu", "Magyarország augusztus 12-én kiutasított két orosz diplomatát.", "SANCTION", "country:HU", "country:RU", "2025-08-12"),
    ("da", "Putin mødtes onsdag med Xi Jinping i Beijing.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("da", "Russisk politi anholdt søndag Aleksej Navalnyj.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("da", "EU indførte nye sanktioner mod Rusland.", "SANCTION", "org:eu", "country:RU", None),
    ("da", "Danmark udviste den 12. august to russiske diplomater.", "SANCTION", "country:DK", "country:RU", "2025-08-12"),
    ("no", "Putin møtte Xi Jinping i Beijing onsdag.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("no", "Russisk politi arresterte Aleksej Navalnyj på søndag.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("no", "EU innførte nye sanksjoner mot Russland.", "SANCTION", "org:eu", "country:RU", None),
    ("no", "Norge utviste 12. august to russiske diplomater.", "SANCTION", "country:NO", "country:RU", "2025-08-12"),
    ("fi", "Putin tapasi keskiviikkona Xi Jinpingin Pekingissä.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("fi", "Venäjän poliisi pidätti sunnuntaina Aleksei Navalnyin.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("fi", "EU asetti uusia pakotteita Venäjälle.", "SANCTION", "org:eu", "country:RU", None),
    ("fi", "Suomi karkotti 12. elokuuta kaksi venäläistä diplomaattia.", "SANCTION", "country:FI", "country:RU", "2025-08-12"),
    ("he", "פוטין נפגש ביום רביעי עם שי ג'ינפינג בבייג'ינג.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("he", "המשטרה הרוסית עצרה ביום ראשון את אלכסיי נבלני.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("he", "האיחוד האירופי הטיל סנקציות חדשות על רוסיה.", "SANCTION", "org:eu", "country:RU", None),
    ("he", "ישראל גירשה ב-12 באוגוסט שני דיפלומטים רוסים.", "SANCTION", "country:IL", "country:RU", "2025-08-12"),
    ("sr", "Путин се у среду у Пекингу састао са Си Ђинпингом.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("sr", "Руска полиција је у недељу ухапсила Алексеја Навалног.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("sr", "Европска унија увела је нове санкције против Русије.", "SANCTION", "org:eu", "country:RU", "2025-08-16"),
    ("sr", "Србија је 12. августа протерала руске дипломате.", "SANCTION", "country:RS", "country:RU", "2025-08-12"),
    ("bs", "Putin se u srijedu u Pekingu sastao sa Si Đinpingom.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("bs", "Ruska policija je u nedelju uhapsila Alekseja Navalnog.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("bs", "Evropska unija uvela je nove sankcije protiv Rusije.", "SANCTION", "org:eu", "country:RU", "2025-08-16"),
    ("bs", "Srbija je 12. avgusta proterala ruske diplomate.", "SANCTION", "country:RS", "country:RU", "2025-08-12"),
    ("sl", "Putin se je v sredo v Pekingu sestal s Ši Džinpingom.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("sl", "Ruska policija je v nedeljo aretirala Alekseja Navalnega.", "COERCE", "country:RU", "alexei-navalny",
     "2025-08-10"),
    ("sl", "Evropska unija je uvedla nove sankcije proti Rusiji.", "SANCTION", "org:eu", "country:RU", "2025-08-16"),
    ("sl", "Slovenija je 12. avgusta izgnala ruske diplomate.", "SANCTION", "country:SI", "country:RU", "2025-08-12"),
    ("lt", "Putinas trečiadienį Pekine susitiko su Xi Jinpingu.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("lt", "Rusijos policija sekmadienį sulaikė Aleksejų Navalną.", "COERCE", "country:RU", "alexei-navalny",
     "2025-08-10"),
    ("lt", "Europos Sąjunga įvedė naujas sankcijas Rusijai.", "SANCTION", "org:eu", "country:RU", "2025-08-16"),
    ("lt", "Lietuva rugpjūčio 12 d. išsiuntė du Rusijos diplomatus.", "SANCTION", "country:LT", "country:RU",
     "2025-08-12"),
    ("lv", "Putins trešdien Pekinā tikās ar Si Dzjiņpinu.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("lv", "Krievijas policija svētdien aizturēja Alekseju Navaļniju.", "COERCE", "country:RU", "alexei-navalny",
     "2025-08-10"),
    ("lv", "Eiropas Savienība noteica jaunas sankcijas pret Krieviju.", "SANCTION", "org:eu", "country:RU", "2025-08-16"),
    ("lv", "Latvija 12. augustā izraidīja Krievijas diplomātus.", "SANCTION", "country:LV", "country:RU", "2025-08-12"),
    ("et", "Putin kohtus kolmapäeval Pekingis Xi Jinpingiga.", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-13"),
    ("et", "Vene politsei vahistas pühapäeval Aleksei Navalnõi.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("et", "Euroopa Liit kehtestas Venemaale uued sanktsioonid.", "SANCTION", "org:eu", "country:RU", "2025-08-16"),
    ("et", "Eesti saatis 12. augustil välja kaks Venemaa diplomaati.", "SANCTION", "country:EE", "country:RU",
     "2025-08-12"),
    ("vi", "Hôm thứ Tư, Putin đã hội đàm với Tập Cận Bình tại Bắc Kinh.", "CONSULT", "vladimir-putin", "xi-jinping",
     "2025-08-13"),
    ("vi", "Cảnh sát Nga đã bắt giữ Alexei Navalny vào Chủ nhật.", "COERCE", "country:RU", "alexei-navalny",
     "2025-08-10"),
    ("vi", "Liên minh châu Âu áp đặt các lệnh trừng phạt mới đối với Nga.", "SANCTION", "org:eu", "country:RU",
     "2025-08-16"),
    ("vi", "Ngày 12 tháng 8 năm 2025, Việt Nam trục xuất hai nhà ngoại giao Nga.", "SANCTION", "country:VN",
     "country:RU", "2025-08-12"),
    ("ms", "Putin bertemu dengan Xi Jinping di Beijing pada hari Rabu.", "CONSULT", "vladimir-putin", "xi-jinping",
     "2025-08-13"),
    ("ms", "Polis Rusia menahan Alexei Navalny pada hari Ahad.", "COERCE", "country:RU", "alexei-navalny", "2025-08-10"),
    ("ms", "Kesatuan Eropah mengenakan sekatan baharu terhadap Rusia.", "SANCTION", "org:eu", "country:RU",
     "2025-08-16"),
    ("ms", "Malaysia mengusir dua diplomat Rusia pada 12 Ogos.", "SANCTION", "country:MY", "country:RU", "2025-08-12"),
    ("sw", "Putin alikutana na Xi Jinping mjini Beijing siku ya Jumatano.", "CONSULT", "vladimir-putin", "xi-jinping",
     "2025-08-13"),
    ("sw", "Polisi wa Urusi walimkamata Alexei Navalny Jumapili.", "COERCE", "country:RU", "alexei-navalny",
     "2025-08-10"),
    ("sw", "Umoja wa Ulaya uliweka vikwazo vipya dhidi ya Urusi.", "SANCTION", "org:eu", "country:RU", "2025-08-16"),
    ("sw", "Kenya iliwafukuza wanadiplomasia wawili wa Urusi tarehe 12 Agosti.", "SANCTION", "country:KE", "country:RU",
     "2025-08-12"),
    ("ur", "پیوٹن نے منگل کو بیجنگ میں شی جن پنگ سے ملاقات کی۔", "CONSULT", "vladimir-putin", "xi-jinping", "2025-08-12"),
    ("ur", "پاکستانی پولیس نے اتوار کو دو روسی شہریوں کو گرفتار کر لیا۔", "COERCE", "country:PK", "country:RU",
     "2025-08-10"),
    ("ur", "یورپی یونین نے روس پر نئی پابندیاں عائد کر دیں۔", "SANCTION", "org:eu", "country:RU", "2025-08-16"),
    ("ur", "پاکستان نے 12 اگست کو دو روسی سفارت کاروں کو ملک بدر کر دیا۔", "SANCTION", "country:PK", "country:RU",
     "2025-08-12"),
]


@pytest.mark.parametrize("language,text,type_,source,target,date", SENTENCES,
                         ids=[f"{s[0]}-{s[2]}-{i}" for i, s in enumerate(SENTENCES)])
def test_event_type_sides_and_date(event, language, text, type_, source, target, date):
    e = event(language, text, type_)
    assert ids(e.source) == [source]
    assert target in ids(e.target)
    assert e.modality == "asserted"
    if date is not None:
        assert e.date is not None and e.date.date == date


NOT_DONE = [
    ("cs", "Putin se se Si Ťin-pchingem v pátek nesetká, ale Lavrov se setká s Wang I."),
    ("el", "Ο Πούτιν δεν θα συναντηθεί με τον Τραμπ."),
    ("ca", "Putin no es reunirà amb Trump."),
    ("sk", "Putin sa so Si Ťin-pchingom nestretne, ale Lavrov sa stretne s Wang I."),
    ("sv", "Putin kommer inte att träffa Trump."),
    ("ro", "Putin nu se va întâlni cu Trump."),
    ("hr", "Putin se neće sastati s Trumpom, ali Lavrov će se sastati s Wang Yijem."),
    ("hu", "Putyin nem fog találkozni Trumppal."),
    ("da", "Putin vil ikke mødes med Trump."),
    ("no", "Putin vil ikke møte Trump."),
    ("fi", "Putin ei tapaa Trumpia."),
    ("he", "פוטין לא ייפגש עם טראמפ."),
    ("sr", "Путин се неће састати са Трампом."),
    ("bs", "Putin se neće sastati sa Trumpom."),
    ("sl", "Putin se ne bo sestal s Trumpom."),
    ("lt", "Putinas nesusitiks su Trumpu."),
    ("lv", "Putins netiksies ar Trampu."),
    ("et", "Putin ei kohtu homme Trumpiga."),
    ("et", "Putin kohtub homme Trumpiga."),
    ("vi", "Putin sẽ không gặp Trump."),
    ("ms", "Putin tidak akan bertemu dengan Trump."),
    ("sw", "Putin hatakutana na Trump."),
    ("ur", "پیوٹن ٹرمپ سے ملاقات نہیں کریں گے۔"),
]


@pytest.mark.parametrize("language,text", NOT_DONE, ids=[s[0] for s in NOT_DONE])
def test_negated_or_future_meetings_are_not_done(analyse, language, text):
    assert all(e.modality != "asserted" for e in analyse(language, text).events if e.type == "CONSULT")


def test_cue_files_of_the_added_languages_load():
    for language in ("ca", "cs", "el", "sk", "sv", "ro", "hr", "hu", "da", "no", "fi", "he", "sr", "bs", "sl", "lt", "lv", "et", "vi", "ms", "sw", "ur"):
        assert supported(language)
    assert not supported("is")


def test_a_hebrew_ordinal_is_no_weekday(analyse):
    """"הרביעית" (the fourth) is no Wednesday: Hebrew weekdays are read as "יום רביעי" only."""
    e = next(e for e in analyse("he", "זו הפעם הרביעית שאיראן תקפה את ישראל.").events if e.type == "ASSAULT")
    assert e.date is None or e.date.date == "2025-08-16"


def test_a_wrong_pycountry_translation_is_no_country(analyse):
    """pycountry's Slovak gives "Slovenčina" (the Slovak language) as Iran's common name."""
    mentions = analyse("sk", "Slovenčina je úradný jazyk.").mentions
    assert all(m.actor.id != "country:IR" for m in mentions)


def test_serbian_sentences_start_with_serbian_capitals():
    from dateline.multilingual.text import sentences

    assert len(sentences("Путин је стигао у Београд. Јуче је разговарао са Вучићем.", "sr")) == 2


def test_a_vietnamese_ordinal_is_no_weekday(analyse):
    """"lần thứ hai" (the second time) is no Monday: a weekday is "thứ Hai", its number capitalised."""
    e = next(e for e in analyse("vi", "Nga tấn công Ukraine lần thứ hai.").events if e.type == "ASSAULT")
    assert e.date is None or e.date.date == "2025-08-16"
