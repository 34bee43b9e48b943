"""The grammar of ``/check``: a learner's own claim read into a task and a claimed answer.

::

    /check 2^3*2^4 = 2^12           an equality (numbers, or expressions in x)
    /check (2^x)' = x*2^(x-1)       a derivative written with a prime
    /check diff 2^x x*2^(x-1)       a derivative: the function, then the claimed derivative
    /check diff 2^x = 2^x*log(2)    … separated by = (or a comma) when spaces make it unclear
    /check pow -2^2 4               a value: the expression, then the claimed value
    /check pow 2 3 = 8              … base and exponent apart, as /pow takes them

``diff`` may be written ``d`` or 微分, ``pow`` as ``value`` or 計算. Each expression goes
through the safe parser; nothing is evaluated here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from napier import parser
from napier.errors import UserError
from napier.notice import Notice
from napier.parser import Binary, Node

DERIVATIVE = "derivative"
VALUE = "value"
EQUAL = "equal"

DIFF_WORDS = ("diff", "d", "d/dx", "derivative", "微分")
VALUE_WORDS = ("pow", "value", "calc", "計算", "値")
MAX_CLAIM = 200
MAX_WORDS = 24
EXAMPLE = "/check 2^3*2^4 = 2^7"
DIFF_EXAMPLE = "/check diff 2^x 2^x*log(2)"
VALUE_EXAMPLE = "/check pow 2 3 8"
_PRIMES = str.maketrans({"′": "'", "’": "'", "ʹ": "'"})
_PREFIX = re.compile(
    r"^\s*(?:[yY]|f\s*'?\s*\(\s*x\s*\)\s*'?|f\s*'|\(?\s*[yY]\s*\)?\s*')?\s*[=＝]\s*"
)


@dataclass(frozen=True)
class Claim:
    """What the learner claims: ``left`` (the function, for a derivative) and the claimed text;
    ``notices``: what the parser assumed (``e^2x`` read as e^(2x))."""

    kind: str
    left: Node
    claimed: str
    notices: tuple[Notice, ...] = ()


def clean_answer(text: str) -> str:
    """The answer without ``y =``, ``f'(x) =`` or a leading ``=``, and without a final period."""
    stripped = text.strip()
    stripped = _PREFIX.sub("", stripped, count=1)
    return stripped.rstrip("。.． ").strip() or text.strip()


def _parse(
    text: str, variable: bool, example: str = EXAMPLE, notices: list[Notice] | None = None
) -> Node:
    try:
        return parser.parse(
            text, example=example, variable=variable, functions=True, notices=notices
        )
    except UserError as error:
        if error.key == "parse.no_variable":
            raise UserError("check.no_x_in_value") from None
        raise


def _tries(text: str, variable: bool) -> bool:
    try:
        _parse(text, variable)
    except UserError:
        return False
    return True


def _separate(rest: str) -> tuple[str, str] | None:
    """Split at ``=`` (or ``,`` between two expressions); None when neither appears."""
    for mark in ("=", ","):
        if mark in rest:
            left, _, right = rest.partition(mark)
            if mark == "," and "," in right:
                return None
            return left.strip(), right.strip()
    return None


def _split_by_space(rest: str, variable: bool) -> tuple[str, str]:
    """Two expressions separated by a space: the one split where both sides parse."""
    words = rest.split()
    if len(words) > MAX_WORDS:
        raise UserError("check.unreadable")
    found = []
    for i in range(1, len(words)):
        left, right = " ".join(words[:i]), " ".join(words[i:])
        if _tries(left, variable) and _tries(right, variable):
            found.append((left, right))
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError("check.unreadable")
    raise UserError("check.ambiguous", claim=rest[:60])


def read_claim(text: str) -> Claim:
    """``text`` as a Claim, or a UserError that shows the three forms."""
    text = unicodedata.normalize("NFKC", str(text)).translate(_PRIMES).strip()
    if not text:
        raise UserError("check.unreadable")
    if len(text) > MAX_CLAIM:
        raise UserError("parse.too_long", limit=MAX_CLAIM, length=len(text), example=EXAMPLE)
    head, _, rest = text.partition(" ")
    verb = head.lower()
    if verb in DIFF_WORDS:
        return _derivative(rest.strip())
    if verb in VALUE_WORDS:
        return _value(rest.strip())
    parts = _separate(text)
    if parts is None or "=" not in text or not all(parts):
        raise UserError("check.unreadable")
    left, right = parts
    if left.endswith("'"):
        return _derivative_claim(_strip_prime(left), right)
    notices: list[Notice] = []
    left_node = _parse(left, variable=True, notices=notices)
    _parse(right, variable=True, notices=notices)
    return Claim(EQUAL, left_node, right, tuple(notices))


def _strip_prime(text: str) -> str:
    inner = text[:-1].strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1]
    return inner


def _derivative(rest: str) -> Claim:
    if not rest:
        raise UserError("check.unreadable")
    parts = _separate(rest)
    if parts is None:
        parts = _split_by_space(rest, variable=True)
    if not all(parts):
        raise UserError("check.unreadable")
    left, right = parts
    if left.endswith("'"):
        left = _strip_prime(left)
    return _derivative_claim(left, right)


def _derivative_claim(left: str, right: str) -> Claim:
    notices: list[Notice] = []
    function = _parse(left, variable=True, example=DIFF_EXAMPLE, notices=notices)
    if not parser.has_variable(function):
        raise UserError("check.not_a_function")
    _parse(right, variable=True, example=DIFF_EXAMPLE, notices=notices)
    return Claim(DERIVATIVE, function, right, tuple(notices))


def _value(rest: str) -> Claim:
    if not rest:
        raise UserError("check.unreadable")
    parts = _separate(rest) if "=" in rest else None
    if parts is not None:
        left_words, claimed = parts[0].split(), parts[1]
    else:
        words = rest.split()
        if len(words) < 2:
            raise UserError("check.unreadable")
        left_words, claimed = words[:-1], words[-1]
    if not left_words or not claimed or len(left_words) > MAX_WORDS:
        raise UserError("check.unreadable")
    notices: list[Notice] = []
    if len(left_words) == 2:
        base = _parse(left_words[0], False, VALUE_EXAMPLE, notices)
        exponent = _parse(left_words[1], False, VALUE_EXAMPLE, notices)
        left: Node = Binary("^", base, exponent)
    else:
        left = _parse(" ".join(left_words), False, VALUE_EXAMPLE, notices)
    _parse(claimed, False, VALUE_EXAMPLE, notices)
    return Claim(VALUE, left, claimed, tuple(notices))
