# A generated column can't be altered in place (Django's AlterField is a no-op for it), so the search
# document is dropped and added again with its index.
import django.contrib.postgres.indexes

import django.contrib.postgres.search
import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('conversations', '0004_open_channel_slugs'),
    ]

    operations = [
        migrations.RemoveIndex(model_name="person", name="person_search_idx"),
        migrations.RemoveField(model_name="person", name="search_document"),
        migrations.AddField(
            model_name='person',
            name='search_document',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector('name', models.Func(django.db.models.functions.text.Lower('name'), models.Value('àáâãäåāăąạảấầẩẫậắằẳẵặçćčđďèéêëēėęěẹẻẽếềểễệìíîïīįịỉĩñńňòóôõöøōơọỏốồổỗộớờởỡợùúûüūůưụủũứừửữựýÿỳỵỷỹ'), models.Value('aaaaaaaaaaaaaaaaaaaaacccddeeeeeeeeeeeeeeeeiiiiiiiiinnnoooooooooooooooooooouuuuuuuuuuuuuuuyyyyyy'), function='translate', output_field=models.TextField()), 'email', django.db.models.functions.text.Replace('email', models.Value('@'), models.Value(' ')), 'phone', 'channel_identifier', django.db.models.functions.text.Concat(models.Value('tel'), django.db.models.functions.text.Reverse(models.Func('phone', models.Value('\\D'), models.Value(''), models.Value('g'), function='regexp_replace', output_field=models.TextField())), output_field=models.TextField()), django.db.models.functions.text.Concat(models.Value('tel'), django.db.models.functions.text.Reverse(models.Func('channel_identifier', models.Value('\\D'), models.Value(''), models.Value('g'), function='regexp_replace', output_field=models.TextField())), output_field=models.TextField()), config='simple'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        migrations.AddIndex(
            model_name="person",
            index=django.contrib.postgres.indexes.GinIndex(
                fastupdate=False, fields=["search_document"], name="person_search_idx"
            ),
        ),
    ]
