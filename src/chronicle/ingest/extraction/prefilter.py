"""Large alternations tried only where they can start: a cheap pattern of their leading characters
finds the places, the full pattern is matched there alone, and the matches are those of `finditer`.

The leading pattern is derived from the full pattern's own source, so a rule added to a table of
patterns is covered without anything to keep in step by hand."""

from __future__ import annotations

import re
import re._parser as sre_parse  # the standard parser reads the `regex` syntax these tables use
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from re._constants import (
    ANY,
    ASSERT,
    ASSERT_NOT,
    AT,
    BRANCH,
    CATEGORY,
    CATEGORY_DIGIT,
    CATEGORY_NOT_DIGIT,
    CATEGORY_NOT_SPACE,
    CATEGORY_NOT_WORD,
    CATEGORY_SPACE,
    CATEGORY_WORD,
    IN,
    LITERAL,
    MAX_REPEAT,
    MAXREPEAT,
    MIN_REPEAT,
    NEGATE,
    NOT_LITERAL,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)
from typing import Any

import regex

# How many characters of each alternative the leading pattern spells out: enough to tell 'the first'
# from 'the same', short enough to stay small.
REACH = 8
# Past this many distinct beginnings the leading pattern is no cheaper than the pattern itself.
MAX_HEADS = 5000
# Building a leading pattern (up to some 35 ms for the date expressions) costs about what it saves over
# this many characters: a process extracting one short document does without.
BUILD_AFTER = 50_000

_CATEGORIES = {
    CATEGORY_DIGIT: r"\d",
    CATEGORY_NOT_DIGIT: r"\D",
    CATEGORY_SPACE: r"\s",
    CATEGORY_NOT_SPACE: r"\S",
    CATEGORY_WORD: r"\w",
    CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)
# Optional spaces ('[ \t]*' after a line start, ' *') are read past, so that a beginning holds the word after
# them; other optional repetitions ('\s*', '\w*', '\d*') end a beginning there, or the date expressions would
# have too many beginnings to be read to REACH.
_SPACING = {"\\U00000020", "[\\U00000020\\U00000009]", "[\\U00000009\\U00000020]"}
_UNESCAPED = r"(?<=(?<!\\)(?:\\\\)*)"
# A named group opened ('(?P<name>', '(?<name>'): `regex` lets one name recur, `re` does not.
_NAMED_GROUP = regex.compile(_UNESCAPED + r"\(\?P?<(?![=!])\w+>")
# A Unicode property ('\p{Lu}', '\P{Cyrillic}'), which `re` does not know: read as any character.
_PROPERTY = regex.compile(_UNESCAPED + r"\\[pP](?:\{[^}]*\}|\w)")
_ANY_CHARACTER = 0xE000  # a private-use character standing for a property while `re` reads the pattern
# A brace that is no repeat count ('{e<=1}' asks `regex` for fuzzy matching): `re` would read a literal.
_OTHER_BRACE = regex.compile(_UNESCAPED + r"\{(?!\d*(?:,\d*)?\})")
# Scoped flags that leave what a character test means as it is (case is taken care of).
_HARMLESS_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE


@dataclass(frozen=True)
class Atom:
    """One step of a beginning: a character test (`width` 1) or a look-behind at one (`width` 0)."""

    source: str
    width: int
    exact: bool = True  # False where a property was read as any character


Head = tuple[Atom, ...]
# A marker put into a node sequence where a group's case rule starts or ends.
_CASE = object()


