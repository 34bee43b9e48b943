"""Messages shared by every command and adapter."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "app.name": {"ja": "Napier", "en": "Napier"},
    "error.title": {"ja": "入力を確認してください", "en": "Please check the input"},
    "command.unknown": {
        "ja": "`/{name}` というコマンドはありません。使えるコマンド: {commands}",
        "en": "There is no command `/{name}`. The commands are: {commands}",
    },
    "command.not_a_command": {
        "ja": "コマンドは `/` で始めてください。例: `/pow 2 3`",
        "en": "Start a command with `/`, for example `/pow 2 3`.",
    },
    "command.unknown_option": {
        "ja": "`/{command}` に `{option}` というオプションはありません。使えるもの: {options}",
        "en": "`/{command}` has no option `{option}`. Its options are: {options}",
    },
    "command.missing_option": {
        "ja": "`/{command}` には `{option}` が必要です。例: `{example}`",
        "en": "`/{command}` needs `{option}`. Try for example `{example}`.",
    },
    "command.too_many_values": {
        "ja": "`/{command}` に渡す値が多すぎます。例: `{example}`",
        "en": "`/{command}` got more values than it takes. Try for example `{example}`.",
    },
    "command.bad_choice": {
        "ja": "`{option}` には次のどれかを指定してください: {choices}",
        "en": "`{option}` must be one of: {choices}",
    },
    "command.bad_integer": {
        "ja": "`{option}` は {low} 以上 {high} 以下の整数にしてください。例: `{example}`",
        "en": "`{option}` must be a whole number from {low} to {high}. Try for example `{example}`.",
    },
    "command.bad_user": {
        "ja": "`{option}` にはこのサーバーのメンバーを @ で指定してください(省略すると自分)。",
        "en": "`{option}` must be a member of this server: pick one with @ (or leave it out for "
        "yourself).",
    },
    "command.unclosed_quote": {
        "ja": "引用符が閉じていません。例: `/law 1.4 a:2`",
        "en": "A quotation mark is not closed. Try for example `/law 1.4 a:2`.",
    },
    "command.line_too_long": {
        "ja": "コマンドが長すぎます(上限 {limit} 文字)。",
        "en": "That command is too long (the limit is {limit} characters).",
    },
    "help.title": {"ja": "Napier のコマンド", "en": "Napier's commands"},
    "help.intro": {
        "ja": "指数関数を学ぶボットです。オプションは順番に並べるか、`名前:値` の形で渡せます。",
        "en": "A bot for learning exponential functions. Give options in order, or as `name:value`.",
    },
    "help.options": {"ja": "オプション", "en": "options"},
    "help.example": {"ja": "例", "en": "example"},
    "help.optional": {"ja": "省略可", "en": "optional"},
    "help.console": {
        "ja": "`/help` でこの一覧、`/quit` で終了します。",
        "en": "`/help` shows this list, `/quit` leaves.",
    },
    "button.next_step": {
        "ja": "次のステップ ({shown}/{total})",
        "en": "Next step ({shown}/{total})",
    },
    "button.invalid": {
        "ja": "このボタンは使えなくなりました。コマンドをもう一度入力してください。",
        "en": "This button no longer works. Please type the command again.",
    },
    "steps.title": {"ja": "手順", "en": "Steps"},
    "ask.title": {"ja": "答えを入力", "en": "Your answer"},
    "ask.field": {"ja": "答え", "en": "Answer"},
    "ask.submit": {"ja": "答え合わせ", "en": "Check"},
    "ask.cancel": {"ja": "やめる", "en": "Cancel"},
    "ask.console": {
        "ja": "{label}: 答えを入力してください(コマンドは / から)。",
        "en": "{label}: type your answer (or a command starting with /).",
    },
}
