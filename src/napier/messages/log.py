"""Messages of /log: logarithms as the inverse of a^x, their laws, and (log x)' = 1/x."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "log.description": {
        "ja": "対数 log_a x を指数の逆として求め、対数の法則と (log x)' = 1/x を導きます",
        "en": "Logarithms log_a x as the inverse of a^x: exact values, the laws, (log x)' = 1/x",
    },
    "log.option.a": {
        "ja": "底 a(例: 2、1/2、e)。省略すると対数の授業",
        "en": "The base a (e.g. 2, 1/2, e); leave out for the lesson on logarithms",
    },
    "log.option.x": {"ja": "真数 x(例: 8、5、1/4)", "en": "The number x (e.g. 8, 5, 1/4)"},
    # --- rejected input ---
    "log.base_not_real": {
        "ja": "底が実数になりません。例: `{example}`",
        "en": "The base is not a real number. Try for example `{example}`.",
    },
    "log.arg_not_real": {
        "ja": "真数が実数になりません。例: `{example}`",
        "en": "The number x is not real. Try for example `{example}`.",
    },
    "log.base_positive": {
        "ja": "底 a は正の数にしてください(a > 0, a ≠ 1)。例: `{example}`",
        "en": "The base a must be positive (a > 0, a ≠ 1). Try for example `{example}`.",
    },
    "log.base_one": {
        "ja": "底が 1 だと 1^p はいつも 1 なので、対数が決まりません(a ≠ 1)。例: `{example}`",
        "en": "With base 1, 1^p is always 1, so no logarithm is defined (a ≠ 1). "
        "Try for example `{example}`.",
    },
    "log.arg_positive": {
        "ja": "真数 x は正の数にしてください。a^p はいつも正なので、0 や負の数の対数はありません。"
        "例: `{example}`",
        "en": "The number x must be positive: a^p is always positive, so 0 and negative "
        "numbers have no logarithm. Try for example `{example}`.",
    },
    "log.too_large": {
        "ja": "数が大きすぎて計算できません。例: `{example}`",
        "en": "That number is too large to work with. Try for example `{example}`.",
    },
    # --- a value ---
    "log.title.value": {"ja": "対数 {expression}", "en": "The logarithm {expression}"},
    "log.value.exact": {"ja": "**{expression} = {value}**", "en": "**{expression} = {value}**"},
    "log.value.approx": {"ja": "**{expression} ≈ {value}**", "en": "**{expression} ≈ {value}**"},
    "log.exponent_form": {
        "ja": "指数の形で書くと `{form}`({expression} = p ⇔ {power} = {x})。",
        "en": "In exponent form: `{form}` ({expression} = p ⇔ {power} = {x}).",
    },
    "log.field.value": {"ja": "値", "en": "Value"},
    "log.field.exponent": {"ja": "指数の形", "en": "Exponent form"},
    "log.step.definition": {
        "ja": "対数の定義: log_a M = p ⇔ a^p = M",
        "en": "By definition, log_a M = p ⇔ a^p = M.",
    },
    "log.step.rewrite": {
        "ja": "{a} の累乗で表します(指数法則 (1.4))。",
        "en": "Write it as a power of {a} (law 1.4).",
    },
    "log.step.exact": {"ja": "よって", "en": "So"},
    "log.step.not_rational": {
        "ja": "{a} と {x} は共通の数の累乗ではないので、{a}^p = {x} となる有理数 p はありません"
        "(p = m/n なら {a}^m = {x}^n となり、素因数分解の一意性に反します)。",
        "en": "{a} and {x} are not powers of a common number, so no rational p has "
        "{a}^p = {x} (p = m/n would give {a}^m = {x}^n, against unique prime factorisation).",
    },
    "log.step.change_of_base": {
        "ja": "底の変換公式(log は自然対数)で表すと",
        "en": "By the change of base formula (log is the natural logarithm):",
    },
    "log.step.natural_decimal": {"ja": "小数で表すと", "en": "As a decimal:"},
    "log.formula.alt": {
        "ja": "{expression} の求め方: {steps}",
        "en": "Finding {expression}: {steps}",
    },
    # --- the lesson ---
    "log.title.lesson": {"ja": "対数と対数関数", "en": "Logarithms"},
    "log.lesson.intro": {
        "ja": "a > 0、a ≠ 1 のとき、正の数 M に対して a^p = M となる p がただ 1 つ決まります。"
        "この p を、a を底とする M の対数といい、log_a M と書きます(M を真数といいます)。"
        "つまり log_a M = p ⇔ a^p = M です。",
        "en": "For a > 0, a ≠ 1 and a positive number M there is exactly one p with a^p = M. "
        "This p is the logarithm of M to base a, written log_a M: log_a M = p ⇔ a^p = M.",
    },
    "log.lesson.examples": {
        "ja": "例: log_2 8 = 3(2^3 = 8)、log_4 8 = 3/2(4^(3/2) = 8)、log_(1/2) 4 = -2((1/2)^(-2) = 4)。",
        "en": "For example: log_2 8 = 3 (2^3 = 8), log_4 8 = 3/2 (4^(3/2) = 8), "
        "log_(1/2) 4 = -2 ((1/2)^(-2) = 4).",
    },
    "log.lesson.inverse": {
        "ja": "y = log_a x は y = a^x の逆関数で、2 つのグラフは直線 y = x について対称です。"
        "底が e の対数を自然対数といい、記事にならって log_e x を log x と書きます。",
        "en": "y = log_a x is the inverse function of y = a^x: the two graphs are mirror "
        "images in the line y = x. The logarithm to base e is the natural logarithm; as in the "
        "article, log_e x is written log x.",
    },
    "log.lesson.laws": {
        "ja": "対数の法則は、指数法則 (1.1)〜(1.4) を対数の言葉に言いかえたものです。"
        "最後に、公式 (1.6) から対数関数の導関数を導きます(手順を順に見てください)。",
        "en": "The laws of logarithms are the exponent laws (1.1)–(1.4) read as logarithms. "
        "At the end, the derivative of the logarithm follows from (1.6) (see the steps).",
    },
    "log.lesson.try": {
        "ja": "値を求めるには `/log 2 8`、`/log 3 5` のように底と真数を指定します。",
        "en": "To find a value, give the base and the number: `/log 2 8`, `/log 3 5`.",
    },
    "log.lesson.alt": {
        "ja": "対数の法則と導関数: {laws}",
        "en": "The laws of logarithms and the derivative: {laws}",
    },
    "log.field.derivative": {"ja": "導関数", "en": "Derivative"},
    "log.law.heading": {"ja": "**{name}** `{statement}`", "en": "**{name}** `{statement}`"},
    "log.law.name.definition": {"ja": "定義", "en": "Definition"},
    "log.law.name.special": {"ja": "特別な値", "en": "Special values"},
    "log.law.name.product": {"ja": "積の対数", "en": "Logarithm of a product"},
    "log.law.name.quotient": {"ja": "商の対数", "en": "Logarithm of a quotient"},
    "log.law.name.reciprocal": {"ja": "逆数の対数", "en": "Logarithm of a reciprocal"},
    "log.law.name.power": {"ja": "累乗の対数", "en": "Logarithm of a power"},
    "log.law.name.change_of_base": {"ja": "底の変換公式", "en": "Change of base"},
    "log.law.name.derivative": {"ja": "log x の導関数", "en": "The derivative of log x"},
    "log.law.name.derivative_base": {"ja": "log_a x の導関数", "en": "The derivative of log_a x"},
    "log.law.condition.definition": {
        "ja": "(a > 0, a ≠ 1, x > 0)",
        "en": "(a > 0, a ≠ 1, x > 0)",
    },
    "log.law.condition.base": {"ja": "(a > 0, a ≠ 1)", "en": "(a > 0, a ≠ 1)"},
    "log.law.condition.other": {
        "ja": "(a > 0, a ≠ 1, x > 0, y > 0, r は実数)",
        "en": "(a > 0, a ≠ 1, x > 0, y > 0, r real)",
    },
    "log.law.condition.change_of_base": {
        "ja": "(a, b > 0, a ≠ 1, b ≠ 1, x > 0)",
        "en": "(a, b > 0, a ≠ 1, b ≠ 1, x > 0)",
    },
    "log.law.condition.derivative": {"ja": "(x > 0)", "en": "(x > 0)"},
    "log.law.step.definition_inverse": {
        "ja": "y = a^x は増加関数(a > 1)または減少関数(0 < a < 1)で、正の値をすべてとるので、"
        "正の数 x ごとに a^p = x となる p がただ 1 つあります。",
        "en": "y = a^x is increasing (a > 1) or decreasing (0 < a < 1) and takes every "
        "positive value, so each positive x is a^p for exactly one p.",
    },
    "log.law.step.zero": {"ja": "a^0 = 1 なので", "en": "Since a^0 = 1:"},
    "log.law.step.one": {"ja": "a^1 = a なので", "en": "Since a^1 = a:"},
    "log.law.step.let": {"ja": "次のようにおきます。", "en": "Let"},
    "log.law.step.let_one": {"ja": "次のようにおきます。", "en": "Let"},
    "log.law.step.as_powers": {"ja": "対数の定義より", "en": "By the definition of the logarithm:"},
    "log.law.step.law": {"ja": "指数法則 ({law}) より", "en": "By law ({law}):"},
    "log.law.step.read_back": {
        "ja": "対数の定義にもどすと",
        "en": "Read back as a logarithm:",
    },
    "log.law.step.take_log_b": {
        "ja": "両辺について、b を底とする対数をとります(b > 0, b ≠ 1)。",
        "en": "Take logarithms to a base b (b > 0, b ≠ 1) of both sides:",
    },
    "log.law.step.use_power": {"ja": "累乗の対数の公式より", "en": "By the power law:"},
    "log.law.step.divide_nonzero": {
        "ja": "y = log_b x は増加関数または減少関数で、log_b 1 = 0 なので、a ≠ 1 なら log_b a ≠ 0 です。"
        "両辺を log_b a で割ると",
        "en": "y = log_b x is increasing or decreasing and log_b 1 = 0, so a ≠ 1 gives "
        "log_b a ≠ 0; divide by it:",
    },
    "log.law.step.natural": {
        "ja": "b = e(自然対数)とすると",
        "en": "With b = e (natural logarithms):",
    },
    "log.law.step.inverse": {
        "ja": "y = log x とおくと、対数の定義より x = e^y です。",
        "en": "Let y = log x; by the definition of the logarithm, x = e^y.",
    },
    "log.law.step.differentiate_e": {
        "ja": "x = e^y を y で微分すると、公式 (1.6) より",
        "en": "Differentiate x = e^y with respect to y; by law (1.6):",
    },
    "log.law.step.inverse_rule": {
        "ja": "逆関数の微分法 dy/dx = 1/(dx/dy) より(x > 0)",
        "en": "By the derivative of an inverse function, dy/dx = 1/(dx/dy) (x > 0):",
    },
    "log.law.step.derivative_change": {
        "ja": "底の変換公式で log_a x = log x / log a と書くと、1/log a は定数なので",
        "en": "Write log_a x = log x / log a by change of base; 1/log a is a constant factor:",
    },
    "log.action.lesson": {"ja": "対数の授業", "en": "The lesson on logarithms"},
    "log.action.value": {"ja": "/log {a} {x}", "en": "/log {a} {x}"},
    "log.action.graph": {"ja": "y = {a}^x のグラフ", "en": "Graph of y = {a}^x"},
    "log.action.solve": {"ja": "方程式 {equation}", "en": "Solve {equation}"},
    # --- the plot ---
    "log.plot.title": {
        "ja": "指数関数と対数関数のグラフは直線 y = x について対称",
        "en": "The exponential and the logarithm: mirror images in the line y = x",
    },
    "log.plot.alt": {
        "ja": "y = {power} と y = {log} と直線 y = x のグラフ。2 つの曲線は y = x について対称です。{point}",
        "en": "Graphs of y = {power}, y = {log} and the line y = x; the two curves are mirror "
        "images in y = x. {point}",
    },
    "log.plot.alt_point": {
        "ja": "点 ({p}, {x}) と点 ({x}, {p}) を示しています。",
        "en": "The points ({p}, {x}) and ({x}, {p}) are marked.",
    },
    "log.plot.alt_outside": {
        "ja": "点 ({p}, {x}) は図の外にあります。",
        "en": "The point ({p}, {x}) lies outside the window.",
    },
}
