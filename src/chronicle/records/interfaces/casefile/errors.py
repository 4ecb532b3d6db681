"""The one error a case file raises, naming the JSON path of the problem."""

from __future__ import annotations


class CaseFileError(ValueError):
    """A case file is malformed or inconsistent; nothing was written."""

    def __init__(self, path: str, message: str, file: str = "") -> None:
        self.path = path
        self.message = message
        self.file = file
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file}: " if self.file else ""
        return f"{where}{self.path}: {self.message}"

    def in_file(self, file: str) -> CaseFileError:
        """The same error, naming the file."""
        return CaseFileError(self.path, self.message, file)
