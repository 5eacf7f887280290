"""`django.db.connection` as django-tenants' backend makes it: the same object, typed with the schema.

django-stubs types `django.db.connection` as the plain `BaseDatabaseWrapper`; django-tenants'
backend adds the current schema and tenant and the calls that switch them. Import `connection`
from here wherever those are used, so mypy checks them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from django.db.backends.base.base import BaseDatabaseWrapper

    class TenantDatabaseWrapper(BaseDatabaseWrapper):
        schema_name: str
        tenant: Any

        def set_tenant(self, tenant: Any, include_public: bool = True) -> None: ...

        def set_schema(self, schema_name: str, include_public: bool = True, tenant_type: str | None = None) -> None: ...

        def set_schema_to_public(self) -> None: ...

    connection: TenantDatabaseWrapper
else:
    from django.db import connection

__all__ = ["connection"]
