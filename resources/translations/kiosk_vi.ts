<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the enrollment kiosk</source>
        <translation>Giới thiệu trạm thu nhận sinh trắc học</translation>
    </message>
    <message>
        <source>Enrollment kiosk</source>
        <translation>Trạm thu nhận sinh trắc học</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>không có (dùng giá trị mặc định)</translation>
    </message>
    <message>
        <source>installed bundle</source>
        <translation>bản cài đặt</translation>
    </message>
    <message>
        <source>source tree</source>
        <translation>mã nguồn</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Trạm:</translation>
    </message>
    <message>
        <source>Configuration file:</source>
        <translation>Tệp cấu hình:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Running from:</source>
        <translation>Chạy từ:</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Môi trường chạy:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation>&amp;Giấy phép bên thứ ba…</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Tạo tài khoản</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>Đổi vai t&amp;rò</translation>
    </message>
    <message>
        <source>The officer signs in with this temporary password and must then choose a new one.</source>
        <translation>Cán bộ đăng nhập bằng mật khẩu tạm thời này và sau đó phải chọn mật khẩu mới.</translation>
    </message>
    <message>
        <source>&amp;Set the temporary password</source>
        <translation>Đặt mật khẩu &amp;tạm thời</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Mật khẩu tạm thời:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>Accounts of this station</source>
        <translation>Tài khoản của trạm</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bị khóa đến %1</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mật khẩu tạm thời</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Kích hoạt lại</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Đặt lại mật khẩu của %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>%1 has a temporary password and must choose a new one at the next sign-in.</source>
        <translation>%1 đã có mật khẩu tạm thời và phải chọn mật khẩu mới ở lần đăng nhập tới.</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 đã được kích hoạt lại và có thể đăng nhập.</translation>
    </message>
    <message>
        <source>%1 is disabled: this account cannot sign in.</source>
        <translation>%1 đã bị vô hiệu hóa: tài khoản này không thể đăng nhập.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 hiện là: %2.</translation>
    </message>
    <message>
        <source>%1 is unlocked and can sign in now.</source>
        <translation>%1 đã được mở khóa và có thể đăng nhập ngay.</translation>
    </message>
