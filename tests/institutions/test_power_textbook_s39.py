"""Session 39 (theory trial): the power indices on textbook games with published values.

- The Council of Ministers of the EEC, 1958-1972: France, Germany and Italy 4 votes, Belgium and
  the Netherlands 2, Luxembourg 1, a qualified majority of 12 of 17. Banzhaf (normalised): 5/21
  for each large member, 1/7 for each medium one and 0 for Luxembourg, a dummy (S. J. Brams,
  "Game theory", Encyclopaedia Britannica, reprinted in E. Gregersen (ed.), *The Britannica
  Guide to Statistics and Probability*, 2011, p. 194; Luxembourg a null player under both
  indices: the introduction of the article *Games* 9(2): 29, 2018,
  https://www.mdpi.com/2073-4336/9/2/29). Shapley-Shubik: 14/60, 9/60 and 0, which the
  brute-force enumeration of every order confirms below.
- [51; 50, 49, 1]: the 50-vote member is a veto player, "critical in all three" minimal winning
  coalitions; Banzhaf (3/5, 1/5, 1/5) (Brams, same page). Shapley-Shubik (2/3, 1/6, 1/6): the
  veto player is pivotal in every order where it is not first.
- A veto player and a dummy: [6; 4, 2, 2, 1] is the game "A and (B or C)", D a dummy.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.institutions.power import banzhaf, brute_force, shapley_shubik, weighted_game

EEC = weighted_game(12, [4, 4, 4, 2, 2, 1], ["FRA", "DEU", "ITA", "BEL", "NLD", "LUX"])


def test_eec_council_1958_banzhaf_is_brams_values() -> None:
    values = banzhaf(EEC).values
    assert values == {
        "FRA": Fraction(5, 21),
        "DEU": Fraction(5, 21),
        "ITA": Fraction(5, 21),
        "BEL": Fraction(1, 7),
        "NLD": Fraction(1, 7),
        "LUX": Fraction(0),
    }


def test_eec_council_1958_shapley_shubik() -> None:
    values = shapley_shubik(EEC).values
    want = {"FRA": 14, "DEU": 14, "ITA": 14, "BEL": 9, "NLD": 9, "LUX": 0}
    assert values == {k: Fraction(v, 60) for k, v in want.items()}
    assert brute_force(EEC)[0] == values  # every one of the 720 orders


def test_brams_veto_game_50_49_1() -> None:
    game = weighted_game(51, [50, 49, 1], ["A", "B", "C"])
    fifth, sixth = Fraction(1, 5), Fraction(1, 6)
    assert banzhaf(game).values == {"A": Fraction(3, 5), "B": fifth, "C": fifth}
    assert shapley_shubik(game).values == {"A": Fraction(2, 3), "B": sixth, "C": sixth}


def test_a_veto_player_and_a_dummy() -> None:
    game = weighted_game(6, [4, 2, 2, 1], ["A", "B", "C", "D"])
    assert shapley_shubik(game).values == {
        "A": Fraction(2, 3),
        "B": Fraction(1, 6),
        "C": Fraction(1, 6),
        "D": Fraction(0),
    }
    assert banzhaf(game).values == {
        "A": Fraction(3, 5),
        "B": Fraction(1, 5),
        "C": Fraction(1, 5),
        "D": Fraction(0),
    }


@settings(max_examples=40, deadline=None)
@given(weights=st.lists(st.integers(0, 9), min_size=1, max_size=7), data=st.data())
def test_a_veto_player_gets_the_most(weights: list[int], data: st.DataObject) -> None:
    """A veto player (the others' total weight is below the quota) has at least every other
    player's index, under both indices; a player of weight 0's is 0 under both."""
    total = sum(weights)
    if total == 0:
        return
    quota = data.draw(st.integers(total // 2 + 1, total))
    game = weighted_game(quota, weights)
    ss, bz = shapley_shubik(game).values, banzhaf(game).values
    for k, w in enumerate(weights):
        name = f"P{k + 1}"
        if total - w < quota:  # veto player
            assert all(ss[name] >= v for v in ss.values())
            assert all(bz[name] >= v for v in bz.values())
        if w == 0:
            assert ss[name] == 0 and bz[name] == 0
