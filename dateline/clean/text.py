"""Removing page clutter from plain text, line by line.

The cleaner decides from general features of a line and its neighbours: cue phrases of
web pages (from ``dateline/data/clutter.yaml``), length, end punctuation, capitalisation,
repetition, position relative to the article's running text, and runs of headline-like
lines.  The article text is taken to be the largest block of prose lines; what lies
outside it (menus, headline lists, comment sections, footers) is removed, and cue lines
inside it (related links, prompts, captions, credits) are removed too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dateline.clean.cues import folded, load_cues
from dateline.clean.dates import date_line_dates, date_line_value, find_dates
from dateline.clean.lines import (
    Line,
    capitalised_share,
    ends_in_credit,
    is_headline_like,
    is_name_like,
    is_prose,
    normalise,
    split_lines,
    without_date_label,
)

# Runs of at least this many headline-like lines are lists of other articles.
HEADLINE_RUN = 3
# A line counts at most this many characters: very long lines are often page dumps.
LINE_CAP = 600
# A stretch of this weight is article-sized: a comment section after it ends the article.
SUBSTANTIAL = 300
# Weights of non-prose lines when looking for the densest stretch of article text.
STRONG_CUES = {"comment section", "copyright", "prompt", "related link", "disclaimer"}
CUE_CHARGE = 150.0
WEAK_CUE_CHARGE = 40.0
SHORT_CHARGE = 25.0
# A prose line with no prose line beside it (a teaser of another article) weighs less.
ISOLATED_FACTOR = 0.3
# A list announced by a line ending in a colon: at most this many items of this length.
MAX_LIST = 200
MAX_LIST_ITEM_WORDS = 40
# Separators shared by the rows of a data list, and the share of rows that must have one.
LIST_SEPARATORS = (":", " – ", " — ", " - ", "--", "@", "(", "|", "\t")
LIST_SHARE = 0.8
MAX_ROW_WORDS = 20
# Inserts in the article (related links, captions, labels): at most this many in a row.
MAX_INSERT_GAP = 10
# A dated caption this many days older than the article is a file photo of another happening.
STALE_CAPTION_DAYS = 7
ATTRIBUTION_WORDS = 12
DATA_CELL_CHARGE = 5.0
MAX_TRUNCATED_WORDS = 20
# Short lines in a row inside the article: at least this many make a table.
CELL_RUN = 4
# Headlines after a related-links label: at most this many.
MAX_LINKED = 8
MAX_LINK_LABEL_WORDS = 6
MAX_EXCLAIMED_HEADLINE = 15
# Share of capitalised words in a headline glued to its teaser.
GLUED_TITLE_SHARE = 0.9
# An all-capitals line of at most this many words inside the article is a section label.
INSIDE_LABEL_WORDS = 1

_CUE_ORDER = (
    "comment_ui",
    "related_link",
    "credit_line",
    "disclaimer",
    "copyright",
    "reading_time",
    "timestamp",
    "tags",
    "prompt",
    "caption",
)
_LABEL_WORDS = 3


@dataclass
class CleanedText:
    """The outcome of cleaning one text: every line with its verdict, and what was found."""

    lines: list[Line]
    title: Line | None = None
    date_lines: list[tuple[Line, str]] = field(default_factory=list)  # (line, iso) near the top
    comment_dates: list[str] = field(default_factory=list)
    # A page's last line when it is a date and nothing else, after the article and with no
    # comments: sites print the publication date under the text ("November 16, 2021").
    closing_date: str | None = None

    @property
    def kept(self) -> list[Line]:
        return [line for line in self.lines if line.reason is None]


def _split_fused_captions(lines: list[Line]) -> list[Line]:
    """Split "caption [Image: Agency]Body sentence" into a caption part and a body part."""
    cues = load_cues()
    out: list[Line] = []
    for line in lines:
        match = None
        for pattern in cues.caption_fused:
            match = pattern.search(line.text)
            if match:
                break
        rest = line.text[match.end() :] if match else ""
        if match and len(rest.split()) >= 5 and rest.lstrip()[:1].isupper():
            lead = len(rest) - len(rest.lstrip())
            caption = line.text[: match.end()]
            out.append(Line(0, line.start, caption, reason="caption", cue="caption"))
            out.append(Line(0, line.start + match.end() + lead, rest.strip()))
        else:
            out.append(line)
    for i, line in enumerate(out):
        line.index = i
    return out


def apply_cues(lines: list[Line]) -> None:
    groups = load_cues().groups
    for line in lines:
        if line.cue:
            continue
        n = line.n_words
        lowered = folded(line.text)
        for name in _CUE_ORDER:
            if groups[name].matches(line.text, n, lowered):
                line.cue = groups[name].reason
                break
        if line.cue is None and date_line_value(line.text):
            line.cue = "date line"


def dated_caption_day(line: Line) -> str | None:
    """The date of a photo caption known by its form, or None: its first sentence, in the
    present tense (or with no verb), ends in a full date with its year ("X shakes hands with
    Y in Tokyo, March 16, 2023."); see ``dated_caption`` in data/clutter.yaml."""
    date_end, told, max_words = load_cues().dated_caption
    if line.cue is not None or line.n_words > max_words:
        return None
    match = date_end.search(line.text)
    if not match or any(p.search(match.group(1)) for p in told):
        return None
    found = [d for d in find_dates(line.text[: match.end()]) if d.precision == "day"]
    return found[-1].iso if found else None


def remove_stale_captions(cleaned: CleanedText, published: str | None) -> None:
    """Remove kept captions (by their form) of a photo taken well before the article was
    published: a file photo shows another happening ("... in Moscow, October 6, 2016" over
    a report of February 2017), and its description is no act the report tells.  A caption
    of the day tells the report's own happening (its date and place) and stays."""
    if not published or len(published) < 10:
        return
    day = date.fromisoformat(published[:10])
    for line in cleaned.kept:
        shot = dated_caption_day(line)
        if shot and (day - date.fromisoformat(shot)).days > STALE_CAPTION_DAYS:
            line.reason = "caption"


def _glued_breadcrumbs(lines: list[Line]) -> None:
    """A line that ends with a later line's text, glued to a short prefix, is a breadcrumb
    ("HomeWorldAsiaSome Title" before "Some Title")."""
    for i, line in enumerate(lines[:-1]):
        if line.cue:
            continue
        for later in lines[i + 1 : i + 12]:
            # A breadcrumb is glued to a headline, not to a sentence.
            if later.n_words < 3 or len(later.text) >= len(line.text) or later.ends_sentence:
                continue
            if line.text.endswith(later.text):
                prefix = line.text[: -len(later.text)]
                if prefix.strip() and len(prefix) <= 60 and not re.search(r"[.!?。！？]\s*$", prefix):
                    line.cue = "breadcrumb"
                    break


def _is_truncated(line: Line) -> bool:
    """A teaser cut off mid-word or mid-sentence ("... as Hurri...")."""
    return bool(re.search(r"\w ?(\.{2,}|…)$", line.text))


def _truncated_teasers(lines: list[Line]) -> None:
    """Short lines cut off with dots, in runs, are teasers of other articles (a sentence
    of the article may trail off once, not line after line)."""
    cut = [line.cue is None and line.n_words <= MAX_TRUNCATED_WORDS and _is_truncated(line)
           for line in lines]
    for i, line in enumerate(lines):
        if cut[i] and any(cut[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines)):
            line.cue = "related link"


def _is_kicker(line: Line) -> bool:
    """A short label in capitals over a teaser headline ("EYE POPPING")."""
    letters = [c for c in line.text if c.isalpha()]
    return line.n_words <= _LABEL_WORDS + 1 and bool(letters) and all(c.isupper() for c in letters)


def _linked_headlines(lines: list[Line]) -> None:
    """Headlines right after a related-links label ("Related articles", "Most read") are
    links to other articles, wherever the label stands."""
    for i, line in enumerate(lines):
        if (line.cue != "related link" or line.n_words > MAX_LINK_LABEL_WORDS
                or not re.fullmatch(r"[\w' ’&-]+(:|\.\.\.|…)?", line.text)):
            continue
        for later in lines[i + 1 : i + 1 + MAX_LINKED]:
            # Headlines may end in "?" or "!" (short ones), not in a full stop or a colon.
            headline = (is_headline_like(later, 3, 25) and not later.text.endswith(":")
                        and (not later.ends_sentence
                             or (later.n_words <= MAX_EXCLAIMED_HEADLINE
                                 and not re.search(r"\.[\"'”’»)]*$", later.text))))
            if later.cue is not None or not (headline or _is_truncated(later) or _is_kicker(later)):
                break
            later.cue = "related link"


# A title-case headline glued to its teaser sentence: "... Student-AthleteA 24-year-old ...".
# The glued word ends a full word (four lower-case letters, or a number), not a brand's first part
# ("MacBook", "LeBron").
_GLUED_TEASER = re.compile(
    r"^(\S+(?: \S+){2,24}?(?:[a-z]{4}|[0-9])[’'”\"!?)]?)(?=(?:[A-Z][a-z]+|A|I) )(\S+(?: \S+){6,})$"
)


def _is_glued_teaser(line: Line) -> bool:
    match = _GLUED_TEASER.match(line.text)
    if not match:
        return False
    headline = match.group(1)
    return (capitalised_share(headline) >= GLUED_TITLE_SHARE
            and not re.search(r"[.!?]\s", headline) and bool(_SENTENCE_END_RE.search(line.text)))


def _glued_teasers(lines: list[Line]) -> None:
    """Headlines glued to their teasers are lists of other articles when they come in
    runs (a body sentence may once hold a brand like "PlayStation", not line after line)."""
    glued = [line.cue is None and _is_glued_teaser(line) for line in lines]
    for i, line in enumerate(lines):
        if glued[i] and any(glued[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines)):
            line.cue = "related link"


def _separator_breadcrumb(line: Line) -> bool:
    """"Home > World > Asia": short parts joined by a separator."""
    seps = load_cues().breadcrumb_separators
    for sep in seps:
        parts = [p.strip() for p in line.text.split(sep)]
        if len(parts) >= 3 and all(p and len(p.split()) <= 4 for p in parts):
            return True
    return False


_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’»)]*$")
_COMMENTER_SAYS = re.compile(r"^\S{2,30} says:$")


