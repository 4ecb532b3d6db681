"""The Chronicle case file: a versioned JSON document holding records and the passages behind them.

See docs/casefile.md for the format. `import_casefile` loads one transactionally and idempotently;
`export_casefile` writes the whole database in the same format.
"""

from chronicle.records.interfaces.casefile.errors import CaseFileError
from chronicle.records.interfaces.casefile.reader import ImportSummary, import_casefile, load_casefile
from chronicle.records.interfaces.casefile.writer import export_casefile

FORMAT = "chronicle-casefile"
VERSION = 1

__all__ = ["FORMAT", "VERSION", "CaseFileError", "ImportSummary", "export_casefile", "import_casefile", "load_casefile"]
