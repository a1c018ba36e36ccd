"""Offline content packs (folder or .zip): verified like a download, with zip safety guards."""

from __future__ import annotations

import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from ipt_desktop.core.errors import VerificationError
from ipt_desktop.core.sync import minisign
from ipt_desktop.core.sync.packs import PackReader, import_pack
from ipt_desktop.core.sync.publishing import publish
from ipt_desktop.core.sync.sources import SourceStore

LIBRARY = Path(__file__).parents[2] / "data" / "library"
FILES = ("manifest.json", "manifest.json.minisig", "feed.atom")


@pytest.fixture
def pack(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(LIBRARY, content)
    key, pub, _public = minisign.keygen(tmp_path / "signer")
    publish(content, tmp_path / "pack", key, name="Task Force")
    return tmp_path / "pack", pub, content, key


def _zip(folder: Path, target: Path, prefix: str = "", extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for name in FILES:
            archive.write(folder / name, prefix + name)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return target


def test_folder_pack_with_public_key(pack, lib):
    folder, pub, _content, _key = pack
    report = import_pack(lib, folder, pub)
    assert len(report.changes.added) == 5 and report.accepted == 5 and lib.index.doc_count() == 5
    again = import_pack(lib, folder, pub)
    assert again.changes.is_empty


@pytest.mark.parametrize("prefix", ["", "task-force-pack/"])
def test_zip_pack(pack, lib, tmp_path, prefix):
    folder, pub, _content, _key = pack
    report = import_pack(lib, _zip(folder, tmp_path / "pack.zip", prefix), pub)
    assert len(report.changes.added) == 5


def test_key_of_the_configured_source_is_used(pack, lib):
    folder, pub, _content, _key = pack
    with pytest.raises(VerificationError, match="no trusted key for 'Task Force'"):
        import_pack(lib, folder)
    SourceStore(lib.content.conn).add(
        "https://feeds.example/tf/", "Task Force", [minisign.load_public_key(pub)]
    )
    assert len(import_pack(lib, folder).changes.added) == 5
    assert SourceStore(lib.content.conn).get("Task Force").version == 1


def test_pack_and_download_share_one_version_history(pack, lib, tmp_path):
    folder, pub, content, key = pack
    old = tmp_path / "old"
    shutil.copytree(folder, old)
    publish(content, folder, key)
    import_pack(lib, folder, pub)
    before = lib.content.hashes()
    with pytest.raises(VerificationError, match="version 1 is not newer than the accepted version 2"):
        import_pack(lib, old, pub)
    assert lib.content.hashes() == before


def test_wrong_key_and_tampered_pack_apply_nothing(pack, lib, tmp_path):
    folder, _pub, _content, _key = pack
    _k, other_pub, _p = minisign.keygen(tmp_path / "other")
    with pytest.raises(VerificationError, match="unknown key"):
        import_pack(lib, folder, other_pub)
    feed = folder / "feed.atom"
    feed.write_bytes(feed.read_bytes().replace(b"depot", b"DEPOT"))
    with pytest.raises(VerificationError, match="sha256 differs"):
        import_pack(lib, folder, _pub)
    assert lib.content.count() == 0


@pytest.mark.parametrize(
    "name, match",
    [
        ("../evil.md", "parent path"),
        ("/abs/evil.md", "absolute"),
        ("C:/evil.md", "absolute"),
        ("a\\..\\evil.md", "absolute"),
    ],
)
def test_zip_paths_are_guarded(pack, lib, tmp_path, name, match):
    folder, pub, _content, _key = pack
    target = _zip(folder, tmp_path / "bad.zip", extra={name: b"x"})
    with pytest.raises(VerificationError, match=match):
        import_pack(lib, target, pub)
    assert lib.content.count() == 0


def test_zip_symlink_is_refused(pack, lib, tmp_path):
    folder, pub, _content, _key = pack
    target = _zip(folder, tmp_path / "link.zip")
    with zipfile.ZipFile(target, "a") as archive:
        info = zipfile.ZipInfo("link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(VerificationError, match="symbolic link"):
        import_pack(lib, target, pub)


def test_folder_symlink_is_refused(pack, lib, tmp_path):
    folder, pub, _content, _key = pack
    real = tmp_path / "elsewhere.atom"
    shutil.move(folder / "feed.atom", real)
    os.symlink(real, folder / "feed.atom")
    with pytest.raises(VerificationError, match="symbolic links"):
        import_pack(lib, folder, pub)


def test_zip_caps(pack, lib, tmp_path):
    folder, pub, _content, _key = pack
    many = _zip(folder, tmp_path / "many.zip", extra={f"f{n}.txt": b"" for n in range(20)})
    with pytest.raises(VerificationError, match="entries, over the limit of 10"):
        import_pack(lib, many, pub, reader_factory=lambda p: PackReader(p, max_entries=10))
    big = _zip(folder, tmp_path / "big.zip", extra={"big.bin": b"\0" * 100_000})
    with pytest.raises(VerificationError, match="over the limit of 50000"):
        import_pack(lib, big, pub, reader_factory=lambda p: PackReader(p, max_file=50_000))
    with pytest.raises(VerificationError, match="once unpacked, over the limit of 60000"):
        import_pack(lib, big, pub, reader_factory=lambda p: PackReader(p, max_total=60_000))
    assert lib.content.count() == 0


def test_not_a_pack(lib, tmp_path):
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(VerificationError, match="not a readable zip"):
        import_pack(lib, tmp_path / "junk.zip")
