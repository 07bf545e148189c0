"""The GitHub Action (action.yml, action/check.sh) and the README's workflows, against GitHub's schemas."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

ACTION = ROOT / "action.yml"
SCRIPT = ROOT / "action" / "check.sh"
BIN = Path(sys.executable).parent

DUP = """date 2025-06-10 Water company fined over sewage spills

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.

Inspectors found that storm overflows had discharged on more than 200 days last year.

The regulator fined the water company £11 million for failing to stop sewage spills into rivers.
"""


def readme_workflows() -> dict[str, str]:
    """Return the README's example workflows by the file name their first line gives."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(# \.github/workflows/(\S+)\n.*?)```", text, flags=re.S)
    return {name: body for body, name in blocks}


def validate(schema: str, *files: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)], capture_output=True, text=True)


def test_the_action_and_the_readme_workflows_pass_githubs_schemas(tmp_path):
    workflows = readme_workflows()
    assert sorted(workflows) == ["factcheck-steps.yml", "factcheck.yml"]
    for name, body in workflows.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    action = validate("vendor.github-actions", ACTION)
    assert (action.returncode, action.stdout.strip()) == (0, "ok -- validation done")
    flows = validate("vendor.github-workflows", *(tmp_path / name for name in sorted(workflows)))
    assert (flows.returncode, flows.stdout.strip()) == (0, "ok -- validation done")


def test_the_schemas_do_reject_a_broken_action(tmp_path):
    broken = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    del broken["runs"]["steps"][1]["shell"]  # a composite step that runs a script must name its shell
    (tmp_path / "action.yml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    assert validate("vendor.github-actions", tmp_path / "action.yml").returncode == 1


def test_the_readme_workflow_uses_only_the_actions_inputs():
    inputs = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"]
    flow = yaml.safe_load(readme_workflows()["factcheck.yml"])
    step = next(s for s in flow["jobs"]["factcheck"]["steps"] if s.get("uses", "").startswith("OWNER/factcheck@"))
    assert sorted(step["with"]) == ["baseline", "changed-since", "fail-on", "paths", "sarif"]
    assert set(step["with"]) <= set(inputs)
    # Every input but the Python version reaches the check step.
    check = next(s for s in yaml.safe_load(ACTION.read_text(encoding="utf-8"))["runs"]["steps"] if s.get("id") == "check")
    assert {k: v for k, v in check["env"].items()} == {f"INPUT_{name.upper().replace('-', '_')}": f"${{{{ inputs.{name} }}}}" for name in inputs if name != "python-version"}


@pytest.fixture
def content(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "dup.txt").write_text(DUP, encoding="utf-8")
    (tmp_path / "runner").mkdir()
    return tmp_path


def run_step(content: Path, **inputs: str) -> tuple[subprocess.CompletedProcess, dict[str, str]]:
    """Run the Action's check step as the runner would, with factcheck on PATH; return it and its outputs."""
    output = content / "runner" / "output"
    output.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INPUT_", "GITHUB_"))}
    env.update({f"INPUT_{k.upper()}": v for k, v in inputs.items()})
    env.update(PATH=f"{BIN}{os.pathsep}{env['PATH']}", GITHUB_ACTIONS="true", GITHUB_OUTPUT=str(output), RUNNER_TEMP=str(content / "runner"))
    proc = subprocess.run([shutil.which("bash"), str(SCRIPT)], cwd=content, env=env, capture_output=True, text=True)
    outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    return proc, outputs


def test_the_check_step_reports_annotations_and_records_the_status(content):
    proc, outputs = run_step(content, PATHS="content/")
    assert proc.returncode == 0  # the Action's last step fails, so that the SARIF upload still runs
    assert outputs == {"exit-code": "1", "sarif-file": ""}
    assert proc.stdout.splitlines() == [
        "factcheck check  content/",
        "::warning file=content/dup.txt,line=7,col=1,endLine=7,endColumn=97,title=duplicate-paragraph::This paragraph repeats the paragraph at line 3 word for word: “The regulator fined the water company £11 million…”.",
    ]


def test_the_check_step_passes_fail_on_baseline_sarif_and_args(content):
    proc, outputs = run_step(content, PATHS="content/dup.txt\ncontent", FAIL_ON="error", SARIF="true", ARGS="--select duplication --jobs 1")
    sarif = content / "runner" / "factcheck.sarif"
    assert outputs == {"exit-code": "0", "sarif-file": str(sarif)}
    assert proc.stdout.splitlines()[0] == f"factcheck check --fail-on error --output {sarif} --select duplication --jobs 1 content/dup.txt content"
    assert [r["ruleId"] for r in json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]] == ["duplicate-paragraph"]  # dup.txt named and found in content/ is checked once
    subprocess.run([BIN / "factcheck", "check", "--write-baseline", "base.json", "content/"], cwd=content, check=True, capture_output=True)
    proc, outputs = run_step(content, PATHS="content/", BASELINE="base.json")
    assert (outputs["exit-code"], proc.stdout.splitlines()[1:]) == ("0", [])


def test_a_bad_ref_is_status_two(content):
    subprocess.run(["git", "init", "-q"], cwd=content, check=True)
    proc, outputs = run_step(content, PATHS="content/", CHANGED_SINCE="no-such-ref")
    assert outputs["exit-code"] == "2"
    assert proc.stderr.startswith("factcheck: error: ")
