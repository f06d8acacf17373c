"""Load benchmark: simultaneous residents holding whole conversations against the real Rasa server and app.

For each database (SQLite, PostgreSQL) it prepares a fresh database as `make run` does (migrate,
import the shipped directory, build the index), starts Rasa and the app exactly as `make start`
does (one app process, one Rasa server with two workers sharing Redis locks; loopback only), then
runs each level of simultaneous conversations once.
It reports p50/p95/p99 time per turn, errors, and referrals submitted against referrals stored.

    .venv/bin/python -m bench.load                      # both databases, 10/50/200 conversations
    .venv/bin/python -m bench.load --databases sqlite --levels 10
    .venv/bin/python -m bench.load --databases postgresql --levels 10,50
    .venv/bin/python -m bench.load --databases postgresql --levels 50 --rasa-workers 1

PostgreSQL runs get a scratch database of their own (created, then dropped at the end) on the server
`--postgres-admin-url` points at.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from bench.load_report import write_report
from bench.load_residents import Outcome, RestResident, SocketResident, hold_conversation
from tests.servers import (
    APP_PYTHON,
    RASA_MODEL,
    ROOT,
    ServerProcess,
    app_process,
    free_port,
    rasa_process,
    tracker_store_url,
)

POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
INDEX_DIR = ROOT / "var" / "bench-index"
RESULTS = ROOT / "bench" / "reports" / "load.json"
REDIS_URL = "redis://127.0.0.1:6379/1"
RASA_WORKERS = 2  # as `make start` runs Rasa when Redis answers


class ScratchDatabase:
    """The benchmark's own database, made fresh for one run and dropped after it.

    SQLite: a file in the run's scratch folder (Rasa's tracker store gets a file beside it). PostgreSQL:
    a database of its own on the server `admin_url` reaches, shared by the app and Rasa's tracker store
    as in production (`docs/deploy.md`).
    """

    def __init__(self, kind: str, scratch: Path, admin_url: str = POSTGRES_ADMIN_URL) -> None:
        self.kind, self.admin_url = kind, admin_url
        self.name = f"lw_load_bench_{os.getpid()}"
        if kind == "sqlite":
            self.url = f"sqlite:///{scratch / 'linkway.db'}"
        elif kind == "postgresql":
            self._admin(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)", f"CREATE DATABASE {self.name}")
            self.url = admin_url.rsplit("/", 1)[0] + f"/{self.name}"
        else:
            raise ValueError(f"unknown database {kind!r}: choose sqlite or postgresql")

    def _admin(self, *statements: str) -> None:
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
        admin.dispose()

    def drop(self) -> None:
        if self.kind == "postgresql":
            self._admin(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


def prepare(url: str) -> None:
    """Migrate, import the shipped directory and build (or reuse) the index, as `make run` does."""
    env = {**os.environ, "DATABASE_URL": url, "LINKWAY_INDEX_DIR": str(INDEX_DIR), "HF_HUB_OFFLINE": "1"}
    for command in (
        ["-m", "alembic", "upgrade", "head"],
        ["-m", "index", "import", "data/directory/oxfordshire.json"],
        ["-m", "index", "build"],
    ):
        subprocess.run([str(APP_PYTHON), *command], cwd=ROOT, env=env, check=True, capture_output=True)


def servers(
    url: str, scratch: Path, rasa_replicas: int = 1, redis_url: str = REDIS_URL, rasa_workers: int = RASA_WORKERS
) -> tuple[ServerProcess, list[ServerProcess], str, list[str]]:
    """The app and `rasa_replicas` Rasa servers of `rasa_workers` workers each; several workers or servers
    share Redis locks, as `make start` and `docs/deploy.md` run them."""
    app_port = free_port()
    app_url = f"http://127.0.0.1:{app_port}"
    env = {
        "DATABASE_URL": url,
        "LINKWAY_INDEX_DIR": str(INDEX_DIR),
        "LINKWAY_PUBLIC_URL": app_url,
        "LINKWAY_APP_URL": app_url,
        "ACTION_ENDPOINT_URL": f"{app_url}/webhook",
        "LINKWAY_TRACKER_STORE_URL": tracker_store_url(url, scratch),
        "LINKWAY_LOG_LEVEL": "WARNING",
    }
    if rasa_replicas > 1 or rasa_workers > 1:
        env |= {"LINKWAY_LOCK_STORE_URL": redis_url, "LINKWAY_REDIS_URL": redis_url}
    env["SANIC_WORKERS"] = str(rasa_workers)
    # A copy of the model: retraining in the shared checkout rewrites var/models while the benchmark runs.
    model = scratch / RASA_MODEL.name
    shutil.copyfile(RASA_MODEL, model)
    rasas, rasa_urls = [], []
    for number in range(rasa_replicas):
        port = free_port()
        rasa = rasa_process(port, {**env, "LINKWAY_RASA_URL": f"http://127.0.0.1:{port}"}, scratch, f"rasa-{number}")
        rasa.command[rasa.command.index(str(RASA_MODEL))] = str(model)
        rasa.startup_seconds = 900  # a shared, busy machine can take minutes to load the model
        rasas.append(rasa)
        rasa_urls.append(f"http://127.0.0.1:{port}")
    return app_process(app_port, env, scratch), rasas, app_url, rasa_urls


def wait_until_ready(app_url: str, seconds: float = 600) -> float:
    """Seconds until the app's `/ready` says yes (index, encoder and detector loaded)."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if httpx.get(f"{app_url}/ready", timeout=30).status_code == 200:
            return round(time.monotonic() - started, 1)
        time.sleep(1)
    raise RuntimeError(f"the app at {app_url} was not ready in {seconds} s")


