"""The lesson of ``/progress``: a learner's mastery per skill as text and one chart."""

from __future__ import annotations

import numpy as np
from matplotlib.patches import Rectangle

from napier import render
from napier.commands.progress import MASTERY, ProgressView, SkillRow
from napier.dates import moment
from napier.i18n import t
from napier.practice.ids import SKILL_IDS
from napier.reply import Action, Field, Reply

COLOURS = ("#cfe0fb", "#8fb8f5", "#3f83e6", "#1a4fa8")  # attempted → mastered
EMPTY = "#ecece6"


def skill_name(skill: str, locale: str) -> str:
    return t(f"practice.skill.{skill}", locale)


def _rows(view: ProgressView) -> list[SkillRow]:
    """Every skill of the catalogue in its order (unpractised ones empty), then any other."""
    known = {row.skill: row for row in view.skills}
    rows = [known.pop(skill, SkillRow(skill)) for skill in SKILL_IDS]
    return rows + sorted(known.values(), key=lambda row: row.skill)


def answer(view: ProgressView, locale: str) -> Reply:
    """Mastery per skill, the streak and the next review, with a chart."""
    rows = _rows(view)
    title = t("progress.title", locale, name=view.name)
    if not any(row.total for row in rows):
        return Reply(title=title, text=t("progress.none", locale), actions=_actions(locale))
    lines = [_streak(view, locale)]
    if view.next_skill:
        when = moment(view.next_due, view.now, locale)
        skill = skill_name(view.next_skill, locale)
        lines.append(t("progress.next_due", locale, skill=skill, when=when))
    lines.append("")
    for row in rows:
        if not row.total:
            continue
        key = "progress.skill" if row.top_level else "progress.skill_no_level"
        lines.append(
            t(
                key,
                locale,
                skill=skill_name(row.skill, locale),
                mastery=t(f"progress.mastery.{row.mastery}", locale),
                correct=row.correct,
                total=row.total,
                level=row.top_level,
            )
        )
    waiting = [skill_name(row.skill, locale) for row in rows if not row.total]
    if waiting:
        separator = "、" if locale == "ja" else ", "
        lines += ["", t("progress.not_started", locale, skills=separator.join(waiting))]
    lines += ["", t("progress.mastery_help", locale)]
    fields = tuple(
        Field(t(f"progress.mastery.{level}", locale), str(sum(r.mastery == level for r in rows)))
        for level in MASTERY
    )
    return Reply(
        title=title,
        text="\n".join(lines),
        fields=fields,
        attachments=(_chart(view, rows, locale),),
        actions=_actions(locale),
    )


def _streak(view: ProgressView, locale: str) -> str:
    text = (
        t("progress.streak_one", locale)
        if view.streak == 1
        else t("progress.streak", locale, days=view.streak)
    )
    if view.streak and not view.practised_today:
        text += " " + t("progress.streak_today", locale, next=view.streak + 1)
    return text


def _actions(locale: str) -> tuple[Action, ...]:
    return (
        Action(t("review.title", locale), "review"),
        Action(
            t("leaderboard.title", locale, period=t("leaderboard.choice.week", locale)),
            "leaderboard",
        ),
    )


def _chart(view: ProgressView, rows: list[SkillRow], locale: str) -> object:
    """One row per skill, four cells filled up to its mastery, right/total beside it."""
    height = 1.2 + 0.34 * len(rows)
    figure = render.new_figure((7.6, height), left=2.6)
    axes = figure.add_subplot()
    axes.grid(False)
    levels = len(MASTERY)
    for y, row in enumerate(reversed(rows)):
        reached = MASTERY.index(row.mastery) + 1 if row.mastery in MASTERY else 0
        for x in range(levels):
            colour = COLOURS[x] if x < reached else EMPTY
            axes.add_patch(Rectangle((x + 0.06, y + 0.12), 0.88, 0.76, color=colour, linewidth=0))
        if row.total:
            axes.text(levels + 0.15, y + 0.5, f"{row.correct}/{row.total}", va="center", fontsize=9)
    axes.set_xlim(0, levels + 0.9)
    axes.set_ylim(0, len(rows))
    axes.set_yticks(np.arange(len(rows)) + 0.5)
    axes.set_yticklabels([skill_name(row.skill, locale) for row in reversed(rows)], fontsize=9)
    axes.set_xticks(np.arange(levels) + 0.5)
    axes.set_xticklabels([t(f"progress.mastery.{m}", locale) for m in MASTERY], fontsize=9)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_title(t("progress.chart.title", locale), fontsize=11)
    summary = "; ".join(
        f"{skill_name(row.skill, locale)}: {t(f'progress.mastery.{row.mastery}', locale)}"
        for row in rows
        if row.mastery
    )
    alt = t("progress.chart.alt", locale, name=view.name, summary=summary)
    return render.plot(figure, "progress.png", alt[:1000])
