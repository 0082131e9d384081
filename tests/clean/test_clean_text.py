"""Plain-text cleaning: each kind of clutter on lines written here, the segment map,
title/outlet/date finding, bounds from comment dates, language and rejections."""

from __future__ import annotations

from dateline.clean import clean_document
from dateline.records import Article, RawDocument, Rejection

PARAGRAPHS = [
    "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing "
    "quotas and a new agreement on research vessels in the southern ocean.",
    "Officials said the talks lasted more than four hours and ended with a joint statement "
    "that both governments would review the existing treaty before the end of the year.",
    "The Chilean minister told reporters that his country wanted closer cooperation on "
    "climate monitoring, while his Norwegian host stressed shared economic interests.",
    "A second round of talks is expected in Santiago early next year, according to a "
    "spokesperson for the Norwegian foreign ministry.",
]


def _clean(text: str, **kwargs: str) -> Article:
    result = clean_document(RawDocument(source="test.txt", kind="text", content=text, **kwargs))
    assert isinstance(result, Article), result
    return result


def _reason(article: Article, text: str) -> str | None:
    for span in article.removed:
        if span.text == text:
            return span.reason
    return None


def _page(*extra_after: str, before: tuple[str, ...] = ()) -> str:
    lines = [*before, *[p for para in PARAGRAPHS for p in (para, "")], *extra_after]
    return "\n".join(lines)


def test_segments_map_body_back_to_original() -> None:
    text = _page("Read more: Another story about fishing in the north", before=("Oslo talks",))
    article = _clean(text)
    assert article.segments
    for body_start, orig_start, length in article.segments:
        assert article.original[orig_start : orig_start + length] == (
            article.body[body_start : body_start + length]
        )
    assert article.original == text
    for para in PARAGRAPHS:
        assert para in article.body


def test_same_input_gets_same_id() -> None:
    assert _clean(_page()).id == _clean(_page()).id
    assert _clean(_page()).id != _clean(_page("Thanks.")).id


def test_related_links_prompts_credits_tags_are_removed() -> None:
    text = _page(
        "SEE ALSO: Norway signs a new deal with Iceland",
        "Subscribe to our daily newsletter!",
        "Follow us on social media",
        "Reporting by Jane Doe; Editing by John Roe",
        "Tags: fishing, Norway, Chile",
        before=("Norway and Chile agree to review fishing treaty",),
    )
    article = _clean(text)
    assert _reason(article, "SEE ALSO: Norway signs a new deal with Iceland") == "related link"
    assert _reason(article, "Subscribe to our daily newsletter!") == "prompt"
    assert _reason(article, "Follow us on social media") == "prompt"
    assert _reason(article, "Reporting by Jane Doe; Editing by John Roe") == "credit line"
    assert _reason(article, "Tags: fishing, Norway, Chile") == "tags"
    assert article.body.count("\n\n") == len(PARAGRAPHS) - 1


def test_glued_related_link_inside_body_is_removed() -> None:
    lines = [PARAGRAPHS[0], "Read AlsoNorway opens Arctic research station", *PARAGRAPHS[1:]]
    article = _clean("\n".join(lines))
    assert _reason(article, lines[1]) == "related link"


def test_breadcrumb_title_label_reading_time_caption_and_date_line() -> None:
    title = "Norway and Chile agree to review fishing treaty"
    text = _page(
        before=(
            "NewsWorldEurope" + title,
            "POLITICS",
            "4 min read",
            title,
            "The two ministers shake hands in Oslo. / Agency Photo",
            "Published 3 March 2023",
        )
    )
    article = _clean(text)
    assert article.title == title
    assert _reason(article, "NewsWorldEurope" + title) == "breadcrumb"
    assert _reason(article, "POLITICS") == "section label"
    assert _reason(article, "4 min read") == "reading time"
    assert _reason(article, "The two ministers shake hands in Oslo. / Agency Photo") == "caption"
    assert _reason(article, "Published 3 March 2023") == "date line"
    assert article.published == "2023-03-03"


def test_fused_caption_is_split_from_first_sentence() -> None:
    caption = "Ministers in Oslo on 1 March 2023 [Photo: Foreign Ministry]"
    text = "\n".join(["Oslo talks end in agreement", caption + PARAGRAPHS[0], *PARAGRAPHS[1:]])
    article = _clean(text)
    assert _reason(article, caption) == "caption"
    assert article.body.startswith(PARAGRAPHS[0])


