"""Reading the files a dealership imports (xlsx, xls, ods, csv) safely: sheets of cell values with their header row.

Workbooks are read by python-calamine (calamine, in Rust): 100 000 rows in 0.9 s where openpyxl took 8.8
(README, Speed); it also reads the old .xls that DMS systems export and LibreOffice's .ods. Hostile or broken files
are refused before they can hurt: a zip that would inflate absurdly, a sheet that declares an absurd size, XML with a
document type or entity definitions, an .xls larger than any real export, more than 1 000 000 rows. Formulas are read
as their cached values and, in an .xlsx, their cells reported (openpyxl, only for a workbook that has formulas).
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from carecenter.errors import UserError
from carecenter.i18n import tr

MAX_ROWS = 1_000_000
MAX_COLUMNS = 2_000
MAX_UNCOMPRESSED = 1 << 30        # 1 GiB in all, as the zip declares it
MAX_RATIO = 200                   # a member inflating more than 200× (and past 10 MiB) is a bomb
MAX_CSV_BYTES = 512 << 20
MAX_XLS_BYTES = 256 << 20          # an old .xls holds 65 536 rows: no real export comes near this
HEADER_SEARCH_ROWS = 10


class FileRejected(UserError):
    """The file cannot be imported at all; the message says why, for the user."""


class ImportCancelled(UserError):
    def __init__(self):
        super().__init__("导入已取消，未写入任何数据。")


@dataclass
class Sheet:
    """One table of a file: its header, its data rows (Excel row numbers kept for messages) and formula cells."""

    name: str
    header: list[str]
    rows: list[list[object]]
    row_numbers: list[int]
    formula_cells: set[tuple[int, int]] = field(default_factory=set)  # (Excel row number, column index)
    encoding: str = ""  # a CSV's encoding as read (UTF-8, UTF-16, GBK, Big5)
    hidden: bool = False  # a hidden or very hidden worksheet: skipped unless the desk chooses it


@dataclass
class SourceFile:
    path: Path
    sheets: list[Sheet]

    @property
    def hidden_sheets(self) -> list[str]:
        return [sheet.name for sheet in self.sheets if sheet.hidden]


Progress = Callable[[str, int], None]
Cancel = Callable[[], bool]


def _cell(value: object) -> object:
    """A cell as the import wants it: integral floats as ints (phones, mileage typed as numbers), text cleaned of
    control characters, everything else as it is."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, str):
        value = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", value)
        return value if value.strip() else None
    return value


class _Shared:
    """One object for each value a column repeats (a model, a visit type, a day): 100 000 rows of a DMS export
    hold a few thousand distinct ones, and a copy per cell cost tens of MB. A column found to hold many different
    values (names, phones, VINs) is left alone."""

    LIMIT = 4096

    def __init__(self):
        self.columns: list[dict | None] = []

    def cells(self, cells: list[object]) -> list[object]:
        columns = self.columns
        while len(columns) < len(cells):
            columns.append({})
        for index, value in enumerate(cells):
            column = columns[index]
            if column is None or value is None:
                continue
            key = (type(value), value)  # 1, 1.0 and True are equal: each keeps its own type
            same = column.get(key)
            if same is not None:
                cells[index] = same
            elif len(column) < self.LIMIT:
                column[key] = value
            else:
                columns[index] = None
        return cells


def _trim(rows: list[list[object]]) -> list[list[object]]:
    width = max((max((i + 1 for i, v in enumerate(row) if v is not None), default=0) for row in rows), default=0)
    return [row[:width] + [None] * (width - len(row)) for row in rows]


def _split_header(name: str, table: list[tuple[int, list[object]]], score: Callable[[list[str]], int],
                  formulas: set[tuple[int, int]]) -> Sheet | None:
    """Find the header row (the one among the first rows that names the most known columns) and split."""
    table = [(number, row) for number, row in table if any(v is not None for v in row)]
    if not table:
        return None
    candidates = table[:HEADER_SEARCH_ROWS]
    best = max(range(len(candidates)), key=lambda i: (score([str(v or "") for v in candidates[i][1]]), -i))
    header_number, header = table[best]
    body = table[best + 1:]
    rows = _trim([list(header)] + [row for _, row in body])
    header_text = [str(v).strip() if v is not None else "" for v in rows[0]]
    return Sheet(name=name, header=header_text, rows=rows[1:], row_numbers=[number for number, _ in body],
                 formula_cells={cell for cell in formulas if cell[0] > header_number})


