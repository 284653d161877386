"""Importing customers, vehicles and service visits from the sales department's and the DMS's exports.

    source = read(path)                      # carecenter.import_files: safe reading, header row found
    report = preview(source, options)        # every row validated and matched; nothing written
    report = run(source, options)            # the same, then written in one transaction, or nothing at all

Rows are matched to the archive by VIN, then (a row without VIN) by plate, then by phone + name. A matched row
updates the record or is skipped, as the user chooses. Any row with an error rejects the whole import.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from carecenter import archive, audit, clock, complaints, do_not_contact, permissions, session
from carecenter.errors import UserError
from carecenter.import_files import (
    Cancel,
    FileRejected,
    ImportCancelled,
    Progress,
    Sheet,
    SourceFile,
    excel_serial_to_date,
    read_file,
)
from carecenter.import_mapping import FIELDS, guess_mapping, header_score, normalize_header, remember
from carecenter.models import VISIT_TYPES, Complaint, Customer, ServiceVisit, Vehicle, now
from carecenter.store import bulk_insert, current_store, greatest, lock_tables, sync_ids, write
from carecenter.i18n import tr

__all__ = ["FileRejected", "ImportCancelled", "ImportOptions", "ImportReport", "preview", "read", "run",
           "write_template"]

KINDS = ("customers", "vehicles", "visits", "complaints")
KIND_TITLES = {"customers": "客户", "vehicles": "车辆", "visits": "维修记录", "complaints": "投诉工单", "mixed": "混合"}
DATE_FIELDS = {"customer.birthday", "customer.club_joined", "vehicle.delivery_date", "vehicle.insurance_expiry", "vehicle.inspection_due",
               "visit.visit_date"}

#: How DMS exports name visit types, to the archive's types (RULES.md §1).
VISIT_TYPE_WORDS = {
    "首保": "首保", "首次保养": "首保", "首次免费保养": "首保", "免费首保": "首保",
    "保养": "定期保养", "定保": "定期保养", "定期保养": "定期保养", "常规保养": "定期保养", "例行保养": "定期保养",
    "维修": "一般维修", "一般维修": "一般维修", "机修": "一般维修", "电器维修": "一般维修", "一般修理": "一般维修",
    "小修": "一般维修", "大修": "一般维修",
    "事故": "事故车/保险", "事故车": "事故车/保险", "钣喷": "事故车/保险", "钣金": "事故车/保险", "保险": "事故车/保险",
    "保险理赔": "事故车/保险", "事故车/保险": "事故车/保险",
    "索赔": "索赔(保修)", "保修": "索赔(保修)", "三包": "索赔(保修)", "索赔(保修)": "索赔(保修)", "质保": "索赔(保修)",
    "检测": "免费检测", "免费检测": "免费检测", "免费检查": "免费检测", "检查": "免费检测",
    "其他": "其他",
}


@dataclass
class ImportOptions:
    kind: str | None = None              # customers / vehicles / visits; None: from the columns
    on_duplicate: str = "update"         # update / skip
    mappings: dict[str, dict[int, str]] | None = None  # sheet name → {column index: field key}; None: guessed
    include_hidden: bool = False         # hidden worksheets are skipped (and said so) unless the desk chooses them


@dataclass
class RowProblem:
    sheet: str
    row: int
    column: str
    value: str
    reason: str
    severity: str = "error"

    def as_json(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "value": self.value,
                "reason": self.reason, "severity": self.severity}


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    written: bool = False
    unknown_columns: dict[str, list[str]] = field(default_factory=dict)
    records: dict[str, int] = field(default_factory=dict)  # customers/vehicles/visits created

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def rejected(self) -> bool:
        return bool(self.errors)

    def as_json(self) -> dict:
        return {"kind": self.kind, "rows": self.rows, "created": self.created, "updated": self.updated,
                "skipped": self.skipped, "problems": [p.as_json() for p in self.problems], "written": self.written,
                "unknown_columns": self.unknown_columns, "records": self.records}

    def summary(self) -> str:
        text = tr("共 {rows:,} 行：新增 {created:,}，更新 {updated:,}，跳过 {skipped:,}；错误 {errors:,}，提示 {hints:,}").format(
            rows=self.rows, created=self.created, updated=self.updated, skipped=self.skipped,
            errors=len(self.errors), hints=len(self.problems) - len(self.errors))
        return text + (tr("。已写入数据库。") if self.written else tr("。"))

    def rejection(self) -> str:
        """One line for the user when the import is rejected: how many errors, and the first one."""
        first = self.errors[0]
        return tr("导入被拒绝，未写入任何数据：{errors:,} 处错误，例如工作表“{sheet}”第 {row} 行“{column}”列：{reason}").format(
            errors=len(self.errors), sheet=first.sheet, row=first.row, column=first.column, reason=first.reason)


def read(path: Path | str, progress: Progress | None = None, cancel: Cancel | None = None) -> SourceFile:
    """Read an xlsx or csv file for import (refuses hostile and broken files with a clear message)."""
    return read_file(path, header_score, progress, cancel)


def mapping_for(sheet: Sheet, options: ImportOptions) -> dict[int, str]:
    if options.mappings and sheet.name in options.mappings:
        return dict(options.mappings[sheet.name])
    return guess_mapping(sheet.header)


def sheet_kind(mapping: dict[int, str], forced: str | None) -> str:
    if forced:
        return forced
    keys = set(mapping.values())
    if keys & {"complaint.work_order", "complaint.content"}:
        return "complaints"
    if "visit.visit_date" in keys:
        return "visits"
    if keys & {"vehicle.vin", "vehicle.plate"}:
        return "vehicles"
    return "customers"


# --- planning -------------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    """What an import will write; ids of new records are final because the plan is made inside the write lock."""

    new_customers: dict[int, dict] = field(default_factory=dict)
    customer_updates: dict[int, dict] = field(default_factory=dict)
    new_vehicles: dict[int, dict] = field(default_factory=dict)
    vehicle_updates: dict[int, dict] = field(default_factory=dict)
    new_visits: list[dict] = field(default_factory=list)
    new_complaints: list[dict] = field(default_factory=list)
    layouts: list[tuple[list[str], dict[int, str]]] = field(default_factory=list)
    # what earlier chunks wrote (an import of 100 000 rows writes its new rows every CHUNK_ROWS rows, inside its one
    # transaction, instead of holding them all: 481 MB → below 300 MB)
    counts: dict[str, int] = field(default_factory=lambda: {"customers": 0, "vehicles": 0, "visits": 0})
    created_vehicles: set[int] = field(default_factory=set)
    touched_customers: set[int] = field(default_factory=set)
    points_given: set[int] = field(default_factory=set)  # customers whose 积分 the file gave (their balance)
    visited_vehicles: set[int] = field(default_factory=set)


#: New rows planned before they are written (or, in a preview, counted and let go).
CHUNK_ROWS = 5000

#: "customer.name" → ("customer", "name"), the same two strings for every row (a split per cell kept 900 000 copies
#: of the same few words for an import of 100 000 rows).
_GROUP_AND_NAME = {key: tuple(key.split(".", 1)) for key in FIELDS}


class _Planner:
    def __init__(self, options: ImportOptions, report: ImportReport, cancel: Cancel):
        self.options = options
        self.report = report
        self.cancel = cancel
        self.plan = _Plan()
        live = Vehicle.select(Vehicle.id, Vehicle.customer, Vehicle.vin, Vehicle.plate).join(Customer).where(
            Vehicle.deleted_at.is_null() & Customer.deleted_at.is_null())
        self.by_vin: dict[str, tuple[int, int]] = {}
        self.by_plate: dict[str, tuple[int, int]] = {}
        for vehicle_id, customer_id, vin, plate in live.tuples():
            if vin:
                self.by_vin[vin] = (vehicle_id, customer_id)
            if plate:
                self.by_plate.setdefault(plate, (vehicle_id, customer_id))
        self.by_person = {(phone, name): customer_id for customer_id, phone, name in
                          Customer.select(Customer.id, Customer.phone, Customer.name)
                          .where(Customer.deleted_at.is_null() & (Customer.phone != "")).tuples()}
        self.existing_customers = set(self.by_person.values()) | {c for _, c in self.by_vin.values()}
        self.next_customer = (Customer.select(pw.fn.MAX(Customer.id)).scalar() or 0) + 1
        self.next_vehicle = (Vehicle.select(pw.fn.MAX(Vehicle.id)).scalar() or 0) + 1
        self.visit_keys: set[tuple[int, datetime.date, str]] = set()
        self.by_phone = {phone: customer_id for (phone, _), customer_id in self.by_person.items()}
        self.phone_of = {customer_id: phone for (phone, _), customer_id in self.by_person.items()}
        self.work_orders = {row[0] for row in Complaint.select(Complaint.work_order).where(
            Complaint.work_order != "").tuples()}
        self.loaded_visit_vehicles: set[int] = set()

    # --- one row ----------------------------------------------------------------------------------------------
    def problem(self, sheet: Sheet, row: int, column: str, value: object, reason: str, severity="error") -> None:
        self.report.problems.append(RowProblem(sheet.name, row, column, "" if value is None else str(value),
                                               reason, severity))

    def _prepare(self, key: str, value: object) -> object:
        if key in DATE_FIELDS:
            number = value if isinstance(value, (int, float)) else None
            if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) == 5:
                number = int(value.strip())
            if number is not None and not isinstance(number, bool):
                return excel_serial_to_date(number) or value
        if key == "visit.visit_type" and value is not None:
            text = normalize_header(value)
            return VISIT_TYPE_WORDS.get(text, value)
        return value

    def row(self, sheet: Sheet, kind: str, mapping: dict[int, str], number: int, cells: list[object]) -> str | None:
        """Plan one row; returns its outcome (created / updated / skipped) or None for an error or an empty row."""
        values = {key: self._prepare(key, cells[index]) for index, key in mapping.items() if index < len(cells)}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            return "empty"
        columns = {key: sheet.header[index] or FIELDS[key][0] for index, key in mapping.items()}
        for row_number, column in sheet.formula_cells:
            if row_number == number and column in mapping:
                if column < len(cells) and cells[column] is not None:
                    self.problem(sheet, number, columns[mapping[column]], cells[column],
                                 tr("此单元格是公式，已按其计算结果导入，请核对。"), "warning")
                else:  # a file written by a program, never saved in Excel: the formula has no result to read
                    self.problem(sheet, number, columns[mapping[column]], "",
                                 tr("此单元格是公式，但文件里没有它的计算结果（未在 Excel/WPS 中保存过），按空白处理；"
                                    "请在 Excel/WPS 中打开并保存后再导入。"), "warning")
        parts: dict[str, dict] = {"customer": {}, "vehicle": {}, "visit": {}, "complaint": {}}
        for key, value in values.items():
            if value is None or (isinstance(value, str) and not value.strip()):
                continue  # an empty cell says nothing: it neither clears nor fails a field
            group, name = _GROUP_AND_NAME.get(key) or key.split(".", 1)
            parts[group][name] = value
        if parts["visit"].get("visit_type") not in (None, "") and parts["visit"]["visit_type"] not in VISIT_TYPES:
            self.problem(sheet, number, columns["visit.visit_type"], parts["visit"]["visit_type"],
                         tr("维修类型无法识别，已记为“其他”（可选：{v1}）。").format(v1='、'.join(VISIT_TYPES)), "warning")
            parts["visit"]["visit_type"] = "其他"
        clean: dict[str, dict] = {}
        failed = False
        for group, validate in (("customer", lambda d: archive.validate_customer(d, creating=False)),
                                ("vehicle", archive.validate_vehicle), ("visit", archive.validate_visit)):
            if not parts[group]:
                clean[group] = {}
                continue
            result, problems = validate(parts[group])
            clean[group] = result
            for problem in problems:
                key = f"{group}.{problem.field}"
                self.problem(sheet, number, columns.get(key, FIELDS.get(key, (problem.field,))[0]),
                             values.get(key), problem.message, problem.severity)
                failed |= problem.severity == "error"
        clean["complaint"] = {}
        if kind == "complaints":
            clean["complaint"], problems = complaints.parse_work_order(parts["complaint"])
            for name, message, severity in problems:
                key = f"complaint.{name}"
                self.problem(sheet, number, columns.get(key, FIELDS[key][0]), values.get(key), message, severity)
                failed |= severity == "error"
        if failed:
            return None
        if kind == "complaints":
            return self._work_order(sheet, number, columns, clean)
        return self._match(sheet, kind, number, columns, values, clean)

    def _work_order(self, sheet, number, columns, clean) -> str | None:
        """A complaint work order: the customer found by phone, else by plate or VIN; a known 工单号 is skipped."""
        order = clean["complaint"]
        if order["work_order"] and order["work_order"] in self.work_orders:
            return "skipped"
        phone = clean["customer"].get("phone")
        vin, plate = clean["vehicle"].get("vin"), clean["vehicle"].get("plate")
        found = self.by_vin.get(vin) if vin else (self.by_plate.get(plate) if plate else None)
        customer_id = self.by_phone.get(phone) if phone else None
        if customer_id is None and found:
            customer_id = found[1]
        if customer_id is None:
            self.problem(sheet, number, columns.get("customer.phone", "电话"), phone or plate or vin or "",
                         tr("档案中找不到这个电话或车牌的客户，请先建档或导入客户。"))
            return None
        if order["work_order"]:
            self.work_orders.add(order["work_order"])
        self.plan.new_complaints.append({**order, "customer": customer_id,
                                         "vehicle": found[0] if found and found[1] == customer_id else None})
        return "created"

    def _match(self, sheet, kind, number, columns, values, clean) -> str | None:
        customer, vehicle, visit = clean["customer"], clean["vehicle"], clean["visit"]
        vin, plate = vehicle.get("vin"), vehicle.get("plate")
        name, phone = customer.get("name"), customer.get("phone")
        found = self.by_vin.get(vin) if vin else (self.by_plate.get(plate) if plate else None)
        customer_id = found[1] if found else (self.by_person.get((phone, name)) if phone and name else None)
        vehicle_id = found[0] if found else None

        if kind == "visits" and not visit.get("visit_date"):
            self.problem(sheet, number, columns.get("visit.visit_date", "进厂日期"), values.get("visit.visit_date"),
                         tr("缺少进厂日期。"))
            return None
        if (kind == "visits" or vehicle) and not vin and not plate:
            self.problem(sheet, number, columns.get("vehicle.plate", "车牌号"), "", tr("请至少填写车牌号或车架号。"))
            return None
        if customer_id is None and not name:
            what = tr("车牌/车架号为 {plate} 的车辆").format(plate=plate or vin) if (vin or plate) else tr("客户")
            self.problem(sheet, number, columns.get("customer.name", "客户姓名"), "",
                         tr("档案中没有{what}，本行也没有客户姓名，无法建立档案。").format(what=what))
            return None

        self._conflicts(sheet, number, columns, found, customer_id, customer, vin, plate)
        outcome = "skipped"
        skip_duplicates = self.options.on_duplicate == "skip"
        if customer_id is None:
            customer_id = self._new_customer(customer, vehicle, visit)
            outcome = "created"
        elif customer and not (skip_duplicates and kind != "visits"):
            self._update(self.plan.new_customers, self.plan.customer_updates, customer_id, customer)
            outcome = "updated"
        if vehicle:
            if vehicle_id is None:
                vehicle_id = self._new_vehicle(customer_id, vehicle)
                outcome = "created"
            elif not (skip_duplicates and kind != "visits") and set(vehicle) - {"vin", "plate"}:
                self._update(self.plan.new_vehicles, self.plan.vehicle_updates, vehicle_id, vehicle)
                outcome = "updated" if outcome == "skipped" else outcome
        if visit:
            if self._new_visit(customer_id, vehicle_id, visit):
                outcome = "created"
        return outcome

    def _conflicts(self, sheet, number, columns, found, customer_id, customer, vin, plate) -> None:
        """What the import would change that the desk may not mean: asked in the preview, never done silently."""
        owner = self.by_plate.get(plate) if plate else None
        if owner is not None and (found is None or owner[0] != found[0]):
            self.problem(sheet, number, columns.get("vehicle.plate", "车牌号"), plate,
                         tr("车牌 {plate} 在档案中已属于另一辆车（客户编号 {owner}）；导入后两辆车同一车牌，请核对车牌或车架号。").format(
                             plate=plate, owner=owner[1]), "warning")
        phone = customer.get("phone")
        known = self.phone_of.get(customer_id) if customer_id is not None else None
        if found is not None and phone and known and phone != known and self.options.on_duplicate == "update":
            self.problem(sheet, number, columns.get("customer.phone", "手机"), phone,
                         tr("车架号/车牌 {vehicle} 的车主电话将由 {old} 改为 {new}，请核对是否换了车主或号码。").format(
                             vehicle=vin or plate, old=known, new=phone), "warning")
        if phone and customer_id is not None:
            self.phone_of[customer_id] = phone  # a later row of the same file changing it again is asked too

    @staticmethod
    def _update(new: dict[int, dict], updates: dict[int, dict], record_id: int, data: dict) -> None:
        given = {k: v for k, v in data.items() if v not in ("", None)}
        target = new.get(record_id)
        if target is not None:
            target.update(given)
        else:
            updates.setdefault(record_id, {}).update(given)

    def _new_customer(self, customer: dict, vehicle: dict, visit: dict) -> int:
        customer_id = self.next_customer
        self.next_customer += 1
        first = min(filter(None, (vehicle.get("delivery_date"), visit.get("visit_date"))), default=clock.today())
        row = {k: v for k, v in customer.items() if v not in (None,)}
        row.setdefault("source", "导入")
        row["first_contact_date"] = row.get("first_contact_date") or first
        row["id"] = customer_id
        self.plan.new_customers[customer_id] = row
        if customer.get("phone"):
            self.by_person[(customer["phone"], customer["name"])] = customer_id
        return customer_id

    def _new_vehicle(self, customer_id: int, vehicle: dict) -> int:
        vehicle_id = self.next_vehicle
        self.next_vehicle += 1
        row = {k: v for k, v in vehicle.items() if v is not None}
        row.update(id=vehicle_id, customer=customer_id)
        if row.get("mileage"):
            row["mileage_date"] = clock.today()
        self.plan.new_vehicles[vehicle_id] = row
        self.plan.created_vehicles.add(vehicle_id)
        if vehicle.get("vin"):
            self.by_vin[vehicle["vin"]] = (vehicle_id, customer_id)
        if vehicle.get("plate"):
            self.by_plate.setdefault(vehicle["plate"], (vehicle_id, customer_id))
        return vehicle_id

    def _new_visit(self, customer_id: int, vehicle_id: int | None, visit: dict) -> bool:
        visit = {**visit, "visit_type": visit.get("visit_type") or "其他"}
        key = (vehicle_id or -customer_id, visit["visit_date"], visit["visit_type"])
        if vehicle_id and vehicle_id not in self.plan.created_vehicles and vehicle_id not in self.loaded_visit_vehicles:
            self.loaded_visit_vehicles.add(vehicle_id)
            for date, kind in (ServiceVisit.select(ServiceVisit.visit_date, ServiceVisit.visit_type)
                               .where(ServiceVisit.vehicle == vehicle_id).tuples()):
                self.visit_keys.add((vehicle_id, date, kind))
        if key in self.visit_keys:
            return False  # the same visit is already in the archive or earlier in the file
        self.visit_keys.add(key)
        self.plan.new_visits.append({**visit, "customer": customer_id, "vehicle": vehicle_id})
        return True

    # --- a whole file ---------------------------------------------------------------------------------------
    def source(self, source: SourceFile, progress: Progress, flush: Callable[[_Plan], None]) -> None:
        """Plan every row; ``flush(plan)`` every CHUNK_ROWS rows writes (or counts) the new rows planned so far and
        lets them go."""
        total = sum(len(sheet.rows) for sheet in source.sheets) or 1
        done = 0
        kinds = set()
        for sheet in source.sheets:
            if sheet.hidden and not self.options.include_hidden:
                self.problem(sheet, 1, "", "", tr("工作表“{sheet}”是隐藏的，已跳过（{rows:,} 行）；确需导入时请选择“包括隐藏的工作表”"
                                                 "（命令行 --include-hidden）。").format(sheet=sheet.name,
                                                                                   rows=len(sheet.rows)), "warning")
                continue
            if sheet.encoding == "Big5":
                self.problem(sheet, 1, "", "", tr("文件按繁体中文 Big5 编码读取，请核对姓名等文字是否正确。"), "warning")
            mapping = mapping_for(sheet, self.options)
            unknown = [h or f"第 {i + 1} 列" for i, h in enumerate(sheet.header) if i not in mapping and
                       any(row[i] is not None for row in sheet.rows[:200] if i < len(row))]
            if unknown:
                self.report.unknown_columns[sheet.name] = unknown
            if not mapping:
                self.problem(sheet, 1, "", "", tr("没有识别出任何列，请在“核对列”一步中指定每列的内容。"))
                continue
            kind = sheet_kind(mapping, self.options.kind)
            kinds.add(kind)
            self.plan.layouts.append((sheet.header, mapping))
            for number, cells in zip(sheet.row_numbers, sheet.rows):
                outcome = self.row(sheet, kind, mapping, number, cells)
                done += 1
                if outcome == "empty":
                    continue
                self.report.rows += 1
                if outcome is not None:
                    setattr(self.report, outcome, getattr(self.report, outcome) + 1)
                if done % CHUNK_ROWS == 0:
                    flush(self.plan)
                if done % 1000 == 0:
                    if self.cancel():
                        raise ImportCancelled()
                    progress(tr("核对第 {done:,} / {total:,} 行").format(done=done, total=total), int(60 * done / total))
        flush(self.plan)
        self.report.kind = kinds.pop() if len(kinds) == 1 else ("mixed" if kinds else (self.options.kind or ""))
        self.report.records = {**self.plan.counts, "complaints": len(self.plan.new_complaints)}


# --- writing ----------------------------------------------------------------------------------------------------


def _apply_updates(model, updates: dict[int, dict]) -> None:
    """UPDATE many rows, one prepared statement per set of changed columns."""
    groups: dict[tuple[str, ...], list[tuple]] = {}
    for record_id, values in updates.items():
        if values:
            names = tuple(sorted(values))
            groups.setdefault(names, []).append(
                tuple(model._meta.fields[n].db_value(values[n]) for n in names) + (record_id,))
    param = model._meta.database.param
    for names, rows in groups.items():
        assignments = ", ".join(f'"{model._meta.fields[n].column_name}" = {param}' for n in names)
        model._meta.database.cursor().executemany(
            f'UPDATE "{model._meta.table_name}" SET {assignments}, "updated_at" = {param} WHERE id = {param}',
            [row[:-1] + (model.updated_at.db_value(now()), row[-1]) for row in rows])


def _count(plan: _Plan) -> None:
    """A preview's flush: the new rows counted, what later rows need of them kept, the rows let go."""
    plan.counts["customers"] += len(plan.new_customers)
    plan.counts["vehicles"] += len(plan.new_vehicles)
    plan.counts["visits"] += len(plan.new_visits)
    plan.new_customers, plan.new_vehicles, plan.new_visits = {}, {}, []


