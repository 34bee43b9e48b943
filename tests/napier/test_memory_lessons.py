"""The lessons of the memory commands, from the views the runtime fills: what a learner reads
in both languages, and the input checks of their options."""

from __future__ import annotations

import pytest
from png_checks import assert_readable_png

from napier.commands import COMMANDS
from napier.commands.forget import ForgetRequest, ForgottenView
from napier.commands.leaderboard import LeaderboardView, Standing
from napier.commands.practice import PracticeRequest
from napier.commands.progress import ProgressRequest, ProgressView, SkillRow
from napier.commands.review import ReviewView
from napier.commands.settings import SettingsRequest, SettingsView
from napier.dates import moment
from napier.errors import UserError
from napier.i18n import LOCALES, t
from napier.lessons import forget, leaderboard, progress, review, settings

NOW = "2026-11-02T09:00:00+09:00"
VIEW = ProgressView(
    name="Ada",
    own=True,
    skills=(
        SkillRow("law1.1", "proficient", 5, 6, 2, "2026-11-05T09:00:00+09:00"),
        SkillRow("pow.zero", "attempted", 0, 1, 0, "2026-11-02T09:10:00+09:00"),
    ),
    streak=3,
    practised_today=False,
    next_skill="pow.zero",
    next_due="2026-11-02T09:10:00+09:00",
    now=NOW,
)


@pytest.mark.parametrize("locale", LOCALES)
def test_progress_names_each_skill_its_mastery_and_the_next_review(locale: str) -> None:
    """The reply lists practised skills with their mastery and counts, the streak (and that
    today would extend it), the next review and when, the skills not started, and a chart of
    every skill."""
    reply = progress.answer(VIEW, locale)
    name = t("practice.skill.law1.1", locale)
    assert name in reply.text and t("progress.mastery.proficient", locale) in reply.text
    assert "5/6" in reply.text
    assert t("progress.streak_today", locale, next=4) in reply.text
    assert moment(VIEW.next_due, NOW, locale) in reply.text
    assert t("practice.skill.grow.doubling", locale) in reply.text  # not started
    image = assert_readable_png(reply.images[0].data)
    assert image.height > 300  # one row per skill of the catalogue
    assert name in reply.images[0].alt_text
    counts = {f.name: f.value for f in reply.fields}
    assert counts[t("progress.mastery.proficient", locale)] == "1"


def test_progress_without_practice_says_how_to_start() -> None:
    """No practice yet: a short word pointing to /practice, no chart."""
    reply = progress.answer(ProgressView("Ada", True, (), 0, False), "ja")
    assert reply.text == t("progress.none", "ja") and not reply.images


@pytest.mark.parametrize(
    ("typed", "user"),
    [
        ("123456789012345678", "123456789012345678"),
        ("<@123456789012345678>", "123456789012345678"),
        ("<@!123456789012345678>", "123456789012345678"),
        ("<@U0ADA1234|ada>", "U0ADA1234"),
        ("U0ADA1234", "U0ADA1234"),
    ],
)
def test_a_member_is_given_by_id_or_mention(typed: str, user: str) -> None:
    """Discord's picker gives an id, Slack a mention; both name the member."""
    assert COMMANDS["progress"].prepare({"user": typed}) == ProgressRequest(user)


@pytest.mark.parametrize("typed", ["nobody", "<@>", "@everyone", "12", "<@U1|x"])
def test_anything_else_is_not_a_member(typed: str) -> None:
    """Text that names no member is refused in both languages."""
    with pytest.raises(UserError) as caught:
        COMMANDS["progress"].prepare({"user": typed})
    assert caught.value.key == "command.bad_user"
    assert all(caught.value.message(locale) for locale in LOCALES)


def test_leaderboard_rows_and_an_empty_period() -> None:
    """One line per learner with rank, count and streak; an empty period says so."""
    view = LeaderboardView("week", (Standing(1, "Ada", 4, 2), Standing(2, "Grace", 1, 1)))
    reply = leaderboard.answer(view, "en")
    assert reply.text.splitlines()[:2] == [
        t("leaderboard.row", "en", rank=1, name="Ada", correct=4, streak=2),
        t("leaderboard.row", "en", rank=2, name="Grace", correct=1, streak=1),
    ]
    assert t("leaderboard.choice.week", "en") in reply.title
    empty = leaderboard.answer(LeaderboardView("all", ()), "ja")
    assert t("leaderboard.empty", "ja") in empty.text


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"scope": "me", "daily": "on"}, "settings.wrong_scope"),
        ({"scope": "server", "leaderboard": "off"}, "settings.wrong_scope"),
        ({"scope": "server", "time": "25:00"}, "settings.bad_time"),
        ({"scope": "server", "timezone": "Asia/Tokyo;drop"}, "settings.bad_timezone"),
        ({"scope": "us"}, "command.bad_choice"),
    ],
)
def test_settings_refuse_what_does_not_fit(raw: dict[str, str], key: str) -> None:
    """A server option under me (or the reverse), a time that is not one, a time zone that
    cannot be a name: clear errors."""
    with pytest.raises(UserError) as caught:
        COMMANDS["settings"].prepare(raw)
    assert caught.value.key == key


def test_settings_read_times_as_typed_on_a_japanese_keyboard() -> None:
    """`７：３０` is 07:30; on/off and the scope are read."""
    request = COMMANDS["settings"].prepare({"scope": "server", "time": "７：３０", "daily": "on"})
    assert request == SettingsRequest("server", daily=True, time="07:30")


def test_settings_view_lists_what_is_set() -> None:
    """The server's settings, with what was just changed."""
    view = SettingsView("server", ("daily",), language="ja", timezone="Asia/Tokyo", daily=True)
    reply = settings.answer(view, "ja")
    assert t("settings.changed", "ja", options="daily") in reply.text
    assert "Asia/Tokyo" in reply.text and "09:00" in reply.text


def test_forget_me_confirms_then_reports() -> None:
    """The confirmation carries a private button to the hidden command; the report counts."""
    ask = forget.confirm(ForgetRequest(), "en")
    assert [(a.command, a.private) for a in ask.actions] == [("forget-me-confirm", True)]
    done = forget.forgotten(ForgottenView(2, 10, 3, 4), "en")
    assert done.text == t("forget.done", "en", learners=2, answers=10, views=3, reviews=4)
    assert forget.forgotten(ForgottenView(0, 0, 0, 0), "ja").text == t("forget.nothing", "ja")


def test_review_is_the_practice_lesson_introduced_as_a_review() -> None:
    """A due review is a new exercise of the skill, its first line saying it is a review."""
    request = PracticeRequest("law1.4", 2, 77)
    reply = review.answer(ReviewView(practice=request, now=NOW), "en")
    intro = t("review.due", "en", skill=t("practice.skill.law1.4", "en"))
    assert reply.text.startswith(intro)
    assert any(a.ask for a in reply.actions) and reply.images
    later = review.answer(ReviewView(next_skill="law1.4", next_due=VIEW.next_due, now=NOW), "ja")
    assert moment(VIEW.next_due, NOW, "ja") in later.text
    never = review.answer(ReviewView(), "ja")
    assert never.text == t("review.never", "ja")


def test_moments_read_as_dates_in_each_language() -> None:
    """A time ahead is a date and a time; one already past is "now"."""
    assert moment("2026-11-30T09:05:00+09:00", NOW, "ja") == "11月30日(月) 9:05"
    assert moment("2026-11-30T09:05:00+09:00", NOW, "en") == "Mon 30 Nov, 09:05"
    assert moment("2026-11-01T00:00:00+09:00", NOW, "ja") == t("dates.now", "ja")
