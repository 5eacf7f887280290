# A generated column can't be altered in place (Django's AlterField is a
# no-op for it), so the search document is dropped and added again.
import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0001_initial"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="person", name="person_search_idx"),
        migrations.RemoveField(model_name="person", name="search_document"),
        migrations.AddField(
            model_name="person",
            name="search_document",
            field=models.GeneratedField(
                db_persist=True,
                expression=django.contrib.postgres.search.SearchVector(
                    "name",
                    "email",
                    django.db.models.functions.text.Replace("email", models.Value("@"), models.Value(" ")),
                    "phone",
                    "channel_identifier",
                    config="simple",
                ),
                output_field=django.contrib.postgres.search.SearchVectorField(),
            ),
        ),
        migrations.AddIndex(
            model_name="person",
            index=django.contrib.postgres.indexes.GinIndex(fields=["search_document"], name="person_search_idx"),
        ),
    ]
