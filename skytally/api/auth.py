"""The write token: ``SKYTALLY_API_TOKEN`` enables writes; without it the API is read-only."""

from __future__ import annotations

import hmac
import os

from skytally.api.errors import ApiError

TOKEN_ENV = "SKYTALLY_API_TOKEN"


def token_from_env() -> str | None:
    """The configured token, or None (writes disabled) when unset or blank."""
    return (os.environ.get(TOKEN_ENV) or "").strip() or None


def bearer(authorization: str | None) -> str | None:
    """The token in an ``Authorization: Bearer …`` header."""
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def check_token(expected: str | None, authorization: str | None) -> None:
    """Raise unless writes are enabled and the request carries the token (constant-time)."""
    if expected is None:
        raise ApiError(403, "writes_disabled", f"writes are disabled: set {TOKEN_ENV} to enable them")
    given = bearer(authorization)
    if given is None:
        raise ApiError(401, "unauthorized", "missing bearer token")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "invalid token")
