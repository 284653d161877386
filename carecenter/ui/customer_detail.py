"""The archive tab's detail pane: one customer's data, vehicles and visit history as rich text."""

from __future__ import annotations

from html import escape

from carecenter.archive import CustomerRecord


def _date(value) -> str:
    return f"{value:%Y-%m-%d}" if value else "—"


def _row(*cells: str, header: bool = False) -> str:
    tag = "th" if header else "td"
    return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"


def detail_html(record: CustomerRecord) -> str:
    c = record.customer
    parts = [f"<h2 style='margin-bottom:2px'>{escape(c.name)}"
             f"<span style='font-size:small;color:#555'>　{escape(c.gender)}　编号 {c.id}</span></h2>"]
    if record.incomplete:
        parts.append("<p style='color:#C62828'><b>档案待补全：</b>缺少电话或车辆，已超过建档期限。</p>")
    if c.do_not_call:
        parts.append("<p style='color:#E65100'><b>客户要求不接受电话回访</b>（请用短信或其他方式联系）。</p>")
    info = [
        ("电话", "；".join(p for p in (c.phone, c.phone2) if p) or "—"), ("联系人", c.contact_name or "—"),
        ("地址", c.address or "—"), ("邮编", c.postcode or "—"), ("生日", _date(c.birthday)),
        ("职业", c.occupation or "—"), ("兴趣爱好", c.hobbies or "—"), ("家庭情况", c.family or "—"),
        ("偏好联系方式", c.preferred_contact or "—"), ("方便联系时间", c.contact_time or "—"),
        ("会员级别", (f"{c.club_level}（积分 {c.points}，{_date(c.club_joined)} 入会）" if c.club_level and c.club_joined
                  else f"{c.club_level}（积分 {c.points}）" if c.club_level else "非会员")),
        ("转介绍", f"由 {record.referred_by_name} 介绍" if record.referred_by_name else "—"),
        ("客户来源", c.source or "—"), ("建档日期", _date(c.first_contact_date)),
        ("客户希望得到的服务", c.wishes or "—"), ("备注", c.notes or "—"),
    ]
    parts.append("<table cellspacing='0' cellpadding='3'>")
    for index in range(0, len(info), 2):
        cells = []
        for label, value in info[index:index + 2]:
            cells += [f"<span style='color:#555'>{escape(label)}</span>", escape(str(value))]
        parts.append(_row(*cells))
    parts.append("</table>")
    if not record.vehicles:
        parts.append("<p><i>尚未登记车辆。</i></p>")
    for number, vehicle_record in enumerate(record.vehicles, start=1):
        v = vehicle_record.vehicle
        due = _date(vehicle_record.next_maintenance_date)
        if vehicle_record.next_maintenance_km:
            due += f" 或 {vehicle_record.next_maintenance_km:,} 公里"
        parts.append(
            f"<h3 style='margin-bottom:2px'>车辆 {number}：{escape(v.plate or '（无车牌）')}　{escape(v.model)}</h3>"
            f"<p style='margin-top:0'>底盘号 {escape(v.vin or '—')}　发动机编号 {escape(v.engine_no or '—')}<br>"
            f"交车日期 {_date(v.delivery_date)}　销售顾问 {escape(v.sales_consultant or '—')}　"
            f"行驶里程 {v.mileage:,} 公里<br>"
            f"保险到期 {_date(v.insurance_expiry)}　下一次保养期 {due}</p>")
        if vehicle_record.visits:
            parts.append("<table border='1' cellspacing='0' cellpadding='3' style='border-color:#bbb'>")
            parts.append(_row("日期", "维修类型", "维修养护项目", "行驶里程", "金额", header=True))
            for visit in vehicle_record.visits:
                parts.append(_row(_date(visit.visit_date), escape(visit.visit_type), escape(visit.items),
                                  f"{visit.mileage:,}" if visit.mileage is not None else "", f"{visit.amount:,.2f}"))
            parts.append("</table>")
        else:
            parts.append("<p><i>暂无维修保养记录。</i></p>")
    return "\n".join(parts)
