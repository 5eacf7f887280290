"""The Knowledge tab (issue 18): list with search and filters, the editor, version history with revert,
approve and retire; Builders, Admins and Owners only."""

from __future__ import annotations

import pytest
from django.urls import reverse

from conversations.tests.factories import create_agent
from customer_memory import knowledge
from customer_memory.models import KnowledgeEntry
from tenants import audit
from tenants.keys_and_audit.models import AuditEntry

HTMX = {"HTTP_HX_REQUEST": "true"}
STAFF = audit.Actor(origin=AuditEntry.Origin.UI, name="someone")
ENTRY = {
    "title": "App crashes on upload",
    "problem": "The app crashes when a photo is uploaded.",
    "resolution": "Clear the upload cache in Settings.",
    "tags": ["app", "upload"],
}


@pytest.fixture
def agent(organization):
    return create_agent()


def list_url(agent) -> str:
    return reverse("customer_memory:knowledge_list", args=[agent.public_id])


def entry_url(entry) -> str:
    return reverse("customer_memory:knowledge_detail", args=[entry.agent.public_id, entry.public_id])


@pytest.mark.parametrize("role", ["builder", "admin_user", "owner"])
def test_the_knowledge_tab_is_for_builders_and_above(client, agent, role, request):
    client.force_login(request.getfixturevalue(role))
    html = client.get(list_url(agent)).content.decode()
    assert ">Knowledge</a>" in html
    assert "has no knowledge yet" in html


def test_members_get_403_everywhere_in_the_knowledge_tab(client, member, agent):
    entry = knowledge.create_entry(agent, actor=STAFF, **ENTRY)
    client.force_login(member)
    for url in (list_url(agent), reverse("customer_memory:knowledge_new", args=[agent.public_id]), entry_url(entry)):
        assert client.get(url).status_code == 403
    for action in ("knowledge_approve", "knowledge_retire"):
        assert (
            client.post(reverse(f"customer_memory:{action}", args=[agent.public_id, entry.public_id])).status_code
            == 403
        )
    assert client.post(entry_url(entry), {**ENTRY, "title": "Hacked", "tags": ""}).status_code == 403
    entry.refresh_from_db()
    assert entry.title == ENTRY["title"]


def test_list_searches_and_filters_by_status_and_tag(client, builder, agent):
    knowledge.create_entry(agent, actor=STAFF, **ENTRY)
    knowledge.create_entry(
        agent,
        actor=STAFF,
        title="Refund timing",
        problem="Refund late.",
        resolution="Five days.",
        tags=["billing"],
        status="proposed",
    )
    client.force_login(builder)

    page = client.get(list_url(agent)).content.decode()
    assert "App crashes on upload" in page
    assert "Refund timing" in page
    assert '<option value="billing">billing</option>' in page
    searched = client.get(list_url(agent), {"q": "upload"}, **HTMX).content.decode()
    assert "App crashes on upload" in searched
    assert "Refund timing" not in searched
    assert "Refund timing" in client.get(list_url(agent), {"status": "proposed"}, **HTMX).content.decode()
    assert "App crashes" not in client.get(list_url(agent), {"tag": "billing"}, **HTMX).content.decode()
    assert "No knowledge entry matches" in client.get(list_url(agent), {"q": "zebra"}, **HTMX).content.decode()


def test_a_builder_writes_an_entry_and_sees_it_with_its_first_version(client, builder, agent):
    client.force_login(builder)
    response = client.post(
        reverse("customer_memory:knowledge_new", args=[agent.public_id]),
        {
            "title": "Password reset",
            "problem": "Forgot the password.",
            "resolution": "Use the link.",
            "tags": "account",
        },
        follow=True,
    )

    html = response.content.decode()
    assert "Knowledge entry saved." in html
    assert "Password reset" in html
    assert "v1" in html
    assert f"by {builder.get_username()}" in html
    entry = KnowledgeEntry.objects.get(agent=agent)
    assert (entry.status, entry.tags) == ("approved", ["account"])


