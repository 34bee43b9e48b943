"""What a skill's generator returns: the task, the words and formulas of the exercise, its
hints and its worked solution (shared by the modules that hold the generators)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from napier.parser import Node
from napier.practice.tasks import Task
from napier.steps import Step


@dataclass(frozen=True)
class Line:
    """One line of a hint or a worked solution: a message key, its parameters, a formula.

    ``tree`` (when given) is shown after the text as ``= …`` and as a line of the image.
    """

    key: str
    params: tuple[tuple[str, str], ...] = ()
    tree: Node | None = None


@dataclass
class Draft:
    """A drawn exercise before it gets its id. ``steps`` are a lesson engine's steps (the
    solver's, the logarithm's), shown after the ``solution`` lines with messages under
    ``step_prefix`` (``solve.step``, ``log.step``); ``latex_ja``, when given, is the
    statement's formula as Japanese textbooks write it (≦ ≧)."""

    task: Task
    statement: str
    params: dict[str, str]
    latex: str
    hints: list[Line]
    solution: list[Line]
    required: tuple[str, ...]
    steps: tuple[Step, ...] = field(default=())
    step_prefix: str = ""
    latex_ja: str = ""


Generator = Callable[[random.Random, int], Draft]


def p(**params: object) -> tuple[tuple[str, str], ...]:
    """Message parameters as the pairs a Line keeps."""
    return tuple((k, str(v)) for k, v in params.items())
