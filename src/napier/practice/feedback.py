"""Words for the learner: statements, hints, verdicts, mistakes and worked solutions.

Everything here is text in the learner's language, from the message catalogue; formulas are
printed by the calculus printers from trees the bot built (plain text in messages, LaTeX in
images), never from what the learner typed.
"""

from __future__ import annotations

import mpmath

from napier import calculus, printer
from napier.i18n import t
from napier.parser import Node
from napier.practice import check as checking
from napier.practice.ranges import Range, range_latex, range_text
from napier.practice.skills import SKILLS, Exercise, Line
from napier.practice.tasks import DERIVATIVE, EQUATION, Mistake, Task
from napier.practice.trees import show
from napier.relation import symbol_text

FIXED_LOW = mpmath.mpf(10) ** -4
FIXED_HIGH = mpmath.mpf(10) ** 12
DIGITS = 6


def number(value: mpmath.mpf, digits: int = DIGITS) -> str:
    """``digits`` significant digits; m × 10^k outside 10^-4 … 10^12 (never e-notation)."""
    if not value:
        return "0"
    if FIXED_LOW <= abs(value) < FIXED_HIGH:
        text = mpmath.nstr(value, digits, min_fixed=-mpmath.inf, max_fixed=mpmath.inf)
        return text.rstrip("0").rstrip(".") if "." in text else text
    exponent = int(mpmath.floor(mpmath.log10(abs(value))))
    mantissa = value / mpmath.mpf(10) ** exponent
    if abs(mantissa) >= 9.99999:
        mantissa, exponent = mantissa / 10, exponent + 1
    shown = mpmath.nstr(mantissa, digits, min_fixed=-mpmath.inf, max_fixed=mpmath.inf)
    shown = shown.rstrip("0").rstrip(".") if "." in shown else shown
    return f"{shown} × 10^{exponent}"


def skill_name(skill: str, locale: str) -> str:
    return t(f"practice.skill.{skill}", locale)


def title(exercise: Exercise, locale: str) -> str:
    return t(
        "practice.title", locale, skill=skill_name(exercise.skill, locale), level=exercise.level
    )


def statement(exercise: Exercise, locale: str) -> str:
    """The exercise in words; a relation symbol (``op``) as the reader's textbooks write it."""
    params = dict(exercise.params)
    if "op" in params:
        params["op"] = symbol_text(params["op"], locale)
    return t(exercise.statement, locale, **params)


def line_text(line: Line, locale: str) -> str:
    """A hint or a solution step: its words, then the formula it reaches (if any)."""
    words = t(line.key, locale, **dict(line.params))
    if line.tree is None:
        return words
    return f"{words}: `{show(line.tree)}`"


def hint(exercise: Exercise, n: int, locale: str) -> str:
    """Hint ``n`` (1-based) of the exercise."""
    return line_text(exercise.hints[n - 1], locale)


GRAPH_BASES = "2 1/2"  # /graph of an increasing and a decreasing exponential


def law_line(law: str, locale: str) -> str:
    """The law a mistake breaks, and where to read it: ``/law 1.1``, the laws of logarithms
    in ``/log`` (``log.product`` …), or the graphs of a^x in ``/graph`` (``graph.*``)."""
    if law.startswith("log."):
        from napier import logarithm
        from napier.lessons.show import line_text

        key = law.removeprefix("log.")
        statement = line_text(logarithm.law(key).statement, locale)
        name = t(f"log.law.name.{key}", locale)
        return t("practice.verdict.log_law", locale, name=name, statement=statement)
    if law.startswith("graph."):
        return t(f"practice.verdict.{law}", locale, bases=GRAPH_BASES)
    return t("practice.verdict.law", locale, law=law)


def mistake_lines(mistake: Mistake, locale: str) -> list[str]:
    """The mistake named, where it goes wrong on this task, and the law it breaks."""
    params = {"site": mistake.site, "wrong": mistake.wrong, "right": mistake.right}
    params.update(dict(mistake.params))
    lines = [
        t(f"practice.mistake.{mistake.id}.explain", locale, **params),
    ]
    if mistake.law:
        lines.append(law_line(mistake.law, locale))
    return lines


def answer_text(task: Task, locale: str) -> str:
    """The right answer as the solution states it: ``2^7``, ``x = 3/2``, ``x < -2``."""
    if isinstance(task.answer, Range):
        return range_text(task.answer, locale)
    shown = show(task.answer)
    return f"x = {shown}" if task.kind == EQUATION else shown


def answer_latex(task: Task, locale: str) -> str:
    if isinstance(task.answer, Range):
        return range_latex(task.answer, locale)
    shown = printer.latex(task.answer)
    return f"x = {shown}" if task.kind == EQUATION else shown