def test_bad_input_shows_errors_on_the_fields(client, builder, agent):
    client.force_login(builder)
    response = client.post(
        reverse("customer_memory:knowledge_new", args=[agent.public_id]),
        {"title": "", "problem": "My card 4111 1111 1111 1111 fails.", "resolution": "x", "tags": ""},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter the title." in html
    assert not KnowledgeEntry.objects.exists()
    response = client.post(
        reverse("customer_memory:knowledge_new", args=[agent.public_id]),
        {"title": "Card", "problem": "My card 4111 1111 1111 1111 fails.", "resolution": "x", "tags": ""},
    )
    assert "looks like a secret" in response.content.decode()
    assert not KnowledgeEntry.objects.exists()


def test_edit_then_revert_from_the_history(client, builder, agent):
    entry = knowledge.create_entry(agent, actor=STAFF, **ENTRY)
    client.force_login(builder)
    client.post(entry_url(entry), {**ENTRY, "resolution": "Reinstall the app.", "tags": "app, upload"})

    page = client.get(entry_url(entry)).content.decode()
    assert "Reinstall the app." in page
    assert "Revert to v1" in page
    revert_url = reverse("customer_memory:knowledge_revert", args=[agent.public_id, entry.public_id])
    assert "This entry has no version 9." in client.post(revert_url, {"version": "9"}, follow=True).content.decode()
    assert "This entry has no version 0." in client.post(revert_url, {"version": "x"}, follow=True).content.decode()
    response = client.post(revert_url, {"version": "1"}, follow=True)

    html = response.content.decode()
    assert "Version 1 is back, saved as a new version." in html
    assert "Reverted to v1" in html
    entry.refresh_from_db()
    assert entry.resolution == ENTRY["resolution"]
    logged = AuditEntry.objects.filter(object_id=entry.public_id, origin="ui").order_by("at", "id")
    assert [item.action for item in logged] == [
        AuditEntry.Action.KNOWLEDGE_CREATED,
        AuditEntry.Action.KNOWLEDGE_UPDATED,
        AuditEntry.Action.KNOWLEDGE_REVERTED,
    ]
    assert logged[1].actor_user == builder
    assert logged[1].changes["after"]["resolution"] == "Reinstall the app."


def test_a_proposal_is_approved_then_retired(client, builder, agent):
    entry = knowledge.create_entry(agent, actor=STAFF, **ENTRY, status="proposed")
    client.force_login(builder)
    assert "does not use this entry until someone approves it" in client.get(entry_url(entry)).content.decode()

    approved = client.post(
        reverse("customer_memory:knowledge_approve", args=[agent.public_id, entry.public_id]), follow=True
    )
    assert "Approved: the agent uses this entry from now on." in approved.content.decode()
    retired = client.post(
        reverse("customer_memory:knowledge_retire", args=[agent.public_id, entry.public_id]), follow=True
    )
    assert "Retired: the agent no longer uses this entry." in retired.content.decode()
    entry.refresh_from_db()
    assert entry.status == "retired"


def test_another_agents_entry_is_404(client, builder, agent):
    entry = knowledge.create_entry(create_agent(name="Other"), actor=STAFF, **ENTRY)
    client.force_login(builder)
    url = reverse("customer_memory:knowledge_detail", args=[agent.public_id, entry.public_id])
    assert client.get(url).status_code == 404


def test_knowledge_list_query_count_is_constant(client, builder, agent, django_assert_num_queries):
    for number in range(20):
        knowledge.create_entry(agent, actor=STAFF, **{**ENTRY, "title": f"Entry {number}"})
    client.force_login(builder)
    client.get(list_url(agent))
    # Session, user, role, agent, the entries, their tags.
    with django_assert_num_queries(6):
        client.get(list_url(agent))


def test_export_downloads_every_entry_as_json_for_admins(client, builder, admin_user, agent):
    knowledge.create_entry(agent, actor=STAFF, **ENTRY)
    url = reverse("customer_memory:knowledge_export", args=[agent.public_id])
    client.force_login(builder)
    assert "Export JSON" not in client.get(list_url(agent)).content.decode()
    assert client.get(url).status_code == 403
    client.force_login(admin_user)
    assert "Export JSON" in client.get(list_url(agent)).content.decode()

    response = client.get(url)

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert [entry["title"] for entry in response.json()["entries"]] == [ENTRY["title"]]
