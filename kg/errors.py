"""One exception root; messages name the bad value and say how to fix it."""

from __future__ import annotations


class KGError(Exception):
    """Root of every error kg raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """An input file or directory cannot be read as articles."""

    exit_code = 2

    def __init__(self, path: str, reason: str, fix: str = "") -> None:
        self.path = path
        self.reason = reason
        self.fix = fix
        message = f"{path}: {reason}"
        if fix:
            message += f" ({fix})"
        super().__init__(message)


class ExtractionError(KGError):
    """An NER backend or rule failed, or a model is not available."""

    exit_code = 3


class StoreError(KGError):
    """A store cannot be opened, read or written."""

    exit_code = 4


class ConfigError(KGError):
    """A setting is missing or invalid."""

    exit_code = 5
