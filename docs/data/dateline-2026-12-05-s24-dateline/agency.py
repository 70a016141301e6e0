"""records.py's listing for the records whose text names a news agency (session 24,
s24-dateline); run from the repository root: ``PYTHONPATH=src python3 THIS``."""

import runpy
import sys

AGENCY = """PLOVER-GSR01-RETREAT-0015 HO26B-063 HO26B-067 HO26D-020 HO26D-048 HO26E-009 HO26E-056
HO26F-004 HO26G-007 HO26G-020 HO26G-037 HO26H-001 HO26H-012 HO26H-041 HO26J-050 HO26K-047
HO26O-047 HO26O-059 HO26R-053 HO26V-036 HO26W-001 HO26X-035 HO26Y-017 HO27C-034 HO27D-038
HO27F-016""".split()


def main() -> None:
    """Run records.py's main on the agency records (imported, this does nothing)."""
    sys.argv = ["x"]
    records = runpy.run_path("docs/data/dateline-2026-12-05-s24-dateline/records.py")
    records["DATELINED"][:] = AGENCY
    records["main"]()


if __name__ == "__main__":
    main()
