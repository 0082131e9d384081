"""A title with a country finds the post holder on the article's date (roles.yaml)."""

from __future__ import annotations

import pytest


def people(analyse, language, text, published="2025-08-16"):
    return [(m.text, m.actor.id) for m in analyse(language, text, published).mentions]


@pytest.mark.parametrize("language,text,title", [
    ("ru", "Вчера министр иностранных дел России прибыл в город.", "министр иностранных дел России"),
    ("ru", "Журналисты говорили с министром иностранных дел России.", "министром иностранных дел России"),
    ("de", "Gestern kam der Außenminister Russlands an.", "Außenminister Russlands"),
    ("ar", "وصل وزير الخارجية الروسي إلى المدينة.", "وزير الخارجية الروسي"),
    ("zh", "俄罗斯外长昨天抵达。", "俄罗斯外长"),
])
def test_title_and_country_is_the_holder(analyse, language, text, title):
    assert people(analyse, language, text) == [(title, "sergey-lavrov")]


def test_french_adjective_inside_the_title(analyse):
    found = people(analyse, "fr", "Le ministre français des Affaires étrangères est arrivé hier.")
    assert [t for t, _ in found] == ["ministre français des Affaires étrangères"]
    assert found[0][1] not in ("country:FR", "sergey-lavrov")


def test_holder_on_the_article_date(analyse):
    assert people(analyse, "de", "Der russische Verteidigungsminister kam an.", "2020-05-01") == [
        ("russische Verteidigungsminister", "sergei-shoigu")]
    assert people(analyse, "de", "Der russische Verteidigungsminister kam an.", "2025-05-01") == [
        ("russische Verteidigungsminister", "andrei-belousov")]


def test_title_before_a_name_is_its_title(analyse):
    assert people(analyse, "ru", "Вчера министр иностранных дел России Сергей Лавров прибыл.") == [
        ("Сергей Лавров", "sergey-lavrov")]


def test_country_without_a_title_stays_a_country(analyse):
    assert people(analyse, "ru", "Вчера делегация России прибыла в город.") == [("России", "country:RU")]


def test_singular_title_of_two_countries_names_no_one(analyse):
    found = people(analyse, "ru", "Вчера министр иностранных дел России и Украины прибыл в город.")
    assert [a for _, a in found] == ["country:RU", "country:UA"]


@pytest.mark.parametrize("language,text", [
    ("ru", "Вчера министры иностранных дел России и Украины прибыли в город."),
    ("ru", "Вчера главы МИД России и Украины прибыли в город."),
    ("uk", "Учора прибули очільники МЗС України, росії."),
    ("bg", "Вчера външните министри на Русия и Украйна пристигнаха в града."),
])
def test_plural_title_of_listed_countries_names_each_holder(analyse, language, text):
    found = people(analyse, language, text, "2022-03-01")
    assert sorted(a for _, a in found) == ["dmytro-kuleba", "sergey-lavrov"]


def test_undated_article_takes_the_holder_it_names(analyse):
    text = "Външните министри на Русия и Украйна пристигнаха. После Лавров говори."
    assert sorted({a for _, a in people(analyse, "bg", text, None)}) == ["country:UA", "sergey-lavrov"]
    assert people(analyse, "ru", "Вчера министр иностранных дел России прибыл.", None) == [
        ("России", "country:RU")]


@pytest.mark.parametrize("language,text,title", [
    ("cs", "Včera přiletěl ruský ministr zahraničí.", "ruský ministr zahraničí"),
    ("sk", "Minister zahraničných vecí Ruska včera pricestoval.", "Minister zahraničných vecí Ruska"),
    ("el", "Ο υπουργός Εξωτερικών της Ρωσίας έφτασε χθες.", "υπουργός Εξωτερικών της Ρωσίας"),
    ("ca", "El ministre d'Afers Exteriors de Rússia va arribar ahir.", "ministre d'Afers Exteriors de Rússia"),
    ("sv", "Rysslands utrikesminister kom i går.", "Rysslands utrikesminister"),
    ("da", "Ruslands udenrigsminister kom i går.", "Ruslands udenrigsminister"),
    ("no", "Russlands utenriksminister kom i går.", "Russlands utenriksminister"),
    ("fi", "Venäjän ulkoministeri saapui eilen.", "Venäjän ulkoministeri"),
    ("ro", "Ministrul rus de externe a sosit ieri.", "Ministrul rus de externe"),
    ("hr", "Ministar vanjskih poslova Rusije stigao je jučer.", "Ministar vanjskih poslova Rusije"),
    ("bs", "Ruski ministar vanjskih poslova stigao je jučer.", "Ruski ministar vanjskih poslova"),
    ("sr", "Министар спољних послова Русије стигао је јуче.", "Министар спољних послова Русије"),
    ("hu", "Az orosz külügyminiszter tegnap érkezett.", "orosz külügyminiszter"),
    ("he", "שר החוץ הרוסי הגיע אתמול.", "שר החוץ הרוסי"),
    ("sl", "Ruski zunanji minister je prispel včeraj.", "Ruski zunanji minister"),
    ("lt", "Rusijos užsienio reikalų ministras vakar atvyko.", "Rusijos užsienio reikalų ministras"),
    ("lv", "Krievijas ārlietu ministrs vakar ieradās.", "Krievijas ārlietu ministrs"),
    ("et", "Venemaa välisminister saabus eile.", "Venemaa välisminister"),
    ("vi", "Ngoại trưởng Nga đã đến hôm qua.", "Ngoại trưởng Nga"),
    ("ms", "Menteri Luar Rusia tiba semalam.", "Menteri Luar Rusia"),
    ("sw", "Waziri wa Mambo ya Nje wa Urusi aliwasili jana.", "Waziri wa Mambo ya Nje wa Urusi"),
    ("ur", "روس کے وزیر خارجہ کل پہنچے۔", "روس کے وزیر خارجہ"),
])
def test_title_and_country_in_the_added_languages(analyse, language, text, title):
    assert (title, "sergey-lavrov") in people(analyse, language, text)


@pytest.mark.parametrize("language,text,title,holder", [
    ("cs", "Německý kancléř přiletěl.", "Německý kancléř", "friedrich-merz"),
    ("sv", "Rysslands president kom i går.", "Rysslands president", "vladimir-putin"),
    ("hr", "Predsjednik Rusije stigao je jučer.", "Predsjednik Rusije", "vladimir-putin"),
    ("he", "נשיא רוסיה הגיע אתמול.", "נשיא רוסיה", "vladimir-putin"),
])
def test_other_posts_in_the_added_languages(analyse, language, text, title, holder):
    assert (title, holder) in people(analyse, language, text)