def process_tree(pid: int) -> list[int]:
    """The process and its descendants (Rasa's Sanic workers are child processes)."""
    children: dict[int, list[int]] = defaultdict(list)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children[int(fields[1])].append(int(stat.parent.name))
    tree, waiting = [], [pid]
    while waiting:
        current = waiting.pop()
        tree.append(current)
        waiting += children.get(current, [])
    return tree


def resident_megabytes(server: ServerProcess) -> float:
    """The resident memory (VmRSS) of the server's processes as it stands after the run, summed (pages a
    worker shares with its parent after the fork count in both)."""
    assert server.process is not None
    kilobytes = 0
    for pid in process_tree(server.process.pid):
        status = Path(f"/proc/{pid}/status").read_text()
        kilobytes += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return round(kilobytes / 1024)


def stored_referrals(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM referrals")).scalar_one()
    engine.dispose()
    return int(count)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else float("nan")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process and its descendants (all their threads) have used so far."""
    total = 0
    for member in process_tree(pid):
        fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def run_level(
    rasa_urls: list[str],
    app_url: str,
    url: str,
    residents: int,
    socket_share: float,
    think: tuple[float, float],
    pids: dict[str, list[int]] | None = None,
) -> dict[str, object]:
    """One level of simultaneous conversations, each resident staying with one Rasa replica (as a sticky
    load balancer keeps them). With the servers' `pids`, also the CPU time they used per turn: unlike
    times per turn, that figure hardly moves with what else the shared machine is doing."""
    pids = pids or {}
    before = stored_referrals(url)
    cpu_before = {name: sum(map(cpu_seconds, group)) for name, group in pids.items()}
    socket_count = round(residents * socket_share)
    limits = httpx.Limits(max_connections=residents, max_keepalive_connections=residents)
    started = time.perf_counter()
    with httpx.Client(limits=limits) as client, ThreadPoolExecutor(max_workers=residents) as pool:
        futures = [
            pool.submit(
                hold_conversation,
                SocketResident(rasa_urls[number % len(rasa_urls)], app_url)
                if number < socket_count
                else RestResident(rasa_urls[number % len(rasa_urls)], client),
                number,
                think,
            )
            for number in range(residents)
        ]
        outcomes: list[Outcome] = [future.result() for future in futures]
    elapsed = time.perf_counter() - started
    time.sleep(1)  # let the last commits land before counting
    turns = [seconds for outcome in outcomes for _, seconds in outcome.turns]
    cpu_per_turn = {
        name: (sum(map(cpu_seconds, group)) - cpu_before[name]) / max(len(turns), 1) for name, group in pids.items()
    }
    by_step: dict[str, list[float]] = defaultdict(list)
    for outcome in outcomes:
        for step, seconds in outcome.turns:
            by_step[step].append(seconds)
    return {
        "residents": residents,
        "socketio_residents": socket_count,
        "seconds": round(elapsed, 1),
        "turns": len(turns),
        "p50": percentile(turns, 0.50),
        "p95": percentile(turns, 0.95),
        "p99": percentile(turns, 0.99),
        "errors": sum(len(outcome.errors) for outcome in outcomes),
        "error_samples": sorted({error for outcome in outcomes for error in outcome.errors})[:10],
        "submitted": sum(outcome.submitted for outcome in outcomes),
        "confirmed": sum(outcome.reference is not None for outcome in outcomes),
        "stored": stored_referrals(url) - before,
        "steps": {
            step: {"p50": statistics.median(values), "p95": percentile(values, 0.95), "n": len(values)}
            for step, values in by_step.items()
        },
        "load_average": os.getloadavg()[0],
        "cpu_seconds_per_turn": {name: round(seconds, 4) for name, seconds in cpu_per_turn.items()},
        "channels": {
            channel: percentile([s for o in outcomes if o.channel == channel for _, s in o.turns], 0.95)
            for channel in ("rest", "socketio")
        },
    }


def bench_database(
    kind: str,
    levels: list[int],
    socket_share: float,
    think: tuple[float, float],
    admin_url: str,
    rasa_replicas: int = 1,
    redis_url: str = REDIS_URL,
    rasa_workers: int = RASA_WORKERS,
) -> dict:
    scratch = Path(tempfile.mkdtemp(prefix=f"linkway-load-{kind}-"))
    database = ScratchDatabase(kind, scratch, admin_url)
    url = database.url
    app, rasas, app_url, rasa_urls = servers(url, scratch, rasa_replicas, redis_url, rasa_workers)
    try:
        prepare(url)
        app.start()
        with ThreadPoolExecutor(max_workers=len(rasas)) as starting:  # load the models side by side
            list(starting.map(ServerProcess.start, rasas))
        ready = wait_until_ready(app_url)
        results = []
        for residents in levels:
            print(f"{kind}: {residents} simultaneous conversations", file=sys.stderr, flush=True)
            pids = {"app": [app.process.pid], "rasa": [rasa.process.pid for rasa in rasas]}  # type: ignore[union-attr]
            result = run_level(rasa_urls, app_url, url, residents, socket_share, think, pids)
            print(json.dumps({k: v for k, v in result.items() if k != "steps"}), file=sys.stderr, flush=True)
            results.append(result)
        return {
            "database": kind,
            "rasa_replicas": rasa_replicas,
            "rasa_workers": rasa_workers,
            "levels": results,
            "logs": str(scratch),
            "app_ready_seconds": ready,
            "memory_mb": {"app": resident_megabytes(app), "rasa": max(map(resident_megabytes, rasas))},
        }
    finally:
        for rasa in rasas:
            rasa.stop()
        app.stop()
        database.drop()


def merged_runs(runs: list[dict]) -> list[dict]:
    """This invocation's runs, plus the earlier results for databases it did not measure (so SQLite and
    PostgreSQL can be measured at different times, each in a quiet moment)."""

    def key(run: dict) -> tuple[str, int, int]:
        return run["database"], run.get("rasa_replicas", 1), run.get("rasa_workers", 1)

    measured = {key(run) for run in runs}
    earlier = json.loads(RESULTS.read_text())["runs"] if RESULTS.exists() else []
    kept = [run for run in earlier if key(run) not in measured]
    order = ["sqlite", "postgresql"]
    return sorted(runs + kept, key=lambda run: (order.index(run["database"]), key(run)[1], -key(run)[2]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--databases", default="sqlite,postgresql", help="sqlite, postgresql or both (comma-separated)")
    parser.add_argument(
        "--postgres-admin-url",
        default=POSTGRES_ADMIN_URL,
        help="a PostgreSQL database the benchmark connects to to create and drop its own scratch database",
    )
    parser.add_argument("--levels", default="10,50,200")
    parser.add_argument(
        "--rasa-replicas", type=int, default=1, help="Rasa servers sharing the Redis lock store at --redis-url"
    )
    parser.add_argument("--redis-url", default=REDIS_URL)
    parser.add_argument(
        "--rasa-workers", type=int, default=RASA_WORKERS, help="Sanic workers per Rasa server (make start: 2)"
    )
    parser.add_argument("--socketio-share", type=float, default=0.2)
    parser.add_argument("--think", default="1,3", help="seconds a resident waits before each message: min,max")
    args = parser.parse_args()
    think_min, think_max = (float(value) for value in args.think.split(","))
    levels = [int(level) for level in args.levels.split(",")]
    runs = [
        bench_database(
            kind,
            levels,
            args.socketio_share,
            (think_min, think_max),
            args.postgres_admin_url,
            args.rasa_replicas,
            args.redis_url,
            args.rasa_workers,
        )
        for kind in args.databases.split(",")
    ]
    settings = {"levels": levels, "socketio_share": args.socketio_share, "think_seconds": [think_min, think_max]}
    RESULTS.write_text(json.dumps({"settings": settings, "runs": merged_runs(runs)}, indent=2, default=str))
    write_report(json.loads(RESULTS.read_text()))
    print(f"wrote {RESULTS} and bench/reports/load.md", file=sys.stderr)


if __name__ == "__main__":
    main()
