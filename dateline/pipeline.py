"""The library API of the main job: ingest, analyse what is new, link everything.

Incremental: analysis runs only on articles not analysed before; linking is cheap (blocked,
about linear) and runs over all stored event mentions, so new articles update happenings
without redoing the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.ingest import IngestSummary, ingest
from dateline.link import lead_happenings, link
from dateline.read import ReadOptions
from dateline.records import Article, Happening, Rejection
from dateline.store import Store


@dataclass
class RunSummary:
    ingest: IngestSummary = field(default_factory=IngestSummary)
    analysed: int = 0
    skipped: int = 0
    event_mentions: int = 0
    happenings: int = 0
    shards: int | None = None  # Dask engine: shards processed, and skipped as taken in before
    skipped_inputs: int = 0

    def line(self) -> str:
        shards = ""
        if self.shards is not None:
            shards = f"shards {self.shards}, inputs already done {self.skipped_inputs}; "
        return (
            f"{shards}{self.ingest.line()}; analysed {self.analysed} (skipped {self.skipped}), "
            f"{self.event_mentions} event mentions, {self.happenings} happenings"
        )

    def take(self, corpus) -> None:
        """Counts of a corpus run (dateline.corpus.CorpusSummary)."""
        self.shards, self.skipped_inputs = corpus.shards, corpus.skipped_inputs
        self.ingest = IngestSummary(read=corpus.read, new=corpus.new, known=corpus.known, rejected=corpus.rejected)
        self.analysed, self.skipped = corpus.analysed, corpus.skipped


def analyse_store(
    store: Store,
    *,
    actor_files: Sequence[Path] = (),
    on_article: Callable[[str], None] | None = None,
    on_failure: Callable[[str, str], None] | None = None,
) -> tuple[int, int]:
    """Analyse every stored article not analysed yet; returns (analysed, skipped)."""
    from dateline.analyse import Resources, analyse_articles

    pending = store.unanalysed_article_ids()
    if not pending:
        return 0, 0
    resources = Resources.load(actor_files)
    analysed = skipped = 0
    for analysis in analyse_articles(store.iter_articles(pending), resources):
        store.save_analysis(
            analysis.article_id,
            status=analysis.status,
            mentions=analysis.mentions,
            events=analysis.events,
            quotes=analysis.quotes,
            quote_keys=analysis.quote_keys,
        )
        if analysis.status == "done":
            analysed += 1
        else:
            skipped += 1
            if analysis.status.startswith("failed") and on_failure is not None:
                on_failure(analysis.article_id, analysis.status)
        if on_article is not None:
            on_article(analysis.article_id)
    return analysed, skipped


@dataclass
class Linking:
    """The result of linking a store, ready to be saved in one transaction."""

    happenings: list[Happening]
    lead: dict[str, str | None]
    n_sources: dict[str, int]
    quote_happenings: dict[str, str | None]
    stamp: str

    def save(self, store: Store) -> None:
        store.replace_happenings(self.happenings, self.lead, n_sources=self.n_sources,
                                 quote_happenings=self.quote_happenings, stamp=self.stamp)


def compute_linking(store: Store) -> Linking:
    """Link all stored event mentions into happenings, with each article's lead happening,
    independent source counts and the happening of each quote (nothing is written)."""
    from dateline.syndication import copy_of

    stamp = store.link_inputs_stamp()
    copies = copy_of(store)
    happenings = link(store.event_mentions(), near_duplicates=copies)
    article_ids = [row["id"] for row in store.db.execute("SELECT id FROM articles ORDER BY rowid")]
    lead = lead_happenings(happenings, article_ids)
    happenings, lead = _stories(store, happenings, lead)
    outlets = dict(store.db.execute("SELECT id, coalesce(outlet, source) FROM articles").fetchall())
    n_sources = {h.id: independent_reports(h.articles, outlets, copies) for h in happenings}
    return Linking(happenings, lead, n_sources, _quote_happenings(store, happenings, lead), stamp)


def link_store(store: Store, *, force: bool = False) -> int:
    """Link all stored event mentions into happenings and save them; returns how many.

    Linking runs over everything stored (a new report may join or split known happenings);
    when nothing it reads has changed since the last link, it is skipped unless ``force``.
    """
    from dateline.syndication import sign_unsigned

    sign_unsigned(store)
    if not force and store.get_meta("linked_from") == store.link_inputs_stamp():
        return store.db.execute("SELECT count(*) FROM happenings").fetchone()[0]
    linking = compute_linking(store)
    linking.save(store)
    return len(linking.happenings)


def independent_reports(articles: Iterable[str], outlets: dict[str, str], copies: dict[str, str]) -> int:
    """How many independent reports: one per outlet, and a copy of another outlet's
    article (syndicated agency copy) adds nothing to its original's count."""
    groups: list[set[str]] = []
    for article in articles:
        keys = {"outlet:" + outlets.get(article, article), "story:" + copies.get(article, article)}
        joined = [g for g in groups if g & keys]
        merged = keys.union(*joined)
        groups = [g for g in groups if not (g & keys)] + [merged]
    return len(groups)


