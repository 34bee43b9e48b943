"""``/napier [topic] [n]``: Napier's number e — mnemonics, digits, limit, series, derivative."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from fractions import Fraction
from math import factorial

import mpmath
import numpy as np

from napier import render
from napier.commands.napier import TOPICS, NapierRequest
from napier.format import fixed, powers_of_ten
from napier.i18n import t
from napier.lessons import common
from napier.reply import TEXT, Action, Attachment, Field, Reply

log = logging.getLogger(__name__)

GROUP = 10  # digits per block
LINE = 50  # digits per line
MESSAGE_LIMIT = 1_500  # characters of digits in a chat message; longer goes to a file
PREVIEW_LINES = 2  # lines of digits shown in the text when the rest is in a file
LIMIT_POWERS = tuple(range(8))  # n = 10**k for (1 + 1/n)^n
SERIES_TERMS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 18)
PLOT_TERMS = 20  # the series plot compares both methods for n = 1 … PLOT_TERMS
VALUE_PLACES = 12  # decimals shown for an approximation of e
WORK_DPS = 60  # decimal precision for everything except the digits topic
TANGENT_POINTS = (-1, 0, 1)
SLOPE_STEP = Fraction(1, 10**6)
SLOPE_PLACES = 6

# --- the numbers -----------------------------------------------------------------------------


def digits_of_e(places: int) -> str:
    """The digits of e up to ``places`` decimals, truncated: ``"2718…"`` (places + 1 digits)."""
    guard = 30
    with mpmath.workdps(places + guard):
        scaled = mpmath.e * mpmath.mpf(10) ** places
        whole = int(mpmath.floor(scaled))
        # a run of guard-many 9s or 0s could hide a carry; e has none this early, but check
        fraction = scaled - whole
        if not mpmath.mpf(10) ** (5 - guard) < fraction < 1 - mpmath.mpf(10) ** (5 - guard):
            raise ArithmeticError("not enough guard digits to truncate e")
    return _int_to_digits(whole, places + 1)


def _int_to_digits(value: int, width: int) -> str:
    """``value`` in decimal, zero-padded to ``width`` (Python refuses huge ``str(int)``)."""
    chunk = 1_000
    parts: list[str] = []
    while value:
        value, rest = divmod(value, 10**chunk)
        parts.append(f"{rest:0{chunk}d}")
    return "".join(reversed(parts)).lstrip("0").rjust(width, "0")


def _e() -> mpmath.mpf:
    return +mpmath.e


def _mpf(value: Fraction) -> mpmath.mpf:
    return mpmath.mpf(value.numerator) / value.denominator


def _decimal(value: mpmath.mpf, places: int) -> str:
    """``value`` rounded to ``places`` decimals, in plain notation."""
    return fixed(value, places)


def scientific(value: mpmath.mpf, significant: int = 3) -> str:
    """A small error as ``1.36 × 10^-7`` (``significant`` digits, never e-notation)."""
    return powers_of_ten(value, significant)


def _signed(value: int) -> str:
    """An integer with a true minus sign (−1, not -1)."""
    return str(value).replace("-", "−")


def power_of_ten(k: int) -> str:
    """``10^7`` for 10**k (``1`` for k = 0)."""
    return "1" if k == 0 else f"10^{k}"


def correct_decimals(value: mpmath.mpf, limit: int = 40) -> int:
    """How many decimals of ``value`` agree with e's when both are truncated."""
    with mpmath.workdps(WORK_DPS):
        e = _e()
        for places in range(limit + 1):
            scale = mpmath.mpf(10) ** places
            if mpmath.floor(value * scale) != mpmath.floor(e * scale):
                return places - 1
    return limit


@dataclass(frozen=True)
class Approximation:
    """One approximation of e: its parameter, value and error e − value."""

    n: int
    value: mpmath.mpf
    error: mpmath.mpf


def limit_value(n: int) -> mpmath.mpf:
    """(1 + 1/n)^n at the working precision (60 decimals)."""
    return (1 + mpmath.mpf(1) / n) ** n


def limit_table() -> tuple[Approximation, ...]:
    """(1 + 1/n)^n for n = 1, 10, … 10^7 with its error."""
    with mpmath.workdps(WORK_DPS):
        rows = []
        for k in LIMIT_POWERS:
            value = limit_value(10**k)
            rows.append(Approximation(10**k, value, _e() - value))
        return tuple(rows)


