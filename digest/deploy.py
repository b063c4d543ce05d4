"""`digest deploy`: publish the built site as the whole tree of the gh-pages branch.

Uses git plumbing with a temporary index (hash the output folder into a tree, commit it
on top of the previous pages commit with `commit-tree`, move the branch with
`update-ref`), so the editor's working tree, index and current branch are never touched.
Everything that can be checked before building is checked first (`check_target`): the
repository, the branch name, that it is not the checked-out branch, and the push target.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from digest.errors import DigestError, Problem
from digest.model import SiteConfig
from digest.write import MARKER

PLACEHOLDER_HOSTS = ("example.github.io", "example.org", "example.com", "example.net")
"""Hosts of the addresses `digest init` and the docs use as placeholders for base_url."""


@dataclass(frozen=True)
class Target:
    """Where a deploy goes, checked before anything is built."""

    top: Path
    """The repository's top folder."""
    branch: str
    remote: str | None
    """None with --no-push."""


@dataclass(frozen=True)
class Deployed:
    branch: str
    commit: str
    files: int
    pushed: bool
    changed: bool
    """False when the site's tree is the one already published: no new commit was made."""
    source: str
    """The source commit the site was built from, with ' (dirty)' for uncommitted changes."""
    warnings: tuple[Problem, ...] = ()


