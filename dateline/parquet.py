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
from collections.abc import Callable, Iterable, Iterator

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from dateline.corpus import CorpusSummary, ShardResult, save_shard
from dateline.records import ActorRef, Analysis, Article, Mention, Rejection, RemovedSpan
from dateline.serialize import (
    actor_from_dict,
    event_from_dict,
    event_to_dict,
    quote_from_dict,
    quote_to_dict,
    to_plain,
)
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


def write_parts(shard: Shard, chunks: Iterable[ShardResult], out: str) -> ShardResult:
    """Write a shard's records, chunk by chunk (one row group each), as Parquet parts under
    ``out``; the manifest goes last.  Returns the shard's counts: ids and rejections only."""
    fs, root = fsspec.core.url_to_fs(out)
    name = f"part-{shard.id}.parquet"
    counts = ShardResult(shard, written=out)
    handles, writers = {}, {}
    try:
        for table, schema in TABLES.items():
            fs.makedirs(_join(root, table), exist_ok=True)
            handles[table] = fs.open(_join(root, table, name), "wb")
            writers[table] = pq.ParquetWriter(handles[table], schema, compression="zstd")
        for chunk in chunks:
            signatures = {item[0]: item[1] for item in chunk.signatures}
            rows = {
                "articles": [_article_row(a, signatures.get(a.id)) for a in chunk.articles],
                "analyses": [_analysis_row(a) for a in chunk.analyses],
                "events": [_event_row(e) for a in chunk.analyses for e in a.events],
                "rejects": [{"source": r.source, "reason": r.reason} for r in chunk.rejections],
            }
            for table, schema in TABLES.items():
                writers[table].write_table(pa.Table.from_pylist(rows[table], schema=schema))
            counts.articles += [Article(a.id, a.source, "", "") for a in chunk.articles]
            counts.rejections += chunk.rejections
    finally:
        for table in list(writers):
            writers[table].close()
        for handle in handles.values():
            handle.close()
    fs.makedirs(_join(root, "shards"), exist_ok=True)
    manifest = {"id": shard.id, "inputs": list(shard.inputs), "fingerprints": list(shard.fingerprints),
                "remote": shard.remote, "span": list(shard.span) if shard.span else None, "final": shard.final,
                "articles": len(counts.articles), "rejected": len(counts.rejections)}
    with fs.open(_join(root, "shards", f"{shard.id}.json"), "w") as handle:
        json.dump(manifest, handle, ensure_ascii=False)
    return counts


def read_manifest(folder: str, shard_id: str) -> dict:
    fs, root = fsspec.core.url_to_fs(folder)
    with fs.open(_join(root, "shards", f"{shard_id}.json"), "r") as handle:
        return json.load(handle)


