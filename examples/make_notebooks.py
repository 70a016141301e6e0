"""Write the example notebooks from the cells below (run from the repository root).

The notebooks are generated so that their source stays reviewable as Python (then
``ruff format examples`` formats their cells); they are stored without outputs and
``tests/test_notebooks.py`` executes each one (nbclient), so they never rot.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

UKRAINE = [
    new_markdown_cell(
        "# The Ukraine ceasefire diplomacy of February 2025, end to end\n\n"
        "The bundled scenario `ukraine-2025-02`: seven actors, seven issues on 0..100 scales, "
        "the Security Council and General Assembly drafts of 24 February 2025. We look at the "
        "stances, forecast with several engines, measure the uncertainty, ask why, and read "
        "the predicted votes on the drafts."
    ),
    new_code_cell(
        "import accord\n\n"
        "scenario = accord.load_bundled('ukraine-2025-02')\n"
        "[(a.id, a.capability) for a in scenario.actors]"
    ),
    new_markdown_cell("## Forecasts\n\nThe weighted mean (the compromise model) first:"),
    new_code_cell("result = accord.forecast(scenario)\nresult.to_frame()[['issue', 'forecast']]"),
    new_markdown_cell(
        "The same with KTAB's Spatial Model of Politics, and every engine side by side:"
    ),
    new_code_cell(
        "smp = accord.forecast(scenario, accord.SMP(max_turns=30))\n"
        "smp.run.to_frame().query(\"issue == 'ceasefire'\").tail(7)"
    ),
    new_code_cell(
        "comparison = accord.compare(scenario, ['mean', 'median', 'nash', 'bdm'])\n"
        "comparison.to_frame().pivot(index='issue', columns='engine', values='forecast').round(1)"
    ),
    new_markdown_cell(
        "## Uncertainty\n\n"
        "A Monte Carlo ensemble perturbs positions, saliences and capabilities within their "
        "stated uncertainty (the seed is recorded). The percentiles are those of each run's "
        "bargain; `p_agreement` is the share of runs whose bargain every consent actor accepts. "
        "Where it is low (the ceasefire), the forecast is the status quo, whatever the spread of "
        "the bargain:"
    ),
    new_code_cell(
        "ensemble = accord.forecast(scenario, 'mean', runs=300, seed=7)\n"
        "ensemble.to_frame()[['issue', 'forecast', 'p_agreement', 'p5', 'p50', 'p95']]"
    ),
    new_code_cell(
        "samples = ensemble.samples_to_frame()\nsamples.groupby('issue')['outcome'].std().round(2)"
    ),
    new_markdown_cell("## Why\n\nEach actor's share of the weight, and the inputs that move it:"),
    new_code_cell(
        "why = accord.explain(scenario, 'mean', issue='ceasefire', seed=1, top=5)\n"
        "why.to_dict()['issues'][0]['weight_shares']"
    ),
    new_markdown_cell("## The drafts of 24 February\n\nPredicted adoption and tallies:"),
    new_code_cell(
        "result.resolutions.to_frame()[['draft', 'outcome', 'adoption_probability', "
        "'actual_adopted']]"
    ),
]

KTAB = [
    new_markdown_cell(
        "# KTAB's Spatial Model of Politics: the reference examples and a parameter sweep\n\n"
        "Two of KTAB's example files (MIT licence, in `data/`): `dummyData_3Dim.csv` "
        "(three dimensions) and `SOE-Pol-Comp.csv`. accord reads KTAB's CSV directly and "
        "reproduces `smpc`'s runs (see docs/validation.md)."
    ),
    new_code_cell(
        "from pathlib import Path\n\n"
        "import pandas as pd\n\n"
        "import accord\n\n"
        "data = Path('data')\n"
        "dim3 = accord.load(data / 'dummyData_3Dim.csv')\n"
        "soe = accord.load(data / 'SOE-Pol-Comp.csv')\n"
        "len(dim3.actors), len(dim3.issues), len(soe.actors), len(soe.issues)"
    ),
    new_code_cell("run = accord.run(dim3, accord.SMP())\nrun"),
    new_code_cell(
        "trajectory = run.to_frame()\n"
        "trajectory.pivot_table(index='turn', columns='issue', values='position', "
        "aggfunc='mean').round(3)"
    ),
    new_markdown_cell(
        "## A sweep over the voting rule and the victory-probability model\n\n"
        "Options take KTAB's names (`VotingRule`, `VPModel`) or Python ones; every "
        "combination is one run, collected in a tidy table."
    ),
    new_code_cell(
        "rows = []\n"
        "for rule in ['Binary', 'PropBin', 'Proportional', 'Cubic']:\n"
        "    for vp in ['Linear', 'Square']:\n"
        "        engine = accord.SMP(VotingRule=rule, VPModel=vp, max_turns=50)\n"
        "        r = engine.run(soe)\n"
        "        rows += [{'voting_rule': rule, 'vp_model': vp, 'issue': i, 'outcome': o,\n"
        "                  'turns': r.trajectory.shape[0] - 1}\n"
        "                 for i, o in zip(r.issues, r.outcome, strict=True)]\n"
        "sweep = pd.DataFrame(rows)\n"
        "sweep.pivot_table(index=['voting_rule', 'vp_model'], columns='issue', "
        "values='outcome').round(1)"
    ),
    new_code_cell(
        "engine = accord.SMP(VotingRule='binary')\nengine, engine.get_params()['voting_rule']"
    ),
]

VOTES = [
    new_markdown_cell(
        "# UN votes and voting power\n\n"
        "Exact a priori power in the Security Council and a weighted game, and the "
        "General Assembly vote model on a new draft."
    ),
    new_code_cell(
        "import accord\n\n"
        "unsc = accord.power('unsc')\n"
        "unsc.to_frame().sort_values('value', ascending=False).head(6)"
    ),
    new_code_cell(
        "banzhaf = accord.power('unsc', index='banzhaf').to_frame()\n"
        "banzhaf[['player', 'value', 'swings']].head(6)"
    ),
    new_markdown_cell(
        "A weighted game: quota 6 with weights 4, 3, 2, 1. Shapley-Shubik counts the orders "
        "in which a player is pivotal: A is pivotal in 10 of 24 orders."
    ),
    new_code_cell("accord.power([4, 3, 2, 1], quota=6, names=['A', 'B', 'C', 'D']).to_frame()"),
    new_markdown_cell(
        "## Predicted votes on the scenario's drafts\n\n"
        "The forecast of the Ukraine scenario carries each member's vote probabilities:"
    ),
    new_code_cell(
        "result = accord.forecast('ukraine-2025-02')\n"
        "votes = result.resolutions.votes_frame()\n"
        "votes.query(\"draft == 'S/2025/112'\")[['member', 'yes', 'no', 'abstain', 'predicted']]"
        ".head(8)"
    ),
]

CLASS = [
    new_markdown_cell(
        "# A class on the Ukraine ceasefire diplomacy of early 2025\n\n"
        "A teaching notebook on the Python API alone: the bundled scenario `ukraine-2025-02`, "
        "a change of our own, two bargaining engines side by side, a forecast question with a "
        "horizon, power in the Security Council and the General Assembly, a predicted vote, "
        "a chart, and the files students take home. Every call is seeded and offline."
    ),
    new_code_cell(
        "import datetime\nimport importlib.util\nimport tempfile\nfrom pathlib import Path\n\n"
        "import pandas as pd\n\n"
        "import accord\nimport accord.report\n\n"
        "scenario = accord.load_bundled('ukraine-2025-02')\n"
        "pd.DataFrame([(s.actor, s.issue, s.position, s.salience) for s in scenario.stances],\n"
        "             columns=['actor', 'issue', 'position', 'salience']).head(7)"
    ),
    new_markdown_cell(
        "## What if?\n\n"
        "A stance is the scenario's own: setting its salience or position changes the scenario "
        "(checked on assignment; `scenario.stance` gives `None` where an actor holds no "
        "stance). Suppose Washington cares even more about a quick truce, and Kyiv moves to a "
        "ceasefire once guarantees are agreed (50 on the scale):"
    ),
    new_code_cell(
        "scenario.stance('USA', 'ceasefire').salience = 0.95\n"
        "scenario.stance('UKR', 'ceasefire').position = 50.0\n"
        "scenario.issue('ceasefire').scale.points"
    ),
    new_markdown_cell(
        "## Two engines, seeded, as pandas frames\n\n"
        "Bueno de Mesquita's expected-utility model (BDM) and KTAB's Spatial Model of Politics "
        "(SMP). Each result records its seed (`result.seed` and the `seed` column):"
    ),
    new_code_cell(
        "bdm = accord.forecast(scenario, 'bdm', seed=2025)\n"
        "smp = accord.forecast(scenario, accord.SMP(max_turns=30), seed=2025)\n"
        "both = pd.concat([bdm.to_frame(), smp.to_frame()])\n"
        "table = both.pivot(index='issue', columns='engine', values='forecast').round(1)\n"
        "table['gap'] = (table['bdm'] - table['smp']).abs()\n"
        "bdm.seed, smp.seed, table.sort_values('gap', ascending=False)"
    ),
    new_markdown_cell(
        "## A forecast question: agreement by the horizon?\n\n"
        "Each issue is a question: will the parties whose consent is needed (`consent`) accept "
        "a bargain by the `horizon`, and if not, the outcome is the `status_quo` (no agreement). "
        "We ask it for the ceasefire by 30 April 2025, with a 200-run ensemble:"
    ),
    new_code_cell(
        "ceasefire = scenario.issue('ceasefire')\n"
        "ceasefire.horizon = datetime.date(2025, 4, 30)\n"
        "ceasefire.status_quo = 0.0  # no truce in force: the outcome without agreement\n"
        "question = accord.forecast(scenario, 'bdm', runs=200, seed=2025)\n"
        "question.to_frame()[['issue', 'horizon', 'consent', 'p_agreement', 'if_agreement',\n"
        "                     'status_quo', 'forecast', 'seed']].head(3)"
    ),
    new_markdown_cell(
        "## Who holds power?\n\n"
        "Shapley-Shubik indices: the share of orders of voting in which a member turns a "
        "losing coalition into a winning one, under each body's rule on 24 February 2025:"
    ),
    new_code_cell(
        "council = accord.power('unsc', date='2025-02-24').to_frame()\n"
        "assembly = accord.power('unga', date='2025-02-24').to_frame()\n"
        "council[['player', 'value']].round(4).head(6), assembly[['player', 'value']].head(3)"
    ),
    new_markdown_cell(
        "## A predicted vote\n\n"
        "The roll-call model's probabilities for a General Assembly draft, and each member's "
        "most likely vote (`predicted`):"
    ),
    new_code_cell(
        "vote = accord.predict_votes('Territorial integrity of Ukraine', issue_codes=['hr'],\n"
        "                            date='2025-02-24')\n"
        "ballots = vote.to_frame()\n"
        "vote.expected.to_frame().round(1), ballots['predicted'].value_counts()"
    ),
    new_markdown_cell("## A chart\n\nThe actors' stances and the bargain on the ceasefire (SVG):"),
    new_code_cell("chart = bdm.stance_chart('ceasefire')\nchart"),
    new_markdown_cell(
        "## Files for the students\n\n"
        "CSV for spreadsheets, Parquet where `pyarrow` is installed (it is not an accord "
        "dependency), the HTML report and the chart. Here into a temporary folder; in class, "
        "`Path('class-files')`:"
    ),
    new_code_cell(
        "folder = Path(tempfile.mkdtemp())\n"
        "accord.save(scenario, folder / 'scenario.yaml')\n"
        "table.to_csv(folder / 'engines.csv')\n"
        "question.to_frame().to_csv(folder / 'question.csv', index=False)\n"
        "council.to_csv(folder / 'unsc-power.csv', index=False)\n"
        "ballots.to_csv(folder / 'vote.csv', index=False)\n"
        "if importlib.util.find_spec('pyarrow'):\n"
        "    question.samples_to_frame().to_parquet(folder / 'runs.parquet')\n"
        "accord.report.write_report(question, folder / 'report.html')\n"
        "chart.save(folder / 'ceasefire.svg')\n"
        "sorted(p.name for p in folder.iterdir())"
    ),
]


def main() -> None:
    for name, cells in (
        ("ukraine-end-to-end", UKRAINE),
        ("ktab-smp-and-sweep", KTAB),
        ("un-votes-and-power", VOTES),
        ("ukraine-class", CLASS),
    ):
        notebook = new_notebook(cells=cells)
        notebook.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nbformat.write(notebook, HERE / f"{name}.ipynb")


if __name__ == "__main__":
    main()