</context>
<context>
    <name>ApplicantDisplay</name>
    <message>
        <source>Applicant display</source>
        <translation>Màn hình cho người đăng ký</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Surname (as in the passport)</source>
        <translation>Họ (như trong hộ chiếu)</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Tên đệm và tên</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Họ tên theo chữ viết bản ngữ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>Nữ (F)</translation>
    </message>
    <message>
        <source>Male (M)</source>
        <translation>Nam (M)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>Không xác định (X)</translation>
    </message>
    <message>
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>Ngày sinh (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>Nationality (ICAO code)</source>
        <translation>Quốc tịch (mã ICAO)</translation>
    </message>
    <message>
        <source>Issuing state (ICAO code)</source>
        <translation>Nước cấp (mã ICAO)</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Số hộ chiếu</translation>
    </message>
    <message>
        <source>Passport expiry (dd/mm/yyyy)</source>
        <translation>Hộ chiếu hết hạn (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>Thẻ cư trú</translation>
    </message>
    <message>
        <source>No residence card</source>
        <translation>Không có thẻ cư trú</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>Thẻ tạm trú</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>Thẻ thường trú</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation>Số thẻ cư trú</translation>
    </message>
    <message>
        <source>Residence card expiry (dd/mm/yyyy)</source>
        <translation>Thẻ cư trú hết hạn (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>Địa chỉ tại Việt Nam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Email (không bắt buộc)</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Ngôn ngữ ưu tiên</translation>
    </message>
</context>
<context>
    <name>ApplicantPrompts</name>
    <message>
        <source>Welcome. The officer will guide you.</source>
        <translation>Xin chào quý vị. Cán bộ sẽ hướng dẫn quý vị.</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Xin vui lòng chờ trong giây lát.</translation>
    </message>
    <message>
        <source>Thank you. Your photo has been taken.</source>
        <translation>Xin cảm ơn. Ảnh của quý vị đã được chụp xong.</translation>
    </message>
    <message>
        <source>Place your left four fingers on the scanner.</source>
        <translation>Xin vui lòng đặt bốn ngón tay trái lên máy quét.</translation>
    </message>
    <message>
        <source>Place your right four fingers on the scanner.</source>
        <translation>Xin vui lòng đặt bốn ngón tay phải lên máy quét.</translation>
    </message>
    <message>
        <source>Place both thumbs on the scanner.</source>
        <translation>Xin vui lòng đặt cả hai ngón cái lên máy quét.</translation>
    </message>
    <message>
        <source>Place the finger the officer shows you on the scanner.</source>
        <translation>Xin vui lòng đặt ngón tay theo chỉ dẫn của cán bộ lên máy quét.</translation>
    </message>
    <message>
        <source>Lift your fingers from the scanner.</source>
        <translation>Xin vui lòng nhấc các ngón tay khỏi máy quét.</translation>
    </message>
    <message>
        <source>Try again, press a little harder.</source>
        <translation>Xin thử lại và ấn mạnh hơn một chút.</translation>
    </message>
    <message>
        <source>Done – thank you!</source>
        <translation>Đã xong – xin cảm ơn quý vị!</translation>
    </message>
</context>
<context>
    <name>ApplicantScreen</name>
    <message>
        <source>Scan the passport with the reader (at any time, wherever the cursor is), or type the data.</source>
        <translation>Quét hộ chiếu bằng đầu đọc (bất kỳ lúc nào, con trỏ ở đâu cũng được) hoặc nhập dữ liệu bằng tay.</translation>
    </message>
    <message>
        <source>Read a ticket with the &amp;camera  (F4)</source>
        <translation>Đọc phiếu bằng ca&amp;mera  (F4)</translation>
    </message>
    <message>
        <source>Continue to the &amp;photo  (Ctrl+Enter)</source>
        <translation>Tiếp tục sang &amp;chụp ảnh  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New enrollment</source>
        <translation>Hồ sơ thu nhận mới</translation>
    </message>
    <message>
        <source>Failed: %1. Scan again or type the data from the document.</source>
        <translation>Không đạt: %1. Hãy quét lại hoặc nhập dữ liệu theo giấy tờ.</translation>
    </message>
    <message>
        <source>The camera was not sure of the highlighted letters, and names have no check digit. Type the right letter, or press F7 if it matches the passport.</source>
        <translation>Camera không chắc chắn về các chữ cái được tô sáng, và tên không có chữ số kiểm tra. Hãy gõ chữ cái đúng, hoặc nhấn F7 nếu chữ đó khớp với hộ chiếu.</translation>
    </message>
    <message>
        <source>Eligibility: still needs %1.</source>
        <translation>Điều kiện: còn thiếu %1.</translation>
    </message>
    <message>
        <source>Another passport: the previous applicant&apos;s data was cleared.</source>
        <translation>Hộ chiếu khác: dữ liệu của người nộp hồ sơ trước đã được xóa.</translation>
    </message>
    <message>
        <source>Correct applicant data</source>
        <translation>Sửa thông tin người đăng ký</translation>
    </message>
    <message>
        <source>Save and return to the &amp;review  (Ctrl+Enter)</source>
        <translation>Lưu và quay lại &amp;xem lại  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correct what is wrong; the photo and fingerprints are kept.</source>
        <translation>Sửa những gì chưa đúng; ảnh và vân tay được giữ nguyên.</translation>
    </message>
    <message>
        <source>Compare the highlighted name with the passport.</source>
        <translation>Hãy đối chiếu tên được tô sáng với hộ chiếu.</translation>
    </message>
    <message>
        <source>Pre-registration ticket %1: check the data against the passport.</source>
        <translation>Phiếu đăng ký trước số %1: hãy đối chiếu dữ liệu với hộ chiếu.</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code in front of the camera…</source>
        <translation>Hãy đưa mã QR của phiếu ra trước camera…</translation>
    </message>
    <message>
        <source>No ticket was seen by the camera. Try again, or scan the passport.</source>
        <translation>Camera không nhìn thấy phiếu nào. Hãy thử lại hoặc quét hộ chiếu.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Reason and approval</source>
        <translation>Lý do và phê duyệt</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Giám sát viên:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>Mật khẩu của giám sát viên:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Ask a supervisor &amp;later</source>
        <translation>Để giám sát viên duyệt &amp;sau</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Hãy nêu lý do.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Requested</source>
        <translation>Thời điểm yêu cầu</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>Ngón tay</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor.</source>
        <translation>Không có yêu cầu nào chờ giám sát viên duyệt.</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>Qu&amp;yết định…</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 do %2 yêu cầu: %3</translation>
    </message>
</context>
<context>
    <name>BringPage</name>
    <message>
        <source>What to bring</source>
        <translation>Giấy tờ cần mang theo</translation>
    </message>
    <message>
        <source>Step 1 of 6</source>
        <translation>Bước 1/6</translation>
    </message>
    <message>
        <source>Your passport (or other travel document), valid today.</source>
        <translation>Hộ chiếu (hoặc giấy tờ có giá trị đi lại quốc tế khác) còn hiệu lực.</translation>
    </message>
    <message>
        <source>Your Vietnamese temporary or permanent residence card, valid today.</source>
        <translation>Thẻ tạm trú hoặc thẻ thường trú tại Việt Nam còn hiệu lực.</translation>
    </message>
    <message>
        <source>Bring the originals: photocopies are not accepted. Children come with a parent or guardian.</source>
        <translation>Vui lòng mang bản gốc, không nhận bản sao. Trẻ em đi cùng cha, mẹ hoặc người giám hộ.</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>&amp;Find cameras</source>
        <translation>&amp;Tìm camera</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Độ phân giải:</translation>
    </message>
    <message>
        <source>Frame rate reported:</source>
        <translation>Tốc độ khung hình khai báo:</translation>
    </message>
    <message>
        <source>Frame rate measured:</source>
        <translation>Tốc độ khung hình đo được:</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>Xoay hình (độ)</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>Chiều rộng yêu cầu</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>Chiều cao yêu cầu</translation>
    </message>
    <message>
        <source>Frame rate to ask for</source>
        <translation>Tốc độ khung hình yêu cầu</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>camera đã chọn ở trên</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>%1 khung hình/giây</translation>
    </message>
</context>
<context>
    <name>CancelEnrollmentDialog</name>
    <message>
        <source>The applicant left</source>
        <translation>Người đăng ký đã rời đi</translation>
    </message>
    <message>
        <source>The applicant does not want to enroll</source>
        <translation>Người đăng ký không muốn đăng ký</translation>
    </message>
    <message>
        <source>Wrong applicant or document</source>
        <translation>Sai người hoặc sai giấy tờ</translation>
    </message>
    <message>
        <source>Started twice by mistake</source>
        <translation>Tạo trùng do nhầm lẫn</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>Khác (ghi rõ bên dưới)</translation>
    </message>
    <message>
        <source>Cancel this enrollment</source>
        <translation>Huỷ hồ sơ này</translation>
    </message>
    <message>
        <source>Cancel the enrollment of %1? Its photo and fingerprints are deleted now; this cannot be undone.</source>
        <translation>Huỷ hồ sơ của %1? Ảnh và vân tay sẽ bị xoá ngay; không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Chọn lý do…</translation>
    </message>
    <message>
        <source>Details (required for Other)</source>
        <translation>Chi tiết (bắt buộc nếu chọn Khác)</translation>
    </message>
    <message>
        <source>&amp;Cancel the enrollment</source>
        <translation>&amp;Huỷ hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Chi tiết:</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <source>Central service address</source>
        <translation>Địa chỉ hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Station ID</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <source>Central service public key</source>
        <translation>Khóa công khai của hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>Khóa xác nhận biên nhận của hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Upload in the background</source>
        <translation>Tự động gửi lên trong nền</translation>
    </message>
    <message>
        <source>The central service in the configuration is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>Dịch vụ trung tâm trong cấu hình không phải là dịch vụ đã được giám sát viên xác nhận. Không có gì được niêm phong hay gửi đi cho đến khi giám sát viên xác nhận.</translation>
    </message>
    <message>
        <source>Supervisor &amp;confirms…</source>
        <translation>Giám sát viên &amp;xác nhận…</translation>
    </message>
    <message>
        <source>Reading the station key…</source>
        <translation>Đang đọc khóa của trạm…</translation>
    </message>
    <message>
        <source>Register this station at the central service with its public key (the private key never leaves this station):</source>
        <translation>Đăng ký trạm này với hệ thống trung tâm bằng khóa công khai dưới đây (khóa bí mật không bao giờ rời khỏi trạm):</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Không có: %1</translation>
    </message>
    <message>
        <source>Packets with applicants&apos; data will be sealed to and sent to this central service. A supervisor confirms the change (keys are shown by their fingerprints).</source>
        <translation>Các gói chứa dữ liệu của người đăng ký sẽ được niêm phong cho và gửi tới dịch vụ trung tâm này. Giám sát viên xác nhận thay đổi (các khóa được hiển thị bằng dấu vân tay khóa).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>&amp;Save the new password</source>
        <translation>&amp;Lưu mật khẩu mới</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Chọn mật khẩu mới</translation>
    </message>
    <message>
        <source>%1, a supervisor has reset your password. Choose a new password that only you know; the temporary one then stops working.</source>
        <translation>%1, giám sát viên đã đặt lại mật khẩu của bạn. Hãy chọn một mật khẩu mới chỉ mình bạn biết; sau đó mật khẩu tạm thời sẽ không dùng được nữa.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>CheckNames</name>
    <message>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>Python runtime</source>
        <translation>Môi trường chạy Python</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Cơ sở dữ liệu cục bộ</translation>
    </message>
    <message>
        <source>Data encryption key</source>
        <translation>Khóa mã hóa dữ liệu</translation>
    </message>
    <message>
        <source>Database encryption</source>
        <translation>Mã hóa cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Audit trail signatures</source>
        <translation>Chữ ký nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Sign-in record signatures</source>
        <translation>Chữ ký nhật ký đăng nhập</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>Camera chụp giấy tờ</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>Máy quét vân tay</translation>
    </message>
    <message>
        <source>Display (Qt platform plugin)</source>
        <translation>Hiển thị (plugin nền tảng Qt)</translation>
    </message>
    <message>
        <source>Station signing key</source>
        <translation>Khóa ký của trạm</translation>
    </message>
    <message>
        <source>Audit trails</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Địa chỉ hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Central service packet key</source>
        <translation>Khóa gói tin của hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>Khóa biên nhận của hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Confirmed central service</source>
        <translation>Dịch vụ trung tâm đã xác nhận</translation>
    </message>
    <message>
        <source>Central service answers</source>
        <translation>Dịch vụ trung tâm phản hồi</translation>
    </message>
    <message>
        <source>Central service keys</source>
        <translation>Khóa của dịch vụ trung tâm</translation>
    </message>
    <message>
        <source>Central service clock</source>
        <translation>Đồng hồ của dịch vụ trung tâm</translation>
    </message>
    <message>
        <source>Font for %1</source>
        <translation>Phông chữ cho %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong unexpectedly. What was saved stays saved; if the screen no longer responds, restart the kiosk.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Những gì đã lưu vẫn được giữ nguyên; nếu màn hình không còn phản hồi, hãy khởi động lại kiosk.</translation>
    </message>
    <message>
        <source>A technician will find the details in the log file %1.</source>
        <translation>Kỹ thuật viên sẽ tìm thấy chi tiết trong tệp nhật ký %1.</translation>
    </message>
    <message>
        <source>The details are in the kiosk&apos;s log.</source>
        <translation>Chi tiết có trong nhật ký của kiosk.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the request</source>
        <translation>Quyết định yêu cầu</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Nhận xét:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Giám sát viên:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>Mật khẩu giám sát viên:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Từ chối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Write a comment.</source>
        <translation>Hãy ghi nhận xét.</translation>
    </message>
</context>
<context>
    <name>DeskFingersPage</name>
    <message>
        <source>At the desk: your fingerprints</source>
        <translation>Tại bàn thu nhận: vân tay</translation>
    </message>
    <message>
        <source>Step 4 of 6</source>
        <translation>Bước 4/6</translation>
    </message>
    <message>
        <source>Then the scanner takes your fingerprints in three steps. Press gently and keep still until the officer says it is done.</source>
        <translation>Sau đó máy quét thu nhận vân tay của bạn theo ba bước. Đặt tay nhẹ nhàng và giữ yên cho đến khi cán bộ báo đã xong.</translation>
    </message>
    <message>
        <source>1. The four fingers of your left hand</source>
        <translation>1. Bốn ngón tay trái</translation>
    </message>
    <message>
        <source>2. The four fingers of your right hand</source>
        <translation>2. Bốn ngón tay phải</translation>
    </message>
    <message>
        <source>3. Both thumbs together</source>
        <translation>3. Hai ngón cái cùng lúc</translation>
    </message>
    <message>
        <source>Clean, dry hands give the best result. Tell the officer if a finger is injured or missing.</source>
        <translation>Tay sạch và khô cho kết quả tốt nhất. Hãy báo cán bộ nếu có ngón tay bị thương hoặc bị khuyết.</translation>
    </message>
</context>
<context>
    <name>DeskPhotoPage</name>
    <message>
        <source>At the desk: your photo</source>
        <translation>Tại bàn thu nhận: ảnh chân dung</translation>
    </message>
    <message>
        <source>Step 3 of 6</source>
        <translation>Bước 3/6</translation>
    </message>
    <message>
        <source>An officer takes your photo with a camera. Please:</source>
        <translation>Cán bộ sẽ chụp ảnh chân dung của bạn. Xin vui lòng:</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>Nhìn thẳng vào máy ảnh</translation>
    </message>
    <message>
        <source>Take off your glasses</source>
        <translation>Tháo kính</translation>
    </message>
    <message>
        <source>Keep a neutral expression, mouth closed</source>
        <translation>Giữ nét mặt bình thường, ngậm miệng</translation>
    </message>
    <message>
        <source>Plain background, nothing behind you</source>
        <translation>Phông nền trơn, không có gì phía sau</translation>
    </message>
</context>
<context>
    <name>DeviceTestPage</name>
    <message>
        <source>Test &amp;again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Dừng</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>&amp;Check the station</source>
        <translation>&amp;Kiểm tra trạm</translation>
    </message>
    <message>
        <source>&amp;Export a diagnostics bundle…</source>
        <translation>&amp;Xuất gói chẩn đoán…</translation>
    </message>
    <message>
        <source>The bundle holds logs, the configuration (secrets removed), the check results and the device list. It never holds applicant or biometric data.</source>
        <translation>Gói gồm nhật ký, cấu hình (đã xóa thông tin bí mật), kết quả kiểm tra và danh sách thiết bị. Gói không bao giờ chứa dữ liệu người đăng ký hay dữ liệu sinh trắc học.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>Cả %n mục kiểm tra đều đạt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n mục kiểm tra không đạt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a diagnostics bundle</source>
        <translation>Xuất gói chẩn đoán</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Tệp nén Zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPage</name>
    <message>
        <source>A valid %1 zone was read on consecutive frames: the desk would fill the form.</source>
        <translation>Đã đọc được vùng %1 hợp lệ trên các khung hình liên tiếp: quầy sẽ tự điền biểu mẫu.</translation>
    </message>
    <message>
        <source>&amp;Find cameras</source>
        <translation>&amp;Tìm camera</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>Chiều rộng yêu cầu</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>Chiều cao yêu cầu</translation>
    </message>
    <message>
        <source>Alike frames before the form fills</source>
        <translation>Số khung hình giống nhau trước khi điền biểu mẫu</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>Camera chụp giấy tờ</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>camera đã chọn ở trên</translation>
    </message>
    <message>
        <source>Document camera:</source>
        <translation>Camera chụp giấy tờ:</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Kết quả đọc:</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>Đang khởi động camera chụp giấy tờ…</translation>
    </message>
    <message>
        <source>A zone is seen; reading…</source>
        <translation>Đã thấy vùng đọc máy; đang đọc…</translation>
    </message>
    <message>
        <source>No document under the camera.</source>
        <translation>Không có giấy tờ dưới camera.</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPanel</name>
    <message>
        <source>Document camera</source>
        <translation>Camera chụp giấy tờ</translation>
    </message>
    <message>
        <source>&amp;Retry  (F6)</source>
        <translation>&amp;Thử lại  (F6)</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>Đang khởi động camera chụp giấy tờ…</translation>
    </message>
    <message>
        <source>Reading the passport… Hold it still.</source>
        <translation>Đang đọc hộ chiếu… Hãy giữ yên.</translation>
    </message>
    <message>
        <source>Passport read. The form was filled from it.</source>
        <translation>Đã đọc hộ chiếu. Biểu mẫu đã được điền từ hộ chiếu.</translation>
    </message>
    <message>
        <source>Lay the passport open at its photo page under the camera: the form fills by itself.</source>
        <translation>Đặt hộ chiếu mở ở trang có ảnh dưới camera: biểu mẫu sẽ tự điền.</translation>
    </message>
    <message>
        <source>Scan the passport with the reader, or type the data.</source>
        <translation>Quét hộ chiếu bằng đầu đọc hoặc nhập dữ liệu bằng tay.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can apply</source>
        <translation>Ai được đăng ký</translation>
    </message>
    <message>
        <source>Step 2 of 6</source>
        <translation>Bước 2/6</translation>
    </message>
    <message>
        <source>Foreign nationals aged 6 or older who hold a valid temporary or permanent residence card can get a level 2 electronic identification account. Children under 6 can get a level 1 account only.</source>
        <translation>Người nước ngoài từ đủ 6 tuổi trở lên có thẻ tạm trú hoặc thẻ thường trú còn hiệu lực được cấp tài khoản định danh điện tử mức độ 2. Trẻ em dưới 6 tuổi chỉ được cấp tài khoản mức độ 1.</translation>
    </message>
    <message>
        <source>Check for yourself:</source>
        <translation>Tự kiểm tra:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Không có thẻ</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>Thẻ tạm trú</translation>
    </message>
    <message>
        <source>Permanent card</source>
        <translation>Thẻ thường trú</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>Thẻ cư trú</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>Thẻ có giá trị đến</translation>
    </message>
    <message>
        <source>Enter your date of birth as day/month/year.</source>
        <translation>Nhập ngày sinh theo dạng ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>Choose the residence card you hold.</source>
        <translation>Chọn loại thẻ cư trú bạn đang có.</translation>
    </message>
    <message>
        <source>Enter the date until which your card is valid.</source>
        <translation>Nhập ngày hết hạn của thẻ.</translation>
    </message>
    <message>
        <source>Bring your passport and residence card to the desk.</source>
        <translation>Hãy mang hộ chiếu và thẻ cư trú đến bàn thu nhận.</translation>
    </message>
    <message>
        <source>Please ask at the guidance desk how to apply for a level 1 account.</source>
        <translation>Vui lòng hỏi tại bàn hướng dẫn về cách đăng ký tài khoản mức độ 1.</translation>
    </message>
    <message>
        <source>If you think this is wrong, please ask at the guidance desk.</source>
        <translation>Nếu bạn cho rằng kết quả này chưa đúng, vui lòng hỏi tại bàn hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>FaceScreen</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <source>Capture now  (Space)</source>
        <translation>Chụp ngay  (Space)</translation>
    </message>
    <message>
        <source>Force capture…  (F)</source>
        <translation>Buộc chấp nhận…  (F)</translation>
    </message>
    <message>
        <source>Retake  (R)</source>
        <translation>Chụp lại  (R)</translation>
    </message>
    <message>
        <source>Accept the photo  (Enter)</source>
        <translation>Dùng ảnh này  (Enter)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Đang khởi động camera…</translation>
    </message>
    <message>
        <source>Force the photo although it does not meet every requirement.</source>
        <translation>Buộc chấp nhận ảnh dù chưa đạt mọi yêu cầu.</translation>
    </message>
    <message>
        <source>Failing: %1.</source>
        <translation>Chưa đạt: %1.</translation>
    </message>
    <message>
        <source>There is no photo to accept yet.</source>
        <translation>Chưa có ảnh nào để chấp nhận.</translation>
    </message>
    <message>
        <source>The camera stopped. Fix it, then press Retry; the photo already taken is kept.</source>
        <translation>Camera đã dừng. Hãy khắc phục rồi nhấn Thử lại; ảnh đã chụp vẫn được giữ.</translation>
    </message>
    <message>
        <source>The camera is not running.</source>
        <translation>Camera chưa chạy.</translation>
    </message>
    <message>
        <source>A photo is already taken: press R to retake it first.</source>
        <translation>Đã có ảnh: hãy nhấn R để chụp lại trước.</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Giữ yên…</translation>
    </message>
    <message>
        <source>Taken automatically</source>
        <translation>Chụp tự động</translation>
    </message>
    <message>
        <source>Taken by the officer</source>
        <translation>Cán bộ chụp</translation>
    </message>
    <message>
        <source>Forced capture</source>
        <translation>Buộc chấp nhận</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>lý do: %1</translation>
    </message>
    <message>
        <source>waiting for a supervisor&apos;s approval</source>
        <translation>đang chờ giám sát viên phê duyệt</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>do %1 phê duyệt</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>Đạt %1/%2 tiêu chí</translation>
    </message>
    <message>
        <source>Photo taken. Press Enter to accept it, or R to retake.</source>
        <translation>Đã chụp ảnh. Nhấn Enter để dùng ảnh, hoặc R để chụp lại.</translation>
    </message>
</context>
<context>
    <name>FingerExceptionDialog</name>
    <message>
        <source>Finger exception</source>
        <translation>Ngoại lệ ngón tay</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Finger:</source>
        <translation>Ngón tay:</translation>
    </message>
    <message>
        <source>Why it cannot be captured:</source>
        <translation>Lý do không lấy được:</translation>
    </message>
    <message>
        <source>Remove the exception of {0} and capture it?</source>
        <translation>Bỏ ngoại lệ của {0} và lấy vân tay ngón này?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
</context>
<context>
    <name>FingerprintScreen</name>
    <message>
        <source>&amp;Capture (Enter)</source>
        <translation>&amp;Lấy vân tay (Enter)</translation>
    </message>
    <message>
        <source>&amp;Retry (R)</source>
        <translation>&amp;Thử lại (R)</translation>
    </message>
    <message>
        <source>&amp;Force capture…</source>
        <translation>&amp;Buộc chấp nhận…</translation>
    </message>
    <message>
        <source>Finger &amp;exception…</source>
        <translation>&amp;Ngoại lệ ngón tay…</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Tiếp tụ&amp;c</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Vân tay</translation>
    </message>
    <message>
        <source>Restored from the saved draft: {0}.</source>
        <translation>Đã khôi phục từ bản nháp đã lưu: {0}.</translation>
    </message>
    <message>
        <source>Exceptions kept: {0}.</source>
        <translation>Giữ nguyên các ngoại lệ: {0}.</translation>
    </message>
    <message>
        <source>Force capture of {0}: its best attempt is below {1}.</source>
        <translation>Buộc chấp nhận {0}: lần lấy tốt nhất vẫn dưới {1}.</translation>
    </message>
    <message>
        <source>{0} cannot be captured: {1}.</source>
        <translation>{0} không lấy được: {1}.</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>Vẫn tiếp tụ&amp;c</translation>
    </message>
    <message>
        <source>Capturing… {0}</source>
        <translation>Đang lấy vân tay… {0}</translation>
    </message>
    <message>
        <source>The scanner had a problem. Press R to retry.</source>
        <translation>Máy quét gặp sự cố. Nhấn R để thử lại.</translation>
    </message>
    <message>
        <source>Checking for repeated fingers…</source>
        <translation>Đang kiểm tra ngón tay bị trùng…</translation>
    </message>
    <message>
        <source>All fingerprints captured. Check them, then continue.</source>
        <translation>Đã lấy đủ vân tay. Hãy kiểm tra rồi tiếp tục.</translation>
    </message>
    <message>
        <source>Leave out: {0}.</source>
        <translation>Bỏ qua: {0}.</translation>
    </message>
    <message>
        <source>Then press Enter.</source>
        <translation>Sau đó nhấn Enter.</translation>
    </message>
    <message>
        <source>Quality too low: {0}. Press R to try again ({1} left). {2}</source>
        <translation>Chất lượng quá thấp: {0}. Nhấn R để thử lại (còn {1} lần). {2}</translation>
    </message>
    <message>
        <source>Quality still too low: {0}. Force the capture with a reason, or mark the finger as an exception.</source>
        <translation>Chất lượng vẫn quá thấp: {0}. Hãy buộc chấp nhận kèm lý do, hoặc đánh dấu ngón tay là ngoại lệ.</translation>
    </message>
</context>
<context>
    <name>Fingers</name>
    <message>
        <source>Left thumb</source>
        <translation>Ngón cái trái</translation>
    </message>
    <message>
        <source>Left index</source>
        <translation>Ngón trỏ trái</translation>
    </message>
    <message>
        <source>Left middle</source>
        <translation>Ngón giữa trái</translation>
    </message>
    <message>
        <source>Left ring</source>
        <translation>Ngón áp út trái</translation>
    </message>
    <message>
        <source>Left little</source>
        <translation>Ngón út trái</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>Ngón cái phải</translation>
    </message>
    <message>
        <source>Right index</source>
        <translation>Ngón trỏ phải</translation>
    </message>
    <message>
        <source>Right middle</source>
        <translation>Ngón giữa phải</translation>
    </message>
    <message>
        <source>Right ring</source>
        <translation>Ngón áp út phải</translation>
    </message>
    <message>
        <source>Right little</source>
        <translation>Ngón út phải</translation>
    </message>
    <message>
        <source>Left hand, four fingers</source>
        <translation>Tay trái, bốn ngón</translation>
    </message>
    <message>
        <source>Right hand, four fingers</source>
        <translation>Tay phải, bốn ngón</translation>
    </message>
    <message>
        <source>Both thumbs</source>
        <translation>Hai ngón cái</translation>
    </message>
    <message>
        <source>Place the four fingers of the LEFT hand flat on the scanner.</source>
        <translation>Đặt phẳng bốn ngón của bàn tay TRÁI lên máy quét.</translation>
    </message>
    <message>
        <source>Place the four fingers of the RIGHT hand flat on the scanner.</source>
        <translation>Đặt phẳng bốn ngón của bàn tay PHẢI lên máy quét.</translation>
    </message>
    <message>
        <source>Place BOTH THUMBS side by side on the scanner.</source>
        <translation>Đặt HAI NGÓN CÁI cạnh nhau lên máy quét.</translation>
    </message>
    <message>
        <source>Place one finger flat on the scanner: {0}.</source>
        <translation>Đặt phẳng một ngón lên máy quét: {0}.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu ngón</translation>
    </message>
    <message>
        <source>Amputated</source>
        <translation>Bị cắt cụt</translation>
    </message>
    <message>
        <source>Bandaged</source>
        <translation>Đang băng bó</translation>
    </message>
    <message>
        <source>Temporarily unusable</source>
        <translation>Tạm thời không lấy được</translation>
    </message>
    <message>
        <source>Nothing on the scanner or too faint: press the finger flat.</source>
        <translation>Không có gì trên máy quét hoặc quá mờ: hãy ấn phẳng ngón tay.</translation>
    </message>
    <message>
        <source>The image is uniform: clean the scanner and press again.</source>
        <translation>Ảnh bị đồng màu: hãy lau máy quét rồi ấn lại.</translation>
    </message>
    <message>
        <source>Too few ridge details: press a little harder.</source>
        <translation>Quá ít chi tiết vân: hãy ấn mạnh hơn một chút.</translation>
    </message>
    <message>
        <source>Too small an area: place more of the finger on the scanner.</source>
        <translation>Vùng vân quá nhỏ: hãy đặt nhiều phần ngón tay hơn lên máy quét.</translation>
    </message>
    <message>
        <source>No ridges visible: dry or wet finger, or smudged glass.</source>
        <translation>Không thấy vân: ngón tay khô hoặc ướt, hoặc mặt kính bị bẩn.</translation>
    </message>
    <message>
        <source>The same finger seems to have been placed twice.</source>
        <translation>Có vẻ một ngón tay đã được đặt hai lần.</translation>
    </message>
    <message>
        <source>The same hand seems to have been placed for both slaps.</source>
        <translation>Có vẻ cùng một bàn tay đã được đặt cho cả hai lần bốn ngón.</translation>
    </message>
    <message>
        <source>{0} and {1} match (score {2}).</source>
        <translation>{0} và {1} trùng nhau (điểm {2}).</translation>
    </message>
    <message>
        <source>… and {0} more pairs.</source>
        <translation>… và {0} cặp khác.</translation>
    </message>
    <message>
        <source>Capture again: {0}.</source>
        <translation>Lấy lại: {0}.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>GuidanceLanguage</name>
    <message>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
</context>
<context>
    <name>GuidanceWindow</name>
    <message>
        <source>Are you still there? Touch the screen to continue. Starting again in %1 s.</source>
        <translation>Bạn còn ở đây không? Chạm vào màn hình để tiếp tục. Màn hình sẽ quay về từ đầu sau %1 giây.</translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Please look at the camera.</source>
        <translation>Xin vui lòng nhìn vào camera.</translation>
    </message>
    <message>
        <source>Only one person may be in front of the camera.</source>
        <translation>Chỉ một người được đứng trước camera.</translation>
    </message>
    <message>
        <source>Please move closer to the camera.</source>
        <translation>Xin vui lòng đến gần camera hơn.</translation>
    </message>
    <message>
        <source>Please move back a little.</source>
        <translation>Xin vui lòng lùi lại một chút.</translation>
    </message>
    <message>
        <source>Please move so that your face is in the middle of the screen.</source>
        <translation>Xin vui lòng di chuyển để khuôn mặt ở giữa màn hình.</translation>
    </message>
    <message>
        <source>Please look straight at the camera.</source>
        <translation>Xin vui lòng nhìn thẳng vào camera.</translation>
    </message>
    <message>
        <source>Please keep your head upright.</source>
        <translation>Xin vui lòng giữ đầu thẳng.</translation>
    </message>
    <message>
        <source>Please keep your hands away from your face.</source>
        <translation>Xin vui lòng bỏ tay ra khỏi khuôn mặt.</translation>
    </message>
    <message>
        <source>Please remove your glasses.</source>
        <translation>Xin vui lòng tháo kính.</translation>
    </message>
    <message>
        <source>Please open your eyes.</source>
        <translation>Xin vui lòng mở mắt.</translation>
    </message>
    <message>
        <source>Please close your mouth.</source>
        <translation>Xin vui lòng ngậm miệng.</translation>
    </message>
    <message>
        <source>Please keep a neutral expression, without smiling.</source>
        <translation>Xin vui lòng giữ nét mặt tự nhiên, không cười.</translation>
    </message>
    <message>
        <source>Please hold still.</source>
        <translation>Xin vui lòng giữ yên.</translation>
    </message>
    <message>
        <source>Officer: adjust the lighting (the face is too dark or too bright).</source>
        <translation>Cán bộ: hãy chỉnh ánh sáng (khuôn mặt quá tối hoặc quá sáng).</translation>
    </message>
    <message>
        <source>Officer: light the face evenly (shadow on one side).</source>
        <translation>Cán bộ: hãy chiếu sáng đều khuôn mặt (một bên bị tối).</translation>
    </message>
    <message>
        <source>Officer: use a plain, light background.</source>
        <translation>Cán bộ: hãy dùng phông nền trơn, sáng màu.</translation>
    </message>
    <message>
        <source>Officer: the camera image is too small for a portrait (raise its resolution).</source>
        <translation>Cán bộ: ảnh của camera quá nhỏ để chụp chân dung (hãy tăng độ phân giải).</translation>
    </message>
    <message>
        <source>One face</source>
        <translation>Một khuôn mặt</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Ở giữa</translation>
    </message>
    <message>
        <source>Camera distance</source>
        <translation>Khoảng cách đến máy ảnh</translation>
    </message>
    <message>
        <source>Head turn</source>
        <translation>Quay đầu</translation>
    </message>
    <message>
        <source>Head nod</source>
        <translation>Cúi/ngửa đầu</translation>
    </message>
    <message>
        <source>Head tilt</source>
        <translation>Nghiêng đầu</translation>
    </message>
    <message>
        <source>Gaze</source>
        <translation>Hướng nhìn</translation>
    </message>
    <message>
        <source>Face uncovered</source>
        <translation>Không che mặt</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>Không lóa</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>Mắt mở</translation>
    </message>
    <message>
        <source>Mouth closed</source>
        <translation>Miệng khép</translation>
    </message>
    <message>
        <source>Neutral expression</source>
        <translation>Nét mặt tự nhiên</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Độ nét</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Độ sáng</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Độ tương phản</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>Ánh sáng đều</translation>
    </message>
    <message>
        <source>Plain background</source>
        <translation>Phông nền trơn</translation>
    </message>
    <message>
        <source>Light background</source>
        <translation>Phông nền sáng</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Sign in as &amp;another officer</source>
        <translation>Đăng nhập bằng &amp;cán bộ khác</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign in with your own account.</source>
        <translation>Hãy đăng nhập bằng tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Màn hình đã khóa</translation>
    </message>
    <message>
        <source>%1 was inactive, so the screen was locked. Work in progress is kept. Enter the password to continue.</source>
        <translation>Do %1 không thao tác trong một thời gian nên màn hình đã được khóa. Công việc đang làm dở vẫn được giữ nguyên. Nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <source>%1 locked the screen. Work in progress is kept. Enter the password to continue.</source>
        <translation>%1 đã khóa màn hình. Công việc đang làm được giữ nguyên. Nhập mật khẩu để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Enrollment kiosk – %1</source>
        <translation>Trạm thu nhận sinh trắc học – %1</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Getting the camera ready…</source>
        <translation>Đang chuẩn bị camera…</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Trang chính</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>Station &amp;status</source>
        <translation>&amp;Trạng thái trạm</translation>
    </message>
    <message>
        <source>Supervisor &amp;view</source>
        <translation>Màn hình &amp;giám sát</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>Phiên làm việc (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message numerus="yes">
        <source>No activity: the screen locks in %n second(s).</source>
        <translation>
            <numerusform>Không có thao tác: màn hình sẽ khóa sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>officer</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>giám sát viên</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>kỹ thuật viên</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The local database reported a problem. Nothing was half-saved.</source>
        <translation>Cơ sở dữ liệu cục bộ báo lỗi. Không có dữ liệu nào bị lưu dở dang.</translation>
    </message>
    <message>
        <source>The local database is damaged. Call a technician; do not delete any files. A backup may be restored from the backups folder.</source>
        <translation>Cơ sở dữ liệu cục bộ bị hỏng. Hãy gọi kỹ thuật viên; không xóa bất kỳ tệp nào. Có thể khôi phục bản sao lưu trong thư mục backups.</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data folder. Call a technician (the folder is read-only or its permissions are wrong).</source>
        <translation>Trạm không ghi được vào thư mục dữ liệu. Hãy gọi kỹ thuật viên (thư mục chỉ cho phép đọc hoặc quyền truy cập không đúng).</translation>
    </message>
    <message>
        <source>The disk is full. The last record was not saved; everything saved before is safe. Call a technician to free space.</source>
        <translation>Ổ đĩa đã đầy. Hồ sơ vừa rồi chưa được lưu; mọi dữ liệu đã lưu trước đó vẫn an toàn. Hãy gọi kỹ thuật viên để giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>The local database is busy in another program. Close it and try again.</source>
        <translation>Cơ sở dữ liệu cục bộ đang được một chương trình khác sử dụng. Hãy đóng chương trình đó và thử lại.</translation>
    </message>
    <message>
        <source>The encryption key of this station is missing, so its records cannot be read. Call a technician to restore the key.</source>
        <translation>Không tìm thấy khóa mã hóa của trạm nên không thể đọc các hồ sơ. Hãy gọi kỹ thuật viên để khôi phục khóa.</translation>
    </message>
    <message>
        <source>The local database cannot be opened with this station&apos;s encryption key (a different key, or the file is damaged). Call a technician; do not delete any files.</source>
        <translation>Không thể mở cơ sở dữ liệu cục bộ bằng khóa mã hóa của trạm này (khóa khác, hoặc tệp bị hỏng). Hãy gọi kỹ thuật viên; không xóa tệp nào.</translation>
    </message>
    <message>
        <source>The encryption key does not belong to this database. Call a technician to restore the original key.</source>
        <translation>Khóa mã hóa không thuộc về cơ sở dữ liệu này. Hãy gọi kỹ thuật viên để khôi phục khóa gốc.</translation>
    </message>
    <message>
        <source>The encryption key file can be read by other users. Call a technician to restrict it.</source>
        <translation>Tệp khóa mã hóa đang để người dùng khác đọc được. Hãy gọi kỹ thuật viên để giới hạn quyền truy cập.</translation>
    </message>
    <message>
        <source>The encryption key file is damaged. Call a technician.</source>
        <translation>Tệp khóa mã hóa bị hỏng. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The encryption key file cannot be read. Call a technician.</source>
        <translation>Không đọc được tệp khóa mã hóa. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>An encryption key already exists for this data folder.</source>
        <translation>Thư mục dữ liệu này đã có khóa mã hóa.</translation>
    </message>
    <message>
        <source>The system keyring did not answer. Call a technician.</source>
        <translation>Kho khóa của hệ thống không phản hồi. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>A stored biometric record failed its integrity check.</source>
        <translation>Một hồ sơ sinh trắc học đã lưu không vượt qua kiểm tra toàn vẹn.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>Không tìm thấy hồ sơ.</translation>
    </message>
    <message>
        <source>The local database is closed.</source>
        <translation>Cơ sở dữ liệu cục bộ đã đóng.</translation>
    </message>
    <message>
        <source>The configuration is invalid.</source>
        <translation>Cấu hình không hợp lệ.</translation>
    </message>
    <message>
        <source>The configuration has an unknown setting.</source>
        <translation>Cấu hình có một mục thiết lập không xác định.</translation>
    </message>
    <message>
        <source>A configuration setting has a wrong value.</source>
        <translation>Một mục thiết lập trong cấu hình có giá trị sai.</translation>
    </message>
    <message>
        <source>The configuration file was written for a newer version of the kiosk. Install that version, or restore the previous file.</source>
        <translation>Tệp cấu hình được viết cho phiên bản kiosk mới hơn. Hãy cài phiên bản đó hoặc khôi phục tệp trước đây.</translation>
    </message>
    <message>
        <source>The configuration file is not valid TOML.</source>
        <translation>Tệp cấu hình không đúng định dạng TOML.</translation>
    </message>
    <message>
        <source>The configuration file named by KIOSK_CONFIG does not exist.</source>
        <translation>Tệp cấu hình do KIOSK_CONFIG chỉ định không tồn tại.</translation>
    </message>
    <message>
        <source>The configuration file nests tables or lists too deeply; options are written as section.name.</source>
        <translation>Tệp cấu hình lồng bảng hoặc danh sách quá sâu; các tùy chọn được viết dạng section.name.</translation>
    </message>
    <message>
        <source>The configuration file cannot be read.</source>
        <translation>Không đọc được tệp cấu hình.</translation>
    </message>
    <message>
        <source>The settings could not be saved; the previous ones are unchanged.</source>
        <translation>Không lưu được cài đặt; các cài đặt trước đó vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The account could not be used.</source>
        <translation>Không thể sử dụng tài khoản này.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account may not sign in now (after several wrong passwords it waits a while). A supervisor can help on the Accounts screen.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản hiện không được đăng nhập (sau nhiều lần nhập sai mật khẩu phải chờ một lúc). Giám sát viên có thể hỗ trợ trên màn hình Tài khoản.</translation>
    </message>
    <message>
        <source>The password is too short or too easy to guess. Use a few words or a sentence of your own, not a common password, a name, a date or a keyboard row (such as password12 or qwertyuiop).</source>
        <translation>Mật khẩu quá ngắn hoặc quá dễ đoán. Hãy dùng vài từ hoặc một câu của riêng bạn, không dùng mật khẩu phổ biến, tên, ngày tháng hay một hàng phím (như password12 hoặc qwertyuiop).</translation>
    </message>
    <message>
        <source>An account with this user name already exists.</source>
        <translation>Đã có tài khoản với tên đăng nhập này.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Vai trò của bạn không được phép thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>The first account has already been created. Sign in instead.</source>
        <translation>Tài khoản đầu tiên đã được tạo. Hãy đăng nhập.</translation>
    </message>
    <message>
        <source>User names have 3 to 32 characters: lower-case letters a-z, digits, dot, underscore or hyphen.</source>
        <translation>Tên đăng nhập dài từ 3 đến 32 ký tự, gồm chữ thường a-z, chữ số, dấu chấm, dấu gạch dưới hoặc gạch nối.</translation>
    </message>
    <message>
        <source>This account does not exist on this station.</source>
        <translation>Tài khoản này không tồn tại trên trạm này.</translation>
    </message>
    <message>
        <source>You cannot disable, demote or reset your own account. Ask another supervisor.</source>
        <translation>Bạn không thể vô hiệu hóa, hạ vai trò hoặc đặt lại mật khẩu cho chính tài khoản của mình. Hãy nhờ một giám sát viên khác.</translation>
    </message>
    <message>
        <source>This would leave the station without an active supervisor. Make another account a supervisor first.</source>
        <translation>Thao tác này sẽ khiến trạm không còn giám sát viên nào đang hoạt động. Hãy chỉ định một tài khoản khác làm giám sát viên trước.</translation>
    </message>
    <message>
        <source>Choose a new password: it must differ from the one you signed in with.</source>
        <translation>Hãy chọn mật khẩu mới: mật khẩu này phải khác mật khẩu bạn vừa dùng để đăng nhập.</translation>
    </message>
    <message>
        <source>Only a supervisor may do this: moving applicants&apos; data or changing where it goes needs a supervisor&apos;s sign-in.</source>
        <translation>Chỉ giám sát viên được làm việc này: chuyển dữ liệu của người đăng ký hoặc thay đổi nơi nhận dữ liệu cần giám sát viên đăng nhập.</translation>
    </message>
    <message>
        <source>The central service configured here is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>Dịch vụ trung tâm được cấu hình ở đây không phải là dịch vụ đã được giám sát viên xác nhận. Không có gì được niêm phong hay gửi đi cho đến khi giám sát viên xác nhận.</translation>
    </message>
    <message>
        <source>The stored applicant data is damaged and cannot be shown.</source>
        <translation>Dữ liệu người đăng ký đã lưu bị hỏng, không thể hiển thị.</translation>
    </message>
    <message>
        <source>The machine-readable zone could not be read.</source>
        <translation>Không đọc được vùng đọc máy (MRZ).</translation>
    </message>
    <message>
        <source>A check digit of the machine-readable zone is wrong: the document was misread or is not genuine. The highlighted fields were not accepted.</source>
        <translation>Chữ số kiểm tra của vùng đọc máy (MRZ) không đúng: giấy tờ bị đọc sai hoặc không phải giấy tờ thật. Các trường được đánh dấu chưa được chấp nhận.</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone of a passport, identity card or visa (wrong number or length of lines).</source>
        <translation>Đây không phải vùng đọc máy của hộ chiếu, thẻ căn cước hay thị thực (sai số dòng hoặc độ dài dòng).</translation>
    </message>
    <message>
        <source>The machine-readable zone contains characters that are not allowed.</source>
        <translation>Vùng đọc máy chứa ký tự không hợp lệ.</translation>
    </message>
    <message>
        <source>No machine-readable zone was found in the picture. Place the document page flat under the camera with the two or three lines of the zone in view.</source>
        <translation>Không tìm thấy vùng đọc máy (MRZ) trong ảnh. Hãy đặt trang giấy tờ phẳng dưới camera sao cho thấy rõ hai hoặc ba dòng của vùng này.</translation>
    </message>
    <message>
        <source>The document picture could not be opened: the file is missing, empty or damaged.</source>
        <translation>Không mở được ảnh giấy tờ: tệp không tồn tại, trống hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>Refused: this service is for foreign nationals; Vietnamese citizens use their citizen identity card.</source>
        <translation>Từ chối: dịch vụ này dành cho người nước ngoài; công dân Việt Nam sử dụng thẻ căn cước công dân.</translation>
    </message>
    <message>
        <source>Refused: the date of birth is in the future. Check the entry.</source>
        <translation>Từ chối: ngày sinh ở tương lai. Hãy kiểm tra lại thông tin đã nhập.</translation>
    </message>
    <message>
        <source>Refused: a temporary or permanent residence card is required.</source>
        <translation>Từ chối: cần có thẻ tạm trú hoặc thẻ thường trú.</translation>
    </message>
    <message>
        <source>Refused: the residence card has expired.</source>
        <translation>Từ chối: thẻ tạm trú/thường trú đã hết hạn.</translation>
    </message>
    <message>
        <source>Refused: the passport or travel document has expired.</source>
        <translation>Từ chối: hộ chiếu hoặc giấy tờ đi lại đã hết hạn.</translation>
    </message>
    <message>
        <source>Under 6 years old: only a level 1 account can be issued; level 2 enrollment is refused.</source>
        <translation>Dưới 6 tuổi: chỉ được cấp tài khoản mức độ 1; không thu nhận cho mức độ 2.</translation>
    </message>
    <message>
        <source>Eligible for a level 2 account.</source>
        <translation>Đủ điều kiện cấp tài khoản mức độ 2.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>Không hợp lệ.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Hãy chọn một giá trị trong danh sách.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Không được là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>This date is not plausible.</source>
        <translation>Ngày này không hợp lý.</translation>
    </message>
    <message>
        <source>Cannot be before the date of birth.</source>
        <translation>Không được trước ngày sinh.</translation>
    </message>
    <message>
        <source>Unknown country code (use the three-letter ICAO code).</source>
        <translation>Mã quốc gia không xác định (dùng mã ICAO gồm ba chữ cái).</translation>
    </message>
    <message>
        <source>This is a specimen document code, not a real country.</source>
        <translation>Đây là mã của giấy tờ mẫu, không phải quốc gia thật.</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed here.</source>
        <translation>Có ký tự không được phép ở đây.</translation>
    </message>
    <message>
        <source>Use Latin letters as printed in the travel document.</source>
        <translation>Dùng chữ cái Latinh như in trên giấy tờ đi lại.</translation>
    </message>
    <message>
        <source>Contains invisible control characters.</source>
        <translation>Có ký tự điều khiển ẩn.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Quá dài.</translation>
    </message>
    <message>
        <source>The fingerprint could not be processed.</source>
        <translation>Không xử lý được vân tay.</translation>
    </message>
    <message>
        <source>The fingerprint image cannot be read (damaged or not an image).</source>
        <translation>Không đọc được ảnh vân tay (ảnh bị hỏng hoặc không phải tệp ảnh).</translation>
    </message>
    <message>
        <source>The ANSI/NIST fingerprint file is damaged or incomplete.</source>
        <translation>Tệp vân tay ANSI/NIST bị hỏng hoặc không đầy đủ.</translation>
    </message>
    <message>
        <source>The separate fingers could not be found in the slap image. Place the fingers again, slightly apart.</source>
        <translation>Không tách được từng ngón trong ảnh bốn ngón. Hãy đặt lại các ngón tay, hơi tách nhau ra.</translation>
    </message>
    <message>
        <source>The scanner reported a finger name this kiosk does not know.</source>
        <translation>Máy quét trả về tên ngón tay mà trạm không nhận biết được.</translation>
    </message>
    <message>
        <source>This fingerprint step is not allowed now.</source>
        <translation>Chưa được thực hiện bước lấy vân tay này.</translation>
    </message>
    <message>
        <source>These fingers are already captured.</source>
        <translation>Các ngón tay này đã được thu nhận.</translation>
    </message>
    <message>
        <source>All attempts are used. Keep the best one or force the capture with a reason.</source>
        <translation>Đã dùng hết số lần thử. Hãy giữ lần tốt nhất hoặc buộc chấp nhận kèm lý do.</translation>
    </message>
    <message>
        <source>The scanner returned other fingers than the ones requested.</source>
        <translation>Máy quét trả về các ngón khác với các ngón được yêu cầu.</translation>
    </message>
    <message>
        <source>Capture the fingers at least once before forcing.</source>
        <translation>Hãy lấy vân tay ít nhất một lần trước khi buộc chấp nhận.</translation>
    </message>
    <message>
        <source>The capture already meets the quality threshold; no need to force it.</source>
        <translation>Lần lấy này đã đạt ngưỡng chất lượng; không cần buộc chấp nhận.</translation>
    </message>
    <message>
        <source>Give a reason for forcing this capture.</source>
        <translation>Hãy nêu lý do buộc chấp nhận lần lấy này.</translation>
    </message>
    <message>
        <source>The photo cannot be read (damaged or not an image).</source>
        <translation>Không đọc được ảnh (ảnh bị hỏng hoặc không phải tệp ảnh).</translation>
    </message>
    <message>
        <source>The face analysis could not start: the installation is incomplete. Call a technician.</source>
        <translation>Không khởi động được chức năng phân tích khuôn mặt: bản cài đặt không đầy đủ. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The face image record is damaged or of an unsupported version.</source>
        <translation>Bản ghi ảnh khuôn mặt bị hỏng hoặc thuộc phiên bản không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The photo does not meet the requirements yet. Follow the instruction on screen, or force the capture with a reason.</source>
        <translation>Ảnh chưa đạt yêu cầu. Hãy làm theo hướng dẫn trên màn hình hoặc buộc chấp nhận kèm lý do.</translation>
    </message>
    <message>
        <source>Give a reason for forcing this photo.</source>
        <translation>Hãy nêu lý do buộc chấp nhận ảnh này.</translation>
    </message>
    <message>
        <source>The portrait could not be cut from this photo. Take it again.</source>
        <translation>Không cắt được ảnh chân dung từ ảnh này. Hãy chụp lại.</translation>
    </message>
    <message>
        <source>The device reported a problem. What was captured so far is kept.</source>
        <translation>Thiết bị báo lỗi. Những gì đã thu nhận vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The device was not found. Check that it is plugged in and switched on, then press Retry.</source>
        <translation>Không tìm thấy thiết bị. Hãy kiểm tra thiết bị đã được cắm và bật, rồi nhấn Thử lại.</translation>
    </message>
    <message>
        <source>The device is busy with another capture. Wait a moment, then press Retry.</source>
        <translation>Thiết bị đang bận với một lần thu nhận khác. Hãy chờ một chút rồi nhấn Thử lại.</translation>
    </message>
    <message>
        <source>The device is not ready. Wait a moment, then press Retry.</source>
        <translation>Thiết bị chưa sẵn sàng. Hãy chờ một chút rồi nhấn Thử lại.</translation>
    </message>
    <message>
        <source>The device did not answer in time. Press Retry.</source>
        <translation>Thiết bị không phản hồi kịp thời. Hãy nhấn Thử lại.</translation>
    </message>
    <message>
        <source>The device was disconnected. Plug it in again, then press Retry. What was captured so far is kept.</source>
        <translation>Thiết bị đã bị ngắt kết nối. Hãy cắm lại rồi nhấn Thử lại. Những gì đã thu nhận vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The device sent an answer the kiosk cannot use. Press Retry; if it happens again, call a technician.</source>
        <translation>Thiết bị gửi phản hồi mà trạm không sử dụng được. Hãy nhấn Thử lại; nếu vẫn lỗi, hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The capture failed. Press Retry.</source>
        <translation>Thu nhận không thành công. Hãy nhấn Thử lại.</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer belongs to another capture and was refused.</source>
        <translation>Phản hồi của máy quét thuộc về một lần thu nhận khác nên đã bị từ chối.</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer failed its integrity check and was refused.</source>
        <translation>Phản hồi của máy quét không vượt qua kiểm tra toàn vẹn nên đã bị từ chối.</translation>
    </message>
    <message>
        <source>The scanner&apos;s signature is not valid; the answer was refused.</source>
        <translation>Chữ ký của máy quét không hợp lệ; phản hồi đã bị từ chối.</translation>
    </message>
    <message>
        <source>The scanner sent a damaged fingerprint record.</source>
        <translation>Máy quét gửi bản ghi vân tay bị hỏng.</translation>
    </message>
    <message>
        <source>The configured device certificate authority file cannot be used. Call a technician.</source>
        <translation>Không sử dụng được tệp chứng thư của tổ chức chứng thực thiết bị đã cấu hình. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The folder of simulator images cannot be used.</source>
        <translation>Không sử dụng được thư mục ảnh của trình mô phỏng.</translation>
    </message>
    <message>
        <source>The configured device adapter is not installed. Call a technician.</source>
        <translation>Bộ điều hợp thiết bị đã cấu hình chưa được cài đặt. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The video or image file for the camera cannot be read.</source>
        <translation>Không đọc được tệp video hoặc ảnh dùng cho camera.</translation>
    </message>
    <message>
        <source>The pre-registration ticket cannot be used. Enter the data from the passport.</source>
        <translation>Không sử dụng được phiếu đăng ký trước. Hãy nhập dữ liệu theo hộ chiếu.</translation>
    </message>
    <message>
        <source>The scanned code is not a pre-registration ticket.</source>
        <translation>Mã vừa quét không phải phiếu đăng ký trước.</translation>
    </message>
    <message>
        <source>The pre-registration ticket is damaged. Scan it again or enter the data from the passport.</source>
        <translation>Phiếu đăng ký trước bị hỏng. Hãy quét lại hoặc nhập dữ liệu theo hộ chiếu.</translation>
    </message>
    <message>
        <source>The pre-registration ticket was not issued by this office (its signature does not match). Enter the data from the passport.</source>
        <translation>Phiếu đăng ký trước không do đơn vị này cấp (chữ ký không khớp). Hãy nhập dữ liệu theo hộ chiếu.</translation>
    </message>
    <message>
        <source>The pre-registration ticket has expired (tickets are valid on the day they are issued). Enter the data from the passport.</source>
        <translation>Phiếu đăng ký trước đã hết hạn (phiếu chỉ có giá trị trong ngày cấp). Hãy nhập dữ liệu theo hộ chiếu.</translation>
    </message>
    <message>
        <source>This station cannot check pre-registration tickets (no office key is configured). Call a technician.</source>
        <translation>Trạm này không kiểm tra được phiếu đăng ký trước (chưa cấu hình khóa của đơn vị). Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>Pre-registration is not available at this station (no office key is configured). Please go to the guidance desk.</source>
        <translation>Máy này chưa thể đăng ký trước (chưa cấu hình khóa của đơn vị). Vui lòng đến bàn hướng dẫn.</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is missing. Call a technician.</source>
        <translation>Không thể đăng ký trước: thiếu tệp khóa của đơn vị. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file can be read by other users. Call a technician.</source>
        <translation>Không thể đăng ký trước: tệp khóa của đơn vị đang để người dùng khác đọc được. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is not a valid private key. Call a technician.</source>
        <translation>Không thể đăng ký trước: tệp khóa của đơn vị không phải khóa bí mật hợp lệ. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>An office key pair already exists in this folder.</source>
        <translation>Thư mục này đã có cặp khóa của đơn vị.</translation>
    </message>
    <message>
        <source>This pre-registration ticket was already used today at %1 at desk %2. A ticket is valid once: enter the data from the passport.</source>
        <translation>Phiếu đăng ký trước này đã được dùng hôm nay lúc %1 tại bàn %2. Mỗi phiếu chỉ dùng một lần: hãy nhập dữ liệu theo hộ chiếu.</translation>
    </message>
    <message>
        <source>This pre-registration ticket was issued by another office (%1); this desk belongs to %2. Enter the data from the passport.</source>
        <translation>Phiếu đăng ký trước này do đơn vị khác cấp (%1); bàn này thuộc %2. Hãy nhập dữ liệu theo hộ chiếu.</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is missing. Call a technician.</source>
        <translation>Thiếu tệp khóa của đơn vị để đọc phiếu đăng ký trước. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets can be read by other users. Call a technician.</source>
        <translation>Tệp khóa của đơn vị để đọc phiếu đăng ký trước có thể bị người dùng khác đọc. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is not valid. Call a technician.</source>
        <translation>Tệp khóa của đơn vị để đọc phiếu đăng ký trước không hợp lệ. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a folder, a device or a pipe), so it is not read.</source>
        <translation>Đây không phải là tệp thông thường (thư mục, thiết bị hoặc đường ống), nên không được đọc.</translation>
    </message>
    <message>
        <source>The file is too large to be read here.</source>
        <translation>Tệp quá lớn để đọc tại đây.</translation>
    </message>
    <message>
        <source>The image has too many pixels to be read here.</source>
        <translation>Ảnh có quá nhiều điểm ảnh để đọc tại đây.</translation>
    </message>
    <message>
        <source>This screen cannot be locked: the station has no technician account. Call a technician.</source>
        <translation>Không thể khóa màn hình này: máy chưa có tài khoản kỹ thuật viên. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>Only a technician can leave this screen.</source>
        <translation>Chỉ kỹ thuật viên mới được thoát khỏi màn hình này.</translation>
    </message>
    <message>
        <source>Sending to the central service is not set up on this station. Records are kept safely here; call a technician.</source>
        <translation>Trạm này chưa được thiết lập để gửi lên hệ thống trung tâm. Hồ sơ vẫn được lưu an toàn tại đây; hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>A key for sending to the central service is missing or damaged. Records are kept safely here; call a technician.</source>
        <translation>Khóa dùng để gửi lên hệ thống trung tâm bị thiếu hoặc hỏng. Hồ sơ vẫn được lưu an toàn tại đây; hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>A sealed enrollment packet is damaged or was not made by this station.</source>
        <translation>Một gói hồ sơ đã niêm phong bị hỏng hoặc không do trạm này tạo ra.</translation>
    </message>
    <message>
        <source>No connection to the central service; records are kept here and sent later.</source>
        <translation>Không kết nối được với hệ thống trung tâm; hồ sơ được lưu tại trạm và sẽ gửi sau.</translation>
    </message>
    <message>
        <source>Records have waited too long on this station to reach the central service: new enrollments wait until they are sent or a supervisor exports them (kiosk sync export). Enrollments already begun can be finished.</source>
        <translation>Hồ sơ đã chờ quá lâu trên trạm này mà chưa đến được hệ thống trung tâm: chưa thể bắt đầu hồ sơ mới cho đến khi chúng được gửi đi hoặc giám sát viên xuất chúng ra (kiosk sync export). Các hồ sơ đã bắt đầu vẫn có thể hoàn tất.</translation>
    </message>
    <message>
        <source>The central service is busy; sending slowly to help it recover.</source>
        <translation>Hệ thống trung tâm đang quá tải; trạm gửi chậm lại để hệ thống phục hồi.</translation>
    </message>
    <message>
        <source>The central service refused this station&apos;s credentials. Call a technician.</source>
        <translation>Hệ thống trung tâm từ chối thông tin xác thực của trạm này. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The central service is not answering in time; trying again later.</source>
        <translation>Hệ thống trung tâm không phản hồi kịp; sẽ thử lại sau.</translation>
    </message>
    <message>
        <source>The connection to the central service broke off; trying again later.</source>
        <translation>Kết nối với hệ thống trung tâm bị gián đoạn; sẽ thử lại sau.</translation>
    </message>
    <message>
        <source>The central service reported an error; trying again later.</source>
        <translation>Hệ thống trung tâm báo lỗi; sẽ thử lại sau.</translation>
    </message>
    <message>
        <source>The central service sent an answer this station cannot use; records are kept here and sent again later.</source>
        <translation>Hệ thống trung tâm gửi một phản hồi mà trạm này không dùng được; hồ sơ được lưu tại trạm và sẽ gửi lại sau.</translation>
    </message>
    <message>
        <source>The central service&apos;s confirmation could not be verified; records are kept here and sent again later. If this continues, call a technician.</source>
        <translation>Không xác minh được xác nhận của hệ thống trung tâm; hồ sơ được lưu tại trạm và sẽ gửi lại sau. Nếu tình trạng này tiếp diễn, hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <source>The central service rejected an enrollment; a supervisor must review it.</source>
        <translation>Hệ thống trung tâm đã từ chối một hồ sơ đăng ký; giám sát viên cần xem xét.</translation>
    </message>
    <message>
        <source>This station&apos;s clock is wrong. Call a technician to set it.</source>
        <translation>Đồng hồ của trạm này bị sai. Hãy gọi kỹ thuật viên để chỉnh lại.</translation>
    </message>
    <message>
        <source>Many sends failed; trying less often for a while.</source>
        <translation>Nhiều lần gửi không thành công; tạm thời giảm tần suất gửi lại.</translation>
    </message>
    <message>
        <source>Sending hit a problem on this station; the records are safe.</source>
        <translation>Việc gửi gặp sự cố tại trạm này; hồ sơ vẫn an toàn.</translation>
    </message>
    <message>
        <source>The export folder cannot be written. Check the USB drive and try again.</source>
        <translation>Không ghi được vào thư mục xuất. Hãy kiểm tra ổ USB rồi thử lại.</translation>
    </message>
    <message>
        <source>This step is not allowed for the enrollment in its current state.</source>
        <translation>Không được phép thực hiện bước này với hồ sơ ở trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>A supervisor must approve a forced capture or finger exception first. The enrollment is kept as a draft: once a supervisor has decided in the supervisor view (Ctrl+Shift+R), resume it from today&apos;s list.</source>
        <translation>Trường hợp chụp bắt buộc hoặc ngoại lệ ngón tay phải được giám sát viên phê duyệt trước. Hồ sơ được giữ ở dạng nháp: khi giám sát viên đã quyết định trên màn hình giám sát (Ctrl+Shift+R), hãy tiếp tục hồ sơ từ danh sách hôm nay.</translation>
    </message>
    <message>
        <source>A supervisor rejected a forced capture or finger exception. Capture it again, or cancel the enrollment.</source>
        <translation>Giám sát viên đã từ chối một trường hợp chụp bắt buộc hoặc ngoại lệ ngón tay. Hãy thu nhận lại hoặc hủy hồ sơ.</translation>
    </message>
    <message>
        <source>This request was already decided or is no longer needed.</source>
        <translation>Yêu cầu này đã được quyết định hoặc không còn cần thiết.</translation>
    </message>
    <message>
        <source>Write a comment for the decision.</source>
        <translation>Hãy ghi nhận xét cho quyết định.</translation>
    </message>
    <message>
        <source>You made this request yourself: another supervisor must decide it.</source>
        <translation>Chính anh/chị đã gửi yêu cầu này: một giám sát viên khác phải quyết định.</translation>
    </message>
    <message>
        <source>This file is not a desk report this station can read (damaged, of another kind, or from a newer version).</source>
        <translation>Tệp này không phải báo cáo quầy mà trạm này đọc được (bị hỏng, khác loại hoặc từ phiên bản mới hơn).</translation>
    </message>
    <message>
        <source>The report could not be saved in %1. Check that the folder exists and can be written, then export again.</source>
        <translation>Không lưu được báo cáo vào %1. Hãy kiểm tra thư mục có tồn tại và ghi được không, rồi xuất lại.</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>Đã xảy ra sự cố ngoài dự kiến.</translation>
    </message>
    <message>
        <source>Unexpected problem. The data already saved is safe.</source>
        <translation>Đã xảy ra sự cố ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn.</translation>
    </message>
</context>
<context>
    <name>NextPage</name>
    <message>
        <source>After the desk</source>
        <translation>Sau khi thu nhận</translation>
    </message>
    <message>
        <source>Step 5 of 6</source>
        <translation>Bước 5/6</translation>
    </message>
    <message>
        <source>Pre-register now</source>
        <translation>Đăng ký trước ngay</translation>
    </message>
    <message>
        <source>1. You receive a receipt. Keep it until your account is active.</source>
        <translation>1. Bạn nhận phiếu hẹn. Hãy giữ phiếu cho đến khi tài khoản được kích hoạt.</translation>
    </message>
    <message>
        <source>2. Your application is checked. This can take some days.</source>
        <translation>2. Hồ sơ của bạn được kiểm tra, việc này có thể mất vài ngày.</translation>
    </message>
    <message>
        <source>3. Install the official VNeID app on your phone from your app store.</source>
        <translation>3. Cài đặt ứng dụng chính thức VNeID trên điện thoại từ kho ứng dụng.</translation>
    </message>
    <message>
        <source>4. When you are told your account is ready, activate it in VNeID by following the instructions in the app.</source>
        <translation>4. Khi được thông báo tài khoản đã sẵn sàng, hãy kích hoạt tài khoản trên VNeID theo hướng dẫn trong ứng dụng.</translation>
    </message>
    <message>
        <source>Questions? The officers at the guidance desk will help you.</source>
        <translation>Bạn có thắc mắc? Cán bộ tại bàn hướng dẫn sẽ hỗ trợ bạn.</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation>Giấy phép của bên thứ ba</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Ô tiếp theo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Type your name in your own script with the input method of the screen, or leave it empty.</source>
        <translation>Nhập họ tên bằng chữ viết của nước bạn qua bộ gõ của màn hình, hoặc để trống.</translation>
    </message>
    <message>
        <source>Choose one:</source>
        <translation>Chọn một mục:</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Chữ hoa</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message>
        <source>At least %n characters, hard to guess: a few words or a sentence of your own. Common passwords, names, dates, keyboard rows and repeats are refused (such as password12, 1234567890 or qwertyuiop), and so is your user name.</source>
        <translation>Ít nhất %n ký tự, khó đoán: vài từ hoặc một câu của riêng bạn. Mật khẩu phổ biến, tên, ngày tháng, hàng phím và ký tự lặp lại bị từ chối (như password12, 1234567890 hoặc qwertyuiop), tên đăng nhập của bạn cũng vậy.</translation>
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
        <translation>Giấy biên nhận thu nhận sinh trắc học</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Họ tên theo chữ viết bản ngữ</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Giấy tờ đi lại</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Fingerprint quality (NFIQ 2, 0-100)</source>
        <translation>Chất lượng vân tay (NFIQ 2, 0-100)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>Ngón tay</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>No fingerprints (exception recorded)</source>
        <translation>Không có vân tay (đã ghi nhận ngoại lệ)</translation>
    </message>
    <message>
        <source>Keep this receipt. You will be told when your electronic identification account can be activated.</source>
        <translation>Vui lòng giữ giấy biên nhận này. Quý vị sẽ được thông báo khi tài khoản định danh điện tử có thể kích hoạt.</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>Ngón cái phải</translation>
    </message>
    <message>
        <source>Right index finger</source>
        <translation>Ngón trỏ phải</translation>
    </message>
    <message>
        <source>Right middle finger</source>
        <translation>Ngón giữa phải</translation>
    </message>
    <message>
        <source>Right ring finger</source>
        <translation>Ngón áp út phải</translation>
    </message>
    <message>
        <source>Right little finger</source>
        <translation>Ngón út phải</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>Ngón cái trái</translation>
    </message>
    <message>
        <source>Left index finger</source>
        <translation>Ngón trỏ trái</translation>
    </message>
    <message>
        <source>Left middle finger</source>
        <translation>Ngón giữa trái</translation>
    </message>
    <message>
        <source>Left ring finger</source>
        <translation>Ngón áp út trái</translation>
    </message>
    <message>
        <source>Left little finger</source>
        <translation>Ngón út trái</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Pre-register and get your queue ticket</source>
        <translation>Đăng ký trước và lấy số thứ tự</translation>
    </message>
    <message>
        <source>Step 6 of 6</source>
        <translation>Bước 6/6</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <source>Put the photo page of your passport on the reader, or type your data as written in your documents.</source>
        <translation>Đặt trang có ảnh của hộ chiếu lên đầu đọc, hoặc nhập thông tin đúng như trên giấy tờ.</translation>
    </message>
    <message>
        <source>Scan the passport again, or type the data.</source>
        <translation>Hãy quét lại hộ chiếu hoặc nhập thông tin.</translation>
    </message>
    <message>
        <source>Now choose your residence card and enter its number and expiry date.</source>
        <translation>Bây giờ hãy chọn loại thẻ cư trú và nhập số thẻ, ngày hết hạn.</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>no portrait in the record</source>
        <translation>hồ sơ không có ảnh chân dung</translation>
    </message>
    <message>
        <source>the record has no history</source>
        <translation>hồ sơ không có lịch sử</translation>
    </message>
    <message>
        <source>a photo or fingerprint was damaged</source>
        <translation>một ảnh hoặc vân tay bị hỏng</translation>
    </message>
    <message>
        <source>the record&apos;s history does not check out</source>
        <translation>lịch sử hồ sơ không khớp khi kiểm tra</translation>
    </message>
    <message>
        <source>the station&apos;s signature was not recognised</source>
        <translation>chữ ký của trạm không được công nhận</translation>
    </message>
    <message>
        <source>this station is not registered</source>
        <translation>trạm này chưa được đăng ký</translation>
    </message>
    <message>
        <source>the record names another station</source>
        <translation>hồ sơ ghi tên một trạm khác</translation>
    </message>
    <message>
        <source>the central service could not open the record</source>
        <translation>hệ thống trung tâm không mở được hồ sơ</translation>
    </message>
    <message>
        <source>the record is in an unknown format</source>
        <translation>hồ sơ có định dạng không xác định</translation>
    </message>
    <message>
        <source>the record is unreadable</source>
        <translation>hồ sơ không đọc được</translation>
    </message>
    <message>
        <source>the record is too large</source>
        <translation>hồ sơ quá lớn</translation>
    </message>
    <message>
        <source>another record has the same number</source>
        <translation>một hồ sơ khác có cùng số</translation>
    </message>
    <message>
        <source>the record changed while it was sent</source>
        <translation>hồ sơ đã thay đổi trong khi gửi</translation>
    </message>
    <message>
        <source>the record&apos;s number does not match</source>
        <translation>số hồ sơ không khớp</translation>
    </message>
    <message>
        <source>refused by the central service</source>
        <translation>bị hệ thống trung tâm từ chối</translation>
    </message>
    <message>
        <source>Enroll the applicant again.</source>
        <translation>Hãy đăng ký lại cho người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Call a technician; the record is kept on this station.</source>
        <translation>Hãy gọi kỹ thuật viên; hồ sơ vẫn được lưu trên trạm này.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Trung vị (phút)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>Phân vị 90 (phút)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tiêu chí kiểm tra</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>Ngón tay</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Thấp nhất</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>Ngón tay</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ngoại lệ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Oldest waiting (min)</source>
        <translation>Chờ lâu nhất (phút)</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Tất cả các quầy</translation>
    </message>
    <message>
        <source>Frames held back</source>
        <translation>Số khung hình bị chặn</translation>
    </message>
    <message>
        <source>Time held back (s)</source>
        <translation>Thời gian bị chặn (giây)</translation>
    </message>
    <message>
        <source>Kept photos failing it</source>
        <translation>Ảnh đã lưu không đạt</translation>
    </message>
    <message>
        <source>Forced photo</source>
        <translation>Ảnh chụp bắt buộc</translation>
    </message>
    <message>
        <source>Forced fingerprints</source>
        <translation>Vân tay lấy bắt buộc</translation>
    </message>
    <message>
        <source>Finger exception</source>
        <translation>Ngoại lệ ngón tay</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã phê duyệt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>no sign-off needed</source>
        <translation>không cần phê duyệt</translation>
    </message>
    <message>
        <source>outside shifts</source>
        <translation>ngoài ca</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All shifts</source>
        <translation>Tất cả các ca</translation>
    </message>
    <message>
        <source>&amp;Show  (F5)</source>
        <translation>&amp;Xem  (F5)</translation>
    </message>
    <message>
        <source>I&amp;mport a desk&apos;s report…</source>
        <translation>&amp;Nhập báo cáo của quầy khác…</translation>
    </message>
    <message>
        <source>Remove imported desks</source>
        <translation>Bỏ các quầy đã nhập</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export this desk&apos;s report &amp;file…</source>
        <translation>Xuất tệp &amp;báo cáo của quầy này…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Hồ sơ đăng ký</translation>
    </message>
    <message>
        <source>Officers and time</source>
        <translation>Cán bộ và thời gian</translation>
    </message>
    <message>
        <source>Face checks</source>
        <translation>Kiểm tra ảnh</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Vân tay</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ngoại lệ</translation>
    </message>
    <message>
        <source>Rejected uploads</source>
        <translation>Gửi lên bị từ chối</translation>
    </message>
    <message>
        <source>Sync backlog</source>
        <translation>Tồn đọng đồng bộ</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>Ca:</translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>Màn hình giám sát</translation>
    </message>
    <message>
        <source>Days without sync: no limit.</source>
        <translation>Số ngày không đồng bộ: không giới hạn.</translation>
    </message>
    <message>
        <source>Days without sync: limit %1 days, a warning from %2 days.</source>
        <translation>Số ngày không đồng bộ: giới hạn %1 ngày, cảnh báo từ %2 ngày.</translation>
    </message>
    <message>
        <source>No record is waiting to leave this desk.</source>
        <translation>Không có hồ sơ nào đang chờ gửi đi từ quầy này.</translation>
    </message>
    <message>
        <source>The oldest waiting record has waited %1 days.</source>
        <translation>Hồ sơ chờ lâu nhất đã chờ %1 ngày.</translation>
    </message>
    <message>
        <source>Warning: the oldest waiting record has waited %1 days.</source>
        <translation>Cảnh báo: hồ sơ chờ lâu nhất đã chờ %1 ngày.</translation>
    </message>
    <message>
        <source>New enrollments are stopped: the oldest waiting record has waited %1 days (upload or export them).</source>
        <translation>Đã dừng nhận đăng ký mới: hồ sơ chờ lâu nhất đã chờ %1 ngày (hãy tải lên hoặc xuất chúng).</translation>
    </message>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1 (quầy này)</translation>
    </message>
    <message>
        <source>%1 (imported, made %2)</source>
        <translation>%1 (đã nhập, lập lúc %2)</translation>
    </message>
    <message>
        <source>Desks: %1</source>
        <translation>Các quầy: %1</translation>
    </message>
    <message>
        <source>Audit events left out of these figures because they could not be read: %1. The log names them.</source>
        <translation>Số sự kiện kiểm toán không đọc được nên không tính vào các số liệu này: %1. Nhật ký ghi rõ các sự kiện đó.</translation>
    </message>
    <message>
        <source>Import a desk&apos;s report</source>
        <translation>Nhập báo cáo của quầy</translation>
    </message>
    <message>
        <source>Station report (*.json)</source>
        <translation>Báo cáo trạm (*.json)</translation>
    </message>
    <message>
        <source>That file is this desk&apos;s own report; this desk&apos;s figures come from its database.</source>
        <translation>Tệp này là báo cáo của chính quầy này; số liệu của quầy này được lấy từ cơ sở dữ liệu của quầy.</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Thư mục lưu các tệp CSV</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Lưu báo cáo PDF</translation>
    </message>
    <message>
        <source>Save this desk&apos;s report file</source>
        <translation>Lưu tệp báo cáo của quầy này</translation>
    </message>
    <message>
        <source>Preparing the report for the export…</source>
        <translation>Đang chuẩn bị báo cáo để xuất…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>Đã lưu %n tệp CSV vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>Từ %1 đến %2, %3</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>Báo cáo giám sát</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Packets waiting to be sent</source>
        <translation>Gói dữ liệu chờ gửi</translation>
    </message>
    <message>
        <source>Oldest waiting packet (minutes)</source>
        <translation>Gói chờ lâu nhất (phút)</translation>
    </message>
    <message>
        <source>Median NFIQ 2 per finger (ISO position code)</source>
        <translation>Trung vị NFIQ 2 theo ngón (mã vị trí ISO)</translation>
    </message>
    <message>
        <source>Enrollments saved per officer</source>
        <translation>Số hồ sơ đã lưu theo cán bộ</translation>
    </message>
    <message>
        <source>Failed photo checks</source>
        <translation>Tiêu chí ảnh không đạt</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>missing</source>
        <translation>thiếu ngón</translation>
    </message>
    <message>
        <source>amputated</source>
        <translation>bị cắt cụt</translation>
    </message>
    <message>
        <source>bandaged</source>
        <translation>đang băng bó</translation>
    </message>
    <message>
        <source>temporarily unusable</source>
        <translation>tạm thời không lấy được</translation>
    </message>
    <message>
        <source>Fingerprints (NFIQ 2)</source>
        <translation>Vân tay (NFIQ 2)</translation>
    </message>
    <message>
        <source>&amp;Back to fingerprints</source>
        <translation>&amp;Quay lại lấy vân tay</translation>
    </message>
    <message>
        <source>Retake the pho&amp;to</source>
        <translation>Chụp &amp;lại ảnh</translation>
    </message>
    <message>
        <source>Correct applicant &amp;data  (Ctrl+E)</source>
        <translation>&amp;Sửa thông tin người đăng ký  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…</source>
        <translation>&amp;Huỷ hồ sơ này…</translation>
    </message>
    <message>
        <source>&amp;Confirm and save  (Ctrl+Enter)</source>
        <translation>&amp;Xác nhận và lưu  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>In giấy &amp;biên nhận</translation>
    </message>
    <message>
        <source>&amp;Next applicant  (Ctrl+N)</source>
        <translation>&amp;Người tiếp theo  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Review and save</source>
        <translation>Kiểm tra và lưu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Native-script name</source>
        <translation>Họ tên bản ngữ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>Nữ (F)</translation>
    </message>
    <message>
        <source>Male (M)</source>
        <translation>Nam (M)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>Không xác định (X)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>Thẻ cư trú</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>Địa chỉ tại Việt Nam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Ngôn ngữ ưu tiên</translation>
    </message>
    <message>
        <source>Taken automatically (all checks passed).</source>
        <translation>Chụp tự động (đạt mọi tiêu chí).</translation>
    </message>
    <message>
        <source>Taken by the officer (all checks passed).</source>
        <translation>Cán bộ chụp (đạt mọi tiêu chí).</translation>
    </message>
    <message>
        <source>Kept although a check failed. Reason: %1.</source>
        <translation>Vẫn giữ ảnh dù một bước kiểm tra không đạt. Lý do: %1.</translation>
    </message>
    <message>
        <source>Rejected by a supervisor: retake the photo.</source>
        <translation>Giám sát viên đã từ chối: hãy chụp lại ảnh.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s approval.</source>
        <translation>Đang chờ giám sát viên phê duyệt.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Được %1 phê duyệt.</translation>
    </message>
    <message>
        <source>%1 forced: %2</source>
        <translation>%1 buộc chấp nhận: %2</translation>
    </message>
    <message>
        <source>exception: %1</source>
        <translation>ngoại lệ: %1</translation>
    </message>
    <message>
        <source>Duplicate-finger warning was reviewed.</source>
        <translation>Cảnh báo trùng ngón tay đã được xem xét.</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>Thẻ tạm trú</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>Thẻ thường trú</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>Biên nhận đã được gửi tới máy in.</translation>
    </message>
    <message>
        <source>No printer: the receipt is open as a PDF; print it from there.</source>
        <translation>Không có máy in: biên nhận đang mở dạng PDF; hãy in từ đó.</translation>
    </message>
    <message>
        <source>No printer: the receipt is kept encrypted on this station until the record is deleted. Give the applicant the enrollment number %1.</source>
        <translation>Không có máy in: biên nhận được lưu mã hóa trên trạm này cho đến khi hồ sơ bị xóa. Hãy đưa cho người nộp hồ sơ số đăng ký %1.</translation>
    </message>
    <message>
        <source>The receipt is still being prepared; press Print again in a moment.</source>
        <translation>Biên nhận đang được chuẩn bị; lát nữa hãy bấm In lại.</translation>
    </message>
    <message>
        <source>Saved. Enrollment number %1</source>
        <translation>Đã lưu. Số hồ sơ %1</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Simulated scanner</source>
        <translation>Máy quét mô phỏng</translation>
    </message>
    <message>
        <source>SBI device service</source>
        <translation>Dịch vụ thiết bị SBI</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Dò tìm</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Kiểu máy</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Test &amp;capture</source>
        <translation>&amp;Chụp thử</translation>
    </message>
    <message>
        <source>Fixed port (0 = discover)</source>
        <translation>Cổng cố định (0 = tự dò tìm)</translation>
    </message>
    <message>
        <source>Quality asked of the scanner</source>
        <translation>Chất lượng yêu cầu máy quét đạt</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>máy quét đã chọn ở trên</translation>
    </message>
    <message>
        <source>Port range</source>
        <translation>Dải cổng</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>như ở trên</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>Máy quét vân tay</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>Máy quét:</translation>
    </message>
    <message>
        <source>SBI ports:</source>
        <translation>Cổng SBI:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Kiểm tra:</translation>
    </message>
    <message>
        <source>Scanning ports %1 to %2…</source>
        <translation>Đang dò các cổng từ %1 đến %2…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Đang bận</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Chưa sẵn sàng</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) found in %1 s.</source>
        <translation>
            <numerusform>Tìm thấy %n thiết bị trong %1 giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>đã xác minh</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>chưa xác minh</translation>
    </message>
    <message>
        <source>Place the fingers on the scanner…</source>
        <translation>Đặt các ngón tay lên máy quét…</translation>
    </message>
    <message>
        <source>%1 on port %2, captured in %3 s.</source>
        <translation>%1 tại cổng %2, chụp trong %3 giây.</translation>
    </message>
    <message>
        <source>The device signature is not verified (no device CA configured).</source>
        <translation>Chữ ký của thiết bị chưa được xác minh (chưa cấu hình CA thiết bị).</translation>
    </message>
    <message>
        <source>%1
NFIQ 2: %2 (device: %3)</source>
        <translation>%1
NFIQ 2: %2 (thiết bị: %3)</translation>
    </message>
</context>
<context>
    <name>SegmentCard</name>
    <message>
        <source>Capture again</source>
        <translation>Lấy lại</translation>
    </message>
    <message>
        <source>Capturing…</source>
        <translation>Đang lấy vân tay…</translation>
    </message>
    <message>
        <source>(device {0})</source>
        <translation>(thiết bị {0})</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Accepted (attempt {0} of {1})</source>
        <translation>Đạt (lần {0}/{1})</translation>
    </message>
    <message>
        <source>Below {0}: attempt {1} of {2}, retry</source>
        <translation>Dưới {0}: lần {1}/{2}, hãy thử lại</translation>
    </message>
    <message>
        <source>Below {0} after {1} attempts: force or mark exceptions</source>
        <translation>Dưới {0} sau {1} lần: buộc chấp nhận hoặc đánh dấu ngoại lệ</translation>
    </message>
    <message>
        <source>Forced: {0}</source>
        <translation>Buộc chấp nhận: {0}</translation>
    </message>
    <message>
        <source>Not captured (exceptions)</source>
        <translation>Không lấy (ngoại lệ)</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>Không có gì để lưu: chưa thay đổi giá trị nào.</translation>
    </message>
    <message>
        <source>Saved to %1. The changes take effect when the kiosk is restarted.</source>
        <translation>Đã lưu vào %1. Thay đổi có hiệu lực khi khởi động lại trạm.</translation>
    </message>
    <message>
        <source>An environment variable overrides: %1.</source>
        <translation>Biến môi trường đang ghi đè: %1.</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>Kiểm tra lại: %1.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>This station has no accounts yet. Create the first account: a supervisor (who then creates the officers&apos; accounts) or a technician (who sets up the devices).</source>
        <translation>Trạm này chưa có tài khoản nào. Hãy tạo tài khoản đầu tiên: giám sát viên (người sẽ tạo tài khoản cho các cán bộ) hoặc kỹ thuật viên (người cài đặt thiết bị).</translation>
    </message>
    <message>
        <source>e.g. lan.tran</source>
        <translation>ví dụ: lan.tran</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Tạo tài khoản</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>Thiết lập trạm</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>This station has no accounts yet, so nobody was signed in. Make the first account here.</source>
        <translation>Trạm này chưa có tài khoản nào nên chưa ai được đăng nhập. Hãy tạo tài khoản đầu tiên tại đây.</translation>
    </message>
    <message>
        <source>This station already has accounts, so no new account was made. Sign in with your account.</source>
        <translation>Trạm này đã có tài khoản nên không tạo tài khoản mới. Hãy đăng nhập bằng tài khoản của bạn.</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Applicant display</source>
        <translation>Màn hình cho người đăng ký</translation>
    </message>
    <message>
        <source>On a second screen when there is one</source>
        <translation>Trên màn hình thứ hai nếu có</translation>
    </message>
    <message>
        <source>Always (a window on a single screen)</source>
        <translation>Luôn luôn (cửa sổ riêng nếu chỉ có một màn hình)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Officer screens</source>
        <translation>Màn hình cán bộ</translation>
    </message>
    <message>
        <source>Languages for applicants</source>
        <translation>Ngôn ngữ cho người đăng ký</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>Máy in mặc định của hệ thống</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Máy in giấy biên nhận</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Enrollment station</source>
        <translation>Trạm thu nhận sinh trắc học</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Station ID:</source>
        <translation>Mã trạm:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>(not configured)</source>
        <translation>(chưa cấu hình)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Cơ sở dữ liệu cục bộ</translation>
    </message>
    <message>
        <source>Opening the local database…</source>
        <translation>Đang mở cơ sở dữ liệu cục bộ…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Waiting for the central service:</source>
        <translation>Chờ gửi lên hệ thống trung tâm:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Tệp cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Encryption key:</source>
        <translation>Khóa mã hóa:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Đã thu nhận</translation>
    </message>
    <message>
        <source>Finalized, waiting to upload</source>
        <translation>Đã hoàn tất, chờ gửi lên</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Đã gửi lên</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã được chấp nhận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message numerus="yes">
        <source>Ready (encrypted, %n MB)</source>
        <translation>
            <numerusform>Sẵn sàng (đã mã hóa, %n MB)</numerusform>
        </translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>kho khóa của hệ điều hành</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>tệp khóa</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Không khả dụng</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>Giám sát viên đăng nhập</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Confirmed until now</source>
        <translation>Đã xác nhận đến nay</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Giám sát viên:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>Mật khẩu giám sát viên:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Waiting to upload:</source>
        <translation>Đang chờ gửi:</translation>
    </message>
    <message>
        <source>Uploaded, waiting for the result:</source>
        <translation>Đã gửi, đang chờ kết quả:</translation>
    </message>
    <message>
        <source>Oldest waiting for:</source>
        <translation>Hồ sơ chờ lâu nhất:</translation>
    </message>
    <message>
        <source>Uploads in progress:</source>
        <translation>Đang gửi:</translation>
    </message>
    <message>
        <source>Uploaded since start:</source>
        <translation>Đã gửi từ khi khởi động:</translation>
    </message>
    <message>
        <source>Next attempt in:</source>
        <translation>Lần thử tiếp theo sau:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Sự cố gần nhất:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>Hàng đợi đồng bộ</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Offline: will retry</source>
        <translation>Mất kết nối: sẽ thử lại</translation>
    </message>
    <message>
        <source>Slowed down: the service is busy</source>
        <translation>Đang giảm tốc: hệ thống trung tâm đang bận</translation>
    </message>
    <message>
        <source>Waiting before the next attempt</source>
        <translation>Đang chờ trước lần thử tiếp theo</translation>
    </message>
    <message>
        <source>Refused: check the station&apos;s registration</source>
        <translation>Bị từ chối: kiểm tra việc đăng ký trạm</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Chưa cấu hình</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Off: no central service address is configured, or sync is disabled</source>
        <translation>Tắt: chưa cấu hình địa chỉ hệ thống trung tâm, hoặc đồng bộ đang bị tắt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>The central service cannot be reached.</source>
        <translation>Không kết nối được với hệ thống trung tâm.</translation>
    </message>
    <message>
        <source>The central service stopped answering.</source>
        <translation>Hệ thống trung tâm đã ngừng phản hồi.</translation>
    </message>
    <message>
        <source>The connection was lost during an upload.</source>
        <translation>Mất kết nối trong khi đang gửi.</translation>
    </message>
    <message>
        <source>The station&apos;s clock differs from the service&apos;s.</source>
        <translation>Đồng hồ của trạm lệch với hệ thống trung tâm.</translation>
    </message>
    <message>
        <source>The central service refused this station.</source>
        <translation>Hệ thống trung tâm từ chối trạm này.</translation>
    </message>
    <message>
        <source>The central service asked to slow down.</source>
        <translation>Hệ thống trung tâm yêu cầu giảm tốc độ gửi.</translation>
    </message>
    <message>
        <source>The central service reported an error.</source>
        <translation>Hệ thống trung tâm báo lỗi.</translation>
    </message>
    <message>
        <source>The central service rejected a packet.</source>
        <translation>Hệ thống trung tâm đã từ chối một gói dữ liệu.</translation>
    </message>
    <message>
        <source>Too many retries: waiting before trying again.</source>
        <translation>Thử lại quá nhiều lần: đang chờ trước khi thử tiếp.</translation>
    </message>
    <message>
        <source>The local queue could not be read.</source>
        <translation>Không đọc được hàng đợi cục bộ.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Đang giảm tốc</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>Tạm hoãn gửi</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>Không được cấp quyền</translation>
    </message>
    <message>
        <source>Offline only</source>
        <translation>Chỉ lưu tại trạm</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>thử lại sau %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>đang thử lại</translation>
    </message>
    <message>
        <source>oldest: under 1 min</source>
        <translation>lâu nhất: dưới 1 phút</translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n min</source>
        <translation>
            <numerusform>lâu nhất: %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n h</source>
        <translation>
            <numerusform>lâu nhất: %n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n days</source>
        <translation>
            <numerusform>lâu nhất: %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days: new enrollments stopped</source>
        <translation>
            <numerusform>chưa gửi được %n ngày: đã dừng nhận hồ sơ mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days</source>
        <translation>
            <numerusform>chưa gửi được %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new enrollments stop in %n days</source>
        <translation>
            <numerusform>sẽ dừng nhận hồ sơ mới sau %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Đồng bộ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n hồ sơ chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>đã gửi hết</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>thử lại sau %n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting the central decision</source>
        <translation>
            <numerusform>%n hồ sơ chờ trung tâm xét duyệt</numerusform>
        </translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>Mã của hệ thống trung tâm</translation>
    </message>
</context>
<context>
    <name>TechnicianConsole</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>Camera chụp giấy tờ</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>Máy quét vân tay</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Hệ thống trung tâm</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Ngưỡng chất lượng</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>Hàng đợi đồng bộ</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <source>Settings are checked before they are saved to %1 and take effect when the kiosk is restarted.</source>
        <translation>Cài đặt được kiểm tra trước khi lưu vào %1 và có hiệu lực khi khởi động lại trạm.</translation>
    </message>
    <message>
        <source>Technician console</source>
        <translation>Bảng điều khiển kỹ thuật viên</translation>
    </message>
</context>
<context>
    <name>ThresholdsPage</name>
    <message>
        <source>Left hand: lowest NFIQ 2 score</source>
        <translation>Tay trái: điểm NFIQ 2 tối thiểu</translation>
    </message>
    <message>
        <source>Right hand: lowest NFIQ 2 score</source>
        <translation>Tay phải: điểm NFIQ 2 tối thiểu</translation>
    </message>
    <message>
        <source>Thumbs: lowest NFIQ 2 score</source>
        <translation>Ngón cái: điểm NFIQ 2 tối thiểu</translation>
    </message>
    <message>
        <source>Single finger: lowest NFIQ 2 score</source>
        <translation>Từng ngón: điểm NFIQ 2 tối thiểu</translation>
    </message>
    <message>
        <source>Attempts per segment</source>
        <translation>Số lần thử mỗi lượt quét</translation>
    </message>
    <message>
        <source>Repeated-finger match score</source>
        <translation>Điểm trùng khớp để cảnh báo ngón lặp</translation>
    </message>
    <message>
        <source>Face: least eye distance (pixels)</source>
        <translation>Khuôn mặt: khoảng cách hai mắt tối thiểu (điểm ảnh)</translation>
    </message>
    <message>
        <source>Face: largest head turn (degrees)</source>
        <translation>Khuôn mặt: góc quay đầu tối đa (độ)</translation>
    </message>
    <message>
        <source>Face: largest head nod (degrees)</source>
        <translation>Khuôn mặt: góc cúi/ngẩng tối đa (độ)</translation>
    </message>
    <message>
        <source>Face: largest head tilt (degrees)</source>
        <translation>Khuôn mặt: góc nghiêng đầu tối đa (độ)</translation>
    </message>
    <message>
        <source>Face: seconds to hold still</source>
        <translation>Khuôn mặt: số giây cần giữ yên</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Ngưỡng chất lượng</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your queue ticket</source>
        <translation>Phiếu số thứ tự của bạn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>Phiếu số thứ tự</translation>
    </message>
    <message>
        <source>Wait until your number is called, then show this code at the capture desk. The ticket is valid today only.</source>
        <translation>Hãy chờ đến khi được gọi số, sau đó xuất trình mã này tại bàn thu nhận. Phiếu chỉ có giá trị trong ngày hôm nay.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Số của bạn</translation>
    </message>
    <message>
        <source>Take your printed ticket from the printer.</source>
        <translation>Vui lòng lấy phiếu đã in tại máy in.</translation>
    </message>
    <message>
        <source>No printer here: show this screen, or take a photo of the code with your phone.</source>
        <translation>Không có máy in: hãy xuất trình màn hình này hoặc chụp lại mã bằng điện thoại.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Search by name or passport number</source>
        <translation>Tìm theo họ tên hoặc số hộ chiếu</translation>
    </message>
    <message>
        <source>&amp;New enrollment  (Ctrl+N)</source>
        <translation>Hồ sơ &amp;mới  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…  (Ctrl+Del)</source>
        <translation>&amp;Huỷ hồ sơ này…  (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Today at this desk</source>
        <translation>Hôm nay tại quầy này</translation>
    </message>
    <message>
        <source>draft (not saved yet)</source>
        <translation>bản nháp (chưa lưu)</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>đã thu nhận</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>đã lưu</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>đã gửi lên</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>được chấp nhận</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>draft: waiting for a supervisor&apos;s approval</source>
        <translation>bản nháp: đang chờ giám sát viên phê duyệt</translation>
    </message>
    <message>
        <source>draft: rejected by a supervisor, capture again</source>
        <translation>bản nháp: bị giám sát viên từ chối, cần thu nhận lại</translation>
    </message>
    <message>
        <source>interrupted at %1: resume (Enter) or cancel</source>
        <translation>bị gián đoạn ở bước %1: tiếp tục (Enter) hoặc huỷ</translation>
    </message>
    <message>
        <source>fingerprints %1 of 3</source>
        <translation>vân tay %1/3</translation>
    </message>
    <message>
        <source>applicant data</source>
        <translation>thông tin người đăng ký</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>review</source>
        <translation>xem lại</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hoàn tất</translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>Mã của hệ thống trung tâm</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <source>Leave the kiosk screen</source>
        <translation>Thoát màn hình kiosk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Technician user name</source>
        <translation>Tên đăng nhập kỹ thuật viên</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Only a technician of this station can leave the kiosk screen.</source>
        <translation>Chỉ kỹ thuật viên của máy này mới được thoát màn hình kiosk.</translation>
    </message>
</context>
<context>
    <name>WaitingNote</name>
    <message>
        <source>Getting ready… This goes on by itself in a moment.</source>
        <translation>Đang chuẩn bị… Việc này sẽ tự tiếp tục trong giây lát.</translation>
    </message>
</context>
</TS>