def _insert_new(plan: _Plan, cancel: Cancel) -> None:
    """An import's flush: the new customers, vehicles and visits planned so far written, then let go."""
    plan.touched_customers |= (set(plan.new_customers) | {v["customer"] for v in plan.new_vehicles.values()}
                               | {v["customer"] for v in plan.new_visits})
    plan.visited_vehicles |= {v["vehicle"] for v in plan.new_visits if v["vehicle"]}
    plan.points_given |= {cid for cid, row in plan.new_customers.items() if row.get("points") is not None}
    for model, rows in ((Customer, list(plan.new_customers.values())), (Vehicle, list(plan.new_vehicles.values())),
                        (ServiceVisit, plan.new_visits)):
        by_keys: dict[tuple, list[dict]] = {}
        for row in rows:
            by_keys.setdefault(tuple(sorted(row)), []).append(row)
        for group in by_keys.values():
            if cancel():
                raise ImportCancelled()
            bulk_insert(model, group)
    _count(plan)


def _write(plan: _Plan, progress: Progress, cancel: Cancel) -> None:
    """What is left once every row is planned and its new rows written: the changes to existing records, the
    mileage and derived columns, appointments met, complaints, the layouts remembered."""
    progress(tr("写入数据库"), 70)
    sync_ids(Customer, Vehicle, ServiceVisit)  # the new rows carry ids chosen here
    _apply_updates(Customer, plan.customer_updates)
    mileage_updates = {vid: values.pop("mileage") for vid, values in plan.vehicle_updates.items()
                       if "mileage" in values}
    _apply_updates(Vehicle, plan.vehicle_updates)
    touched_vehicles = set(mileage_updates) | plan.visited_vehicles
    from carecenter import appointments  # imported visits mark their cars' appointments arrived
    appointments.match_open_visits(plan.visited_vehicles)
    param = Vehicle._meta.database.param
    cursor = Vehicle._meta.database.cursor()
    cursor.executemany(f'UPDATE "vehicle" SET "mileage" = {greatest()}("mileage", {param}), "mileage_date" = {param}, '
                       f'"updated_at" = {param} WHERE id = {param} AND "mileage" < {param}',
                       [(km, Vehicle.mileage_date.db_value(clock.today()), Vehicle.updated_at.db_value(now()), vid, km)
                        for vid, km in mileage_updates.items() if km])
    ids = sorted(touched_vehicles)
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        marks = ", ".join([param] * len(part))
        cursor.execute(
            f'UPDATE "vehicle" SET '
            f'"mileage_date" = COALESCE((SELECT MAX(v.visit_date) FROM "service_visit" v WHERE v.vehicle_id = '
            f'"vehicle".id AND v.mileage >= "vehicle"."mileage"), "mileage_date"), '
            f'"mileage" = {greatest()}("mileage", COALESCE((SELECT MAX(v.mileage) FROM "service_visit" v '
            f'WHERE v.vehicle_id = "vehicle".id), 0)) WHERE id IN ({marks})', part)
    progress(tr("更新客户档案"), 90)
    touched_customers = plan.touched_customers | set(plan.customer_updates)
    archive.refresh_customers(sorted(touched_customers))
    if plan.new_complaints:
        complaints.create_accepted(plan.new_complaints, session.current().name)
    for header, mapping in plan.layouts:
        remember(header, mapping)


