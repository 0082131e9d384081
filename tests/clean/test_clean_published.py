"""Publication dates from every place a page states one: URL paths, date lines at the
top, agency datelines, and the choice among them (sentences and URLs written here)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.clean import clean_document
from dateline.clean.dates import (
    date_from_url,
    date_line_value,
    dateline_day_span,
    find_month_day,
    url_date_candidates,
)
from dateline.clean.meta import normalise_date
from dateline.clean.published import DateClaim, choose_published, with_year
from dateline.records import Article, RawDocument

PARAGRAPHS = [
    "The harbour board of a small coastal town voted on Tuesday to rebuild its old wooden "
    "pier, which storms damaged badly over the last two winters.",
    "Board members said the work would take about eighteen months and would be paid for "
    "partly by a regional grant and partly by higher mooring fees.",
    "Fishermen welcomed the decision but asked that the pier stay open to boats for as "
    "long as possible while the builders are at work.",
    "A public meeting on the designs is planned for the spring, the board's chair told "
    "the local radio station after the vote.",
]
THIS_YEAR = date.today().year


def _clean(text: str, **kwargs: str) -> Article:
    result = clean_document(RawDocument(source="test.txt", kind="text", content=text, **kwargs))
    assert isinstance(result, Article), result
    return result


def _page(*after: str, before: tuple[str, ...] = (), first: str = "") -> str:
    paragraphs = [first + PARAGRAPHS[0], *PARAGRAPHS[1:]]
    return "\n\n".join([*before, *paragraphs, *after])


@pytest.mark.parametrize(("text", "expected"), [
    ("Published: Mon, March 17 12:00 a.m. MDT", "--03-17"),
    ("WASHINGTON, March 3", "--03-03"),
    ("March 17, 2014", None),
    ("17 March 2014", None),
])
def test_month_and_day_without_a_year(text: str, expected: str | None) -> None:
    assert find_month_day(text) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example/2011/11/10/pier-rebuilt/", "2011-11-10"),
    ("https://news.example/local/2011/11/pier-rebuilt.html", "2011-11"),
    ("https://news.example/a/20170618/pier", "2017-06-18"),
    ("https://news.example/local/pier-to-be-rebuilt-20230919", "2023-09-19"),
    ("https://news.example/local/pier_to_be_rebuilt_20230919.html", "2023-09-19"),
    ("https://news.example/2024-05-14/pier-to-be-rebuilt", "2024-05-14"),
    ("https://news.example/ap-pier-to-be-rebuilt-2011apr07-story.html", "2011-04-07"),
    ("https://news.example/ukraine/23082024-pier-rebuilt", "2024-08-23"),  # day, month, year
    ("https://news.example/videos/14072019/1234", "2019-07-14"),
    ("https://news.example/stories/202307310004.html", "2023-07-31"),  # a day and a time, hhmm
    ("https://news.example/pier-rebuilt-20250815215049.html", "2025-08-15"),  # hhmmss
    ("https://news.example/pier-rebuilt-77N20250815215049.html", "2025-08-15"),  # glued to an id's letter
])
def test_date_in_url_path(url: str, expected: str) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize("url", [
    "https://news.example/local/191708.shtml",  # an id of six digits
    "https://news.example/story/12345678/",  # eight digits that are no date
    "https://news.example/story/20231345/",  # month 13
    "https://news.example/story/202309190/",  # a longer run of digits
    "https://news.example/story/202309193104/",  # twelve digits, but 31:04 is no time of day
    "https://news.example/story/2023091912345/",  # thirteen digits
    "https://news.example/story/x20230919y/",  # not delimited
    "https://news.example/story/pier-2011apr32-story.html",  # no such day
    "https://news.example/story/pier-2011april07-story.html",  # a word, not an abbreviation
    "https://news.example/1985/03/02/pier/",  # before the web's news
    f"https://news.example/{THIS_YEAR + 1}/01/02/pier/",  # a future year
    "https://news.example/pier?date=2023-09-19",  # not in the path
    "https://news.example/videos/11082025/1234",  # 11 August or 8 November
    "https://news.example/story/31022024/",  # no 31 February
    "https://news.example/story/pier-77N20250815.html",  # a day glued to letters, no time of day
    "https://news.example/story/pier-77N20250815219949.html",  # 99 is no minute
])
def test_digits_that_are_no_url_date(url: str) -> None:
    assert date_from_url(url) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("26 September 2013", "2013-09-26"),
    ("Saturday, 24 September, 2022, 14:36", "2022-09-24"),
    ("28 August 201913:56", "2019-08-28"),
    ("July 14, 2025", "2025-07-14"),
    ("2023-10-27", "2023-10-27"),
    (" date 2023-10-27", "2023-10-27"),
    ("Published on 18/06/2023", "2023-06-18"),
    ("Published: 3 May 2022 | Updated: 5 May 2022", "2022-05-03"),
    ("Updated 5 May 2022, first published 3 May 2022", "2022-05-03"),
    ("Sep 24, 2022 14:36 GMT+3", "2022-09-24"),
])
def test_date_lines(line: str, expected: str) -> None:
    assert date_line_value(line) == expected


def test_ambiguous_numeric_dates_are_not_guessed() -> None:
    assert date_line_value("Published on 05/06/2023") is None
    assert date_line_value("Published on 05-06-2023") is None
    assert normalise_date("05/06/2023") is None
    assert normalise_date("06/18/2023") == "2023-06-18"


def test_month_day_without_year() -> None:
    assert find_month_day("Jakarta, July 14") == "--07-14"
    assert find_month_day("BEIJING, 8 April") == "--04-08"
    assert find_month_day("Lisbon, 8 April 2024") is None


@pytest.mark.parametrize("top", [
    "26 September 2013",
    "Saturday, 26 September, 2013, 14:36",
    "26 September 201314:36",
    "Published on 26/09/2013",
    " date 2013-09-26",
])
def test_date_line_at_top_gives_date_and_leaves_body(top: str) -> None:
    article = _clean(_page(before=("Harbour board votes to rebuild pier", top)))
    assert article.published == "2013-09-26"
    assert not article.body.startswith(top.strip()[:4])
    assert article.body.startswith(PARAGRAPHS[0])


def test_published_line_wins_over_updated_line() -> None:
    top = ("Harbour board votes to rebuild pier", "Updated: 29 September 2013",
           "Published: 26 September 2013")
    assert _clean(_page(before=top)).published == "2013-09-26"


@pytest.mark.parametrize(("first", "expected"), [
    ("BEIJING, 8 April 2024 (TDI): ", "2024-04-08"),
    ("BALI, 09 July 2022, (TON): ", "2022-07-09"),
])
def test_agency_dateline_with_year(first: str, expected: str) -> None:
    article = _clean(_page(first=first))
    assert article.published == expected
    assert article.body.startswith(first.strip())


def test_dateline_without_year_takes_year_from_url_or_date_line() -> None:
    first = "Jakarta, July 14 (Reuters) – "
    assert _clean(_page(first=first), url="https://news.example/2025/07/pier").published == "2025-07-14"
    dated = _clean(_page(first="WASHINGTON, March 3 (AP) — ", before=("Pier vote", "March 4, 2021")))
    assert dated.published == "2021-03-03"
    # Around New Year the dateline's year is the one nearest the other date.
    new_year = _clean(_page(first="OSLO, Jan. 1 (NTB) – "), url="https://news.example/2023/12/31/pier")
    assert new_year.published == "2024-01-01"


def test_dateline_without_year_and_nothing_else_gives_no_date() -> None:
    article = _clean(_page(first="Jakarta, July 14 (Reuters) – "))
    assert article.published is None
    assert article.outlet == "Reuters"


def test_metadata_beats_date_line_beats_url() -> None:
    top = ("Harbour board votes to rebuild pier", "26 September 2013")
    url = "https://news.example/2013/09/25/pier/"
    assert _clean(_page(before=top), url=url, published="2013-09-27").published == "2013-09-27"
    assert _clean(_page(before=top), url=url).published == "2013-09-26"
    assert _clean(_page(), url=url).published == "2013-09-25"


def test_much_later_metadata_is_suspect() -> None:
    # A crawl date in the "published" field, years after the date line.
    top = ("Harbour board votes to rebuild pier", "26 September 2013")
    assert _clean(_page(before=top), published="2024-02-01").published == "2013-09-26"
    # ... or long after the URL's date; a few days after it is fine.
    url = "https://news.example/2013/09/20/pier/"
    assert _clean(_page(), url=url, published="2024-02-01").published == "2013-09-20"
    assert _clean(_page(), url=url, published="2013-09-26").published == "2013-09-26"


def test_future_date_is_never_the_publication_date() -> None:
    top = ("Harbour board votes to rebuild pier", f"12 March {THIS_YEAR + 2}")
    assert _clean(_page(before=top)).published is None
    assert _clean(_page(), published=f"{THIS_YEAR + 2}-03-12").published is None


def test_comment_and_caption_dates_do_not_count() -> None:
    comments = ("2 Comments", "Harbour Watcher", "October 2, 2013",
                "About time the pier was fixed, it has been dangerous for years.",
                "Reply to Harbour Watcher", "October 3, 2013", "Agreed.")
    article = _clean(_page(*comments))
    assert article.published is None
    assert article.published_bounds == (None, "2013-10-02")
    caption = "Photo: The old pier after the storm of 12 January 2012 (File photo)"
    assert _clean(_page(caption, "Pier vote, 14 January 2012")).published is None


def test_comment_date_bounds_the_date() -> None:
    # The date line cannot be later than the first reader comment.
    top = ("Harbour board votes to rebuild pier", "Updated: 5 October 2013")
    comments = ("2 Comments", "Harbour Watcher", "October 2, 2013",
                "About time the pier was fixed, it has been dangerous for years.",
                "Reply to Harbour Watcher", "October 3, 2013", "Agreed.")
    url = "https://news.example/2013/09/26/pier/"
    assert _clean(_page(*comments, before=top), url=url).published == "2013-09-26"


def test_choice_rules() -> None:
    today = date(2024, 6, 1)
    claims = [DateClaim("metadata", "2024-05-01"), DateClaim("url", "2024-04")]
    assert choose_published(claims, today=today) == "2024-05-01"
    # A month is made a day by a less trusted source's day inside it.
    assert choose_published([DateClaim("url", "2024-04"), DateClaim("page search", "2024-04-09")],
                            today=today) == "2024-04-09"
    assert choose_published([DateClaim("metadata", "2024-04"), DateClaim("url", "2024-04-09")],
                            today=today) == "2024-04-09"
    assert choose_published([DateClaim("dateline", "--05-01")], today=today) is None
    assert with_year("--12-30", "2024-01-02") == "2023-12-30"
    assert with_year("--02-29", "2023-03-01") == "2024-02-29"


def test_a_date_between_slug_words_in_the_url():
    from dateline.clean.dates import date_from_url

    assert date_from_url("https://news.example.org/world/leaders-meet-20141110-ab12cd.html") == "2014-11-10"
    assert date_from_url("https://news.example.org/world/item-12345678-ab.html") is None


def test_a_labelled_date_opening_the_text_is_the_publication_date_and_leaves_the_body():
    from dateline.clean import clean_document
    from dateline.records import RawDocument

    text = (" date 2019-05-14 The foreign minister of Chile met her Peruvian counterpart in Lima on Monday.\n"
            "Both sides agreed to meet again before the end of the year.\n")
    article = clean_document(RawDocument("labelled.txt", "text", text))
    assert article.published == "2019-05-14"
    assert article.body.startswith("The foreign minister of Chile")
    start = article.segments[0][1]
    assert article.original[start:start + 15] == "The foreign min"


def _published(text: str) -> str | None:
    from dateline.clean import clean_document
    from dateline.records import RawDocument

    return clean_document(RawDocument("t.txt", "text", text)).published


def test_a_labelled_date_among_other_words_near_the_top():
    assert _published("Section: Politics Published on Tuesday, 4 May 2021 09:10 Views: 12\n\n"
                      "The mayor of Quito met farmers' leaders to discuss water prices.\nMore words here.\n") == "2021-05-04"
    assert _published("Posted by editor on Wed, 03/17/2021 - 10:05\n\n"
                      "Farmers marched through the capital on Tuesday, the union said.\n") == "2021-03-17"


def test_a_labelled_publication_day_beats_a_later_masthead_date():
    # The masthead shows the day the page was saved; the article says when it was published.
    assert _published("Friday, Oct. 8, 2021\n\nHarbour board votes to rebuild pier\n\nBy A. Writer\n\n"
                      "Published: Tue, May 4 10:15 a.m.\n\n" + "\n\n".join(PARAGRAPHS)) == "2021-05-04"
    assert _published("Friday, Oct. 8, 2021\n\nHarbour board votes to rebuild pier\n\nBy A. Writer\n\n"
                      "Published: Tuesday, 4 May 2021\n\n" + "\n\n".join(PARAGRAPHS)) == "2021-05-04"


def test_a_labelled_month_and_day_without_any_year_is_no_date():
    assert _published("Harbour board votes to rebuild pier\n\nPublished: Tue, May 4 10:15 a.m.\n\n"
                      + "\n\n".join(PARAGRAPHS)) is None


def test_a_dateline_with_a_full_date_and_no_agency():
    assert _published("Quito, March 3, 2021: The mayor met farmers' leaders to discuss water prices on Tuesday.\n"
                      "Both sides agreed to talk again.\n") == "2021-03-03"
    assert _published("LIMA - 4 May 2021: Protesters gathered outside the congress building on Monday.\n"
                      "Police watched.\n") == "2021-05-04"
    assert _published("Madrid, the capital, hosted talks: the ministers met in the city centre today.\n") is None


@pytest.mark.parametrize("line, day", [
    ("LIMA, March 9 (Reuters) - Peru expelled", "March 9"),
    ("Lima/La Paz, Mar 9: Peru expelled", "Mar 9"),
    ("March 9 (UPI) — Peru expelled", "March 9"),
    ("Lima, 9 March 2023: Peru expelled", "9 March 2023"),
    ("The talks, March 9: nothing came of them", None),
    ("Peru, on Monday, said: nothing", None),
])
def test_the_day_a_dateline_gives(line, day) -> None:
    span = dateline_day_span(line)
    assert (line[span[0]:span[1]] if span else None) == day


def test_weekday_words_in_many_languages_and_no_abbreviations():
    from dateline.clean.date_words import weekdays

    words = weekdays()
    assert words["friday"] == words["viernes"] == words["пятницу"] == words["freitag"] == 4
    assert words["monday"] == words["понедельник"] == 0
    # Abbreviations that are also words ("mar" is the sea, "mon" my) are not weekdays.
    assert "mar" not in words and "mon" not in words


@pytest.mark.parametrize("line, expected", [
    ("• Updated: Mar 17, 2014 22:52 IST", "2014-03-17"),
    ("- \ufe0fTue Nov 10 2020", "2020-11-10"),
    ("· 4 June 2019", "2019-06-04"),
])
def test_date_lines_with_bullets_and_invisible_marks(line: str, expected: str) -> None:
    assert date_line_value(line) == expected
    assert date_line_value("• By Jane Doe, 4 June 2019") is None


def test_a_bare_date_closing_the_page_is_the_publication_date() -> None:
    assert _clean(_page("November 16, 2021")).published == "2021-11-16"


@pytest.mark.parametrize("closing", [
    "Updated: November 16, 2021",  # an update, not the publication
    "Pier vote, 16 November 2021",  # a caption or a related story, not a bare date
    "November 2021",  # a month only
])
def test_other_last_lines_give_no_date(closing: str) -> None:
    assert _clean(_page(closing)).published is None


def test_a_closing_date_on_a_page_with_comments_is_a_comments() -> None:
    comments = ("2 Comments", "Harbour Watcher",
                "About time the pier was fixed, it has been dangerous for years.",
                "October 3, 2013")
    assert _clean(_page(*comments)).published is None


@pytest.mark.parametrize("stamp", [
    "Coastal Daily 2013-09-26 08:15",
    "PORTHAVEN Thu Sep 26, 2013 8:15am BST",
    "By Jane Doe Published 26 Sep 2013, 08:15",
])
def test_a_time_stamp_near_the_top_gives_its_day(stamp: str) -> None:
    article = _clean(_page(before=("Harbour board votes to rebuild pier", stamp)))
    assert article.published == "2013-09-26"


def test_a_date_without_a_time_among_words_is_no_stamp() -> None:
    top = ("Harbour board votes to rebuild pier", "Storm of 26 September 2013 remembered")
    assert _clean(_page(before=top)).published is None


def test_a_closing_date_after_a_list_of_dated_stories_is_theirs() -> None:
    related = ("Related stories", "Ferry timetable changes for the winter", "October 1, 2013",
               "New lifeboat station opens on the north shore", "October 3, 2013")
    assert _clean(_page(*related)).published is None


def test_a_date_among_short_items_between_bars_beats_a_masthead_date() -> None:
    top = ("Thu, 3 March 2016", "Harbour board votes to rebuild pier", "Thu, 26 Sep 2013 || Local news")
    assert _clean(_page(before=top)).published == "2013-09-26"
    top = ("Harbour board votes to rebuild pier", "Local | Storm of 26 September 2013 remembered")
    assert _clean(_page(before=top)).published is None


def test_an_update_stamp_near_the_top_is_no_publication_day() -> None:
    top = ("Harbour board votes to rebuild pier", "By Jane Doe Updated Sep 26, 2013, 8:15am")
    assert _clean(_page(before=top)).published is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example/view.php?key=20230507002047393", ["2023-05-07"]),
    ("https://news.example/pier-rebuilt-cdgint20150412000235106", ["2015-04-12"]),
    ("https://news.example/videos/11082025/1234", ["2025-08-11", "2025-11-08"]),
    ("https://news.example/news/59604866/pier.html", []),
    ("https://news.example/news/230507/pier.html", []),  # six digits: an id more often than a day
])
def test_url_date_candidates_give_every_reading(url: str, expected: list[str]) -> None:
    assert url_date_candidates(url) == expected


def test_url_date_in_an_id_counts_only_where_the_page_names_its_month() -> None:
    url = "https://news.example/view.php?key=20230507002047393"
    named = _page("The board met again on May 5, 2023 to approve the plans.")
    assert _clean(named, url=url).published == "2023-05-07"
    assert _clean(_page(), url=url).published is None
    other = _page("The board met again on March 5, 2023 to approve the plans.")
    assert _clean(other, url=url).published is None


def test_url_date_read_two_ways_is_settled_by_the_month_named() -> None:
    url = "https://news.example/videos/11082025/1234"
    august = _page("The harbour festival opens on 15 August.")
    assert _clean(august, url=url).published == "2025-08-11"
    assert _clean(_page(), url=url).published is None
    # A month-only label names the month: it settles the reading, though it is no day itself.
    assert _clean("date 2025-11 " + _page(), url=url).published == "2025-11-08"
    both = _page("The festival opens on 15 August and closes on 2 November.")
    assert _clean(both, url=url).published is None


def test_a_yearless_dateline_two_agreeing_sources_contradict_is_dropped() -> None:
    # "Beijing, 4 Apr" takes its year from the date line; the date line and the URL both say
    # 14 April, and the dateline has nothing of its own to outweigh them.
    top = ("Pier vote", "4/14/2023, 2:45:10 PM")
    article = _clean(_page(first="PORTHAVEN, 4 Apr (HBN) -- ", before=top),
                     url="https://news.example/amp/2023-04-14-pier-vote.html")
    assert article.published == "2023-04-14"
    # One source alone does not outweigh the dateline (a URL is often the day a page was made).
    alone = _clean(_page(first="PORTHAVEN, April 16 (HBN) -- "), url="https://news.example/2023/04/14/pier")
    assert alone.published == "2023-04-16"
    claims = [DateClaim("dateline", "--04-04"), DateClaim("date line", "2023-04-14"),
              DateClaim("url", "2023-04-14")]
    assert choose_published(claims, today=date(2024, 1, 1)) == "2023-04-14"
    near = [DateClaim("dateline", "--04-13"), DateClaim("date line", "2023-04-14"),
            DateClaim("url", "2023-04-14")]
    assert choose_published(near, today=date(2024, 1, 1)) == "2023-04-13"


@pytest.mark.parametrize(("line", "expected"), [
    ("05.06.2023 14:30", "2023-06-05"),  # dotted: day first
    ("26.09.2013", "2013-09-26"),
    ("09.26.2013", "2013-09-26"),  # only one order is a date
])
def test_dotted_numeric_dates_are_day_first(line: str, expected: str) -> None:
    assert date_line_value(line) == expected
    top = ("Harbour board votes to rebuild pier", line)
    assert _clean(_page(before=top)).published == expected
