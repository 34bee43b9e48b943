"""Every registered command, given option text as learners type it — mostly valid, sometimes
junk: a Reply or a clear UserError, and most of the time a Reply, so that ``answer()`` and its
images are exercised, not only the input checks."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from napier.commands import CHOICE, COMMANDS, INTEGER, Command, Option
from napier.commands.law import USES
from napier.commands.settings import MINE
from napier.errors import UserError
from napier.i18n import LOCALES
from napier.practice.ids import RANGE_SKILLS, SKILL_IDS
from napier.reply import Reply

# Characters learners (and pasted junk) put in options: digits, operators, names, full-width
# forms, superscripts, quotes, control and bidi characters.
ALPHABET = "0123456789.-+*/^()exπpilnsqrtabcdyz _:'\"２＾．－³⁻\x00\u202e@<>#&;"
JUNK = st.text(alphabet=ALPHABET, max_size=30)
EXAMPLES = 60
MIN_ANSWERED = 0.6  # share of generated inputs that must reach answer()


def numbers() -> st.SearchStrategy[str]:
    """Numbers as typed: whole, negative, fractions, decimals, full-width."""
    return st.one_of(
        st.integers(-12, 12).map(str),
        st.builds(lambda p, q: f"{p}/{q}", st.integers(-9, 9), st.integers(1, 9)),
        st.decimals(-10, 10, places=2, allow_nan=False).map(lambda d: format(d, "f")),
        st.sampled_from(["２", "１／２", "0.5", "1e", "3"]),
    )


def expressions(variable: bool, functions: bool = True) -> st.SearchStrategy[str]:
    """Formulas from the grammar: numbers, e, pi (and x), + - * /, powers (and exp/ln/sqrt)."""
    leaves = [st.integers(1, 9).map(str), st.sampled_from(["e", "pi", "1/2", "0.5"])]
    if variable:
        leaves += [st.just("x")] * 3

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.builds(lambda a, op, b: f"{a}{op}{b}", inner, st.sampled_from("+-*/"), inner),
            st.builds(lambda a, n: f"({a})^{n}", inner, st.integers(-3, 4)),
            st.builds(
                lambda a, b: f"{a}^({b})",
                st.sampled_from(["2", "e", "x" if variable else "3"]),
                inner,
            ),
            st.builds(
                lambda f, a: f"{f}({a})",
                st.sampled_from(["exp", "ln", "sqrt"] if functions else ["", "-"]),
                inner,
            ),
        )

    return st.recursive(st.one_of(*leaves), extend, max_leaves=5)


VALID_TEXT = {
    ("pow", "base"): st.one_of(numbers(), expressions(False, functions=False)),
    ("pow", "exponent"): st.one_of(numbers(), st.sampled_from(["9^9", "2^64", "9^9^9", "-3"])),
    ("diff", "f"): expressions(True),
    ("diff", "at"): st.sampled_from(["0", "1", "2", "-1", "1/2"]),
    ("law", "a"): st.one_of(st.integers(2, 9).map(str), st.sampled_from(["1/2", "e", "-2", "0"])),
    ("law", "x"): numbers(),
    ("law", "y"): numbers(),
    ("grow", "principal"): st.integers(1, 10**6).map(str),
    ("grow", "rate"): st.decimals(0, 20, places=2, allow_nan=False).map(lambda d: format(d, "f")),
    ("grow", "doubling"): st.sampled_from(["0.5", "1", "2", "0.33"]),
    ("grow", "hours"): st.sampled_from(["1", "5", "10", "24"]),
    ("practice-answer", "answer"): st.one_of(numbers(), expressions(True)),
    ("check", "claim"): st.one_of(
        st.builds(lambda a, b: f"{a} = {b}", expressions(True), expressions(True)),
        st.builds(lambda a, b: f"diff x*({a}) = {b}", expressions(True), expressions(True)),
        st.builds(lambda a, b: f"pow {a} {b}", numbers(), numbers()),
    ),
}
EXERCISES = st.builds(
    lambda skill, level, seed: f"{skill}:{level}:{seed}",
    st.sampled_from(SKILL_IDS),
    st.integers(1, 3),
    st.integers(0, 999_999),
)
VALID_TEXT[("progress", "user")] = st.one_of(
    st.integers(10**16, 10**19).map(str),  # a Discord id, as the member picker gives it
    st.integers(10**16, 10**19).map(lambda n: f"<@{n}>"),
    st.sampled_from(["<@U0ADA1234|ada>", "U0GRACE99"]),  # Slack mentions
)
VALID_TEXT[("settings", "timezone")] = st.sampled_from(["Asia/Tokyo", "UTC", "Europe/London"])
VALID_TEXT[("settings", "time")] = st.builds(
    lambda h, m: f"{h}:{m:02d}", st.integers(0, 23), st.integers(0, 59)
)
RANGES = st.builds(
    lambda op, end: f"x {op} {end}", st.sampled_from(["<", ">", "<=", ">=", "≦"]), numbers()
)
for hidden in ("practice-answer", "practice-hint", "practice-solution"):
    VALID_TEXT[(hidden, "exercise")] = EXERCISES


def valid(command: Command, option: Option) -> st.SearchStrategy[str]:
    """What a learner would type for ``option``."""
    if option.kind == CHOICE:
        return st.sampled_from(option.choices)
    if option.kind == INTEGER:
        low = option.min_value if option.min_value is not None else 0
        high = min(option.max_value if option.max_value is not None else 100, low + 100)
        return st.integers(low, high).map(str)
    found = VALID_TEXT.get((command.name, option.name))
    if found is not None:
        return found
    return st.sampled_from(option.suggestions) if option.suggestions else numbers()


def meaningful(command: Command, option: Option, args: dict[str, str]) -> bool:
    """Whether a learner would give ``option`` with the options chosen so far: an option of
    one mode only once that mode is chosen, n only for digits, a/x/y only for a law using it."""
    if option.when is not None:
        return args.get(option.when[0]) in option.when[1:]
    if (command.name, option.name) == ("napier", "n"):
        return args.get("topic") == "digits"
    if command.name == "law" and option.name != "id":
        return option.name in USES.get(args.get("id", ""), ())
    if command.name == "settings" and option.name != "scope":
        return (option.name in MINE) == (args.get("scope", "me") == "me")
    return True


@st.composite
def arguments(draw: st.DrawFn, command: Command) -> dict[str, str]:
    """The required options and some optional ones, each valid nine times in ten."""
    args: dict[str, str] = {}
    for option in command.options:
        wanted = option.required or (command.name, option.name) == ("pow", "exponent")
        if not wanted and not (meaningful(command, option, args) and draw(st.booleans())):
            continue
        # One in ten is junk (sampled_from draws evenly; st.integers favours its bounds).
        strategy = valid(command, option)
        if (command.name, option.name) == ("practice-answer", "answer") and args.get(
            "exercise", ""
        ).split(":")[0] in RANGE_SKILLS:
            strategy = RANGES  # an inequality is answered with a range of x
        if draw(st.sampled_from(range(10))) == 9:
            args[option.name] = draw(JUNK)
        else:
            args[option.name] = draw(strategy)
    return args


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_any_option_text_gives_a_reply_or_a_user_error(name: str) -> None:
    """No option text makes a command raise anything but a UserError with both languages; most
    inputs are answered, with readable images (a memory command's view comes from the runtime:
    for it, the core's part is the input check)."""
    command = COMMANDS[name]
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,  # the share answered is the same in every run
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(arguments(command), st.sampled_from(LOCALES))
    def check(args: dict[str, str], locale: str) -> None:
        try:
            request = command.prepare(args)
            reply = None if command.memory else command.reply(request, locale)
        except UserError as error:
            assert all(error.message(lang) for lang in LOCALES)
            outcomes[error.key] += 1
            return
        if reply is not None:
            assert isinstance(reply, Reply) and reply.title and (reply.text or reply.steps)
            assert all(a.data and a.alt_text for a in reply.attachments)
        outcomes["answered"] += 1

    check()
    share = outcomes["answered"] / sum(outcomes.values())
    print(f"/{name}: {share:.0%} answered of {sum(outcomes.values())} inputs; {dict(outcomes)}")
    assert share >= MIN_ANSWERED, (name, dict(outcomes))
