"""Engines as small estimator-like objects: options in the constructor, validated and typed.

``SMP(voting_rule="binary", max_turns=50)`` or ``BDM(variant="paper", q=0.5, t=0.5)`` builds an
engine whose options are checked at once by a pydantic model (an unknown name or a bad value
raises :class:`~accord.errors.EngineError` naming it), that reports them with
:meth:`Estimator.get_params` and shows only the options changed from their defaults in its
``repr``, in the manner of scikit-learn's estimators (Buitinck et al. 2013, "API design for
machine learning software: experiences from the scikit-learn project"). The spellings users
know from the sources are accepted too: KTAB's ``VotingRule``, ``VPModel``, ``maxIter`` for
SMP, the paper's ``Q`` and ``T`` for BDM, case and ``_``/``-`` ignored.

Each class wraps the engine module that does the computing (:mod:`accord.engines.smp`,
:mod:`accord.engines.bdm`...), imported on first use. ``run(scenario, params=None, seed=None)``
keeps the older interface (``get_engine(name).run(scenario, params, seed)``): ``params``
overrides the constructor's options for that call, and a scenario's own ``parameters`` section
fills in the options the caller did not set, as it always did.
"""

from __future__ import annotations

import dataclasses
import importlib
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from accord.engines.base import Move, Run
from accord.errors import EngineError
from accord.limits import check_seed

if TYPE_CHECKING:
    from accord.engines.base import Batch, BatchResult
    from accord.scenario.model import Scenario


