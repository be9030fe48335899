"""Masking of personal numbers on lists and printed papers (个人信息保护法: show no more than the reader needs)."""


def mask_id_number(value: str | None) -> str:
    """``500235199001011234`` -> ``500235********1234``: area code and the last four stay readable."""
    if not value:
        return ""
    value = value.strip()
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str | None) -> str:
    """``13812345678`` -> ``138****5678``; short numbers keep only their last two digits."""
    if not value:
        return ""
    value = value.strip()
    if len(value) >= 11:
        return value[:3] + "*" * (len(value) - 7) + value[-4:]
    if len(value) <= 2:
        return "*" * len(value)
    return "*" * (len(value) - 2) + value[-2:]
