"""User files read safely and checked: YAML with bounds, and actor files entry by entry.

``load_yaml`` reads a YAML file the safe way (no Python objects), refuses a file that is not
a regular file or is too big, decodes UTF-8 (or UTF-16/32 with a byte-order mark), and bounds
what aliases can do: the document may expand to at most ``max_values`` values counting every
repetition an alias makes (a "billion laughs" file is refused before anything is built) and
nest at most ``max_depth`` deep.  ``check_actor_data`` checks an actor file's structure
(docs/actors.md) and says which file, which entry and what would be valid.

Every fault is a ``UserFileError`` (a ValueError), whose message starts with the file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path
from typing import Any

import yaml

from dateline.read.errors import ReadError
from dateline.read.files import read_checked
from dateline.yaml_words import WordLoader

MAX_YAML_BYTES = 16 << 20
MAX_YAML_VALUES = 2_000_000
MAX_YAML_DEPTH = 64


class _Loader(WordLoader):  # type: ignore[misc, valid-type]
    """The word loader (on/off/yes/no are words; yaml_words.py), dates left as text (checked where a date is expected, with its entry)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in WordLoader.yaml_implicit_resolvers.items()
}
_LOADER = _Loader


class UserFileError(ValueError):
    """A user file that cannot be used; the message names the file, the entry and the fault."""


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM is dropped), or UTF-16/32 with a byte-order mark."""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UserFileError(f"{name}: broken {codec.upper()} text at byte {exc.start}") from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise UserFileError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}): "
                            "save it as UTF-8") from None


def load_yaml(path: str | Path, *, what: str = "file", max_bytes: int = MAX_YAML_BYTES,
              max_values: int = MAX_YAML_VALUES, max_depth: int = MAX_YAML_DEPTH) -> Any:
    """The data of one YAML document in ``path``, read safely and within bounds."""
    name = f"{what} {path}"
    try:
        data = read_checked(path, max_bytes, what)
    except ReadError as exc:
        raise UserFileError(f"{name}: {exc.reason}") from None
    return parse_yaml(decode_text(data, name), name, max_values=max_values, max_depth=max_depth)


def parse_yaml(text: str, name: str, *, max_values: int = MAX_YAML_VALUES, max_depth: int = MAX_YAML_DEPTH) -> Any:
    loader = _LOADER(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.YAMLError as exc:
            raise UserFileError(f"{name}: not valid YAML: {exc}") from None
        except RecursionError:
            raise UserFileError(f"{name}: nested too deeply") from None
        if node is None:
            return None
        _check_size(node, name, max_values, max_depth)
        try:
            return loader.construct_document(node)
        except (yaml.YAMLError, ValueError, TypeError) as exc:
            raise UserFileError(f"{name}: not valid YAML: {exc}") from None
    finally:
        loader.dispose()


def _check_size(root: yaml.Node, name: str, max_values: int, max_depth: int) -> None:
    """Count the values the document expands to (an alias counts its node's values each time it
    is used), without expanding anything: each distinct node is counted once and remembered."""
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: yaml.Node, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if depth > max_depth:
            raise UserFileError(f"{name}: nested more than {max_depth} deep (line {node.start_mark.line + 1})")
        if key in in_progress:
            raise UserFileError(f"{name}: an alias refers to its own anchor (line {node.start_mark.line + 1})")
        total = 1
        if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
            in_progress.add(key)
            children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
            for child in children:
                total += size(child, depth + 1)
                if total > max_values:
                    raise UserFileError(f"{name}: expands to more than {max_values:,} values (aliases repeating "
                                        "anchors many times?): refused")
            in_progress.discard(key)
        sizes[key] = total
        return total

    size(root, 0)


# ---------------------------------------------------------------- actor files

TOP_KEYS = ("roles", "cues", "countries", "organisations", "people")
PERSON_KEYS = ("id", "name", "nat", "nationality", "sector", "aliases", "short", "roles")
ROLE_KEYS = ("key", "of", "start", "end", "title", "sector", "also")
COUNTRY_KEYS = ("code", "name", "names", "adjectives", "demonyms", "capitals", "metonyms", "leader", "bodies",
                "family_name_first", "both_name_orders")
ORG_KEYS = ("id", "name", "aliases", "kind", "sector", "country", "parent")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _unknown_keys(entry: dict, valid: tuple[str, ...], where: str) -> None:
    for key in entry:
        if key not in valid:
            close = difflib.get_close_matches(str(key), valid, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise UserFileError(f"{where}: unknown key {key!r}{hint}; valid keys are {', '.join(valid)}")


def _text(value: Any, where: str, key: str, *, required: bool = False) -> None:
    if value is None or value == "":
        if required:
            raise UserFileError(f"{where}: needs a non-empty {key!r}")
        return
    if isinstance(value, (dict, list, bool)):
        raise UserFileError(f"{where}: {key!r} is {_shown(value)}: expected a text")


def _texts(value: Any, where: str, key: str) -> None:
    values = value if isinstance(value, list) else [value]
    if value is None:
        return
    for item in values:
        if isinstance(item, (dict, list)) or item is None:
            raise UserFileError(f"{where}: {key!r} is {_shown(value)}: expected a text or a list of texts")


def _date(value: Any, where: str, key: str) -> None:
    if value in (None, "", "~") or isinstance(value, dt.date):
        return
    match = _DATE.fullmatch(str(value))
    try:
        if match is None or isinstance(value, bool):
            raise ValueError
        year, month, day = (int(g) if g else 1 for g in match.groups())
        dt.date(year, month, day)
    except ValueError:
        raise UserFileError(f"{where}: {key} {_shown(value)} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY "
                            "(~ for none)") from None


def _list_of_maps(value: Any, where: str, key: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise UserFileError(f"{where}: {key!r} is {_shown(value)}: expected a list of entries (- ...)")
    return value


def check_actor_data(data: Any, path: str | Path) -> dict:
    """The data of an actor file if its structure is valid; UserFileError naming the file, the
    entry and what would be valid otherwise."""
    name = f"actor file {path}"
    valid_top = f"a mapping with keys among {', '.join(TOP_KEYS)} (see docs/actors.md)"
    if data is None or data == {}:
        raise UserFileError(f"{name}: has no entries: expected {valid_top}")
    if not isinstance(data, dict):
        raise UserFileError(f"{name}: holds a {type(data).__name__}: expected {valid_top}")
    _unknown_keys(data, TOP_KEYS, name)
    for key in ("roles", "cues"):
        value = data.get(key)
        if value is not None and not isinstance(value, dict):
            raise UserFileError(f"{name}: {key!r} is {_shown(value)}: expected a mapping (name: ...)")
    for key, spec in (data.get("roles") or {}).items():
        if spec is not None and not isinstance(spec, dict):
            raise UserFileError(f"{name}: role definition {key!r} is {_shown(spec)}: expected a mapping "
                                "(title:, sector:, implies:)")
    for key, value in (data.get("cues") or {}).items():
        if value is not None and not isinstance(value, (dict, list, str)):
            raise UserFileError(f"{name}: cue {key!r} is {_shown(value)}: expected a list or a mapping")
    for i, spec in enumerate(_list_of_maps(data.get("countries"), name, "countries"), 1):
        where = f"{name}: country {i}"
        if not isinstance(spec, dict):
            raise UserFileError(f"{where} is {_shown(spec)}: expected a mapping with 'code' (and 'name', ...)")
        _unknown_keys(spec, COUNTRY_KEYS, where)
        if not isinstance(spec.get("code"), str) or len(spec["code"]) != 2:
            raise UserFileError(f"{where}: needs a two-letter 'code' (ISO 3166-1 alpha-2), not "
                                f"{_shown(spec.get('code'))}")
        _text(spec.get("name"), where, "name")
        for key in ("names", "adjectives", "demonyms", "capitals", "metonyms", "leader"):
            _texts(spec.get(key), where, key)
        if spec.get("bodies") is not None and not isinstance(spec["bodies"], dict):
            raise UserFileError(f"{where}: 'bodies' is {_shown(spec['bodies'])}: expected a mapping")
    for i, spec in enumerate(_list_of_maps(data.get("organisations"), name, "organisations"), 1):
        where = f"{name}: organisation {i}"
        if not isinstance(spec, dict):
            raise UserFileError(f"{where} is {_shown(spec)}: expected a mapping with 'id' and 'name'")
        _unknown_keys(spec, ORG_KEYS, where)
        _text(spec.get("id"), where, "id", required=True)
        _text(spec.get("name"), where, "name", required=True)
        _texts(spec.get("aliases"), where, "aliases")
    for i, spec in enumerate(_list_of_maps(data.get("people"), name, "people"), 1):
        if not isinstance(spec, dict):
            raise UserFileError(f"{name}: person {i} is {_shown(spec)}: expected a mapping with 'name' "
                                "(and 'id', 'nat', 'aliases', 'roles')")
        where = f"{name}: person {i}" + (f" ({spec['name']})" if isinstance(spec.get("name"), str) else "")
        _unknown_keys(spec, PERSON_KEYS, where)
        # An entry with only an 'id' adds to a person already known (checked when merged).
        _text(spec.get("name"), where, "name", required="id" not in spec or "name" in spec)
        _text(spec.get("id"), where, "id", required="id" in spec)
        for key in ("nat", "nationality", "sector"):
            _text(spec.get(key), where, key)
        for key in ("aliases", "short"):
            _texts(spec.get(key), where, key)
        for j, role in enumerate(_list_of_maps(spec.get("roles"), where, "roles"), 1):
            _check_role(role, f"{where}, role {j}")
    return data


def _check_role(role: Any, where: str) -> None:
    shape = "[key, of, start, end] (optionally a fifth {title:, sector:, also:}) or {key:, of:, start:, end:}"
    if isinstance(role, list):
        if not 2 <= len(role) <= 5:
            raise UserFileError(f"{where} is {_shown(role)}: expected {shape}")
        extra = role[4] if len(role) == 5 else {}
        if not isinstance(extra, dict):
            raise UserFileError(f"{where}: the fifth element is {_shown(extra)}: expected {{title:, sector:, also:}}")
        _unknown_keys(extra, ("title", "sector", "also"), where)
        fields = dict(zip(("key", "of", "start", "end"), role[:4]), **extra)
    elif isinstance(role, dict):
        _unknown_keys(role, ROLE_KEYS, where)
        fields = role
    else:
        raise UserFileError(f"{where} is {_shown(role)}: expected {shape}")
    _text(fields.get("key"), where, "key", required=True)
    _text(fields.get("of"), where, "of")
    _text(fields.get("title"), where, "title")
    _texts(fields.get("also"), where, "also")
    for key in ("start", "end"):
        _date(fields.get(key), where, key)
    start, end = fields.get("start"), fields.get("end")
    if start not in (None, "", "~") and end not in (None, "", "~") and str(end) < str(start):
        raise UserFileError(f"{where}: ends ({end}) before it starts ({start})")


def load_actor_file(path: str | Path) -> dict:
    """An actor file read with ``load_yaml`` and checked with ``check_actor_data``."""
    return check_actor_data(load_yaml(path, what="actor file"), path)