class Options(BaseModel):
    """Base of the typed options of an engine: no unknown names, no NaN, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class NoOptions(Options):
    """The options of an engine that has none."""


def _key(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


class Estimator:
    """An engine with typed options; subclasses set the class variables below.

    A subclass sets ``name`` (the engine's name: ``--engine NAME``), ``summary`` (one line, which
    ``accord engines`` lists) and ``implementation`` (the class of the object that computes, or
    its ``module:Class`` path; that object's ``run(scenario, params, seed)`` returns a
    :class:`~accord.engines.base.Run`, ``params`` holding the options set on the engine and
    those of the call, unchecked, so it checks them with :meth:`validate_options`), and
    optionally ``options_model``, ``aliases`` and ``legacy_names``. docs/extending.md has a
    worked example, registered and checked with :func:`accord.testing.check_engine`.

    Parameters
    ----------
    **options
        The engine's options by their Python names (see the subclass) or by the aliases in
        its ``aliases`` table.
    """

    name: ClassVar[str]
    """The engine's name: ``--engine NAME``, ``accord.forecast(scenario, NAME)``."""
    summary: ClassVar[str]
    """One line on what it computes (``accord engines`` lists it)."""
    options_model: ClassVar[type[Options]] = NoOptions
    """The typed options: a subclass of :class:`Options` (pydantic fields with defaults)."""
    aliases: ClassVar[dict[str, str]] = {}
    """Other spellings (KTAB's, the paper's) -> option name."""
    legacy_names: ClassVar[dict[str, str]] = {}
    """Option name -> the name the computing module's ``params`` mapping uses, where it differs."""
    implementation: ClassVar[str | type[Any]]
    """The class of the object that computes, or its ``module:Class`` path, imported on first
    use (a class defined in a notebook is given as itself). The object's
    ``run(scenario, params, seed)`` returns a :class:`~accord.engines.base.Run`; ``params``
    holds the options set on the engine (by their ``legacy_names``) and those passed to the
    call, unchecked, so the object validates them (:meth:`validate_options`); ``seed`` may be
    None (docs/extending.md)."""

    def __init__(self, **options: Any) -> None:
        self._options = self._validate(options)
        self._backend: Any = None
        self._check_with_backend(self._params())

    # -- options ---------------------------------------------------------------------------

    @classmethod
    def _canonical_names(cls, options: Mapping[str, Any]) -> dict[str, Any]:
        fields = cls.options_model.model_fields
        lookup = {_key(name): name for name in fields}
        lookup.update({_key(alias): name for alias, name in cls.aliases.items()})
        out: dict[str, Any] = {}
        for raw, value in options.items():
            name = lookup.get(_key(str(raw)))
            if name is None:
                from accord.engines.common import close_name  # only on this error path

                known = ", ".join(fields) or "none"
                guess = close_name(str(raw), list(fields))
                hint = f"; did you mean {guess!r}?" if guess else ""
                raise EngineError(
                    f"engine {cls.name!r}: unknown option {raw!r} (options: {known}){hint}"
                )
            if name in out:
                raise EngineError(f"engine {cls.name!r}: option {name!r} given twice ({raw!r})")
            out[name] = value
        return out

    @classmethod
    def _validate(cls, options: Mapping[str, Any]) -> Options:
        try:
            return cls.options_model(**cls._canonical_names(options))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise EngineError(
                f"engine {cls.name!r}: option {where!r}: {first['msg']} "
                f"(got {first.get('input')!r})"
            ) from None

    def get_params(self) -> dict[str, Any]:
        """Every option and its value (defaults included), by Python name.

        Examples
        --------
        >>> from accord.engines.estimators import BDM
        >>> BDM(Q=0.5).get_params()
        {'variant': 'scholz-code', 'rounds': 10, 'q': 0.5, 't': 1.0}
        """
        return self._options.model_dump()

    def set_params(self, **options: Any) -> Estimator:
        """A new engine of the same kind with ``options`` changed (this one is unchanged)."""
        return type(self)(**{**self._set_options(), **self._canonical_names(options)})

    def _set_options(self) -> dict[str, Any]:
        return {name: getattr(self._options, name) for name in self._options.model_fields_set}

    def _params(self, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The explicitly set options in the computing module's names, then ``extra``.

        ``extra`` (the older interface's ``params``) goes to the computing module as given, so
        that it validates it with the messages it always gave.
        """
        chosen = {
            self.legacy_names.get(k, k): v for k, v in self._set_options().items() if k != "seed"
        }
        chosen.update(extra or {})
        return chosen

    def _check_with_backend(self, params: dict[str, Any]) -> None:
        """Checks that relate options to each other, where the computing module makes them."""

    def __repr__(self) -> str:
        defaults = type(self._options)()
        changed = [
            f"{name}={value!r}"
            for name, value in self._options
            if name in self._options.model_fields_set and value != getattr(defaults, name)
        ]
        return f"{type(self).__name__}({', '.join(changed)})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Estimator)
            and type(other) is type(self)
            and (self.get_params() == other.get_params())
        )

    def __hash__(self) -> int:
        return hash((type(self), tuple(sorted(self.get_params().items(), key=str))))

    # -- running ---------------------------------------------------------------------------

    @property
    def backend(self) -> Any:
        """The object that computes (the engine module's class), created on first use."""
        if self._backend is None:
            made = self.implementation
            if isinstance(made, str):
                module, _, attribute = made.partition(":")
                self._backend = getattr(importlib.import_module(module), attribute)()
            else:
                self._backend = made()
        return self._backend

    def _seed(self, seed: int | None) -> int | None:
        if seed is not None:
            return seed
        own = getattr(self._options, "seed", None)
        return None if own is None else int(own)

    def run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> Run:
        """Run the engine on ``scenario``.

        Capabilities and scales beyond 2**+-500 are brought into range by a power of two
        before the run, as :func:`accord.forecast` does, and the run's positions are mapped
        back exactly; ordinary inputs are not touched. The bundled models are invariant to an
        affine map of a scale and to a common factor of the capabilities (SMP only nearly:
        docs/smp.md). Session 39: capabilities of 1e308 gave a median of 35 where the weighted
        median is 60, and NaN means.

        Parameters
        ----------
        scenario
            The scenario to run on.
        params
            Options for this call only, over the constructor's (the older interface).
        seed
            Seed of every random choice (default: the engine's ``seed`` option, if any); it is
            recorded in the run.
        """
        from accord.forecast.guard import normalised  # accord.forecast imports the engines

        scenario.check()  # edits in place since it was built are not yet validated
        chosen = self._seed(check_seed(seed))
        work, exponents = normalised(scenario)
        made: Run = self.backend.run(work, self._params(params), chosen)
        return _in_scale(made, exponents)

    @classmethod
    def validate_options(cls, options: Mapping[str, Any]) -> Options:
        """``options`` (Python names or aliases) checked and typed, or an
        :class:`~accord.errors.EngineError` naming the first bad one."""
        return cls._validate(options)


def _in_scale(run: Run, exponents: NDArray[np.int64]) -> Run:
    """``run`` of a rescaled scenario with its trajectory, outcome and moves mapped back to
    the issues' own scales (``x * 2**e`` per issue: exact). The narrative's sentences keep the
    numbers of the rescaled run."""
    if not exponents.any():
        return run
    by_issue = dict(zip(run.issues, (int(e) for e in exponents), strict=True))

    def moved(move: Move) -> Move:
        e = by_issue.get(move.issue, 0) if move.issue is not None else 0
        if not e:
            return move
        return dataclasses.replace(
            move, before=math.ldexp(move.before, e), after=math.ldexp(move.after, e)
        )

    return dataclasses.replace(
        run,
        trajectory=np.ldexp(run.trajectory, exponents),
        outcome=np.ldexp(run.outcome, exponents),
        turns=[
            dataclasses.replace(turn, moves=[moved(m) for m in turn.moves]) for turn in run.turns
        ],
    )


class BatchEstimator(Estimator):
    """An estimator whose computing module also runs a whole batch at once (what Monte Carlo
    ensembles and ``check_engine``'s batch checks need)."""

    def run_batch(
        self,
        batch: Batch,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> BatchResult:
        """Run a whole batch of scenario variants at once (for ensembles and backtests)."""
        return self.backend.run_batch(batch, self._params(params), self._seed(seed))  # type: ignore[no-any-return]


# -- the bundled engines ---------------------------------------------------------------------


class Mean(BatchEstimator):
    """Capability x salience weighted mean of positions (the compromise model; Achen 2006).

    Examples
    --------
    >>> import accord
    >>> run = Mean().run(accord.load_bundled("ec-emissions-1994"))
    >>> round(float(run.outcome[0]), 1)
    7.4
    """

    name = "mean"
    summary = "capability x salience weighted mean of positions (compromise model)"
    implementation = "accord.engines.baselines:WeightedMean"


class Median(BatchEstimator):
    """Capability x salience weighted median of positions (Black's 1948 median voter)."""

    name = "median"
    summary = "capability x salience weighted median of positions (Black's median voter)"
    implementation = "accord.engines.baselines:WeightedMedian"


class BDMOptions(Options):
    """Options of Bueno de Mesquita's expected-utility model (see docs/bdm.md)."""

    variant: Literal["scholz-code", "paper"] = Field(
        "scholz-code", description="Which published reading of the model to compute."
    )
    rounds: int = Field(10, ge=0, strict=True, description="Rounds of challenges.")
    q: float = Field(1.0, ge=0.0, le=1.0, description="Q: probability the status quo is kept.")
    t: float = Field(1.0, ge=0.0, le=1.0, description="T: weight of the best case (paper only).")


class BDM(BatchEstimator):
    """Bueno de Mesquita's expected-utility model as Scholz et al. (2011) code and describe it.

    Examples
    --------
    >>> BDM(variant="paper", Q=0.5, T=0.5)
    BDM(variant='paper', q=0.5, t=0.5)
    >>> BDM(q=2)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    accord.errors.EngineError: engine 'bdm': option 'q': Input should be less than or equal ...
    """

    name = "bdm"
    summary = (
        "Bueno de Mesquita expected-utility model (Scholz et al. 2011); variants scholz-code "
        "(reproduces the public port) and paper"
    )
    options_model = BDMOptions
    legacy_names: ClassVar[dict[str, str]] = {"q": "Q", "t": "T"}
    implementation = "accord.engines.bdm:BdmEngine"

    def _check_with_backend(self, params: dict[str, Any]) -> None:
        from accord.engines.bdm import parse_params

        parse_params(params, self.name)  # T outside the paper variant, etc.


_SMP_LEGACY = {
    "victory_prob_model": "VictoryProbModel",
    "pce_model": "PCEModel",
    "state_transition": "StateTransMode",
    "voting_rule": "VotingRule",
    "big_r_adjust": "BigRAdjust",
    "big_r_range": "BigRRange",
    "third_party_commit": "ThirdPartyCommit",
    "inter_vec_bargain": "InterVecBrgn",
    "bargain_model": "BargnModel",
    "max_turns": "rounds",
}


class SMPOptions(Options):
    """Options of KTAB's Spatial Model of Politics, with ``smpc``'s defaults (docs/smp.md;
    ``max_turns`` is KTAB's maxIter, ``SMPModel::configExec``). The engine reads its defaults
    from here (:mod:`accord.engines.smp.options`)."""

    victory_prob_model: str = "Linear"
    pce_model: str = "ConditionalPCM"
    state_transition: str = "Deterministic"
    voting_rule: str = "Proportional"
    big_r_adjust: str = "OneThirdRA"
    big_r_range: str = "Mid"
    third_party_commit: str = "SemiCommit"
    inter_vec_bargain: str = "S2P2"
    bargain_model: str = "InitOnlyInterp"
    max_turns: int = Field(100, ge=1, strict=True, description="Cap on turns (KTAB maxIter).")
    seed: int | None = Field(None, ge=0, description="Seed (stochastic state transitions).")

    @field_validator(*(k for k in _SMP_LEGACY if k != "max_turns"), mode="before")
    @classmethod
    def _ktab_value(cls, value: Any, info: Any) -> str:
        """KTAB's value spellings (case-insensitive, enum suffixes optional, enum indices)."""
        from accord.engines.smp.options import _canonical_value

        return _canonical_value(_SMP_LEGACY[info.field_name], value)


class SMP(BatchEstimator):
    """KTAB's Spatial Model of Politics (Wise et al. 2015), as ``smpc`` computes it.

    Examples
    --------
    >>> SMP(VotingRule="binary", maxIter=50)
    SMP(voting_rule='Binary', max_turns=50)
    >>> SMP(voting_rule="majority")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    accord.errors.EngineError: smp: option 'VotingRule' has unknown value 'majority'; ...
    """

    name = "smp"
    summary = (
        "KTAB Spatial Model of Politics: challenges with third-party votes, S2P2 bargains, "
        "probabilistic Condorcet elections (smpc defaults)"
    )
    options_model = SMPOptions
    aliases: ClassVar[dict[str, str]] = {
        **{ktab: python for python, ktab in _SMP_LEGACY.items()},
        "VPModel": "victory_prob_model",
        "ProbCondorcetElection": "pce_model",
        "StateTransition": "state_transition",
        "StateTransitions": "state_transition",
        "InterVecBargn": "inter_vec_bargain",
        "maxIter": "max_turns",
        "rounds": "max_turns",
        "RNGSeed": "seed",
    }
    legacy_names: ClassVar[dict[str, str]] = _SMP_LEGACY
    implementation = "accord.engines.smp:SMPEngine"


class NashOptions(Options):
    """Options of the asymmetric Nash bargaining solution (docs/capabilities.md)."""

    disagreement: Literal["auto", "status-quo", "actor-worst", "group-worst"] = "auto"
    status_quo: tuple[float | None, ...] | None = None


class Nash(BatchEstimator):
    """The asymmetric Nash bargaining solution per issue (Nash 1950; Schneider et al. 2010)."""

    name = "nash"
    summary = "asymmetric Nash bargaining solution per issue (weights capability x salience)"
    options_model = NashOptions
    implementation = "accord.engines.nash:NashBargaining"


class ExchangeOptions(Options):
    """Options of the exchange model."""

    rounds: int = Field(1, ge=0, strict=True, description="Rounds of vote trading.")


class Exchange(BatchEstimator):
    """Stokman and Van Oosten's exchange model (1994): actors trade positions across issues."""

    name = "exchange"
    summary = "Stokman's exchange model: trades of voting positions across issue pairs"
    options_model = ExchangeOptions
    implementation = "accord.engines.exchange:ExchangeModel"


class LearnedOptions(Options):
    """Options of the learned DEU forecaster: the procedural facts it reads (usually carried
    by the scenario's ``parameters.learned``, as DEU files give them) and the model file."""

    procedure: Literal["COD", "CNS"] | None = Field(
        None, description="Legislative procedure: COD (co-decision, OLP) or CNS (consultation)."
    )
    voting_rule: Literal["QMV", "unanimity"] | None = Field(
        None, description="The Council's voting rule: QMV or unanimity."
    )
    commission: str = Field("com", min_length=1, description="Actor id of the Commission.")
    parliament: str = Field("ep", min_length=1, description="Actor id of the Parliament.")
    model: str | None = Field(None, description="A learned-model JSON file (default: shipped).")

    @field_validator("procedure", mode="before")
    @classmethod
    def _procedure(cls, value: Any) -> Any:
        """DEU's codes in any case, and the Treaty's names: the ordinary legislative procedure
        (OLP, co-decision since the Lisbon Treaty, art. 294 TFEU) is COD; consultation CNS."""
        if not isinstance(value, str):
            return value
        key = value.strip().upper().replace("-", "").replace(" ", "")
        names = {"OLP": "COD", "CODECISION": "COD", "CONSULTATION": "CNS"}
        return names.get(key, value.strip().upper())

    @field_validator("voting_rule", mode="before")
    @classmethod
    def _rule(cls, value: Any) -> Any:
        """DEU's spellings (``QMV``, ``Unan``) and ordinary ones, in any case."""
        if not isinstance(value, str):
            return value
        key = value.strip().lower()
        if key == "qmv":
            return "QMV"
        return "unanimity" if key in ("unan", "unanimity", "unanimous") else value


class Learned(Estimator):
    """The compromise model plus a ridge correction fitted on EU legislation (DEU III
    development split); see :mod:`accord.forecast.learned`.

    It forecasts only scenarios shaped like the data it learned from (the 0..100 scale, a
    reference point, procedure, voting rule, the Commission's and, under co-decision, the
    Parliament's positions) and refuses others naming what is missing; ``check_engine``
    runs it on such scenarios (:meth:`check_scenarios`). No batch kernel: a perturbed batch
    carries no procedural facts, so Monte Carlo ensembles refuse it.

    Examples
    --------
    >>> Learned(procedure="cod", voting_rule="Unan")
    Learned(procedure='COD', voting_rule='unanimity')
    """

    name = "learned"
    summary = (
        "learned DEU forecaster: the compromise model plus a ridge correction fitted on EU "
        "legislation (needs the DEU scale and procedural facts)"
    )
    options_model = LearnedOptions
    aliases: ClassVar[dict[str, str]] = {"proc": "procedure", "counvte": "voting_rule"}
    implementation = "accord.forecast.learned:LearnedEngine"

    @staticmethod
    def check_scenarios() -> list[Scenario]:
        """Small scenarios with the inputs the model needs, for ``check_engine``."""
        from accord.forecast.learned import example_scenarios

        return example_scenarios()


BUNDLED: dict[str, str] = {
    "mean": "accord.engines.estimators:Mean",
    "median": "accord.engines.estimators:Median",
    "bdm": "accord.engines.estimators:BDM",
    "nash": "accord.engines.estimators:Nash",
    "exchange": "accord.engines.estimators:Exchange",
    "smp": "accord.engines.estimators:SMP",
    "learned": "accord.engines.estimators:Learned",
}
"""The engines accord ships, as its ``accord.engines`` entry points also list them."""


__all__ = [
    "BDM",
    "BUNDLED",
    "SMP",
    "BatchEstimator",
    "Estimator",
    "Exchange",
    "Learned",
    "LearnedOptions",
    "Mean",
    "Median",
    "Nash",
    "Options",
]
