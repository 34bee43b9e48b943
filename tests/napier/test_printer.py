"""The one notation: text, LaTeX and typed forms of trees and values, read back by oracles."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction

import pytest
import sympy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reading import X, read
from sympy_oracle import of_tree as oracle

from napier import format as values
from napier import render
from napier.parser import Binary, Call, Constant, Derivative, Negate, Node, Number, Variable
from napier.parser import parse as parse_input
from napier.printer import equation, latex, line, text, times, typed

N = lambda value: Number(Fraction(value))  # noqa: E731


def same(a: sympy.Expr, b: sympy.Expr) -> bool:
    """Equal at a few points of x (where both are finite)."""
    for point in (sympy.Rational(37, 100), sympy.Rational(13, 10), 2):
        u = complex(sympy.N(a.subs(X, point), 30))
        v = complex(sympy.N(b.subs(X, point), 30))
        if abs(u) < 1e100 and abs(v) < 1e100 and abs(u - v) > 1e-12 * max(1, abs(u)):
            return False
    return True


@pytest.mark.parametrize(
    ("tree", "shown"),
    [
        (Binary("^", N(Fraction(1, 2)), Variable()), "(1/2)^x"),
        (Call("ln", N(Fraction(1, 2))), "log(1/2)"),
        (Binary("^", Call("ln", N(2)), N(2)), "(log 2)^2"),
        (Binary("/", N(1), Binary("^", N(0), N(Fraction(1, 2)))), "1/(0^(1/2))"),
        (Binary("*", Binary("+", Variable(), N(1)), Call("exp", Variable())), "(x + 1)e^x"),
        (Binary("+", Binary("*", Call("ln", N(2)), Variable()), N(1)), "(log 2)x + 1"),
        (Binary("*", Binary("^", N(2), Variable()), Call("ln", N(2))), "2^x log 2"),
        (Binary("^", N(2), Negate(N(3))), "2^(-3)"),
        (Negate(Binary("+", Variable(), N(1))), "-(x + 1)"),
        (Binary("^", Number(Fraction(11, 10), "1.1"), N(10)), "1.1^10"),
        (Binary("^", N(2), Binary("^", N(3), N(2))), "2^3^2"),
        (Binary("^", Constant("e"), Binary("^", Variable(), N(2))), "e^(x^2)"),
        (Binary("/", Binary("*", N(3), Call("ln", N(2))), N(2)), "(3 log 2)/2"),
        (Binary("^", Negate(N(2)), Variable()), "(-2)^x"),
        (Call("sqrt", N(2)), "√2"),
        (Binary("*", N(3), Binary("/", N(1), N(2))), "3·(1/2)"),
        (Binary("^", N(2), Binary("+", N(3), Negate(N(2)))), "2^(3 + (-2))"),
    ],
)
def test_issue_examples_print_with_the_parentheses_precedence_needs(tree: Node, shown: str) -> None:
    """(1/2)^x, log(1/2), (log 2)^2, 1/(0^(1/2)), (x + 1)e^x, (log 2)x + 1 … and each reads
    back (through sympy's own parser) to the tree's value."""
    assert text(tree) == shown
    assert same(read(shown), oracle(tree))


def _trees() -> st.SearchStrategy[Node]:
    leaves = st.one_of(
        st.just(Variable()),
        st.integers(0, 12).map(N),
        st.fractions(Fraction(-5), Fraction(5), max_denominator=7).map(Number),
        st.sampled_from([Constant("e"), Constant("pi")]),
    )

    small = st.one_of(
        st.just(Variable()),
        st.integers(-3, 3).map(N),
        st.sampled_from([N(Fraction(1, 2)), N(Fraction(-2, 3))]),
    )
    exponents = st.recursive(
        small, lambda c: st.builds(Binary, st.sampled_from("+-*"), c, c), max_leaves=3
    )

    def extend(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
        return st.one_of(
            st.builds(Binary, st.sampled_from("+-*/"), children, children),
            st.builds(Binary, st.just("^"), children, exponents),
            st.builds(Call, st.sampled_from(["exp", "ln", "sqrt"]), children),
            st.builds(Negate, children),
        )

    return st.recursive(leaves, extend, max_leaves=7)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_trees())
def test_text_reads_back_to_the_same_value(tree: Node) -> None:
    """For random trees, the textbook text means what the tree means (read by sympy)."""
    assert same(read(text(tree)), oracle(tree)), text(tree)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_trees())
def test_typed_form_parses_back_to_the_same_tree_value(tree: Node) -> None:
    """The typed form goes through the bot's own parser to a tree of the same value."""
    shown = typed(tree)
    assert " " not in shown  # one word on a command line
    reparsed = parse_input(shown, variable=True, functions=True)
    assert same(oracle(reparsed), oracle(tree)), shown


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_trees())
def test_latex_renders_through_mathtext(tree: Node) -> None:
    """Every tree's LaTeX is accepted by the formula renderer."""
    assert render.formula_png([latex(tree)]).startswith(b"\x89PNG")