def _comment_starts(lines: list[Line]) -> list[int]:
    """Where comment sections may begin: a comment widget label or "Reply to ...", or a
    commenter's name followed by a date or time stamp (when that pattern repeats, or a
    widget label confirms that the page has comments)."""
    labels = [i for i, line in enumerate(lines) if line.cue == "comment section"]
    pairs: list[int] = []
    for i, line in enumerate(lines):
        if line.cue or not is_name_like(line):
            continue
        for nxt in lines[i + 1 : i + 3]:
            if nxt.cue in ("date line", "timestamp"):
                pairs.append(i)
                break
            if nxt.cue or not is_name_like(nxt):
                break
    # "reader42 says:" opens each comment on many blogs; a quote intro in an article
    # ("Putin says:") rarely comes twice.
    pairs += [i for i, line in enumerate(lines) if _COMMENTER_SAYS.match(line.text)]
    if len(pairs) >= 2 or labels:
        return sorted(set(labels) | set(pairs))
    return labels


# A cell of a data table or a stock ticker: a number, price or percentage alone.
_DATA_CELL = re.compile(r"[-+−–]?[$€£¥]?\d[\d.,:]*\s*(%|[kKmMbB]n?)?")


def _is_data_cell(line: Line) -> bool:
    return bool(_DATA_CELL.fullmatch(line.text))


