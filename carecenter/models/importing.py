"""What the import remembers: the column mapping chosen for each file layout (a header row)."""

import peewee as pw

from carecenter.models.base import BaseModel, now


class ImportLayout(BaseModel):
    """The mapping a user confirmed for files whose header row has this signature."""

    signature = pw.CharField(max_length=64, primary_key=True)
    header = pw.TextField()
    mapping = pw.TextField()  # JSON: {column header: field key}
    used = pw.IntegerField(default=1)
    updated_at = pw.DateTimeField(default=now)