def partial_sum(terms: int) -> Fraction:
    """Σ_{k=0}^{terms} 1/k!, exactly."""
    return sum((Fraction(1, factorial(k)) for k in range(terms + 1)), Fraction(0))


def series_table(terms: tuple[int, ...] = SERIES_TERMS) -> tuple[Approximation, ...]:
    """Partial sums of Σ 1/k! (up to k = N) with their error."""
    with mpmath.workdps(WORK_DPS):
        rows = []
        for count in terms:
            value = partial_sum(count)
            exact = _mpf(value)
            rows.append(Approximation(count, exact, _e() - exact))
        return tuple(rows)


def series_terms_to_beat(error: mpmath.mpf) -> int:
    """The fewest N with e − Σ_{k≤N} 1/k! below ``error``."""
    with mpmath.workdps(WORK_DPS):
        count = 0
        while True:
            total = partial_sum(count)
            if _e() - _mpf(total) < error:
                return count
            count += 1


# --- the mnemonics ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Sound:
    """A piece of a phrase as written, its reading, and the digits it stands for ("" if none)."""

    text: str
    reading: str
    digits: str


@dataclass(frozen=True)
class Mnemonic:
    """A phrase whose sounds (or word lengths) spell the digits of e."""

    key: str
    phrase: str
    sounds: tuple[Sound, ...]

    @property
    def digits(self) -> str:
        return "".join(sound.digits for sound in self.sounds)


def _words(phrase: str) -> tuple[Sound, ...]:
    """Each word stands for its number of letters."""
    sounds = []
    for word in phrase.split():
        letters = sum(char.isalpha() for char in word)
        sounds.append(Sound(word.strip(",.;:!?"), "", str(letters)))
    return tuple(sounds)


# Goroawase reads a digit by a syllable of its Japanese name: 2 に/ふ(たつ), 7 な(な),
# 1 い(ち)/ひと(つ), 8 は(ち)/や(っつ)/わ, 4 し, 5 ご/い(つつ), 9 く, 0 お (the letter O).
MNEMONICS = (
    Mnemonic(
        "napier.mnemonic.seed",
        "二塁から内野にわたる",
        (
            Sound("二", "に", "2"),
            Sound("塁から", "るいから", ""),
            Sound("内", "な", "7"),
            Sound("", "い", "1"),
            Sound("野", "や", "8"),
            Sound("に", "に", "2"),
            Sound("わ", "わ", "8"),
            Sound("たる", "たる", ""),
        ),
    ),
    Mnemonic(
        "napier.mnemonic.traditional",
        "鮒一鉢二鉢一鉢二鉢至極惜しい",
        (
            Sound("鮒", "ふ", "2"),
            Sound("", "な", "7"),
            Sound("一", "ひと", "1"),
            Sound("鉢", "はち", "8"),
            Sound("二", "ふた", "2"),
            Sound("鉢", "はち", "8"),
            Sound("一", "ひと", "1"),
            Sound("鉢", "はち", "8"),
            Sound("二", "ふた", "2"),
            Sound("鉢", "はち", "8"),
            Sound("至極", "し", "4"),
            Sound("", "ご", "5"),
            Sound("", "く", "9"),
            Sound("惜しい", "お", "0"),
            Sound("", "し", "4"),
            Sound("", "い", "5"),
        ),
    ),
    Mnemonic(
        "napier.mnemonic.english",
        "To express e, remember to memorize a sentence to simplify this",
        _words("To express e, remember to memorize a sentence to simplify this"),
    ),
)


def with_point(digits: str) -> str:
    """``"271828"`` → ``"2.71828"``."""
    return f"{digits[0]}.{digits[1:]}" if len(digits) > 1 else digits


def coverage(digits: str) -> int:
    """How many leading significant digits of ``digits`` are e's."""
    truth = digits_of_e(len(digits) + 5)
    count = 0
    for mine, true in zip(digits, truth, strict=False):
        if mine != true:
            break
        count += 1
    return count


