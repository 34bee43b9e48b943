"""Reading what the bot shows back into sympy — an oracle independent of ``napier.printer``.

The text read here is the bot's own output inside a test (trusted), never a learner's input,
so sympy's parser may read it: ``log 2`` is log(2), ``(x + 1)e^x`` a product, ``√2`` sqrt(2),
``∛64`` the real cube root, ``⁵√32`` the fifth root.
"""

from __future__ import annotations

import re

import sympy
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    rationalize,
    standard_transformations,
)

X = sympy.Symbol("x")
NAMES = {"e": sympy.E, "x": X, "pi": sympy.pi, "log": sympy.log, "sqrt": sympy.sqrt}
TRANSFORMATIONS = (
    *standard_transformations,
    rationalize,
    implicit_multiplication_application,
    convert_xor,
)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _roots(text: str) -> str:
    """√a, √(…), ∛a, ⁿ√a and ⁿ√(…) as sympy calls (a root's parentheses become the call's;
    an odd root of a negative number is the real one, as in high school)."""
    text = re.sub(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)√([\w.]+)", lambda m: f"real_root({m[2]}, {_index(m[1])})", text)
    text = re.sub(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)√\(", lambda m: f"nth_root({_index(m[1])}, ", text)
    text = re.sub(r"∛([\w.]+)", r"real_root(\1, 3)", text)
    text = text.replace("√(", "sqrt(")
    return re.sub(r"√([\w.]+)", r"sqrt(\1)", text)


def _nth_root(index: object, radicand: object) -> sympy.Expr:
    """``ⁿ√(…)`` read as nth_root(n, …): the real n-th root."""
    return sympy.real_root(sympy.sympify(radicand), sympy.sympify(index))


def _index(superscript: str) -> str:
    return superscript.translate(_SUPERSCRIPT)


def read(shown: str) -> sympy.Expr:
    """The value of a form the bot shows (``2^x log 2``, ``(log 2)x + 1``, ``1/(0^(1/2))``)."""
    text = shown.replace("·", "*").replace("×", "*").replace("−", "-").replace("π", "pi")
    text = _roots(text)
    names = {**NAMES, "real_root": sympy.real_root, "nth_root": _nth_root}
    return parse_expr(text, local_dict=names, transformations=TRANSFORMATIONS)
