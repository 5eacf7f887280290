from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccessConfig(AppConfig):
    """The tenant-side half of `tenants`: API keys and the audit log.

    A separate app because django-tenants creates every model of an app in
    each schema the app is listed for: keeping these out of the `tenants` app
    means `public` holds no empty copies of them, and tenant schemas hold no
    copies of the organization tables.

    The package was `tenants.access` until its name collided with the `access.py` helpers of
    the other apps (who may fetch what); the label stays `access`, so its tables, migrations
    and permissions are unchanged.
    """

    name = "tenants.keys_and_audit"
    label = "access"
    verbose_name = "Access and audit"

    def ready(self) -> None:
        from tenants import roles

        post_migrate.connect(roles.create_roles_after_migrate, sender=self)
