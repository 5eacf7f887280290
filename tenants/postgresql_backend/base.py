"""django-tenants' PostgreSQL backend, with a health check that costs no round trip when all is well.

Django checks a persistent connection at the start of every request
(CONN_HEALTH_CHECKS) by sending `SELECT 1`: a round trip, 0.3-0.6 ms of a
7 ms API request on the machines measured (docs/benchmarks.md). An idle
connection in good health has nothing waiting on its socket; one the server
has closed (a restart, a terminated backend, an idle timeout) has the
server's goodbye or the end of the stream waiting there. So: nothing to read
means usable without asking; anything to read, or a connection not idle,
gets Django's `SELECT 1`.
"""

from __future__ import annotations

import select

from django_tenants.postgresql_backend.base import DatabaseWrapper as TenantDatabaseWrapper
from psycopg import pq


class DatabaseWrapper(TenantDatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed or connection.broken:
            return False
        if connection.info.transaction_status == pq.TransactionStatus.IDLE:
            try:
                readable, _, _ = select.select([connection.fileno()], [], [], 0)
            except (OSError, ValueError):
                return False
            if not readable:
                return True
        return super().is_usable()
