"""No module of digest binds one top-level name twice.

The merge's check modules are long and keep their patterns as module-level constants. A second
`_PLANNED_DEED` written further down `statements.py` once replaced the first without an error,
and the check that read the first silently lost three keyed clashes on the other genres. Python
allows the rebinding, so this test is what forbids it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "digest"


def _bound_twice(source: str) -> list[tuple[str, int, int]]:
    """Each top-level name a module binds again, with the lines of both bindings."""
    first: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        for name in names:
            if name in first:
                twice.append((name, first[name], node.lineno))
            first.setdefault(name, node.lineno)
    return twice


def test_a_second_binding_of_a_top_level_name_is_found():
    assert _bound_twice("import re\n_A = re.compile('a')\ndef f():\n    return _A\n_A = re.compile('b')\n") == [("_A", 2, 5)]
    assert _bound_twice("_A = 1\ndef f():\n    _A = 2\n    return _A\n") == []  # a local of the same name is no rebinding


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(module):
    assert _bound_twice(module.read_text(encoding="utf-8")) == []
