"""Render the load benchmark's results (bench/reports/load.json) as the tables in bench/reports/load.md.

Everything from the `## Findings` heading down is written by hand and kept when the tables are redrawn.
"""

from pathlib import Path
from typing import Any

REPORT = Path(__file__).resolve().parent / "reports" / "load.md"
FINDINGS = "## Findings"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def level_table(run: dict[str, Any]) -> list[str]:
    lines = [
        f"### {run['database']}"
        + (f", {run['rasa_replicas']} Rasa servers" if run.get("rasa_replicas", 1) > 1 else "")
        + f", Rasa with {run.get('rasa_workers', 1)} worker{'s' if run.get('rasa_workers', 1) > 1 else ''}",
        "",
        "| conversations | of which socket.io | turns | p50 / turn | p95 / turn | p99 / turn | errors "
        "| referrals submitted | confirmed to resident | stored | wall time |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for level in run["levels"]:
        lines.append(
            f"| {level['residents']} | {level['socketio_residents']} | {level['turns']} | {ms(level['p50'])} "
            f"| {ms(level['p95'])} | {ms(level['p99'])} | {level['errors']} | {level['submitted']} "
            f"| {level['confirmed']} | {level['stored']} | {level['seconds']} s |"
        )
    measured = [level for level in run["levels"] if level.get("cpu_seconds_per_turn")]
    if measured:
        lines += [
            "",
            "CPU time per turn (the servers' own, so it hardly moves with other work on the machine): "
            + "; ".join(
                f"{level['residents']} conversations: app {ms(level['cpu_seconds_per_turn']['app'])}, "
                f"Rasa {ms(level['cpu_seconds_per_turn']['rasa'])}"
                for level in measured
            )
            + ".",
        ]
    errors = sorted({sample for level in run["levels"] for sample in level["error_samples"]})
    if errors:
        lines += ["", "Errors seen: " + "; ".join(f"`{error}`" for error in errors)]
    lines += [
        "",
        f"Memory after the run: app {run['memory_mb']['app']} MB, Rasa {run['memory_mb']['rasa']} MB resident "
        "(the largest Rasa server, its workers included, when there are several). "
        f"The app was ready (index, encoder and detector loaded) {run['app_ready_seconds']} s after Rasa was up. "
        "Load average (1 min) at the end of each level: "
        + ", ".join(f"{level['load_average']:.1f}" for level in run["levels"])
        + ".",
    ]
    busiest = run["levels"][-1]
    slowest = sorted(busiest["steps"].items(), key=lambda item: -item[1]["p95"])[:5]
    lines += [
        "",
        f"Slowest steps at {busiest['residents']} conversations (p95): "
        + ", ".join(f"{step} {ms(stats['p95'])}" for step, stats in slowest),
        "",
    ]
    return lines


def write_report(results: dict[str, Any]) -> None:
    settings = results["settings"]
    lines = [
        "# Load benchmark: simultaneous conversations",
        "",
        "Produced by `.venv/bin/python -m bench.load` (tables redrawn from `bench/reports/load.json`; "
        "the hand-written findings below are kept).",
        f"Each resident holds one whole conversation, hello to confirmed referral (16 turns), waiting "
        f"{settings['think_seconds'][0]:g}-{settings['think_seconds'][1]:g} s before each message; "
        f"{settings['socketio_share']:.0%} talk over socket.io as the widget does, the rest over REST. "
        "Rasa and the app run as `make start` runs them (one app process; one Rasa server with the workers "
        "each heading names, sharing Redis locks when there are two), on this 2-core machine, loopback only.",
        "",
    ]
    for run in results["runs"]:
        lines += level_table(run)
    kept = ""
    if REPORT.exists() and FINDINGS in REPORT.read_text():
        kept = REPORT.read_text()[REPORT.read_text().index(FINDINGS) :]
    REPORT.write_text("\n".join(lines) + "\n" + (kept or f"{FINDINGS}\n\n(to be written after a run)\n"))
