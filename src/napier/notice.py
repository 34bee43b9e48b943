"""Notices: what the bot assumed about the input, said at the top of the answer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """A catalogue message (``key``, ``params``) that an answer begins with, e.g. "I read
    ``e^2x`` as e^(2x)". Hashable, so that it can be part of a cached request."""

    key: str
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, key: str, **params: object) -> Notice:
        return cls(key, tuple((name, str(value)) for name, value in params.items()))

    def message(self, locale: str) -> str:
        """The notice in ``locale``, from the catalogue."""
        from napier.i18n import t

        return t(self.key, locale, **dict(self.params))
