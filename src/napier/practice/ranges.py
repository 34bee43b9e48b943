"""Answers that are ranges of x (``x < -2``, ``0 < x < 1``), and answers that are values of x
(``x = 2``): read safely, written back in a textbook's notation.

Light (the parser and the relation symbols only), so that a command can check an answer's
syntax at once. A range is one interval: ``x op value`` or ``value op x`` with one symbol, or
``low < x < high`` with two pointing the same way; each end goes through the safe parser
(numbers, ``log(5)``, ``log_3(5)``), never ``eval``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from napier import printer
from napier.errors import UserError
from napier.parser import Log, Node, parse
from napier.relation import EQ, GE, GT, LE, LT, split_chain, symbol_latex, symbol_text

_UNKNOWN = re.compile(r"^\s*[xX]\s*$")
_VALUE_OF_X = re.compile(r"^\s*[xX]\s*=(?!=)\s*")
_FINAL = "。.． "


@dataclass(frozen=True)
class Range:
    """``low < x < high`` with ``None`` for an end that is infinite; ``*_closed`` when the end
    belongs to the range (≤)."""

    low: Node | Log | None
    high: Node | Log | None
    low_closed: bool = False
    high_closed: bool = False


def value_of_x(text: str) -> str:
    """The answer without ``x =`` in front (``x = 3/2`` → ``3/2``)."""
    stripped = unicodedata.normalize("NFKC", text).strip().rstrip(_FINAL)
    return _VALUE_OF_X.sub("", stripped, count=1) or stripped


def _end(text: str, example: str) -> Node:
    return parse(text, example=example, variable=False, functions=True, bases=True)


def read_range(text: str, example: str) -> Range:
    """The range of x an answer states, or a UserError (both languages) with ``example``."""
    cleaned = unicodedata.normalize("NFKC", str(text)).strip().rstrip(_FINAL)
    parts, ops = split_chain(cleaned, example)
    if not ops or EQ in ops or len(ops) > 2 or not all(part.strip() for part in parts):
        raise UserError("practice.need_range", example=example)
    if len(ops) == 1:
        left, right = parts
        op = ops[0]
        if _UNKNOWN.match(left) and not _UNKNOWN.match(right):
            return _one_sided(op, _end(right, example))
        if _UNKNOWN.match(right) and not _UNKNOWN.match(left):
            flipped = {LT: GT, LE: GE, GT: LT, GE: LE}[op]
            return _one_sided(flipped, _end(left, example))
        raise UserError("practice.need_range", example=example)
    low_text, middle, high_text = parts
    if not _UNKNOWN.match(middle):
        raise UserError("practice.need_range", example=example)
    first, second = ops
    if {first, second} <= {LT, LE}:
        low, high = _end(low_text, example), _end(high_text, example)
        return Range(low, high, first == LE, second == LE)
    if {first, second} <= {GT, GE}:  # high > x > low
        high, low = _end(low_text, example), _end(high_text, example)
        return Range(low, high, second == GE, first == GE)
    raise UserError("practice.need_range", example=example)


def _one_sided(op: str, end: Node) -> Range:
    """x op end."""
    if op in (LT, LE):
        return Range(None, end, False, op == LE)
    return Range(end, None, op == GE, False)


def _pieces(answer: Range) -> tuple[list[object], list[str]]:
    """The items and symbols of ``x < 3`` / ``3 < x`` … as a textbook writes the range."""
    if answer.low is not None and answer.high is not None:
        return (
            [answer.low, "x", answer.high],
            [LE if answer.low_closed else LT, LE if answer.high_closed else LT],
        )
    if answer.high is not None:
        return ["x", answer.high], [LE if answer.high_closed else LT]
    assert answer.low is not None
    return ["x", answer.low], [GE if answer.low_closed else GT]


def range_text(answer: Range, locale: str) -> str:
    """``x < -2``, ``x ≧ 3`` (≦ ≧ in Japanese), ``0 < x < 1``."""
    items, ops = _pieces(answer)
    shown = [item if isinstance(item, str) else printer.text(item) for item in items]
    out = shown[0]
    for op, item in zip(ops, shown[1:], strict=True):
        out += f" {symbol_text(op, locale)} {item}"
    return out


def range_latex(answer: Range, locale: str) -> str:
    items, ops = _pieces(answer)
    shown = [item if isinstance(item, str) else printer.latex(item) for item in items]
    out = shown[0]
    for op, item in zip(ops, shown[1:], strict=True):
        out += f" {symbol_latex(op, locale)} {item}"
    return out


def range_typed(answer: Range) -> str:
    """What a learner types: ``x<-2``, ``x>=3``, ``0<x<1``."""
    items, ops = _pieces(answer)
    shown = [item if isinstance(item, str) else printer.typed(item) for item in items]
    out = shown[0]
    for op, item in zip(ops, shown[1:], strict=True):
        out += f"{op}{item}"
    return out
