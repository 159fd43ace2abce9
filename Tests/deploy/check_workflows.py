#!/usr/bin/env python3
"""Checks the deployment recipes in docs/deploy.md as far as this machine allows.

Each YAML block is parsed (PyYAML) and checked for its triggers, daily schedule,
caches and publishing steps; the TOML, shell and crontab blocks are parsed too.
Then the build steps' shell commands run here, in their order, in the repository
root; only steps that need the hosting service (checkout, cache, upload and
deploy actions) are skipped, and the apt-get steps when the packages are already
installed. Run from anywhere:

    python3 Tests/deploy/check_workflows.py            # checks and runs the build steps
    python3 Tests/deploy/check_workflows.py --no-run   # checks only
"""

import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "deploy.md"
PACKAGES = ["libcmark-gfm-dev", "libcmark-gfm-extensions-dev", "pkg-config", "libvips-dev", "libqrencode-dev"]
BUILD_COMMANDS = ["swift build -c release", ".build/release/pathways build"]
CRON_RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]


class Report:
    """Counts checks and prints each one."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, condition, what):
        if condition:
            self.passed += 1
            print(f"  ok    {what}")
        else:
            self.failed += 1
            print(f"  FAIL  {what}")
        return condition


def fenced_blocks(text):
    """Yields (language, body, line number) for each fenced code block."""
    for match in re.finditer(r"^```(\w*)\n(.*?)^```", text, re.S | re.M):
        line = text.count("\n", 0, match.start()) + 1
        yield match.group(1), match.group(2), line


def valid_cron(expression):
    """Whether a five-field cron expression has only in-range numbers, ranges, lists and steps."""
    fields = expression.split()
    if len(fields) != 5:
        return False
    for field, (low, high) in zip(fields, CRON_RANGES):
        for part in field.split(","):
            base, _, step = part.partition("/")
            if step and not step.isdigit():
                return False
            if base == "*":
                continue
            bounds = base.split("-")
            if not all(b.isdigit() and low <= int(b) <= high for b in bounds) or len(bounds) > 2:
                return False
    return True


def daily(expression):
    """Whether a cron expression fires at least once every day."""
    fields = expression.split()
    return valid_cron(expression) and fields[2] == "*" and fields[3] == "*" and fields[4] == "*"


def packages_installed():
    return all(
        subprocess.run(["dpkg", "-s", name], capture_output=True).returncode == 0 for name in PACKAGES
    )


def shell_lines(script):
    """The commands of a script, one per non-empty, non-comment line."""
    return [line.strip() for line in script.splitlines() if line.strip() and not line.strip().startswith("#")]


def run_commands(report, label, commands):
    """Runs commands in order in the repository root, skipping apt-get when the packages are there."""
    have_packages = packages_installed()
    for command in commands:
        if "${{" in command:
            report.check(False, f"{label}: `{command}` uses a CI expression and cannot run here")
            continue
        if command.startswith("apt-get"):
            if have_packages:
                print(f"  skip  {label}: `{command}` (the packages are already installed)")
                continue
        started = time.monotonic()
        print(f"  run   {label}: `{command}`", flush=True)
        result = subprocess.run(["bash", "-eo", "pipefail", "-c", command], cwd=REPO,
                                capture_output=True, text=True)
        seconds = time.monotonic() - started
        tail = (result.stdout + result.stderr).strip().splitlines()[-3:]
        for line in tail:
            print(f"          | {line}")
        if not report.check(result.returncode == 0, f"{label}: `{command}` exited {result.returncode} in {seconds:.1f} s"):
            return False
    return True


def check_github(report, workflow, execute):
    print("GitHub Actions (.github/workflows/pages.yml)")
    # PyYAML reads the bare key `on` as the boolean true.
    triggers = workflow.get("on", workflow.get(True)) or {}
    report.check("push" in triggers, "runs on every push")
    crons = [entry.get("cron", "") for entry in triggers.get("schedule") or []]
    report.check(any(daily(c) for c in crons), f"runs on a daily schedule {crons}")
    permissions = workflow.get("permissions", {})
    report.check(permissions.get("pages") == "write" and permissions.get("id-token") == "write",
                 "may write to Pages (pages: write, id-token: write)")
    jobs = workflow.get("jobs", {})
    build = jobs.get("build", {})
    steps = build.get("steps", [])
    uses = [step.get("uses", "") for step in steps]
    cached = [step.get("with", {}).get("path") for step in steps if step.get("uses", "").startswith("actions/cache@")]
    report.check(".build" in cached, "caches the Swift build (.build)")
    report.check(".pathways-cache" in cached, "restores the incremental build cache (.pathways-cache)")
    runs = [command for step in steps if "run" in step for command in shell_lines(step["run"])]
    report.check(any("apt-get install" in r and all(p in r for p in PACKAGES) for r in runs),
                 "installs the Debian packages")
    order = [next((i for i, r in enumerate(runs) if r == c), -1) for c in BUILD_COMMANDS]
    report.check(-1 not in order and order == sorted(order), f"runs {' then '.join(BUILD_COMMANDS)}")
    upload = next((s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@")), None)
    report.check(upload is not None and upload.get("with", {}).get("path") == "public", "uploads public/ for Pages")
    deploy_uses = [s.get("uses", "") for job in jobs.values() for s in job.get("steps", [])]
    report.check(any(u.startswith("actions/deploy-pages@") for u in deploy_uses), "deploys to GitHub Pages")
    report.check(uses.index(next(u for u in uses if u.startswith("actions/checkout@"))) == 0, "checks out first")
    if not execute:
        return
    for step in steps:
        name = step.get("name", step.get("uses", "step"))
        if "uses" in step:
            print(f"  skip  {name}: `{step['uses']}` needs GitHub's service")
            continue
        if not run_commands(report, name, shell_lines(step["run"])):
            return


def check_gitlab(report, pipeline, text, execute):
    print("GitLab CI (.gitlab-ci.yml)")
    sources = " ".join(rule.get("if", "") for rule in pipeline.get("workflow", {}).get("rules", []))
    report.check('"push"' in sources, "runs on every push")
    report.check('"schedule"' in sources, "lets scheduled pipelines run")
    pattern = re.search(r"interval pattern `([^`]+)`", text)
    report.check(pattern is not None and daily(pattern.group(1)),
                 f"documents a daily schedule ({pattern.group(1) if pattern else 'none'})")
    pages = pipeline.get("pages", {})
    cache_paths = [p.rstrip("/") for p in pages.get("cache", {}).get("paths", [])]
    report.check(".build" in cache_paths, "caches the Swift build (.build)")
    report.check(".pathways-cache" in cache_paths, "restores the incremental build cache (.pathways-cache)")
    commands = pages.get("before_script", []) + pages.get("script", [])
    report.check(any("apt-get install" in c and all(p in c for p in PACKAGES) for c in commands),
                 "installs the Debian packages")
    order = [commands.index(c) if c in commands else -1 for c in BUILD_COMMANDS]
    report.check(-1 not in order and order == sorted(order), f"runs {' then '.join(BUILD_COMMANDS)}")
    report.check("public" in pages.get("artifacts", {}).get("paths", []), "keeps public/ as the Pages artifact")
    report.check((pages.get("pages") or {}).get("publish") == "public", "publishes public/")
    check = pipeline.get("check", {})
    report.check(check.get("before_script", []) + check.get("script", []) == commands,
                 "other branches build the same way without publishing")
    if execute:
        run_commands(report, "pages", commands)


def check_others(report, blocks):
    print("Netlify, Cloudflare Pages and cron")
    tomls = [body for language, body, _ in blocks if language == "toml"]
    for body in tomls:
        build = tomllib.loads(body).get("build", {})
        report.check(build.get("publish") == "public", "netlify.toml publishes public/")
        report.check(build.get("command") == " && ".join(BUILD_COMMANDS), "netlify.toml builds the tool, then the site")
    report.check(bool(tomls), "a netlify.toml is given")
    for language, body, line in blocks:
        if language == "sh":
            result = subprocess.run(["bash", "-n"], input=body, capture_output=True, text=True)
            report.check(result.returncode == 0, f"the shell block at docs/deploy.md:{line} parses")
        if language == "crontab":
            for entry in shell_lines(body):
                report.check(daily(" ".join(entry.split()[:5])), f"cron entry runs daily: `{entry}`")
    scripts = [body for language, body, _ in blocks if language == "sh" and "rsync" in body]
    report.check(any(all(c in s for c in BUILD_COMMANDS) and s.index("pathways build") < s.index("rsync")
                     for s in scripts), "the plain-server script builds before rsync")


def main():
    execute = "--no-run" not in sys.argv[1:]
    text = DOC.read_text(encoding="utf-8")
    blocks = list(fenced_blocks(text))
    report = Report()
    workflows = {}
    for language, body, line in blocks:
        if language == "yaml":
            first = body.splitlines()[0].lstrip("# ").strip()
            try:
                workflows[first] = yaml.safe_load(body)
                report.check(True, f"{first} (docs/deploy.md:{line}) is valid YAML")
            except yaml.YAMLError as error:
                report.check(False, f"{first} (docs/deploy.md:{line}) is valid YAML: {error}")
    if execute and not report.check(shutil.which("swift") is not None, "a Swift toolchain is installed"):
        execute = False
    if ".github/workflows/pages.yml" in workflows:
        check_github(report, workflows[".github/workflows/pages.yml"], execute)
    else:
        report.check(False, "docs/deploy.md has a GitHub Actions workflow")
    if ".gitlab-ci.yml" in workflows:
        check_gitlab(report, workflows[".gitlab-ci.yml"], text, execute)
    else:
        report.check(False, "docs/deploy.md has a GitLab CI pipeline")
    check_others(report, blocks)
    if execute:
        report.check((REPO / "public" / "index.html").is_file(), "the build left a site in public/")
    print(f"{report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
