"""The options of KTAB's Spatial Model of Politics, with KTAB's names and smpc's defaults.

The names follow KTAB (``kmodel.h``, ``smp.h`` of lsyaseen/KTAB and the ``ScenarioDesc`` table
of the SMP SQLite log): VictoryProbModel (alias VPModel), PCEModel (alias
ProbCondorcetElection), StateTransMode (alias StateTransition), VotingRule, BigRAdjust,
BigRRange, ThirdPartyCommit, InterVecBrgn, BargnModel. Values are accepted in KTAB's spellings,
case-insensitively, with KTAB's enum suffixes ("OneThirdRA", "ConditionalPCM", "S2P2") or
without them. ``rounds`` caps the number of turns (KTAB: 100).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from accord.engines.estimators import _SMP_LEGACY
from accord.engines.estimators import SMPOptions as DeclaredOptions
from accord.errors import EngineError
from accord.limits import check_rounds

#: option -> (allowed canonical values in KTAB's enum order, accepted aliases -> canonical)
_CHOICES: dict[str, tuple[str, ...]] = {
    "VictoryProbModel": ("Linear", "Square", "Quartic", "Octic", "Binary"),
    "PCEModel": ("ConditionalPCM", "MarkovIncentivePCM", "MarkovUniformPCM"),
    "StateTransMode": ("Deterministic", "Stochastic"),
    "VotingRule": ("Binary", "PropBin", "Proportional", "PropCbc", "Cubic", "ASymProsp"),
    "BigRAdjust": ("NoRA", "OneThirdRA", "HalfRA", "TwoThirdsRA", "FullRA"),
    "BigRRange": ("Min", "Mid", "Max"),
    "ThirdPartyCommit": ("NoCommit", "SemiCommit", "FullCommit"),
    "InterVecBrgn": ("S1P1", "S2P2", "S2PMax"),
    "BargnModel": ("InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"),
}

_OPTION_ALIASES = {
    "vpmodel": "VictoryProbModel",
    "victoryprobmodel": "VictoryProbModel",
    "pcemodel": "PCEModel",
    "probcondorcetelection": "PCEModel",
    "statetransmode": "StateTransMode",
    "statetransition": "StateTransMode",
    "statetransitions": "StateTransMode",
    "votingrule": "VotingRule",
    "bigradjust": "BigRAdjust",
    "bigrrange": "BigRRange",
    "thirdpartycommit": "ThirdPartyCommit",
    "intervecbrgn": "InterVecBrgn",
    "intervecbargn": "InterVecBrgn",
    "bargnmodel": "BargnModel",
    "rounds": "rounds",
    "maxiter": "rounds",
}

_VALUE_ALIASES: dict[str, dict[str, str]] = {
    "PCEModel": {
        "conditional": "ConditionalPCM",
        "markovincentive": "MarkovIncentivePCM",
        "markovipcm": "MarkovIncentivePCM",
        "markovuniform": "MarkovUniformPCM",
        "markovupcm": "MarkovUniformPCM",
    },
    "StateTransMode": {
        "deterministicstm": "Deterministic",
        "determinsticstm": "Deterministic",
        "stochasticstm": "Stochastic",
    },
    "VotingRule": {"prop": "Proportional"},
    "BigRAdjust": {
        "none": "NoRA",
        "onethird": "OneThirdRA",
        "half": "HalfRA",
        "twothirds": "TwoThirdsRA",
        "full": "FullRA",
    },
    "BargnModel": {
        "initonlyinterpsmpbm": "InitOnlyInterp",
        "initrcvrinterpsmpbm": "InitRcvrInterp",
        "pwcompinterpsmpbm": "PWCompInterp",
    },
}

_SEED_KEYS = {"seed", "rngseed", "prngseed"}  # where a KTAB XML file carries its seed


_DEFAULTS: dict[str, Any] = {
    _SMP_LEGACY[name]: value for name, value in DeclaredOptions() if name in _SMP_LEGACY
}
"""``smpc``'s defaults in KTAB's names, as the registered ``smp`` estimator declares them."""


@dataclass(frozen=True)
class SMPOptions:
    """One complete set of SMP options in KTAB's names (:func:`parse_options` fills in
    ``smpc``'s defaults)."""

    VictoryProbModel: str
    PCEModel: str
    StateTransMode: str
    VotingRule: str
    BigRAdjust: str
    BigRRange: str
    ThirdPartyCommit: str
    InterVecBrgn: str
    BargnModel: str
    rounds: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _canonical_value(option: str, value: Any) -> str:
    allowed = _CHOICES[option]
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(allowed):
        return allowed[value]  # the SQLite log and smpc's -p flags store enum indices
    text = str(value).strip()
    key = text.lower()
    for name in allowed:
        if name.lower() == key:
            return name
    alias = _VALUE_ALIASES.get(option, {}).get(key)
    if alias is not None:
        return alias
    raise EngineError(
        f"smp: option {option!r} has unknown value {value!r}; allowed: {', '.join(allowed)}"
    )


def parse_options(*layers: Mapping[str, Any] | None) -> SMPOptions:
    """Merge option mappings (later ones win) into validated :class:`SMPOptions`.

    Unknown names or values raise :class:`~accord.errors.EngineError` naming them. Keys that
    are not options of the model but that a KTAB XML file carries alongside them (``seed``,
    ``RNGSeed``) are ignored here; the engine reads the seed itself.
    """
    values = dict(_DEFAULTS)
    for layer in layers:
        if not layer:
            continue
        for raw_name, value in layer.items():
            name = _OPTION_ALIASES.get(str(raw_name).replace("_", "").replace("-", "").lower())
            if name is None:
                if str(raw_name).lower() in _SEED_KEYS:
                    continue
                known = ", ".join([*_CHOICES, "rounds"])
                raise EngineError(f"smp: unknown option {raw_name!r}; known options: {known}")
            if name == "rounds":
                try:
                    rounds = int(value)
                except (TypeError, ValueError, OverflowError):
                    raise EngineError(
                        f"smp: option 'rounds' must be a positive integer, got {value!r}"
                    ) from None
                if rounds < 1 or (rounds != value and not isinstance(value, str)):
                    raise EngineError(
                        f"smp: option 'rounds' must be a positive integer, got {value!r}"
                    )
                check_rounds(rounds, "smp")
                values["rounds"] = rounds
            else:
                values[name] = _canonical_value(name, value)
    return SMPOptions(**values)


def seed_from(parameters: Mapping[str, Any] | None) -> int | None:
    """The seed a scenario's ``parameters["smp"]`` carries (a KTAB XML file puts one there)."""
    if not parameters:
        return None
    for key, value in parameters.items():
        if str(key).lower() in _SEED_KEYS and value is not None:
            try:
                return int(value)
            except (TypeError, ValueError):
                raise EngineError(f"smp: seed must be an integer, got {value!r}") from None
    return None
