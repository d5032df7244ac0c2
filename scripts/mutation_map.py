"""Derive which test files judge each mutated module from coverage (``make mutation-map``).

Runs the in-process test suite once on SQLite under coverage.py, recording which test file
executed each line (a coverage context per test file, switched as each test starts) and how
long each test file took (pytest's JUnit report). For each module of
``tests.mutation_tests.GROUPS`` the map names the test files that execute it, ranked: the
files that cover the module's lines cheapest first (greedily, by lines newly covered per
second), until every line any test executes is executed by at least ``COVER_TIMES`` of the
chosen files (or no file is left that adds one); then up to ``NEAR_BEST_KEPT`` more of the
files that execute nearly as many of its lines as the file that executes most
(``NEAR_BEST`` of them), cheapest first: a file that runs almost all of a module is usually
one written about it, which checks what the lines do and not only that they run, while the
greedy choice prefers whatever runs lines cheaply. A mutant is then judged by those files, in
that order, among the tests mutmut saw call the mutated function
(``tests.mutation_tests.select``).

The same ranking is made for each function and method of a module, from the lines of that
function alone, under mutmut's name for it (``<module>.x_<function>``,
``<module>.xǁ<class>ǁ<method>``), followed by the module's own files that run the function:
a mutant of a function that every request runs is judged first by the few files that run
that function cheapest and most fully (most mutants fail there), and only a mutant they
miss goes on to the files chosen for its module.

Writes ``tests/mutation_map.json`` and the test selection of ``[tool.mutmut]`` in
``pyproject.toml`` (between its markers); ``tests/test_project.py`` checks both.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.mutation_tests import GROUPS  # noqa: E402

# The in-process tests: end-to-end, browser and fault tests start processes of their own,
# where a mutant under test does not run.
TEST_PATHS = [
    "tests/accounts",
    "tests/graphql",
    "tests/db",
    "tests/mail",
    "tests/promises",
    "tests/external",
    "tests/admin",
    "tests/gateway",
    "tests/integration",
]
TEST_GLOB = "tests/test_*.py"
COVER_TIMES = 2
NEAR_BEST = 0.9
NEAR_BEST_KEPT = 2
MAP = ROOT / "tests" / "mutation_map.json"
PYPROJECT = ROOT / "pyproject.toml"
BEGIN = "pytest_add_cli_args_test_selection = [  # written by scripts/mutation_map.py\n"
END = "]  # end of the selection written by scripts/mutation_map.py\n"


class ContextPlugin:
    """Loaded into the pytest run (``-p``): coverage starts before the tests are collected,
    and every test's lines, whatever task or thread ran them, are recorded under its file."""

    def __init__(self) -> None:
        from coverage import Coverage

        self.coverage = Coverage(
            data_file=os.environ["ACCOUNTS_MUTATION_MAP_DATA"],
            source=["service"],
            branch=False,
            # SQLAlchemy's asyncio layer switches greenlets: traced as threads only, the lines of
            # a coroutine after its first database call are lost
            concurrency=["greenlet", "thread"],
        )
        self.coverage.start()

    def pytest_runtest_setup(self, item: object) -> None:
        self.coverage.switch_context(getattr(item, "nodeid", "").split("::", 1)[0])

    def pytest_unconfigure(self, config: object) -> None:
        self.coverage.stop()
        self.coverage.save()


def pytest_configure(config: object) -> None:
    """pytest's entry point when this file is loaded with ``-p``."""
    if os.environ.get("ACCOUNTS_MUTATION_MAP_DATA"):
        config.pluginmanager.register(ContextPlugin(), "mutation-map-contexts")  # type: ignore[attr-defined]


def run_coverage(workdir: Path) -> tuple[Path, Path]:
    data, junit = workdir / ".coverage", workdir / "junit.xml"
    env = {
        **os.environ,
        "ACCOUNTS_TEST_BACKENDS": "sqlite",
        "ACCOUNTS_MUTATION_MAP_DATA": str(data),
        "PYTHONPATH": str(ROOT / "scripts"),
    }
    tests = [*TEST_PATHS, *sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(TEST_GLOB))]
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "mutation_map",
        f"--junitxml={junit}",
        *tests,
    ]
    # a failing test still executed its lines: the map is made either way
    subprocess.run(command, cwd=ROOT, env=env, check=False)
    if not (data.exists() and junit.exists()):
        raise SystemExit("the coverage run left no data")
    return data, junit


