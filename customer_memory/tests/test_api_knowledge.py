"""Agent knowledge through the API (issue 18): list and filters, create, edit, approve, retire, revert, import
(JSON and CSV, all or nothing, errors naming the row and field), export, and the context's `knowledge` list."""

from __future__ import annotations

import pytest

from conversations.models import Person
from conversations.tests.factories import create_agent, create_person
from customer_memory import knowledge, scoring
from customer_memory.models import KnowledgeEntry
from customer_memory.tests.factories import create_memory
from tenants.keys_and_audit.models import AuditEntry

ENTRY = {
    "title": "App crashes on upload",
    "problem": "The app crashes when a photo is uploaded.",
    "resolution": "Clear the upload cache in Settings, then upload again.",
    "tags": ["app", "upload"],
}


@pytest.fixture
def agent(organization):
    return create_agent()


def url(agent, *parts: str) -> str:
    return "/".join([f"/api/tenants/me/agents/{agent.public_id}/knowledge", *parts])


def test_an_entry_written_through_the_api_is_approved_versioned_and_audited(api_client, agent):
    response = api_client.post(url(agent), ENTRY, format="json")

    assert response.status_code == 201
    body = response.json()
    assert {key: body[key] for key in (*ENTRY, "status", "source")} == {
        **ENTRY,
        "status": "approved",
        "source": "staff",
    }
    assert body["id"].startswith("kn_")
    assert [(v["number"], v["change"]) for v in body["versions"]] == [(1, "created")]
    assert body["versions"][0]["author"].startswith("API key ")
    logged = AuditEntry.objects.get(action=AuditEntry.Action.KNOWLEDGE_CREATED)
    assert (logged.origin, logged.object_id) == ("api", body["id"])


def test_list_filters_by_words_status_and_tag(api_client, agent):
    api_client.post(url(agent), ENTRY, format="json")
    api_client.post(
        url(agent),
        {
            "title": "Refunds",
            "problem": "When is my refund?",
            "resolution": "Five working days.",
            "tags": ["billing"],
            "status": "proposed",
        },
        format="json",
    )

    def titles(**params):
        response = api_client.get(url(agent), params)
        assert response.status_code == 200
        return [item["title"] for item in response.json()["data"]]

    assert titles() == ["Refunds", "App crashes on upload"]
    assert titles(q="upload") == ["App crashes on upload"]
    assert titles(status="proposed") == ["Refunds"]
    assert titles(tag="billing") == ["Refunds"]
    assert titles(q="nothing-like-this") == []
    response = api_client.get(url(agent), {"status": "lost"})
    assert response.status_code == 400
    assert "status" in response.json()["error"]["fields"]


def test_patch_approve_retire_and_revert(api_client, agent):
    created = api_client.post(url(agent), {**ENTRY, "status": "proposed"}, format="json").json()
    entry_url = url(agent, created["id"])

    edited = api_client.patch(entry_url, {"resolution": "Update the app to 4.2."}, format="json")
    assert edited.status_code == 200
    assert edited.json()["resolution"] == "Update the app to 4.2."
    assert api_client.post(f"{entry_url}/approve").json()["status"] == "approved"
    reverted = api_client.post(f"{entry_url}/revert", {"version": 1}, format="json").json()
    assert reverted["resolution"] == ENTRY["resolution"]
    assert reverted["status"] == "approved"
    retired = api_client.post(f"{entry_url}/retire").json()
    assert retired["status"] == "retired"
    assert [v["change"] for v in api_client.get(entry_url).json()["versions"]] == [
        "retired",
        "reverted to v1",
        "approved",
        "edited",
        "created",
    ]
    logged = AuditEntry.objects.filter(object_id=created["id"]).order_by("at", "id")
    assert [(entry.action, entry.origin) for entry in logged] == [
        (AuditEntry.Action.KNOWLEDGE_CREATED, "api"),
        (AuditEntry.Action.KNOWLEDGE_UPDATED, "api"),
        (AuditEntry.Action.KNOWLEDGE_APPROVED, "api"),
        (AuditEntry.Action.KNOWLEDGE_REVERTED, "api"),
        (AuditEntry.Action.KNOWLEDGE_RETIRED, "api"),
    ]
    assert logged[1].changes["after"]["resolution"] == "Update the app to 4.2."
    assert logged[3].changes["after"]["resolution"] == ENTRY["resolution"]


