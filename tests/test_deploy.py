"""Publishing: the gh-pages branch gets the whole site; the editor's checkout is untouched."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml


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
    assert run("deploy", "--root", sample_site).exit_code == 0  # second deploy: a child commit, pushed
    assert git("rev-parse", "gh-pages^", cwd=sample_site) == first
    assert git("rev-parse", "gh-pages", cwd=remote) == git("rev-parse", "gh-pages", cwd=sample_site)


def test_deploy_outside_a_git_repository_is_a_clear_error(sample_site, run):
    result = run("deploy", "--no-push", "--root", sample_site)
    assert result.exit_code == 1
    assert "git rev-parse --show-toplevel failed" in result.stderr


def test_pages_workflow_uses_the_official_actions_and_passes_the_base_url():
    repo = Path(__file__).resolve().parent.parent
    for workflow in (repo / ".github/workflows/pages.yml", repo / "digest/pages_workflow.yml"):
        data = yaml.safe_load(workflow.read_text())
        steps = [s.get("uses", "") for job in data["jobs"].values() for s in job["steps"]]
        for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
            assert any(s.startswith(action + "@") for s in steps), (workflow, action)
        build = next(s for s in data["jobs"]["build"]["steps"] if s.get("name") == "Build")
        assert build["env"]["DIGEST_BASE_URL"] == "${{ steps.pages.outputs.base_url }}/"
        assert build["run"] == "digest build"


def test_init_writes_the_same_workflow(tmp_path, run):
    assert run("init", tmp_path / "new").exit_code == 0
    written = (tmp_path / "new/.github/workflows/pages.yml").read_text()
    assert written == (Path(__file__).resolve().parent.parent / "digest/pages_workflow.yml").read_text()


def test_base_url_from_the_environment_wins(sample_site, run, monkeypatch):
    monkeypatch.setenv("DIGEST_BASE_URL", "https://someone.github.io/news")
    assert run("build", "--root", sample_site).exit_code == 0
    index = (sample_site / "_site/index.html").read_text()
    assert 'href="/news/stories/xi-putin-samarkand/"' in index
    assert 'rel="canonical" href="https://someone.github.io/news/"' in index


def test_the_scaffolded_workflow_never_installs_the_unrelated_pypi_digest():
    repo = Path(__file__).resolve().parent.parent
    data = yaml.safe_load((repo / "digest/pages_workflow.yml").read_text())
    install = next(s for s in data["jobs"]["build"]["steps"] if s.get("name") == "Install digest")
    assert install["env"]["DIGEST_PACKAGE"] == "${{ vars.DIGEST_PACKAGE }}"
    assert ":?" in install["run"] and "pip install digest" not in install["run"]
