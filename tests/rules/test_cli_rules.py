"""The rule-language commands: init, config, rules, explain, and check with --config, --no-config, --fix and --diff."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.registry import all_checks

from ..conftest import SEED

runner = CliRunner()


def run(*args):
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


HOUSE = "entities:\n  - name: Volodymyr Zelenskyy\n    variants: [Zelensky]\nsubstitutions:\n  - find: Kiev\n    replace: Kyiv\n"


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
def test_fix_changes_exactly_the_declared_variant_in_the_seed(tmp_path):
    article = tmp_path / "seed.txt"
    shutil.copyfile(SEED, article)
    (tmp_path / "house.yaml").write_text(HOUSE)
    original = article.read_bytes()

    code, out, err = run("check", "--no-config", "--rules", str(tmp_path / "house.yaml"), "--diff", str(article))
    assert article.read_bytes() == original
    changed = [line for line in out.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert [line[:1] for line in changed] == ["-", "+"]
    assert changed[1] == changed[0].replace("-", "+", 1).replace("Volodymyr Zelensky ", "Volodymyr Zelenskyy ")
    assert "@@ -73,5 +73,5 @@" in out

    code, out, err = run("check", "--no-config", "--rules", str(tmp_path / "house.yaml"), "--fix", str(article))
    assert f"{article}:76:151: fixed [name-variant] 'Zelensky' -> 'Zelenskyy'" in err
    before, after = original.decode().split("\n"), article.read_bytes().decode().split("\n")
    assert [i + 1 for i, (a, b) in enumerate(zip(before, after)) if a != b] == [76]
    assert after[75] == before[75].replace("Volodymyr Zelensky ", "Volodymyr Zelenskyy ")
    assert len(before) == len(after)
    assert "[name-variant]" not in out and code == 1  # the seed's other problems remain


def test_fix_keeps_crlf_bom_and_quotes(tmp_path):
    article = tmp_path / "a.txt"
    body = 'date 2025-03-04 Mayor in Kiev\r\n\r\nThe mayor flew to Kiev.\r\n\r\n"Kiev is cold," she said.\r\n'
    article.write_bytes(b"\xef\xbb\xbf" + body.encode())
    (tmp_path / "house.yaml").write_text(HOUSE)
    code, _, err = run("check", "--no-config", "--rules", str(tmp_path / "house.yaml"), "--fix", str(article))
    assert article.read_bytes() == b"\xef\xbb\xbf" + body.replace("in Kiev", "in Kyiv").replace("to Kiev", "to Kyiv").encode()
    assert err.endswith("factcheck: fixed 2 problems\n") and code == 0


def test_config_discovered_from_nested_folder(tmp_path, monkeypatch):
    (tmp_path / ".factcheck.yaml").write_text("rules: [house.yaml]\nfail-on: error\n")
    (tmp_path / "house.yaml").write_text(HOUSE)
    nested = tmp_path / "news" / "world"
    nested.mkdir(parents=True)
    (nested / "a.txt").write_text("date 2025-03-04 Mayor visits\n\nThe mayor flew to Kiev on Monday.\n")
    monkeypatch.chdir(nested)
    code, out, _ = run("check", "--format", "text", "a.txt")
    assert out == "a.txt:3:19: warning: House style is \u201cKyiv\u201d, not \u201cKiev\u201d. [substitution]\n"
    assert code == 0  # fail-on: error from the configuration
    assert run("check", "--format", "text", "--no-config", "a.txt") == (0, "", "")
    assert run("check", "--format", "text", "--fail-on", "warning", "a.txt")[0] == 1


def test_config_command_shows_where_values_come_from(tmp_path, monkeypatch):
    (tmp_path / ".factcheck.yaml").write_text("rules: [house.yaml]\nfail-on: error\n")
    (tmp_path / "house.yaml").write_text("checks:\n  duplicate-paragraph:\n    min-words: 12\n" + HOUSE)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("config")
    assert code == 0
    assert f"configuration file: {tmp_path / '.factcheck.yaml'}" in out
    assert "  fail-on: error    # .factcheck.yaml:2" in out
    assert "    min-words: 12    # house.yaml:3" in out
    assert "  - Kiev    # house.yaml:8" in out
    assert out.splitlines()[out.splitlines().index("roles:    # " + _shipped("roles.yaml")) + 1].startswith("  roles: ")


def test_config_command_shows_the_people_and_roles_layers(tmp_path, monkeypatch):
    (tmp_path / "house.yaml").write_text("people:\n  honorifics: [Sheikh]\nroles:\n  roles:\n    sheriff:\n      forms: [sheriff]\n")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("config", "--no-config", "--rules", "house.yaml")
    assert code == 0
    assert f"people:    # {_shipped('people.yaml')}, house.yaml" in out.splitlines()
    assert f"roles:    # {_shipped('roles.yaml')}, house.yaml" in out.splitlines()


def _shipped(name: str) -> str:
    import os

    from factcheck.ruleyaml import shipped_rules_dir

    return os.path.relpath(shipped_rules_dir() / name)


def test_rules_lists_checks_and_house_rules(tmp_path):
    (tmp_path / "house.yaml").write_text(HOUSE)
    code, out, _ = run("rules", "--no-config", "--rules", str(tmp_path / "house.yaml"))
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(all_checks()) + 2
    assert lines[0].split()[:3] == ["duplicate-paragraph", "duplication", "warning"]
    assert lines[-1].split()[:3] == ["substitution:Kiev", "style", "warning"]


@pytest.mark.parametrize("cid", sorted(all_checks()))
def test_explain_every_check(cid):
    code, out, _ = run("explain", cid)
    check = all_checks()[cid]
    assert code == 0 and out.startswith(f"{cid}  ({check.category}, {check.severity} by default)")
    assert "Reported (at line" in out and "Not reported" in out


def test_explain_unknown_check():
    assert run("explain", "duplicate-paragrap") == (2, "", "factcheck: error: unknown check id 'duplicate-paragrap' (did you mean 'duplicate-paragraph'?); `factcheck rules` lists them\n")


def test_init_writes_starter_files_that_load(tmp_path):
    code, out, _ = run("init", str(tmp_path))
    assert code == 0 and (tmp_path / ".factcheck.yaml").exists() and (tmp_path / "house-style.yaml").exists()
    from factcheck.config import resolve

    project, rules = resolve(config_file=str(tmp_path / ".factcheck.yaml"))
    assert project.fail_on == "warning" and rules.files[-1].endswith("house-style.yaml")
    assert run("init", str(tmp_path))[0] == 2  # never overwrites without --force
