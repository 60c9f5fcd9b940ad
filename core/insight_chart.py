"""A trend chart for a table of months, drawn on the server as SVG: no script, no chart library.

The chart only shows the shape of the figures: it is hidden from screen readers, and the same
numbers are in the table beside it. A hidden figure (fewer than 5) breaks the line rather than
being drawn as a guess. Lines differ in colour (a palette told apart with colour blindness) and
in dash, so they can be told apart in grey too.
"""

import math
from dataclasses import dataclass, field

WIDTH, HEIGHT = 480, 240
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 12, 36
# Okabe and Ito's palette, darkest first: each line stands out on white.
COLOURS = ("#0072b2", "#d55e00", "#007a5a", "#b3338f", "#8a6100", "#1f78a8")
DASHES = ("", "8 5", "2 4", "12 4 2 4", "5 3 1 3", "1 3")
# More columns than this make a tangle: the chart shows their total instead.
MOST_LINES = len(COLOURS)


@dataclass
class Line:
    label: str
    colour: str
    dash: str
    segments: list = field(default_factory=list)  # each "x,y x,y ..." for a polyline
    points: list = field(default_factory=list)  # (x, y) of every figure shown


@dataclass
class Chart:
    lines: list
    y_ticks: list  # (y, label)
    x_labels: list  # (x, label, text-anchor)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    bottom: int = HEIGHT - BOTTOM


def rounded_up(value):
    """The top of the scale: the next of 1, 2, 2.5, 5 times a power of ten at or above `value`."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            top = step * power
            return int(top) if top == int(top) else top
    return 10 * power  # pragma: no cover - the loop always returns


def tick_label(value):
    return str(int(value)) if value == int(value) else f"{value:g}"


def series_of(table):
    """(label, [value or None for each row]) for each line the chart draws."""
    if len(table.columns) <= MOST_LINES:
        return [(str(heading), [row.cells[index] for row in table.rows]) for index, heading in enumerate(table.columns)]
    return [("", [row.total for row in table.rows])]


def trend_chart(table, total_label="", right_to_left=False):
    """The chart of a trend table (rows are months, oldest first), or None for any other table.
    In a right-to-left language time runs from right to left, as the reader reads."""
    if not table.trend or not table.rows:
        return None
    series = [(label or total_label, values) for label, values in series_of(table)]
    shown = [value for _label, values in series for value in values if value is not None]
    top = rounded_up(max(shown, default=0))
    count = len(table.rows)
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(index):
        place = plot_width / 2 if count == 1 else plot_width * index / (count - 1)
        return round(LEFT + (plot_width - place if right_to_left else place), 1)

    def y(value):
        return round(TOP + plot_height * (1 - value / top), 1)

    lines = []
    for number, (label, values) in enumerate(series):
        line = Line(label, COLOURS[number], DASHES[number])
        run = []
        for index, value in enumerate(values + [None]):
            if value is None:
                if run:
                    line.segments.append(" ".join(f"{px},{py}" for px, py in run))
                run = []
                continue
            point = (x(index), y(value))
            run.append(point)
            line.points.append(point)
        lines.append(line)
    y_ticks = [(y(value), tick_label(value)) for value in (0, top / 2, top)]
    start, end = ("end", "start") if right_to_left else ("start", "end")
    if count == 1:
        x_labels = [(x(0), table.rows[0].label, "middle")]
    else:
        x_labels = [(x(0), table.rows[0].label, start), (x(count - 1), table.rows[-1].label, end)]
    return Chart(lines=lines, y_ticks=y_ticks, x_labels=x_labels)