def _line_weight(line: Line) -> float:
    """How much a line speaks for being inside the article: prose counts by its length,
    clutter cues and short lines against; a data cell hardly counts either way (tables
    and tickers sit inside articles)."""
    if line.cue == "data cell":
        return -DATA_CELL_CHARGE
    if line.cue in STRONG_CUES:
        return -CUE_CHARGE
    if line.cue:
        return -WEAK_CUE_CHARGE
    if is_prose(line):
        return float(min(len(line.text), LINE_CAP))
    return -SHORT_CHARGE


def _densest(weights: list[float], lo: int, hi: int) -> tuple[int, int, float] | None:
    """The stretch of lines lo..hi-1 with the largest sum of weights (Kadane)."""
    best: tuple[int, int, float] | None = None
    run_start, run_sum = lo, 0.0
    for i in range(lo, hi):
        if run_sum <= 0:
            run_start, run_sum = i, 0.0
        run_sum += weights[i]
        if run_sum > 0 and (best is None or run_sum > best[2]):
            best = (run_start, i, run_sum)
    return best


def _article_span(lines: list[Line]) -> tuple[int, int, int | None] | None:
    """First and last line of the article text (the densest stretch of prose), and where
    its comment section starts.  A comment section that follows article-sized text ends
    the search, so long comment threads cannot outweigh the article."""
    weights = [_line_weight(line) for line in lines]
    prose = [w > 0 for w in weights]
    for i, w in enumerate(weights):
        # Prose lines standing alone between short lines are mostly teasers of other
        # articles; running text comes in runs of paragraphs.
        alone = not (i > 0 and prose[i - 1]) and not (i + 1 < len(prose) and prose[i + 1])
        if w > 0 and alone:
            weights[i] = w * ISOLATED_FACTOR
    starts = _comment_starts(lines)
    for c in starts:
        found = _densest(weights, 0, c)
        if found and found[2] >= SUBSTANTIAL:
            return found[0], found[1], c
    found = _densest(weights, 0, len(lines))
    if found is None:
        keep = [i for i, line in enumerate(lines) if line.cue is None]
        return (keep[0], keep[-1], None) if keep else None
    comment_at = next((c for c in starts if c > found[0]), None)
    return found[0], found[1], comment_at


