"""Curated feeds over HTTP: the signed-feed matrix. Every refused case applies nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from benchmarks.bench_sync import LoopbackServer, Route
from ipt_desktop.core.library import Library
from ipt_desktop.core.sync import minisign
from ipt_desktop.core.sync.pipeline import sync
from ipt_desktop.core.sync.publishing import publish
from ipt_desktop.core.sync.sources import SourceStore

LIBRARY = Path(__file__).parents[2] / "data" / "library"
NAME = "Task Force"


class Site:
    """A publisher: content folder, keys, the published folder, and a server that serves it live."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.content = tmp / "content"
        shutil.copytree(LIBRARY, self.content)
        self.out = tmp / "site"
        self.keys = {label: minisign.keygen(tmp / label)[0] for label in ("main", "backup", "stranger")}
        self.server = LoopbackServer()
        for name in ("manifest.json", "manifest.json.minisig", "feed.atom"):
            self.server.routes[f"/tf/{name}"] = self._serve(name)

    def _serve(self, name: str):
        def handler(h):
            self.server.respond(h, Route((self.out / name).read_bytes()))

        return handler

    @property
    def url(self) -> str:
        return self.server.url("/tf/")

    def public(self, label: str) -> minisign.PublicKey:
        return minisign.load_secret_key(self.keys[label]).public_key

    def publish(self, key: str = "main", **kwargs):
        return publish(self.content, self.out, self.keys[key], name=NAME, **kwargs)

    def snapshot(self, name: str) -> bytes:
        return (self.out / name).read_bytes()

    def write(self, name: str, data: bytes) -> None:
        (self.out / name).write_bytes(data)


@pytest.fixture
def site(tmp_path: Path):
    s = Site(tmp_path)
    yield s
    s.server.close()


def _open(tmp: Path) -> Library:
    library = Library(tmp / "data", bundled_dir=tmp / "none", seed_dir=tmp / "no-seed")
    library.ensure_ready()
    return library


@pytest.fixture
def lib(tmp_path: Path):
    library = _open(tmp_path)
    yield library
    library.close()


def _pin(lib, site, *labels):
    SourceStore(lib.content.conn).add(site.url, NAME, [site.public(label) for label in labels])


def _state(lib) -> tuple:
    conn = lib.content.conn
    return (
        lib.content.hashes(),
        conn.execute("SELECT * FROM feed_versions").fetchall(),
        conn.execute("SELECT count(*) FROM changes").fetchone()[0],
        lib.index.doc_count(),
    )


def _refused(lib, match: str) -> None:
    before = _state(lib)
    report = sync(lib, force=True)
    assert not report.is_ok, report
    error = report.failures[0].error
    assert match in error and error.startswith("http://127.0.0.1") and "\n" not in error, error
    assert _state(lib) == before


def test_valid_feed_is_applied_with_its_version(site, lib):
    site.publish()
    _pin(lib, site, "main")
    report = sync(lib)
    assert report.is_ok and len(report.changes.added) == 5
    assert lib.index.doc_count() == 5
    assert [tuple(r) for r in lib.content.conn.execute("SELECT name, version FROM feed_versions")] == [
        (NAME, 1)
    ]
    assert SourceStore(lib.content.conn).get(NAME).version == 1
    assert lib.content.origins(["story-test-buses"]) == {"story-test-buses": NAME}
    again = sync(lib, force=True)
    assert again.results[0].status == "unchanged" and again.is_ok


def test_signature_by_the_right_key_over_other_data_is_refused(site, lib):
    site.publish()
    _pin(lib, site, "main")
    secret = minisign.load_secret_key(site.keys["main"])
    site.write("manifest.json.minisig", minisign.sign(b"{}", secret).encode())
    _refused(lib, "signature does not match")


@pytest.mark.parametrize(
    "target, offset, match",
    [
        ("manifest.json", 30, "signature does not match"),
        ("feed.atom", 400, "sha256 differs"),
        ("manifest.json.minisig", 100, "manifest.json.minisig"),
    ],
)
def test_flipped_bits_are_refused(site, lib, target, offset, match):
    site.publish()
    _pin(lib, site, "main")
    data = bytearray(site.snapshot(target))
    if target == "manifest.json.minisig":
        offset = len(data.splitlines()[0]) + 10  # inside the signature's base64
        data[offset] = ord("A") if data[offset] != ord("A") else ord("B")
    else:
        data[offset] ^= 0x01
    site.write(target, bytes(data))
    _refused(lib, match)


def test_unknown_key_is_refused_and_backup_key_accepted(site, lib, tmp_path):
    site.publish(key="stranger")
    _pin(lib, site, "main", "backup")
    _refused(lib, "unknown key")
    site.publish(key="backup")
    assert sync(lib, force=True).is_ok and lib.content.count() == 5


def test_rollback_and_replay_after_restart_are_refused(site, tmp_path):
    site.publish()
    v1 = {n: site.snapshot(n) for n in ("manifest.json", "manifest.json.minisig", "feed.atom")}
    (site.content / "story-test-buses.md").write_text(
        (site.content / "story-test-buses.md").read_text().replace("depot.", "depot, revised.")
    )
    site.publish()
    lib = _open(tmp_path)
    _pin(lib, site, "main")
    assert len(sync(lib).changes.added) == 5
    lib.close()
    lib = _open(tmp_path)  # a restart must not forget the accepted version
    try:
        for name, data in v1.items():
            site.write(name, data)
        _refused(lib, "version 1 is not newer than the accepted version 2")
    finally:
        lib.close()


