"""A hidden ``/forget`` command for ``bench/startup.py``: a worker forgets what it computed.

Workers import this module as the runtime's initializer. ``/forget`` empties the caches that
remember one request's own results — the formulas drawn (each distinct formula is parsed once
per process) and sympy's cache — so that the warm runs of a request redo the work of its cold
first run, and only the process's warmth differs.
"""

from __future__ import annotations

from collections.abc import Mapping

from napier.commands import COMMANDS, Command
from napier.reply import Reply

NAME = "forget"


def _parse(raw: Mapping[str, str]) -> tuple[()]:
    return ()


def _answer(request: tuple[()], locale: str) -> Reply:
    from sympy.core.cache import clear_cache

    from napier.render import clear_formula_cache

    clear_formula_cache()
    clear_cache()
    return Reply(title=NAME, text="caches emptied")


COMMANDS.setdefault(
    NAME,
    Command(
        name=NAME,
        description="app.name",
        options=(),
        example="/forget",
        parse=_parse,
        answer="forget:_answer",
        hidden=True,
    ),
)
