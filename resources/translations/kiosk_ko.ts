<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the enrollment kiosk</source>
        <translation>생체정보 등록 단말기 정보</translation>
    </message>
    <message>
        <source>Enrollment kiosk</source>
        <translation>생체정보 등록 단말기</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>없음(기본 설정 사용)</translation>
    </message>
    <message>
        <source>installed bundle</source>
        <translation>설치본</translation>
    </message>
    <message>
        <source>source tree</source>
        <translation>소스 코드</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>단말기:</translation>
    </message>
    <message>
        <source>Configuration file:</source>
        <translation>설정 파일:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <source>Running from:</source>
        <translation>실행 위치:</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>실행 환경:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation>타사 라이선스(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>계정 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>성명:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>비밀번호 확인:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>비밀번호 재설정(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>비활성화(&amp;D)</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>역할 변경(&amp;O)</translation>
    </message>
    <message>
        <source>The officer signs in with this temporary password and must then choose a new one.</source>
        <translation>담당자는 이 임시 비밀번호로 로그인한 뒤 새 비밀번호를 정해야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Set the temporary password</source>
        <translation>임시 비밀번호 설정(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>임시 비밀번호:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>새 계정</translation>
    </message>
    <message>
        <source>Accounts of this station</source>
        <translation>이 단말기의 계정</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>담당관</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>기술자</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1까지 잠김</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>활성화(&amp;E)</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1의 비밀번호 재설정</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 has a temporary password and must choose a new one at the next sign-in.</source>
        <translation>%1에게 임시 비밀번호가 설정되었습니다. 다음 로그인 때 새 비밀번호를 정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 계정이 활성화되어 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is disabled: this account cannot sign in.</source>
        <translation>%1 계정이 비활성화되었습니다. 이 계정으로는 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1의 역할: %2.</translation>
    </message>
    <message>
        <source>%1 is unlocked and can sign in now.</source>
        <translation>%1 계정의 잠금이 해제되어 지금 로그인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ApplicantDisplay</name>
    <message>
        <source>Applicant display</source>
        <translation>신청인용 화면</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Surname (as in the passport)</source>
        <translation>성 (여권 표기대로)</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>본국 문자 성명</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>여성 (F)</translation>
    </message>
    <message>
        <source>Male (M)</source>
        <translation>남성 (M)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>미지정 (X)</translation>
    </message>
    <message>
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>생년월일 (일/월/년)</translation>
    </message>
    <message>
        <source>Nationality (ICAO code)</source>
        <translation>국적 (ICAO 코드)</translation>
    </message>
    <message>
        <source>Issuing state (ICAO code)</source>
        <translation>발급국 (ICAO 코드)</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>여권 번호</translation>
    </message>
    <message>
        <source>Passport expiry (dd/mm/yyyy)</source>
        <translation>여권 만료일 (일/월/년)</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>체류증</translation>
    </message>
    <message>
        <source>No residence card</source>
        <translation>체류증 없음</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>임시 체류증</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>영주 체류증</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation>체류증 번호</translation>
    </message>
    <message>
        <source>Residence card expiry (dd/mm/yyyy)</source>
        <translation>체류증 만료일 (일/월/년)</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>베트남 내 주소</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>이메일 (선택)</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>희망 언어</translation>
    </message>
</context>
<context>
    <name>ApplicantPrompts</name>
    <message>
        <source>Welcome. The officer will guide you.</source>
        <translation>안녕하십니까. 담당 직원이 안내해 드립니다.</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>잠시만 기다려 주십시오.</translation>
    </message>
    <message>
        <source>Thank you. Your photo has been taken.</source>
        <translation>감사합니다. 사진 촬영이 끝났습니다.</translation>
    </message>
    <message>
        <source>Place your left four fingers on the scanner.</source>
        <translation>왼손 네 손가락을 스캐너 위에 올려 주십시오.</translation>
    </message>
    <message>
        <source>Place your right four fingers on the scanner.</source>
        <translation>오른손 네 손가락을 스캐너 위에 올려 주십시오.</translation>
    </message>
    <message>
        <source>Place both thumbs on the scanner.</source>
        <translation>양손 엄지손가락을 스캐너 위에 올려 주십시오.</translation>
    </message>
    <message>
        <source>Place the finger the officer shows you on the scanner.</source>
        <translation>담당 직원이 알려 드리는 손가락을 스캐너 위에 올려 주십시오.</translation>
    </message>
    <message>
        <source>Lift your fingers from the scanner.</source>
        <translation>스캐너에서 손가락을 떼어 주십시오.</translation>
    </message>
    <message>
        <source>Try again, press a little harder.</source>
        <translation>다시 한 번, 조금 더 세게 눌러 주십시오.</translation>
    </message>
    <message>
        <source>Done – thank you!</source>
        <translation>완료되었습니다. 감사합니다!</translation>
    </message>
</context>
<context>
    <name>ApplicantScreen</name>
    <message>
        <source>Scan the passport with the reader (at any time, wherever the cursor is), or type the data.</source>
        <translation>판독기로 여권을 스캔하거나(커서 위치와 관계없이 언제든지 가능) 정보를 직접 입력하십시오.</translation>
    </message>
    <message>
        <source>Read a ticket with the &amp;camera  (F4)</source>
        <translation>카메라로 접수표 읽기(&amp;C)  (F4)</translation>
    </message>
    <message>
        <source>Continue to the &amp;photo  (Ctrl+Enter)</source>
        <translation>사진 촬영으로 진행(&amp;P)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New enrollment</source>
        <translation>신규 등록</translation>
    </message>
    <message>
        <source>Failed: %1. Scan again or type the data from the document.</source>
        <translation>확인 실패: %1. 다시 스캔하거나 서류를 보고 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>The camera was not sure of the highlighted letters, and names have no check digit. Type the right letter, or press F7 if it matches the passport.</source>
        <translation>카메라가 강조 표시된 글자를 확신하지 못했으며, 이름에는 검증 숫자가 없습니다. 올바른 글자를 입력하거나, 여권과 일치하면 F7을 누르십시오.</translation>
    </message>
    <message>
        <source>Eligibility: still needs %1.</source>
        <translation>자격: %1 항목이 더 필요합니다.</translation>
    </message>
    <message>
        <source>Another passport: the previous applicant&apos;s data was cleared.</source>
        <translation>다른 여권: 이전 신청인의 정보가 지워졌습니다.</translation>
    </message>
    <message>
        <source>Correct applicant data</source>
        <translation>신청인 정보 수정</translation>
    </message>
    <message>
        <source>Save and return to the &amp;review  (Ctrl+Enter)</source>
        <translation>저장하고 검토로 돌아가기(&amp;R)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correct what is wrong; the photo and fingerprints are kept.</source>
        <translation>잘못된 부분을 수정하세요. 사진과 지문은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Compare the highlighted name with the passport.</source>
        <translation>강조 표시된 이름을 여권과 대조하십시오.</translation>
    </message>
    <message>
        <source>Pre-registration ticket %1: check the data against the passport.</source>
        <translation>사전 등록 접수표 %1: 여권과 대조하여 정보를 확인하십시오.</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code in front of the camera…</source>
        <translation>접수표의 QR 코드를 카메라 앞에 대십시오…</translation>
    </message>
    <message>
        <source>No ticket was seen by the camera. Try again, or scan the passport.</source>
        <translation>카메라가 접수표를 인식하지 못했습니다. 다시 시도하거나 여권을 스캔하십시오.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Reason and approval</source>
        <translation>사유 및 승인</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>감독자:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>감독자 비밀번호:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Ask a supervisor &amp;later</source>
        <translation>나중에 감독자 승인 요청(&amp;L)</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>사유를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Requested</source>
        <translation>요청 시각</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>창구</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>손가락</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>등록 번호</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor.</source>
        <translation>감독자 승인을 기다리는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>결정(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 (요청: %2): %3</translation>
    </message>
</context>
<context>
    <name>BringPage</name>
    <message>
        <source>What to bring</source>
        <translation>지참할 서류</translation>
    </message>
    <message>
        <source>Step 1 of 6</source>
        <translation>6단계 중 1단계</translation>
    </message>
    <message>
        <source>Your passport (or other travel document), valid today.</source>
        <translation>유효한 여권(또는 기타 여행 증명서).</translation>
    </message>
    <message>
        <source>Your Vietnamese temporary or permanent residence card, valid today.</source>
        <translation>유효한 베트남 임시 체류증 또는 영주 체류증.</translation>
    </message>
    <message>
        <source>Bring the originals: photocopies are not accepted. Children come with a parent or guardian.</source>
        <translation>원본을 지참해 주십시오. 사본은 받지 않습니다. 아동은 부모 또는 보호자와 함께 오셔야 합니다.</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>&amp;Find cameras</source>
        <translation>카메라 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>해상도:</translation>
    </message>
    <message>
        <source>Frame rate reported:</source>
        <translation>보고된 프레임 속도:</translation>
    </message>
    <message>
        <source>Frame rate measured:</source>
        <translation>측정된 프레임 속도:</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>회전(도)</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>요청 너비</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>요청 높이</translation>
    </message>
    <message>
        <source>Frame rate to ask for</source>
        <translation>요청 프레임 속도</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>위에서 선택한 장치</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>카메라:</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>초당 %1프레임</translation>
    </message>
</context>
<context>
    <name>CancelEnrollmentDialog</name>
    <message>
        <source>The applicant left</source>
        <translation>신청인이 떠남</translation>
    </message>
    <message>
        <source>The applicant does not want to enroll</source>
        <translation>신청인이 등록을 원하지 않음</translation>
    </message>
    <message>
        <source>Wrong applicant or document</source>
        <translation>신청인 또는 서류 오류</translation>
    </message>
    <message>
        <source>Started twice by mistake</source>
        <translation>실수로 중복 시작함</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>기타 (아래에 설명)</translation>
    </message>
    <message>
        <source>Cancel this enrollment</source>
        <translation>이 등록 취소</translation>
    </message>
    <message>
        <source>Cancel the enrollment of %1? Its photo and fingerprints are deleted now; this cannot be undone.</source>
        <translation>%1 님의 등록을 취소하시겠습니까? 사진과 지문이 즉시 삭제되며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>사유 선택…</translation>
    </message>
    <message>
        <source>Details (required for Other)</source>
        <translation>상세 내용 (기타 선택 시 필수)</translation>
    </message>
    <message>
        <source>&amp;Cancel the enrollment</source>
        <translation>등록 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>유지(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>상세 내용(&amp;D):</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <source>Central service address</source>
        <translation>중앙 서비스 주소</translation>
    </message>
    <message>
        <source>Station ID</source>
        <translation>스테이션 ID</translation>
    </message>
    <message>
        <source>Central service public key</source>
        <translation>중앙 서비스 공개 키</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>중앙 서비스 수신 확인 서명 키</translation>
    </message>
    <message>
        <source>Upload in the background</source>
        <translation>백그라운드에서 업로드</translation>
    </message>
    <message>
        <source>The central service in the configuration is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>설정의 중앙 서비스가 감독관이 확인한 서비스가 아닙니다. 감독관이 확인할 때까지 아무것도 봉인하거나 전송하지 않습니다.</translation>
    </message>
    <message>
        <source>Supervisor &amp;confirms…</source>
        <translation>감독관 확인(&amp;C)…</translation>
    </message>
    <message>
        <source>Reading the station key…</source>
        <translation>스테이션 키를 읽는 중…</translation>
    </message>
    <message>
        <source>Register this station at the central service with its public key (the private key never leaves this station):</source>
        <translation>아래 공개 키로 이 스테이션을 중앙 서비스에 등록하십시오(개인 키는 이 스테이션 밖으로 나가지 않습니다):</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>중앙 서비스</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>사용할 수 없음: %1</translation>
    </message>
    <message>
        <source>Packets with applicants&apos; data will be sealed to and sent to this central service. A supervisor confirms the change (keys are shown by their fingerprints).</source>
        <translation>신청인 데이터가 담긴 패킷은 이 중앙 서비스로 봉인되어 전송됩니다. 감독관이 변경을 확인합니다(키는 지문으로 표시됨).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>&amp;Save the new password</source>
        <translation>새 비밀번호 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>새 비밀번호:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>새 비밀번호 확인:</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>새 비밀번호 정하기</translation>
    </message>
    <message>
        <source>%1, a supervisor has reset your password. Choose a new password that only you know; the temporary one then stops working.</source>
        <translation>%1 님, 감독자가 비밀번호를 재설정했습니다. 본인만 아는 새 비밀번호를 정하십시오. 그러면 임시 비밀번호는 더 이상 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>CheckNames</name>
    <message>
        <source>Configuration</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Python runtime</source>
        <translation>Python 런타임</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>로컬 데이터베이스</translation>
    </message>
    <message>
        <source>Data encryption key</source>
        <translation>데이터 암호화 키</translation>
    </message>
    <message>
        <source>Database encryption</source>
        <translation>데이터베이스 암호화</translation>
    </message>
    <message>
        <source>Audit trail signatures</source>
        <translation>감사 기록 서명</translation>
    </message>
    <message>
        <source>Sign-in record signatures</source>
        <translation>로그인 기록 서명</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>문서 카메라</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>지문 스캐너</translation>
    </message>
    <message>
        <source>Display (Qt platform plugin)</source>
        <translation>화면 표시(Qt 플랫폼 플러그인)</translation>
    </message>
    <message>
        <source>Station signing key</source>
        <translation>스테이션 서명 키</translation>
    </message>
    <message>
        <source>Audit trails</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>중앙 시스템 주소</translation>
    </message>
    <message>
        <source>Central service packet key</source>
        <translation>중앙 시스템 패킷 키</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>중앙 시스템 수신 확인 키</translation>
    </message>
    <message>
        <source>Confirmed central service</source>
        <translation>확인된 중앙 서비스</translation>
    </message>
    <message>
        <source>Central service answers</source>
        <translation>중앙 서비스 응답</translation>
    </message>
    <message>
        <source>Central service keys</source>
        <translation>중앙 서비스 키</translation>
    </message>
    <message>
        <source>Central service clock</source>
        <translation>중앙 서비스 시계</translation>
    </message>
    <message>
        <source>Font for %1</source>
        <translation>%1 글꼴</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong unexpectedly. What was saved stays saved; if the screen no longer responds, restart the kiosk.</source>
        <translation>예기치 않은 오류가 발생했습니다. 저장된 내용은 그대로 유지됩니다. 화면이 더 이상 반응하지 않으면 키오스크를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>A technician will find the details in the log file %1.</source>
        <translation>기술자는 로그 파일 %1에서 자세한 내용을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>The details are in the kiosk&apos;s log.</source>
        <translation>자세한 내용은 키오스크 로그에 있습니다.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the request</source>
        <translation>요청 결정</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>의견:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>감독자:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>감독자 비밀번호:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>거부(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Write a comment.</source>
        <translation>의견을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>DeskFingersPage</name>
    <message>
        <source>At the desk: your fingerprints</source>
        <translation>접수 창구에서: 지문</translation>
    </message>
    <message>
        <source>Step 4 of 6</source>
        <translation>6단계 중 4단계</translation>
    </message>
    <message>
        <source>Then the scanner takes your fingerprints in three steps. Press gently and keep still until the officer says it is done.</source>
        <translation>이어서 스캐너로 지문을 세 단계에 걸쳐 채취합니다. 직원이 완료되었다고 말할 때까지 가볍게 누르고 움직이지 마십시오.</translation>
    </message>
    <message>
        <source>1. The four fingers of your left hand</source>
        <translation>1. 왼손 네 손가락</translation>
    </message>
    <message>
        <source>2. The four fingers of your right hand</source>
        <translation>2. 오른손 네 손가락</translation>
    </message>
    <message>
        <source>3. Both thumbs together</source>
        <translation>3. 양손 엄지 함께</translation>
    </message>
    <message>
        <source>Clean, dry hands give the best result. Tell the officer if a finger is injured or missing.</source>
        <translation>손이 깨끗하고 건조해야 가장 잘 채취됩니다. 다쳤거나 없는 손가락이 있으면 직원에게 알려 주십시오.</translation>
    </message>
</context>
<context>
    <name>DeskPhotoPage</name>
    <message>
        <source>At the desk: your photo</source>
        <translation>접수 창구에서: 사진</translation>
    </message>
    <message>
        <source>Step 3 of 6</source>
        <translation>6단계 중 3단계</translation>
    </message>
    <message>
        <source>An officer takes your photo with a camera. Please:</source>
        <translation>직원이 카메라로 사진을 촬영합니다. 다음을 지켜 주십시오.</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>카메라를 정면으로 보기</translation>
    </message>
    <message>
        <source>Take off your glasses</source>
        <translation>안경 벗기</translation>
    </message>
    <message>
        <source>Keep a neutral expression, mouth closed</source>
        <translation>무표정으로 입을 다물기</translation>
    </message>
    <message>
        <source>Plain background, nothing behind you</source>
        <translation>단색 배경, 뒤에 아무것도 없게</translation>
    </message>
</context>
<context>
    <name>DeviceTestPage</name>
    <message>
        <source>Test &amp;again</source>
        <translation>다시 테스트(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>테스트(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>&amp;Check the station</source>
        <translation>스테이션 점검(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export a diagnostics bundle…</source>
        <translation>진단 묶음 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>The bundle holds logs, the configuration (secrets removed), the check results and the device list. It never holds applicant or biometric data.</source>
        <translation>진단 묶음에는 로그, 설정(비밀 정보 제외), 점검 결과, 장치 목록이 들어 있으며 신청인 정보나 생체 정보는 절대 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>점검 중…</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>%n개 점검 항목이 모두 통과했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n개 점검 항목이 실패했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a diagnostics bundle</source>
        <translation>진단 묶음 내보내기</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 압축 파일 (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPage</name>
    <message>
        <source>A valid %1 zone was read on consecutive frames: the desk would fill the form.</source>
        <translation>연속된 프레임에서 유효한 %1 영역을 읽었습니다. 창구에서 양식이 자동으로 채워집니다.</translation>
    </message>
    <message>
        <source>&amp;Find cameras</source>
        <translation>카메라 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>요청 너비</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>요청 높이</translation>
    </message>
    <message>
        <source>Alike frames before the form fills</source>
        <translation>양식을 채우기 전 일치해야 하는 프레임 수</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>문서 카메라</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>위에서 선택한 장치</translation>
    </message>
    <message>
        <source>Document camera:</source>
        <translation>문서 카메라:</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>판독 결과:</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>문서 카메라를 시작하는 중…</translation>
    </message>
    <message>
        <source>A zone is seen; reading…</source>
        <translation>판독 영역이 보입니다. 읽는 중…</translation>
    </message>
    <message>
        <source>No document under the camera.</source>
        <translation>카메라 아래에 문서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPanel</name>
    <message>
        <source>Document camera</source>
        <translation>문서 카메라</translation>
    </message>
    <message>
        <source>&amp;Retry  (F6)</source>
        <translation>다시 시도(&amp;R)  (F6)</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>문서 카메라를 시작하는 중…</translation>
    </message>
    <message>
        <source>Reading the passport… Hold it still.</source>
        <translation>여권을 읽는 중… 움직이지 마십시오.</translation>
    </message>
    <message>
        <source>Passport read. The form was filled from it.</source>
        <translation>여권을 읽었습니다. 양식이 여권 내용으로 채워졌습니다.</translation>
    </message>
    <message>
        <source>Lay the passport open at its photo page under the camera: the form fills by itself.</source>
        <translation>여권의 사진면을 펼쳐 카메라 아래에 놓으십시오. 양식이 자동으로 채워집니다.</translation>
    </message>
    <message>
        <source>Scan the passport with the reader, or type the data.</source>
        <translation>판독기로 여권을 스캔하거나 데이터를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can apply</source>
        <translation>신청 대상</translation>
    </message>
    <message>
        <source>Step 2 of 6</source>
        <translation>6단계 중 2단계</translation>
    </message>
    <message>
        <source>Foreign nationals aged 6 or older who hold a valid temporary or permanent residence card can get a level 2 electronic identification account. Children under 6 can get a level 1 account only.</source>
        <translation>유효한 임시 체류증 또는 영주 체류증을 소지한 만 6세 이상 외국인은 2등급 전자신원인증 계정을 발급받을 수 있습니다. 만 6세 미만 아동은 1등급 계정만 발급됩니다.</translation>
    </message>
    <message>
        <source>Check for yourself:</source>
        <translation>직접 확인하기:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>일/월/년</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>체류증 없음</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>임시 체류증</translation>
    </message>
    <message>
        <source>Permanent card</source>
        <translation>영주 체류증</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>체류증</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>유효기간</translation>
    </message>
    <message>
        <source>Enter your date of birth as day/month/year.</source>
        <translation>생년월일을 일/월/연도 형식으로 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Choose the residence card you hold.</source>
        <translation>소지하신 체류증 종류를 선택해 주십시오.</translation>
    </message>
    <message>
        <source>Enter the date until which your card is valid.</source>
        <translation>체류증의 유효기간을 입력해 주십시오.</translation>
    </message>
    <message>
        <source>Bring your passport and residence card to the desk.</source>
        <translation>여권과 체류증을 가지고 접수 창구로 오십시오.</translation>
    </message>
    <message>
        <source>Please ask at the guidance desk how to apply for a level 1 account.</source>
        <translation>1등급 계정 신청 방법은 안내 창구에 문의해 주십시오.</translation>
    </message>
    <message>
        <source>If you think this is wrong, please ask at the guidance desk.</source>
        <translation>결과가 잘못되었다고 생각되시면 안내 창구에 문의해 주십시오.</translation>
    </message>
</context>
<context>
    <name>FaceScreen</name>
    <message>
        <source>&amp;Retry</source>
        <translation>재시도(&amp;R)</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>아직 사진 없음</translation>
    </message>
    <message>
        <source>Capture now  (Space)</source>
        <translation>지금 촬영  (Space)</translation>
    </message>
    <message>
        <source>Force capture…  (F)</source>
        <translation>강제 채택…  (F)</translation>
    </message>
    <message>
        <source>Retake  (R)</source>
        <translation>다시 촬영  (R)</translation>
    </message>
    <message>
        <source>Accept the photo  (Enter)</source>
        <translation>사진 채택  (Enter)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>얼굴 사진</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>카메라를 시작하는 중…</translation>
    </message>
    <message>
        <source>Force the photo although it does not meet every requirement.</source>
        <translation>모든 요건을 충족하지 않더라도 이 사진을 강제 채택합니다.</translation>
    </message>
    <message>
        <source>Failing: %1.</source>
        <translation>미충족: %1.</translation>
    </message>
    <message>
        <source>There is no photo to accept yet.</source>
        <translation>아직 채택할 사진이 없습니다.</translation>
    </message>
    <message>
        <source>The camera stopped. Fix it, then press Retry; the photo already taken is kept.</source>
        <translation>카메라가 중지되었습니다. 이미 촬영한 사진은 유지되니 문제를 해결한 후 [재시도]를 누르십시오.</translation>
    </message>
    <message>
        <source>The camera is not running.</source>
        <translation>카메라가 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>A photo is already taken: press R to retake it first.</source>
        <translation>이미 촬영한 사진이 있으므로 먼저 R 키를 눌러 다시 촬영하십시오.</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>움직이지 마십시오…</translation>
    </message>
    <message>
        <source>Taken automatically</source>
        <translation>자동 촬영</translation>
    </message>
    <message>
        <source>Taken by the officer</source>
        <translation>담당관 촬영</translation>
    </message>
    <message>
        <source>Forced capture</source>
        <translation>강제 채택</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>waiting for a supervisor&apos;s approval</source>
        <translation>감독자 승인 대기 중</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>승인자: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%2개 항목 중 %1개 통과</translation>
    </message>
    <message>
        <source>Photo taken. Press Enter to accept it, or R to retake.</source>
        <translation>사진이 촬영되었습니다. Enter 키를 눌러 채택하거나 R 키를 눌러 다시 촬영하십시오.</translation>
    </message>
</context>
<context>
    <name>FingerExceptionDialog</name>
    <message>
        <source>Finger exception</source>
        <translation>손가락 예외</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Finger:</source>
        <translation>손가락:</translation>
    </message>
    <message>
        <source>Why it cannot be captured:</source>
        <translation>채취할 수 없는 사유:</translation>
    </message>
    <message>
        <source>Remove the exception of {0} and capture it?</source>
        <translation>{0}의 예외를 해제하고 채취하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>해제</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
</context>
<context>
    <name>FingerprintScreen</name>
    <message>
        <source>&amp;Capture (Enter)</source>
        <translation>채취(&amp;C) (Enter)</translation>
    </message>
    <message>
        <source>&amp;Retry (R)</source>
        <translation>재시도(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Force capture…</source>
        <translation>강제 채택(&amp;F)…</translation>
    </message>
    <message>
        <source>Finger &amp;exception…</source>
        <translation>손가락 예외(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>계속(&amp;O)</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Restored from the saved draft: {0}.</source>
        <translation>저장된 임시 기록에서 복원됨: {0}.</translation>
    </message>
    <message>
        <source>Exceptions kept: {0}.</source>
        <translation>유지된 예외: {0}.</translation>
    </message>
    <message>
        <source>Force capture of {0}: its best attempt is below {1}.</source>
        <translation>{0} 강제 채택: 가장 좋은 시도 결과가 {1} 미만입니다.</translation>
    </message>
    <message>
        <source>{0} cannot be captured: {1}.</source>
        <translation>{0} 채취 불가: {1}.</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>그래도 계속(&amp;O)</translation>
    </message>
    <message>
        <source>Capturing… {0}</source>
        <translation>채취 중… {0}</translation>
    </message>
    <message>
        <source>The scanner had a problem. Press R to retry.</source>
        <translation>스캐너에 문제가 발생했습니다. R 키를 눌러 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Checking for repeated fingers…</source>
        <translation>중복된 손가락이 있는지 확인하는 중…</translation>
    </message>
    <message>
        <source>All fingerprints captured. Check them, then continue.</source>
        <translation>모든 지문을 채취했습니다. 확인한 후 계속하십시오.</translation>
    </message>
    <message>
        <source>Leave out: {0}.</source>
        <translation>제외: {0}.</translation>
    </message>
    <message>
        <source>Then press Enter.</source>
        <translation>그런 다음 Enter 키를 누르십시오.</translation>
    </message>
    <message>
        <source>Quality too low: {0}. Press R to try again ({1} left). {2}</source>
        <translation>품질이 너무 낮습니다: {0}. R 키를 눌러 다시 시도하십시오(남은 횟수 {1}회). {2}</translation>
    </message>
    <message>
        <source>Quality still too low: {0}. Force the capture with a reason, or mark the finger as an exception.</source>
        <translation>품질이 여전히 너무 낮습니다: {0}. 사유를 입력하여 강제 채택하거나 해당 손가락을 예외로 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>Fingers</name>
    <message>
        <source>Left thumb</source>
        <translation>왼손 엄지</translation>
    </message>
    <message>
        <source>Left index</source>
        <translation>왼손 검지</translation>
    </message>
    <message>
        <source>Left middle</source>
        <translation>왼손 중지</translation>
    </message>
    <message>
        <source>Left ring</source>
        <translation>왼손 약지</translation>
    </message>
    <message>
        <source>Left little</source>
        <translation>왼손 소지</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>오른손 엄지</translation>
    </message>
    <message>
        <source>Right index</source>
        <translation>오른손 검지</translation>
    </message>
    <message>
        <source>Right middle</source>
        <translation>오른손 중지</translation>
    </message>
    <message>
        <source>Right ring</source>
        <translation>오른손 약지</translation>
    </message>
    <message>
        <source>Right little</source>
        <translation>오른손 소지</translation>
    </message>
    <message>
        <source>Left hand, four fingers</source>
        <translation>왼손 네 손가락</translation>
    </message>
    <message>
        <source>Right hand, four fingers</source>
        <translation>오른손 네 손가락</translation>
    </message>
    <message>
        <source>Both thumbs</source>
        <translation>양손 엄지</translation>
    </message>
    <message>
        <source>Place the four fingers of the LEFT hand flat on the scanner.</source>
        <translation>【왼손】 네 손가락을 스캐너 위에 평평하게 올려 놓으십시오.</translation>
    </message>
    <message>
        <source>Place the four fingers of the RIGHT hand flat on the scanner.</source>
        <translation>【오른손】 네 손가락을 스캐너 위에 평평하게 올려 놓으십시오.</translation>
    </message>
    <message>
        <source>Place BOTH THUMBS side by side on the scanner.</source>
        <translation>【양손 엄지】를 나란히 스캐너 위에 올려 놓으십시오.</translation>
    </message>
    <message>
        <source>Place one finger flat on the scanner: {0}.</source>
        <translation>손가락 하나를 스캐너 위에 평평하게 올려 놓으십시오: {0}.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>결손</translation>
    </message>
    <message>
        <source>Amputated</source>
        <translation>절단</translation>
    </message>
    <message>
        <source>Bandaged</source>
        <translation>붕대 감음</translation>
    </message>
    <message>
        <source>Temporarily unusable</source>
        <translation>일시적 사용 불가</translation>
    </message>
    <message>
        <source>Nothing on the scanner or too faint: press the finger flat.</source>
        <translation>스캐너에 아무것도 없거나 너무 흐립니다: 손가락을 평평하게 누르십시오.</translation>
    </message>
    <message>
        <source>The image is uniform: clean the scanner and press again.</source>
        <translation>이미지가 단색입니다: 스캐너를 닦고 다시 누르십시오.</translation>
    </message>
    <message>
        <source>Too few ridge details: press a little harder.</source>
        <translation>융선 정보가 너무 적습니다: 조금 더 세게 누르십시오.</translation>
    </message>
    <message>
        <source>Too small an area: place more of the finger on the scanner.</source>
        <translation>접촉 면적이 너무 작습니다: 손가락을 스캐너에 더 넓게 대십시오.</translation>
    </message>
    <message>
        <source>No ridges visible: dry or wet finger, or smudged glass.</source>
        <translation>융선이 보이지 않습니다: 손가락이 건조하거나 젖었거나 유리면이 더럽습니다.</translation>
    </message>
    <message>
        <source>The same finger seems to have been placed twice.</source>
        <translation>같은 손가락을 두 번 올린 것 같습니다.</translation>
    </message>
    <message>
        <source>The same hand seems to have been placed for both slaps.</source>
        <translation>네 손가락 채취 두 번 모두 같은 손을 올린 것 같습니다.</translation>
    </message>
    <message>
        <source>{0} and {1} match (score {2}).</source>
        <translation>{0}, {1} 지문이 일치합니다(점수 {2}).</translation>
    </message>
    <message>
        <source>… and {0} more pairs.</source>
        <translation>… 외 {0}쌍.</translation>
    </message>
    <message>
        <source>Capture again: {0}.</source>
        <translation>다시 채취하십시오: {0}.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation>안내</translation>
    </message>
</context>
<context>
    <name>GuidanceLanguage</name>
    <message>
        <source>Choose your language</source>
        <translation>언어를 선택하십시오</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>Start over</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>GuidanceWindow</name>
    <message>
        <source>Are you still there? Touch the screen to continue. Starting again in %1 s.</source>
        <translation>계속 이용 중이십니까? 계속하려면 화면을 터치하십시오. %1초 후 처음 화면으로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Please look at the camera.</source>
        <translation>카메라를 봐 주십시오.</translation>
    </message>
    <message>
        <source>Only one person may be in front of the camera.</source>
        <translation>카메라 앞에는 한 사람만 있어야 합니다.</translation>
    </message>
    <message>
        <source>Please move closer to the camera.</source>
        <translation>카메라에 조금 더 가까이 오십시오.</translation>
    </message>
    <message>
        <source>Please move back a little.</source>
        <translation>조금 뒤로 물러나 주십시오.</translation>
    </message>
    <message>
        <source>Please move so that your face is in the middle of the screen.</source>
        <translation>얼굴이 화면 가운데에 오도록 움직여 주십시오.</translation>
    </message>
    <message>
        <source>Please look straight at the camera.</source>
        <translation>카메라를 정면으로 봐 주십시오.</translation>
    </message>
    <message>
        <source>Please keep your head upright.</source>
        <translation>고개를 똑바로 세워 주십시오.</translation>
    </message>
    <message>
        <source>Please keep your hands away from your face.</source>
        <translation>손을 얼굴에서 떼어 주십시오.</translation>
    </message>
    <message>
        <source>Please remove your glasses.</source>
        <translation>안경을 벗어 주십시오.</translation>
    </message>
    <message>
        <source>Please open your eyes.</source>
        <translation>눈을 떠 주십시오.</translation>
    </message>
    <message>
        <source>Please close your mouth.</source>
        <translation>입을 다물어 주십시오.</translation>
    </message>
    <message>
        <source>Please keep a neutral expression, without smiling.</source>
        <translation>웃지 마시고 무표정을 유지해 주십시오.</translation>
    </message>
    <message>
        <source>Please hold still.</source>
        <translation>움직이지 마십시오.</translation>
    </message>
    <message>
        <source>Officer: adjust the lighting (the face is too dark or too bright).</source>
        <translation>담당관: 조명을 조정하십시오(얼굴이 너무 어둡거나 밝습니다).</translation>
    </message>
    <message>
        <source>Officer: light the face evenly (shadow on one side).</source>
        <translation>담당관: 얼굴을 고르게 비추십시오(한쪽에 그림자가 있습니다).</translation>
    </message>
    <message>
        <source>Officer: use a plain, light background.</source>
        <translation>담당관: 무늬 없는 밝은 배경을 사용하십시오.</translation>
    </message>
    <message>
        <source>Officer: the camera image is too small for a portrait (raise its resolution).</source>
        <translation>담당관: 카메라 영상이 너무 작아 인물 사진을 찍을 수 없습니다(해상도를 높이십시오).</translation>
    </message>
    <message>
        <source>One face</source>
        <translation>얼굴 1명</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>중앙 위치</translation>
    </message>
    <message>
        <source>Camera distance</source>
        <translation>카메라와의 거리</translation>
    </message>
    <message>
        <source>Head turn</source>
        <translation>좌우 회전</translation>
    </message>
    <message>
        <source>Head nod</source>
        <translation>상하 기울기</translation>
    </message>
    <message>
        <source>Head tilt</source>
        <translation>고개 기울기</translation>
    </message>
    <message>
        <source>Gaze</source>
        <translation>시선</translation>
    </message>
    <message>
        <source>Face uncovered</source>
        <translation>얼굴 가림 없음</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>반사광 없음</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>눈 뜸</translation>
    </message>
    <message>
        <source>Mouth closed</source>
        <translation>입 다묾</translation>
    </message>
    <message>
        <source>Neutral expression</source>
        <translation>무표정</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>선명도</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>노출</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>균일한 조명</translation>
    </message>
    <message>
        <source>Plain background</source>
        <translation>무늬 없는 배경</translation>
    </message>
    <message>
        <source>Light background</source>
        <translation>밝은 배경</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in as &amp;another officer</source>
        <translation>다른 담당관으로 로그인(&amp;A)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Sign in with your own account.</source>
        <translation>본인 계정으로 로그인하십시오.</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>화면 잠김</translation>
    </message>
    <message>
        <source>%1 was inactive, so the screen was locked. Work in progress is kept. Enter the password to continue.</source>
        <translation>%1 님의 활동이 없어 화면이 잠겼습니다. 진행 중인 작업은 유지됩니다. 계속하려면 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 locked the screen. Work in progress is kept. Enter the password to continue.</source>
        <translation>%1 님이 화면을 잠갔습니다. 진행 중인 작업은 유지됩니다. 계속하려면 비밀번호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Getting the camera ready…</source>
        <translation>카메라를 준비하는 중…</translation>
    </message>
    <message>
        <source>Enrollment kiosk – %1</source>
        <translation>등록 키오스크 – %1</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>홈(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>계정(&amp;A)</translation>
    </message>
    <message>
        <source>Station &amp;status</source>
        <translation>단말기 상태(&amp;S)</translation>
    </message>
    <message>
        <source>Supervisor &amp;view</source>
        <translation>감독자 화면(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>화면 잠금(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>세션(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>No activity: the screen locks in %n second(s).</source>
        <translation>
            <numerusform>입력 없음: %n초 후 화면이 잠깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>officer</source>
        <translation>담당관</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>기술자</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The local database reported a problem. Nothing was half-saved.</source>
        <translation>로컬 데이터베이스에서 문제가 보고되었습니다. 일부만 저장된 데이터는 없습니다.</translation>
    </message>
    <message>
        <source>The local database is damaged. Call a technician; do not delete any files. A backup may be restored from the backups folder.</source>
        <translation>로컬 데이터베이스가 손상되었습니다. 파일을 삭제하지 말고 기술자를 부르십시오. backups 폴더에서 백업을 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data folder. Call a technician (the folder is read-only or its permissions are wrong).</source>
        <translation>단말기가 데이터 폴더에 쓸 수 없습니다. 기술자를 부르십시오(폴더가 읽기 전용이거나 권한이 잘못되었습니다).</translation>
    </message>
    <message>
        <source>The disk is full. The last record was not saved; everything saved before is safe. Call a technician to free space.</source>
        <translation>디스크가 가득 찼습니다. 마지막 기록은 저장되지 않았으며, 이전에 저장된 데이터는 모두 안전합니다. 기술자를 불러 공간을 확보하십시오.</translation>
    </message>
    <message>
        <source>The local database is busy in another program. Close it and try again.</source>
        <translation>다른 프로그램이 로컬 데이터베이스를 사용 중입니다. 해당 프로그램을 닫고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The encryption key of this station is missing, so its records cannot be read. Call a technician to restore the key.</source>
        <translation>이 단말기의 암호화 키가 없어 기록을 읽을 수 없습니다. 기술자를 불러 키를 복원하십시오.</translation>
    </message>
    <message>
        <source>The local database cannot be opened with this station&apos;s encryption key (a different key, or the file is damaged). Call a technician; do not delete any files.</source>
        <translation>이 스테이션의 암호화 키로 로컬 데이터베이스를 열 수 없습니다(다른 키이거나 파일이 손상됨). 기술자를 부르십시오. 파일을 삭제하지 마십시오.</translation>
    </message>
    <message>
        <source>The encryption key does not belong to this database. Call a technician to restore the original key.</source>
        <translation>암호화 키가 이 데이터베이스의 키가 아닙니다. 기술자를 불러 원래 키를 복원하십시오.</translation>
    </message>
    <message>
        <source>The encryption key file can be read by other users. Call a technician to restrict it.</source>
        <translation>다른 사용자가 암호화 키 파일을 읽을 수 있습니다. 기술자를 불러 접근 권한을 제한하십시오.</translation>
    </message>
    <message>
        <source>The encryption key file is damaged. Call a technician.</source>
        <translation>암호화 키 파일이 손상되었습니다. 기술자를 부르십시오.</translation>
    </message>
    <message>
        <source>The encryption key file cannot be read. Call a technician.</source>
        <translation>암호화 키 파일을 읽을 수 없습니다. 기술자를 부르십시오.</translation>
    </message>
    <message>
        <source>An encryption key already exists for this data folder.</source>
        <translation>이 데이터 폴더에는 이미 암호화 키가 있습니다.</translation>
    </message>
    <message>
        <source>The system keyring did not answer. Call a technician.</source>
        <translation>시스템 키링이 응답하지 않습니다. 기술자를 부르십시오.</translation>
    </message>
    <message>
        <source>A stored biometric record failed its integrity check.</source>
        <translation>저장된 생체정보 기록이 무결성 검사를 통과하지 못했습니다.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>기록을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The local database is closed.</source>
        <translation>로컬 데이터베이스가 닫혀 있습니다.</translation>
    </message>
    <message>
        <source>The configuration is invalid.</source>
        <translation>설정이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The configuration has an unknown setting.</source>
        <translation>설정에 알 수 없는 항목이 있습니다.</translation>
    </message>
    <message>
        <source>A configuration setting has a wrong value.</source>
        <translation>설정 항목의 값이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>The configuration file was written for a newer version of the kiosk. Install that version, or restore the previous file.</source>
        <translation>구성 파일이 더 새로운 버전의 키오스크용으로 작성되었습니다. 그 버전을 설치하거나 이전 파일을 복원하십시오.</translation>
    </message>
    <message>
        <source>The configuration file is not valid TOML.</source>
        <translation>설정 파일이 올바른 TOML 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The configuration file named by KIOSK_CONFIG does not exist.</source>
        <translation>KIOSK_CONFIG에 지정된 설정 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The configuration file nests tables or lists too deeply; options are written as section.name.</source>
        <translation>설정 파일의 표나 목록이 너무 깊게 중첩되어 있습니다. 옵션은 section.name 형식으로 씁니다.</translation>
    </message>
    <message>
        <source>The configuration file cannot be read.</source>
        <translation>설정 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The settings could not be saved; the previous ones are unchanged.</source>
        <translation>설정을 저장하지 못했습니다. 이전 설정은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>The account could not be used.</source>
        <translation>계정을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account may not sign in now (after several wrong passwords it waits a while). A supervisor can help on the Accounts screen.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸거나 지금은 이 계정으로 로그인할 수 없습니다(비밀번호를 여러 번 틀리면 잠시 기다려야 합니다). 감독관이 계정 화면에서 도울 수 있습니다.</translation>
    </message>
    <message>
        <source>The password is too short or too easy to guess. Use a few words or a sentence of your own, not a common password, a name, a date or a keyboard row (such as password12 or qwertyuiop).</source>
        <translation>비밀번호가 너무 짧거나 추측하기 쉽습니다. 흔한 비밀번호, 이름, 날짜, 키보드 한 줄(예: password12, qwertyuiop)이 아닌 나만의 단어 몇 개나 문장을 쓰세요.</translation>
    </message>
    <message>
        <source>An account with this user name already exists.</source>
        <translation>이 사용자 이름의 계정이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>현재 역할로는 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The first account has already been created. Sign in instead.</source>
        <translation>첫 번째 계정이 이미 만들어졌습니다. 로그인하십시오.</translation>
    </message>
    <message>
        <source>User names have 3 to 32 characters: lower-case letters a-z, digits, dot, underscore or hyphen.</source>
        <translation>사용자 이름은 3~32자이며 영문 소문자 a-z, 숫자, 마침표, 밑줄 또는 하이픈만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>This account does not exist on this station.</source>
        <translation>이 단말기에 해당 계정이 없습니다.</translation>
    </message>
    <message>
        <source>You cannot disable, demote or reset your own account. Ask another supervisor.</source>
        <translation>자신의 계정은 비활성화하거나 역할을 낮추거나 재설정할 수 없습니다. 다른 감독자에게 요청하십시오.</translation>
    </message>
    <message>
        <source>This would leave the station without an active supervisor. Make another account a supervisor first.</source>
        <translation>이렇게 하면 이 단말기에 활성 감독자가 없게 됩니다. 먼저 다른 계정을 감독자로 지정하십시오.</translation>
    </message>
    <message>
        <source>Choose a new password: it must differ from the one you signed in with.</source>
        <translation>새 비밀번호를 정하십시오. 로그인할 때 사용한 비밀번호와 달라야 합니다.</translation>
    </message>
    <message>
        <source>Only a supervisor may do this: moving applicants&apos; data or changing where it goes needs a supervisor&apos;s sign-in.</source>
        <translation>감독관만 할 수 있습니다. 신청인 데이터를 옮기거나 데이터가 가는 곳을 바꾸려면 감독관 로그인이 필요합니다.</translation>
    </message>
    <message>
        <source>The central service configured here is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>여기에 설정된 중앙 서비스는 감독관이 확인한 서비스가 아닙니다. 감독관이 확인할 때까지 아무것도 봉인하거나 전송하지 않습니다.</translation>
    </message>
    <message>
        <source>The stored applicant data is damaged and cannot be shown.</source>
        <translation>저장된 신청자 정보가 손상되어 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>The machine-readable zone could not be read.</source>
        <translation>기계 판독 영역(MRZ)을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>A check digit of the machine-readable zone is wrong: the document was misread or is not genuine. The highlighted fields were not accepted.</source>
        <translation>기계 판독 영역(MRZ)의 체크 디지트가 올바르지 않습니다: 서류를 잘못 읽었거나 진본이 아닙니다. 강조 표시된 항목은 반영되지 않았습니다.</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone of a passport, identity card or visa (wrong number or length of lines).</source>
        <translation>여권, 신분증 또는 비자의 기계 판독 영역이 아닙니다(줄 수 또는 줄 길이가 맞지 않습니다).</translation>
    </message>
    <message>
        <source>The machine-readable zone contains characters that are not allowed.</source>
        <translation>기계 판독 영역에 허용되지 않는 문자가 있습니다.</translation>
    </message>
    <message>
        <source>No machine-readable zone was found in the picture. Place the document page flat under the camera with the two or three lines of the zone in view.</source>
        <translation>이미지에서 기계 판독 영역(MRZ)을 찾을 수 없습니다. 해당 영역의 두세 줄이 모두 보이도록 서류 면을 카메라 아래에 평평하게 놓으십시오.</translation>
    </message>
    <message>
        <source>The document picture could not be opened: the file is missing, empty or damaged.</source>
        <translation>서류 이미지를 열 수 없습니다: 파일이 없거나 비어 있거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>Refused: this service is for foreign nationals; Vietnamese citizens use their citizen identity card.</source>
        <translation>접수 불가: 이 서비스는 외국인 전용이며, 베트남 국민은 국민 신분증을 사용합니다.</translation>
    </message>
    <message>
        <source>Refused: the date of birth is in the future. Check the entry.</source>
        <translation>접수 불가: 생년월일이 미래 날짜입니다. 입력 내용을 확인하십시오.</translation>
    </message>
    <message>
        <source>Refused: a temporary or permanent residence card is required.</source>
        <translation>접수 불가: 임시 체류증 또는 영주 체류증이 필요합니다.</translation>
    </message>
    <message>
        <source>Refused: the residence card has expired.</source>
        <translation>접수 불가: 체류증의 유효기간이 만료되었습니다.</translation>
    </message>
    <message>
        <source>Refused: the passport or travel document has expired.</source>
        <translation>접수 불가: 여권 또는 여행 문서의 유효기간이 만료되었습니다.</translation>
    </message>
    <message>
        <source>Under 6 years old: only a level 1 account can be issued; level 2 enrollment is refused.</source>
        <translation>만 6세 미만: 1단계 계정만 발급할 수 있으며 2단계 등록은 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Eligible for a level 2 account.</source>
        <translation>2단계 계정 발급 대상입니다.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수입니다.</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>목록에서 값을 하나 선택하십시오.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>올바른 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>미래 날짜는 입력할 수 없습니다.</translation>
    </message>
    <message>
        <source>This date is not plausible.</source>
        <translation>이 날짜는 타당하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot be before the date of birth.</source>
        <translation>생년월일보다 이전일 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown country code (use the three-letter ICAO code).</source>
        <translation>알 수 없는 국가 코드입니다(세 글자 ICAO 코드를 사용하십시오).</translation>
    </message>
    <message>
        <source>This is a specimen document code, not a real country.</source>
        <translation>견본 서류용 코드이며 실제 국가가 아닙니다.</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed here.</source>
        <translation>이 항목에 허용되지 않는 문자가 있습니다.</translation>
    </message>
    <message>
        <source>Use Latin letters as printed in the travel document.</source>
        <translation>여행 문서에 인쇄된 대로 로마자를 사용하십시오.</translation>
    </message>
    <message>
        <source>Contains invisible control characters.</source>
        <translation>보이지 않는 제어 문자가 있습니다.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>너무 깁니다.</translation>
    </message>
    <message>
        <source>The fingerprint could not be processed.</source>
        <translation>지문을 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>The fingerprint image cannot be read (damaged or not an image).</source>
        <translation>지문 이미지를 읽을 수 없습니다(손상되었거나 이미지가 아닙니다).</translation>
    </message>
    <message>
        <source>The ANSI/NIST fingerprint file is damaged or incomplete.</source>
        <translation>ANSI/NIST 지문 파일이 손상되었거나 불완전합니다.</translation>
    </message>
    <message>
        <source>The separate fingers could not be found in the slap image. Place the fingers again, slightly apart.</source>
        <translation>네 손가락 이미지에서 각 손가락을 분리할 수 없습니다. 손가락 사이를 조금 벌려 다시 올려 놓으십시오.</translation>
    </message>
    <message>
        <source>The scanner reported a finger name this kiosk does not know.</source>
        <translation>스캐너가 이 단말기에서 알 수 없는 손가락 이름을 보냈습니다.</translation>
    </message>
    <message>
        <source>This fingerprint step is not allowed now.</source>
        <translation>지금은 이 지문 채취 단계를 진행할 수 없습니다.</translation>
    </message>
    <message>
        <source>These fingers are already captured.</source>
        <translation>이 손가락들은 이미 채취되었습니다.</translation>
    </message>
    <message>
        <source>All attempts are used. Keep the best one or force the capture with a reason.</source>
        <translation>시도 횟수를 모두 사용했습니다. 가장 좋은 결과를 유지하거나 사유를 입력하여 강제 채택하십시오.</translation>
    </message>
    <message>
        <source>The scanner returned other fingers than the ones requested.</source>
        <translation>스캐너가 요청한 손가락과 다른 손가락을 보냈습니다.</translation>
    </message>
    <message>
        <source>Capture the fingers at least once before forcing.</source>
        <translation>강제 채택하기 전에 한 번 이상 지문을 채취하십시오.</translation>
    </message>
    <message>
        <source>The capture already meets the quality threshold; no need to force it.</source>
        <translation>이 채취 결과는 이미 품질 기준을 충족하므로 강제 채택할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>Give a reason for forcing this capture.</source>
        <translation>강제 채택하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The photo cannot be read (damaged or not an image).</source>
        <translation>사진을 읽을 수 없습니다(손상되었거나 이미지가 아닙니다).</translation>
    </message>
    <message>
        <source>The face analysis could not start: the installation is incomplete. Call a technician.</source>
        <translation>얼굴 분석을 시작할 수 없습니다. 설치가 불완전합니다. 기술자를 불러 주십시오.</translation>
    </message>
    <message>
        <source>The face image record is damaged or of an unsupported version.</source>
        <translation>얼굴 이미지 기록이 손상되었거나 지원되지 않는 버전입니다.</translation>
    </message>
    <message>
        <source>The photo does not meet the requirements yet. Follow the instruction on screen, or force the capture with a reason.</source>
        <translation>사진이 아직 요건을 충족하지 않습니다. 화면의 안내를 따르거나 사유를 입력하여 강제 채택하십시오.</translation>
    </message>
    <message>
        <source>Give a reason for forcing this photo.</source>
        <translation>이 사진을 강제 채택하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The portrait could not be cut from this photo. Take it again.</source>
        <translation>이 사진에서 얼굴 사진을 잘라낼 수 없습니다. 다시 촬영하십시오.</translation>
    </message>
    <message>
        <source>The device reported a problem. What was captured so far is kept.</source>
        <translation>장치에서 문제가 보고되었습니다. 지금까지 수집한 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>The device was not found. Check that it is plugged in and switched on, then press Retry.</source>
        <translation>장치를 찾을 수 없습니다. 장치가 연결되어 있고 전원이 켜져 있는지 확인한 후 [재시도]를 누르십시오.</translation>
    </message>
    <message>
        <source>The device is busy with another capture. Wait a moment, then press Retry.</source>
        <translation>장치가 다른 수집 작업을 처리 중입니다. 잠시 기다린 후 [재시도]를 누르십시오.</translation>
    </message>
    <message>
        <source>The device is not ready. Wait a moment, then press Retry.</source>
        <translation>장치가 준비되지 않았습니다. 잠시 기다린 후 [재시도]를 누르십시오.</translation>
    </message>
    <message>
        <source>The device did not answer in time. Press Retry.</source>
        <translation>장치가 제시간에 응답하지 않았습니다. [재시도]를 누르십시오.</translation>
    </message>
    <message>
        <source>The device was disconnected. Plug it in again, then press Retry. What was captured so far is kept.</source>
        <translation>장치 연결이 끊어졌습니다. 다시 연결한 후 [재시도]를 누르십시오. 지금까지 수집한 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>The device sent an answer the kiosk cannot use. Press Retry; if it happens again, call a technician.</source>
        <translation>장치가 단말기에서 사용할 수 없는 응답을 보냈습니다. [재시도]를 누르고, 다시 발생하면 기술자를 부르십시오.</translation>
    </message>
    <message>
        <source>The capture failed. Press Retry.</source>
        <translation>수집에 실패했습니다. [재시도]를 누르십시오.</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer belongs to another capture and was refused.</source>
        <translation>스캐너의 응답이 다른 수집 작업의 것이어서 거부되었습니다.</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer failed its integrity check and was refused.</source>
        <translation>스캐너의 응답이 무결성 검사를 통과하지 못해 거부되었습니다.</translation>
    </message>
    <message>
        <source>The scanner&apos;s signature is not valid; the answer was refused.</source>
        <translation>스캐너의 서명이 유효하지 않아 응답이 거부되었습니다.</translation>
    </message>
    <message>
        <source>The scanner sent a damaged fingerprint record.</source>
        <translation>스캐너가 손상된 지문 기록을 보냈습니다.</translation>
    </message>
    <message>
        <source>The configured device certificate authority file cannot be used. Call a technician.</source>
        <translation>설정된 장치 인증기관(CA) 파일을 사용할 수 없습니다. 기술자를 부르십시오.</translation>
    </message>
    <message>
        <source>The folder of simulator images cannot be used.</source>
        <translation>시뮬레이터 이미지 폴더를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The configured device adapter is not installed. Call a technician.</source>
        <translation>설정된 장치 어댑터가 설치되어 있지 않습니다. 기술자를 부르십시오.</translation>
    </message>
    <message>
        <source>The video or image file for the camera cannot be read.</source>
        <translation>카메라용 동영상 또는 이미지 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The pre-registration ticket cannot be used. Enter the data from the passport.</source>
        <translation>사전 등록 접수표를 사용할 수 없습니다. 여권을 보고 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>The scanned code is not a pre-registration ticket.</source>
        <translation>스캔한 코드는 사전 등록 접수표가 아닙니다.</translation>
    </message>
    <message>
        <source>The pre-registration ticket is damaged. Scan it again or enter the data from the passport.</source>
        <translation>사전 등록 접수표가 손상되었습니다. 다시 스캔하거나 여권을 보고 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>The pre-registration ticket was not issued by this office (its signature does not match). Enter the data from the passport.</source>
        <translation>이 사전 등록 접수표는 이 사무소에서 발급한 것이 아닙니다(서명 불일치). 여권을 보고 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>The pre-registration ticket has expired (tickets are valid on the day they are issued). Enter the data from the passport.</source>
        <translation>사전 등록 접수표의 유효기간이 지났습니다(접수표는 발급 당일에만 유효합니다). 여권을 보고 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>This station cannot check pre-registration tickets (no office key is configured). Call a technician.</source>
        <translation>이 단말기는 사전 등록 접수표를 확인할 수 없습니다(사무소 키가 설정되지 않았습니다). 기술자를 부르십시오.</translation>
    </message>
    <message>
        <source>Pre-registration is not available at this station (no office key is configured). Please go to the guidance desk.</source>
        <translation>이 단말기에서는 사전 등록을 할 수 없습니다(기관 키가 설정되지 않음). 안내 창구로 가 주십시오.</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is missing. Call a technician.</source>
        <translation>사전 등록을 할 수 없습니다. 기관 키 파일이 없습니다. 기술 담당자를 불러 주십시오.</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file can be read by other users. Call a technician.</source>
        <translation>사전 등록을 할 수 없습니다. 기관 키 파일을 다른 사용자가 읽을 수 있습니다. 기술 담당자를 불러 주십시오.</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is not a valid private key. Call a technician.</source>
        <translation>사전 등록을 할 수 없습니다. 기관 키 파일이 올바른 개인 키가 아닙니다. 기술 담당자를 불러 주십시오.</translation>
    </message>
    <message>
        <source>An office key pair already exists in this folder.</source>
        <translation>이 폴더에 이미 기관 키 쌍이 있습니다.</translation>
    </message>
    <message>
        <source>This pre-registration ticket was already used today at %1 at desk %2. A ticket is valid once: enter the data from the passport.</source>
        <translation>이 사전 등록 접수표는 오늘 %1에 %2 창구에서 이미 사용되었습니다. 접수표는 한 번만 사용할 수 있습니다. 여권을 보고 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>This pre-registration ticket was issued by another office (%1); this desk belongs to %2. Enter the data from the passport.</source>
        <translation>이 사전 등록 접수표는 다른 기관(%1)에서 발급되었습니다. 이 창구는 %2 소속입니다. 여권을 보고 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is missing. Call a technician.</source>
        <translation>사전 등록 접수표를 읽는 기관 키 파일이 없습니다. 기술 담당자를 불러 주십시오.</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets can be read by other users. Call a technician.</source>
        <translation>사전 등록 접수표를 읽는 기관 키 파일을 다른 사용자가 읽을 수 있습니다. 기술 담당자를 불러 주십시오.</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is not valid. Call a technician.</source>
        <translation>사전 등록 접수표를 읽는 기관 키 파일이 올바르지 않습니다. 기술 담당자를 불러 주십시오.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>파일이 없습니다.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a folder, a device or a pipe), so it is not read.</source>
        <translation>일반 파일이 아니므로(폴더, 장치 또는 파이프) 읽지 않습니다.</translation>
    </message>
    <message>
        <source>The file is too large to be read here.</source>
        <translation>파일이 너무 커서 여기에서 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The image has too many pixels to be read here.</source>
        <translation>이미지의 화소 수가 너무 많아 여기에서 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This screen cannot be locked: the station has no technician account. Call a technician.</source>
        <translation>이 화면을 잠글 수 없습니다. 이 단말기에 기술 담당자 계정이 없습니다. 기술 담당자를 불러 주십시오.</translation>
    </message>
    <message>
        <source>Only a technician can leave this screen.</source>
        <translation>기술 담당자만 이 화면을 나갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Sending to the central service is not set up on this station. Records are kept safely here; call a technician.</source>
        <translation>이 단말기에는 중앙 서비스 전송이 설정되어 있지 않습니다. 기록은 이 단말기에 안전하게 보관되어 있으니 기술자를 부르십시오.</translation>
    </message>
    <message>
        <source>A key for sending to the central service is missing or damaged. Records are kept safely here; call a technician.</source>
        <translation>중앙 서비스 전송용 키가 없거나 손상되었습니다. 기록은 이 단말기에 안전하게 보관되어 있으니 기술자를 부르십시오.</translation>
    </message>
    <message>
        <source>A sealed enrollment packet is damaged or was not made by this station.</source>
        <translation>봉인된 등록 패킷이 손상되었거나 이 단말기에서 생성된 것이 아닙니다.</translation>
    </message>
    <message>
        <source>No connection to the central service; records are kept here and sent later.</source>
        <translation>중앙 시스템에 연결할 수 없습니다. 기록은 이 단말기에 보관되며 나중에 전송됩니다.</translation>
    </message>
    <message>
        <source>Records have waited too long on this station to reach the central service: new enrollments wait until they are sent or a supervisor exports them (kiosk sync export). Enrollments already begun can be finished.</source>
        <translation>기록이 중앙 서비스로 전송되지 못한 채 이 스테이션에서 너무 오래 대기했습니다. 기록이 전송되거나 감독자가 내보낼 때까지(kiosk sync export) 새 등록을 시작할 수 없습니다. 이미 시작한 등록은 마칠 수 있습니다.</translation>
    </message>
    <message>
        <source>The central service is busy; sending slowly to help it recover.</source>
        <translation>중앙 시스템이 혼잡합니다. 복구를 돕기 위해 천천히 전송합니다.</translation>
    </message>
    <message>
        <source>The central service refused this station&apos;s credentials. Call a technician.</source>
        <translation>중앙 시스템이 이 단말기의 인증 정보를 거부했습니다. 기술 담당자에게 연락하십시오.</translation>
    </message>
    <message>
        <source>The central service is not answering in time; trying again later.</source>
        <translation>중앙 시스템이 제때 응답하지 않습니다. 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The connection to the central service broke off; trying again later.</source>
        <translation>중앙 시스템과의 연결이 끊겼습니다. 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The central service reported an error; trying again later.</source>
        <translation>중앙 시스템에서 오류가 발생했습니다. 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The central service sent an answer this station cannot use; records are kept here and sent again later.</source>
        <translation>중앙 시스템이 이 단말기에서 사용할 수 없는 응답을 보냈습니다. 기록은 이 단말기에 보관되며 나중에 다시 전송됩니다.</translation>
    </message>
    <message>
        <source>The central service&apos;s confirmation could not be verified; records are kept here and sent again later. If this continues, call a technician.</source>
        <translation>중앙 시스템의 수신 확인을 검증할 수 없습니다. 기록은 이 단말기에 보관되며 나중에 다시 전송됩니다. 계속되면 기술 담당자에게 연락하십시오.</translation>
    </message>
    <message>
        <source>The central service rejected an enrollment; a supervisor must review it.</source>
        <translation>중앙 시스템이 등록 건을 반려했습니다. 감독자가 검토해야 합니다.</translation>
    </message>
    <message>
        <source>This station&apos;s clock is wrong. Call a technician to set it.</source>
        <translation>이 단말기의 시계가 맞지 않습니다. 기술 담당자에게 조정을 요청하십시오.</translation>
    </message>
    <message>
        <source>Many sends failed; trying less often for a while.</source>
        <translation>전송 실패가 많아 당분간 재시도 빈도를 줄입니다.</translation>
    </message>
    <message>
        <source>Sending hit a problem on this station; the records are safe.</source>
        <translation>이 단말기에서 전송 중 문제가 발생했습니다. 기록은 안전합니다.</translation>
    </message>
    <message>
        <source>The export folder cannot be written. Check the USB drive and try again.</source>
        <translation>내보내기 폴더에 쓸 수 없습니다. USB 드라이브를 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This step is not allowed for the enrollment in its current state.</source>
        <translation>현재 상태의 등록 건에서는 이 단계를 진행할 수 없습니다.</translation>
    </message>
    <message>
        <source>A supervisor must approve a forced capture or finger exception first. The enrollment is kept as a draft: once a supervisor has decided in the supervisor view (Ctrl+Shift+R), resume it from today&apos;s list.</source>
        <translation>강제 촬영 또는 손가락 예외는 먼저 감독자의 승인을 받아야 합니다. 등록은 임시 저장되어 있습니다. 감독자가 감독자 화면(Ctrl+Shift+R)에서 결정한 후 오늘 목록에서 이어서 진행하십시오.</translation>
    </message>
    <message>
        <source>A supervisor rejected a forced capture or finger exception. Capture it again, or cancel the enrollment.</source>
        <translation>감독자가 강제 촬영 또는 손가락 예외를 거부했습니다. 다시 채취하거나 등록을 취소하십시오.</translation>
    </message>
    <message>
        <source>This request was already decided or is no longer needed.</source>
        <translation>이 요청은 이미 결정되었거나 더 이상 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>Write a comment for the decision.</source>
        <translation>결정에 대한 의견을 입력하십시오.</translation>
    </message>
    <message>
        <source>You made this request yourself: another supervisor must decide it.</source>
        <translation>본인이 요청한 건입니다. 다른 감독자가 결정해야 합니다.</translation>
    </message>
    <message>
        <source>This file is not a desk report this station can read (damaged, of another kind, or from a newer version).</source>
        <translation>이 파일은 이 스테이션에서 읽을 수 있는 창구 보고서가 아닙니다(손상되었거나 다른 종류이거나 최신 버전에서 만든 파일).</translation>
    </message>
    <message>
        <source>The report could not be saved in %1. Check that the folder exists and can be written, then export again.</source>
        <translation>보고서를 %1에 저장하지 못했습니다. 폴더가 있는지, 쓸 수 있는지 확인한 뒤 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>예기치 않은 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>Unexpected problem. The data already saved is safe.</source>
        <translation>예기치 않은 문제가 발생했습니다. 이미 저장된 데이터는 안전합니다.</translation>
    </message>
</context>
<context>
    <name>NextPage</name>
    <message>
        <source>After the desk</source>
        <translation>접수 후 절차</translation>
    </message>
    <message>
        <source>Step 5 of 6</source>
        <translation>6단계 중 5단계</translation>
    </message>
    <message>
        <source>Pre-register now</source>
        <translation>지금 사전 등록</translation>
    </message>
    <message>
        <source>1. You receive a receipt. Keep it until your account is active.</source>
        <translation>1. 접수증을 받습니다. 계정이 활성화될 때까지 보관하십시오.</translation>
    </message>
    <message>
        <source>2. Your application is checked. This can take some days.</source>
        <translation>2. 신청 내용을 심사합니다. 며칠이 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <source>3. Install the official VNeID app on your phone from your app store.</source>
        <translation>3. 앱 스토어에서 공식 VNeID 앱을 휴대폰에 설치하십시오.</translation>
    </message>
    <message>
        <source>4. When you are told your account is ready, activate it in VNeID by following the instructions in the app.</source>
        <translation>4. 계정이 준비되었다는 안내를 받으면 앱의 안내에 따라 VNeID에서 계정을 활성화하십시오.</translation>
    </message>
    <message>
        <source>Questions? The officers at the guidance desk will help you.</source>
        <translation>궁금한 점이 있으면 안내 창구 직원이 도와드립니다.</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation>타사 라이선스</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>띄어쓰기</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>다음 칸</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Type your name in your own script with the input method of the screen, or leave it empty.</source>
        <translation>화면의 입력기로 본국 문자 성명을 입력하거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>Choose one:</source>
        <translation>하나를 선택하십시오:</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>대문자</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message>
        <source>At least %n characters, hard to guess: a few words or a sentence of your own. Common passwords, names, dates, keyboard rows and repeats are refused (such as password12, 1234567890 or qwertyuiop), and so is your user name.</source>
        <translation>최소 %n자, 추측하기 어렵게: 나만의 단어 몇 개나 문장을 쓰세요. 흔한 비밀번호, 이름, 날짜, 키보드 한 줄, 반복(예: password12, 1234567890, qwertyuiop)과 사용자 이름은 거부됩니다.</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Biometric enrollment receipt</source>
        <translation>생체정보 등록 접수증</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>등록 번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>본국 문자 성명</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>여행 문서</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>단말기</translation>
    </message>
    <message>
        <source>Fingerprint quality (NFIQ 2, 0-100)</source>
        <translation>지문 품질 (NFIQ 2, 0-100)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>손가락</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>No fingerprints (exception recorded)</source>
        <translation>지문 없음 (예외 기록됨)</translation>
    </message>
    <message>
        <source>Keep this receipt. You will be told when your electronic identification account can be activated.</source>
        <translation>이 접수증을 보관하십시오. 전자 신원확인 계정을 활성화할 수 있게 되면 안내해 드립니다.</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>오른손 엄지</translation>
    </message>
    <message>
        <source>Right index finger</source>
        <translation>오른손 검지</translation>
    </message>
    <message>
        <source>Right middle finger</source>
        <translation>오른손 중지</translation>
    </message>
    <message>
        <source>Right ring finger</source>
        <translation>오른손 약지</translation>
    </message>
    <message>
        <source>Right little finger</source>
        <translation>오른손 소지</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>왼손 엄지</translation>
    </message>
    <message>
        <source>Left index finger</source>
        <translation>왼손 검지</translation>
    </message>
    <message>
        <source>Left middle finger</source>
        <translation>왼손 중지</translation>
    </message>
    <message>
        <source>Left ring finger</source>
        <translation>왼손 약지</translation>
    </message>
    <message>
        <source>Left little finger</source>
        <translation>왼손 소지</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Pre-register and get your queue ticket</source>
        <translation>사전 등록 및 번호표 받기</translation>
    </message>
    <message>
        <source>Step 6 of 6</source>
        <translation>6단계 중 6단계</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>번호표 받기</translation>
    </message>
    <message>
        <source>Put the photo page of your passport on the reader, or type your data as written in your documents.</source>
        <translation>여권의 사진면을 판독기에 올려 놓거나, 서류에 적힌 대로 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>Scan the passport again, or type the data.</source>
        <translation>여권을 다시 판독하거나 정보를 입력하십시오.</translation>
    </message>
    <message>
        <source>Now choose your residence card and enter its number and expiry date.</source>
        <translation>이제 체류증 종류를 선택하고 번호와 유효기간을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>no portrait in the record</source>
        <translation>기록에 얼굴 사진이 없음</translation>
    </message>
    <message>
        <source>the record has no history</source>
        <translation>기록에 이력이 없음</translation>
    </message>
    <message>
        <source>a photo or fingerprint was damaged</source>
        <translation>사진 또는 지문이 손상됨</translation>
    </message>
    <message>
        <source>the record&apos;s history does not check out</source>
        <translation>기록 이력 검증에 실패함</translation>
    </message>
    <message>
        <source>the station&apos;s signature was not recognised</source>
        <translation>스테이션 서명이 인식되지 않음</translation>
    </message>
    <message>
        <source>this station is not registered</source>
        <translation>이 스테이션이 등록되지 않음</translation>
    </message>
    <message>
        <source>the record names another station</source>
        <translation>기록에 다른 스테이션이 기재됨</translation>
    </message>
    <message>
        <source>the central service could not open the record</source>
        <translation>중앙 시스템이 기록을 열 수 없음</translation>
    </message>
    <message>
        <source>the record is in an unknown format</source>
        <translation>기록 형식을 알 수 없음</translation>
    </message>
    <message>
        <source>the record is unreadable</source>
        <translation>기록을 읽을 수 없음</translation>
    </message>
    <message>
        <source>the record is too large</source>
        <translation>기록이 너무 큼</translation>
    </message>
    <message>
        <source>another record has the same number</source>
        <translation>다른 기록이 같은 번호를 가짐</translation>
    </message>
    <message>
        <source>the record changed while it was sent</source>
        <translation>전송 중 기록이 변경됨</translation>
    </message>
    <message>
        <source>the record&apos;s number does not match</source>
        <translation>기록 번호가 일치하지 않음</translation>
    </message>
    <message>
        <source>refused by the central service</source>
        <translation>중앙 시스템이 거부함</translation>
    </message>
    <message>
        <source>Enroll the applicant again.</source>
        <translation>신청인을 다시 등록하십시오.</translation>
    </message>
    <message>
        <source>Call a technician; the record is kept on this station.</source>
        <translation>기술자를 부르십시오. 기록은 이 스테이션에 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>근무조</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>중앙값(분)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>90번째 백분위수(분)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>창구</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사 항목</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>손가락</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>최저</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>등록 번호</translation>
    </message>
    <message>
        <source>What</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>손가락</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Oldest waiting (min)</source>
        <translation>최장 대기(분)</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>전체 창구</translation>
    </message>
    <message>
        <source>Frames held back</source>
        <translation>보류된 프레임 수</translation>
    </message>
    <message>
        <source>Time held back (s)</source>
        <translation>보류 시간(초)</translation>
    </message>
    <message>
        <source>Kept photos failing it</source>
        <translation>이 항목 불합격 보관 사진</translation>
    </message>
    <message>
        <source>Forced photo</source>
        <translation>강제 촬영 사진</translation>
    </message>
    <message>
        <source>Forced fingerprints</source>
        <translation>강제 채취 지문</translation>
    </message>
    <message>
        <source>Finger exception</source>
        <translation>손가락 예외</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>no sign-off needed</source>
        <translation>승인 불필요</translation>
    </message>
    <message>
        <source>outside shifts</source>
        <translation>근무 시간 외</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All shifts</source>
        <translation>전체 근무조</translation>
    </message>
    <message>
        <source>&amp;Show  (F5)</source>
        <translation>보기(&amp;S)  (F5)</translation>
    </message>
    <message>
        <source>I&amp;mport a desk&apos;s report…</source>
        <translation>창구 보고서 가져오기(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove imported desks</source>
        <translation>가져온 창구 제거</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export this desk&apos;s report &amp;file…</source>
        <translation>이 창구의 보고서 파일 내보내기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>등록 건수</translation>
    </message>
    <message>
        <source>Officers and time</source>
        <translation>담당자 및 소요 시간</translation>
    </message>
    <message>
        <source>Face checks</source>
        <translation>사진 검사</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>예외</translation>
    </message>
    <message>
        <source>Rejected uploads</source>
        <translation>거부된 전송</translation>
    </message>
    <message>
        <source>Sync backlog</source>
        <translation>동기화 대기</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>종료:</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>근무조:</translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>감독자 화면</translation>
    </message>
    <message>
        <source>Days without sync: no limit.</source>
        <translation>동기화 없는 기간: 제한 없음.</translation>
    </message>
    <message>
        <source>Days without sync: limit %1 days, a warning from %2 days.</source>
        <translation>동기화 없는 기간: 한도 %1일, %2일부터 경고.</translation>
    </message>
    <message>
        <source>No record is waiting to leave this desk.</source>
        <translation>이 창구에서 전송을 기다리는 기록이 없습니다.</translation>
    </message>
    <message>
        <source>The oldest waiting record has waited %1 days.</source>
        <translation>가장 오래 기다린 기록이 %1일째 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>Warning: the oldest waiting record has waited %1 days.</source>
        <translation>경고: 가장 오래 기다린 기록이 %1일째 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>New enrollments are stopped: the oldest waiting record has waited %1 days (upload or export them).</source>
        <translation>새 등록이 중지되었습니다: 가장 오래 기다린 기록이 %1일째 기다리고 있습니다(업로드하거나 내보내십시오).</translation>
    </message>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1(이 창구)</translation>
    </message>
    <message>
        <source>%1 (imported, made %2)</source>
        <translation>%1(가져옴, %2 작성)</translation>
    </message>
    <message>
        <source>Desks: %1</source>
        <translation>창구: %1</translation>
    </message>
    <message>
        <source>Audit events left out of these figures because they could not be read: %1. The log names them.</source>
        <translation>읽을 수 없어 이 수치에서 제외된 감사 이벤트: %1. 로그에 해당 이벤트가 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Import a desk&apos;s report</source>
        <translation>창구 보고서 가져오기</translation>
    </message>
    <message>
        <source>Station report (*.json)</source>
        <translation>스테이션 보고서 (*.json)</translation>
    </message>
    <message>
        <source>That file is this desk&apos;s own report; this desk&apos;s figures come from its database.</source>
        <translation>이 파일은 이 창구의 보고서입니다. 이 창구의 수치는 자체 데이터베이스에서 가져옵니다.</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV 파일을 저장할 폴더</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>PDF 보고서 저장</translation>
    </message>
    <message>
        <source>Save this desk&apos;s report file</source>
        <translation>이 창구의 보고서 파일 저장</translation>
    </message>
    <message>
        <source>Preparing the report for the export…</source>
        <translation>내보낼 보고서를 준비하고 있습니다…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>CSV 파일 %n개를 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 ~ %2, %3</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>감독자 보고서</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>파일을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Packets waiting to be sent</source>
        <translation>전송 대기 패킷</translation>
    </message>
    <message>
        <source>Oldest waiting packet (minutes)</source>
        <translation>가장 오래 대기한 패킷(분)</translation>
    </message>
    <message>
        <source>Median NFIQ 2 per finger (ISO position code)</source>
        <translation>손가락별 NFIQ 2 중앙값(ISO 위치 코드)</translation>
    </message>
    <message>
        <source>Enrollments saved per officer</source>
        <translation>담당자별 저장된 등록</translation>
    </message>
    <message>
        <source>Failed photo checks</source>
        <translation>불합격한 사진 검사</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>missing</source>
        <translation>결손</translation>
    </message>
    <message>
        <source>amputated</source>
        <translation>절단</translation>
    </message>
    <message>
        <source>bandaged</source>
        <translation>붕대 감음</translation>
    </message>
    <message>
        <source>temporarily unusable</source>
        <translation>일시적 사용 불가</translation>
    </message>
    <message>
        <source>Fingerprints (NFIQ 2)</source>
        <translation>지문 (NFIQ 2)</translation>
    </message>
    <message>
        <source>&amp;Back to fingerprints</source>
        <translation>지문 채취로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>Retake the pho&amp;to</source>
        <translation>사진 다시 촬영(&amp;T)</translation>
    </message>
    <message>
        <source>Correct applicant &amp;data  (Ctrl+E)</source>
        <translation>신청인 정보 수정(&amp;D)  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…</source>
        <translation>이 등록 취소(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Confirm and save  (Ctrl+Enter)</source>
        <translation>확인 및 저장(&amp;C)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>접수증 인쇄(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next applicant  (Ctrl+N)</source>
        <translation>다음 신청자(&amp;N)  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Review and save</source>
        <translation>검토 및 저장</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Native-script name</source>
        <translation>본국 문자 성명</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>여성 (F)</translation>
    </message>
    <message>
        <source>Male (M)</source>
        <translation>남성 (M)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>미지정 (X)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>국적</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>여권</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>체류증</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>베트남 내 주소</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>희망 언어</translation>
    </message>
    <message>
        <source>Taken automatically (all checks passed).</source>
        <translation>자동 촬영 (모든 항목 통과).</translation>
    </message>
    <message>
        <source>Taken by the officer (all checks passed).</source>
        <translation>담당관 촬영 (모든 항목 통과).</translation>
    </message>
    <message>
        <source>Kept although a check failed. Reason: %1.</source>
        <translation>검사 하나를 통과하지 못했지만 사진을 유지했습니다. 사유: %1.</translation>
    </message>
    <message>
        <source>Rejected by a supervisor: retake the photo.</source>
        <translation>감독자가 반려했습니다. 사진을 다시 촬영하십시오.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s approval.</source>
        <translation>감독자 승인을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>승인자: %1.</translation>
    </message>
    <message>
        <source>%1 forced: %2</source>
        <translation>%1 강제 채택: %2</translation>
    </message>
    <message>
        <source>exception: %1</source>
        <translation>예외: %1</translation>
    </message>
    <message>
        <source>Duplicate-finger warning was reviewed.</source>
        <translation>손가락 중복 경고를 검토했습니다.</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>임시 체류증</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>영주 체류증</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>접수증을 프린터로 보냈습니다.</translation>
    </message>
    <message>
        <source>No printer: the receipt is open as a PDF; print it from there.</source>
        <translation>프린터 없음: 접수증이 PDF로 열려 있습니다. 거기에서 인쇄하십시오.</translation>
    </message>
    <message>
        <source>No printer: the receipt is kept encrypted on this station until the record is deleted. Give the applicant the enrollment number %1.</source>
        <translation>프린터 없음: 접수증은 기록이 삭제될 때까지 이 스테이션에 암호화되어 보관됩니다. 신청인에게 등록 번호(%1)를 알려 주십시오.</translation>
    </message>
    <message>
        <source>The receipt is still being prepared; press Print again in a moment.</source>
        <translation>접수증을 준비 중입니다. 잠시 후 다시 인쇄를 누르십시오.</translation>
    </message>
    <message>
        <source>Saved. Enrollment number %1</source>
        <translation>저장되었습니다. 등록 번호 %1</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Simulated scanner</source>
        <translation>시뮬레이션 스캐너</translation>
    </message>
    <message>
        <source>SBI device service</source>
        <translation>SBI 장치 서비스</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>장치 찾기(&amp;D)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Test &amp;capture</source>
        <translation>테스트 채취(&amp;C)</translation>
    </message>
    <message>
        <source>Fixed port (0 = discover)</source>
        <translation>고정 포트(0 = 자동 검색)</translation>
    </message>
    <message>
        <source>Quality asked of the scanner</source>
        <translation>스캐너에 요구하는 품질</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>스캐너</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>위에서 선택한 장치</translation>
    </message>
    <message>
        <source>Port range</source>
        <translation>포트 범위</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>위와 같음</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>지문 스캐너</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>스캐너:</translation>
    </message>
    <message>
        <source>SBI ports:</source>
        <translation>SBI 포트:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>테스트:</translation>
    </message>
    <message>
        <source>Scanning ports %1 to %2…</source>
        <translation>포트 %1~%2 검색 중…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>등록되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) found in %1 s.</source>
        <translation>
            <numerusform>%1초 동안 장치 %n대를 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>확인되지 않음</translation>
    </message>
    <message>
        <source>Place the fingers on the scanner…</source>
        <translation>스캐너에 손가락을 올려 주십시오…</translation>
    </message>
    <message>
        <source>%1 on port %2, captured in %3 s.</source>
        <translation>%1(포트 %2), %3초 만에 채취했습니다.</translation>
    </message>
    <message>
        <source>The device signature is not verified (no device CA configured).</source>
        <translation>장치 서명이 확인되지 않았습니다(장치 CA가 설정되지 않음).</translation>
    </message>
    <message>
        <source>%1
NFIQ 2: %2 (device: %3)</source>
        <translation>%1
NFIQ 2: %2(장치: %3)</translation>
    </message>
</context>
<context>
    <name>SegmentCard</name>
    <message>
        <source>Capture again</source>
        <translation>다시 채취</translation>
    </message>
    <message>
        <source>Capturing…</source>
        <translation>채취 중…</translation>
    </message>
    <message>
        <source>(device {0})</source>
        <translation>(장치 {0})</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Accepted (attempt {0} of {1})</source>
        <translation>통과 (시도 {0}/{1})</translation>
    </message>
    <message>
        <source>Below {0}: attempt {1} of {2}, retry</source>
        <translation>{0} 미만: 시도 {1}/{2}, 재시도</translation>
    </message>
    <message>
        <source>Below {0} after {1} attempts: force or mark exceptions</source>
        <translation>{1}회 시도 후에도 {0} 미만: 강제 채택 또는 예외 지정</translation>
    </message>
    <message>
        <source>Forced: {0}</source>
        <translation>강제 채택: {0}</translation>
    </message>
    <message>
        <source>Not captured (exceptions)</source>
        <translation>채취 안 함 (예외)</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>저장할 내용이 없습니다. 변경된 값이 없습니다.</translation>
    </message>
    <message>
        <source>Saved to %1. The changes take effect when the kiosk is restarted.</source>
        <translation>%1에 저장했습니다. 변경 사항은 키오스크를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>An environment variable overrides: %1.</source>
        <translation>환경 변수가 다음 설정을 덮어씁니다: %1.</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>확인할 항목: %1.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>This station has no accounts yet. Create the first account: a supervisor (who then creates the officers&apos; accounts) or a technician (who sets up the devices).</source>
        <translation>이 단말기에는 아직 계정이 없습니다. 첫 번째 계정을 만드십시오: 감독자(이후 담당관 계정을 만듦) 또는 기술자(장치를 설정함).</translation>
    </message>
    <message>
        <source>e.g. lan.tran</source>
        <translation>예: lan.tran</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>기술자</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>계정 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>성명:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>비밀번호 확인:</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>단말기 설정</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>This station has no accounts yet, so nobody was signed in. Make the first account here.</source>
        <translation>이 스테이션에는 아직 계정이 없어 아무도 로그인하지 않았습니다. 여기에서 첫 계정을 만드십시오.</translation>
    </message>
    <message>
        <source>This station already has accounts, so no new account was made. Sign in with your account.</source>
        <translation>이 스테이션에는 이미 계정이 있어 새 계정을 만들지 않았습니다. 본인 계정으로 로그인하십시오.</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Office</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Applicant display</source>
        <translation>신청인용 화면</translation>
    </message>
    <message>
        <source>On a second screen when there is one</source>
        <translation>보조 화면이 있을 때 그 화면에</translation>
    </message>
    <message>
        <source>Always (a window on a single screen)</source>
        <translation>항상(화면이 하나면 창으로)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Officer screens</source>
        <translation>직원 화면</translation>
    </message>
    <message>
        <source>Languages for applicants</source>
        <translation>신청인용 언어</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>시스템 기본 프린터</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>접수증 프린터</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Enrollment station</source>
        <translation>생체정보 등록 단말기</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>단말기</translation>
    </message>
    <message>
        <source>Station ID:</source>
        <translation>단말기 ID:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>사무소:</translation>
    </message>
    <message>
        <source>(not configured)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>로컬 데이터베이스</translation>
    </message>
    <message>
        <source>Opening the local database…</source>
        <translation>로컬 데이터베이스를 여는 중…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Waiting for the central service:</source>
        <translation>중앙 서비스 전송 대기:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>데이터베이스 파일:</translation>
    </message>
    <message>
        <source>Encryption key:</source>
        <translation>암호화 키:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>재시도(&amp;R)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>수집 완료</translation>
    </message>
    <message>
        <source>Finalized, waiting to upload</source>
        <translation>확정됨, 업로드 대기</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>업로드됨</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message numerus="yes">
        <source>Ready (encrypted, %n MB)</source>
        <translation>
            <numerusform>준비됨 (암호화, %n MB)</numerusform>
        </translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>OS 키링</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>사용 불가</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>감독관 로그인</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Confirmed until now</source>
        <translation>지금까지 확인된 값</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>감독관:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>감독관 비밀번호:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Waiting to upload:</source>
        <translation>업로드 대기:</translation>
    </message>
    <message>
        <source>Uploaded, waiting for the result:</source>
        <translation>업로드 완료, 결과 대기:</translation>
    </message>
    <message>
        <source>Oldest waiting for:</source>
        <translation>가장 오래 대기한 시간:</translation>
    </message>
    <message>
        <source>Uploads in progress:</source>
        <translation>업로드 중:</translation>
    </message>
    <message>
        <source>Uploaded since start:</source>
        <translation>시작 이후 업로드:</translation>
    </message>
    <message>
        <source>Next attempt in:</source>
        <translation>다음 시도까지:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>마지막 문제:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>동기화 대기열</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Offline: will retry</source>
        <translation>오프라인: 다시 시도합니다</translation>
    </message>
    <message>
        <source>Slowed down: the service is busy</source>
        <translation>속도 조절 중: 서비스가 혼잡합니다</translation>
    </message>
    <message>
        <source>Waiting before the next attempt</source>
        <translation>다음 시도 전 대기 중</translation>
    </message>
    <message>
        <source>Refused: check the station&apos;s registration</source>
        <translation>거부됨: 스테이션 등록을 확인하십시오</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>설정되지 않음</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Off: no central service address is configured, or sync is disabled</source>
        <translation>꺼짐: 중앙 서비스 주소가 설정되지 않았거나 동기화가 꺼져 있습니다</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The central service cannot be reached.</source>
        <translation>중앙 서비스에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The central service stopped answering.</source>
        <translation>중앙 서비스가 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>The connection was lost during an upload.</source>
        <translation>업로드 중 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>The station&apos;s clock differs from the service&apos;s.</source>
        <translation>스테이션 시계가 서비스 시계와 다릅니다.</translation>
    </message>
    <message>
        <source>The central service refused this station.</source>
        <translation>중앙 서비스가 이 스테이션을 거부했습니다.</translation>
    </message>
    <message>
        <source>The central service asked to slow down.</source>
        <translation>중앙 서비스가 속도를 줄이라고 요청했습니다.</translation>
    </message>
    <message>
        <source>The central service reported an error.</source>
        <translation>중앙 서비스가 오류를 알렸습니다.</translation>
    </message>
    <message>
        <source>The central service rejected a packet.</source>
        <translation>중앙 서비스가 패킷 하나를 거부했습니다.</translation>
    </message>
    <message>
        <source>Too many retries: waiting before trying again.</source>
        <translation>재시도가 너무 많습니다. 잠시 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The local queue could not be read.</source>
        <translation>로컬 대기열을 읽을 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>전송 제한 중</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>전송 보류 중</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>인증 거부됨</translation>
    </message>
    <message>
        <source>Offline only</source>
        <translation>단말기 보관 전용</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>%n분 후 재시도</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>지금 재시도 중</translation>
    </message>
    <message>
        <source>oldest: under 1 min</source>
        <translation>가장 오래된 건: 1분 미만</translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n min</source>
        <translation>
            <numerusform>가장 오래된 건: %n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n h</source>
        <translation>
            <numerusform>가장 오래된 건: %n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n days</source>
        <translation>
            <numerusform>가장 오래된 건: %n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days: new enrollments stopped</source>
        <translation>
            <numerusform>%n일 동안 전송되지 않음: 새 등록이 중지됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days</source>
        <translation>
            <numerusform>%n일 동안 전송되지 않음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new enrollments stop in %n days</source>
        <translation>
            <numerusform>%n일 후 새 등록이 중지됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>동기화: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>전송 대기 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>모두 전송됨</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n건 거부됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>%n초 후 재시도</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting the central decision</source>
        <translation>
            <numerusform>중앙 심사 대기 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>중앙 시스템 코드</translation>
    </message>
</context>
<context>
    <name>TechnicianConsole</name>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>문서 카메라</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>지문 스캐너</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>중앙 서비스</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>동기화 대기열</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>Settings are checked before they are saved to %1 and take effect when the kiosk is restarted.</source>
        <translation>설정은 %1에 저장되기 전에 검사되며, 키오스크를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Technician console</source>
        <translation>기술자 콘솔</translation>
    </message>
</context>
<context>
    <name>ThresholdsPage</name>
    <message>
        <source>Left hand: lowest NFIQ 2 score</source>
        <translation>왼손: NFIQ 2 최저 점수</translation>
    </message>
    <message>
        <source>Right hand: lowest NFIQ 2 score</source>
        <translation>오른손: NFIQ 2 최저 점수</translation>
    </message>
    <message>
        <source>Thumbs: lowest NFIQ 2 score</source>
        <translation>엄지: NFIQ 2 최저 점수</translation>
    </message>
    <message>
        <source>Single finger: lowest NFIQ 2 score</source>
        <translation>단일 손가락: NFIQ 2 최저 점수</translation>
    </message>
    <message>
        <source>Attempts per segment</source>
        <translation>구간별 시도 횟수</translation>
    </message>
    <message>
        <source>Repeated-finger match score</source>
        <translation>중복 손가락 일치 점수</translation>
    </message>
    <message>
        <source>Face: least eye distance (pixels)</source>
        <translation>얼굴: 최소 눈 사이 거리(픽셀)</translation>
    </message>
    <message>
        <source>Face: largest head turn (degrees)</source>
        <translation>얼굴: 최대 좌우 회전(도)</translation>
    </message>
    <message>
        <source>Face: largest head nod (degrees)</source>
        <translation>얼굴: 최대 상하 기울기(도)</translation>
    </message>
    <message>
        <source>Face: largest head tilt (degrees)</source>
        <translation>얼굴: 최대 좌우 기울기(도)</translation>
    </message>
    <message>
        <source>Face: seconds to hold still</source>
        <translation>얼굴: 움직이지 않아야 하는 시간(초)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>기준값</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your queue ticket</source>
        <translation>번호표</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>번호표</translation>
    </message>
    <message>
        <source>Wait until your number is called, then show this code at the capture desk. The ticket is valid today only.</source>
        <translation>번호가 호출되면 접수 창구에서 이 코드를 보여 주십시오. 번호표는 오늘만 유효합니다.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Take your printed ticket from the printer.</source>
        <translation>프린터에서 인쇄된 번호표를 가져가십시오.</translation>
    </message>
    <message>
        <source>No printer here: show this screen, or take a photo of the code with your phone.</source>
        <translation>프린터가 없습니다. 이 화면을 보여 주거나 휴대폰으로 코드를 촬영하십시오.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Search by name or passport number</source>
        <translation>성명 또는 여권 번호로 검색</translation>
    </message>
    <message>
        <source>&amp;New enrollment  (Ctrl+N)</source>
        <translation>신규 등록(&amp;N)  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>여권</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>등록 번호</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…  (Ctrl+Del)</source>
        <translation>이 등록 취소(&amp;L)…  (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Today at this desk</source>
        <translation>오늘 이 창구</translation>
    </message>
    <message>
        <source>draft (not saved yet)</source>
        <translation>작성 중 (미저장)</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>수집 완료</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>업로드됨</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>draft: waiting for a supervisor&apos;s approval</source>
        <translation>작성 중: 감독자 승인 대기</translation>
    </message>
    <message>
        <source>draft: rejected by a supervisor, capture again</source>
        <translation>작성 중: 감독자 반려, 다시 채취 필요</translation>
    </message>
    <message>
        <source>interrupted at %1: resume (Enter) or cancel</source>
        <translation>중단됨(%1): 계속(Enter) 또는 취소</translation>
    </message>
    <message>
        <source>fingerprints %1 of 3</source>
        <translation>지문 %1/3</translation>
    </message>
    <message>
        <source>applicant data</source>
        <translation>신청인 정보</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>중앙 시스템 코드</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Technician</source>
        <translation>기술 담당자</translation>
    </message>
    <message>
        <source>Leave the kiosk screen</source>
        <translation>키오스크 화면 나가기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Technician user name</source>
        <translation>기술 담당자 사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Only a technician of this station can leave the kiosk screen.</source>
        <translation>이 단말기의 기술 담당자만 키오스크 화면을 나갈 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>WaitingNote</name>
    <message>
        <source>Getting ready… This goes on by itself in a moment.</source>
        <translation>준비 중입니다… 잠시 후 자동으로 계속됩니다.</translation>
    </message>
</context>
</TS>
