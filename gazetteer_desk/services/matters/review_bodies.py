"""Where a township's matter goes for 复查 and 复核 (《信访工作条例》第三十五条、第三十六条).

The law names the body one level up from the one that decided: for a township government's 处理意见 the county
people's government, for the county's 复查意见 the city's. Which bodies those are is the county's to say, so they are
settings with defaults taken from the township's own record.
"""

from dataclasses import dataclass

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.store.database import Store

REVIEW_BODY = "review_body"  # 复查机关: one level above the township
RECHECK_BODY = "recheck_body"  # 复核机关: one level above the review body
DEFAULT_RECHECK_BODY = "市（州）人民政府"


@dataclass(frozen=True)
class ReviewBodies:
    review: str
    recheck: str


def review_bodies(store: Store) -> ReviewBodies:
    with store.raw_read() as raw:
        town = raw.execute("SELECT county_name FROM township WHERE code = ? LIMIT 1", (store.township_code,)).fetchone()
    county = town[0] if town and town[0] else "县"
    return ReviewBodies(review=store.setting(REVIEW_BODY) or f"{county}人民政府",
                        recheck=store.setting(RECHECK_BODY) or DEFAULT_RECHECK_BODY)


def set_review_bodies(store: Store, *, review: str | None = None, recheck: str | None = None, actor="") -> ReviewBodies:
    """The county office names the bodies; a blank name goes back to the default."""
    require(actor, "edit_settings")
    changes = {key: value.strip() for key, value in ((REVIEW_BODY, review), (RECHECK_BODY, recheck))
               if value is not None}
    if any(len(value) > 60 for value in changes.values()):
        raise DeskError("机关名称不能超过60个字")
    with store.transaction() as session:
        for key, value in changes.items():
            store.set_setting(key, value, session)
        audit.record(session, audit.actor_name(actor), "settings", "setting", "review_bodies", changes)
    return review_bodies(store)