def verdict_lines(
    verdict: checking.Verdict, task: Task, locale: str, hint_line: Line | None = None
) -> list[str]:
    """What the learner reads about their answer: the verdict, the diagnosis, a way forward."""
    lines = [t("practice.verdict.your_answer", locale, answer=verdict.shown)]
    status = verdict.status
    if status == checking.CORRECT:
        lines.append(t("practice.verdict.correct", locale))
        return lines
    if status == checking.FORM:
        form = t(_form_key(verdict.missing), locale)
        lines.append(t("practice.verdict.form", locale, form=form))
        return lines
    if status == checking.MISTAKE and verdict.mistake is not None:
        name = t(f"practice.mistake.{verdict.mistake.id}.name", locale)
        lines.append(t("practice.verdict.mistake", locale, name=name))
        lines.extend(mistake_lines(verdict.mistake, locale))
        if verdict.rounded:
            lines.append(t("practice.verdict.mistake_rounded", locale))
    elif status == checking.ROUNDED:
        money = "round_to" in dict(task.extra)
        key = "practice.verdict.rounded_amount" if money else "practice.verdict.rounded"
        lines.append(t(key, locale))
    elif status == checking.FACTOR and verdict.factor is not None:
        if verdict.factor == -1:
            lines.append(t("practice.verdict.sign", locale))
        else:
            lines.append(t("practice.verdict.factor", locale, factor=number(verdict.factor)))
    elif status == checking.UNDEFINED:
        lines.append(t("practice.verdict.undefined", locale))
    else:
        lines.append(t("practice.verdict.different", locale))
        if verdict.point is not None:
            x, mine, right = verdict.point
            lines.append(
                t(
                    "practice.verdict.point",
                    locale,
                    x=number(x),
                    answer=number(mine),
                    right=number(right),
                )
            )
        elif verdict.value is not None and task.kind != DERIVATIVE:
            lines.append(t("practice.verdict.value", locale, value=number(verdict.value)))
    if hint_line is not None and status != checking.MISTAKE:
        lines.append(t("practice.verdict.hint", locale, hint=line_text(hint_line, locale)))
    lines.append(t("practice.verdict.kind", locale))
    return lines


def _form_key(missing: str) -> str:
    if missing == checking.NOT_NUMBER:
        return "practice.form.number"
    if missing == checking.NUMBER:
        return "practice.form.number_not_power"
    return f"practice.form.{missing}"  # product, quotient, power_of_power, negative, not_log …


def skills_list(locale: str) -> list[str]:
    """Every skill by id and by name in both languages."""
    return [
        f"- `{skill}`: {t(f'practice.skill.{skill}', 'ja')} / {t(f'practice.skill.{skill}', 'en')}"
        for skill in SKILLS
    ]


def derivation_lines(function: Node, locale: str) -> list[str]:
    """The lesson engine's derivation of (function)', one named rule per line."""
    derivation = calculus.differentiate(function)
    lines = []
    for step in derivation.steps:
        rule = t(f"diff.rule.{step.rule}", locale, **dict(step.params))
        lines.append(f"{rule}\n→ `y' = {show(step.tree)}`")
    return lines


def solution_lines(exercise: Exercise, locale: str) -> list[str]:
    """The worked solution of an exercise, step by step (a lesson engine's steps included)."""
    lines = [line_text(line, locale) for line in exercise.solution]
    if exercise.task.kind == DERIVATIVE:
        lines += derivation_lines(exercise.task.given, locale)
    if exercise.steps:
        from napier.lessons.show import step_text

        lines += [step_text(step, exercise.step_prefix, locale) for step in exercise.steps]
    return lines


MAX_SOLUTION_LINES = 12  # lines of the solution image


def solution_latex(exercise: Exercise, locale: str = "en") -> list[str]:
    """The solution as lines of LaTeX: the statement's formula, then each step's formula."""
    task = exercise.task
    if task.kind == DERIVATIVE:
        derivation = calculus.differentiate(task.given)
        trees = [step.tree for step in derivation.steps][-4:]
        first = rf"y' = {printer.latex(derivation.start)}"
        return [first, *(f"= {printer.latex(tree)}" for tree in trees)]
    lines = [exercise.formula(locale)]
    for line in exercise.solution:
        if line.tree is not None:
            lines.append(f"= {printer.latex(line.tree)}")
    if exercise.steps:
        from napier.lessons.show import line_latex

        lines += [line_latex(line, locale) for step in exercise.steps for line in step.lines]
    return lines[:1] + lines[1:][-(MAX_SOLUTION_LINES - 1) :]
