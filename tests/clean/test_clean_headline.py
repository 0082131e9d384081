"""Headlines in every script: found as the title (also after a date label, not when it is
a stamp or a caption), and kept as the first line of a body not in English."""

from __future__ import annotations

from dateline.clean import clean_document
from dateline.clean.lines import Line, is_headline_like, without_date_label
from dateline.records import Article, RawDocument

GERMAN = [
    "Die Außenminister von Norwegen und Chile trafen sich am Dienstag in Oslo, um über "
    "Fangquoten und ein neues Abkommen über Forschungsschiffe zu sprechen.",
    "Die Gespräche dauerten nach Angaben von Beamten mehr als vier Stunden und endeten mit "
    "einer gemeinsamen Erklärung beider Regierungen zum bestehenden Vertrag.",
]
ENGLISH = [
    "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing "
    "quotas and a new agreement on research vessels in the southern ocean.",
    "Officials said the talks lasted more than four hours and ended with a joint statement "
    "that both governments would review the existing treaty before the end of the year.",
]


def _clean(text: str) -> Article:
    result = clean_document(RawDocument(source="test.txt", kind="text", content=text))
    assert isinstance(result, Article), result
    return result


def _line(text: str) -> Line:
    return Line(index=0, start=0, text=text)


def test_caseless_scripts_have_headlines():
    assert is_headline_like(_line("وزير الخارجية يزور العاصمة النرويجية اليوم"))
    assert is_headline_like(_line("挪威外长与智利外长在奥斯陆会谈"), 3)
    assert not is_headline_like(_line("挪威外长与智利外长在奥斯陆举行了会谈。"), 3)


def test_a_sentence_with_its_credit_is_no_headline():
    assert not is_headline_like(_line("Ministers of Norway and Chile shake hands in Oslo. (AP)"))
    assert is_headline_like(_line("Norway and Chile sign fishing accord (update)"))


def test_date_label_cut_from_the_line():
    line = _line("date 2019-03 Norwegen und Chile einigen sich auf Fangquoten")
    assert without_date_label(line).text == "Norwegen und Chile einigen sich auf Fangquoten"
    assert without_date_label(line).start == len("date 2019-03 ")
    assert without_date_label(_line("Norwegen und Chile")).text == "Norwegen und Chile"


def test_headline_opens_a_body_not_in_english():
    article = _clean("date 2019-03 Norwegen und Chile einigen sich auf Fangquoten\n\n"
                     + "\n\n".join(GERMAN) + "\n")
    assert article.language == "de"
    assert article.title == "Norwegen und Chile einigen sich auf Fangquoten"
    assert article.body.startswith("Norwegen und Chile einigen sich auf Fangquoten\n\nDie Außenminister")
    # the segment map points the headline at its place in the original
    body_start, orig_start, length = article.segments[0]
    assert article.original[orig_start:orig_start + length] == article.body[body_start:body_start + length]
    assert all(span.text != "date 2019-03 Norwegen und Chile einigen sich auf Fangquoten"
               for span in article.removed)


def test_english_body_keeps_its_headline_apart():
    article = _clean("Norway and Chile agree on fishing quotas\n\n" + "\n\n".join(ENGLISH) + "\n")
    assert article.title == "Norway and Chile agree on fishing quotas"
    assert article.body.startswith("The foreign ministers")


def test_a_time_stamp_is_no_headline():
    article = _clean("Nachrichten aus aller Welt aktualisiert um 22:56\n\n" + "\n\n".join(GERMAN) + "\n")
    assert article.title is None
    assert article.body.startswith("Die Außenminister")


def test_chinese_byline_is_a_credit_not_the_headline():
    body = ("挪威外交大臣星期二在奥斯陆会见了智利外交部长，双方讨论了渔业配额和科研船只合作的新协议。"
            "\n\n官员表示，会谈持续了四个多小时，最后双方发表联合声明，表示将在年底前审议现有条约。\n")
    article = _clean("记者王小明／奥斯陆报道\n\n" + body)
    assert article.title is None
    assert any(span.reason == "credit line" and span.text == "记者王小明／奥斯陆报道" for span in article.removed)
