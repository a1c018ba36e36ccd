"""Minisign keys and signatures (Ed25519), compatible with the minisign tool and py-minisign.

Formats (https://jedisct1.github.io/minisign/):
- public key: a comment line, then base64("Ed" + key id (8 bytes) + public key (32 bytes));
- secret key: a comment line, then base64(sig alg "Ed", KDF alg ("Sc" scrypt or two zero bytes), checksum alg
  "B2", salt (32), opslimit (8, LE), memlimit (8, LE), then key id + seed + public key + BLAKE2b-256 checksum,
  XORed with the scrypt stream when encrypted);
- signature: untrusted comment, base64(alg + key id + signature), trusted comment, base64(global signature).
  Algorithm "ED" signs the BLAKE2b-512 hash of the data (minisign's default), legacy "Ed" signs the data itself.
  The global signature covers the signature followed by the trusted comment.

``keygen`` writes an unencrypted secret key unless a password is given (minisign itself reads such keys, as
made by ``minisign -G -W``). Encrypted keys use scrypt with the limits stored in the file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from ipt_desktop.core.errors import IptError, VerificationError

_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "
_KDF_NONE = b"\0\0"
_KDF_SCRYPT = b"Sc"
_PUBLIC_LEN = 2 + 8 + 32
_SECRET_LEN = 2 * 3 + 32 + 8 + 8 + 104
_SIG_LEN = 2 + 8 + 64
# py-minisign's defaults: 32 MB of memory, well under a second; stored in the file, so minisign reads them.
OPSLIMIT = 1_048_576
MEMLIMIT = 33_554_432


class KeyFileError(IptError):
    """A key file cannot be read or does not match."""


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key."""

    key_id: bytes
    key: bytes

    @classmethod
    def from_base64(cls, text: str, where: str = "public key") -> PublicKey:
        """A key from the base64 line of a minisign .pub file; KeyFileError names ``where`` when it is not
        one.
        """
        raw = _b64(text.strip(), _PUBLIC_LEN, where)
        if raw[:2] != b"Ed":
            raise KeyFileError(f"{where}: not an Ed25519 minisign public key")
        return cls(raw[2:10], raw[10:])

    @classmethod
    def parse(cls, text: str, where: str = "public key") -> PublicKey:
        """A public key file's text, or its base64 line alone."""
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        if not lines:
            raise KeyFileError(f"{where}: empty public key")
        if lines[0].startswith(_UNTRUSTED):
            lines = lines[1:]
        if len(lines) != 1:
            raise KeyFileError(f"{where}: not a minisign public key (expected one base64 line)")
        return cls.from_base64(lines[0], where)

    @property
    def id_hex(self) -> str:
        """The key id as minisign prints it (a little-endian 64-bit number in hex)."""
        return f"{int.from_bytes(self.key_id, 'little'):016X}"

    def to_base64(self) -> str:
        """The base64 line of a minisign .pub file."""
        return base64.b64encode(b"Ed" + self.key_id + self.key).decode("ascii")

    def to_file_text(self) -> str:
        """The whole text of a minisign .pub file: comment line and key."""
        return f"{_UNTRUSTED}minisign public key {self.id_hex}\n{self.to_base64()}\n"


@dataclass(frozen=True)
class SecretKey:
    """A decrypted minisign secret key."""

    key_id: bytes
    seed: bytes
    public: bytes

    @property
    def public_key(self) -> PublicKey:
        """The public half, to give to the readers of what this key signs."""
        return PublicKey(self.key_id, self.public)

    def to_file_text(
        self, password: str | None = None, *, opslimit: int = OPSLIMIT, memlimit: int = MEMLIMIT
    ) -> str:
        """The secret key file; encrypted with scrypt when a password is given."""
        keynum = self.key_id + self.seed + self.public
        keynum += _checksum(keynum)
        if password:
            salt = secrets.token_bytes(32)
            keynum = _xor(keynum, _scrypt_stream(password, salt, opslimit, memlimit))
            header = (
                b"Ed"
                + _KDF_SCRYPT
                + b"B2"
                + salt
                + opslimit.to_bytes(8, "little")
                + memlimit.to_bytes(8, "little")
            )
            comment = "minisign encrypted secret key"
        else:
            header = b"Ed" + _KDF_NONE + b"B2" + bytes(32) + bytes(16)
            comment = "minisign secret key"
        return f"{_UNTRUSTED}{comment}\n{base64.b64encode(header + keynum).decode('ascii')}\n"


