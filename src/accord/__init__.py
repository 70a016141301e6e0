"""accord: model, forecast and track multilateral negotiations."""

from accord.errors import AccordError
from accord.scenario import Scenario, load, load_bundled, resolve

__version__ = "0.1.0"

__all__ = ["AccordError", "Scenario", "__version__", "load", "load_bundled", "resolve"]
