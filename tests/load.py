"""A bounded load test: several users with mixed traffic against a running server.

Each virtual user keeps one HTTP connection and, until the time is up, sends
a request drawn from the mix: ingest a message (API), fetch the memory
context before a reply (API), open the People list (UI, signed in), search
customers (API). Every answer other than the expected status is an error.
The report gives throughput and the median, p95 and p99 latency per kind.

    python -m tests.load --url http://demo.localhost:8000 --api-key KEY \\
        --username builder@demo.test --password demo --seconds 60 --users 8

(`make run` serves the demo organization; `python manage.py create_api_key
--schema demo --name load` prints a key.) tests/test_load.py runs a short
version against gunicorn inside the test suite.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import statistics
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlencode, urlsplit

# Kind of request -> weight in the mix.
MIX = {"ingest": 3, "context": 3, "people": 2, "search": 2}
EXPECTED = {"ingest": 202, "context": 200, "people": 200, "search": 200}
SEARCHES = ["a", "nguyen", "+84", "@example.com", "visitor", "lisbon"]


@dataclass
class Target:
    """A server and an organization on it: where requests go and as whom."""

    address: str  # host:port to connect to
    host: str  # Host header: the organization's host name (with the port)
    api_key: str
    session_cookie: str  # "sessionid=..." of a signed-in Builder
    agent_id: str
    customer_ids: list[str]


@dataclass
class Report:
    seconds: float
    users: int
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return sum(len(values) for values in self.latencies.values())

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, kind: str | None, fraction: float) -> float:
        values = sorted(v for k, vs in self.latencies.items() if kind in (None, k) for v in vs)
        if not values:
            return 0.0
        return values[min(len(values) - 1, int(fraction * len(values)))]

    def summary(self) -> str:
        lines = [
            f"{self.requests} requests in {self.seconds:.1f} s from {self.users} users: "
            f"{self.throughput:.0f} requests/s, {len(self.errors)} errors; "
            f"p50 {self.percentile(None, 0.5) * 1000:.1f} ms, p95 {self.percentile(None, 0.95) * 1000:.1f} ms"
        ]
        for kind in MIX:
            values = self.latencies.get(kind, [])
            if values:
                lines.append(
                    f"  {kind:<8} {len(values):>6} requests  median {statistics.median(values) * 1000:6.1f} ms"
                    f"  p95 {self.percentile(kind, 0.95) * 1000:6.1f} ms  p99 {self.percentile(kind, 0.99) * 1000:6.1f} ms"
                )
        return "\n".join(lines)


class User(threading.Thread):
    def __init__(self, target: Target, report: Report, lock: threading.Lock, *, until: float, seed: int) -> None:
        super().__init__(daemon=True)
        self.target, self.report, self.lock, self.until = target, report, lock, until
        self.random = random.Random(seed)
        self.visitor = f"load-{uuid.uuid4().hex[:8]}"
        self.conversation: str | None = None
        self.connection: http.client.HTTPConnection | None = None

    def run(self) -> None:
        kinds, weights = list(MIX), list(MIX.values())
        while time.monotonic() < self.until:
            kind = self.random.choices(kinds, weights)[0]
            started = time.perf_counter()
            try:
                status, body = self.send(kind)
                error = None if status == EXPECTED[kind] else f"{kind}: HTTP {status} {body[:200]!r}"
            except (OSError, http.client.HTTPException) as failure:
                self.connection = None
                error = f"{kind}: {type(failure).__name__} {failure}"
            elapsed = time.perf_counter() - started
            with self.lock:
                self.report.latencies.setdefault(kind, []).append(elapsed)
                if error:
                    self.report.errors.append(error)

    def send(self, kind: str) -> tuple[int, bytes]:
        target = self.target
        api = {"Authorization": f"Bearer {target.api_key}"}
        if kind == "ingest":
            body = {
                "agent": target.agent_id,
                "channel": "web",
                "channelIdentifier": self.visitor,
                "role": self.random.choice(["customer", "agent"]),
                "message": f"Load message {uuid.uuid4().hex[:12]}: my order is late, I live in Lisbon.",
                "messageId": f"load-{uuid.uuid4().hex}",
            }
            if self.conversation:
                body["conversationId"] = self.conversation
            status, answer = self.request("POST", "/api/tenants/me/ingest", api, json.dumps(body).encode())
            if status == 202:
                self.conversation = json.loads(answer)["conversationId"]
            return status, answer
        if kind == "context":
            customer = self.random.choice(target.customer_ids)
            query = urlencode({"agent": target.agent_id, "query": "where is my order?"})
            return self.request("GET", f"/api/tenants/me/customers/{customer}/context?{query}", api)
        if kind == "people":
            path = f"/agents/{target.agent_id}/people/"
            return self.request("GET", path, {"Cookie": target.session_cookie})
        query = urlencode({"q": self.random.choice(SEARCHES), "limit": 10})
        return self.request("GET", f"/api/tenants/me/customers/search?{query}", api)

    def request(self, method: str, path: str, headers: dict[str, str], body: bytes | None = None) -> tuple[int, bytes]:
        if self.connection is None:
            host, port = self.target.address.rsplit(":", 1)
            self.connection = http.client.HTTPConnection(host, int(port), timeout=30)
        headers = {"Host": self.target.host, **headers}
        if body is not None:
            headers["Content-Type"] = "application/json"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        return response.status, response.read()


def run(target: Target, *, users: int, seconds: float, seed: int = 1) -> Report:
    """Send the mix from `users` threads for `seconds`; return what happened."""
    report = Report(seconds=seconds, users=users)
    lock = threading.Lock()
    started = time.monotonic()
    threads = [User(target, report, lock, until=started + seconds, seed=seed + n) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report.seconds = time.monotonic() - started
    return report


# --- Pointing it at a running server --------------------------------------------------------------


def _call(address: str, host: str, method: str, path: str, headers: dict[str, str], body: bytes | None = None) -> Any:
    hostname, port = address.rsplit(":", 1)
    connection = http.client.HTTPConnection(hostname, int(port), timeout=30)
    connection.request(method, path, body=body, headers={"Host": host, **headers})
    return connection.getresponse()


def sign_in(address: str, host: str, username: str, password: str) -> str:
    """Sign in through the login form; return the session cookie header."""
    page = _call(address, host, "GET", "/login/", {})
    html = page.read().decode()
    cookies = SimpleCookie()
    for header in page.headers.get_all("Set-Cookie") or []:
        cookies.load(header)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if token is None or "csrftoken" not in cookies:
        raise SystemExit("No CSRF token on the login page")
    form = urlencode({"username": username, "password": password, "csrfmiddlewaretoken": token.group(1)})
    answer = _call(
        address,
        host,
        "POST",
        "/login/",
        {
            "Cookie": f"csrftoken={cookies['csrftoken'].value}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"http://{host}/login/",
        },
        form.encode(),
    )
    answer.read()
    for header in answer.headers.get_all("Set-Cookie") or []:
        cookies.load(header)
    if answer.status != 302 or "sessionid" not in cookies:
        raise SystemExit(f"Sign-in as {username} failed (HTTP {answer.status})")
    return f"sessionid={cookies['sessionid'].value}"


def discover(address: str, host: str, api_key: str) -> tuple[str, list[str]]:
    """The first agent of the organization and up to 100 of its customers."""
    headers = {"Authorization": f"Bearer {api_key}"}
    agents = json.loads(_call(address, host, "GET", "/api/tenants/me/agents", headers).read())["data"]
    customers = json.loads(_call(address, host, "GET", "/api/tenants/me/customers?limit=100", headers).read())["data"]
    if not agents or not customers:
        raise SystemExit("The organization needs an agent and customers (try `make run`'s demo organization).")
    return agents[0]["id"], [customer["id"] for customer in customers]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://demo.localhost:8000", help="the organization's address")
    parser.add_argument("--connect", help="host:port to connect to (default: from --url, *.localhost -> 127.0.0.1)")
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--username", default="builder@demo.test")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args(argv)

    url = urlsplit(args.url)
    host = url.netloc
    address = args.connect or f"{'127.0.0.1' if url.hostname.endswith('localhost') else url.hostname}:{url.port or 80}"
    agent_id, customer_ids = discover(address, host, args.api_key)
    cookie = sign_in(address, host, args.username, args.password)
    target = Target(address, host, args.api_key, cookie, agent_id, customer_ids)
    report = run(target, users=args.users, seconds=args.seconds)
    print(report.summary())
    for error in report.errors[:20]:
        print("  error:", error)
    raise SystemExit(1 if report.errors else 0)


if __name__ == "__main__":
    main()
