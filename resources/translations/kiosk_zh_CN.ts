<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the enrollment kiosk</source>
        <translation>关于生物特征采集终端</translation>
    </message>
    <message>
        <source>Enrollment kiosk</source>
        <translation>生物特征采集终端</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>无（使用默认设置）</translation>
    </message>
    <message>
        <source>installed bundle</source>
        <translation>安装包</translation>
    </message>
    <message>
        <source>source tree</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>终端：</translation>
    </message>
    <message>
        <source>Configuration file:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Running from:</source>
        <translation>运行方式：</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>运行环境：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation>第三方许可证(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>更改角色(&amp;O)</translation>
    </message>
    <message>
        <source>The officer signs in with this temporary password and must then choose a new one.</source>
        <translation>该人员使用此临时密码登录后，必须设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Set the temporary password</source>
        <translation>设置临时密码(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>临时密码：</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新账户</translation>
    </message>
    <message>
        <source>Accounts of this station</source>
        <translation>本工作站的账户</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术人员</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>%1 has a temporary password and must choose a new one at the next sign-in.</source>
        <translation>%1 现在使用临时密码，下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 已启用，可以再次登录。</translation>
    </message>
    <message>
        <source>%1 is disabled: this account cannot sign in.</source>
        <translation>%1 已停用：此账户无法登录。</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 现在的角色：%2。</translation>
    </message>
    <message>
        <source>%1 is unlocked and can sign in now.</source>
        <translation>%1 已解锁，现在可以登录。</translation>
    </message>
</context>
<context>
    <name>ApplicantDisplay</name>
    <message>
        <source>Applicant display</source>
        <translation>申请人显示屏</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Surname (as in the passport)</source>
        <translation>姓（与护照一致）</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>女 (F)</translation>
    </message>
    <message>
        <source>Male (M)</source>
        <translation>男 (M)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>未指明 (X)</translation>
    </message>
    <message>
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>出生日期（日/月/年）</translation>
    </message>
    <message>
        <source>Nationality (ICAO code)</source>
        <translation>国籍（ICAO 代码）</translation>
    </message>
    <message>
        <source>Issuing state (ICAO code)</source>
        <translation>签发国（ICAO 代码）</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <source>Passport expiry (dd/mm/yyyy)</source>
        <translation>护照有效期至（日/月/年）</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>居留证</translation>
    </message>
    <message>
        <source>No residence card</source>
        <translation>无居留证</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>临时居留证</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>永久居留证</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation>居留证号码</translation>
    </message>
    <message>
        <source>Residence card expiry (dd/mm/yyyy)</source>
        <translation>居留证有效期至（日/月/年）</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>在越南住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>电子邮箱（选填）</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
</context>
<context>
    <name>ApplicantPrompts</name>
    <message>
        <source>Welcome. The officer will guide you.</source>
        <translation>您好，工作人员将为您指引。</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>请稍候。</translation>
    </message>
    <message>
        <source>Thank you. Your photo has been taken.</source>
        <translation>谢谢。您的照片已拍摄完成。</translation>
    </message>
    <message>
        <source>Place your left four fingers on the scanner.</source>
        <translation>请将左手四指放在扫描仪上。</translation>
    </message>
    <message>
        <source>Place your right four fingers on the scanner.</source>
        <translation>请将右手四指放在扫描仪上。</translation>
    </message>
    <message>
        <source>Place both thumbs on the scanner.</source>
        <translation>请将双手拇指放在扫描仪上。</translation>
    </message>
    <message>
        <source>Place the finger the officer shows you on the scanner.</source>
        <translation>请按工作人员的指示，将相应手指放在扫描仪上。</translation>
    </message>
    <message>
        <source>Lift your fingers from the scanner.</source>
        <translation>请将手指从扫描仪上移开。</translation>
    </message>
    <message>
        <source>Try again, press a little harder.</source>
        <translation>请再试一次，稍微用力按压。</translation>
    </message>
    <message>
        <source>Done – thank you!</source>
        <translation>完成，谢谢您！</translation>
    </message>
</context>
<context>
    <name>ApplicantScreen</name>
    <message>
        <source>Scan the passport with the reader (at any time, wherever the cursor is), or type the data.</source>
        <translation>请用阅读器扫描护照（随时可扫，不论光标在何处），或手动输入资料。</translation>
    </message>
    <message>
        <source>Read a ticket with the &amp;camera  (F4)</source>
        <translation>用摄像头读取预登记单(&amp;C)  (F4)</translation>
    </message>
    <message>
        <source>Continue to the &amp;photo  (Ctrl+Enter)</source>
        <translation>继续拍照(&amp;P)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New enrollment</source>
        <translation>新建采集</translation>
    </message>
    <message>
        <source>Failed: %1. Scan again or type the data from the document.</source>
        <translation>校验未通过：%1。请重新扫描，或按证件手动输入资料。</translation>
    </message>
    <message>
        <source>The camera was not sure of the highlighted letters, and names have no check digit. Type the right letter, or press F7 if it matches the passport.</source>
        <translation>摄像头无法确定高亮显示的字母，且姓名没有校验位。请输入正确的字母；如与护照一致，请按 F7。</translation>
    </message>
    <message>
        <source>Eligibility: still needs %1.</source>
        <translation>资格：还需要%1。</translation>
    </message>
    <message>
        <source>Another passport: the previous applicant&apos;s data was cleared.</source>
        <translation>另一本护照：上一位申请人的资料已清除。</translation>
    </message>
    <message>
        <source>Correct applicant data</source>
        <translation>更正申请人信息</translation>
    </message>
    <message>
        <source>Save and return to the &amp;review  (Ctrl+Enter)</source>
        <translation>保存并返回核对(&amp;R)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correct what is wrong; the photo and fingerprints are kept.</source>
        <translation>更正有误之处；照片和指纹保留不变。</translation>
    </message>
    <message>
        <source>Compare the highlighted name with the passport.</source>
        <translation>请将突出显示的姓名与护照核对。</translation>
    </message>
    <message>
        <source>Pre-registration ticket %1: check the data against the passport.</source>
        <translation>预登记单 %1：请与护照核对资料。</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code in front of the camera…</source>
        <translation>请将预登记单上的二维码对准摄像头…</translation>
    </message>
    <message>
        <source>No ticket was seen by the camera. Try again, or scan the passport.</source>
        <translation>摄像头未识别到预登记单。请重试，或扫描护照。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Reason and approval</source>
        <translation>原因与批准</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>主管：</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>主管密码：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ask a supervisor &amp;later</source>
        <translation>稍后请主管审批(&amp;L)</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>手指</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor.</source>
        <translation>没有等待主管审批的事项。</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>审批(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1（%2 提出）：%3</translation>
    </message>
</context>
<context>
    <name>BringPage</name>
    <message>
        <source>What to bring</source>
        <translation>需携带的证件</translation>
    </message>
    <message>
        <source>Step 1 of 6</source>
        <translation>第 1 步，共 6 步</translation>
    </message>
    <message>
        <source>Your passport (or other travel document), valid today.</source>
        <translation>有效的护照（或其他国际旅行证件）。</translation>
    </message>
    <message>
        <source>Your Vietnamese temporary or permanent residence card, valid today.</source>
        <translation>有效的越南暂住卡或永久居留卡。</translation>
    </message>
    <message>
        <source>Bring the originals: photocopies are not accepted. Children come with a parent or guardian.</source>
        <translation>请携带原件，复印件不予受理。儿童须由父母或监护人陪同。</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>&amp;Find cameras</source>
        <translation>查找摄像头(&amp;F)</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Frame rate reported:</source>
        <translation>标称帧率：</translation>
    </message>
    <message>
        <source>Frame rate measured:</source>
        <translation>实测帧率：</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>旋转（度）</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>请求的宽度</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>请求的高度</translation>
    </message>
    <message>
        <source>Frame rate to ask for</source>
        <translation>请求的帧率</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>即上方所选</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>%1 帧/秒</translation>
    </message>
</context>
<context>
    <name>CancelEnrollmentDialog</name>
    <message>
        <source>The applicant left</source>
        <translation>申请人已离开</translation>
    </message>
    <message>
        <source>The applicant does not want to enroll</source>
        <translation>申请人不愿登记</translation>
    </message>
    <message>
        <source>Wrong applicant or document</source>
        <translation>申请人或证件有误</translation>
    </message>
    <message>
        <source>Started twice by mistake</source>
        <translation>误操作重复创建</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>其他（请在下方说明）</translation>
    </message>
    <message>
        <source>Cancel this enrollment</source>
        <translation>取消此登记</translation>
    </message>
    <message>
        <source>Cancel the enrollment of %1? Its photo and fingerprints are deleted now; this cannot be undone.</source>
        <translation>取消 %1 的登记？其照片和指纹将立即删除，且无法撤销。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>Details (required for Other)</source>
        <translation>详细说明（选择“其他”时必填）</translation>
    </message>
    <message>
        <source>&amp;Cancel the enrollment</source>
        <translation>取消登记(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详细说明(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <source>Central service address</source>
        <translation>中心服务地址</translation>
    </message>
    <message>
        <source>Station ID</source>
        <translation>工作站编号</translation>
    </message>
    <message>
        <source>Central service public key</source>
        <translation>中心服务公钥</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>中心服务回执签名公钥</translation>
    </message>
    <message>
        <source>Upload in the background</source>
        <translation>在后台上传</translation>
    </message>
    <message>
        <source>The central service in the configuration is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>配置中的中心服务不是主管确认过的那一个。在主管确认之前，不会封装或发送任何数据。</translation>
    </message>
    <message>
        <source>Supervisor &amp;confirms…</source>
        <translation>主管确认(&amp;C)…</translation>
    </message>
    <message>
        <source>Reading the station key…</source>
        <translation>正在读取工作站密钥…</translation>
    </message>
    <message>
        <source>Register this station at the central service with its public key (the private key never leaves this station):</source>
        <translation>请使用以下公钥在中心服务登记本工作站（私钥绝不离开本工作站）：</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>中心服务</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Packets with applicants&apos; data will be sealed to and sent to this central service. A supervisor confirms the change (keys are shown by their fingerprints).</source>
        <translation>含申请人数据的数据包将以此中心服务的密钥封装并发送到该服务。请主管确认此更改（密钥以其指纹显示）。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>&amp;Save the new password</source>
        <translation>保存新密码(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>%1, a supervisor has reset your password. Choose a new password that only you know; the temporary one then stops working.</source>
        <translation>%1，主管已重置您的密码。请设置一个只有您知道的新密码；之后临时密码将失效。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>CheckNames</name>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Python runtime</source>
        <translation>Python 运行环境</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>本地数据库</translation>
    </message>
    <message>
        <source>Data encryption key</source>
        <translation>数据加密密钥</translation>
    </message>
    <message>
        <source>Database encryption</source>
        <translation>数据库加密</translation>
    </message>
    <message>
        <source>Audit trail signatures</source>
        <translation>审计记录签名</translation>
    </message>
    <message>
        <source>Sign-in record signatures</source>
        <translation>登录记录签名</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>证件摄像头</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>指纹扫描仪</translation>
    </message>
    <message>
        <source>Display (Qt platform plugin)</source>
        <translation>显示（Qt 平台插件）</translation>
    </message>
    <message>
        <source>Station signing key</source>
        <translation>工作站签名密钥</translation>
    </message>
    <message>
        <source>Audit trails</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>中心系统地址</translation>
    </message>
    <message>
        <source>Central service packet key</source>
        <translation>中心系统数据包密钥</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>中心系统回执密钥</translation>
    </message>
    <message>
        <source>Confirmed central service</source>
        <translation>已确认的中心服务</translation>
    </message>
    <message>
        <source>Central service answers</source>
        <translation>中心服务应答</translation>
    </message>
    <message>
        <source>Central service keys</source>
        <translation>中心服务密钥</translation>
    </message>
    <message>
        <source>Central service clock</source>
        <translation>中心服务时钟</translation>
    </message>
    <message>
        <source>Font for %1</source>
        <translation>%1 字体</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong unexpectedly. What was saved stays saved; if the screen no longer responds, restart the kiosk.</source>
        <translation>发生了意外错误。已保存的内容仍然保留；如果屏幕不再响应，请重新启动自助终端。</translation>
    </message>
    <message>
        <source>A technician will find the details in the log file %1.</source>
        <translation>技术人员可在日志文件 %1 中找到详细信息。</translation>
    </message>
    <message>
        <source>The details are in the kiosk&apos;s log.</source>
        <translation>详细信息在自助终端的日志中。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the request</source>
        <translation>审批申请</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>主管：</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>主管密码：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Write a comment.</source>
        <translation>请填写意见。</translation>
    </message>
</context>
<context>
    <name>DeskFingersPage</name>
    <message>
        <source>At the desk: your fingerprints</source>
        <translation>在采集台：采集指纹</translation>
    </message>
    <message>
        <source>Step 4 of 6</source>
        <translation>第 4 步，共 6 步</translation>
    </message>
    <message>
        <source>Then the scanner takes your fingerprints in three steps. Press gently and keep still until the officer says it is done.</source>
        <translation>随后分三步采集指纹。请轻轻按压并保持不动，直到工作人员告知完成。</translation>
    </message>
    <message>
        <source>1. The four fingers of your left hand</source>
        <translation>1. 左手四指</translation>
    </message>
    <message>
        <source>2. The four fingers of your right hand</source>
        <translation>2. 右手四指</translation>
    </message>
    <message>
        <source>3. Both thumbs together</source>
        <translation>3. 双手拇指同时</translation>
    </message>
    <message>
        <source>Clean, dry hands give the best result. Tell the officer if a finger is injured or missing.</source>
        <translation>双手清洁干燥效果最佳。如有手指受伤或缺失，请告知工作人员。</translation>
    </message>
</context>
<context>
    <name>DeskPhotoPage</name>
    <message>
        <source>At the desk: your photo</source>
        <translation>在采集台：拍摄照片</translation>
    </message>
    <message>
        <source>Step 3 of 6</source>
        <translation>第 3 步，共 6 步</translation>
    </message>
    <message>
        <source>An officer takes your photo with a camera. Please:</source>
        <translation>工作人员将为您拍摄照片。请：</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>正视镜头</translation>
    </message>
    <message>
        <source>Take off your glasses</source>
        <translation>摘下眼镜</translation>
    </message>
    <message>
        <source>Keep a neutral expression, mouth closed</source>
        <translation>表情自然，嘴巴闭合</translation>
    </message>
    <message>
        <source>Plain background, nothing behind you</source>
        <translation>背景素净，身后无杂物</translation>
    </message>
</context>
<context>
    <name>DeviceTestPage</name>
    <message>
        <source>Test &amp;again</source>
        <translation>重新测试(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>&amp;Check the station</source>
        <translation>检查工作站(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export a diagnostics bundle…</source>
        <translation>导出诊断包(&amp;E)…</translation>
    </message>
    <message>
        <source>The bundle holds logs, the configuration (secrets removed), the check results and the device list. It never holds applicant or biometric data.</source>
        <translation>诊断包包含日志、配置（已去除机密）、检查结果和设备列表，绝不包含申请人数据或生物特征数据。</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>全部 %n 项检查均通过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n 项检查未通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a diagnostics bundle</source>
        <translation>导出诊断包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩文件 (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPage</name>
    <message>
        <source>A valid %1 zone was read on consecutive frames: the desk would fill the form.</source>
        <translation>在连续帧上读取到有效的 %1 区域：柜台将自动填写表格。</translation>
    </message>
    <message>
        <source>&amp;Find cameras</source>
        <translation>查找摄像头(&amp;F)</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>请求的宽度</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>请求的高度</translation>
    </message>
    <message>
        <source>Alike frames before the form fills</source>
        <translation>填写表格前需一致的帧数</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>证件摄像头</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>即上方所选</translation>
    </message>
    <message>
        <source>Document camera:</source>
        <translation>证件摄像头：</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>读取结果：</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>正在启动证件摄像头…</translation>
    </message>
    <message>
        <source>A zone is seen; reading…</source>
        <translation>已看到机读区，正在读取…</translation>
    </message>
    <message>
        <source>No document under the camera.</source>
        <translation>摄像头下没有证件。</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPanel</name>
    <message>
        <source>Document camera</source>
        <translation>证件摄像头</translation>
    </message>
    <message>
        <source>&amp;Retry  (F6)</source>
        <translation>重试(&amp;R)  (F6)</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>正在启动证件摄像头…</translation>
    </message>
    <message>
        <source>Reading the passport… Hold it still.</source>
        <translation>正在读取护照… 请保持不动。</translation>
    </message>
    <message>
        <source>Passport read. The form was filled from it.</source>
        <translation>护照已读取，表格已据此填写。</translation>
    </message>
    <message>
        <source>Lay the passport open at its photo page under the camera: the form fills by itself.</source>
        <translation>将护照翻到照片页，放在摄像头下方：表格会自动填写。</translation>
    </message>
    <message>
        <source>Scan the passport with the reader, or type the data.</source>
        <translation>请用读卡器扫描护照，或手动输入数据。</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can apply</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <source>Step 2 of 6</source>
        <translation>第 2 步，共 6 步</translation>
    </message>
    <message>
        <source>Foreign nationals aged 6 or older who hold a valid temporary or permanent residence card can get a level 2 electronic identification account. Children under 6 can get a level 1 account only.</source>
        <translation>年满 6 周岁、持有有效暂住卡或永久居留卡的外国人可申请二级电子身份账户。未满 6 周岁的儿童只能申请一级账户。</translation>
    </message>
    <message>
        <source>Check for yourself:</source>
        <translation>自行确认：</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>无居留卡</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>暂住卡</translation>
    </message>
    <message>
        <source>Permanent card</source>
        <translation>永久居留卡</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>居留卡</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Enter your date of birth as day/month/year.</source>
        <translation>请按 日/月/年 格式输入出生日期。</translation>
    </message>
    <message>
        <source>Choose the residence card you hold.</source>
        <translation>请选择您持有的居留卡类型。</translation>
    </message>
    <message>
        <source>Enter the date until which your card is valid.</source>
        <translation>请输入居留卡的有效期。</translation>
    </message>
    <message>
        <source>Bring your passport and residence card to the desk.</source>
        <translation>请携带护照和居留卡前往采集台。</translation>
    </message>
    <message>
        <source>Please ask at the guidance desk how to apply for a level 1 account.</source>
        <translation>一级账户的申请方式请向咨询台询问。</translation>
    </message>
    <message>
        <source>If you think this is wrong, please ask at the guidance desk.</source>
        <translation>如您认为结果有误，请向咨询台询问。</translation>
    </message>
</context>
<context>
    <name>FaceScreen</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>尚未拍照</translation>
    </message>
    <message>
        <source>Capture now  (Space)</source>
        <translation>立即拍照  (Space)</translation>
    </message>
    <message>
        <source>Force capture…  (F)</source>
        <translation>强制采用…  (F)</translation>
    </message>
    <message>
        <source>Retake  (R)</source>
        <translation>重拍  (R)</translation>
    </message>
    <message>
        <source>Accept the photo  (Enter)</source>
        <translation>采用此照片  (Enter)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>Force the photo although it does not meet every requirement.</source>
        <translation>照片未完全符合要求，仍强制采用。</translation>
    </message>
    <message>
        <source>Failing: %1.</source>
        <translation>未通过：%1。</translation>
    </message>
    <message>
        <source>There is no photo to accept yet.</source>
        <translation>还没有可采用的照片。</translation>
    </message>
    <message>
        <source>The camera stopped. Fix it, then press Retry; the photo already taken is kept.</source>
        <translation>摄像头已停止。排除故障后请按“重试”；已拍的照片会保留。</translation>
    </message>
    <message>
        <source>The camera is not running.</source>
        <translation>摄像头未运行。</translation>
    </message>
    <message>
        <source>A photo is already taken: press R to retake it first.</source>
        <translation>已有照片：请先按 R 重拍。</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>请保持不动…</translation>
    </message>
    <message>
        <source>Taken automatically</source>
        <translation>自动拍摄</translation>
    </message>
    <message>
        <source>Taken by the officer</source>
        <translation>工作人员拍摄</translation>
    </message>
    <message>
        <source>Forced capture</source>
        <translation>强制采用</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>waiting for a supervisor&apos;s approval</source>
        <translation>等待主管审批</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>由 %1 批准</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>通过 %1/%2 项检查</translation>
    </message>
    <message>
        <source>Photo taken. Press Enter to accept it, or R to retake.</source>
        <translation>已拍照。按 Enter 采用，或按 R 重拍。</translation>
    </message>
</context>
<context>
    <name>FingerExceptionDialog</name>
    <message>
        <source>Finger exception</source>
        <translation>手指例外</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Finger:</source>
        <translation>手指：</translation>
    </message>
    <message>
        <source>Why it cannot be captured:</source>
        <translation>无法采集的原因：</translation>
    </message>
    <message>
        <source>Remove the exception of {0} and capture it?</source>
        <translation>取消{0}的例外并进行采集？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>取消例外</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>FingerprintScreen</name>
    <message>
        <source>&amp;Capture (Enter)</source>
        <translation>采集(&amp;C) (Enter)</translation>
    </message>
    <message>
        <source>&amp;Retry (R)</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Force capture…</source>
        <translation>强制采集(&amp;F)…</translation>
    </message>
    <message>
        <source>Finger &amp;exception…</source>
        <translation>手指例外(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Restored from the saved draft: {0}.</source>
        <translation>已从保存的草稿中恢复：{0}。</translation>
    </message>
    <message>
        <source>Exceptions kept: {0}.</source>
        <translation>已保留的例外：{0}。</translation>
    </message>
    <message>
        <source>Force capture of {0}: its best attempt is below {1}.</source>
        <translation>强制采集{0}：最佳一次仍低于 {1}。</translation>
    </message>
    <message>
        <source>{0} cannot be captured: {1}.</source>
        <translation>{0}无法采集：{1}。</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>仍然继续(&amp;O)</translation>
    </message>
    <message>
        <source>Capturing… {0}</source>
        <translation>正在采集… {0}</translation>
    </message>
    <message>
        <source>The scanner had a problem. Press R to retry.</source>
        <translation>扫描仪出现问题。请按 R 重试。</translation>
    </message>
    <message>
        <source>Checking for repeated fingers…</source>
        <translation>正在检查是否有重复手指…</translation>
    </message>
    <message>
        <source>All fingerprints captured. Check them, then continue.</source>
        <translation>指纹已全部采集。请检查后继续。</translation>
    </message>
    <message>
        <source>Leave out: {0}.</source>
        <translation>跳过：{0}。</translation>
    </message>
    <message>
        <source>Then press Enter.</source>
        <translation>然后按 Enter。</translation>
    </message>
    <message>
        <source>Quality too low: {0}. Press R to try again ({1} left). {2}</source>
        <translation>质量过低：{0}。请按 R 重试（还剩 {1} 次）。{2}</translation>
    </message>
    <message>
        <source>Quality still too low: {0}. Force the capture with a reason, or mark the finger as an exception.</source>
        <translation>质量仍然过低：{0}。请填写原因强制采集，或将该手指标记为例外。</translation>
    </message>
</context>
<context>
    <name>Fingers</name>
    <message>
        <source>Left thumb</source>
        <translation>左手拇指</translation>
    </message>
    <message>
        <source>Left index</source>
        <translation>左手食指</translation>
    </message>
    <message>
        <source>Left middle</source>
        <translation>左手中指</translation>
    </message>
    <message>
        <source>Left ring</source>
        <translation>左手无名指</translation>
    </message>
    <message>
        <source>Left little</source>
        <translation>左手小指</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>右手拇指</translation>
    </message>
    <message>
        <source>Right index</source>
        <translation>右手食指</translation>
    </message>
    <message>
        <source>Right middle</source>
        <translation>右手中指</translation>
    </message>
    <message>
        <source>Right ring</source>
        <translation>右手无名指</translation>
    </message>
    <message>
        <source>Right little</source>
        <translation>右手小指</translation>
    </message>
    <message>
        <source>Left hand, four fingers</source>
        <translation>左手四指</translation>
    </message>
    <message>
        <source>Right hand, four fingers</source>
        <translation>右手四指</translation>
    </message>
    <message>
        <source>Both thumbs</source>
        <translation>双手拇指</translation>
    </message>
    <message>
        <source>Place the four fingers of the LEFT hand flat on the scanner.</source>
        <translation>请将【左手】四指平放在扫描仪上。</translation>
    </message>
    <message>
        <source>Place the four fingers of the RIGHT hand flat on the scanner.</source>
        <translation>请将【右手】四指平放在扫描仪上。</translation>
    </message>
    <message>
        <source>Place BOTH THUMBS side by side on the scanner.</source>
        <translation>请将【双手拇指】并排放在扫描仪上。</translation>
    </message>
    <message>
        <source>Place one finger flat on the scanner: {0}.</source>
        <translation>请将一根手指平放在扫描仪上：{0}。</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Amputated</source>
        <translation>截肢</translation>
    </message>
    <message>
        <source>Bandaged</source>
        <translation>包扎</translation>
    </message>
    <message>
        <source>Temporarily unusable</source>
        <translation>暂时无法采集</translation>
    </message>
    <message>
        <source>Nothing on the scanner or too faint: press the finger flat.</source>
        <translation>扫描仪上无手指或图像过淡：请将手指平按。</translation>
    </message>
    <message>
        <source>The image is uniform: clean the scanner and press again.</source>
        <translation>图像无纹路：请清洁扫描仪后重按。</translation>
    </message>
    <message>
        <source>Too few ridge details: press a little harder.</source>
        <translation>纹线细节过少：请稍用力按压。</translation>
    </message>
    <message>
        <source>Too small an area: place more of the finger on the scanner.</source>
        <translation>接触面积过小：请将手指更多部分放在扫描仪上。</translation>
    </message>
    <message>
        <source>No ridges visible: dry or wet finger, or smudged glass.</source>
        <translation>看不到纹线：手指过干或过湿，或玻璃面有污渍。</translation>
    </message>
    <message>
        <source>The same finger seems to have been placed twice.</source>
        <translation>同一根手指似乎被放置了两次。</translation>
    </message>
    <message>
        <source>The same hand seems to have been placed for both slaps.</source>
        <translation>两次四指采集似乎放的是同一只手。</translation>
    </message>
    <message>
        <source>{0} and {1} match (score {2}).</source>
        <translation>{0}与{1}相符（分数 {2}）。</translation>
    </message>
    <message>
        <source>… and {0} more pairs.</source>
        <translation>… 另有 {0} 对。</translation>
    </message>
    <message>
        <source>Capture again: {0}.</source>
        <translation>重新采集：{0}。</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation>办理指南</translation>
    </message>
</context>
<context>
    <name>GuidanceLanguage</name>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>GuidanceWindow</name>
    <message>
        <source>Are you still there? Touch the screen to continue. Starting again in %1 s.</source>
        <translation>您还在吗？请触摸屏幕继续。%1 秒后将重新开始。</translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Please look at the camera.</source>
        <translation>请看摄像头。</translation>
    </message>
    <message>
        <source>Only one person may be in front of the camera.</source>
        <translation>摄像头前只能有一个人。</translation>
    </message>
    <message>
        <source>Please move closer to the camera.</source>
        <translation>请靠近摄像头一些。</translation>
    </message>
    <message>
        <source>Please move back a little.</source>
        <translation>请稍微后退。</translation>
    </message>
    <message>
        <source>Please move so that your face is in the middle of the screen.</source>
        <translation>请调整位置，使脸部位于画面中央。</translation>
    </message>
    <message>
        <source>Please look straight at the camera.</source>
        <translation>请直视摄像头。</translation>
    </message>
    <message>
        <source>Please keep your head upright.</source>
        <translation>请保持头部端正。</translation>
    </message>
    <message>
        <source>Please keep your hands away from your face.</source>
        <translation>请不要用手遮挡脸部。</translation>
    </message>
    <message>
        <source>Please remove your glasses.</source>
        <translation>请摘下眼镜。</translation>
    </message>
    <message>
        <source>Please open your eyes.</source>
        <translation>请睁开眼睛。</translation>
    </message>
    <message>
        <source>Please close your mouth.</source>
        <translation>请闭上嘴。</translation>
    </message>
    <message>
        <source>Please keep a neutral expression, without smiling.</source>
        <translation>请保持自然表情，不要微笑。</translation>
    </message>
    <message>
        <source>Please hold still.</source>
        <translation>请保持不动。</translation>
    </message>
    <message>
        <source>Officer: adjust the lighting (the face is too dark or too bright).</source>
        <translation>工作人员：请调整光线（脸部过暗或过亮）。</translation>
    </message>
    <message>
        <source>Officer: light the face evenly (shadow on one side).</source>
        <translation>工作人员：请使脸部光线均匀（一侧有阴影）。</translation>
    </message>
    <message>
        <source>Officer: use a plain, light background.</source>
        <translation>工作人员：请使用纯色浅色背景。</translation>
    </message>
    <message>
        <source>Officer: the camera image is too small for a portrait (raise its resolution).</source>
        <translation>工作人员：摄像头图像太小，无法拍摄人像（请提高分辨率）。</translation>
    </message>
    <message>
        <source>One face</source>
        <translation>单人脸部</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Camera distance</source>
        <translation>与相机的距离</translation>
    </message>
    <message>
        <source>Head turn</source>
        <translation>头部转动</translation>
    </message>
    <message>
        <source>Head nod</source>
        <translation>头部俯仰</translation>
    </message>
    <message>
        <source>Head tilt</source>
        <translation>头部倾斜</translation>
    </message>
    <message>
        <source>Gaze</source>
        <translation>视线</translation>
    </message>
    <message>
        <source>Face uncovered</source>
        <translation>脸部无遮挡</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>无反光</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>睁眼</translation>
    </message>
    <message>
        <source>Mouth closed</source>
        <translation>闭嘴</translation>
    </message>
    <message>
        <source>Neutral expression</source>
        <translation>自然表情</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>光线均匀</translation>
    </message>
    <message>
        <source>Plain background</source>
        <translation>纯色背景</translation>
    </message>
    <message>
        <source>Light background</source>
        <translation>浅色背景</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in as &amp;another officer</source>
        <translation>以其他工作人员身份登录(&amp;A)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in with your own account.</source>
        <translation>请使用本人账户登录。</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>%1 was inactive, so the screen was locked. Work in progress is kept. Enter the password to continue.</source>
        <translation>%1 长时间未操作，屏幕已锁定。未完成的工作已保留。请输入密码继续。</translation>
    </message>
    <message>
        <source>%1 locked the screen. Work in progress is kept. Enter the password to continue.</source>
        <translation>%1 锁定了屏幕。进行中的工作已保留。输入密码以继续。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Getting the camera ready…</source>
        <translation>正在准备摄像头…</translation>
    </message>
    <message>
        <source>Enrollment kiosk – %1</source>
        <translation>生物特征采集工作站 – %1</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>主页(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Station &amp;status</source>
        <translation>工作站状态(&amp;S)</translation>
    </message>
    <message>
        <source>Supervisor &amp;view</source>
        <translation>主管视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>会话(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>No activity: the screen locks in %n second(s).</source>
        <translation>
            <numerusform>无操作：屏幕将在 %n 秒后锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>officer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技术人员</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The local database reported a problem. Nothing was half-saved.</source>
        <translation>本地数据库报告了问题。没有任何数据只保存了一半。</translation>
    </message>
    <message>
        <source>The local database is damaged. Call a technician; do not delete any files. A backup may be restored from the backups folder.</source>
        <translation>本地数据库已损坏。请联系技术人员，不要删除任何文件。可从 backups 文件夹恢复备份。</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data folder. Call a technician (the folder is read-only or its permissions are wrong).</source>
        <translation>工作站无法写入数据文件夹。请联系技术人员（该文件夹为只读或权限设置有误）。</translation>
    </message>
    <message>
        <source>The disk is full. The last record was not saved; everything saved before is safe. Call a technician to free space.</source>
        <translation>磁盘已满。最后一条记录未保存，此前保存的数据均安全。请联系技术人员释放空间。</translation>
    </message>
    <message>
        <source>The local database is busy in another program. Close it and try again.</source>
        <translation>本地数据库正被其他程序占用。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The encryption key of this station is missing, so its records cannot be read. Call a technician to restore the key.</source>
        <translation>本工作站的加密密钥缺失，无法读取记录。请联系技术人员恢复密钥。</translation>
    </message>
    <message>
        <source>The local database cannot be opened with this station&apos;s encryption key (a different key, or the file is damaged). Call a technician; do not delete any files.</source>
        <translation>无法用本工作站的加密密钥打开本地数据库（密钥不同，或文件已损坏）。请联系技术人员；不要删除任何文件。</translation>
    </message>
    <message>
        <source>The encryption key does not belong to this database. Call a technician to restore the original key.</source>
        <translation>该加密密钥与此数据库不匹配。请联系技术人员恢复原密钥。</translation>
    </message>
    <message>
        <source>The encryption key file can be read by other users. Call a technician to restrict it.</source>
        <translation>加密密钥文件可被其他用户读取。请联系技术人员限制其权限。</translation>
    </message>
    <message>
        <source>The encryption key file is damaged. Call a technician.</source>
        <translation>加密密钥文件已损坏。请联系技术人员。</translation>
    </message>
    <message>
        <source>The encryption key file cannot be read. Call a technician.</source>
        <translation>无法读取加密密钥文件。请联系技术人员。</translation>
    </message>
    <message>
        <source>An encryption key already exists for this data folder.</source>
        <translation>此数据文件夹已有加密密钥。</translation>
    </message>
    <message>
        <source>The system keyring did not answer. Call a technician.</source>
        <translation>系统密钥库无响应。请联系技术人员。</translation>
    </message>
    <message>
        <source>A stored biometric record failed its integrity check.</source>
        <translation>一条已保存的生物特征记录未通过完整性检查。</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>未找到该记录。</translation>
    </message>
    <message>
        <source>The local database is closed.</source>
        <translation>本地数据库已关闭。</translation>
    </message>
    <message>
        <source>The configuration is invalid.</source>
        <translation>配置无效。</translation>
    </message>
    <message>
        <source>The configuration has an unknown setting.</source>
        <translation>配置中有未知的设置项。</translation>
    </message>
    <message>
        <source>A configuration setting has a wrong value.</source>
        <translation>某个配置项的值有误。</translation>
    </message>
    <message>
        <source>The configuration file was written for a newer version of the kiosk. Install that version, or restore the previous file.</source>
        <translation>配置文件是为更新版本的自助终端编写的。请安装该版本，或恢复之前的文件。</translation>
    </message>
    <message>
        <source>The configuration file is not valid TOML.</source>
        <translation>配置文件不是有效的 TOML 格式。</translation>
    </message>
    <message>
        <source>The configuration file named by KIOSK_CONFIG does not exist.</source>
        <translation>KIOSK_CONFIG 指定的配置文件不存在。</translation>
    </message>
    <message>
        <source>The configuration file nests tables or lists too deeply; options are written as section.name.</source>
        <translation>配置文件中的表或列表嵌套过深；选项应写作 section.name。</translation>
    </message>
    <message>
        <source>The configuration file cannot be read.</source>
        <translation>无法读取配置文件。</translation>
    </message>
    <message>
        <source>The settings could not be saved; the previous ones are unchanged.</source>
        <translation>无法保存设置；原有设置保持不变。</translation>
    </message>
    <message>
        <source>The account could not be used.</source>
        <translation>无法使用该账户。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account may not sign in now (after several wrong passwords it waits a while). A supervisor can help on the Accounts screen.</source>
        <translation>用户名或密码错误，或该账户当前不能登录（多次输错密码后需等待一段时间）。主管可在“账户”界面提供帮助。</translation>
    </message>
    <message>
        <source>The password is too short or too easy to guess. Use a few words or a sentence of your own, not a common password, a name, a date or a keyboard row (such as password12 or qwertyuiop).</source>
        <translation>密码太短或太容易被猜到。请使用几个词或一句您自己的话，不要用常见密码、姓名、日期或键盘上的一排键（如 password12 或 qwertyuiop）。</translation>
    </message>
    <message>
        <source>An account with this user name already exists.</source>
        <translation>该用户名的账户已存在。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>The first account has already been created. Sign in instead.</source>
        <translation>首个账户已创建。请直接登录。</translation>
    </message>
    <message>
        <source>User names have 3 to 32 characters: lower-case letters a-z, digits, dot, underscore or hyphen.</source>
        <translation>用户名长度为 3 至 32 个字符，可使用小写字母 a-z、数字、点、下划线或连字符。</translation>
    </message>
    <message>
        <source>This account does not exist on this station.</source>
        <translation>本工作站上不存在此账户。</translation>
    </message>
    <message>
        <source>You cannot disable, demote or reset your own account. Ask another supervisor.</source>
        <translation>您不能停用、降级或重置自己的账户。请联系另一位主管。</translation>
    </message>
    <message>
        <source>This would leave the station without an active supervisor. Make another account a supervisor first.</source>
        <translation>此操作将使本工作站没有可用的主管。请先将另一个账户设为主管。</translation>
    </message>
    <message>
        <source>Choose a new password: it must differ from the one you signed in with.</source>
        <translation>请选择新密码：新密码必须与您登录时使用的密码不同。</translation>
    </message>
    <message>
        <source>Only a supervisor may do this: moving applicants&apos; data or changing where it goes needs a supervisor&apos;s sign-in.</source>
        <translation>只有主管可以执行此操作：转移申请人数据或更改数据去向需要主管登录。</translation>
    </message>
    <message>
        <source>The central service configured here is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>此处配置的中心服务不是主管确认过的那一个。在主管确认之前，不会封装或发送任何数据。</translation>
    </message>
    <message>
        <source>The stored applicant data is damaged and cannot be shown.</source>
        <translation>已保存的申请人资料已损坏，无法显示。</translation>
    </message>
    <message>
        <source>The machine-readable zone could not be read.</source>
        <translation>无法读取机读区（MRZ）。</translation>
    </message>
    <message>
        <source>A check digit of the machine-readable zone is wrong: the document was misread or is not genuine. The highlighted fields were not accepted.</source>
        <translation>机读区（MRZ）的校验位有误：证件读取错误或并非真实证件。标记的字段未被采用。</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone of a passport, identity card or visa (wrong number or length of lines).</source>
        <translation>这不是护照、身份证或签证的机读区（行数或行长度不符）。</translation>
    </message>
    <message>
        <source>The machine-readable zone contains characters that are not allowed.</source>
        <translation>机读区包含不允许的字符。</translation>
    </message>
    <message>
        <source>No machine-readable zone was found in the picture. Place the document page flat under the camera with the two or three lines of the zone in view.</source>
        <translation>图像中未找到机读区（MRZ）。请将证件页平放在摄像头下，使机读区的两行或三行完整可见。</translation>
    </message>
    <message>
        <source>The document picture could not be opened: the file is missing, empty or damaged.</source>
        <translation>无法打开证件图像：文件不存在、为空或已损坏。</translation>
    </message>
    <message>
        <source>Refused: this service is for foreign nationals; Vietnamese citizens use their citizen identity card.</source>
        <translation>不予受理：本服务仅面向外国人；越南公民请使用公民身份证。</translation>
    </message>
    <message>
        <source>Refused: the date of birth is in the future. Check the entry.</source>
        <translation>不予受理：出生日期晚于今天。请核对输入内容。</translation>
    </message>
    <message>
        <source>Refused: a temporary or permanent residence card is required.</source>
        <translation>不予受理：须持有临时居留证或永久居留证。</translation>
    </message>
    <message>
        <source>Refused: the residence card has expired.</source>
        <translation>不予受理：居留证已过期。</translation>
    </message>
    <message>
        <source>Refused: the passport or travel document has expired.</source>
        <translation>不予受理：护照或旅行证件已过期。</translation>
    </message>
    <message>
        <source>Under 6 years old: only a level 1 account can be issued; level 2 enrollment is refused.</source>
        <translation>未满 6 周岁：只能开通一级账户，不予办理二级采集。</translation>
    </message>
    <message>
        <source>Eligible for a level 2 account.</source>
        <translation>符合开通二级账户的条件。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>无效。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>不能晚于今天。</translation>
    </message>
    <message>
        <source>This date is not plausible.</source>
        <translation>此日期不合理。</translation>
    </message>
    <message>
        <source>Cannot be before the date of birth.</source>
        <translation>不能早于出生日期。</translation>
    </message>
    <message>
        <source>Unknown country code (use the three-letter ICAO code).</source>
        <translation>未知的国家代码（请使用三位字母的 ICAO 代码）。</translation>
    </message>
    <message>
        <source>This is a specimen document code, not a real country.</source>
        <translation>这是样本证件代码，不是真实国家。</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed here.</source>
        <translation>含有此处不允许的字符。</translation>
    </message>
    <message>
        <source>Use Latin letters as printed in the travel document.</source>
        <translation>请按旅行证件上印刷的拉丁字母填写。</translation>
    </message>
    <message>
        <source>Contains invisible control characters.</source>
        <translation>含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>过长。</translation>
    </message>
    <message>
        <source>The fingerprint could not be processed.</source>
        <translation>无法处理该指纹。</translation>
    </message>
    <message>
        <source>The fingerprint image cannot be read (damaged or not an image).</source>
        <translation>无法读取指纹图像（已损坏或不是图像）。</translation>
    </message>
    <message>
        <source>The ANSI/NIST fingerprint file is damaged or incomplete.</source>
        <translation>ANSI/NIST 指纹文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>The separate fingers could not be found in the slap image. Place the fingers again, slightly apart.</source>
        <translation>无法在四指图像中分离出各个手指。请重新放置手指，并稍微分开。</translation>
    </message>
    <message>
        <source>The scanner reported a finger name this kiosk does not know.</source>
        <translation>扫描仪返回了本工作站无法识别的手指名称。</translation>
    </message>
    <message>
        <source>This fingerprint step is not allowed now.</source>
        <translation>现在不能进行此指纹采集步骤。</translation>
    </message>
    <message>
        <source>These fingers are already captured.</source>
        <translation>这些手指已采集。</translation>
    </message>
    <message>
        <source>All attempts are used. Keep the best one or force the capture with a reason.</source>
        <translation>尝试次数已用完。请保留最佳一次，或填写原因强制采集。</translation>
    </message>
    <message>
        <source>The scanner returned other fingers than the ones requested.</source>
        <translation>扫描仪返回的手指与要求的不符。</translation>
    </message>
    <message>
        <source>Capture the fingers at least once before forcing.</source>
        <translation>强制采集前，请至少采集一次。</translation>
    </message>
    <message>
        <source>The capture already meets the quality threshold; no need to force it.</source>
        <translation>本次采集已达到质量阈值，无需强制采集。</translation>
    </message>
    <message>
        <source>Give a reason for forcing this capture.</source>
        <translation>请填写强制采集的原因。</translation>
    </message>
    <message>
        <source>The photo cannot be read (damaged or not an image).</source>
        <translation>无法读取照片（已损坏或不是图像）。</translation>
    </message>
    <message>
        <source>The face analysis could not start: the installation is incomplete. Call a technician.</source>
        <translation>人脸分析无法启动：安装不完整。请联系技术人员。</translation>
    </message>
    <message>
        <source>The face image record is damaged or of an unsupported version.</source>
        <translation>人脸图像记录已损坏或版本不受支持。</translation>
    </message>
    <message>
        <source>The photo does not meet the requirements yet. Follow the instruction on screen, or force the capture with a reason.</source>
        <translation>照片尚未符合要求。请按屏幕提示操作，或填写原因强制采用。</translation>
    </message>
    <message>
        <source>Give a reason for forcing this photo.</source>
        <translation>请填写强制采用此照片的原因。</translation>
    </message>
    <message>
        <source>The portrait could not be cut from this photo. Take it again.</source>
        <translation>无法从此照片中裁出人像。请重新拍摄。</translation>
    </message>
    <message>
        <source>The device reported a problem. What was captured so far is kept.</source>
        <translation>设备报告了问题。已采集的内容会保留。</translation>
    </message>
    <message>
        <source>The device was not found. Check that it is plugged in and switched on, then press Retry.</source>
        <translation>未找到设备。请检查设备是否已连接并开机，然后按“重试”。</translation>
    </message>
    <message>
        <source>The device is busy with another capture. Wait a moment, then press Retry.</source>
        <translation>设备正在进行另一次采集。请稍候，然后按“重试”。</translation>
    </message>
    <message>
        <source>The device is not ready. Wait a moment, then press Retry.</source>
        <translation>设备尚未就绪。请稍候，然后按“重试”。</translation>
    </message>
    <message>
        <source>The device did not answer in time. Press Retry.</source>
        <translation>设备未及时响应。请按“重试”。</translation>
    </message>
    <message>
        <source>The device was disconnected. Plug it in again, then press Retry. What was captured so far is kept.</source>
        <translation>设备已断开连接。请重新连接后按“重试”。已采集的内容会保留。</translation>
    </message>
    <message>
        <source>The device sent an answer the kiosk cannot use. Press Retry; if it happens again, call a technician.</source>
        <translation>设备返回的响应无法使用。请按“重试”；如再次发生，请联系技术人员。</translation>
    </message>
    <message>
        <source>The capture failed. Press Retry.</source>
        <translation>采集失败。请按“重试”。</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer belongs to another capture and was refused.</source>
        <translation>扫描仪的响应属于另一次采集，已被拒绝。</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer failed its integrity check and was refused.</source>
        <translation>扫描仪的响应未通过完整性检查，已被拒绝。</translation>
    </message>
    <message>
        <source>The scanner&apos;s signature is not valid; the answer was refused.</source>
        <translation>扫描仪的签名无效，响应已被拒绝。</translation>
    </message>
    <message>
        <source>The scanner sent a damaged fingerprint record.</source>
        <translation>扫描仪发送的指纹记录已损坏。</translation>
    </message>
    <message>
        <source>The configured device certificate authority file cannot be used. Call a technician.</source>
        <translation>所配置的设备证书颁发机构文件无法使用。请联系技术人员。</translation>
    </message>
    <message>
        <source>The folder of simulator images cannot be used.</source>
        <translation>模拟器图像文件夹无法使用。</translation>
    </message>
    <message>
        <source>The configured device adapter is not installed. Call a technician.</source>
        <translation>所配置的设备适配器未安装。请联系技术人员。</translation>
    </message>
    <message>
        <source>The video or image file for the camera cannot be read.</source>
        <translation>无法读取摄像头使用的视频或图像文件。</translation>
    </message>
    <message>
        <source>The pre-registration ticket cannot be used. Enter the data from the passport.</source>
        <translation>该预登记单无法使用。请按护照输入资料。</translation>
    </message>
    <message>
        <source>The scanned code is not a pre-registration ticket.</source>
        <translation>所扫描的码不是预登记单。</translation>
    </message>
    <message>
        <source>The pre-registration ticket is damaged. Scan it again or enter the data from the passport.</source>
        <translation>预登记单已损坏。请重新扫描，或按护照输入资料。</translation>
    </message>
    <message>
        <source>The pre-registration ticket was not issued by this office (its signature does not match). Enter the data from the passport.</source>
        <translation>该预登记单并非本单位签发（签名不符）。请按护照输入资料。</translation>
    </message>
    <message>
        <source>The pre-registration ticket has expired (tickets are valid on the day they are issued). Enter the data from the passport.</source>
        <translation>预登记单已过期（仅在签发当日有效）。请按护照输入资料。</translation>
    </message>
    <message>
        <source>This station cannot check pre-registration tickets (no office key is configured). Call a technician.</source>
        <translation>本工作站无法核验预登记单（未配置单位密钥）。请联系技术人员。</translation>
    </message>
    <message>
        <source>Pre-registration is not available at this station (no office key is configured). Please go to the guidance desk.</source>
        <translation>本机暂不能办理预登记（未配置单位密钥）。请前往咨询台。</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is missing. Call a technician.</source>
        <translation>无法办理预登记：缺少单位密钥文件。请联系技术人员。</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file can be read by other users. Call a technician.</source>
        <translation>无法办理预登记：单位密钥文件可被其他用户读取。请联系技术人员。</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is not a valid private key. Call a technician.</source>
        <translation>无法办理预登记：单位密钥文件不是有效的私钥。请联系技术人员。</translation>
    </message>
    <message>
        <source>An office key pair already exists in this folder.</source>
        <translation>此文件夹中已有单位密钥对。</translation>
    </message>
    <message>
        <source>This pre-registration ticket was already used today at %1 at desk %2. A ticket is valid once: enter the data from the passport.</source>
        <translation>此预登记单今天已于 %1 在 %2 号台使用过。每张登记单只能使用一次：请按护照输入资料。</translation>
    </message>
    <message>
        <source>This pre-registration ticket was issued by another office (%1); this desk belongs to %2. Enter the data from the passport.</source>
        <translation>此预登记单由其他单位（%1）签发；本台属于 %2。请按护照输入资料。</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is missing. Call a technician.</source>
        <translation>缺少用于读取预登记单的单位密钥文件。请联系技术人员。</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets can be read by other users. Call a technician.</source>
        <translation>用于读取预登记单的单位密钥文件可被其他用户读取。请联系技术人员。</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is not valid. Call a technician.</source>
        <translation>用于读取预登记单的单位密钥文件无效。请联系技术人员。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a folder, a device or a pipe), so it is not read.</source>
        <translation>这不是普通文件（文件夹、设备或管道），因此不予读取。</translation>
    </message>
    <message>
        <source>The file is too large to be read here.</source>
        <translation>文件太大，无法在此读取。</translation>
    </message>
    <message>
        <source>The image has too many pixels to be read here.</source>
        <translation>图像像素过多，无法在此读取。</translation>
    </message>
    <message>
        <source>This screen cannot be locked: the station has no technician account. Call a technician.</source>
        <translation>无法锁定此屏幕：本机没有技术人员账户。请联系技术人员。</translation>
    </message>
    <message>
        <source>Only a technician can leave this screen.</source>
        <translation>只有技术人员才能退出此屏幕。</translation>
    </message>
    <message>
        <source>Sending to the central service is not set up on this station. Records are kept safely here; call a technician.</source>
        <translation>本工作站尚未设置向中心系统发送数据。记录已安全保存在本机；请联系技术人员。</translation>
    </message>
    <message>
        <source>A key for sending to the central service is missing or damaged. Records are kept safely here; call a technician.</source>
        <translation>用于向中心系统发送数据的密钥缺失或损坏。记录已安全保存在本机；请联系技术人员。</translation>
    </message>
    <message>
        <source>A sealed enrollment packet is damaged or was not made by this station.</source>
        <translation>一个已封装的采集数据包已损坏，或并非由本工作站生成。</translation>
    </message>
    <message>
        <source>No connection to the central service; records are kept here and sent later.</source>
        <translation>无法连接中心系统；记录已保存在本机，稍后发送。</translation>
    </message>
    <message>
        <source>Records have waited too long on this station to reach the central service: new enrollments wait until they are sent or a supervisor exports them (kiosk sync export). Enrollments already begun can be finished.</source>
        <translation>记录在本工作站上等待发送到中心服务的时间过长：在这些记录发送出去或由主管导出（kiosk sync export）之前，不能开始新的登记。已开始的登记仍可完成。</translation>
    </message>
    <message>
        <source>The central service is busy; sending slowly to help it recover.</source>
        <translation>中心系统繁忙；正在放慢发送速度，以便其恢复。</translation>
    </message>
    <message>
        <source>The central service refused this station&apos;s credentials. Call a technician.</source>
        <translation>中心系统拒绝了本工作站的认证信息。请联系技术人员。</translation>
    </message>
    <message>
        <source>The central service is not answering in time; trying again later.</source>
        <translation>中心系统未及时响应；稍后重试。</translation>
    </message>
    <message>
        <source>The connection to the central service broke off; trying again later.</source>
        <translation>与中心系统的连接中断；稍后重试。</translation>
    </message>
    <message>
        <source>The central service reported an error; trying again later.</source>
        <translation>中心系统报告错误；稍后重试。</translation>
    </message>
    <message>
        <source>The central service sent an answer this station cannot use; records are kept here and sent again later.</source>
        <translation>中心系统返回了本机无法使用的应答；记录已保存在本机，稍后重新发送。</translation>
    </message>
    <message>
        <source>The central service&apos;s confirmation could not be verified; records are kept here and sent again later. If this continues, call a technician.</source>
        <translation>无法验证中心系统的确认回执；记录已保存在本机，稍后重新发送。如果持续出现，请联系技术人员。</translation>
    </message>
    <message>
        <source>The central service rejected an enrollment; a supervisor must review it.</source>
        <translation>中心系统退回了一份登记；须由主管审核。</translation>
    </message>
    <message>
        <source>This station&apos;s clock is wrong. Call a technician to set it.</source>
        <translation>本工作站的时钟不正确。请联系技术人员校准。</translation>
    </message>
    <message>
        <source>Many sends failed; trying less often for a while.</source>
        <translation>多次发送失败；暂时降低重试频率。</translation>
    </message>
    <message>
        <source>Sending hit a problem on this station; the records are safe.</source>
        <translation>本工作站发送时出现问题；记录安全无损。</translation>
    </message>
    <message>
        <source>The export folder cannot be written. Check the USB drive and try again.</source>
        <translation>无法写入导出文件夹。请检查U盘后重试。</translation>
    </message>
    <message>
        <source>This step is not allowed for the enrollment in its current state.</source>
        <translation>该采集记录当前状态下不允许执行此步骤。</translation>
    </message>
    <message>
        <source>A supervisor must approve a forced capture or finger exception first. The enrollment is kept as a draft: once a supervisor has decided in the supervisor view (Ctrl+Shift+R), resume it from today&apos;s list.</source>
        <translation>强制采集或手指例外须先经主管批准。该登记已保存为草稿：主管在主管视图（Ctrl+Shift+R）中作出决定后，请从今日列表继续办理。</translation>
    </message>
    <message>
        <source>A supervisor rejected a forced capture or finger exception. Capture it again, or cancel the enrollment.</source>
        <translation>主管已驳回强制采集或手指例外。请重新采集，或取消该登记。</translation>
    </message>
    <message>
        <source>This request was already decided or is no longer needed.</source>
        <translation>该申请已审批或已不再需要。</translation>
    </message>
    <message>
        <source>Write a comment for the decision.</source>
        <translation>请为审批填写意见。</translation>
    </message>
    <message>
        <source>You made this request yourself: another supervisor must decide it.</source>
        <translation>此申请由您本人提出，须由另一位主管决定。</translation>
    </message>
    <message>
        <source>This file is not a desk report this station can read (damaged, of another kind, or from a newer version).</source>
        <translation>此文件不是本工作站可读取的窗口报告（已损坏、类型不同或来自更新的版本）。</translation>
    </message>
    <message>
        <source>The report could not be saved in %1. Check that the folder exists and can be written, then export again.</source>
        <translation>无法将报告保存到 %1。请检查该文件夹是否存在且可写入，然后重新导出。</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>发生意外问题。</translation>
    </message>
    <message>
        <source>Unexpected problem. The data already saved is safe.</source>
        <translation>发生意外问题。已保存的数据是安全的。</translation>
    </message>
</context>
<context>
    <name>NextPage</name>
    <message>
        <source>After the desk</source>
        <translation>采集之后</translation>
    </message>
    <message>
        <source>Step 5 of 6</source>
        <translation>第 5 步，共 6 步</translation>
    </message>
    <message>
        <source>Pre-register now</source>
        <translation>立即预登记</translation>
    </message>
    <message>
        <source>1. You receive a receipt. Keep it until your account is active.</source>
        <translation>1. 您将收到一张回执，请保留至账户激活。</translation>
    </message>
    <message>
        <source>2. Your application is checked. This can take some days.</source>
        <translation>2. 您的申请将被审核，可能需要数日。</translation>
    </message>
    <message>
        <source>3. Install the official VNeID app on your phone from your app store.</source>
        <translation>3. 从应用商店在手机上安装官方 VNeID 应用。</translation>
    </message>
    <message>
        <source>4. When you are told your account is ready, activate it in VNeID by following the instructions in the app.</source>
        <translation>4. 收到账户已就绪的通知后，请按应用内的说明在 VNeID 中激活账户。</translation>
    </message>
    <message>
        <source>Questions? The officers at the guidance desk will help you.</source>
        <translation>如有疑问，咨询台的工作人员会为您解答。</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation>第三方许可证</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Type your name in your own script with the input method of the screen, or leave it empty.</source>
        <translation>请用屏幕的输入法以本国文字输入姓名，也可以留空。</translation>
    </message>
    <message>
        <source>Choose one:</source>
        <translation>请选择一项：</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>大写字母</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message>
        <source>At least %n characters, hard to guess: a few words or a sentence of your own. Common passwords, names, dates, keyboard rows and repeats are refused (such as password12, 1234567890 or qwertyuiop), and so is your user name.</source>
        <translation>至少 %n 个字符，且不易被猜到：使用几个词或一句您自己的话。常见密码、姓名、日期、键盘上的一排键和重复字符（如 password12、1234567890 或 qwertyuiop）以及您的用户名都不被接受。</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Biometric enrollment receipt</source>
        <translation>生物特征信息采集回执</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>采集编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>旅行证件</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Fingerprint quality (NFIQ 2, 0-100)</source>
        <translation>指纹质量（NFIQ 2，0-100）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>手指</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>No fingerprints (exception recorded)</source>
        <translation>无指纹（已登记例外）</translation>
    </message>
    <message>
        <source>Keep this receipt. You will be told when your electronic identification account can be activated.</source>
        <translation>请妥善保管本回执。电子身份账户可以激活时，我们将通知您。</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>右手拇指</translation>
    </message>
    <message>
        <source>Right index finger</source>
        <translation>右手食指</translation>
    </message>
    <message>
        <source>Right middle finger</source>
        <translation>右手中指</translation>
    </message>
    <message>
        <source>Right ring finger</source>
        <translation>右手无名指</translation>
    </message>
    <message>
        <source>Right little finger</source>
        <translation>右手小指</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>左手拇指</translation>
    </message>
    <message>
        <source>Left index finger</source>
        <translation>左手食指</translation>
    </message>
    <message>
        <source>Left middle finger</source>
        <translation>左手中指</translation>
    </message>
    <message>
        <source>Left ring finger</source>
        <translation>左手无名指</translation>
    </message>
    <message>
        <source>Left little finger</source>
        <translation>左手小指</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Pre-register and get your queue ticket</source>
        <translation>预登记并领取排队号</translation>
    </message>
    <message>
        <source>Step 6 of 6</source>
        <translation>第 6 步，共 6 步</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>领取排队号</translation>
    </message>
    <message>
        <source>Put the photo page of your passport on the reader, or type your data as written in your documents.</source>
        <translation>请将护照照片页放在读取器上，或按证件上的内容输入信息。</translation>
    </message>
    <message>
        <source>Scan the passport again, or type the data.</source>
        <translation>请重新扫描护照，或手动输入信息。</translation>
    </message>
    <message>
        <source>Now choose your residence card and enter its number and expiry date.</source>
        <translation>请选择居留卡类型，并输入卡号和有效期。</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>no portrait in the record</source>
        <translation>记录中没有人像照片</translation>
    </message>
    <message>
        <source>the record has no history</source>
        <translation>记录没有历史</translation>
    </message>
    <message>
        <source>a photo or fingerprint was damaged</source>
        <translation>照片或指纹已损坏</translation>
    </message>
    <message>
        <source>the record&apos;s history does not check out</source>
        <translation>记录的历史未通过校验</translation>
    </message>
    <message>
        <source>the station&apos;s signature was not recognised</source>
        <translation>无法识别本工作站的签名</translation>
    </message>
    <message>
        <source>this station is not registered</source>
        <translation>本工作站未注册</translation>
    </message>
    <message>
        <source>the record names another station</source>
        <translation>记录中写的是另一个工作站</translation>
    </message>
    <message>
        <source>the central service could not open the record</source>
        <translation>中心系统无法打开该记录</translation>
    </message>
    <message>
        <source>the record is in an unknown format</source>
        <translation>记录格式未知</translation>
    </message>
    <message>
        <source>the record is unreadable</source>
        <translation>记录无法读取</translation>
    </message>
    <message>
        <source>the record is too large</source>
        <translation>记录过大</translation>
    </message>
    <message>
        <source>another record has the same number</source>
        <translation>另一条记录编号相同</translation>
    </message>
    <message>
        <source>the record changed while it was sent</source>
        <translation>记录在发送时发生了变化</translation>
    </message>
    <message>
        <source>the record&apos;s number does not match</source>
        <translation>记录编号不匹配</translation>
    </message>
    <message>
        <source>refused by the central service</source>
        <translation>被中心系统拒绝</translation>
    </message>
    <message>
        <source>Enroll the applicant again.</source>
        <translation>请为申请人重新登记。</translation>
    </message>
    <message>
        <source>Call a technician; the record is kept on this station.</source>
        <translation>请联系技术人员；记录仍保存在本工作站。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人员</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>中位数（分钟）</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>第90百分位（分钟）</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>手指</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>手指</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Oldest waiting (min)</source>
        <translation>最长等待（分钟）</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <source>Frames held back</source>
        <translation>受阻帧数</translation>
    </message>
    <message>
        <source>Time held back (s)</source>
        <translation>受阻时长（秒）</translation>
    </message>
    <message>
        <source>Kept photos failing it</source>
        <translation>未通过此项的留存照片</translation>
    </message>
    <message>
        <source>Forced photo</source>
        <translation>强制拍照</translation>
    </message>
    <message>
        <source>Forced fingerprints</source>
        <translation>强制采集指纹</translation>
    </message>
    <message>
        <source>Finger exception</source>
        <translation>手指例外</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>no sign-off needed</source>
        <translation>无需审批</translation>
    </message>
    <message>
        <source>outside shifts</source>
        <translation>班次外</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All shifts</source>
        <translation>全部班次</translation>
    </message>
    <message>
        <source>&amp;Show  (F5)</source>
        <translation>显示(&amp;S)  (F5)</translation>
    </message>
    <message>
        <source>I&amp;mport a desk&apos;s report…</source>
        <translation>导入窗口报告(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove imported desks</source>
        <translation>移除已导入的窗口</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export this desk&apos;s report &amp;file…</source>
        <translation>导出本窗口报告文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>登记数量</translation>
    </message>
    <message>
        <source>Officers and time</source>
        <translation>人员与用时</translation>
    </message>
    <message>
        <source>Face checks</source>
        <translation>照片检查</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外情况</translation>
    </message>
    <message>
        <source>Rejected uploads</source>
        <translation>被拒上传</translation>
    </message>
    <message>
        <source>Sync backlog</source>
        <translation>同步积压</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>主管视图</translation>
    </message>
    <message>
        <source>Days without sync: no limit.</source>
        <translation>未同步天数：无限制。</translation>
    </message>
    <message>
        <source>Days without sync: limit %1 days, a warning from %2 days.</source>
        <translation>未同步天数：上限 %1 天，%2 天起警告。</translation>
    </message>
    <message>
        <source>No record is waiting to leave this desk.</source>
        <translation>本窗口没有等待发送的记录。</translation>
    </message>
    <message>
        <source>The oldest waiting record has waited %1 days.</source>
        <translation>等待最久的记录已等待 %1 天。</translation>
    </message>
    <message>
        <source>Warning: the oldest waiting record has waited %1 days.</source>
        <translation>警告：等待最久的记录已等待 %1 天。</translation>
    </message>
    <message>
        <source>New enrollments are stopped: the oldest waiting record has waited %1 days (upload or export them).</source>
        <translation>已停止新的登记：等待最久的记录已等待 %1 天（请上传或导出）。</translation>
    </message>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1（本窗口）</translation>
    </message>
    <message>
        <source>%1 (imported, made %2)</source>
        <translation>%1（已导入，生成于 %2）</translation>
    </message>
    <message>
        <source>Desks: %1</source>
        <translation>窗口：%1</translation>
    </message>
    <message>
        <source>Audit events left out of these figures because they could not be read: %1. The log names them.</source>
        <translation>因无法读取而未计入这些数据的审计事件：%1。日志中列出了这些事件。</translation>
    </message>
    <message>
        <source>Import a desk&apos;s report</source>
        <translation>导入窗口报告</translation>
    </message>
    <message>
        <source>Station report (*.json)</source>
        <translation>工作站报告 (*.json)</translation>
    </message>
    <message>
        <source>That file is this desk&apos;s own report; this desk&apos;s figures come from its database.</source>
        <translation>该文件是本窗口自己的报告；本窗口的数据取自其数据库。</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV 文件的保存文件夹</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>保存 PDF 报告</translation>
    </message>
    <message>
        <source>Save this desk&apos;s report file</source>
        <translation>保存本窗口报告文件</translation>
    </message>
    <message>
        <source>Preparing the report for the export…</source>
        <translation>正在准备要导出的报告…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>已将 %n 个 CSV 文件保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>主管报告</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Packets waiting to be sent</source>
        <translation>等待发送的数据包</translation>
    </message>
    <message>
        <source>Oldest waiting packet (minutes)</source>
        <translation>等待最久的数据包（分钟）</translation>
    </message>
    <message>
        <source>Median NFIQ 2 per finger (ISO position code)</source>
        <translation>各手指 NFIQ 2 中位数（ISO 位置代码）</translation>
    </message>
    <message>
        <source>Enrollments saved per officer</source>
        <translation>各人员已保存的登记</translation>
    </message>
    <message>
        <source>Failed photo checks</source>
        <translation>未通过的照片检查</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>amputated</source>
        <translation>截肢</translation>
    </message>
    <message>
        <source>bandaged</source>
        <translation>包扎</translation>
    </message>
    <message>
        <source>temporarily unusable</source>
        <translation>暂时无法采集</translation>
    </message>
    <message>
        <source>Fingerprints (NFIQ 2)</source>
        <translation>指纹（NFIQ 2）</translation>
    </message>
    <message>
        <source>&amp;Back to fingerprints</source>
        <translation>返回指纹采集(&amp;B)</translation>
    </message>
    <message>
        <source>Retake the pho&amp;to</source>
        <translation>重拍照片(&amp;T)</translation>
    </message>
    <message>
        <source>Correct applicant &amp;data  (Ctrl+E)</source>
        <translation>更正申请人信息(&amp;D)  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…</source>
        <translation>取消此登记(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Confirm and save  (Ctrl+Enter)</source>
        <translation>确认并保存(&amp;C)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>打印回执(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next applicant  (Ctrl+N)</source>
        <translation>下一位申请人(&amp;N)  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Review and save</source>
        <translation>核对并保存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Native-script name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>女 (F)</translation>
    </message>
    <message>
        <source>Male (M)</source>
        <translation>男 (M)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>未指明 (X)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>居留证</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>在越南住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <source>Taken automatically (all checks passed).</source>
        <translation>自动拍摄（全部检查通过）。</translation>
    </message>
    <message>
        <source>Taken by the officer (all checks passed).</source>
        <translation>工作人员拍摄（全部检查通过）。</translation>
    </message>
    <message>
        <source>Kept although a check failed. Reason: %1.</source>
        <translation>虽有一项检查未通过，仍保留此照片。原因：%1。</translation>
    </message>
    <message>
        <source>Rejected by a supervisor: retake the photo.</source>
        <translation>主管已驳回：请重拍照片。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s approval.</source>
        <translation>等待主管审批。</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>由 %1 批准。</translation>
    </message>
    <message>
        <source>%1 forced: %2</source>
        <translation>%1 强制采集：%2</translation>
    </message>
    <message>
        <source>exception: %1</source>
        <translation>例外：%1</translation>
    </message>
    <message>
        <source>Duplicate-finger warning was reviewed.</source>
        <translation>重复手指警告已经过复核。</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>临时居留证</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>永久居留证</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>回执已发送到打印机。</translation>
    </message>
    <message>
        <source>No printer: the receipt is open as a PDF; print it from there.</source>
        <translation>没有打印机：回执已以 PDF 打开，请从那里打印。</translation>
    </message>
    <message>
        <source>No printer: the receipt is kept encrypted on this station until the record is deleted. Give the applicant the enrollment number %1.</source>
        <translation>没有打印机：回执以加密形式保存在本工作站，直到记录被删除。请将登记编号 %1 告知申请人。</translation>
    </message>
    <message>
        <source>The receipt is still being prepared; press Print again in a moment.</source>
        <translation>回执仍在准备中，请稍后再按打印。</translation>
    </message>
    <message>
        <source>Saved. Enrollment number %1</source>
        <translation>已保存。采集编号 %1</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Simulated scanner</source>
        <translation>模拟扫描仪</translation>
    </message>
    <message>
        <source>SBI device service</source>
        <translation>SBI 设备服务</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>发现设备(&amp;D)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Test &amp;capture</source>
        <translation>测试采集(&amp;C)</translation>
    </message>
    <message>
        <source>Fixed port (0 = discover)</source>
        <translation>固定端口（0 = 自动发现）</translation>
    </message>
    <message>
        <source>Quality asked of the scanner</source>
        <translation>要求扫描仪达到的质量</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>即上方所选</translation>
    </message>
    <message>
        <source>Port range</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>同上</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>指纹扫描仪</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>扫描仪：</translation>
    </message>
    <message>
        <source>SBI ports:</source>
        <translation>SBI 端口：</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>测试：</translation>
    </message>
    <message>
        <source>Scanning ports %1 to %2…</source>
        <translation>正在扫描端口 %1 至 %2…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未注册</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) found in %1 s.</source>
        <translation>
            <numerusform>%1 秒内找到 %n 台设备。</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Place the fingers on the scanner…</source>
        <translation>请将手指放在扫描仪上…</translation>
    </message>
    <message>
        <source>%1 on port %2, captured in %3 s.</source>
        <translation>%1（端口 %2），采集用时 %3 秒。</translation>
    </message>
    <message>
        <source>The device signature is not verified (no device CA configured).</source>
        <translation>设备签名未经验证（未配置设备 CA）。</translation>
    </message>
    <message>
        <source>%1
NFIQ 2: %2 (device: %3)</source>
        <translation>%1
NFIQ 2：%2（设备：%3）</translation>
    </message>
</context>
<context>
    <name>SegmentCard</name>
    <message>
        <source>Capture again</source>
        <translation>重新采集</translation>
    </message>
    <message>
        <source>Capturing…</source>
        <translation>正在采集…</translation>
    </message>
    <message>
        <source>(device {0})</source>
        <translation>（设备 {0}）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Accepted (attempt {0} of {1})</source>
        <translation>合格（第 {0}/{1} 次）</translation>
    </message>
    <message>
        <source>Below {0}: attempt {1} of {2}, retry</source>
        <translation>低于 {0}：第 {1}/{2} 次，请重试</translation>
    </message>
    <message>
        <source>Below {0} after {1} attempts: force or mark exceptions</source>
        <translation>{1} 次后仍低于 {0}：请强制采集或标记例外</translation>
    </message>
    <message>
        <source>Forced: {0}</source>
        <translation>强制采集：{0}</translation>
    </message>
    <message>
        <source>Not captured (exceptions)</source>
        <translation>未采集（例外）</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>无需保存：没有更改任何值。</translation>
    </message>
    <message>
        <source>Saved to %1. The changes take effect when the kiosk is restarted.</source>
        <translation>已保存到 %1。更改将在重新启动工作站后生效。</translation>
    </message>
    <message>
        <source>An environment variable overrides: %1.</source>
        <translation>以下设置被环境变量覆盖：%1。</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>请检查：%1。</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>This station has no accounts yet. Create the first account: a supervisor (who then creates the officers&apos; accounts) or a technician (who sets up the devices).</source>
        <translation>本工作站还没有任何账户。请创建第一个账户：主管（之后由其为工作人员创建账户）或技术人员（负责设置设备）。</translation>
    </message>
    <message>
        <source>e.g. lan.tran</source>
        <translation>例如：lan.tran</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术人员</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>设置本工作站</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>This station has no accounts yet, so nobody was signed in. Make the first account here.</source>
        <translation>本工作站尚无账户，因此无人登录。请在此创建第一个账户。</translation>
    </message>
    <message>
        <source>This station already has accounts, so no new account was made. Sign in with your account.</source>
        <translation>本工作站已有账户，因此未创建新账户。请使用您的账户登录。</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Office</source>
        <translation>办公机关</translation>
    </message>
    <message>
        <source>Applicant display</source>
        <translation>申请人显示屏</translation>
    </message>
    <message>
        <source>On a second screen when there is one</source>
        <translation>有第二块屏幕时显示在其上</translation>
    </message>
    <message>
        <source>Always (a window on a single screen)</source>
        <translation>始终显示（仅一块屏幕时为窗口）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Officer screens</source>
        <translation>工作人员界面</translation>
    </message>
    <message>
        <source>Languages for applicants</source>
        <translation>供申请人选择的语言</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>回执打印机</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Enrollment station</source>
        <translation>采集工作站</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Station ID:</source>
        <translation>工作站编号：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>所属单位：</translation>
    </message>
    <message>
        <source>(not configured)</source>
        <translation>（未配置）</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>本地数据库</translation>
    </message>
    <message>
        <source>Opening the local database…</source>
        <translation>正在打开本地数据库…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Waiting for the central service:</source>
        <translation>等待发送至中心系统：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Encryption key:</source>
        <translation>加密密钥：</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>已采集</translation>
    </message>
    <message>
        <source>Finalized, waiting to upload</source>
        <translation>已完成，等待上传</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>Ready (encrypted, %n MB)</source>
        <translation>
            <numerusform>就绪（已加密，%n MB）</numerusform>
        </translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>操作系统密钥库</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>主管登录</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Confirmed until now</source>
        <translation>目前已确认</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>主管：</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>主管密码：</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Waiting to upload:</source>
        <translation>等待上传：</translation>
    </message>
    <message>
        <source>Uploaded, waiting for the result:</source>
        <translation>已上传，等待结果：</translation>
    </message>
    <message>
        <source>Oldest waiting for:</source>
        <translation>最早一条已等待：</translation>
    </message>
    <message>
        <source>Uploads in progress:</source>
        <translation>正在上传：</translation>
    </message>
    <message>
        <source>Uploaded since start:</source>
        <translation>启动以来已上传：</translation>
    </message>
    <message>
        <source>Next attempt in:</source>
        <translation>下次尝试：</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>最近的问题：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>同步队列</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Offline: will retry</source>
        <translation>离线：将重试</translation>
    </message>
    <message>
        <source>Slowed down: the service is busy</source>
        <translation>已放慢：服务繁忙</translation>
    </message>
    <message>
        <source>Waiting before the next attempt</source>
        <translation>等待下一次尝试</translation>
    </message>
    <message>
        <source>Refused: check the station&apos;s registration</source>
        <translation>被拒绝：请检查工作站登记</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Off: no central service address is configured, or sync is disabled</source>
        <translation>关闭：未配置中心服务地址，或同步已停用</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The central service cannot be reached.</source>
        <translation>无法连接中心服务。</translation>
    </message>
    <message>
        <source>The central service stopped answering.</source>
        <translation>中心服务已停止响应。</translation>
    </message>
    <message>
        <source>The connection was lost during an upload.</source>
        <translation>上传过程中连接中断。</translation>
    </message>
    <message>
        <source>The station&apos;s clock differs from the service&apos;s.</source>
        <translation>工作站时钟与服务时钟不一致。</translation>
    </message>
    <message>
        <source>The central service refused this station.</source>
        <translation>中心服务拒绝了本工作站。</translation>
    </message>
    <message>
        <source>The central service asked to slow down.</source>
        <translation>中心服务要求放慢速度。</translation>
    </message>
    <message>
        <source>The central service reported an error.</source>
        <translation>中心服务报告了错误。</translation>
    </message>
    <message>
        <source>The central service rejected a packet.</source>
        <translation>中心服务拒收了一个数据包。</translation>
    </message>
    <message>
        <source>Too many retries: waiting before trying again.</source>
        <translation>重试次数过多：稍后再试。</translation>
    </message>
    <message>
        <source>The local queue could not be read.</source>
        <translation>无法读取本地队列。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>限速中</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>暂缓发送</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>未获授权</translation>
    </message>
    <message>
        <source>Offline only</source>
        <translation>仅本机保存</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>%n分钟后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <source>oldest: under 1 min</source>
        <translation>最早：不到1分钟</translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n min</source>
        <translation>
            <numerusform>最早：%n分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n h</source>
        <translation>
            <numerusform>最早：%n小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n days</source>
        <translation>
            <numerusform>最早：%n天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days: new enrollments stopped</source>
        <translation>
            <numerusform>已 %n 天未发送：已停止新的登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days</source>
        <translation>
            <numerusform>已 %n 天未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new enrollments stop in %n days</source>
        <translation>
            <numerusform>%n 天后将停止新的登记</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n份待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>已全部发送</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n 条被拒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>%n秒后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting the central decision</source>
        <translation>
            <numerusform>%n份待中心审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>中心系统代码</translation>
    </message>
</context>
<context>
    <name>TechnicianConsole</name>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>证件摄像头</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>指纹扫描仪</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>中心服务</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>同步队列</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Settings are checked before they are saved to %1 and take effect when the kiosk is restarted.</source>
        <translation>设置在保存到 %1 之前会先经过检查，并在重新启动工作站后生效。</translation>
    </message>
    <message>
        <source>Technician console</source>
        <translation>技术人员控制台</translation>
    </message>
</context>
<context>
    <name>ThresholdsPage</name>
    <message>
        <source>Left hand: lowest NFIQ 2 score</source>
        <translation>左手：NFIQ 2 最低分</translation>
    </message>
    <message>
        <source>Right hand: lowest NFIQ 2 score</source>
        <translation>右手：NFIQ 2 最低分</translation>
    </message>
    <message>
        <source>Thumbs: lowest NFIQ 2 score</source>
        <translation>拇指：NFIQ 2 最低分</translation>
    </message>
    <message>
        <source>Single finger: lowest NFIQ 2 score</source>
        <translation>单指：NFIQ 2 最低分</translation>
    </message>
    <message>
        <source>Attempts per segment</source>
        <translation>每组采集尝试次数</translation>
    </message>
    <message>
        <source>Repeated-finger match score</source>
        <translation>重复手指匹配分数</translation>
    </message>
    <message>
        <source>Face: least eye distance (pixels)</source>
        <translation>面部：最小两眼间距（像素）</translation>
    </message>
    <message>
        <source>Face: largest head turn (degrees)</source>
        <translation>面部：最大转头角度（度）</translation>
    </message>
    <message>
        <source>Face: largest head nod (degrees)</source>
        <translation>面部：最大俯仰角度（度）</translation>
    </message>
    <message>
        <source>Face: largest head tilt (degrees)</source>
        <translation>面部：最大歪头角度（度）</translation>
    </message>
    <message>
        <source>Face: seconds to hold still</source>
        <translation>面部：需保持不动的秒数</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your queue ticket</source>
        <translation>您的排队号</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Wait until your number is called, then show this code at the capture desk. The ticket is valid today only.</source>
        <translation>请等候叫号，然后在采集台出示此二维码。本号仅限当日有效。</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Take your printed ticket from the printer.</source>
        <translation>请从打印机取走打印的号票。</translation>
    </message>
    <message>
        <source>No printer here: show this screen, or take a photo of the code with your phone.</source>
        <translation>此处没有打印机：请出示此屏幕，或用手机拍下二维码。</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Search by name or passport number</source>
        <translation>按姓名或护照号码搜索</translation>
    </message>
    <message>
        <source>&amp;New enrollment  (Ctrl+N)</source>
        <translation>新建采集(&amp;N)  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>采集编号</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…  (Ctrl+Del)</source>
        <translation>取消此登记(&amp;L)…  (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Today at this desk</source>
        <translation>本窗口今日记录</translation>
    </message>
    <message>
        <source>draft (not saved yet)</source>
        <translation>草稿（尚未保存）</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>已采集</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>draft: waiting for a supervisor&apos;s approval</source>
        <translation>草稿：等待主管审批</translation>
    </message>
    <message>
        <source>draft: rejected by a supervisor, capture again</source>
        <translation>草稿：主管已驳回，需重新采集</translation>
    </message>
    <message>
        <source>interrupted at %1: resume (Enter) or cancel</source>
        <translation>已中断（%1）：继续（Enter）或取消</translation>
    </message>
    <message>
        <source>fingerprints %1 of 3</source>
        <translation>指纹 %1/3</translation>
    </message>
    <message>
        <source>applicant data</source>
        <translation>申请人信息</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>中心系统代码</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Technician</source>
        <translation>技术人员</translation>
    </message>
    <message>
        <source>Leave the kiosk screen</source>
        <translation>退出自助屏幕</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Technician user name</source>
        <translation>技术人员用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Only a technician of this station can leave the kiosk screen.</source>
        <translation>只有本机的技术人员才能退出自助屏幕。</translation>
    </message>
</context>
<context>
    <name>WaitingNote</name>
    <message>
        <source>Getting ready… This goes on by itself in a moment.</source>
        <translation>正在准备…… 片刻后将自动继续。</translation>
    </message>
</context>
</TS>
