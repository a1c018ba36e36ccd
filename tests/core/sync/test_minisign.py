"""Minisign keys and signatures, including interoperability with py-minisign when it is installed."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from ipt_desktop.core.errors import VerificationError
from ipt_desktop.core.sync import minisign as m


@pytest.fixture(scope="module")
def secret() -> m.SecretKey:
    return m.generate()


@pytest.mark.parametrize("prehash", [True, False])
def test_sign_and_verify(secret, prehash):
    text = m.sign(b"manifest", secret, prehash=prehash, trusted_comment="timestamp:1\tfile:manifest.json")
    assert m.parse_signature(text).algorithm == (b"ED" if prehash else b"Ed")
    assert m.verify(b"manifest", text, [secret.public_key]) == secret.public_key


def test_tampered_data_comment_or_signature_is_refused(secret):
    text = m.sign(b"manifest", secret)
    with pytest.raises(VerificationError, match="does not match"):
        m.verify(b"manifesT", text, [secret.public_key])
    lines = text.splitlines()
    forged = "\n".join([lines[0], lines[1], "trusted comment: something else", lines[3]])
    with pytest.raises(VerificationError, match="trusted comment"):
        m.verify(b"manifest", forged, [secret.public_key])
    raw = bytearray(base64.b64decode(lines[1]))
    raw[20] ^= 1
    flipped = "\n".join([lines[0], base64.b64encode(bytes(raw)).decode(), lines[2], lines[3]])
    with pytest.raises(VerificationError):
        m.verify(b"manifest", flipped, [secret.public_key])
    with pytest.raises(VerificationError, match="not a minisign signature"):
        m.verify(b"manifest", "garbage", [secret.public_key])


def test_unknown_key_is_refused_and_backup_key_accepted(secret):
    other = m.generate()
    text = m.sign(b"data", secret)
    with pytest.raises(VerificationError, match="unknown key"):
        m.verify(b"data", text, [other.public_key])
    assert m.verify(b"data", text, [other.public_key, secret.public_key]) == secret.public_key


def test_key_files_round_trip(tmp_path: Path):
    key_path, pub_path, public = m.keygen(tmp_path / "signer")
    assert oct(key_path.stat().st_mode & 0o777) == "0o600"
    assert pub_path.read_text().startswith(f"untrusted comment: minisign public key {public.id_hex}\n")
    secret = m.load_secret_key(key_path)
    assert m.load_public_key(pub_path) == public == secret.public_key
    with pytest.raises(m.KeyFileError, match="already exists"):
        m.keygen(tmp_path / "signer")


def test_encrypted_key(tmp_path: Path, secret):
    path = tmp_path / "enc.key"
    path.write_text(secret.to_file_text("correct horse"))
    assert m.load_secret_key(path, "correct horse") == secret
    with pytest.raises(m.KeyFileError, match="wrong password"):
        m.load_secret_key(path, "wrong")
    with pytest.raises(m.KeyFileError, match="encrypted"):
        m.load_secret_key(path)


def test_damaged_key_is_refused(secret):
    text = secret.to_file_text()
    lines = text.splitlines()
    raw = bytearray(base64.b64decode(lines[1]))
    raw[-40] ^= 1
    damaged = lines[0] + "\n" + base64.b64encode(bytes(raw)).decode()
    with pytest.raises(m.KeyFileError, match="checksum"):
        m.parse_secret_key(damaged)


def test_interoperates_with_py_minisign(secret):
    pm = pytest.importorskip("minisign")
    theirs = pm.KeyPair.generate()
    theirs.secret_key.encrypt("pw")
    ours_of_theirs = m.parse_secret_key(bytes(theirs.secret_key).decode(), "pw")
    their_public = m.PublicKey.parse(bytes(theirs.public_key).decode())
    theirs.secret_key.decrypt("pw")
    for prehash in (True, False):
        their_sig = bytes(theirs.secret_key.sign(b"payload", prehash=prehash)).decode()
        assert m.verify(b"payload", their_sig, [their_public]) == their_public
    pm.PublicKey.from_base64(secret.public_key.to_base64()).verify(
        b"payload", pm.Signature.from_bytes(m.sign(b"payload", secret).encode())
    )
    assert ours_of_theirs.public_key == their_public
    reloaded = pm.SecretKey.from_bytes(secret.to_file_text("pw").encode())
    reloaded.decrypt("pw")
    assert bytes(reloaded.get_public_key()).splitlines()[1].decode() == secret.public_key.to_base64()
