"""The trained linkage model: Splink settings built from our comparisons, m/u from the JSON file."""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from rapidfuzz.distance import Levenshtein

from chronicle.names.comparisons import COMPARISONS, ComparisonSpec
from chronicle.names.features import Features

MODEL_FILE = "data/linkage_model.json"
# Candidate pairs: same surname root and initial (either reading of an ambiguous Latin initial:
# Y. ~ Яна); order swapped (one side's surname the other's
# given name, and the other part equal or its initial agreeing, so a typo in it or an initial for
# it is found: Оспан Абек ~ Ospan Aibek, М. Жанай ~ Жанай Молдир); same given name and the first
# two or last three letters of the surname root (a typo in the root); same surname letters and
# initial (a transposition); the root read past a typo in the -ов/-ова ending (Токавеа ~ Тоқай)
# and initial; a surname typo beside an initial or a given name with a typo of its
# own (G. JUMABZYEVA ~ Gulnara Jumabayeva, Zhsnna Zhaqīyaeva ~ Zhanna ZHAKOIAEVA): same initial
# and the first two or last four letters of the root, the surnames a typo apart (a typo in the
# middle of a short root changes its first four letters and its last: Шкенов ~ Шәкенов); same given name and
# father's name, or given name and birth year (a
# typo early in a short root: Мвсаев, Мұсаев). Chosen for recall on a few thousand records; at 500k records of
# common surnames they make ~50M candidate pairs (docs/linkage.md).
# Pairs with one surname and different initials are left out: they are brothers, spouses and
# namesakes, and on a common surname they would be most of the work.
_SURNAME_TYPO = (  # else never linked
    "(levenshtein(l.sur, r.sur) <= 1 OR levenshtein(l.sfull, r.sfull) <= 1"
    " OR l.sur_sorted = r.sur_sorted OR l.sfull_sorted = r.sfull_sorted"
    " OR levenshtein(l.sur_latin, r.sur_latin) <= 1 OR levenshtein(l.sur_compact, r.sur_compact) <= 1)"
)
BLOCKING_RULES = (
    "l.sur = r.sur AND l.gi = r.gi",
    "l.sur = r.sur AND l.gi2 = r.gi",
    "l.sur = r.sur AND l.gi = r.gi2",
    "l.sur = r.gstem AND l.gstem = r.sur",
    "l.sur = r.gstem AND l.gi = r.si",
    "l.gstem = r.sur AND l.si = r.gi",
    "l.giv = r.giv AND l.sur_head = r.sur_head",
    "l.giv = r.giv AND l.sur_tail = r.sur_tail",
    f"l.giv = r.giv AND l.sur_ends = r.sur_ends AND {_SURNAME_TYPO}",
    "l.sur_sorted = r.sur_sorted AND l.gi = r.gi",
    "l.sur_alt = r.sur AND l.gi = r.gi",
    "l.sur = r.sur_alt AND l.gi = r.gi",
    "l.sur_uz = r.sur_uz AND l.gi = r.gi",  # Sobirov ~ Сабиров, Boboev ~ Бабаев
    f"l.gi = r.gi AND l.sur_head = r.sur_head AND {_SURNAME_TYPO}",
    f"l.gi = r.gi AND l.sur_end = r.sur_end AND {_SURNAME_TYPO}",
    "l.giv = r.giv AND l.pat = r.pat",
    # 'Лаззат Ержанқызы' ~ 'Омарова Ләззат Ержанқызы': the son's or daughter's name written for a surname
    "l.giv = r.giv AND l.sur = r.pat AND l.sson IS NOT NULL",
    "l.giv = r.giv AND l.pat = r.sur AND r.sson IS NOT NULL",
    "l.giv = r.giv AND l.byear = r.byear",
    # a typo in the given name's first letter or two (Eiram ~ Meiram, Iulash ~ Kulash, Lidar ~ Ildar)
    "l.sur = r.sur AND l.giv_sorted = r.giv_sorted",
    "l.sur = r.sur AND l.giv_rest = r.giv",
    "l.sur = r.sur AND l.giv_rest = r.giv_rest",
)