def test_headline_list_and_repeated_title_after_body() -> None:
    title = "Norway and Chile agree to review fishing treaty"
    headlines = [
        "Storm closes airports across northern Scotland",
        "Parliament in Lisbon approves new housing budget",
        "Tennis champion announces retirement after final match",
        "Central bank holds interest rates steady for third month",
    ]
    article = _clean(_page("More", *headlines, title, before=(title,)))
    for headline in headlines:
        # "More" labels them as links to other articles; without it they are a list.
        assert _reason(article, headline) == "related link"
    assert _reason(article, "More") == "related link"
    unlabelled = _clean(_page(*headlines, title, before=(title,)))
    for headline in headlines:
        assert _reason(unlabelled, headline) == "headline list"
    assert [s.reason for s in article.removed].count("repeated title") == 1
    for headline in headlines:
        assert headline not in article.body


def test_comment_section_and_bounds_from_comment_dates() -> None:
    text = _page(
        "What do you think?",
        "3 Comments",
        "Maria Lopez",
        "June 5, 2021",
        "This agreement is long overdue and I hope it will protect the fish stocks.",
        "Reply to Maria Lopez",
        "June 6, 2021",
        "Nonsense.",
    )
    article = _clean(text)
    assert "long overdue" not in article.body
    assert _reason(article, "Maria Lopez") == "comment section"
    assert article.published is None
    assert article.published_bounds == (None, "2021-06-05")


def test_dateline_gives_date_and_outlet() -> None:
    first = "Oslo, 4 March 2023 (NTB): " + PARAGRAPHS[0]
    article = _clean("\n".join(["Norway and Chile agree to review treaty", first, *PARAGRAPHS[1:]]))
    assert article.published == "2023-03-04"
    assert article.outlet == "NTB"
    assert article.body.startswith("Oslo, 4 March 2023 (NTB):")


def test_outlet_from_credit_line_and_disclaimer() -> None:
    assert _clean(_page("SOURCE: Nordic Post and Agencies")).outlet == "Nordic Post"
    assert _clean(_page("Nordic Post and Agencies")).outlet == "Nordic Post"
    disclaimer = (
        "The views expressed in this article are those of the author and do not necessarily "
        "reflect those of Nordic Review."
    )
    article = _clean(_page(disclaimer))
    assert article.outlet == "Nordic Review"
    assert _reason(article, disclaimer) == "disclaimer"


def test_date_from_url_and_container() -> None:
    assert _clean(_page(), url="https://example.org/2022/11/05/talks/").published == "2022-11-05"
    assert _clean(_page(), published="Tue, 08 Nov 2022 10:00:00 GMT").published == "2022-11-08"
    assert _clean(_page()).published is None


def test_body_without_title_keeps_everything() -> None:
    article = _clean("\n".join(PARAGRAPHS))
    assert article.title is None
    assert article.removed == []
    assert article.language == "en"


def test_non_english_text_is_marked_by_its_language() -> None:
    text = "\n\n".join(
        [
            "Die Außenminister Deutschlands und Frankreichs haben sich am Dienstag in Berlin "
            "getroffen, um über die gemeinsame Energiepolitik zu sprechen.",
            "Nach Angaben des Auswärtigen Amtes dauerten die Gespräche mehr als drei Stunden "
            "und endeten mit einer gemeinsamen Erklärung beider Regierungen.",
        ]
    )
    article = _clean(text)
    assert article.language == "de"


def test_text_with_only_clutter_is_rejected() -> None:
    result = clean_document(
        RawDocument(source="menu.txt", kind="text", content="Subscribe now\nFollow us\n4 min read")
    )
    assert isinstance(result, Rejection)
    assert "menu.txt" == result.source and "nothing is left" in result.reason
    empty = clean_document(RawDocument(source="empty.txt", kind="text", content="  \n"))
    assert isinstance(empty, Rejection)


