"""The web interface and REST API (`dateline serve`): see docs/web.md."""
