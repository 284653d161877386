<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>CareCenter</name>
    <message>
      <location filename="../../carecenter/app.py" line="33" />
      <source>CareCenter 客户关爱中心</source>
      <translation>CareCenter Customer Care</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="43" />
      <source>无法打开数据库</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="48" />
      <source>数据库在网络文件夹中</source>
      <translation>The database is in a network folder</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="49" />
      <source>{path}
位于网络文件夹。SQLite 数据库放在网络共享上可能损坏数据。
请把数据库放在本机磁盘上；多个前台同时使用时，请改用 PostgreSQL 多席位部署。</source>
      <translation>{path}
is in a network folder. An SQLite database on a network share can be corrupted.
Please keep the database on this PC's own disk; for several desks at once, use a PostgreSQL multi-desk setup.</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="66" />
      <source>数据库正在使用中</source>
      <translation>The database is in use</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="67" />
      <source>{busy}

可以只读打开（只能查看和打印），或取消。</source>
      <translation>{busy}

You can open it read-only (view and print only), or cancel.</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="69" />
      <source>只读打开</source>
      <translation>Open read-only</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="70" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="98" />
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="203" />
      <source>数据库已损坏</source>
      <translation>The database is damaged</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="204" />
      <source>数据库检查未通过（{problem}）。
损坏的文件已移到：{aside}（不会删除）。</source>
      <translation>The store failed its check ({problem}).
The damaged file was moved to: {aside} (it is not deleted).</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="207" />
      <source>最新的完好备份：{name}
{contents}</source>
      <translation>Newest good backup: {name}
{contents}</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="209" />
      <source>用这个备份恢复</source>
      <translation>Restore this backup</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="211" />
      <source>没有找到可用的备份。</source>
      <translation>No usable backup was found.</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="212" />
      <source>抢救损坏文件中的数据…</source>
      <translation>Salvage the damaged file…</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="213" />
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="223" />
      <source>抢救结果</source>
      <translation>Salvage result</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="223" />
      <source>从损坏的文件中读出：{summary}。

用抢救出的数据继续工作吗？（选“否”则保留在 {target}，可以以后再决定。）</source>
      <translation>Read from the damaged file: {summary}.

