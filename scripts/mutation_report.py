"""Summarise the last mutation run (``make mutate``): killed/total per module, the survivors.

Reads mutmut's per-file results under ``mutants/`` and prints, for each mutated module, how
many mutants the tests detected (failed, or ran past the time limit) out of how many were
made, then every mutant no test detected with its changed lines. ``--names`` prints only the
survivors' names (for ``mutmut show``/``mutmut run NAME``); ``--group`` reads only that
group's modules (``tests/mutation_tests.py``). Exits non-zero when a result is missing, so an
interrupted run is not mistaken for a clean one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

DETECTED = {1: "killed", 3: "killed", 36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout"}
UNDETECTED = {0: "survived", 5: "no tests", 33: "no tests"}


def load(root: Path, only: set[str] | None = None) -> dict[str, dict[str, int | None]]:
    results: dict[str, dict[str, int | None]] = {}
    for meta in sorted((root / "service").rglob("*.py.meta")):
        module = meta.relative_to(root).as_posix().removesuffix(".meta")
        if only is not None and module not in only:
            continue
        data = json.loads(meta.read_text("utf-8"))
        if data["exit_code_by_key"]:
            results[module] = data["exit_code_by_key"]
    return results


def changed_lines(name: str, module: str) -> list[str]:
    try:
        from mutmut.mutation.diff_apply import get_diff_for_mutant
    except ImportError:  # the report stays readable without mutmut's internals
        return []
    try:
        diff = get_diff_for_mutant(name, path=module)
    except Exception:  # a diff is a convenience, the name is the result
        return []
    return [
        line
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("mutants"))
    parser.add_argument("--names", action="store_true", help="only the survivors' names")
    parser.add_argument(
        "--group",
        choices=[
            "accounts",
            "admin",
            "assurance",
            "challenges",
            "core",
            "external",
            "factors",
            "integration",
            "passkeys",
            "policy",
            "providers",
            "registration",
            "transport",
        ],
        help="only this group's modules",
    )
    args = parser.parse_args()
    only = None
    if args.group:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.mutation_tests import GROUPS

        only = {module.replace(".", "/") + ".py" for module in GROUPS[args.group]}
    results = load(args.root, only)
    if not results:
        print(f"no mutation results under {args.root}/ (run `make mutate`)", file=sys.stderr)
        return 1
    survivors: list[tuple[str, str, str]] = []
    missing = 0
    total_detected = total = 0
    rows = []
    for module, codes in results.items():
        counts: Counter[str] = Counter()
        for name, code in codes.items():
            if code in DETECTED:
                counts["detected"] += 1
            elif code in UNDETECTED:
                survivors.append((module, name, UNDETECTED[code]))
            else:
                counts["other"] += 1
                missing += 1
                survivors.append((module, name, f"exit code {code}"))
        rows.append((module, counts["detected"], len(codes)))
        total_detected += counts["detected"]
        total += len(codes)
    if args.names:
        print("\n".join(name for _, name, _ in survivors))
        return 0
    width = max(len(module) for module, _, _ in rows)
    print(f"{'module':<{width}}  killed/total  score")
    for module, detected, count in rows:
        print(f"{module:<{width}}  {detected:>6}/{count:<5}  {100 * detected / count:5.1f} %")
    score = 100 * total_detected / total
    print(f"{'all':<{width}}  {total_detected:>6}/{total:<5}  {score:5.1f} %")
    print(f"\n{len(survivors)} surviving mutants (`mutmut show NAME` for the whole function):")
    for module, name, status in survivors:
        print(f"\n{name} [{status}]")
        for line in changed_lines(name, module):
            print(f"    {line}")
    if missing:
        print(f"\n{missing} mutants have no result (interrupted run?)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
