"""Read and validate site.yaml."""

from __future__ import annotations

import os
from pathlib import Path

from digest.errors import DigestError, Problems
from digest.model import SiteConfig
from digest.schema import SITE, parse_yaml, validate

SITE_FILE = "site.yaml"


def load_config(root: Path, problems: Problems | None = None, output: Path | str | None = None) -> SiteConfig:
    """Return the site's configuration; raise DigestError naming every fault in site.yaml.

    `output` is an output folder given on the command line: it wins over site.yaml and,
    being typed by the user for this run, may lie outside the site; site.yaml's may not.
    """
    root = Path(root).resolve()
    problems = problems or Problems(root)
    path = root / SITE_FILE
    if not path.is_file():
        raise DigestError(
            f"{path}: no {SITE_FILE} here; run digest in a site folder, pass --root DIR, "
            "or create a site with `digest init DIR`"
        )
    text = _read_text(path, problems)
    doc = validate(parse_yaml(text, path, problems), SITE, path, problems)
    values = doc.values
    if output is not None:
        output = str(Path(output).resolve())
        _check_output(root, path, output, None, problems, field="--output")
    else:
        output = values.get("output", "_site")
        _check_output(root, path, output, doc.line("output"), problems)
        _check_inside(root, path, output, doc.line("output"), problems)
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
    )


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
