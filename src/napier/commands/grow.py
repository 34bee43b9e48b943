"""/grow: exponential growth and decay from the lesson — compound interest, bacteria and
half-lives."""

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

MODELS = ("interest", "bacteria", "decay")
INTEREST, BACTERIA, DECAY = (("model", model) for model in MODELS)
COMPOUNDINGS = ("yearly", "monthly", "daily", "continuous")
INTEREST_EXAMPLE = "/grow interest principal:100000 rate:5 years:10 compounding:monthly"
BACTERIA_EXAMPLE = "/grow bacteria start:100 doubling:0.5 hours:5"
DECAY_EXAMPLE = "/grow decay start:1000 half-life:8 time:24"
EXAMPLES = {"interest": INTEREST_EXAMPLE, "bacteria": BACTERIA_EXAMPLE, "decay": DECAY_EXAMPLE}

DEFAULT_PRINCIPAL = Fraction(100_000)
DEFAULT_RATE = Fraction(5)  # percent a year
DEFAULT_YEARS = Fraction(10)
DEFAULT_START = 100
DEFAULT_DOUBLING = Fraction(1, 2)  # hours
DEFAULT_HOURS = Fraction(5)
DEFAULT_AMOUNT = 1000  # the start of a decay
DEFAULT_HALF_LIFE = Fraction(8)
DEFAULT_TIME = Fraction(24)

MAX_PRINCIPAL = Fraction(10**12)
MAX_RATE = Fraction(1000)
MAX_YEARS = Fraction(1000)
MAX_START = 10**12
MIN_DOUBLING = Fraction(1, 100)  # hours (36 seconds)
MAX_DOUBLING = Fraction(1000)
MAX_HOURS = Fraction(1000)
MIN_HALF_LIFE = Fraction(1, 1000)
MAX_HALF_LIFE = Fraction(10**6)
MAX_TIME = Fraction(10**6)
MAX_HALVINGS = 1000  # 2^-1000 ≈ 10^-301: past it an amount is below anything a float holds
MAX_LOG10_RESULT = 300  # results beyond 1e300 are refused: meaningless, and beyond floats
MAX_NUMBER_LENGTH = 24


@dataclass(frozen=True)
class GrowRequest:
    """A growth model with every parameter filled in (rate in percent, times in years/hours;
    a half-life and its time in any one unit); ``notices`` say how an ambiguous value was
    read (``rate:0.05`` as 0.05 %)."""

    model: str = "interest"
    principal: Fraction = DEFAULT_PRINCIPAL
    rate: Fraction = DEFAULT_RATE
    years: Fraction = DEFAULT_YEARS
    compounding: str = "yearly"
    start: int = DEFAULT_START
    doubling: Fraction = DEFAULT_DOUBLING
    hours: Fraction = DEFAULT_HOURS
    half_life: Fraction = DEFAULT_HALF_LIFE
    time: Fraction = DEFAULT_TIME
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
    """Check the model and its options; ranges keep every result within 10^±300."""
    model = choose("model", args["model"], MODELS) if "model" in args else "interest"
    example = EXAMPLES[model]
    stray = [o.name for o in COMMAND.options if o.name in args and not o.applies({"model": model})]
    if stray:
        raise UserError("grow.wrong_model", model=model, option=stray[0], example=example)
    if model == "interest":
        request = _interest(args, example)
        exponent = float(request.rate / 100 * request.years) / math.log(10)
        size = math.log10(request.principal) + exponent
    elif model == "bacteria":
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
    else:
        request = GrowRequest(
            model=model,
            start=integer("start", args.get("start"), DEFAULT_AMOUNT, 1, MAX_START, example),
            half_life=number(
                "half-life",
                args.get("half-life"),
                DEFAULT_HALF_LIFE,
                MIN_HALF_LIFE,
                MAX_HALF_LIFE,
                example,
            ),
            time=number(
                "time",
                args.get("time"),
                DEFAULT_TIME,
                Fraction(0),
                MAX_TIME,
                example,
                low_open=True,
            ),
        )
        halvings = request.time / request.half_life
        if halvings > MAX_HALVINGS:
            raise UserError(
                "grow.too_small",
                halvings=decimal_text(halvings),
                limit=MAX_HALVINGS,
                example=example,
            )
        size = 0.0
    if size > MAX_LOG10_RESULT:
        raise UserError(
            "grow.too_large", digits=f"{int(size) + 1:,}", limit=MAX_LOG10_RESULT, example=example
        )
    return request


def _interest(args: Mapping[str, str], example: str) -> GrowRequest:
    request = GrowRequest(
        model="interest",
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
        years=number(
            "years",
            args.get("years"),
            DEFAULT_YEARS,
            Fraction(0),
            MAX_YEARS,
            example,
            low_open=True,
        ),
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
            max_length=MAX_NUMBER_LENGTH,
            suggestions=("10", "2.5", "30"),
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
            when=("model", "bacteria", "decay"),
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
        Option(
            "half-life",
            "grow.option.half_life",
            max_length=MAX_NUMBER_LENGTH,
            suggestions=("8", "5730", "0.5"),
            when=DECAY,
        ),
        Option(
            "time",
            "grow.option.time",
            max_length=MAX_NUMBER_LENGTH,
            suggestions=("24", "10000", "2.5"),
            when=DECAY,
        ),
    ),
    example="/grow interest principal:100000 rate:5 years:10",
    parse=parse,
    answer="napier.lessons.grow:answer",
)