def _alignment(mnemonic: Mnemonic, locale: str) -> str:
    """``二(に)=2 · 塁から(るいから) · 内(な・い)=7・1 …`` or ``To=2 · express=7 …``."""
    if not mnemonic.sounds[0].reading:
        return " · ".join(f"{s.text}={s.digits}" for s in mnemonic.sounds)
    groups: list[list[Sound]] = []
    for sound in mnemonic.sounds:
        if sound.text or not groups:
            groups.append([sound])
        else:
            groups[-1].append(sound)
    pieces = []
    for group in groups:
        written = group[0].text
        reading = "・".join(s.reading for s in group)
        digits = "・".join(s.digits for s in group if s.digits)
        label = written if written == reading else f"{written}({reading})"
        pieces.append(f"{label}={digits}" if digits else f"{label}={t('napier.filler', locale)}")
    return " · ".join(pieces)


# --- replies ---------------------------------------------------------------------------------


def _formula(lines: list[str], name: str, locale: str, alt_key: str) -> Attachment:
    return render.formula(lines, f"napier-{name}-formula.png", t(alt_key, locale))


def _topic_actions(locale: str, skip: str = "") -> tuple[Action, ...]:
    return tuple(
        Action(t(f"napier.button.{topic}", locale), "napier", (("topic", topic),))
        for topic in TOPICS
        if topic != skip
    )


def overview(locale: str) -> Reply:
    """What e is, the key facts, and a button to each topic."""
    lines = [
        r"e=\lim_{n\to\infty}\left(1+\dfrac{1}{n}\right)^{n}=\sum_{k=0}^{\infty}\dfrac{1}{k!}"
        r"=2.718281828\ldots",
        r"(e^{x})'=e^{x}\quad(1.6)",
        r"\log e=\log_{e} e=1",
    ]
    return Reply(
        title=t("napier.overview.title", locale),
        text=t("napier.overview.text", locale, digits=with_point(digits_of_e(9))),
        latex=lines[0],
        attachments=(_formula(lines, "overview", locale, "napier.overview.alt"),),
        actions=_topic_actions(locale),
    )


def mnemonic_reply(locale: str) -> Reply:
    """The three mnemonics, aligned to their digits and checked against e."""
    truth = digits_of_e(20)
    fields = []
    covered = []
    for mnemonic in MNEMONICS:
        count = coverage(mnemonic.digits)
        covered.append(count)
        verdict = (
            t("napier.mnemonic.all_correct", locale, count=count, digits=with_point(truth[:count]))
            if count == len(mnemonic.digits)
            else t(
                "napier.mnemonic.wrong_from",
                locale,
                count=count,
                shown=with_point(mnemonic.digits),
                digits=with_point(truth[: count + 1]),
            )
        )
        value = "\n".join(
            [
                t(mnemonic.key, locale),
                f"- {_alignment(mnemonic, locale)}",
                f"- {with_point(mnemonic.digits)}: {verdict}",
            ]
        )
        fields.append(Field(mnemonic.phrase, value))
    lines = [rf"e={with_point(truth)}\ldots"]
    figure = render.new_figure((6.4, 3.2), left=2.1)
    axes = figure.add_subplot()
    labels = [m.phrase if len(m.phrase) <= 14 else m.phrase[:13] + "…" for m in MNEMONICS]
    positions = np.arange(len(MNEMONICS))[::-1]
    axes.barh(positions, covered, color=render.PALETTE[: len(MNEMONICS)])
    for position, mnemonic, count in zip(positions, MNEMONICS, covered, strict=True):
        axes.text(count + 0.2, position, with_point(mnemonic.digits[:count]), va="center")
    axes.set_yticks(positions, labels)
    axes.set_xlim(0, max(covered) + 10)
    axes.grid(axis="y", visible=False)
    render.finish(
        axes,
        t("napier.mnemonic.plot.title", locale),
        xlabel=t("napier.mnemonic.plot.x", locale),
        ylabel=None,
        legend=None,
    )

    alt = t(
        "napier.mnemonic.plot.alt",
        locale,
        counts=", ".join(f"{m.phrase}: {c}" for m, c in zip(MNEMONICS, covered, strict=True)),
    )
    return Reply(
        title=t("napier.mnemonic.title", locale),
        text=t("napier.mnemonic.text", locale),
        latex=lines[0],
        fields=tuple(fields),
        attachments=(
            _formula(lines, "mnemonic", locale, "napier.mnemonic.alt"),
            render.plot(figure, "napier-mnemonic.png", alt),
        ),
        actions=_topic_actions(locale, "mnemonic"),
    )


