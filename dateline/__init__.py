"""dateline: from news articles to sourced event data."""

__version__ = "0.1.0"
