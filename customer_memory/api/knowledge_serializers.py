"""Shapes of the agent knowledge endpoints (issue 18): entries, their versions, import and export."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from conversations.api.fields import (
    FlagField,
    TextField,
    WholeNumberField,
)
from conversations.api.pagination import PageQuerySerializer, PaginationSerializer
from customer_memory.models import KnowledgeEntry


class KnowledgeVersionSerializer(serializers.Serializer):
    number = serializers.IntegerField(help_text="1 for the first version; a revert adds a new one.")
    change = serializers.CharField(help_text="created, edited, approved, retired, imported, proposed, reverted to vN.")
    author = serializers.CharField(help_text="Who, as shown at the time (user, API key or system).")
    title = serializers.CharField()
    problem = serializers.CharField()
    resolution = serializers.CharField()
    tags = serializers.ListField(child=serializers.CharField())
    status = serializers.ChoiceField(choices=KnowledgeEntry.Status.choices)
    createdAt = serializers.DateTimeField(source="created_at")


class KnowledgeEntrySerializer(serializers.Serializer):
    id = serializers.CharField(source="public_id", help_text="`kn_...`")
    title = serializers.CharField()
    problem = serializers.CharField()
    resolution = serializers.CharField()
    tags = serializers.ListField(child=serializers.CharField())
    source = serializers.ChoiceField(  # type: ignore[assignment]  # the API field is called "source"
        choices=KnowledgeEntry.Source.choices, help_text="`staff`, or `proposed` from resolved conversations."
    )
    status = serializers.ChoiceField(
        choices=KnowledgeEntry.Status.choices, help_text="Only `approved` entries reach a context."
    )
    supportCount = serializers.IntegerField(
        source="support_count", help_text="For proposals: how many different customers had this problem resolved."
    )
    helpedCount = serializers.IntegerField(source="helped_count", help_text="Replies it helped with (feedback).")
    notHelpedCount = serializers.IntegerField(
        source="not_helped_count", help_text="Replies it did not help with (feedback)."
    )
    lastConfirmedAt = serializers.DateTimeField(
        source="last_confirmed_at", help_text="Retention (the agent's `knowledgeRetentionDays`) counts from here."
    )
    createdAt = serializers.DateTimeField(source="created_at")
    updatedAt = serializers.DateTimeField(source="updated_at")


class KnowledgeEntryDetailSerializer(KnowledgeEntrySerializer):
    versions = KnowledgeVersionSerializer(many=True, source="versions.all", help_text="Newest first.")


class KnowledgeListSerializer(serializers.Serializer):
    data = KnowledgeEntrySerializer(many=True)  # type: ignore[assignment]  # the response's key is "data"
    pagination = PaginationSerializer()


class KnowledgeQuerySerializer(PageQuerySerializer):
    q = serializers.CharField(
        max_length=200,
        required=False,
        allow_blank=True,
        default="",
        help_text="Words in the title, problem or resolution.",
    )
    status = serializers.ChoiceField(choices=KnowledgeEntry.Status.choices, required=False, allow_blank=True)
    tag = serializers.CharField(max_length=KnowledgeEntry.TAG_MAX_LENGTH, required=False, allow_blank=True)


class KnowledgeCreateSerializer(serializers.Serializer):
    title = TextField(max_length=KnowledgeEntry.TITLE_MAX_LENGTH)
    problem = TextField(max_length=KnowledgeEntry.TEXT_MAX_LENGTH)
    resolution = TextField(max_length=KnowledgeEntry.TEXT_MAX_LENGTH)
    tags = serializers.ListField(
        child=TextField(max_length=KnowledgeEntry.TAG_MAX_LENGTH),
        max_length=KnowledgeEntry.TAGS_MAX,
        required=False,
        default=list,
    )
    status = serializers.ChoiceField(
        choices=[KnowledgeEntry.Status.APPROVED, KnowledgeEntry.Status.PROPOSED],
        required=False,
        default=KnowledgeEntry.Status.APPROVED,
        help_text="`approved` (default) or `proposed` (waits for approval).",
    )


class KnowledgeUpdateSerializer(serializers.Serializer):
    title = TextField(max_length=KnowledgeEntry.TITLE_MAX_LENGTH, required=False)
    problem = TextField(max_length=KnowledgeEntry.TEXT_MAX_LENGTH, required=False)
    resolution = TextField(max_length=KnowledgeEntry.TEXT_MAX_LENGTH, required=False)
    tags = serializers.ListField(
        child=TextField(max_length=KnowledgeEntry.TAG_MAX_LENGTH), max_length=KnowledgeEntry.TAGS_MAX, required=False
    )


class KnowledgeFeedbackSerializer(serializers.Serializer):
    helped = FlagField(help_text="true: the entry helped with the reply; false: it did not.")


class KnowledgeRevertSerializer(serializers.Serializer):
    version = WholeNumberField(min_value=1, help_text="The version whose content comes back (as a new version).")


class KnowledgeImportSerializer(serializers.Serializer):
    entries = serializers.ListField(
        child=serializers.DictField(),
        required=False,
        help_text="Objects with title, problem, resolution, and optionally tags (a list) and status.",
    )
    csv = serializers.CharField(
        required=False,
        trim_whitespace=False,
        help_text="Or a CSV text whose header names the columns title, problem, resolution, and optionally tags "
        "(comma-separated inside the cell) and status; row 1 is the first line after the header.",
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("entries" in attrs) == ("csv" in attrs):
            raise serializers.ValidationError("Send either `entries` or `csv`.")
        return attrs


class KnowledgeImportedSerializer(serializers.Serializer):
    data = KnowledgeEntrySerializer(many=True)  # type: ignore[assignment]  # the response's key is "data"
