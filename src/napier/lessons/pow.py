"""/pow base exponent — a power, computed exactly and explained step by step."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from fractions import Fraction

import mpmath
import sympy

from napier import format as values
from napier import render
from napier.commands.pow import EXAMPLE, PowRequest
from napier.errors import UserError
from napier.exact import MAX_DIGITS, TooLarge, estimated_digits, evaluate_or_too_large
from napier.format import decimal, decimal_latex, digits
from napier.i18n import t
from napier.magnitude import (
    TRAILING,
    Size,
    Tower,
    Undecided,
    digits_of,
    size_of_power,
    tower_mod,
)
from napier.parser import Binary, Call, Negate, Node, Number
from napier.printer import equation, latex, power_base, text, times, typed
from napier.reply import TEXT as TEXT_FILE
from napier.reply import Action, Attachment, Field, Reply

log = logging.getLogger(__name__)

TOWER_EXAMPLE = "/pow 9 9^9^9"
MAX_WRITTEN_OUT = 10  # exponents up to this are written as repeated multiplication
MAX_ROOT_DIGITS = 60  # a^p under a root is written out up to this many digits
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# --- the answer -----------------------------------------------------------------------------


@dataclass
class _Lesson:
    """What an answer is assembled from; ``decimals`` when the learner typed decimals."""

    locale: str
    expr: str
    decimals: bool = False
    title: str = ""
    intro: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    formula: list[render.Line] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    files: list[Attachment] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    value: sympy.Expr | None = None  # the exact result, once known

    def say(self, key: str, **params: object) -> None:
        self.intro.append(t(key, self.locale, **params))

    def law(self, law_id: str) -> str:
        if not any(a.args == (("id", law_id),) for a in self.actions):
            self.actions.append(
                Action(t("pow.action.law", self.locale, id=law_id), "law", (("id", law_id),))
            )
        return t("pow.law", self.locale, id=law_id)

    def node(self, value: sympy.Expr) -> Node:
        """An exact value as a tree (decimals as decimals when the learner typed them)."""
        value = values.sympy_value(value)
        return values.tree(value, decimals=self.decimals and value.is_Rational)

    def text(self, value: sympy.Expr) -> str:
        return text(self.node(value))

    def latex(self, value: sympy.Expr) -> str:
        return latex(self.node(value))

    def power(self, base: sympy.Expr, exponent: sympy.Expr | int) -> Node:
        """base^exponent as a tree, unevaluated (``1.1^10``, ``(1/2)^3``, ``e^(-1)``)."""
        return Binary("^", self.node(base), self.node(values.sympy_value(exponent)))

    def reply(self) -> Reply:
        alt = t("pow.alt", self.locale, formula=self.expr if not self.steps else self.steps[-1])
        # ^3 rather than ^{3}: the same LaTeX, and a fifth less work for the mathtext parser.
        formula = [
            re.sub(r"\^\{(\w)\}", r"^\1", line) if isinstance(line, str) else line
            for line in self.formula
        ]
        image = render.formula(formula, "pow.png", alt) if formula else None
        return Reply(
            title=self.title or self.expr,
            text="\n".join(self.intro),
            steps=tuple(self.steps),
            latex="\n".join(line for line in formula if isinstance(line, str)),
            fields=tuple(self.fields),
            attachments=((image,) if image else ()) + tuple(self.files),
            actions=tuple(self.actions[:4]),
        )


def _typed_decimal(node: Node) -> bool:
    """Whether the learner typed a decimal anywhere in ``node`` (``1.1``)."""
    match node:
        case Number(_, typed):
            return bool(typed)
        case Binary(_, left, right):
            return _typed_decimal(left) or _typed_decimal(right)
        case Negate(operand) | Call(_, operand):
            return _typed_decimal(operand)
    return False


def answer(request: PowRequest, locale: str) -> Reply:
    """Compute base^exponent exactly (or its size, when too large) and explain it."""
    expr = text(Binary("^", request.base, request.exponent))
    decimals = _typed_decimal(request.base) or _typed_decimal(request.exponent)
    lesson = _Lesson(locale, expr, decimals)
    lesson.fields += [
        Field(t("pow.field.base", locale), text(request.base)),
        Field(t("pow.field.exponent", locale), text(request.exponent)),
    ]
    try:
        base = evaluate_or_too_large(request.base, example=EXAMPLE)
    except TooLarge:
        raise UserError("pow.base_too_large", limit=f"{MAX_DIGITS:,}") from None
    try:
        exponent = evaluate_or_too_large(request.exponent, example=EXAMPLE)
    except TooLarge:
        tower, negative = _tower(request.exponent)
        _huge(lesson, request, base, tower, negative)
        exponent = None
    else:
        _exact(lesson, request, base, exponent)
    if request.negated:
        _negated(lesson, request, base, exponent)
    return lesson.reply()


def _negated(
    lesson: _Lesson, request: PowRequest, base: sympy.Expr, exponent: sympy.Expr | None
) -> None:
    """``-2^2`` is −(2^2) = −4: the power binds tighter than the minus sign. Say so, finish the
    answer with the minus sign, and set it beside (−2)^2."""
    locale = lesson.locale
    power = Binary("^", request.base, request.exponent)
    typed_power = Negate(power)
    other = Binary("^", lesson.node(-base), request.exponent)
    lesson.intro.insert(
        0,
        t(
            "pow.negated.intro",
            locale,
            typed=text(typed_power),
            power=text(power),
            base=lesson.text(base),
            other=text(other),
        ),
    )
    lesson.title = text(typed_power)
    value = lesson.value
    if value is not None:
        negative = -value
        shown = lesson.text(negative)
        line = equation([text(typed_power), f"-({text(power)})", shown])
        lesson.steps.append(line)
        lesson.formula.append(equation([latex(typed_power), lesson.latex(negative)]))
        for index, item in enumerate(lesson.fields):
            if item.name == t("pow.field.value", locale):
                lesson.fields[index] = Field(item.name, shown)
            elif item.name == t("pow.field.decimal", locale):
                lesson.fields[index] = Field(item.name, decimal(negative))
        if len(shown) <= 24:
            lesson.title = equation([text(typed_power), shown])
        lesson.say("pow.negated.result", line=line)
    else:
        lesson.say("pow.negated.sign", typed=text(typed_power))
    other_value = _other_value(base, exponent)
    if other_value is not None:
        lesson.say("pow.negated.other", other=text(other), value=lesson.text(other_value))
    lesson.actions.insert(
        0,
        Action(
            t("pow.action.next", locale, expr=text(other)),
            "pow",
            (("base", typed(lesson.node(-base))), ("exponent", typed(request.exponent))),
        ),
    )


def _other_value(base: sympy.Expr, exponent: sympy.Expr | None) -> sympy.Expr | None:
    """(−base)^exponent when it is a real number small enough to write."""
    if exponent is None or not exponent.is_Integer:
        return None
    if estimated_digits(base, exponent) > 60:
        return None
    return sympy.Pow(-base, exponent)


def _tower(node: Node) -> tuple[Tower, bool]:
    """An astronomically large exponent as a tower of positive integers (and its sign)."""
    negative = False
    if isinstance(node, Negate):
        node, negative = node.operand, True
    levels: list[int] = []
    while True:
        try:
            value = evaluate_or_too_large(node, example=TOWER_EXAMPLE)
        except TooLarge:
            if not (isinstance(node, Binary) and node.op == "^"):
                raise UserError("pow.huge_exponent_kind") from None
            try:
                base = evaluate_or_too_large(node.left, example=TOWER_EXAMPLE)
            except TooLarge:
                raise UserError("pow.huge_exponent_kind") from None
            if not (base.is_Integer and base > 1):
                raise UserError("pow.huge_exponent_kind") from None
            levels.append(int(base))
            node = node.right
            continue
        if not (value.is_Integer and value > 0):
            raise UserError("pow.huge_exponent_kind")
        levels.append(int(value))
        return Tower(tuple(levels)), negative


# --- exact answers --------------------------------------------------------------------------


def _exact(lesson: _Lesson, request: PowRequest, base: sympy.Expr, exponent: sympy.Expr) -> None:
    if not (base.is_extended_real and exponent.is_extended_real):
        raise UserError("math.not_real", example=EXAMPLE)
    if base.is_zero:
        _zero_base(lesson, exponent)
        return
    if exponent.is_zero:
        zero_power = lesson.power(base, 0)
        lesson.say("pow.intro.zero", expr=text(zero_power), base=_factor(lesson, base))
        lesson.formula.append(f"{latex(zero_power)} = 1")
        lesson.steps.append(f"{lesson.expr} = 1")
        lesson.law("1.3")
        _value_fields(lesson, sympy.Integer(1))
        return
    if abs(base) == 1 and exponent.is_Integer:
        _unit_base(lesson, base, int(exponent))
        return
    if estimated_digits(base, exponent) > MAX_DIGITS:
        if exponent.is_Integer:
            _huge(lesson, request, base, Tower((abs(int(exponent)),)), exponent < 0)
        else:
            _huge_size(lesson, base, exponent)
        return
    if exponent.is_Integer:
        _integer_power(lesson, base, int(exponent))
    elif exponent.is_Rational:
        _rational_power(lesson, base, exponent, _typed_fraction(request.exponent))
    else:
        _irrational_power(lesson, base, exponent)


def _zero_base(lesson: _Lesson, exponent: sympy.Expr) -> None:
    if exponent.is_zero:
        lesson.title = t("pow.title.zero_zero", lesson.locale)
        lesson.say("pow.intro.zero_zero")
        lesson.say("pow.intro.zero_zero_convention")
        lesson.formula.append(r"0^{x} = 0\ (x > 0), \qquad x^{0} = 1\ (x \neq 0)")
        lesson.fields.append(
            Field(t("pow.field.value", lesson.locale), t("pow.zero_zero.value", lesson.locale))
        )
        return
    if exponent.is_negative:
        positive = (
            lesson.power(sympy.Integer(0), -exponent) if exponent != -1 else Number(Fraction(0))
        )
        reciprocal = Binary("/", Number(Fraction(1)), positive)
        raise UserError("pow.zero_negative", expr=lesson.expr, reciprocal=text(reciprocal))
    lesson.say("pow.intro.zero_base")
    lesson.formula.append(f"{latex(lesson.power(sympy.Integer(0), exponent))} = 0")
    _value_fields(lesson, sympy.Integer(0))


def _unit_base(lesson: _Lesson, base: sympy.Expr, n: int) -> None:
    if base == 1:
        detail, value = t("pow.unit.one", lesson.locale), 1
    elif n % 2 == 0:
        detail, value = t("pow.unit.even", lesson.locale), 1
    else:
        detail, value = t("pow.unit.odd", lesson.locale), -1
    lesson.say("pow.intro.unit", base=_factor(lesson, base), detail=detail)
    lesson.formula.append(f"{latex(lesson.power(base, n))} = {value}")
    _value_fields(lesson, sympy.Integer(value))


def _factor(lesson: _Lesson, value: sympy.Expr) -> str:
    """A value as a factor in prose: ``2``, ``(-2)``, ``(1/2)``, ``1.1``."""
    return times([lesson.node(value)])[0]


def _integer_power(lesson: _Lesson, base: sympy.Expr, n: int) -> None:
    locale = lesson.locale
    positive = abs(n)
    b_text = _factor(lesson, base)
    power = lesson.power(base, positive)
    value = sympy.Pow(base, positive)
    if n < 0:
        reciprocal = Binary("/", Number(Fraction(1)), power if positive != 1 else lesson.node(base))
        lesson.say("pow.intro.negative", expr=lesson.expr, reciprocal=text(reciprocal))
    if positive == 1:
        if n > 0:
            lesson.say("pow.intro.one", base=b_text)
            lesson.steps.append(equation([text(power), lesson.text(value)]))
    elif not base.is_Rational:
        lesson.say("pow.intro.irrational_base", expr=text(power), base=b_text, n=positive)
        factors = min(positive, MAX_WRITTEN_OUT)
        product, product_latex = times([lesson.node(base)] * factors, positive > MAX_WRITTEN_OUT)
        exact_value = lesson.text(value)
        forms = [text(power), product, exact_value, f"≈ {decimal(value)}"]
        lesson.steps.append(equation(forms))
        forms_latex = [
            latex(power),
            product_latex,
            lesson.latex(value),
            rf"\approx {decimal_latex(value)}",
        ]
        lesson.formula.append(equation(forms_latex))
    elif positive <= MAX_WRITTEN_OUT:
        lesson.say("pow.intro.repeat", expr=text(power), base=b_text, n=positive)
        product, product_latex = times([lesson.node(base)] * positive)
        lesson.steps.append(equation([text(power), product, lesson.text(value)]))
        lesson.formula.append(equation([latex(power), product_latex, lesson.latex(value)]))
    else:
        _squaring(lesson, base, positive)
    if n < 0:
        result = 1 / value
        line = equation([lesson.expr, text(reciprocal), lesson.text(result)])
        lesson.steps.append(t("pow.step.reciprocal", locale, line=line, law=lesson.law("1.2")))
        lesson.formula.append(
            equation([latex(lesson.power(base, n)), latex(reciprocal), lesson.latex(result)])
        )
        value = result
    elif not lesson.formula:
        lesson.formula.append(equation([latex(power), lesson.latex(value)]))
    if positive < 30 and base.is_Integer and n > 0:
        following = lesson.power(base, n + 1)
        lesson.actions.append(
            Action(
                t("pow.action.next", locale, expr=text(following)),
                "pow",
                (("base", lesson.text(base)), ("exponent", str(n + 1))),
            )
        )
    _value_fields(lesson, value)


def _squaring(lesson: _Lesson, base: sympy.Expr, n: int) -> None:
    """Exponentiation by squaring, each step naming the law it uses."""
    locale = lesson.locale
    b = lesson.node(base)
    bits = [1 << k for k in range(n.bit_length()) if n >> k & 1]
    lesson.say(
        "pow.intro.squaring",
        n=n,
        sum=" + ".join(str(b) for b in reversed(bits)),
        count=(n.bit_length() - 1) + (len(bits) - 1),
    )

    def power(k: int) -> Node:
        return Binary("^", b, Number(Fraction(k)))

    def square(inner: Node) -> Node:
        return Binary("^", inner, Number(Fraction(2)))

    powers = {1: base}
    k = 1
    while 2 * k <= n:
        previous = powers[k]
        powers[2 * k] = previous * previous
        if k == 1:
            line = equation([text(power(2)), times([b, b])[0], lesson.text(powers[2])])
            lesson.steps.append(line)
        else:
            line = equation(
                [
                    text(power(2 * k)),
                    text(square(power(k))),
                    text(square(lesson.node(previous))),
                    lesson.text(powers[2 * k]),
                ]
            )
            lesson.steps.append(t("pow.step.square", locale, line=line, law=lesson.law("1.4")))
        k *= 2
    value = sympy.Integer(1)
    for bit in bits:
        value *= powers[bit]
    terms, terms_latex = times([power(bit) for bit in reversed(bits)])
    factors = times([lesson.node(powers[bit]) for bit in reversed(bits)])[0]
    if len(bits) > 1:
        line = equation([text(power(n)), terms, factors, lesson.text(value)])
        lesson.steps.append(t("pow.step.combine", locale, line=line, law=lesson.law("1.1")))
        lesson.formula.append(equation([latex(power(n)), terms_latex, lesson.latex(value)]))
    else:
        lesson.formula.append(equation([latex(power(n)), lesson.latex(value)]))


def _root(q: int, inner: Node) -> tuple[str, str]:
    """The q-th root of ``inner`` as (text, LaTeX): ``√64``, ``³√64``, ``⁵√32``, ``√(1/4)``."""
    square_root = text(Call("sqrt", inner))  # √ with parentheses where the printer needs them
    index = "√" if q == 2 else str(q).translate(_SUPERSCRIPT) + "√"
    root_latex = rf"\sqrt{{{latex(inner)}}}" if q == 2 else rf"\sqrt[{q}]{{{latex(inner)}}}"
    return index + square_root.removeprefix("√"), root_latex


def _rational_power(
    lesson: _Lesson, base: sympy.Expr, exponent: sympy.Expr, typed_exponent: tuple[int, int] | None
) -> None:
    locale = lesson.locale
    p, q = int(exponent.p), int(exponent.q)
    if base.is_negative:
        _negative_root(lesson, base, p, q, typed_exponent)
        return
    b = lesson.node(base)
    value = sympy.Pow(base, sympy.Rational(abs(p), q))
    positive = lesson.power(base, sympy.Rational(abs(p), q))
    chain, chain_latex = [text(positive)], [latex(positive)]
    if estimated_digits(base, sympy.Integer(abs(p))) <= MAX_ROOT_DIGITS:
        root_text, root_latex = _root(q, lesson.node(sympy.Pow(base, abs(p))))
    else:  # a^p itself would be too long to read: the root is named, not written out
        root_text = root_latex = ""
    if abs(p) != 1:
        grouped = Binary("^", Binary("^", b, Number(Fraction(abs(p)))), Number(Fraction(1, q)))
        chain.append(text(grouped))
        chain_latex.append(latex(grouped))
        lesson.say(
            "pow.intro.root",
            expr=text(positive),
            grouped=text(grouped),
            powered=text(Binary("^", b, Number(Fraction(abs(p))))),
            root=_root_name(q, locale),
        )
    else:
        lesson.say(
            "pow.intro.unit_root",
            expr=text(positive),
            base=text(b),
            q=q,
            root=_root_name(q, locale),
        )
    chain += [form for form in (root_text, lesson.text(value)) if form]
    chain_latex += [form for form in (root_latex, lesson.latex(value)) if form]
    line = equation(chain)
    lesson.steps.append(
        t("pow.step.root", locale, line=line, law=lesson.law("1.4")) if abs(p) != 1 else line
    )
    lesson.formula.append(equation(chain_latex))
    if p < 0:
        result = 1 / value
        reciprocal = Binary("/", Number(Fraction(1)), positive)
        line = equation([lesson.expr, text(reciprocal), lesson.text(result)])
        lesson.steps.append(t("pow.step.reciprocal", locale, line=line, law=lesson.law("1.2")))
        lesson.formula.append(
            equation([latex(lesson.power(base, exponent)), latex(reciprocal), lesson.latex(result)])
        )
        value = result
    _value_fields(lesson, value)


def _typed_fraction(node: Node) -> tuple[int, int] | None:
    """``(m, n)`` when the exponent was typed as a fraction of whole numbers, such as ``2/6``."""
    sign = 1
    if isinstance(node, Negate):
        node, sign = node.operand, -1
    match node:
        case Binary("/", Number(top), Number(bottom)) if (
            top.denominator == bottom.denominator == 1 and bottom
        ):
            return sign * int(top), int(bottom)
    return None


@dataclass(frozen=True)
class _Route:
    """a^(m/n) computed one way with law 1.4: the power first, (a^m)^(1/n), or the root first,
    (ⁿ√a)^m. ``value`` is None when a step leaves the real numbers."""

    m: int
    n: int
    power_first: bool
    value: sympy.Expr | None


def _route(base: sympy.Expr, m: int, n: int, power_first: bool) -> _Route:
    size = sympy.Pow(-base, sympy.Rational(abs(m), n))
    if power_first:
        negative_inside = m % 2 == 1
        if negative_inside and n % 2 == 0:
            return _Route(m, n, power_first, None)
        value = -size if negative_inside else size
    else:
        if n % 2 == 0:
            return _Route(m, n, power_first, None)
        value = -size if m % 2 else size
    return _Route(m, n, power_first, 1 / value if m < 0 else value)


def _fraction_exponent(m: int, n: int) -> Node:
    """m/n as typed, unreduced (2/6 stays 2/6), for the two routes."""
    top = Number(Fraction(abs(m)))
    shown = Binary("/", top, Number(Fraction(n)))
    return Negate(shown) if m < 0 else shown


def _route_text(route: _Route, base: sympy.Expr, lesson: _Lesson) -> str:
    """``(-8)^(2/6) = ((-8)^2)^(1/6) = ⁶√64 = 2`` (or where it stops being real)."""
    b = lesson.node(base)
    m, n = route.m, route.n
    start = text(Binary("^", b, _fraction_exponent(m, n)))
    not_real = t("pow.negative_base.not_real", lesson.locale)
    if route.power_first:
        grouped = Binary("^", Binary("^", b, Number(Fraction(m))), _fraction_exponent(1, n))
        steps = [start] if abs(m) == 1 else [start, text(grouped)]
        root = _root(n, lesson.node(sympy.Pow(base, m)))[0]
        if route.value is None:
            return equation([*steps, root]) + f": {root} {not_real}"
        return equation([*steps, root, lesson.text(route.value)])
    root = _root(n, b)[0]
    if route.value is None:
        return f"{start} = ({root})^{m}: {root} {not_real}"
    real_root = power_base(lesson.node(-sympy.Pow(-base, sympy.Rational(1, n))))[0]
    return equation([start, f"({root})^{m}", f"{real_root}^{m}", lesson.text(route.value)])


def _route_value(route: _Route, lesson: _Lesson) -> str:
    if route.value is None:
        return t("pow.negative_base.no_value", lesson.locale)
    return lesson.text(route.value)


def _negative_root(
    lesson: _Lesson, base: sympy.Expr, p: int, q: int, typed: tuple[int, int] | None
) -> None:
    """A negative base with a fractional exponent: why high-school mathematics leaves a^(m/n)
    undefined for a < 0 (one exponent, two routes through law 1.4, two answers), then the real
    root and the principal value used beyond it."""
    locale = lesson.locale
    lesson.title = t("pow.title.negative_base", locale, expr=lesson.expr)
    lesson.say("pow.negative_base.intro", base=lesson.text(base))
    if typed is not None and (typed[0], typed[1]) != (p, q):
        lesson.say("pow.negative_base.reduce", typed=f"{typed[0]}/{typed[1]}", reduced=f"{p}/{q}")
    first = _route(base, p, q, power_first=abs(p) == 1)
    candidates = []
    if typed is not None and (typed[0], typed[1]) != (p, q):
        candidates += [_route(base, *typed, True), _route(base, *typed, False)]
    candidates += [_route(base, 2 * p, 2 * q, True), _route(base, 2 * p, 2 * q, False)]
    second = next(c for c in candidates if c.value != first.value)
    law = lesson.law("1.4")
    lesson.intro.append(f"- `{_route_text(first, base, lesson)}`")
    lesson.intro.append(
        "- " + t("pow.step.root", locale, line=f"`{_route_text(second, base, lesson)}`", law=law)
    )
    lesson.say(
        "pow.negative_base.disagree",
        first=f"{first.m}/{first.n}",
        second=f"{second.m}/{second.n}",
        one=_route_value(first, lesson),
        other=_route_value(second, lesson),
    )
    for route in (first, second):
        lesson.formula.append(_route_latex(route, base, lesson))
    # Beyond high school: the real root (odd q) and the principal value.
    size = -base
    principal = _complex_text(size, sympy.Rational(p, q))
    if q % 2:
        magnitude = sympy.Pow(size, sympy.Rational(p, q))
        real = magnitude if p % 2 == 0 else -magnitude
        lesson.say(
            "pow.negative_base.beyond_odd",
            q=q,
            base=lesson.text(base),
            root=_root_name(q, locale),
            real=lesson.text(real)
            if real.is_Rational
            else f"{lesson.text(real)} ≈ {decimal(real)}",
            abs=lesson.text(size),
            principal=principal,
        )
        lesson.fields.append(Field(t("pow.field.real_root", locale), lesson.text(real)))
    else:
        lesson.say("pow.negative_base.beyond_even", abs=lesson.text(size), principal=principal)
    lesson.fields.append(Field(t("pow.field.principal", locale), principal))


def _route_latex(route: _Route, base: sympy.Expr, lesson: _Lesson) -> str:
    m, n = route.m, route.n
    index = "" if n == 2 else f"[{n}]"
    b = lesson.node(base)
    b_latex = power_base(b)[1]
    start = latex(Binary("^", b, _fraction_exponent(m, n)))
    if route.power_first:
        inner = latex(Binary("^", b, Number(Fraction(m)))) if abs(m) != 1 else b_latex
        line = rf"{start} = \sqrt{index}{{{inner}}}"
        if abs(m) != 1:
            line += rf" = \sqrt{index}{{{lesson.latex(sympy.Pow(base, m))}}}"
    else:
        line = rf"{start} = \left(\sqrt{index}{{{b_latex}}}\right)^{{{m}}}"
    if route.value is None:
        return line + r" \notin \mathbb{R}"
    return line + f" = {lesson.latex(route.value)}"


def _root_name(q: int, locale: str) -> str:
    """'square root', 'cube root', '5th root' (平方根, 立方根, 5 乗根)."""
    if q in (2, 3):
        return t(f"pow.root.{q}", locale)
    return t("pow.root.n", locale, q=q, suffix=_ordinal_suffix(q))


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _complex_parts(size: sympy.Expr, exponent: sympy.Expr) -> tuple[str, str]:
    with mpmath.workdps(30):
        magnitude = mpmath.mpmathify(sympy.N(size, 30)) ** mpmath.mpmathify(sympy.N(exponent, 30))
        angle = mpmath.pi * mpmath.mpmathify(sympy.N(exponent, 30))
        real, imag = magnitude * mpmath.cos(angle), magnitude * mpmath.sin(angle)
        tiny = magnitude * mpmath.mpf(10) ** -25
        real = real if abs(real) > tiny else mpmath.mpf(0)
        imag = imag if abs(imag) > tiny else mpmath.mpf(0)
        return decimal(real), decimal(imag)


def _complex_text(size: sympy.Expr, exponent: sympy.Expr) -> str:
    real, imag = _complex_parts(size, exponent)
    sign = "-" if imag.startswith("-") else "+"
    return f"{real} {sign} {imag.lstrip('-')}i"


def _complex_latex(size: sympy.Expr, exponent: sympy.Expr) -> str:
    real, imag = _complex_parts(size, exponent)
    sign = "-" if imag.startswith("-") else "+"
    return f"{_as_latex(real)} {sign} {_as_latex(imag.lstrip('-'))}\\,i"


def _as_latex(decimal_text: str) -> str:
    """A decimal from ``format.decimal`` as LaTeX (``× 10^k`` → ``\\times 10^{k}``)."""
    if " × 10^" in decimal_text:
        mantissa, power = decimal_text.split(" × 10^")
        return rf"{mantissa} \times 10^{{{power}}}"
    return decimal_text


def _irrational_power(lesson: _Lesson, base: sympy.Expr, exponent: sympy.Expr) -> None:
    locale = lesson.locale
    power = lesson.power(base, exponent)
    if base.is_negative:
        principal = _complex_text(-base, exponent)
        lesson.say("pow.intro.negative_irrational", principal=principal, abs=lesson.text(-base))
        lesson.fields.append(Field(t("pow.field.principal", locale), principal))
        lesson.formula.append(rf"{latex(power)} \approx " + _complex_latex(-base, exponent))
        return
    value = sympy.Pow(base, exponent)
    product = Binary("*", values.tree(exponent), Call("ln", lesson.node(base)))
    as_e = Binary("^", values.tree(sympy.E), product)
    lesson.say("pow.intro.irrational", expr=text(power), as_e=text(as_e))
    forms = [
        latex(power),
        latex(as_e) if base != sympy.E else "",
        rf"\approx {decimal_latex(value)}",
    ]
    lesson.formula.append(equation([form for form in forms if form]))
    _value_fields(lesson, value)


def _value_fields(lesson: _Lesson, value: sympy.Expr) -> None:
    """The result as text, fields, and a file of all digits when it is long."""
    locale = lesson.locale
    lesson.value = value
    exact = lesson.text(value)
    lesson.fields.append(Field(t("pow.field.value", locale), exact))
    if value.is_Integer:
        count = digits_of(abs(int(value))) if value else 1
        lesson.title = equation([lesson.expr, exact]) if count <= 20 else lesson.expr
        if count > 20:
            lesson.fields.append(Field(t("pow.field.digits", locale), f"{count:,}"))
        if count > 60:
            lesson.say("pow.result.long", digits=f"{count:,}")
            shown = ("-" if value < 0 else "") + digits(int(value))
            lesson.files.append(
                Attachment(
                    "pow-digits.txt",
                    (shown + "\n").encode(),
                    t("pow.file.alt", locale, expr=lesson.expr, digits=f"{count:,}"),
                    TEXT_FILE,
                )
            )
        return
    if lesson.decimals and values.is_decimal(value):
        # typed as decimals, answered as a decimal: exact, with the fraction beside it
        lesson.say("pow.result.exact", value=exact)
        fraction = text(values.tree(value))
        lesson.say("pow.result.fraction", value=fraction)
        lesson.fields.append(Field(t("pow.field.fraction", locale), fraction))
        lesson.title = equation([lesson.expr, exact]) if len(exact) <= 24 else lesson.expr
        return
    lesson.say("pow.result.exact", value=exact)
    approx = decimal(value)
    lesson.say("pow.result.decimal", value=approx)
    lesson.fields.append(Field(t("pow.field.decimal", locale), approx))
    short = len(exact) <= 24 and exact != lesson.expr
    lesson.title = equation([lesson.expr, exact]) if short else f"{lesson.expr} ≈ {approx}"


# --- astronomically large answers -------------------------------------------------------------

COUNT_SHOWN = 120  # a digit count longer than this is described by its own size, and attached
MAX_LATEX_LEVELS = 6  # exponent levels drawn in full; taller towers are drawn with dots
MAX_SCIENTIFIC_DIGITS = 30  # m × 10^k in the formula image while k has at most this many digits


def _huge(
    lesson: _Lesson,
    request: PowRequest,
    base: sympy.Expr,
    tower: Tower,
    negative: bool,
) -> None:
    """base^(±tower) when the result is far beyond what can be written out."""
    locale = lesson.locale
    if base.is_zero:
        if negative:
            raise UserError("pow.zero_negative", expr=lesson.expr, reciprocal="1/(0^…)")
        _zero_base(lesson, sympy.Integer(1))
        return
    if abs(base) == 1:
        _unit_base(lesson, base, 0 if tower.is_even else 1)
        return
    if not base.is_extended_real:
        raise UserError("math.not_real", example=EXAMPLE)
    if negative:
        positive = text(Binary("^", lesson.node(base), _positive(request.exponent)))
        lesson.say("pow.huge.reciprocal", expr=lesson.expr, positive=positive)
        lesson.law("1.2")
        base = 1 / base
    size = _size(base, tower)
    _describe_size(lesson, base, size)
    if base.is_negative:
        parity = "pow.parity.even" if tower.is_even else "pow.parity.odd"
        lesson.say("pow.huge.sign", parity=t(parity, locale), sign="+" if tower.is_even else "−")
    if base.is_Integer and abs(base) > 1:  # an integer: its last digits are defined
        last = tower_mod((abs(int(base)), *tower.levels), 10**TRAILING)
        trailing = str(last).zfill(TRAILING)
        lesson.say("pow.huge.trailing", trailing=trailing)
        lesson.fields.append(Field(t("pow.field.trailing", locale), f"…{trailing}"))
    e_latex = _tower_latex(request.exponent)
    b_latex = _base_latex(request.base)
    if _scientific_fits(size):
        mantissa, power10 = _scientific(size)
        sign = "-" if base.is_negative and not tower.is_even else ""
        lesson.formula.append(
            rf"{b_latex}^{{{e_latex}}} \approx {sign}{mantissa} \times 10^{{{power10}}}"
        )
    else:
        lesson.formula.append(rf"{b_latex}^{{{e_latex}}}")
        lesson.formula += _size_lines(size, locale)


def _base_latex(node: Node) -> str:
    """The base of a power as LaTeX: a tower in parentheses, as a number is not."""
    if isinstance(node, Binary) and node.op == "^":
        return rf"\left({_tower_latex(node)}\right)"
    return power_base(node)[1]


def _size_lines(size: Size, locale: str) -> list[render.Line]:
    """What the formula image says about a size too large for m × 10^k: the digit count
    (≈ m × 10^k when it is itself that large), or how many digits its digit count has."""
    if size.tiny:
        return []
    if size.level == 1:
        count = f"{size.count:,}".replace(",", "{,}")
        return [(t("pow.image.digits", locale), f"= {count}")] if size.count < 10**60 else []
    if size.level == 2:
        lead = size.leading
        power10 = f"{size.count - 1:,}".replace(",", "{,}")
        shown = rf"\approx {lead[0]}.{lead[1:6]}\ldots \times 10^{{{power10}}}"
        return [(t("pow.image.digits", locale), shown)]
    return [(t("pow.image.size", locale, level=size.level - 1, count=f"{size.count:,}"), "")]


def _tower_latex(node: Node) -> str:
    """A base or exponent as LaTeX; a tall tower keeps its first levels and its top, with dots
    between (mathtext cannot nest thirty exponents)."""
    negative = isinstance(node, Negate)
    levels, top = [], _positive(node)
    while isinstance(top, Binary) and top.op == "^":
        levels.append(top.left)
        top = top.right
    if len(levels) < MAX_LATEX_LEVELS:
        return latex(node)
    shown = rf"\cdot^{{\cdot^{{\cdot^{{{latex(top)}}}}}}}"
    for level in reversed(levels[:3]):
        shown = f"{power_base(level)[1]}^{{{shown}}}"
    return ("-" if negative else "") + shown


def _size(base: sympy.Expr, exponent: sympy.Expr | Tower) -> Size:
    try:
        return size_of_power(base, exponent)
    except Undecided:
        log.warning("size of %s^%s left undecided", base, exponent)
        raise UserError("pow.undecided", example="/pow 2 2^64") from None


def _positive(node: Node) -> Node:
    return node.operand if isinstance(node, Negate) else node


def _scientific_fits(size: Size) -> bool:
    """Whether m × 10^k fits one line of the formula image (k of at most 30 digits)."""
    return size.level == 1 and digits_of(abs(size.floor) or 1) <= MAX_SCIENTIFIC_DIGITS


def _scientific(size: Size) -> tuple[str, str]:
    """The mantissa and the power of ten (LaTeX thousands separators) of a level-1 size."""
    lead = size.leading
    return f"{lead[0]}.{lead[1:]}", f"{size.floor:,}".replace(",", "{,}")


def _describe_size(lesson: _Lesson, base: sympy.Expr, size: Size) -> None:
    locale = lesson.locale
    lesson.title = lesson.expr
    if size.level == 1 and not size.tiny:
        lesson.say("pow.huge.intro", expr=lesson.expr, base=_factor(lesson, abs(base)))
        count = size.count
        if digits_of(count) <= COUNT_SHOWN:
            lesson.say("pow.huge.digits", expr=lesson.expr, digits=f"{count:,}")
            lesson.fields.append(Field(t("pow.field.digits", locale), f"{count:,}"))
        else:
            _long_count(lesson, size, "pow.huge.long_count")
        lesson.say("pow.huge.leading", leading=size.leading)
        lesson.fields.append(Field(t("pow.field.leading", locale), f"{size.leading}…"))
    elif size.level == 1:
        if digits_of(size.zeros) <= COUNT_SHOWN:
            mantissa, _ = _scientific(size)
            lesson.say(
                "pow.huge.tiny",
                expr=lesson.expr,
                zeros=f"{size.zeros:,}",
                leading=size.leading,
                value=f"{mantissa} × 10^{size.floor}",
            )
        else:
            _long_count(lesson, size, "pow.huge.long_zeros")
            lesson.say("pow.huge.tiny_leading", leading=size.leading)
    else:
        _describe_level(lesson, size)


def _describe_level(lesson: _Lesson, size: Size) -> None:
    """A size at level ≥ 2: the count of the level below has ``size.count`` digits."""
    params = {
        "expr": lesson.expr,
        "count": f"{size.count:,}",
        "leading": size.leading,
        "times": size.level - 1,
    }
    kind = "tiny_level" if size.tiny else "level"
    key = f"pow.huge.{kind}{size.level}" if size.level <= 3 else f"pow.huge.{kind}_n"
    lesson.say(key, **params)
    if not size.tiny and size.level == 2:
        lesson.fields.append(Field(t("pow.field.digits", lesson.locale), f"10^{size.count - 1:,}+"))


def _long_count(lesson: _Lesson, size: Size, key: str) -> None:
    """A level-1 count too long to print: its own size, and all its digits in a file."""
    count = size.zeros if size.tiny else size.count
    lifted = size.lifted()
    lesson.say(key, expr=lesson.expr, count=f"{lifted.count:,}", leading=lifted.leading)
    if not size.tiny:
        shown = t("pow.field.long_count", lesson.locale, leading=lifted.leading, count=lifted.count)
        lesson.fields.append(Field(t("pow.field.digits", lesson.locale), shown))
    lesson.files.append(
        Attachment(
            "pow-digit-count.txt",
            (digits(count) + "\n").encode(),
            t("pow.file.count_alt", lesson.locale, expr=lesson.expr, digits=f"{lifted.count:,}"),
            TEXT_FILE,
        )
    )


def _huge_size(lesson: _Lesson, base: sympy.Expr, exponent: sympy.Expr) -> None:
    """A non-integer exponent with a result too large to write: only its size."""
    if base.is_negative:
        raise UserError("math.not_real", example=EXAMPLE)
    size = _size(base, exponent)
    _describe_size(lesson, base, size)
    power = latex(lesson.power(base, exponent))
    if _scientific_fits(size):
        mantissa, power10 = _scientific(size)
        lesson.formula.append(rf"{power} \approx {mantissa} \times 10^{{{power10}}}")
    else:
        lesson.formula.append(power)