def _execute(source: SourceFile, options: ImportOptions, commit: bool, progress: Progress | None,
             cancel: Cancel | None, before_write=None) -> ImportReport:
    if options.kind not in (None, *KINDS):
        raise UserError(tr("导入类型应为 customers、vehicles 或 visits，不是“{kind}”。").format(kind=options.kind))
    if options.on_duplicate not in ("update", "skip"):
        raise UserError(tr("重复记录的处理方式应为 update（更新）或 skip（跳过）。"))
    permissions.require("import")
    progress = progress or (lambda step, percent: None)
    cancel = cancel or (lambda: False)
    report = ImportReport(kind=options.kind or "")

    class _Rollback(Exception):
        pass

    try:
        with write():  # the plan is made under the write lock, so its new ids are the ones written
            lock_tables(Customer, Vehicle, ServiceVisit)  # another desk may read meanwhile, not write
            planner = _Planner(options, report, cancel)
            last_visit = ServiceVisit.select(pw.fn.MAX(ServiceVisit.id)).scalar() or 0
            backed_up = False

            def flush(plan: _Plan) -> None:
                nonlocal backed_up
                if not commit or report.rejected:  # a preview, or a file that will not be written: counted only
                    _count(plan)
                    return
                if not backed_up and before_write is not None and (plan.new_customers or plan.new_vehicles
                                                                    or plan.new_visits):
                    before_write()  # the safety backup, just before the first write (a bad first chunk: none)
                backed_up = True
                _insert_new(plan, cancel)

            planner.source(source, progress, flush)
            if not commit or report.rejected:
                raise _Rollback()  # what earlier chunks wrote goes with the transaction
            if not backed_up and before_write is not None:
                before_write()
            _write(planner.plan, progress, cancel)
            from carecenter import club  # a balance the file gave, then the imported visits' 消费 points (RULES §5)
            given = planner.plan.points_given | {cid for cid, row in planner.plan.customer_updates.items()
                                                 if row.get("points") is not None}
            club.reconcile_imported(given)
            club.earn_for_visits(last_visit, given)
            joined = [cid for cid in planner.plan.touched_customers | set(planner.plan.customer_updates)]
            club.assign_numbers(joined)  # members the file brought (入会日期) get their numbers
            club.recompute_levels(joined)
            do_not_contact.sync_archive_boxes(session.current().name)  # 不接受电话回访 ticked in the file
            audit.record("import", "file", source.path.name, detail=report.summary())
            report.written = True
    except _Rollback:
        pass
    progress(tr("完成"), 100)
    return report


