"""Peak memory and time of the inputs that used to blow up: prints figures, asserts nothing.

    python benchmarks/bench_memory.py [--chars 950000] [--case article|huge|bomb|all]

Each case runs in a fresh Python process; its figures are that process's max RSS
(``resource.getrusage``, the spaCy model included) before and after the work, and the
wall time of the work.

- ``article``: one English article of ``--chars`` characters (a realistic mix of news
  sentences in paragraphs) analysed the way ``dateline run`` analyses it (in pieces).
- ``huge``: ``dateline run`` on a 3,000,000-character article plus five small ones: the big
  one is stored and its analysis rejected with the reason, the others analysed.
- ``bomb``: a YAML alias bomb ("billion laughs") given as an actors file: refused.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout, not an installed copy
ROOT = Path(__file__).resolve().parent.parent


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def long_article(chars: int, seed: int = 11) -> str:
    from generate import article_text

    rng = random.Random(seed)
    parts, size, n = [], 0, 0
    while size < chars:
        _, text = article_text(rng, n)
        body = "\n\n".join(text.split("\n\n")[1:-5])  # the news sentences, not the clutter
        parts.append(body)
        size += len(body) + 2
        n += 1
    return "\n\n".join(parts)[:chars]


def case_article(chars: int) -> dict:
    from dateline.analyse import Resources, analyse_articles, load_nlp
    from dateline.records import Article

    load_nlp()
    resources = Resources.load()
    before = peak_mb()
    body = long_article(chars)
    article = Article(id="big", source="big.txt", original=body, body=body, segments=[(0, len(body), 0)],
                      language="en", published="2024-05-01")
    started = time.perf_counter()
    [analysis] = list(analyse_articles([article], resources))
    return {"case": f"one {len(body):,}-character article analysed", "status": analysis.status[:80],
            "events": len(analysis.events), "mentions": len(analysis.mentions),
            "seconds": round(time.perf_counter() - started, 1), "peak_mb_before": round(before),
            "peak_mb": round(peak_mb())}


def case_huge() -> dict:
    from dateline.pipeline import run
    from dateline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / "big.txt").write_text("".join(f"The minister met envoy {i}.\n" for i in range(100000)))
        for path in sorted((ROOT / "examples" / "articles").glob("*.txt")):
            (folder / path.name).write_bytes(path.read_bytes())
        started = time.perf_counter()
        with Store(Path(tmp) / "p.db") as store:
            summary = run([str(folder)], store)
            statuses = store.db.execute("SELECT status FROM analyses").fetchall()
        failed = [s[0][:70] for s in statuses if s[0].startswith("failed")]
    return {"case": "dateline run: a 3,000,000-character article and 5 small ones", "summary": summary.line(),
            "failed": failed, "seconds": round(time.perf_counter() - started, 1), "peak_mb": round(peak_mb())}


def alias_bomb(levels: int = 12) -> str:
    """A "billion laughs" YAML document: each level lists the one before ten times."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    lines.append(f"people: [{{name: Bomb, aliases: *a{levels - 1}}}]")
    return "\n".join(lines) + "\n"


def case_bomb() -> dict:
    from dateline.resolve.kb import ActorKB
    from dateline.userfiles import UserFileError

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bomb.yaml"
        path.write_text(alias_bomb(12))
        started = time.perf_counter()
        try:
            ActorKB.load(extra=[path])
            outcome = "loaded (should have been refused)"
        except UserFileError as exc:
            outcome = f"refused: {exc}"
    return {"case": "a YAML alias bomb (10**12 values) as an actors file", "outcome": outcome[:200],
            "seconds": round(time.perf_counter() - started, 2), "peak_mb": round(peak_mb())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=950_000)
    parser.add_argument("--case", default="all", choices=["article", "huge", "bomb", "all"])
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        result = {"article": lambda: case_article(args.chars), "huge": case_huge, "bomb": case_bomb}[args.case]()
        print(json.dumps(result))
        return
    for case in (["bomb", "article", "huge"] if args.case == "all" else [args.case]):
        out = subprocess.run([sys.executable, __file__, "--inner", "--case", case, "--chars", str(args.chars)],
                             capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0:
            print(f"{case}: failed (exit {out.returncode})\n{out.stderr[-2000:]}")
            continue
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(result.pop("case"))
        for key, value in result.items():
            print(f"  {key}: {value}")


if __name__ == "__main__":
    main()
