"""The heavy half of ``/check``: the verdict on a learner's own claim, the slip named, and the
right result with its steps (laws one at a time, or the derivative rule by rule)."""

from __future__ import annotations

import logging

from napier import calculus, printer, render
from napier.commands.check import CheckRequest
from napier.i18n import t
from napier.practice import check as checking
from napier.practice import claims, feedback, solutions
from napier.practice.tasks import Task, derivative_task, equal_task, evaluate_task
from napier.practice.trees import show, typed_text
from napier.reply import Action, Reply

log = logging.getLogger(__name__)

MAX_TITLE = 120
MAX_IMAGE_LINES = 6
MAX_ALT = 300


def task_for(claim: claims.Claim) -> Task:
    """The task a claim is about (the same tasks exercises use)."""
    if claim.kind == claims.DERIVATIVE:
        return derivative_task(claim.left)
    if claim.kind == claims.VALUE:
        return evaluate_task(claim.left)
    return equal_task(claim.left)


def answer(request: CheckRequest, locale: str) -> Reply:
    """Check the claim: verdict, diagnosis, the right result and how to get it."""
    claim = request.claim
    task = task_for(claim)
    verdict = checking.check(task, claim.claimed)
    left = show(claim.left)
    is_derivative = claim.kind == claims.DERIVATIVE
    shown_left = f"({left})'" if is_derivative else left
    claimed = verdict.shown
    lines: list[str] = []
    if verdict.correct:
        key = "check.correct_derivative" if is_derivative else "check.correct"
        lines.append(t(key, locale, f=left, left=left, right=claimed, claimed=claimed))
    else:
        lines += feedback.verdict_lines(verdict, task, locale)[1:-1]
    result, steps, latex_lines = _result(claim, task, verdict, locale)
    lines += ["", t("check.result", locale, result=f"{shown_left} = {result}")]
    actions = _actions(claim, task, verdict, locale)
    title = t("check.title", locale, claim=f"{shown_left} = {claimed}")
    alt = t("check.image.alt", locale, result=f"{shown_left} = {result}")[:MAX_ALT]
    return Reply(
        title=title[:MAX_TITLE],
        text="\n".join(lines),
        steps=tuple(steps),
        latex=latex_lines[0],
        attachments=(render.formula(latex_lines, "check.png", alt),),
        actions=tuple(actions),
    )


def _result(
    claim: claims.Claim, task: Task, verdict: checking.Verdict, locale: str
) -> tuple[str, list[str], list[str]]:
    """The right result (plain text), its steps (text), and the formula lines (LaTeX)."""
    if claim.kind == claims.DERIVATIVE:
        derivation = calculus.differentiate(claim.left)
        trees = [step.tree for step in derivation.steps]
        latex_lines = [rf"\left({printer.latex(claim.left)}\right)' = {printer.latex(trees[0])}"]
        latex_lines += [f"= {printer.latex(tree)}" for tree in trees[1:]]
        return show(task.answer), feedback.derivation_lines(claim.left, locale), _fit(latex_lines)
    power = checking.missing_form(verdict.answer, checking.FORM_POWER) == ""
    goal = solutions.POWER if power and claim.kind == claims.EQUAL else solutions.VALUE
    lines = solutions.law_steps(claim.left, goal)
    final = lines[-1].tree if lines and lines[-1].tree is not None else task.answer
    latex_lines = [printer.latex(claim.left)]
    latex_lines += [f"= {printer.latex(line.tree)}" for line in lines if line.tree is not None]
    return show(final), [feedback.line_text(line, locale) for line in lines], _fit(latex_lines)


def _fit(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_IMAGE_LINES:
        return lines
    return [lines[0], *lines[-(MAX_IMAGE_LINES - 1) :]]


def _actions(
    claim: claims.Claim, task: Task, verdict: checking.Verdict, locale: str
) -> list[Action]:
    law = verdict.mistake.law if verdict.mistake is not None else task.law
    actions = []
    if law:
        actions.append(Action(t("practice.action.law", locale, law=law), "law", (("id", law),)))
    if claim.kind == claims.DERIVATIVE:
        actions.append(
            Action(t("practice.action.lesson", locale), "diff", (("f", typed_text(claim.left)),))
        )
    elif not law:
        command, args = task.lesson
        actions.append(Action(t("practice.action.lesson", locale), command, args))
    return actions
