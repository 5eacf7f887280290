"""Quality floors: the deterministic figures of the extraction benchmark may not fall below what they reached.

A floor, not a timing (python -m benchmarks.extraction_quality, docs/benchmarks.md "Extraction quality"):
precision and recall on the labelled set and on the held-out set, per language, session-only items,
secrets, duplicate keys and follow-ups updated in place. Raise a floor when its figure rises.
"""

from __future__ import annotations

import pytest

from benchmarks import extraction_quality

LABELLED = {"precision": 0.98, "recall": 0.95, "recall_per_language": 0.90, "followups": 1.0}
# Written after the rules, by someone who had seen neither them nor the labelled set.
UNSEEN = {"precision": 0.94, "recall": 0.87}
# Later held-out sets, each measured as written (set 2: 0.933 / 0.613, set 3: 0.897 / 0.508) and then used to find
# general gaps: floors just under what they reached.
LATER_SETS = {
    "extraction_unseen2": {"precision": 0.97, "recall": 0.87},
    "extraction_unseen3": {"precision": 0.95, "recall": 0.78},
    # Measured as written (0.879 / 0.602 with one IBAN and one flight's destination stored; both fixed).
    "extraction_unseen4": {"precision": 0.93, "recall": 0.85},
    # Session 5: measured as written (0.833 / 0.417), then the pass of general rules it was written for.
    "extraction_unseen5": {"precision": 0.96, "recall": 0.81},
    # Written in parallel with that pass and not tuned on by it (0.867 / 0.476 before, 0.881 / 0.542 after); then the
    # second pass's working set.
    "extraction_unseen6": {"precision": 0.94, "recall": 0.75},
    # Written during the second pass, never tuned on in session 5 (0.844 / 0.374 at its start, 0.851 / 0.425 at its
    # end); session 6's pass of general rules was written from its misses (0.980 / 0.839).
    "extraction_unseen7": {"precision": 0.97, "recall": 0.82},
    # Session 6: written at its start from FORMAT.md and the seeds only (0.864 / 0.497 as written, 0.860 / 0.536 after
    # the first pass, never looked at); then the second pass was written from its misses (0.922 / 0.750).
    "extraction_unseen8": {"precision": 0.91, "recall": 0.74},
    # Written during session 6's second pass and never looked at: 0.876 / 0.554 as written, 0.880 / 0.575 after.
    "extraction_unseen9": {"precision": 0.87, "recall": 0.56},
}


def test_extraction_quality_holds_its_floor_on_the_labelled_set():
    (product,) = extraction_quality.run(baseline=False, timings=False)

    assert product.overall.precision >= LABELLED["precision"]
    assert product.overall.recall >= LABELLED["recall"]
    for language, score in product.languages.items():
        assert score.recall >= LABELLED["recall_per_language"], language
    assert product.session_only_stored == 0
    assert product.secrets_stored == 0
    assert product.duplicate_keys == 0
    assert product.followups_updated >= LABELLED["followups"] * product.followups  # every one, previous kept


def test_extraction_quality_holds_its_floor_on_transcripts_the_rules_were_not_written_for():
    (product,) = extraction_quality.run(baseline=False, timings=False, unseen=True)

    assert product.overall.precision >= UNSEEN["precision"]
    assert product.overall.recall >= UNSEEN["recall"]
    assert product.session_only_stored == 0
    assert product.secrets_stored == 0


@pytest.mark.parametrize("folder", sorted(LATER_SETS))
def test_extraction_quality_holds_its_floor_on_the_later_held_out_sets(folder):
    (product,) = extraction_quality.run(baseline=False, timings=False, folder=extraction_quality.DATA.parent / folder)

    assert product.overall.precision >= LATER_SETS[folder]["precision"]
    assert product.overall.recall >= LATER_SETS[folder]["recall"]
    assert product.session_only_stored == 0
    assert product.secrets_stored == 0
    assert product.duplicate_keys == 0
