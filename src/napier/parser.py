"""A safe tokenizer and recursive-descent parser for the arithmetic learners type.

Nothing here evaluates text: the parser builds a small tree of frozen nodes, and the rest of
the core computes with that tree. Every input is bounded before any work is done.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction

from napier.errors import UserError
from napier.notice import Notice

MAX_LENGTH = 100
MAX_NESTING = 20
MAX_LITERAL_DIGITS = 100
MAX_TOWER = 12  # levels of a power tower in a formula drawn in full (mathtext nests ~28)

CONSTANTS = ("e", "pi")
FUNCTIONS = ("exp", "ln", "log", "sqrt")
TRIGONOMETRIC = (
    "arcsin", "arccos", "arctan", "asin", "acos", "atan",
    "sinh", "cosh", "tanh", "sin", "cos", "tan", "sec", "csc", "cosec", "cot",
)  # fmt: skip

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾", "0123456789-+()")
_SYMBOLS = str.maketrans(
    {
        "−": "-",  # minus sign
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "ー": "-",  # a long-vowel mark typed for a minus on Japanese keyboards
        "×": "*",
        "·": "*",
        "⋅": "*",
        "∙": "*",
        "÷": "/",
        "π": " pi ",
        "\u3000": " ",
    }
)
_WHITESPACE = " \t\n\r"


# --- the tree -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Number:
    """A literal, kept exact (``0.5`` is 1/2); ``typed`` is the decimal as the learner wrote it
    (``"0.5"``), for printing, and takes no part in comparisons."""

    value: Fraction
    typed: str = field(default="", compare=False)


@dataclass(frozen=True)
class Constant:
    """``e`` or ``pi``."""

    name: str


@dataclass(frozen=True)
class Variable:
    """The variable ``x`` (only where the command allows it)."""

    name: str = "x"


@dataclass(frozen=True)
class Negate:
    operand: Node


@dataclass(frozen=True)
class Binary:
    """``op`` is one of ``+ - * / ^``."""

    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call:
    """``exp``, ``ln`` (also written ``log``) or ``sqrt`` applied to ``arg``."""

    name: str
    arg: Node


Node = Number | Constant | Variable | Negate | Binary | Call


@dataclass(frozen=True)
class Derivative:
    """A pending derivative ``(operand)'`` with respect to x (never parsed: the calculus
    rewrites and the printer use it)."""

    operand: Node | Derivative | Log


@dataclass(frozen=True)
class Log:
    """``log_base arg``, the logarithm to a base other than e (``Call("ln", …)`` is log_e);
    built by the logarithm lessons, and read from ``log_2(8)`` only where a caller asks for
    it (``parse(…, bases=True)``: a practice answer)."""

    base: Node | Derivative | Log
    arg: Node | Derivative | Log


Tree = Node | Derivative | Log


def power(base: Node, exponent: Node) -> Binary:
    return Binary("^", base, exponent)


def tower_height(node: Node | Log) -> int:
    """How many levels a power tower has: ``2^3^2`` has 3."""
    match node:
        case Binary("^", base, exponent):
            return max(tower_height(base), 1 + tower_height(exponent))
        case Binary(_, left, right) | Log(left, right):
            return max(tower_height(left), tower_height(right))
        case Negate(operand) | Call(_, operand):
            return tower_height(operand)
        case _:
            return 1


def has_variable(node: Node | Log) -> bool:
    match node:
        case Variable():
            return True
        case Binary(_, left, right) | Log(left, right):
            return has_variable(left) or has_variable(right)
        case Negate(operand) | Call(_, operand):
            return has_variable(operand)
        case _:
            return False


# --- normalisation --------------------------------------------------------------------------


def normalize(text: str, example: str) -> str:
    """NFKC-normalise what a keyboard or IME typed, refusing control and invisible characters."""
    if len(text) > MAX_LENGTH:
        raise UserError("parse.too_long", limit=MAX_LENGTH, length=len(text), example=example)
    for position, char in enumerate(text):
        if char in _WHITESPACE:
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            raise UserError(
                "parse.bad_char",
                char=f"U+{ord(char):04X}",
                position=position + 1,
                example=example,
            )
    text = _lift_superscripts(text)
    text = unicodedata.normalize("NFKC", text).translate(_SYMBOLS)
    text = text.replace("**", "^")
    if not text.strip():
        raise UserError("parse.empty", example=example)
    if len(text) > MAX_LENGTH * 2:
        raise UserError("parse.too_long", limit=MAX_LENGTH, length=len(text), example=example)
    return text


def _lift_superscripts(text: str) -> str:
    """``2³`` → ``2^(3)``: a run of superscript characters becomes an exponent."""
    out: list[str] = []
    run: list[str] = []
    for char in text + "\0":
        if char in "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾":
            run.append(char)
            continue
        if run:
            out.append("^(" + "".join(run).translate(_SUPERSCRIPTS) + ")")
            run = []
        out.append(char)
    return "".join(out[:-1])


# --- tokens ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    kind: str  # "num", "name", "op", "end"
    text: str
    position: int
    value: Fraction | None = None


def tokenize(text: str, example: str, names: tuple[str, ...], bases: bool = False) -> list[Token]:
    """Split normalised text into tokens; letters are split into the known ``names``;
    ``bases`` admits ``_`` (``log_2(8)``)."""
    operators = "+-*/^()," + ("_" if bases else "")
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char in _WHITESPACE:
            i += 1
        elif char.isdigit() or (char == "." and i + 1 < len(text) and text[i + 1].isdigit()):
            i = _read_number(text, i, tokens, example)
        elif char.isalpha():
            start = i
            while i < len(text) and text[i].isalpha():
                i += 1
            tokens.extend(_split_word(text[start:i], start, example, names))
        elif char in operators:
            tokens.append(Token("op", char, i))
            i += 1
        else:
            raise UserError("parse.bad_char", char=repr(char), position=i + 1, example=example)
    tokens.append(Token("end", "", len(text)))
    return tokens


def _read_number(text: str, i: int, tokens: list[Token], example: str) -> int:
    start = i
    while i < len(text) and text[i].isdigit():
        i += 1
    if i < len(text) and text[i] == ".":
        i += 1
        while i < len(text) and text[i].isdigit():
            i += 1
    literal = text[start:i]
    digits = sum(c.isdigit() for c in literal)
    if digits > MAX_LITERAL_DIGITS:
        raise UserError(
            "parse.too_many_digits", limit=MAX_LITERAL_DIGITS, digits=digits, example=example
        )
    # "1e5" is scientific notation in most calculators; here e is Napier's number.
    if i + 1 < len(text) and text[i] in "eE" and (text[i + 1].isdigit() or text[i + 1] in "+-"):
        j = i + 1 + (text[i + 1] in "+-")
        k = j
        while k < len(text) and text[k].isdigit():
            k += 1
        if k > j:
            sign = "-" if text[i + 1] == "-" else ""
            raise UserError(
                "parse.scientific",
                text=text[start:k],
                suggestion=("" if literal == "1" else f"{literal}*") + f"10^{sign}{text[j:k]}",
            )
    tokens.append(Token("num", literal, start, Fraction(literal)))
    return i


def _split_word(word: str, start: int, example: str, names: tuple[str, ...]) -> list[Token]:
    """``2pix`` reads as 2·pi·x: a word is split greedily into known names."""
    lowered = word.lower()
    if lowered in names:
        return [Token("name", lowered, start)]
    trigonometric = next((name for name in TRIGONOMETRIC if lowered.startswith(name)), None)
    if trigonometric is not None:
        raise UserError("parse.trigonometric", name=trigonometric, example=example)
    if lowered in FUNCTIONS:
        raise UserError("parse.no_functions", name=lowered, example=example)
    if lowered == "x":
        raise UserError("parse.no_variable", example=example)
    tokens: list[Token] = []
    i = 0
    ordered = sorted(names, key=len, reverse=True)
    while i < len(lowered):
        for name in ordered:
            if name not in FUNCTIONS and lowered.startswith(name, i):
                tokens.append(Token("name", name, start + i))
                i += len(name)
                break
        else:
            raise UserError("parse.unknown_name", name=word[:20], example=example)
    return tokens


# --- the parser -----------------------------------------------------------------------------


def _number_power(node: Node) -> bool:
    """Whether ``node`` is a power whose exponent is a plain number (``e^2``, ``-x^3``)."""
    if isinstance(node, Negate):
        node = node.operand
    return (
        isinstance(node, Binary)
        and node.op == "^"
        and isinstance(node.right.operand if isinstance(node.right, Negate) else node.right, Number)
    )


class _Parser:
    def __init__(
        self, source: str, tokens: list[Token], example: str, functions: bool, bases: bool = False
    ) -> None:
        self.source = source
        self.tokens = tokens
        self.index = 0
        self.depth = 0
        self.example = example
        self.functions = functions
        self.bases = bases
        self.notices: list[Notice] = []

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at(self, *texts: str) -> bool:
        return self.token.kind == "op" and self.token.text in texts

    def fail(self, token: Token | None = None) -> UserError:
        token = token or self.token
        if token.kind == "end":
            return UserError("parse.incomplete", example=self.example)
        if token.text == ")":
            return UserError("parse.unbalanced", example=self.example)
        return UserError(
            "parse.unexpected", token=token.text, position=token.position + 1, example=self.example
        )

    def parse(self) -> Node:
        node = self.expression()
        if self.token.kind != "end":
            raise self.fail()
        return node

    def expression(self) -> Node:
        node = self.term()
        while self.at("+", "-"):
            op = self.take().text
            node = Binary(op, node, self.term())
        return node

    def term(self) -> Node:
        start = self.token.position
        last = node = self.unary()
        while True:
            if self.at("*", "/"):
                op = self.take().text
                start = self.token.position
                last = self.unary()
                node = Binary(op, node, last)
            elif self.token.kind == "name" or self.at("("):
                spaced = _number_power(last) and not self._adjacent_factor()
                factor_start = self.token.position
                last = self.power()
                node = Binary("*", node, last)  # implicit: 3x, 2pi, 2(x+1)
                if spaced:  # e^2 x: the space ends the exponent — and the answer says so
                    power = self.source[start:factor_start].rstrip()
                    head, _, exponent = power.rpartition("^")
                    factor = self.source[factor_start : self._end()]
                    self.notices.append(
                        Notice.of(
                            "parse.spaced_exponent",
                            typed=f"{power} {factor}",
                            read=f"{power}·{factor}",
                            other=f"{head}^({exponent}{factor})",
                        )
                    )
                start = factor_start
            elif self.token.kind == "num":
                raise UserError(
                    "parse.missing_operator",
                    token=self.token.text,
                    position=self.token.position + 1,
                    example=self.example,
                )
            else:
                return node

    def unary(self) -> Node:
        if self.at("-"):
            self.take()
            return Negate(self.unary())
        if self.at("+"):
            self.take()
            return self.unary()
        return self.power()

    def power(self) -> Node:
        start = self.token.position
        base = self.atom()
        if not self.at("^"):
            return base
        self.take()
        exponent_start = self.token.position
        exponent = self.unary()
        number = exponent.operand if isinstance(exponent, Negate) else exponent
        if isinstance(number, Number) and self._adjacent_factor():
            # e^2x: a number written against a letter after ^ keeps it in the exponent,
            # e^(2x), as learners mean it — and the answer says so.
            split = self._end()
            product: Node = number
            while self._adjacent_factor():
                product = Binary("*", product, self.power())
            exponent = Negate(product) if isinstance(exponent, Negate) else product
            end = self._end()
            self.notices.append(
                Notice.of(
                    "parse.implicit_exponent",
                    typed=self.source[start:end],
                    read=f"{self.source[start:exponent_start]}({self.source[exponent_start:end]})",
                    other=f"{self.source[start:split]}*{self.source[split:end]}",
                )
            )
        return Binary("^", base, exponent)

    def _end(self) -> int:
        """Where the last token taken ends in the source."""
        previous = self.tokens[self.index - 1]
        return previous.position + len(previous.text)

    def _adjacent_factor(self) -> bool:
        """Whether a name or ``(`` follows the last token with no space between them."""
        token = self.token
        if not (token.kind == "name" or (token.kind == "op" and token.text == "(")):
            return False
        return token.position == self._end()

    def atom(self) -> Node:
        token = self.token
        if token.kind == "num":
            self.take()
            assert token.value is not None
            return Number(token.value, token.text if "." in token.text else "")
        if token.kind == "name":
            self.take()
            if token.text in FUNCTIONS:
                if not self.functions:
                    raise UserError("parse.no_functions", name=token.text, example=self.example)
                if token.text == "log" and self.bases and self.at("_"):
                    return self.logarithm()
                if not self.at("("):
                    raise UserError(
                        "parse.call_needs_parens", name=token.text, example=self.example
                    )
                name = "ln" if token.text == "log" else token.text
                return Call(name, self.parenthesised())
            if token.text == "x":
                return Variable()
            return Constant(token.text)
        if self.at("("):
            return self.parenthesised()
        raise self.fail()

    def logarithm(self) -> Node:
        """``log_2(8)``, ``log_10(x)``, ``log_(1/2)(4)``: a base (a number, a constant or a
        bracket), then the argument in brackets."""
        self.take()  # "_"
        token = self.token
        if token.kind == "num" or (token.kind == "name" and token.text in CONSTANTS):
            base = self.atom()
        elif self.at("("):
            base = self.parenthesised()
        else:
            raise self.fail()
        if not self.at("("):
            raise UserError("parse.call_needs_parens", name="log", example=self.example)
        return Log(base, self.parenthesised())  # type: ignore[return-value]

    def parenthesised(self) -> Node:
        self.take()  # "("
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise UserError("parse.nesting", limit=MAX_NESTING, example=self.example)
        node = self.expression()
        if not self.at(")"):
            if self.token.kind == "end":
                raise UserError("parse.unbalanced", example=self.example)
            raise self.fail()
        self.take()
        self.depth -= 1
        return node


def parse(
    text: str,
    *,
    example: str = "/pow 2 10",
    variable: bool = False,
    functions: bool = False,
    notices: list[Notice] | None = None,
    max_tower: int | None = MAX_TOWER,
    bases: bool = False,
) -> Node:
    """Parse ``text`` into a tree, or raise a ``UserError`` that says what was wrong.

    ``variable`` allows ``x``; ``functions`` allows ``exp``, ``ln``/``log`` and ``sqrt``.
    ``example`` is a whole command that works, shown in error messages. What the parser
    assumed (``e^2x`` read as e^(2x)) is appended to ``notices`` for the answer to say.
    ``max_tower`` bounds the levels of a power tower, for commands that draw the formula in
    full; ``/pow`` sizes towers of any height and passes None. ``bases`` (with ``functions``)
    reads ``log_2(8)`` as the logarithm to base 2 (a ``Log`` node), for practice answers.
    """
    if not isinstance(text, str):
        text = str(text)
    normalized = normalize(text, example)
    # Parentheses are counted first, so that 300 of them never reach the recursion.
    depth = deepest = 0
    for char in normalized:
        depth += (char == "(") - (char == ")")
        deepest = max(deepest, depth)
    if deepest > MAX_NESTING:
        raise UserError("parse.nesting", limit=MAX_NESTING, example=example)
    names = (*CONSTANTS, *(("x",) if variable else ()), *(FUNCTIONS if functions else ()))
    tokens = tokenize(normalized, example, names, bases and functions)
    parser = _Parser(normalized, tokens, example, functions, bases)
    node = parser.parse()
    if max_tower is not None and tower_height(node) > max_tower:
        raise UserError("parse.tower", limit=max_tower, example=example)
    if notices is not None:
        notices.extend(parser.notices)
    return node
