"""The lessons of ``/forget-me``: the confirmation, then what was deleted."""

from __future__ import annotations

from napier.commands.forget import ForgetRequest, ForgottenView
from napier.i18n import t
from napier.reply import Action, Reply


def confirm(_: ForgetRequest, locale: str) -> Reply:
    """What will be deleted, and the button that deletes it."""
    return Reply(
        title=t("forget.title", locale),
        text=t("forget.confirm", locale),
        actions=(Action(t("forget.button", locale), "forget-me-confirm", private=True),),
    )


def forgotten(view: ForgottenView, locale: str) -> Reply:
    """What was deleted."""
    counts = (view.learners, view.answers, view.views, view.reviews)
    if not any(counts):
        return Reply(title=t("forget.title", locale), text=t("forget.nothing", locale))
    return Reply(
        title=t("forget.title", locale),
        text=t(
            "forget.done",
            locale,
            learners=view.learners,
            answers=view.answers,
            views=view.views,
            reviews=view.reviews,
        ),
    )
