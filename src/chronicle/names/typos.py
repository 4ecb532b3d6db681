"""Realistic typing errors in names: neighbouring keys, dropped doubled letters, swaps."""

from __future__ import annotations

import random

_LATIN_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_CYRILLIC_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")


def _neighbours(rows: tuple[str, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, char in enumerate(row):
            near = row[max(c - 1, 0) : c] + row[c + 1 : c + 2]
            for other in rows[max(r - 1, 0) : r] + rows[r + 1 : r + 2]:
                near += other[c : c + 1]
            table[char] = near
    return table


NEIGHBOURS = {**_neighbours(_LATIN_ROWS), **_neighbours(_CYRILLIC_ROWS)}


def _match_case(new: str, old: str) -> str:
    return new.upper() if old.isupper() else new


def _neighbour_key(word: str, rng: random.Random) -> str:
    spots = [i for i in range(1, len(word)) if word[i].lower() in NEIGHBOURS]
    if not spots:
        return word
    i = rng.choice(spots)
    new = rng.choice(NEIGHBOURS[word[i].lower()])
    return word[:i] + _match_case(new, word[i]) + word[i + 1 :]


def _drop_double(word: str, rng: random.Random) -> str:
    doubles = [i for i in range(1, len(word)) if word[i].lower() == word[i - 1].lower()]
    if not doubles:
        return _swap_neighbours(word, rng)
    i = rng.choice(doubles)
    return word[:i] + word[i + 1 :]


def _swap_neighbours(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _drop_letter(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word))
    return word[:i] + word[i + 1 :]


TYPOS = (_neighbour_key, _neighbour_key, _drop_double, _swap_neighbours, _drop_letter)


def misspell(word: str, rng: random.Random) -> str:
    """The word with one typing error; the first letter is kept, as people rarely miss it."""
    return rng.choice(TYPOS)(word, rng)