def test_long_comment_thread_does_not_outweigh_the_article() -> None:
    comment = (
        "I have followed these negotiations for years and I honestly think that the "
        "ministers should have done this a long time ago, it is a shame it took so long."
    )
    thread: list[str] = ["12 Comments"]
    for n in range(8):
        thread += [f"Reader Number{n}", "2 days ago", comment.replace("years", f"{n + 2} years")]
    article = _clean(_page(*thread))
    for para in PARAGRAPHS:
        assert para in article.body
    assert "honestly think" not in article.body


def test_teaser_list_around_the_article_is_removed() -> None:
    teasers: list[str] = []
    for n in range(5):
        teasers += [
            f"Storm number {n} closes airports across northern Scotland",
            "Flights were cancelled on Monday as winds reached record speeds across the region.",
            f"{n + 1} hours ago",
        ]
    article = _clean(_page(*teasers, before=("Norway and Chile agree on fishing",)))
    assert "record speeds" not in article.body
    assert article.body.startswith(PARAGRAPHS[0])


def test_announced_list_and_closing_short_sentences_are_kept() -> None:
    items = ["June 9 -- Arena One, Tampa", "June 12 -- Arena Two, Miami", "June 14 -- Hall, Boston"]
    article = _clean(_page("The tour dates are:", *items, "Tickets are on sale.", "Thanks."))
    for item in items:
        assert item in article.body
    assert "Tickets are on sale." in article.body


def test_author_bio_and_contributor_lines_are_credit_lines() -> None:
    bio = "Jane Doe is a reporter for the Nordic Post."
    note = "John Roe contributed to this report."
    article = _clean(_page(bio, note))
    assert _reason(article, bio) == "credit line"
    assert _reason(article, note) == "credit line"


def test_unspaced_script_counts_characters_as_words() -> None:
    paragraphs = [
        "日本の外務大臣は火曜日に東京で中国の外相と会談し、両国の経済協力について話し合った。",
        "会談は三時間以上続き、双方は年内に再び会うことで合意したと外務省は発表した。",
    ]
    article = _clean("\n".join(["フォローする", *paragraphs]))
    assert article.language == "ja"
    for para in paragraphs:
        assert para in article.body


def test_byline_date_and_time_of_day_date_line() -> None:
    byline = _clean(_page(before=("Norway and Chile agree", "By Jane Doe | July 14, 2025")))
    assert byline.published == "2025-07-14"
    timed = _clean(_page(before=("Norway and Chile agree", "Updated 3 May 2022 at 3:05 p.m. ET")))
    assert timed.published == "2022-05-03"


def test_outlet_from_copyright_line() -> None:
    article = _clean(_page("© 2024 Nordic Post. All rights reserved."))
    assert article.outlet == "Nordic Post"


def test_title_with_site_suffix_is_not_a_caption() -> None:
    article = _clean(_page(before=("Norway and Chile agree to review treaty | Nordic Post",)))
    assert article.title == "Norway and Chile agree to review treaty"
    assert article.outlet == "Nordic Post"


def test_data_list_after_article_is_kept_but_headline_list_is_not() -> None:
    rows = [
        "Norway (Group A): 10th appearance",
        "Chile (Group B): third appearance",
        "Peru (Group C): first appearance",
        "Iceland (Group D): fifth appearance",
    ]
    article = _clean(_page("Qualified teams", *rows))
    for row in rows:
        assert row in article.body
    assert "Qualified teams" in article.body


def test_body_sentences_with_cue_words_are_kept() -> None:
    sentences = [
        "By the end of the year, the ministry will review it.",
        "A year ago, the two ministers met in Paris.",
        "The views expressed by the minister were criticised by the opposition.",
        "The copyright dispute went to court in May.",
        "Netflix subscription prices rose by ten percent last year.",
        "He pledged to donate a million dollars to the relief fund.",
        "The bill, sponsored by two senators, passed on Tuesday.",
        "Putin said:",
        "“We will not give up,” he told the crowd in Moscow on Friday evening.",
        "Discussion",
    ]
    lines = [PARAGRAPHS[0], *sentences, *PARAGRAPHS[1:]]
    article = _clean("\n".join(lines))
    for line in lines:
        assert line in article.body, line


def test_short_first_line_is_the_title() -> None:
    article = _clean(_page(before=("Oslo fishing talks",)))
    assert article.title == "Oslo fishing talks"
    assert "Oslo fishing talks" not in article.body


