"""Offline content packs: a published curated-feed folder, or a .zip of it, imported from disk or USB stick.

A pack is verified exactly like a download (see curated.py): signature with a trusted key, expiry, version
newer than the accepted one, sha256 and length of every listed file present. The key comes from
``--public-key FILE``, else from the pinned keys of the configured source whose name equals the manifest's
``name``. A zip is read in memory with guards: no absolute paths or ``..``, no symlinks, caps on the entry
count, on each file and on the total. A pack may hold the files at its root or inside one top-level folder.
"""

from __future__ import annotations

import json
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ipt_desktop.core.content.decision_data import write_decision_files
from ipt_desktop.core.content.store import Changes, ImportReport
from ipt_desktop.core.errors import VerificationError
from ipt_desktop.core.sync import curated
from ipt_desktop.core.sync.minisign import PublicKey, load_public_key
from ipt_desktop.core.sync.pipeline import commit
from ipt_desktop.core.sync.sources import SourceStore

if TYPE_CHECKING:  # the facade calls this module; only its type is named here
    from ipt_desktop.core.library import Library

MAX_ENTRIES = 10_000
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class PackReader:
    """Reads named files of a pack folder or zip, with the size caps."""

    def __init__(
        self,
        path: Path,
        *,
        max_entries: int = MAX_ENTRIES,
        max_file: int = MAX_FILE_BYTES,
        max_total: int = MAX_TOTAL_BYTES,
    ) -> None:
        self.path = path
        self.max_file, self.max_total = max_file, max_total
        self.total = 0
        self._zip: zipfile.ZipFile | None = None
        self._members: dict[str, zipfile.ZipInfo] = {}
        if path.suffix.lower() == ".zip":
            self._open_zip(max_entries)
        elif not (path / curated.MANIFEST).is_file():
            raise VerificationError(f"{path}: not a content pack (no {curated.MANIFEST})")

    @property
    def where(self) -> str:
        """How error messages name the pack."""
        return f"{self.path}/"

    def close(self) -> None:
        """Close the zip file, if the pack is one."""
        if self._zip is not None:
            self._zip.close()

    def _open_zip(self, max_entries: int) -> None:
        try:
            self._zip = zipfile.ZipFile(self.path)
            infos = self._zip.infolist()
        except (OSError, zipfile.BadZipFile) as exc:
            raise VerificationError(f"{self.path}: not a readable zip file ({exc})") from None
        if len(infos) > max_entries:
            raise VerificationError(f"{self.path}: {len(infos)} entries, over the limit of {max_entries}")
        total = 0
        for info in infos:
            _check_member(self.path, info, self.max_file)
            total += info.file_size
            if not info.is_dir():
                self._members[info.filename] = info
        if total > self.max_total:
            raise VerificationError(
                f"{self.path}: {total} bytes once unpacked, over the limit of {self.max_total}"
            )
        if curated.MANIFEST not in self._members:
            tops = {name.split("/", 1)[0] for name in self._members}
            prefix = f"{tops.pop()}/" if len(tops) == 1 else ""
            if not prefix or f"{prefix}{curated.MANIFEST}" not in self._members:
                raise VerificationError(
                    f"{self.path}: not a content pack (no {curated.MANIFEST} at its root)"
                )
            self._members = {
                name[len(prefix) :]: info for name, info in self._members.items() if name.startswith(prefix)
            }

    def has(self, name: str) -> bool:
        """True when the pack holds a file of this name."""
        if self._zip is not None:
            return name in self._members
        return (self.path / name).is_file()

    def read(self, name: str, cap: int | None = None) -> bytes:
        """A file's bytes; VerificationError when missing, unsafe or over a cap."""
        cap = min(cap or self.max_file, self.max_file)
        data = self._read_zip(name, cap) if self._zip is not None else self._read_folder(name, cap)
        self.total += len(data)
        if self.total > self.max_total:
            raise VerificationError(f"{self.path}: pack is over the limit of {self.max_total} bytes")
        return data

    def _read_zip(self, name: str, cap: int) -> bytes:
        info = self._members.get(name)
        if info is None:
            raise VerificationError(f"{self.where}{name}: missing from the pack")
        with self._zip.open(info) as handle:  # the stored size may lie: read at most cap + 1 bytes
            data = handle.read(cap + 1)
        if len(data) > cap:
            raise VerificationError(f"{self.where}{name}: larger than the {cap} bytes allowed")
        return data

    def _read_folder(self, name: str, cap: int) -> bytes:
        target = self.path / name
        try:
            if target.is_symlink() or not target.resolve().is_relative_to(self.path.resolve()):
                raise VerificationError(f"{target}: symbolic links are not allowed in a pack")
            if target.stat().st_size > cap:
                raise VerificationError(f"{target}: larger than the {cap} bytes allowed")
            return target.read_bytes()
        except FileNotFoundError:
            raise VerificationError(f"{target}: missing from the pack") from None
        except OSError as exc:
            raise VerificationError(f"{target}: cannot read ({exc.strerror or exc})") from None


