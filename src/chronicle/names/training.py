"""Train the linkage model from generated labelled data and write `data/linkage_model.json`.

u-probabilities come from random pairs, m-probabilities from the true pairs of the labels,
the threshold from the pairwise F1 on a separate development seed. The evaluation seed used
in docs/linkage.md is neither of these.

Run: python -m chronicle.names.training [--train-seed 101 --dev-seed 202 --people 6000]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from chronicle.names.engine import _arrow_table
from chronicle.names.features import Features
from chronicle.names.link import InputRecord, deterministic_agreements, link_features
from chronicle.names.linkage_model import MODEL_FILE, LinkageModel, load_model, untrained_settings
from chronicle.names.testset import generate

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def labelled_features(seed: int, people: int) -> tuple[list[Features], list[str]]:
    """Features of a generated set and the person id of each record."""
    from chronicle.names.link import features_of_records

    labelled = generate(seed, people)
    records = [InputRecord(f"r{i}", r.name, r.birth_year, r.region) for i, (_, r) in enumerate(labelled)]
    return features_of_records(records), [person for person, _ in labelled]


def true_pair_count(persons: Sequence[str]) -> int:
    """Number of record pairs that are the same person."""
    return sum(n * (n - 1) // 2 for n in Counter(persons).values())


def train(rows: Sequence[Features], persons: Sequence[str]) -> dict[str, Any]:
    """Splink settings with u from random sampling and m from the labels."""
    import pyarrow as pa
    from splink import DuckDBAPI, Linker

    table = _arrow_table(rows).append_column("person_id", pa.array(list(persons)))
    api = DuckDBAPI()
    linker = Linker(api.register(table, dataset_display_name="training"), untrained_settings())
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=1)
    linker.training.estimate_m_from_label_column("person_id")
    settings: dict[str, Any] = with_typo_prior(smoothed(linker.misc.save_model_to_json()))
    count = len(rows)
    settings["probability_two_random_records_match"] = true_pair_count(persons) / (count * (count - 1) / 2)
    return settings


# Levels never seen among true (m) or random (u) pairs get this probability instead of none.
UNSEEN = 1e-6


def smoothed(settings: dict[str, Any]) -> dict[str, Any]:
    """Settings where every level has an m and a u probability (unseen levels get UNSEEN)."""
    for comparison in settings["comparisons"]:
        for level in comparison["comparison_levels"]:
            if not level.get("is_null_level"):
                for key in ("m_probability", "u_probability"):
                    level[key] = max(level.get(key) or 0.0, UNSEEN)
    return settings


def with_typo_prior(settings: dict[str, Any]) -> dict[str, Any]:
    """A father's name a typo apart, never made by the generator, gets the odds a typo has in the given name
    (m of 'patronymic equal' times the given name's typo-to-equal ratio), not the near-veto of an unseen level:
    a court clerk's typo in -ович is as likely as one in the name before it."""
    levels = {
        (c["output_column_name"], level.get("label_for_charts")): level
        for c in settings["comparisons"]
        for level in c["comparison_levels"]
    }
    typo = levels.get(("patronymic", "patronymic a typo apart"))
    equal = levels.get(("patronymic", "patronymic equal"))
    name_equal = levels.get(("name", "surname and given name equal"))
    name_typo = levels.get(("name", "surname equal, given name a typo apart"))
    if typo and equal and name_equal and name_typo and typo["m_probability"] <= UNSEEN:
        ratio = name_typo["m_probability"] / name_equal["m_probability"]
        typo["m_probability"] = equal["m_probability"] * ratio
    return settings


def deterministic_recall(rows: Sequence[Features], persons: Sequence[str]) -> float:
    """Share of true pairs that agree on surname root and given name."""
    groups = Counter((r.sur, r.giv, p) for r, p in zip(rows, persons, strict=True) if r.sur and r.giv)
    agreeing_true = sum(n * (n - 1) // 2 for n in groups.values())
    return agreeing_true / max(true_pair_count(persons), 1)


def pairwise_f1(clusters: dict[str, str], truth: dict[str, str]) -> float:
    """Pairwise F1 of a clustering against the truth (as score_linkage.py computes it)."""
    joint = Counter((truth[r], clusters[r]) for r in truth)
    pairs = lambda n: n * (n - 1) // 2  # noqa: E731
    tp = sum(pairs(n) for n in joint.values())
    predicted = sum(pairs(n) for n in Counter(clusters.values()).values())
    actual = sum(pairs(n) for n in Counter(truth.values()).values())
    precision, recall = tp / max(predicted, 1), tp / max(actual, 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


def best_threshold(rows: Sequence[Features], persons: Sequence[str]) -> tuple[float, float]:
    """The threshold with the best pairwise F1 on a development set, and that F1."""
    truth = {row.unique_id: person for row, person in zip(rows, persons, strict=True)}
    scores = {t: pairwise_f1(link_features(rows, threshold=t, explain=False).clusters, truth) for t in THRESHOLDS}
    for threshold, f1 in scores.items():
        print(f"  threshold {threshold:.2f}: pairwise F1 {f1:.4f}")
    best = max(scores, key=lambda t: scores[t])
    return best, scores[best]


def write_model(path: Path, model: LinkageModel) -> None:
    """Write the model file."""
    data = {"deterministic_recall": model.deterministic_recall, "threshold": model.threshold,
            "training_records": model.training_records, "splink": model.settings}  # fmt: skip
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """Command line: train, tune the threshold, write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-seed", type=int, default=101)
    parser.add_argument("--dev-seed", type=int, default=202)
    parser.add_argument("--people", type=int, default=6000)
    args = parser.parse_args(argv)
    path = Path(str(resources.files("chronicle.names").joinpath(MODEL_FILE)))
    rows, persons = labelled_features(args.train_seed, args.people)
    recall = deterministic_recall(rows, persons)
    print(f"training on {len(rows)} records; deterministic rule recall {recall:.3f}, "
          f"agreeing pairs {deterministic_agreements(rows)}")  # fmt: skip
    write_model(path, LinkageModel(train(rows, persons), recall, 0.5, len(rows)))
    load_model.cache_clear()
    dev_rows, dev_persons = labelled_features(args.dev_seed, args.people // 3)
    threshold, f1 = best_threshold(dev_rows, dev_persons)
    write_model(path, LinkageModel(load_model().settings, recall, threshold, len(rows)))
    print(f"threshold {threshold} (dev pairwise F1 {f1:.4f}); model written to {path}")


if __name__ == "__main__":
    main()
