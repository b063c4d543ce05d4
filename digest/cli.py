"""The command line: thin click commands, each calling one library function.

Exit codes: 0 fine, 1 content or configuration errors, 2 usage errors. Errors print
as `file:line: field: message` with no traceback unless --debug.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Callable

import click

from digest import __version__
from digest.errors import DigestError, Problem
from digest.progress import Reporter


def common_options(command: Callable) -> Callable:
    """--root, --quiet and --debug on every command; errors become exit 1 without a traceback."""

    @click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True, help="The site folder (where site.yaml lives).")
    @click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
    @click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
    @functools.wraps(command)
    def wrapper(*args, root: Path, quiet: bool, debug: bool, **kwargs):
        reporter = Reporter(quiet=quiet)
        try:
            return command(*args, root=root.resolve(), reporter=reporter, **kwargs)
        except DigestError as exc:
            if debug:
                raise
            _print_problems(exc.problems)
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # an internal error: say so plainly
            if debug:
                raise
            click.secho(f"internal error: {type(exc).__name__}: {exc} (run again with --debug for the traceback)", err=True, fg="red")
            sys.exit(1)

    return wrapper


def _print_problems(problems: list[Problem]) -> None:
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        colour = "red" if problem.severity == "error" else "yellow"
        label = "error" if problem.severity == "error" else "warning"
        click.echo(click.style(f"{label}: ", fg=colour) + str(problem), err=True)
    if len(errors) > 1:
        click.echo(f"{len(errors)} errors", err=True)


def _print_warnings(reporter: Reporter, warnings) -> None:
    if reporter.quiet:
        return
    for warning in warnings:
        click.echo(click.style("warning: ", fg="yellow") + str(warning), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="digest")
def cli() -> None:
    """digest: one consolidated, annotated story from many raw news articles.

    \b
    Quick start:
      digest init mysite && cd mysite
      digest new my-story        # then add article files and list them in story.yaml
      digest build               # writes _site/
    """


@cli.command()
@click.option("--no-search", is_flag=True, help="Skip the search index (and the search box).")
@common_options
def build(root: Path, reporter: Reporter, no_search: bool) -> None:
    """Build the site into its output folder (default _site/).

    The site is written into a temporary folder and swapped in, so a failed build
    leaves the last good site in place.

    \b
    Example:
      digest build --root path/to/site
    """
    from digest.build import build as run_build

    result = run_build(root, reporter, search=not no_search)
    _print_warnings(reporter, result.warnings)
    stories = result.stories
    if not result.wrote:
        reporter.info(f"{result.config.output_dir} is up to date ({stories} stor{'ies' if stories != 1 else 'y'}, {result.seconds:.2f} s)")
        return
    reporter.info(
        f"Built {stories} stor{'ies' if stories != 1 else 'y'} ({result.rendered} rebuilt), {result.files} files "
        f"into {result.config.output_dir} in {result.seconds:.2f} s"
    )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help='Print {"stories": [...]} as digest.json has them.')
@common_options
def check(root: Path, reporter: Reporter, as_json: bool) -> None:
    """Load, clean and merge without writing; report discrepancies and problems.

    \b
    Example:
      digest check                 # readable report per story
      digest check --json | jq .   # for machines
    """
    from digest.build import prepare
    from digest.report import text_report

    site, pages, warnings = prepare(root, reporter)
    if as_json:
        click.echo(json.dumps({"stories": [p.merged for p in pages], "warnings": [w.as_dict() for w in warnings]}, ensure_ascii=False, indent=2))
        return
    _print_warnings(reporter, warnings)
    click.echo(text_report(pages))


@cli.command()
@click.argument("slug")
@click.option("--title", help="The story's headline (default: from the slug).")
@common_options
def new(root: Path, reporter: Reporter, slug: str, title: str | None) -> None:
    """Scaffold content/SLUG/story.yaml for a new story.

    \b
    Example:
      digest new xi-putin-samarkand --title "Xi and Putin meet in Samarkand"
    """
    from digest.scaffold import new_story

    path = new_story(root, slug, title)
    reporter.info(f"Created {path}: add article files to its folder and list them under sources.")


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", help="The site's title.")
@common_options
def init(root: Path, reporter: Reporter, directory: Path, title: str | None) -> None:
    """Scaffold a new site in DIRECTORY (relative to --root).

    \b
    Example:
      digest init my-digest --title "The Morning Digest"
    """
    from digest.scaffold import init_site

    target = directory if directory.is_absolute() else root / directory
    path = init_site(target, title)
    reporter.info(f"Created {path}. Next: cd {directory} && digest new my-story")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (keep it local).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a browser.")
@common_options
def serve(root: Path, reporter: Reporter, host: str, port: int, open_browser: bool) -> None:
    """Build, serve and watch: every save rebuilds and reloads open pages.

    Serves the site under the path of base_url, watches content/, themes/ and
    site.yaml, and shows build errors as an overlay in the browser.

    \b
    Example:
      digest serve --port 8080 --open
    """
    from digest.serve import serve as run_serve

    run_serve(root, host, port, reporter, open_browser)


@cli.command()
@click.option("--remote", default="origin", show_default=True, help="Git remote to push to.")
@click.option("--branch", default="gh-pages", show_default=True, help="Branch that holds the published site.")
@click.option("--message", "-m", help="Commit message.")
@click.option("--no-push", is_flag=True, help="Commit to the branch but do not push.")
@common_options
def deploy(root: Path, reporter: Reporter, remote: str, branch: str, message: str | None, no_push: bool) -> None:
    """Build, then publish the site as the gh-pages branch (GitHub Pages).

    Your working tree, index and current branch are left untouched.

    \b
    Example:
      digest deploy                 # build, commit to gh-pages, push to origin
      digest deploy --no-push       # commit only, push later
    """
    from digest.build import build as run_build
    from digest.deploy import deploy as run_deploy

    result = run_build(root, reporter)
    done = run_deploy(result.config, branch, remote, message, push=not no_push)
    where = f"pushed to {remote}/{branch}" if done.pushed else f"committed to {branch} (not pushed)"
    reporter.info(f"Published {done.files} files: {done.commit[:10]} {where}")


def main() -> None:
    cli(prog_name="digest")


if __name__ == "__main__":
    main()
