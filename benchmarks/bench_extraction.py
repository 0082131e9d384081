"""Benchmark of article extraction and plain-text cleaning on real news pages.

    python benchmarks/bench_extraction.py [BENCH_DIR] [--limit N] [--worst N] [--text-only]

BENCH_DIR holds ``html/*.html.gz`` and ``ground-truth.json`` (``articleBody`` per page id);
by default ``../shared/bench/article-extraction`` relative to the repository root.

It prints:
1. HTML extraction: word-shingle F1/P/R (shingles of 4 tokens, P and R averaged over
   pages) of ``clean_document`` on each page, against plain ``trafilatura.extract`` with
   default settings scored the same way.
2. Plain-text cleaning: each page turned into full-page text (every block kept, one block
   a line), cleaned by the plain-text cleaner; precision, recall and F1 of kept lines
   against the true body (a line is body if it is a line of ``articleBody``, or, when it
   has at least 5 tokens, stands in ``articleBody`` after whitespace normalisation or has
   at least half of its shingles there; menu items like "Mac" are not body just because
   the word occurs in the text).  Figures over all lines and averaged over pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import trafilatura  # noqa: E402
from trafilatura.utils import decode_file  # noqa: E402

from dateline.clean import clean_document, clean_text, page_text  # noqa: E402
from dateline.records import Article, RawDocument  # noqa: E402

SHINGLE = 4


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def shingles(text: str, n: int = SHINGLE) -> Counter:
    toks = tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def shingle_pr(true: str, pred: str) -> tuple[float, float]:
    """Precision and recall of predicted text against true text, over 4-token shingles."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    if not t and not p:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(name: str, prs: list[tuple[float, float]]) -> str:
    p = sum(x for x, _ in prs) / len(prs)
    r = sum(y for _, y in prs) / len(prs)
    return f"{name:<38} F1 {f1(p, r):.3f}  P {p:.3f}  R {r:.3f}"


# Lines shorter than this (in tokens) count as body only when they equal a whole line of
# the true body: a menu item such as "Mac" is not body just because the word occurs in it.
SHORT_LINE = 5


def body_index(body: str) -> tuple[set[str], str, Counter]:
    """The true body as whole lines, as one token string, and as shingles."""
    lines = {" ".join(tokens(line)) for line in body.splitlines() if tokens(line)}
    return lines, " " + " ".join(tokens(body)) + " ", shingles(body)


def is_body_line(line: str, index: tuple[set[str], str, Counter]) -> bool:
    """True when the line is a line of the true body, or (when not short) stands in it
    after whitespace normalisation, or most of its shingles are in it."""
    body_lines, body_tokens, body_shingles = index
    toks = tokens(line)
    norm = " ".join(toks)
    if not toks:
        return False
    if norm in body_lines:
        return True
    if len(toks) < SHORT_LINE:
        return False
    if f" {norm} " in body_tokens:
        return True
    own = shingles(line)
    if not own:
        return False
    inside = sum((own & body_shingles).values())
    return inside / sum(own.values()) >= 0.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", nargs="?", default=str(REPO / "../shared/bench/article-extraction"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--show", type=int, default=0, help="list the N worst pages of part 2")
    parser.add_argument("--worst", type=int, default=0,
                        help="list the N worst pages of part 2 with their false positives "
                             "and false negatives")
    parser.add_argument("--text-only", action="store_true", help="skip part 1 (HTML extraction)")
    args = parser.parse_args(argv)
    bench = Path(args.bench)
    truth_file = bench / "ground-truth.json"
    if not truth_file.exists():
        print(f"{truth_file} not found: pass the folder holding ground-truth.json and html/")
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit or None]

    ours: list[tuple[float, float]] = []
    plain: list[tuple[float, float]] = []
    line_counts = Counter()
    page_line_prf: list[tuple[float, float]] = []
    worst: list[tuple[float, str, float, float]] = []
    errors: dict[str, list[str]] = {}
    started = time.time()
    for page_id in ids:
        html = decode_file(gzip.decompress((bench / "html" / f"{page_id}.html.gz").read_bytes()))
        body = truth[page_id]["articleBody"]
        url = truth[page_id].get("url")

        if not args.text_only:
            raw = RawDocument(source=page_id, kind="html", content=html, url=url)
            result = clean_document(raw)
            ours.append(shingle_pr(body, result.body if isinstance(result, Article) else ""))
            plain.append(shingle_pr(body, trafilatura.extract(html) or ""))

        index = body_index(body)
        cleaned = clean_text(page_text(html))
        tp = fp = fn = 0
        errors[page_id] = []
        for line in cleaned.lines:
            truth_body = is_body_line(line.text, index)
            kept = line.reason is None
            if kept != truth_body:
                mark = "FP" if kept else f"FN [{line.reason}]"
                errors[page_id].append(f"{mark} {line.index}: {line.text[:140]}")
            tp += kept and truth_body
            fp += kept and not truth_body
            fn += (not kept) and truth_body
        line_counts.update(tp=tp, fp=fp, fn=fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        page_line_prf.append((p, r))
        worst.append((f1(p, r), page_id, p, r))
    elapsed = time.time() - started

    print(f"Pages: {len(ids)} ({elapsed:.0f} s)")
    if not args.text_only:
        print("1. HTML extraction (word 4-shingles, P and R averaged over pages)")
        print("   " + summary("ours: clean_document(kind='html')", ours))
        print("   " + summary("plain trafilatura.extract (defaults)", plain))
    print("2. Plain-text cleaner on full-page text (kept lines vs true body lines)")
    tp, fp, fn = line_counts["tp"], line_counts["fp"], line_counts["fn"]
    p, r = tp / (tp + fp), tp / (tp + fn)
    print(f"   over all lines: F1 {f1(p, r):.3f}  P {p:.3f}  R {r:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print("   " + summary("averaged over pages", page_line_prf))
    if args.show:
        print("   worst pages:")
        for score, page_id, p, r in sorted(worst)[: args.show]:
            print(f"     {page_id[:16]}  F1 {score:.2f}  P {p:.2f}  R {r:.2f}")
    if args.worst:
        print("   worst pages with their errors (FP kept clutter, FN removed body [reason]):")
        for score, page_id, p, r in sorted(worst)[: args.worst]:
            print(f"   == {page_id}  F1 {score:.2f}  P {p:.2f}  R {r:.2f}")
            for error in errors[page_id]:
                print(f"      {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
