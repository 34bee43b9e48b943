"""/law: the six formulas of the lesson, why each one holds, and a worked example."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from napier.commands import CHOICE, TEXT, Command, Option
from napier.errors import UserError
from napier.parser import Constant, Node
from napier.parser import parse as parse_expression

log = logging.getLogger(__name__)

LAWS = ("1.1", "1.2", "1.3", "1.4", "1.5", "1.6")
EXAMPLE = "/law 1.4 a:2 x:3 y:2"
USES: dict[str, tuple[str, ...]] = {
    "1.1": ("a", "x", "y"),
    "1.2": ("a", "x"),
    "1.3": ("a", "x", "y"),
    "1.4": ("a", "x", "y"),
    "1.5": ("a", "x"),
    "1.6": ("x",),
}
DEFAULTS: dict[str, dict[str, int]] = {
    "1.1": {"a": 2, "x": 3, "y": 2},
    "1.2": {"a": 2, "x": 3},
    "1.3": {"a": 2, "x": 2, "y": 5},
    "1.4": {"a": 2, "x": 3, "y": 2},
    "1.5": {"a": 2, "x": 1},
    "1.6": {"x": 1},
}


@dataclass(frozen=True)
class LawRequest:
    """Which law (``None`` for the overview) and the learner's a, x, y (``None`` = default)."""

    law: str | None
    a: Node | None = None
    x: Node | None = None
    y: Node | None = None


def example(law: str) -> str:
    """A command that works for ``law``: its worked example on the default values."""
    return " ".join([f"/law {law}", *(f"{name}:{value}" for name, value in DEFAULTS[law].items())])


def law_id(text: str) -> str:
    """``1.4``, ``１．４`` or ``(1.4)`` → ``"1.4"``; anything else: a UserError listing them."""
    normalized = unicodedata.normalize("NFKC", text).replace(" ", "").replace("。", ".")
    if normalized.startswith("(") and normalized.endswith(")"):
        normalized = normalized[1:-1]
    if normalized in LAWS:
        return normalized
    raise UserError("law.bad_id", given=text[:20])


def parse(args: Mapping[str, str]) -> LawRequest:
    """Check the law number and parse a, x, y with the safe parser (no evaluation here)."""
    raw = args.get("id")
    law = law_id(raw) if raw is not None else None
    nodes: dict[str, Node] = {}
    for name in ("a", "x", "y"):
        text = args.get(name)
        if text is None or (law == "1.6" and name == "a"):
            continue
        if law is None:
            raise UserError("law.needs_id", example=EXAMPLE)
        if name not in USES[law]:
            raise UserError(
                "law.unused_option", law=law, option=name, uses=", ".join(USES[law]) or "—"
            )
        nodes[name] = parse_expression(text, example=example(law), functions=True)
    if law == "1.6" and args.get("a") is not None:
        node = parse_expression(args["a"], example=example("1.6"), functions=True)
        if node != Constant("e"):
            raise UserError("law.six_base", example="/law 1.5 a:3")
    return LawRequest(law, nodes.get("a"), nodes.get("x"), nodes.get("y"))


COMMAND = Command(
    name="law",
    description="law.description",
    options=(
        Option(
            "id",
            "law.option.id",
            kind=CHOICE,
            choices=LAWS,
            choice_labels=tuple(f"law.choice.{law}" for law in LAWS),
        ),
        Option("a", "law.option.a", kind=TEXT, max_length=100, suggestions=("2", "1/2", "e")),
        Option("x", "law.option.x", kind=TEXT, max_length=100, suggestions=("3", "1/2", "-1")),
        Option("y", "law.option.y", kind=TEXT, max_length=100, suggestions=("2", "1/3", "-2")),
    ),
    example=EXAMPLE,
    parse=parse,
    answer="napier.lessons.law:answer",
    common=("", *LAWS),
)
