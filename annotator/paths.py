"""Where the shipped model is: one place that the API, model files and the command line share.

It imports nothing of the package, so :mod:`annotator.api` and
:mod:`annotator.persistence` can both use it without importing each other.
"""

from __future__ import annotations

import sysconfig
from pathlib import Path

MODEL_ENV = "ANNOTATOR_MODEL"


def default_model_dir(package: Path = Path(__file__).resolve().parent,
                      data: Path = Path(sysconfig.get_path("data")), name: str = "default") -> Path:
    """``models/<name>`` beside the package (a checkout or editable install), else where a wheel puts it."""
    beside = package.parent / "models" / name
    installed = data / "share" / "annotator" / "models" / name
    return installed if not beside.exists() and installed.exists() else beside


DEFAULT_MODEL_DIR = default_model_dir()
DEFAULT_ENCODER_DIR = default_model_dir(name="encoder")  # the optional encoder stage (annotator.encoder)
