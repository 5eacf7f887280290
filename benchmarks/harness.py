"""Timing machinery: a WSGI client, interleaved rounds against a baseline, statistics.

Requests go through Django's real WSGIHandler (every middleware, tenant
routing by host name, URL resolution, the view, rendering), without a
network socket or the test client's instrumentation (which copies every
template context and would slow the UI pages more than the API).
"""

from __future__ import annotations

import io
import json
import math
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test.utils import CaptureQueriesContext


@dataclass
class Response:
    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    """Calls the WSGI application in process, as a WSGI server would."""

    def __init__(self, host: str, *, headers: dict[str, str] | None = None):
        self.host = host
        self.headers = {f"HTTP_{name.upper().replace('-', '_')}": value for name, value in (headers or {}).items()}
        self.handler = WSGIHandler()

    def request(
        self, method: str, path: str, *, query: str = "", body: Any = None, host: str | None = None
    ) -> Response:
        data = b"" if body is None else json.dumps(body).encode()
        environ = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SCRIPT_NAME": "",
            "SERVER_NAME": host or self.host,
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_HOST": host or self.host,
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(data),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
            **self.headers,
        }
        if body is not None:
            environ["CONTENT_TYPE"] = "application/json"
            environ["CONTENT_LENGTH"] = str(len(data))
        status_line: list[str] = []

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[..., Any]:
            status_line.append(status)
            return lambda chunk: None

        result = self.handler(environ, start_response)
        try:
            content = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        return Response(int(status_line[0].split()[0]), content)

    def get(self, path: str, query: str = "", **kwargs: Any) -> Response:
        return self.request("GET", path, query=query, **kwargs)

    def post(self, path: str, body: Any, **kwargs: Any) -> Response:
        return self.request("POST", path, body=body, **kwargs)


class Unavailable(Exception):
    """The operation cannot be measured here (its code has not landed, or a precondition is missing)."""


@dataclass
class Operation:
    """One measured operation: `call()` does it once (and raises on a wrong answer)."""

    name: str
    call: Callable[[], Any]
    target: str = ""
    baseline: str | None = "baseline"  # name of the baseline operation, or None
    per_round: int = 3  # calls per round
    items: int = 1  # units of work per call (messages), for per-item figures
    prepare: Callable[[], Any] | None = None  # before each call, not timed
    check: Callable[[Result], tuple[bool, str]] | None = None
    count_statements: bool = True
    warmup: int = 3
    rounds: int | None = None  # fewer rounds than the others (slow operations)
    cpu: bool = False  # also record this thread's CPU time (pure-Python operations)


@dataclass
class Result:
    name: str
    target: str
    samples: list[float] = field(default_factory=list)  # seconds per call
    ratios: list[float] = field(default_factory=list)  # per round: median call / median baseline
    differences: list[float] = field(default_factory=list)  # per round: median call - median baseline (s)
    cpu_samples: list[float] = field(default_factory=list)  # this thread's CPU seconds per call, when recorded
    app_cpu: float = 0.0  # this process's CPU seconds over all timed calls
    db_cpu: float = 0.0  # the database backend's CPU seconds over `db_cpu_calls` timed calls
    db_cpu_calls: int = 0
    statements: int | None = None
    items: int = 1
    note: str = ""
    met: bool | None = None
    verdict: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else math.nan

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios) if self.ratios else math.nan

    @property
    def cpu_per_call(self) -> float:
        """Application plus database CPU seconds per call (NaN without a local database)."""
        if not self.samples or not self.db_cpu_calls:
            return math.nan
        return self.app_cpu / len(self.samples) + self.db_cpu / self.db_cpu_calls

    @property
    def difference(self) -> float:
        return statistics.median(self.differences) if self.differences else math.nan

    @property
    def per_item_p95(self) -> float:
        return self.p95 / self.items

    @property
    def throughput(self) -> float:
        return self.items / self.median if self.samples else math.nan

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "target": self.target,
            "calls": len(self.samples),
            "median_ms": round(self.median * 1000, 3),
            "p95_ms": round(self.p95 * 1000, 3),
            "ratio": round(self.ratio, 3) if self.ratios else None,
            "cpu_ms": None if math.isnan(self.cpu_per_call) else round(self.cpu_per_call * 1000, 3),
            "statements": self.statements,
            "items": self.items,
            "met": self.met,
            "verdict": self.verdict,
            "note": self.note,
            **self.extra,
        }


