"""The code's own hygiene: a module-level name bound twice silently replaces the first binding everywhere in its module."""

import ast
from pathlib import Path

import factcheck


def _rebound(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                out.append(f"{path.name}:{node.lineno}: {name} (first bound at line {seen[name]})")
            seen[name] = node.lineno
    return out


def test_no_module_level_name_is_bound_twice():
    root = Path(factcheck.__file__).parent
    assert [r for p in sorted(root.rglob("*.py")) for r in _rebound(p)] == []


def test_a_second_binding_is_found(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('_WORDS = frozenset("a b".split())\n\n\ndef f():\n    return _WORDS\n\n\n_WORDS = frozenset("c".split())\n')
    assert _rebound(module) == ["m.py:8: _WORDS (first bound at line 1)"]
