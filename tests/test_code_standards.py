"""Code standards the developers' guide sets for every module of dateline/, checked on the source."""

from pathlib import Path

import dateline

ROOT = Path(dateline.__file__).resolve().parent
MAX_LINES = 800  # a module one can read in one sitting


def test_every_module_is_short_enough_to_read_in_one_sitting():
    long = {str(path.relative_to(ROOT)): n for path in ROOT.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) >= MAX_LINES}
    assert long == {}