@dataclass(frozen=True)
class Signature:
    """A parsed .minisig file."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @property
    def key_id_hex(self) -> str:
        """The signing key's id as minisign prints it (16 hex digits)."""
        return f"{int.from_bytes(self.key_id, 'little'):016X}"


def generate() -> SecretKey:
    """A new random key pair."""
    private = ed25519.Ed25519PrivateKey.generate()
    seed = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return SecretKey(secrets.token_bytes(8), seed, public)


def keygen(
    prefix: Path, password: str | None = None, *, overwrite: bool = False
) -> tuple[Path, Path, PublicKey]:
    """Write PREFIX.key (mode 0600) and PREFIX.pub; returns both paths and the public key."""
    key_path, pub_path = Path(f"{prefix}.key"), Path(f"{prefix}.pub")
    for path in (key_path, pub_path):
        if path.exists() and not overwrite:
            raise KeyFileError(f"{path}: already exists; choose another prefix")
    secret = generate()
    try:
        key_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secret.to_file_text(password))
        pub_path.write_text(secret.public_key.to_file_text(), encoding="ascii")
    except OSError as exc:
        raise KeyFileError(f"{key_path}: cannot write key ({exc.strerror or exc})") from None
    return key_path, pub_path, secret.public_key


def parse_secret_key(text: str, password: str | None = None, where: str = "secret key") -> SecretKey:
    """Read a secret key file's text; an encrypted key needs its password."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) < 2 or not lines[0].startswith(_UNTRUSTED):
        raise KeyFileError(f"{where}: not a minisign secret key file")
    raw = _b64(lines[1], _SECRET_LEN, where)
    if raw[:2] != b"Ed" or raw[4:6] != b"B2":
        raise KeyFileError(f"{where}: unsupported minisign secret key algorithm")
    kdf, salt = raw[2:4], raw[6:38]
    opslimit, memlimit = int.from_bytes(raw[38:46], "little"), int.from_bytes(raw[46:54], "little")
    keynum = raw[54:]
    if kdf == _KDF_SCRYPT:
        if not password:
            raise KeyFileError(
                f"{where}: the key is encrypted; set IPT_MINISIGN_PASSWORD or enter its password"
            )
        keynum = _xor(keynum, _scrypt_stream(password, salt, opslimit, memlimit))
    elif kdf != _KDF_NONE:
        raise KeyFileError(f"{where}: unsupported key derivation {kdf!r}")
    if not hmac.compare_digest(_checksum(keynum[:72]), keynum[72:]):
        problem = "wrong password" if kdf == _KDF_SCRYPT else "checksum mismatch (damaged key)"
        raise KeyFileError(f"{where}: {problem}")
    secret = SecretKey(keynum[:8], keynum[8:40], keynum[40:72])
    derived = (
        ed25519.Ed25519PrivateKey.from_private_bytes(secret.seed)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    if derived != secret.public:
        raise KeyFileError(f"{where}: public half does not match the secret key")
    return secret


def load_secret_key(path: Path, password: str | None = None) -> SecretKey:
    """Read a secret key file."""
    return parse_secret_key(_read(path), password, str(path))


def load_public_key(path: Path) -> PublicKey:
    """Read a public key file."""
    return PublicKey.parse(_read(path), str(path))


def sign(
    data: bytes,
    secret: SecretKey,
    *,
    trusted_comment: str | None = None,
    prehash: bool = True,
    untrusted_comment: str = "signature from minisign secret key",
) -> str:
    """A .minisig file's text for data."""
    private = ed25519.Ed25519PrivateKey.from_private_bytes(secret.seed)
    if trusted_comment is None:
        trusted_comment = f"timestamp:{int(time.time())}"
    if "\n" in trusted_comment or "\r" in trusted_comment or "\n" in untrusted_comment:
        raise KeyFileError("a minisign comment must be a single line")
    algorithm = b"ED" if prehash else b"Ed"
    signature = private.sign(_blake2b(data) if prehash else data)
    global_sig = private.sign(signature + trusted_comment.encode("utf-8"))
    line = base64.b64encode(algorithm + secret.key_id + signature).decode("ascii")
    return (
        f"{_UNTRUSTED}{untrusted_comment}\n{line}\n{_TRUSTED}{trusted_comment}\n"
        f"{base64.b64encode(global_sig).decode('ascii')}\n"
    )


