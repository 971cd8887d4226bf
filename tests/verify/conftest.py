"""Fixtures for the verification tests.

``source`` is the embedded snapshot that ships with the package: the verdicts under test follow from
the data a user gets. ``memory_source`` (tests/verify/realdata.py) holds real values copied from
../shared/data with their provenance, for the few rules the snapshot cannot exercise.
"""
import pytest

from sources.snapshot import SnapshotSource
from tests.verify.realdata import MemorySource


@pytest.fixture(scope="session")
def source():
    return SnapshotSource()


@pytest.fixture(scope="session")
def memory_source():
    return MemorySource()
