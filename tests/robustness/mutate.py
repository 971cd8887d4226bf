"""Mutations of recorded API bodies for the source-parser fuzz: byte-level (truncate, flip, delete,
duplicate) and structural (JSON: remove a key, change a value's type; XML: delete an element, garble
an attribute). Each takes hypothesis' ``data`` so every choice is shrinkable and replayable."""
from __future__ import annotations

import copy
import json

from hypothesis import strategies as st

#: what a JSON value may be turned into: every JSON type, empty containers, extremes
REPLACEMENTS = (None, True, 0, -1, 1e308, -1e308, 2**70, "", "x", "1e400", "NaN", "-", "2023-Q5", [], {}, [None],
                {"": None})


def byte_mutation(data, body: bytes) -> bytes:
    kind = data.draw(st.sampled_from(["truncate", "flip", "delete", "duplicate", "empty", "garbage"]))
    n = len(body)
    if kind == "empty" or n == 0:
        return b""
    if kind == "garbage":
        return data.draw(st.binary(max_size=256))
    i = data.draw(st.integers(0, n - 1))
    if kind == "truncate":
        return body[:i]
    if kind == "flip":
        bit = data.draw(st.integers(0, 7))
        return body[:i] + bytes([body[i] ^ (1 << bit)]) + body[i + 1:]
    j = data.draw(st.integers(i, min(n, i + 64)))
    if kind == "delete":
        return body[:i] + body[j:]
    return body[:j] + body[i:j] + body[j:]


def _nodes(obj, path=()):
    """Every (path) to a value inside a JSON document (containers included)."""
    yield path
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _nodes(v, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _nodes(v, path + (i,))


def json_mutation(data, body: bytes) -> bytes:
    doc = json.loads(body)
    paths = [p for p in _nodes(doc) if p]
    if not paths:
        return json.dumps(copy.deepcopy(data.draw(st.sampled_from(REPLACEMENTS)))).encode()
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _nodes(doc) if p]
        if not paths:
            break
        path = paths[data.draw(st.integers(0, len(paths) - 1))]
        parent = doc
        for k in path[:-1]:
            parent = parent[k]
        key = path[-1]
        if data.draw(st.booleans()) and isinstance(parent, (dict, list)):
            del parent[key]                         # a removed key / list item
        else:
            parent[key] = copy.deepcopy(data.draw(st.sampled_from(REPLACEMENTS)))   # a changed type
    return json.dumps(doc).encode()


def xml_mutation(data, body: bytes) -> bytes:
    import xml.etree.ElementTree as ET

    root = ET.fromstring(body)
    elements = [(parent, child) for parent in root.iter() for child in parent]
    for _ in range(data.draw(st.integers(1, 3))):
        if not elements:
            break
        parent, child = elements[data.draw(st.integers(0, len(elements) - 1))]
        if data.draw(st.booleans()) or not child.attrib:
            if child in list(parent):
                parent.remove(child)                # a deleted element
        else:
            name = data.draw(st.sampled_from(sorted(child.attrib)))
            child.set(name, data.draw(st.sampled_from(["", "x", "NaN", "1e400", "-1", "2023-M13", "9999"])))
        elements = [(p, c) for p in root.iter() for c in p]
    return ET.tostring(root)


def mutate(data, body: bytes, ctype: str) -> bytes:
    how = data.draw(st.sampled_from(["bytes", "structure", "structure"]))
    if how == "structure":
        if "json" in ctype:
            return json_mutation(data, body)
        if "xml" in ctype:
            return xml_mutation(data, body)
    return byte_mutation(data, body)
