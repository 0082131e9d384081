"""The helpers that put markup around untrusted text."""

from __future__ import annotations

import pytest

from dateline.web.security import external_url, highlight, marked_snippet, merge_ranges, strike_spans


def test_highlight_escapes_every_segment_and_merges_ranges() -> None:
    text = "a <b>bold</b> & <script>x</script> end"
    html = str(highlight(text, [(2, 8), (5, 13), (100, 120)]))
    assert html == "a <mark>&lt;b&gt;bold&lt;/b&gt;</mark> &amp; &lt;script&gt;x&lt;/script&gt; end"
    assert str(highlight("plain", [])) == "plain"
    with pytest.raises(ValueError, match="highlight tag"):
        highlight("x", [(0, 1)], tag="script")


def test_strike_spans_wraps_removed_text_with_escaped_reason() -> None:
    html = str(strike_spans("<nav>Menu</nav>Body", [(0, 15, 'menu "x" <y>')]))
    assert html == '<del title="menu &#34;x&#34; &lt;y&gt;">&lt;nav&gt;Menu&lt;/nav&gt;</del>Body'
    overlapping = str(strike_spans("abcdef", [(0, 3, "r"), (2, 5, "r")]))
    assert overlapping == '<del title="r">abc</del><del title="r">de</del>f'


def test_marked_snippet_is_well_formed_whatever_the_text() -> None:
    assert str(marked_snippet("x \x02hit\x03 <i>")) == "x <mark>hit</mark> &lt;i&gt;"
    odd = str(marked_snippet("\x03\x03<b>\x02"))
    assert odd.count("<mark>") == odd.count("</mark>") and "<b>" not in odd


def test_merge_ranges_clips_and_sorts() -> None:
    assert merge_ranges([(5, 9), (-3, 2), (8, 12), (20, 30)], 11) == [(0, 2), (5, 11)]


def test_external_url_only_plain_http_addresses() -> None:
    assert external_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "/relative", "//host/x",
                "https://example.org/\"onmouseover=x", "http:///nohost", None, ""):
        assert external_url(bad) is None, bad
