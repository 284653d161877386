<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN">
  <context>
    <name>CareCenter</name>
    <message>
      <location filename="../../carecenter/app.py" line="33" />
      <source>CareCenter 客户关爱中心</source>
      <translation>CareCenter 客戶關愛中心</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="43" />
      <source>无法打开数据库</source>
      <translation>無法開啟資料庫</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="48" />
      <source>数据库在网络文件夹中</source>
      <translation>資料庫在網路資料夾中</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="49" />
      <source>{path}
位于网络文件夹。SQLite 数据库放在网络共享上可能损坏数据。
请把数据库放在本机磁盘上；多个前台同时使用时，请改用 PostgreSQL 多席位部署。</source>
      <translation>{path}
位於網路資料夾。SQLite 資料庫放在網路共享上可能損壞資料。
請把資料庫放在本機磁碟上；多個前臺同時使用時，請改用 PostgreSQL 多席位部署。</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="66" />
      <source>数据库正在使用中</source>
      <translation>資料庫正在使用中</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="67" />
      <source>{busy}

可以只读打开（只能查看和打印），或取消。</source>
      <translation>{busy}

可以只讀開啟（只能檢視和列印），或取消。</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="69" />
      <source>只读打开</source>
      <translation>只讀開啟</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="70" />
      <source>取消</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="98" />
      <source>数据库</source>
      <translation>資料庫</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="203" />
      <source>数据库已损坏</source>
      <translation>資料庫已損壞</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="204" />
      <source>数据库检查未通过（{problem}）。
损坏的文件已移到：{aside}（不会删除）。</source>
      <translation>資料庫檢查未通過（{problem}）。
損壞的檔案已移到：{aside}（不會刪除）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="207" />
      <source>最新的完好备份：{name}
{contents}</source>
      <translation>最新的完好備份：{name}
{contents}</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="209" />
      <source>用这个备份恢复</source>
      <translation>用這個備份恢復</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="211" />
      <source>没有找到可用的备份。</source>
      <translation>沒有找到可用的備份。</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="212" />
      <source>抢救损坏文件中的数据…</source>
      <translation>搶救損壞檔案中的資料…</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="213" />
      <source>退出</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="223" />
      <source>抢救结果</source>
      <translation>搶救結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="223" />
      <source>从损坏的文件中读出：{summary}。

用抢救出的数据继续工作吗？（选“否”则保留在 {target}，可以以后再决定。）</source>
      <translation>從損壞的檔案中讀出：{summary}。