def preview(source: SourceFile, options: ImportOptions | None = None, progress: Progress | None = None,
            cancel: Cancel | None = None) -> ImportReport:
    """Validate and match every row, count what would be created, updated and skipped; write nothing."""
    return _execute(source, options or ImportOptions(), False, progress, cancel)


def run(source: SourceFile, options: ImportOptions | None = None, progress: Progress | None = None,
        cancel: Cancel | None = None, *, safety_backup: bool = True) -> ImportReport:
    """Import in one transaction: everything, or nothing when a row has an error or the user cancels. A backup of
    the store is made once the file is found good, just before the first write (a rejected file costs no backup)."""
    permissions.require("import")

    def safety() -> None:
        from carecenter import backup
        if progress:
            progress(tr("导入前自动备份"), 0)
        backup.make_backup(current_store(), reason=f"导入 {source.path.name} 前的自动备份", automatic=True)
    return _execute(source, options or ImportOptions(), True, progress, cancel, safety if safety_backup else None)


# --- the template -----------------------------------------------------------------------------------------------

TEMPLATE_EXAMPLE = {
    "customer.name": "张三", "customer.phone": "13812345678", "customer.phone2": "0571-88886666",
    "customer.gender": "男", "customer.contact_name": "", "customer.address": "浙江省杭州市西湖区文一西路 1 号",
    "customer.postcode": "310012", "customer.birthday": datetime.date(1985, 6, 18), "customer.occupation": "工程师",
    "customer.hobbies": "自驾游、摄影", "customer.family": "已婚，一个孩子", "customer.club_level": "普卡",
    "customer.club_joined": datetime.date(2025, 3, 8), "customer.points": 200, "customer.notes": "",
    "vehicle.plate": "浙A12345", "vehicle.vin": "LSVAB41Z882345678", "vehicle.model": "明锐",
    "vehicle.vehicle_type": "轿车", "vehicle.engine_no": "DJS123456", "vehicle.color": "白色",
    "vehicle.delivery_date": datetime.date(2025, 3, 8), "vehicle.sales_consultant": "马俊", "vehicle.mileage": 15200,
    "vehicle.insurance_expiry": datetime.date(2027, 3, 8), "vehicle.inspection_due": datetime.date(2031, 3, 8),
    "visit.visit_date": datetime.date(2025, 6, 10), "visit.visit_type": "首保",
    "visit.items": "首次保养：更换机油、机滤", "visit.mileage": 4800, "visit.amount": 0, "visit.service_advisor": "孙浩",
    "visit.notes": "",
}


def write_template(path: Path | str) -> Path:
    """The import template: a customers-and-vehicles sheet and a visits sheet, standard headers, one example row."""
    from carecenter.reports.workbook import SheetData, write
    people = [k for k in FIELDS if k.startswith(("customer.", "vehicle."))]
    visits = ["vehicle.plate", "vehicle.vin"] + [k for k in FIELDS if k.startswith("visit.")]
    return write(path, [
        SheetData("客户车辆", [FIELDS[k][0] for k in people], [[TEMPLATE_EXAMPLE[k] for k in people]]),
        SheetData("维修记录", [FIELDS[k][0] for k in visits], [[TEMPLATE_EXAMPLE[k] for k in visits]]),
    ])
