"""Settings from ``kg.toml`` (current folder) and ``KG_*`` environment variables.

The environment wins over the file. Secrets (passwords) are read only from the environment.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, fields
from pathlib import Path

from kg.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024  # bytes


@dataclass(frozen=True)
class Settings:
    """What a run can be configured with; every field has a ``KG_<NAME>`` variable."""

    db: str = "kg.sqlite"
    ner: str = "auto"
    hanlp_model: str | None = None
    batch_size: int = 64
    workers: int = 1
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # bytes; a larger input file is refused by name


def load_settings(path: str | Path = "kg.toml", environ: dict[str, str] | None = None) -> Settings:
    """Settings from ``path`` (if it exists) overridden by ``KG_*`` variables."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    file = Path(path)
    if file.exists():
        try:
            values.update(tomllib.loads(file.read_text(encoding="utf-8")).get("kg", {}))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{file}: not valid TOML ({e}); fix the file or remove it") from e
    known = {f.name: f for f in fields(Settings)}
    unknown = set(values) - set(known)
    if unknown:
        raise ConfigError(f"{file}: unknown setting(s) {', '.join(sorted(unknown))}; known: {', '.join(known)}")
    for name in known:
        if f"KG_{name.upper()}" in env:
            values[name] = env[f"KG_{name.upper()}"]
    for name in ("batch_size", "workers"):
        if name in values:
            try:
                values[name] = int(values[name])  # type: ignore[call-overload]
            except (TypeError, ValueError) as e:
                raise ConfigError(f"{name} must be a whole number, got {values[name]!r}") from e
    if "max_file_size" in values:
        values["max_file_size"] = parse_size(values["max_file_size"], "max_file_size")
    return Settings(**values)  # type: ignore[arg-type]


_UNITS = {"": 1, "B": 1, "K": 1 << 10, "KB": 1 << 10, "KIB": 1 << 10, "M": 1 << 20, "MB": 1 << 20, "MIB": 1 << 20,
          "G": 1 << 30, "GB": 1 << 30, "GIB": 1 << 30}  # fmt: skip


def parse_size(value: object, name: str = "size") -> int:
    """A size in bytes from ``1048576``, ``"512K"``, ``"256M"`` or ``"1G"`` (binary units)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    text = str(value).strip().upper().replace(" ", "")
    digits = text.rstrip("KMGIB")
    unit = text[len(digits) :]
    try:
        number = float(digits)
    except ValueError:
        number = -1.0
    if number <= 0 or unit not in _UNITS:
        raise ConfigError(f"{name} must be a positive size such as 268435456, 512K, 256M or 1G, got {value!r}")
    return int(number * _UNITS[unit])


def _size_text(n: int) -> str:
    """``n`` bytes as ``parse_size`` reads it, in the largest whole unit (268435456 -> 256M)."""
    for unit, size in (("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)):
        if n % size == 0:
            return f"{n // size}{unit}"
    return str(n)


def command_defaults(settings: Settings) -> dict[str, dict[str, object]]:
    """Per-command option defaults taken from ``settings`` (the CLI's default map)."""
    extraction: dict[str, object] = {
        "ner": settings.ner,
        "hanlp_model": settings.hanlp_model,
        "batch_size": settings.batch_size,
        "workers": settings.workers,
        "max_file_size": _size_text(settings.max_file_size),
    }
    store: dict[str, object] = {"db": settings.db}
    return {
        "extract": extraction,
        "build": {**extraction, **store, "neo4j_user": settings.neo4j_user},
        "report": store,
        "dossier": store,
        "timeline": store,
        "viz": store,
        "push": {**store, "uri": settings.neo4j_uri, "user": settings.neo4j_user},
    }
