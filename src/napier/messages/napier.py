"""Messages of ``/napier``: Napier's number e."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "napier.description": {
        "ja": "ネイピア数 e:語呂合わせ・桁・極限・級数・微分",
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
    "napier.button.limit": {"ja": "極限 (1+1/n)ⁿ", "en": "Limit (1+1/n)ⁿ"},
    "napier.button.series": {"ja": "級数 Σ1/k!", "en": "Series Σ1/k!"},
    "napier.button.derivative": {"ja": "微分 (eˣ)′ = eˣ", "en": "Derivative (eˣ)′ = eˣ"},
    "napier.button.law": {"ja": "公式 (1.6) を見る", "en": "See law (1.6)"},
    "napier.filler": {"ja": "(つなぎ)", "en": "(filler)"},
    # overview
    "napier.overview.title": {"ja": "ネイピア数 e", "en": "Napier's number e"},
    "napier.overview.text": {
        "ja": "e はネイピア数と呼ばれる定数で、自然対数の底です(log_e x = ln x)。\n"
        "- 値は e = {digits}…(約 2.718)。分数では表せない無理数で、小数は循環せずに続きます。\n"
        "- e を底とする指数関数 eˣ は、微分しても自分自身のまま: (eˣ)′ = eˣ(公式 (1.6))。\n"
        "- 複利の極限 (1 + 1/n)ⁿ としても、級数 1 + 1 + 1/2! + 1/3! + ⋯ としても現れます。\n"
        "- 覚え方: 2.71828 = 二塁から内野にわたる\n"
        "下のボタンで、それぞれの話題を詳しく見られます。",
        "en": "e is Napier's number, the base of the natural logarithm (log_e x = ln x).\n"
        "- Its value is e = {digits}… (about 2.718). It is irrational: its decimals never repeat.\n"
        "- The exponential with base e is its own derivative: (eˣ)′ = eˣ (law (1.6)).\n"
        "- It appears as the compound-interest limit (1 + 1/n)ⁿ and as the series "
        "1 + 1 + 1/2! + 1/3! + ⋯.\n"
        "- A Japanese mnemonic: 2.71828 = 二塁から内野にわたる\n"
        "Use the buttons below to explore each topic.",
    },
    "napier.overview.alt": {
        "ja": "数式: e は (1+1/n)ⁿ の極限であり、Σ1/k! の和で、2.718281828… に等しい。(eˣ)′ = eˣ、ln e = 1。",
        "en": "Formulas: e is the limit of (1+1/n)ⁿ and the sum of Σ1/k!, equal to 2.718281828…; "
        "(eˣ)′ = eˣ; ln e = 1.",
    },
    # mnemonic
    "napier.mnemonic.title": {"ja": "e の語呂合わせ", "en": "Mnemonics for e"},
    "napier.mnemonic.text": {
        "ja": "語呂合わせでは、数字を読みの一音で表します: "
        "2 = に・ふ(ふたつ)、7 = な(なな)、1 = い(いち)・ひと、8 = は(はち)・や(やっつ)・わ、"
        "4 = し、5 = ご・い(いつつ)、9 = く、0 = お(O の形)。"
        "英語では単語の文字数が数字になります。"
        "どの語呂も、実際の e の桁と 1 桁ずつプログラムで照合しました。",
        "en": "A Japanese goroawase reads each digit as one syllable of its name: "
        "2 = ni/fu (futatsu), 7 = na (nana), 1 = i (ichi)/hito, 8 = ha (hachi)/ya (yattsu)/wa, "
        "4 = shi, 5 = go/i (itsutsu), 9 = ku, 0 = o (the shape of O). "
        "In the English one, each word's letter count is a digit. "
        "Every mnemonic was checked by code, digit by digit, against the true digits of e.",
    },
    "napier.mnemonic.seed": {
        "ja": "記事で紹介された語呂。「二」で 2(ここで小数点)、「内野に」の な・い・や・に で 7・1・8・2、"
        "「わ」で 8。「塁から」と「たる」は数字を持たないつなぎです。",
        "en": "The article's mnemonic (“from second base across the infield”). "
        "二 ni = 2 (then the decimal point), 内野に na-i-ya-ni = 7 1 8 2, わ wa = 8; "
        "塁から and たる are filler that carry no digit.",
    },
    "napier.mnemonic.traditional": {
        "ja": "昔からある語呂。「い」は 1(いち)にも 5(いつつ)にもなり、最後の「惜しい」の い は 5 です。",
        "en": "The traditional one (“a crucian carp, one bowl, two bowls, … what a great pity”). "
        "い can be 1 (ichi) or 5 (itsutsu); the final い of 惜しい is 5.",
    },
    "napier.mnemonic.english": {
        "ja": "英語の語呂。各単語の文字数を数えます(To = 2、express = 7、e = 1 …)。",
        "en": "Count the letters of each word (To = 2, express = 7, e = 1, …).",
    },
    "napier.mnemonic.all_correct": {
        "ja": "有効数字 {count} 桁をカバー、すべて正しい ✓",
        "en": "covers {count} significant digits, all correct ✓",
    },
    "napier.mnemonic.wrong_from": {
        "ja": "最初の {count} 桁だけが正しく、その先は e({digits}…)と食い違います ✗",
        "en": "only the first {count} digits are right; after that it differs from e ({digits}…) ✗",
    },
    "napier.mnemonic.alt": {
        "ja": "数式: e = 2.7182818284590452353…",
        "en": "Formula: e = 2.7182818284590452353…",
    },
    "napier.mnemonic.plot.title": {
        "ja": "語呂合わせがカバーする e の桁数",
        "en": "How many digits of e each mnemonic covers",
    },
    "napier.mnemonic.plot.x": {"ja": "正しい有効数字の桁数", "en": "correct significant digits"},
    "napier.mnemonic.plot.alt": {
        "ja": "横棒グラフ: 各語呂合わせが正しくカバーする e の有効数字の桁数。{counts}。",
        "en": "Horizontal bar chart of how many significant digits of e each mnemonic gets "
        "right: {counts}.",
    },
    # digits
    "napier.digits.title": {"ja": "e の小数点以下 {n} 桁", "en": "e to {n} decimal places"},
    "napier.digits.text": {
        "ja": "四捨五入ではなく切り捨てです: 表示した数字はすべて e の本当の桁です"
        "(次の桁は {next})。多倍長計算(mpmath)で余分な桁を付けて計算し、小数点以下 {n} 桁で切りました。"
        "10 桁ごとに区切り、1 行 50 桁です。",
        "en": "Truncated, not rounded: every digit shown is a true digit of e "
        "(the next one is {next}). Computed with arbitrary precision (mpmath) and guard digits, "
        "then cut after {n} decimals. Blocks of 10, lines of 50.",
    },
    "napier.digits.in_file": {
        "ja": "全桁は添付ファイル `{filename}` にあります。ここには最初の {shown} 桁を示します。",
        "en": "All digits are in the attached file `{filename}`; here are the first {shown}.",
    },
    "napier.digits.file_header": {
        "ja": "ネイピア数 e、小数点以下 {n} 桁(切り捨て)。左の数字はその行の最初の桁の位置です。",
        "en": "Napier's number e to {n} decimal places (truncated). The number on the left is "
        "the position of the line's first decimal.",
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
    "napier.digits.plot.expected": {"ja": "均等なら(桁数 ÷ 10)", "en": "if even (places ÷ 10)"},
    "napier.digits.plot.alt": {
        "ja": "棒グラフ: e の小数点以下 {n} 桁で各数字が現れる回数({counts})と、均等な場合の目安の破線。",
        "en": "Bar chart of how many times each digit appears in e's first {n} decimals "
        "({counts}), with a dashed line at the even share.",
    },
    # the tables of limit and series
    "napier.row": {
        "ja": "- {name}: `{value}` 誤差 {error}(小数 {correct} 桁まで一致)",
        "en": "- {name}: `{value}`, error {error} (correct decimals: {correct})",
    },
    "napier.plot.error": {"ja": "誤差(e との差)", "en": "error (distance to e)"},
    # limit
    "napier.limit.title": {"ja": "極限 (1 + 1/n)ⁿ → e", "en": "The limit (1 + 1/n)ⁿ → e"},
    "napier.limit.text": {
        "ja": "n を大きくすると (1 + 1/n)ⁿ は下から e に近づきます。値は小数 12 桁に四捨五入、"
        "誤差は e − (1 + 1/n)ⁿ です(多倍長で計算)。",
        "en": "As n grows, (1 + 1/n)ⁿ climbs towards e from below. Values are rounded to 12 "
        "decimals; the error is e − (1 + 1/n)ⁿ (computed with arbitrary precision).",
    },
    "napier.limit.why": {
        "ja": "なぜ e か: 年利 100% の利息を 1 年に n 回に分けて複利で付けると、1 年後のお金は "
        "(1 + 1/n)ⁿ 倍。回数を増やすほど増えますが、どれだけ細かくしても e 倍を超えません。",
        "en": "Why e: pay 100% yearly interest in n compounding steps and a year later your "
        "money has grown (1 + 1/n)ⁿ times. Finer steps pay more, but never more than e times.",
    },
    "napier.limit.slow": {
        "ja": "ただし近づき方はゆっくり: 誤差はおよそ e/(2n) なので、n を 10 倍しても正しい桁は 1 桁しか増えません。"
        "n = 10⁷ でも誤差は {error} です。",
        "en": "But it gets there slowly: the error is about e/(2n), so ten times more n buys "
        "only one more digit. Even n = 10⁷ leaves an error of {error}.",
    },
    "napier.limit.alt": {
        "ja": "数式: e は n→∞ のときの (1+1/n)ⁿ の極限。誤差 e − (1+1/n)ⁿ はおよそ e/(2n)。",
        "en": "Formulas: e is the limit of (1+1/n)ⁿ as n→∞; the error e − (1+1/n)ⁿ is about e/(2n).",
    },
    "napier.limit.plot.title": {"ja": "(1+1/n)ⁿ は e に近づく", "en": "(1+1/n)ⁿ approaches e"},
    "napier.limit.plot.value": {"ja": "値", "en": "value"},
    "napier.limit.plot.error_title": {
        "ja": "誤差は 1/n に比例して減る",
        "en": "The error shrinks like 1/n",
    },
    "napier.limit.plot.alt": {
        "ja": "2 つのグラフ。左: n(対数目盛、1〜10⁷)に対する (1+1/n)ⁿ の値が、破線の e = 2.718… に下から近づく。"
        "右: 誤差 e − (1+1/n)ⁿ の両対数グラフで、e/(2n) の点線に沿って直線的に減る。"
        "n = 10⁷ で値 {value}、誤差 {error}。",
        "en": "Two plots. Left: (1+1/n)ⁿ against n (log scale, 1 to 10⁷) climbing towards the "
        "dashed line e = 2.718…. Right: the error e − (1+1/n)ⁿ on log–log axes, falling along "
        "the dotted line e/(2n). At n = 10⁷ the value is {value}, the error {error}.",
    },
    # series
    "napier.series.title": {"ja": "級数 Σ 1/k! → e", "en": "The series Σ 1/k! → e"},
    "napier.series.text": {
        "ja": "部分和 1 + 1 + 1/2! + ⋯ + 1/N! は分数で正確に計算しました。値は小数 12 桁に四捨五入、"
        "誤差は e − 部分和 です。",
        "en": "The partial sums 1 + 1 + 1/2! + ⋯ + 1/N! are computed exactly as fractions. "
        "Values are rounded to 12 decimals; the error is e minus the partial sum.",
    },
    "napier.series.contrast": {
        "ja": "**比べると**: 級数は N = {needed} までの和で誤差 {needed_error}。"
        "(1 + 1/n)ⁿ は n = {limit_n} でも誤差 {limit_error} です。級数のほうが桁違いに速く e に近づきます。",
        "en": "**Compare**: the series up to N = {needed} is already off by only {needed_error}, "
        "while (1 + 1/n)ⁿ with n = {limit_n} is still off by {limit_error}. "
        "The series gets there enormously faster.",
    },
    "napier.series.why": {
        "ja": "なぜ速いか: N 項目より後ろの項 1/(N+1)! + 1/(N+2)! + ⋯ は、公比 1/(N+1) の等比級数で上から抑えられ、"
        "合計は 1/(N!·N) 未満です。階乗はどんな指数よりも速く大きくなるので、1 項足すごとに誤差が急激に小さくなります。",
        "en": "Why so fast: the terms after N, 1/(N+1)! + 1/(N+2)! + ⋯, are bounded by a "
        "geometric series with ratio 1/(N+1), so they add up to less than 1/(N!·N). "
        "Factorials outgrow every exponential, so each new term cuts the error sharply.",
    },
    "napier.series.alt": {
        "ja": "数式: e = Σ 1/k! = 1 + 1 + 1/2 + 1/6 + 1/24 + ⋯、誤差は 0 < e − Σ_(k≤N) 1/k! < 1/(N!·N)。",
        "en": "Formulas: e = Σ 1/k! = 1 + 1 + 1/2 + 1/6 + 1/24 + ⋯; the error satisfies "
        "0 < e − Σ_(k≤N) 1/k! < 1/(N!·N).",
    },
    "napier.series.plot.title": {
        "ja": "e に近づく速さの比較",
        "en": "How fast each method approaches e",
    },
    "napier.series.plot.x": {
        "ja": "n(級数は k = n までの項、極限は (1+1/n)ⁿ の n)",
        "en": "n (series: terms up to k = n; limit: n in (1+1/n)ⁿ)",
    },
    "napier.series.plot.alt": {
        "ja": "片対数グラフ: n = 1〜{count} での誤差。級数 Σ1/k! の誤差は急降下して n = {count} で {series}、"
        "(1+1/n)ⁿ の誤差はほとんど減らず n = {count} でも {limit}。",
        "en": "Log-scale plot of the error for n = 1 to {count}. The series Σ1/k! plunges to "
        "{series} at n = {count}; (1+1/n)ⁿ barely moves and is still {limit} at n = {count}.",
    },
    # derivative
    "napier.derivative.title": {
        "ja": "(eˣ)′ = eˣ:傾きが高さに等しい",
        "en": "(eˣ)′ = eˣ: the slope equals the height",
    },
    "napier.derivative.text": {
        "ja": "公式 (1.6) を目で見てみましょう。eˣ のグラフのどの点でも、接線の傾きはその点の高さ eˣ と同じです。"
        "図の接線はどれも、接点のちょうど 1 だけ左で x 軸と交わります。底辺 1、高さ eᵃ の三角形なので、"
        "傾き = 高さ ÷ 1 = 高さ。下の表では、傾きを差分商 (e^(a+h) − eᵃ)/h(h = 10⁻⁶)で実際に測っています。"
        "公式そのものは `/law 1.6` で。",
        "en": "Law (1.6), seen with the eyes: at every point of the graph of eˣ, the tangent's "
        "slope equals the height eˣ. Each tangent in the plot meets the x-axis exactly 1 to the "
        "left of its point: a triangle with base 1 and height eᵃ, so slope = height ÷ 1 = height. "
        "Below, the slope is measured by the difference quotient (e^(a+h) − eᵃ)/h with h = 10⁻⁶. "
        "For the law itself, see `/law 1.6`.",
    },
    "napier.derivative.point": {
        "ja": "高さ {power} = `{height}`、測った傾き = `{slope}`",
        "en": "height {power} = `{height}`, measured slope = `{slope}`",
    },
    "napier.derivative.step1": {
        "ja": "eˣ を級数で書くと eˣ = 1 + x + x²/2! + x³/3! + ⋯",
        "en": "Write eˣ as a series: eˣ = 1 + x + x²/2! + x³/3! + ⋯",
    },
    "napier.derivative.step2": {
        "ja": "各項を微分すると (xᵏ/k!)′ = xᵏ⁻¹/(k−1)! なので、1 → 0、x → 1、x²/2! → x、x³/3! → x²/2!、…",
        "en": "Differentiate term by term: (xᵏ/k!)′ = xᵏ⁻¹/(k−1)!, so 1 → 0, x → 1, "
        "x²/2! → x, x³/3! → x²/2!, …",
    },
    "napier.derivative.step3": {
        "ja": "項が 1 つずつずれて同じ級数に戻る: (eˣ)′ = 1 + x + x²/2! + ⋯ = eˣ",
        "en": "Every term moves down one place and the same series comes back: "
        "(eˣ)′ = 1 + x + x²/2! + ⋯ = eˣ",
    },
    "napier.derivative.alt": {
        "ja": "数式: (eˣ)′ = eˣ(1.6)。x = a での接線 y = eᵃ(x − a + 1) は x = a − 1 で x 軸と交わる。",
        "en": "Formulas: (eˣ)′ = eˣ (1.6). The tangent at x = a, y = eᵃ(x − a + 1), meets the "
        "x-axis at x = a − 1.",
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
        "ja": "y = eˣ の曲線(x は −3.2〜1.6)と、x = −1、0、1 での接線。それぞれの接線は接点の 1 だけ左で x 軸と交わり、"
        "底辺 1 と高さ(破線)の三角形が塗られていて、傾きが高さに等しいことがわかる。",
        "en": "The curve y = eˣ for x from −3.2 to 1.6 with its tangents at x = −1, 0 and 1. "
        "Each tangent meets the x-axis 1 to the left of its point; the shaded triangle with "
        "base 1 and the dashed height shows that the slope equals the height.",
    },
    "napier.choice.mnemonic": {"ja": "語呂合わせ", "en": "mnemonic"},
    "napier.choice.digits": {"ja": "桁(digits)", "en": "digits"},
    "napier.choice.limit": {"ja": "極限 (1+1/n)^n", "en": "limit (1+1/n)^n"},
    "napier.choice.series": {"ja": "級数 Σ1/k!", "en": "series Σ1/k!"},
    "napier.choice.derivative": {"ja": "微分 (e^x)' = e^x", "en": "derivative (e^x)' = e^x"},
}
