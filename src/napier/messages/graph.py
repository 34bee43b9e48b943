"""Messages of /graph: y = a^x for several bases on one plot."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "graph.description": {
        "ja": "底のちがう指数関数 y = a^x のグラフを重ねて比べます(標準は 2, e, 10, 1/2)",
        "en": "Compare y = a^x for several bases on one plot (default 2, e, 10, 1/2)",
    },
    "graph.option.bases": {
        "ja": "底を空白で区切って(例: 2 e 10 1/2)。省略すると 2, e, 10, 1/2",
        "en": "Bases separated by spaces (e.g. 2 e 10 1/2); default 2, e, 10, 1/2",
    },
    "graph.too_many": {
        "ja": "底は {limit} 個までにしてください。例: `{example}`",
        "en": "Give at most {limit} bases. Try for example `{example}`.",
    },
    "graph.bad_base": {
        "ja": "`{base}` は底にできません。底は 1 以外の正の数です(a > 0, a ≠ 1)。例: `{example}`",
        "en": "`{base}` cannot be a base: a base is a positive number other than 1 "
        "(a > 0, a ≠ 1). Try for example `{example}`.",
    },
    "graph.base_range": {
        "ja": "`{base}` は 1 から離れすぎていて、グラフが壁のようになります"
        "(|log a| は 10 まで)。例: `{example}`",
        "en": "`{base}` is too far from 1: its graph would be a wall (|log a| up to 10). "
        "Try for example `{example}`.",
    },
    "graph.title": {"ja": "指数関数 y = a^x のグラフ", "en": "Graphs of y = a^x"},
    "graph.common_point": {
        "ja": "どの底でも a^0 = 1 なので、グラフはすべて点 (0, 1) を通ります。"
        "また a^x > 0 なので、グラフは x 軸より上にあり、x 軸(y = 0)に限りなく近づきます。",
        "en": "a^0 = 1 for every base, so every graph passes through (0, 1). Since a^x > 0, "
        "each graph stays above the x-axis and comes ever closer to it (y = 0).",
    },
    "graph.slope_rule": {
        "ja": "(a^x)' = a^x log a(公式 1.5)なので、x = 0 での接線の傾きは a^0 log a = log a です。",
        "en": "(a^x)' = a^x log a (law 1.5), so the tangent at x = 0 has slope a^0 log a = log a.",
    },
    "graph.base.increasing": {
        "ja": "- `y = {power}`: {base} > 1 なので増加関数。x = 0 での傾き {slope}",
        "en": "- `y = {power}`: {base} > 1, so it is increasing; slope at x = 0: {slope}",
    },
    "graph.base.decreasing": {
        "ja": "- `y = {power}`: 0 < {base} < 1 なので減少関数。x = 0 での傾き {slope}",
        "en": "- `y = {power}`: 0 < {base} < 1, so it is decreasing; slope at x = 0: {slope}",
    },
    "graph.base.e": {
        "ja": "- `y = e^x`: e > 1 なので増加関数。x = 0 での傾きは log e = 1 — "
        "接線の傾きがちょうど 1 になる底が e です。",
        "en": "- `y = e^x`: e > 1, so it is increasing; slope at x = 0: log e = 1 — e is "
        "the base whose tangent at 0 has slope exactly 1.",
    },
    "graph.mirror": {
        "ja": "`y = {small}` = `{as_power}` は `y = {large}` と y 軸について対称です"
        "(x を -x におきかえたグラフ)。",
        "en": "`y = {small}` = `{as_power}` is the mirror image of `y = {large}` in the y-axis "
        "(x replaced by -x).",
    },
    "graph.formula.alt": {
        "ja": "(a^x)' = a^x log a なので x = 0 での傾きは log a。{slopes}",
        "en": "(a^x)' = a^x log a, so the slope at x = 0 is log a. {slopes}",
    },
    "graph.field.slopes": {"ja": "x = 0 での傾き log a", "en": "Slope at x = 0: log a"},
    "graph.plot.title": {
        "ja": "y = aˣ のグラフ(どれも点 (0, 1) を通る)",
        "en": "y = aˣ for several bases (all through (0, 1))",
    },
    "graph.plot.legend": {
        "ja": "曲線と x = 0 での接線の傾き",
        "en": "curve, and its slope at x = 0",
    },
    "graph.plot.alt": {
        "ja": "y = a^x のグラフ(底 {bases})。x = {low} から {high} まで。"
        "すべて点 (0, 1) を通り、点線は x = 0 での接線です。",
        "en": "Graphs of y = a^x for the bases {bases}, from x = {low} to {high}. All pass "
        "through (0, 1); the dotted lines are the tangents at x = 0.",
    },
    "graph.action.mirror": {"ja": "2 と 1/2", "en": "2 and 1/2"},
    "graph.action.near_e": {"ja": "2, e, 3", "en": "2, e, 3"},
    "graph.action.slope": {"ja": "公式 (1.5) と傾き", "en": "Law (1.5) and slopes"},
    "graph.action.log": {"ja": "対数 log_a x", "en": "Logarithms log_a x"},
}
