"""The archive tab's detail pane: one customer's data, vehicles and visit history as rich text."""

from __future__ import annotations

from html import escape

from carecenter.archive import CustomerRecord
from carecenter.i18n import tr


def _date(value) -> str:
    return f"{value:%Y-%m-%d}" if value else "—"


def _row(*cells: str, header: bool = False) -> str:
    tag = "th" if header else "td"
    return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"


def detail_html(record: CustomerRecord) -> str:
    c = record.customer
    parts = [
        tr(
            "<h2 style='margin-bottom:2px'>{v1}<span style='font-size:small;color:#555'>　{v2}　编号 {id}</span></h2>"
        ).format(v1=escape(c.name), v2=escape(tr(c.gender)), id=c.id)
    ]
    if record.incomplete:
        parts.append(tr("<p style='color:#C62828'><b>档案待补全：</b>缺少电话或车辆，已超过建档期限。</p>"))
    if c.lost_contact:
        parts.append(tr("<p style='color:#E65100'><b>失联：</b>多次回访未接通。请核对电话号码；下次接通后自动解除。</p>"))
    if c.phone_wrong:
        parts.append(tr("<p style='color:#C62828'><b>号码错误：</b>回访时发现电话号码不对，请核对后修改（改号后自动解除）。</p>"))
    for refusal in record.refusals:
        parts.append(tr("<p style='color:#E65100'><b>不接受{kind}</b>（{since} 起，{who}登记：{reason}）</p>").format(
            kind=escape(tr(refusal.title)), since=_date(refusal.since), who=escape(refusal.recorded_by),
            reason=escape(tr(refusal.reason))))
    info = [
        (tr("电话"), tr("；").join(p for p in (c.phone, c.phone2) if p) or "—"),
        (tr("联系人"), c.contact_name or "—"),
        (tr("地址"), c.address or "—"),
        (tr("邮编"), c.postcode or "—"),
        (tr("生日"), _date(c.birthday)),
        (tr("职业"), c.occupation or "—"),
        (tr("兴趣爱好"), c.hobbies or "—"),
        (tr("家庭情况"), c.family or "—"),
        (tr("偏好联系方式"), tr(c.preferred_contact) or "—"),
        (tr("方便联系时间"), c.contact_time or "—"),
        (
            tr("会员"),
            (
                tr("{number}　{club_level}（积分 {points}，{joined} 入会）").format(
                    number=c.member_number, club_level=tr(c.club_level), points=c.points, joined=_date(c.club_joined))
                if c.club_joined
                else tr("非会员（积分 {points}）").format(points=c.points)
            ),
        ),
        (
            tr("转介绍"),
            (
                tr("由 {referred_by_name} 介绍").format(referred_by_name=record.referred_by_name)
                if record.referred_by_name
                else "—"
            ),
        ),
        (tr("客户来源"), (tr(c.source) or "—") + (tr("（潜在客户）") if c.prospect else "")),
        (tr("建档日期"), _date(c.first_contact_date)),
        (tr("客户希望得到的服务"), c.wishes or "—"),
        (tr("备注"), c.notes or "—"),
    ]
    parts.append("<table cellspacing='0' cellpadding='3'>")
    for index in range(0, len(info), 2):
        cells = []
        for label, value in info[index:index + 2]:
            cells += [f"<span style='color:#555'>{escape(label)}</span>", escape(str(value))]
        parts.append(_row(*cells))
    parts.append("</table>")
    if not record.vehicles:
        parts.append(tr("<p><i>尚未登记车辆。</i></p>"))
    for number, vehicle_record in enumerate(record.vehicles, start=1):
        v = vehicle_record.vehicle
        due = _date(vehicle_record.next_maintenance_date)
        if vehicle_record.next_maintenance_km:
            due += tr(" 或 {next_maintenance_km:,} 公里").format(next_maintenance_km=vehicle_record.next_maintenance_km)
        parts.append(
            tr(
                "<h3 style='margin-bottom:2px'>车辆 {number}：{v2}　{v3}</h3><p style='margin-top:0'>底盘号 {v4}　发动机编号 {v5}<br>交车日期 {v6}　销售顾问 {v7}　行驶里程 {mileage:,} 公里<br>保险到期 {v9}　下一次保养期 {due}</p>"
            ).format(
                number=number,
                v2=escape(v.plate or tr("（无车牌）")),
                v3=escape(v.model),
                v4=escape(v.vin or '—'),
                v5=escape(v.engine_no or '—'),
                v6=_date(v.delivery_date),
                v7=escape(v.sales_consultant or '—'),
                mileage=v.mileage,
                v9=_date(v.insurance_expiry),
                due=due,
            )
        )
        if vehicle_record.visits:
            parts.append("<table border='1' cellspacing='0' cellpadding='3' style='border-color:#bbb'>")
            parts.append(_row(tr("日期"), tr("维修类型"), tr("维修养护项目"), tr("行驶里程"), tr("金额"), header=True))
            for visit in vehicle_record.visits:
                parts.append(_row(_date(visit.visit_date), escape(tr(visit.visit_type)), escape(visit.items),
                                  f"{visit.mileage:,}" if visit.mileage is not None else "", f"{visit.amount:,.2f}"))
            parts.append("</table>")
        else:
            parts.append(tr("<p><i>暂无维修保养记录。</i></p>"))
    return "\n".join(parts)