class Prefiltered:
    """A compiled pattern whose `finditer` tries it only where its leading pattern matches, once it
    has scanned `build_after` characters without one."""

    def __init__(self, pattern: regex.Pattern[str], build_after: int = BUILD_AFTER) -> None:
        self.pattern = pattern
        self.build_after = build_after
        self.scanned = 0

    @cached_property
    def leading(self) -> regex.Pattern[str] | None:
        """The leading pattern, built at first use."""
        return leading_pattern(self.pattern)

    @cached_property
    def openings(self) -> Openings | None:
        """Where the pattern can open, for a pattern that opens only after a non-word character."""
        return Openings.of(self.pattern, self.leading) if self.leading is not None else None

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches of `pattern.finditer(text)`: leftmost, not overlapping, in order."""
        self.scanned += len(text)
        if self.scanned < self.build_after or self.leading is None:
            yield from self.pattern.finditer(text)
            return
        if self.openings is not None:
            yield from self._matches(text, self.openings.candidates(text), self.leading)
        else:
            yield from self._matches(text, (lead.start() for lead in self.leading.finditer(text, overlapped=True)))

    def _matches(
        self, text: str, starts: Iterable[int], leading: regex.Pattern[str] | None = None
    ) -> Iterator[regex.Match[str]]:
        """The matches at the offsets given in order (where `leading` matches, when it is given)."""
        end = 0
        for start in starts:
            if start < end or (leading is not None and leading.match(text, start) is None):
                continue
            match = self.pattern.match(text, start)
            if match is not None:
                end = match.end()
                yield match


# How many characters of a beginning the memo of openings tells apart.
OPENING = 3
_NON_WORD = regex.compile(r"\W")


class Openings:
    """The offsets where a pattern can begin, for a pattern every beginning of which opens after a
    non-word character ('(?<![\\w])…'), as the cue and date patterns do.

    `regex` tries a leading pattern at every offset at some 150 ns a character. Here only the offsets
    after a non-word character are candidates (found once per text for every such pattern), the
    characters around each are looked up in a memo of what the first OPENING characters of a
    beginning allow, and the leading pattern is tried only where the memo allows it."""

    def __init__(self, short: regex.Pattern[str]) -> None:
        self.short = short
        self.allowed: set[str] = set()  # keys the short pattern matches
        self.refused: set[str] = set()  # keys it does not

    @classmethod
    def of(cls, pattern: regex.Pattern[str], leading: regex.Pattern[str]) -> Openings | None:
        """The openings of a pattern, None unless each of its beginnings opens after a non-word character."""
        heads = beginnings(pattern.pattern, pattern.flags)
        if not heads or not all(head and _after_non_word(head[0]) for head in heads):
            return None
        return cls(regex.compile(_trie({_cut(head, OPENING) for head in heads}), leading.flags))

    def candidates(self, text: str) -> list[int]:
        """The offsets, in order, where the first OPENING characters of a beginning can stand (every
        offset where the pattern can match; the leading pattern is to be tried there)."""
        offsets, keys = _after_non_words(text)
        self._learn(keys)
        allowed = self.allowed
        found = [at for at, key in zip(offsets, keys, strict=True) if key in allowed]
        return [0, *found] if self.short.match(text, 0) is not None else found

    def _learn(self, keys: Sequence[str]) -> None:
        """Decide the keys not seen before (a key holds every character the short pattern reads:
        the one before the offset and OPENING after it)."""
        new = set(keys).difference(self.allowed, self.refused)
        if len(self.allowed) + len(self.refused) + len(new) > 200_000:
            self.allowed, self.refused = set(), set()
        for key in new:
            (self.allowed if self.short.match(key, 1) is not None else self.refused).add(key)


def _after_non_word(atom: Atom) -> bool:
    """Whether an atom is a look-behind that rules out a word character before ('(?<![\\w-])')."""
    source = atom.source.removeprefix("(?-i:")
    return atom.width == 0 and source.startswith("(?<![\\w")


def _cut(head: Head, reach: int) -> Head:
    """A beginning cut after `reach` characters (a cut beginning is wider: it matches wherever the whole does)."""
    cut: list[Atom] = []
    width = 0
    for atom in head:
        if width >= reach:
            break
        cut.append(atom)
        width += atom.width
    return tuple(cut)


@lru_cache(maxsize=4)
def _after_non_words(text: str) -> tuple[list[int], list[str]]:
    """Every offset after a non-word character, with the characters from the one before it to OPENING
    after it (found once for the patterns that read the same text)."""
    offsets = [match.end() for match in _NON_WORD.finditer(text)]
    return offsets, [text[at - 1 : at + OPENING] for at in offsets]


class Keyed:
    """A compiled pattern each of whose matches holds one of some words, written as they are (case
    counts), at most `reach` characters after its start: `finditer` tries it only in the `reach`
    characters before each place a word is written.

    For a case-sensitive alternation the leading pattern scans no faster than the pattern itself;
    `str.find` finds the words it cannot do without in a fraction of the time."""

    def __init__(self, pattern: regex.Pattern[str], words: Iterable[str], reach: int) -> None:
        self.pattern, self.words, self.reach = pattern, tuple(words), reach

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches of `pattern.finditer(text)`: leftmost, not overlapping, in order (the pattern
        matches no empty string)."""
        end = tried = 0  # where the last match ended; the first offset not tried yet
        for at in _word_starts(text, self.words):
            start = max(tried, end, at - self.reach)
            while start <= at:
                match = self.pattern.match(text, start)
                if match is not None:
                    end = match.end()
                    yield match
                start = max(start + 1, end)
            tried = max(tried, at + 1)


