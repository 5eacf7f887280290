"""The tenant URLconf plus the two baseline views, used only inside the benchmark process.

The runner points ROOT_URLCONF here, so production never serves these
routes and the project's URLconf stays untouched. The baselines come first:
they pay the least URL resolution, which keeps them minimal and the ratios
against them honest.
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.urls import path
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from conversations.models import Person
from customer_memory import urls as tenant_urls
from tenants.roles import public

# The person both baselines read, set by the runner.
BASELINE_PERSON: dict[str, int] = {"pk": 1}


@public
def baseline(request: HttpRequest) -> JsonResponse:
    """One primary-key lookup through the whole middleware stack and tenant routing (issue 7)."""
    person = Person.objects.only("public_id").get(pk=BASELINE_PERSON["pk"])
    return JsonResponse({"id": person.public_id})


class ApiBaselineView(APIView):
    """The minimal authenticated endpoint (issue 5): the API's default authentication,
    permission and throttle classes, then one primary-key lookup."""

    def get(self, request: Request) -> Response:
        person = Person.objects.only("public_id").get(pk=BASELINE_PERSON["pk"])
        return Response({"id": person.public_id})


urlpatterns = [
    path("__bench__/baseline/", baseline, name="bench-baseline"),
    path("__bench__/api-baseline/", public(ApiBaselineView.as_view()), name="bench-api-baseline"),
    *tenant_urls.urlpatterns,
]

handler400 = getattr(tenant_urls, "handler400", None)
handler404 = getattr(tenant_urls, "handler404", None)
handler500 = getattr(tenant_urls, "handler500", None)
