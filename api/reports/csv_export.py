"""CSV download of a report table, safe to open in a spreadsheet."""

import csv
import io

from api.reports.tables import Cell, ReportTable

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Cell) -> Cell:
    """A leading formula character is neutralised so a cell cannot run as a spreadsheet formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def table_csv(table: ReportTable) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.columns)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in table.rows)
    return buffer.getvalue()
