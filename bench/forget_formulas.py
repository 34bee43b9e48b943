"""A hidden ``/forget`` command for ``bench/startup.py``: a worker forgets the formulas it drew.

Workers import this module as the runtime's initializer, so the warm runs of a request redo
the same work as its cold first run (each distinct formula is otherwise parsed once per
process) and only the process's warmth differs.
"""

from __future__ import annotations

from collections.abc import Mapping

from napier.commands import COMMANDS, Command
from napier.reply import Reply

NAME = "forget"


def _parse(raw: Mapping[str, str]) -> tuple[()]:
    return ()


def _answer(request: tuple[()], locale: str) -> Reply:
    from napier.render import clear_formula_cache

    clear_formula_cache()
    return Reply(title=NAME, text="formulas forgotten")


COMMANDS.setdefault(
    NAME,
    Command(
        name=NAME,
        description="app.name",
        options=(),
        example="/forget",
        parse=_parse,
        answer="forget_formulas:_answer",
        hidden=True,
    ),
)
