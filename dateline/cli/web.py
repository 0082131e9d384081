"""`dateline serve`: the REST API and web pages."""

from __future__ import annotations

import argparse

from dateline.cli.common import add_db


def register(commands) -> None:
    p = commands.add_parser("serve", help="serve the REST API and web pages")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    add_db(p)
    p.set_defaults(handler=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from dateline.web.app import create_app

    app = create_app(args.db)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0
