"""Messages for input the parser rejects; each shows a valid example."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "parse.empty": {
        "ja": "式が空です。例: `{example}`",
        "en": "The expression is empty. Try for example `{example}`.",
    },
    "parse.too_long": {
        "ja": "式が長すぎます({length} 文字、上限 {limit} 文字)。例: `{example}`",
        "en": "That expression is too long ({length} characters; the limit is {limit}). "
        "Try for example `{example}`.",
    },
    "parse.bad_char": {
        "ja": "{position} 文字目に使えない文字 {char} があります。"
        "使えるのは数字、`+ - * / ^ ( )`、`e`、`pi` です。例: `{example}`",
        "en": "Character {position} ({char}) cannot be used. Use digits, `+ - * / ^ ( )`, "
        "`e` and `pi`. Try for example `{example}`.",
    },
    "parse.too_many_digits": {
        "ja": "数が長すぎます({digits} 桁、上限 {limit} 桁)。大きな数は累乗で書けます。例: `{example}`",
        "en": "A number has too many digits ({digits}; the limit is {limit}). Write big numbers "
        "as powers, for example `{example}`.",
    },
    "parse.scientific": {
        "ja": "`{text}` は 10 の累乗を使う指数表記のようですが、ここでの `e` はネイピア数です。10 の累乗は `{suggestion}` と書いてください。",
        "en": "`{text}` looks like scientific notation, but here `e` is Napier's number. Write the power of ten as `{suggestion}`.",
    },
    "parse.unknown_name": {
        "ja": "`{name}` は知らない名前です。使える名前は `e`、`pi`(`π`)です。例: `{example}`",
        "en": "`{name}` is not a name I know. You can use `e` and `pi` (`π`). "
        "Try for example `{example}`.",
    },
    "parse.no_functions": {
        "ja": "ここでは関数 `{name}` は使えません。例: `{example}`",
        "en": "The function `{name}` cannot be used here. Try for example `{example}`.",
    },
    "parse.no_variable": {
        "ja": "ここでは変数 `x` は使えません。数だけで書いてください。例: `{example}`",
        "en": "This takes numbers only, not the variable `x`. Try for example `{example}`.",
    },
    "parse.call_needs_parens": {
        "ja": "関数 `{name}` の引数は {name}(x) のようにかっこで囲んでください。例: `{example}`",
        "en": "Put the argument of `{name}` in parentheses, as in {name}(x). Try for example `{example}`.",
    },
    "parse.nesting": {
        "ja": "かっこの入れ子が深すぎます(上限 {limit} 段)。例: `{example}`",
        "en": "The parentheses are nested too deeply (the limit is {limit}). "
        "Try for example `{example}`.",
    },
    "parse.implicit_exponent": {
        "ja": "`{typed}` は `{read}` と読みました(^ のすぐ後に数と文字が続けて書かれているときは、まとめて指数とみなします)。積のつもりなら `{other}` と書いてください。",
        "en": "I read `{typed}` as `{read}`: a number written against a letter right after ^ stays in the exponent. If you meant the product, write `{other}`.",
    },
    "parse.spaced_exponent": {
        "ja": "`{typed}` は `{read}` と読みました(空白で指数が終わります)。指数のつもりなら `{other}` と書いてください。",
        "en": "I read `{typed}` as `{read}` (the space ends the exponent). If you meant the exponent, write `{other}`.",
    },
    "parse.trigonometric": {
        "ja": "`{name}` は三角関数です。Napier が扱うのは指数関数と対数関数です(累乗、`e^x`、`exp`、`log`(`ln`)、`sqrt`)。例: `{example}`",
        "en": "`{name}` is a trigonometric function; Napier covers exponential and logarithmic functions (powers, `e^x`, `exp`, `log` or `ln`, and `sqrt`). Try for example `{example}`.",
    },
    "parse.tower": {
        "ja": "累乗の塔が高すぎて式を描けません(上限 {limit} 段)。大きな塔の大きさは `/pow` で調べられます。例: `{example}`",
        "en": "That power tower is too tall to draw (at most {limit} levels); `/pow` sizes towers of any height. Try for example `{example}`.",
    },
    "parse.unbalanced": {
        "ja": "かっこの数が合っていません。例: `{example}`",
        "en": "The parentheses do not match. Try for example `{example}`.",
    },
    "parse.incomplete": {
        "ja": "式が途中で終わっています。例: `{example}`",
        "en": "The expression stops in the middle. Try for example `{example}`.",
    },
    "parse.unexpected": {
        "ja": "{position} 文字目の `{token}` が読めません。例: `{example}`",
        "en": "I cannot read `{token}` at character {position}. Try for example `{example}`.",
    },
    "parse.missing_operator": {
        "ja": "{position} 文字目の `{token}` の前に演算子(`*` や `^`)が必要です。例: `{example}`",
        "en": "An operator (such as `*` or `^`) is missing before `{token}` at character "
        "{position}. Try for example `{example}`.",
    },
    "math.division_by_zero": {
        "ja": "0 で割ることはできません。例: `{example}`",
        "en": "Division by zero is undefined. Try for example `{example}`.",
    },
    "math.too_large": {
        "ja": "式の途中の数が大きすぎて計算できません(上限 {limit} 桁)。"
        "大きな累乗は底と指数に分けて `/pow` に渡してください。例: `/pow 9 9^9`",
        "en": "A number inside the expression is too large to compute (the limit is {limit} "
        "digits). Give a big power to `/pow` as base and exponent, for example `/pow 9 9^9`.",
    },
    "math.not_real": {
        "ja": "式の途中に実数でない値があります。例: `{example}`",
        "en": "Part of the expression is not a real number. Try for example `{example}`.",
    },
}
