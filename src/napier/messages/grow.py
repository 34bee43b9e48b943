"""Messages of /grow: compound interest, bacterial growth and decay (half-lives)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "grow.rate_percent": {
        "ja": "`rate:{given}` は年 {given} % として計算しました。利率はパーセントで指定します。{given} を小数で書いた率(年 {percent} %)のつもりなら `rate:{percent}` と入力してください。",
        "en": "`rate:{given}` is read as {given} % a year: the rate is in percent. If you meant {given} as a fraction ({percent} % a year), write `rate:{percent}`.",
    },
    "grow.description": {
        "ja": "指数関数的な増加と減衰: 複利計算、細菌の増殖、半減期",
        "en": "Exponential growth and decay: compound interest, bacteria, half-lives",
    },
    "grow.option.model": {
        "ja": "モデル: interest(複利)、bacteria(細菌)、decay(減衰・半減期)",
        "en": "Model: interest (compound interest), bacteria, or decay (half-life)",
    },
    "grow.option.principal": {
        "ja": "元本(円、既定 100000)",
        "en": "Principal, the starting amount (default 100000)",
    },
    "grow.option.rate": {
        "ja": "年利(%、既定 5、0〜1000)",
        "en": "Yearly interest rate in % (default 5, from 0 to 1000)",
    },
    "grow.option.years": {
        "ja": "年数(既定 10、1000 まで。2.5 のような小数も可)",
        "en": "Years (default 10, up to 1000; decimals such as 2.5 too)",
    },
    "grow.option.compounding": {
        "ja": "複利を付ける間隔: yearly(1 年ごと)/monthly(1 か月ごと)/daily(1 日ごと)/continuous(連続複利)",
        "en": "How often interest compounds: yearly, monthly, daily or continuous",
    },
    "grow.option.start": {
        "ja": "はじめの数・量(細菌は既定 100、減衰は既定 1000)",
        "en": "The amount at the start (bacteria: default 100; decay: default 1000)",
    },
    "grow.option.doubling": {
        "ja": "数が 2 倍になるまでの時間(時間単位、既定 0.5 = 30 分)",
        "en": "Doubling time in hours (default 0.5 = 30 minutes)",
    },
    "grow.option.hours": {
        "ja": "経過時間(時間単位、既定 5、1000 まで)",
        "en": "How many hours to follow (default 5, up to 1000)",
    },
    "grow.option.half_life": {
        "ja": "半減期: 量が半分になるまでの時間(既定 8。単位は time と同じ)",
        "en": "Half-life: the time to fall to half (default 8, in the unit of time)",
    },
    "grow.option.time": {
        "ja": "経過時間(既定 24。単位は半減期と同じ)",
        "en": "Time elapsed (default 24, in the unit of the half-life)",
    },
    # --- rejected input ---
    "grow.not_a_number": {
        "ja": "`{option}` には数を指定してください(`{given}` は読めません)。例: `{example}`",
        "en": "`{option}` needs a number (`{given}` is not one). Try for example `{example}`.",
    },
    "grow.out_of_range": {
        "ja": "`{option}` は {low} 以上 {high} 以下にしてください。例: `{example}`",
        "en": "`{option}` must be from {low} to {high}. Try for example `{example}`.",
    },
    "grow.out_of_range_open": {
        "ja": "`{option}` は {low} より大きく {high} 以下にしてください(負の値や 0 は使えません)。"
        "例: `{example}`",
        "en": "`{option}` must be more than {low} and at most {high} (no zero or negative "
        "values). Try for example `{example}`.",
    },
    "grow.wrong_model": {
        "ja": "`{option}` は `{model}` のモデルでは使いません。例: `{example}`",
        "en": "`{option}` is not an option of the `{model}` model. Try for example `{example}`.",
    },
    "grow.too_small": {
        "ja": "経過時間が半減期の {halvings} 倍で、{limit} 倍を超えます。残る量ははじめの 2^(-{limit}) より小さく、意味のある大きさではありません。経過時間を短くしてください。例: `{example}`",
        "en": "The time is {halvings} half-lives, more than {limit}: what is left would be less than 2^(-{limit}) of the start, far below any meaningful amount. Shorten the time, for example `{example}`.",
    },
    "grow.too_large": {
        "ja": "結果がおよそ {digits} 桁になり、現実的な大きさを超えます(上限 10^{limit})。期間を短くするか、利率を下げてください。例: `{example}`",
        "en": "The result would have about {digits} digits, far past any meaningful size (the limit is 10^{limit}). Shorten the time or lower the rate, for example `{example}`.",
    },
    # --- interest ---
    "grow.interest.title": {"ja": "複利計算", "en": "Compound interest"},
    "grow.interest.intro": {
        "ja": "元本 {p}、年利 {rate}、{years} 年、{compounding}のとき、元利合計は **{value}** になります。利息にも利息がつくので、増え方はだんだん速くなります。",
        "en": "Principal {p} at {rate} a year for {years} years, compounding {compounding}: the final amount is **{value}**. Interest earns interest, so the growth speeds up.",
    },
    "grow.table": {"ja": "残高の推移", "en": "Balance over time"},
    "grow.year": {"ja": "{n} 年後", "en": "year {n}"},
    "grow.simple": {"ja": "単利", "en": "simple"},
    "grow.compounding.yearly": {
        "ja": "1 年ごとの複利",
        "en": "yearly",
    },
    "grow.compounding.monthly": {
        "ja": "1 か月ごとの複利",
        "en": "monthly",
    },
    "grow.compounding.daily": {
        "ja": "1 日ごとの複利",
        "en": "daily",
    },
    "grow.compounding.continuous": {"ja": "連続複利", "en": "continuous"},
    "grow.interest.limit": {
        "ja": "1 年あたりの倍率 (1 + r/n)^n は、1 年に複利を付ける回数 n を増やすほど e^r に近づきます(r = {r} なら e^r = {limit})。ネイピア数 e は、この極限として現れます。",
        "en": "The growth factor per year, (1 + r/n)^n, approaches e^r as the compounding gets finer (r = {r}: e^r = {limit}). This is where Napier's number e comes from.",
    },
    "grow.step.simple": {
        "ja": "単利では利息は元本にだけつきます: `P(1 + rt) = {p} × (1 + {r} × {t}) = {value}`",
        "en": "Simple interest, paid on the principal only: `P(1 + rt) = {p} × (1 + {r} × {t}) = {value}`",
    },
    "grow.step.compound": {
        "ja": "1 年ごとの複利では、毎年残高が (1 + r) 倍になります: `P(1 + r)^t = {p} × (1 + {r})^{t} = {value}`",
        "en": "Yearly compounding multiplies the balance by (1 + r) each year: `P(1 + r)^t = {p} × (1 + {r})^{t} = {value}`",
    },
    "grow.step.periods": {
        "ja": "1 年に n 回の複利: `P(1 + r/n)^(nt)` → {values}",
        "en": "Compounding n times a year: `P(1 + r/n)^(nt)` → {values}",
    },
    "grow.step.continuous": {
        "ja": "n → ∞ のとき (1 + r/n)^n → e^r = {limit} なので、連続複利では `P·e^(rt) = {p} × e^({r} × {t}) = {value}`",
        "en": "As n → ∞, (1 + r/n)^n → e^r = {limit}, so continuous compounding gives `P·e^(rt) = {p} × e^({r} × {t}) = {value}`",
    },
    "grow.interest.formula_alt": {
        "ja": "単利 A = P(1 + rt)、複利 A = P(1 + r/n)^(nt)、連続複利 A = Pe^(rt) の式と、(1 + r/n)^n → e^r(r = {r} のとき e^r = {limit})",
        "en": "Formulas: simple A = P(1 + rt), compound A = P(1 + r/n)^(nt), continuous A = Pe^(rt), and (1 + r/n)^n → e^r (for r = {r}, e^r = {limit})",
    },
    "grow.axis.years": {"ja": "年数", "en": "years"},
    "grow.axis.amount": {
        "ja": "残高(円)",
        "en": "balance",
    },
    "grow.axis.periods": {
        "ja": "1 年に複利を付ける回数 n",
        "en": "compoundings per year, n",
    },
    "grow.plot.interest_title": {"ja": "年利 {rate} の残高", "en": "Balance at {rate} a year"},
    "grow.plot.interest_alt": {
        "ja": "左: 元本 {p}、年利 {rate} で {years} 年間の残高。単利は {simple} まで直線的に増え、{compounding}は {compound}、連続複利は {continuous} まで、だんだん速く増える。右: (1 + r/n)^n が n とともに増え、破線の e^r = {limit} に近づくグラフ。",
        "en": "Left: the balance of {p} at {rate} a year over {years} years; simple interest grows in a straight line to {simple}, {compounding} compounding to {compound} and continuous compounding to {continuous}, curving upward. Right: (1 + r/n)^n rising with n toward the dashed line e^r = {limit}.",
    },
    # --- bacteria ---
    "grow.bacteria.title": {"ja": "細菌の増殖", "en": "Bacterial growth"},
    "grow.bacteria.intro": {
        "ja": "{n0} 個の細菌が {T} 時間({minutes} 分)ごとに 2 倍になると、{t} 時間後には **{value}** 個になります。",
        "en": "{n0} bacteria that double every {T} hours ({minutes} minutes) become **{value}** after {t} hours.",
    },
    "grow.bacteria.table": {"ja": "数の推移", "en": "Count over time"},
    "grow.bacteria.row": {
        "ja": "{t} 時間後(t/T = {doublings}): {n} 個",
        "en": "after {t} h (t/T = {doublings}): {n}",
    },
    "grow.step.doublings": {
        "ja": "2 倍になる時間 T = {T} 時間に対して t/T = {ratio} なので `N = N0·2^(t/T) = {n0} × {power} = {value}`",
        "en": "With doubling time T = {T} hours, t/T = {ratio}, so `N = N0·2^(t/T) = {n0} × {power} = {value}`",
    },
    "grow.step.rate": {
        "ja": "2 = e^(log 2) なので 2^(t/T) = e^((log 2/T)t) = e^(kt)。ここで `k = log 2 / {T} ≈ {k}`(1 時間あたり)",
        "en": "Since 2 = e^(log 2): 2^(t/T) = e^((log 2/T)t) = e^(kt) with `k = log 2 / {T} ≈ {k}` per hour",
    },
    "grow.step.exp": {
        "ja": "同じ数を e で計算すると `N0·e^(kt) = {n0} × e^({k} × {t}) = {value}`",
        "en": "The same number through e: `N0·e^(kt) = {n0} × e^({k} × {t}) = {value}`",
    },
    "grow.step.speed": {
        "ja": "公式 1.6 と合成関数の微分法から `N'(t) = k·N(t)`。増える速さはそのときの数に比例します(k ≈ {k})。数が多いほど速く増える、これが指数関数的な増加です。",
        "en": "By law 1.6 and the chain rule, `N'(t) = k·N(t)`: the growth speed is proportional to the current count (k ≈ {k}). The more there are, the faster they grow — that is exponential growth.",
    },
    "grow.field.rate": {
        "ja": "比例定数 k(1 時間あたり)",
        "en": "Growth constant k (per hour)",
    },
    "grow.field.final": {"ja": "{t} 時間後の数", "en": "Count after {t} hours"},
    "grow.bacteria.formula_alt": {
        "ja": "N(t) = N0·2^(t/T) = N0·e^(kt)、k = log 2 / T。T = {T} 時間のとき k ≈ {k}",
        "en": "N(t) = N0·2^(t/T) = N0·e^(kt) with k = log 2 / T; for T = {T} hours, k ≈ {k}",
    },
    "grow.axis.hours": {"ja": "時間(h)", "en": "hours"},
    "grow.axis.count": {"ja": "細菌の数", "en": "bacteria"},
    "grow.plot.doublings": {
        "ja": "2 倍になる時点",
        "en": "doublings",
    },
    "grow.plot.linear": {
        "ja": "ふつうの目盛り",
        "en": "Linear scale",
    },
    "grow.plot.log": {
        "ja": "対数目盛り: 直線になる",
        "en": "Log scale: a straight line",
    },
    "grow.plot.bacteria_alt": {
        "ja": "{n0} 個から {T} 時間ごとに 2 倍になる細菌の数を {t} 時間後まで描いたグラフ。N0·2^(t/T)(実線)と N0·e^(kt)、k = {k}(破線)がぴったり重なり、{value} 個に達する。右の対数目盛りでは直線になる。",
        "en": "Bacteria starting at {n0} and doubling every {T} hours, over {t} hours: N0·2^(t/T) (solid) and N0·e^(kt) with k = {k} (dashed) lie on top of each other, reaching {value}. On the log scale at right they form a straight line.",
    },
    "grow.choice.interest": {"ja": "複利計算", "en": "compound interest"},
    "grow.choice.bacteria": {"ja": "細菌の増殖", "en": "bacterial growth"},
    "grow.choice.decay": {"ja": "減衰(半減期)", "en": "decay (half-life)"},
    "grow.choice.yearly": {
        "ja": "1 年ごと",
        "en": "yearly",
    },
    "grow.choice.monthly": {
        "ja": "1 か月ごと",
        "en": "monthly",
    },
    "grow.choice.daily": {
        "ja": "1 日ごと",
        "en": "daily",
    },
    "grow.choice.continuous": {"ja": "連続複利", "en": "continuous"},
    "grow.formula.simple": {
        "ja": "単利:",
        "en": "simple:",
    },
    "grow.formula.compound": {
        "ja": "複利(年 n 回):",
        "en": "compound (n times a year):",
    },
    "grow.formula.continuous": {
        "ja": "連続複利:",
        "en": "continuous:",
    },
    # --- decay ---
    "grow.decay.title": {"ja": "減衰と半減期", "en": "Decay and half-life"},
    "grow.decay.intro": {
        "ja": "はじめの量 {n0} が半減期 {T} ごとに半分になるとき、経過時間 t = {t} の後に残る量は **{value}**(はじめの {percent} %)です。時間の単位は何でもかまいません(半減期と同じ単位で測ります)。",
        "en": "An amount {n0} that halves every {T} (the half-life) has **{value}** left after a time t = {t}: {percent} % of the start. Any unit of time works, the same for both.",
    },
    "grow.decay.table": {"ja": "残る量の推移", "en": "Amount left over time"},
    "grow.decay.row": {
        "ja": "t = {t}(t/T = {halvings}): {n}(はじめの {percent} %)",
        "en": "t = {t} (t/T = {halvings}): {n} ({percent} % of the start)",
    },
    "grow.step.halvings": {
        "ja": "半減期 T = {T} に対して t/T = {ratio} なので、半分になることを t/T 回くり返して `N = N0·(1/2)^(t/T) = {n0} × {power} = {value}`",
        "en": "With half-life T = {T}, t/T = {ratio}: the amount halves t/T times, so `N = N0·(1/2)^(t/T) = {n0} × {power} = {value}`",
    },
    "grow.step.decay_rate": {
        "ja": "1/2 = e^(-log 2) なので (1/2)^(t/T) = e^(-(log 2/T)t) = e^(-kt)。ここで `k = log 2 / {T} ≈ {k}`(減衰定数)",
        "en": "Since 1/2 = e^(-log 2): (1/2)^(t/T) = e^(-(log 2/T)t) = e^(-kt) with `k = log 2 / {T} ≈ {k}` (the decay constant)",
    },
    "grow.step.decay_exp": {
        "ja": "同じ量を e で計算すると `N0·e^(-kt) = {n0} × e^(-{k} × {t}) = {value}`",
        "en": "The same amount through e: `N0·e^(-kt) = {n0} × e^(-{k} × {t}) = {value}`",
    },
    "grow.step.decay_speed": {
        "ja": "公式 1.6 と合成関数の微分法から `N'(t) = -k·N(t)`(k ≈ {k})。減る速さはそのときの量に比例するので、量が少なくなるほどゆっくり減ります。それでも、どの時点から測っても半分になるまでの時間は同じ {T} です。",
        "en": "By law 1.6 and the chain rule, `N'(t) = -k·N(t)` (k ≈ {k}): the amount falls at a speed proportional to what is left, so it falls ever more slowly — yet from any moment it takes the same {T} to halve.",
    },
    "grow.field.decay_rate": {"ja": "減衰定数 k", "en": "Decay constant k"},
    "grow.field.left": {"ja": "t = {t} の後に残る量", "en": "Left after t = {t}"},
    "grow.decay.formula_alt": {
        "ja": "N(t) = N0·(1/2)^(t/T) = N0·e^(-kt)、k = log 2 / T。半減期 T = {T} のとき k ≈ {k}",
        "en": "N(t) = N0·(1/2)^(t/T) = N0·e^(-kt) with k = log 2 / T; for a half-life T = {T}, k ≈ {k}",
    },
    "grow.axis.time": {"ja": "経過時間 t", "en": "time t"},
    "grow.axis.left": {"ja": "残る量", "en": "amount left"},
    "grow.plot.half_lives": {"ja": "半減期ごとの点", "en": "each half-life"},
    "grow.plot.decay_alt": {
        "ja": "はじめの量 {n0} が半減期 {T} ごとに半分になる様子を t = {t} まで描いたグラフ。N0·(1/2)^(t/T)(実線)と N0·e^(-kt)、k = {k}(破線)がぴったり重なり、{value} まで減る。右の対数目盛りでは右下がりの直線になる。",
        "en": "An amount starting at {n0} and halving every {T}, up to t = {t}: N0·(1/2)^(t/T) (solid) and N0·e^(-kt) with k = {k} (dashed) lie on top of each other, falling to {value}. On the log scale at right they form a straight line going down.",
    },
}
