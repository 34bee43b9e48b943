"""Messages of the Slack adapter: how to fix a channel or app permission, in both languages."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "slack.not_in_channel": {
        "ja": "このチャンネルには投稿できません(ボットがメンバーではありません)。"
        "`/invite @Napier` でボットを招待してから、もう一度試してください。"
        "答えはあなただけに表示しています。",
        "en": "I cannot post in this channel because I am not a member of it. "
        "Invite me with `/invite @Napier` and try again. "
        "Here is the answer, visible only to you.",
    },
    "slack.missing_scope": {
        "ja": "アプリに `{scope}` の権限がないため投稿できませんでした。"
        "ワークスペースの管理者が Slack アプリ設定の OAuth & Permissions で `{scope}` を追加し、"
        "アプリを再インストールしてください。",
        "en": "I could not post because the app lacks the `{scope}` permission. "
        "A workspace admin can add `{scope}` under OAuth & Permissions in the Slack app "
        "settings and reinstall the app.",
    },
    "slack.images_missing_scope": {
        "ja": "画像をアップロードできませんでした: アプリに `files:write` の権限がありません。"
        "ワークスペースの管理者が OAuth & Permissions で `files:write` を追加し、"
        "アプリを再インストールしてください。",
        "en": "I could not upload the images: the app lacks the `files:write` permission. "
        "A workspace admin can add `files:write` under OAuth & Permissions and reinstall "
        "the app.",
    },
    "slack.images_failed": {
        "ja": "画像をアップロードできませんでした({error})。少し待ってからもう一度試してください。",
        "en": "I could not upload the images ({error}). Please try again in a moment.",
    },
    "slack.post_failed": {
        "ja": "このチャンネルに投稿できませんでした({error})。答えはあなただけに表示しています。",
        "en": "I could not post in this channel ({error}). "
        "Here is the answer, visible only to you.",
    },
}
