"""One family of errors, each naming the file, line and field an editor must fix."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """A located message about the editor's input.

    Printed as ``content/x/story.yaml:14: sources[2].published: 'Sept 31' is not a date``.
    """

    file: str
    """Path as the editor knows it: relative to the site root where possible."""
    line: int | None
    field: str | None
    message: str
    severity: str = "error"
    """'error' stops the build; 'warning' is reported and the build goes on."""
    blocking: bool = True
    """False for an error that refuses one input (an oversized article) while the rest builds:
    reported as an error and the command exits 1, but after the build."""

    @property
    def blocks(self) -> bool:
        return self.severity == "error" and self.blocking

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line and self.file else "")
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {what}{self.message}" if where else f"{what}{self.message}"

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "field": self.field,
            "message": self.message,
            "severity": self.severity,
        }


class MergeFault(RuntimeError):
    """A bug met while merging one story, said with the story's folder: the editor knows which
    story to report (or set aside) instead of a bare exception for the whole site."""

    @classmethod
    def of(cls, exc: Exception, folder: Path) -> "MergeFault":
        try:
            folder = folder.relative_to(Path.cwd())  # as the editor typed it, when under where they stand
        except ValueError:
            pass
        return cls(f"{type(exc).__name__}: {exc} (while merging {folder})")


def internal_error_text(exc: Exception) -> str:
    """How a bug is told to the editor: its kind and message, or a MergeFault's own words (which
    name the story it met)."""
    return str(exc) if isinstance(exc, MergeFault) else f"{type(exc).__name__}: {exc}"


class DigestError(Exception):
    """Errors in the editor's input or configuration: exit code 1, no traceback.

    `problems` are the errors; `warnings` found in the same pass travel along, so the
    editor sees both at once instead of the warnings vanishing whenever there are errors.
    """

    def __init__(self, problems: list[Problem] | Problem | str, warnings: list[Problem] = ()):
        if isinstance(problems, str):
            problems = [Problem("", None, None, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        self.warnings = list(warnings)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):
        """Keep the located problems when a worker process sends the error back."""
        return (DigestError, (self.problems, self.warnings))


class Problems:
    """Collects problems across a stage so all of them are reported at once."""

    def __init__(self, root: Path):
        self.root = root
        self.items: list[Problem] = []

    def rel(self, path: Path | str) -> str:
        path = Path(path)
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)

    def add(self, problem: Problem) -> None:
        """Record a problem once: the same message from two passes is printed once."""
        if problem not in self.items:
            self.items.append(problem)

    def error(self, path: Path | str, line: int | None, field: str | None, message: str) -> None:
        self.add(Problem(self.rel(path), line, field, message))

    def warn(self, path: Path | str, line: int | None, field: str | None, message: str) -> None:
        self.add(Problem(self.rel(path), line, field, message, "warning"))

    def refuse(self, path: Path | str, line: int | None, field: str | None, message: str) -> None:
        """An error about one input that is left out while the rest of the site still builds."""
        self.add(Problem(self.rel(path), line, field, message, "error", blocking=False))

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop the build."""
        return [p for p in self.items if p.blocks]

    @property
    def warnings(self) -> list[Problem]:
        """Everything reported while the build goes on: warnings and refused inputs."""
        return [p for p in self.items if not p.blocks]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise DigestError(self.errors, self.warnings)
