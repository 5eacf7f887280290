"""Django's database sessions, read with a written-out statement (tenants.rows).

Every signed-in page reads its session first; building that query through the
ORM took longer than running it. Writing, expiry and cleanup are Django's.
Set as SESSION_ENGINE.
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends import db
from django.utils import timezone

from tenants import rows


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> Any:
        session = rows.get_by(self.model, "session_key", self.session_key) if self.session_key else None
        if session is None or session.expire_date <= timezone.now():
            self._session_key = None
            return None
        return session
