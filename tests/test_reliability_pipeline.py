"""Reliability across layers, where no single layer's tests show the whole row.

- Rows 7-11 and 30 end to end: odd encodings and line ends go through loading, the real
  parser and the dataset files, and every claim's offsets index the stored text.
- Row 6: compressed files are refused without being decompressed (a gzip and a zip bomb).
- R15: `python -m dashboard check` passes on the bundled corpus (CI runs this suite).
- R14: no module-level mutable state in the package (the two-worker test is in
  tests/app/test_app_uploads.py).
"""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from dashboard.corpus import Rejection, load_bytes
from dashboard.decoding import Reason
from dashboard.export import read_csv, read_parquet
from dashboard.ingest import extract_corpus, ingest_upload
from dashboard.schema import CLAIMS, DOCUMENTS, INPUTS

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "dashboard"
SENTENCE = "Cargo on the Middle Corridor reached 2.8 million tonnes in 2023, up 63%."


# --- rows 7-11 and 30 through the whole pipeline, with the real parser ---------------------------

ENCODED: dict[str, tuple[bytes, str]] = {
    # name: (file content, the encoding inputs.csv records)
    "utf16le.txt": (b"\xff\xfe" + SENTENCE.encode("utf-16-le"), "utf-16-le (BOM)"),
    "utf16be.txt": (b"\xfe\xff" + ("Intro.\r\n" + SENTENCE).encode("utf-16-be"),
                    "utf-16-be (BOM)"),
    "utf8bom.txt": (b"\xef\xbb\xbf" + ("Figures.\n\n" + SENTENCE).encode(), "utf-8 (BOM)"),
    "cp1252.txt": (("Investment of \u20ac5\u00a0million. " + "The report\u2019s view. "
                    + SENTENCE).encode("cp1252"), "cp1252 (fallback)"),
    "badutf8.txt": ("Türkiye said: ".encode() + b"\xff\xfe " + ("Ça va. " + SENTENCE).encode(),
                    "utf-8 (invalid bytes replaced)"),
    "surrogate.txt": (b"Note \xed\xa0\x80 here. " + SENTENCE.encode(),
                      "utf-8 (lone surrogates replaced)"),
    "nul.txt": (b"Trade\x00 fell.\x00 " + SENTENCE.encode(), "utf-8"),
    "bare-cr.txt": (b"Line one.\rLine two.\r\r" + SENTENCE.encode() + b"\rEnd.\r", "utf-8"),
}


