"""/grow: exponential growth and decay from the lesson — compound interest, bacteria and
half-lives."""

from __future__ import annotations

import logging
import math
from fractions import Fraction

import mpmath
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from napier import render
from napier.commands.grow import COMPOUNDINGS, GrowRequest, decimal_text
from napier.format import amount as money_text
from napier.format import count as format_count
from napier.format import decimal, decimal_latex
from napier.i18n import t
from napier.parser import Binary, Number
from napier.printer import decimal_number, equation, text
from napier.reply import Attachment, Field, Reply

log = logging.getLogger(__name__)

PERIODS = {"yearly": 1, "monthly": 12, "daily": 365}  # compoundings per year
PLOT_SIZE = (8.4, 3.8)  # inches: two panels side by side
PRECISION = 50  # decimal digits for every value shown
TABLE_ROWS = 10

# --- numbers ------------------------------------------------------------------------------


def mpf(value: Fraction | int) -> mpmath.mpf:
    """An exact rational as an mpmath number at the working precision."""
    value = Fraction(value)
    return mpmath.mpf(value.numerator) / value.denominator


def money(value: mpmath.mpf, locale: str) -> str:
    """An amount: whole yen in Japanese, cents in English (``× 10^k`` past 10^15)."""
    return money_text(value, locale)


def count(value: mpmath.mpf) -> str:
    """A count: exact with separators when whole, else ten significant digits."""
    return format_count(value)


def quantity(value: mpmath.mpf) -> str:
    """An amount that may fall below 1: ``count`` from 1 on, ten significant digits below
    (``6.071532166 × 10^-18``, never rounded to 0)."""
    return count(value) if abs(value) >= 1 else decimal(value, 10)


def factor(value: mpmath.mpf) -> str:
    """A number with ten significant digits (``× 10^k`` from 10^15 on)."""
    return decimal(value, 10)


def times(total: int | Fraction, rows: int = TABLE_ROWS) -> list[Fraction]:
    """Up to ``rows`` evenly spaced times ending at ``total`` (whole numbers when possible)."""
    total = Fraction(total)
    if total.denominator == 1 and total <= rows:
        return [Fraction(k) for k in range(1, int(total) + 1)]
    points = [total * k / rows for k in range(1, rows + 1)]
    if total.denominator == 1:
        points = sorted({Fraction(round(p)) for p in points} - {Fraction(0)})
    return points


def simple(principal: Fraction, rate: Fraction, years: Fraction) -> mpmath.mpf:
    """P(1 + r t), exact in rationals then rounded to the working precision."""
    return mpf(principal * (1 + rate / 100 * years))


def compound(principal: Fraction, rate: Fraction, years: Fraction, periods: int) -> mpmath.mpf:
    """P(1 + r/n)^(n t)."""
    return mpf(principal) * (1 + mpf(rate / 100) / periods) ** (mpf(years) * periods)


def continuous(principal: Fraction, rate: Fraction, years: Fraction) -> mpmath.mpf:
    """P e^(r t)."""
    return mpf(principal) * mpmath.exp(mpf(rate / 100 * years))


def amount(request: GrowRequest, compounding: str, years: Fraction) -> mpmath.mpf:
    """The balance after ``years`` with the given compounding."""
    if compounding == "continuous":
        return continuous(request.principal, request.rate, years)
    return compound(request.principal, request.rate, years, PERIODS[compounding])


def bacteria(start: int, doubling: Fraction, hours: Fraction) -> mpmath.mpf:
    """N0 · 2^(t/T)."""
    exponent = hours / doubling
    if exponent.denominator == 1:
        return mpmath.mpf(start * 2**exponent.numerator)
    return start * mpmath.power(2, mpf(exponent))


def bacteria_exp(start: int, doubling: Fraction, hours: Fraction) -> mpmath.mpf:
    """N0 · e^(k t) with k = log 2 / T."""
    return start * mpmath.exp(mpmath.log(2) / mpf(doubling) * mpf(hours))


def remaining(half_life: Fraction, time: Fraction) -> mpmath.mpf:
    """(1/2)^(t/T): the share left after ``time`` (exact when t/T is whole)."""
    exponent = time / half_life
    if exponent.denominator == 1:
        return mpf(Fraction(1, 2**exponent.numerator))
    return mpmath.power(mpmath.mpf(2), -mpf(exponent))


def decay(start: int, half_life: Fraction, time: Fraction) -> mpmath.mpf:
    """N0 · (1/2)^(t/T)."""
    return start * remaining(half_life, time)


