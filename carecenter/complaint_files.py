"""A complaint's records (RULES §3, 003 回函必须存档; 如果有可能，把客户的话录下来): reply letters, photos, recordings
and documents attached to the complaint.

They are kept **in the database** (table ``complaint_attachment``), not in a folder beside it: a backup made with
SQLite's backup API (or the server's) holds them byte for byte and a restore brings them back with the complaint they
belong to; several desks on one PostgreSQL server see them without a shared folder; the attachment is written in
the same transaction as its event and audit entry, so a crash never leaves a file without its record or the other
way round. A trigger refuses any change once attached. Opening one writes a read-only copy to a temporary folder,
checked against its SHA-256 first.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from carecenter import audit, permissions
from carecenter.complaints import ATTACHED_EVENT
from carecenter.errors import NotFound, UserError
from carecenter.i18n import N_, tr
from carecenter.models import Complaint, ComplaintAttachment, ComplaintEvent, now
from carecenter.store import write
from carecenter.validate import clean_text

#: The largest file kept with a complaint (a phone's photo or a half-hour call recording fits).
MAX_BYTES = 20 * 1024 * 1024
#: Accepted file types: extension → (kind, the signatures its first bytes may start with; None: text).
TYPES: dict[str, tuple[str, tuple[bytes, ...] | None]] = {
    ".pdf": (N_("回函"), (b"%PDF",)),
    ".doc": (N_("回函"), (b"\xd0\xcf\x11\xe0",)),
    ".docx": (N_("回函"), (b"PK\x03\x04",)),
    ".txt": (N_("文件"), None),
    ".xls": (N_("文件"), (b"\xd0\xcf\x11\xe0",)),
    ".xlsx": (N_("文件"), (b"PK\x03\x04",)),
    ".jpg": (N_("照片"), (b"\xff\xd8\xff",)),
    ".jpeg": (N_("照片"), (b"\xff\xd8\xff",)),
    ".png": (N_("照片"), (b"\x89PNG\r\n\x1a\n",)),
    ".heic": (N_("照片"), (b"ftyp",)),  # after 4 bytes of box size
    ".mp3": (N_("录音"), (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2")),
    ".wav": (N_("录音"), (b"RIFF",)),
    ".m4a": (N_("录音"), (b"ftyp",)),
    ".amr": (N_("录音"), (b"#!AMR",)),
}
#: Formats whose signature sits after a 4-byte box size (ISO media files).
_BOXED = (".heic", ".m4a")


@dataclass(frozen=True)
class Attachment:
    id: int
    complaint_id: int
    name: str
    kind: str
    size: int
    sha256: str
    note: str
    added_at: object
    added_by: str


def _looks_right(suffix: str, head: bytes) -> bool:
    _, signatures = TYPES[suffix]
    if signatures is None:  # text: readable as UTF-8 or GB18030, no NUL bytes
        if b"\x00" in head:
            return False
        for encoding in ("utf-8", "gb18030"):
            try:
                head.decode(encoding)
                return True
            except UnicodeDecodeError:
                continue
        return False
    start = head[4:] if suffix in _BOXED else head
    return any(start.startswith(signature) for signature in signatures)


def attach(complaint_id: int, path: str | os.PathLike, note: str = "") -> int:
    """Keep a file with the complaint: its type checked by name and by content, at most 20 MB, not the same file
    twice. One transaction: the file, the complaint's event, the audit entry. Returns the attachment's id."""
    actor = permissions.require("edit")
    source = Path(path)
    if not source.is_file():
        raise UserError(tr("找不到文件“{name}”。").format(name=source.name or str(path)))
    suffix = source.suffix.lower()
    if suffix not in TYPES:
        raise UserError(tr("不能附加“{name}”：只收 {types} 文件。").format(
            name=source.name, types=" ".join(sorted(t.lstrip(".") for t in TYPES))))
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise UserError(tr("“{name}”有 {mb:.1f} MB，附件最大 {limit} MB。").format(
            name=source.name, mb=size / 1024 / 1024, limit=MAX_BYTES // 1024 // 1024))
    if size == 0:
        raise UserError(tr("“{name}”是空文件。").format(name=source.name))
    content = source.read_bytes()
    if not _looks_right(suffix, content[:64]):
        raise UserError(tr("“{name}”的内容不是 {suffix} 文件（可能改过扩展名或已损坏），没有附加。").format(
            name=source.name, suffix=suffix.lstrip(".")))
    digest = hashlib.sha256(content).hexdigest()
    kind = TYPES[suffix][0]
    with write():
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None:
            raise NotFound(tr("找不到投诉（编号 {complaint_id}）。").format(complaint_id=complaint_id))
        same = ComplaintAttachment.get_or_none((ComplaintAttachment.complaint == complaint_id)
                                               & (ComplaintAttachment.sha256 == digest))
        if same is not None:
            raise UserError(tr("这个文件已经附在投诉上了（“{name}”）。").format(name=same.name))
        row = ComplaintAttachment.create(complaint=complaint_id, name=source.name[:200], kind=kind, size=size,
                                         sha256=digest, content=content, note=clean_text(note)[:200],
                                         added_at=now(), added_by=actor.name)
        ComplaintEvent.create(complaint=complaint_id, at=now(), kind="attached", actor=actor.name,
                              detail=ATTACHED_EVENT.format(name=source.name[:150]))
        audit.record("create", "complaint_attachment", row.id, detail=f"{complaint.number or complaint_id} "
                                                                      f"{source.name} {size} B sha256 {digest}")
    return row.id


def attachments(complaint_id: int) -> list[Attachment]:
    """A complaint's attachments, oldest first (without their content)."""
    permissions.require("view")
    fields = [ComplaintAttachment.id, ComplaintAttachment.complaint, ComplaintAttachment.name, ComplaintAttachment.kind,
              ComplaintAttachment.size, ComplaintAttachment.sha256, ComplaintAttachment.note,
              ComplaintAttachment.added_at, ComplaintAttachment.added_by]
    return [Attachment(*row) for row in ComplaintAttachment.select(*fields).where(
        ComplaintAttachment.complaint == complaint_id).order_by(ComplaintAttachment.id).tuples()]


def content(attachment_id: int) -> tuple[str, bytes]:
    """An attachment's name and bytes, checked against the SHA-256 it was kept with."""
    permissions.require("view")
    row = ComplaintAttachment.get_or_none(ComplaintAttachment.id == attachment_id)
    if row is None:
        raise NotFound(tr("找不到附件（编号 {attachment_id}）。").format(attachment_id=attachment_id))
    data = bytes(row.content)  # PostgreSQL gives a memoryview
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise UserError(tr("附件“{name}”的内容与附加时不一致，请用“检查数据库”或恢复备份。").format(name=row.name))
    return row.name, data


def open_copy(attachment_id: int, folder: str | os.PathLike | None = None) -> Path:
    """A read-only copy of the attachment to open with the PC's program (the kept one is never touched)."""
    name, data = content(attachment_id)
    target_folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="carecenter-attachment-"))
    target_folder.mkdir(parents=True, exist_ok=True)
    target = target_folder / f"{attachment_id}-{Path(name).name}"
    if target.exists():
        target.chmod(stat.S_IWRITE | stat.S_IREAD)
    target.write_bytes(data)
    target.chmod(stat.S_IREAD)
    return target