def group_digits(digits: str) -> list[str]:
    """``"2718…"`` → lines of ``LINE`` decimals in blocks of ``GROUP``, the first with ``2.``."""
    decimals = digits[1:]
    lines = []
    for start in range(0, len(decimals), LINE):
        line = decimals[start : start + LINE]
        blocks = " ".join(line[i : i + GROUP] for i in range(0, len(line), GROUP))
        lines.append(blocks)
    if lines:
        lines[0] = f"{digits[0]}.{lines[0]}"
    else:
        lines.append(digits[0])
    return lines


def digits_reply(places: int, locale: str) -> Reply:
    """e to ``places`` decimals, truncated, grouped; a text file when long."""
    digits = digits_of_e(places + 1)
    next_digit, digits = digits[-1], digits[:-1]
    lines = group_digits(digits)
    shown = [f"`{line}`" for line in lines]
    text = [t("napier.digits.text", locale, n=f"{places:,}", next=next_digit)]
    attachments: list[Attachment] = []
    if sum(len(line) + 1 for line in shown) > MESSAGE_LIMIT:
        filename = f"e-{places}-digits.txt"
        body = [t("napier.digits.file_header", locale, n=f"{places:,}")]
        width = len(f"{places:,}")
        for index, line in enumerate(lines):
            first = index * LINE + 1
            body.append(f"{first:>{width},}  {line}")
        attachments.append(
            Attachment(
                filename=filename,
                data=("\n".join(body) + "\n").encode("utf-8"),
                alt_text=t("napier.digits.file_alt", locale, n=f"{places:,}"),
                media_type=TEXT,
            )
        )
        shown = [*shown[:PREVIEW_LINES], "…"]
        text.append(
            t(
                "napier.digits.in_file",
                locale,
                shown=f"{min(places, PREVIEW_LINES * LINE):,}",
                filename=filename,
            )
        )
    text.extend(shown)
    lines_tex = [
        r"e=\sum_{k=0}^{\infty}\dfrac{1}{k!}="
        + with_point(digits[: min(len(digits), 21)])
        + r"\ldots"
    ]
    counts = [digits[1:].count(str(d)) for d in range(10)]
    figure = render.new_figure((6.4, 3.4))
    axes = figure.add_subplot()
    axes.bar(range(10), counts, color=render.ACCENT, label=t("napier.digits.plot.count", locale))
    axes.axhline(
        places / 10,
        color=render.PALETTE[1],
        linestyle="--",
        label=t("napier.digits.plot.expected", locale),
    )
    axes.set_xticks(range(10))
    axes.set_ylim(0, max(counts) * 1.3 + 1)
    render.finish(
        axes,
        t("napier.digits.plot.title", locale, n=f"{places:,}"),
        xlabel=t("napier.digits.plot.x", locale),
        ylabel=t("napier.digits.plot.y", locale),
        legend="upper center",
    )
    alt = t(
        "napier.digits.plot.alt",
        locale,
        n=f"{places:,}",
        counts=", ".join(f"{d}: {c}" for d, c in enumerate(counts)),
    )
    return Reply(
        title=t("napier.digits.title", locale, n=f"{places:,}"),
        text="\n".join(text),
        latex=lines_tex[0],
        attachments=(
            _formula(lines_tex, "digits", locale, "napier.digits.alt"),
            render.plot(figure, "napier-digits.png", alt),
            *attachments,
        ),
        actions=_topic_actions(locale, "digits"),
    )


def _row(name: str, row: Approximation, locale: str) -> str:
    return t(
        "napier.row",
        locale,
        name=name,
        value=_decimal(row.value, VALUE_PLACES),
        error=scientific(row.error),
        correct=max(correct_decimals(row.value), 0),
    )


