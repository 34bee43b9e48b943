"""/grow: exponential growth from the lesson — compound interest and bacteria."""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from fractions import Fraction

from napier.commands import CHOICE, INTEGER, TEXT, Command, Option, choose, integer
from napier.errors import UserError
from napier.notice import Notice
from napier.printer import decimal_number, decimal_places, rounded, text

log = logging.getLogger(__name__)

MODELS = ("interest", "bacteria")
INTEREST, BACTERIA = ("model", "interest"), ("model", "bacteria")
COMPOUNDINGS = ("yearly", "monthly", "daily", "continuous")
INTEREST_EXAMPLE = "/grow interest principal:100000 rate:5 years:10 compounding:monthly"
BACTERIA_EXAMPLE = "/grow bacteria start:100 doubling:0.5 hours:5"

DEFAULT_PRINCIPAL = Fraction(100_000)
DEFAULT_RATE = Fraction(5)  # percent a year
DEFAULT_YEARS = 10
DEFAULT_START = 100
DEFAULT_DOUBLING = Fraction(1, 2)  # hours
DEFAULT_HOURS = Fraction(5)

MAX_PRINCIPAL = Fraction(10**12)
MAX_RATE = Fraction(1000)
MAX_YEARS = 1000
MAX_START = 10**12
MIN_DOUBLING = Fraction(1, 100)  # hours (36 seconds)
MAX_DOUBLING = Fraction(1000)
MAX_HOURS = Fraction(1000)
MAX_LOG10_RESULT = 300  # results beyond 1e300 are refused: meaningless, and beyond floats
MAX_NUMBER_LENGTH = 24

_INTEREST_OPTIONS = ("principal", "rate", "years", "compounding")
_BACTERIA_OPTIONS = ("start", "doubling", "hours")


@dataclass(frozen=True)
class GrowRequest:
    """A growth model with every parameter filled in (rate in percent, times in years/hours);
    ``notices`` say how an ambiguous value was read (``rate:0.05`` as 0.05 %)."""

    model: str = "interest"
    principal: Fraction = DEFAULT_PRINCIPAL
    rate: Fraction = DEFAULT_RATE
    years: int = DEFAULT_YEARS
    compounding: str = "yearly"
    start: int = DEFAULT_START
    doubling: Fraction = DEFAULT_DOUBLING
    hours: Fraction = DEFAULT_HOURS
    notices: tuple[Notice, ...] = ()


def number(
    option: str,
    text: str | None,
    default: Fraction,
    low: Fraction,
    high: Fraction,
    example: str,
    *,
    low_open: bool = False,
) -> Fraction:
    """A decimal such as ``2.5`` (``5%``, ``100,000`` too) in range, else a clear UserError."""
    if text is None:
        return default
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("_", "")
    cleaned = cleaned.removesuffix("%").strip()
    if len(cleaned) > MAX_NUMBER_LENGTH or not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):
        raise UserError("grow.not_a_number", option=option, given=text[:20], example=example)
    value = Fraction(cleaned)
    if value < low or value > high or (low_open and value == low):
        raise UserError(
            "grow.out_of_range" + ("_open" if low_open else ""),
            option=option,
            low=decimal_text(low),
            high=decimal_text(high),
            example=example,
        )
    return value


def decimal_text(value: Fraction) -> str:
    """Whole numbers with separators, ending decimals in full, others to 6 digits (≈)."""
    if value.denominator == 1:
        return f"{value.numerator:,}"
    if decimal_places(value) is not None:
        return text(decimal_number(value))
    return "≈" + rounded(value, 6)


