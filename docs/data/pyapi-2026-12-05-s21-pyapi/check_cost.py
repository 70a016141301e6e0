"""What checking a scenario before each computation costs (session 21, s21-pyapi).

The cheapest engine (``mean``) on a large synthetic scenario (2,000 actors, ten issues, 20,000
stances), where a walk over every stance weighs most. Run it once per source tree, e.g.

    PYTHONPATH=/tmp/s21-start/src python3 docs/data/pyapi-2026-12-05-s21-pyapi/check_cost.py
    PYTHONPATH=src python3 docs/data/pyapi-2026-12-05-s21-pyapi/check_cost.py

and compare the two medians (seconds per forecast, seven repeats) on the same machine and load.
"""

from __future__ import annotations

import json
import statistics
import time


def main() -> None:
    import accord
    from accord.scenario.model import Scenario

    actors, issues = 2000, 10
    data = {
        "id": "big",
        "title": "synthetic",
        "actors": [{"id": f"A{i}", "name": "a", "capability": 1 + i % 7} for i in range(actors)],
        "issues": [{"id": f"I{k}", "title": "t"} for k in range(issues)],
        "stances": [
            {"actor": f"A{i}", "issue": f"I{k}", "position": (i * 7 + k) % 100, "salience": 0.5}
            for i in range(actors)
            for k in range(issues)
        ],
    }
    scenario = Scenario.model_validate(data)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        accord.forecast(scenario, "mean")
        times.append(time.perf_counter() - start)
    print(json.dumps({"accord": accord.__file__, "median_s": round(statistics.median(times), 4)}))


if __name__ == "__main__":
    main()
