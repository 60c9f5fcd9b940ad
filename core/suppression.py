"""Small numbers hidden from reports, so no family can be recognised from a figure.

A count from 1 to 4 is never shown. Where a row's total is shown, hiding one cell alone would let
anyone work it out (total minus the rest), so the smallest other count is hidden too
("secondary suppression"); if there is none, the total is hidden instead.
"""

SMALLEST_SHOWN = 5


def is_small(value):
    return 0 < value < SMALLEST_SHOWN


def suppressed_row(values):
    """(cells, total): each count, or None where it must not be shown."""
    cells = [None if is_small(value) else value for value in values]
    total = sum(values)
    hidden = [index for index, cell in enumerate(cells) if cell is None]
    if len(hidden) == 1:
        others = [(value, index) for index, value in enumerate(values) if cells[index] and index not in hidden]
        if others:
            cells[min(others)[1]] = None
        else:
            total = None
    if total is not None and is_small(total):
        total = None
    return cells, total
