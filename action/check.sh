#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): builds `factcheck check` from the INPUT_*
# variables, runs it and records its exit status and SARIF file as step outputs. It exits 0
# itself so that the SARIF upload still runs; the Action's last step fails with the status.
set -uo pipefail

args=(check)
[[ -n "${INPUT_CHANGED_SINCE:-}" ]] && args+=(--changed-since "$INPUT_CHANGED_SINCE")
[[ -n "${INPUT_FAIL_ON:-}" ]] && args+=(--fail-on "$INPUT_FAIL_ON")
[[ -n "${INPUT_BASELINE:-}" ]] && args+=(--baseline "$INPUT_BASELINE")
sarif=""
if [[ "${INPUT_SARIF:-false}" == "true" ]]; then
    sarif="${RUNNER_TEMP:-.}/factcheck.sarif"
    args+=(--output "$sarif")
fi
read -r -a extra <<< "${INPUT_ARGS:-}"
read -r -d '' -a paths <<< "${INPUT_PATHS:-.}" || true  # spaces or new lines between paths

echo "factcheck ${args[*]} ${extra[*]} ${paths[*]}"
factcheck "${args[@]}" "${extra[@]}" "${paths[@]}"
status=$?

out="${GITHUB_OUTPUT:-/dev/null}"
echo "exit-code=$status" >> "$out"
if [[ -n "$sarif" && -f "$sarif" ]]; then
    echo "sarif-file=$sarif" >> "$out"
else
    echo "sarif-file=" >> "$out"
fi
exit 0