用搶救出的資料繼續工作嗎？（選“否”則保留在 {target}，可以以後再決定。）</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="230" />
      <source>无法恢复</source>
      <translation>無法恢復</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="38" />
      <source>已预约</source>
      <translation>已預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="38" />
      <source>已确认</source>
      <translation>已確認</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="38" />
      <source>已到店</source>
      <translation>已到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="47" />
      <source>首保</source>
      <translation>首保</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="47" />
      <source>年检</source>
      <translation>年檢</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="49" />
      <source>预约</source>
      <translation>預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="49" />
      <source>确认</source>
      <translation>確認</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="49" />
      <source>改约</source>
      <translation>改約</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="50" />
      <source>到店</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="50" />
      <source>爽约</source>
      <translation>爽約</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="50" />
      <source>满额加约</source>
      <translation>滿額加約</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="161" />
      <source>预约时间 {at:%Y-%m-%d %H:%M} 已经过去，请选择以后的时段。</source>
      <translation>預約時間 {at:%Y-%m-%d %H:%M} 已經過去，請選擇以後的時段。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="164" />
      <source>{day:%Y-%m-%d} 本店不营业，没有可预约的时段。</source>
      <translation>{day:%Y-%m-%d} 本店不營業，沒有可預約的時段。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="166" />
      <source>{at:%H:%M} 不是预约时段：时段每 {minutes} 分钟一个，从 {first:%H:%M} 到 {last:%H:%M}。</source>
      <translation>{at:%H:%M} 不是預約時段：時段每 {minutes} 分鐘一個，從 {first:%H:%M} 到 {last:%H:%M}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="177" />
      <source>近两周没有空闲时段</source>
      <translation>近兩週沒有空閒時段</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="179" />
      <source>{day:%Y-%m-%d} 的预约已满。可预约：{alternatives}。</source>
      <translation>{day:%Y-%m-%d} 的預約已滿。可預約：{alternatives}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="181" />
      <source>{at:%m-%d %H:%M} 这个时段已约满。可预约：{alternatives}。</source>
      <translation>{at:%m-%d %H:%M} 這個時段已約滿。可預約：{alternatives}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="183" />
      <source>（只有经理可以在已满的时段加约。）</source>
      <translation>（只有經理可以在已滿的時段加約。）</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="249" />
      <source>预约项目应为 {v1} 之一，不是“{kind}”。</source>
      <translation>預約專案應為 {v1} 之一，不是“{kind}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="256" />
      <source>、</source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="261" />
      <source>需携带证件</source>
      <translation>需攜帶證件</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="266" />
      <source>“{what}”最多 {limit} 个字，现在是 {length} 个。</source>
      <translation>“{what}”最多 {limit} 個字，現在是 {length} 個。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="271" />
      <source>定期保养</source>
      <translation>定期保養</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="272" />
      <source>行驶证</source>
      <translation>行駛證</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="272" />
      <source>保养手册</source>
      <translation>保養手冊</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="279" />
      <source>预约来源应为 {v1} 之一。</source>
      <translation>預約來源應為 {v1} 之一。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="284" />
      <source>找不到车辆（编号 {vehicle_id}）。</source>
      <translation>找不到車輛（編號 {vehicle_id}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="286" />
      <source>这辆车的客户已删除，不能预约。</source>
      <translation>這輛車的客戶已刪除，不能預約。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="290" />
      <source>服务顾问</source>
      <translation>服務顧問</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="325" />
      <source>找不到回访任务 {task_id}。</source>
      <translation>找不到回訪任務 {task_id}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="327" />
      <source>“{reason}”不是提醒预约的回访，不能以“已预约”结束。</source>
      <translation>“{reason}”不是提醒預約的回訪，不能以“已預約”結束。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="330" />
      <source>回访任务 {task_id} 已是“{status}”状态，不能再登记。</source>
      <translation>回訪任務 {task_id} 已是“{status}”狀態，不能再登記。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="334" />
      <source>回访任务 {task_id} 不是这辆车（编号 {vehicle_id}）的。</source>
      <translation>回訪任務 {task_id} 不是這輛車（編號 {vehicle_id}）的。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="340" />
      <source>这位客户还没有登记车辆，不能预约。</source>
      <translation>這位客戶還沒有登記車輛，不能預約。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="345" />
      <source>已预约 {at:%m-%d %H:%M}</source>
      <translation>已預約 {at:%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="361" />
      <source>找不到预约（编号 {appointment_id}）。</source>
      <translation>找不到預約（編號 {appointment_id}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="367" />
      <source>预约 {id} 已是“{status}”，不能再更改。</source>
      <translation>預約 {id} 已是“{status}”，不能再更改。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="378" />
      <source>新的时段与原来的相同。</source>
      <translation>新的時段與原來的相同。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="394" />
      <source>请填写取消预约的原因。</source>
      <translation>請填寫取消預約的原因。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="395" />
      <source>取消原因</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="399" />
      <source>已取消</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="424" />
      <source>预约 {id} 已登记到店。</source>
      <translation>預約 {id} 已登記到店。</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="427" />
      <source>这个预约在 {day:%Y-%m-%d}，今天不能登记到店。</source>
      <translation>這個預約在 {day:%Y-%m-%d}，今天不能登記到店。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="52" />
      <source>{label}“{text}”无效，可选：{v3}。</source>
      <translation>{label}“{text}”無效，可選：{v3}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="64" />
      <source>{label}太长（最多 {limit} 个字）。</source>
      <translation>{label}太長（最多 {limit} 個字）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="72" />
      <source>邮编“{text}”应为 6 位数字。</source>
      <translation>郵編“{text}”應為 6 位數字。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="87" />
      <source>积分“{text}”应为不小于 0 的整数。</source>
      <translation>積分“{text}”應為不小於 0 的整數。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="97" />
      <source>{label} {day:%Y-%m-%d} 晚于今天。</source>
      <translation>{label} {day:%Y-%m-%d} 晚於今天。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="99" />
      <source>{label} {day:%Y-%m-%d} 不可能（应不早于 {earliest:%Y-%m-%d}），请核对原始资料。</source>
      <translation>{label} {day:%Y-%m-%d} 不可能（應不早於 {earliest:%Y-%m-%d}），請核對原始資料。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="109" />
      <source>性别“{text}”应为 男 或 女。</source>
      <translation>性別“{text}”應為 男 或 女。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="194" />
      <source>请填写客户名称。</source>
      <translation>請填寫客戶名稱。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="196" />
      <source>客户名称不能为空。</source>
      <translation>客戶名稱不能為空。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="218" />
      <source>找不到客户（编号 {customer_id}），可能已被删除。</source>
      <translation>找不到客戶（編號 {customer_id}），可能已被刪除。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="324" />
      <source>车架号 {v1} 已登记在客户“{name}”名下。</source>
      <translation>車架號 {v1} 已登記在客戶“{name}”名下。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="335" />
      <source>车牌 {v1} 已登记在客户“{name}”名下，确定继续吗？</source>
      <translation>車牌 {v1} 已登記在客戶“{name}”名下，確定繼續嗎？</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="342" />
      <source>请至少填写车号或底盘号中的一项。</source>
      <translation>請至少填寫車號或底盤號中的一項。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="376" />
      <source>请填写送修或来访日期。</source>
      <translation>請填寫送修或來訪日期。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="386" />
      <source>行驶里程 {mileage} 公里低于之前记录的 {earlier} 公里，确定要保存吗？</source>
      <translation>行駛里程 {mileage} 公里低於之前記錄的 {earlier} 公里，確定要儲存嗎？</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>全部客户</source>
      <translation>全部客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>会员</source>
      <translation>會員</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>普卡</source>
      <translation>普卡</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>银卡</source>
      <translation>銀卡</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>金卡</source>
      <translation>金卡</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="431" />
      <source>非会员</source>
      <translation>非會員</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="437" />
      <source>全部价值</source>
      <translation>全部價值</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="437" />
      <source>近12个月消费 ≥ 5 000 元</source>
      <translation>近12個月消費 ≥ 5 000 元</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="438" />
      <source>近12个月消费 ≥ 20 000 元</source>
      <translation>近12個月消費 ≥ 20 000 元</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="438" />
      <source>近12个月进厂 ≥ 2 次</source>
      <translation>近12個月進廠 ≥ 2 次</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="439" />
      <source>近12个月进厂 ≥ 4 次</source>
      <translation>近12個月進廠 ≥ 4 次</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="445" />
      <source>价值筛选应写成 spend:金额 或 visits:次数，不是“{value}”。</source>
      <translation>價值篩選應寫成 spend:金額 或 visits:次數，不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="475" />
      <source>会员筛选应为 members、non-members、普卡、银卡 或 金卡，不是“{club}”。</source>
      <translation>會員篩選應為 members、non-members、普卡、銀卡 或 金卡，不是“{club}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="553" />
      <source>（无车牌）</source>
      <translation>（無車牌）</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="75" />
      <source>此前的审计记录被删除</source>
      <translation>此前的審計記錄被刪除</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="77" />
      <source>与前一条记录接不上</source>
      <translation>與前一條記錄接不上</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="79" />
      <source>内容被改动过</source>
      <translation>內容被改動過</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="127" />
      <source>（空）</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="128" />
      <source>{title}：{old} → {new}</source>
      <translation>{title}：{old} → {new}</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="130" />
      <source>{title}：{value}</source>
      <translation>{title}：{value}</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="131" />
      <source>；</source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="147" />
      <source>状态</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="147" />
      <source>类别</source>
      <translation>類別</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="147" />
      <source>投诉方式</source>
      <translation>投訴方式</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="147" />
      <source>抱怨/投诉内容</source>
      <translation>抱怨/投訴內容</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="148" />
      <source>初步原因分析</source>
      <translation>初步原因分析</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="148" />
      <source>抱怨/投诉调查结果</source>
      <translation>抱怨/投訴調查結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="148" />
      <source>采取措施</source>
      <translation>採取措施</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="149" />
      <source>客户对采取措施后的反馈意见</source>
      <translation>客戶對採取措施後的反饋意見</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="149" />
      <source>抱怨/投诉根本原因分析</source>
      <translation>抱怨/投訴根本原因分析</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="150" />
      <source>经销商改进措施</source>
      <translation>經銷商改進措施</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="150" />
      <source>改进措施实施部门</source>
      <translation>改進措施實施部門</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="150" />
      <source>经办人</source>
      <translation>經辦人</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="151" />
      <source>转交时间</source>
      <translation>轉交時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="151" />
      <source>措施完成时间</source>
      <translation>措施完成時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="151" />
      <source>回访时间</source>
      <translation>回訪時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="152" />
      <source>预警原因</source>
      <translation>預警原因</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="152" />
      <source>受理编号</source>
      <translation>受理編號</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="152" />
      <source>级别</source>
      <translation>級別</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="158" />
      <source>客户</source>
      <translation>客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="158" />
      <source>车辆</source>
      <translation>車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="158" />
      <source>维修保养记录</source>
      <translation>維修保養記錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="159" />
      <source>通话记录</source>
      <translation>通話記錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="159" />
      <source>回访任务</source>
      <translation>回訪任務</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="159" />
      <source>跟踪服务电话登记表</source>
      <translation>跟蹤服務電話登記表</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="159" />
      <source>信函</source>
      <translation>信函</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="160" />
      <source>跟踪服务信函登记表</source>
      <translation>跟蹤服務信函登記表</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="160" />
      <source>短信</source>
      <translation>簡訊</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="160" />
      <source>活动</source>
      <translation>活動</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="160" />
      <source>投诉</source>
      <translation>投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="161" />
      <source>顾客休息室检查表</source>
      <translation>顧客休息室檢查表</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="161" />
      <source>客休区检查</source>
      <translation>客休區檢查</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="161" />
      <source>客休区检查项目</source>
      <translation>客休區檢查專案</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="162" />
      <source>报修</source>
      <translation>報修</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="162" />
      <source>客餐</source>
      <translation>客餐</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="162" />
      <source>通话抽查</source>
      <translation>通話抽查</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="162" />
      <source>顾客统计表</source>
      <translation>顧客統計表</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="163" />
      <source>月度工作小结</source>
      <translation>月度工作小結</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="163" />
      <source>设置</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="163" />
      <source>用户</source>
      <translation>使用者</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="164" />
      <source>文件</source>
      <translation>檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="169" />
      <source>新增</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="170" />
      <source>修改</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="171" />
      <source>删除</source>
      <translation>刪除</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="172" />
      <source>登录</source>
      <translation>登入</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="173" />
      <source>登录失败</source>
      <translation>登入失敗</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="175" />
      <source>打印</source>
      <translation>列印</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="176" />
      <source>导出</source>
      <translation>匯出</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="177" />
      <source>导入</source>
      <translation>匯入</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="178" />
      <source>备份</source>
      <translation>備份</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="179" />
      <source>恢复</source>
      <translation>恢復</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="180" />
      <source>修改密码</source>
      <translation>修改密碼</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="181" />
      <source>载入演示数据</source>
      <translation>載入演示資料</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="182" />
      <source>检查数据库</source>
      <translation>檢查資料庫</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="183" />
      <source>回访</source>
      <translation>回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="184" />
      <source>签名</source>
      <translation>簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="185" />
      <source>撤回签名</source>
      <translation>撤回簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="70" />
      <source>密码不能全是空格。</source>
      <translation>密碼不能全是空格。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="72" />
      <source>密码至少需要 {MIN_PASSWORD} 个字符。</source>
      <translation>密碼至少需要 {MIN_PASSWORD} 個字元。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="74" />
      <source>密码太长（最多 256 个字符）。</source>
      <translation>密碼太長（最多 256 個字元）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="80" />
      <source>用户名中有看不见的控制字符，请重新输入。</source>
      <translation>使用者名稱中有看不見的控制字元，請重新輸入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="83" />
      <source>请填写用户名。</source>
      <translation>請填寫使用者名稱。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="85" />
      <source>用户名太长（最多 60 个字）。</source>
      <translation>使用者名稱太長（最多 60 個字）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="88" />
      <source>角色应为 {v1} 之一，不是“{role}”。</source>
      <translation>角色應為 {v1} 之一，不是“{role}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="106" />
      <source>已有可以登录的用户，请由管理员添加新用户。</source>
      <translation>已有可以登入的使用者，請由管理員新增新使用者。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="127" />
      <source>“{name}”已在人员名单中，只是还没有密码：请在列表中选中“{name}”，按“设置密码…”。</source>
      <translation>“{name}”已在人員名單中，只是還沒有密碼：請在列表中選中“{name}”，按“設定密碼…”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="129" />
      <source>用户“{name}”已存在。</source>
      <translation>使用者“{name}”已存在。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="140" />
      <source>没有用户“{name}”。</source>
      <translation>沒有使用者“{name}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="170" />
      <source>这是最后一位管理员，不能停用或改为其他角色。</source>
      <translation>這是最後一位管理員，不能停用或改為其他角色。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="207" />
      <source>用户名或密码不正确。</source>
      <translation>使用者名稱或密碼不正確。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="213" />
      <source>密码连续输错 {MAX_FAILURES} 次，账户已锁定，请 {minutes} 分钟后再试。</source>
      <translation>密碼連續輸錯 {MAX_FAILURES} 次，賬戶已鎖定，請 {minutes} 分鐘後再試。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="226" />
      <source>密码连续输错 {MAX_FAILURES} 次，账户已锁定 {LOCK_MINUTES} 分钟。</source>
      <translation>密碼連續輸錯 {MAX_FAILURES} 次，賬戶已鎖定 {LOCK_MINUTES} 分鐘。</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="230" />
      <source>用户名或密码不正确（还可再试 {v1} 次）。</source>
      <translation>使用者名稱或密碼不正確（還可再試 {v1} 次）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="68" />
      <source>PostgreSQL 数据库由服务器备份（例如每天用 pg_dump），CareCenter 不在本机复制服务器上的数据。</source>
      <translation>PostgreSQL 資料庫由伺服器備份（例如每天用 pg_dump），CareCenter 不在本機複製伺服器上的資料。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="78" />
      <source>无法写入备份文件夹 {target_folder}：{v2}</source>
      <translation>無法寫入備份資料夾 {target_folder}：{v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="154" />
      <source>数据库已损坏，无法完成检查：{error}。请从最近的备份恢复。</source>
      <translation>資料庫已損壞，無法完成檢查：{error}。請從最近的備份恢復。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="156" />
      <source>数据库结构完整。</source>
      <translation>資料庫結構完整。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="156" />
      <source>数据库已损坏：</source>
      <translation>資料庫已損壞：</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="160" />
      <source>有 {v1} 条记录引用了不存在的记录（{v2}）。</source>
      <translation>有 {v1} 條記錄引用了不存在的記錄（{v2}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="162" />
      <source>记录之间的引用全部有效。</source>
      <translation>記錄之間的引用全部有效。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="163" />
      <source>结构版本 {version}，日志模式 {journal_mode}。</source>
      <translation>結構版本 {version}，日誌模式 {journal_mode}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="174" />
      <source>检查结果无法写入审计日志（数据库可能已损坏）。</source>
      <translation>檢查結果無法寫入審計日誌（資料庫可能已損壞）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="193" />
      <source>审计日志的保护触发器被删除了（{names}），审计日志可能已被改动，请联系管理员。</source>
      <translation>審計日誌的保護觸發器被刪除了（{names}），審計日誌可能已被改動，請聯絡管理員。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="197" />
      <source>审计日志从第 {entry_id} 条起不完整（{why}）：记录在程序之外被改动过。</source>
      <translation>審計日誌從第 {entry_id} 條起不完整（{why}）：記錄在程式之外被改動過。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="200" />
      <source>审计日志完整：{entries} 条记录环环相扣，保护触发器都在。</source>
      <translation>審計日誌完整：{entries} 條記錄環環相扣，保護觸發器都在。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="208" />
      <source>找不到文件：{path}</source>
      <translation>找不到檔案：{path}</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="211" />
      <source>{name} 不是 CareCenter 数据库或备份文件。</source>
      <translation>{name} 不是 CareCenter 資料庫或備份檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="216" />
      <source>{name} 是其他程序的数据库，不是 CareCenter 的备份。</source>
      <translation>{name} 是其他程式的資料庫，不是 CareCenter 的備份。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="220" />
      <source>{name} 已损坏，无法读取：{error}</source>
      <translation>{name} 已損壞，無法讀取：{error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="222" />
      <source>{name} 来自较新版本的 CareCenter（结构版本 {version}），请先升级程序。</source>
      <translation>{name} 來自較新版本的 CareCenter（結構版本 {version}），請先升級程式。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="224" />
      <source>{name} 已损坏（{result}），不能用来恢复。</source>
      <translation>{name} 已損壞（{result}），不能用來恢復。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="242" />
      <source>PostgreSQL 数据库请在服务器上恢复（pg_restore）；CareCenter 的备份文件只用于本机数据库。</source>
      <translation>PostgreSQL 資料庫請在伺服器上恢復（pg_restore）；CareCenter 的備份檔案只用於本機資料庫。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="247" />
      <source>不能用正在使用的数据库文件恢复它自己。</source>
      <translation>不能用正在使用的資料庫檔案恢復它自己。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="249" />
      <source>恢复备份前的自动备份</source>
      <translation>恢復備份前的自動備份</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="273" />
      <source>（无法读取）</source>
      <translation>（無法讀取）</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="274" />
      <source>{made:%Y-%m-%d %H:%M} 的备份：</source>
      <translation>{made:%Y-%m-%d %H:%M} 的備份：</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="299" />
      <source>无法把 {name} 复制到数据库旁（{error}），未恢复。请检查磁盘空间。</source>
      <translation>無法把 {name} 複製到資料庫旁（{error}），未恢復。請檢查磁碟空間。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="303" />
      <source>{name} 复制后校验失败，未恢复。</source>
      <translation>{name} 複製後校驗失敗，未恢復。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="347" />
      <source>审计记录</source>
      <translation>審計記錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="357" />
      <source>{table} {rows} 条</source>
      <translation>{table} {rows} 條</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="360" />
      <source>；有 {lost} 段记录无法读出</source>
      <translation>；有 {lost} 段記錄無法讀出</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="368" />
      <source>{name} 已存在，抢救的数据不会覆盖它。</source>
      <translation>{name} 已存在，搶救的資料不會覆蓋它。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="380" />
      <source>损坏的数据库连表结构都读不出（{error}），无法抢救；请用备份恢复。</source>
      <translation>損壞的資料庫連表結構都讀不出（{error}），無法搶救；請用備份恢復。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="425" />
      <source>无法检查 PostgreSQL 数据库：{strip}</source>
      <translation>無法檢查 PostgreSQL 資料庫：{strip}</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="426" />
      <source>PostgreSQL 数据库 {url} 可以访问。</source>
      <translation>PostgreSQL 資料庫 {url} 可以訪問。</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="426" />
      <source>结构版本 {version}。</source>
      <translation>結構版本 {version}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="62" />
      <source>首保提醒</source>
      <translation>首保提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="65" />
      <source>续保提醒</source>
      <translation>續保提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="68" />
      <source>质保提醒</source>
      <translation>質保提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="71" />
      <source>学苑邀约</source>
      <translation>學苑邀約</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="74" />
      <source>推荐购车</source>
      <translation>推薦購車</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="76" />
      <source>会员礼遇推广</source>
      <translation>會員禮遇推廣</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="79" />
      <source>入会邀请</source>
      <translation>入會邀請</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="82" />
      <source>入会成功</source>
      <translation>入會成功</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="92" />
      <source>客户称呼</source>
      <translation>客戶稱呼</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="92" />
      <source>车型</source>
      <translation>車型</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="92" />
      <source>购车月数</source>
      <translation>購車月數</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="92" />
      <source>服务热线</source>
      <translation>服務熱線</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="93" />
      <source>本店名称</source>
      <translation>本店名稱</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="93" />
      <source>活动日期</source>
      <translation>活動日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="93" />
      <source>会员卡号</source>
      <translation>會員卡號</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="94" />
      <source>积分余额</source>
      <translation>積分餘額</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="94" />
      <source>会员等级</source>
      <translation>會員等級</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="26" />
      <source>交车年份</source>
      <translation>交車年份</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="26" />
      <source>是否会员</source>
      <translation>是否會員</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="27" />
      <source>流失阶段</source>
      <translation>流失階段</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="27" />
      <source>生日月份</source>
      <translation>生日月份</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="27" />
      <source>最后到店早于</source>
      <translation>最後到店早於</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="28" />
      <source>最后到店不早于</source>
      <translation>最後到店不早於</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="28" />
      <source>入会月份</source>
      <translation>入會月份</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="80" />
      <source>交车年份应写成 2024 或 2023-2024，不是“{text}”。</source>
      <translation>交車年份應寫成 2024 或 2023-2024，不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="88" />
      <source>{key} 应为日期 YYYY-MM-DD，不是“{text}”。</source>
      <translation>{key} 應為日期 YYYY-MM-DD，不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="101" />
      <source>入会时间应写成 2026-11、2026 或 2026-01-01..2026-06-30，不是“{text}”。</source>
      <translation>入會時間應寫成 2026-11、2026 或 2026-01-01..2026-06-30，不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="114" />
      <source>受众条件应写成 键=值，用逗号分隔；键可以是 {keys}，不是“{part}”。</source>
      <translation>受眾條件應寫成 鍵=值，用逗號分隔；鍵可以是 {keys}，不是“{part}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="122" />
      <source>会员等级应为 standard、silver、gold（普卡、银卡、金卡），不是“{value}”。</source>
      <translation>會員等級應為 standard、silver、gold（普卡、銀卡、金卡），不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="126" />
      <source>是否会员应为 yes 或 no，不是“{value}”。</source>
      <translation>是否會員應為 yes 或 no，不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="131" />
      <source>流失阶段应为 {codes} 之一，不是“{value}”。</source>
      <translation>流失階段應為 {codes} 之一，不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="136" />
      <source>生日月份应为 1 到 12，不是“{value}”。</source>
      <translation>生日月份應為 1 到 12，不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="222" />
      <source>没有短信模板“{name}”；可用的有：{names}。</source>
      <translation>沒有簡訊模板“{name}”；可用的有：{names}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="227" />
      <source>短信模板“{name}”中有无法填写的占位符 {unknown}，请在设置中改正。</source>
      <translation>簡訊模板“{name}”中有無法填寫的佔位符 {unknown}，請在設定中改正。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="237" />
      <source>没有符合这些条件的客户（{audience}），请放宽条件。</source>
      <translation>沒有符合這些條件的客戶（{audience}），請放寬條件。</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="245" />
      <source>这些客户都不能发短信（{refused} 位拒收营销短信，{no_mobile} 位没有手机号码）。</source>
      <translation>這些客戶都不能發簡訊（{refused} 位拒收營銷簡訊，{no_mobile} 位沒有手機號碼）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周一</source>
      <translation>週一</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周二</source>
      <translation>週二</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周三</source>
      <translation>週三</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周四</source>
      <translation>週四</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周五</source>
      <translation>週五</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周六</source>
      <translation>週六</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周日</source>
      <translation>週日</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="33" />
      <source>日期应写成 YYYY-MM-DD，不是“{text}”</source>
      <translation>日期應寫成 YYYY-MM-DD，不是“{text}”</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="38" />
      <source>数据库文件路径（默认在用户数据文件夹中）</source>
      <translation>資料庫檔案路徑（預設在使用者資料資料夾中）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="39" />
      <source>规则所用的“今天”（YYYY-MM-DD）</source>
      <translation>規則所用的“今天”（YYYY-MM-DD）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="41" />
      <source>界面和打印表单的语言（默认：图形界面用上次在设置中选择的语言，命令行用简体中文）</source>
      <translation>介面和打印表單的語言（預設：圖形介面用上次在設定中選擇的語言，命令列用簡體中文）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="45" />
      <source>在空数据库中载入演示经销商</source>
      <translation>在空資料庫中載入演示經銷商</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="46" />
      <source>S≈2000、M≈20000、L≈100000 位客户</source>
      <translation>S≈2000、M≈20000、L≈100000 位客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="47" />
      <source>随机种子（相同种子得到相同数据）</source>
      <translation>隨機種子（相同種子得到相同資料）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="49" />
      <source>查找客户</source>
      <translation>查詢客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="50" />
      <source>姓名、拼音首字母、电话（可只输后四位）、车牌或车架号</source>
      <translation>姓名、拼音首字母、電話（可只輸後四位）、車牌或車架號</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="52" />
      <source>按会员筛选：members、non-members、standard（普卡）、silver（银卡）、gold（金卡）</source>
      <translation>按會員篩選：members、non-members、standard（普卡）、silver（銀卡）、gold（金卡）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="53" />
      <source>按价值筛选：spend:金额（近12个月消费不少于）或 visits:次数（近12个月进厂不少于，不含免费、索赔和保险）</source>
      <translation>按價值篩選：spend:金額（近12個月消費不少於）或 visits:次數（近12個月進廠不少於，不含免費、索賠和保險）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="55" />
      <source>以 JSON 输出</source>
      <translation>以 JSON 輸出</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="57" />
      <source>从 Excel（.xlsx）或 CSV 导入客户、车辆、维修记录</source>
      <translation>從 Excel（.xlsx）或 CSV 匯入客戶、車輛、維修記錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="58" />
      <source>要导入的文件</source>
      <translation>要匯入的檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="60" />
      <source>文件内容（默认按列名判断）；complaints = 客服中心的投诉工单</source>
      <translation>檔案內容（預設按列名判斷）；complaints = 客服中心的投訴工單</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="62" />
      <source>已有的客户/车辆：update 更新（默认）或 skip 跳过</source>
      <translation>已有的客戶/車輛：update 更新（預設）或 skip 跳過</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="63" />
      <source>只检查并报告，不写入</source>
      <translation>只檢查並報告，不寫入</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="64" />
      <source>也导入隐藏的工作表（默认跳过并报告）</source>
      <translation>也匯入隱藏的工作表（預設跳過並報告）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="65" />
      <source>以 JSON 输出报告</source>
      <translation>以 JSON 輸出報告</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="67" />
      <source>生成并列出某天的回访清单</source>
      <translation>生成並列出某天的回訪清單</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="68" />
      <source>日期（默认今天）</source>
      <translation>日期（預設今天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="70" />
      <source>列出已过期的回访（近 31 天内时间窗口结束而未回访的，按原因和经办人）</source>
      <translation>列出已過期的回訪（近 31 天內時間視窗結束而未回訪的，按原因和經辦人）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="73" />
      <source>登记一次回访结果</source>
      <translation>登記一次回訪結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="76" />
      <source>结果代码，须适合这次回访的原因（见 CLI.md）</source>
      <translation>結果程式碼，須適合這次回訪的原因（見 CLI.md）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="77" />
      <source>通话内容（事由）</source>
      <translation>通話內容（事由）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="78" />
      <source>通话时间（YYYY-MM-DDTHH:MM，默认现在）；booked 时为预约时段“YYYY-MM-DD HH:MM”</source>
      <translation>通話時間（YYYY-MM-DDTHH:MM，預設現在）；booked 時為預約時段“YYYY-MM-DD HH:MM”</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="79" />
      <source>预约项目（booked 时）</source>
      <translation>預約專案（booked 時）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="80" />
      <source>客户对车辆情况的描述（booked 时）</source>
      <translation>客戶對車輛情況的描述（booked 時）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="81" />
      <source>在已满的时段加约（经理）</source>
      <translation>在已滿的時段加約（經理）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="83" />
      <source>日期：reschedule 改约、not-needed 下次提醒、considering 再次联系（必填）</source>
      <translation>日期：reschedule 改約、not-needed 下次提醒、considering 再次聯絡（必填）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="85" />
      <source>某天的预约（默认今天）</source>
      <translation>某天的預約（預設今天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="88" />
      <source>为一辆车预约时段</source>
      <translation>為一輛車預約時段</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="90" />
      <source>预约时段“YYYY-MM-DD HH:MM”</source>
      <translation>預約時段“YYYY-MM-DD HH:MM”</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="91" />
      <source>预约项目：first_service（首保）、maintenance（定期保养）、repair（一般维修）、body_paint（钣金喷漆）、insurance_claim（保险理赔）、inspection（年检）、other（其他）</source>
      <translation>預約專案：first_service（首保）、maintenance（定期保養）、repair（一般維修）、body_paint（鈑金噴漆）、insurance_claim（保險理賠）、inspection（年檢）、other（其他）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="94" />
      <source>客户对车辆情况的描述</source>
      <translation>客戶對車輛情況的描述</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="96" />
      <source>由哪个回访任务预约</source>
      <translation>由哪個回訪任務預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="100" />
      <source>登记到店、取消或改约</source>
      <translation>登記到店、取消或改約</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="103" />
      <source>客户已到店</source>
      <translation>客戶已到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="104" />
      <source>客户已确认</source>
      <translation>客戶已確認</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="105" />
      <source>取消预约，并写明原因</source>
      <translation>取消預約，並寫明原因</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="106" />
      <source>改约到“YYYY-MM-DD HH:MM”</source>
      <translation>改約到“YYYY-MM-DD HH:MM”</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="109" />
      <source>登记一次满意度回访的问卷回答</source>
      <translation>登記一次滿意度回訪的問卷回答</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="111" />
      <source>按问卷顺序的回答，总体满意在最后；1–5，0 = 不适用，逗号分隔</source>
      <translation>按問卷順序的回答，總體滿意在最後；1–5，0 = 不適用，逗號分隔</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="114" />
      <source>客户不接受的联系（回访、提醒、营销/短信）：查看、登记或撤销</source>
      <translation>客戶不接受的聯絡（回訪、提醒、營銷/簡訊）：檢視、登記或撤銷</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="116" />
      <source>登记客户拒绝的类别</source>
      <translation>登記客戶拒絕的類別</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="117" />
      <source>原因（登记时必填）</source>
      <translation>原因（登記時必填）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="118" />
      <source>撤销：客户重新同意</source>
      <translation>撤銷：客戶重新同意</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="123" />
      <source>某月、某季度或某年的回访、投诉、预约与满意度指标</source>
      <translation>某月、某季度或某年的回訪、投訴、預約與滿意度指標</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="125" />
      <source>月份 YYYY-MM</source>
      <translation>月份 YYYY-MM</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="126" />
      <source>季度 YYYY-Qn（例如 2026-Q4）</source>
      <translation>季度 YYYY-Qn（例如 2026-Q4）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="127" />
      <source>年份 YYYY</source>
      <translation>年份 YYYY</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="130" />
      <source>立即备份数据库</source>
      <translation>立即備份資料庫</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="131" />
      <source>备份到这个文件夹（如 U 盘）；默认是数据库旁的 backups 文件夹</source>
      <translation>備份到這個資料夾（如 U 盤）；預設是資料庫旁的 backups 資料夾</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="132" />
      <source>用备份文件恢复数据库（原文件会保留）</source>
      <translation>用備份檔案恢復資料庫（原檔案會保留）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="133" />
      <source>备份文件</source>
      <translation>備份檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="134" />
      <source>检查数据库是否完整</source>
      <translation>檢查資料庫是否完整</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="135" />
      <source>从损坏的数据库中抢救还能读出的记录，写入一个新文件</source>
      <translation>從損壞的資料庫中搶救還能讀出的記錄，寫入一個新檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="136" />
      <source>新的数据库文件（不能已存在）</source>
      <translation>新的資料庫檔案（不能已存在）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="137" />
      <source>损坏的文件（默认是 --db 指定的数据库）</source>
      <translation>損壞的檔案（預設是 --db 指定的資料庫）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="139" />
      <source>某年的国务院放假安排（投诉封闭时限按此计算）</source>
      <translation>某年的國務院放假安排（投訴封閉時限按此計算）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="142" />
      <source>载入某年的放假通知：holiday-cn 的 JSON 文件，或每行“日期 休/班”的文本</source>
      <translation>載入某年的放假通知：holiday-cn 的 JSON 檔案，或每行“日期 休/班”的文本</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="144" />
      <source>列出某年的放假和调休上班日</source>
      <translation>列出某年的放假和調休上班日</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="147" />
      <source>删除已载入的某年放假通知</source>
      <translation>刪除已載入的某年放假通知</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="150" />
      <source>管理用户</source>
      <translation>管理使用者</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="152" />
      <source>添加用户（从终端输入两次密码，或从标准输入读一行）</source>
      <translation>新增使用者（從終端輸入兩次密碼，或從標準輸入讀一行）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="155" />
      <source>工号</source>
      <translation>工號</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="156" />
      <source>设置用户密码</source>
      <translation>設定使用者密碼</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="158" />
      <source>列出用户</source>
      <translation>列出使用者</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="161" />
      <source>打印表单为 PDF</source>
      <translation>打印表單為 PDF</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="165" />
      <source>表单：customer = F1 客户档案基本资料表，call = F2，call-register = F3（日期或月份），letter-register = F4，delivery-followup = F5（车辆编号），complaint = F6，escalation = F7，lounge = F8（日期），spot-check = F10，statistics = F9（年份）, membership = F11（客户编号）, monthly = F12 月度工作小结（月份）, event = F16 活动总结表（活动编号）</source>
      <translation>表單：customer = F1 客戶檔案基本資料表，call = F2，call-register = F3（日期或月份），letter-register = F4，delivery-followup = F5（車輛編號），complaint = F6，escalation = F7，lounge = F8（日期），spot-check = F10，statistics = F9（年份）, membership = F11（客戶編號）, monthly = F12 月度工作小結（月份）, event = F16 活動總結表（活動編號）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="169" />
      <source>记录编号，或日期 YYYY-MM-DD / 月份 YYYY-MM</source>
      <translation>記錄編號，或日期 YYYY-MM-DD / 月份 YYYY-MM</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="170" />
      <source>输出的 PDF 文件</source>
      <translation>輸出的 PDF 檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="172" />
      <source>周报、月度、季度、年度工作小结：PDF 与总部 Excel 工作簿</source>
      <translation>週報、月度、季度、年度工作小結：PDF 與總部 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="173" />
      <source>报表种类</source>
      <translation>報表種類</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="174" />
      <source>期间：2026-W48（或该周某天）、2026-11、2026-Q4、2026</source>
      <translation>期間：2026-W48（或該周某天）、2026-11、2026-Q4、2026</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="175" />
      <source>月份 YYYY-MM（月报，同 --period）</source>
      <translation>月份 YYYY-MM（月報，同 --period）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="177" />
      <source>输出的 Excel 工作簿（.xlsx）</source>
      <translation>輸出的 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="179" />
      <source>导出客户、车辆（及某月的回访与投诉）为 Excel 工作簿</source>
      <translation>匯出客戶、車輛（及某月的回訪與投訴）為 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="181" />
      <source>同时导出该月（YYYY-MM）的回访、投诉、进厂与预约明细</source>
      <translation>同時匯出該月（YYYY-MM）的回訪、投訴、進廠與預約明細</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="189" />
      <source>输出文件应以 {suffix} 结尾：{out}</source>
      <translation>輸出檔案應以 {suffix} 結尾：{out}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="191" />
      <source>输出文件夹不存在：{parent}</source>
      <translation>輸出資料夾不存在：{parent}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="204" />
      <source>请用 --period 指定期间（例如 2026-W48、2026-11、2026-Q4、2026）。</source>
      <translation>請用 --period 指定期間（例如 2026-W48、2026-11、2026-Q4、2026）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="207" />
      <source>请用 --pdf 或 --xlsx 指定输出文件。</source>
      <translation>請用 --pdf 或 --xlsx 指定輸出檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="213" />
      <source>已生成 {pdf}</source>
      <translation>已生成 {pdf}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="216" />
      <source>已生成 {xlsx}</source>
      <translation>已生成 {xlsx}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="225" />
      <source>已生成 {out}</source>
      <translation>已生成 {out}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="247" />
      <source>{busy}命令行现在只能查看和打印，不能修改；请关闭那个窗口后再试。</source>
      <translation>{busy}命令列現在只能檢視和列印，不能修改；請關閉那個視窗後再試。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="263" />
      <source>已载入演示经销商：{customers} 位客户，{vehicles} 辆车，{visits} 条维修保养记录。</source>
      <translation>已載入演示經銷商：{customers} 位客戶，{vehicles} 輛車，{visits} 條維修保養記錄。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="289" />
      <source>共 {v1} 位客户</source>
      <translation>共 {v1} 位客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="319" />
      <source>输出文件应以 .pdf 结尾：{out}</source>
      <translation>輸出檔案應以 .pdf 結尾：{out}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="336" />
      <source>编号应为数字，不是“{id}”。</source>
      <translation>編號應為數字，不是“{id}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="361" />
      <source>错误</source>
      <translation>錯誤</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="361" />
      <source>提示</source>
      <translation>提示</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="363" />
      <source>{mark}	{sheet}	第 {row} 行	{column}	{value}	{reason}</source>
      <translation>{mark}	{sheet}	第 {row} 行	{column}	{value}	{reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="373" />
      <source>提示	{sheet}	未识别、未导入的列：{v2}</source>
      <translation>提示	{sheet}	未識別、未匯入的列：{v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="374" />
      <source>（试运行，未写入）</source>
      <translation>（試執行，未寫入）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="376" />
      <source>错误：{rejection}</source>
      <translation>錯誤：{rejection}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="396" />
      <source>逾期</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="399" />
      <source>{day}：{v2} 项（本次新增 {created}）</source>
      <translation>{day}：{v2} 項（本次新增 {created}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="401" />
      <source>上次生成清单以来，{count} 项回访的时间窗口已在这期间结束，已记为“已过期”（calls --missed 列出）。</source>
      <translation>上次生成清單以來，{count} 項回訪的時間視窗已在這期間結束，已記為“已過期”（calls --missed 列出）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="412" />
      <source>预约时段应写成“YYYY-MM-DD HH:MM”，不是“{text}”。</source>
      <translation>預約時段應寫成“YYYY-MM-DD HH:MM”，不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="423" />
      <source>已预约：编号 {id}，{start:%Y-%m-%d %H:%M}，{plate} {name}，{kind}</source>
      <translation>已預約：編號 {id}，{start:%Y-%m-%d %H:%M}，{plate} {name}，{kind}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="432" />
      <source>已登记：客户 {id} 不接受“{kind}”，撤下待回访任务 {count} 项</source>
      <translation>已登記：客戶 {id} 不接受“{kind}”，撤下待回訪任務 {count} 項</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="437" />
      <source>已撤销：客户 {id} 重新接受“{kind}”</source>
      <translation>已撤銷：客戶 {id} 重新接受“{kind}”</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="456" />
      <source>回答应为逗号分隔的数字 1–5（0 = 不适用），不是“{answers}”。</source>
      <translation>回答應為逗號分隔的數字 1–5（0 = 不適用），不是“{answers}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="462" />
      <source>已登记：通话 {call_id}，{outcome}</source>
      <translation>已登記：通話 {call_id}，{outcome}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="464" />
      <source>；已生成投诉草稿</source>
      <translation>；已生成投訴草稿</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="465" />
      <source>；已提醒经理跟进</source>
      <translation>；已提醒經理跟進</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="479" />
      <source>{day:%Y-%m-%d} 没有预约。</source>
      <translation>{day:%Y-%m-%d} 沒有預約。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="505" />
      <source>已登记到店：预约 {id}</source>
      <translation>已登記到店：預約 {id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="508" />
      <source>已确认：预约 {id}</source>
      <translation>已確認：預約 {id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="511" />
      <source>已取消：预约 {id}</source>
      <translation>已取消：預約 {id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="514" />
      <source>已改约：预约 {id} → {at}</source>
      <translation>已改約：預約 {id} → {at}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="524" />
      <source>“已预约”需要预约时段：--at "YYYY-MM-DD HH:MM"。</source>
      <translation>“已預約”需要預約時段：--at "YYYY-MM-DD HH:MM"。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="527" />
      <source>已登记：任务 {task_id} 已预约</source>
      <translation>已登記：任務 {task_id} 已預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="535" />
      <source>通话时间应写成 YYYY-MM-DDTHH:MM，不是“{at}”。</source>
      <translation>通話時間應寫成 YYYY-MM-DDTHH:MM，不是“{at}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="538" />
      <source>已登记：任务 {task_id}，第 {attempts} 次，状态 {task_status}</source>
      <translation>已登記：任務 {task_id}，第 {attempts} 次，狀態 {task_status}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="542" />
      <source>；已生成投诉草稿 {complaint_id}</source>
      <translation>；已生成投訴草稿 {complaint_id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="570" />
      <source>{month} 回访：应回访 {due}，已回访 {done}（回访率 {rate}%），按时 {on_time}，满意率 {satisfied}%</source>
      <translation>{month} 回訪：應回訪 {due}，已回訪 {done}（回訪率 {rate}%），按時 {on_time}，滿意率 {satisfied}%</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="573" />
      <source>，已过期 {missed}</source>
      <translation>，已過期 {missed}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="576" />
      <source>{month} 投诉：{count} 件，及时响应率 {responded}%，及时封闭率 {closed}%，一次解决率 {first_time}%</source>
      <translation>{month} 投訴：{count} 件，及時響應率 {responded}%，及時封閉率 {closed}%，一次解決率 {first_time}%</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="581" />
      <source>{month} 预约：{booked} 个，到店 {arrived}，爽约 {no_show}，取消 {cancelled}，到店率 {show_rate}</source>
      <translation>{month} 預約：{booked} 個，到店 {arrived}，爽約 {no_show}，取消 {cancelled}，到店率 {show_rate}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="586" />
      <source>{month} 满意度：问卷 {responses} 份，SSI {ssi}，CSI {csi}，问卷满意率 {rate}</source>
      <translation>{month} 滿意度：問卷 {responses} 份，SSI {ssi}，CSI {csi}，問卷滿意率 {rate}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="597" />
      <source>已备份到 {target}</source>
      <translation>已備份到 {target}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="608" />
      <source>数据库已损坏，已移到 {aside}（未删除）；已用 {file} 恢复数据库 {path}。</source>
      <translation>資料庫已損壞，已移到 {aside}（未刪除）；已用 {file} 恢復資料庫 {path}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="612" />
      <source>已用 {file} 恢复数据库 {path}（原文件已保留在同一文件夹）。</source>
      <translation>已用 {file} 恢復資料庫 {path}（原檔案已保留在同一資料夾）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="623" />
      <source>已从 {source} 抢救出：{summary}。新文件：{target}。核对后可用 carecenter restore {target} 换上。</source>
      <translation>已從 {source} 搶救出：{summary}。新檔案：{target}。核對後可用 carecenter restore {target} 換上。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="633" />
      <source>已载入 {year} 年的放假通知（{source}）：放假 {off} 天，调休上班 {worked} 天；{moved} 件未封闭投诉的时限已重新计算。</source>
      <translation>已載入 {year} 年的放假通知（{source}）：放假 {off} 天，調休上班 {worked} 天；{moved} 件未封閉投訴的時限已重新計算。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="639" />
      <source>已删除 {year} 年的放假通知；{moved} 件未封闭投诉的时限已重新计算。</source>
      <translation>已刪除 {year} 年的放假通知；{moved} 件未封閉投訴的時限已重新計算。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="650" />
      <source>{year} 年：{source}</source>
      <translation>{year} 年：{source}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="652" />
      <source>上班</source>
      <translation>上班</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="652" />
      <source>休</source>
      <translation>休</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="653" />
      <source>（本店调整）</source>
      <translation>（本店調整）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="666" />
      <source>最新的完好备份：{path}（carecenter restore {path}）。</source>
      <translation>最新的完好備份：{path}（carecenter restore {path}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="667" />
      <source>没有找到完好的备份。</source>
      <translation>沒有找到完好的備份。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="668" />
      <source>错误：数据库无法打开。{hint}也可以抢救还能读出的记录（carecenter salvage --out 新文件）。</source>
      <translation>錯誤：資料庫無法開啟。{hint}也可以搶救還能讀出的記錄（carecenter salvage --out 新檔案）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="674" />
      <source>错误：数据库检查未通过，请从最近的备份恢复（carecenter restore 备份文件），或抢救还能读出的记录（carecenter salvage --out 新文件）。</source>
      <translation>錯誤：資料庫檢查未通過，請從最近的備份恢復（carecenter restore 備份檔案），或搶救還能讀出的記錄（carecenter salvage --out 新檔案）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="685" />
      <source>没有从标准输入读到密码。</source>
      <translation>沒有從標準輸入讀到密碼。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="687" />
      <source>新密码：</source>
      <translation>新密碼：</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="688" />
      <source>再输入一次：</source>
      <translation>再輸入一次：</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="689" />
      <source>两次输入的密码不一致。</source>
      <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="698" />
      <source>已添加用户“{name}”。</source>
      <translation>已新增使用者“{name}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="701" />
      <source>已设置“{name}”的密码。</source>
      <translation>已設定“{name}”的密碼。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="710" />
      <source>（已停用）</source>
      <translation>（已停用）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="746" />
      <source>错误：{error}</source>
      <translation>錯誤：{error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="749" />
      <source>已取消。</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="758" />
      <source>内部错误：{v1}: {error}（详情已写入 {where}）</source>
      <translation>內部錯誤：{v1}: {error}（詳情已寫入 {where}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="13" />
      <source>客户的积分账目：查看、获得、兑换或调整</source>
      <translation>客戶的積分賬目：檢視、獲得、兌換或調整</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="16" />
      <source>获得积分（配合 --kind）</source>
      <translation>獲得積分（配合 --kind）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="17" />
      <source>兑换积分（抵扣费用，配合 --reason 写明用途）</source>
      <translation>兌換積分（抵扣費用，配合 --reason 寫明用途）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="18" />
      <source>经理调整积分（可为负数，配合 --reason 写明原因）</source>
      <translation>經理調整積分（可為負數，配合 --reason 寫明原因）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="19" />
      <source>获得积分的类别：spend（消费）、event（活动）、referral（推荐购车）</source>
      <translation>獲得積分的類別：spend（消費）、event（活動）、referral（推薦購車）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="20" />
      <source>事由</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="22" />
      <source>会员名单：卡号、级别、积分余额</source>
      <translation>會員名單：卡號、級別、積分餘額</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="23" />
      <source>只列某个级别：standard（普卡）、silver（银卡）、gold（金卡）</source>
      <translation>只列某個級別：standard（普卡）、silver（銀卡）、gold（金卡）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="25" />
      <source>客户入会：分配会员卡号</source>
      <translation>客戶入會：分配會員卡號</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="27" />
      <source>入会日期（YYYY-MM-DD，默认今天）</source>
      <translation>入會日期（YYYY-MM-DD，預設今天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="28" />
      <source>车友会活动：日期、邀约、确认、实到、发放积分</source>
      <translation>車友會活動：日期、邀約、確認、實到、發放積分</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="30" />
      <source>某次活动：签到、撤销签到、发放活动积分、活动总结</source>
      <translation>某次活動：簽到、撤銷簽到、發放活動積分、活動總結</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="32" />
      <source>签到的客户编号</source>
      <translation>簽到的客戶編號</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="33" />
      <source>撤销一位客户的签到</source>
      <translation>撤銷一位客戶的簽到</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="34" />
      <source>给已签到的客户发放活动积分（一次）</source>
      <translation>給已簽到的客戶發放活動積分（一次）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="36" />
      <source>群发短信：选定客户，按模板生成短信平台的批量文件</source>
      <translation>群發簡訊：選定客戶，按模板生成簡訊平臺的批次檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="37" />
      <source>短信模板（代码或名称；--templates 列出全部）</source>
      <translation>簡訊模板（程式碼或名稱；--templates 列出全部）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="38" />
      <source>受众条件，例如 model=明锐,delivered=2024；键：model、delivered、level、member、lost、birthday、visited_before、visited_after、joined</source>
      <translation>受眾條件，例如 model=明銳,delivered=2024；鍵：model、delivered、level、member、lost、birthday、visited_before、visited_after、joined</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="41" />
      <source>批量文件（.xlsx 或 .csv）；不写则只预览人数和前几条短信</source>
      <translation>批次檔案（.xlsx 或 .csv）；不寫則只預覽人數和前幾條簡訊</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="42" />
      <source>列出可用的短信模板</source>
      <translation>列出可用的簡訊模板</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="67" />
      <source>{name}：会员卡号 {number}，{level}，积分余额 {balance}（近12个月获得 {earned}）</source>
      <translation>{name}：會員卡號 {number}，{level}，積分餘額 {balance}（近12個月獲得 {earned}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="68" />
      <source>（非会员）</source>
      <translation>（非會員）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="89" />
      <source>共 {count} 位会员</source>
      <translation>共 {count} 位會員</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="101" />
      <source>已入会：会员卡号 {number}</source>
      <translation>已入會：會員卡號 {number}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="105" />
      <source>入会短信：{text}</source>
      <translation>入會簡訊：{text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="118" />
      <source>请用 --template 指定短信模板（--templates 列出全部）。</source>
      <translation>請用 --template 指定簡訊模板（--templates 列出全部）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="130" />
      <source>选中 {chosen} 位客户：短信 {count} 条，拒收营销短信 {refused} 位已排除，没有手机号码 {no_mobile} 位</source>
      <translation>選中 {chosen} 位客戶：簡訊 {count} 條，拒收營銷簡訊 {refused} 位已排除，沒有手機號碼 {no_mobile} 位</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="135" />
      <source>已导出：{path}</source>
      <translation>已匯出：{path}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="157" />
      <source>邀约</source>
      <translation>邀約</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="158" />
      <source>实到</source>
      <translation>實到</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="158" />
      <source>积分</source>
      <translation>積分</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="172" />
      <source>已为 {count} 位签到客户发放活动积分</source>
      <translation>已為 {count} 位簽到客戶發放活動積分</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="178" />
      <source>{name}（{day}，{place}）：邀约 {invited}，确认参加 {confirmed}，实到 {attended}，新入会 {new}，发放积分 {points}</source>
      <translation>{name}（{day}，{place}）：邀約 {invited}，確認參加 {confirmed}，實到 {attended}，新入會 {new}，發放積分 {points}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="183" />
      <source>已签到</source>
      <translation>已簽到</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="183" />
      <source>确认参加</source>
      <translation>確認參加</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="15" />
      <source>列出投诉及其时限</source>
      <translation>列出投訴及其時限</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="16" />
      <source>只列未封闭的投诉</source>
      <translation>只列未封閉的投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="18" />
      <source>一件投诉：预警、升级为C类、约定答复时间、联系客户、改状态</source>
      <translation>一件投訴：預警、升級為C類、約定答覆時間、聯絡客戶、改狀態</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="19" />
      <source>投诉的受理编号（TS-2026-0001）或内部编号</source>
      <translation>投訴的受理編號（TS-2026-0001）或內部編號</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="21" />
      <source>预警情况：nobody（客户表示无人联系）、emotion（情绪激动）、media（自称媒体）、manager（经理标记，配合 --note）</source>
      <translation>預警情況：nobody（客戶表示無人聯絡）、emotion（情緒激動）、media（自稱媒體）、manager（經理標記，配合 --note）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="22" />
      <source>说明</source>
      <translation>說明</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="23" />
      <source>听到的时间 YYYY-MM-DD HH:MM（默认现在）</source>
      <translation>聽到的時間 YYYY-MM-DD HH:MM（預設現在）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="24" />
      <source>升级为C类（主管），写明原因</source>
      <translation>升級為C類（主管），寫明原因</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="25" />
      <source>约定答复客户的时间 YYYY-MM-DD HH:MM</source>
      <translation>約定答覆客戶的時間 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="26" />
      <source>已联系客户（配合 --note 写明内容）</source>
      <translation>已聯絡客戶（配合 --note 寫明內容）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="27" />
      <source>改为这个状态：in-progress（处理中）、resolved（处理完成）、closed（已封闭）、escalated（已升级）</source>
      <translation>改為這個狀態：in-progress（處理中）、resolved（處理完成）、closed（已封閉）、escalated（已升級）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="43" />
      <source>时间应写成 YYYY-MM-DD HH:MM，不是“{text}”。</source>
      <translation>時間應寫成 YYYY-MM-DD HH:MM，不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="65" />
      <source>已封闭</source>
      <translation>已封閉</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="74" />
      <source>（估算）</source>
      <translation>（估算）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="76" />
      <source>{v1:&lt;14}{v2}	{v3}	封闭时限 {due}	{v5}</source>
      <translation>{v1:&lt;14}{v2}	{v3}	封閉時限 {due}	{v5}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="94" />
      <source>找不到投诉“{key}”。</source>
      <translation>找不到投訴“{key}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="112" />
      <source>不限</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="113" />
      <source>{number}（{level}类 {category}）：{state}，封闭时限 {due}</source>
      <translation>{number}（{level}類 {category}）：{state}，封閉時限 {due}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="116" />
      <source>约定答复：{when:%Y-%m-%d %H:%M}{missed}</source>
      <translation>約定答覆：{when:%Y-%m-%d %H:%M}{missed}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="117" />
      <source>（已过时未答复）</source>
      <translation>（已過時未答覆）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="119" />
      <source>预警：{warning}</source>
      <translation>預警：{warning}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="13" />
      <source>登记来电：按号码找到客户，陌生号码登记为潜在客户</source>
      <translation>登記來電：按號碼找到客戶，陌生號碼登記為潛在客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="14" />
      <source>来电号码</source>
      <translation>來電號碼</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="15" />
      <source>来电人姓名（陌生号码必填）</source>
      <translation>來電人姓名（陌生號碼必填）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="16" />
      <source>来电类型：enquiry（咨询）、complaint（投诉）、booking（预约）、message（留言）、lead（购车意向）</source>
      <translation>來電型別：enquiry（諮詢）、complaint（投訴）、booking（預約）、message（留言）、lead（購車意向）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="18" />
      <source>来电事由</source>
      <translation>來電事由</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="19" />
      <source>下次联系日期 YYYY-MM-DD（到时出现在回访列表）</source>
      <translation>下次聯絡日期 YYYY-MM-DD（到時出現在回訪列表）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="20" />
      <source>留言给谁（本店同事）</source>
      <translation>留言給誰（本店同事）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="21" />
      <source>留言的回电日期 YYYY-MM-DD（默认今天）</source>
      <translation>留言的回電日期 YYYY-MM-DD（預設今天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="22" />
      <source>意向车型</source>
      <translation>意向車型</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="23" />
      <source>购车需求：new（新购）、trade-in（置换）、referral（推荐）</source>
      <translation>購車需求：new（新購）、trade-in（置換）、referral（推薦）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="24" />
      <source>方便联系的时间</source>
      <translation>方便聯絡的時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="26" />
      <source>告诉本机正在运行的 CareCenter 这个号码正在来电（来电弹屏）</source>
      <translation>告訴本機正在執行的 CareCenter 這個號碼正在來電（來電彈屏）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="28" />
      <source>关爱部登记的销售线索</source>
      <translation>關愛部登記的銷售線索</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="29" />
      <source>月份 YYYY-MM（默认全部）</source>
      <translation>月份 YYYY-MM（預設全部）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="30" />
      <source>只列尚无结果的线索</source>
      <translation>只列尚無結果的線索</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="49" />
      <source>已登记来电：客户 {customer_id}{prospect}，通话 {call_id}</source>
      <translation>已登記來電：客戶 {customer_id}{prospect}，通話 {call_id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="50" />
      <source>（新的潜在客户）</source>
      <translation>（新的潛在客戶）</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="53" />
      <source>销售线索 {lead_id}</source>
      <translation>銷售線索 {lead_id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="55" />
      <source>已排入回访列表：任务 {task_id}</source>
      <translation>已排入回訪列表：任務 {task_id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="57" />
      <source>已生成投诉草稿 {complaint_id}</source>
      <translation>已生成投訴草稿 {complaint_id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="79" />
      <source>待跟进</source>
      <translation>待跟進</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="88" />
      <source>已通知 CareCenter：{number} 来电</source>
      <translation>已通知 CareCenter：{number} 來電</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="66" />
      <source>没有编号为 {customer_id} 的客户。</source>
      <translation>沒有編號為 {customer_id} 的客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="156" />
      <source>入会日期不能晚于今天。</source>
      <translation>入會日期不能晚於今天。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="160" />
      <source>{name} 已是会员（卡号 {number}）。</source>
      <translation>{name} 已是會員（卡號 {number}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="204" />
      <source>积分应为整数，不是“{points}”。</source>
      <translation>積分應為整數，不是“{points}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="214" />
      <source>积分类别应为 {kinds}，不是“{kind}”。</source>
      <translation>積分類別應為 {kinds}，不是“{kind}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="217" />
      <source>获得的积分应大于 0，不是 {points}。</source>
      <translation>獲得的積分應大於 0，不是 {points}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="233" />
      <source>兑换的积分应大于 0，不是 {points}。</source>
      <translation>兌換的積分應大於 0，不是 {points}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="235" />
      <source>请写明兑换用途（例如抵扣的工单号）。</source>
      <translation>請寫明兌換用途（例如抵扣的工單號）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="240" />
      <source>{name} 的积分余额是 {balance}，不能兑换 {points}。</source>
      <translation>{name} 的積分餘額是 {balance}，不能兌換 {points}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="250" />
      <source>调整的积分不能为 0。</source>
      <translation>調整的積分不能為 0。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="252" />
      <source>请写明调整积分的原因。</source>
      <translation>請寫明調整積分的原因。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="257" />
      <source>{name} 的积分余额是 {balance}，调整 {points} 后会小于 0。</source>
      <translation>{name} 的積分餘額是 {balance}，調整 {points} 後會小於 0。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="56" />
      <source>没有编号为 {event_id} 的活动。</source>
      <translation>沒有編號為 {event_id} 的活動。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="112" />
      <source>活动“{name}”在 {day} 举行，还不能签到。</source>
      <translation>活動“{name}”在 {day} 舉行，還不能簽到。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="118" />
      <source>{name} 已签到。</source>
      <translation>{name} 已簽到。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="131" />
      <source>这位客户没有签到记录。</source>
      <translation>這位客戶沒有簽到記錄。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="133" />
      <source>活动积分已发放给这位客户，不能撤销签到（如需更正请由经理调整积分）。</source>
      <translation>活動積分已發放給這位客戶，不能撤銷簽到（如需更正請由經理調整積分）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="144" />
      <source>活动“{name}”没有设置积分。</source>
      <translation>活動“{name}”沒有設定積分。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="148" />
      <source>没有待发放积分的签到客户。</source>
      <translation>沒有待發放積分的簽到客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="189" />
      <source>请填写活动名称。</source>
      <translation>請填寫活動名稱。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="192" />
      <source>活动日期应为今天或以后的日期。</source>
      <translation>活動日期應為今天或以後的日期。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="194" />
      <source>邀请对象应为 全部客户、会员，或某一车型的车主。</source>
      <translation>邀請物件應為 全部客戶、會員，或某一車型的車主。</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="197" />
      <source>活动积分应为 0 到 100000 的整数，不是“{points}”。</source>
      <translation>活動積分應為 0 到 100000 的整數，不是“{points}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="33" />
      <source>回函</source>
      <translation>回函</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="39" />
      <source>照片</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="43" />
      <source>录音</source>
      <translation>錄音</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="87" />
      <source>找不到文件“{name}”。</source>
      <translation>找不到檔案“{name}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="90" />
      <source>不能附加“{name}”：只收 {types} 文件。</source>
      <translation>不能附加“{name}”：只收 {types} 檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="94" />
      <source>“{name}”有 {mb:.1f} MB，附件最大 {limit} MB。</source>
      <translation>“{name}”有 {mb:.1f} MB，附件最大 {limit} MB。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="97" />
      <source>“{name}”是空文件。</source>
      <translation>“{name}”是空檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="100" />
      <source>“{name}”的内容不是 {suffix} 文件（可能改过扩展名或已损坏），没有附加。</source>
      <translation>“{name}”的內容不是 {suffix} 檔案（可能改過副檔名或已損壞），沒有附加。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="107" />
      <source>找不到投诉（编号 {complaint_id}）。</source>
      <translation>找不到投訴（編號 {complaint_id}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="111" />
      <source>这个文件已经附在投诉上了（“{name}”）。</source>
      <translation>這個檔案已經附在投訴上了（“{name}”）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="137" />
      <source>找不到附件（编号 {attachment_id}）。</source>
      <translation>找不到附件（編號 {attachment_id}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="140" />
      <source>附件“{name}”的内容与附加时不一致，请用“检查数据库”或恢复备份。</source>
      <translation>附件“{name}”的內容與附加時不一致，請用“檢查資料庫”或恢復備份。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="120" />
      <source>投诉类别“{category}”无效。</source>
      <translation>投訴類別“{category}”無效。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="122" />
      <source>C类投诉是主管从已受理的投诉升级而来的（投诉页的“升级为C类”），受理时请选 A 或 B 类。</source>
      <translation>C類投訴是主管從已受理的投訴升級而來的（投訴頁的“升級為C類”），受理時請選 A 或 B 類。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="124" />
      <source>投诉渠道应为 {v1} 之一。</source>
      <translation>投訴渠道應為 {v1} 之一。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="131" />
      <source>投诉 {v1} 已受理。</source>
      <translation>投訴 {v1} 已受理。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="158" />
      <source>请填写抱怨/投诉内容。</source>
      <translation>請填寫抱怨/投訴內容。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="161" />
      <source>找不到客户（编号 {customer_id}）。</source>
      <translation>找不到客戶（編號 {customer_id}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="167" />
      <source>这辆车不属于该客户，请重新选择车辆。</source>
      <translation>這輛車不屬於該客戶，請重新選擇車輛。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="184" />
      <source>投诉 {number} 不能从“{state}”改为“{state2}”。</source>
      <translation>投訴 {number} 不能從“{state}”改為“{state2}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="234" />
      <source>状态为未处理，客户已来电 {count} 次</source>
      <translation>狀態為未處理，客戶已來電 {count} 次</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="235" />
      <source>状态为处理中，客户已来电 {count} 次</source>
      <translation>狀態為處理中，客戶已來電 {count} 次</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="236" />
      <source>客户表示无人与其联系</source>
      <translation>客戶表示無人與其聯絡</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="237" />
      <source>客户情绪激动，要求立即答复</source>
      <translation>客戶情緒激動，要求立即答覆</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="238" />
      <source>客户自称媒体</source>
      <translation>客戶自稱媒體</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="239" />
      <source>同一问题在处理完成后 7 天内再次投诉</source>
      <translation>同一問題在處理完成後 7 天內再次投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="240" />
      <source>经理标记为特殊情况：{note}</source>
      <translation>經理標記為特殊情況：{note}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="241" />
      <source>承诺 {when} 答复客户，已过时未答复</source>
      <translation>承諾 {when} 答覆客戶，已過時未答覆</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="242" />
      <source>{old} → C4：{reason}</source>
      <translation>{old} → C4：{reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="243" />
      <source>承诺 {when} 前答复客户</source>
      <translation>承諾 {when} 前答覆客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="244" />
      <source>附件：{name}</source>
      <translation>附件：{name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="246" />
      <source>{category} {channel}</source>
      <translation>{category} {channel}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="247" />
      <source>工单 {work_order}（导入）</source>
      <translation>工單 {work_order}（匯入）</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="248" />
      <source>{box}：{reason}</source>
      <translation>{box}：{reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="285" />
      <source>客户表示无人联系</source>
      <translation>客戶表示無人聯絡</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="286" />
      <source>经理标记特殊情况</source>
      <translation>經理標記特殊情況</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="298" />
      <source>投诉尚未受理：请先受理。</source>
      <translation>投訴尚未受理：請先受理。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="305" />
      <source>时间不能晚于现在（{at:%Y-%m-%d %H:%M}）。</source>
      <translation>時間不能晚於現在（{at:%Y-%m-%d %H:%M}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="315" />
      <source>预警情况应为 {kinds} 之一，不是“{kind}”。</source>
      <translation>預警情況應為 {kinds} 之一，不是“{kind}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="320" />
      <source>请写明经理标记的特殊情况。</source>
      <translation>請寫明經理標記的特殊情況。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="326" />
      <source>投诉 {number} 已封闭，不能再标记预警。</source>
      <translation>投訴 {number} 已封閉，不能再標記預警。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="341" />
      <source>请写明升级为C类的原因。</source>
      <translation>請寫明升級為C類的原因。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="346" />
      <source>投诉 {number} 已是C类。</source>
      <translation>投訴 {number} 已是C類。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="348" />
      <source>投诉 {number} 是“{state}”状态：只有处理中的投诉可以升级为C类。</source>
      <translation>投訴 {number} 是“{state}”狀態：只有處理中的投訴可以升級為C類。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="368" />
      <source>请填写约定答复客户的时间（YYYY-MM-DD HH:MM）。</source>
      <translation>請填寫約定答覆客戶的時間（YYYY-MM-DD HH:MM）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="370" />
      <source>答复客户的时间应在现在之后，不是 {when:%Y-%m-%d %H:%M}。</source>
      <translation>答覆客戶的時間應在現在之後，不是 {when:%Y-%m-%d %H:%M}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="374" />
      <source>投诉 {number} 是“{state}”状态，不需要再约定答复时间。</source>
      <translation>投訴 {number} 是“{state}”狀態，不需要再約定答覆時間。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="462" />
      <source>这些内容已由“{v1}”签名确认，需先撤回签名才能修改。</source>
      <translation>這些內容已由“{v1}”簽名確認，需先撤回簽名才能修改。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="483" />
      <source>时间“{value}”应写成 YYYY-MM-DD HH:MM。</source>
      <translation>時間“{value}”應寫成 YYYY-MM-DD HH:MM。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="489" />
      <source>没有签名栏“{box}”。</source>
      <translation>沒有簽名欄“{box}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="494" />
      <source>“{label}”已签名。</source>
      <translation>“{label}”已簽名。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="505" />
      <source>撤回签名需要说明原因。</source>
      <translation>撤回簽名需要說明原因。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="509" />
      <source>这一栏没有签名。</source>
      <translation>這一欄沒有簽名。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="511" />
      <source>只有签名人本人或关爱总监可以撤回签名。</source>
      <translation>只有簽名人本人或關愛總監可以撤回簽名。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="546" />
      <source>超时 {days} 天 {hours} 小时</source>
      <translation>超時 {days} 天 {hours} 小時</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="547" />
      <source>超时 {hours} 小时</source>
      <translation>超時 {hours} 小時</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="550" />
      <source>剩 {days} 天 {hours} 小时</source>
      <translation>剩 {days} 天 {hours} 小時</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="551" />
      <source>剩 {minutes} 分钟</source>
      <translation>剩 {minutes} 分鐘</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="577" />
      <source>待受理</source>
      <translation>待受理</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="579" />
      <source>封闭</source>
      <translation>封閉</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="582" />
      <source>响应</source>
      <translation>響應</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="626" />
      <source>投诉类别为空（如 A4a、B4、S1 或其名称）。</source>
      <translation>投訴類別為空（如 A4a、B4、S1 或其名稱）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="634" />
      <source>投诉类别“{text}”可指 {codes}，请写明代码。</source>
      <translation>投訴類別“{text}”可指 {codes}，請寫明程式碼。</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="635" />
      <source>投诉类别“{text}”无法识别（如 A4a、B4、S1 或其名称）。</source>
      <translation>投訴類別“{text}”無法識別（如 A4a、B4、S1 或其名稱）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/dealership_setup.py" line="55" />
      <source>车型名称不能为空。</source>
      <translation>車型名稱不能為空。</translation>
    </message>
    <message>
      <location filename="../../carecenter/dealership_setup.py" line="57" />
      <source>{model}的首保里程应在 500 到 30000 公里之间。</source>
      <translation>{model}的首保里程應在 500 到 30000 公里之間。</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="749" />
      <source>生成客户资料</source>
      <translation>生成客戶資料</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="765" />
      <source>写入数据库</source>
      <translation>寫入資料庫</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="771" />
      <source>生成回访记录</source>
      <translation>生成回訪記錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="773" />
      <source>生成投诉记录</source>
      <translation>生成投訴記錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="780" />
      <source>完成</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/desk_lock.py" line="38" />
      <source>另一个 CareCenter</source>
      <translation>另一個 CareCenter</translation>
    </message>
    <message>
      <location filename="../../carecenter/desk_lock.py" line="39" />
      <source>{user}（电脑 {host}，自 {since} 起）</source>
      <translation>{user}（電腦 {host}，自 {since} 起）</translation>
    </message>
    <message>
      <location filename="../../carecenter/desk_lock.py" line="46" />
      <source>这个数据库正在被 {holder} 使用。同一个数据库文件同时只能由一处修改。</source>
      <translation>這個資料庫正在被 {holder} 使用。同一個資料庫檔案同時只能由一處修改。</translation>
    </message>
    <message>
      <location filename="../../carecenter/desk_lock.py" line="186" />
      <source>无法在 {folder} 中建立锁文件：{error}。请把数据库放在可以写入的文件夹中。</source>
      <translation>無法在 {folder} 中建立鎖檔案：{error}。請把資料庫放在可以寫入的資料夾中。</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="30" />
      <source>免打扰的类别应为 {kinds} 之一，不是“{kind}”。</source>
      <translation>免打擾的類別應為 {kinds} 之一，不是“{kind}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="41" />
      <source>请写明客户拒绝联系的原因（例如客户原话）。</source>
      <translation>請寫明客戶拒絕聯絡的原因（例如客戶原話）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="48" />
      <source>{name} 已登记不接受“{kind}”。</source>
      <translation>{name} 已登記不接受“{kind}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="62" />
      <source>客户档案中勾选“不接受电话回访”</source>
      <translation>客戶檔案中勾選“不接受電話回訪”</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="110" />
      <source>这位客户没有登记不接受“{kind}”。</source>
      <translation>這位客戶沒有登記不接受“{kind}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="302" />
      <source>生成回访任务</source>
      <translation>生成回訪任務</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="575" />
      <source>“已预约”需要选择预约时段（carecenter log-call … --outcome booked --at "YYYY-MM-DD HH:MM"）。</source>
      <translation>“已預約”需要選擇預約時段（carecenter log-call … --outcome booked --at "YYYY-MM-DD HH:MM"）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="577" />
      <source>回访结果应为 {v1} 之一，不是“{outcome}”。</source>
      <translation>回訪結果應為 {v1} 之一，不是“{outcome}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="588" />
      <source>“{reason}”的回访结果只能是：{allowed}；不能登记“{outcome}”。</source>
      <translation>“{reason}”的回訪結果只能是：{allowed}；不能登記“{outcome}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="595" />
      <source>“{outcome}”需要一个日期：请填写“下次联系日期”（命令行用 --on YYYY-MM-DD）。</source>
      <translation>“{outcome}”需要一個日期：請填寫“下次聯絡日期”（命令列用 --on YYYY-MM-DD）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="598" />
      <source>“{outcome}”的日期应在今天以后，不是 {when}。</source>
      <translation>“{outcome}”的日期應在今天以後，不是 {when}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="601" />
      <source>请在“处理方式”中写明对这次满意度跟进做了什么。</source>
      <translation>請在“處理方式”中寫明對這次滿意度跟進做了什麼。</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="681" />
      <source>按约定时间答复客户</source>
      <translation>按約定時間答覆客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="24" />
      <source>上次保养 {date}，{km} 公里</source>
      <translation>上次保養 {date}，{km} 公里</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="25" />
      <source>上次保养 {date}</source>
      <translation>上次保養 {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="26" />
      <source>交车 {date}</source>
      <translation>交車 {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="27" />
      <source>首保预计 {date}</source>
      <translation>首保預計 {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="28" />
      <source>质保期满（3年或10万公里），按里程估算</source>
      <translation>質保期滿（3年或10萬公里），按里程估算</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="29" />
      <source>质保期满（3年或10万公里）</source>
      <translation>質保期滿（3年或10萬公里）</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="30" />
      <source>近6个月未到店</source>
      <translation>近6個月未到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="31" />
      <source>下次保养 {date}（{basis}）</source>
      <translation>下次保養 {date}（{basis}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="32" />
      <source>应保养日 {date} 后未到店</source>
      <translation>應保養日 {date} 後未到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="33" />
      <source>保险到期 {date}</source>
      <translation>保險到期 {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="34" />
      <source>年检到期 {date}</source>
      <translation>年檢到期 {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="35" />
      <source>生日 {month}月{day}日</source>
      <translation>生日 {month}月{day}日</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="36" />
      <source>投诉处理完毕，确认客户是否满意</source>
      <translation>投訴處理完畢，確認客戶是否滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="37" />
      <source>上次回访客户不满意（{date}），再次回访直到满意</source>
      <translation>上次回訪客戶不滿意（{date}），再次回訪直到滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="38" />
      <source>{date} {kind}</source>
      <translation>{date} {kind}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="39" />
      <source>{name}（{date}）</source>
      <translation>{name}（{date}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="40" />
      <source>确认 {when} 的预约（{kind}）</source>
      <translation>確認 {when} 的預約（{kind}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="41" />
      <source>{when} 预约未到店（{kind}），请客户重新预约</source>
      <translation>{when} 預約未到店（{kind}），請客戶重新預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="42" />
      <source>客户{date}表示暂不需要，约定今天再提醒</source>
      <translation>客戶{date}表示暫不需要，約定今天再提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="43" />
      <source>满意度回访有“一般”的回答（{when}），请跟进并记录处理结果</source>
      <translation>滿意度回訪有“一般”的回答（{when}），請跟進並記錄處理結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="44" />
      <source>入会 {date}：入会一个月，邀请参加车主学苑</source>
      <translation>入會 {date}：入會一個月，邀請參加車主學苑</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="45" />
      <source>入会 {date}：会员礼遇推广（第 {n}/6 条）</source>
      <translation>入會 {date}：會員禮遇推廣（第 {n}/6 條）</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="46" />
      <source>入会 {date}：入会满 {years} 年，推荐购车</source>
      <translation>入會 {date}：入會滿 {years} 年，推薦購車</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="47" />
      <source>交车 {date} 已满30天，尚未入会：邀请加入车友会</source>
      <translation>交車 {date} 已滿30天，尚未入會：邀請加入車友會</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="48" />
      <source>{caller}（{phone}）来电留言：{about}</source>
      <translation>{caller}（{phone}）來電留言：{about}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="49" />
      <source>约定今天回电：{about}</source>
      <translation>約定今天回電：{about}</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="139" />
      <source>{name} 不是有效的 Excel（.xlsx）文件，或文件已损坏。</source>
      <translation>{name} 不是有效的 Excel（.xlsx）檔案，或檔案已損壞。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="146" />
      <source>{name} 的压缩内容异常（{filename} 解压后将达 {v3} MB），疑似恶意文件，已拒绝。</source>
      <translation>{name} 的壓縮內容異常（{filename} 解壓後將達 {v3} MB），疑似惡意檔案，已拒絕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="152" />
      <source>{name} 解压后将超过 {v2} GB，疑似恶意文件，已拒绝。</source>
      <translation>{name} 解壓後將超過 {v2} GB，疑似惡意檔案，已拒絕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="162" />
      <source>{name} 含有不安全的 XML 内容（实体定义），疑似恶意文件，已拒绝。</source>
      <translation>{name} 含有不安全的 XML 內容（實體定義），疑似惡意檔案，已拒絕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="169" />
      <source>{name} 不是 Excel 工作簿（.xlsx）。</source>
      <translation>{name} 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="181" />
      <source>{name} 的工作表声明了 {v2:,} 行 × {columns:,} 列，超过上限（{MAX_ROWS:,} 行），已拒绝。</source>
      <translation>{name} 的工作表聲明瞭 {v2:,} 行 × {columns:,} 列，超過上限（{MAX_ROWS:,} 行），已拒絕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="247" />
      <source>{name} 无法读取：文件已损坏或不是表格文件。</source>
      <translation>{name} 無法讀取：檔案已損壞或不是表格檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="259" />
      <source>读取工作表“{title}”…</source>
      <translation>讀取工作表“{title}”…</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="263" />
      <source>{name} 的工作表“{title}”超过 {MAX_ROWS:,} 行，已拒绝。</source>
      <translation>{name} 的工作表“{title}”超過 {MAX_ROWS:,} 行，已拒絕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="266" />
      <source>{name} 的工作表“{title}”列数超过 {MAX_COLUMNS}，已拒绝。</source>
      <translation>{name} 的工作表“{title}”列數超過 {MAX_COLUMNS}，已拒絕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="330" />
      <source>{name} 的编码无法确定（支持 UTF-8、UTF-16、GBK/GB18030 和 Big5）。请在 Excel/WPS 中另存为“CSV UTF-8”后再导入。</source>
      <translation>{name} 的編碼無法確定（支援 UTF-8、UTF-16、GBK/GB18030 和 Big5）。請在 Excel/WPS 中另存為“CSV UTF-8”後再匯入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="336" />
      <source>{name} 超过 {v2} MB，已拒绝。</source>
      <translation>{name} 超過 {v2} MB，已拒絕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="339" />
      <source>{name} 不是文本格式的 CSV 文件。</source>
      <translation>{name} 不是文本格式的 CSV 檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="354" />
      <source>{name} 第 {number} 行无法读取：{problem}。单元格最长 {limit:,} 个字符。</source>
      <translation>{name} 第 {number} 行無法讀取：{problem}。單元格最長 {limit:,} 個字元。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="358" />
      <source>{name} 超过 {MAX_ROWS:,} 行，已拒绝。</source>
      <translation>{name} 超過 {MAX_ROWS:,} 行，已拒絕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="361" />
      <source>{name} 第 {number} 行的列数超过 {MAX_COLUMNS}，已拒绝。</source>
      <translation>{name} 第 {number} 行的列數超過 {MAX_COLUMNS}，已拒絕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="387" />
      <source>无法读取 {name}：{error}</source>
      <translation>無法讀取 {name}：{error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="390" />
      <source>{name} 设有打开密码。请在 Excel/WPS 中打开它，取消密码后另存为 .xlsx 再导入。</source>
      <translation>{name} 設有開啟密碼。請在 Excel/WPS 中開啟它，取消密碼後另存為 .xlsx 再匯入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="393" />
      <source>{name} 实际上是旧版 Excel（.xls）文件，请把文件扩展名改为 .xls 后再导入。</source>
      <translation>{name} 實際上是舊版 Excel（.xls）檔案，請把副檔名改為 .xls 後再匯入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="396" />
      <source>{name} 实际上是 Excel 工作簿（.xlsx），请把文件扩展名改回 .xlsx 后再导入。</source>
      <translation>{name} 實際上是 Excel 工作簿（.xlsx），請把副檔名改回 .xlsx 後再匯入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="414" />
      <source>{name} 是其他软件格式的表格，请在 WPS/Numbers 中另存为 .xlsx 或 .csv 后再导入。</source>
      <translation>{name} 是其他軟體格式的表格，請在 WPS/Numbers 中另存為 .xlsx 或 .csv 後再匯入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="417" />
      <source>不支持的文件类型：{name}（请使用 .xlsx、.xls、.ods 或 .csv）。</source>
      <translation>不支援的檔案型別：{name}（請使用 .xlsx、.xls、.ods 或 .csv）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="419" />
      <source>{name} 中没有数据。</source>
      <translation>{name} 中沒有資料。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="107" />
      <source>共 {rows:,} 行：新增 {created:,}，更新 {updated:,}，跳过 {skipped:,}；错误 {errors:,}，提示 {hints:,}</source>
      <translation>共 {rows:,} 行：新增 {created:,}，更新 {updated:,}，跳過 {skipped:,}；錯誤 {errors:,}，提示 {hints:,}</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="110" />
      <source>。已写入数据库。</source>
      <translation>。已寫入資料庫。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="110" />
      <source>。</source>
      <translation>。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="115" />
      <source>导入被拒绝，未写入任何数据：{errors:,} 处错误，例如工作表“{sheet}”第 {row} 行“{column}”列：{reason}</source>
      <translation>匯入被拒絕，未寫入任何資料：{errors:,} 處錯誤，例如工作表“{sheet}”第 {row} 行“{column}”列：{reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="229" />
      <source>此单元格是公式，已按其计算结果导入，请核对。</source>
      <translation>此單元格是公式，已按其計算結果匯入，請核對。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="232" />
      <source>此单元格是公式，但文件里没有它的计算结果（未在 Excel/WPS 中保存过），按空白处理；请在 Excel/WPS 中打开并保存后再导入。</source>
      <translation>此單元格是公式，但檔案裡沒有它的計算結果（未在 Excel/WPS 中儲存過），按空白處理；請在 Excel/WPS 中開啟並儲存後再匯入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="242" />
      <source>维修类型无法识别，已记为“其他”（可选：{v1}）。</source>
      <translation>維修型別無法識別，已記為“其他”（可選：{v1}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="284" />
      <source>档案中找不到这个电话或车牌的客户，请先建档或导入客户。</source>
      <translation>檔案中找不到這個電話或車牌的客戶，請先建檔或匯入客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="302" />
      <source>缺少进厂日期。</source>
      <translation>缺少進廠日期。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="305" />
      <source>请至少填写车牌号或车架号。</source>
      <translation>請至少填寫車牌號或車架號。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="308" />
      <source>车牌/车架号为 {plate} 的车辆</source>
      <translation>車牌/車架號為 {plate} 的車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="310" />
      <source>档案中没有{what}，本行也没有客户姓名，无法建立档案。</source>
      <translation>檔案中沒有{what}，本行也沒有客戶姓名，無法建立檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="339" />
      <source>车牌 {plate} 在档案中已属于另一辆车（客户编号 {owner}）；导入后两辆车同一车牌，请核对车牌或车架号。</source>
      <translation>車牌 {plate} 在檔案中已屬於另一輛車（客戶編號 {owner}）；匯入後兩輛車同一車牌，請核對車牌或車架號。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="345" />
      <source>车架号/车牌 {vehicle} 的车主电话将由 {old} 改为 {new}，请核对是否换了车主或号码。</source>
      <translation>車架號/車牌 {vehicle} 的車主電話將由 {old} 改為 {new}，請核對是否換了車主或號碼。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="410" />
      <source>工作表“{sheet}”是隐藏的，已跳过（{rows:,} 行）；确需导入时请选择“包括隐藏的工作表”（命令行 --include-hidden）。</source>
      <translation>工作表“{sheet}”是隱藏的，已跳過（{rows:,} 行）；確需匯入時請選擇“包括隱藏的工作表”（命令列 --include-hidden）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="415" />
      <source>文件按繁体中文 Big5 编码读取，请核对姓名等文字是否正确。</source>
      <translation>檔案按繁體中文 Big5 編碼讀取，請核對姓名等文字是否正確。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="422" />
      <source>没有识别出任何列，请在“核对列”一步中指定每列的内容。</source>
      <translation>沒有識別出任何列，請在“核對列”一步中指定每列的內容。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="440" />
      <source>核对第 {done:,} / {total:,} 行</source>
      <translation>核對第 {done:,} / {total:,} 行</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="519" />
      <source>更新客户档案</source>
      <translation>更新客戶檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="531" />
      <source>导入类型应为 customers、vehicles 或 visits，不是“{kind}”。</source>
      <translation>匯入型別應為 customers、vehicles 或 visits，不是“{kind}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="533" />
      <source>重复记录的处理方式应为 update（更新）或 skip（跳过）。</source>
      <translation>重複記錄的處理方式應為 update（更新）或 skip（跳過）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="598" />
      <source>导入前自动备份</source>
      <translation>匯入前自動備份</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="27" />
      <source>信函类型应为 {v1} 之一。</source>
      <translation>信函型別應為 {v1} 之一。</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="31" />
      <source>寄出日期不能早于写信日期。</source>
      <translation>寄出日期不能早於寫信日期。</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="71" />
      <source>没有短信模板“{template_code}”。</source>
      <translation>沒有簡訊模板“{template_code}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="108" />
      <source>没有可以发送短信的客户（需要手机号码）。</source>
      <translation>沒有可以傳送簡訊的客戶（需要手機號碼）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="120" />
      <source>短信批量文件应为 .csv 或 .xlsx。</source>
      <translation>簡訊批次檔案應為 .csv 或 .xlsx。</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="42" />
      <source>上午</source>
      <translation>上午</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="42" />
      <source>下午</source>
      <translation>下午</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="64" />
      <source>检查项目不能为空。</source>
      <translation>檢查專案不能為空。</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="79" />
      <source>检查轮次应为上午或下午。</source>
      <translation>檢查輪次應為上午或下午。</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="96" />
      <source>评分应在 0 到 {MAX_SCORE} 之间。</source>
      <translation>評分應在 0 到 {MAX_SCORE} 之間。</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="100" />
      <source>找不到检查项 {score_id}。</source>
      <translation>找不到檢查項 {score_id}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="113" />
      <source>评分低于 {REPAIR_BELOW} 分的项目才需要报修。</source>
      <translation>評分低於 {REPAIR_BELOW} 分的專案才需要報修。</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="124" />
      <source>这一项没有报修。</source>
      <translation>這一項沒有報修。</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="204" />
      <source>请填写车牌号。</source>
      <translation>請填寫車牌號。</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="255" />
      <source>{at:%m-%d %H:%M}　{name}　{reason}　{outcome}</source>
      <translation>{at:%m-%d %H:%M}　{name}　{reason}　{outcome}</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="265" />
      <source>需要对 {v1} 个检查项目逐项回答：是 / 否 / 不适用。</source>
      <translation>需要對 {v1} 個檢查專案逐項回答：是 / 否 / 不適用。</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="11" />
      <source>一般维修</source>
      <translation>一般維修</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="11" />
      <source>钣金喷漆</source>
      <translation>鈑金噴漆</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="11" />
      <source>保险理赔</source>
      <translation>保險理賠</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="11" />
      <source>其他</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="18" />
      <source>回访提醒</source>
      <translation>回訪提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="18" />
      <source>客户来电</source>
      <translation>客戶來電</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="18" />
      <source>到店/前台</source>
      <translation>到店/前臺</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="21" />
      <source>保险单</source>
      <translation>保險單</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="21" />
      <source>身份证</source>
      <translation>身份證</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="21" />
      <source>维修单据</source>
      <translation>維修單據</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>事故车/保险</source>
      <translation>事故車/保險</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>索赔(保修)</source>
      <translation>索賠(保修)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>免费检测</source>
      <translation>免費檢測</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>电话</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>微信</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>邮件</source>
      <translation>郵件</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>销售</source>
      <translation>銷售</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>售后</source>
      <translation>售後</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>来访</source>
      <translation>來訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>来电</source>
      <translation>來電</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>转介绍</source>
      <translation>轉介紹</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/club.py" line="12" />
      <source>消费</source>
      <translation>消費</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/club.py" line="12" />
      <source>兑换</source>
      <translation>兌換</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/club.py" line="12" />
      <source>调整</source>
      <translation>調整</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>经销商销售服务</source>
      <translation>經銷商銷售服務</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>总部促销政策/活动变更</source>
      <translation>總部促銷政策/活動變更</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>资源</source>
      <translation>資源</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>价格</source>
      <translation>價格</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>产品瑕疵或配置</source>
      <translation>產品瑕疵或配置</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="13" />
      <source>无法上牌</source>
      <translation>無法上牌</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="13" />
      <source>市场活动及促销</source>
      <translation>市場活動及促銷</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="13" />
      <source>经销商/维修站来电投诉</source>
      <translation>經銷商/維修站來電投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="14" />
      <source>网站、消协、媒体、公司内部转来的投诉</source>
      <translation>網站、消協、媒體、公司內部轉來的投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="14" />
      <source>升级至C类的投诉</source>
      <translation>升級至C類的投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>维修质量</source>
      <translation>維修質量</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>服务态度</source>
      <translation>服務態度</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>价格/收费</source>
      <translation>價格/收費</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>配件</source>
      <translation>配件</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>等待时间/交车延误</source>
      <translation>等待時間/交車延誤</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>保修索赔</source>
      <translation>保修索賠</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="18" />
      <source>面谈</source>
      <translation>面談</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="18" />
      <source>网站/媒体/消协</source>
      <translation>網站/媒體/消協</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>草稿</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>未处理</source>
      <translation>未處理</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>处理中</source>
      <translation>處理中</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>处理完成</source>
      <translation>處理完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>已升级</source>
      <translation>已升級</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="89" />
      <source>客户关爱专员签名</source>
      <translation>客戶關愛專員簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="90" />
      <source>客户关爱总监签名</source>
      <translation>客戶關愛總監簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="91" />
      <source>责任部门经理签名</source>
      <translation>責任部門經理簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="92" />
      <source>负责人签名</source>
      <translation>負責人簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="94" />
      <source>实施部门经理签名</source>
      <translation>實施部門經理簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="11" />
      <source>交车24小时回访</source>
      <translation>交車24小時回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="12" />
      <source>交车3日回访</source>
      <translation>交車3日回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="13" />
      <source>感谢信</source>
      <translation>感謝信</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="15" />
      <source>修后回访（第一次）</source>
      <translation>修後回訪（第一次）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="16" />
      <source>修后回访（第二次）</source>
      <translation>修後回訪（第二次）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="17" />
      <source>定保提醒</source>
      <translation>定保提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="18" />
      <source>流失预警（逾期15天）</source>
      <translation>流失預警（逾期15天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="19" />
      <source>流失预警（逾期30天）</source>
      <translation>流失預警（逾期30天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="20" />
      <source>流失预警（逾期45天）</source>
      <translation>流失預警（逾期45天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="21" />
      <source>拟流失（逾期3个月）</source>
      <translation>擬流失（逾期3個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="22" />
      <source>准流失（逾期6个月）</source>
      <translation>準流失（逾期6個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="23" />
      <source>流失预警（逾期9个月）</source>
      <translation>流失預警（逾期9個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="24" />
      <source>流失（逾期12个月）</source>
      <translation>流失（逾期12個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="26" />
      <source>年检提醒</source>
      <translation>年檢提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="27" />
      <source>质保到期提醒</source>
      <translation>質保到期提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="28" />
      <source>老客户回馈</source>
      <translation>老客戶回饋</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="29" />
      <source>生日祝福</source>
      <translation>生日祝福</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="30" />
      <source>投诉回访</source>
      <translation>投訴回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="31" />
      <source>活动邀约</source>
      <translation>活動邀約</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="32" />
      <source>预约确认</source>
      <translation>預約確認</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="33" />
      <source>爽约回访</source>
      <translation>爽約回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="34" />
      <source>满意度跟进</source>
      <translation>滿意度跟進</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="35" />
      <source>学苑邀约（入会1个月）</source>
      <translation>學苑邀約（入會1個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="37" />
      <source>推荐购车（入会3年以上）</source>
      <translation>推薦購車（入會3年以上）</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="39" />
      <source>投诉约定答复</source>
      <translation>投訴約定答覆</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="40" />
      <source>约定回电</source>
      <translation>約定回電</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="41" />
      <source>代接留言</source>
      <translation>代接留言</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>交车24h</source>
      <translation>交車24h</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>交车3日</source>
      <translation>交車3日</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>修后1</source>
      <translation>修後1</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>修后2</source>
      <translation>修後2</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>定保</source>
      <translation>定保</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>逾期15天</source>
      <translation>逾期15天</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>逾期30天</source>
      <translation>逾期30天</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>逾期45天</source>
      <translation>逾期45天</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>拟流失</source>
      <translation>擬流失</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>准流失</source>
      <translation>準流失</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>逾期9月</source>
      <translation>逾期9月</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>流失</source>
      <translation>流失</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="48" />
      <source>续保</source>
      <translation>續保</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="48" />
      <source>质保到期</source>
      <translation>質保到期</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="48" />
      <source>老客户</source>
      <translation>老客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="49" />
      <source>生日</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="51" />
      <source>礼遇推广</source>
      <translation>禮遇推廣</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="52" />
      <source>约定答复</source>
      <translation>約定答覆</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="52" />
      <source>回电</source>
      <translation>回電</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="53" />
      <source>留言</source>
      <translation>留言</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="58" />
      <source>待回访</source>
      <translation>待回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="58" />
      <source>已完成</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="58" />
      <source>失联</source>
      <translation>失聯</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="58" />
      <source>已过期</source>
      <translation>已過期</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="62" />
      <source>满意</source>
      <translation>滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="62" />
      <source>不满意</source>
      <translation>不滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="62" />
      <source>未接通</source>
      <translation>未接通</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="62" />
      <source>客户不便·改约</source>
      <translation>客戶不便·改約</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="63" />
      <source>暂不需要</source>
      <translation>暫不需要</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="63" />
      <source>已在他处保养</source>
      <translation>已在他處保養</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="64" />
      <source>车辆已转让或报废</source>
      <translation>車輛已轉讓或報廢</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="64" />
      <source>号码错误</source>
      <translation>號碼錯誤</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="64" />
      <source>本店续保</source>
      <translation>本店續保</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="65" />
      <source>他处续保</source>
      <translation>他處續保</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="65" />
      <source>考虑中</source>
      <translation>考慮中</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="65" />
      <source>已祝福</source>
      <translation>已祝福</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="65" />
      <source>参加</source>
      <translation>參加</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="66" />
      <source>不参加</source>
      <translation>不參加</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="66" />
      <source>销售已回访</source>
      <translation>銷售已回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="66" />
      <source>销售未回访</source>
      <translation>銷售未回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="67" />
      <source>已处理</source>
      <translation>已處理</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="67" />
      <source>已告知</source>
      <translation>已告知</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="67" />
      <source>已入会</source>
      <translation>已入會</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="68" />
      <source>不愿入会</source>
      <translation>不願入會</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="117" />
      <source>提醒</source>
      <translation>提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="117" />
      <source>营销/短信</source>
      <translation>營銷/簡訊</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="125" />
      <source>客户来电咨询</source>
      <translation>客戶來電諮詢</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="125" />
      <source>客户来电投诉</source>
      <translation>客戶來電投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="125" />
      <source>购车意向</source>
      <translation>購車意向</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="126" />
      <source>通知</source>
      <translation>通知</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="126" />
      <source>邀请函</source>
      <translation>邀請函</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="126" />
      <source>答复函</source>
      <translation>答覆函</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="126" />
      <source>生日贺卡</source>
      <translation>生日賀卡</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="300" />
      <source>新购</source>
      <translation>新購</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="300" />
      <source>置换</source>
      <translation>置換</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="300" />
      <source>推荐</source>
      <translation>推薦</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="302" />
      <source>跟进中</source>
      <translation>跟進中</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="302" />
      <source>已成交</source>
      <translation>已成交</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="302" />
      <source>无意向</source>
      <translation>無意向</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="12" />
      <source>空调</source>
      <translation>空調</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="12" />
      <source>开启并设置到规定温度</source>
      <translation>開啟並設定到規定溫度</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="13" />
      <source>电视</source>
      <translation>電視</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="13" />
      <source>开启并确保画面清晰</source>
      <translation>開啟並確保畫面清晰</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="14" />
      <source>影视区</source>
      <translation>影視區</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="14" />
      <source>开启DVD并确保画面清晰</source>
      <translation>開啟DVD並確保畫面清晰</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="15" />
      <source>网吧</source>
      <translation>網咖</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="15" />
      <source>开启所有电脑确保能够正常运行,且有专人负责定期维护、保养和清洁</source>
      <translation>開啟所有電腦確保能夠正常執行,且有專人負責定期維護、保養和清潔</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="16" />
      <source>桌椅</source>
      <translation>桌椅</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="16" />
      <source>摆放整齐</source>
      <translation>擺放整齊</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="17" />
      <source>报纸、杂志</source>
      <translation>報紙、雜誌</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="17" />
      <source>及时更新,以及装订放好报纸架并放置最新的产品信息/服务信息/促销信息资料</source>
      <translation>及時更新,以及裝訂放好報紙架並放置最新的產品資訊/服務資訊/促銷資訊資料</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="18" />
      <source>茶水</source>
      <translation>茶水</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="18" />
      <source>随时确保饮水机有水,及冷热功能正常运作</source>
      <translation>隨時確保飲水機有水,及冷熱功能正常運作</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="19" />
      <source>窗户/接待台</source>
      <translation>窗戶/接待臺</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="19" />
      <source>透视观察窗干净、明亮便于观察;保持整洁,无杂物</source>
      <translation>透視觀察窗乾淨、明亮便於觀察;保持整潔,無雜物</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="20" />
      <source>客休室范围</source>
      <translation>客休室範圍</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="20" />
      <source>确保每位客人有茶水供应,电视、DVD正常播放;电视穿插播放品牌相关的产品或活动的节目,同时影视类节目供顾客挑选;空置的茶杯及时收起,报纸及杂志要及时摆放原位,桌椅保持整齐</source>
      <translation>確保每位客人有茶水供應,電視、DVD正常播放;電視穿插播放品牌相關的產品或活動的節目,同時影視類節目供顧客挑選;空置的茶杯及時收起,報紙及雜誌要及時擺放原位,桌椅保持整齊</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="21" />
      <source>若在无顾客的情况下,可以关闭部分电器,如:DVD、电视、电脑及摆放桌椅</source>
      <translation>若在無顧客的情況下,可以關閉部分電器,如:DVD、電視、電腦及擺放桌椅</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="22" />
      <source>午餐</source>
      <translation>午餐</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="22" />
      <source>派放客餐,登记车牌,确保每位用餐的顾客有客餐票</source>
      <translation>派放客餐,登記車牌,確保每位用餐的顧客有客餐票</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="24" />
      <source>1. 客休室的电器如有问题,及时与行政部联系,确保电器的正常运作。</source>
      <translation>1. 客休室的電器如有問題,及時與行政部聯絡,確保電器的正常運作。</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="25" />
      <source>2. 负责客休室接待台人员,除吃饭时间外,都要在接待台负责客休室的正常运作。</source>
      <translation>2. 負責客休室接待臺人員,除吃飯時間外,都要在接待臺負責客休室的正常運作。</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="29" />
      <source>是否用客户喜欢的联系方式在客户方便的时间联系客户</source>
      <translation>是否用客戶喜歡的聯絡方式在客戶方便的時間聯絡客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="30" />
      <source>电话沟通时,是否使用当地习惯的敬语恰当地称呼客户</source>
      <translation>電話溝通時,是否使用當地習慣的敬語恰當地稱呼客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="31" />
      <source>电话沟通中,是否主动热情问候客户,采用分时问候用语</source>
      <translation>電話溝通中,是否主動熱情問候客戶,採用分時問候用語</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="32" />
      <source>是否使用标准服务用语主动介绍经销商和自己</source>
      <translation>是否使用標準服務用語主動介紹經銷商和自己</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="33" />
      <source>是否主动询问客户的需求,回答客户的一些问题,告知客户保养可能需要的时间和费用</source>
      <translation>是否主動詢問客戶的需求,回答客戶的一些問題,告知客戶保養可能需要的時間和費用</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="34" />
      <source>是否熟悉预约流程,能够在短时间内帮客户安排好预约</source>
      <translation>是否熟悉預約流程,能夠在短時間內幫客戶安排好預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="35" />
      <source>是否主动询问客户是否有熟识的服务顾问,安排客户指定的服务顾问接待客户</source>
      <translation>是否主動詢問客戶是否有熟識的服務顧問,安排客戶指定的服務顧問接待客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="36" />
      <source>是否事先准备好最少2个预约时间段主动请客户选择</source>
      <translation>是否事先準備好最少2個預約時間段主動請客戶選擇</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="37" />
      <source>对于曾经来店保养的客户,是否了解客户在经销商的服务历史</source>
      <translation>對於曾經來店保養的客戶,是否瞭解客戶在經銷商的服務歷史</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="38" />
      <source>如果客户来电,是否在铃响3声之内接听电话</source>
      <translation>如果客戶來電,是否在鈴響3聲之內接聽電話</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="39" />
      <source>在电话结束前,是否与客户再次确认保养的内容、预约的时间</source>
      <translation>在電話結束前,是否與客戶再次確認保養的內容、預約的時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="40" />
      <source>是否提醒客户要携带的证件</source>
      <translation>是否提醒客戶要攜帶的證件</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="41" />
      <source>是否提醒客户,如果未能按照预约时间到达,可能会无法为客户保留工位</source>
      <translation>是否提醒客戶,如果未能按照預約時間到達,可能會無法為客戶保留工位</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="42" />
      <source>是否在电话结束前,感谢客户,待客户挂断电话后再挂断电话</source>
      <translation>是否在電話結束前,感謝客戶,待客戶結束通話電話後再結束通話電話</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="43" />
      <source>预约结束后,是否在系统中填入客户预约信息</source>
      <translation>預約結束後,是否在系統中填入客戶預約資訊</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/migrations.py" line="320" />
      <source>这个文件不是 CareCenter 数据库（里面有其他程序的表）。</source>
      <translation>這個檔案不是 CareCenter 資料庫（裡面有其他程式的表）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/migrations.py" line="331" />
      <source>这个数据库来自较新版本的 CareCenter（结构版本 {version}，本程序支持到 {LATEST_VERSION}），请升级程序后再打开。</source>
      <translation>這個資料庫來自較新版本的 CareCenter（結構版本 {version}，本程式支援到 {LATEST_VERSION}），請升級程式後再開啟。</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>关爱专员</source>
      <translation>關愛專員</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>关爱经理</source>
      <translation>關愛經理</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>关爱总监</source>
      <translation>關愛總監</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>管理员</source>
      <translation>管理員</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="27" />
      <source>一、顾客统计表</source>
      <translation>一、顧客統計表</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="28" />
      <source>二、回访情况</source>
      <translation>二、回訪情況</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="29" />
      <source>三、客户投诉</source>
      <translation>三、客戶投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="30" />
      <source>四、招揽客户未来店分析</source>
      <translation>四、招攬客戶未來店分析</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="31" />
      <source>五、客户对店内的期望及意见汇总</source>
      <translation>五、客戶對店內的期望及意見彙總</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="32" />
      <source>六、客休区检查</source>
      <translation>六、客休區檢查</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="33" />
      <source>七、满意度调查</source>
      <translation>七、滿意度調查</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="34" />
      <source>八、保有客户</source>
      <translation>八、保有客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="174" />
      <source>正在统计：{title}…</source>
      <translation>正在統計：{title}…</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="192" />
      <source>回访情况</source>
      <translation>回訪情況</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="193" />
      <source>客户投诉</source>
      <translation>客戶投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="197" />
      <source>招揽分析</source>
      <translation>招攬分析</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="199" />
      <source>满意度调查</source>
      <translation>滿意度調查</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="216" />
      <source>销售满意度 SSI</source>
      <translation>銷售滿意度 SSI</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="217" />
      <source>售后满意度 CSI</source>
      <translation>售後滿意度 CSI</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="235" />
      <source>客户意见</source>
      <translation>客戶意見</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="236" />
      <source>客休区</source>
      <translation>客休區</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="237" />
      <source>十二个月趋势</source>
      <translation>十二個月趨勢</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="238" />
      <source>流失客户</source>
      <translation>流失客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="239" />
      <source>保有客户</source>
      <translation>保有客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="240" />
      <source>车辆资料</source>
      <translation>車輛資料</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="242" />
      <source>车友会活动</source>
      <translation>車友會活動</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="243" />
      <source>群发短信</source>
      <translation>群發簡訊</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="244" />
      <source>销售线索</source>
      <translation>銷售線索</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="255" />
      <source>基盘客户数</source>
      <translation>基盤客戶數</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="256" />
      <source>首保进场率</source>
      <translation>首保進場率</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="258" />
      <source>返修率</source>
      <translation>返修率</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="265" />
      <source>回访率</source>
      <translation>回訪率</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="266" />
      <source>质保期内客户回访率</source>
      <translation>質保期內客戶回訪率</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="267" />
      <source>服务满意率</source>
      <translation>服務滿意率</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="68" />
      <source>{name} 太大，不像放假通知文件（最多 1 MB）。</source>
      <translation>{name} 太大，不像放假通知檔案（最多 1 MB）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="79" />
      <source>{name} 不是文本文件，不像放假通知。</source>
      <translation>{name} 不是文本檔案，不像放假通知。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="82" />
      <source>{name} 中没有放假或调休上班的日期。</source>
      <translation>{name} 中沒有放假或調休上班的日期。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="86" />
      <source>{name} 是 {year} 年的通知，但其中有 {day} 这样相隔太远的日期。</source>
      <translation>{name} 是 {year} 年的通知，但其中有 {day} 這樣相隔太遠的日期。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="95" />
      <source>{name} 不是有效的 JSON 文件。</source>
      <translation>{name} 不是有效的 JSON 檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="98" />
      <source>{name} 不是节假日文件（应有 "days" 列表，每项有 date 和 isOffDay）。</source>
      <translation>{name} 不是節假日檔案（應有 "days" 列表，每項有 date 和 isOffDay）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="101" />
      <source>{name} 的年份“{year}”无效。</source>
      <translation>{name} 的年份“{year}”無效。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="107" />
      <source>{name} 第 {index} 项不是“日期 + 是否放假”（{entry}）。</source>
      <translation>{name} 第 {index} 項不是“日期 + 是否放假”（{entry}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="125" />
      <source>{name} 第 {number} 行应为“日期 休”或“日期 班”（例如 2027-02-05 休），不是“{line}”。</source>
      <translation>{name} 第 {number} 行應為“日期 休”或“日期 班”（例如 2027-02-05 休），不是“{line}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="155" />
      <source>没有载入过 {year} 年的放假通知。</source>
      <translation>沒有載入過 {year} 年的放假通知。</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="171" />
      <source>已载入的国务院放假通知（{name}）</source>
      <translation>已載入的國務院放假通知（{name}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="172" />
      <source>程序自带的国务院放假通知</source>
      <translation>程式自帶的國務院放假通知</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="173" />
      <source>未载入通知：按周一至周五和法定节假日估算</source>
      <translation>未載入通知：按週一至週五和法定節假日估算</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="180" />
      <source>年份“{year}”无效。</source>
      <translation>年份“{year}”無效。</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="16" />
      <source>周报</source>
      <translation>週報</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="16" />
      <source>季度工作小结</source>
      <translation>季度工作小結</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="17" />
      <source>年度工作总结</source>
      <translation>年度工作總結</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="43" />
      <source>{year}年第{week}周 周报</source>
      <translation>{year}年第{week}周 週報</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="45" />
      <source>{v1}年{v2}月 月度工作小结</source>
      <translation>{v1}年{v2}月 月度工作小結</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="47" />
      <source>{year}年第{quarter}季度 季度工作小结</source>
      <translation>{year}年第{quarter}季度 季度工作小結</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="48" />
      <source>{year}年 年度工作总结</source>
      <translation>{year}年 年度工作總結</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="64" />
      <source>报表期间应为 weekly、monthly、quarterly 或 yearly，不是“{kind}”。</source>
      <translation>報表期間應為 weekly、monthly、quarterly 或 yearly，不是“{kind}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="99" />
      <source>周应写成 YYYY-Www（例如 2026-W48）或该周的某一天 YYYY-MM-DD，不是“{text}”。</source>
      <translation>周應寫成 YYYY-Www（例如 2026-W48）或該周的某一天 YYYY-MM-DD，不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="100" />
      <source>月份应写成 YYYY-MM（例如 2026-10），不是“{text}”。</source>
      <translation>月份應寫成 YYYY-MM（例如 2026-10），不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="101" />
      <source>季度应写成 YYYY-Qn（例如 2026-Q4），不是“{text}”。</source>
      <translation>季度應寫成 YYYY-Qn（例如 2026-Q4），不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="102" />
      <source>年份应写成 YYYY（例如 2026），不是“{text}”。</source>
      <translation>年份應寫成 YYYY（例如 2026），不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="13" />
      <source>查看客户资料</source>
      <translation>檢視客戶資料</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="14" />
      <source>新增记录</source>
      <translation>新增記錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="15" />
      <source>修改记录</source>
      <translation>修改記錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="16" />
      <source>删除客户</source>
      <translation>刪除客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="17" />
      <source>导入资料</source>
      <translation>匯入資料</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="18" />
      <source>打印表单</source>
      <translation>打印表單</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="19" />
      <source>导出数据（电话等已遮挡）</source>
      <translation>匯出資料（電話等已遮擋）</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="20" />
      <source>导出未遮挡的个人信息</source>
      <translation>匯出未遮擋的個人資訊</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="21" />
      <source>在“客户关爱专员签名”栏签名</source>
      <translation>在“客戶關愛專員簽名”欄簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="22" />
      <source>在“责任部门经理签名”栏签名</source>
      <translation>在“責任部門經理簽名”欄簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="23" />
      <source>在已满的预约时段加约</source>
      <translation>在已滿的預約時段加約</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="24" />
      <source>在“客户关爱总监签名”栏签名</source>
      <translation>在“客戶關愛總監簽名”欄簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="26" />
      <source>备份数据库</source>
      <translation>備份資料庫</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="27" />
      <source>恢复备份</source>
      <translation>恢復備份</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="28" />
      <source>修改设置</source>
      <translation>修改設定</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="29" />
      <source>查看审计日志</source>
      <translation>檢視審計日誌</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="31" />
      <source>查看统计报表和月度小结</source>
      <translation>檢視統計報表和月度小結</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="32" />
      <source>调整会员积分</source>
      <translation>調整會員積分</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="33" />
      <source>将投诉升级为C类、标记特殊投诉</source>
      <translation>將投訴升級為C類、標記特殊投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="71" />
      <source>数据库以只读方式打开，不能{v1}。</source>
      <translation>資料庫以只讀方式開啟，不能{v1}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="74" />
      <source>{v1}“{name}”没有权限{v3}。</source>
      <translation>{v1}“{name}”沒有許可權{v3}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="21" />
      <source>咨询</source>
      <translation>諮詢</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="37" />
      <source>请填写来电号码。</source>
      <translation>請填寫來電號碼。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="79" />
      <source>来电类型应为 {types} 之一，不是“{value}”。</source>
      <translation>來電型別應為 {types} 之一，不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="89" />
      <source>留言请写明给谁（回电人）。</source>
      <translation>留言請寫明給誰（回電人）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="91" />
      <source>“{name}”不是本店的用户；留言请给本店的同事。</source>
      <translation>“{name}”不是本店的使用者；留言請給本店的同事。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="94" />
      <source>请写明留言的内容（来电事由）。</source>
      <translation>請寫明留言的內容（來電事由）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="99" />
      <source>回电日期不能早于今天。</source>
      <translation>回電日期不能早於今天。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="104" />
      <source>需求应为 {needs} 之一，不是“{value}”。</source>
      <translation>需求應為 {needs} 之一，不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="110" />
      <source>下次联系日期应在今天以后，不是 {day}。</source>
      <translation>下次聯絡日期應在今天以後，不是 {day}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="123" />
      <source>档案里没有号码 {phone}：请填写来电人的姓名，登记为潜在客户。</source>
      <translation>檔案裡沒有號碼 {phone}：請填寫來電人的姓名，登記為潛在客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="213" />
      <source>请写明转交给哪位销售顾问。</source>
      <translation>請寫明轉交給哪位銷售顧問。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="224" />
      <source>跟进结果应为 {outcomes} 之一，不是“{value}”。</source>
      <translation>跟進結果應為 {outcomes} 之一，不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="236" />
      <source>找不到销售线索（编号 {lead_id}）。</source>
      <translation>找不到銷售線索（編號 {lead_id}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="247" />
      <source>找不到需研究的问题（通话 {call_id}）。</source>
      <translation>找不到需研究的問題（通話 {call_id}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="249" />
      <source>答复日期不能早于来电日期 {day}。</source>
      <translation>答覆日期不能早於來電日期 {day}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="269" />
      <source>待回访 {count} 项</source>
      <translation>待回訪 {count} 項</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="270" />
      <source>未结投诉：{numbers}</source>
      <translation>未結投訴：{numbers}</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="271" />
      <source>无未结投诉</source>
      <translation>無未結投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="272" />
      <source>无预约</source>
      <translation>無預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="272" />
      <source>预约：{when}</source>
      <translation>預約：{when}</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="274" />
      <source>潜在客户</source>
      <translation>潛在客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="32" />
      <source>{value:,} 公里</source>
      <translation>{value:,} 公里</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="47" />
      <source>由 {referred_by_name} 介绍</source>
      <translation>由 {referred_by_name} 介紹</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="50" />
      <source>介绍了 {v1} 位：{v2}{v3}</source>
      <translation>介紹了 {v1} 位：{v2}{v3}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="55" />
      <source>{v1} 个月 / {v2:,} 公里</source>
      <translation>{v1} 個月 / {v2:,} 公里</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="80" />
      <source> 或 {next_maintenance_km:,} 公里</source>
      <translation> 或 {next_maintenance_km:,} 公里</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="145" />
      <source>（潜在客户）</source>
      <translation>（潛在客戶）</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="157" />
      <source>{start:%Y-%m-%d} 至 {end:%Y-%m-%d}</source>
      <translation>{start:%Y-%m-%d} 至 {end:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="168" />
      <source>日期应写成 YYYY-MM-DD 或月份 YYYY-MM，不是“{text}”。</source>
      <translation>日期應寫成 YYYY-MM-DD 或月份 YYYY-MM，不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="176" />
      <source>找不到通话记录 {call_id}。</source>
      <translation>找不到通話記錄 {call_id}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="185" />
      <source>（结果：{outcome}）</source>
      <translation>（結果：{outcome}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="188" />
      <source>产品：{text}</source>
      <translation>產品：{text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="189" />
      <source>服务：{text}</source>
      <translation>服務：{text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="190" />
      <source>其他：{text}</source>
      <translation>其他：{text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="242" />
      <source>新车交车24小时内回访</source>
      <translation>新車交車24小時內回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="242" />
      <source>新车交车3日内回访</source>
      <translation>新車交車3日內回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="243" />
      <source>新车交车3个月内回访</source>
      <translation>新車交車3個月內回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="257" />
      <source>未完成</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="302" />
      <source>{accepted:%Y}年{accepted:%m}月{accepted:%d}日</source>
      <translation>{accepted:%Y}年{accepted:%m}月{accepted:%d}日</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="303" />
      <source>（草稿）</source>
      <translation>（草稿）</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="321" />
      <source>{signer}　{signed_at:%Y-%m-%d %H:%M}</source>
      <translation>{signer}　{signed_at:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="349" />
      <source>投诉 {number} 没有升级，也没有升级预警：没有可打印的升级预警单（F7）。</source>
      <translation>投訴 {number} 沒有升級，也沒有升級預警：沒有可列印的升級預警單（F7）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="357" />
      <source>{mileage:,} 公里</source>
      <translation>{mileage:,} 公里</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="394" />
      <source>（{round_name}）</source>
      <translation>（{round_name}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="400" />
      <source>{round_name}合计 {total} / {maximum}</source>
      <translation>{round_name}合計 {total} / {maximum}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="408" />
      <source>检查日期：{day:%Y-%m-%d}</source>
      <translation>檢查日期：{day:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="411" />
      <source>评分：0–5 分</source>
      <translation>評分：0–5 分</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="427" />
      <source>找不到抽查记录 {check_id}。</source>
      <translation>找不到抽查記錄 {check_id}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="428" />
      <source>是</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="428" />
      <source>否</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="428" />
      <source>不适用</source>
      <translation>不適用</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="430" />
      <source>是否关爱人员</source>
      <translation>是否關愛人員</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="431" />
      <source>（{v1}）</source>
      <translation>（{v1}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="433" />
      <source>被检查人：{specialist}　检查人：{checker}　检查时间：{checked_at:%Y-%m-%d %H:%M}</source>
      <translation>被檢查人：{specialist}　檢查人：{checker}　檢查時間：{checked_at:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="451" />
      <source>年份应写成 YYYY（或月份 YYYY-MM），不是“{year_text}”。</source>
      <translation>年份應寫成 YYYY（或月份 YYYY-MM），不是“{year_text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="476" />
      <source>正在生成 PDF…</source>
      <translation>正在生成 PDF…</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="511" />
      <source>预约登记表按天打印：请写日期 YYYY-MM-DD，不是“{text}”。</source>
      <translation>預約登記表按天列印：請寫日期 YYYY-MM-DD，不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="530" />
      <source>销售顾问</source>
      <translation>銷售顧問</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="550" />
      <source>服务顾问/销售顾问</source>
      <translation>服務顧問/銷售顧問</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="559" />
      <source>满意度回访记录表：请写通话编号，或月份 YYYY-MM，不是“{text}”。</source>
      <translation>滿意度回訪記錄表：請寫通話編號，或月份 YYYY-MM，不是“{text}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="584" />
      <source>本月回访问卷 {responses} 份；SSI {ssi}；CSI {csi}；满意率 {rate}</source>
      <translation>本月回訪問卷 {responses} 份；SSI {ssi}；CSI {csi}；滿意率 {rate}</translation>
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>拟流失（3个月）</source>
      <translation>擬流失（3個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>准流失（6个月）</source>
      <translation>準流失（6個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>9个月</source>
      <translation>9個月</translation>
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>流失（12个月）</source>
      <translation>流失（12個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="13" />
      <source>维修预约单</source>
      <translation>維修預約單</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="14" />
      <source>预约登记表</source>
      <translation>預約登記表</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="16" />
      <source>请记住预约时间。</source>
      <translation>請記住預約時間。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="17" />
      <source>如未能按预约时间到达，可能无法为您保留工位。</source>
      <translation>如未能按預約時間到達，可能無法為您保留工位。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="43" />
      <source>预约单号</source>
      <translation>預約單號</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="46" />
      <source>预约日期</source>
      <translation>預約日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="54" />
      <source>经销商地址</source>
      <translation>經銷商地址</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>序号</source>
      <translation>序號</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>预约时间</source>
      <translation>預約時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>客户姓名</source>
      <translation>客戶姓名</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>车牌号</source>
      <translation>車牌號</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>预约项目</source>
      <translation>預約專案</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="68" />
      <source>客户描述</source>
      <translation>客戶描述</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="68" />
      <source>来源</source>
      <translation>來源</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="77" />
      <source>日期</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="82" />
      <source>合计：预约 {booked}，已确认 {confirmed}，已到店 {arrived}，爽约 {no_show}</source>
      <translation>合計：預約 {booked}，已確認 {confirmed}，已到店 {arrived}，爽約 {no_show}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="14" />
      <source>跟踪服务电话记录表</source>
      <translation>跟蹤服務電話記錄表</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="17" />
      <source>成交客户回访情况记录表</source>
      <translation>成交客戶回訪情況記錄表</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="18" />
      <source>回访 / 客户来电咨询 / 客户来电投诉 / 预约 / 提醒</source>
      <translation>回訪 / 客戶來電諮詢 / 客戶來電投訴 / 預約 / 提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="19" />
      <source>通知 / 邀请函 / 答复函 / 感谢信 / 生日贺卡</source>
      <translation>通知 / 邀請函 / 答覆函 / 感謝信 / 生日賀卡</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="47" />
      <source>{call_type}（{CALL_TYPES_LINE}）</source>
      <translation>{call_type}（{CALL_TYPES_LINE}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="52" />
      <source>日期/时间 (When)</source>
      <translation>日期/時間 (When)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="53" />
      <source>客户/联系人 (Who)</source>
      <translation>客戶/聯絡人 (Who)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="54" />
      <source>地点 (Where)</source>
      <translation>地點 (Where)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="56" />
      <source>事由 (What)</source>
      <translation>事由 (What)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="57" />
      <source>原因 (Why)</source>
      <translation>原因 (Why)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="58" />
      <source>处理方式 (How)</source>
      <translation>處理方式 (How)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="60" />
      <source>客户要求、希望或投诉</source>
      <translation>客戶要求、希望或投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="61" />
      <source>当场答复内容</source>
      <translation>當場答覆內容</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="62" />
      <source>需研究的问题</source>
      <translation>需研究的問題</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="63" />
      <source>上报主管日期</source>
      <translation>上報主管日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="63" />
      <source>答复客户日期</source>
      <translation>答覆客戶日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="71" />
      <source>客户名称</source>
      <translation>客戶名稱</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="73" />
      <source>车号</source>
      <translation>車號</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="74" />
      <source>通话类型</source>
      <translation>通話型別</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="75" />
      <source>内容摘要</source>
      <translation>內容摘要</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="76" />
      <source>结果</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="78" />
      <source>下次联系日期</source>
      <translation>下次聯絡日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="92" />
      <source>期间：{period}　共 {v2} 次通话</source>
      <translation>期間：{period}　共 {v2} 次通話</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="97" />
      <source>地址</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="97" />
      <source>信函类型</source>
      <translation>信函型別</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="97" />
      <source>寄出日期</source>
      <translation>寄出日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="106" />
      <source>期间：{period}　信函类型：{LETTER_TYPES_LINE}</source>
      <translation>期間：{period}　信函型別：{LETTER_TYPES_LINE}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="147" />
      <source>底盘号</source>
      <translation>底盤號</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="147" />
      <source>交车日期</source>
      <translation>交車日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="152" />
      <source>回访日期</source>
      <translation>回訪日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="152" />
      <source>回访人</source>
      <translation>回訪人</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="153" />
      <source>回访反馈·产品</source>
      <translation>回訪反饋·產品</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="154" />
      <source>回访反馈·服务</source>
      <translation>回訪反饋·服務</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="155" />
      <source>回访反馈·其他</source>
      <translation>回訪反饋·其他</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="157" />
      <source>预计首保</source>
      <translation>預計首保</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="158" />
      <source>预计首保日期</source>
      <translation>預計首保日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="182" />
      <source>实线●</source>
      <translation>實線●</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="182" />
      <source>虚线■</source>
      <translation>虛線■</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="182" />
      <source>点线▲</source>
      <translation>點線▲</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="182" />
      <source>点划线◆</source>
      <translation>點劃線◆</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="183" />
      <source>{name}（{v2}）</source>
      <translation>{name}（{v2}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="13" />
      <source>客户抱怨/投诉处理表</source>
      <translation>客戶抱怨/投訴處理表</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="14" />
      <source>客户投诉升级预警单</source>
      <translation>客戶投訴升級預警單</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="34" />
      <source>受理日期</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="34" />
      <source>____年__月__日</source>
      <translation>____年__月__日</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="35" />
      <source>响应时限</source>
      <translation>響應時限</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="35" />
      <source>封闭时限</source>
      <translation>封閉時限</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="37" />
      <source>联系人</source>
      <translation>聯絡人</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="38" />
      <source>邮编</source>
      <translation>郵編</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="39" />
      <source>传真</source>
      <translation>傳真</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="40" />
      <source>购车时间</source>
      <translation>購車時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="40" />
      <source>抱怨/投诉时间</source>
      <translation>抱怨/投訴時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="41" />
      <source>抱怨/投诉次数</source>
      <translation>抱怨/投訴次數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="42" />
      <source>发动机号</source>
      <translation>發動機號</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="43" />
      <source>接待的销售顾问</source>
      <translation>接待的銷售顧問</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="43" />
      <source>接待的客户关爱专员</source>
      <translation>接待的客戶關愛專員</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="75" />
      <source>工单信息和客户信息</source>
      <translation>工單資訊和客戶資訊</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="76" />
      <source>工单号</source>
      <translation>工單號</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="77" />
      <source>联系电话</source>
      <translation>聯絡電話</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="77" />
      <source>车牌号码</source>
      <translation>車牌號碼</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="78" />
      <source>行驶里程数</source>
      <translation>行駛里程數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="79" />
      <source>涉及SST</source>
      <translation>涉及SST</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="79" />
      <source>初次投诉日期</source>
      <translation>初次投訴日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="80" />
      <source>购车日期</source>
      <translation>購車日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="80" />
      <source>原处理部门/升级处理部门</source>
      <translation>原處理部門/升級處理部門</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="82" />
      <source>客户再次投诉内容</source>
      <translation>客戶再次投訴內容</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="83" />
      <source>升级预警原因描述</source>
      <translation>升級預警原因描述</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="84" />
      <source>CSR工号</source>
      <translation>CSR工號</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="84" />
      <source>组长/主管签字</source>
      <translation>組長/主管簽字</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="85" />
      <source>职能部门处理结果</source>
      <translation>職能部門處理結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="86" />
      <source>处理人</source>
      <translation>處理人</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="14" />
      <source>客户档案基本资料表</source>
      <translation>客戶檔案基本資料表</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>维修类型</source>
      <translation>維修型別</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>维修养护项目</source>
      <translation>維修養護專案</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>行驶里程</source>
      <translation>行駛里程</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>金额</source>
      <translation>金額</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="58" />
      <source>车辆 {index}</source>
      <translation>車輛 {index}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="60" />
      <source>车种</source>
      <translation>車種</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="61" />
      <source>发动机编号</source>
      <translation>發動機編號</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="63" />
      <source>保养周期</source>
      <translation>保養週期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="63" />
      <source>下一次保养期</source>
      <translation>下一次保養期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="65" />
      <source>在本公司维修、保养记录</source>
      <translation>在本公司維修、保養記錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="77" />
      <source>客户有关情况</source>
      <translation>客戶有關情況</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="80" />
      <source>送修或来访日期</source>
      <translation>送修或來訪日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="81" />
      <source>职业</source>
      <translation>職業</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="81" />
      <source>兴趣爱好</source>
      <translation>興趣愛好</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="82" />
      <source>家庭情况</source>
      <translation>家庭情況</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="82" />
      <source>偏好联系方式</source>
      <translation>偏好聯絡方式</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="83" />
      <source>方便联系时间</source>
      <translation>方便聯絡時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="83" />
      <source>会员级别</source>
      <translation>會員級別</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="85" />
      <source>客户希望得到的服务</source>
      <translation>客戶希望得到的服務</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="11" />
      <source>活动总结表</source>
      <translation>活動總結表</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="33" />
      <source>活动名称</source>
      <translation>活動名稱</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="34" />
      <source>活动地点</source>
      <translation>活動地點</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="35" />
      <source>邀约人数</source>
      <translation>邀約人數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="36" />
      <source>实到人数</source>
      <translation>實到人數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="36" />
      <source>新入会人数</source>
      <translation>新入會人數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="37" />
      <source>发放积分</source>
      <translation>發放積分</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="37" />
      <source>负责人</source>
      <translation>負責人</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="38" />
      <source>参与会员名单</source>
      <translation>參與會員名單</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="39" />
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/form.py" line="188" />
      <source>第 {v1} 页 / 共 {total} 页</source>
      <translation>第 {v1} 頁 / 共 {total} 頁</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/form.py" line="207" />
      <source>表单编号：{form_number}    打印日期：{printed_on:%Y-%m-%d}</source>
      <translation>表單編號：{form_number}    列印日期：{printed_on:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="12" />
      <source>销售线索登记表</source>
      <translation>銷售線索登記表</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="13" />
      <source>登记日期</source>
      <translation>登記日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="13" />
      <source>需求（新购/置换/推荐）</source>
      <translation>需求（新購/置換/推薦）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="14" />
      <source>登记人</source>
      <translation>登記人</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="14" />
      <source>转交销售顾问</source>
      <translation>轉交銷售顧問</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="14" />
      <source>跟进结果</source>
      <translation>跟進結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="31" />
      <source>登记期间</source>
      <translation>登記期間</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="31" />
      <source>线索数</source>
      <translation>線索數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="36" />
      <source>销售部接收人签名</source>
      <translation>銷售部接收人簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="13" />
      <source>关键岗位流程执行情况检查表 — 预约流程</source>
      <translation>關鍵崗位流程執行情況檢查表 — 預約流程</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>检查项目</source>
      <translation>檢查專案</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>备注</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>检查人</source>
      <translation>檢查人</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>评分</source>
      <translation>評分</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="23" />
      <source>备注：</source>
      <translation>備註：</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="33" />
      <source>岗位</source>
      <translation>崗位</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="33" />
      <source>执行情况</source>
      <translation>執行情況</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="14" />
      <source>会员入(转)会申请表</source>
      <translation>會員入(轉)會申請表</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="15" />
      <source>本人自愿申请加入车友会，所填资料真实有效。经销商承诺：客户信息严格保密，仅用于会员服务与联络，不向任何第三方提供。</source>
      <translation>本人自願申請加入車友會，所填資料真實有效。經銷商承諾：客戶資訊嚴格保密，僅用於會員服務與聯絡，不向任何第三方提供。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="36" />
      <source>申请类型</source>
      <translation>申請型別</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="36" />
      <source>□ 入会　　□ 转会</source>
      <translation>□ 入會　　□ 轉會</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="37" />
      <source>联系方式</source>
      <translation>聯絡方式</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="39" />
      <source>家庭</source>
      <translation>家庭</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="43" />
      <source>会员资料</source>
      <translation>會員資料</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="44" />
      <source>入会日期</source>
      <translation>入會日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="49" />
      <source>客户签名</source>
      <translation>客戶簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="49" />
      <source>审核</source>
      <translation>稽核</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="23" />
      <source>▼ 未达标</source>
      <translation>▼ 未達標</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="37" />
      <source>—（无数据）</source>
      <translation>—（無資料）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="37" />
      <source>✓ 达标</source>
      <translation>✓ 達標</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>指标</source>
      <translation>指標</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>目标</source>
      <translation>目標</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>依据（件）</source>
      <translation>依據（件）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>本月实际</source>
      <translation>本月實際</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>本期实际</source>
      <translation>本期實際</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="60" />
      <source>统计期间：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}　制表日期：{made_on:%Y-%m-%d}</source>
      <translation>統計期間：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}　製表日期：{made_on:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="66" />
      <source>本月关键指标与目标</source>
      <translation>本月關鍵指標與目標</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="66" />
      <source>本期关键指标与目标</source>
      <translation>本期關鍵指標與目標</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="75" />
      <source>应回访 / 已回访</source>
      <translation>應回訪 / 已回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="76" />
      <source>投诉受理</source>
      <translation>投訴受理</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="76" />
      <source>{count} 件</source>
      <translation>{count} 件</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="77" />
      <source>及时响应率</source>
      <translation>及時響應率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="78" />
      <source>及时封闭率</source>
      <translation>及時封閉率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="79" />
      <source>一次解决率</source>
      <translation>一次解決率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="80" />
      <source>逾期未结投诉</source>
      <translation>逾期未結投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="80" />
      <source>{v1} 件</source>
      <translation>{v1} 件</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="81" />
      <source>提醒后30天内回厂</source>
      <translation>提醒後30天內回廠</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="82" />
      <source>流失客户（逾期12个月）</source>
      <translation>流失客戶（逾期12個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="82" />
      <source>{v1} 台</source>
      <translation>{v1} 臺</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="83" />
      <source>满意度问卷</source>
      <translation>滿意度問卷</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="83" />
      <source>{count} 份</source>
      <translation>{count} 份</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="84" />
      <source>问卷满意率</source>
      <translation>問卷滿意率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="87" />
      <source>目录</source>
      <translation>目錄</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="117" />
      <source>顾客统计表（F9）　年份：{year}　月份：{v2}月（本月与本年累计：1–{v3}月）</source>
      <translation>顧客統計表（F9）　年份：{year}　月份：{v2}月（本月與本年累計：1–{v3}月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="124" />
      <source>档案中还没有车辆。</source>
      <translation>檔案中還沒有車輛。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="125" />
      <source>项目</source>
      <translation>專案</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="125" />
      <source>本年累计</source>
      <translation>本年累計</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="125" />
      <source>{v1}月</source>
      <translation>{v1}月</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="129" />
      <source>{v1}月各车型：展厅销售数 / 首次进厂 / 流失顾客</source>
      <translation>{v1}月各車型：展廳銷售數 / 首次進廠 / 流失顧客</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="142" />
      <source>顾客统计表（F9）　年份：{year}　期间：{first}–{last}月（本期与本年累计：1–{last}月）</source>
      <translation>顧客統計表（F9）　年份：{year}　期間：{first}–{last}月（本期與本年累計：1–{last}月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="146" />
      <source>{first}–{last}月</source>
      <translation>{first}–{last}月</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="153" />
      <source>应回访</source>
      <translation>應回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="153" />
      <source>已回访</source>
      <translation>已回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="153" />
      <source>按时</source>
      <translation>按時</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="154" />
      <source>满意率</source>
      <translation>滿意率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="164" />
      <source>本月没有到期的回访任务。</source>
      <translation>本月沒有到期的回訪任務。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="164" />
      <source>本期没有到期的回访任务。</source>
      <translation>本期沒有到期的回訪任務。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="166" />
      <source>其中质保期内</source>
      <translation>其中質保期內</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="170" />
      <source>已过期 {missed} 项：时间窗口结束仍未回访，计入应回访、不计已回访；其中 {unlisted} 项因电脑未开机、清单未生成而从未列入每日清单。按原因和专员见下表“已过期”列；回访清单的“已过期”筛选列出每一项。</source>
      <translation>已過期 {missed} 項：時間視窗結束仍未回訪，計入應回訪、不計已回訪；其中 {unlisted} 項因電腦未開機、清單未生成而從未列入每日清單。按原因和專員見下表“已過期”列；回訪清單的“已過期”篩選列出每一項。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="178" />
      <source>回访原因</source>
      <translation>回訪原因</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="192" />
      <source>各回访原因：应回访与已回访</source>
      <translation>各回訪原因：應回訪與已回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="198" />
      <source>近十二个月回访率与满意率（%）</source>
      <translation>近十二個月回訪率與滿意率（%）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="206" />
      <source>件数</source>
      <translation>件數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="206" />
      <source>比率</source>
      <translation>比率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="208" />
      <source>及时响应（120分钟内）</source>
      <translation>及時響應（120分鐘內）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="209" />
      <source>及时封闭</source>
      <translation>及時封閉</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="210" />
      <source>一次解决</source>
      <translation>一次解決</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="211" />
      <source>升级/预警</source>
      <translation>升級/預警</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="212" />
      <source>逾期未结（截至期末）</source>
      <translation>逾期未結（截至期末）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="213" />
      <source>质量投诉（维修质量、产品瑕疵）</source>
      <translation>質量投訴（維修質量、產品瑕疵）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="214" />
      <source>　其中 3 个工作日内封闭</source>
      <translation>　其中 3 個工作日內封閉</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="216" />
      <source>　其中尚未封闭</source>
      <translation>　其中尚未封閉</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="220" />
      <source>名称</source>
      <translation>名稱</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="228" />
      <source>各类别投诉件数</source>
      <translation>各類別投訴件數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="230" />
      <source>本月没有受理投诉。</source>
      <translation>本月沒有受理投訴。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="230" />
      <source>本期没有受理投诉。</source>
      <translation>本期沒有受理投訴。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="232" />
      <source>投诉件数</source>
      <translation>投訴件數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="233" />
      <source>近十二个月投诉件数</source>
      <translation>近十二個月投訴件數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="236" />
      <source>受理时间</source>
      <translation>受理時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="236" />
      <source>封闭期限</source>
      <translation>封閉期限</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="240" />
      <source>升级与预警</source>
      <translation>升級與預警</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="241" />
      <source>关联原投诉</source>
      <translation>關聯原投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="245" />
      <source>根本原因与改进措施</source>
      <translation>根本原因與改進措施</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="246" />
      <source>根本原因</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="246" />
      <source>改进措施</source>
      <translation>改進措施</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="259" />
      <source>合计</source>
      <translation>合計</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>提醒类别</source>
      <translation>提醒類別</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>已提醒客户</source>
      <translation>已提醒客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>30天内回厂</source>
      <translation>30天內回廠</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>观察期未满</source>
      <translation>觀察期未滿</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>回厂率</source>
      <translation>回廠率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="269" />
      <source>已提醒</source>
      <translation>已提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="274" />
      <source>提醒与回厂</source>
      <translation>提醒與回廠</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="283" />
      <source>流失客户漏斗（截至 {as_of:%Y-%m-%d}，共 {vehicles} 台有保养期的车辆）</source>
      <translation>流失客戶漏斗（截至 {as_of:%Y-%m-%d}，共 {vehicles} 臺有保養期的車輛）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="288" />
      <source>逾期未回厂</source>
      <translation>逾期未回廠</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="288" />
      <source>车辆数</source>
      <translation>車輛數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="288" />
      <source>本月回厂（招回）</source>
      <translation>本月回廠（招回）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="288" />
      <source>本期回厂（招回）</source>
      <translation>本期回廠（招回）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="291" />
      <source>≥ {months} 个月：{name}</source>
      <translation>≥ {months} 個月：{name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="305" />
      <source>本月招回</source>
      <translation>本月招回</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="305" />
      <source>本期招回</source>
      <translation>本期招回</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="309" />
      <source>流失漏斗：3 / 6 / 9 / 12 个月</source>
      <translation>流失漏斗：3 / 6 / 9 / 12 個月</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="321" />
      <source>预约：提醒 → 预约 → 到店</source>
      <translation>預約：提醒 → 預約 → 到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="322" />
      <source>到店率</source>
      <translation>到店率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="326" />
      <source>预约来源</source>
      <translation>預約來源</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="326" />
      <source>预约数</source>
      <translation>預約數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="335" />
      <source>预约率</source>
      <translation>預約率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="340" />
      <source>提醒 → 预约 → 到店</source>
      <translation>提醒 → 預約 → 到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="342" />
      <source>本月没有由提醒电话产生的预约。</source>
      <translation>本月沒有由提醒電話產生的預約。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="342" />
      <source>本期没有由提醒电话产生的预约。</source>
      <translation>本期沒有由提醒電話產生的預約。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="348" />
      <source>产品</source>
      <translation>產品</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="348" />
      <source>服务</source>
      <translation>服務</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="348" />
      <source>要求/希望</source>
      <translation>要求/希望</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="352" />
      <source>客户意见分类</source>
      <translation>客戶意見分類</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="352" />
      <source>条数</source>
      <translation>條數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="355" />
      <source>客户的期望与意见</source>
      <translation>客戶的期望與意見</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="355" />
      <source>次数</source>
      <translation>次數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="355" />
      <source>客户数</source>
      <translation>客戶數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="363" />
      <source>另有 {v1} 种意见（共 {rest} 条）见月度 Excel 工作簿的“客户意见”表。</source>
      <translation>另有 {v1} 種意見（共 {rest} 條）見月度 Excel 工作簿的“客戶意見”表。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="376" />
      <source>本月检查 {rounds} 次（满分 5 分）</source>
      <translation>本月檢查 {rounds} 次（滿分 5 分）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="376" />
      <source>本期检查 {rounds} 次（满分 5 分）</source>
      <translation>本期檢查 {rounds} 次（滿分 5 分）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="380" />
      <source>平均分</source>
      <translation>平均分</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="383" />
      <source>各项目平均分</source>
      <translation>各專案平均分</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="386" />
      <source>本月没有客休区检查记录。</source>
      <translation>本月沒有客休區檢查記錄。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="386" />
      <source>本期没有客休区检查记录。</source>
      <translation>本期沒有客休區檢查記錄。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="389" />
      <source>近十二个月客休区平均分</source>
      <translation>近十二個月客休區平均分</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="390" />
      <source>报修情况</source>
      <translation>報修情況</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="391" />
      <source>问题</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="411" />
      <source>本月没有满意度问卷回答。</source>
      <translation>本月沒有滿意度問卷回答。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="411" />
      <source>本期没有满意度问卷回答。</source>
      <translation>本期沒有滿意度問卷回答。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="414" />
      <source>本月问卷 {responses} 份，满意率（总体满意 4–5 分）{rate}。因素得分 = 该项平均分 × 20；指数 = 各因素得分的平均。</source>
      <translation>本月問卷 {responses} 份，滿意率（總體滿意 4–5 分）{rate}。因素得分 = 該項平均分 × 20；指數 = 各因素得分的平均。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="416" />
      <source>本期问卷 {responses} 份，满意率（总体满意 4–5 分）{rate}。因素得分 = 该项平均分 × 20；指数 = 各因素得分的平均。</source>
      <translation>本期問卷 {responses} 份，滿意率（總體滿意 4–5 分）{rate}。因素得分 = 該項平均分 × 20；指數 = 各因素得分的平均。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="424" />
      <source>指数</source>
      <translation>指數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="427" />
      <source>问卷</source>
      <translation>問卷</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="427" />
      <source>因素</source>
      <translation>因素</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="427" />
      <source>得分</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="427" />
      <source>份数</source>
      <translation>份數</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="435" />
      <source>{title}各因素得分</source>
      <translation>{title}各因素得分</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="438" />
      <source>回访专员</source>
      <translation>回訪專員</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="451" />
      <source>近十二个月 SSI、CSI 与满意率</source>
      <translation>近十二個月 SSI、CSI 與滿意率</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="453" />
      <source>低分回答与处理</source>
      <translation>低分回答與處理</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="454" />
      <source>回答</source>
      <translation>回答</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="454" />
      <source>处理结果</source>
      <translation>處理結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="459" />
      <source>另有 {more} 条，见总部报表“满意度低分”工作表。</source>
      <translation>另有 {more} 條，見總部報表“滿意度低分”工作表。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="487" />
      <source>基盘客户：截至 {as_of:%Y-%m-%d} 近12个月内到店的客户（车辆 {vehicles} 台）。</source>
      <translation>基盤客戶：截至 {as_of:%Y-%m-%d} 近12個月內到店的客戶（車輛 {vehicles} 臺）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="490" />
      <source>基盘客户</source>
      <translation>基盤客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="490" />
      <source>新增客户</source>
      <translation>新增客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="496" />
      <source>数量</source>
      <translation>數量</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="497" />
      <source>应首保车辆</source>
      <translation>應首保車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="497" />
      <source>首保到期日在本期内</source>
      <translation>首保到期日在本期內</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="498" />
      <source>按时首保</source>
      <translation>按時首保</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="498" />
      <source>到期后 30 天内完成</source>
      <translation>到期後 30 天內完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="499" />
      <source>尚未首保，30 天未满</source>
      <translation>尚未首保，30 天未滿</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="500" />
      <source>维修</source>
      <translation>維修</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="500" />
      <source>一般维修、事故车、索赔</source>
      <translation>一般維修、事故車、索賠</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="501" />
      <source>30天内返修</source>
      <translation>30天內返修</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="501" />
      <source>同一车辆 30 天内再次维修</source>
      <translation>同一車輛 30 天內再次維修</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="506" />
      <source>保有车辆结构（按车型）</source>
      <translation>保有車輛結構（按車型）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="507" />
      <source>性别</source>
      <translation>性別</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="512" />
      <source>保有客户结构</source>
      <translation>保有客戶結構</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="513" />
      <source>分组</source>
      <translation>分組</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="515" />
      <source>流失原因（来自回访结果）</source>
      <translation>流失原因（來自回訪結果）</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="518" />
      <source>原因</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="522" />
      <source>本期回访中没有客户说明流失原因。</source>
      <translation>本期回訪中沒有客戶說明流失原因。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="523" />
      <source>{month} 到期保养客户：{count} 台</source>
      <translation>{month} 到期保養客戶：{count} 臺</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="528" />
      <source>应保养日</source>
      <translation>應保養日</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="528" />
      <source>最近到店</source>
      <translation>最近到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="533" />
      <source>此处列出前 {shown} 台，完整名单见总部工作簿“到期保养”表。</source>
      <translation>此處列出前 {shown} 臺，完整名單見總部工作簿“到期保養”表。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="543" />
      <source>本期没有举办车友会活动。</source>
      <translation>本期沒有舉辦車友會活動。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>短信模板</source>
      <translation>簡訊模板</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>受众条件</source>
      <translation>受眾條件</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>选中</source>
      <translation>選中</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>发送</source>
      <translation>傳送</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>拒收排除</source>
      <translation>拒收排除</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>无手机</source>
      <translation>無手機</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="553" />
      <source>本期没有群发短信。</source>
      <translation>本期沒有群發簡訊。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="557" />
      <source>需求</source>
      <translation>需求</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="562" />
      <source>本期没有登记销售线索。</source>
      <translation>本期沒有登記銷售線索。</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/statistics_form.py" line="18" />
      <source>{month}月</source>
      <translation>{month}月</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/statistics_form.py" line="25" />
      <source>年份：{year}　月份：1–12 月</source>
      <translation>年份：{year}　月份：1–12 月</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="14" />
      <source>满意度回访记录表</source>
      <translation>滿意度回訪記錄表</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="60" />
      <source>月份</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="62" />
      <source>回访类型</source>
      <translation>回訪型別</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="63" />
      <source>客户意见与建议</source>
      <translation>客戶意見與建議</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="73" />
      <source>回答：5 非常满意　4 满意　3 一般　2 不满意　1 非常不满意　— 不适用</source>
      <translation>回答：5 非常滿意　4 滿意　3 一般　2 不滿意　1 非常不滿意　— 不適用</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/workbook.py" line="96" />
      <source>正在保存文件…</source>
      <translation>正在儲存檔案…</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/workbook.py" line="157" />
      <source>正在写入“{title}”：{written} 行…</source>
      <translation>正在寫入“{title}”：{written} 行…</translation>
    </message>
    <message>
      <location filename="../../carecenter/retention.py" line="31" />
      <source>未填写</source>
      <translation>未填寫</translation>
    </message>
    <message>
      <location filename="../../carecenter/ring.py" line="46" />
      <source>请给出来电号码。</source>
      <translation>請給出來電號碼。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ring.py" line="67" />
      <source>本机没有正在运行的 CareCenter：请先打开程序并登录。</source>
      <translation>本機沒有正在執行的 CareCenter：請先開啟程式並登入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ring.py" line="69" />
      <source>CareCenter 没有接受来电通知（{answer}）。</source>
      <translation>CareCenter 沒有接受來電通知（{answer}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/search_keys.py" line="55" />
      <source>搜索内容太长：最多 {words} 个词、{chars} 个字（姓名、电话、车牌或车架号即可）。</source>
      <translation>搜尋內容太長：最多 {words} 個詞、{chars} 個字（姓名、電話、車牌或車架號即可）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="28" />
      <source>规则</source>
      <translation>規則</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="33" />
      <source>经销商</source>
      <translation>經銷商</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="33" />
      <source>营业时间</source>
      <translation>營業時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="33" />
      <source>会员俱乐部</source>
      <translation>會員俱樂部</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="37" />
      <source>本店</source>
      <translation>本店</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="37" />
      <source>经销商名称</source>
      <translation>經銷商名稱</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="38" />
      <source>品牌</source>
      <translation>品牌</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="40" />
      <source>经销商电话</source>
      <translation>經銷商電話</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="41" />
      <source>服务热线（短信和信函中使用）</source>
      <translation>服務熱線（簡訊和信函中使用）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="43" />
      <source>每天开门时间</source>
      <translation>每天開門時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="44" />
      <source>每天关门时间</source>
      <translation>每天關門時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="45" />
      <source>本店工作日调整（日期 → 是否上班）</source>
      <translation>本店工作日調整（日期 → 是否上班）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="47" />
      <source>已载入的国务院放假通知</source>
      <translation>已載入的國務院放假通知</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="49" />
      <source>建档期限（天）</source>
      <translation>建檔期限（天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="50" />
      <source>保养周期（月）</source>
      <translation>保養週期（月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="51" />
      <source>保养周期（公里）</source>
      <translation>保養週期（公里）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="52" />
      <source>首保期限（月）</source>
      <translation>首保期限（月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="53" />
      <source>首保里程（公里）</source>
      <translation>首保里程（公里）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="54" />
      <source>无记录时的日均行驶里程（公里）</source>
      <translation>無記錄時的日均行駛里程（公里）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="55" />
      <source>续保提醒：到期前天数</source>
      <translation>續保提醒：到期前天數</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="56" />
      <source>年检提醒：到期前天数</source>
      <translation>年檢提醒：到期前天數</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="57" />
      <source>未接通几次后记为失联</source>
      <translation>未接通幾次後記為失聯</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="58" />
      <source>投诉封闭后几天内回访</source>
      <translation>投訴封閉後幾天內回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="59" />
      <source>活动前几天开始电话邀约</source>
      <translation>活動前幾天開始電話邀約</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="61" />
      <source>预约：每个时段的工位数</source>
      <translation>預約：每個時段的工位數</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="62" />
      <source>预约：每天最多预约台数</source>
      <translation>預約：每天最多預約臺數</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="64" />
      <source>满意度：任一项不高于此分即转投诉</source>
      <translation>滿意度：任一項不高於此分即轉投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="65" />
      <source>满意度：有此分的回答时提醒经理跟进</source>
      <translation>滿意度：有此分的回答時提醒經理跟進</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="69" />
      <source>车型与首保里程</source>
      <translation>車型與首保里程</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="73" />
      <source>目标：回访率（%）</source>
      <translation>目標：回訪率（%）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="74" />
      <source>目标：质保期内客户回访率（%）</source>
      <translation>目標：質保期內客戶回訪率（%）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="75" />
      <source>目标：服务满意率（%）</source>
      <translation>目標：服務滿意率（%）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="76" />
      <source>目标：售后满意度 CSI</source>
      <translation>目標：售後滿意度 CSI</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="77" />
      <source>目标：销售满意度 SSI</source>
      <translation>目標：銷售滿意度 SSI</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="78" />
      <source>目标：基盘客户数（近12个月到店）</source>
      <translation>目標：基盤客戶數（近12個月到店）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="79" />
      <source>目标：首保进场率（%）</source>
      <translation>目標：首保進場率（%）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="80" />
      <source>目标：返修率不高于（%）</source>
      <translation>目標：返修率不高於（%）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="82" />
      <source>会员卡号格式（{year} 入会年份，{seq} 序号）</source>
      <translation>會員卡號格式（{year} 入會年份，{seq} 序號）</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="83" />
      <source>消费积分：每多少元积 1 分</source>
      <translation>消費積分：每多少元積 1 分</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="84" />
      <source>推荐购车积分</source>
      <translation>推薦購車積分</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="85" />
      <source>银卡：近12个月积分达到</source>
      <translation>銀卡：近12個月積分達到</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="86" />
      <source>金卡：近12个月积分达到</source>
      <translation>金卡：近12個月積分達到</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="134" />
      <source>{title}应为数字，不是“{value}”。</source>
      <translation>{title}應為數字，不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="136" />
      <source>{title}应为整数，不是“{value}”。</source>
      <translation>{title}應為整數，不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="138" />
      <source>{title}应在 {minimum:g} 到 {maximum:g} 之间。</source>
      <translation>{title}應在 {minimum:g} 到 {maximum:g} 之間。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="143" />
      <source>{title}太长（最多 200 个字）。</source>
      <translation>{title}太長（最多 200 個字）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="148" />
      <source>{title}应写成 HH:MM（例如 08:30），不是“{value}”。</source>
      <translation>{title}應寫成 HH:MM（例如 08:30），不是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="156" />
      <source>会员卡号格式只能用 {{year}}（入会年份）和 {{seq}}（序号，必须有），例如 HY{{year}}{{seq:05d}}，卡号最长 20 个字符；“{value}”不行。</source>
      <translation>會員卡號格式只能用 {{year}}（入會年份）和 {{seq}}（序號，必須有），例如 HY{{year}}{{seq:05d}}，卡號最長 20 個字元；“{value}”不行。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="169" />
      <source>短信模板的名称应为 1 到 20 个字，不是“{name}”。</source>
      <translation>簡訊模板的名稱應為 1 到 20 個字，不是“{name}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="171" />
      <source>短信模板“{name}”太长（最多 500 个字）。</source>
      <translation>簡訊模板“{name}”太長（最多 500 個字）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="174" />
      <source>短信模板“{name}”中有无法填写的占位符 {unknown}；可用的有：{known}。</source>
      <translation>簡訊模板“{name}”中有無法填寫的佔位符 {unknown}；可用的有：{known}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="188" />
      <source>关门时间应晚于开门时间。</source>
      <translation>關門時間應晚於開門時間。</translation>
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="22" />
      <source>展厅销售数</source>
      <translation>展廳銷售數</translation>
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="22" />
      <source>首次进厂</source>
      <translation>首次進廠</translation>
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="22" />
      <source>流失顾客</source>
      <translation>流失顧客</translation>
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="26" />
      <source>（未分配）</source>
      <translation>（未分配）</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="49" />
      <source>数据库 {path} 已损坏：{problem}</source>
      <translation>資料庫 {path} 已損壞：{problem}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="82" />
      <source>数据库尚未打开。</source>
      <translation>資料庫尚未開啟。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="118" />
      <source>不支持这种数据库地址：{text}（可以是本地 SQLite 文件，或 postgresql://用户@服务器/数据库）。</source>
      <translation>不支援這種資料庫地址：{text}（可以是本地 SQLite 檔案，或 postgresql://使用者@伺服器/資料庫）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="128" />
      <source>{path} 不是 CareCenter 数据库文件。</source>
      <translation>{path} 不是 CareCenter 資料庫檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="151" />
      <source>备份没有写完（磁盘空间不足或无法写入 {folder}），未留下不完整的文件。请腾出空间或换一个位置后重试。</source>
      <translation>備份沒有寫完（磁碟空間不足或無法寫入 {folder}），未留下不完整的檔案。請騰出空間或換一個位置後重試。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="153" />
      <source>备份失败：数据库本身有损坏（{error}）。请运行“检查数据库”，按提示用较早的备份恢复。</source>
      <translation>備份失敗：資料庫本身有損壞（{error}）。請執行“檢查資料庫”，按提示用較早的備份恢復。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="157" />
      <source>备份校验失败：{result}</source>
      <translation>備份校驗失敗：{result}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="175" />
      <source>找不到数据库文件：{path}</source>
      <translation>找不到資料庫檔案：{path}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="180" />
      <source>无法建立数据文件夹 {folder}：{error}。请用 --db 指定一个可以写入的位置。</source>
      <translation>無法建立資料資料夾 {folder}：{error}。請用 --db 指定一個可以寫入的位置。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="193" />
      <source>数据库 {path} 无法使用 WAL 日志模式（当前为 {journal_mode}）。请把文件放在本机磁盘上，不要放在网络文件夹中。</source>
      <translation>資料庫 {path} 無法使用 WAL 日誌模式（當前為 {journal_mode}）。請把檔案放在本機磁碟上，不要放在網路資料夾中。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="226" />
      <source>数据库 {path} 正被另一个程序占用（例如正在导入或备份），请稍等片刻再打开。</source>
      <translation>資料庫 {path} 正被另一個程式佔用（例如正在匯入或備份），請稍等片刻再開啟。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="228" />
      <source>无法写入数据库 {path}（文件或文件夹只读）。请把数据库复制到可以写入的文件夹，再用 --db 指定它。</source>
      <translation>無法寫入資料庫 {path}（檔案或資料夾只讀）。請把資料庫複製到可以寫入的資料夾，再用 --db 指定它。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="230" />
      <source>无法打开数据库 {path}：{error}</source>
      <translation>無法開啟資料庫 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="302" />
      <source>上次恢复备份在替换数据库之前中断；留下的临时副本已删除，数据库保持原样。</source>
      <translation>上次恢復備份在替換資料庫之前中斷；留下的臨時副本已刪除，資料庫保持原樣。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="305" />
      <source>上次恢复备份在替换数据库时中断，现已完成恢复。</source>
      <translation>上次恢復備份在替換資料庫時中斷，現已完成恢復。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="311" />
      <source>上次恢复备份中断且副本不完整，已换回恢复前的数据库（{name}）。</source>
      <translation>上次恢復備份中斷且副本不完整，已換回恢復前的資料庫（{name}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="320" />
      <source>连接 PostgreSQL 需要安装驱动：pip install "carecenter[postgresql]"。</source>
      <translation>連線 PostgreSQL 需要安裝驅動：pip install "carecenter[postgresql]"。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="324" />
      <source>无法识别数据库地址：{url}（{error}）</source>
      <translation>無法識別資料庫地址：{url}（{error}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="327" />
      <source>数据库地址里缺少数据库名：{url}（例如 postgresql://carecenter@服务器/carecenter）。</source>
      <translation>資料庫地址裡缺少資料庫名：{url}（例如 postgresql://carecenter@伺服器/carecenter）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="333" />
      <source>无法连接 PostgreSQL 数据库 {v1}：{strip}</source>
      <translation>無法連線 PostgreSQL 資料庫 {v1}：{strip}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="340" />
      <source>PostgreSQL 数据库 {v1} 里还没有 CareCenter 的数据。</source>
      <translation>PostgreSQL 資料庫 {v1} 裡還沒有 CareCenter 的資料。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="351" />
      <source>PostgreSQL 数据库 {v1} 无法使用：{strip}</source>
      <translation>PostgreSQL 資料庫 {v1} 無法使用：{strip}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="413" />
      <source>另一个程序正在写入数据库（例如正在导入大文件），等了 {seconds} 秒仍未结束。本次修改没有保存，请稍后再试。</source>
      <translation>另一個程式正在寫入資料庫（例如正在匯入大檔案），等了 {seconds} 秒仍未結束。本次修改沒有儲存，請稍後再試。</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="417" />
      <source>磁盘空间不足、磁盘出错或文件只读，本次修改没有保存（数据库保持修改前的状态）。请检查磁盘后重试。（{error}）</source>
      <translation>磁碟空間不足、磁碟出錯或檔案只讀，本次修改沒有儲存（資料庫保持修改前的狀態）。請檢查磁碟後重試。（{error}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="23" />
      <source>非常满意</source>
      <translation>非常滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="23" />
      <source>一般</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="23" />
      <source>非常不满意</source>
      <translation>非常不滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="26" />
      <source>总体满意</source>
      <translation>總體滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="31" />
      <source>销售满意度（SSI）</source>
      <translation>銷售滿意度（SSI）</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>专营店设施</source>
      <translation>專營店設施</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>交易条件</source>
      <translation>交易條件</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>销售人员</source>
      <translation>銷售人員</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>书面作业</source>
      <translation>書面作業</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>交车时间</source>
      <translation>交車時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>交车过程</source>
      <translation>交車過程</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="33" />
      <source>售后满意度（CSI）</source>
      <translation>售後滿意度（CSI）</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="34" />
      <source>预约与接待</source>
      <translation>預約與接待</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="34" />
      <source>服务顾问的解释</source>
      <translation>服務顧問的解釋</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="34" />
      <source>按时交车</source>
      <translation>按時交車</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="34" />
      <source>收费透明</source>
      <translation>收費透明</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="35" />
      <source>休息区与设施</source>
      <translation>休息區與設施</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="37" />
      <source>处理是否满意</source>
      <translation>處理是否滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="37" />
      <source>问题是否解决</source>
      <translation>問題是否解決</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="48" />
      <source>（未登记）</source>
      <translation>（未登記）</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="99" />
      <source>没有“{code}”这份问卷（可选 {codes}）。</source>
      <translation>沒有“{code}”這份問卷（可選 {codes}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="104" />
      <source>问卷至少要有一个评分项目。</source>
      <translation>問卷至少要有一個評分專案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="106" />
      <source>问卷最多 {most} 个评分项目，这里有 {count} 个。</source>
      <translation>問卷最多 {most} 個評分專案，這裡有 {count} 個。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="108" />
      <source>请填写最后的总体评价问题（例如“总体满意”）。</source>
      <translation>請填寫最後的總體評價問題（例如“總體滿意”）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="110" />
      <source>请填写问卷名称。</source>
      <translation>請填寫問卷名稱。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="113" />
      <source>“{question}”太长（最多 {most} 个字）。</source>
      <translation>“{question}”太長（最多 {most} 個字）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="118" />
      <source>问题“{question}”出现了两次。</source>
      <translation>問題“{question}”出現了兩次。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="161" />
      <source>“{title}”有 {count} 个问题（总体满意在最后），收到 {given} 个回答。</source>
      <translation>“{title}”有 {count} 個問題（總體滿意在最後），收到 {given} 個回答。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="166" />
      <source>“{question}”的回答应为 1–5（0 = 不适用），不是“{answer}”。</source>
      <translation>“{question}”的回答應為 1–5（0 = 不適用），不是“{answer}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="170" />
      <source>请回答“{question}”：它决定这次回访是否满意。</source>
      <translation>請回答“{question}”：它決定這次回訪是否滿意。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="199" />
      <source>{question}：{answer}</source>
      <translation>{question}：{answer}</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="267" />
      <source>这是不满意后的再次回访，问卷已在第一次回访时回答；请直接登记满意或不满意。</source>
      <translation>這是不滿意後的再次回訪，問卷已在第一次回訪時回答；請直接登記滿意或不滿意。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="269" />
      <source>“{reason}”的回访没有满意度问卷。</source>
      <translation>“{reason}”的回訪沒有滿意度問卷。</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="662" />
      <source>投诉 {number}（{state}）</source>
      <translation>投訴 {number}（{state}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="665" />
      <source>已跟进：{how}</source>
      <translation>已跟進：{how}</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="666" />
      <source>待经理跟进</source>
      <translation>待經理跟進</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="710" />
      <source>通话 {call_id} 没有满意度问卷回答。</source>
      <translation>通話 {call_id} 沒有滿意度問卷回答。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="36" />
      <source>时段</source>
      <translation>時段</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="36" />
      <source>车牌</source>
      <translation>車牌</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="38" />
      <source>已约</source>
      <translation>已約</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="56" />
      <source>今天</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="59" />
      <source>前一天（Alt+←）</source>
      <translation>前一天（Alt+←）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="60" />
      <source>后一天（Alt+→）</source>
      <translation>後一天（Alt+→）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="65" />
      <source>按车牌或电话查找预约，回车查找</source>
      <translation>按車牌或電話查詢預約，回車查詢</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="70" />
      <source>&lt;b&gt;预约&lt;/b&gt;</source>
      <translation>&lt;b&gt;預約&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="76" />
      <source>新预约 (Ctrl+B)…</source>
      <translation>新預約 (Ctrl+B)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="79" />
      <source>改约…</source>
      <translation>改約…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="80" />
      <source>取消预约…</source>
      <translation>取消預約…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="81" />
      <source>打印预约单 (F13)…</source>
      <translation>列印預約單 (F13)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="82" />
      <source>复制短信文本</source>
      <translation>複製簡訊文本</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="83" />
      <source>打印登记表 (F14)…</source>
      <translation>列印登記表 (F14)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="103" />
      <source>本周</source>
      <translation>本週</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="176" />
      <source>空闲 {free}</source>
      <translation>空閒 {free}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="197" />
      <source>{day:%Y-%m-%d}：预约 {booked}，已确认 {confirmed}，已到店 {arrived}，爽约 {no_show}；空闲工位 {free}</source>
      <translation>{day:%Y-%m-%d}：預約 {booked}，已確認 {confirmed}，已到店 {arrived}，爽約 {no_show}；空閒工位 {free}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="201" />
      <source>{day:%Y-%m-%d}：本店不营业</source>
      <translation>{day:%Y-%m-%d}：本店不營業</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="212" />
      <source>休息</source>
      <translation>休息</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="230" />
      <source>选择一个预约查看详情；空闲的时段可按“新预约”预约。</source>
      <translation>選擇一個預約檢視詳情；空閒的時段可按“新預約”預約。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="236" />
      <source>{start:%Y-%m-%d %H:%M}　{kind}　{status}</source>
      <translation>{start:%Y-%m-%d %H:%M}　{kind}　{status}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="239" />
      <source>客户描述：{words}</source>
      <translation>客戶描述：{words}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="241" />
      <source>需携带证件：{documents}</source>
      <translation>需攜帶證件：{documents}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="244" />
      <source>取消原因：{reason}</source>
      <translation>取消原因：{reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="245" />
      <source>经办人：{who}</source>
      <translation>經辦人：{who}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="248" />
      <source>由维修记录自动登记</source>
      <translation>由維修記錄自動登記</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="274" />
      <source>已预约。</source>
      <translation>已預約。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="291" />
      <source>{name}　{plate}　原预约 {start:%Y-%m-%d %H:%M}</source>
      <translation>{name}　{plate}　原預約 {start:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="301" />
      <source>取消预约</source>
      <translation>取消預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="301" />
      <source>取消的原因：</source>
      <translation>取消的原因：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="311" />
      <source>预约单_{plate}.pdf</source>
      <translation>預約單_{plate}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="322" />
      <source>预约短信已复制，可粘贴到短信平台：{text}</source>
      <translation>預約簡訊已複製，可貼上到簡訊平臺：{text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="327" />
      <source>预约登记表_{day}.pdf</source>
      <translation>預約登記表_{day}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="15" />
      <source>男</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="15" />
      <source>女</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="16" />
      <source>手机或带区号的座机</source>
      <translation>手機或帶區號的座機</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="17" />
      <source>其他电话</source>
      <translation>其他電話</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="26" />
      <source>如 工作日 9:00–11:30</source>
      <translation>如 工作日 9:00–11:30</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="27" />
      <source>不接受电话回访</source>
      <translation>不接受電話回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="30" />
      <source>客户来源</source>
      <translation>客戶來源</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="31" />
      <source>建档日期</source>
      <translation>建檔日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="37" />
      <source>如 浙A12345</source>
      <translation>如 浙A12345</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="38" />
      <source>17 位车架号（VIN）</source>
      <translation>17 位車架號（VIN）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="40" />
      <source>轿车、SUV …</source>
      <translation>轎車、SUV …</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="42" />
      <source>颜色</source>
      <translation>顏色</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="45" />
      <source>公里</source>
      <translation>公里</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="46" />
      <source>保险到期日</source>
      <translation>保險到期日</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="47" />
      <source>年检到期日</source>
      <translation>年檢到期日</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="54" />
      <source>元</source>
      <translation>元</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="69" />
      <source>编辑客户档案</source>
      <translation>編輯客戶檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="78" />
      <source>编辑车辆</source>
      <translation>編輯車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="78" />
      <source>添加车辆</source>
      <translation>新增車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="85" />
      <source>登记维修保养（到店）</source>
      <translation>登記維修保養（到店）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="48" />
      <source>搜索：姓名 / 拼音首字母（如 zs）/ 电话（可输后四位）/ 车牌 / 车架号</source>
      <translation>搜尋：姓名 / 拼音首字母（如 zs）/ 電話（可輸後四位）/ 車牌 / 車架號</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="50" />
      <source>只看待补全档案</source>
      <translation>只看待補全檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="51" />
      <source>只看失联</source>
      <translation>只看失聯</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="52" />
      <source>多次回访未接通的客户：核对电话号码</source>
      <translation>多次回訪未接通的客戶：核對電話號碼</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="56" />
      <source>按会员级别筛选（级别由近12个月积分决定）</source>
      <translation>按會員級別篩選（級別由近12個月積分決定）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="60" />
      <source>按近12个月的消费金额或进厂次数筛选（进厂次数不含首保、免费检测、索赔和保险）</source>
      <translation>按近12個月的消費金額或進廠次數篩選（進廠次數不含首保、免費檢測、索賠和保險）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="85" />
      <source>在左侧选择一位客户，这里显示其资料、车辆和维修保养记录。</source>
      <translation>在左側選擇一位客戶，這裡顯示其資料、車輛和維修保養記錄。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="90" />
      <source>新增客户 (Ctrl+N)</source>
      <translation>新增客戶 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="91" />
      <source>编辑 (Enter)</source>
      <translation>編輯 (Enter)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="94" />
      <source>登记到店</source>
      <translation>登記到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="95" />
      <source>预约…</source>
      <translation>預約…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="96" />
      <source>登记信函</source>
      <translation>登記信函</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="97" />
      <source>免打扰…</source>
      <translation>免打擾…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="98" />
      <source>会员积分…</source>
      <translation>會員積分…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="100" />
      <source>打印档案表 (Ctrl+P)</source>
      <translation>列印檔案表 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="159" />
      <source>共 {count:,} 位客户</source>
      <translation>共 {count:,} 位客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="210" />
      <source>已保存。</source>
      <translation>已儲存。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="218" />
      <source>已新增客户。</source>
      <translation>已新增客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="232" />
      <source>{v1}　{model}</source>
      <translation>{v1}　{model}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="233" />
      <source>选择车辆</source>
      <translation>選擇車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="233" />
      <source>车辆：</source>
      <translation>車輛：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="252" />
      <source>{name}　{phone}</source>
      <translation>{name}　{phone}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="287" />
      <source>确定删除客户“{name}”吗？

客户将从列表和搜索中移除，其车辆与维修记录仍保留在数据库中。</source>
      <translation>確定刪除客戶“{name}”嗎？

客戶將從列表和搜尋中移除，其車輛與維修記錄仍保留在資料庫中。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="290" />
      <source>已删除客户“{name}”。</source>
      <translation>已刪除客戶“{name}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="298" />
      <source>客户档案_{v1}.pdf</source>
      <translation>客戶檔案_{v1}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="310" />
      <source>会员申请表_{v1}.pdf</source>
      <translation>會員申請表_{v1}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>时间</source>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>操作</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>对象</source>
      <translation>物件</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>编号</source>
      <translation>編號</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>变更</source>
      <translation>變更</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="34" />
      <source>审计日志</source>
      <translation>審計日誌</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="36" />
      <source>用户（留空为全部）</source>
      <translation>使用者（留空為全部）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="38" />
      <source>全部操作</source>
      <translation>全部操作</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="42" />
      <source>包含文字</source>
      <translation>包含文字</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="49" />
      <source>查询</source>
      <translation>查詢</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="55" />
      <source>从</source>
      <translation>從</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="57" />
      <source>到</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="100" />
      <source>共 {v1} 条（最多显示 1000 条，新的在前）</source>
      <translation>共 {v1} 條（最多顯示 1000 條，新的在前）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="65" />
      <source>客户对车辆情况的描述，前台接车时不必再问</source>
      <translation>客戶對車輛情況的描述，前臺接車時不必再問</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="76" />
      <source>时段已满也加约（经理）</source>
      <translation>時段已滿也加約（經理）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="101" />
      <source>请向客户确认：记住预约时间；如未能按时到达，可能无法保留工位。</source>
      <translation>請向客戶確認：記住預約時間；如未能按時到達，可能無法保留工位。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="106" />
      <source>确认预约</source>
      <translation>確認預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="125" />
      <source>（这位客户还没有车辆）</source>
      <translation>（這位客戶還沒有車輛）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="139" />
      <source>{start:%H:%M}（空闲，推荐）</source>
      <translation>{start:%H:%M}（空閒，推薦）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="142" />
      <source>{start:%m-%d %H:%M}（下一个空闲）</source>
      <translation>{start:%m-%d %H:%M}（下一個空閒）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="146" />
      <source>{start:%H:%M}　空闲 {free}</source>
      <translation>{start:%H:%M}　空閒 {free}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="147" />
      <source>{start:%H:%M}　已满</source>
      <translation>{start:%H:%M}　已滿</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="150" />
      <source>本店当天不营业</source>
      <translation>本店當天不營業</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="152" />
      <source>当天已约 {booked} / {limit}</source>
      <translation>當天已約 {booked} / {limit}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="162" />
      <source>请选择预约时段。</source>
      <translation>請選擇預約時段。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="171" />
      <source>请先查找并选择客户和车辆。</source>
      <translation>請先查詢並選擇客戶和車輛。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="37" />
      <source>地点（Where）</source>
      <translation>地點（Where）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="37" />
      <source>事由（What）</source>
      <translation>事由（What）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="37" />
      <source>原因（Why）</source>
      <translation>原因（Why）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="38" />
      <source>处理方式（How）</source>
      <translation>處理方式（How）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="38" />
      <source>反馈·产品</source>
      <translation>反饋·產品</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="38" />
      <source>反馈·服务</source>
      <translation>反饋·服務</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="39" />
      <source>反馈·其他</source>
      <translation>反饋·其他</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="52" />
      <source>回访：{name}　{reason_title}</source>
      <translation>回訪：{name}　{reason_title}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="54" />
      <source>正在读取客户资料……</source>
      <translation>正在讀取客戶資料……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="59" />
      <source>客户不接受电话回访：请改用短信或其他方式</source>
      <translation>客戶不接受電話回訪：請改用簡訊或其他方式</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="61" />
      <source>此前多次未接通（失联）</source>
      <translation>此前多次未接通（失聯）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="63" />
      <source>上次回访发现号码错误：请先核对电话</source>
      <translation>上次回訪發現號碼錯誤：請先核對電話</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="65" />
      <source>有 {open_complaints} 件未结投诉</source>
      <translation>有 {open_complaints} 件未結投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="67" />
      <source>&lt;b&gt;{name}&lt;/b&gt;　{phone}　{plate} {model}&lt;br&gt;{reason_title}　应回访 {due_date:%Y-%m-%d}　已尝试 {attempts} 次　方便联系时间：{v8}　偏好：{preferred_contact}</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;　{phone}　{plate} {model}&lt;br&gt;{reason_title}　應回訪 {due_date:%Y-%m-%d}　已嘗試 {attempts} 次　方便聯絡時間：{v8}　偏好：{preferred_contact}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="94" />
      <source>客户报告的行驶里程（公里）</source>
      <translation>客戶報告的行駛里程（公里）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="96" />
      <source>YYYY-MM-DD（改约、暂不需要、考虑中时必填）</source>
      <translation>YYYY-MM-DD（改約、暫不需要、考慮中時必填）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="109" />
      <source>保存问卷回访</source>
      <translation>儲存問卷回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="111" />
      <source>：选择预约时段，预约和回访一起保存</source>
      <translation>：選擇預約時段，預約和回訪一起儲存</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="112" />
      <source>：按问卷的回答登记满意或不满意</source>
      <translation>：按問卷的回答登記滿意或不滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="114" />
      <source>：日期写在“下次联系日期”</source>
      <translation>：日期寫在“下次聯絡日期”</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="121" />
      <source>通话记录（5W1H）</source>
      <translation>通話記錄（5W1H）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="127" />
      <source>话术</source>
      <translation>話術</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="128" />
      <source>客户资料</source>
      <translation>客戶資料</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="196" />
      <source>{name}　{plate} {model}　{reason}</source>
      <translation>{name}　{plate} {model}　{reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="220" />
      <source>请先回答问卷的每个问题（不适用按 0；总体满意必须回答）。</source>
      <translation>請先回答問卷的每個問題（不適用按 0；總體滿意必須回答）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="235" />
      <source>“{outcome}”需要一个日期：请在“下次联系日期”填写。</source>
      <translation>“{outcome}”需要一個日期：請在“下次聯絡日期”填寫。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="258" />
      <source>已生成投诉草稿</source>
      <translation>已生成投訴草稿</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="259" />
      <source>客户不满意：已为 {name} 生成投诉草稿，并安排明天再次回访。
请在“投诉处理”页把状态选为“草稿”，选中后按“受理…”。</source>
      <translation>客戶不滿意：已為 {name} 生成投訴草稿，並安排明天再次回訪。
請在“投訴處理”頁把狀態選為“草稿”，選中後按“受理…”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="45" />
      <source>最近通话</source>
      <translation>最近通話</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="70" />
      <source>勿电话</source>
      <translation>勿電話</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="74" />
      <source>投诉{open_complaints}</source>
      <translation>投訴{open_complaints}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="76" />
      <source>已过期（未列入清单）</source>
      <translation>已過期（未列入清單）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="93" />
      <source>全部经办人</source>
      <translation>全部經辦人</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="96" />
      <source>我的（{name}）</source>
      <translation>我的（{name}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="98" />
      <source>全部原因</source>
      <translation>全部原因</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="102" />
      <source>今日已完成</source>
      <translation>今日已完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="102" />
      <source>全部</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="103" />
      <source>已过期（近31天）</source>
      <translation>已過期（近31天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="105" />
      <source>时间窗口已结束仍未回访的任务，包括电脑未开机期间从未列入清单的；按原因分组，经办人一栏即回访专员</source>
      <translation>時間視窗已結束仍未回訪的任務，包括電腦未開機期間從未列入清單的；按原因分組，經辦人一欄即回訪專員</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="107" />
      <source>刷新 (F5)</source>
      <translation>重新整理 (F5)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="109" />
      <source>登记来电…</source>
      <translation>登記來電…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="111" />
      <source>短信…</source>
      <translation>簡訊…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="112" />
      <source>为列表中的客户生成短信批量文件</source>
      <translation>為列表中的客戶生成簡訊批次檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="115" />
      <source>打印登记表 (F3)…</source>
      <translation>列印登記表 (F3)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="117" />
      <source>新建活动…</source>
      <translation>新建活動…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="119" />
      <source>活动签到…</source>
      <translation>活動簽到…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="121" />
      <source>需上报问题</source>
      <translation>需上報問題</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="172" />
      <source>&lt;b&gt;{day:%Y-%m-%d} 回访清单&lt;/b&gt;</source>
      <translation>&lt;b&gt;{day:%Y-%m-%d} 回訪清單&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="173" />
      <source>正在生成今日回访清单……</source>
      <translation>正在生成今日回訪清單……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="180" />
      <source>需上报问题（{questions}）</source>
      <translation>需上報問題（{questions}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="193" />
      <source>{v1}（{v2}</source>
      <translation>{v1}（{v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="194" />
      <source>）</source>
      <translation>）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="194" />
      <source>，逾期 {overdue}</source>
      <translation>，逾期 {overdue}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="223" />
      <source>近 31 天没有已过期的回访。</source>
      <translation>近 31 天沒有已過期的回訪。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="223" />
      <source>今天没有需要回访的客户。</source>
      <translation>今天沒有需要回訪的客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="245" />
      <source>已登记：{name}，{reason_title}，状态 {v3}</source>
      <translation>已登記：{name}，{reason_title}，狀態 {v3}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="266" />
      <source>电话登记表_{day}.pdf</source>
      <translation>電話登記表_{day}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="275" />
      <source>打开回访 (Enter)</source>
      <translation>打開回訪 (Enter)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="276" />
      <source>打印最近一次通话记录 (F2)…</source>
      <translation>列印最近一次通話記錄 (F2)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="278" />
      <source>打印成交客户回访情况记录表 (F5)…</source>
      <translation>列印成交客戶回訪情況記錄表 (F5)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="279" />
      <source>打印本月信函登记表 (F4)…</source>
      <translation>列印本月信函登記表 (F4)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="285" />
      <source>通话记录_{name}.pdf</source>
      <translation>通話記錄_{name}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="286" />
      <source>成交客户回访_{name}.pdf</source>
      <translation>成交客戶回訪_{name}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="287" />
      <source>信函登记表_{day:%Y-%m}.pdf</source>
      <translation>信函登記表_{day:%Y-%m}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="303" />
      <source>这位客户还没有通话记录。</source>
      <translation>這位客戶還沒有通話記錄。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="25" />
      <source>6个月以上未到店</source>
      <translation>6個月以上未到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="25" />
      <source>12个月以上未到店</source>
      <translation>12個月以上未到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="26" />
      <source>近3个月到过店</source>
      <translation>近3個月到過店</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="28" />
      <source>本月入会</source>
      <translation>本月入會</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="28" />
      <source>上月入会</source>
      <translation>上月入會</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="37" />
      <source>群发短信（按条件选择客户）</source>
      <translation>群發簡訊（按條件選擇客戶）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="58" />
      <source>模板</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="59" />
      <source>入会</source>
      <translation>入會</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="60" />
      <source>最后到店</source>
      <translation>最後到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="73" />
      <source>手机号码</source>
      <translation>手機號碼</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="73" />
      <source>短信内容</source>
      <translation>簡訊內容</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="78" />
      <source>CareCenter 不直接发送短信：导出的文件请导入本店短信平台发送。拒收营销短信的客户自动排除。自己的模板在“设置 → 短信模板”中添加。</source>
      <translation>CareCenter 不直接傳送簡訊：匯出的檔案請匯入本店簡訊平臺傳送。拒收營銷簡訊的客戶自動排除。自己的模板在“設定 → 簡訊模板”中新增。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="89" />
      <source>导出批量文件…</source>
      <translation>匯出批次檔案…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="93" />
      <source>导出短信批量文件需要“导出未遮挡的个人信息”权限（经理）。</source>
      <translation>匯出簡訊批次檔案需要“匯出未遮擋的個人資訊”許可權（經理）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="150" />
      <source>选中 {chosen} 位客户：短信 {count} 条；拒收营销短信 {refused} 位、没有手机号码 {no_mobile} 位已排除</source>
      <translation>選中 {chosen} 位客戶：簡訊 {count} 條；拒收營銷簡訊 {refused} 位、沒有手機號碼 {no_mobile} 位已排除</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="153" />
      <source>。下表列出前 {shown} 条</source>
      <translation>。下表列出前 {shown} 條</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="165" />
      <source>导出短信批量文件</source>
      <translation>匯出簡訊批次檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="165" />
      <source>群发短信_{template}.xlsx</source>
      <translation>群發簡訊_{template}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="28" />
      <source>受理投诉</source>
      <translation>受理投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="28" />
      <source>新建投诉</source>
      <translation>新建投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="42" />
      <source>涉及车辆</source>
      <translation>涉及車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="51" />
      <source>没有找到，请换个关键词。</source>
      <translation>沒有找到，請換個關鍵詞。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="56" />
      <source>类别：</source>
      <translation>類別：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="57" />
      <source>渠道：</source>
      <translation>渠道：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="58" />
      <source>受理后开始计时：120 分钟（营业时间）内联系客户，A 类 3 个、B 类 7 个工作日内封闭。</source>
      <translation>受理後開始計時：120 分鐘（營業時間）內聯絡客戶，A 類 3 個、B 類 7 個工作日內封閉。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="63" />
      <source>受理</source>
      <translation>受理</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="73" />
      <source>请先查找并选择客户。</source>
      <translation>請先查詢並選擇客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="76" />
      <source>该客户有多辆车，请选择投诉涉及的车辆。</source>
      <translation>該客戶有多輛車，請選擇投訴涉及的車輛。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="39" />
      <source>时限</source>
      <translation>時限</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="39" />
      <source>剩余</source>
      <translation>剩餘</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="39" />
      <source>预警</source>
      <translation>預警</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="108" />
      <source>联系客户</source>
      <translation>聯絡客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="109" />
      <source>重新处理</source>
      <translation>重新處理</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="109" />
      <source>升级预警</source>
      <translation>升級預警</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="110" />
      <source>升级为C类</source>
      <translation>升級為C類</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="110" />
      <source>附件</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="130" />
      <source>未封闭</source>
      <translation>未封閉</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="135" />
      <source>全部类别</source>
      <translation>全部類別</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="138" />
      <source>只看我受理的</source>
      <translation>只看我受理的</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="139" />
      <source>只看超时</source>
      <translation>只看超時</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="140" />
      <source>刷新</source>
      <translation>重新整理</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="142" />
      <source>新建投诉 (Ctrl+Shift+C)…</source>
      <translation>新建投訴 (Ctrl+Shift+C)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="149" />
      <source>&lt;b&gt;投诉处理&lt;/b&gt;</source>
      <translation>&lt;b&gt;投訴處理&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="166" />
      <source>保存表单内容</source>
      <translation>儲存表單內容</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="177" />
      <source>处理经过</source>
      <translation>處理經過</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="183" />
      <source>回函、照片、录音等；可把文件拖到这里。双击打开。</source>
      <translation>回函、照片、錄音等；可把檔案拖到這裡。雙擊開啟。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="186" />
      <source>添加附件…</source>
      <translation>新增附件…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="189" />
      <source>附件（回函、照片、录音）</source>
      <translation>附件（回函、照片、錄音）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="246" />
      <source>只列出最近受理的 {LIST_LIMIT} 件；更早的投诉请按类别筛选或导出月度工作簿查看。</source>
      <translation>只列出最近受理的 {LIST_LIMIT} 件；更早的投訴請按類別篩選或匯出月度工作簿檢視。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="262" />
      <source>升级</source>
      <translation>升級</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="363" />
      <source>{kind}　{name}　{size}　{at:%Y-%m-%d %H:%M} {by}{note}</source>
      <translation>{kind}　{name}　{size}　{at:%Y-%m-%d %H:%M} {by}{note}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="372" />
      <source>&lt;b&gt;草稿&lt;/b&gt;　待受理：选择类别和渠道后获得受理编号并开始计时</source>
      <translation>&lt;b&gt;草稿&lt;/b&gt;　待受理：選擇類別和渠道後獲得受理編號並開始計時</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="374" />
      <source>&lt;b&gt;{number}&lt;/b&gt;　{state}　{category} {category2}　{channel}　抱怨/投诉次数 {contact_count}</source>
      <translation>&lt;b&gt;{number}&lt;/b&gt;　{state}　{category} {category2}　{channel}　抱怨/投訴次數 {contact_count}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="379" />
      <source>&lt;br&gt;&lt;span style='color:#C62828'&gt;升级预警：{warning}&lt;/span&gt;</source>
      <translation>&lt;br&gt;&lt;span style='color:#C62828'&gt;升級預警：{warning}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="393" />
      <source>点击撤回签名</source>
      <translation>點選撤回簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="393" />
      <source>以当前用户签名</source>
      <translation>以當前使用者簽名</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="400" />
      <source>{at:%Y-%m-%d %H:%M}　{actor}　{kind}　{detail}</source>
      <translation>{at:%Y-%m-%d %H:%M}　{actor}　{kind}　{detail}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="415" />
      <source>受理…</source>
      <translation>受理…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="417" />
      <source>已联系客户</source>
      <translation>已聯絡客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="418" />
      <source>客户再次来电</source>
      <translation>客戶再次來電</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="430" />
      <source>F6 抱怨/投诉处理表…</source>
      <translation>F6 抱怨/投訴處理表…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="431" />
      <source>F7 客户投诉升级预警单…</source>
      <translation>F7 客戶投訴升級預警單…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="435" />
      <source>只有已升级或有升级预警的投诉才有升级预警单</source>
      <translation>只有已升級或有升級預警的投訴才有升級預警單</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="444" />
      <source>预警/升级…</source>
      <translation>預警/升級…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="450" />
      <source>经理标记特殊情况…</source>
      <translation>經理標記特殊情況…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="453" />
      <source>升级为C类（无封闭时限）…</source>
      <translation>升級為C類（無封閉時限）…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="455" />
      <source>约定答复客户时间…</source>
      <translation>約定答覆客戶時間…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="464" />
      <source>特殊情况说明：</source>
      <translation>特殊情況說明：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="469" />
      <source>升级原因（升级后不再有封闭时限，已超时的仍计为未及时封闭）：</source>
      <translation>升級原因（升級後不再有封閉時限，已超時的仍計為未及時封閉）：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="476" />
      <source>约定答复客户时间</source>
      <translation>約定答覆客戶時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="476" />
      <source>答复时间（YYYY-MM-DD HH:MM），到时出现在经办人的回访列表：</source>
      <translation>答覆時間（YYYY-MM-DD HH:MM），到時出現在經辦人的回訪列表：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="480" />
      <source>已约定答复时间 {when}。</source>
      <translation>已約定答覆時間 {when}。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="486" />
      <source>添加附件</source>
      <translation>新增附件</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="486" />
      <source>回函、照片、录音 ({patterns})</source>
      <translation>回函、照片、錄音 ({patterns})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="500" />
      <source>已附加 {count} 个文件。</source>
      <translation>已附加 {count} 個檔案。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="516" />
      <source>投诉表单已保存。</source>
      <translation>投訴表單已儲存。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="536" />
      <source>撤回原因（将记入审计日志）：</source>
      <translation>撤回原因（將記入審計日誌）：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="549" />
      <source>投诉处理表_{complaint_id}.pdf</source>
      <translation>投訴處理表_{complaint_id}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="555" />
      <source>升级预警单_{complaint_id}.pdf</source>
      <translation>升級預警單_{complaint_id}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="18" />
      <source>交车回访（24小时、3日）、修后回访、投诉回访</source>
      <translation>交車回訪（24小時、3日）、修後回訪、投訴回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="19" />
      <source>首保、定保、流失预警、续保、年检、质保提醒</source>
      <translation>首保、定保、流失預警、續保、年檢、質保提醒</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="20" />
      <source>生日祝福、活动邀约、老客户回馈、感谢信和所有短信</source>
      <translation>生日祝福、活動邀約、老客戶回饋、感謝信和所有簡訊</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="28" />
      <source>免打扰：{name}</source>
      <translation>免打擾：{name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="29" />
      <source>客户不接受的联系按类别分别登记（个人信息保护法要求记录何时、为何、由谁登记）。登记后，该类回访不再生成，已排好的会撤下；短信批量也会排除。</source>
      <translation>客戶不接受的聯絡按類別分別登記（個人資訊保護法要求記錄何時、為何、由誰登記）。登記後，該類回訪不再生成，已排好的會撤下；簡訊批次也會排除。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="43" />
      <source>原因（客户原话）</source>
      <translation>原因（客戶原話）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="56" />
      <source>关闭</source>
      <translation>關閉</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="77" />
      <source>不接受：{since}起，{who}登记</source>
      <translation>不接受：{since}起，{who}登記</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="81" />
      <source>撤销（客户重新同意）</source>
      <translation>撤銷（客戶重新同意）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="83" />
      <source>接受</source>
      <translation>接受</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="86" />
      <source>登记不接受</source>
      <translation>登記不接受</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="23" />
      <source>&lt;h2 style='margin-bottom:2px'&gt;{v1}&lt;span style='font-size:small;color:#555'&gt;　{v2}　编号 {id}&lt;/span&gt;&lt;/h2&gt;</source>
      <translation>&lt;h2 style='margin-bottom:2px'&gt;{v1}&lt;span style='font-size:small;color:#555'&gt;　{v2}　編號 {id}&lt;/span&gt;&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="28" />
      <source>&lt;p style='color:#C62828'&gt;&lt;b&gt;档案待补全：&lt;/b&gt;缺少电话或车辆，已超过建档期限。&lt;/p&gt;</source>
      <translation>&lt;p style='color:#C62828'&gt;&lt;b&gt;檔案待補全：&lt;/b&gt;缺少電話或車輛，已超過建檔期限。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="30" />
      <source>&lt;p style='color:#E65100'&gt;&lt;b&gt;失联：&lt;/b&gt;多次回访未接通。请核对电话号码；下次接通后自动解除。&lt;/p&gt;</source>
      <translation>&lt;p style='color:#E65100'&gt;&lt;b&gt;失聯：&lt;/b&gt;多次回訪未接通。請核對電話號碼；下次接通後自動解除。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="32" />
      <source>&lt;p style='color:#C62828'&gt;&lt;b&gt;号码错误：&lt;/b&gt;回访时发现电话号码不对，请核对后修改（改号后自动解除）。&lt;/p&gt;</source>
      <translation>&lt;p style='color:#C62828'&gt;&lt;b&gt;號碼錯誤：&lt;/b&gt;回訪時發現電話號碼不對，請核對後修改（改號後自動解除）。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="34" />
      <source>&lt;p style='color:#E65100'&gt;&lt;b&gt;不接受{kind}&lt;/b&gt;（{since} 起，{who}登记：{reason}）&lt;/p&gt;</source>
      <translation>&lt;p style='color:#E65100'&gt;&lt;b&gt;不接受{kind}&lt;/b&gt;（{since} 起，{who}登記：{reason}）&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="51" />
      <source>{number}　{club_level}（积分 {points}，{joined} 入会）</source>
      <translation>{number}　{club_level}（積分 {points}，{joined} 入會）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="54" />
      <source>非会员（积分 {points}）</source>
      <translation>非會員（積分 {points}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="78" />
      <source>&lt;p&gt;&lt;i&gt;尚未登记车辆。&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;i&gt;尚未登記車輛。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="85" />
      <source>&lt;h3 style='margin-bottom:2px'&gt;车辆 {number}：{v2}　{v3}&lt;/h3&gt;&lt;p style='margin-top:0'&gt;底盘号 {v4}　发动机编号 {v5}&lt;br&gt;交车日期 {v6}　销售顾问 {v7}　行驶里程 {mileage:,} 公里&lt;br&gt;保险到期 {v9}　下一次保养期 {due}&lt;/p&gt;</source>
      <translation>&lt;h3 style='margin-bottom:2px'&gt;車輛 {number}：{v2}　{v3}&lt;/h3&gt;&lt;p style='margin-top:0'&gt;底盤號 {v4}　發動機編號 {v5}&lt;br&gt;交車日期 {v6}　銷售顧問 {v7}　行駛里程 {mileage:,} 公里&lt;br&gt;保險到期 {v9}　下一次保養期 {due}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="108" />
      <source>&lt;p&gt;&lt;i&gt;暂无维修保养记录。&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;i&gt;暫無維修保養記錄。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_picker.py" line="30" />
      <source>请选择车辆…</source>
      <translation>請選擇車輛…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_picker.py" line="45" />
      <source>姓名 / 电话后四位 / 车牌，回车查找</source>
      <translation>姓名 / 電話後四位 / 車牌，回車查詢</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_picker.py" line="59" />
      <source>{name}　{phone}　{plates}</source>
      <translation>{name}　{phone}　{plates}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_table.py" line="33" />
      <source>档案待补全</source>
      <translation>檔案待補全</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_table.py" line="35" />
      <source>勿电话回访</source>
      <translation>勿電話回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_table.py" line="179" />
      <source>建档已超过期限，仍缺少电话或车辆，请尽快补全（二日内建立客户档案）。</source>
      <translation>建檔已超過期限，仍缺少電話或車輛，請儘快補全（二日內建立客戶檔案）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/errors.py" line="14" />
      <source>操作未完成</source>
      <translation>操作未完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/errors.py" line="22" />
      <source>内部错误</source>
      <translation>內部錯誤</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/errors.py" line="23" />
      <source>操作没有完成，数据未被修改。

{v1}: {error}

详情已写入：{where}</source>
      <translation>操作沒有完成，資料未被修改。

{v1}: {error}

詳情已寫入：{where}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="28" />
      <source>活动签到与积分</source>
      <translation>活動簽到與積分</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="38" />
      <source>签到</source>
      <translation>簽到</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="48" />
      <source>签到（找到的客户）</source>
      <translation>簽到（找到的客戶）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="50" />
      <source>签到所选</source>
      <translation>簽到所選</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="52" />
      <source>撤销签到</source>
      <translation>撤銷簽到</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="54" />
      <source>发放活动积分</source>
      <translation>發放活動積分</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="69" />
      <source>打印活动总结表 (F16)</source>
      <translation>列印活動總結表 (F16)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="100" />
      <source>还没有活动：请先在“每日回访”中新建活动。</source>
      <translation>還沒有活動：請先在“每日回訪”中新建活動。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="106" />
      <source>{place}　负责人 {owner}　每人 {points} 分&lt;br&gt;邀约 &lt;b&gt;{invited}&lt;/b&gt;　确认参加 &lt;b&gt;{confirmed}&lt;/b&gt;　实到 &lt;b&gt;{attended}&lt;/b&gt;　新入会 &lt;b&gt;{new}&lt;/b&gt;　已发放积分 &lt;b&gt;{given}&lt;/b&gt;</source>
      <translation>{place}　負責人 {owner}　每人 {points} 分&lt;br&gt;邀約 &lt;b&gt;{invited}&lt;/b&gt;　確認參加 &lt;b&gt;{confirmed}&lt;/b&gt;　實到 &lt;b&gt;{attended}&lt;/b&gt;　新入會 &lt;b&gt;{new}&lt;/b&gt;　已發放積分 &lt;b&gt;{given}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="108" />
      <source>（地点未填）</source>
      <translation>（地點未填）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="113" />
      <source>确认参加，未签到</source>
      <translation>確認參加，未簽到</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="155" />
      <source>活动总结_{name}.pdf</source>
      <translation>活動總結_{name}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="25" />
      <source>新建活动</source>
      <translation>新建活動</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="30" />
      <source>车友会会员</source>
      <translation>車友會會員</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="43" />
      <source>邀请对象</source>
      <translation>邀請物件</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="45" />
      <source>活动积分（每位到场客户）</source>
      <translation>活動積分（每位到場客戶）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="48" />
      <source>活动前 14 天起，邀请电话会出现在每日回访清单中。</source>
      <translation>活動前 14 天起，邀請電話會出現在每日回訪清單中。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="50" />
      <source>保存</source>
      <translation>儲存</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="56" />
      <source>{model} 车主</source>
      <translation>{model} 車主</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="39" />
      <source>欢迎使用 CareCenter 客户关爱中心</source>
      <translation>歡迎使用 CareCenter 客戶關愛中心</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="49" />
      <source>将在以下位置新建数据库：&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</source>
      <translation>將在以下位置新建資料庫：&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="51" />
      <source>新建空白数据库（正式使用）</source>
      <translation>新建空白資料庫（正式使用）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="52" />
      <source>载入演示经销商（约 2000 位客户，用于试用和培训）</source>
      <translation>載入演示經銷商（約 2000 位客戶，用於試用和培訓）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="58" />
      <source>例如：杭州某某汽车销售服务有限公司</source>
      <translation>例如：杭州某某汽車銷售服務有限公司</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="61" />
      <source>开始</source>
      <translation>開始</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="69" />
      <source>经销商名称（打印在表单抬头，可在设置中修改）：</source>
      <translation>經銷商名稱（列印在表單抬頭，可在設定中修改）：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="97" />
      <source>正在生成演示经销商……</source>
      <translation>正在生成演示經銷商……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="100" />
      <source>演示数据未能载入</source>
      <translation>演示資料未能載入</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="15" />
      <source>客户档案</source>
      <translation>客戶檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="16" />
      <source>每位客户一份档案：联系方式、车辆、维修保养记录和会员资料。回访、投诉和统计都从这里的资料出发。</source>
      <translation>每位客戶一份檔案：聯絡方式、車輛、維修保養記錄和會員資料。回訪、投訴和統計都從這裡的資料出發。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="17" />
      <source>交车或首次到店的客户，两天内建立档案（列表中标红的是待补全的档案）。</source>
      <translation>交車或首次到店的客戶，兩天內建立檔案（列表中標紅的是待補全的檔案）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="18" />
      <source>在搜索框输入姓名、拼音首字母、电话后四位、车牌或车架号，回车打开客户。</source>
      <translation>在搜尋框輸入姓名、拼音首字母、電話後四位、車牌或車架號，回車開啟客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="19" />
      <source>客户到店维修保养后，用“登记到店”记下日期、类型和里程：修后回访会自动排进回访清单。</source>
      <translation>客戶到店維修保養後，用“登記到店”記下日期、型別和里程：修後回訪會自動排進回訪清單。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="20" />
      <source>需要纸质档案时，按 Ctrl+P 打印客户档案基本资料表（F1）。</source>
      <translation>需要紙質檔案時，按 Ctrl+P 列印客戶檔案基本資料表（F1）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="21" />
      <source>搜索客户</source>
      <translation>搜尋客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="21" />
      <source>编辑所选客户</source>
      <translation>編輯所選客戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="22" />
      <source>删除所选客户（车辆和记录保留）</source>
      <translation>刪除所選客戶（車輛和記錄保留）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="22" />
      <source>打印客户档案基本资料表</source>
      <translation>列印客戶檔案基本資料表</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="23" />
      <source>为所选客户添加车辆</source>
      <translation>為所選客戶新增車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="23" />
      <source>为所选车辆登记到店</source>
      <translation>為所選車輛登記到店</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="27" />
      <source>每日回访</source>
      <translation>每日回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="28" />
      <source>今天要打的电话：交车回访、修后回访、首保和定保提醒、续保年检、流失客户、生日和投诉回访，按原因分组，逾期的标红。</source>
      <translation>今天要打的電話：交車回訪、修後回訪、首保和定保提醒、續保年檢、流失客戶、生日和投訴回訪，按原因分組，逾期的標紅。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="29" />
      <source>上班后先看列表：逾期的先打。</source>
      <translation>上班後先看列表：逾期的先打。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="30" />
      <source>选中一行按回车，对着话术通话，按 5W1H 记下通话内容，再选结果：每种回访只列出适合它的结果（Ctrl+1、Ctrl+2……）。</source>
      <translation>選中一行按回車，對著話術通話，按 5W1H 記下通話內容，再選結果：每種回訪只列出適合它的結果（Ctrl+1、Ctrl+2……）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="31" />
      <source>交车3日和修后第一次回访有满意度问卷：在问卷上按 5–1 逐题作答（0 = 不适用），总体满意最后；保存时按回答判定满意或不满意。</source>
      <translation>交車3日和修後第一次回訪有滿意度問卷：在問卷上按 5–1 逐題作答（0 = 不適用），總體滿意最後；儲存時按回答判定滿意或不滿意。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="32" />
      <source>不满意会自动生成投诉草稿；有“一般”的回答会提醒经理跟进；未接通三次记为失联。</source>
      <translation>不滿意會自動生成投訴草稿；有“一般”的回答會提醒經理跟進；未接通三次記為失聯。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="33" />
      <source>首保、定保、流失预警等提醒电话中客户同意预约时，选“已预约”（Ctrl+1）并选时段：预约和回访一起保存；客户暂不需要、已在他处保养、车辆已转让或报废、号码错误也各有按钮。</source>
      <translation>首保、定保、流失預警等提醒電話中客戶同意預約時，選“已預約”（Ctrl+1）並選時段：預約和回訪一起儲存；客戶暫不需要、已在他處保養、車輛已轉讓或報廢、號碼錯誤也各有按鈕。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="35" />
      <source>下班前打印当天的电话登记表（F3），交车客户的回访记录表（F5）随时可打印。</source>
      <translation>下班前列印當天的電話登記表（F3），交車客戶的回訪記錄表（F5）隨時可列印。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="36" />
      <source>时间窗口过了还没打的回访记为“已过期”，计入应回访；电脑几天没开时，这期间整个窗口都已过去的回访也会补记为已过期（未列入清单）。经理在状态筛选中选“已过期（近31天）”按原因和经办人查看。</source>
      <translation>時間視窗過了還沒打的回訪記為“已過期”，計入應回訪；電腦幾天沒開時，這期間整個視窗都已過去的回訪也會補記為已過期（未列入清單）。經理在狀態篩選中選“已過期（近31天）”按原因和經辦人檢視。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="38" />
      <source>打开所选回访</source>
      <translation>開啟所選回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="38" />
      <source>刷新清单</source>
      <translation>重新整理清單</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="38" />
      <source>通话窗口中：选择回访结果</source>
      <translation>通話視窗中：選擇回訪結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="38" />
      <source>问卷中：回答当前问题</source>
      <translation>問卷中：回答當前問題</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="42" />
      <source>维修保养的预约簿：每 30 分钟一个时段，每个时段和每天的工位有上限（在设置中修改），休息日没有时段。</source>
      <translation>維修保養的預約簿：每 30 分鐘一個時段，每個時段和每天的工位有上限（在設定中修改），休息日沒有時段。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="43" />
      <source>提醒电话中客户同意预约时，在通话窗口按“已预约”，选时段：预约登记和回访完成一次保存。</source>
      <translation>提醒電話中客戶同意預約時，在通話視窗按“已預約”，選時段：預約登記和回訪完成一次儲存。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="44" />
      <source>客户来电或到店预约时，按 Ctrl+B；先推荐当天最早的两个空闲时段，当天已满时推荐之后最近的空闲时段。</source>
      <translation>客戶來電或到店預約時，按 Ctrl+B；先推薦當天最早的兩個空閒時段，當天已滿時推薦之後最近的空閒時段。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="45" />
      <source>把客户描述的车辆情况写下来，前台接车时不必再问；告诉客户要携带的证件，打印或发送预约单（F13）。</source>
      <translation>把客戶描述的車輛情況寫下來，前臺接車時不必再問；告訴客戶要攜帶的證件，列印或傳送預約單（F13）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="46" />
      <source>提前一天以上的预约，前一个工作日会出现在回访清单上的“预约确认”中；客户到店时按“到店”，登记维修记录也会自动标为到店。</source>
      <translation>提前一天以上的預約，前一個工作日會出現在回訪清單上的“預約確認”中；客戶到店時按“到店”，登記維修記錄也會自動標為到店。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="47" />
      <source>当天没有到店也没有取消的预约，第二天早上记为爽约，并安排一次“爽约回访”请客户重新预约。</source>
      <translation>當天沒有到店也沒有取消的預約，第二天早上記為爽約，並安排一次“爽約回訪”請客戶重新預約。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="48" />
      <source>每天早上打印当天的预约登记表（F14）交给前台。</source>
      <translation>每天早上列印當天的預約登記表（F14）交給前臺。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="49" />
      <source>新预约</source>
      <translation>新預約</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="49" />
      <source>前一天 / 后一天（在列表中）</source>
      <translation>前一天 / 後一天（在列表中）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="49" />
      <source>预约空闲时段，或为所选预约改约</source>
      <translation>預約空閒時段，或為所選預約改約</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="52" />
      <source>投诉处理</source>
      <translation>投訴處理</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="53" />
      <source>客户抱怨和投诉的处理表（F6）：受理、联系客户、处理、封闭，每一步都有时限。</source>
      <translation>客戶抱怨和投訴的處理表（F6）：受理、聯絡客戶、處理、封閉，每一步都有時限。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="54" />
      <source>客户来电或到店投诉时，点“新建投诉”，找到客户，写下内容，选类别和渠道后受理；回访中不满意或登记“客户来电投诉”会生成草稿，选中草稿点“受理”。</source>
      <translation>客戶來電或到店投訴時，點“新建投訴”，找到客戶，寫下內容，選類別和渠道後受理；回訪中不滿意或登記“客戶來電投訴”會生成草稿，選中草稿點“受理”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="55" />
      <source>受理后 120 分钟（营业时间）内必须第一次联系客户；3 个工作日内封闭。</source>
      <translation>受理後 120 分鐘（營業時間）內必須第一次聯絡客戶；3 個工作日內封閉。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="56" />
      <source>工作日按国务院放假通知计算。某年的通知没有载入时，时限按周一至周五和法定节假日估算，标“估算”；每年 11 月通知发布后，在“设置 → 营业时间与工作日”中载入，未封闭投诉的时限随即重新计算。</source>
      <translation>工作日按國務院放假通知計算。某年的通知沒有載入時，時限按週一至週五和法定節假日估算，標“估算”；每年 11 月通知釋出後，在“設定 → 營業時間與工作日”中載入，未封閉投訴的時限隨即重新計算。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="58" />
      <source>列表按紧急程度排列：超时的红色，快到期的橙色。</source>
      <translation>列表按緊急程度排列：超時的紅色，快到期的橙色。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="59" />
      <source>填写调查结果和措施，请相关人员签名；客户再次来电时点“客户再次来电”，需要时打印升级预警单（F7）。</source>
      <translation>填寫調查結果和措施，請相關人員簽名；客戶再次來電時點“客戶再次來電”，需要時列印升級預警單（F7）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="60" />
      <source>打开所选投诉</source>
      <translation>開啟所選投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="64" />
      <source>每天上午（需要时下午再查一次）按顾客休息室检查表（F8）逐项打分，登记客餐和报修。</source>
      <translation>每天上午（需要時下午再查一次）按顧客休息室檢查表（F8）逐項打分，登記客餐和報修。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="65" />
      <source>选日期和轮次，点“开始本轮检查”。</source>
      <translation>選日期和輪次，點“開始本輪檢查”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="66" />
      <source>每一项按 0–5 打分，光标自动跳到下一项；低于 3 分的按 R 报修。</source>
      <translation>每一項按 0–5 打分，游標自動跳到下一項；低於 3 分的按 R 報修。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="67" />
      <source>修好后在报修列表中标记为已修复；每月用“通话抽查”检查关爱专员的预约流程（F10）。</source>
      <translation>修好後在報修列表中標記為已修復；每月用“通話抽查”檢查關愛專員的預約流程（F10）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="68" />
      <source>给当前项目打分</source>
      <translation>給當前專案打分</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="68" />
      <source>报修当前项目</source>
      <translation>報修當前專案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="68" />
      <source>为当前项目填写备注</source>
      <translation>為當前專案填寫備註</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="71" />
      <source>统计报表</source>
      <translation>統計報表</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="72" />
      <source>经理用：每月的回访率、满意率、投诉时效、招揽效果、流失客户和客休区得分，与目标比较。</source>
      <translation>經理用：每月的回訪率、滿意率、投訴時效、招攬效果、流失客戶和客休區得分，與目標比較。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="73" />
      <source>选择月份后按“统计”。</source>
      <translation>選擇月份後按“統計”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="74" />
      <source>打印月度工作小结（PDF），或生成给总部的 Excel 工作簿。</source>
      <translation>列印月度工作小結（PDF），或生成給總部的 Excel 工作簿。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="80" />
      <source>本页使用说明</source>
      <translation>本頁使用說明</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="80" />
      <source>切换到第 1–5 页</source>
      <translation>切換到第 1–5 頁</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="81" />
      <source>导出客户与车辆</source>
      <translation>匯出客戶與車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="82" />
      <source>导入客户资料</source>
      <translation>匯入客戶資料</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="82" />
      <source>立即备份</source>
      <translation>立即備份</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="83" />
      <source>关闭窗口</source>
      <translation>關閉視窗</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="94" />
      <source>快捷键一览</source>
      <translation>快捷鍵一覽</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="101" />
      <source>每天的工作</source>
      <translation>每天的工作</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="104" />
      <source>快捷键</source>
      <translation>快捷鍵</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="105" />
      <source>按钮上的 F1–F12 是纸质表单的编号，不是键盘按键。</source>
      <translation>按鈕上的 F1–F12 是紙質表單的編號，不是鍵盤按鍵。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="112" />
      <source>使用说明</source>
      <translation>使用說明</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="42" />
      <source>（不导入）</source>
      <translation>（不匯入）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="43" />
      <source>自动识别（按列名）</source>
      <translation>自動識別（按列名）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="43" />
      <source>客户和车辆</source>
      <translation>客戶和車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="44" />
      <source>客服中心投诉工单</source>
      <translation>客服中心投訴工單</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="50" />
      <source>保存导入模板</source>
      <translation>儲存匯入模板</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="50" />
      <source>CareCenter导入模板.xlsx</source>
      <translation>CareCenter匯入模板.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="50" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="56" />
      <source>导入模板</source>
      <translation>匯入模板</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="56" />
      <source>已保存：{written}</source>
      <translation>已儲存：{written}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="66" />
      <source>选择文件</source>
      <translation>選擇檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="67" />
      <source>支持 Excel（.xlsx）和 CSV（UTF-8、UTF-16、GBK/GB18030 或 Big5）。可以是销售部的交车客户表，也可以是 DMS 导出的维修记录。</source>
      <translation>支援 Excel（.xlsx）和 CSV（UTF-8、UTF-16、GBK/GB18030 或 Big5）。可以是銷售部的交車客戶表，也可以是 DMS 匯出的維修記錄。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="69" />
      <source>选择要导入的文件</source>
      <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="70" />
      <source>浏览…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="72" />
      <source>下载导入模板…</source>
      <translation>下載匯入模板…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="80" />
      <source>更新已有的客户和车辆（用文件中的非空内容）</source>
      <translation>更新已有的客戶和車輛（用檔案中的非空內容）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="81" />
      <source>跳过已有的客户和车辆</source>
      <translation>跳過已有的客戶和車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="87" />
      <source>文件：</source>
      <translation>檔案：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="88" />
      <source>文件内容：</source>
      <translation>檔案內容：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="89" />
      <source>已有记录：</source>
      <translation>已有記錄：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="91" />
      <source>包括隐藏的工作表（默认跳过，预览中列出）</source>
      <translation>包括隱藏的工作表（預設跳過，預覽中列出）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="93" />
      <source>按车架号、再按车牌、再按“电话 + 姓名”判断是否已有。导入前会先显示预览，确认后才写入。</source>
      <translation>按車架號、再按車牌、再按“電話 + 姓名”判斷是否已有。匯入前會先顯示預覽，確認後才寫入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="104" />
      <source>表格文件 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)</source>
      <translation>表格檔案 (*.xlsx *.xls *.ods *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="112" />
      <source>正在读取文件……</source>
      <translation>正在讀取檔案……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="116" />
      <source>无法导入这个文件</source>
      <translation>無法匯入這個檔案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="132" />
      <source>核对每一列的内容</source>
      <translation>核對每一列的內容</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="133" />
      <source>已按列名自动识别。请检查“导入为”一栏，识别不了的列标为“不导入”，可手工指定。</source>
      <translation>已按列名自動識別。請檢查“匯入為”一欄，識別不了的列標為“不匯入”，可手工指定。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="152" />
      <source>文件中的列</source>
      <translation>檔案中的列</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="152" />
      <source>示例</source>
      <translation>示例</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="152" />
      <source>导入为</source>
      <translation>匯入為</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="158" />
      <source>第 {v1} 列</source>
      <translation>第 {v1} 列</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="168" />
      <source>{name}：{v2}</source>
      <translation>{name}：{v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="176" />
      <source>{name}（{v2:,} 行）</source>
      <translation>{name}（{v2:,} 行）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="178" />
      <source>未识别、将不导入的列：</source>
      <translation>未識別、將不匯入的列：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="191" />
      <source>列对应有重复</source>
      <translation>列對應有重複</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="192" />
      <source>工作表“{name}”中有多列都导入为“{v2}”，每项只能对应一列。</source>
      <translation>工作表“{name}”中有多列都匯入為“{v2}”，每項只能對應一列。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="205" />
      <source>预览</source>
      <translation>預覽</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="206" />
      <source>以下是导入后的结果和发现的问题。点“导入”才会写入；有错误时不能导入。</source>
      <translation>以下是匯入後的結果和發現的問題。點“匯入”才會寫入；有錯誤時不能匯入。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>类型</source>
      <translation>型別</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>工作表</source>
      <translation>工作表</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>行</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>列</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>值</source>
      <translation>值</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="223" />
      <source>正在检查每一行……</source>
      <translation>正在檢查每一行……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="228" />
      <source>预览未完成。</source>
      <translation>預覽未完成。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="245" />
      <source>（下表只列出前 {PROBLEM_LIMIT:,} 条）</source>
      <translation>（下表只列出前 {PROBLEM_LIMIT:,} 條）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="247" />
      <source>&lt;span style='color:#C62828'&gt;&lt;b&gt;有 {v1:,} 处错误，不能导入。&lt;/b&gt;请在文件中修改后重新选择文件。&lt;/span&gt;&lt;br&gt;{text}</source>
      <translation>&lt;span style='color:#C62828'&gt;&lt;b&gt;有 {v1:,} 處錯誤，不能匯入。&lt;/b&gt;請在檔案中修改後重新選擇檔案。&lt;/span&gt;&lt;br&gt;{text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="251" />
      <source>文件中没有可导入的数据行。</source>
      <translation>檔案中沒有可匯入的資料行。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="259" />
      <source>正在导入……</source>
      <translation>正在匯入……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="265" />
      <source>导入未完成</source>
      <translation>匯入未完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="269" />
      <source>没有写入任何数据。</source>
      <translation>沒有寫入任何資料。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="283" />
      <source>下一步 &gt;</source>
      <translation>下一步 &gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="284" />
      <source>&lt; 上一步</source>
      <translation>&lt; 上一步</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="28" />
      <source>销售线索（转销售部）</source>
      <translation>銷售線索（轉銷售部）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="29" />
      <source>只看尚无结果的</source>
      <translation>只看尚無結果的</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="34" />
      <source>转交销售顾问…</source>
      <translation>轉交銷售顧問…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="39" />
      <source>登记跟进结果</source>
      <translation>登記跟進結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="44" />
      <source>打印本月 F17…</source>
      <translation>列印本月 F17…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="46" />
      <source>导出 Excel…</source>
      <translation>匯出 Excel…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="80" />
      <source>没有销售线索：来电登记为“购车意向”时在这里出现。</source>
      <translation>沒有銷售線索：來電登記為“購車意向”時在這裡出現。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="86" />
      <source>请先选择一条线索。</source>
      <translation>請先選擇一條線索。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="93" />
      <source>销售顾问姓名：</source>
      <translation>銷售顧問姓名：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="109" />
      <source>销售线索_{month}.pdf</source>
      <translation>銷售線索_{month}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="118" />
      <source>导出销售线索</source>
      <translation>匯出銷售線索</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="118" />
      <source>销售线索.xlsx</source>
      <translation>銷售線索.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="39" />
      <source>登记信函：{name}</source>
      <translation>登記信函：{name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="48" />
      <source>YYYY-MM-DD（寄出后填写）</source>
      <translation>YYYY-MM-DD（寄出後填寫）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="57" />
      <source>登记</source>
      <translation>登記</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="79" />
      <source>短信批量文件（供短信平台导入）</source>
      <translation>簡訊批次檔案（供簡訊平臺匯入）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="91" />
      <source>CareCenter 不直接发送短信：导出的文件请导入本店短信平台发送。发送记录保存在客户档案中。</source>
      <translation>CareCenter 不直接傳送簡訊：匯出的檔案請匯入本店簡訊平臺傳送。傳送記錄儲存在客戶檔案中。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="95" />
      <source>导出…</source>
      <translation>匯出…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="134" />
      <source>共 {v1} 位客户有手机号码（列表中 {v2} 位）</source>
      <translation>共 {v1} 位客戶有手機號碼（列表中 {v2} 位）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="135" />
      <source>，{refused} 位拒收此类短信已排除</source>
      <translation>，{refused} 位拒收此類簡訊已排除</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="136" />
      <source>，下表列出前 200 条</source>
      <translation>，下表列出前 200 條</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="142" />
      <source>短信_{currentText}.xlsx</source>
      <translation>簡訊_{currentText}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="156" />
      <source>已导出：{written}</source>
      <translation>已匯出：{written}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="170" />
      <source>登记来电</source>
      <translation>登記來電</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="191" />
      <source>YYYY-MM-DD（需要回电时填写）</source>
      <translation>YYYY-MM-DD（需要回電時填寫）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="200" />
      <source>例如 工作日晚上</source>
      <translation>例如 工作日晚上</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="211" />
      <source>新来电人</source>
      <translation>新來電人</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="212" />
      <source>来电类型</source>
      <translation>來電型別</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="218" />
      <source>留言给</source>
      <translation>留言給</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="218" />
      <source>回电日期</source>
      <translation>回電日期</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="258" />
      <source>档案里没有：请填写新来电人的姓名和电话，登记为潜在客户。</source>
      <translation>檔案裡沒有：請填寫新來電人的姓名和電話，登記為潛在客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="266" />
      <source>请查找并选择客户，或填写新来电人的姓名和电话。</source>
      <translation>請查詢並選擇客戶，或填寫新來電人的姓名和電話。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="32" />
      <source>登录 CareCenter 客户关爱中心</source>
      <translation>登入 CareCenter 客戶關愛中心</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="42" />
      <source>用户：</source>
      <translation>使用者：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="43" />
      <source>密码：</source>
      <translation>密碼：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="53" />
      <source>正在登录……</source>
      <translation>正在登入……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="74" />
      <source>创建管理员账户</source>
      <translation>建立管理員賬戶</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="76" />
      <source>例如：王经理</source>
      <translation>例如：王經理</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="80" />
      <source>至少 {MIN_PASSWORD} 个字符</source>
      <translation>至少 {MIN_PASSWORD} 個字元</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="86" />
      <source>这是第一次使用。请创建管理员账户：管理员负责用户、备份和设置。密码请妥善保管。</source>
      <translation>這是第一次使用。請建立管理員賬戶：管理員負責使用者、備份和設定。密碼請妥善保管。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="89" />
      <source>姓名：</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="90" />
      <source>工号：</source>
      <translation>工號：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="97" />
      <source>创建并登录</source>
      <translation>建立並登入</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="110" />
      <source>正在创建管理员……</source>
      <translation>正在建立管理員……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="76" />
      <source>开始本轮检查</source>
      <translation>開始本輪檢查</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="84" />
      <source>打印检查表 (F8)</source>
      <translation>列印檢查表 (F8)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="87" />
      <source>通话抽查 (F10)…</source>
      <translation>通話抽查 (F10)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="96" />
      <source>用键盘逐项评分：按 0–5 打分并跳到下一项；R 报修（低于 3 分）；回车填写备注。</source>
      <translation>用鍵盤逐項評分：按 0–5 打分並跳到下一項；R 報修（低於 3 分）；回車填寫備註。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="100" />
      <source>车牌号，回车登记客餐</source>
      <translation>車牌號，回車登記客餐</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="104" />
      <source>标记为已修复</source>
      <translation>標記為已修復</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="107" />
      <source>月度平均分</source>
      <translation>月度平均分</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="111" />
      <source>&lt;b&gt;客餐登记&lt;/b&gt;</source>
      <translation>&lt;b&gt;客餐登記&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="114" />
      <source>&lt;b&gt;报修中的项目&lt;/b&gt;</source>
      <translation>&lt;b&gt;報修中的專案&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="142" />
      <source>&lt;b&gt;顾客休息室检查&lt;/b&gt;</source>
      <translation>&lt;b&gt;顧客休息室檢查&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="150" />
      <source>客休区检查表_{day}.pdf</source>
      <translation>客休區檢查表_{day}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="173" />
      <source>进行中</source>
      <translation>進行中</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="175" />
      <source>{state}　合计 {total} / {maximum}　检查人 {checker}</source>
      <translation>{state}　合計 {total} / {maximum}　檢查人 {checker}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="180" />
      <source>本轮尚未开始</source>
      <translation>本輪尚未開始</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="184" />
      <source>{ticket}　{plate}</source>
      <translation>{ticket}　{plate}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="185" />
      <source>　{name}（档案客户）</source>
      <translation>　{name}（檔案客戶）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="191" />
      <source>{reported_at:%m-%d}　{title}　{remark}</source>
      <translation>{reported_at:%m-%d}　{title}　{remark}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="219" />
      <source>{title}：</source>
      <translation>{title}：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="231" />
      <source>客餐票 {ticket}（{plate}）</source>
      <translation>客餐票 {ticket}（{plate}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="233" />
      <source>客餐未登记</source>
      <translation>客餐未登記</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="253" />
      <source>{position}. {title}　{average:.2f}　近6个月 {line}</source>
      <translation>{position}. {title}　{average:.2f}　近6個月 {line}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="260" />
      <source>月份应写成 YYYY-MM</source>
      <translation>月份應寫成 YYYY-MM</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="271" />
      <source>通话质量抽查（关键岗位流程执行情况检查表）</source>
      <translation>通話質量抽查（關鍵崗位流程執行情況檢查表）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="273" />
      <source>被检查的关爱专员</source>
      <translation>被檢查的關愛專員</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="277" />
      <source>抽取本月通话</source>
      <translation>抽取本月通話</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="293" />
      <source>抽取</source>
      <translation>抽取</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="301" />
      <source>保存后打印检查表 (F10)</source>
      <translation>儲存後列印檢查表 (F10)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="304" />
      <source>保存抽查结果</source>
      <translation>儲存抽查結果</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="314" />
      <source>本月还没有抽查记录。</source>
      <translation>本月還沒有抽查記錄。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="314" />
      <source>本月抽查汇总：{text}</source>
      <translation>本月抽查彙總：{text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="337" />
      <source>关键岗位流程执行情况检查表</source>
      <translation>關鍵崗位流程執行情況檢查表</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="338" />
      <source>通话抽查_{check_id}.pdf</source>
      <translation>通話抽查_{check_id}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="53" />
      <source>预约管理</source>
      <translation>預約管理</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="68" />
      <source>今日回访：—</source>
      <translation>今日回訪：—</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="68" />
      <source>超时投诉：—</source>
      <translation>超時投訴：—</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="69" />
      <source>今日预约：—</source>
      <translation>今日預約：—</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="71" />
      <source>今日预约：{waiting}（已到店 {arrived}）</source>
      <translation>今日預約：{waiting}（已到店 {arrived}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="74" />
      <source>今日回访：{open_calls}（逾期 {overdue}）</source>
      <translation>今日回訪：{open_calls}（逾期 {overdue}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="75" />
      <source>超时投诉：{count}</source>
      <translation>超時投訴：{count}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="109" />
      <source>文件(&amp;F)</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="110" />
      <source>导入客户资料（Excel/CSV）…</source>
      <translation>匯入客戶資料（Excel/CSV）…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="114" />
      <source>打印客户档案基本资料表…</source>
      <translation>列印客戶檔案基本資料表…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="115" />
      <source>导出客户与车辆（Excel）…</source>
      <translation>匯出客戶與車輛（Excel）…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="117" />
      <source>月度工作小结（PDF）…</source>
      <translation>月度工作小結（PDF）…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="118" />
      <source>总部工作簿（Excel）…</source>
      <translation>總部工作簿（Excel）…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="121" />
      <source>客户(&amp;C)</source>
      <translation>客戶(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="122" />
      <source>新增客户…</source>
      <translation>新增客戶…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="123" />
      <source>编辑客户…</source>
      <translation>編輯客戶…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="124" />
      <source>添加车辆…</source>
      <translation>新增車輛…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="125" />
      <source>登记到店…</source>
      <translation>登記到店…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="130" />
      <source>销售线索…</source>
      <translation>銷售線索…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="131" />
      <source>群发短信（按条件选择客户）…</source>
      <translation>群發簡訊（按條件選擇客戶）…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="132" />
      <source>查看(&amp;V)</source>
      <translation>檢視(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="136" />
      <source>系统(&amp;S)</source>
      <translation>系統(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="138" />
      <source>立即备份到…</source>
      <translation>立即備份到…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="139" />
      <source>恢复备份…</source>
      <translation>恢復備份…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="143" />
      <source>用户管理…</source>
      <translation>使用者管理…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="144" />
      <source>审计日志…</source>
      <translation>審計日誌…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="146" />
      <source>设置…</source>
      <translation>設定…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="147" />
      <source>帮助(&amp;H)</source>
      <translation>幫助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="151" />
      <source>关于 CareCenter</source>
      <translation>關於 CareCenter</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="184" />
      <source>导入完成：{summary}</source>
      <translation>匯入完成：{summary}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="192" />
      <source>客户资料_{today:%Y-%m-%d}.xlsx</source>
      <translation>客戶資料_{today:%Y-%m-%d}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="199" />
      <source>正在导出客户资料……</source>
      <translation>正在匯出客戶資料……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="203" />
      <source>已导出到 {value}</source>
      <translation>已匯出到 {value}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="205" />
      <source>导出未完成</source>
      <translation>匯出未完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="232" />
      <source>PostgreSQL 数据库由服务器备份和恢复</source>
      <translation>PostgreSQL 資料庫由伺服器備份和恢復</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="239" />
      <source>选择备份文件夹（例如 U 盘）</source>
      <translation>選擇備份資料夾（例如 U 盤）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="241" />
      <source>正在备份……</source>
      <translation>正在備份……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="244" />
      <source>已备份到：
{value}</source>
      <translation>已備份到：
{value}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="246" />
      <source>备份未完成</source>
      <translation>備份未完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="250" />
      <source>选择要恢复的备份</source>
      <translation>選擇要恢復的備份</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="250" />
      <source>CareCenter 备份 (*.sqlite3);;所有文件 (*)</source>
      <translation>CareCenter 備份 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="253" />
      <source>用这个备份替换当前数据库吗？
{path}

当前数据库会先自动备份，并以 .replaced 文件名保留在原文件夹。</source>
      <translation>用這個備份替換當前資料庫嗎？
{path}

當前資料庫會先自動備份，並以 .replaced 檔名保留在原資料夾。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="256" />
      <source>正在恢复……</source>
      <translation>正在恢復……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="261" />
      <source>已恢复。</source>
      <translation>已恢復。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="263" />
      <source>未恢复</source>
      <translation>未恢復</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="266" />
      <source>正在检查数据库……</source>
      <translation>正在檢查資料庫……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="273" />
      <source>

请用“恢复备份”从最近的备份恢复。</source>
      <translation>

請用“恢復備份”從最近的備份恢復。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="330" />
      <source>数据库检查未通过</source>
      <translation>資料庫檢查未通過</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="331" />
      <source>启动后的数据库检查发现问题：{problem}

请关闭程序。下次启动时，CareCenter 会把损坏的文件移到一旁（不会删除），并提供用最新的完好备份恢复。</source>
      <translation>啟動後的資料庫檢查發現問題：{problem}

請關閉程式。下次啟動時，CareCenter 會把損壞的檔案移到一旁（不會刪除），並提供用最新的完好備份恢復。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="361" />
      <source>定时自动备份</source>
      <translation>定時自動備份</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="375" />
      <source>　只读</source>
      <translation>　只讀</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="375" />
      <source>用户：{who}</source>
      <translation>使用者：{who}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="379" />
      <source>今日回访：— 　超时投诉：—</source>
      <translation>今日回訪：— 　超時投訴：—</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="386" />
      <source>数据库：{location}</source>
      <translation>資料庫：{location}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="393" />
      <source>客户 {n:,} 位　今天 {today:%Y-%m-%d}</source>
      <translation>客戶 {n:,} 位　今天 {today:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="404" />
      <source>&lt;h3&gt;CareCenter 客户关爱中心 {v1}&lt;/h3&gt;&lt;p&gt;{dealership}&lt;/p&gt;&lt;p&gt;数据库：{location}&lt;br&gt;日志模式：{journal_mode}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;CareCenter 客戶關愛中心 {v1}&lt;/h3&gt;&lt;p&gt;{dealership}&lt;/p&gt;&lt;p&gt;資料庫：{location}&lt;br&gt;日誌模式：{journal_mode}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="428" />
      <source>正在自动备份……</source>
      <translation>正在自動備份……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="429" />
      <source>关闭程序时的自动备份</source>
      <translation>關閉程式時的自動備份</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="431" />
      <source>自动备份失败：{error}</source>
      <translation>自動備份失敗：{error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="21" />
      <source>获得：消费</source>
      <translation>獲得：消費</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="21" />
      <source>获得：活动</source>
      <translation>獲得：活動</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="21" />
      <source>获得：推荐购车</source>
      <translation>獲得：推薦購車</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="22" />
      <source>兑换（抵扣费用）</source>
      <translation>兌換（抵扣費用）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="22" />
      <source>调整（经理）</source>
      <translation>調整（經理）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="30" />
      <source>会员与积分：{name}</source>
      <translation>會員與積分：{name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="33" />
      <source>入会（分配会员卡号）</source>
      <translation>入會（分配會員卡號）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="38" />
      <source>复制入会短信</source>
      <translation>複製入會簡訊</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="39" />
      <source>会员卡号的短信（粘贴到短信平台发送）</source>
      <translation>會員卡號的簡訊（貼上到簡訊平臺傳送）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="44" />
      <source>经手人</source>
      <translation>經手人</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="62" />
      <source>事由（兑换写明抵扣的工单，调整写明原因）</source>
      <translation>事由（兌換寫明抵扣的工單，調整寫明原因）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="76" />
      <source>打印会员申请表 (F11)</source>
      <translation>列印會員申請表 (F11)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="95" />
      <source>&lt;b&gt;会员卡号 {number}&lt;/b&gt;　{level}　{joined} 入会&lt;br&gt;积分余额 &lt;b&gt;{balance}&lt;/b&gt;　近12个月获得 {earned}（决定级别）</source>
      <translation>&lt;b&gt;會員卡號 {number}&lt;/b&gt;　{level}　{joined} 入會&lt;br&gt;積分餘額 &lt;b&gt;{balance}&lt;/b&gt;　近12個月獲得 {earned}（決定級別）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="100" />
      <source>&lt;b&gt;非会员&lt;/b&gt;　积分余额 &lt;b&gt;{balance}&lt;/b&gt;（非会员也积分，入会后保留）</source>
      <translation>&lt;b&gt;非會員&lt;/b&gt;　積分餘額 &lt;b&gt;{balance}&lt;/b&gt;（非會員也積分，入會後保留）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="109" />
      <source>级别变化：</source>
      <translation>級別變化：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="110" />
      <source>{day} {old}→{new}</source>
      <translation>{day} {old}→{new}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="111" />
      <source>（无）</source>
      <translation>（無）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="117" />
      <source>请填写积分。</source>
      <translation>請填寫積分。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="146" />
      <source>无法发送入会短信：客户没有手机号码，或拒收短信。</source>
      <translation>無法傳送入會簡訊：客戶沒有手機號碼，或拒收簡訊。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="150" />
      <source>入会短信已复制，可粘贴到短信平台：{text}</source>
      <translation>入會簡訊已複製，可貼上到簡訊平臺：{text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="52" />
      <source>打印预览 — {title}</source>
      <translation>列印預覽 — {title}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="58" />
      <source>无法打开生成的 PDF（{name}）。</source>
      <translation>無法開啟生成的 PDF（{name}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="63" />
      <source>打印…</source>
      <translation>列印…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="65" />
      <source>选择打印机并打印（Ctrl+P）</source>
      <translation>選擇印表機並列印（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="67" />
      <source>另存为…</source>
      <translation>另存為…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="69" />
      <source>保存 PDF 文件（Ctrl+S）</source>
      <translation>儲存 PDF 檔案（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="71" />
      <source>适合宽度</source>
      <translation>適合寬度</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="73" />
      <source>整页</source>
      <translation>整頁</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="77" />
      <source>共 {pageCount} 页</source>
      <translation>共 {pageCount} 頁</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="101" />
      <source>已发送 {pages} 页到打印机“{v2}”。</source>
      <translation>已傳送 {pages} 頁到印表機“{v2}”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="111" />
      <source>无法连接打印机，请检查打印机是否开启。</source>
      <translation>無法連線印表機，請檢查印表機是否開啟。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="128" />
      <source>另存为</source>
      <translation>另存為</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="138" />
      <source>无法保存到 {target}：{v2}</source>
      <translation>無法儲存到 {target}：{v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="140" />
      <source>已保存</source>
      <translation>已儲存</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="141" />
      <source>{v1}（已保存到 {name}）</source>
      <translation>{v1}（已儲存到 {name}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="152" />
      <source>表单</source>
      <translation>表單</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="165" />
      <source>正在生成“{title}”……</source>
      <translation>正在生成“{title}”……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="169" />
      <source>未能生成表单</source>
      <translation>未能生成表單</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="28" />
      <source>通话时间</source>
      <translation>通話時間</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="34" />
      <source>需上报主管的问题</source>
      <translation>需上報主管的問題</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="36" />
      <source>标记为已上报</source>
      <translation>標記為已上報</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="38" />
      <source>已答复客户（今天）</source>
      <translation>已答覆客戶（今天）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="39" />
      <source>找到解决办法并已答复客户：记下答复客户日期（F2），问题从此列表移除</source>
      <translation>找到解決辦法並已答覆客戶：記下答覆客戶日期（F2），問題從此列表移除</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="46" />
      <source>通话中未能答复、两天后仍未解决的问题，应上报主管；找到解决办法当天答复客户。</source>
      <translation>通話中未能答覆、兩天後仍未解決的問題，應上報主管；找到解決辦法當天答覆客戶。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="172" />
      <source>请确认</source>
      <translation>請確認</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="172" />
      <source>{text}

仍然保存吗？</source>
      <translation>{text}

仍然儲存嗎？</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="187" />
      <source>• {label}：{message}</source>
      <translation>• {label}：{message}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="188" />
      <source>请修改标红的项目后再保存：
</source>
      <translation>請修改標紅的專案後再儲存：
</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="128" />
      <source>经销商与语言</source>
      <translation>經銷商與語言</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="129" />
      <source>营业时间与工作日</source>
      <translation>營業時間與工作日</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="131" />
      <source>月度目标</source>
      <translation>月度目標</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="137" />
      <source>只有管理员可以修改经销商的设置；本机的界面语言可以随时更改。</source>
      <translation>只有管理員可以修改經銷商的設定；本機的介面語言可以隨時更改。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="150" />
      <source>保存语言</source>
      <translation>儲存語言</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="154" />
      <source>界面和打印语言（本机）</source>
      <translation>介面和列印語言（本機）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="193" />
      <source>投诉的 120 分钟响应时限只计营业时间；3 个工作日的封闭时限按国家法定节假日和下表的调整计算。修改后，未封闭投诉的时限会重新计算。</source>
      <translation>投訴的 120 分鐘響應時限只計營業時間；3 個工作日的封閉時限按國家法定節假日和下表的調整計算。修改後，未封閉投訴的時限會重新計算。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="196" />
      <source>本店安排</source>
      <translation>本店安排</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="206" />
      <source>添加调整</source>
      <translation>新增調整</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="207" />
      <source>删除所选</source>
      <translation>刪除所選</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="218" />
      <source>国务院放假通知</source>
      <translation>國務院放假通知</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="219" />
      <source>每年 11 月国务院公布下一年的放假和调休安排。载入后（JSON 文件，或每行“日期 休/班”的文本），未封闭投诉的时限立即按通知重新计算；未载入的年份按周一至周五和法定节假日估算。</source>
      <translation>每年 11 月國務院公佈下一年的放假和調休安排。載入後（JSON 檔案，或每行“日期 休/班”的文本），未封閉投訴的時限立即按通知重新計算；未載入的年份按週一至週五和法定節假日估算。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="222" />
      <source>年份</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="222" />
      <source>放假安排来源</source>
      <translation>放假安排來源</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="231" />
      <source>载入通知文件…</source>
      <translation>載入通知檔案…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="232" />
      <source>删除所选年份的通知</source>
      <translation>刪除所選年份的通知</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="247" />
      <source>载入国务院放假通知</source>
      <translation>載入國務院放假通知</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="248" />
      <source>放假通知（*.json *.txt *.csv）;;所有文件（*）</source>
      <translation>放假通知（*.json *.txt *.csv）;;所有檔案（*）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="259" />
      <source>通知未载入</source>
      <translation>通知未載入</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="266" />
      <source>请先选择一个已载入通知的年份。</source>
      <translation>請先選擇一個已載入通知的年份。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="305" />
      <source>档案中的车型及其首保里程。与通用设置（规则页）相同的不单独保存；改动通用设置时一起变化。</source>
      <translation>檔案中的車型及其首保里程。與通用設定（規則頁）相同的不單獨儲存；改動通用設定時一起變化。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="306" />
      <source>添加车型</source>
      <translation>新增車型</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="312" />
      <source>可用占位符：{placeholders}。自己的模板（例如“幸福家庭计划”）可在群发短信中使用；清空文字即删除自己的模板，或恢复系统自带的文字。</source>
      <translation>可用佔位符：{placeholders}。自己的模板（例如“幸福家庭計劃”）可在群發簡訊中使用；清空文字即刪除自己的模板，或恢復系統自帶的文字。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="323" />
      <source>添加自己的模板…</source>
      <translation>新增自己的模板…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="346" />
      <source>添加自己的模板</source>
      <translation>新增自己的模板</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="346" />
      <source>模板名称（例如 幸福家庭计划）：</source>
      <translation>模板名稱（例如 幸福家庭計劃）：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="356" />
      <source>标准</source>
      <translation>標準</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="364" />
      <source>每天检查的项目（F8）。已完成的检查保留当时的项目文字。</source>
      <translation>每天檢查的專案（F8）。已完成的檢查保留當時的專案文字。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="365" />
      <source>添加项目</source>
      <translation>新增專案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="366" />
      <source>上移</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="366" />
      <source>下移</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="372" />
      <source>每行一个评分项目，按回访时的提问顺序；总体评价问题单独填写，放在最后。已有回答的问题删去后不再提问，但不会删除：以前的回答按当时的问题保存，并计入当时的统计。修改会记入审计日志。</source>
      <translation>每行一個評分專案，按回訪時的提問順序；總體評價問題單獨填寫，放在最後。已有回答的問題刪去後不再提問，但不會刪除：以前的回答按當時的問題儲存，並計入當時的統計。修改會記入審計日誌。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="394" />
      <source>评分项目</source>
      <translation>評分專案</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="395" />
      <source>总体评价</source>
      <translation>總體評價</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="397" />
      <source>已停用（保留以前的回答）：{questions}</source>
      <translation>已停用（保留以前的回答）：{questions}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="143" />
      <source>{year}年第{week}周（{first:%m-%d}–{last:%m-%d}）</source>
      <translation>{year}年第{week}周（{first:%m-%d}–{last:%m-%d}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="147" />
      <source>{year}年{v2}月</source>
      <translation>{year}年{v2}月</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="149" />
      <source>{year}年第{quarter}季度</source>
      <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="150" />
      <source>{year}年</source>
      <translation>{year}年</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="162" />
      <source>周</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="162" />
      <source>月</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="162" />
      <source>季度</source>
      <translation>季度</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="162" />
      <source>年</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="168" />
      <source>统计</source>
      <translation>統計</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="170" />
      <source>月度工作小结 (PDF)…</source>
      <translation>月度工作小結 (PDF)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="172" />
      <source>总部工作簿 (Excel)…</source>
      <translation>總部工作簿 (Excel)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="174" />
      <source>顾客统计表 (F9)…</source>
      <translation>顧客統計表 (F9)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="178" />
      <source>期间：</source>
      <translation>期間：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="188" />
      <source>选择期间后按“统计”。</source>
      <translation>選擇期間後按“統計”。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="221" />
      <source>{title} (PDF)…</source>
      <translation>{title} (PDF)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="243" />
      <source>正在统计 {currentText}……</source>
      <translation>正在統計 {currentText}……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="272" />
      <source>统计未完成</source>
      <translation>統計未完成</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="278" />
      <source>{dealership}　统计期间 {first:%Y-%m-%d} 至 {last:%Y-%m-%d}（截至 {as_of:%Y-%m-%d}）</source>
      <translation>{dealership}　統計期間 {first:%Y-%m-%d} 至 {last:%Y-%m-%d}（截至 {as_of:%Y-%m-%d}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="280" />
      <source>正在统计保有客户、流失漏斗和十二个月趋势……</source>
      <translation>正在統計保有客戶、流失漏斗和十二個月趨勢……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="293" />
      <source>目标 ≥ {target:g}%　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</source>
      <translation>目標 ≥ {target:g}%　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="296" />
      <source>已过期 {missed} 项（从未列入 {unlisted} 项）</source>
      <translation>已過期 {missed} 項（從未列入 {unlisted} 項）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="299" />
      <source>目标 ≥ {target:g}　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</source>
      <translation>目標 ≥ {target:g}　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="300" />
      <source>问卷 {count} 份</source>
      <translation>問卷 {count} 份</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="305" />
      <source>目标 ≥ {target:g} 人　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</source>
      <translation>目標 ≥ {target:g} 人　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="308" />
      <source>新增 {new}，流失 {lost}</source>
      <translation>新增 {new}，流失 {lost}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="314" />
      <source>返修率 {rate}（≤ {target:g}%）&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</source>
      <translation>返修率 {rate}（≤ {target:g}%）&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="321" />
      <source>正在统计…</source>
      <translation>正在統計…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="328" />
      <source>逾期未结 {v1} 件</source>
      <translation>逾期未結 {v1} 件</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="333" />
      <source>及时封闭率 {v1:.1f}%</source>
      <translation>及時封閉率 {v1:.1f}%</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="338" />
      <source>升级/预警 {v1} 件</source>
      <translation>升級/預警 {v1} 件</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="343" />
      <source>回厂率 {rate:.1f}%</source>
      <translation>回廠率 {rate:.1f}%</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="344" />
      <source>　预约 {booked}，到店率 {show}</source>
      <translation>　預約 {booked}，到店率 {show}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="350" />
      <source>流失客户（12个月）</source>
      <translation>流失客戶（12個月）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="353" />
      <source>本月招回 {v1} 台</source>
      <translation>本月招回 {v1} 臺</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="353" />
      <source>本期招回 {v1} 台</source>
      <translation>本期招回 {v1} 臺</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="366" />
      <source>周报只统计回访与投诉</source>
      <translation>週報只統計回訪與投訴</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="368" />
      <source>正在统计十二个月趋势……</source>
      <translation>正在統計十二個月趨勢……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="373" />
      <source>近十二个月回访率、满意率（%）与 SSI、CSI</source>
      <translation>近十二個月回訪率、滿意率（%）與 SSI、CSI</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="380" />
      <source>回访量最大的 {v1} 个原因：应回访 / 已回访</source>
      <translation>回訪量最大的 {v1} 個原因：應回訪 / 已回訪</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="388" />
      <source>正在统计流失漏斗……</source>
      <translation>正在統計流失漏斗……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="391" />
      <source>流失漏斗：逾期未回厂的车辆</source>
      <translation>流失漏斗：逾期未回廠的車輛</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="400" />
      <source>{title}_{label}.pdf</source>
      <translation>{title}_{label}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="408" />
      <source>顾客统计表_{year}.pdf</source>
      <translation>顧客統計表_{year}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="413" />
      <source>月度报表_{month}.xlsx</source>
      <translation>月度報表_{month}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="414" />
      <source>{title}_{label}.xlsx</source>
      <translation>{title}_{label}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="415" />
      <source>保存总部工作簿</source>
      <translation>儲存總部工作簿</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="424" />
      <source>正在生成总部工作簿……</source>
      <translation>正在生成總部工作簿……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="429" />
      <source>已生成 {value}</source>
      <translation>已生成 {value}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="431" />
      <source>工作簿未生成</source>
      <translation>工作簿未生成</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="25" />
      <source>满意度问卷：{title}（按 5–1 作答，0 = 不适用）</source>
      <translation>滿意度問卷：{title}（按 5–1 作答，0 = 不適用）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="87" />
      <source>“{question}”不能选不适用：它决定这次回访是否满意。</source>
      <translation>“{question}”不能選不適用：它決定這次回訪是否滿意。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="110" />
      <source>还有 {missing} 个问题未回答。</source>
      <translation>還有 {missing} 個問題未回答。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="116" />
      <source>判定：不满意，保存后生成投诉草稿（{why}）</source>
      <translation>判定：不滿意，儲存後生成投訴草稿（{why}）</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="119" />
      <source>判定：满意；有“一般”的回答，保存后提醒经理跟进</source>
      <translation>判定：滿意；有“一般”的回答，儲存後提醒經理跟進</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="122" />
      <source>判定：满意</source>
      <translation>判定：滿意</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="32" />
      <source>添加用户</source>
      <translation>新增使用者</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="43" />
      <source>角色：</source>
      <translation>角色：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="45" />
      <source>初始密码：</source>
      <translation>初始密碼：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="46" />
      <source>添加</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="50" />
      <source>角色</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="50" />
      <source>最近登录</source>
      <translation>最近登入</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="55" />
      <source>用户管理</source>
      <translation>使用者管理</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="58" />
      <source>添加用户…</source>
      <translation>新增使用者…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="58" />
      <source>设置密码…</source>
      <translation>設定密碼…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="58" />
      <source>更改角色…</source>
      <translation>更改角色…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="59" />
      <source>停用 / 启用</source>
      <translation>停用 / 啟用</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="64" />
      <source>标为“未设密码”的人员（演示资料或导入的经办人）还不能登录：选中后按“设置密码…”，不必重新添加。</source>
      <translation>標為“未設密碼”的人員（演示資料或匯入的經辦人）還不能登入：選中後按“設定密碼…”，不必重新新增。</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="83" />
      <source>已停用</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="83" />
      <source>可登录</source>
      <translation>可登入</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="83" />
      <source>未设密码</source>
      <translation>未設密碼</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="108" />
      <source>设置密码</source>
      <translation>設定密碼</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="109" />
      <source>“{name}”的新密码（至少 {MIN_PASSWORD} 个字符）：</source>
      <translation>“{name}”的新密碼（至少 {MIN_PASSWORD} 個字元）：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="121" />
      <source>更改角色</source>
      <translation>更改角色</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="121" />
      <source>“{name}”的角色：</source>
      <translation>“{name}”的角色：</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="129" />
      <source>停用</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="129" />
      <source>启用</source>
      <translation>啟用</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="130" />
      <source>确定{verb}“{name}”吗？停用的用户不能登录，其签名和记录保留。</source>
      <translation>確定{verb}“{name}”嗎？停用的使用者不能登入，其簽名和記錄保留。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="107" />
      <source>电话号码“{value}”含有无效字符，请只填写数字。</source>
      <translation>電話號碼“{value}”含有無效字元，請只填寫數字。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="110" />
      <source>手机号码“{value}”不能带分机号。</source>
      <translation>手機號碼“{value}”不能帶分機號。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="113" />
      <source>手机号码“{value}”应为 11 位、以 13–19 开头的数字。</source>
      <translation>手機號碼“{value}”應為 11 位、以 13–19 開頭的數字。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="115" />
      <source>座机号码“{value}”需要带区号（例如 010-12345678）。</source>
      <translation>座機號碼“{value}”需要帶區號（例如 010-12345678）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="119" />
      <source>电话号码“{value}”无法识别。</source>
      <translation>電話號碼“{value}”無法識別。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="124" />
      <source>座机号码“{value}”的区号或位数不正确（例如 010-12345678，0571-87654321）。</source>
      <translation>座機號碼“{value}”的區號或位數不正確（例如 010-12345678，0571-87654321）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="177" />
      <source>车架号（VIN）“{value}”应为 17 位，现在是 {v2} 位。</source>
      <translation>車架號（VIN）“{value}”應為 17 位，現在是 {v2} 位。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="180" />
      <source>车架号（VIN）不能含有字母 {v1}（容易与数字 1、0 混淆）。</source>
      <translation>車架號（VIN）不能含有字母 {v1}（容易與數字 1、0 混淆）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="182" />
      <source>车架号（VIN）“{value}”只能由数字和大写字母组成。</source>
      <translation>車架號（VIN）“{value}”只能由數字和大寫字母組成。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="188" />
      <source>车架号 {text} 的校验位（第 9 位）应为 {expected}，请核对是否抄错。</source>
      <translation>車架號 {text} 的校驗位（第 9 位）應為 {expected}，請核對是否抄錯。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="211" />
      <source>车牌号“{value}”应以省份简称开头（如 京、沪、浙）。</source>
      <translation>車牌號“{value}”應以省份簡稱開頭（如 京、滬、浙）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="213" />
      <source>车牌号“{value}”位数不对：普通车牌 7 位，新能源车牌 8 位。</source>
      <translation>車牌號“{value}”位數不對：普通車牌 7 位，新能源車牌 8 位。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="218" />
      <source>车牌号“{value}”格式不正确（例如 浙A12345，新能源 浙AD12345）。</source>
      <translation>車牌號“{value}”格式不正確（例如 浙A12345，新能源 浙AD12345）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="250" />
      <source>{label}“{value}”不是有效日期（例如 2023-05-06）。</source>
      <translation>{label}“{value}”不是有效日期（例如 2023-05-06）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="261" />
      <source>行驶里程“{value}”应为数字（公里）。</source>
      <translation>行駛里程“{value}”應為數字（公里）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="263" />
      <source>行驶里程不能为负数（{value}）。</source>
      <translation>行駛里程不能為負數（{value}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="265" />
      <source>行驶里程 {value} 公里不合常理，请核对。</source>
      <translation>行駛里程 {value} 公里不合常理，請核對。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="271" />
      <source>行驶里程 {kilometres} 公里低于上次记录的 {last} 公里，确定要保存吗？</source>
      <translation>行駛里程 {kilometres} 公里低於上次記錄的 {last} 公里，確定要儲存嗎？</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="287" />
      <source>金额“{value}”应为数字。</source>
      <translation>金額“{value}”應為數字。</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="289" />
      <source>金额不能为负数（{value}）。</source>
      <translation>金額不能為負數（{value}）。</translation>
    </message>
    <message>
      <location filename="../../carecenter/workdays.py" line="194" />
      <source>{year} 年的国务院放假通知尚未载入，该年的投诉封闭时限按周一至周五和法定节假日估算（标“估算”）。通知发布后请在“设置 → 营业时间与工作日”中载入。</source>
      <translation>{year} 年的國務院放假通知尚未載入，該年的投訴封閉時限按週一至週五和法定節假日估算（標“估算”）。通知釋出後請在“設定 → 營業時間與工作日”中載入。</translation>
    </message>
  </context>
</TS>
