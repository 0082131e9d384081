"""Parquet parts: a corpus run's per-article records as files, and loading them into a store.

``dateline run --engine dask --out DIR`` has each worker write one part per shard:

    DIR/articles/part-<shard>.parquet   the cleaned articles (with MinHash signatures)
    DIR/analyses/part-<shard>.parquet   what analysis found, as JSON columns (exact records)
    DIR/events/part-<shard>.parquet     event mentions as flat columns, for dataframe tools
    DIR/rejects/part-<shard>.parquet    inputs that could not be read or cleaned
    DIR/shards/<shard>.json             written last: the shard is complete

Each folder reads as one table (``pandas.read_parquet(DIR + "/events")``).  ``load`` brings
complete parts into a store, skipping shards the store has taken in, then links.
DIR may be a local folder or any fsspec URL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from dateline.analyse import Analysis
from dateline.corpus import CorpusSummary, ShardResult, save_shard
from dateline.records import ActorRef, Article, Mention, Rejection, RemovedSpan
from dateline.serialize import actor_from_dict, event_from_dict, event_to_dict, quote_from_dict, quote_to_dict
from dateline.shards import Shard
from dateline.store import Store

_S = pa.string()
ARTICLES = pa.schema([(name, _S) for name in (
    "id", "source", "url", "title", "outlet", "author", "published", "published_earliest",
    "published_latest", "language", "kind", "external_id", "original", "body", "segments", "removed",
)] + [("minhash", pa.binary())])
ANALYSES = pa.schema([(name, _S) for name in ("article_id", "status", "mentions", "events", "quotes", "quote_keys")])
EVENTS = pa.schema([
    ("id", _S), ("article_id", _S), ("type", _S), ("cameo", _S), ("status", _S), ("modality", _S),
    ("date", _S), ("date_precision", _S), ("place", _S), ("place_country", _S),
    ("source_ids", pa.list_(_S)), ("source_names", pa.list_(_S)),
    ("target_ids", pa.list_(_S)), ("target_names", pa.list_(_S)),
    ("start", pa.int64()), ("end", pa.int64()), ("text", _S),
])
REJECTS = pa.schema([("source", _S), ("reason", _S)])
TABLES = {"articles": ARTICLES, "analyses": ANALYSES, "events": EVENTS, "rejects": REJECTS}


def _join(base: str, *parts: str) -> str:
    return "/".join([base.rstrip("/"), *parts])


def has_part(out: str, shard: Shard) -> bool:
    fs, path = fsspec.core.url_to_fs(_join(out, "shards", f"{shard.id}.json"))
    return fs.exists(path)


def write_parts(result: ShardResult, out: str) -> None:
    """Write one shard's records as Parquet parts under ``out``; the manifest goes last."""
    signatures = dict(result.signatures)
    rows = {
        "articles": [_article_row(a, signatures.get(a.id)) for a in result.articles],
        "analyses": [_analysis_row(a) for a in result.analyses],
        "events": [_event_row(e) for a in result.analyses for e in a.events],
        "rejects": [{"source": r.source, "reason": r.reason} for r in result.rejections],
    }
    fs, root = fsspec.core.url_to_fs(out)
    for table, schema in TABLES.items():
        fs.makedirs(_join(root, table), exist_ok=True)
        with fs.open(_join(root, table, f"part-{result.shard.id}.parquet"), "wb") as handle:
            pq.write_table(pa.Table.from_pylist(rows[table], schema=schema), handle, compression="zstd")
    fs.makedirs(_join(root, "shards"), exist_ok=True)
    manifest = {"id": result.shard.id, "inputs": list(result.shard.inputs),
                "fingerprints": list(result.shard.fingerprints), "remote": result.shard.remote,
                "articles": len(result.articles), "rejected": len(result.rejections)}
    with fs.open(_join(root, "shards", f"{result.shard.id}.json"), "w") as handle:
        json.dump(manifest, handle, ensure_ascii=False)


def iter_parts(folder: str) -> Iterator[ShardResult]:
    """The complete shards written under ``folder``, in the order of their manifests' names."""
    fs, root = fsspec.core.url_to_fs(folder)
    if not fs.isdir(_join(root, "shards")):
        raise FileNotFoundError(f"{folder} holds no Parquet parts: expected a folder written by "
                                "`dateline run --engine dask --out FOLDER` (with a shards/ folder)")
    for path in sorted(fs.glob(_join(root, "shards", "*.json"))):
        with fs.open(path, "r") as handle:
            manifest = json.load(handle)
        shard = Shard(tuple(manifest["inputs"]), tuple(manifest["fingerprints"]), manifest["remote"])
        result = ShardResult(shard)
        name = f"part-{manifest['id']}.parquet"
        for row in _rows(fs, _join(root, "articles", name)):
            result.articles.append(_article_from_row(row))
            if row["minhash"] is not None:
                result.signatures.append((row["id"], row["minhash"]))
        result.analyses = [_analysis_from_row(row) for row in _rows(fs, _join(root, "analyses", name))]
        result.rejections = [Rejection(r["source"], r["reason"]) for r in _rows(fs, _join(root, "rejects", name))]
        yield result


