"""Content Security Policy glue.

django-csp exposes the request's nonce as `request.csp_nonce`; the script tags
of templates/base.html (and django-htmx's `{% htmx_script %}`) read `csp_nonce`
from the template context. Without this alias they carry no nonce.
"""

from __future__ import annotations

from typing import Any


def nonce(request: Any) -> dict[str, Any]:
    return {"csp_nonce": getattr(request, "csp_nonce", "")}
