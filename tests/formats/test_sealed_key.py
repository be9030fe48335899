"""A key sealed with a passphrase opens only with it, and shows its public half without it."""

import pytest

from gazetteer_desk.formats import KeyFileError, sealed_key


def test_seal_and_open_with_the_passphrase():
    data = sealed_key.seal(b"secret key file\n", "RWQpublic", "口令 correct horse")
    assert sealed_key.is_sealed(data) and b"secret key file" not in data
    assert sealed_key.public_part(data) == "RWQpublic"
    assert sealed_key.unseal(data, "口令 correct horse") == b"secret key file\n"
    assert b"kdf: scrypt 14 8 1 " in data  # the cost is recorded with the file


def test_a_wrong_passphrase_or_a_changed_header_does_not_open():
    data = sealed_key.seal(b"secret", "RWQpublic", "passphrase-1")
    with pytest.raises(sealed_key.WrongPassphrase, match="密钥口令不正确"):
        sealed_key.unseal(data, "passphrase-2")
    swapped = data.replace(b"public: RWQpublic", b"public: RWQother!")
    with pytest.raises(sealed_key.WrongPassphrase):  # the public line is authenticated with the secret
        sealed_key.unseal(swapped, "passphrase-1")


def test_costs_outside_the_agreed_range_are_refused_before_any_work():
    data = sealed_key.seal(b"secret", "RWQpublic", "passphrase-1")
    with pytest.raises(KeyFileError, match="已损坏"):
        sealed_key.unseal(data.replace(b"scrypt 14 8 1", b"scrypt 30 8 1"), "passphrase-1")
    with pytest.raises(KeyFileError, match="已损坏"):
        sealed_key.unseal(b"gazetteer-desk sealed key v1\nnothing\n", "passphrase-1")
    assert not sealed_key.is_sealed(b"untrusted comment: minisign secret key\n")
