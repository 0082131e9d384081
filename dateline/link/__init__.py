"""Linking: reports of one real-world event become one happening.

- ``happenings``: event mentions clustered into happenings (type, participants, date, place),
  by the join rules of ``groups`` over what ``dates``, ``venues`` and ``parties`` say fits;
- ``stories``: articles that tell one story share one lead happening; ``story_leads``: the
  joins and the dating a story gives its happenings;
- ``languages``: reports of one happening in different languages;
- ``syndication``: near-duplicate articles (agency copy), which count as one source;
- ``run``: the whole step over a store, saved in one transaction.
"""

from dateline.link.happenings import lead_happenings, link
from dateline.link.run import Linking, compute_linking, independent_reports, link_store

__all__ = ["Linking", "compute_linking", "independent_reports", "lead_happenings", "link", "link_store"]
