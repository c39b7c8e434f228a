"""A fresh PostgreSQL schema per test, on the server named by ENTRY_REVIEW_TEST_POSTGRES.

CI (.ci/run) starts a throwaway PostgreSQL on 127.0.0.1 and exports that variable; where it is
unset, the PostgreSQL variants of the store tests are skipped with that reason.
"""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from typing import Iterator

import pytest

ENV = "ENTRY_REVIEW_TEST_POSTGRES"
SKIP_REASON = (f"{ENV} is not set: no PostgreSQL server to test against "
               "(.ci/run starts one; locally export e.g. postgresql+psycopg://review:review@127.0.0.1:5432/review)")


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A store URL whose tables live in a new schema, dropped afterwards."""
    base = os.environ.get(ENV)
    if not base:
        pytest.skip(SKIP_REASON)
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, future=True)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
