"""Every registered command, given arbitrary option text: a Reply or a clear UserError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from napier.commands import COMMANDS, Command
from napier.errors import UserError
from napier.i18n import LOCALES
from napier.reply import Reply

# Characters learners (and pasted junk) put in options: digits, operators, names, full-width
# forms, superscripts, quotes, control and bidi characters.
ALPHABET = "0123456789.-+*/^()exπpilnsqrtabcdyz _:'\"２＾．－³⁻\x00\u202e@<>#&;"
VALUES = st.text(alphabet=ALPHABET, max_size=30)


def arguments(command: Command) -> st.SearchStrategy[dict[str, str]]:
    """Any subset of the command's options, each with arbitrary text or one of its choices."""
    per_option = {
        option.name: (
            st.one_of(st.sampled_from(option.choices), VALUES) if option.choices else VALUES
        )
        for option in command.options
    }
    return st.fixed_dictionaries({}, optional=per_option)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_any_option_text_gives_a_reply_or_a_user_error(name: str) -> None:
    """No option text makes a command raise anything but a UserError with both languages."""
    command = COMMANDS[name]

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(arguments(command), st.sampled_from(LOCALES))
    def check(args: dict[str, str], locale: str) -> None:
        try:
            reply = command.reply(command.prepare(args), locale)
        except UserError as error:
            assert all(error.message(lang) for lang in LOCALES)
            return
        assert isinstance(reply, Reply) and reply.title and (reply.text or reply.steps)
        assert all(a.data and a.alt_text for a in reply.attachments)

    check()