# --- xlsx -----------------------------------------------------------------------------------------------------


def _check_zip(path: Path, ods: bool = False) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        if ods:
            raise FileRejected(tr("{name} 无法读取：文件已损坏或不是表格文件。").format(name=path.name)) from error
        raise FileRejected(tr("{name} 不是有效的 Excel（.xlsx）文件，或文件已损坏。").format(name=path.name)) from error
    with archive:
        total = 0
        for member in archive.infolist():
            total += member.file_size
            if member.file_size > (10 << 20) and member.file_size > MAX_RATIO * max(member.compress_size, 1):
                raise FileRejected(
                    tr("{name} 的压缩内容异常（{filename} 解压后将达 {v3} MB），疑似恶意文件，已拒绝。").format(
                        name=path.name, filename=member.filename, v3=member.file_size >> 20
                    )
                )
        if total > MAX_UNCOMPRESSED:
            raise FileRejected(
                tr("{name} 解压后将超过 {v2} GB，疑似恶意文件，已拒绝。").format(
                    name=path.name, v2=MAX_UNCOMPRESSED >> 30
                )
            )
        names = set(archive.namelist())
        for name in names:  # a workbook's XML never defines entities: one that does is an attack (billion laughs)
            if name.endswith(".xml") or name.endswith(".rels"):
                with archive.open(name) as handle:
                    head = handle.read(1 << 16)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise FileRejected(tr("{name} 含有不安全的 XML 内容（实体定义），疑似恶意文件，已拒绝。").format(
                        name=path.name))
        if ods:
            if "content.xml" not in names:
                raise FileRejected(tr("{name} 无法读取：文件已损坏或不是表格文件。").format(name=path.name))
            return
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/worksheets/") for n in names):
            raise FileRejected(tr("{name} 不是 Excel 工作簿（.xlsx）。").format(name=path.name))
        for name in names:
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(name) as handle:
                    head = handle.read(4096).decode("utf-8", "replace")
                match = re.search(r'<(?:\w+:)?dimension ref="[A-Z]+\d+:([A-Z]+)(\d+)"', head)
                if match:
                    columns = 0
                    for char in match.group(1):
                        columns = columns * 26 + ord(char) - 64
                    if int(match.group(2)) > MAX_ROWS + 1 or columns > MAX_COLUMNS:
                        raise FileRejected(
                            tr(
                                "{name} 的工作表声明了 {v2:,} 行 × {columns:,} 列，超过上限（{MAX_ROWS:,} 行），已拒绝。"
                            ).format(name=path.name, v2=int(match.group(2)), columns=columns, MAX_ROWS=MAX_ROWS)
                        )


def _formula_cells(path: Path, sheet_title: str) -> set[tuple[int, int]]:
    import openpyxl
    cells = set()
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        for row in workbook[sheet_title].iter_rows():
            for cell in row:
                if getattr(cell, "data_type", None) == "f" or (isinstance(cell.value, str)
                                                               and cell.value.startswith("=")):
                    cells.add((cell.row, cell.column - 1))
    finally:
        workbook.close()
    return cells


def _has_formulas(path: Path) -> set[str]:
    """Sheet XML parts that contain a formula element (checked on the raw XML, cheaply)."""
    found = set()
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(name) as handle:
                    while chunk := handle.read(1 << 20):
                        if b"<f>" in chunk or b"<f " in chunk:
                            found.add(name)
                            break
    return found


def _fill_merged(table: list[tuple[int, list[object]]], ranges) -> None:
    """A merged range's cells all read as its top-left value (a customer's name merged over the rows of their
    two cars), as the person who merged them meant."""
    rows = {number: row for number, row in table}
    for first_row, first_column, last_row, last_column in ranges:
        top = rows.get(first_row)
        if top is None or first_column - 1 >= len(top):
            continue
        value = top[first_column - 1]
        for number in range(first_row, last_row + 1):
            row = rows.get(number)
            if row is None:
                continue
            for column in range(first_column - 1, min(last_column, len(row))):
                if row[column] is None:
                    row[column] = value