@pytest.mark.parametrize(
    ("method", "path", "data", "field"),
    [
        ("post", "", {**ENTRY, "title": ""}, "title"),
        ("post", "", {**ENTRY, "tags": "app"}, "tags"),
        ("post", "", {**ENTRY, "status": "retired"}, "status"),
        ("post", "", {**ENTRY, "resolution": "Card 4111 1111 1111 1111 works."}, "resolution"),
        ("patch", "{id}", {"problem": 5}, "problem"),
        ("post", "{id}/revert", {"version": 9}, "version"),
        ("post", "{id}/revert", {"version": "1"}, "version"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(api_client, agent, method, path, data, field):
    entry = knowledge.create_entry(agent, actor=knowledge_actor(), **ENTRY)
    target = url(agent, path.format(id=entry.public_id)) if path else url(agent)

    response = getattr(api_client, method)(target, data, format="json")

    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def knowledge_actor():
    from customer_memory.knowledge_proposals import ACTOR

    return ACTOR


def test_entries_never_cross_agents(api_client, agent):
    other = create_agent(name="Other")
    entry = knowledge.create_entry(other, actor=knowledge_actor(), **ENTRY)

    assert api_client.get(url(agent, entry.public_id)).status_code == 404
    assert api_client.post(url(agent, entry.public_id, "retire")).status_code == 404
    assert api_client.get(url(agent)).json()["data"] == []
    assert api_client.get("/api/tenants/me/agents/agent_missing/knowledge").status_code == 404


def test_json_import_is_all_or_nothing_with_errors_naming_row_and_field(api_client, agent):
    rows = [ENTRY, {**ENTRY, "problem": ""}, {**ENTRY, "resolution": "", "tags": [1]}]

    response = api_client.post(url(agent, "import"), {"entries": rows}, format="json")

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"rows[2].problem", "rows[3].resolution", "rows[3].tags"}
    assert not KnowledgeEntry.objects.exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.KNOWLEDGE_IMPORTED).exists()
    response = api_client.post(url(agent, "import"), {"entries": [ENTRY, {**ENTRY, "title": "Two"}]}, format="json")
    assert response.status_code == 201
    assert [item["title"] for item in response.json()["data"]] == [ENTRY["title"], "Two"]
    logged = AuditEntry.objects.get(action=AuditEntry.Action.KNOWLEDGE_IMPORTED)
    assert (logged.origin, logged.object_id) == ("api", agent.public_id)
    assert logged.changes["entries"] == [item["id"] for item in response.json()["data"]]


def test_csv_import_reads_a_header_and_names_bad_rows(api_client, agent):
    good = (
        "title,problem,resolution,tags\n"
        '"Password reset","Forgot the password.","Use the Forgot password link.","account, login"\n'
        '"Đổi mật khẩu","Quên mật khẩu.","Dùng liên kết Quên mật khẩu.",\n'
    )
    response = api_client.post(url(agent, "import"), {"csv": good}, format="json")
    assert response.status_code == 201
    assert [item["tags"] for item in response.json()["data"]] == [["account", "login"], []]

    bad = "title,problem,resolution,colour\nA,B,C,red\n"
    response = api_client.post(url(agent, "import"), {"csv": bad}, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"rows[0].colour": "Unknown column 'colour'."}
    response = api_client.post(url(agent, "import"), {"csv": "title,problem,resolution\nA,,C\n"}, format="json")
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["rows[1].problem"]
    assert KnowledgeEntry.objects.count() == 2
    response = api_client.post(url(agent, "import"), {}, format="json")
    assert response.status_code == 400


def test_export_gives_every_entry_with_its_versions(api_client, agent):
    entry = knowledge.create_entry(agent, actor=knowledge_actor(), **ENTRY)
    knowledge.edit_entry(entry, actor=knowledge_actor(), title="Crash on upload")

    response = api_client.get(url(agent, "export"))

    assert response.status_code == 200
    (exported,) = response.json()["entries"]
    assert exported["title"] == "Crash on upload"
    assert [v["change"] for v in exported["versions"]] == ["edited", "created"]


def test_agent_settings_carry_the_knowledge_retention_and_threshold(api_client, agent):
    response = api_client.patch(
        f"/api/tenants/me/agents/{agent.public_id}",
        {"knowledgeRetentionDays": 90, "knowledgeMinCustomers": 4},
        format="json",
    )
    assert response.status_code == 200
    assert (response.json()["knowledgeRetentionDays"], response.json()["knowledgeMinCustomers"]) == (90, 4)
    response = api_client.patch(
        f"/api/tenants/me/agents/{agent.public_id}", {"knowledgeMinCustomers": 1}, format="json"
    )
    assert response.status_code == 400
    assert "knowledgeMinCustomers" in response.json()["error"]["fields"]


def test_the_context_lists_approved_knowledge_with_its_id(api_client, agent):
    person = create_person()
    Person.objects.filter(pk=person.pk).update(conversation_count=5)
    create_memory(person=person, agent=agent, summary="Asked about an order.")
    entry = knowledge.create_entry(agent, actor=knowledge_actor(), **ENTRY)
    knowledge.create_entry(agent, actor=knowledge_actor(), **{**ENTRY, "title": "Upload proposal"}, status="proposed")

    response = api_client.get(
        f"/api/tenants/me/customers/{person.public_id}/context",
        {"agent": agent.public_id, "query": "the app crashed when uploading"},
    )

    assert response.status_code == 200
    body = response.json()
    assert [item["id"] for item in body["knowledge"]] == [entry.public_id]
    assert "## Relevant Knowledge" in body["context_text"]
    assert "Upload proposal" not in body["context_text"]


def new_customers_context(api_client, agent, query="the app crashed when uploading") -> dict:
    person = create_person()  # nothing learned yet: stage new, memory budget 0
    response = api_client.get(
        f"/api/tenants/me/customers/{person.public_id}/context", {"agent": agent.public_id, "query": query}
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["relationshipStage"], body["memory_budget"]) == ("new", 0)
    return body


def test_a_new_customer_gets_the_agents_approved_knowledge(api_client, agent):
    entry = knowledge.create_entry(agent, actor=knowledge_actor(), **ENTRY)

    body = new_customers_context(api_client, agent)

    assert [(item["id"], item["resolution"]) for item in body["knowledge"]] == [(entry.public_id, ENTRY["resolution"])]
    assert "## Relevant Knowledge" in body["context_text"]
    assert f"[{entry.public_id}] {ENTRY['title']}: {ENTRY['problem']}" in body["context_text"]
    assert body["injected"] is True
    assert (body["memories"], body["summary"]) == ([], "")


def test_a_new_customer_never_gets_a_proposed_entry(api_client, agent):
    knowledge.create_entry(agent, actor=knowledge_actor(), **ENTRY, status="proposed")

    body = new_customers_context(api_client, agent)

    assert body["knowledge"] == []
    assert "Relevant Knowledge" not in body["context_text"]
    assert ENTRY["resolution"] not in body["context_text"]
    assert body["injected"] is False


def test_a_new_customers_knowledge_keeps_to_its_small_allowance(api_client, agent):
    for number in range(3):
        knowledge.create_entry(agent, actor=knowledge_actor(), **{**ENTRY, "title": f"Upload crash {number}"})
    assert len(new_customers_context(api_client, agent, query="upload crash")["knowledge"]) == 2

    for number in range(3):
        knowledge.create_entry(
            agent,
            actor=knowledge_actor(),
            **{**ENTRY, "title": f"Photo upload {number}", "resolution": "Clear the upload cache. " * 20},
        )
    body = new_customers_context(api_client, agent, query="photo upload")
    section = body["context_text"].split("## Relevant Knowledge")[1]
    assert 1 <= len(body["knowledge"]) <= 2
    assert len(section) <= scoring.NEW_STAGE_KNOWLEDGE_BUDGET * scoring.CHARS_PER_TOKEN


def test_a_new_customer_gets_no_knowledge_when_the_agents_memory_is_off(api_client, organization):
    quiet = create_agent(name="Quiet", memory_enabled=False)
    knowledge.create_entry(quiet, actor=knowledge_actor(), **ENTRY)

    body = new_customers_context(api_client, quiet)

    assert (body["knowledge"], body["context_text"], body["injected"]) == ([], "", False)


def test_feedback_is_counted_shown_and_weighs_the_ranking(api_client, client, builder, agent):
    person = create_person()
    Person.objects.filter(pk=person.pk).update(conversation_count=5)
    create_memory(person=person, agent=agent, summary="Asked about an order.")
    first = knowledge.create_entry(agent, actor=knowledge_actor(), **{**ENTRY, "title": "Upload crash A"})
    second = knowledge.create_entry(agent, actor=knowledge_actor(), **{**ENTRY, "title": "Upload crash B"})
    context_url = f"/api/tenants/me/customers/{person.public_id}/context"
    query = {"agent": agent.public_id, "query": "upload crash"}
    assert next(item["id"] for item in api_client.get(context_url, query).json()["knowledge"]) == first.public_id

    for helped in (True, True, False):
        response = api_client.post(url(agent, second.public_id, "feedback"), {"helped": helped}, format="json")
        assert response.status_code == 200
    assert (response.json()["helpedCount"], response.json()["notHelpedCount"]) == (2, 1)
    assert (
        api_client.post(url(agent, second.public_id, "feedback"), {"helped": "yes"}, format="json").status_code == 400
    )

    knowledge.forget_cached(agent.pk)  # the index reads counts when next built
    ranked = [item["id"] for item in api_client.get(context_url, query).json()["knowledge"]]
    assert ranked[0] == second.public_id
    client.force_login(builder)
    page = client.get(f"/agents/{agent.public_id}/knowledge/").content.decode()
    assert "Helped 2 · Not helped 1" in page
