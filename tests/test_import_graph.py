"""The house: no import circles anywhere, and only the arrows docs/ARCHITECTURE.md allows.

The graph is built from the source (AST), module by module, over every package of the app
(toestemming, formulieren, ui). Every import counts: at the top of a module, inside a
function, and under `if TYPE_CHECKING` (a type-only circle is still two modules that cannot be
understood, tested or moved one without the other)."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("toestemming", "formulieren", "ui")
DEVTOOLS = "toestemming.devtools"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def _owner(name: str) -> str | None:
    """The project module `name` refers to (a.b.C → a.b when C is not a module); None for
    anything outside the project."""
    modules = _modules()
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    if isinstance(node, ast.Import):
        found = {_owner(a.name) for a in node.names}
    else:
        base = node.module or ""
        if node.level:
            package = module.split(".")
            if _modules()[module].name != "__init__.py":
                package.pop()
            package = package[: len(package) - (node.level - 1)]
            base = ".".join(package + ([node.module] if node.module else []))
        modules = _modules()
        found = {
            f"{base}.{a.name}" if f"{base}.{a.name}" in modules else _owner(base)
            for a in node.names
        }
    return {t for t in found if t is not None and t != module}


@cache
def graph() -> dict[str, frozenset[str]]:
    edges: dict[str, frozenset[str]] = {}
    for module, path in _modules().items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                targets |= _targets(module, node)
        edges[module] = frozenset(targets)
    return edges


def cycles(edges: dict[str, frozenset[str]]) -> list[list[str]]:
    """Every strongly connected part with more than one module, each as one circle through it
    (a → b → … → a), found by Tarjan's algorithm without recursion."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    parts: list[set[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                part = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.add(member)
                    if member == node:
                        break
                if len(part) > 1:
                    parts.append(part)
    return [_circle(edges, part) for part in parts]


def _circle(edges: dict[str, frozenset[str]], part: set[str]) -> list[str]:
    """A shortest way from the part's first module back to itself, inside the part."""
    first = min(part)
    came_from: dict[str, str] = {}
    frontier = [first]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(edges[node] & part):
                if child == first:
                    path = [node]
                    while path[-1] != first:
                        path.append(came_from[path[-1]])
                    return [first, *reversed(path[:-1]), first]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    raise AssertionError(part)  # a strongly connected part always has a circle


def reachable(edges: dict[str, frozenset[str]], start: str, *, skip: frozenset[str]) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        for child in edges[todo.pop()]:
            if child not in seen and child not in skip:
                seen.add(child)
                todo.append(child)
    return seen


def test_no_import_cycles_in_any_package() -> None:
    found = cycles(graph())
    assert not found, "import circles:\n" + "\n".join(" → ".join(c) for c in found)


def test_the_cycle_finder_finds_and_prints_a_circle() -> None:
    """The check above would pass on a finder that never finds anything: give it circles."""
    edges = {
        "a": frozenset({"b"}),
        "b": frozenset({"c"}),
        "c": frozenset({"a", "d"}),
        "d": frozenset(),
        "e": frozenset({"e2"}),
        "e2": frozenset({"e"}),
    }
    assert sorted(cycles(edges)) == [["a", "b", "c", "a"], ["e", "e2", "e"]]
    assert cycles({"x": frozenset({"y"}), "y": frozenset()}) == []


def test_relative_and_type_only_imports_are_edges() -> None:
    """The graph sees what the rules are about: a relative import, one inside a function and
    one under TYPE_CHECKING are all arrows."""
    edges = graph()
    assert "toestemming.replay_scope" in edges["toestemming.replay_items"]  # from .x import
    assert "toestemming.devtools.bench" in edges["toestemming.cli"]  # inside a function
    assert "toestemming.service" in edges["ui.app"]  # under TYPE_CHECKING only
    assert "toestemming.clock" in edges["ui.app"]  # absolute, a name from a module
    assert "toestemming.proof.package" in edges["toestemming.proof"]  # package __init__


def test_the_front_door_and_the_shipped_app_reach_no_dev_tools() -> None:
    """service.py never imports the demo/bench data; the installed program (ui.launcher and
    the CLI it calls) reaches toestemming.devtools only through the CLI's guarded `demo` and
    `bench` (which say so when the package is not installed)."""
    edges = graph()
    devtools = frozenset(m for m in edges if m == DEVTOOLS or m.startswith(DEVTOOLS + "."))
    assert devtools, "toestemming/devtools moved? update this test"
    assert not reachable(edges, "toestemming.service", skip=frozenset()) & devtools
    shipped = reachable(edges, "ui.launcher", skip=devtools)
    importers = sorted(m for m in shipped if edges[m] & devtools)
    assert importers == ["toestemming.cli"]


def test_layers_point_one_way() -> None:
    """Core → never ui; devtools are used, never imported by the core; the UI reaches the
    vault through the service (test_core_layering.py checks the store)."""
    edges = graph()
    for module, targets in edges.items():
        if module.startswith(("toestemming", "formulieren")):
            assert not {t for t in targets if t.split(".")[0] == "ui"}, module
        if module.startswith("toestemming.") and not module.startswith(DEVTOOLS):
            into_devtools = {t for t in targets if t.startswith(DEVTOOLS)}
            assert module == "toestemming.cli" or not into_devtools, module


def test_ui_does_not_use_the_dev_tools_context() -> None:
    """Service.context exists for the bench data generator only."""
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "context":
                value = node.value
                name = value.id if isinstance(value, ast.Name) else getattr(value, "attr", "")
                assert name not in {"service", "svc", "_service"}, path


NO_DEVTOOLS = textwrap.dedent(
    """
    import sys
    from importlib.abc import MetaPathFinder

    class Absent(MetaPathFinder):  # as in the installed app: the package is not there
        def find_spec(self, name, path=None, target=None):
            if name == "toestemming.devtools" or name.startswith("toestemming.devtools."):
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Absent())
    from toestemming.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def test_demo_and_bench_say_plainly_when_the_dev_tools_are_not_installed(tmp_path: Path) -> None:
    vault = tmp_path / "x.tvault"
    for command in (
        ["bench", "--youths", "1", "--items", "1", "--dir", str(tmp_path)],
        ["demo", "--no-gui", "--vault", str(vault)],
    ):
        out = subprocess.run(
            [sys.executable, "-c", NO_DEVTOOLS, *command],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        assert out.returncode == 2, out.stderr
        assert "hulpmiddel voor ontwikkelaars" in out.stderr
        assert f"'{command[0]}'" in out.stderr
        assert "Traceback" not in out.stderr
        assert not vault.exists()
        assert list(tmp_path.iterdir()) == []


def test_the_installer_leaves_the_dev_tools_out() -> None:
    """The frozen app is built from installer/toestemming.spec: devtools is in its excludes
    (the bundle build itself runs in tests/test_installer.py)."""
    spec = (ROOT / "installer" / "toestemming.spec").read_text(encoding="utf-8")
    excludes = spec[spec.index("excludes=") : spec.index("noarchive=")]
    assert '"toestemming.devtools"' in excludes


def test_the_shipped_self_test_runs_without_dev_tools() -> None:
    """`toestemming --self-test` (installed app) makes its vault from the standard catalog,
    in a process where toestemming.devtools cannot be imported."""
    code = NO_DEVTOOLS.replace(
        "from toestemming.cli import main\nsys.exit(main(sys.argv[1:]))",
        "from toestemming.selftest import run_self_test\n"
        "sys.exit(run_self_test(lambda line: None))",
    )
    assert "run_self_test" in code
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