def test_article_continues_after_inserts_and_labelled_headlines_go() -> None:
    more = [
        "Fishery scientists from both countries will share survey data collected by "
        "research vessels over the past ten years.",
        "The agreement also sets up a joint committee that will meet twice a year to "
        "review catch limits and report to both parliaments.",
    ]
    inserts = [
        "Related articles",
        "Storm closes airports across northern Scotland",
        "Parliament in Lisbon approves new housing budget as rents rise ag...",
        "DON'T MISS",
        "Trending",
    ]
    article = _clean("\n".join([*PARAGRAPHS, *inserts, *more]))
    for para in more:
        assert para in article.body
    assert _reason(article, inserts[1]) == "related link"
    assert _reason(article, inserts[2]) == "related link"
    assert _reason(article, "DON'T MISS") is not None


def test_headlines_glued_to_teasers_are_a_list_of_other_articles() -> None:
    teasers = [
        "Storm Closes Airports Across Northern ScotlandHeavy snow and strong winds grounded "
        "flights in Aberdeen and Inverness on Monday morning.",
        "Parliament Approves New Housing Budget In LisbonA majority of deputies voted for the "
        "plan after a long debate about rents in the capital.",
        "Tennis Champion Announces Retirement After Final MatchThe former world number one "
        "said she wanted to spend more time with her family.",
    ]
    article = _clean("\n".join([*teasers, "Oslo talks end in agreement", *PARAGRAPHS]))
    for teaser in teasers:
        assert teaser not in article.body
    for para in PARAGRAPHS:
        assert para in article.body


def test_one_brand_name_with_inner_capital_keeps_its_sentence() -> None:
    line = ("The Norwegian Fisheries Directorate's YouTube channel will stream the signing "
            "ceremony from Oslo on Friday afternoon.")
    article = _clean("\n".join([PARAGRAPHS[0], line, *PARAGRAPHS[1:]]))
    assert line in article.body


def test_ticker_table_inside_article_is_removed_and_does_not_split_it() -> None:
    ticker = ["Ticker", "Last", "Change", "NHY", "THE NORSK HYDRO COMPANY", "58.12", "-1.30",
              "-2.19%"]
    article = _clean("\n".join([PARAGRAPHS[0], PARAGRAPHS[1], *ticker, *PARAGRAPHS[2:]]))
    for para in PARAGRAPHS:
        assert para in article.body
    assert _reason(article, "58.12") == "data cell"
    assert _reason(article, "Ticker") is not None
    assert _reason(article, "-2.19%") is not None


def test_lower_case_list_inside_article_is_kept() -> None:
    items = ["cod", "haddock", "mackerel", "herring", "saithe"]
    article = _clean("\n".join([PARAGRAPHS[0], PARAGRAPHS[1], *items, *PARAGRAPHS[2:]]))
    for item in items:
        assert _reason(article, item) is None


def test_run_of_cut_off_teasers_is_removed() -> None:
    teasers = ["Storm closes airports across northern Scotl..",
               "Parliament in Lisbon approves new housing bud..",
               "Tennis champion announces retirement after fi.."]
    article = _clean("\n".join([*PARAGRAPHS, *teasers, PARAGRAPHS[0]]))
    for teaser in teasers:
        assert _reason(article, teaser) is not None


def test_newsletter_box_and_circled_copyright_are_removed() -> None:
    box = ["Daily Briefing Newsletter",
           "Thanks for signing up!",
           "Keep an eye on your inbox for the latest news.",
           "Copyright ⓒ Example Media. All reproduction prohibited"]
    article = _clean("\n".join([*PARAGRAPHS, *box]))
    for line in box:
        assert _reason(article, line) is not None


def test_more_from_label_and_its_headlines_inside_article_are_removed() -> None:
    links = ["More from Europe",
             "Storm closes airports across northern Scotland",
             "Parliament in Lisbon approves new housing budget",
             "Tennis champion announces retirement after final match",
             "Central bank holds interest rates steady for third month",
             "Ferry strike strands thousands of travellers in Calais",
             "Museum returns looted bronzes to Nigeria after long talks",
             "Heatwave warning issued for southern Spain and Portugal"]
    article = _clean("\n".join([PARAGRAPHS[0], PARAGRAPHS[1], *links, *PARAGRAPHS[2:]]))
    for para in PARAGRAPHS:
        assert para in article.body
    for link in links:
        assert _reason(article, link) == "related link"


