"""The documentation holds together: the configuration page is what the settings say, the
README and the pages of docs/ link to each other, every link and anchor between them leads
somewhere, and every `accounts …` and `make …` command they show exists."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from service.cli import build_parser
from service.config.reference import render

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = ["configuration.md", "operations.md", "security.md", "clients.md", "development.md"]
ALL = [ROOT / "README.md", ROOT / "SECURITY.md", *sorted(DOCS.glob("*.md"))]
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)|!\[[^\]]*\]\(([^)\s]+)\)|<img src=\"([^\"]+)\"")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower().replace("`", ""))
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    found: dict[str, int] = {}
    names = set()
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.S)
    for heading in re.findall(r"^#{1,6} (.+)$", text, re.M):
        base = slug(heading)
        count = found.get(base, 0)
        names.add(base if count == 0 else f"{base}-{count}")
        found[base] = count + 1
    return names


def test_the_configuration_page_is_written_from_the_settings():
    committed = (DOCS / "configuration.md").read_text()
    assert committed == render(), "docs/configuration.md is stale: run `make docs`"


def test_the_readme_is_a_landing_page():
    readme = (ROOT / "README.md").read_text()
    assert len(readme.splitlines()) <= 300
    assert "docs/screenshots/" in readme
    for page in PAGES:
        assert f"(docs/{page})" in readme, page


@pytest.mark.parametrize("page", PAGES)
def test_each_page_links_to_the_readme_and_every_other_page(page):
    text = (DOCS / page).read_text()
    head = "\n".join(text.splitlines()[:12])
    assert "(../README.md)" in head
    for other in PAGES:
        if other != page:
            assert f"]({other})" in head, (page, other)


@pytest.mark.parametrize("page", ALL, ids=lambda p: p.name)
def test_every_link_and_anchor_leads_somewhere(page):
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.S)
    for groups in LINK.findall(text):
        target = next(g for g in groups if g)
        if re.match(r"[a-z]+:", target):
            continue  # http:, https:, mailto:
        path, _, anchor = target.partition("#")
        resolved = (page.parent / path).resolve() if path else page
        assert resolved.exists(), f"{page.name}: {target}"
        if anchor:
            assert resolved.suffix == ".md", f"{page.name}: {target}"
            assert anchor in anchors(resolved), f"{page.name}: no #{anchor} in {resolved.name}"


def shown_commands(text: str, program: str) -> list[str]:
    """Every `program …` the text shows: in inline code and at the start of a block's line."""
    found = re.findall(rf"`((?:\.venv/bin/)?{program} [^`]+)`", text)
    for block in re.findall(r"```(?:sh|text)?\n(.*?)```", text, re.S):
        found += re.findall(rf"^\s*((?:\.venv/bin/)?{program} [^#\n]+)", block, re.M)
    return [re.split(r"(?<!\\)\|", c.split("&&")[0])[0].strip() for c in found]


def as_arguments(command: str) -> list[str]:
    """A documented command line as arguments: options in brackets taken, the first of
    alternatives, placeholders filled."""
    command = command.replace("\\|", "|")
    command = command.replace("<id>", "00000000-0000-0000-0000-000000000001")
    command = re.sub(r"<[^>]+>", "x", command)
    command = re.sub(r"\[([^\]]*)\]", r"\1", command)
    command = re.sub(r"(\S+?)\|\S+", r"\1", command)
    command = command.replace("…", "").replace("COMMAND", "serve")
    words = shlex.split(command)[1:]
    return [w for w in words if w not in ("...",)]


def names_a_command(parser: argparse.ArgumentParser, words: list[str]) -> bool:
    """Whether ``words`` is exactly a path of (sub)commands."""
    for word in words:
        commands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not commands or word not in commands[0].choices:
            return False
        parser = commands[0].choices[word]
    return bool(words)


def test_every_accounts_command_shown_exists():
    parser = build_parser()
    seen = 0
    for page in ALL:
        for command in shown_commands(page.read_text(), "accounts"):
            arguments = as_arguments(command)
            if not arguments or arguments[0].startswith("$"):
                continue  # prose about the program, not a command line
            try:
                parser.parse_args([a if a != "E" else "e@example.com" for a in arguments])
            except SystemExit as exc:
                # A command named in prose without its required arguments (`accounts outbox
                # retry`) is fine, as long as it is a command.
                if exc.code != 0 and not names_a_command(parser, arguments):
                    raise AssertionError(f"{page.name}: `{command}` does not parse") from None
            seen += 1
    assert seen >= 20


def test_every_make_target_shown_exists():
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, re.M))
    shown = set()
    for page in ALL:
        for command in shown_commands(page.read_text(), "make"):
            shown.add(command.split()[1])
    assert {"run", "test", "lint", "web", "docs", "screenshots", "bench"} <= shown
    assert shown <= targets, shown - targets


def test_every_test_the_documentation_names_exists():
    """A test cited as a promise's guard (the findings tables, the mutation report) is a real
    test function of the suite."""
    defined = {
        name
        for path in (ROOT / "tests").rglob("test_*.py")
        for name in re.findall(r"^(?:async )?def (test_\w+)", path.read_text(), re.M)
    }
    cited = {name for page in ALL for name in re.findall(r"`(test_\w+)`", page.read_text())}
    assert cited, "no test is cited"
    assert cited <= defined, sorted(cited - defined)
