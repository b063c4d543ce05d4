"""`digest deploy`: publish the built site as the whole tree of the gh-pages branch.

Uses git plumbing with a temporary index, so the editor's working tree, index and
current branch are never touched: hash the output folder into a tree, commit it on
top of the previous gh-pages commit, move the branch, push.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from digest.errors import DigestError
from digest.model import SiteConfig
from digest.write import MARKER


@dataclass(frozen=True)
class Deployed:
    branch: str
    commit: str
    files: int
    pushed: bool


def git(args: list[str], cwd: Path, env: dict | None = None, input: str | None = None) -> str:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, env=env, input=input, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise DigestError("git is not installed: digest deploy needs git") from exc
    if result.returncode != 0:
        raise DigestError(f"git {' '.join(args)} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout.strip()


def deploy(config: SiteConfig, branch: str = "gh-pages", remote: str = "origin", message: str | None = None, push: bool = True) -> Deployed:
    """Commit config.output_dir as the tree of `branch` (with .nojekyll and CNAME); push unless told not to."""
    root = config.root
    output = config.output_dir
    if not (output / MARKER).is_file():
        raise DigestError(f"{output}: no built site to deploy; run digest build first")
    top = Path(git(["rev-parse", "--show-toplevel"], root))
    (output / ".nojekyll").touch()
    if config.cname:
        (output / "CNAME").write_text(config.cname.strip() + "\n", encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="digest-deploy-") as tmp:
        env = {**os.environ, "GIT_INDEX_FILE": str(Path(tmp) / "index"), "GIT_WORK_TREE": str(output)}
        git(["--work-tree", str(output), "add", "--all", "--force", "."], top, env)
        git(["--work-tree", str(output), "rm", "--cached", "--quiet", "--ignore-unmatch", MARKER], top, env)
        tree = git(["write-tree"], top, env)
        files = len(git(["ls-tree", "-r", "--name-only", tree], top).splitlines())
    parent = _branch_commit(top, branch)
    args = ["commit-tree", tree, "-m", message or f"Publish {config.title} with digest"]
    if parent:
        args[2:2] = ["-p", parent]
    commit = git(args, top, {**os.environ, **_identity(top)})
    git(["update-ref", f"refs/heads/{branch}", commit] + ([parent] if parent else []), top)
    if push:
        git(["push", remote, f"refs/heads/{branch}:refs/heads/{branch}"], top)
    return Deployed(branch, commit, files, push)


def _branch_commit(top: Path, branch: str) -> str | None:
    result = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}"], cwd=top, capture_output=True, text=True)
    return result.stdout.strip() or None


def _identity(top: Path) -> dict:
    """Use the editor's git identity; fall back to a neutral one so a fresh machine can deploy."""
    name = subprocess.run(["git", "config", "user.name"], cwd=top, capture_output=True, text=True).stdout.strip()
    email = subprocess.run(["git", "config", "user.email"], cwd=top, capture_output=True, text=True).stdout.strip()
    out = {}
    if not name:
        out.update(GIT_AUTHOR_NAME="digest", GIT_COMMITTER_NAME="digest")
    if not email:
        out.update(GIT_AUTHOR_EMAIL="digest@localhost", GIT_COMMITTER_EMAIL="digest@localhost")
    return out
