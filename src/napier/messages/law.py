"""Messages of /law: the six formulas, why they hold, worked examples and their limits."""

from __future__ import annotations

_LAW_LIST_JA = (
    "\n- (1.1) a^x · a^y = a^(x+y)\n- (1.2) 1/a^x = a^(-x)\n- (1.3) a^y / a^x = a^(y-x)"
    "\n- (1.4) (a^x)^y = a^(xy)\n- (1.5) (a^x)' = a^x · log_e a(a > 0, a ≠ 1)"
    "\n- (1.6) (e^x)' = e^x"
)
_LAW_LIST_EN = _LAW_LIST_JA.replace("(a > 0, a ≠ 1)", " (a > 0, a ≠ 1)")

MESSAGES: dict[str, dict[str, str]] = {
    "law.description": {
        "ja": "指数法則 (1.1)〜(1.4) と微分の公式 (1.5)・(1.6) を、成り立つ理由と計算例つきで説明します",
        "en": "Exponent laws (1.1)–(1.4) and derivative laws (1.5), (1.6): why each holds, with an example",
    },
    "law.option.id": {
        "ja": "公式の番号(1.1〜1.6)。省略すると 6 つすべての一覧",
        "en": "Law number (1.1–1.6); leave out for an overview of all six",
    },
    "law.option.a": {"ja": "底 a(例: 2、1/2、e)", "en": "The base a (e.g. 2, 1/2, e)"},
    "law.option.x": {"ja": "指数 x(例: 3、1/2、-1)", "en": "The exponent x (e.g. 3, 1/2, -1)"},
    "law.option.y": {"ja": "指数 y(例: 2、1/3、-2)", "en": "The exponent y (e.g. 2, 1/3, -2)"},
    # --- rejected input ---
    "law.bad_id": {
        "ja": "`{given}` という番号の公式はありません。公式は次の 6 つです:"
        + _LAW_LIST_JA
        + "\n例: `/law 1.4`(`１．４` や `(1.4)` と書いても構いません)",
        "en": "There is no law `{given}`. The six laws are:"
        + _LAW_LIST_EN
        + "\nTry for example `/law 1.4` (`１．４` and `(1.4)` work too).",
    },
    "law.needs_id": {
        "ja": "a、x、y を指定するときは公式の番号も指定してください。例: `{example}`",
        "en": "To give a, x or y, also say which law. Try for example `{example}`.",
    },
    "law.unused_option": {
        "ja": "公式 ({law}) では `{option}` を使いません(使うのは {uses} です)。"
        "例: `/law 1.4 a:2 x:3 y:2`",
        "en": "Law ({law}) does not use `{option}` (it uses {uses}). "
        "Try for example `/law 1.4 a:2 x:3 y:2`.",
    },
    "law.six_base": {
        "ja": "(1.6) は底が e の場合の公式なので、a は e に決まっています。"
        "ほかの底で試すなら (1.5) を使ってください。例: `{example}`",
        "en": "(1.6) is the case a = e, so its base is always e. "
        "For another base use (1.5), for example `{example}`.",
    },
    "law.too_large": {
        "ja": "計算例の数が大きすぎます(上限 {limit} 桁)。もっと小さな値で試してください。"
        "例: `{example}`",
        "en": "A number in this worked example would be too large (the limit is {limit} "
        "digits). Try smaller values, for example `{example}`.",
    },
    "law.derivative_range": {
        "ja": "この a と x では傾きが極端な値になり、例にもグラフにもなりません"
        "(|log a| は 20 まで、|x·log a| は 230 まで)。例: `{example}`",
        "en": "For this a and x the slope is too extreme to show or plot (|log a| up to 20, "
        "|x·log a| up to 230). Try for example `{example}`.",
    },
    # --- the laws ---
    "law.title": {"ja": "公式 ({id}) {name}", "en": "Law ({id}): {name}"},
    "law.name.1.1": {
        "ja": "同じ底の累乗の積",
        "en": "product of powers",
    },
    "law.name.1.2": {"ja": "負の指数", "en": "negative exponents"},
    "law.name.1.3": {
        "ja": "同じ底の累乗の商",
        "en": "quotient of powers",
    },
    "law.name.1.4": {"ja": "累乗の累乗", "en": "power of a power"},
    "law.name.1.5": {
        "ja": "指数関数 a^x の微分",
        "en": "the derivative of a^x",
    },
    "law.name.1.6": {"ja": "e^x の微分", "en": "the derivative of e^x"},
    "law.conditions.1.1": {
        "ja": "a > 0 なら実数の x、y で成り立ちます。a < 0 なら x、y が整数のときだけ、"
        "a = 0 なら x、y > 0 のときだけです。",
        "en": "Holds for a > 0 with any real x, y; for a < 0 only with integer x, y; "
        "for a = 0 only with x, y > 0.",
    },
    "law.conditions.1.2": {
        "ja": "a > 0 なら実数の x で成り立ちます。a < 0 なら x が整数のときだけです。"
        "a = 0 では 0 で割ることになるので成り立ちません。",
        "en": "Holds for a > 0 with any real x; for a < 0 only with integer x; "
        "never for a = 0 (it would divide by zero).",
    },
    "law.conditions.1.3": {
        "ja": "a > 0 なら実数の x、y で成り立ちます。a < 0 なら x、y が整数のときだけです。"
        "a = 0 では 0 で割ることになるので成り立ちません。",
        "en": "Holds for a > 0 with any real x, y; for a < 0 only with integer x, y; "
        "never for a = 0 (it would divide by zero).",
    },
    "law.conditions.1.4": {
        "ja": "a > 0 なら実数の x、y で成り立ちます。a < 0 なら x、y が整数のときだけ、"
        "a = 0 なら x、y > 0 のときだけです。",
        "en": "Holds for a > 0 with any real x, y; for a < 0 only with integer x, y; "
        "for a = 0 only with x, y > 0.",
    },
    "law.conditions.1.5": {
        "ja": "a > 0 かつ a ≠ 1 のとき、すべての実数 x で成り立ちます。",
        "en": "Holds for a > 0, a ≠ 1, at every real x.",
    },
    "law.conditions.1.6": {
        "ja": "すべての実数 x で成り立ちます(底は e ≈ 2.718)。",
        "en": "Holds at every real x (the base is e ≈ 2.718).",
    },
    "law.why.1.5": {
        "ja": "**なぜ?** 公式 1.6 と合成関数の微分法から導きます(下の手順)。",
        "en": "**Why?** It follows from law 1.6 and the chain rule (steps below).",
    },
    "law.why.1.6": {
        "ja": "**なぜ?** e の定義から極限 lim[h → 0] (e^h - 1)/h = 1 を導き、"
        "それを導関数の定義に当てはめます(下の手順)。",
        "en": "**Why?** From the definition of e we get the limit lim[h → 0] (e^h - 1)/h = 1, "
        "and put it into the definition of the derivative (steps below).",
    },
    "law.example": {
        "ja": "計算例",
        "en": "Worked example",
    },
    "law.field.conditions": {"ja": "成り立つ条件", "en": "When it holds"},
    "law.field.result": {"ja": "結果", "en": "Result"},
    "law.result.not_applicable": {
        "ja": "この値では公式がそのままは成り立ちません",
        "en": "The law does not hold as stated for these values",
    },
    "law.obstacle.negative_base": {
        "ja": "a = {a} は負の数です。負の底では、指数が整数でないと a^x が実数にならない"
        "ことがあり(例: (-2)^(1/2) は実数ではありません)、公式 ({law}) は整数の指数に"
        "ついてしか成り立ちません。x と y を整数にしてみてください。例: `/law {law} a:-2 x:3 y:2`",
        "en": "a = {a} is negative. With a negative base, a^x need not be a real number "
        "unless the exponent is an integer ((-2)^(1/2) is not real), so law ({law}) only "
        "holds for integer exponents. Try integers for x and y, for example "
        "`/law {law} a:-2 x:3 y:2`.",
    },
    "law.obstacle.trap": {
        "ja": "よくある落とし穴: ((-2)^2)^(1/2) = 4^(1/2) = 2 ですが、"
        "(-2)^(2·1/2) = (-2)^1 = -2 で、両辺は一致しません。",
        "en": "The classic trap: ((-2)^2)^(1/2) = 4^(1/2) = 2, but "
        "(-2)^(2·1/2) = (-2)^1 = -2 — the two sides differ.",
    },
    "law.obstacle.zero_power": {
        "ja": "a = 0 のとき、0^x が決まるのは x > 0 のときだけです(0^(-1) = 1/0 は定義"
        "できず、0^0 もここでは扱いません)。x と y を正の数にしてみてください。"
        "例: `/law {law} a:0 x:2 y:3`",
        "en": "For a = 0, 0^x is only defined for x > 0 (0^(-1) = 1/0 is undefined, and "
        "0^0 is left out here). Try positive x and y, for example `/law {law} a:0 x:2 y:3`.",
    },
    "law.obstacle.zero_division": {
        "ja": "a = 0 では a^x = 0 で割ることになるので、公式 ({law}) は成り立ちません"
        "(a ≠ 0 が必要です)。例: `/law {law} a:2 x:3`",
        "en": "For a = 0 the law ({law}) would divide by a^x = 0, so it does not hold "
        "(it needs a ≠ 0). Try for example `/law {law} a:2 x:3`.",
    },
    "law.obstacle.derivative_base": {
        "ja": "(1.5) には a > 0 が必要です。a = {a} では、a^x がすべての実数 x で実数に"
        "なるわけではなく(例: (-2)^(1/2))、log a も定義されないので、導関数の公式は"
        "使えません。例: `/law 1.5 a:3`",
        "en": "(1.5) needs a > 0. For a = {a}, a^x is not a real number for every real x "
        "(think of (-2)^(1/2)) and log a is undefined, so there is no derivative formula. "
        "Try for example `/law 1.5 a:3`.",
    },
    "law.obstacle.derivative_one": {
        "ja": "a = 1 では 1^x = 1 がどの x でも変わらない定数で、導関数は 0 です。"
        "式に当てはめても 1^x · log 1 = 0 にはなりますが、増えも減りもしないので"
        "指数関数とは呼ばず、(1.5) は a ≠ 1 を条件にしています。例: `/law 1.5 a:3`",
        "en": "For a = 1, 1^x = 1 for every x: a constant, whose derivative is 0. The "
        "formula would also give 1^x · log 1 = 0, but a function that neither grows nor "
        "shrinks is not an exponential one, so (1.5) asks for a ≠ 1. Try for example "
        "`/law 1.5 a:3`.",
    },
    # --- steps ---
    "law.step.left": {"ja": "左辺: `{chain}`", "en": "Left side: `{chain}`"},
    "law.step.right": {"ja": "右辺: `{chain}`", "en": "Right side: `{chain}`"},
    "law.step.equal": {
        "ja": "両辺とも `{value}` で、正確に等しくなります ✓",
        "en": "Both sides are exactly `{value}` ✓",
    },
    "law.step.equal_numeric": {
        "ja": "`{left}` と `{right}` は同じ数です(45 桁まで一致: ≈ {value})✓",
        "en": "`{left}` and `{right}` are the same number (they agree to 45 digits: ≈ {value}) ✓",
    },
    "law.step.different": {
        "ja": "両辺が一致しませんでした。内部の誤りとして記録しました。",
        "en": "The two sides did not agree; this has been logged as an internal error.",
    },
    "law.step.at": {
        "ja": "x = {x} では `{chain}`",
        "en": "At x = {x}: `{chain}`",
    },
    "law.step.at_e": {
        "ja": "x = {x} では、傾き = 高さ = `{chain}`",
        "en": "At x = {x}: slope = height = `{chain}`",
    },
    "law.step.quotients": {
        "ja": "数値で確かめると、平均変化率 `{quotient}` は {quotients} と {approx} に近づきます",
        "en": "Check with numbers: the average rate of change `{quotient}` gives {quotients}, approaching {approx}",
    },
    "law.step.digits": {"ja": "({digits} 桁の数)", "en": "(a number of {digits} digits)"},
    # --- images, actions, overview ---
    "law.image.alt": {
        "ja": "公式 ({id}): {statement}。{conditions}",
        "en": "Law ({id}): {statement}. {conditions}",
    },
    "law.plot.title": {
        "ja": "{f} とその導関数",
        "en": "{f} and its derivative",
    },
    "law.plot.title_e": {
        "ja": "{f}: 2 本の曲線がぴったり重なる",
        "en": "{f}: the two curves coincide",
    },
    "law.plot.tangent": {
        "ja": "x = {x} での接線(傾き {slope})",
        "en": "tangent at x = {x} (slope {slope})",
    },
    "law.plot.alt": {
        "ja": "y = {f}(実線)と導関数 y = {d}(破線)のグラフ。x = {x} での接線の傾きは {slope}。",
        "en": "Graph of y = {f} (solid) and its derivative y = {d} (dashed), with the tangent "
        "at x = {x}, slope {slope}.",
    },
    "law.plot.alt_e": {
        "ja": "y = e^x(実線)とその導関数(破線)が完全に重なるグラフ。"
        "x = {x} での接線の傾き {slope} は、その点の高さと同じ。",
        "en": "Graph where y = e^x (solid) and its derivative (dashed) lie exactly on top of "
        "each other. The tangent at x = {x} has slope {slope}, the same as the height there.",
    },
    "law.action.previous": {"ja": "◀ ({id})", "en": "◀ ({id})"},
    "law.action.next": {"ja": "({id}) ▶", "en": "({id}) ▶"},
    "law.action.overview": {"ja": "公式の一覧", "en": "All six laws"},
    "law.overview.title": {
        "ja": "指数関数の公式 (1.1)〜(1.6)",
        "en": "The exponent laws (1.1)–(1.6)",
    },
    "law.overview.intro": {
        "ja": "指数法則 (1.1)〜(1.4) と、指数関数の微分の公式 (1.5)・(1.6) です。番号は教材の記事と同じです。",
        "en": "The laws for computing with exponentials, (1.1)–(1.4), and for differentiating them, (1.5) and (1.6), numbered as in the lesson article.",
    },
    "law.overview.more": {
        "ja": "番号を指定すると、成り立つ理由と計算例を表示します。例: `{example}`",
        "en": "Give a number to see why a law holds, with a worked example: `{example}`",
    },
    "law.overview.alt": {
        "ja": "6 つの公式: (1.1) a^x · a^y = a^(x+y)、(1.2) 1/a^x = a^(-x)、(1.3) a^y / a^x = a^(y-x)、(1.4) (a^x)^y = a^(xy)、(1.5) (a^x)' = a^x log_e a(a > 0、a ≠ 1)、(1.6) (e^x)' = e^x",
        "en": "The six laws: (1.1) a^x · a^y = a^(x+y), (1.2) 1/a^x = a^(-x), (1.3) a^y / a^x = a^(y-x), (1.4) (a^x)^y = a^(xy), (1.5) (a^x)' = a^x log_e a for a > 0, a ≠ 1, (1.6) (e^x)' = e^x",
    },
    "law.choice.1.1": {
        "ja": "(1.1) 累乗の積 a^x·a^y = a^(x+y)",
        "en": "(1.1) product of powers a^x·a^y = a^(x+y)",
    },
    "law.choice.1.2": {
        "ja": "(1.2) 負の指数 1/a^x = a^(-x)",
        "en": "(1.2) negative exponents 1/a^x = a^(-x)",
    },
    "law.choice.1.3": {
        "ja": "(1.3) 累乗の商 a^y/a^x = a^(y-x)",
        "en": "(1.3) quotient of powers a^y/a^x = a^(y-x)",
    },
    "law.choice.1.4": {
        "ja": "(1.4) 累乗の累乗 (a^x)^y = a^(xy)",
        "en": "(1.4) power of a power (a^x)^y = a^(xy)",
    },
    "law.choice.1.5": {
        "ja": "(1.5) 微分の公式 (a^x)' = a^x log a",
        "en": "(1.5) derivative (a^x)' = a^x log a",
    },
    "law.choice.1.6": {
        "ja": "(1.6) 微分の公式 (e^x)' = e^x",
        "en": "(1.6) derivative (e^x)' = e^x",
    },
}
