"""publish: a signed curated feed folder from a Markdown folder."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import feedparser
import pytest

from ipt_desktop.core.errors import PublishError
from ipt_desktop.core.sync import minisign
from ipt_desktop.core.sync.curated import parse_curated_feed, verify_manifest
from ipt_desktop.core.sync.publishing import publish

LIBRARY = Path(__file__).parents[2] / "data" / "library"
BAD = Path(__file__).parents[2] / "data" / "documents" / "bad"


@pytest.fixture
def setup(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(LIBRARY, content)
    key_path, _pub_path, public = minisign.keygen(tmp_path / "signer")
    return content, tmp_path / "out", key_path, public


def test_first_publish(setup):
    content, out, key, public = setup
    now = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
    report = publish(content, out, key, base_url="https://feeds.example/tf/", name="Task Force", now=now)
    assert (report.version, report.documents, report.tombstones) == (1, 5, 0)
    data = (out / "manifest.json").read_bytes()
    manifest = verify_manifest(data, (out / "manifest.json.minisig").read_bytes(), [public], f"{out}/")
    assert manifest.name == "Task Force" and manifest.version == 1
    assert manifest.expires == now + dt.timedelta(days=30)
    assert manifest.files["feed.atom"][1] == (out / "feed.atom").stat().st_size
    entries, removals = parse_curated_feed((out / "feed.atom").read_bytes(), "feed")
    assert len(entries) == 5 and removals == []
    reader = feedparser.parse((out / "feed.atom").read_bytes())  # any feed reader can show it
    assert not reader.bozo and len(reader.entries) == 5 and reader.feed.title == "Task Force"
    assert reader.feed.links[0].href == "https://feeds.example/tf/feed.atom"


def test_version_grows_and_tombstones_are_carried(setup):
    content, out, key, _public = setup
    publish(content, out, key, name="TF")
    (content / "story-test-buses.md").unlink()
    second = publish(content, out, key)
    assert (second.version, second.name, second.documents, second.tombstones) == (2, "TF", 4, 1)
    third = publish(content, out, key)
    assert (third.version, third.tombstones) == (3, 1)
    _entries, removals = parse_curated_feed((out / "feed.atom").read_bytes(), "feed")
    assert removals == ["story-test-buses"]
    shutil.copy(LIBRARY / "story-test-buses.md", content)
    fourth = publish(content, out, key)
    assert (fourth.version, fourth.tombstones, fourth.documents) == (4, 0, 5)


def test_invalid_document_publishes_nothing(setup):
    content, out, key, _public = setup
    shutil.copy(BAD / "unknown-type.md", content)
    with pytest.raises(PublishError, match=r"unknown-type\.md: key 'type'.*nothing was published"):
        publish(content, out, key)
    assert not out.exists()


def test_duplicate_ids_are_refused(setup):
    content, out, key, _public = setup
    (content / "sub").mkdir()
    shutil.copy(LIBRARY / "story-test-buses.md", content / "sub" / "copy.md")
    with pytest.raises(PublishError, match="'story-test-buses' is also used"):
        publish(content, out, key)


def test_expires_option_and_encrypted_key(setup, tmp_path):
    content, out, _key, _public = setup
    secret = minisign.generate()
    enc = tmp_path / "enc.key"
    enc.write_text(secret.to_file_text("pw"))
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    report = publish(content, out, enc, expires_days=7, password="pw", now=now)
    assert report.expires == "2026-01-08T00:00:00Z"
    assert json.loads((out / "manifest.json").read_text())["expires"] == "2026-01-08T00:00:00Z"
    with pytest.raises(minisign.KeyFileError, match="encrypted"):
        publish(content, out, enc)
