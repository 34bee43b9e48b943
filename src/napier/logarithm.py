"""Logarithms as the inverse of a^x: exact values, the laws, and the derivative.

- ``evaluate(a, x)``: log_a x for a > 0, a ≠ 1, x > 0, exactly where it is rational
  (log_2 8 = 3 since 8 = 2^3; log_4 8 = 3/2 since 8 = 2^3 = (2^2)^(3/2); log_(1/2) 4 = -2),
  otherwise in exact form log x / log a with a decimal. The test is exact: both numbers are
  written as products of powers of primitive bases (``napier.powers``) and log_a x = λ exactly
  when x's exponents are λ times a's.
- ``LAWS``: the definition, log_a 1 = 0 and log_a a = 1, the product, quotient, reciprocal
  and power laws derived from (1.1)–(1.4), change of base, then (log x)' = 1/x from (1.6)
  through x = e^y and (log_a x)' = 1/(x log a) from it. Each law cites only laws before it.

The natural logarithm is written log, as in the seed article (log_e = log).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from fractions import Fraction

import mpmath

from napier import calculus, printer
from napier.calculus import Derivative, Log, Tree
from napier.errors import UserError
from napier.parser import Binary, Call, Negate, Node, Variable
from napier.powers import Base, E, Term, Unsupported, expand, primitive
from napier.solver import (
    DIGITS,
    E_TREE,
    ONE,
    ZERO,
    base_tree,
    log_combination,
    log_ratio,
    natural_log,
    power_tree,
    value_tree,
)
from napier.steps import IFF, Formula, Line, Step, chain, relation

log = logging.getLogger(__name__)

EXAMPLE = "/log 2 8"
NEAR_ONE = mpmath.mpf(10) ** -30  # a base this close to 1 is refused (log a ≈ 0)


# --- log_a x ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogValue:
    """log_a x: ``tree`` (log_a x itself), ``exact`` when rational, ``natural`` = log x / log a,
    ``value`` its decimal, and the ``steps`` that find it."""

    base: Node
    arg: Node
    tree: Tree
    exact: Fraction | None
    natural: Tree
    value: mpmath.mpf
    steps: tuple[Step, ...]
    base_value: mpmath.mpf
    arg_value: mpmath.mpf


def _real(node: Node, key: str) -> mpmath.mpf:
    try:
        with mpmath.workdps(DIGITS):
            return calculus.real_value(node, mpmath.mpf(0))
    except calculus.Undefined:
        raise UserError(key, example=EXAMPLE) from None
    except calculus.TooLarge:
        raise UserError("log.too_large", example=EXAMPLE) from None


def _single_term(node: Node) -> Term | None:
    try:
        terms = expand(node, EXAMPLE)
    except (Unsupported, UserError):
        return None
    return terms[0] if len(terms) == 1 and terms[0].coefficient > 0 else None


def exponents(term: Term) -> dict[Base, Fraction]:
    """A positive constant term as {primitive base: exponent} (1 is the empty product)."""
    found: dict[Base, Fraction] = {}
    for base, p in term.factors:
        found[base] = found.get(base, Fraction(0)) + (p[0] if p else Fraction(0))
    if term.coefficient != 1:
        base, k = primitive(term.coefficient)
        found[base] = found.get(base, Fraction(0)) + k
    return {b: r for b, r in found.items() if r}


def _ratio(top: dict[Base, Fraction], bottom: dict[Base, Fraction]) -> Fraction | None:
    """λ with top = λ·bottom (exponent by exponent), or None."""
    if not bottom or set(top) - set(bottom):
        return None
    base = next(iter(bottom))
    ratio = top.get(base, Fraction(0)) / bottom[base]
    return ratio if all(top.get(b, Fraction(0)) == ratio * r for b, r in bottom.items()) else None


def check_base(base: Node) -> mpmath.mpf:
    """The value of a base a > 0, a ≠ 1 (else a UserError that says why)."""
    value = _real(base, "log.base_not_real")
    if value <= 0:
        raise UserError("log.base_positive", example=EXAMPLE)
    term = _single_term(base)
    if (term is not None and not exponents(term)) or abs(value - 1) < NEAR_ONE:
        raise UserError("log.base_one", example=EXAMPLE)
    return value


def evaluate(base: Node, arg: Node) -> LogValue:
    """log_base arg with its steps; a UserError unless base > 0, base ≠ 1 and arg > 0."""
    a_value = check_base(base)
    x_value = _real(arg, "log.arg_not_real")
    a_term, x_term = _single_term(base), _single_term(arg)
    if x_value <= 0:
        raise UserError("log.arg_positive", example=EXAMPLE)
    tree = base_log(base, arg)
    definition = Step(
        "definition",
        (Line((tree, P, power_tree(base, P), arg), ("=", IFF, "=")),),
        cites=("log.definition",),
    )
    ratio = None
    if a_term is not None and x_term is not None:
        a_exponents, x_exponents = exponents(a_term), exponents(x_term)
        ratio = Fraction(0) if not x_exponents else _ratio(x_exponents, a_exponents)
    if ratio is not None:
        assert a_term is not None and x_term is not None
        rewrite = _rewrite(base, arg, a_term, x_term, ratio)
        steps = (definition, *((rewrite,) if rewrite.lines else ()), _result(tree, ratio))
        with mpmath.workdps(DIGITS):
            value = mpmath.mpf(ratio.numerator) / ratio.denominator
        return LogValue(base, arg, tree, ratio, value_tree(ratio), value, steps, a_value, x_value)
    natural = _natural(base, arg, a_term, x_term)
    with mpmath.workdps(DIGITS):
        value = mpmath.log(x_value) / mpmath.log(a_value)
    steps_list = [definition]
    if a_term is not None and x_term is not None and _different_bases(a_term, x_term):
        steps_list.append(Step("not_rational", (), (("a", base), ("x", arg))))
    items = (tree, natural) if printer.text(natural) != printer.text(tree) else (tree,)
    steps_list.append(
        Step(
            "natural_decimal" if base == E_TREE else "change_of_base",
            (Line(items, ("=",) * (len(items) - 1), value),),
            cites=("log.change_of_base",),
        )
    )
    return LogValue(base, arg, tree, None, natural, value, tuple(steps_list), a_value, x_value)


P = Variable("p")


def base_log(base: Node, arg: Node) -> Tree:
    """log_a x as a tree (log x for a = e)."""
    return Call("ln", arg) if base == E_TREE else Log(base, arg)


def _different_bases(a: Term, x: Term) -> bool:
    """Both are powers of two different rational primitive bases: a^p = x has no rational p."""
    a_exponents, x_exponents = exponents(a), exponents(x)
    return (
        len(a_exponents) == 1
        and len(x_exponents) == 1
        and E not in a_exponents
        and E not in x_exponents
        and a_exponents.keys() != x_exponents.keys()
    )


def _rewrite(base: Node, arg: Node, a: Term, x: Term, ratio: Fraction) -> Step:
    """``8 = 2^3 = (2^2)^(3/2) = 4^(3/2)``: x as a power of a, through a common base (1.4)."""
    a_exponents, x_exponents = exponents(a), exponents(x)
    forms: list[Tree] = [arg]
    if len(a_exponents) == 1 and (len(x_exponents) == 1 or not x_exponents):
        ((b, m),) = a_exponents.items()
        n = x_exponents.get(b, Fraction(0))
        shown = base_tree(b)
        a_as_power = power_tree(shown, value_tree(m)) if m != 1 else shown
        forms.append(power_tree(shown, value_tree(n)))
        if m != 1:
            forms.append(power_tree(a_as_power, value_tree(ratio)))
    forms.append(power_tree(base, value_tree(ratio)))
    line = chain(*forms)
    return Step("rewrite", (line,) if len(line.items) > 1 else (), (("a", base),), cites=("1.4",))


def _result(tree: Tree, ratio: Fraction) -> Step:
    return Step("exact", (relation("=", tree, value_tree(ratio)),), cites=("log.definition",))


def _natural(base: Node, arg: Node, a: Term | None, x: Term | None) -> Tree:
    """log x / log a with natural logs, through the power law where the numbers allow."""
    if a is None or x is None:
        return log_ratio(base, arg)
    top, bottom = exponents(x), exponents(a)
    if len(bottom) == 1:
        ((b, c),) = bottom.items()
        scaled = log_combination([(r / c, base_) for base_, r in top.items()])
        if b == E:
            return scaled
        return _divide(scaled, natural_log(base_tree(b)))
    numerator = log_combination([(r, b) for b, r in top.items()])
    denominator = log_combination([(r, b) for b, r in bottom.items()])
    return _divide(numerator, denominator)


def _divide(top: Node, bottom: Node) -> Node:
    if bottom == ONE:
        return top
    if top == ZERO:
        return ZERO
    return Binary("/", top, bottom)


# --- the laws --------------------------------------------------------------------------------

A, X, Y, Q, R, B = (Variable(name) for name in "axyqrb")


def _log(base: Tree, arg: Tree) -> Tree:
    return Log(base, arg)


@dataclass(frozen=True)
class Law:
    """A law of logarithms: its statement, the steps that derive it, and what it uses."""

    key: str
    statement: Line
    steps: tuple[Step, ...]
    cites: tuple[str, ...]


def _eq(*items: Tree | Formula) -> Line:
    return Line(tuple(items), ("=",) * (len(items) - 1))


def _laws() -> tuple[Law, ...]:
    a_p, a_q = power_tree(A, P), power_tree(A, Q)
    log_x, log_y = _log(A, X), _log(A, Y)
    let = Step("let", (_eq(P, log_x), _eq(Q, log_y)))
    back = Step("as_powers", (_eq(X, a_p), _eq(Y, a_q)), cites=("log.definition",))
    dx_dy = Formula("dx/dy", r"\frac{dx}{dy}")
    dy_dx = Formula("dy/dx", r"\frac{dy}{dx}")
    log_e = Call("ln", X)
    return (
        Law(
            "definition",
            Line((log_x, P, a_p, X), ("=", IFF, "=")),
            (Step("definition_inverse"),),
            (),
        ),
        Law(
            "special",
            Line((_log(A, ONE), ZERO), ("=",)),
            (
                Step("zero", (_eq(power_tree(A, ZERO), ONE), _eq(_log(A, ONE), ZERO))),
                Step("one", (_eq(power_tree(A, ONE), A), _eq(_log(A, A), ONE))),
            ),
            ("log.definition",),
        ),
        Law(
            "product",
            _eq(_log(A, Binary("*", X, Y)), Binary("+", log_x, log_y)),
            (
                let,
                back,
                Step(
                    "law",
                    (_eq(Binary("*", X, Y), Binary("*", a_p, a_q), power_tree(A, _sum(P, Q))),),
                    (("law", "1.1"),),
                    cites=("1.1",),
                ),
                Step(
                    "read_back",
                    (_eq(_log(A, Binary("*", X, Y)), _sum(P, Q), Binary("+", log_x, log_y)),),
                    cites=("log.definition",),
                ),
            ),
            ("log.definition", "1.1"),
        ),
        Law(
            "quotient",
            _eq(_log(A, Binary("/", X, Y)), Binary("-", log_x, log_y)),
            (
                let,
                back,
                Step(
                    "law",
                    (
                        _eq(
                            Binary("/", X, Y),
                            Binary("/", a_p, a_q),
                            power_tree(A, Binary("-", P, Q)),
                        ),
                    ),
                    (("law", "1.3"),),
                    cites=("1.3",),
                ),
                Step(
                    "read_back",
                    (
                        _eq(
                            _log(A, Binary("/", X, Y)),
                            Binary("-", P, Q),
                            Binary("-", log_x, log_y),
                        ),
                    ),
                    cites=("log.definition",),
                ),
            ),
            ("log.definition", "1.3"),
        ),
        Law(
            "reciprocal",
            _eq(_log(A, Binary("/", ONE, Y)), _neg(log_y)),
            (
                Step("let_one", (_eq(Q, log_y),)),
                Step("as_powers", (_eq(Y, a_q),), cites=("log.definition",)),
                Step(
                    "law",
                    (_eq(Binary("/", ONE, Y), Binary("/", ONE, a_q), power_tree(A, _neg(Q))),),
                    (("law", "1.2"),),
                    cites=("1.2",),
                ),
                Step(
                    "read_back",
                    (_eq(_log(A, Binary("/", ONE, Y)), _neg(Q), _neg(log_y)),),
                    cites=("log.definition",),
                ),
            ),
            ("log.definition", "1.2"),
        ),
        Law(
            "power",
            _eq(_log(A, power_tree(X, R)), Binary("*", R, log_x)),
            (
                Step("let_one", (_eq(P, log_x),)),
                Step("as_powers", (_eq(X, a_p),), cites=("log.definition",)),
                Step(
                    "law",
                    (
                        _eq(
                            power_tree(X, R),
                            power_tree(a_p, R),
                            power_tree(A, Binary("*", P, R)),
                        ),
                    ),
                    (("law", "1.4"),),
                    cites=("1.4",),
                ),
                Step(
                    "read_back",
                    (
                        _eq(
                            _log(A, power_tree(X, R)),
                            Binary("*", P, R),
                            Binary("*", R, log_x),
                        ),
                    ),
                    cites=("log.definition",),
                ),
            ),
            ("log.definition", "1.4"),
        ),
        Law(
            "change_of_base",
            _eq(log_x, Binary("/", _log(B, X), _log(B, A))),
            (
                Step("let_one", (_eq(P, log_x),)),
                Step("as_powers", (_eq(a_p, X),), cites=("log.definition",)),
                Step("take_log_b", (_eq(_log(B, a_p), _log(B, X)),)),
                Step(
                    "use_power",
                    (_eq(Binary("*", P, _log(B, A)), _log(B, X)),),
                    cites=("log.power",),
                ),
                Step(
                    "divide_nonzero",
                    (_eq(P, Binary("/", _log(B, X), _log(B, A))),),
                    cites=("log.special",),
                ),
                Step(
                    "natural",
                    (_eq(log_x, Binary("/", log_e, Call("ln", A))),),
                ),
            ),
            ("log.definition", "log.power", "log.special"),
        ),
        Law(
            "derivative",
            _eq(Derivative(log_e), Binary("/", ONE, X)),
            (
                Step(
                    "inverse",
                    (Line((Y, log_e, X, power_tree(E_TREE, Y)), ("=", IFF, "=")),),
                    cites=("log.definition",),
                ),
                Step(
                    "differentiate_e",
                    (_eq(dx_dy, power_tree(E_TREE, Y)),),
                    cites=("1.6",),
                ),
                Step(
                    "inverse_rule",
                    (
                        _eq(
                            dy_dx,
                            Formula("1/(dx/dy)", r"\frac{1}{dx/dy}"),
                            Binary("/", ONE, power_tree(E_TREE, Y)),
                            Binary("/", ONE, X),
                        ),
                    ),
                    cites=("inverse",),
                ),
            ),
            ("log.definition", "1.6", "inverse"),
        ),
        Law(
            "derivative_base",
            _eq(Derivative(log_x), Binary("/", ONE, Binary("*", X, Call("ln", A)))),
            (
                Step(
                    "derivative_change",
                    (
                        _eq(
                            Derivative(log_x),
                            Derivative(Binary("/", log_e, Call("ln", A))),
                            Binary("*", Binary("/", ONE, Call("ln", A)), Derivative(log_e)),
                            Binary("/", ONE, Binary("*", X, Call("ln", A))),
                        ),
                    ),
                    cites=("log.change_of_base", "log.derivative"),
                ),
            ),
            ("log.change_of_base", "log.derivative"),
        ),
    )


def _sum(left: Tree, right: Tree) -> Tree:
    return Binary("+", left, right)


def _neg(tree: Tree) -> Tree:
    return Negate(tree)


LAWS: tuple[Law, ...] = _laws()

# What a law may cite besides earlier laws: the article's laws and the inverse function rule.
ARTICLE = ("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "inverse")


def law(key: str) -> Law:
    """The law called ``key``."""
    return next(item for item in LAWS if item.key == key)
