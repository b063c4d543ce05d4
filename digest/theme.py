"""Where a site's theme and a story's pages live: known without loading the template engine,
so a build that renders nothing starts fast."""

from __future__ import annotations

from pathlib import Path

from digest.errors import DigestError, Problem
from digest.model import SiteConfig

BUILTIN_THEME = "default"


def builtin_theme_dir() -> Path:
    """The built-in theme: inside the installed package, or at the repository's top level."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "themes" / BUILTIN_THEME, here.parent / "themes" / BUILTIN_THEME):
        if (candidate / "templates").is_dir():
            return candidate
    raise DigestError(f"built-in theme not found beside {here}; the installation is incomplete")


def theme_dirs(config: SiteConfig) -> list[Path]:
    """Theme folders in lookup order: the site's own theme, then the built-in one."""
    own = config.root / "themes" / config.theme
    dirs = [own] if own.is_dir() else []
    if config.theme != BUILTIN_THEME and not dirs:
        raise DigestError([Problem("site.yaml", None, "theme", f"theme {config.theme!r} not found: expected a folder themes/{config.theme}/")])
    builtin = builtin_theme_dir()
    if builtin.resolve() not in [d.resolve() for d in dirs]:
        dirs.append(builtin)
    return dirs


def story_dir(slug: str) -> str:
    """The output folder holding all of a story's own pages (and nothing else)."""
    return f"stories/{slug}"
