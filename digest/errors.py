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

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {what}{self.message}"

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "field": self.field,
            "message": self.message,
            "severity": self.severity,
        }


class DigestError(Exception):
    """Errors in the editor's input or configuration: exit code 1, no traceback."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem("", None, None, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):
        """Keep file, line and field when the error comes back from a worker process."""
        return (type(self), (self.problems,))


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

    def error(self, path: Path | str, line: int | None, field: str | None, message: str) -> None:
        self.items.append(Problem(self.rel(path), line, field, message))

    def warn(self, path: Path | str, line: int | None, field: str | None, message: str) -> None:
        self.items.append(Problem(self.rel(path), line, field, message, "warning"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise DigestError(self.errors)