def decay_exp(start: int, half_life: Fraction, time: Fraction) -> mpmath.mpf:
    """N0 · e^(−k t) with k = log 2 / T."""
    return start * mpmath.exp(-mpmath.log(2) / mpf(half_life) * mpf(time))


# --- interest -----------------------------------------------------------------------------


def _figure(width_ratios: tuple[int, int] = (1, 1)) -> tuple[Figure, Axes, Axes]:
    """A wide figure with two panels."""
    figure = render.new_figure(PLOT_SIZE)
    grid = figure.add_gridspec(
        1, 2, width_ratios=width_ratios, left=0.12, right=0.98, bottom=0.14, top=0.91, wspace=0.28
    )
    first, second = grid.subplots()
    return figure, first, second


def _percent(rate: Fraction) -> str:
    return decimal_text(rate) + "%"


def _interest(request: GrowRequest, locale: str) -> Reply:
    r = request.rate / 100
    years = Fraction(request.years)
    chosen = request.compounding
    columns = ["yearly"] + ([chosen] if chosen not in ("yearly", "continuous") else [])
    rows = []
    for year in times(years):
        cells = [
            f"{t('grow.simple', locale)} "
            f"{money(simple(request.principal, request.rate, year), locale)}"
        ]
        cells += [
            f"{t(f'grow.compounding.{name}', locale)} {money(amount(request, name, year), locale)}"
            for name in columns
        ]
        cells.append(
            f"{t('grow.compounding.continuous', locale)} "
            f"{money(continuous(request.principal, request.rate, year), locale)}"
        )
        rows.append(f"- {t('grow.year', locale, n=decimal_text(year))}: " + " · ".join(cells))
    limit = mpmath.exp(mpf(r))
    fields = []
    for name in COMPOUNDINGS:
        if name == "continuous":
            per_year, formula = limit, f"e^{decimal_text(r)}"
        else:
            n = PERIODS[name]
            per_year = (1 + mpf(r) / n) ** n
            formula = f"(1 + {decimal_text(r)}/{n})^{n}"
        fields.append(
            Field(
                t(f"grow.compounding.{name}", locale) + (" ◀" if name == chosen else ""),
                f"`{formula} = {factor(per_year)}` → {money(amount(request, name, years), locale)}",
            )
        )
    principal = money(mpf(request.principal), locale)
    final_simple = money(simple(request.principal, request.rate, years), locale)
    final_chosen = money(amount(request, chosen, years), locale)
    final_continuous = money(continuous(request.principal, request.rate, years), locale)
    steps = [
        t(
            "grow.step.simple",
            locale,
            p=principal,
            r=decimal_text(r),
            t=decimal_text(request.years),
            value=final_simple,
        ),
        t(
            "grow.step.compound",
            locale,
            p=principal,
            r=decimal_text(r),
            t=decimal_text(request.years),
            value=money(amount(request, "yearly", years), locale),
        ),
        t(
            "grow.step.periods",
            locale,
            p=principal,
            r=decimal_text(r),
            t=decimal_text(request.years),
            values=("、" if locale == "ja" else ", ").join(
                f"n = {PERIODS[name]}: {money(amount(request, name, years), locale)}"
                for name in ("monthly", "daily")
            ),
        ),
        t(
            "grow.step.continuous",
            locale,
            p=principal,
            r=decimal_text(r),
            t=decimal_text(request.years),
            value=final_continuous,
            limit=factor(limit),
        ),
    ]
    shown = [
        t(
            "grow.interest.intro",
            locale,
            p=principal,
            rate=_percent(request.rate),
            years=decimal_text(request.years),
            compounding=t(f"grow.compounding.{chosen}", locale),
            value=final_chosen,
        ),
        "",
        f"**{t('grow.table', locale)}**",
        *rows,
        "",
        t("grow.interest.limit", locale, r=decimal_text(r), limit=factor(limit)),
    ]
    lines: list[render.Line] = [
        (t("grow.formula.simple", locale), r"A = P\,(1 + rt)"),
        (t("grow.formula.compound", locale), r"A = P\left(1 + \frac{r}{n}\right)^{nt}"),
        (t("grow.formula.continuous", locale), r"A = P\,e^{rt}"),
        r"\left(1 + \frac{r}{n}\right)^{n} \to e^{r}\quad (n \to \infty),\qquad "
        rf"e^{{{decimal_text(r)}}} = {decimal_latex(limit, 10)}",
    ]
    formula_alt = t("grow.interest.formula_alt", locale, limit=factor(limit), r=decimal_text(r))
    attachments = (
        render.formula(lines, "grow-interest-formulas.png", formula_alt),
        _interest_plot(request, locale, final_simple, final_chosen, final_continuous, limit),
    )
    return Reply(
        title=t("grow.interest.title", locale),
        text="\n".join(shown),
        steps=tuple(steps),
        latex=r"A = P\left(1 + \frac{r}{n}\right)^{nt}",
        fields=tuple(fields),
        attachments=attachments,
    )


