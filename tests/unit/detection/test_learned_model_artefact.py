"""The committed learned model must match the committed training data: a stale artefact makes
every new app process refit in memory for minutes before it can answer a resident."""

import numpy as np

from index.detection.classifier import MODEL_FILE, source_digest


def test_the_saved_learned_model_was_fitted_from_the_training_data_as_committed() -> None:
    saved = np.load(MODEL_FILE, allow_pickle=False)
    assert str(saved["digest"]) == source_digest(), "refit with `python -m index.detection fit` and commit the npz"