def percentile(samples: list[float], pct: float) -> float:
    """Linear interpolation between closest ranks."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    position = (len(ordered) - 1) * pct / 100
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


class CpuMeter:
    """CPU seconds spent by this process and by the database backend serving its connection.

    On a shared, busy machine wall-clock time includes waiting for a core; CPU time is
    the work itself. The backend's is read from /proc (a local server only; else NaN)
    in clock ticks, so it is only meaningful summed over many calls.
    """

    def __init__(self) -> None:
        self.tick = 1 / os.sysconf("SC_CLK_TCK")

    def read(self) -> tuple[float, float, int | None]:
        pid = None
        raw = connection.connection
        if raw is not None:
            pid = raw.info.backend_pid
        return time.process_time(), self._backend(pid), pid

    def _backend(self, pid: int | None) -> float:
        if pid is None:
            return math.nan
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return math.nan
        return (int(fields[11]) + int(fields[12])) * self.tick  # utime + stime


METER = CpuMeter()


def _timed(operation: Operation, result: Result | None = None) -> float:
    if operation.prepare is not None:
        operation.prepare()
    thread_started = time.thread_time()
    app_before, db_before, pid_before = METER.read()
    started = time.perf_counter()
    operation.call()
    elapsed = time.perf_counter() - started
    app_after, db_after, pid_after = METER.read()
    if result is not None:
        if operation.cpu:
            result.cpu_samples.append(time.thread_time() - thread_started)
        result.app_cpu += app_after - app_before
        if pid_before is not None and pid_before == pid_after and not math.isnan(db_before):
            result.db_cpu += db_after - db_before
            result.db_cpu_calls += 1
    return elapsed


def count_statements(operation: Operation) -> int:
    if operation.prepare is not None:
        operation.prepare()
    with CaptureQueriesContext(connection) as captured:
        operation.call()
    return len(captured.captured_queries)


def measure(
    operations: list[Operation], baselines: dict[str, Operation], *, rounds: int, out: Any = sys.stdout
) -> dict[str, Result]:
    """Interleaved rounds: in each round, in a shuffled order, every operation runs
    `per_round` times right after its baseline ran as many times; the round's
    ratio is the ratio of the two medians, so drift of a noisy machine cancels."""
    results: dict[str, Result] = {}
    live: list[Operation] = []
    for operation in [*baselines.values(), *operations]:
        result = results[operation.name] = Result(operation.name, operation.target, items=operation.items)
        try:
            for _ in range(operation.warmup):
                if operation.prepare is not None:
                    operation.prepare()
                operation.call()
            if operation.count_statements:
                result.statements = count_statements(operation)
        except Unavailable as reason:
            result.note = f"not measured: {reason}"
            continue
        live.append(operation)
    measured = [operation for operation in live if operation.name not in baselines]
    shuffle = random.Random(1)
    for number in range(rounds):
        shuffle.shuffle(measured)
        for operation in measured:
            if operation.rounds is not None and number >= operation.rounds:
                continue
            baseline = baselines.get(operation.baseline or "")
            base_samples = []
            if baseline is not None:
                base_samples = [_timed(baseline, results[baseline.name]) for _ in range(operation.per_round)]
                results[baseline.name].samples.extend(base_samples)
            samples = [_timed(operation, results[operation.name]) for _ in range(operation.per_round)]
            results[operation.name].samples.extend(samples)
            if base_samples:
                result = results[operation.name]
                result.ratios.append(statistics.median(samples) / statistics.median(base_samples))
                result.differences.append(statistics.median(samples) - statistics.median(base_samples))
        out.write(f"\rround {number + 1}/{rounds}")
        out.flush()
    out.write("\n")
    for operation in live:
        if operation.check is not None and results[operation.name].samples:
            met, verdict = operation.check(results[operation.name])
            results[operation.name].met, results[operation.name].verdict = met, verdict
    return results
