"""Optimal one-to-one assignment (the linear sum assignment problem), in numpy.

The shortest augmenting path form of the Hungarian method (Kuhn-Munkres with the potentials
of Jonker and Volgenant): rows are added one at a time, each by the cheapest path in reduced
costs to a free column, so the assignment stays optimal for the rows added so far. The inner
scan over the columns is one numpy expression: O(rows^2 x columns) work, a few milliseconds
for the ~100 x 100 similarity matrices of two fingerprints (scipy, not a dependency, has the
same function in C).
"""

from __future__ import annotations

import numpy as np


def linear_sum_assignment(cost: np.ndarray,
                          maximize: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(rows, columns) of a one-to-one assignment of minimal total ``cost`` (maximal with
    ``maximize``), as scipy.optimize.linear_sum_assignment: min(shape) pairs, rows ascending."""
    matrix = np.asarray(cost, dtype=np.float64)
    if matrix.ndim != 2:
        raise ValueError("cost must be a 2-D matrix")
    if not np.all(np.isfinite(matrix)):
        raise ValueError("cost must be finite")
    if maximize:
        matrix = -matrix
    transposed = matrix.shape[0] > matrix.shape[1]
    if transposed:
        matrix = matrix.T
    n, m = matrix.shape
    if n == 0:
        return np.zeros(0, int), np.zeros(0, int)
    # 1-based columns; column 0 is the virtual start of each augmenting path
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    owner = np.zeros(m + 1, int)     # row (1-based) holding each column, 0 = free
    way = np.zeros(m + 1, int)
    padded = np.zeros((n + 1, m + 1))
    padded[1:, 1:] = matrix
    for row in range(1, n + 1):
        owner[0] = row
        column = 0
        reach = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, bool)
        while True:
            used[column] = True
            current = owner[column]
            reduced = padded[current] - u[current] - v
            free = ~used
            better = free & (reduced < reach)
            reach[better] = reduced[better]
            way[better] = column
            candidates = np.where(free, reach, np.inf)
            nearest = int(np.argmin(candidates))
            delta = candidates[nearest]
            u[owner[used]] += delta
            v[used] -= delta
            reach[free] -= delta
            column = nearest
            if owner[column] == 0:
                break
        while column:  # flip the augmenting path
            previous = way[column]
            owner[column] = owner[previous]
            column = previous
    assigned = np.flatnonzero(owner[1:]) + 1
    rows, cols = owner[assigned] - 1, assigned - 1
    if transposed:
        rows, cols = cols, rows
    order = np.argsort(rows, kind="stable")
    return rows[order], cols[order]


def maximum_matching(allowed: np.ndarray) -> int:
    """The most one-to-one pairs a boolean (rows, columns) matrix of allowed pairs holds."""
    mask = np.asarray(allowed, bool)
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not len(rows):
        return 0
    sub = mask[np.ix_(rows, cols)]
    chosen = linear_sum_assignment(sub.astype(np.float64), maximize=True)
    return int(sub[chosen].sum())
