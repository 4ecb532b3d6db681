"""Forward transliteration of Cyrillic names by the systems in real use (for the test set).

Each system is a letter table plus the context rules that matter for names: BGN/PCGN's
Ye- at the start and after vowels, -ий endings, Дж- for Ж in older Russian spellings.
"""

from __future__ import annotations

import random
from collections.abc import Callable

FLATTEN_KAZAKH = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")

_RUSSIAN_BASE: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

ICAO = {
    **_RUSSIAN_BASE,
    "й": "i",
    "ъ": "ie",
    "ю": "iu",
    "я": "ia",
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "kh",
    "і": "i",
}
MVD_310 = dict(_RUSSIAN_BASE)
# Soviet and early Kazakh/Russian passports in the French-based table (MVD 310, French variant).
MVD_310_FR = {**_RUSSIAN_BASE, "ж": "j", "й": "i", "у": "ou", "х": "kh", "ч": "tch", "ш": "ch",
              "щ": "chtch", "ю": "iou", "я": "ia"}  # fmt: skip
# Russian passports 2010-2013 (GOST R 52535.1-2006): Ц = tc, Й = i, Ю/Я = iu/ia.
GOST_52535 = {**_RUSSIAN_BASE, "й": "i", "ц": "tc", "ю": "iu", "я": "ia"}
BGN_PCGN = {**_RUSSIAN_BASE, "ё": "ë", "ь": "'"}
BGN_KAZAKH = {
    **_RUSSIAN_BASE,
    "ә": "ä",
    "ғ": "gh",
    "қ": "q",
    "ң": "ng",
    "ө": "ö",
    "ұ": "u",
    "ү": "ü",
    "һ": "h",
    "і": "i",
    "у": "ū",
    "и": "ī",
}
ISO_9 = {
    **_RUSSIAN_BASE,
    "ж": "ž",
    "й": "j",
    "х": "h",
    "ц": "c",
    "ч": "č",
    "ш": "š",
    "щ": "ŝ",
    "э": "è",
    "ю": "û",
    "я": "â",
    "ё": "ë",
    "ъ": "ʺ",
    "ь": "ʹ",
    "ә": "a̋",
    "ғ": "ġ",
    "қ": "ķ",
    "ң": "ṇ",
    "ө": "ô",
    "ұ": "u̇",
    "ү": "ù",
    "һ": "ḥ",
    "і": "ì",
}
KAZAKH_2017 = {
    **_RUSSIAN_BASE,
    "ә": "a'",
    "ғ": "g'",
    "ж": "j",
    "и": "i'",
    "й": "i'",
    "қ": "q",
    "ң": "n'",
    "ө": "o'",
    "у": "y'",
    "ұ": "u",
    "ү": "u'",
    "х": "h",
    "һ": "h",
    "і": "i",
    "ш": "s'",
    "ч": "c'",
    "щ": "s's'",
    "ю": "i'y'",
    "я": "i'a",
}
KAZAKH_2018 = {
    **_RUSSIAN_BASE,
    "ә": "á",
    "ғ": "ǵ",
    "ж": "j",
    "и": "ı",
    "й": "ı",
    "қ": "q",
    "ң": "ń",
    "ө": "ó",
    "у": "ý",
    "ұ": "u",
    "ү": "ú",
    "х": "h",
    "һ": "h",
    "і": "i",
    "ю": "ıý",
    "я": "ıa",
}
KAZAKH_2021 = {**_RUSSIAN_BASE, "ә": "ä", "ғ": "ğ", "ж": "j", "и": "i", "й": "i", "қ": "q",
               "ң": "ñ", "ө": "ö", "у": "u", "ұ": "ū", "ү": "ü", "х": "h", "һ": "h", "і": "ı",
               "ш": "ş", "ч": "ç", "щ": "şş", "ю": "iu", "я": "ia"}  # fmt: skip
VOWELS = set("аәеёиоөуұүыіэюяaeiou")

Renderer = Callable[[str, random.Random], str]


def _apply(table: dict[str, str], word: str, ye_rule: bool = False) -> str:
    """Transliterate one lower-case word; with `ye_rule`, е is ye initially and after vowels."""
    out = []
    for i, char in enumerate(word):
        after_vowel = i == 0 or word[i - 1] in VOWELS or word[i - 1] in "ьъй-"
        if ye_rule and char == "е" and after_vowel:
            out.append("ye")
        else:
            out.append(table.get(char, char))
    return "".join(out)


def _title(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _words(table: dict[str, str], ye_rule: bool = False) -> Renderer:
    def render(text: str, rng: random.Random) -> str:
        return " ".join(_title(_apply(table, w.lower(), ye_rule)) for w in text.split())

    return render


def _press(text: str, rng: random.Random) -> str:
    """English-press habits: Ye-, -yev, J or Zh, Kh or H, Kassym, -iy/-y/-i."""
    table = {**BGN_PCGN, "ь": "", "ж": rng.choice(["zh", "j"]), "х": rng.choice(["kh", "kh", "h"])}
    words = []
    for word in text.lower().split():
        latin = _apply(table, word.replace("ий", "\0"), ye_rule=True)
        latin = latin.replace("\0", rng.choice(["iy", "y", "i"]))
        if rng.random() < 0.3:
            latin = _double_intervocalic_s(latin)
        words.append(_title(latin))
    return " ".join(words)


def _double_intervocalic_s(word: str) -> str:
    for i in range(1, len(word) - 1):
        if word[i] == "s" and word[i - 1] in "aeiouy" and word[i + 1] in "aeiouy":
            return word[:i] + "s" + word[i:]
    return word


def _informal(text: str, rng: random.Random) -> str:
    """Social-media spelling: j for ж, h for х, i for й, y or i for ы, q sometimes for қ."""
    table = {**_RUSSIAN_BASE, "ж": "j", "х": "h", "й": "i", "ы": rng.choice(["y", "i"]),
             "ю": "iu", "я": "ia", "қ": rng.choice(["k", "q"]), "ғ": "g", "ң": "n", "ә": "a",
             "ө": "o", "ұ": "u", "ү": "u", "і": "i", "һ": "h"}  # fmt: skip
    return _words(table)(text, rng)


SYSTEMS: dict[str, Renderer] = {
    "icao_9303": _words(ICAO),
    "mvd_310": _words(MVD_310),
    "mvd_310_fr": _words(MVD_310_FR),
    "gost_52535": _words(GOST_52535),
    "bgn_pcgn": _words(BGN_PCGN, ye_rule=True),
    "bgn_pcgn_kazakh": _words(BGN_KAZAKH),
    "iso_9": _words(ISO_9),
    "kazakh_latin_2017": _words(KAZAKH_2017),
    "kazakh_latin_2018": _words(KAZAKH_2018),
    "kazakh_latin_2021": _words(KAZAKH_2021),
    "press": _press,
    "informal": _informal,
}
# Systems that read a Russian-language (flattened) spelling rather than the Kazakh one.
RUSSIAN_BASED = frozenset({"mvd_310", "mvd_310_fr", "gost_52535", "bgn_pcgn", "press"})


def flatten_kazakh(text: str) -> str:
    """Russian-language spelling of Kazakh letters (Қ→К, Ғ→Г, Ү/Ұ→У, Ө→О, Ә→А, І→И, Һ→Х)."""
    return text.translate(FLATTEN_KAZAKH)


def render(text: str, system: str, rng: random.Random) -> str:
    """Write a Cyrillic name in a Latin system."""
    return SYSTEMS[system](text, rng)
