#!/usr/bin/env python3
"""Signs an internal token as the gateway does (docs/INTERNAL-TOKEN.md), for calling a service
directly in a benchmark. Usage: sign_token.py PRIVATE_KEY_PEM_FILE LIFETIME_SECONDS"""
import base64, json, sys, time, uuid
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


key = serialization.load_pem_private_key(open(sys.argv[1], "rb").read(), password=None)
now = int(time.time())
claims = {"iss": "vizzor-gateway", "sub": str(uuid.uuid4()), "tier": "enterprise",
          "cred": "api_key", "kid": str(uuid.uuid4()), "max_tokens": 8192,
          "iat": now, "exp": now + int(sys.argv[2])}
signing_input = b64(json.dumps({"alg": "ES256", "typ": "JWT"}).encode()) + "." + b64(json.dumps(claims).encode())
r, s = decode_dss_signature(key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256())))
print(signing_input + "." + b64(r.to_bytes(32, "big") + s.to_bytes(32, "big")))