Work on with the salvaged data? (No keeps it in {target} to decide later.)</translation>
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="230" />
      <source>无法恢复</source>
      <translation>Cannot recover</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="38" />
      <source>已预约</source>
      <translation>Booked</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="38" />
      <source>已确认</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="38" />
      <source>已到店</source>
      <translation>Arrived</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="47" />
      <source>首保</source>
      <translation>First service</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="47" />
      <source>年检</source>
      <translation>Inspection</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="49" />
      <source>预约</source>
      <translation>Appointment</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="49" />
      <source>确认</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="49" />
      <source>改约</source>
      <translation>Move</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="50" />
      <source>到店</source>
      <translation>Arrived</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="50" />
      <source>爽约</source>
      <translation>No-show</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="50" />
      <source>满额加约</source>
      <translation>Booked onto a full slot</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="161" />
      <source>预约时间 {at:%Y-%m-%d %H:%M} 已经过去，请选择以后的时段。</source>
      <translation>{at:%Y-%m-%d %H:%M} has already passed: choose a later slot.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="164" />
      <source>{day:%Y-%m-%d} 本店不营业，没有可预约的时段。</source>
      <translation>The dealership is closed on {day:%Y-%m-%d}: there are no slots to book.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="166" />
      <source>{at:%H:%M} 不是预约时段：时段每 {minutes} 分钟一个，从 {first:%H:%M} 到 {last:%H:%M}。</source>
      <translation>{at:%H:%M} is not a slot: slots start every {minutes} minutes from {first:%H:%M} to {last:%H:%M}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="177" />
      <source>近两周没有空闲时段</source>
      <translation>no free slot in the next two weeks</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="179" />
      <source>{day:%Y-%m-%d} 的预约已满。可预约：{alternatives}。</source>
      <translation>{day:%Y-%m-%d} is fully booked. Free: {alternatives}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="181" />
      <source>{at:%m-%d %H:%M} 这个时段已约满。可预约：{alternatives}。</source>
      <translation>The {at:%m-%d %H:%M} slot is full. Free: {alternatives}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="183" />
      <source>（只有经理可以在已满的时段加约。）</source>
      <translation> (Only a manager may book onto a full slot.)</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="249" />
      <source>预约项目应为 {v1} 之一，不是“{kind}”。</source>
      <translation>The service should be one of {v1}, not “{kind}”.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="256" />
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="261" />
      <source>需携带证件</source>
      <translation>Documents to bring</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="266" />
      <source>“{what}”最多 {limit} 个字，现在是 {length} 个。</source>
      <translation>“{what}” takes at most {limit} characters; this has {length}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="271" />
      <source>定期保养</source>
      <translation>Regular maintenance</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="272" />
      <source>行驶证</source>
      <translation>Vehicle licence</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="272" />
      <source>保养手册</source>
      <translation>Service book</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="279" />
      <source>预约来源应为 {v1} 之一。</source>
      <translation>The source should be one of {v1}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="284" />
      <source>找不到车辆（编号 {vehicle_id}）。</source>
      <translation>Vehicle not found (no. {vehicle_id}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="286" />
      <source>这辆车的客户已删除，不能预约。</source>
      <translation>This car's customer has been deleted: it cannot be booked.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="290" />
      <source>服务顾问</source>
      <translation>Service advisor</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="325" />
      <source>找不到回访任务 {task_id}。</source>
      <translation>Call task {task_id} not found.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="327" />
      <source>“{reason}”不是提醒预约的回访，不能以“已预约”结束。</source>
      <translation>“{reason}” is not a reminder call: it cannot end as “Booked”.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="330" />
      <source>回访任务 {task_id} 已是“{status}”状态，不能再登记。</source>
      <translation>Call task {task_id} is already "{status}" and cannot be logged again.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="334" />
      <source>回访任务 {task_id} 不是这辆车（编号 {vehicle_id}）的。</source>
      <translation>Call task {task_id} is not about this car (no. {vehicle_id}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="340" />
      <source>这位客户还没有登记车辆，不能预约。</source>
      <translation>This customer has no car on record yet: nothing to book.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="345" />
      <source>已预约 {at:%m-%d %H:%M}</source>
      <translation>Booked for {at:%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="361" />
      <source>找不到预约（编号 {appointment_id}）。</source>
      <translation>Appointment {appointment_id} was not found.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="367" />
      <source>预约 {id} 已是“{status}”，不能再更改。</source>
      <translation>Appointment {id} is already “{status}” and cannot be changed.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="378" />
      <source>新的时段与原来的相同。</source>
      <translation>The new slot is the same as the old one.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="394" />
      <source>请填写取消预约的原因。</source>
      <translation>Please give the reason for cancelling.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="395" />
      <source>取消原因</source>
      <translation>Reason for cancelling</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="399" />
      <source>已取消</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="424" />
      <source>预约 {id} 已登记到店。</source>
      <translation>Appointment {id} is already marked arrived.</translation>
    </message>
    <message>
      <location filename="../../carecenter/appointments.py" line="427" />
      <source>这个预约在 {day:%Y-%m-%d}，今天不能登记到店。</source>
      <translation>This appointment is on {day:%Y-%m-%d}: it cannot be marked arrived today.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="52" />
      <source>{label}“{text}”无效，可选：{v3}。</source>
      <translation>{label} "{text}" is not valid; choose one of: {v3}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="64" />
      <source>{label}太长（最多 {limit} 个字）。</source>
      <translation>{label} is too long (at most {limit} characters).</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="72" />
      <source>邮编“{text}”应为 6 位数字。</source>
      <translation>Postcode "{text}" should be 6 digits.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="87" />
      <source>积分“{text}”应为不小于 0 的整数。</source>
      <translation>Points "{text}" should be a whole number of 0 or more.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="97" />
      <source>{label} {day:%Y-%m-%d} 晚于今天。</source>
      <translation>{label} {day:%Y-%m-%d} is later than today.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="99" />
      <source>{label} {day:%Y-%m-%d} 不可能（应不早于 {earliest:%Y-%m-%d}），请核对原始资料。</source>
      <translation>{label} {day:%Y-%m-%d} cannot be right (not before {earliest:%Y-%m-%d}); check the source.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="109" />
      <source>性别“{text}”应为 男 或 女。</source>
      <translation>Gender "{text}" should be 男 (male) or 女 (female).</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="194" />
      <source>请填写客户名称。</source>
      <translation>Please enter the customer's name.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="196" />
      <source>客户名称不能为空。</source>
      <translation>The customer's name cannot be empty.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="218" />
      <source>找不到客户（编号 {customer_id}），可能已被删除。</source>
      <translation>Customer not found (no. {customer_id}); it may have been deleted.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="324" />
      <source>车架号 {v1} 已登记在客户“{name}”名下。</source>
      <translation>VIN {v1} is already registered to customer "{name}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="335" />
      <source>车牌 {v1} 已登记在客户“{name}”名下，确定继续吗？</source>
      <translation>Plate {v1} is already registered to customer "{name}"; continue?</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="342" />
      <source>请至少填写车号或底盘号中的一项。</source>
      <translation>Please enter at least the plate or the VIN.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="376" />
      <source>请填写送修或来访日期。</source>
      <translation>Please enter the date of the visit.</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="386" />
      <source>行驶里程 {mileage} 公里低于之前记录的 {earlier} 公里，确定要保存吗？</source>
      <translation>Mileage {mileage} km is lower than the {earlier} km recorded before; save anyway?</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>全部客户</source>
      <translation>All customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>会员</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>普卡</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>银卡</source>
      <translation>Silver</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="430" />
      <source>金卡</source>
      <translation>Gold</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="431" />
      <source>非会员</source>
      <translation>Not a member</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="437" />
      <source>全部价值</source>
      <translation>Any value</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="437" />
      <source>近12个月消费 ≥ 5 000 元</source>
      <translation>Spent ≥ 5,000 yuan (12 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="438" />
      <source>近12个月消费 ≥ 20 000 元</source>
      <translation>Spent ≥ 20,000 yuan (12 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="438" />
      <source>近12个月进厂 ≥ 2 次</source>
      <translation>≥ 2 paid visits (12 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="439" />
      <source>近12个月进厂 ≥ 4 次</source>
      <translation>≥ 4 paid visits (12 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="445" />
      <source>价值筛选应写成 spend:金额 或 visits:次数，不是“{value}”。</source>
      <translation>The value filter is spend:AMOUNT or visits:COUNT, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="475" />
      <source>会员筛选应为 members、non-members、普卡、银卡 或 金卡，不是“{club}”。</source>
      <translation>The club filter is members, non-members or a level (standard, silver, gold), not "{club}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="553" />
      <source>（无车牌）</source>
      <translation>(no plate)</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="75" />
      <source>此前的审计记录被删除</source>
      <translation>entries before it were deleted</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="77" />
      <source>与前一条记录接不上</source>
      <translation>it does not follow from the entry before</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="79" />
      <source>内容被改动过</source>
      <translation>its content was changed</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="127" />
      <source>（空）</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="128" />
      <source>{title}：{old} → {new}</source>
      <translation>{title}: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="130" />
      <source>{title}：{value}</source>
      <translation>{title}: {value}</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="131" />
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="147" />
      <source>状态</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="147" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="147" />
      <source>投诉方式</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="147" />
      <source>抱怨/投诉内容</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="148" />
      <source>初步原因分析</source>
      <translation>First cause analysis</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="148" />
      <source>抱怨/投诉调查结果</source>
      <translation>Investigation result</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="148" />
      <source>采取措施</source>
      <translation>Measures taken</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="149" />
      <source>客户对采取措施后的反馈意见</source>
      <translation>Customer's feedback on the measures</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="149" />
      <source>抱怨/投诉根本原因分析</source>
      <translation>Root cause analysis</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="150" />
      <source>经销商改进措施</source>
      <translation>Dealership's improvement measures</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="150" />
      <source>改进措施实施部门</source>
      <translation>Department implementing the improvement</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="150" />
      <source>经办人</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="151" />
      <source>转交时间</source>
      <translation>Passed on at</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="151" />
      <source>措施完成时间</source>
      <translation>Measures completed at</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="151" />
      <source>回访时间</source>
      <translation>Follow-up call time</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="152" />
      <source>预警原因</source>
      <translation>Warning reason</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="152" />
      <source>受理编号</source>
      <translation>Complaint no.</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="152" />
      <source>级别</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="158" />
      <source>客户</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="158" />
      <source>车辆</source>
      <translation>Vehicle</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="158" />
      <source>维修保养记录</source>
      <translation>Service history</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="159" />
      <source>通话记录</source>
      <translation>Call record</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="159" />
      <source>回访任务</source>
      <translation>Call task</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="159" />
      <source>跟踪服务电话登记表</source>
      <translation>Follow-up call register</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="159" />
      <source>信函</source>
      <translation>Letter</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="160" />
      <source>跟踪服务信函登记表</source>
      <translation>Follow-up letter register</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="160" />
      <source>短信</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="160" />
      <source>活动</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="160" />
      <source>投诉</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="161" />
      <source>顾客休息室检查表</source>
      <translation>Customer lounge checklist</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="161" />
      <source>客休区检查</source>
      <translation>Lounge check</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="161" />
      <source>客休区检查项目</source>
      <translation>Lounge items</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="162" />
      <source>报修</source>
      <translation>Repair</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="162" />
      <source>客餐</source>
      <translation>Guest meal</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="162" />
      <source>通话抽查</source>
      <translation>Call spot check</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="162" />
      <source>顾客统计表</source>
      <translation>Customer statistics</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="163" />
      <source>月度工作小结</source>
      <translation>Monthly summary</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="163" />
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="163" />
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="164" />
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="169" />
      <source>新增</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="170" />
      <source>修改</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="171" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="172" />
      <source>登录</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="173" />
      <source>登录失败</source>
      <translation>Failed log-in</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="175" />
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="176" />
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="177" />
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="178" />
      <source>备份</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="179" />
      <source>恢复</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="180" />
      <source>修改密码</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="181" />
      <source>载入演示数据</source>
      <translation>Load demo data</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="182" />
      <source>检查数据库</source>
      <translation>Check database</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="183" />
      <source>回访</source>
      <translation>Follow-up call</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="184" />
      <source>签名</source>
      <translation>Sign</translation>
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="185" />
      <source>撤回签名</source>
      <translation>Withdraw signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="70" />
      <source>密码不能全是空格。</source>
      <translation>A password cannot be only spaces.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="72" />
      <source>密码至少需要 {MIN_PASSWORD} 个字符。</source>
      <translation>The password needs at least {MIN_PASSWORD} characters.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="74" />
      <source>密码太长（最多 256 个字符）。</source>
      <translation>The password is too long (at most 256 characters).</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="80" />
      <source>用户名中有看不见的控制字符，请重新输入。</source>
      <translation>The user name holds invisible control characters; please type it again.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="83" />
      <source>请填写用户名。</source>
      <translation>Please enter a user name.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="85" />
      <source>用户名太长（最多 60 个字）。</source>
      <translation>The user name is too long (at most 60 characters).</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="88" />
      <source>角色应为 {v1} 之一，不是“{role}”。</source>
      <translation>The role should be one of {v1}, not "{role}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="106" />
      <source>已有可以登录的用户，请由管理员添加新用户。</source>
      <translation>There are already users who can log in; the administrator adds new users.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="127" />
      <source>“{name}”已在人员名单中，只是还没有密码：请在列表中选中“{name}”，按“设置密码…”。</source>
      <translation>“{name}” is already on the staff list but has no password yet: select “{name}” in the list and press “Set password…”.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="129" />
      <source>用户“{name}”已存在。</source>
      <translation>User "{name}" already exists.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="140" />
      <source>没有用户“{name}”。</source>
      <translation>There is no user "{name}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="170" />
      <source>这是最后一位管理员，不能停用或改为其他角色。</source>
      <translation>This is the last administrator; it cannot be deactivated or given another role.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="207" />
      <source>用户名或密码不正确。</source>
      <translation>Wrong user name or password.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="213" />
      <source>密码连续输错 {MAX_FAILURES} 次，账户已锁定，请 {minutes} 分钟后再试。</source>
      <translation>{MAX_FAILURES} wrong passwords in a row: the account is locked; try again in {minutes} minutes.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="226" />
      <source>密码连续输错 {MAX_FAILURES} 次，账户已锁定 {LOCK_MINUTES} 分钟。</source>
      <translation>{MAX_FAILURES} wrong passwords in a row: the account is locked for {LOCK_MINUTES} minutes.</translation>
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="230" />
      <source>用户名或密码不正确（还可再试 {v1} 次）。</source>
      <translation>Wrong user name or password ({v1} attempts left).</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="68" />
      <source>PostgreSQL 数据库由服务器备份（例如每天用 pg_dump），CareCenter 不在本机复制服务器上的数据。</source>
      <translation>A PostgreSQL database is backed up by its server (for example daily with pg_dump); CareCenter does not copy server data to this PC.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="78" />
      <source>无法写入备份文件夹 {target_folder}：{v2}</source>
      <translation>Cannot write to the backup folder {target_folder}: {v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="154" />
      <source>数据库已损坏，无法完成检查：{error}。请从最近的备份恢复。</source>
      <translation>The database is damaged and the check could not finish: {error}. Please restore the latest backup.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="156" />
      <source>数据库结构完整。</source>
      <translation>The database structure is intact.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="156" />
      <source>数据库已损坏：</source>
      <translation>The database is damaged: </translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="160" />
      <source>有 {v1} 条记录引用了不存在的记录（{v2}）。</source>
      <translation>{v1} records refer to records that do not exist ({v2}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="162" />
      <source>记录之间的引用全部有效。</source>
      <translation>All references between records are valid.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="163" />
      <source>结构版本 {version}，日志模式 {journal_mode}。</source>
      <translation>Schema version {version}, journal mode {journal_mode}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="174" />
      <source>检查结果无法写入审计日志（数据库可能已损坏）。</source>
      <translation>The check result could not be written to the audit log (the database may be damaged).</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="193" />
      <source>审计日志的保护触发器被删除了（{names}），审计日志可能已被改动，请联系管理员。</source>
      <translation>The audit trail's protecting triggers were removed ({names}); the trail may have been changed. Contact the administrator.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="197" />
      <source>审计日志从第 {entry_id} 条起不完整（{why}）：记录在程序之外被改动过。</source>
      <translation>The audit trail is broken from entry {entry_id} on ({why}): it was changed outside CareCenter.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="200" />
      <source>审计日志完整：{entries} 条记录环环相扣，保护触发器都在。</source>
      <translation>The audit trail is whole: {entries} entries chained, its triggers in place.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="208" />
      <source>找不到文件：{path}</source>
      <translation>File not found: {path}</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="211" />
      <source>{name} 不是 CareCenter 数据库或备份文件。</source>
      <translation>{name} is not a CareCenter database or backup.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="216" />
      <source>{name} 是其他程序的数据库，不是 CareCenter 的备份。</source>
      <translation>{name} is another program's database, not a CareCenter backup.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="220" />
      <source>{name} 已损坏，无法读取：{error}</source>
      <translation>{name} is damaged and cannot be read: {error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="222" />
      <source>{name} 来自较新版本的 CareCenter（结构版本 {version}），请先升级程序。</source>
      <translation>{name} comes from a newer CareCenter (schema version {version}); please update the program first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="224" />
      <source>{name} 已损坏（{result}），不能用来恢复。</source>
      <translation>{name} is damaged ({result}) and cannot be used to restore.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="242" />
      <source>PostgreSQL 数据库请在服务器上恢复（pg_restore）；CareCenter 的备份文件只用于本机数据库。</source>
      <translation>Restore a PostgreSQL database on its server (pg_restore); CareCenter backup files are for local databases only.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="247" />
      <source>不能用正在使用的数据库文件恢复它自己。</source>
      <translation>A database file cannot be restored from itself while in use.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="249" />
      <source>恢复备份前的自动备份</source>
      <translation>Automatic backup before a restore</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="273" />
      <source>（无法读取）</source>
      <translation>(cannot be read)</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="274" />
      <source>{made:%Y-%m-%d %H:%M} 的备份：</source>
      <translation>backup of {made:%Y-%m-%d %H:%M}: </translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="299" />
      <source>无法把 {name} 复制到数据库旁（{error}），未恢复。请检查磁盘空间。</source>
      <translation>Could not copy {name} beside the store ({error}); nothing was restored. Check the free disk space.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="303" />
      <source>{name} 复制后校验失败，未恢复。</source>
      <translation>{name} failed its check after copying; nothing was restored.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="347" />
      <source>审计记录</source>
      <translation>audit entries</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="357" />
      <source>{table} {rows} 条</source>
      <translation>{table} {rows}</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="360" />
      <source>；有 {lost} 段记录无法读出</source>
      <translation>; {lost} stretches of records could not be read</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="368" />
      <source>{name} 已存在，抢救的数据不会覆盖它。</source>
      <translation>{name} exists already; salvaged data never overwrites it.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="380" />
      <source>损坏的数据库连表结构都读不出（{error}），无法抢救；请用备份恢复。</source>
      <translation>Not even the tables of the damaged store can be read ({error}); nothing can be salvaged. Restore a backup.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="425" />
      <source>无法检查 PostgreSQL 数据库：{strip}</source>
      <translation>Cannot check the PostgreSQL database: {strip}</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="426" />
      <source>PostgreSQL 数据库 {url} 可以访问。</source>
      <translation>PostgreSQL database {url} is reachable.</translation>
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="426" />
      <source>结构版本 {version}。</source>
      <translation>Schema version {version}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="62" />
      <source>首保提醒</source>
      <translation>First service reminder</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="65" />
      <source>续保提醒</source>
      <translation>Insurance renewal reminder</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="68" />
      <source>质保提醒</source>
      <translation>Warranty reminder</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="71" />
      <source>学苑邀约</source>
      <translation>Owners' academy invitation</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="74" />
      <source>推荐购车</source>
      <translation>Referral offer</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="76" />
      <source>会员礼遇推广</source>
      <translation>Member benefits</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="79" />
      <source>入会邀请</source>
      <translation>Invitation to join</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="82" />
      <source>入会成功</source>
      <translation>Welcome to the club</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="92" />
      <source>客户称呼</source>
      <translation>customer's name</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="92" />
      <source>车型</source>
      <translation>Model</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="92" />
      <source>购车月数</source>
      <translation>months since purchase</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="92" />
      <source>服务热线</source>
      <translation>Service hotline</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="93" />
      <source>本店名称</source>
      <translation>dealership name</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="93" />
      <source>活动日期</source>
      <translation>Event date</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="93" />
      <source>会员卡号</source>
      <translation>Member number</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="94" />
      <source>积分余额</source>
      <translation>points balance</translation>
    </message>
    <message>
      <location filename="../../carecenter/call_scripts.py" line="94" />
      <source>会员等级</source>
      <translation>club level</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="26" />
      <source>交车年份</source>
      <translation>Delivery year</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="26" />
      <source>是否会员</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="27" />
      <source>流失阶段</source>
      <translation>Lost stage</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="27" />
      <source>生日月份</source>
      <translation>Birthday month</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="27" />
      <source>最后到店早于</source>
      <translation>Last visit before</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="28" />
      <source>最后到店不早于</source>
      <translation>Last visit on or after</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="28" />
      <source>入会月份</source>
      <translation>Joining month</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="80" />
      <source>交车年份应写成 2024 或 2023-2024，不是“{text}”。</source>
      <translation>Write the delivery year as 2024 or 2023-2024, not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="88" />
      <source>{key} 应为日期 YYYY-MM-DD，不是“{text}”。</source>
      <translation>{key} should be a date YYYY-MM-DD, not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="101" />
      <source>入会时间应写成 2026-11、2026 或 2026-01-01..2026-06-30，不是“{text}”。</source>
      <translation>Write the joining time as 2026-11, 2026 or 2026-01-01..2026-06-30, not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="114" />
      <source>受众条件应写成 键=值，用逗号分隔；键可以是 {keys}，不是“{part}”。</source>
      <translation>Write the audience as key=value, separated by commas; the keys are {keys}, not "{part}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="122" />
      <source>会员等级应为 standard、silver、gold（普卡、银卡、金卡），不是“{value}”。</source>
      <translation>The club level is standard, silver or gold, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="126" />
      <source>是否会员应为 yes 或 no，不是“{value}”。</source>
      <translation>Member is yes or no, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="131" />
      <source>流失阶段应为 {codes} 之一，不是“{value}”。</source>
      <translation>The lost stage is one of {codes}, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="136" />
      <source>生日月份应为 1 到 12，不是“{value}”。</source>
      <translation>The birthday month is 1 to 12, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="222" />
      <source>没有短信模板“{name}”；可用的有：{names}。</source>
      <translation>There is no SMS template "{name}"; the templates are: {names}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="227" />
      <source>短信模板“{name}”中有无法填写的占位符 {unknown}，请在设置中改正。</source>
      <translation>The SMS template "{name}" has placeholders nothing fills: {unknown}. Correct it in the settings.</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="237" />
      <source>没有符合这些条件的客户（{audience}），请放宽条件。</source>
      <translation>No customer matches these conditions ({audience}); widen them.</translation>
    </message>
    <message>
      <location filename="../../carecenter/campaigns.py" line="245" />
      <source>这些客户都不能发短信（{refused} 位拒收营销短信，{no_mobile} 位没有手机号码）。</source>
      <translation>None of these customers can be texted ({refused} refused marketing messages, {no_mobile} have no mobile number).</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周一</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周二</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周三</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周四</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周五</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周六</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="21" />
      <source>周日</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="33" />
      <source>日期应写成 YYYY-MM-DD，不是“{text}”</source>
      <translation>the date should be written YYYY-MM-DD, not "{text}"</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="38" />
      <source>数据库文件路径（默认在用户数据文件夹中）</source>
      <translation>the database file (default: in the user's data folder)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="39" />
      <source>规则所用的“今天”（YYYY-MM-DD）</source>
      <translation>the "today" the rules see (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="41" />
      <source>界面和打印表单的语言（默认：图形界面用上次在设置中选择的语言，命令行用简体中文）</source>
      <translation>language of the screens and printed forms (default: the GUI uses the last choice in the settings, the command line Simplified Chinese)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="45" />
      <source>在空数据库中载入演示经销商</source>
      <translation>load the demo dealership into an empty store</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="46" />
      <source>S≈2000、M≈20000、L≈100000 位客户</source>
      <translation>S ≈ 2000, M ≈ 20000, L ≈ 100000 customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="47" />
      <source>随机种子（相同种子得到相同数据）</source>
      <translation>random seed (the same seed gives the same data)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="49" />
      <source>查找客户</source>
      <translation>Find customer</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="50" />
      <source>姓名、拼音首字母、电话（可只输后四位）、车牌或车架号</source>
      <translation>name, pinyin initials, phone (the last four digits will do), plate or VIN</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="52" />
      <source>按会员筛选：members、non-members、standard（普卡）、silver（银卡）、gold（金卡）</source>
      <translation>only club members, non-members, or one level: members, non-members, standard, silver, gold</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="53" />
      <source>按价值筛选：spend:金额（近12个月消费不少于）或 visits:次数（近12个月进厂不少于，不含免费、索赔和保险）</source>
      <translation>Filter by value: spend:AMOUNT (spent at least this in the last 12 months) or visits:COUNT (at least this many visits in the last 12 months, free, warranty and insurance visits not counted)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="55" />
      <source>以 JSON 输出</source>
      <translation>print JSON</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="57" />
      <source>从 Excel（.xlsx）或 CSV 导入客户、车辆、维修记录</source>
      <translation>import customers, vehicles and service history from Excel (.xlsx) or CSV</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="58" />
      <source>要导入的文件</source>
      <translation>the file to import</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="60" />
      <source>文件内容（默认按列名判断）；complaints = 客服中心的投诉工单</source>
      <translation>what the file holds (default: judged by its column names); complaints = the service centre's complaint tickets</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="62" />
      <source>已有的客户/车辆：update 更新（默认）或 skip 跳过</source>
      <translation>existing customers/vehicles: update (default) or skip</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="63" />
      <source>只检查并报告，不写入</source>
      <translation>check and report only, write nothing</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="64" />
      <source>也导入隐藏的工作表（默认跳过并报告）</source>
      <translation>import hidden worksheets too (skipped and reported by default)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="65" />
      <source>以 JSON 输出报告</source>
      <translation>print the report as JSON</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="67" />
      <source>生成并列出某天的回访清单</source>
      <translation>make and list a day's call list</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="68" />
      <source>日期（默认今天）</source>
      <translation>the date (default today)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="70" />
      <source>列出已过期的回访（近 31 天内时间窗口结束而未回访的，按原因和经办人）</source>
      <translation>list the missed calls (window closed without a call in the last 31 days, by reason and assignee)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="73" />
      <source>登记一次回访结果</source>
      <translation>log the result of a call</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="76" />
      <source>结果代码，须适合这次回访的原因（见 CLI.md）</source>
      <translation>outcome code; it must fit the call's reason (see CLI.md)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="77" />
      <source>通话内容（事由）</source>
      <translation>what the call was about</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="78" />
      <source>通话时间（YYYY-MM-DDTHH:MM，默认现在）；booked 时为预约时段“YYYY-MM-DD HH:MM”</source>
      <translation>time of the call (YYYY-MM-DDTHH:MM, default now); with booked, the slot “YYYY-MM-DD HH:MM”</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="79" />
      <source>预约项目（booked 时）</source>
      <translation>service booked (with booked)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="80" />
      <source>客户对车辆情况的描述（booked 时）</source>
      <translation>the customer's words about the car (with booked)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="81" />
      <source>在已满的时段加约（经理）</source>
      <translation>book onto a full slot (managers)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="83" />
      <source>日期：reschedule 改约、not-needed 下次提醒、considering 再次联系（必填）</source>
      <translation>date: the new day for reschedule, the next reminder for not-needed, the next call for considering (required)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="85" />
      <source>某天的预约（默认今天）</source>
      <translation>a day's appointments (default today)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="88" />
      <source>为一辆车预约时段</source>
      <translation>book a slot for a car</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="90" />
      <source>预约时段“YYYY-MM-DD HH:MM”</source>
      <translation>the slot, “YYYY-MM-DD HH:MM”</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="91" />
      <source>预约项目：first_service（首保）、maintenance（定期保养）、repair（一般维修）、body_paint（钣金喷漆）、insurance_claim（保险理赔）、inspection（年检）、other（其他）</source>
      <translation>service: first_service, maintenance, repair, body_paint, insurance_claim, inspection or other</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="94" />
      <source>客户对车辆情况的描述</source>
      <translation>the customer's words about the car</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="96" />
      <source>由哪个回访任务预约</source>
      <translation>the call task the booking came from</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="100" />
      <source>登记到店、取消或改约</source>
      <translation>mark arrived, cancel or move an appointment</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="103" />
      <source>客户已到店</source>
      <translation>the customer has arrived</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="104" />
      <source>客户已确认</source>
      <translation>the customer has confirmed</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="105" />
      <source>取消预约，并写明原因</source>
      <translation>cancel the appointment, giving the reason</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="106" />
      <source>改约到“YYYY-MM-DD HH:MM”</source>
      <translation>move to “YYYY-MM-DD HH:MM”</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="109" />
      <source>登记一次满意度回访的问卷回答</source>
      <translation>log a satisfaction call with its questionnaire's answers</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="111" />
      <source>按问卷顺序的回答，总体满意在最后；1–5，0 = 不适用，逗号分隔</source>
      <translation>the answers in the questionnaire's order, the overall one last; 1–5, 0 = not applicable, separated by commas</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="114" />
      <source>客户不接受的联系（回访、提醒、营销/短信）：查看、登记或撤销</source>
      <translation>contact the customer refuses (follow-up calls, reminders, marketing/SMS): list, record or withdraw</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="116" />
      <source>登记客户拒绝的类别</source>
      <translation>record the kind the customer refuses</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="117" />
      <source>原因（登记时必填）</source>
      <translation>reason (required when recording)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="118" />
      <source>撤销：客户重新同意</source>
      <translation>withdraw: the customer agrees again</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="123" />
      <source>某月、某季度或某年的回访、投诉、预约与满意度指标</source>
      <translation>the call, complaint, appointment and survey figures of a month, a quarter or a year</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="125" />
      <source>月份 YYYY-MM</source>
      <translation>month YYYY-MM</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="126" />
      <source>季度 YYYY-Qn（例如 2026-Q4）</source>
      <translation>quarter YYYY-Qn (for example 2026-Q4)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="127" />
      <source>年份 YYYY</source>
      <translation>year YYYY</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="130" />
      <source>立即备份数据库</source>
      <translation>back up the store now</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="131" />
      <source>备份到这个文件夹（如 U 盘）；默认是数据库旁的 backups 文件夹</source>
      <translation>back up to this folder (e.g. a USB stick); default: the backups folder beside the store</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="132" />
      <source>用备份文件恢复数据库（原文件会保留）</source>
      <translation>restore the store from a backup (the current file is kept)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="133" />
      <source>备份文件</source>
      <translation>the backup file</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="134" />
      <source>检查数据库是否完整</source>
      <translation>check that the store is whole</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="135" />
      <source>从损坏的数据库中抢救还能读出的记录，写入一个新文件</source>
      <translation>salvage what can still be read from a damaged store into a new file</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="136" />
      <source>新的数据库文件（不能已存在）</source>
      <translation>the new store file (must not exist yet)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="137" />
      <source>损坏的文件（默认是 --db 指定的数据库）</source>
      <translation>the damaged file (default: the store of --db)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="139" />
      <source>某年的国务院放假安排（投诉封闭时限按此计算）</source>
      <translation>a year's official holiday schedule (complaint closure deadlines are counted on it)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="142" />
      <source>载入某年的放假通知：holiday-cn 的 JSON 文件，或每行“日期 休/班”的文本</source>
      <translation>load a year's holiday notice: the holiday-cn JSON file, or text with one "date off|work" per line</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="144" />
      <source>列出某年的放假和调休上班日</source>
      <translation>list a year's days off and make-up working days</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="147" />
      <source>删除已载入的某年放假通知</source>
      <translation>remove a loaded holiday notice</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="150" />
      <source>管理用户</source>
      <translation>Manage users</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="152" />
      <source>添加用户（从终端输入两次密码，或从标准输入读一行）</source>
      <translation>add a user (the password typed twice at a terminal, or one line from standard input)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="155" />
      <source>工号</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="156" />
      <source>设置用户密码</source>
      <translation>set a user's password</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="158" />
      <source>列出用户</source>
      <translation>list the users</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="161" />
      <source>打印表单为 PDF</source>
      <translation>print a form as PDF</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="165" />
      <source>表单：customer = F1 客户档案基本资料表，call = F2，call-register = F3（日期或月份），letter-register = F4，delivery-followup = F5（车辆编号），complaint = F6，escalation = F7，lounge = F8（日期），spot-check = F10，statistics = F9（年份）, membership = F11（客户编号）, monthly = F12 月度工作小结（月份）, event = F16 活动总结表（活动编号）</source>
      <translation>the form: customer = F1 customer record sheet, call = F2, call-register = F3 (a date or month), letter-register = F4, delivery-followup = F5 (a vehicle id), complaint = F6, escalation = F7, lounge = F8 (a date), spot-check = F10, statistics = F9 (a year), membership = F11 (a customer id), monthly = F12 monthly summary (a month), event = F16 event report (an event id)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="169" />
      <source>记录编号，或日期 YYYY-MM-DD / 月份 YYYY-MM</source>
      <translation>a record id, or a date YYYY-MM-DD / month YYYY-MM</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="170" />
      <source>输出的 PDF 文件</source>
      <translation>the PDF file to write</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="172" />
      <source>周报、月度、季度、年度工作小结：PDF 与总部 Excel 工作簿</source>
      <translation>Weekly, monthly, quarterly and yearly summaries: PDF and head-office Excel workbook</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="173" />
      <source>报表种类</source>
      <translation>the report</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="174" />
      <source>期间：2026-W48（或该周某天）、2026-11、2026-Q4、2026</source>
      <translation>Period: 2026-W48 (or a day of that week), 2026-11, 2026-Q4, 2026</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="175" />
      <source>月份 YYYY-MM（月报，同 --period）</source>
      <translation>Month YYYY-MM (monthly report; same as --period)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="177" />
      <source>输出的 Excel 工作簿（.xlsx）</source>
      <translation>the Excel workbook to write (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="179" />
      <source>导出客户、车辆（及某月的回访与投诉）为 Excel 工作簿</source>
      <translation>export customers and vehicles (and a month's calls and complaints) as an Excel workbook</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="181" />
      <source>同时导出该月（YYYY-MM）的回访、投诉、进厂与预约明细</source>
      <translation>Also export that month's (YYYY-MM) calls, complaints, visits and appointments</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="189" />
      <source>输出文件应以 {suffix} 结尾：{out}</source>
      <translation>the output file should end in {suffix}: {out}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="191" />
      <source>输出文件夹不存在：{parent}</source>
      <translation>the output folder does not exist: {parent}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="204" />
      <source>请用 --period 指定期间（例如 2026-W48、2026-11、2026-Q4、2026）。</source>
      <translation>Give the period with --period (for example 2026-W48, 2026-11, 2026-Q4, 2026).</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="207" />
      <source>请用 --pdf 或 --xlsx 指定输出文件。</source>
      <translation>Give the output file with --pdf or --xlsx.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="213" />
      <source>已生成 {pdf}</source>
      <translation>Made {pdf}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="216" />
      <source>已生成 {xlsx}</source>
      <translation>Made {xlsx}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="225" />
      <source>已生成 {out}</source>
      <translation>Made {out}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="247" />
      <source>{busy}命令行现在只能查看和打印，不能修改；请关闭那个窗口后再试。</source>
      <translation>{busy} The command line can read and print now, not change anything; close that window and try again.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="263" />
      <source>已载入演示经销商：{customers} 位客户，{vehicles} 辆车，{visits} 条维修保养记录。</source>
      <translation>Demo dealership loaded: {customers} customers, {vehicles} vehicles, {visits} workshop visits.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="289" />
      <source>共 {v1} 位客户</source>
      <translation>{v1} customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="319" />
      <source>输出文件应以 .pdf 结尾：{out}</source>
      <translation>the output file should end in .pdf: {out}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="336" />
      <source>编号应为数字，不是“{id}”。</source>
      <translation>The id should be a number, not "{id}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="361" />
      <source>错误</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="361" />
      <source>提示</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="363" />
      <source>{mark}	{sheet}	第 {row} 行	{column}	{value}	{reason}</source>
      <translation>{mark}	{sheet}	row {row}	{column}	{value}	{reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="373" />
      <source>提示	{sheet}	未识别、未导入的列：{v2}</source>
      <translation>note	{sheet}	columns not recognised, not imported: {v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="374" />
      <source>（试运行，未写入）</source>
      <translation>(dry run, nothing written)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="376" />
      <source>错误：{rejection}</source>
      <translation>Error: {rejection}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="396" />
      <source>逾期</source>
      <translation>overdue</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="399" />
      <source>{day}：{v2} 项（本次新增 {created}）</source>
      <translation>{day}: {v2} tasks ({created} new this time)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="401" />
      <source>上次生成清单以来，{count} 项回访的时间窗口已在这期间结束，已记为“已过期”（calls --missed 列出）。</source>
      <translation>Since the list was last made, the window of {count} calls closed; they are recorded as missed (calls --missed lists them).</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="412" />
      <source>预约时段应写成“YYYY-MM-DD HH:MM”，不是“{text}”。</source>
      <translation>A slot is written “YYYY-MM-DD HH:MM”, not “{text}”.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="423" />
      <source>已预约：编号 {id}，{start:%Y-%m-%d %H:%M}，{plate} {name}，{kind}</source>
      <translation>Booked: no. {id}, {start:%Y-%m-%d %H:%M}, {plate} {name}, {kind}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="432" />
      <source>已登记：客户 {id} 不接受“{kind}”，撤下待回访任务 {count} 项</source>
      <translation>Recorded: customer {id} refuses "{kind}"; {count} open calls withdrawn</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="437" />
      <source>已撤销：客户 {id} 重新接受“{kind}”</source>
      <translation>Withdrawn: customer {id} accepts "{kind}" again</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="456" />
      <source>回答应为逗号分隔的数字 1–5（0 = 不适用），不是“{answers}”。</source>
      <translation>The answers are numbers 1–5 (0 = not applicable) separated by commas, not “{answers}”.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="462" />
      <source>已登记：通话 {call_id}，{outcome}</source>
      <translation>Logged: call {call_id}, {outcome}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="464" />
      <source>；已生成投诉草稿</source>
      <translation>; a complaint draft was made</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="465" />
      <source>；已提醒经理跟进</source>
      <translation>; the manager is asked to follow up</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="479" />
      <source>{day:%Y-%m-%d} 没有预约。</source>
      <translation>No appointments on {day:%Y-%m-%d}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="505" />
      <source>已登记到店：预约 {id}</source>
      <translation>Marked arrived: appointment {id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="508" />
      <source>已确认：预约 {id}</source>
      <translation>Confirmed: appointment {id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="511" />
      <source>已取消：预约 {id}</source>
      <translation>Cancelled: appointment {id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="514" />
      <source>已改约：预约 {id} → {at}</source>
      <translation>Moved: appointment {id} → {at}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="524" />
      <source>“已预约”需要预约时段：--at "YYYY-MM-DD HH:MM"。</source>
      <translation>“Booked” needs the slot: --at "YYYY-MM-DD HH:MM".</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="527" />
      <source>已登记：任务 {task_id} 已预约</source>
      <translation>Logged: task {task_id} booked</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="535" />
      <source>通话时间应写成 YYYY-MM-DDTHH:MM，不是“{at}”。</source>
      <translation>The call time should be written YYYY-MM-DDTHH:MM, not "{at}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="538" />
      <source>已登记：任务 {task_id}，第 {attempts} 次，状态 {task_status}</source>
      <translation>Logged: task {task_id}, attempt {attempts}, now {task_status}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="542" />
      <source>；已生成投诉草稿 {complaint_id}</source>
      <translation>; complaint draft {complaint_id} made</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="570" />
      <source>{month} 回访：应回访 {due}，已回访 {done}（回访率 {rate}%），按时 {on_time}，满意率 {satisfied}%</source>
      <translation>{month} calls: due {due}, made {done} (call rate {rate}%), on time {on_time}, satisfaction {satisfied}%</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="573" />
      <source>，已过期 {missed}</source>
      <translation>, missed {missed}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="576" />
      <source>{month} 投诉：{count} 件，及时响应率 {responded}%，及时封闭率 {closed}%，一次解决率 {first_time}%</source>
      <translation>{month} complaints: {count}, responded on time {responded}%, closed on time {closed}%, resolved first time {first_time}%</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="581" />
      <source>{month} 预约：{booked} 个，到店 {arrived}，爽约 {no_show}，取消 {cancelled}，到店率 {show_rate}</source>
      <translation>{month} appointments: {booked}, arrived {arrived}, no-shows {no_show}, cancelled {cancelled}, show rate {show_rate}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="586" />
      <source>{month} 满意度：问卷 {responses} 份，SSI {ssi}，CSI {csi}，问卷满意率 {rate}</source>
      <translation>{month} surveys: {responses}, SSI {ssi}, CSI {csi}, survey satisfaction rate {rate}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="597" />
      <source>已备份到 {target}</source>
      <translation>Backed up to {target}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="608" />
      <source>数据库已损坏，已移到 {aside}（未删除）；已用 {file} 恢复数据库 {path}。</source>
      <translation>The store was damaged and was moved to {aside} (not deleted); {path} was restored from {file}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="612" />
      <source>已用 {file} 恢复数据库 {path}（原文件已保留在同一文件夹）。</source>
      <translation>Restored {path} from {file} (the replaced file is kept in the same folder).</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="623" />
      <source>已从 {source} 抢救出：{summary}。新文件：{target}。核对后可用 carecenter restore {target} 换上。</source>
      <translation>Salvaged from {source}: {summary}. New file: {target}. Once checked, carecenter restore {target} puts it in place.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="633" />
      <source>已载入 {year} 年的放假通知（{source}）：放假 {off} 天，调休上班 {worked} 天；{moved} 件未封闭投诉的时限已重新计算。</source>
      <translation>Loaded the {year} holiday notice ({source}): {off} days off, {worked} make-up working days; the deadlines of {moved} open complaints were recalculated.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="639" />
      <source>已删除 {year} 年的放假通知；{moved} 件未封闭投诉的时限已重新计算。</source>
      <translation>Removed the {year} holiday notice; the deadlines of {moved} open complaints were recalculated.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="650" />
      <source>{year} 年：{source}</source>
      <translation>{year}: {source}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="652" />
      <source>上班</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="652" />
      <source>休</source>
      <translation>Off</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="653" />
      <source>（本店调整）</source>
      <translation> (dealership's change)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="666" />
      <source>最新的完好备份：{path}（carecenter restore {path}）。</source>
      <translation>Newest good backup: {path} (carecenter restore {path}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="667" />
      <source>没有找到完好的备份。</source>
      <translation>No good backup was found.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="668" />
      <source>错误：数据库无法打开。{hint}也可以抢救还能读出的记录（carecenter salvage --out 新文件）。</source>
      <translation>Error: the store does not open. {hint} What can still be read can also be salvaged (carecenter salvage --out NEW_FILE).</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="674" />
      <source>错误：数据库检查未通过，请从最近的备份恢复（carecenter restore 备份文件），或抢救还能读出的记录（carecenter salvage --out 新文件）。</source>
      <translation>Error: the store failed its check. Restore the newest backup (carecenter restore BACKUP_FILE) or salvage what can still be read (carecenter salvage --out NEW_FILE).</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="685" />
      <source>没有从标准输入读到密码。</source>
      <translation>No password was read from standard input.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="687" />
      <source>新密码：</source>
      <translation>New password: </translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="688" />
      <source>再输入一次：</source>
      <translation>Again:</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="689" />
      <source>两次输入的密码不一致。</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="698" />
      <source>已添加用户“{name}”。</source>
      <translation>User "{name}" added.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="701" />
      <source>已设置“{name}”的密码。</source>
      <translation>Password of "{name}" set.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="710" />
      <source>（已停用）</source>
      <translation>(deactivated)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="746" />
      <source>错误：{error}</source>
      <translation>Error: {error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="749" />
      <source>已取消。</source>
      <translation>Cancelled.</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli.py" line="758" />
      <source>内部错误：{v1}: {error}（详情已写入 {where}）</source>
      <translation>Internal error: {v1}: {error} (details written to {where})</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="13" />
      <source>客户的积分账目：查看、获得、兑换或调整</source>
      <translation>A customer's points ledger: show, earn, redeem or correct</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="16" />
      <source>获得积分（配合 --kind）</source>
      <translation>earn points (with --kind)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="17" />
      <source>兑换积分（抵扣费用，配合 --reason 写明用途）</source>
      <translation>redeem points against a bill (say what for with --reason)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="18" />
      <source>经理调整积分（可为负数，配合 --reason 写明原因）</source>
      <translation>a manager's correction (may be negative; the reason with --reason)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="19" />
      <source>获得积分的类别：spend（消费）、event（活动）、referral（推荐购车）</source>
      <translation>the kind of points earned: spend, event or referral</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="20" />
      <source>事由</source>
      <translation>Matter</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="22" />
      <source>会员名单：卡号、级别、积分余额</source>
      <translation>Club members: number, level, balance</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="23" />
      <source>只列某个级别：standard（普卡）、silver（银卡）、gold（金卡）</source>
      <translation>only one level: standard, silver or gold</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="25" />
      <source>客户入会：分配会员卡号</source>
      <translation>A customer joins the club: a member number is given</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="27" />
      <source>入会日期（YYYY-MM-DD，默认今天）</source>
      <translation>the day they joined (YYYY-MM-DD, today by default)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="28" />
      <source>车友会活动：日期、邀约、确认、实到、发放积分</source>
      <translation>Club events: date, invited, confirmed, came, points given</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="30" />
      <source>某次活动：签到、撤销签到、发放活动积分、活动总结</source>
      <translation>One event: sign guests in, take a sign-in back, give the event's points, the report</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="32" />
      <source>签到的客户编号</source>
      <translation>the customer ids who came</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="33" />
      <source>撤销一位客户的签到</source>
      <translation>take back one customer's sign-in</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="34" />
      <source>给已签到的客户发放活动积分（一次）</source>
      <translation>give the event's points to those who signed in (once)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="36" />
      <source>群发短信：选定客户，按模板生成短信平台的批量文件</source>
      <translation>Text campaign: choose customers, fill a template, write the batch file for the SMS platform</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="37" />
      <source>短信模板（代码或名称；--templates 列出全部）</source>
      <translation>SMS template (code or name; --templates lists them)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="38" />
      <source>受众条件，例如 model=明锐,delivered=2024；键：model、delivered、level、member、lost、birthday、visited_before、visited_after、joined</source>
      <translation>audience, e.g. model=Octavia,delivered=2024; keys: model, delivered, level, member, lost, birthday, visited_before, visited_after, joined</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="41" />
      <source>批量文件（.xlsx 或 .csv）；不写则只预览人数和前几条短信</source>
      <translation>batch file (.xlsx or .csv); without it only the count and the first messages are shown</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="42" />
      <source>列出可用的短信模板</source>
      <translation>list the SMS templates</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="67" />
      <source>{name}：会员卡号 {number}，{level}，积分余额 {balance}（近12个月获得 {earned}）</source>
      <translation>{name}: member number {number}, {level}, balance {balance} ({earned} earned in the last 12 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="68" />
      <source>（非会员）</source>
      <translation>(not a member)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="89" />
      <source>共 {count} 位会员</source>
      <translation>{count} members</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="101" />
      <source>已入会：会员卡号 {number}</source>
      <translation>Joined: member number {number}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="105" />
      <source>入会短信：{text}</source>
      <translation>Join SMS: {text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="118" />
      <source>请用 --template 指定短信模板（--templates 列出全部）。</source>
      <translation>Name the SMS template with --template (--templates lists them).</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="130" />
      <source>选中 {chosen} 位客户：短信 {count} 条，拒收营销短信 {refused} 位已排除，没有手机号码 {no_mobile} 位</source>
      <translation>{chosen} customers chosen: {count} messages; {refused} who refused marketing left out, {no_mobile} without a mobile number</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="135" />
      <source>已导出：{path}</source>
      <translation>Exported: {path}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="157" />
      <source>邀约</source>
      <translation>invited</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="158" />
      <source>实到</source>
      <translation>came</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="158" />
      <source>积分</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="172" />
      <source>已为 {count} 位签到客户发放活动积分</source>
      <translation>The event's points were given to {count} guests</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="178" />
      <source>{name}（{day}，{place}）：邀约 {invited}，确认参加 {confirmed}，实到 {attended}，新入会 {new}，发放积分 {points}</source>
      <translation>{name} ({day}, {place}): invited {invited}, confirmed {confirmed}, came {attended}, joined {new}, points given {points}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="183" />
      <source>已签到</source>
      <translation>Signed in</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_club.py" line="183" />
      <source>确认参加</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="15" />
      <source>列出投诉及其时限</source>
      <translation>list complaints and their deadlines</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="16" />
      <source>只列未封闭的投诉</source>
      <translation>only complaints not closed</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="18" />
      <source>一件投诉：预警、升级为C类、约定答复时间、联系客户、改状态</source>
      <translation>One complaint: a warning, the upgrade to C, a promised reply time, a contact, a state</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="19" />
      <source>投诉的受理编号（TS-2026-0001）或内部编号</source>
      <translation>the complaint's number (TS-2026-0001) or its id</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="21" />
      <source>预警情况：nobody（客户表示无人联系）、emotion（情绪激动）、media（自称媒体）、manager（经理标记，配合 --note）</source>
      <translation>warning: nobody (the customer says nobody contacted them), emotion (strong emotion), media (claims to be media), manager (a manager's mark, with --note)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="22" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="23" />
      <source>听到的时间 YYYY-MM-DD HH:MM（默认现在）</source>
      <translation>when it was heard, YYYY-MM-DD HH:MM (default now)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="24" />
      <source>升级为C类（主管），写明原因</source>
      <translation>upgrade to C (a supervisor), with the reason</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="25" />
      <source>约定答复客户的时间 YYYY-MM-DD HH:MM</source>
      <translation>the time promised to the customer for an answer, YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="26" />
      <source>已联系客户（配合 --note 写明内容）</source>
      <translation>the customer was contacted (what was said in --note)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="27" />
      <source>改为这个状态：in-progress（处理中）、resolved（处理完成）、closed（已封闭）、escalated（已升级）</source>
      <translation>move to this state: in-progress, resolved, closed, escalated</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="43" />
      <source>时间应写成 YYYY-MM-DD HH:MM，不是“{text}”。</source>
      <translation>Write the time as YYYY-MM-DD HH:MM, not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="65" />
      <source>已封闭</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="74" />
      <source>（估算）</source>
      <translation> (estimated)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="76" />
      <source>{v1:&lt;14}{v2}	{v3}	封闭时限 {due}	{v5}</source>
      <translation>{v1:&lt;14}{v2}	{v3}	close by {due}	{v5}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="94" />
      <source>找不到投诉“{key}”。</source>
      <translation>There is no complaint "{key}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="112" />
      <source>不限</source>
      <translation>No limit</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="113" />
      <source>{number}（{level}类 {category}）：{state}，封闭时限 {due}</source>
      <translation>{number} (class {level}, {category}): {state}, closure deadline {due}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="116" />
      <source>约定答复：{when:%Y-%m-%d %H:%M}{missed}</source>
      <translation>Reply promised: {when:%Y-%m-%d %H:%M}{missed}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="117" />
      <source>（已过时未答复）</source>
      <translation> (passed without an answer)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_complaints.py" line="119" />
      <source>预警：{warning}</source>
      <translation>Warning: {warning}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="13" />
      <source>登记来电：按号码找到客户，陌生号码登记为潜在客户</source>
      <translation>Log an incoming call: the customer found by the number, an unknown number registered as a prospect</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="14" />
      <source>来电号码</source>
      <translation>the caller's number</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="15" />
      <source>来电人姓名（陌生号码必填）</source>
      <translation>the caller's name (needed for an unknown number)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="16" />
      <source>来电类型：enquiry（咨询）、complaint（投诉）、booking（预约）、message（留言）、lead（购车意向）</source>
      <translation>call type: enquiry, complaint, booking, message, lead</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="18" />
      <source>来电事由</source>
      <translation>what the call is about</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="19" />
      <source>下次联系日期 YYYY-MM-DD（到时出现在回访列表）</source>
      <translation>next contact date YYYY-MM-DD (it appears on the call list that day)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="20" />
      <source>留言给谁（本店同事）</source>
      <translation>the colleague the message is for</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="21" />
      <source>留言的回电日期 YYYY-MM-DD（默认今天）</source>
      <translation>call back by YYYY-MM-DD (default today)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="22" />
      <source>意向车型</source>
      <translation>Model of interest</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="23" />
      <source>购车需求：new（新购）、trade-in（置换）、referral（推荐）</source>
      <translation>need: new, trade-in, referral</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="24" />
      <source>方便联系的时间</source>
      <translation>a convenient time to call</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="26" />
      <source>告诉本机正在运行的 CareCenter 这个号码正在来电（来电弹屏）</source>
      <translation>Tell the CareCenter running on this PC that this number is calling (caller ID)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="28" />
      <source>关爱部登记的销售线索</source>
      <translation>the sales leads the care desk registered</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="29" />
      <source>月份 YYYY-MM（默认全部）</source>
      <translation>month YYYY-MM (default all)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="30" />
      <source>只列尚无结果的线索</source>
      <translation>only leads without an outcome</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="49" />
      <source>已登记来电：客户 {customer_id}{prospect}，通话 {call_id}</source>
      <translation>Call logged: customer {customer_id}{prospect}, call {call_id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="50" />
      <source>（新的潜在客户）</source>
      <translation> (a new prospect)</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="53" />
      <source>销售线索 {lead_id}</source>
      <translation>Sales lead {lead_id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="55" />
      <source>已排入回访列表：任务 {task_id}</source>
      <translation>On the call list: task {task_id}</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="57" />
      <source>已生成投诉草稿 {complaint_id}</source>
      <translation>Complaint draft {complaint_id} opened</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="79" />
      <source>待跟进</source>
      <translation>To follow up</translation>
    </message>
    <message>
      <location filename="../../carecenter/cli_phone.py" line="88" />
      <source>已通知 CareCenter：{number} 来电</source>
      <translation>CareCenter told: {number} is calling</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="66" />
      <source>没有编号为 {customer_id} 的客户。</source>
      <translation>There is no customer number {customer_id}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="156" />
      <source>入会日期不能晚于今天。</source>
      <translation>The day of joining cannot be after today.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="160" />
      <source>{name} 已是会员（卡号 {number}）。</source>
      <translation>{name} is already a member (number {number}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="204" />
      <source>积分应为整数，不是“{points}”。</source>
      <translation>Points are whole numbers, not "{points}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="214" />
      <source>积分类别应为 {kinds}，不是“{kind}”。</source>
      <translation>The kind of points is one of {kinds}, not "{kind}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="217" />
      <source>获得的积分应大于 0，不是 {points}。</source>
      <translation>Points earned must be more than 0, not {points}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="233" />
      <source>兑换的积分应大于 0，不是 {points}。</source>
      <translation>Points redeemed must be more than 0, not {points}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="235" />
      <source>请写明兑换用途（例如抵扣的工单号）。</source>
      <translation>Please say what the points pay for (for example the work order number).</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="240" />
      <source>{name} 的积分余额是 {balance}，不能兑换 {points}。</source>
      <translation>{name} has a balance of {balance} points and cannot redeem {points}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="250" />
      <source>调整的积分不能为 0。</source>
      <translation>A correction cannot be 0 points.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="252" />
      <source>请写明调整积分的原因。</source>
      <translation>Please give the reason for the correction.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club.py" line="257" />
      <source>{name} 的积分余额是 {balance}，调整 {points} 后会小于 0。</source>
      <translation>{name} has a balance of {balance}; a correction of {points} would take it below 0.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="56" />
      <source>没有编号为 {event_id} 的活动。</source>
      <translation>There is no event number {event_id}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="112" />
      <source>活动“{name}”在 {day} 举行，还不能签到。</source>
      <translation>The event "{name}" is on {day}; guests cannot sign in before then.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="118" />
      <source>{name} 已签到。</source>
      <translation>{name} has already signed in.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="131" />
      <source>这位客户没有签到记录。</source>
      <translation>This customer has not signed in.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="133" />
      <source>活动积分已发放给这位客户，不能撤销签到（如需更正请由经理调整积分）。</source>
      <translation>The event's points were already given to this customer, so the sign-in stays (a manager can correct the points).</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="144" />
      <source>活动“{name}”没有设置积分。</source>
      <translation>The event "{name}" gives no points.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="148" />
      <source>没有待发放积分的签到客户。</source>
      <translation>Everyone who signed in already has the event's points.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="189" />
      <source>请填写活动名称。</source>
      <translation>Please enter the event's name.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="192" />
      <source>活动日期应为今天或以后的日期。</source>
      <translation>The event date should be today or later.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="194" />
      <source>邀请对象应为 全部客户、会员，或某一车型的车主。</source>
      <translation>Invite all customers, club members, or the owners of one model.</translation>
    </message>
    <message>
      <location filename="../../carecenter/club_events.py" line="197" />
      <source>活动积分应为 0 到 100000 的整数，不是“{points}”。</source>
      <translation>An event's points are a whole number from 0 to 100000, not "{points}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="33" />
      <source>回函</source>
      <translation>Reply letter</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="39" />
      <source>照片</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="43" />
      <source>录音</source>
      <translation>Recording</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="87" />
      <source>找不到文件“{name}”。</source>
      <translation>There is no file "{name}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="90" />
      <source>不能附加“{name}”：只收 {types} 文件。</source>
      <translation>"{name}" cannot be attached: only {types} files are taken.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="94" />
      <source>“{name}”有 {mb:.1f} MB，附件最大 {limit} MB。</source>
      <translation>"{name}" is {mb:.1f} MB; an attachment is {limit} MB at most.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="97" />
      <source>“{name}”是空文件。</source>
      <translation>"{name}" is empty.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="100" />
      <source>“{name}”的内容不是 {suffix} 文件（可能改过扩展名或已损坏），没有附加。</source>
      <translation>"{name}" is not a {suffix} file inside (renamed or damaged); it was not attached.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="107" />
      <source>找不到投诉（编号 {complaint_id}）。</source>
      <translation>Complaint not found (no. {complaint_id}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="111" />
      <source>这个文件已经附在投诉上了（“{name}”）。</source>
      <translation>This file is attached to the complaint already ("{name}").</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="137" />
      <source>找不到附件（编号 {attachment_id}）。</source>
      <translation>There is no attachment {attachment_id}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaint_files.py" line="140" />
      <source>附件“{name}”的内容与附加时不一致，请用“检查数据库”或恢复备份。</source>
      <translation>The attachment "{name}" is not what was attached: check the database or restore a backup.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="120" />
      <source>投诉类别“{category}”无效。</source>
      <translation>Complaint category "{category}" is not valid.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="122" />
      <source>C类投诉是主管从已受理的投诉升级而来的（投诉页的“升级为C类”），受理时请选 A 或 B 类。</source>
      <translation>A class C complaint is one a supervisor upgraded from an accepted one (Upgrade to C on the complaints tab); accept it as class A or B.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="124" />
      <source>投诉渠道应为 {v1} 之一。</source>
      <translation>The complaint channel should be one of {v1}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="131" />
      <source>投诉 {v1} 已受理。</source>
      <translation>Complaint {v1} has already been accepted.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="158" />
      <source>请填写抱怨/投诉内容。</source>
      <translation>Please describe the complaint.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="161" />
      <source>找不到客户（编号 {customer_id}）。</source>
      <translation>Customer not found (no. {customer_id}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="167" />
      <source>这辆车不属于该客户，请重新选择车辆。</source>
      <translation>This car does not belong to the customer: choose the car again.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="184" />
      <source>投诉 {number} 不能从“{state}”改为“{state2}”。</source>
      <translation>Complaint {number} cannot go from "{state}" to "{state2}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="234" />
      <source>状态为未处理，客户已来电 {count} 次</source>
      <translation>still open, the customer has called {count} times</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="235" />
      <source>状态为处理中，客户已来电 {count} 次</source>
      <translation>in progress, the customer has called {count} times</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="236" />
      <source>客户表示无人与其联系</source>
      <translation>the customer says nobody contacted them</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="237" />
      <source>客户情绪激动，要求立即答复</source>
      <translation>the customer is upset and wants an answer at once</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="238" />
      <source>客户自称媒体</source>
      <translation>the customer says they are from the media</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="239" />
      <source>同一问题在处理完成后 7 天内再次投诉</source>
      <translation>Complained again about the same problem within 7 days of its resolution</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="240" />
      <source>经理标记为特殊情况：{note}</source>
      <translation>Marked special by a manager: {note}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="241" />
      <source>承诺 {when} 答复客户，已过时未答复</source>
      <translation>An answer promised by {when}: passed without an answer</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="242" />
      <source>{old} → C4：{reason}</source>
      <translation>{old} → C4: {reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="243" />
      <source>承诺 {when} 前答复客户</source>
      <translation>Answer promised by {when}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="244" />
      <source>附件：{name}</source>
      <translation>Attachment: {name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="246" />
      <source>{category} {channel}</source>
      <translation>{category} {channel}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="247" />
      <source>工单 {work_order}（导入）</source>
      <translation>ticket {work_order} (imported)</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="248" />
      <source>{box}：{reason}</source>
      <translation>{box}: {reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="285" />
      <source>客户表示无人联系</source>
      <translation>Customer says nobody contacted them</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="286" />
      <source>经理标记特殊情况</source>
      <translation>Manager's special case</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="298" />
      <source>投诉尚未受理：请先受理。</source>
      <translation>The complaint is not accepted yet: accept it first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="305" />
      <source>时间不能晚于现在（{at:%Y-%m-%d %H:%M}）。</source>
      <translation>The time cannot be later than now ({at:%Y-%m-%d %H:%M}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="315" />
      <source>预警情况应为 {kinds} 之一，不是“{kind}”。</source>
      <translation>The warning is one of {kinds}, not "{kind}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="320" />
      <source>请写明经理标记的特殊情况。</source>
      <translation>Say what the special case is.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="326" />
      <source>投诉 {number} 已封闭，不能再标记预警。</source>
      <translation>Complaint {number} is closed: no more warnings.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="341" />
      <source>请写明升级为C类的原因。</source>
      <translation>Give the reason for the upgrade to C.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="346" />
      <source>投诉 {number} 已是C类。</source>
      <translation>Complaint {number} is class C already.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="348" />
      <source>投诉 {number} 是“{state}”状态：只有处理中的投诉可以升级为C类。</source>
      <translation>Complaint {number} is "{state}": only a complaint still being handled can be upgraded to C.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="368" />
      <source>请填写约定答复客户的时间（YYYY-MM-DD HH:MM）。</source>
      <translation>Give the time promised to the customer (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="370" />
      <source>答复客户的时间应在现在之后，不是 {when:%Y-%m-%d %H:%M}。</source>
      <translation>The promised time must be later than now, not {when:%Y-%m-%d %H:%M}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="374" />
      <source>投诉 {number} 是“{state}”状态，不需要再约定答复时间。</source>
      <translation>Complaint {number} is "{state}": no reply time to promise.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="462" />
      <source>这些内容已由“{v1}”签名确认，需先撤回签名才能修改。</source>
      <translation>This content has been signed by "{v1}"; withdraw the signature before changing it.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="483" />
      <source>时间“{value}”应写成 YYYY-MM-DD HH:MM。</source>
      <translation>Time "{value}" should be written YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="489" />
      <source>没有签名栏“{box}”。</source>
      <translation>There is no signature box "{box}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="494" />
      <source>“{label}”已签名。</source>
      <translation>"{label}" is already signed.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="505" />
      <source>撤回签名需要说明原因。</source>
      <translation>Withdrawing a signature needs a reason.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="509" />
      <source>这一栏没有签名。</source>
      <translation>This box has no signature.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="511" />
      <source>只有签名人本人或关爱总监可以撤回签名。</source>
      <translation>Only the signer or the care director can withdraw a signature.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="546" />
      <source>超时 {days} 天 {hours} 小时</source>
      <translation>{days} d {hours} h overdue</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="547" />
      <source>超时 {hours} 小时</source>
      <translation>{hours} h overdue</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="550" />
      <source>剩 {days} 天 {hours} 小时</source>
      <translation>{days} d {hours} h left</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="551" />
      <source>剩 {minutes} 分钟</source>
      <translation>{minutes} min left</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="577" />
      <source>待受理</source>
      <translation>To accept</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="579" />
      <source>封闭</source>
      <translation>Close by</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="582" />
      <source>响应</source>
      <translation>Respond by</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="626" />
      <source>投诉类别为空（如 A4a、B4、S1 或其名称）。</source>
      <translation>The complaint category is empty (e.g. A4a, B4, S1 or its name).</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="634" />
      <source>投诉类别“{text}”可指 {codes}，请写明代码。</source>
      <translation>Complaint category "{text}" can mean {codes}; please give the code.</translation>
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="635" />
      <source>投诉类别“{text}”无法识别（如 A4a、B4、S1 或其名称）。</source>
      <translation>Complaint category "{text}" is not recognized (e.g. A4a, B4, S1 or its name).</translation>
    </message>
    <message>
      <location filename="../../carecenter/dealership_setup.py" line="55" />
      <source>车型名称不能为空。</source>
      <translation>The model name cannot be empty.</translation>
    </message>
    <message>
      <location filename="../../carecenter/dealership_setup.py" line="57" />
      <source>{model}的首保里程应在 500 到 30000 公里之间。</source>
      <translation>The first-service mileage of {model} should be between 500 and 30000 km.</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="749" />
      <source>生成客户资料</source>
      <translation>Making customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="765" />
      <source>写入数据库</source>
      <translation>Writing to the database</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="771" />
      <source>生成回访记录</source>
      <translation>Making call records</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="773" />
      <source>生成投诉记录</source>
      <translation>Making complaints</translation>
    </message>
    <message>
      <location filename="../../carecenter/demo.py" line="780" />
      <source>完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../carecenter/desk_lock.py" line="38" />
      <source>另一个 CareCenter</source>
      <translation>another CareCenter</translation>
    </message>
    <message>
      <location filename="../../carecenter/desk_lock.py" line="39" />
      <source>{user}（电脑 {host}，自 {since} 起）</source>
      <translation>{user} (PC {host}, since {since})</translation>
    </message>
    <message>
      <location filename="../../carecenter/desk_lock.py" line="46" />
      <source>这个数据库正在被 {holder} 使用。同一个数据库文件同时只能由一处修改。</source>
      <translation>This store is in use by {holder}. Only one place at a time may change a store file.</translation>
    </message>
    <message>
      <location filename="../../carecenter/desk_lock.py" line="186" />
      <source>无法在 {folder} 中建立锁文件：{error}。请把数据库放在可以写入的文件夹中。</source>
      <translation>Cannot make the lock file in {folder}: {error}. Put the store in a folder you can write to.</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="30" />
      <source>免打扰的类别应为 {kinds} 之一，不是“{kind}”。</source>
      <translation>The do-not-contact kind must be one of {kinds}, not "{kind}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="41" />
      <source>请写明客户拒绝联系的原因（例如客户原话）。</source>
      <translation>Please write why the customer refuses contact (for example in the customer's words).</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="48" />
      <source>{name} 已登记不接受“{kind}”。</source>
      <translation>{name} is already recorded as refusing "{kind}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="62" />
      <source>客户档案中勾选“不接受电话回访”</source>
      <translation>Ticked "No follow-up calls" in the customer record</translation>
    </message>
    <message>
      <location filename="../../carecenter/do_not_contact.py" line="110" />
      <source>这位客户没有登记不接受“{kind}”。</source>
      <translation>This customer has no refusal of "{kind}" on record.</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="302" />
      <source>生成回访任务</source>
      <translation>Making call tasks</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="575" />
      <source>“已预约”需要选择预约时段（carecenter log-call … --outcome booked --at "YYYY-MM-DD HH:MM"）。</source>
      <translation>“Booked” needs a slot (carecenter log-call … --outcome booked --at "YYYY-MM-DD HH:MM").</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="577" />
      <source>回访结果应为 {v1} 之一，不是“{outcome}”。</source>
      <translation>The call outcome should be one of {v1}, not "{outcome}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="588" />
      <source>“{reason}”的回访结果只能是：{allowed}；不能登记“{outcome}”。</source>
      <translation>A "{reason}" call can only end as: {allowed}; "{outcome}" cannot be recorded.</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="595" />
      <source>“{outcome}”需要一个日期：请填写“下次联系日期”（命令行用 --on YYYY-MM-DD）。</source>
      <translation>"{outcome}" needs a date: please fill in "Next contact date" (on the command line: --on YYYY-MM-DD).</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="598" />
      <source>“{outcome}”的日期应在今天以后，不是 {when}。</source>
      <translation>The date for "{outcome}" must be after today, not {when}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="601" />
      <source>请在“处理方式”中写明对这次满意度跟进做了什么。</source>
      <translation>Please write in "Handling (How)" what was done about this survey follow-up.</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="681" />
      <source>按约定时间答复客户</source>
      <translation>Answered the customer at the promised time</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="24" />
      <source>上次保养 {date}，{km} 公里</source>
      <translation>last service {date}, {km} km</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="25" />
      <source>上次保养 {date}</source>
      <translation>last service {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="26" />
      <source>交车 {date}</source>
      <translation>delivered {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="27" />
      <source>首保预计 {date}</source>
      <translation>first service expected {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="28" />
      <source>质保期满（3年或10万公里），按里程估算</source>
      <translation>warranty ends (3 years or 100 000 km), estimated by mileage</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="29" />
      <source>质保期满（3年或10万公里）</source>
      <translation>warranty ends (3 years or 100 000 km)</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="30" />
      <source>近6个月未到店</source>
      <translation>no visit in the last 6 months</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="31" />
      <source>下次保养 {date}（{basis}）</source>
      <translation>next service {date} ({basis})</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="32" />
      <source>应保养日 {date} 后未到店</source>
      <translation>not back since service was due on {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="33" />
      <source>保险到期 {date}</source>
      <translation>insurance expires {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="34" />
      <source>年检到期 {date}</source>
      <translation>inspection due {date}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="35" />
      <source>生日 {month}月{day}日</source>
      <translation>birthday {month}/{day}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="36" />
      <source>投诉处理完毕，确认客户是否满意</source>
      <translation>complaint handled: check the customer is satisfied</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="37" />
      <source>上次回访客户不满意（{date}），再次回访直到满意</source>
      <translation>unsatisfied at the last call ({date}): call again until satisfied</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="38" />
      <source>{date} {kind}</source>
      <translation>{date} {kind}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="39" />
      <source>{name}（{date}）</source>
      <translation>{name} ({date})</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="40" />
      <source>确认 {when} 的预约（{kind}）</source>
      <translation>Confirm the appointment of {when} ({kind})</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="41" />
      <source>{when} 预约未到店（{kind}），请客户重新预约</source>
      <translation>Did not come to the {when} appointment ({kind}): ask the customer to book again</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="42" />
      <source>客户{date}表示暂不需要，约定今天再提醒</source>
      <translation>On {date} the customer did not need it yet; agreed to remind again today</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="43" />
      <source>满意度回访有“一般”的回答（{when}），请跟进并记录处理结果</source>
      <translation>A satisfaction call had a “Neutral” answer ({when}): follow it up and record what was done</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="44" />
      <source>入会 {date}：入会一个月，邀请参加车主学苑</source>
      <translation>Joined {date}: a month in, invite to the owners' academy</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="45" />
      <source>入会 {date}：会员礼遇推广（第 {n}/6 条）</source>
      <translation>Joined {date}: member benefits (message {n}/6)</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="46" />
      <source>入会 {date}：入会满 {years} 年，推荐购车</source>
      <translation>Joined {date}: {years} years a member, referral offer</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="47" />
      <source>交车 {date} 已满30天，尚未入会：邀请加入车友会</source>
      <translation>Delivered {date}, 30 days and not joined: invite to the club</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="48" />
      <source>{caller}（{phone}）来电留言：{about}</source>
      <translation>{caller} ({phone}) left a message: {about}</translation>
    </message>
    <message>
      <location filename="../../carecenter/followup_rules.py" line="49" />
      <source>约定今天回电：{about}</source>
      <translation>Call back today as promised: {about}</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="139" />
      <source>{name} 不是有效的 Excel（.xlsx）文件，或文件已损坏。</source>
      <translation>{name} is not a valid Excel (.xlsx) file, or it is damaged.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="146" />
      <source>{name} 的压缩内容异常（{filename} 解压后将达 {v3} MB），疑似恶意文件，已拒绝。</source>
      <translation>{name} has abnormal compressed content ({filename} would unpack to {v3} MB); it looks malicious and was refused.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="152" />
      <source>{name} 解压后将超过 {v2} GB，疑似恶意文件，已拒绝。</source>
      <translation>{name} would unpack to more than {v2} GB; it looks malicious and was refused.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="162" />
      <source>{name} 含有不安全的 XML 内容（实体定义），疑似恶意文件，已拒绝。</source>
      <translation>{name} contains unsafe XML (entity definitions) and looks malicious; it was refused.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="169" />
      <source>{name} 不是 Excel 工作簿（.xlsx）。</source>
      <translation>{name} is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="181" />
      <source>{name} 的工作表声明了 {v2:,} 行 × {columns:,} 列，超过上限（{MAX_ROWS:,} 行），已拒绝。</source>
      <translation>{name} declares a sheet of {v2:,} rows × {columns:,} columns, over the limit ({MAX_ROWS:,} rows); refused.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="247" />
      <source>{name} 无法读取：文件已损坏或不是表格文件。</source>
      <translation>{name} cannot be read: the file is damaged or is not a spreadsheet.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="259" />
      <source>读取工作表“{title}”…</source>
      <translation>Reading the sheet "{title}"…</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="263" />
      <source>{name} 的工作表“{title}”超过 {MAX_ROWS:,} 行，已拒绝。</source>
      <translation>Sheet "{title}" of {name} has more than {MAX_ROWS:,} rows; refused.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="266" />
      <source>{name} 的工作表“{title}”列数超过 {MAX_COLUMNS}，已拒绝。</source>
      <translation>Sheet "{title}" of {name} has more than {MAX_COLUMNS} columns; refused.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="330" />
      <source>{name} 的编码无法确定（支持 UTF-8、UTF-16、GBK/GB18030 和 Big5）。请在 Excel/WPS 中另存为“CSV UTF-8”后再导入。</source>
      <translation>The encoding of {name} cannot be told (UTF-8, UTF-16, GBK/GB18030 and Big5 are read). Save it as "CSV UTF-8" in Excel/WPS and import that.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="336" />
      <source>{name} 超过 {v2} MB，已拒绝。</source>
      <translation>{name} is larger than {v2} MB; refused.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="339" />
      <source>{name} 不是文本格式的 CSV 文件。</source>
      <translation>{name} is not a text CSV file.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="354" />
      <source>{name} 第 {number} 行无法读取：{problem}。单元格最长 {limit:,} 个字符。</source>
      <translation>Row {number} of {name} cannot be read: {problem}. A cell holds at most {limit:,} characters.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="358" />
      <source>{name} 超过 {MAX_ROWS:,} 行，已拒绝。</source>
      <translation>{name} has more than {MAX_ROWS:,} rows; refused.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="361" />
      <source>{name} 第 {number} 行的列数超过 {MAX_COLUMNS}，已拒绝。</source>
      <translation>Row {number} of {name} has more than {MAX_COLUMNS} columns; refused.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="387" />
      <source>无法读取 {name}：{error}</source>
      <translation>Cannot read {name}: {error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="390" />
      <source>{name} 设有打开密码。请在 Excel/WPS 中打开它，取消密码后另存为 .xlsx 再导入。</source>
      <translation>{name} is protected by a password. Open it in Excel/WPS, remove the password, save it as .xlsx and import that.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="393" />
      <source>{name} 实际上是旧版 Excel（.xls）文件，请把文件扩展名改为 .xls 后再导入。</source>
      <translation>{name} is really an old Excel (.xls) file: change its extension to .xls and import it again.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="396" />
      <source>{name} 实际上是 Excel 工作簿（.xlsx），请把文件扩展名改回 .xlsx 后再导入。</source>
      <translation>{name} is in fact an Excel workbook (.xlsx); rename it to .xlsx and import it.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="414" />
      <source>{name} 是其他软件格式的表格，请在 WPS/Numbers 中另存为 .xlsx 或 .csv 后再导入。</source>
      <translation>{name} is a spreadsheet in another program's format: save it as .xlsx or .csv in WPS/Numbers and import that.</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="417" />
      <source>不支持的文件类型：{name}（请使用 .xlsx、.xls、.ods 或 .csv）。</source>
      <translation>Unsupported file type: {name} (use .xlsx, .xls, .ods or .csv).</translation>
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="419" />
      <source>{name} 中没有数据。</source>
      <translation>{name} contains no data.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="107" />
      <source>共 {rows:,} 行：新增 {created:,}，更新 {updated:,}，跳过 {skipped:,}；错误 {errors:,}，提示 {hints:,}</source>
      <translation>{rows:,} rows: {created:,} new, {updated:,} updated, {skipped:,} skipped; {errors:,} errors, {hints:,} notes</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="110" />
      <source>。已写入数据库。</source>
      <translation>. Written to the database.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="110" />
      <source>。</source>
      <translation>.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="115" />
      <source>导入被拒绝，未写入任何数据：{errors:,} 处错误，例如工作表“{sheet}”第 {row} 行“{column}”列：{reason}</source>
      <translation>Import refused, nothing written: {errors:,} errors, for example sheet "{sheet}" row {row} column "{column}": {reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="229" />
      <source>此单元格是公式，已按其计算结果导入，请核对。</source>
      <translation>This cell is a formula; its result was imported, please check it.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="232" />
      <source>此单元格是公式，但文件里没有它的计算结果（未在 Excel/WPS 中保存过），按空白处理；请在 Excel/WPS 中打开并保存后再导入。</source>
      <translation>This cell is a formula, but the file holds no result for it (it was never saved in Excel/WPS), so it is read as blank; open and save the file in Excel/WPS, then import it.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="242" />
      <source>维修类型无法识别，已记为“其他”（可选：{v1}）。</source>
      <translation>Visit type not recognised, recorded as "Other" (choices: {v1}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="284" />
      <source>档案中找不到这个电话或车牌的客户，请先建档或导入客户。</source>
      <translation>No customer in the archive has this phone or plate; create or import the customer first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="302" />
      <source>缺少进厂日期。</source>
      <translation>The visit date is missing.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="305" />
      <source>请至少填写车牌号或车架号。</source>
      <translation>Please enter at least the plate or the VIN.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="308" />
      <source>车牌/车架号为 {plate} 的车辆</source>
      <translation>vehicle with plate/VIN {plate}</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="310" />
      <source>档案中没有{what}，本行也没有客户姓名，无法建立档案。</source>
      <translation>The archive has no {what} and this row has no customer name: no record can be made.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="339" />
      <source>车牌 {plate} 在档案中已属于另一辆车（客户编号 {owner}）；导入后两辆车同一车牌，请核对车牌或车架号。</source>
      <translation>Plate {plate} already belongs to another vehicle in the archive (customer {owner}); after the import two vehicles would share it. Check the plate or the VIN.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="345" />
      <source>车架号/车牌 {vehicle} 的车主电话将由 {old} 改为 {new}，请核对是否换了车主或号码。</source>
      <translation>The owner's phone of {vehicle} would change from {old} to {new}; check whether the owner or the number changed.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="410" />
      <source>工作表“{sheet}”是隐藏的，已跳过（{rows:,} 行）；确需导入时请选择“包括隐藏的工作表”（命令行 --include-hidden）。</source>
      <translation>Worksheet "{sheet}" is hidden and was skipped ({rows:,} rows); to import it, choose "Include hidden worksheets" (--include-hidden on the command line).</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="415" />
      <source>文件按繁体中文 Big5 编码读取，请核对姓名等文字是否正确。</source>
      <translation>The file was read as Traditional Chinese Big5; check that names and other text read right.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="422" />
      <source>没有识别出任何列，请在“核对列”一步中指定每列的内容。</source>
      <translation>No column was recognised; say what each column holds in the "Check each column" step.</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="440" />
      <source>核对第 {done:,} / {total:,} 行</source>
      <translation>Checking row {done:,} / {total:,}</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="519" />
      <source>更新客户档案</source>
      <translation>Updating the customer records</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="531" />
      <source>导入类型应为 customers、vehicles 或 visits，不是“{kind}”。</source>
      <translation>The import kind should be customers, vehicles or visits, not "{kind}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="533" />
      <source>重复记录的处理方式应为 update（更新）或 skip（跳过）。</source>
      <translation>Duplicates are either updated (update) or skipped (skip).</translation>
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="598" />
      <source>导入前自动备份</source>
      <translation>Automatic backup before the import</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="27" />
      <source>信函类型应为 {v1} 之一。</source>
      <translation>The letter type should be one of {v1}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="31" />
      <source>寄出日期不能早于写信日期。</source>
      <translation>The posting date cannot be before the letter date.</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="71" />
      <source>没有短信模板“{template_code}”。</source>
      <translation>There is no SMS template "{template_code}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="108" />
      <source>没有可以发送短信的客户（需要手机号码）。</source>
      <translation>No customer to send an SMS to (a mobile number is needed).</translation>
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="120" />
      <source>短信批量文件应为 .csv 或 .xlsx。</source>
      <translation>The SMS batch file should be .csv or .xlsx.</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="42" />
      <source>上午</source>
      <translation>Morning</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="42" />
      <source>下午</source>
      <translation>Afternoon</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="64" />
      <source>检查项目不能为空。</source>
      <translation>The check item cannot be empty.</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="79" />
      <source>检查轮次应为上午或下午。</source>
      <translation>The round should be morning or afternoon.</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="96" />
      <source>评分应在 0 到 {MAX_SCORE} 之间。</source>
      <translation>The score should be between 0 and {MAX_SCORE}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="100" />
      <source>找不到检查项 {score_id}。</source>
      <translation>Check item {score_id} not found.</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="113" />
      <source>评分低于 {REPAIR_BELOW} 分的项目才需要报修。</source>
      <translation>Only items scored below {REPAIR_BELOW} need a repair report.</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="124" />
      <source>这一项没有报修。</source>
      <translation>This item has no repair report.</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="204" />
      <source>请填写车牌号。</source>
      <translation>Please enter the plate number.</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="255" />
      <source>{at:%m-%d %H:%M}　{name}　{reason}　{outcome}</source>
      <translation>{at:%m-%d %H:%M}  {name}  {reason}  {outcome}</translation>
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="265" />
      <source>需要对 {v1} 个检查项目逐项回答：是 / 否 / 不适用。</source>
      <translation>Answer each of the {v1} items: yes / no / not applicable.</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="11" />
      <source>一般维修</source>
      <translation>General repair</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="11" />
      <source>钣金喷漆</source>
      <translation>Body and paint</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="11" />
      <source>保险理赔</source>
      <translation>Insurance claim</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="11" />
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="18" />
      <source>回访提醒</source>
      <translation>Reminder call</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="18" />
      <source>客户来电</source>
      <translation>Customer called</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="18" />
      <source>到店/前台</source>
      <translation>At the desk</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="21" />
      <source>保险单</source>
      <translation>Insurance policy</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="21" />
      <source>身份证</source>
      <translation>ID card</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/appointments.py" line="21" />
      <source>维修单据</source>
      <translation>Repair papers</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>事故车/保险</source>
      <translation>Accident/insurance</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>索赔(保修)</source>
      <translation>Warranty claim</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>免费检测</source>
      <translation>Free inspection</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>微信</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>邮件</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>销售</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>售后</source>
      <translation>After-sales</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>来访</source>
      <translation>Walk-in</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>来电</source>
      <translation>Phone-in</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>转介绍</source>
      <translation>Referral</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/club.py" line="12" />
      <source>消费</source>
      <translation>Spend</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/club.py" line="12" />
      <source>兑换</source>
      <translation>Redeemed</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/club.py" line="12" />
      <source>调整</source>
      <translation>Correction</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>经销商销售服务</source>
      <translation>Dealer sales service</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>总部促销政策/活动变更</source>
      <translation>Head-office promotion/campaign change</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>资源</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>价格</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>产品瑕疵或配置</source>
      <translation>Product defect or equipment</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="13" />
      <source>无法上牌</source>
      <translation>Cannot register the car</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="13" />
      <source>市场活动及促销</source>
      <translation>Marketing and promotions</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="13" />
      <source>经销商/维修站来电投诉</source>
      <translation>Complaint phoned in by a dealer/workshop</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="14" />
      <source>网站、消协、媒体、公司内部转来的投诉</source>
      <translation>Complaint passed on by website, consumer association, media or head office</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="14" />
      <source>升级至C类的投诉</source>
      <translation>Complaint escalated to class C</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>维修质量</source>
      <translation>Repair quality</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>服务态度</source>
      <translation>Service attitude</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>价格/收费</source>
      <translation>Price/charges</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>配件</source>
      <translation>Parts</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>等待时间/交车延误</source>
      <translation>Waiting time/late handover</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>保修索赔</source>
      <translation>Warranty claim</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="18" />
      <source>面谈</source>
      <translation>In person</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="18" />
      <source>网站/媒体/消协</source>
      <translation>Website/media/consumer association</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>草稿</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>未处理</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>处理中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>处理完成</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>已升级</source>
      <translation>Escalated</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="89" />
      <source>客户关爱专员签名</source>
      <translation>Care specialist's signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="90" />
      <source>客户关爱总监签名</source>
      <translation>Care director's signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="91" />
      <source>责任部门经理签名</source>
      <translation>Responsible department manager's signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="92" />
      <source>负责人签名</source>
      <translation>Person in charge's signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="94" />
      <source>实施部门经理签名</source>
      <translation>Implementing department manager's signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="11" />
      <source>交车24小时回访</source>
      <translation>Delivery +24 h call</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="12" />
      <source>交车3日回访</source>
      <translation>Delivery +3 days call</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="13" />
      <source>感谢信</source>
      <translation>Thank-you letter</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="15" />
      <source>修后回访（第一次）</source>
      <translation>After-service call (1st)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="16" />
      <source>修后回访（第二次）</source>
      <translation>After-service call (2nd)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="17" />
      <source>定保提醒</source>
      <translation>Maintenance reminder</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="18" />
      <source>流失预警（逾期15天）</source>
      <translation>Lost alert (15 days overdue)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="19" />
      <source>流失预警（逾期30天）</source>
      <translation>Lost alert (30 days overdue)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="20" />
      <source>流失预警（逾期45天）</source>
      <translation>Lost alert (45 days overdue)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="21" />
      <source>拟流失（逾期3个月）</source>
      <translation>Likely lost (3 months overdue)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="22" />
      <source>准流失（逾期6个月）</source>
      <translation>Almost lost (6 months overdue)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="23" />
      <source>流失预警（逾期9个月）</source>
      <translation>Lost alert (9 months overdue)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="24" />
      <source>流失（逾期12个月）</source>
      <translation>Lost (12 months overdue)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="26" />
      <source>年检提醒</source>
      <translation>Annual inspection reminder</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="27" />
      <source>质保到期提醒</source>
      <translation>Warranty expiry reminder</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="28" />
      <source>老客户回馈</source>
      <translation>Loyal customer reward</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="29" />
      <source>生日祝福</source>
      <translation>Birthday greetings</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="30" />
      <source>投诉回访</source>
      <translation>Complaint call</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="31" />
      <source>活动邀约</source>
      <translation>Event invite</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="32" />
      <source>预约确认</source>
      <translation>Appointment confirmation</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="33" />
      <source>爽约回访</source>
      <translation>No-show call</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="34" />
      <source>满意度跟进</source>
      <translation>Satisfaction follow-up</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="35" />
      <source>学苑邀约（入会1个月）</source>
      <translation>Academy invitation (1 month a member)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="37" />
      <source>推荐购车（入会3年以上）</source>
      <translation>Referral (3+ years a member)</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="39" />
      <source>投诉约定答复</source>
      <translation>Promised complaint reply</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="40" />
      <source>约定回电</source>
      <translation>Promised call back</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="41" />
      <source>代接留言</source>
      <translation>Message taken</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>交车24h</source>
      <translation>Delivery 24h</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>交车3日</source>
      <translation>Delivery 3d</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>修后1</source>
      <translation>After visit 1</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>修后2</source>
      <translation>After visit 2</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>定保</source>
      <translation>Servicing</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>逾期15天</source>
      <translation>15 d late</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>逾期30天</source>
      <translation>30 d late</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>逾期45天</source>
      <translation>45 d late</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>拟流失</source>
      <translation>Likely lost</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>准流失</source>
      <translation>Almost lost</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>逾期9月</source>
      <translation>9 mo late</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>流失</source>
      <translation>Lost</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="48" />
      <source>续保</source>
      <translation>Insurance</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="48" />
      <source>质保到期</source>
      <translation>Warranty end</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="48" />
      <source>老客户</source>
      <translation>Loyal</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="49" />
      <source>生日</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="51" />
      <source>礼遇推广</source>
      <translation>Benefits</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="52" />
      <source>约定答复</source>
      <translation>Promised reply</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="52" />
      <source>回电</source>
      <translation>Call back</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="53" />
      <source>留言</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="58" />
      <source>待回访</source>
      <translation>To call</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="58" />
      <source>已完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="58" />
      <source>失联</source>
      <translation>Lost contact</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="58" />
      <source>已过期</source>
      <translation>Missed</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="62" />
      <source>满意</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="62" />
      <source>不满意</source>
      <translation>Unsatisfied</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="62" />
      <source>未接通</source>
      <translation>No answer</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="62" />
      <source>客户不便·改约</source>
      <translation>Busy · call later</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="63" />
      <source>暂不需要</source>
      <translation>Not needed yet</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="63" />
      <source>已在他处保养</source>
      <translation>Serviced elsewhere</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="64" />
      <source>车辆已转让或报废</source>
      <translation>Car sold or scrapped</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="64" />
      <source>号码错误</source>
      <translation>Wrong number</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="64" />
      <source>本店续保</source>
      <translation>Renewed here</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="65" />
      <source>他处续保</source>
      <translation>Renewed elsewhere</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="65" />
      <source>考虑中</source>
      <translation>Considering</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="65" />
      <source>已祝福</source>
      <translation>Greeted</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="65" />
      <source>参加</source>
      <translation>Attending</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="66" />
      <source>不参加</source>
      <translation>Not attending</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="66" />
      <source>销售已回访</source>
      <translation>Sales called</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="66" />
      <source>销售未回访</source>
      <translation>Sales did not call</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="67" />
      <source>已处理</source>
      <translation>Handled</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="67" />
      <source>已告知</source>
      <translation>Informed</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="67" />
      <source>已入会</source>
      <translation>Joined</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="68" />
      <source>不愿入会</source>
      <translation>Declined to join</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="117" />
      <source>提醒</source>
      <translation>Reminder</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="117" />
      <source>营销/短信</source>
      <translation>Marketing/SMS</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="125" />
      <source>客户来电咨询</source>
      <translation>Customer enquiry call</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="125" />
      <source>客户来电投诉</source>
      <translation>Customer complaint call</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="125" />
      <source>购车意向</source>
      <translation>Wants to buy</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="126" />
      <source>通知</source>
      <translation>Notice</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="126" />
      <source>邀请函</source>
      <translation>Invitation</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="126" />
      <source>答复函</source>
      <translation>Reply letter</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="126" />
      <source>生日贺卡</source>
      <translation>Birthday card</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="300" />
      <source>新购</source>
      <translation>New purchase</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="300" />
      <source>置换</source>
      <translation>Trade-in</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="300" />
      <source>推荐</source>
      <translation>Referral</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="302" />
      <source>跟进中</source>
      <translation>Following up</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="302" />
      <source>已成交</source>
      <translation>Sold</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="302" />
      <source>无意向</source>
      <translation>Not interested</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="12" />
      <source>空调</source>
      <translation>Air conditioning</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="12" />
      <source>开启并设置到规定温度</source>
      <translation>Switched on and set to the required temperature</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="13" />
      <source>电视</source>
      <translation>Television</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="13" />
      <source>开启并确保画面清晰</source>
      <translation>Switched on with a clear picture</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="14" />
      <source>影视区</source>
      <translation>Video corner</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="14" />
      <source>开启DVD并确保画面清晰</source>
      <translation>DVD switched on with a clear picture</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="15" />
      <source>网吧</source>
      <translation>Internet corner</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="15" />
      <source>开启所有电脑确保能够正常运行,且有专人负责定期维护、保养和清洁</source>
      <translation>All computers on and working, with someone responsible for regular maintenance, servicing and cleaning</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="16" />
      <source>桌椅</source>
      <translation>Tables and chairs</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="16" />
      <source>摆放整齐</source>
      <translation>Neatly arranged</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="17" />
      <source>报纸、杂志</source>
      <translation>Newspapers, magazines</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="17" />
      <source>及时更新,以及装订放好报纸架并放置最新的产品信息/服务信息/促销信息资料</source>
      <translation>Kept up to date, newspapers bound and on the rack, with the latest product/service/promotion leaflets</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="18" />
      <source>茶水</source>
      <translation>Drinks</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="18" />
      <source>随时确保饮水机有水,及冷热功能正常运作</source>
      <translation>The water dispenser always has water, hot and cold both working</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="19" />
      <source>窗户/接待台</source>
      <translation>Windows/reception desk</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="19" />
      <source>透视观察窗干净、明亮便于观察;保持整洁,无杂物</source>
      <translation>Viewing windows clean and bright for watching the workshop; tidy, nothing lying about</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="20" />
      <source>客休室范围</source>
      <translation>Lounge area</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="20" />
      <source>确保每位客人有茶水供应,电视、DVD正常播放;电视穿插播放品牌相关的产品或活动的节目,同时影视类节目供顾客挑选;空置的茶杯及时收起,报纸及杂志要及时摆放原位,桌椅保持整齐</source>
      <translation>Every guest has a drink, TV and DVD play properly; the TV alternates brand product or event programmes with films for guests to choose; empty cups cleared promptly, newspapers and magazines put back, tables and chairs kept tidy</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="21" />
      <source>若在无顾客的情况下,可以关闭部分电器,如:DVD、电视、电脑及摆放桌椅</source>
      <translation>With no guests present, some appliances may be switched off (DVD, TV, computers) and the tables and chairs arranged</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="22" />
      <source>午餐</source>
      <translation>Lunch</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="22" />
      <source>派放客餐,登记车牌,确保每位用餐的顾客有客餐票</source>
      <translation>Hand out guest meals, record the plate, make sure every guest who eats has a meal ticket</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="24" />
      <source>1. 客休室的电器如有问题,及时与行政部联系,确保电器的正常运作。</source>
      <translation>1. If a lounge appliance has a problem, contact the administration department at once so that it keeps working.</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="25" />
      <source>2. 负责客休室接待台人员,除吃饭时间外,都要在接待台负责客休室的正常运作。</source>
      <translation>2. The lounge reception attendant stays at the desk to keep the lounge running, except at meal times.</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="29" />
      <source>是否用客户喜欢的联系方式在客户方便的时间联系客户</source>
      <translation>Was the customer contacted by their preferred method at a time convenient to them</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="30" />
      <source>电话沟通时,是否使用当地习惯的敬语恰当地称呼客户</source>
      <translation>On the phone, was the customer addressed properly with the locally customary honorifics</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="31" />
      <source>电话沟通中,是否主动热情问候客户,采用分时问候用语</source>
      <translation>On the phone, was the customer greeted warmly with a time-of-day greeting</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="32" />
      <source>是否使用标准服务用语主动介绍经销商和自己</source>
      <translation>Were the dealership and the caller introduced with the standard service phrases</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="33" />
      <source>是否主动询问客户的需求,回答客户的一些问题,告知客户保养可能需要的时间和费用</source>
      <translation>Were the customer's needs asked for, their questions answered, and the likely maintenance time and cost given</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="34" />
      <source>是否熟悉预约流程,能够在短时间内帮客户安排好预约</source>
      <translation>Does the caller know the appointment process and arrange the appointment quickly</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="35" />
      <source>是否主动询问客户是否有熟识的服务顾问,安排客户指定的服务顾问接待客户</source>
      <translation>Was the customer asked whether they have a service advisor they know, and was that advisor assigned</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="36" />
      <source>是否事先准备好最少2个预约时间段主动请客户选择</source>
      <translation>Were at least 2 appointment slots prepared in advance for the customer to choose from</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="37" />
      <source>对于曾经来店保养的客户,是否了解客户在经销商的服务历史</source>
      <translation>For customers who have serviced here before, was their service history known</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="38" />
      <source>如果客户来电,是否在铃响3声之内接听电话</source>
      <translation>For incoming calls, was the phone answered within 3 rings</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="39" />
      <source>在电话结束前,是否与客户再次确认保养的内容、预约的时间</source>
      <translation>Before ending the call, were the maintenance items and the appointment time confirmed again</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="40" />
      <source>是否提醒客户要携带的证件</source>
      <translation>Was the customer reminded of the documents to bring</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="41" />
      <source>是否提醒客户,如果未能按照预约时间到达,可能会无法为客户保留工位</source>
      <translation>Was the customer told that the bay may not be held if they miss the appointment time</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="42" />
      <source>是否在电话结束前,感谢客户,待客户挂断电话后再挂断电话</source>
      <translation>Before ending the call, was the customer thanked, and did the caller hang up only after the customer</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="43" />
      <source>预约结束后,是否在系统中填入客户预约信息</source>
      <translation>After the appointment, was it entered in the system</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/migrations.py" line="320" />
      <source>这个文件不是 CareCenter 数据库（里面有其他程序的表）。</source>
      <translation>This file is not a CareCenter database (it holds another program's tables).</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/migrations.py" line="331" />
      <source>这个数据库来自较新版本的 CareCenter（结构版本 {version}，本程序支持到 {LATEST_VERSION}），请升级程序后再打开。</source>
      <translation>This database comes from a newer CareCenter (schema version {version}; this program supports up to {LATEST_VERSION}); please update the program, then open it.</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>关爱专员</source>
      <translation>Care specialist</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>关爱经理</source>
      <translation>Care manager</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>关爱总监</source>
      <translation>Care director</translation>
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="27" />
      <source>一、顾客统计表</source>
      <translation>1. Customer statistics</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="28" />
      <source>二、回访情况</source>
      <translation>2. Follow-up calls</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="29" />
      <source>三、客户投诉</source>
      <translation>3. Customer complaints</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="30" />
      <source>四、招揽客户未来店分析</source>
      <translation>4. Reminded customers who did not come</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="31" />
      <source>五、客户对店内的期望及意见汇总</source>
      <translation>5. Customers' expectations and comments</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="32" />
      <source>六、客休区检查</source>
      <translation>6. Lounge checks</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="33" />
      <source>七、满意度调查</source>
      <translation>7. Satisfaction surveys</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="34" />
      <source>八、保有客户</source>
      <translation>8. Customer base and retention</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="174" />
      <source>正在统计：{title}…</source>
      <translation>Calculating: {title}…</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="192" />
      <source>回访情况</source>
      <translation>follow-up calls</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="193" />
      <source>客户投诉</source>
      <translation>complaints</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="197" />
      <source>招揽分析</source>
      <translation>reminder results</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="199" />
      <source>满意度调查</source>
      <translation>Satisfaction surveys</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="216" />
      <source>销售满意度 SSI</source>
      <translation>Sales satisfaction SSI</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="217" />
      <source>售后满意度 CSI</source>
      <translation>Service satisfaction CSI</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="235" />
      <source>客户意见</source>
      <translation>customer comments</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="236" />
      <source>客休区</source>
      <translation>lounge</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="237" />
      <source>十二个月趋势</source>
      <translation>twelve-month trend</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="238" />
      <source>流失客户</source>
      <translation>lost customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="239" />
      <source>保有客户</source>
      <translation>Customer base</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="240" />
      <source>车辆资料</source>
      <translation>vehicle data</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="242" />
      <source>车友会活动</source>
      <translation>Club events</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="243" />
      <source>群发短信</source>
      <translation>Text campaigns</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="244" />
      <source>销售线索</source>
      <translation>Sales leads</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="255" />
      <source>基盘客户数</source>
      <translation>Active customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="256" />
      <source>首保进场率</source>
      <translation>First-service return rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="258" />
      <source>返修率</source>
      <translation>Repeat-repair rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="265" />
      <source>回访率</source>
      <translation>Call rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="266" />
      <source>质保期内客户回访率</source>
      <translation>Call rate under warranty</translation>
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="267" />
      <source>服务满意率</source>
      <translation>Service satisfaction rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="68" />
      <source>{name} 太大，不像放假通知文件（最多 1 MB）。</source>
      <translation>{name} is too large to be a holiday notice (1 MB at most).</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="79" />
      <source>{name} 不是文本文件，不像放假通知。</source>
      <translation>{name} is not a text file, so not a holiday notice.</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="82" />
      <source>{name} 中没有放假或调休上班的日期。</source>
      <translation>{name} has no days off or make-up working days.</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="86" />
      <source>{name} 是 {year} 年的通知，但其中有 {day} 这样相隔太远的日期。</source>
      <translation>{name} is the notice for {year}, but it has dates as far off as {day}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="95" />
      <source>{name} 不是有效的 JSON 文件。</source>
      <translation>{name} is not a valid JSON file.</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="98" />
      <source>{name} 不是节假日文件（应有 "days" 列表，每项有 date 和 isOffDay）。</source>
      <translation>{name} is not a holiday file (it needs a "days" list, each with date and isOffDay).</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="101" />
      <source>{name} 的年份“{year}”无效。</source>
      <translation>The year "{year}" in {name} is not valid.</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="107" />
      <source>{name} 第 {index} 项不是“日期 + 是否放假”（{entry}）。</source>
      <translation>Item {index} of {name} is not "date + day off or not" ({entry}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="125" />
      <source>{name} 第 {number} 行应为“日期 休”或“日期 班”（例如 2027-02-05 休），不是“{line}”。</source>
      <translation>Line {number} of {name} should be "date off" or "date work" (e.g. 2027-02-05 off), not "{line}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="155" />
      <source>没有载入过 {year} 年的放假通知。</source>
      <translation>No holiday notice for {year} has been loaded.</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="171" />
      <source>已载入的国务院放假通知（{name}）</source>
      <translation>Official notice, loaded ({name})</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="172" />
      <source>程序自带的国务院放假通知</source>
      <translation>Official notice, built in</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="173" />
      <source>未载入通知：按周一至周五和法定节假日估算</source>
      <translation>No notice: estimated from Mon–Fri and statutory holidays</translation>
    </message>
    <message>
      <location filename="../../carecenter/official_calendar.py" line="180" />
      <source>年份“{year}”无效。</source>
      <translation>The year "{year}" is not valid.</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="16" />
      <source>周报</source>
      <translation>Weekly report</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="16" />
      <source>季度工作小结</source>
      <translation>Quarterly summary</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="17" />
      <source>年度工作总结</source>
      <translation>Yearly summary</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="43" />
      <source>{year}年第{week}周 周报</source>
      <translation>Week {week} of {year}: weekly report</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="45" />
      <source>{v1}年{v2}月 月度工作小结</source>
      <translation>Monthly summary {v1}-{v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="47" />
      <source>{year}年第{quarter}季度 季度工作小结</source>
      <translation>Q{quarter} {year}: quarterly summary</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="48" />
      <source>{year}年 年度工作总结</source>
      <translation>{year}: yearly summary</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="64" />
      <source>报表期间应为 weekly、monthly、quarterly 或 yearly，不是“{kind}”。</source>
      <translation>The report period is weekly, monthly, quarterly or yearly, not "{kind}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="99" />
      <source>周应写成 YYYY-Www（例如 2026-W48）或该周的某一天 YYYY-MM-DD，不是“{text}”。</source>
      <translation>Write a week as YYYY-Www (for example 2026-W48) or a day of it as YYYY-MM-DD, not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="100" />
      <source>月份应写成 YYYY-MM（例如 2026-10），不是“{text}”。</source>
      <translation>The month should be written YYYY-MM (for example 2026-10), not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="101" />
      <source>季度应写成 YYYY-Qn（例如 2026-Q4），不是“{text}”。</source>
      <translation>Write a quarter as YYYY-Qn (for example 2026-Q4), not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/periods.py" line="102" />
      <source>年份应写成 YYYY（例如 2026），不是“{text}”。</source>
      <translation>Write a year as YYYY (for example 2026), not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="13" />
      <source>查看客户资料</source>
      <translation>View customer records</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="14" />
      <source>新增记录</source>
      <translation>Create records</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="15" />
      <source>修改记录</source>
      <translation>Edit records</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="16" />
      <source>删除客户</source>
      <translation>Delete customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="17" />
      <source>导入资料</source>
      <translation>Import data</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="18" />
      <source>打印表单</source>
      <translation>Print forms</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="19" />
      <source>导出数据（电话等已遮挡）</source>
      <translation>Export data (phones etc. masked)</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="20" />
      <source>导出未遮挡的个人信息</source>
      <translation>Export unmasked personal data</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="21" />
      <source>在“客户关爱专员签名”栏签名</source>
      <translation>Sign in the care specialist's box</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="22" />
      <source>在“责任部门经理签名”栏签名</source>
      <translation>Sign in the responsible department manager's box</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="23" />
      <source>在已满的预约时段加约</source>
      <translation>Book onto a full appointment slot</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="24" />
      <source>在“客户关爱总监签名”栏签名</source>
      <translation>Sign in the care director's box</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="26" />
      <source>备份数据库</source>
      <translation>Back up the database</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="27" />
      <source>恢复备份</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="28" />
      <source>修改设置</source>
      <translation>Change settings</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="29" />
      <source>查看审计日志</source>
      <translation>View the audit log</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="31" />
      <source>查看统计报表和月度小结</source>
      <translation>View statistics and monthly summaries</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="32" />
      <source>调整会员积分</source>
      <translation>correct club points</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="33" />
      <source>将投诉升级为C类、标记特殊投诉</source>
      <translation>Upgrade complaints to C, mark special cases</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="71" />
      <source>数据库以只读方式打开，不能{v1}。</source>
      <translation>The database is open read-only: cannot {v1}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="74" />
      <source>{v1}“{name}”没有权限{v3}。</source>
      <translation>{v1} "{name}" is not allowed to {v3}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="21" />
      <source>咨询</source>
      <translation>Enquiry</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="37" />
      <source>请填写来电号码。</source>
      <translation>Give the caller's number.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="79" />
      <source>来电类型应为 {types} 之一，不是“{value}”。</source>
      <translation>The call type is one of {types}, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="89" />
      <source>留言请写明给谁（回电人）。</source>
      <translation>Say whom the message is for.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="91" />
      <source>“{name}”不是本店的用户；留言请给本店的同事。</source>
      <translation>"{name}" is not a user here; leave messages for colleagues.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="94" />
      <source>请写明留言的内容（来电事由）。</source>
      <translation>Write what the message is about.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="99" />
      <source>回电日期不能早于今天。</source>
      <translation>The call-back date cannot be before today.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="104" />
      <source>需求应为 {needs} 之一，不是“{value}”。</source>
      <translation>The need is one of {needs}, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="110" />
      <source>下次联系日期应在今天以后，不是 {day}。</source>
      <translation>The next contact date must be after today, not {day}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="123" />
      <source>档案里没有号码 {phone}：请填写来电人的姓名，登记为潜在客户。</source>
      <translation>No customer has the number {phone}: give the caller's name to register a prospect.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="213" />
      <source>请写明转交给哪位销售顾问。</source>
      <translation>Name the sales consultant it goes to.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="224" />
      <source>跟进结果应为 {outcomes} 之一，不是“{value}”。</source>
      <translation>The outcome is one of {outcomes}, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="236" />
      <source>找不到销售线索（编号 {lead_id}）。</source>
      <translation>There is no sales lead {lead_id}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="247" />
      <source>找不到需研究的问题（通话 {call_id}）。</source>
      <translation>There is no open question on call {call_id}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="249" />
      <source>答复日期不能早于来电日期 {day}。</source>
      <translation>The answer date cannot be before the call ({day}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="269" />
      <source>待回访 {count} 项</source>
      <translation>{count} calls owed</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="270" />
      <source>未结投诉：{numbers}</source>
      <translation>Open complaints: {numbers}</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="271" />
      <source>无未结投诉</source>
      <translation>No open complaint</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="272" />
      <source>无预约</source>
      <translation>No appointment</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="272" />
      <source>预约：{when}</source>
      <translation>Appointment: {when}</translation>
    </message>
    <message>
      <location filename="../../carecenter/phone.py" line="274" />
      <source>潜在客户</source>
      <translation>Prospect</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="32" />
      <source>{value:,} 公里</source>
      <translation>{value:,} km</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="47" />
      <source>由 {referred_by_name} 介绍</source>
      <translation>Referred by {referred_by_name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="50" />
      <source>介绍了 {v1} 位：{v2}{v3}</source>
      <translation>Referred {v1}: {v2}{v3}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="55" />
      <source>{v1} 个月 / {v2:,} 公里</source>
      <translation>{v1} months / {v2:,} km</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="80" />
      <source> 或 {next_maintenance_km:,} 公里</source>
      <translation> or {next_maintenance_km:,} km</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="145" />
      <source>（潜在客户）</source>
      <translation> (prospect)</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="157" />
      <source>{start:%Y-%m-%d} 至 {end:%Y-%m-%d}</source>
      <translation>{start:%Y-%m-%d} to {end:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="168" />
      <source>日期应写成 YYYY-MM-DD 或月份 YYYY-MM，不是“{text}”。</source>
      <translation>The date should be written YYYY-MM-DD or a month YYYY-MM, not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="176" />
      <source>找不到通话记录 {call_id}。</source>
      <translation>Call record {call_id} not found.</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="185" />
      <source>（结果：{outcome}）</source>
      <translation> (result: {outcome})</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="188" />
      <source>产品：{text}</source>
      <translation>Product: {text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="189" />
      <source>服务：{text}</source>
      <translation>Service: {text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="190" />
      <source>其他：{text}</source>
      <translation>Other: {text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="242" />
      <source>新车交车24小时内回访</source>
      <translation>Call within 24 hours of delivery</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="242" />
      <source>新车交车3日内回访</source>
      <translation>Call within 3 days of delivery</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="243" />
      <source>新车交车3个月内回访</source>
      <translation>Call within 3 months of delivery</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="257" />
      <source>未完成</source>
      <translation>Not done</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="302" />
      <source>{accepted:%Y}年{accepted:%m}月{accepted:%d}日</source>
      <translation>{accepted:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="303" />
      <source>（草稿）</source>
      <translation>(draft)</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="321" />
      <source>{signer}　{signed_at:%Y-%m-%d %H:%M}</source>
      <translation>{signer}　{signed_at:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="349" />
      <source>投诉 {number} 没有升级，也没有升级预警：没有可打印的升级预警单（F7）。</source>
      <translation>Complaint {number} is neither escalated nor warned about: there is no escalation form (F7) to print.</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="357" />
      <source>{mileage:,} 公里</source>
      <translation>{mileage:,} km</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="394" />
      <source>（{round_name}）</source>
      <translation> ({round_name})</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="400" />
      <source>{round_name}合计 {total} / {maximum}</source>
      <translation>{round_name} total {total} / {maximum}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="408" />
      <source>检查日期：{day:%Y-%m-%d}</source>
      <translation>Check date: {day:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="411" />
      <source>评分：0–5 分</source>
      <translation>Scores: 0–5</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="427" />
      <source>找不到抽查记录 {check_id}。</source>
      <translation>Spot check {check_id} not found.</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="428" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="428" />
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="428" />
      <source>不适用</source>
      <translation>N/A</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="430" />
      <source>是否关爱人员</source>
      <translation>Care staff</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="431" />
      <source>（{v1}）</source>
      <translation> ({v1})</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="433" />
      <source>被检查人：{specialist}　检查人：{checker}　检查时间：{checked_at:%Y-%m-%d %H:%M}</source>
      <translation>Checked: {specialist}　Checked by: {checker}　At: {checked_at:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="451" />
      <source>年份应写成 YYYY（或月份 YYYY-MM），不是“{year_text}”。</source>
      <translation>The year should be written YYYY (or a month YYYY-MM), not "{year_text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="476" />
      <source>正在生成 PDF…</source>
      <translation>Making the PDF…</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="511" />
      <source>预约登记表按天打印：请写日期 YYYY-MM-DD，不是“{text}”。</source>
      <translation>The appointments sheet is printed for a day: write a date YYYY-MM-DD, not “{text}”.</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="530" />
      <source>销售顾问</source>
      <translation>Sales consultant</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="550" />
      <source>服务顾问/销售顾问</source>
      <translation>Service advisor / sales consultant</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="559" />
      <source>满意度回访记录表：请写通话编号，或月份 YYYY-MM，不是“{text}”。</source>
      <translation>Satisfaction survey record: give a call number or a month YYYY-MM, not "{text}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="584" />
      <source>本月回访问卷 {responses} 份；SSI {ssi}；CSI {csi}；满意率 {rate}</source>
      <translation>Surveys this month: {responses}; SSI {ssi}; CSI {csi}; satisfaction rate {rate}</translation>
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>拟流失（3个月）</source>
      <translation>Likely lost (3 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>准流失（6个月）</source>
      <translation>Almost lost (6 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>9个月</source>
      <translation>9 months</translation>
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>流失（12个月）</source>
      <translation>Lost (12 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="13" />
      <source>维修预约单</source>
      <translation>Appointment slip</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="14" />
      <source>预约登记表</source>
      <translation>Appointments of the day</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="16" />
      <source>请记住预约时间。</source>
      <translation>Please remember your appointment time.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="17" />
      <source>如未能按预约时间到达，可能无法为您保留工位。</source>
      <translation>If you cannot arrive at the appointed time, we may not be able to keep your bay.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="43" />
      <source>预约单号</source>
      <translation>Slip no.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="46" />
      <source>预约日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="54" />
      <source>经销商地址</source>
      <translation>Dealership address</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>预约时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>客户姓名</source>
      <translation>Customer name</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>车牌号</source>
      <translation>Plate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="67" />
      <source>预约项目</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="68" />
      <source>客户描述</source>
      <translation>Customer's words</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="68" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="77" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/appointment_forms.py" line="82" />
      <source>合计：预约 {booked}，已确认 {confirmed}，已到店 {arrived}，爽约 {no_show}</source>
      <translation>Total: booked {booked}, confirmed {confirmed}, arrived {arrived}, no-shows {no_show}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="14" />
      <source>跟踪服务电话记录表</source>
      <translation>Follow-up call record</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="17" />
      <source>成交客户回访情况记录表</source>
      <translation>New-car buyer follow-up record</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="18" />
      <source>回访 / 客户来电咨询 / 客户来电投诉 / 预约 / 提醒</source>
      <translation>Follow-up / enquiry call / complaint call / appointment / reminder</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="19" />
      <source>通知 / 邀请函 / 答复函 / 感谢信 / 生日贺卡</source>
      <translation>Notice / invitation / reply letter / thank-you letter / birthday card</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="47" />
      <source>{call_type}（{CALL_TYPES_LINE}）</source>
      <translation>{call_type} ({CALL_TYPES_LINE})</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="52" />
      <source>日期/时间 (When)</source>
      <translation>Date/time (When)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="53" />
      <source>客户/联系人 (Who)</source>
      <translation>Customer/contact (Who)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="54" />
      <source>地点 (Where)</source>
      <translation>Place (Where)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="56" />
      <source>事由 (What)</source>
      <translation>Matter (What)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="57" />
      <source>原因 (Why)</source>
      <translation>Reason (Why)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="58" />
      <source>处理方式 (How)</source>
      <translation>Handling (How)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="60" />
      <source>客户要求、希望或投诉</source>
      <translation>Customer's requests, wishes or complaints</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="61" />
      <source>当场答复内容</source>
      <translation>Answer given on the call</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="62" />
      <source>需研究的问题</source>
      <translation>Questions to look into</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="63" />
      <source>上报主管日期</source>
      <translation>Reported to supervisor on</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="63" />
      <source>答复客户日期</source>
      <translation>Customer answered on</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="71" />
      <source>客户名称</source>
      <translation>Customer name</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="73" />
      <source>车号</source>
      <translation>Plate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="74" />
      <source>通话类型</source>
      <translation>Call type</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="75" />
      <source>内容摘要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="76" />
      <source>结果</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="78" />
      <source>下次联系日期</source>
      <translation>Next contact date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="92" />
      <source>期间：{period}　共 {v2} 次通话</source>
      <translation>Period: {period}　{v2} calls in all</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="97" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="97" />
      <source>信函类型</source>
      <translation>Letter type</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="97" />
      <source>寄出日期</source>
      <translation>Posted on</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="106" />
      <source>期间：{period}　信函类型：{LETTER_TYPES_LINE}</source>
      <translation>Period: {period}　Letter types: {LETTER_TYPES_LINE}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="147" />
      <source>底盘号</source>
      <translation>VIN</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="147" />
      <source>交车日期</source>
      <translation>Delivery date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="152" />
      <source>回访日期</source>
      <translation>Call date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="152" />
      <source>回访人</source>
      <translation>Called by</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="153" />
      <source>回访反馈·产品</source>
      <translation>Feedback · product</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="154" />
      <source>回访反馈·服务</source>
      <translation>Feedback · service</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="155" />
      <source>回访反馈·其他</source>
      <translation>Feedback · other</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="157" />
      <source>预计首保</source>
      <translation>Expected first service</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="158" />
      <source>预计首保日期</source>
      <translation>Expected first service date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="182" />
      <source>实线●</source>
      <translation>solid ●</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="182" />
      <source>虚线■</source>
      <translation>dashed ■</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="182" />
      <source>点线▲</source>
      <translation>dotted ▲</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="182" />
      <source>点划线◆</source>
      <translation>dash-dot ◆</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="183" />
      <source>{name}（{v2}）</source>
      <translation>{name} ({v2})</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="13" />
      <source>客户抱怨/投诉处理表</source>
      <translation>Customer grievance/complaint handling form</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="14" />
      <source>客户投诉升级预警单</source>
      <translation>Complaint escalation warning</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="34" />
      <source>受理日期</source>
      <translation>Accepted on</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="34" />
      <source>____年__月__日</source>
      <translation>____-__-__</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="35" />
      <source>响应时限</source>
      <translation>Respond by</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="35" />
      <source>封闭时限</source>
      <translation>Close by</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="37" />
      <source>联系人</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="38" />
      <source>邮编</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="39" />
      <source>传真</source>
      <translation>Fax</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="40" />
      <source>购车时间</source>
      <translation>Purchase date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="40" />
      <source>抱怨/投诉时间</source>
      <translation>Complaint time</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="41" />
      <source>抱怨/投诉次数</source>
      <translation>Number of complaints</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="42" />
      <source>发动机号</source>
      <translation>Engine no.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="43" />
      <source>接待的销售顾问</source>
      <translation>Sales consultant in charge</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="43" />
      <source>接待的客户关爱专员</source>
      <translation>Care specialist in charge</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="75" />
      <source>工单信息和客户信息</source>
      <translation>Ticket and customer information</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="76" />
      <source>工单号</source>
      <translation>Ticket no.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="77" />
      <source>联系电话</source>
      <translation>Contact phone</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="77" />
      <source>车牌号码</source>
      <translation>Plate number</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="78" />
      <source>行驶里程数</source>
      <translation>Mileage</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="79" />
      <source>涉及SST</source>
      <translation>SST involved</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="79" />
      <source>初次投诉日期</source>
      <translation>First complaint date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="80" />
      <source>购车日期</source>
      <translation>Purchase date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="80" />
      <source>原处理部门/升级处理部门</source>
      <translation>Original / escalation department</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="82" />
      <source>客户再次投诉内容</source>
      <translation>Customer's repeated complaint</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="83" />
      <source>升级预警原因描述</source>
      <translation>Reason for the escalation warning</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="84" />
      <source>CSR工号</source>
      <translation>CSR staff no.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="84" />
      <source>组长/主管签字</source>
      <translation>Team leader/supervisor signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="85" />
      <source>职能部门处理结果</source>
      <translation>Result from the responsible department</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="86" />
      <source>处理人</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="14" />
      <source>客户档案基本资料表</source>
      <translation>Customer record sheet</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>维修类型</source>
      <translation>Visit type</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>维修养护项目</source>
      <translation>Repair and maintenance items</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>行驶里程</source>
      <translation>Mileage</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="58" />
      <source>车辆 {index}</source>
      <translation>Vehicle {index}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="60" />
      <source>车种</source>
      <translation>Vehicle type</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="61" />
      <source>发动机编号</source>
      <translation>Engine number</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="63" />
      <source>保养周期</source>
      <translation>Maintenance interval</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="63" />
      <source>下一次保养期</source>
      <translation>Next maintenance due</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="65" />
      <source>在本公司维修、保养记录</source>
      <translation>Repairs and maintenance at this dealership</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="77" />
      <source>客户有关情况</source>
      <translation>About the customer</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="80" />
      <source>送修或来访日期</source>
      <translation>Repair or visit date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="81" />
      <source>职业</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="81" />
      <source>兴趣爱好</source>
      <translation>Hobbies</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="82" />
      <source>家庭情况</source>
      <translation>Family</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="82" />
      <source>偏好联系方式</source>
      <translation>Preferred contact</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="83" />
      <source>方便联系时间</source>
      <translation>Best time to call</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="83" />
      <source>会员级别</source>
      <translation>Club level</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="85" />
      <source>客户希望得到的服务</source>
      <translation>Services the customer would like</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="11" />
      <source>活动总结表</source>
      <translation>Event report</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="33" />
      <source>活动名称</source>
      <translation>Event name</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="34" />
      <source>活动地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="35" />
      <source>邀约人数</source>
      <translation>Invited</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="36" />
      <source>实到人数</source>
      <translation>Came</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="36" />
      <source>新入会人数</source>
      <translation>Joined the club</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="37" />
      <source>发放积分</source>
      <translation>Points given</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="37" />
      <source>负责人</source>
      <translation>In charge</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="38" />
      <source>参与会员名单</source>
      <translation>Who came</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/event_form.py" line="39" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/form.py" line="188" />
      <source>第 {v1} 页 / 共 {total} 页</source>
      <translation>Page {v1} of {total}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/form.py" line="207" />
      <source>表单编号：{form_number}    打印日期：{printed_on:%Y-%m-%d}</source>
      <translation>Form no.: {form_number}    Printed on: {printed_on:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="12" />
      <source>销售线索登记表</source>
      <translation>Sales lead register</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="13" />
      <source>登记日期</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="13" />
      <source>需求（新购/置换/推荐）</source>
      <translation>Need (new / trade-in / referral)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="14" />
      <source>登记人</source>
      <translation>Registered by</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="14" />
      <source>转交销售顾问</source>
      <translation>Sales consultant</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="14" />
      <source>跟进结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="31" />
      <source>登记期间</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="31" />
      <source>线索数</source>
      <translation>Leads</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/leads_form.py" line="36" />
      <source>销售部接收人签名</source>
      <translation>Received by (sales), signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="13" />
      <source>关键岗位流程执行情况检查表 — 预约流程</source>
      <translation>Key process spot check — appointments</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>检查项目</source>
      <translation>Check item</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>备注</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>检查人</source>
      <translation>Checked by</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>评分</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="23" />
      <source>备注：</source>
      <translation>Remarks:</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="33" />
      <source>岗位</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="33" />
      <source>执行情况</source>
      <translation>Done as required</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="14" />
      <source>会员入(转)会申请表</source>
      <translation>Club membership (transfer) application</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="15" />
      <source>本人自愿申请加入车友会，所填资料真实有效。经销商承诺：客户信息严格保密，仅用于会员服务与联络，不向任何第三方提供。</source>
      <translation>I apply of my own will to join the owners' club; the information given is true. The dealership undertakes to keep customer information strictly confidential, to use it only for club services and contact, and never to pass it to any third party.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="36" />
      <source>申请类型</source>
      <translation>Application</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="36" />
      <source>□ 入会　　□ 转会</source>
      <translation>□ Join　　□ Transfer</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="37" />
      <source>联系方式</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="39" />
      <source>家庭</source>
      <translation>Family</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="43" />
      <source>会员资料</source>
      <translation>Membership</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="44" />
      <source>入会日期</source>
      <translation>Joined on</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="49" />
      <source>客户签名</source>
      <translation>Customer's signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="49" />
      <source>审核</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="23" />
      <source>▼ 未达标</source>
      <translation>▼ Below target</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="37" />
      <source>—（无数据）</source>
      <translation>— (no data)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="37" />
      <source>✓ 达标</source>
      <translation>✓ On target</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>指标</source>
      <translation>Figure</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>目标</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>依据（件）</source>
      <translation>Based on (cases)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>本月实际</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="42" />
      <source>本期实际</source>
      <translation>Actual (period)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="60" />
      <source>统计期间：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}　制表日期：{made_on:%Y-%m-%d}</source>
      <translation>Period: {first:%Y-%m-%d} to {last:%Y-%m-%d}　Made on: {made_on:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="66" />
      <source>本月关键指标与目标</source>
      <translation>This month's key figures and targets</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="66" />
      <source>本期关键指标与目标</source>
      <translation>Key figures of the period and targets</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="75" />
      <source>应回访 / 已回访</source>
      <translation>Due / called</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="76" />
      <source>投诉受理</source>
      <translation>Complaints accepted</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="76" />
      <source>{count} 件</source>
      <translation>{count}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="77" />
      <source>及时响应率</source>
      <translation>On-time response rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="78" />
      <source>及时封闭率</source>
      <translation>On-time closure rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="79" />
      <source>一次解决率</source>
      <translation>First-time resolution rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="80" />
      <source>逾期未结投诉</source>
      <translation>Open complaints past deadline</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="80" />
      <source>{v1} 件</source>
      <translation>{v1}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="81" />
      <source>提醒后30天内回厂</source>
      <translation>Back within 30 days of a reminder</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="82" />
      <source>流失客户（逾期12个月）</source>
      <translation>Lost customers (12 months overdue)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="82" />
      <source>{v1} 台</source>
      <translation>{v1} vehicles</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="83" />
      <source>满意度问卷</source>
      <translation>Satisfaction questionnaires</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="83" />
      <source>{count} 份</source>
      <translation>{count}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="84" />
      <source>问卷满意率</source>
      <translation>Survey satisfaction rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="87" />
      <source>目录</source>
      <translation>Contents</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="117" />
      <source>顾客统计表（F9）　年份：{year}　月份：{v2}月（本月与本年累计：1–{v3}月）</source>
      <translation>Customer statistics (F9)　Year: {year}　Month: {v2} (month and year to date: months 1–{v3})</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="124" />
      <source>档案中还没有车辆。</source>
      <translation>There are no vehicles in the archive yet.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="125" />
      <source>项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="125" />
      <source>本年累计</source>
      <translation>Year to date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="125" />
      <source>{v1}月</source>
      <translation>Month {v1}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="129" />
      <source>{v1}月各车型：展厅销售数 / 首次进厂 / 流失顾客</source>
      <translation>Month {v1} by model: showroom sales / first visits / lost customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="142" />
      <source>顾客统计表（F9）　年份：{year}　期间：{first}–{last}月（本期与本年累计：1–{last}月）</source>
      <translation>Customer statistics (F9)　Year: {year}　Period: months {first}–{last} (the period and the year to date: months 1–{last})</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="146" />
      <source>{first}–{last}月</source>
      <translation>Months {first}–{last}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="153" />
      <source>应回访</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="153" />
      <source>已回访</source>
      <translation>Called</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="153" />
      <source>按时</source>
      <translation>On time</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="154" />
      <source>满意率</source>
      <translation>Satisfaction rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="164" />
      <source>本月没有到期的回访任务。</source>
      <translation>No calls fell due this month.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="164" />
      <source>本期没有到期的回访任务。</source>
      <translation>No call tasks fell due in this period.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="166" />
      <source>其中质保期内</source>
      <translation>Of which under warranty</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="170" />
      <source>已过期 {missed} 项：时间窗口结束仍未回访，计入应回访、不计已回访；其中 {unlisted} 项因电脑未开机、清单未生成而从未列入每日清单。按原因和专员见下表“已过期”列；回访清单的“已过期”筛选列出每一项。</source>
      <translation>{missed} calls missed: their window closed without a call; they count as due and not made. {unlisted} of them were never on a day's list because the PC was off and no list was made. See the Missed column below by reason and by specialist; the call list's Missed filter lists each one.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="178" />
      <source>回访原因</source>
      <translation>Call reason</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="192" />
      <source>各回访原因：应回访与已回访</source>
      <translation>Calls due and made by reason</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="198" />
      <source>近十二个月回访率与满意率（%）</source>
      <translation>Call rate and satisfaction rate over twelve months (%)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="206" />
      <source>件数</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="206" />
      <source>比率</source>
      <translation>Rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="208" />
      <source>及时响应（120分钟内）</source>
      <translation>Responded on time (within 120 minutes)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="209" />
      <source>及时封闭</source>
      <translation>Closed on time</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="210" />
      <source>一次解决</source>
      <translation>Resolved first time</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="211" />
      <source>升级/预警</source>
      <translation>Escalations/warnings</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="212" />
      <source>逾期未结（截至期末）</source>
      <translation>Open past deadline (at period end)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="213" />
      <source>质量投诉（维修质量、产品瑕疵）</source>
      <translation>Quality complaints (repair quality, product defects)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="214" />
      <source>　其中 3 个工作日内封闭</source>
      <translation>  closed within 3 working days</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="216" />
      <source>　其中尚未封闭</source>
      <translation>  not closed yet</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="220" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="228" />
      <source>各类别投诉件数</source>
      <translation>Complaints by category</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="230" />
      <source>本月没有受理投诉。</source>
      <translation>No complaints were accepted this month.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="230" />
      <source>本期没有受理投诉。</source>
      <translation>No complaints were accepted in this period.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="232" />
      <source>投诉件数</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="233" />
      <source>近十二个月投诉件数</source>
      <translation>Complaints over twelve months</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="236" />
      <source>受理时间</source>
      <translation>Accepted at</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="236" />
      <source>封闭期限</source>
      <translation>Closure deadline</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="240" />
      <source>升级与预警</source>
      <translation>Escalations and warnings</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="241" />
      <source>关联原投诉</source>
      <translation>Original complaint</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="245" />
      <source>根本原因与改进措施</source>
      <translation>Root causes and improvements</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="246" />
      <source>根本原因</source>
      <translation>Root cause</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="246" />
      <source>改进措施</source>
      <translation>Improvement</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="259" />
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>提醒类别</source>
      <translation>Reminder type</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>已提醒客户</source>
      <translation>Customers reminded</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>30天内回厂</source>
      <translation>Back within 30 days</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>观察期未满</source>
      <translation>Observation period not over</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="260" />
      <source>回厂率</source>
      <translation>Return rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="269" />
      <source>已提醒</source>
      <translation>Reminded</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="274" />
      <source>提醒与回厂</source>
      <translation>Reminders and returns</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="283" />
      <source>流失客户漏斗（截至 {as_of:%Y-%m-%d}，共 {vehicles} 台有保养期的车辆）</source>
      <translation>Lost customer funnel (as of {as_of:%Y-%m-%d}; {vehicles} vehicles with a maintenance date)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="288" />
      <source>逾期未回厂</source>
      <translation>Overdue, not back</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="288" />
      <source>车辆数</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="288" />
      <source>本月回厂（招回）</source>
      <translation>Back this month (won back)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="288" />
      <source>本期回厂（招回）</source>
      <translation>Came back this period (won back)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="291" />
      <source>≥ {months} 个月：{name}</source>
      <translation>≥ {months} months: {name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="305" />
      <source>本月招回</source>
      <translation>Won back this month</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="305" />
      <source>本期招回</source>
      <translation>Won back this period</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="309" />
      <source>流失漏斗：3 / 6 / 9 / 12 个月</source>
      <translation>Lost funnel: 3 / 6 / 9 / 12 months</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="321" />
      <source>预约：提醒 → 预约 → 到店</source>
      <translation>Appointments: reminder → booking → arrival</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="322" />
      <source>到店率</source>
      <translation>Show rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="326" />
      <source>预约来源</source>
      <translation>Booked through</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="326" />
      <source>预约数</source>
      <translation>Appointments</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="335" />
      <source>预约率</source>
      <translation>Booking rate</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="340" />
      <source>提醒 → 预约 → 到店</source>
      <translation>Reminder → booking → arrival</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="342" />
      <source>本月没有由提醒电话产生的预约。</source>
      <translation>No reminder call led to a booking this month.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="342" />
      <source>本期没有由提醒电话产生的预约。</source>
      <translation>No appointments came from reminder calls in this period.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="348" />
      <source>产品</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="348" />
      <source>服务</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="348" />
      <source>要求/希望</source>
      <translation>Requests/wishes</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="352" />
      <source>客户意见分类</source>
      <translation>Comments by kind</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="352" />
      <source>条数</source>
      <translation>Entries</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="355" />
      <source>客户的期望与意见</source>
      <translation>Customers' expectations and comments</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="355" />
      <source>次数</source>
      <translation>Times</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="355" />
      <source>客户数</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="363" />
      <source>另有 {v1} 种意见（共 {rest} 条）见月度 Excel 工作簿的“客户意见”表。</source>
      <translation>{v1} more kinds of comment ({rest} entries) are in the customer comments sheet of the monthly Excel workbook.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="376" />
      <source>本月检查 {rounds} 次（满分 5 分）</source>
      <translation>{rounds} checks this month (top score 5)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="376" />
      <source>本期检查 {rounds} 次（满分 5 分）</source>
      <translation>{rounds} checks this period (out of 5)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="380" />
      <source>平均分</source>
      <translation>Average score</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="383" />
      <source>各项目平均分</source>
      <translation>Average score by item</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="386" />
      <source>本月没有客休区检查记录。</source>
      <translation>No lounge checks this month.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="386" />
      <source>本期没有客休区检查记录。</source>
      <translation>No lounge checks were recorded in this period.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="389" />
      <source>近十二个月客休区平均分</source>
      <translation>Lounge average score over twelve months</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="390" />
      <source>报修情况</source>
      <translation>Repairs</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="391" />
      <source>问题</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="411" />
      <source>本月没有满意度问卷回答。</source>
      <translation>No survey answers this month.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="411" />
      <source>本期没有满意度问卷回答。</source>
      <translation>No survey answers in this period.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="414" />
      <source>本月问卷 {responses} 份，满意率（总体满意 4–5 分）{rate}。因素得分 = 该项平均分 × 20；指数 = 各因素得分的平均。</source>
      <translation>{responses} surveys this month; satisfaction rate (overall answer 4–5) {rate}. A factor's score = its mean answer × 20; the index = the mean of the factor scores.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="416" />
      <source>本期问卷 {responses} 份，满意率（总体满意 4–5 分）{rate}。因素得分 = 该项平均分 × 20；指数 = 各因素得分的平均。</source>
      <translation>{responses} surveys this period; satisfaction rate (overall answer 4–5) {rate}. A factor's score = its mean answer × 20; the index = the mean of the factor scores.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="424" />
      <source>指数</source>
      <translation>Index</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="427" />
      <source>问卷</source>
      <translation>Questionnaire</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="427" />
      <source>因素</source>
      <translation>Factor</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="427" />
      <source>得分</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="427" />
      <source>份数</source>
      <translation>Surveys</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="435" />
      <source>{title}各因素得分</source>
      <translation>{title}: score per factor</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="438" />
      <source>回访专员</source>
      <translation>Specialist</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="451" />
      <source>近十二个月 SSI、CSI 与满意率</source>
      <translation>SSI, CSI and satisfaction rate over twelve months</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="453" />
      <source>低分回答与处理</source>
      <translation>Low answers and what was done</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="454" />
      <source>回答</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="454" />
      <source>处理结果</source>
      <translation>Action taken</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="459" />
      <source>另有 {more} 条，见总部报表“满意度低分”工作表。</source>
      <translation>{more} more in the head-office workbook's sheet of low answers.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="487" />
      <source>基盘客户：截至 {as_of:%Y-%m-%d} 近12个月内到店的客户（车辆 {vehicles} 台）。</source>
      <translation>Active customers: customers with a workshop visit in the 12 months to {as_of:%Y-%m-%d} ({vehicles} vehicles).</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="490" />
      <source>基盘客户</source>
      <translation>Active customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="490" />
      <source>新增客户</source>
      <translation>New customer</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="496" />
      <source>数量</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="497" />
      <source>应首保车辆</source>
      <translation>First services due</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="497" />
      <source>首保到期日在本期内</source>
      <translation>First service due in this period</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="498" />
      <source>按时首保</source>
      <translation>First services on time</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="498" />
      <source>到期后 30 天内完成</source>
      <translation>Done within 30 days of the due date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="499" />
      <source>尚未首保，30 天未满</source>
      <translation>Not done yet, 30 days not over</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="500" />
      <source>维修</source>
      <translation>Repairs</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="500" />
      <source>一般维修、事故车、索赔</source>
      <translation>General repairs, accident repairs, warranty claims</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="501" />
      <source>30天内返修</source>
      <translation>Repeat repairs within 30 days</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="501" />
      <source>同一车辆 30 天内再次维修</source>
      <translation>The same vehicle repaired again within 30 days</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="506" />
      <source>保有车辆结构（按车型）</source>
      <translation>Active vehicles by model</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="507" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="512" />
      <source>保有客户结构</source>
      <translation>Active customers by group</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="513" />
      <source>分组</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="515" />
      <source>流失原因（来自回访结果）</source>
      <translation>Why customers left (from call outcomes)</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="518" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="522" />
      <source>本期回访中没有客户说明流失原因。</source>
      <translation>No call in this period gave a reason for leaving.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="523" />
      <source>{month} 到期保养客户：{count} 台</source>
      <translation>Maintenance due in {month}: {count} vehicles</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="528" />
      <source>应保养日</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="528" />
      <source>最近到店</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="533" />
      <source>此处列出前 {shown} 台，完整名单见总部工作簿“到期保养”表。</source>
      <translation>The first {shown} vehicles are listed here; the full list is in the head-office workbook.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="543" />
      <source>本期没有举办车友会活动。</source>
      <translation>No club event was held in this period.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>短信模板</source>
      <translation>SMS templates</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>受众条件</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>选中</source>
      <translation>Chosen</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>发送</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>拒收排除</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="547" />
      <source>无手机</source>
      <translation>No mobile</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="553" />
      <source>本期没有群发短信。</source>
      <translation>No text campaigns in this period.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="557" />
      <source>需求</source>
      <translation>Need</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="562" />
      <source>本期没有登记销售线索。</source>
      <translation>No sales leads registered in this period.</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/statistics_form.py" line="18" />
      <source>{month}月</source>
      <translation>Month {month}</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/statistics_form.py" line="25" />
      <source>年份：{year}　月份：1–12 月</source>
      <translation>Year: {year}　Months: 1–12</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="14" />
      <source>满意度回访记录表</source>
      <translation>Satisfaction survey record</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="60" />
      <source>月份</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="62" />
      <source>回访类型</source>
      <translation>Call type</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="63" />
      <source>客户意见与建议</source>
      <translation>Customer's comments and suggestions</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/survey_forms.py" line="73" />
      <source>回答：5 非常满意　4 满意　3 一般　2 不满意　1 非常不满意　— 不适用</source>
      <translation>Answers: 5 very satisfied  4 satisfied  3 neutral  2 dissatisfied  1 very dissatisfied  — not applicable</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/workbook.py" line="96" />
      <source>正在保存文件…</source>
      <translation>Saving the file…</translation>
    </message>
    <message>
      <location filename="../../carecenter/reports/workbook.py" line="157" />
      <source>正在写入“{title}”：{written} 行…</source>
      <translation>Writing "{title}": {written} rows…</translation>
    </message>
    <message>
      <location filename="../../carecenter/retention.py" line="31" />
      <source>未填写</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../carecenter/ring.py" line="46" />
      <source>请给出来电号码。</source>
      <translation>Give the calling number.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ring.py" line="67" />
      <source>本机没有正在运行的 CareCenter：请先打开程序并登录。</source>
      <translation>No CareCenter is running on this PC: open it and log in first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ring.py" line="69" />
      <source>CareCenter 没有接受来电通知（{answer}）。</source>
      <translation>CareCenter did not take the call notice ({answer}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/search_keys.py" line="55" />
      <source>搜索内容太长：最多 {words} 个词、{chars} 个字（姓名、电话、车牌或车架号即可）。</source>
      <translation>The search is too long: at most {words} words and {chars} characters (a name, phone, plate or VIN is enough).</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="28" />
      <source>规则</source>
      <translation>Rules</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="33" />
      <source>经销商</source>
      <translation>Dealership</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="33" />
      <source>营业时间</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="33" />
      <source>会员俱乐部</source>
      <translation>Club</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="37" />
      <source>本店</source>
      <translation>Our dealership</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="37" />
      <source>经销商名称</source>
      <translation>Dealership name</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="38" />
      <source>品牌</source>
      <translation>Brand</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="40" />
      <source>经销商电话</source>
      <translation>Dealership phone</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="41" />
      <source>服务热线（短信和信函中使用）</source>
      <translation>Service hotline (used in SMS and letters)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="43" />
      <source>每天开门时间</source>
      <translation>Opens at</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="44" />
      <source>每天关门时间</source>
      <translation>Closes at</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="45" />
      <source>本店工作日调整（日期 → 是否上班）</source>
      <translation>Working-day changes (date → open or closed)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="47" />
      <source>已载入的国务院放假通知</source>
      <translation>Loaded official holiday notices</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="49" />
      <source>建档期限（天）</source>
      <translation>Days to complete a new record</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="50" />
      <source>保养周期（月）</source>
      <translation>Maintenance interval (months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="51" />
      <source>保养周期（公里）</source>
      <translation>Maintenance interval (km)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="52" />
      <source>首保期限（月）</source>
      <translation>First service within (months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="53" />
      <source>首保里程（公里）</source>
      <translation>First service at (km)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="54" />
      <source>无记录时的日均行驶里程（公里）</source>
      <translation>Daily mileage when none is recorded (km)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="55" />
      <source>续保提醒：到期前天数</source>
      <translation>Insurance reminder: days before expiry</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="56" />
      <source>年检提醒：到期前天数</source>
      <translation>Inspection reminder: days before due date</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="57" />
      <source>未接通几次后记为失联</source>
      <translation>Unanswered attempts before "lost contact"</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="58" />
      <source>投诉封闭后几天内回访</source>
      <translation>Complaint follow-up within (days after closure)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="59" />
      <source>活动前几天开始电话邀约</source>
      <translation>Event invitations start (days before)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="61" />
      <source>预约：每个时段的工位数</source>
      <translation>Appointments: bays per slot</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="62" />
      <source>预约：每天最多预约台数</source>
      <translation>Appointments: most cars a day</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="64" />
      <source>满意度：任一项不高于此分即转投诉</source>
      <translation>Surveys: any answer at or below this opens a complaint</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="65" />
      <source>满意度：有此分的回答时提醒经理跟进</source>
      <translation>Surveys: an answer of this alerts the manager</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="69" />
      <source>车型与首保里程</source>
      <translation>Models</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="73" />
      <source>目标：回访率（%）</source>
      <translation>Target: call rate (%)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="74" />
      <source>目标：质保期内客户回访率（%）</source>
      <translation>Target: call rate under warranty (%)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="75" />
      <source>目标：服务满意率（%）</source>
      <translation>Target: service satisfaction (%)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="76" />
      <source>目标：售后满意度 CSI</source>
      <translation>Target: service satisfaction CSI</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="77" />
      <source>目标：销售满意度 SSI</source>
      <translation>Target: sales satisfaction SSI</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="78" />
      <source>目标：基盘客户数（近12个月到店）</source>
      <translation>Target: active customers (a visit in the last 12 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="79" />
      <source>目标：首保进场率（%）</source>
      <translation>Target: first-service return rate (%)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="80" />
      <source>目标：返修率不高于（%）</source>
      <translation>Target: repeat-repair rate at most (%)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="82" />
      <source>会员卡号格式（{year} 入会年份，{seq} 序号）</source>
      <translation>Member number format ({year} the year joined, {seq} the sequence number)</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="83" />
      <source>消费积分：每多少元积 1 分</source>
      <translation>Spend points: 1 point per this many yuan</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="84" />
      <source>推荐购车积分</source>
      <translation>Points for a referred buyer</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="85" />
      <source>银卡：近12个月积分达到</source>
      <translation>Silver: points earned in 12 months from</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="86" />
      <source>金卡：近12个月积分达到</source>
      <translation>Gold: points earned in 12 months from</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="134" />
      <source>{title}应为数字，不是“{value}”。</source>
      <translation>{title} should be a number, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="136" />
      <source>{title}应为整数，不是“{value}”。</source>
      <translation>{title} should be a whole number, not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="138" />
      <source>{title}应在 {minimum:g} 到 {maximum:g} 之间。</source>
      <translation>{title} should be between {minimum:g} and {maximum:g}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="143" />
      <source>{title}太长（最多 200 个字）。</source>
      <translation>{title} is too long (at most 200 characters).</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="148" />
      <source>{title}应写成 HH:MM（例如 08:30），不是“{value}”。</source>
      <translation>{title} should be written HH:MM (e.g. 08:30), not "{value}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="156" />
      <source>会员卡号格式只能用 {{year}}（入会年份）和 {{seq}}（序号，必须有），例如 HY{{year}}{{seq:05d}}，卡号最长 20 个字符；“{value}”不行。</source>
      <translation>A member number format may only use {{year}} (the year joined) and {{seq}} (the sequence number, required), for example HY{{year}}{{seq:05d}}, at most 20 characters; "{value}" will not do.</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="169" />
      <source>短信模板的名称应为 1 到 20 个字，不是“{name}”。</source>
      <translation>An SMS template's name is 1 to 20 characters, not "{name}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="171" />
      <source>短信模板“{name}”太长（最多 500 个字）。</source>
      <translation>The SMS template "{name}" is too long (500 characters at most).</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="174" />
      <source>短信模板“{name}”中有无法填写的占位符 {unknown}；可用的有：{known}。</source>
      <translation>The SMS template "{name}" has placeholders nothing fills: {unknown}; the placeholders are: {known}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="188" />
      <source>关门时间应晚于开门时间。</source>
      <translation>The closing time must be after the opening time.</translation>
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="22" />
      <source>展厅销售数</source>
      <translation>Showroom sales</translation>
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="22" />
      <source>首次进厂</source>
      <translation>First visits</translation>
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="22" />
      <source>流失顾客</source>
      <translation>Lost customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="26" />
      <source>（未分配）</source>
      <translation>(unassigned)</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="49" />
      <source>数据库 {path} 已损坏：{problem}</source>
      <translation>The store {path} is damaged: {problem}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="82" />
      <source>数据库尚未打开。</source>
      <translation>The database is not open yet.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="118" />
      <source>不支持这种数据库地址：{text}（可以是本地 SQLite 文件，或 postgresql://用户@服务器/数据库）。</source>
      <translation>Unsupported database address: {text} (a local SQLite file, or postgresql://user@server/database).</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="128" />
      <source>{path} 不是 CareCenter 数据库文件。</source>
      <translation>{path} is not a CareCenter database file.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="151" />
      <source>备份没有写完（磁盘空间不足或无法写入 {folder}），未留下不完整的文件。请腾出空间或换一个位置后重试。</source>
      <translation>The backup was not finished (the disk is full or {folder} cannot be written); no incomplete file was left. Free some space or choose another place and try again.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="153" />
      <source>备份失败：数据库本身有损坏（{error}）。请运行“检查数据库”，按提示用较早的备份恢复。</source>
      <translation>The backup failed: the store itself is damaged ({error}). Run the store check and restore an earlier backup as it says.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="157" />
      <source>备份校验失败：{result}</source>
      <translation>Backup check failed: {result}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="175" />
      <source>找不到数据库文件：{path}</source>
      <translation>Database file not found: {path}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="180" />
      <source>无法建立数据文件夹 {folder}：{error}。请用 --db 指定一个可以写入的位置。</source>
      <translation>Cannot make the data folder {folder}: {error}. Give a place you can write to with --db.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="193" />
      <source>数据库 {path} 无法使用 WAL 日志模式（当前为 {journal_mode}）。请把文件放在本机磁盘上，不要放在网络文件夹中。</source>
      <translation>Database {path} cannot use WAL journal mode (now {journal_mode}). Keep the file on this PC's own disk, not in a network folder.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="226" />
      <source>数据库 {path} 正被另一个程序占用（例如正在导入或备份），请稍等片刻再打开。</source>
      <translation>The store {path} is busy in another program (an import or a backup); wait a moment and open it again.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="228" />
      <source>无法写入数据库 {path}（文件或文件夹只读）。请把数据库复制到可以写入的文件夹，再用 --db 指定它。</source>
      <translation>Cannot write the store {path} (the file or its folder is read-only). Copy the store to a folder you can write to and give it with --db.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="230" />
      <source>无法打开数据库 {path}：{error}</source>
      <translation>Cannot open the store {path}: {error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="302" />
      <source>上次恢复备份在替换数据库之前中断；留下的临时副本已删除，数据库保持原样。</source>
      <translation>The last restore stopped before it replaced the store; its temporary copy was removed and the store is as it was.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="305" />
      <source>上次恢复备份在替换数据库时中断，现已完成恢复。</source>
      <translation>The last restore stopped while replacing the store; it has now been finished.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="311" />
      <source>上次恢复备份中断且副本不完整，已换回恢复前的数据库（{name}）。</source>
      <translation>The last restore stopped and its copy was incomplete; the store from before the restore ({name}) is back in place.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="320" />
      <source>连接 PostgreSQL 需要安装驱动：pip install "carecenter[postgresql]"。</source>
      <translation>Connecting to PostgreSQL needs its driver: pip install "carecenter[postgresql]".</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="324" />
      <source>无法识别数据库地址：{url}（{error}）</source>
      <translation>Database address not understood: {url} ({error})</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="327" />
      <source>数据库地址里缺少数据库名：{url}（例如 postgresql://carecenter@服务器/carecenter）。</source>
      <translation>The database address lacks a database name: {url} (for example postgresql://carecenter@server/carecenter).</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="333" />
      <source>无法连接 PostgreSQL 数据库 {v1}：{strip}</source>
      <translation>Cannot connect to PostgreSQL database {v1}: {strip}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="340" />
      <source>PostgreSQL 数据库 {v1} 里还没有 CareCenter 的数据。</source>
      <translation>PostgreSQL database {v1} holds no CareCenter data yet.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="351" />
      <source>PostgreSQL 数据库 {v1} 无法使用：{strip}</source>
      <translation>PostgreSQL database {v1} cannot be used: {strip}</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="413" />
      <source>另一个程序正在写入数据库（例如正在导入大文件），等了 {seconds} 秒仍未结束。本次修改没有保存，请稍后再试。</source>
      <translation>Another program is writing the store (a large import, say) and had not finished after {seconds} s. This change was not saved; try again shortly.</translation>
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="417" />
      <source>磁盘空间不足、磁盘出错或文件只读，本次修改没有保存（数据库保持修改前的状态）。请检查磁盘后重试。（{error}）</source>
      <translation>Disk full, disk error or read-only file: this change was not saved (the database is as it was before). Please check the disk and try again. ({error})</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="23" />
      <source>非常满意</source>
      <translation>Very satisfied</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="23" />
      <source>一般</source>
      <translation>Neutral</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="23" />
      <source>非常不满意</source>
      <translation>Very dissatisfied</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="26" />
      <source>总体满意</source>
      <translation>Overall satisfaction</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="31" />
      <source>销售满意度（SSI）</source>
      <translation>Sales satisfaction (SSI)</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>专营店设施</source>
      <translation>Dealership facilities</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>交易条件</source>
      <translation>Terms of the deal</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>销售人员</source>
      <translation>Sales consultant</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>书面作业</source>
      <translation>Paperwork</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>交车时间</source>
      <translation>Delivery time</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="32" />
      <source>交车过程</source>
      <translation>Delivery process</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="33" />
      <source>售后满意度（CSI）</source>
      <translation>Service satisfaction (CSI)</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="34" />
      <source>预约与接待</source>
      <translation>Booking and reception</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="34" />
      <source>服务顾问的解释</source>
      <translation>Service advisor's explanation</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="34" />
      <source>按时交车</source>
      <translation>Car ready on time</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="34" />
      <source>收费透明</source>
      <translation>Clear charges</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="35" />
      <source>休息区与设施</source>
      <translation>Lounge and facilities</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="37" />
      <source>处理是否满意</source>
      <translation>Satisfied with the handling</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="37" />
      <source>问题是否解决</source>
      <translation>Problem solved</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="48" />
      <source>（未登记）</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="99" />
      <source>没有“{code}”这份问卷（可选 {codes}）。</source>
      <translation>There is no questionnaire "{code}" (choose from {codes}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="104" />
      <source>问卷至少要有一个评分项目。</source>
      <translation>A questionnaire needs at least one scored question.</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="106" />
      <source>问卷最多 {most} 个评分项目，这里有 {count} 个。</source>
      <translation>A questionnaire has at most {most} scored questions; this one has {count}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="108" />
      <source>请填写最后的总体评价问题（例如“总体满意”）。</source>
      <translation>Please fill in the closing overall question (for example "Overall satisfaction").</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="110" />
      <source>请填写问卷名称。</source>
      <translation>Please fill in the questionnaire's name.</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="113" />
      <source>“{question}”太长（最多 {most} 个字）。</source>
      <translation>"{question}" is too long (at most {most} characters).</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="118" />
      <source>问题“{question}”出现了两次。</source>
      <translation>The question "{question}" appears twice.</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="161" />
      <source>“{title}”有 {count} 个问题（总体满意在最后），收到 {given} 个回答。</source>
      <translation>“{title}” has {count} questions (the overall one last); {given} answers were given.</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="166" />
      <source>“{question}”的回答应为 1–5（0 = 不适用），不是“{answer}”。</source>
      <translation>The answer to “{question}” should be 1–5 (0 = not applicable), not “{answer}”.</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="170" />
      <source>请回答“{question}”：它决定这次回访是否满意。</source>
      <translation>Please answer “{question}”: it decides whether the call was satisfactory.</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="199" />
      <source>{question}：{answer}</source>
      <translation>{question}: {answer}</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="267" />
      <source>这是不满意后的再次回访，问卷已在第一次回访时回答；请直接登记满意或不满意。</source>
      <translation>This is the call again after a dissatisfied answer; the questionnaire was answered on the first call. Please log satisfied or dissatisfied directly.</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="269" />
      <source>“{reason}”的回访没有满意度问卷。</source>
      <translation>A “{reason}” call has no satisfaction questionnaire.</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="662" />
      <source>投诉 {number}（{state}）</source>
      <translation>Complaint {number} ({state})</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="665" />
      <source>已跟进：{how}</source>
      <translation>Followed up: {how}</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="666" />
      <source>待经理跟进</source>
      <translation>Awaiting the manager</translation>
    </message>
    <message>
      <location filename="../../carecenter/surveys.py" line="710" />
      <source>通话 {call_id} 没有满意度问卷回答。</source>
      <translation>Call {call_id} has no survey answers.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="36" />
      <source>时段</source>
      <translation>Slot</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="36" />
      <source>车牌</source>
      <translation>Plate</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="38" />
      <source>已约</source>
      <translation>Booked</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="56" />
      <source>今天</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="59" />
      <source>前一天（Alt+←）</source>
      <translation>Day before (Alt+←)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="60" />
      <source>后一天（Alt+→）</source>
      <translation>Day after (Alt+→)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="65" />
      <source>按车牌或电话查找预约，回车查找</source>
      <translation>Find appointments by plate or phone, Enter searches</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="70" />
      <source>&lt;b&gt;预约&lt;/b&gt;</source>
      <translation>&lt;b&gt;Appointments&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="76" />
      <source>新预约 (Ctrl+B)…</source>
      <translation>New appointment (Ctrl+B)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="79" />
      <source>改约…</source>
      <translation>Move…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="80" />
      <source>取消预约…</source>
      <translation>Cancel appointment…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="81" />
      <source>打印预约单 (F13)…</source>
      <translation>Print slip (F13)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="82" />
      <source>复制短信文本</source>
      <translation>Copy SMS text</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="83" />
      <source>打印登记表 (F14)…</source>
      <translation>Print day sheet (F14)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="103" />
      <source>本周</source>
      <translation>This week</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="176" />
      <source>空闲 {free}</source>
      <translation>{free} free</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="197" />
      <source>{day:%Y-%m-%d}：预约 {booked}，已确认 {confirmed}，已到店 {arrived}，爽约 {no_show}；空闲工位 {free}</source>
      <translation>{day:%Y-%m-%d}: booked {booked}, confirmed {confirmed}, arrived {arrived}, no-shows {no_show}; free bays {free}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="201" />
      <source>{day:%Y-%m-%d}：本店不营业</source>
      <translation>{day:%Y-%m-%d}: closed</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="212" />
      <source>休息</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="230" />
      <source>选择一个预约查看详情；空闲的时段可按“新预约”预约。</source>
      <translation>Select an appointment to see it; book a free slot with “New appointment”.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="236" />
      <source>{start:%Y-%m-%d %H:%M}　{kind}　{status}</source>
      <translation>{start:%Y-%m-%d %H:%M}  {kind}  {status}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="239" />
      <source>客户描述：{words}</source>
      <translation>Customer's words: {words}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="241" />
      <source>需携带证件：{documents}</source>
      <translation>Documents to bring: {documents}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="244" />
      <source>取消原因：{reason}</source>
      <translation>Reason for cancelling: {reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="245" />
      <source>经办人：{who}</source>
      <translation>Booked by: {who}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="248" />
      <source>由维修记录自动登记</source>
      <translation>matched from the visit recorded</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="274" />
      <source>已预约。</source>
      <translation>Booked.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="291" />
      <source>{name}　{plate}　原预约 {start:%Y-%m-%d %H:%M}</source>
      <translation>{name}  {plate}  booked for {start:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="301" />
      <source>取消预约</source>
      <translation>Cancel appointment</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="301" />
      <source>取消的原因：</source>
      <translation>Reason for cancelling:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="311" />
      <source>预约单_{plate}.pdf</source>
      <translation>appointment-slip_{plate}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="322" />
      <source>预约短信已复制，可粘贴到短信平台：{text}</source>
      <translation>The appointment SMS is copied, ready to paste into the SMS platform: {text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/appointments_tab.py" line="327" />
      <source>预约登记表_{day}.pdf</source>
      <translation>appointments_{day}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="15" />
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="15" />
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="16" />
      <source>手机或带区号的座机</source>
      <translation>Mobile, or landline with area code</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="17" />
      <source>其他电话</source>
      <translation>Other phone</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="26" />
      <source>如 工作日 9:00–11:30</source>
      <translation>e.g. weekdays 9:00–11:30</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="27" />
      <source>不接受电话回访</source>
      <translation>No follow-up calls</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="30" />
      <source>客户来源</source>
      <translation>Customer source</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="31" />
      <source>建档日期</source>
      <translation>Record created on</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="37" />
      <source>如 浙A12345</source>
      <translation>e.g. 浙A12345</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="38" />
      <source>17 位车架号（VIN）</source>
      <translation>17-character VIN</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="40" />
      <source>轿车、SUV …</source>
      <translation>Saloon, SUV …</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="42" />
      <source>颜色</source>
      <translation>Colour</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="45" />
      <source>公里</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="46" />
      <source>保险到期日</source>
      <translation>Insurance expires on</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="47" />
      <source>年检到期日</source>
      <translation>Inspection due on</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="54" />
      <source>元</source>
      <translation>CNY</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="69" />
      <source>编辑客户档案</source>
      <translation>Edit customer record</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="78" />
      <source>编辑车辆</source>
      <translation>Edit vehicle</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="78" />
      <source>添加车辆</source>
      <translation>Add vehicle</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="85" />
      <source>登记维修保养（到店）</source>
      <translation>Record a workshop visit</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="48" />
      <source>搜索：姓名 / 拼音首字母（如 zs）/ 电话（可输后四位）/ 车牌 / 车架号</source>
      <translation>Search: name / pinyin initials (e.g. zs) / phone (last four digits will do) / plate / VIN</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="50" />
      <source>只看待补全档案</source>
      <translation>Only records to complete</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="51" />
      <source>只看失联</source>
      <translation>Unreachable only</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="52" />
      <source>多次回访未接通的客户：核对电话号码</source>
      <translation>Customers who did not answer several calls: check their phone numbers</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="56" />
      <source>按会员级别筛选（级别由近12个月积分决定）</source>
      <translation>Filter by club level (the level follows the points of the last 12 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="60" />
      <source>按近12个月的消费金额或进厂次数筛选（进厂次数不含首保、免费检测、索赔和保险）</source>
      <translation>Filter by spend or by visits in the last 12 months (visits without first services, free checks, warranty and insurance)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="85" />
      <source>在左侧选择一位客户，这里显示其资料、车辆和维修保养记录。</source>
      <translation>Choose a customer on the left to see their details, vehicles and service history here.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="90" />
      <source>新增客户 (Ctrl+N)</source>
      <translation>New customer (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="91" />
      <source>编辑 (Enter)</source>
      <translation>Edit (Enter)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="94" />
      <source>登记到店</source>
      <translation>Record visit</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="95" />
      <source>预约…</source>
      <translation>Book…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="96" />
      <source>登记信函</source>
      <translation>Record letter</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="97" />
      <source>免打扰…</source>
      <translation>Do not contact…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="98" />
      <source>会员积分…</source>
      <translation>Club points…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="100" />
      <source>打印档案表 (Ctrl+P)</source>
      <translation>Print record sheet (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="159" />
      <source>共 {count:,} 位客户</source>
      <translation>{count:,} customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="210" />
      <source>已保存。</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="218" />
      <source>已新增客户。</source>
      <translation>Customer added.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="232" />
      <source>{v1}　{model}</source>
      <translation>{v1}　{model}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="233" />
      <source>选择车辆</source>
      <translation>Choose a vehicle</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="233" />
      <source>车辆：</source>
      <translation>Vehicle:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="252" />
      <source>{name}　{phone}</source>
      <translation>{name}  {phone}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="287" />
      <source>确定删除客户“{name}”吗？

客户将从列表和搜索中移除，其车辆与维修记录仍保留在数据库中。</source>
      <translation>Delete customer "{name}"?

The customer leaves the list and the search; their vehicles and service history stay in the database.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="290" />
      <source>已删除客户“{name}”。</source>
      <translation>Customer "{name}" deleted.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="298" />
      <source>客户档案_{v1}.pdf</source>
      <translation>Customer record_{v1}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="310" />
      <source>会员申请表_{v1}.pdf</source>
      <translation>Membership form_{v1}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>对象</source>
      <translation>Object</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>编号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="29" />
      <source>变更</source>
      <translation>Changes</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="34" />
      <source>审计日志</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="36" />
      <source>用户（留空为全部）</source>
      <translation>User (empty for all)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="38" />
      <source>全部操作</source>
      <translation>All actions</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="42" />
      <source>包含文字</source>
      <translation>Containing</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="49" />
      <source>查询</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="55" />
      <source>从</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="57" />
      <source>到</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="100" />
      <source>共 {v1} 条（最多显示 1000 条，新的在前）</source>
      <translation>{v1} entries (at most 1000 shown, newest first)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="65" />
      <source>客户对车辆情况的描述，前台接车时不必再问</source>
      <translation>What the customer says about the car, so the front desk need not ask again</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="76" />
      <source>时段已满也加约（经理）</source>
      <translation>Book even if the slot is full (managers)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="101" />
      <source>请向客户确认：记住预约时间；如未能按时到达，可能无法保留工位。</source>
      <translation>Tell the customer: remember the time; if they cannot come on time, the bay may not be kept.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="106" />
      <source>确认预约</source>
      <translation>Book</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="125" />
      <source>（这位客户还没有车辆）</source>
      <translation>(this customer has no car yet)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="139" />
      <source>{start:%H:%M}（空闲，推荐）</source>
      <translation>{start:%H:%M} (free, offered)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="142" />
      <source>{start:%m-%d %H:%M}（下一个空闲）</source>
      <translation>{start:%m-%d %H:%M} (next free)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="146" />
      <source>{start:%H:%M}　空闲 {free}</source>
      <translation>{start:%H:%M}  {free} free</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="147" />
      <source>{start:%H:%M}　已满</source>
      <translation>{start:%H:%M}  full</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="150" />
      <source>本店当天不营业</source>
      <translation>Closed that day</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="152" />
      <source>当天已约 {booked} / {limit}</source>
      <translation>Booked that day: {booked} / {limit}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="162" />
      <source>请选择预约时段。</source>
      <translation>Choose a slot.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/booking_dialog.py" line="171" />
      <source>请先查找并选择客户和车辆。</source>
      <translation>Find and choose the customer and the car first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="37" />
      <source>地点（Where）</source>
      <translation>Place (Where)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="37" />
      <source>事由（What）</source>
      <translation>Matter (What)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="37" />
      <source>原因（Why）</source>
      <translation>Reason (Why)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="38" />
      <source>处理方式（How）</source>
      <translation>Handling (How)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="38" />
      <source>反馈·产品</source>
      <translation>Feedback · product</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="38" />
      <source>反馈·服务</source>
      <translation>Feedback · service</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="39" />
      <source>反馈·其他</source>
      <translation>Feedback · other</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="52" />
      <source>回访：{name}　{reason_title}</source>
      <translation>Call: {name}　{reason_title}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="54" />
      <source>正在读取客户资料……</source>
      <translation>Loading the customer's details……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="59" />
      <source>客户不接受电话回访：请改用短信或其他方式</source>
      <translation>The customer does not accept follow-up calls: use SMS or another way</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="61" />
      <source>此前多次未接通（失联）</source>
      <translation>Several earlier attempts went unanswered (lost contact)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="63" />
      <source>上次回访发现号码错误：请先核对电话</source>
      <translation>The last call found the number wrong: check the phone first</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="65" />
      <source>有 {open_complaints} 件未结投诉</source>
      <translation>{open_complaints} open complaints</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="67" />
      <source>&lt;b&gt;{name}&lt;/b&gt;　{phone}　{plate} {model}&lt;br&gt;{reason_title}　应回访 {due_date:%Y-%m-%d}　已尝试 {attempts} 次　方便联系时间：{v8}　偏好：{preferred_contact}</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;　{phone}　{plate} {model}&lt;br&gt;{reason_title}　due {due_date:%Y-%m-%d}　{attempts} attempts so far　best time: {v8}　prefers: {preferred_contact}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="94" />
      <source>客户报告的行驶里程（公里）</source>
      <translation>Mileage the customer reports (km)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="96" />
      <source>YYYY-MM-DD（改约、暂不需要、考虑中时必填）</source>
      <translation>YYYY-MM-DD (required for call later, not needed yet, considering)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="109" />
      <source>保存问卷回访</source>
      <translation>Save survey call</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="111" />
      <source>：选择预约时段，预约和回访一起保存</source>
      <translation>: choose a slot; the booking and the call are saved together</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="112" />
      <source>：按问卷的回答登记满意或不满意</source>
      <translation>: logs satisfied or dissatisfied from the answers</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="114" />
      <source>：日期写在“下次联系日期”</source>
      <translation>: put the date in "Next contact date"</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="121" />
      <source>通话记录（5W1H）</source>
      <translation>Call notes (5W1H)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="127" />
      <source>话术</source>
      <translation>Script</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="128" />
      <source>客户资料</source>
      <translation>Customer record</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="196" />
      <source>{name}　{plate} {model}　{reason}</source>
      <translation>{name}  {plate} {model}  {reason}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="220" />
      <source>请先回答问卷的每个问题（不适用按 0；总体满意必须回答）。</source>
      <translation>Please answer every question of the survey first (0 for not applicable; the overall question must be answered).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="235" />
      <source>“{outcome}”需要一个日期：请在“下次联系日期”填写。</source>
      <translation>"{outcome}" needs a date: please fill in "Next contact date".</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="258" />
      <source>已生成投诉草稿</source>
      <translation>Complaint draft created</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="259" />
      <source>客户不满意：已为 {name} 生成投诉草稿，并安排明天再次回访。
请在“投诉处理”页把状态选为“草稿”，选中后按“受理…”。</source>
      <translation>The customer is not satisfied: a complaint draft was made for {name} and a call booked for tomorrow.
On the Complaints tab choose the state “Draft”, select it and press “Accept…”.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="45" />
      <source>最近通话</source>
      <translation>Last call</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="70" />
      <source>勿电话</source>
      <translation>Do not call</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="74" />
      <source>投诉{open_complaints}</source>
      <translation>Complaints {open_complaints}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="76" />
      <source>已过期（未列入清单）</source>
      <translation>Missed (never listed)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="93" />
      <source>全部经办人</source>
      <translation>All staff</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="96" />
      <source>我的（{name}）</source>
      <translation>Mine ({name})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="98" />
      <source>全部原因</source>
      <translation>All reasons</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="102" />
      <source>今日已完成</source>
      <translation>Done today</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="102" />
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="103" />
      <source>已过期（近31天）</source>
      <translation>Missed (31 days)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="105" />
      <source>时间窗口已结束仍未回访的任务，包括电脑未开机期间从未列入清单的；按原因分组，经办人一栏即回访专员</source>
      <translation>Calls whose window closed without a call, including those never listed while the PC was off; grouped by reason, the assignee column is the specialist</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="107" />
      <source>刷新 (F5)</source>
      <translation>Refresh (F5)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="109" />
      <source>登记来电…</source>
      <translation>Log incoming call…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="111" />
      <source>短信…</source>
      <translation>SMS…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="112" />
      <source>为列表中的客户生成短信批量文件</source>
      <translation>Make an SMS batch file for the customers in the list</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="115" />
      <source>打印登记表 (F3)…</source>
      <translation>Print register (F3)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="117" />
      <source>新建活动…</source>
      <translation>New event…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="119" />
      <source>活动签到…</source>
      <translation>Event sign-in…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="121" />
      <source>需上报问题</source>
      <translation>Questions to report</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="172" />
      <source>&lt;b&gt;{day:%Y-%m-%d} 回访清单&lt;/b&gt;</source>
      <translation>&lt;b&gt;Calls for {day:%Y-%m-%d}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="173" />
      <source>正在生成今日回访清单……</source>
      <translation>Making today's call list……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="180" />
      <source>需上报问题（{questions}）</source>
      <translation>Questions to report ({questions})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="193" />
      <source>{v1}（{v2}</source>
      <translation>{v1} ({v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="194" />
      <source>）</source>
      <translation>)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="194" />
      <source>，逾期 {overdue}</source>
      <translation>, {overdue} overdue</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="223" />
      <source>近 31 天没有已过期的回访。</source>
      <translation>No missed calls in the last 31 days.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="223" />
      <source>今天没有需要回访的客户。</source>
      <translation>No customers to call today.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="245" />
      <source>已登记：{name}，{reason_title}，状态 {v3}</source>
      <translation>Logged: {name}, {reason_title}, now {v3}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="266" />
      <source>电话登记表_{day}.pdf</source>
      <translation>Call register_{day}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="275" />
      <source>打开回访 (Enter)</source>
      <translation>Open call (Enter)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="276" />
      <source>打印最近一次通话记录 (F2)…</source>
      <translation>Print latest call record (F2)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="278" />
      <source>打印成交客户回访情况记录表 (F5)…</source>
      <translation>Print new-car buyer follow-up record (F5)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="279" />
      <source>打印本月信函登记表 (F4)…</source>
      <translation>Print this month's letter register (F4)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="285" />
      <source>通话记录_{name}.pdf</source>
      <translation>Call record_{name}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="286" />
      <source>成交客户回访_{name}.pdf</source>
      <translation>Buyer follow-up_{name}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="287" />
      <source>信函登记表_{day:%Y-%m}.pdf</source>
      <translation>Letter register_{day:%Y-%m}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="303" />
      <source>这位客户还没有通话记录。</source>
      <translation>This customer has no call records yet.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="25" />
      <source>6个月以上未到店</source>
      <translation>No visit for 6+ months</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="25" />
      <source>12个月以上未到店</source>
      <translation>No visit for 12+ months</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="26" />
      <source>近3个月到过店</source>
      <translation>Visited in the last 3 months</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="28" />
      <source>本月入会</source>
      <translation>Joined this month</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="28" />
      <source>上月入会</source>
      <translation>Joined last month</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="37" />
      <source>群发短信（按条件选择客户）</source>
      <translation>Text campaign (customers chosen by conditions)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="58" />
      <source>模板</source>
      <translation>Template</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="59" />
      <source>入会</source>
      <translation>Joined</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="60" />
      <source>最后到店</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="73" />
      <source>手机号码</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="73" />
      <source>短信内容</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="78" />
      <source>CareCenter 不直接发送短信：导出的文件请导入本店短信平台发送。拒收营销短信的客户自动排除。自己的模板在“设置 → 短信模板”中添加。</source>
      <translation>CareCenter sends no messages itself: import the exported file into the dealership's SMS platform. Customers who refused marketing are left out. Add your own templates in Settings → SMS templates.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="89" />
      <source>导出批量文件…</source>
      <translation>Export batch file…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="93" />
      <source>导出短信批量文件需要“导出未遮挡的个人信息”权限（经理）。</source>
      <translation>Exporting an SMS batch needs the right to export unmasked personal data (a manager).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="150" />
      <source>选中 {chosen} 位客户：短信 {count} 条；拒收营销短信 {refused} 位、没有手机号码 {no_mobile} 位已排除</source>
      <translation>{chosen} customers chosen: {count} messages; {refused} who refused marketing and {no_mobile} without a mobile number left out</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="153" />
      <source>。下表列出前 {shown} 条</source>
      <translation>. The first {shown} are listed below</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="165" />
      <source>导出短信批量文件</source>
      <translation>Export SMS batch file</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/campaign_dialog.py" line="165" />
      <source>群发短信_{template}.xlsx</source>
      <translation>Campaign_{template}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="28" />
      <source>受理投诉</source>
      <translation>Accept complaint</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="28" />
      <source>新建投诉</source>
      <translation>New complaint</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="42" />
      <source>涉及车辆</source>
      <translation>Car concerned</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="51" />
      <source>没有找到，请换个关键词。</source>
      <translation>Nothing found; try another word.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="56" />
      <source>类别：</source>
      <translation>Category:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="57" />
      <source>渠道：</source>
      <translation>Channel:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="58" />
      <source>受理后开始计时：120 分钟（营业时间）内联系客户，A 类 3 个、B 类 7 个工作日内封闭。</source>
      <translation>The clock starts on acceptance: contact the customer within 120 minutes (of opening hours); close class A within 3 and class B within 7 working days.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="63" />
      <source>受理</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="73" />
      <source>请先查找并选择客户。</source>
      <translation>Find and choose the customer first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaint_dialog.py" line="76" />
      <source>该客户有多辆车，请选择投诉涉及的车辆。</source>
      <translation>This customer has more than one car: choose the car the complaint is about.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="39" />
      <source>时限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="39" />
      <source>剩余</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="39" />
      <source>预警</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="108" />
      <source>联系客户</source>
      <translation>Customer contacted</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="109" />
      <source>重新处理</source>
      <translation>Reopened</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="109" />
      <source>升级预警</source>
      <translation>Escalation warning</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="110" />
      <source>升级为C类</source>
      <translation>Upgrade to C</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="110" />
      <source>附件</source>
      <translation>Attachment</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="130" />
      <source>未封闭</source>
      <translation>Not closed</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="135" />
      <source>全部类别</source>
      <translation>All categories</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="138" />
      <source>只看我受理的</source>
      <translation>Only mine</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="139" />
      <source>只看超时</source>
      <translation>Only overdue</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="140" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="142" />
      <source>新建投诉 (Ctrl+Shift+C)…</source>
      <translation>New complaint (Ctrl+Shift+C)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="149" />
      <source>&lt;b&gt;投诉处理&lt;/b&gt;</source>
      <translation>&lt;b&gt;Complaints&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="166" />
      <source>保存表单内容</source>
      <translation>Save form</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="177" />
      <source>处理经过</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="183" />
      <source>回函、照片、录音等；可把文件拖到这里。双击打开。</source>
      <translation>Reply letters, photos, recordings; drop files here. Double-click to open.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="186" />
      <source>添加附件…</source>
      <translation>Attach files…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="189" />
      <source>附件（回函、照片、录音）</source>
      <translation>Attachments (letters, photos, recordings)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="246" />
      <source>只列出最近受理的 {LIST_LIMIT} 件；更早的投诉请按类别筛选或导出月度工作簿查看。</source>
      <translation>Only the {LIST_LIMIT} most recently accepted are listed; for older complaints filter by category or export the monthly workbook.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="262" />
      <source>升级</source>
      <translation>Escalate</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="363" />
      <source>{kind}　{name}　{size}　{at:%Y-%m-%d %H:%M} {by}{note}</source>
      <translation>{kind}  {name}  {size}  {at:%Y-%m-%d %H:%M} {by}{note}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="372" />
      <source>&lt;b&gt;草稿&lt;/b&gt;　待受理：选择类别和渠道后获得受理编号并开始计时</source>
      <translation>&lt;b&gt;Draft&lt;/b&gt;  to be accepted: choosing the category and channel gives it a number and starts the clock</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="374" />
      <source>&lt;b&gt;{number}&lt;/b&gt;　{state}　{category} {category2}　{channel}　抱怨/投诉次数 {contact_count}</source>
      <translation>&lt;b&gt;{number}&lt;/b&gt;  {state}  {category} {category2}  {channel}  Number of complaints: {contact_count}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="379" />
      <source>&lt;br&gt;&lt;span style='color:#C62828'&gt;升级预警：{warning}&lt;/span&gt;</source>
      <translation>&lt;br&gt;&lt;span style='color:#C62828'&gt;Escalation warning: {warning}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="393" />
      <source>点击撤回签名</source>
      <translation>Click to withdraw the signature</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="393" />
      <source>以当前用户签名</source>
      <translation>Sign as the current user</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="400" />
      <source>{at:%Y-%m-%d %H:%M}　{actor}　{kind}　{detail}</source>
      <translation>{at:%Y-%m-%d %H:%M}　{actor}　{kind}　{detail}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="415" />
      <source>受理…</source>
      <translation>Accept…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="417" />
      <source>已联系客户</source>
      <translation>Customer contacted</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="418" />
      <source>客户再次来电</source>
      <translation>Customer called again</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="430" />
      <source>F6 抱怨/投诉处理表…</source>
      <translation>F6 Complaint handling form…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="431" />
      <source>F7 客户投诉升级预警单…</source>
      <translation>F7 Complaint escalation warning form…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="435" />
      <source>只有已升级或有升级预警的投诉才有升级预警单</source>
      <translation>Only an escalated complaint, or one with an escalation warning, has an escalation form</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="444" />
      <source>预警/升级…</source>
      <translation>Warning/upgrade…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="450" />
      <source>经理标记特殊情况…</source>
      <translation>Manager's special case…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="453" />
      <source>升级为C类（无封闭时限）…</source>
      <translation>Upgrade to C (no closure deadline)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="455" />
      <source>约定答复客户时间…</source>
      <translation>Promise a reply time…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="464" />
      <source>特殊情况说明：</source>
      <translation>What is special:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="469" />
      <source>升级原因（升级后不再有封闭时限，已超时的仍计为未及时封闭）：</source>
      <translation>Reason for the upgrade (no closure deadline afterwards; a deadline already missed still counts as missed):</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="476" />
      <source>约定答复客户时间</source>
      <translation>Promise a reply time</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="476" />
      <source>答复时间（YYYY-MM-DD HH:MM），到时出现在经办人的回访列表：</source>
      <translation>Reply time (YYYY-MM-DD HH:MM); it appears on the handler's call list:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="480" />
      <source>已约定答复时间 {when}。</source>
      <translation>Reply promised for {when}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="486" />
      <source>添加附件</source>
      <translation>Attach files</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="486" />
      <source>回函、照片、录音 ({patterns})</source>
      <translation>Letters, photos, recordings ({patterns})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="500" />
      <source>已附加 {count} 个文件。</source>
      <translation>{count} files attached.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="516" />
      <source>投诉表单已保存。</source>
      <translation>Complaint form saved.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="536" />
      <source>撤回原因（将记入审计日志）：</source>
      <translation>Reason for withdrawing (goes into the audit log):</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="549" />
      <source>投诉处理表_{complaint_id}.pdf</source>
      <translation>Complaint form_{complaint_id}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="555" />
      <source>升级预警单_{complaint_id}.pdf</source>
      <translation>Escalation warning_{complaint_id}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="18" />
      <source>交车回访（24小时、3日）、修后回访、投诉回访</source>
      <translation>delivery calls (24 hours, 3 days), after-visit calls, complaint calls</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="19" />
      <source>首保、定保、流失预警、续保、年检、质保提醒</source>
      <translation>first service, maintenance, lost customer, insurance, inspection and warranty reminders</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="20" />
      <source>生日祝福、活动邀约、老客户回馈、感谢信和所有短信</source>
      <translation>birthday greetings, event invitations, loyalty offers, thank-you letters and every text message</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="28" />
      <source>免打扰：{name}</source>
      <translation>Do not contact: {name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="29" />
      <source>客户不接受的联系按类别分别登记（个人信息保护法要求记录何时、为何、由谁登记）。登记后，该类回访不再生成，已排好的会撤下；短信批量也会排除。</source>
      <translation>Record each kind of contact the customer refuses on its own (the personal information law asks when, why and by whom). Once recorded, calls of that kind are no longer planned, those already planned are withdrawn, and text-message batches leave the customer out.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="43" />
      <source>原因（客户原话）</source>
      <translation>Reason (the customer's words)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="56" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="77" />
      <source>不接受：{since}起，{who}登记</source>
      <translation>Refused since {since}, recorded by {who}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="81" />
      <source>撤销（客户重新同意）</source>
      <translation>Withdraw (the customer agrees again)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="83" />
      <source>接受</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/contact_dialog.py" line="86" />
      <source>登记不接受</source>
      <translation>Record refusal</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="23" />
      <source>&lt;h2 style='margin-bottom:2px'&gt;{v1}&lt;span style='font-size:small;color:#555'&gt;　{v2}　编号 {id}&lt;/span&gt;&lt;/h2&gt;</source>
      <translation>&lt;h2 style='margin-bottom:2px'&gt;{v1}&lt;span style='font-size:small;color:#555'&gt;　{v2}　No. {id}&lt;/span&gt;&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="28" />
      <source>&lt;p style='color:#C62828'&gt;&lt;b&gt;档案待补全：&lt;/b&gt;缺少电话或车辆，已超过建档期限。&lt;/p&gt;</source>
      <translation>&lt;p style='color:#C62828'&gt;&lt;b&gt;Record to complete:&lt;/b&gt; phone or vehicle missing, past the deadline for new records.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="30" />
      <source>&lt;p style='color:#E65100'&gt;&lt;b&gt;失联：&lt;/b&gt;多次回访未接通。请核对电话号码；下次接通后自动解除。&lt;/p&gt;</source>
      <translation>&lt;p style='color:#E65100'&gt;&lt;b&gt;Unreachable:&lt;/b&gt; several calls went unanswered. Check the phone number; the mark goes at the next answered call.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="32" />
      <source>&lt;p style='color:#C62828'&gt;&lt;b&gt;号码错误：&lt;/b&gt;回访时发现电话号码不对，请核对后修改（改号后自动解除）。&lt;/p&gt;</source>
      <translation>&lt;p style='color:#C62828'&gt;&lt;b&gt;Wrong number:&lt;/b&gt; a call found the phone number wrong; please check and correct it (correcting it clears this).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="34" />
      <source>&lt;p style='color:#E65100'&gt;&lt;b&gt;不接受{kind}&lt;/b&gt;（{since} 起，{who}登记：{reason}）&lt;/p&gt;</source>
      <translation>&lt;p style='color:#E65100'&gt;&lt;b&gt;Refuses {kind}&lt;/b&gt; (since {since}, recorded by {who}: {reason})&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="51" />
      <source>{number}　{club_level}（积分 {points}，{joined} 入会）</source>
      <translation>{number} · {club_level} ({points} points, joined {joined})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="54" />
      <source>非会员（积分 {points}）</source>
      <translation>Not a member ({points} points)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="78" />
      <source>&lt;p&gt;&lt;i&gt;尚未登记车辆。&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;i&gt;No vehicles recorded yet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="85" />
      <source>&lt;h3 style='margin-bottom:2px'&gt;车辆 {number}：{v2}　{v3}&lt;/h3&gt;&lt;p style='margin-top:0'&gt;底盘号 {v4}　发动机编号 {v5}&lt;br&gt;交车日期 {v6}　销售顾问 {v7}　行驶里程 {mileage:,} 公里&lt;br&gt;保险到期 {v9}　下一次保养期 {due}&lt;/p&gt;</source>
      <translation>&lt;h3 style='margin-bottom:2px'&gt;Vehicle {number}: {v2}　{v3}&lt;/h3&gt;&lt;p style='margin-top:0'&gt;VIN {v4}　Engine no. {v5}&lt;br&gt;Delivered {v6}　Sales consultant {v7}　Mileage {mileage:,} km&lt;br&gt;Insurance expires {v9}　Next maintenance {due}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="108" />
      <source>&lt;p&gt;&lt;i&gt;暂无维修保养记录。&lt;/i&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;i&gt;No service history yet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_picker.py" line="30" />
      <source>请选择车辆…</source>
      <translation>Choose the car…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_picker.py" line="45" />
      <source>姓名 / 电话后四位 / 车牌，回车查找</source>
      <translation>Name / last four digits / plate, Enter to search</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_picker.py" line="59" />
      <source>{name}　{phone}　{plates}</source>
      <translation>{name}　{phone}　{plates}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_table.py" line="33" />
      <source>档案待补全</source>
      <translation>Record to complete</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_table.py" line="35" />
      <source>勿电话回访</source>
      <translation>No calls</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_table.py" line="179" />
      <source>建档已超过期限，仍缺少电话或车辆，请尽快补全（二日内建立客户档案）。</source>
      <translation>The record is past its deadline and still lacks a phone or a vehicle; please complete it soon (records are due within two days).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/errors.py" line="14" />
      <source>操作未完成</source>
      <translation>Not done</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/errors.py" line="22" />
      <source>内部错误</source>
      <translation>Internal error</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/errors.py" line="23" />
      <source>操作没有完成，数据未被修改。

{v1}: {error}

详情已写入：{where}</source>
      <translation>The operation did not finish; no data was changed.

{v1}: {error}

Details were written to: {where}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="28" />
      <source>活动签到与积分</source>
      <translation>Event sign-in and points</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="38" />
      <source>签到</source>
      <translation>Signed in</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="48" />
      <source>签到（找到的客户）</source>
      <translation>Sign in the customer found</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="50" />
      <source>签到所选</source>
      <translation>Sign in the selected</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="52" />
      <source>撤销签到</source>
      <translation>Take back the sign-in</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="54" />
      <source>发放活动积分</source>
      <translation>Give the event's points</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="69" />
      <source>打印活动总结表 (F16)</source>
      <translation>Print the event report (F16)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="100" />
      <source>还没有活动：请先在“每日回访”中新建活动。</source>
      <translation>No events yet: plan one on the Daily calls tab first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="106" />
      <source>{place}　负责人 {owner}　每人 {points} 分&lt;br&gt;邀约 &lt;b&gt;{invited}&lt;/b&gt;　确认参加 &lt;b&gt;{confirmed}&lt;/b&gt;　实到 &lt;b&gt;{attended}&lt;/b&gt;　新入会 &lt;b&gt;{new}&lt;/b&gt;　已发放积分 &lt;b&gt;{given}&lt;/b&gt;</source>
      <translation>{place} · in charge {owner} · {points} points each&lt;br&gt;Invited &lt;b&gt;{invited}&lt;/b&gt; · confirmed &lt;b&gt;{confirmed}&lt;/b&gt; · came &lt;b&gt;{attended}&lt;/b&gt; · joined &lt;b&gt;{new}&lt;/b&gt; · points given &lt;b&gt;{given}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="108" />
      <source>（地点未填）</source>
      <translation>(no place given)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="113" />
      <source>确认参加，未签到</source>
      <translation>Confirmed, not signed in</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_attendance_dialog.py" line="155" />
      <source>活动总结_{name}.pdf</source>
      <translation>Event report_{name}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="25" />
      <source>新建活动</source>
      <translation>New event</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="30" />
      <source>车友会会员</source>
      <translation>Club members</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="43" />
      <source>邀请对象</source>
      <translation>Invite</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="45" />
      <source>活动积分（每位到场客户）</source>
      <translation>Points (each guest who comes)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="48" />
      <source>活动前 14 天起，邀请电话会出现在每日回访清单中。</source>
      <translation>From 14 days before the event, the invitation calls appear in the daily call list.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="50" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="56" />
      <source>{model} 车主</source>
      <translation>{model} owners</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="39" />
      <source>欢迎使用 CareCenter 客户关爱中心</source>
      <translation>Welcome to CareCenter Customer Care</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="49" />
      <source>将在以下位置新建数据库：&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</source>
      <translation>A new database will be created at:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="51" />
      <source>新建空白数据库（正式使用）</source>
      <translation>New empty database (for real use)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="52" />
      <source>载入演示经销商（约 2000 位客户，用于试用和培训）</source>
      <translation>Load the demo dealership (about 2000 customers, for trying out and training)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="58" />
      <source>例如：杭州某某汽车销售服务有限公司</source>
      <translation>e.g. Hangzhou XX Motor Sales &amp; Service Co., Ltd.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="61" />
      <source>开始</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="69" />
      <source>经销商名称（打印在表单抬头，可在设置中修改）：</source>
      <translation>Dealership name (printed at the top of the forms, can be changed in settings):</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="97" />
      <source>正在生成演示经销商……</source>
      <translation>Creating the demo dealership……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="100" />
      <source>演示数据未能载入</source>
      <translation>The demo data could not be loaded</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="15" />
      <source>客户档案</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="16" />
      <source>每位客户一份档案：联系方式、车辆、维修保养记录和会员资料。回访、投诉和统计都从这里的资料出发。</source>
      <translation>One record per customer: contact details, vehicles, service history and club membership. Calls, complaints and statistics all start from here.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="17" />
      <source>交车或首次到店的客户，两天内建立档案（列表中标红的是待补全的档案）。</source>
      <translation>Create the record of a new-car buyer or a first-time visitor within two days (records still to complete are red in the list).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="18" />
      <source>在搜索框输入姓名、拼音首字母、电话后四位、车牌或车架号，回车打开客户。</source>
      <translation>Type a name, pinyin initials, the last four digits of a phone, a plate or a VIN in the search box; Enter opens the customer.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="19" />
      <source>客户到店维修保养后，用“登记到店”记下日期、类型和里程：修后回访会自动排进回访清单。</source>
      <translation>After a workshop visit, use "Record visit" for the date, type and mileage: the after-service calls join the call list by themselves.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="20" />
      <source>需要纸质档案时，按 Ctrl+P 打印客户档案基本资料表（F1）。</source>
      <translation>For a paper record, press Ctrl+P to print the customer record sheet (F1).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="21" />
      <source>搜索客户</source>
      <translation>Search customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="21" />
      <source>编辑所选客户</source>
      <translation>Edit the selected customer</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="22" />
      <source>删除所选客户（车辆和记录保留）</source>
      <translation>Delete the selected customer (vehicles and history are kept)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="22" />
      <source>打印客户档案基本资料表</source>
      <translation>Print the customer record sheet</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="23" />
      <source>为所选客户添加车辆</source>
      <translation>Add a vehicle to the selected customer</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="23" />
      <source>为所选车辆登记到店</source>
      <translation>Record a visit of the selected vehicle</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="27" />
      <source>每日回访</source>
      <translation>Daily calls</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="28" />
      <source>今天要打的电话：交车回访、修后回访、首保和定保提醒、续保年检、流失客户、生日和投诉回访，按原因分组，逾期的标红。</source>
      <translation>Today's calls: after delivery, after service, first-service and maintenance reminders, insurance and inspection, lost customers, birthdays and complaint follow-ups, grouped by reason, overdue ones in red.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="29" />
      <source>上班后先看列表：逾期的先打。</source>
      <translation>Start the day with the list: overdue calls first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="30" />
      <source>选中一行按回车，对着话术通话，按 5W1H 记下通话内容，再选结果：每种回访只列出适合它的结果（Ctrl+1、Ctrl+2……）。</source>
      <translation>Select a line and press Enter, talk along the script, note the call in 5W1H, then choose the outcome: each call lists only the outcomes that fit it (Ctrl+1, Ctrl+2, …).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="31" />
      <source>交车3日和修后第一次回访有满意度问卷：在问卷上按 5–1 逐题作答（0 = 不适用），总体满意最后；保存时按回答判定满意或不满意。</source>
      <translation>The 3-day delivery call and the first after-visit call carry a satisfaction survey: answer question by question with 5–1 (0 = not applicable), overall satisfaction last; saving judges satisfied or dissatisfied from the answers.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="32" />
      <source>不满意会自动生成投诉草稿；有“一般”的回答会提醒经理跟进；未接通三次记为失联。</source>
      <translation>Dissatisfied opens a complaint draft automatically; a "neutral" answer alerts the manager; three unanswered calls mark the customer unreachable.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="33" />
      <source>首保、定保、流失预警等提醒电话中客户同意预约时，选“已预约”（Ctrl+1）并选时段：预约和回访一起保存；客户暂不需要、已在他处保养、车辆已转让或报废、号码错误也各有按钮。</source>
      <translation>When a reminder call (first service, maintenance, lost customer …) ends with a yes to booking, choose "Booked" (Ctrl+1) and a slot: the booking and the call are saved together; not needed yet, serviced elsewhere, car sold or scrapped and wrong number each have a button too.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="35" />
      <source>下班前打印当天的电话登记表（F3），交车客户的回访记录表（F5）随时可打印。</source>
      <translation>Before leaving, print the day's call register (F3); the new-car buyer follow-up record (F5) can be printed at any time.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="36" />
      <source>时间窗口过了还没打的回访记为“已过期”，计入应回访；电脑几天没开时，这期间整个窗口都已过去的回访也会补记为已过期（未列入清单）。经理在状态筛选中选“已过期（近31天）”按原因和经办人查看。</source>
      <translation>A call not made before its window closes is missed and still counts as due; when the PC was off for some days, the calls whose whole window passed meanwhile are recorded as missed too (never listed). Managers see them by reason and assignee with the status filter Missed (31 days).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="38" />
      <source>打开所选回访</source>
      <translation>Open the selected call</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="38" />
      <source>刷新清单</source>
      <translation>Refresh the list</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="38" />
      <source>通话窗口中：选择回访结果</source>
      <translation>In the call window: choose the result</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="38" />
      <source>问卷中：回答当前问题</source>
      <translation>In the survey: answer the current question</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="42" />
      <source>维修保养的预约簿：每 30 分钟一个时段，每个时段和每天的工位有上限（在设置中修改），休息日没有时段。</source>
      <translation>The service booking book: a slot every 30 minutes, with a limit of bays per slot and per day (changed in the settings); closed days have no slots.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="43" />
      <source>提醒电话中客户同意预约时，在通话窗口按“已预约”，选时段：预约登记和回访完成一次保存。</source>
      <translation>When a customer agrees to book during a reminder call, press “Booked” in the call window and choose a slot: the booking and the completed call are saved together.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="44" />
      <source>客户来电或到店预约时，按 Ctrl+B；先推荐当天最早的两个空闲时段，当天已满时推荐之后最近的空闲时段。</source>
      <translation>When a customer calls or comes in to book, press Ctrl+B; the day's first two free slots are offered first, and when the day is full the next free ones.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="45" />
      <source>把客户描述的车辆情况写下来，前台接车时不必再问；告诉客户要携带的证件，打印或发送预约单（F13）。</source>
      <translation>Write down what the customer says about the car so the front desk need not ask again; tell them which documents to bring, and print or send the slip (F13).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="46" />
      <source>提前一天以上的预约，前一个工作日会出现在回访清单上的“预约确认”中；客户到店时按“到店”，登记维修记录也会自动标为到店。</source>
      <translation>An appointment booked more than a day ahead appears on the call list the working day before, under “Appointment confirmation”; when the customer arrives press “Arrived” — recording their visit marks it too.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="47" />
      <source>当天没有到店也没有取消的预约，第二天早上记为爽约，并安排一次“爽约回访”请客户重新预约。</source>
      <translation>An appointment neither arrived nor cancelled by the end of its day becomes a no-show the next morning, with a “No-show call” asking the customer to book again.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="48" />
      <source>每天早上打印当天的预约登记表（F14）交给前台。</source>
      <translation>Each morning print the day's appointments (F14) for the front desk.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="49" />
      <source>新预约</source>
      <translation>New appointment</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="49" />
      <source>前一天 / 后一天（在列表中）</source>
      <translation>Day before / after (in the list)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="49" />
      <source>预约空闲时段，或为所选预约改约</source>
      <translation>Book a free slot, or move the selected appointment</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="52" />
      <source>投诉处理</source>
      <translation>Complaints</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="53" />
      <source>客户抱怨和投诉的处理表（F6）：受理、联系客户、处理、封闭，每一步都有时限。</source>
      <translation>The handling form of grievances and complaints (F6): accept, contact the customer, handle, close, each step against its deadline.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="54" />
      <source>客户来电或到店投诉时，点“新建投诉”，找到客户，写下内容，选类别和渠道后受理；回访中不满意或登记“客户来电投诉”会生成草稿，选中草稿点“受理”。</source>
      <translation>When a customer complains on the phone or at the desk, press "New complaint", find the customer, write down the complaint, choose the category and channel and accept it; an unsatisfied follow-up call or a logged complaint call makes a draft: select it and press "Accept…".</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="55" />
      <source>受理后 120 分钟（营业时间）内必须第一次联系客户；3 个工作日内封闭。</source>
      <translation>Contact the customer within 120 minutes (of opening hours) of acceptance; close within 3 working days.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="56" />
      <source>工作日按国务院放假通知计算。某年的通知没有载入时，时限按周一至周五和法定节假日估算，标“估算”；每年 11 月通知发布后，在“设置 → 营业时间与工作日”中载入，未封闭投诉的时限随即重新计算。</source>
      <translation>Working days follow the State Council's holiday notice. For a year whose notice is not loaded, deadlines are estimated from Mon–Fri and the statutory holidays and marked so; once the notice is out each November, load it in Settings → Hours and days and open complaints' deadlines are recalculated.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="58" />
      <source>列表按紧急程度排列：超时的红色，快到期的橙色。</source>
      <translation>The list is sorted by urgency: overdue in red, nearly due in orange.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="59" />
      <source>填写调查结果和措施，请相关人员签名；客户再次来电时点“客户再次来电”，需要时打印升级预警单（F7）。</source>
      <translation>Fill in the investigation and the measures and have them signed; when the customer calls again press "Customer called again", and print the escalation warning (F7) when needed.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="60" />
      <source>打开所选投诉</source>
      <translation>Open the selected complaint</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="64" />
      <source>每天上午（需要时下午再查一次）按顾客休息室检查表（F8）逐项打分，登记客餐和报修。</source>
      <translation>Every morning (and again in the afternoon when needed) score each item of the lounge checklist (F8), record guest meals and repairs.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="65" />
      <source>选日期和轮次，点“开始本轮检查”。</source>
      <translation>Choose the date and the round, then press "Start this round".</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="66" />
      <source>每一项按 0–5 打分，光标自动跳到下一项；低于 3 分的按 R 报修。</source>
      <translation>Score each item 0–5 and the cursor moves to the next; press R to report a repair for items below 3.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="67" />
      <source>修好后在报修列表中标记为已修复；每月用“通话抽查”检查关爱专员的预约流程（F10）。</source>
      <translation>Mark repairs as repaired when done; once a month, check the specialists' appointment calls with the "Call spot check" (F10).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="68" />
      <source>给当前项目打分</source>
      <translation>Score the current item</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="68" />
      <source>报修当前项目</source>
      <translation>Report a repair for the current item</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="68" />
      <source>为当前项目填写备注</source>
      <translation>Add a remark to the current item</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="71" />
      <source>统计报表</source>
      <translation>Statistics</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="72" />
      <source>经理用：每月的回访率、满意率、投诉时效、招揽效果、流失客户和客休区得分，与目标比较。</source>
      <translation>For managers: each month's call rate, satisfaction, complaint timeliness, reminder results, lost customers and lounge scores against the targets.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="73" />
      <source>选择月份后按“统计”。</source>
      <translation>Choose a month and press "Calculate".</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="74" />
      <source>打印月度工作小结（PDF），或生成给总部的 Excel 工作簿。</source>
      <translation>Print the monthly summary (PDF), or make the Excel workbook for head office.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="80" />
      <source>本页使用说明</source>
      <translation>Guide to this page</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="80" />
      <source>切换到第 1–5 页</source>
      <translation>Go to page 1–5</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="81" />
      <source>导出客户与车辆</source>
      <translation>Export customers and vehicles</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="82" />
      <source>导入客户资料</source>
      <translation>Import customers</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="82" />
      <source>立即备份</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="83" />
      <source>关闭窗口</source>
      <translation>Close the window</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="94" />
      <source>快捷键一览</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="101" />
      <source>每天的工作</source>
      <translation>Every day</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="104" />
      <source>快捷键</source>
      <translation>Shortcuts</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="105" />
      <source>按钮上的 F1–F12 是纸质表单的编号，不是键盘按键。</source>
      <translation>F1–F12 on the buttons are the numbers of the paper forms, not keys.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/help_dialog.py" line="112" />
      <source>使用说明</source>
      <translation>Guide</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="42" />
      <source>（不导入）</source>
      <translation>(do not import)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="43" />
      <source>自动识别（按列名）</source>
      <translation>Detect (by column names)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="43" />
      <source>客户和车辆</source>
      <translation>Customers and vehicles</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="44" />
      <source>客服中心投诉工单</source>
      <translation>Call-centre complaint tickets</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="50" />
      <source>保存导入模板</source>
      <translation>Save import template</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="50" />
      <source>CareCenter导入模板.xlsx</source>
      <translation>CareCenter import template.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="50" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="56" />
      <source>导入模板</source>
      <translation>Import template</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="56" />
      <source>已保存：{written}</source>
      <translation>Saved: {written}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="66" />
      <source>选择文件</source>
      <translation>Choose a file</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="67" />
      <source>支持 Excel（.xlsx）和 CSV（UTF-8、UTF-16、GBK/GB18030 或 Big5）。可以是销售部的交车客户表，也可以是 DMS 导出的维修记录。</source>
      <translation>Excel (.xlsx) and CSV (UTF-8, UTF-16, GBK/GB18030 or Big5) are supported: the sales department's delivery list, or service history exported from the DMS.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="69" />
      <source>选择要导入的文件</source>
      <translation>Choose the file to import</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="70" />
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="72" />
      <source>下载导入模板…</source>
      <translation>Download import template…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="80" />
      <source>更新已有的客户和车辆（用文件中的非空内容）</source>
      <translation>Update existing customers and vehicles (with the file's non-empty cells)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="81" />
      <source>跳过已有的客户和车辆</source>
      <translation>Skip existing customers and vehicles</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="87" />
      <source>文件：</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="88" />
      <source>文件内容：</source>
      <translation>Contents:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="89" />
      <source>已有记录：</source>
      <translation>Existing records:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="91" />
      <source>包括隐藏的工作表（默认跳过，预览中列出）</source>
      <translation>Include hidden worksheets (skipped by default, listed in the preview)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="93" />
      <source>按车架号、再按车牌、再按“电话 + 姓名”判断是否已有。导入前会先显示预览，确认后才写入。</source>
      <translation>Existing records are found by VIN, then plate, then "phone + name". A preview comes first; nothing is written until you confirm.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="104" />
      <source>表格文件 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)</source>
      <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="112" />
      <source>正在读取文件……</source>
      <translation>Reading the file……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="116" />
      <source>无法导入这个文件</source>
      <translation>This file cannot be imported</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="132" />
      <source>核对每一列的内容</source>
      <translation>Check each column</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="133" />
      <source>已按列名自动识别。请检查“导入为”一栏，识别不了的列标为“不导入”，可手工指定。</source>
      <translation>Columns were matched by their names. Check the "Import as" column; columns not recognised are marked "do not import" and can be set by hand.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="152" />
      <source>文件中的列</source>
      <translation>Column in the file</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="152" />
      <source>示例</source>
      <translation>Example</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="152" />
      <source>导入为</source>
      <translation>Import as</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="158" />
      <source>第 {v1} 列</source>
      <translation>Column {v1}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="168" />
      <source>{name}：{v2}</source>
      <translation>{name}: {v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="176" />
      <source>{name}（{v2:,} 行）</source>
      <translation>{name} ({v2:,} rows)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="178" />
      <source>未识别、将不导入的列：</source>
      <translation>Columns not recognised (not imported):</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="191" />
      <source>列对应有重复</source>
      <translation>Columns matched twice</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="192" />
      <source>工作表“{name}”中有多列都导入为“{v2}”，每项只能对应一列。</source>
      <translation>Several columns of sheet "{name}" are imported as "{v2}"; each field takes one column.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="205" />
      <source>预览</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="206" />
      <source>以下是导入后的结果和发现的问题。点“导入”才会写入；有错误时不能导入。</source>
      <translation>The result of the import and the problems found. Nothing is written until you press "Import"; it cannot be imported while there are errors.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>工作表</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>行</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>列</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="210" />
      <source>值</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="223" />
      <source>正在检查每一行……</source>
      <translation>Checking every row……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="228" />
      <source>预览未完成。</source>
      <translation>The preview did not finish.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="245" />
      <source>（下表只列出前 {PROBLEM_LIMIT:,} 条）</source>
      <translation>(the table lists the first {PROBLEM_LIMIT:,})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="247" />
      <source>&lt;span style='color:#C62828'&gt;&lt;b&gt;有 {v1:,} 处错误，不能导入。&lt;/b&gt;请在文件中修改后重新选择文件。&lt;/span&gt;&lt;br&gt;{text}</source>
      <translation>&lt;span style='color:#C62828'&gt;&lt;b&gt;{v1:,} errors: cannot import.&lt;/b&gt; Correct the file and choose it again.&lt;/span&gt;&lt;br&gt;{text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="251" />
      <source>文件中没有可导入的数据行。</source>
      <translation>The file has no rows to import.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="259" />
      <source>正在导入……</source>
      <translation>Importing……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="265" />
      <source>导入未完成</source>
      <translation>The import did not finish</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="269" />
      <source>没有写入任何数据。</source>
      <translation>Nothing was written.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="283" />
      <source>下一步 &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="284" />
      <source>&lt; 上一步</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="28" />
      <source>销售线索（转销售部）</source>
      <translation>Sales leads (for the sales department)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="29" />
      <source>只看尚无结果的</source>
      <translation>Only those without an outcome</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="34" />
      <source>转交销售顾问…</source>
      <translation>Hand to a consultant…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="39" />
      <source>登记跟进结果</source>
      <translation>Record the outcome</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="44" />
      <source>打印本月 F17…</source>
      <translation>Print this month (F17)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="46" />
      <source>导出 Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="80" />
      <source>没有销售线索：来电登记为“购车意向”时在这里出现。</source>
      <translation>No sales leads: a call logged as Wants to buy appears here.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="86" />
      <source>请先选择一条线索。</source>
      <translation>Choose a lead first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="93" />
      <source>销售顾问姓名：</source>
      <translation>Sales consultant's name:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="109" />
      <source>销售线索_{month}.pdf</source>
      <translation>Sales_leads_{month}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="118" />
      <source>导出销售线索</source>
      <translation>Export sales leads</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/leads_dialog.py" line="118" />
      <source>销售线索.xlsx</source>
      <translation>Sales_leads.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="39" />
      <source>登记信函：{name}</source>
      <translation>Record letter: {name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="48" />
      <source>YYYY-MM-DD（寄出后填写）</source>
      <translation>YYYY-MM-DD (fill in once posted)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="57" />
      <source>登记</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="79" />
      <source>短信批量文件（供短信平台导入）</source>
      <translation>SMS batch file (for the SMS platform)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="91" />
      <source>CareCenter 不直接发送短信：导出的文件请导入本店短信平台发送。发送记录保存在客户档案中。</source>
      <translation>CareCenter does not send SMS itself: import the exported file into the dealership's SMS platform. What was sent is kept in the customer records.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="95" />
      <source>导出…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="134" />
      <source>共 {v1} 位客户有手机号码（列表中 {v2} 位）</source>
      <translation>{v1} customers have a mobile number ({v2} in the list)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="135" />
      <source>，{refused} 位拒收此类短信已排除</source>
      <translation>, {refused} who refuse such messages left out</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="136" />
      <source>，下表列出前 200 条</source>
      <translation>, the first 200 are listed below</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="142" />
      <source>短信_{currentText}.xlsx</source>
      <translation>SMS_{currentText}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="156" />
      <source>已导出：{written}</source>
      <translation>Exported: {written}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="170" />
      <source>登记来电</source>
      <translation>Log a call</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="191" />
      <source>YYYY-MM-DD（需要回电时填写）</source>
      <translation>YYYY-MM-DD (when a call back is due)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="200" />
      <source>例如 工作日晚上</source>
      <translation>e.g. weekday evenings</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="211" />
      <source>新来电人</source>
      <translation>New caller</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="212" />
      <source>来电类型</source>
      <translation>Call type</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="218" />
      <source>留言给</source>
      <translation>Message for</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="218" />
      <source>回电日期</source>
      <translation>Call back by</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="258" />
      <source>档案里没有：请填写新来电人的姓名和电话，登记为潜在客户。</source>
      <translation>Not in the archive: give the new caller's name and number to register a prospect.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="266" />
      <source>请查找并选择客户，或填写新来电人的姓名和电话。</source>
      <translation>Find and choose the customer, or give the new caller's name and number.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="32" />
      <source>登录 CareCenter 客户关爱中心</source>
      <translation>Log in to CareCenter Customer Care</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="42" />
      <source>用户：</source>
      <translation>User:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="43" />
      <source>密码：</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="53" />
      <source>正在登录……</source>
      <translation>Logging in……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="74" />
      <source>创建管理员账户</source>
      <translation>Create the administrator</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="76" />
      <source>例如：王经理</source>
      <translation>e.g. Manager Wang</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="80" />
      <source>至少 {MIN_PASSWORD} 个字符</source>
      <translation>at least {MIN_PASSWORD} characters</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="86" />
      <source>这是第一次使用。请创建管理员账户：管理员负责用户、备份和设置。密码请妥善保管。</source>
      <translation>This is the first start. Create the administrator account: the administrator looks after users, backups and settings. Keep the password safe.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="89" />
      <source>姓名：</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="90" />
      <source>工号：</source>
      <translation>Staff no.:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="97" />
      <source>创建并登录</source>
      <translation>Create and log in</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="110" />
      <source>正在创建管理员……</source>
      <translation>Creating the administrator……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="76" />
      <source>开始本轮检查</source>
      <translation>Start this round</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="84" />
      <source>打印检查表 (F8)</source>
      <translation>Print checklist (F8)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="87" />
      <source>通话抽查 (F10)…</source>
      <translation>Call spot check (F10)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="96" />
      <source>用键盘逐项评分：按 0–5 打分并跳到下一项；R 报修（低于 3 分）；回车填写备注。</source>
      <translation>Score with the keyboard: 0–5 scores and moves to the next item; R reports a repair (below 3); Enter adds a remark.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="100" />
      <source>车牌号，回车登记客餐</source>
      <translation>Plate, Enter to record a guest meal</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="104" />
      <source>标记为已修复</source>
      <translation>Mark as repaired</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="107" />
      <source>月度平均分</source>
      <translation>Monthly averages</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="111" />
      <source>&lt;b&gt;客餐登记&lt;/b&gt;</source>
      <translation>&lt;b&gt;Guest meals&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="114" />
      <source>&lt;b&gt;报修中的项目&lt;/b&gt;</source>
      <translation>&lt;b&gt;Items under repair&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="142" />
      <source>&lt;b&gt;顾客休息室检查&lt;/b&gt;</source>
      <translation>&lt;b&gt;Customer lounge check&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="150" />
      <source>客休区检查表_{day}.pdf</source>
      <translation>Lounge checklist_{day}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="173" />
      <source>进行中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="175" />
      <source>{state}　合计 {total} / {maximum}　检查人 {checker}</source>
      <translation>{state}　total {total} / {maximum}　checked by {checker}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="180" />
      <source>本轮尚未开始</source>
      <translation>This round has not started</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="184" />
      <source>{ticket}　{plate}</source>
      <translation>{ticket}　{plate}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="185" />
      <source>　{name}（档案客户）</source>
      <translation>  {name} (in the archive)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="191" />
      <source>{reported_at:%m-%d}　{title}　{remark}</source>
      <translation>{reported_at:%m-%d}　{title}　{remark}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="219" />
      <source>{title}：</source>
      <translation>{title}:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="231" />
      <source>客餐票 {ticket}（{plate}）</source>
      <translation>Meal ticket {ticket} ({plate})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="233" />
      <source>客餐未登记</source>
      <translation>No meal recorded</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="253" />
      <source>{position}. {title}　{average:.2f}　近6个月 {line}</source>
      <translation>{position}. {title}　{average:.2f}　last 6 months {line}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="260" />
      <source>月份应写成 YYYY-MM</source>
      <translation>The month should be written YYYY-MM</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="271" />
      <source>通话质量抽查（关键岗位流程执行情况检查表）</source>
      <translation>Call quality spot check (key process check)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="273" />
      <source>被检查的关爱专员</source>
      <translation>Specialist checked</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="277" />
      <source>抽取本月通话</source>
      <translation>Pick this month's calls</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="293" />
      <source>抽取</source>
      <translation>Pick</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="301" />
      <source>保存后打印检查表 (F10)</source>
      <translation>Print the checklist after saving (F10)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="304" />
      <source>保存抽查结果</source>
      <translation>Save spot check</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="314" />
      <source>本月还没有抽查记录。</source>
      <translation>No spot checks this month yet.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="314" />
      <source>本月抽查汇总：{text}</source>
      <translation>This month's spot checks: {text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="337" />
      <source>关键岗位流程执行情况检查表</source>
      <translation>Key process check</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="338" />
      <source>通话抽查_{check_id}.pdf</source>
      <translation>Spot check_{check_id}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="53" />
      <source>预约管理</source>
      <translation>Appointments</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="68" />
      <source>今日回访：—</source>
      <translation>Calls today: —</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="68" />
      <source>超时投诉：—</source>
      <translation>Complaints overdue: —</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="69" />
      <source>今日预约：—</source>
      <translation>Appointments today: —</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="71" />
      <source>今日预约：{waiting}（已到店 {arrived}）</source>
      <translation>Appointments today: {waiting} (arrived {arrived})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="74" />
      <source>今日回访：{open_calls}（逾期 {overdue}）</source>
      <translation>Calls today: {open_calls} ({overdue} overdue)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="75" />
      <source>超时投诉：{count}</source>
      <translation>Complaints overdue: {count}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="109" />
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="110" />
      <source>导入客户资料（Excel/CSV）…</source>
      <translation>Import customers (Excel/CSV)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="114" />
      <source>打印客户档案基本资料表…</source>
      <translation>Print customer record sheet…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="115" />
      <source>导出客户与车辆（Excel）…</source>
      <translation>Export customers and vehicles (Excel)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="117" />
      <source>月度工作小结（PDF）…</source>
      <translation>Monthly summary (PDF)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="118" />
      <source>总部工作簿（Excel）…</source>
      <translation>Head-office workbook (Excel)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="121" />
      <source>客户(&amp;C)</source>
      <translation>&amp;Customer</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="122" />
      <source>新增客户…</source>
      <translation>New customer…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="123" />
      <source>编辑客户…</source>
      <translation>Edit customer…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="124" />
      <source>添加车辆…</source>
      <translation>Add vehicle…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="125" />
      <source>登记到店…</source>
      <translation>Record visit…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="130" />
      <source>销售线索…</source>
      <translation>Sales leads…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="131" />
      <source>群发短信（按条件选择客户）…</source>
      <translation>Text campaign (customers chosen by conditions)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="132" />
      <source>查看(&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="136" />
      <source>系统(&amp;S)</source>
      <translation>&amp;System</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="138" />
      <source>立即备份到…</source>
      <translation>Back up now to…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="139" />
      <source>恢复备份…</source>
      <translation>Restore backup…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="143" />
      <source>用户管理…</source>
      <translation>Users…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="144" />
      <source>审计日志…</source>
      <translation>Audit log…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="146" />
      <source>设置…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="147" />
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="151" />
      <source>关于 CareCenter</source>
      <translation>About CareCenter</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="184" />
      <source>导入完成：{summary}</source>
      <translation>Import finished: {summary}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="192" />
      <source>客户资料_{today:%Y-%m-%d}.xlsx</source>
      <translation>Customers_{today:%Y-%m-%d}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="199" />
      <source>正在导出客户资料……</source>
      <translation>Exporting customers……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="203" />
      <source>已导出到 {value}</source>
      <translation>Exported to {value}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="205" />
      <source>导出未完成</source>
      <translation>The export did not finish</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="232" />
      <source>PostgreSQL 数据库由服务器备份和恢复</source>
      <translation>A PostgreSQL database is backed up and restored by its server</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="239" />
      <source>选择备份文件夹（例如 U 盘）</source>
      <translation>Choose a backup folder (e.g. a USB stick)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="241" />
      <source>正在备份……</source>
      <translation>Backing up……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="244" />
      <source>已备份到：
{value}</source>
      <translation>Backed up to:
{value}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="246" />
      <source>备份未完成</source>
      <translation>The backup did not finish</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="250" />
      <source>选择要恢复的备份</source>
      <translation>Choose the backup to restore</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="250" />
      <source>CareCenter 备份 (*.sqlite3);;所有文件 (*)</source>
      <translation>CareCenter backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="253" />
      <source>用这个备份替换当前数据库吗？
{path}

当前数据库会先自动备份，并以 .replaced 文件名保留在原文件夹。</source>
      <translation>Replace the current database with this backup?
{path}

The current database is backed up first and kept in its folder under a .replaced name.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="256" />
      <source>正在恢复……</source>
      <translation>Restoring……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="261" />
      <source>已恢复。</source>
      <translation>Restored.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="263" />
      <source>未恢复</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="266" />
      <source>正在检查数据库……</source>
      <translation>Checking the database……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="273" />
      <source>

请用“恢复备份”从最近的备份恢复。</source>
      <translation>

Use "Restore backup" to restore the latest backup.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="330" />
      <source>数据库检查未通过</source>
      <translation>The database check failed</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="331" />
      <source>启动后的数据库检查发现问题：{problem}

请关闭程序。下次启动时，CareCenter 会把损坏的文件移到一旁（不会删除），并提供用最新的完好备份恢复。</source>
      <translation>The check after start-up found a problem: {problem}

Please close the program. At the next start CareCenter moves the damaged file aside (never deletes it) and offers to restore the newest good backup.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="361" />
      <source>定时自动备份</source>
      <translation>Scheduled backup</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="375" />
      <source>　只读</source>
      <translation>　read-only</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="375" />
      <source>用户：{who}</source>
      <translation>User: {who}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="379" />
      <source>今日回访：— 　超时投诉：—</source>
      <translation>Calls today: — 　Complaints overdue: —</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="386" />
      <source>数据库：{location}</source>
      <translation>Database: {location}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="393" />
      <source>客户 {n:,} 位　今天 {today:%Y-%m-%d}</source>
      <translation>{n:,} customers　today {today:%Y-%m-%d}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="404" />
      <source>&lt;h3&gt;CareCenter 客户关爱中心 {v1}&lt;/h3&gt;&lt;p&gt;{dealership}&lt;/p&gt;&lt;p&gt;数据库：{location}&lt;br&gt;日志模式：{journal_mode}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;CareCenter Customer Care {v1}&lt;/h3&gt;&lt;p&gt;{dealership}&lt;/p&gt;&lt;p&gt;Database: {location}&lt;br&gt;Journal mode: {journal_mode}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="428" />
      <source>正在自动备份……</source>
      <translation>Backing up automatically……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="429" />
      <source>关闭程序时的自动备份</source>
      <translation>Automatic backup on closing</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="431" />
      <source>自动备份失败：{error}</source>
      <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="21" />
      <source>获得：消费</source>
      <translation>Earned: spend</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="21" />
      <source>获得：活动</source>
      <translation>Earned: event</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="21" />
      <source>获得：推荐购车</source>
      <translation>Earned: referral</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="22" />
      <source>兑换（抵扣费用）</source>
      <translation>Redeemed (against a bill)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="22" />
      <source>调整（经理）</source>
      <translation>Correction (manager)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="30" />
      <source>会员与积分：{name}</source>
      <translation>Club and points: {name}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="33" />
      <source>入会（分配会员卡号）</source>
      <translation>Join (give a member number)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="38" />
      <source>复制入会短信</source>
      <translation>Copy join SMS</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="39" />
      <source>会员卡号的短信（粘贴到短信平台发送）</source>
      <translation>The SMS with the member number (paste it into the SMS platform)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="44" />
      <source>经手人</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="62" />
      <source>事由（兑换写明抵扣的工单，调整写明原因）</source>
      <translation>Reason (the work order paid for, or why it is corrected)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="76" />
      <source>打印会员申请表 (F11)</source>
      <translation>Print the application (F11)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="95" />
      <source>&lt;b&gt;会员卡号 {number}&lt;/b&gt;　{level}　{joined} 入会&lt;br&gt;积分余额 &lt;b&gt;{balance}&lt;/b&gt;　近12个月获得 {earned}（决定级别）</source>
      <translation>&lt;b&gt;Member number {number}&lt;/b&gt; · {level} · joined {joined}&lt;br&gt;Balance &lt;b&gt;{balance}&lt;/b&gt; · earned in the last 12 months {earned} (decides the level)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="100" />
      <source>&lt;b&gt;非会员&lt;/b&gt;　积分余额 &lt;b&gt;{balance}&lt;/b&gt;（非会员也积分，入会后保留）</source>
      <translation>&lt;b&gt;Not a member&lt;/b&gt; · balance &lt;b&gt;{balance}&lt;/b&gt; (non-members earn too and keep their points when they join)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="109" />
      <source>级别变化：</source>
      <translation>Level changes: </translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="110" />
      <source>{day} {old}→{new}</source>
      <translation>{day} {old}→{new}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="111" />
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="117" />
      <source>请填写积分。</source>
      <translation>Please enter the points.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="146" />
      <source>无法发送入会短信：客户没有手机号码，或拒收短信。</source>
      <translation>No join SMS: the customer has no mobile number or refused text messages.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/points_dialog.py" line="150" />
      <source>入会短信已复制，可粘贴到短信平台：{text}</source>
      <translation>Join SMS copied, paste it into the SMS platform: {text}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="52" />
      <source>打印预览 — {title}</source>
      <translation>Print preview — {title}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="58" />
      <source>无法打开生成的 PDF（{name}）。</source>
      <translation>Cannot open the PDF made ({name}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="63" />
      <source>打印…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="65" />
      <source>选择打印机并打印（Ctrl+P）</source>
      <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="67" />
      <source>另存为…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="69" />
      <source>保存 PDF 文件（Ctrl+S）</source>
      <translation>Save the PDF file (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="71" />
      <source>适合宽度</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="73" />
      <source>整页</source>
      <translation>Whole page</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="77" />
      <source>共 {pageCount} 页</source>
      <translation>Pages: {pageCount}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="101" />
      <source>已发送 {pages} 页到打印机“{v2}”。</source>
      <translation>{pages} pages sent to printer "{v2}".</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="111" />
      <source>无法连接打印机，请检查打印机是否开启。</source>
      <translation>Cannot reach the printer; check that it is switched on.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="128" />
      <source>另存为</source>
      <translation>Save as</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="138" />
      <source>无法保存到 {target}：{v2}</source>
      <translation>Cannot save to {target}: {v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="140" />
      <source>已保存</source>
      <translation>Saved</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="141" />
      <source>{v1}（已保存到 {name}）</source>
      <translation>{v1} (saved to {name})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="152" />
      <source>表单</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="165" />
      <source>正在生成“{title}”……</source>
      <translation>Making "{title}"……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="169" />
      <source>未能生成表单</source>
      <translation>The form could not be made</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="28" />
      <source>通话时间</source>
      <translation>Call time</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="34" />
      <source>需上报主管的问题</source>
      <translation>Questions to report to the supervisor</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="36" />
      <source>标记为已上报</source>
      <translation>Mark as reported</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="38" />
      <source>已答复客户（今天）</source>
      <translation>Answered today</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="39" />
      <source>找到解决办法并已答复客户：记下答复客户日期（F2），问题从此列表移除</source>
      <translation>A solution was found and the customer told: records the answer date (F2) and takes the question off this list</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="46" />
      <source>通话中未能答复、两天后仍未解决的问题，应上报主管；找到解决办法当天答复客户。</source>
      <translation>Questions not answered on the call and still open two days later go to the supervisor; answer the customer on the day a solution is found.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="172" />
      <source>请确认</source>
      <translation>Please confirm</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="172" />
      <source>{text}

仍然保存吗？</source>
      <translation>{text}

Save anyway?</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="187" />
      <source>• {label}：{message}</source>
      <translation>• {label}: {message}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="188" />
      <source>请修改标红的项目后再保存：
</source>
      <translation>Please correct the fields marked in red, then save:
</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="128" />
      <source>经销商与语言</source>
      <translation>Dealership</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="129" />
      <source>营业时间与工作日</source>
      <translation>Hours and days</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="131" />
      <source>月度目标</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="137" />
      <source>只有管理员可以修改经销商的设置；本机的界面语言可以随时更改。</source>
      <translation>Only the administrator can change the dealership's settings; this PC's language can be changed at any time.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="150" />
      <source>保存语言</source>
      <translation>Save language</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="154" />
      <source>界面和打印语言（本机）</source>
      <translation>Screen and print language (this PC)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="193" />
      <source>投诉的 120 分钟响应时限只计营业时间；3 个工作日的封闭时限按国家法定节假日和下表的调整计算。修改后，未封闭投诉的时限会重新计算。</source>
      <translation>The 120-minute response clock of a complaint counts opening hours only; the 3-working-day closure deadline follows the official holidays and the changes below. After a change, the deadlines of open complaints are recalculated.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="196" />
      <source>本店安排</source>
      <translation>Dealership</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="206" />
      <source>添加调整</source>
      <translation>Add change</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="207" />
      <source>删除所选</source>
      <translation>Delete selected</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="218" />
      <source>国务院放假通知</source>
      <translation>Official holiday notices</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="219" />
      <source>每年 11 月国务院公布下一年的放假和调休安排。载入后（JSON 文件，或每行“日期 休/班”的文本），未封闭投诉的时限立即按通知重新计算；未载入的年份按周一至周五和法定节假日估算。</source>
      <translation>Each November the State Council publishes next year's days off and make-up working days. Once loaded (a JSON file, or text with one "date off|work" per line), open complaints' deadlines are recalculated at once; a year without a notice is estimated from Mon–Fri and the statutory holidays.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="222" />
      <source>年份</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="222" />
      <source>放假安排来源</source>
      <translation>Schedule from</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="231" />
      <source>载入通知文件…</source>
      <translation>Load notice file…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="232" />
      <source>删除所选年份的通知</source>
      <translation>Remove selected year's notice</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="247" />
      <source>载入国务院放假通知</source>
      <translation>Load the official holiday notice</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="248" />
      <source>放假通知（*.json *.txt *.csv）;;所有文件（*）</source>
      <translation>Holiday notices (*.json *.txt *.csv);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="259" />
      <source>通知未载入</source>
      <translation>Notice not loaded</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="266" />
      <source>请先选择一个已载入通知的年份。</source>
      <translation>Select a year with a loaded notice first.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="305" />
      <source>档案中的车型及其首保里程。与通用设置（规则页）相同的不单独保存；改动通用设置时一起变化。</source>
      <translation>The models in the archive and their first-service mileage. A model with the general value (Rules page) is not stored on its own and follows that value when it changes.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="306" />
      <source>添加车型</source>
      <translation>Add model</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="312" />
      <source>可用占位符：{placeholders}。自己的模板（例如“幸福家庭计划”）可在群发短信中使用；清空文字即删除自己的模板，或恢复系统自带的文字。</source>
      <translation>Placeholders: {placeholders}. Your own templates (e.g. "Happy Family Plan") can be used in text campaigns; clearing the text deletes your own template or restores the shipped words.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="323" />
      <source>添加自己的模板…</source>
      <translation>Add your own template…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="346" />
      <source>添加自己的模板</source>
      <translation>Add your own template</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="346" />
      <source>模板名称（例如 幸福家庭计划）：</source>
      <translation>Template name (e.g. Happy Family Plan):</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="356" />
      <source>标准</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="364" />
      <source>每天检查的项目（F8）。已完成的检查保留当时的项目文字。</source>
      <translation>The items checked every day (F8). Checks already made keep the wording they had.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="365" />
      <source>添加项目</source>
      <translation>Add item</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="366" />
      <source>上移</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="366" />
      <source>下移</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="372" />
      <source>每行一个评分项目，按回访时的提问顺序；总体评价问题单独填写，放在最后。已有回答的问题删去后不再提问，但不会删除：以前的回答按当时的问题保存，并计入当时的统计。修改会记入审计日志。</source>
      <translation>One scored question per line, in the order they are asked; the overall question goes in its own box and is asked last. A question that has answers and is taken out is no longer asked but not deleted: past answers keep the question as it was asked and count in their months' figures. Changes are written to the audit log.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="394" />
      <source>评分项目</source>
      <translation>Scored questions</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="395" />
      <source>总体评价</source>
      <translation>Overall question</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/settings_dialog.py" line="397" />
      <source>已停用（保留以前的回答）：{questions}</source>
      <translation>No longer asked (past answers kept): {questions}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="143" />
      <source>{year}年第{week}周（{first:%m-%d}–{last:%m-%d}）</source>
      <translation>Week {week} of {year} ({first:%m-%d}–{last:%m-%d})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="147" />
      <source>{year}年{v2}月</source>
      <translation>{year}-{v2}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="149" />
      <source>{year}年第{quarter}季度</source>
      <translation>Q{quarter} {year}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="150" />
      <source>{year}年</source>
      <translation>{year}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="162" />
      <source>周</source>
      <translation>Week</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="162" />
      <source>月</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="162" />
      <source>季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="162" />
      <source>年</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="168" />
      <source>统计</source>
      <translation>Calculate</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="170" />
      <source>月度工作小结 (PDF)…</source>
      <translation>Monthly summary (PDF)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="172" />
      <source>总部工作簿 (Excel)…</source>
      <translation>Head-office workbook (Excel)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="174" />
      <source>顾客统计表 (F9)…</source>
      <translation>Customer statistics (F9)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="178" />
      <source>期间：</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="188" />
      <source>选择期间后按“统计”。</source>
      <translation>Choose a period and press "Calculate".</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="221" />
      <source>{title} (PDF)…</source>
      <translation>{title} (PDF)…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="243" />
      <source>正在统计 {currentText}……</source>
      <translation>Calculating {currentText}……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="272" />
      <source>统计未完成</source>
      <translation>The statistics did not finish</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="278" />
      <source>{dealership}　统计期间 {first:%Y-%m-%d} 至 {last:%Y-%m-%d}（截至 {as_of:%Y-%m-%d}）</source>
      <translation>{dealership}　period {first:%Y-%m-%d} to {last:%Y-%m-%d} (as of {as_of:%Y-%m-%d})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="280" />
      <source>正在统计保有客户、流失漏斗和十二个月趋势……</source>
      <translation>counting the customer base, the lost funnel and the twelve-month trend…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="293" />
      <source>目标 ≥ {target:g}%　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</source>
      <translation>Target ≥ {target:g}%　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="296" />
      <source>已过期 {missed} 项（从未列入 {unlisted} 项）</source>
      <translation>{missed} missed ({unlisted} never listed)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="299" />
      <source>目标 ≥ {target:g}　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</source>
      <translation>Target ≥ {target:g}  &lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="300" />
      <source>问卷 {count} 份</source>
      <translation>{count} surveys</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="305" />
      <source>目标 ≥ {target:g} 人　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</source>
      <translation>Target ≥ {target:g}　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="308" />
      <source>新增 {new}，流失 {lost}</source>
      <translation>New {new}, lost {lost}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="314" />
      <source>返修率 {rate}（≤ {target:g}%）&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</source>
      <translation>Repeat repairs {rate} (≤ {target:g}%) &lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="321" />
      <source>正在统计…</source>
      <translation>counting…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="328" />
      <source>逾期未结 {v1} 件</source>
      <translation>{v1} open past deadline</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="333" />
      <source>及时封闭率 {v1:.1f}%</source>
      <translation>Closed on time {v1:.1f}%</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="338" />
      <source>升级/预警 {v1} 件</source>
      <translation>{v1} escalations/warnings</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="343" />
      <source>回厂率 {rate:.1f}%</source>
      <translation>Return rate {rate:.1f}%</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="344" />
      <source>　预约 {booked}，到店率 {show}</source>
      <translation>  booked {booked}, show rate {show}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="350" />
      <source>流失客户（12个月）</source>
      <translation>Lost customers (12 months)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="353" />
      <source>本月招回 {v1} 台</source>
      <translation>{v1} vehicles won back this month</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="353" />
      <source>本期招回 {v1} 台</source>
      <translation>{v1} vehicles won back this period</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="366" />
      <source>周报只统计回访与投诉</source>
      <translation>A weekly report covers calls and complaints only</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="368" />
      <source>正在统计十二个月趋势……</source>
      <translation>Counting the twelve-month trend…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="373" />
      <source>近十二个月回访率、满意率（%）与 SSI、CSI</source>
      <translation>Call rate, satisfaction rate (%), SSI and CSI over twelve months</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="380" />
      <source>回访量最大的 {v1} 个原因：应回访 / 已回访</source>
      <translation>The {v1} reasons with most calls: due / called</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="388" />
      <source>正在统计流失漏斗……</source>
      <translation>Counting the lost funnel…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="391" />
      <source>流失漏斗：逾期未回厂的车辆</source>
      <translation>Lost funnel: overdue vehicles not back</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="400" />
      <source>{title}_{label}.pdf</source>
      <translation>{title}_{label}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="408" />
      <source>顾客统计表_{year}.pdf</source>
      <translation>Customer statistics_{year}.pdf</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="413" />
      <source>月度报表_{month}.xlsx</source>
      <translation>Monthly report_{month}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="414" />
      <source>{title}_{label}.xlsx</source>
      <translation>{title}_{label}.xlsx</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="415" />
      <source>保存总部工作簿</source>
      <translation>Save head-office workbook</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="424" />
      <source>正在生成总部工作簿……</source>
      <translation>Making the head-office workbook……</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="429" />
      <source>已生成 {value}</source>
      <translation>Made {value}</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="431" />
      <source>工作簿未生成</source>
      <translation>The workbook was not made</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="25" />
      <source>满意度问卷：{title}（按 5–1 作答，0 = 不适用）</source>
      <translation>Survey: {title} (answer with 5–1, 0 = not applicable)</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="87" />
      <source>“{question}”不能选不适用：它决定这次回访是否满意。</source>
      <translation>"{question}" cannot be not applicable: it decides whether the call is satisfied.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="110" />
      <source>还有 {missing} 个问题未回答。</source>
      <translation>{missing} questions still to answer.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="116" />
      <source>判定：不满意，保存后生成投诉草稿（{why}）</source>
      <translation>Verdict: dissatisfied; saving opens a complaint draft ({why})</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="119" />
      <source>判定：满意；有“一般”的回答，保存后提醒经理跟进</source>
      <translation>Verdict: satisfied; a "neutral" answer: saving alerts the manager</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/survey_panel.py" line="122" />
      <source>判定：满意</source>
      <translation>Verdict: satisfied</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="32" />
      <source>添加用户</source>
      <translation>Add user</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="43" />
      <source>角色：</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="45" />
      <source>初始密码：</source>
      <translation>First password:</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="46" />
      <source>添加</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="50" />
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="50" />
      <source>最近登录</source>
      <translation>Last log-in</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="55" />
      <source>用户管理</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="58" />
      <source>添加用户…</source>
      <translation>Add user…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="58" />
      <source>设置密码…</source>
      <translation>Set password…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="58" />
      <source>更改角色…</source>
      <translation>Change role…</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="59" />
      <source>停用 / 启用</source>
      <translation>Deactivate / activate</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="64" />
      <source>标为“未设密码”的人员（演示资料或导入的经办人）还不能登录：选中后按“设置密码…”，不必重新添加。</source>
      <translation>People marked “No password” (staff from the demo data or an import) cannot log in yet: select them and press “Set password…”; there is no need to add them again.</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="83" />
      <source>已停用</source>
      <translation>Deactivated</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="83" />
      <source>可登录</source>
      <translation>Can log in</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="83" />
      <source>未设密码</source>
      <translation>No password</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="108" />
      <source>设置密码</source>
      <translation>Set password</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="109" />
      <source>“{name}”的新密码（至少 {MIN_PASSWORD} 个字符）：</source>
      <translation>New password for "{name}" (at least {MIN_PASSWORD} characters):</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="121" />
      <source>更改角色</source>
      <translation>Change role</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="121" />
      <source>“{name}”的角色：</source>
      <translation>Role of "{name}":</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="129" />
      <source>停用</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="129" />
      <source>启用</source>
      <translation>Activate</translation>
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="130" />
      <source>确定{verb}“{name}”吗？停用的用户不能登录，其签名和记录保留。</source>
      <translation>{verb} "{name}"? A deactivated user cannot log in; their signatures and records are kept.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="107" />
      <source>电话号码“{value}”含有无效字符，请只填写数字。</source>
      <translation>Phone number "{value}" has invalid characters; use digits only.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="110" />
      <source>手机号码“{value}”不能带分机号。</source>
      <translation>Mobile number "{value}" cannot have an extension.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="113" />
      <source>手机号码“{value}”应为 11 位、以 13–19 开头的数字。</source>
      <translation>Mobile number "{value}" should be 11 digits starting with 13–19.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="115" />
      <source>座机号码“{value}”需要带区号（例如 010-12345678）。</source>
      <translation>Landline "{value}" needs its area code (e.g. 010-12345678).</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="119" />
      <source>电话号码“{value}”无法识别。</source>
      <translation>Phone number "{value}" is not recognised.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="124" />
      <source>座机号码“{value}”的区号或位数不正确（例如 010-12345678，0571-87654321）。</source>
      <translation>Landline "{value}" has a wrong area code or length (e.g. 010-12345678, 0571-87654321).</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="177" />
      <source>车架号（VIN）“{value}”应为 17 位，现在是 {v2} 位。</source>
      <translation>VIN "{value}" should have 17 characters, it has {v2}.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="180" />
      <source>车架号（VIN）不能含有字母 {v1}（容易与数字 1、0 混淆）。</source>
      <translation>A VIN cannot contain the letters {v1} (easily mistaken for 1 and 0).</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="182" />
      <source>车架号（VIN）“{value}”只能由数字和大写字母组成。</source>
      <translation>VIN "{value}" can only contain digits and capital letters.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="188" />
      <source>车架号 {text} 的校验位（第 9 位）应为 {expected}，请核对是否抄错。</source>
      <translation>The check digit (9th character) of VIN {text} should be {expected}; please check for a typo.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="211" />
      <source>车牌号“{value}”应以省份简称开头（如 京、沪、浙）。</source>
      <translation>Plate "{value}" should start with a province abbreviation (e.g. 京, 沪, 浙).</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="213" />
      <source>车牌号“{value}”位数不对：普通车牌 7 位，新能源车牌 8 位。</source>
      <translation>Plate "{value}" has the wrong length: 7 for ordinary plates, 8 for new-energy plates.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="218" />
      <source>车牌号“{value}”格式不正确（例如 浙A12345，新能源 浙AD12345）。</source>
      <translation>Plate "{value}" is not well formed (e.g. 浙A12345, new-energy 浙AD12345).</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="250" />
      <source>{label}“{value}”不是有效日期（例如 2023-05-06）。</source>
      <translation>{label} "{value}" is not a valid date (e.g. 2023-05-06).</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="261" />
      <source>行驶里程“{value}”应为数字（公里）。</source>
      <translation>Mileage "{value}" should be a number (km).</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="263" />
      <source>行驶里程不能为负数（{value}）。</source>
      <translation>Mileage cannot be negative ({value}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="265" />
      <source>行驶里程 {value} 公里不合常理，请核对。</source>
      <translation>Mileage {value} km is implausible; please check.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="271" />
      <source>行驶里程 {kilometres} 公里低于上次记录的 {last} 公里，确定要保存吗？</source>
      <translation>Mileage {kilometres} km is lower than the last recorded {last} km; save anyway?</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="287" />
      <source>金额“{value}”应为数字。</source>
      <translation>Amount "{value}" should be a number.</translation>
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="289" />
      <source>金额不能为负数（{value}）。</source>
      <translation>Amount cannot be negative ({value}).</translation>
    </message>
    <message>
      <location filename="../../carecenter/workdays.py" line="194" />
      <source>{year} 年的国务院放假通知尚未载入，该年的投诉封闭时限按周一至周五和法定节假日估算（标“估算”）。通知发布后请在“设置 → 营业时间与工作日”中载入。</source>
      <translation>The {year} holiday notice is not loaded: that year's closure deadlines are estimated (marked so). Load it in Settings → Hours and days once published.</translation>
    </message>
  </context>
</TS>
