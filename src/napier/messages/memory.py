"""Messages about the learner memory: saving progress, and the memory commands."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "memory.unavailable": {
        "ja": "いまは学習の記録を保存できません(データベースに接続できません)。レッスンはこのまま使えます。",
        "en": "Progress is not being saved right now (the database cannot be reached). "
        "The lessons work as usual.",
    },
}

MESSAGES.update(
    {
        "dates.now": {"ja": "いま", "en": "now"},
        "memory.off": {
            "ja": "この Napier は学習の記録を保存していないため、このコマンドは使えません。",
            "en": "This Napier keeps no learner memory, so this command is not available here.",
        },
        "memory.down": {
            "ja": "いまは学習の記録を読めません(データベースに接続できません)。少したってからもう一度どうぞ。"
            "レッスンは `/practice` などでそのまま使えます。",
            "en": "Progress cannot be read right now (the database cannot be reached). Please try "
            "again in a while; the lessons such as `/practice` work as usual.",
        },
        "memory.no_member": {
            "ja": "このサーバーには、その人の学習の記録がありません。",
            "en": "There is no practice by that member in this server.",
        },
        # /progress
        "progress.description": {
            "ja": "学習の記録: スキルごとの習熟度、連続日数、次の復習",
            "en": "Your progress: mastery per skill, your streak, the next review",
        },
        "progress.option.user": {
            "ja": "このサーバーのメンバー(省略すると自分)",
            "en": "a member of this server (yourself when left out)",
        },
        "progress.title": {"ja": "{name} さんの学習の記録", "en": "{name}'s progress"},
        "progress.none": {
            "ja": "まだ記録がありません。`/practice` で問題に挑戦すると、ここに習熟度が表示されます。",
            "en": "Nothing recorded yet. Try an exercise with `/practice` and your mastery "
            "shows here.",
        },
        "progress.streak": {
            "ja": "連続学習: **{days} 日**",
            "en": "Streak: **{days} days**",
        },
        "progress.streak_one": {"ja": "連続学習: **1 日**", "en": "Streak: **1 day**"},
        "progress.streak_today": {
            "ja": "(今日はまだです。今日も解けば {next} 日に)",
            "en": "(not yet today: practise today to make it {next})",
        },
        "progress.next_due": {
            "ja": "次の復習: **{skill}**({when})。`/review` で始められます。",
            "en": "Next review: **{skill}** ({when}). Start it with `/review`.",
        },
        "progress.skill": {
            "ja": "- {skill}: **{mastery}**(正解 {correct}/{total}、レベル {level} まで)",
            "en": "- {skill}: **{mastery}** ({correct}/{total} right, up to level {level})",
        },
        "progress.skill_no_level": {
            "ja": "- {skill}: **{mastery}**(正解 {correct}/{total})",
            "en": "- {skill}: **{mastery}** ({correct}/{total} right)",
        },
        "progress.not_started": {
            "ja": "まだ取り組んでいないスキル: {skills}",
            "en": "Not started yet: {skills}",
        },
        "progress.mastery.attempted": {"ja": "取り組んだ", "en": "attempted"},
        "progress.mastery.familiar": {"ja": "慣れてきた", "en": "familiar"},
        "progress.mastery.proficient": {"ja": "身についた", "en": "proficient"},
        "progress.mastery.mastered": {"ja": "習得した", "en": "mastered"},
        "progress.chart.title": {"ja": "スキルごとの習熟度", "en": "Mastery per skill"},
        "progress.chart.alt": {
            "ja": "{name} さんのスキルごとの習熟度の図: {summary}",
            "en": "Chart of {name}'s mastery per skill: {summary}",
        },
        "progress.mastery_help": {
            "ja": "習熟度は 取り組んだ → 慣れてきた(正解あり)→ 身についた(レベル 2 以上で正解し、"
            "復習の間隔が開いてきた)→ 習得した(レベル 3 で正解し、3 週間以上の間隔でも覚えている)"
            "の順に上がります。",
            "en": "Mastery goes attempted → familiar (answered right) → proficient (right at "
            "level 2 or 3, with reviews spreading out) → mastered (right at level 3, and "
            "remembered over three weeks or more).",
        },
        # /leaderboard
        "leaderboard.description": {
            "ja": "このサーバーのランキング(正解した問題の数)",
            "en": "This server's leaderboard (exercises answered right)",
        },
        "leaderboard.option.period": {"ja": "期間", "en": "period"},
        "leaderboard.choice.week": {"ja": "今週", "en": "this week"},
        "leaderboard.choice.month": {"ja": "今月", "en": "this month"},
        "leaderboard.choice.all": {"ja": "これまでの合計", "en": "all time"},
        "leaderboard.title": {"ja": "ランキング({period})", "en": "Leaderboard ({period})"},
        "leaderboard.row": {
            "ja": "{rank}. {name} — 正解 {correct} 問(連続 {streak} 日)",
            "en": "{rank}. {name} — {correct} right ({streak}-day streak)",
        },
        "leaderboard.empty": {
            "ja": "この期間に正解した人はまだいません。`/practice` で始めましょう。",
            "en": "Nobody has answered right in this period yet. Start with `/practice`.",
        },
        "leaderboard.note": {
            "ja": "同じ問題は 1 回だけ数えます。表示しないようにするには `/settings me leaderboard:off`。",
            "en": "Each exercise counts once. To leave the leaderboard: "
            "`/settings me leaderboard:off`.",
        },
        "leaderboard.dm": {
            "ja": "ランキングはサーバーの中でだけ使えます。",
            "en": "Leaderboards only exist inside a server.",
        },
        # /settings
        "settings.description": {
            "ja": "設定: 自分(ランキングへの表示)とサーバー(言語・タイムゾーン・毎日の問題)",
            "en": "Settings: yours (leaderboard) and the server's (language, time zone, daily problem)",
        },
        "settings.option.scope": {"ja": "自分 (me) かサーバー (server) か", "en": "me or server"},
        "settings.option.leaderboard": {
            "ja": "ランキングに自分を表示する (on/off)",
            "en": "show yourself on the leaderboard (on/off)",
        },
        "settings.option.language": {
            "ja": "サーバーの既定の言語",
            "en": "the server's default language",
        },
        "settings.option.timezone": {
            "ja": "サーバーのタイムゾーン(例: Asia/Tokyo)",
            "en": "the server's time zone (e.g. Asia/Tokyo)",
        },
        "settings.option.daily": {
            "ja": "毎日の問題をこのチャンネルに投稿する (on/off)",
            "en": "post a daily problem in this channel (on/off)",
        },
        "settings.option.time": {
            "ja": "毎日の問題の時刻(例: 07:30)",
            "en": "the daily problem's time (e.g. 07:30)",
        },
        "settings.choice.me": {"ja": "自分", "en": "me"},
        "settings.choice.server": {"ja": "サーバー", "en": "server"},
        "settings.choice.on": {"ja": "オン", "en": "on"},
        "settings.choice.off": {"ja": "オフ", "en": "off"},
        "settings.choice.ja": {"ja": "日本語", "en": "Japanese"},
        "settings.choice.en": {"ja": "英語", "en": "English"},
        "settings.title.me": {"ja": "自分の設定", "en": "Your settings"},
        "settings.title.server": {"ja": "サーバーの設定", "en": "Server settings"},
        "settings.changed": {"ja": "変更しました: {options}", "en": "Changed: {options}"},
        "settings.leaderboard": {
            "ja": "- ランキングへの表示: **{value}**",
            "en": "- Shown on the leaderboard: **{value}**",
        },
        "settings.language": {
            "ja": "- 既定の言語: **{value}**",
            "en": "- Default language: **{value}**",
        },
        "settings.timezone": {
            "ja": "- タイムゾーン: **{value}**",
            "en": "- Time zone: **{value}**",
        },
        "settings.daily_on": {
            "ja": "- 毎日の問題: **毎日 {time}**({timezone})にこのチャンネルへ投稿",
            "en": "- Daily problem: **every day at {time}** ({timezone}) in this channel",
        },
        "settings.daily_off": {"ja": "- 毎日の問題: **オフ**", "en": "- Daily problem: **off**"},
        "settings.unset": {"ja": "未設定(各自の言語)", "en": "not set (each member's own)"},
        "settings.yes": {"ja": "する", "en": "yes"},
        "settings.no": {"ja": "しない", "en": "no"},
        "settings.how": {
            "ja": "変更の例: `{example}`",
            "en": "To change something, for example: `{example}`",
        },
        "settings.wrong_scope": {
            "ja": "`{option}` は `{scope}` の設定ではありません。例: `{example}`",
            "en": "`{option}` is not a `{scope}` setting. Try for example `{example}`.",
        },
        "settings.bad_time": {
            "ja": "時刻 `{given}` は 時:分 で書いてください。例: `{example}`",
            "en": "Write the time `{given}` as hours:minutes. Try for example `{example}`.",
        },
        "settings.bad_timezone": {
            "ja": "タイムゾーン `{given}` が見つかりません。`Asia/Tokyo` のような名前で指定してください。例: `{example}`",
            "en": "There is no time zone `{given}`: use a name such as `Asia/Tokyo`. Try for "
            "example `{example}`.",
        },
        "settings.not_admin": {
            "ja": "サーバーの設定を変えられるのは管理者(サーバーの管理権限を持つ人)だけです。",
            "en": "Only the server's administrators (Manage Server) can change its settings.",
        },
        "settings.no_server": {
            "ja": "ここはサーバーではないので、サーバーの設定はありません。",
            "en": "This is not a server, so there are no server settings here.",
        },
        # /forget-me
        "forget.description": {
            "ja": "Napier が保存した自分の記録をすべて削除する",
            "en": "Delete everything Napier stores about you",
        },
        "forget.title": {"ja": "記録の削除", "en": "Delete your records"},
        "forget.confirm": {
            "ja": "このプラットフォームのすべてのサーバーでの、あなたの解答・ヒントの表示・復習の予定・"
            "習熟度・ランキングの記録を削除します。元には戻せません。よければ下のボタンを押してください。",
            "en": "This deletes your answers, hints shown, review schedule, mastery and "
            "leaderboard entries in every server on this platform. It cannot be undone. "
            "Press the button below to go ahead.",
        },
        "forget.button": {"ja": "すべて削除する", "en": "Delete everything"},
        "forget.done": {
            "ja": "削除しました: 学習者の記録 {learners} 件、解答 {answers} 件、ヒント・解答例の表示 {views} 件、"
            "復習の予定 {reviews} 件。",
            "en": "Deleted: {learners} learner records, {answers} answers, {views} hints or "
            "solutions shown, {reviews} review schedules.",
        },
        "forget.nothing": {
            "ja": "保存された記録はありませんでした。",
            "en": "Nothing was stored about you.",
        },
        # /review
        "review.description": {
            "ja": "いちばん復習が必要なスキルの問題を解く",
            "en": "Practise the skill that most needs a review now",
        },
        "review.due": {
            "ja": "復習の時間です: **{skill}**。新しい問題をどうぞ。",
            "en": "Time to review **{skill}**: here is a new exercise.",
        },
        "review.title": {"ja": "復習", "en": "Review"},
        "review.practice": {"ja": "問題を解く", "en": "Practise"},
        "review.not_yet": {
            "ja": "いま復習が必要なスキルはありません。次は **{skill}**({when})です。",
            "en": "Nothing needs a review right now. Next: **{skill}** ({when}).",
        },
        "review.never": {
            "ja": "まだ復習するものがありません。まず `/practice` で問題に挑戦しましょう。",
            "en": "There is nothing to review yet. Start with an exercise: `/practice`.",
        },
    }
)
