"""F6 and F7: every label of FORMS.md, the complaint's data and its signatures."""

import datetime
import re

import pytest
from pypdf import PdfReader

from carecenter import archive, complaints, printing
from carecenter.errors import UserError
from carecenter.models import Complaint

F6 = ["客户抱怨/投诉处理表", "受理日期", "受理编号", "客户姓名", "地址", "邮编", "联系人", "电话", "传真", "购车时间",
      "抱怨/投诉时间", "抱怨/投诉次数", "车型", "底盘号", "发动机号", "接待的销售顾问", "接待的客户关爱专员",
      "抱怨/投诉内容", "初步原因分析", "客户关爱专员签名", "客户关爱总监签名", "转交时间", "责任部门经理签名",
      "抱怨/投诉调查结果", "采取措施", "措施完成时间", "负责人签名", "客户对采取措施后的反馈意见", "回访时间",
      "抱怨/投诉根本原因分析", "经销商改进措施", "改进措施实施部门", "实施部门经理签名", "日期"]
F7 = ["客户投诉升级预警单", "工单信息和客户信息", "工单号", "客户姓名", "联系电话", "车牌号码", "车型", "行驶里程数",
      "涉及SST", "初次投诉日期", "购车日期", "原处理部门/升级处理部门", "客户再次投诉内容", "升级预警原因描述",
      "CSR工号", "组长/主管签字", "职能部门处理结果", "处理人", "日期"]


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(str(path)).pages))


def test_f6_and_f7_carry_every_label_and_the_signatures(store, tmp_path):
    customer_id = archive.save_customer({"name": "张三", "phone": "13812345678", "address": "杭州市文一路 1 号"})
    archive.save_vehicle(customer_id, {"plate": "浙A12345", "vin": "LSVAB41Z882345678", "model": "明锐"})
    complaint_id = Complaint.create(customer=customer_id, content="空调异响").id
    complaints.accept(complaint_id, "S1", "电话", datetime.datetime(2026, 11, 19, 10, 0))
    complaints.update_form(complaint_id, {"analysis": "压缩机支架松动"})
    complaints.sign(complaint_id, "specialist")
    complaints.customer_called(complaint_id)
    f6 = text_of(printing.print_complaint(complaint_id, tmp_path / "f6.pdf"))
    assert [label for label in F6 if label not in f6] == []
    assert "TS-2026-0001" in f6 and "2026年11月19日" in f6 and "压缩机支架松动" in f6 and "测试管理员" in f6
    plain = complaints.file(customer_id, "等候太久", "S2", "面谈")
    with pytest.raises(UserError, match="F7"):  # nothing to report: refused, not a blank form
        printing.print_escalation(plain, tmp_path / "blank.pdf")
    assert not (tmp_path / "blank.pdf").exists()
    f7 = text_of(printing.print_escalation(complaint_id, tmp_path / "f7.pdf"))
    assert [label for label in F7 if label not in f7] == []
    assert "状态为未处理，客户已来电2次" in f7 and "浙A12345" in f7
