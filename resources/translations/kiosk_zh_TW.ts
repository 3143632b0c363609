<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the enrollment kiosk</source>
        <translation>關於生物特徵採集終端</translation>
    </message>
    <message>
        <source>Enrollment kiosk</source>
        <translation>生物特徵採集終端</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>無（使用預設設定）</translation>
    </message>
    <message>
        <source>installed bundle</source>
        <translation>安裝套件</translation>
    </message>
    <message>
        <source>source tree</source>
        <translation>原始碼</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>終端：</translation>
    </message>
    <message>
        <source>Configuration file:</source>
        <translation>設定檔：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>資料目錄：</translation>
    </message>
    <message>
        <source>Running from:</source>
        <translation>執行方式：</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>執行環境：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation>第三方授權(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
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
        <translation>建立帳號(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
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
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重設密碼(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>變更角色(&amp;O)</translation>
    </message>
    <message>
        <source>The officer signs in with this temporary password and must then choose a new one.</source>
        <translation>該人員以此臨時密碼登入後，必須設定新密碼。</translation>
    </message>
    <message>
        <source>&amp;Set the temporary password</source>
        <translation>設定臨時密碼(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>臨時密碼：</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新帳號</translation>
    </message>
    <message>
        <source>Accounts of this station</source>
        <translation>本工作站的帳號</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承辦人員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>鎖定至 %1</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>臨時密碼</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>啟用(&amp;E)</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>重設 %1 的密碼</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>%1 has a temporary password and must choose a new one at the next sign-in.</source>
        <translation>%1 現在使用臨時密碼，下次登入時必須設定新密碼。</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 已啟用，可以再次登入。</translation>
    </message>
    <message>
        <source>%1 is disabled: this account cannot sign in.</source>
        <translation>%1 已停用：此帳號無法登入。</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 現在的角色：%2。</translation>
    </message>
    <message>
        <source>%1 is unlocked and can sign in now.</source>
        <translation>%1 已解鎖，現在可以登入。</translation>
    </message>
</context>
<context>
    <name>ApplicantDisplay</name>
    <message>
        <source>Applicant display</source>
        <translation>申請人顯示螢幕</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Surname (as in the passport)</source>
        <translation>姓（與護照相同）</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
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
        <translation>國籍（ICAO 代碼）</translation>
    </message>
    <message>
        <source>Issuing state (ICAO code)</source>
        <translation>核發國（ICAO 代碼）</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>護照號碼</translation>
    </message>
    <message>
        <source>Passport expiry (dd/mm/yyyy)</source>
        <translation>護照效期至（日/月/年）</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>居留證</translation>
    </message>
    <message>
        <source>No residence card</source>
        <translation>無居留證</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>臨時居留證</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>永久居留證</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation>居留證號碼</translation>
    </message>
    <message>
        <source>Residence card expiry (dd/mm/yyyy)</source>
        <translation>居留證效期至（日/月/年）</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>在越南住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>電子郵件（選填）</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>偏好語言</translation>
    </message>
</context>
<context>
    <name>ApplicantPrompts</name>
    <message>
        <source>Welcome. The officer will guide you.</source>
        <translation>您好，工作人員將為您引導。</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>請稍候。</translation>
    </message>
    <message>
        <source>Thank you. Your photo has been taken.</source>
        <translation>謝謝。您的照片已拍攝完成。</translation>
    </message>
    <message>
        <source>Place your left four fingers on the scanner.</source>
        <translation>請將左手四指放在掃描器上。</translation>
    </message>
    <message>
        <source>Place your right four fingers on the scanner.</source>
        <translation>請將右手四指放在掃描器上。</translation>
    </message>
    <message>
        <source>Place both thumbs on the scanner.</source>
        <translation>請將雙手拇指放在掃描器上。</translation>
    </message>
    <message>
        <source>Place the finger the officer shows you on the scanner.</source>
        <translation>請依工作人員指示，將相應手指放在掃描器上。</translation>
    </message>
    <message>
        <source>Lift your fingers from the scanner.</source>
        <translation>請將手指從掃描器上移開。</translation>
    </message>
    <message>
        <source>Try again, press a little harder.</source>
        <translation>請再試一次，稍微用力按壓。</translation>
    </message>
    <message>
        <source>Done – thank you!</source>
        <translation>完成，謝謝您！</translation>
    </message>
</context>
<context>
    <name>ApplicantScreen</name>
    <message>
        <source>Scan the passport with the reader (at any time, wherever the cursor is), or type the data.</source>
        <translation>請以讀取器掃描護照（隨時皆可，不論游標位置），或手動輸入資料。</translation>
    </message>
    <message>
        <source>Read a ticket with the &amp;camera  (F4)</source>
        <translation>以攝影機讀取預登記單(&amp;C)  (F4)</translation>
    </message>
    <message>
        <source>Continue to the &amp;photo  (Ctrl+Enter)</source>
        <translation>繼續拍照(&amp;P)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New enrollment</source>
        <translation>新增採集</translation>
    </message>
    <message>
        <source>Failed: %1. Scan again or type the data from the document.</source>
        <translation>檢查未通過：%1。請重新掃描，或依證件手動輸入資料。</translation>
    </message>
    <message>
        <source>The camera was not sure of the highlighted letters, and names have no check digit. Type the right letter, or press F7 if it matches the passport.</source>
        <translation>攝影機無法確定反白顯示的字母，且姓名沒有檢查碼。請輸入正確的字母；如與護照一致，請按 F7。</translation>
    </message>
    <message>
        <source>Eligibility: still needs %1.</source>
        <translation>資格：還需要%1。</translation>
    </message>
    <message>
        <source>Another passport: the previous applicant&apos;s data was cleared.</source>
        <translation>另一本護照：上一位申請人的資料已清除。</translation>
    </message>
    <message>
        <source>Correct applicant data</source>
        <translation>更正申請人資料</translation>
    </message>
    <message>
        <source>Save and return to the &amp;review  (Ctrl+Enter)</source>
        <translation>儲存並返回核對(&amp;R)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correct what is wrong; the photo and fingerprints are kept.</source>
        <translation>更正有誤之處；相片和指紋保留不變。</translation>
    </message>
    <message>
        <source>Compare the highlighted name with the passport.</source>
        <translation>請將標示的姓名與護照核對。</translation>
    </message>
    <message>
        <source>Pre-registration ticket %1: check the data against the passport.</source>
        <translation>預登記單 %1：請與護照核對資料。</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code in front of the camera…</source>
        <translation>請將預登記單上的 QR 碼對準攝影機…</translation>
    </message>
    <message>
        <source>No ticket was seen by the camera. Try again, or scan the passport.</source>
        <translation>攝影機未辨識到預登記單。請重試，或掃描護照。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Reason and approval</source>
        <translation>原因與核准</translation>
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
        <translation>主管密碼：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ask a supervisor &amp;later</source>
        <translation>稍後請主管審核(&amp;L)</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>請填寫原因。</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Requested</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承辦人員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
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
        <translation>登記編號</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor.</source>
        <translation>沒有等待主管審核的事項。</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>審核(&amp;D)…</translation>
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
        <translation>需攜帶的證件</translation>
    </message>
    <message>
        <source>Step 1 of 6</source>
        <translation>第 1 步，共 6 步</translation>
    </message>
    <message>
        <source>Your passport (or other travel document), valid today.</source>
        <translation>有效的護照（或其他國際旅行證件）。</translation>
    </message>
    <message>
        <source>Your Vietnamese temporary or permanent residence card, valid today.</source>
        <translation>有效的越南暫住卡或永久居留卡。</translation>
    </message>
    <message>
        <source>Bring the originals: photocopies are not accepted. Children come with a parent or guardian.</source>
        <translation>請攜帶正本，影本恕不受理。兒童須由父母或監護人陪同。</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>&amp;Find cameras</source>
        <translation>尋找攝影機(&amp;F)</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解析度：</translation>
    </message>
    <message>
        <source>Frame rate reported:</source>
        <translation>標稱影格率：</translation>
    </message>
    <message>
        <source>Frame rate measured:</source>
        <translation>實測影格率：</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>旋轉（度）</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>要求的寬度</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>要求的高度</translation>
    </message>
    <message>
        <source>Frame rate to ask for</source>
        <translation>要求的影格率</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>即上方所選</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>攝影機：</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>%1 影格/秒</translation>
    </message>
</context>
<context>
    <name>CancelEnrollmentDialog</name>
    <message>
        <source>The applicant left</source>
        <translation>申請人已離開</translation>
    </message>
    <message>
        <source>The applicant does not want to enroll</source>
        <translation>申請人不願登記</translation>
    </message>
    <message>
        <source>Wrong applicant or document</source>
        <translation>申請人或證件有誤</translation>
    </message>
    <message>
        <source>Started twice by mistake</source>
        <translation>誤操作重複建立</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>其他（請在下方說明）</translation>
    </message>
    <message>
        <source>Cancel this enrollment</source>
        <translation>取消此登記</translation>
    </message>
    <message>
        <source>Cancel the enrollment of %1? Its photo and fingerprints are deleted now; this cannot be undone.</source>
        <translation>取消 %1 的登記？其相片和指紋將立即刪除，且無法復原。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>選擇原因…</translation>
    </message>
    <message>
        <source>Details (required for Other)</source>
        <translation>詳細說明（選擇「其他」時必填）</translation>
    </message>
    <message>
        <source>&amp;Cancel the enrollment</source>
        <translation>取消登記(&amp;C)</translation>
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
        <translation>詳細說明(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <source>Central service address</source>
        <translation>中央服務位址</translation>
    </message>
    <message>
        <source>Station ID</source>
        <translation>工作站編號</translation>
    </message>
    <message>
        <source>Central service public key</source>
        <translation>中央服務公開金鑰</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>中央服務回執簽章公開金鑰</translation>
    </message>
    <message>
        <source>Upload in the background</source>
        <translation>在背景上傳</translation>
    </message>
    <message>
        <source>The central service in the configuration is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>設定中的中心服務不是主管確認過的那一個。在主管確認之前，不會封裝或傳送任何資料。</translation>
    </message>
    <message>
        <source>Supervisor &amp;confirms…</source>
        <translation>主管確認(&amp;C)…</translation>
    </message>
    <message>
        <source>Reading the station key…</source>
        <translation>正在讀取工作站金鑰…</translation>
    </message>
    <message>
        <source>Register this station at the central service with its public key (the private key never leaves this station):</source>
        <translation>請使用以下公開金鑰在中央服務登記本工作站（私密金鑰絕不離開本工作站）：</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>中央服務</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>無法使用：%1</translation>
    </message>
    <message>
        <source>Packets with applicants&apos; data will be sealed to and sent to this central service. A supervisor confirms the change (keys are shown by their fingerprints).</source>
        <translation>含申請人資料的封包將以此中心服務的金鑰封裝並傳送至該服務。請主管確認此變更（金鑰以其指紋顯示）。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>&amp;Save the new password</source>
        <translation>儲存新密碼(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>再次輸入新密碼：</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>設定新密碼</translation>
    </message>
    <message>
        <source>%1, a supervisor has reset your password. Choose a new password that only you know; the temporary one then stops working.</source>
        <translation>%1，主管已重設您的密碼。請設定一個只有您知道的新密碼；之後臨時密碼將失效。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>CheckNames</name>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Python runtime</source>
        <translation>Python 執行環境</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>資料目錄</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>本機資料庫</translation>
    </message>
    <message>
        <source>Data encryption key</source>
        <translation>資料加密金鑰</translation>
    </message>
    <message>
        <source>Database encryption</source>
        <translation>資料庫加密</translation>
    </message>
    <message>
        <source>Audit trail signatures</source>
        <translation>稽核紀錄簽章</translation>
    </message>
    <message>
        <source>Sign-in record signatures</source>
        <translation>登入紀錄簽章</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>證件攝影機</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>指紋掃描器</translation>
    </message>
    <message>
        <source>Display (Qt platform plugin)</source>
        <translation>顯示（Qt 平台外掛程式）</translation>
    </message>
    <message>
        <source>Station signing key</source>
        <translation>工作站簽章金鑰</translation>
    </message>
    <message>
        <source>Audit trails</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>中心系統位址</translation>
    </message>
    <message>
        <source>Central service packet key</source>
        <translation>中心系統封包金鑰</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>中心系統回執金鑰</translation>
    </message>
    <message>
        <source>Confirmed central service</source>
        <translation>已確認的中心服務</translation>
    </message>
    <message>
        <source>Central service answers</source>
        <translation>中心服務回應</translation>
    </message>
    <message>
        <source>Central service keys</source>
        <translation>中心服務金鑰</translation>
    </message>
    <message>
        <source>Central service clock</source>
        <translation>中心服務時鐘</translation>
    </message>
    <message>
        <source>Font for %1</source>
        <translation>%1 字型</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通過</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong unexpectedly. What was saved stays saved; if the screen no longer responds, restart the kiosk.</source>
        <translation>發生了意外錯誤。已儲存的內容仍然保留；如果螢幕不再回應，請重新啟動自助終端。</translation>
    </message>
    <message>
        <source>A technician will find the details in the log file %1.</source>
        <translation>技術人員可在日誌檔案 %1 中找到詳細資訊。</translation>
    </message>
    <message>
        <source>The details are in the kiosk&apos;s log.</source>
        <translation>詳細資訊在自助終端的日誌中。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the request</source>
        <translation>審核申請</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意見：</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>主管：</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>主管密碼：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>駁回(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Write a comment.</source>
        <translation>請填寫意見。</translation>
    </message>
</context>
<context>
    <name>DeskFingersPage</name>
    <message>
        <source>At the desk: your fingerprints</source>
        <translation>在採集台：採集指紋</translation>
    </message>
    <message>
        <source>Step 4 of 6</source>
        <translation>第 4 步，共 6 步</translation>
    </message>
    <message>
        <source>Then the scanner takes your fingerprints in three steps. Press gently and keep still until the officer says it is done.</source>
        <translation>隨後分三步採集指紋。請輕輕按壓並保持不動，直到工作人員告知完成。</translation>
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
        <translation>3. 雙手拇指同時</translation>
    </message>
    <message>
        <source>Clean, dry hands give the best result. Tell the officer if a finger is injured or missing.</source>
        <translation>雙手清潔乾燥效果最佳。如有手指受傷或缺失，請告知工作人員。</translation>
    </message>
</context>
<context>
    <name>DeskPhotoPage</name>
    <message>
        <source>At the desk: your photo</source>
        <translation>在採集台：拍攝照片</translation>
    </message>
    <message>
        <source>Step 3 of 6</source>
        <translation>第 3 步，共 6 步</translation>
    </message>
    <message>
        <source>An officer takes your photo with a camera. Please:</source>
        <translation>工作人員將為您拍攝照片。請：</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>正視鏡頭</translation>
    </message>
    <message>
        <source>Take off your glasses</source>
        <translation>摘下眼鏡</translation>
    </message>
    <message>
        <source>Keep a neutral expression, mouth closed</source>
        <translation>表情自然，嘴巴閉合</translation>
    </message>
    <message>
        <source>Plain background, nothing behind you</source>
        <translation>背景素淨，身後無雜物</translation>
    </message>
</context>
<context>
    <name>DeviceTestPage</name>
    <message>
        <source>Test &amp;again</source>
        <translation>重新測試(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>測試(&amp;T)</translation>
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
        <translation>檢查工作站(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export a diagnostics bundle…</source>
        <translation>匯出診斷包(&amp;E)…</translation>
    </message>
    <message>
        <source>The bundle holds logs, the configuration (secrets removed), the check results and the device list. It never holds applicant or biometric data.</source>
        <translation>診斷包包含日誌、設定（已移除機密）、檢查結果與裝置清單，絕不包含申請人資料或生物特徵資料。</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診斷</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>全部 %n 項檢查均通過。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n 項檢查未通過。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a diagnostics bundle</source>
        <translation>匯出診斷包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 壓縮檔 (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPage</name>
    <message>
        <source>A valid %1 zone was read on consecutive frames: the desk would fill the form.</source>
        <translation>在連續影格上讀取到有效的 %1 區域：櫃檯將自動填寫表格。</translation>
    </message>
    <message>
        <source>&amp;Find cameras</source>
        <translation>尋找攝影機(&amp;F)</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>要求的寬度</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>要求的高度</translation>
    </message>
    <message>
        <source>Alike frames before the form fills</source>
        <translation>填寫表格前需一致的影格數</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>證件攝影機</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>即上方所選</translation>
    </message>
    <message>
        <source>Document camera:</source>
        <translation>證件攝影機：</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>讀取結果：</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>正在啟動證件攝影機…</translation>
    </message>
    <message>
        <source>A zone is seen; reading…</source>
        <translation>已看到機讀區，正在讀取…</translation>
    </message>
    <message>
        <source>No document under the camera.</source>
        <translation>攝影機下沒有證件。</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPanel</name>
    <message>
        <source>Document camera</source>
        <translation>證件攝影機</translation>
    </message>
    <message>
        <source>&amp;Retry  (F6)</source>
        <translation>重試(&amp;R)  (F6)</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>正在啟動證件攝影機…</translation>
    </message>
    <message>
        <source>Reading the passport… Hold it still.</source>
        <translation>正在讀取護照… 請保持不動。</translation>
    </message>
    <message>
        <source>Passport read. The form was filled from it.</source>
        <translation>護照已讀取，表格已據此填寫。</translation>
    </message>
    <message>
        <source>Lay the passport open at its photo page under the camera: the form fills by itself.</source>
        <translation>將護照翻到照片頁，放在攝影機下方：表格會自動填寫。</translation>
    </message>
    <message>
        <source>Scan the passport with the reader, or type the data.</source>
        <translation>請用讀取器掃描護照，或手動輸入資料。</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can apply</source>
        <translation>申請條件</translation>
    </message>
    <message>
        <source>Step 2 of 6</source>
        <translation>第 2 步，共 6 步</translation>
    </message>
    <message>
        <source>Foreign nationals aged 6 or older who hold a valid temporary or permanent residence card can get a level 2 electronic identification account. Children under 6 can get a level 1 account only.</source>
        <translation>年滿 6 歲、持有有效暫住卡或永久居留卡的外國人可申請二級電子身分帳戶。未滿 6 歲的兒童只能申請一級帳戶。</translation>
    </message>
    <message>
        <source>Check for yourself:</source>
        <translation>自行確認：</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>無居留卡</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>暫住卡</translation>
    </message>
    <message>
        <source>Permanent card</source>
        <translation>永久居留卡</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
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
        <translation>有效期限至</translation>
    </message>
    <message>
        <source>Enter your date of birth as day/month/year.</source>
        <translation>請按 日/月/年 格式輸入出生日期。</translation>
    </message>
    <message>
        <source>Choose the residence card you hold.</source>
        <translation>請選擇您持有的居留卡類型。</translation>
    </message>
    <message>
        <source>Enter the date until which your card is valid.</source>
        <translation>請輸入居留卡的有效期限。</translation>
    </message>
    <message>
        <source>Bring your passport and residence card to the desk.</source>
        <translation>請攜帶護照和居留卡前往採集台。</translation>
    </message>
    <message>
        <source>Please ask at the guidance desk how to apply for a level 1 account.</source>
        <translation>一級帳戶的申請方式請向諮詢台詢問。</translation>
    </message>
    <message>
        <source>If you think this is wrong, please ask at the guidance desk.</source>
        <translation>如您認為結果有誤，請向諮詢台詢問。</translation>
    </message>
</context>
<context>
    <name>FaceScreen</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
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
        <translation>強制採用…  (F)</translation>
    </message>
    <message>
        <source>Retake  (R)</source>
        <translation>重拍  (R)</translation>
    </message>
    <message>
        <source>Accept the photo  (Enter)</source>
        <translation>採用此照片  (Enter)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在啟動攝影機…</translation>
    </message>
    <message>
        <source>Force the photo although it does not meet every requirement.</source>
        <translation>照片未完全符合要求，仍強制採用。</translation>
    </message>
    <message>
        <source>Failing: %1.</source>
        <translation>未通過：%1。</translation>
    </message>
    <message>
        <source>There is no photo to accept yet.</source>
        <translation>尚無可採用的照片。</translation>
    </message>
    <message>
        <source>The camera stopped. Fix it, then press Retry; the photo already taken is kept.</source>
        <translation>攝影機已停止。排除問題後請按「重試」；已拍攝的照片會保留。</translation>
    </message>
    <message>
        <source>The camera is not running.</source>
        <translation>攝影機未運作。</translation>
    </message>
    <message>
        <source>A photo is already taken: press R to retake it first.</source>
        <translation>已有照片：請先按 R 重拍。</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>請保持不動…</translation>
    </message>
    <message>
        <source>Taken automatically</source>
        <translation>自動拍攝</translation>
    </message>
    <message>
        <source>Taken by the officer</source>
        <translation>承辦人員拍攝</translation>
    </message>
    <message>
        <source>Forced capture</source>
        <translation>強制採用</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>waiting for a supervisor&apos;s approval</source>
        <translation>等待主管審核</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>由 %1 核准</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>通過 %1/%2 項檢查</translation>
    </message>
    <message>
        <source>Photo taken. Press Enter to accept it, or R to retake.</source>
        <translation>已拍照。按 Enter 採用，或按 R 重拍。</translation>
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
        <translation>無法採集的原因：</translation>
    </message>
    <message>
        <source>Remove the exception of {0} and capture it?</source>
        <translation>取消{0}的例外並進行採集？</translation>
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
        <translation>採集(&amp;C) (Enter)</translation>
    </message>
    <message>
        <source>&amp;Retry (R)</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Force capture…</source>
        <translation>強制採集(&amp;F)…</translation>
    </message>
    <message>
        <source>Finger &amp;exception…</source>
        <translation>手指例外(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>繼續(&amp;O)</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Restored from the saved draft: {0}.</source>
        <translation>已從儲存的草稿中復原：{0}。</translation>
    </message>
    <message>
        <source>Exceptions kept: {0}.</source>
        <translation>已保留的例外：{0}。</translation>
    </message>
    <message>
        <source>Force capture of {0}: its best attempt is below {1}.</source>
        <translation>強制採集{0}：最佳一次仍低於 {1}。</translation>
    </message>
    <message>
        <source>{0} cannot be captured: {1}.</source>
        <translation>{0}無法採集：{1}。</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>仍要繼續(&amp;O)</translation>
    </message>
    <message>
        <source>Capturing… {0}</source>
        <translation>正在採集… {0}</translation>
    </message>
    <message>
        <source>The scanner had a problem. Press R to retry.</source>
        <translation>掃描器發生問題。請按 R 重試。</translation>
    </message>
    <message>
        <source>Checking for repeated fingers…</source>
        <translation>正在檢查是否有重複手指…</translation>
    </message>
    <message>
        <source>All fingerprints captured. Check them, then continue.</source>
        <translation>指紋已全部採集。請檢查後繼續。</translation>
    </message>
    <message>
        <source>Leave out: {0}.</source>
        <translation>略過：{0}。</translation>
    </message>
    <message>
        <source>Then press Enter.</source>
        <translation>然後按 Enter。</translation>
    </message>
    <message>
        <source>Quality too low: {0}. Press R to try again ({1} left). {2}</source>
        <translation>品質過低：{0}。請按 R 重試（尚餘 {1} 次）。{2}</translation>
    </message>
    <message>
        <source>Quality still too low: {0}. Force the capture with a reason, or mark the finger as an exception.</source>
        <translation>品質仍然過低：{0}。請填寫原因強制採集，或將該手指標記為例外。</translation>
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
        <translation>左手無名指</translation>
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
        <translation>右手無名指</translation>
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
        <translation>雙手拇指</translation>
    </message>
    <message>
        <source>Place the four fingers of the LEFT hand flat on the scanner.</source>
        <translation>請將【左手】四指平放在掃描器上。</translation>
    </message>
    <message>
        <source>Place the four fingers of the RIGHT hand flat on the scanner.</source>
        <translation>請將【右手】四指平放在掃描器上。</translation>
    </message>
    <message>
        <source>Place BOTH THUMBS side by side on the scanner.</source>
        <translation>請將【雙手拇指】並排放在掃描器上。</translation>
    </message>
    <message>
        <source>Place one finger flat on the scanner: {0}.</source>
        <translation>請將一根手指平放在掃描器上：{0}。</translation>
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
        <translation>包紮</translation>
    </message>
    <message>
        <source>Temporarily unusable</source>
        <translation>暫時無法採集</translation>
    </message>
    <message>
        <source>Nothing on the scanner or too faint: press the finger flat.</source>
        <translation>掃描器上無手指或影像過淡：請將手指平壓。</translation>
    </message>
    <message>
        <source>The image is uniform: clean the scanner and press again.</source>
        <translation>影像無紋路：請清潔掃描器後重壓。</translation>
    </message>
    <message>
        <source>Too few ridge details: press a little harder.</source>
        <translation>紋線細節過少：請稍微用力按壓。</translation>
    </message>
    <message>
        <source>Too small an area: place more of the finger on the scanner.</source>
        <translation>接觸面積過小：請將手指更多部分放在掃描器上。</translation>
    </message>
    <message>
        <source>No ridges visible: dry or wet finger, or smudged glass.</source>
        <translation>看不到紋線：手指過乾或過濕，或玻璃面有汙漬。</translation>
    </message>
    <message>
        <source>The same finger seems to have been placed twice.</source>
        <translation>同一根手指似乎被放了兩次。</translation>
    </message>
    <message>
        <source>The same hand seems to have been placed for both slaps.</source>
        <translation>兩次四指採集似乎放的是同一隻手。</translation>
    </message>
    <message>
        <source>{0} and {1} match (score {2}).</source>
        <translation>{0}與{1}相符（分數 {2}）。</translation>
    </message>
    <message>
        <source>… and {0} more pairs.</source>
        <translation>… 另有 {0} 組。</translation>
    </message>
    <message>
        <source>Capture again: {0}.</source>
        <translation>重新採集：{0}。</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation>辦理指南</translation>
    </message>
</context>
<context>
    <name>GuidanceLanguage</name>
    <message>
        <source>Choose your language</source>
        <translation>請選擇語言</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>Start over</source>
        <translation>重新開始</translation>
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
        <translation>您還在嗎？請觸碰螢幕繼續。%1 秒後將重新開始。</translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Please look at the camera.</source>
        <translation>請看攝影機。</translation>
    </message>
    <message>
        <source>Only one person may be in front of the camera.</source>
        <translation>攝影機前只能有一個人。</translation>
    </message>
    <message>
        <source>Please move closer to the camera.</source>
        <translation>請靠近攝影機一些。</translation>
    </message>
    <message>
        <source>Please move back a little.</source>
        <translation>請稍微後退。</translation>
    </message>
    <message>
        <source>Please move so that your face is in the middle of the screen.</source>
        <translation>請調整位置，讓臉部位於畫面中央。</translation>
    </message>
    <message>
        <source>Please look straight at the camera.</source>
        <translation>請直視攝影機。</translation>
    </message>
    <message>
        <source>Please keep your head upright.</source>
        <translation>請保持頭部端正。</translation>
    </message>
    <message>
        <source>Please keep your hands away from your face.</source>
        <translation>請勿用手遮擋臉部。</translation>
    </message>
    <message>
        <source>Please remove your glasses.</source>
        <translation>請摘下眼鏡。</translation>
    </message>
    <message>
        <source>Please open your eyes.</source>
        <translation>請睜開眼睛。</translation>
    </message>
    <message>
        <source>Please close your mouth.</source>
        <translation>請閉上嘴巴。</translation>
    </message>
    <message>
        <source>Please keep a neutral expression, without smiling.</source>
        <translation>請保持自然表情，不要微笑。</translation>
    </message>
    <message>
        <source>Please hold still.</source>
        <translation>請保持不動。</translation>
    </message>
    <message>
        <source>Officer: adjust the lighting (the face is too dark or too bright).</source>
        <translation>承辦人員：請調整光線（臉部過暗或過亮）。</translation>
    </message>
    <message>
        <source>Officer: light the face evenly (shadow on one side).</source>
        <translation>承辦人員：請讓臉部光線均勻（一側有陰影）。</translation>
    </message>
    <message>
        <source>Officer: use a plain, light background.</source>
        <translation>承辦人員：請使用素色淺色背景。</translation>
    </message>
    <message>
        <source>Officer: the camera image is too small for a portrait (raise its resolution).</source>
        <translation>承辦人員：攝影機影像太小，無法拍攝人像（請提高解析度）。</translation>
    </message>
    <message>
        <source>One face</source>
        <translation>單一臉部</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>置中</translation>
    </message>
    <message>
        <source>Camera distance</source>
        <translation>與相機的距離</translation>
    </message>
    <message>
        <source>Head turn</source>
        <translation>頭部轉動</translation>
    </message>
    <message>
        <source>Head nod</source>
        <translation>頭部俯仰</translation>
    </message>
    <message>
        <source>Head tilt</source>
        <translation>頭部傾斜</translation>
    </message>
    <message>
        <source>Gaze</source>
        <translation>視線</translation>
    </message>
    <message>
        <source>Face uncovered</source>
        <translation>臉部無遮擋</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>無反光</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>睜眼</translation>
    </message>
    <message>
        <source>Mouth closed</source>
        <translation>閉嘴</translation>
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
        <translation>對比度</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>光線均勻</translation>
    </message>
    <message>
        <source>Plain background</source>
        <translation>素色背景</translation>
    </message>
    <message>
        <source>Light background</source>
        <translation>淺色背景</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in as &amp;another officer</source>
        <translation>以其他承辦人員身分登入(&amp;A)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Sign in with your own account.</source>
        <translation>請使用本人帳號登入。</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>螢幕已鎖定</translation>
    </message>
    <message>
        <source>%1 was inactive, so the screen was locked. Work in progress is kept. Enter the password to continue.</source>
        <translation>%1 長時間未操作，螢幕已鎖定。未完成的工作已保留。請輸入密碼以繼續。</translation>
    </message>
    <message>
        <source>%1 locked the screen. Work in progress is kept. Enter the password to continue.</source>
        <translation>%1 鎖定了螢幕。進行中的工作已保留。輸入密碼以繼續。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Getting the camera ready…</source>
        <translation>正在準備攝影機…</translation>
    </message>
    <message>
        <source>Enrollment kiosk – %1</source>
        <translation>生物特徵採集工作站 – %1</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>首頁(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>帳號(&amp;A)</translation>
    </message>
    <message>
        <source>Station &amp;status</source>
        <translation>工作站狀態(&amp;S)</translation>
    </message>
    <message>
        <source>Supervisor &amp;view</source>
        <translation>主管檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>鎖定螢幕(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>工作階段(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>No activity: the screen locks in %n second(s).</source>
        <translation>
            <numerusform>無操作：螢幕將於 %n 秒後鎖定。</numerusform>
        </translation>
    </message>
    <message>
        <source>officer</source>
        <translation>承辦人員</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技術人員</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The local database reported a problem. Nothing was half-saved.</source>
        <translation>本機資料庫回報問題。沒有任何資料只儲存了一半。</translation>
    </message>
    <message>
        <source>The local database is damaged. Call a technician; do not delete any files. A backup may be restored from the backups folder.</source>
        <translation>本機資料庫已損毀。請聯絡技術人員，切勿刪除任何檔案。可從 backups 資料夾還原備份。</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data folder. Call a technician (the folder is read-only or its permissions are wrong).</source>
        <translation>工作站無法寫入資料夾。請聯絡技術人員（該資料夾為唯讀或權限設定有誤）。</translation>
    </message>
    <message>
        <source>The disk is full. The last record was not saved; everything saved before is safe. Call a technician to free space.</source>
        <translation>磁碟已滿。最後一筆紀錄未儲存，先前儲存的資料皆安全。請聯絡技術人員釋出空間。</translation>
    </message>
    <message>
        <source>The local database is busy in another program. Close it and try again.</source>
        <translation>本機資料庫正被其他程式使用。請關閉該程式後重試。</translation>
    </message>
    <message>
        <source>The encryption key of this station is missing, so its records cannot be read. Call a technician to restore the key.</source>
        <translation>本工作站的加密金鑰遺失，無法讀取紀錄。請聯絡技術人員還原金鑰。</translation>
    </message>
    <message>
        <source>The local database cannot be opened with this station&apos;s encryption key (a different key, or the file is damaged). Call a technician; do not delete any files.</source>
        <translation>無法以本工作站的加密金鑰開啟本機資料庫（金鑰不同，或檔案已損壞）。請聯絡技術人員；不要刪除任何檔案。</translation>
    </message>
    <message>
        <source>The encryption key does not belong to this database. Call a technician to restore the original key.</source>
        <translation>此加密金鑰與本資料庫不符。請聯絡技術人員還原原始金鑰。</translation>
    </message>
    <message>
        <source>The encryption key file can be read by other users. Call a technician to restrict it.</source>
        <translation>加密金鑰檔案可被其他使用者讀取。請聯絡技術人員限制其權限。</translation>
    </message>
    <message>
        <source>The encryption key file is damaged. Call a technician.</source>
        <translation>加密金鑰檔案已損毀。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The encryption key file cannot be read. Call a technician.</source>
        <translation>無法讀取加密金鑰檔案。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>An encryption key already exists for this data folder.</source>
        <translation>此資料夾已有加密金鑰。</translation>
    </message>
    <message>
        <source>The system keyring did not answer. Call a technician.</source>
        <translation>系統金鑰庫沒有回應。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>A stored biometric record failed its integrity check.</source>
        <translation>一筆已儲存的生物特徵紀錄未通過完整性檢查。</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>找不到該筆紀錄。</translation>
    </message>
    <message>
        <source>The local database is closed.</source>
        <translation>本機資料庫已關閉。</translation>
    </message>
    <message>
        <source>The configuration is invalid.</source>
        <translation>設定無效。</translation>
    </message>
    <message>
        <source>The configuration has an unknown setting.</source>
        <translation>設定中有不明的設定項目。</translation>
    </message>
    <message>
        <source>A configuration setting has a wrong value.</source>
        <translation>某個設定項目的值有誤。</translation>
    </message>
    <message>
        <source>The configuration file was written for a newer version of the kiosk. Install that version, or restore the previous file.</source>
        <translation>設定檔是為較新版本的自助終端編寫的。請安裝該版本，或還原先前的檔案。</translation>
    </message>
    <message>
        <source>The configuration file is not valid TOML.</source>
        <translation>設定檔不是有效的 TOML 格式。</translation>
    </message>
    <message>
        <source>The configuration file named by KIOSK_CONFIG does not exist.</source>
        <translation>KIOSK_CONFIG 指定的設定檔不存在。</translation>
    </message>
    <message>
        <source>The configuration file nests tables or lists too deeply; options are written as section.name.</source>
        <translation>設定檔中的表格或清單巢狀過深；選項應寫作 section.name。</translation>
    </message>
    <message>
        <source>The configuration file cannot be read.</source>
        <translation>無法讀取設定檔。</translation>
    </message>
    <message>
        <source>The settings could not be saved; the previous ones are unchanged.</source>
        <translation>無法儲存設定；原有設定維持不變。</translation>
    </message>
    <message>
        <source>The account could not be used.</source>
        <translation>無法使用此帳號。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account may not sign in now (after several wrong passwords it waits a while). A supervisor can help on the Accounts screen.</source>
        <translation>使用者名稱或密碼錯誤，或該帳戶目前無法登入（多次輸錯密碼後需等待一段時間）。主管可在「帳戶」畫面提供協助。</translation>
    </message>
    <message>
        <source>The password is too short or too easy to guess. Use a few words or a sentence of your own, not a common password, a name, a date or a keyboard row (such as password12 or qwertyuiop).</source>
        <translation>密碼太短或太容易被猜到。請使用幾個詞或一句您自己的話，不要用常見密碼、姓名、日期或鍵盤上的一排鍵（如 password12 或 qwertyuiop）。</translation>
    </message>
    <message>
        <source>An account with this user name already exists.</source>
        <translation>已有使用此使用者名稱的帳號。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>您的角色無權執行此操作。</translation>
    </message>
    <message>
        <source>The first account has already been created. Sign in instead.</source>
        <translation>第一個帳號已建立。請直接登入。</translation>
    </message>
    <message>
        <source>User names have 3 to 32 characters: lower-case letters a-z, digits, dot, underscore or hyphen.</source>
        <translation>使用者名稱長度為 3 至 32 個字元，可使用小寫字母 a-z、數字、句點、底線或連字號。</translation>
    </message>
    <message>
        <source>This account does not exist on this station.</source>
        <translation>本工作站上沒有此帳號。</translation>
    </message>
    <message>
        <source>You cannot disable, demote or reset your own account. Ask another supervisor.</source>
        <translation>您不能停用、降級或重設自己的帳號。請洽另一位主管。</translation>
    </message>
    <message>
        <source>This would leave the station without an active supervisor. Make another account a supervisor first.</source>
        <translation>此操作將使本工作站沒有可用的主管。請先將另一個帳號設為主管。</translation>
    </message>
    <message>
        <source>Choose a new password: it must differ from the one you signed in with.</source>
        <translation>請選擇新密碼：新密碼必須與您登入時使用的密碼不同。</translation>
    </message>
    <message>
        <source>Only a supervisor may do this: moving applicants&apos; data or changing where it goes needs a supervisor&apos;s sign-in.</source>
        <translation>只有主管可以執行此操作：轉移申請人資料或變更資料去向需要主管登入。</translation>
    </message>
    <message>
        <source>The central service configured here is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>此處設定的中心服務不是主管確認過的那一個。在主管確認之前，不會封裝或傳送任何資料。</translation>
    </message>
    <message>
        <source>The stored applicant data is damaged and cannot be shown.</source>
        <translation>已儲存的申請人資料已損毀，無法顯示。</translation>
    </message>
    <message>
        <source>The machine-readable zone could not be read.</source>
        <translation>無法讀取機讀區（MRZ）。</translation>
    </message>
    <message>
        <source>A check digit of the machine-readable zone is wrong: the document was misread or is not genuine. The highlighted fields were not accepted.</source>
        <translation>機讀區（MRZ）的檢查碼有誤：證件讀取錯誤或非真實證件。標示的欄位未被採用。</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone of a passport, identity card or visa (wrong number or length of lines).</source>
        <translation>這不是護照、身分證或簽證的機讀區（行數或行長度不符）。</translation>
    </message>
    <message>
        <source>The machine-readable zone contains characters that are not allowed.</source>
        <translation>機讀區含有不允許的字元。</translation>
    </message>
    <message>
        <source>No machine-readable zone was found in the picture. Place the document page flat under the camera with the two or three lines of the zone in view.</source>
        <translation>影像中找不到機讀區（MRZ）。請將證件頁平放在攝影機下，讓機讀區的兩行或三行完整可見。</translation>
    </message>
    <message>
        <source>The document picture could not be opened: the file is missing, empty or damaged.</source>
        <translation>無法開啟證件影像：檔案不存在、為空或已損毀。</translation>
    </message>
    <message>
        <source>Refused: this service is for foreign nationals; Vietnamese citizens use their citizen identity card.</source>
        <translation>不予受理：本服務僅限外國人；越南公民請使用公民身分證。</translation>
    </message>
    <message>
        <source>Refused: the date of birth is in the future. Check the entry.</source>
        <translation>不予受理：出生日期晚於今天。請核對輸入內容。</translation>
    </message>
    <message>
        <source>Refused: a temporary or permanent residence card is required.</source>
        <translation>不予受理：須持有臨時居留證或永久居留證。</translation>
    </message>
    <message>
        <source>Refused: the residence card has expired.</source>
        <translation>不予受理：居留證已逾期。</translation>
    </message>
    <message>
        <source>Refused: the passport or travel document has expired.</source>
        <translation>不予受理：護照或旅行證件已逾期。</translation>
    </message>
    <message>
        <source>Under 6 years old: only a level 1 account can be issued; level 2 enrollment is refused.</source>
        <translation>未滿 6 歲：僅能核發第一級帳號，不受理第二級採集。</translation>
    </message>
    <message>
        <source>Eligible for a level 2 account.</source>
        <translation>符合核發第二級帳號的資格。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>無效。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>請從清單中選擇。</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>日期無效。</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>不得晚於今天。</translation>
    </message>
    <message>
        <source>This date is not plausible.</source>
        <translation>此日期不合理。</translation>
    </message>
    <message>
        <source>Cannot be before the date of birth.</source>
        <translation>不得早於出生日期。</translation>
    </message>
    <message>
        <source>Unknown country code (use the three-letter ICAO code).</source>
        <translation>不明的國家代碼（請使用三碼字母的 ICAO 代碼）。</translation>
    </message>
    <message>
        <source>This is a specimen document code, not a real country.</source>
        <translation>這是樣本證件代碼，並非真實國家。</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed here.</source>
        <translation>含有此處不允許的字元。</translation>
    </message>
    <message>
        <source>Use Latin letters as printed in the travel document.</source>
        <translation>請依旅行證件上印製的拉丁字母填寫。</translation>
    </message>
    <message>
        <source>Contains invisible control characters.</source>
        <translation>含有不可見的控制字元。</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>過長。</translation>
    </message>
    <message>
        <source>The fingerprint could not be processed.</source>
        <translation>無法處理此指紋。</translation>
    </message>
    <message>
        <source>The fingerprint image cannot be read (damaged or not an image).</source>
        <translation>無法讀取指紋影像（已損毀或非影像檔）。</translation>
    </message>
    <message>
        <source>The ANSI/NIST fingerprint file is damaged or incomplete.</source>
        <translation>ANSI/NIST 指紋檔案已損毀或不完整。</translation>
    </message>
    <message>
        <source>The separate fingers could not be found in the slap image. Place the fingers again, slightly apart.</source>
        <translation>無法在四指影像中分辨出各手指。請重新放置手指，並稍微分開。</translation>
    </message>
    <message>
        <source>The scanner reported a finger name this kiosk does not know.</source>
        <translation>掃描器回傳了本工作站無法辨識的手指名稱。</translation>
    </message>
    <message>
        <source>This fingerprint step is not allowed now.</source>
        <translation>目前不能進行此指紋採集步驟。</translation>
    </message>
    <message>
        <source>These fingers are already captured.</source>
        <translation>這些手指已採集。</translation>
    </message>
    <message>
        <source>All attempts are used. Keep the best one or force the capture with a reason.</source>
        <translation>嘗試次數已用完。請保留最佳一次，或填寫原因強制採集。</translation>
    </message>
    <message>
        <source>The scanner returned other fingers than the ones requested.</source>
        <translation>掃描器回傳的手指與要求的不符。</translation>
    </message>
    <message>
        <source>Capture the fingers at least once before forcing.</source>
        <translation>強制採集前，請至少採集一次。</translation>
    </message>
    <message>
        <source>The capture already meets the quality threshold; no need to force it.</source>
        <translation>本次採集已達品質門檻，無須強制採集。</translation>
    </message>
    <message>
        <source>Give a reason for forcing this capture.</source>
        <translation>請填寫強制採集的原因。</translation>
    </message>
    <message>
        <source>The photo cannot be read (damaged or not an image).</source>
        <translation>無法讀取照片（已損毀或非影像檔）。</translation>
    </message>
    <message>
        <source>The face analysis could not start: the installation is incomplete. Call a technician.</source>
        <translation>人臉分析無法啟動：安裝不完整。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The face image record is damaged or of an unsupported version.</source>
        <translation>臉部影像紀錄已損毀或版本不受支援。</translation>
    </message>
    <message>
        <source>The photo does not meet the requirements yet. Follow the instruction on screen, or force the capture with a reason.</source>
        <translation>照片尚未符合要求。請依螢幕指示操作，或填寫原因強制採用。</translation>
    </message>
    <message>
        <source>Give a reason for forcing this photo.</source>
        <translation>請填寫強制採用此照片的原因。</translation>
    </message>
    <message>
        <source>The portrait could not be cut from this photo. Take it again.</source>
        <translation>無法從此照片中裁切出人像。請重新拍攝。</translation>
    </message>
    <message>
        <source>The device reported a problem. What was captured so far is kept.</source>
        <translation>裝置回報問題。已採集的內容會保留。</translation>
    </message>
    <message>
        <source>The device was not found. Check that it is plugged in and switched on, then press Retry.</source>
        <translation>找不到裝置。請確認裝置已連接並開機，然後按「重試」。</translation>
    </message>
    <message>
        <source>The device is busy with another capture. Wait a moment, then press Retry.</source>
        <translation>裝置正在進行另一次採集。請稍候，然後按「重試」。</translation>
    </message>
    <message>
        <source>The device is not ready. Wait a moment, then press Retry.</source>
        <translation>裝置尚未就緒。請稍候，然後按「重試」。</translation>
    </message>
    <message>
        <source>The device did not answer in time. Press Retry.</source>
        <translation>裝置未及時回應。請按「重試」。</translation>
    </message>
    <message>
        <source>The device was disconnected. Plug it in again, then press Retry. What was captured so far is kept.</source>
        <translation>裝置已中斷連線。請重新連接後按「重試」。已採集的內容會保留。</translation>
    </message>
    <message>
        <source>The device sent an answer the kiosk cannot use. Press Retry; if it happens again, call a technician.</source>
        <translation>裝置回傳的回應無法使用。請按「重試」；若再次發生，請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The capture failed. Press Retry.</source>
        <translation>採集失敗。請按「重試」。</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer belongs to another capture and was refused.</source>
        <translation>掃描器的回應屬於另一次採集，已被拒絕。</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer failed its integrity check and was refused.</source>
        <translation>掃描器的回應未通過完整性檢查，已被拒絕。</translation>
    </message>
    <message>
        <source>The scanner&apos;s signature is not valid; the answer was refused.</source>
        <translation>掃描器的簽章無效，回應已被拒絕。</translation>
    </message>
    <message>
        <source>The scanner sent a damaged fingerprint record.</source>
        <translation>掃描器傳送的指紋紀錄已損毀。</translation>
    </message>
    <message>
        <source>The configured device certificate authority file cannot be used. Call a technician.</source>
        <translation>所設定的裝置憑證授權單位檔案無法使用。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The folder of simulator images cannot be used.</source>
        <translation>模擬器影像資料夾無法使用。</translation>
    </message>
    <message>
        <source>The configured device adapter is not installed. Call a technician.</source>
        <translation>所設定的裝置轉接程式未安裝。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The video or image file for the camera cannot be read.</source>
        <translation>無法讀取攝影機使用的影片或影像檔。</translation>
    </message>
    <message>
        <source>The pre-registration ticket cannot be used. Enter the data from the passport.</source>
        <translation>此預登記單無法使用。請依護照輸入資料。</translation>
    </message>
    <message>
        <source>The scanned code is not a pre-registration ticket.</source>
        <translation>所掃描的條碼不是預登記單。</translation>
    </message>
    <message>
        <source>The pre-registration ticket is damaged. Scan it again or enter the data from the passport.</source>
        <translation>預登記單已損毀。請重新掃描，或依護照輸入資料。</translation>
    </message>
    <message>
        <source>The pre-registration ticket was not issued by this office (its signature does not match). Enter the data from the passport.</source>
        <translation>此預登記單並非本機關核發（簽章不符）。請依護照輸入資料。</translation>
    </message>
    <message>
        <source>The pre-registration ticket has expired (tickets are valid on the day they are issued). Enter the data from the passport.</source>
        <translation>預登記單已逾期（僅於核發當日有效）。請依護照輸入資料。</translation>
    </message>
    <message>
        <source>This station cannot check pre-registration tickets (no office key is configured). Call a technician.</source>
        <translation>本工作站無法驗證預登記單（未設定機關金鑰）。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>Pre-registration is not available at this station (no office key is configured). Please go to the guidance desk.</source>
        <translation>本機暫不能辦理預先登記（未設定單位金鑰）。請前往諮詢台。</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is missing. Call a technician.</source>
        <translation>無法辦理預先登記：缺少單位金鑰檔案。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file can be read by other users. Call a technician.</source>
        <translation>無法辦理預先登記：單位金鑰檔案可被其他使用者讀取。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is not a valid private key. Call a technician.</source>
        <translation>無法辦理預先登記：單位金鑰檔案不是有效的私密金鑰。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>An office key pair already exists in this folder.</source>
        <translation>此資料夾中已有單位金鑰對。</translation>
    </message>
    <message>
        <source>This pre-registration ticket was already used today at %1 at desk %2. A ticket is valid once: enter the data from the passport.</source>
        <translation>此預登記單今天已於 %1 在 %2 號櫃檯使用過。每張登記單只能使用一次：請依護照輸入資料。</translation>
    </message>
    <message>
        <source>This pre-registration ticket was issued by another office (%1); this desk belongs to %2. Enter the data from the passport.</source>
        <translation>此預登記單由其他單位（%1）核發；本櫃檯屬於 %2。請依護照輸入資料。</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is missing. Call a technician.</source>
        <translation>缺少用於讀取預登記單的單位金鑰檔案。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets can be read by other users. Call a technician.</source>
        <translation>用於讀取預登記單的單位金鑰檔案可被其他使用者讀取。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is not valid. Call a technician.</source>
        <translation>用於讀取預登記單的單位金鑰檔案無效。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>無法讀取檔案。</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a folder, a device or a pipe), so it is not read.</source>
        <translation>這不是一般檔案（資料夾、裝置或管道），因此不予讀取。</translation>
    </message>
    <message>
        <source>The file is too large to be read here.</source>
        <translation>檔案太大，無法在此讀取。</translation>
    </message>
    <message>
        <source>The image has too many pixels to be read here.</source>
        <translation>影像像素過多，無法在此讀取。</translation>
    </message>
    <message>
        <source>This screen cannot be locked: the station has no technician account. Call a technician.</source>
        <translation>無法鎖定此畫面：本機沒有技術人員帳戶。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>Only a technician can leave this screen.</source>
        <translation>只有技術人員才能離開此畫面。</translation>
    </message>
    <message>
        <source>Sending to the central service is not set up on this station. Records are kept safely here; call a technician.</source>
        <translation>本工作站尚未設定傳送至中央系統。紀錄已安全保存在本機；請聯絡技術人員。</translation>
    </message>
    <message>
        <source>A key for sending to the central service is missing or damaged. Records are kept safely here; call a technician.</source>
        <translation>用於傳送至中央系統的金鑰遺失或損毀。紀錄已安全保存在本機；請聯絡技術人員。</translation>
    </message>
    <message>
        <source>A sealed enrollment packet is damaged or was not made by this station.</source>
        <translation>一個已封裝的採集資料封包已損毀，或並非由本工作站產生。</translation>
    </message>
    <message>
        <source>No connection to the central service; records are kept here and sent later.</source>
        <translation>無法連線至中心系統；紀錄已保存在本機，稍後傳送。</translation>
    </message>
    <message>
        <source>Records have waited too long on this station to reach the central service: new enrollments wait until they are sent or a supervisor exports them (kiosk sync export). Enrollments already begun can be finished.</source>
        <translation>記錄在本工作站上等待傳送到中心服務的時間過長：在這些記錄傳送出去或由主管匯出（kiosk sync export）之前，不能開始新的登記。已開始的登記仍可完成。</translation>
    </message>
    <message>
        <source>The central service is busy; sending slowly to help it recover.</source>
        <translation>中心系統忙碌中；正在放慢傳送速度，以利其恢復。</translation>
    </message>
    <message>
        <source>The central service refused this station&apos;s credentials. Call a technician.</source>
        <translation>中心系統拒絕了本工作站的認證資訊。請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The central service is not answering in time; trying again later.</source>
        <translation>中心系統未及時回應；稍後重試。</translation>
    </message>
    <message>
        <source>The connection to the central service broke off; trying again later.</source>
        <translation>與中心系統的連線中斷；稍後重試。</translation>
    </message>
    <message>
        <source>The central service reported an error; trying again later.</source>
        <translation>中心系統回報錯誤；稍後重試。</translation>
    </message>
    <message>
        <source>The central service sent an answer this station cannot use; records are kept here and sent again later.</source>
        <translation>中心系統回傳了本機無法使用的回應；紀錄已保存在本機，稍後重新傳送。</translation>
    </message>
    <message>
        <source>The central service&apos;s confirmation could not be verified; records are kept here and sent again later. If this continues, call a technician.</source>
        <translation>無法驗證中心系統的確認回執；紀錄已保存在本機，稍後重新傳送。如果持續發生，請聯絡技術人員。</translation>
    </message>
    <message>
        <source>The central service rejected an enrollment; a supervisor must review it.</source>
        <translation>中心系統退回了一份登記；須由主管審核。</translation>
    </message>
    <message>
        <source>This station&apos;s clock is wrong. Call a technician to set it.</source>
        <translation>本工作站的時鐘不正確。請聯絡技術人員校正。</translation>
    </message>
    <message>
        <source>Many sends failed; trying less often for a while.</source>
        <translation>多次傳送失敗；暫時降低重試頻率。</translation>
    </message>
    <message>
        <source>Sending hit a problem on this station; the records are safe.</source>
        <translation>本工作站傳送時發生問題；紀錄安全無虞。</translation>
    </message>
    <message>
        <source>The export folder cannot be written. Check the USB drive and try again.</source>
        <translation>無法寫入匯出資料夾。請檢查USB隨身碟後重試。</translation>
    </message>
    <message>
        <source>This step is not allowed for the enrollment in its current state.</source>
        <translation>此採集紀錄目前的狀態不允許執行此步驟。</translation>
    </message>
    <message>
        <source>A supervisor must approve a forced capture or finger exception first. The enrollment is kept as a draft: once a supervisor has decided in the supervisor view (Ctrl+Shift+R), resume it from today&apos;s list.</source>
        <translation>強制擷取或手指例外須先經主管核准。該登記已保存為草稿：主管在主管檢視（Ctrl+Shift+R）中作出決定後，請從今日清單繼續辦理。</translation>
    </message>
    <message>
        <source>A supervisor rejected a forced capture or finger exception. Capture it again, or cancel the enrollment.</source>
        <translation>主管已駁回強制擷取或手指例外。請重新擷取，或取消該登記。</translation>
    </message>
    <message>
        <source>This request was already decided or is no longer needed.</source>
        <translation>該申請已審核或已不再需要。</translation>
    </message>
    <message>
        <source>Write a comment for the decision.</source>
        <translation>請為審核填寫意見。</translation>
    </message>
    <message>
        <source>You made this request yourself: another supervisor must decide it.</source>
        <translation>此申請由您本人提出，須由另一位主管決定。</translation>
    </message>
    <message>
        <source>This file is not a desk report this station can read (damaged, of another kind, or from a newer version).</source>
        <translation>此檔案不是本工作站可讀取的窗口報告（已損毀、類型不同或來自較新的版本）。</translation>
    </message>
    <message>
        <source>The report could not be saved in %1. Check that the folder exists and can be written, then export again.</source>
        <translation>無法將報告儲存到 %1。請檢查該資料夾是否存在且可寫入，然後重新匯出。</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>發生非預期的問題。</translation>
    </message>
    <message>
        <source>Unexpected problem. The data already saved is safe.</source>
        <translation>發生非預期的問題。已儲存的資料皆安全。</translation>
    </message>
</context>
<context>
    <name>NextPage</name>
    <message>
        <source>After the desk</source>
        <translation>採集之後</translation>
    </message>
    <message>
        <source>Step 5 of 6</source>
        <translation>第 5 步，共 6 步</translation>
    </message>
    <message>
        <source>Pre-register now</source>
        <translation>立即預先登記</translation>
    </message>
    <message>
        <source>1. You receive a receipt. Keep it until your account is active.</source>
        <translation>1. 您將收到一張收據，請保留至帳戶啟用。</translation>
    </message>
    <message>
        <source>2. Your application is checked. This can take some days.</source>
        <translation>2. 您的申請將被審核，可能需要數日。</translation>
    </message>
    <message>
        <source>3. Install the official VNeID app on your phone from your app store.</source>
        <translation>3. 從應用程式商店在手機上安裝官方 VNeID 應用程式。</translation>
    </message>
    <message>
        <source>4. When you are told your account is ready, activate it in VNeID by following the instructions in the app.</source>
        <translation>4. 收到帳戶已就緒的通知後，請依應用程式內的說明在 VNeID 中啟用帳戶。</translation>
    </message>
    <message>
        <source>Questions? The officers at the guidance desk will help you.</source>
        <translation>如有疑問，諮詢台的工作人員會為您解答。</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation>第三方授權</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>下一欄</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Type your name in your own script with the input method of the screen, or leave it empty.</source>
        <translation>請用螢幕的輸入法以本國文字輸入姓名，也可以留空。</translation>
    </message>
    <message>
        <source>Choose one:</source>
        <translation>請選擇一項：</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>大寫字母</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message>
        <source>At least %n characters, hard to guess: a few words or a sentence of your own. Common passwords, names, dates, keyboard rows and repeats are refused (such as password12, 1234567890 or qwertyuiop), and so is your user name.</source>
        <translation>至少 %n 個字元，且不易被猜到：使用幾個詞或一句您自己的話。常見密碼、姓名、日期、鍵盤上的一排鍵和重複字元（如 password12、1234567890 或 qwertyuiop）以及您的使用者名稱都不被接受。</translation>
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
        <translation>生物特徵資料採集回執</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>採集編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>旅行證件</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>國籍</translation>
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
        <translation>指紋品質（NFIQ 2，0-100）</translation>
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
        <translation>分數</translation>
    </message>
    <message>
        <source>No fingerprints (exception recorded)</source>
        <translation>無指紋（已登記例外）</translation>
    </message>
    <message>
        <source>Keep this receipt. You will be told when your electronic identification account can be activated.</source>
        <translation>請妥善保存本回執。電子身分帳號可以啟用時，我們將通知您。</translation>
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
        <translation>右手無名指</translation>
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
        <translation>左手無名指</translation>
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
        <translation>預先登記並領取號碼牌</translation>
    </message>
    <message>
        <source>Step 6 of 6</source>
        <translation>第 6 步，共 6 步</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>領取號碼牌</translation>
    </message>
    <message>
        <source>Put the photo page of your passport on the reader, or type your data as written in your documents.</source>
        <translation>請將護照照片頁放在讀取器上，或依證件上的內容輸入資料。</translation>
    </message>
    <message>
        <source>Scan the passport again, or type the data.</source>
        <translation>請重新掃描護照，或手動輸入資料。</translation>
    </message>
    <message>
        <source>Now choose your residence card and enter its number and expiry date.</source>
        <translation>請選擇居留卡類型，並輸入卡號和有效期限。</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>no portrait in the record</source>
        <translation>紀錄中沒有人像照片</translation>
    </message>
    <message>
        <source>the record has no history</source>
        <translation>紀錄沒有歷史</translation>
    </message>
    <message>
        <source>a photo or fingerprint was damaged</source>
        <translation>照片或指紋已損壞</translation>
    </message>
    <message>
        <source>the record&apos;s history does not check out</source>
        <translation>紀錄的歷史未通過校驗</translation>
    </message>
    <message>
        <source>the station&apos;s signature was not recognised</source>
        <translation>無法識別本工作站的簽章</translation>
    </message>
    <message>
        <source>this station is not registered</source>
        <translation>本工作站未註冊</translation>
    </message>
    <message>
        <source>the record names another station</source>
        <translation>紀錄中寫的是另一個工作站</translation>
    </message>
    <message>
        <source>the central service could not open the record</source>
        <translation>中心系統無法開啟該紀錄</translation>
    </message>
    <message>
        <source>the record is in an unknown format</source>
        <translation>紀錄格式未知</translation>
    </message>
    <message>
        <source>the record is unreadable</source>
        <translation>紀錄無法讀取</translation>
    </message>
    <message>
        <source>the record is too large</source>
        <translation>紀錄過大</translation>
    </message>
    <message>
        <source>another record has the same number</source>
        <translation>另一筆紀錄編號相同</translation>
    </message>
    <message>
        <source>the record changed while it was sent</source>
        <translation>紀錄在傳送時發生了變化</translation>
    </message>
    <message>
        <source>the record&apos;s number does not match</source>
        <translation>紀錄編號不符</translation>
    </message>
    <message>
        <source>refused by the central service</source>
        <translation>被中心系統拒絕</translation>
    </message>
    <message>
        <source>Enroll the applicant again.</source>
        <translation>請為申請人重新登記。</translation>
    </message>
    <message>
        <source>Call a technician; the record is kept on this station.</source>
        <translation>請聯絡技術人員；紀錄仍保存在本工作站。</translation>
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
        <translation>班別</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承辦人員</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>中位數（分鐘）</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>第90百分位（分鐘）</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>手指</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
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
        <translation>審核結果</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Oldest waiting (min)</source>
        <translation>最長等待（分鐘）</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <source>Frames held back</source>
        <translation>受阻影格數</translation>
    </message>
    <message>
        <source>Time held back (s)</source>
        <translation>受阻時長（秒）</translation>
    </message>
    <message>
        <source>Kept photos failing it</source>
        <translation>未通過此項的留存照片</translation>
    </message>
    <message>
        <source>Forced photo</source>
        <translation>強制拍照</translation>
    </message>
    <message>
        <source>Forced fingerprints</source>
        <translation>強制擷取指紋</translation>
    </message>
    <message>
        <source>Finger exception</source>
        <translation>手指例外</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待審核</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>no sign-off needed</source>
        <translation>無需審核</translation>
    </message>
    <message>
        <source>outside shifts</source>
        <translation>班別外</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All shifts</source>
        <translation>全部班別</translation>
    </message>
    <message>
        <source>&amp;Show  (F5)</source>
        <translation>顯示(&amp;S)  (F5)</translation>
    </message>
    <message>
        <source>I&amp;mport a desk&apos;s report…</source>
        <translation>匯入窗口報告(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove imported desks</source>
        <translation>移除已匯入的窗口</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>匯出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export this desk&apos;s report &amp;file…</source>
        <translation>匯出本窗口報告檔(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>登記數量</translation>
    </message>
    <message>
        <source>Officers and time</source>
        <translation>人員與用時</translation>
    </message>
    <message>
        <source>Face checks</source>
        <translation>照片檢查</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外情況</translation>
    </message>
    <message>
        <source>Rejected uploads</source>
        <translation>被拒上傳</translation>
    </message>
    <message>
        <source>Sync backlog</source>
        <translation>同步積壓</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>待審核</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>從：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班別：</translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>主管檢視</translation>
    </message>
    <message>
        <source>Days without sync: no limit.</source>
        <translation>未同步天數：無限制。</translation>
    </message>
    <message>
        <source>Days without sync: limit %1 days, a warning from %2 days.</source>
        <translation>未同步天數：上限 %1 天，%2 天起警告。</translation>
    </message>
    <message>
        <source>No record is waiting to leave this desk.</source>
        <translation>本窗口沒有等待傳送的記錄。</translation>
    </message>
    <message>
        <source>The oldest waiting record has waited %1 days.</source>
        <translation>等待最久的記錄已等待 %1 天。</translation>
    </message>
    <message>
        <source>Warning: the oldest waiting record has waited %1 days.</source>
        <translation>警告：等待最久的記錄已等待 %1 天。</translation>
    </message>
    <message>
        <source>New enrollments are stopped: the oldest waiting record has waited %1 days (upload or export them).</source>
        <translation>已停止新的登記：等待最久的記錄已等待 %1 天（請上傳或匯出）。</translation>
    </message>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1（本窗口）</translation>
    </message>
    <message>
        <source>%1 (imported, made %2)</source>
        <translation>%1（已匯入，產生於 %2）</translation>
    </message>
    <message>
        <source>Desks: %1</source>
        <translation>窗口：%1</translation>
    </message>
    <message>
        <source>Audit events left out of these figures because they could not be read: %1. The log names them.</source>
        <translation>因無法讀取而未計入這些數據的稽核事件：%1。日誌中列出了這些事件。</translation>
    </message>
    <message>
        <source>Import a desk&apos;s report</source>
        <translation>匯入窗口報告</translation>
    </message>
    <message>
        <source>Station report (*.json)</source>
        <translation>工作站報告 (*.json)</translation>
    </message>
    <message>
        <source>That file is this desk&apos;s own report; this desk&apos;s figures come from its database.</source>
        <translation>該檔案是本窗口自己的報告；本窗口的數據取自其資料庫。</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV 檔案的儲存資料夾</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>儲存 PDF 報告</translation>
    </message>
    <message>
        <source>Save this desk&apos;s report file</source>
        <translation>儲存本窗口報告檔</translation>
    </message>
    <message>
        <source>Preparing the report for the export…</source>
        <translation>正在準備要匯出的報告…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>已將 %n 個 CSV 檔案儲存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>主管報告</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Packets waiting to be sent</source>
        <translation>等待傳送的資料包</translation>
    </message>
    <message>
        <source>Oldest waiting packet (minutes)</source>
        <translation>等待最久的資料包（分鐘）</translation>
    </message>
    <message>
        <source>Median NFIQ 2 per finger (ISO position code)</source>
        <translation>各手指 NFIQ 2 中位數（ISO 位置代碼）</translation>
    </message>
    <message>
        <source>Enrollments saved per officer</source>
        <translation>各人員已儲存的登記</translation>
    </message>
    <message>
        <source>Failed photo checks</source>
        <translation>未通過的照片檢查</translation>
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
        <translation>包紮</translation>
    </message>
    <message>
        <source>temporarily unusable</source>
        <translation>暫時無法採集</translation>
    </message>
    <message>
        <source>Fingerprints (NFIQ 2)</source>
        <translation>指紋（NFIQ 2）</translation>
    </message>
    <message>
        <source>&amp;Back to fingerprints</source>
        <translation>返回指紋採集(&amp;B)</translation>
    </message>
    <message>
        <source>Retake the pho&amp;to</source>
        <translation>重拍照片(&amp;T)</translation>
    </message>
    <message>
        <source>Correct applicant &amp;data  (Ctrl+E)</source>
        <translation>更正申請人資料(&amp;D)  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…</source>
        <translation>取消此登記(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Confirm and save  (Ctrl+Enter)</source>
        <translation>確認並儲存(&amp;C)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>列印回執(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next applicant  (Ctrl+N)</source>
        <translation>下一位申請人(&amp;N)  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Review and save</source>
        <translation>核對並儲存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Native-script name</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
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
        <translation>國籍</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>居留證</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>在越南住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>偏好語言</translation>
    </message>
    <message>
        <source>Taken automatically (all checks passed).</source>
        <translation>自動拍攝（全部檢查通過）。</translation>
    </message>
    <message>
        <source>Taken by the officer (all checks passed).</source>
        <translation>承辦人員拍攝（全部檢查通過）。</translation>
    </message>
    <message>
        <source>Kept although a check failed. Reason: %1.</source>
        <translation>雖有一項檢查未通過，仍保留此照片。原因：%1。</translation>
    </message>
    <message>
        <source>Rejected by a supervisor: retake the photo.</source>
        <translation>主管已駁回：請重拍照片。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s approval.</source>
        <translation>等待主管審核。</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>由 %1 核准。</translation>
    </message>
    <message>
        <source>%1 forced: %2</source>
        <translation>%1 強制採集：%2</translation>
    </message>
    <message>
        <source>exception: %1</source>
        <translation>例外：%1</translation>
    </message>
    <message>
        <source>Duplicate-finger warning was reviewed.</source>
        <translation>重複手指警告已經過複核。</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>臨時居留證</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>永久居留證</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>回執已送到印表機。</translation>
    </message>
    <message>
        <source>No printer: the receipt is open as a PDF; print it from there.</source>
        <translation>沒有印表機：回執已以 PDF 開啟，請從那裡列印。</translation>
    </message>
    <message>
        <source>No printer: the receipt is kept encrypted on this station until the record is deleted. Give the applicant the enrollment number %1.</source>
        <translation>沒有印表機：收據以加密形式保存在本工作站，直到紀錄被刪除。請將登記編號 %1 告知申請人。</translation>
    </message>
    <message>
        <source>The receipt is still being prepared; press Print again in a moment.</source>
        <translation>回執仍在準備中，請稍後再按列印。</translation>
    </message>
    <message>
        <source>Saved. Enrollment number %1</source>
        <translation>已儲存。採集編號 %1</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Simulated scanner</source>
        <translation>模擬掃描器</translation>
    </message>
    <message>
        <source>SBI device service</source>
        <translation>SBI 裝置服務</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>偵測裝置(&amp;D)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽章</translation>
    </message>
    <message>
        <source>Test &amp;capture</source>
        <translation>測試擷取(&amp;C)</translation>
    </message>
    <message>
        <source>Fixed port (0 = discover)</source>
        <translation>固定連接埠（0 = 自動偵測）</translation>
    </message>
    <message>
        <source>Quality asked of the scanner</source>
        <translation>要求掃描器達到的品質</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>掃描器</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>即上方所選</translation>
    </message>
    <message>
        <source>Port range</source>
        <translation>連接埠範圍</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>同上</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>指紋掃描器</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>掃描器：</translation>
    </message>
    <message>
        <source>SBI ports:</source>
        <translation>SBI 連接埠：</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>測試：</translation>
    </message>
    <message>
        <source>Scanning ports %1 to %2…</source>
        <translation>正在掃描連接埠 %1 至 %2…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌中</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就緒</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未註冊</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) found in %1 s.</source>
        <translation>
            <numerusform>%1 秒內找到 %n 台裝置。</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未驗證</translation>
    </message>
    <message>
        <source>Place the fingers on the scanner…</source>
        <translation>請將手指放在掃描器上…</translation>
    </message>
    <message>
        <source>%1 on port %2, captured in %3 s.</source>
        <translation>%1（連接埠 %2），擷取耗時 %3 秒。</translation>
    </message>
    <message>
        <source>The device signature is not verified (no device CA configured).</source>
        <translation>裝置簽章未經驗證（未設定裝置 CA）。</translation>
    </message>
    <message>
        <source>%1
NFIQ 2: %2 (device: %3)</source>
        <translation>%1
NFIQ 2：%2（裝置：%3）</translation>
    </message>
</context>
<context>
    <name>SegmentCard</name>
    <message>
        <source>Capture again</source>
        <translation>重新採集</translation>
    </message>
    <message>
        <source>Capturing…</source>
        <translation>正在採集…</translation>
    </message>
    <message>
        <source>(device {0})</source>
        <translation>（裝置 {0}）</translation>
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
        <translation>低於 {0}：第 {1}/{2} 次，請重試</translation>
    </message>
    <message>
        <source>Below {0} after {1} attempts: force or mark exceptions</source>
        <translation>{1} 次後仍低於 {0}：請強制採集或標記例外</translation>
    </message>
    <message>
        <source>Forced: {0}</source>
        <translation>強制採集：{0}</translation>
    </message>
    <message>
        <source>Not captured (exceptions)</source>
        <translation>未採集（例外）</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>無需儲存：沒有變更任何值。</translation>
    </message>
    <message>
        <source>Saved to %1. The changes take effect when the kiosk is restarted.</source>
        <translation>已儲存到 %1。變更將在重新啟動工作站後生效。</translation>
    </message>
    <message>
        <source>An environment variable overrides: %1.</source>
        <translation>以下設定被環境變數覆寫：%1。</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>請檢查：%1。</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>This station has no accounts yet. Create the first account: a supervisor (who then creates the officers&apos; accounts) or a technician (who sets up the devices).</source>
        <translation>本工作站尚無任何帳號。請建立第一個帳號：主管（之後由其為承辦人員建立帳號）或技術人員（負責設定裝置）。</translation>
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
        <translation>技術人員</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>建立帳號(&amp;C)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
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
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>設定本工作站</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>This station has no accounts yet, so nobody was signed in. Make the first account here.</source>
        <translation>本工作站尚無帳戶，因此無人登入。請在此建立第一個帳戶。</translation>
    </message>
    <message>
        <source>This station already has accounts, so no new account was made. Sign in with your account.</source>
        <translation>本工作站已有帳戶，因此未建立新帳戶。請使用您的帳戶登入。</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Office</source>
        <translation>辦公機關</translation>
    </message>
    <message>
        <source>Applicant display</source>
        <translation>申請人顯示螢幕</translation>
    </message>
    <message>
        <source>On a second screen when there is one</source>
        <translation>有第二個螢幕時顯示於其上</translation>
    </message>
    <message>
        <source>Always (a window on a single screen)</source>
        <translation>一律顯示（僅一個螢幕時為視窗）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Officer screens</source>
        <translation>工作人員介面</translation>
    </message>
    <message>
        <source>Languages for applicants</source>
        <translation>供申請人選擇的語言</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>系統預設印表機</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>收據印表機</translation>
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
        <translation>採集工作站</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Station ID:</source>
        <translation>工作站編號：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>所屬機關：</translation>
    </message>
    <message>
        <source>(not configured)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>本機資料庫</translation>
    </message>
    <message>
        <source>Opening the local database…</source>
        <translation>正在開啟本機資料庫…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Waiting for the central service:</source>
        <translation>等待傳送至中央系統：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>資料庫檔案：</translation>
    </message>
    <message>
        <source>Encryption key:</source>
        <translation>加密金鑰：</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>已採集</translation>
    </message>
    <message>
        <source>Finalized, waiting to upload</source>
        <translation>已完成，等待上傳</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>已上傳</translation>
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
            <numerusform>就緒（已加密，%n MB）</numerusform>
        </translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>作業系統金鑰庫</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>金鑰檔案</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>無法使用</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>主管登入</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Confirmed until now</source>
        <translation>目前已確認</translation>
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
        <translation>主管密碼：</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>確認(&amp;C)</translation>
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
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Waiting to upload:</source>
        <translation>等待上傳：</translation>
    </message>
    <message>
        <source>Uploaded, waiting for the result:</source>
        <translation>已上傳，等待結果：</translation>
    </message>
    <message>
        <source>Oldest waiting for:</source>
        <translation>最早一筆已等待：</translation>
    </message>
    <message>
        <source>Uploads in progress:</source>
        <translation>正在上傳：</translation>
    </message>
    <message>
        <source>Uploaded since start:</source>
        <translation>啟動以來已上傳：</translation>
    </message>
    <message>
        <source>Next attempt in:</source>
        <translation>下次嘗試：</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>最近的問題：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>同步佇列</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Offline: will retry</source>
        <translation>離線：將重試</translation>
    </message>
    <message>
        <source>Slowed down: the service is busy</source>
        <translation>已放慢：服務忙碌</translation>
    </message>
    <message>
        <source>Waiting before the next attempt</source>
        <translation>等待下一次嘗試</translation>
    </message>
    <message>
        <source>Refused: check the station&apos;s registration</source>
        <translation>被拒絕：請檢查工作站登記</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Off: no central service address is configured, or sync is disabled</source>
        <translation>關閉：未設定中央服務位址，或同步已停用</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>The central service cannot be reached.</source>
        <translation>無法連線中央服務。</translation>
    </message>
    <message>
        <source>The central service stopped answering.</source>
        <translation>中央服務已停止回應。</translation>
    </message>
    <message>
        <source>The connection was lost during an upload.</source>
        <translation>上傳過程中連線中斷。</translation>
    </message>
    <message>
        <source>The station&apos;s clock differs from the service&apos;s.</source>
        <translation>工作站時鐘與服務時鐘不一致。</translation>
    </message>
    <message>
        <source>The central service refused this station.</source>
        <translation>中央服務拒絕了本工作站。</translation>
    </message>
    <message>
        <source>The central service asked to slow down.</source>
        <translation>中央服務要求放慢速度。</translation>
    </message>
    <message>
        <source>The central service reported an error.</source>
        <translation>中央服務回報了錯誤。</translation>
    </message>
    <message>
        <source>The central service rejected a packet.</source>
        <translation>中央服務拒收了一個資料包。</translation>
    </message>
    <message>
        <source>Too many retries: waiting before trying again.</source>
        <translation>重試次數過多：稍後再試。</translation>
    </message>
    <message>
        <source>The local queue could not be read.</source>
        <translation>無法讀取本機佇列。</translation>
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
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Online</source>
        <translation>連線中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>限速中</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>暫緩傳送</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>未獲授權</translation>
    </message>
    <message>
        <source>Offline only</source>
        <translation>僅本機保存</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>%n分鐘後重試</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>正在重試</translation>
    </message>
    <message>
        <source>oldest: under 1 min</source>
        <translation>最早：不到1分鐘</translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n min</source>
        <translation>
            <numerusform>最早：%n分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n h</source>
        <translation>
            <numerusform>最早：%n小時</numerusform>
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
            <numerusform>已 %n 天未傳送：已停止新的登記</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days</source>
        <translation>
            <numerusform>已 %n 天未傳送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new enrollments stop in %n days</source>
        <translation>
            <numerusform>%n 天後將停止新的登記</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n份待傳送</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>已全部傳送</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n 筆被拒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>%n秒後重試</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting the central decision</source>
        <translation>
            <numerusform>%n份待中心審核</numerusform>
        </translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>中心系統代碼</translation>
    </message>
</context>
<context>
    <name>TechnicianConsole</name>
    <message>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>證件攝影機</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>指紋掃描器</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>中央服務</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>門檻值</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>同步佇列</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診斷</translation>
    </message>
    <message>
        <source>Settings are checked before they are saved to %1 and take effect when the kiosk is restarted.</source>
        <translation>設定在儲存到 %1 之前會先經過檢查，並在重新啟動工作站後生效。</translation>
    </message>
    <message>
        <source>Technician console</source>
        <translation>技術人員控制台</translation>
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
        <translation>單指：NFIQ 2 最低分</translation>
    </message>
    <message>
        <source>Attempts per segment</source>
        <translation>每組擷取嘗試次數</translation>
    </message>
    <message>
        <source>Repeated-finger match score</source>
        <translation>重複手指比對分數</translation>
    </message>
    <message>
        <source>Face: least eye distance (pixels)</source>
        <translation>臉部：最小兩眼間距（像素）</translation>
    </message>
    <message>
        <source>Face: largest head turn (degrees)</source>
        <translation>臉部：最大轉頭角度（度）</translation>
    </message>
    <message>
        <source>Face: largest head nod (degrees)</source>
        <translation>臉部：最大俯仰角度（度）</translation>
    </message>
    <message>
        <source>Face: largest head tilt (degrees)</source>
        <translation>臉部：最大歪頭角度（度）</translation>
    </message>
    <message>
        <source>Face: seconds to hold still</source>
        <translation>臉部：需保持不動的秒數</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>門檻值</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your queue ticket</source>
        <translation>您的號碼牌</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>號碼牌</translation>
    </message>
    <message>
        <source>Wait until your number is called, then show this code at the capture desk. The ticket is valid today only.</source>
        <translation>請等候叫號，然後在採集台出示此 QR 碼。本號碼牌僅限當日有效。</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <source>Take your printed ticket from the printer.</source>
        <translation>請從印表機取走列印的號碼牌。</translation>
    </message>
    <message>
        <source>No printer here: show this screen, or take a photo of the code with your phone.</source>
        <translation>此處沒有印表機：請出示此畫面，或用手機拍下 QR 碼。</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Search by name or passport number</source>
        <translation>依姓名或護照號碼搜尋</translation>
    </message>
    <message>
        <source>&amp;New enrollment  (Ctrl+N)</source>
        <translation>新增採集(&amp;N)  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>採集編號</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…  (Ctrl+Del)</source>
        <translation>取消此登記(&amp;L)…  (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Today at this desk</source>
        <translation>本櫃檯今日紀錄</translation>
    </message>
    <message>
        <source>draft (not saved yet)</source>
        <translation>草稿（尚未儲存）</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>已採集</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>已上傳</translation>
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
        <translation>草稿：等待主管審核</translation>
    </message>
    <message>
        <source>draft: rejected by a supervisor, capture again</source>
        <translation>草稿：主管已駁回，需重新採集</translation>
    </message>
    <message>
        <source>interrupted at %1: resume (Enter) or cancel</source>
        <translation>已中斷（%1）：繼續（Enter）或取消</translation>
    </message>
    <message>
        <source>fingerprints %1 of 3</source>
        <translation>指紋 %1/3</translation>
    </message>
    <message>
        <source>applicant data</source>
        <translation>申請人資料</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>相片</translation>
    </message>
    <message>
        <source>review</source>
        <translation>核對</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>中心系統代碼</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Technician</source>
        <translation>技術人員</translation>
    </message>
    <message>
        <source>Leave the kiosk screen</source>
        <translation>離開自助畫面</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Technician user name</source>
        <translation>技術人員使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Only a technician of this station can leave the kiosk screen.</source>
        <translation>只有本機的技術人員才能離開自助畫面。</translation>
    </message>
</context>
<context>
    <name>WaitingNote</name>
    <message>
        <source>Getting ready… This goes on by itself in a moment.</source>
        <translation>正在準備…… 片刻後將自動繼續。</translation>
    </message>
</context>
</TS>
