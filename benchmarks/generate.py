"""Generate synthetic news articles (plain text with clutter, or HTML pages) for benchmarks.

Not real news: sentences are assembled from a small grammar so that every article differs
and the pipeline has names, dates, places and quotes to work on.
"""

from __future__ import annotations

import random
from pathlib import Path

PEOPLE = [("Russian", "Foreign Minister", "Sergey Lavrov"), ("Chinese", "Foreign Minister", "Wang Yi"),
          ("US", "Secretary of State", "Antony Blinken"), ("French", "President", "Emmanuel Macron"),
          ("Indian", "External Affairs Minister", "Subrahmanyam Jaishankar"), ("German", "Chancellor", "Olaf Scholz"),
          ("Japanese", "Prime Minister", "Fumio Kishida"), ("Turkish", "President", "Recep Tayyip Erdogan")]
CITIES = ["Beijing", "Moscow", "Manila", "New Delhi", "Paris", "Berlin", "Tokyo", "Ankara", "Jakarta", "Geneva"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["trade", "energy security", "the Ukraine crisis", "the Korean peninsula", "climate change",
          "regional security", "the Iranian nuclear issue", "counter-terrorism", "investment", "migration"]
VERBS = ["met", "held talks with", "hosted", "spoke by phone with"]
CLUTTER = ["READ MORE: {headline}", "Follow us on social media", "Support our journalism", "Tags",
           "Reply to {reader}", "{month} {day}, {year}", "Most Popular", "Share this article"]
READERS = ["Alex P", "Maria K", "J. Smith", "Observer42"]


def article_text(rng: random.Random, n: int) -> tuple[str, str]:
    a, b = rng.sample(PEOPLE, 2)
    city, day, verb = rng.choice(CITIES), rng.choice(DAYS), rng.choice(VERBS)
    year, month, mday = rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    title = f"{a[2].split()[-1]} and {b[2].split()[-1]} discuss {rng.choice(TOPICS)} in {city} ({n})"
    body = [
        f"{city.upper()}, {mday} {months[month - 1]} {year} (Agency): {a[0]} {a[1]} {a[2]} {verb} his {b[0]} counterpart {b[2]} on {day}, officials said.",
        f"The two sides exchanged views on {rng.choice(TOPICS)} and {rng.choice(TOPICS)}, according to a statement.",
        f"\u201cWe agreed to deepen cooperation on {rng.choice(TOPICS)},\u201d {a[2].split()[-1]} told reporters after the talks.",
        f"{b[2].split()[-1]} said the meeting was constructive and that the partners would meet again in {rng.choice(months)}.",
        f"Analysts said the talks in {city} reflected growing ties between the two countries, which signed {rng.randint(2, 20)} agreements last year.",
    ]
    extra = [f"Officials also discussed {rng.choice(TOPICS)} and {rng.choice(TOPICS)} in meeting number {n}-{i}."
             for i in range(rng.randint(1, 4))]
    clutter = [c.format(headline=f"Markets close higher {n}", reader=rng.choice(READERS), month=months[month - 1],
                        day=mday + 1 if mday < 28 else mday, year=year) for c in rng.sample(CLUTTER, 4)]
    return title, "\n\n".join([title, *body, *extra, *clutter, title])


def write_corpus(folder: Path, count: int, kind: str = "text", seed: int = 7) -> list[Path]:
    """Write ``count`` articles into ``folder`` as .txt or .html files; returns the paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        title, text = article_text(rng, n)
        if kind == "html":
            paras = "".join(f"<p>{line}</p>" for line in text.split("\n\n")[1:-5])
            page = (f"<html><head><title>{title}</title><meta property='og:site_name' content='Bench News'></head>"
                    f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{paras}"
                    f"</article><aside><h3>Related</h3><ul><li>Other story {n}</li></ul></aside><footer>© Bench News</footer></body></html>")
            path = folder / f"{n:06d}.html"
            path.write_text(page, encoding="utf-8")
        else:
            path = folder / f"{n:06d}.txt"
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
