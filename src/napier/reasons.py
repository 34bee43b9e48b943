"""The chain of reasons behind the laws, as data: each step of each proof names what it cites.

The order of ``REASONS`` is the order in which a course establishes them: a reason may cite
only reasons listed before it, so the citations have no cycle (``tests/napier/test_reasons.py``
walks them). The derivative laws follow the textbook chain

    e = lim (1 + 1/n)^n  →  lim (e^h − 1)/h = 1  →  (1.6) (e^x)' = e^x
      →  (1.5) (a^x)' = a^x log a   through a^x = e^{x log a} and the chain rule,

and the seed article's shortcut — (1.6) as the case a = e of (1.5) — is a ``check`` step: it
is shown after (1.5) is proven, as a consistency check, never as a proof of (1.6).

Each step's text is the message ``reason.<id>.<n>``; a ``Step`` lists the reasons it cites.
Lessons (``/law``, ``/diff``, ``/napier derivative``) show ``proof(id)``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One line of a proof: its message key, and the reasons it cites.

    A ``check`` step is not part of the proof: it confirms the result another way (and may
    mention laws proven from it, such as (1.5) for (1.6)).
    """

    key: str
    cites: tuple[str, ...] = ()
    check: bool = False


@dataclass(frozen=True)
class Reason:
    """A definition, an earlier fact, a lemma or a law of the lesson, with its proof."""

    id: str
    kind: str  # "definition", "fact" (from earlier lessons), "lemma", "law"
    steps: tuple[Step, ...] = ()

    @property
    def cites(self) -> tuple[str, ...]:
        """Everything the proof cites (check steps excluded), in order, without repeats."""
        found: list[str] = []
        for step in self.steps:
            if not step.check:
                found += [c for c in step.cites if c not in found]
        return tuple(found)


def _steps(reason: str, *cites: tuple[str, ...], checks: int = 0) -> tuple[Step, ...]:
    """Steps ``reason.<id>.1`` … with the given citations, then ``checks`` check steps."""
    steps = [Step(f"reason.{reason}.{n}", c) for n, c in enumerate(cites, start=1)]
    steps += [Step(f"reason.{reason}.check{n}", check=True) for n in range(1, checks + 1)]
    return tuple(steps)


REASONS: dict[str, Reason] = {
    reason.id: reason
    for reason in (
        Reason("power", "definition"),  # a^n = a·a·…·a (n factors)
        Reason("e", "definition"),  # e = lim (1 + 1/n)^n
        Reason("log", "definition", _steps("log", ("e",))),  # log = log_e, inverse of e^x
        Reason("derivative", "definition"),  # f'(x) = lim (f(x + h) − f(x))/h
        Reason("chain", "fact", _steps("chain", ("derivative",))),  # 合成関数の微分法
        Reason("1.1", "law", _steps("1.1", ("power",))),
        Reason("1.2", "law", _steps("1.2", ("power",))),
        Reason("1.3", "law", _steps("1.3", ("1.2", "1.1"))),
        Reason("1.4", "law", _steps("1.4", ("power",))),
        Reason(
            "exp_limit",
            "lemma",
            _steps("exp_limit", ("e",), ("log",), ("log", "1.4"), checks=1),
        ),
        Reason(
            "1.6",
            "law",
            _steps("1.6", ("derivative",), ("1.1",), ("exp_limit",), checks=1),
        ),
        Reason(
            "1.5",
            "law",
            _steps("1.5", ("log", "1.4"), ("chain", "1.6"), ("derivative",), (), checks=1),
        ),
    )
}

# The rules of /diff that stand for a law or a step above, and what they cite.
RULES: dict[str, tuple[str, ...]] = {
    "exp": ("1.6",),
    "exp_chain": ("1.6", "chain"),
    "a_power": ("1.5",),
    "a_power_chain": ("1.5", "chain"),
    "base_rewrite": ("log", "1.4"),
    "base_chain": ("chain", "1.6"),
    "base_inner": ("derivative",),
    "base_result": ("1.4",),
}


def proof(reason: str) -> tuple[Step, ...]:
    """The steps of ``reason``'s proof (its check steps last)."""
    return REASONS[reason].steps


def lines(reason: str, locale: str, **params: object) -> list[str]:
    """The proof of ``reason`` as text in ``locale``; ``params`` fill the steps that take
    them (``values`` for the numeric check of ``exp_limit``)."""
    from napier.i18n import t

    return [t(step.key, locale, **params) for step in proof(reason)]


def chain(reason: str) -> tuple[str, ...]:
    """Every reason ``reason`` rests on, deepest first, ending with itself."""
    order: list[str] = []

    def visit(current: str, path: tuple[str, ...]) -> None:
        if current in path:
            raise ValueError(f"circular citation: {' → '.join((*path, current))}")
        for cited in REASONS[current].cites:
            visit(cited, (*path, current))
        if current not in order:
            order.append(current)

    visit(reason, ())
    return tuple(order)
