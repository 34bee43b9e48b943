"""The rule engine against sympy: every step equals the one before, the last equals sympy's diff.

The oracle never goes through Napier's parser: sympy reads the formulas written here with its
own parser (``sympy_oracle.expression``), and trees built here are converted by the test's own
code (``sympy_oracle.of_tree``)."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import pytest
import sympy
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from reading import read
from sympy_oracle import X, expression, of_tree

from napier import calculus, render
from napier.calculus import differentiate, tidy, to_sympy
from napier.errors import UserError
from napier.parser import Binary, Call, Constant, Negate, Node, Number, Variable, parse
from napier.printer import latex, text, typed

POINTS = (sympy.Rational(37, 100), sympy.Rational(81, 100), sympy.Rational(13, 10), 2)

EXPRESSIONS = (
    "x^x",
    "x*e^x",
    "2^(3x+1)",
    "3*2^x",
    "e^(x^2)",
    "x/(x+1)",
    "sqrt(x^2+1)",
    "ln(x)*x^3",
    "1/x",
    "-x^2+3x-1",
    "x^(1/2)",
    "exp(2x)/x",
    "(x+1)^x",
    "x^2*x^3",
    "2x+3x-5x",
    "x^(x^2)",
    "log(log(x))",
    "(1/2)^x",
    "pi^x - 10^(-x)",
    "x*x*x*e^x",
    "e^(e^x)",
    "sqrt(x)/(x^2+1)",
    "5/(x^2)",
    "x^x^x",
    "1^x + x",
    "(2x+1)^5",
    "x^e",
)


def f(source: str) -> Node:
    return parse(source, variable=True, functions=True)


def numerically_equal(a: sympy.Expr, b: sympy.Expr) -> bool:
    """a and b agree at several points (complex values allowed, where both are finite)."""
    compared = 0
    for point in POINTS:
        u = complex(sympy.N(a.subs(X, point), 30))
        v = complex(sympy.N(b.subs(X, point), 30))
        if not (abs(u) < 1e300 and abs(v) < 1e300):
            continue
        assert abs(u - v) <= 1e-12 * max(1.0, abs(u), abs(v)), (a, b, point)
        compared += 1
    return compared > 0


def symbolically_equal(a: sympy.Expr, b: sympy.Expr) -> bool:
    """sympy proves a − b = 0 (also after rewriting powers as exp, e.g. 2^x = e^{x log 2})."""
    difference = a - b
    return (
        sympy.simplify(difference) == 0
        or sympy.simplify(difference.rewrite(sympy.exp)) == 0
        or sympy.simplify(sympy.expand_log(difference, force=True)) == 0
    )


@pytest.mark.parametrize("source", EXPRESSIONS)
def test_every_step_equals_the_previous_and_the_last_equals_sympy(source: str) -> None:
    """Each rewrite keeps the value of (f)'; the result is sympy's derivative, symbolically."""
    function = f(source)
    derivation = differentiate(function)
    previous = to_sympy(derivation.start).doit()
    for step in derivation.steps:
        current = to_sympy(step.tree).doit()
        assert symbolically_equal(previous, current) or numerically_equal(previous, current), (
            step.rule,
            text(step.tree),
        )
        previous = current
    assert numerically_equal(to_sympy(function), expression(source))  # read as sympy reads it
    oracle = sympy.diff(expression(source), X)
    assert not calculus.pending(derivation.result)
    assert symbolically_equal(of_tree(derivation.result), oracle), text(derivation.result)


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("x*e^x", "product"),
        ("x/(x+1)", "quotient"),
        ("3*2^x", "constant_multiple"),
        ("x+x^2", "sum"),
        ("x^3", "power"),
        ("(x+1)^3", "power_chain"),
        ("e^x", "exp"),
        ("e^(2x)", "exp_chain"),
        ("exp(x^2)", "exp_chain"),
        ("2^x", "a_power"),
        ("2^(3x+1)", "a_power_chain"),
        ("ln(x)", "log"),
        ("ln(x^2+1)", "log_chain"),
        ("sqrt(x)", "sqrt"),
        ("sqrt(x+1)", "sqrt_chain"),
        ("x^x", "log_diff"),
        ("-x", "negate"),
        ("x", "variable"),
        ("1^x", "one_power"),
    ],
)
def test_the_first_step_names_the_rule_that_applies(source: str, rule: str) -> None:
    """The engine picks the rule a learner would: product for uv, log differentiation for x^x…"""
    assert differentiate(f(source)).steps[0].rule == rule


def test_log_differentiation_of_x_to_the_x_goes_through_the_derivative_of_log() -> None:
    """(x^x)' = x^x (x log x)' and then uses (log x)' = 1/x, ending at x^x (log x + 1)."""
    derivation = differentiate(f("x^x"))
    rules = [step.rule for step in derivation.steps]
    assert rules[0] == "log_diff" and "log" in rules
    oracle = X**X * (sympy.log(X) + 1)
    assert sympy.simplify(of_tree(derivation.result) - oracle) == 0
    assert text(derivation.result) == "x^x(log x + 1)"


