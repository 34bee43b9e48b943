"""Messages of ``/napier``: Napier's number e."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "napier.description": {
        "ja": "ネイピア数 e:語呂合わせ・小数の桁・極限・級数・微分",
        "en": "Napier's number e: mnemonics, digits, limit, series, derivative",
    },
    "napier.option.topic": {
        "ja": "見たい話題(省略すると e の概要)",
        "en": "What to look at (leave out for an overview of e)",
    },
    "napier.option.n": {
        "ja": "digits で表示する小数点以下の桁数(1〜10000、既定 50)",
        "en": "For digits: how many decimal places (1–10000, default 50)",
    },
    "napier.bad_topic": {
        "ja": "「{topic}」という話題はありません。次のどれかを指定してください: {topics}。例: `{example}`",
        "en": "There is no topic “{topic}”. Choose one of: {topics}. Try for example `{example}`.",
    },
    "napier.n_without_digits": {
        "ja": "`n` は話題 `digits` のときだけ使えます。例: `{example}`",
        "en": "`n` only goes with the topic `digits`. Try for example `{example}`.",
    },
    "napier.button.mnemonic": {"ja": "語呂合わせ", "en": "Mnemonics"},
    "napier.button.digits": {"ja": "e の桁", "en": "Digits of e"},
    "napier.button.limit": {
        "ja": "極限 (1 + 1/n)^n",
        "en": "Limit (1 + 1/n)^n",
    },
    "napier.button.series": {
        "ja": "級数 Σ 1/k!",
        "en": "Series Σ 1/k!",
    },
    "napier.button.derivative": {
        "ja": "微分 (e^x)' = e^x",
        "en": "Derivative (e^x)' = e^x",
    },
    "napier.button.law": {"ja": "公式 (1.6) を見る", "en": "See law (1.6)"},
    "napier.filler": {"ja": "(つなぎ)", "en": "(filler)"},
    # overview
    "napier.overview.title": {"ja": "ネイピア数 e", "en": "Napier's number e"},
    "napier.overview.text": {
        "ja": "e はネイピア数と呼ばれる定数で、自然対数の底です。数学 III では底 e の対数 log_e x を単に log x と書きます(電卓や英語の本では ln x とも書きます)。\n- 値は e = {digits}…(約 2.718)。分数では表せない無理数で、小数は循環せずにどこまでも続きます。\n- e を底とする指数関数 e^x は、微分しても変わりません: (e^x)' = e^x(公式 1.6)。\n- 複利の極限 (1 + 1/n)^n としても、級数 1 + 1 + 1/2! + 1/3! + ⋯ としても現れます。\n- 覚え方: 2.71828 = 二塁から内野にわたる\n下のボタンで、それぞれの話題を詳しく見られます。",
        "en": "e is Napier's number, the base of the natural logarithm. Here, as in calculus courses, log x means the logarithm to base e, log_e x (calculators and many English books write ln x).\n- Its value is e = {digits}… (about 2.718). It is irrational: its decimals never repeat.\n- The exponential with base e is its own derivative: (e^x)' = e^x (law 1.6).\n- It appears as the compound-interest limit (1 + 1/n)^n and as the series 1 + 1 + 1/2! + 1/3! + ⋯.\n- A Japanese mnemonic: 2.71828 = 二塁から内野にわたる\nUse the buttons below to explore each topic.",
    },
    "napier.overview.alt": {
        "ja": "数式: e は (1 + 1/n)^n の極限で、Σ 1/k! の和でもあり、2.718281828… に等しい。(e^x)' = e^x、log e = 1。",
        "en": "Formulas: e is the limit of (1 + 1/n)^n and the sum of Σ 1/k!, equal to 2.718281828…; (e^x)' = e^x; log e = 1.",
    },
    # mnemonic
    "napier.mnemonic.title": {"ja": "e の語呂合わせ", "en": "Mnemonics for e"},
    "napier.mnemonic.text": {
        "ja": "語呂合わせでは、数字をその読みの一音で表します: 2 = に・ふ(ふたつ)、7 = な(なな)、1 = い(いち)・ひと、8 = は(はち)・や(やっつ)・わ、4 = し、5 = ご・い(いつつ)、9 = く、0 = お(O の形)。英語の語呂では、単語の文字数が数字になります。どの語呂も、e の本当の桁と 1 桁ずつプログラムで照らし合わせました。",
        "en": "A Japanese goroawase reads each digit as one syllable of its name: 2 = ni/fu (futatsu), 7 = na (nana), 1 = i (ichi)/hito, 8 = ha (hachi)/ya (yattsu)/wa, 4 = shi, 5 = go/i (itsutsu), 9 = ku, 0 = o (the shape of O). In the English one, each word's letter count is a digit. Every mnemonic was checked by code, digit by digit, against the true digits of e.",
    },
    "napier.mnemonic.seed": {
        "ja": "教材の記事にある語呂です。「二」が 2(ここで小数点)、「内野に」の な・い・や・に が 7・1・8・2、「わ」が 8。「塁から」と「たる」は数字を表さないつなぎです。",
        "en": "The article's mnemonic (“from second base across the infield”). 二 ni = 2 (then the decimal point), 内野に na-i-ya-ni = 7 1 8 2, わ wa = 8; 塁から and たる are filler that carry no digit.",
    },
    "napier.mnemonic.traditional": {
        "ja": "昔からある語呂です。「い」は 1(いち)にも 5(いつつ)にもなり、最後の「惜しい」の い は 5 です。",
        "en": "The traditional one (“a crucian carp, one bowl, two bowls, … what a great pity”). い can be 1 (ichi) or 5 (itsutsu); the final い of 惜しい is 5.",
    },
    "napier.mnemonic.english": {
        "ja": "英語の語呂です。各単語の文字数を数えます(To = 2、express = 7、e = 1 …)。",
        "en": "Count the letters of each word (To = 2, express = 7, e = 1, …).",
    },
    "napier.mnemonic.all_correct": {
        "ja": "{digits} まで {count} 桁すべて正しい ✓",
        "en": "all {count} digits, up to {digits}, are right ✓",
    },
    "napier.mnemonic.wrong_from": {
        "ja": "正しいのは最初の {count} 桁までで、その先は e({digits}…)と違います ✗",
        "en": "only the first {count} digits are right; after that it differs from e ({digits}…) ✗",
    },
    "napier.mnemonic.alt": {
        "ja": "数式: e = 2.7182818284590452353…",
        "en": "Formula: e = 2.7182818284590452353…",
    },
    "napier.mnemonic.plot.title": {
        "ja": "語呂合わせで覚えられる e の桁数",
        "en": "How many digits of e each mnemonic gets right",
    },
    "napier.mnemonic.plot.x": {
        "ja": "正しい桁数",
        "en": "correct digits",
    },
    "napier.mnemonic.plot.alt": {
        "ja": "横棒グラフ: 各語呂合わせで正しく覚えられる e の桁数。{counts}。",
        "en": "Horizontal bar chart of how many digits of e each mnemonic gets right: {counts}.",
    },
    # digits
    "napier.digits.title": {"ja": "e の小数点以下 {n} 桁", "en": "e to {n} decimal places"},
    "napier.digits.text": {
        "ja": "四捨五入ではなく切り捨てなので、表示した数字はすべて e の本当の桁です(次の桁は {next})。多倍長計算(mpmath)で余分な桁まで求めてから、小数第 {n} 位で切りました。10 桁ごとに区切り、1 行 50 桁です。",
        "en": "Truncated, not rounded: every digit shown is a true digit of e (the next one is {next}). Computed with arbitrary precision (mpmath) and guard digits, then cut after {n} decimals. Blocks of 10, lines of 50.",
    },
    "napier.digits.in_file": {
        "ja": "全桁は添付ファイル `{filename}` にあります。ここには最初の {shown} 桁を示します。",
        "en": "All digits are in the attached file `{filename}`; here are the first {shown}.",
    },
    "napier.digits.file_header": {
        "ja": "ネイピア数 e、小数第 {n} 位まで(切り捨て)。左の数字は、その行の最初の数字が小数第何位かを表します。",
        "en": "Napier's number e to {n} decimal places (truncated). The number on the left is the position of the line's first decimal.",
    },
    "napier.digits.file_alt": {
        "ja": "e の小数点以下 {n} 桁を書いたテキストファイル",
        "en": "A text file with e to {n} decimal places",
    },
    "napier.digits.alt": {
        "ja": "数式: e は Σ1/k! の和で、2.71828 18284 … に等しい",
        "en": "Formula: e is the sum of Σ1/k!, equal to 2.71828 18284 …",
    },
    "napier.digits.plot.title": {
        "ja": "e の小数点以下 {n} 桁に現れる各数字の個数",
        "en": "How often each digit appears in e's first {n} decimals",
    },
    "napier.digits.plot.x": {"ja": "数字", "en": "digit"},
    "napier.digits.plot.y": {"ja": "個数", "en": "count"},
    "napier.digits.plot.count": {"ja": "個数", "en": "count"},
    "napier.digits.plot.expected": {
        "ja": "均等なら(桁数 ÷ 10)",
        "en": "if even (places ÷ 10)",
    },
    "napier.digits.plot.alt": {
        "ja": "棒グラフ: e の小数第 {n} 位までに各数字が現れる回数({counts})と、均等に現れた場合の目安(破線)。",
        "en": "Bar chart of how many times each digit appears in e's first {n} decimals ({counts}), with a dashed line at the even share.",
    },
    # the tables of limit and series
    "napier.row": {
        "ja": "- {name}: `{value}`、誤差 {error}(小数第 {correct} 位まで一致)",
        "en": "- {name}: `{value}`, error {error} (correct decimals: {correct})",
    },
    "napier.plot.error": {"ja": "誤差(e との差)", "en": "error (distance to e)"},
    # limit
    "napier.limit.title": {
        "ja": "極限 (1 + 1/n)^n → e",
        "en": "The limit (1 + 1/n)^n → e",
    },
    "napier.limit.text": {
        "ja": "n を大きくすると (1 + 1/n)^n は下から e に近づきます。値は小数第 12 位までに四捨五入、誤差は e - (1 + 1/n)^n です(多倍長計算)。",
        "en": "As n grows, (1 + 1/n)^n climbs towards e from below. Values are rounded to 12 decimals; the error is e - (1 + 1/n)^n (computed with arbitrary precision).",
    },
    "napier.limit.why": {
        "ja": "なぜ e か: 年利 100% の利息を、1 年を n 回に分けて複利で付けると、1 年後の元利合計は元本の (1 + 1/n)^n 倍になります。回数を増やすほど増えますが、どれだけ細かくしても e 倍を超えません。",
        "en": "Why e: pay 100% yearly interest in n compounding steps and a year later your money has grown (1 + 1/n)^n times. Finer steps pay more, but never more than e times.",
    },
    "napier.limit.slow": {
        "ja": "ただし近づき方はゆっくりです。誤差はおよそ e/(2n) なので、n を 10 倍しても正しい桁は 1 桁しか増えません。n = 10^7 でも誤差は {error} です。",
        "en": "But it gets there slowly: the error is about e/(2n), so ten times more n buys only one more digit. Even n = 10^7 leaves an error of {error}.",
    },
    "napier.limit.alt": {
        "ja": "数式: e は n → ∞ のときの (1 + 1/n)^n の極限。誤差 e - (1 + 1/n)^n はおよそ e/(2n)。",
        "en": "Formulas: e is the limit of (1 + 1/n)^n as n → ∞; the error e - (1 + 1/n)^n is about e/(2n).",
    },
    "napier.limit.plot.title": {
        "ja": "(1 + 1/n)ⁿ は e に近づく",
        "en": "(1 + 1/n)ⁿ approaches e",
    },
    "napier.limit.plot.value": {"ja": "値", "en": "value"},
    "napier.limit.plot.error_title": {
        "ja": "誤差は 1/n に比例して小さくなる",
        "en": "The error shrinks like 1/n",
    },
    "napier.limit.plot.alt": {
        "ja": "2 つのグラフ。左: n(対数目盛、1〜10^7)に対する (1 + 1/n)^n の値が、破線 e = 2.718… に下から近づく。右: 誤差 e - (1 + 1/n)^n の両対数グラフで、点線 e/(2n) に沿って直線的に減る。n = 10^7 で値 {value}、誤差 {error}。",
        "en": "Two plots. Left: (1 + 1/n)^n against n (log scale, 1 to 10^7) climbing towards the dashed line e = 2.718…. Right: the error e - (1 + 1/n)^n on log–log axes, falling along the dotted line e/(2n). At n = 10^7 the value is {value}, the error {error}.",
    },
    # series
    "napier.series.title": {
        "ja": "級数 Σ 1/k! → e",
        "en": "The series Σ 1/k! → e",
    },
    "napier.series.text": {
        "ja": "部分和 1 + 1 + 1/2! + ⋯ + 1/N! は分数のまま正確に計算しました。値は小数第 12 位までに四捨五入、誤差は e - (部分和) です。",
        "en": "The partial sums 1 + 1 + 1/2! + ⋯ + 1/N! are computed exactly as fractions. Values are rounded to 12 decimals; the error is e minus the partial sum.",
    },
    "napier.series.contrast": {
        "ja": "**比べると**: 級数は N = {needed} までの和で誤差 {needed_error} ですが、(1 + 1/n)^n は n = {limit_n} でも誤差 {limit_error} です。級数のほうがけた違いに速く e に近づきます。",
        "en": "**Compare**: the series up to N = {needed} is already off by only {needed_error}, while (1 + 1/n)^n with n = {limit_n} is still off by {limit_error}. The series gets there enormously faster.",
    },
    "napier.series.why": {
        "ja": "なぜ速いか: 第 N 項より後ろの項の和 1/(N+1)! + 1/(N+2)! + ⋯ は、公比 1/(N+1) の等比級数で上から抑えられ、1/(N!·N) より小さくなります。階乗はどんな指数関数よりも速く大きくなるので、1 項足すごとに誤差が急に小さくなります。",
        "en": "Why so fast: the terms after N, 1/(N+1)! + 1/(N+2)! + ⋯, are bounded by a geometric series with ratio 1/(N+1), so they add up to less than 1/(N!·N). Factorials outgrow every exponential, so each new term cuts the error sharply.",
    },
    "napier.series.alt": {
        "ja": "数式: e = Σ 1/k! = 1 + 1 + 1/2 + 1/6 + 1/24 + ⋯。誤差は 0 < e - Σ_(k≤N) 1/k! < 1/(N!·N)。",
        "en": "Formulas: e = Σ 1/k! = 1 + 1 + 1/2 + 1/6 + 1/24 + ⋯; the error satisfies 0 < e - Σ_(k≤N) 1/k! < 1/(N!·N).",
    },
    "napier.series.plot.title": {
        "ja": "e に近づく速さの比べ",
        "en": "How fast each method approaches e",
    },
    "napier.series.plot.x": {
        "ja": "n(級数は k = n までの和、極限は (1 + 1/n)ⁿ の n)",
        "en": "n (series: terms up to k = n; limit: n in (1 + 1/n)ⁿ)",
    },
    "napier.series.plot.alt": {
        "ja": "片対数グラフ: n = 1〜{count} での誤差。級数 Σ 1/k! の誤差は急に減って n = {count} で {series}、(1 + 1/n)^n の誤差はほとんど減らず n = {count} でも {limit}。",
        "en": "Log-scale plot of the error for n = 1 to {count}. The series Σ 1/k! plunges to {series} at n = {count}; (1 + 1/n)^n barely moves and is still {limit} at n = {count}.",
    },
    # derivative
    "napier.derivative.title": {
        "ja": "(e^x)' = e^x: 傾きが高さに等しい",
        "en": "(e^x)' = e^x: the slope equals the height",
    },
    "napier.derivative.text": {
        "ja": "公式 (1.6) (e^x)' = e^x を、e の定義から導いてから目で確かめます(下の手順)。y = e^x のグラフのどの点でも、接線の傾きはその点の高さ e^a と同じです。図の接線はどれも、接点のちょうど 1 だけ左で x 軸と交わります。底辺 1、高さ e^a の直角三角形なので、傾き = 高さ ÷ 1 = 高さです。下の表では、傾きを平均変化率 (e^(a+h) - e^a)/h(h = 10^-6)で実際に測っています。公式そのものは `/law 1.6` で。",
        "en": "Law (1.6), (e^x)' = e^x: first derived from the definition of e, then seen with the eyes (steps below). At every point of the graph of y = e^x the tangent's slope equals the height e^a. Each tangent in the plot meets the x-axis exactly 1 to the left of its point: a right triangle with base 1 and height e^a, so slope = height ÷ 1 = height. Below, the slope is measured by the average rate of change (e^(a+h) - e^a)/h with h = 10^-6. For the law itself, see `/law 1.6`.",
    },
    "napier.derivative.point": {
        "ja": "高さ {power} = `{height}`、測った傾き = `{slope}`",
        "en": "height {power} = `{height}`, measured slope = `{slope}`",
    },
    "napier.derivative.alt": {
        "ja": "数式: (e^x)' = lim[h → 0] (e^(x+h) - e^x)/h = e^x·lim[h → 0] (e^h - 1)/h = e^x(1.6)。x = a での接線 y = e^a(x - a + 1) は x = a - 1 で x 軸と交わる。",
        "en": "Formulas: (e^x)' = lim[h → 0] (e^(x+h) - e^x)/h = e^x·lim[h → 0] (e^h - 1)/h = e^x (1.6). The tangent at x = a, y = e^a(x - a + 1), meets the x-axis at x = a - 1.",
    },
    "napier.derivative.plot.title": {
        "ja": "eˣ の接線: 傾き = 高さ",
        "en": "Tangents to eˣ: slope = height",
    },
    "napier.derivative.plot.tangent": {
        "ja": "x = {x} での接線(傾き {slope})",
        "en": "tangent at x = {x} (slope {slope})",
    },
    "napier.derivative.plot.alt": {
        "ja": "y = e^x の曲線(x は -3.2〜1.6)と、x = -1、0、1 での接線。どの接線も接点の 1 だけ左で x 軸と交わり、底辺 1 と高さ(破線)の三角形が塗られていて、傾きが高さに等しいことがわかる。",
        "en": "The curve y = e^x for x from -3.2 to 1.6 with its tangents at x = -1, 0 and 1. Each tangent meets the x-axis 1 to the left of its point; the shaded triangle with base 1 and the dashed height shows that the slope equals the height.",
    },
    "napier.choice.mnemonic": {"ja": "語呂合わせ", "en": "mnemonic"},
    "napier.choice.digits": {
        "ja": "小数の桁(digits)",
        "en": "digits",
    },
    "napier.choice.limit": {"ja": "極限 (1+1/n)^n", "en": "limit (1+1/n)^n"},
    "napier.choice.series": {
        "ja": "級数 Σ 1/k!",
        "en": "series Σ 1/k!",
    },
    "napier.choice.derivative": {"ja": "微分 (e^x)' = e^x", "en": "derivative (e^x)' = e^x"},
    "napier.derivative.tangents": {
        "ja": "図で確かめる: x = a での接線 y = e^a(x - a + 1) は x = a - 1 で x 軸と交わるので、底辺 1 の三角形の高さ e^a がそのまま傾きです。",
        "en": "See it in the plot: the tangent at x = a, y = e^a(x - a + 1), meets the x-axis at x = a - 1, so the height e^a over a base of 1 is the slope.",
    },
}
