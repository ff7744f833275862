"""The package's shape: the library never loads its command line, imports form no cycle, files stay short."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "annotator"
LIBRARY_MODULES = ("annotator", "annotator.batch", "annotator.evaluation", "annotator.training", "annotator.render")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(node: ast.AST, module_level: bool) -> list[ast.Import | ast.ImportFrom]:
    """The import statements under ``node``; with ``module_level`` only those run on import
    (not inside functions, nor under ``if TYPE_CHECKING:``)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            found.append(child)
        elif module_level and isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        elif module_level and isinstance(child, ast.If) and _is_type_checking(child):
            found.extend(n for c in child.orelse for n in _import_nodes(ast.Module([c], []), module_level))
        else:
            found.extend(_import_nodes(child, module_level))
    return found


def imports_of(name: str, module_level: bool = True) -> set[str]:
    """The package's modules that module ``name`` imports (submodules, or the package for its names)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8")), module_level):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names if alias.name in MODULES)
            continue
        base = node.module or ""
        if node.level:
            anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            base = f"{anchor}.{base}" if base else anchor
        for alias in node.names:
            target = f"{base}.{alias.name}"
            out.add(target if target in MODULES else base)
    return {target for target in out if target in MODULES and target != name}


def test_the_import_graph_is_read() -> None:
    assert {"annotator.cli", "annotator.cli.score", "annotator.kinds", "annotator.records"} <= set(MODULES)
    assert imports_of("annotator.cli.score") >= {"annotator.batch", "annotator.cli.options"}
    assert "annotator.kinds" in imports_of("annotator.spans")


def test_the_library_never_imports_its_command_line() -> None:
    command_line = {name for name in MODULES if name == "annotator.cli" or name.startswith("annotator.cli.")}
    for name in set(MODULES) - command_line - {"annotator.__main__"}:
        assert not imports_of(name, module_level=False) & command_line, name
        assert "argparse" not in MODULES[name].read_text(encoding="utf-8"), name


@pytest.mark.parametrize("module", LIBRARY_MODULES)
def test_importing_the_library_loads_no_command_line(module: str) -> None:
    code = (f"import sys, {module}\n"
            "import json\n"
            "print(json.dumps(sorted(m for m in sys.modules if m == 'argparse' or m.startswith('annotator.cli'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(out.stdout) == []


def test_the_package_leaves_the_repository_tools_out() -> None:
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and not node.level}
        assert not {m for m in imported if m == "tools" or m.startswith("tools.")}, name
        assert "chromium" not in path.read_text(encoding="utf-8").lower(), name


def test_no_source_file_is_over_700_lines() -> None:
    for name, path in MODULES.items():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 700, f"{name}: {lines} lines"


# The public names of the former single-file modules batch.py and evaluation.py (their
# configure/run went to annotator.cli): callers keep importing them from the packages.
FORMER_NAMES = {
    "annotator.batch": (
        "FORMATS", "OUTPUT_COLUMNS", "DEFAULT_CHUNK_SIZE", "BatchError", "Item", "Options", "Stats", "format_of",
        "read_records", "count_records", "chunked", "score_chunk", "local_results", "dask_results",
        "JsonlWriter", "CsvWriter", "ParquetWriter", "partial_path", "recover_partial", "resolve_model",
        "score_file", "annotate_frame", "score_frame"),
    "annotator.evaluation": (
        "ROWS", "CONTEXT_CHARS", "MAX_ERRORS", "PLOTS_HINT", "DatasetError", "PRF", "RowScores", "DocumentPair",
        "EvaluationResult", "SpanLike", "as_span", "score", "check_record", "read_records", "iter_records",
        "evaluate", "COLUMNS", "TABLE_HEADER", "format_table", "format_markdown", "write_report",
        "scored_predictions", "precision_recall_points", "reliability_bins", "confusion_counts", "error_lists",
        "format_errors"),
}


@pytest.mark.parametrize("package", sorted(FORMER_NAMES))
def test_split_packages_keep_their_public_names(package: str) -> None:
    module = importlib.import_module(package)
    assert set(FORMER_NAMES[package]) <= set(module.__all__)
    for name in module.__all__:
        value = getattr(module, name)
        home = getattr(value, "__module__", package)
        assert home.startswith(("annotator.", "typing", "builtins")), (name, home)


PUBLIC_API = ("predict", "predict_rules", "load", "Annotator", "Annotation", "Span", "Segment", "KINDS", "Kind",
              "InputError", "detect_lang", "score_file", "score_frame", "annotate_frame", "evaluate", "train",
              "ModelFileError", "ModelVersionWarning", "__version__")


def test_the_public_api_is_listed_and_its_heavy_parts_load_on_use() -> None:
    code = ("import json, sys, annotator\n"
            "listed = dir(annotator)\n"
            "heavy = [m for m in ('pandas', 'sklearn', 'annotator.batch', 'annotator.training') if m in sys.modules]\n"
            "kinds = {name: type(getattr(annotator, name)).__name__ for name in annotator.__all__}\n"
            "print(json.dumps([listed, sorted(annotator.__all__), heavy, kinds]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    listed, everything, heavy, kinds = json.loads(out.stdout)
    assert listed == everything and set(PUBLIC_API) <= set(listed)
    assert not {"Any", "import_module", "_LAZY", "annotations"} & set(listed)
    assert heavy == []  # nothing heavy loads until a lazy name is used
    assert kinds["score_frame"] == kinds["train"] == kinds["predict"] == "function"
    assert kinds["ModelFileError"] == kinds["Annotator"] == "type"


def test_an_unknown_name_is_an_attribute_error() -> None:
    import annotator

    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        annotator.nothing_here  # noqa: B018