def _interest_plot(
    request: GrowRequest,
    locale: str,
    final_simple: str,
    final_chosen: str,
    final_continuous: str,
    limit: mpmath.mpf,
) -> Attachment:
    """Left: simple vs compound vs continuous balance; right: (1 + r/n)^n rising to e^r."""
    r = float(request.rate / 100)
    principal = float(request.principal)
    span = float(request.years)
    years = np.linspace(0, span, 400)
    figure, left, right = _figure((3, 2))
    render.curve(left, years, principal * (1 + r * years), "main", t("grow.simple", locale))
    whole = np.arange(0, math.floor(request.years) + 1)
    step = max(1, len(whole) // 60)
    left.plot(
        whole[::step],
        principal * (1 + r) ** whole[::step],
        marker="o" if len(whole) <= 30 else None,
        markersize=3,
        label=t("grow.compounding.yearly", locale),
    )
    if request.compounding in ("monthly", "daily"):
        n = PERIODS[request.compounding]
        render.curve(
            left,
            years,
            principal * (1 + r / n) ** (n * years),
            "third",
            t(f"grow.compounding.{request.compounding}", locale),
        )
    render.curve(
        left,
        years,
        principal * np.exp(r * years),
        "second",
        t("grow.compounding.continuous", locale),
    )
    final = principal * math.exp(r * span)
    if final / principal > 100:
        render.decade_ticks(left, y=True)
    render.finish(
        left,
        t("grow.plot.interest_title", locale, rate=_percent(request.rate)),
        xlabel=t("grow.axis.years", locale),
        ylabel=t("grow.axis.amount", locale),
        legend="upper left",
    )
    periods = np.unique(np.geomspace(1, 100_000, 200).round())
    render.curve(right, periods, (1 + r / periods) ** periods, "main")
    right.axhline(
        float(limit),
        label=f"$e^{{{decimal_text(request.rate / 100)}}}$",
        **render.CURVES["reference"],
    )  # type: ignore[arg-type]
    for name, n in PERIODS.items():
        render.point(right, n, (1 + r / n) ** n, render.PALETTE[2])
        right.annotate(
            t(f"grow.compounding.{name}", locale),
            (n, (1 + r / n) ** n),
            textcoords="offset points",
            xytext=(8, 2) if n == 1 else (4, -12),
            fontsize=8,
        )
    render.decade_ticks(right, x=True)
    render.finish(
        right,
        r"$\left(1 + \frac{r}{n}\right)^{n} \to e^{r}$",
        xlabel=t("grow.axis.periods", locale),
        ylabel=None,
        legend="lower right",
    )
    alt = t(
        "grow.plot.interest_alt",
        locale,
        p=money(mpf(request.principal), locale),
        rate=_percent(request.rate),
        years=decimal_text(request.years),
        simple=final_simple,
        compound=final_chosen,
        compounding=t(f"grow.compounding.{request.compounding}", locale),
        continuous=final_continuous,
        limit=factor(limit),
    )
    return render.plot(figure, "grow-interest.png", alt)


# --- bacteria -----------------------------------------------------------------------------


def _bacteria(request: GrowRequest, locale: str) -> Reply:
    n0, doubling, hours = request.start, request.doubling, request.hours
    k = mpmath.log(2) / mpf(doubling)
    final = bacteria(n0, doubling, hours)
    final_exp = bacteria_exp(n0, doubling, hours)
    rows = [
        "- "
        + t(
            "grow.bacteria.row",
            locale,
            t=decimal_text(point),
            doublings=text(decimal_number(point / doubling)),
            n=count(bacteria(n0, doubling, point)),
        )
        for point in times(hours)
    ]
    steps = [
        t(
            "grow.step.doublings",
            locale,
            n0=f"{request.start:,}",
            T=decimal_text(doubling),
            t=decimal_text(hours),
            ratio=equation(
                [
                    f"{decimal_text(hours)}/{decimal_text(doubling)}",
                    text(decimal_number(hours / doubling)),
                ]
            ),
            power=text(Binary("^", Number(Fraction(2)), decimal_number(hours / doubling))),
            value=count(final),
        ),
        t("grow.step.rate", locale, T=decimal_text(doubling), k=factor(k)),
        t(
            "grow.step.exp",
            locale,
            n0=f"{request.start:,}",
            k=factor(k),
            t=decimal_text(hours),
            value=count(final_exp),
        ),
        t("grow.step.speed", locale, k=factor(k)),
    ]
    shown = [
        t(
            "grow.bacteria.intro",
            locale,
            n0=f"{request.start:,}",
            T=decimal_text(doubling),
            minutes=decimal_text(doubling * 60),
            t=decimal_text(hours),
            value=count(final),
        ),
        "",
        f"**{t('grow.bacteria.table', locale)}**",
        *rows,
    ]
    period = decimal_text(doubling)
    lines = [
        r"N(t) = N_{0} \cdot 2^{t/T} = N_{0}\, e^{kt},\qquad k = \frac{\log 2}{T}",
        rf"N_{{0}} = {n0},\ T = {period}\,\mathrm{{h}}:\quad "
        rf"k = \frac{{\log 2}}{{{period}}} \approx {factor(k)}\ \mathrm{{h}}^{{-1}}",
    ]
    fields = (
        Field(
            t("grow.field.rate", locale), f"`k = log 2 / {decimal_text(doubling)} ≈ {factor(k)}`"
        ),
        Field(t("grow.field.final", locale, t=decimal_text(hours)), f"`{count(final)}`"),
    )
    formula_alt = t("grow.bacteria.formula_alt", locale, k=factor(k), T=decimal_text(doubling))
    attachments = (
        render.formula(lines, "grow-bacteria-formulas.png", formula_alt),
        _bacteria_plot(request, locale, k, count(final)),
    )
    return Reply(
        title=t("grow.bacteria.title", locale),
        text="\n".join(shown),
        steps=tuple(steps),
        latex=lines[0],
        fields=fields,
        attachments=attachments,
    )


def _period_plot(
    n0: int,
    period: float,
    span: float,
    ratio: float,
    rate: float,
    *,
    labels: tuple[str, str, str],
    axes_names: tuple[str, str],
    legend: str,
    locale: str,
) -> Figure:
    """N0·ratio^(t/T) and N0·e^(rate·t), one curve in two forms, on linear and logarithmic
    axes from t = 0 to ``span``, each period T marked: doubling (ratio 2) and half-life (ratio
    1/2) alike. ``labels``: the two forms' LaTeX and the marks' message key; ``axes_names``:
    the message keys of the time and amount axes."""
    ts = np.linspace(0, span, 400)
    figure, linear, logarithmic = _figure()
    marks = np.arange(0, span + 1e-9 * max(span, 1), period)
    for axes in (linear, logarithmic):
        render.curve(axes, ts, n0 * ratio ** (ts / period), "main", labels[0])
        render.curve(axes, ts, n0 * np.exp(rate * ts), "second", labels[1])
        if len(marks) <= 60:
            axes.plot(
                marks,
                n0 * ratio ** (marks / period),
                "o",
                markersize=3,
                color=render.PALETTE[2],
                label=t(labels[2], locale),
            )
    render.decade_ticks(logarithmic, y=True)
    time_axis, amount_axis = (t(name, locale) for name in axes_names)
    render.finish(
        linear, t("grow.plot.linear", locale), xlabel=time_axis, ylabel=amount_axis, legend=legend
    )
    render.finish(
        logarithmic, t("grow.plot.log", locale), xlabel=time_axis, ylabel=None, legend=None
    )
    return figure


def _bacteria_plot(request: GrowRequest, locale: str, k: mpmath.mpf, final: str) -> Attachment:
    """N0·2^(t/T) and N0·e^(kt) on linear and logarithmic axes, doublings marked."""
    labels = (r"$N_{0} \cdot 2^{t/T}$", rf"$N_{{0}}\, e^{{kt}},\ k = {decimal(k, 4)}$")
    figure = _period_plot(
        request.start,
        float(request.doubling),
        float(request.hours),
        2.0,
        float(k),
        labels=(*labels, "grow.plot.doublings"),
        axes_names=("grow.axis.hours", "grow.axis.count"),
        legend="upper left",
        locale=locale,
    )
    alt = t(
        "grow.plot.bacteria_alt",
        locale,
        n0=f"{request.start:,}",
        T=decimal_text(request.doubling),
        t=decimal_text(request.hours),
        value=final,
        k=decimal(k, 4),
    )
    return render.plot(figure, "grow-bacteria.png", alt)


# --- decay ----------------------------------------------------------------------------------


def half_life_times(half_life: Fraction, time: Fraction, rows: int = TABLE_ROWS) -> list[Fraction]:
    """The table's times: each half-life up to ``time`` (and ``time`` itself) when there are
    at most ``rows`` of them, else evenly spaced times."""
    halvings = time / half_life
    if 1 <= halvings <= rows:
        points = [half_life * k for k in range(1, int(halvings) + 1)]
        return points if points[-1] == time else [*points, time]
    return times(time, rows)


def _percent_left(half_life: Fraction, time: Fraction) -> str:
    return decimal(100 * remaining(half_life, time), 10)


def _decay(request: GrowRequest, locale: str) -> Reply:
    n0, half_life, time = request.start, request.half_life, request.time
    k = mpmath.log(2) / mpf(half_life)
    final = decay(n0, half_life, time)
    final_exp = decay_exp(n0, half_life, time)
    T, t_text = decimal_text(half_life), decimal_text(time)
    halvings = decimal_number(time / half_life)
    rows = [
        "- "
        + t(
            "grow.decay.row",
            locale,
            t=decimal_text(point),
            halvings=text(decimal_number(point / half_life)),
            n=quantity(decay(n0, half_life, point)),
            percent=_percent_left(half_life, point),
        )
        for point in half_life_times(half_life, time)
    ]
    steps = [
        t(
            "grow.step.halvings",
            locale,
            n0=f"{request.start:,}",
            T=T,
            ratio=equation([f"{t_text}/{T}", text(halvings)]),
            power=text(Binary("^", Number(Fraction(1, 2)), halvings)),
            value=quantity(final),
        ),
        t("grow.step.decay_rate", locale, T=T, k=factor(k)),
        t(
            "grow.step.decay_exp",
            locale,
            n0=f"{request.start:,}",
            k=factor(k),
            t=t_text,
            value=quantity(final_exp),
        ),
        t("grow.step.decay_speed", locale, k=factor(k), T=T),
    ]
    percent = _percent_left(half_life, time)
    shown = [
        t(
            "grow.decay.intro",
            locale,
            n0=f"{request.start:,}",
            T=T,
            t=t_text,
            value=quantity(final),
            percent=percent,
        ),
        "",
        f"**{t('grow.decay.table', locale)}**",
        *rows,
    ]
    lines = [
        r"N(t) = N_{0} \left(\frac{1}{2}\right)^{t/T} = N_{0}\, e^{-kt},\qquad "
        r"k = \frac{\log 2}{T}",
        rf"N_{{0}} = {n0},\ T = {T}:\quad k = \frac{{\log 2}}{{{T}}} "
        rf"\approx {decimal_latex(k, 10)}",
    ]
    fields = (
        Field(t("grow.field.decay_rate", locale), f"`k = log 2 / {T} ≈ {factor(k)}`"),
        Field(t("grow.field.left", locale, t=t_text), f"`{quantity(final)}` ({percent} %)"),
    )
    formula_alt = t("grow.decay.formula_alt", locale, k=factor(k), T=T)
    attachments = (
        render.formula(lines, "grow-decay-formulas.png", formula_alt),
        _decay_plot(request, locale, k, quantity(final)),
    )
    return Reply(
        title=t("grow.decay.title", locale),
        text="\n".join(shown),
        steps=tuple(steps),
        latex=lines[0],
        fields=fields,
        attachments=attachments,
    )


def _decay_plot(request: GrowRequest, locale: str, k: mpmath.mpf, final: str) -> Attachment:
    """N0·(1/2)^(t/T) and N0·e^(−kt) on linear and logarithmic axes, half-lives marked."""
    labels = (
        r"$N_{0} \left(\frac{1}{2}\right)^{t/T}$",
        rf"$N_{{0}}\, e^{{-kt}},\ k = {decimal_latex(k, 4)}$",
    )
    figure = _period_plot(
        request.start,
        float(request.half_life),
        float(request.time),
        0.5,
        -float(k),
        labels=(*labels, "grow.plot.half_lives"),
        axes_names=("grow.axis.time", "grow.axis.left"),
        legend="upper right",
        locale=locale,
    )
    alt = t(
        "grow.plot.decay_alt",
        locale,
        n0=f"{request.start:,}",
        T=decimal_text(request.half_life),
        t=decimal_text(request.time),
        value=final,
        k=decimal(k, 4),
    )
    return render.plot(figure, "grow-decay.png", alt)


def answer(request: GrowRequest, locale: str) -> Reply:
    """Tables, formulas and plots of compound interest, bacterial growth or decay."""
    with mpmath.workdps(PRECISION):
        if request.model == "interest":
            return _interest(request, locale)
        if request.model == "decay":
            return _decay(request, locale)
        return _bacteria(request, locale)
