"""The comparison levels of the linkage model, each written once as SQL and once in Python.

Splink evaluates the SQL in DuckDB or Spark; `match_one` and `compare_names` evaluate the Python
twin, so a pair gets the same level (and the same weight) on every path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from chronicle.names.features import Features, uzbek_vowels
from chronicle.names.given_names import name_elements

Predicate = Callable[[Features, Features], bool]


@dataclass(frozen=True)
class Level:
    """One comparison level: a label, its SQL condition and the same test in Python."""

    label: str
    sql: str | None  # None for the final "else" level
    test: Predicate
    is_null: bool = False


@dataclass(frozen=True)
class ComparisonSpec:
    """One comparison (a column of the comparison vector) and its levels, most specific first."""

    name: str
    description: str
    levels: tuple[Level, ...]

    def level_of(self, left: Features, right: Features) -> int:
        """Index of the first level the pair satisfies (Splink's gamma, null level = -1)."""
        for index, level in enumerate(self.levels):
            if level.test(left, right):
                return -1 if level.is_null else index - self._offset
        raise AssertionError("the last level is always 'else'")

    def label_of(self, left: Features, right: Features) -> str:
        """Label of the first level the pair satisfies."""
        return next(level.label for level in self.levels if level.test(left, right))

    @property
    def _offset(self) -> int:
        return 1 if self.levels[0].is_null else 0


def _eq(a: object, b: object) -> bool:
    """SQL equality: NULL equals nothing."""
    return a is not None and b is not None and a == b


def _close(a: str | None, b: str | None, a_sorted: str | None, b_sorted: str | None) -> bool:
    """A typo apart: one edit, the same letters transposed, or two edits in a long word."""
    if a is None or b is None:
        return False
    distance = Levenshtein.distance(a, b, score_cutoff=3)
    return distance <= 1 or _eq(a_sorted, b_sorted) or (distance <= 2 and min(len(a), len(b)) >= 7)


def close_given(a: str | None, b: str | None, a_sorted: str | None, b_sorted: str | None) -> bool:
    """Given names a typo apart, or one a short form of the other (Maks, Maksim; a list's 'BOKAEV Mol' for
    Мөлдір, but not Нұр, which begins a dozen names)."""
    if a is None or b is None:
        return False
    short, long = sorted((a, b), key=len)
    return (_is_cut(short) and long.startswith(short)) or _close(a, b, a_sorted, b_sorted)


def _is_cut(short: str) -> bool:
    return len(short) > MIN_SHORT_FORM or (len(short) == MIN_SHORT_FORM and short not in name_elements())


# A given name cut to its first letters stands for the whole from three letters on, unless they begin four names
# or more of the table (given_names.name_elements): then they are an element names are made of.
MIN_SHORT_FORM = 3
_ELEMENTS = ", ".join(f"'{element}'" for element in sorted(name_elements()))
CLOSE_GIV_PREFIX = " OR ".join(
    f"((length(giv_{a}) > {MIN_SHORT_FORM} OR (length(giv_{a}) = {MIN_SHORT_FORM} AND giv_{a} NOT IN ({_ELEMENTS})))"
    f" AND substr(giv_{b}, 1, length(giv_{a})) = giv_{a})"
    for a, b in (("l", "r"), ("r", "l"))
)


def _close_sql(column: str, sorted_column: str | None) -> str:
    lev = f"levenshtein({column}_l, {column}_r)"
    letters = f" OR {sorted_column}_l = {sorted_column}_r" if sorted_column else ""
    long = f"least(length({column}_l), length({column}_r)) >= 7"
    return f"({lev} <= 1{letters} OR ({lev} <= 2 AND {long}))"


def initials_agree(a: str | None, a_alt: str | None, b: str | None, b_alt: str | None) -> bool:
    """Two initials agree, either read of an ambiguous one counting (Y. is Е or Я/Ю)."""
    return (a is not None and a in (b, b_alt)) or (a_alt is not None and a_alt == b)


def _gi_agree(left: Features, right: Features) -> bool:
    return initials_agree(left.gi, left.gi2, right.gi, right.gi2)


GI_AGREE = "(gi_l = gi_r OR gi_l = gi2_r OR gi2_l = gi_r)"
PI_AGREE = "(pi_l = pi_r OR pi_l = pi2_r OR pi2_l = pi_r)"


def _else() -> Level:
    return Level("else", None, lambda left, right: True)


def _one_typo(a: str | None, b: str | None, a_sorted: str | None, b_sorted: str | None) -> bool:
    """One edit apart, or the same letters transposed."""
    if a is None or b is None:
        return False
    return Levenshtein.distance(a, b, score_cutoff=2) <= 1 or _eq(a_sorted, b_sorted)


def _close_sur(left: Features, right: Features) -> bool:
    # The whole surname too: a typo in the ending (Леедева, Кожабаеу, OMAORV, Абыолва) changes
    # the root.
    return (
        _one_typo(left.sur, right.sur, left.sur_sorted, right.sur_sorted)
        or _one_typo(left.sfull, right.sfull, left.sfull_sorted, right.sfull_sorted)
        or _one_typo(left.sur_alt, right.sur, None, None)
        or _one_typo(left.sur, right.sur_alt, None, None)
        # As written, before folding: a letter dropped beside its double (Таасов ~ Тарасов,
        # Frooov ~ Frolov) is one edit there and two once the double is collapsed.
        or _one_typo(left.sur_latin, right.sur_latin, left.sur_latin_sorted, right.sur_latin_sorted)
        # A Cyrillic keyboard's typo on or into Ш/Щ/Ч (Сыздық ~ Сыздчқ): one edit here, two in
        # the skeleton.
        or _one_typo(left.sur_compact, right.sur_compact, None, None)
        or _eq(uzbek_vowels(left.sur), uzbek_vowels(right.sur))
    )


_UZBEK_VOWELS = "replace(replace({column}, 'o', 'a'), 'h', 'g')"


def _uzbek_sql(column: str) -> str:
    left, right = _UZBEK_VOWELS.format(column=f"{column}_l"), _UZBEK_VOWELS.format(column=f"{column}_r")
    return f"{left} = {right}"


def _near_sur(left: Features, right: Features) -> bool:
    # Two edits in a long surname: as often another family's name as a typo (Baigaliev, Baibalaev).
    return _close(left.sur, right.sur, None, None) or _close(left.sfull, right.sfull, None, None)


def _two_known_names(left: Features, right: Features) -> bool:
    """Both given names are common names, and different ones: Нұрлан and Нұржан, Марат and
    Мұрат, Мадина and Марина are two names, not a typo of one; nor are Бақыт and Бақытжан, Дина
    and Динара one name and its short form (a short form, Maks, is not in the table)."""
    a, b = left.giv_known, right.giv_known
    return a is not None and b is not None and a != b


def given_names_close(left: Features, right: Features) -> bool:
    """Given names a typo apart on their keys or as written in plain Latin (one edit, or the
    same letters two edits apart: Aruznan, Sanzahr), or one a short form of the other; a typo
    made on a Cyrillic keyboard on a letter Latin writes with two (Жұлдыз ~ Жулдыщ) or on a
    Latin keyboard in such a pair (Uljan ~ Ulhzan) counts as one; never two different common
    names."""
    if _eq(uzbek_vowels(left.giv), uzbek_vowels(right.giv)):
        return True  # (Ibrohim and Ibragim: one name in Uzbek and in Russian, both in the table)
    if _two_known_names(left, right):
        return False
    if close_given(left.giv, right.giv, left.giv_sorted, right.giv_sorted):
        return True
    return (
        _written_close(left.giv_latin, right.giv_latin, left.giv_latin_sorted, right.giv_latin_sorted)
        or _written_close(left.giv_compact, right.giv_compact, left.giv_compact_sorted, right.giv_compact_sorted)
        or _written_close(left.giv_latin, right.giv_wide, left.giv_latin_sorted, right.giv_wide_sorted)
        or _written_close(left.giv_wide, right.giv_latin, left.giv_wide_sorted, right.giv_latin_sorted)
    )


def _written_close(a: str | None, b: str | None, a_sorted: str | None, b_sorted: str | None) -> bool:
    """One edit apart, or the same letters two edits apart (a transposition)."""
    if a is None or b is None:
        return False
    distance = Levenshtein.distance(a, b, score_cutoff=3)
    return distance <= 1 or (distance <= 2 and _eq(a_sorted, b_sorted))


_close_giv = given_names_close


def may_be_swapped(left: Features, right: Features) -> bool:
    """Whether one of the two records may have been read the wrong way round: not both told
    their surname by a mark, a patronymic's place or an -ов/-ева ending (Николаев Михаил
    Борисович and Mikhaylov Nikolay are two people, not one read two ways)."""
    return left.told is None or right.told is None


MAY_BE_SWAPPED = "(told_l IS NULL OR told_r IS NULL)"


def swapped_with_typo(left: Features, right: Features) -> bool:
    """Read in the other order, one part equal and the other a typo apart: where nothing told
    the parser the order (Оспан Абек ~ Ospan Aibek, Досахмет Маржан ~ Marzhan Dosqkhmetova)."""
    return may_be_swapped(left, right) and (_crossed_typo(left, right) or _crossed_typo(right, left))


def _crossed_typo(a: Features, b: Features) -> bool:
    # a's surname is b's given name; a's given name and b's surname a typo apart, as roots or as
    # whole words (a typo in the ending: Комароса Яна ~ Яна Комарова), or the same letters with
    # two swapped (Доскали Ежлас ~ Досқали Елжас, Жқаия Раушан ~ Zhakiyaeva Raushan).
    return _eq(a.sur, b.gstem) and (
        _close(a.gstem, b.sur, None, None)
        or _one_typo(a.giv, b.sfull, None, None)
        or _eq(a.giv_sorted, b.sfull_sorted)
        or _eq(a.giv_sorted, b.sur_sorted)
    )


def swapped_initial(left: Features, right: Features) -> bool:
    """Read in the other order, the surname equal and the initial agreeing (М. Жанай ~ Жанай
    Молдир read as Given Surname)."""
    return may_be_swapped(left, right) and (_crossed_initial(left, right) or _crossed_initial(right, left))


def _crossed_initial(a: Features, b: Features) -> bool:
    return a.giv is None and _eq(a.sur, b.gstem) and _eq(a.gi, b.si)


def _one_given_missing(left: Features, right: Features) -> bool:
    return left.giv is None or right.giv is None


CLOSE_SUR = (
    "(levenshtein(sur_l, sur_r) <= 1 OR sur_sorted_l = sur_sorted_r"
    " OR levenshtein(sfull_l, sfull_r) <= 1 OR sfull_sorted_l = sfull_sorted_r"
    " OR levenshtein(sur_alt_l, sur_r) <= 1 OR levenshtein(sur_l, sur_alt_r) <= 1"
    " OR levenshtein(sur_latin_l, sur_latin_r) <= 1 OR sur_latin_sorted_l = sur_latin_sorted_r"
    " OR levenshtein(sur_compact_l, sur_compact_r) <= 1"
    f" OR {_uzbek_sql('sur')})"
)
NEAR_SUR = f"({_close_sql('sur', None)} OR {_close_sql('sfull', None)})"


def _written_close_sql(left: str, right: str) -> str:
    lev = f"levenshtein({left}_l, {right}_r)"
    return f"{lev} <= 1 OR ({lev} <= 2 AND {left}_sorted_l = {right}_sorted_r)"


CLOSE_GIV_WRITTEN = (
    f"({_written_close_sql('giv_latin', 'giv_latin')} OR {_written_close_sql('giv_compact', 'giv_compact')}"
    f" OR {_written_close_sql('giv_latin', 'giv_wide')} OR {_written_close_sql('giv_wide', 'giv_latin')})"
)
TWO_KNOWN_NAMES = "(giv_known_l IS NOT NULL AND giv_known_r IS NOT NULL AND giv_known_l <> giv_known_r)"
CLOSE_GIV = (
    f"((({_close_sql('giv', 'giv_sorted')} OR {CLOSE_GIV_PREFIX} OR {CLOSE_GIV_WRITTEN}) AND NOT {TWO_KNOWN_NAMES})"
    f" OR {_uzbek_sql('giv')})"
)
ONE_GIVEN_MISSING = "(giv_l IS NULL OR giv_r IS NULL)"


def _crossed_sql(a: str, b: str) -> str:
    lev = f"levenshtein(gstem_{a}, sur_{b})"
    long = f"least(length(gstem_{a}), length(sur_{b})) >= 7"
    whole = f"levenshtein(giv_{a}, sfull_{b}) <= 1"
    swapped = f"giv_sorted_{a} = sfull_sorted_{b} OR giv_sorted_{a} = sur_sorted_{b}"
    return f"(sur_{a} = gstem_{b} AND ({lev} <= 1 OR ({lev} <= 2 AND {long}) OR {whole} OR {swapped}))"


SWAPPED_TYPO = f"({MAY_BE_SWAPPED} AND ({_crossed_sql('l', 'r')} OR {_crossed_sql('r', 'l')}))"
SWAPPED_INITIAL = (
    f"({MAY_BE_SWAPPED} AND ((giv_l IS NULL AND sur_l = gstem_r AND gi_l = si_r)"
    " OR (giv_r IS NULL AND sur_r = gstem_l AND gi_r = si_l)))"
)


def fathers_name_for_surname(left: Features, right: Features) -> bool:
    """'Лаззат Ержанқызы' ~ 'Омарова Ләззат Ержанқызы': one record writes the son's or daughter's name in -ұлы /
    -қызы where a surname goes (as Kazakh does), and it is the other record's father's name."""
    return _eq(left.giv, right.giv) and (
        (left.sson is not None and _eq(left.sur, right.pat)) or (right.sson is not None and _eq(right.sur, left.pat))
    )


FATHERS_NAME_FOR_SURNAME = (
    "giv_l = giv_r AND ((sson_l IS NOT NULL AND sur_l = pat_r) OR (sson_r IS NOT NULL AND sur_r = pat_l))"
)

NAME = ComparisonSpec(
    "name",
    "Surname root and given name, allowing swapped order, typos and initials",
    (
        Level("null", "sur_l IS NULL OR sur_r IS NULL",
              lambda a, b: a.sur is None or b.sur is None, is_null=True),
        Level("surname and given name equal", "sur_l = sur_r AND giv_l = giv_r",
              lambda a, b: _eq(a.sur, b.sur) and _eq(a.giv, b.giv)),
        Level("surname and given name swapped", f"sur_l = gstem_r AND gstem_l = sur_r AND {MAY_BE_SWAPPED}",
              lambda a, b: _eq(a.sur, b.gstem) and _eq(a.gstem, b.sur) and may_be_swapped(a, b)),
        Level("given name equal, surname the other's father's name", FATHERS_NAME_FOR_SURNAME,
              fathers_name_for_surname),
        Level("surname equal, given name a typo apart", f"sur_l = sur_r AND {CLOSE_GIV}",
              lambda a, b: _eq(a.sur, b.sur) and _close_giv(a, b)),
        Level("surname a typo apart, given name equal", f"{CLOSE_SUR} AND giv_l = giv_r",
              lambda a, b: _close_sur(a, b) and _eq(a.giv, b.giv)),
        Level("surname and given name a typo apart", f"{CLOSE_SUR} AND {CLOSE_GIV}",
              lambda a, b: _close_sur(a, b) and _close_giv(a, b)),
        Level("surname two letters apart, given name equal", f"{NEAR_SUR} AND giv_l = giv_r",
              lambda a, b: _near_sur(a, b) and _eq(a.giv, b.giv)),
        Level("surname and given name swapped, a typo apart", SWAPPED_TYPO, swapped_with_typo),
        Level("surname equal, initial agrees",
              f"sur_l = sur_r AND {ONE_GIVEN_MISSING} AND {GI_AGREE}",
              lambda a, b: _eq(a.sur, b.sur) and _one_given_missing(a, b) and _gi_agree(a, b)),
        Level("surname a typo apart, initial agrees",
              f"{CLOSE_SUR} AND {ONE_GIVEN_MISSING} AND {GI_AGREE}",
              lambda a, b: _close_sur(a, b) and _one_given_missing(a, b) and _gi_agree(a, b)),
        Level("surname and initial swapped", SWAPPED_INITIAL, swapped_initial),
        Level("surname equal, given name unknown",
              "sur_l = sur_r AND (gi_l IS NULL OR gi_r IS NULL)",
              lambda a, b: _eq(a.sur, b.sur) and (a.gi is None or b.gi is None)),
        Level("surname equal, given names differ", "sur_l = sur_r",
              lambda a, b: _eq(a.sur, b.sur)),
        _else(),
    ),
)  # fmt: skip

PATRONYMIC = ComparisonSpec(
    "patronymic",
    "Father's name from -ович/-овна/-ұлы/-қызы patronymics or an initial",
    (
        Level("null", "(pat_l IS NULL AND pi_l IS NULL) OR (pat_r IS NULL AND pi_r IS NULL)",
              lambda a, b: (a.pat is None and a.pi is None) or (b.pat is None and b.pi is None),
              is_null=True),
        Level("patronymic equal", "pat_l = pat_r", lambda a, b: _eq(a.pat, b.pat)),
        Level("patronymic a typo apart", _close_sql("pat", None),
              lambda a, b: _close(a.pat, b.pat, None, None)),
        Level("patronymic initial agrees", PI_AGREE, lambda a, b: initials_agree(a.pi, a.pi2, b.pi, b.pi2)),
        _else(),
    ),
)  # fmt: skip

BIRTH_YEAR = ComparisonSpec(
    "birth_year",
    "Year of birth",
    (
        Level("null", "byear_l IS NULL OR byear_r IS NULL",
              lambda a, b: a.byear is None or b.byear is None, is_null=True),
        Level("birth year equal", "byear_l = byear_r", lambda a, b: _eq(a.byear, b.byear)),
        Level("birth year one apart", "abs(byear_l - byear_r) = 1",
              lambda a, b: abs((a.byear or 0) - (b.byear or 0)) == 1),
        _else(),
    ),
)  # fmt: skip

SEX = ComparisonSpec(
    "sex",
    "Sex as the name's endings tell it (-ова, -қызы, -овна; common given names)",
    (
        Level("null", "sex_l IS NULL OR sex_r IS NULL",
              lambda a, b: a.sex is None or b.sex is None, is_null=True),
        Level("sex equal", "sex_l = sex_r", lambda a, b: _eq(a.sex, b.sex)),
        _else(),
    ),
)  # fmt: skip

REGION = ComparisonSpec(
    "region",
    "Region of the record",
    (
        Level("null", "region_l IS NULL OR region_r IS NULL",
              lambda a, b: a.region is None or b.region is None, is_null=True),
        Level("region equal", "region_l = region_r", lambda a, b: _eq(a.region, b.region)),
        _else(),
    ),
)  # fmt: skip

COMPARISONS: tuple[ComparisonSpec, ...] = (NAME, PATRONYMIC, BIRTH_YEAR, SEX, REGION)