def _stories(store: Store, happenings, lead):
    """Articles that tell one story share one lead happening (see dateline.stories)."""
    from dateline.stories import StoryInput, cluster_stories, unify_leads

    by_id = {h.id: h for h in happenings}
    inputs, first = [], {}
    # Every English article tells a story, even one whose analysis found nothing or failed.
    analysed = {row[0] for row in store.db.execute("SELECT article_id FROM analyses WHERE status NOT LIKE 'skipped%'")}
    for article_id, title, body, published in store.db.execute(
        "SELECT id, title, body, published FROM articles ORDER BY rowid"
    ):
        if article_id not in analysed:
            continue
        own = by_id.get(lead.get(article_id) or "")
        place = (own.place.country, own.place.name) if own and own.place else None
        inputs.append(StoryInput(article_id, title, body, published, own.date if own else None, place))
        end = _first_sentence_end(body)
        first[article_id] = (0, end, body[:end])
    stories = cluster_stories(inputs)
    return unify_leads(stories, lead, happenings, first)


def _first_sentence_end(body: str) -> int:
    for i, ch in enumerate(body[:600]):
        if ch in ".!?\n" and i > 20:
            return i + 1 if ch != "\n" else i
    return min(len(body), 600)


def _quote_happenings(store: Store, happenings, lead: dict[str, str | None]) -> dict[str, str | None]:
    """A quote belongs to a happening when it stands in one of the happening's evidence
    sentences and its speaker takes part, or else when its speaker takes part in the
    article's lead happening (words said at the meeting the article reports)."""
    by_article: dict[str, list] = {}
    for happening in happenings:
        for mention in happening.mentions:
            by_article.setdefault(mention.article, []).append((mention.start, mention.end, happening))
    participants = {h.id: {a.id for a in h.participants} for h in happenings}
    assignments: dict[str, str | None] = {}
    for quote in store.quotes(limit=10_000_000):
        speaker = quote.speaker.id if quote.speaker else None
        chosen = None
        for start, end, happening in by_article.get(quote.article, ()):
            if start <= quote.start < end and speaker in participants[happening.id]:
                chosen = happening.id
                break
        if chosen is None:
            lead_id = lead.get(quote.article)
            if lead_id and speaker in participants.get(lead_id, ()):
                chosen = lead_id
        assignments[quote.id] = chosen
    return assignments


ENGINES = ("local", "dask")


def run(
    inputs: Iterable[str],
    store: Store | None,
    *,
    options: ReadOptions | None = None,
    actor_files: Sequence[Path] = (),
    on_item: Callable[[Article | Rejection], None] | None = None,
    on_article: Callable[[str], None] | None = None,
    engine: str = "local",
    workers: int = 0,
    scheduler: str | None = None,
    out: str | None = None,
    group: int = 64,
    chunk: int = 250,
    split_bytes: int = 64 << 20,
) -> RunSummary:
    """Ingest inputs, analyse new articles, and relink happenings.

    ``engine="dask"`` maps the per-article stages over shards of the inputs on a Dask cluster
    (``scheduler`` address, or a local cluster of ``workers`` processes); both engines give the
    same happenings.  With ``out`` (Dask engine only) the per-article records go to Parquet parts
    in that folder instead of the store, and nothing is linked: ``load`` takes them in later.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if engine != "dask" and (out is not None or workers or scheduler):
        raise ValueError("workers, scheduler and out belong to the Dask engine: add engine='dask'")
    summary = RunSummary()
    if engine == "dask":
        from dateline.distributed import run_dask

        corpus = run_dask(inputs, store, options=options, actor_files=actor_files, workers=workers or 2,
                          scheduler=scheduler, out=out, group=group, chunk=chunk, split_bytes=split_bytes,
                          on_item=on_item, on_article=on_article)
        summary.take(corpus)
        if out is not None:
            return summary
    else:
        if store is None:
            raise ValueError("the local engine needs a store")
        summary.ingest = ingest(inputs, store, options=options, on_item=on_item)
        summary.analysed, summary.skipped = analyse_store(store, actor_files=actor_files, on_article=on_article)
    summary.happenings = link_store(store)
    summary.event_mentions = store.db.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
    return summary


def load_parts(
    folder: str,
    store: Store,
    *,
    on_item: Callable[[Article | Rejection], None] | None = None,
    on_article: Callable[[str], None] | None = None,
) -> RunSummary:
    """Bring Parquet parts written by a Dask run with ``out`` into the store, and relink."""
    from dateline.parquet import load

    summary = RunSummary()
    summary.take(load(folder, store, on_item=on_item, on_article=on_article))
    summary.happenings = link_store(store)
    summary.event_mentions = store.db.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
    return summary