def _word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Offsets where one of the words is written, in order, overlapping ones included."""
    starts = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    return sorted(starts)


@cache
def prefiltered(pattern: regex.Pattern[str]) -> Prefiltered:
    """The prefiltered form of a module-level pattern, made once."""
    return Prefiltered(pattern)


def leading_pattern(pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """A pattern that matches wherever `pattern` can (and at some other places), or None when none
    cheaper can be told: a syntax `re` cannot read, a pattern that can match nothing, too many beginnings."""
    if pattern.flags & (regex.VERSION1 | regex.REVERSE | regex.POSIX | regex.FULLCASE):
        return None  # what the standard parser reads would not be what `regex` does
    try:
        heads = beginnings(pattern.pattern, pattern.flags)
    except (AttributeError, TypeError, ValueError):  # the standard parser's private API changed: scan whole
        return None
    if not heads or any(not any(atom.width for atom in head) for head in heads):
        return None
    # Case-insensitive, so that a case-sensitive stretch ('(?-i:May)') is covered too.
    flags = (pattern.flags & ~regex.VERBOSE) | regex.IGNORECASE
    return regex.compile(_trie(heads), flags)


@lru_cache(maxsize=64)  # read for the leading pattern and again for the openings
def beginnings(source: str, flags: int = 0) -> frozenset[Head] | None:
    """Every way a match of the pattern can begin, up to REACH characters (None when unreadable)."""
    readable = _PROPERTY.sub(chr(_ANY_CHARACTER), _NAMED_GROUP.sub("(?:", source))
    if _OTHER_BRACE.search(readable):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", FutureWarning)  # nested sets, set operations: `regex` syntax
            parsed = sre_parse.parse(readable, flags & re.VERBOSE)
    except (re.error, FutureWarning, OverflowError, RecursionError):
        return None
    ignore_case = bool((flags | parsed.state.flags) & re.IGNORECASE)
    for reach in range(REACH, 0, -1):
        heads = _heads(list(parsed), reach, ignore_case)
        if len(heads) <= MAX_HEADS:
            return frozenset(heads)
    return None


def _heads(items: list[Any], reach: int, ignore_case: bool) -> set[Head]:
    """Beginnings of the node sequence, cut after `reach` characters; cutting early only widens them."""
    if reach == 0 or not items:
        return {()}
    (op, value), rest = items[0], items[1:]
    if op is _CASE:
        return _heads(rest, reach, value)
    atom = _atom(op, value, ignore_case)
    if atom is not None:
        return {(atom, *head) for head in _heads(rest, reach - atom.width, ignore_case)}
    if op in (AT, ASSERT, ASSERT_NOT):
        return _heads(rest, reach, ignore_case)  # other zero-width tests are left out: the beginning widens
    if op is SUBPATTERN:
        return _group(value, rest, reach, ignore_case)
    if op is BRANCH:
        return set().union(*(_heads(list(branch) + rest, reach, ignore_case) for branch in value[1]))
    if op in _REPEATS:
        low, high, body = value
        if high == 0:
            return _heads(rest, reach, ignore_case)
        if low > 0:  # 'the\s+letter' begins 'the', a space, then more spaces or 'letter': not 'the' and a space alone
            fewer = (op, (min(low, reach) - 1, high if high == MAXREPEAT else high - 1, body))
            return _heads([*body, fewer, *rest], reach, ignore_case)
        step = _atom(body[0][0], body[0][1], ignore_case) if len(body) == 1 else None
        if step is not None and step.source in _SPACING:  # '[ \t]*Dear': 'Dear' or a space and more, not a space
            more = (op, (0, high if high == MAXREPEAT else high - 1, body))
            return _heads(rest, reach, ignore_case) | _heads([*body, more, *rest], reach, ignore_case)
        once = _heads(list(body), reach, ignore_case)  # after one repetition the beginning is cut
        return once | _heads(rest, reach, ignore_case)
    return {()}


def _group(value: Any, rest: list[Any], reach: int, ignore_case: bool) -> set[Head]:
    """Beginnings of a group and what follows it, under the group's own case rule."""
    _number, add_flags, del_flags, body = value
    if (add_flags | del_flags) & ~_HARMLESS_FLAGS:
        return {()}  # ASCII or locale would change what a step means
    inner = bool(add_flags & re.IGNORECASE) or (ignore_case and not del_flags & re.IGNORECASE)
    return _heads([(_CASE, inner), *body, (_CASE, ignore_case), *rest], reach, ignore_case)


