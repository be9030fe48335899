"""How the sync commands show a key they wrote or made, in both directions: JSON, or a line and its fingerprint."""

from gazetteer_desk.cli.output import emit, emit_json


def show_key(args, data: dict, headline: str, fingerprint: str, check: str) -> int:
    """``data`` with ``--json``; otherwise ``headline`` and the fingerprint to read out over the phone (``check``:
    who compares it)."""
    if args.json:
        emit_json(data)
        return 0
    emit(headline)
    emit(f"指纹：{fingerprint}（{check}）")
    return 0
