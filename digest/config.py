"""Read and validate site.yaml."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from digest import __version__
from digest.errors import DigestError, Problems
from digest.model import SiteConfig

SITE_FILE = "site.yaml"


def load_config(root: Path, problems: Problems | None = None, output: Path | str | None = None) -> SiteConfig:
    """Return the site's configuration; raise DigestError naming every fault in site.yaml.

    `output` is an output folder given on the command line: it wins over site.yaml and,
    being typed by the user for this run, may lie outside the site; site.yaml's may not.
    """
    return load_config_remembered(root, problems, output)[0]


def load_config_remembered(root: Path, problems: Problems | None = None, output: Path | str | None = None,
                           known: tuple = ()) -> tuple[SiteConfig, tuple]:
    """`load_config`, and what site.yaml validated to, to remember: `known` is what an earlier call
    returned (a build keeps it in its manifest). While site.yaml's text and the schema's code are
    the same, its values are taken from `known` and YAML is never loaded (importing it is a
    twentieth of a no-change build); a site.yaml that gave any problem is validated every time.
    The output folder's checks look at the disk, so they are made every time."""
    root = Path(root).resolve()
    problems = problems or Problems(root)
    path = root / SITE_FILE
    if not path.is_file():
        raise DigestError(
            f"{path}: no {SITE_FILE} here; run digest in a site folder, pass --root DIR, "
            "or create a site with `digest init DIR`"
        )
    found = Problems(root)
    text = _read_text(path, found)
    key = _site_key(text)
    if found.items or not (isinstance(known, tuple) and len(known) == 3 and known[0] == key):
        from digest.schema import SITE, parse_yaml, validate

        doc = validate(parse_yaml(text, path, found), SITE, path, found)
        known = (key, doc.values, doc.line("output"))
    remembered = known if not found.items else ()
    for problem in found.items:
        problems.add(problem)
    _, values, output_line = known
    if output is not None:
        output = str(Path(output).resolve())
        _check_output(root, path, output, None, problems, field="--output")
    else:
        output = values.get("output", "_site")
        _check_output(root, path, output, output_line, problems)
        _check_inside(root, path, output, output_line, problems)
    problems.raise_if_errors()
    return SiteConfig(
        root=root,
        title=values["title"],
        base_url=_base_url_override() or values["base_url"],
        language=values.get("language", "en"),
        theme=values.get("theme", "default"),
        output=output,
        description=values.get("description", ""),
        author=values.get("author", ""),
        cname=values.get("cname"),
    ), remembered


@functools.lru_cache(maxsize=1)
def _schema_code() -> bytes:
    """The schema's own source: a changed rule validates a remembered site.yaml again."""
    return (Path(__file__).resolve().parent / "schema.py").read_bytes()


def _site_key(text: str) -> str:
    """Names site.yaml's validated values: its text, with the code that validated it."""
    from digest.cache import digest_bytes

    return digest_bytes(text.encode(), __version__.encode(), _schema_code())


def _base_url_override() -> str | None:
    """DIGEST_BASE_URL wins over site.yaml: CI (GitHub Pages) knows the address the site is served at."""
    value = os.environ.get("DIGEST_BASE_URL", "").strip()
    if not value:
        return None
    if not value.startswith(("http://", "https://")):
        raise DigestError(f"DIGEST_BASE_URL: {value!r} is not a URL (expected http:// or https://)")
    return value if value.endswith("/") else value + "/"


def _read_text(path: Path, problems: Problems) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        problems.error(path, None, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return ""


def _check_output(root: Path, path: Path, output: str, line: int | None, problems: Problems, field: str = "output") -> None:
    """The output folder is replaced on every build, so it must not hold the site's own files."""
    target = (root / output).resolve()
    protected = [root, root / "content", root / "themes"]
    if any(target == p.resolve() for p in protected) or target in root.parents or root == target:
        problems.error(path, line, field, f"{output!r} would replace the site's own files; use a folder of its own such as _site")
        return
    for p in protected[1:]:
        if p.resolve() in target.parents:
            problems.error(path, line, field, f"{output!r} lies inside {p.name}/; use a folder of its own such as _site")


def _check_inside(root: Path, path: Path, output: str, line: int | None, problems: Problems) -> None:
    """site.yaml travels with the site (a clone, a pull request): its output may not point out of
    the site, where a build would write, and replace, a folder elsewhere on the machine."""
    target = (root / output).resolve()
    if root not in target.parents:
        problems.error(path, line, "output", f"{output!r} resolves to {target}, outside the site folder; "
                       "use a folder inside the site, or give the folder on the command line (--output)")