def _atom(op: Any, value: Any, ignore_case: bool) -> Atom | None:
    """The character test or one-character look-behind a node is, written for the case-insensitive
    leading pattern; a negative test keeps its own case rule (made case-insensitive it would reject more)."""
    if op in (LITERAL, NOT_LITERAL) and value == _ANY_CHARACTER:
        return _WIDENED
    if op is LITERAL:
        return Atom(_char(value), 1)
    if op is ANY:
        return Atom("(?s:.)", 1)
    if op is NOT_LITERAL:
        return Atom(_cased("[^" + _char(value) + "]", ignore_case), 1)
    if op is IN:
        return _class(value, ignore_case)
    if op in (ASSERT, ASSERT_NOT) and value[0] == -1 and len(value[1]) == 1:
        inner_op, inner_value = value[1][0]
        inner = _atom(inner_op, inner_value, ignore_case)
        # a widened test looked for behind may only be required, not ruled out
        if inner is not None and inner.width == 1 and (inner.exact or op is ASSERT):
            look = ("(?<=" if op is ASSERT else "(?<!") + inner.source + ")"
            return Atom(look if op is ASSERT else _cased(look, ignore_case), 0)
    return None


def _class(items: list[Any], ignore_case: bool) -> Atom | None:
    """A character class, written for `regex`."""
    parts, negated = [], False
    for op, value in items:
        if op is NEGATE:
            negated = True
        elif op is LITERAL and value == _ANY_CHARACTER:
            return _WIDENED
        elif op is LITERAL:
            parts.append(_char(value))
        elif op is RANGE:
            parts.append(_char(value[0]) + "-" + _char(value[1]))
        elif op is CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            return None
    members = "".join(parts)
    if negated:
        return Atom(_cased("[^" + members + "]", ignore_case), 1)
    return Atom("[" + members + "]", 1)


_WIDENED = Atom("(?s:.)", 1, exact=False)


def _cased(source: str, ignore_case: bool) -> str:
    """A test kept case-sensitive where its pattern is."""
    return source if ignore_case else "(?-i:" + source + ")"


def _char(code: int) -> str:
    """One character as a pattern: letters and digits as they are, anything else escaped by code."""
    char = chr(code)
    return char if char.isalnum() else f"\\U{code:08X}"


def _trie(heads: Iterable[Head]) -> str:
    """The beginnings as one alternation with shared prefixes factored out (a shorter one suffices)."""
    tree: dict[Atom | None, Any] = {}
    for head in heads:
        node = tree
        for atom in head:
            node = node.setdefault(atom, {})
        node[None] = {}
    return _emit(tree)


def _emit(node: dict[Atom | None, Any]) -> str:
    """One level of the prefix tree."""
    if None in node:
        return ""
    parts = sorted(atom.source + _emit(child) for atom, child in node.items() if atom is not None)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