def test_credit_glued_to_caption_is_removed() -> None:
    caption = "Ministers shake hands at the start of the talks in OsloCredit: Reuters"
    article = _clean("\n".join([PARAGRAPHS[0], caption, *PARAGRAPHS[1:]]))
    assert _reason(article, caption) == "caption"


def test_article_resumes_after_embedded_post_and_link_block() -> None:
    links = ["More from Europe",
             "Storm closes airports across northern Scotland",
             "Parliament in Lisbon approves new housing budget",
             "Tennis champion announces retirement after final match"]
    tail = [PARAGRAPHS[3], "Joint statement",
            "— Norwegian Foreign Ministry (@NorwayMFA) March 3, 2023",
            "Both ministers are expected to sign the revised treaty in Santiago next spring, "
            "officials from the two foreign ministries said.",
            "Fishing industry groups in both countries welcomed the talks but asked for a "
            "say in how the new catch limits will be set."]
    article = _clean("\n".join([*PARAGRAPHS[:3], *links, *tail]))
    for para in [*PARAGRAPHS, tail[3], tail[4]]:
        assert para in article.body
    for link in links:
        assert link not in article.body


def test_kickers_and_spaced_ellipsis_teasers_after_label_are_links() -> None:
    links = ["Most read stories", "STORM WARNING",
             "Storm closes airports across northern Scotland …",
             "Parliament in Lisbon approves new housing budget …"]
    article = _clean("\n".join([*PARAGRAPHS, *links]))
    for link in links:
        assert _reason(article, link) == "related link"


def test_promotion_box_printing_its_headline_twice_is_removed() -> None:
    promo = ["World", "Storm closes airports across northern Scotland",
             "World", "Storm closes airports across northern Scotland"]
    article = _clean("\n".join([*PARAGRAPHS[:2], *promo, *PARAGRAPHS[2:]]))
    for para in PARAGRAPHS:
        assert para in article.body
    assert "Storm closes airports" not in article.body


def test_exclaimed_headline_after_link_label_is_a_link() -> None:
    links = ["Trending News", 'Video shows dramatic rescue at sea: "We got them!"',
             "Ferry strike strands thousands of travellers in Calais"]
    article = _clean("\n".join([*PARAGRAPHS[:2], *links, *PARAGRAPHS[2:]]))
    for link in links:
        assert _reason(article, link) == "related link"


def test_related_coverage_label_with_colon_lists_links() -> None:
    links = ["Related coverage from Europe Desk:",
             "How the fishing quota system works",
             "Why Arctic research stations matter"]
    article = _clean("\n".join([*PARAGRAPHS, *links]))
    for link in links:
        assert _reason(article, link) == "related link"


def test_file_photo_caption_with_an_older_dated_year_is_removed() -> None:
    first, second = PARAGRAPHS[0], PARAGRAPHS[1]
    caption = ("Chilean Foreign Minister Ana Soto waves as she arrives for talks with her Norwegian "
               "counterpart in Oslo, Norway, March 7, 2021.")
    article = _clean("\n".join([first, "", caption, "", second, "", *PARAGRAPHS[2:]]), published="2023-03-08")
    assert _reason(article, caption) == "caption"
    assert caption not in article.body


def test_caption_of_the_day_stays_as_the_reports_own_telling() -> None:
    caption = ("Chilean Foreign Minister Ana Soto waves as she arrives for talks with her Norwegian "
               "counterpart in Oslo, Norway, March 7, 2023.")
    article = _clean("\n".join([PARAGRAPHS[0], "", caption, "", *PARAGRAPHS[1:]]), published="2023-03-08")
    assert caption in article.body


def test_past_tense_sentence_ending_in_a_dated_year_is_text() -> None:
    told = ("The two ministers met and spoke at the foreign ministry in Oslo yesterday, "
            "7th March 2023.")
    planned = "The Chilean minister will visit Bergen on Monday 13 March 2023."
    article = _clean("\n".join([PARAGRAPHS[0], "", told, "", planned, "", *PARAGRAPHS[1:]]), published="2023-09-08")
    assert told in article.body and planned in article.body
