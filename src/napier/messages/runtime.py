"""Messages from the runtime: time limits, rate limits, shutdown and bugs."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "runtime.timeout": {
        "ja": "計算に時間がかかりすぎたので止めました({seconds} 秒まで)。"
        "もう少し小さな値で試してください。例: `/pow 2 100`",
        "en": "That took too long, so I stopped it (the limit is {seconds} s). "
        "Try smaller values, for example `/pow 2 100`.",
    },
    "runtime.memory": {
        "ja": "計算に使うメモリが上限を超えたので止めました。小さな値で試してください。",
        "en": "That needed more memory than I allow, so I stopped it. Try smaller values.",
    },
    "runtime.rate_limited": {
        "ja": "少し速すぎます。{seconds} 秒後にもう一度試してください。",
        "en": "That is a bit fast. Please try again in {seconds} s.",
    },
    "runtime.shutting_down": {
        "ja": "ボットを再起動しています。少し待ってからもう一度試してください。",
        "en": "The bot is restarting. Please try again in a moment.",
    },
    "runtime.busy": {
        "ja": "いま混み合っています。少し待ってからもう一度試してください。",
        "en": "I am busy right now. Please try again in a moment.",
    },
    "runtime.bug": {
        "ja": "申し訳ありません、ボットの内部でエラーが起きました。記録したので修正します。",
        "en": "Sorry, something went wrong inside the bot. It has been logged so it can be fixed.",
    },
}
