"""Re-measuring how often one person's records agree on region, on the input itself."""

from __future__ import annotations

from chronicle.names.calibration import MIN_PAIRS, calibrated, region_agreement
from chronicle.names.features import Features, features_of_text
from chronicle.names.linkage_model import load_model


def _people(count: int, same_region: bool) -> list[Features]:
    rows = []
    for i in range(count):
        name = f"Бокаев Ерлан{'а' * (i % 7)} Кайратович"
        rows.append(features_of_text(f"{i}a", name, 1950 + i, "Алматы"))
        rows.append(features_of_text(f"{i}b", name, 1950 + i, "Алматы" if same_region else "Астана"))
    return rows


def test_region_agreement_needs_enough_sure_pairs() -> None:
    assert region_agreement(_people(MIN_PAIRS - 1, same_region=True)) is None
    assert region_agreement(_people(MIN_PAIRS, same_region=True)) == 1.0
    assert region_agreement(_people(MIN_PAIRS, same_region=False)) == 0.0


def test_calibrated_model_takes_the_measured_rate_within_bounds() -> None:
    model = calibrated(load_model(), _people(MIN_PAIRS, same_region=False))
    region = next(c for c in model.settings["comparisons"] if c["output_column_name"] == "region")
    m = [lvl["m_probability"] for lvl in region["comparison_levels"] if not lvl.get("is_null_level")]
    assert m == [0.02, 0.98]


def test_calibration_leaves_the_model_alone_without_evidence() -> None:
    assert calibrated(load_model(), []) is load_model()
