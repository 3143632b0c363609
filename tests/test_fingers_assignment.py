"""The optimal one-to-one assignment used to pair minutiae: checked against brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from kiosk.biometrics.fingers.assignment import linear_sum_assignment, maximum_matching


def _brute_force(cost: np.ndarray) -> float:
    """The least total cost of min(shape) one-to-one pairs, by trying every assignment."""
    rows, cols = cost.shape
    if rows <= cols:
        return min(sum(cost[i, p[i]] for i in range(rows))
                   for p in itertools.permutations(range(cols), rows))
    return min(sum(cost[p[j], j] for j in range(cols))
               for p in itertools.permutations(range(rows), cols))


@pytest.mark.parametrize("seed", range(6))
def test_the_assignment_is_optimal_on_small_matrices(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for _ in range(60):
        rows, cols = (int(n) for n in rng.integers(1, 7, 2))
        # integers give ties (several optimal assignments); reals do not
        cost = (rng.integers(0, 4, (rows, cols)).astype(float) if seed % 2
                else rng.normal(size=(rows, cols)))
        picked_rows, picked_cols = linear_sum_assignment(cost)
        assert len(picked_rows) == min(rows, cols)
        assert len(set(picked_rows.tolist())) == len(picked_rows)
        assert len(set(picked_cols.tolist())) == len(picked_cols)
        assert list(picked_rows) == sorted(picked_rows)
        assert cost[picked_rows, picked_cols].sum() == pytest.approx(_brute_force(cost))
        best = linear_sum_assignment(cost, maximize=True)
        assert cost[best].sum() == pytest.approx(-_brute_force(-cost))


def test_the_most_pairs_where_taking_the_closest_first_would_lose_one() -> None:
    # taking row 0 - column 0 first (as a greedy pairing might) leaves row 1 without a partner
    allowed = np.array([[True, True], [True, False]])
    assert maximum_matching(allowed) == 2
    assert maximum_matching(np.zeros((3, 4), bool)) == 0
    assert maximum_matching(np.eye(5, dtype=bool)[:, ::-1]) == 5
    rng = np.random.default_rng(3)
    for _ in range(40):
        allowed = rng.random((5, 4)) < 0.35
        best = max(sum(allowed[p[j], j] for j in range(4))
                   for p in itertools.permutations(range(5), 4))
        assert maximum_matching(allowed) == best


def test_empty_and_invalid_costs() -> None:
    rows, cols = linear_sum_assignment(np.zeros((0, 3)))
    assert len(rows) == len(cols) == 0
    with pytest.raises(ValueError):
        linear_sum_assignment(np.array([[1.0, np.inf]]))
    with pytest.raises(ValueError):
        linear_sum_assignment(np.zeros(3))