class PartError(ValueError):
    """A shard's manifest or parts that cannot be loaded: the file, and what is wrong with it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source, self.reason = source, reason


def iter_manifests(folder: str) -> Iterator[dict | PartError]:
    """The manifests of the complete shards under ``folder``, in the order of their names;
    a manifest that cannot be read or is not one comes as a PartError naming its file."""
    fs, root = fsspec.core.url_to_fs(folder)
    if not fs.isdir(_join(root, "shards")):
        raise FileNotFoundError(f"{folder} holds no Parquet parts: expected a folder written by "
                                "`dateline run --engine dask --out FOLDER` (with a shards/ folder)")
    for path in sorted(fs.glob(_join(root, "shards", "*.json"))):
        name = f"{folder.rstrip('/')}/shards/{path.rsplit('/', 1)[-1]}"
        try:
            if fs.size(path) > MAX_MANIFEST_BYTES:
                raise PartError(name, f"larger than {MAX_MANIFEST_BYTES} bytes: not a shard manifest")
            with fs.open(path, "rb") as handle:
                try:
                    manifest = json.loads(handle.read().decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                    raise PartError(name, f"not a JSON shard manifest ({exc})") from None
            yield check_manifest(manifest, name, path.rsplit("/", 1)[-1].removesuffix(".json"))
        except PartError as exc:
            yield exc
        except OSError as exc:
            yield PartError(name, f"cannot be read ({exc})")


MAX_MANIFEST_BYTES = 64 << 20


def check_manifest(manifest: object, name: str, shard_id: str | None = None) -> dict:
    """The manifest if it has every key ``write_parts`` writes, of the right type; PartError
    naming the file and the entry otherwise."""
    def bad(key: str, expected: str) -> PartError:
        got = manifest.get(key) if isinstance(manifest, dict) else manifest
        return PartError(name, f"{key!r} is {json.dumps(got)[:60]}: expected {expected}")

    if not isinstance(manifest, dict):
        raise PartError(name, f"a JSON {type(manifest).__name__}: expected an object with the keys "
                              "id, inputs, fingerprints, articles, rejected (as `run --out` writes it)")
    if not isinstance(manifest.get("id"), str) or (shard_id is not None and manifest["id"] != shard_id):
        raise bad("id", f"the shard id of the file name ({shard_id!r})" if shard_id else "a shard id")
    for key in ("inputs", "fingerprints"):
        value = manifest.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(key, "a list of strings")
    if len(manifest["inputs"]) != len(manifest["fingerprints"]):
        raise bad("fingerprints", f"one per input ({len(manifest['inputs'])})")
    for key in ("articles", "rejected"):
        value = manifest.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise bad(key, "a count (a whole number, 0 or more)")
    for key in ("remote", "final"):
        if not isinstance(manifest.get(key, False), bool):
            raise bad(key, "true or false")
    span = manifest.get("span")
    if span is not None and not (isinstance(span, list) and len(span) == 3
                                 and all(isinstance(v, int) and not isinstance(v, bool) for v in span)):
        raise bad("span", "null or [start, end, first line]")
    return manifest


# The columns each table must have, and those that must hold no nulls.
_REQUIRED = {"articles": ("id", "source", "body"), "analyses": ("article_id", "status"),
             "rejects": ("source", "reason")}


def check_parts(folder: str, manifest: dict) -> None:
    """PartError unless the parts a manifest names are all there, are Parquet files with the
    columns loading reads, with no null ids, and hold as many articles and rejections as the
    manifest says.  Reads only the footers and the id columns."""
    fs, root = fsspec.core.url_to_fs(folder)
    name = f"part-{manifest['id']}.parquet"
    rows = {}
    for table, columns in _REQUIRED.items():
        path = _join(root, table, name)
        shown = f"{folder.rstrip('/')}/{table}/{name}"
        try:
            if not fs.exists(path):
                raise PartError(shown, f"missing (its manifest shards/{manifest['id']}.json names it)")
            with fs.open(path, "rb") as handle:
                part = pq.ParquetFile(handle)
                missing = [c for c in columns if c not in part.schema_arrow.names]
                if missing:
                    raise PartError(shown, f"no column {', '.join(missing)}: not a part written by `run --out`")
                ids = part.read(columns=[columns[0]]).column(0)
                if ids.null_count:
                    raise PartError(shown, f"{ids.null_count} rows with no {columns[0]}")
                rows[table] = part.metadata.num_rows
        except PartError:
            raise
        except (OSError, pa.ArrowException) as exc:
            raise PartError(shown, f"not a readable Parquet file ({type(exc).__name__}: {exc})") from None
    if rows["articles"] != manifest["articles"] or rows["rejects"] != manifest["rejected"]:
        raise PartError(f"{folder.rstrip('/')}/*/{name}", f"{rows['articles']} articles and {rows['rejects']} "
                        f"rejections, but its manifest says {manifest['articles']} and {manifest['rejected']}")
    if rows["analyses"] > rows["articles"]:
        raise PartError(f"{folder.rstrip('/')}/analyses/{name}", f"more analyses ({rows['analyses']}) than articles "
                        f"({rows['articles']})")


def iter_part(folder: str, manifest: dict) -> Iterator[ShardResult]:
    """One shard's records, a row group (a chunk of articles) at a time; the last result
    carries the shard's totals."""
    fs, root = fsspec.core.url_to_fs(folder)
    span = manifest.get("span")
    shard = Shard(tuple(manifest["inputs"]), tuple(manifest["fingerprints"]), manifest["remote"],
                  span=tuple(span) if span else None, final=manifest.get("final", True))
    name = f"part-{manifest['id']}.parquet"
    handles = {table: fs.open(path, "rb") for table in ("articles", "analyses", "rejects")
               if fs.exists(path := _join(root, table, name))}
    try:
        yield from _row_groups(shard, manifest, {t: pq.ParquetFile(h) for t, h in handles.items()})
    finally:
        for handle in handles.values():
            handle.close()


