"""Importing studygen's outputs into a real Anki collection, as Anki's own import dialog does."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def import_apkg(col: Any, path: Path) -> Any:
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    # Default options, as in Anki's import dialog: update notes and note types only "if newer".
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def import_tsv(col: Any, path: Path) -> Any:
    from anki.collection import ImportCsvRequest

    metadata = col.get_csv_metadata(str(path), None)  # everything comes from the file's headers
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log
