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
    return Settings(**values)  # type: ignore[arg-type]


def command_defaults(settings: Settings) -> dict[str, dict[str, object]]:
    """Per-command option defaults taken from ``settings`` (the CLI's default map)."""
    extraction: dict[str, object] = {
        "ner": settings.ner,
        "hanlp_model": settings.hanlp_model,
        "batch_size": settings.batch_size,
        "workers": settings.workers,
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