def _row_groups(shard: Shard, manifest: dict, files: dict) -> Iterator[ShardResult]:
    # Row groups are read one at a time: a part never sits in memory whole.
    files = {table: files.get(table) for table in ("articles", "analyses", "rejects")}
    groups = max((f.num_row_groups for f in files.values() if f is not None), default=0)
    for group in range(max(groups, 1)):
        result = ShardResult(shard)
        for row in _row_group(files["articles"], group):
            result.articles.append(_article_from_row(row))
            if row["minhash"] is not None:
                result.signatures.append((row["id"], row["minhash"]))
        result.analyses = [_analysis_from_row(row) for row in _row_group(files["analyses"], group)]
        result.rejections = [Rejection(r["source"], r["reason"]) for r in _row_group(files["rejects"], group)]
        result.last_chunk = group == max(groups, 1) - 1
        if result.last_chunk:
            result.total_articles, result.total_rejected = manifest["articles"], manifest["rejected"]
        yield result


def load_part(folder: str, manifest: dict, store: Store, *, on_item=None, on_article=None) -> CorpusSummary:
    """Bring one shard's parts into the store, a chunk at a time; its inputs are marked done last."""
    summary = CorpusSummary()
    for result in iter_part(folder, manifest):
        summary.add(save_shard(store, result, on_item=on_item, on_article=on_article))
    return summary


def remove_part(folder: str, manifest: dict) -> None:
    fs, root = fsspec.core.url_to_fs(folder)
    name = f"part-{manifest['id']}.parquet"
    for table in TABLES:
        path = _join(root, table, name)
        if fs.exists(path):
            fs.rm(path)
    fs.rm(_join(root, "shards", f"{manifest['id']}.json"))


def load(
    folder: str,
    store: Store,
    *,
    on_item: Callable[[Article | Rejection], None] | None = None,
    on_article: Callable[[str], None] | None = None,
) -> CorpusSummary:
    """Bring the Parquet parts under ``folder`` into ``store`` (shards it holds are skipped).

    A shard whose manifest or parts do not check out (``check_parts``) is refused: reported
    as a rejection naming the file and the fault, counted in ``refused``, nothing of it
    loaded and its inputs not marked done.  A part that breaks while it is read leaves what
    was stored of it (loading again completes it) and its inputs not done.
    Linking is left to the caller (``dateline.link.link_store``)."""
    summary = CorpusSummary()

    def refuse(source: str, reason: str) -> None:
        summary.refused += 1
        rejection = Rejection(source, reason)
        store.add_rejection(rejection)
        if on_item is not None:
            on_item(rejection)

    for manifest in iter_manifests(folder):
        if isinstance(manifest, PartError):
            refuse(manifest.source, f"shard not loaded: {manifest.reason}")
            continue
        inputs = [(n, f) for n, f in zip(manifest["inputs"], manifest["fingerprints"]) if f != "url"]
        if inputs and all(store.input_done(n, f) for n, f in inputs):
            summary.skipped_inputs += len(inputs)
            continue
        try:
            check_parts(folder, manifest)
            summary.add(load_part(folder, manifest, store, on_item=on_item, on_article=on_article))
        except (PartError, OSError, pa.ArrowException, ValueError, KeyError, TypeError) as exc:
            if not isinstance(exc, PartError):
                exc = PartError(f"{folder.rstrip('/')}/shards/{manifest['id']}.json", f"{type(exc).__name__}: {exc}")
            refuse(exc.source, f"shard not loaded, its inputs not marked done: {exc.reason}")
    return summary


def _row_group(file, group: int) -> list[dict]:
    if file is None or group >= file.num_row_groups:
        return []
    return file.read_row_group(group).to_pylist()


def _article_row(article: Article, minhash: bytes | None) -> dict:
    bounds = article.published_bounds or (None, None)
    return {
        "id": article.id, "source": article.source, "url": article.url, "title": article.title,
        "outlet": article.outlet, "author": article.author, "published": article.published,
        "published_earliest": bounds[0], "published_latest": bounds[1], "language": article.language,
        "kind": article.kind, "external_id": article.external_id, "original": article.original,
        "body": article.body, "segments": json.dumps(article.segments),
        "removed": json.dumps([to_plain(r) for r in article.removed], ensure_ascii=False), "minhash": minhash,
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
        "mentions": json.dumps([to_plain(m) for m in analysis.mentions], ensure_ascii=False),
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
