"""The OEDA development file's TUNE/CHECK split, pinned by record id.

Both halves are development data since issue 14 (docs/validation-events/issue-14-start.md): rules
were kept or dropped by their CHECK score. The split stays pinned so that figures reported per half
remain comparable across commits: if ``hash_half`` or the file changed, this list would no longer
match. Requires the shared OEDA file (``../shared/reference/plover``).
"""

from __future__ import annotations

import pytest

from accord.news.evaluate import read_gold
from tests.helpers import SHARED

OEDA = SHARED / "reference" / "plover"
DEV = OEDA / "PLOVER_GSR_CAMEO.dev.json"

CHECK_IDS = [
    "PLOVER-GSR01-AGREE-0023",
    "PLOVER-GSR01-AGREE-0019",
    "PLOVER-GSR01-AGREE-0014",
    "PLOVER-GSR01-AGREE-0032",
    "PLOVER-GSR01-AGREE-0039",
    "PLOVER-GSR01-AGREE-0007",
    "PLOVER-GSR01-AGREE-0036",
    "PLOVER-GSR01-AGREE-0031",
    "PLOVER-GSR01-AGREE-0041",
    "PLOVER-GSR01-AGREE-0024",
    "PLOVER-GSR01-AID-0005",
    "PLOVER-GSR01-AID-0002",
    "PLOVER-GSR01-ASSAULT-0012",
    "PLOVER-GSR01-ASSAULT-0009",
    "PLOVER-GSR01-COERCE-0014",
    "PLOVER-GSR01-COERCE-0010",
    "PLOVER-GSR01-COERCE-0008",
    "PLOVER-GSR01-COERCE-0001",
    "PLOVER-GSR01-CONCEDE-0008",
    "PLOVER-GSR01-CONCEDE-0001",
    "PLOVER-GSR01-CONSULT-0004",
    "PLOVER-GSR01-CONSULT-0003",
    "PLOVER-GSR01-DEMAND-0006",
    "PLOVER-GSR01-DEMAND-0003",
    "PLOVER-GSR01-DEMAND-0028",
    "PLOVER-GSR01-DEMAND-0005",
    "PLOVER-GSR01-DEMAND-0019",
    "PLOVER-GSR01-DEMAND-0009",
    "PLOVER-GSR01-DEMAND-0017",
    "PLOVER-GSR01-DISAPPROVE-0010",
    "PLOVER-GSR01-DISAPPROVE-0005",
    "PLOVER-GSR01-FIGHT-0011",
    "PLOVER-GSR01-FIGHT-0013",
    "PLOVER-GSR01-FIGHT-0012",
    "PLOVER-GSR01-INVESTIGATE-0006",
    "PLOVER-GSR01-MOBILIZE-0007",
    "PLOVER-GSR01-MOBILIZE-0001",
    "PLOVER-GSR01-PROTEST-0022",
    "PLOVER-GSR01-PROTEST-0025",
    "PLOVER-GSR01-PROTEST-0015",
    "PLOVER-GSR01-PROTEST-0023",
    "PLOVER-GSR01-PROTEST-0004",
    "PLOVER-GSR01-PROTEST-0019",
    "PLOVER-GSR01-PROTEST-0006",
    "PLOVER-GSR01-REJECT-0006",
    "PLOVER-GSR01-REJECT-0033",
    "PLOVER-GSR01-REJECT-0009",
    "PLOVER-GSR01-REJECT-0015",
    "PLOVER-GSR01-REJECT-0007",
    "PLOVER-GSR01-REJECT-0029",
    "PLOVER-GSR01-REJECT-0018",
    "PLOVER-GSR01-REJECT-0004",
    "PLOVER-GSR01-REJECT-0028",
    "PLOVER-GSR01-REJECT-0021",
    "PLOVER-GSR01-RETREAT-0014",
    "PLOVER-GSR01-RETREAT-0015",
    "PLOVER-GSR01-RETREAT-0023",
    "PLOVER-GSR01-RETREAT-0022",
    "PLOVER-GSR01-RETREAT-0018",
    "PLOVER-GSR01-SANCTION-0011",
    "PLOVER-GSR01-SANCTION-0001",
    "PLOVER-GSR01-SANCTION-0013",
    "PLOVER-GSR01-SANCTION-0007",
    "PLOVER-GSR01-SANCTION-0014",
    "PLOVER-GSR01-SUPPORT-0008",
    "PLOVER-GSR01-SUPPORT-0003",
    "PLOVER-GSR01-SUPPORT-0011",
    "PLOVER-GSR01-SUPPORT-0012",
    "PLOVER-GSR01-THREATEN-0016",
    "PLOVER-GSR01-THREATEN-0026",
    "PLOVER-GSR01-THREATEN-0028",
    "PLOVER-GSR01-THREATEN-0005",
    "PLOVER-GSR01-THREATEN-0020",
    "PLOVER-GSR01-THREATEN-0022",
    "PLOVER-GSR01-THREATEN-0003",
    "PLOVER-GSR01-THREATEN-0019",
    "PLOVER-GSR01-THREATEN-0006",
    "PLOVER-GSR01-THREATEN-0023",
]


@pytest.mark.skipif(not DEV.exists(), reason="shared OEDA dev file not present")
def test_check_half_is_exactly_these_records() -> None:
    assert [r.id for r in read_gold(DEV, "check")] == CHECK_IDS


@pytest.mark.skipif(not DEV.exists(), reason="shared OEDA dev file not present")
def test_halves_partition_the_file() -> None:
    tune = [r.id for r in read_gold(DEV, "tune")]
    full = [r.id for r in read_gold(DEV)]
    assert len(tune) == 80 and len(CHECK_IDS) == 78
    assert sorted(tune + CHECK_IDS) == sorted(full)
