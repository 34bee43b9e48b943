"""Messages of /solve: exponential equations and inequalities, comparisons, and their steps."""

from __future__ import annotations

_TYPES_JA = (
    "\n/solve で解けるのは次の型です:"
    "\n- 底をそろえる: `/solve 2^(x+1) = 8`、`/solve 9^x = 27^(x-1)`"
    "\n- t = a^x とおく: `/solve 4^x - 2^(x+1) - 8 = 0`、`/solve 9^x - 4*3^x + 3 < 0`"
    "\n- 対数をとる: `/solve 3^x = 5`、`/solve 2^x = 3^(x-1)`"
    "\n- 不等式(0 < a < 1 なら向きが変わる): `/solve (1/2)^x > 4`"
    "\n- 大小比較: `/solve compare 4^(1/3) 8^(1/4)`"
)
_TYPES_EN = (
    "\n/solve covers these types:"
    "\n- same base: `/solve 2^(x+1) = 8`, `/solve 9^x = 27^(x-1)`"
    "\n- put t = a^x: `/solve 4^x - 2^(x+1) - 8 = 0`, `/solve 9^x - 4*3^x + 3 < 0`"
    "\n- take logarithms: `/solve 3^x = 5`, `/solve 2^x = 3^(x-1)`"
    "\n- inequalities (reversed when 0 < a < 1): `/solve (1/2)^x > 4`"
    "\n- comparisons: `/solve compare 4^(1/3) 8^(1/4)`"
)

_REASONS: dict[str, tuple[str, str]] = {
    "x_outside_exponent": (
        "x が指数の外にあります(`x*2^x` や `x^2` など)。",
        "x appears outside an exponent (as in `x*2^x` or `x^2`).",
    ),
    "x_in_base": ("底に x があります(`x^x` など)。", "x appears in a base (as in `x^x`)."),
    "degree": (
        "指数が x の 3 次以上の式になっています。",
        "An exponent is a polynomial of degree 3 or more in x.",
    ),
    "logarithm": (
        "log を含む方程式(対数方程式)はまだ扱えません。",
        "Equations with log in them (logarithmic equations) are not covered yet.",
    ),
    "pi": ("π を含む式は扱えません。", "Expressions with π are not covered."),
    "negative_base": (
        "底が負の数です。a^x は a > 0 のときに考えます(a^(m/n) は a > 0 で定義)。",
        "A base is negative; a^x is taken for a > 0 (a^(m/n) is defined for a > 0).",
    ),
    "zero_base": (
        "底が 0 です。0^x は指数関数ではありません。",
        "A base is 0; 0^x is not an exponential.",
    ),
    "x_in_denominator": (
        "指数の分母に x があります(`2^(1/x)` など)。",
        "x appears in the denominator of an exponent (as in `2^(1/x)`).",
    ),
    "divided_by_sum": (
        "和で割る形(`1/(2^x + 1)` など)は扱えません。",
        "Division by a sum (such as `1/(2^x + 1)`) is not covered.",
    ),
    "base_not_power": (
        "底が数の和になっています(`(1 + 2^(1/2))^x` など)。",
        "A base is a sum of numbers (as in `(1 + 2^(1/2))^x`).",
    ),
    "power_of_sum": (
        "和の累乗は 4 乗までしか展開しません。",
        "A power of a sum is multiplied out only up to the 4th power.",
    ),
    "tower": (
        "指数の中に、さらに x を含む累乗があります(`2^(2^x)` など)。",
        "An exponent has a power of x inside it (as in `2^(2^x)`).",
    ),
    "irrational_exponent": (
        "指数の係数が有理数ではありません(`2^(e*x)` など)。",
        "A coefficient in an exponent is not rational (as in `2^(e*x)`).",
    ),
    "function_in_exponent": (
        "指数の中に関数があります。",
        "An exponent contains a function.",
    ),
    "too_many_terms": ("項が多すぎます(12 項まで)。", "There are too many terms (at most 12)."),
    "several_bases": (
        "底が 2 種類以上あり、1 つの底にそろえられません(`2^x + 3^x` など)。",
        "There are several bases that cannot be written as one (as in `2^x + 3^x`).",
    ),
    "irrational_coefficient": (
        "t = a^x とおいても係数が有理数になりません(`2^(x + 1/2)` の √2 など)。",
        "With t = a^x the coefficients are not rational (such as the √2 of `2^(x + 1/2)`).",
    ),
    "degree_with_log": (
        "対数をとる型では、指数を x の 1 次式にしてください。",
        "For the logarithm type, exponents must be linear in x.",
    ),
    "degree_substitution": (
        "t = a^x とおくと t の 3 次以上になります(2 次までを扱います)。",
        "With t = a^x this is of degree 3 or more in t (degree 2 at most is covered).",
    ),
    "too_close": (
        "係数が 0 に近すぎて、不等号の向きを決められません。",
        "A coefficient is too close to 0 to decide the direction of the inequality.",
    ),
}

