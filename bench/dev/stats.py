"""Print what the development corpus holds: reports, happenings, languages, types, countries,
years, multi-outlet happenings, and the tune/check split.

    python bench/dev/stats.py [--dev FOLDER]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from dateline.evaluation.devgold import half, load_dev_gold

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=HERE)
    args = parser.parse_args(argv)
    gold = load_dev_gold(args.dev / "gold")
    reports, happenings = gold.reports, gold.happenings
    headlines = Counter(r["headline"] for r in reports)
    used = {h for r in reports for h in [r["headline"], *r.get("happenings", [])]}
    languages = Counter(r.get("language") for r in reports)
    countries = {c for h in happenings.values() if h["id"] in used
                 for c in (h.get("place_country"), h.get("source_country"), h.get("target_country"))
                 if c and len(c) == 2}
    years = Counter((h.get("date") or "")[:4] for h in happenings.values() if h["id"] in headlines and h.get("date"))
    types = Counter(happenings[h]["type"] for h in headlines)
    outlets = {h: len({r.get("outlet") or r["url"] for r in reports if r["headline"] == h}) for h in headlines}
    print(f"reports {len(reports)}; headline happenings {len(headlines)}; happenings referenced {len(used)}")
    print(f"non-English reports {sum(n for lang, n in languages.items() if lang != 'en')} "
          f"({sum(n for lang, n in languages.items() if lang != 'en') / len(reports):.0%}) in "
          f"{sum(1 for lang in languages if lang != 'en')} languages: {dict(languages.most_common())}")
    print(f"countries {len(countries)}; years {min(years)}-{max(years)}")
    print(f"headline happenings reported by 2-6 outlets: {sum(1 for n in outlets.values() if 2 <= n <= 6)}")
    print(f"types (headline happenings): {dict(types.most_common())}")
    print("reports per type: " + str(dict(Counter(happenings[r['headline']]['type'] for r in reports).most_common())))
    print(f"tune/check happenings: {dict(Counter(half(h) for h in headlines))}; "
          f"reports: {dict(Counter(half(r['headline']) for r in reports))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
