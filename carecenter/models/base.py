"""The one database proxy every model is bound to, and the base model."""

import datetime

import peewee

from carecenter import clock

#: Bound to the real database by :func:`carecenter.store.open_store`.
database_proxy = peewee.DatabaseProxy()


def now() -> datetime.datetime:
    """The current local time, to the second (stored timestamps carry no microseconds)."""
    return clock.now().replace(microsecond=0)


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False
