"""Build small dateline databases for the web tests through the Store API, and run a
real uvicorn server over them on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from dateline.records import ActorRef, Article, EventMention, Happening, PlaceRef, Quote, RemovedSpan, TimeValue
from dateline.store import Store
from dateline.web.app import create_app

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"

LAVROV = ActorRef("person:lavrov", "Sergey Lavrov", "person", country="RU", sector="government",
                  role="Foreign Minister")
WANG = ActorRef("person:wang-yi", "Wang Yi", "person", country="CN", sector="government", role="Foreign Minister")
BLINKEN = ActorRef("person:blinken", "Antony Blinken", "person", country="US", sector="government")
EVIL = ActorRef("provisional:evil", f"Evil {XSS_IMG}", "person")
MANILA = PlaceRef("Manila", "PH", 14.6, 120.98)
MOSCOW = PlaceRef("Moscow", "RU", 55.75, 37.62)


def make_article(article_id: str, outlet: str, title: str, published: str, body: str,
             clutter: str = "Subscribe now\n", url: str | None = None) -> Article:
    original = clutter + body
    return Article(
        id=article_id, source=f"/data/{article_id}.txt", original=original, body=body,
        segments=[(0, len(clutter), len(body))],
        removed=[RemovedSpan(0, len(clutter), "navigation", clutter)] if clutter else [],
        title=title, outlet=outlet, published=published, language="en", url=url,
    )


def make_event(event_id: str, article: Article, sentence: str, type_: str, source: list[ActorRef],
           target: list[ActorRef], date: str, place: PlaceRef | None) -> EventMention:
    start = article.body.index(sentence)
    return EventMention(
        id=event_id, article=article.id, type=type_, start=start, end=start + len(sentence), text=sentence,
        trigger=sentence.split()[2], source=source, target=target,
        date=TimeValue(date, date=date, precision="day"), place=place, topics=["Ukraine"],
    )


def build_store(path: Path) -> dict[str, str]:
    """A store with two reports of a Manila meeting, a Moscow talk, a sanction and an
    article full of markup; returns the ids the tests need."""
    one = make_article("a1" + "0" * 14, "Outlet One", "Lavrov meets Wang in Manila", "2024-07-26",
                   "MANILA (Agency) - Sergey Lavrov met Wang Yi in Manila on Friday. "
                   "They discussed Ukraine and the Asia-Pacific region.\n"
                   "\"We are partners,\" Lavrov said after the talks. Many other words follow here.",
                   url="https://news.example.org/manila?id=1&x=2")
    two = make_article("a2" + "0" * 14, "Outlet Two", "Wang and Lavrov hold talks", "2024-07-26",
                   "Chinese Foreign Minister Wang Yi held talks with Sergey Lavrov in Manila. "
                   "The ministers spoke about security in Asia.")
    three = make_article("a3" + "0" * 14, "Outlet One", "Moscow visit", "2023-09-18",
                     "Wang Yi met Sergey Lavrov in Moscow on Monday. The talks covered the United Nations.")
    evil_body = (f"Breaking {XSS_SCRIPT} news. Antony Blinken accused Sergey Lavrov of lying {XSS_IMG} today. "
                 f"\"Lies {XSS_SCRIPT}\" Blinken said.")
    evil = make_article("e1" + "0" * 14, f"Evil {XSS_IMG} Times", f"Title {XSS_SCRIPT}", "2024-02-01",
                    evil_body, clutter=f"Menu {XSS_IMG}\n", url="javascript:alert(1)")
    e1 = make_event("ev1", one, "Sergey Lavrov met Wang Yi in Manila on Friday.", "CONSULT", [LAVROV], [WANG],
                "2024-07-26", MANILA)
    e2 = make_event("ev2", two, "Chinese Foreign Minister Wang Yi held talks with Sergey Lavrov in Manila.", "CONSULT",
                [WANG], [LAVROV], "2024-07-26", MANILA)
    # An event read from the headline stands at the body's start, offsets 0-0, its text the headline's.
    e2h = EventMention(id="ev2h", article=two.id, type="CONSULT", start=0, end=0, text=two.title or "",
                       trigger="hold talks", source=[WANG], target=[LAVROV], lede=True,
                       date=TimeValue("2024-07-26", date="2024-07-26", precision="day"), place=MANILA)
    e3 = make_event("ev3", three, "Wang Yi met Sergey Lavrov in Moscow on Monday.", "CONSULT", [WANG], [LAVROV],
                "2023-09-18", MOSCOW)
    accuse_sentence = f"Antony Blinken accused Sergey Lavrov of lying {XSS_IMG} today."
    e4 = make_event("ev4", evil, accuse_sentence, "ACCUSE", [BLINKEN, EVIL], [LAVROV], "2024-02-01", None)
    quote_text = "We are partners,"
    q1 = Quote("q1", one.id, quote_text, one.body.index(quote_text), one.body.index(quote_text) + len(quote_text),
               speaker=LAVROV, speaker_text="Lavrov", cue="said")
    evil_quote = f"Lies {XSS_SCRIPT}"
    q2 = Quote("q2", evil.id, evil_quote, evil.body.index(evil_quote), evil.body.index(evil_quote) + len(evil_quote),
               speaker=BLINKEN, speaker_text="Blinken", cue="said")
    manila = Happening("h-manila", "CONSULT", "Sergey Lavrov meets Wang Yi in Manila", "2024-07-26", "day", MANILA,
                       [LAVROV, WANG], mentions=[e1, e2, e2h], topics=["Ukraine", "Asia-Pacific"])
    moscow = Happening("h-moscow", "CONSULT", "Wang Yi meets Sergey Lavrov in Moscow", "2023-09-18", "day", MOSCOW,
                       [WANG, LAVROV], mentions=[e3], topics=["United Nations"])
    accuse = Happening("h-evil", "ACCUSE", f"Blinken accuses Lavrov {XSS_SCRIPT}", "2024-02-01", "day", None,
                       [BLINKEN, EVIL, LAVROV], mentions=[e4], topics=[XSS_IMG])
    with Store(path) as store:
        for article, events, quotes in ((one, [e1], [q1]), (two, [e2, e2h], []), (three, [e3], []), (evil, [e4], [q2])):
            store.add_article(article)
            store.save_analysis(article.id, status="done", events=events, quotes=quotes, lead_event=events[0].id,
                                mentions=[])
        store.replace_happenings([moscow, accuse, manila], {one.id: manila.id, two.id: manila.id,
                                                           three.id: moscow.id, evil.id: accuse.id},
                                 n_sources={manila.id: 2, moscow.id: 1, accuse.id: 1},
                                 quote_happenings={"q1": manila.id, "q2": accuse.id})
    return {"manila": manila.id, "moscow": moscow.id, "evil_happening": accuse.id, "evil_article": evil.id,
            "article_one": one.id, "evil_actor": EVIL.id}


@contextmanager
def serve(db_path: Path | str) -> Iterator[str]:
    """Run the app on an ephemeral port of 127.0.0.1 in a thread; yields the base URL."""
    app = create_app(str(db_path))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
