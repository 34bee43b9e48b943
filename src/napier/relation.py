"""Equations and inequalities: one relation symbol between two expressions of the parser.

The expression grammar has no relation operators, and does not get them: ``parse_relation``
finds the one symbol (``=``, ``<``, ``>``, ``<=``, ``>=`` and their full-width and Unicode
forms ``＝ ≦ ≧ ≤ ≥``) and parses each side with ``napier.parser.parse``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from napier.errors import UserError
from napier.parser import MAX_LENGTH, Node, parse

EQ, LT, GT, LE, GE = "=", "<", ">", "<=", ">="
OPERATORS = (EQ, LT, GT, LE, GE)
MAX_RELATION_LENGTH = 2 * MAX_LENGTH + 4
EXAMPLE = "/solve 2^(x+1) = 8"

# Longest first: "<=" must win over "<" and "=".
_SYMBOLS = (
    ("<=", LE),
    (">=", GE),
    ("=<", LE),
    ("=>", GE),
    ("≦", LE),
    ("≧", GE),
    ("≤", LE),
    ("≥", GE),
    ("⩽", LE),
    ("⩾", GE),
    ("<", LT),
    (">", GT),
    ("=", EQ),
)
_FORBIDDEN = ("≠", "!=", "<>", "≒", "≈")

_REVERSED = {EQ: EQ, LT: GT, GT: LT, LE: GE, GE: LE}


@dataclass(frozen=True)
class Relation:
    """``left op right`` with ``op`` one of ``OPERATORS``."""

    op: str
    left: Node
    right: Node

    @property
    def is_equation(self) -> bool:
        return self.op == EQ

    def swapped(self) -> Relation:
        """The same relation read from the other side: ``8 < 2^x`` is ``2^x > 8``."""
        return Relation(_REVERSED[self.op], self.right, self.left)


def reversed_op(op: str) -> str:
    """The symbol after multiplying both sides by a negative number: ``<`` ↔ ``>``."""
    return _REVERSED[op]


def holds(op: str, left: object, right: object) -> bool:
    """Whether ``left op right`` is true for two comparable values."""
    if op == EQ:
        return left == right
    if op == LT:
        return left < right  # type: ignore[operator]
    if op == GT:
        return left > right  # type: ignore[operator]
    if op == LE:
        return left <= right  # type: ignore[operator]
    return left >= right  # type: ignore[operator]


def split_chain(text: str, example: str = EXAMPLE) -> tuple[list[str], list[str]]:
    """``"0 < x < 1"`` → ``(["0 ", " x ", " 1"], ["<", "<"])``: the text between relation
    symbols and the symbols (none when there is none); ≠ and ≈ are refused."""
    if len(text) > MAX_RELATION_LENGTH:
        raise UserError(
            "parse.too_long", limit=MAX_RELATION_LENGTH, length=len(text), example=example
        )
    text = unicodedata.normalize("NFKC", text)
    for symbol in _FORBIDDEN:
        if symbol in text:
            raise UserError("relation.unsupported_symbol", symbol=symbol, example=example)
    parts: list[str] = []
    ops: list[str] = []
    start = i = 0
    while i < len(text):
        for symbol, op in _SYMBOLS:
            if text.startswith(symbol, i):
                parts.append(text[start:i])
                ops.append(op)
                i += len(symbol)
                start = i
                break
        else:
            i += 1
    parts.append(text[start:])
    return parts, ops


def split(text: str, example: str = EXAMPLE) -> tuple[str, str, str]:
    """``"4^x = 8"`` → ``("4^x ", "=", " 8")``, or a UserError when there is not exactly one."""
    parts, ops = split_chain(text, example)
    if not ops:
        raise UserError("relation.missing", example=example)
    if len(ops) > 1:
        raise UserError("relation.several", example=example)
    return parts[0], ops[0], parts[1]


def parse_relation(text: str, *, example: str = EXAMPLE) -> Relation:
    """Parse ``left op right``: each side with the expression parser (x and functions allowed)."""
    left_text, op, right_text = split(text, example)
    if not left_text.strip() or not right_text.strip():
        raise UserError("relation.empty_side", example=example)
    left = parse(left_text, example=example, variable=True, functions=True)
    right = parse(right_text, example=example, variable=True, functions=True)
    return Relation(op, left, right)


# --- printing --------------------------------------------------------------------------------

# Japanese textbooks write ≦ and ≧; English ones ≤ and ≥.
_TEXT = {
    "ja": {EQ: "=", LT: "<", GT: ">", LE: "≦", GE: "≧"},
    "en": {EQ: "=", LT: "<", GT: ">", LE: "≤", GE: "≥"},
}
_LATEX = {
    "ja": {EQ: "=", LT: "<", GT: ">", LE: r"\leqq", GE: r"\geqq"},
    "en": {EQ: "=", LT: "<", GT: ">", LE: r"\leq", GE: r"\geq"},
}


def symbol_text(op: str, locale: str) -> str:
    """The relation symbol as the locale's textbooks print it."""
    return _TEXT.get(locale, _TEXT["en"])[op]


def symbol_latex(op: str, locale: str) -> str:
    """The relation symbol in LaTeX (``\\leqq`` in Japanese, ``\\leq`` in English)."""
    return _LATEX.get(locale, _LATEX["en"])[op]