def _read_workbook(path: Path, score, progress: Progress, cancel: Cancel) -> list[Sheet]:
    """An .xlsx, .xls or .ods through python-calamine: every worksheet's cells (cached values of formulas), merged
    ranges filled from their top-left cell, hidden sheets marked."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        _check_zip(path)
    elif suffix == ".ods":
        _check_zip(path, ods=True)
    elif path.stat().st_size > MAX_XLS_BYTES:
        raise FileRejected(tr("{name} 超过 {v2} MB，已拒绝。").format(name=path.name, v2=MAX_XLS_BYTES >> 20))
    with_formulas = _has_formulas(path) if suffix in (".xlsx", ".xlsm") else set()
    broken = tr("{name} 无法读取：文件已损坏或不是表格文件。").format(name=path.name)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as error:  # noqa: BLE001 - any parser failure is a broken or hostile file for the user
        raise FileRejected(broken) from error
    sheets = []
    try:
        for meta in workbook.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            if cancel():
                raise ImportCancelled()
            progress(tr("读取工作表“{title}”…").format(title=meta.name), 0)
            try:
                worksheet = workbook.get_sheet_by_name(meta.name)
                if worksheet.total_height > MAX_ROWS + 1:
                    raise FileRejected(tr("{name} 的工作表“{title}”超过 {MAX_ROWS:,} 行，已拒绝。").format(
                        name=path.name, title=meta.name, MAX_ROWS=MAX_ROWS))
                if worksheet.total_width > MAX_COLUMNS:
                    raise FileRejected(tr("{name} 的工作表“{title}”列数超过 {MAX_COLUMNS}，已拒绝。").format(
                        name=path.name, title=meta.name, MAX_COLUMNS=MAX_COLUMNS))
                merged = worksheet.merged_cell_ranges or []
                # rows are counted from the sheet's first row, columns from its first used one: the cells are
                # converted as they stream out (no second copy of 100 000 rows)
                blank = [None] * (worksheet.start[1] if worksheet.start else 0)
                table = []
                shared = _Shared()
                for number, row in enumerate(worksheet.iter_rows(), start=1):
                    table.append((number, shared.cells(blank + [_cell(v) for v in row])))
                    if number % 20000 == 0:
                        if cancel():
                            raise ImportCancelled()
                        progress(tr("读取工作表“{title}”…").format(title=meta.name), 0)
            except (FileRejected, ImportCancelled):
                raise
            except Exception as error:  # noqa: BLE001 - as above
                raise FileRejected(broken) from error
            if cancel():
                raise ImportCancelled()
            _fill_merged(table, [(top + 1, left + 1, bottom + 1, right + 1)
                                 for (top, left), (bottom, right) in merged])
            formulas = _formula_cells(path, meta.name) if with_formulas else set()
            sheet = _split_header(meta.name, table, score, formulas)
            if sheet is not None and sheet.rows:
                sheet.hidden = meta.visible != SheetVisibleEnum.Visible
                sheets.append(sheet)
    finally:
        workbook.close()
    return sheets


# --- csv ------------------------------------------------------------------------------------------------------


def _common_share(text: str) -> float:
    """The share of a text's Chinese characters that are common simplified ones (in GB2312): near 1 for real GBK
    text, low for Big5 bytes read as GBK (their second bytes fall outside GB2312, into rare GBK characters)."""
    hanzi = [ch for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"]
    if not hanzi:
        return 1.0
    common = 0
    for ch in hanzi:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(hanzi)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in: UTF-16 by its byte-order mark, UTF-8, GBK (GB18030), or Big5 when the
    bytes are Big5 and not GBK. What cannot be told apart honestly is refused."""
    candidates = [("utf-16", "UTF-16")] if data.startswith((b"\xff\xfe", b"\xfe\xff")) else []
    candidates.append(("utf-8-sig", "UTF-8"))
    if _common_share(data[:1 << 20].decode("gb18030", errors="replace")) >= 0.9:
        candidates.append(("gb18030", "GBK"))
    candidates.append(("big5", "Big5"))
    for codec, name in candidates:
        try:
            return data.decode(codec), name
        except UnicodeDecodeError:
            continue
    raise FileRejected(tr("{name} 的编码无法确定（支持 UTF-8、UTF-16、GBK/GB18030 和 Big5）。请在 Excel/WPS 中另存为"
                          "“CSV UTF-8”后再导入。").format(name=path.name))