@pytest.mark.parametrize(
    ("source", "a"),
    [
        ("2", sympy.Integer(2)),
        ("e", sympy.E),
        ("1/2", sympy.Rational(1, 2)),
        ("10", sympy.Integer(10)),
        ("pi", sympy.pi),
        ("sqrt(2)", sympy.sqrt(2)),
    ],
)
def test_base_derivation_steps_are_equal_and_end_at_law_1_5(source: str, a: sympy.Expr) -> None:
    """a^x = e^{x log a}, the chain rule, a^x log a: each line equals the last, and sympy's diff."""
    base = f(source)
    derivation = calculus.base_derivation(base)
    previous = sympy.diff(a**X, X)
    for step in derivation.steps:
        current = to_sympy(step.tree).doit()
        assert symbolically_equal(previous, current), step.rule
        previous = current
    assert sympy.simplify(of_tree(derivation.result) - a**X * sympy.log(a)) == 0


def test_base_e_is_law_1_6_not_a_case_of_law_1_5() -> None:
    """For a = e the one step is law 1.6 itself: (e^x)' is never derived from law 1.5."""
    derivation = calculus.base_derivation(Constant("e"))
    assert [step.rule for step in derivation.steps] == ["exp"]
    assert of_tree(derivation.result) == sympy.exp(X)


@pytest.mark.parametrize("source", EXPRESSIONS)
def test_results_carry_no_noise(source: str) -> None:
    """No ``1·``, ``+ -``, ``- -``, ``^1`` or ``·1`` is left in the shown result."""
    shown = text(differentiate(f(source)).result)
    for noise in ("+ -", "- -", "^1·", "·1·", "(1·", " 1·x"):
        assert noise not in shown, shown
    assert not shown.endswith(("^1", "·1")), shown


@pytest.mark.parametrize("source", EXPRESSIONS)
def test_typed_text_reads_back_to_the_same_value(source: str) -> None:
    """The typed form of the function and the result parses back (via the safe parser) to an
    equal expression, and the textbook form reads back (via sympy's parser) to it too."""
    derivation = differentiate(f(source))
    for tree in (derivation.function, derivation.result):
        reparsed = parse(typed(tree), variable=True, functions=True)
        assert numerically_equal(to_sympy(reparsed), to_sympy(tree))
        assert numerically_equal(read(text(tree)), to_sympy(tree))


def test_every_latex_line_renders_through_mathtext() -> None:
    """LaTeX built from trees (steps included) goes through mathtext without an error."""
    lines = []
    for source in EXPRESSIONS:
        derivation = differentiate(f(source))
        lines += [latex(derivation.start), *(latex(s.tree) for s in derivation.steps)]
    for line in lines:
        attachment = render.formula(line, "t.png", "t")
        assert attachment.data.startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize(
    ("tree", "expected"),
    [
        (Binary("*", Number(Fraction(1)), Variable()), "x"),
        (Binary("+", Variable(), Negate(Variable())), "0"),
        (Binary("^", Variable(), Number(Fraction(1))), "x"),
        (Binary("+", Variable(), Number(Fraction(-2))), "x - 2"),
        (Binary("*", Variable(), Binary("/", Number(Fraction(1)), Variable())), "1"),
        (Binary("/", Binary("^", Variable(), Number(Fraction(3))), Variable()), "x^2"),
        (Binary("-", Number(Fraction(1, 2)), Number(Fraction(1))), "-1/2"),
        (Call("ln", Constant("e")), "1"),
    ],
)
def test_tidy_removes_the_usual_noise(tree: Node, expected: str) -> None:
    """1·x is x, x + (−x) is 0, x^1 is x, x·(1/x) is 1, x^3/x is x^2, log e is 1."""
    tidied = tidy(tree)
    assert text(tidied) == expected
    assert sympy.simplify(of_tree(tidied) - of_tree(tree)) == 0


@pytest.mark.parametrize(
    ("source", "point"),
    [("x^x", "0.7"), ("sqrt(x^2+1)/x", "-1.5"), ("(x+1)^(1/3)", "2"), ("x^2", "-3"), ("e^x", "4")],
)
def test_real_value_matches_sympy(source: str, point: str) -> None:
    """The engine's own evaluator agrees with sympy's evalf where the value is real."""
    tree = f(source)
    oracle = sympy.N(expression(source).subs(X, sympy.Rational(point)), 40)
    with mpmath.workdps(30):
        ours = calculus.real_value(tree, mpmath.mpf(point))
        error = abs(ours - mpmath.mpf(str(oracle)))
        assert error < mpmath.mpf(10) ** -25 * max(1, abs(ours))


@pytest.mark.parametrize(("source", "point"), [("ln(x)", 0), ("sqrt(x)", -1), ("x^x", -0.5)])
def test_real_value_refuses_points_outside_the_domain(source: str, point: float) -> None:
    """log at 0, sqrt of a negative, a negative base to a fractional power: Undefined."""
    with pytest.raises(calculus.Undefined):
        calculus.point_value(f(source), point)


def test_real_value_refuses_to_build_huge_numbers() -> None:
    """e^(e^(e^x)) at 5, a number with about 10^64 digits, is refused (it could never be
    built, so a return at all means it was sized first)."""
    with pytest.raises(calculus.TooLarge):
        calculus.point_value(f("e^(e^(e^x))"), 5)