def _check_member(path: Path, info: zipfile.ZipInfo, max_file: int) -> None:
    name = info.filename
    parts = PurePosixPath(name).parts
    if name.startswith(("/", "\\")) or "\\" in name or (parts and ":" in parts[0]) or ".." in parts:
        raise VerificationError(f"{path}: entry {name!r} has an absolute or parent path; refused")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise VerificationError(f"{path}: entry {name!r} is a symbolic link; refused")
    if info.file_size > max_file:
        raise VerificationError(
            f"{path}: entry {name!r} is {info.file_size} bytes, over the limit of {max_file}"
        )


def pack_keys(
    library: Library, manifest_bytes: bytes, public_key_path: Path | None, where: str
) -> list[PublicKey]:
    """The key from --public-key, else the pinned keys of the source named like the manifest."""
    if public_key_path is not None:
        return [load_public_key(public_key_path)]
    try:
        name = json.loads(manifest_bytes.decode("utf-8")).get("name")  # unverified: only picks the keys
    except (UnicodeDecodeError, ValueError, AttributeError):
        name = None
    if not isinstance(name, str):
        raise VerificationError(
            f"{where}{curated.MANIFEST}: no 'name'; give the publisher's key with --public-key"
        )
    sources = [r for r in SourceStore(library.content.conn).list() if r.name == name and r.public_keys]
    if not sources:
        raise VerificationError(
            f"{where}: no trusted key for {name!r}; give the publisher's key with --public-key "
            "or add that source with its key"
        )
    return sources[0].keys


def import_pack(
    library: Library,
    path: Path,
    public_key_path: Path | None = None,
    reader_factory: Callable[[Path], PackReader] = PackReader,
) -> ImportReport:
    """Verify and import a signed content pack; nothing is applied if any check fails."""
    path = Path(path)
    if not path.exists():
        raise VerificationError(f"{path}: no such file or folder")
    reader = reader_factory(path)
    try:
        where = reader.where
        manifest_bytes = reader.read(curated.MANIFEST, curated.MANIFEST_CAP)
        signature = reader.read(curated.SIGNATURE, curated.SIGNATURE_CAP)
        keys = pack_keys(library, manifest_bytes, public_key_path, where)
        manifest = curated.verify_manifest(manifest_bytes, signature, keys, where)
        for name, (_digest, length) in manifest.files.items():
            if name != curated.FEED and reader.has(name):
                curated.check_file(manifest, name, reader.read(name, length), where)
        source_sql = (
            "UPDATE sources SET version = ? WHERE name = ? AND kind = 'curated'",
            (manifest.version, manifest.name),
        )
        update = curated.build_update(
            library.content.conn,
            manifest,
            lambda name: reader.read(name, manifest.files[name][1]),
            where,
            [source_sql],
        )
    finally:
        reader.close()
    if not update.is_new:
        return ImportReport(Changes(origin=manifest.name), (), 0)
    try:
        changes = commit(
            library, update.documents, update.removals, manifest.name, update.extra_sql, update.recheck
        )
    except curated.AppliedMeanwhile as exc:
        if not exc.same:
            raise
        return ImportReport(Changes(origin=manifest.name), (), 0)  # another process applied this very pack
    write_decision_files(library.data_dir, update.data_files)
    return ImportReport(changes, (), len(update.documents))
