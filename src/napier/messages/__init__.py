"""The message catalogue: one module of messages per topic, merged into ``CATALOGUE``.

Each module defines ``MESSAGES = {key: {"ja": …, "en": …}}``; keys are unique across modules.
"""

from __future__ import annotations

from importlib import import_module
from pkgutil import iter_modules


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for name in sorted(m.name for m in iter_modules(__path__)):
        messages = import_module(f"napier.messages.{name}").MESSAGES
        clash = merged.keys() & messages.keys()
        if clash:
            raise RuntimeError(f"duplicate message keys in {name}: {sorted(clash)}")
        merged.update(messages)
    return merged


CATALOGUE: dict[str, dict[str, str]] = _merge()
