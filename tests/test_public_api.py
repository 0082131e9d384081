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


def _module_name(path):
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in ROOT.rglob("*.py")}
TREES = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}


def _private(name):
    return name.startswith("_") and not name.startswith("__") and name != "_"  # spaCy's doc._


def _package(module):
    """The top-level package a module belongs to ("dateline.resolve"), or "dateline" itself."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 or MODULES[module].name == "__init__.py" else "dateline"


def _inner_module_of_another_package(target, importer):
    """Whether ``target`` is a module inside resolve/ or extract/ and ``importer`` is not."""
    package = _package(target)
    return package in {f"dateline.{p}" for p in PACKAGES} and target != package and package != _package(importer)


def _exported(module):
    """A module's or package's ``__all__``, or None when it lists none."""
    for node in TREES[module].body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return None


def _defined(tree):
    """The names a module defines: functions, classes, variables, arguments and attributes it sets."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


def test_no_module_reaches_into_another_modules_private_names():
    """Neither ``module._name`` on an imported dateline module nor ``obj._name`` for a private name
    only another dateline module defines (a subclass's ``self._name`` of its base is its own)."""
    defined = {name: _defined(tree) for name, tree in TREES.items()}
    elsewhere = {n for names in defined.values() for n in names if _private(n)}
    wrong = []
    for name, tree in TREES.items():
        modules = set()  # local names bound to dateline modules
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules.update((a.asname or a.name).split(".")[0] for a in node.names if a.name.startswith("dateline"))
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dateline"):
                modules.update(a.asname or a.name for a in node.names if f"{node.module}.{a.name}" in MODULES)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and _private(node.attr)):
                continue
            owner = node.value.id if isinstance(node.value, ast.Name) else None
            if (owner in modules or ast.unparse(node.value) in MODULES
                    or (owner not in ("self", "cls") and node.attr in elsewhere - defined[name])):
                wrong.append(f"{name}:{node.lineno} {ast.unparse(node)}")
    assert wrong == []


def test_imports_take_only_exported_names():
    """A module that lists ``__all__`` is imported only by those names; a package's inner modules
    are imported by name only inside the package."""
    wrong = []
    for name, tree in TREES.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                wrong += [f"{name}:{node.lineno} import {a.name}" for a in node.names
                          if a.name in MODULES and _inner_module_of_another_package(a.name, name)]
            if not (isinstance(node, ast.ImportFrom) and node.module in MODULES and node.module != name):
                continue
            exported = _exported(node.module)
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                if submodule in MODULES:
                    if _inner_module_of_another_package(submodule, name):
                        wrong.append(f"{name}:{node.lineno} {submodule}")
                elif exported is not None and alias.name not in exported:
                    wrong.append(f"{name}:{node.lineno} {alias.name} from {node.module}")
    assert wrong == []
