"""The package's import graph, read from the source: no module imports itself through others.

Every ``import`` and ``from ... import`` statement counts, at module level or lazily inside a
function, and so does ``importlib.import_module("annotator....")`` with a literal name.
``from . import name`` points at the submodule ``name`` when there is one, else at the
package's ``__init__``.  That Python imports a package's ``__init__`` before any of its
submodules is not an edge (otherwise every package that imports its own submodules would
have a cycle).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "annotator"


def module_names(package: Path) -> dict[str, Path]:
    """Dotted name -> file of every module in ``package`` (``pkg.sub`` for ``pkg/sub/__init__.py``)."""
    names = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _imported(node: ast.AST, package: str) -> list[tuple[str, list[str]]]:
    """``(module, names imported from it)`` for one import statement or literal ``import_module`` call."""
    if isinstance(node, ast.Import):
        return [(alias.name, []) for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            module = ".".join(base + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        return [(module, [alias.name for alias in node.names])]
    if (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("import_module", "__import__")):
        return [(node.args[0].value, [])]
    return []


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports anywhere in its source."""
    modules = module_names(package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        home = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            for module, names in _imported(node, home):
                targets = [f"{module}.{n}" for n in names if f"{module}.{n}" in modules]
                if len(targets) < len(names) or not names:
                    targets.append(module)  # names that are not submodules come from the module itself
                edges.update(t for t in targets if t in modules)
        graph[name] = edges - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle as ``[a, b, ..., a]``, or None when the graph has none (depth-first search)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_package_has_no_import_cycle():
    cycle = find_cycle(import_graph(PACKAGE))
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_graph_sees_lazy_imports_and_the_split_between_api_and_model_files():
    graph = import_graph(PACKAGE)
    assert "annotator.persistence" in graph["annotator.api"]  # imported inside Annotator.save and load
    assert "annotator.paths" in graph["annotator.api"] and "annotator.paths" in graph["annotator.persistence"]
    assert "annotator.api" not in graph["annotator.persistence"]
    assert "annotator" not in graph["annotator.persistence"]  # the package __init__ imports the api


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(source, encoding="utf-8")
    return root / "pkg"


@pytest.mark.parametrize("files, cycle", [
    ({"pkg/__init__.py": "", "pkg/a.py": "def f():\n    from .b import g\n", "pkg/b.py": "from . import a\n"},
     ["pkg.a", "pkg.b", "pkg.a"]),
    ({"pkg/__init__.py": "from .a import f\n", "pkg/a.py": "def f():\n    from . import VERSION\n"},
     ["pkg", "pkg.a", "pkg"]),
    ({"pkg/__init__.py": "", "pkg/sub/__init__.py": "", "pkg/sub/x.py": "from ..y import z\n",
      "pkg/y.py": "import importlib\nz = importlib.import_module('pkg.sub.x')\n"},
     ["pkg.sub.x", "pkg.y", "pkg.sub.x"]),
])
def test_a_cycle_is_found_even_through_a_lazy_import(tmp_path, files, cycle):
    assert find_cycle(import_graph(_write(tmp_path, files))) == cycle


def test_submodules_importing_each_other_one_way_is_no_cycle(tmp_path):
    package = _write(tmp_path, {"pkg/__init__.py": "from .a import f\n", "pkg/a.py": "from . import b\n",
                                "pkg/b.py": "import os\nfrom .c import VALUE\n", "pkg/c.py": "VALUE = 1\n"})
    graph = import_graph(package)
    assert graph == {"pkg": {"pkg.a"}, "pkg.a": {"pkg.b"}, "pkg.b": {"pkg.c"}, "pkg.c": set()}
    assert find_cycle(graph) is None
