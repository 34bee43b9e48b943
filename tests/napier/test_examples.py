"""Every example a message offers is a command that works: typed as shown, it goes through the
command-line grammar, ``prepare`` and ``reply`` and gives an answer, not another error."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from napier import parser
from napier.command_line import parse_line
from napier.commands import COMMANDS
from napier.errors import UserError
from napier.i18n import CATALOGUE, LOCALES
from napier.reply import Reply

# A command with its options, in backquotes (`/pow` alone only names the command).
COMMAND = re.compile(r"`(/(?:" + "|".join(COMMANDS) + r") [^`]+)`")
OFFER = re.compile(r"(?:for example|例:) ?")
RAISED = re.compile(r'UserError\(\s*"([\w.]+)"', re.S)

# Bad (and a few good) lines that between them reach every message offering an example.
CORPUS = [
    "pow 2 3",
    "/pow",
    "/pow 2",
    "/pow 2 3 4",
    '/law "1.4',
    "/pow 2$ 3",
    "/pow foo 2",
    "/pow x 2",
    "/pow sqrt(2) 2",
    "/pow sin(2) 2",
    "/pow " + "(" * 21 + "2" + ")" * 21 + " 2",
    "/pow " + "1+" * 60 + "1",
    "/pow (2 3",
    "/pow 2 3^",
    "/pow *2 3",
    "/pow (2)3 2",
    "/pow 1/0 2",
    "/pow (-1)^(1/2) 2",
    "/pow 2 (-1)^(1/2)",
    "/pow 2^(2^2^2^2) 2",
    "/pow 2 9^9^9+1",
    "/pow 0 -1",
    "/pow 2の3乗",
    "/pow 2 to the 3rd",
    "/pow 0 0",
    "/pow 5 0",
    "/pow -2^2",
    "/pow e^2x 1",
    "/diff sin(x)",
    "/diff " + "^".join(["1"] * 20) + "^x",
    "/diff y^2",
    "/diff sqrt x",
    "/diff x*(-2)^x",
    "/diff x^x at:0",
    "/diff x^x at:-1",
    "/diff sqrt(x) at:0",
    "/diff ln(x) at:-2",
    "/diff log(-x^2-1) at:1",
    "/diff x at:1000",
    "/diff x at:y",
    "/diff 10^1000",
    "/diff e^(e^x) at:20",
    "/diff 9^9^9^9",
    "/diff sqrt(-2)",
    "/diff " + "x*" * 30 + "x^x",
    "/diff 1",
    "/diff -2",
    "/diff e^2x",
    "/diff e^2 x",
    "/law 9.9",
    "/law a:2",
    "/law 1.2 y:3",
    "/law 1.6 a:2",
    "/law 1.1 a:2^2^2^2^2",
    "/law 1.1 a:2 x:sqrt x",
    "/law 1.5 a:10^30",
    "/law 1.4 a:-2 x:1/2 y:2",
    "/law 1.1 a:0 x:-1 y:2",
    "/law 1.2 a:0",
    "/law 1.5 a:-2",
    "/law 1.5 a:1",
    "/law 1.3 a:1/0",
    "/law",
    "/napier foo",
    "/napier limit n:5",
    "/napier digits n:0",
    "/grow interest rate:abc",
    "/grow interest rate:2000",
    "/grow interest principal:0",
    "/grow interest start:5",
    "/grow interest rate:1000 years:1000",
    "/grow bacteria start:0",
    "/grow interest rate:0.05",
    "/grow planets",
    "/grow decay half-life:0.001 time:2",
    "/grow decay time:-1",
    "/grow decay rate:5",
    "/log 1 8",
    "/log -2 8",
    "/log 2 -8",
    "/log 2 e^(10^6)",
    "/log 2 y",
    "/graph 7 6 5 4 3 2 1/2",
    "/graph 0",
    "/graph 10^6",
    "/solve 2^x + 8",
    "/solve 1 < 2^x < 8",
    "/solve = 8",
    "/solve 2^x ≠ 8",
    "/solve 2^(x*10^500) = 8",
    "/solve 2 = 3",
    "/solve 2^x = 1/(2-2)",
    "/solve x^2 = 4",
    "/solve compare 2",
    "/solve compare 2^x 3",
    "/solve compare (-8)^(1/3) 2",
    "/solve compare 2^(1/3) 2^(1/3)+10^(-60)",
    "/practice law9",
    "/practice law1.1 4",
    "/practice law1.1 1 seed:-1",
    "/practice-answer nope 2",
    "/practice-answer law1.1:1:1 2^^3",
    "/practice-answer law1.1:1:1 x",
    "/practice-answer law1.5:1:1 (2",
    "/practice-hint law1.1:1:1 9",
    "/practice-solution law1.1:9:1",
    "/practice-answer solve.inequality:1:1 3",
    "/practice-answer solve.inequality:1:1 x ≠ 3",
    "/practice-answer solve.inequality:2:0 x <= -3",
    "/practice-answer solve.equation:3:0 log(2)/log(5)-2",
    "/practice-answer solve.equation:1:1 x < 2",
    "/practice-answer log.laws:3:1 log_5(14/3)",
    "/practice-answer log.value:1:1 log_2 8",
    "/practice-answer grow.decay:1:0 1000*(1/2)^90",
    "/practice-solution solve.inequality:3:4",
    "/check hello",
    "/check 2^3*2^4 = 2^^12",
    "/check diff 2 3",
    "/check diff x x x",
    "/check diff 2^x = (2",
    "/check pow 2^x 3",
    "/check pow 2 3 = 8^",
    "/check " + "2*" * 110 + "2 = 2",
    "/progress nobody",
    "/settings me daily:on",
    "/settings server leaderboard:off",
    "/settings server time:25:00",
    "/settings server timezone:Asia/Tokyo!",
]

# Messages that offer an example but that no typed line can reach.
UNREACHABLE = {
    "parse.empty": "options are stripped and empty ones dropped before parsing",
    "parse.too_many_digits": "101 digits exceed the 100-character limit first",
    "pow.undecided": "no admitted number sits on an undecidable boundary",
    "diff.too_complex": "the engine's node limit; its example is checked by the literal test",
    "math.too_large": "raised by exact.evaluate, which commands do not call (they size first)",
    "runtime.timeout": "raised by the runtime, not by a command",
    "runtime.memory": "raised by the runtime, not by a command",
}


def _outcome(line: str, locale: str) -> Reply | UserError:
    try:
        command, args = parse_line(line)
        request = command.prepare(args)
        if command.memory:  # its view comes from the learner memory, through the runtime
            return Reply(title=f"/{command.name}", text="admitted")
        return command.reply(request, locale)
    except UserError as error:
        return error


@cache
def works(line: str) -> str:
    """ "" when ``line`` is answered in both languages, else what went wrong."""
    for locale in LOCALES:
        outcome = _outcome(line, locale)
        if isinstance(outcome, UserError):
            return f"{outcome.key}: {outcome.message('en')}"
        if outcome.error or not outcome.title:
            return f"no answer: {outcome.text}"
    return ""


@cache
def corpus_outcomes() -> tuple[tuple[str, str, Reply | UserError], ...]:
    return tuple((line, locale, _outcome(line, locale)) for line in CORPUS for locale in LOCALES)


def _text(outcome: Reply | UserError, locale: str) -> str:
    return outcome.message(locale) if isinstance(outcome, UserError) else outcome.full_text()


@cache
def raised_keys() -> frozenset[str]:
    """Every message key the core raises as a UserError (read from the source)."""
    root = Path(parser.__file__).parent
    keys = set()
    for path in root.rglob("*.py"):
        keys.update(RAISED.findall(path.read_text(encoding="utf-8")))
    keys.add("grow.out_of_range_open")  # "grow.out_of_range" + "_open"
    return frozenset(keys)


def test_every_example_a_reply_or_an_error_offers_works() -> None:
    """Each backquoted command in the messages and answers the corpus produces, in either
    language, is answered when typed as shown."""
    broken = {}
    for line, locale, outcome in corpus_outcomes():
        text = _text(outcome, locale)
        for example in COMMAND.findall(text):
            problem = works(example)
            if problem:
                broken[f"{line!r} ({locale}) offers {example!r}"] = problem
        if isinstance(outcome, UserError):
            for found in OFFER.finditer(text):
                if not COMMAND.match(text, found.end()):
                    broken[f"{line!r} ({locale})"] = f"not a command: {text[found.end() :]!r}"
    assert not broken, broken


def test_the_corpus_reaches_every_error_that_offers_an_example() -> None:
    """The lines above raise every error message that has an example (so the test above
    checks all of them), apart from the few no typed line can reach."""
    offering = {
        key
        for key, texts in CATALOGUE.items()
        if any("{example}" in text or COMMAND.search(text) for text in texts.values())
    }
    expected = (offering & raised_keys()) - set(UNREACHABLE)
    reached = {o.key for _, _, o in corpus_outcomes() if isinstance(o, UserError)}
    assert expected <= reached, sorted(expected - reached)


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_literal_examples_in_the_catalogue_work(key: str) -> None:
    """A command written out in a message (no placeholders), in ja or en, is answered."""
    for text in CATALOGUE[key].values():
        for example in COMMAND.findall(text):
            if "{" not in example:
                assert works(example) == "", (key, example, works(example))


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_a_message_that_says_for_example_shows_a_command(key: str) -> None:
    """ "for example" / 「例:」 in an error message is followed by a whole command in backquotes
    (never a bare value such as `3`)."""
    if key not in raised_keys():
        return  # answers may give a mathematical example, (例: (-2)^(1/2))
    for locale, text in CATALOGUE[key].items():
        for found in OFFER.finditer(text):
            rest = text[found.end() :]
            assert rest.startswith(("`/", "`{example}`")), (key, locale, rest[:40])