def _list_items(lines: list[Line], start: int, stop: int) -> int:
    """Index of the last line of the list that starts at ``start`` (no clutter cues, not
    too long), or start - 1 when there is none."""
    end = start - 1
    for j in range(start, min(stop, start + MAX_LIST)):
        if lines[j].cue or lines[j].n_words > MAX_LIST_ITEM_WORDS:
            break
        end = j
    return end


def _shared_separator(items: list[Line]) -> str | None:
    """The separator most items carry ("June 9 – Tampa", "England (Group A): 10th"): a
    table-like list of data, unlike a list of other articles' headlines."""
    for sep in LIST_SEPARATORS:
        if sum(1 for item in items if sep in item.text) >= LIST_SHARE * len(items):
            return sep
    return None


def _extend_announced_list(lines: list[Line], last: int, comment_at: int | None) -> int:
    """A list right after the article belongs to it when a line announces it ("Tour
    dates:"), or when its items share a separator like the rows of a table (after an
    optional short heading).  It runs up to the first clutter line."""
    stop = comment_at if comment_at is not None else len(lines)
    for intro in (last, last + 1):
        if intro < stop and lines[intro].text.endswith(":") and not lines[intro].cue:
            end = _list_items(lines, intro + 1, stop)
            return end if end > intro else last
    for start in (last + 1, last + 2):
        if start >= stop:
            break
        if start == last + 2 and not (
            lines[last + 1].cue is None and lines[last + 1].n_words <= 6
            and not lines[last + 1].ends_sentence
        ):
            break
        end = _list_items(lines, start, stop)
        items = lines[start : end + 1]
        sep = _shared_separator(items) if len(items) >= HEADLINE_RUN else None
        if sep is None:
            continue
        # The rows end where a line without the separator, or a long one, comes.
        rows = 0
        while rows < len(items) and sep in items[rows].text and (
            items[rows].n_words <= MAX_ROW_WORDS
        ):
            rows += 1
        if rows >= HEADLINE_RUN:
            return start + rows - 1
    return last


def _is_gap_line(line: Line) -> bool:
    """A line that may stand between two stretches of one article: clutter with a cue
    (removed by its cue anyway), a short label ("DON'T MISS"), or the attribution line of
    an embedded post ("— Jane Doe (@jdoe) May 2, 2020")."""
    if line.cue is not None or (line.n_words <= _LABEL_WORDS and not line.ends_sentence):
        return True
    return line.text[:1] in "—–" and line.n_words <= ATTRIBUTION_WORDS


def _walk_inserts(lines: list[Line], edge: int, step: int, stop: int) -> int:
    """From the article's edge line, step outwards over gaps of inserts and the prose
    between them; the edge moves once at least two prose lines lie beyond it within
    MAX_INSERT_GAP inserts.  Crossed labels become clutter."""
    j = edge + step
    gap = prose = 0
    while j != stop:
        line = lines[j]
        if line.cue is None and is_prose(line):
            prose += 1
            if prose >= 2 and (j + step == stop or not _prose_at(lines, j + step)):
                lo, hi = sorted((edge + step, j))
                for crossed in lines[lo : hi + 1]:
                    if _is_gap_line(crossed):
                        crossed.cue = crossed.cue or "section label"
                edge, gap, prose = j, 0, 0
        elif _is_gap_line(line):
            gap += 1
            if gap > MAX_INSERT_GAP:
                break
        else:
            break
        j += step
    return edge


