"""Personal data in exports (003: 能保证我的个人信息不被泄露): a role without the unmask right gets phones as
``138****1234`` and no address. Every export function passes its rows through :func:`for_export`."""

from __future__ import annotations

from carecenter import permissions
from carecenter.validate import mask_phone

PHONE_FIELDS = ("phone", "phone2")
HIDDEN_FIELDS = ("address", "postcode")


def may_unmask() -> bool:
    return permissions.allowed("export_unmasked")


def for_export(row: dict, unmasked: bool | None = None) -> dict:
    """A copy of ``row`` fit for the current user's export."""
    permissions.require("export")
    if unmasked is None:
        unmasked = may_unmask()
    if unmasked:
        return dict(row)
    masked = dict(row)
    for key in PHONE_FIELDS:
        if masked.get(key):
            masked[key] = mask_phone(str(masked[key]))
    for key in HIDDEN_FIELDS:
        if key in masked:
            masked[key] = ""
    return masked
