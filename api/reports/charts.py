"""Charts drawn on the server as SVG (matplotlib), so the page needs no script and no third-party site."""

import io
from collections import Counter
from typing import Any

from api.reports.tables import ReportTable

CHART_COLOUR = "#005ea5"
SECOND_COLOUR = "#b58840"


def _figure(height: float) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "linkway", "font.size": 10})
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(7, height))
    return figure, axes


def _svg(figure: Any) -> bytes:
    from matplotlib import pyplot

    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    pyplot.close(figure)
    return buffer.getvalue()


def bar_pairs(table: ReportTable) -> list[tuple[str, float]]:
    """Label and value per bar; unmet need is summed per need across areas and sources."""
    if table.name == "unmet_need":
        totals: Counter[str] = Counter()
        for need, _area, referrals, conversations in table.rows:
            totals[str(need)] += int(referrals) + int(conversations)
        return [(label, float(value)) for label, value in totals.most_common()]
    return [(str(row[0]), float(row[1])) for row in table.rows]


def horizontal_bars(table: ReportTable) -> bytes:
    pairs = bar_pairs(table) or [("No data yet", 0.0)]
    figure, axes = _figure(height=max(1.6, 0.35 * len(pairs) + 0.8))
    labels = [label for label, _ in pairs][::-1]
    values = [value for _, value in pairs][::-1]
    axes.barh(labels, values, color=CHART_COLOUR)
    axes.set_xlabel(table.columns[-1] if table.name != "unmet_need" else "Times recorded")
    axes.spines[["top", "right"]].set_visible(False)
    return _svg(figure)


def usage_lines(table: ReportTable) -> bytes:
    figure, axes = _figure(height=3)
    weeks = [str(row[0]) for row in table.rows]
    axes.plot(weeks, [row[1] for row in table.rows], marker="o", color=CHART_COLOUR, label="All conversations")
    axes.plot(weeks, [row[2] for row in table.rows], marker="s", color=SECOND_COLOUR, label="Anonymous")
    axes.set_xlabel("Week beginning")
    axes.set_ylabel("Conversations")
    axes.legend(frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    figure.autofmt_xdate()
    return _svg(figure)


def chart_svg(table: ReportTable) -> bytes:
    return usage_lines(table) if table.name == "usage" else horizontal_bars(table)