MESSAGES: dict[str, dict[str, str]] = {
    "solve.description": {
        "ja": "指数方程式・不等式を途中式つきで解き、数の大小を比べます",
        "en": "Solve exponential equations and inequalities step by step; compare numbers",
    },
    "solve.option.problem": {
        "ja": "方程式・不等式(例: 2^(x+1) = 8)、または compare と数(例: compare 4^(1/3) 8^(1/4))",
        "en": "An equation or inequality (2^(x+1) = 8), or compare and numbers (compare 4^(1/3) 8^(1/4))",
    },
    # --- rejected input ---
    "relation.missing": {
        "ja": "等号か不等号(`=`、`<`、`>`、`<=`、`>=`、`≦`、`≧`)が必要です。例: `/solve 2^(x+1) = 8`"
        + _TYPES_JA,
        "en": "An equation or inequality needs `=`, `<`, `>`, `<=` or `>=`. "
        "Try for example `/solve 2^(x+1) = 8`." + _TYPES_EN,
    },
    "relation.several": {
        "ja": "等号・不等号は 1 つにしてください(`1 < 2^x < 8` は 2 つに分けます)。"
        "例: `/solve 2^x < 8`",
        "en": "Use one relation symbol (split `1 < 2^x < 8` into two). "
        "Try for example `/solve 2^x < 8`.",
    },
    "relation.empty_side": {
        "ja": "等号・不等号の両側に式を書いてください。例: `/solve 2^(x+1) = 8`",
        "en": "Write an expression on both sides of the symbol. Try for example "
        "`/solve 2^(x+1) = 8`.",
    },
    "relation.unsupported_symbol": {
        "ja": "`{symbol}` は扱えません。`=`、`<`、`>`、`<=`、`>=` を使ってください。"
        "例: `{example}`",
        "en": "`{symbol}` is not supported; use `=`, `<`, `>`, `<=` or `>=`. "
        "Try for example `{example}`.",
    },
    "powers.too_large": {
        "ja": "途中の数が大きすぎます(上限 {limit} 桁)。例: `{example}`",
        "en": "A number along the way would be too large (the limit is {limit} digits). "
        "Try for example `{example}`.",
    },
    "solve.no_unknown": {
        "ja": "式に x がありません。x を含む方程式・不等式を書くか、数の大小なら compare を使ってください。"
        "例: `/solve 2^(x+1) = 8`、`/solve compare 4^(1/3) 8^(1/4)`",
        "en": "There is no x. Write an equation or inequality in x, or use compare for numbers: "
        "`/solve 2^(x+1) = 8`, `/solve compare 4^(1/3) 8^(1/4)`.",
    },
    "solve.compare_count": {
        "ja": "比べる数は 2〜{limit} 個にしてください。例: `{example}`",
        "en": "Compare 2 to {limit} numbers. Try for example `{example}`.",
    },
    "solve.compare_constant": {
        "ja": "比べるのは数です(x は使えません)。例: `{example}`",
        "en": "compare takes numbers, without x. Try for example `{example}`.",
    },
    "solve.compare_not_real": {
        "ja": "実数でない数は比べられません(a^(m/n) は a > 0 で定義)。例: `{example}`",
        "en": "Only real numbers can be compared (a^(m/n) is defined for a > 0). "
        "Try for example `{example}`.",
    },
    "solve.compare_too_close": {
        "ja": "差が小さすぎて、小数では大小を決められません。例: `{example}`",
        "en": "These are too close to order by their decimals. Try for example `{example}`.",
    },
    # --- the reply ---
    "solve.title.equation": {"ja": "方程式 {relation}", "en": "Equation {relation}"},
    "solve.title.inequality": {"ja": "不等式 {relation}", "en": "Inequality {relation}"},
    "solve.title.compare": {"ja": "大小比較 {values}", "en": "Comparing {values}"},
    "solve.kind.same_base": {
        "ja": "**型: 底をそろえる** — 両辺を同じ底の累乗にして、指数を比べます。",
        "en": "**Type: same base** — write both sides as powers of one base and compare "
        "the exponents.",
    },
    "solve.kind.substitution": {
        "ja": "**型: t = a^x とおく** — a^x のかたまりを t とおくと、t の 2 次式になります"
        "(t > 0 に注意)。",
        "en": "**Type: put t = a^x** — with t = a^x it becomes a quadratic in t (remember t > 0).",
    },
    "solve.kind.logarithm": {
        "ja": "**型: 対数をとる** — 同じ底にそろえられないので、対数で指数をとり出します。",
        "en": "**Type: take logarithms** — the sides share no base, so logarithms bring the "
        "exponent down.",
    },
    "solve.kind.positivity": {
        "ja": "**型: a^x > 0** — 指数関数の値はつねに正です。",
        "en": "**Type: a^x > 0** — an exponential is always positive.",
    },
    "solve.kind.constant": {
        "ja": "**x が消える** — 整理すると x を含む項がなくなります。",
        "en": "**x cancels** — after collecting, no term with x is left.",
    },
    "solve.kind.compare_same_base": {
        "ja": "**底をそろえて指数を比べる**",
        "en": "**Same base: compare the exponents**",
    },
    "solve.kind.compare_common_power": {
        "ja": "**同じ数だけ累乗して比べる**",
        "en": "**Raise to a common power and compare**",
    },
    "solve.kind.compare_decimal": {"ja": "**小数で比べる**", "en": "**Compare the decimals**"},
    "solve.answer": {"ja": "答え", "en": "Answer"},
    "solve.answer.none": {"ja": "解なし", "en": "no solution"},
    "solve.answer.all": {"ja": "すべての実数 x", "en": "every real x"},
    "solve.answer.or": {"ja": "、", "en": " or "},
    "solve.answer.line": {"ja": "**答え**: {answer}", "en": "**Answer**: {answer}"},
    "solve.order": {"ja": "大小", "en": "Order"},
    "solve.field.type": {"ja": "型", "en": "Type"},
    "solve.field.decimal": {"ja": "小数", "en": "Decimal"},
    "solve.type.same_base": {"ja": "底をそろえる", "en": "same base"},
    "solve.type.substitution": {"ja": "t = a^x とおく", "en": "t = a^x"},
    "solve.type.logarithm": {"ja": "対数をとる", "en": "logarithms"},
    "solve.type.positivity": {"ja": "a^x > 0", "en": "a^x > 0"},
    "solve.type.constant": {"ja": "x が消える", "en": "x cancels"},
    "solve.type.compare_same_base": {"ja": "底をそろえる", "en": "same base"},
    "solve.type.compare_common_power": {"ja": "累乗して比べる", "en": "common power"},
    "solve.type.compare_decimal": {"ja": "小数", "en": "decimals"},
    "solve.formula.alt": {
        "ja": "{relation} の解き方: {steps}",
        "en": "How to solve {relation}: {steps}",
    },
    "solve.compare.alt": {"ja": "大小比較: {order}", "en": "Comparison: {order}"},
    "solve.plot.title": {"ja": "y = 左辺 と y = 右辺", "en": "y = left side and y = right side"},
    "solve.plot.solution": {"ja": "解 {answer}", "en": "solution {answer}"},
    "solve.plot.left": {"ja": "左辺", "en": "left side"},
    "solve.plot.right": {"ja": "右辺", "en": "right side"},
    "solve.plot.alt": {
        "ja": "y = {left}(左辺)と y = {right}(右辺)のグラフ。x = {low} から {high} まで。"
        "{relation} の解 {answer} を示しています。",
        "en": "Graphs of y = {left} (left side) and y = {right} (right side) from x = {low} "
        "to {high}, marking the solution {answer} of {relation}.",
    },
    "solve.action.type": {"ja": "例: {example}", "en": "Example: {example}"},
    "solve.action.log": {"ja": "/log {a} {x}", "en": "/log {a} {x}"},
    "solve.action.graph": {"ja": "y = {power} のグラフ", "en": "Graph of y = {power}"},
    # --- steps ---
    "solve.step.rewrite_base": {
        "ja": "底を {base} にそろえます(指数法則 (1.4) (a^m)^n = a^(mn))。",
        "en": "Write both sides as powers of {base} (law 1.4: (a^m)^n = a^(mn)).",
    },
    "solve.step.same_base_equation": {
        "ja": "底が同じなので指数が等しくなります(a > 0, a ≠ 1 のとき a^p = a^q ⇔ p = q)。",
        "en": "The bases are equal, so the exponents are equal (for a > 0, a ≠ 1: "
        "a^p = a^q ⇔ p = q).",
    },
    "solve.step.same_base_increasing": {
        "ja": "底 {base} は 1 より大きいので、y = {power} は増加関数です。"
        "指数の大小は不等号の向きのままです。",
        "en": "The base {base} is greater than 1, so y = {power} is increasing: the exponents "
        "compare the same way.",
    },
    "solve.step.same_base_decreasing": {
        "ja": "底 {base} は 1 より小さいので、y = {power} は減少関数です。"
        "指数の大小は逆になるので、不等号の向きが変わります。",
        "en": "The base {base} is between 0 and 1, so y = {power} is decreasing: the larger "
        "power has the smaller exponent, so the inequality sign is reversed.",
    },
    "solve.step.collect": {
        "ja": "移項して整理します。",
        "en": "Move the terms across and collect them.",
    },
    "solve.step.divide": {"ja": "両辺を {by} で割ります。", "en": "Divide both sides by {by}."},
    "solve.step.divide_negative": {
        "ja": "両辺を負の数 {by} で割るので、不等号の向きが変わります。",
        "en": "Divide both sides by the negative number {by}; this reverses the inequality.",
    },
    "solve.step.move": {
        "ja": "すべて左辺に移項します。",
        "en": "Move everything to the left side.",
    },
    "solve.step.scale": {
        "ja": "両辺に {by} を掛けて、係数を簡単な整数にします。",
        "en": "Multiply both sides by {by} to make the coefficients small whole numbers.",
    },
    "solve.step.scale_negative": {
        "ja": "両辺に負の数 {by} を掛けるので、不等号の向きが変わります。",
        "en": "Multiply both sides by the negative number {by}; this reverses the inequality.",
    },
    "solve.step.no_real_roots_all": {
        "ja": "判別式が負なので、{var} の 2 次式はつねに正の値をとります。よって、すべての {var} で成り立ちます。",
        "en": "The discriminant is negative, so the quadratic in {var} is always positive: "
        "this holds for every {var}.",
    },
    "solve.step.no_real_roots_none": {
        "ja": "判別式が負なので、{var} の 2 次式はつねに正の値をとります。よって、これを満たす {var} はありません。",
        "en": "The discriminant is negative, so the quadratic in {var} is always positive: "
        "no {var} satisfies this.",
    },
    "solve.step.factor": {"ja": "因数分解します。", "en": "Factor."},
    "solve.step.quadratic_formula": {
        "ja": "有理数の範囲では因数分解できないので、解の公式を使います(判別式 D = {discriminant})。",
        "en": "It does not factor over the rationals, so use the quadratic formula "
        "(discriminant D = {discriminant}).",
    },
    "solve.step.roots": {"ja": "よって", "en": "So"},
    "solve.step.square_all": {
        "ja": "2 乗は 0 以上なので、すべての {var} で成り立ちます。",
        "en": "A square is never negative, so this holds for every {var}.",
    },
    "solve.step.square_none": {
        "ja": "2 乗は負にならないので、これを満たす {var} はありません。",
        "en": "A square is never negative, so no {var} satisfies this.",
    },
    "solve.step.sign_chart": {
        "ja": "2 次関数のグラフと {var} 軸の位置関係から",
        "en": "From where the parabola lies above or below the {var}-axis:",
    },
    "solve.step.reject": {
        "ja": "{var} は指数関数の値なので {var} > 0 です。次の解は適しません。",
        "en": "{var} is a value of an exponential, so {var} > 0: this root is rejected.",
    },
    "solve.step.reject_range": {
        "ja": "{var} > 0 なので、次の範囲は適しません。",
        "en": "Since {var} > 0, this range is rejected:",
    },
    "solve.step.positive_range": {
        "ja": "{var} > 0 とあわせて",
        "en": "Together with {var} > 0:",
    },
    "solve.step.always": {"ja": "これはつねに成り立ちます。", "en": "This always holds."},
    "solve.step.never": {
        "ja": "これは成り立たないので、解はありません。",
        "en": "This never holds, so there is no solution.",
    },
    "solve.step.cancel_always": {
        "ja": "x を含む項が消えて、つねに成り立つ式になります。すべての実数 x が解です。",
        "en": "The terms with x cancel, leaving a true statement: every real x is a solution.",
    },
    "solve.step.cancel_never": {
        "ja": "x を含む項が消えて、成り立たない式になります。解はありません。",
        "en": "The terms with x cancel, leaving a false statement: there is no solution.",
    },
    "solve.step.move_constants": {
        "ja": "定数項を右辺に移項します。",
        "en": "Move the constant terms to the right side.",
    },
    "solve.step.positive_all": {
        "ja": "指数関数の値はつねに正({power} > 0)なので、すべての実数 x で成り立ちます。",
        "en": "An exponential is always positive ({power} > 0), so this holds for every real x.",
    },
    "solve.step.positive_none": {
        "ja": "指数関数の値はつねに正({power} > 0)なので、これを満たす x はありません。",
        "en": "An exponential is always positive ({power} > 0), so no x satisfies this.",
    },
    "solve.step.definition_log": {
        "ja": "対数の定義(a^p = M ⇔ p = log_a M)より",
        "en": "By the definition of the logarithm (a^p = M ⇔ p = log_a M):",
    },
    "solve.step.log_increasing": {
        "ja": "底 {base} は 1 より大きいので、{base} を底とする対数をとっても不等号の向きは変わりません。",
        "en": "The base {base} is greater than 1, so taking logarithms to base {base} keeps the "
        "direction of the inequality:",
    },
    "solve.step.log_decreasing": {
        "ja": "底 {base} は 1 より小さいので、{base} を底とする対数をとると不等号の向きが変わります。",
        "en": "The base {base} is between 0 and 1, so taking logarithms to base {base} "
        "reverses the inequality:",
    },
    "solve.step.solve_linear": {"ja": "x について解きます。", "en": "Solve for x."},
    "solve.step.solve_linear_negative": {
        "ja": "x について解きます。負の数 {by} で割るので、不等号の向きが変わります。",
        "en": "Solve for x; dividing by the negative number {by} reverses the inequality.",
    },
    "solve.step.decimal": {
        "ja": "底の変換公式 log_a M = log M / log a(log は自然対数)で書き直して、小数で表すと",
        "en": "By the change of base log_a M = log M / log a (log is the natural logarithm), "
        "and as a decimal:",
    },
    "solve.step.decimal_natural": {"ja": "小数で表すと", "en": "As a decimal:"},
    "solve.step.take_logs": {
        "ja": "両辺の自然対数をとります(log M^r = r log M)。log は増加関数なので、"
        "不等号の向きは変わりません。",
        "en": "Take natural logarithms of both sides (log M^r = r log M); log is increasing, "
        "so the relation keeps its direction.",
    },
    "solve.step.divide_log": {"ja": "両辺を {by} で割ります。", "en": "Divide both sides by {by}."},
    "solve.step.divide_log_negative": {
        "ja": "{by} < 0 なので、両辺を割ると不等号の向きが変わります。",
        "en": "{by} < 0, so dividing by it reverses the inequality.",
    },
    "solve.step.rewrite_powers": {
        "ja": "{t} を使って書き直します(指数法則 (1.1)、(1.2)、(1.4))。",
        "en": "Write every term with {t} (laws 1.1, 1.2 and 1.4).",
    },
    "solve.step.substitute": {
        "ja": "t = {t} とおきます。すべての x で {t} > 0 なので、t > 0 です。",
        "en": "Put t = {t}. Since {t} > 0 for every x, t > 0.",
    },
    "solve.step.multiply_t": {
        "ja": "両辺に {by} を掛けます(t > 0 なので正の数を掛けることになり、不等号の向きは変わりません)。",
        "en": "Multiply both sides by {by} (positive, since t > 0, so any inequality keeps "
        "its direction).",
    },
    "solve.step.back": {
        "ja": "t = {t} にもどして x を求めます。",
        "en": "Put back t = {t} and find x.",
    },
    "solve.step.back_increasing": {
        "ja": "t = {t} にもどします。底 {base} は 1 より大きいので、指数の大小は同じ向きです。",
        "en": "Put back t = {t}. The base {base} is greater than 1, so the exponents compare "
        "the same way.",
    },
    "solve.step.back_decreasing": {
        "ja": "t = {t} にもどします。底 {base} は 1 より小さいので、指数の大小は逆になり、"
        "不等号の向きが変わります。",
        "en": "Put back t = {t}. The base {base} is between 0 and 1, so the exponents compare "
        "the other way: the inequality is reversed.",
    },
    "solve.step.compare_rewrite": {
        "ja": "底を {base} にそろえます(指数法則 (1.4))。",
        "en": "Write each number as a power of {base} (law 1.4).",
    },
    "solve.step.compare_exponents": {
        "ja": "指数を通分して比べます。底 {base} は 1 より大きいので、指数が大きいほど大きな数です。",
        "en": "Compare the exponents over a common denominator. The base {base} is greater "
        "than 1, so the larger exponent gives the larger number.",
    },
    "solve.step.compare_exponents_decreasing": {
        "ja": "指数を通分して比べます。底 {base} は 1 より小さいので、指数が大きいほど小さな数です。",
        "en": "Compare the exponents over a common denominator. The base {base} is between 0 "
        "and 1, so the larger exponent gives the smaller number.",
    },
    "solve.step.compare_power": {
        "ja": "どれも正の数なので、{n} 乗しても大小は変わりません。{n} 乗すると",
        "en": "All are positive, so raising them to the power {n} keeps their order:",
    },
    "solve.step.compare_rational": {
        "ja": "どれも有理数なので、そのまま比べます。",
        "en": "These are rational numbers; compare them directly.",
    },
    "solve.step.compare_decimal": {
        "ja": "同じ底にも共通の累乗にもそろえられないので、小数で比べます。",
        "en": "They share no base and no common power, so compare their decimals:",
    },
}

for _reason, (_ja, _en) in _REASONS.items():
    MESSAGES[f"solve.unsupported.{_reason}"] = {
        "ja": "この式は /solve の扱う型ではありません: " + _ja + _TYPES_JA,
        "en": "This is not one of the types /solve covers: " + _en + _TYPES_EN,
    }