def _prose_at(lines: list[Line], i: int) -> bool:
    return lines[i].cue is None and is_prose(lines[i])


def _extend_past_inserts(lines: list[Line], last: int, comment_at: int | None) -> int:
    """Pages break their article with inserts (related links, captions, "Trending"); the
    densest stretch may stop at one.  Prose after a short gap of inserts continues it."""
    stop = comment_at if comment_at is not None else len(lines)
    return _walk_inserts(lines, last, 1, stop)


def _extend_before_inserts(lines: list[Line], first: int) -> int:
    """The article may also start before a block of inserts."""
    return _walk_inserts(lines, first, -1, -1)


def _sentence_like(line: Line) -> bool:
    return line.cue is None and line.n_words >= 3 and line.ends_sentence


def _extend_to_sentences(
    lines: list[Line], first: int, last: int, comment_at: int | None
) -> tuple[int, int]:
    """Short closing sentences ("Colombia had lost on Monday.") weigh little, so the
    densest stretch may stop before them: take in the sentences that directly follow,
    with a subheading between them, and prose that directly precedes."""
    stop = comment_at if comment_at is not None else len(lines)
    j = last + 1
    while j < stop:
        if _sentence_like(lines[j]):
            end = j
        elif (
            lines[j].cue is None
            and is_headline_like(lines[j], 1, 12)
            and j + 1 < stop
            and _sentence_like(lines[j + 1])
        ):
            end = j + 1
        else:
            break
        # A headline and sentence followed by a time stamp is a teaser, not the article.
        if end + 1 < len(lines) and lines[end + 1].cue in ("timestamp", "date line"):
            break
        last = end
        j = end + 1
    while first > 0 and lines[first - 1].cue is None and is_prose(lines[first - 1]):
        first -= 1
    return first, last


# A line that ends in a time of day is a page's stamp ("... Обновлено в 22:56"), not its headline.
_CLOCK_END = re.compile(r"\b[0-2]?\d:[0-5]\d\W*$")


def _find_title(lines: list[Line], first: int) -> Line | None:
    """The headline: a line before the article text that is repeated later, else the first
    headline-like line of at least four words (three for the very first line) that is not
    part of a list of headlines."""
    # A caption or credit line is never the title, whatever its form or repetition.
    before = [line for line in lines[:first] if line.cue is None and not ends_in_credit(line.text)]
    later_texts = {normalise(line.text) for line in lines[first:]}
    for line in before:
        if line.n_words >= 3 and normalise(line.text) in later_texts:
            return line
    for line in lines[:first]:
        if line.cue == "breadcrumb":
            for cand in before:
                if cand.index > line.index and line.text.endswith(cand.text):
                    return cand
    runs = _headline_runs(lines, 0, first)
    for line in before:
        # The document's first line may be a short headline ("Lavrov visits Beijing").
        min_words = 3 if line.index == 0 else 4
        if (line.index in runs or not is_headline_like(without_date_label(line), min_words, 30)
                or _CLOCK_END.search(line.text)):
            continue
        return line
    return None


def _headline_runs(lines: list[Line], lo: int, hi: int) -> set[int]:
    """Indexes of lines in runs of headline-like lines (lists of other articles)."""
    found: set[int] = set()
    run: list[int] = []
    for i in range(lo, hi + 1):
        line = lines[i] if i < hi else None
        if line is not None and line.cue is None and is_headline_like(line, 4, 25):
            run.append(i)
            continue
        if line is not None and line.cue == "related link":
            run.append(i)
            continue
        if len(run) >= HEADLINE_RUN:
            found.update(run)
        run = []
    return found


def _outside_reason(line: Line, runs: set[int]) -> str:
    if line.index in runs:
        return "headline list"
    if _separator_breadcrumb(line):
        return "breadcrumb"
    if line.n_words <= _LABEL_WORDS and not line.ends_sentence:
        return "section label"
    if is_headline_like(line):
        return "headline"
    return "outside article text"


def _is_inside_label(line: Line) -> bool:
    """A section label inside the article: a lone word in capitals (WORLD, VIDEO).
    Longer capitalised lines are often the article's own subheadings."""
    text = line.text.strip(" :")
    if line.n_words > INSIDE_LABEL_WORDS or line.ends_sentence:
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 3


