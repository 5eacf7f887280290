"""Content Security Policy glue.

django-csp exposes the request's nonce as `request.csp_nonce`; django-htmx's
`{% htmx_script %}` reads `csp_nonce` from the template context. Without this
alias the htmx script tag carries no nonce and the browser blocks it.
"""

from __future__ import annotations

from typing import Any


def nonce(request: Any) -> dict[str, Any]:
    return {"csp_nonce": getattr(request, "csp_nonce", "")}
