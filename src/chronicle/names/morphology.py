"""Suffixes of surnames and patronymics (Russian and Kazakh), read on skeletons."""

from __future__ import annotations

# Patronymics: Russian -ович/-евич/-овна/-евна, Kazakh -ұлы/-қызы (Latin -uly/-qyzy) as
# skeletons. Longest first, so -ovna is not read as -na.
# Not -ulu: it would read the female names Күнсұлу, Ақсұлу as patronymics.
# The skeleton writes Ч as sh (see skeleton.py), so -ович is -ovish here.
# Uzbek угли/ўғли/o'g'li and Azerbaijani оглы/гызы are the same son/daughter words.
# -ovis is -ович as ISO 9 and GOST write it (-ovič) with the mark lost on a keyboard (Kairatovic).
MALE_PATRONYMIC = ("ovish", "evish", "ovis", "evis", "ish", "uli", "ogli", "ugli")
FEMALE_PATRONYMIC = ("ovna", "evna", "ishna", "inishna", "kizi", "kisi", "gizi")
PATRONYMIC_SUFFIXES = tuple(sorted(MALE_PATRONYMIC + FEMALE_PATRONYMIC, key=len, reverse=True))
KAZAKH_PATRONYMIC = ("uli", "kizi", "kisi", "ugli", "ogli", "gizi")

# Surnames: gendered Russian-style endings that the 1996 decree lets Kazakhs drop.
FEMALE_SURNAME = ("ova", "eva", "ina", "skaia", "skaa", "kaia")
# (-zoda, -zade, and the Georgian -швили/-shvili and -дзе/-dze: either sex)
MALE_SURNAME = ("ov", "ev", "in", "skii", "ski", "enko", "zoda", "zade", "shvili", "dze")
# Endings that tell a man's surname: not -ин (Kazakh roots end so: Тұрсын, Ақын) nor -енко (either sex).
MALE_ONLY_SURNAME = ("ov", "ev", "skii", "ski")
# (-зода/-zoda: the Tajik form that replaced -ов since 2007, Шарафзода ~ Sharafov; -заде in Azerbaijan)
SURNAME_STRIP = ("zoda", "zada", "zade", "ova", "eva", "ov", "ev", "uli", "kizi")
MIN_STEM = 3
MIN_SURNAME_STEM = 2  # Зуев/Зуева


def patronymic_suffix(key: str) -> str | None:
    """The patronymic suffix a skeleton ends with, if the word is long enough to be one."""
    for suffix in PATRONYMIC_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= MIN_STEM:
            if suffix == "ish" and not key.endswith(("ilish", "mish")):
                continue  # -ич alone (Ильич, Фомич) is too like -ыш (Қуаныш) to read as a patronymic
            return suffix
    return None


# Endings only surnames have: given names end in -ина (Марина, Мадина) and -ин (Ерсайын) too.
STRONG_SURNAME = ("ova", "eva", "skaia", "skaa", "ov", "ev", "skii", "ski", "zoda", "zade", "shvili", "dze")


def has_strong_surname_suffix(key: str) -> bool:
    """Whether a skeleton ends like a surname and not like a given name (-ов, -ева, -ский)."""
    return any(key.endswith(suffix) and len(key) - len(suffix) >= MIN_SURNAME_STEM for suffix in STRONG_SURNAME)


def has_surname_suffix(key: str) -> bool:
    """Whether a skeleton ends like a Russian-style surname (-ов, -ева, -ин, -ский, -енко)."""
    return any(
        key.endswith(suffix) and len(key) - len(suffix) >= MIN_SURNAME_STEM for suffix in FEMALE_SURNAME + MALE_SURNAME
    )


def _strip_final_i(stem: str) -> str:
    # Жексебаев ~ Жексебай and Нургалиев ~ Нургали: the root's final й/и is absorbed by -ев.
    # A root in -ей (Есеней, Сергей) loses its е too: Есенеев folds to esenev (doubled letters
    # collapse), so its root is esen, and so must Есеней's be.
    if stem.endswith("ei") and len(stem) - 2 >= MIN_STEM:
        return stem[:-2]
    return stem[:-1] if stem.endswith("i") and len(stem) > MIN_STEM else stem


def surname_stem(key: str) -> str:
    """The root of a surname skeleton: Bokaeva, Bokayev, Бокаев and Бокай all give `boka`."""
    if key.endswith("skaia"):
        return _strip_final_i(key[:-5] + "ski")
    if key.endswith("ina") and len(key) - 3 >= MIN_SURNAME_STEM:
        key = key[:-1]  # Ильина → Ильин
    for suffix in SURNAME_STRIP:
        if key.endswith(suffix) and len(key) - len(suffix) >= MIN_SURNAME_STEM:
            return _strip_final_i(key[: -len(suffix)])
    return _strip_final_i(key)


def patronymic_stem(key: str) -> str:
    """The father's name inside a patronymic skeleton: Kairatovich and Қайратұлы give `kairat`."""
    suffix = patronymic_suffix(key)
    stem = key[: -len(suffix)] if suffix else key
    if suffix is None and len(key) >= 8 and key.endswith("ish"):
        stem = key[:-4] if key[-4] in "oe" else key[:-3]  # -ович struck wrong: 'Виктороыич' is Victor's
    return _strip_final_i(stem)


def sex_of_surname(key: str) -> str | None:
    """'f' or 'm' when a surname's ending says so (Бокаева, Bokaev), else None."""
    if any(key.endswith(s) and len(key) - len(s) >= MIN_SURNAME_STEM for s in FEMALE_SURNAME):
        return "f"
    if any(key.endswith(s) and len(key) - len(s) >= MIN_SURNAME_STEM for s in MALE_ONLY_SURNAME):
        return "m"
    return None


def sex_of_patronymic(key: str) -> str | None:
    """'f' or 'm' when a patronymic's suffix says so, else None."""
    suffix = patronymic_suffix(key)
    if suffix in FEMALE_PATRONYMIC:
        return "f"
    return "m" if suffix else None


def surname_stem_after_typo(key: str) -> str | None:
    """The root of a surname whose -ов/-ев/-ова/-ева ending has a typo (Токавеа, Kalibayva,
    Кентеав, Omarvo), or None if the ending is not one letter slip from those: a typo in the
    ending keeps the root from being found (Токавеа ~ Тоқай)."""
    if key.endswith(("ov", "ev", "ova", "eva")):
        return None
    if len(key) - 3 >= MIN_SURNAME_STEM and sorted(key[-3:]) in (sorted("ova"), sorted("eva")):
        return surname_stem(key[:-3])
    if len(key) - 2 >= MIN_SURNAME_STEM and key.endswith("va"):
        return surname_stem(key[:-2])  # -ова/-ева with its vowel dropped
    if len(key) - 2 >= MIN_SURNAME_STEM and key.endswith(("vo", "ve")):
        return surname_stem(key[:-2])
    if len(key) - 3 >= MIN_SURNAME_STEM and key[:-1].endswith(("ov", "ev", "ova", "eva")) and key[-1] not in "aeiou":
        return surname_stem(key[:-1])  # a letter struck after the ending: Есенбековк, Omarovf
    return None
