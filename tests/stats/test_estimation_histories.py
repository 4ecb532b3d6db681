"""Capture tables: built from individuals or counts, summarised, and refused when unusable."""

from __future__ import annotations

import pytest

from chronicle.stats.estimation.histories import (
    CaptureError,
    all_patterns,
    from_counts,
    from_individuals,
)

THREE_LISTS = ("NGO", "press", "court")


def test_all_patterns_lists_every_nonempty_pattern_in_binary_order() -> None:
    assert all_patterns(3).tolist() == [
        [0, 0, 1],
        [0, 1, 0],
        [0, 1, 1],
        [1, 0, 0],
        [1, 0, 1],
        [1, 1, 0],
        [1, 1, 1],
    ]


def test_individuals_are_counted_per_pattern() -> None:
    table = from_individuals([(1, 0, 0), (1, 1, 0), (1, 0, 0), (0, 0, 1)], THREE_LISTS)
    assert table.counts == {(1, 0, 0): 2, (1, 1, 0): 1, (0, 0, 1): 1}
    assert table.observed == 4
    assert table.lists == THREE_LISTS


def test_counts_align_with_the_pattern_matrix_with_zeros_for_unseen_patterns() -> None:
    table = from_counts({(1, 1, 0): 5, (0, 0, 1): 2, (1, 0, 0): 3}, THREE_LISTS)
    assert table.pattern_counts().tolist() == [2, 0, 0, 3, 0, 5, 0]


def test_list_totals_count_everyone_each_list_documented() -> None:
    table = from_counts({(1, 1, 0): 5, (0, 1, 1): 2, (1, 0, 0): 3}, THREE_LISTS)
    assert table.list_totals() == {"NGO": 8, "press": 7, "court": 2}


def test_overlaps_and_pairs_without_overlap() -> None:
    table = from_counts({(1, 1, 0): 5, (0, 1, 1): 2, (1, 0, 0): 3}, THREE_LISTS)
    assert table.overlap(0, 1) == 5
    assert table.overlap(1, 2) == 2
    assert table.list_pairs_without_overlap() == [("NGO", "court")]
    assert table.multiply_documented() == 7


def test_lists_get_default_names_when_none_are_given() -> None:
    table = from_counts({(1, 1, 0): 1, (0, 1, 1): 1, (0, 0, 1): 1})
    assert table.lists == ("list1", "list2", "list3")


def test_zero_counts_are_dropped_from_the_table() -> None:
    table = from_counts({(1, 1, 0): 4, (0, 1, 1): 0, (0, 0, 1): 1, (1, 0, 0): 0}, THREE_LISTS)
    assert table.counts == {(1, 1, 0): 4, (0, 0, 1): 1}


@pytest.mark.parametrize(
    ("counts", "lists", "message"),
    [
        ({(1, 1): 3, (1, 0): 2}, None, "needs at least 3 lists, got 2"),
        ({(1, 1, 0): 3}, ("a", "b"), "capture patterns of different lengths: [2, 3]"),
        ({(1, 2, 0): 3}, None, "capture pattern (1, 2, 0) has a value other than 0 or 1"),
        ({(1, 1, 0): -1, (0, 0, 1): 4}, None, "capture pattern (1, 1, 0) has a negative count -1"),
        ({(0, 0, 0): 2, (1, 1, 1): 1}, None, "an individual on no list cannot have been observed"),
        ({(1, 0, 0): 3, (0, 1, 0): 2, (0, 0, 1): 1}, None, "no overlap between lists"),
        ({(1, 1, 0): 3, (1, 0, 0): 2}, THREE_LISTS, "list(s) with no individuals: court; remove them"),
        ({(1, 1, 0): 3, (0, 1, 1): 2}, ("a", "a", "b"), "list names must be distinct"),
        ({}, THREE_LISTS, "no individuals"),
        ({(1, 1, 0): 0}, THREE_LISTS, "no individuals"),
    ],
)
def test_unusable_histories_are_refused_with_the_reason(
    counts: dict[tuple[int, ...], int], lists: tuple[str, ...] | None, message: str
) -> None:
    with pytest.raises(CaptureError) as refusal:
        from_counts(counts, lists)
    assert message in str(refusal.value)


def test_no_individuals_at_all_is_refused() -> None:
    with pytest.raises(CaptureError, match="no individuals"):
        from_individuals([], THREE_LISTS)


@pytest.mark.parametrize(("lists", "patterns"), [(3, 7), (4, 15), (5, 31), (6, 63)])
def test_there_are_two_to_the_k_minus_one_observable_patterns(lists: int, patterns: int) -> None:
    matrix = all_patterns(lists)
    assert matrix.shape == (patterns, lists)
    assert len({tuple(row) for row in matrix.tolist()}) == patterns
    assert matrix.sum(axis=1).min() == 1


def test_individual_tuples_of_different_lengths_are_refused() -> None:
    with pytest.raises(CaptureError, match=r"capture patterns of different lengths: \[3, 4\]"):
        from_individuals([(1, 1, 0), (1, 0, 1, 1)])