def test_same_version_with_other_content_is_refused(site, lib):
    site.publish()
    _pin(lib, site, "main")
    sync(lib)
    manifest = json.loads(site.snapshot("manifest.json"))
    manifest["expires"] = "2099-01-01T00:00:00Z"
    data = json.dumps(manifest).encode()
    site.write("manifest.json", data)
    site.write(
        "manifest.json.minisig", minisign.sign(data, minisign.load_secret_key(site.keys["main"])).encode()
    )
    _refused(lib, "rollback or replay")


def test_expired_feed_is_refused(site, lib):
    site.publish(now=dt.datetime.now(dt.UTC) - dt.timedelta(days=31))
    _pin(lib, site, "main")
    _refused(lib, "expired on")


@pytest.mark.parametrize(
    "change, match",
    [
        (lambda data: data.replace(b"depot", b"DEPOT"), "sha256 differs"),
        (lambda data: data + b"\n<!-- extra -->", "bytes"),
        (lambda data: data[:-10], "length"),
    ],
)
def test_hash_and_length_mismatch_are_refused(site, lib, change, match):
    site.publish()
    _pin(lib, site, "main")
    site.write("feed.atom", change(site.snapshot("feed.atom")))
    _refused(lib, match)


def test_invalid_document_refuses_the_whole_update(site, lib):
    site.publish()
    _pin(lib, site, "main")
    sync(lib)
    (site.content / "broken.md").write_text(
        (site.content / "story-test-buses.md").read_text().replace("story-test-buses", "broken-doc")
    )
    site.publish()
    feed = site.snapshot("feed.atom").replace(
        b"type: success-story\nsummary: A fictional", b"type: rumour\nsummary: A fictional", 1
    )
    site.write("feed.atom", feed)
    manifest = json.loads(site.snapshot("manifest.json"))
    manifest["files"]["feed.atom"] = {"sha256": hashlib.sha256(feed).hexdigest(), "length": len(feed)}
    data = json.dumps(manifest).encode()
    site.write("manifest.json", data)
    site.write(
        "manifest.json.minisig", minisign.sign(data, minisign.load_secret_key(site.keys["main"])).encode()
    )
    _refused(lib, "key 'type'")


def test_tombstones_remove_documents(site, lib):
    site.publish()
    _pin(lib, site, "main")
    sync(lib)
    (site.content / "story-test-buses.md").unlink()
    site.publish()
    report = sync(lib, force=True)
    assert report.changes.removed == ("story-test-buses",) and lib.content.count() == 4
    assert lib.index.doc_count() == 4
    assert [e.action for e in lib.content.recent_changes(1)] == ["removed"]


def test_tombstone_never_removes_another_origins_document(site, lib):
    from ipt_desktop.core.content.documents import load_document

    lib.import_markdown([load_document(LIBRARY / "glossary-test-pcp.md")], "import")
    site.publish()
    (site.content / "glossary-test-pcp.md").unlink()
    site.publish()
    assert b'ref="urn:ipt:doc:glossary-test-pcp"' in site.snapshot("feed.atom")
    _pin(lib, site, "main")
    report = sync(lib)
    assert (
        report.is_ok
        and report.changes.removed == ()
        and lib.content.origins(["glossary-test-pcp"]) == {"glossary-test-pcp": "import"}
    )


def test_feed_may_not_replace_another_origins_document(site, lib):
    from ipt_desktop.core.content.documents import load_document

    lib.import_markdown([load_document(LIBRARY / "glossary-test-pcp.md")], "import")
    site.publish()
    _pin(lib, site, "main")
    _refused(lib, "already belongs to 'import' documents")


def _serve_advice(site) -> None:
    site.server.routes["/tf/advice/thresholds.yaml"] = site._serve("advice/thresholds.yaml")


def test_a_feed_carries_newer_threshold_data_that_the_checker_then_uses(site, lib):
    import yaml

    from ipt_desktop.core.advice.aids import DecisionAids
    from ipt_desktop.core.resources import resource_path

    bundled = yaml.safe_load(resource_path("thresholds.yaml").read_text(encoding="utf-8"))
    newer = {**bundled, "version": bundled["version"] + 1}
    (site.content / "advice").mkdir()
    (site.content / "advice" / "thresholds.yaml").write_text(yaml.safe_dump(newer), encoding="utf-8")
    site.publish()
    _serve_advice(site)
    manifest = json.loads(site.snapshot("manifest.json"))
    assert "advice/thresholds.yaml" in manifest["files"]  # signed like the feed
    _pin(lib, site, "main")
    assert sync(lib).is_ok
    stored = lib.data_dir / "advice" / "thresholds.yaml"
    assert stored.read_bytes() == (site.content / "advice" / "thresholds.yaml").read_bytes()
    assert DecisionAids(lib.data_dir).thresholds().version == bundled["version"] + 1


def test_bad_threshold_data_in_a_feed_refuses_the_whole_update(site, lib):
    import yaml

    from ipt_desktop.core.resources import resource_path

    bundled = yaml.safe_load(resource_path("thresholds.yaml").read_text(encoding="utf-8"))
    (site.content / "advice").mkdir()
    (site.content / "advice" / "thresholds.yaml").write_text(yaml.safe_dump(bundled), encoding="utf-8")
    site.publish()
    _serve_advice(site)
    # The publisher's file is replaced after signing: a good hash check refuses it first; so sign a bad file.
    (site.content / "advice" / "thresholds.yaml").write_text("version: 0\nperiods: []\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"advice/thresholds\.yaml: key 'version'"):
        site.publish()
    # A signed feed whose data file changed afterwards is refused by its hash, and nothing is applied.
    site.write("advice/thresholds.yaml", b"version: 99\n")
    _pin(lib, site, "main")
    _refused(lib, "advice/thresholds.yaml")
    assert not (lib.data_dir / "advice" / "thresholds.yaml").exists()