def test_sampling_leaves_out_the_points_where_f_is_undefined() -> None:
    """x^x sampled on [−2, 2] has NaN for x ≤ 0 except negative integers, values for x > 0."""
    import numpy as np

    xs = np.array([-1.5, -0.5, 0.5, 1.0, 2.0])
    values = calculus.sample(f("x^x"), xs)
    assert np.isnan(values[:2]).all()
    assert np.allclose(values[2:], xs[2:] ** xs[2:])


def test_expression_swell_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A derivative that grows past the node limit is refused with a UserError."""
    monkeypatch.setattr(calculus, "MAX_NODES", 30)
    with pytest.raises(UserError) as caught:
        differentiate(f("x^x^x^x"))
    assert caught.value.key == "diff.too_complex"


@pytest.mark.parametrize(
    "source",
    [
        "x^x^x^x",
        "x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x",
        "((((((((((x/(x+1))/(x+2))/(x+3))/(x+4))/(x+5))/(x+6))/(x+7))/(x+8))/(x+9))/(x+10))",
        "exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(exp(x)))))))))))))))",
        "sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(sqrt(x^x))))))))))",
    ],
)
def test_hostile_expressions_are_bounded_or_refused(source: str) -> None:
    """Long products, nested quotients and towers: a result within the node limit, or
    diff.too_complex (their timing is in bench/hostile.py)."""
    try:
        derivation = differentiate(f(source))
        assert calculus.size(derivation.result) <= calculus.MAX_NODES
    except UserError as error:
        assert error.key == "diff.too_complex"


def _trees() -> st.SearchStrategy[Node]:
    leaves = st.one_of(
        st.just(Variable()),
        st.integers(1, 5).map(lambda n: Number(Fraction(n))),
        st.just(Constant("e")),
    )

    def extend(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
        return st.one_of(
            st.builds(Binary, st.sampled_from("+-*/"), children, children),
            st.builds(
                lambda b, n: Binary("^", b, Number(Fraction(n))), children, st.integers(-3, 4)
            ),
            st.builds(lambda u: Binary("^", Number(Fraction(2)), u), children),
            st.builds(lambda u: Binary("^", u, u), children),
            st.builds(Call, st.sampled_from(["exp", "ln", "sqrt"]), children),
            st.builds(Negate, children),
        )

    return st.recursive(leaves, extend, max_leaves=6)


def _constants_are_small(tree: Node) -> bool:
    """Whether every subtree without x, at every depth, has a value sympy can build quickly
    (a float: below about 10^308; sympy would factor a huge integer under a fractional power)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if not calculus.depends_on_x(node):
            try:
                calculus.point_value(node, 0)
            except calculus.TooLarge:
                return False
            except calculus.Undefined:
                pass
        stack.extend(calculus.children(node))
    return True


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(_trees())
def test_random_expressions_differentiate_like_sympy(tree: Node) -> None:
    """For random trees, the engine's derivative agrees with sympy's diff at several points."""
    try:
        derivation = differentiate(tree)
    except UserError as error:
        assert error.key in ("diff.too_complex", "diff.bad_base_inside", "diff.too_large")
        return
    # sympy evaluates constant powers eagerly: (2^32)^(2^32) would fill the memory.
    assume(_constants_are_small(tree) and _constants_are_small(derivation.result))
    ours = of_tree(derivation.result)
    oracle = sympy.diff(of_tree(tree), X)
    for point in POINTS:
        try:
            u = complex(sympy.N(ours.subs(X, point), 30))
            v = complex(sympy.N(oracle.subs(X, point), 30))
        except (TypeError, ValueError):
            continue  # zoo or nan at this point
        if abs(u) < 1e200 and abs(v) < 1e200:
            assert abs(u - v) <= 1e-9 * max(1.0, abs(u), abs(v)), (text(tree), point)


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("x*e^x", "(x + 1)e^x"),
        ("ln(x)*x^3", "x^2(3 log x + 1)"),
        ("exp(2x)/x", "(2x - 1)e^(2x)/x^2"),
        ("x*2^x", "(x log 2 + 1)·2^x"),
        ("x^2+2x", "2x + 2"),
    ],
)
def test_results_are_simplified_as_a_teacher_writes_them(source: str, shown: str) -> None:
    """Common factors are taken out where a teacher would ((x + 1)e^x, not e^x + x·e^x),
    in a last step of its own; plain polynomials stay as they are."""
    derivation = differentiate(f(source))
    assert text(derivation.result) == shown
    assert symbolically_equal(read(shown), sympy.diff(to_sympy(f(source)), X))
    factored = derivation.steps[-1].rule == "factor"
    assert factored == (source != "x^2+2x")


def test_trivial_rules_are_named_once_per_derivation() -> None:
    """(x)' = 1 is mentioned with the first step that uses it, not on every step."""
    derivation = differentiate(f("x*e^x + x^2*x + 3x"))
    noted = [step for step in derivation.steps if "variable" in step.notes]
    assert len(noted) <= 1
