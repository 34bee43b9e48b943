"""User errors: values with a message key, shown to the learner in their language."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Input the bot rejects; ``key`` names a catalogue message, ``params`` fill it in."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, locale: str) -> str:
        """The message in ``locale``, from the catalogue."""
        from napier.i18n import t

        return t(self.key, locale, **self.params)

    def __reduce__(self):  # keep params across process boundaries
        return (_rebuild_user_error, (self.key, self.params))

    def __repr__(self) -> str:
        return f"UserError({self.key!r}, {self.params!r})"


def _rebuild_user_error(key: str, params: dict[str, Any]) -> UserError:
    return UserError(key, **params)
