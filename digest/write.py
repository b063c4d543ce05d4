"""Write stage: put the rendered site in place atomically.

The whole site is written into a temporary folder beside the output and then swapped
in, so a failed build never leaves a half-written site and never destroys the last
good one. A marker file records that digest made the output folder: digest refuses to
replace a folder without it, so it never deletes a folder it did not create.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Mapping

from digest.errors import DigestError

MARKER = ".digest-output"
"""Present in every output folder digest made; its absence protects a folder from deletion."""

Output = Mapping[str, "bytes | str | Path"]
"""Relative POSIX path -> file content (bytes or text) or a file to copy."""


def check_replaceable(output_dir: Path) -> None:
    """Refuse early to touch an output folder digest did not make."""
    if output_dir.exists() and not output_dir.is_dir():
        raise DigestError(f"{output_dir}: output exists and is not a folder; digest will not replace it")
    if output_dir.is_dir() and any(output_dir.iterdir()) and not (output_dir / MARKER).is_file():
        raise DigestError(
            f"{output_dir}: this folder was not made by digest (no {MARKER} marker); "
            "digest will not replace it. Choose another `output` in site.yaml or move the folder away."
        )


def write_site(output_dir: Path, produce: Callable[[Path], None]) -> None:
    """Run `produce(tmp)` to fill a fresh temporary folder, then swap it in for output_dir.

    If `produce` raises, the temporary folder is removed and output_dir is untouched.
    """
    output_dir = Path(output_dir)
    check_replaceable(output_dir)
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.new-", dir=output_dir.parent))
    try:
        produce(tmp)
        (tmp / MARKER).write_text("This folder is built by digest and replaced on every build.\n", encoding="utf-8")
        os.chmod(tmp, 0o755)
        _swap(tmp, output_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def patch_site(output_dir: Path, units: dict[str, "dict | bytes | str | Path | None"]) -> None:
    """Replace a few parts of a built site: for small changes, instead of a whole new folder.

    Each unit is a file path or a folder (given as a mapping of the files inside it),
    or None to remove it. Everything new is written to a temporary folder first; only
    then are the units renamed into place, so a failure while writing leaves the site
    as it was.
    """
    output_dir = Path(output_dir)
    check_replaceable(output_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.patch-", dir=output_dir.parent))
    try:
        new, old = tmp / "new", tmp / "old"
        for unit, content in units.items():
            if isinstance(content, dict):
                write_files(new / unit, content)
            elif content is not None:
                write_files(new, {unit: content})
        for unit, content in units.items():
            target = output_dir / unit
            if content is not None and not isinstance(content, dict):
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(new / unit, target)
                continue
            if target.exists() or target.is_symlink():
                (old / unit).parent.mkdir(parents=True, exist_ok=True)
                os.replace(target, old / unit)
            if content is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(new / unit, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_files(folder: Path, files: Output) -> None:
    """Write rendered files under folder; Path values are copied."""
    made: set[Path] = set()
    for rel, content in files.items():
        target = folder / rel
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        if isinstance(content, Path):
            shutil.copyfile(content, target)
        elif isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(content)


def _swap(new: Path, output_dir: Path) -> None:
    if not output_dir.exists():
        os.replace(new, output_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.old-", dir=output_dir.parent))
    old.rmdir()
    os.replace(output_dir, old)
    try:
        os.replace(new, output_dir)
    except BaseException:
        os.replace(old, output_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)
