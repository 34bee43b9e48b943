"""The requests of the later lessons that every adapter test sends, with what each reply must
say in either language (each result is checked against sympy and exact arithmetic in
tests/napier/test_log.py, test_solve.py and test_grow.py)."""

import re

CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")  # kana and kanji

LATER_LESSONS = [
    ("/log 2 8", "log_2 8 = 3"),
    ("/log 4 8", "log_4 8 = 3/2"),
    ("/log 3 5", "log_3 5 = (log 5)/(log 3) ≈ 1.464973521"),
    ("/graph", "(0, 1)"),
    ("/solve 4^x - 2^(x+1) - 8 = 0", "x = 2"),
    ("/solve (1/2)^x > 4", "x < -2"),
    ("/solve compare 4^(1/3) 8^(1/4)", "4^(1/3) < 8^(1/4)"),
    ("/grow decay", "125"),
]
