<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>CareCenter</name>
    <message>
      <location filename="../../carecenter/app.py" line="31" />
      <source>CareCenter 客户关爱中心</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="40" />
      <source>无法打开数据库</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="43" />
      <source>数据库在网络文件夹中</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="44" />
      <source>{path}
位于网络文件夹。SQLite 数据库放在网络共享上可能损坏数据。
请把数据库放在本机磁盘上；多个前台同时使用时，请改用 PostgreSQL 多席位部署。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="56" />
      <source>数据库正在使用中</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="56" />
      <source>{busy}

可以只读打开（只能查看和打印），或取消。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="57" />
      <source>只读打开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="58" />
      <source>取消</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="158" />
      <source>数据库检查未通过（{problem}）。
损坏的文件已移到：{aside}
没有找到可用的备份，请联系管理员。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="160" />
      <source>数据库已损坏</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/app.py" line="161" />
      <source>数据库检查未通过（{problem}）。
损坏的文件已移到：{aside}

是否用最新的完好备份恢复？
{name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="51" />
      <source>{label}“{text}”无效，可选：{v3}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="60" />
      <source>{label}太长（最多 {limit} 个字）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="68" />
      <source>邮编“{text}”应为 6 位数字。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="83" />
      <source>积分“{text}”应为不小于 0 的整数。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="91" />
      <source>{label} {day:%Y-%m-%d} 晚于今天。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="100" />
      <source>性别“{text}”应为 男 或 女。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="209" />
      <source>找不到客户（编号 {customer_id}），可能已被删除。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/archive.py" line="286" />
      <source>找不到车辆（编号 {vehicle_id}）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="82" />
      <source>新增</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="82" />
      <source>修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="82" />
      <source>删除</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="82" />
      <source>登录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="82" />
      <source>登录失败</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="83" />
      <source>退出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="83" />
      <source>打印</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="83" />
      <source>导出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="83" />
      <source>导入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="83" />
      <source>备份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="83" />
      <source>恢复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="84" />
      <source>修改密码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="84" />
      <source>载入演示数据</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="84" />
      <source>检查数据库</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="84" />
      <source>回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="85" />
      <source>签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/audit.py" line="85" />
      <source>撤回签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="69" />
      <source>密码至少需要 {MIN_PASSWORD} 个字符。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="71" />
      <source>密码太长（最多 256 个字符）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="77" />
      <source>请填写用户名。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="79" />
      <source>用户名太长（最多 60 个字）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="81" />
      <source>角色应为 {v1} 之一，不是“{role}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="96" />
      <source>已有可以登录的用户，请由管理员添加新用户。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="116" />
      <source>用户“{name}”已存在。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="127" />
      <source>没有用户“{name}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="157" />
      <source>这是最后一位管理员，不能停用或改为其他角色。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="193" />
      <source>用户名或密码不正确。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="198" />
      <source>密码连续输错 {MAX_FAILURES} 次，账户已锁定，请 {minutes} 分钟后再试。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="207" />
      <source>密码连续输错 {MAX_FAILURES} 次，账户已锁定 {LOCK_MINUTES} 分钟。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/auth.py" line="208" />
      <source>用户名或密码不正确（还可再试 {v1} 次）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="68" />
      <source>PostgreSQL 数据库由服务器备份（例如每天用 pg_dump），CareCenter 不在本机复制服务器上的数据。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="77" />
      <source>无法写入备份文件夹 {target_folder}：{v2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="175" />
      <source>找不到文件：{path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="178" />
      <source>{name} 不是 CareCenter 数据库或备份文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="183" />
      <source>{name} 是其他程序的数据库，不是 CareCenter 的备份。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="187" />
      <source>{name} 已损坏，无法读取：{error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="189" />
      <source>{name} 来自较新版本的 CareCenter（结构版本 {version}），请先升级程序。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="191" />
      <source>{name} 已损坏（{result}），不能用来恢复。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="213" />
      <source>PostgreSQL 数据库请在服务器上恢复（pg_restore）；CareCenter 的备份文件只用于本机数据库。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="218" />
      <source>不能用正在使用的数据库文件恢复它自己。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/backup.py" line="227" />
      <source>{name} 复制后校验失败，未恢复。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="107" />
      <source>投诉类别“{category}”无效。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="109" />
      <source>投诉渠道应为 {v1} 之一。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="116" />
      <source>投诉 {v1} 已受理。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="144" />
      <source>投诉 {number} 不能从“{state}”改为“{state2}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="262" />
      <source>这些内容已由“{v1}”签名确认，需先撤回签名才能修改。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="283" />
      <source>时间“{value}”应写成 YYYY-MM-DD HH:MM。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="289" />
      <source>没有签名栏“{box}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="294" />
      <source>“{label}”已签名。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="305" />
      <source>撤回签名需要说明原因。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="309" />
      <source>这一栏没有签名。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="311" />
      <source>只有签名人本人或关爱总监可以撤回签名。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/complaints.py" line="397" />
      <source>找不到投诉（编号 {complaint_id}）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="437" />
      <source>回访结果应为 {v1} 之一，不是“{outcome}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="443" />
      <source>找不到回访任务 {task_id}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="445" />
      <source>回访任务 {task_id} 已是“{status}”状态，不能再登记。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="471" />
      <source>客户不便时请填写改约的日期。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="513" />
      <source>找不到客户（编号 {customer_id}）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="542" />
      <source>请填写活动名称。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="545" />
      <source>活动日期应为今天或以后的日期。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/followup.py" line="547" />
      <source>邀请对象应为 全部客户、会员，或某一车型的车主。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="99" />
      <source>{name} 不是有效的 Excel（.xlsx）文件，或文件已损坏。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="105" />
      <source>{name} 的压缩内容异常（{filename} 解压后将达 {v3} MB），疑似恶意文件，已拒绝。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="107" />
      <source>{name} 解压后将超过 {v2} GB，疑似恶意文件，已拒绝。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="110" />
      <source>{name} 不是 Excel 工作簿（.xlsx）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="121" />
      <source>{name} 的工作表声明了 {v2:,} 行 × {columns:,} 列，超过上限（{MAX_ROWS:,} 行），已拒绝。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="181" />
      <source>{name} 的工作表“{title}”超过 {MAX_ROWS:,} 行，已拒绝。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="183" />
      <source>{name} 的工作表“{title}”列数超过 {MAX_COLUMNS}，已拒绝。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="213" />
      <source>{name} 的编码无法识别（支持 UTF-8 和 GB18030/GBK）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="218" />
      <source>{name} 超过 {v2} MB，已拒绝。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="221" />
      <source>{name} 不是文本格式的 CSV 文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="230" />
      <source>{name} 超过 {MAX_ROWS:,} 行，已拒绝。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="232" />
      <source>{name} 第 {number} 行的列数超过 {MAX_COLUMNS}，已拒绝。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="256" />
      <source>{name} 是旧版或其他格式的表格，请在 Excel/WPS 中另存为 .xlsx 或 .csv 后再导入。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="258" />
      <source>不支持的文件类型：{name}（请使用 .xlsx 或 .csv）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/import_files.py" line="260" />
      <source>{name} 中没有数据。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="460" />
      <source>导入类型应为 customers、vehicles 或 visits，不是“{kind}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/importing.py" line="462" />
      <source>重复记录的处理方式应为 update（更新）或 skip（跳过）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="27" />
      <source>信函类型应为 {v1} 之一。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="31" />
      <source>寄出日期不能早于写信日期。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="57" />
      <source>没有短信模板“{template_code}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="85" />
      <source>没有可以发送短信的客户（需要手机号码）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/letters.py" line="97" />
      <source>短信批量文件应为 .csv 或 .xlsx。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="39" />
      <source>上午</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="39" />
      <source>下午</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="61" />
      <source>检查项目不能为空。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="76" />
      <source>检查轮次应为上午或下午。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="93" />
      <source>评分应在 0 到 {MAX_SCORE} 之间。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="97" />
      <source>找不到检查项 {score_id}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="110" />
      <source>评分低于 {REPAIR_BELOW} 分的项目才需要报修。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="121" />
      <source>这一项没有报修。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="177" />
      <source>请填写车牌号。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/lounge.py" line="214" />
      <source>需要对 {v1} 个检查项目逐项回答：是 / 否 / 不适用。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>首保</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>定期保养</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>一般维修</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>事故车/保险</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>索赔(保修)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>免费检测</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="9" />
      <source>其他</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>短信</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>微信</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>邮件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="12" />
      <source>信函</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="15" />
      <source>普卡</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="15" />
      <source>银卡</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="15" />
      <source>金卡</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>销售</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>售后</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>来访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>来电</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/archive.py" line="18" />
      <source>转介绍</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>经销商销售服务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>总部促销政策/活动变更</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>资源</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>价格</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="12" />
      <source>产品瑕疵或配置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="13" />
      <source>无法上牌</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="13" />
      <source>市场活动及促销</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="13" />
      <source>经销商/维修站来电投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="14" />
      <source>网站、消协、媒体、公司内部转来的投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="14" />
      <source>升级至C类的投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>维修质量</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>服务态度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>价格/收费</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>配件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>等待时间/交车延误</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="15" />
      <source>保修索赔</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="18" />
      <source>面谈</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="18" />
      <source>网站/媒体/消协</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>草稿</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>未处理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>处理中</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>处理完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>已封闭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="19" />
      <source>已升级</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="80" />
      <source>客户关爱专员签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="81" />
      <source>客户关爱总监签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="82" />
      <source>责任部门经理签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="83" />
      <source>负责人签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/complaints.py" line="85" />
      <source>实施部门经理签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="11" />
      <source>交车24小时回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="12" />
      <source>交车3日回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="13" />
      <source>感谢信</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="14" />
      <source>首保提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="15" />
      <source>修后回访（第一次）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="16" />
      <source>修后回访（第二次）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="17" />
      <source>定保提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="18" />
      <source>流失预警（逾期15天）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="19" />
      <source>流失预警（逾期30天）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="20" />
      <source>流失预警（逾期45天）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="21" />
      <source>拟流失（逾期3个月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="22" />
      <source>准流失（逾期6个月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="23" />
      <source>流失预警（逾期9个月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="24" />
      <source>流失（逾期12个月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="25" />
      <source>续保提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="26" />
      <source>年检提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="27" />
      <source>质保到期提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="28" />
      <source>老客户回馈</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="29" />
      <source>生日祝福</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="30" />
      <source>投诉回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="31" />
      <source>活动邀约</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="35" />
      <source>交车24h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="35" />
      <source>交车3日</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="35" />
      <source>修后1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="36" />
      <source>修后2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="36" />
      <source>定保</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="36" />
      <source>逾期15天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="36" />
      <source>逾期30天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="37" />
      <source>逾期45天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="37" />
      <source>拟流失</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="37" />
      <source>准流失</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="37" />
      <source>逾期9月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="37" />
      <source>流失</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="38" />
      <source>续保</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="38" />
      <source>年检</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="38" />
      <source>质保到期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="38" />
      <source>老客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="39" />
      <source>生日</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="44" />
      <source>待回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="44" />
      <source>已完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="44" />
      <source>失联</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="44" />
      <source>已过期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="44" />
      <source>已取消</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>满意</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>不满意</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>未接通</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="45" />
      <source>客户不便·改约</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>客户来电咨询</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>客户来电投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>预约</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="46" />
      <source>提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>通知</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>邀请函</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>答复函</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/followup.py" line="47" />
      <source>生日贺卡</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="12" />
      <source>空调</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="12" />
      <source>开启并设置到规定温度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="13" />
      <source>电视</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="13" />
      <source>开启并确保画面清晰</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="14" />
      <source>影视区</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="14" />
      <source>开启DVD并确保画面清晰</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="15" />
      <source>网吧</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="15" />
      <source>开启所有电脑确保能够正常运行,且有专人负责定期维护、保养和清洁</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="16" />
      <source>桌椅</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="16" />
      <source>摆放整齐</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="17" />
      <source>报纸、杂志</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="17" />
      <source>及时更新,以及装订放好报纸架并放置最新的产品信息/服务信息/促销信息资料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="18" />
      <source>茶水</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="18" />
      <source>随时确保饮水机有水,及冷热功能正常运作</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="19" />
      <source>窗户/接待台</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="19" />
      <source>透视观察窗干净、明亮便于观察;保持整洁,无杂物</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="20" />
      <source>客休室范围</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="20" />
      <source>确保每位客人有茶水供应,电视、DVD正常播放;电视穿插播放品牌相关的产品或活动的节目,同时影视类节目供顾客挑选;空置的茶杯及时收起,报纸及杂志要及时摆放原位,桌椅保持整齐</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="21" />
      <source>若在无顾客的情况下,可以关闭部分电器,如:DVD、电视、电脑及摆放桌椅</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="22" />
      <source>午餐</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="22" />
      <source>派放客餐,登记车牌,确保每位用餐的顾客有客餐票</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="24" />
      <source>1. 客休室的电器如有问题,及时与行政部联系,确保电器的正常运作。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="25" />
      <source>2. 负责客休室接待台人员,除吃饭时间外,都要在接待台负责客休室的正常运作。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="29" />
      <source>是否用客户喜欢的联系方式在客户方便的时间联系客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="30" />
      <source>电话沟通时,是否使用当地习惯的敬语恰当地称呼客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="31" />
      <source>电话沟通中,是否主动热情问候客户,采用分时问候用语</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="32" />
      <source>是否使用标准服务用语主动介绍经销商和自己</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="33" />
      <source>是否主动询问客户的需求,回答客户的一些问题,告知客户保养可能需要的时间和费用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="34" />
      <source>是否熟悉预约流程,能够在短时间内帮客户安排好预约</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="35" />
      <source>是否主动询问客户是否有熟识的服务顾问,安排客户指定的服务顾问接待客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="36" />
      <source>是否事先准备好最少2个预约时间段主动请客户选择</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="37" />
      <source>对于曾经来店保养的客户,是否了解客户在经销商的服务历史</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="38" />
      <source>如果客户来电,是否在铃响3声之内接听电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="39" />
      <source>在电话结束前,是否与客户再次确认保养的内容、预约的时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="40" />
      <source>是否提醒客户要携带的证件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="41" />
      <source>是否提醒客户,如果未能按照预约时间到达,可能会无法为客户保留工位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="42" />
      <source>是否在电话结束前,感谢客户,待客户挂断电话后再挂断电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/lounge.py" line="43" />
      <source>预约结束后,是否在系统中填入客户预约信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/migrations.py" line="137" />
      <source>这个文件不是 CareCenter 数据库（里面有其他程序的表）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/migrations.py" line="148" />
      <source>这个数据库来自较新版本的 CareCenter（结构版本 {version}，本程序支持到 {LATEST_VERSION}），请升级程序后再打开。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>关爱专员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>关爱经理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>关爱总监</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/models/staff.py" line="10" />
      <source>管理员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="22" />
      <source>一、顾客统计表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="23" />
      <source>二、回访情况</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="24" />
      <source>三、客户投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="25" />
      <source>四、招揽客户未来店分析</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="26" />
      <source>五、客户对店内的期望及意见汇总</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="27" />
      <source>六、客休区检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/monthly.py" line="85" />
      <source>月份应写成 YYYY-MM（例如 2026-10），不是“{text}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="13" />
      <source>查看客户资料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="14" />
      <source>新增记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="15" />
      <source>修改记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="16" />
      <source>删除客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="17" />
      <source>导入资料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="18" />
      <source>打印表单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="19" />
      <source>导出数据（电话等已遮挡）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="20" />
      <source>导出未遮挡的个人信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="21" />
      <source>在“客户关爱专员签名”栏签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="22" />
      <source>在“责任部门经理签名”栏签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="23" />
      <source>在“客户关爱总监签名”栏签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="24" />
      <source>管理用户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="25" />
      <source>备份数据库</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="26" />
      <source>恢复备份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="27" />
      <source>修改设置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="28" />
      <source>查看审计日志</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="30" />
      <source>查看统计报表和月度小结</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="68" />
      <source>数据库以只读方式打开，不能{v1}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/permissions.py" line="70" />
      <source>{v1}“{name}”没有权限{v3}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="118" />
      <source>日期应写成 YYYY-MM-DD 或月份 YYYY-MM，不是“{text}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="126" />
      <source>找不到通话记录 {call_id}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="337" />
      <source>找不到抽查记录 {check_id}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/printing.py" line="359" />
      <source>年份应写成 YYYY（或月份 YYYY-MM），不是“{year_text}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>拟流失（3个月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>准流失（6个月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>9个月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/recall.py" line="22" />
      <source>流失（12个月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="14" />
      <source>跟踪服务电话记录表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="15" />
      <source>跟踪服务电话登记表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="16" />
      <source>跟踪服务信函登记表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="17" />
      <source>成交客户回访情况记录表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="18" />
      <source>回访 / 客户来电咨询 / 客户来电投诉 / 预约 / 提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="19" />
      <source>通知 / 邀请函 / 答复函 / 感谢信 / 生日贺卡</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="46" />
      <source>{call_type}（{CALL_TYPES_LINE}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="48" />
      <source>日期/时间 (When)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="49" />
      <source>客户/联系人 (Who)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="50" />
      <source>地点 (Where)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="52" />
      <source>事由 (What)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="53" />
      <source>原因 (Why)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="54" />
      <source>处理方式 (How)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="56" />
      <source>客户要求、希望或投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="57" />
      <source>当场答复内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="58" />
      <source>需研究的问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="59" />
      <source>上报主管日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="59" />
      <source>答复客户日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="64" />
      <source>序号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="64" />
      <source>日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="64" />
      <source>客户名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="64" />
      <source>车号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="64" />
      <source>通话类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="64" />
      <source>内容摘要</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="64" />
      <source>结果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="64" />
      <source>经办人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="64" />
      <source>下次联系日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="77" />
      <source>期间：{period}　共 {v2} 次通话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="82" />
      <source>地址</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="82" />
      <source>信函类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="82" />
      <source>寄出日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="89" />
      <source>期间：{period}　信函类型：{LETTER_TYPES_LINE}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="124" />
      <source>客户姓名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="125" />
      <source>车型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="126" />
      <source>底盘号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="126" />
      <source>交车日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="127" />
      <source>销售顾问</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="131" />
      <source>回访日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="131" />
      <source>回访人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="132" />
      <source>回访反馈·产品</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="133" />
      <source>回访反馈·服务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="134" />
      <source>回访反馈·其他</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="136" />
      <source>预计首保</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/call_forms.py" line="137" />
      <source>预计首保日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="172" />
      <source>实线●</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="172" />
      <source>虚线■</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="172" />
      <source>点线▲</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="172" />
      <source>点划线◆</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/charts.py" line="173" />
      <source>{name}（{v2}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="13" />
      <source>客户抱怨/投诉处理表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="14" />
      <source>客户投诉升级预警单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="34" />
      <source>受理日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="34" />
      <source>受理编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="34" />
      <source>____年__月__日</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="36" />
      <source>联系人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="37" />
      <source>邮编</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="38" />
      <source>传真</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="39" />
      <source>购车时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="39" />
      <source>抱怨/投诉时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="40" />
      <source>抱怨/投诉次数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="41" />
      <source>发动机号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="42" />
      <source>接待的销售顾问</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="42" />
      <source>接待的客户关爱专员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="45" />
      <source>抱怨/投诉内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="46" />
      <source>初步原因分析</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="48" />
      <source>转交时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="49" />
      <source>抱怨/投诉调查结果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="50" />
      <source>采取措施</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="51" />
      <source>措施完成时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="52" />
      <source>客户对采取措施后的反馈意见</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="53" />
      <source>回访时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="54" />
      <source>抱怨/投诉根本原因分析</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="55" />
      <source>经销商改进措施</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="56" />
      <source>改进措施实施部门</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="73" />
      <source>工单信息和客户信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="74" />
      <source>工单号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="75" />
      <source>联系电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="75" />
      <source>车牌号码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="76" />
      <source>行驶里程数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="77" />
      <source>涉及SST</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="77" />
      <source>初次投诉日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="78" />
      <source>购车日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="78" />
      <source>原处理部门/升级处理部门</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="80" />
      <source>客户再次投诉内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="81" />
      <source>升级预警原因描述</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="82" />
      <source>CSR工号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="82" />
      <source>组长/主管签字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="83" />
      <source>职能部门处理结果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/complaint_forms.py" line="84" />
      <source>处理人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="14" />
      <source>客户档案基本资料表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>维修类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>维修养护项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>行驶里程</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="54" />
      <source>金额</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="58" />
      <source>车辆 {index}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="60" />
      <source>车种</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="61" />
      <source>发动机编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="63" />
      <source>保养周期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="63" />
      <source>下一次保养期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="65" />
      <source>在本公司维修、保养记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="77" />
      <source>客户有关情况</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="80" />
      <source>送修或来访日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="81" />
      <source>职业</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="81" />
      <source>兴趣爱好</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="82" />
      <source>家庭情况</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="82" />
      <source>偏好联系方式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="83" />
      <source>方便联系时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="83" />
      <source>会员级别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="84" />
      <source>积分</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/customer_sheet.py" line="85" />
      <source>客户希望得到的服务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/form.py" line="130" />
      <source>第 {v1} 页 / 共 {total} 页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/form.py" line="146" />
      <source>表单编号：{form_number}    打印日期：{printed_on:%Y-%m-%d}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="12" />
      <source>顾客休息室检查表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="13" />
      <source>关键岗位流程执行情况检查表 — 预约流程</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>检查项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>备注</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>检查人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="21" />
      <source>评分</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="23" />
      <source>备注：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="33" />
      <source>岗位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/lounge_forms.py" line="33" />
      <source>执行情况</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="14" />
      <source>会员入(转)会申请表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="15" />
      <source>本人自愿申请加入车友会，所填资料真实有效。经销商承诺：客户信息严格保密，仅用于会员服务与联络，不向任何第三方提供。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="35" />
      <source>申请类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="35" />
      <source>□ 入会　　□ 转会</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="36" />
      <source>姓名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="36" />
      <source>联系方式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="38" />
      <source>家庭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="39" />
      <source>车辆</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="42" />
      <source>会员资料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="43" />
      <source>入会日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="47" />
      <source>客户签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/membership_form.py" line="47" />
      <source>审核</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="20" />
      <source>月度工作小结</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="21" />
      <source>▼ 未达标</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="35" />
      <source>—（无数据）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="35" />
      <source>✓ 达标</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="40" />
      <source>指标</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="40" />
      <source>本月实际</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="40" />
      <source>目标</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="40" />
      <source>依据（件）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="50" />
      <source>{v1}年{v2}月 月度工作小结</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="51" />
      <source>统计期间：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}　制表日期：{made_on:%Y-%m-%d}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="52" />
      <source>本月关键指标与目标</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="55" />
      <source>应回访 / 已回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="55" />
      <source>投诉受理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="55" />
      <source>{count} 件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="56" />
      <source>及时响应率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="57" />
      <source>及时封闭率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="58" />
      <source>一次解决率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="59" />
      <source>逾期未结投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="59" />
      <source>{v1} 件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="60" />
      <source>提醒后30天内回厂</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="61" />
      <source>流失客户（逾期12个月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="61" />
      <source>{v1} 台</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="63" />
      <source>目录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="76" />
      <source>顾客统计表（F9）　年份：{year}　月份：{v2}月（本月与本年累计：1–{v3}月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="79" />
      <source>档案中还没有车辆。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="80" />
      <source>项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="80" />
      <source>本年累计</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="80" />
      <source>{v1}月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="84" />
      <source>{v1}月各车型：展厅销售数 / 首次进厂 / 流失顾客</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="90" />
      <source>应回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="90" />
      <source>已回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="90" />
      <source>按时</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="90" />
      <source>未完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="90" />
      <source>回访率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="90" />
      <source>满意率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="99" />
      <source>本月没有到期的回访任务。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="100" />
      <source>其中质保期内</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="102" />
      <source>回访原因</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="104" />
      <source>回访专员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="111" />
      <source>各回访原因：应回访与已回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="117" />
      <source>近十二个月回访率与满意率（%）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="125" />
      <source>件数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="125" />
      <source>比率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="127" />
      <source>及时响应（120分钟内）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="128" />
      <source>及时封闭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="129" />
      <source>一次解决</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="130" />
      <source>升级/预警</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="131" />
      <source>逾期未结（截至期末）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="135" />
      <source>名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="139" />
      <source>投诉方式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="143" />
      <source>各类别投诉件数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="145" />
      <source>本月没有受理投诉。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="147" />
      <source>投诉件数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="148" />
      <source>近十二个月投诉件数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="151" />
      <source>受理时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="151" />
      <source>封闭期限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="155" />
      <source>升级与预警</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="156" />
      <source>关联原投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="156" />
      <source>预警原因</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="160" />
      <source>根本原因与改进措施</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="161" />
      <source>类别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="161" />
      <source>根本原因</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="161" />
      <source>改进措施</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="174" />
      <source>合计</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="175" />
      <source>提醒类别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="175" />
      <source>已提醒客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="175" />
      <source>30天内回厂</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="175" />
      <source>观察期未满</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="175" />
      <source>回厂率</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="180" />
      <source>已提醒</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="181" />
      <source>提醒与回厂</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="183" />
      <source>流失客户漏斗（截至 {as_of:%Y-%m-%d}，共 {vehicles} 台有保养期的车辆）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="184" />
      <source>逾期未回厂</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="184" />
      <source>车辆数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="184" />
      <source>本月回厂（招回）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="185" />
      <source>≥ {months} 个月：{name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="190" />
      <source>本月招回</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="191" />
      <source>流失漏斗：3 / 6 / 9 / 12 个月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="197" />
      <source>产品</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="197" />
      <source>服务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="197" />
      <source>要求/希望</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="201" />
      <source>客户意见分类</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="201" />
      <source>条数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="204" />
      <source>客户的期望与意见</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="204" />
      <source>次数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="204" />
      <source>客户数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="210" />
      <source>另有 {v1} 种意见（共 {rest} 条）见月度 Excel 工作簿的“客户意见”表。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="217" />
      <source>本月检查 {rounds} 次（满分 5 分）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="220" />
      <source>平均分</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="223" />
      <source>各项目平均分</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="226" />
      <source>本月没有客休区检查记录。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="229" />
      <source>近十二个月客休区平均分</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="230" />
      <source>报修情况</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="231" />
      <source>问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/monthly_summary.py" line="231" />
      <source>状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/statistics_form.py" line="12" />
      <source>顾客统计表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/statistics_form.py" line="18" />
      <source>{month}月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/reports/statistics_form.py" line="25" />
      <source>年份：{year}　月份：1–12 月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="28" />
      <source>本店</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="28" />
      <source>经销商名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="29" />
      <source>经销商地址</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="30" />
      <source>经销商电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="31" />
      <source>建档期限（天）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="32" />
      <source>保养周期（月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="33" />
      <source>保养周期（公里）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="34" />
      <source>首保期限（月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="35" />
      <source>首保里程（公里）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="36" />
      <source>无记录时的日均行驶里程（公里）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="37" />
      <source>续保提醒：到期前天数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="38" />
      <source>年检提醒：到期前天数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="39" />
      <source>未接通几次后记为失联</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="40" />
      <source>投诉封闭后几天内回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="41" />
      <source>活动前几天开始电话邀约</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="42" />
      <source>本店工作日调整（日期 → 是否上班）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="44" />
      <source>目标：回访率（%）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="45" />
      <source>目标：质保期内客户回访率（%）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/settings.py" line="46" />
      <source>目标：服务满意率（%）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="21" />
      <source>展厅销售数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="21" />
      <source>首次进厂</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/stats.py" line="21" />
      <source>流失顾客</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="70" />
      <source>数据库尚未打开。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="106" />
      <source>不支持这种数据库地址：{text}（可以是本地 SQLite 文件，或 postgresql://用户@服务器/数据库）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="116" />
      <source>{path} 不是 CareCenter 数据库文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="130" />
      <source>备份校验失败：{result}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="146" />
      <source>找不到数据库文件：{path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="155" />
      <source>无法打开数据库 {path}：{error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="159" />
      <source>数据库 {path} 无法使用 WAL 日志模式（当前为 {journal_mode}）。请把文件放在本机磁盘上，不要放在网络文件夹中。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="175" />
      <source>数据库 {path} 已损坏或无法读取：{error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="184" />
      <source>连接 PostgreSQL 需要安装驱动：pip install "carecenter[postgresql]"。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="188" />
      <source>无法识别数据库地址：{url}（{error}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="191" />
      <source>数据库地址里缺少数据库名：{url}（例如 postgresql://carecenter@服务器/carecenter）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="196" />
      <source>无法连接 PostgreSQL 数据库 {v1}：{strip}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="202" />
      <source>PostgreSQL 数据库 {v1} 里还没有 CareCenter 的数据。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="212" />
      <source>PostgreSQL 数据库 {v1} 无法使用：{strip}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/store.py" line="273" />
      <source>磁盘空间不足、磁盘出错或文件只读，本次修改没有保存（数据库保持修改前的状态）。请检查磁盘后重试。（{error}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="15" />
      <source>性别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="15" />
      <source>男</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="15" />
      <source>女</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="16" />
      <source>手机或带区号的座机</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="17" />
      <source>其他电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="26" />
      <source>如 工作日 9:00–11:30</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="27" />
      <source>不接受电话回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="31" />
      <source>客户来源</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="32" />
      <source>建档日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="38" />
      <source>如 浙A12345</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="39" />
      <source>17 位车架号（VIN）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="41" />
      <source>轿车、SUV …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="43" />
      <source>颜色</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="46" />
      <source>公里</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="47" />
      <source>保险到期日</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="48" />
      <source>年检到期日</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="55" />
      <source>元</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="56" />
      <source>服务顾问</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="70" />
      <source>编辑客户档案</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="70" />
      <source>新增客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="79" />
      <source>编辑车辆</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="79" />
      <source>添加车辆</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_dialogs.py" line="86" />
      <source>登记维修保养（到店）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="46" />
      <source>搜索：姓名 / 拼音首字母（如 zs）/ 电话（可输后四位）/ 车牌 / 车架号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="48" />
      <source>只看待补全档案</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="71" />
      <source>在左侧选择一位客户，这里显示其资料、车辆和维修保养记录。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="76" />
      <source>新增客户 (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="77" />
      <source>编辑 (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="80" />
      <source>登记到店</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="81" />
      <source>登记信函</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="83" />
      <source>打印档案表 (Ctrl+P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="84" />
      <source>会员申请表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="139" />
      <source>共 {count:,} 位客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="188" />
      <source>已保存。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="196" />
      <source>已新增客户。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="210" />
      <source>{v1}　{model}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="211" />
      <source>选择车辆</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="211" />
      <source>车辆：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="235" />
      <source>确定删除客户“{name}”吗？

客户将从列表和搜索中移除，其车辆与维修记录仍保留在数据库中。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="238" />
      <source>已删除客户“{name}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="246" />
      <source>客户档案_{v1}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/archive_tab.py" line="255" />
      <source>会员申请表_{v1}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="28" />
      <source>时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="28" />
      <source>用户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="28" />
      <source>操作</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="28" />
      <source>对象</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="28" />
      <source>编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="28" />
      <source>变更</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="28" />
      <source>说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="33" />
      <source>审计日志</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="35" />
      <source>用户（留空为全部）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="37" />
      <source>全部操作</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="41" />
      <source>包含文字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="48" />
      <source>查询</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="51" />
      <source>从</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="51" />
      <source>到</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/audit_dialog.py" line="83" />
      <source>共 {v1} 条（最多显示 1000 条，新的在前）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="34" />
      <source>地点（Where）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="34" />
      <source>事由（What）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="34" />
      <source>原因（Why）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="35" />
      <source>处理方式（How）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="35" />
      <source>反馈·产品</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="35" />
      <source>反馈·服务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="36" />
      <source>反馈·其他</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="49" />
      <source>回访：{name}　{reason_title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="51" />
      <source>正在读取客户资料……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="56" />
      <source>客户不接受电话回访：请改用短信或其他方式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="58" />
      <source>此前多次未接通（失联）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="60" />
      <source>有 {open_complaints} 件未结投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="61" />
      <source>&lt;b&gt;{name}&lt;/b&gt;　{phone}　{plate} {model}&lt;br&gt;{reason_title}　应回访 {due_date:%Y-%m-%d}　已尝试 {attempts} 次　方便联系时间：{v8}　偏好：{preferred_contact}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="75" />
      <source>客户报告的行驶里程（公里）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="77" />
      <source>YYYY-MM-DD（改约时必填）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="92" />
      <source>通话记录（5W1H）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="97" />
      <source>话术</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="147" />
      <source>客户不便时，请在“下次联系日期”填写改约的日期。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="163" />
      <source>已生成投诉草稿</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/call_dialog.py" line="164" />
      <source>客户不满意，已生成投诉草稿（编号 {complaint_id}），并安排明天再次回访。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="35" />
      <source>客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="35" />
      <source>车牌</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="35" />
      <source>最近到店</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="35" />
      <source>最近通话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="35" />
      <source>提示</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="52" />
      <source>勿电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="56" />
      <source>投诉{open_complaints}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="73" />
      <source>全部经办人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="76" />
      <source>我的（{name}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="78" />
      <source>全部原因</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="82" />
      <source>今日已完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="82" />
      <source>全部</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="84" />
      <source>刷新 (F5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="86" />
      <source>登记来电…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="88" />
      <source>短信…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="89" />
      <source>为列表中的客户生成短信批量文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="92" />
      <source>打印登记表 (F3)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="94" />
      <source>活动…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="96" />
      <source>需上报问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="135" />
      <source>&lt;b&gt;{day:%Y-%m-%d} 回访清单&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="136" />
      <source>正在生成今日回访清单……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="143" />
      <source>需上报问题（{questions}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="156" />
      <source>{v1}（{v2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="157" />
      <source>）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="157" />
      <source>，逾期 {overdue}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="182" />
      <source>今天没有需要回访的客户。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="203" />
      <source>已登记：{name}，{reason_title}，状态 {v3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="216" />
      <source>电话登记表_{day}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="225" />
      <source>打开回访 (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="226" />
      <source>打印最近一次通话记录 (F2)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="228" />
      <source>打印成交客户回访情况记录表 (F5)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="229" />
      <source>打印本月信函登记表 (F4)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="235" />
      <source>通话记录_{name}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="236" />
      <source>成交客户回访_{name}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="237" />
      <source>信函登记表_{day:%Y-%m}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/calls_tab.py" line="253" />
      <source>这位客户还没有通话记录。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="34" />
      <source>时限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="34" />
      <source>剩余</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="34" />
      <source>预警</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="74" />
      <source>受理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="74" />
      <source>联系客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="74" />
      <source>客户来电</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="75" />
      <source>重新处理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="91" />
      <source>未封闭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="96" />
      <source>全部类别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="99" />
      <source>只看我受理的</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="100" />
      <source>只看超时</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="101" />
      <source>刷新</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="107" />
      <source>&lt;b&gt;投诉处理&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="126" />
      <source>保存表单内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="135" />
      <source>处理经过</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="176" />
      <source>只列出最近受理的 {LIST_LIMIT} 件；更早的投诉请按类别筛选或导出月度工作簿查看。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="181" />
      <source>（草稿）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="182" />
      <source>升级</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="266" />
      <source>&lt;b&gt;{v1}&lt;/b&gt;　{state}　{category} {category2}　{channel}　客户来电 {contact_count} 次</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="267" />
      <source>&lt;br&gt;&lt;span style='color:#C62828'&gt;升级预警：{warning}&lt;/span&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="281" />
      <source>点击撤回签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="281" />
      <source>以当前用户签名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="286" />
      <source>{at:%Y-%m-%d %H:%M}　{actor}　{kind}　{detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="298" />
      <source>受理…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="300" />
      <source>已联系客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="301" />
      <source>客户再次来电</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="305" />
      <source>打印 F6…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="306" />
      <source>打印 F7…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="322" />
      <source>投诉表单已保存。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="327" />
      <source>受理投诉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="327" />
      <source>类别：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="330" />
      <source>渠道：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="335" />
      <source>撤回原因（将记入审计日志）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="345" />
      <source>投诉处理表_{complaint_id}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/complaints_tab.py" line="347" />
      <source>升级预警单_{complaint_id}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="22" />
      <source>&lt;h2 style='margin-bottom:2px'&gt;{v1}&lt;span style='font-size:small;color:#555'&gt;　{v2}　编号 {id}&lt;/span&gt;&lt;/h2&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="24" />
      <source>&lt;p style='color:#C62828'&gt;&lt;b&gt;档案待补全：&lt;/b&gt;缺少电话或车辆，已超过建档期限。&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="26" />
      <source>&lt;p style='color:#E65100'&gt;&lt;b&gt;客户要求不接受电话回访&lt;/b&gt;（请用短信或其他方式联系）。&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="32" />
      <source>{club_level}（积分 {points}，{v3} 入会）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="33" />
      <source>非会员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="33" />
      <source>{club_level}（积分 {points}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="34" />
      <source>由 {referred_by_name} 介绍</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="46" />
      <source>&lt;p&gt;&lt;i&gt;尚未登记车辆。&lt;/i&gt;&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="51" />
      <source> 或 {next_maintenance_km:,} 公里</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="53" />
      <source>&lt;h3 style='margin-bottom:2px'&gt;车辆 {number}：{v2}　{v3}&lt;/h3&gt;&lt;p style='margin-top:0'&gt;底盘号 {v4}　发动机编号 {v5}&lt;br&gt;交车日期 {v6}　销售顾问 {v7}　行驶里程 {mileage:,} 公里&lt;br&gt;保险到期 {v9}　下一次保养期 {due}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_detail.py" line="62" />
      <source>&lt;p&gt;&lt;i&gt;暂无维修保养记录。&lt;/i&gt;&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_table.py" line="31" />
      <source>档案待补全</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_table.py" line="33" />
      <source>勿电话回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/customer_table.py" line="164" />
      <source>建档已超过期限，仍缺少电话或车辆，请尽快补全（二日内建立客户档案）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/errors.py" line="20" />
      <source>内部错误</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/errors.py" line="21" />
      <source>操作没有完成，数据未被修改。

{v1}: {error}

详情已写入：{where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="31" />
      <source>新建活动</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="36" />
      <source>车友会会员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="37" />
      <source>全部客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="44" />
      <source>活动名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="45" />
      <source>活动日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="46" />
      <source>邀请对象</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="48" />
      <source>活动前 14 天起，邀请电话会出现在每日回访清单中。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="50" />
      <source>保存</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/event_dialog.py" line="56" />
      <source>{model} 车主</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="31" />
      <source>欢迎使用 CareCenter 客户关爱中心</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="32" />
      <source>将在以下位置新建数据库：&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="34" />
      <source>新建空白数据库（正式使用）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="35" />
      <source>载入演示经销商（约 2000 位客户，用于试用和培训）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="41" />
      <source>例如：杭州某某汽车销售服务有限公司</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="44" />
      <source>开始</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="51" />
      <source>经销商名称（打印在表单抬头，可在设置中修改）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="72" />
      <source>正在生成演示经销商……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/first_run.py" line="75" />
      <source>演示数据未能载入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="39" />
      <source>（不导入）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="40" />
      <source>自动识别（按列名）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="40" />
      <source>客户和车辆</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="40" />
      <source>维修保养记录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="41" />
      <source>客服中心投诉工单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="47" />
      <source>保存导入模板</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="47" />
      <source>CareCenter导入模板.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="47" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="50" />
      <source>导入模板</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="50" />
      <source>已保存：{written}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="58" />
      <source>选择文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="59" />
      <source>支持 Excel（.xlsx）和 CSV（UTF-8 或 GB18030）。可以是销售部的交车客户表，也可以是 DMS 导出的维修记录。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="61" />
      <source>选择要导入的文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="62" />
      <source>浏览…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="64" />
      <source>下载导入模板…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="72" />
      <source>更新已有的客户和车辆（用文件中的非空内容）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="73" />
      <source>跳过已有的客户和车辆</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="79" />
      <source>文件：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="80" />
      <source>文件内容：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="81" />
      <source>已有记录：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="83" />
      <source>按车架号、再按车牌、再按“电话 + 姓名”判断是否已有。导入前会先显示预览，确认后才写入。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="94" />
      <source>表格文件 (*.xlsx *.csv);;所有文件 (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="102" />
      <source>正在读取文件……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="106" />
      <source>无法导入这个文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="121" />
      <source>核对每一列的内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="122" />
      <source>已按列名自动识别。请检查“导入为”一栏，识别不了的列标为“不导入”，可手工指定。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="141" />
      <source>文件中的列</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="141" />
      <source>示例</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="141" />
      <source>导入为</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="147" />
      <source>第 {v1} 列</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="156" />
      <source>{name}：{v2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="163" />
      <source>{name}（{v2:,} 行）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="165" />
      <source>未识别、将不导入的列：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="176" />
      <source>列对应有重复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="176" />
      <source>工作表“{name}”中有多列都导入为“{v2}”，每项只能对应一列。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="186" />
      <source>预览</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="187" />
      <source>以下是导入后的结果和发现的问题。点“导入”才会写入；有错误时不能导入。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="191" />
      <source>类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="191" />
      <source>工作表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="191" />
      <source>行</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="191" />
      <source>列</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="191" />
      <source>值</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="204" />
      <source>正在检查每一行……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="209" />
      <source>预览未完成。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="216" />
      <source>错误</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="226" />
      <source>（下表只列出前 {PROBLEM_LIMIT:,} 条）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="228" />
      <source>&lt;span style='color:#C62828'&gt;&lt;b&gt;有 {v1:,} 处错误，不能导入。&lt;/b&gt;请在文件中修改后重新选择文件。&lt;/span&gt;&lt;br&gt;{text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="230" />
      <source>文件中没有可导入的数据行。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="238" />
      <source>正在导入……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="244" />
      <source>导入未完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="248" />
      <source>没有写入任何数据。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="260" />
      <source>导入客户资料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="262" />
      <source>下一步 &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/import_wizard.py" line="263" />
      <source>&lt; 上一步</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="36" />
      <source>登记信函：{name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="44" />
      <source>YYYY-MM-DD（寄出后填写）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="53" />
      <source>登记</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="70" />
      <source>短信批量文件（供短信平台导入）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="75" />
      <source>手机号码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="75" />
      <source>短信内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="78" />
      <source>模板</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="82" />
      <source>CareCenter 不直接发送短信：导出的文件请导入本店短信平台发送。发送记录保存在客户档案中。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="86" />
      <source>导出…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="102" />
      <source>共 {v1} 位客户有手机号码（列表中 {v2} 位）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="103" />
      <source>，下表列出前 200 条</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="106" />
      <source>导出短信批量文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="106" />
      <source>短信_{currentText}.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="112" />
      <source>已导出：{written}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="122" />
      <source>登记客户来电</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="124" />
      <source>姓名 / 电话后四位 / 车牌，回车查找</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="138" />
      <source>查找客户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="141" />
      <source>事由</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="158" />
      <source>{name}　{phone}　{plates}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="159" />
      <source>没有找到，请换个关键词。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/letter_dialogs.py" line="163" />
      <source>请先查找并选择客户。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="32" />
      <source>登录 CareCenter 客户关爱中心</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="42" />
      <source>用户：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="43" />
      <source>密码：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="53" />
      <source>正在登录……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="74" />
      <source>创建管理员账户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="76" />
      <source>例如：王经理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="80" />
      <source>至少 {MIN_PASSWORD} 个字符</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="86" />
      <source>这是第一次使用。请创建管理员账户：管理员负责用户、备份和设置。密码请妥善保管。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="89" />
      <source>姓名：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="90" />
      <source>工号：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="92" />
      <source>再输入一次：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="97" />
      <source>创建并登录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="102" />
      <source>两次输入的密码不一致。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/login_dialog.py" line="110" />
      <source>正在创建管理员……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="34" />
      <source>报修</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="74" />
      <source>开始本轮检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="82" />
      <source>打印检查表 (F8)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="85" />
      <source>通话抽查 (F10)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="94" />
      <source>用键盘逐项评分：按 0–5 打分并跳到下一项；R 报修（低于 3 分）；回车填写备注。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="98" />
      <source>车牌号，回车登记客餐</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="102" />
      <source>标记为已修复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="105" />
      <source>月度平均分</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="109" />
      <source>&lt;b&gt;客餐登记&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="112" />
      <source>&lt;b&gt;报修中的项目&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="140" />
      <source>&lt;b&gt;顾客休息室检查&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="148" />
      <source>客休区检查表_{day}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="170" />
      <source>进行中</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="171" />
      <source>{state}　合计 {total} / {maximum}　检查人 {checker}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="173" />
      <source>本轮尚未开始</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="176" />
      <source>　（老客户）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="176" />
      <source>{ticket}　{plate}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="180" />
      <source>{reported_at:%m-%d}　{title}　{remark}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="205" />
      <source>{title}：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="213" />
      <source>客餐票 {ticket}（{plate}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="214" />
      <source>客餐未登记</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="232" />
      <source>{position}. {title}　{average:.2f}　近6个月 {line}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="236" />
      <source>月份应写成 YYYY-MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="247" />
      <source>通话质量抽查（关键岗位流程执行情况检查表）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="249" />
      <source>被检查的关爱专员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="253" />
      <source>抽取本月通话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="262" />
      <source>是</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="263" />
      <source>否</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="264" />
      <source>不适用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="269" />
      <source>抽取</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="277" />
      <source>保存后打印检查表 (F10)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="280" />
      <source>保存抽查结果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="290" />
      <source>本月还没有抽查记录。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="290" />
      <source>本月抽查汇总：{text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="300" />
      <source>通话 {call_id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="312" />
      <source>关键岗位流程执行情况检查表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/lounge_tab.py" line="313" />
      <source>通话抽查_{check_id}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="42" />
      <source>客户档案</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="44" />
      <source>每日回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="46" />
      <source>投诉处理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="48" />
      <source>客休区检查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="52" />
      <source>统计报表</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="59" />
      <source>今日回访：—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="59" />
      <source>超时投诉：—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="61" />
      <source>今日回访：{open_calls}（逾期 {overdue}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="62" />
      <source>超时投诉：{count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="80" />
      <source>文件(&amp;F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="81" />
      <source>导入客户资料（Excel/CSV）…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="85" />
      <source>打印客户档案基本资料表…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="86" />
      <source>导出客户与车辆（Excel）…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="88" />
      <source>月度工作小结（PDF）…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="89" />
      <source>总部工作簿（Excel）…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="92" />
      <source>客户(&amp;C)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="93" />
      <source>新增客户…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="94" />
      <source>编辑客户…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="95" />
      <source>添加车辆…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="96" />
      <source>登记到店…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="98" />
      <source>查看(&amp;V)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="102" />
      <source>系统(&amp;S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="104" />
      <source>立即备份到…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="105" />
      <source>恢复备份…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="109" />
      <source>用户管理…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="110" />
      <source>审计日志…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="111" />
      <source>帮助(&amp;H)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="112" />
      <source>关于 CareCenter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="125" />
      <source>{v1}　{v2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="130" />
      <source>导入完成：{summary}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="135" />
      <source>导出客户与车辆</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="135" />
      <source>客户资料_{today:%Y-%m-%d}.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="141" />
      <source>正在导出客户资料……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="145" />
      <source>已导出到 {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="147" />
      <source>导出未完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="168" />
      <source>PostgreSQL 数据库由服务器备份和恢复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="175" />
      <source>选择备份文件夹（例如 U 盘）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="177" />
      <source>正在备份……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="180" />
      <source>已备份到：
{value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="182" />
      <source>备份未完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="186" />
      <source>选择要恢复的备份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="186" />
      <source>CareCenter 备份 (*.sqlite3);;所有文件 (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="192" />
      <source>正在恢复……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="197" />
      <source>已恢复。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="199" />
      <source>未恢复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="202" />
      <source>正在检查数据库……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="209" />
      <source>

请用“恢复备份”从最近的备份恢复。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="229" />
      <source>数据库检查未通过</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="230" />
      <source>启动后的数据库检查发现问题：{problem}

请关闭程序。下次启动时，CareCenter 会把损坏的文件移到一旁（不会删除），并提供用最新的完好备份恢复。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="254" />
      <source>定时自动备份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="260" />
      <source>　只读</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="260" />
      <source>用户：{who}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="261" />
      <source>数据库：{location}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="263" />
      <source>今日回访：— 　超时投诉：—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="269" />
      <source>客户 {n:,} 位　今天 {today:%Y-%m-%d}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="276" />
      <source>&lt;h3&gt;CareCenter 客户关爱中心 {v1}&lt;/h3&gt;&lt;p&gt;{dealership}&lt;/p&gt;&lt;p&gt;数据库：{location}&lt;br&gt;日志模式：{journal_mode}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="290" />
      <source>正在自动备份……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="291" />
      <source>关闭程序时的自动备份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/main_window.py" line="293" />
      <source>自动备份失败：{error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="51" />
      <source>打印预览 — {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="57" />
      <source>无法打开生成的 PDF（{name}）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="62" />
      <source>打印…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="64" />
      <source>选择打印机并打印（Ctrl+P）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="66" />
      <source>另存为…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="68" />
      <source>保存 PDF 文件（Ctrl+S）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="70" />
      <source>适合宽度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="72" />
      <source>整页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="74" />
      <source>关闭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="76" />
      <source>共 {pageCount} 页</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="97" />
      <source>已发送 {pages} 页到打印机“{v2}”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="106" />
      <source>无法连接打印机，请检查打印机是否开启。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="123" />
      <source>另存为</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="133" />
      <source>无法保存到 {target}：{v2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="135" />
      <source>已保存</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="136" />
      <source>{v1}（已保存到 {name}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="147" />
      <source>表单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="160" />
      <source>正在生成“{title}”……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/print_preview.py" line="164" />
      <source>未能生成表单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="26" />
      <source>通话时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="32" />
      <source>需上报主管的问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="34" />
      <source>标记为已上报</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/questions_dialog.py" line="37" />
      <source>通话中未能答复、两天后仍未解决的问题，应上报主管；找到解决办法当天答复客户。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="109" />
      <source>（无）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="172" />
      <source>请确认</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="172" />
      <source>{text}

仍然保存吗？</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="187" />
      <source>• {label}：{message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/record_dialog.py" line="188" />
      <source>请修改标红的项目后再保存：
</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="129" />
      <source>{year}年{v2}月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="132" />
      <source>统计</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="134" />
      <source>月度工作小结 (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="136" />
      <source>总部工作簿 (Excel)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="138" />
      <source>顾客统计表 (F9)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="141" />
      <source>月份：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="150" />
      <source>选择月份后按“统计”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="176" />
      <source>正在统计 {currentText}……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="183" />
      <source>统计未完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="188" />
      <source>{dealership}　统计期间 {first:%Y-%m-%d} 至 {last:%Y-%m-%d}（截至 {as_of:%Y-%m-%d}）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="198" />
      <source>目标 ≥ {target:g}%　&lt;span style='color:{v2}'&gt;{v3}&lt;/span&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="199" />
      <source>逾期未结 {v1} 件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="200" />
      <source>及时封闭率 {v1:.1f}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="201" />
      <source>升级/预警 {v1} 件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="203" />
      <source>回厂率 {rate:.1f}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="204" />
      <source>流失客户（12个月）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="204" />
      <source>本月招回 {v1} 台</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="219" />
      <source>回访量最大的 {v1} 个原因：应回访 / 已回访</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="227" />
      <source>流失漏斗：逾期未回厂的车辆</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="235" />
      <source>月度工作小结_{month}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="243" />
      <source>顾客统计表_{year}.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="248" />
      <source>保存总部工作簿</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="248" />
      <source>月度报表_{month}.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="257" />
      <source>正在生成总部工作簿……</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="262" />
      <source>已生成 {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/statistics_tab.py" line="264" />
      <source>工作簿未生成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="30" />
      <source>添加用户</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="41" />
      <source>角色：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="43" />
      <source>初始密码：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="44" />
      <source>添加</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="48" />
      <source>角色</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="48" />
      <source>工号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="48" />
      <source>最近登录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="53" />
      <source>用户管理</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="56" />
      <source>添加用户…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="56" />
      <source>设置密码…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="56" />
      <source>更改角色…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="57" />
      <source>停用 / 启用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="76" />
      <source>已停用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="76" />
      <source>可登录</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="76" />
      <source>未设密码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="98" />
      <source>设置密码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="98" />
      <source>“{name}”的新密码（至少 {MIN_PASSWORD} 个字符）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="107" />
      <source>更改角色</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="107" />
      <source>“{name}”的角色：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="115" />
      <source>停用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/ui/users_dialog.py" line="115" />
      <source>启用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="106" />
      <source>电话号码“{value}”含有无效字符，请只填写数字。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="109" />
      <source>手机号码“{value}”不能带分机号。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="112" />
      <source>手机号码“{value}”应为 11 位、以 13–19 开头的数字。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="114" />
      <source>座机号码“{value}”需要带区号（例如 010-12345678）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="118" />
      <source>电话号码“{value}”无法识别。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="123" />
      <source>座机号码“{value}”的区号或位数不正确（例如 010-12345678，0571-87654321）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="168" />
      <source>车架号（VIN）“{value}”应为 17 位，现在是 {v2} 位。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="171" />
      <source>车架号（VIN）不能含有字母 {v1}（容易与数字 1、0 混淆）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="173" />
      <source>车架号（VIN）“{value}”只能由数字和大写字母组成。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="194" />
      <source>车牌号“{value}”应以省份简称开头（如 京、沪、浙）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="196" />
      <source>车牌号“{value}”位数不对：普通车牌 7 位，新能源车牌 8 位。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="201" />
      <source>车牌号“{value}”格式不正确（例如 浙A12345，新能源 浙AD12345）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="233" />
      <source>{label}“{value}”不是有效日期（例如 2023-05-06）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="244" />
      <source>行驶里程“{value}”应为数字（公里）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="246" />
      <source>行驶里程不能为负数（{value}）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="248" />
      <source>行驶里程 {value} 公里不合常理，请核对。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="262" />
      <source>金额“{value}”应为数字。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../carecenter/validate.py" line="264" />
      <source>金额不能为负数（{value}）。</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
