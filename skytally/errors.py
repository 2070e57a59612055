"""One exception tree for everything skytally raises on purpose.

    SkytallyError
    ├── InputError        a file, line, record or field that cannot be read
    ├── ConfigError       a setting or flag with a value that cannot work
    ├── StoreError        the database refused or is not what we expect
    └── MissingExtra      an optional dependency is not installed
"""

from __future__ import annotations


class SkytallyError(Exception):
    """Base of every error skytally raises deliberately."""


class InputError(SkytallyError):
    """Input that cannot be read; names where it is and what is wrong."""

    def __init__(self, reason: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        self.field = field
        super().__init__(self.where() + reason)

    def where(self) -> str:
        parts = [p for p in (self.path, str(self.line) if self.line else None) if p]
        loc = ":".join(parts)
        if self.field:
            loc = f"{loc} field {self.field!r}" if loc else f"field {self.field!r}"
        return f"{loc}: " if loc else ""


class ConfigError(SkytallyError):
    """A setting whose value cannot work."""


class StoreError(SkytallyError):
    """The database refused an operation or has an unexpected shape."""


class MissingExtra(SkytallyError):
    """An optional dependency is missing; the message names the extra to install."""

    def __init__(self, module: str, extra: str) -> None:
        super().__init__(f"{module} is not installed: pip install 'skytally[{extra}]'")
        self.module = module
        self.extra = extra
