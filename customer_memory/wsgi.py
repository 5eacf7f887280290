from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "customer_memory.settings")

application = get_wsgi_application()

# Compiled here, once per server process, rather than by its first requests: every ingest reads the mood
# words of the seven language packs, whose ~600 patterns take 1.7-2 s to compile (a worker's first ingest
# took 2 s, and 9 s on a loaded machine, tests/test_load.py).
from customer_memory.extraction.rules.languages import all_packs  # noqa: E402

all_packs()