def file_seconds(junit: Path) -> dict[str, float]:
    """Seconds each test file took, from the JUnit report (its setup included)."""
    seconds: dict[str, float] = defaultdict(float)
    for case in ET.parse(junit).iter("testcase"):  # noqa: S314 - our own pytest's report
        module = case.get("classname", "").split("[")[0]
        path = module.replace(".", "/")
        while path and not (ROOT / f"{path}.py").exists():
            path = path.rsplit("/", 1)[0] if "/" in path else ""
        if path:
            seconds[f"{path}.py"] += float(case.get("time", "0") or 0)
    return dict(seconds)


def lines_by_file(data_file: Path, source: Path) -> dict[str, set[int]]:
    """For one source file: the lines each test file executed."""
    from coverage import CoverageData

    data = CoverageData(basename=str(data_file))
    data.read()
    found: dict[str, set[int]] = defaultdict(set)
    measured = str(source.resolve())
    for line, contexts in data.contexts_by_lineno(measured).items():
        for context in contexts:
            if context.startswith("tests/"):
                found[context].add(line)
    return dict(found)


def functions(source: Path) -> dict[str, range]:
    """The lines of each function and method mutmut mutates in ``source``, by mutmut's name
    for it (without the module): top-level functions and the methods of top-level classes."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    found: dict[str, range] = {}

    def add(name: str, node: ast.AST) -> None:
        found[name] = range(node.lineno, (node.end_lineno or node.lineno) + 1)  # type: ignore[attr-defined]

    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            add(f"x_{node.name}", node)
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    add(f"x\u01c1{node.name}\u01c1{item.name}", item)
    return found


def rank(covering: dict[str, set[int]], seconds: dict[str, float]) -> list[str]:
    """Greedy: the file adding the most not-yet-twice-covered lines per second first."""
    needed: dict[int, int] = defaultdict(int)
    for lines in covering.values():
        for line in lines:
            needed[line] = min(COVER_TIMES, needed[line] + 1)
    chosen: list[str] = []
    left = dict(covering)
    while left:

        def gain(path: str) -> float:
            return sum(1 for line in left[path] if needed[line] > 0) / max(
                seconds.get(path, 1.0), 0.05
            )

        best = max(sorted(left), key=gain)
        if gain(best) == 0:
            break
        chosen.append(best)
        for line in left.pop(best):
            if needed[line] > 0:
                needed[line] -= 1
    most = max((len(lines) for lines in covering.values()), default=0)
    near = [path for path in covering if len(covering[path]) >= NEAR_BEST * most]
    near = [path for path in near if path not in chosen]
    near.sort(key=lambda path: (seconds.get(path, 1.0), path))
    return chosen + near[:NEAR_BEST_KEPT]


def write_selection(files: list[str]) -> None:
    text = PYPROJECT.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    body = "".join(f'    "{path}",\n' for path in files)
    PYPROJECT.write_text(text[:start] + body + text[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--reuse", type=Path, help="a folder with the .coverage and junit.xml of an earlier run"
    )
    parser.add_argument("--keep", type=Path, help="keep this run's data in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.reuse:
            data, junit = args.reuse / ".coverage", args.reuse / "junit.xml"
        else:
            workdir = args.keep or Path(tmp)
            workdir.mkdir(parents=True, exist_ok=True)
            data, junit = run_coverage(workdir.resolve())
        seconds = file_seconds(junit)
        mapping: dict[str, list[str]] = {}
        by_function: dict[str, list[str]] = {}
        for modules in GROUPS.values():
            for module in modules:
                source = ROOT / (module.replace(".", "/") + ".py")
                covering = lines_by_file(data, source)
                mapping[module] = rank(covering, seconds)
                if not mapping[module]:
                    print(f"no test executes {module}", file=sys.stderr)
                    return 1
                for name, lines in functions(source).items():
                    within = {path: found & set(lines) for path, found in covering.items()}
                    files = rank({path: found for path, found in within.items() if found}, seconds)
                    # then the module's own files that run this function: the cheap ones
                    # judge first, those that check the module still judge what they reach
                    files += [p for p in mapping[module] if within.get(p) and p not in files]
                    if files:
                        by_function[f"{module}.{name}"] = files
    MAP.write_text(
        json.dumps({"modules": mapping, "functions": by_function}, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    write_selection(
        sorted(
            {path for table in (mapping, by_function) for files in table.values() for path in files}
        )
    )
    for module, files in sorted(mapping.items()):
        print(f"{module}: {len(files)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
