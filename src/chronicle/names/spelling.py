"""Whether two surname spellings a typo apart are one surname mistyped or two surnames.

The model scores "surname a typo apart" from the pair alone: Бокаев ~ Токаев with the same given
name is a typo as often as it is another family, averaged over the training pairs. The input
tells them apart. A typo is made on one record at a time, so a mistyped spelling is rarely
written on several records; a spelling that several records carry is a surname of its own.
When both roots are each carried by `ATTESTED` or more records of the input, the link's odds
are multiplied by `ATTESTED_FACTOR`: how much more often such pairs are two people than the
level's other pairs, measured on the training set (seed 101, 6,000 people, the model's own
training labels; candidate pairs at the surname-typo levels: both roots on 3+ records in 1.5%
of the true pairs and 56% of the false ones, ratio 0.026; 0.021 at 4+, 0.107 at 2+).

The other side of the same evidence (one spelling carried by one or two records: ×2.3 on the
training pairs) is not applied: it would lift pairs from below the linking threshold, which a
run without `--pairs` does not fetch, and on the tuning sets it changed nothing (mean pairwise
F1 0.9255 with it, 0.9254 without).

Only the clustering reads this: a pair's own probability (`ScoredPair`, `match_one`,
`compare_names`) is the model's, as the registry cannot know how many records carry a spelling
in the batch the pair came from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from chronicle.names.comparisons import NAME
from chronicle.names.features import Features, uzbek_vowels

ATTESTED = 3
ATTESTED_FACTOR = 0.026
TYPO_LEVELS = frozenset({
    "surname a typo apart, given name equal",
    "surname and given name a typo apart",
    "surname two letters apart, given name equal",
    "surname a typo apart, initial agrees",
})  # fmt: skip


class SurnameSpellings:
    """How many records of an input carry each surname root."""

    def __init__(self, rows: Sequence[Features]) -> None:
        self._counts = Counter(row.sur for row in rows if row.sur)

    def attested(self, root: str | None) -> bool:
        """Whether `ATTESTED` or more records carry this surname root."""
        return root is not None and self._counts[root] >= ATTESTED

    def two_surnames(self, left: Features, right: Features) -> bool:
        """The pair links only through surnames a typo apart, and each spelling is carried by
        several records: two families (Бокаев and Токаев), not a typo."""
        return (
            left.sur != right.sur
            # (Boboev and Бабаев: the Uzbek o and the Russian а of one name, both much written)
            and uzbek_vowels(left.sur) != uzbek_vowels(right.sur)
            and self.attested(left.sur)
            and self.attested(right.sur)
            and NAME.label_of(left, right) in TYPO_LEVELS
        )

    def adjusted(self, left: Features, right: Features, probability: float) -> float:
        """The link's probability with the input's evidence on the two spellings."""
        if not self.two_surnames(left, right):
            return probability
        odds = probability / max(1 - probability, 1e-12) * ATTESTED_FACTOR
        return odds / (1 + odds)
