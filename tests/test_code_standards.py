"""Code standards the developers' guide sets for every module of dateline/, checked on the source."""

import ast
from pathlib import Path

import dateline

ROOT = Path(dateline.__file__).resolve().parent
MAX_LINES = 800  # a module one can read in one sitting


def test_every_module_is_short_enough_to_read_in_one_sitting():
    long = {str(path.relative_to(ROOT)): n for path in ROOT.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) >= MAX_LINES}
    assert long == {}


SQL_METHODS = {"execute", "executemany", "executescript"}


def _sql_uses(tree):
    """Lines that run SQL or open a database: a connection's or cursor's execute methods (called
    or taken as a value, or by getattr), and anything of sqlite3 but its exception classes."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in SQL_METHODS:
            yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.Constant) and node.value in SQL_METHODS:
            yield node.lineno, repr(node.value)
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "sqlite3"
              and not node.attr.endswith(("Error", "Warning"))):
            yield node.lineno, ast.unparse(node)
        elif isinstance(node, ast.ImportFrom) and node.module == "sqlite3":
            yield node.lineno, f"from sqlite3 import {', '.join(a.name for a in node.names)}"


def test_the_store_owns_all_sql():
    """No ``execute`` (nor a sqlite3 connection) outside dateline/store/."""
    wrong = [f"{path.relative_to(ROOT)}:{line} {what}" for path in ROOT.rglob("*.py")
             if path.relative_to(ROOT).parts[0] != "store"
             for line, what in _sql_uses(ast.parse(path.read_text(encoding="utf-8")))]
    assert wrong == []
    inside = [what for path in (ROOT / "store").rglob("*.py") for _, what in _sql_uses(ast.parse(path.read_text(encoding="utf-8")))]
    assert inside  # the check sees the store's own SQL