def limit_reply(locale: str) -> Reply:
    """(1 + 1/n)^n for n = 1 … 10^7, its error, and a plot that creeps up to e."""
    rows = limit_table()
    table = [
        _row(f"n = {power_of_ten(k)}", row, locale)
        for k, row in zip(LIMIT_POWERS, rows, strict=True)
    ]
    lines = [
        r"e=\lim_{n\to\infty}\left(1+\dfrac{1}{n}\right)^{n}",
        r"e-\left(1+\dfrac{1}{n}\right)^{n}\approx\dfrac{e}{2n}",
    ]
    with mpmath.workdps(WORK_DPS):
        ns = np.unique(np.round(np.logspace(0, 7, 120)).astype(np.int64))
        exact = [limit_value(int(n)) for n in ns]
        values = [float(v) for v in exact]
        errors = [float(_e() - v) for v in exact]
        e = float(_e())
    figure = render.new_figure((8.0, 3.6))
    left, right = figure.subplots(1, 2)
    # Plain-text legends: mathtext would be parsed again for every legend entry.
    render.curve(left, ns, values, "main", "(1 + 1/n)ⁿ")
    left.axhline(e, label="e", **render.CURVES["reference"])  # type: ignore[arg-type]
    for row in rows:
        render.point(left, row.n, float(row.value), render.ACCENT)
    render.curve(right, ns, errors, "main", "e − (1 + 1/n)ⁿ")
    render.curve(right, ns, e / (2 * ns), "tangent", "e/(2n)")
    render.decade_ticks(left, x=True)
    render.decade_ticks(right, x=True, y=True)
    render.finish(
        left,
        t("napier.limit.plot.title", locale),
        xlabel="n",
        ylabel=t("napier.limit.plot.value", locale),
        legend="lower right",
    )
    render.finish(
        right,
        t("napier.limit.plot.error_title", locale),
        xlabel="n",
        ylabel=t("napier.plot.error", locale),
        legend="upper right",
    )
    last = rows[-1]
    alt = t(
        "napier.limit.plot.alt",
        locale,
        value=_decimal(last.value, VALUE_PLACES),
        error=scientific(last.error),
    )
    return Reply(
        title=t("napier.limit.title", locale),
        text="\n".join([t("napier.limit.text", locale), *table]),
        steps=(
            t("napier.limit.why", locale),
            t("napier.limit.slow", locale, error=scientific(last.error)),
        ),
        latex=lines[0],
        attachments=(
            _formula(lines, "limit", locale, "napier.limit.alt"),
            render.plot(figure, "napier-limit.png", alt),
        ),
        actions=_topic_actions(locale, "limit"),
    )


def series_reply(locale: str) -> Reply:
    """Partial sums of Σ 1/k!, their error, and how much faster than the limit they get there."""
    rows = series_table()
    table = [_row(f"N = {row.n}", row, locale) for row in rows]
    limit_rows = limit_table()
    slowest = limit_rows[-1]
    needed = series_terms_to_beat(slowest.error)
    with mpmath.workdps(WORK_DPS):
        needed_error = _e() - _mpf(partial_sum(needed))
    lines = [
        r"e=\sum_{k=0}^{\infty}\dfrac{1}{k!}=1+1+\dfrac{1}{2}+\dfrac{1}{6}+\dfrac{1}{24}+\cdots",
        r"0<e-\sum_{k=0}^{N}\dfrac{1}{k!}<\dfrac{1}{N!\,N}",
    ]
    counts = np.arange(1, PLOT_TERMS + 1)
    with mpmath.workdps(WORK_DPS):
        series_errors = [_e() - _mpf(partial_sum(int(c))) for c in counts]
        limit_errors = [_e() - limit_value(int(c)) for c in counts]
    figure = render.new_figure()
    axes = figure.add_subplot()
    axes.semilogy(counts, [float(x) for x in series_errors], "o-", label=r"$e-\sum_{k=0}^{n} 1/k!$")
    axes.semilogy(counts, [float(x) for x in limit_errors], "s-", label=r"$e-(1+1/n)^n$")
    axes.set_xticks(range(0, PLOT_TERMS + 1, 2))
    render.decade_ticks(axes, y=True)
    render.finish(
        axes,
        t("napier.series.plot.title", locale),
        xlabel=t("napier.series.plot.x", locale),
        ylabel=t("napier.plot.error", locale),
        legend="center right",
    )
    alt = t(
        "napier.series.plot.alt",
        locale,
        count=PLOT_TERMS,
        series=scientific(series_errors[-1]),
        limit=scientific(limit_errors[-1]),
    )
    contrast = t(
        "napier.series.contrast",
        locale,
        needed=needed,
        needed_error=scientific(needed_error),
        limit_n=power_of_ten(LIMIT_POWERS[-1]),
        limit_error=scientific(slowest.error),
    )
    return Reply(
        title=t("napier.series.title", locale),
        text="\n".join([t("napier.series.text", locale), *table, contrast]),
        steps=(t("napier.series.why", locale),),
        latex=lines[0],
        attachments=(
            _formula(lines, "series", locale, "napier.series.alt"),
            render.plot(figure, "napier-series.png", alt),
        ),
        actions=_topic_actions(locale, "series"),
    )


