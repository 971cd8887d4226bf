"""Fixtures for the verification tests.

``source`` is the in-memory source of real values (tests/verify/realdata.py).  When the embedded
snapshot lands, switch this ONE fixture to ``sources.snapshot.SnapshotSource()``; the tests do not
switch on their own.
"""
import pytest

from tests.verify.realdata import MemorySource


@pytest.fixture(scope="session")
def source():
    return MemorySource()
