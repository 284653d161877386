"""Which column of an imported file holds which field: guessed from the header in Simplified Chinese, Traditional
Chinese and English, corrected by the user, and remembered per file layout."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from carecenter.models import ImportLayout, now
from carecenter.store import write

#: Every field an import can fill: key → (label, record kind). Keys are "<kind>.<field of the archive>".
FIELDS: dict[str, tuple[str, str]] = {
    "customer.name": ("客户姓名", "customer"),
    "customer.phone": ("手机", "customer"),
    "customer.phone2": ("其他电话", "customer"),
    "customer.gender": ("性别", "customer"),
    "customer.contact_name": ("联系人", "customer"),
    "customer.address": ("地址", "customer"),
    "customer.postcode": ("邮编", "customer"),
    "customer.birthday": ("生日", "customer"),
    "customer.occupation": ("职业", "customer"),
    "customer.hobbies": ("兴趣爱好", "customer"),
    "customer.family": ("家庭情况", "customer"),
    "customer.club_level": ("会员级别", "customer"),
    "customer.club_joined": ("入会日期", "customer"),
    "customer.points": ("积分", "customer"),
    "customer.notes": ("客户备注", "customer"),
    "vehicle.plate": ("车牌号", "vehicle"),
    "vehicle.vin": ("车架号(VIN)", "vehicle"),
    "vehicle.model": ("车型", "vehicle"),
    "vehicle.vehicle_type": ("车种", "vehicle"),
    "vehicle.engine_no": ("发动机号", "vehicle"),
    "vehicle.color": ("颜色", "vehicle"),
    "vehicle.delivery_date": ("交车日期", "vehicle"),
    "vehicle.sales_consultant": ("销售顾问", "vehicle"),
    "vehicle.mileage": ("行驶里程", "vehicle"),
    "vehicle.insurance_expiry": ("保险到期日", "vehicle"),
    "vehicle.inspection_due": ("年检到期日", "vehicle"),
    "visit.visit_date": ("进厂日期", "visit"),
    "visit.visit_type": ("维修类型", "visit"),
    "visit.items": ("维修项目", "visit"),
    "visit.mileage": ("进厂里程", "visit"),
    "visit.amount": ("金额", "visit"),
    "visit.service_advisor": ("服务顾问", "visit"),
    "visit.notes": ("维修备注", "visit"),
    "complaint.work_order": ("工单号", "complaint"),
    "complaint.accepted_at": ("受理时间", "complaint"),
    "complaint.category": ("投诉类别", "complaint"),
    "complaint.channel": ("投诉渠道", "complaint"),
    "complaint.content": ("投诉内容", "complaint"),
}

#: Header words per field, already normalized (see :func:`normalize_header`); "*.mileage" is resolved by the sheet.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer.name": ("客户姓名", "客户名称", "客户名", "姓名", "车主", "车主姓名", "客户", "名称", "name",
                      "customername", "customer", "owner", "ownername"),
    "customer.phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "联络电话", "移动电话",
                       "客户电话", "车主电话", "mobile", "phone", "tel", "telephone", "mobilephone", "cellphone"),
    "customer.phone2": ("其他电话", "座机", "固定电话", "办公电话", "备用电话", "家庭电话", "phone2", "landline"),
    "customer.gender": ("性别", "gender", "sex"),
    "customer.contact_name": ("联系人", "联络人", "contact", "contactname"),
    "customer.address": ("地址", "联系地址", "住址", "家庭地址", "通讯地址", "address"),
    "customer.postcode": ("邮编", "邮政编码", "postcode", "zip", "zipcode"),
    "customer.birthday": ("生日", "出生日期", "birthday", "birthdate", "dateofbirth", "dob"),
    "customer.occupation": ("职业", "occupation", "job"),
    "customer.hobbies": ("兴趣爱好", "爱好", "hobbies", "hobby"),
    "customer.family": ("家庭", "家庭情况", "family"),
    "customer.club_level": ("会员级别", "会员等级", "会员卡", "clublevel", "memberlevel"),
    "customer.club_joined": ("入会日期", "入会时间", "joined", "joindate", "membersince"),
    "customer.points": ("积分", "会员积分", "points"),
    "customer.notes": ("备注", "客户备注", "notes", "note", "remark", "remarks"),
    "vehicle.plate": ("车牌号", "车牌", "车号", "车牌号码", "牌照号", "plate", "plateno", "platenumber",
                      "licenseplate", "license"),
    "vehicle.vin": ("vin", "vin码", "车架号", "底盘号", "车辆识别代号", "车辆识别码", "车辆识别号", "车架号码",
                    "chassis", "chassisno", "vinno"),
    "vehicle.model": ("车型", "车型名称", "车系", "车款", "model", "vehiclemodel"),
    "vehicle.vehicle_type": ("车种", "车辆类型", "车类", "vehicletype", "bodytype"),
    "vehicle.engine_no": ("发动机号", "发动机编号", "发动机号码", "engine", "engineno", "enginenumber"),
    "vehicle.color": ("颜色", "车身颜色", "车色", "color", "colour"),
    "vehicle.delivery_date": ("交车日期", "购车日期", "开票日期", "销售日期", "提车日期", "购买日期", "deliverydate",
                              "purchasedate", "saledate", "invoicedate"),
    "vehicle.sales_consultant": ("销售顾问", "销售员", "销售人员", "salesconsultant", "salesman", "sales"),
    "vehicle.insurance_expiry": ("保险到期日", "保险到期", "保险到期日期", "保险止期", "insuranceexpiry"),
    "vehicle.inspection_due": ("年检到期日", "年检到期", "年检日期", "年审日期", "inspectiondue"),
    "visit.visit_date": ("进厂日期", "维修日期", "送修日期", "来访日期", "到店日期", "进店日期", "结算日期", "入厂日期",
                         "服务日期", "visitdate", "servicedate", "repairdate"),
    "visit.visit_type": ("维修类型", "维修类别", "工单类型", "业务类型", "服务类型", "servicetype", "repairtype"),
    "visit.items": ("维修项目", "维修养护项目", "维修内容", "作业项目", "服务项目", "items", "serviceitems", "work"),
    "visit.amount": ("金额", "总金额", "结算金额", "费用", "维修金额", "工单金额", "amount", "total", "cost"),
    "visit.service_advisor": ("服务顾问", "接待员", "服务专员", "接待顾问", "advisor", "serviceadvisor"),
    "visit.notes": ("维修备注", "工单备注", "visitnotes"),
    "complaint.work_order": ("工单号", "投诉工单号", "工单编号", "workorder", "ticket", "ticketno"),
    "complaint.accepted_at": ("受理时间", "受理日期", "投诉时间", "来电时间", "acceptedat", "complainedat"),
    "complaint.category": ("类别", "投诉类别", "投诉类型", "分类", "category"),
    "complaint.channel": ("渠道", "投诉渠道", "来源", "投诉方式", "channel"),
    "complaint.content": ("投诉内容", "问题描述", "抱怨内容", "客户诉求", "complaint", "content"),
    "*.mileage": ("行驶里程", "里程", "公里数", "进厂里程", "里程数", "当前里程", "mileage", "odometer", "km"),
}

#: Traditional characters that appear in header words, to their Simplified form (headers only, not data).
_TRADITIONAL = str.maketrans({
    "戶": "户", "稱": "称", "電": "电", "話": "话", "聯": "联", "絡": "络", "車": "车", "號": "号", "碼": "码",
    "盤": "盘", "發": "发", "動": "动", "機": "机", "開": "开", "購": "购", "銷": "销", "售": "售", "顧": "顾",
    "問": "问", "駛": "驶", "裡": "里", "裏": "里", "數": "数", "進": "进", "廠": "厂", "維": "维", "脩": "修",
    "類": "类", "項": "项", "額": "额", "務": "务", "員": "员", "險": "险", "檢": "检", "審": "审", "顏": "颜",
    "種": "种", "輛": "辆", "識": "识", "別": "别", "職": "职", "業": "业", "興": "兴", "趣": "趣", "愛": "爱",
    "庭": "庭", "會": "会", "級": "级", "積": "积", "註": "注", "備": "备", "郵": "邮", "編": "编", "址": "址",
    "結": "结", "費": "费", "單": "单", "專": "专", "來": "来", "訪": "访", "後": "后", "體": "体", "係": "系",
    "點": "点", "總": "总", "間": "间", "期": "期", "計": "计", "簽": "签", "處": "处", "買": "买", "價": "价",
    "證": "证", "繫": "系", "誕": "诞",
})


def normalize_header(text: object) -> str:
    """Header text compared by meaning: half-width, lower case, Simplified, no spaces, punctuation or units."""
    header = unicodedata.normalize("NFKC", str(text or "")).lower().translate(_TRADITIONAL)
    header = re.sub(r"[（(\[【].*?[)）\]】]", "", header)  # 行驶里程(km), 手机（必填）
    return re.sub(r"[\s\*:：_\-/\\.#·、]", "", header)


_LOOKUP = {word: key for key, words in SYNONYMS.items() for word in words}


def guess_field(header: str, *, has_visits: bool) -> str | None:
    key = _LOOKUP.get(normalize_header(header))
    if key == "*.mileage":
        return "visit.mileage" if has_visits else "vehicle.mileage"
    return key


def header_score(header: list[str]) -> int:
    """How many cells of a candidate header row name a known field (used to find the header row)."""
    return sum(1 for cell in header if normalize_header(cell) in _LOOKUP)


def signature(header: list[str]) -> str:
    return hashlib.sha256(json.dumps([normalize_header(h) for h in header]).encode()).hexdigest()[:32]


def guess_mapping(header: list[str]) -> dict[int, str]:
    """Column index → field key: the layout remembered for this header row, else guessed from the words.
    A field is given to its first matching column only; unknown columns are left out (and reported)."""
    remembered = ImportLayout.get_or_none(ImportLayout.signature == signature(header))
    if remembered is not None:
        by_header = json.loads(remembered.mapping)
        return {i: by_header[h] for i, h in enumerate(header) if by_header.get(h) in FIELDS}
    keys = [_LOOKUP.get(normalize_header(h)) for h in header]
    has_visits = "visit.visit_date" in keys
    mapping: dict[int, str] = {}
    for index, cell in enumerate(header):
        key = guess_field(cell, has_visits=has_visits)
        if key and key not in mapping.values():
            mapping[index] = key
    return mapping


def remember(header: list[str], mapping: dict[int, str]) -> None:
    """Keep the confirmed mapping for files with this header row (one transaction)."""
    by_header = {header[i]: key for i, key in mapping.items()}
    with write():
        ImportLayout.insert(signature=signature(header), header=json.dumps(header, ensure_ascii=False),
                            mapping=json.dumps(by_header, ensure_ascii=False), used=1, updated_at=now()
                            ).on_conflict(conflict_target=[ImportLayout.signature],
                                          update={ImportLayout.mapping: json.dumps(by_header, ensure_ascii=False),
                                                  ImportLayout.used: ImportLayout.used + 1,
                                                  ImportLayout.updated_at: now()}).execute()
