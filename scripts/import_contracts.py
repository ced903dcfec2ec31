"""A layer contract import-linter cannot express by itself: no imports from certain
*submodules* of an external package (the store may use QtCore, never QtWidgets or
QtGui). import-linter's graph records external packages only as a whole, so this
contract reads the import lines it recorded and checks the dotted names in them.
"""

from __future__ import annotations

import re
from typing import Any

from importlinter import Contract, ContractCheck, fields, output

_FROM = re.compile(r"^\s*from\s+([\w.]+)\s+import\s+\(?([\w\s,]+)")
_IMPORT = re.compile(r"^\s*import\s+([\w.,\s]+)")


def imported_names(line: str) -> list[str]:
    """The dotted names an import line brings in (``from a import b`` gives a.b)."""
    if match := _FROM.match(line):
        base = match.group(1)
        names = [n.strip().split(" ")[0] for n in match.group(2).split(",") if n.strip()]
        return [base] + [f"{base}.{name}" for name in names]
    if match := _IMPORT.match(line):
        return [n.strip().split(" ")[0] for n in match.group(1).split(",") if n.strip()]
    return []


class ForbiddenSubmodulesContract(Contract):
    source_modules = fields.ListField(subfield=fields.StringField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: Any, verbose: bool) -> ContractCheck:
        forbidden = [str(m) for m in self.forbidden_modules]  # type: ignore[attr-defined]
        found: set[tuple[str, int, str]] = set()
        for source in self.source_modules:  # type: ignore[attr-defined]
            modules = {str(source)} | graph.find_descendants(str(source))
            for module in sorted(modules):
                for imported in graph.find_modules_directly_imported_by(module):
                    for detail in graph.get_import_details(importer=module, imported=imported):
                        line = detail["line_contents"]
                        for name in imported_names(line):
                            if any(name == f or name.startswith(f + ".") for f in forbidden):
                                found.add((module, detail["line_number"], line))
        return ContractCheck(kept=not found, metadata={"found": sorted(found)})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for module, line_number, line in check.metadata["found"]:
            output.print_error(f"{module}:{line_number}: {line.strip()}")
