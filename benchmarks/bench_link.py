"""Linking benchmark: time and memory to link 10,000, 100,000 and 1,000,000 event mentions
(blocked by participants and date windows, never all pairs: about linear).

    python benchmarks/bench_link.py [--counts 10000 100000 1000000]

Mentions are generated: meetings among 400 people in 60 cities over 15 years, with a share of
repeated reports (several outlets), month-only dates and undated reports.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time

from dateline.link import link
from dateline.records import ActorRef, EventMention, PlaceRef, TimeValue


def generate(count: int, seed: int = 11) -> list[EventMention]:
    rng = random.Random(seed)
    people = [ActorRef(f"p{i}", f"Person {i}", "person", rng.choice(["RU", "CN", "US", "FR", "IN", "JP"])) for i in range(400)]
    cities = [PlaceRef(f"City {i}", "XX", 0.0, 0.0, "city", 1000 + i) for i in range(60)]
    mentions: list[EventMention] = []
    n = 0
    while len(mentions) < count:
        a, b = rng.sample(people, 2)
        day = f"{rng.randint(2010, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        city = rng.choice(cities)
        for _report in range(rng.choice([1, 1, 2, 3, 5])):
            roll = rng.random()
            date = TimeValue(day, day, "day") if roll < 0.7 else (TimeValue(day[:7], day[:7], "month") if roll < 0.85 else None)
            mentions.append(EventMention(f"m{n}", f"a{n}", rng.choice(["CONSULT", "CONSULT", "AGREE"]), 0, 40, "text",
                                         source=[a], target=[b], date=date, place=city if rng.random() < 0.8 else None))
            n += 1
    return mentions[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counts", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--stories", type=int, nargs="*", default=[10_000, 100_000],
                        help="also time story clustering on this many generated articles")
    args = parser.parse_args()
    print("linking benchmark (generated mentions)")
    previous = None
    for count in args.counts:
        mentions = generate(count)
        gc.collect()
        started = time.perf_counter()
        happenings = link(mentions)
        elapsed = time.perf_counter() - started
        ratio = f", x{elapsed / previous[1]:.1f} the time for x{count / previous[0]:.0f} the mentions" if previous else ""
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{count:9,d} mentions -> {len(happenings):9,d} happenings in {elapsed:7.2f} s "
              f"({count / elapsed:,.0f} mentions/s){ratio}; peak memory so far {peak:,.0f} MB")
        previous = (count, elapsed)
        del mentions, happenings
    if args.stories:
        bench_stories(args.stories)


def bench_stories(counts: list[int]) -> None:
    """Story clustering (the other half of linking a store) on generated article texts."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from generate import article_text

    from dateline.link.stories import StoryInput, cluster_stories

    rng = random.Random(5)
    items = []
    for n in range(max(counts)):
        title, text = article_text(rng, n)
        items.append(StoryInput(f"a{n}", title, text, f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-"
                                                     f"{rng.randint(1, 28):02d}"))
    print("story clustering (generated articles)")
    previous = None
    for count in counts:
        started = time.perf_counter()
        stories = cluster_stories(items[:count])
        elapsed = time.perf_counter() - started
        ratio = f", x{elapsed / previous[1]:.1f} the time for x{count / previous[0]:.0f} the articles" if previous else ""
        print(f"{count:9,d} articles -> {len(stories):9,d} stories in {elapsed:7.2f} s "
              f"({count / elapsed:,.0f} articles/s){ratio}")
        previous = (count, elapsed)


if __name__ == "__main__":
    main()