def _typo(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and Levenshtein.distance(a, b, score_cutoff=2) <= 1


def _blocked_one_way(l: Features, r: Features) -> bool:  # noqa: E741 (l, r as in the SQL)
    def eq(a: object, b: object) -> bool:
        return a is not None and a == b

    surname_typo = (
        _typo(l.sur, r.sur)
        or _typo(l.sfull, r.sfull)
        or eq(l.sur_sorted, r.sur_sorted)
        or eq(l.sfull_sorted, r.sfull_sorted)
        or _typo(l.sur_latin, r.sur_latin)
        or _typo(l.sur_compact, r.sur_compact)
    )
    return (
        (eq(l.sur, r.sur) and (eq(l.gi, r.gi) or eq(l.gi2, r.gi) or eq(l.gi, r.gi2)))
        or (eq(l.sur, r.gstem) and eq(l.gstem, r.sur))
        or (eq(l.sur, r.gstem) and eq(l.gi, r.si))
        or (eq(l.gstem, r.sur) and eq(l.si, r.gi))
        or (eq(l.giv, r.giv) and (eq(l.sur_head, r.sur_head) or eq(l.sur_tail, r.sur_tail)))
        or (eq(l.giv, r.giv) and eq(l.sur_ends, r.sur_ends) and surname_typo)
        or (eq(l.sur_sorted, r.sur_sorted) and eq(l.gi, r.gi))
        or ((eq(l.sur_alt, r.sur) or eq(l.sur, r.sur_alt)) and eq(l.gi, r.gi))
        or (eq(l.sur_uz, r.sur_uz) and eq(l.gi, r.gi))
        or (eq(l.gi, r.gi) and (eq(l.sur_head, r.sur_head) or eq(l.sur_end, r.sur_end)) and surname_typo)
        or (eq(l.giv, r.giv) and (eq(l.pat, r.pat) or eq(l.byear, r.byear)))
        or (eq(l.giv, r.giv) and eq(l.sur, r.pat) and l.sson is not None)
        or (
            eq(l.sur, r.sur) and (eq(l.giv_sorted, r.giv_sorted) or eq(l.giv_rest, r.giv) or eq(l.giv_rest, r.giv_rest))
        )
    )


def blocked(left: Features, right: Features) -> bool:
    """Whether the blocking rules make a candidate pair of two records (the Python twin of
    BLOCKING_RULES, so the registry proposes exactly the pairs a batch run scores)."""
    return _blocked_one_way(left, right) or _blocked_one_way(right, left)


# The rule used to estimate the share of matching pairs in a new input (see `prior_for`).
DETERMINISTIC_RULE = "l.sur = r.sur AND l.giv = r.giv"
# The trained share weighs as much as this many agreeing pairs measured on the input.
PRIOR_PSEUDO_PAIRS = 20


def _blocking_rules() -> list[dict[str, Any]]:
    return [{"blocking_rule": rule, "sql_dialect": "duckdb"} for rule in BLOCKING_RULES]


def _splink_comparison(spec: ComparisonSpec) -> Any:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    levels: list[Any] = []
    for level in spec.levels:
        if level.sql is None:
            levels.append(cll.ElseLevel())
        else:
            custom = cll.CustomLevel(level.sql, level.label, base_dialect_str="duckdb")
            levels.append(custom.configure(is_null_level=True) if level.is_null else custom)
    return cl.CustomComparison(levels, spec.name, spec.description)


def untrained_settings() -> Any:
    """Splink settings with our comparisons and blocking rules, before training."""
    from splink import SettingsCreator

    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=[_splink_comparison(spec) for spec in COMPARISONS],
        blocking_rules_to_generate_predictions=list[Any](_blocking_rules()),
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )


