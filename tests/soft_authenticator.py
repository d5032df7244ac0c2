"""A software WebAuthn authenticator for tests: EC P-256 keys from ``cryptography``,
attestation "none", and assertions whose every field a test can spoil (origin, RP ID,
challenge, counter, flags, signature)."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import struct
from dataclasses import dataclass, field
from typing import Any

import cbor2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

FLAG_UP, FLAG_UV, FLAG_AT = 0x01, 0x04, 0x40


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Credential:
    credential_id: bytes
    key: ec.EllipticCurvePrivateKey
    rp_id: str
    user_handle: bytes
    counter: int = 0

    def cose_key(self) -> bytes:
        numbers = self.key.public_key().public_numbers()
        return cbor2.dumps(
            {
                1: 2,  # kty: EC2
                3: -7,  # alg: ES256
                -1: 1,  # crv: P-256
                -2: numbers.x.to_bytes(32, "big"),
                -3: numbers.y.to_bytes(32, "big"),
            }
        )


@dataclass
class SoftAuthenticator:
    origin: str = "http://localhost:8000"
    counting: bool = True  # False: always reports 0, as many platform passkeys do
    credentials: list[Credential] = field(default_factory=list)

    def _client_data(
        self,
        kind: str,
        challenge: str,
        origin: str | None,
        extra: dict[str, Any] | None = None,
    ) -> bytes:
        return json.dumps(
            {
                "type": kind,
                "challenge": challenge,
                "origin": origin or self.origin,
                **(extra or {}),
            },
            separators=(",", ":"),
        ).encode()

    def create(
        self,
        options_json: str,
        *,
        origin: str | None = None,
        rp_id: str | None = None,
        flags: int = FLAG_UP | FLAG_UV,
        credential_id: bytes | None = None,
        named_id: bytes | None = None,
        client_data: dict[str, Any] | None = None,
        counter: int = 0,
    ) -> str:
        """The JSON of ``navigator.credentials.create(options)``'s credential (its signature
        counter starting at ``counter``); ``named_id``
        names another id than the attested one in ``id`` and ``rawId``; ``client_data`` adds
        members to the client data (``crossOrigin``, ``topOrigin``)."""
        options = json.loads(options_json)
        rp = rp_id or options["rp"]["id"]
        credential = Credential(
            credential_id=credential_id or secrets.token_bytes(16),
            key=ec.generate_private_key(ec.SECP256R1()),
            rp_id=options["rp"]["id"],
            user_handle=unb64url(options["user"]["id"]),
            counter=counter,
        )
        attested = (
            bytes(16)
            + struct.pack(">H", len(credential.credential_id))
            + credential.credential_id
            + credential.cose_key()
        )
        auth_data = (
            hashlib.sha256(rp.encode()).digest()
            + bytes([flags | FLAG_AT])
            + struct.pack(">I", counter)
            + attested
        )
        attestation = cbor2.dumps({"fmt": "none", "attStmt": {}, "authData": auth_data})
        client_data_json = self._client_data(
            "webauthn.create", options["challenge"], origin, client_data
        )
        self.credentials.append(credential)
        named = b64url(named_id or credential.credential_id)
        return json.dumps(
            {
                "id": named,
                "rawId": named,
                "type": "public-key",
                "response": {
                    "clientDataJSON": b64url(client_data_json),
                    "attestationObject": b64url(attestation),
                    "transports": ["internal", "hybrid"],
                },
                "clientExtensionResults": {},
                "authenticatorAttachment": "platform",
            }
        )

    def pick(self, options: dict[str, Any]) -> Credential:
        allowed = {entry["id"] for entry in options.get("allowCredentials", [])}
        for credential in reversed(self.credentials):
            if credential.rp_id == options["rpId"] and (
                not allowed or b64url(credential.credential_id) in allowed
            ):
                return credential
        raise LookupError("no credential of this authenticator is allowed")

    def get(
        self,
        options_json: str,
        *,
        credential: Credential | None = None,
        origin: str | None = None,
        rp_id: str | None = None,
        challenge: str | None = None,
        counter: int | None = None,
        flags: int = FLAG_UP | FLAG_UV,
        user_handle: bytes | None = None,
        spoil_signature: bool = False,
        client_data: dict[str, Any] | None = None,
    ) -> str:
        """The JSON of ``navigator.credentials.get(options)``'s credential."""
        options = json.loads(options_json)
        credential = credential or self.pick(options)
        if counter is None:
            if self.counting:
                credential.counter += 1
            counter = credential.counter
        rp = rp_id or options["rpId"]
        auth_data = (
            hashlib.sha256(rp.encode()).digest() + bytes([flags]) + struct.pack(">I", counter)
        )
        client_data_json = self._client_data(
            "webauthn.get", challenge or options["challenge"], origin, client_data
        )
        signed = auth_data + hashlib.sha256(client_data_json).digest()
        signature = credential.key.sign(signed, ec.ECDSA(hashes.SHA256()))
        if spoil_signature:
            signature = credential.key.sign(signed + b"!", ec.ECDSA(hashes.SHA256()))
        return json.dumps(
            {
                "id": b64url(credential.credential_id),
                "rawId": b64url(credential.credential_id),
                "type": "public-key",
                "response": {
                    "clientDataJSON": b64url(client_data_json),
                    "authenticatorData": b64url(auth_data),
                    "signature": b64url(signature),
                    "userHandle": b64url(user_handle or credential.user_handle),
                },
                "clientExtensionResults": {},
                "authenticatorAttachment": "platform",
            }
        )
