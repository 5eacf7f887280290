"""The queue's broker: django-q2's ORM broker, reading tasks signed with an earlier SECRET_KEY.

django-q2 signs each queued task with SECRET_KEY and checks that signature
alone (its signer ignores SECRET_KEY_FALLBACKS). After a key rotation, every
task queued before it failed the check and was deleted with a log line only:
queued learning was lost (issue 16, finding 9). This broker re-signs a task
signed with a key in SECRET_KEY_FALLBACKS before handing it to the cluster.
A task no configured key signed can't be trusted (its payload is a pickle),
so it is not run: it is logged as an error and kept as a failed task, which
the operator's admin lists. Set as Q_CLUSTER["broker_class"].
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from django.conf import settings
from django.core.signing import BadSignature, Signer
from django.utils import timezone
from django_q.brokers.orm import ORM
from django_q.conf import Conf
from django_q.models import Failure

logger = logging.getLogger(__name__)

UNREADABLE = "(unreadable: signed with an unknown key)"


def signed_with_current_key(payload: str) -> str | None:
    """`payload` signed with SECRET_KEY: as it is, re-signed if a fallback key signed it, or None.

    The signed value keeps its timestamp; only the signature is replaced.
    """
    salt = Conf.PREFIX
    try:
        value = Signer(key=settings.SECRET_KEY, fallback_keys=[*settings.SECRET_KEY_FALLBACKS], salt=salt).unsign(
            payload
        )
    except BadSignature:
        return None
    return Signer(key=settings.SECRET_KEY, fallback_keys=[], salt=salt).sign(value)


class RotatingKeyORM(ORM):
    def dequeue(self) -> list[tuple[Any, str]] | None:
        tasks = super().dequeue()
        if not tasks:
            return tasks
        readable = []
        for ack_id, payload in tasks:
            current = signed_with_current_key(payload)
            if current is None:
                self._set_aside(ack_id)
            else:
                readable.append((ack_id, current))
        return readable

    def _set_aside(self, ack_id: Any) -> None:
        now = timezone.now()
        failure = Failure.objects.using(Conf.ORM).create(
            id=uuid.uuid4().hex,
            name=f"unreadable-{ack_id}"[:100],
            func=UNREADABLE,
            result=(
                f"Queued task {ack_id} was signed with a key that is neither SECRET_KEY nor in "
                "SECRET_KEY_FALLBACKS. Its content can't be trusted, so it was not run."
            ),
            started=now,
            stopped=now,
            success=False,
            attempt_count=1,
            cluster=Conf.CLUSTER_NAME,
        )
        self.delete(ack_id)
        logger.error(
            "Queued task %s was signed with a key that is neither SECRET_KEY nor in SECRET_KEY_FALLBACKS; "
            "not run, kept as failed task %s",
            ack_id,
            failure.id,
        )
