"""Messages of ``/diff``: the derivative of a^x and of expressions in x, step by step."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "diff.description": {
        "ja": "指数関数などの導関数を、途中の式・数値での確かめ・接線のグラフとともに求めます",
        "en": "Differentiate a^x or an expression in x step by step, with a tangent line plot",
    },
    "diff.option.f": {
        "ja": "底(2、e、1/2、10 → a^x)または x の式(x^x、x*e^x、2^(3x+1))",
        "en": "A base (2, e, 1/2, 10 → a^x) or an expression in x (x^x, x*e^x, 2^(3x+1))",
    },
    "diff.option.at": {
        "ja": "接線を引く点 x0(省略すると 0)",
        "en": "The point x0 for the tangent line (0 if omitted)",
    },
    # --- titles and text ---
    "diff.title.base": {
        "ja": "{f} の微分",
        "en": "The derivative of {f}",
    },
    "diff.title.expression": {"ja": "{f} の微分", "en": "The derivative of {f}"},
    "diff.title.condition": {
        "ja": "底 a = {a} では公式 (1.5) は使えません",
        "en": "Formula (1.5) does not apply to the base a = {a}",
    },
    "diff.base.intro": {
        "ja": "f(x) = `{f}` の導関数は **`f'(x) = {result}`** です(公式 1.5、`/law 1.5`)。log は自然対数 log_e です。",
        "en": "The derivative of f(x) = `{f}` is **`f'(x) = {result}`** (law 1.5, see `/law 1.5`). Here log is the natural logarithm log_e.",
    },
    "diff.base.intro_e": {
        "ja": "f(x) = `e^x` の導関数は **`f'(x) = e^x`**、つまり自分自身です(公式 1.6、`/law 1.6`)。この性質をもつ底は e(ネイピア数)だけです。下の手順では、e の定義から順に示します。",
        "en": "The derivative of f(x) = `e^x` is **`f'(x) = e^x`**, the function itself (law 1.6, see `/law 1.6`). Only the base e, Napier's number, has this property. The steps below derive it from the definition of e.",
    },
    "diff.base.table_intro": {
        "ja": "**数値で確かめる**: x = 0 での傾きは、h → 0 のときの `{quotient}` の極限です。h を小さくすると {log} = {value} に近づきます。",
        "en": "**Check with numbers**: the slope at x = 0 is the limit of `{quotient}` as h → 0. As h shrinks it approaches {log} = {value}.",
    },
    "diff.base.table_row": {
        "ja": "- h = {h}: `{quotient} = {value}`(誤差 {error})",
        "en": "- h = {h}: `{quotient} = {value}` (error {error})",
    },
    "diff.base.general": {
        "ja": "どの底でも (a^(x+h) - a^x)/h = a^x·(a^h - 1)/h なので、x での傾きは a^x に x = 0 での傾き log a を掛けたものです。",
        "en": "For any base, (a^(x+h) - a^x)/h = a^x·(a^h - 1)/h, so the slope at x is a^x times the slope at x = 0, log a.",
    },
    "diff.expression.intro": {
        "ja": "f(x) = `{f}` を微分の規則で一つずつ書き換えます。結果は **`f'(x) = {result}`** です。",
        "en": "Rewrite the derivative of f(x) = `{f}` one rule at a time. The result is "
        "**`f'(x) = {result}`**.",
    },
    "diff.expression.log_bridge": {
        "ja": "x^x のように底にも指数にも x がある式は、両辺の対数をとってから微分します"
        "(対数微分法)。ここで (log x)' = 1/x を使うので、指数関数の微分が対数の微分への橋渡しになります。",
        "en": "When x is in both the base and the exponent, as in x^x, take the logarithm of "
        "both sides first and then differentiate (logarithmic differentiation). It uses "
        "(log x)' = 1/x: the exponential leads to the derivative of the logarithm.",
    },
    "diff.tangent": {
        "ja": "x = {x0} での接線: 傾き f'({x0}) = {slope}、`{line}`",
        "en": "Tangent at x = {x0}: slope f'({x0}) = {slope}, `{line}`",
    },
    "diff.tangent_moved": {
        "ja": "x = 0 では f または f' が定義されないので、接線は x = {x0} に引きました。",
        "en": "f or f' is not defined at x = 0, so the tangent is drawn at x = {x0}.",
    },
    "diff.tangent_none": {
        "ja": "0、1、2、−1、1/2 のどの点でも f' の値が定まらないので、接線は省きました。",
        "en": "f' has no value at 0, 1, 2, −1 or 1/2, so no tangent is drawn.",
    },
    "diff.field.value": {"ja": "f({x0})", "en": "f({x0})"},
    "diff.field.slope": {"ja": "傾き f'({x0})", "en": "slope f'({x0})"},
    "diff.field.log": {
        "ja": "{log}",
        "en": "{log}",
    },
    "diff.condition.one": {
        "ja": "a = 1 だと 1^x はどんな x でも 1 なので、f(x) = 1 は定数で、導関数は 0 です。公式 (1.5) `(a^x)' = a^x log a` は **a > 0 かつ a ≠ 1** の指数関数についての公式で、a = 1 のときは指数関数とはいいません(式に当てはめても log 1 = 0 なので 0 になり、矛盾はしません)。",
        "en": "With a = 1, 1^x is 1 for every x, so f(x) = 1 is a constant and its derivative is 0. Formula (1.5) `(a^x)' = a^x log a` is about exponential functions, which need **a > 0 and a ≠ 1**; a = 1 is not counted as one (the formula still gives 0, since log 1 = 0).",
    },
    "diff.condition.nonpositive": {
        "ja": "底が a = {a} のように 0 以下だと、a^x はすべての実数 x では定義できません。たとえば (-2)^(1/2) = √(-2) は実数ではなく、0^(-1) = 1/0 も定まりません。また a^x = e^(x log a) と書き直すには log a が必要ですが、log は正の数にしか使えません。そのため公式 (1.5) は **a > 0 かつ a ≠ 1** のときの公式です。",
        "en": "With a base like a = {a}, zero or negative, a^x is not defined for every real x: (-2)^(1/2) = √(-2) is not a real number, and 0^(-1) = 1/0 has no value. Rewriting a^x = e^(x log a) needs log a, and log only takes positive numbers. So formula (1.5) holds only for **a > 0 and a ≠ 1**.",
    },
    "diff.condition.try": {
        "ja": "底には 2、e、10、1/2 などを試してください。例: `/diff 2`",
        "en": "Try a base such as 2, e, 10 or 1/2, for example `/diff 2`.",
    },
    "diff.action.base": {"ja": "底 {a}", "en": "base {a}"},
    "diff.action.law": {"ja": "公式 {law}", "en": "law {law}"},
    # --- the plot ---
    "diff.plot.title": {
        "ja": "{f}、導関数 {d} と {x0} での接線",
        "en": "{f}, its derivative {d} and the tangent at {x0}",
    },
    "diff.plot.title_no_tangent": {
        "ja": "{f} と導関数 {d}",
        "en": "{f} and its derivative {d}",
    },
    "diff.plot.derivative": {
        "ja": "導関数 {f}",
        "en": "derivative {f}",
    },
    "diff.plot.tangent": {
        "ja": "接線(傾き {slope})",
        "en": "tangent (slope {slope})",
    },
    "diff.plot.alt": {
        "ja": "f(x) = {f}(実線)、導関数 f'(x) = {d}(破線){tangent}のグラフ。"
        "x は {low} から {high} まで。",
        "en": "Graph of f(x) = {f} (solid line), its derivative f'(x) = {d} (dashed){tangent}, "
        "for x from {low} to {high}.",
    },
    "diff.plot.alt_tangent": {
        "ja": "、x = {x0} での傾き {slope} の接線(点線)",
        "en": " and the tangent at x = {x0} with slope {slope} (dotted)",
    },
    "diff.formula.alt": {
        "ja": "微分の途中の式: {steps}",
        "en": "The derivation: {steps}",
    },
    # --- the rules ---
    "diff.rule.variable": {"ja": "**x の微分** `(x)' = 1`", "en": "**Derivative of x** `(x)' = 1`"},
    "diff.rule.constant": {
        "ja": "**定数の微分** `(c)' = 0`",
        "en": "**Constant rule** `(c)' = 0`",
    },
    "diff.rule.one_power": {
        "ja": "**1 の累乗は定数** `1^u = 1` なので微分は 0",
        "en": "**A power of 1 is constant** `1^u = 1`, so its derivative is 0",
    },
    "diff.rule.negate": {
        "ja": "**-1 倍の微分** `(-u)' = -u'`",
        "en": "**Sign rule** `(-u)' = -u'`",
    },
    "diff.rule.sum": {
        "ja": "**和と差の微分** `(u ± v)' = u' ± v'`",
        "en": "**Sum and difference rule** `(u ± v)' = u' ± v'`",
    },
    "diff.rule.constant_multiple": {
        "ja": "**定数倍の微分** `(c·u)' = c·u'`",
        "en": "**Constant multiple rule** `(c·u)' = c·u'`",
    },
    "diff.rule.product": {
        "ja": "**積の微分** `(uv)' = u'v + uv'`",
        "en": "**Product rule** `(uv)' = u'v + uv'`",
    },
    "diff.rule.quotient": {
        "ja": "**商の微分** `(u/v)' = (u'v - uv')/v^2`",
        "en": "**Quotient rule** `(u/v)' = (u'v - uv')/v^2`",
    },
    "diff.rule.power": {
        "ja": "**x^n の微分** `(x^n)' = n·x^(n-1)`",
        "en": "**Power rule** `(x^n)' = n·x^(n-1)`",
    },
    "diff.rule.power_chain": {
        "ja": "**x^n の微分と合成関数の微分法** `(u^n)' = n·u^(n-1)·u'`",
        "en": "**Power rule with the chain rule** `(u^n)' = n·u^(n-1)·u'`",
    },
    "diff.rule.exp": {
        "ja": "**公式 1.6** `(e^x)' = e^x`",
        "en": "**Law 1.6** `(e^x)' = e^x`",
    },
    "diff.rule.exp_chain": {
        "ja": "**公式 1.6 と合成関数の微分法** `(e^u)' = e^u·u'`",
        "en": "**Law 1.6 with the chain rule** `(e^u)' = e^u·u'`",
    },
    "diff.rule.a_power": {
        "ja": "**公式 1.5** `(a^x)' = a^x log a`(a = {a})",
        "en": "**Law 1.5** `(a^x)' = a^x log a` (a = {a})",
    },
    "diff.rule.a_power_chain": {
        "ja": "**公式 1.5 と合成関数の微分法** `(a^u)' = a^u log a·u'`(a = {a})",
        "en": "**Law 1.5 with the chain rule** `(a^u)' = a^u log a·u'` (a = {a})",
    },
    "diff.rule.log": {
        "ja": "**対数の微分** `(log x)' = 1/x`",
        "en": "**Derivative of log** `(log x)' = 1/x`",
    },
    "diff.rule.log_chain": {
        "ja": "**対数の微分と合成関数の微分法** `(log u)' = u'/u`",
        "en": "**Derivative of log with the chain rule** `(log u)' = u'/u`",
    },
    "diff.rule.sqrt": {
        "ja": "**平方根の微分** `(√x)' = 1/(2√x)`",
        "en": "**Derivative of the square root** `(√x)' = 1/(2√x)`",
    },
    "diff.rule.sqrt_chain": {
        "ja": "**平方根の微分と合成関数の微分法** `(√u)' = u'/(2√u)`",
        "en": "**Square root with the chain rule** `(√u)' = u'/(2√u)`",
    },
    "diff.rule.log_diff": {
        "ja": "**対数微分法** y = u^v の両辺の対数をとると log y = v log u。両辺を x で微分すると y'/y = (v log u)' なので `(u^v)' = u^v·(v log u)'`",
        "en": "**Logarithmic differentiation** take logs of y = u^v: log y = v log u. Differentiate both sides: y'/y = (v log u)', so `(u^v)' = u^v·(v log u)'`",
    },
    "diff.rule.base_rewrite": {
        "ja": "**底を e に直す** {a} = e^({log}) なので、公式 1.4 より `{power} = {as_e}`",
        "en": "**Rewrite with base e** {a} = e^({log}), so by law 1.4 `{power} = {as_e}`",
    },
    "diff.rule.base_chain": {
        "ja": "**合成関数の微分法と公式 1.6** u = {u} とおくと `(e^u)' = e^u·u'`",
        "en": "**Chain rule with law 1.6** with u = {u}, `(e^u)' = e^u·u'`",
    },
    "diff.rule.base_inner": {
        "ja": "**定数倍の微分** {log} は定数なので `({u})' = {log}`",
        "en": "**Constant multiple rule** {log} is a constant, so `({u})' = {log}`",
    },
    "diff.rule.base_result": {
        "ja": "**底を {a} に戻す** `{as_e} = {power}`",
        "en": "**Back to base {a}** `{as_e} = {power}`",
    },
    "diff.note.variable": {"ja": "`(x)' = 1`", "en": "`(x)' = 1`"},
    "diff.note.constant": {"ja": "定数の微分 `(c)' = 0`", "en": "`(c)' = 0` for constants"},
    "diff.note.also": {
        "ja": "(ここで {notes} も使用)",
        "en": " (also {notes})",
    },
    # --- errors ---
    "diff.unknown_name": {
        "ja": "`{name}` は使えない名前です。使えるのは `x`、`e`、`pi`、関数 `exp`、`log`(`ln` と書いても同じ)、`sqrt` です。例: `/diff x*e^x`",
        "en": "`{name}` is not a name I know. You can use `x`, `e`, `pi` and the functions `exp`, `log` (or `ln`) and `sqrt`. Try for example `/diff x*e^x`.",
    },
    "diff.not_real": {
        "ja": "この値は実数になりません。例: `/diff {example}`",
        "en": "That value is not a real number. Try for example `/diff {example}`.",
    },
    "diff.too_large": {
        "ja": "値が大きすぎて扱えません。もっと小さな数にしてください。例: `/diff {example}`",
        "en": "That value is too large to work with. Try a smaller one, for example "
        "`/diff {example}`.",
    },
    "diff.base_range": {
        "ja": "底 `{a}` は大きすぎるか 0 に近すぎます。10^-100 から 10^100 の間にしてください。"
        "例: `/diff 10`",
        "en": "The base `{a}` is too large or too close to 0. Use a base between 10^-100 and "
        "10^100, for example `/diff 10`.",
    },
    "diff.bad_base_inside": {
        "ja": "式の中に底が 0 以下の累乗があります(例えば `(-2)^x`)。a^u を x で微分するには "
        "a > 0 が必要です。例: `/diff {example}`",
        "en": "The expression has a power whose base is zero or negative (such as `(-2)^x`). "
        "Differentiating a^u needs a > 0. Try for example `/diff {example}`.",
    },
    "diff.too_complex": {
        "ja": "式が複雑すぎて、微分の途中の式が大きくなりすぎます(式の大きさの上限 {limit})。もっと短い式で試してください。例: `/diff {example}`",
        "en": "That expression is too complex: its derivative grows too large (the limit is {limit} parts). Try a shorter one, for example `/diff {example}`.",
    },
    "diff.at_range": {
        "ja": "`at` は −{limit} から {limit} の間の実数にしてください。例: `/diff x^x at:1`",
        "en": "`at` must be a real number from −{limit} to {limit}, for example `/diff x^x at:1`.",
    },
    "diff.undefined_at": {
        "ja": "f(x) = `{f}` は x = {x0} で定義されていないので、そこには接線が引けません。"
        "定義されている点を選んでください。例: `{example}`",
        "en": "f(x) = `{f}` is not defined at x = {x0}, so there is no tangent there. Pick a "
        "point where it is defined, for example `{example}`.",
    },
    "diff.no_slope_at": {
        "ja": "x = {x0} では f'(x) = `{d}` の値が定まらないので、接線が引けません。"
        "別の点を選んでください。例: `{example}`",
        "en": "f'(x) = `{d}` has no value at x = {x0}, so there is no tangent there. Pick "
        "another point, for example `{example}`.",
    },
    "diff.too_large_at": {
        "ja": "x = {x0} では値が大きすぎてグラフにできません。0 に近い点を選んでください。"
        "例: `{example}`",
        "en": "The values at x = {x0} are too large to plot. Pick a point closer to 0, for "
        "example `{example}`.",
    },
    "diff.tangent_approx": {
        "ja": "(小数で `{line}`)",
        "en": " (as decimals, `{line}`)",
    },
    "diff.rule.factor": {
        "ja": "**共通因数でくくる**",
        "en": "**Take out the common factor**",
    },
}
