"""Messages of /pow."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "pow.description": {
        "ja": "累乗を計算して、なぜその値になるかを説明します(例: /pow 2 3)",
        "en": "Compute a power and explain why it has that value (e.g. /pow 2 3)",
    },
    "pow.option.base": {
        "ja": "底(掛ける数)。例: 2、1/2、-8、e",
        "en": "The base (the number multiplied). E.g. 2, 1/2, -8, e",
    },
    "pow.option.exponent": {
        "ja": "指数(掛ける回数)。例: 3、-3、2/3、9^9",
        "en": "The exponent (how many factors). E.g. 3, -3, 2/3, 9^9",
    },
    "pow.need_exponent": {
        "ja": "指数がありません。底と指数を分けて `/pow {base} 3` のように、または `/pow {base}^3` と書いてください。",
        "en": "The exponent is missing. Give base and exponent, as in `/pow {base} 3`, or write `/pow {base}^3`.",
    },
    "pow.did_you_mean": {
        "ja": "`{suggestion}` のことでしょうか? `/pow` には底と指数を分けて渡します({power} なら `{suggestion}`)。",
        "en": "Did you mean `{suggestion}`? `/pow` takes the base and the exponent as two values ({power} is `{suggestion}`).",
    },
    "pow.base_too_large": {
        "ja": "底が大きすぎて計算できません(上限 {limit} 桁)。大きな累乗は指数の側に置いてください。例: `/pow 9 9^9`",
        "en": "The base is too large to compute (the limit is {limit} digits). Put the big power in the exponent instead, for example `/pow 9 9^9`.",
    },
    "pow.huge_exponent_kind": {
        "ja": "とても大きな指数は、正の整数の累乗(`9^9^9` のような塔)のときだけ扱えます。例: `/pow 9 9^9^9`",
        "en": "An astronomically large exponent must be a tower of positive whole numbers, such as `9^9^9`. Try for example `/pow 9 9^9^9`.",
    },
    "pow.zero_negative": {
        "ja": "0 の負の数乗は定義されません。{expr} = {reciprocal}(公式 1.2)となり、0 で割ることになるからです。例: `/pow 0 3`",
        "en": "0 to a negative power is undefined: {expr} = {reciprocal} (law 1.2), a division by zero. Try for example `/pow 0 3`.",
    },
    "pow.law": {"ja": "公式 {id}", "en": "law {id}"},
    "pow.field.base": {"ja": "底", "en": "Base"},
    "pow.field.exponent": {"ja": "指数", "en": "Exponent"},
    "pow.field.value": {"ja": "値", "en": "Value"},
    "pow.field.decimal": {"ja": "小数(15 桁)", "en": "Decimal (15 digits)"},
    "pow.field.fraction": {"ja": "分数", "en": "Fraction"},
    "pow.field.digits": {"ja": "桁数", "en": "Digits"},
    "pow.field.long_count": {
        "ja": "{leading}…({count:,} 桁)",
        "en": "{leading}… ({count:,} digits)",
    },
    "pow.field.leading": {"ja": "先頭の 15 桁", "en": "First 15 digits"},
    "pow.field.trailing": {"ja": "末尾の 10 桁", "en": "Last 10 digits"},
    "pow.field.real_root": {"ja": "実数の値(実数の根から)", "en": "Real value (real root)"},
    "pow.field.principal": {"ja": "主値(複素数)", "en": "Principal value (complex)"},
    "pow.image.digits": {"ja": "桁数", "en": "digits"},
    "pow.image.size": {
        "ja": "桁数の桁数を {level} 回たどると {count} 桁",
        "en": "the digit count of the digit count, {level} levels deep, has {count} digits",
    },
    "pow.alt": {"ja": "数式: {formula}", "en": "Formula: {formula}"},
    "pow.file.count_alt": {
        "ja": "{expr} の桁数の全桁({digits} 桁)",
        "en": "All {digits} digits of the number of digits of {expr}",
    },
    "pow.undecided": {
        "ja": "この数の大きさを確実に決められませんでした(境目にとても近い値です)。別の数で試してください。例: `{example}`",
        "en": "I could not decide the size of this number with certainty (it sits extremely close to a boundary). Try another one, for example `{example}`.",
    },
    "pow.file.alt": {"ja": "{expr} の全桁({digits} 桁)", "en": "All {digits} digits of {expr}"},
    "pow.action.next": {"ja": "{expr} を計算", "en": "Compute {expr}"},
    "pow.action.law": {"ja": "公式 {id} を見る", "en": "See law {id}"},
    # explanations
    "pow.intro.repeat": {
        "ja": "**{expr}** は底 **{base}** を **{n}** 個掛け合わせた数です。指数 {n} は「掛ける個数」を表します。",
        "en": "**{expr}** is the base **{base}** multiplied together **{n}** times: the exponent {n} counts the factors.",
    },
    "pow.intro.one": {
        "ja": "指数が 1 なら、掛ける数は {base} ひとつだけです。",
        "en": "With exponent 1 there is a single factor, {base} itself.",
    },
    "pow.intro.squaring": {
        "ja": "{n} 個を一つずつ掛ける代わりに、2 乗を繰り返して求めます(くり返し二乗法)。{n} を 2 の累乗の和で表すと {sum} なので、掛け算は {count} 回で済みます。",
        "en": "Instead of writing out {n} factors, square repeatedly (exponentiation by squaring). Split {n} into powers of two, {sum}, and only {count} multiplications are needed.",
    },
    "pow.step.repeat": {"ja": "{line}", "en": "{line}"},
    "pow.step.square": {
        "ja": "{line}({law} より (a^x)^2 = a^(2x))",
        "en": "{line} ({law}: (a^x)^2 = a^(2x))",
    },
    "pow.step.combine": {
        "ja": "{line}({law} より指数を足す)",
        "en": "{line} ({law}: add the exponents)",
    },
    "pow.intro.zero": {
        "ja": "**{expr} = 1** です。{base}^n を {base}^n で割ると 1、公式 1.3 で書くと {base}^(n−n) = {base}^0 だからです。指数を 1 減らすたびに {base} で割る、と考えても同じ答えになります。0 で割ることはできないので、a^0 = 1 は **a ≠ 0** のときの約束です(`/pow 0 0` も見てください)。",
        "en": "**{expr} = 1**. Divide {base}^n by itself: the answer is 1, and law 1.3 writes it as {base}^(n−n) = {base}^0. Lowering the exponent by one divides by {base}, which gives the same answer. Dividing needs a nonzero base, so a^0 = 1 holds for **every a ≠ 0** (see also `/pow 0 0`).",
    },
    "pow.title.zero_zero": {
        "ja": "0^0 は高校数学では定義しません",
        "en": "0^0 is left undefined in high-school mathematics",
    },
    "pow.intro.zero_zero": {
        "ja": "**0^0 は高校数学では定義しません。** a^0 = 1 は a^n ÷ a^n から導くので a ≠ 0 が必要です。しかも 0^x は x > 0 なら 0、x^0 は x ≠ 0 なら 1 で、0^0 をどちらに合わせるかが決まりません(x^y で x, y → 0 とした極限も近づき方で変わります)。",
        "en": "**0^0 is left undefined in high-school mathematics.** The rule a^0 = 1 comes from dividing a^n by a^n, which needs a ≠ 0. And the two natural guesses disagree: 0^x = 0 for every x > 0, while x^0 = 1 for every x ≠ 0 (the limit of x^y as x, y → 0 depends on the path).",
    },
    "pow.intro.zero_zero_convention": {
        "ja": "一方、場合の数・二項定理・多項式やプログラミング言語(Python の `0**0` など)では、**0^0 = 1 という約束(慣習)** を置くことがあります。「掛ける数が 0 個の積は 1」と考えるためで、指数法則から導かれる値ではありません。",
        "en": "Combinatorics, the binomial theorem, polynomials and programming languages (Python's `0**0`, for one) adopt the **convention 0^0 = 1**, reading it as a product of no factors. It is a convention chosen for convenience, not a consequence of the laws.",
    },
    "pow.zero_zero.value": {
        "ja": "高校数学では定義しない(慣習では 1)",
        "en": "undefined in high school (1 by convention)",
    },
    "pow.intro.zero_base": {
        "ja": "0 を何回掛けても **0** です。",
        "en": "Zero multiplied by itself any number of times is **0**.",
    },
    "pow.intro.unit": {
        "ja": "{base} は何回掛けても絶対値が 1 のままです。{detail}",
        "en": "Multiplying {base} by itself never changes the absolute value 1. {detail}",
    },
    "pow.unit.one": {"ja": "答えは **1** です。", "en": "The answer is **1**."},
    "pow.unit.even": {
        "ja": "指数が偶数なので (−1) が偶数個で打ち消し合い、答えは **1** です。",
        "en": "The exponent is even, so the factors (−1) cancel in pairs: the answer is **1**.",
    },
    "pow.unit.odd": {
        "ja": "指数が奇数なので (−1) が一つ余り、答えは **−1** です。",
        "en": "The exponent is odd, so one factor (−1) is left over: the answer is **−1**.",
    },
    "pow.intro.negative": {
        "ja": "負の指数は「割り算」を表します。公式 1.2 より **{expr} = {reciprocal}** です。",
        "en": "A negative exponent means division: by law 1.2, **{expr} = {reciprocal}**.",
    },
    "pow.step.reciprocal": {"ja": "{line}({law})", "en": "{line} ({law})"},
    "pow.intro.root": {
        "ja": "分数の指数は累乗根を表します。公式 1.4 より {expr} = {grouped} なので、{expr} は **{powered} の{root}** です。",
        "en": "A fractional exponent is a root: by law 1.4, {expr} = {grouped}, so {expr} is the **{root} of {powered}**.",
    },
    "pow.intro.unit_root": {
        "ja": "{expr} は **{base} の{root}**、つまり {q} 乗すると {base} になる正の数です。",
        "en": "{expr} is the **{root} of {base}**: the positive number which, raised to the power {q}, gives {base}.",
    },
    "pow.step.root": {"ja": "{line}({law})", "en": "{line} ({law})"},
    "pow.title.negative_base": {
        "ja": "{expr}: 負の底の分数乗は高校数学では定義しません",
        "en": "{expr}: a negative base to a fractional power is left undefined",
    },
    "pow.negative_base.intro": {
        "ja": "高校数学では、分数の指数 a^(m/n) は **底 a > 0 のときだけ** 定義します。底が {base} のように負だと困ることを、同じ指数を二通りに計算して確かめます。",
        "en": "In high-school mathematics a fractional power a^(m/n) is defined **only for a base a > 0**. Here is what goes wrong with a negative base such as {base}: the same exponent, computed two ways.",
    },
    "pow.negative_base.reduce": {
        "ja": "まず指数を約分すると {typed} = {reduced} です。",
        "en": "First, in lowest terms the exponent {typed} is {reduced}.",
    },
    "pow.negative_base.not_real": {"ja": "は実数ではありません", "en": "is not a real number"},
    "pow.negative_base.no_value": {"ja": "実数にならない", "en": "no real value"},
    "pow.negative_base.disagree": {
        "ja": "{first} と {second} は同じ数なのに、答えが「{one}」と「{other}」に分かれます。公式 1.4 の (a^x)^y = a^(xy) は a > 0 のときにしか成り立たないからです。そのため負の底の分数乗は定義しません。",
        "en": "{first} and {second} are the same number, yet the answers differ: {one} and {other}. Law 1.4, (a^x)^y = a^(xy), holds only for a > 0 — which is why a^(m/n) is left undefined for a negative base.",
    },
    "pow.negative_base.beyond_odd": {
        "ja": "高校数学の先では、二つの値が使われます。q = {q} は奇数なので {base} の実数の{root}があり、それを使うと **実数の値** {real} になります。電卓や複素数で使う **主値** は、負の数を「絶対値 {abs}、偏角 π」の複素数とみて、偏角に指数を掛けた {principal} です。",
        "en": "Beyond high school two values are in use. Since q = {q} is odd, {base} has a real {root}, and through it the **real value** is {real}. The **principal value** of calculators and complex analysis sees the negative number as the complex number with absolute value {abs} and argument π, and multiplies the argument by the exponent: {principal}.",
    },
    "pow.negative_base.beyond_even": {
        "ja": "高校数学の先では、複素数の **主値** が使われます。負の数を「絶対値 {abs}、偏角 π」の複素数とみて、偏角に指数を掛けた {principal} です(負の数の偶数乗根は実数の範囲にはありません)。",
        "en": "Beyond high school, complex analysis uses the **principal value**: the negative number seen as absolute value {abs} with argument π, the argument multiplied by the exponent, gives {principal} (a negative number has no real even root).",
    },
    "pow.intro.negative_irrational": {
        "ja": "負の底に無理数の指数を付けた値は実数になりません。複素数の **主値** は {principal} です(絶対値 {abs}^x、偏角 πx)。",
        "en": "A negative base with an irrational exponent has no real value. The complex **principal value** is {principal} (absolute value {abs}^x, argument πx).",
    },
    "pow.intro.irrational": {
        "ja": "指数が無理数のときは、指数関数を使って **{expr} = {as_e}** と定めます。有理数の指数で近づけたときの極限と同じ値です。",
        "en": "For an irrational exponent the power is defined through the exponential function: **{expr} = {as_e}**, the limit of powers with rational exponents approaching it.",
    },
    "pow.intro.irrational_base": {
        "ja": "**{expr}** は {base} を {n} 個掛け合わせた数です。{base} は無理数なので、正確な値はこの形のままにして、15 桁の小数を添えます。",
        "en": "**{expr}** is {base} multiplied together {n} times. {base} is irrational, so the exact value stays in this form, with a 15-digit decimal beside it.",
    },
    "pow.root.2": {"ja": "平方根", "en": "square root"},
    "pow.root.3": {"ja": "立方根", "en": "cube root"},
    "pow.root.n": {"ja": "{q} 乗根", "en": "{q}{suffix} root"},
    "pow.result.exact": {"ja": "正確な値: **{value}**", "en": "Exact value: **{value}**"},
    "pow.result.decimal": {"ja": "小数で ≈ {value}", "en": "As a decimal ≈ {value}"},
    "pow.result.fraction": {"ja": "分数で書くと {value}", "en": "As a fraction: {value}"},
    "pow.result.long": {
        "ja": "値は {digits} 桁あります(全桁は添付ファイル)。",
        "en": "The value has {digits} digits (all of them are in the attached file).",
    },
    # astronomically large
    "pow.huge.intro": {
        "ja": "**{expr}** は大きすぎて書き出せません。数そのものは作らずに、桁数 = ⌊指数 × log₁₀ {base}⌋ + 1 を計算しました。小数部分まで確実に決まる精度で計算しているので、桁数も先頭の数字も正確です。",
        "en": "**{expr}** is far too large to write out, so I never built it: its number of digits is ⌊exponent × log₁₀ {base}⌋ + 1, computed with enough precision that the floor and the first digits are certain.",
    },
    "pow.huge.digits": {
        "ja": "{expr} は **{digits} 桁** の数です。",
        "en": "{expr} has **{digits} digits**.",
    },
    "pow.huge.long_count": {
        "ja": "{expr} の桁数そのものが **{count} 桁** もある数です(桁数は {leading}… で始まります。桁数の全桁は添付ファイル)。",
        "en": "The number of digits of {expr} is itself a number with **{count} digits** (it begins {leading}…; all of its digits are in the attached file).",
    },
    "pow.huge.leading": {
        "ja": "先頭の 15 桁は {leading}… です(常用対数の小数部分を f とすると、10^f の数字の並び)。",
        "en": "It begins {leading}… (the digits of 10^f, where f is the fractional part of its common logarithm).",
    },
    "pow.huge.trailing": {
        "ja": "末尾の 10 桁は …{trailing} です(10^10 で割った余りを累乗の性質で計算)。",
        "en": "It ends …{trailing} (a power taken modulo 10^10).",
    },
    "pow.huge.level2": {
        "ja": "**{expr}** はあまりに大きく、**桁数そのものが {count} 桁** の数になります(桁数は {leading}… で始まります)。桁数を書き出すことさえできません。",
        "en": "**{expr}** is so large that **its number of digits itself has {count} digits** (the digit count begins {leading}…). Even the number of digits cannot be written out.",
    },
    "pow.huge.level3": {
        "ja": "**{expr}** はあまりに大きく、「桁数の桁数」がさらに **{count} 桁** あります(「桁数の桁数」は {leading}… で始まります)。",
        "en": "**{expr}** is so large that the number of digits of its number of digits has **{count} digits** (it begins {leading}…).",
    },
    "pow.huge.level_n": {
        "ja": "**{expr}** はあまりに大きく、桁数を数え、その桁数の桁数を数え……と {times} 回数えても、まだ **{count} 桁** の数が残ります({leading}… で始まります)。",
        "en": "**{expr}** is so large that after counting its digits, then the digits of that count, and so on — {times} counts in all — the count still has **{count} digits** (it begins {leading}…).",
    },
    "pow.huge.tiny": {
        "ja": "**{expr}** はとても小さな正の数です: 小数点のあと 0 が {zeros} 個続いてから {leading}… が現れます(≈ {value})。",
        "en": "**{expr}** is a tiny positive number: after the decimal point come {zeros} zeros, then {leading}… (≈ {value}).",
    },
    "pow.huge.long_zeros": {
        "ja": "**{expr}** はとても小さな正の数です。小数点のあとに続く 0 の個数そのものが **{count} 桁** あります(個数は {leading}… で始まります。全桁は添付ファイル)。",
        "en": "**{expr}** is a tiny positive number: the number of zeros after the decimal point itself has **{count} digits** (it begins {leading}…; all of its digits are in the attached file).",
    },
    "pow.huge.tiny_leading": {
        "ja": "0 の後に現れる数字は {leading}… です。",
        "en": "After the zeros come the digits {leading}…",
    },
    "pow.huge.tiny_level2": {
        "ja": "**{expr}** は 0 にとても近い数です。小数点のあとに続く 0 の個数が、それ自体 **{count} 桁** もあります(個数は {leading}… で始まります)。",
        "en": "**{expr}** is extremely close to 0: the number of zeros after the decimal point itself has **{count} digits** (it begins {leading}…).",
    },
    "pow.huge.tiny_level3": {
        "ja": "**{expr}** は 0 にとても近い数です。小数点のあとに続く 0 の個数の桁数が、さらに **{count} 桁** あります({leading}… で始まります)。",
        "en": "**{expr}** is extremely close to 0: the number of zeros after the decimal point has a number of digits that itself has **{count} digits** (it begins {leading}…).",
    },
    "pow.huge.tiny_level_n": {
        "ja": "**{expr}** は 0 にとても近い数です。小数点のあとに続く 0 の個数を数え、その桁数を数え……と {times} 回数えても、まだ **{count} 桁** の数が残ります({leading}… で始まります)。",
        "en": "**{expr}** is extremely close to 0: count the zeros after the decimal point, then the digits of that count, and so on — {times} counts in all — and the count still has **{count} digits** (it begins {leading}…).",
    },
    "pow.huge.sign": {
        "ja": "底が負で指数が{parity}なので、符号は **{sign}** です。",
        "en": "The base is negative and the exponent is {parity}, so the sign is **{sign}**.",
    },
    "pow.parity.even": {"ja": "偶数", "en": "even"},
    "pow.parity.odd": {"ja": "奇数", "en": "odd"},
    "pow.negated.intro": {
        "ja": "**{typed}** は −({power}) の意味です。累乗はマイナス記号より先に計算するので、底は {base} で、できた値に − を付けます。",
        "en": "**{typed}** means −({power}): a power is computed before the minus sign in front of it, so the base is {base} and the minus sign applies to the result.",
    },
    "pow.negated.sign": {
        "ja": "{typed} はこれに − を付けた負の数です(桁は同じです)。",
        "en": "{typed} is its negative: the same digits with a minus sign in front.",
    },
    "pow.negated.result": {"ja": "よって `{line}` です。", "en": "So `{line}`."},
    "pow.negated.other": {
        "ja": "負の数を底にするならかっこを付けます: `{other} = {value}`。",
        "en": "To use the negative number as the base, put it in parentheses: `{other} = {value}`.",
    },
    "pow.huge.reciprocal": {
        "ja": "指数が負なので、公式 1.2 より {expr} = 1/{positive} です。",
        "en": "The exponent is negative, so by law 1.2 {expr} = 1/{positive}.",
    },
}
