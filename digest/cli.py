"""The command line: thin click commands, each calling one library function.

Exit codes: 0 fine, 1 content or configuration errors, 2 usage errors. Errors print
as `file:line: field: message` with no traceback unless --debug.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Callable

import click

from digest import __version__
from digest.errors import DigestError, internal_error_text
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
            _print_problems([*exc.warnings, *exc.problems], quiet)
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # an internal error: say so plainly
            if debug:
                raise
            click.echo(_styled("internal error: ", "red") + f"{internal_error_text(exc)} (run again with --debug for the traceback)", err=True, color=_colour())
            sys.exit(1)

    return wrapper


def _colour(stream=None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    stream = stream or sys.stderr
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _styled(text: str, colour: str) -> str:
    return click.style(text, fg=colour) if _colour() else text


def _print_problems(problems, quiet: bool = False) -> None:
    """Warnings and errors together, each once; warnings are left out with --quiet."""
    shown: list = []
    for problem in problems:
        if problem not in shown and not (quiet and problem.severity != "error"):
            shown.append(problem)
    for problem in shown:
        colour = "red" if problem.severity == "error" else "yellow"
        click.echo(_styled(f"{problem.severity}: ", colour) + str(problem), err=True, color=_colour())
    errors = sum(1 for p in shown if p.severity == "error")
    if errors > 1:
        click.echo(f"{errors} errors", err=True)


def _print_warnings(reporter: Reporter, warnings) -> None:
    """Problems found while the command went on: refused inputs always, warnings unless --quiet."""
    _print_problems(list(warnings), reporter.quiet)


def _exit_if_refused(warnings) -> None:
    """Exit 1 after the build when an input was refused (it was reported as an error)."""
    if any(p.severity == "error" for p in warnings):
        sys.exit(1)


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
@click.option("--output", "-d", "output", type=click.Path(file_okay=False, path_type=Path), help="Build into this folder instead of site.yaml's `output`.")
@click.option("--base-url", help="Publish under this URL instead of site.yaml's `base_url`.")
@click.option("--no-search", is_flag=True, help="Skip the search index (and the search box).")
@common_options
def build(root: Path, reporter: Reporter, output: Path | None, base_url: str | None, no_search: bool) -> None:
    """Build the site into its output folder (default _site/).

    The site is written into a temporary folder and swapped in, so a failed build
    leaves the last good site in place.

    \b
    Example:
      digest build --root path/to/site
      digest build -d public --base-url https://example.org/news/
    """
    from digest.build import build as run_build

    result = run_build(root, reporter, _overrides(output, base_url), search=not no_search)
    _print_warnings(reporter, result.warnings)
    stories = result.stories
    if not result.wrote:
        reporter.info(f"{result.config.output_dir} is up to date ({stories} stor{'ies' if stories != 1 else 'y'}, {result.seconds:.2f} s)")
    else:
        reporter.info(
            f"Built {stories} stor{'ies' if stories != 1 else 'y'} ({result.rendered} rebuilt), {result.files} files "
            f"into {result.config.output_dir} in {result.seconds:.2f} s"
        )
    _exit_if_refused(result.warnings)


def _overrides(output: Path | None, base_url: str | None) -> dict:
    """Command-line settings that win over site.yaml, as SiteConfig fields."""
    overrides: dict = {}
    if output is not None:
        overrides["output"] = str(output.resolve())
    if base_url is not None:
        if not base_url.startswith(("http://", "https://")):
            raise click.BadParameter(f"{base_url!r} is not a URL (expected http:// or https://)", param_hint="--base-url")
        overrides["base_url"] = base_url if base_url.endswith("/") else base_url + "/"
    return overrides


@cli.command()
@click.option("--json", "as_json", is_flag=True, help='Print {"stories": [...], "warnings": [...]} (stories as digest.json has them).')
@click.option("--strict", is_flag=True, help="Exit 1 while any material discrepancy is open (for CI before publishing).")
@common_options
def check(root: Path, reporter: Reporter, as_json: bool, strict: bool) -> None:
    """Load, clean and merge without writing; report discrepancies and problems.

    Decisions in story.yaml whose id matches no current discrepancy are warnings that
    name the nearest current one; the full report is printed all the same.

    \b
    Example:
      digest check                 # readable report per story
      digest check --json | jq .   # for machines
      digest check --strict        # exit 1 while a material discrepancy is open
    """
    from digest.build import prepare
    from digest.report import open_material, text_report

    site, pages, warnings = prepare(root, reporter)
    if as_json:
        import json  # here: the other commands (a no-change build above all) never need it

        click.echo(json.dumps({"stories": [p.merged for p in pages], "warnings": [w.as_dict() for w in warnings]}, ensure_ascii=False, indent=2))
    else:
        click.echo(text_report(pages))
    _print_warnings(reporter, warnings)
    _exit_if_refused(warnings)
    if strict:
        pending = open_material(pages)
        if pending:
            click.echo(f"--strict: {len(pending)} material discrepanc{'ies' if len(pending) != 1 else 'y'} still open: " + ", ".join(pending), err=True)
            sys.exit(1)


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
@click.option("--bind", "--host", "host", default="127.0.0.1", show_default=True, help="Address to listen on (keep it local); --host is an alias.")
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a browser.")
@common_options
def serve(root: Path, reporter: Reporter, host: str, port: int, open_browser: bool) -> None:
    """Build, serve and watch: every save rebuilds and reloads open pages.

    Serves the site under the path of base_url, watches content/, themes/ and
    site.yaml, prints each rebuild's time and changed files, and shows build errors
    as an overlay in the browser.

    \b
    Example:
      digest serve -p 8080 --open
    """
    from digest.serve import serve as run_serve

    run_serve(root, host, port, reporter, open_browser)


@cli.command()
@common_options
def clean(root: Path, reporter: Reporter) -> None:
    """Remove the built site and the build cache: only folders digest made and marked.

    \b
    Example:
      digest clean                  # then `digest build` starts from scratch
    """
    from digest.config import load_config
    from digest.housekeeping import remove_built

    removed = remove_built(load_config(root))
    reporter.info("Removed " + ", ".join(str(p) for p in removed) if removed else "Nothing to remove.")


@cli.command()
@click.option("--remote", default="origin", show_default=True, help="Git remote to push to.")
@click.option("--branch", default="gh-pages", show_default=True, help="Branch that holds the published site (never the checked-out one).")
@click.option("--message", "-m", help="Commit message (the source commit is added below it).")
@click.option("--no-push", is_flag=True, help="Commit to the branch but do not push.")
@common_options
def deploy(root: Path, reporter: Reporter, remote: str, branch: str, message: str | None, no_push: bool) -> None:
    """Build, then publish the site as the gh-pages branch (GitHub Pages).

    Your working tree, index and current branch are left untouched. The branch, the
    repository and the remote are checked before anything is built; nothing is
    committed when the site is unchanged; the commit names the source commit.

    \b
    Example:
      digest deploy                 # build, commit to gh-pages, push to origin
      digest deploy --no-push       # commit only, push later
    """
    from digest.build import build as run_build
    from digest.deploy import check_target, deploy as run_deploy

    target = check_target(root, branch, None if no_push else remote)
    result = run_build(root, reporter)
    _print_warnings(reporter, result.warnings)
    _exit_if_refused(result.warnings)
    done = run_deploy(result.config, target, message, push=not no_push)
    _print_warnings(reporter, done.warnings)
    where = f"pushed to {remote}/{branch}" if done.pushed else f"on {branch} (not pushed)"
    if not done.changed:
        reporter.info(f"Nothing changed since the last publish: {branch} stays at {done.commit[:10]} ({where})")
        return
    reporter.info(f"Published {done.files} files built from {done.source}: {done.commit[:10]} {where}")


def main() -> None:
    cli(prog_name="digest")


if __name__ == "__main__":
    main()