def _doubled_promos(lines: list[Line], first: int, last: int) -> set[int]:
    """Short lines inside the article that recur within the next two lines: promotion
    boxes print a section and headline twice (once for the picture, once as text)."""
    found: set[int] = set()
    for i in range(first, last + 1):
        line = lines[i]
        if line.cue or is_prose(line):
            continue
        for j in (i + 1, i + 2):
            if j <= last and normalise(lines[j].text) == normalise(line.text):
                found.update((i, j))
    return found


def _is_cell(line: Line) -> bool:
    return line.cue == "data cell" or (
        line.cue is None and line.n_words <= _LABEL_WORDS and not line.ends_sentence)


def _cell_runs(lines: list[Line], first: int, last: int) -> set[int]:
    """Runs of short lines inside the article: rows of a table or a widget, broken into
    one cell a line; an article's own subheadings come one at a time.  A run announced by
    a colon, or of lower-case items, is the article's own list ("capers, olives, ...")."""
    found: set[int] = set()
    run: list[int] = []
    for i in range(first, last + 2):
        if i <= last and _is_cell(lines[i]):
            run.append(i)
            continue
        lower = sum(1 for j in run if lines[j].text[:1].islower())
        announced = run and run[0] > 0 and lines[run[0] - 1].text.endswith(":")
        if len(run) >= CELL_RUN and not announced and lower * 2 < len(run):
            found.update(run)
        run = []
    return found


def clean_text(text: str) -> CleanedText:
    """Decide for every line of ``text`` whether it is article text, and if not, why."""
    lines = _split_fused_captions(split_lines(text))
    result = CleanedText(lines=lines)
    if not lines:
        return result
    apply_cues(lines)
    _glued_breadcrumbs(lines)
    _linked_headlines(lines)
    _glued_teasers(lines)
    _truncated_teasers(lines)
    for line in lines:
        if line.cue is None and _is_data_cell(line):
            line.cue = "data cell"
    span = _article_span(lines)
    if span is None:
        for line in lines:
            line.reason = line.cue or "clutter"
        return result
    first, last, comment_at = span
    last = _extend_announced_list(lines, last, comment_at)
    first, last = _extend_to_sentences(lines, first, last, comment_at)
    last = _extend_past_inserts(lines, last, comment_at)
    first = _extend_before_inserts(lines, first)
    first, last = _extend_to_sentences(lines, first, last, comment_at)
    title = _find_title(lines, first)
    result.title = title
    title_norm = normalise(title.text) if title else None
    if comment_at is not None and comment_at <= last:
        last = max((i for i in range(first, comment_at) if lines[i].cue is None), default=first)
    runs_before = _headline_runs(lines, 0, first)
    runs_after = _headline_runs(lines, last + 1, len(lines))
    cells = _cell_runs(lines, first, last)
    promos = _doubled_promos(lines, first, last)
    for line in lines:
        i = line.index
        if line is title:
            line.reason = "title"
        elif title_norm and normalise(line.text) == title_norm:
            line.reason = "repeated title"
        elif comment_at is not None and i >= comment_at:
            line.reason = line.cue if line.cue in ("related link", "prompt") else "comment section"
        elif line.cue:
            line.reason = line.cue
        elif i < first:
            line.reason = _outside_reason(line, runs_before)
        elif i > last:
            line.reason = _outside_reason(line, runs_after)
        elif _is_inside_label(line) or _separator_breadcrumb(line):
            line.reason = "section label"
        elif i in cells:
            line.reason = "table cell"
        elif i in promos:
            line.reason = "related link"
        if line.cue == "date line":
            iso = date_line_value(line.text)
            if iso and comment_at is not None and i >= comment_at:
                result.comment_dates.append(iso)
            elif iso and i <= last:
                result.date_lines.append((line, iso))
    result.closing_date = _closing_date(lines, last, comment_at)
    return result


def _closing_date(lines: list[Line], last: int, comment_at: int | None) -> str | None:
    """The date of a page's last line if it is a bare date after the article: not one
    labelled as an update, and none on a page with comments (a comment's date) or with
    other dates after the article (a list of related stories, each with its date)."""
    if comment_at is not None or not lines or lines[-1].index <= last:
        return None
    if any(find_dates(line.text) for line in lines[last + 1:-1]):
        return None
    dates = date_line_dates(lines[-1].text)
    if len(dates) != 1 or dates[0][1] or len(dates[0][0]) != 10:
        return None
    return dates[0][0]
