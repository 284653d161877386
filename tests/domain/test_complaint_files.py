"""A complaint's records (RULES §3 回函必须存档): attached once, checked by type and size, never changed, opened as a
copy, and surviving a backup and a restore byte for byte."""

import datetime
import hashlib
import os
import stat
import struct
import zlib

import peewee
import pytest

from carecenter import archive, backup, complaint_files, complaints
from carecenter.errors import UserError
from carecenter.models import Complaint, ComplaintAttachment, ComplaintEvent


def png(width=3, height=2) -> bytes:
    """A real PNG (the photo a customer sends of a scratch)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def complaint_id(store):
    customer = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint = Complaint.create(customer=customer, content="车门划痕").id
    complaints.accept(complaint, "S1", "电话", datetime.datetime(2026, 11, 20, 8, 0))
    return complaint


def test_files_are_kept_with_the_complaint_and_opened_as_a_copy(complaint_id, tmp_path):
    photo = tmp_path / "划痕.png"
    photo.write_bytes(png())
    letter = tmp_path / "回函.pdf"
    letter.write_bytes(b"%PDF-1.4\n" + os.urandom(3000) + b"\n%%EOF\n")
    first = complaint_files.attach(complaint_id, photo, "客户微信发来")
    complaint_files.attach(complaint_id, letter)
    kept = complaint_files.attachments(complaint_id)
    assert [(a.name, a.kind, a.size) for a in kept] == [("划痕.png", "照片", photo.stat().st_size),
                                                        ("回函.pdf", "回函", letter.stat().st_size)]
    assert kept[0].note == "客户微信发来" and kept[0].sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert ComplaintEvent.select().where((ComplaintEvent.complaint == complaint_id)
                                         & (ComplaintEvent.kind == "attached")).count() == 2
    copy = complaint_files.open_copy(first, tmp_path / "opened")
    assert copy.read_bytes() == photo.read_bytes() and not copy.stat().st_mode & stat.S_IWUSR  # read-only
    with pytest.raises(UserError, match="已经附在投诉上了"):  # the same file twice
        complaint_files.attach(complaint_id, photo)


def test_an_attachment_is_never_changed(complaint_id, tmp_path):
    photo = tmp_path / "a.png"
    photo.write_bytes(png())
    attachment = complaint_files.attach(complaint_id, photo)
    with pytest.raises(peewee.DatabaseError):
        ComplaintAttachment.update(content=b"altered").where(ComplaintAttachment.id == attachment).execute()
    assert complaint_files.content(attachment)[1] == photo.read_bytes()


@pytest.mark.parametrize("name, data, words", [
    ("录音.exe", b"MZ\x90\x00", "只收"),
    ("照片.jpg", b"GIF89a not a jpeg", "内容不是 jpg 文件"),
    ("空.pdf", b"", "空文件"),
    ("说明.txt", b"\x00\x01\x02binary", "内容不是 txt 文件"),
])
def test_a_refused_file_gets_one_sentence_and_nothing_is_kept(complaint_id, tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError, match=words):
        complaint_files.attach(complaint_id, path)
    assert ComplaintAttachment.select().count() == 0


def test_a_file_too_large_or_missing_is_refused(complaint_id, tmp_path, monkeypatch):
    monkeypatch.setattr(complaint_files, "MAX_BYTES", 1000)
    big = tmp_path / "录音.mp3"
    big.write_bytes(b"ID3" + b"\x00" * 2000)
    with pytest.raises(UserError, match="附件最大"):
        complaint_files.attach(complaint_id, big)
    with pytest.raises(UserError, match="找不到文件"):
        complaint_files.attach(complaint_id, tmp_path / "不存在.wav")
    assert ComplaintAttachment.select().count() == 0


@pytest.mark.sqlite_only
def test_attachments_survive_a_backup_and_a_restore_byte_for_byte(store, complaint_id, tmp_path):
    recording = tmp_path / "通话录音.wav"
    recording.write_bytes(b"RIFF" + struct.pack("<I", 36 + 4000) + b"WAVEfmt " + os.urandom(4000))
    complaint_files.attach(complaint_id, recording)
    saved = backup.make_backup(store, tmp_path / "usb")
    other = tmp_path / "其他.png"
    other.write_bytes(png(5, 5))
    complaint_files.attach(complaint_id, other)  # after the backup: gone with the restore
    restored = backup.restore(store, saved)
    kept = complaint_files.attachments(complaint_id)
    assert [a.name for a in kept] == ["通话录音.wav"]
    assert complaint_files.content(kept[0].id)[1] == recording.read_bytes()
    restored.close()
