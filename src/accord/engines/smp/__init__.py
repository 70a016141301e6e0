"""KTAB's Spatial Model of Politics (SMP): kernels, options and the ``smp`` engine.

See docs/smp.md for the model as implemented, its options and its sources.
"""

from accord.engines.smp.engine import SMPEngine
from accord.engines.smp.options import SMPOptions, parse_options

__all__ = ["SMPEngine", "SMPOptions", "parse_options"]