def git(args: list[str], cwd: Path, env: dict | None = None, input: str | None = None) -> str:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, env=env, input=input, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise DigestError("git is not installed: digest deploy needs git") from exc
    if result.returncode != 0:
        raise DigestError(f"git {' '.join(args)} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout.strip()


def _ok(args: list[str], cwd: Path) -> tuple[bool, str]:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    return result.returncode == 0, (result.stdout if result.returncode == 0 else result.stderr).strip()


def check_target(root: Path, branch: str, remote: str | None) -> Target:
    """Refuse, before building, a deploy that cannot or must not happen; plain words for each."""
    try:
        inside, top = _ok(["rev-parse", "--show-toplevel"], root)
    except FileNotFoundError as exc:
        raise DigestError("git is not installed: digest deploy needs git") from exc
    if not inside:
        raise DigestError(f"{root} is not inside a git repository: digest deploy publishes the site as a branch of "
                          "the site's repository (run `git init` there, commit your stories, and add a remote)")
    top_path = Path(top)
    valid, _ = _ok(["check-ref-format", "--branch", branch], top_path)
    if not valid or branch.startswith(("-", "refs/")) or branch == "HEAD":
        raise DigestError(f"--branch {branch!r} is not a valid branch name (for example gh-pages)")
    for checked_out in _checked_out_branches(top_path):
        if checked_out == branch:
            raise DigestError(f"--branch {branch!r} is checked out: deploying to it would replace your sources with the "
                              "built site; publish to another branch (the default is gh-pages)")
    if remote is not None:
        known, _ = _ok(["remote", "get-url", remote], top_path)
        if not known:
            remotes = git(["remote"], top_path).split()
            hint = f" (remotes: {', '.join(remotes)})" if remotes else " (this repository has no remote; add one with `git remote add origin URL`, or use --no-push)"
            raise DigestError(f"--remote {remote!r} is not a remote of this repository{hint}")
        reachable, why = _ok(["ls-remote", "--heads", remote], top_path)
        if not reachable:
            raise DigestError(f"cannot reach --remote {remote!r}: {why.splitlines()[-1] if why else 'git ls-remote failed'}")
    return Target(top_path, branch, remote)


def _checked_out_branches(top: Path) -> list[str]:
    """Branches checked out in this repository's worktrees (the current one included)."""
    ok, listing = _ok(["worktree", "list", "--porcelain"], top)
    if not ok:
        ok, head = _ok(["symbolic-ref", "--quiet", "HEAD"], top)
        listing = f"branch {head}" if ok else ""
    return [line.split(" ", 1)[1].removeprefix("refs/heads/") for line in listing.splitlines() if line.startswith("branch ")]


def site_warnings(config: SiteConfig) -> list[Problem]:
    """What would publish a broken site: a placeholder address, a custom domain with a sub-path."""
    warnings = []
    url = urlsplit(config.base_url)
    if (url.hostname or "") in PLACEHOLDER_HOSTS:
        warnings.append(Problem("site.yaml", None, "base_url", f"{config.base_url!r} is a placeholder; set the address the site is published at", "warning"))
    if config.cname and config.base_path != "/":
        warnings.append(Problem("site.yaml", None, "cname", f"{config.cname!r} serves the site at the domain's root, but base_url has the sub-path "
                                f"{config.base_path!r}, so every link would break; set base_url to https://{config.cname.strip()}/", "warning"))
    return warnings


def deploy(config: SiteConfig, target: Target, message: str | None = None, push: bool = True) -> Deployed:
    """Commit config.output_dir as the tree of the target branch (with .nojekyll and CNAME); push unless told not to."""
    output = config.output_dir
    if not (output / MARKER).is_file():
        raise DigestError(f"{output}: no built site to deploy; run digest build first")
    top, branch = target.top, target.branch
    warnings = site_warnings(config)
    parent = _branch_commit(top, branch)
    source, dirty = _source(top, config)
    if dirty:
        warnings.append(Problem("", None, None, f"the working tree has uncommitted changes: the site is built from them, not from {source}", "warning"))
    with tempfile.TemporaryDirectory(prefix="digest-deploy-") as tmp:
        env = {**os.environ, "GIT_INDEX_FILE": str(Path(tmp) / "index")}
        git(["--work-tree", str(output), "add", "--all", "--force", "."], top, env)
        git(["--work-tree", str(output), "rm", "--cached", "--quiet", "--ignore-unmatch", MARKER], top, env)
        _add_blob(top, env, ".nojekyll", "")
        cname, note = _cname(config, top, parent)
        if note:
            warnings.append(note)
        if cname is not None:
            _add_blob(top, env, "CNAME", cname)
        elif config.cname is not None:  # `cname: ""`: the editor removes the custom domain
            git(["rm", "--cached", "--quiet", "--ignore-unmatch", "CNAME"], top, env)
        tree = git(["write-tree"], top, env)
    files = len(git(["ls-tree", "-r", "--name-only", tree], top).splitlines())
    label = source + (" (dirty)" if dirty else "")
    changed = parent is None or git(["rev-parse", f"{parent}^{{tree}}"], top) != tree
    commit = parent or ""
    if changed:
        text = f"{message}\n\nBuilt from {label}" if message else f"Publish {config.title} from {label}"
        args = ["commit-tree", tree, "-m", text] + (["-p", parent] if parent else [])
        commit = git(args, top, {**os.environ, **_identity(top)})
        git(["update-ref", "-m", f"digest deploy from {label}", f"refs/heads/{branch}", commit, parent or "0" * 40], top)
    if push and target.remote:
        git(["push", "--quiet", target.remote, f"refs/heads/{branch}:refs/heads/{branch}"], top)
    return Deployed(branch, commit, files, bool(push and target.remote), changed, label, tuple(warnings))


def _add_blob(top: Path, env: dict, name: str, content: str) -> None:
    blob = git(["hash-object", "-w", "--stdin"], top, input=content)
    git(["update-index", "--add", "--cacheinfo", f"100644,{blob},{name}"], top, env)


def _cname(config: SiteConfig, top: Path, parent: str | None) -> tuple[str | None, Problem | None]:
    """CNAME for the new tree: site.yaml's `cname` when it has one (an empty one removes it);
    otherwise the one already on the pages branch is kept, with a warning saying so."""
    if config.cname is not None:
        return (config.cname.strip() + "\n") if config.cname.strip() else None, None
    if parent is None:
        return None, None
    ok, existing = _ok(["cat-file", "-p", f"{parent}:CNAME"], top)
    if not ok or not existing.strip():
        return None, None
    note = Problem("site.yaml", None, "cname", f"not set: kept the CNAME {existing.strip()!r} already on the pages branch "
                   "(set `cname` in site.yaml to change it, or `cname: \"\"` to remove it)", "warning")
    return existing.strip() + "\n", note


def _source(top: Path, config: SiteConfig) -> tuple[str, bool]:
    """The commit the sources are at, and whether the site's folder has uncommitted changes."""
    ok, head = _ok(["rev-parse", "--short=12", "HEAD"], top)
    source = head if ok else "no commit yet"
    excluded = [f":(exclude){path}" for path in (config.output_dir, config.root / ".digest-cache") if _inside(path, top)]
    ok, status = _ok(["status", "--porcelain", "--", str(config.root), *excluded], top)
    return source, bool(ok and status) or not ok


def _inside(path: Path, top: Path) -> bool:
    try:
        path.resolve().relative_to(top.resolve())
        return True
    except ValueError:
        return False


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
