"""What several lessons show alike: the chain of reasons with its numeric check."""

from __future__ import annotations

from fractions import Fraction

import mpmath

from napier import reasons
from napier.format import decimal
from napier.printer import decimal_number, text

CHECK_STEPS = (1, 2, 3)  # h = 10^-k in the numeric check of lim (e^h − 1)/h = 1


def exp_limit_values(locale: str) -> str:
    """``h = 0.1: 1.0517092, …``: (e^h − 1)/h for the check of lim (e^h − 1)/h = 1."""
    shown = []
    with mpmath.workdps(40):
        for k in CHECK_STEPS:
            h = Fraction(1, 10**k)
            value = (mpmath.exp(mpmath.mpf(h.numerator) / h.denominator) - 1) * h.denominator
            shown.append(f"h = {text(decimal_number(h))}: {decimal(value, 8)}")
    return ("、" if locale == "ja" else ", ").join(shown)


def proof(reason: str, locale: str, **params: object) -> list[str]:
    """The proof of ``reason`` in ``locale``, with the numeric check of the limit filled in."""
    return reasons.lines(reason, locale, values=exp_limit_values(locale), **params)
