<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="26"/>
        <source>Enrollment kiosk – %1</source>
        <translation>Trạm thu nhận sinh trắc học – %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="16"/>
        <source>The local database reported a problem. Nothing was half-saved.</source>
        <translation>Cơ sở dữ liệu cục bộ báo lỗi. Không có dữ liệu nào bị lưu dở dang.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="18"/>
        <source>The local database is damaged. Call a technician; do not delete any files. A backup may be restored from the backups folder.</source>
        <translation>Cơ sở dữ liệu cục bộ bị hỏng. Hãy gọi kỹ thuật viên; không xóa bất kỳ tệp nào. Có thể khôi phục bản sao lưu trong thư mục backups.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>The kiosk cannot write to its data folder. Call a technician (the folder is read-only or its permissions are wrong).</source>
        <translation>Trạm không ghi được vào thư mục dữ liệu. Hãy gọi kỹ thuật viên (thư mục chỉ cho phép đọc hoặc quyền truy cập không đúng).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>The disk is full. The last record was not saved; everything saved before is safe. Call a technician to free space.</source>
        <translation>Ổ đĩa đã đầy. Hồ sơ vừa rồi chưa được lưu; mọi dữ liệu đã lưu trước đó vẫn an toàn. Hãy gọi kỹ thuật viên để giải phóng dung lượng.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>The local database is busy in another program. Close it and try again.</source>
        <translation>Cơ sở dữ liệu cục bộ đang được một chương trình khác sử dụng. Hãy đóng chương trình đó và thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>The encryption key of this station is missing, so its records cannot be read. Call a technician to restore the key.</source>
        <translation>Không tìm thấy khóa mã hóa của trạm nên không thể đọc các hồ sơ. Hãy gọi kỹ thuật viên để khôi phục khóa.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>The encryption key does not belong to this database. Call a technician to restore the original key.</source>
        <translation>Khóa mã hóa không thuộc về cơ sở dữ liệu này. Hãy gọi kỹ thuật viên để khôi phục khóa gốc.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>The encryption key file can be read by other users. Call a technician to restrict it.</source>
        <translation>Tệp khóa mã hóa đang để người dùng khác đọc được. Hãy gọi kỹ thuật viên để giới hạn quyền truy cập.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>The encryption key file is damaged. Call a technician.</source>
        <translation>Tệp khóa mã hóa bị hỏng. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>The encryption key file cannot be read. Call a technician.</source>
        <translation>Không đọc được tệp khóa mã hóa. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>An encryption key already exists for this data folder.</source>
        <translation>Thư mục dữ liệu này đã có khóa mã hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>The system keyring did not answer. Call a technician.</source>
        <translation>Kho khóa của hệ thống không phản hồi. Hãy gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>A stored biometric record failed its integrity check.</source>
        <translation>Một hồ sơ sinh trắc học đã lưu không vượt qua kiểm tra toàn vẹn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>The record was not found.</source>
        <translation>Không tìm thấy hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>The local database is closed.</source>
        <translation>Cơ sở dữ liệu cục bộ đã đóng.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>The configuration is invalid.</source>
        <translation>Cấu hình không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>The configuration has an unknown setting.</source>
        <translation>Cấu hình có một mục thiết lập không xác định.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>A configuration setting has a wrong value.</source>
        <translation>Một mục thiết lập trong cấu hình có giá trị sai.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>The configuration file is not valid TOML.</source>
        <translation>Tệp cấu hình không đúng định dạng TOML.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>The configuration file named by KIOSK_CONFIG does not exist.</source>
        <translation>Tệp cấu hình do KIOSK_CONFIG chỉ định không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>The configuration file cannot be read.</source>
        <translation>Không đọc được tệp cấu hình.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>This step is not allowed for the enrollment in its current state.</source>
        <translation>Không được phép thực hiện bước này với hồ sơ ở trạng thái hiện tại.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>Unexpected problem.</source>
        <translation>Đã xảy ra sự cố ngoài dự kiến.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Unexpected problem. The data already saved is safe.</source>
        <translation>Đã xảy ra sự cố ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn.</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../../ui/screens/status.py" line="31"/>
        <source>Enrollment station</source>
        <translation>Trạm thu nhận sinh trắc học</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="38"/>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="42"/>
        <source>Station ID:</source>
        <translation>Mã trạm:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="43"/>
        <source>Office:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="43"/>
        <source>(not configured)</source>
        <translation>(chưa cấu hình)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="44"/>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="46"/>
        <source>Local database</source>
        <translation>Cơ sở dữ liệu cục bộ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="48"/>
        <source>Opening the local database…</source>
        <translation>Đang mở cơ sở dữ liệu cục bộ…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="49"/>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="57"/>
        <source>Waiting for the central service:</source>
        <translation>Chờ gửi lên hệ thống trung tâm:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="60"/>
        <source>Database file:</source>
        <translation>Tệp cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="62"/>
        <source>Encryption key:</source>
        <translation>Khóa mã hóa:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="73"/>
        <source>&amp;Retry</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="94"/>
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="94"/>
        <source>Captured</source>
        <translation>Đã thu nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="95"/>
        <source>Finalized, waiting to upload</source>
        <translation>Đã hoàn tất, chờ gửi lên</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="96"/>
        <source>Uploaded</source>
        <translation>Đã gửi lên</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="96"/>
        <source>Accepted</source>
        <translation>Đã được chấp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="97"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="97"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/status.py" line="103"/>
        <source>Ready (encrypted, %n MB)</source>
        <translation>
            <numerusform>Sẵn sàng (đã mã hóa, %n MB)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="109"/>
        <source>OS keyring</source>
        <translation>kho khóa của hệ điều hành</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="109"/>
        <source>key file</source>
        <translation>tệp khóa</translation>
    </message>
    <message>
        <location filename="../../ui/screens/status.py" line="115"/>
        <source>Not available</source>
        <translation>Không khả dụng</translation>
    </message>
</context>
</TS>