def _read_csv(path: Path, score, progress: Progress, cancel: Cancel) -> list[Sheet]:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise FileRejected(tr("{name} 超过 {v2} MB，已拒绝。").format(name=path.name, v2=MAX_CSV_BYTES >> 20))
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileRejected(tr("{name} 不是文本格式的 CSV 文件。").format(name=path.name))
    text, encoding = _decode(path, data)
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    table = []
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    number = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as error:  # a cell longer than csv's limit (131 072 characters), a stray quote …
            raise FileRejected(tr("{name} 第 {number} 行无法读取：{problem}。单元格最长 {limit:,} 个字符。").format(
                name=path.name, number=rows.line_num, problem=error, limit=csv.field_size_limit())) from None
        number += 1
        if number > MAX_ROWS + 1:
            raise FileRejected(tr("{name} 超过 {MAX_ROWS:,} 行，已拒绝。").format(name=path.name, MAX_ROWS=MAX_ROWS))
        if len(row) > MAX_COLUMNS:
            raise FileRejected(
                tr("{name} 第 {number} 行的列数超过 {MAX_COLUMNS}，已拒绝。").format(
                    name=path.name, number=number, MAX_COLUMNS=MAX_COLUMNS
                )
            )
        table.append((number, [_cell(v) for v in row]))
        if number % 5000 == 0:
            if cancel():
                raise ImportCancelled()
            progress(f"读取第 {number:,} 行", 0)
    sheet = _split_header(path.stem, table, score, set())
    if sheet is not None:
        sheet.encoding = encoding
    return [sheet] if sheet is not None and sheet.rows else []


#: The first bytes of an OLE2 compound file: an old .xls, or an .xlsx locked with a password (Office encrypts the
#: workbook into such a container).
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _refuse_by_content(path: Path) -> None:
    """A file whose content is not what its name says is named for what it is, not called broken."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1 << 16)
    except OSError as error:
        raise FileRejected(tr("无法读取 {name}：{error}").format(name=path.name, error=error.strerror or error)) from error
    if head.startswith(_OLE2):
        if "EncryptedPackage".encode("utf-16-le") in head or b"EncryptedPackage" in head:
            raise FileRejected(tr("{name} 设有打开密码。请在 Excel/WPS 中打开它，取消密码后另存为 .xlsx 再导入。").format(
                name=path.name))
        if path.suffix.lower() != ".xls":
            raise FileRejected(tr("{name} 实际上是旧版 Excel（.xls）文件，请把文件扩展名改为 .xls 后再导入。").format(
                name=path.name))
    if head.startswith(b"PK") and path.suffix.lower() in (".csv", ".txt"):
        raise FileRejected(tr("{name} 实际上是 Excel 工作簿（.xlsx），请把文件扩展名改回 .xlsx 后再导入。").format(name=path.name))


def read_file(path: Path | str, score: Callable[[list[str]], int], progress: Progress | None = None,
              cancel: Cancel | None = None) -> SourceFile:
    """Read every non-empty table of an xlsx, xls, ods or csv file. ``score`` rates a candidate header row."""
    path = Path(path)
    progress = progress or (lambda step, percent: None)
    cancel = cancel or (lambda: False)
    if not path.is_file():
        raise FileRejected(tr("找不到文件：{path}").format(path=path))
    suffix = path.suffix.lower()
    _refuse_by_content(path)
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        sheets = _read_workbook(path, score, progress, cancel)
    elif suffix in (".csv", ".txt"):
        sheets = _read_csv(path, score, progress, cancel)
    elif suffix in (".et", ".numbers"):
        raise FileRejected(tr("{name} 是其他软件格式的表格，请在 WPS/Numbers 中另存为 .xlsx 或 .csv 后再导入。").format(
            name=path.name))
    else:
        raise FileRejected(tr("不支持的文件类型：{name}（请使用 .xlsx、.xls、.ods 或 .csv）。").format(name=path.name))
    if not sheets:
        raise FileRejected(tr("{name} 中没有数据。").format(name=path.name))
    return SourceFile(path=path, sheets=sheets)


def excel_serial_to_date(value: float) -> datetime.date | None:
    """A date stored as an Excel serial number (45052 → 2023-05-06), or None when it is not a plausible one."""
    if not 20000 <= value <= 80000:  # 1954 … 2119
        return None
    return (datetime.datetime(1899, 12, 30) + datetime.timedelta(days=float(value))).date()