def parse_signature(text: str | bytes, where: str = "signature") -> Signature:
    """Parse a .minisig file."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise VerificationError(f"{where}: not a minisign signature (not UTF-8 text)") from None
    lines = [ln.rstrip("\r") for ln in text.split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) != 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
        raise VerificationError(f"{where}: not a minisign signature (expected four lines with comments)")
    raw = _b64(lines[1].strip(), _SIG_LEN, where, VerificationError)
    if raw[:2] not in (b"Ed", b"ED"):
        raise VerificationError(f"{where}: unsupported signature algorithm {raw[:2]!r}")
    global_sig = _b64(lines[3].strip(), 64, where, VerificationError)
    return Signature(raw[:2], raw[2:10], raw[10:], lines[2][len(_TRUSTED) :], global_sig)


def verify(
    data: bytes, signature_text: str | bytes, keys: Iterable[PublicKey], where: str = "signature"
) -> PublicKey:
    """Check data against a signature made by one of ``keys``; returns that key or raises VerificationError."""
    sig = parse_signature(signature_text, where)
    key = next((k for k in keys if hmac.compare_digest(k.key_id, sig.key_id)), None)
    if key is None:
        raise VerificationError(f"{where}: signed by unknown key {sig.key_id_hex}, which is not trusted here")
    public = ed25519.Ed25519PublicKey.from_public_bytes(key.key)
    message = _blake2b(data) if sig.algorithm == b"ED" else data
    try:
        public.verify(sig.signature, message)
    except InvalidSignature:
        raise VerificationError(
            f"{where}: signature does not match the signed file (key {key.id_hex})"
        ) from None
    try:
        public.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise VerificationError(f"{where}: trusted comment signature is invalid (key {key.id_hex})") from None
    return key


def _blake2b(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest()


def _checksum(keynum: bytes) -> bytes:
    return hashlib.blake2b(b"Ed" + keynum[:72], digest_size=32).digest()


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=False))


def _scrypt_stream(password: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    # libsodium's crypto_pwhash_scryptsalsa208sha256 turns (opslimit, memlimit) into (N, r, p) like this.
    opslimit = max(32768, opslimit)
    r, p = 8, 0
    if opslimit < memlimit // 32:
        max_n, p = opslimit // (r * 4), 1
    else:
        max_n = memlimit // (r * 128)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    if not p:
        p = max(1, min(0x3FFFFFFF, (opslimit // 4) // (1 << n_log2)) // r)
    if n_log2 > 20:
        raise KeyFileError("secret key: scrypt parameters are too large")
    n = 1 << n_log2
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=128 * r * (n + p + 2) + 1024 * 1024,
        dklen=104,
    )


def _b64(text: str, length: int, where: str, error: type[IptError] = KeyFileError) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise error(f"{where}: invalid base64") from None
    if len(raw) != length:
        raise error(f"{where}: wrong length ({len(raw)} bytes, expected {length})")
    return raw


def _read(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"{path}: cannot read key ({getattr(exc, 'strerror', None) or exc})") from None
