"""Messages of ``/practice`` and ``/check``: skills, exercises, hints, verdicts and mistakes."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- skills ---
    "practice.skill.pow.integer": {
        "ja": "累乗の計算(自然数の指数)",
        "en": "Powers with whole-number exponents",
    },
    "practice.skill.pow.zero": {"ja": "指数が 0 の累乗", "en": "Zero exponents"},
    "practice.skill.pow.negative": {"ja": "負の指数", "en": "Negative exponents"},
    "practice.skill.pow.fraction": {"ja": "分数の指数", "en": "Fractional exponents"},
    "practice.skill.law1.1": {
        "ja": "公式 (1.1) 積 a^x·a^y",
        "en": "Law (1.1) products a^x·a^y",
    },
    "practice.skill.law1.2": {"ja": "公式 (1.2) 逆数 1/a^x", "en": "Law (1.2) reciprocals 1/a^x"},
    "practice.skill.law1.3": {"ja": "公式 (1.3) 商 a^y/a^x", "en": "Law (1.3) quotients a^y/a^x"},
    "practice.skill.law1.4": {
        "ja": "公式 (1.4) 累乗の累乗 (a^x)^y",
        "en": "Law (1.4) powers of powers (a^x)^y",
    },
    "practice.skill.law1.5": {
        "ja": "微分の公式 (1.5) a^x の導関数",
        "en": "Formula (1.5) the derivative of a^x",
    },
    "practice.skill.law1.6": {
        "ja": "微分の公式 (1.6) e^x の導関数",
        "en": "Formula (1.6) the derivative of e^x",
    },
    "practice.skill.grow.interest": {"ja": "複利計算", "en": "Compound interest"},
    "practice.skill.grow.doubling": {
        "ja": "倍々に増える量(細菌の増殖)",
        "en": "Doubling (bacteria)",
    },
    "practice.skill.grow.decay": {"ja": "半減期と減衰", "en": "Decay and half-life"},
    "practice.skill.log.value": {"ja": "対数の値", "en": "Values of logarithms"},
    "practice.skill.log.laws": {"ja": "対数の性質", "en": "Laws of logarithms"},
    "practice.skill.solve.equation": {"ja": "指数方程式", "en": "Exponential equations"},
    "practice.skill.solve.inequality": {"ja": "指数不等式", "en": "Exponential inequalities"},
    # --- the commands ---
    "practice.description": {
        "ja": "練習問題を出します。答えを確かめ、まちがいの原因を示します",
        "en": "An exercise to work on; your answer is checked and any mistake is named",
    },
    "practice.option.skill": {
        "ja": "練習する内容(省略すると一つ選びます)",
        "en": "What to practise (one is picked if omitted)",
    },
    "practice.option.level": {"ja": "レベル 1〜3(省略すると 1)", "en": "Level 1–3 (1 if omitted)"},
    "practice.option.seed": {
        "ja": "問題の番号(同じ番号なら同じ問題。省略すると新しい問題)",
        "en": "Exercise number (the same number gives the same exercise; omit for a new one)",
    },
    "practice.option.exercise": {"ja": "問題の番号", "en": "The exercise id"},
    "practice.option.answer": {"ja": "あなたの答え", "en": "Your answer"},
    "practice.option.hint": {"ja": "何番目のヒントか", "en": "Which hint"},
    "check.description": {
        "ja": "自分の計算を確かめます(例: 2^3*2^4 = 2^7、diff 2^x 2^x*log(2))",
        "en": "Check your own work (e.g. 2^3*2^4 = 2^7, diff 2^x 2^x*log(2))",
    },
    "check.option.claim": {
        "ja": "確かめたい式(例: 2^3*2^4 = 2^12、diff 2^x x*2^(x-1)、pow -2^2 4)",
        "en": "What to check (e.g. 2^3*2^4 = 2^12, diff 2^x x*2^(x-1), pow -2^2 4)",
    },
    # --- exercises ---
    "practice.title": {
        "ja": "練習: {skill}(レベル {level})",
        "en": "Practice: {skill} (level {level})",
    },
    "practice.statement.evaluate": {
        "ja": "次の値を求めなさい: `{expr}`",
        "en": "Evaluate `{expr}`.",
    },
    "practice.statement.single_power": {
        "ja": "次の式を一つの累乗(底が一つ、指数が一つ)で表しなさい: `{expr}`",
        "en": "Write `{expr}` as a single power (one base, one exponent).",
    },
    "practice.statement.derivative": {
        "ja": "次の関数を x で微分しなさい: `y = {f}`",
        "en": "Differentiate `y = {f}` with respect to x.",
    },
    "practice.statement.interest": {
        "ja": "{P} 円を年利 {r} % の複利で {n} 年間預けます。{n} 年後の元利合計はいくらですか。"
        "(数値でも、`10000*1.05^3` のような計算式のままでも答えられます)",
        "en": "¥{P} is deposited at {r} % a year, compounded yearly, for {n} years. What is "
        "the amount after {n} years? (Give the number, or the calculation itself such as "
        "`10000*1.05^3`.)",
    },
    "practice.statement.interest_periods": {
        "ja": "{P} 円を年利 {r} %、年 {m} 回の複利で {t} 年間預けます。"
        "{t} 年後の元利合計はいくらですか。(計算式のままでも答えられます)",
        "en": "¥{P} is deposited at {r} % a year, compounded {m} times a year, for {t} years. "
        "What is the amount after {t} years? (The calculation itself is a fine answer.)",
    },
    "practice.statement.interest_continuous": {
        "ja": "{P} 円を年利 {r} % の連続複利で {t} 年間預けます。"
        "{t} 年後の元利合計を e を使って正確に表しなさい。",
        "en": "¥{P} is deposited at {r} % a year, compounded continuously, for {t} years. "
        "Give the exact amount after {t} years, using e.",
    },
    "practice.statement.doubling": {
        "ja": "ある細菌は {T} 分ごとに 2 倍に増えます。はじめに {N0} 個いたとき、"
        "{t} 分後には何個になりますか。",
        "en": "A bacterium population doubles every {T} minutes. Starting from {N0}, how many "
        "are there after {t} minutes?",
    },
    "practice.statement.doubling_time": {
        "ja": "ある細菌は {T} 分ごとに 2 倍に増えます。はじめに {N0} 個いた細菌が "
        "{M} 個になるのは何分後ですか。",
        "en": "A bacterium population doubles every {T} minutes. Starting from {N0}, after how "
        "many minutes are there {M}?",
    },
    "practice.statement.doubling_rate": {
        "ja": "{T} 分ごとに 2 倍に増える細菌の数を N = N0·e^(kt)(t は分)と表します。"
        "k の正確な値を求めなさい。",
        "en": "A population that doubles every {T} minutes is N = N0·e^(kt) (t in minutes). "
        "Give the exact value of k.",
    },
    "practice.statement.log_value": {
        "ja": "次の値を求めなさい: `{expr}`",
        "en": "Find the value of `{expr}`.",
    },
    "practice.statement.single_log": {
        "ja": "次の式を一つの対数 log_{a}(M) の形で表しなさい: `{expr}`(`log_{a}(…)` と入力します)",
        "en": "Write `{expr}` as a single logarithm log_{a}(M). (Type it as `log_{a}(…)`.)",
    },
    "practice.statement.equation": {
        "ja": "次の方程式を解きなさい: `{left} {op} {right}`",
        "en": "Solve the equation `{left} {op} {right}`.",
    },
    "practice.statement.inequality": {
        "ja": "次の不等式を解きなさい: `{left} {op} {right}`"
        "(答えは `x < 5/7`、`x >= -3/7`、`-1/7 < x < 2/7` のように x の範囲で入力します)",
        "en": "Solve the inequality `{left} {op} {right}`. (Answer with the range of x, such "
        "as `x < 5/7`, `x >= -3/7` or `-1/7 < x < 2/7`.)",
    },
    "practice.statement.decay": {
        "ja": "ある放射性物質の半減期は {T} 年です。はじめに {N0} g あるとき、"
        "{t} 年後に残っている量は何 g ですか。",
        "en": "A radioactive substance has a half-life of {T} years. Starting from {N0} g, "
        "how many grams are left after {t} years?",
    },
    "practice.statement.decay_time": {
        "ja": "ある放射性物質の半減期は {T} 年です。はじめに {N0} g あった量が、"
        "はじめの {f} になるのは何年後ですか。",
        "en": "A radioactive substance has a half-life of {T} years. Starting from {N0} g, "
        "after how many years is {f} of it left?",
    },
    "practice.statement.decay_log": {
        "ja": "ある放射性物質の半減期は {T} 年です。はじめに {N0} g あった量が、"
        "はじめの {f} になるのは何年後ですか。log を使った正確な値で答えなさい。",
        "en": "A radioactive substance has a half-life of {T} years. Starting from {N0} g, "
        "after how many years is {f} of it left? Give the exact value, using log.",
    },
    "practice.how_to_answer": {
        "ja": "「答える」ボタンから答えを入力してください。log は自然対数です。例: `{example}`",
        "en": "Press **Answer** to type your answer. log is the natural logarithm. "
        "Syntax example: `{example}`",
    },
    "practice.skills_list": {
        "ja": "練習できる内容(例: `/practice law1.3 2` で公式 (1.3) のレベル 2):",
        "en": "Skills you can practise (for example `/practice law1.3 2` for law 1.3, level 2):",
    },
    "practice.solution.alt": {
        "ja": "解答の式。答えは {answer}",
        "en": "The worked solution, ending in the answer {answer}",
    },
    "check.image.alt": {
        "ja": "正しい結果の式: {result}",
        "en": "The right result: {result}",
    },
    "practice.field.exercise": {"ja": "問題番号", "en": "Exercise"},
    "practice.image.alt": {
        "ja": "問題の式: {expr}",
        "en": "The exercise: {expr}",
    },
    # --- buttons ---
    "practice.action.answer": {"ja": "答える", "en": "Answer"},
    "practice.action.answer_field": {"ja": "あなたの答え", "en": "Your answer"},
    "practice.action.hint": {"ja": "ヒント", "en": "Hint"},
    "practice.action.next_hint": {"ja": "次のヒント", "en": "Next hint"},
    "practice.action.solution": {"ja": "解答", "en": "Solution"},
    "practice.action.try_again": {"ja": "もう一度答える", "en": "Try again"},
    "practice.action.law": {"ja": "公式 {law} を見る", "en": "See law {law}"},
    "practice.action.lesson": {"ja": "くわしい説明", "en": "The lesson"},
    "practice.action.log_law": {"ja": "{name}を見る(/log)", "en": "{name} (/log)"},
    "practice.action.graph": {"ja": "a^x のグラフを見る", "en": "See the graphs of a^x"},
    "practice.action.next": {"ja": "次の問題", "en": "Next exercise"},
    "practice.action.level_up": {"ja": "レベル {level} へ", "en": "Level {level}"},
    # --- hints ---
    "practice.hint.title": {"ja": "ヒント {n}/{total}", "en": "Hint {n}/{total}"},
    "practice.hint.power_meaning": {
        "ja": "{a}^{n} は {a} を {n} 個かけた数です(指数は「かける回数」で、かける数ではありません)。",
        "en": "{a}^{n} is {n} factors of {a} multiplied together (the exponent counts the "
        "factors; it is not a factor itself).",
    },
    "practice.hint.write_out": {
        "ja": "かけ算に書き直すと `{product}` です。",
        "en": "Written out, it is `{product}`.",
    },
    "practice.hint.minus_outside_power": {
        "ja": "`-{a}^{n}` の指数 {n} がかかるのは {a} だけです。マイナスは最後につけます: -({a}^{n})。",
        "en": "In `-{a}^{n}` the exponent {n} applies to {a} only; the minus sign comes "
        "last: -({a}^{n}).",
    },
    "practice.hint.minus_inside_power": {
        "ja": "`(-{a})^{n}` はかっこごと {n} 回かけます。負の数を偶数回かけると正になります。",
        "en": "`(-{a})^{n}` multiplies the whole bracket {n} times; an even number of negative "
        "factors gives a positive number.",
    },
    "practice.hint.even_power": {
        "ja": "かっこがあるかないかで意味が変わります: -2^2 = -4、(-2)^2 = 4。",
        "en": "The brackets change the meaning: -2^2 = -4 but (-2)^2 = 4.",
    },
    "practice.hint.fraction_power": {
        "ja": "({p}/{q})^{n} は分子と分母の両方を {n} 乗します。",
        "en": "({p}/{q})^{n} raises both the numerator and the denominator to the power {n}.",
    },
    "practice.hint.inside_first": {
        "ja": "かっこの中を先に計算します: {u} + {v} を求めてから累乗します。",
        "en": "Work out the bracket first: find {u} + {v}, then take the power.",
    },
    "practice.hint.zero_pattern": {
        "ja": "{a}^3、{a}^2、{a}^1 と指数を 1 ずつ減らすと、値は {a} で割られていきます。"
        "{a}^1 をもう一度 {a} で割ると?",
        "en": "Going {a}^3, {a}^2, {a}^1, each step divides by {a}. What is {a}^1 divided by "
        "{a} once more?",
    },
    "practice.hint.zero_quotient": {
        "ja": "公式 (1.3) で a^x/a^x = a^(x−x) = a^0。一方 a^x/a^x は同じ数どうしの割り算です。",
        "en": "By law (1.3), a^x/a^x = a^(x−x) = a^0; and a^x/a^x is a number divided by itself.",
    },
    "practice.hint.zero_sign": {
        "ja": "指数 0 がどこにかかっているか(かっこ・マイナス・係数)を確かめましょう。",
        "en": "Check what the exponent 0 applies to (brackets, a minus sign, a coefficient).",
    },
    "practice.hint.law13": {
        "ja": "分子と分母は同じ数です。公式 (1.3) a^y/a^x = a^(y−x) でも計算できます。",
        "en": "The numerator and the denominator are the same number. Law (1.3) "
        "a^y/a^x = a^(y−x) gives it too.",
    },
    "practice.hint.negative_pattern": {
        "ja": "負の指数は逆数を表します: a^(-n) = 1/a^n。{a}^(-{n}) は負の数ではありません。",
        "en": "A negative exponent means a reciprocal: a^(-n) = 1/a^n. {a}^(-{n}) is not a "
        "negative number.",
    },
    "practice.hint.law12": {
        "ja": "公式 (1.2) 1/a^x = a^(-x) を使います(`/law 1.2`)。",
        "en": "Use law (1.2) 1/a^x = a^(-x) (see `/law 1.2`).",
    },
    "practice.hint.root_meaning": {
        "ja": "a^(1/{n}) は {n} 乗すると a になる正の数、つまり a の {n} 乗根です"
        "(公式 (1.4) で (a^(1/{n}))^{n} = a^1)。",
        "en": "a^(1/{n}) is the positive number whose {n}-th power is a: the {n}-th root of a "
        "(by law (1.4), (a^(1/{n}))^{n} = a^1).",
    },
    "practice.hint.root_of": {
        "ja": "{n} 乗すると {a} になる数は?",
        "en": "Which number gives {a} when raised to the power {n}?",
    },
    "practice.hint.same_base": {
        "ja": "底はどれも {a} です。底が同じなら、指数だけを計算すれば済みます。",
        "en": "Every base is {a}. With the same base, only the exponents need working out.",
    },
    "practice.hint.law11": {
        "ja": "公式 (1.1) a^x·a^y = a^(x+y): 指数 {p} と {q} をたします。",
        "en": "Law (1.1) a^x·a^y = a^(x+y): add the exponents {p} and {q}.",
    },
    "practice.hint.law12_form": {
        "ja": "公式 (1.2) 1/a^x = a^(-x): 分母の累乗は、指数の符号を変えると分子に上がります。",
        "en": "Law (1.2) 1/a^x = a^(-x): a power in the denominator moves up when its exponent "
        "changes sign.",
    },
    "practice.hint.negate_all": {
        "ja": "指数 {p} 全体の符号を変えます: -({p})。",
        "en": "Change the sign of the whole exponent {p}: -({p}).",
    },
    "practice.hint.law13_subtract": {
        "ja": "公式 (1.3) a^y/a^x = a^(y−x): 分子の指数から分母の指数全体をひきます: ({y}) - ({x})。",
        "en": "Law (1.3) a^y/a^x = a^(y−x): subtract the whole exponent of the denominator: "
        "({y}) - ({x}).",
    },
    "practice.hint.law14": {
        "ja": "公式 (1.4) (a^x)^y = a^(xy): 累乗の累乗では指数をかけます。",
        "en": "Law (1.4) (a^x)^y = a^(xy): for a power of a power, multiply the exponents.",
    },
    "practice.hint.law14_multiply": {
        "ja": "{q}·({p}) を計算します。かっこの中の各項に {q} をかけます。",
        "en": "Work out {q}·({p}), multiplying every term in the bracket by {q}.",
    },
    "practice.hint.law15": {
        "ja": "微分の公式 (1.5) (a^x)' = a^x·log a(a = {a})。log は自然対数です。",
        "en": "Formula (1.5) (a^x)' = a^x·log a with a = {a}; log is the natural logarithm.",
    },
    "practice.hint.log_natural": {
        "ja": "a^x の微分はべき関数の微分 (x^n)' = n·x^(n−1) とは違います。x は指数にあります。",
        "en": "a^x is not x^n: here x is the exponent, so the power rule (x^n)' = n·x^(n−1) "
        "does not apply.",
    },
    "practice.hint.chain": {
        "ja": "指数が x そのものでないときは、合成関数の微分で指数の導関数をかけます: "
        "(e^u)' = e^u·u'。",
        "en": "When the exponent is not x itself, the chain rule multiplies by the derivative "
        "of the exponent: (e^u)' = e^u·u'.",
    },
    "practice.hint.law16": {
        "ja": "微分の公式 (1.6) (e^x)' = e^x。",
        "en": "Formula (1.6) (e^x)' = e^x.",
    },
    "practice.hint.product_rule": {
        "ja": "積の微分 (uv)' = u'v + uv' を使います。",
        "en": "Use the product rule (uv)' = u'v + uv'.",
    },
    "practice.hint.interest1": {
        "ja": "複利では 1 年ごとに (1 + 利率) 倍になります。",
        "en": "With compound interest the amount is multiplied by (1 + rate) every year.",
    },
    "practice.hint.interest2": {
        "ja": "年 m 回の複利では、1 回ごとに利率の 1/m がつき、それが m × 年数 回くり返されます。",
        "en": "Compounded m times a year, each period adds 1/m of the yearly rate, and there "
        "are m × years periods.",
    },
    "practice.hint.interest3": {
        "ja": "年 m 回の複利で m を限りなく大きくすると、(1 + r/m)^m は e^r に近づきます。",
        "en": "As the number m of periods grows without bound, (1 + r/m)^m approaches e^r.",
    },
    "practice.hint.interest_formula": {
        "ja": "利率は百分率を小数に直してから使います(5 % → 0.05)。`/grow interest` も参考に。",
        "en": "Turn the percentage into a decimal first (5 % → 0.05). See also `/grow interest`.",
    },
    "practice.hint.doubling1": {
        "ja": "まず、その時間に何回 2 倍になるかを数えます。",
        "en": "First count how many times the population doubles in that time.",
    },
    "practice.hint.doubling2": {
        "ja": "何倍になったか(目標 ÷ はじめ)を 2 の累乗で表すと、2 倍になった回数がわかります。",
        "en": "Write the growth factor (target ÷ start) as a power of 2: its exponent counts "
        "the doublings.",
    },
    "practice.hint.doubling3": {
        "ja": "{T} 分で 2 倍なので e^({T}k) = 2 です。両辺の自然対数 log をとります。",
        "en": "Doubling in {T} minutes means e^({T}k) = 2. Take the natural log of both sides.",
    },
    "practice.hint.doubling_formula": {
        "ja": "倍になる回数を n とすると、数は N0·2^n です。",
        "en": "After n doublings the population is N0·2^n.",
    },
    "practice.hint.log_definition": {
        "ja": "log_{a} {x} は「{a} を何乗すると {x} になるか」を表す数です。"
        "{a}^p = {x} となる指数 p を求めます。",
        "en": "log_{a} {x} is the exponent p with {a}^p = {x}: the power {a} must be raised "
        "to, to give {x}.",
    },
    "practice.hint.log_powers": {
        "ja": "{a} の累乗を書き出してみましょう: {a}^1、{a}^2、{a}^3、…",
        "en": "List the powers of {a}: {a}^1, {a}^2, {a}^3, …",
    },
    "practice.hint.log_common_base": {
        "ja": "{a} と {x} をどちらも {c} の累乗で表し、公式 (1.4) で {x} を {a} の累乗に"
        "書き直します。",
        "en": "Write {a} and {x} as powers of {c}, then use law (1.4) to write {x} as a power "
        "of {a}.",
    },
    "practice.hint.log_negative": {
        "ja": "底 {a} と真数 {x} の一方だけが 1 より小さいので、値は負になります。"
        "公式 (1.2) 1/a^n = a^(-n) を使って同じ数の累乗で表しましょう。",
        "en": "Of the base {a} and the number {x}, one is below 1 and the other above, so the "
        "value is negative. Use law (1.2), 1/a^n = a^(-n), to write both as powers of one "
        "number.",
    },
    "practice.hint.log_product": {
        "ja": "積の対数 log_a M + log_a N = log_a(MN) で、まず一つの対数にまとめます。",
        "en": "By the product law log_a M + log_a N = log_a(MN), combine them into one "
        "logarithm first.",
    },
    "practice.hint.log_quotient": {
        "ja": "商の対数 log_a M - log_a N = log_a(M/N) で、まず一つの対数にまとめます。",
        "en": "By the quotient law log_a M - log_a N = log_a(M/N), combine them into one "
        "logarithm first.",
    },
    "practice.hint.log_definition_short": {
        "ja": "対数の定義から log_a a^k = k です。",
        "en": "By the definition, log_a a^k = k.",
    },
    "practice.hint.log_power": {
        "ja": "累乗の対数 log_a M^r = r log_a M: 真数の指数 {q} を前に出します。",
        "en": "Power law log_a M^r = r log_a M: bring the exponent {q} to the front.",
    },
    "practice.hint.log_power_up": {
        "ja": "係数は真数の指数になります: {q} log_a {m} = log_a {m}^{q}。",
        "en": "A coefficient becomes an exponent of the number: {q} log_a {m} = log_a {m}^{q}.",
    },
    "practice.hint.log_combine": {
        "ja": "底が同じ対数の和は積の対数に、差は商の対数にまとめます。",
        "en": "With one base, a sum of logarithms is the logarithm of a product, a difference "
        "the logarithm of a quotient.",
    },
    "practice.hint.equation_same_base": {
        "ja": "両辺を底 {c} の累乗で表します({number} も {c} の累乗に直します)。",
        "en": "Write both sides as powers of {c} ({number} too).",
    },
    "practice.hint.equation_exponents": {
        "ja": "底が同じ累乗が等しければ、指数も等しくなります: a^p = a^q ⇔ p = q。",
        "en": "Equal powers of one base have equal exponents: a^p = a^q ⇔ p = q.",
    },
    "practice.hint.equation_common_base": {
        "ja": "両辺の底を {c} にそろえます(公式 (1.4) (a^m)^u = a^(mu))。",
        "en": "Write both bases as powers of {c} (law 1.4: (a^m)^u = a^(mu)).",
    },
    "practice.hint.not_a_power": {
        "ja": "{number} は {a} の累乗(有理数の指数)では表せないので、底をそろえることはできません。",
        "en": "{number} is not a power of {a} with a rational exponent, so the bases cannot be "
        "matched.",
    },
    "practice.hint.take_logs": {
        "ja": "両辺の自然対数 log をとると、log({a}^x) = x log {a} のように指数が前に出ます。",
        "en": "Take the natural log of both sides: the exponent comes to the front, "
        "log({a}^x) = x log {a}.",
    },
    "practice.hint.inequality_increasing": {
        "ja": "底 {a} は 1 より大きいので y = {power} は増加関数です。"
        "指数の大小は累乗の大小と同じ向きになります。",
        "en": "The base {a} is greater than 1, so y = {power} is increasing: the exponents are "
        "in the same order as the powers.",
    },
    "practice.hint.inequality_decreasing": {
        "ja": "底 {a} は 0 と 1 の間なので y = {power} は減少関数です。"
        "指数どうしを比べるときは不等号の向きが逆になります。",
        "en": "The base {a} is between 0 and 1, so y = {power} is decreasing: comparing the "
        "exponents turns the inequality round.",
    },
    "practice.hint.substitution": {
        "ja": "t = {a}^x とおくと {square}^x = t^2、そして t > 0 です。t の 2 次不等式を解きます。",
        "en": "Put t = {a}^x: then {square}^x = t^2 and t > 0. Solve the quadratic "
        "inequality in t.",
    },
    "practice.hint.substitution_back": {
        "ja": "t の範囲が求まったら {a}^x に戻し、両端を {a} の累乗で表して x の範囲にします"
        "(底 {a} > 1 なので向きはそのまま)。",
        "en": "From the range of t, go back to {a}^x and write both ends as powers of {a} to "
        "get the range of x (the base {a} > 1 keeps the direction).",
    },
    "practice.hint.decay1": {
        "ja": "まず、その時間のあいだに何回半分になるか(t/T 回)を数えます。",
        "en": "First count how many times the amount halves in that time: t/T times.",
    },
    "practice.hint.decay2": {
        "ja": "残る割合を 1/2 の累乗で表すと、半分になった回数がわかります。",
        "en": "Write the share left as a power of 1/2: its exponent counts the halvings.",
    },
    "practice.hint.decay3": {
        "ja": "残る割合 (1/2)^(t/{T}) が目標の割合に等しいとおき、両辺の自然対数 log をとります。",
        "en": "Set the share left, (1/2)^(t/{T}), equal to the target and take the natural "
        "log of both sides.",
    },
    "practice.hint.decay_formula": {
        "ja": "半減期 T ごとに半分になるので、時間 t の後に残る量は N0·(1/2)^(t/T) です。",
        "en": "Halving every half-life T, the amount left after a time t is N0·(1/2)^(t/T).",
    },
    # --- worked solutions ---
    "practice.solution.title": {"ja": "解答", "en": "Solution"},
    "practice.solution.value": {"ja": "答え", "en": "Answer"},
    "practice.solution.write_out": {
        "ja": "かけ算に書き直す: `{product}`",
        "en": "Write it out: `{product}`",
    },
    "practice.solution.minus_outside_power": {
        "ja": "指数 {n} は {a} だけにかかる: -({a}^{n}) = -({product})",
        "en": "The exponent {n} applies to {a} only: -({a}^{n}) = -({product})",
    },
    "practice.solution.minus_inside_power": {
        "ja": "かっこごと {n} 回かける: `{product}`",
        "en": "Multiply the whole bracket {n} times: `{product}`",
    },
    "practice.solution.fraction_power": {
        "ja": "分子と分母をそれぞれ {n} 乗する: {p}^{n}/{q}^{n} = {top}/{bottom}",
        "en": "Raise numerator and denominator to the power {n}: {p}^{n}/{q}^{n} = {top}/{bottom}",
    },
    "practice.solution.inside_first": {
        "ja": "かっこの中を先に: {u} + {v} = {s}、次に {s}^{n}",
        "en": "The bracket first: {u} + {v} = {s}, then {s}^{n}",
    },
    "practice.solution.zero_quotient": {
        "ja": "公式 (1.3) で {a}^0 = {a}^(1−1) = {a}/{a} = 1(a ≠ 0 のとき a^0 = 1)",
        "en": "By law (1.3), {a}^0 = {a}^(1−1) = {a}/{a} = 1 (a^0 = 1 for every a ≠ 0)",
    },
    "practice.solution.zero_multiple": {
        "ja": "{a}^0 = 1 なので {c}·{a}^0 = {c}·1",
        "en": "{a}^0 = 1, so {c}·{a}^0 = {c}·1",
    },
    "practice.solution.zero_minus": {
        "ja": "指数 0 は {a} だけにかかる: -({a}^0) = -1",
        "en": "The exponent 0 applies to {a} only: -({a}^0) = -1",
    },
    "practice.solution.zero_bracket": {
        "ja": "0 でない数の 0 乗は 1: (-{a})^0 = 1",
        "en": "Any non-zero number to the power 0 is 1: (-{a})^0 = 1",
    },
    "practice.solution.law13": {
        "ja": "公式 (1.3) で指数をひく",
        "en": "Law (1.3): subtract the exponents",
    },
    "practice.solution.exponent": {"ja": "指数を計算する", "en": "Work out the exponent"},
    "practice.solution.zero_meaning": {
        "ja": "同じ数どうしの割り算なので {a}^0 = 1(a^0 = 0 ではありません)",
        "en": "A number divided by itself: {a}^0 = 1 (not 0)",
    },
    "practice.solution.law12": {
        "ja": "公式 (1.2) で負の指数を逆数に直す",
        "en": "Law (1.2): a negative exponent is a reciprocal",
    },
    "practice.solution.flip": {
        "ja": "1/({p}/{q}) = {q}/{p} なので",
        "en": "1/({p}/{q}) = {q}/{p}, so",
    },
    "practice.solution.reciprocal_of_reciprocal": {
        "ja": "逆数の逆数はもとの数",
        "en": "The reciprocal of a reciprocal is the number itself",
    },
    "practice.solution.root": {
        "ja": "{b}^{n} = {a} なので {a} の {n} 乗根は {b}",
        "en": "{b}^{n} = {a}, so the {n}-th root of {a} is {b}",
    },
    "practice.solution.law14_root": {
        "ja": "公式 (1.4) で {a}^({m}/{n}) = ({a}^(1/{n}))^{m}",
        "en": "By law (1.4), {a}^({m}/{n}) = ({a}^(1/{n}))^{m}",
    },
    "practice.solution.power_of_root": {"ja": "累乗を計算する", "en": "Take the power"},
    "practice.solution.law11": {
        "ja": "公式 (1.1) で指数をたす",
        "en": "Law (1.1): add the exponents",
    },
    "practice.solution.law12_up": {
        "ja": "公式 (1.2) 1/a^x = a^(-x) で分母の累乗を上げる",
        "en": "Law (1.2) 1/a^x = a^(-x): move the power up",
    },
    "practice.solution.zero": {
        "ja": "0 でない数の 0 乗は 1",
        "en": "A non-zero number to the power 0 is 1",
    },
    "practice.solution.evaluate": {"ja": "計算する", "en": "Work it out"},
    "practice.solution.law14": {
        "ja": "公式 (1.4) で指数をかける",
        "en": "Law (1.4): multiply the exponents",
    },
    "practice.solution.derivation": {
        "ja": "y = {f} を微分の規則で一つずつ書き換えます。",
        "en": "Differentiate y = {f} one rule at a time.",
    },
    "practice.solution.interest": {
        "ja": "1 年ごとに (1 + {r}/100) 倍、{n} 年で",
        "en": "Multiplied by (1 + {r}/100) every year, for {n} years:",
    },
    "practice.solution.interest_periods": {
        "ja": "1 回の利率は {r} %/{m} = {per}、回数は {m}×{t} = {count} 回なので",
        "en": "Each period adds {r} %/{m} = {per}, over {m}×{t} = {count} periods:",
    },
    "practice.solution.continuous": {
        "ja": "連続複利では元金の e^(rt) 倍(r = {r}/100、t = {t})",
        "en": "Compounded continuously, the principal grows by e^(rt) (r = {r}/100, t = {t}):",
    },
    "practice.solution.amount": {"ja": "元利合計 {value} 円", "en": "The amount is ¥{value}"},
    "practice.solution.doublings": {
        "ja": "{t} 分 ÷ {T} 分 = {k} 回、2 倍になる",
        "en": "{t} min ÷ {T} min = {k} doublings",
    },
    "practice.solution.doubling_count": {
        "ja": "{N0} の 2^{k} 倍",
        "en": "{N0} times 2^{k}:",
    },
    "practice.solution.ratio": {
        "ja": "{M} ÷ {N0} = {ratio} = 2^{k} なので、{k} 回 2 倍になる",
        "en": "{M} ÷ {N0} = {ratio} = 2^{k}: {k} doublings",
    },
    "practice.solution.doubling_minutes": {
        "ja": "1 回が {T} 分なので {k}×{T} 分",
        "en": "{T} minutes each, so {k}×{T} minutes:",
    },
    "practice.solution.rate_equation": {
        "ja": "N(t + {T}) = 2N(t) より N0·e^(k(t+{T})) = 2·N0·e^(kt)、つまり e^({T}k) = 2",
        "en": "N(t + {T}) = 2N(t) gives N0·e^(k(t+{T})) = 2·N0·e^(kt), so e^({T}k) = 2",
    },
    "practice.solution.rate_log": {
        "ja": "両辺の自然対数をとると {T}k = log 2 なので",
        "en": "Taking natural logarithms, {T}k = log 2, so",
    },
    "practice.solution.log_product": {
        "ja": "積の対数 log_a M + log_a N = log_a(MN) でまとめる",
        "en": "By the product law, log_a M + log_a N = log_a(MN)",
    },
    "practice.solution.log_quotient": {
        "ja": "商の対数 log_a M - log_a N = log_a(M/N) でまとめる",
        "en": "By the quotient law, log_a M - log_a N = log_a(M/N)",
    },
    "practice.solution.log_power": {
        "ja": "累乗の対数 log_a M^r = r log_a M で指数を前に出す",
        "en": "By the power law, log_a M^r = r log_a M",
    },
    "practice.solution.log_value": {
        "ja": "{a}^{j} = {m} なので log_{a} {m} = {j}",
        "en": "{a}^{j} = {m}, so log_{a} {m} = {j}",
    },
    "practice.solution.log_power_up": {
        "ja": "累乗の対数で係数を真数の指数にする: {q} log_{a} {m} = log_{a} {m}^{q}",
        "en": "By the power law, the coefficient becomes an exponent: "
        "{q} log_{a} {m} = log_{a} {m}^{q}",
    },
    "practice.solution.halvings": {
        "ja": "{t} 年 ÷ {T} 年 = {k} 回、半分になる",
        "en": "{t} years ÷ {T} years = {k} halvings",
    },
    "practice.solution.halving_count": {
        "ja": "{N0} g の (1/2)^{k} 倍",
        "en": "{N0} g times (1/2)^{k}:",
    },
    "practice.solution.fraction_halvings": {
        "ja": "{f} = (1/2)^{k} なので、{k} 回半分になる",
        "en": "{f} = (1/2)^{k}: {k} halvings",
    },
    "practice.solution.halving_time": {
        "ja": "1 回が {T} 年なので {k}×{T} 年",
        "en": "{T} years each, so {k}×{T} years:",
    },
    "practice.solution.decay_equation": {
        "ja": "t 年後に残る割合は (1/2)^(t/{T}) なので (1/2)^(t/{T}) = 1/{m}",
        "en": "The share left after t years is (1/2)^(t/{T}), so (1/2)^(t/{T}) = 1/{m}",
    },
    "practice.solution.decay_logs": {
        "ja": "両辺の自然対数をとると (t/{T}) log(1/2) = log(1/{m})、"
        "つまり -(t/{T}) log 2 = -log {m}",
        "en": "Taking natural logarithms, (t/{T}) log(1/2) = log(1/{m}), that is "
        "-(t/{T}) log 2 = -log {m}",
    },
    "practice.solution.decay_log_time": {
        "ja": "よって t = {T} log {m} / log 2(年)",
        "en": "So t = {T} log {m} / log 2 (years):",
    },
    # --- verdicts ---
    "practice.verdict.title": {"ja": "答えの確認", "en": "Your answer"},
    "practice.verdict.your_answer": {
        "ja": "あなたの答え: `{answer}`",
        "en": "Your answer: `{answer}`",
    },
    "practice.verdict.correct": {
        "ja": "○ 正解です!",
        "en": "✓ Correct!",
    },
    "practice.verdict.form": {
        "ja": "△ 値は合っています。ただし、まだ{form}。",
        "en": "△ The value is right, but it is not yet {form}.",
    },
    "practice.form.number": {
        "ja": "一つの数になっていません(累乗や計算が残っています)。計算して 1 つの数(分数・小数も可)にしましょう",
        "en": "a single number (powers or operations remain); work it out to one number "
        "(a fraction or a decimal is fine)",
    },
    "practice.form.product": {
        "ja": "累乗の積のままです。公式 (1.1) で指数をまとめ、一つの累乗にしましょう",
        "en": "a single power: it is still a product; combine the exponents with law (1.1)",
    },
    "practice.form.quotient": {
        "ja": "分数の形のままです。公式 (1.2)・(1.3) で分母の累乗を指数に移し、一つの累乗にしましょう",
        "en": "a single power: it is still a fraction; move the denominator into the exponent "
        "with law (1.2) or (1.3)",
    },
    "practice.form.power_of_power": {
        "ja": "累乗の累乗のままです。公式 (1.4) で指数をかけて一つの累乗にしましょう",
        "en": "a single power: it is still a power of a power; multiply the exponents with "
        "law (1.4)",
    },
    "practice.form.number_not_power": {
        "ja": "累乗の形ではありません(数になっています)。底と指数を残した一つの累乗で書きましょう",
        "en": "a power: it is a plain number; keep one base and one exponent",
    },
    "practice.form.negative": {
        "ja": "正の底の累乗になっていません。底は正の数にしましょう",
        "en": "a power of a positive base",
    },
    "practice.form.not_power": {
        "ja": "一つの累乗になっていません。底(定数)と指数が一つずつの形にしましょう",
        "en": "a single power with a constant base and one exponent",
    },
    "practice.form.not_log": {
        "ja": "一つの対数 log_a(…) の形になっていません。対数の性質でまとめ、`log_3(25)` の"
        "ように入力しましょう",
        "en": "a single logarithm log_a(…): combine it with the laws of logarithms and type "
        "it like `log_3(25)`",
    },
    "practice.verdict.mistake": {
        "ja": "× まだ正しくありません。考えられる原因: **{name}**",
        "en": "✗ Not yet right. The likely slip: **{name}**",
    },
    "practice.verdict.mistake_rounded": {
        "ja": "(小数の丸めを除けば、この間違いの答えと一致します)",
        "en": "(Up to the rounding of your decimals, it matches this slip.)",
    },
    "practice.verdict.law": {
        "ja": "関係する公式: ({law}) → `/law {law}`",
        "en": "The law involved: ({law}) → `/law {law}`",
    },
    "practice.verdict.log_law": {
        "ja": "関係する法則: {name} `{statement}` → `/log`",
        "en": "The law involved: {name}, `{statement}` → `/log`",
    },
    "practice.verdict.graph.decreasing": {
        "ja": "関係する性質: 0 < a < 1 のとき y = a^x は減少関数 → `/graph {bases}`",
        "en": "The property involved: for 0 < a < 1, y = a^x is decreasing → `/graph {bases}`",
    },
    "practice.verdict.graph.increasing": {
        "ja": "関係する性質: a > 1 のとき y = a^x は増加関数 → `/graph {bases}`",
        "en": "The property involved: for a > 1, y = a^x is increasing → `/graph {bases}`",
    },
    "practice.verdict.rounded": {
        "ja": "△ おしいです。小数の丸めの範囲で合っていますが、正確な値ではありません。"
        "分数や log(2)、e^(1/2) のような正確な形で答えましょう。",
        "en": "△ Close: it agrees up to the rounding of your decimals, but it is not exact. "
        "Give the exact value (fractions, log(2), e^(1/2) …).",
    },
    "practice.verdict.rounded_amount": {
        "ja": "△ おしいです。円単位に丸めた値としては合っています。正確な値(計算式のままでも可)で答えましょう。",
        "en": "△ Close: that is the amount rounded to the yen. Give the exact value (the "
        "calculation itself is fine).",
    },
    "practice.verdict.factor": {
        "ja": "× どの x でも正しい答えのちょうど {factor} 倍になっています。"
        "定数の因数(log a や合成関数の微分でかける数)を見直しましょう。",
        "en": "✗ At every x your answer is exactly {factor} times the right one: a constant "
        "factor is off (check log a and the factor from the chain rule).",
    },
    "practice.verdict.sign": {
        "ja": "× どの x でも正しい答えと符号だけが逆です。マイナスの扱いを見直しましょう。",
        "en": "✗ At every x your answer has the opposite sign of the right one: check the "
        "minus signs.",
    },
    "practice.verdict.different": {
        "ja": "× 正しい答えと等しくありません。",
        "en": "✗ That is not equal to the right answer.",
    },
    "practice.verdict.point": {
        "ja": "たとえば x = {x} のとき、あなたの式は {answer}、正しい答えは {right} です。",
        "en": "For example at x = {x}, yours is {answer} but the right answer is {right}.",
    },
    "practice.verdict.value": {
        "ja": "あなたの答えの値は {value} です。",
        "en": "Your answer's value is {value}.",
    },
    "practice.verdict.undefined": {
        "ja": "× あなたの式は、調べた点で実数の値をもたないか、大きすぎて比べられません。",
        "en": "✗ Your expression has no real value at the points tried, or is too large to "
        "compare.",
    },
    "practice.verdict.hint": {"ja": "ヒント: {hint}", "en": "Hint: {hint}"},
    "practice.verdict.kind": {
        "ja": "まちがいは学びの近道です。ヒントを見るか、もう一度どうぞ。",
        "en": "Mistakes are how we learn: take a hint or try again.",
    },
    # --- errors ---
    "practice.bad_skill": {
        "ja": "`{skill}` という練習はありません。使えるもの: {skills}。例: `/practice law1.1 2`",
        "en": "There is no skill `{skill}`. The skills are: {skills}. "
        "Try for example `/practice law1.1 2`.",
    },
    "practice.need_range": {
        "ja": "答えは x の範囲で書いてください(`x < 5/7`、`x >= -3/7`、`-1/7 < x < 2/7` のように。"
        "≦ ≧ も使えます)。例: `{example}`",
        "en": "Give the answer as a range of x, such as `x < 5/7`, `x >= -3/7` or `-1/7 < x < 2/7` "
        "(≤ and ≥ work too). Try for example `{example}`.",
    },
    "practice.bad_exercise": {
        "ja": "問題番号 `{given}` が読めません。新しい問題は `/practice law1.1 2` で出せます。",
        "en": "The exercise id `{given}` cannot be read. Get a new exercise with "
        "`/practice law1.1 2`.",
    },
    "check.unreadable": {
        "ja": "確かめたい内容が読めません。次のどれかの形で書いてください:\n"
        "- 等式: `/check 2^3*2^4 = 2^7`\n"
        "- 導関数: `/check diff 2^x 2^x*log(2)`(`/check (2^x)' = 2^x*log(2)` でも可)\n"
        "- 値: `/check pow -2^2 -4`(底と指数を分けて `/check pow 2 3 8` でも可)",
        "en": "I cannot read that claim. Write it in one of these forms:\n"
        "- an equality: `/check 2^3*2^4 = 2^7`\n"
        "- a derivative: `/check diff 2^x 2^x*log(2)` (or `/check (2^x)' = 2^x*log(2)`)\n"
        "- a value: `/check pow -2^2 -4` (or base and exponent apart: `/check pow 2 3 8`)",
    },
    "check.ambiguous": {
        "ja": "`{claim}` はどこで式が分かれるか決められません。`=` で区切ってください。"
        "例: `/check diff 2^x = 2^x*log(2)`",
        "en": "I cannot tell where one expression ends in `{claim}`. Separate them with `=`, "
        "for example `/check diff 2^x = 2^x*log(2)`.",
    },
    "check.not_a_function": {
        "ja": "微分する式に x がありません。例: `/check diff 2^x 2^x*log(2)`",
        "en": "The function to differentiate has no x in it. Try for example "
        "`/check diff 2^x 2^x*log(2)`.",
    },
    "check.no_x_in_value": {
        "ja": "値の確認では x は使えません。式の等しさは `/check 2^x*2^(2x) = 2^(3x)` のように確かめられます。",
        "en": "A value claim takes numbers only. To check an identity in x, write for example "
        "`/check 2^x*2^(2x) = 2^(3x)`.",
    },
    "check.title": {"ja": "確認: {claim}", "en": "Check: {claim}"},
    "check.correct": {
        "ja": "○ 正しいです: `{left} = {right}`",
        "en": "✓ That is right: `{left} = {right}`",
    },
    "check.correct_derivative": {
        "ja": "○ 正しいです: `({f})' = {claimed}`",
        "en": "✓ That is right: `({f})' = {claimed}`",
    },
    "check.result": {"ja": "正しい結果: `{result}`", "en": "The right result: `{result}`"},
    "check.steps": {"ja": "途中の式", "en": "Steps"},
    # --- the mistakes: a name, and what went wrong on this task ---
    "practice.mistake.product_exponents_multiplied.name": {
        "ja": "積で指数をかけた",
        "en": "Multiplied the exponents of a product",
    },
    "practice.mistake.product_exponents_multiplied.explain": {
        "ja": "`{site}` で指数どうしをかけて `{wrong}` としています。"
        "底が同じ累乗の積では、指数はたします: `{right}`。",
        "en": "In `{site}` the exponents were multiplied, giving `{wrong}`. When powers of the "
        "same base are multiplied, the exponents add: `{right}`.",
    },
    "practice.mistake.product_bases_multiplied.name": {
        "ja": "底どうしもかけた",
        "en": "Multiplied the bases too",
    },
    "practice.mistake.product_bases_multiplied.explain": {
        "ja": "`{site}` で底もかけ合わせて `{wrong}` としています。"
        "底はそのままで、指数だけをたします: `{right}`。",
        "en": "In `{site}` the bases were multiplied as well, giving `{wrong}`. The base stays "
        "as it is; only the exponents add: `{right}`.",
    },
    "practice.mistake.quotient_exponents_added.name": {
        "ja": "商を積のように扱った",
        "en": "Treated a quotient like a product",
    },
    "practice.mistake.quotient_exponents_added.explain": {
        "ja": "`{site}` で指数をたして `{wrong}` としています。"
        "割り算では分母の指数をひきます: `{right}`。",
        "en": "In `{site}` the exponents were added, giving `{wrong}`. Dividing subtracts the "
        "exponent of the denominator: `{right}`.",
    },
    "practice.mistake.quotient_exponents_divided.name": {
        "ja": "指数どうしを割った",
        "en": "Divided the exponents",
    },
    "practice.mistake.quotient_exponents_divided.explain": {
        "ja": "`{site}` で指数を割り算して `{wrong}` としています。"
        "累乗の割り算では指数をひきます: `{right}`。",
        "en": "In `{site}` the exponents were divided, giving `{wrong}`. Dividing powers "
        "subtracts the exponents: `{right}`.",
    },
    "practice.mistake.quotient_backwards.name": {
        "ja": "指数を逆向きにひいた",
        "en": "Subtracted the exponents the wrong way round",
    },
    "practice.mistake.quotient_backwards.explain": {
        "ja": "`{site}` で分母の指数から分子の指数をひいて `{wrong}` としています。"
        "(分子の指数)−(分母の指数)です: `{right}`。",
        "en": "In `{site}` the numerator's exponent was subtracted from the denominator's, "
        "giving `{wrong}`. It is numerator minus denominator: `{right}`.",
    },
    "practice.mistake.sign_not_distributed.name": {
        "ja": "マイナスをかっこ全体にかけていない",
        "en": "The minus sign did not reach the whole bracket",
    },
    "practice.mistake.sign_not_distributed.explain": {
        "ja": "`{site}` で指数の符号を最初の項だけ変えて `{wrong}` としています。"
        "ひくのは指数全体なので、すべての項の符号が変わります: `{right}`。",
        "en": "In `{site}` only the first term of the exponent changed sign, giving `{wrong}`. "
        "The whole exponent is subtracted, so every term changes sign: `{right}`.",
    },
    "practice.mistake.power_exponents_added.name": {
        "ja": "累乗の累乗で指数をたした",
        "en": "Added the exponents of a power of a power",
    },
    "practice.mistake.power_exponents_added.explain": {
        "ja": "`{site}` で指数をたして `{wrong}` としています。"
        "累乗をさらに累乗するときは指数をかけます: `{right}`。",
        "en": "In `{site}` the exponents were added, giving `{wrong}`. Raising a power to a "
        "power multiplies the exponents: `{right}`.",
    },
    "practice.mistake.power_tower.name": {
        "ja": "指数を指数の累乗にした",
        "en": "Raised the exponent to the power",
    },
    "practice.mistake.power_tower.explain": {
        "ja": "`{site}` を `{wrong}` としています(指数の上にさらに指数)。"
        "(a^x)^y は a^x を y 個かけたものなので、指数はかけ算です: `{right}`。",
        "en": "`{site}` was written as `{wrong}`, an exponent on the exponent. (a^x)^y is y "
        "factors of a^x, so the exponents multiply: `{right}`.",
    },
    "practice.mistake.power_not_distributed.name": {
        "ja": "指数の一部の項にしかかけていない",
        "en": "Multiplied only part of the exponent",
    },
    "practice.mistake.power_not_distributed.explain": {
        "ja": "`{site}` で外の指数を最初の項だけにかけて `{wrong}` としています。"
        "指数全体にかけます: `{right}`。",
        "en": "In `{site}` the outer exponent multiplied only the first term, giving "
        "`{wrong}`. It multiplies the whole exponent: `{right}`.",
    },
    "practice.mistake.reciprocal_as_minus.name": {
        "ja": "逆数をマイナスと取りちがえた",
        "en": "Took a reciprocal for a minus sign",
    },
    "practice.mistake.reciprocal_as_minus.explain": {
        "ja": "`{site}` を `{wrong}` としています。1/a^x は負の数ではありません。"
        "指数の符号が変わります: `{right}`。",
        "en": "`{site}` was written as `{wrong}`. 1/a^x is not negative; it is the exponent "
        "that changes sign: `{right}`.",
    },
    "practice.mistake.reciprocal_exponent.name": {
        "ja": "指数を逆数にした",
        "en": "Turned the exponent upside down",
    },
    "practice.mistake.reciprocal_exponent.explain": {
        "ja": "`{site}` で指数を逆数にして `{wrong}` としています(それは累乗根です)。"
        "逆数は指数の符号を変えます: `{right}`。",
        "en": "In `{site}` the exponent was inverted, giving `{wrong}` (that is a root). "
        "A reciprocal changes the sign of the exponent: `{right}`.",
    },
    "practice.mistake.negative_as_minus.name": {
        "ja": "負の指数を負の数と取りちがえた",
        "en": "Read a negative exponent as a negative number",
    },
    "practice.mistake.negative_as_minus.explain": {
        "ja": "`{site}` を `{wrong}` としています。負の指数は逆数を表します: `{site} = {right}`。",
        "en": "`{site}` was read as `{wrong}`. A negative exponent means a reciprocal: "
        "`{site} = {right}`.",
    },
    "practice.mistake.negative_exponent_ignored.name": {
        "ja": "指数のマイナスを落とした",
        "en": "Dropped the minus of the exponent",
    },
    "practice.mistake.negative_exponent_ignored.explain": {
        "ja": "`{site}` の指数のマイナスを落として `{wrong}` としています。"
        "負の指数は逆数です: `{site} = {right}`。",
        "en": "The minus sign of the exponent in `{site}` was dropped, giving `{wrong}`. "
        "A negative exponent means a reciprocal: `{site} = {right}`.",
    },
    "practice.mistake.zero_power_zero.name": {"ja": "a^0 = 0 とした", "en": "Took a^0 to be 0"},
    "practice.mistake.zero_power_zero.explain": {
        "ja": "`{site}` を 0 としています。a ≠ 0 なら a^0 = a^x/a^x = 1 です: `{site} = {right}`。",
        "en": "`{site}` was taken as 0. For a ≠ 0, a^0 = a^x/a^x = 1: `{site} = {right}`.",
    },
    "practice.mistake.zero_power_base.name": {"ja": "a^0 = a とした", "en": "Took a^0 to be a"},
    "practice.mistake.zero_power_base.explain": {
        "ja": "`{site}` を `{wrong}` としています。a^1 = a で、a^0 はそれを a で割った 1 です。",
        "en": "`{site}` was taken as `{wrong}`. a^1 = a, and a^0 is that divided by a: 1.",
    },
    "practice.mistake.base_times_exponent.name": {
        "ja": "底と指数をかけた",
        "en": "Multiplied the base by the exponent",
    },
    "practice.mistake.base_times_exponent.explain": {
        "ja": "`{site}` を `{wrong}` と計算しています。指数は「かける回数」で、かける数ではありません。",
        "en": "`{site}` was worked out as `{wrong}`. The exponent counts the factors; it is not "
        "a factor itself.",
    },
    "practice.mistake.exponent_swapped.name": {
        "ja": "底と指数を入れかえた",
        "en": "Swapped the base and the exponent",
    },
    "practice.mistake.exponent_swapped.explain": {
        "ja": "`{site}` を `{wrong}` と計算しています。底と指数を入れかえると別の数になります。",
        "en": "`{site}` was worked out as `{wrong}`. Swapping base and exponent gives a "
        "different number.",
    },
    "practice.mistake.minus_inside.name": {
        "ja": "マイナスを底に含めた",
        "en": "Put the minus sign inside the power",
    },
    "practice.mistake.minus_inside.explain": {
        "ja": "`{site}` を `{wrong}` と読んでいます。かっこがないとき、指数はすぐ左の数だけにかかります: "
        "`{site} = {right}`。",
        "en": "`{site}` was read as `{wrong}`. Without brackets the exponent applies to the "
        "number just before it: `{site} = {right}`.",
    },
    "practice.mistake.minus_outside.name": {
        "ja": "かっこの中のマイナスを外に出した",
        "en": "Took the minus sign out of the bracket",
    },
    "practice.mistake.minus_outside.explain": {
        "ja": "`{site}` を `{wrong}` と読んでいます。かっこがあるので、負の数ごと累乗します。",
        "en": "`{site}` was read as `{wrong}`. The bracket makes the whole negative number "
        "the base.",
    },
    "practice.mistake.power_over_sum.name": {
        "ja": "和の累乗を項ごとに分けた",
        "en": "Spread a power over a sum",
    },
    "practice.mistake.power_over_sum.explain": {
        "ja": "`{site}` を `{wrong}` としています。累乗は和に分配できません。かっこの中を先に計算します。",
        "en": "`{site}` was written as `{wrong}`. A power does not spread over a sum: work out "
        "the bracket first.",
    },
    "practice.mistake.numerator_only.name": {
        "ja": "分子だけを累乗した",
        "en": "Raised only the numerator to the power",
    },
    "practice.mistake.numerator_only.explain": {
        "ja": "`{site}` を `{wrong}` としています。分数の累乗は分子と分母の両方を累乗します。",
        "en": "`{site}` was written as `{wrong}`. A power of a fraction raises both the "
        "numerator and the denominator.",
    },
    "practice.mistake.root_only.name": {
        "ja": "指数の分子を落とした",
        "en": "Dropped the numerator of the exponent",
    },
    "practice.mistake.root_only.explain": {
        "ja": "`{site}` を `{wrong}` としています。公式 (1.4) で a^(m/n) = (a^(1/n))^m: "
        "累乗根をとってから m 乗します。",
        "en": "`{site}` was taken as `{wrong}`. By law (1.4), a^(m/n) = (a^(1/n))^m: take the "
        "root, then the m-th power.",
    },
    "practice.mistake.fraction_inverted.name": {
        "ja": "分数の指数を逆にした",
        "en": "Turned the fractional exponent upside down",
    },
    "practice.mistake.fraction_inverted.explain": {
        "ja": "`{site}` を `{wrong}` としています。a^(m/n) は a の n 乗根の m 乗です"
        "(a^(1/n) は n 乗根で、a^n ではありません)。",
        "en": "`{site}` was taken as `{wrong}`. a^(m/n) is the m-th power of the n-th root of "
        "a (a^(1/n) is the n-th root, not a^n).",
    },
    "practice.mistake.power_rule_on_exponential.name": {
        "ja": "指数関数にべき関数の微分を使った",
        "en": "Used the power rule on an exponential",
    },
    "practice.mistake.power_rule_on_exponential.explain": {
        "ja": "`{site}` の微分を `{wrong}` としています。(x^n)' = n·x^(n−1) は x が底にあるときの公式です。"
        "x が指数にあるときは微分の公式 (1.5)・(1.6) を使います: `{right}`。",
        "en": "The derivative of `{site}` was taken as `{wrong}`. (x^n)' = n·x^(n−1) is for x "
        "in the base; with x in the exponent, use formulas (1.5)/(1.6): `{right}`.",
    },
    "practice.mistake.forgot_log.name": {
        "ja": "log a をかけ忘れた",
        "en": "Forgot the factor log a",
    },
    "practice.mistake.forgot_log.explain": {
        "ja": "`{site}` の微分を `{wrong}` としています。(a^x)' = a^x·log a なので、"
        "底が e でなければ log a がつきます: `{right}`。",
        "en": "The derivative of `{site}` was taken as `{wrong}`. (a^x)' = a^x·log a, so "
        "unless the base is e a factor log a appears: `{right}`.",
    },
    "practice.mistake.log10.name": {
        "ja": "常用対数(底 10)を使った",
        "en": "Used the logarithm to base 10",
    },
    "practice.mistake.log10.explain": {
        "ja": "`{wrong}` は底 10 の対数 log10 を使った値です。ここでの log は自然対数 log_e です: `{right}`。",
        "en": "`{wrong}` uses the logarithm to base 10. Here log is the natural logarithm "
        "log_e: `{right}`.",
    },
    "practice.mistake.integrated.name": {
        "ja": "微分ではなく積分した",
        "en": "Integrated instead of differentiating",
    },
    "practice.mistake.integrated.explain": {
        "ja": "`{wrong}` は `{site}` の原始関数(積分)です。微分では log a で割るのではなくかけます: `{right}`。",
        "en": "`{wrong}` is an antiderivative of `{site}`. Differentiating multiplies by log a "
        "instead of dividing: `{right}`.",
    },
    "practice.mistake.dropped_chain.name": {
        "ja": "合成関数の微分で指数の導関数をかけ忘れた",
        "en": "Dropped the chain-rule factor",
    },
    "practice.mistake.dropped_chain.explain": {
        "ja": "`{site}` の微分を `{wrong}` としています。指数が x そのものではないので、"
        "指数の導関数をかけます: `{right}`。",
        "en": "The derivative of `{site}` was taken as `{wrong}`. The exponent is not x "
        "itself, so multiply by the derivative of the exponent: `{right}`.",
    },
    "practice.mistake.inner_instead_of_derivative.name": {
        "ja": "指数の導関数ではなく指数そのものをかけた",
        "en": "Multiplied by the exponent instead of its derivative",
    },
    "practice.mistake.inner_instead_of_derivative.explain": {
        "ja": "`{site}` の微分を `{wrong}` としています。かけるのは指数 u そのものではなく、"
        "その導関数 u' です: `{right}`。",
        "en": "The derivative of `{site}` was taken as `{wrong}`. The chain rule multiplies by "
        "the derivative u' of the exponent, not by u itself: `{right}`.",
    },
    "practice.mistake.product_of_derivatives.name": {
        "ja": "積の導関数を導関数の積にした",
        "en": "Took the derivative of a product as the product of derivatives",
    },
    "practice.mistake.product_of_derivatives.explain": {
        "ja": "`{site}` の微分を `{wrong}` としています。積の微分は (uv)' = u'v + uv' です: `{right}`。",
        "en": "The derivative of `{site}` was taken as `{wrong}`. The product rule is "
        "(uv)' = u'v + uv': `{right}`.",
    },
    "practice.mistake.simple_interest.name": {
        "ja": "単利で計算した",
        "en": "Used simple interest",
    },
    "practice.mistake.simple_interest.explain": {
        "ja": "`{wrong}` は単利(利息が元金にだけつく)の計算です。複利では利息にも利息がつきます: `{right}`。",
        "en": "`{wrong}` is simple interest (interest on the principal only). Compound "
        "interest also earns interest on interest: `{right}`.",
    },
    "practice.mistake.interest_only.name": {
        "ja": "利息だけを答えた",
        "en": "Gave the interest only",
    },
    "practice.mistake.interest_only.explain": {
        "ja": "`{wrong}` は利息の分だけです。元利合計は元金を含めます: `{right}`。",
        "en": "`{wrong}` is the interest alone. The amount includes the principal: `{right}`.",
    },
    "practice.mistake.percent_not_converted.name": {
        "ja": "百分率を小数に直していない",
        "en": "Used the percentage as a plain number",
    },
    "practice.mistake.percent_not_converted.explain": {
        "ja": "`{wrong}` では利率の % をそのまま使っています。5 % は 0.05 です: `{right}`。",
        "en": "`{wrong}` uses the percentage as it is. 5 % is 0.05: `{right}`.",
    },
    "practice.mistake.rate_not_divided.name": {
        "ja": "1 回あたりの利率に直していない",
        "en": "Did not divide the rate among the periods",
    },
    "practice.mistake.rate_not_divided.explain": {
        "ja": "`{wrong}` では毎回、年利をそのまま使っています。年 m 回なら 1 回の利率は年利の 1/m です: `{right}`。",
        "en": "`{wrong}` applies the yearly rate every period. With m periods a year, each "
        "adds 1/m of it: `{right}`.",
    },
    "practice.mistake.periods_not_multiplied.name": {
        "ja": "回数を年数のままにした",
        "en": "Counted years instead of periods",
    },
    "practice.mistake.periods_not_multiplied.explain": {
        "ja": "`{wrong}` では指数が年数のままです。利息がつく回数は m × 年数 回です: `{right}`。",
        "en": "In `{wrong}` the exponent is the number of years. Interest is added m × years "
        "times: `{right}`.",
    },
    "practice.mistake.yearly_not_continuous.name": {
        "ja": "連続複利ではなく年 1 回の複利で計算した",
        "en": "Compounded yearly instead of continuously",
    },
    "practice.mistake.yearly_not_continuous.explain": {
        "ja": "`{wrong}` は年 1 回の複利です。連続複利では (1 + r/m)^m → e^r なので: `{right}`。",
        "en": "`{wrong}` compounds once a year. Continuously, (1 + r/m)^m → e^r, so: `{right}`.",
    },
    "practice.mistake.linear_growth.name": {
        "ja": "一定の数ずつ増えるとした",
        "en": "Treated doubling as growing by a fixed amount",
    },
    "practice.mistake.linear_growth.explain": {
        "ja": "`{wrong}` は毎回はじめの数だけ増える(一次関数の)計算です。"
        "倍々に増えるときは毎回 2 倍します: `{right}`。",
        "en": "`{wrong}` adds the starting number each time (linear growth). Doubling "
        "multiplies by 2 each time: `{right}`.",
    },
    "practice.mistake.times_doublings.name": {
        "ja": "2 倍を回数だけたした",
        "en": "Multiplied by 2 × the number of doublings",
    },
    "practice.mistake.times_doublings.explain": {
        "ja": "`{wrong}` では 2 に回数をかけています。n 回 2 倍にすると 2^n 倍です: `{right}`。",
        "en": "`{wrong}` multiplies 2 by the number of doublings. Doubling n times multiplies "
        "by 2^n: `{right}`.",
    },
    "practice.mistake.doublings_squared.name": {
        "ja": "回数を 2 乗した",
        "en": "Squared the number of doublings",
    },
    "practice.mistake.doublings_squared.explain": {
        "ja": "`{wrong}` では回数 n を 2 乗しています(n^2)。n 回 2 倍にすると 2^n 倍です: `{right}`。",
        "en": "`{wrong}` squares the number n of doublings (n^2). Doubling n times gives 2^n: "
        "`{right}`.",
    },
    "practice.mistake.doublings_as_time.name": {
        "ja": "回数を時間と取りちがえた",
        "en": "Gave the number of doublings as the time",
    },
    "practice.mistake.doublings_as_time.explain": {
        "ja": "`{wrong}` は 2 倍になる回数です。1 回ごとにかかる時間をかけます: `{right}` 分。",
        "en": "`{wrong}` is the number of doublings; multiply by the time each one takes: "
        "`{right}` minutes.",
    },
    "practice.mistake.inverted_rate.name": {
        "ja": "k を逆数にした",
        "en": "Turned k upside down",
    },
    "practice.mistake.inverted_rate.explain": {
        "ja": "`{wrong}` は k の逆数です。e^(kT) = 2 から kT = log 2 なので: `{right}`。",
        "en": "`{wrong}` is 1/k. From e^(kT) = 2, kT = log 2, so: `{right}`.",
    },
    "practice.mistake.rate_as_reciprocal.name": {
        "ja": "log 2 を落とした",
        "en": "Left out log 2",
    },
    "practice.mistake.rate_as_reciprocal.explain": {
        "ja": "`{wrong}` には log 2 がありません。e^(kT) = 2 から kT = log 2 です: `{right}`。",
        "en": "`{wrong}` has no log 2. From e^(kT) = 2, kT = log 2: `{right}`.",
    },
    # --- mistakes of the logarithm, equation and decay skills ---
    "practice.mistake.log_power_instead.name": {
        "ja": "指数ではなく累乗を答えた",
        "en": "Gave the power instead of the exponent",
    },
    "practice.mistake.log_power_instead.explain": {
        "ja": "`{wrong}` は {a} を {x} 乗した数です。log_{a} {x} は「{a} を何乗すると {x} に"
        "なるか」、つまり指数のほうです: `{site} = {right}`。",
        "en": "`{wrong}` is {a} raised to the power {x}. log_{a} {x} is the exponent p with "
        "{a}^p = {x}: `{site} = {right}`.",
    },
    "practice.mistake.log_divided.name": {
        "ja": "真数を底で割った",
        "en": "Divided the number by the base",
    },
    "practice.mistake.log_divided.explain": {
        "ja": "`{wrong}` は {x} を {a} で割った数です。対数は割り算ではなく、{a}^p = {x} となる"
        "指数 p です: `{site} = {right}`。",
        "en": "`{wrong}` is {x} divided by {a}. A logarithm is not a quotient: it is the "
        "exponent p with {a}^p = {x}: `{site} = {right}`.",
    },
    "practice.mistake.log_reciprocal.name": {
        "ja": "底と真数を入れかえた",
        "en": "Swapped the base and the number",
    },
    "practice.mistake.log_reciprocal.explain": {
        "ja": "`{wrong}` は正しい値の逆数で、底と真数を入れかえた対数の値です。"
        "log_a x では a が底(右下に小さく書く数)、x が真数です: `{site} = {right}`。",
        "en": "`{wrong}` is the reciprocal of the right value: the logarithm with the base "
        "and the number swapped. In log_a x, a (written small, below) is the base: "
        "`{site} = {right}`.",
    },
    "practice.mistake.common_base_exponent.name": {
        "ja": "共通の底の指数をそのまま答えた",
        "en": "Gave the exponent of the common base",
    },
    "practice.mistake.common_base_exponent.explain": {
        "ja": "{n} は {x} = {c}^{n} の指数です。求めるのは底 {a} = {c}^{m} の指数なので、"
        "{n} を {m} で割ります: `{site} = {right}`。",
        "en": "{n} is the exponent in {x} = {c}^{n}. The question asks for a power of "
        "{a} = {c}^{m}, so divide by {m}: `{site} = {right}`.",
    },
    "practice.mistake.log_sign_dropped.name": {
        "ja": "符号を落とした",
        "en": "Dropped the minus sign",
    },
    "practice.mistake.log_sign_dropped.explain": {
        "ja": "`{wrong}` は正しい値と符号が逆です。底と真数の一方だけが 1 より小さいとき、"
        "対数の値は負になります: `{site} = {right}`。",
        "en": "`{wrong}` has the wrong sign. When just one of the base and the number is "
        "below 1, the logarithm is negative: `{site} = {right}`.",
    },
    "practice.mistake.log_sum_inside.name": {
        "ja": "真数どうしをたした",
        "en": "Added the numbers inside the logarithms",
    },
    "practice.mistake.log_sum_inside.explain": {
        "ja": "`{site}` を `{wrong}` としています。対数の和は真数の積の対数です"
        "(和の対数ではありません): `{right}`。",
        "en": "`{site}` was turned into `{wrong}`. A sum of logarithms is the logarithm of "
        "the product, not of the sum: `{right}`.",
    },
    "practice.mistake.log_difference_inside.name": {
        "ja": "真数どうしをひいた",
        "en": "Subtracted the numbers inside the logarithms",
    },
    "practice.mistake.log_difference_inside.explain": {
        "ja": "`{site}` を `{wrong}` としています。対数の差は真数の商の対数です"
        "(差の対数ではありません): `{right}`。",
        "en": "`{site}` was turned into `{wrong}`. A difference of logarithms is the "
        "logarithm of the quotient, not of the difference: `{right}`.",
    },
    "practice.mistake.log_quotient_upside_down.name": {
        "ja": "割る順序を逆にした",
        "en": "Divided the wrong way up",
    },
    "practice.mistake.log_quotient_upside_down.explain": {
        "ja": "`{wrong}` は `{upside}` の値で、割る順序が逆です。"
        "log_a M - log_a N = log_a(M/N) なので: `{right}`。",
        "en": "`{wrong}` is the value of `{upside}`: the quotient is upside down. "
        "log_a M - log_a N = log_a(M/N), so: `{right}`.",
    },
    "practice.mistake.answer_is_argument.name": {
        "ja": "対数ではなく真数を答えた",
        "en": "Gave the number inside the logarithm",
    },
    "practice.mistake.answer_is_argument.explain": {
        "ja": "`{wrong}` は `{site}` の真数です。求めるのはその対数の値です: `{site} = {right}`。",
        "en": "`{wrong}` is the number inside `{site}`; the question asks for its "
        "logarithm: `{site} = {right}`.",
    },
    "practice.mistake.power_of_log.name": {
        "ja": "対数の値を累乗した",
        "en": "Raised the logarithm to the power",
    },
    "practice.mistake.power_of_log.explain": {
        "ja": "`{wrong}` は対数の値を累乗しています(log_a M^r を (log_a M)^r としています)。"
        "真数の指数 r は対数の前にかけ算で出ます: `{site} = {right}`。",
        "en": "`{wrong}` raises the logarithm to the power (log_a M^r taken as (log_a M)^r). "
        "The exponent r comes out in front as a factor: `{site} = {right}`.",
    },
    "practice.mistake.log_power_dropped.name": {
        "ja": "真数の指数を落とした",
        "en": "Dropped the exponent of the number",
    },
    "practice.mistake.log_power_dropped.explain": {
        "ja": "`{wrong}` は真数の指数を使っていません。log_a M^r = r log_a M なので: "
        "`{site} = {right}`。",
        "en": "`{wrong}` leaves out the exponent of the number. log_a M^r = r log_a M, so: "
        "`{site} = {right}`.",
    },
    "practice.mistake.coefficient_inside.name": {
        "ja": "係数を真数にかけた",
        "en": "Multiplied the number by the coefficient",
    },
    "practice.mistake.coefficient_inside.explain": {
        "ja": "`{wrong}` では係数を真数にかけています。r log_a M = log_a M^r で、係数は真数の"
        "指数になります: `{right}`。",
        "en": "`{wrong}` multiplies the number by the coefficient. r log_a M = log_a M^r: the "
        "coefficient becomes an exponent of the number: `{right}`.",
    },
    "practice.mistake.exponent_equals_number.name": {
        "ja": "指数を右辺の数とそのまま比べた",
        "en": "Compared the exponent with the number itself",
    },
    "practice.mistake.exponent_equals_number.explain": {
        "ja": "指数 `{exponent}` を {number} そのものと比べています。指数どうしを比べる前に、"
        "{number} を同じ底の累乗 `{power}` で表します。",
        "en": "The exponent `{exponent}` was compared with {number} itself. Before comparing "
        "exponents, write {number} as a power of the same base: `{power}`.",
    },
    "practice.mistake.bases_not_matched.name": {
        "ja": "底をそろえずに指数を比べた",
        "en": "Compared exponents of different bases",
    },
    "practice.mistake.bases_not_matched.explain": {
        "ja": "底がちがう累乗のまま指数どうしを比べています。指数を比べてよいのは底が同じとき"
        "だけです。まず両辺を底 {c} の累乗で表します(公式 (1.4) (a^m)^u = a^(mu))。",
        "en": "The exponents were compared while the bases still differ; exponents can be "
        "compared only for one base. First write both sides as powers of {c} (law 1.4: "
        "(a^m)^u = a^(mu)).",
    },
    "practice.mistake.reciprocal_base_as_base.name": {
        "ja": "底 1/a を a として扱った",
        "en": "Treated the base 1/a as a",
    },
    "practice.mistake.reciprocal_base_as_base.explain": {
        "ja": "底 `{a}` を `{b}` のように扱っています。公式 (1.2) より `{a}^x = {power}` なので、"
        "`{b}` の累乗で表すと指数の符号が変わります。",
        "en": "The base `{a}` was treated like `{b}`. By law (1.2), `{a}^x = {power}`: as a "
        "power of `{b}` the exponent changes sign.",
    },
    "practice.mistake.log_upside_down.name": {
        "ja": "対数の比を逆にした",
        "en": "Divided the logarithms the wrong way up",
    },
    "practice.mistake.log_upside_down.explain": {
        "ja": "`{wrong}` は分子と分母が逆です。a^x = N なら x log a = log N なので、"
        "x = log N / log a(底の変換公式 log_a N = log N / log a)です: `{right}`。",
        "en": "`{wrong}` is upside down. From a^x = N, x log a = log N, so x = log N / log a "
        "(change of base, log_a N = log N / log a): `{right}`.",
    },
    "practice.mistake.numbers_divided.name": {
        "ja": "対数ではなく数どうしを割った",
        "en": "Divided the numbers instead of their logarithms",
    },
    "practice.mistake.numbers_divided.explain": {
        "ja": "{number}/{a} は数どうしの割り算です。{a}^x = {number} の x は、"
        "対数の比 `{right}` です。",
        "en": "{number}/{a} divides the numbers themselves. The x with {a}^x = {number} is "
        "the ratio of their logarithms, `{right}`.",
    },
    "practice.mistake.log_of_quotient.name": {
        "ja": "対数の商を商の対数にした",
        "en": "Took the log of the quotient for the quotient of logs",
    },
    "practice.mistake.log_of_quotient.explain": {
        "ja": "`{wrong}` は商の対数で、log N - log a に等しく、対数の商 log N / log a とは"
        "別の数です。正しくは `{right}` です。",
        "en": "`{wrong}` is the logarithm of a quotient, log N - log a, not the quotient of "
        "the logarithms log N / log a. The right one is `{right}`.",
    },
    "practice.mistake.direction_reversed.name": {
        "ja": "底が 1 より大きいのに不等号の向きを変えた",
        "en": "Turned the inequality round for a base above 1",
    },
    "practice.mistake.direction_reversed.explain": {
        "ja": "底 {a} は 1 より大きく、y = {power} は増加関数なので、指数どうしを比べても"
        "不等号の向きは変わりません。",
        "en": "The base {a} is above 1 and y = {power} is increasing, so comparing the "
        "exponents keeps the direction of the inequality.",
    },
    "practice.mistake.direction_kept.name": {
        "ja": "底が 1 より小さいのに不等号の向きを変えなかった",
        "en": "Kept the direction for a base below 1",
    },
    "practice.mistake.direction_kept.explain": {
        "ja": "底 {a} は 0 と 1 の間で、y = {power} は減少関数です。累乗が大きいほど指数は"
        "小さいので、指数どうしを比べると不等号の向きが逆になります。",
        "en": "The base {a} is between 0 and 1, so y = {power} is decreasing: the larger the "
        "power, the smaller the exponent. Comparing the exponents turns the inequality round.",
    },
    "practice.mistake.boundary_changed.name": {
        "ja": "等号を含むかどうかを取りちがえた",
        "en": "Got the boundary wrong (< and ≤)",
    },
    "practice.mistake.boundary_changed.explain": {
        "ja": "境界の値を含むかどうかが逆です。両辺が等しくなるのは境界の x だけなので、"
        "もとの不等号が < なら答えも < 、≦ なら ≦ です。",
        "en": "The boundary is included the wrong way. The two sides are equal only at the "
        "boundary, so < in the problem gives < in the answer and ≤ gives ≤.",
    },
    "practice.mistake.t_range_as_x.name": {
        "ja": "t の範囲を x の範囲として答えた",
        "en": "Gave the range of t as the range of x",
    },
    "practice.mistake.t_range_as_x.explain": {
        "ja": "t = {a}^x の範囲をそのまま x の範囲にしています。t の範囲の両端を {a} の累乗で"
        "表し、{a}^x の不等式から x の範囲を求めます。",
        "en": "The range of t = {a}^x was given as the range of x. Write the ends of the "
        "range of t as powers of {a}, then read off the range of x.",
    },
    "practice.mistake.halved_t_times.name": {
        "ja": "t 回半分にした(t/T 回ではなく)",
        "en": "Halved t times instead of t/T times",
    },
    "practice.mistake.halved_t_times.explain": {
        "ja": "`{wrong}` では経過時間の数だけ半分にしています。半分になるのは半減期 T ごと、"
        "つまり t/T 回です: `{right}`。",
        "en": "`{wrong}` halves once for every year. The amount halves once per half-life T, "
        "that is t/T times: `{right}`.",
    },
    "practice.mistake.halvings_multiplied.name": {
        "ja": "2 × 回数 で割った",
        "en": "Divided by 2 × the number of halvings",
    },
    "practice.mistake.halvings_multiplied.explain": {
        "ja": "`{wrong}` では 2 に回数をかけて割っています。n 回半分にすると (1/2)^n 倍です: "
        "`{right}`。",
        "en": "`{wrong}` divides by 2 times the number of halvings. Halving n times "
        "multiplies by (1/2)^n: `{right}`.",
    },
    "practice.mistake.decayed_amount.name": {
        "ja": "減った量を答えた",
        "en": "Gave the amount that decayed",
    },
    "practice.mistake.decayed_amount.explain": {
        "ja": "`{wrong}` は減った量です。問われているのは残っている量です: `{right}`。",
        "en": "`{wrong}` is the amount that decayed; the question asks what is left: `{right}`.",
    },
    "practice.mistake.halvings_as_time.name": {
        "ja": "回数を時間と取りちがえた",
        "en": "Gave the number of halvings as the time",
    },
    "practice.mistake.halvings_as_time.explain": {
        "ja": "`{wrong}` は半分になる回数です。1 回ごとに半減期 T かかるので、時間は"
        "回数 × T です: `{right}`。",
        "en": "`{wrong}` is the number of halvings; each takes one half-life T, so the time "
        "is halvings × T: `{right}`.",
    },
    "practice.mistake.denominator_as_halvings.name": {
        "ja": "分母の数だけ半減期がたつとした",
        "en": "Took the denominator as the number of half-lives",
    },
    "practice.mistake.denominator_as_halvings.explain": {
        "ja": "`{wrong}` では分母の数だけ半減期がたつとしています。n 回半分になると残りは "
        "1/2^n なので、(1/2)^(t/T) が目標の割合になる t を求めます: `{right}`。",
        "en": "`{wrong}` counts one half-life per unit of the denominator. After n halvings "
        "1/2^n is left, so find the t with (1/2)^(t/T) equal to the share: `{right}`.",
    },
    "practice.mistake.linear_decay.name": {
        "ja": "一定の量ずつ減るとした",
        "en": "Treated the decay as linear",
    },
    "practice.mistake.linear_decay.explain": {
        "ja": "`{wrong}` は、はじめの量の半分ずつ一定の速さで減るとした計算です。実際には"
        "そのとき残っている量の半分ずつ減るので、減り方はだんだんゆるやかになります: "
        "`{right}`。",
        "en": "`{wrong}` assumes the amount falls at a steady rate, half of the start per "
        "half-life. It halves what is left each time, so it falls ever more slowly: "
        "`{right}`.",
    },
    "practice.mistake.log_sign_lost.name": {
        "ja": "log(1/2) の負の符号を落とした",
        "en": "Lost the minus sign of log(1/2)",
    },
    "practice.mistake.log_sign_lost.explain": {
        "ja": "`{wrong}` は負の時間です。log(1/2) = -log 2、log(1/m) = -log m とどちらも負"
        "なので、符号は打ち消し合います: `{right}`。",
        "en": "`{wrong}` is a negative time. log(1/2) = -log 2 and log(1/m) = -log m are "
        "both negative, so the signs cancel: `{right}`.",
    },
}
