import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the repository tools (tools/*.py) are not installed: import them from here
    sys.path.insert(0, str(ROOT))
SEED_TEXT = ROOT / "seeds" / "000_537cde15b9f0378c.txt"
SEED_GOLD = ROOT / "seeds" / "seed_gold.jsonl"


@pytest.fixture(scope="session")
def seed_record():
    record = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    record["text"] = SEED_TEXT.read_text(encoding="utf-8")
    return record
