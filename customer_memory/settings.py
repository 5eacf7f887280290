"""Settings for Customer Memory: one file, driven by environment variables.

Defaults make `make run` work offline on a fresh machine: embedded PostgreSQL
(pgserver, with pgvector) in `.pgdata/`, local-memory cache, the rules
extractor and the hashing embedder. Production switches are environment
variables only (see `.env.example`).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from csp.constants import NONCE

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, *, default: bool) -> bool:
    value = os.getenv(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, *, default: int) -> int:
    value = os.getenv(name)
    return int(value) if value else default


def env_float(name: str, *, default: float) -> float:
    value = os.getenv(name)
    return float(value) if value else default


def env_secret(name: str, *, default: str = "") -> str:
    """Read `NAME`, or the contents of the file named by `NAME_FILE`."""
    if path := os.getenv(f"{name}_FILE"):
        return Path(path).read_text().strip()
    return os.getenv(name, default)


def env_list(name: str, *, default: list[str]) -> list[str]:
    value = os.getenv(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


# Core
DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = env_secret("SECRET_KEY") or "dev-only-insecure-key-change-me-in-production"
# Earlier keys, still accepted on signed data (sessions, messages, queued tasks: tenants/task_queue.py).
SECRET_KEY_FALLBACKS = [key.strip() for key in env_secret("SECRET_KEY_FALLBACKS").split(",") if key.strip()]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=[".localhost", "localhost", "127.0.0.1", "testserver"])
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "customer_memory:agent_list"
LOGOUT_REDIRECT_URL = "login"
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", default=2 * 1024 * 1024)

# Tenancy: organizations and domains live in `public`; everything about an
# organization's customers lives in its own schema.
TENANT_MODEL = "tenants.Organization"
TENANT_DOMAIN_MODEL = "tenants.Domain"
PUBLIC_SCHEMA_NAME = "public"
PUBLIC_SCHEMA_URLCONF = "customer_memory.urls_public"
DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter"]
# Tenant schemas only ever need `<schema>, public`; skipping the repeated
# SET search_path saves a statement per query batch (django-tenants docs).
TENANT_LIMIT_SET_CALLS = True
# migrate_schemas skips schemas with nothing to apply (1,000 organizations: seconds, not half an hour).
GET_EXECUTOR_FUNCTION = "tenants.schema_migrations.get_executor"
# New organizations' schemas are copied from this schema, made and kept current by migrations
# (tenants/schema_copy.py). Reserved: no organization may use the name.
ORGANIZATION_TEMPLATE_SCHEMA = "organization_template"

SHARED_APPS = [
    "django_tenants",
    "tenants",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.admin",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    # Sign-in failures of the operator's admin (tenants.sign_in).
    "axes",
    # One queue for every organization, in `public`: a tenant copy of the
    # queue table swallows tasks (DESIGN.md, known traps).
    "django_q",
]
TENANT_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.admin",
    "tenants.keys_and_audit",
    # Sign-ins happen on each organization's host: failures are counted in its schema (tenants.sign_in).
    "axes",
    "conversations",
    "customer_memory",
]

# Apps and middleware
INSTALLED_APPS = list(SHARED_APPS) + [app for app in TENANT_APPS if app not in SHARED_APPS]
INSTALLED_APPS += [
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "template_partials",
    "csp",
]

MIDDLEWARE = [
    "tenants.middleware.CachedTenantMiddleware",
    "customer_memory.middleware.RejectNulCharactersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Below HtmxMiddleware: it reads request.htmx (customer_memory.middleware).
    "customer_memory.middleware.HtmxSignInRedirectMiddleware",
    # Turns a refused sign-in into a 429 with Retry-After (tenants.sign_in.lockout_response).
    "axes.middleware.AxesMiddleware",
]
ROOT_URLCONF = "customer_memory.urls"
WSGI_APPLICATION = "customer_memory.wsgi.application"

# Templates
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "customer_memory.csp.nonce",
            ],
            "builtins": ["template_partials.templatetags.partials"],
        },
    }
]
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"

# Uploaded call recordings (conversations.recordings): personal data, so never under STATIC_ROOT
# and never served by URL, only through the signed-in, role-checked recording view. On the
# filesystem by default; any S3-compatible store when RECORDINGS_S3_BUCKET is set (needs the
# optional django-storages[s3]: requirements-s3.txt, docs/deployment.md; checked at start-up,
# customer_memory.checks E003).
RECORDINGS_ROOT = Path(os.getenv("RECORDINGS_ROOT") or BASE_DIR / "private_media")
RECORDING_MAX_BYTES = env_int("RECORDING_MAX_BYTES", default=50 * 1024 * 1024)
if recordings_bucket := os.getenv("RECORDINGS_S3_BUCKET"):
    RECORDINGS_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": recordings_bucket,
            "endpoint_url": os.getenv("RECORDINGS_S3_ENDPOINT_URL") or None,
            "region_name": os.getenv("RECORDINGS_S3_REGION") or None,
            "access_key": env_secret("RECORDINGS_S3_ACCESS_KEY_ID") or None,
            "secret_key": env_secret("RECORDINGS_S3_SECRET_ACCESS_KEY") or None,
            "location": os.getenv("RECORDINGS_S3_PREFIX", "recordings"),
            # Private objects; files are read through the recording view, never by a bucket URL.
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    RECORDINGS_STORAGE = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        # No base_url: the files have no public address.
        "OPTIONS": {"location": RECORDINGS_ROOT, "directory_permissions_mode": 0o700, "file_permissions_mode": 0o600},
    }
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "recordings": RECORDINGS_STORAGE,
}

# Database
if database_url := os.getenv("DATABASE_URL"):
    from customer_memory.database import parse_database_url

    DATABASES = {"default": parse_database_url(database_url)}
else:
    from customer_memory.database import embedded_database

    DATABASES = {"default": embedded_database(Path(os.getenv("EMBEDDED_DATABASE_DIR") or BASE_DIR / ".pgdata"))}
DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Cache: tenant-aware keys so one organization's cached layers never answer
# another's lookups. Redis going away degrades to the database, never to
# errors (customer_memory/cache.py).
if redis_url := os.getenv("REDIS_URL"):
    if "://" not in redis_url:
        # Accept the bare host:port form too (e.g. REDIS_URL=127.0.0.1:6379).
        redis_url = f"redis://{redis_url}"
    CACHES = {
        "default": {
            "BACKEND": "customer_memory.cache.FailSoftRedisCache",
            "LOCATION": redis_url,
            "KEY_FUNCTION": "django_tenants.cache.make_key",
            "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
            "KEY_PREFIX": os.getenv("CACHE_KEY_PREFIX", "cm"),
            "TIMEOUT": 3600,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "KEY_FUNCTION": "django_tenants.cache.make_key",
            "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
            "TIMEOUT": 3600,
        }
    }
# django-axes' gate first (tenants.sign_in), then ModelBackend reading the user's role with the user
# (one query a request instead of two).
AUTHENTICATION_BACKENDS = ["tenants.sign_in.SignInBackend", "tenants.roles.RoleReadingBackend"]
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Queue: the ORM broker always. With the Redis broker a task was lost when its
# worker was killed mid-task; the ORM broker re-delivers it (DESIGN.md).
Q_CLUSTER = {
    "name": "customer_memory",
    "orm": "default",
    # The ORM broker, reading tasks signed before a SECRET_KEY rotation (tenants/task_queue.py).
    "broker_class": "tenants.task_queue.RotatingKeyORM",
    "workers": env_int("Q_WORKERS", default=2),
    "timeout": env_int("Q_TIMEOUT", default=120),
    # Must exceed `timeout`: an unacknowledged task is handed out again after
    # `retry` seconds, which is how a killed worker's task comes back.
    "retry": env_int("Q_RETRY", default=180),
    "max_attempts": env_int("Q_MAX_ATTEMPTS", default=5),
    # Successful results are not kept: with a positive limit django-q2 locks
    # and reads every stored success on each save (~250 ms a task measured
    # here). Failures are always kept; extraction outcomes live in Extraction.
    "save_limit": env_int("Q_SAVE_LIMIT", default=-1),
    "catch_up": False,
    "poll": 0.5,
}

# DRF and spectacular
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["tenants.auth.ApiKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # Enforces DATA_UPLOAD_MAX_MEMORY_SIZE, which DRF's stream parsing skips.
    "DEFAULT_PARSER_CLASSES": ["customer_memory.api.parsers.SizeLimitedJSONParser"],
    "DEFAULT_THROTTLE_CLASSES": ["customer_memory.api.throttling.ApiKeyThrottle"],
    "DEFAULT_THROTTLE_RATES": {"api_key": os.getenv("API_RATE_LIMIT", "6000/min")},
    "EXCEPTION_HANDLER": "customer_memory.api.exceptions.exception_handler",
    # `?format=json` is the export's own parameter, not content negotiation.
    "URL_FORMAT_OVERRIDE": None,
    "UNAUTHENTICATED_USER": None,
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "LIST_SERIALIZER_ERRORS_AS_DICT": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Customer Memory API",
    "DESCRIPTION": "Per-organization customer memory for AI support agents. Call it on your organization's "
    "host with `Authorization: Bearer <API key>`; JSON is camelCase, ids are prefixed ULIDs (`cust_...`), "
    'times are ISO 8601 UTC, and every error is `{"error": {"code", "message", "fields"}}`.',
    "VERSION": "1.0.0",
    # OpenAPI 3.1: its schemas are JSON Schema, so tests validate responses against them.
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # PATCH bodies are documented as the serializers require them.
    "COMPONENT_SPLIT_PATCH": False,
    "SCHEMA_PATH_PREFIX": "/api/tenants/me",
    # Served from this host: no CDN is reachable, and CSP allows 'self' only.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # A conversation's `status` (open, closed) and its memoryStatus's `status` are different enums.
    "ENUM_NAME_OVERRIDES": {
        "MemoryStatusEnum": "customer_memory.memory_status.MemoryStatus",
        "ConversationStatusEnum": "conversations.models.Conversation.Status",
        "RetentionDaysEnum": "conversations.models.Agent.Retention",
        "KnowledgeStatusEnum": "customer_memory.models.KnowledgeEntry.Status",
        "FactSourceEnum": "customer_memory.models.Fact.Source",
        "KnowledgeSourceEnum": "customer_memory.models.KnowledgeEntry.Source",
        "NewKnowledgeStatusEnum": ["approved", "proposed"],
    },
}

# Memory engine
MEMORY_TRUST_BASE = env_float("MEMORY_TRUST_BASE", default=0.5)
MEMORY_CHURN_BASE = env_float("MEMORY_CHURN_BASE", default=0.1)
MEMORY_CACHE_TTL = env_int("MEMORY_CACHE_TTL", default=3600)
# Webhook endpoints on private, loopback or link-local addresses are refused unless this is true
# (a local receiver in development and tests).
WEBHOOKS_ALLOW_PRIVATE = env_bool("WEBHOOKS_ALLOW_PRIVATE", default=False)
CONVERSATION_IDLE_MINUTES = env_int("CONVERSATION_IDLE_MINUTES", default=15)

# LLM: with no key, the rules extractor and the hashing embedder serve.
OPENAI_API_KEY = env_secret("OPENAI_API_KEY")
OPENAI_BASE_URL = os.getenv("OPENAI_BASE_URL") or None
OPENAI_MODEL = os.getenv("OPENAI_MODEL", "gpt-4o-mini")
OPENAI_EMBEDDING_MODEL = os.getenv("OPENAI_EMBEDDING_MODEL", "text-embedding-3-small")
# Without an API key: "hashing" (default: on the recall benchmark it ties wordllama, with no dependency) or "wordllama"
# (installed with the dev requirements, `pip install wordllama` elsewhere; its weights ship in the wheel).
LOCAL_EMBEDDER = os.getenv("LOCAL_EMBEDDER", "hashing")
OPENAI_TIMEOUT = env_float("OPENAI_TIMEOUT", default=30.0)
# Seconds one extraction may take, well under the worker's Q_TIMEOUT: a conversation that can't be learned
# from in time is marked failed with its reason (retryable by hand) instead of stalling a worker again.
EXTRACTION_TIME_BUDGET = env_float("EXTRACTION_TIME_BUDGET", default=45.0)
# A failed extraction is retried with backoff (1, 2, 4 ... minutes, at most an hour apart) for this long
# before it is marked failed: a model outage of a day loses no learning.
EXTRACTION_RETRY_HOURS = env_float("EXTRACTION_RETRY_HOURS", default=24.0)

# Sign-in protection (tenants.sign_in): AXES_FAILURE_LIMIT failures of one user name from one
# address lock that pair for AXES_COOLOFF_TIME; past SIGN_IN_ADDRESS_RATE failures, an address
# waits for the next window. Counts live in the database, shared by every process.
AXES_HANDLER = "tenants.sign_in.SignInAttemptHandler"
AXES_FAILURE_LIMIT = env_int("SIGN_IN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("SIGN_IN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "tenants.sign_in.normalized_username"
AXES_CLIENT_IP_CALLABLE = "tenants.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "tenants.sign_in.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Failures are kept for the cool-off only; successful sign-ins are not logged a second time.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
AXES_VERBOSE = False
SIGN_IN_ADDRESS_RATE = os.getenv("SIGN_IN_ADDRESS_RATE", "30/min")
# Proxies whose X-Forwarded-For is believed (addresses or networks, e.g. 10.0.0.0/8); nobody's by
# default, so a client can't choose the address it is counted under (tenants.client_address).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", default=[])

# Security
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Load balancers probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Scripts only from this host or with the per-request nonce (django-csp; the
# nonce reaches templates/base.html's htmx script tag as `csp_nonce`, see customer_memory/csp.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Logging
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "without_query_strings": {"()": "customer_memory.access_log.WithoutQueryStrings"},
        "client_errors_without_tracebacks": {"()": "customer_memory.access_log.ClientErrorsWithoutTracebacks"},
    },
    "formatters": {
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        # Django's own handler for the development server's access log, with query strings cut.
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["without_query_strings"],
        },
    },
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
    # django-axes reports every sign-in at INFO; lockouts and failures (names and addresses masked) are warnings.
    "loggers": {
        "pgserver": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        # Django's defaults give `django` a console handler of its own (with DEBUG) besides the root's: every
        # warning, a refused request's included, was printed twice. Configured here, it keeps only the root's.
        "django": {"level": "INFO"},
        "django.request": {"filters": ["client_errors_without_tracebacks"]},
    },
}
