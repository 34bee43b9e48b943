"""Messages of the chain of reasons (``napier.reasons``): one per proof step.

A step mentions only the laws it cites (a test checks this against ``napier.reasons``); a
``check`` step may mention the laws it checks against.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "reason.log.1": {
        "ja": "log x は e を底とする対数 log_e x(自然対数)で、e^x の逆関数です。"
        "a > 0 なら e^(log a) = a です。",
        "en": "log x is the logarithm to base e, log_e x (the natural logarithm): the inverse "
        "of e^x, so e^(log a) = a for a > 0.",
    },
    "reason.chain.1": {
        "ja": "合成関数の微分法: y = f(u)、u = g(x) のとき y' = f'(u)·u'",
        "en": "The chain rule: for y = f(u) with u = g(x), y' = f'(u)·u'",
    },
    "reason.1.1.1": {
        "ja": "**なぜ?** 掛けている a の個数を数えます。a^x は a を x 個、a^y は a を y 個"
        "掛けたものなので、2 つを掛け合わせると a は全部で x + y 個です。たとえば "
        "a^3·a^2 = (a·a·a)·(a·a) = a^5。個数として数えられるのは自然数のときですが、"
        "a > 0 では分数や負の数の指数も、この法則が成り立つように定めます。",
        "en": "**Why?** Count the factors. a^x is x factors of a and a^y is y more, so the "
        "product has x + y factors of a: a^3·a^2 = (a·a·a)·(a·a) = a^5. Counting works for "
        "whole numbers; for a > 0, fractional and negative exponents are defined exactly so "
        "that this law keeps holding.",
    },
    "reason.1.2.1": {
        "ja": "**なぜ?** a^3, a^2, a^1 と指数を 1 つ下げるたびに a で割っています。"
        "この規則を続けると a^0 = 1、a^(-1) = 1/a、a^(-2) = 1/a^2 となるので、"
        "a^(-x) = 1/a^x と定めます。a = 2 なら {pattern}。a で割るので a ≠ 0 が必要です。",
        "en": "**Why?** Going down a^3, a^2, a^1, each step divides by a. Continue the "
        "pattern: a^0 = 1, a^(-1) = 1/a, a^(-2) = 1/a^2, so a^(-x) is defined as 1/a^x. "
        "With a = 2: {pattern}. Dividing by a is why a ≠ 0 is needed.",
    },
    "reason.1.3.1": {
        "ja": "**なぜ?** 公式 1.2 で割り算を掛け算に直してから公式 1.1 を使います: "
        "a^y/a^x = a^y·a^(-x) = a^(y-x)。個数で言えば、分子の y 個の a のうち x 個が"
        "分母と約分されて、y - x 個が残ります。",
        "en": "**Why?** Turn the division into a product with law 1.2, then use law 1.1: "
        "a^y/a^x = a^y·a^(-x) = a^(y-x). Counting: of the y factors on top, x cancel "
        "with the x below, leaving y - x.",
    },
    "reason.1.4.1": {
        "ja": "**なぜ?** (a^x)^y は「a を x 個掛けたまとまり」を y 個掛けたものなので、"
        "a は全部で x × y 個です。たとえば (a^3)^2 = (a·a·a)·(a·a·a) = a^6。",
        "en": "**Why?** (a^x)^y is y groups of x factors of a, which is x·y factors in all: "
        "(a^3)^2 = (a·a·a)·(a·a·a) = a^6.",
    },
    # lim (e^h - 1)/h = 1, from the definition of e
    "reason.exp_limit.1": {
        "ja": "e の定義: n を限りなく大きくすると (1 + 1/n)^n は e = 2.71828… に近づきます"
        "(`/napier limit`)。1/n の代わりに 0 に近づく実数 t を使っても同じで、"
        "t → 0 のとき (1 + t)^(1/t) → e です。",
        "en": "The definition of e: as n grows, (1 + 1/n)^n approaches e = 2.71828… "
        "(`/napier limit`). The same holds with a real number t → 0 in place of 1/n: "
        "(1 + t)^(1/t) → e.",
    },
    "reason.exp_limit.2": {
        "ja": "t = e^h - 1 とおくと e^h = 1 + t なので、h = log(1 + t) です"
        "(log は e^x の逆関数)。h → 0 のとき t → 0 です。",
        "en": "Put t = e^h - 1. Then e^h = 1 + t, so h = log(1 + t) (log is the inverse of "
        "e^x), and t → 0 as h → 0.",
    },
    "reason.exp_limit.3": {
        "ja": "よって (e^h - 1)/h = t/log(1 + t) = 1/log (1 + t)^(1/t) → 1/log e = 1。"
        "途中で (1/t)·log(1 + t) = log (1 + t)^(1/t) を使いました"
        "(公式 1.4 より (1 + t)^(1/t) = e^((1/t)·log(1 + t)))。",
        "en": "So (e^h - 1)/h = t/log(1 + t) = 1/log (1 + t)^(1/t) → 1/log e = 1. "
        "On the way, (1/t)·log(1 + t) = log (1 + t)^(1/t), since by law 1.4 "
        "(1 + t)^(1/t) = e^((1/t)·log(1 + t)).",
    },
    "reason.exp_limit.check1": {
        "ja": "数値で確かめると、(e^h - 1)/h は {values} と 1 に近づきます。",
        "en": "With numbers, (e^h - 1)/h gives {values}, approaching 1.",
    },
    # (1.6) from the definition of the derivative and the limit above
    "reason.1.6.1": {
        "ja": "導関数の定義から (e^x)' = lim[h → 0] (e^(x+h) - e^x)/h",
        "en": "By the definition of the derivative, (e^x)' = lim[h → 0] (e^(x+h) - e^x)/h",
    },
    "reason.1.6.2": {
        "ja": "公式 1.1 より e^(x+h) = e^x·e^h なので (e^(x+h) - e^x)/h = e^x·(e^h - 1)/h",
        "en": "By law 1.1, e^(x+h) = e^x·e^h, so (e^(x+h) - e^x)/h = e^x·(e^h - 1)/h",
    },
    "reason.1.6.3": {
        "ja": "h → 0 のとき (e^h - 1)/h → 1 なので (e^x)' = e^x·1 = e^x",
        "en": "As h → 0, (e^h - 1)/h → 1, so (e^x)' = e^x·1 = e^x",
    },
    "reason.1.6.check1": {
        "ja": "確かめ: 教材の記事は (1.6) を公式 1.5 の a = e の場合として示しています。"
        "log e = 1 なので e^x·log e = e^x となり、結果は一致します。"
        "ただし公式 1.5 は (1.6) を使って導くので、これは証明ではなく確かめです。",
        "en": "Check: the lesson article presents (1.6) as the case a = e of law 1.5. "
        "Since log e = 1, e^x·log e = e^x: the two agree. Law 1.5 itself is derived from "
        "(1.6), so this is a consistency check, not a proof.",
    },
    # (1.5) from (1.6) and the chain rule
    "reason.1.5.1": {
        "ja": "log は e^x の逆関数なので a = e^(log a)。公式 1.4 より "
        "a^x = (e^(log a))^x = e^(x log a)",
        "en": "log is the inverse of e^x, so a = e^(log a). By law 1.4, "
        "a^x = (e^(log a))^x = e^(x log a)",
    },
    "reason.1.5.2": {
        "ja": "合成関数の微分法と公式 1.6: u = x log a とおくと (e^u)' = e^u·u'",
        "en": "The chain rule with law 1.6: with u = x log a, (e^u)' = e^u·u'",
    },
    "reason.1.5.3": {
        "ja": "log a は定数なので u' = (x log a)' = log a",
        "en": "log a is a constant, so u' = (x log a)' = log a",
    },
    "reason.1.5.4": {
        "ja": "よって (a^x)' = e^(x log a)·log a = a^x log a",
        "en": "So (a^x)' = e^(x log a)·log a = a^x log a",
    },
    "reason.1.5.check1": {
        "ja": "確かめ: a = e とすると log e = 1 なので (e^x)' = e^x·1 = e^x となり、"
        "公式 1.6 と食い違いません(教材の記事はこの順で書いています)。",
        "en": "Check: for a = e, log e = 1 gives (e^x)' = e^x·1 = e^x, in agreement with "
        "law 1.6 (the lesson article states them in this order).",
    },
}
