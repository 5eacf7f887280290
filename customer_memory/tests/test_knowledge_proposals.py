"""Knowledge proposed from resolved conversations (issue 18): the threshold of distinct customers, one
proposal per problem, and no customer's identifiers in an entry, in several languages."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from conversations.models import Message
from conversations.tests.factories import create_agent, create_conversation, create_person
from customer_memory import context, knowledge, knowledge_proposals, tasks
from customer_memory.models import Episode, KnowledgeEntry
from customer_memory.retention import delete_expired_memory
from tenants.keys_and_audit.models import AuditEntry

CUSTOMER, AGENT = Message.Role.CUSTOMER, Message.Role.AGENT

# (name, email, phone, order id, card, street) per customer: none of it may reach an entry.
CUSTOMERS = [
    (
        "Maria Gonzalez",
        "maria.gonzalez@example.com",
        "+34 612 345 678",
        "ORD-88412",
        "4111 1111 1111 1111",
        "Calle Mayor 12",
    ),
    ("Tobias Krüger", "tobias.k@example.de", "+49 151 2345 6789", "ORD-55120", "5500 0000 0000 0004", "Hauptstraße 7"),
    ("Nguyễn Văn An", "an.nguyen@example.vn", "+84 912 345 678", "ORD-90017", "4012 8888 8888 1881", "12 Lê Lợi"),
    (
        "Sophie Martin",
        "sophie.martin@example.fr",
        "+33 6 12 34 56 78",
        "ORD-31337",
        "3782 822463 10005",
        "8 rue de Rivoli",
    ),
    ("Yossi Cohen", "yossi.cohen@example.co.il", "+972 52 123 4567", "ORD-70707", "4580 4580 4580 4580", "Herzl 21"),
]

ENGLISH = (
    "Hi, my name is {name}, email {email}, phone {phone}. I live at {street}.",
    "The app crashes every time I upload a photo. My order is {order} and my card is {card}.",
    "Yes, it works now, thank you so much!",
)
ENGLISH_AGENT = (
    "Thanks {first}, let me check that for you.",
    "I cleared the upload cache of your account and updated the app settings, please try the upload again.",
    "Great, glad it is fixed!",
)


def resolved_chat(agent, customer: tuple[str, ...], lines=ENGLISH, agent_lines=ENGLISH_AGENT, **person_fields):
    name, email, phone, order, card, street = customer
    values = {
        "name": name,
        "first": name.split()[0],
        "email": email,
        "phone": phone,
        "order": order,
        "card": card,
        "street": street,
    }
    person = create_person(**person_fields)
    messages = []
    for said, answered in zip(lines, agent_lines, strict=True):
        messages += [(CUSTOMER, said.format(**values)), (AGENT, answered.format(**values))]
    conversation = create_conversation(person=person, agent=agent, messages=messages)
    tasks.extract_memory(connection.schema_name, conversation.pk)
    return person


def identifiers_of(customer: tuple[str, ...]) -> list[str]:
    name, email, phone, order, card, street = customer
    digits = [re.sub(r"\D", "", value) for value in (phone, order, card)]
    return [*name.split(), email, email.split("@")[0], *digits, order, street, *card.split()]


def assert_no_identifier(entry: KnowledgeEntry, customers) -> None:
    text = " ".join([entry.title, entry.problem, entry.resolution, *entry.tags])
    assert not re.search(r"\d", text), text
    assert "@" not in text
    lowered = text.lower()
    for customer in customers:
        for value in identifiers_of(customer):
            if len(value) >= 3:
                assert value.lower() not in lowered, (value, text)


def test_a_problem_resolved_for_three_customers_is_proposed_without_their_identifiers(organization):
    agent = create_agent()
    for customer in CUSTOMERS[:3]:
        resolved_chat(agent, customer)

    assert Episode.objects.filter(agent=agent, resolved=True).count() == 3
    entries = knowledge_proposals.propose(agent)

    assert len(entries) == 1
    entry = entries[0]
    assert (entry.status, entry.source, entry.support_count) == ("proposed", "proposed", 3)
    assert "crashes" in entry.problem
    assert "upload" in entry.problem
    assert "cache" in entry.resolution
    assert_no_identifier(entry, CUSTOMERS)
    assert AuditEntry.objects.filter(action=AuditEntry.Action.KNOWLEDGE_PROPOSED, object_id=entry.public_id).exists()


# The same problem in other languages, with the customer's name, email, phone, order and card in it.
LANGUAGES = {
    "es": (
        (
            "Hola, me llamo {name}, mi correo es {email} y mi teléfono {phone}. Vivo en {street}.",
            "La aplicación se cierra cada vez que subo una foto, no funciona. Mi pedido es {order}, tarjeta {card}.",
            "¡Sí, ya funciona, muchas gracias!",
        ),
        (
            "Gracias {first}, lo reviso.",
            "He borrado la caché de subida de su cuenta y actualizado la aplicación, intente subir la foto otra vez.",
            "¡Perfecto, me alegra que esté resuelto!",
        ),
    ),
    "de": (
        (
            "Hallo, ich heiße {name}, meine E-Mail ist {email}, Telefon {phone}. Ich wohne in der {street}.",
            "Die App stürzt jedes Mal ab, wenn ich ein Foto hochlade, es funktioniert nicht. Bestellung {order}, "
            "Karte {card}.",
            "Ja, jetzt funktioniert es, vielen Dank!",
        ),
        (
            "Danke {first}, ich schaue nach.",
            "Ich habe den Upload-Cache Ihres Kontos geleert und die App aktualisiert, bitte laden Sie das Foto "
            "erneut hoch.",
            "Super, freut mich, dass es gelöst ist!",
        ),
    ),
    "vi": (
        (
            "Xin chào, tôi tên là {name}, email của tôi là {email}, số điện thoại {phone}. Tôi ở {street}.",
            "Ứng dụng bị lỗi mỗi khi tôi tải ảnh lên, không hoạt động. Mã đơn hàng {order}, thẻ {card}.",
            "Được rồi, giờ chạy rồi, cảm ơn bạn nhiều!",
        ),
        (
            "Cảm ơn {first}, để tôi kiểm tra.",
            "Tôi đã xóa bộ nhớ đệm tải lên của tài khoản và cập nhật ứng dụng, bạn thử tải ảnh lên lại nhé.",
            "Tuyệt, vấn đề đã được giải quyết!",
        ),
    ),
    "vi-plain": (
        (
            "Xin chao, toi ten la {name}, email cua toi la {email}, so dien thoai {phone}. Toi o {street}.",
            "Ung dung bi loi moi khi toi tai anh len, khong hoat dong. Ma don hang {order}, the {card}.",
            "Duoc roi, gio chay roi, cam on ban nhieu!",
        ),
        (
            "Cam on {first}, de toi kiem tra.",
            "Toi da xoa bo nho dem tai len cua tai khoan va cap nhat ung dung, ban thu tai anh len lai nhe.",
            "Tuyet, van de da duoc giai quyet!",
        ),
    ),
    "fr": (
        (
            "Bonjour, je m'appelle {name}, mon email est {email}, téléphone {phone}. J'habite au {street}.",
            "L'application plante à chaque fois que je télécharge une photo, ça ne marche pas. Commande {order}, "
            "carte {card}.",
            "Oui, ça marche maintenant, merci beaucoup !",
        ),
        (
            "Merci {first}, je regarde.",
            "J'ai vidé le cache de téléchargement de votre compte et mis à jour l'application, réessayez d'envoyer "
            "la photo.",
            "Parfait, c'est résolu !",
        ),
    ),
    "pt": (
        (
            "Olá, meu nome é {name}, meu email é {email}, telefone {phone}. Moro na {street}.",
            "O aplicativo trava toda vez que envio uma foto, não funciona. Pedido {order}, cartão {card}.",
            "Sim, agora funciona, muito obrigado!",
        ),
        (
            "Obrigado {first}, vou verificar.",
            "Eu limpei o cache de envio da sua conta e atualizei o aplicativo, tente enviar a foto novamente.",
            "Ótimo, fico feliz que foi resolvido!",
        ),
    ),
    "he": (
        (
            "שלום, קוראים לי {name}, האימייל שלי {email}, טלפון {phone}. אני גר ב{street}.",
            "האפליקציה קורסת בכל פעם שאני מעלה תמונה, זה לא עובד. הזמנה {order}, כרטיס {card}.",
            "כן, עכשיו זה עובד, תודה רבה!",
        ),
        (
            "תודה {first}, אני בודק.",
            "ניקיתי את מטמון ההעלאה של החשבון שלך ועדכנתי את האפליקציה, נסה להעלות את התמונה שוב.",
            "מעולה, שמח שזה נפתר!",
        ),
    ),
}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_customer_identifier_reaches_a_proposal_in_any_language(organization, language):
    agent = create_agent()
    lines, agent_lines = LANGUAGES[language]
    for customer in CUSTOMERS:
        resolved_chat(agent, customer, lines=lines, agent_lines=agent_lines)

    entries = knowledge_proposals.propose(agent)

    assert len(entries) == 1, language
    entry = entries[0]
    assert entry.support_count == len(CUSTOMERS)
    assert len(entry.problem.split()) >= 3
    assert len(entry.resolution.split()) >= 3
    assert_no_identifier(entry, CUSTOMERS)
    # What is left still says what happened, in the customers' language.
    problem_word, resolution_word = KEPT[language]
    assert problem_word in entry.problem
    assert resolution_word in entry.resolution


KEPT = {
    "de": ("Foto", "Upload-Cache"),
    "es": ("foto", "caché de subida"),
    "fr": ("photo", "cache de téléchargement"),
    "he": ("תמונה", "מטמון"),
    "pt": ("foto", "cache de envio"),
    "vi": ("bị lỗi", "bộ nhớ đệm"),
    "vi-plain": ("anh", "bo nho dem"),
}


@pytest.mark.parametrize(
    ("word", "named"),
    [("Lợi", True), ("loi", True), ("lỗi", False), ("Maria", True), ("maría", True), ("photo", False)],
)
def test_identifier_words_fold_accents_only_when_one_side_has_none(word, named):
    identifiers = {"loi": {"lợi"}, "maria": {"maria"}}
    assert knowledge_proposals.names_someone(word, identifiers) is named


def test_words_one_customer_said_never_reach_the_entry(organization):
    """A detail only one customer gave (a street, a pet's name, a product serial) is not shared content."""
    agent = create_agent()
    details = ["Biscuit", "Zanzibar", "Quetzal"]
    for customer, detail in zip(CUSTOMERS, details, strict=False):
        lines = (ENGLISH[0], f"The app crashes every time I upload a photo of {detail}.", ENGLISH[2])
        resolved_chat(agent, customer, lines=lines)

    (entry,) = knowledge_proposals.propose(agent)

    for detail in details:
        assert detail.lower() not in f"{entry.title} {entry.problem} {entry.resolution}".lower()


def test_fewer_customers_than_the_threshold_propose_nothing(organization):
    agent = create_agent()
    resolved_chat(agent, CUSTOMERS[0])
    # The same customer three times counts once: two customers in all.
    person = create_person()
    for _ in range(3):
        conversation = create_conversation(
            person=person,
            agent=agent,
            messages=[
                (CUSTOMER, ENGLISH[1].format(order="X", card="")),
                (AGENT, ENGLISH_AGENT[1]),
                (CUSTOMER, ENGLISH[2]),
                (AGENT, ENGLISH_AGENT[2]),
            ],
        )
        tasks.extract_memory(connection.schema_name, conversation.pk)

    assert knowledge_proposals.propose(agent) == []
    assert not KnowledgeEntry.objects.filter(agent=agent).exists()


def test_the_threshold_is_set_per_agent(organization):
    agent = create_agent(knowledge_min_customers=2)
    for customer in CUSTOMERS[:2]:
        resolved_chat(agent, customer)

    (entry,) = knowledge_proposals.propose(agent)

    assert entry.support_count == 2


def test_re_proposing_the_same_problem_updates_the_count_instead_of_duplicating(organization):
    agent = create_agent()
    for customer in CUSTOMERS[:3]:
        resolved_chat(agent, customer)
    (first,) = knowledge_proposals.propose(agent)

    resolved_chat(agent, CUSTOMERS[3])
    (again,) = knowledge_proposals.propose(agent)

    assert again.pk == first.pk
    assert KnowledgeEntry.objects.filter(agent=agent).count() == 1
    first.refresh_from_db()
    assert first.support_count == 4
    (logged,) = AuditEntry.objects.filter(action=AuditEntry.Action.KNOWLEDGE_PROPOSED_AGAIN)
    assert (logged.object_id, logged.origin) == (first.public_id, AuditEntry.Origin.TASK)
    assert (logged.changes["before"]["support_count"], logged.changes["after"]["support_count"]) == (3, 4)
    assert logged.changes["after"]["last_confirmed_at"] == first.last_confirmed_at.isoformat()
    assert logged.changes["before"]["last_confirmed_at"] < logged.changes["after"]["last_confirmed_at"]
    assert first.versions.count() == 1  # the content is unchanged: no version

    # Nothing new since: the next run changes nothing, so it logs nothing.
    knowledge_proposals.propose(agent)
    assert AuditEntry.objects.filter(action=AuditEntry.Action.KNOWLEDGE_PROPOSED_AGAIN).count() == 1
    assert KnowledgeEntry.objects.get(pk=first.pk).last_confirmed_at == first.last_confirmed_at


@pytest.mark.parametrize("status", ["approved", "proposed"])
def test_an_old_entry_proposed_again_is_confirmed_so_the_daily_job_keeps_it(organization, status):
    agent = create_agent()
    for customer in CUSTOMERS[:3]:
        resolved_chat(agent, customer)
    (entry,) = knowledge_proposals.propose(agent)
    if status == "approved":
        knowledge.approve_entry(entry, actor=knowledge_proposals.ACTOR)
    untouched = knowledge.create_entry(
        agent,
        actor=knowledge_proposals.ACTOR,
        title="Refund timing",
        problem="Refunds take a while.",
        resolution="Five working days.",
    )
    KnowledgeEntry.objects.filter(agent=agent).update(last_confirmed_at=timezone.now() - timedelta(days=200))

    resolved_chat(agent, CUSTOMERS[3])
    (again,) = knowledge_proposals.propose(agent)
    delete_expired_memory()

    assert again.pk == entry.pk
    assert list(KnowledgeEntry.objects.filter(agent=agent).values_list("public_id", "status")) == [
        (entry.public_id, status)
    ]
    assert not KnowledgeEntry.objects.filter(pk=untouched.pk).exists()


def test_a_retired_proposal_is_not_proposed_again(organization):
    agent = create_agent()
    for customer in CUSTOMERS[:3]:
        resolved_chat(agent, customer)
    (entry,) = knowledge_proposals.propose(agent)
    knowledge.retire_entry(entry, actor=knowledge_proposals.ACTOR)

    resolved_chat(agent, CUSTOMERS[3])

    assert knowledge_proposals.propose(agent) == []
    assert KnowledgeEntry.objects.filter(agent=agent).count() == 1


def test_unresolved_conversations_and_other_agents_propose_nothing(organization):
    agent, other = create_agent(), create_agent(name="Sales")
    unresolved = (ENGLISH[0], ENGLISH[1], "It still does not work.")
    for customer in CUSTOMERS[:3]:
        resolved_chat(agent, customer, lines=unresolved, agent_lines=("Hi {first}.", "Let me look.", "Sorry."))
    for customer in CUSTOMERS[:3]:
        resolved_chat(other, customer)

    assert knowledge_proposals.propose(agent) == []
    assert len(knowledge_proposals.propose(other)) == 1


def test_the_proposal_runs_in_a_task_after_extraction_and_never_reaches_a_context(
    organization, django_capture_on_commit_callbacks
):
    agent = create_agent()
    with django_capture_on_commit_callbacks(execute=True):
        for customer in CUSTOMERS[:3]:
            person = resolved_chat(agent, customer)

    entry = KnowledgeEntry.objects.get(agent=agent)
    assert entry.status == KnowledgeEntry.Status.PROPOSED
    built = context.build_context(person, agent, query="the app crashes when I upload a photo")
    assert built.knowledge == []
    assert "Relevant Knowledge" not in built.context_text
