<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
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
        <translation>Ngày sinh (dd/mm/yyyy)</translation>
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
        <translation>Hộ chiếu hết hạn (dd/mm/yyyy)</translation>
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
        <translation>Thẻ cư trú hết hạn (dd/mm/yyyy)</translation>
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
    <name>ApplicantScreen</name>
    <message>
        <source>Scan the passport with the reader (at any time, wherever the cursor is), or type the data.</source>
        <translation>Quét hộ chiếu bằng đầu đọc (bất kỳ lúc nào, con trỏ ở đâu cũng được) hoặc nhập dữ liệu bằng tay.</translation>
    </message>
    <message>
        <source>Read a ticket with the &amp;camera  (F4)</source>
        <translation>Đọc phiếu bằng &amp;camera  (F4)</translation>
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
        <source>composite check digit</source>
        <translation>chữ số kiểm tra tổng hợp</translation>
    </message>
    <message>
        <source>Failed: %1. Scan again or type the data from the document.</source>
        <translation>Không đạt: %1. Hãy quét lại hoặc nhập dữ liệu theo giấy tờ.</translation>
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
    <message>
        <source>Eligibility: enter the date of birth, nationality, passport expiry and residence card.</source>
        <translation>Điều kiện: hãy nhập ngày sinh, quốc tịch, ngày hết hạn hộ chiếu và thẻ cư trú.</translation>
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
        <source>Give a reason.</source>
        <translation>Hãy nêu lý do.</translation>
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
        <source>Too many wrong passwords. This account is locked until %1.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần. Tài khoản bị khóa đến %1.</translation>
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
        <source>The configuration file is not valid TOML.</source>
        <translation>Tệp cấu hình không đúng định dạng TOML.</translation>
    </message>
    <message>
        <source>The configuration file named by KIOSK_CONFIG does not exist.</source>
        <translation>Tệp cấu hình do KIOSK_CONFIG chỉ định không tồn tại.</translation>
    </message>
    <message>
        <source>The configuration file cannot be read.</source>
        <translation>Không đọc được tệp cấu hình.</translation>
    </message>
    <message>
        <source>The account could not be used.</source>
        <translation>Không thể sử dụng tài khoản này.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a while. Ask a supervisor or try again later.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản tạm thời bị khóa. Hãy liên hệ giám sát viên hoặc thử lại sau.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask a supervisor.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ giám sát viên.</translation>
    </message>
    <message>
        <source>The password is too weak.</source>
        <translation>Mật khẩu quá yếu.</translation>
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
        <source>Text recognition is not available on this station (tesseract or its English model is missing). Type the machine-readable zone instead.</source>
        <translation>Trạm này chưa có chức năng nhận dạng chữ (thiếu tesseract hoặc mô hình tiếng Anh). Hãy nhập vùng đọc máy bằng tay.</translation>
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
        <source>Unexpected problem.</source>
        <translation>Đã xảy ra sự cố ngoài dự kiến.</translation>
    </message>
    <message>
        <source>Unexpected problem. The data already saved is safe.</source>
        <translation>Đã xảy ra sự cố ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn.</translation>
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
        <source>&amp;Confirm and save  (Ctrl+Enter)</source>
        <translation>&amp;Xác nhận và lưu  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>&amp;In giấy biên nhận</translation>
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
        <source>Taken automatically (all checks passed).</source>
        <translation>Chụp tự động (đạt mọi tiêu chí).</translation>
    </message>
    <message>
        <source>Taken by the officer (all checks passed).</source>
        <translation>Cán bộ chụp (đạt mọi tiêu chí).</translation>
    </message>
    <message>
        <source>FORCED: %1</source>
        <translation>BUỘC CHẤP NHẬN: %1</translation>
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
        <source>Saved. Enrollment number %1</source>
        <translation>Đã lưu. Số hồ sơ %1</translation>
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
        <translation>Đang chờ gửi lại</translation>
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
</context>
</TS>
