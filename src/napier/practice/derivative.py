"""Differentiation with one known mistake built in, for the answers those mistakes produce.

The right derivative comes from the lesson engine (``napier.calculus.differentiate``); this
module differentiates the same tree with the standard rules but lets one rule go wrong the way
learners get it wrong (the power rule used on a^x, a forgotten log a, a dropped chain factor …)
and remembers the first place where it went wrong, for the feedback.
"""

from __future__ import annotations

from dataclasses import dataclass

from napier.parser import Binary, Call, Constant, Negate, Node, Number, Variable
from napier.practice.trees import E, clean, div, has_x, ln, mul, num, pw

POWER_RULE = "power_rule_on_exponential"
FORGOT_LOG = "forgot_log"
LOG10 = "log10"
INTEGRATED = "integrated"
DROPPED_CHAIN = "dropped_chain"
INNER = "inner_instead_of_derivative"
PRODUCT = "product_of_derivatives"
BUGS = (POWER_RULE, FORGOT_LOG, LOG10, INTEGRATED, DROPPED_CHAIN, INNER, PRODUCT)
MAX_DEPTH = 60


@dataclass(frozen=True)
class Slip:
    """Where a mistaken rule first fired: the part, its wrong and its right derivative, the law."""

    site: Node
    wrong: Node
    right: Node
    law: str


class _Differentiator:
    def __init__(self, bug: str | None) -> None:
        self.bug = bug
        self.slip: Slip | None = None

    def note(self, site: Node, wrong: Node, right: Node, law: str) -> Node:
        if self.slip is None:
            self.slip = Slip(site, clean(wrong), clean(right), law)
        return wrong

    def d(self, u: Node, depth: int = 0) -> Node:
        if depth > MAX_DEPTH:
            raise RecursionError("expression too deep")
        if not has_x(u):
            return num(0)
        match u:
            case Variable():
                return num(1)
            case Negate(v):
                return Negate(self.d(v, depth + 1))
            case Binary("+" | "-" as op, left, right):
                return Binary(op, self.d(left, depth + 1), self.d(right, depth + 1))
            case Binary("*", left, right):
                if not has_x(left):
                    return mul(left, self.d(right, depth + 1))
                if not has_x(right):
                    return mul(self.d(left, depth + 1), right)
                dl, dr = self.d(left, depth + 1), self.d(right, depth + 1)
                correct = Binary("+", mul(dl, right), mul(left, dr))
                if self.bug == PRODUCT:
                    return self.note(u, mul(dl, dr), correct, "")
                return correct
            case Binary("/", top, bottom):
                if not has_x(bottom):
                    return div(self.d(top, depth + 1), bottom)
                dt, db = self.d(top, depth + 1), self.d(bottom, depth + 1)
                numerator = Binary("-", mul(dt, bottom), mul(top, db))
                return div(numerator, pw(bottom, 2))
            case Binary("^", base, exponent):
                if not has_x(exponent):
                    return mul(
                        exponent, pw(base, Binary("-", exponent, num(1))), self.d(base, depth + 1)
                    )
                if not has_x(base):
                    return self.exponential(u, base, exponent, depth)
                inner = mul(exponent, ln(base))
                return mul(u, self.d(inner, depth + 1))
            case Call("exp", v):
                return self.exponential(u, E, v, depth)
            case Call("ln", v):
                return div(self.d(v, depth + 1), v)
            case Call("sqrt", v):
                return div(self.d(v, depth + 1), mul(num(2), u))
        raise AssertionError(f"no rule for {u!r}")

    def exponential(self, u: Node, a: Node, v: Node, depth: int) -> Node:
        """(a^v)' = a^v·log a·v', or what the chosen mistake makes of it."""
        is_e = a == E
        law = "1.6" if is_e else "1.5"
        dv = self.d(v, depth + 1)
        chain = not isinstance(v, Variable)
        log_a: tuple[Node, ...] = () if is_e else (ln(a),)
        right = mul(u, *log_a, *((dv,) if chain else ()))
        bug = self.bug
        if bug == POWER_RULE:
            wrong = mul(v, pw(a, Binary("-", v, num(1))), *((dv,) if chain else ()))
        elif bug == FORGOT_LOG and not is_e:
            wrong = mul(u, dv) if chain else u
        elif bug == LOG10 and not is_e:
            wrong = mul(u, div(ln(a), ln(num(10))), *((dv,) if chain else ()))
        elif bug == INTEGRATED and not has_x(dv):
            bottom = mul(*log_a, dv) if log_a else dv
            wrong = div(u, bottom) if chain or log_a else u
        elif bug == DROPPED_CHAIN and chain:
            wrong = mul(u, *log_a) if log_a else u
        elif bug == INNER and chain:
            wrong = mul(u, *log_a, v)
        else:
            return right
        return self.note(u, wrong, right, law)


def derive(function: Node, bug: str | None = None) -> tuple[Node, Slip | None]:
    """(function)' with the rules, one of them replaced by ``bug``; and where it slipped."""
    worker = _Differentiator(bug)
    result = worker.d(function)
    return result, worker.slip


__all__ = ["BUGS", "Constant", "Number", "Slip", "derive"]
