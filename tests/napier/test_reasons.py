"""The chain of reasons: no circles, each step cites only what came before it, and the lessons
(/law 1.5, /law 1.6, /diff 2, /diff e, /napier derivative) follow it."""

from __future__ import annotations

import re

import mpmath
import pytest

from napier import reasons
from napier.command_line import parse_line
from napier.i18n import CATALOGUE, LOCALES, t
from napier.reply import Reply

LAW_MENTION = re.compile(r"(?:law|公式)\s*\(?(1\.[1-6])\)?|\((1\.[1-6])\)")


def ask(line: str, locale: str) -> Reply:
    command, args = parse_line(line)
    return command.reply(command.prepare(args), locale)


def mentioned(text: str) -> set[str]:
    """The laws a text names: 'law 1.4', '公式 1.4', '(1.4)'."""
    return {a or b for a, b in LAW_MENTION.findall(text)}


def walk(reason: str, path: tuple[str, ...] = ()) -> None:
    """Follow every citation from ``reason``; fail on a reason met again on the same path."""
    assert reason not in path, "circular citation: " + " → ".join((*path, reason))
    assert reason in reasons.REASONS, f"{path[-1]} cites unknown {reason}"
    for cited in reasons.REASONS[reason].cites:
        walk(cited, (*path, reason))


@pytest.mark.parametrize("reason", list(reasons.REASONS))
def test_citations_have_no_cycle(reason: str) -> None:
    """Walking the citations of every reason never comes back to a reason on its own path."""
    walk(reason)
    assert reasons.chain(reason)[-1] == reason


def test_the_walk_finds_a_circle_when_there_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The walker itself can fail: (1.6) citing (1.5), which cites (1.6), is caught."""
    circular = reasons.Reason("1.6", "law", (reasons.Step("x", ("1.5",)),))
    monkeypatch.setitem(reasons.REASONS, "1.6", circular)
    with pytest.raises(AssertionError, match="circular"):
        walk("1.5")
    with pytest.raises(ValueError, match="circular"):
        reasons.chain("1.5")


def test_each_reason_cites_only_what_came_before_it() -> None:
    """The order of REASONS is an order of teaching: every citation points backwards."""
    order = list(reasons.REASONS)
    for position, reason in enumerate(order):
        for cited in reasons.REASONS[reason].cites:
            assert order.index(cited) < position, (reason, cited)


def test_the_derivative_laws_follow_the_textbook_chain() -> None:
    """e → lim (e^h − 1)/h = 1 → (1.6) → (1.5); (1.6) never rests on (1.5)."""
    assert reasons.chain("1.6").index("e") < reasons.chain("1.6").index("exp_limit")
    assert "exp_limit" in reasons.REASONS["1.6"].cites
    assert "1.5" not in reasons.chain("1.6")
    assert {"1.6", "chain", "1.4", "log"} <= set(reasons.REASONS["1.5"].cites)


@pytest.mark.parametrize("locale", LOCALES)
def test_each_step_names_only_the_laws_it_cites(locale: str) -> None:
    """A proof step's text names no law outside its citations (a check step may name the law
    it checks against, as the article's order: (1.6) as the case a = e of (1.5))."""
    for reason in reasons.REASONS.values():
        for step in reason.steps:
            shown = t(step.key, locale, values="", pattern="")
            if step.check:
                continue
            assert mentioned(shown) <= set(step.cites), (step.key, shown)
            assert reason.id not in mentioned(shown), (step.key, "cites itself")
    for rule, cites in reasons.RULES.items():
        params = {"a": "2", "log": "log 2", "power": "2^x", "u": "x log 2", "as_e": "e^(x log 2)"}
        shown = t(f"diff.rule.{rule}", locale, **params)
        assert mentioned(shown) <= set(cites), (rule, shown)


def proof_texts(reason: str, locale: str) -> list[str]:
    """The steps' templates (their text up to the first value filled in)."""
    return [CATALOGUE[step.key][locale] for step in reasons.proof(reason)]


def in_order(steps: tuple[str, ...], expected: list[str]) -> bool:
    """Whether the expected texts appear among ``steps`` in this order (checks: prefix only)."""
    position = 0
    for text in expected:
        prefix = text.split("{")[0][:30]
        while position < len(steps) and not steps[position].startswith(prefix):
            position += 1
        if position == len(steps):
            return False
        position += 1
    return True


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("line", ["/law 1.6", "/diff e", "/napier derivative"])
def test_e_to_the_x_is_derived_from_the_definition_of_e(line: str, locale: str) -> None:
    """/law 1.6, /diff e and /napier derivative show lim (e^h − 1)/h = 1 from the definition
    of e, then (1.6) from it; law 1.5 is named only in the check, after the proof."""
    reply = ask(line, locale)
    expected = proof_texts("exp_limit", locale) + proof_texts("1.6", locale)
    assert in_order(reply.steps, expected)
    check = next(i for i, s in enumerate(reply.steps) if s.startswith(expected[-1][:20]))
    for step in reply.steps[:check]:
        assert "1.5" not in mentioned(step), step
    assert "1.5" not in mentioned(reply.text) or line == "/law 1.6"


@pytest.mark.parametrize("locale", LOCALES)
def test_law_1_5_is_derived_from_law_1_6_and_the_chain_rule(locale: str) -> None:
    """/law 1.5 shows a^x = e^(x log a), the chain rule with (1.6), then the check a = e."""
    reply = ask("/law 1.5", locale)
    assert in_order(reply.steps, proof_texts("1.5", locale))
    check = proof_texts("1.5", locale)[-1]
    assert reasons.proof("1.5")[-1].check and check in reply.steps


@pytest.mark.parametrize("locale", LOCALES)
def test_diff_of_a_base_cites_law_1_6_not_itself(locale: str) -> None:
    """/diff 2 rewrites 2^x = e^(x log 2) (law 1.4) and uses (1.6) with the chain rule: no
    step before the result names law 1.5."""
    reply = ask("/diff 2", locale)
    assert len(reply.steps) == 4
    assert "1.4" in mentioned(reply.steps[0]) and "1.6" in mentioned(reply.steps[1])
    assert all("1.5" not in mentioned(step) for step in reply.steps)


def test_the_numeric_check_of_the_limit_is_true() -> None:
    """(e^h − 1)/h shown for h = 0.1, 0.01, 0.001 matches mpmath to the digits shown."""
    reply = ask("/law 1.6", "en")
    step = next(s for s in reply.steps if s.startswith("With numbers"))
    pairs = re.findall(r"h = ([\d.]+): ([\d.]+)", step)
    assert [h for h, _ in pairs] == ["0.1", "0.01", "0.001"]
    with mpmath.workdps(40):
        for h_text, shown in pairs:
            h = mpmath.mpf(h_text)
            value = (mpmath.exp(h) - 1) / h
            assert abs(mpmath.mpf(shown) - value) < mpmath.mpf(10) ** -7