def test_rows_07_to_11_and_30_odd_encodings_give_claims_at_exact_offsets(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, (content, _) in ENCODED.items():
        (articles / name).write_bytes(content)
    out = tmp_path / "data"
    summary = extract_corpus([articles], out, progress=False)
    assert summary.ok and summary.n_documents == len(ENCODED)
    inputs = read_csv(out / "inputs.csv", INPUTS)
    assert dict(zip(inputs["path"], inputs["encoding"], strict=True)) == {
        name: encoding for name, (_, encoding) in ENCODED.items()}
    documents = read_parquet(out / "documents.parquet", DOCUMENTS)
    claims = read_parquet(out / "claims.parquet", CLAIMS)
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    for text in texts.values():
        assert SENTENCE in text and not any(ch in text for ch in "\x00\r\ufeff")
        text.encode("utf-8")  # no lone surrogate got through
    for row in claims.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.surface
    cargo = claims[claims["surface"] == "2.8 million tonnes"]
    assert len(cargo) == len(ENCODED) and set(cargo["value"]) == {2.8e6}
    for row in cargo.itertuples():  # the offset is into the decoded text, BOM not counted
        assert row.start == texts[row.doc_id].index("2.8 million tonnes")
    # the CSV copy reads back identical, bare CRs and all (row 30)
    assert read_csv(out / "claims.csv", CLAIMS).equals(claims)


# --- row 6: nothing is decompressed ---------------------------------------------------------------

BOMB_BYTES = 200 * 2**20  # what each bomb would expand to


def _gzip_bomb() -> bytes:
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)  # wbits 31: a gzip stream
    chunk = b"\0" * 2**20
    return b"".join([*(packer.compress(chunk) for _ in range(BOMB_BYTES // 2**20)),
                     packer.flush()])


def _zip_bomb() -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive, \
            archive.open("article.txt", "w", force_zip64=True) as member:
        for _ in range(BOMB_BYTES // 2**20):
            member.write(b"\0" * 2**20)
    return sink.getvalue()


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    return {"gzip": _gzip_bomb(), "zip": _zip_bomb()}


@pytest.mark.parametrize("kind,name", [("gzip", "news.txt.gz"), ("gzip", "news.txt"),
                                       ("zip", "news.zip"), ("zip", "news.txt")])
def test_row06_compressed_files_are_refused_without_decompressing(
        bombs: dict[str, bytes], kind: str, name: str, tmp_path: Path) -> None:
    bomb = bombs[kind]
    assert len(bomb) < BOMB_BYTES // 100
    tracemalloc.start()
    try:
        start = time.perf_counter()
        loaded = load_bytes(bomb, path=name, kind="text")
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(loaded, Rejection) and loaded.reason is Reason.UNSUPPORTED_TYPE
    assert elapsed < 1.0 and peak < 8 * len(bomb) + 2**20  # nowhere near 200 MB
    upload = ingest_upload(tmp_path / "data", name, bomb)
    assert not upload.ok and upload.reason == "unsupported_type"
    assert not (tmp_path / "data" / "articles").exists()


# --- R15: the integrity command on the bundled corpus ---------------------------------------------


def test_r15_check_command_passes_on_the_bundled_corpus(bundled_corpus: Path,
                                                        tmp_path: Path) -> None:
    """`python -m dashboard check` as CI runs it: accounting, offsets, a byte-identical rebuild."""
    out = tmp_path / "data"
    summary = extract_corpus([bundled_corpus], out, progress=False)
    assert summary.ok and summary.n_documents == 41
    result = subprocess.run([sys.executable, "-m", "dashboard", "check", "--data-dir", str(out)],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "41 parsed" in result.stdout and "byte-identical" in result.stdout
    (out / "claims.csv").write_bytes((out / "claims.csv").read_bytes().replace(b"tonnes",
                                                                              b"tons", 1))
    failed = subprocess.run([sys.executable, "-m", "dashboard", "check", "--data-dir", str(out),
                             "--no-rebuild"], cwd=REPO, capture_output=True, text=True,
                            timeout=300)
    assert failed.returncode == 1 and "claims.csv changed" in failed.stdout


# --- R14: no module-level mutable state -------------------------------------------------------

_MUTATORS = frozenset({"append", "extend", "insert", "update", "setdefault", "add", "pop",
                       "popitem", "clear", "remove", "discard", "sort", "reverse"})
# Objects that hold serving state: built per app by `create_app`, never at import time.
_STATEFUL = frozenset({"Dash", "Flask", "Store", "create_app", "Snapshot"})


def _module_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        targets = (node.targets if isinstance(node, ast.Assign) else [node.target]
                   if isinstance(node, ast.AnnAssign | ast.AugAssign) else [])
        names |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return names


def _local_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    names = {n.arg for n in ast.walk(fn.args) if isinstance(n, ast.arg)}
    for node in ast.walk(fn):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


def _root(node: ast.expr) -> str | None:
    while isinstance(node, ast.Subscript | ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _mutated_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(fn):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign | ast.Delete):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in _MUTATORS):
            targets = [ast.Subscript(value=node.func.value, slice=ast.Constant(0))]
        for target in targets:
            root = _root(target) if isinstance(target, ast.Subscript | ast.Attribute) else None
            if root is not None:
                found.append((getattr(node, "lineno", 0), root))
    return found


def module_state_problems(path: Path) -> list[str]:
    """`global` statements, functions that mutate a module-level object, stateful objects
    built at import time."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    shared, problems = _module_names(tree), []
    for node in ast.walk(tree):
        if isinstance(node, ast.Global | ast.Nonlocal):
            problems.append(f"{path.name}:{node.lineno}: {type(node).__name__.lower()}")
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            local = _local_names(node)
            problems += [f"{path.name}:{line}: {node.name}() changes module-level {name}"
                         for line, name in _mutated_names(node)
                         if name in shared and name not in local]
    for call in _import_time_nodes(tree):
        if isinstance(call, ast.Call):
            func = call.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in _STATEFUL:
                problems.append(f"{path.name}:{call.lineno}: {called}() at import time")
    return problems


def _import_time_nodes(node: ast.AST) -> list[ast.AST]:
    """Nodes that run on import: everything outside function bodies (decorators included)."""
    found: list[ast.AST] = []
    for child in ast.iter_child_nodes(node):
        found.append(child)
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            for part in [*child.decorator_list, *child.args.defaults, *child.args.kw_defaults]:
                if part is not None:
                    found += [part, *_import_time_nodes(part)]
        elif not isinstance(child, ast.Lambda):
            found += _import_time_nodes(child)
    return found


def test_r14_no_module_level_mutable_state() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20
    problems = [p for path in files for p in module_state_problems(path)]
    assert problems == []


def test_r14_the_state_check_finds_what_it_looks_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import dash\n_CACHE = {}\n_SEEN = []\nN = 0\napp = dash.Dash(__name__)\n"
                   "def remember(k, v):\n    _CACHE[k] = v\n    _SEEN.append(k)\n"
                   "def count():\n    global N\n    N += 1\n"
                   "def fine():\n    _SEEN = []\n    _SEEN.append(1)\n")
    assert set(module_state_problems(bad)) == {
        "bad.py:5: Dash() at import time",
        "bad.py:7: remember() changes module-level _CACHE",
        "bad.py:8: remember() changes module-level _SEEN",
        "bad.py:10: global",
    }
