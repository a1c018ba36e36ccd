"""The decision aids' data files as content a curated feed may carry: ``advice/thresholds.yaml`` and
``advice/procedure_chooser.yaml`` beside ``feed.atom``, listed in the signed manifest like it.

They are parsed with the content format's safe YAML loader (no aliases, bounded nesting and size), validated
as the bundled files are (``core/advice``), and, once the feed's documents are applied, written into the data
directory's ``advice/`` folder, where the decision aids use a copy whose ``version`` is higher than the
bundled one's.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ipt_desktop.core.advice.aids import ADVICE_DIR
from ipt_desktop.core.advice.chooser_tree import tree_from_data
from ipt_desktop.core.advice.thresholds import table_from_data
from ipt_desktop.core.content.taxonomy import safe_load
from ipt_desktop.core.errors import ContentError, StorageError

# Feed path → the check that its text is a valid file of that kind.
DECISION_FILES = {
    f"{ADVICE_DIR}/thresholds.yaml": table_from_data,
    f"{ADVICE_DIR}/procedure_chooser.yaml": tree_from_data,
}


def check_decision_file(path: str, data: bytes, where: str) -> None:
    """Refuse, naming the file and key, a decision-aid file that is not valid UTF-8 YAML of its kind."""
    import yaml

    name = f"{where}{path}"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{name}: not UTF-8 (byte {exc.start})") from None
    try:
        parsed = safe_load(text)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ContentError(f"{name}: {problem}") from None
    DECISION_FILES[path](parsed, Path(name))


def write_decision_files(data_dir: Path, files: dict[str, bytes]) -> list[str]:
    """Write checked decision-aid files into ``data_dir``'s advice folder, each replaced whole; the paths."""
    written = []
    for path, data in files.items():
        target = Path(data_dir) / path
        temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(data)
            os.replace(temp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise StorageError(
                f"{target}: cannot write the decision-aid data ({exc.strerror or exc})"
            ) from None
        written.append(str(target))
    return written
