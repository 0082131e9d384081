"""resolve/ and extract/ are used through their public names (__all__), never through their
inner modules or private names."""

import ast
import importlib
from pathlib import Path

import pytest

import dateline

ROOT = Path(dateline.__file__).resolve().parent
PACKAGES = ("resolve", "extract")


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_loads(package):
    module = importlib.import_module(f"dateline.{package}")
    assert module.__all__ == sorted(module._EXPORTS)
    for name in module.__all__:
        assert getattr(module, name) is not None, name
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        module.nothing_here  # noqa: B018


def _imports(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dateline"):
            yield node


def test_other_packages_import_resolve_and_extract_by_their_public_names():
    wrong = []
    for path in ROOT.rglob("*.py"):
        inside = path.relative_to(ROOT).parts[0]
        for node in _imports(path):
            parts = node.module.split(".")
            if len(parts) > 2 and parts[1] in PACKAGES and parts[1] != inside:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {node.module}")
    assert wrong == []


def test_no_module_imports_a_private_name_of_another():
    wrong = [f"{path.relative_to(ROOT)}:{node.lineno} {alias.name} from {node.module}"
             for path in ROOT.rglob("*.py") for node in _imports(path)
             for alias in node.names if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert wrong == []


def test_no_public_name_is_also_a_submodule_name():
    """Importing a submodule sets it as an attribute of its package: a public name spelled like
    a submodule would become the module once that submodule is imported."""
    import pkgutil

    import dateline.extract
    import dateline.resolve

    for package in (dateline.resolve, dateline.extract):
        modules = {m.name for m in pkgutil.iter_modules(package.__path__)}
        assert not modules & set(package.__all__), package.__name__
