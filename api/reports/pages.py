"""The reports page, a chart per table and a CSV download per table (team leads and admins)."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.auth.dependencies import TeamLeadPage
from api.deps import SessionDep, SettingsDep
from api.errors import NotFoundError
from api.reports.charts import chart_svg
from api.reports.csv_export import table_csv
from api.reports.tables import ReportTable, build_report
from api.triage.templating import render

router = APIRouter(prefix="/triage/reports", tags=["reports"])


def find_table(tables: list[ReportTable], name: str, charted_only: bool = False) -> ReportTable:
    for table in tables:
        if table.name == name and (table.chart or not charted_only):
            return table
    raise NotFoundError(f"There is no report table called {name!r}.")


@router.get("")
def reports_page(request: Request, user: TeamLeadPage, session: SessionDep, settings: SettingsDep) -> Response:
    """Every report table, with charts and CSV links."""
    return render(request, "triage/reports.html", {"tables": build_report(session, settings.directory_file)})


@router.get("/{name}.csv")
def report_csv(name: str, user: TeamLeadPage, session: SessionDep, settings: SettingsDep) -> Response:
    """One report table as CSV."""
    table = find_table(build_report(session, settings.directory_file), name)
    headers = {"Content-Disposition": f'attachment; filename="linkway-{table.name}.csv"'}
    return Response(table_csv(table), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/charts/{name}.svg")
def report_chart(name: str, user: TeamLeadPage, session: SessionDep, settings: SettingsDep) -> Response:
    """One report table drawn as an SVG chart."""
    table = find_table(build_report(session, settings.directory_file), name, charted_only=True)
    return Response(chart_svg(table), media_type="image/svg+xml", headers={"Cache-Control": "no-store"})