def parse(args: Mapping[str, str]) -> GrowRequest:
    """Check the model and its options; ranges keep every result below 10^300."""
    model = choose("model", args["model"], MODELS) if "model" in args else "interest"
    other = _BACTERIA_OPTIONS if model == "interest" else _INTEREST_OPTIONS
    stray = [name for name in other if name in args]
    if stray:
        raise UserError(
            "grow.wrong_model",
            model=model,
            option=stray[0],
            example=INTEREST_EXAMPLE if model == "interest" else BACTERIA_EXAMPLE,
        )
    if model == "interest":
        example = INTEREST_EXAMPLE
        request = GrowRequest(
            model=model,
            principal=number(
                "principal",
                args.get("principal"),
                DEFAULT_PRINCIPAL,
                Fraction(0),
                MAX_PRINCIPAL,
                example,
                low_open=True,
            ),
            rate=number("rate", args.get("rate"), DEFAULT_RATE, Fraction(0), MAX_RATE, example),
            years=integer("years", args.get("years"), DEFAULT_YEARS, 1, MAX_YEARS, example),
            compounding=(
                choose("compounding", args["compounding"], COMPOUNDINGS)
                if "compounding" in args
                else "yearly"
            ),
        )
        raw_rate = args.get("rate")
        if raw_rate is not None and 0 < request.rate < 1 and "%" not in raw_rate:
            # 0.05 is 5 % written as a fraction more often than 0.05 %: read as typed, and say so.
            request = replace(request, notices=(_rate_notice(request.rate),))
        exponent = float(request.rate / 100) * request.years / math.log(10)
        size = math.log10(request.principal) + exponent
    else:
        example = BACTERIA_EXAMPLE
        request = GrowRequest(
            model=model,
            start=integer("start", args.get("start"), DEFAULT_START, 1, MAX_START, example),
            doubling=number(
                "doubling",
                args.get("doubling"),
                DEFAULT_DOUBLING,
                MIN_DOUBLING,
                MAX_DOUBLING,
                example,
            ),
            hours=number(
                "hours",
                args.get("hours"),
                DEFAULT_HOURS,
                Fraction(0),
                MAX_HOURS,
                example,
                low_open=True,
            ),
        )
        size = math.log10(request.start) + float(request.hours / request.doubling) * math.log10(2)
    if size > MAX_LOG10_RESULT:
        raise UserError(
            "grow.too_large", digits=f"{int(size) + 1:,}", limit=MAX_LOG10_RESULT, example=example
        )
    return request


def _rate_notice(rate: Fraction) -> Notice:
    percent = decimal_text(rate * 100)
    return Notice.of("grow.rate_percent", given=decimal_text(rate), percent=percent)


COMMAND = Command(
    name="grow",
    description="grow.description",
    options=(
        Option(
            "model",
            "grow.option.model",
            kind=CHOICE,
            choices=MODELS,
            choice_labels=tuple(f"grow.choice.{model}" for model in MODELS),
        ),
        Option(
            "principal",
            "grow.option.principal",
            max_length=MAX_NUMBER_LENGTH,
            suggestions=("100000", "1000000"),
            when=INTEREST,
        ),
        Option(
            "rate",
            "grow.option.rate",
            max_length=MAX_NUMBER_LENGTH,
            suggestions=("1", "5", "100"),
            when=INTEREST,
        ),
        Option(
            "years",
            "grow.option.years",
            kind=INTEGER,
            min_value=1,
            max_value=MAX_YEARS,
            when=INTEREST,
        ),
        Option(
            "compounding",
            "grow.option.compounding",
            kind=CHOICE,
            choices=COMPOUNDINGS,
            choice_labels=tuple(f"grow.choice.{c}" for c in COMPOUNDINGS),
            when=INTEREST,
        ),
        Option(
            "start",
            "grow.option.start",
            kind=INTEGER,
            min_value=1,
            max_value=MAX_START,
            when=BACTERIA,
        ),
        Option(
            "doubling",
            "grow.option.doubling",
            kind=TEXT,
            max_length=MAX_NUMBER_LENGTH,
            suggestions=("0.5", "0.33", "1"),
            when=BACTERIA,
        ),
        Option(
            "hours",
            "grow.option.hours",
            kind=TEXT,
            max_length=MAX_NUMBER_LENGTH,
            suggestions=("5", "10", "24"),
            when=BACTERIA,
        ),
    ),
    example="/grow interest principal:100000 rate:5 years:10",
    parse=parse,
    answer="napier.lessons.grow:answer",
)
