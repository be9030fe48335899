from sqlmodel import SQLModel

from gazetteer_desk.store.models import SYNCED_TABLES
from gazetteer_desk.store.synced_tables import SYNCED_TABLE_NAMES


def test_the_names_are_the_synchronised_models_in_foreign_key_order():
    synced = {table.__tablename__ for table in SYNCED_TABLES}
    assert list(SYNCED_TABLE_NAMES) == [t.name for t in SQLModel.metadata.sorted_tables if t.name in synced]