def load(
    folder: str,
    store: Store,
    *,
    on_item: Callable[[Article | Rejection], None] | None = None,
    on_article: Callable[[str], None] | None = None,
) -> CorpusSummary:
    """Bring the Parquet parts under ``folder`` into ``store`` (shards it holds are skipped).

    Linking is left to the caller (``dateline.pipeline.link_store``)."""
    summary = CorpusSummary()
    for result in iter_parts(folder):
        inputs = [(n, f) for n, f in zip(result.shard.inputs, result.shard.fingerprints) if f != "url"]
        if inputs and all(store.input_done(n, f) for n, f in inputs):
            summary.skipped_inputs += len(inputs)
            continue
        summary.add(save_shard(store, result, on_item=on_item, on_article=on_article))
    return summary


def _rows(fs, path: str) -> list[dict]:
    if not fs.exists(path):
        return []
    with fs.open(path, "rb") as handle:
        return pq.read_table(handle).to_pylist()


def _article_row(article: Article, minhash: bytes | None) -> dict:
    bounds = article.published_bounds or (None, None)
    return {
        "id": article.id, "source": article.source, "url": article.url, "title": article.title,
        "outlet": article.outlet, "author": article.author, "published": article.published,
        "published_earliest": bounds[0], "published_latest": bounds[1], "language": article.language,
        "kind": article.kind, "external_id": article.external_id, "original": article.original,
        "body": article.body, "segments": json.dumps(article.segments),
        "removed": json.dumps([asdict(r) for r in article.removed], ensure_ascii=False), "minhash": minhash,
    }


def _article_from_row(row: dict) -> Article:
    bounds = (row["published_earliest"], row["published_latest"])
    return Article(
        id=row["id"], source=row["source"], original=row["original"], body=row["body"],
        segments=[tuple(s) for s in json.loads(row["segments"])],
        removed=[RemovedSpan(**r) for r in json.loads(row["removed"])],
        title=row["title"], outlet=row["outlet"], author=row["author"], url=row["url"],
        published=row["published"], published_bounds=bounds if any(bounds) else None,
        language=row["language"], kind=row["kind"], external_id=row["external_id"],
    )


def _analysis_row(analysis: Analysis) -> dict:
    return {
        "article_id": analysis.article_id, "status": analysis.status,
        "mentions": json.dumps([asdict(m) for m in analysis.mentions], ensure_ascii=False),
        "events": json.dumps([event_to_dict(e) for e in analysis.events], ensure_ascii=False),
        "quotes": json.dumps([quote_to_dict(q) for q in analysis.quotes], ensure_ascii=False),
        "quote_keys": json.dumps(analysis.quote_keys, ensure_ascii=False),
    }


def _analysis_from_row(row: dict) -> Analysis:
    mentions = []
    for m in json.loads(row["mentions"]):
        mentions.append(Mention(m["article"], m["start"], m["end"], m["text"], actor_from_dict(m["actor"])))
    return Analysis(
        article_id=row["article_id"], status=row["status"], mentions=mentions,
        events=[event_from_dict(e) for e in json.loads(row["events"])],
        quotes=[quote_from_dict(q) for q in json.loads(row["quotes"])],
        quote_keys=json.loads(row["quote_keys"]),
    )


def _event_row(event) -> dict:
    def ids(actors: list[ActorRef]) -> list[str]:
        return [a.id for a in actors]

    def names(actors: list[ActorRef]) -> list[str]:
        return [a.name for a in actors]

    return {
        "id": event.id, "article_id": event.article, "type": event.type, "cameo": event.cameo,
        "status": event.status, "modality": event.modality,
        "date": event.date.date if event.date else None,
        "date_precision": event.date.precision if event.date else None,
        "place": event.place.name if event.place else None,
        "place_country": event.place.country if event.place else None,
        "source_ids": ids(event.source), "source_names": names(event.source),
        "target_ids": ids(event.target), "target_names": names(event.target),
        "start": event.start, "end": event.end, "text": event.text,
    }
