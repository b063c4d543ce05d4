"""Publishing: the gh-pages branch gets the whole site; the editor's checkout is untouched."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from digest import __version__

REPO = Path(__file__).resolve().parent.parent


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


def make_repo(site: Path, remote: Path) -> None:
    git("init", "-q", "-b", "main", cwd=site)
    git("config", "user.email", "editor@example.org", cwd=site)
    git("config", "user.name", "Editor", cwd=site)
    (site / ".gitignore").write_text("/_site/\n")
    git("add", "-A", cwd=site)
    git("commit", "-q", "-m", "Stories", cwd=site)
    git("init", "-q", "--bare", str(remote), cwd=site)
    git("remote", "add", "origin", str(remote), cwd=site)


def test_deploy_commits_the_site_as_gh_pages_and_leaves_the_checkout_alone(sample_site, run, tmp_path):
    config = sample_site / "site.yaml"
    config.write_text(config.read_text() + "cname: news.example.org\n")
    remote = tmp_path / "remote.git"
    make_repo(sample_site, remote)
    (sample_site / "draft.txt").write_text("uncommitted work")  # an untracked file
    story = sample_site / "content/xi-putin-samarkand/story.yaml"
    story.write_text(story.read_text() + "# a local, unstaged edit\n")
    git("add", "draft.txt", cwd=sample_site)  # and something staged
    before = (git("rev-parse", "HEAD", cwd=sample_site), git("status", "--porcelain", cwd=sample_site), git("symbolic-ref", "HEAD", cwd=sample_site))

    result = run("deploy", "--no-push", "--root", sample_site, "--message", "Publish test")
    assert result.exit_code == 0, result.stderr

    after = (git("rev-parse", "HEAD", cwd=sample_site), git("status", "--porcelain", cwd=sample_site), git("symbolic-ref", "HEAD", cwd=sample_site))
    assert after == before
    files = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=sample_site).splitlines())
    assert {"index.html", ".nojekyll", "CNAME", "feed.xml", "stories/xi-putin-samarkand/index.html"} <= files
    assert ".digest-output" not in files and "draft.txt" not in files and "site.yaml" not in files
    assert git("show", "gh-pages:CNAME", cwd=sample_site) == "news.example.org"
    assert git("log", "-1", "--format=%s", "gh-pages", cwd=sample_site) == "Publish test"
    assert git("branch", "--list", "gh-pages", cwd=remote) == ""  # --no-push pushed nothing

    first = git("rev-parse", "gh-pages", cwd=sample_site)
    again = run("deploy", "--root", sample_site)  # nothing changed: no new commit, but pushed
    assert again.exit_code == 0, again.stderr
    assert "Nothing changed since the last publish" in again.stderr
    assert git("rev-parse", "gh-pages", cwd=sample_site) == first
    assert git("rev-parse", "gh-pages", cwd=remote) == first

    story.write_text(story.read_text().replace("Xi and Putin meet in Samarkand", "Xi and Putin meet"))
    assert run("deploy", "--root", sample_site).exit_code == 0  # a changed site: a child commit, pushed
    assert git("rev-parse", "gh-pages^", cwd=sample_site) == first
    assert git("rev-parse", "gh-pages", cwd=remote) == git("rev-parse", "gh-pages", cwd=sample_site)


def test_the_commit_names_the_source_commit_and_warns_about_uncommitted_changes(sample_site, run, tmp_path):
    make_repo(sample_site, tmp_path / "remote.git")
    head = git("rev-parse", "--short=12", "HEAD", cwd=sample_site)
    clean = run("deploy", "--no-push", "--root", sample_site)
    assert clean.exit_code == 0, clean.stderr
    assert "uncommitted" not in clean.stderr
    assert git("log", "-1", "--format=%B", "gh-pages", cwd=sample_site) == f"Publish The Digest from {head}"
    story = sample_site / "content/xi-putin-samarkand/story.yaml"
    story.write_text(story.read_text().replace("Xi and Putin meet in Samarkand", "Xi and Putin meet"))
    dirty = run("deploy", "--no-push", "--root", sample_site)
    assert dirty.exit_code == 0, dirty.stderr
    assert f"warning: the working tree has uncommitted changes: the site is built from them, not from {head}" in dirty.stderr
    assert git("log", "-1", "--format=%B", "gh-pages", cwd=sample_site).endswith(f"from {head} (dirty)")


def site_output(site: Path) -> bool:
    return (site / "_site").exists()


@pytest.mark.parametrize("branch", ["main", "-x", "HEAD", "refs/heads/foo", "two words", "a..b"])
def test_deploy_refuses_the_checked_out_branch_and_invalid_names_before_building(sample_site, run, tmp_path, branch):
    make_repo(sample_site, tmp_path / "remote.git")
    before = (git("rev-parse", "HEAD", cwd=sample_site), git("status", "--porcelain", cwd=sample_site))
    result = run("deploy", "--no-push", "--branch", branch, "--root", sample_site)
    assert result.exit_code == 1
    expected = "is checked out" if branch == "main" else "is not a valid branch name"
    assert result.stderr.startswith(f"error: --branch {branch!r} {expected}"), result.stderr
    assert not site_output(sample_site)  # refused before building
    assert (git("rev-parse", "HEAD", cwd=sample_site), git("status", "--porcelain", cwd=sample_site)) == before
    assert git("branch", "--list", cwd=sample_site) == "* main"


def test_deploy_refuses_a_branch_checked_out_in_another_worktree(sample_site, run, tmp_path):
    make_repo(sample_site, tmp_path / "remote.git")
    git("worktree", "add", "-q", "-b", "gh-pages", str(tmp_path / "pages-worktree"), cwd=sample_site)
    result = run("deploy", "--no-push", "--root", sample_site)
    assert result.exit_code == 1
    assert "error: --branch 'gh-pages' is checked out" in result.stderr


def test_an_unknown_remote_is_refused_before_building_or_committing(sample_site, run, tmp_path):
    make_repo(sample_site, tmp_path / "remote.git")
    result = run("deploy", "--remote", "nosuch", "--root", sample_site)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: --remote 'nosuch' is not a remote of this repository (remotes: origin)")
    assert git("branch", "--list", "gh-pages", cwd=sample_site) == ""
    assert not site_output(sample_site)
    git("remote", "set-url", "origin", str(tmp_path / "gone.git"), cwd=sample_site)
    unreachable = run("deploy", "--root", sample_site)
    assert unreachable.exit_code == 1 and "cannot reach --remote 'origin'" in unreachable.stderr
    assert git("branch", "--list", "gh-pages", cwd=sample_site) == ""


def test_deploy_outside_a_git_repository_is_a_plain_error(sample_site, run):
    result = run("deploy", "--no-push", "--root", sample_site)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {sample_site} is not inside a git repository")
    assert "fatal:" not in result.stderr and "git rev-parse" not in result.stderr


def test_a_cname_already_on_the_pages_branch_is_kept_unless_site_yaml_says_otherwise(sample_site, run, tmp_path):
    make_repo(sample_site, tmp_path / "remote.git")
    config = sample_site / "site.yaml"
    original = config.read_text()
    config.write_text(original.replace("base_url:", "cname: news.example.org\nbase_url:").replace("/digest/", "/"))
    assert run("deploy", "--no-push", "--root", sample_site).exit_code == 0
    config.write_text(original)  # cname no longer set
    kept = run("deploy", "--no-push", "--root", sample_site)
    assert kept.exit_code == 0, kept.stderr
    assert git("show", "gh-pages:CNAME", cwd=sample_site) == "news.example.org"
    assert "warning: site.yaml: cname: not set: kept the CNAME 'news.example.org' already on the pages branch" in kept.stderr
    config.write_text(original.replace("base_url:", "cname: other.example.net\nbase_url:").replace("/digest/", "/"))
    assert run("deploy", "--no-push", "--root", sample_site).exit_code == 0
    assert git("show", "gh-pages:CNAME", cwd=sample_site) == "other.example.net"
    config.write_text(original.replace("base_url:", 'cname: ""\nbase_url:'))
    removed = run("deploy", "--no-push", "--root", sample_site)
    assert removed.exit_code == 0, removed.stderr
    assert "CNAME" not in git("ls-tree", "--name-only", "gh-pages", cwd=sample_site).splitlines()


def test_placeholder_base_url_and_cname_with_a_sub_path_are_warned(sample_site, run, tmp_path):
    make_repo(sample_site, tmp_path / "remote.git")
    config = sample_site / "site.yaml"
    text = config.read_text()
    base_url = next(line for line in text.splitlines() if line.startswith("base_url:"))
    config.write_text(text.replace(base_url, "base_url: https://example.github.io/news/\ncname: news.example.org"))
    result = run("deploy", "--no-push", "--root", sample_site)
    assert result.exit_code == 0, result.stderr
    assert "warning: site.yaml: base_url: 'https://example.github.io/news/' is a placeholder" in result.stderr
    assert "warning: site.yaml: cname: 'news.example.org' serves the site at the domain's root, but base_url has the sub-path '/news/'" in result.stderr


def test_every_build_writes_cname_when_site_yaml_sets_it(sample_site, run):
    config = sample_site / "site.yaml"
    config.write_text(config.read_text() + "cname: news.example.org\n")
    assert run("build", "--root", sample_site).exit_code == 0
    assert (sample_site / "_site/CNAME").read_text() == "news.example.org\n"
    story = sample_site / "content/xi-putin-samarkand/story.yaml"
    story.write_text(story.read_text().replace("Xi and Putin meet in Samarkand", "Xi and Putin meet"))
    assert run("build", "--root", sample_site).exit_code == 0  # an incremental build keeps it
    assert (sample_site / "_site/CNAME").read_text() == "news.example.org\n"


WORKFLOWS = (REPO / ".github/workflows/pages.yml", REPO / "digest/pages_workflow.yml")
CURRENT_MAJORS = {
    # The current majors of the official actions (release notes: checkout v6 and setup-python v6 run
    # on Node 24; configure-pages v6.0.0 "upgrade to node 24"; upload-pages-artifact v5.0.0;
    # deploy-pages v5.0.0 "Update Node.js version to 24.x").
    "actions/checkout": "v6",
    "actions/setup-python": "v6",
    "actions/configure-pages": "v6",
    "actions/upload-pages-artifact": "v5",
    "actions/deploy-pages": "v5",
}


def steps_of(workflow: Path) -> list[dict]:
    data = yaml.safe_load(workflow.read_text())
    return [s for job in data["jobs"].values() for s in job["steps"]]


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_pages_workflow_uses_the_current_official_actions_and_passes_the_base_url(workflow):
    uses = dict(s["uses"].split("@") for s in steps_of(workflow) if "uses" in s)
    assert uses == CURRENT_MAJORS
    build = next(s for s in steps_of(workflow) if s.get("name") == "Build")
    assert build["env"]["DIGEST_BASE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    assert build["run"] == "digest build"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_pages_workflow_runs_on_the_default_branch_whatever_its_name(workflow):
    data = yaml.safe_load(workflow.read_text())
    triggers = data[True]  # YAML 1.1 reads the key `on` as true
    assert "push" in triggers and triggers["push"] is None  # no hard-coded branch list
    assert data["jobs"]["build"]["if"] == "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_pages_workflow_uploads_the_configured_output_folder(workflow, sample_site, tmp_path):
    config = sample_site / "site.yaml"
    config.write_text(config.read_text().replace("output: _site", "") + "output: public\n")
    locate = next(s for s in steps_of(workflow) if s.get("id") == "site")
    upload = next(s for s in steps_of(workflow) if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "${{ steps.site.outputs.dir }}"
    github_output = tmp_path / "github_output"
    github_output.write_text("")
    env = {**os.environ, "GITHUB_OUTPUT": str(github_output), "PYTHONPATH": str(REPO)}
    subprocess.run(["bash", "-c", locate["run"]], cwd=sample_site, env=env, check=True)
    assert github_output.read_text() == f"dir={sample_site / 'public'}\n"


def test_init_writes_the_workflow_pinned_to_this_version(tmp_path, run):
    assert run("init", tmp_path / "new").exit_code == 0
    written = (tmp_path / "new/.github/workflows/pages.yml").read_text()
    assert written == (REPO / "digest/pages_workflow.yml").read_text().replace("{version}", __version__)
    install = next(s for s in yaml.safe_load(written)["jobs"]["build"]["steps"] if s.get("name") == "Install digest")
    assert install["run"] == f'pip install "newsdigest=={__version__}"'


def test_base_url_from_the_environment_wins(sample_site, run, monkeypatch):
    monkeypatch.setenv("DIGEST_BASE_URL", "https://someone.github.io/news")
    assert run("build", "--root", sample_site).exit_code == 0
    index = (sample_site / "_site/index.html").read_text()
    assert 'href="/news/stories/xi-putin-samarkand/"' in index
    assert 'rel="canonical" href="https://someone.github.io/news/"' in index


def test_the_distribution_is_named_newsdigest_and_both_workflows_install_it_by_name():
    tomllib = pytest.importorskip("tomllib", reason="tomllib needs Python 3.11")
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["name"] == "newsdigest"
    assert project["scripts"] == {"digest": "digest.cli:main"}
    for workflow in WORKFLOWS:
        install = next(s for s in steps_of(workflow) if s.get("name") == "Install digest")
        assert install["run"].startswith('pip install "newsdigest'), workflow
        assert "vars." not in workflow.read_text() and "DIGEST_PACKAGE" not in workflow.read_text()