@dataclass(frozen=True)
class LinkageModel:
    """Trained parameters: Splink's settings dict plus our own calibration."""

    settings: dict[str, Any]
    deterministic_recall: float
    threshold: float
    training_records: int = 0

    def prior(self, pairs_agreeing: int, record_count: int) -> float:
        """Share of matching pairs in an input of `record_count` records, of whose pairs
        `pairs_agreeing` pass the deterministic rule.

        The count measured on the input is shrunk toward the count the trained model expects
        at that size (each record has the same number of other records of its person whatever
        the input's size, so the expected count grows as n): a large input speaks for itself,
        a registry of 10 or 100 records gets a share near the trained one scaled to its size
        instead of a share read from two or three pairs (or from none, which would be zero).
        """
        expected = self.expected_agreeing(record_count)
        estimate = (pairs_agreeing + PRIOR_PSEUDO_PAIRS) / (1 + PRIOR_PSEUDO_PAIRS / expected)
        return prior_for(estimate, record_count, self.deterministic_recall)

    def typical_prior(self, record_count: int) -> float:
        """The trained share scaled to an input of `record_count` records (same matches per record)."""
        trained = float(self.settings["probability_two_random_records_match"])
        return min(trained * max(self.training_records - 1, 1) / max(record_count - 1, 1), 0.5)

    def expected_agreeing(self, record_count: int) -> float:
        """Pairs passing the deterministic rule that the trained model expects among n records."""
        trained = float(self.settings["probability_two_random_records_match"])
        matches_per_record = trained * max(self.training_records - 1, 1)
        return max(self.deterministic_recall * matches_per_record * record_count / 2, 1e-6)

    def _levels(self, comparison: str) -> list[dict[str, Any]]:
        found = next(c for c in self.settings["comparisons"] if c["output_column_name"] == comparison)
        return [lvl for lvl in found["comparison_levels"] if not lvl.get("is_null_level")]

    def weights(self, spec: ComparisonSpec) -> list[float]:
        """log2(m/u) per non-null level of a comparison, in level order."""
        return [math.log2(lvl["m_probability"] / lvl["u_probability"]) for lvl in self._levels(spec.name)]

    def m_probabilities(self, comparison: str) -> list[float]:
        """The m-probabilities of the non-null levels of a comparison, in level order."""
        return [float(lvl["m_probability"]) for lvl in self._levels(comparison)]

    @cached_property
    def weight_table(self) -> tuple[tuple[ComparisonSpec, list[float]], ...]:
        """Each comparison with the weights of its levels."""
        return tuple((spec, self.weights(spec)) for spec in COMPARISONS)

    def with_m(self, comparison: str, m_probabilities: list[float]) -> LinkageModel:
        """A copy with other m-probabilities for the non-null levels of one comparison."""
        settings = copy.deepcopy(self.settings)
        found = next(c for c in settings["comparisons"] if c["output_column_name"] == comparison)
        levels = [lvl for lvl in found["comparison_levels"] if not lvl.get("is_null_level")]
        for level, m in zip(levels, m_probabilities, strict=True):
            level["m_probability"] = m
        return LinkageModel(settings, self.deterministic_recall, self.threshold, self.training_records)

    def with_prior(self, prior: float) -> dict[str, Any]:
        """The settings with another share of matching pairs among all pairs."""
        return {
            **self.settings,
            "probability_two_random_records_match": prior,
            # Blocking is code, not a trained parameter: the rules below win over the file's.
            "blocking_rules_to_generate_predictions": _blocking_rules(),
            "retain_intermediate_calculation_columns": True,  # keeps gamma_* for the explanation
        }


@cache
def load_model() -> LinkageModel:
    """The model shipped in the package (produced by `python -m chronicle.names.training`)."""
    text = resources.files("chronicle.names").joinpath(MODEL_FILE).read_text("utf-8")
    data = json.loads(text)
    return LinkageModel(
        data["splink"], data["deterministic_recall"], data["threshold"], data.get("training_records", 0)
    )


def prior_for(pairs_agreeing: float, record_count: int, recall: float) -> float:
    """Share of matching pairs: pairs passing the deterministic rule / its recall / all pairs."""
    total = max(record_count * (record_count - 1) / 2, 1.0)
    share = pairs_agreeing / max(recall, 1e-6) / total
    return min(max(share, 1e-9), 0.5)


def match_weight(
    left: Features, right: Features, prior: float, model: LinkageModel | None = None
) -> tuple[float, list[int]]:
    """Splink's match weight for a pair, computed in Python, with the level of each comparison."""
    total = math.log2(prior / (1 - prior))
    levels = []
    for spec, weights in (model or load_model()).weight_table:
        level = spec.level_of(left, right)
        levels.append(level)
        # Our level index counts from the most specific level, as the JSON lists them.
        if level >= 0:
            total += weights[level]
    return total, levels


def probability(weight: float) -> float:
    """Match probability for a match weight."""
    return 1 / (1 + 2 ** (-weight))
