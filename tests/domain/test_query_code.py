import pytest

from gazetteer_desk.domain.query_code import ALPHABET, format_query_code, query_code, verify_query_code

SECRET = "云阳县某镇-secret"


def test_alphabet_is_unambiguous():
    assert len(ALPHABET) == len(set(ALPHABET)) == 32
    assert not set("0O1I") & set(ALPHABET)


def test_code_shape_and_determinism():
    code = query_code("XF2025-0001", SECRET)
    assert len(code) == 8 and set(code) <= set(ALPHABET)
    assert code == query_code(" XF2025-0001 ", SECRET)
    assert code != query_code("XF2025-0002", SECRET)
    assert code != query_code("XF2025-0001", "another township")


def test_codes_spread_over_many_numbers():
    codes = {query_code(f"XF2025-{i:04d}", SECRET) for i in range(2000)}
    assert len(codes) == 2000


def test_verify_is_lenient_on_typing():
    code = query_code("XF2025-0001", SECRET)
    assert verify_query_code("XF2025-0001", code, SECRET)
    assert verify_query_code("XF2025-0001", format_query_code(code).lower(), SECRET)
    assert verify_query_code("XF2025-0001", " ".join(code), SECRET)
    assert not verify_query_code("XF2025-0002", code, SECRET)
    assert not verify_query_code("XF2025-0001", code[:-1], SECRET)
    assert not verify_query_code("", code, SECRET)


def test_secret_and_number_required():
    with pytest.raises(ValueError):
        query_code("XF2025-0001", "")
    with pytest.raises(ValueError):
        query_code("  ", SECRET)