def test_no_e_notation_in_any_printed_number() -> None:
    """Huge and tiny numbers print as digits or m × 10^k, never 1e+30 (e is Napier's number)."""
    for value in (2**200, Fraction(1, 10**40), Fraction(12345678901234567890123, 7)):
        shown = text(Number(Fraction(value)))
        assert "e+" not in shown and "e-" not in shown
    for value in (sympy.Integer(2) ** 100 * sympy.log(2), sympy.Float("1e-30"), 1e300):
        assert "e" not in values.decimal(value)
    assert values.decimal(sympy.Integer(2) ** 100 * sympy.log(2), 10) == "8.786684395 × 10^29"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (sympy.Rational(25937424601, 10**10), "2.5937424601"),
        (sympy.Rational(1, 8), "0.125"),
        (sympy.Rational(1, 3), "1/3"),
        (sympy.Integer(4), "4"),
    ],
)
def test_decimals_as_the_learner_typed_them(value: sympy.Expr, shown: str) -> None:
    """With decimals asked for, a value whose decimal ends is written as that decimal."""
    assert values.exact(value, decimals=True) == shown
    assert read(shown) == value


@pytest.mark.parametrize(
    "value",
    [
        sympy.sqrt(6) / 2,
        sympy.exp(-1),
        sympy.Rational(3, 2) * sympy.log(2),
        1 - sympy.sqrt(2),
        sympy.log(2) ** 2,
        2 ** sympy.Rational(2, 3) / 2,
        sympy.pi**sympy.E,
        -sympy.log(sympy.Rational(1, 2)) * 48 + 16,
    ],
)
def test_exact_values_read_back_exactly(value: sympy.Expr) -> None:
    """format.exact writes a sympy value so that sympy reads the same value back."""
    assert sympy.simplify(read(values.exact(value)) - value) == 0


def test_one_over_e_is_written_as_a_teacher_writes_it() -> None:
    """e^(-1) is 1/e, not e^(-1) again (no step that equals its own left side)."""
    assert values.exact(sympy.exp(-1)) == "1/e"


@pytest.mark.parametrize(
    ("slope", "intercept", "shown"),
    [
        (Call("ln", N(2)), N(1), "y = (log 2)x + 1"),
        (N(3), N(-2), "y = 3x - 2"),
        (N(-1), N(0), "y = -x"),
        (N(0), N(5), "y = 5"),
        (N(Fraction(1, 2)), Negate(Call("ln", N(2))), "y = (1/2)x - log 2"),
    ],
)
def test_tangent_lines_are_exact(slope: Node, intercept: Node, shown: str) -> None:
    """y = mx + b with the coefficient grouped as a teacher writes it; sympy agrees."""
    assert line(slope, intercept)[0] == shown
    assert same(read(shown.removeprefix("y = ")), oracle(slope) * X + oracle(intercept))


def test_equation_leaves_out_a_form_equal_to_the_one_before() -> None:
    """'2^(1/2) = 2^(1/2) = √2' is written '2^(1/2) = √2'."""
    assert equation(["2^(1/2)", "2^(1/2)", "√2", "≈ 1.414"]) == "2^(1/2) = √2 ≈ 1.414"


def test_repeated_products_wrap_negative_and_fractional_factors() -> None:
    """(-2) × (-2) and (1/2) × (1/2), in text and LaTeX."""
    assert times([N(-2)] * 2)[0] == "(-2) × (-2)"
    assert times([N(Fraction(1, 2))] * 2)[0] == "(1/2) × (1/2)"
    assert times([N(2)] * 3) == ("2 × 2 × 2", r"2 \times 2 \times 2")


def test_pending_derivatives_print_with_a_prime() -> None:
    """A pending derivative reads as (u)' in text and \\left(u\\right)' in LaTeX."""
    tree = Derivative(Binary("*", Variable(), Call("exp", Variable())))
    assert text(tree) == "(x·e^x)'"
    assert latex(tree) == "\\left(x\\,e^{x}\\right)'"


def test_the_printer_stays_light() -> None:
    """Importing the printer loads neither sympy nor matplotlib (command modules import it)."""
    code = "import sys, napier.printer; print('sympy' in sys.modules, 'matplotlib' in sys.modules)"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert output.stdout.split() == ["False", "False"]
