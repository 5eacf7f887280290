"""Deployment checks of this site's own (`manage.py check --deploy`)."""

from __future__ import annotations

import os
import re
from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

PER_PROCESS_CACHES = ("django.core.cache.backends.locmem.LocMemCache",)


def web_workers() -> int:
    """How many gunicorn worker processes the environment asks for (WEB_CONCURRENCY, GUNICORN_CMD_ARGS)."""
    workers = 1
    if (concurrency := os.getenv("WEB_CONCURRENCY", "").strip()).isdecimal():
        workers = int(concurrency)
    flag = re.search(r"(?:^|\s)(?:-w|--workers)(?:=|\s+)(\d+)", os.getenv("GUNICORN_CMD_ARGS", ""))
    if flag:
        workers = int(flag.group(1))
    return workers


@register(Tags.caches, deploy=True)
def check_cache_is_shared(app_configs: Any = None, **kwargs: Any) -> list[Warning]:
    """A per-process cache under several workers: each keeps its own hot layers.

    An edit clears the cached layers of the process that served it only; the
    others answer from their copies until MEMORY_CACHE_TTL. (Rate limits and
    sign-in failures don't depend on it: tenants.rate_limits falls back to
    the database.)
    """
    workers = web_workers()
    if settings.DEBUG or workers < 2:
        return []
    per_process = [alias for alias, config in settings.CACHES.items() if config["BACKEND"] in PER_PROCESS_CACHES]
    return [
        Warning(
            f"The {alias!r} cache is per process (LocMemCache) while {workers} web workers are configured.",
            hint="Set REDIS_URL so that every worker shares one cache: with a cache per worker, a memory "
            "edited through one worker is still served from the others' stale copies for up to "
            "MEMORY_CACHE_TTL seconds.",
            id="customer_memory.W001",
        )
        for alias in per_process
    ]


LOCAL_EMBEDDERS = ("hashing", "wordllama")


@register()
def check_local_embedder(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """LOCAL_EMBEDDER names an embedder we have, and wordllama is installed when it is chosen: a clear error at
    start-up rather than a failed extraction later."""
    choice = getattr(settings, "LOCAL_EMBEDDER", "hashing")
    if choice not in LOCAL_EMBEDDERS:
        return [
            Error(
                f"LOCAL_EMBEDDER is {choice!r}.",
                hint=f"Use one of {', '.join(LOCAL_EMBEDDERS)}.",
                id="customer_memory.E001",
            )
        ]
    if choice == "wordllama":
        try:
            import wordllama  # noqa: F401
        except ImportError:
            return [
                Error(
                    "LOCAL_EMBEDDER is 'wordllama' but the wordllama package is not installed.",
                    hint="pip install wordllama (its weights ship in the wheel), or set LOCAL_EMBEDDER=hashing.",
                    id="customer_memory.E002",
                )
            ]
    return []


@register()
def check_recordings_storage(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """The recordings' storage backend can be imported: RECORDINGS_S3_BUCKET needs the optional django-storages,
    and without it every upload and playback would fail later, one request at a time."""
    recordings = settings.STORAGES.get("recordings")
    backend = recordings.get("BACKEND", "") if isinstance(recordings, dict) else ""
    try:
        import_string(backend)
    except (ImportError, ImproperlyConfigured) as error:  # django-storages without boto3: ImproperlyConfigured
        return [
            Error(
                f"The recordings storage {backend!r} can't be imported ({error}).",
                hint="RECORDINGS_S3_BUCKET stores recordings through django-storages, which is optional: "
                "pip install -r requirements-s3.txt (docs/deployment.md), or unset RECORDINGS_S3_BUCKET to keep "
                "them on the filesystem.",
                id="customer_memory.E003",
            )
        ]
    return []