@dataclass(frozen=True)
class Tangent:
    """At ``x``: the height e^x and the slope measured by a difference quotient."""

    x: int
    height: mpmath.mpf
    slope: mpmath.mpf


def tangents() -> tuple[Tangent, ...]:
    """Height and measured slope (e^{x+h} − e^x)/h, h = 10^-6, at each tangent point."""
    with mpmath.workdps(WORK_DPS):
        h = mpmath.mpf(SLOPE_STEP.numerator) / SLOPE_STEP.denominator
        return tuple(
            Tangent(x, mpmath.exp(x), (mpmath.exp(x + h) - mpmath.exp(x)) / h)
            for x in TANGENT_POINTS
        )


def _law_action(locale: str) -> tuple[Action, ...]:
    """A button to ``/law 1.6`` when that command is installed with an ``id`` option."""
    from napier.commands import COMMANDS

    law = COMMANDS.get("law")
    if law is None or law.option("id") is None:
        return ()
    return (Action(t("napier.button.law", locale), "law", (("id", "1.6"),)),)


def derivative_reply(locale: str) -> Reply:
    """(1.6) from the definition of e, then seen with the eyes: tangents whose slope is the
    height. The proof is the chain of ``napier.reasons``: e → lim (e^h − 1)/h = 1 → (1.6)."""
    points = tangents()
    fields = tuple(
        Field(
            f"x = {_signed(p.x)}",
            t(
                "napier.derivative.point",
                locale,
                power=f"e^{p.x}" if p.x >= 0 else f"e^({p.x})",
                height=_decimal(p.height, SLOPE_PLACES),
                slope=_decimal(p.slope, SLOPE_PLACES),
            ),
        )
        for p in points
    )
    lines = [
        r"\left(e^{x}\right)'=\lim_{h\to 0}\dfrac{e^{x+h}-e^{x}}{h}"
        r"=e^{x}\lim_{h\to 0}\dfrac{e^{h}-1}{h}=e^{x}\quad(1.6)",
        r"y=e^{a}\,(x-a+1)=0\ \Leftrightarrow\ x=a-1",
    ]
    xs = np.linspace(-3.2, 1.6, 200)
    figure = render.new_figure()
    axes = figure.add_subplot()
    axes.plot(xs, np.exp(xs), color=render.INK_HEX, linewidth=2.4, label="y = eˣ")
    for color, point in zip(render.PALETTE, points, strict=False):
        a = point.x
        height = float(point.height)
        span = np.array([a - 1.0, a + 0.6])
        label = t(
            "napier.derivative.plot.tangent", locale, x=_signed(a), slope=_decimal(point.height, 3)
        )
        axes.plot(span, height * (span - a + 1), color=color, linewidth=1.6, label=label)
        axes.fill([a - 1, a, a], [0, 0, height], color=color, alpha=0.15)
        axes.plot([a, a], [0, height], color=color, linestyle="--", linewidth=1)
        render.point(axes, a, height, color)
    axes.axhline(0, color="#5c5c60", linewidth=0.8)
    axes.set_xlim(-3.2, 1.6)
    axes.set_ylim(-0.4, 4.6)
    render.finish(axes, t("napier.derivative.plot.title", locale), legend="upper left")
    law = _law_action(locale)
    steps = (
        *common.proof("exp_limit", locale),
        *common.proof("1.6", locale),
        t("napier.derivative.tangents", locale),
    )
    return Reply(
        title=t("napier.derivative.title", locale),
        text=t("napier.derivative.text", locale),
        steps=steps,
        latex=lines[0],
        fields=fields,
        attachments=(
            _formula(lines, "derivative", locale, "napier.derivative.alt"),
            render.plot(figure, "napier-derivative.png", t("napier.derivative.plot.alt", locale)),
        ),
        actions=(*law, *_topic_actions(locale, "derivative")),
    )


def answer(request: NapierRequest, locale: str) -> Reply:
    """The reply for one topic (or the overview)."""
    if request.topic == "mnemonic":
        return mnemonic_reply(locale)
    if request.topic == "digits":
        return digits_reply(request.n, locale)
    if request.topic == "limit":
        return limit_reply(locale)
    if request.topic == "series":
        return series_reply(locale)
    if request.topic == "derivative":
        return derivative_reply(locale)
    return overview(locale)
